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
_CONTRAST = re.compile(r",?\s+(?:but|while|whereas|although|though|yet)\s", re.IGNORECASE)
# an end noun as the subject of a modal: "a resumption of testing would ...", "a U.S. return to testing could ..."
_NOMINAL = re.compile(r"\b(?:a|an|any|the|its|their)\s+(?:[\w.\-]+\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"(?:\s+(?!(?:and|or|but)\b)[\w\-]+){0,5}\s+(?:would|could|might|may|will)\b", re.IGNORECASE
)
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
    if any(
        h.label in ("CALL", "CALLED") and (h.id != "call_near" or trigger.start - h.end < _NEAR_CALL)
        and not _CONTRAST.search(doc.text, h.end, trigger.start)
        for h in cues
    ):
        return "called_for"  # "urged to halt", "was urged to halt"; not "X should test, but Y says its halt holds"
    clause = doc.clause_at(trigger.start)
    if doc.between("moratorium", trigger.end, clause[1], "CALLED"):  # "a halt ... was demanded by"
        return "called_for"
    if trigger.id == "noun":
        ends = [h for h in cues if h.label == "END" and trigger.start - h.end < 40]
        after = doc.text[trigger.end : trigger.end + 40]
        if ends and _NOMINAL.search(doc.text, max(0, ends[-1].start - 20), ends[-1].start) \
                and _HYPOTHETICAL.match(doc.text, ends[-1].end, trigger.start):
            ends = []  # "a resumption of testing would tear up a moratorium that has served us": not its end
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
    weapons = weapon_hits(doc, lo, hi)
    if objects and all(o.id in ("deploy", "programme") for o in objects):
        objects = [o for o in objects if _object_counts(doc, trigger, o, weapons)]
        if not objects:
            return weapons, False  # "a freeze on its nuclear programme": weapons, no testing object
        if objects[0].id == "programme":  # "ended the programme": the tests named before it
            weapons = weapon_hits(doc, doc.sentences[index][0], trigger.start)
    return weapons, bool(objects)


_PROGRAMME_REF = re.compile(r"\s+(?:the|its|their|that|this)\s+$", re.IGNORECASE)
_PROGRAMME_BACK = 300


def _object_counts(doc: Document, trigger: Hit, obj: Hit, weapons: list[Hit]) -> bool:
    """A halt of deployments covers a named weapon class ("refrain from deploying intermediate-range
    missiles"), not troops or a bare 'missile' shield; 'ended the programme' is a testing halt only
    right after the verb and after the sentence has named tests ("France conducted 210 nuclear
    tests ... before Chirac ended the programme")."""
    if obj.id == "deploy":
        return any(w.id not in _GENERIC for w in weapons if w.start >= obj.end)
    if trigger.id != "verb" or not _PROGRAMME_REF.fullmatch(doc.text, trigger.end, obj.start):
        return False
    lo = max(doc.sentences[doc.sentence_index(trigger.start)][0], trigger.start - _PROGRAMME_BACK)
    tests = [o for o in doc.between("moratorium", lo, trigger.start, "TESTOBJ") if o.id == "test"]
    return bool(tests) and bool(weapon_hits(doc, lo, trigger.start))


_GENERIC = frozenset({"missile", "unspecified", "engine"})


def _halt_of(doc: Document, index: int, trigger: Hit) -> _Halt | None:
    surface = doc.text[trigger.start : trigger.end].lower()
    weapons, has_object = _object_scope(doc, index, trigger)
    status: str | None = None
    clause = doc.clause_at(trigger.start)
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    if distracted and not weapons:
        return None
    if trigger.id == "fund_bar":  # "would prohibit spending on any explosive nuclear test": a legislated halt
        tested = [o for o in doc.between("moratorium", trigger.end, min(clause[1], trigger.end + _OBJECT_WINDOW), "TESTOBJ")
                  if o.id == "test"]
        if not tested or not weapons:
            return None
        status = "called_for"
        trigger = Hit(trigger.start, tested[0].end, trigger.label, trigger.id)
    elif "ban" in surface:
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
    scope = scope_classes(weapons) or _anaphoric_scope(doc, index, trigger) \
        or scope_classes(weapon_hits(doc, *doc.sentences[index])) or article_scope(doc)
    if any(h.id == "test" for h in doc.between("moratorium", trigger.end, trigger.end + _OBJECT_WINDOW, "TESTOBJ")) is False and not scope:
        scope = ["other"]
    if status is None:
        status = _status(doc, index, trigger)
    actor = actor_at(doc, trigger.start, prefer_object=status == "called_for")
    if _JOINT_SUBJECT.match(doc.text, clause[0], trigger.start):
        actor = None  # "Both have since declared moratoriums": several states, no single one
    return _Halt(trigger.start, trigger.end, status, scope, actor)


_JOINT_SUBJECT = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?:both|neither|the\s+two\s+(?:countries|sides|nations|neighbou?rs|states|powers))\b",
    re.IGNORECASE,
)
_SUCH = re.compile(r"\s+(?:to\s+|on\s+|of\s+)?(?:such|these|those|the\s+same)\s+$", re.IGNORECASE)


def _anaphoric_scope(doc: Document, index: int, trigger: Hit) -> list[str]:
    """'announced a halt to such tests': the tests the previous sentence named."""
    objects = doc.between("moratorium", trigger.end, min(doc.sentences[index][1], trigger.end + 25), "TESTOBJ")
    if not objects or index == 0 or not _SUCH.fullmatch(doc.text, trigger.end, objects[0].start):
        return []
    return scope_classes(weapon_hits(doc, *doc.sentences[index - 1]))


