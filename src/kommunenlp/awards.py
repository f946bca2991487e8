"""An article's text, sentences and entities -> its prizes, each with the role findings placed on it.

How it reads an article:

1. find every prize name (:mod:`kommunenlp.prizes`) and group the mentions of one prize;
2. read the parse: each predicate of ``lexicon/frames.toml`` whose prize slot holds a prize (or
   "prisen", "dei to prisane") gives the names in its other slots their roles
   (:mod:`kommunenlp.frames` finds the slots, :mod:`kommunenlp.names` reads the names);
3. mask the prize names and run the surface rows of ``lexicon/roles.toml`` (headlines, "Årets
   ildsjel: X", captions): a row adds a role only where no parsed clause gave that one;
4. read the headed lists (:mod:`kommunenlp.lists`): earlier winners, shortlists, categories;
5. tie each finding to a prize (one named in the clause or trigger, else in the sentence, else
   the prize the article last spoke of); :mod:`kommunenlp.records` turns each prize's findings
   into the record of this year's award and one record per earlier giving ("I 2014 fekk Bodø
   prisen", "Tidlegare vinnarar: 2023: A").

Every value keeps the character span it came from and the name of the rule that fired.
"""
from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import islice

import regex
from spacy.tokens import Doc, Span, Token

from .dates import YEAR, article_year, last_year_in
from .errors import ExtractionTimeout
from .frames import FrameHit, find_frames, implicit_cues, in_clause_of
from .lexicon import TIMEOUT, alternation, scan_timeout, table, whole_words
from .lists import ListItem, find_list_items
from .municipalities import link
from .names import (WORD_BEFORE, NameSpan, abbreviated_start, is_agency_name, is_occupation, is_org_word, is_title,
                    names_after, names_before)
from .prizes import (COORDINATION, MASK, PrizeMention, anaphor_pattern, capital_inside_sentence, find_prizes,
                     mask_prizes)
from .records import build_records
from .roles import RolePattern, role_patterns
from .schema import AwardRecord, DateMention, Entity, Mention, Money, Person

# Seconds the award reading may spend on one article (the component's ``budget``); linear cost
# makes 1 M characters of award-dense text take a few seconds, so this stops only pathologies.
DEFAULT_BUDGET = 30.0
EntitySpan = tuple[int, int, str]  # start, end, NorNE label


@dataclass
class Finding:
    """Names that a role pattern placed in one sentence."""

    role: str
    names: list[NameSpan]
    sentence: int
    year: Mention | None
    rule: str
    only_status: str | None = None


@dataclass
class PrizeFindings:
    key: str
    mentions: list[PrizeMention]
    findings: list[Finding] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    frame_status: str | None = None  # what a parsed clause about the prize says happened
    coming_year: Mention | None = None  # the year a clause announcing the prize states ("skal delast ut i 2024")
    giver_nouns: set[str] = field(default_factory=set)  # "kommunen" as a clause's giver: its table
    giver_organ: tuple[int, int] | None = None  # "forretningsutvalget" as a clause's giver


_DEFINITE_END = regex.compile(r"(?:en|et|a|n)$", regex.V1)  # "ordføraren" -> "ordførar"
_AS_WINNER = regex.compile(r"\s*,?\s*som\s+(?:årets\s+)?(?:vinnar|vinner|vinnaren|vinneren|mottakar|mottaker|prisvinnar|prisvinner)\b",
                           regex.V1 | regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r"\b(?:henholdsvis|høvesvis|respektive)\b", regex.V1 | regex.IGNORECASE)
_PARTNERS = regex.compile(r"\s+(?:og|&)\s+", regex.V1)


@cache
def _plural_anaphor() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:(?:\w+\s+){{0,3}}\b(?:{alternation(table('prizes')['plural_anaphors'])}))", regex.V1)


@cache
def _possessed_plural() -> regex.Pattern[str]:
    """ "sine priser", "årets prisar", "delte ut priser": every prize the article names (``prizes.toml``)."""
    t = table("prizes")
    return regex.compile(rf"(?i:\b(?:{alternation(t['plural_owners'] + t['plural_handings'])})\s+(?:\p{{L}}+\s+)?"
                         rf"(?:{alternation(t['possessed_plurals'])})\b)", regex.V1)


@cache
def _anaphor() -> regex.Pattern[str]:
    return regex.compile(rf"{MASK}|\b(?:{anaphor_pattern()})\b", regex.V1 | regex.IGNORECASE)


@cache
def _anaphor_phrase() -> regex.Pattern[str]:
    """A span that refers back to a prize: "prisen", "dei tre prisane", "begge prisane"."""
    return regex.compile(rf"(?:(?:dei|de|begge|alle)\s+)?(?:(?:to|tre|fire|fem|seks|sju|syv|åtte)\s+)?"
                         rf"(?:{MASK}+|\b(?:{anaphor_pattern()})\b)", regex.V1 | regex.IGNORECASE)


@cache
def _implicit_cue() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{alternation(sorted(implicit_cues()))})(?:en|a)?\b", regex.V1 | regex.IGNORECASE)


@cache
def _skip_before() -> list[regex.Pattern[str]]:
    return [regex.compile(p, regex.V1) for p in table("roles")["skip_before"]["patterns"]]


@cache
def _governed_before() -> regex.Pattern[str]:
    """A sentence that opens with a prepositional phrase, up to a name: in V2 the phrase is all
    there is before the verb, so the name is the preposition's object, not the subject ("Byrådet i
    Bergen kommune deler ut …" opens with its subject)."""
    words = alternation(table("roles")["governed_before"]["prepositions"])
    return regex.compile(rf"\s*(?:{words})\s[^.!?\n]*?(?<![\p{{L}}])(?:{words})\s+", regex.V1 | regex.IGNORECASE)


# "Ungdomsrådet", "Songlaget": a definite organisation word alone, whose name the text may give
_DEFINITE_ORG = regex.compile(r"(?P<stem>\p{Lu}\p{Ll}{3,}?)(?:et|en|a)", regex.V1)
_MUNICIPAL_FORM = regex.compile(r"(?<![\p{L}\d-])(\p{Lu}[\p{L}-]*)\s+(?:fylkes)?[Kk]ommune\b", regex.V1)
# A pronoun that refers back to the prize the sentence before named (Bokmål "den" for "prisen")
_PRONOUN = regex.compile(r"(?<![\p{L}])den(?![\p{L}])", regex.V1 | regex.IGNORECASE)
# A description in lower case, then its name after a comma ("årets vinnar, Lars Holm")
_APPOSITIVE = regex.compile(r"\p{Ll}[\p{L}\s-]{0,40}?,\s+(?=\p{Lu})", regex.V1)
_AGE_COMMA = regex.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*", regex.V1)  # "Kari Li (45), Vik IL"
# the lower-case words that end a team's name on its line ("Storhamar håndball damer", "Vik IL jenter 14")
_TEAM_WORDS = regex.compile(r"(?P<words>(?:\s+(?:\p{Ll}[\p{L}-]*|\d{1,2})){1,3})\s*", regex.V1)
_BRACKET = regex.compile(r"\s*\([^()\n]{0,40}\)", regex.V1)
_APPOSITIVE_WORD = regex.compile(r",\s+(\p{Ll}[\p{L}-]*)\s+(?:i|for|ved|på|av)\s", regex.V1)  # "Kari Nes, leiar i Vik IL,"
# A sentence that only presents those the one before counted: "Det er A, B og C.", "Det gjeld …"
_PRESENTING = regex.compile(r"(?:Det|Dette|Desse|Disse|Dei|De)\s+(?:er|var|gjeld|gjelder|blei|ble|vart)\s+"
                            r"(?:(?:dei|de)\s+\p{Ll}+\s*:?\s*)?", regex.V1)
