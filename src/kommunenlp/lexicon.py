"""Pattern tables (TOML files under ``lexicon/``) -> cached Python objects.

The tables are data: adding a Bokmål or Nynorsk phrasing is adding a row there.
"""
from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed contents of ``lexicon/<name>.toml``."""
    return tomllib.loads(files(__package__).joinpath("lexicon").joinpath(f"{name}.toml").read_text(encoding="utf-8"))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so that the longest wins."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
