"""Sums of money the library understands, and which of them are prize money."""
import pytest

from kommunenlp import extract
from kommunenlp.lexicon import table
from kommunenlp.money import find_money, parse_money


@pytest.mark.parametrize("text, value, currency", [
    ("Prisen på 500.000 kroner ble delt ut.", 500_000, "NOK"),
    ("Vinnaren får 500 000 kr.", 500_000, "NOK"),
    ("kr 500 000,-", 500_000, "NOK"),
    ("Tilskotssum: kr. 300.000,-", 300_000, "NOK"),
    ("NOK 500,000", 500_000, "NOK"),
    ("Premien er 50 000,-", 50_000, "NOK"),
    ("Prisen er på 1,5 millioner kroner.", 1_500_000, "NOK"),
    ("Vinneren får en halv million kroner.", 500_000, "NOK"),
    ("Prispengane er ein million kroner.", 1_000_000, "NOK"),
    ("Stipendet er på ti tusen kroner.", 10_000, "NOK"),
    ("Kommunen søkte om to millioner.", 2_000_000, "NOK"),
    ("Prisen er på 10 000 euro.", 10_000, "EUR"),
    ("Prisen var 20.000 kronar.", 20_000, "NOK"),
    ("Budsjettet er 3 mrd. kroner", 3_000_000_000, "NOK"),
    ("Kulturprisen er på kroner 10.000 og eit kunstverk.", 10_000, "NOK"),
])
def test_sums(text, value, currency):
    m = parse_money(text)
    assert m is not None and (m.value, m.currency) == (value, currency)
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", ["I 2019 søkte 20 kommuner med 40 prosjekt.", "Det var to år sidan.",
                                  "Møtet er 12. mars kl. 10.00.", "Telefon 56 16 00 00"])
def test_numbers_that_are_not_money(text):
    assert list(find_money(text)) == []


@pytest.mark.parametrize("word", sorted(table("money")["currency"]))
def test_every_currency_word(word):
    text = f"Prisen er 5 000{'' if word == ',-' else ' '}{word}"
    assert parse_money(text).value == 5000


@pytest.mark.parametrize("word", sorted(table("money")["multiplier"]))
def test_every_multiplier(word):
    assert parse_money(f"Prisen er 2 {word} kroner").value == 2 * table("money")["multiplier"][word]


@pytest.mark.parametrize("word", sorted(table("money")["number_word"]))
def test_every_number_word(word):
    assert parse_money(f"Dei fekk {word} tusen kroner").value == table("money")["number_word"][word] * 1000


def test_prize_money_not_the_grant(rules_nlp):
    text = ("Haugesund kommune søkte om 2 millioner kroner til prosjektet. "
            "Haugesund kommune er tildelt Innovasjonsprisen. Prisen er på 250 000 kroner.")
    award = extract(text, nlp=rules_nlp).awards[0]
    assert award.amount.value == 250_000


def test_nynorsk_prize_money(rules_nlp):
    text = "Voss kommune fekk Kulturprisen 2022. Prispengane er ein halv million kroner."
    assert extract(text, nlp=rules_nlp).awards[0].amount.value == 500_000


@pytest.mark.parametrize("text, value", [
    ("Tre unge kunstnarar får arbeidsstipend frå Voss herad: Siri Lie, Per Ask og Mari Dale. Kvar av dei får 50 000 kroner.",
     50_000),
    ("Gran kommune deler ut to kulturstipend til Kari Li og Per Moe. Hver av dem får 20 000 kroner.", 20_000),
])
def test_money_each_winner_gets_is_the_prize(nlp, text, value):
    assert extract(text, nlp=nlp).awards[0].amount.value == value


@pytest.mark.parametrize("text, amounts", [
    ("Kulturprisen gjekk til Vik songlag. Ungdomsprisen gjekk til Ida Nes. "
     "Prisen er på 10 000 kroner, medan kulturprisen er på 20 000 kroner.",
     {"Kulturprisen": 20000, "Ungdomsprisen": 10000}),
    ("Idrettsprisen gikk til Gran IL og Kulturprisen til Kari Li. "
     "Kulturprisen er på 30 000 kroner, mens idrettsprisen er på 15 000 kroner.",
     {"Idrettsprisen": 15000, "Kulturprisen": 30000}),
])
def test_each_sum_belongs_to_the_prize_named_nearest_before_it(nlp, text, amounts):
    found = {a.award.name: a.amount.value for a in extract(text, nlp=nlp).awards if a.amount}
    assert found == amounts


def test_the_prize_said_again_as_arets_premie_is_the_named_prize(nlp):
    text = "Søk om Innovasjonsprisen 2017 innan 1. mars! Kommunane kjempar om årets premie på 500 000 kroner."
    assert [(a.award.name, a.amount.value) for a in extract(text, nlp=nlp).awards if a.amount] == \
        [("Innovasjonsprisen", 500000)]


@pytest.mark.parametrize("text, value", [
    # the sentence after the giving says what the winner gets
    ("Ungdommens kulturpris gikk til danseren Emma Fidjeland. Hun får 10 000 kroner.", 10_000),
    ("Eid skule er kåra til årets skule i Vestland. Skulen får 50 000 kroner og eit diplom.", 50_000),
    # "frå Volda kommune" is the prize's giver, and "og er på" a clause of its own
    ("Ungdomsprisen for 2024 vart tildelt Siri Vik. Prisen er frå Volda kommune og er på 20 000 kroner.", 20_000),
])
def test_prize_money_in_the_sentences_of_the_giving(nlp, text, value):
    assert [a.amount.value for a in extract(text, nlp=nlp).awards] == [value]


@pytest.mark.parametrize("text", [
    "Gran kommune fikk Innovasjonsprisen. Kommunen fikk også 2 millioner kroner i tilskudd til prosjektet.",
    "Vik kommune fekk Kulturprisen 2024. Laget får 300 000 kroner i året frå fylket.",
])
def test_a_grant_the_winner_also_gets_is_not_the_prize(nlp, text):
    assert [a.amount for a in extract(text, nlp=nlp).awards] == [None]


@pytest.mark.parametrize("text", [
    "Kulturprisen gjekk til Vik spelemannslag. Idrettsprisen fekk Per Li. Prisane er på 10 000 kroner kvar.",
    "Kulturprisen gikk til Gran musikkorps, og idrettsprisen til Per Li. Begge prisene er på 10 000 kroner.",
])
def test_a_sum_said_of_the_prizes_in_the_plural_is_each_ones(nlp, text):
    assert [a.amount.value if a.amount else None for a in extract(text, nlp=nlp).awards] == [10000, 10000]
