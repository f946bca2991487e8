"""Records on text that is not about awards: how many a stretch of raw Norwegian yields. Prints figures.

    python benchmarks/false_records.py [--rawtext ../shared/data/rawtext] [--file storting_nn.txt.gz] [--n 1500]

Takes paragraphs (8 lines) of the raw Storting/Lovdata text that contain a prize word ("pris",
"stipend", "Årets": mostly prices and budgets, almost never award events), runs the shipped
pipeline on them and prints how many records come out, by status and by the shape of the prize
name, with a few examples of each. Every record here is a candidate false positive; read them.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import regex

from kommunenlp import extract_many, load

PRIZE_WORD = regex.compile(r"pris|stipend|Årets", regex.V1)


def paragraphs(path: Path, lines: int = 8) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        buf: list[str] = []
        for line in f:
            buf.append(line)
            if len(buf) == lines:
                text, buf = "".join(buf), []
                if PRIZE_WORD.search(text):
                    yield text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rawtext", type=Path, default=Path(__file__).parents[2] / "shared" / "data" / "rawtext")
    ap.add_argument("--file", default="storting_nn.txt.gz")
    ap.add_argument("--n", type=int, default=1500)
    a = ap.parse_args()
    items = list(itertools.islice(paragraphs(a.rawtext / a.file), a.n))
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    start = time.perf_counter()
    for article in extract_many(items, nlp=load()):
        for r in article.awards:
            key = (r.status, r.award.rule)
            counts[key] += 1
            examples.setdefault(key, []).append(r.award.name)
    secs = time.perf_counter() - start
    print(f"{len(items)} paragraphs with a prize word ({a.file}), {sum(counts.values())} records, {secs:.1f} s")
    for key, n in counts.most_common():
        print(f"  {n:4} {key[0]:10} {key[1]:22} e.g. {examples[key][:4]}")


if __name__ == "__main__":
    main()
