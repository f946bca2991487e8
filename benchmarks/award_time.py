"""The award reading's own time (the ``kommunenlp_awards`` component, statistical pipes excluded),
this checkout against an earlier revision, in one run. Prints figures.

    python benchmarks/award_time.py [--gold ../shared/eval/dev.jsonl] [--against 8b6a34c] [--model PATH]

For each version: load its pipeline (this checkout: the shipped model; the earlier revision: the
model committed with it), run every statistical pipe over the texts once, then time the award
component alone on the finished Docs. Texts: the gold set's articles that report an award (real,
award-dense), and, for the cost's growth with length, those articles joined to 100 K and 500 K
characters. The earlier revision is checked out with ``git worktree`` into a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]


def worker(model: str, texts_path: str) -> None:
    import spacy

    from kommunenlp.pipeline import add_components

    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    nlp = add_components(spacy.load(model))
    awards = nlp.get_pipe("kommunenlp_awards")
    for doc in nlp.pipe(texts["award articles"][:20], disable=["kommunenlp_awards"]):
        awards(doc)  # compile the patterns and warm dateparser before anything is timed
    out = {}
    for name, group in texts.items():
        docs = list(nlp.pipe(group, disable=["kommunenlp_awards"]))
        start = time.perf_counter()
        for doc in docs:
            awards(doc)
        secs = time.perf_counter() - start
        out[name] = {"docs": len(docs), "chars": sum(len(t) for t in group), "seconds": secs}
    print(json.dumps({"pipes": nlp.pipe_names, "groups": out}))


def run(src: Path, model: Path, texts_path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, __file__, "--worker", str(model), str(texts_path)], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    ap.add_argument("--against", default="8b6a34c", help="the earlier revision (default: v0.1)")
    ap.add_argument("--model", type=Path, default=None, help="pipeline for this checkout (default: the shipped one)")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(*a.worker)
        return
    gold = [json.loads(line) for line in a.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    dense = [g["text"] for g in gold if g["awards"]]
    joined = "\n\n".join(dense)
    texts = {"award articles": dense,
             "100K": [(joined * 10)[:100_000]], "500K": [(joined * 40)[:500_000]]}
    from kommunenlp.pipeline import model_path

    with tempfile.TemporaryDirectory() as tmp:
        texts_path = Path(tmp) / "texts.json"
        texts_path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        tree = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), a.against],
                       check=True, capture_output=True)
        try:
            old = run(tree / "src", tree / "models" / "nb_kommunenlp", texts_path)
            new = run(ROOT / "src", a.model or model_path(), texts_path)  # type: ignore[arg-type]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    print(f"old {a.against}: {old['pipes']}\nnew (this checkout): {new['pipes']}")
    for name in texts:
        o, n = old["groups"][name], new["groups"][name]
        per = "per article" if name == "award articles" else "per 100 K characters"
        scale = (lambda g: g["seconds"] / g["docs"] * 1000) if name == "award articles" else \
            (lambda g: g["seconds"] / g["chars"] * 100_000 * 1000)
        print(f"{name:15} ({n['docs']} texts, {n['chars']:,} chars): old {scale(o):8.1f} ms, new {scale(n):8.1f} ms "
              f"{per}; new/old {n['seconds'] / o['seconds']:.2f}")


if __name__ == "__main__":
    main()
