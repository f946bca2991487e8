"""Prize names in text -> :class:`PrizeMention` spans, grouped into prizes.

Shapes (tables in ``lexicon/prizes.toml``): compounds on -pris/-premie/-stipend/-utmerkelse
("innovasjonsprisen", "Drømmestipendet"), with a genitive owner ("KMDs innovasjonspris",
"Fredrikstad kommunes idrettsstipend"), a leading adjective ("Nasjonal jordvernpris"), a
place ("Kulturprisen i Lillestrøm kommune") and a year ("Kulturprisen 2023", "innovasjonspris
for 2019"); "Årets …" titles ("Årets ungdomskommune"); quoted names ('"Leve heile livet"-pris',
"«Attraktiv by – statens pris for …»").
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex

from .dates import YEAR
from .lexicon import TIMEOUT, alternation, scan_timeout, table, whole_words
from .municipalities import is_place_name
from .names import not_names

# "årets budsjettforhandlingar", "årets tildelingane": plural or definite, so no title of a prize
_NOT_TITLE_ENDINGS = ("ingar", "inger", "ingane", "ingene", "ane", "ene", "arar", "erne",
                      "priser", "prisar", "premier", "premiar", "stipender")  # "årets idrettspriser": all of them
_PEOPLE_ENDINGS = ("vinner", "vinnar", "vinnere", "vinnarar", "mottaker", "mottakar", "mottakere", "mottakarar",
                   "kandidat", "kandidater", "kandidatar", "finalist", "finalister", "finalistar")
@cache
def _indefinite() -> regex.Pattern[str]:
    """What makes the mention after it a kind of prize: an article ("ein kulturpris"), an article
    and an adjective ("ein ny kulturpris"), or a capitalised adjective before it ("Ny kulturpris i Lom")."""
    kinds = alternation(table("prizes")["kind_adjectives"])
    return regex.compile(rf"(?:\b(?i:en|ein|ei|et|eit|ingen|noen|nokon)\s+(?:(?i:{kinds})\s+)?|\b(?=\p{{Lu}})(?i:{kinds})\s+)$",
                         regex.V1)


_PLURAL_ENDINGS = ("ene", "ane")


@dataclass(frozen=True)
class PrizeMention:
    """One mention of a prize. ``key`` is the same for every mention of one prize."""

    start: int
    end: int
    key: str
    owner: tuple[int, int] | None = None  # genitive or "i X kommune" span naming the awarding body
    year: tuple[int, int] | None = None
    shape: str = "compound"
    written_out: str | None = None  # "Kulturprisen" for the "Kultur-" of "Kultur- og idrettsprisen"
    indefinite: bool = False  # "ein kulturpris": the prize the text names elsewhere, never its name

    def words(self, text: str) -> int:
        """How many words the mention has; the fullest name of a prize has the most."""
        return len(regex.findall(r"\w+", text[self.start:self.end]))

    def plural(self, text: str) -> bool:
        """ "kunstnerprisene", "årets eldsjelar" (a title the singular's key was given): a plural
        names the prize only where no singular does."""
        said = text[self.start:self.end].lower()
        return said.endswith(_PLURAL_ENDINGS) or self.shape == "title" and said[len(self.key):] in _TITLE_PLURALS \
            and said.startswith(self.key)

    def name(self, text: str) -> str:
        """The prize's name as this mention gives it."""
        return self.written_out or text[self.start:self.end]


# Adjective endings of a for-phrase that names a prize's field ("for universell utforming",
# "for særleg idrettsprestasjon", "for attraktiv by- og stedsutvikling"); a reason says whose work it
# was instead ("for sitt arbeid", "for boka Z"), and that belongs to the sentence.
_ADJECTIVE_ENDINGS = "ig|ige|isk|iske|ell|elle|leg|lege|lig|lige|iv|ive|al|ale|ær|ære"
# a short adjective before one of those ("for god kommunal planlegging"); alone it gives a reason
# ("for god innsats", "for godt arbeid"), except after an owner's "pris" ("Kunnskapsdepartementets
# pris for god læring", which names its field)
_PLAIN_ADJECTIVES = "god|godt|gode|ny|nytt|nye|stor|stort|store"
_FIELD_ADJECTIVE = (rf"(?:(?:{_PLAIN_ADJECTIVES})\s(?=\p{{Ll}}+(?:{_ADJECTIVE_ENDINGS})\s))?"
                    rf"\p{{Ll}}+(?:{_ADJECTIVE_ENDINGS})")
_FIELD_TAIL = regex.compile(rf"\s+for\s+(?:{_FIELD_ADJECTIVE}\s+\p{{Ll}}"
                            # a weak adjective before people in the plural: "for unge forskere"
                            r"|\p{Ll}+e\s+\p{Ll}+(?:ere|arar|erar)(?![\p{L}]))", regex.V1)
# The best of a kind names the field of a prize won ("har vunne ein pris for beste skulehage"); after
# "prisen" it describes a prize the text names ("prisen for beste nærbutikk", Årets Merkur-butikk).
_BEST_FIELD = regex.compile(r"\s+for\s+(?:årets\s+)?(?:beste|største|fremste|flottaste|flotteste)\s+\p{Ll}", regex.V1)
# After a compound a bare noun names a field too ("Nynorskprisen for kommunar"), where a reason has
# a determiner or a definite form ("for innsatsen", "for sitt arbeid"); after "prisen" it is a reason
# ("Gran fikk prisen for klarspråk").
_NOUN_FIELD = regex.compile(r"\s+for\s+(?!(?:sin|sitt|si|sine|den|det|dei|de|ein|en|ei|eit|et|å|hennes|hans)\b)"
                            r"\p{Ll}{4,}(?<!en|et|a|ane|ene)(?:\s+og\s+\p{Ll}+)?(?![\p{L}-])"
                            # the phrase ends there: a word that goes on with it makes it a reason
                            r"(?!\s+(?!(?:i|på|til|frå|fra|under|ved|er|var|vart|ble|blei|blir|vert|går|gjekk|gikk)\b)\p{Ll})",
                            regex.V1)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    t = table("prizes")
    heads = alternation(t["heads"])
    endings = alternation(t["definite_endings"])
    mods = alternation(t["modifiers"])
    owner_adjectives = alternation(t["owner_adjectives"])
    # "KMDs", "Helse- og omsorgsdepartementets", and the Nynorsk possessive "Tysnes kommune sin".
    # "Vestfold og Telemarks kulturpris": a county whose name has "og" in it
    one_og = alternation(table("names")["one_name_with_og"])
    # "Statens vegvesens", "Den norske kyrkjas": a name of two words whose first is no owner alone;
    # "KS' innovasjonspris": the apostrophe after an abbreviation
    starts = alternation(table("names")["genitive_name_starts"])
    gen = (rf"(?:(?:{one_og})s(?=\s)|(?:{starts})\s\p{{Ll}}+s(?=\s)"
           # "fikk Kari Nes Gran kommunes kulturpris": a place's kommune, whatever name comes before
           r"|\p{Lu}[\p{L}-]*\s(?:fylkes)?kommunes(?=\s)"
           rf"|De[nt]\s\p{{Ll}}+e\s\p{{Ll}}+s(?=\s)|\p{{Lu}}{{2,}}'(?=\s)"
           # "Fylkesmannen i Innlandet sin": an office with its place
           # ("kommunen sin kulturpris": the municipality the text names)
           r"|(?P<poss>(?:\p{Lu}[\p{L}-]*\s(?:i\s(?=\p{Lu}))?){1,3}(?:(?:fylkes)?kommune\s|herad\s)?"
           r"|(?:fylkes)?kommun(?:en|a)\s|heradet\s)(?:sin|si|sitt|sine)"
           r"|\p{Lu}\p{L}*\s?-\s(?:og|eller)\s\p{L}+s"
           # a capitalised word before the genitive is part of the owner ("Stord kommunes", "Fritt
           # Ords"), unless it ends a name of its own ("Kari Nilsen Ringsakers pris") or the genitive
           # is a definite noun's ("Per Hansen fylkets kulturpris": the county's, not Hansen's)
           # ("SpareBank 1 Nord-Norges": a number and a hyphen inside the owner's name)
           rf"|(?:(?:{one_og}|(?<!\p{{Lu}}[\p{{L}}-]*\s)\p{{Lu}}[\p{{L}}-]*(?:\s\d{{1,2}})?)\s(?!\p{{Ll}}+(?:ets|ens|as)\s))?"
           r"(?:\p{Lu}[\p{L}]*-)?\p{L}*\p{L}s)")
    # "i Lillestrøm kommune" names the owner; "i Møre og Romsdal" the level of a prize with editions
    place = (rf"(?:\s+i\s+(?:(?P<place>\p{{Lu}}\p{{L}}+\s+(?:fylkes)?kommune)"
             rf"|(?P<region>{alternation(t['regions'])})(?![\p{{L}}-])))")
    # "Årets frivillige i Vik 2023": a place between the name and its year
    year = rf"(?:(?:\s+i\s+\p{{Lu}}\p{{L}}+(?=\s+{YEAR}))?\s+(?:for\s+|i\s+)?(?P<year>{YEAR}))"
    # a capitalised word belongs to the name before an indefinite lower-case compound ("Nasjonal
    # jordvernpris"), not before a definite or a capitalised one ("I år fekk Gran kulturprisen",
    # "fekk Vik Kultur-Noreg-prisen": the winner's)
    # (but not the last word of a name: "fekk Kari Nes og Ola Dale heiderspris")
    compound = (rf"(?<![\p{{L}}\d-])(?:(?P<mod>(?i:{mods})|(?<!\p{{Lu}}[\p{{L}}-]*\s)\p{{Lu}}\p{{Ll}}+(?<!s)(?=\s\p{{Ll}}[\p{{L}}-]*(?i:{heads})(?![\p{{L}}\d])))\s+)?(?:(?P<gen>{gen})(?:\s\(\p{{Lu}}{{2,8}}\))?\s+(?:(?i:{owner_adjectives})\s+)?)?"
                rf"(?P<word>\b[\p{{L}}-]*(?i:{heads})(?i:{endings})?)(?![\p{{L}}\d])"
                rf"(?P<for>\s+for\s+(?:årets\s)?(?:(?:{_FIELD_ADJECTIVE}|{_PLAIN_ADJECTIVES}|\p{{Ll}}+e)\s)?\p{{Ll}}[\p{{L}}]*(?:\s?-\s?og\s\p{{Ll}}+|\s+og\s+\p{{Ll}}+(?=[\s.,;:!?]|$))?)?{place}?{year}?"
                # "Kulturprisen for 2024 i Sogndal kommune": the owner after the year (not part of the name)
                rf"(?:(?<=\d)\s+i\s+(?P<owner_after>\p{{Lu}}\p{{L}}+\s+(?:fylkes)?kommune)(?![\p{{L}}]))?")
    title_word = alternation(t["title_word"])
    adjective_ends = alternation(t["title_adjective_ends"])
    # "Årets kultur- og frivilligpris" is no title "Årets kultur-": a suspended compound's first half
    title = (rf"\b(?P<tw>{title_word})\s(?P<noun>\p{{L}}[\p{{L}}-]*\p{{L}})(?![\p{{L}}\d-])"
             rf"(?:(?<=e)\s(?!(?:{adjective_ends})(?![\p{{L}}-]))(?P<noun2>\p{{Ll}}[\p{{L}}-]{{2,}})(?![\p{{L}}\d]))?{place}?{year}?"
             # "Årets lærling 2024 i Innlandet": the county edition named after its year
             rf"(?:(?<=\d)\s+i\s+(?P<late_region>{alternation(t['regions'])})(?![\p{{L}}-]))?")
    quoted = (rf"(?<![\p{{L}}\d])(?P<q>[«\"“][^»\"”\n]{{2,60}}[»\"”])\s?-\s?(?P<qhead>(?i:{heads})(?i:{endings})?)\b{year}?"
              rf"|[«\"“](?P<qin>[^»\"”\n]{{0,80}}\b(?i:pris|premie|stipend)\b[^»\"”\n]{{0,80}})[»\"”]")
    # the owner before a suspended compound: "Gran kommunes kultur- og idrettspris"
    owner_before = rf"(?P<gen>{gen})\s+$"
    return {name: regex.compile(p, regex.V1) for name, p in
            (("compound", compound), ("title", title), ("quoted", quoted), ("owner_before", owner_before))}


@cache
def _sets() -> dict[str, frozenset[str]]:
    t = table("prizes")
    return {"not": frozenset(w.lower() for w in t["not_prizes"] + t["anaphors"]),
            "not_bodies": frozenset(t["not_bodies"]),
            "genitive_starts": frozenset(table("names")["genitive_name_starts"]),
            "qualifying": frozenset(t["qualifying_genitives"]),
            "title_not": frozenset(t["title_not_prizes"]),
            "title_parts": frozenset(t["title_part_endings"]),
            "price_stems": frozenset(t["price_stems"]),
            "heads": frozenset(t["heads"]),
            "endings": frozenset(t["definite_endings"]),
            "ranks": frozenset(t["rank_prizes"])}


def _head_key(word: str) -> str:
    w = word.lower()
    for e in sorted(_sets()["endings"], key=len, reverse=True):
        if w.endswith(e) and any(w[: -len(e)].endswith(h) for h in _sets()["heads"]):
            return w[: -len(e)]
    return w


def _is_price(word: str) -> bool:
    """ "oljeprisen", "straumprisane": a price compound (``price_stems``), not a prize."""
    key = _head_key(word)
    stem = key[:-4].rstrip("-") if key.endswith("pris") else None
    # a longer stem may end in one ("råoljeprisen"); a short one may end a prize's ("Nobelprisen" in "el")
    return stem is not None and (stem in _sets()["price_stems"] or any(
        stem.endswith(p) for p in _sets()["price_stems"] if len(p) >= 4))


_OPENERS = (".", "!", "?", ":", "–", "-", "«", '"', "»", "(")


def capital_inside_sentence(text: str, pos: int) -> bool:
    """The word at ``pos`` has a capital that does not just start its line or sentence ("deler ut
    Matprisen", not "Matprisen steig")."""
    before = text[text.rfind("\n", 0, pos) + 1:pos].rstrip()
    return text[pos].isupper() and bool(before) and not before.endswith(_OPENERS)


def _span(m: regex.Match[str], group: str) -> tuple[int, int] | None:
    return m.span(group) if m.group(group) else None


def _names_owner(gen: str) -> bool:
    """The genitive names an organisation: capitalised, and not a word that owns no prize alone
    ("Statens kunstnarstipend", "Årets"), unless it starts a name of two ("Statens vegvesens")."""
    words = gen.split()
    return gen[0].isupper() and (words[0].lower() not in _sets()["not_bodies"] or
                                 len(words) > 1 and words[0] in _sets()["genitive_starts"])


def _municipal_noun(word: str) -> bool:
    return any(whole_words("names", k).fullmatch(word) for k in ("municipal_nouns", "county_nouns"))


def _compound(m: regex.Match[str]) -> PrizeMention | None:
    word = m.group("word")
    bare = _head_key(word) in _sets()["heads"]
    # A genitive takes the indefinite form ("KMDs innovasjonspris"); before "prisen" a word
    # ending in -s is a name of its own ("Lindås prisen").
    gen = m.group("gen") if _head_key(word) == word.lower() else None
    named_owner = gen is not None and _names_owner(gen)
    # "kommunens høgaste utmerking"; "kommunens pris (for tomta)" is as often a price
    municipal = gen is not None and _municipal_noun(gen.split()[0].removesuffix("s"))
    if bare and municipal and _head_key(word) == "pris":
        return None
    field = bool(m.group("for")) and bool(_FIELD_TAIL.match(m.string, m.start("for")) or
                                          not bare and _NOUN_FIELD.match(m.string, m.start("for")) or
                                          _BEST_FIELD.match(m.string, m.start("for")) and _won_a(m.string, m.start()))
    qualified = gen is not None and gen.split()[-1].lower() in _sets()["qualifying"]  # "publikums pris"
    described = bare and gen is None and bool(m.group("for")) and bool(_BEST_FIELD.match(m.string, m.start("for")))
    if bare and not (gen and m.group("for") or named_owner or municipal or field or qualified or described):
        return None  # "prisen", "pris" alone refer back; "Fritt Ords utmerkelse" names one
    if word.lower() in _sets()["not"] and not bare or word.startswith("-") or \
            _is_price(word) and not capital_inside_sentence(m.string, m.start("word")):
        return None
    if not bare and m.group("for") and not field:
        return _compound_without_for(m)
    mod = m.group("mod")
    if mod and mod[0].isupper() and (mod in not_names() or _indefinite().fullmatch(mod + " ")):
        mod = None  # "Prisen", "I": a sentence start, not part of the name
    start = m.start("mod") if mod else m.start("gen") if gen else m.start("word")
    owner = None
    if gen:
        last = gen.split()[-1].lower()
        if last in _sets()["not_bodies"] and not m.group("mod") and last in ("årets", "fjorårets"):
            start = m.start("word")
        elif m.group("poss"):
            owner = (_place_of_poss(m), m.end("poss") - 1)  # without the space before "sin"
            start = owner[0] if start == m.start("gen") else start
        elif mod and mod[0].isupper() and gen.split()[0].lower() not in _sets()["not_bodies"]:
            owner = (m.start("mod"), m.end("gen") - 1)  # "Norsk kulturråds ærespris": the owner is "Norsk kulturråd"
        elif named_owner or municipal:
            # without the genitive -s; "kommunens kulturpris" is the municipality's the text names
            owner = (m.start("gen"), m.end("gen") - 1)
    if m.group("place") or m.group("owner_after"):
        owner = m.span("place") if m.group("place") else m.span("owner_after")
    end = next((m.end(g) for g in ("place", "region", "for", "word") if m.group(g)))
    key = _head_key(word) + (m.group("for") or "").lower() + _region_key(m)
    qualifier = gen.split()[-1].lower() if gen else None
    if qualifier in _sets()["qualifying"]:
        key = f"{qualifier} {key}"  # "ungdommens kulturpris" beside "kulturprisen": two prizes
    return PrizeMention(start, end, key, owner, _span(m, "year"), "described" if described and not field else "compound")


def _place_of_poss(m: regex.Match[str]) -> int:
    """Where the owner of "X kommune sin" starts: at the place name the capitalised words before
    "kommune" end in ("fekk Solveig Brekke Stryn kommune sin frivilligpris": Stryn, not the winner)."""
    words = list(regex.finditer(r"\p{Lu}[\p{L}-]*", m.string, pos=m.start("poss"), endpos=m.end("poss")))
    if len(words) < 2 or not regex.match(r"\s*(?:(?:fylkes)?kommune|herad)\s", m.string[words[-1].end():m.end("poss")]):
        return m.start("poss")
    for w in words:  # the longest place name first ("Indre Fosen kommune sin")
        if is_place_name(m.string[w.start():words[-1].end()]):
            return w.start()
    return m.start("poss")


def _region_key(m: regex.Match[str]) -> str:
    """ " i møre og romsdal": the county edition of a prize is a prize of its own."""
    region = m.group("region") or m.groupdict().get("late_region")
    return f" i {region.lower()}" if region else ""


def _compound_without_for(m: regex.Match[str]) -> PrizeMention | None:
    """Re-read a match whose "for …" tail belongs to the sentence, not to the name."""
    again = _patterns()["compound"].match(m.string, m.start(), m.end("word"))
    return _compound(again) if again and not again.group("for") else None


@cache
def _event_heads() -> tuple[str, ...]:
    return tuple(table("events")["heads"])


def _title(m: regex.Match[str]) -> PrizeMention | None:
    adjective = m.group("noun") if m.group("noun2") else None
    noun = m.group("noun2") or m.group("noun")
    # "årets vinnarar", "årets Spire-mottakere": people, not a prize; "årets store satsing" no title.
    if noun.lower() in _sets()["title_not"] or noun.lower().endswith(_PEOPLE_ENDINGS + _NOT_TITLE_ENDINGS) or \
            noun.lower().endswith(tuple(_sets()["title_parts"])) or \
            adjective is not None and adjective.lower() in _sets()["title_not"]:
        return None
    if adjective is None and _head_key(noun) in _sets()["heads"] and m.group("tw").islower():
        return None  # "om årets premie", "årets stipend": the prize the text names, said again
    if m.group("tw").islower() and noun[:1].isupper() and noun.lower().endswith(_event_heads()):
        return None  # "under årets Vikadagar": this year's edition of a named event, no title
    if adjective is not None:
        noun = f"{adjective} {noun}"
    end = next((m.end(g) for g in ("late_region", "place", "region", "noun2", "noun") if m.group(g)))
    owner = m.span("place") if m.group("place") else None
    # "Årets næringspris" is the prize "Næringsprisen" of this year: one key for both
    head = _head_key(noun)
    key = (head if any(head.endswith(h) for h in _sets()["heads"]) else f"årets {noun.lower()}") + _region_key(m)
    # the name without the year inside it
    late = m.string[m.start():m.start("year")].rstrip() + " i " + m.group("late_region") if m.group("late_region") else None
    return PrizeMention(m.start(), end, key, owner, _span(m, "year"), "title", written_out=late)


def _quoted(m: regex.Match[str]) -> PrizeMention:
    if m.group("q"):
        return PrizeMention(m.start(), m.end("qhead"), (m.group("q")[1:-1] + "-" + _head_key(m.group("qhead"))).lower(),
                            None, _span(m, "year"), "quoted")
    return PrizeMention(m.start("qin"), m.end("qin"), m.group("qin").lower(), None, None, "quoted")


@cache
def _context_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((row["shape"], regex.compile(row["pattern"], regex.V1 | regex.IGNORECASE))
                 for row in table("prizes")["context"])


def _context(shape: str, m: regex.Match[str]) -> PrizeMention:
    s, e = m.span("name")
    year = m.span("year") if "year" in m.re.groupindex and m.group("year") else None
    # "magasinet Familien sin kåring av Norges beste garnbutikk": whose choosing it is
    owner = m.span("owner") if "owner" in m.re.groupindex and m.group("owner") else None
    return PrizeMention(s, e, m.group("name").strip("«»\"“”").lower(), owner, year, shape)


@cache
def _heads_anywhere() -> regex.Pattern[str]:
    """A word every prize shape contains: a head, "Årets", or a context shape's key word."""
    t = table("prizes")
    words = t["heads"] + t["title_word"] + ["award", "prize", "tittel", "beste"]
    return regex.compile(alternation(words), regex.V1 | regex.IGNORECASE)


@lru_cache(maxsize=64)
def find_prizes(text: str) -> tuple[PrizeMention, ...]:
    """Every prize mention in ``text``, longest first where two overlap, in text order.

    Cached: the batch gate and the award component ask about the same text. Every shape
    contains a head word or "Årets", so a text without any is answered by one cheap search."""
    if not _heads_anywhere().search(text):
        return ()
    p = _patterns()
    found: list[PrizeMention] = []
    taken: list[tuple[int, int]] = []  # the spans found so far, sorted and disjoint
    kinds: list[PrizeMention] = []
    for name, build in (("quoted", _quoted), ("compound", _compound), ("title", _title)):
        for m in p[name].finditer(text, overlapped=False, timeout=scan_timeout(len(text))):
            pm = build(m)
            if pm and _indefinite().search(text[max(0, pm.start - 20):pm.start]) and not _won_with_field(text, pm) \
                    and not _given_kind(text, pm):
                kinds.append(pm)  # "en hederspris": a kind of prize, not a name
            elif pm and not _overlaps(taken, pm.start, pm.end):
                found.append(pm)
                insort(taken, (pm.start, pm.end))
    # "Kulturprisen 2025 … Ulstein kommune deler kvart år ut ein kulturpris": the kind the text names
    # elsewhere is that prize; "ein ny kulturpris, Lomsprisen": a kind with a name in apposition is
    # that name's prize, wherever the text says the kind ("Ny kulturpris til Lom")
    named = {pm.key: pm.key for pm in found}
    named |= {k.key: n.key for k in kinds for n in found if _APPOSITION.fullmatch(text, k.end, n.start)}
    found += [replace(pm, key=named[pm.key], indefinite=True) for pm in kinds
              if pm.key in named and not _overlaps(taken, pm.start, pm.end)]
    found += _suspended(text, found)
    for shape, pattern in _context_patterns():
        for m in pattern.finditer(text, timeout=scan_timeout(len(text))):
            pm = _context(shape, m)
            if any(o.start == pm.start and o.end >= pm.end for o in found):
                continue  # the shape found that mention already (with its year and place)
            inside = [o for o in found if pm.start <= o.start and o.end <= pm.end]
            if any(o.key == pm.key.removeprefix("årets ") for o in inside):
                continue  # "vinnar av Årets næringspris 2022": the compound is the prize, with its year
            if not any(o.start < pm.end and pm.start < o.end for o in found if o not in inside):
                found = [o for o in found if o not in inside] + [pm]  # «Årets reisemål» over Årets reisemål
    if any(pm.shape != "described" for pm in found):
        # "prisen for beste nærbutikk" describes the prize the text names (Årets Merkur-butikk);
        # named no other way, it is the prize ("Vik barnehage fekk prisen for årets beste barnehage")
        found = [pm for pm in found if pm.shape != "described"]
    found = [pm for pm in found if not _on_a_teaser(text, pm.start)]
    found = _years_shared(sorted((_within_line(pm, text) for pm in found), key=lambda x: x.start), text)
    clustered = _cluster(_identities_merged(_best_of_merged(_tails_merged(_typos_merged(found))), text), text)
    return tuple(_ranks_named(_plural_titles_merged(clustered), text))


_TITLE_PLURALS = _PLURAL_ENDINGS + ("er", "ar", "e")  # "årets eldsjelar", "årets gründere"


def _plural_titles_merged(found: list[PrizeMention]) -> list[PrizeMention]:
    """ "Vik frivilligsentral kåra årets eldsjelar. Årets eldsjel gjekk til Per Li": a title in
    the plural is its winners', the prize of the singular the text names."""
    singulars = {pm.key for pm in found if pm.shape == "title"}

    def singular(key: str) -> str | None:
        return next((key[:-len(e)] for e in _TITLE_PLURALS if key.endswith(e) and key[:-len(e)] in singulars), None)
    return [replace(pm, key=one) if pm.shape == "title" and (one := singular(pm.key)) else pm for pm in found]


def _ranks_named(found: list[PrizeMention], text: str) -> list[PrizeMention]:
    """ "Hovudprisen, Årets eldsjel, gjekk til Per Li": the rank of one of the evening's prizes,
    with the prize's name in apposition, is that prize (``rank_prizes`` in ``lexicon/prizes.toml``)."""
    ranks = _sets()["ranks"]
    named = {a.key: b.key for a, b in zip(found, found[1:])
             if a.key in ranks and b.key not in ranks and _APPOSITION.fullmatch(text, a.end, b.start)}
    return [replace(pm, key=named[pm.key]) if pm.key in named else pm for pm in found] if named else found


@cache
def _teaser() -> regex.Pattern[str]:
    return regex.compile(rf"[ \t•*-]*(?:{alternation(table('prizes')['teaser_labels'])})\s*:", regex.V1 | regex.IGNORECASE)


# a teaser's label starts its line no further back than this from the prize it names
_TEASER_REACH = 200


def _on_a_teaser(text: str, pos: int) -> bool:
    """The mention's line links to another article ("Les også: Gran IL fikk idrettsprisen"). The
    look back is bounded: on a text without line breaks a scan to its start for every mention
    would cost the square of its length."""
    lo = max(0, pos - _TEASER_REACH)
    line = text.rfind("\n", lo, pos) + 1
    if line == 0 and lo > 0:
        return False
    return bool(_teaser().match(text, line, pos))


# between a kind of prize and its name: "ein ny kulturpris, Lomsprisen", "en pris – Ildsjelprisen –",
# "ein pris kalla Lomsprisen"
_APPOSITION = regex.compile(r"\s*(?:,|–|-|:)\s*|\s+(?:kalla|kalt|kallet|med\s+namnet|med\s+navnet)\s+[«\"“]?", regex.V1)


# "Vik skule har vunne ein pris for beste skulehage": a prize won, named by its field
_WON_A = regex.compile(r"\b(?:fekk|fikk|får|mottok|mottek|motteke|mottatt|vann|vant|vunne|vunnet|tildelt|tildelte)"
                       r"(?:\s+\S+){0,2}?\s+(?:ein|en|ei|eit|et)\s+$", regex.V1 | regex.IGNORECASE)


def _won_a(text: str, start: int) -> bool:
    return bool(_WON_A.search(text, max(0, start - 40), start))


def _won_with_field(text: str, pm: PrizeMention) -> bool:
    return " for " in pm.key and _won_a(text, pm.start)


# "Gran kommune deler kvart år ut ein kulturpris", "Kari Nes fikk en kulturpris fra Gran kommune":
# a kind of prize given or won, where the text names it no other way, is the prize
_GIVEN_A = regex.compile(r"\b(?:(?:til)?del(?:er|ar|te|e|a|t|es|ast)|gir|gjev|gav|ga|overrakte|overrekte)(?:\s+\S+){0,3}?"
                         r"\s+(?:ut\s+)?(?:ein|en|ei|eit|et)\s+$", regex.V1 | regex.IGNORECASE)


def _given_kind(text: str, pm: PrizeMention) -> bool:
    if pm.key.split()[0] in _sets()["heads"]:
        return False  # "fekk ein pris", "deler ut en pris for beste skulehage": no kind named
    return _won_a(text, pm.start) or bool(_GIVEN_A.search(text, max(0, pm.start - 40), pm.start))


_GENITIVE_END = regex.compile(r"(?:s|\(\p{Lu}{2,8}\))\s*$", regex.V1)


def _within_line(pm: PrizeMention, text: str) -> PrizeMention:
    """A name runs over a line break only after a genitive ("departementets (KMD)\nInnovasjonspris",
    a wrapped line): "Kulturprisen til Ole Bull Akademiet\nVestland fylkeskommune sin kulturpris"
    names "Vestland fylkeskommune sin kulturpris"."""
    nl = text.rfind("\n", pm.start, pm.end)
    if nl < 0 or _GENITIVE_END.search(text, pm.start, nl):
        return pm
    start = nl + 1
    owner = pm.owner if pm.owner is None or pm.owner[0] >= start else \
        ((start, pm.owner[1]) if pm.owner[1] > start else None)
    return replace(pm, start=start, owner=owner)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans (two neighbours to check)."""
    i = bisect_left(taken, (start, start))
    return any(s < end and start < e for s, e in taken[max(0, i - 1):i + 1])


_SUSPENDED = regex.compile(r"(?<![\p{L}-])(?P<first>\p{L}{3,})-\s(?:og|eller)\s$", regex.V1)


def _suspended(text: str, found: list[PrizeMention]) -> list[PrizeMention]:
    """ "Kultur- og idrettsprisen" names two prizes: the first is "Kultur-" with the second's head.
    An owner before the first owns the second too (its mention in ``found`` gets it)."""
    out = []
    for m in found:
        before = _SUSPENDED.search(text, max(0, m.start - 40), m.start)
        head = next((h for h in _sets()["heads"] if m.key.endswith(h)), None)
        word = text[m.start:m.end]
        at = word.lower().rfind(head) if head else -1
        # the second conjunct is one compound word ("idrettsprisen"), not "Småbrukarlag sin pris"
        if before and head and m.shape == "compound" and not any(c.isspace() for c in word[:at]):
            s, e = before.span("first")
            tail = word[at:]  # "prisen" of "idrettsprisen"
            owner = _owner_before(text, s)
            whose = text[owner[0]:s] if owner else ""  # "Gran kommunes "
            out.append(PrizeMention(owner[0] if owner else s, e + 1, before.group("first").lower() + head, owner,
                                    m.year, "suspended", whose + before.group("first") + tail))
            if owner:  # the second prize is the owner's too: "Gran kommunes idrettspris"
                found[found.index(m)] = replace(m, owner=owner, written_out=whose + word)
    return out


def _owner_before(text: str, start: int) -> tuple[int, int] | None:
    """The organisation whose genitive stands before a suspended compound owns both prizes
    ("Gran kommunes kultur- og idrettspris", "Sparebanken Vests kultur- og frivilligpris")."""
    m = _patterns()["owner_before"].search(text, max(0, start - 60), start, timeout=TIMEOUT)
    if m is None or m.group("poss"):
        return None
    gen = m.group("gen")
    return (m.start("gen"), m.end("gen") - 1) if _names_owner(gen) and not _municipal_noun(gen.split()[0][:-1]) else None


# Words an initialism may leave out ("Kommunal- og moderniseringsdepartementet" is KMD, but
# "Design og arkitektur Norge" is DOGA)
_INITIALISM_SKIPS = frozenset({"og", "for", "i", "av", "til", "med", "på"})


def same_owner(a: str, b: str) -> bool:
    """ "KMD" and "Kommunal- og moderniseringsdepartementet" are one owner; so are "Vik" and "Vik kommune".

    >>> same_owner("NTNU", "Norges teknisk-naturvitenskapelige universitet")
    True
    >>> same_owner("KS", "Kommunesektorens organisasjon")  # a last generic word may give no letter
    True
    >>> same_owner("NTNU", "Norsk Forfattersentrum")  # the letters are there, but not the words' initials
    False
    """
    a, b = sorted((a, b), key=len)
    if a.casefold() in b.casefold():
        return True
    # an abbreviation is one short word of capitals (which also bounds the search below)
    return a.isupper() and 2 <= len(a) <= 8 and not regex.search(r"\s", a) and \
        _initialism(a.casefold(), [w for w in regex.split(r"[\s-]+", b.casefold()) if w])


def _initialism(abbr: str, words: list[str]) -> bool:
    """Each word of the name gives the abbreviation its next letter, its initial, and may give
    more from inside it ("moderniseringsdepartementet" gives the M and the D of KMD); a
    function word, or the last word once every letter is given, may give none."""
    if not abbr:
        return not words or len(words) == 1
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word in _INITIALISM_SKIPS and _initialism(abbr, rest):
        return True
    if abbr[0] != word[0]:
        return False
    j = 1
    if _initialism(abbr[j:], rest):
        return True
    for ch in word[1:]:  # letters taken from inside the word, in order
        if j < len(abbr) and ch == abbr[j]:
            j += 1
            if _initialism(abbr[j:], rest):
                return True
    return False


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter left out, added or changed ("innvasjonspris" for "innovasjonspris")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _typos_merged(found: list[PrizeMention]) -> list[PrizeMention]:
    """A long key written once with a typo is the prize the text names more often (or first)."""
    counts: dict[str, int] = {}
    for m in found:
        counts[m.key] = counts.get(m.key, 0) + 1
    keys = sorted(counts, key=lambda k: (-counts[k], next(i for i, m in enumerate(found) if m.key == k)))
    alias: dict[str, str] = {}
    for k in keys:
        if len(k) >= 10:
            alias[k] = next((o for o in keys if o in alias.values() and _one_edit_apart(k, o)), k)
    return [replace(m, key=alias.get(m.key, m.key)) for m in found]


COORDINATION = regex.compile(r"\s*(?:,\s*(?:og\s+|eller\s+)?|\s(?:og|eller|samt)\s+|\s*&\s*)", regex.V1)


def _years_shared(found: list[PrizeMention], text: str) -> list[PrizeMention]:
    """ "kulturprisen, ungdomsprisen og frivilligprisen for 2022": a year after coordinated
    prizes is each one's.

    >>> t = "Vik delte ut kulturprisen og ungdomsprisen for 2022."
    >>> [t[m.year[0]:m.year[1]] for m in find_prizes(t)]
    ['2022', '2022']
    """
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.year is None and b.year and COORDINATION.fullmatch(text, a.end, b.start):
            out[i] = replace(a, year=b.year)
    return out


def _tails_merged(found: list[PrizeMention]) -> list[PrizeMention]:
    """ "Innovasjonsprisen" and "pris for universell utforming" beside "Innovasjonsprisen for
    universell utforming" are its short forms, where the text names only one prize of that head
    (or of that field) with a field.

    >>> [m.key for m in find_prizes("Vik fekk Innovasjonsprisen for universell utforming. Innovasjonsprisen er ny.")]
    ['innovasjonspris for universell utforming', 'innovasjonspris for universell utforming']
    """
    fields: dict[str, set[str]] = {}
    for m in found:
        base, sep, tail = _split_tail(m.key)
        if sep and m.shape in ("compound", "title"):
            fields.setdefault(base, set()).add(m.key)
            if base not in _sets()["heads"]:
                fields.setdefault(f"{sep}{tail}", set()).add(m.key)  # "pris for universell utforming"
    out = []
    for m in found:
        base, sep, tail = _split_tail(m.key)
        short = f"{sep}{tail}" if sep and base in _sets()["heads"] else m.key
        named = fields.get(short, set()) - {m.key}
        out.append(replace(m, key=named.pop()) if m.shape in ("compound", "title") and len(named) == 1 else m)
    return out


# "A er B": the copula between two prize mentions, or after an anaphor for the first
_COPULA = regex.compile(r"\s+(?:er|var)\s+(?:(?:ein|en|ei|eit|et)\s+)?", regex.V1)
_ANAPHOR_COPULA = regex.compile(r"(?<![\p{L}])(?:prisen|prisa|utmerkelsen|utmerkinga|den)\s+(?:er|var)\s+(?:(?:ein|en|ei|eit|et)\s+)?$",
                                regex.V1 | regex.IGNORECASE)


def _identities_merged(found: list[PrizeMention], text: str) -> list[PrizeMention]:
    """ "Frivilligprisen er Lillestrøm kommunes pris til frivillige": the second mention describes
    the first prize (its owner is that prize's), and is never its name; so does a common noun
    right before a proper name ("miljøprisen Green Flag Award": the first describes the second).

    >>> t = "Frivilligprisen er Lillestrøm kommunes pris. Vennelaget fekk frivilligprisen."
    >>> [(m.key, m.indefinite) for m in find_prizes(t)]
    [('frivilligpris', False), ('frivilligpris', True), ('frivilligpris', False)]
    >>> t = "Skolen vant miljøprisen Green Flag Award."
    >>> [(t[m.start:m.end], m.key, m.indefinite) for m in find_prizes(t)]
    [('miljøprisen', 'green flag award', True), ('Green Flag Award', 'green flag award', False)]
    """
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.key != b.key and (_COPULA.fullmatch(text, a.end, b.start) or
                               b.owner is not None and _ANAPHOR_COPULA.search(text, max(0, b.start - 30), b.start)):
            # "Prisen er Ringsakers høgaste kulturutmerking": "prisen" is the one named last
            out[i] = replace(b, key=a.key, indefinite=True)
        elif a.key != b.key and text[a.start].islower() and b.start == a.end + 1 and text[a.end] == " " \
                and (text[b.start].isupper() or text[b.start] in "«\"“"):
            out[i - 1] = replace(a, key=b.key, indefinite=True)
    return out


def _best_of_merged(found: list[PrizeMention]) -> list[PrizeMention]:
    """ "kåra til Noregs beste reisemål … årets reisemål": the title of this year's best of a kind
    is the choosing of the country's best of that kind, where the text names both.

    >>> t = "Oppdal er kåra til Noregs beste reisemål. Årets reisemål vart kåra i går."
    >>> [m.key for m in find_prizes(t)]
    ['noregs beste reisemål', 'noregs beste reisemål']
    """
    best = {m.key.split(" beste ", 1)[1]: m.key for m in found if m.shape == "best" and " beste " in m.key}
    return [replace(m, key=best[kind]) if m.shape == "title" and (kind := m.key.removeprefix("årets ")) != m.key
            and kind in best else m for m in found]


def _split_tail(key: str) -> tuple[str, str, str]:
    """ "innovasjonspris for universell utforming" -> base, " for ", tail; also " i " (a region)."""
    for sep in (" for ", " i "):
        base, found, tail = key.partition(sep)
        if found:
            return base, sep.lstrip(), tail
    return key, "", ""


def _cluster(found: list[PrizeMention], text: str) -> list[PrizeMention]:
    """Keys that tell sibling prizes apart: where one head comes with two different owners
    ("Bedriftsidrettens hederspris", "Idrettskretsens hederspris"), each owner is a prize of its
    own, and a mention without an owner ("hedersprisen") belongs to the nearest one before it."""
    groups: dict[str, list[str]] = {}
    for m in found:
        if m.owner:
            names = groups.setdefault(m.key, [])
            owner = text[m.owner[0]:m.owner[1]]
            if not any(same_owner(owner, n) for n in names):
                names.append(owner)
    split = {k for k, names in groups.items() if len(names) > 1}
    if not split:
        return found
    out: list[PrizeMention] = []
    last: dict[str, str] = {}
    for m in found:
        if m.key in split and m.owner:
            owner = text[m.owner[0]:m.owner[1]]
            last[m.key] = f"{m.key}|{next(n for n in groups[m.key] if same_owner(owner, n)).casefold()}"
            out.append(replace(m, key=last[m.key]))
        elif m.key in split:
            out.append(replace(m, key=last.get(m.key) or f"{m.key}|{groups[m.key][0].casefold()}"))
        else:
            out.append(m)
    return out


# What a prize name's characters become in the masked copy of the text the surface rows read
MASK = "§"


def mask_prizes(text: str, mentions: Sequence[PrizeMention]) -> str:
    chars = list(text)
    for m in mentions:
        chars[m.start:m.end] = MASK * (m.end - m.start)
    return "".join(chars)


def anaphor_pattern() -> str:
    """Regex alternation of the words that refer back to a prize ("prisen", "utmerkelsen")."""
    return alternation(table("prizes")["anaphors"])
