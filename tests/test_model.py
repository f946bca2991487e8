"""The shipped Norwegian NER: it loads offline, labels Bokmål and Nynorsk sensibly, and the award
pipeline uses it."""
import spacy

import kommunenlp
from kommunenlp.pipeline import model_path


def test_shipped_model_loads_from_the_package(nlp):
    path = model_path()
    assert path is not None and (path / "config.cfg").exists()
    assert {"tok2vec", "ner", "kommunenlp_sentences", "kommunenlp_awards"} <= set(nlp.pipe_names)
    assert {"PER", "ORG", "GPE_LOC", "GPE_ORG", "LOC", "PROD", "EVT", "DRV", "MISC"} <= set(
        nlp.get_pipe("ner").labels)


def _ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_bokmal_entities(nlp):
    ents = _ents(nlp, "Statsminister Jonas Gahr Støre besøkte Trondheim kommune og NTNU i går.")
    assert ("Jonas Gahr Støre", "PER") in ents
    assert any(label in ("GPE_ORG", "GPE_LOC", "ORG") and "Trondheim" in text for text, label in ents)


def test_nynorsk_entities(nlp):
    ents = _ents(nlp, "Ordføraren i Stord, Kari Nesheim, opna den nye skulen saman med Vestland fylkeskommune.")
    assert any(label == "PER" and "Kari Nesheim" in text for text, label in ents)
    assert any("Stord" in text for text, _ in ents)


def test_award_pipeline_reads_the_entities(nlp):
    doc = nlp("Ola Nordmann delte ut Kulturprisen 2023 til Voss sogelag.")
    assert doc.ents, "the NER ran before the award component"
    (award,) = doc._.awards
    assert award.presenters and award.presenters[0].label == "PER"


def test_rules_only_pipeline_has_no_ner():
    assert "ner" not in kommunenlp.load(None).pipe_names
    assert spacy.blank("nb").lang == "nb"
