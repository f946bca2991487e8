"""Where an award was handed out: sentence text -> :class:`~kommunenlp.schema.Event`.

"under konferansen Fremtidens kommuner i Arendal", "på Arendalskonferansen", "i
kommunestyremøte 10. desember", "på BUFdir sin ungdomskonferanse i Oslo", "på ein konferanse
for kjøpmenn i Bergen" (described, not named), "på Fjordstova i Skjolden" (a venue only). Tables: ``lexicon/events.toml``.
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from .lexicon import TIMEOUT, alternation, table
from .names import GENITIVE_BEFORE_NOUN, WORD_BEFORE, is_org_word, is_title, names_after, names_before
from .schema import Entity, Event

# "i" or "på" right before a venue's name
_VENUE_PREPOSITION = regex.compile(r"(?<![\p{L}])(?:i|på)\s+$", regex.V1)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    t = table("events")
    heads = alternation(t["heads"])
    named_heads = alternation(t["named_heads"])
    standalone = alternation(t["standalone"])
    preps = alternation(t["prepositions"])
    generic = alternation(t["generic"])
    event_preps = alternation(t["event_prepositions"])
    held_not = alternation(t["held_not"])
    held_after = rf"\s+(?:(?:ble|blei|vart|er|var|blir|vert)\s+)?(?:{alternation(t['held'])})\b"
    # A capitalised name of up to five words ("Fremtidens kommuner 2018", "Dyrsku'n", "UKM").
    named = (r"\p{Lu}[\p{L}\d'’-]*(?:\s(?!(?:i|på|av|og|under|den|med|fredag|laurdag|lørdag)\s)[\p{L}\d'’–-]+){0,4}?"
             r"(?=\s+(?:i|på|av|under|den|med|\p{Ll}+dag|\d)\b|\s*[.,;:!?\n(]|\s*$)")
    # "Arendalskonferansen", "kultur- og idrettsgallaen", "17.mai-arrangementet", "100-årsjubileet", "BUFdir sin ungdomskonferanse",
    # "Nasjonalforeningen Innlandet sitt fylkesårsmøte", "Dei nynorske festspela", "Kommunalpolitisk toppmøte",
    # "Frivillighetens dag" (a named head only after a capitalised genitive)
    compound = (rf"(?:(?:\p{{Lu}}\p{{L}}*\s+){{1,3}}(?:sin|si|sitt)\s+)?"
                rf"(?:(?:[«\"“][^»\"”\n]{{2,60}}[»\"”]\s?-\s?\p{{L}}*|\p{{L}}+-\s(?:og|eller)\s\p{{L}}*|[\d.]*-?\p{{L}}{{3,}}-?"
                rf"|(?-i:\p{{Lu}})\p{{L}}+(?:\s(?-i:\p{{Ll}})\p{{L}}+)?\s(?=(?-i:\p{{Ll}}))\p{{L}}*)"
                rf"(?:{heads})|(?-i:\p{{Lu}})\p{{L}}+s\s(?-i:{named_heads}))(?:\s+(?:av|for)\s+\p{{Ll}}+|\s(?-i:\p{{Lu}})[\p{{L}}-]+(?=\s*[.,;:!?\n]|\s+(?:i|på|den)\s))?(?!\p{{L}})")
    described = alternation(t["described"])
    event = (rf"\b(?:(?:{preps})\s+(?:ein|en|eit|et)\s+(?P<described>(?-i:(?:{described})(?:\s+for\s+[\p{{Ll}}\d][\p{{L}}\d -]{{0,40}}?)?))"
             rf"(?=\s+(?:i|på)\s|\s*[.,;:!?\n]|\s*$)"
             rf"|(?:{preps})\s+(?:(?:årets|den\s+årlige|den\s+årlege|det\s+siste|ein|en)\s+)?"
             rf"(?:(?-i:\p{{Lu}}\p{{L}}*\s+)*\p{{L}}+s\s+(?:årlige\s+|årlege\s+)?(?:{generic})\s+(?P<named3>(?-i:{named}))"
             rf"|(?:{generic})\s+(?:[«\"“](?P<quoted>[^»\"”\n]{{2,60}})[»\"”]|(?P<named>(?-i:{named})))"
             # "på idrettslagets årsmøte", "under kommunens nyttårsmottak": a common genitive owns the event
             rf"|(?:(?-i:\p{{Ll}})\p{{L}}{{3,}}s\s+(?=(?-i:\p{{Ll}})))?(?P<event>{compound}|\b(?:{standalone})\b))"
             rf"|(?:{event_preps})\s+(?P<named2>(?-i:{named})))")
    # the subject of "ble arrangert", "vart halden" (before the participle, or after the auxiliary)
    held_event = rf"(?<![\p{{L}}-])(?!{held_not})(?P<held>[\p{{L}}\d.-]*(?:{heads})(?:\s(?-i:\p{{Lu}})[\p{{L}}-]+)?)(?={held_after})"
    return {
        "event": regex.compile(event, regex.V1 | regex.IGNORECASE),
        "named": regex.compile(named, regex.V1),
        "loc": regex.compile(r"(?:\s+(?:19|20)\d\d)?(?:\s+(?:\p{L}+dag\s+)?\d{1,2}\.(?:\s*[-–]\s*\d{1,2}\.)?\s*\p{Ll}+)?\s+(?:i|på)\s+(?=\p{Lu})",
                             regex.V1),
        "venue": regex.compile(r"\b(?:på|i)\s+(?=\p{Lu})", regex.V1),
        "held": regex.compile(held_after, regex.V1),
        "held_verb": regex.compile(rf"\b(?:{alternation(t['held'])})\b", regex.V1),
        "held_event": regex.compile(held_event, regex.V1 | regex.IGNORECASE),
    }


def _entity(text: str, start: int, end: int, rule: str) -> Entity:
    return Entity(name=text[start:end], text=text[start:end], start=start, end=end, rule=rule)


def _location_at(text: str, pos: int, end: int) -> Entity | None:
    """The place after an event's name; an association there is whose meeting it was, and the
    place is the one after it, if any ("på årsmøtet i Vik bondelag i Vik kulturhus")."""
    found = names_after(text, pos, end, titles=False, keep_qualifier=False, single=True)
    if found and _is_association(text[found[0].start:found[0].end]):
        nxt = _patterns()["loc"].match(text, found[0].end, end)
        return _location_at(text, nxt.end(), end) if nxt else None
    found = names_after(text, pos, end, titles=False, keep_qualifier=True, single=True)
    return _entity(text, found[0].start, found[0].end, "event:location") if found else None


def _is_association(name: str) -> bool:
    """ "Vik bondelag", "Gran idrettsråd", "Norsk Folkehjelp": an organisation, not a venue or a place."""
    last = name.split()[-1]
    return is_org_word(last) and not last.lower().endswith(_venue_heads()) \
        or last in table("events")["association_names"]


def _qualifies_a_name(text: str, start: int, pos: int) -> bool:
    """The word before "i" ends a name ("Vik IL", "Nordsida utviklingslag") or is a title
    ("ordførar i Gran"): the place is its ("på Gran rådhus" after a name is still where it
    happened)."""
    m = WORD_BEFORE.search(text, start, pos)
    return bool(m) and (m.group(1)[0].isupper() or is_org_word(m.group(1)) or is_title(m.group(1)))


def _venue_before(text: str, start: int, pos: int) -> Entity | None:
    """ "i Lofothallen under Matfestivalen": the venue just before the event's preposition."""
    found = names_before(text, start, pos, keep_qualifier=True)
    if not found or not _VENUE_PREPOSITION.search(text, start, found[-1].start):
        return None
    return _entity(text, found[-1].start, found[-1].end, "event:venue")


