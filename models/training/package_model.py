"""Copy a trained spaCy pipeline into the package as models/nb_kommunenlp, with its metadata and
without the training vocabulary.

    python models/training/package_model.py build/pipeline/model-best models/nb_kommunenlp \
        [--ner-from OTHER_PIPELINE]

``--ner-from`` replaces the pipeline's NER with the one of another pipeline (trained on the same
vectors), which then gets its own copy of that pipeline's tok2vec.

The string store would list every word form of the training texts (NorNE's text, which is not to
be redistributed); the components work on hashes and keep their labels in their own files, so
the store ships only what they look up at run time: the substrings in the lemmatizer's edit
trees and the labels. ``check`` loads the result and compares it with the source, token by token.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy
import srsly

META = {
    "lang": "nb",
    "name": "kommunenlp",
    "version": "0.2.0",
    "description": "Norwegian (Bokmål + Nynorsk) pipeline for kommunenlp, trained on NorNE/NDT: "
                   "morphologizer (UPOS + features), trainable lemmatizer, dependency parser (NDT labels), "
                   "NER (9 NorNE labels); tok2vec CNN with floret subword vectors trained on Storting "
                   "debates and laws.",
    "license": "Annotations CC0 (NorNE/NDT); vectors trained on NLOD text; model weights MIT",
    "sources": [
        {"name": "NorNE", "url": "https://github.com/ltgoslo/norne", "license": "CC0 (annotations)"},
        {"name": "Talk of Norway (Storting debates) and Lovdata laws, raw text for floret vectors",
         "license": "NLOD"},
    ],
}
SAMPLE = ["Trondheim kommune er tildelt KMDs innovasjonspris for 2019 av statssekretær Aase Marthe Horrigmo.",
          "I år fekk Vik songlag kulturprisen, og ordføraren delte ut blomar til dei nominerte i Sogndal.",
          "Prisen vart overrekt under konferansen Fremtidens kommuner i Arendal onsdag 12. juni."]


def assemble(src: Path, ner_from: Path | None, out: Path) -> None:
    nlp = spacy.load(src)
    if ner_from:
        other = spacy.load(ner_from)
        other.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=other, name="ner")
    nlp.to_disk(out)


def needed_strings(path: Path) -> list[str]:
    strings = json.loads((path / "vocab" / "strings.json").read_text(encoding="utf-8"))
    by_hash = {spacy.strings.get_string_id(s): s for s in strings}  # type: ignore[attr-defined]
    keep: set[str] = set()
    trees = path / "trainable_lemmatizer" / "trees"
    if trees.exists():
        for node in srsly.read_msgpack(trees)["trees"]:
            keep.update(by_hash[h] for k in ("orig", "subst") if (h := node.get(k)) in by_hash)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    for labels in meta.get("labels", {}).values():
        keep.update(labels)
    return sorted(keep)


def check(src: Path, dst: Path) -> None:
    a, b = spacy.load(src), spacy.load(dst)
    for x, y in zip(a.pipe(SAMPLE), b.pipe(SAMPLE)):
        for s, t in zip(x, y):
            want = (s.pos_, str(s.morph), s.lemma_, s.dep_, s.head.i, s.ent_type_, s.ent_iob_)
            got = (t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_)
            assert want == got, (s.text, want, got)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--ner-from", type=Path, default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full"
        assemble(a.src, a.ner_from, full)
        if a.dst.exists():
            shutil.rmtree(a.dst)
        shutil.copytree(full, a.dst)
        (a.dst / "vocab" / "strings.json").write_text(json.dumps(needed_strings(full), ensure_ascii=False),
                                                      encoding="utf-8")
        meta = json.loads((a.dst / "meta.json").read_text(encoding="utf-8"))
        meta.update(META)
        (a.dst / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        check(full, a.dst)
    size = sum(f.stat().st_size for f in a.dst.rglob("*") if f.is_file())
    print(f"{a.dst}: {spacy.load(a.dst).pipe_names}, {size / 1e6:.1f} MB; same analyses as before the string store was reduced")


if __name__ == "__main__":
    main()
