"""Bad input gets a clear error, and nothing hangs."""
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kommunenlp
from kommunenlp import InputError, KommunenlpError, TextTooLongError, extract, extract_many


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["list"]])
def test_non_str_is_a_type_error(rules_nlp, value):
    with pytest.raises(TypeError, match="must be str"):
        extract(value, nlp=rules_nlp)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_has_no_awards(rules_nlp, text):
    assert extract(text, nlp=rules_nlp).awards == []


def test_too_long(rules_nlp):
    with pytest.raises(TextTooLongError, match="limit"):
        extract("a" * (kommunenlp.MAX_CHARS + 1), nlp=rules_nlp)


def test_many_names_the_bad_item(rules_nlp):
    with pytest.raises(InputError, match=r"item 1 \(id 'x'\) has no 'text' field"):
        list(extract_many(["Tekst.", {"id": "x", "body": "Tekst."}], nlp=rules_nlp))
    with pytest.raises(TypeError, match="item 0"):
        list(extract_many([3], nlp=rules_nlp))


ADVERSARIAL = [
    "Kulturprisen " + "A" * 20_000,
    "Kulturprisen " + "Aa " * 5_000 + "fikk",
    "Kulturprisen til " + "Ola, " * 3_000,
    "Kulturprisen " + "1" * 10_000 + " kroner",
    "Kulturprisen " + "12. " * 3_000 + "mars",
    "Kulturprisen ble delt ut av " + "statssekretær " * 2_000 + "Ola",
    "«" + "pris " * 4_000,
    "Årets " * 5_000,
    ("Kulturprisen gikk til Aa-" + "Bb-" * 2_000),
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_strings_finish_quickly(rules_nlp, text):
    start = time.perf_counter()
    extract(text, nlp=rules_nlp)
    assert time.perf_counter() - start < 10


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_random_unicode_never_raises_anything_else(rules_nlp, text):
    try:
        article = extract(text, nlp=rules_nlp)
    except KommunenlpError:
        return
    assert isinstance(article, kommunenlp.Article)
