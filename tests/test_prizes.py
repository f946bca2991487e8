"""Prize names: each shape of lexicon/prizes.toml, and words that are not prizes."""
import pytest

from kommunenlp import extract

from kommunenlp.lexicon import table
from kommunenlp.prizes import find_prizes


def names(text):
    return [text[p.start:p.end] for p in find_prizes(text)]


@pytest.mark.parametrize("text, expected", [
    ("Trondheim er tildelt Kommunal- og moderniseringsdepartementets innovasjonspris for 2019.",
     "Kommunal- og moderniseringsdepartementets innovasjonspris"),
    ("Kommunaldirektøren mottok KMDs innovasjonspris.", "KMDs innovasjonspris"),
    ("Fredrikstad kommunes idrettsstipend: Lars Martin Benske", "Fredrikstad kommunes idrettsstipend"),
    ("Nasjonal jordvernpris til Alver", "Nasjonal jordvernpris"),
    ("Laget har motteke den nasjonale Kulturlandskapsprisen 2023.", "den nasjonale Kulturlandskapsprisen"),
    ("Kulturprisen i Lillestrøm kommune 2022 tildeles Rikke Kommisar.", "Kulturprisen i Lillestrøm kommune"),
    ("Gjesdal tok imot Statens pris for byggkvalitet onsdag.", "Statens pris for byggkvalitet"),
    ("Kven vert Årets trafikktryggleikskommune 2015?", "Årets trafikktryggleikskommune"),
    ("Helsedepartementet har tildelt Kinn kommune årets \"Leve heile livet\"-pris.", "\"Leve heile livet\"-pris"),
    ("konkurransen «Attraktiv by – statens pris for bærekraftig by- og stedsutvikling»",
     "Attraktiv by – statens pris for bærekraftig by- og stedsutvikling"),
    ("Dei fekk Drømmestipendet.", "Drømmestipendet"),
    ("Hun fikk Fritt Ords utmerkelse.", "Fritt Ords utmerkelse"),
])
def test_prize_shapes(text, expected):
    assert expected in names(text)


CONTEXT = [pytest.param(text, name, id=f"{row['shape']}:{text[:30]}")
           for row in table("prizes")["context"] for text, name in row["examples"]]


def test_every_context_shape_has_examples():
    assert all(len(row["examples"]) >= 2 for row in table("prizes")["context"])


@pytest.mark.parametrize("text, expected", CONTEXT)
def test_context_shapes(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", ["Kulturprisen 2023 gikk til Voss.",
                                  "Butikken vart kåra til Noregs beste daglegvarebutikk 2023.",
                                  "Skolen vant European School Innovation Award 2023."])
def test_year_belongs_to_the_prize(text):
    (p,) = find_prizes(text)
    assert text[p.year[0]:p.year[1]] == "2023"


def test_genitive_names_the_awarding_body():
    text = "Kommunen fekk Fylkesmannens miljøpris."
    (p,) = find_prizes(text)
    assert text[p.owner[0]:p.owner[1]] == "Fylkesmannen"


@pytest.mark.parametrize("text, body", [
    ("Kari Li fikk kulturprisen 2025. Kulturprisen er Hamar kommunes høyeste utmerkelse innen kultur.", "Hamar kommune"),
    ("Vik songlag fekk kulturprisen. Kulturprisen er Voss herad sin gjævaste pris.", "Voss herad"),
    ("Kari Li fikk kulturprisen 2025. Prisen er Ringsaker kommunes høyeste kulturutmerkelse.", "Ringsaker kommune"),
    ("Vik songlag fekk Kulturprisen 2024. Prisen er Vik kommune sin høgaste utmerking.", "Vik kommune"),
    # an owner said as a definite noun, named in full elsewhere in the text
    ("Kari Li fikk idrettsrådets hederspris. Gran idrettsråd har 40 medlemslag.", "Gran idrettsråd"),
    ("Vik kommune fekk fylkesmannens miljøvernpris 2024. Fylkesmannen i Vestland har vurdert 12 kandidatar.",
     "Fylkesmannen i Vestland"),
    # whose choosing it is
    ("Gretes Garn AS vant magasinet Familien sin kåring av Norges beste garnbutikk i 2020.", "Familien"),
    # the owner by the fullest name the text gives it
    ("Kari Li fikk Nasjonalforeningens folkehelsepris 2024. Forslag sendes til Nasjonalforeningen for folkehelsen.",
     "Nasjonalforeningen for folkehelsen"),
])
def test_the_owner_of_a_prize_said_to_be_it_is_its_body(nlp, text, body):
    (award,) = extract(text, nlp=nlp).awards
    assert award.awarding_body.name == body


