"""A parsed Doc + the frame table -> :class:`FrameHit` s: predicates with the spans of their role arguments.

The table (``lexicon/frames.toml``) says, per predicate lemma and voice, which argument slot carries
which role. This module finds the predicates, decides their voice and tense, and collects their
slots from the dependency parse (NDT labels: SUBJ, DOBJ, IOBJ, SPRED, prepositions with PUTFYLL);
names inside a slot are read later by the name grammar, so the parse decides *where* a role is and
:mod:`kommunenlp.names` *what* the name is.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from .dates import weekday_words
from .lexicon import table, whole_words
from .names import is_org_word

# "få" with a participle is a passive of its own: "Vik IL har fått tildelt prisen".
AUXILIARIES = frozenset({"være", "vere", "bli", "verte", "ha", "skulle", "ville", "kunne", "måtte", "burde", "få"})
PASSIVE_AUXILIARIES = frozenset({"bli", "verte", "få"})
COPULAS = frozenset({"være", "vere"})
_BECOME = COPULAS | {"bli", "verte"}
MODALS = frozenset({"skulle", "ville", "kunne", "måtte", "burde"})
_SLOT_DEPS = {"SUBJ": "subj", "DOBJ": "obj", "IOBJ": "iobj", "SPRED": "spred", "OPRED": "opred"}
# Children that end an argument: a preposition's phrase, a clause, a verb of its own.
_NOT_IN_ARGUMENT = frozenset({"ADP", "SCONJ", "VERB", "AUX"})


@dataclass(frozen=True)
class Frame:
    """One row of ``lexicon/frames.toml``."""

    name: str
    lemmas: frozenset[str]
    particle: str | None
    status: str
    prize: tuple[str, ...]
    active: dict[str, str]
    passive: dict[str, str]
    require: dict[str, frozenset[str]]
    implicit_prize: bool = False
    without: frozenset[str] = frozenset()
    past_status: str | None = None  # what the clause says in a past tense, where that differs
    past_only: bool = False  # the row holds in a past tense only ("I år vann Vågå", not "Tidligere vinner X")
    prize_with: frozenset[str] = frozenset()  # words the prize argument must have ("årets" in "Årets trenar vart X")
    state: bool = False  # a state the award left: a modal does not change it ("kan kalle seg årets X")
    transitive: bool = False  # without an object the verb is a passive's participle ("Oppdal kåra til P")


@dataclass(frozen=True)
class FrameHit:
    """A predicate that matched a frame: its prize slot and the slots that carry roles."""

    frame: str
    predicate: int          # token index of the predicate
    status: str             # awarded | nominated | announced
    prize: tuple[int, int]  # character span of the prize argument
    roles: tuple[tuple[str, int, int], ...]  # (role, start_char, end_char) of each argument
    earlier: bool = False   # "Tidlegare vinnarar er …": the winners are past ones


@cache
def _event_words() -> tuple[frozenset[str], tuple[str, ...]]:
    t = table("events")
    return frozenset(w.lower() for w in t["standalone"]), tuple(t["heads"])


def _is_event_word(word: str) -> bool:
    """ "julemøtet", "årsmøtet", "festivalen": a word naming an event (``lexicon/events.toml``)."""
    standalone, heads = _event_words()
    return word in standalone or word.endswith(heads)


@cache
def _particles() -> frozenset[str]:
    """Particles that are never a role's preposition ("ut", "imot"; not "av" of "stikke av med")."""
    slots = {k for f in frames() for k in (*f.active, *f.passive)}
    return frozenset(f.particle for f in frames() if f.particle and f.particle not in slots)


@cache
def _phrase_prepositions() -> dict[str, str]:
    return dict(table("frames")["phrase_prepositions"])


@cache
def _adverb_prepositions() -> dict[str, str]:
    return dict(table("frames")["adverb_prepositions"])


def _is_time(t: Token) -> bool:
    """ "år" of "kvart år", "i år": a noun of time, which the parser may take for an argument
    (not the "Årets" of a title, "fikk «Årets idrettslag»", whose lemma is "år" too)."""
    return t.lemma_.lower() in _words("time_nouns") and t.lower_ != "årets"


def _earlier(frame: Frame, slots: dict[str, list[Token]], chain: list[Token]) -> bool:
    """ "Tidlegare vinnarar er A og B": the word the frame requires is modified as a past one, or
    the verb is ("Prisen har tidlegare gått til A (2023) og B (2022)")."""
    return any(c.lower_ in _words("earlier") for k in frame.require for t in slots.get(k, ()) for c in t.children) \
        or any(c.dep_ == "ADV" and (c.lower_ in _words("earlier_adverbs") or _last_occasion(c))
               for t in chain for c in t.children)


def _last_occasion(t: Token) -> bool:
    """ "Sist gang", "førre gong": the last time the prize was given, not this one."""
    occasions = table("frames")["earlier_occasions"]
    return t.lower_ in occasions["nouns"] and any(c.lower_ in occasions["words"] for c in t.children)


@cache
def frames() -> tuple[Frame, ...]:
    return tuple(Frame(row["name"], frozenset(row["lemmas"]), row.get("particle"), row["status"],
                       tuple(row["prize"]), dict(row["active"]), dict(row["passive"]),
                       {k: frozenset(v) for k, v in row.get("require", {}).items()},
                       row.get("implicit_prize", False), frozenset(row.get("without", ())),
                       row.get("past_status"), row.get("past_only", False), frozenset(row.get("prize_with", ())),
                       row.get("state", False), row.get("transitive", False))
                 for row in table("frames")["frame"])


# Forms of an auxiliary the lemmatizer may get wrong ("vil" as a form of the noun "vilje")
_AUXILIARY_FORMS = {"vil": "ville"}


def _lemma(t: Token) -> str:
    return _AUXILIARY_FORMS.get(t.lower_, t.lemma_)


