"""Spark in local mode with two cores: the documented mapInPandas adapter gives extract_many's
records, and each Python worker loads the pipeline once, however many partitions it runs."""
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import kommunenlp

pytest.importorskip("pyspark", reason="pip install 'kommunenlp[spark]'")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java 17+ (no java on PATH, no JAVA_HOME)", allow_module_level=True)

EXAMPLES = sorted((Path(__file__).parents[1] / "examples" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this venv's Python
    session = (SparkSession.builder.master("local[2]").appName("kommunenlp-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _items():
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] * 3
    return [{"id": f"a{i}", "text": t} for i, t in enumerate(texts)]


def test_spark_rows_equal_extract_many(spark):
    from kommunenlp.spark import SPARK_COLUMNS, extract_spark

    items = _items()
    df = spark.createDataFrame(items).repartition(6)
    rows = extract_spark(df).toPandas()
    assert list(rows.columns) == SPARK_COLUMNS
    expected = kommunenlp.to_pandas(kommunenlp.extract_many(items, nlp=kommunenlp.load()))
    got = {(r.article_id, r.record if isinstance(r.record, str) else None) for r in rows.itertuples()}
    want = {(r.article_id, r.record if isinstance(r.record, str) else None) for r in expected.itertuples()}
    assert got == want
    vik = rows[rows.award == "Vik kommunes kulturpris"]
    assert set(vik.recipients) == {"Vik songlag"} and set(vik.amount) == {25000}
    assert json.loads(vik.record.iloc[0])["presenters"][0]["name"] == "Kari Nesheim"


def test_spark_award_rows_only(spark):
    from kommunenlp.spark import extract_spark

    rows = extract_spark(spark.createDataFrame(_items()), include_empty=False).toPandas()
    assert rows.status.notna().all() and "a1" not in set(rows.article_id)  # a1: the budget article


def test_each_python_worker_loads_the_pipeline_once(spark):
    from kommunenlp.spark import SPARK_SCHEMA, extract_partitions

    def counted(frames):
        import os as _os

        from kommunenlp.pipeline import load
        for out in extract_partitions(frames):
            yield out.assign(pid=_os.getpid(), loads=load.cache_info().misses)

    df = spark.createDataFrame(_items()).repartition(6)
    rows = df.mapInPandas(counted, schema=SPARK_SCHEMA + ", pid long, loads long").toPandas()
    per_worker = rows.groupby("pid")["loads"].max()
    assert 1 <= len(per_worker) <= 2 and (per_worker == 1).all()
