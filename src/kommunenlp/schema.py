"""The data contract: pydantic models for articles and the award records found in them.

Every extracted value is a :class:`Mention` (or carries one): ``text[start:end]`` of the
input article is exactly its surface form, so a user can check each value against the
source. ``rule`` names the pattern that produced it. The JSON written by the CLI is
``Article.model_dump(mode="json")`` and is readable by the shared ``score.py`` as it is.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

# A name with one space between its words, however the text broke or spaced them ("Gran\nsangkor").
OneSpace = Annotated[str, AfterValidator(lambda name: " ".join(name.split()))]
Status = Literal["awarded", "nominated", "announced"]
Language = Literal["nb", "nn", "und"]


class Mention(BaseModel):
    """A stretch of the input text: ``article_text[start:end] == text``."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="Surface form exactly as it appears in the input.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    rule: str = Field(default="", description="Name of the pattern that produced this value.")


class Entity(Mention):
    """A named participant: municipality, organisation, person, project, place or event."""

    name: OneSpace = Field(description="The name as the text gives it (as ``text``, with a line break or a run of spaces "
                                  "inside it written as one space: \"Gran\\nsangkor\" of wrapped text is \"Gran sangkor\").")
    label: str | None = Field(default=None, description="NorNE-style type when known (PER, ORG, GPE_ORG...).")
    kommunenummer: str | None = Field(default=None, description="Four-digit SSB municipality number, valid at the article's date.")
    fylkesnummer: str | None = Field(default=None, description="Two-digit SSB county number, valid at the article's date.")
    official_name: str | None = Field(default=None, description="Official municipality/county name, when linked.")



class Person(Entity):
    """A person, with the title the text gives them ("statssekretær", "ordfører")."""

    title: str | None = Field(default=None, description="Title or role word preceding the name, lower-cased.")


# A thousand billion: more than any prize, far below what int64 columns (to_pandas, Parquet) hold.
MAX_AMOUNT = 10**12


class Money(Mention):
    """A sum of money: "500.000 kroner" -> value 500000, currency "NOK"."""

    value: int = Field(gt=0, le=MAX_AMOUNT, description="Amount in whole currency units (at most 10^12).")
    currency: str = Field(default="NOK", description="ISO 4217 code.")


class DateMention(Mention):
    """A calendar date stated in the text, resolved to an ISO date."""

    value: dt.date = Field(description="The resolved date.")


class Prize(Mention):
    """The name of a prize as the text gives it, without the year."""

    name: OneSpace = Field(description="Fullest name of the prize used in the text (as ``text``, one space for a line "
                                       "break or a run of spaces, except that "
                                  "a suspended compound is written out: \"Kultur-\" of \"Kultur- og idrettsprisen\" "
                                  "is \"Kulturprisen\", rule \"prize:suspended\").")
    year: int | None = Field(default=None, description="Award year written next to the name, if any.")


class Event(BaseModel):
    """Where the award was handed out."""

    name: Entity | None = Field(default=None, description="Conference, meeting or ceremony name.")
    location: Entity | None = Field(default=None, description="Place or venue.")


class AwardRecord(BaseModel):
    """One award event: a prize given, a shortlist announced, or a call for candidates."""

    status: Status = Field(description="awarded | nominated | announced")
    award: Prize = Field(description="The prize, by its fullest name in the text.")
    award_aliases: list[Mention] = Field(default_factory=list, description="Other names the text uses for the same prize.")
    year: int | None = Field(default=None, description="Award year the text writes for this event "
                             "(none for a year only worked out from another: 'i fjor', 'året før').")
    year_mention: Mention | None = Field(default=None, description="Where the text states the year, or "
                                         "says which year it was ('i fjor', rule 'year:last-year').")
    amount: Money | None = Field(default=None, description="Prize money of this award.")
    recipients: list[Entity] = Field(default_factory=list, description="Who won.")
    accepted_by: list[Person] = Field(default_factory=list, description="Who received it on the winner's behalf.")
    presenters: list[Person] = Field(default_factory=list, description="Who handed it out.")
    awarding_body: Entity | None = Field(default=None, description="Organisation behind the prize.")
    event: Event | None = Field(default=None, description="Event and place of the handing-out.")
    competitors: list[Entity] = Field(default_factory=list, description="Other nominees, finalists or challengers.")
    award_date: DateMention | None = Field(default=None, description="Day the award was (or will be) handed out or decided.")
    evidence: list[Mention] = Field(default_factory=list, description="The sentences this record rests on.")

    def role_mentions(self) -> list[tuple[str, Mention]]:
        """Every span-carrying value of the record with its role label (PRIZE, RECIPIENT, ...),
        for highlighting (``doc.spans``, the HTML view) and checking."""
        out: list[tuple[str, Mention]] = [("PRIZE", self.award), *(("PRIZE", a) for a in self.award_aliases)]
        out += [(label, m) for label, m in (("AMOUNT", self.amount), ("BODY", self.awarding_body),
                                            ("DATE", self.award_date), ("YEAR", self.year_mention)) if m]
        for label, items in (("RECIPIENT", self.recipients), ("ACCEPTED_BY", self.accepted_by),
                             ("PRESENTER", self.presenters), ("COMPETITOR", self.competitors)):
            out += [(label, m) for m in items]
        if self.event:
            out += [(label, m) for label, m in (("EVENT", self.event.name), ("LOCATION", self.event.location)) if m]
        return out

    def _repr_html_(self) -> str:
        from .display import record_html

        return record_html(self)


class Article(BaseModel):
    """An input article and the award records extracted from it."""

    id: str | None = Field(default=None, description="Caller's identifier, copied to the output.")
    language: Language = Field(default="nb", description="Written standard: Bokmål (nb) or Nynorsk (nn); und for text that is not Norwegian (English, Swedish, …), which is not read for awards.")
    published: DateMention | None = Field(default=None, description='Publication date printed in the text ("Publisert", "Sist oppdatert").')
    awards: list[AwardRecord] = Field(default_factory=list, description="Award events the article reports.")
    text: str = Field(default="", exclude=True, description="The input text (not written to JSON).")

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False)

    def _repr_html_(self) -> str:
        from .display import article_html

        return article_html(self)


class ExtractionError(BaseModel):
    """One output line for an input that could not be processed."""

    id: str | None = None
    source: str = Field(description="File (and line) the input came from.")
    line: int | None = None
    error: str = Field(description="What was wrong.")


def json_schema() -> dict:
    """JSON Schema of the :class:`Article` output."""
    return Article.model_json_schema(mode="serialization")
