"""spaCy integration: factories by name, Doc extensions, nlp.pipe with processes, the schema."""
import json

import pytest
import spacy

import kommunenlp
from kommunenlp.pipeline import SPAN_KEY

TEXT = ("Trondheim kommune er tildelt KMDs innovasjonspris for 2019. "
        "Prisen på 500.000 kroner ble delt ut av statssekretær Aase Marthe Horrigmo.")
NYNORSK = "Stord kommune vart tildelt Kulturprisen 2023. Prisen vart delt ut av ordførar Kari Nesheim."


def test_add_pipe_by_name_on_a_blank_pipeline():
    nlp = spacy.blank("nb")
    nlp.add_pipe("kommunenlp_sentences")
    nlp.add_pipe("kommunenlp_awards")
    doc = nlp(TEXT)
    (award,) = doc._.awards
    assert award.presenters[0].name == "Aase Marthe Horrigmo"
    assert {s.label_ for s in doc.spans[SPAN_KEY]} >= {"PRIZE", "RECIPIENT", "AMOUNT", "PRESENTER"}


def test_factories_are_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"kommunenlp_awards", "kommunenlp_sentences"} <= names


def test_component_config_through_spacy_config():
    nlp = spacy.blank("nb")
    nlp.add_pipe("kommunenlp_awards", config={"use_entities": False})
    assert nlp.config["components"]["kommunenlp_awards"]["use_entities"] is False


def test_extract_many_keeps_order_with_two_processes(rules_nlp):
    items = [{"id": f"a{i}", "text": TEXT if i % 2 else NYNORSK} for i in range(8)]
    out = list(kommunenlp.extract_many(items, nlp=rules_nlp, n_process=2, batch_size=2))
    assert [a.id for a in out] == [f"a{i}" for i in range(8)]
    assert [a.language for a in out[:2]] == ["nn", "nb"]
    assert all(len(a.awards) == 1 for a in out)


def test_gate_gives_the_same_articles(rules_nlp):
    items = [TEXT, "Kommunestyret vedtok budsjettet.\n\nPublisert 12.12.2024", NYNORSK]
    gated = [a.model_dump() for a in kommunenlp.extract_many(items, nlp=rules_nlp)]
    full = [a.model_dump() for a in kommunenlp.extract_many(items, nlp=rules_nlp, gate=False)]
    assert gated == full


def test_schema_is_json_schema_with_every_field():
    schema = kommunenlp.schema()
    json.dumps(schema)
    record = schema["$defs"]["AwardRecord"]["properties"]
    assert {"status", "award", "year", "amount", "recipients", "accepted_by", "presenters", "awarding_body",
            "event", "competitors", "award_date", "evidence"} <= set(record)


def test_html_views(rules_nlp):
    article = kommunenlp.extract(TEXT, nlp=rules_nlp)
    html = article._repr_html_()
    assert "Aase Marthe Horrigmo" in html and "PRESENTER" in html
    assert "innovasjonspris" in article.awards[0]._repr_html_()


def test_extract_skips_the_pipeline_without_a_prize(monkeypatch):
    import kommunenlp.api as api

    def no_pipeline(*a, **k):
        raise AssertionError("the pipeline ran")

    monkeypatch.setattr(api, "load", no_pipeline)
    article = api.extract("Kommunestyret vedtok budsjettet for 2025. Publisert 3. mars 2025")
    assert article.awards == [] and article.published.value.isoformat() == "2025-03-03"


@pytest.mark.parametrize("text", [
    "The culture prize was awarded to the choir by the mayor, who said that it has been a good year.",
    "Kulturpriset delades ut av kommunen och det är inte första gången som kören får priset.",
])
def test_text_that_is_not_norwegian_is_und_and_not_read(rules_nlp, text):
    article = kommunenlp.extract(text + " Vik kommunes kulturpris.", nlp=rules_nlp)
    assert article.language == "und" and article.awards == []


def test_a_norwegian_article_quoting_english_stays_norwegian(rules_nlp):
    text = ("Bergen kommune vant prisen «Best Practice Award for the Public Sector» i 2023. "
            "Ordføraren tok imot prisen under konferansen i Oslo.")
    article = kommunenlp.extract(text, nlp=rules_nlp)
    assert article.language in ("nb", "nn")
    assert article.awards
