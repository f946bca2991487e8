"""Article text -> sentence character spans.

Web articles put headlines, captions and list items on lines of their own without a full
stop, so every line break ends a sentence; inside a line, . ! ? end one when a capital,
digit or quote follows and the word before is not an abbreviation or an initial.
"""
from __future__ import annotations

import regex

_ABBREVIATIONS = frozenset({"kl", "ca", "nr", "jf", "bl.a", "f.eks", "mill", "mrd", "kr", "st", "dr", "ev",
                            "evt", "mv", "osv", "pr", "tlf", "vs", "m.m", "o.l", "f.v", "t.h", "t.v"})
_END = regex.compile(r"[.!?…]+[\"”»’)]*\s+(?=[«\"“(]?[\p{Lu}\d–-])", regex.V1)
_LINE = regex.compile(r"[^\n]+", regex.V1)
_LAST_WORD = regex.compile(r"[\p{L}.]+$", regex.V1)


def _abbreviation_before(line: str, dot: int) -> bool:
    word = _LAST_WORD.search(line, 0, dot)
    if not word:
        return False
    w = word.group().lower()
    return w in _ABBREVIATIONS or (len(w) == 1 and line[dot - 1].isupper())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, leading and trailing whitespace excluded."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if _abbreviation_before(text[line.start():m.start()], m.start() - line.start()):
                continue
            out.append((start, m.end()))
            start = m.end()
        out.append((start, line.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
            for s, e in out if text[s:e].strip()]