# "Kari Nes er ein av tre nominerte. Dei andre er A og B.": one of several, the others presented next
_ONE_OF = regex.compile(r"\b(?:en|ein|ei|eit|eitt|et|ett)\s+av\s+(?:(?:de|dei)\s+)?(?:\d+|\p{Ll}+)\s+\p{Ll}+", regex.V1)
_THE_OTHERS = regex.compile(r"(?:De|Dei)\s+(?:\p{Ll}+\s+)?andre(?:\s+\p{Ll}+)?\s+(?:er|var|blei|ble|vart)\s+", regex.V1)
_OWNED_BY = regex.compile(r"\s+(?:sine|sina)\s+(?:\p{L}+\s+)?\p{L}+$", regex.V1)
_FIRST_WORD = regex.compile(r"[\p{L}-]+", regex.V1)
_OWN_PHRASE = regex.compile(r"\s+(?:i|på|for|ved)\s+[^,.;:!?\n]{1,40}", regex.V1)
_ONLY_PUNCTUATION = regex.compile(r"[\s.!?)\]»\"”]*", regex.V1)
# the end of a presented list: where its last name is from, then the full stop ("… og Knut Berg frå Vik.")
_LIST_END = regex.compile(r"(?:\s+(?:fra|frå|i|på)\s+\p{Lu}[\p{L}-]*)?[\s.!?)\]»\"”]*", regex.V1)
_LEADING_NOT_NAME = frozenset({"VERB", "AUX", "ADV", "PRON", "ADP", "SCONJ", "CCONJ"})
_NOT_NAME_POS = frozenset({"NOUN", "PRON", "DET", "ADV", "ADJ", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "NUM"})
# Clause bounds for a year: "; ", "mens", a relative clause ("…, som vart oppretta i 1990"), and a
# main clause after a comma ("A vann Kulturprisen for 2021, og B vann Idrettsprisen", "…, og i 2022
# til B", "Prisen vart oppretta i 1985, og har sidan gått til A")
_CLAUSE = regex.compile(r";|,?\s+(?:mens|medan)\s|,\s+som\s|,\s+(?:og|men)\s+"
                        r"(?=\p{Lu}|i\s+(?:19|20)\d\d|(?:har|hadde|er|var|vart|blei|ble|blir|vert)\s)"
                        # "til A, i 2021 til B og i 2020 til C": each elliptical clause states its year
                        r"|(?:,|\s+og)\s+(?=i\s+(?:19|20)\d\d\b)", regex.V1)
# "fjorårets vinnar", "i fjor fekk …": the year before the award's (or the article's) year
_LAST_YEAR = regex.compile(r"\b(?:fjorårets|fjorårsvinn(?:ar|er)(?:en)?|i\s+fjor|i\s+fjar|førre\s+år|forrige\s+år)\b",
                           regex.V1 | regex.IGNORECASE)
# A name described as last year's winner ("fjorårsvinnaren Kari Li", "fjorårets vinnar, Per Dahl,")
_PAST_WINNER = regex.compile(r"\b(?:fjorårsvinn(?:ar|er)(?:en)?|fjorårets\s+(?:pris)?(?:vinnar|vinner)(?:en)?)\b",
                             regex.V1 | regex.IGNORECASE)
# "I 2023 fekk A prisen, og året før B": the year next to one the sentence stated before
_YEAR_NEXT_TO = regex.compile(r"\båret\s+(?:før|etter)\b", regex.V1 | regex.IGNORECASE)


@cache
def _past_period() -> regex.Pattern[str]:
    """ "Dei siste åra har A og B fått prisen", "Tidlegare har A fått prisen", "Sist gang gikk
    prisen til A" (the frames' ``earlier_occasions``): earlier givings, their years unsaid."""
    occasions = table("frames")["earlier_occasions"]
    return regex.compile(r"\b(?:(?:dei|de)\s+siste\s+(?:åra|årene)|(?:opp\s+)?gjennom\s+(?:åra|årene)"
                         r"|tidlegare\s+år|tidligere\s+år|(?:tidlegare|tidligere)\s+(?:har|hadde)"
                         rf"|(?:{alternation(occasions['words'])})\s+(?:{alternation(occasions['nouns'])}))\b",
                         regex.V1 | regex.IGNORECASE)


_PERSONAL_PRONOUNS = frozenset({"han", "hun", "ho"})
_THEN = regex.compile(r"\s*(?:Da|Då)\s", regex.V1)
_SINCE = regex.compile(r"\b(?:sidan|siden|etter)\b(?:\s+\p{L}+){0,2}\s*$", regex.V1 | regex.IGNORECASE)
# "leiar frå 1995 til 2005", "i åra 2010–2015": where a period starts is no giving's year either
_PERIOD_END = regex.compile(rf"\s*(?:til|–|-)\s*(?:{YEAR}|i\s+dag|no|nå)\b", regex.V1 | regex.IGNORECASE)
# "fekk prisen for arbeidet med festivalen i 2022", "vant for boka som kom ut i 2019": the year of
# the reason a winner got the prize for, not of the giving
_REASON_BEFORE = regex.compile(
    r"\b(?:fekk|fikk|får|mottok|mottek|vann|vant|tildelt|tildeles|tildelast|heidra|hedret|hedres|kåra|kåret)\b"
    r"[^,;:]*?\bfor\s+(?:å|sin|sitt|si|sine|hennes|hans|deira|deres|den|det|dei|de|\p{Ll}{3,}(?:en|et|a|ane|ene|ingen|inga))\b"
    r"[^,;:]*$", regex.V1 | regex.IGNORECASE)
_REASON_REACH = 120  # how far before the year the verb and its "for" may stand (and the search looks)
_YEARS_PER_CLAUSE = 6
_CLAUSE_YEAR = regex.compile(rf"(?:\b[Ii]\s+|^\s*|\bfr[aå]\s+|\bfor\s+)(?P<y>{YEAR})\b|(?P<y2>{YEAR})\s*:", regex.V1)


def _preceded_as_the_row_says(p: RolePattern, text: str, sentence_start: int, at: int) -> bool:
    """The row's ``after`` stands right before its trigger in the sentence, and its ``not_after`` does not."""
    lo = max(sentence_start, at - 80)
    return (p.after is None or bool(p.after.search(text, lo, at))) and \
        (p.not_after is None or not p.not_after.search(text, lo, at))


def _clause_year(text: str, start: int, end: int, at: int) -> Mention | None:
    """The year stated in the clause around ``at`` ("I 2014 fekk …", "… vann i 2012", "2018: …")."""
    cuts = [c.span() for c in _CLAUSE.finditer(text, start, end)]
    # "Prisen, som vart oppretta i 1990, har gått til …": a relative clause ends at its comma
    cuts += [(comma, comma + 1) for c_start, c_end in cuts if text.startswith(",", c_start)
             and "som" in text[c_start:c_end] and (comma := text.find(",", c_end, at)) >= 0]
    cstart = max([start] + [e for _, e in cuts if e <= at])
    cend = min([end] + [s for s, _ in cuts if s >= at])
    # "Sidan starten i 2005 har prisen gått til …": where a period starts is no giving's year
    # (a clause states a few years at most: a run-on text of hundreds is read no further than that)
    m = next((y for y in islice(_CLAUSE_YEAR.finditer(text[cstart:cend]), _YEARS_PER_CLAUSE)
              if not _SINCE.search(text, max(cstart, cstart + y.start() - 25), cstart + y.start())
              and not _PERIOD_END.match(text, cstart + y.end())
              and not _REASON_BEFORE.search(text, max(cstart, cstart + y.start() - _REASON_REACH), cstart + y.start())),
             None)
    if not m:
        for pattern, rule in ((_LAST_YEAR, "year:last-year"), (_YEAR_NEXT_TO, "year:next-to"),
                              (_past_period(), "year:earlier")):
            found = pattern.search(text, cstart, cend)
            if found and rule == "year:last-year":
                # "I fjor fekk A prisen, og året før gjekk han til B": the year before last, for B
                before = _YEAR_NEXT_TO.search(text, found.end(), at)
                if before and before.group().lower().endswith("før"):
                    return Mention(text=before.group(), start=before.start(), end=before.end(),
                                   rule="year:before-last-year")
            if found and (rule != "year:next-to" or last_year_in(text, start, found.start())):
                return Mention(text=found.group(), start=found.start(), end=found.end(), rule=rule)
        return None
    g = "y" if m.group("y") else "y2"
    # "I 2023 fekk A prisen, og året før B": the year before the one stated, for what follows it
    after = _YEAR_NEXT_TO.search(text, cstart + m.end(g), at)
    if after:
        return Mention(text=after.group(), start=after.start(), end=after.end(), rule="year:next-to")
    return Mention(text=m.group(g), start=cstart + m.start(g), end=cstart + m.end(g), rule="year:clause")


