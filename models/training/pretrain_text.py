"""Write raw Norwegian paragraphs as JSONL for ``spacy pretrain`` of the NER's tok2vec.

    python models/training/pretrain_text.py RAWTEXT_DIR build/raw/pretrain.jsonl [--words 8000000]

Takes every source of ``RAWTEXT_DIR`` in turn, a paragraph at a time (so a sample mixes Bokmål and
Nynorsk, debates and laws, in about the proportions of ``--nn-share``), keeps paragraphs of 5-300
words and shuffles them. The text is training material only and is never shipped.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

NYNORSK = ("storting_nn.txt.gz", "lovdata_nn.txt.gz")
BOKMAAL = ("storting_nb_2011-2016.txt.gz", "storting_nb_2005-2010.txt.gz",
           "storting_nb_1998-2004.txt.gz", "lovdata_nb.txt.gz")


def paragraphs(folder: Path, names: tuple[str, ...], max_words: int) -> list[str]:
    """Round-robin over the files until ``max_words``, paragraphs of 5-300 words only."""
    files = [gzip.open(folder / n, "rt", encoding="utf-8") for n in names]
    out: list[str] = []
    words = 0
    while files and words < max_words:
        for f in list(files):
            line = f.readline()
            if not line:
                files.remove(f)
                continue
            n = line.count(" ") + 1
            if 5 <= n <= 300:
                out.append(line.strip())
                words += n
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rawtext", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=8_000_000)
    ap.add_argument("--nn-share", type=float, default=0.35,
                    help="share of Nynorsk words (NorNE is about half Nynorsk; the raw text 11%%)")
    a = ap.parse_args()
    nn = int(a.words * a.nn_share)
    paras = paragraphs(a.rawtext, NYNORSK, nn) + paragraphs(a.rawtext, BOKMAAL, a.words - nn)
    random.Random(0).shuffle(paras)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as f:
        for p in paras:
            f.write(json.dumps({"text": p}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
