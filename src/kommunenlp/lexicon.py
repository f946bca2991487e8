"""Pattern tables (TOML files under ``lexicon/``) -> cached Python objects.

The tables are data: adding a Bokmål or Nynorsk phrasing is adding a row there.
"""
from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

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
    import regex

    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
