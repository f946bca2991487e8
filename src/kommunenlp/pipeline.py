"""spaCy components and the pipeline loader: text -> Doc with ``doc._.awards``.

Factories (registered through the ``spacy_factories`` entry point as well):

- ``kommunenlp_sentences``: sentence starts from :func:`kommunenlp.sentences.sentence_spans`
  (every line break ends a sentence: headlines and captions have no full stop);
- ``kommunenlp_awards``: award records on ``doc._.awards`` (list of AwardRecord), the article
  date on ``doc._.published`` and every extracted span on ``doc.spans["kommunenlp"]``,
  labelled by role, for displaCy.

``load()`` returns the shipped pipeline (tokenizer, NER trained on NorNE, these components);
``load(model=None)`` a rule-only pipeline on a blank Norwegian tokenizer.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .awards import DEFAULT_BUDGET, extract_awards
from .dates import find_published
from .errors import ExtractionTimeout, InputError
from .language import detect_language
from .schema import AwardRecord, DateMention
from .sentences import sentence_spans
from . import scope as _scope  # noqa: F401  (registers kommunenlp_scoped_pipes)
from .tokenizer import adapt_tokenizer

SPAN_KEY = "kommunenlp"


def _awards(doc: Doc) -> list[AwardRecord] | None:
    data = doc._.kommunenlp
    return None if data is None else [AwardRecord.model_validate(a) for a in data["awards"]]


def _published(doc: Doc) -> DateMention | None:
    data = doc._.kommunenlp
    return None if data is None or data["published"] is None else DateMention.model_validate(data["published"])


# Results are stored as plain JSON data (``doc._.kommunenlp``) so that Docs cross process
# boundaries in ``nlp.pipe(n_process=...)``; ``doc._.awards`` and ``doc._.published`` read them
# back as models.
for _name, _kwargs in (("kommunenlp", {"default": None}), ("language", {"default": None}),
                       ("awards", {"getter": _awards}), ("published", {"getter": _published})):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kwargs)


class SentenceSetter:
    """Marks sentence starts (one sentence per line at least)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = numpy.array([s for s, _ in sentence_spans(doc.text)], dtype="uint64")
        idx = doc.to_array([IDX])
        flags = numpy.where(numpy.isin(idx, starts), 1, -1).astype("uint64")
        flags[0] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1))  # type: ignore[arg-type]  # numpy array is what spaCy takes
        return doc


class AwardExtractor:
    """Finds award events in a Doc; uses ``doc.ents`` when an NER ran before it."""

    def __init__(self, nlp: Language, name: str, use_entities: bool, budget: float = DEFAULT_BUDGET) -> None:
        if not budget > 0:
            raise InputError(f"{name}: budget must be a positive number of seconds, got {budget!r}")
        self.name = name
        self.use_entities = use_entities
        self.budget = budget

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text is rebuilt from the tokens on every access
        doc._.language = doc._.language or detect_language(text)
        published = find_published(text, doc._.language)
        sents = sentence_spans(text)
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if self.use_entities else []
        if doc._.language == "und":  # not Norwegian: the frames, rows and names would read it wrongly
            doc._.kommunenlp = {"awards": [], "published": None}
            return doc
        try:
            awards = extract_awards(text, sents, entities=ents, published=published, language=doc._.language,
                                    budget=self.budget,
                                    doc=doc if doc.has_annotation("DEP") or doc.has_annotation("POS") else None)
        except ExtractionTimeout as e:
            # Kept on the Doc, not raised: one pathological article must not end a batch of others.
            doc._.kommunenlp = {"awards": [], "published": None, "error": str(e)}
            return doc
        doc._.kommunenlp = {"awards": [a.model_dump(mode="json") for a in awards],
                            "published": published.model_dump(mode="json") if published else None}
        doc.spans[SPAN_KEY] = _role_spans(doc, awards)
        return doc


def _role_spans(doc: Doc, awards: list[AwardRecord]) -> list:
    spans = (doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
             for rec in awards for label, m in rec.role_mentions())
    return [s for s in spans if s is not None]


@Language.factory("kommunenlp_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSetter:
    return SentenceSetter()


@Language.factory("kommunenlp_awards", default_config={"use_entities": True, "budget": DEFAULT_BUDGET})
def make_awards(nlp: Language, name: str, use_entities: bool, budget: float) -> AwardExtractor:
    """``budget``: seconds the award reading may spend on one article before it gives up with
    :class:`~kommunenlp.ExtractionTimeout` (an error line in batch runs)."""
    return AwardExtractor(nlp, name, use_entities, budget)


def model_path() -> Path | None:
    """Where the shipped NER pipeline lives, or None if this install has none."""
    try:
        from kommunenlp.models import PIPELINE_PATH
    except ImportError:
        return None
    return PIPELINE_PATH if (PIPELINE_PATH / "config.cfg").exists() else None


def add_components(nlp: Language) -> Language:
    """Add the sentence setter and the award extractor to any Norwegian pipeline."""
    if "kommunenlp_sentences" not in nlp.pipe_names:
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe("kommunenlp_sentences", before=first) if first else nlp.add_pipe("kommunenlp_sentences")
    if "kommunenlp_awards" not in nlp.pipe_names:
        nlp.add_pipe("kommunenlp_awards")
    return nlp


_DEFAULT = "default"


@lru_cache(maxsize=4)
def load(model: str | Path | None = _DEFAULT, *, scope: bool = False) -> Language:
    """The award pipeline. ``model`` is the shipped NER by default, a path to another spaCy
    pipeline, or None for rules only. The statistical pipes read the article's words without its
    line-break tokens (:mod:`kommunenlp.scope`); with ``scope`` only the sentences around prize
    mentions (faster, off by default as it costs some accuracy). Cached: calling it again is free."""
    if model == _DEFAULT:
        model = model_path()
    nlp = spacy.load(model) if model else spacy.blank("nb")
    adapt_tokenizer(nlp)
    if nlp.pipe_names:
        pipes = list(nlp.pipe_names)
        nlp.select_pipes(disable=pipes)
        nlp.add_pipe("kommunenlp_scoped_pipes", config={"pipes": pipes, "window": 1 if scope else -1})
    return add_components(nlp)
