"""The findings of an article's reading -> :class:`~kommunenlp.schema.AwardRecord` s.

:mod:`kommunenlp.awards` reads an article into prizes, each with the findings its clauses, rows
and lists placed on it (a role, the names, the sentence, the year). Here the findings of a prize
become its givings: this year's (status from the predicates and the article's cues) and one per
earlier year or earlier winner ("I 2014 fekk Bodø prisen", "Tidlegare vinnarar: 2023: A"). Each
giving becomes a record with its year, amount, awarding body, event, date and evidence, and its
municipalities linked to their SSB numbers.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, TypeVar

import regex

from .dates import YEAR, YEAR_WORD, find_dates, last_year_in, weekday_date, year_written_in
from .events import find_event, gathering_venue
from .lexicon import TIMEOUT, any_pattern, any_word, table, whole_words
from .money import find_money
from .municipalities import link, names_a_municipality
from .names import GENITIVE_BEFORE_NOUN, NameSpan, is_occupation, is_office, is_org_word, is_title
from .prizes import MASK, PrizeMention, anaphor_pattern, same_owner
from .roles import this_giving_rules
from .schema import AwardRecord, DateMention, Entity, Event, Mention, Money, Person, Prize, Status

if TYPE_CHECKING:
    from .awards import Finding, PrizeFindings, Reader

_WORDS = regex.compile(r"\w+")
# "Vik kommune", "Vestland fylkeskommune": the municipality (county) an organ's prize belongs to
# (within one line: "Kulturprisen til Kari Nes\nGran kommune" names no "Nes Gran kommune")
_LOCAL_FORM = regex.compile(r"(?<![\p{L}\d-])\p{Lu}[\p{L}-]*(?:[^\S\n](?:og[^\S\n])?\p{Lu}[\p{L}-]*)?[^\S\n](?:kommune|herad)\b",
                            regex.V1)
_COUNTY_FORM = regex.compile(r"(?<![\p{L}\d-])\p{Lu}[\p{L}-]*(?:[^\S\n](?:og[^\S\n])?\p{Lu}[\p{L}-]*)?[^\S\n]fylkeskommune\b",
                             regex.V1)
# A capitalised name of up to five words, hyphen-suspended compounds included (what "KMD" spells out)
_CAPITALISED = regex.compile(r"(?<![\p{L}-])\p{Lu}[\p{L}]*(?:[^\S\n]?[-–—][^\S\n](?:og|eller)[^\S\n]\p{L}+"
                             r"|(?:[^\S\n]\p{Lu}[\p{L}]*)){0,4}", regex.V1)
# A sentence that says when: a year, a month, "i år", "neste veke" (an announcement, not a habit)
_TIME_ANCHOR = regex.compile(
    rf"{YEAR}|\b(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
    r"|i\s+år|neste\s+(?:år|veke|uke|månad|måned)|i\s+(?:haust|høst|vår|sommar|sommer|morgon|morgen)"
    r"|denne\s+(?:veka|uka|månaden|måneden))\b", regex.V1 | regex.IGNORECASE)
# A handing told in the future tense ("vert delt ut", "skal overrekkjast", "blir kåra")
_FUTURE = regex.compile(r"\b(?:vert|blir|skal|skjer|kjem|kommer)\b", regex.V1 | regex.IGNORECASE)


@dataclass
class Giving:
    """One giving of a prize while its record is being built: who won, received and handed it out."""

    year: Mention | None
    value: int | None  # the year as a number ("fjorårets" is the year before this year's)
    recipients: list[Entity] = field(default_factory=list)
    accepted: list[Person] = field(default_factory=list)
    presenters: list[Person] = field(default_factory=list)
    evidence: set[int] = field(default_factory=set)
    co_winners: set[int] = field(default_factory=set)  # starts of people listed as winners beside an organisation

    def add(self, f: Finding, n: NameSpan, reader: Reader) -> bool:
        """Place a name by its finding's role; False if the role does not hold for it."""
        if f.role == "recipient" and n.title and f.rule.startswith("recipient:before") \
                and not is_occupation(reader.text[n.title[0]:n.title[1]]):
            self.accepted.append(reader.person(n, f.rule))  # "Ordførar Kari Li tok imot prisen" (not "Bonde Ola Li fekk")
        elif f.role in ("recipient", "past_recipient"):
            # a person, whoever they took it for; one whose office follows in apposition ("Kari Nes,
            # leiar i Vik IL, tok imot prisen"), who received it for the organisation that won
            took_it = (f.rule == "frame:take-receipt" or reader.office_after(n)) and reader.is_person(n)
            self.recipients.append(reader.person(n, f.rule) if n.title or took_it else reader.entity(n, f.rule))
            if n.title and is_occupation(reader.text[n.title[0]:n.title[1]]) and \
                    any(not reader.is_person(o) for o in f.names):
                # "til Vik songlag, pianist Ola Dale og målar Kari Berg" (but "Dirigent Ola Berg og
                # leiar Siri Haug tok imot prisen" for their choir)
                self.co_winners.add(n.start)
        elif f.role == "accepted_by" and reader.is_person(n):
            self.accepted.append(reader.person(n, f.rule))
        elif f.role in ("giver", "presenter"):
            self.presenters.append(reader.person(n, f.rule))
        else:
            return False
        return True

    def settle(self) -> None:
        """Officials named with a title next to an organisation that won received on its behalf
        (beside a person who won, "Kunstnar Kari Li fekk prisen saman med Per Dahl", they won too,
        and so did people listed by their occupation among the winners); so did the people who
        took it ("ta imot") for an organisation that won ("Gran Janitsjar fekk prisen. Leiar
        Marit Hansen, som tok imot prisen saman med dirigent Ola Bakken, …")."""
        if any(not isinstance(r, Person) and (r.label != "PER" or any(map(is_org_word, r.name.split())))
               for r in self.recipients):  # (the NER may call "Avisa Hallingdølen" a person)
            self.accepted += [r for r in self.recipients if isinstance(r, Person) and r.start not in self.co_winners]
        self.accepted = _unique(self.accepted)
        self.recipients = [r for r in _unique(self.recipients) if not any(_same(r.name, a.name) for a in self.accepted)]
        self.presenters = _unique(self.presenters)