def _conditional_resumption(doc: Document, index: int) -> list[_Halt]:
    """'would only restart tests if the US does so first': a threat to end a halt."""
    out = []
    s, e = doc.sentences[index]
    triggers = [
        h for h in doc.hits("tests", index, "TRIGGER")
        if h.id == "resume" or (h.id == "test" and doc.between("tests", max(s, h.start - 50), h.start, "NEGATION"))
    ]
    if not triggers or not _CONDITIONAL.search(doc.text, s, e):
        return []
    for h in triggers:
        if h.id == "resume":
            objects = [o for o in doc.between("moratorium", h.end, min(e, h.end + 40), "TESTOBJ") if o.id == "test"]
        elif h.id == "test" and _NO_INTENT.search(doc.text, max(s, h.start - 50), h.start):
            # 'had "no intention" of conducting a test unless Washington went first': a halt held on a condition
            objects = [h] if _FIRST_MOVER.search(doc.text, h.end, e) else []
        else:
            continue
        if not objects or not _CONDITIONAL.search(doc.text, h.end, e):
            continue
        scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(h.start, objects[0].end, "threatened", scope, actor_at(doc, h.start)))
    return out


_NO_INTENT = re.compile(
    r"(?:\bno\s+[\"“]?(?:intention|plans?)[\"”]?\s+(?:of|to)|\b(?:not|never)\s+(?:intend|plan)\s+to"
    r"|\b(?:will|would)\s+(?:not|never)|\b(?:won|wouldn)['’]t)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_FIRST_MOVER = re.compile(r"\b(?:unless|until|only\s+if|if)\b[^.;,]{1,60}?\b(?:first|does\s+so|do\s+so|did\s+so)\b", re.IGNORECASE)
_NOT_ENDING = frozenset({"over", "end", "resume", "resumed", "resumption", "restart", "restarted", "return to", "returned to"})
_ANAPHOR_GAP = 20
_ANAPHOR_BACK = 2  # sentences back to the halt a pledge refers to


_POSTEND_GAP = re.compile(r"\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?$", re.IGNORECASE)


def _pledge_end(doc: Document, hits: list[Hit], anaphor: Hit) -> tuple[int, int] | None:
    """Where a pledge is said to end: 'no longer bound by that pledge', 'the pledge had lost its
    meaning', 'get bound by the commitment any longer'; its span, or None."""
    for h in hits:
        if h.label == "END" and 0 <= anaphor.start - h.end <= _ANAPHOR_GAP and doc.text[h.start : h.end].lower() not in _NOT_ENDING:
            return h.start, anaphor.end
    for h in hits:
        if h.label == "POSTEND" and 0 < h.start - anaphor.end <= 12 and _POSTEND_GAP.fullmatch(doc.text, anaphor.end, h.start):
            return anaphor.start, h.end
    bound = next((h for h in hits if h.label == "BOUND" and 0 <= anaphor.start - h.end <= 2), None)
    later = next((h for h in hits if h.label == "ANYMORE" and 0 <= h.start - anaphor.end <= 2), None)
    return (bound.start, later.end) if bound and later else None


def _ended_pledges(doc: Document, found: list[Match]) -> list[Match]:
    """'Pyongyang said it no longer felt bound by that pledge': ending (or threatening to end) a
    pledge, commitment or promise that refers back to a halt of the sentences just before, or of
    an earlier clause of its own sentence ("announced a halt ..., but said the pledge had lost its meaning")."""
    out = []
    for index in doc.sentences_with("moratorium", "ANAPHOR"):
        hits = doc.hits("moratorium", index)
        for anaphor in (h for h in hits if h.label == "ANAPHOR"):
            here = [m for m in found if doc.sentence_index(m.start) == index]
            if any(m.start <= anaphor.start < m.end for m in here):
                continue  # the pledge is part of a halt already reported
            earlier = [m for m in here if m.end <= anaphor.start] or (
                [] if here else [m for m in found if 0 < index - doc.sentence_index(m.start) <= _ANAPHOR_BACK]
            )
            if not earlier:
                continue
            span = _pledge_end(doc, hits, anaphor)
            if span is None:
                continue
            threat = any(h.label == "THREAT" and 0 <= span[0] - h.end < 40 for h in hits)
            s, e = doc.evidence(index, *span)
            if here and here[-1].end > s:  # its own clause, after the halt's mention
                s = min(max(s, here[-1].end), span[0])
                while s < span[0] and not doc.text[s].isalnum():
                    s += 1
            attrs = {
                "status": "threatened" if threat else "ended",
                "scope": earlier[-1].attrs["scope"],
                "actor": actor_at(doc, span[0]),
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
    participle = _PARTICIPLE.match(doc.text, prev.end)
    return (
        prev.attrs["status"] in ("threatened", "called_for")
        and doc.text[prev.end : start].strip() == ","
        and participle is not None
        # "..., ending the moratorium", not "..., offering to extend its own freeze"
        and bool(doc.between("moratorium", participle.end() - 12, participle.end(), "END"))
    )


def halted_span(doc: Document, match: Match) -> tuple[int, int]:
    """Where tests belong to this halt: its clause, and a following 'after one more test' clause."""
    index = doc.sentence_index(match.start)
    for c in doc.clauses(index):
        if c[0] >= match.end and doc.text[match.end : c[0]].strip(" ,") == "" and _LATER.match(doc.text, c[0]):
            return match.start, c[1]
    return match.start, match.end
