"""How often a local organisation's name gets its role, over names the shared articles never had.

    python benchmarks/org_roles.py [--places 6]

Municipal news names its winners and givers as a place and an organisation word ("Vik songlag",
"Gran frivilligsentral"). The tagger and parser were trained on the treebank, where most such
compounds are rare, and read some of them as verbs or adjectives ("Vik frivilligsentral kåret …"
with "frivilligsentral" as the root), which costs the clause its subject. This benchmark crosses
sentence frames of this project's own (Bokmål and Nynorsk, one role each) with real place names
and organisation words, extracts each sentence, and prints the share of sentences whose record
gives the organisation the frame's role, per frame and in all. It prints figures; it asserts nothing.
"""
from __future__ import annotations

import argparse
from collections import Counter

from kommunenlp import extract, load

PLACES = ["Vik", "Gran", "Stryn", "Lunner", "Hamar", "Selje", "Tynset", "Bø"]
ORG_WORDS = ["frivilligsentral", "pensjonistforening", "ungdomslag", "songlag", "mannskor", "sanitetslag",
             "bondelag", "idrettslag", "skulemusikk", "kulturråd", "næringsforum", "turlag", "historielag",
             "husflidslag", "sparebank", "musikkorps"]
# (frame, the field the organisation should fill)
FRAMES = [
    ("{org} delte ut kulturprisen til Kari Nes.", "awarding_body"),
    ("I går delte {org} ut kulturprisen for 2024 til Kari Nes.", "awarding_body"),
    ("{org} har kåra Kari Nes til årets eldsjel.", "awarding_body"),
    ("{org} kåret i går Kari Nes til årets ildsjel.", "awarding_body"),
    ("{org} fekk kulturprisen for 2024.", "recipients"),
    ("Kulturprisen for 2024 gikk til {org}.", "recipients"),
    ("I år fikk {org} Hamar kommunes kulturpris.", "recipients"),
    ("{org} er tildelt Stryn kommune sin kulturpris for 2024.", "recipients"),
]


def names_in(record, field: str) -> list[str]:  # type: ignore[no-untyped-def]
    value = getattr(record, field)
    return [v.name for v in (value if isinstance(value, list) else [value] if value else [])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--places", type=int, default=6, help="how many of the place names to cross")
    ap.add_argument("--show", action="store_true", help="print each sentence whose organisation missed its role")
    a = ap.parse_args()
    nlp = load()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for frame, field in FRAMES:
        for place in PLACES[:a.places]:
            for word in ORG_WORDS:
                org = f"{place} {word}"
                found = [n for rec in extract(frame.format(org=org), nlp=nlp).awards for n in names_in(rec, field)]
                total[frame] += 1
                right[frame] += org in found
                if a.show and org not in found:
                    print("missed:", frame.format(org=org), found)
    for frame, field in FRAMES:
        print(f"{right[frame] / total[frame]:6.1%}  {field:14s} {frame}")
    print(f"{sum(right.values()) / sum(total.values()):6.1%}  all {sum(total.values())} sentences")


if __name__ == "__main__":
    main()
