"""deadline: ultimatums and time limits in the domain, with the day they fall due and who set them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from streams.extract.actors import actor_at, code_of
from streams.extract.dates import DateMention
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.sentences import evidence_span

_SET_BY = re.compile(r"\s*(?:set|imposed|given|issued|laid down)\s+by\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)
_NEAR = 60  # chars between a deadline noun and the date that fixes it


@dataclass
class _Candidate:
    start: int
    end: int
    sentence: int
    due: date | None
    absolute: bool  # the text names the day itself, not a duration or nothing
    set_by: str | None


def _set_by(doc: Document, noun: Hit) -> str | None:
    """'deadline set by leader Kim' names the setter; else "Iran's deadline"; else the subject."""
    index = doc.sentence_index(noun.start)
    actors = doc.hits("actors", index)
    for h in actors:
        if h.start >= noun.end and h.start - noun.end < 40:
            gap = doc.text[noun.end : h.start]
            if re.search(r"\b(?:set|imposed|given|issued)\s+by\b", gap, re.IGNORECASE):
                return code_of(h)
    for h in reversed(actors):
        if h.end <= noun.start and noun.start - h.end < 25 and re.match(r"['’]s\b", doc.text[h.end : h.end + 2]):
            return code_of(h)
    return actor_at(doc, noun.start)


def _noun_candidates(doc: Document, index: int, nouns: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    out = []
    for noun in nouns:
        clause = doc.clause_at(noun.start)
        near = [
            d for d in dates
            if d.value is not None and not d.vague_past
            and (0 <= noun.start - d.end < _NEAR or 0 <= d.start - noun.end < _NEAR)
            and clause[0] <= d.start < clause[1] + 2
        ]
        near.sort(key=lambda d: (d.relative, abs(d.start - noun.start)))
        due = near[0].value if near else None
        absolute = bool(near) and not near[0].relative
        end = max([noun.end, *[d.end for d in near[:1]]])
        start = min([noun.start, *[d.start for d in near[:1]]])
        out.append(_Candidate(start, end, index, due, absolute, _set_by(doc, noun)))
    return out


def _limit_candidates(
    doc: Document, index: int, limits: list[Hit], dates: list[DateMention], conditional: bool
) -> list[_Candidate]:
    out = []
    not_deadline = doc.hits("deadline", index, "NOTDEADLINE")
    for limit in limits:
        following = [d for d in dates if 0 <= d.start - limit.start <= len(doc.text[limit.start : limit.end]) + 6]
        following = [d for d in following if d.value is not None and not d.vague_past]
        if not following:
            continue
        when = following[0]
        if when.value is None or when.value < doc.published - timedelta(days=1):
            continue
        if not conditional and limit.id != "prep":
            continue
        if not conditional:
            continue
        clause = doc.clause_at(limit.start)
        if any(clause[0] - 40 <= h.start < limit.start for h in not_deadline):
            continue
        out.append(_Candidate(limit.start, when.end, index, when.value, not when.relative, actor_at(doc, limit.start)))
    return out


def _deadline_candidates(doc: Document, index: int) -> list[_Candidate]:
    hits = doc.hits("deadline", index)
    nouns = [h for h in hits if h.label == "DEADLINE"]
    limits = [h for h in hits if h.label == "LIMIT"]
    if not nouns and not limits:
        return []
    if not doc.sentence_in_domain(index):
        return []
    s, e = doc.sentences[index]
    dates = doc.dates(s, e, future=True)
    conditional = any(h.label == "CONDITION" for h in hits) or bool(nouns)
    return _noun_candidates(doc, index, nouns, dates) + _limit_candidates(doc, index, limits, dates, conditional)


def find_deadlines(doc: Document) -> list[Match]:
    """Deadline mentions; an undated one inherits the article's first explicitly dated deadline."""
    if not doc.in_domain:
        return []
    candidates = [c for i in range(len(doc.sentences)) for c in _deadline_candidates(doc, i)]
    anchor = next((c.due for c in candidates if c.absolute), None)
    out: list[Match] = []
    for c in candidates:
        due = c.due if c.absolute or anchor is None else anchor
        s, e = evidence_span(doc.text, doc.sentences[c.sentence], c.start, c.end)
        if out and out[-1].end > s:  # one clause, one deadline
            continue
        attrs = {"due": due.isoformat() if due else None, "set_by": c.set_by}
        out.append(Match(kind="deadline", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    return out