@pytest.mark.parametrize("text, name, owner", [
    ("Kulturprisen for 2024 i Sogndal kommune går til Sogndal spelemannslag.", "Kulturprisen", "Sogndal kommune"),
    ("Kulturprisen 2023 i Gran kommune ble tildelt Kari Li.", "Kulturprisen", "Gran kommune"),
])
def test_the_municipality_after_the_year_owns_the_prize(text, name, owner):
    (p,) = find_prizes(text)
    assert (text[p.start:p.end], text[p.owner[0]:p.owner[1]]) == (name, owner)


@pytest.mark.parametrize("text", [
    "Prisen ble delt ut i går.",                                   # an anaphor, not a name
    "Strømprisen steg kraftig i vinter.",                          # a price, not a prize
    "Kulturprisen er en hederspris som deles ut hvert år.",        # "en hederspris": a kind of prize
    "Årets konferanse gikk av stabelen i Lyngdal.",                # "Årets konferanse" is an event
    "Laurdag vart årets idrettsgalla arrangert i Førde.",          # so is "årets idrettsgalla"
    "Innovasjonspris640x280",                                      # an image file name
    "Det ble delt ut åtte priser.",
    "Kommunens pris for tomta er 500 000 kroner.",                 # the municipality's price
])
def test_not_prize_names(text):
    assert "Strømprisen" not in names(text) and not [n for n in names(text) if n not in ("Kulturprisen",)]


def test_mentions_of_one_prize_share_a_key():
    text = "KMDs innovasjonspris gikk til Trondheim. Gjennom Innovasjonsprisen ønsker departementet å løfte fram gode kommuner."
    assert len({p.key for p in find_prizes(text)}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Nynorsk kulturpris gjekk i år til Frode Grytten.", "Nynorsk kulturpris"),     # a capitalised modifier
    ("Vinnaren av Bergen kulturpris 2020 er klar.", "Bergen kulturpris"),
    ("Prisen kulturprisen er på 20 000 kroner.", "kulturprisen"),                   # a sentence start is not
])
def test_capitalised_word_before_a_prize(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", ["Årets næringspris\n\nNæringsprisen 2023 ble delt ut under næringslivsdagen.",
                                  "Årets kulturpris går til Vik songlag. Kulturprisen er på 20 000 kroner."])
def test_arets_and_the_prize_of_its_head_are_one_prize(text):
    assert len({p.key for p in find_prizes(text)}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Tildelte miljøprisen\n\nFormannskapet tildelte onsdag miljøprisen til Grindvoll barnehage.", "miljøprisen"),
    ("Delte ut kulturprisen\n\nOrdførar Kari Nes delte ut kulturprisen til Vik songlag.", "kulturprisen"),
])
def test_a_verb_that_starts_a_headline_is_not_part_of_the_name(nlp, text, expected):
    article = extract(text, nlp=nlp)
    assert [r.award.name for r in article.awards] == [expected]


def test_suspended_coordination_names_two_prizes():
    text = "Selje kommune ønskjer framlegg til Kultur- og idrettsprisen 2018."
    keys = {p.key for p in find_prizes(text)}
    assert keys == {"kulturpris", "idrettspris"}


@pytest.mark.parametrize("text, names_, owner", [
    ("Gran kommunes kultur- og idrettspris gikk til Ola Nordmann.",
     ["Gran kommunes kulturpris", "Gran kommunes idrettspris"], "Gran kommune"),
    ("Sparebanken Vests kultur- og frivilligpris gjekk i år til Voss sogelag.",
     ["Sparebanken Vests kulturpris", "Sparebanken Vests frivilligpris"], "Sparebanken Vest"),
])
def test_the_owner_before_a_suspended_compound_owns_both_prizes(nlp, text, names_, owner):
    awards = extract(text, nlp=nlp).awards
    assert sorted((a.award.name, a.awarding_body.name) for a in awards) == sorted((n, owner) for n in names_)


@pytest.mark.parametrize("text", ["Årets kultur- og frivilligpris går til Ola Nordmann.",
                                  "Årets kultur- og idrettspris gjekk til Kari Nes."])
def test_a_suspended_compound_after_arets_is_no_title(text):
    assert not any(p.key.startswith("årets") for p in find_prizes(text))


@pytest.mark.parametrize("text, owner", [
    ("SpareBank 1 Nord-Norges samfunnspris gikk til Tromsø kommune.", "SpareBank 1 Nord-Norge"),
    ("SpareBank 1 Østlandets kulturpris gjekk til Kari Nes.", "SpareBank 1 Østlandet"),
])
def test_a_number_and_a_hyphen_inside_the_owners_name(text, owner):
    (p,) = find_prizes(text)
    assert text[p.owner[0]:p.owner[1]] == owner


