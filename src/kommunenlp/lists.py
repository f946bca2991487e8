"""Headed lists in an article -> :class:`ListItem` s: earlier winners, shortlists, winners per category.

A list is a heading sentence whose cue (``lexicon/lists.toml``) says what the items are, then the
items: after the cue in the same sentence ("Tidlegare vinnarar er A (2019), B (2018) og C"), or
one a line below it ("2018: A og B", "• A", "Årets trener: B", "A (2017)"). Lines below are read
while they keep an item's shape; a label that repeats ("Forfattar: …" under each nominee) is
followed past the paragraphs between its lines. The items' names are read by the caller
(:func:`kommunenlp.names.names_after` from ``ListItem.names_start``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import regex

from .lexicon import TIMEOUT, table
from .prizes import find_prizes

ListKind = Literal["winners", "past_winners", "nominees", "category_winners"]
# Between the cue and the first item: "av Kulturprisen er", "til prisen var", ":", and a hedge
# that says the list is not all of them ("mellom andre", "blant andre", "bl.a.").
# What stands between a heading's cue and its items: "av/til P er", a colon, a counted plural
# ("har plukka ut tre finalistar: A, B og C"), "mellom andre".
_LEAD = regex.compile(r"(?:\s+(?:\p{Ll}+\s+)?(?:kandidatar|kandidater|finalistar|finalister|nominerte)(?=\s*:))?"
                      r"(?:\s+(?:av|til|for|om)\s+[^:\n]{1,60}?(?=\s+(?:er|var|blir|vert|ble|blei|vart)\b|:))?"
                      r"\s*(?::|(?:er|var|blir|vert|ble|blei|vart)\b:?)?\s*"
                      r"(?:(?:mellom|blant)\s+(?:andre|anna|annet)\s+|bl\.\s?a\.\s+|m\.\s?a\.\s+)?", regex.V1 | regex.IGNORECASE)
_INLINE_SEP = regex.compile(r"\s*(?:,|\bog\b|\bsamt\b|&)?\s*", regex.V1)


@dataclass(frozen=True)
class ListItem:
    """One item of a headed list."""

    kind: ListKind
    heading: int                      # index of the heading sentence
    sentence: int                     # index of the sentence the item is in
    names_start: int                  # where the item's names start
    end: int                          # where the item ends
    year: tuple[int, int] | None = None
    label: tuple[int, int] | None = None  # "Årets trener" in "Årets trener: Kari Dahl"


@cache
def _headings() -> tuple[tuple[ListKind, regex.Pattern[str]], ...]:
    return tuple((row["kind"], regex.compile(row["cue"], regex.V1 | regex.IGNORECASE)) for row in table("lists")["heading"])


@cache
def _shapes() -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(s, regex.V1) for s in table("lists")["item"]["shapes"])


@cache
def _inline_with_years() -> tuple[regex.Pattern[str], ...]:
    item = table("lists")["item"]
    return tuple(regex.compile(item[k], regex.V1) for k in ("inline_with_years", "inline_years_first"))


@cache
def _presentative() -> regex.Pattern[str]:
    return regex.compile(table("lists")["item"]["presentative"], regex.V1 | regex.IGNORECASE)


@cache
def _heading_end() -> regex.Pattern[str]:
    return regex.compile(table("lists")["item"]["heading_end"], regex.V1)


def _max_chars() -> int:
    return int(table("lists")["item"]["max_item_chars"])


def _span(m: regex.Match[str], group: str, offset: int) -> tuple[int, int] | None:
    if group not in m.re.groupindex or m.group(group) is None:
        return None
    s, e = m.span(group)
    return s + offset, e + offset


def _line_item(kind: ListKind, heading: int, i: int, text: str, s: int, e: int) -> ListItem | None:
    """The item a line holds, if it has an item's shape."""
    if e - s > _max_chars():
        return None
    line = text[s:e]
    for shape in _shapes():
        m = shape.match(line, timeout=TIMEOUT)
        if m and m.group("rest")[:1].isupper():
            return ListItem(kind, heading, i, m.start("rest") + s, e, _span(m, "year", s), _span(m, "label", s))
    return None


def _inline_items(kind: ListKind, heading: int, text: str, start: int, end: int,
                  sentence: int | None = None) -> list[ListItem]:
    """Items after the cue in the heading sentence itself (or in the ``sentence`` that presents
    them). With years, each item ends at its "(2018)"; without, the caller splits the names (one
    item per name)."""
    at = heading if sentence is None else sentence
    for shape in _inline_with_years():
        items = []
        pos = start
        for m in shape.finditer(text, start, end, timeout=TIMEOUT):
            # years after the names: the item starts after the separator; years first: at its name
            lead = _INLINE_SEP.match(text, pos, m.end()) if m.start("rest") < m.start("year") else None
            names_start = lead.end() if lead else m.start("rest")
            items.append(ListItem(kind, heading, at, names_start, m.end("rest"), m.span("year")))
            pos = m.end()
        if items:
            return items
    return [ListItem(kind, heading, at, start, end)] if text[start:end].strip() else []


