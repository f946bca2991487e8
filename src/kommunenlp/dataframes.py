"""Articles <-> pandas DataFrames: one row per award, typed columns, lossless round trips.

``to_pandas(articles)`` flattens each :class:`~kommunenlp.schema.AwardRecord` to a row of typed
columns (names joined with "; " for lists) plus ``article`` and ``record`` columns holding the
full JSON, so that ``from_records(df)`` rebuilds the same Articles, through Parquet or CSV. By
default an article without awards keeps one row with empty award columns (``status`` is NA), so
no article is lost on the way; ``include_empty=False`` gives award rows only (and a round trip
then rebuilds only the articles with awards).
pandas is an optional dependency (``pip install "kommunenlp[pandas]"``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .schema import Article, AwardRecord

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

COLUMNS = {
    "article_id": "string", "language": "category", "published": "datetime64[ns]", "status": "category",
    "award": "string", "year": "Int64", "amount": "Int64", "currency": "string", "recipients": "string",
    "recipient_kommunenummer": "string", "accepted_by": "string", "presenters": "string",
    "awarding_body": "string", "event": "string", "event_location": "string", "competitors": "string",
    "award_date": "datetime64[ns]", "article_index": "Int64", "article": "string", "record": "string",
}


def _names(items: list[Any]) -> str | None:
    return "; ".join(i.name for i in items) or None


def _row(index: int, article: Article, rec: AwardRecord | None) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": article.id, "language": article.language,
                           "published": article.published.value if article.published else None,
                           "article_index": index, "article": article.model_dump_json(exclude={"awards"})}
    if rec is None:
        return row
    ev = rec.event
    row.update({
        "status": rec.status, "award": rec.award.name, "year": rec.year,
        "amount": rec.amount.value if rec.amount else None, "currency": rec.amount.currency if rec.amount else None,
        "recipients": _names(rec.recipients),
        "recipient_kommunenummer": "; ".join(r.kommunenummer for r in rec.recipients if r.kommunenummer) or None,
        "accepted_by": _names(rec.accepted_by), "presenters": _names(rec.presenters),
        "awarding_body": rec.awarding_body.name if rec.awarding_body else None,
        "event": ev.name.name if ev and ev.name else None,
        "event_location": ev.location.name if ev and ev.location else None,
        "competitors": _names(rec.competitors),
        "award_date": rec.award_date.value if rec.award_date else None,
        "record": rec.model_dump_json(),
    })
    return row


def to_pandas(articles: Iterable[Article], *, include_empty: bool = True) -> pd.DataFrame:
    """One row per award, typed columns; with ``include_empty`` also one row with empty award
    columns for each article without awards.

    >>> from kommunenlp.schema import Article
    >>> empty = Article(id="a1", language="nb")
    >>> len(to_pandas([empty])), len(to_pandas([empty], include_empty=False))
    (1, 0)
    """
    import pandas as pd

    empty: list[AwardRecord | None] = [None] if include_empty else []
    rows = [_row(i, a, r) for i, a in enumerate(articles)
            for r in (a.awards or empty)]  # type: list[dict[str, Any]]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for col, dtype in COLUMNS.items():
        df[col] = pd.to_datetime(df[col]) if dtype.startswith("datetime") else df[col].astype(dtype)
    return df


def extract_frame(frame: pd.DataFrame, text_column: str, id_column: str | None, nlp: Language,
                  *, include_empty: bool = True) -> pd.DataFrame:
    """:func:`to_pandas` of the articles of a frame with a text column (and an id column, else the
    index gives the ids): the partition function of the Dask and Spark adapters."""
    from .api import extract_many

    ids = frame[id_column].astype(str) if id_column else frame.index.astype(str)
    items = [{"id": i, "text": t} for i, t in zip(ids, frame[text_column])]
    return to_pandas(extract_many(items, nlp=nlp), include_empty=include_empty)


def from_records(df: pd.DataFrame) -> list[Article]:
    """The Articles a frame made by :func:`to_pandas` came from, in order."""
    out: list[Article] = []
    last = None
    for row in df.itertuples(index=False):
        if row.article_index != last:
            out.append(Article.model_validate_json(row.article))
            last = row.article_index
        if isinstance(row.record, str):
            out[-1].awards.append(AwardRecord.model_validate_json(row.record))
    return out
