"""Articles -> views for people: a plain-text summary (CLI ``--pretty``) and HTML for notebooks.

The HTML highlights every extracted span in the article text by role with spaCy's displaCy
("span" style), above a compact table of each record's fields.
"""
from __future__ import annotations

import html
from typing import Any

import regex

from .schema import Article, AwardRecord

ROLE_COLORS = {"PRIZE": "#ffd166", "AMOUNT": "#06d6a0", "RECIPIENT": "#118ab2", "ACCEPTED_BY": "#8ecae6",
               "PRESENTER": "#ef476f", "BODY": "#f4a261", "EVENT": "#b5838d", "LOCATION": "#cdb4db",
               "COMPETITOR": "#adb5bd", "DATE": "#90be6d", "YEAR": "#e9c46a"}


def _names(items: list[Any]) -> str:
    return ", ".join(f"{p.name} ({p.title})" if getattr(p, "title", None) else p.name for p in items) or "–"


def record_fields(rec: AwardRecord) -> list[tuple[str, str]]:
    """(label, value) rows describing one record."""
    ev = rec.event
    return [
        ("status", rec.status),
        ("award", rec.award.name + (f" ({rec.year})" if rec.year else "")),
        ("aliases", ", ".join(a.text for a in rec.award_aliases) or "–"),
        ("amount", f"{rec.amount.value:,} {rec.amount.currency}".replace(",", " ") if rec.amount else "–"),
        ("recipients", _names(rec.recipients)),
        ("accepted by", _names(rec.accepted_by)),
        ("presenters", _names(rec.presenters)),
        ("awarding body", rec.awarding_body.name if rec.awarding_body else "–"),
        ("event", " @ ".join(x.name for x in (ev.name, ev.location) if x) if ev else "–"),
        ("competitors", _names(rec.competitors)),
        ("award date", rec.award_date.value.isoformat() if rec.award_date else "–"),
    ]


def article_text(article: Article) -> str:
    """A readable plain-text summary of an article's records."""
    head = f"# {article.id or '(no id)'}  [{article.language}]"
    if article.published:
        head += f"  published {article.published.value.isoformat()}"
    lines = [head]
    if not article.awards:
        lines.append("  no award events")
    for i, rec in enumerate(article.awards, 1):
        lines.append(f"  award {i}")
        lines += [f"    {label:14} {value}" for label, value in record_fields(rec)]
    return "\n".join(lines)


def _highlight(article: Article) -> str:
    from spacy import displacy

    # displaCy's span style works on tokens: whitespace tokens, each span widened to whole tokens.
    tokens = [(m.start(), m.end()) for m in regex.finditer(r"\S+", article.text)]
    spans = []
    for s, e, label in sorted({(m.start, m.end, label) for rec in article.awards for label, m in rec.role_mentions()}):
        idx = [i for i, (ts, te) in enumerate(tokens) if ts < e and s < te]
        if idx:
            spans.append({"start_token": idx[0], "end_token": idx[-1] + 1, "label": label})
    data = {"text": article.text, "tokens": [article.text[s:e] for s, e in tokens], "spans": spans}
    return displacy.render(data, style="span", manual=True, jupyter=False, options={"colors": ROLE_COLORS})


def record_html(rec: AwardRecord) -> str:
    rows = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th><td style='text-align:left'>"
                   f"{html.escape(v)}</td></tr>" for k, v in record_fields(rec))
    return f"<table>{rows}</table>"


def article_html(article: Article) -> str:
    """HTML: one table per record, then the text with the extracted spans highlighted."""
    head = f"<b>{html.escape(article.id or 'article')}</b> ({article.language}"
    head += f", published {article.published.value.isoformat()})" if article.published else ")"
    tables = "".join(record_html(r) for r in article.awards) or "<p>No award events.</p>"
    text = _highlight(article) if article.text and article.awards else ""
    return f"<div>{head}{tables}{text}</div>"
