"""The Python API: text (or many texts) -> :class:`~kommunenlp.schema.Article`."""
from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError, TextTooLongError
from .dates import find_published
from .language import detect_language
from .pipeline import load
from .prizes import find_prizes
from .schema import Article, json_schema
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
    return text


def _make_doc(nlp: Language, text: str, language: LanguageCode | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.language = language or detect_language(text)
    return doc


def _article(doc: Doc, article_id: str | None) -> Article:
    data = doc._.kommunenlp or {"awards": [], "published": None}
    return Article.model_validate({"id": article_id, "language": doc._.language, "text": doc.text, **data})


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
    nlp = nlp or load()
    if not text.strip():
        return Article(id=id, language=language or "nb", text=text)
    return _article(nlp(_make_doc(nlp, text, language)), id)


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


def extract_many(items: Iterable[Item], *, batch_size: int = 32, n_process: int = 1,
                 text_field: str = "text", id_field: str = "id", language: LanguageCode | None = None,
                 nlp: Language | None = None, gate: bool = True) -> Iterator[Article]:
    """Stream Articles for strings or ``{"id", "text"}`` mappings, in input order.

    With ``gate`` (the default), texts that name no prize skip the statistical pipeline: they
    cannot yield a record, and most articles of a real dump are such texts. ``n_process`` > 1
    forks worker processes that each run the whole extraction (gate, pipeline, records) on
    batches of ``batch_size``; the parent only reads input and yields results, in order, with
    at most a few batches per worker in flight. A bad item raises TypeError/InputError naming
    its position and id; see :mod:`kommunenlp.batch` for file processing that turns bad lines
    into error records instead.
    """
    nlp = nlp or load()
    pairs = (_split(item, i, text_field, id_field) for i, item in enumerate(items))
    if n_process <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from _extract_pairs(nlp, pairs, batch_size, language, gate)
        return
    global _FORKED
    _FORKED = (nlp, batch_size, language, gate)  # inherited by the forked workers, never pickled
    batches = _chunks(pairs, batch_size)
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        while True:
            window = list(itertools.islice(batches, 4 * n_process))
            if not window:
                return
            for done in pool.imap(_work, window):
                yield from done


_FORKED: tuple[Language, int, LanguageCode | None, bool] | None = None


def _work(batch: list[tuple[str, str | None]]) -> list[Article]:
    assert _FORKED is not None
    nlp, batch_size, language, gate = _FORKED
    return list(_extract_pairs(nlp, batch, batch_size, language, gate))


def _chunks(pairs: Iterable[tuple[str, str | None]], size: int) -> Iterator[list[tuple[str, str | None]]]:
    it = iter(pairs)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _extract_pairs(nlp: Language, pairs: Iterable[tuple[str, str | None]], batch_size: int,
                   language: LanguageCode | None, gate: bool) -> Iterator[Article]:
    def docs() -> Iterator[tuple[Doc | str, tuple[str | None, Article | None]]]:
        for text, ident in pairs:
            if gate and not find_prizes(text):
                # Records only ever come from prize names: skip the statistical pipeline.
                yield "", (ident, _without_awards(text, ident, language))
            else:
                yield (_make_doc(nlp, text, language) if language else text), (ident, None)

    for doc, (ident, done) in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield done if done is not None else _article(doc, ident)


def schema() -> dict[str, Any]:
    """JSON Schema of the output records."""
    return json_schema()
