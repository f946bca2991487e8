"""Names of municipalities and counties -> SSB kommunenummer/fylkesnummer valid at a date.

"Fjell kommune" in a 2019 article is 1246 (merged into Øygarden, 4626, in 2020);
"Trondheim kommune" is 5001 from 2018 and 1601 before. Genitives ("Trondheims"), Nynorsk and
Bokmål forms ("kommunen", "kommunane") and Sámi parallel names ("Tråante") are understood.
Names that are also common words or person names (Hole, Bø, Nes, Vik, Moss, Lund) link only
when the text marks them ("Vik kommune", "kommunene Hole og Nes"); names that several
municipalities share (Herøy, Våler, Sande) only with their county. Data: ``data/`` (SSB KLASS
131, NLOD; Kartverket, CC BY 4.0).
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

from .lexicon import table


@dataclass(frozen=True)
class Unit:
    """A municipality (or county) under one number and name, valid from ``start`` to ``end``."""

    number: str
    name: str
    county: str
    start: dt.date
    end: dt.date | None

    def valid(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


def _read(name: str) -> list[dict[str, str]]:
    text = files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _date(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _keys(official: str) -> list[str]:
    """Lookup keys of an official name: each parallel name, without a county suffix."""
    base = regex.sub(r"\s*\([^)]*\)$", "", official)
    return [part.strip().casefold() for part in base.split(" - ")]


@cache
def _index() -> dict[str, dict[str, list[Unit]]]:
    out: dict[str, dict[str, list[Unit]]] = {"kommune": {}, "fylke": {}}
    for r in _read("kommuner.csv"):
        unit = Unit(r["kommunenummer"], r["kommunenavn"], r["fylkesnummer"], _date(r["gyldig_fra"]),  # type: ignore[arg-type]
                    _date(r["gyldig_til"]))
        for k in _keys(r["kommunenavn"]):
            out["kommune"].setdefault(k, []).append(unit)
    for r in _read("fylker.csv"):
        unit = Unit(r["fylkesnummer"], r["fylkesnavn"], r["fylkesnummer"], _date(r["gyldig_fra"]),  # type: ignore[arg-type]
                    _date(r["gyldig_til"]))
        for k in _keys(r["fylkesnavn"]):
            out["fylke"].setdefault(k, []).append(unit)
    return out


@cache
def _lexicon() -> tuple[frozenset[str], regex.Pattern[str]]:
    t = table("municipalities")
    words = "|".join(sorted(t["marker_words"], key=len, reverse=True))
    return frozenset(t["needs_marker"]), regex.compile(rf"\s+(?:{words})$|^(?:{words})\s+", regex.V1 | regex.I)


def _at(units: list[Unit], on: dt.date) -> Unit | None:
    """The unit valid on the date; else the last one before it (a name the text still uses); else the first."""
    valid = {u.number: u for u in units if u.valid(on)}
    if len(valid) == 1:
        return next(iter(valid.values()))
    if len(valid) > 1:
        return None  # a name several units share
    before = [u for u in units if u.start <= on]
    pool = before or units
    if not pool:
        return None
    last = max(pool, key=lambda u: u.start)
    same_time = {u.number for u in pool if u.start == last.start}
    return last if len(same_time) == 1 else None


@dataclass(frozen=True)
class Link:
    kommunenummer: str | None
    fylkesnummer: str
    official_name: str


def is_place_name(word: str) -> bool:
    """The word is the name of a municipality or county, past or present ("Lunner", "Innlandet")."""
    key = word.casefold()
    return key in _index()["kommune"] or key in _index()["fylke"]


def names_a_municipality(name: str) -> bool:
    """The name carries its own marker ("Ulstein kommune", "Vestland fylkeskommune"), which no
    NER label outvotes."""
    return bool(_lexicon()[1].search(name.strip()))


def link(name: str, on: dt.date | None = None, *, marked: bool = False) -> Link | None:
    """The municipality or county a name refers to on a date, or None.

    ``marked``: the context already says it is a municipality ("kommunene Ulstein og Fjell")."""
    on = on or dt.date.today()
    common, marker = _lexicon()
    bare = marker.sub("", name.strip())
    has_marker = bare != name.strip()
    is_county = "fylke" in name.casefold()
    candidates = [bare] + ([bare[:-1]] if bare.endswith("s") and len(bare) > 3 else [])
    for cand in candidates:
        if is_county:
            unit = _at(_index()["fylke"].get(cand.casefold(), []), on)
            if unit:
                return Link(None, unit.number, unit.name)
            continue
        units = _index()["kommune"].get(cand.casefold(), [])
        if not units or (cand in common and not (has_marker or marked)):
            continue
        unit = _at(units, on)
        if unit:
            return Link(unit.number, unit.county, unit.name)
    return None
