"""Names in running text -> character spans: lists of people, organisations and places.

Rules read capitalised word sequences ("Elin Rognes Solbu"), hyphen-suspended compounds
("Kommunal- og moderniseringsdepartementet"), lower-case organisation heads ("Skjolden
beitelag"), titles before names ("statssekretær Aase Marthe Horrigmo") and lists
("kommunene Ulstein og Fjell"). A statistical NER, when the pipeline has one, says whether a
name is a person (``awards.Reader.is_person``); the rules decide where a role's name is.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import regex

from .lexicon import TIMEOUT, alternation, table

LOOKBACK = 300
MAX_NAMES = 40  # no real list of winners or nominees is longer; bounds the work on junk input


@dataclass(frozen=True)
class NameSpan:
    """A name found in text; ``title`` is the span of the title word(s) before it, if any."""

    start: int
    end: int
    title: tuple[int, int] | None = None
    municipal: bool = False  # a list headed by "kommunene"/"kommunane"
    surname: tuple[int, int] | None = None  # "Nes" for "Kari" of "Kari og Ola Nes": the name shares it
    year: tuple[int, int] | None = None  # "2019" of "Kari Nes (2019)": the year in brackets after it
    organisation: bool = False  # "songlaget Vikatonar": described as an organisation, whatever the NER says


@cache
def _grammar() -> dict[str, regex.Pattern[str]]:
    t = table("names")
    heads = alternation(t["title_heads"])
    described = alternation(t["descriptors"] + t["kin_descriptors"])
    kin_words = alternation([w for w in t["kin_descriptors"] if " " not in w])
    fillers = alternation(t["title_fillers"])
    org = alternation(t["org_heads"])
    # "St. Olavs", "Ole K. Olsen", and a team's class after its club ("Gran IL J16")
    capw = r"(?:(?:St|\p{Lu})\.(?=\s\p{Lu})|\d\p{Lu}(?![\p{L}\d])|\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?:(?<=\p{L}\s\p{Lu}{1,2}|\p{L}{2})\d{1,2}(?!\d|[.,]\d))?)"
    # "Kommunal- og moderniseringsdepartementet", "Barne-, ungdoms- og familiedirektoratet"
    susp = r"\p{Lu}[\p{L}]*\s?[-–—](?:,\s\p{L}+[-–—])*\s(?:og|eller)\s[\p{L}][\p{L}-]*"
    word = rf"(?:{susp}|{capw})"
    # "Skjolden beitelag", and one place with two heads: "Vennesla bibliotek og kulturhus"
    # an adjective may stand before the head: "Stange blandede kor", "Vik blanda kor"
    tail = rf"(?:(?:\s\p{{Ll}}+[ea](?=\s\p{{Ll}}*(?:{org})(?![\p{{L}}])))?\s+(?:\p{{Ll}}[\p{{L}}]*)?(?:{org})(?![\p{{L}}])(?:\s(?:og|&)\s(?:\p{{Ll}}[\p{{L}}]*)?(?:{org})(?![\p{{L}}]))?)"
    one_og = alternation(t["one_name_with_og"])
    genitive = rf"(?:{alternation(t['genitive_name_starts'])})\s\p{{Ll}}+"  # "Statens vegvesen"
    # "Det norske Vaffelstekeriet": the article and a weak adjective belong to the name
    genitive += rf"|(?:Det|Den)\s(?i:{alternation(t['article_adjectives'])})\s(?=\p{{Lu}})\p{{L}}+"
    # "Sparebank 1 SMN", "Rema 1000 Bjørkelangen": a number (not a year) between capitalised words
    word = rf"(?:{one_og}|{genitive}|{word}(?:\s(?!(?:19|20)\d\d)\d{{1,4}}(?=\s\p{{Lu}}))?)"
    for_heads = alternation(t["for_name_heads"])
    for_tail = (rf"(?:(?<=(?i:{for_heads}))\sfor\s(?!(?:sin|sitt|si|sine|sitt|den|det|dei|de|ein|en|ei|eit|et|å)\b)"
                rf"(?:\p{{Ll}}+(?:\sog\s\p{{Ll}}+)?|\p{{Lu}}[\p{{L}}-]+)(?=[\s,.;:)]|$))")  # "Foreningen for Fartøyvern"
    # (words apart by more than one space, or wrapped onto the next line, are still one name)
    # "Anne-Marie van der Berg", "Eva de Vries": lower-case particles between the names
    # "Per «Pelle» Hansen": a nickname in quotes between them
    particle = rf"(?:[ \t]+(?:{alternation(t['name_particles'])}|[«\"“]\p{{Lu}}[\p{{L}}-]*[»\"”](?=[ \t]+\p{{Lu}})))*"
    unit_tail = rf"(?:(?<=(?i:{alternation(t['unit_heads'])}))\sav\s{word}(?:[ \t]+{word})*)"
    # "Hansen & Sønn AS": a firm's partners after its founder's name
    partners = rf"(?:\s&\s(?:{alternation(t['firm_partners'])})(?![\p{{L}}])(?:\s(?:AS|ASA|ANS|DA)(?![\p{{L}}]))?)"
    name = rf"(?:{word}(?:{particle}[ \t]+{word})*{partners}?{tail}?(?:{for_tail}|{unit_tail})?)(?:\s(?:19|20)\d\d(?!\d))?"
    jobs = alternation(t["occupation_endings"])
    # "NRK-journalist", "BNL-direktør": an organisation before the hyphen
    job = rf"(?:\p{{L}}+-)?\p{{Ll}}*(?:{jobs})(?:en|a|ar|er|ane|ene|ne)?"
    title = (rf"(?:(?:\p{{L}}+\s?-\s(?:og\s)?)?(?:\p{{L}}+-)?\p{{L}}*(?:{heads})(?:en|a)?(?:\s(?:{fillers}))?"
             rf"|{job}(?:\s+og\s+{job})?)")
    return {
        "name": regex.compile(name, regex.V1),
        # "leiar i songlaget, Kari Nes", "ordførar i Vik, Kari Li": where the title holds, then a comma;
        # "direktør for Kulturetaten Vincent Mrimba": an organisation's word, then the name;
        # "Ordføraren, Kari Nes, tok imot prisen": a definite title, then the name in apposition
        "title": regex.compile(rf"(?i:{title})(?:\s(?:i|for|ved|på)\s\p{{L}}[\p{{L}}-]*(?:\s\p{{L}}[\p{{L}}-]*)?,|(?<=(?:en|a)),"
                               rf"|\s(?:i|for|ved)\s\p{{Lu}}[\p{{L}}-]*(?i:{org})(?=\s\p{{Lu}}))?\s+(?=\p{{Lu}})",
                               regex.V1),
        "job": regex.compile(rf"(?i:{job})", regex.V1),
        "sep": regex.compile(r"\s*(?:,\s*(?:og\s+|samt\s+)?|\s+(?:og|samt|&)\s+)", regex.V1),
        "age": regex.compile(r"\s*\([^()\n]{1,40}\)", regex.V1),
        "qualifier": regex.compile(rf"(?:\s+(?:fra|frå|i|på)\s+(?:{one_og}|{capw})(?![\p{{L}}-])(?!\s\p{{Lu}}))+", regex.V1),
        "prefix": regex.compile(r"(?:(?:nabo)?kommun(?:ene|ane)|bydelene|bydelane|fylka|fylkene|de|dei)\s+"
                                r"(?=\p{Lu})", regex.V1),
        # also as the head of a compound in lower case: "familiebedriften Hansen Rør AS" (a capital
        # makes the compound a name: "Sparebankstiftinga Seljord", but not of kin: "Skiskyttarbrødrene
        # Tarjei og Johannes Thingnes Bø" opens its sentence)
        # (capitalised after a lower-case word it is the name's own first word: "av Stiftelsen Fritt Ord",
        # and so is a word that opens official names anywhere: "Stiftelsen Vik Museum fekk prisen")
        "descriptor": regex.compile(rf"(?:(?<!\p{{Ll}}\s)(?!(?:{alternation(t['name_openers'])})\s)(?i:{described})"
                                    rf"|{described}|\p{{Ll}}+(?:{described})"
                                    rf"|\p{{Lu}}\p{{Ll}}+(?:{kin_words}))\s+(?=\p{{Lu}})",
                                    regex.V1),
        "kin": regex.compile(rf"(?i:{alternation(t['kin_descriptors'])})\s", regex.V1),
        # "Ola Li/NTB", "Kari Nes/Fylkesmannen i Vestland": a photo credit run into the sentence
        # after it, whose names are no party to it
        "credit": regex.compile(rf"{name}/\p{{Lu}}[\p{{L}}-]*(?:\s(?:i|på)\s\p{{Lu}}[\p{{L}}-]*)?\s+(?=\p{{Lu}})", regex.V1),
        # "Kultur- og idrettsprisar delte ut": a prize's name (its last word a prize word) names no party
        "prize_end": regex.compile(rf"(?i:{alternation(table('prizes')['heads'])})(?:ar|er|ane|ene|a|en|et|e|n)?$", regex.V1),
        "organ": regex.compile(rf"\s+(?:{alternation(t['organs_after_place'])})(?![\p{{L}}])", regex.V1),
    }


# The end of a genitive before its noun ("Telemark fylkeskommunes arrangement", "KMDs pris"):
# a name read up to here owns what follows.
GENITIVE_BEFORE_NOUN = regex.compile(r"s(?:\s+\([^()\n]{1,15}\))?\s+\p{Ll}", regex.V1)  # "…ets (KMD) innovasjonspris"
_WORD = regex.compile(r"[\p{L}'’]+", regex.V1)
# The word right before a position ("dirigent" in "dirigent Ola Li", "utviklingslag" before " i Stryn")
WORD_BEFORE = regex.compile(r"([\p{L}-]+)\s+$", regex.V1)
_WORD_SPACE = regex.compile(r"[\p{L}'’]+\s*", regex.V1)
_SPACE = regex.compile(r"\s*", regex.V1)
_WORD_START = regex.compile(r"(?<![\p{L}\d])\p{L}", regex.V1)
_NAME_END = regex.compile(r"[\p{L}\d)]", regex.V1)
# "Norsk design- og arkitektursenter (DOGA)": a name with lower-case words in it, held together by
# the abbreviation after it
_ABBREVIATED = regex.compile(r"\p{Lu}[^\n(),.;:!?]{2,70}?(?=\s\((?P<abbr>\p{Lu}{2,8})\))", regex.V1)


def _abbreviated(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The name at ``pos`` that the abbreviation in brackets after it takes its letters from, in
    order; the abbreviation stays outside.

    >>> t = "Det er Norsk design- og arkitektursenter (DOGA) som deler ut prisen."
    >>> start, stop = _abbreviated(t, 7, len(t)); t[start:stop]
    'Norsk design- og arkitektursenter'
    """
    m = _ABBREVIATED.match(text, pos, end, timeout=TIMEOUT)
    if not m or m.end("abbr") > end or not regex.search(r"\s\p{Ll}", m.group()) \
            or _WORD.match(text, pos).group() in not_names():  # "Det er Norsk kulturråd (NKR)"
        return None
    letters = iter(m.group().casefold())
    return m.span() if all(ch in letters for ch in m.group("abbr").casefold()) else None