def _linked(reading: Reader, rec: AwardRecord) -> AwardRecord:
    """Municipalities and counties among the record's organisations, with their SSB numbers
    valid at the award's date (or the article's, or the award year's)."""
    on = (rec.award_date.value if rec.award_date else reading.published
          or (dt.date(rec.year, 7, 1) if rec.year else None))

    def one(e: Entity | None) -> Entity | None:
        marked = e is not None and ((e.start, e.end) in reading.marked or names_a_municipality(e.name))
        if e is None or (e.label == "PER" and not marked):
            return e  # "kommunene Ulstein og Fjell", "Ulstein kommune": markers the NER's PER does not outvote
        found = link(e.name, on, marked=marked)
        if not found:
            return e
        return e.model_copy(update={"kommunenummer": found.kommunenummer, "fylkesnummer": found.fylkesnummer,
                                    "official_name": found.official_name,
                                    "label": "GPE_ORG" if e.label in (None, "PER") else e.label})

    return rec.model_copy(update={"recipients": [one(e) for e in rec.recipients],
                                  "competitors": [one(e) for e in rec.competitors],
                                  "awarding_body": one(rec.awarding_body)})


def build_records(reading: Reader) -> list[AwardRecord]:
    """The records of the prizes a reading found: per prize this year's giving (when a status
    holds) and one record per earlier giving."""
    cues = {k: bool(any_pattern("roles", "status", k).search(reading.text))
            for k in ("announced", "nominated", "call", "statutes")}
    out: list[AwardRecord] = []
    for prize in reading.prizes.values():
        reading.on_time()
        out += _prize_records(reading, prize, cues)
    return [_linked(reading, r) for r in _titles_merged(out, reading.text)]


def _titles_merged(records: list[AwardRecord], text: str) -> list[AwardRecord]:
    """ "Vik kommune er årets nynorskkommune" over an article about Nynorskprisen for kommunar,
    which Vik won: a title the headline alone says of the winner of a named prize is that prize,
    by another name ("Kari Li vart kåra til årets trenar" in the text is a title of its own)."""
    out = list(records)
    headline_end = text.find("\n")
    for rec in records:
        if rec.award.rule != "prize:title" or rec.status != "awarded" or not rec.recipients or headline_end < 0 \
                or rec.award.start > headline_end or text.casefold().find(rec.award.text.casefold(), headline_end) >= 0:
            continue
        named = next((o for o in out if o is not rec and o.award.rule != "prize:title" and o.status == "awarded"
                      and rec.year in (None, o.year) and all(any(_same(r.name, w.name) for w in o.recipients)
                                                             for r in rec.recipients)), None)
        if named is not None:
            alias = Mention(text=rec.award.text, start=rec.award.start, end=rec.award.end, rule=rec.award.rule)
            out[out.index(named)] = named.model_copy(update={"award_aliases": [*named.award_aliases, alias]})
            out.remove(rec)
    return out


@dataclass
class _Givings:
    """A prize's findings sorted into givings: this year's, the earlier ones by year (or by
    winner), the nominees (placed once the status is known) and the body behind the prize."""

    main: Giving
    past: dict[str, Giving]
    competitors: list[tuple[Finding, NameSpan]]
    body: Entity | None
    body_this_giving: bool = False  # the body handed this year's prize to its winner, in one clause

    def dated(self) -> list[Entity]:
        """Winners an earlier giving has a year for."""
        return [r for e in self.past.values() if e.value for r in e.recipients]


def _prize_records(reading: Reader, prize: PrizeFindings, cues: dict[str, bool]) -> list[AwardRecord]:
    names = _names_of(reading, prize)
    # a call for candidates ("Fristen for å nominere er 3. februar") for a prize written without a
    # year, or only with the years of its winners where the text names the giving to come ("Neste
    # pris deles ut våren 2024"), is this year's giving; a winner whose clause states a year is an
    # earlier one
    coming = _next_giving(reading)
    calling = cues["call"] and (_main_year(reading, prize) is None or coming is not None and _years_all_won(reading, prize))
    main_year = (coming or _announced_year(prize)) if calling else _this_years_year(reading, prize)
    givings = _sorted_findings(reading, prize, main_year, calling)
    if main_year is None:
        # "Her er vinnarane av P: A (2023), B (2022)": winners a list dates are those years' only
        givings.main.recipients = [r for r in givings.main.recipients
                                   if not any(_same(r.name, d.name) for d in givings.dated())]
    status = _status(reading, prize, givings, main_year, cues)
    records = [_this_years_record(reading, prize, names, givings, status, main_year)] if status else []
    return records + _past_records(reading, names, givings)


