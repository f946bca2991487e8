"""Files in, JSONL or Parquet out: streaming readers, one output row per input, errors as rows, resume.

Inputs: a ``.txt`` file, a folder of ``.txt`` files, a JSONL file (``.jsonl``/``.json``/``.ndjson``,
optionally ``.gz``), a ``.csv`` or ``.parquet`` file (pyarrow, the ``[pandas]`` extra) with id and
text columns, or ``-`` for stdin (JSONL, or one plain-text article: see :func:`read_records`).
Every input record becomes exactly one output row, in input order: an :class:`~kommunenlp.schema.Article` or an :class:`~kommunenlp.schema.ExtractionError`
naming file, line and id. Memory stays flat: records stream through, nothing is collected.
"""
from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import os
import sys
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from spacy.language import Language

from .api import MAX_CHARS, check_encodable, extract_many
from .errors import InputError
from .schema import Article, ExtractionError

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")


@dataclass(frozen=True)
class Record:
    """One input article, or the reason it could not be read."""

    key: str
    source: str
    line: int | None
    id: str | None = None
    text: str | None = None
    error: str | None = None


def _key(source: str, line: int | str | None = None) -> str:
    """What ``--resume`` knows an input by: its file's absolute path (however it was typed) and
    line, not its id (ids may repeat, or be missing)."""
    where = source if source.startswith("<") else os.path.abspath(source)
    return where if line is None else f"{where}:{line}"


def _from_mapping(obj: object, source: str, n: int, text_field: str, id_field: str) -> Record:
    key = _key(source, n)
    if not isinstance(obj, dict):
        return Record(key, source, n, error=f"expected an object with {text_field!r}, got {type(obj).__name__}")
    ident = None if obj.get(id_field) is None else str(obj[id_field])
    text = obj.get(text_field)
    if ident is not None:
        try:
            check_encodable(ident, f"the {id_field!r} field")
        except InputError as e:
            return Record(key, source, n, None, error=str(e))
    if not isinstance(text, str):
        what = "no" if text_field not in obj else f"a non-string ({type(text).__name__})"
        return Record(key, source, n, ident, error=f"{what} {text_field!r} field")
    if len(text) > MAX_CHARS:
        return Record(key, source, n, ident, error=f"text has {len(text):,} characters, limit {MAX_CHARS:,}")
    try:
        check_encodable(text, f"the {text_field!r} field")
    except InputError as e:
        return Record(key, source, n, ident, error=str(e))
    return Record(key, source, n, ident, text)


def _jsonl_lines(stream: Iterable[bytes], source: str, text_field: str, id_field: str) -> Iterator[Record]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))  # a BOM may open a file
        except UnicodeDecodeError as e:
            yield Record(_key(source, n), source, n, error=f"invalid UTF-8 at byte {e.start}")
            continue
        except json.JSONDecodeError as e:
            yield Record(_key(source, n), source, n, error=f"not JSON: {e.msg} (column {e.colno})")
            continue
        yield _from_mapping(obj, source, n, text_field, id_field)


def _csv_rows(path: Path, text_field: str, id_field: str) -> Iterator[Record]:
    csv.field_size_limit(MAX_CHARS + 1)
    with open(path, encoding="utf-8", errors="strict", newline="") as f:
        reader = csv.DictReader(f)
        try:
            for row in reader:
                yield _from_mapping(row, str(path), reader.line_num, text_field, id_field)
        except (UnicodeDecodeError, csv.Error) as e:
            yield Record(_key(str(path), reader.line_num + 1), str(path), reader.line_num + 1, error=f"unreadable CSV: {e}")


def _parquet_rows(path: Path, text_field: str, id_field: str) -> Iterator[Record]:
    import pyarrow.parquet as pq

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            yield _from_mapping(row, str(path), n, text_field, id_field)