def _plural_noun(t: Token) -> bool:
    """ "tre kandidatar", "to lag", "Finalistane" opening a sentence (which the tagger may read
    as a name for its capital), and a pronoun that points at a list ("Desse er finalistar til P: …")."""
    return t.pos_ == "NUM" or t.pos_ == "NOUN" and "Plur" in t.morph.get("Number", []) or \
        t.pos_ == "PROPN" and bool(t.is_sent_start) and t.lower_.endswith(("ene", "ane")) or \
        t.lower_ in table("frames")["pointing_pronouns"]


class Reader:
    """The state of reading one article: its prizes, and what each clause, row and list said of
    them (:meth:`find_roles`); :func:`kommunenlp.records.build_records` reads the records off it."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[EntitySpan],
                 published: DateMention | None, language: str, doc: Doc | None = None,
                 budget: float = DEFAULT_BUDGET) -> None:
        self.deadline = time.monotonic() + budget
        self.budget = budget
        self.scan_timeout = scan_timeout(len(text))
        self.doc = doc
        self.text = text
        self.sentences = list(sentences)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.entities = sorted(entities)
        self.entity_starts = [s for s, _, _ in self.entities]
        self.published_mention = published
        self.published = published.value if published else None
        self.written = article_year(text, published)  # the year the article speaks from
        self.language = language
        self._set_mentions(self._without_leading_word(m) for m in find_prizes(text))
        self.masked = mask_prizes(text, self.mentions)
        self.prizes: dict[str, PrizeFindings] = {}
        for m in self.mentions:
            self.prizes.setdefault(m.key, PrizeFindings(m.key, [])).mentions.append(m)
        self.sentence_prize = self._sentence_prizes()
        self.sentence_year = self._sentence_years()
        self.marked: set[tuple[int, int]] = set()
        self.clause_roles: dict[tuple[int, str], list[int]] = {}  # (sentence, role) -> predicates that gave it
        self.clause_names: set[tuple[int, int]] = set()  # (sentence, name start) a frame gave a role
        self.giving_sentences: set[int] = set()  # sentences whose parsed clause gives or announces a prize
        self.municipal_forms: dict[str, tuple[int, int]] = {}
        self.named_forms: dict[str, tuple[int, int] | None] = {}  # "Ungdomsrådet" -> the text's "Herøy ungdomsråd"
        # sums that can be prize money, by sentence, with the prize each is said of (records._prize_sums)
        self.prize_sums: dict[int, list[tuple[Money, str | None]]] | None = None
        self.titled: dict[str, list[NameSpan]] = {}  # "ordførar" -> the one person the text gives that title
        for m in _MUNICIPAL_FORM.finditer(text, timeout=self.scan_timeout):
            self.municipal_forms.setdefault(m.group(1), m.span())
        self.full_names = _full_names(text, self.entities)
        self.year_keys: dict[tuple[int, int], set[str]] = {}  # a year written with a prize's name -> its prizes
        for m in self.mentions:
            if m.year:
                self.year_keys.setdefault(m.year, set()).add(m.key)

    def on_time(self) -> None:
        """Raise ExtractionTimeout once the article's budget is spent (checked between steps)."""
        if time.monotonic() > self.deadline:
            raise ExtractionTimeout(f"the award reading ran past its budget of {self.budget:g} s "
                                    f"on this text ({len(self.text):,} characters)")

    # -- which prize each sentence speaks of -------------------------------------------------
    def _sentence_prizes(self) -> list[str]:
        out: list[str] = []
        current = self.mentions[0].key if self.mentions else ""
        for s, e in self.sentences:
            inside = self.starting_in(s, e)
            if inside:
                current = inside[0].key
            out.append(current)
        return out

    def starting_in(self, lo: int, hi: int) -> list[PrizeMention]:
        """Mentions that start in [lo, hi), from the index of starts (mentions never overlap)."""
        i = bisect_left(self.mention_starts, lo)
        j = bisect_left(self.mention_starts, hi, i)
        return list(self.mentions[i:j])

    def mention_before(self, pos: int) -> PrizeMention | None:
        """The last mention that starts before ``pos``."""
        i = bisect_left(self.mention_starts, pos)
        return self.mentions[i - 1] if i else None

    def _overlapping(self, lo: int, hi: int) -> list[PrizeMention]:
        i = max(0, bisect_left(self.mention_starts, lo) - 1)
        j = bisect_left(self.mention_starts, hi, i)
        return [m for m in self.mentions[i:j] if lo < m.end]

    def _without_leading_word(self, m: PrizeMention) -> PrizeMention:
        """ "Søk kulturstipend", "Tildelte miljøprisen": a sentence's first word, capitalised only
        because it starts the sentence, is not part of the name when the tagger says it is a verb,
        adverb, pronoun or preposition (the prize finder runs without a tagger)."""
        if m.shape != "compound" or self.doc is None or not self.doc.has_annotation("POS"):
            return m
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) < 2 or not span[0].is_sent_start or span[0].pos_ not in _LEADING_NOT_NAME:
            return m
        start = span[1].idx
        owner = m.owner if m.owner and m.owner[0] >= start else None
        return replace(m, start=start, owner=owner)

    def _set_mentions(self, mentions: Iterable[PrizeMention]) -> None:
        self.mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self.mention_starts = [m.start for m in self.mentions]

    def _sentence_years(self) -> list[Mention | None]:
        """The year each sentence speaks of: one written with a prize in it, else that of the last
        heading line that had one ("Ungdomspris for 2021" above "Prisen gikk til …")."""
        out: list[Mention | None] = []
        section: Mention | None = None
        for s, e in self.sentences:
            year = next((Mention(text=self.text[m.year[0]:m.year[1]], start=m.year[0], end=m.year[1],
                                 rule="year:prize") for m in self.starting_in(s, e) if m.year), None)
            if _is_heading(self.text, s, e):
                section = year
            out.append(year or section)
        return out

    def _prize_for(self, sentence: int, lo: int, hi: int, near: int) -> str:
        s, e = self.sentences[sentence]
        inside = [m for m in self.starting_in(lo, hi) if m.end <= hi]
        if inside:
            return inside[0].key
        in_sentence = self.starting_in(s, e)
        if in_sentence:
            return min(in_sentence, key=lambda m: abs(m.start - near)).key
        return self.sentence_prize[sentence]

    # -- step 2: role findings ---------------------------------------------------------------
    def find_roles(self) -> None:
        self._read_frames()  # the parse first: a surface row only adds what no clause gave
        anaphor = _anaphor()
        for i, (s, e) in enumerate(self.sentences):
            if self.sentence_prize[i] and anaphor.search(self.masked, s, e):
                self.prizes[self.sentence_prize[i]].sentences.add(i)
        starts = self.sentence_starts
        # Each pattern runs once over the whole text (cheaper than once per sentence); a match
        # that runs past the end of its sentence is dropped.
        for p in role_patterns():
            self.on_time()
            for m in p.trigger.finditer(self.masked, timeout=self.scan_timeout):
                lead = len(m.group()) - len(m.group().lstrip())  # "^\s*" may start on a blank line
                i = bisect_right(starts, m.start() + lead) - 1
                if i < 0:
                    continue
                s, e = self.sentences[i]
                if not _preceded_as_the_row_says(p, self.masked, s, m.start() + lead):
                    continue
                if m.end() > e or (p.prize_in_sentence and not anaphor.search(self.masked, s, e)) \
                        or _negated(self.text, (s, e), m.start() + lead, m.end()) or self._only_a_kind(m.start(), m.end()):
                    continue
                # a name the parse gave a role in this sentence keeps that role
                names = [n for n in self._tagged_names(self._names(p, s, e, m))
                         if (i, n.start) not in self.clause_names]
                if not names:
                    continue
                if p.prize_after and not anaphor.search(self.masked, names[-1].end, e):
                    continue
                if p.until and not p.until.match(self.masked, names[-1].end, e):
                    continue
                key = self._prize_for(i, m.start(), m.end(), names[0].start)
                if not key or any(m.start() <= v < m.end() for v in self.clause_roles.get((i, p.role), ())):
                    continue  # the parse read this row's predicate for this role already
                year = _clause_year(self.text, s, e, names[0].start)
                for k in self._coordinated(i, key):
                    self.prizes[k].findings.append(Finding(p.role, names, i, year, p.name, p.only_status))
                    self.prizes[k].sentences.add(i)
        self._read_the_others()
        self._read_lists()

    def _only_a_kind(self, start: int, end: int) -> bool:
        """The row's prize is a kind of prize ("Ny kulturpris til Lom", "ein kulturpris"): it
        says what the prize is, not that one was given."""
        inside = [m for m in self.starting_in(start, end) if m.end <= end]
        return bool(inside) and all(m.indefinite for m in inside)

    def _read_the_others(self) -> None:
        """ "Kari Nes er ein av tre nominerte. Dei andre er Ola Li og Per Berg.": the sentence
        after one that counts a name among several names only the others, who share its role."""
        others: dict[int, list[NameSpan]] = {}  # per sentence, read once whatever its findings
        for prize in self.prizes.values():
            read: set[int] = set()
            for f in list(prize.findings):
                if f.role in ("giver", "body", "accepted_by") or f.sentence in read:
                    continue
                if f.sentence not in others:
                    others[f.sentence] = self._the_others(f.sentence)
                if others[f.sentence]:
                    read.add(f.sentence)
                    prize.findings.append(Finding(f.role, others[f.sentence], f.sentence + 1, f.year, "the-others",
                                                  f.only_status))
                    prize.sentences.add(f.sentence + 1)

    def _read_frames(self) -> None:
        """Roles from the parse: each predicate of ``lexicon/frames.toml`` whose prize slot holds
        one of the article's prizes (or "prisen") gives the names in its other slots their roles."""
        if self.doc is None:
            return
        starts = self.sentence_starts
        anaphor = _anaphor()
        cue = _implicit_cue()
        plural = _possessed_plural()
        about_prizes = [(s, e) for n, (s, e) in enumerate(self.sentences)
                        if anaphor.search(self.masked, s, e) or cue.search(self.text, s, e)
                        or self._after_prize(n) or plural.search(self.text, s, e)]
        for hit in find_frames(self.doc, about_prizes, self._is_prize):
            self.on_time()
            i = bisect_right(starts, self.doc[hit.predicate].idx) - 1
            inside = self._overlapping(*hit.prize)
            # "Kulturprisen og idrettsprisen vart delte ut av X": the clause holds for each prize,
            # and "X delte ut prisane" for each one named so far
            # (a prize coordinated with the one in the slot, which the parser hung elsewhere, too)
            possessed = not inside and self._ends_in_possessed_plural(*hit.prize)
            keys = [k for m in inside for k in self._coordinated(i, m.key)] or (
                self._named_around(hit.predicate) if _plural_anaphor().fullmatch(self.text, *hit.prize) or possessed
                else [self.sentence_prize[i]])
            keys = [k for k in dict.fromkeys(keys) if k]
            # "Kulturprisen og idrettsprisen gjekk til høvesvis A og B": the n-th name is the n-th prize's
            each = len(keys) > 1 and bool(_RESPECTIVELY.search(self.text, *self.sentences[i]))
            owner = self._plural_owner(i, hit.prize[1]) if possessed else []
            if possessed and not self._named_before_at(hit.prize[0]):
                # "A og B er nominerte til Kulturdepartementet sine prisar. A er nominert til P1 …":
                # the prizes named after say who is in each; the plural says only whose they are
                hit = replace(hit, roles=tuple(r for r in hit.roles if r[0] in ("giver", "body")))
            for n, key in enumerate(keys):
                self._read_clause(hit, i, self.prizes[key], [m for m in inside if m.key == key], n if each else None)
                if owner:
                    self.prizes[key].findings.append(Finding("body", owner, i, None, "frame:owner-of-plural"))

    def _coordinated(self, sentence: int, key: str) -> list[str]:
        """The prize and those coordinated with it in the sentence ("Kultur- og Idrettsprisen",
        "kulturprisen og stipendet"): a row's finding holds for each."""
        inside = self.starting_in(*self.sentences[sentence])
        keys = [key]
        for a, b in zip(inside, inside[1:]):
            if COORDINATION.fullmatch(self.text, a.end, b.start) and (a.key in keys or b.key in keys):
                keys += [k for k in (a.key, b.key) if k not in keys]
        return keys

    def _named_before_at(self, pos: int) -> bool:
        return any(m.start < pos for m in self.mentions)

    def _named_around(self, token: int) -> list[str]:
        """The prizes "prisane" refers to: those named before it, else (a lead that announces
        them: "Gran kommune delte ut sine priser torsdag.") those named after it."""
        assert self.doc is not None
        at = self.doc[token].idx
        return [m.key for m in self.mentions if m.start < at] or [m.key for m in self.mentions if m.start > at]

    def _read_clause(self, hit: FrameHit, i: int, prize: PrizeFindings, inside: list[PrizeMention],
                     nth: int | None = None) -> None:
        assert self.doc is not None
        s, e = self.sentences[i]
        prize.sentences.add(i)
        named = False
        for role, rs, re_ in hit.roles:
            if hit.earlier and role == "recipient":
                role = "past_recipient"
            elif hit.earlier and role in ("giver", "presenter"):
                # "Både Eid og Selje har tidlegare delt ut prisar": who gave it before is no one
                # who hands it out now; an organisation stays behind the prize
                role = "body"
            rs = self._with_title(rs, s)
            lead = _RESPECTIVELY.match(self.text, rs)
            rs = abbreviated_start(self.text, s, lead.end() + 1 if lead else rs)
            names = self._tagged_names(self._argument_names(rs, re_, e) or self._spelled_out(rs, re_, i)) \
                or self._antecedent(rs, re_, i) or (self._titled_person(rs, re_) if role == "giver" else [])
            if nth is not None and len(names) > 1:
                names = names[nth:nth + 1]
            if not names and role in ("giver", "body"):
                self._note_giver_word(prize, rs, re_)
            if names:
                named = True
                self.clause_roles.setdefault((i, role), []).append(self.doc[hit.predicate].idx)
                self.clause_names.update((i, n.start) for n in names)
                year = self._clause_year_of(hit, i, max(names[0].start, rs))
                if year and self.year_of_another(year, prize.key):
                    # "delte ut kulturprisen for 2016 til A og kulturstipend til B": not the stipend's year
                    year = self.own_year(i, prize.key)
                described = _PAST_WINNER.search(self.text, rs, names[0].start)
                if described and role != "past_recipient":
                    # "Fjorårsvinnaren Kari Li delte ut prisen": she won last year, and hands it out this year
                    last = Mention(text=described.group(), start=described.start(), end=described.end(),
                                   rule="year:last-year")
                    prize.findings.append(Finding("past_recipient", names[:1], i, last, "frame:past-winner"))
                    year = None if year and year.start == described.start() else year
                for group, group_year in _by_bracket_year(self.text, names, year):
                    prize.findings.append(Finding(role, group, i, group_year, f"frame:{hit.frame}"))
        # A clause without a named party is evidence only for a prize named as a proper name or
        # one the article is about (named again, or in its first line): "Vi fekk Kulturprisen"
        # is an award, "vi fekk svenskeprisen" in passing a price.
        if named or any(self._proper(m) for m in inside) or self._topic(prize):
            prize.frame_status = prize.frame_status or hit.status
            if hit.status == "announced" and prize.coming_year is None:
                prize.coming_year = _clause_year(self.text, s, e, self.doc[hit.predicate].idx)
        if hit.status in ("awarded", "announced"):
            self.giving_sentences.add(i)  # its event and day are this giving's, whatever the verb

    def year_of_another(self, year: Mention, key: str) -> bool:
        """The year is written with another prize's name ("kulturprisen for 2016")."""
        return bool(self.year_keys.get((year.start, year.end), set()) - {key})

    def own_year(self, sentence: int, key: str) -> Mention | None:
        """The year written with this prize's name in the sentence ("…, og Idrettsprisen 2017 …")."""
        m = next((m for m in self.starting_in(*self.sentences[sentence]) if m.key == key and m.year), None)
        return Mention(text=self.text[slice(*m.year)], start=m.year[0], end=m.year[1], rule="year:prize") \
            if m and m.year else None

    def _antecedent(self, start: int, end: int, i: int) -> list[NameSpan]:
        """ "Per Olsen har trent barn i 30 år. Torsdag fikk han prisen": "han", "hun", "ho" is the
        last person the NER found in this sentence before it, or in the sentence before; "Gran
        skole vant prisen. Skolen er den første …": an organisation's word, definite, is the last
        name there that ends in it."""
        word = self.text[start:end].strip()
        lo = self.sentences[i - 1][0] if i > 0 else self.sentences[i][0]
        if word.lower() in _PERSONAL_PRONOUNS:
            found = [(s, e) for s, e, label in self.entities if label == "PER" and lo <= s and e <= start]
        elif " " not in word and word[:1].isupper() == (start == self.sentences[i][0]) \
                and any(map(is_org_word, stems := _definite_stems(word.lower()))):
            found = [m.span() for m in _named_ending_in(stems).finditer(self.text, lo, start, timeout=TIMEOUT)]
        else:
            return []
        if not found:
            return []
        s, e = found[-1]
        return names_after(self.masked, s, e, single=True)

    def _titled_person(self, start: int, end: int) -> list[NameSpan]:
        """ "Ordføraren delte ut prisen" where the article names "ordførar Bjørn Prytz": the one
        person the text gives that title."""
        word = self.text[start:end].strip().lower()
        stem = _DEFINITE_END.sub("", word)
        if stem == word or not stem.isalpha() or not is_title(stem):
            return []
        if stem not in self.titled:  # one search of the text per title, however often it gives
            found: dict[str, NameSpan] = {}
            for m in regex.finditer(rf"(?<![\p{{L}}-]){regex.escape(stem)}\s+(?=\p{{Lu}})", self.masked,
                                    regex.V1 | regex.IGNORECASE, timeout=self.scan_timeout):
                names = names_after(self.masked, m.start(), min(len(self.masked), m.end() + 200), single=True)
                if names and names[0].title:
                    found.setdefault(self.text[names[0].start:names[0].end], names[0])
            self.titled[stem] = list(found.values()) if len(found) == 1 else []
        return self.titled[stem]

    def _clause_year_of(self, hit: FrameHit, i: int, at: int) -> Mention | None:
        """The year a frame's clause states: around its name ("Kari Li, som vann prisen i fjor, …":
        the predicate's clause, not the name's; "starta koret i 1990, og i 2023 fekk ho prisen":
        the pronoun's, not its antecedent's), else around the predicate, but never a year the
        parse puts in another verb's clause ("debuterte i 2019 og fekk i år prisen")."""
        assert self.doc is not None
        s, e = self.sentences[i]
        for pos in (at, self.doc[hit.predicate].idx):
            year = _clause_year(self.text, s, e, pos)
            if year is not None and (year.rule != "year:clause" or in_clause_of(self.doc, hit.predicate, year.start)):
                return year
        return self._then_year(i, hit.predicate)

    def _then_year(self, i: int, predicate: int) -> Mention | None:
        """ "Prisen vart delt ut første gong i 2017. Då gjekk han til X", "… sist delt ut i 2022,
        da gikk den til X": "då", "da" is the last year stated before it, in the sentence before
        or in the clause it follows."""
        assert self.doc is not None
        then = next((c for c in self.doc[predicate].children if c.dep_ == "ADV" and c.lower_ in ("da", "då")
                     and c.i < predicate), None)
        if then is not None and then.idx > self.sentences[i][0]:
            m = last_year_in(self.text, self.sentences[i][0], then.idx)
        elif i > 0 and _THEN.match(self.text, self.sentences[i][0]):
            m = last_year_in(self.text, *self.sentences[i - 1])
        else:
            return None
        return Mention(text=m.group(), start=m.start(), end=m.end(), rule="year:then") if m else None

    def _argument_names(self, start: int, end: int, sentence_end: int) -> list[NameSpan]:
        """The names of an argument. A list the parser broke off ("til Vik songlag, pianist Ola
        Dale og målar Kari Berg.", where it took "målar" for a verb) is read on to its end when
        it ends the sentence (a clause after it would start with a verb, not a full stop), or when
        the clause's verb follows it ("A (Årdal), B (Sogndal) og C (Luster) vart nominerte"), or
        the clause's prize does ("fikk Per Li og Anne Moe hederspris": the subjects before the object)."""
        found = names_after(self.masked, start, sentence_end)
        inside = [n for n in found if n.start < end]
        last = max(found[-1].end, found[-1].year[1] if found[-1].year else 0) if found else 0  # "… og Ola Li (2020)."
        if inside and len(found) > len(inside) and (
                _ONLY_PUNCTUATION.fullmatch(self.text, last, sentence_end) or self._verb_after(found[-1].end)
                or self.masked[found[-1].end:sentence_end].lstrip().startswith(MASK)):
            return found
        appositive = _APPOSITIVE.match(self.text, start, sentence_end) if not inside else None
        comma = self.text.rfind(",", start, appositive.end()) if appositive else -1
        if appositive and (comma <= end or _OWN_PHRASE.fullmatch(self.text, end, comma)):
            # "til årets vinnar, Lars Holm": the name in apposition to a description (which the
            # parser may hang on the verb instead), also after the description's own phrase
            # ("frå kulturleiaren i Stranda, Elisabet Opsvik"), with the title the description
            # starts with ("til leiar i songlaget, Ola Nes": an official, who receives for the choir)
            found = names_after(self.masked, appositive.end(), sentence_end, single=True)
            word = _FIRST_WORD.match(self.text, appositive.start())
            if found and found[0].title is None and word and is_title(word.group()):
                found[0] = replace(found[0], title=word.span())
            return found
        return inside

    def _verb_after(self, pos: int) -> bool:
        """The next word after ``pos`` (and a bracket there) is a verb ("… (Luster) vart alle nominerte")."""
        assert self.doc is not None
        bracket = _BRACKET.match(self.text, pos)
        pos = bracket.end() if bracket else pos
        span = self.doc.char_span(pos, min(len(self.text), pos + 40), alignment_mode="expand")
        word = next((t for t in span if not (t.is_space or t.is_punct)), None) if span is not None else None
        return word is not None and word.pos_ in ("AUX", "VERB") and word.idx > pos

    def _with_title(self, start: int, sentence_start: int) -> int:
        """ "Det var dirigent Ola Li som …": the parser may leave the title outside the argument
        (a lower-case title word the tagger reads as a verb, "seier Kari Li", is none)."""
        assert self.doc is not None
        m = WORD_BEFORE.search(self.text, sentence_start, start)
        word = self.doc.char_span(m.start(), m.end(1)) if m and is_title(m.group(1)) else None
        if m is None or word is None:
            return start
        return m.start() if word[0].pos_ in ("NOUN", "ADJ", "PROPN") or word.text[0].isupper() else start

    def _spelled_out(self, start: int, end: int, i: int) -> list[NameSpan]:
        """ "nominerte tre kandidatar til P: A, B og C": a plural argument that names no one
        ("tre kandidatar", "to lag") is spelled out by the list after the clause's colon, or by
        the next sentence when it only presents them ("Tre lag er nominerte. Det gjeld A, B og C.")."""
        assert self.doc is not None
        sentence_end = self.sentences[i][1]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not any(map(_plural_noun, span)):
            return []
        colon = self.text.find(":", end, sentence_end)
        if colon >= 0:
            return names_after(self.masked, colon + 1, sentence_end)
        if i + 1 < len(self.sentences):
            s, e = self.sentences[i + 1]
            lead = _PRESENTING.match(self.text, s, e)
            found = names_after(self.masked, lead.end(), e) if lead else []
            if len(found) > 1 and _LIST_END.fullmatch(self.text, found[-1].end, e):
                return found
        return []

    def _the_others(self, i: int) -> list[NameSpan]:
        s, e = self.sentences[i]
        if i + 1 >= len(self.sentences) or not _ONE_OF.search(self.text, s, e):
            return []
        ns, ne = self.sentences[i + 1]
        lead = _THE_OTHERS.match(self.text, ns, ne)
        found = names_after(self.masked, lead.end(), ne) if lead else []
        return found if found and _ONLY_PUNCTUATION.fullmatch(self.text, found[-1].end, ne) else []

    def _note_giver_word(self, prize: PrizeFindings, start: int, end: int) -> None:
        """A giver named by a word, not a name: "kommunen" (the municipality the article names
        most) or a committee, "forretningsutvalget" (itself, where the article names none)."""
        def said(table_key: str) -> bool:
            return bool(whole_words("names", table_key).fullmatch(self.text, start, end))
        prize.giver_nouns.update(k for k in ("county_nouns", "municipal_nouns") if said(k))
        if prize.giver_organ is None and (said("county_organs") or said("municipal_organs")):
            prize.giver_organ = (start, end)

    def _topic(self, prize: PrizeFindings) -> bool:
        """The article is about this prize: it names it twice, or in its first line."""
        first_line = self.text.find("\n") if "\n" in self.text else len(self.text)
        return len(prize.mentions) >= 2 or any(m.start < first_line for m in prize.mentions)

    def _proper(self, m: PrizeMention) -> bool:
        """A prize named as a proper name: an owner, a title or quoted shape, a year of its own
        ("Kulturprisen 2023 ble delt ut"), or a capital that does not just start the sentence."""
        return bool(m.owner) or m.shape != "compound" or m.year is not None or capital_inside_sentence(self.text, m.start)

    def _tagged_names(self, names: list[NameSpan]) -> list[NameSpan]:
        """Drop one-word "names" the tagger reads as common words: a capital that only starts a
        sentence ("Ungdomsrådet", "Kven", "Begge", "Innbyggere"). Without a tagger, all are kept."""
        # "FINALISTAR: Av 35 søkjarar …": a kicker in capitals before a colon labels the text
        names = [n for n in names if not (self.text[n.start:n.end].isupper() and n.end - n.start > 3
                                          and self.text.startswith(":", n.end))]
        if self.doc is None or not self.doc.has_annotation("POS"):
            return names
        out = []
        for n in names:
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is not None and _owns_next(span):
                continue  # "vant Bokhandlerforeningens kåring av …": a genitive owns the noun after it
            tok = span[0] if span is not None and len(span) == 1 and n.title is None else None
            if tok is not None and tok.pos_ == "X" and _starts_clause(tok) and tok.lower_.endswith(("ene", "ane")) \
                    and link(tok.text) is None:
                continue  # outside the scoped analysis: a definite plural ("Arrangørene") is no name
            if tok is not None and tok.pos_ in _NOT_NAME_POS and _starts_clause(tok) and (
                    not tok.ent_type_ or tok.pos_ == "NOUN" and tok.lemma_.lower() != tok.lower_) \
                    and link(tok.text) is None and not is_agency_name(tok.text) \
                    and self._fullest(n.start, n.end) == (n.start, n.end):
                # the NER's word beats the tagger's ("Knutepunkt", ORG, stays), but not for an
                # inflected common noun ("Koret", lemma "kor"): names do not inflect; a
                # municipality's name is one whatever the tagger says ("Ål", "Vik", "Bø"), and so is
                # a definite word whose name the text gives ("Ungdomsrådet": "Herøy ungdomsråd"),
                # and a state agency's ("Landbruksdirektoratet")
                continue
            out.append(n)
        return out

    def _is_prize(self, start: int, end: int) -> bool:
        """The span names a prize, or refers back to one ("prisen", "dei tre prisane", and "den"
        right after a sentence that names one: "Rotary deler ut Moldeprisen. I år gikk den til X")."""
        if self._overlapping(start, end) or _anaphor_phrase().fullmatch(self.masked, start, end) \
                or self._ends_in_possessed_plural(start, end):
            return True
        i = bisect_right(self.sentence_starts, start) - 1
        if _PRONOUN.fullmatch(self.text, start, end):
            return self._after_prize(i)
        # Nynorsk "han" for "prisen": only where the sentence before has the prize as its subject
        # ("Fylkeskulturprisen vert delt ut av fylket. I år gjekk han til Kari Dale."), or as its
        # object beside no person "han" could be ("Kvart år deler Vik kommune ut kulturprisen.")
        return self.language == "nn" and self.text[start:end].lower() == "han" and self._prize_argument(i - 1)

    def _plural_owner(self, sentence: int, end: int) -> list[NameSpan]:
        """ "nominerte til Kulturdepartementet sine prisar" (the plural ending at ``end``): the owner
        of the prizes it refers to."""
        s = self.sentences[sentence][0]
        own = _OWNED_BY.search(self.text, max(s, end - 100), end)
        found = names_before(self.masked, s, own.start()) if own else []
        return [n for n in found[-1:] if not self.is_person(n)]

    def _ends_in_possessed_plural(self, start: int, end: int) -> bool:
        """The span is, or ends in, "sine priser", "årets prisar" ("Kulturdepartementet sine prisar";
        the parser may also hang the owner outside the span)."""
        return any(m.end() == end for m in _possessed_plural().finditer(self.text, max(0, start - 40), end))

    def _prize_argument(self, sentence: int) -> bool:
        """The subject of the sentence is a prize named there, or its object is and the sentence
        names no person."""
        if sentence < 0 or self.doc is None:
            return False
        span = self.doc.char_span(*self.sentences[sentence], alignment_mode="expand")
        if span is None:
            return False
        deps = {t.dep_ for t in span if t.dep_ in ("SUBJ", "DOBJ") and self._overlapping(t.idx, t.idx + len(t))}
        return "SUBJ" in deps or "DOBJ" in deps and not any(t.ent_type_ == "PER" for t in span)

    def _after_prize(self, sentence: int) -> bool:
        """The sentence before this one names a prize or refers to one ("Prisen deles ut av X.")."""
        if sentence <= 0:
            return False
        s, e = self.sentences[sentence - 1]
        return bool(self.starting_in(s, e)) or bool(_anaphor().search(self.masked, s, e))

    def _read_lists(self) -> None:
        """Earlier winners and shortlists become findings of the prize their heading speaks of;
        each "Category: Winner" line is a prize of its own."""
        items = [(item, names_after(self.masked, item.names_start, item.end))
                 for item in find_list_items(self.text, self.sentences)]
        labels = [item.label for item, names in items if names and item.kind == "category_winners" and item.label]
        for item, names in items:
            if names and item.kind == "category_winners":
                self._category(item, names, labels)
        if any(item.kind == "category_winners" for item, _ in items):
            self.sentence_prize = self._sentence_prizes()
        for item, found in items:
            names = self._tagged_names(found)
            if not names or item.kind == "category_winners":
                continue
            if item.sentence != item.heading:
                names = self._without_affiliations(names)
            hs, he = self.sentences[item.heading]
            key = self._prize_for(item.heading, hs, he, hs)
            if not key:
                continue
            year = None
            if item.year:
                year = Mention(text=self.text[item.year[0]:item.year[1]], start=item.year[0], end=item.year[1],
                               rule=f"year:list:{item.kind}")
            role = {"winners": "recipient", "past_winners": "past_recipient"}.get(item.kind, "competitor")
            if role == "competitor" and _AS_WINNER.match(self.text, names[-1].end, item.end):
                role = "recipient"  # "har peikt ut Vik songlag som vinnar av P": chosen, not shortlisted
            if role == "recipient" and year is not None:
                role = "past_recipient"  # "vinnarane av P: A (2023), B (2022)": each its own giving
            self.prizes[key].findings.append(Finding(role, names, item.sentence, year, f"list:{item.kind}"))

    def _category(self, item: ListItem, names: list[NameSpan], labels: list[tuple[int, int]]) -> None:
        """ "Årets trener: A, Klubb, B, Klubb": the label names a prize of its own (a prize name
        inside it is re-keyed to it, and so is that prize wherever the text names it outside the
        other labels: "da årets trener vart kåra"); "Kulturprisen 2022: Ola Li": a label that is a
        prize and its year makes the line a giving of that prize. The winners are the persons of
        the line when it starts with one (clubs after them are affiliations), else its first name."""
        assert item.label is not None
        s, e = item.label
        overlapping = self._overlapping(s, e)
        dated = [(m.key, m.year) for m in overlapping if m.start == s and m.year and m.year[1] == e and m.key in self.prizes]
        year = None
        if len(dated) == 1:
            key, (ys, ye) = dated[0]
            year = Mention(text=self.text[ys:ye], start=ys, end=ye, rule="year:prize")
        else:
            key = self._category_prize(item, overlapping, labels)
        winners = self._without_affiliations(names)[:None if self.is_person(names[0]) else 1]
        if len(winners) == 1 and not self.is_person(winners[0]) and \
                (rest := _TEAM_WORDS.fullmatch(self.text, winners[0].end, item.end, timeout=TIMEOUT)):
            winners = [replace(winners[0], end=rest.end("words"))]  # "Årets lag: Storhamar håndball damer"
        self.prizes[key].findings.append(Finding("recipient", winners, item.sentence, year, "list:category_winners"))
        self.prizes[key].sentences.add(item.sentence)

    def _category_prize(self, item: ListItem, overlapping: list[PrizeMention], labels: list[tuple[int, int]]) -> str:
        """The key of the prize a category label names, the prizes named inside it moved onto it."""
        assert item.label is not None
        s, e = item.label
        key = f"category:{self.text[s:e].casefold()}"
        owner = next((m.owner for m in overlapping if m.owner), None)
        label = PrizeMention(s, e, key, owner, shape="list-label")
        prize = self.prizes.setdefault(key, PrizeFindings(key, [label]))
        dropped, moved = set(overlapping), []
        for m in overlapping:
            old = self.prizes.get(m.key)
            if old is None or m.key.startswith("category:"):
                continue
            old.mentions.remove(m)
            old.findings = [f for f in old.findings if f.sentence != item.sentence]
            if any(_inside(o, labels) for o in old.mentions):
                if not old.mentions:
                    del self.prizes[m.key]
                continue  # another label names it too ("Årets ildsjel Vest-Agder", "… Aust-Agder")
            del self.prizes[m.key]
            dropped.update(old.mentions)
            moved += [replace(o, key=key) for o in old.mentions]
            prize.findings += old.findings
            prize.sentences |= old.sentences
            prize.frame_status = prize.frame_status or old.frame_status
            prize.coming_year = prize.coming_year or old.coming_year
        prize.mentions += moved
        self._set_mentions([m for m in self.mentions if m not in dropped] + [label] + moved)
        return key

    def _without_affiliations(self, names: list[NameSpan]) -> list[NameSpan]:
        """ "Kari Dahl, Vik IL" on a list line: the persons, when the line starts with one (the
        clubs after them are where they come from); "Meieriet bibliotek, Vestvågøy": not the
        municipality after the name; else the line's names as they are."""
        person_first = self.is_person(names[0])
        out = names[:1]
        for before, n in zip(names, names[1:]):
            sep = _AGE_COMMA.fullmatch(self.text, before.end, n.start)
            # after a person's age the name is where the person is from ("Siri Haug (38), Førde Turn")
            affiliation = sep is not None and (person_first and ("(" in sep.group() or not self.is_person(n))
                                               or link(self.text[n.start:n.end]) is not None)
            if not affiliation:
                out.append(n)  # "Austrheim og Lindås" are two; "Meieriet bibliotek, Vestvågøy" is one
        return out

    def _names(self, p: RolePattern, s: int, e: int, m: regex.Match[str]) -> list[NameSpan]:
        if p.side == "after":
            return names_after(self.masked, m.end(), e, single=p.single, keep_qualifier=p.keep_qualifier)
        end = m.start()
        for skip in _skip_before():
            found = skip.search(self.masked, s, end)
            if found:
                end = found.start()
        found = names_before(self.masked, s, end, keep_qualifier=p.keep_qualifier)
        return [] if found and _governed_before().fullmatch(self.text, s, found[0].start, timeout=self.scan_timeout) else found

    # -- values ------------------------------------------------------------------------------
    def label(self, n: NameSpan) -> str | None:
        i = max(0, bisect_left(self.entity_starts, n.start) - 1)
        for s, e, label in self.entities[i:bisect_left(self.entity_starts, n.end, i)]:
            if s <= n.start < e or n.start <= s < n.end:
                return label
        return None

    def is_person(self, n: NameSpan) -> bool:
        if n.title:
            return True
        if n.organisation:
            return False  # "songlaget Vikatonar"
        words = self.text[n.start:n.end].split()
        if any(is_org_word(w) for w in words):
            return False  # "Norsk Bibliotekforening" is no person, whatever the NER says
        label = self.label(n)
        if label:
            return label == "PER"
        return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and \
            not any(w.endswith("s") and w[:-1].isupper() for w in words)

    def partners(self, n: NameSpan, names: list[NameSpan]) -> NameSpan:
        """ "Seljord kommune og Sparebankstiftinga Seljord deler ut prisen": organisations joined
        by "og" give a prize together, and are its body together."""
        end = n.end
        for other in names[names.index(n) + 1:]:
            if self.is_person(other) or not _PARTNERS.fullmatch(self.text, end, other.start):
                break
            end = other.end
        return replace(n, end=end) if end != n.end else n

    def entity(self, n: NameSpan, rule: str) -> Entity:
        start, end = self._fullest(n.start, n.end)
        if n.municipal:
            self.marked.add((start, end))
        label = "ORG" if n.organisation and self.label(n) in (None, "PER") else self.label(n)
        return Entity(name=self._name(n, start, end), text=self.text[start:end], start=start, end=end,
                      label=label, rule=rule + (":shared-surname" if n.surname else ""))

    def office_after(self, n: NameSpan) -> bool:
        """An office follows the name in apposition ("Kari Nes, leder i Gran IL, …"), not an occupation."""
        m = _APPOSITIVE_WORD.match(self.text, n.end)
        return bool(m) and is_title(m.group(1)) and not is_occupation(m.group(1))

    def person(self, n: NameSpan, rule: str) -> Person:
        title = self.text[n.title[0]:n.title[1]].lower() if n.title else None
        start, end = self._fullest(n.start, n.end)
        return Person(name=self._name(n, start, end), text=self.text[start:end], start=start, end=end, label="PER",
                      title=title, rule=rule + (":shared-surname" if n.surname else ""))

    def _name(self, n: NameSpan, start: int, end: int) -> str:
        """The name at ``start:end``, with the surname it shares with the next ("Kari" of "Kari og Ola Nes")."""
        return self.text[start:end] + (" " + self.text[slice(*n.surname)] if n.surname else "")

    def _fullest(self, start: int, end: int) -> tuple[int, int]:
        """ "Arendal" -> the text's "Arendal kommune", when the text says that anywhere; "Olsen" or
        "Nes Olsen" -> the one person the NER found as "Kari Nes Olsen" before; "Ungdomsrådet"
        (a definite noun that starts the sentence) -> the text's "Herøy ungdomsråd", "Departementet"
        -> the one compound the text ends in it, "Kommunal- og distriktsdepartementet"."""
        word = self.text[start:end]
        if word in self.municipal_forms:
            return self.municipal_forms[word]
        if word in self.full_names:
            # "Olsen fekk prisen": the "Kari Olsen" the text named before, if one person only
            before = {" ".join(self.text[s:e].split()): (s, e) for s, e in self.full_names[word] if e <= start}
            if len(before) == 1:
                return next(iter(before.values()))
        definite = _DEFINITE_ORG.fullmatch(word)
        if definite and (is_org_word(definite.group("stem")) or is_org_word(word)):
            if word not in self.named_forms:  # one search of the text per word, however often it is named
                # (in the masked text: "Årets hotell" in a prize's name names no hotel)
                self.named_forms[word] = self._named_as(definite.group("stem").lower(), word.lower())
            return self.named_forms[word] or (start, end)
        return start, end

    def _named_as(self, stem: str, definite: str) -> tuple[int, int] | None:
        """Where the text names the organisation a definite noun stands for: its stem after a
        capitalised word ("Herøy ungdomsråd"), else the one compound it heads
        ("Utdanningsdirektoratet", "Sparebankstiftelsen Hedmark")."""
        named = regex.search(rf"(?<![\p{{L}}-])\p{{Lu}}[\p{{L}}-]*\s+{regex.escape(stem)}(?![\p{{L}}])",
                             self.masked, regex.V1, timeout=self.scan_timeout)
        if named:
            return named.span()
        heads = {m.group(): m.span() for m in regex.finditer(
            rf"(?<![\p{{L}}-])\p{{Lu}}[\p{{L}}-]*(?:\s+og\s+\p{{Ll}}+)?(?<=\p{{L}}){regex.escape(definite)}"
            rf"(?:[^\S\n]+\p{{Lu}}[\p{{L}}-]*)?(?![\p{{L}}-])", self.masked, regex.V1, timeout=self.scan_timeout)}
        return next(iter(heads.values())) if len(heads) == 1 else None