def test_a_suspended_word_before_an_owner_is_no_prize():
    # "Bonde-" is suspended before "Småbrukarlag", not before a prize's head
    text = "Norsk Bonde- og Småbrukarlag sin pris gjekk i år til Lise Myr."
    assert "bondepris" not in {p.key for p in find_prizes(text)}


@pytest.mark.parametrize("text", ["Oljeprisen steig i fjor.", "Straumprisane vart tjuedobla i vinter.",
                                  "Råoljeprisen fall kraftig.", "Konsumprisane auka med tre prosent.",
                                  "Bøndene fekk meir gjennom årets jordbruksavtale.",
                                  "Gjennomsnittsprisen for bustader gjekk opp.", "Kraftprisen til Hafslund er eit spørsmål."])
def test_prices_are_no_prizes(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Dei to fekk idrettsutmerkinga for 2020 under ein digital seremoni.", "idrettsutmerkinga"),
    ("Ho fekk Kongens fortenestemedalje for lang og tru teneste.", "Kongens fortenestemedalje"),
])
def test_honours_that_are_not_called_pris(text, expected):
    assert expected in names(text)


def test_a_typo_in_a_long_name_is_the_same_prize():
    text = ("KMDs innovasjonspris gikk til Trondheim kommune. Søk om innvasjonsprisen innen mars. "
            "Innovasjonsprisen er på 500 000 kroner.")
    assert len({p.key for p in find_prizes(text)}) == 1
    # one letter apart but short: two prizes
    assert len({p.key for p in find_prizes("Vik fekk kulturprisen og Bø kunstprisen.")}) == 2


@pytest.mark.parametrize("text, name", [
    ("Kristiansand vant pris for universell utforming\n\nKristiansand har vunnet Innovasjonsprisen for "
     "universell utforming 2022. Innovasjonsprisen deles ut hvert år.", "Innovasjonsprisen for universell utforming"),
    ("Ho fekk utmerkinga for særleg idrettsprestasjon i år.", "utmerkinga for særleg idrettsprestasjon"),
    # a weak adjective before people in the plural
    ("Emma har vunnet Sløyfeprisen for unge forskere 2024.", "Sløyfeprisen for unge forskere"),
    ("Ho fekk Talentprisen for unge kunstnarar i fjor.", "Talentprisen for unge kunstnarar"),
    # an adjective of the field before a suspended compound, and two adjectives
    ("Vinje fikk Statens pris for attraktiv by- og stedsutvikling for 2025.",
     "Statens pris for attraktiv by- og stedsutvikling"),
    ("Frøya er tildelt fylkesmannens pris for god kommunal planlegging.", "fylkesmannens pris for god kommunal planlegging"),
    ("Gran fekk Nynorskprisen for kommunal sakshandsaming.", "Nynorskprisen for kommunal sakshandsaming"),
])
def test_a_field_after_for_is_part_of_the_name_and_its_short_forms_are_one_prize(text, name):
    found = find_prizes(text)
    assert len({m.key for m in found}) == 1
    assert name in [text[m.start:m.end] for m in found]


@pytest.mark.parametrize("text", ["Vik IL fekk Kulturprisen for sitt arbeid med ungdom.",
                                  "Gran IL fikk Idrettsprisen for innsatsen i fjor.",
                                  "Stord fekk kulturprisen for godt arbeid med ungdom."])
def test_a_reason_after_for_is_not_part_of_the_name(text):
    (m,) = find_prizes(text)
    assert " for " not in text[m.start:m.end]


def test_the_fullest_name_is_the_longest_of_equal_words(nlp):
    (award,) = extract("Vik fekk kulturpris i 2023. Kulturprisen er på 20 000 kroner.", nlp=nlp).awards
    assert award.award.name == "Kulturprisen"


@pytest.mark.parametrize("text", [
    "Bremanger kommune delte ut kulturprisen, ungdomsprisen og frivilligprisen for 2022 på kulturkvelden.",
    "Gran kommune delte ut kulturprisen og idrettsprisen for 2022 i går.",
])
def test_a_year_after_coordinated_prizes_is_each_ones(text):
    assert {text[m.year[0]:m.year[1]] for m in find_prizes(text) if m.year} == {"2022"}
    assert all(m.year for m in find_prizes(text))


@pytest.mark.parametrize("text", [
    "Vik kommune delte ut Kulturprisen og Ungdomsprisen. Kulturprisen gjekk til Vik songlag, og Ungdomsprisen "
    "gjekk til Siri Li. Ordførar Kari Nes delte ut prisane.",
    "Gran kommune delte ut Kulturprisen og Ungdomsprisen. Kulturprisen gikk til Gran sangkor, og Ungdomsprisen "
    "gikk til Siri Li. Ordfører Kari Nes delte ut prisene.",
])
def test_a_plural_anaphor_hands_out_every_prize_named_before(nlp, text):
    awards = extract(text, nlp=nlp).awards
    assert len(awards) == 2 and all([p.name for p in a.presenters] == ["Kari Nes"] for a in awards)


