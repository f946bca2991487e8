"""Train floret subword vectors on raw Norwegian text for the NER tok2vec.

    python models/training/train_vectors.py RAWTEXT_DIR OUT_DIR [--words 25000000]

Reads the gzipped one-paragraph-per-line files (Bokmål and Nynorsk), splits
punctuation off words the way spaCy's tokenizer would, shuffles paragraphs
(the sources are in date order), trains floret CBOW vectors and writes
OUT_DIR/vectors.floret for `spacy init vectors --mode floret`.
The raw text is training material only and is never shipped.
"""
from __future__ import annotations

import argparse
import gzip
import random
import re
from pathlib import Path

import floret

# Nynorsk is ~11% of the raw text; take all of it and fill up with Bokmål.
SOURCES = ("storting_nn.txt.gz", "lovdata_nn.txt.gz", "storting_nb_2011-2016.txt.gz",
           "storting_nb_2005-2010.txt.gz", "lovdata_nb.txt.gz", "storting_nb_1998-2004.txt.gz")
PUNCT = re.compile(r"([^\w\s])")


def read_paragraphs(folder: Path, max_words: int) -> list[str]:
    out: list[str] = []
    words = 0
    for name in SOURCES:
        with gzip.open(folder / name, "rt", encoding="utf-8") as f:
            for line in f:
                line = PUNCT.sub(r" \1 ", line.strip())
                out.append(line)
                words += line.count(" ") + 1
                if words >= max_words:
                    return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rawtext", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=25_000_000)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--bucket", type=int, default=50_000)
    ap.add_argument("--epoch", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    paras = read_paragraphs(a.rawtext, a.words)
    random.Random(0).shuffle(paras)
    corpus = a.out / "corpus.txt"
    corpus.write_text("\n".join(paras), encoding="utf-8")
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=a.bucket,
        minn=4, maxn=5, dim=a.dim, epoch=a.epoch, minCount=10, thread=a.threads)
    model.save_floret_vectors(str(a.out / "vectors.floret"))
    corpus.unlink()


if __name__ == "__main__":
    main()