def _years_all_won(reading: Reader, prize: PrizeFindings) -> bool:
    """Every year written with the prize ("Ungdomsprisen for 2021") is a year a winner's clause
    or list gives: the years are the earlier givings', none is a giving to come."""
    written = {int(reading.text[s:e]) for m in prize.mentions if m.year for s, e in [m.year]}
    won = {_year_value(reading, _year_of(reading, f, prize.key), None) for f in prize.findings
           if f.role in ("recipient", "past_recipient")}
    return written <= won


# "Neste pris deles ut våren 2024": the year of the giving a call is for
_NEXT_GIVING = regex.compile(rf"\bneste\s+(?:pris|utdeling|utdeling|tildeling|gong|gang)\b[^.!?\n]{{0,40}}?(?P<y>{YEAR})",
                             regex.V1 | regex.IGNORECASE)


def _next_giving(reading: Reader) -> Mention | None:
    return _next_giving_in(reading.text)


@lru_cache(maxsize=8)
def _next_giving_in(text: str) -> Mention | None:
    """Once per article, however many prizes ask (a string's hash is computed once)."""
    m = _NEXT_GIVING.search(text, timeout=TIMEOUT)
    return Mention(text=m.group("y"), start=m.start("y"), end=m.end("y"), rule="year:next-giving") if m else None


def _this_years_year(reading: Reader, prize: PrizeFindings) -> Mention | None:
    """The year of this year's giving: the one written with the prize most often, else the
    latest year a winner's clause states, unless another winner's clause says "i år" with no
    year ("Årets vinnar er A. B vann prisen i 2021": 2021 is B's, this year's is not stated),
    else the year a clause announcing it states ("I 2024 skal kulturprisen delast ut")."""
    main = _main_year(reading, prize)
    if main or _won_this_year(reading, prize):
        return main
    years = [y for f in prize.findings if f.role == "recipient" and (y := _year_of(reading, f, prize.key)) and y.text.isdigit()]
    return max(years, key=lambda y: int(y.text)) if years else _announced_year(prize)


def _announced_year(prize: PrizeFindings) -> Mention | None:
    """The year a clause announcing the prize writes ("I 2024 skal kulturprisen delast ut")."""
    coming = prize.coming_year
    return coming if coming is not None and coming.rule == "year:clause" else None


# "i år", "årets vinnar", "Årets kulturpris": this year's giving, its year unwritten
_THIS_YEAR = regex.compile(r"\b(?:i\s+år|årets)\b", regex.V1 | regex.IGNORECASE)


def _won_this_year(reading: Reader, prize: PrizeFindings) -> bool:
    """A winner's clause states no year but says the giving is this year's."""
    return any(f.role == "recipient" and _year_of(reading, f, prize.key) is None and
               _THIS_YEAR.search(reading.text, *reading.sentences[f.sentence], timeout=TIMEOUT)
               for f in prize.findings)


def _sorted_findings(reading: Reader, prize: PrizeFindings, main_year: Mention | None, calling: bool = False) -> _Givings:
    this_year = int(main_year.text) if main_year else None
    givings = _Givings(Giving(main_year, this_year), {}, [], _body(reading, prize))
    this_years_unwritten = this_year is None and _won_this_year(reading, prize)
    for f in prize.findings:
        year = _year_of(reading, f, prize.key)
        value = _year_value(reading, year, this_year)
        other_year = bool(value and (value != this_year if this_year else calling or this_years_unwritten))
        same_year = bool(value and this_year and value == this_year)
        for n in f.names:
            if f.role == "competitor":
                givings.competitors.append((f, n))
                continue
            if f.role == "past_recipient" and same_year:
                event = givings.main
            elif f.role == "past_recipient" or other_year or (year and year.rule in _EARLIER_YEARS) \
                    or calling and f.role == "recipient":  # the giving called for has no winner yet
                # undated earlier winners are one giving each (however many rows read them),
                # unless one "fjorårets" names them all
                # ("dei siste åra: A, B og C" are one giving each)
                # (a clause the call's earlier winners are named in is one giving: "kunstnarprisane
                # gjekk til A, B og C")
                first = f.names[0] if calling and f.role == "recipient" and year is None else n
                key = str(value) if value else f"{f.rule}:{year.start}" if year and year.rule != "year:earlier" \
                    else f"winner:{_key(reading.text[first.start:first.end])}"
                event = givings.past.setdefault(key, Giving(year, value))
            else:
                event = givings.main
            if f.role in ("giver", "body", "presenter") and is_title(reading.text[n.start:n.end]) \
                    or f.role == "presenter" and not reading.is_person(n):
                continue  # "Kultur- og likestillingsministeren deler ut prisen": a person unnamed
            if f.role in ("giver", "body") and not reading.is_person(n):
                if givings.body is None:
                    givings.body = _municipality_of_organ(reading, reading.entity(reading.partners(n, f.names), f.rule))
                    givings.body_this_giving = event is givings.main and any(
                        g.role == "recipient" and g.sentence == f.sentence and g.rule == f.rule for g in prize.findings)
                event.evidence.add(f.sentence)
            elif event.add(f, n, reading):
                event.evidence.add(f.sentence)
    givings.body = givings.body or _organ_body(reading, prize)
    return givings


