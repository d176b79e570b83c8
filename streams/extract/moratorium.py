"""moratorium: halts of weapons testing, in force, called for, threatened or ended, with scope."""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.extract.actors import actor_at
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.scope import article_scope, scope_classes, weapon_hits

_RANK = {"in_force": 0, "ended": 1, "threatened": 2, "called_for": 3}
_BARE_NOUNS = frozenset({"moratorium", "moratoriums", "moratoria", "self-imposed", "self imposed"})
_CONDITIONAL = re.compile(r"\b(?:only\s+if|unless|if\b[^.]{0,60}\bfirst)\b", re.IGNORECASE)
_OBJECT_WINDOW = 90
_END_OF = re.compile(r"[\s\-‐‑–]+of\b", re.IGNORECASE)  # "end of the year", "end-of-year"
_POSTEND_WINDOW = 60
_NEAR_CALL = 12  # a modal call ("must halt") binds only the halt right after it
_BREAK_WINDOW = 70
# the halt noun closes the phrase: "... testing after a 30-year pause", "... tests, ending a hiatus"
_BREAK_LINK = re.compile(
    r"\b(?:after|ending|ended|breaking|broke|following)\s+(?:a|an|its|their|the|his|her)\s+"
    r"(?:[\w\-]+\s+){0,3}$", re.IGNORECASE
)
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|\d)\b", re.IGNORECASE)
_ENDED_AFTER_OBJECT = re.compile(
    r"\s+(?:on|of)\s+[^,.;]{1,60}?\s+(?:has\s+|had\s+|was\s+|finally\s+)?(?:ended|collapsed|lapsed|broke\s+down)\b", re.IGNORECASE
)
_PRONOUN_END_WINDOW = 50
_PRONOUN_AFTER = re.compile(r"\s+(?:it|them)\b(?!\s+(?:to|is|was|would|will)\b)", re.IGNORECASE)
_LATER = re.compile(r"(?:after|until|once|before|when)\s", re.IGNORECASE)


@dataclass
class _Halt:
    start: int
    end: int
    status: str
    scope: list[str]
    actor: str | None


def _status(doc: Document, index: int, trigger: Hit) -> str:
    """Status from cues before the trigger: a call, a threat to end it, its end, else in force."""
    s = doc.sentences[index][0]
    cues = [h for h in doc.hits("moratorium", index) if h.end <= trigger.start and h.start >= s]
    if any(h.label in ("CALL", "CALLED") and (h.id != "call_near" or trigger.start - h.end < _NEAR_CALL) for h in cues):
        return "called_for"  # "urged to halt", "was urged to halt"
    clause = doc.clause_at(trigger.start)
    if doc.between("moratorium", trigger.end, clause[1], "CALLED"):  # "a halt ... was demanded by"
        return "called_for"
    if trigger.id == "noun":
        ends = [h for h in cues if h.label == "END" and trigger.start - h.end < 40]
        after = doc.text[trigger.end : trigger.end + 40]
        if ends:
            threat = [h for h in cues if h.label == "THREAT" and ends[-1].start - h.end < 60 and h.end <= ends[-1].start]
            return "threatened" if threat else "ended"
        if re.match(r"\s*(?:has\s+|had\s+|was\s+)?(?:ended|collapsed|is\s+over|was\s+over|lapsed|broken)", after, re.IGNORECASE):
            return "ended"
        if _ENDED_AFTER_OBJECT.match(doc.text, trigger.end, doc.clause_at(trigger.start)[1]):
            return "ended"  # "the moratorium on nuclear tests ended with ..."
        if _declared_over(doc, index, trigger):
            return "ended"
        # "remained committed to its moratorium but could abandon it": its end, named by a pronoun after it
        hi = min(doc.sentences[index][1], trigger.end + _PRONOUN_END_WINDOW)
        for h in doc.between("moratorium", trigger.end, hi, "END"):
            if _PRONOUN_AFTER.match(doc.text, h.end) and doc.text[h.start : h.end].lower() not in _NOT_ENDING:
                lo = max(trigger.end, h.start - 25)
                return "threatened" if doc.between("moratorium", lo, h.start, "THREAT") else "ended"
    return "in_force"


