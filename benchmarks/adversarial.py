"""Seconds per 100 K characters of `kommunenlp.extract` on adversarial shapes of text.

    python benchmarks/adversarial.py [--sizes 100000 200000] [--no-model] [--budget SECONDS]

Each shape is built here (no real article text): runs of punctuation or brackets without
spaces, "2. " repeated (a numbered list with no end), one very long line of ordinary article
prose, prize words everywhere, digits. A linear cost shows as the same seconds per 100 K at every
size. Every shape opens with a prize sentence, so that it passes the gate and meets the whole
pipeline. An article that runs past the budget becomes an ExtractionTimeout, reported as "timeout".
"""
from __future__ import annotations

import argparse
import time

import kommunenlp

PROSE = ("Vik songlag fekk kulturprisen for 2024 av ordførar Kari Nesheim under kommunestyremøtet. "
         "Prisen på 25 000 kroner vart delt ut i Vik. Leiar Ola Brekke tok imot prisen. ")
OPENING = "Vik songlag fekk kulturprisen.\n"
SHAPES = {
    "quotes, no spaces": lambda n: "«»\"'" * (n // 4),
    "open brackets": lambda n: "(" * n,
    "'2. ' repeated": lambda n: "2. " * (n // 3),
    "prose, one line": lambda n: (PROSE * (n // len(PROSE) + 1))[:n],
    "prose, a line per sentence": lambda n: (PROSE.replace(". ", ".\n") * (n // len(PROSE) + 1))[:n],
    "prize words, one line": lambda n: ("Kulturprisen Miljøprisen Årets ildsjel " * (n // 39 + 1))[:n],
    "digits and dots": lambda n: ("12.03.2024 500.000,- " * (n // 21 + 1))[:n],
    "one word": lambda n: "a" * n,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 400_000])
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--budget", type=float, default=None, help="seconds per article (default: the library's)")
    a = ap.parse_args()
    nlp = kommunenlp.load(None if a.no_model else "default")
    if a.budget is not None:
        nlp.get_pipe("kommunenlp_awards").budget = a.budget
    print(f"{'shape':28}" + "".join(f"{n:>14,}" for n in a.sizes) + "   (seconds per 100 K characters)")
    for name, make in SHAPES.items():
        cells = []
        for n in a.sizes:
            text = (OPENING + make(n))[:n]
            t0 = time.perf_counter()
            try:
                kommunenlp.extract(text, nlp=nlp)
                cells.append(f"{(time.perf_counter() - t0) * 100_000 / n:14.3f}")
            except kommunenlp.ExtractionTimeout:
                cells.append(f"{'timeout':>14}")
        print(f"{name:28}" + "".join(cells), flush=True)


if __name__ == "__main__":
    main()
