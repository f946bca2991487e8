"""The Python API: text (or many texts) -> :class:`~kommunenlp.schema.Article`."""
from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, get_args, overload

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ExtractionTimeout, InputError, TextTooLongError
from .dates import find_published
from .language import detect_language
from .pipeline import load
from .prizes import find_prizes
from .schema import Article, ExtractionError, json_schema
from .schema import Language as LanguageCode

MAX_CHARS = 1_000_000
"""Longest article accepted (characters); longer input raises :class:`TextTooLongError`."""

Item = str | Mapping[str, Any]


def _check(text: object, where: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{where} must be str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise TextTooLongError(f"{where} has {len(text):,} characters; the limit is {MAX_CHARS:,} "
                               "(split the document into articles first)")
    check_encodable(text, where)
    return text


def check_encodable(text: str, where: str) -> None:
    """A lone surrogate (what decoding invalid UTF-8 with ``surrogateescape`` leaves, or a JSON
    "\\ud800") cannot be written out again: name it and where it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"{where} has a lone surrogate {text[e.start]!a} at character {e.start} "
                         "(invalid UTF-8 in the input?)") from None


def _check_language(language: object) -> None:
    if language is not None and language not in get_args(LanguageCode):
        raise InputError(f"language must be one of {', '.join(get_args(LanguageCode))} or None (detect it), "
                         f"got {language!r}")


def _make_doc(nlp: Language, text: str, language: LanguageCode | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.language = language or detect_language(text)
    return doc


def _article(doc: Doc, article_id: str | None, text: str | None = None) -> Article:
    """The Article of a processed Doc; with the input ``text`` its mentions quote the input's own
    characters (the Doc reads a no-break space as a plain one, at the same offset)."""
    data = doc._.kommunenlp or {"awards": [], "published": None}
    if "error" in data:
        where = f"article {article_id!r}: " if article_id is not None else ""
        raise ExtractionTimeout(where + data["error"])
    text = doc.text if text is None else text
    fields = {"awards": data["awards"], "published": data["published"]}
    if text != doc.text:
        fields = _quoted(fields, text)
    return Article.model_validate({"id": article_id, "language": doc._.language, "text": text, **fields})


def _quoted(data: Any, text: str) -> Any:
    """The JSON data of the records with each mention's ``text`` sliced from ``text``."""
    if isinstance(data, dict):
        out = {k: _quoted(v, text) for k, v in data.items()}
        if isinstance(out.get("start"), int) and isinstance(out.get("end"), int) and "text" in out:
            out["text"] = text[out["start"]:out["end"]]
        return out
    return [_quoted(x, text) for x in data] if isinstance(data, list) else data


def _without_awards(text: str, article_id: str | None, language: LanguageCode | None) -> Article:
    """The Article of a text that names no prize: no pipeline needed, the result is the same."""
    lang = language or detect_language(text)
    return Article(id=article_id, language=lang, published=find_published(text, lang), text=text)


def extract(text: str, *, id: str | None = None, language: LanguageCode | None = None,
            nlp: Language | None = None) -> Article:
    """Award records of one article.

    >>> extract("Trondheim kommune er tildelt KMDs innovasjonspris for 2019.").awards[0].year
    2019
    """
    text = _check(text)
    _check_language(language)
    if not text.strip():
        return Article(id=id, language=language or "nb", text=text)
    try:
        if not find_prizes(text):
            return _without_awards(text, id, language)  # no prize name, no record: skip the pipeline
    except TimeoutError as e:
        raise ExtractionTimeout(f"a pattern timed out on this text ({len(text):,} characters): {e}") from e
    nlp = nlp or load()
    return _article(nlp(_make_doc(nlp, text, language)), id, text)


def _split(item: Item, index: int, text_field: str, id_field: str) -> tuple[str, str | None]:
    if isinstance(item, str):
        return _check(item, f"item {index}"), None
    if isinstance(item, Mapping):
        ident = item.get(id_field)
        where = f"item {index} (id {ident!r})"
        if text_field not in item:
            raise InputError(f"{where} has no {text_field!r} field")
        return _check(item[text_field], f"{where} field {text_field!r}"), None if ident is None else str(ident)
    raise TypeError(f"item {index} must be str or a mapping with {text_field!r}, got {type(item).__name__}")


@overload
def extract_many(items: Iterable[Item], *, batch_size: int = ..., n_process: int = ..., text_field: str = ...,
                 id_field: str = ..., language: LanguageCode | None = ..., nlp: Language | None = ...,
                 gate: bool = ..., errors: Literal["raise"] = ...) -> Iterator[Article]: ...


@overload
def extract_many(items: Iterable[Item], *, batch_size: int = ..., n_process: int = ..., text_field: str = ...,
                 id_field: str = ..., language: LanguageCode | None = ..., nlp: Language | None = ...,
                 gate: bool = ..., errors: Literal["yield"]) -> Iterator[Article | ExtractionError]: ...


def extract_many(items: Iterable[Item], *, batch_size: int = 32, n_process: int = 1,
                 text_field: str = "text", id_field: str = "id", language: LanguageCode | None = None,
                 nlp: Language | None = None, gate: bool = True,
                 errors: Literal["raise", "yield"] = "raise") -> Iterator[Article | ExtractionError]:
    """Stream Articles for strings or ``{"id", "text"}`` mappings, in input order.

    With ``gate`` (the default), texts that name no prize skip the statistical pipeline: they
    cannot yield a record, and most articles of a real dump are such texts. ``n_process`` > 1
    forks worker processes that each run the whole extraction (gate, pipeline, records) on
    batches of ``batch_size``; the parent only reads input and yields results, in order, with
    at most a few batches per worker in flight. A bad item raises TypeError/InputError naming
    its position and id. An article on which extraction fails (a pattern past its time limit)
    raises :class:`ExtractionTimeout`, or with ``errors="yield"`` takes its place in the output as
    an :class:`~kommunenlp.schema.ExtractionError` and the run goes on; :mod:`kommunenlp.batch`
    turns bad input lines into error records too.
    """
    if batch_size < 1 or n_process < 1:
        raise InputError(f"batch_size and n_process must be at least 1 (got {batch_size}, {n_process})")
    _check_language(language)
    nlp = nlp or load()
    pairs = (_split(item, i, text_field, id_field) for i, item in enumerate(items))
    if n_process <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from _extract_pairs(nlp, pairs, batch_size, language, gate, errors)
        return
    global _FORKED
    _FORKED = (nlp, batch_size, language, gate, errors)  # inherited by the forked workers, never pickled
    batches = _chunks(pairs, batch_size)
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        while True:
            window: list[list[tuple[str, str | None]]] = []
            bad: Exception | None = None
            try:
                for batch in itertools.islice(batches, 4 * n_process):
                    window.append(batch)
            except (TypeError, InputError) as e:
                bad = e  # the items read before a bad one are still extracted and yielded first
            for done in pool.imap(_work, window):
                yield from done
            if bad is not None:
                raise bad
            if not window:
                return


_FORKED: tuple[Language, int, LanguageCode | None, bool, str] | None = None


def _work(batch: list[tuple[str, str | None]]) -> list[Article | ExtractionError]:
    assert _FORKED is not None
    nlp, batch_size, language, gate, errors = _FORKED
    return list(_extract_pairs(nlp, batch, batch_size, language, gate, errors))


def _chunks(pairs: Iterable[tuple[str, str | None]], size: int) -> Iterator[list[tuple[str, str | None]]]:
    """Batches of ``size``; a bad item ends the stream after the batch of the items before it."""
    it = iter(pairs)
    while True:
        chunk: list[tuple[str, str | None]] = []
        try:
            chunk.extend(itertools.islice(it, size))
        except (TypeError, InputError):
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


def _extract_pairs(nlp: Language, pairs: Iterable[tuple[str, str | None]], batch_size: int,
                   language: LanguageCode | None, gate: bool, errors: str = "raise") -> Iterator[Article | ExtractionError]:
    """Articles in input order, batch by batch: texts that name no prize get theirs at once and
    never enter ``nlp.pipe``; the rest go through it together."""
    for batch in _chunks(pairs, batch_size):
        done: list[Article | ExtractionError | None] = []
        todo: list[tuple[str, str | None]] = []
        for text, ident in batch:
            try:
                named = not gate or bool(find_prizes(text))
            except TimeoutError as e:
                done.append(_failed(ExtractionTimeout(f"a pattern timed out on this text ({len(text):,} characters): {e}"),
                                    ident, errors))
                continue
            done.append(None if named else _without_awards(text, ident, language))
            if named:
                todo.append((text, ident))
        docs = nlp.pipe(((_make_doc(nlp, t, language) if language else t) for t, _ in todo), batch_size=batch_size)
        parsed = iter(zip(docs, todo))
        for item in done:
            if item is not None:
                yield item
                continue
            doc, (text, ident) = next(parsed)
            try:
                yield _article(doc, ident, text)
            except ExtractionTimeout as e:
                yield _failed(e, ident, errors)


def _failed(error: ExtractionTimeout, ident: str | None, errors: str) -> ExtractionError:
    if errors == "raise":
        raise error
    return ExtractionError(id=ident, source="", error=str(error))


def schema() -> dict[str, Any]:
    """JSON Schema of the output records."""
    return json_schema()