def _chain(v: Token) -> list[Token]:
    """The predicate and the auxiliaries above it ("har blitt tildelt", "skal gå", "er nominert"),
    or above the participle it is coordinated with ("vart delt ut av A og motteke av B")."""
    if v.dep_ == "KOORD" and v.head.dep_ == "INFV" and _participle(v) and _participle(v.head):
        return [v, *_chain(v.head)[1:]]
    out = [v]
    while out[-1].dep_ in ("INFV", "SPRED") and _lemma(out[-1].head) in AUXILIARIES and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _participle(t: Token) -> bool:
    """A past participle, or a word the tagger calls an adjective in its place ("vart delt")."""
    return "Part" in t.morph.get("VerbForm", []) or t.pos_ == "ADJ"


def _passive(v: Token, chain: list[Token]) -> bool:
    # the s-passive by its form too: the tagger misses Nynorsk "-ast" ("skal overrekkast av X")
    if "Pass" in v.morph.get("Voice", []) or (
            v.lower_.endswith(("ast", "s")) and not v.lemma_.lower().endswith("s") and v.tag_ != "ADJ"
            and "Part" not in v.morph.get("VerbForm", [])):
        return True
    auxes = {_lemma(t) for t in chain[1:]}
    if auxes & PASSIVE_AUXILIARIES:
        return True
    if len(chain) == 1 and v.dep_ == "ROOT" and "Part" in v.morph.get("VerbForm", []) and \
            not v.sent.text.rstrip().endswith((".", "!", "?")):
        return True  # a headline without its auxiliary: "Vik songlag tildelt kulturprisen"
    # "er tildelt", "er nominert": a participle (or a verb the tagger calls an adjective) under a copula
    participle = "Part" in v.morph.get("VerbForm", []) or (v.dep_ in ("INFV", "SPRED") and v.tag_ != "verb")
    return bool(auxes & COPULAS) and participle


@cache
def _named_by_phrase() -> dict[str, tuple[str, ...]]:
    return {w: tuple(preps) for w, preps in table("frames")["named_by_phrase"].items()}


@cache
def _words(key: str) -> frozenset[str]:
    """One of the frame table's word lists ("honours", "time_nouns", ...)."""
    return frozenset(table("frames")[key])


def _argument(t: Token) -> tuple[int, int]:
    """Character span of an argument: the token with its modifiers and conjuncts, without the
    prepositional phrases, clauses and verbs attached to it (and a time word the parser hung
    before it: "år" of "tildeles i år Bø IL")."""
    keep = [t]
    stack = [t]
    while stack:
        for c in stack.pop().children:
            # (nor a lower-case determiner before a name: "andre" of "mellom andre Vik songlag")
            # (a capital right before an organisation's word is its name's, whatever its tag: the
            # tagger may read "Vik" of "Vik ungdomslag" as a verb)
            if c.pos_ not in _NOT_IN_ARGUMENT and not (c.i < t.i and (_is_time(c) or c.pos_ == "DET" and c.is_lower
                                                                        and t.pos_ == "PROPN")) \
                    or c.i == t.i - 1 and c.text[:1].isupper() and t.is_lower and is_org_word(t.text):
                keep.append(c)
                stack.append(c)
    cut = _flat_particle(t)
    toks = sorted((k for k in keep if cut is None or k.i < cut.i), key=lambda x: x.i)
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _on_behalf(preposition: Token) -> bool:
    """ "for laget", "for sanitetsforeningen": "for" the organisation, definite, is on its behalf
    ("for beste idrettslag" names what the prize is for)."""
    obj = next((c for c in preposition.children if c.dep_ == "PUTFYLL"), None)
    return preposition.lower_ == "for" and obj is not None and obj.pos_ == "NOUN" and (
        bool(whole_words("names", "descriptors").fullmatch(obj.lower_))
        or is_org_word(obj.text) and "Def" in obj.morph.get("Definite", []))


def _flat_particle(t: Token) -> Token | None:
    """ "I går delte ordførar Kari Li ut Kulturprisen": in V2 the parser may run the subject's name
    on over the particle and the object ("Kari Li ut Kulturprisen", all FLAT), or over the title
    of the object ("Hvert år kårer Norsk Friluftsliv årets friluftskommune"). The particle or
    the title's "årets" ends the name, and the word after it is the object."""
    return next((c for c in t.children if c.dep_ == "FLAT" and c.i > t.i
                 and (c.lower_ in _particles() or c.text in _title_words())), None)


@cache
def _title_words() -> frozenset[str]:
    return frozenset(table("prizes")["title_word"])


def _object_after_particle(t: Token) -> Token | None:
    particle = _flat_particle(t)
    if particle is None:
        return None
    return next((c for c in t.children if c.dep_ == "FLAT" and c.i > particle.i and c.pos_ in ("PROPN", "NOUN")), None)


def _party(t: Token) -> Token:
    """The party an argument stands for: a committee's organisation ("Juryen i Hanen har kåra X":
    Hanen's jury chose, for Hanen), else the argument itself."""
    if t.lemma_.lower() in _words("committees") or t.lower_ in _words("committees"):
        of = next((c for c in t.children if c.lower_ == "i" and c.i > t.i), None)
        member = next((c for c in of.children if c.dep_ == "PUTFYLL"), None) if of is not None else None
        if member is not None and member.pos_ == "PROPN":
            return member
    return t


def _governor(t: Token, chain_ids: set[int]) -> bool:
    """True if the nearest predicate above ``t`` is this predicate's chain. A copula's complement
    is no predicate of its own, even where the tagger reads it as a verb ("ble vinner av P"), nor
    is the noun of "som" ("har valt Kari Nes som vinnar av P")."""
    h = t.head
    while h.head.i != h.i and h.i not in chain_ids and not _predicate(h):
        h = h.head
    return h.i in chain_ids


