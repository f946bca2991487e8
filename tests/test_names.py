"""The name grammar (names.py): names after a position, with titles, organisation words, places
and lists, in Bokmål and Nynorsk."""
import pytest

from kommunenlp import extract
from kommunenlp.names import is_occupation, is_title, names_after


def read(text, after):
    pos = text.index(after) + len(after)
    return [text[n.start:n.end] for n in names_after(text, pos, len(text))]


@pytest.mark.parametrize("text, after, names", [
    ("Prisen gjekk til Skjolden beitelag.", "til", ["Skjolden beitelag"]),
    ("Finalistane er Trondheim sentralstasjon og Voss park.", "er", ["Trondheim sentralstasjon", "Voss park"]),
    ("Prisen gikk til Aker brygge og Vippetangen kai.", "til", ["Aker brygge", "Vippetangen kai"]),
    ("Prisen gikk til Vennesla bibliotek og kulturhus.", "til", ["Vennesla bibliotek og kulturhus"]),
    ("Prisen gjekk til Vik IL og Bø IL.", "til", ["Vik IL", "Bø IL"]),
    # the article and a weak adjective start a name
    ("Tidlegare vinnarar er Vik gard og Det norske Vaffelstekeriet.", "er", ["Vik gard", "Det norske Vaffelstekeriet"]),
    ("Prisen gikk til Den nye Kulturskolen og Gran IL.", "til", ["Den nye Kulturskolen", "Gran IL"]),
    ("Dei nominerte er Det Norske Studentsamfund og Tou.", " er", ["Det Norske Studentsamfund", "Tou"]),
    # a unit of an organisation is named with it; two trades of one business are one name
    ("Prisen gikk til Grenland krets av Norges Speiderforbund.", "til", ["Grenland krets av Norges Speiderforbund"]),
    ("Prisen gjekk til Vik lokallag av Norsk Folkehjelp i fjor.", "til", ["Vik lokallag av Norsk Folkehjelp"]),
    ("Finalistar er Thorbjørnrud hotell og ysteri og Vik meieri.", " er", ["Thorbjørnrud hotell og ysteri", "Vik meieri"]),
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
    ("Prisen deles ut av Barne-, ungdoms- og familiedirektoratet.", "av", ["Barne-, ungdoms- og familiedirektoratet"]),
    # a capitalised word for what it is, after a lower-case word, is the name's first word
    ("Prisen vert delt ut av Stiftelsen Fritt Ord.", "av", ["Stiftelsen Fritt Ord"]),
    ("Prisen deles ut av Foreningen Norden.", "av", ["Foreningen Norden"]),
    ("Prisen gjekk til Foreningen for Fartøyvern.", "til", ["Foreningen for Fartøyvern"]),
    ("Stiftelsen Vik Museum fekk prisen.", "", ["Stiftelsen Vik Museum"]),          # an official name's opener
    ("Koret Vox Humana fekk prisen.", "", ["Vox Humana"]),                            # a description
    ("Prisen gikk til Hansen & Sønn AS og Olsen & Co.", "til", ["Hansen & Sønn AS", "Olsen & Co"]),
    ("Prisen gjekk til songaren Ingrid Vik.", "til", ["Ingrid Vik"]),                 # an occupation
    ("Prisen gikk til skuespiller og regissør Siri Lie.", "til", ["Siri Lie"]),
    ("Prisen gikk til bedriften Nortek AS.", "til", ["Nortek AS"]),                   # what it is, not who
    ("Prisen gikk til familiebedriften Hansen Rør AS.", "til", ["Hansen Rør AS"]),
    ("Prisen kom frå Sparebankstiftinga Seljord.", "frå", ["Sparebankstiftinga Seljord"]),  # a capital: a name
    ("Prisen gjekk til laget Vik IL og koret Vox Humana.", "til", ["Vik IL", "Vox Humana"]),
    ("Prisen gikk til Rema 1000 Bjørkelangen.", "til", ["Rema 1000 Bjørkelangen"]),    # a number inside a name
    ("Prisen gikk til Vik IL 2020 Ola Li.", "til", ["Vik IL 2020"]),                   # a year is not
    ("Prisen gikk til Stange blandede kor og Vik blanda kor.", "til", ["Stange blandede kor", "Vik blanda kor"]),
    ("Prisen gikk til rapduoen Nico & Vinz og Kari Li.", "til", ["Nico & Vinz", "Kari Li"]),   # a band
    # an office that is an institution, with its place
    ("Prisen vart delt ut av Statsforvaltaren i Vestland.", "av", ["Statsforvaltaren i Vestland"]),
    ("Prisen ble delt ut av Fylkesmannen i Innlandet i går.", "av", ["Fylkesmannen i Innlandet"]),
    ("Prisen gjekk til Vik IL & Bø IL.", "til", ["Vik IL", "Bø IL"]),
    # people by their kinship, or of a place
    ("Prisen gikk til ekteparet Kari og Ola Nes.", "til", ["Kari", "Ola Nes"]),
    ("Prisen gjekk til brørne Ola og Per Li.", "til", ["Ola", "Per Li"]),
    ("Prisen gjekk til elevane ved Vik skule.", "til", ["Vik skule"]),
    ("Prisen gikk til de ansatte på Gran sykehjem.", "til", ["Gran sykehjem"]),
    ("Prisen gikk til musikerne Kari Nes og Ola Li.", "til", ["Kari Nes", "Ola Li"]),
    # particles inside a person's name, and a club with a digit
    ("Prisen gikk til Anne-Marie van der Berg.", "til", ["Anne-Marie van der Berg"]),
    ("Prisen gjekk til Gran 4H og Vik 4H.", "til", ["Gran 4H", "Vik 4H"]),
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


@pytest.mark.parametrize("title, occupation", [("pianist", True), ("målar og lærar", True), ("ordførar", False),
                                               ("dagleg leiar", False)])
def test_an_occupation_is_not_an_office(title, occupation):
    assert is_occupation(title) is occupation


@pytest.mark.parametrize("text, winners, received", [
    ("Kulturstipenda gjekk i år til Vik songlag, pianist Ola Dale og målar Kari Berg.",
     ["Vik songlag", "Ola Dale", "Kari Berg"], []),
    ("Idrettsprisen gikk til Gran IL, ved leder Kari Nes.", ["Gran IL"], ["Kari Nes"]),
    ("Kunstnerprisene gikk til Sykehusklovnene, organist Kåre Nordstoga, tegneserieskaper og bildekunstner "
     "Mette Hellenes og rapduoen Nico & Vinz.", ["Sykehusklovnene", "Kåre Nordstoga", "Mette Hellenes", "Nico & Vinz"], []),
])
def test_people_listed_by_occupation_beside_an_organisation_won_too(nlp, text, winners, received):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in award.recipients] == winners and [a.name for a in award.accepted_by] == received


@pytest.mark.parametrize("text, name", [
    ("Herøy ungdomsråd har arbeidd for ungdomen i mange år. Ungdomsrådet fekk Kulturprisen 2024.", "Herøy ungdomsråd"),
    ("Vik songlag feirar 100 år. Songlaget fekk Kulturprisen 2024.", "Vik songlag"),
    ("Gran sangkor har 40 medlemmer. Sangkoret fikk Kulturprisen 2024.", "Gran sangkor"),
])
def test_a_definite_organisation_word_is_the_organisation_the_text_names(nlp, text, name):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in award.recipients] == [name]


