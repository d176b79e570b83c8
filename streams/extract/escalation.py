"""escalation: threats, provocations, strikes, arsenal build-up and nuclear steps between states."""

from __future__ import annotations

import re

from streams.extract.actors import actor_at, owner_at
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match

_PAIR_WINDOW = 60
_NEG_WINDOW = 22
_REJECT_WINDOW = 40
_REJECT_GAP = re.compile(r"\s+(?:[\w'’\-]+\s+){0,4}")  # words, no clause break, between refusal and talks
_ACTIVATE = re.compile(r"\b(?:activat|trigger|invok|initiat|launch|us(?:e|ing))\w*\b[^.]{0,30}$", re.IGNORECASE)


def _pairs(hits: list[Hit], first: str, second: str, *, ordered: bool) -> list[tuple[int, int]]:
    """Spans where a `first` cue comes within a short window of a `second` cue."""
    out = []
    for a in (h for h in hits if h.label == first):
        for b in (h for h in hits if h.label == second):
            if 0 <= b.start - a.end < _PAIR_WINDOW or (not ordered and 0 <= a.start - b.end < _PAIR_WINDOW):
                out.append((min(a.start, b.start), max(a.end, b.end)))
                break
    return out


def _rejections(doc: Document, hits: list[Hit], verb: str = "REJECT", noun: str = "TALKS") -> list[tuple[int, int]]:
    """'rejected any negotiations with Washington': a refusal whose object is talks (or, with
    REVOKE and RATIFICATION, a revocation whose object is a treaty's ratification)."""
    out = []
    for a in (h for h in hits if h.label == verb):
        for b in (h for h in hits if h.label == noun):
            if 0 <= b.start - a.end < _REJECT_WINDOW and _REJECT_GAP.fullmatch(doc.text, a.end, b.start):
                out.append((a.start, b.end))
                break
    return out


_START_BEFORE = re.compile(r"\b(?:start|begin|restart|commence)\w*\s+$", re.IGNORECASE)


