"""Headed lists of lexicon/lists.toml, by the Bokmål and Nynorsk examples in each heading row."""
import pytest

from kommunenlp import extract
from kommunenlp.lexicon import table

ROWS = table("lists")["heading"]
EXAMPLES = [pytest.param(text, field, name, id=f"{i}:{row['kind']}:{text[:40]}")
            for i, row in enumerate(ROWS) for text, field, name in row["examples"]]


def names(article, field):
    return [v.name for rec in article.awards for v in getattr(rec, field)]


def test_every_heading_has_examples():
    assert ROWS and all(len(row.get("examples", [])) >= 2 for row in ROWS)


@pytest.mark.parametrize("text, field, name", EXAMPLES)
def test_heading_example(rules_nlp, text, field, name):
    assert name in names(extract(text, nlp=rules_nlp), field)


def test_earlier_winners_one_record_per_year_nynorsk(rules_nlp):
    text = ("Kven blir Årets nynorskkommune 2024? Send framlegg innan 1. mars.\n\n"
            "Tidlegare vinnarar:\n2023: Stryn kommune\n2022: Ål\n2021: Austrheim og Lindås")
    awards = extract(text, nlp=rules_nlp).awards
    by_year = {a.year: [r.name for r in a.recipients] for a in awards if a.status == "awarded"}
    assert by_year == {2023: ["Stryn kommune"], 2022: ["Ål"], 2021: ["Austrheim", "Lindås"]}
    assert [a.status for a in awards if a.year == 2024] == ["announced"]


def test_inline_earlier_winners_with_years_bokmal(rules_nlp):
    text = "Tidligere vinnere av Kulturprisen er Vik songlag (2019), Bø IL (2018) og Kari Dahl (2017)."
    awards = extract(text, nlp=rules_nlp).awards
    assert sorted((a.year, a.recipients[0].name) for a in awards) == [
        (2017, "Kari Dahl"), (2018, "Bø IL"), (2019, "Vik songlag")]


def test_category_lines_are_prizes_of_their_own(rules_nlp):
    text = ("Her er vinnerne i de ulike kategoriene:\n\nÅrets trener: Kari Dahl, Vik IL\n\n"
            "Idrettsglede for alle: Bø IL\n\nÅrets ildsjel: Ola Nordmann")
    awards = extract(text, nlp=rules_nlp).awards
    got = {a.award.name: [r.name for r in a.recipients] for a in awards}
    assert got["Idrettsglede for alle"] == ["Bø IL"]
    assert got["Årets ildsjel"] == ["Ola Nordmann"]
    assert all(a.status == "awarded" for a in awards)


def test_a_sentence_with_a_full_stop_heads_no_list(rules_nlp):
    text = "Kulturprisen vart delt ut til Vik songlag. Her er dei nominerte.\nStord IL\nBø IL"
    awards = extract(text, nlp=rules_nlp).awards
    assert [c.name for a in awards for c in a.competitors] == []


def test_an_undated_earlier_winner_is_one_record_however_it_is_read(nlp):
    text = ("Kulturprisen til Kari Moe\n\nKari Moe får årets kulturpris i Gran. "
            "Tidlegare vinnarar er Per Li og Vik songlag.")
    winners = [tuple(r.name for r in rec.recipients) for rec in extract(text, nlp=nlp).awards]
    assert sorted(winners) == [("Kari Moe",), ("Per Li",), ("Vik songlag",)]


@pytest.mark.parametrize("text", [
    "Juryen gjorde eit uvanleg val då årets trenar vart kåra. Her er vinnarane i dei ulike kategoriane:\n\n"
    "Årets trenar: Kari Dahl, Vik IL\n\nÅrets ildsjel: Ola Nordmann",
    "Juryen gjorde et uvanlig valg da årets trener ble kåret. Her er vinnerne i de ulike kategoriene:\n\n"
    "Årets trener: Kari Dahl, Vik IL\n\nÅrets ildsjel: Ola Nordmann",
])
def test_a_category_named_again_in_the_text_is_one_prize(nlp, text):
    awards = extract(text, nlp=nlp).awards
    trainer = [a for a in awards if a.award.name.lower().startswith("årets tren")]
    assert len(trainer) == 1 and [r.name for r in trainer[0].recipients] == ["Kari Dahl"]