def _negated(text: str, sentence: tuple[int, int], at: int, end: int) -> bool:
    """The row's verb is negated: "vant ikke prisen", "har ikkje fått" (the frame table's negations),
    inside the row's match, right after it or right before it."""
    inside, before = _negation_patterns()
    start, stop = sentence
    return bool(inside.search(text, at, min(stop, end + 12)) or before.search(text, max(start, at - 25), at))


@cache
def _negation_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    words = alternation(table("frames")["negations"])
    return (regex.compile(rf"\b(?:{words})\b", regex.V1 | regex.IGNORECASE),
            regex.compile(rf"\b(?:{words})\s+(?:\p{{L}}+\s+)?$", regex.V1 | regex.IGNORECASE))


@lru_cache(maxsize=256)
def _named_ending_in(stems: tuple[str, ...]) -> regex.Pattern[str]:
    """A capitalised name whose last word ends in one of ``stems`` ("Gran skolekorps" for "korps")."""
    return regex.compile(rf"(?<![\p{{L}}-])\p{{Lu}}[\p{{L}}-]*(?:[^\S\n]\p{{Lu}}[\p{{L}}-]*)*[^\S\n]\p{{Ll}}*"
                         rf"(?:{'|'.join(map(regex.escape, stems))})(?![\p{{L}}-])", regex.V1)