def _declared_over(doc: Document, index: int, trigger: Hit) -> bool:
    """'declared its moratorium on nuclear tests over': an end word after the halt and its object,
    in the same clause, after a declaring verb before the halt."""
    clause = doc.clause_at(trigger.start)
    hi = min(clause[1], trigger.end + _POSTEND_WINDOW)
    after = [h for h in doc.between("moratorium", trigger.end, hi, "POSTEND") if not _DETERMINER_AFTER.match(doc.text, h.end)]
    if not after:
        return False
    observe = doc.between("moratorium", max(clause[0], trigger.start - 40), trigger.start, "OBSERVE")
    return bool(observe) or bool(re.match(r"\s*(?:[.,;]|and\b|$)", doc.text[after[0].end : after[0].end + 5]))


def _broken_before(doc: Document, index: int, trigger: Hit) -> list[Hit] | None:
    """'resumed nuclear testing after a 30-year pause': testing resumed or done just before an
    objectless halt noun ends that halt; the weapon mentions of the testing, or None."""
    s = doc.sentences[index][0]
    lo = max(s, trigger.start - _BREAK_WINDOW)
    breaks = doc.between("moratorium", lo, trigger.start, "BREAK")
    if not breaks or not _BREAK_LINK.search(doc.text, breaks[-1].end, trigger.start):
        return None
    objects = [o for o in doc.between("moratorium", breaks[-1].end, trigger.start, "TESTOBJ") if o.id == "test"]
    if not objects:
        return None
    return weapon_hits(doc, breaks[-1].start, trigger.start)


def _object_scope(doc: Document, index: int, trigger: Hit) -> tuple[list[Hit], bool]:
    """Weapon mentions the halt covers and whether it names a testing object at all."""
    clause = doc.clause_at(trigger.start)
    if trigger.id == "noun" and doc.text[trigger.start : trigger.end].lower() == "on hold":
        lo, hi = max(clause[0], trigger.start - _OBJECT_WINDOW), trigger.start
    else:
        lo, hi = trigger.end, min(clause[1], trigger.end + _OBJECT_WINDOW)
    objects = doc.between("moratorium", lo, hi, "TESTOBJ")
    return weapon_hits(doc, lo, hi), bool(objects)


def _halt_of(doc: Document, index: int, trigger: Hit) -> _Halt | None:
    surface = doc.text[trigger.start : trigger.end].lower()
    weapons, has_object = _object_scope(doc, index, trigger)
    status: str | None = None
    clause = doc.clause_at(trigger.start)
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    if distracted and not weapons:
        return None
    if "ban" in surface:
        observed = [h for h in doc.hits("moratorium", index, "OBSERVE") if h.start > trigger.end]
        if not observed:
            return None
        trigger = Hit(trigger.start, observed[0].end, trigger.label, trigger.id)
    elif trigger.id == "verb" and (not has_object or _END_OF.match(doc.text, trigger.end)):
        return None
    elif not (has_object or weapons) and (broken := _broken_before(doc, index, trigger)) is not None:
        weapons, status = broken, "ended"
    elif not (has_object or weapons):
        following = doc.text[trigger.end : trigger.end + 4].lower()
        if surface not in _BARE_NOUNS or following.startswith((" on", " of")):
            return None
        if not doc.sentence_in_domain(index):
            return None
    scope = scope_classes(weapons) or scope_classes(weapon_hits(doc, *doc.sentences[index])) or article_scope(doc)
    if any(h.id == "test" for h in doc.between("moratorium", trigger.end, trigger.end + _OBJECT_WINDOW, "TESTOBJ")) is False and not scope:
        scope = ["other"]
    if status is None:
        status = _status(doc, index, trigger)
    actor = actor_at(doc, trigger.start, prefer_object=status == "called_for")
    return _Halt(trigger.start, trigger.end, status, scope, actor)


def _conditional_resumption(doc: Document, index: int) -> list[_Halt]:
    """'would only restart tests if the US does so first': a threat to end a halt."""
    out = []
    s, e = doc.sentences[index]
    resumes = [h for h in doc.hits("tests", index, "TRIGGER") if h.id == "resume"]
    if not resumes or not _CONDITIONAL.search(doc.text, s, e):
        return []
    for h in resumes:
        objects = [o for o in doc.between("moratorium", h.end, min(e, h.end + 40), "TESTOBJ") if o.id == "test"]
        if not objects or not _CONDITIONAL.search(doc.text, h.end, e):
            continue
        scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(h.start, objects[0].end, "threatened", scope, actor_at(doc, h.start)))
    return out