def _status(reading: Reader, prize: PrizeFindings, givings: _Givings, main_year: Mention | None,
            cues: dict[str, bool]) -> Status | None:
    """What this year's giving is: awarded with a winner, nominated with nominees, announced on
    the article's cue; else what the prize's clause says happened."""
    if givings.main.recipients:
        return "awarded"
    if givings.competitors and (cues["nominated"] or any(f.only_status is None for f, _ in givings.competitors)):
        return "nominated"
    if cues["announced"] and (cues["call"] or not cues["statutes"] or main_year is not None):
        return "announced"
    clause = prize.frame_status if prize.frame_status in ("awarded", "nominated", "announced") else None
    if clause == "announced" and main_year is None and not _anchored(reading, prize):
        clause = None  # "skal heretter dele ut medaljen": a habit, not an upcoming award
    if clause in ("announced", "nominated") and main_year is None and cues["statutes"] and not cues["call"]:
        clause = None  # a statute's "Prisen kan deles ut til …", "overrekkes av …": the standing prize
    if givings.past and clause == "awarded" and (main_year is None or str(int(main_year.text)) in givings.past):
        # the clause that gave a winner gave an earlier one (unless the prize's own year is
        # none of theirs: "Kulturprisen 2024 vart delt ut i går. I fjor gjekk prisen til X")
        clause = None
    if clause or givings.past:
        return clause  # type: ignore[return-value]
    return "awarded" if reading.doc is None and _handed_out(reading, prize) else None


def _this_years_record(reading: Reader, prize: PrizeFindings, names: tuple[Prize, list[Mention]],
                       givings: _Givings, status: Status, main_year: Mention | None) -> AwardRecord:
    main = givings.main
    competitors = []
    for f, n in givings.competitors:
        if f.only_status in (None, status):
            competitors.append(reading.entity(n, f.rule))
            main.evidence.add(f.sentence)
    main.settle()
    competitors = [c for c in _unique(competitors) if not any(_same(c.name, r.name) for r in main.recipients)]
    sentences = sorted(prize.sentences | main.evidence |
                       {i for i, k in enumerate(reading.sentence_prize) if k == prize.key})
    record_year = int(main_year.text) if main_year else None
    award_date = _award_date(reading, sentences, record_year or _written_year(reading)) or \
        _award_date(reading, _plain_sentences(reading), record_year or _written_year(reading))
    if main_year is None and status != "awarded" and award_date:
        main_year = year_written_in(award_date, "year:award-date")  # "vinnaren blir kåra 13. september 2019"
        record_year = int(main_year.text) if main_year else None
    return AwardRecord(
        status=status, award=names[0], award_aliases=names[1], year=record_year,
        year_mention=main_year, amount=_amount(reading, prize, sentences), recipients=main.recipients,
        accepted_by=main.accepted, presenters=main.presenters, awarding_body=_not_among(givings.body, main.recipients),
        event=_placed(reading, _event(reading, sentences) or _article_event(reading)), competitors=competitors,
        award_date=award_date, evidence=[_sentence(reading, i) for i in sorted(main.evidence)])


def _past_records(reading: Reader, names: tuple[Prize, list[Mention]], givings: _Givings) -> list[AwardRecord]:
    # "prisen vert finansiert av fylkeskommunen", "X har gitt årets pris til Y": about this year's
    # giving, not the earlier ones
    body = givings.body
    standing_body = None if body and (body.rule in this_giving_rules() or givings.body_this_giving) else body
    dated = givings.dated()
    out = []
    for event in givings.past.values():
        event.settle()
        if not event.recipients or (event.value is None and all(
                any(_same(r.name, d.name) for d in dated) for r in event.recipients)):
            continue  # a winner a list gave with a year, read again without one
        out.append(AwardRecord(
            status="awarded", award=names[0], award_aliases=names[1], year=_written_value(event),
            year_mention=event.year, recipients=event.recipients, accepted_by=event.accepted,
            presenters=event.presenters, awarding_body=_not_among(standing_body, event.recipients),
            evidence=[_sentence(reading, i) for i in sorted(event.evidence)]))
    return out


# Years worked out from another ("i fjor", "året før"): they tell the givings apart, but the
# record's year is one the text writes ("Kulturprisen 2023"), as GUIDELINES.md annotates it
_WORKED_OUT = ("year:last-year", "year:before-last-year", "year:next-to")


def _written_value(event: Giving) -> int | None:
    return None if event.year is not None and event.year.rule in _WORKED_OUT else event.value


def _written_year(reading: Reader) -> int | None:
    return int(reading.written.text) if reading.written else None


# a year said, not written, that is never this year's giving's
_EARLIER_YEARS = ("year:last-year", "year:before-last-year", "year:earlier")


