"""Predictions and gold JSONL -> per-field precision, recall and F1.

Counts as the shared ``score.py`` does (its docstring is the output contract): records are
aligned per article, greedily, on award name, year and recipients; each slot is then a
slot-filling decision (a right value is a true positive, a wrong one both a false positive
and a false negative); entity names are compared as word sequences without municipal words,
a shorter name of two words or more matching inside a longer one.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LIST_SLOTS = ("recipients", "accepted_by", "presenters", "competitors")
SCALAR_SLOTS = ("status", "award", "year", "amount", "awarding_body", "event_name", "event_location", "award_date")
MUNICIPAL_WORDS = frozenset({"kommune", "kommunen", "kommunes", "kommunene", "kommunane", "kommuna",
                             "fylkeskommune", "fylkeskommunen", "fylkeskommunes"})
# As score.py: words are stemmed, so "innovasjonspris" is "innovasjonspri" here; both count as a head.
PRIZE_HEAD = re.compile(r"(pris?|stipend|premie|utmerkelse|award|prize)$")
EMPTY = (None, ())
Words = tuple[str, ...]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def _name(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("text") or ""
    return str(value or "")


def entity_words(value: Any) -> Words:
    return tuple(w for w in _words(_name(value)) if w not in MUNICIPAL_WORDS)


def same_entity(a: Words, b: Words) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _stem(w: str) -> str:
    for suffix in ("ene", "ane", "en", "et", "a", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def award_words(value: Any) -> frozenset[str]:
    return frozenset(_stem(w) for w in _words(_name(value)) if not w.isdigit())


def same_award(pred: Any, gold_names: list) -> bool:
    p = award_words(pred)
    for g in map(award_words, gold_names):
        if not p or not g:
            continue
        if p == g:
            return True
        short, long_ = (p, g) if len(p) <= len(g) else (g, p)
        if short <= long_ and any(PRIZE_HEAD.search(w) and w not in ("pri", "pris", "premie") for w in short):
            return True
    return False


def _iso(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("date") or value.get("iso")
    return str(value)[:10] if value else None


def scalar(record: dict, slot: str) -> Any:
    event: dict = record["event"] if isinstance(record.get("event"), dict) else {}
    if slot in ("event_name", "event_location"):
        return entity_words(event.get(slot.split("_")[1]))
    if slot == "amount":
        a = record.get("amount")
        if not isinstance(a, dict) or a.get("value") is None:
            return None
        try:
            return round(float(a["value"])), (a.get("currency") or "NOK").upper()
        except (TypeError, ValueError):
            return "unparseable", str(a.get("value"))
    if slot == "awarding_body":
        return entity_words(record.get("awarding_body"))
    if slot == "year":
        y = record.get("year")
        if y is None and isinstance(record.get("award"), dict):
            y = record["award"].get("year")
        return int(y) if isinstance(y, (int, str)) and str(y).isdigit() else None
    return _iso(record.get(slot))


def award_names(record: dict) -> list:
    return [n for n in [record.get("award"), *(record.get("award_aliases") or [])] if n]


def names_of(record: dict, slot: str) -> list[Words]:
    out: list[Words] = []
    for v in record.get(slot) or []:
        w = entity_words(v)
        if w and not any(same_entity(w, o) for o in out):
            out.append(w)
    return out


def pair_score(p: dict, g: dict) -> float:
    score = 0.5 if same_award(p.get("award"), award_names(g)) else 0.0
    if scalar(p, "year") is not None and scalar(p, "year") == scalar(g, "year"):
        score += 0.2
    pr, gr = names_of(p, "recipients"), names_of(g, "recipients")
    if pr and gr:
        score += 0.3 * sum(any(same_entity(x, y) for y in gr) for x in pr) / max(len(pr), len(gr))
    return score


class Tally:
    """True/false positive and false negative counts per slot."""

    def __init__(self) -> None:
        self.c: dict[str, Counter] = {}

    def add(self, slot: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        c = self.c.setdefault(slot, Counter())
        c.update(tp=tp, fp=fp, fn=fn)

    @staticmethod
    def prf(c: Counter) -> tuple[float, float, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def scalar(self, slot: str, p: Any, g: Any) -> None:
        if g in EMPTY and p in EMPTY:
            return
        if slot == "award":
            ok = p is not None and g is not None and same_award(p, g)
        elif slot in ("event_name", "awarding_body"):
            ok = p not in EMPTY and g not in EMPTY and same_entity(p, g)
        else:
            ok = p == g
        self.add(slot, tp=int(ok), fp=int(not ok and p not in EMPTY), fn=int(not ok and g not in EMPTY))

    def record(self, p: dict | None, g: dict | None) -> None:
        p, g = p or {}, g or {}
        for slot in SCALAR_SLOTS:
            if slot == "award":
                self.scalar(slot, p.get("award") or None, award_names(g) or None)
            else:
                self.scalar(slot, scalar(p, slot) if p else None, scalar(g, slot) if g else None)
        for slot in LIST_SLOTS:
            pn, gn = names_of(p, slot), names_of(g, slot)
            used: set[int] = set()
            for x in pn:
                j = next((j for j, y in enumerate(gn) if j not in used and same_entity(x, y)), None)
                if j is not None:
                    used.add(j)
            self.add(slot, tp=len(used), fp=len(pn) - len(used), fn=len(gn) - len(used))


def align(preds: list[dict], golds: list[dict]) -> list[tuple[dict | None, dict | None]]:
    pairs = sorted(((pair_score(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[dict | None, dict | None]] = []
    for s, i, j in pairs:
        if s >= 0.5 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((preds[i], golds[j]))
    out += [(p, None) for i, p in enumerate(preds) if i not in used_p]
    out += [(None, g) for j, g in enumerate(golds) if j not in used_g]
    return out


def score(gold: dict[str, dict], pred: dict[str, dict]) -> Tally:
    """Counts for every slot, ``record`` and ``published`` included."""
    t = Tally()
    for aid, g in gold.items():
        p = pred.get(aid, {})
        for pr, gr in align(list(p.get("awards") or []), list(g.get("awards") or [])):
            t.add("record", tp=int(pr is not None and gr is not None), fp=int(gr is None), fn=int(pr is None))
            t.record(pr, gr)
        t.scalar("published", _iso(p.get("published")), g.get("published") or None)
    return t


def report(t: Tally, articles: int) -> str:
    """The table and summary line that score.py prints."""
    lines = [f"{'slot':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    total: Counter = Counter()
    for slot in ("record", *SCALAR_SLOTS, *LIST_SLOTS, "published"):
        c = t.c.get(slot, Counter())
        if slot != "record":
            total.update(c)
        p, r, f = Tally.prf(c)
        lines.append(f"{slot:16} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp']:5} {c['fp']:5} {c['fn']:5}")
    sp, sr, sf = Tally.prf(total)
    rf = Tally.prf(t.c.get("record", Counter()))[2]
    lines.append(f"slot_f1={round(sf, 4)} slot_p={round(sp, 4)} slot_r={round(sr, 4)} "
                 f"record_f1={round(rf, 4)} articles={articles}")
    return "\n".join(lines)


def read_jsonl(path: str | Path) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e}") from e
                out[str(obj.get("id"))] = obj
    return out


def predict(gold: Iterable[dict], *, no_model: bool = False) -> dict[str, dict]:
    """Run extraction on the gold texts."""
    from .api import extract_many
    from .pipeline import load

    items = [{"id": g["id"], "text": g["text"]} for g in gold]
    nlp = load(None if no_model else "default")
    return {a.id: a.model_dump(mode="json") for a in extract_many(items, nlp=nlp) if a.id is not None}


def evaluate_files(gold_path: str, pred_path: str | None = None, *, no_model: bool = False) -> str:
    gold = read_jsonl(gold_path)
    pred = read_jsonl(pred_path) if pred_path else predict(gold.values(), no_model=no_model)
    return report(score(gold, pred), len(gold))
