"""Article text -> written standard: "nb" (Bokmål), "nn" (Nynorsk), or "und" when it is not Norwegian.

>>> detect_language("Vik songlag fekk kulturprisen, og dei var glade for det.")
'nn'
>>> detect_language("Stabekk skole vant miljøprisen, og de var glade for det.")
'nb'
>>> detect_language("The prize was awarded to the choir, and the mayor handed it over.")
'und'
>>> detect_language("Priset delades ut av kommunen och det är inte första gången.")
'und'
"""
from __future__ import annotations

from functools import cache

import regex

from .lexicon import table
from .schema import Language

_WORDS = regex.compile(r"\p{L}+")


@cache
def _markers() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    t = table("language")
    nn, nb = set(t["nn"]), set(t["nb"])
    return frozenset(nn - nb), frozenset(nb - nn), frozenset(t["norwegian"]), frozenset(t["foreign"])


def detect_language(text: str) -> Language:
    """ "und" when words of other languages clearly outnumber Norwegian ones (see
    ``language.toml``), else "nn" when Nynorsk marker words outnumber Bokmål ones, else "nb"."""
    nn, nb, norwegian, foreign = _markers()
    words = _WORDS.findall(text[:20_000].lower())
    other = sum(w in foreign for w in words)
    if other >= 3 and other > 2 * sum(w in norwegian or w in nn or w in nb for w in words):
        return "und"
    return "nn" if sum(w in nn for w in words) > sum(w in nb for w in words) else "nb"