_NOT_ENDING = frozenset({"over", "end", "resume", "resumed", "resumption", "restart", "restarted", "return to", "returned to"})
_ANAPHOR_GAP = 20
_ANAPHOR_BACK = 2  # sentences back to the halt a pledge refers to


def _ended_pledges(doc: Document, found: list[Match]) -> list[Match]:
    """'Pyongyang said it no longer felt bound by that pledge': ending (or threatening to end) a
    pledge, commitment or promise that refers back to a halt of the sentences just before."""
    out = []
    for index in doc.sentences_with("moratorium", "ANAPHOR"):
        earlier = [m for m in found if 0 < index - doc.sentence_index(m.start) <= _ANAPHOR_BACK]
        if not earlier or any(doc.sentence_index(m.start) == index for m in found):
            continue
        hits = doc.hits("moratorium", index)
        for anaphor in (h for h in hits if h.label == "ANAPHOR"):
            ends = [
                h for h in hits
                if h.label == "END" and 0 <= anaphor.start - h.end <= _ANAPHOR_GAP
                and doc.text[h.start : h.end].lower() not in _NOT_ENDING
            ]
            if not ends:
                continue
            threat = any(h.label == "THREAT" and 0 <= ends[0].start - h.end < 40 for h in hits)
            s, e = doc.evidence(index, ends[0].start, anaphor.end)
            attrs = {
                "status": "threatened" if threat else "ended",
                "scope": earlier[-1].attrs["scope"],
                "actor": actor_at(doc, ends[0].start),
            }
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


def find_moratoria(doc: Document) -> list[Match]:
    """Moratorium mentions, one per clause; the most marked status in the clause wins."""
    if not doc.in_domain:
        return []
    out: list[Match] = []
    # only sentences with a halt word or a testing trigger (a conditional resumption) can hold one
    candidates = sorted({*doc.sentences_with("moratorium", "HALT"), *doc.sentences_with("tests", "TRIGGER")})
    for index in candidates:
        halts = [
            halt
            for trigger in doc.hits("moratorium", index, "HALT")
            if (halt := _halt_of(doc, index, trigger)) is not None
        ] + _conditional_resumption(doc, index)
        halts.sort(key=lambda h: h.start)
        for halt in halts:
            s, e = doc.evidence(index, halt.start, halt.end)
            attrs = {"status": halt.status, "scope": halt.scope, "actor": halt.actor}
            if (
                out and doc.sentence_index(out[-1].start) == index
                and (
                    (out[-1].end > s and not _other_party(out[-1].attrs["actor"], halt.actor))
                    or _consequence(doc, out[-1], s)
                )
            ):
                prev = out.pop()
                merged = {**prev.attrs}
                if _RANK[halt.status] > _RANK[prev.attrs["status"]]:
                    merged["status"] = halt.status
                merged["scope"] = prev.attrs["scope"] or halt.scope
                s, e = min(s, prev.start), max(e, prev.end)
                attrs = merged
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    pledges = _ended_pledges(doc, out)
    return sorted(out + pledges, key=lambda m: m.start) if pledges else out


def _other_party(first: str | None, second: str | None) -> bool:
    """Two halts of one sentence bound on different states ("China, which has observed a
    moratorium since 1996, urged the United States to keep its own") stay two mentions."""
    return first is not None and second is not None and first != second


_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b")


def _consequence(doc: Document, prev: Match, start: int) -> bool:
    """'would resume testing if ..., ending the moratorium': a participle clause spelling out
    what a threatened (or called-for) step would do is part of that mention, not a new one."""
    return (
        prev.attrs["status"] in ("threatened", "called_for")
        and doc.text[prev.end : start].strip() == ","
        and _PARTICIPLE.match(doc.text, prev.end) is not None
    )


def halted_span(doc: Document, match: Match) -> tuple[int, int]:
    """Where tests belong to this halt: its clause, and a following 'after one more test' clause."""
    index = doc.sentence_index(match.start)
    for c in doc.clauses(index):
        if c[0] >= match.end and doc.text[match.end : c[0]].strip(" ,") == "" and _LATER.match(doc.text, c[0]):
            return match.start, c[1]
    return match.start, match.end
