"""Resumptions of testing (done, ordered, planned or held on a condition) read as a halt's end or a threat to it.

Apart from the halt words because a resumption names no halt: it ends one the article reports."""

from __future__ import annotations

import re

from streams.extract.actors import actor_at, actor_hits, code_of, is_object
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.moratorium.halts import _halt_of
from streams.extract.moratorium.scope_and_actor import _halt_actor
from streams.extract.moratorium.status import _Halt, _threat_before
from streams.extract.scope import article_scope, scope_classes, weapon_hits

_CONDITIONAL = re.compile(
    r"\b(?:only\s+if|unless|(?:if|should|once|in\s+case)\b[^.]{0,60}\bfirst)\b"
    # "will not resume tests until India does": held until the other side moves
    r"|\buntil\s+[^.,;]{1,40}?\b(?:does|do|did)(?:\s+so)?(?=\s*[.,;\"”)]|$)"
    # "would test again if a rival power did so", "once Washington does the same": a reciprocal condition
    r"|(?P<reciprocal>\b(?:if|when|as\s+and\s+when|once|should)\s+[^.,;]{1,50}?\b(?:does|do|did)\s+(?:so|the\s+same|likewise)\b)",
    re.IGNORECASE,
)
# a reciprocal condition holds a halt only over a resumption still to come ("would resume ..."), not a past one
_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|shall|could|might|may)|['’]ll)\s+(?:only\s+)?$", re.IGNORECASE)


def _conditional_resumption(doc: Document, index: int) -> list[_Halt]:
    """'would restart tests only after the US did': a threat to end a halt."""
    out = []
    s, e = doc.sentences[index]
    triggers = [
        h for h in doc.hits("tests", index, "TRIGGER")
        if h.id == "resume" or (h.id == "test" and (
            doc.between("tests", max(s, h.start - 50), h.start, "NEGATION") or _ready(doc.text, max(s, h.start - 40), h.start)
            or _WILL.search(doc.text, max(s, h.start - 40), h.start) or _prepared_first_mover(doc, s, e, h)
            or _WILL_RELATIVE.match(doc.text, h.end)
        ))
    ]
    if not triggers or not _CONDITIONAL.search(doc.text, s, e):
        return []
    for h in triggers:
        if h.id == "resume":
            objects = [o for o in doc.between("moratorium", h.end, min(e, h.end + 40), "TESTOBJ") if o.id == "test"]
        elif h.id == "test" and (
            _NO_INTENT.search(doc.text, max(s, h.start - 50), h.start) or _ready(doc.text, max(s, h.start - 40), h.start)
            or _WILL.search(doc.text, max(s, h.start - 40), h.start) or _prepared_first_mover(doc, s, e, h)
            or _WILL_RELATIVE.match(doc.text, h.end)
        ):
            # 'had "no intention" of conducting a test unless Washington went first': a halt held on a condition
            objects = [h] if _FIRST_MOVER.search(doc.text, h.end, e) else []
        else:
            continue
        if not objects or not (cond := _CONDITIONAL.search(doc.text, h.end, e)):
            continue
        if cond.group("reciprocal") and not _MODAL_BEFORE.search(doc.text, max(s, h.start - 20), h.start):
            continue
        end = objects[0].end
        if objects[0] is h and _WILL_RELATIVE.match(doc.text, h.end) and (first := _FIRST_MOVER.search(doc.text, h.end, e)):
            end = first.end()  # "a test ..., which China would conduct if India did it first": the whole condition
        scope = scope_classes(weapon_hits(doc, max(s, h.start - 20), objects[0].end)) or scope_classes(weapon_hits(doc, s, e)) \
            or article_scope(doc)
        out.append(_Halt(h.start, end, "threatened", scope, _conditional_actor(doc, index, h)))
    return out


def _conditional_actor(doc: Document, index: int, h: Hit) -> str | None:
    """Who holds back: not the party of the condition after ("it will not resume tests until India does":
    with no one named before, 'it' is the subject of the sentence before)."""
    actor = actor_at(doc, h.start)
    hits = actor_hits(doc, index)
    cond = _CONDITIONAL.search(doc.text, h.end, doc.sentences[index][1])
    if cond is None or any(a.end <= h.start for a in hits) or actor not in {code_of(a) for a in hits if a.start >= cond.start()}:
        return actor
    prev = [a for a in actor_hits(doc, index - 1) if not is_object(doc, a)] if index else []
    return code_of(prev[0]) if prev else None


_NO_INTENT = re.compile(
    r"(?:\bno\s+[\"“]?(?:intention|plans?)[\"”]?\s+(?:of|to)|\b(?:not|never)\s+(?:intend|plan)\s+to"
    r"|\b(?:will|would)\s+(?:not|never)|\b(?:won|wouldn)['’]t)\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Russia will carry out a nuclear test only if the United States does so first": the first mover condition after it
# "said Russia would test only if Washington did so first": the modal right before the test verb itself
# "would order a test only if ... first", "will authorise a test if ... does": the leader's order counts as the test
_WILL = re.compile(
    r"\b(?:will|would|shall)\s+(?:only\s+)?(?:(?:carry\s+out|conduct|stage|hold|perform|test|resume|order|authori[sz]e)\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
# "a test of nuclear arms, which China would conduct if ... first": the modal in a relative clause after the test
_WILL_RELATIVE = re.compile(
    r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?,?\s+(?:which|that)\s+(?:[\w.\-]+\s+){1,3}?(?:would|will)\s+(?:only\s+)?"
    r"(?:conduct|carry\s+out|stage|hold|perform|resume)\b",
    re.IGNORECASE,
)
# "be ready to test ... should the United States test first": a test held back on the other side moving first
_READY = re.compile(r"\b(?:ready|prepared|poised)\s+to\s+(?:[\w\-]+\s+){0,1}$", re.IGNORECASE)
# or one being prepared, held back on a first-mover condition attached to it: "the option of
# preparing a test at the Arctic range should Washington move first" (not one a later clause conditions)
_PREPARING = re.compile(r"\bprepar(?:e|es|ing)\s+(?:for\s+)?(?:an?|the)\s+(?:[\w\-]+\s+){0,1}$", re.IGNORECASE)
_PREPARED_REACH = 90


def _prepared_first_mover(doc: Document, s: int, e: int, h: Hit) -> bool:
    if "prepar" not in doc.text[max(s, h.start - 40) : h.start].lower() or not _PREPARING.search(doc.text, max(s, h.start - 40), h.start):
        return False
    m = _FIRST_MOVER.search(doc.text, h.end, min(e, h.end + _PREPARED_REACH))
    return m is not None and not any(c in doc.text[h.end : m.start()] for c in ",;")


def _ready(text: str, start: int, end: int) -> bool:
    """_READY.search in text[start:end], skipped when none of its adjectives stands there (in an
    ASCII window nothing else case-folds onto one): a test trigger asks once per sentence scan."""
    window = text[start:end].lower()
    if window.isascii() and not ("ready" in window or "prepared" in window or "poised" in window):
        return False
    return _READY.search(text, start, end) is not None


_FIRST_MOVER = re.compile(
    r"\b(?:unless|until|only\s+if|if|should|once|in\s+case)\b[^.;,]{1,60}?\b(?:first|does\s+so|do\s+so|did\s+so"
    r"|(?:did|does|do)(?=\s*(?:[.;,\"”)]|$)))",
    re.IGNORECASE,
)


_NOT_RESUMING = re.compile(
    r"(?:\bno\s+[\"“]?(?:intention|plans?)[\"”]?\s+(?:of|to)|\b(?:not|never)|\b(?:won|wouldn|didn|doesn)['’]t)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PAST_RESUME = frozenset({"resumed", "restarted", "returned to", "went back to", "started testing again"})
_PARTICIPLE_HALT = re.compile(r"\s+[\"“]?(?:(?:all|the|its|their|his|her)\s+)?(?:[\w]+ly[\s\-]+)?$", re.IGNORECASE)
_PARTICIPLE_NOUN = re.compile(r"[\"”]?\s+[\w\-]+")
_RESUME_OBJECT = 45


# "declined to say whether Moscow would resume testing", "would not rule out a resumption": left open, a hint
_UNDECIDED = re.compile(
    r"\b(?:(?:not|n['’]t)\s+(?:ready|prepared|willing)\s+to\s+say|(?:declin\w*|refus\w*|(?:would|will|did|does|could)\s+not|(?:won|wouldn|didn|doesn|couldn)['’]t)"
    r"\s+(?:to\s+)?(?:say|rule\s+out|exclude))\b[^.;]*$",
    re.IGNORECASE,
)
_UNDECIDED_REACH = 80
# "France will resume its tests in September": a resumption announced as decided, in an article that names
# the halt it ends (ended: the decision declares the halt over; a hint, order or modal stays threatened)
_PLANNED = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:going\s+)?to)\s+(?:(?:soon|then|now|also)\s+)?$", re.IGNORECASE)


def _halt_named(doc: Document) -> bool:
    return any(h.id == "noun" for i in doc.sentences_with("moratorium", "HALT") for h in doc.hits("moratorium", i, "HALT"))


def _resumptions(doc: Document, index: int, found: list[Match]) -> list[_Halt]:
    """Testing resumed after a halt the article reports ("Chirac resumed testing in 1995"), or
    a threat to restart halted activities ("examine restarting all temporarily suspended
    activities"): the halt's end, or a threat of it."""
    out = []
    s, e = doc.sentences[index]
    for r in doc.hits("moratorium", index, "RESUME"):
        clause = doc.clause_at(r.start)
        first = _first_to(doc, index, r)
        if first is not None:
            out.append(first)
            continue
        avoided = _avoided_before(doc, clause[0], r)
        if avoided and (tests := [o for o in doc.between("moratorium", r.end, min(clause[1], r.end + _RESUME_OBJECT), "TESTOBJ") if o.id == "test"]):
            # "decided to avoid a resumption of testing": the halt kept
            out.append(_Halt(avoided.start, tests[0].end, "in_force", scope_classes(weapon_hits(doc, r.end, tests[0].end)) or article_scope(doc),
                             _halt_actor(doc, index, r, "in_force")))
            continue
        planned = False
        undecided = _UNDECIDED.search(doc.text, max(s, r.start - _UNDECIDED_REACH), r.start)
        if undecided is None and _NOT_RESUMING.search(doc.text, max(s, r.start - 40), r.start):
            continue
        if doc.text[r.start : r.end].lower() == "resumption" and _ACCUSED.search(doc.text, s, r.start):
            continue  # "accused China of preparing ... for a possible resumption of testing": a charge, not a threat
        hi = min(clause[1], r.end + _RESUME_OBJECT)
        halted = [h for h in doc.between("moratorium", r.end, hi, "HALT") if h.id == "verb"]
        tests = [o for o in doc.between("moratorium", r.end, hi, "TESTOBJ") if o.id == "test"]
        if halted and _PARTICIPLE_HALT.fullmatch(doc.text, r.end, halted[0].start) and (
            noun := _PARTICIPLE_NOUN.match(doc.text, halted[0].end)
        ):
            end, earlier = noun.end(), None  # "restarting all temporarily suspended activities"
            if tests and tests[0].start >= halted[0].end:
                end = tests[0].end  # "resuming all suspended nuclear and missile tests": the tests it names
        elif tests and not halted:
            earlier = next((m for m in reversed(found) if m.end <= r.start), None)
            headline = _headline_plan(doc, index, r)
            planned = _PLANNED.search(doc.text, max(clause[0], r.start - 30), r.start) is not None and _halt_named(doc) \
                and not _UNORDERED.search(doc.text, max(s, r.start - _UNDECIDED_REACH), r.start)  # "does not mean ... will resume"
            if earlier is None and not headline and not planned and undecided is None and not _threat_before(doc, index, r, strong=True):
                continue  # resumed (or ordered to resume) testing with no halt in view: a test, not a halt's end
            end = tests[0].end
            if headline:
                out.append(_Halt(r.start, end, "threatened", scope_classes(weapon_hits(doc, r.end, end)) or article_scope(doc),
                                 _halt_actor(doc, index, r, "threatened")))
                continue
        elif not halted and (passive := _passive_resumption(doc, index, r)) is not None:
            # "testing would be resumed only once ...": a resumption announced for its tests, a threat to the halt
            scope = scope_classes(weapon_hits(doc, passive.start, r.end)) or next(
                (m.attrs["scope"] for m in reversed(found) if m.end <= r.start), []) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
            cond = _CONDITION_AFTER.match(doc.text, r.end)
            stop = _CONDITION_END.search(doc.text, r.end, e) if cond else None
            end = stop.start() if stop else r.end  # "... only after X tests first"
            out.append(_Halt(passive.start, end, "threatened", scope, _passive_actor(doc, index, passive, r)))
            continue
        elif not halted and (ref := _WORK_REF.match(doc.text, r.end)) is not None \
                and (prior := _halt_resumed(doc, index, r, found)) is not None:
            # "suspended enrichment in 2003, before ... resuming the work in 2006": that halt's end
            out.append(_Halt(r.start, ref.end(), "ended", prior.scope, _halt_actor(doc, index, r, "ended") or prior.actor))
            continue
        else:
            continue
        if _threat_before(doc, index, r, strong=True) or _ordered_before(doc, r) or undecided is not None:
            status = "threatened"
        elif tests and not halted and planned:
            status = "ended"  # "France will resume its tests in September": the decision declares the halt over
        elif doc.text[r.start : r.end].lower() in _PAST_RESUME:
            status = "ended"
        else:
            continue
        scope = scope_classes(weapon_hits(doc, r.end, end)) or (earlier.attrs["scope"] if earlier else []) \
            or next((m.attrs["scope"] for m in reversed(found) if m.end <= r.start), None) \
            or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(r.start, end, status, scope, _halt_actor(doc, index, r, status)))
    return out


# "to avoid a resumption of testing", "avoiding any return to testing": a halt kept by choice
_AVOID_GAP = re.compile(r"\s+(?:(?:a|an|any|the)\s+)?(?:[\w\-]+\s+)?")


def _avoided_before(doc: Document, lo: int, resume: Hit) -> Hit | None:
    """The 'avoid' whose object is this resumption: the halt kept, so neither its end nor a test."""
    for h in doc.between("moratorium", max(lo, resume.start - 30), resume.start, "AVOID"):
        if _AVOID_GAP.fullmatch(doc.text, h.end, resume.start):
            return h
    return None


# a headline's infinitive plan: "Pyongyang to resume nuclear and missile tests"
_HEADLINE_TO = re.compile(r"[^,.;:!?\"“”]{2,60}\s+to\s+$")
_PASSIVE_RESUMED = re.compile(
    r"\s+(?:will|would|could|shall|may|might|can)\s+(?:only\s+|soon\s+|then\s+)?be\s+$", re.IGNORECASE
)


def _headline_plan(doc: Document, index: int, r: Hit) -> bool:
    """A headline (the article's first line, with no full stop) that announces a resumption of
    tests, in an article that names a halt: a threat to end it."""
    s, e = doc.sentences[index]
    if index != 0 or doc.text[s:e].rstrip().endswith((".", "!", "?", "\"", "”")):
        return False  # a headline carries no full stop
    return bool(_HEADLINE_TO.fullmatch(doc.text, s, r.start)) and len(doc.sentences_with("moratorium", "HALT")) > 0


def _passive_resumption(doc: Document, index: int, r: Hit) -> Hit | None:
    """'nuclear tests will be resumed only if ...': the tests right before a modal passive resumption."""
    if doc.text[r.start : r.end].lower() != "resumed":
        return None
    s = doc.sentences[index][0]
    tests = [o for o in doc.between("moratorium", max(s, r.start - 40), r.start, "TESTOBJ") if o.id == "test"]
    if not tests or not _PASSIVE_RESUMED.fullmatch(doc.text, tests[-1].end, r.start):
        return None
    return tests[-1]


_CONDITION_END = re.compile(r"[,;\"”]")
_CONDITION_AFTER = re.compile(r"\s+(?:only\s+)?(?:if|unless|after|once|when|should)\b", re.IGNORECASE)


def _passive_actor(doc: Document, index: int, tests: Hit, r: Hit) -> str | None:
    """Who would resume agentless tests: a subject before them, else the sentence's speaker; not the
    party named in the condition after ("... only after the United States tests first")."""
    cond = _CONDITION_END.search(doc.text, r.end, doc.sentences[index][1])
    cut = cond.start() if cond else doc.sentences[index][1]
    hits = [h for h in actor_hits(doc, index) if not r.end <= h.start < cut]
    before = [h for h in hits if h.end <= tests.start and not is_object(doc, h)]
    if before:
        return code_of(before[-1])
    after = [h for h in hits if h.start >= cut]
    if after:
        return code_of(after[0])
    actor = actor_at(doc, tests.start)
    conditioned = {code_of(h) for h in actor_hits(doc, index) if r.end <= h.start < cut}
    return None if actor in conditioned else actor


# a resumption ordered, planned or prepared, not yet done: "told the army to get ready for a
# resumption of testing", "ordered the military to resume testing", "plans to restart tests"; not a noun
# ("his announcement to resume testing"): a reference back to an order already told
_ORDERED = re.compile(
    r"\b(?:order(?:ed|s|ing)?|direct(?:ed|s|ing)?|instruct(?:ed|s|ing)?|told|prepar(?:e|es|ed|ing)\s+(?:for|to)|plan(?:s|ned|ning)?\s+to"
    r"|intend(?:s|ed)?\s+to|decid(?:ed|es)\s+to|announc(?:ed|es|ing))\b[^.;]{0,50}$",
    re.IGNORECASE,
)
_ORDER_REACH = 70


def _ordered_before(doc: Document, r: Hit) -> bool:
    """An order, plan or preparation in the resumption's clause before it."""
    clause = doc.clause_at(r.start)
    m = _ORDERED.search(doc.text, max(clause[0], r.start - _ORDER_REACH), r.start)
    # "stopped short of announcing a resumption", "did not order a return to testing": no order
    return m is not None and not _UNORDERED.search(doc.text, max(clause[0], m.start() - 50), r.start)


_UNORDERED = re.compile(
    r"\b(?:not|never|no|short\s+of|without|refrain\w*|declin\w*|denied|denies|deny|rul\w+\s+out|against)\b|n['’]t\b",
    re.IGNORECASE,
)


_ACCUSED = re.compile(r"\b(?:accus|alleg|suspect|charg)\w*", re.IGNORECASE)
# "resuming the work": the halted activity, named back
_WORK_REF = re.compile(r"\s+(?:the|that|this|its|their)\s+(?:work|activity|activities)\b|\s+it\b(?!\s+(?:to|is|was|would|will)\b)", re.IGNORECASE)
# "halted X ..., before / and then / later resuming": the resumption follows the halt in the telling
_RESUMED_LINK = re.compile(r"\b(?:before|then|later|until)\s+(?:[\w.\-’']+\s+){0,8}$", re.IGNORECASE)
_RESUMED_REACH = 160


def _halt_resumed(doc: Document, index: int, r: Hit, found: list[Match]) -> _Halt | None:
    """A past halt earlier in the sentence that a participle resumption ('resuming the work') ends."""
    if doc.text[r.start : r.end].lower() not in ("resuming", "resumed", "restarting", "restarted"):
        return None
    s = doc.sentences[index][0]
    halts = [h for h in doc.between("moratorium", max(s, r.start - _RESUMED_REACH), r.start, "HALT") if h.id == "verb"]
    if not halts or not _RESUMED_LINK.search(doc.text, halts[-1].end, r.start):
        return None
    if not doc.text[halts[-1].start : halts[-1].end].lower().endswith("ed"):
        return None
    return _halt_of(doc, index, halts[-1], found)


# "will not be the first to resume explosive testing": a no-first-test pledge, a halt kept
_FIRST_TO = re.compile(
    r"\b(?:(not|never)|(neither|none)(?:\s+(?:side|country|state|of\s+them))?)\s+(?:[\w\-]+\s+){0,2}?(?:be|being)\s+(?:the\s+)?first"
    r"(?:\s+(?:country|state|nation|power|side|one))?(?:\s+(?:in|among|of)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?\s+to\s+$",
    re.IGNORECASE,
)
_FIRST_TO_BACK = 90
_FIRST_OTHER = re.compile(r"\b(?:talks|negotiations|dialogue|on|about|over)\b", re.IGNORECASE)


def _first_to(doc: Document, index: int, r: Hit) -> _Halt | None:
    s, e = doc.sentences[index]
    m = _FIRST_TO.search(doc.text, max(s, r.start - _FIRST_TO_BACK), r.start)
    if m is None:
        return None
    tests = [o for o in doc.between("moratorium", r.end, min(e, r.end + _RESUME_OBJECT), "TESTOBJ") if o.id == "test"]
    if not tests or _FIRST_OTHER.search(doc.text, r.end, tests[0].start):
        return None  # "not be the first to resume talks on missile tests": another thing resumed
    end = tests[0].end
    scope = scope_classes(weapon_hits(doc, r.end, end)) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
    actor = None if m.group(2) else _halt_actor(doc, index, r, "in_force")
    return _Halt(m.start(), end, "in_force", scope, actor)


_MIRROR_REACH = 60
_MIRROR_BACK = 2  # sentences back to the halt a mirror threat answers


def _mirror_threats(doc: Document, index: int, found: list[Match]) -> list[_Halt]:
    """'we will act in a mirror-like fashion' after 'if someone carries out a test', 'would
    "mirror" any U.S. nuclear test': matching another's test, a threat to end one's own halt,
    read so only right after a halt the article has named (else an escalation only)."""
    out: list[_Halt] = []
    if not any(0 <= index - doc.sentence_index(m.start) <= _MIRROR_BACK for m in found):
        return out
    s, e = doc.sentences[index]
    triggers = [h for h in doc.hits("tests", index, "TRIGGER") if h.id == "test"]
    for h in doc.hits("moratorium", index, "MIRROR"):
        after = next((t for t in triggers if 0 <= t.start - h.end <= _MIRROR_REACH), None)
        before = next((t for t in triggers if t.end <= h.start and _CONDITIONAL_TEST.search(doc.text, s, t.start)), None)
        if after is None and before is None:
            continue
        end = after.end if after is not None else h.end
        scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(h.start, end, "threatened", scope, actor_at(doc, h.start)))
        break
    return out