def _text(data: bytes, source: str, key: str, ident: str | None) -> Record:
    """A whole file (or stdin) as one article."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Record(key, source, None, ident, error=f"invalid UTF-8 at byte {e.start}")
    if len(text) > MAX_CHARS:
        return Record(key, source, None, ident, error=f"text has {len(text):,} characters, limit {MAX_CHARS:,}")
    return Record(key, source, None, ident, text)


def _txt_file(path: Path) -> Record:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Record(_key(str(path)), str(path), None, path.stem, error=f"cannot read: {e.strerror}")
    return _text(data, str(path), _key(str(path)), path.stem)


def _jsonl_file(path: Path, source: str, text_field: str, id_field: str) -> Iterator[Record]:
    read = 0
    try:
        with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as stream:
            for record in _jsonl_lines(stream, source, text_field, id_field):
                read = record.line or read
                yield record
    except (OSError, EOFError, zlib.error) as e:
        # A truncated or corrupt .gz ends the file, not the run.
        yield Record(_key(source, f"after-{read}"), source, None,
                     error=f"cannot read past line {read}: {e or type(e).__name__}")


def _stdin(fmt: str, text_field: str, id_field: str) -> Iterator[Record]:
    """JSONL when asked, or (``auto``) when the first line opens a JSON object; else one article."""
    stream = sys.stdin.buffer
    first = stream.readline()
    if fmt == "jsonl" or (fmt == "auto" and first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")):
        yield from _jsonl_lines(itertools.chain([first], stream), "<stdin>", text_field, id_field)
    elif fmt in ("auto", "text"):
        yield _text(first + stream.read(), "<stdin>", "<stdin>", None)
    else:
        raise InputError(f"--format {fmt} cannot be read from stdin (use jsonl or text)")


FORMATS = ("auto", "jsonl", "csv", "parquet", "text")


def _format_of(path: Path) -> str:
    if path.suffix == ".csv":
        return "csv"
    if path.suffix == ".parquet":
        return "parquet"
    return "jsonl" if path.name.endswith(JSONL_SUFFIXES) else "text"


def read_records(source: str, *, text_field: str = "text", id_field: str = "id", fmt: str = "auto") -> Iterator[Record]:
    """Stream the records of one input (file, folder or ``-`` for stdin), lazily.

    ``fmt`` "auto" picks the reader by the file's suffix (``.jsonl[.gz]``, ``.csv``, ``.parquet``,
    anything else one plain-text article) and, on stdin, by the first line (JSONL if it opens a
    JSON object, else the whole input is one article); the other values force a reader."""
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if source == "-":
        yield from _stdin(fmt, text_field, id_field)
        return
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file or folder")
    if path.is_dir():
        for f in sorted(p for p in path.iterdir() if p.suffix == ".txt"):
            yield _txt_file(f)
        return
    kind = _format_of(path) if fmt == "auto" else fmt
    if kind == "csv":
        yield from _csv_rows(path, text_field, id_field)
    elif kind == "parquet":
        yield from _parquet_rows(path, text_field, id_field)
    elif kind == "jsonl":
        yield from _jsonl_file(path, source, text_field, id_field)
    else:
        yield _txt_file(path)


def done_keys(out: Path) -> tuple[set[str], int]:
    """Keys already written to ``out``, and how many of its lines were torn or corrupt.

    Lines that are not whole JSON objects (a run killed mid-write, a damaged file) are dropped
    from ``out``, which keeps every good line, so that their inputs are read again."""
    if not out.exists():
        return set(), 0
    keys: set[str] = set()
    good: list[bytes] = []
    with open(out, "rb") as f:
        lines = f.readlines()
    for raw in lines:
        try:
            obj = json.loads(raw) if raw.endswith(b"\n") else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            obj = None
        key = obj.get("key") or obj.get("id") if isinstance(obj, dict) else None
        if key is None:
            continue
        keys.add(key)
        good.append(raw)
    if len(good) != len(lines):
        with open(out, "r+b") as f:
            f.truncate(0)
            f.writelines(good)
    return keys, len(lines) - len(good)


def _line(record: Record, article: Article | None) -> dict:
    if record.error is not None:
        err = ExtractionError(id=record.id, source=record.source, line=record.line, error=record.error)
        return {"key": record.key, **err.model_dump(mode="json")}
    assert article is not None
    return {**article.model_dump(mode="json"), "key": record.key}


@dataclass
class Summary:
    articles: int = 0
    awards: int = 0
    errors: int = 0
    skipped: int = 0


Sink = Callable[[dict], None]


def jsonl_sink(out: IO[str]) -> Sink:
    """Write each row as a JSON line, flushed (a killed run leaves at most one torn line)."""
    def write(obj: dict) -> None:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        out.flush()
    return write


class ParquetSink:
    """Rows to a Parquet file in row groups of ``rows`` (flat memory): key, id, source, line, error,
    language, published and the awards as JSON."""

    COLUMNS = ("key", "id", "source", "line", "error", "language", "published", "awards")

    def __init__(self, path: str | Path, rows: int = 2000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = pa.schema([(c, pa.int64() if c == "line" else pa.string()) for c in self.COLUMNS])
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows = rows
        self.buffer: list[dict] = []

    def __call__(self, obj: dict) -> None:
        published = obj.get("published")
        self.buffer.append({"key": obj.get("key") or obj.get("id"), "id": obj.get("id"),
                            "source": obj.get("source"), "line": obj.get("line"), "error": obj.get("error"),
                            "language": obj.get("language"),
                            "published": published["value"] if isinstance(published, dict) else None,
                            "awards": json.dumps(obj["awards"], ensure_ascii=False) if "awards" in obj else None})
        if len(self.buffer) >= self.rows:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(self._pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def process(records: Iterable[Record], sink: Sink, *, nlp: Language | None = None, batch_size: int = 32,
            n_process: int = 1, summary: Summary | None = None) -> Summary:
    """Extract from ``records`` and give ``sink`` one row per record, in input order."""
    summary = summary or Summary()
    pending: deque[Record] = deque()

    def good() -> Iterator[dict]:
        for r in records:
            pending.append(r)
            if r.error is None:
                yield {"id": r.id, "text": r.text}

    def flush_errors() -> None:
        while pending and pending[0].error is not None:
            sink(_line(pending.popleft(), None))
            summary.errors += 1

    for article in extract_many(good(), nlp=nlp, batch_size=batch_size, n_process=n_process, errors="yield"):
        flush_errors()
        record = pending.popleft()
        if isinstance(article, ExtractionError):
            sink(_line(replace(record, error=article.error), None))
            summary.errors += 1
            continue
        sink(_line(record, article))
        summary.articles += 1
        summary.awards += len(article.awards)
    flush_errors()
    return summary


def fsync(out: IO[str]) -> None:
    """Push written lines to disk (the file may be read by a resumed run after a crash)."""
    out.flush()
    try:
        os.fsync(out.fileno())
    except (OSError, io.UnsupportedOperation):
        pass