def _year_value(reading: Reader, year: Mention | None, this_year: int | None) -> int | None:
    if year is None:
        return None
    if year.rule in ("year:last-year", "year:before-last-year"):
        base = this_year or _written_year(reading)
        return base - (1 if year.rule == "year:last-year" else 2) if base else None
    if year.rule == "year:earlier":
        return None
    if year.rule == "year:next-to":
        s = reading.sentences[bisect_right(reading.sentence_starts, year.start) - 1][0]
        before = last_year_in(reading.text, s, year.start)
        return int(before.group()) + (-1 if year.text.lower().endswith("før") else 1) if before else None
    return int(year.text)


def _year_of(reading: Reader, f: Finding, key: str) -> Mention | None:
    """The year a finding is about: its clause's ("I 2014 fekk …"), else the year written with
    the prize in its sentence ("mottok Ungdomsprisen for 2021"), else its section's heading's;
    never the year written with another prize ("kulturprisen for 2016 til A og stipend til B"), and
    for an earlier winner only its clause's."""
    if f.role == "past_recipient":
        return f.year  # "Kulturprisen 2024" over "Prisen har tidlegare gått til A og B": not their year
    year = f.year or reading.sentence_year[f.sentence]
    return reading.own_year(f.sentence, key) if year and reading.year_of_another(year, key) else year


def _anchored(reading: Reader, prize: PrizeFindings) -> bool:
    """A sentence about the prize says when: a year, a month, "i år", "neste veke" …"""
    return any(_TIME_ANCHOR.search(reading.text, *reading.sentences[i], timeout=TIMEOUT) for i in prize.sentences)


def _handed_out(reading: Reader, prize: PrizeFindings) -> bool:
    """A sentence that names this prize says it was handed out or received."""
    awarded = any_pattern("roles", "status", "awarded")
    starts = reading.sentence_starts
    sentences = {bisect_right(starts, m.start) - 1 for m in prize.mentions} - {-1}
    return any(awarded.search(reading.text, *reading.sentences[i], timeout=TIMEOUT) for i in sentences)


def _names_of(reading: Reader, prize: PrizeFindings) -> tuple[Prize, list[Mention]]:
    best = max(prize.mentions, key=lambda m: (not m.plural(reading.text), not m.indefinite, m.words(reading.text),
                                              m.end - m.start, -m.start))
    year = next((reading.text[m.year[0]:m.year[1]] for m in prize.mentions if m.year), None)
    surface = reading.text[best.start:best.end]
    name = Prize(name=best.name(reading.text), text=surface, start=best.start, end=best.end, rule=f"prize:{best.shape}",
                 year=int(year) if year else None)
    seen = {surface.lower()}
    aliases = []
    for m in prize.mentions:
        t = reading.text[m.start:m.end]
        if t.lower() not in seen:
            seen.add(t.lower())
            aliases.append(Mention(text=t, start=m.start, end=m.end, rule=f"prize:{m.shape}"))
    return name, aliases


def _main_year(reading: Reader, prize: PrizeFindings) -> Mention | None:
    years = [m.year for m in prize.mentions if m.year]
    if not years:
        return None
    counts = Counter(reading.text[s:e] for s, e in years)
    top = max(counts, key=lambda y: (counts[y], -[reading.text[s:e] for s, e in years].index(y)))
    s, e = next(y for y in years if reading.text[y[0]:y[1]] == top)
    return Mention(text=top, start=s, end=e, rule="year:prize")


def _body(reading: Reader, prize: PrizeFindings) -> Entity | None:
    """The owner in the prize's name ("KMDs innovasjonspris"), written out where the text
    spells the abbreviation out; a person's name ("Anders Jahres kulturpris") honours, it does not give;
    "Kommunens kulturpris" is the municipality's the article names most (:meth:`_organ_body`)."""
    owners = [m.owner for m in prize.mentions if m.owner and not _owned_by_noun(reading, m, ("county_nouns", "municipal_nouns"))
              and (reading.label(NameSpan(*m.owner)) != "PER"
                   or any(is_org_word(w) for w in reading.text[slice(*m.owner)].split()))]
    if not owners:
        return _named_owner_noun(reading, prize)
    s, e = max(owners, key=lambda o: o[1] - o[0])
    s, e = _with_field(reading, *_spelled_out(reading, s, e))
    return Entity(name=reading.text[s:e], text=reading.text[s:e], start=s, end=e, rule="body:prize-name")


# "idrettsrådets hederspris", "fylkesmannens miljøvernpris": an organisation said as a definite noun
_OWNER_NOUN = regex.compile(r"(?<![\p{L}-])(?P<stem>\p{Ll}{4,}?)(?:ets|ens|as)\s+(?:\p{Ll}+\s+)?\p{Ll}*(?:pris|stipend|premie)",
                            regex.V1)


def _named_owner_noun(reading: Reader, prize: PrizeFindings) -> Entity | None:
    """A prize owned by an organisation said as a definite noun ("idrettsrådets hederspris") is
    that organisation's where the text names it in full ("Gran idrettsråd", "Fylkesmannen i Vestland")."""
    for m in prize.mentions:
        own = _OWNER_NOUN.match(reading.text, m.start, m.end)
        if own is None or not (is_org_word(own.group("stem")) or is_office(own.group("stem") + "en")):
            continue
        full = _named_in_full(reading.masked, own.group("stem"))
        if full:
            s, e = full
            return Entity(name=reading.text[s:e], text=reading.text[s:e], start=s, end=e, rule="body:owner-noun")
    return None


