"""The command line: argument parsing, progress and exit codes; the work is in batch/api."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from . import __version__
from .awards import DEFAULT_BUDGET
from .batch import FORMATS

DESCRIPTION = """Award events from Norwegian (Bokmål/Nynorsk) public-sector articles.

  kommunenlp extract examples/articles/             one JSON line per article
  kommunenlp extract dump.jsonl -o awards.jsonl      JSONL with "id" and "text" fields
  kommunenlp extract examples/articles/ --pretty     a readable view
  kommunenlp evaluate --gold dev.jsonl              per-field precision/recall/F1
  kommunenlp schema                                  JSON Schema of the output
"""


def _count(source: str) -> int | None:
    """How many records an input holds, when a quick pass can tell (for the ETA)."""
    path = Path(source)
    if path.is_dir():
        return sum(1 for p in path.iterdir() if p.suffix == ".txt")
    if path.suffix not in (".jsonl", ".ndjson", ".json", ".csv"):
        return None
    with open(path, "rb") as f:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    return lines - (path.suffix == ".csv")


def _progress(records: Iterator, enabled: bool, total: int | None) -> Iterator:
    if not enabled:
        yield from records
        return
    from tqdm import tqdm

    # smoothing=0: the bar shows the average rate, the figure the summary prints at the end
    with tqdm(records, total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.5,
              smoothing=0) as bar:
        yield from bar


def cmd_extract(a: argparse.Namespace) -> int:
    from .batch import ParquetSink, Summary, done_keys, fsync, jsonl_sink, process, read_records
    from .pipeline import AwardExtractor, load

    if a.batch_size < 1 or a.n_process < 1:
        sys.exit(f"kommunenlp extract: --batch-size and --n-process must be at least 1 "
                 f"(got {a.batch_size}, {a.n_process})")
    if not a.budget > 0:
        sys.exit(f"kommunenlp extract: --budget must be a positive number of seconds (got {a.budget})")
    if a.output and a.input != "-" and Path(a.input).exists() and Path(a.output).exists() \
            and Path(a.output).resolve() == Path(a.input).resolve():
        sys.exit(f"kommunenlp extract: -o {a.output} is the input file; refusing to overwrite it")
    nlp = load(None if a.no_model else (a.model or "default"), scope=a.scope)
    extractor = nlp.get_pipe("kommunenlp_awards")
    assert isinstance(extractor, AwardExtractor)
    extractor.budget = a.budget
    records = read_records(a.input, text_field=a.text_field, id_field=a.id_field, fmt=a.format)
    summary = Summary()
    parquet = bool(a.output) and a.output.endswith(".parquet")
    if a.resume and (not a.output or parquet):
        sys.exit("kommunenlp extract: --resume needs -o OUTPUT, a JSONL file")
    # Opened without truncating and locked before anything is read or cut from it: a second run
    # must not wipe, or resume into, the lines of a first.
    out = None if parquet or not a.output or a.pretty else open(a.output, "a", encoding="utf-8")  # noqa: SIM115
    if out is not None and not _lock(out):
        out.close()
        sys.exit(f"kommunenlp extract: {a.output} is being written by another run (locked); wait for it to end")
    if out is not None and not a.resume:
        out.truncate(0)
    if a.resume:
        done, redone = done_keys(Path(a.output))
        summary.skipped = len(done)
        if redone:
            print(f"kommunenlp: {redone} torn or corrupt line(s) dropped from {a.output}; "
                  "their inputs are read again", file=sys.stderr)
        records = (r for r in records if r.key not in done)
    first = next(records, None)
    if first is None:
        print("kommunenlp: no input articles", file=sys.stderr)
        return 0
    second = next(records, None)
    many = second is not None

    def chain() -> Iterator:
        yield first
        if second is not None:
            yield second
            yield from records

    start = time.perf_counter()
    if a.pretty:
        if not a.output:
            return _pretty(chain(), nlp, sys.stdout)
        with open(a.output, "w", encoding="utf-8") as pretty_out:
            return _pretty(chain(), nlp, pretty_out)
    sink = ParquetSink(a.output) if parquet else jsonl_sink(out or sys.stdout)
    try:
        show = many and not a.quiet and sys.stderr.isatty()  # no bar in logs and pipes
        total = _count(a.input) if show and a.input != "-" else None
        if total is not None:
            total -= summary.skipped
        process(_progress(chain(), show, total), sink, nlp=nlp, batch_size=a.batch_size,
                n_process=a.n_process, summary=summary)
    except KeyboardInterrupt:
        if a.output:
            print(f"\nkommunenlp: interrupted; {a.output} holds every line written so far. Continue with\n"
                  f"  kommunenlp extract {a.input} -o {a.output} --resume", file=sys.stderr)
        return 130
    finally:
        if isinstance(sink, ParquetSink):
            sink.close()
        if out is not None:
            fsync(out)
            out.close()
    secs = time.perf_counter() - start
    n = summary.articles + summary.errors
    if many or summary.errors:
        print(f"kommunenlp: {n} inputs, {summary.articles} articles, {summary.awards} awards, "
              f"{summary.errors} errors, {n / secs:.1f} articles/s"
              + (f", {summary.skipped} already done" if a.resume else ""), file=sys.stderr)
    return 1 if summary.errors else 0


def _lock(out: IO[str]) -> bool:
    """An exclusive lock on the output for the whole run: two runs writing one file would
    interleave their lines."""
    try:
        import fcntl
    except ImportError:  # not on this platform: no lock, as before
        return True
    try:
        fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _pretty(records: Iterator, nlp, out: IO[str]) -> int:  # type: ignore[no-untyped-def]
    from .api import extract
    from .display import article_text

    errors = 0
    for r in records:
        if r.error:
            errors += 1
            print(f"! {r.source}{':' + str(r.line) if r.line else ''} ({r.id}): {r.error}", file=out)
            continue
        print(article_text(extract(r.text, id=r.id, nlp=nlp)), file=out)
    return 1 if errors else 0


def cmd_evaluate(a: argparse.Namespace) -> int:
    from .evaluate import evaluate_files

    print(evaluate_files(a.gold, a.pred, no_model=a.no_model))
    return 0


def cmd_schema(a: argparse.Namespace) -> int:
    from .schema import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kommunenlp", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"kommunenlp {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract award records from articles",
                       description="Extract award records. Every input article gives exactly one output line "
                                   "(a record, or an error naming file, line and id), in input order. "
                                   "Exit status 1 if any input had an error.")
    e.add_argument("input", help=".txt file, folder of .txt files, .jsonl[.gz], .csv or .parquet file with "
                                 "id/text, or - for stdin")
    e.add_argument("--format", choices=FORMATS, default="auto",
                   help="how to read INPUT (default: auto: by the file's suffix, any other suffix being one "
                        "plain-text article; on stdin JSONL if the first line opens a JSON object, else the "
                        "whole of stdin is one article)")
    e.add_argument("-o", "--output", help="write JSONL here, or Parquet if the name ends in .parquet "
                                          "(default: JSONL on stdout); the file is locked while the run writes "
                                          "it, and may not be the input")
    e.add_argument("--pretty", action="store_true", help="print a human-readable view instead of JSONL")
    e.add_argument("--text-field", default="text", help="JSONL field holding the article text (default: text)")
    e.add_argument("--id-field", default="id", help="JSONL field holding the article id (default: id)")
    e.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch (default: 32)")
    e.add_argument("--n-process", type=int, default=1, help="worker processes (default: 1)")
    e.add_argument("--resume", action="store_true", help="append to OUTPUT, skipping ids it already holds")
    e.add_argument("--budget", type=float, default=DEFAULT_BUDGET,
                   help=f"seconds the award reading may spend on one article before that article becomes an "
                        f"error line (default: {DEFAULT_BUDGET:g})")
    e.add_argument("--scope", action="store_true",
                   help="run the statistical pipes only on the sentences around prize mentions (faster on long "
                        "articles, a little less accurate: see kommunenlp.scope)")
    e.add_argument("--no-model", action="store_true", help="rules only, without the statistical NER")
    e.add_argument("--model", help="path to another spaCy pipeline to run the rules on (default: the shipped one)")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    e.set_defaults(func=cmd_extract)

    v = sub.add_parser("evaluate", help="per-field precision/recall/F1 against gold JSONL",
                       description="Score extraction against hand-annotated gold articles, counting as the "
                                   "shared score.py does. Without --pred, runs extraction on the gold texts.")
    v.add_argument("--gold", required=True, help="gold JSONL (id, text, awards)")
    v.add_argument("--pred", help="predictions JSONL (default: extract now)")
    v.add_argument("--no-model", action="store_true", help="rules only, without the statistical NER")
    v.set_defaults(func=cmd_evaluate)

    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.set_defaults(func=cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    a = parser().parse_args(argv)
    try:
        return a.func(a)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # "kommunenlp extract … | head": the reader has gone; end quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (OSError, ValueError) as e:
        print(f"kommunenlp: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
