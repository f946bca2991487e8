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
    # runs without whitespace were quadratic in spaCy's tokenizer; long lines in the sentence splitter
    "Kulturprisen " + "«»\"'" * 25_000,
    "Kulturprisen " + "(" * 20_000,
    "Kulturprisen.\n" + "2. " * 10_000,
    "Vik IL fekk kulturprisen for 2024 av ordførar Kari Nes. " * 2_000,
    "Kulturprisen " + "12.03.2024 500.000,- " * 1_000,
    "\n" * 1_000 + " " * 12_000 + "((",  # a blank line that is nearly all of the text (the byline search)
    "Kulturprisen " + "Kari fekk prisen for arbeidet i 2020 " * 200,  # a reason's year, again and again
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_strings_finish_quickly(rules_nlp, text):
    start = time.perf_counter()
    extract(text, nlp=rules_nlp)
    assert time.perf_counter() - start < 10


PIECES = ["(", ")", "«", "»", "\"", ".", ". ", "2. ", "kr", " 500.000", "-", "Kulturprisen ", "Årets ", "fekk ",
          "Ola ", "og ", ",", "\n", " ", "A", "a"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, 3_000)), min_size=1, max_size=8))
def test_long_repeats_of_awkward_pieces_stay_fast(rules_nlp, runs):
    text = "".join(piece * n for piece, n in runs)[:40_000]
    start = time.perf_counter()
    try:
        extract(text, nlp=rules_nlp)
    except KommunenlpError:
        pass
    assert time.perf_counter() - start < 10


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_random_unicode_never_raises_anything_else(rules_nlp, text):
    try:
        article = extract(text, nlp=rules_nlp)
    except KommunenlpError:
        return
    assert isinstance(article, kommunenlp.Article)


def test_a_bad_argument_is_a_kommunenlp_error(rules_nlp):
    with pytest.raises(kommunenlp.KommunenlpError, match="language must be one of nb, nn, und"):
        kommunenlp.extract("Vik kommune fekk kulturprisen.", language="xx", nlp=rules_nlp)
    with pytest.raises(kommunenlp.KommunenlpError, match="batch_size"):
        list(kommunenlp.extract_many(["Vik kommune fekk kulturprisen."], batch_size=0, nlp=rules_nlp))


def test_an_article_past_its_budget_is_an_error_not_a_hang(rules_nlp):
    """A small budget makes a long award-dense article run out; the next, short, one is still read."""
    pipe = rules_nlp.get_pipe("kommunenlp_awards")
    long_one = "Vik songlag fekk kulturprisen for 2024 av ordførar Kari Nesheim. " * 3000
    pipe.budget = 0.05
    try:
        out = list(extract_many([long_one, "Stord IL fekk idrettsprisen."], nlp=rules_nlp, errors="yield"))
    finally:
        pipe.budget = 30.0
    assert isinstance(out[0], kommunenlp.ExtractionError) and "budget of 0.05 s" in out[0].error
    assert isinstance(out[1], kommunenlp.Article)
    with pytest.raises(KommunenlpError, match="budget must be a positive number"):
        rules_nlp.add_pipe("kommunenlp_awards", name="other", config={"budget": 0})


@pytest.mark.parametrize("n_process", [1, 2])
def test_items_before_a_bad_one_are_yielded_first(rules_nlp, n_process):
    items = ["Vik IL fekk kulturprisen for 2024."] * 5 + [42, "Bø IL fekk idrettsprisen."]
    got = []
    with pytest.raises(TypeError, match="item 5 must be str"):
        for article in extract_many(items, nlp=rules_nlp, n_process=n_process, batch_size=4):
            got.append(article)
    assert len(got) == 5 and all(a.awards for a in got)


def test_no_break_and_thin_spaces_are_spaces(nlp):
    text = "Kulturprisen 2023 på 20\u00a0000 kroner gikk til Kari\u202fNes."
    article = extract(text, nlp=nlp)
    (award,) = article.awards
    (winner,) = award.recipients
    assert award.amount.value == 20000
    assert (winner.name, text[winner.start:winner.end]) == ("Kari Nes", "Kari\u202fNes")
    assert len(article.text) == len(text)


@pytest.mark.parametrize("text, winner", [
    ("Kulturprisen 2023 gikk til Gran\nsangkor, som feirer 100 år i år.", "Gran sangkor"),  # a wrapped line
    ("Kulturprisen 2023 gjekk til  Vik  songlag.", "Vik songlag"),  # runs of spaces
])
def test_wrapped_lines_and_runs_of_spaces_keep_a_name_whole(nlp, text, winner):
    (award,) = extract(text, nlp=nlp).awards
    (found,) = award.recipients
    assert found.name == winner and text[found.start:found.end] == found.text
