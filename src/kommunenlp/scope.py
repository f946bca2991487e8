"""The statistical pipes on the words of the article, or only where an award can be.

The shipped models were trained on NorNE's sentences, which have no line-break tokens; an article
has one at every paragraph, and the CNN then misreads the words around it ("Koret" after a
blank line came out a proper noun). So ``kommunenlp.load()`` gives the pipeline one component,
``kommunenlp_scoped_pipes``, in place of its statistical pipes (they stay in the pipeline,
disabled): for each Doc it builds a Doc of its words without the whitespace tokens (and without
the sentences that have no letter, "2." or "12.03.2024": they hold no name), runs the pipes
on that, and copies tags, lemmas, morphology, the parse and the names back onto the article's
tokens, so every offset stays the article's own; a whitespace token gets POS "SPACE" and hangs
on the word before it. Measured on the shared sets against the pipes on the raw Doc: dev slot F1
0.7875 against 0.7797, every field equal or better (status 0.855 / 0.832, recipients 0.807 /
0.788); check 0.503 both, every field equal.

With ``kommunenlp.load(scope=True)`` (``window`` 1) the sub-Doc holds only the words of
:func:`award_regions`: the sentences around prize mentions and the headline. Words outside carry
no analysis (each its own root, POS "X"). Faster on long articles, but it lost the awarding body
on dev (0.618 against 0.644, with the v1 NER), so scoping is off by default. ``doc.tensor`` is
not set in either mode.

A municipality's or county's name before a municipal word ("Lunner kommune") gets the NORM of a
place the treebank knows well, so the CNN reads it as a proper noun: measured on 20 such names
in four sentence shapes, 65 of 80 read as a place with a core dependency against 56 without.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from .awards import anaphor_in
from .lexicon import table
from .lists import find_list_items
from .municipalities import is_place_name
from .sentences import sentence_spans


def award_regions(text: str, window: int = 1, head_sentences: int = 2) -> list[tuple[int, int]]:
    """Character spans of the sentences that name a prize (or refer to one: "prisen"), with
    ``window`` sentences on each side, the first ``head_sentences`` (headline, byline) and the
    items of headed lists.

    >>> text = "Budsjettet er vedteke.\\nVegen vert asfaltert. Vik IL fekk kulturprisen. Dei jubla. Så regna det. Slutt."
    >>> [text[s:e] for s, e in award_regions(text, window=1, head_sentences=1)]
    ['Budsjettet er vedteke.', 'Vegen vert asfaltert.', 'Vik IL fekk kulturprisen.', 'Dei jubla.']
    """
    sentences = sentence_spans(text)
    about = anaphor_in(text, sentences)
    keep = set(range(min(head_sentences, len(sentences))))
    for i in about:
        keep.update(range(max(0, i - window), min(len(sentences), i + window + 1)))
    # the lines of a headed list ("Nominerte:" and a name per line) however far they run
    keep.update(item.sentence for item in find_list_items(text, sentences))
    return [sentences[i] for i in sorted(keep)]


class ScopedPipes:
    """The statistical pipes, run on a Doc of the article's words (``window`` < 0) or of its award
    regions' words, and copied back."""

    def __init__(self, nlp: Language, name: str, pipes: list[str], window: int, head_sentences: int) -> None:
        self.nlp = nlp
        self.name = name
        self.pipes = pipes
        self.window = window
        self.head_sentences = head_sentences

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        it = iter(docs)
        while batch := list(islice(it, batch_size)):
            kept = [self._kept(doc) for doc in batch]
            subs: Iterable[Doc] = [self._sub_doc(doc, k) for doc, k in zip(batch, kept)]
            for name in self.pipes:
                subs = self.nlp.get_pipe(name).pipe(subs, batch_size=batch_size)  # type: ignore[attr-defined]
            for doc, k, sub in zip(batch, kept, subs):
                yield _copy_back(doc, k, sub)

    def _kept(self, doc: Doc) -> list[int]:
        # on attribute arrays: a Token object per word costs more than the choice itself
        space, sent_start, idx = doc.to_array([IS_SPACE, SENT_START, IDX]).T.astype("int64")
        keep = space == 0
        _drop_bullets(doc, keep)
        if self.window < 0:
            # a sentence without a letter ("2.", "12.03.2024 500.000,-") holds no name and no clause
            text = doc.text  # built from the tokens on every call: once
            starts = [*numpy.flatnonzero(sent_start == 1).tolist(), len(doc)]
            if starts[0] != 0:
                starts.insert(0, 0)
            chars = [*idx.tolist(), len(text)]
            for a, b in zip(starts, starts[1:]):
                if not _has_letter(text[chars[a]:chars[b]]):
                    keep[a:b] = False
            return numpy.flatnonzero(keep).tolist()
        regions = award_regions(doc.text, self.window, self.head_sentences)
        region_starts = [s for s, _ in regions]

        def inside(i: int) -> bool:
            j = bisect_right(region_starts, i) - 1
            return j >= 0 and i < regions[j][1]
        return [i for i in numpy.flatnonzero(keep).tolist() if inside(int(idx[i]))]

    def _sub_doc(self, doc: Doc, kept: list[int]) -> Doc:
        # a region's first token starts a sentence, as do the sentence starts inside it
        orth, sent_start = doc.to_array([ORTH, SENT_START]).T
        strings = doc.vocab.strings
        starts: list[bool | int | None] = [bool(sent_start[i] == 1) or k == 0 or kept[k - 1] != i - 1
                                           for k, i in enumerate(kept)]
        words = [strings[int(orth[i])] for i in kept]
        sub = Doc(doc.vocab, words=words, spaces=[True] * len(kept), sent_starts=starts)
        for k in _marked_places(words):
            sub[k].norm_ = _KNOWN_PLACE
        return sub