_OF = regex.compile(r"\s+(?:av|til)\s+", regex.V1)
# A relative clause tells of its antecedent, not of the giving ("…til Kari Nes, som har jobba i Gran")
_RELATIVE = regex.compile(r",\s+som\s", regex.V1)


@cache
def _venue_heads() -> tuple[str, ...]:
    return tuple(table("events")["venue_heads"])


def _is_venue(end: int, text: str) -> bool:
    """The name ends in a venue's word ("Gran kulturhus")."""
    return text[max(0, end - 40):end].lower().endswith(_venue_heads())


_AGENT = regex.compile(r"\bav\s+(?:[\p{Ll}-]+\s+){0,3}$", regex.V1)


def _after_agent(text: str, start: int, pos: int) -> bool:
    """The name before ``pos`` is the passive's agent ("delt ut av ordførar Per Berg i Gran
    kulturhus": the venue is where he handed it out; "til Gran IL i Gran kirke" is the winner's)."""
    found = names_before(text, start, pos)
    return bool(found) and bool(_AGENT.search(text, start, found[0].start))


def _whole_event(text: str, name: Entity, end: int) -> Entity:
    """ "under opninga av Vikafestivalen": a part of an event names the event it is part of (the
    opening of a building, "åpningen av Gran kulturhus", is an event of its own)."""
    t = table("events")
    if name.name.lower() not in t["parts"]:
        return name
    of = _OF.match(text, name.end, end)
    whole = _patterns()["named"].match(text, of.end(), end, timeout=TIMEOUT) if of else None
    if whole is None or not whole.group().lower().endswith(tuple(t["heads"])):
        return name
    return _entity(text, whole.start(), whole.end(), "event:name")