def abbreviated_start(text: str, start: int, pos: int) -> int:
    """Where the name that the word at ``pos`` ends starts, when an abbreviation after it holds
    it together (the parser may take only "Norge" of "Design og arkitektur Norge (DOGA)");
    ``start`` bounds the search (the sentence's start).

    >>> t = "Det er Design og arkitektur Norge (DOGA) som deler ut prisen."
    >>> t[abbreviated_start(t, 0, t.index("Norge")):]
    'Design og arkitektur Norge (DOGA) som deler ut prisen.'
    """
    for w in _WORD_START.finditer(text, max(start, pos - 70), pos):
        span = _abbreviated(text, w.start(), len(text))
        if span and span[1] > pos:
            return w.start()
    return pos


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that start sentences but not names ("Prisen", "Også"), and a municipality's
    own bodies ("Kulturutvalet", "Formannskapet"), which stand for the municipality."""
    t = table("names")
    organs = (w[:1].upper() + w[1:] for w in t["municipal_organs"] + t["county_organs"])
    return frozenset(t["not_names"]) | frozenset(organs)


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading words that only look like names because they start a sentence."""
    first = start
    while start < end:
        m = _WORD.match(text, start, end)
        if not m or not (m.group() in not_names() or is_title(m.group())):
            break
        if not is_title(m.group()) and text.startswith(" for ", m.end()):
            break  # "Hovudutval for næring og kultur" is a name, "Hovudutvalet" alone is not
        if is_office(m.group()) and _PLACE_AFTER.match(text, m.end()):
            break  # an office that is an institution, by its place: "Statsforvaltaren i Vestland"
        rest = _WORD_SPACE.match(text, start, end)
        start = rest.end() if rest else end
    if start < end and _described_by_place(text[start:end]):
        return None  # "Gran-elev vant nasjonal pris"
    article = start < end and text[first:first + 4] in ("Det ", "Den ")
    if start >= end or not text[start].isupper():
        # "Det norske teatret", "Den nationale scene": the article belongs to the name
        return (first, end) if article else None
    if article and (adjective := _WORD.match(text, first + 4, end)) and \
            adjective.group().lower() in table("names")["article_adjectives"]:
        return first, end  # "Det Norske Studentsamfund"
    return start, end