def _definite_stems(word: str) -> tuple[str, ...]:
    """ "skolen" -> "skole", "laget" -> "lag", "klubben" -> "klubb": what a definite form may be of."""
    if not _DEFINITE_END.search(word):
        return ()
    return tuple(word[:-n] for n in (1, 2) if len(word) - n >= 3)


def _by_bracket_year(text: str, names: list[NameSpan], year: Mention | None) -> list[tuple[list[NameSpan], Mention | None]]:
    """ "A (2019), B (2018) og C har tidlegare fått prisen": each name with a year in brackets is
    that year's, the rest the clause's."""
    if not any(n.year for n in names):
        return [(names, year)]
    dated = [([n], Mention(text=text[slice(*n.year)], start=n.year[0], end=n.year[1], rule="year:bracket"))
             for n in names if n.year]
    rest = [n for n in names if not n.year]
    return dated + ([(rest, year)] if rest else [])


def _full_names(text: str, entities: Sequence[EntitySpan]) -> dict[str, list[tuple[int, int]]]:
    """The last words of each person's full name ("Olsen", "Nes Olsen" of "Kari Nes Olsen") ->
    where the text gives such full names, in order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for s, e, label in entities:
        words = text[s:e].split()
        if label == "PER" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            for k in range(1, len(words)):
                found.setdefault(" ".join(words[k:]), []).append((s, e))
    return found


def _inside(m: PrizeMention, spans: list[tuple[int, int]]) -> bool:
    return any(s < m.end and m.start < e for s, e in spans)


def _is_heading(text: str, start: int, end: int) -> bool:
    """A line of its own, short and without a full stop: a headline or a section heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return line == text[start:end].strip() and len(line) <= 100 and not line.endswith((".", "!", "?"))


