"""Convert NorNE (NDT CoNLL with name=IOB2 tags) to spaCy DocBin files with every column.

    python models/training/convert_norne.py NORNE_DIR OUT_DIR

NORNE_DIR holds nob/ and nno/ with train/dev/test.conll. Writes OUT_DIR/{train,dev,test}.spacy
(Bokmål and Nynorsk together) and OUT_DIR/{split}-{nob,nno}.spacy for per-standard evaluation.

Each token keeps its lemma, a universal POS mapped from NDT's tag (``POS_MAP``), NDT's own tag
(``token.tag_``), NDT's features as UD-style morphology (``FEATS_MAP``), its head and NDT's
dependency label (the root's is ``ROOT``), and its NorNE name tag. Sentences are grouped in runs
of GROUP so the CNN sees context across sentence boundaries and the parser learns where
sentences end, as in a real article.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

GROUP = 10
STANDARDS = ("nob", "nno")
SPLITS = ("train", "dev", "test")

# NDT tag -> universal POS. Punctuation tags are NDT's "<komma>", "clb", ... .
POS_MAP = {
    "subst": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV", "prep": "ADP", "konj": "CCONJ",
    "sbu": "SCONJ", "pron": "PRON", "det": "DET", "inf-merke": "PART", "interj": "INTJ",
    "ukjent": "X", "symb": "SYM",
}
# Verbs UD calls auxiliaries: tense, passive and modal verbs in both written standards.
AUX_LEMMAS = {"være", "vere", "bli", "verte", "ha", "kunne", "skulle", "ville", "måtte", "burde"}
# NDT feature -> UD-style feature; values NDT leaves unmarked are simply absent.
FEATS_MAP = {
    "pres": "Tense=Pres", "pret": "Tense=Past", "inf": "VerbForm=Inf", "perf-part": "VerbForm=Part",
    "pass": "Voice=Pass", "imp": "Mood=Imp", "be": "Definite=Def", "ub": "Definite=Ind",
    "ent": "Number=Sing", "fl": "Number=Plur", "mask": "Gender=Masc", "fem": "Gender=Fem",
    "nøyt": "Gender=Neut", "gen": "Case=Gen", "nom": "Case=Nom", "akk": "Case=Acc",
    "komp": "Degree=Cmp", "sup": "Degree=Sup", "pos": "Degree=Pos", "poss": "Poss=Yes",
    "dem": "PronType=Dem", "pers": "PronType=Prs", "refl": "Reflex=Yes", "kvant": "NumType=Card",
    "<ordenstall>": "NumType=Ord", "samset": "Compound=Yes", "fork": "Abbr=Yes",
    "1": "Person=1", "2": "Person=2", "3": "Person=3",
}


@dataclass
class Sentence:
    words: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based within the sentence; root -> itself
    deps: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def universal_pos(tag: str, feats: set[str], lemma: str) -> str:
    if tag == "subst":
        return "PROPN" if "prop" in feats else "NOUN"
    if tag == "verb" and lemma in AUX_LEMMAS:
        return "AUX"
    if tag == "det" and "kvant" in feats:
        return "NUM"
    return POS_MAP.get(tag, "PUNCT")


def morphology(feats: set[str]) -> str:
    pairs: dict[str, list[str]] = {}
    for f in feats:
        if f in FEATS_MAP:
            key, value = FEATS_MAP[f].split("=")
            pairs.setdefault(key, []).append(value)
    return "|".join(f"{k}={','.join(sorted(v))}" for k, v in sorted(pairs.items()))


def read_sentences(path: Path) -> Iterator[Sentence]:
    s = Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 10:
            if s.words:
                yield s
            s = Sentence()
            continue
        i, form, lemma, tag, _, feats_col, head, dep = cols[:8]
        feats = set(feats_col.split("|")) - {"_"}
        # NDT writes punctuation lemmas as "$," ; the lemma of a mark is the mark.
        lemma = form if lemma.startswith("$") and not form.startswith("$") else lemma
        s.words.append(form)
        s.lemmas.append(lemma)
        s.tags.append(tag)
        s.pos.append(universal_pos(tag, feats, lemma))
        s.morphs.append(morphology(feats))
        s.heads.append(int(head) - 1 if head != "0" else int(i) - 1)
        s.deps.append("ROOT" if head == "0" else dep)
        s.names.append(cols[9].removeprefix("name="))
    if s.words:
        yield s


def to_docs(vocab, sentences: list[Sentence]) -> Iterator[Doc]:
    for i in range(0, len(sentences), GROUP):
        chunk = sentences[i:i + GROUP]
        offsets = [sum(len(s.words) for s in chunk[:k]) for k in range(len(chunk))]
        doc = Doc(
            vocab,
            words=[w for s in chunk for w in s.words],
            lemmas=[x for s in chunk for x in s.lemmas],
            tags=[x for s in chunk for x in s.tags],
            pos=[x for s in chunk for x in s.pos],
            morphs=[x for s in chunk for x in s.morphs],
            heads=[h + off for s, off in zip(chunk, offsets) for h in s.heads],
            deps=[x for s in chunk for x in s.deps],
        )
        doc.ents = biluo_tags_to_spans(doc, [t for s in chunk for t in iob_to_biluo(s.names)])
        yield doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("norne", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nb")
    for split in SPLITS:
        merged = DocBin(store_user_data=False)
        for std in STANDARDS:
            docs = list(to_docs(nlp.vocab, list(read_sentences(a.norne / std / f"{split}.conll"))))
            DocBin(docs=docs).to_disk(a.out / f"{split}-{std}.spacy")
            for d in docs:
                merged.add(d)
            print(f"{split}-{std}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")
        merged.to_disk(a.out / f"{split}.spacy")


if __name__ == "__main__":
    main()