def _presented(kind: ListKind, heading: int, text: str, sentences: list[tuple[int, int]]) -> list[ListItem]:
    """ "Juryen har valt ut tre finalistar. Det er A, B og C.": the sentence after a heading that
    ends with a full stop presents its items."""
    if heading + 1 >= len(sentences):
        return []
    s, e = sentences[heading + 1]
    m = _presentative().match(text, s, e, timeout=TIMEOUT)
    if not m or not text[m.end():m.end() + 1].isupper():
        return []
    return _inline_items(kind, heading, text, m.end(), e, heading + 1)


def _lines_below(kind: ListKind, heading: int, text: str, sentences: list[tuple[int, int]]) -> list[ListItem]:
    items: list[ListItem] = []
    label: str | None = None  # a role label that repeats on every item ("Forfattar:")
    for i in range(heading + 1, len(sentences)):
        s, e = sentences[i]
        several = _inline_items(kind, heading, text, s, e, i) if kind != "category_winners" else []
        if len(several) > 1:
            # "Tidlegare vinnarar:\nA (2022), B (2021) og C (2020).": a line of dated items
            items += several
            continue
        item = _line_item(kind, heading, i, text, s, e)
        item_label = text[item.label[0]:item.label[1]] if item and item.label else None
        if item is None or (label is not None and item_label != label):
            if label is None or any(cue.search(text, s, e) for _, cue in _headings()):
                break  # the list ended; only a repeating label is followed past other lines
            continue
        if not items and kind != "category_winners" and item_label is not None and find_prizes(item_label):
            # "Her er vinnerne:\nÅrets utøver: A\nÅrets trener: B": each label names a prize
            kind = "category_winners"
            item = replace(item, kind=kind)
        elif not items and kind != "category_winners":
            label = item_label
        items.append(item)
    return items


def _unheaded_runs(text: str, sentences: list[tuple[int, int]], taken: set[int], kind: ListKind,
                   belongs: Callable[[ListItem], bool]) -> list[ListItem]:
    """Two or more lines in a row whose items ``belongs`` takes, under no heading that says what
    they are; the line before the run is their heading."""
    out: list[ListItem] = []
    run: list[ListItem] = []
    for i, (s, e) in enumerate([*sentences, (len(text), len(text))]):
        item = None if i in taken or i == len(sentences) else _line_item(kind, i - 1, i, text, s, e)
        item = item if item is not None and belongs(item) else None
        if item is not None and run and run[-1].sentence == i - 1:
            run.append(replace(item, heading=run[0].heading))
            continue
        if len(run) >= 2:
            out += run
        run = [replace(item, heading=max(i - 1, 0))] if item is not None else []
    return out


def _dated_lines(text: str, sentences: list[tuple[int, int]], taken: set[int]) -> list[ListItem]:
    """Lines that each start or end with a year ("2023: Herøy Janitsjar", "Per Sævik (2022)"): in an
    article about a prize, a fact box of its earlier winners."""
    return _unheaded_runs(text, sentences, taken, "past_winners", lambda item: item.year is not None)


def _category_lines(text: str, sentences: list[tuple[int, int]], taken: set[int]) -> list[ListItem]:
    """Lines labelled by a prize ("Årets utøver: Kari Nes, Hamar IL"): a gala's winners, one per category."""
    return _unheaded_runs(text, sentences, taken, "category_winners",
                          lambda item: item.label is not None and bool(find_prizes(text[item.label[0]:item.label[1]])))


def find_list_items(text: str, sentences: list[tuple[int, int]]) -> list[ListItem]:
    """Every item of every headed list (and of every run of dated or prize-labelled lines), in text order."""
    out = _headed_items(text, sentences)
    taken = {item.sentence for item in out} | {item.heading for item in out}
    dated = _dated_lines(text, sentences, taken)
    taken |= {item.sentence for item in dated}
    labelled = _category_lines(text, sentences, taken)
    return sorted(out + dated + labelled, key=lambda item: item.names_start) if dated or labelled else out


def _headed_items(text: str, sentences: list[tuple[int, int]]) -> list[ListItem]:
    out: list[ListItem] = []
    for h, (s, e) in enumerate(sentences):
        if e - s > 2 * _max_chars() and not out:
            continue
        for kind, cue in _headings():
            m = cue.search(text, s, e, timeout=TIMEOUT)
            if not m:
                continue
            lead = _LEAD.match(text, m.end(), e)
            rest = lead.end() if lead else m.end()
            first = text[rest:rest + 1]
            inline = _inline_items(kind, h, text, rest, e) if first.isupper() or first.isdigit() else []
            if not inline and _heading_end().search(text, s, e):
                inline = _lines_below(kind, h, text, sentences)
            elif not inline:
                inline = _presented(kind, h, text, sentences)
            out += inline
            break
    return out
