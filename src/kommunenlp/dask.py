"""kommunenlp on Dask: bags and dataframes of articles -> records, one pipeline per worker process.

    from dask.distributed import Client
    from kommunenlp.dask import extract_bag, extract_dataframe

    records = extract_bag(db.read_text("dump-*.jsonl").map(json.loads))   # bag of dicts
    frame = extract_dataframe(ddf, text_column="text", id_column="id")    # one row per award

The spaCy pipeline is loaded by :func:`kommunenlp.load` inside each worker process the first
time a partition needs it and cached there (``load`` is memoised per process): it is never
pickled with the task graph. The same code runs on a multi-machine cluster: every machine needs
``pip install "kommunenlp[dask]"``, nothing else. Install the extra with ``pip install
"kommunenlp[dask]"``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .api import extract_many
from .dataframes import COLUMNS, extract_frame, to_pandas
from .pipeline import load

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd


def _records(partition: Iterable[Any], text_field: str, id_field: str, model: str | None) -> Iterator[dict]:
    nlp = load(model)
    for article in extract_many(partition, nlp=nlp, text_field=text_field, id_field=id_field):
        yield article.model_dump(mode="json")


def extract_bag(bag: dask.bag.Bag, *, text_field: str = "text", id_field: str = "id",
                model: str | None = "default") -> dask.bag.Bag:
    """A bag of article dicts (as the CLI writes them) for a bag of str or {"id", "text"} items.

    ``model`` is passed to :func:`kommunenlp.load`: "default" (the shipped NER), a path, or None
    for rules only."""
    return bag.map_partitions(lambda part: list(_records(part, text_field, id_field, model)))


def _frame(part: pd.DataFrame, text_column: str, id_column: str | None, model: str | None) -> pd.DataFrame:
    return extract_frame(part, text_column, id_column, load(model))


def extract_dataframe(ddf: dask.dataframe.DataFrame, *, text_column: str = "text", id_column: str | None = "id",
                      model: str | None = "default") -> dask.dataframe.DataFrame:
    """One row per award (see :func:`kommunenlp.to_pandas`) for a dataframe with a text column."""
    meta = to_pandas([])
    assert list(meta.columns) == list(COLUMNS)
    return ddf.map_partitions(_frame, text_column, id_column, model, meta=meta)
