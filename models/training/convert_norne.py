"""Convert NorNE (NDT CoNLL with name=IOB2 tags) to spaCy DocBin files.

    python models/training/convert_norne.py NORNE_DIR OUT_DIR

NORNE_DIR holds nob/ and nno/ with train/dev/test.conll. Writes
OUT_DIR/{train,dev}.spacy (Bokmål and Nynorsk together) and
OUT_DIR/{split}-{nob,nno}.spacy for per-standard evaluation. Sentences are
grouped in runs of GROUP so the CNN sees some context across sentence
boundaries, as it does in a real article.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

GROUP = 10
STANDARDS = ("nob", "nno")
SPLITS = ("train", "dev", "test")


def read_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 10:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        words.append(cols[1])
        tags.append(cols[9].removeprefix("name="))
    if words:
        yield words, tags


def to_docs(vocab, sentences: list[tuple[list[str], list[str]]]) -> Iterator[Doc]:
    for i in range(0, len(sentences), GROUP):
        chunk = sentences[i:i + GROUP]
        words = [w for ws, _ in chunk for w in ws]
        tags = [t for _, ts in chunk for t in iob_to_biluo(ts)]
        starts = {sum(len(ws) for ws, _ in chunk[:k]) for k in range(len(chunk))}
        doc = Doc(vocab, words=words, sent_starts=[j in starts for j in range(len(words))])
        doc.ents = biluo_tags_to_spans(doc, tags)
        yield doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("norne", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nb")
    for split in SPLITS:
        merged = DocBin()
        for std in STANDARDS:
            docs = list(to_docs(nlp.vocab, list(read_sentences(a.norne / std / f"{split}.conll"))))
            DocBin(docs=docs).to_disk(a.out / f"{split}-{std}.spacy")
            for d in docs:
                merged.add(d)
            print(f"{split}-{std}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")
        merged.to_disk(a.out / f"{split}.spacy")


if __name__ == "__main__":
    main()
