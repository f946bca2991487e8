"""The name grammar (names.py): names after a position, with titles, organisation words, places
and lists, in Bokmål and Nynorsk."""
import pytest

from kommunenlp import extract
from kommunenlp.names import is_title, names_after


def read(text, after):
    pos = text.index(after) + len(after)
    return [text[n.start:n.end] for n in names_after(text, pos, len(text))]


@pytest.mark.parametrize("text, after, names", [
    ("Prisen gjekk til Skjolden beitelag.", "til", ["Skjolden beitelag"]),
    ("Prisen gikk til Vennesla bibliotek og kulturhus.", "til", ["Vennesla bibliotek og kulturhus"]),
    ("Prisen gjekk til Vik IL og Bø IL.", "til", ["Vik IL", "Bø IL"]),
    ("Prisen gikk til statssekretær Aase Marthe Horrigmo i går.", "til", ["Aase Marthe Horrigmo"]),
    ("Prisen gjekk til NRK-journalist Kari Li.", "til", ["Kari Li"]),
    ("Prisen vart teken imot av leiar i songlaget, Kari Nes, i går.", "av", ["Kari Nes"]),
    ("Prisen ble delt ut av ordfører i Gran, Willy Ørnebakk.", "av", ["Willy Ørnebakk"]),
    ("Prisen ble delt ut av direktør for Kulturetaten Vincent Mrimba.", "av", ["Vincent Mrimba"]),
    ("Prisen kom frå Hovudutval for næring og kultur.", "frå", ["Hovudutval for næring og kultur"]),
    ("Prisen kom fra Direktoratet for byggkvalitet i fjor.", "fra", ["Direktoratet for byggkvalitet"]),
    ("Prisen kom fra Statens vegvesen.", "fra", ["Statens vegvesen"]),
    ("Prisen kom fra Sparebank 1 SMN.", "fra", ["Sparebank 1 SMN"]),
    ("Prisen gikk til Vik songlag for arbeidet med ungdom.", "til", ["Vik songlag"]),
    ("Prisen gikk til Ole-Hermann Gudim Lundberg.", "til", ["Ole-Hermann Gudim Lundberg"]),
    ("Prisen gjekk til Kari Dahl (72), Per Li og Vik songlag.", "til", ["Kari Dahl", "Per Li", "Vik songlag"]),
    ("Prisen gikk til Nøtterøy i Vestfold.", "til", ["Nøtterøy"]),
    ("Prisen gikk til Universitetet i Bergen.", "til", ["Universitetet i Bergen"]),
    ("Prisen gikk til Røyland gård og Vik gard.", "til", ["Røyland gård", "Vik gard"]),
    ("Prisen gjekk til Høgskulen på Vestlandet.", "til", ["Høgskulen på Vestlandet"]),
    ("Prisen gikk til St. Olavs hospital i Trondheim.", "til", ["St. Olavs hospital"]),
    ("Prisen gjekk til Kommunal- og moderniseringsdepartementet.", "til", ["Kommunal- og moderniseringsdepartementet"]),
])
def test_names_after(text, after, names):
    assert read(text, after) == names


@pytest.mark.parametrize("word, title", [("ordførar", True), ("statssekretær", True), ("dirigent", True),
                                         ("kommunen", False), ("Vik", False)])
def test_title_words(word, title):
    assert is_title(word) is title


@pytest.mark.parametrize("text, name", [
    ("Lise (34) er årets eldsjel i Sogndal\n\nLise Bøe (34) fekk prisen Årets eldsjel under idrettsgallaen.", "Lise Bøe"),
    ("Kari er årets ildsjel i Gran\n\nKari Hansen (72) fikk prisen Årets ildsjel under idrettsgallaen.", "Kari Hansen"),
])
def test_a_winner_is_named_by_the_fullest_form_the_text_gives(nlp, text, name):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in award.recipients] == [name]
