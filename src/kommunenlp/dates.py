"""Dates in Norwegian text -> :class:`~kommunenlp.schema.DateMention`, and award years.

Candidates are found with a pattern built from the month and weekday tables; dateparser,
restricted to Bokmål/Nynorsk (unrestricted it reads "to" as a Finnish weekday and is slow),
turns each into a date. A date without a year ("fredag 8. juni") takes the year it is given
to resolve against (the award year or the article's date), or stays unresolved.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache, lru_cache

import dateparser
import regex

from .lexicon import alternation, table
from .schema import DateMention, Mention

TIMEOUT = 1.0
YEAR = r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]\d)"


@cache
def _date_pattern() -> regex.Pattern[str]:
    t = table("dates")
    months = alternation(list(t["month"]))
    weekdays = alternation(t["weekday"]["words"])
    return regex.compile(
        rf"(?<![\d.])(?P<range>\d{{1,2}}\.\s*[-–]\s*)?"
        rf"(?:\b(?P<wd>{weekdays})\s+(?:den\s+)?)?"
        rf"(?:(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})(?!\d)"
        rf"|(?P<d2>\d{{1,2}})\.\s?(?P<mn>{months})(?!\w)(?:\s+(?P<y2>\d{{4}})(?!\d))?)",
        regex.V1 | regex.IGNORECASE)


@lru_cache(maxsize=4096)
def _parse(surface: str, language: str, year: int) -> dt.date | None:
    parsed = dateparser.parse(
        surface, languages=[language, "nb"] if language != "nb" else ["nb"],
        settings={"REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": dt.datetime(year, 1, 1),
                  "PREFER_DATES_FROM": "current_period"})
    return parsed.date() if parsed else None


def find_dates(text: str, *, default_year: int | None = None, language: str = "nb",
               offset: int = 0) -> Iterator[DateMention]:
    """Day-precise dates in ``text``. Dates without a year need ``default_year``; a date that is the
    end of a range ("28. - 29. oktober") is skipped: it names no single day."""
    for m in _date_pattern().finditer(text, timeout=TIMEOUT):
        if m.group("range"):
            continue
        year = m.group("y") or m.group("y2")
        if year is None and default_year is None:
            continue
        start = m.start("wd") if m.group("wd") else m.start("d") if m.group("d") else m.start("d2")
        core_start = m.start("d") if m.group("d") else m.start("d2")
        core = text[core_start:m.end()]
        value = _parse(core, language, int(year) if year else default_year)  # type: ignore[arg-type]
        if value is None:
            continue
        yield DateMention(text=text[start:m.end()], start=start + offset, end=m.end() + offset,
                          value=value, rule="date")


def find_published(text: str, language: str = "nb") -> DateMention | None:
    """The article's own date from a "Publisert …" / "Sist oppdatert: …" / "Dato: …" line.

    Labels are tried in the table's order, so "Publisert" wins over "Sist oppdatert"."""
    labels = table("dates")["published"]["labels"]
    best: tuple[int, DateMention] | None = None
    for line in regex.finditer(r"[^\n]+", text):
        for rank, label in enumerate(labels):
            i = line.group().find(label)
            if i < 0:
                continue
            rest_start = line.start() + i + len(label)
            found = next(find_dates(text[rest_start:line.end()], language=language, offset=rest_start), None)
            if found and (best is None or rank < best[0]):
                best = (rank, found.model_copy(update={"rule": f"published:{label}"}))
            break
    return best[1] if best else None


def find_years(text: str, offset: int = 0) -> Iterator[Mention]:
    """Four-digit years (1950-2049) as mentions."""
    for m in regex.finditer(YEAR, text, timeout=TIMEOUT):
        yield Mention(text=m.group(), start=m.start() + offset, end=m.end() + offset, rule="year")
