"""Build the package's municipality and county tables from the SSB/Kartverket lists.

    python scripts/build_municipality_data.py ../shared/data/kommuner src/kommunenlp/data

Reads kommuner_<year>.csv (SSB KLASS 131 versions 2017-2024) and fylker.csv, and writes
kommuner.csv (one row per number+name with the span of dates it was valid) and fylker.csv.
These are public facts (SSB: NLOD; Kartverket: CC BY 4.0); see data/SOURCE.md.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

YEARS = ("2017", "2018", "2019", "2020", "2022", "2023", "2024")


def main(src: Path, out: Path) -> None:
    spans: dict[tuple[str, str, str], list[str]] = {}
    for year in YEARS:
        with open(src / f"kommuner_{year}.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                key = (row["kommunenummer"], row["kommunenavn"], row["fylkesnummer"])
                span = spans.setdefault(key, [row["gyldig_fra"], row["gyldig_til"]])
                span[0] = min(span[0], row["gyldig_fra"])
                span[1] = "" if "" in (span[1], row["gyldig_til"]) else max(span[1], row["gyldig_til"])
    with open(out / "kommuner.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kommunenummer", "kommunenavn", "fylkesnummer", "gyldig_fra", "gyldig_til"])
        for (num, name, fylke), (fra, til) in sorted(spans.items(), key=lambda kv: (kv[0][0], kv[1][0])):
            w.writerow([num, name, fylke, fra, til])
    with open(src / "fylker.csv", encoding="utf-8", newline="") as f, \
            open(out / "fylker.csv", "w", encoding="utf-8", newline="") as o:
        w = csv.writer(o, lineterminator="\n")
        w.writerow(["fylkesnummer", "fylkesnavn", "gyldig_fra", "gyldig_til"])
        for row in csv.DictReader(f):
            w.writerow([row["fylkesnummer"], row["fylkesnavn"], row["gyldig_fra"], row["gyldig_til"]])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
