"""A synthetic dump of Norwegian municipal articles, for batch benchmarks.

    python benchmarks/synth.py N OUT.jsonl [--award-share 0.05] [--norne ../shared/data/norne]

Articles are built from templates written for this project (Bokmål and Nynorsk), with real
municipality names from the package data and invented people. A share of them report an award;
the rest are ordinary municipal news. With --norne, each article also gets a few NorNE sentences
as filler (read at benchmark time, never shipped).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
from importlib.resources import files
from pathlib import Path

FIRST = ["Kari", "Ola", "Ingrid", "Per", "Sigrid", "Lars", "Marit", "Nils", "Astrid", "Jon", "Eli", "Knut"]
LAST = ["Nesheim", "Brekke", "Haugen", "Solberg", "Lie", "Dahl", "Berg", "Moe", "Aasen", "Vik", "Strand"]
PRIZES = ["Kulturprisen", "Miljøprisen", "Innovasjonsprisen", "Ildsjelprisen", "Næringsprisen",
          "Frivilligprisen", "Byggeskikkprisen", "Folkehelseprisen"]
TITLES = ["ordfører", "varaordfører", "statssekretær", "kommunedirektør", "kultursjef"]

AWARD = [
    "{muni} kommunes {prize_l} {year}\n\nPublisert {day}.{month:02d}.{year}\n\n{winner} er tildelt {muni} "
    "kommunes {prize_l} for {year}. Prisen på {amount} kroner ble delt ut av {title} {p1} under "
    "kommunestyremøtet {day}. {month_name}.\n\n{p2} tok imot prisen på vegne av {winner}.\n\n"
    "De andre kandidatene var {other1} og {other2}.",
    "{prize} til {winner}\n\n{winner} vart tildelt {prize} {year}. Prisen vart delt ut av {title} {p1} "
    "på Kulturhuset i {muni}. Prispengane er {amount} kroner.\n\nDei andre nominerte var {other1} og {other2}.",
]
PLAIN = [
    "Kommunestyret i {muni} vedtok budsjettet\n\nPublisert {day}.{month:02d}.{year}\n\nKommunestyret i {muni} "
    "vedtok tirsdag budsjettet for {next}. Kommunen søkte om {amount} kroner i skjønnsmidler. Rådmann {p1} "
    "sier at driftsbudsjettet er stramt, men at skolene skjermes. Opposisjonen ville bruke mer på eldreomsorg.",
    "Ny gang- og sykkelveg i {muni}\n\nStatens vegvesen startar arbeidet med ein ny gang- og sykkelveg langs "
    "fylkesvegen i {muni} i {month_name}. Prosjektet kostar {amount} kroner og skal vere ferdig i {next}. "
    "Prosjektleiar {p1} seier at trafikken vil gå som normalt i anleggsperioden.",
    "Vannlekkasje i sentrum\n\nEn vannlekkasje i sentrum av {muni} førte til at flere husstander var uten vann "
    "natt til {weekday}. Driftsleder {p1} opplyser at lekkasjen er tettet. Kommunen ber innbyggerne koke "
    "vannet til beskjed er gitt.",
]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


def municipalities() -> list[str]:
    text = files("kommunenlp").joinpath("data").joinpath("kommuner.csv").read_text(encoding="utf-8")
    return sorted({r["kommunenavn"].split(" - ")[0] for r in csv.DictReader(text.splitlines())
                   if r["gyldig_til"] == "" and "(" not in r["kommunenavn"]})


def norne_sentences(folder: Path) -> list[str]:
    out, words = [], []
    for line in (folder / "nob" / "train.conll").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 10:
            if words:
                out.append(" ".join(words))
            words = []
        else:
            words.append(cols[1])
    return out


def article(rng: random.Random, award: bool, munis: list[str], filler: list[str]) -> str:
    person = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # noqa: E731
    prize = rng.choice(PRIZES)
    month = rng.randint(1, 12)
    slots = {"muni": rng.choice(munis), "prize": prize, "prize_l": prize.lower().removesuffix("en"),
             "year": rng.randint(2015, 2024), "next": rng.randint(2016, 2025), "day": rng.randint(1, 28),
             "month": month, "month_name": MONTHS[month - 1], "amount": f"{rng.randint(1, 50) * 10_000:,}".replace(",", " "),
             "title": rng.choice(TITLES), "p1": person(), "p2": person(), "weekday": "tirsdag",
             "winner": f"{rng.choice(munis)} {rng.choice(['songlag', 'idrettslag', 'skole', 'musikkorps'])}",
             "other1": f"{rng.choice(munis)} sogelag", "other2": f"{rng.choice(munis)} barnehage"}
    text = rng.choice(AWARD if award else PLAIN).format(**slots)
    if filler:
        text += "\n\n" + " ".join(rng.sample(filler, 4))
    return text


def generate(n: int, award_share: float, seed: int = 0, norne: Path | None = None):
    rng = random.Random(seed)
    munis = municipalities()
    filler = norne_sentences(norne) if norne else []
    for i in range(n):
        award = rng.random() < award_share
        yield {"id": f"syn{i}", "award": award, "text": article(rng, award, munis, filler)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--award-share", type=float, default=0.05)
    ap.add_argument("--norne", type=Path)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in generate(a.n, a.award_share, norne=a.norne):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
