"""kommunenlp on Spark: a DataFrame of articles -> one row per award, with ``mapInPandas``.

    from pyspark.sql import SparkSession
    from kommunenlp.spark import extract_spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    awards = extract_spark(spark.read.json("dump.jsonl"), text_column="text", id_column="id")

Each Python worker loads the pipeline once, the first time a partition needs it (``load`` is
memoised per process, and Spark reuses its Python workers), so it is never shipped with a task.
The rows are :func:`kommunenlp.to_pandas`'s columns (``article_index`` is left out: it counts
within a partition only; ``article_id`` names the article). Every machine of the cluster needs
``pip install "kommunenlp[spark]"`` and Java 17 or later, nothing else.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .dataframes import COLUMNS, extract_frame
from .pipeline import load

if TYPE_CHECKING:
    import pandas as pd
    import pyspark.sql

# to_pandas's dtypes as Spark SQL types; categories travel as strings.
_SPARK_TYPES = {"string": "string", "category": "string", "Int64": "long", "datetime64[ns]": "timestamp"}
SPARK_COLUMNS = [c for c in COLUMNS if c != "article_index"]
SPARK_SCHEMA = ", ".join(f"{c} {_SPARK_TYPES[COLUMNS[c]]}" for c in SPARK_COLUMNS)


def extract_partitions(frames: Iterable[pd.DataFrame], *, text_column: str = "text", id_column: str | None = "id",
                       model: str | None = "default", include_empty: bool = True) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: frames of articles in, frames of :data:`SPARK_SCHEMA` rows out."""
    nlp = load(model)
    for frame in frames:
        out = extract_frame(frame, text_column, id_column, nlp, include_empty=include_empty)[SPARK_COLUMNS]
        yield out.astype({c: "string" for c in SPARK_COLUMNS if COLUMNS[c] == "category"})


def extract_spark(df: pyspark.sql.DataFrame, *, text_column: str = "text", id_column: str | None = "id",
                  model: str | None = "default", include_empty: bool = True) -> pyspark.sql.DataFrame:
    """One row per award (and, with ``include_empty``, one empty row per article without awards)
    for a Spark DataFrame with a text column; ``model`` as for :func:`kommunenlp.load`."""
    columns = [text_column] + ([id_column] if id_column else [])
    fn = partial(extract_partitions, text_column=text_column, id_column=id_column, model=model,
                 include_empty=include_empty)
    return df.select(*columns).mapInPandas(fn, schema=SPARK_SCHEMA)