@cache
def _offices() -> frozenset[str]:
    return frozenset(table("names")["offices"])


def is_office(word: str) -> bool:
    """An office that is an institution ("Statsforvaltaren", "fylkesmannen")."""
    return word.lower() in _offices()


_IN_YEAR = regex.compile(r"\s+i\s+(?P<y>(?:19|20)\d\d)(?![\d.,]\d)", regex.V1)
_BRACKET_YEAR = regex.compile(r"\s*\(\s*(?P<y>(?:19|20)\d\d)\s*\)", regex.V1)
_PLACE_AFTER = regex.compile(r"\s(?:i|på)\s\p{Lu}", regex.V1)
_AMPERSAND_NAME = regex.compile(r"\s*&\s*\p{Lu}[\p{L}-]*", regex.V1)


def names_after(text: str, pos: int, end: int, *, titles: bool = True,
                keep_qualifier: bool = False, single: bool = False) -> list[NameSpan]:
    """The list of names that starts at ``pos`` (leading spaces allowed) and ends before ``end``.

    A place qualifier ("Nøtterøy i Vestfold", "Bygdebox fra Trøndelag") is stepped over, or kept
    as part of the name with ``keep_qualifier`` ("Fjordstova i Skjolden" as a venue)."""
    g = _grammar()
    out: list[NameSpan] = []
    i = pos
    municipal = False
    while True:
        ws = _SPACE.match(text, i, end)
        i = ws.end() if ws else i
        if not out:
            # (the slash first: the name grammar is too dear to try at every list's start)
            credit = g["credit"].match(text, i, end, timeout=TIMEOUT) if text.find("/", i, min(end, i + 60)) >= 0 else None
            i = credit.end() if credit else i
            p = g["prefix"].match(text, i, end, timeout=TIMEOUT)
            i = p.end() if p else i
            municipal = bool(p) and "kommun" in p.group()
        described = g["descriptor"].match(text, i, end, timeout=TIMEOUT)
        i = described.end() if described else i
        title = g["title"].match(text, i, end, timeout=TIMEOUT) if titles else None
        tspan = None
        if title:
            tspan = (i, i + len(title.group().rstrip().rstrip(",")))
            i = title.end()
        whole = _abbreviated(text, i, end)
        m = None if whole else g["name"].match(text, i, end, timeout=TIMEOUT)
        span = whole or (_clean(text, m.start(), m.end()) if m else None)
        if span is None or g["prize_end"].search(text, span[0], span[1]):
            break
        i = whole[1] if whole else m.end()  # type: ignore[union-attr]
        joined = _AMPERSAND_NAME.match(text, i, end) if described else None
        if joined:
            span, i = (span[0], joined.end()), joined.end()  # "duoen Nico & Vinz": one band
        qual = g["qualifier"].match(text, i, end, timeout=TIMEOUT)
        if qual and (keep_qualifier or _institution(text[span[0]:span[1]])):
            span = (span[0], qual.end())
        i = qual.end() if qual else i
        # "Kari Nes (2019)", "Kari Nes i 2019 og Per Dahl i 2018": a year of the name's own
        after = g["age"].match(text, i, end)
        year = _BRACKET_YEAR.fullmatch(text, *after.span()) if after else _IN_YEAR.match(text, i, end)
        after = after or year
        organisation = described is not None and not g["kin"].match(text, described.start(), timeout=TIMEOUT) \
            or bool(g["organ"].match(text, span[1]))
        out.append(NameSpan(span[0], span[1], tspan, municipal, year=year.span("y") if year else None,
                            organisation=organisation))
        i = after.end() if after else i
        sep = None if single or len(out) >= MAX_NAMES else g["sep"].match(text, i, end, timeout=TIMEOUT)
        if not sep:
            break
        i = sep.end()
    return _shared_surnames(text, out)