@pytest.mark.parametrize("text, owner", [
    ("Festspillene er tildelt Norsk kulturråds ærespris for 2023.", "Norsk kulturråd"),
    ("Vik songlag fekk Norsk Tippings kulturpris i år.", "Norsk Tipping"),
])
def test_a_capitalised_modifier_before_a_genitive_is_part_of_the_owner(text, owner):
    (m,) = find_prizes(text)
    assert text[m.owner[0]:m.owner[1]] == owner


@pytest.mark.parametrize("text, owner", [
    ("Tromsø kommune er vinner av Statens vegvesens trafikksikkerhetspris 2024.", "Statens vegvesen"),
    ("Norges Bondelags kulturpris for 2023 gikk til Ola Hansen.", "Norges Bondelag"),
    ("Den norske kirkes kulturpris 2024 går til Kari Dale.", "Den norske kirke"),
    ("Det norske teatrets ærespris gjekk i år til Kari Dale.", "Det norske teatret"),
    ("KS' innovasjonspris for 2023 gikk til Bodø kommune.", "KS"),
    ("Fylkesmannen i Innlandet sin miljøpris for 2022 gikk til Ola Hansen.", "Fylkesmannen i Innlandet"),
    ("Statsforvaltaren i Vestland sin miljøpris gjekk til Vik IL.", "Statsforvaltaren i Vestland"),
])
def test_an_owner_of_several_words_owns_the_prize(text, owner):
    (m,) = find_prizes(text)
    assert text[m.owner[0]:m.owner[1]] == owner


@pytest.mark.parametrize("text", ["Statens kunstnarstipend for 2024 gjekk til Kari Dale.",
                                  "Per Hansen fikk fylkets kulturpris 2024."])
def test_a_genitive_that_names_no_organisation_owns_nothing(text):
    (m,) = find_prizes(text)
    assert m.owner is None


def test_an_abbreviation_in_brackets_after_the_owner():
    text = "Kommunal- og moderniseringsdepartementets (KMD) innovasjonspris deles ut årlig."
    (m,) = find_prizes(text)
    assert text[m.owner[0]:m.owner[1]] == "Kommunal- og moderniseringsdepartementet"


@pytest.mark.parametrize("text, keys", [
    ("I år deler Stad kommune ut ungdommens kulturpris 2020 og kulturprisen 2020.", 2),
    ("Publikums pris gikk til Vik sangkor, og juryens pris til Bø IL.", 2),
])
def test_a_genitive_of_audience_tells_sibling_prizes_apart(text, keys):
    assert len({m.key for m in find_prizes(text)}) == keys


@pytest.mark.parametrize("text", [
    "Vik kommune deler ut Kulturprisen og Idrettsprisen 2020. Dei to prisane vert delt ut på kommunestyremøtet i desember.",
    "Gran kommune deler ut Kulturprisen og Idrettsprisen 2020. Begge prisene blir delt ut på kommunestyremøtet i desember.",
])
def test_a_counted_plural_anaphor_refers_to_every_prize(nlp, text):
    awards = extract(text, nlp=nlp).awards
    assert len(awards) == 2 and all(a.event and a.event.name.name == "kommunestyremøtet" for a in awards)


@pytest.mark.parametrize("text, name", [
    ("Stord vart kåra til årets ungdomskommune i Møre og Romsdal. Årets ungdomskommune får 50 000 kroner.",
     "årets ungdomskommune i Møre og Romsdal"),
    ("Gran ble kåret til årets frivillighetskommune i Innlandet. Årets frivillighetskommune får et diplom.",
     "årets frivillighetskommune i Innlandet"),
])
def test_a_county_edition_is_named_with_its_county(text, name):
    found = find_prizes(text)
    assert name in [text[m.start:m.end] for m in found] and len({m.key for m in found}) == 1


@pytest.mark.parametrize("text", ["Anne Haugen er kåra til Årets frivillige i Vik 2023.",
                                  "Kari Li ble kåret til Årets ildsjel i Gran 2023."])
def test_a_year_after_the_prizes_place(text):
    (m,) = find_prizes(text)
    assert text[m.year[0]:m.year[1]] == "2023"


def test_a_diploma_and_money_is_the_prize(nlp):
    text = "Anne Haugen er kåra til Årets frivillige i Vik 2023. Ho får eit diplom og 10 000 kroner."
    (award,) = extract(text, nlp=nlp).awards
    assert award.amount.value == 10_000


