"""DataFrames and Dask: typed rows per award, lossless round trips, one pipeline per worker."""
import json
from pathlib import Path

import pytest

import kommunenlp

pd = pytest.importorskip("pandas")
EXAMPLES = sorted((Path(__file__).parents[1] / "examples" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def articles(rules_nlp):
    items = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in EXAMPLES]
    return list(kommunenlp.extract_many(items, nlp=rules_nlp))


def test_one_typed_row_per_award(articles):
    df = kommunenlp.to_pandas(articles)
    assert len(df) == sum(max(1, len(a.awards)) for a in articles)
    assert str(df["amount"].dtype) == "Int64" and str(df["year"].dtype) == "Int64"
    vik = df[df.article_id == "vik-kulturpris-2024"].iloc[0]
    assert (vik.award, vik.year, vik.amount, vik.recipients) == ("Vik kommunes kulturpris", 2024, 25000, "Vik songlag")


def test_award_rows_only(articles):
    df = kommunenlp.to_pandas(articles, include_empty=False)
    assert len(df) == sum(len(a.awards) for a in articles) and df.status.notna().all()
    assert "budsjett-uten-pris" not in set(df.article_id)


def test_round_trip_through_parquet(articles, tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "awards.parquet"
    kommunenlp.to_pandas(articles).to_parquet(path)
    back = kommunenlp.from_records(pd.read_parquet(path))
    assert [a.model_dump() for a in back] == [a.model_dump() for a in articles]


def test_dask_on_a_local_cluster_with_two_workers():
    distributed = pytest.importorskip("dask.distributed")
    import dask.bag as db
    import dask.dataframe as dd

    from kommunenlp.dask import extract_bag, extract_dataframe

    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] * 2
    items = [{"id": f"a{i}", "text": t} for i, t in enumerate(texts)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        out = extract_bag(db.from_sequence(items, npartitions=4), model=None).compute()
        assert [o["id"] for o in out] == [i["id"] for i in items]
        ddf = dd.from_pandas(pd.DataFrame(items), npartitions=2)
        frame = extract_dataframe(ddf, text_column="text", id_column="id", model=None).compute()
        assert set(frame.article_id) == {i["id"] for i in items}
        # the pipeline was loaded in the worker processes, at most once each
        loads = client.run(lambda: __import__("kommunenlp.pipeline").pipeline.load.cache_info().misses)
        assert len(loads) == 2 and all(n <= 2 for n in loads.values())
    single = [json.loads(a.to_json()) for a in kommunenlp.extract_many(items, nlp=kommunenlp.load(None))]
    assert [o["awards"] for o in out] == [s["awards"] for s in single]
