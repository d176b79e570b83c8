"""weapons_test: test events with temporal reading (new / historical / prospective), weapon, actor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from streams.extract.actors import actor_at, agent_after, origin_in, owner_at
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.scope import weapon_classes, weapon_hits

NEW_WINDOW = timedelta(days=17)
_NOUNS = re.compile(r"(?:flight\s|test[\s-])?(?:tests?|testing|launch(?:es)?|blasts?|explosions?|detonations?|firings?|salvos?|flights?)$", re.IGNORECASE)
_DEFINITE_NP = re.compile(r"\b(?:(?:the|this|these|those|such)\s+(?:[\w’'\-]+\s+){0,4}|that\s+)$", re.IGNORECASE)
_POSSESSIVE_NP = re.compile(r"(?:\b(?:its|their|his|her|our)|\w['’]s)\s+(?:[\w’'\-]+\s+){0,4}$", re.IGNORECASE)
_VERB_CONTEXT = re.compile(
    r"\b(?:would|will|could|may|might|to|can|did|does|not|shall|must"
    r"|start(?:s|ed)?|begin|begins|began|begun|restart(?:s|ed)?|continue[sd]?)\s+$",  # "to start testing"
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(r"[\s\-‐‑–]*(?:site|pad|ground|station|facility|stand|bed|vehicle|window|ban|ban\s+treaty)s?\b", re.IGNORECASE)
_SINCE_FIRST = re.compile(r"\b(?:first|largest|biggest|longest|highest|only)\b[^,;]*\bsince\s+(?:\w+\.?\s+){0,2}$", re.IGNORECASE)
# "ended its moratorium with an underground blast": the test that ends a halt is no object of it
_MEANS = re.compile(r"\b(?:with|by)\s+(?:(?:a|an|the|its|their|another)\s+)?(?:(?!of\b|on\b)[\w\-'’]+\s+){0,3}$", re.IGNORECASE)
# a summary over a past span of years, after the trigger
_PAST_PERIOD = re.compile(
    r"[^,;]{0,40}?\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years|decades?)|in\s+recent\s+years)\b",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(r"\b(?:after|following)\s+(?!the\s+end\b)", re.IGNORECASE)
_NEG_WINDOW = 28
_PROSPECTIVE_WINDOW = 70


@dataclass
class _Test:
    clause: tuple[int, int]
    sentence: int
    triggers: list[Hit] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    generic: bool = False  # the text names a weapon, but no class
    named: bool = False  # ... or one whose class is `unspecified` ("an underwater attack drone")
    temporal: str = "new"
    actor: str | None = None


def _own_event(doc: Document, trigger: Hit, start: int, end: int) -> bool:
    """A test inside a halt's span that is an event of its own, not the halt's object: the test
    that ends it ("ended its moratorium with an underground blast"), or one reported before the
    halt word with its own verb ("last conducted a nuclear test in 1992 and has maintained a
    moratorium since then")."""
    text = doc.text
    means = _MEANS.search(text, max(start, trigger.start - 60), trigger.start)
    # "by its commitment to suspend testing" names a halt word between: its object after all
    if means and not doc.between("moratorium", means.start(), trigger.start, "HALT"):
        return True
    if not doc.between("moratorium", trigger.end, end, "HALT"):
        return False
    lo = max(start, trigger.start - 40)
    return any(h.end <= trigger.start for h in doc.between("tests", lo, trigger.start, "SUPPORT"))


def _negated(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    lo = max(clause[0], trigger.start - _NEG_WINDOW)
    return any(h.start >= lo and h.end <= trigger.start for h in doc.hits("tests", index, "NEGATION"))


def _accepted(doc: Document, index: int, trigger: Hit, clause: tuple[int, int], suppressed: list[tuple[int, int]]) -> bool:
    """Whether a trigger word reports a weapons test rather than a bank, a drug or a ban."""
    text = doc.text
    if any(s <= trigger.start < e and not _own_event(doc, trigger, s, e) for s, e in suppressed):
        return False
    if _SITE_AFTER.match(text, trigger.end) and trigger.id in ("fire", "test"):
        return False
    if any(h.start <= trigger.start < h.end for h in doc.hits("domain", index, "DISTRACTOR")):
        return False
    if _negated(doc, index, trigger, clause):
        return False
    weapons = weapon_hits(doc, *clause)
    near = [h for h in weapons if abs(h.start - trigger.start) < 70]
    if trigger.id == "flight":
        return any(0 <= trigger.start - h.end < 40 for h in weapons)
    if trigger.id in ("fire", "blast") and not near:
        return False
    if trigger.id == "resume":
        after = doc.between("moratorium", trigger.end, min(clause[1], trigger.end + 45), "TESTOBJ")
        return any(h.id == "test" for h in after)  # resuming enrichment is no test
    support = doc.between("tests", clause[0], clause[1], "SUPPORT")
    dated = [d for d in doc.dates(clause[0], clause[1], future=False) if not d.relative]  # "within 48 hours of" dates no event
    if trigger.id == "test" and not (near or support or dated or _SITE_AFTER.search(text, trigger.end, clause[1])):
        return False
    before = text[max(clause[0], trigger.start - 50) : trigger.start]
    if _NOUNS.search(text[trigger.start : trigger.end]) and not _VERB_CONTEXT.search(before):
        verbs = [h for h in doc.between("tests", clause[0], clause[1], "TRIGGER") if not _NOUNS.search(text[h.start : h.end])]
        planned = doc.between("tests", clause[0], trigger.start, "PROSPECTIVE")
        if _DEFINITE_NP.search(before):
            if not (support or dated or verbs):
                return False
        elif not (support or dated or verbs or planned or _POSSESSIVE_NP.search(before)):
            return False
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    return not distracted or bool(near)


def _temporal(doc: Document, index: int, test: _Test) -> str:
    """Prospective on a modal or plan cue before the trigger; historical on an old anchor; else new."""
    first = test.triggers[0]
    lo = max(test.clause[0], first.start - _PROSPECTIVE_WINDOW)
    cues = [h for h in doc.hits("tests", index) if h.start >= lo and h.end <= first.start]
    blocked = [h for h in cues if h.label == "NOTPROSPECTIVE"]
    for h in cues:
        if h.label == "PROSPECTIVE" and not any(b.start <= h.start < b.end for b in blocked):
            return "prospective"
    if any(h.label == "HISTORICAL" for h in cues):
        return "historical"
    if _PAST_PERIOD.match(doc.text, test.triggers[-1].end, test.clause[1]):
        return "historical"  # "hundreds of hypersonic tests over the past five years"
    s, e = doc.sentences[index]
    last = test.triggers[-1].end
    anchors = _anchors(doc, *test.clause, after=last) or _anchors(doc, s, e, after=last)
    if anchors and min(anchors) < doc.published - NEW_WINDOW:
        return "historical"
    return "new"


def _anchors(doc: Document, start: int, end: int, *, after: int | None = None) -> list:
    """Dates of the span that may date the test: not the "since" of a "first ... since", nor a
    vague date of an earlier event the test follows ("after two failed attempts earlier this year")."""
    out = []
    for d in doc.dates(start, end, future=False):
        if d.value is None or _SINCE_FIRST.search(doc.text, start, d.start):
            continue
        if d.vague_past and after is not None and _FOLLOWING.search(doc.text, after, d.start):
            continue
        out.append(d.value)
    return out


# "and has displayed its DF-41 ...": a second predicate of the clause, whose weapons are not the test's
_NEXT_PREDICATE = re.compile(r"\s(?:and|but)\s+(?:has|have|had|is|are|was|were)\s+(?!been\b|also\b|since\b)[a-z]+(?:ed|en|ing)\b")
# "the Agni-Prime medium-range ballistic missile": a name and its class description, one weapon
_SAME_NP = re.compile(r"[\s\-\w]{0,25}")
_RANGED = frozenset({"icbm", "irbm", "srbm", "slbm", "long_range_missile"})


def _own_weapons(doc: Document, test: _Test, hits: list[Hit]) -> list[Hit]:
    """The clause's weapons that the test is about: none after a second predicate that no
    trigger shares, and no bare `ballistic_missile` where a ranged class names the same weapon."""
    last = test.triggers[-1].end
    cut = _NEXT_PREDICATE.search(doc.text, last, test.clause[1])
    if cut:
        hits = [h for h in hits if h.start < cut.start()]
    ranged = [h for h in hits if h.id in _RANGED]
    if not ranged or not any(h.id == "ballistic_missile" for h in hits):
        return hits
    text = doc.text

    def beside(h: Hit) -> bool:
        for r in ranged:
            lo, hi = (h.end, r.start) if h.end <= r.start else (r.end, h.start)
            if hi >= lo and _SAME_NP.fullmatch(text, lo, hi) and not re.search(r"\b(?:and|or)\b", text[lo:hi]):
                return True
        return False

    return [h for h in hits if h.id != "ballistic_missile" or not beside(h)]


def _tests_in(doc: Document, index: int, suppressed: list[tuple[int, int]]) -> list[_Test]:
    tests: dict[tuple[int, int], _Test] = {}
    for trigger in doc.hits("tests", index, "TRIGGER"):
        clause = doc.clause_at(trigger.start)
        if _accepted(doc, index, trigger, clause, suppressed):
            tests.setdefault(clause, _Test(clause, index)).triggers.append(trigger)
    own = list(tests)
    for test in tests.values():
        hits = _own_weapons(doc, test, weapon_hits(doc, *test.clause))
        if weapon_classes(hits) in ([], ["unspecified"]):
            others = [c for c in doc.clauses(index) if c not in own]
            extra = [h for c in others for h in weapon_hits(doc, *c)]
            if [c for c in weapon_classes(extra) if c != "unspecified"]:
                hits = hits + extra
        test.weapons = weapon_classes(hits)
        test.generic = bool(hits)
        test.named = any(h.id == "unspecified" for h in hits)
        if not hits and any(t.id == "blast" for t in doc.between("tests", *test.clause, "TRIGGER")):
            test.weapons = ["nuclear"]  # "detonated a device", "an underground explosion"
        test.temporal = _temporal(doc, index, test)
        pos = test.triggers[0].start
        test.actor = owner_at(doc, index, pos) or actor_at(doc, pos) or agent_after(doc, pos) or origin_in(doc, index)
    return list(tests.values())


def _inherit_weapons(tests: list[_Test]) -> None:
    """An unnamed weapon is the previous sentence's, or the article's only class of new test."""
    article = {w for t in tests if t.temporal == "new" and t.weapons != ["unspecified"] for w in t.weapons}
    for i, test in enumerate(tests):
        if test.weapons and test.weapons != ["unspecified"]:
            continue
        previous = [t for t in tests[:i] if t.sentence == test.sentence - 1 and t.weapons]
        if previous and test.generic and previous[-1].weapons != ["unspecified"] and not test.weapons == ["unspecified"] or (
            previous and not test.generic
        ):
            test.weapons = list(previous[-1].weapons)
        elif not test.generic and len(article) == 1:
            test.weapons = sorted(article)
        elif test.generic and previous and test.weapons == ["unspecified"] and not test.named:
            test.weapons = list(previous[-1].weapons)
        if not test.weapons:
            test.weapons = ["unspecified"]


def find_tests(doc: Document, suppressed: list[tuple[int, int]]) -> list[Match]:
    """Weapons-test mentions, one per clause; tests that a moratorium halts are left to it."""
    if not doc.in_domain:
        return []
    tests = [t for i in doc.sentences_with("tests", "TRIGGER") for t in _tests_in(doc, i, suppressed)]
    _inherit_weapons(tests)
    out = []
    for t in tests:
        s, e = doc.evidence(t.sentence, t.triggers[0].start, t.triggers[-1].end)
        weapon: str | list[str] = t.weapons[0] if len(t.weapons) == 1 else t.weapons
        attrs = {"temporal": t.temporal, "weapon": weapon, "actor": t.actor}
        out.append(Match(kind="weapons_test", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    return out