def _shared_surnames(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """ "ekteparet Kari og Ola Nes": a pair of a given name alone and a given name and surname
    shares the surname (not a list of more, nor an organisation's word: "Vik og Stord IL",
    "Buktafestivalen og Sámi Beassášmárkanat" are two of their own)."""
    if len(names) != 2:
        return names
    a, b = names
    first, words = text[a.start:a.end], text[b.start:b.end].split()
    if " " in first or text[a.end:b.start] != " og " or len(words) != 2 or a.title is not None \
            or not all(w[:1].isupper() and w[1:].islower() and w not in not_names() for w in (first, *words)) \
            or any(map(is_org_word, (first, *words))) or a.municipal:
        return names
    return [replace(a, surname=(b.end - len(words[-1]), b.end)), b]


def names_before(text: str, start: int, pos: int, *, keep_qualifier: bool = False) -> list[NameSpan]:
    """The list of names that ends exactly at ``pos`` (trailing spaces allowed), searching from ``start``
    but no further back than :data:`LOOKBACK` characters: no real list of names is longer."""
    start = max(start, pos - LOOKBACK)
    seg_end = pos
    while seg_end > start and text[seg_end - 1].isspace():
        seg_end -= 1
    if seg_end <= start or not (text[seg_end - 1].isupper() or _NAME_END.match(text, seg_end - 1)):
        return []  # a list of names ends in a name: "… Fjell", "… kommune", "… 2021", "… (57)"
    g = _grammar()
    for m in _WORD_START.finditer(text, start, seg_end):
        i = m.start()
        if text[i].islower() and not (g["title"].match(text, i, seg_end) or g["prefix"].match(text, i, seg_end)):
            continue  # a list starts with a name, a title or "kommunene"
        found = names_after(text, i, seg_end, keep_qualifier=True)
        if found and found[-1].end == seg_end:
            if not keep_qualifier:
                found = names_after(text, i, seg_end)
            return found
    return []


def _institution(name: str) -> bool:
    """ "Universitetet i Bergen", "Høgskulen på Vestlandet": an institution's word alone, whose
    place is part of its name (not a qualifier for orientation, as in "Nøtterøy i Vestfold")."""
    return " " not in name and name[:1].isupper() and is_org_word(name) and name.lower().endswith(("et", "en", "a"))


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(table("names")["people_nouns"])


def _described_by_place(name: str) -> bool:
    """ "Gran-elev", "Vik-jenta", "Stord-lærar": a place, a hyphen and a lower-case word for a
    person: a description, not a name.

    >>> _described_by_place("Gran-elev"), _described_by_place("Ivar Aasen-senteret")
    (True, False)
    """
    place, hyphen, noun = name.rpartition("-")
    return bool(hyphen) and " " not in name and noun.islower() and (noun in _people_nouns() or is_occupation(noun))


def is_occupation(title: str) -> bool:
    """ "pianist", "målar og lærar": the title says what a person does, not an office they hold
    (an office holder beside an organisation that won received for it; an occupation won)."""
    last = title.split()[-1] if title.split() else ""
    return bool(_grammar()["job"].fullmatch(last, timeout=TIMEOUT))


def is_title(word: str) -> bool:
    """True for a title word such as "statssekretær" or "helse- og omsorgsminister"."""
    m = _grammar()["title"].match(word + " A", timeout=TIMEOUT) if word else None
    return bool(m) and m.end() == len(word) + 1  # type: ignore[union-attr]


@cache
def _org_heads() -> tuple[tuple[str, ...], frozenset[str]]:
    """The words that end an organisation's name: endings ("songlag", "kommune") and the
    abbreviations written as words of their own ("AS", "IL"; "Tomas" does not end in one)."""
    heads = table("names")["org_heads"]
    return tuple(w for w in heads if w.islower()), frozenset(w for w in heads if not w.islower())


def is_agency_name(word: str) -> bool:
    """A capitalised definite compound that names a state agency ("Landbruksdirektoratet",
    "Kystverket"), not the bare head ("Direktoratet").

    >>> is_agency_name("Landbruksdirektoratet"), is_agency_name("Direktoratet"), is_agency_name("landbruksdirektoratet")
    (True, False, False)
    """
    heads = table("names")["agency_heads"]
    lower = word.lower()
    return word[:1].isupper() and any(lower.endswith(h) and len(lower) > len(h) + 2 for h in heads)


def is_org_word(word: str) -> bool:
    """A word that ends an organisation's name ("songlag", "Frivilligsentral", "IL")."""
    endings, words = _org_heads()
    return word in words or word.lower().endswith(endings)
