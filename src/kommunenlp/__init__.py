"""kommunenlp: award events from Norwegian (Bokmål and Nynorsk) public-sector articles.

>>> import kommunenlp
>>> article = kommunenlp.extract("Trondheim kommune er tildelt KMDs innovasjonspris for 2019.")
>>> article.awards[0].recipients[0].name
'Trondheim kommune'
"""
from __future__ import annotations

from .api import MAX_CHARS, extract, extract_many, schema
from .errors import ExtractionTimeout, InputError, KommunenlpError, TextTooLongError
from .pipeline import load
from .dataframes import from_records, to_pandas
from .schema import Article, AwardRecord, DateMention, Entity, Event, ExtractionError, Mention, Money, Person, Prize

__all__ = ["MAX_CHARS", "Article", "AwardRecord", "DateMention", "Entity", "Event", "ExtractionError", "ExtractionTimeout",
           "InputError", "KommunenlpError", "Mention", "Money", "Person", "Prize", "TextTooLongError",
           "extract", "extract_many", "from_records", "load", "schema", "to_pandas"]
__version__ = "0.1.0"
