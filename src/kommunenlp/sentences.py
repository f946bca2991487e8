r"""Article text -> sentence character spans.

Web articles put headlines, captions and list items on lines of their own without a full
stop, so a line break ends a sentence, unless the text was wrapped there: the line ends in a
word or a comma and the next starts in lower case ("gjekk til Gran\nsangkor, som …"). Inside a
line, . ! ? end one when a capital, digit or quote follows and the word before is not an
abbreviation or an initial.

>>> text = "Kulturprisen 2023\nPrisen gjekk til Vik\nsongkor, som er 100 år. Gratulerer!"
>>> [text[s:e] for s, e in sentence_spans(text)]
['Kulturprisen 2023', 'Prisen gjekk til Vik\nsongkor, som er 100 år.', 'Gratulerer!']
>>> [text[s:e] for text in ["Kari Nes (f. 1960) fikk prisen.\n1. Ola Li"] for s, e in sentence_spans(text)]
['Kari Nes (f. 1960) fikk prisen.', '1. Ola Li']
"""
from __future__ import annotations

import regex

# "f. 1960" (født/fødd), "fhv. ordfører", "prof. Kari Nes", "avd. Gran", "adm. dir."
_ABBREVIATIONS = frozenset({"kl", "ca", "nr", "jf", "bl.a", "f.eks", "mill", "mrd", "kr", "st", "dr", "ev",
                            "evt", "mv", "osv", "pr", "tlf", "vs", "m.m", "o.l", "f.v", "t.h", "t.v",
                            "f", "fhv", "prof", "avd", "adm", "ass"})
_END = regex.compile(r"[.!?…]+[\"”»’)]*\s+(?=[«\"“(]?[\p{Lu}\d–-])", regex.V1)
# a line, and the lines it was wrapped onto
_LINE = regex.compile(r"[^\n]+(?:(?<=[\p{L}\d,])\n[ \t]*(?=\p{Ll})[^\n]+)*", regex.V1)
_LAST_WORD = regex.compile(r"[\p{L}.]+$", regex.V1)
_WORD_REACH = 12
_LIST_NUMBER = regex.compile(r"[ \t]*\d{1,2}", regex.V1)


def _abbreviation_before(text: str, line_start: int, dot: int) -> bool:
    # Only the last few characters can hold an abbreviation: looking no further keeps a long
    # line linear (searching the whole line before every full stop was quadratic).
    if _LIST_NUMBER.fullmatch(text, line_start, dot):
        return True  # "1. Kari Nes": a numbered line's number
    word = _LAST_WORD.search(text, max(line_start, dot - _WORD_REACH), dot)
    if not word:
        return False
    w = word.group().lower()
    return w in _ABBREVIATIONS or (len(w) == 1 and text[dot - 1].isupper())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, leading and trailing whitespace excluded."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if _abbreviation_before(text, line.start(), m.start()):
                continue
            out.append((start, m.end()))
            start = m.end()
        out.append((start, line.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
            for s, e in out if text[s:e].strip()]