def _orders_to_test(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'ordered the military to resume nuclear testing', 'instructed the Pentagon to start testing':
    an order to (re)start testing."""
    out = []
    resumes = [
        h for h in doc.hits("tests", index, "TRIGGER")
        if h.id == "resume" or (h.id == "test" and _START_BEFORE.search(doc.text, max(0, h.start - 16), h.start))
    ]
    for order in (h for h in hits if h.label == "ORDER"):
        for r in resumes:
            if 0 <= r.start - order.end < 90:
                out.append((order.start, r.end))
                break
    return out


_TO_QUESTION = re.compile(r"\s+to\s+(?:a\s+|the\s+)?(?:question|queries|query|request|inquiry)", re.IGNORECASE)


def _drills_in_response(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'In response, ... staged a joint air exercise': drills presented as an answer or a warning
    (anywhere earlier in the sentence, or just after); routine drills are no escalation."""
    responses = [h for h in hits if h.label == "RESPONSE" and not _TO_QUESTION.match(doc.text, h.end)]
    out = []
    for d in (h for h in hits if h.label == "DRILL"):
        if any(r.end <= d.start or 0 <= r.start - d.end < _PAIR_WINDOW for r in responses):
            out.append((d.start, d.end))
    return out


def _blocked(doc: Document, index: int, start: int, hits: list[Hit]) -> bool:
    """Negated, hedged by doubting experts, or conciliatory language near the cue."""
    s = doc.sentences[index][0]
    clause = doc.clause_at(start)
    # conciliatory words bind their own clause: "said it was peaceful, and warned that ..." escalates
    if any(h.label == "DEESCALATION" and 0 <= start - h.end < _NEG_WINDOW and h.start >= clause[0] for h in hits):
        return True
    if any(h.label == "HEDGE" and h.end <= start for h in hits):
        return True
    negations = doc.hits("tests", index, "NEGATION")
    if any(max(s, start - _NEG_WINDOW) <= h.start and h.end <= start for h in negations):
        return True
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    return bool(distracted) and not doc.between("domain", clause[0], clause[1], "DOMAIN")


def _threatened(doc: Document, index: int, cue: Hit, hits: list[Hit]) -> bool:
    """Sanctions escalate when threatened or triggered; sanctions simply imposed do not."""
    lo = max(doc.sentences[index][0], cue.start - 60)
    if "snap" in doc.text[cue.start : cue.end].lower():
        return bool(_ACTIVATE.search(doc.text, max(0, cue.start - 50), cue.start))
    modal = doc.between("tests", lo, cue.start, "PROSPECTIVE")
    threat = [h for h in hits if h.id in ("threat", "warn") and lo <= h.start < cue.start]
    return bool(modal or threat)


def _may_cue(hits: list[Hit]) -> bool:
    """Whether _cues can find anything: a cue word, an order, or both halves of a pair."""
    labels = {h.label for h in hits}
    return (
        "ESCALATION" in labels or "ORDER" in labels
        or {"STRENGTHEN", "ARSENAL"} <= labels or {"ENRICH_VERB", "ENRICH_NOUN"} <= labels
        or {"REJECT", "TALKS"} <= labels or {"REVOKE", "RATIFICATION"} <= labels
        or {"SUSPEND", "TREATY"} <= labels or {"DRILL", "RESPONSE"} <= labels
    )


def _cues(doc: Document, index: int, ordered: list[int] | None = None) -> list[tuple[int, int]]:
    """Escalation cue spans of one sentence; `ordered` collects the article's sentences that
    reported an order to test, so that only the first does."""
    ordered = [] if ordered is None else ordered
    hits = doc.hits("escalation", index)
    spans = []
    for h in hits:
        if h.label != "ESCALATION":
            continue
        if h.id == "sanction" and not _threatened(doc, index, h, hits):
            continue
        spans.append((h.start, h.end))
    spans += _pairs(hits, "STRENGTHEN", "ARSENAL", ordered=True)
    spans += _pairs(hits, "ENRICH_VERB", "ENRICH_NOUN", ordered=False)
    spans += _rejections(doc, hits)
    spans += _rejections(doc, hits, "REVOKE", "RATIFICATION")  # "revoking Russia's ratification"
    spans += _rejections(doc, hits, "SUSPEND", "TREATY")  # "suspended the Indus Waters Treaty"
    spans += _drills_in_response(doc, hits)
    orders = _orders_to_test(doc, index, hits)
    if orders and not ordered:  # a later sentence quoting the same order refers back to it
        spans += orders
        ordered.append(index)
    return [sp for sp in spans if not _blocked(doc, index, sp[0], hits)]


def find_escalations(doc: Document, threatened: list[Match]) -> list[Match]:
    """Escalation mentions, one per run of adjacent clauses; threatened moratoria count too."""
    if not doc.in_domain:
        return []
    spans: list[tuple[int, int, int]] = []
    ordered: list[int] = []  # sentences that reported an order to test
    for index in doc.sentences_with("escalation"):
        if not _may_cue(doc.hits("escalation", index)) or not doc.sentence_in_domain(index):
            continue
        for start, end in _cues(doc, index, ordered):
            s, e = doc.evidence(index, start, end, max_words=24)
            spans.append((s, e, start))
    spans += [(m.start, m.end, m.start) for m in threatened]
    spans.sort()
    merged: list[tuple[int, int, int]] = []
    for s, e, cue in spans:
        if merged and s <= merged[-1][1] + 3 and doc.sentence_index(s) == doc.sentence_index(merged[-1][0]):
            ps, pe, pcue = merged[-1]
            merged[-1] = (ps, max(pe, e), pcue)
        else:
            merged.append((s, e, cue))
    return [
        Match(kind="escalation", start=s, end=e, text=doc.text[s:e], attrs={"actor": _actor(doc, cue)})
        for s, e, cue in merged
    ]


_SAID_AND = re.compile(r"\b(?:said|says)\b[^,;:\"“”]*\band\s+(?=(?:warned|threatened|vowed|pledged)\b)", re.IGNORECASE)


def _actor(doc: Document, cue: int) -> str | None:
    """Who escalates: the accuser in 'Pakistan accused India of hostile acts', else the subject."""
    clause = doc.clause_at(cue)
    index = doc.sentence_index(cue)
    accusing = [h for h in doc.hits("escalation", index, "ACCUSE") if clause[0] <= h.start and h.end <= cue]
    if accusing:
        return actor_at(doc, accusing[-1].start)
    said = _SAID_AND.search(doc.text, doc.sentences[index][0], cue + 12)
    if said and said.end() == cue:  # "Russia's foreign ministry said ... and warned": the sayer warns
        return owner_at(doc, index, said.start()) or actor_at(doc, said.start())
    return owner_at(doc, index, cue) or actor_at(doc, cue)
