"""Scoped statistical pipes: the same records where the award is, offsets the article's own."""
import pytest

import kommunenlp
from kommunenlp.scope import award_regions

TEXTS = [
    "Kulturprisen 2023 til Vik songlag\n\nBudsjettet for 2024 vart vedteke i går. Vegen til skulen skal "
    "asfalterast.\n\nVik songlag fekk kulturprisen av ordførar Kari Nes. Prisen er på 20 000 kroner.\n\n"
    "Elles regna det heile veka. Ferja over fjorden var innstilt.",
    "Miljøprisen til Gran skole\n\nGran skole vant Miljøprisen for 2022. Prisen ble delt ut av varaordfører "
    "Siri Haug under Miljødagen på Hadeland.\n\nKommunen skal også bygge ny idrettshall i 2025.",
]


@pytest.fixture(scope="module")
def scoped():
    return kommunenlp.load(scope=True)


def values(article):
    """Every field's value and offsets, not the name of the rule that found it."""
    def strip(v):
        if isinstance(v, dict):
            return {k: strip(x) for k, x in v.items() if k != "rule"}
        return [strip(x) for x in v] if isinstance(v, list) else v
    return strip(article.model_dump())


@pytest.mark.parametrize("text", TEXTS)
def test_scoped_records_equal_the_full_pipelines(nlp, scoped, text):
    assert values(kommunenlp.extract(text, nlp=scoped)) == values(kommunenlp.extract(text, nlp=nlp))


def test_tokens_outside_the_regions_are_not_analysed(scoped):
    text = TEXTS[0]
    doc = scoped(text)
    assert doc.text == text
    inside = [t for t in doc if t.text == "fekk"][0]
    outside = [t for t in doc if t.text == "Ferja"][0]
    assert inside.pos_ == "VERB" and inside.lemma_ == "få"
    assert outside.pos_ == "X" and outside.dep_ == "ROOT"
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Kari Nes"]


def test_regions_are_the_prize_sentences_their_neighbours_and_the_headline():
    text = TEXTS[1]
    got = [text[s:e] for s, e in award_regions(text, window=0, head_sentences=1)]
    assert got == ["Miljøprisen til Gran skole", "Gran skole vant Miljøprisen for 2022.",
                   "Prisen ble delt ut av varaordfører Siri Haug under Miljødagen på Hadeland."]


@pytest.mark.parametrize("text, place, body", [
    # municipalities the treebank never had, read as the proper nouns they are before "kommune"
    ("Lunner kommune inviterer til å nominere kandidater til kulturprisen 2024.", "Lunner", "Lunner kommune"),
    ("Lunner kommunestyre har vedtatt å gi kulturprisen 2023 til Kari Nes.", "Lunner", "Lunner"),
])
def test_a_marked_municipality_is_parsed_as_a_place(nlp, text, place, body):
    doc = nlp(text)
    token = next(t for t in doc if t.text == place)
    assert token.pos_ == "PROPN" and token.dep_ != "ROOT"
    (award,) = kommunenlp.extract(text, nlp=nlp).awards
    assert award.awarding_body.name == body
