"""The library's own exceptions: every one names what was wrong and where."""
from __future__ import annotations


class KommunenlpError(Exception):
    """Base class of everything kommunenlp raises on purpose."""


class TextTooLongError(KommunenlpError, ValueError):
    """An article longer than :data:`kommunenlp.api.MAX_CHARS` characters."""


class InputError(KommunenlpError, ValueError):
    """An input record that cannot be read (bad JSON, missing text field, bad encoding)."""


class ExtractionTimeout(KommunenlpError, TimeoutError):
    """A pattern ran past its time limit on pathological input; the article is reported, not hung on."""