@pytest.mark.parametrize("text, expected", [
    ("Onsdag kveld fikk Kari Nilsen Ringsakers frivillighetspris.", "Ringsakers frivillighetspris"),
    ("Fylket har tildelt Per Hansen fylkets kulturpris for 2023.", "fylkets kulturpris"),
    ("Ho fekk Aurskog-Høland kommunes næringspris.", "Aurskog-Høland kommunes næringspris"),
    ("Han fekk Fritt Ords utmerkelse.", "Fritt Ords utmerkelse"),
])
def test_a_name_before_the_owner_is_not_part_of_it(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Landbruksdirektoratet deler årlig ut Matprisen.", ["Matprisen"]),   # a capital inside the sentence
    ("Matprisen steig med fem prosent i fjor.", []),                      # a price that starts a sentence
])
def test_a_capitalised_price_word_inside_a_sentence_is_a_prize(text, expected):
    assert names(text) == expected


def test_a_participle_that_starts_a_headline_is_no_name_before_a_definite_prize():
    assert names("Tildelt næringsprisen\nRema 1000 fekk prisen.") == ["næringsprisen"]


def test_a_plural_is_the_same_prize_but_not_its_name(nlp):
    text = ("Kunstnarprisen blir delt ut i mai. I fjor gjekk kunstnarprisane til Vik songlag og Stord IL.")
    keys = {p.key for p in find_prizes(text)}
    assert keys == {"kunstnarpris"}
    names_ = {r.award.name for r in extract(text, nlp=nlp).awards}
    assert names_ == {"Kunstnarprisen"}


@pytest.mark.parametrize("text, owner", [
    ("Ho fekk Vestfold og Telemarks kulturpris i år.", "Vestfold og Telemark"),
    ("Han fekk Møre og Romsdal fylkeskommunes kulturpris.", "Møre og Romsdal fylkeskommune"),
])
def test_an_owner_whose_name_has_og(text, owner):
    (p,) = find_prizes(text)
    assert text[p.owner[0]:p.owner[1]] == owner


@pytest.mark.parametrize("text, expected", [
    ("Vinnarane av Nynorskprisen for kommunar 2024 er klare.", "Nynorskprisen for kommunar"),   # a field
    ("Gran skole fikk Miljøprisen for barn og unge i år.", "Miljøprisen for barn og unge"),
    ("Kari fekk Kulturprisen for innsatsen i koret.", "Kulturprisen"),                          # a reason
    ("Vik IL fekk Idrettsprisen for arbeid med barn.", "Idrettsprisen"),
])
def test_a_bare_noun_after_for_is_a_field_a_phrase_a_reason(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text, body", [
    # an owner with an organisation word is the body, whatever the NER says
    ("Kulturprisen til Gran musikkorps\nGran musikkorps fikk Gran kommunes kulturpris for 2023.", "Gran kommune"),
    ("Stord songlag fekk Stord kommune sin kulturpris for 2023.", "Stord kommune"),
    # an abbreviated owner is written out only by a name whose words it abbreviates
    ("NTNUs litteraturpris vert delt ut i november. Ein jury med folk frå NTNU og Norsk Forfattarsentrum "
     "vurderer kandidatane. Prisen gjekk til Kari Dale.", "NTNU"),
    ("KDDs innovasjonspris gikk til Vik kommune. Kommunal- og distriktsdepartementet deler ut prisen årlig.",
     "Kommunal- og distriktsdepartementet"),
    # the municipality as a noun owns it: the one the text names
    ("Kari Nes fikk kommunens kulturpris. Ordfører Per Berg i Gran kommune gratulerer.", "Gran kommune"),
    ("Kari Nes fekk kommunen sin kulturpris. Ordførar i Vik kommune, Per Berg, gratulerer.", "Vik kommune"),
    # "Prisen er kommunen si utmerking": the identity says whose it is
    ("Kari Nes fekk kulturprisen. Prisen er kommunen si utmerking til folk som gjer ein innsats. Vik kommune gratulerer.",
     "Vik kommune"),
    ("Kari Nes fikk kulturprisen. Prisen er kommunens høyeste utmerkelse. Gran kommune gratulerer.", "Gran kommune"),
])
def test_the_owner_in_the_prizes_name_is_its_body(nlp, text, body):
    (award,) = extract(text, nlp=nlp).awards
    assert award.awarding_body.name == body


