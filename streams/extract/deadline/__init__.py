"""deadline: ultimatums and time limits in the domain, with the day they fall due and who set them.

The top-level flow: per cued sentence, the gates and finders give candidates; find_deadlines lends
undated ones the article's dated deadline and keeps one deadline a clause.
"""

from __future__ import annotations

import re
from datetime import date

from streams.extract.deadline.due import (
    _anchor,
    _Candidate,
    _missed,
    _phase_anchor,
    _same_span,
    _snap_to_stated,
    _year_ends,
    _year_just_ended,
)
from streams.extract.deadline.finders import (
    _IF_NOT_TEXT,
    _clock_candidates,
    _duration_cues,
    _grant_candidates,
    _held_candidates,
    _leave_candidates,
    _limit_candidates,
    _noun_candidates,
    _past_window_candidates,
    _unless_candidates,
)
from streams.extract.deadline.gates import (
    _committed_step,
    _dated_limits,
    _follows_deadline,
    _hoped_of,
    _meets_expiry,
    _moved_deadline,
    _own_reply_limit,
    _own_topic,
    _reply_due,
    _sized_reference,
    _urged_compliance,
)
from streams.extract.deadline.setter import _DEMAND_REACH
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match

__all__ = ["_limit_candidates", "find_deadlines"]

# 'Washington had "until Feb. 5" to answer': a limit held by a party, quoted
_QUOTED_UNTIL = re.compile(r"\b(?:has|have|had|given)\s+[\"“‘]$", re.IGNORECASE)

_IF_NOT = re.compile(_IF_NOT_TEXT, re.IGNORECASE)


# "should no deal be reached by ..." is an inverted condition; "should no longer be tested by 2030" is none
_NO_LONGER = re.compile(r"\s+longer\b", re.IGNORECASE)


def _ultimatum_span(found: list[_Candidate]) -> list[_Candidate]:
    """'issued an ultimatum to X demanding that he leave within 48 hours': an undated ultimatum noun
    and the span counted from now later in its sentence are one deadline, due at the span's end."""
    for i, c in enumerate(found):
        if c.due is not None or c.absolute:
            continue
        later = next((x for x in found[i + 1 :] if x.granted and x.due is not None and 0 <= x.start - c.end <= _DEMAND_REACH), None)
        if later is not None:
            c.due, c.end, c.granted = later.due, max(c.end, later.end), True
            return [x for x in found if x is not later]
    return found


# '"Free them all by Saturday noon, or the truce is over"': an act due by a day, then what follows if not
_BY_OR_ELSE = re.compile(
    r"\b(?:by|before)\s+[^,;.]{1,30}?,\s+or\s+(?:else\b|(?!(?:the\s+)?(?:day|week|month|year|following|next|end|weekend)\b)"
    r"(?:the|it|they|we|you|he|she|there|this|that)\b)",
    re.IGNORECASE,
)


def _deadline_candidates(doc: Document, index: int, common: list[Hit]) -> list[_Candidate]:
    hits = doc.hits("deadline", index)
    nouns = [h for h in hits if h.label == "DEADLINE"]
    nouns = _dated_limits(doc, index, nouns)
    limits = [h for h in hits if h.label == "LIMIT"] + [h for h in common if h.label == "LIMIT_IN"]
    grants = [h for h in hits if h.label == "GRANT"] + [h for h in common if h.label == "HOLD"]
    unless = [h for h in hits if h.label == "UNLESS"] + [
        Hit(h.start, h.start + 2, "UNLESS", "if_not") for h in hits
        if h.label == "CONDITION" and doc.text[h.start : h.end].lower() == "if" and _IF_NOT.match(doc.text, h.start)
    ]
    leaves = [h for h in hits if h.label == "LEAVE"] if limits else []
    held = [h for h in common if h.label == "HELD"]
    if not nouns and not limits and not grants and not unless and not held:
        return []
    conditional = any(
        h.label == "CONDITION" and not _NO_LONGER.match(doc.text, h.end) and _own_reply_limit(doc, h, limits) for h in hits
    ) or bool(nouns) or any(
        _QUOTED_UNTIL.search(doc.text, max(0, h.start - 12), h.start) for h in limits if h.id == "prep"
    ) or _hoped_of(doc, hits, limits) or (bool(limits) and (_reply_due(doc, index) or _urged_compliance(doc, index, limits))) or (
        bool(limits) and _BY_OR_ELSE.search(doc.text, *doc.sentences[index]) is not None
    ) or (bool(limits) and _committed_step(doc, limits))
    forced = _meets_expiry(doc, index, limits) if limits and not conditional else []
    conditional = conditional or bool(forced)
    if not conditional and not grants and not leaves and not held:  # no deadline noun, and _limit_candidates keeps no unconditional limit
        return []
    if not (doc.sentence_in_domain(index) or (nouns and (_follows_deadline(doc, index) or _moved_deadline(doc, index, nouns) or _sized_reference(doc, index, nouns)))) \
            or not _own_topic(doc, index):
        return []
    s, e = doc.sentences[index]
    dates = _year_just_ended(doc, _year_ends(doc, doc.dates(s, e, future=True)))
    found = _noun_candidates(doc, index, nouns, dates) + _limit_candidates(doc, index, limits, dates, conditional, forced)
    if len(found) > 1 and nouns:
        found = _ultimatum_span(found)
    if len(found) > 1 and any(c.absolute for c in found):
        # "gave shippers until Friday to halt calls, ... once the deadline passed": the undated noun is that limit
        found = [c for c in found if c.absolute or c.due is not None]
    if leaves and not found:
        found = _leave_candidates(doc, index, leaves, dates)
    if unless and not found:
        found = _unless_candidates(doc, index, unless, dates)
    if grants and not found:
        found = _grant_candidates(doc, index, grants, dates, conditional)
    elif grants and nouns:
        # "gave themselves four more months to seal a deal, after missing the deadline": time newly granted,
        # in a clause before the deadline noun, is a deadline of its own
        first = min(c.start for c in found)
        earlier = [g for g in _grant_candidates(doc, index, grants, dates, conditional)
                   if g.end <= first and doc.clause_at(g.start) != doc.clause_at(first)]
        found = earlier + found
    if held and not found:
        found = _held_candidates(doc, index, held, dates)
    return found