def _starts_clause(tok: Token) -> bool:
    """A capital here may only mark the start ("Begge fekk …", "– Innbyggere …"); elsewhere
    ("… er Sparebankstiftinga som …") it marks a name, whatever the tagger says."""
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.is_punct and prev.text in ("–", "-", ":", "«", '"', "(", "•", "*", "·")


def _owns_next(span: Span) -> bool:
    """The name is a genitive the tagger marks, before a common noun ("Bokhandlerforeningens kåring").
    A genitive is written with its -s or an apostrophe: the tagger's "Case=Gen" on "IL" in "fekk Vik
    IL prisen" is a misreading."""
    last = span[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return "Gen" in last.morph.get("Case", []) and last.text.endswith(_GENITIVE_ENDINGS) and nxt is not None \
        and nxt.pos_ == "NOUN" and nxt.text[:1].islower()


_GENITIVE_ENDINGS = ("s", "S", "'", "’", "x", "z")


def anaphor_in(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes of the sentences that name a prize or refer back to one ("prisen", "utmerkinga")."""
    masked = mask_prizes(text, find_prizes(text))
    anaphor = _anaphor()
    return [i for i, (s, e) in enumerate(sentences) if anaphor.search(masked, s, e, timeout=TIMEOUT)]


def extract_awards(text: str, sentences: Sequence[tuple[int, int]], *, entities: Sequence[EntitySpan] = (),
                   published: DateMention | None = None, language: str = "nb", doc: Doc | None = None,
                   budget: float = DEFAULT_BUDGET) -> list[AwardRecord]:
    """Award records of one article. ``sentences`` are (start, end) spans; ``entities`` optional NER
    spans; ``doc`` the parsed Doc of ``text``, when the pipeline has a parser (roles from predicate
    frames). Past ``budget`` seconds the reading stops with :class:`ExtractionTimeout`."""
    try:
        reader = Reader(text, sentences, entities, published, language, doc, budget)
        if not reader.mentions:
            return []
        reader.find_roles()
        return build_records(reader)
    except ExtractionTimeout:
        raise
    except TimeoutError as e:
        raise ExtractionTimeout(f"a pattern timed out on this text ({len(text):,} characters): {e}") from e
