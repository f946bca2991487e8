"""Linking names to SSB municipality and county numbers, valid at the article's date."""
import datetime as dt

import pytest

from kommunenlp import extract
from kommunenlp.municipalities import link


@pytest.mark.parametrize("name, on, marked, number", [
    ("Fjell kommune", dt.date(2019, 5, 1), False, "1246"),          # before the 2020 merger
    ("Øygarden kommune", dt.date(2021, 5, 1), False, "4626"),       # after it
    ("Trondheim kommune", dt.date(2021, 4, 30), False, "5001"),
    ("Trondheim kommune", dt.date(2017, 6, 1), False, "1601"),      # before Trøndelag
    ("Trondheims", dt.date(2021, 1, 1), False, "5001"),             # genitive
    ("Kinn kommune", dt.date(2020, 11, 18), False, "4602"),
    ("Ulstein", dt.date(2019, 1, 1), False, "1516"),
    ("Tråante", dt.date(2024, 1, 1), False, "5001"),                # Sámi parallel name
    ("Lindås kommunen", dt.date(2013, 6, 1), False, "1263"),
    ("Vik", dt.date(2024, 1, 1), True, "4639"),                     # "kommunane Vik og …"
    ("Hole kommune", dt.date(2024, 1, 1), False, "3310"),
])
def test_links(name, on, marked, number):
    assert link(name, on, marked=marked).kommunenummer == number


@pytest.mark.parametrize("name", ["Hole", "Bø", "Nes", "Vik", "Moss", "Lund"])
def test_common_words_need_a_marker(name):
    assert link(name, dt.date(2024, 1, 1)) is None


def test_shared_name_without_county_is_not_linked():
    assert link("Herøy kommune", dt.date(2024, 1, 1)) is None


def test_county():
    found = link("Vestland fylkeskommune", dt.date(2022, 1, 1))
    assert (found.kommunenummer, found.fylkesnummer) == (None, "46")


def test_records_carry_numbers(rules_nlp):
    text = ("Sist oppdatert: 30.04.2021\n\nTrondheim kommune er tildelt Innovasjonsprisen for 2019. "
            "Trondheims hardeste utfordrere var kommunene Ulstein og Fjell.")
    (rec,) = extract(text, nlp=rules_nlp).awards
    assert rec.recipients[0].kommunenummer == "5001"
    assert {c.name: c.kommunenummer for c in rec.competitors} == {"Ulstein": "1516", "Fjell": "1246"}


def test_person_named_like_a_place_is_not_linked(rules_nlp):
    (rec,) = extract("Kulturprisen 2023 gikk til Kari Lund.", nlp=rules_nlp).awards
    assert rec.recipients[0].kommunenummer is None


def test_a_name_with_its_own_marker_is_linked_whatever_the_ner_says(nlp):
    text = ("Vik kommune vann Nynorskprisen for kommunar 2023.\n\n"
            "Tidlegare vinnarar er Ørsta kommune (2022) og Ulstein kommune (2021).")
    numbers = {r.name: r.kommunenummer for a in extract(text, nlp=nlp).awards for r in a.recipients}
    assert numbers == {"Vik kommune": "4639", "Ørsta kommune": "1520", "Ulstein kommune": "1516"}
