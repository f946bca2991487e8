"""Dates: formats, the article's own date, and years resolved from context."""
import datetime as dt

import pytest

from kommunenlp import extract
from kommunenlp.dates import find_dates, find_published


@pytest.mark.parametrize("text, default_year, expected", [
    ("Sist oppdatert: 30.04.2021", None, dt.date(2021, 4, 30)),
    ("Det skjedde 12. mars 2020 i Oslo.", None, dt.date(2020, 3, 12)),
    ("Utdelinga var fredag 8. juni.", 2018, dt.date(2018, 6, 8)),
    ("Prisen blir delt ut i kommunestyret 10.september.", 2020, dt.date(2020, 9, 10)),
    ("Laurdag 3. september kl 12.00", 2022, dt.date(2022, 9, 3)),
    ("på Fjordstova i Skjolden 23.august 2023", None, dt.date(2023, 8, 23)),
    ("tysdag 4. des. 2018", None, dt.date(2018, 12, 4)),
    ("Publisert 12 mars 2025", None, dt.date(2025, 3, 12)),
    ("Prisen vart delt ut 4 november 2024 i Førde.", None, dt.date(2024, 11, 4)),
])
def test_dates(text, default_year, expected):
    found = next(find_dates(text, default_year=default_year, language="nn"))
    assert found.value == expected
    assert text[found.start:found.end] == found.text


def test_date_without_year_needs_a_year():
    assert list(find_dates("onsdag 18. juni")) == []
    assert list(find_dates("Vi har 12 mai-arrangement i år")) == []  # without the full stop only with a year


def test_range_is_not_a_day():
    assert list(find_dates("konferansen 28. - 29. oktober i Oslo", default_year=2019)) == []


def test_publisert_wins_over_sist_oppdatert():
    text = "Sist oppdatert: 02.05.2021\nPublisert 30.04.2021\nTekst."
    assert find_published(text).value == dt.date(2021, 4, 30)


@pytest.mark.parametrize("text, iso", [
    ("Kulturprisen\nPublisert av Kari Li. Sist endra 20.08.2019\nTekst.", "2019-08-20"),
    ("Miljøprisen\nPublisert av Per Dahl. Sist endret 21.08.2019\nTekst.", "2019-08-21"),
])
def test_another_label_of_the_line_dates_it(text, iso):
    assert find_published(text).value.isoformat() == iso


@pytest.mark.parametrize("text, iso", [
    ("Kulturprisen til Vik songlag\n13.03.2023 10:15 (Oppdatert 14.03.2023)\n\nVik songlag fekk prisen.", "2023-03-13"),
    ("Miljøprisen til Gran skole\nSist endret: 20.03.2023\n12.03.2023 | Nyheter\n\nGran skole vant prisen.", "2023-03-12"),
])
def test_a_byline_date_wins_over_a_change_label(text, iso):
    assert str(find_published(text, "nb").value) == iso


def test_dato_line():
    assert find_published("Pressemelding | Dato: 15.02.2019").value == dt.date(2019, 2, 15)


def test_month_only_is_no_published_date():
    assert find_published("date 2019-10 Nyhende") is None


def test_award_date_takes_the_prize_year(rules_nlp):
    text = "Marnardal kommunes kulturpris 2010\n\nTirsdag 27. april var det utdeling av kulturprisen, og den ble vunnet av Bruskelandsheias Bygdeblad."
    assert extract(text, nlp=rules_nlp).awards[0].award_date.value == dt.date(2010, 4, 27)


def test_deadline_is_not_the_award_date(rules_nlp):
    text = ("Hvem fortjener miljøprisen i Lunner kommune i 2020? Frist for å melde inn kandidater er 1.august. "
            "Prisen blir delt ut i kommunestyret 10.september.")
    award = extract(text, nlp=rules_nlp).awards[0]
    assert award.status == "announced" and award.award_date.value == dt.date(2020, 9, 10)


@pytest.mark.parametrize("text, day", [
    ("Kulturprisen 2020: Fristen for å nominere kandidater er 3. februar, og prisen deles ut i Rådhuset 4. mai.",
     dt.date(2020, 5, 4)),
    ("Kulturprisen 2020: Fristen for framlegg er 1. mars, og prisen vert delt ut 17. mai.", dt.date(2020, 5, 17)),
])
def test_the_deadline_and_the_handing_in_one_sentence(rules_nlp, text, day):
    award = extract(text, nlp=rules_nlp).awards[0]
    assert award.award_date.value == day


def test_a_month_byline_dates_last_year_but_is_no_publication_date(rules_nlp):
    """The byline is no publication date, and gives neither the call nor "fjorårets vinnarar" a
    year the text never writes."""
    text = ("date 2019-05 – Kven blir Årets lokalmatgründer? Send framlegg innan 1. juni.\n"
            "– Det var stort, seier fjorårets vinnarar, Kari Dahl og Ola Nordmann.")
    article = extract(text, nlp=rules_nlp)
    assert article.published is None
    by_status = {a.status: a for a in article.awards}
    assert by_status["announced"].year is None
    assert by_status["awarded"].year is None and by_status["awarded"].year_mention.rule == "year:last-year"
    assert [r.name for r in by_status["awarded"].recipients] == ["Kari Dahl", "Ola Nordmann"]