@pytest.mark.parametrize("text, winners, role", [
    ("Lærlingen Kari Dale fra Vik har fått Lærlingprisen 2023.", ["Kari Dale"], "recipients"),
    ("Eleven Ola Li fekk Skuleprisen 2022.", ["Ola Li"], "recipients"),
    ("Gran-elev vant Forskerprisen\nEmma Holm fra Gran vant Forskerprisen 2024.", ["Emma Holm"], "recipients"),
    ("Vik-jenta vann Songprisen\nKari Dale frå Vik vann Songprisen 2024.", ["Kari Dale"], "recipients"),
    ("Disse tre er nominert til Næringsprisen 2024: Gran Bakeri, Lunner Bil AS og Hadeland Glassverk.",
     ["Gran Bakeri", "Lunner Bil AS", "Hadeland Glassverk"], "competitors"),
    ("Desse tre er nominerte til Næringsprisen 2024: Vik Bakeri, Bø Bil AS og Stord Glass.",
     ["Vik Bakeri", "Bø Bil AS", "Stord Glass"], "competitors"),
])
def test_a_word_for_who_they_are_is_not_part_of_the_name(nlp, text, winners, role):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in getattr(award, role)] == winners


@pytest.mark.parametrize("text, winners", [
    ("Kulturprisen 2023 gikk til ekteparet Kari og Ola Nes.", ["Kari Nes", "Ola Nes"]),
    ("Kulturprisen 2023 gjekk til Kari og Ola Nes.", ["Kari Nes", "Ola Nes"]),
    # kin in a compound, capitalised where it opens the sentence
    ("Skiskyttarbrødrene Tarjei og Johannes Bø fekk idrettsprisen 2020.", ["Tarjei Bø", "Johannes Bø"]),
    ("Fotballsøstrene Kari og Ada Nes fikk idrettsprisen 2021.", ["Kari Nes", "Ada Nes"]),
    # two clubs, and more than a pair, are names of their own
    ("Idrettsprisen 2023 gjekk til Vik og Stord IL.", ["Vik", "Stord IL"]),
])
def test_a_pair_of_given_names_shares_the_surname(nlp, text, winners):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in award.recipients] == winners


