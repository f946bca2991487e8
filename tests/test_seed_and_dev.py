"""The reference article must come out exactly; the dev set must stay above its targets."""
import json

from kommunenlp import extract_many
from kommunenlp.evaluate import read_jsonl, report, score

from .conftest import SHARED, needs_shared


def _predict(nlp, gold):
    items = [{"id": g["id"], "text": g["text"]} for g in gold.values()]
    return {a.id: json.loads(a.to_json()) for a in extract_many(items, nlp=nlp)}


def _summary(gold, pred):
    line = report(score(gold, pred), len(gold)).splitlines()[-1]
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split())}


@needs_shared
def test_seed_every_field(nlp):
    gold = read_jsonl(SHARED / "seed" / "gold.jsonl")
    s = _summary(gold, _predict(nlp, gold))
    assert s["slot_f1"] == 1.0 and s["record_f1"] == 1.0


# Floors: what main measures, raised with every step until they reach the targets of the issue
# (slot F1 >= 0.85, record F1 >= 0.90, no record on an article without awards). Never lowered.
DEV_FLOOR = {"slot_f1": 0.915, "record_f1": 0.96}
NEGATIVES_WITH_RECORDS = 2


@needs_shared
def test_seed_municipalities_are_linked_by_their_marker(nlp):
    """ "kommunene Ulstein og Fjell": the marker links them whatever the NER thinks they are."""
    text = (SHARED / "seed" / "trondheim-innovasjonspris-2019.txt").read_text(encoding="utf-8")
    (award,) = extract_many([text], nlp=nlp)
    linked = {c.name: c.kommunenummer for c in award.awards[0].competitors}
    assert linked["Ulstein"] == "1516" and linked["Fjell"] in ("1246", "4626")
    assert award.awards[0].recipients[0].kommunenummer in ("5001", "1601")


@needs_shared
def test_dev_floor(nlp):
    gold = read_jsonl(SHARED / "eval" / "dev.jsonl")
    pred = _predict(nlp, gold)
    s = _summary(gold, pred)
    assert all(s[k] >= v for k, v in DEV_FLOOR.items()), s
    negatives = [i for i, g in gold.items() if not g["awards"]]
    assert len(negatives) >= 20
    assert sum(bool(pred[i]["awards"]) for i in negatives) <= NEGATIVES_WITH_RECORDS


@needs_shared
def test_evaluate_counts_like_score_py(nlp, tmp_path):
    import subprocess
    import sys

    gold = read_jsonl(SHARED / "eval" / "dev.jsonl")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in _predict(nlp, gold).values()))
    ours = report(score(gold, read_jsonl(pred_path)), len(gold)).splitlines()
    theirs = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                             str(SHARED / "eval" / "dev.jsonl"), "--pred", str(pred_path)],
                            capture_output=True, text=True, check=True).stdout.splitlines()
    assert ours[:-1] == theirs[:-1]
    assert theirs[-1].startswith(ours[-1])