@pytest.mark.parametrize("text", [
    "Tidligere vinnere\n\nKulturprisen 2023: Kari Nes\nKulturprisen 2022: Ola Li\nKulturprisen 2021: Gran musikkorps",
    "Tidlegare vinnarar\n\nKulturprisen 2023: Kari Nes\nKulturprisen 2022: Ola Li\nKulturprisen 2021: Gran musikkorps",
])
def test_a_line_of_a_prize_with_its_year_is_a_giving_of_that_prize(nlp, text):
    records = {(a.award.name, a.year): [r.name for r in a.recipients] for a in extract(text, nlp=nlp).awards}
    assert records == {("Kulturprisen", 2023): ["Kari Nes"], ("Kulturprisen", 2022): ["Ola Li"],
                       ("Kulturprisen", 2021): ["Gran musikkorps"]}


@pytest.mark.parametrize("text", [
    "Årets gründer skal kårast i haust. Tidlegare vinnarar er Vik gard (2018), Anne Berg (2017) og Vik IL (2016).",
    "Kulturprisen skal deles ut i høst. Tidligere vinnere er Vik sangkor (2018), Anne Berg (2017) og Vik IL (2016).",
])
def test_an_award_to_come_beside_its_earlier_winners(nlp, text):
    awards = extract(text, nlp=nlp).awards
    assert [a.status for a in awards if not a.recipients] == ["announced"]
    assert sorted(a.year for a in awards if a.recipients) == [2016, 2017, 2018]


@pytest.mark.parametrize("text, by_year", [
    ("Kven blir Årets nynorskkommune 2024?\n\nTidlegare vinnarar:\n2023: Stryn kommune\n2022: Ål\n2021: Austrheim og Lindås",
     {2023: ["Stryn kommune"], 2022: ["Ål"], 2021: ["Austrheim", "Lindås"]}),
    ("Hvem blir Årets kulturkommune 2024?\n\nTidligere vinnere:\n2023: Vik\n2022: Bø\n2021: Gran og Lunner",
     {2023: ["Vik"], 2022: ["Bø"], 2021: ["Gran", "Lunner"]}),
])
def test_earlier_winners_read_by_the_full_pipeline(nlp, text, by_year):
    """A municipality is a name whatever the tagger says ("Ål" as a verb), and "A og B" are two."""
    got = {a.year: [r.name for r in a.recipients] for a in extract(text, nlp=nlp).awards if a.status == "awarded"}
    assert got == by_year


def test_a_place_after_a_comma_on_a_list_line_is_where_the_nominee_is(nlp):
    text = ("Dei fem som er i finalerunden for Årets bibliotek 2024 er:\n- Meieriet bibliotek, Vestvågøy\n"
            "- Tromsdalen bibliotek, Tromsø\n- Haugesund folkebibliotek")
    (award,) = extract(text, nlp=nlp).awards
    assert [c.name for c in award.competitors] == ["Meieriet bibliotek", "Tromsdalen bibliotek", "Haugesund folkebibliotek"]


def test_winners_labelled_by_prizes_are_one_record_per_prize(nlp):
    text = ("Disse ble hedret på Idrettsgallaen\n\nHer er vinnerne:\nÅrets utøver: Kari Li, Gran IL\n"
            "Årets trener – Per Dahl (Lunner IL)\nÅrets lag: Gran IL J16")
    got = {a.award.name: [r.name for r in a.recipients] for a in extract(text, nlp=nlp).awards}
    assert got == {"Årets utøver": ["Kari Li"], "Årets trener": ["Per Dahl"], "Årets lag": ["Gran IL J16"]}


@pytest.mark.parametrize("text, nominee", [
    ("Juryen for Kongsberg kommunes næringspris har valgt ut tre finalister. "
     "Det er Kongsberg Bryggeri, Sølvbyen Sykkel AS og Frøken Fryd kafé.", "Sølvbyen Sykkel AS"),
    ("Juryen har peika ut fire kandidatar til Kulturprisen 2025. Dei er Vik songlag, Bø IL, Kari Dahl og Per Li.",
     "Kari Dahl"),
])
def test_the_sentence_after_a_counted_shortlist_presents_it(rules_nlp, text, nominee):
    awards = extract(text, nlp=rules_nlp).awards
    assert [a.status for a in awards] == ["nominated"]
    assert nominee in names(extract(text, nlp=rules_nlp), "competitors")


def test_a_presentative_without_a_shortlist_before_it_lists_nothing(rules_nlp):
    text = "Kulturprisen 2025 gjekk til Vik songlag. Det er Stord IL som arrangerer festen."
    assert names(extract(text, nlp=rules_nlp), "competitors") == []


