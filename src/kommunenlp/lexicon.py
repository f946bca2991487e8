"""Pattern tables (TOML files under ``lexicon/``) -> cached Python objects.

The tables are data: adding a Bokmål or Nynorsk phrasing is adding a row there.
"""
from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

import regex

# Seconds one pattern call may take. Every pattern is linear; the limit guards against surprises.
TIMEOUT = 1.0


def scan_timeout(length: int) -> float:
    """The limit for one pattern run over ``length`` characters: a linear scan of a long text
    needs longer, so that only a pathology, not a long article, trips it."""
    return TIMEOUT * max(1.0, length / 50_000)


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed contents of ``lexicon/<name>.toml``."""
    return tomllib.loads(files(__package__).joinpath("lexicon").joinpath(f"{name}.toml").read_text(encoding="utf-8"))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so that the longest wins."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def any_pattern(table_name: str, key: str, sub: str | None = None) -> regex.Pattern[str]:
    """One pattern for a table's list of regexes (``events.handing``, ``roles.status.awarded``)."""
    t = table(table_name)[key]
    items = t[sub] if sub else t
    return regex.compile("|".join(f"(?:{p})" for p in items), regex.V1 | regex.IGNORECASE)


@cache
def any_word(table_name: str, key: str, sub: str) -> regex.Pattern[str]:
    """Any of a table's words, also inside a longer word ("frist" in "søknadsfristen")."""
    return regex.compile(rf"(?:{alternation(table(table_name)[key][sub])})", regex.V1 | regex.IGNORECASE)


@cache
def whole_words(table_name: str, key: str) -> regex.Pattern[str]:
    """Any of a table's words as a whole word ("kommunen", not "kommunens")."""
    return regex.compile(rf"\b(?:{alternation(table(table_name)[key])})\b", regex.V1 | regex.IGNORECASE)