@pytest.mark.parametrize("text, name, body", [
    ("Kven fortener kulturprisen 2025?\nUlstein kommune deler kvart år ut ein kulturpris. Alle kan kome med framlegg.",
     "kulturprisen", "Ulstein kommune"),
    ("Miljøprisen 2025\nGran kommune deler hvert år ut en miljøpris. Send inn forslag innen 1. mars.",
     "Miljøprisen", "Gran kommune"),
])
def test_an_indefinite_mention_of_a_prize_named_elsewhere_is_that_prize(nlp, text, name, body):
    (award,) = extract(text, nlp=nlp).awards
    assert (award.status, award.award.name, award.awarding_body.name) == ("announced", name, body)


@pytest.mark.parametrize("text, name, winner, body", [
    ("Hvert år deler Gran kommune ut en kulturpris. Årets mottaker er Kari Nes.", "kulturpris", "Kari Nes", "Gran kommune"),
    ("Vik kommune deler kvart år ut ein miljøpris. I år gjekk prisen til Vik skule.", "miljøpris", "Vik skule", "Vik kommune"),
    ("Ola Li fekk ein kulturpris frå Vik kommune.", "kulturpris", "Ola Li", "Vik kommune"),
    ("Vik kommune delar ut ein ungdomspris kvart år. I år fekk Ola Li prisen.", "ungdomspris", "Ola Li", "Vik kommune"),
    ("Gran kommune tildeler hvert år en idrettspris. I år fikk Gran IL prisen.", "idrettspris", "Gran IL", "Gran kommune"),
])
def test_a_kind_of_prize_given_or_won_and_named_no_other_way_is_the_prize(nlp, text, name, winner, body):
    (award,) = extract(text, nlp=nlp).awards
    assert (award.award.name, [r.name for r in award.recipients], award.awarding_body.name) == (name, [winner], body)


@pytest.mark.parametrize("text", ["Shirin Ebadi fekk Nobelprisen.", "Han fekk Nobels fredspris i 2003."])
def test_a_short_price_stem_does_not_end_a_prize(text):
    assert names(text)


@pytest.mark.parametrize("text, expected", [
    ("Kulturprisen til Ole Bull Akademiet\nVestland fylkeskommune sin kulturpris går til Ole Bull Akademiet.",
     ["Kulturprisen", "Vestland fylkeskommune sin kulturpris"]),
    ("Gratulerer Gran IL\nGran kommune sin idrettspris for 2023 gikk til Gran IL.", ["Gran kommune sin idrettspris"]),
    ("Departementets (KMD)\nInnovasjonspris gikk til Træna.", ["Departementets (KMD)\nInnovasjonspris"]),  # a wrapped line
])
def test_a_name_runs_over_a_line_break_only_after_a_genitive(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, name, winner", [
    ("Gretes Garn vann magasinet Familien sin kåring av Noregs beste garnbutikk.", "Noregs beste garnbutikk", "Gretes Garn"),
    ("Gran Bok vant Bokhandlerforeningens kåring av Norges beste bokhandel i 2023.", "Norges beste bokhandel", "Gran Bok"),
])
def test_a_choosing_of_the_best_names_its_title(nlp, text, name, winner):
    (award,) = extract(text, nlp=nlp).awards
    assert award.award.name == name and [r.name for r in award.recipients] == [winner]


@pytest.mark.parametrize("text, winner", [
    ("Hedersprisen deles ut av Norsk Kulturforum. I år gikk prisen til Per Olsen.", "Per Olsen"),
    ("Hedersprisen vart delt ut av idrettsrådet. Han gjekk til Kari Dale.", "Kari Dale"),
])
def test_hedersprisen_alone_is_a_name(nlp, text, winner):
    (award,) = extract(text, nlp=nlp).awards
    assert award.award.name == "Hedersprisen" and [r.name for r in award.recipients] == [winner]


@pytest.mark.parametrize("text, winner, body", [
    ("Frivilligprisen er Lillestrøm kommunes pris til frivillige. Frivilligprisen gikk i år til Skedsmo IL.",
     "Skedsmo IL", "Lillestrøm kommune"),
    ("Ungdomsprisen er Bergen kommune sin pris for unge. I år gjekk ungdomsprisen til Kari Dale.",
     "Kari Dale", "Bergen kommune"),
])
def test_a_prize_that_is_an_owners_prize_is_one_prize_and_the_owner_its_body(nlp, text, winner, body):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in award.recipients] == [winner] and award.awarding_body.name == body
    assert award.award.name == text.split()[0]