@lru_cache(maxsize=64)
def _named_in_full(masked: str, stem: str) -> tuple[int, int] | None:
    """Once per article and noun, however many mentions ask."""
    full = regex.search(rf"(?<![\p{{L}}-])(?:\p{{Lu}}[\p{{L}}-]*\s+{stem}(?![\p{{L}}])|(?i:{stem})en\s+(?:i|på)\s+\p{{Lu}}[\p{{L}}-]*)",
                        masked, regex.V1, timeout=TIMEOUT)
    return full.span() if full else None


def _with_field(reading: Reader, start: int, end: int) -> tuple[int, int]:
    """ "Nasjonalforeningens Folkehelsepris" beside "Nasjonalforeningen for folkehelsen" (in an
    address, say): the owner by the fullest name the text gives it."""
    owner = reading.text[start:end]
    if " " in owner or not owner[:1].isupper():
        return start, end
    return _owner_with_field(reading.text, owner) or (start, end)


@lru_cache(maxsize=64)
def _owner_with_field(text: str, owner: str) -> tuple[int, int] | None:
    m = regex.search(rf"(?<![\p{{L}}-]){regex.escape(owner)}\s+for\s+\p{{Ll}}[\p{{L}}-]*(?:\s+og\s+\p{{Ll}}[\p{{L}}-]*)?(?![\p{{L}}-])",
                     text, regex.V1, timeout=TIMEOUT)
    return m.span() if m else None


def _municipality_of_organ(reading: Reader, body: Entity) -> Entity:
    """ "Formannskapet i Gran", "Hovudutval for kultur i Vik kommune": a committee of a named
    municipality gives the prize on its behalf, and the body is the municipality ("Gran kommune"
    where the text writes it so), not the committee."""
    # the names reader may have stepped over the place ("Formannskapet" of "Formannskapet i Gran")
    m = _ORGAN_OF_PLACE.match(reading.text, body.start, timeout=TIMEOUT)
    if m is None or body.end not in (m.end("organ"), m.end()) or \
            not (whole_words("names", "municipal_organs").fullmatch(m.group("organ")) or _ORGAN_HEAD.search(m.group("organ"))) \
            or whole_words("names", "councils_of_their_own").fullmatch(m.group("organ")):
        return body
    place = m.group("place")
    s, e = reading.municipal_forms.get(place, m.span("place"))  # "Gran" -> the text's "Gran kommune"
    return body.model_copy(update={"name": reading.text[s:e], "text": reading.text[s:e], "start": s, "end": e,
                                   "rule": f"{body.rule}:municipality"})


# "Formannskapet i Gran", "Hovedutvalg for kultur i Hamar kommune"
_ORGAN_OF_PLACE = regex.compile(r"(?P<organ>\p{L}[\p{L}-]*)(?:\s+for\s+[^,.\n]{1,40}?)?\s+i\s+"
                                r"(?P<place>\p{Lu}[\p{L}-]+(?:\s+(?:kommune|herad))?)(?![\p{L}-])", regex.V1)
_ORGAN_HEAD = regex.compile(r"(?i)(?:utval|utvalg|utvalet|utvalget|styre|styret|rådet|råd)$", regex.V1)


def _owned_by_noun(reading: Reader, m: PrizeMention, tables: tuple[str, ...]) -> bool:
    """ "Kommunens kulturpris", "Fylkeskommunen si pris": owned by a municipality said as a noun."""
    return m.owner is not None and any(whole_words("names", k).fullmatch(reading.text, *m.owner) for k in tables)


def _organ_body(reading: Reader, prize: PrizeFindings) -> Entity | None:
    """ "Kommunestyret tildelte kulturprisen …", "Kommunen deler ut prisen": the prize is the
    municipality's own, and the municipality is the one the article names most ("Vik kommune",
    "Vestland fylkeskommune"); where the article names none, the committee that gives it."""
    for organs, nouns, form in (("county_organs", "county_nouns", _COUNTY_FORM),
                                ("municipal_organs", "municipal_nouns", _LOCAL_FORM)):
        words = whole_words("names", organs)
        if nouns not in prize.giver_nouns and not any(_owned_by_noun(reading, m, (nouns,)) for m in prize.mentions) \
                and not any(words.search(reading.text, *reading.sentences[i], timeout=TIMEOUT) for i in prize.sentences):
            continue
        named = list(form.finditer(reading.text, timeout=reading.scan_timeout))
        if named:
            most = Counter(m.group() for m in named).most_common(1)[0][0]
            first = next(m for m in named if m.group() == most)
            return Entity(name=most, text=most, start=first.start(), end=first.end(), rule="body:municipal-organ")
    if prize.giver_organ:  # only the committee is named: the committee (or the place it is of), then
        s, e = prize.giver_organ
        return _municipality_of_organ(reading, Entity(name=reading.text[s:e], text=reading.text[s:e], start=s, end=e,
                                                      rule="body:organ"))
    return None