_CONJUNCTION_TAIL = re.compile(r"[\s,;]+(?:and|but|while|as)?\s*$", re.IGNORECASE)


def _second_deadline(doc: Document, previous: _Candidate | None, c: _Candidate, prev: Match, due: date | None) -> bool:
    """Two deadlines of one sentence with different days, the second after the first's date."""
    if previous is None or previous.sentence != c.sentence or c.start < previous.end or due is None:
        return False
    return prev.attrs["due"] is not None and prev.attrs["due"] != due.isoformat()


def find_deadlines(doc: Document) -> list[Match]:
    """Deadline mentions; an undated one, or one only sized ("Iran's two-month deadline"), inherits
    the article's first explicitly dated deadline; time granted from now keeps its own day."""
    if not doc.in_domain:
        return []
    # EXPIRE, EXPIRE_ON: "the pact lapses on Feb. 5 if the sides do not extend it" (an if-not condition is no UNLESS cue)
    # IF_NOT: "will end the inspections from Tuesday if sanctions are not lifted" (a demand unmet in the passive)
    cued = doc.sentences_with("deadline", "DEADLINE", "LIMIT", "GRANT", "UNLESS", "EXPIRE", "EXPIRE_ON", "IF_NOT")
    common = _duration_cues(doc)
    if common:
        cued = sorted({*cued, *common})
    candidates = [c for i in cued for c in _deadline_candidates(doc, i, common.get(i, []))]
    clocks = _clock_candidates(doc)
    # "on Thursday started a 30-day countdown": the day is the clock's start, not a deadline of its own
    started = [c for c in clocks if c.due is not None and any(x.sentence == c.sentence and x.due is not None and x.due < c.due and x.start <= c.end and c.start <= x.end for x in candidates)]
    if started:
        candidates = [x for x in candidates if not any(x.sentence == c.sentence and x.start <= c.end and c.start <= x.end for c in started)]
    clocks += _past_window_candidates(doc)  # "in the last 90 days it had a 'final chance' to": a window run out by now
    clocks = [c for c in clocks if not any(x.sentence == c.sentence and x.start <= c.end and c.start <= x.end for x in candidates)]
    if clocks:
        candidates = sorted(candidates + clocks, key=lambda c: c.start)
    _snap_to_stated(candidates)
    _same_span(doc, candidates)
    absolute = [c for c in candidates if c.absolute]
    out: list[Match] = []
    previous: _Candidate | None = None
    for c in candidates:
        if c.refers:  # the same deadline named again: the same setter
            c.set_by = next((a.set_by for a in candidates if a.due == c.due and a is not c and a.start < c.start), c.set_by)
        anchor = _anchor(doc, c, absolute)
        inherited = not (c.absolute or c.granted) and anchor is not None  # the day is the anchor's, not c's own
        due = anchor if inherited else c.due
        if inherited and anchor is not None and anchor >= doc.published and _missed(doc, c):
            due = None  # "after the Europeans let a 60-day deadline pass": gone by, not the coming day named elsewhere
        if c.sized and anchor is None:
            due = _phase_anchor(doc, c) or due
        s, e = doc.evidence(c.sentence, c.start, c.end)
        if out and out[-1].end > s:  # one clause, one deadline
            if not _second_deadline(doc, previous, c, out[-1], due):
                continue
            if previous is not None:  # always, once a deadline is out
                s = max(s, previous.end)  # "the option expires on Oct. 18, and they would use it by the end of August"
            while s < c.start and not doc.text[s].isalnum():
                s += 1
            cut = _CONJUNCTION_TAIL.sub("", doc.text[out[-1].start : s]).rstrip(" ,;")
            if cut:
                first = out.pop()
                out.append(Match(kind="deadline", start=first.start, end=first.start + len(cut), text=cut, attrs=first.attrs))
        previous = c
        attrs = {"due": due.isoformat() if due else None, "set_by": c.set_by}
        out.append(Match(kind="deadline", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    return out
