"""Accuracy of the shipped pipeline on NorNE/NDT, per written standard and split, with speed, load
time and size: NER (strict entity F1, per label), UPOS, features, lemma, UAS and LAS (punctuation
excluded, as treebank papers count it), sentence F1.

    python benchmarks/model_eval.py --norne ../shared/data/norne [--model PATH] [--splits dev test]

Reads the CoNLL files straight from NORNE (nothing of NorNE is shipped). The parse is scored on
gold tokens with spaCy's Example alignment; punctuation tokens (NDT's clb/<komma>/... tags, UPOS
PUNCT in the converted data) are left out of UAS/LAS. Speed is ``nlp.pipe`` on one process, one
thread, over the split's texts. Prints the figures; writes nothing.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402


def _converter():
    path = Path(__file__).parents[1] / "models" / "training" / "convert_norne.py"
    spec = importlib.util.spec_from_file_location("convert_norne", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = mod  # type: ignore[union-attr]  # its dataclasses look themselves up there
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def gold_docs(nlp, norne: Path, std: str, split: str) -> list[Doc]:
    conv = _converter()
    return list(conv.to_docs(nlp.vocab, list(conv.read_sentences(norne / std / f"{split}.conll"))))


def attachment(preds: list[Doc], golds: list[Doc]) -> tuple[float, float, int]:
    """UAS and LAS over non-punctuation tokens; predictions are on the gold tokens."""
    total = heads = labelled = 0
    for p, g in zip(preds, golds):
        for tp, tg in zip(p, g):
            if tg.pos_ == "PUNCT":
                continue
            total += 1
            if tp.head.i == tg.head.i:
                heads += 1
                labelled += tp.dep_ == tg.dep_
    return heads / total, labelled / total, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--norne", type=Path, default=Path(__file__).parents[2] / "shared" / "data" / "norne")
    ap.add_argument("--model", type=Path, default=None, help="spaCy pipeline folder (default: the shipped one)")
    ap.add_argument("--splits", nargs="+", default=["dev", "test"])
    a = ap.parse_args()
    from kommunenlp.pipeline import model_path

    path = a.model or model_path()
    start = time.perf_counter()
    nlp = spacy.load(path, exclude=["kommunenlp_sentences", "kommunenlp_awards"])
    load_s = time.perf_counter() - start
    size = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    print(f"model {path} {nlp.pipe_names}\nload time {load_s:.2f} s, size {size / 1e6:.1f} MB")
    for split in a.splits:
        for std in ("nob", "nno"):
            golds = gold_docs(nlp, a.norne, std, split)
            words = sum(len(g) for g in golds)
            t0 = time.perf_counter()
            raw = list(nlp.pipe((g.text for g in golds), batch_size=64))
            secs = time.perf_counter() - t0
            ents = Scorer.score_spans([Example(p, g) for p, g in zip(raw, golds)], "ents")
            # Tags, lemmas and the parse on gold tokens (NorNE's tokenisation), so every token counts.
            on_gold = list(nlp.pipe(Doc(nlp.vocab, words=[t.text for t in g]) for g in golds))
            examples = [Example(p, g) for p, g in zip(on_gold, golds)]
            scores = {}
            if nlp.has_pipe("morphologizer"):
                scores["UPOS"] = Scorer.score_token_attr(examples, "pos")["pos_acc"]
                scores["feats"] = Scorer.score_token_attr(examples, "morph")["morph_acc"]
            if nlp.has_pipe("trainable_lemmatizer"):
                scores["lemma"] = Scorer.score_token_attr(examples, "lemma")["lemma_acc"]
            if nlp.has_pipe("parser"):
                scores["UAS"], scores["LAS"], _ = attachment(on_gold, golds)
                scores["sents_f"] = Scorer.score_spans([Example(p, g) for p, g in zip(raw, golds)], "sents")["sents_f"]
            figures = " ".join(f"{k}={v:.4f}" for k, v in scores.items())
            labels = " ".join(f"{k}={v['f']:.3f}" for k, v in sorted(ents["ents_per_type"].items()))
            print(f"{split} {std}: NER F1={ents['ents_f']:.4f} P={ents['ents_p']:.4f} R={ents['ents_r']:.4f} {figures} "
                  f"({words} words, {words / secs:,.0f} words/s)\n   {labels}")


if __name__ == "__main__":
    main()