def _spelled_out(reading: Reader, start: int, end: int) -> tuple[int, int]:
    """ "KMD" -> "Kommunal- og moderniseringsdepartementet" where the text has a name whose
    letters the abbreviation takes, in order, from its first."""
    abbr = reading.text[start:end]
    if not (abbr.isupper() and 2 <= len(abbr) <= 6):
        return start, end
    found = [m.span() for m in _CAPITALISED.finditer(reading.text, timeout=reading.scan_timeout)
             if len(m.group()) > 2 * len(abbr) and not m.group().startswith(abbr) and same_owner(abbr, m.group())]
    # "Kommunal- og moderniseringsdepartementets innovasjonspris": the owner without its genitive -s
    plain = [(s, e) for s, e in found if not GENITIVE_BEFORE_NOUN.match(reading.text, e - 1)]
    if plain:
        return plain[0]
    return (found[0][0], found[0][1] - 1) if found else (start, end)


def _amount(reading: Reader, prize: PrizeFindings, sentences: list[int]) -> Money | None:
    """The prize money: a sum in the prize's own sentences said of no other prize, else a sum
    elsewhere said of this one by name or anaphor ("Prisen er på 10 000 kroner, medan
    kulturprisen er på 20 000 kroner")."""
    sums = _prize_sums(reading)
    found = next((m for i in sentences for m, owner in sums.get(i, ()) if owner in (None, prize.key, _EVERY)), None) or \
        next((m for by_sentence in sums.values() for m, owner in by_sentence if owner in (prize.key, _EVERY)), None)
    return found.model_copy(update={"rule": "money:prize-sentence"}) if found else None


def _prize_sums(reading: Reader) -> dict[int, list[tuple[Money, str | None]]]:
    """Per sentence that speaks of a prize, the sums that can be prize money and the prize each is
    said of; read once per article (``Reader.prize_sums``), however many prizes ask."""
    if reading.prize_sums is None:
        prize_words = any_word("money", "context", "prize")
        reading.prize_sums = {}
        for i, (s, e) in enumerate(reading.sentences):
            if not (MASK in reading.masked[s:e] or prize_words.search(reading.text, s, e)):
                continue
            sums = [(m, _money_of(reading, s, m.start)) for m in find_money(reading.text[s:e], offset=s)
                    if not _other_money(reading.text, s, m)]
            if sums:
                reading.prize_sums[i] = sums
    return reading.prize_sums


def _other_money(text: str, start: int, m: Money) -> bool:
    """The sum is a grant, a budget or a cost: said so in its clause before it ("søkte om 2
    millionar"; a coordinated "og er på" starts a clause of its own: "Prisen er frå Vik kommune og
    er på 20 000 kroner") or right after it ("fekk 2 millionar kroner i tilskot")."""
    lo = max(start, m.start - 30)
    clause = _CLAUSE_START.search(text, lo, m.start)
    after = m.end + len(text[m.end:m.end + 3]) - len(text[m.end:m.end + 3].lstrip())
    return bool(any_word("money", "context", "other").search(text, clause.end() if clause else lo, m.start)
                or any_word("money", "context", "other_after").match(text, after, after + 30))


_CLAUSE_START = regex.compile(r"(?r)\b(?:og|men|medan|mens)\s+(?:er|var|blir|vert|ble|blei|vart|får|fekk|fikk|gjev|gir)\b",
                              regex.V1 | regex.IGNORECASE)


# The owner of a sum said of every prize the article names ("Prisane er på 10 000 kroner kvar")
_EVERY = "*"


def _money_of(reading: Reader, start: int, pos: int) -> str | None:
    """The prize a sum is said of: the reference nearest before it in its sentence, a name or an
    anaphor for the prize named last ("Prisen er på 10 000 kroner, medan kulturprisen er på
    20 000 kroner"), or every prize for a plural anaphor (:data:`_EVERY`)."""
    named = reading.starting_in(start, pos)
    anaphors = list(_anaphor_word().finditer(reading.masked, start, pos))
    if anaphors and (not named or anaphors[-1].start() > named[-1].start):
        if anaphors[-1].group().lower() in _plural_anaphors():
            return _EVERY
        before = reading.mention_before(anaphors[-1].start())
        return before.key if before else None
    return named[-1].key if named else None


@cache
def _plural_anaphors() -> frozenset[str]:
    return frozenset(table("prizes")["plural_anaphors"])


@cache
def _anaphor_word() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{anaphor_pattern()})\b", regex.V1 | regex.IGNORECASE)


def _event(reading: Reader, sentences: list[int]) -> Event | None:
    """The first event a handing sentence names; a venue alone only where none names one ("i
    Selje har det blitt delt ut prisar … Prisane vert delt ut på kommunestyremøtet")."""
    verbs = any_pattern("events", "handing")
    venue_verbs = any_pattern("events", "venue_handing")
    venue_only = None
    for i in sentences:
        s, e = reading.sentences[i]
        if i in reading.giving_sentences or verbs.search(reading.text, s, e):
            found = find_event(reading.masked, s, e, venue=venue_only is None and bool(venue_verbs.search(reading.text, s, e)))
            if found and found.name is not None:
                return _unmask_event(found, reading.text)
            venue_only = venue_only or found
    return _unmask_event(venue_only, reading.text) if venue_only else None