@pytest.mark.parametrize("text, iso", [
    ("Kulturprisen til Vik songlag\nAv Kari Li | 03.02.2020\n\nVik songlag fekk prisen.", "2020-02-03"),
    ("Miljøprisen til Gran skole\nNyheter · 3. februar 2020\n\nGran skole vant prisen.", "2020-02-03"),
])
def test_a_byline_with_author_or_section_dates_the_article(text, iso):
    assert str(find_published(text, "nb").value) == iso


@pytest.mark.parametrize("text, iso", [
    ("Kulturprisen for 2021 vart delt ut på kommunestyremøte 16/12.", "2021-12-16"),
    ("Kulturprisen for 2021 ble delt ut i bystyret 16/12.", "2021-12-16"),
])
def test_a_day_and_month_with_a_slash(rules_nlp, text, iso):
    (award,) = extract(text, nlp=rules_nlp).awards
    assert str(award.award_date.value) == iso


def test_a_fraction_is_no_date():
    assert list(find_dates("2/3 av kommunane og 1/2 million kroner", default_year=2021)) == []


@pytest.mark.parametrize("text, iso", [
    ("Kulturprisen til Vik songlag\nDato: 2021-04-30\n\nVik songlag fekk prisen.", "2021-04-30"),
    ("Miljøprisen til Gran skole\nAv Kari Li, 3. februar 2020\n\nGran skole vant prisen.", "2020-02-03"),
    ("Miljøprisen til Gran skole\nLagt ut 3. mars 2020\n\nGran skole vant prisen.", "2020-03-03"),
    ("Miljøprisen til Gran skole\nSist redigert: 12.05.2023\n\nGran skole vant prisen.", "2023-05-12"),
    ("Kulturprisen til Vik songlag\nPubl. 12.05.2023\n\nVik songlag fekk prisen.", "2023-05-12"),
])
def test_iso_dates_comma_bylines_and_lagt_ut(text, iso):
    assert str(find_published(text, "nb").value) == iso


@pytest.mark.parametrize("text, iso", [
    ("Frå 15. til 30. august 2019 kan du stemme, og vinnaren av Årets gründer blir avslørt den 13. september 2019.",
     "2019-09-13"),
    ("Fra 1. til 20. mai 2024 kan du stemme, og vinneren av Årets ildsjel blir kåret 3. juni 2024.", "2024-06-03"),
])
def test_the_award_day_is_the_one_nearest_its_verb(nlp, text, iso):
    """... and an upcoming award's day, written with its year, gives the record its year."""
    (award,) = extract(text, nlp=nlp).awards
    assert str(award.award_date.value) == iso and award.year == int(iso[:4])


@pytest.mark.parametrize("text, iso", [
    ("Publisert 12.12.2023\nKulturprisen 2023 går til Vik songlag. Prisen vert delt ut 14. januar.", "2024-01-14"),
    ("Publisert 12.12.2023\nKulturprisen 2023 går til Gran IL. Prisen blir delt ut 14. januar.", "2024-01-14"),
    ("Publisert 20.01.2024\nKulturprisen 2023 gikk til Gran IL. Prisen ble delt ut 14. januar.", "2024-01-14"),
])
def test_a_day_in_the_future_tense_weeks_before_the_article_is_next_years(nlp, text, iso):
    (award,) = extract(text, nlp=nlp).awards
    assert award.award_date.value.isoformat() == iso


@pytest.mark.parametrize("text, iso", [
    # a weekday alone, from the article's date: the one before in the past, the next in the future
    ("Publisert: 6. desember 2023\n\nTirsdag ble Frivillighetsprisen 2023 delt ut til Gran IL.", "2023-12-05"),
    ("Publisert 6.12.2023\n\nKulturprisen 2023 går til Vik songlag. Prisen vert delt ut fredag.", "2023-12-08"),
    # a weekday with a day and month, in an archive piece about an older prize: its own year
    ("Publisert: 10.11.06\n\nPå bygdefesten fredag 31.10. ble Kari Nes tildelt Bygdeprisen for 2003.", "2003-10-31"),
])
def test_a_weekday_is_dated_from_the_article(nlp, text, iso):
    (award,) = extract(text, nlp=nlp).awards
    assert str(award.award_date.value) == iso


def test_a_time_with_full_stops_is_no_date():
    assert list(find_dates("Møtet startar kl. 10.30. Så kjem prisen.", default_year=2023)) == []


@pytest.mark.parametrize("text, iso", [
    ("Kulturprisen til Vik songlag\n10:15 12.03.2023\n\nVik songlag fekk prisen.", "2023-03-12"),
    ("Kulturprisen til Vik songlag\n12.03.2023 - 10:15\n\nVik songlag fekk prisen.", "2023-03-12"),
    ("Miljøprisen til Gran skole\nPublisert 12. mar. 2023 kl. 10.15\n\nGran skole vant prisen.", "2023-03-12"),
    ("Miljøprisen til Gran skole\nSkrevet av Kari Nes 12.03.2023\n\nGran skole vant prisen.", "2023-03-12"),
    ("Kulturprisen til Vik songlag\nOppretta: 12.03.2023\n\nVik songlag fekk prisen.", "2023-03-12"),
])
def test_a_time_before_or_after_the_date_an_abbreviated_month_and_more_labels(text, iso):
    assert str(find_published(text, "nb").value) == iso
