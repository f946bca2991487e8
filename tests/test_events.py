"""Where a prize was handed out: events and their places, in Bokmål and Nynorsk."""
import pytest

from kommunenlp import extract
from kommunenlp.events import gathering_venue


@pytest.mark.parametrize("text, venue", [
    ("Lørdag kveld hyllet idretten seg selv. I Sør Amfi i Arendal var over 500 samlet.", "Sør Amfi i Arendal"),
    ("Over 200 gjester var samla i Vik kulturhus då prisane vart delte ut.", "Vik kulturhus"),
    ("På Hamar Kulturhus var rundt 300 personer møtt opp.", "Hamar Kulturhus"),
])
def test_where_the_guests_were_gathered(text, venue):
    found = gathering_venue(text)
    assert found is not None and found.name == venue


def test_no_gathering_no_venue():
    assert gathering_venue("Kulturprisen gjekk til Vik songlag i Sogndal.") is None


def test_an_event_without_a_place_takes_the_gathering_place(nlp):
    text = ("Kulturprisen 2025 vart delt ut under kulturkvelden. Over 200 gjester var samla i Vik kulturhus. "
            "Prisen gjekk til Vik songlag.")
    (award,) = extract(text, nlp=nlp).awards
    assert (award.event.name.name, award.event.location.name) == ("kulturkvelden", "Vik kulturhus")


