"""Who acts: alpha-3 codes from the actor lexicon, picked by a subject-first heuristic."""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.lexicon import Hit

# a preposition, or a count ("detected 70 Chinese aircraft"): the state names an object's owner
_OBJECT_PREPOSITION = re.compile(r"(?:\b(?:on|against|to|with|toward|towards|at|from|by|over|for|of|between|than|into|onto|inside|across|near|off|along|through|via|about)\s+(?:the\s+)?|\b\d(?:[\d,]*\d)?\s+)$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)


def actor_hits(doc: Document, index: int) -> list[Hit]:
    return doc.hits("actors", index, "ACTOR", "GROUP")


_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)


def agent_after(doc: Document, pos: int) -> str | None:
    """A passive event's agent or launch origin named just after it ("was fired by Iran",
    "were launched from North Korea"), for events with no subject-like actor."""
    for h in actor_hits(doc, doc.sentence_index(pos)):
        if h.start >= pos and h.start - pos < 50 and h.label == "ACTOR" and _AGENT.search(doc.text, max(0, h.start - 10), h.start):
            return code_of(h)
    return None


def origin_in(doc: Document, index: int) -> str | None:
    """The state a named national weapon system belongs to (Hwasong, Sarmat, Shaheen): ORIGIN
    patterns of the actor lexicon, a fallback when the sentence names no acting state."""
    found = {h.id for h in doc.hits("actors", index, "ORIGIN")}
    return found.pop() if len(found) == 1 else None


def code_of(hit: Hit) -> str | None:
    """Alpha-3 of an ACTOR hit; groups of states (E3, world powers) have no single code."""
    return hit.id if hit.label == "ACTOR" else None


def _is_object(doc: Document, hit: Hit) -> bool:
    """Whether a preposition right before the mention makes it an object; memoised per article."""
    found = doc.object_like.get(hit.start)
    if found is None:
        found = doc.object_like[hit.start] = bool(_OBJECT_PREPOSITION.search(doc.text, max(0, hit.start - 16), hit.start))
    return found


def actor_at(doc: Document, pos: int, *, prefer_object: bool = False) -> str | None:
    """The actor of the event at `pos`: nearest subject-like mention before it in the sentence,
    else the sentence's first actor, else the previous sentences' last one."""
    index = doc.sentence_index(pos)
    hits = actor_hits(doc, index)
    before = [h for h in hits if h.end <= pos]
    if prefer_object:
        after = [h for h in hits if h.start >= pos and h.start - pos < 60 and h.label == "ACTOR"]
        if after:
            return code_of(after[0])
    subjects = [h for h in before if not _is_object(doc, h)]
    if len(subjects) > 1:
        subjects = _outside_relatives(doc, subjects, pos)
    if subjects:
        return _group_aware(doc, subjects)
    if hits and not before:
        first = hits[0]
        if not _is_object(doc, first) and first.start - pos < 80:
            return code_of(first)
    for back in range(index - 1, max(-1, index - 3), -1):
        previous = [h for h in actor_hits(doc, back) if not _is_object(doc, h)]
        if previous:
            return code_of(previous[-1])
    return None


def _group_aware(doc: Document, subjects: list[Hit]) -> str | None:
    """A list of states acting together ("France, Germany and the UK") has no single actor."""
    last = subjects[-1]
    codes = {code_of(last)}
    for h in reversed(subjects[:-1]):
        gap = doc.text[h.end : last.start]
        if re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", gap):
            codes.add(code_of(h))
            last = h
        else:
            break
    return codes.pop() if len(codes) == 1 else None


# ", which backs the Houthis," / ", who met Putin last year,": a parenthetical relative clause
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*,")


def _outside_relatives(doc: Document, subjects: list[Hit], pos: int) -> list[Hit]:
    """Drop mentions inside a relative clause closed before `pos`: in "Iran, which backs the
    Houthis, warned Washington" Iran warns, not the Houthis."""
    lo = subjects[0].end
    if "," not in doc.text[lo:pos]:
        return subjects
    spans = [(m.start(), m.end()) for m in _RELATIVE.finditer(doc.text, lo, pos)]
    if not spans:
        return subjects
    kept = [h for h in subjects if not any(a <= h.start and h.end <= b for a, b in spans)]
    return kept or subjects


_OWNED = re.compile(r"['’]s?\s+(?:(?![\w\-]*ed\b|said\b|says?\b)[\w\-]+\s+){0,3}$", re.IGNORECASE)  # no verb in the NP


def owner_at(doc: Document, index: int, pos: int) -> str | None:
    """The state a possessive names as the owner of the event at `pos`: "North Korea's sixth
    nuclear test", "China's rapid build-up"."""
    before = doc.text[max(0, pos - 40) : pos]
    if "'" not in before and "’" not in before:
        return None
    for h in doc.hits("actors", index, "ACTOR"):
        if 0 < pos - h.end < 40 and _OWNED.fullmatch(doc.text, h.end, pos):
            return h.id
    return None