@pytest.mark.parametrize("text, winner, received", [
    ("Kulturprisen for 2024 gjekk til songlaget Vikatonar. Leiar Anne Hauge tok imot prisen.", "Vikatonar", "Anne Hauge"),
    ("Kulturprisen 2024 gikk til bandet Sjøbris. Vokalist Kari Dahl tok imot prisen.", "Sjøbris", "Kari Dahl"),
])
def test_a_name_described_as_an_organisation_is_no_person(nlp, text, winner, received):
    (award,) = extract(text, nlp=nlp).awards
    assert ([r.name for r in award.recipients], [a.name for a in award.accepted_by]) == ([winner], [received])


@pytest.mark.parametrize("text, winner", [
    ("Ildsjelprisen 2023 gikk til Per «Pelle» Hansen.", "Per «Pelle» Hansen"),  # a nickname inside the name
    ("Eldsjelprisen 2023 gjekk til Kari «Kaja» Nes og Ola Li.", "Kari «Kaja» Nes"),
    # two occupations, definite, before the name
    ("Årets kulturpris i Gran går til sangeren og låtskriveren Kari Nes.", "Kari Nes"),
    ("Årets kulturpris går til songaren og låtskrivaren Kari Nes.", "Kari Nes"),
])
def test_a_winner_named_with_a_nickname_or_two_occupations(nlp, text, winner):
    (award,) = extract(text, nlp=nlp).awards
    assert award.recipients[0].name == winner


@pytest.mark.parametrize("text, body", [
    ("Ola Li/NTB Kulturdepartementet har tildelt Vik kommune Kulturprisen 2023.", "Kulturdepartementet"),
    ("Kari Nes/Fylkesmannen i Vestland Helsedepartementet har tildelt Kinn kommune Folkehelseprisen.",
     "Helsedepartementet"),
])
def test_a_photo_credit_run_into_the_sentence_is_no_party(nlp, text, body):
    (award,) = extract(text, nlp=nlp).awards
    assert award.awarding_body.name == body and award.presenters == []


@pytest.mark.parametrize("text", [
    "Kultur- og idrettsprisar delte ut\n\nOrdførar Kari Nes delte ut kulturprisen for 2023 til Vik spelemannslag.",
    "Kultur- og idrettspriser delt ut\n\nOrdfører Kari Nes delte ut kulturprisen for 2023 til Gran musikkorps.",
])
def test_a_prizes_name_is_no_party(nlp, text):
    """A headline's suspended compound of prizes is no awarding body."""
    (award,) = extract(text, nlp=nlp).awards
    assert award.awarding_body is None and [p.name for p in award.presenters] == ["Kari Nes"]


@pytest.mark.parametrize("text, winner, received", [
    ("Gran IL fikk idrettsprisen 2024. Kari Nes, leder i Gran IL, mottok prisen.", "Gran IL", "Kari Nes"),
    ("Vik IL fekk idrettsprisen 2024. Kari Nes, leiar i laget, tok imot prisen.", "Vik IL", "Kari Nes"),
])
def test_an_office_in_apposition_after_the_name_received_for_the_organisation(nlp, text, winner, received):
    (award,) = extract(text, nlp=nlp).awards
    assert ([r.name for r in award.recipients], [a.name for a in award.accepted_by]) == ([winner], [received])


def test_a_person_with_an_office_in_apposition_who_alone_got_it_won_it(nlp):
    (award,) = extract("Kari Nes, leder i Gran IL, fikk idrettsprisen 2024.", nlp=nlp).awards
    assert [r.name for r in award.recipients] == ["Kari Nes"] and award.accepted_by == []