def _placed(reading: Reader, event: Event | None) -> Event | None:
    """An event without a place takes the place its guests were gathered ("Lørdag kveld var over
    500 samla i Sør Amfi i Arendal")."""
    if event is None or event.location is not None or event.name is None:
        return event
    venue = gathering_venue(reading.text)
    return event.model_copy(update={"location": venue}) if venue else event


def _article_event(reading: Reader) -> Event | None:
    """An event of the whole prize-giving, said without naming a prize ("Det ble delt ut
    åtte priser på City Scene"), for records whose own sentences name none."""
    return _event(reading, _plain_sentences(reading))


def _plain_sentences(reading: Reader) -> list[int]:
    """Sentences that name no prize: what they say of the prize-giving ("Prisutdelinga er 6.
    mai") holds for every prize the article gives."""
    return [i for i, (s, e) in enumerate(reading.sentences) if MASK not in reading.masked[s:e]]


def _award_date(reading: Reader, sentences: list[int], year: int | None) -> DateMention | None:
    verbs = any_pattern("events", "dated")
    deadline = any_word("dates", "deadline", "words")
    # "delt ut 1. mars" in an article of 3 March 2022 about the prize for 2021: the day is the
    # article's year's, unless the prize is older than the year before it (an archive piece)
    pub = reading.published.year if reading.published else None
    default = pub if pub and (year is None or year in (pub, pub - 1)) else year
    for i in sentences:
        s, e = reading.sentences[i]
        if i in reading.giving_sentences or verbs.search(reading.text, s, e):
            # "Fristen for å nominere er 3. februar, og prisen deles ut 4. mai": a deadline's day is none
            dates = [d for d in find_dates(reading.text[s:e], default_year=default, language=reading.language,
                                           offset=s, base=reading.published)
                     if not deadline.search(reading.text, max(s, d.start - 40), d.start)]
            # (only of an article that speaks of its own time: an archive piece of 2006 on the prize
            # for 2003 does not date its "fredag" from its own date)
            weekday = weekday_date(reading.text, s, e, reading.published, bool(_FUTURE.search(reading.text, s, e))) \
                if not dates and reading.published and default == pub else None
            if weekday and not deadline.search(reading.text, max(s, weekday.start - 40), weekday.start):
                dates = [weekday]  # "Tirsdag ble prisen delt ut", in an article of Wednesday 6 December
            if dates:
                # "Frå 15. til 30. august kan du stemme, og vinnaren blir avslørt 13. september":
                # the day nearest the verb that hands the prize out or names the winner
                at = [m.start() for m in verbs.finditer(reading.text, s, e)]
                found = min(dates, key=lambda d: min((abs(d.start - a) for a in at), default=0))
                return _ahead(reading, found, s, e).model_copy(update={"rule": "date:award-sentence"})
    return None


def _ahead(reading: Reader, date: DateMention, s: int, e: int) -> DateMention:
    """ "Prisen vert delt ut 14. januar" in an article of December: a day without its year that
    a sentence in the future tense puts weeks before the article is next year's."""
    pub = reading.published
    if pub is None or YEAR_WORD.search(date.text) or not _FUTURE.search(reading.text, s, e) or \
            (pub - date.value).days < 30:
        return date
    try:
        return date.model_copy(update={"value": date.value.replace(year=date.value.year + 1)})
    except ValueError:  # 29 February
        return date


def _sentence(reading: Reader, i: int) -> Mention:
    s, e = reading.sentences[i]
    return Mention(text=reading.text[s:e], start=s, end=e, rule="evidence")


def _unmask_event(event: Event, text: str) -> Event:
    def fix(ent: Entity | None) -> Entity | None:
        if ent is None:
            return None
        t = text[ent.start:ent.end]
        return ent.model_copy(update={"name": t, "text": t})

    return Event(name=fix(event.name), location=fix(event.location))


def _key(name: str) -> tuple[str, ...]:
    return tuple(w for w in _WORDS.findall(name.casefold()) if w not in ("kommune", "kommunen"))


def _not_among(body: Entity | None, recipients: list[Entity]) -> Entity | None:
    """A body is not its own prize's winner: "Vik kommune" read as the giver of the prize Vik
    kommune won is a misreading (the municipality the article names most, a host)."""
    return None if body and any(_key(body.name) == _key(r.name) for r in recipients) else body


def _same(a: str, b: str) -> bool:
    """One entity named twice: equal words, one inside the other, or a genitive ("FN", "FNs")."""
    ka, kb = _key(a), _key(b)
    if ka and kb and ka[:-1] == kb[:-1] and {ka[-1], kb[-1]} in ({ka[-1], ka[-1] + "s"}, {kb[-1], kb[-1] + "s"}):
        return True
    return bool(ka) and (ka == kb or (len(ka) < len(kb) and " ".join(ka) in " ".join(kb))
                         or (len(kb) < len(ka) and " ".join(kb) in " ".join(ka)))


E = TypeVar("E", bound=Entity)


def _unique(items: list[E]) -> list[E]:
    """One entry per entity, in first-named order, each by its fullest name ("Lise" and
    "Lise Bøe" are "Lise Bøe")."""
    out: list[E] = []
    for it in items:
        i = next((i for i, o in enumerate(out) if _same(it.name, o.name)), None)
        if i is None:
            out.append(it)
        elif len(it.name) > len(out[i].name):
            out[i] = it
    return out