def find_event(text: str, start: int, end: int, venue: bool = True) -> Event | None:
    """The event (and place) named in the sentence ``text[start:end]``, or (with ``venue``) only a venue."""
    p = _patterns()
    m = p["event"].search(text, start, end, timeout=TIMEOUT)
    if m is None and p["held_verb"].search(text, start, end, timeout=TIMEOUT):
        m = p["held_event"].search(text, start, end, timeout=TIMEOUT)  # tried only where a participle is
    if m:
        found = m.groupdict()
        g = next(g for g in ("named", "quoted", "named2", "named3", "event", "described", "held") if found.get(g))
        name = _whole_event(text, _entity(text, m.start(g), m.end(g), "event:name"), end)
        held = p["held"].match(text, name.end, end) if g == "held" else None
        loc = p["loc"].match(text, held.end() if held else name.end, end)
        return Event(name=name, location=_location_at(text, loc.end(), end) if loc else _venue_before(text, start, m.start()))
    relative = _RELATIVE.search(text, start, end)
    for v in p["venue"].finditer(text, start, relative.start() if relative else end, timeout=TIMEOUT) if venue else ():
        found = names_after(text, v.end(), end, titles=True, keep_qualifier=True, single=True)
        if text.startswith("i", v.start()) and _qualifies_a_name(text, start, v.start()) and not (
                found and _is_venue(found[0].end, text) and _after_agent(text, start, v.start())):
            continue  # "Nordsida utviklingslag i Stryn": where the winner is from, not where it was given
        # "på Telemark fylkeskommunes arrangement": a genitive owns the venue, it is not one (but
        # "på Gran rådhus fredag" ends in a venue's word, and a weekday follows)
        if found and found[0].title is None and (_is_venue(found[0].end, text)
                                                 or not GENITIVE_BEFORE_NOUN.match(text, found[0].end - 1)):
            return Event(location=_entity(text, found[0].start, found[0].end, "event:venue"))
    return None


@cache
def _gathering() -> regex.Pattern[str]:
    """ "I Sør Amfi i Arendal var over 500 samla", "… samla i Vik kyrkje": where the prize-giving's
    guests were (``gathering`` in ``lexicon/events.toml``)."""
    verbs = alternation(table("events")["gathering"])
    return regex.compile(rf"(?:^|(?<=[.!?]\s))(?:I|På)\s+(?P<before>\p{{Lu}}[^.!?\n]{{0,60}}?)\s+(?:var|vart|ble|blei)\s+"
                         rf"[^.!?\n]{{0,40}}?\b(?:{verbs})\b|\b(?:{verbs})\s+(?:i|på)\s+(?P<after>\p{{Lu}})",
                         regex.V1 | regex.MULTILINE)


@lru_cache(maxsize=8)
def gathering_venue(text: str) -> Entity | None:
    """The first place the text says the guests of a gathering were, if any."""
    for m in _gathering().finditer(text, timeout=TIMEOUT):
        g = "before" if m.group("before") else "after"
        found = names_after(text, m.start(g), min(len(text), m.start(g) + 200) if g == "after" else m.end(g), titles=False,
                            keep_qualifier=True, single=True)
        if found and (g == "after" or found[0].end == m.end(g)):
            return _entity(text, found[0].start, found[0].end, "event:gathering")
    return None
