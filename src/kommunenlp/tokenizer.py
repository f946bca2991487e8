"""The Norwegian tokenizer, adapted to article text: years that end a sentence, and bounded cost.

Two changes to spaCy's ``nb`` tokenizer, both applied by :func:`adapt_tokenizer` in ``load()``:

* spaCy keeps "2." together because Norwegian writes ordinals with a period ("2. juni"); that
  also glued every year that ends a sentence to its period ("fekk prisen i 2020. Neste år …"), so
  the parser saw one token across two sentences. A four-digit year is never an ordinal: its
  period is split off.
* spaCy's prefix/suffix loop is quadratic in the length of a run without whitespace (20,000 "("
  took 26 s). A run longer than :data:`MAX_RUN` characters cannot be words of an article; it
  becomes pieces of :data:`PIECE` characters without calling the tokenizer, so every text costs
  time linear in its length.

The Doc's text is the input, with no-break and thin spaces as plain spaces (:func:`plain_spaces`:
one character for one, so offsets are the input's).

>>> import spacy
>>> nlp = spacy.blank("nb")
>>> adapt_tokenizer(nlp)
>>> [t.text for t in nlp("Vik IL fekk prisen i 2020. Den 2. juni var festen.")]
['Vik', 'IL', 'fekk', 'prisen', 'i', '2020', '.', 'Den', '2.', 'juni', 'var', 'festen', '.']
>>> doc = nlp("Sjå " + "(" * 1000 + " her")
>>> doc.text == "Sjå " + "(" * 1000 + " her", len(doc)
(True, 22)
"""
from __future__ import annotations

from typing import Any

import regex
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

MAX_RUN = 200
PIECE = 50
# "2020." at the end of a word: the period is not part of a year (years 1000-2999).
YEAR_PERIOD = r"(?<=^[12][0-9]{3})\."
_LONG_RUN = regex.compile(r"\S{%d,}" % (MAX_RUN + 1))
# No-break, thin and other fixed-width spaces ("20\u00a0000 kroner", "Kari\u00a0Nes" in web text):
# read as plain spaces, one character for one, so every offset is still the input's.
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                      "\u200a\u202f\u205f\u3000", " "))


def plain_spaces(text: str) -> str:
    """The text with fixed-width spaces as plain ones (same length).

    >>> plain_spaces("20\u00a0000 kroner til Kari\u202fNes")
    '20 000 kroner til Kari Nes'
    """
    return text.translate(_SPACES)


class BoundedTokenizer:
    """spaCy's tokenizer for text, fixed-size pieces for overlong runs without whitespace."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.vocab = inner.vocab

    def __call__(self, text: str) -> Doc:
        text = plain_spaces(text)
        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            return self.inner(text)
        docs, at = [], 0
        for run in runs:
            if run.start() > at:
                docs.append(self.inner(text[at:run.start()]))
            # a space after the run is its last piece's whitespace, as the tokenizer would have it
            space = run.end() < len(text) and text[run.end()] == " "
            docs.append(self._pieces(run.group(), space))
            at = run.end() + space
        if at < len(text):
            docs.append(self.inner(text[at:]))
        return Doc.from_docs([d for d in docs if len(d)], ensure_whitespace=False)

    def _pieces(self, run: str, space: bool) -> Doc:
        words = [run[i:i + PIECE] for i in range(0, len(run), PIECE)]
        return Doc(self.vocab, words=words, spaces=[False] * (len(words) - 1) + [space])

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        return (self(t) for t in texts)

    # serialisation is the inner tokenizer's: the adaptation is re-applied by adapt_tokenizer
    def to_disk(self, path: Any, **kwargs: Any) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: Any, **kwargs: Any) -> BoundedTokenizer:
        self.inner.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> BoundedTokenizer:
        self.inner.from_bytes(data, **kwargs)
        return self


def adapt_tokenizer(nlp: Language) -> None:
    """Split a year's period off and bound the cost of long runs, in place (idempotent)."""
    inner: Tokenizer = nlp.tokenizer.inner if isinstance(nlp.tokenizer, BoundedTokenizer) else nlp.tokenizer  # type: ignore[assignment]
    suffixes = list(nlp.Defaults.suffixes or [])
    if YEAR_PERIOD not in suffixes:
        inner.suffix_search = compile_suffix_regex([YEAR_PERIOD, *suffixes]).search
    nlp.tokenizer = BoundedTokenizer(inner)