def in_clause_of(doc: Doc, predicate: int, char: int) -> bool:
    """The word at ``char`` is in the clause of the predicate at token ``predicate``, not in a
    clause of another verb ("Kari Nes debuterte i 2019 og fekk i år prisen": 2019 is the debut's)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    chain = _chain(doc[predicate])
    ids = {t.i for t in chain}
    cleft = _cleft_copula(chain[-1])
    if cleft is not None:
        ids |= {t.i for t in _chain(cleft)}  # "I 2015 var det Kari Li som fekk prisen"
    return span is None or _governor(span[0], ids)


def _cleft_copula(top: Token) -> Token | None:
    """The copula of a cleft whose relative clause the predicate heads ("Det var X som fekk P")."""
    if top.dep_ != "ATR" or not any(c.lower_ == "som" and c.dep_ == "SBU" for c in top.children):
        return None
    copula = top.head.head if top.head.dep_ in ("SPRED", "SUBJ") else None
    if copula is None or copula.lemma_ not in COPULAS or not any(c.dep_ == "FSUBJ" for c in copula.children):
        return None
    return copula


def _predicate(t: Token) -> bool:
    """A verb heads a clause of its own, and so does a participle under an auxiliary that the
    tagger calls an adjective ("vart delt ut av A"); a copula's complement does not, nor the
    noun of "som" that the tagger calls a verb."""
    if t.dep_ == "SPRED" or t.dep_ == "PUTFYLL" and t.head.lower_ == "som":
        return False
    if t.lower_ in ("vinner", "vinnar") and any(c.lower_ == "av" for c in t.children):
        return False  # "valt X som vinner av P": the noun ("vinne" takes no "av"), read as "who wins"
    return t.pos_ in ("VERB", "AUX") or t.dep_ == "INFV" and _participle(t)


def _slots(v: Token, chain: list[Token], sent: Span) -> dict[str, list[Token]]:
    """The predicate's arguments by slot. A slot may hold two words where the parser gave a V2
    clause two subjects ("I år fekk Mandal kommune Kulturprisen"): the prize is then one of them."""
    ids = {t.i for t in chain}
    out: dict[str, list[Token]] = {}
    for t in chain:
        for c in t.children:
            slot = _SLOT_DEPS.get(c.dep_) if not (c.dep_ == "DOBJ" and _is_time(c)) else None
            if slot and (slot == "subj" or t.i == v.i or slot == "spred"):
                out.setdefault(slot, []).append(c)
            elif _misread_complement(c, t):
                out.setdefault("spred", []).append(c)
    formal = [c for t in chain for c in t.children if c.dep_ == "FSUBJ" and c.lower_ == "det"]
    if formal:
        # "Det vart to vinnarar: A og B": the formal subject, and the logical one as the complement
        out["fsubj"] = formal
        if "spred" not in out:
            out["spred"] = [c for t in chain for c in t.children if c.dep_ == "PSUBJ"] or out.get("obj", [])
            if not out["spred"]:
                del out["spred"]
    for k in ("spred", "obj"):
        if len(out.get(k, [])) > 1 and _is_hedge(out[k][0]):
            out[k] = out[k][1:]  # "Tidligere vinnere er blant andre A og B": the hedge read as a complement of its own
    subjects = out.get("subj", [])
    if subjects and _kicker(subjects[0]):
        # "Vik: Kari Li og Per Dahl er nominerte": the place is a kicker, and the subject the
        # parser gave a second subject or hung on it after the colon
        after = [c for c in subjects[0].children if c.dep_ == "KOORD" and c.i > subjects[0].i]
        out["subj"] = subjects[1:] or after[:1] or subjects
    run_on = _object_after_particle(out["subj"][0]) if out.get("subj") and "obj" not in out else None
    if run_on is not None:
        out["obj"] = [run_on]
    _time_for_subject(v, out)
    if "obj" not in out and (hung := _hung_on_time(v, chain)):
        out["obj"] = hung
    prefield = _misread_prefield(v, out)
    if prefield is not None:
        if out.get("subj"):
            out["spred" if v.lemma_ in _BECOME else "obj"] = out["subj"]
        out["subj"] = [prefield]
    if "iobj" in out and "obj" not in out and "opred" not in out:
        # an indirect object alone is the object ("gir sin Kulturpris til X"), but not beside a
        # predicative ("kallar seg Årets bibliotek")
        out["obj"] = out.pop("iobj")
    antecedent = _relative_antecedent(chain)
    if "subj" not in out:
        # "X som fekk prisen", "Det er A og B som er nominerte": the relative clause's antecedent
        if antecedent is not None:
            out["subj"] = [_among(antecedent)]
        elif _shares_subject(v, chain[-1]) and len(out.get("spred", [])) < 2:
            # a coordinated clause shares its subject ("Prisen vart oppretta i 1985, og har sidan
            # gått til …"), unless the parser read the subject as a second complement ("…, og nå
            # er kandidatane klare": :func:`_two_complements`)
            subj = [c for c in chain[-1].head.children if c.dep_ == "SUBJ"]
            if subj:
                out["subj"] = subj
        elif (ctrl := _controller(chain)) is not None:
            out["subj"] = [ctrl]  # "Formannskapet vedtok å tildele prisen til X": who decided gives it
        elif (noun := _noun_of_infinitive(chain)) is not None and noun.lemma_.lower() in _words("honours"):
            # "Ordførar Kari Nes hadde æra av å dele ut prisen": the honour's holder did it
            subj = [c for c in noun.head.children if c.dep_ == "SUBJ"]
            if subj:
                out["subj"] = subj
        else:
            # a name before the verb that the parser left unlabelled ("dep") is its subject ("A
            # (Årdal), B (Sogndal) og C (Luster) vart alle nominerte")
            unlabelled = [c for t in chain for c in t.children if c.dep_ == "dep" and c.i < t.i and c.pos_ == "PROPN"]
            # or the names after a kicker the parser made an adverbial ("Indre Sogn: A (Årdal) og B vart nominerte")
            kicked = [k for t in chain for c in t.children if c.i < t.i and c.pos_ == "PROPN" and _kicker(c)
                      for k in c.children if k.dep_ in ("KOORD", "ATR", "APP") and k.pos_ == "PROPN" and k.i > c.i + 1]
            if unlabelled or kicked:
                out["subj"] = (unlabelled or kicked)[:1]
    for t in sent:
        # a preposition the tagger took for a conjunction ("…, Kari Nes, til Stord IL") still heads its phrase
        preposition = t.pos_ in ("ADP", "ADV") or t.pos_ == "SCONJ" and any(c.dep_ == "PUTFYLL" for c in t.children)
        if not preposition or not _governor(t, ids) or t.i == v.i:
            continue
        if _is_hedge(t) and t.i > 0 and t.doc[t.i - 1].pos_ == "ADP" and _preposition_object(t.doc[t.i - 1]) is None:
            continue  # "gått til mellom andre Vik songlag": the hedge is the object of the preposition before it
        word = t.lower_
        if word in ("av", "med") and t.head.lower_ in _phrase_prepositions():
            word = _phrase_prepositions()[t.head.lower_]  # "på vegne av X": slot "vegne"
        adverb = next((c.lower_ for c in t.children if c.lower_ in _adverb_prepositions()), None)
        if adverb:
            word = _adverb_prepositions()[adverb]  # "sammen med X", "saman med X": slot "sammen"
        obj = _past_hedge(_preposition_object(t))
        if obj is None and t.i + 1 < len(t.doc) and _is_hedge(t.doc[t.i + 1]):
            obj = _preposition_object(t.doc[t.i + 1])  # "til mellom andre A", the hedge parsed on its own
        if obj is None and antecedent is not None and "subj" in out and t.head.i in ids and t.i > v.i:
            obj = antecedent  # "Kulturprisen, som Noregs Mållag står bak": a stranded preposition's object
        if _on_behalf(t):
            word = "vegne"  # "Eva Moe mottok prisen for sanitetsforeningen": on its behalf, not for a reason
        if word == "til" and t.i > 0 and _is_event_word(t.doc[t.i - 1].lower_):
            continue  # "delt ut på julemøtet til Vik bondelag": whose meeting, not who won
        if word in _particles() and "obj" not in out:
            word = "obj"  # "KS deler kvart år ut Kommunesektorens innovasjonspris": the particle read as a preposition
        elif word == "i" and obj is not None and obj.i > t.i + 1 and _is_time(t.doc[t.i + 1]) \
                and "obj" not in out:
            word = "obj"  # "Idrettsprisen tildeles i år Bø IL": the name after "i år" is the object, not a place
        if obj is not None and obj.lower_ not in _phrase_prepositions():
            out.setdefault(word, []).append(obj)
    for t in sent:
        owner = _behalf_owner(t)
        if owner is not None and _governor(t, ids):
            out.setdefault(_phrase_prepositions()[t.lower_], []).append(owner)
    return {k: _on_the_verb_first(toks, ids) for k, toks in out.items()}


def _behalf_owner(t: Token) -> Token | None:
    """ "på lagets vegne", "på laget sine vegner": whose behalf, said in the genitive before the
    noun rather than with "av" after it (the parser hangs the noun on the verb or on "på")."""
    if _phrase_prepositions().get(t.lower_) != "vegne" or t.i < 2:
        return None
    before = t.doc[t.i - 1]
    owner = t.doc[t.i - 2] if before.lower_ in _words("possessives") else before if before.lower_.endswith("s") else None
    if owner is None or owner.pos_ != "NOUN" or owner.i < 1 or t.doc[owner.i - 1].lower_ != "på":
        return None
    return owner


def _preposition_object(t: Token) -> Token | None:
    """The object of a preposition: the one after it where the parser gave it two ("Vinneren av P
    ble Kari Nes, foran Per Li": the subject misread as an object of "foran" too)."""
    objects = [c for c in t.children if c.dep_ == "PUTFYLL"]
    return next((c for c in objects if c.i > t.i), objects[0] if objects else None)


def _relative_antecedent(chain: list[Token]) -> Token | None:
    """The names a relative clause ("som …") on the predicate hangs on."""
    top = next((t for t in chain if any(c.dep_ == "SBU" and c.lower_ == "som" for c in t.children)), None)
    return _name_head(top.head) if top is not None and top.head.i != top.i else None


def _on_the_verb_first(toks: list[Token], chain_ids: set[int]) -> list[Token]:
    """ "Yrkesprisen til Gran Rotary gikk i år til Kari Nes": of two phrases in one slot, the one
    on the verb is the predicate's; the other is a noun's (whose prize it is)."""
    if len(toks) < 2 or not any(t.head.head.i in chain_ids for t in toks):
        return toks
    return [t for t in toks if t.head.head.i in chain_ids or t.head.head.pos_ not in ("NOUN", "PROPN")]


def _time_for_subject(v: Token, slots: dict[str, list[Token]]) -> None:
    """ "Kvart år kårar Ungdommens fylkesting årets ungdomskommune": the parser may take the time
    phrase that opens a V2 clause for its subject and the subject after the verb for the
    object, or for an adverbial ("Hvert år kårer Ungdommens fylkesting årets ungdomskommune"). A
    time noun is no subject; the nominal right after the verb is."""
    subjects, objects = slots.get("subj", []), slots.get("obj", [])
    if len(subjects) != 1 or subjects[0].i > v.i or not _is_time(subjects[0]):
        return
    if objects and objects[0].i == v.i + 1:
        slots["subj"] = [slots["obj"].pop(0)]
        if not slots["obj"]:
            del slots["obj"]
    elif v.i + 1 < len(v.doc) and (after := v.doc[v.i + 1]).head.i == v.i and after.pos_ == "PROPN" and after.dep_ == "ADV":
        slots["subj"] = [after]


def _hung_on_time(v: Token, chain: list[Token]) -> list[Token]:
    """ "Gran IL kåret i går Kari Nes til årets ildsjel": the parser may read "går" of "i går" as a
    noun and hang the object after it on it, as its subject; the name is the verb's object."""
    for t in chain:
        for c in t.children:
            if c.lower_ in _words("times_after_i") and c.i > t.i and c.doc[c.i - 1].lower_ == "i":
                hung = [g for g in c.children if g.i > c.i and g.dep_ in ("SUBJ", "DOBJ") and g.pos_ == "PROPN"]
                if hung:
                    return hung[:1]
    return []


def _misread_prefield(v: Token, slots: dict[str, list[Token]]) -> Token | None:
    """ "Gran kommune hedret Kari Nes med kulturprisen", "Vinnar i 2023 var Kari Nes": with two
    names around the verb the parser may take the second for the subject (or leave the clause none)
    and the first unlabelled or an adverbial. A bare name or noun before the finite verb of a main
    clause is its subject (a topicalised object would be "DOBJ", a time word "Fredag" is an
    adverbial), and the misread subject after it the object (a copula's complement). The first
    may also be read as a preposition's object, of none or of one after the verb ("Vinneren av P
    ble Kari Nes, foran Per Li")."""
    subjects = slots.get("subj", [])
    second = "spred" if v.lemma_ in _BECOME else "obj"
    if any(s.i < v.i for s in subjects) or (subjects and second in slots) or not (subjects or second in slots):
        return None
    before = [c for c in v.children if c.i < v.i and c.dep_ in ("ADV", "dep", "PUTFYLL")]
    before += [c for p in v.children if p.i > v.i and p.pos_ == "ADP" for c in p.children
               if c.i < v.i and c.dep_ == "PUTFYLL"]
    return next((c for c in before if c.pos_ in ("PROPN", "NOUN")
                 and not _is_time(c) and not _kicker(c) and c.lower_ not in weekday_words()), None)


def _shares_subject(v: Token, top: Token) -> bool:
    """A verb coordinated with another: itself ("delte ut prisen og takka …"), or its auxiliary
    right after the conjunction ("…, og har sidan gått til"; not "og Bildøen er nominert", where
    the parser left a subject of its own unlabelled)."""
    if v.dep_ == "KOORD":
        return v.head.pos_ in ("VERB", "AUX")
    return top.dep_ == "KOORD" and top.head.pos_ in ("VERB", "AUX") and top.i > 0 \
        and top.doc[top.i - 1].pos_ == "CCONJ"


def _is_hedge(t: Token) -> bool:
    """ "blant andre", "mellom andre" begin at ``t``."""
    return t.i + 2 < len(t.doc) and f"{t.lower_} {t.doc[t.i + 1].lower_}" in _words("among_others")


def _past_hedge(obj: Token | None) -> Token | None:
    """ "til blant andre Ola Li og Per Berg": the name after the hedge the parser took for the
    preposition's object."""
    if obj is None or not _is_hedge(obj):
        return obj
    after = obj.doc[obj.i + 2]
    return after if after.pos_ in ("PROPN", "NOUN") else obj


def _kicker(t: Token) -> bool:
    """The word opens its sentence and a colon follows it: a kicker ("Vik:", "Indre Sogn:")."""
    after = t.right_edge.i + 1
    colon = any(c.text == ":" for c in t.children) or after < len(t.doc) and t.doc[after].text == ":"
    return bool(t.left_edge.is_sent_start) and colon


def _misread_complement(c: Token, verb: Token) -> bool:
    """A copula's complement the parser gave another label: a participle that opens the clause
    ("Nominert til prisen var også A og B", hung on as an adverbial), or a noun read as a verb
    under it ("Ås kommune ble vinneren av P", an infinitive)."""
    if any(x.dep_ == "SPRED" for x in verb.children):
        return False
    return (verb.lemma_ in COPULAS and c.dep_ == "ADV" and c.i < verb.i and c.pos_ in ("ADJ", "VERB")
            or verb.lemma_ in _BECOME and c.dep_ == "INFV" and c.pos_ == "NOUN")


def _in_argument(t: Token, chain_ids: set[int], required: set[int]) -> bool:
    """ "Ole Nordmann frå Hyllestad fekk prisen": a phrase inside another argument (the subject's
    "frå Hyllestad") says where that one is from; it fills no role of the predicate. Inside the
    word a frame requires it does ("eit samarbeid mellom A og B")."""
    h = t.head
    while h.i not in chain_ids and h.head.i != h.i:
        if h.dep_ in _SLOT_DEPS and h.i not in required and not _kicker(h):
            return True
        h = h.head
    return False


def _of_a_noun(slot: str, t: Token, chain_ids: set[int]) -> bool:
    """ "delt ut under opninga av Førdefestivalen": an "av" on a noun is that noun's, not the agent
    of the predicate (a passive's agent hangs on the verb; on the prize's own word, "kåret til
    Norges beste kommune av Kommunal Rapport", the parser hung the agent there)."""
    return slot == "av" and t.head.head.i not in chain_ids and t.head.head.pos_ in ("NOUN", "PROPN")


def _among(t: Token) -> Token:
    """ "Vik IL er blant seks lag som er nominerte", "Vik IL er eitt av fem lag som …": the
    antecedent counted among others is the copula's subject; so is the copula's complement
    ("Skolen er den første i Innlandet som får utmerkelsen": the school, not Innlandet); a
    pronoun the copula's subject stands for its complement ("Dei andre som fekk prisen, var A og B")."""
    h = t.head
    if t.dep_ == "SUBJ" and t.pos_ in ("PRON", "DET") and h.lemma_ in COPULAS:
        return next((c for c in h.children if c.dep_ == "SPRED"), t)
    if t.dep_ == "SPRED":
        copula = h
    elif t.dep_ == "PUTFYLL" and h.lower_ == "blant":
        copula = h.head
    elif t.dep_ == "PUTFYLL" and h.lower_ == "av" and h.head.pos_ == "NUM":
        copula = h.head.head
    else:
        return t
    subj = next((c for c in copula.children if c.dep_ == "SUBJ"), None) if copula.lemma_ in COPULAS else None
    return subj if subj is not None else t


def _name_head(t: Token) -> Token:
    """The first word of the names a relative clause hangs on: "Stord IL som …" may hang on
    "IL", "A og B som …" on "B", "Norsk kulturråd (NKR), som …" on the abbreviation."""
    while t.dep_ in ("FLAT", "KOORD", "APP") and t.head.i != t.i:
        t = t.head
    return t


def _prize_span(t: Token) -> tuple[int, int]:
    """Where to look for the prize in an argument; an infinitive ("kandidatar til å bli kåra som
    årets ungdomskommune") holds it somewhere in its clause, and "prisen" may be named by its
    phrase ("fikk prisen for årets utøver", "prisen som årets gründer")."""
    if t.lower_ == "å":
        sub = list(t.subtree)
        return sub[0].idx, sub[-1].idx + len(sub[-1])
    start, end = _argument(t)
    naming = _named_by_phrase().get(t.lower_, ())
    if naming:
        for c in t.children:
            if c.lower_ in naming and c.i > t.i and not _on_behalf(c):
                last = max(c.subtree, key=lambda x: x.i)
                end = max(end, last.idx + len(last))
    return start, end


def _prize_in(frame: Frame, slots: dict[str, list[Token]], is_prize: Callable[[int, int], bool]) -> Token | None:
    """The argument that holds the prize: in one of the frame's prize slots, or beside another
    word in a doubled core slot (the parser's V2 mistake). A prize named beats a pronoun that may
    refer to one ("Han fekk også kulturprisen": "han" is the winner)."""
    found = [t for k, toks in slots.items() if k in frame.prize or (k in ("subj", "obj") and len(toks) > 1)
             for t in toks if is_prize(*_prize_span(t))
             and (not frame.prize_with or any(c.lower_ in frame.prize_with for c in t.children))]
    return next((t for t in found if t.pos_ != "PRON"), found[0] if found else None)


def _prize_of(frame: Frame, slots: dict[str, list[Token]], v: Token,
              is_prize: Callable[[int, int], bool]) -> Token | None:
    """The frame's prize argument, or the predicate itself where the frame may leave the prize
    implicit ("… og leiaren tok imot": the prize the sentence is about) and no other prize slot
    is filled; a frame that requires a word is tried first, so its implicit prize beats a looser
    frame's ("Finalistane til P er klare: A, B og C" is no "X er frå Y")."""
    found = _prize_in(frame, slots, is_prize)
    if found is None and frame.implicit_prize and not any(k in slots and not _tokens_of_a_prize(slots[k])
                                                          for k in frame.prize if k != "subj"):
        return v
    return found


def _tokens_of_a_prize(toks: list[Token]) -> bool:
    """ "Leiar Kari Nes tok imot diplomet og sjekken": what comes with the prize stands for it."""
    return all(t.lemma_.lower() in _words("prize_tokens") or t.lower_ in _words("prize_tokens") for t in toks)


def _identity(v: Token, slots: dict[str, list[Token]], prize: Token, is_prize: Callable[[int, int], bool]) -> bool:
    """A copula between two prizes, its subject and its complement."""
    return v.lemma_ in _BECOME and any(t.i != prize.i and is_prize(*_prize_span(t)) for t in slots.get("subj", ())) \
        and any(t.i == prize.i for t in slots.get("spred", ()))


def _two_complements(slots: dict[str, list[Token]]) -> dict[str, list[Token]]:
    """ "Årets trenar vart Kari Li" parsed as two complements of the copula: the first is its subject."""
    spred = slots.get("spred", [])
    if "subj" in slots or len(spred) != 2:
        return slots
    return {**slots, "subj": spred[:1], "spred": spred[1:]}


def _controller(chain: list[Token]) -> Token | None:
    """The subject of the verb an infinitive completes ("vedtok å tildele"), when that verb's
    subject does the infinitive (``controllers``)."""
    top = chain[-1]
    marker = top.head
    if marker.lower_ != "å" or marker.head.i == marker.i or marker.head.lemma_.lower() not in _words("controllers"):
        return None
    return next((c for v in _chain(marker.head) for c in v.children if c.dep_ == "SUBJ"), None)  # "har valt å gje"


def _noun_of_infinitive(chain: list[Token]) -> Token | None:
    """The noun an infinitive completes: "kandidatar" in "kandidatar til å bli kåra"."""
    top = chain[-1]
    if top.head.lower_ != "å" or top.head.head.pos_ != "ADP":
        return None
    noun = top.head.head.head
    return noun if noun.pos_ in ("NOUN", "ADJ", "PROPN") else None


def _under_noun(chain: list[Token]) -> bool:
    """ "kandidatar til å bli kåra": an infinitive that completes a noun says nothing happened;
    the noun's own clause is the frame ("vedtok å gi prisen til X" completes a verb and counts),
    and so does one that completes an honour ("hadde æra av å dele ut prisen")."""
    noun = _noun_of_infinitive(chain)
    return noun is not None and noun.lemma_.lower() not in _words("honours")


def _past(chain: list[Token]) -> bool:
    """ "vart kunngjort", "har kåra", "er avslørt": the predicate's chain is in a past tense."""
    participle = "Part" in chain[0].morph.get("VerbForm", []) or (chain[0].pos_ == "ADJ" and chain[0].dep_ == "INFV")
    return any("Past" in t.morph.get("Tense", []) or t.lemma_ == "ha" for t in chain) or (
        participle and any(t.lemma_ in COPULAS for t in chain[1:]))


def _may(chain: list[Token]) -> bool:
    """ "Vik kan bli årets nynorskkommune": a present "kan" says the subject is in the running
    (a past "kunne", "kunne ta imot prisen", says it happened)."""
    return any(t.lemma_ == "kunne" and "Pres" in t.morph.get("Tense", []) for t in chain[1:])


def _status(frame: Frame, chain: list[Token]) -> str:
    """What the clause says happened: "kan vinne" makes a giving a nomination and a modal ("skal
    delast ut") an announcement; a row's ``past_status`` holds in a past tense ("vinnaren vart
    kunngjort" tells nothing)."""
    if frame.state:
        return frame.status
    if frame.status == "awarded" and _may(chain):
        return "nominated"
    if frame.status == "awarded" and any(_lemma(t) in MODALS for t in chain):
        return "announced"
    if frame.past_status is not None and _past(chain):
        return frame.past_status
    return frame.status


@cache
def implicit_cues() -> frozenset[str]:
    """The ``require`` words of frames whose prize may be left unsaid ("vinnar" in "Vinnar var
    Vik IL"): a sentence holding one is about the prize the text speaks of."""
    return frozenset(w for f in frames() if f.implicit_prize for words in f.require.values() for w in words)


@cache
def _by_lemma() -> dict[str, tuple[Frame, ...]]:
    out: dict[str, list[Frame]] = {}
    for f in frames():
        for lemma in f.lemmas:
            out.setdefault(lemma, []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def _candidates(v: Token) -> list[Frame]:
    """The frames of a predicate's lemma, those with its particle first ("ta imot" before "ta"),
    then those that require a word ("X er vinnar av P" before "X er P")."""
    rows = _by_lemma().get(v.lemma_.lower())
    if not rows:
        return []
    particles = {c.lower_ for c in v.children} | {p.lower_ for c in v.children if c.dep_ == "SUBJ"
                                                   if (p := _flat_particle(c)) is not None}
    with_particle = [f for f in rows if f.particle in particles]
    # a particle the parser hung elsewhere still follows the verb closely ("deler i år ut prisen")
    near = particles | {t.lower_ for t in v.doc[v.i + 1:v.i + 4]}
    found = with_particle or [f for f in rows if f.particle is None and not f.without & near]
    return sorted(found, key=lambda f: not f.require)  # a frame that requires a word is the more specific


def _meets(frame: Frame, slots: dict[str, list[Token]]) -> bool:
    return all(any(_is_one_of(t, words) for t in slots.get(k, ())) for k, words in frame.require.items())


def _uninflected(word: str) -> str:
    """A noun without its plural or definite ending ("finalistar", "kandidatane": "finalist",
    "kandidat"), where the lemmatizer may miss it; a stem of five letters or more."""
    for ending in ("ane", "ene", "ar", "er", "en", "et"):
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word


def _is_one_of(t: Token, words: frozenset[str]) -> bool:
    """The word, or a compound whose head it is ("stipendmottakarar", "kulturprisvinnar" for
    "mottakarar", "vinnar"): a head of six letters or more, after at least three."""
    forms = (t.lemma_.lower(), t.lower_, _uninflected(t.lower_))
    return any(f in words for f in forms) or any(
        len(f) > len(w) + 2 and f.endswith(w) for f in forms for w in words if len(w) >= 6)


def find_frames(doc: Doc, sentences: list[tuple[int, int]],
                is_prize: Callable[[int, int], bool]) -> Iterator[FrameHit]:
    """Every predicate of the frame table whose prize slot holds a prize, in the given sentences
    (the caller passes those that mention a prize)."""
    if not doc.has_annotation("DEP"):
        return
    for s, e in sentences:
        sent = doc.char_span(s, e, alignment_mode="expand")
        if sent is None:
            continue
        for v in sent:
            candidates = _candidates(v)
            if not candidates or (_lemma(v) in AUXILIARIES and any(c.dep_ == "INFV" and c.pos_ != "NOUN" for c in v.children)):
                continue  # an auxiliary ("er" in "er Tou nominert"): its verb is the predicate
            chain = _chain(v)
            if _under_noun(chain) or any(c.lower_ in _words("negations") for t in chain for c in t.children):
                continue  # "Gran IL vant ikke prisen": no winner, and no giving
            slots = _two_complements(_slots(v, chain, sent))
            candidates = [f for f in candidates if not f.past_only or _past(chain)]
            found = next(((f, t) for f in candidates if _meets(f, slots) and (t := _prize_of(f, slots, v, is_prize))), None)
            if found is None:
                continue
            frame, prize = found
            if _identity(v, slots, prize, is_prize):
                continue  # "Kulturprisen er kommunens høgaste utmerking": what the prize is, no winner
            subjects = slots.get("subj", [])
            second = "spred" if v.lemma_ in _BECOME else "obj"  # være, bli, verte
            if len(subjects) == 2 and second not in slots and prize.i not in (subjects[0].i, subjects[1].i):
                # "Gran kommune slo Lunner kommune …", "Årets vinnar er Asker kommune" parsed with two
                # subjects: the second is the object (the complement of a copula)
                slots = {**slots, "subj": subjects[:1], second: subjects[1:]}
            # (a perfect's "har kåra" is active, object or not: only a participle alone is a passive's)
            passive = _passive(v, chain) or frame.transitive and "obj" not in slots and "subj" in slots \
                and "Pres" not in v.morph.get("Tense", []) and not any(t.pos_ == "AUX" for t in chain)
            table_ = dict(frame.passive if passive else frame.active)
            relative = any(c.dep_ == "SBU" and c.lower_ == "som" for t in chain for c in t.children)
            if not passive and not relative and "subj" in table_ and "obj" not in table_ \
                    and any(t.i == prize.i for t in slots.get("subj", ())):
                # "Idrettsprisen fekk Bø IL": the object first, parsed as the subject (not in "Årets
                # lag vart Bø IL, som vann NM-gull", where the antecedent is the relative's subject)
                table_["obj"] = table_["subj"]
            if "vegne" in slots and table_.get("subj") == "recipient":
                table_["subj"] = "accepted_by"  # "X mottok prisen på vegne av Y": Y won, X received
            # In a doubled slot only the word beside the prize is an argument; else the first is.
            # An elliptical repeat of the slot ("til A, og i 2022 til B") is an argument too.
            args = {k: [t for t in toks if t.i != prize.i] if any(t.i == prize.i for t in toks)
                    else toks[:1] + [t for t in toks[1:] if _elliptic(t, toks[0], k)]
                    for k, toks in slots.items()}
            ids = {t.i for t in chain}
            # inside the word a frame requires, or the prize ("tildelt Idrettsprisen 2024 av X", the
            # agent parsed onto the prize), a phrase still fills a role
            prize_words = {t.i for t in prize.subtree}
            required = {t.i for k in frame.require for t in slots.get(k, ())} | prize_words
            roles = tuple((table_[k], *_argument(_party(t))) for k, toks in args.items() if k in table_
                          for t in toks if not (_in_argument(t, ids, required) and k not in _words("ahead_of"))
                          and not (_of_a_noun(k, t, ids) and t.head.head.i not in prize_words))
            roles += _remnants(v, roles)
            status = _status(frame, chain)
            if status == "awarded" and passive and not _past(chain) and not any(r == "recipient" for r, _, _ in roles):
                # "Kulturprisen 2024 vert delt ut under Matfestivalen 5. mai": a present passive
                # with no winner tells of a handing to come (a winner makes it news: "… deles ut til X")
                status = "announced"
            if status == "nominated" and frame.status == "awarded":
                if not any(t.pos_ == "PROPN" for k, toks in args.items() if table_.get(k) == "recipient" for t in toks):
                    status = ""  # "Prisen kan tildelast personar eller lag": who may get it, the standing prize
                roles = tuple(("competitor" if r == "recipient" else r, a, b) for r, a, b in roles)
            earlier = _earlier(frame, slots, chain)
            yield FrameHit(frame.name, v.i, status, _prize_span(prize), roles, earlier)
            for other, own in _gapped(args, table_, is_prize):
                kept = tuple(r for r in roles if r[0] not in {o[0] for o in own})
                yield FrameHit(frame.name, v.i, status, _prize_span(other), kept + own, earlier)


def _remnants(v: Token, roles: tuple[tuple[str, int, int], ...]) -> tuple[tuple[str, int, int], ...]:
    """ "I 2021 fekk Ola Li prisen, og i 2020 Per Berg": the verb left out, a name after the
    conjunction is another winner (or nominee), with its own year."""
    kind = next((r for r, _, _ in roles if r in ("recipient", "competitor")), None)
    if kind is None:
        return ()
    return tuple((kind, *_remnant_span(c)) for c in v.children if c.dep_ == "KOORD-ELL" and c.pos_ == "PROPN")


def _remnant_span(t: Token) -> tuple[int, int]:
    """The name itself, without the conjunction and adverbial the parser hung on it."""
    last = max((c for c in t.subtree if c.dep_ == "FLAT"), key=lambda c: c.i, default=t)
    return t.idx, last.idx + len(last)


def _elliptic(t: Token, first: Token, slot: str) -> bool:
    """A second word in one slot repeats it in an elliptical clause: the parser says so
    ("KOORD-ELL"), or a preposition's slot comes again after a conjunction with no noun between
    ("gjekk i 2021 til A, og i 2020 til B"; not "kulturprisen til A og kulturstipend til B", a
    second prize's own phrase, nor a core slot, where two words are more often the parser's V2
    mistake)."""
    if "KOORD-ELL" in (t.head.dep_, t.head.head.dep_):
        return True
    # a comma joins such clauses too where each states its own year ("til A, i 2021 til B og …")
    conjunctions = [x.i for x in t.doc[first.i + 1:t.i] if x.pos_ == "CCONJ" or x.text == "," and any(
        y.like_num for y in t.doc[x.i + 1:t.head.i])]
    return slot not in _SLOT_DEPS.values() and bool(conjunctions) and \
        not any(x.pos_ in ("NOUN", "PROPN") for x in t.doc[conjunctions[-1] + 1:t.head.i])


def _gapped(args: dict[str, list[Token]], table_: dict[str, str],
            is_prize: Callable[[int, int], bool]) -> Iterator[tuple[Token, tuple[tuple[str, int, int], ...]]]:
    """ "Ordføraren delte ut kulturprisen til A og idrettsprisen til B": a second prize with its own
    phrases, coordinated onto an argument (the verb left out), is the same clause for that prize."""
    for k, toks in args.items():
        for t in toks if k in table_ else ():
            for c in t.subtree:
                if c.dep_ != "KOORD" or c.pos_ not in ("NOUN", "PROPN") or not is_prize(*_prize_span(c)):
                    continue
                own = tuple((table_[p.lower_], *_argument(o)) for p in c.children
                            if p.pos_ == "ADP" and p.lower_ in table_ for o in p.children if o.dep_ == "PUTFYLL")
                if own:
                    yield c, own

