"""NER accuracy (strict, entity level, per label and written standard), speed, load time and size.

    python benchmarks/ner_eval.py --norne ../shared/data/norne [--model PATH]

Reads NorNE dev/test for Bokmål (nob) and Nynorsk (nno) straight from the CoNLL files (nothing
of NorNE is shipped), scores the shipped pipeline (or --model) with spaCy's scorer, and times
``nlp.pipe`` on one process over the test texts. Prints the figures; writes nothing.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.training import Example  # noqa: E402


def _converter():
    path = Path(__file__).parents[1] / "models" / "training" / "convert_norne.py"
    spec = importlib.util.spec_from_file_location("convert_norne", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def gold_docs(nlp, norne: Path, std: str, split: str):
    conv = _converter()
    return list(conv.to_docs(nlp.vocab, list(conv.read_sentences(norne / std / f"{split}.conll"))))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--norne", type=Path, default=Path(__file__).parents[2] / "shared" / "data" / "norne")
    ap.add_argument("--model", type=Path, default=None, help="spaCy pipeline folder (default: the shipped one)")
    a = ap.parse_args()
    from kommunenlp.pipeline import model_path

    path = a.model or model_path()
    start = time.perf_counter()
    nlp = spacy.load(path, exclude=["kommunenlp_sentences", "kommunenlp_awards"])
    load_s = time.perf_counter() - start
    size = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    print(f"model {path}\nload time {load_s:.2f} s, size {size / 1e6:.1f} MB")
    for split in ("dev", "test"):
        for std in ("nob", "nno"):
            golds = gold_docs(nlp, a.norne, std, split)
            texts = [g.text for g in golds]
            t0 = time.perf_counter()
            preds = list(nlp.pipe(texts, batch_size=64))
            secs = time.perf_counter() - t0
            words = sum(len(g) for g in golds)
            examples = [Example(p, g) for p, g in zip(preds, golds)]
            s = Scorer.score_spans(examples, "ents")
            labels = " ".join(f"{k}={v['f']:.3f}" for k, v in sorted(s["ents_per_type"].items()))
            print(f"{split} {std}: F1={s['ents_f']:.4f} P={s['ents_p']:.4f} R={s['ents_r']:.4f} "
                  f"({words} words, {words / secs:,.0f} words/s)\n   {labels}")


if __name__ == "__main__":
    main()
