"""Sums of money in Norwegian text -> :class:`~kommunenlp.schema.Money`.

"500.000 kroner", "500 000 kr", "kr 500 000,-", "NOK 500,000", "50 000,-", "1,5 millioner kroner",
"en halv million kroner", "ti tusen kroner", "to millioner" all become integer values.

>>> [(m.text, m.value) for m in find_money("Prisen er på 500.000 kroner, og vinnaren får kr 50 000,- i tillegg.")]
[('500.000 kroner', 500000), ('kr 50 000,-', 50000)]
>>> parse_money("1,5 millionar kroner").value, parse_money("en halv million kroner").value
(1500000, 500000)
>>> parse_money("NOK 500,000").value, parse_money("ti tusen kroner").value
(500000, 10000)

Sums above :data:`~kommunenlp.schema.MAX_AMOUNT` are not money but noise (an id, a phone
number run together with "kr"):

>>> parse_money("1 000 000 000 000 000 000 000 kroner") is None
True
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from .lexicon import alternation, scan_timeout, table
from .schema import MAX_AMOUNT, Money


@cache
def _pattern() -> regex.Pattern[str]:
    t = table("money")
    cur_after = alternation([c for c in t["currency"] if c != ",-"])
    cur_before = alternation(["kr.", "kr", "kroner", "kronar", "NOK", "EUR", "USD", "SEK"])  # "på kroner 10.000"
    mult = alternation(list(t["multiplier"]))
    words = alternation(list(t["number_word"]))
    frac = alternation(list(t["fraction"]))
    digits = r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?(?![\d])|\d+(?:,\d+)?(?![\d.])|\d+(?=\.?\s)"
    number = rf"(?:(?P<num>{digits})|(?P<word>\b(?:{words}))(?:\s+(?P<frac>{frac}))?|(?P<fraconly>\b(?:{frac})))"
    after = (rf"{number}(?:\s+(?P<mult>{mult})(?!\w))?"
             rf"(?:\s*(?P<dash>,-)|\s+(?P<cur>{cur_after})(?![\w]))")
    bare_mult = rf"{number}\s+(?P<mult2>{mult})(?!\w)"
    before = rf"\b(?P<cur2>{cur_before})\s*(?P<num2>{digits})(?:\s+(?P<mult3>{mult})(?!\w))?(?P<dash2>,-)?"
    return regex.compile(rf"(?:{before}|{after}|{bare_mult})", regex.V1 | regex.IGNORECASE)


_ENGLISH_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+")
_NORWEGIAN_THOUSANDS = regex.compile(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?")


def _number(surface: str, english_commas: bool) -> float:
    s = surface.replace("\u00a0", " ").replace("\u202f", " ")
    if english_commas and _ENGLISH_THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if _NORWEGIAN_THOUSANDS.fullmatch(s):
        s = s.replace(" ", "").replace(".", "")
    return float(s.replace(",", "."))


@cache
def _multipliers() -> dict[str, int]:
    return {k.lower(): v for k, v in table("money")["multiplier"].items()}


def _value(m: regex.Match[str]) -> tuple[int, str] | None:
    t = table("money")
    multipliers = _multipliers()
    currency = t["currency"]
    cur = m.group("cur2") or m.group("cur")
    code = "NOK" if cur is None else currency.get(cur, currency.get(cur.lower(), "NOK"))
    if m.group("num2"):
        base = _number(m.group("num2"), english_commas=True)
    elif m.group("num"):
        base = _number(m.group("num"), english_commas=code != "NOK")
    elif m.group("word"):
        base = t["number_word"][m.group("word").lower()] * (t["fraction"][m.group("frac").lower()] if m.group("frac") else 1)
    elif m.group("fraconly"):
        base = t["fraction"][m.group("fraconly").lower()]
    else:
        return None
    mult = m.group("mult3") or m.group("mult") or m.group("mult2")
    if mult:
        base *= multipliers[mult.lower()]
    elif not (m.group("num") or m.group("num2")):
        return None  # "to kroner" is a sum, but "en kroner" alone is too weak to trust
    if mult is None and cur is None and not (m.group("dash") or m.group("dash2")):
        return None
    return round(base), code


def find_money(text: str, offset: int = 0) -> Iterator[Money]:
    """Every sum of money in ``text``; offsets are shifted by ``offset``."""
    for m in _pattern().finditer(text, timeout=scan_timeout(len(text))):
        parsed = _value(m)
        if parsed is None or not 0 < parsed[0] <= MAX_AMOUNT:
            continue
        start, end = m.span()
        surface = text[start:end]
        stripped = surface.rstrip(" .")
        end -= len(surface) - len(stripped)
        yield Money(text=text[start:end], start=start + offset, end=end + offset,
                    value=parsed[0], currency=parsed[1], rule="money")


def parse_money(text: str) -> Money | None:
    """The first sum of money in ``text``, or None: ``parse_money("500.000 kroner").value == 500000``."""
    return next(find_money(text), None)
