"""The shipped Norwegian pipeline: it loads offline; tags, lemmatises, parses and names Bokmål and
Nynorsk sensibly; and the award pipeline uses it."""
import pytest
import spacy

import kommunenlp
from kommunenlp.pipeline import model_path


def test_shipped_model_loads_from_the_package(nlp):
    path = model_path()
    assert path is not None and (path / "config.cfg").exists()
    # the statistical pipes run inside kommunenlp_scoped_pipes, on the words without line breaks
    assert nlp.pipe_names == ["kommunenlp_sentences", "kommunenlp_scoped_pipes", "kommunenlp_awards"]
    assert nlp.get_pipe("kommunenlp_scoped_pipes").pipes == ["tok2vec", "morphologizer", "trainable_lemmatizer",
                                                              "parser", "ner"]
    assert {"SUBJ", "DOBJ", "IOBJ", "PUTFYLL", "ADV", "INFV", "SPRED"} <= set(nlp.get_pipe("parser").labels)
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


def _tokens(nlp, text):
    return {t.text: t for t in nlp(text)}


@pytest.mark.parametrize("text, subject, verb, obj", [
    ("Trondheim kommune mottok innovasjonsprisen i fjor.", "Trondheim", "mottok", "innovasjonsprisen"),
    ("I år fekk ho kulturprisen.", "ho", "fekk", "kulturprisen"),
])
def test_subject_and_object_of_a_receiving_verb(nlp, text, subject, verb, obj):
    t = _tokens(nlp, text)
    assert t[subject].dep_ == "SUBJ" and t[subject].head.text == verb
    assert t[obj].dep_ == "DOBJ" and t[obj].head.text == verb


def test_passive_subject_nynorsk(nlp):
    t = _tokens(nlp, "Stord kommune vart tildelt kulturprisen av ordføraren.")
    assert t["Stord"].dep_ == "SUBJ" and t["Stord"].head.text == "vart"
    assert t["tildelt"].head.text == "vart" and t["tildelt"].lemma_ == "tildele"


@pytest.mark.parametrize("text, word, lemma", [
    ("Kommunen tildelte prisen til laget.", "tildelte", "tildele"),
    ("Laget mottok prisen i går.", "mottok", "motta"),
    ("Ho fekk prisen i fjor.", "fekk", "få"),
    ("Dei vann prisen for andre gong.", "vann", "vinne"),
    ("Prisane vart delte ut i går.", "Prisane", "pris"),
])
def test_lemmas_of_award_words(nlp, text, word, lemma):
    assert _tokens(nlp, text)[word].lemma_ == lemma


def test_parts_of_speech(nlp):
    t = _tokens(nlp, "Ordføraren delte ut prisen til Vik songlag.")
    assert (t["Ordføraren"].pos_, t["delte"].pos_, t["til"].pos_, t["Vik"].pos_) == ("NOUN", "VERB", "ADP", "PROPN")


def test_no_training_vocabulary_ships():
    import json

    strings = json.loads((model_path() / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert len(strings) < 2000  # edit-tree substrings and labels, not NorNE's word forms


def test_a_line_break_does_not_change_the_words_around_it(nlp):
    """The pipes read the words without the line-break tokens NorNE never had: "Koret" after a
    blank line is the noun "kor", as it is after a space."""
    broken = nlp("Gratulerer til Vik songlag med kulturprisen!\n\nKoret fekk prisen torsdag.")
    flat = nlp("Gratulerer til Vik songlag med kulturprisen! Koret fekk prisen torsdag.")
    words = lambda doc: [(t.text, t.pos_, t.lemma_, t.dep_) for t in doc if not t.is_space]  # noqa: E731
    assert words(broken) == words(flat)
    koret = [t for t in broken if t.text == "Koret"][0]
    assert (koret.pos_, koret.lemma_) == ("NOUN", "kor")
    space = [t for t in broken if t.is_space][0]
    assert space.pos_ == "SPACE" and space.head.text == "!"
