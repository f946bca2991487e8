"""Batch throughput and memory of kommunenlp against the bare spaCy pipeline. Prints figures.

    python benchmarks/batch_bench.py [--dense 400] [--mix 4000] [--rss 1000 50000] [--norne DIR]

1. award-dense articles: bare ``nlp.pipe`` of the shipped pipeline vs ``kommunenlp.extract_many``
   (extraction overhead = time ratio - 1), and with the statistical pipes scoped to the award
   regions (``load(scope=True)``);
2. a dump where 5% of articles report awards: ``extract_many`` (prize gate on) vs the full
   pipeline on every article (gate off); the records of the award articles must be identical;
3. ``extract_many`` with ``n_process=2`` vs 1 on the award-dense set;
4. peak RSS of ``kommunenlp extract`` (CLI, one process) on N1 vs N2 articles of the 5% mix.
Run it on an otherwise idle machine: the figures are only comparable within one run.
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

sys.path.insert(0, str(Path(__file__).parent))
from synth import generate  # noqa: E402

import kommunenlp  # noqa: E402
from kommunenlp.pipeline import load, model_path  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def peak_rss_mb(cmd: list[str]) -> float:
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
             "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dense", type=int, default=400)
    ap.add_argument("--processes", type=int, default=2000, help="award-dense articles for the n_process test")
    ap.add_argument("--mix", type=int, default=4000)
    ap.add_argument("--rss", type=int, nargs=2, default=[1000, 50000])
    ap.add_argument("--norne", type=Path, default=None, help="mix NorNE sentences into the articles")
    a = ap.parse_args()
    print(f"model: {model_path()}  cpus: {os.cpu_count()}")
    nlp = load()
    bare = __import__("spacy").load(model_path())

    dense = [{"id": r["id"], "text": r["text"]} for r in generate(a.dense, 1.0, seed=1, norne=a.norne)]
    texts = [d["text"] for d in dense]
    words = sum(len(t.split()) for t in texts)
    list(bare.pipe(texts[:20]))
    list(kommunenlp.extract_many(dense[:20], nlp=nlp))
    _, t_bare = timed(lambda: list(bare.pipe(texts, batch_size=32)))
    _, t_ours = timed(lambda: list(kommunenlp.extract_many(dense, nlp=nlp)))
    scoped = load(scope=True)
    list(kommunenlp.extract_many(dense[:20], nlp=scoped))
    _, t_scoped = timed(lambda: list(kommunenlp.extract_many(dense, nlp=scoped)))
    print(f"1. award-dense ({a.dense} articles, {words} words): bare nlp.pipe {a.dense / t_bare:.1f} art/s "
          f"({words / t_bare:,.0f} words/s), kommunenlp {a.dense / t_ours:.1f} art/s; "
          f"overhead {t_ours / t_bare - 1:+.0%}; scoped kommunenlp {a.dense / t_scoped:.1f} art/s "
          f"({t_bare / t_scoped:.2f}x bare nlp.pipe)")

    mix = list(generate(a.mix, 0.05, seed=2, norne=a.norne))
    items = [{"id": r["id"], "text": r["text"]} for r in mix]
    gated, t_gate = timed(lambda: list(kommunenlp.extract_many(items, nlp=nlp)))
    full, t_full = timed(lambda: list(kommunenlp.extract_many(items, nlp=nlp, gate=False)))
    award_ids = {r["id"] for r in mix if r["award"]}
    same = all(g.model_dump() == f.model_dump() for g, f in zip(gated, full) if g.id in award_ids)
    print(f"2. 5% mix ({a.mix} articles, {len(award_ids)} with awards): gated {a.mix / t_gate:.1f} art/s, "
          f"full pipeline on all {a.mix / t_full:.1f} art/s; speed-up {t_full / t_gate:.1f}x; "
          f"records on award articles identical: {same}")

    many = [{"id": r["id"], "text": r["text"]} for r in generate(a.processes, 1.0, seed=4, norne=a.norne)]
    _, t1 = timed(lambda: list(kommunenlp.extract_many(many, nlp=nlp, n_process=1)))
    _, t2 = timed(lambda: list(kommunenlp.extract_many(many, nlp=nlp, n_process=2, batch_size=32)))
    print(f"3. n_process=2 vs 1 on {a.processes} award-dense articles (process start-up included): "
          f"{a.processes / t2:.1f} vs {a.processes / t1:.1f} art/s; speed-up {t1 / t2:.2f}x")

    with tempfile.TemporaryDirectory() as tmp:
        rss = []
        for n in a.rss:
            src = Path(tmp) / f"dump{n}.jsonl"
            with open(src, "w", encoding="utf-8") as f:
                for r in generate(n, 0.05, seed=3, norne=a.norne):
                    f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
            (mb, secs) = timed(lambda: peak_rss_mb([sys.executable, "-m", "kommunenlp.cli", "extract", str(src),
                                                    "-o", str(Path(tmp) / "out.jsonl"), "-q"]))
            rss.append(mb)
            print(f"4. peak RSS, {n} articles: {mb:.0f} MB ({n / secs:.0f} art/s end to end)")
        print(f"   ratio {rss[1] / rss[0]:.3f}")


if __name__ == "__main__":
    main()
