"""The surface role rows of ``lexicon/roles.toml`` -> compiled :class:`RolePattern` s.

Rows read roles where there is no clause to parse: headlines ("Kulturpris til X"), "Årets
ildsjel: X", captions, "Vinnaren av P, X,". ``awards`` runs them over the text with the prize
names masked; a row adds a role only where no parsed clause gave that one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .lexicon import table
from .prizes import MASK, anaphor_pattern


@dataclass(frozen=True)
class RolePattern:
    """One row of ``lexicon/roles.toml``, compiled."""

    name: str
    role: str
    side: str
    trigger: regex.Pattern[str]
    prize_after: bool = False
    prize_in_sentence: bool = False
    until: regex.Pattern[str] | None = None
    after: regex.Pattern[str] | None = None  # what must stand before the trigger (ends right there)
    not_after: regex.Pattern[str] | None = None  # what must not
    single: bool = False
    keep_qualifier: bool = False
    only_status: str | None = None
    this_giving: bool = False


@cache
def role_patterns() -> tuple[RolePattern, ...]:
    """The compiled role patterns, in table order."""
    t = table("roles")
    # The look-ahead on first letters lets the engine skip most positions cheaply.
    firsts = "".join(sorted({w[0].lower() for w in table("prizes")["anaphors"]} | {"å", "d"}))
    prize = (rf"(?=[{MASK}{firsts}{firsts.upper()}])"
             rf"(?:(?:årets|den\s+\p{{L}}+e)\s+)?(?:{MASK}+|\b(?:{anaphor_pattern()})\b)")
    # a filler word may be a day's number ("avgjer 20. november kven som får prisen"); {FV}'s is no name
    def filler(most: int, lead: str = "") -> str:
        return rf"(?:\s+(?:\d{{1,2}}\.(?=\s\p{{Ll}})|{lead}[^\s,.;:!?§]+)){{0,{most}}}?"
    subst = {"{P}": prize, "{F}": filler(4), "{F8}": filler(8), "{FV}": filler(4, r"(?-i:(?!\p{Lu}))"),
             "{AUX}": r"(?:er|ble|blei|vart|blir|vert|har\s+blitt|har\s+vorte)",
             # a receiving verb and up to three words before the prize
             "{RECEIVED}": r"\b(?:fekk|fikk|får|mottok|mottek|motteke|mottatt|fått)\s+(?:[^\s,.;:!?§]+\s+){0,3}"}
    def substituted(src: str) -> str:
        for k, v in subst.items():
            src = src.replace(k, v)
        return src

    out = []
    for i, row in enumerate(t["pattern"]):
        src = row["trigger"]
        if src[:1].isalpha() or src.startswith(("(?:", "{AUX}")):
            src = r"\b" + src  # a trigger starts a word: "er" in "Flatanger" is not "er"
        src = substituted(src)
        out.append(RolePattern(
            name=f"{row['role']}:{row['side']}:{i}", role=row["role"], side=row["side"],
            trigger=regex.compile(src, regex.V1 | regex.IGNORECASE), prize_after=row.get("prize_after", False),
            prize_in_sentence=row.get("prize_in_sentence", False),
            until=regex.compile(substituted(row["until"]), regex.V1 | regex.IGNORECASE) if "until" in row else None,
            # (tried only where the trigger matched: a look-behind in the trigger would run at every position)
            after=regex.compile(substituted(row["after"]) + "$", regex.V1 | regex.IGNORECASE) if "after" in row else None,
            not_after=regex.compile(substituted(row["not_after"]) + "$", regex.V1 | regex.IGNORECASE)
            if "not_after" in row else None,
            single=row.get("single", False), keep_qualifier=row.get("keep_qualifier", False),
            only_status=row.get("only_status"), this_giving=row.get("this_giving", False)))
    return tuple(out)


@cache
def this_giving_rules() -> frozenset[str]:
    """The rows and frames whose body is behind this year's giving only ("finansiert av")."""
    return frozenset([p.name for p in role_patterns() if p.this_giving] +
                     [f"frame:{row['name']}" for row in table("frames")["frame"] if row.get("this_giving")])
