"""Article text -> written standard, "nb" (Bokmål) or "nn" (Nynorsk), by marker words."""
from __future__ import annotations

from functools import cache

import regex

from .lexicon import table
from .schema import Language

_WORDS = regex.compile(r"\p{L}+")


@cache
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    t = table("language")
    nn, nb = set(t["nn"]), set(t["nb"])
    return frozenset(nn - nb), frozenset(nb - nn)


def detect_language(text: str) -> Language:
    """ "nn" when Nynorsk marker words outnumber Bokmål ones, else "nb"."""
    nn, nb = _markers()
    words = _WORDS.findall(text[:20_000].lower())
    return "nn" if sum(w in nn for w in words) > sum(w in nb for w in words) else "nb"