@pytest.mark.parametrize("text, expected", [
    ("Kari Dale er kåra til årets unge kunstnar i Vestland.", ["årets unge kunstnar i Vestland"]),
    ("Årets frivillige lag ble Vik IL.", ["Årets frivillige lag"]),
    ("Årets frivillige er Kari Li.", ["Årets frivillige"]),  # the adjective alone: "er" ends the title
    ("Hun er årets frivillige i Vik.", ["årets frivillige"]),
    ("Dette er årets store satsing.", []),
    ("Disse konkurrerer om å bli årets beste byggverk.", []),
])
def test_a_title_of_a_weak_adjective_and_its_noun(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, records", [
    ("Vik kommune er årets nynorskkommune\nVik kommune har vunne Nynorskprisen for kommunar 2023.",
     [("Nynorskprisen for kommunar", ["årets nynorskkommune"])]),
    ("Gran IL er årets idrettslag\nGran IL fikk Idrettsprisen 2024 i går.", [("Idrettsprisen", ["årets idrettslag"])]),
    # the title said in the text too is a prize of its own
    ("Årets trener og Idrettsprisen til Kari Li\nKari Li ble kåret til årets trener. Hun fikk også Idrettsprisen 2024.",
     [("Årets trener", []), ("Idrettsprisen", [])]),
])
def test_a_title_only_the_headline_gives_a_named_prizes_winner_is_that_prize(nlp, text, records):
    assert [(a.award.name, [m.text for m in a.award_aliases]) for a in extract(text, nlp=nlp).awards] == records


@pytest.mark.parametrize("text, name", [
    ("I år fekk Gran kulturprisen.", "kulturprisen"),
    ("I dag fekk Vik Kultur-Noreg-prisen.", "Kultur-Noreg-prisen"),
    ("Stord fekk Nasjonal jordvernpris.", "Nasjonal jordvernpris"),
])
def test_the_winner_before_a_prize_in_a_v2_clause_is_not_part_of_its_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Vik skule har vunne ein pris for beste skulehage i år.", "pris for beste skulehage"),
    ("Boka fekk ein pris for årets beste barnebok i fjor.", "pris for årets beste barnebok"),
    ("Gran kommune fikk en pris for universell utforming.", "pris for universell utforming"),
])
def test_a_prize_won_is_named_by_its_field_though_indefinite(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Vik barnehage fekk prisen for årets beste barnehage.", ["prisen for årets beste barnehage"]),
    ("Prisen for beste nærbutikk gikk til Vik landhandel.", ["Prisen for beste nærbutikk"]),
    # beside a prize the text names, the description is that prize said again
    ("Vik landhandel er Årets Merkur-butikk. Kari Li tok imot prisen for beste nærbutikk.", ["Årets Merkur-butikk"]),
])
def test_the_prize_for_the_best_of_a_kind_is_a_prize_where_the_text_names_none(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["Vik fikk en pris for sitt arbeid med ungdom.",
                                  "Kommunen deler ut en pris for beste skulehage."])   # won, not handed out
def test_an_indefinite_prize_with_a_reason_or_not_won_names_none(text):
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("Gran skole har vunnet den internasjonale miljøprisen Green Flag Award.", "Green Flag Award"),
    ("Bø skule har fått den europeiske miljøprisen Eco-Schools Award.", "Eco-Schools Award"),
    ("Vik kommune fekk trafikktryggleiksprisen Årets trafikktryggleikskommune.", "Årets trafikktryggleikskommune"),
])
def test_a_common_noun_before_a_prizes_proper_name_describes_it(text, name):
    mentions = find_prizes(text)
    assert len({m.key for m in mentions}) == 1 and [text[m.start:m.end] for m in mentions if not m.indefinite] == [name]


@pytest.mark.parametrize("text", [
    "Bodø vant Årets byutviklingspris\nBodø kommune er vinner av Årets byutviklingspris 2022.",
    "Stord fekk Årets næringspris\nStord kommune vart kåra til Årets næringspris 2023.",
])
def test_arets_compound_in_a_choosing_slot_keeps_its_key_and_year(text):
    mentions = find_prizes(text)
    assert len({m.key for m in mentions}) == 1 and any(m.year for m in mentions)


@pytest.mark.parametrize("text, name", [
    ("Lom kommune har oppretta ein ny kulturpris, Lomsprisen. Prisen skal delast ut første gong i 2025.", "Lomsprisen"),
    ("Gran kommune innfører en egen pris for frivillige, Ildsjelprisen. Prisen deles ut i desember.", "Ildsjelprisen"),
    ("Ny kulturpris i Lom\n\nLom kommune har oppretta ein ny kulturpris, Lomsprisen.", "Lomsprisen"),
    ("Nytt stipend i Gran\n\nGran kommune har opprettet et nytt stipend kalt Talentstipendet.", "Talentstipendet"),
])
def test_a_new_kind_of_prize_is_the_prize_its_apposition_names(text, name):
    mentions = find_prizes(text)
    assert len({m.key for m in mentions}) == 1 and [text[m.start:m.end] for m in mentions if not m.indefinite] == [name]