@pytest.mark.parametrize("text, field, name", [
    ("Formannskapet har peikt ut Vik songlag som vinnar av kulturprisen 2025.", "recipients", "Vik songlag"),
    ("Juryen har valgt ut Gran IL som årets vinner av Idrettsprisen 2024.", "recipients", "Gran IL"),
    ("Juryen har valgt ut Gran IL og Roa IL som finalister til Idrettsprisen 2024.", "competitors", "Roa IL"),
])
def test_picked_out_as_the_winner_is_a_winner_not_a_nominee(rules_nlp, text, field, name):
    assert name in names(extract(text, nlp=rules_nlp), field)


@pytest.mark.parametrize("text, by_year", [
    ("Kari Dahl fekk Kulturprisen 2024 laurdag.\n\nFakta om kulturprisen\nPrisen blir delt ut kvart år.\n"
     "2023: Herøy Janitsjar\n2022: Per Sævik", {2024: ["Kari Dahl"], 2023: ["Herøy Janitsjar"], 2022: ["Per Sævik"]}),
    ("Gran IL fikk Idrettsprisen 2024.\n\nTidligere år:\nLunner IL (2023)\nRoa IL (2022)",
     {2024: ["Gran IL"], 2023: ["Lunner IL"], 2022: ["Roa IL"]}),
])
def test_dated_lines_under_no_cue_are_earlier_winners(rules_nlp, text, by_year):
    awards = extract(text, nlp=rules_nlp).awards
    assert {a.year: [r.name for r in a.recipients] for a in awards} == by_year


@pytest.mark.parametrize("text, by_year", [
    ("Kulturprisen 2024 går til Kari Nes.\n\nTidlegare prisvinnarar:\nOla Li (2023), Per Berg (2022) og Vik songlag (2021).",
     {2024: ["Kari Nes"], 2023: ["Ola Li"], 2022: ["Per Berg"], 2021: ["Vik songlag"]}),
    ("Idrettsprisen 2024 gikk til Gran IL.\n\nTidligere vinnere:\n2023: Lunner IL, 2022: Roa IL",
     {2024: ["Gran IL"], 2023: ["Lunner IL"], 2022: ["Roa IL"]}),
])
def test_a_line_below_a_heading_may_hold_several_dated_winners(rules_nlp, text, by_year):
    awards = extract(text, nlp=rules_nlp).awards
    assert {a.year: [r.name for r in a.recipients] for a in awards} == by_year


def test_one_dated_line_or_a_timeline_of_events_lists_no_winner(rules_nlp):
    text = ("Kari Dahl fekk Kulturprisen 2024.\n\nHistorikk\n2010: Prisen vart oppretta\n"
            "2015: Prisen auka til 20 000 kroner")
    assert [a.year for a in extract(text, nlp=rules_nlp).awards] == [2024]


@pytest.mark.parametrize("text, nominees", [
    ("Dei nominerte til Årets eldsjel 2025 er:\n\nKari Li (45), Vik IL – for arbeidet med barneidretten\n\n"
     "Ola Berg (67), Sogndal Fotball – for mange år som dugnadsleiar og trenar for dei minste\n\n"
     "Siri Haug (38), Førde Turn – for turntilbodet til jenter", ["Kari Li", "Ola Berg", "Siri Haug"]),
    ("De nominerte til Frivillighetsprisen 2025 er:\nAnne Moe (70) – for leksehjelpen på biblioteket gjennom mange år\n"
     "Gran Røde Kors – for besøkstjenesten", ["Anne Moe", "Gran Røde Kors"]),
])
def test_nominees_described_after_a_dash_one_per_line(nlp, text, nominees):
    assert names(extract(text, nlp=nlp), "competitors") == nominees


@pytest.mark.parametrize("text, winners", [
    ("Idrettsgallaen 2024\n\nLørdag ble idrettsgallaen arrangert i Hamar kulturhus.\n\n"
     "Årets utøver: Kari Nes, Hamar IL\nÅrets lag: Storhamar håndball damer\nÅrets trener: Per Dahl, Ridabu IL",
     {"Årets utøver": ["Kari Nes"], "Årets lag": ["Storhamar håndball damer"], "Årets trener": ["Per Dahl"]}),
    ("Idrettsgallaen 2024\n\nLaurdag vart idrettsgallaen halden i Vik samfunnshus.\n\n"
     "Årets utøvar: Kari Nes, Vik IL\nÅrets lag: Vik IL jenter 14\nÅrets eldsjel: Ola Li",
     {"Årets utøvar": ["Kari Nes"], "Årets lag": ["Vik IL jenter 14"], "Årets eldsjel": ["Ola Li"]}),
])
def test_lines_labelled_by_prizes_under_no_heading_are_a_winner_each(nlp, text, winners):
    found = {a.award.name: [r.name for r in a.recipients] for a in extract(text, nlp=nlp).awards}
    assert found == winners