# "should X restart testing, we shall reconsider our stance": another's resumption, then one's own
# restraint put under review: a threat to end that restraint (not "review its sanctions policy")
_REVIEW = re.compile(
    r"\b(?:will|would|shall|must|may|might|could)\s+(?:have\s+to\s+|then\s+|immediately\s+)?(?:review|reconsider|re-?examine|reassess|revisit|rethink)"
    r"\s+(?:its|their|his|her|our|my|the)\s+(?:own\s+)?(?:position|stance|commitment|moratorium|pledge|restraint|adherence|obligations?)\b",
    re.IGNORECASE,
)
_IF_RESUMES = re.compile(r"\b(?:if|should|in\s+case|once|were)\s+(?:[\w.\-\'’]+\s+){0,5}$", re.IGNORECASE)
_REVIEW_REACH = 110


def _position_review(doc: Document, index: int) -> list[_Halt]:
    out: list[_Halt] = []
    s, e = doc.sentences[index]
    for r in doc.hits("moratorium", index, "RESUME"):
        if not _IF_RESUMES.search(doc.text, max(s, r.start - 40), r.start):
            continue
        tests = [o for o in doc.between("moratorium", r.end, min(e, r.end + 40), "TESTOBJ") if o.id == "test"]
        if not tests:
            continue
        m = _REVIEW.search(doc.text, tests[0].end, min(e, tests[0].end + _REVIEW_REACH))
        if m is None:
            continue
        subject = [h for h in actor_hits(doc, index) if tests[0].end <= h.start and h.end <= m.start() and m.start() - h.end <= 3]
        start = subject[-1].start if subject else m.start()
        actor = code_of(subject[-1]) if subject else actor_at(doc, m.start())
        scope = scope_classes(weapon_hits(doc, r.start, tests[0].end)) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(start, m.end(), "threatened", scope, actor))
    return out


_CONDITIONAL_TEST = re.compile(r"\b(?:if|should|once|in\s+case)\s+(?:[\w\-.]+\s+){1,6}$", re.IGNORECASE)
