"""Every extracted value points at the exact characters it came from."""
from pathlib import Path

from pydantic import BaseModel
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommunenlp import Mention, extract

from .conftest import SHARED, read_gold

EXAMPLES = sorted((Path(__file__).parents[1] / "examples" / "articles").glob("*.txt"))


def all_mentions(obj):
    """Walk a pydantic model and yield every Mention in it, however deeply nested."""
    if isinstance(obj, Mention):
        yield obj
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from all_mentions(getattr(obj, name))
    elif isinstance(obj, list):
        for x in obj:
            yield from all_mentions(x)


def assert_offsets(text, article):
    found = list(all_mentions(article))
    for m in found:
        assert text[m.start:m.end] == m.text, m
        # "Kultur-" is named "Kulturprisen", "Kari" of "Kari og Ola Nes" "Kari Nes"; a name has one
        # space where the text wrapped a line ("Gran\nsangkor")
        if hasattr(m, "name") and m.rule != "prize:suspended" and not m.rule.endswith(":shared-surname"):
            assert m.name == " ".join(m.text.split()), m
    return found


def test_offsets_on_real_and_example_articles(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    for path in (SHARED / "eval" / "dev.jsonl", SHARED / "seed" / "gold.jsonl"):
        if path.exists():
            texts += [g["text"] for g in read_gold(path)]
    checked = sum(len(assert_offsets(t, extract(t, nlp=nlp))) for t in texts)
    assert checked > 50


PIECES = ["Det var", "som", "fekk", "skal", "Tidlegare vinnarar:", "2019:", "(2018)", "kåra til", "fjorårets vinnar",
          "Kultur- og idrettsprisen", "Trondheim kommune", "er tildelt", "Kulturprisen 2023", "vart delt ut av", "statssekretær Ola Nordmann",
          "500.000 kroner", "12. mars", "Årets ildsjel:", "gikk til", "på vegne av", "Bodø", ",", ".", "\n",
          "hardeste utfordrere var kommunene Ulstein og Fjell", "«Leve heile livet»-prisen", "Publisert 30.04.2021"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30))
def test_offsets_on_generated_award_text(rules_nlp, parts):
    text = " ".join(parts)
    assert_offsets(text, extract(text, nlp=rules_nlp))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30))
def test_offsets_with_the_parser(nlp, parts):
    """The same with the shipped pipeline, whose parse drives the predicate frames."""
    text = " ".join(parts)
    assert_offsets(text, extract(text, nlp=nlp))
