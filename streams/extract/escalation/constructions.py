"""The shared pieces the escalation constructions are built from: a cue near another (_pairs), a
verb and its object (_objects), adjacent cues (_adjacent), a cue and what follows it (_after), a
verb whose object is a state (_state_object), and the gaps and guards that more than one kind of
construction reads (a clause break, a conjoined state, a state before its verb, a supposed clause,
an observer's view). Apart so that diplomacy.py, force.py, nuclear.py and families.py, which also
applies these pieces inline, share one copy; this module imports none of them.
"""

from __future__ import annotations

import re

from streams.extract.actors import actor_hits
from streams.extract.document import Document
from streams.extract.lexicon import Hit

_PAIR_WINDOW = 60


# a participle used as an adjective: "caps each side at 1,550 deployed warheads", "the
# condition of complete nuclear weapons", "its expanded arsenal"
# "U.S. and Russian deployed strategic warheads": after a nationality adjective; "the Minuteman III,
# first deployed in 1970,": a weapon's service history told in a reduced relative clause
_ATTRIBUTIVE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:the|a|an|its|their|our|of|with|to|into|onto|on|for|from|non|Russian|American|Chinese|Korean|Iranian|Indian|Pakistani|"
    r"French|British|Israeli|Soviet|Western|European|Japanese|Taiwanese|Ukrainian|newly|currently|already)|non-|"
    r"(?:\A|[,.;:\"“]|\bwas|\bwere)\s*(?:first|originally|initially)|\w['’]s?)\s*$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\w+ed|complete", re.IGNORECASE)


def _participle(doc: Document, h: Hit) -> bool:
    """Whether the cue is a past participle or "complete" used as an adjective."""
    return bool(_PARTICIPLE.fullmatch(doc.text, h.start, h.end) and _ATTRIBUTIVE.search(doc.text, max(0, h.start - 24), h.start))


def _pairs(
    hits: list[Hit], first: str, second: str, *, ordered: bool, doc: Document | None = None
) -> list[tuple[int, int]]:
    """Spans where a `first` cue comes within a short window of a `second` cue (with `doc`, a
    `first` verb used as an adjective does not count)."""
    out = []
    for a in (h for h in hits if h.label == first):
        if doc is not None and _participle(doc, a):
            continue
        for b in (h for h in hits if h.label == second):
            if 0 <= b.start - a.end < _PAIR_WINDOW or (not ordered and 0 <= a.start - b.end < _PAIR_WINDOW):
                out.append((min(a.start, b.start), max(a.end, b.end)))
                break
    return out


_WORD = re.compile(r"[\w'’\-.]+")
_BREAK = re.compile(r"[;:()]|,\s")


def _objects(
    doc: Document, hits: list[Hit], verb: str, noun: str, *, words: int, window: int = 50, unless: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """A `verb` cue whose object, at most `words` words on (quote marks allowed, no clause
    break), is a `noun` cue: 'stop allowing short-notice inspections', 'restarting "all
    temporarily suspended activities"'; `unless` rules out words of the gap."""
    out = []
    for a in (h for h in hits if h.label == verb):
        for b in (h for h in hits if h.label == noun):
            if 0 <= b.start - a.end < window:
                gap = doc.text[a.end : b.start]
                if (
                    len(_WORD.findall(gap)) <= words
                    and not _BREAK.search(gap)
                    and (unless is None or not unless.search(gap))
                ):
                    out.append((a.start, b.end))
                break
    return out


_JOINED = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)


_TIGHT = re.compile(r"\s*[\"“”']?\s*")  # adjacent words, a quote mark between at most


def _adjacent(doc: Document, hits: list[Hit], first: str, second: str) -> list[tuple[int, int]]:
    """A `first` cue right before a `second` one: 'responded by firing', 'respond "symmetrically"'."""
    out = []
    for a in (h for h in hits if h.label == first):
        for b in (h for h in hits if h.label == second):
            if 0 <= b.start - a.end <= 3 and _TIGHT.fullmatch(doc.text, a.end, b.start):
                out.append((a.start, b.end))
                break
    return out


_STATE_GAP = re.compile(r"\s+(?:(?:has|have|had|then|later|eventually|unilaterally)\s+)?")


def _state_object(doc: Document, index: int, hits: list[Hit], verb: str, after: re.Pattern[str]) -> list[tuple[int, int, Hit]]:
    """A `verb` whose object is a state, then `after`: 'accused Moscow of', 'presses Washington to'."""
    verbs = [h for h in hits if h.label == verb]
    if not verbs:
        return []
    out = []
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    for v in verbs:
        for a in states:
            if 0 < a.start - v.end <= 5 and re.fullmatch(r"\s+(?:the\s+)?", doc.text[v.end : a.start], re.IGNORECASE):
                if after.match(doc.text, a.end):
                    out.append((v.start, a.end, v))
                break
    return out


# "analysts said Moscow would resume testing": an observer's forecast, not a state's vow
_OBSERVERS_SAID = re.compile(
    r"\b(?:analysts?|experts?|observers?|commentators?|scholars?|researchers?)\s+(?:\w+\s+){0,2}?(?:said|say|says|believe|believes|think|thinks|expect|expects|predict\w*|warn\w*)\b",
    re.IGNORECASE,
)


def _after(doc: Document, hits: list[Hit], label: str, tail: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans from each `label` cue to the end of what `tail` matches right after it."""
    out = []
    for h in hits:
        if h.label == label:
            m = tail.match(doc.text, h.end)
            if m:
                out.append((h.start, m.end()))
    return out


_IF_BEFORE: re.Pattern[str] = re.compile(r"\b(?:if|unless|whether|should|once)\b[^,;:.]*$", re.IGNORECASE)  # a breach only supposed