@pytest.mark.parametrize("text", [
    "Ny kulturpris til Lom\n\nLom kommune har oppretta ein ny kulturpris, Lomsprisen. Prisen skal delast ut første gong i 2025.",
    "Ny kulturpris til Gran\n\nGran kommune har opprettet en ny kulturpris, Granprisen. Prisen skal deles ut første gang i 2025.",
])
def test_a_new_prize_to_a_place_is_founded_there_not_won(nlp, text):
    (award,) = extract(text, nlp=nlp).awards
    assert award.status == "announced" and award.recipients == [] and award.year == 2025


@pytest.mark.parametrize("text, name", [
    ("Disse er finalister til Årets lærling 2024 i Innlandet.", "Årets lærling i Innlandet"),
    ("Desse er finalistar til Årets lærling 2024 i Vestland.", "Årets lærling i Vestland"),
])
def test_a_county_edition_named_after_its_year(nlp, text, name):
    (award,) = extract(text, nlp=nlp).awards
    assert award.award.name == name and award.year == 2024
    assert find_prizes(text)[0].key == find_prizes(f"{name} 2024 er kåra.")[0].key


@pytest.mark.parametrize("text, winner, body", [
    ("Måndag fekk Solveig Brekke Stryn kommune sin frivilligpris for 2023.", "Solveig Brekke", "Stryn kommune"),
    ("Kari Nes fekk Indre Fosen kommune sin kulturpris for 2023.", "Kari Nes", "Indre Fosen kommune"),
    ("I går fekk Ola Dal Vestland fylkeskommune sin kulturpris.", "Ola Dal", "Vestland fylkeskommune"),
    ("I går fikk Kari Nes Gran kommunes kulturpris for 2023.", "Kari Nes", "Gran kommune"),
    ("Torsdag fikk Ola Dal Innlandet fylkeskommunes kulturpris.", "Ola Dal", "Innlandet fylkeskommune"),
])
def test_the_winner_right_before_a_possessive_owner_is_no_part_of_it(nlp, text, winner, body):
    (award,) = extract(text, nlp=nlp).awards
    assert [r.name for r in award.recipients] == [winner] and award.awarding_body.name == body


@pytest.mark.parametrize("text, winners", [
    ("Under julemøtet fekk Kari Nes og Ola Dale heiderspris for mange års innsats.", ["Kari Nes", "Ola Dale"]),
    ("På årsmøtet fikk Per Li og Anne Moe hederspris for lang innsats.", ["Per Li", "Anne Moe"]),
])
def test_the_last_word_of_a_name_is_no_modifier_of_the_prize_after_it(nlp, text, winners):
    (award,) = extract(text, nlp=nlp).awards
    assert award.award.name.lower().startswith("he") and [r.name for r in award.recipients] == winners


@pytest.mark.parametrize("text, prizes", [
    ("Kari Nes er tildelt Gran kommunes kulturpris for 2023.\n\nLes også: Gran IL fikk idrettsprisen\n\nDel artikkelen",
     ["Gran kommunes kulturpris"]),
    ("Vik songlag fekk kulturprisen 2023.\n\nSjå òg: Stord IL fekk idrettsprisen\nLes meir: Slik vart budsjettet",
     ["kulturprisen"]),
])
def test_a_line_that_links_to_another_article_names_no_prize_of_this_one(nlp, text, prizes):
    assert [a.award.name for a in extract(text, nlp=nlp).awards] == prizes


@pytest.mark.parametrize("text, prizes", [
    ("Vik frivilligsentral delte fredag ut sine priser. Hovedprisen, Årets ildsjel, gikk til Per Li. "
     "Ungdomsprisen gikk til Siri Bø.", [("Årets ildsjel", ["Per Li"]), ("Ungdomsprisen", ["Siri Bø"])]),
    ("Hovudprisen – Kulturprisen 2024 – gjekk til Vik songlag.", [("Kulturprisen", ["Vik songlag"])]),
])
def test_the_rank_of_a_prize_with_its_name_in_apposition_is_that_prize(nlp, text, prizes):
    assert [(a.award.name, [r.name for r in a.recipients]) for a in extract(text, nlp=nlp).awards] == prizes


@pytest.mark.parametrize("text, prize, winner", [
    ("Stryn kommune har kåra årets eldsjelar. Årets eldsjel vart Kari Nes.", "Årets eldsjel", "Kari Nes"),
    ("Gran frivilligsentral har kåret årets ildsjeler. Årets ildsjel ble Per Li.", "Årets ildsjel", "Per Li"),
])
def test_a_title_in_the_plural_is_the_prize_of_its_singular(nlp, text, prize, winner):
    (award,) = extract(text, nlp=nlp).awards
    assert (award.award.name, [r.name for r in award.recipients]) == (prize, [winner])