# A municipality's name the treebank never had ("Lunner", "Jevnaker") the CNN reads by its letters,
# as a verb or a noun ("Lunner kommune inviterer …" parsed with "Lunner" as the root); given the
# NORM of a place it knows well, it reads the proper noun. Only where a municipal word follows,
# which makes it a place for certain ("Nes" is a surname too).
_KNOWN_PLACE = "oslo"


@cache
def _place_markers() -> frozenset[str]:
    return frozenset(table("municipalities")["marker_words"] + table("names")["organs_after_place"])


def _marked_places(words: list[str]) -> list[int]:
    """Positions of the municipality or county names a municipal word follows ("Lunner kommune",
    "Gran kommunestyre", "Innlandet fylkeskommune").

    >>> _marked_places(["Lunner", "kommune", "og", "Kari", "Nes", "inviterer"])
    [0]
    """
    markers = _place_markers()
    return [k for k in range(len(words) - 1)
            if words[k + 1].lower() in markers and words[k][:1].isupper() and is_place_name(words[k])]


# A line's list marker is no word: NorNE has none, and "* Som Årets nykommar kappast A og B" parses
# as the clause only without it. Dashes stay: "– Vi er glade, seier ho" opens a quote as in NorNE.
_BULLETS = frozenset("*•·▪◦")


def _drop_bullets(doc: Doc, keep: numpy.ndarray) -> None:
    orth, idx = doc.to_array([ORTH, IDX]).T
    ids = [doc.vocab.strings[b] for b in _BULLETS if b in doc.vocab.strings]
    text = doc.text
    for i in numpy.flatnonzero(numpy.isin(orth, ids)).tolist():
        before = text.rfind("\n", 0, int(idx[i])) + 1
        if not text[before:int(idx[i])].strip():
            keep[i] = False  # the first word of its line


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


_ATTRS = [POS, TAG, MORPH, LEMMA, HEAD, DEP]


def _copy_back(doc: Doc, kept: list[int], sub: Doc) -> Doc:
    """The sub-Doc's analyses on the article's tokens; a whitespace token hangs on the word before
    it (as spaCy attaches spaces), a word left out is a root of its own (POS "X", its own lemma).
    Done on attribute arrays: a Token object per word costs more than the copy itself."""
    n = len(doc)
    strings = doc.vocab.strings
    arr = numpy.zeros((n, len(_ATTRS)), dtype="uint64")
    arr[:, 0] = strings.add("X")
    arr[:, 3] = doc.to_array([ORTH])
    arr[:, 5] = strings.add("ROOT")
    space = doc.to_array([IS_SPACE]).astype(bool)
    arr[space, 0] = strings.add("SPACE")
    after_word = space.copy()
    after_word[0] = False
    arr[after_word, 4] = numpy.uint64(-1 % 2**64)  # head: the token before (relative -1)
    arr[after_word, 5] = strings.add("dep")
    if kept:
        idx = numpy.asarray(kept, dtype="int64")
        got = sub.to_array(_ATTRS)
        sub_heads = numpy.arange(len(kept)) + got[:, 4].astype("int64")  # the sub-Doc's absolute heads
        arr[idx, :4] = got[:, :4]
        arr[idx, 4] = (idx[sub_heads] - idx).astype("uint64")
        arr[idx, 5] = got[:, 5]
    # the article's own Doc takes the analyses (its sentence starts give way to the parse's)
    doc.from_array(_ATTRS + [SENT_START], numpy.hstack([arr, numpy.zeros((n, 1), dtype="uint64")]))  # type: ignore[arg-type]
    doc.ents = [Span(doc, kept[e.start], kept[e.end - 1] + 1, label=e.label_) for e in sub.ents]
    return doc


@Language.factory("kommunenlp_scoped_pipes", default_config={"pipes": [], "window": -1, "head_sentences": 2})
def make_scoped_pipes(nlp: Language, name: str, pipes: list[str], window: int, head_sentences: int) -> ScopedPipes:
    return ScopedPipes(nlp, name, pipes, window, head_sentences)