@pytest.mark.parametrize("text, event", [
    ("Kari Nes fikk Frivilligprisen 2023 på Frivillighetens dag 5. desember.", "Frivillighetens dag"),
    ("Kari Nes fekk Kulturprisen 2023 under opninga av Vikafestivalen i Vik sentrum.", "Vikafestivalen"),
    ("Kari Nes fikk Kulturprisen 2023 under åpningen av Hadelandsdagene.", "Hadelandsdagene"),
    # the opening of a building is an event of its own, and "i dag" is no day's event
    ("Kari Nes fikk Kulturprisen 2023 under åpningen av Gran kulturhus.", "åpningen"),
])
def test_a_genitives_day_and_the_event_an_opening_is_part_of(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


def test_today_is_no_event(nlp):
    (award,) = extract("Vik songlag fekk Kulturprisen 2023 i dag.", nlp=nlp).awards
    assert award.event is None or award.event.name is None


@pytest.mark.parametrize("text, event", [
    ("Kulturprisen 2024 vert delt ut i haust. Tidlegare har prisen vorte delt ut i Vik sentrum. "
     "Kulturprisen 2024 vert delt ut på kommunestyremøtet i desember.", "kommunestyremøtet"),
    ("Kulturprisen 2024 deles ut i høst. Tidligere har prisen blitt delt ut i Gran sentrum. "
     "Kulturprisen 2024 deles ut på nyttårsmottaket i januar.", "nyttårsmottaket"),
])
def test_a_named_event_wins_over_a_venue_named_before(nlp, text, event):
    awards = extract(text, nlp=nlp).awards
    assert awards and awards[0].event.name is not None and awards[0].event.name.name == event


@pytest.mark.parametrize("text, event, place", [
    # whose meeting it was is no place; the venue after it is
    ("Gran IL fikk idrettsprisen på årsmøtet i Gran idrettsråd.", "årsmøtet", None),
    ("Kari Nes fekk kulturprisen på julemøtet i Vik bondelag i Vik kulturhus.", "julemøtet", "Vik kulturhus"),
    ("Kari Nes fikk kulturprisen under landsmøtet i Norsk Folkehjelp.", "landsmøtet", None),
    ("Kari Nes fekk kulturprisen under kulturkvelden i Vik kulturhus.", "kulturkvelden", "Vik kulturhus"),
])
def test_an_association_after_the_event_is_whose_it_was(nlp, text, event, place):
    (award,) = extract(text, nlp=nlp).awards
    found = award.event.location.name if award.event.location else None
    assert (award.event.name.name, found) == (event, place)


@pytest.mark.parametrize("text, event", [
    ("Prisen ble overrakt ved en tilstelning på rådhuset torsdag kveld. Kari Nes fikk Kulturprisen 2023.", "tilstelning"),
    ("Kulturprisen 2023 vart delt ut på ein festmiddag i kommunestyresalen. Prisen gjekk til Vik songlag.", "festmiddag"),
])
def test_an_unnamed_event_before_a_lower_case_venue_is_named_by_its_description(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


@pytest.mark.parametrize("text", [
    "Kari Nes fikk kulturprisen. Prisen ble delt ut av ordfører i Gran, Per Berg.",
    "Kari Nes fekk kulturprisen. Det var ordføraren i Vik, Per Berg, som delte ut prisen.",
])
def test_the_place_of_a_title_is_no_venue(nlp, text):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event is None or award.event.location is None


@pytest.mark.parametrize("text, event", [
    ("Idrettsprisen ble delt ut på idrettslagets årsmøte. Gran IL fikk prisen.", "årsmøte"),
    ("Kulturprisen vart delt ut under kommunens nyttårsmottak. Prisen gjekk til Vik songlag.", "nyttårsmottak"),
])
def test_an_event_owned_by_a_common_genitive(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


@pytest.mark.parametrize("text, place", [
    ("Kulturprisen 2023 ble delt ut til Kari Nes, som har jobbet med barn i Gran i 30 år.", None),
    ("Kulturprisen ble delt ut av ordfører Per Berg i Gran kulturhus. Kari Nes fikk prisen.", "Gran kulturhus"),
    ("Kulturprisen vart delt ut av leiar i kulturutvalet, Per Berg, i Vik kulturhus. Prisen gjekk til Vik songlag.",
     "Vik kulturhus"),
])
def test_a_venue_after_a_presenter_but_not_in_a_relative_clause(nlp, text, place):
    (award,) = extract(text, nlp=nlp).awards
    assert (award.event.location.name if award.event and award.event.location else None) == place


@pytest.mark.parametrize("text, event", [
    ("Kari Nes fekk kulturprisen under konserten.", "konserten"),
    ("Kulturprisen 2023 ble delt ut på festen i Gran kulturhus. Prisen gikk til Kari Nes.", "festen"),
])
def test_a_definite_event_word_alone_is_the_event(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


@pytest.mark.parametrize("text, event", [
    ("Gran IL delte ut idrettsprisen under sesongavslutninga. Prisen gjekk til Kari Nes.", "sesongavslutninga"),
    ("Kari Nes fikk kulturprisen på en fest i Gran.", "fest"),
    ("Kari Nes fekk kulturprisen under avslutninga av Vikafestivalen.", "Vikafestivalen"),
])
def test_closings_and_parties_are_events(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


@pytest.mark.parametrize("text, event", [
    ("Kulturprisen vart delt ut under 100-årsjubileet til Vik songlag. Prisen gjekk til Kari Nes.", "100-årsjubileet"),
    ("Idrettsprisen ble delt ut under 50-årsjubileet. Gran IL fikk prisen.", "50-årsjubileet"),
])
def test_a_jubilee_with_its_number(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


@pytest.mark.parametrize("text, event, place", [
    ("Idrettsgallaen 2024\n\nLørdag ble idrettsgallaen arrangert i Hamar kulturhus.\n\n"
     "Årets utøver: Kari Nes, Hamar IL\nÅrets trener: Per Dahl, Ridabu IL", "idrettsgallaen", "Hamar kulturhus"),
    ("Kulturkvelden vart halden i Vik samfunnshus fredag. Der fekk Kari Nes kulturprisen for 2024.",
     "Kulturkvelden", "Vik samfunnshus"),
])
def test_an_event_said_to_take_place_is_where_the_prizes_were_given(nlp, text, event, place):
    awards = extract(text, nlp=nlp).awards
    assert awards and all(a.event.name.name == event and a.event.location.name == place for a in awards)


@pytest.mark.parametrize("text", [
    "Juryen skal velje vinnaren av Innovasjonsprisen 2024. I april vert det andre jurymøtet halde i Oslo.",
    "Juryen skal velge vinneren av Innovasjonsprisen 2024. I april blir styremøtet holdt i Oslo.",
])
def test_a_meeting_on_the_way_to_the_award_is_not_its_event(nlp, text):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event is None


@pytest.mark.parametrize("text, event", [
    ("Gran kommune fikk Miljøprisen 2024. Prisen ble mottatt av varaordfører Per Li under Miljødagene i Oslo.", "Miljødagene"),
    ("Vik kommune fekk Nynorskprisen 2024. Prisen vart motteken av ordførar Kari Nes under Festspela i Ørsta.", "Festspela"),
])
def test_the_event_of_a_sentence_that_says_who_received_it(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.name.name == event


@pytest.mark.parametrize("text, place", [
    ("Torsdag kveld delte Vik kommune ut kulturprisen for 2024 i Vik samfunnshus.", "Vik samfunnshus"),
    ("Lørdag delte Gran idrettsråd ut idrettsprisen på Gran rådhus.", "Gran rådhus"),
])
def test_a_venue_where_the_particle_stands_after_the_subject(nlp, text, place):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.location.name == place


@pytest.mark.parametrize("text, place", [
    ("Kulturprisen for 2024 vart delt ut i Vik samfunnshus torsdag.", "Vik samfunnshus"),
    ("Idrettsprisen 2024 ble delt ut på Gran rådhus fredag.", "Gran rådhus"),
])
def test_a_venue_before_a_weekday_is_no_genitive(nlp, text, place):
    (award,) = extract(text, nlp=nlp).awards
    assert award.event.location.name == place


@pytest.mark.parametrize("text, event", [
    ("Under årets Vikadagar vart Kari Nes tildelt kulturprisen.", "Vikadagar"),
    ("Kari Nes fikk kulturprisen under årets Gransdager i Gran sentrum.", "Gransdager"),
])
def test_this_years_edition_of_a_named_event_is_the_event_not_a_title(nlp, text, event):
    (award,) = extract(text, nlp=nlp).awards
    assert award.award.name == "kulturprisen" and award.event.name.name == event
