"""weapons_test: test events with temporal reading (new / historical / prospective), weapon, actor.

The entry point and its flow: find_tests reads each sentence's tests (_tests_in: clauses,
accepted triggers, weapons, time, tester) and settles them across the article. The readings
it calls live in clauses, acceptance (with its combat and objects checks), temporal and
weapons below it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from streams.extract.actors import (
    actor_at,
    actor_hits,
    agent_after,
    code_of,
    joined_pair,
    origin_in,
    owner_at,
)
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.scope import weapon_classes, weapon_hits
from streams.extract.sentences import evidence_span
from streams.extract.weapons_test.acceptance import (
    _SITE_LATER,
    _STAGE_SUBJECT,
    TEST_VERB_NEXT,
    _accepted,
    _altitude,
    _announced_by,
    _civil_power_article,
    _denied,
    _directed_test,
    _kept_testing,
    _more_tests,
    _planned_nuclear_test,
)
from streams.extract.weapons_test.clauses import (
    _LIST_CLAUSE,
    _REPEATED_RECORD,
    _clause_of,
    _clauses,
    _coordinated,
    _Test,
)
from streams.extract.weapons_test.combat import _COMBAT_CLASSES
from streams.extract.weapons_test.objects import _RELATIVE
from streams.extract.weapons_test.temporal import _temporal
from streams.extract.weapons_test.weapons import (
    _THE_BEFORE,
    _THE_COUNTED_BEFORE,
    _VERSION_OBJECT,
    _cruise_article,
    _inherit_weapons,
    _long_range_reading,
    _object_weapons,
    _one_ballistic,
    _own_missile,
    _own_weapons,
    _ranged,
    _satellite_carrier,
    _short_of_nuclear,
    _submarine_launched,
    _such_weapons,
    _version_of,
)

__all__ = ["TEST_VERB_NEXT", "_SITE_LATER", "find_tests"]

# a participle clause going on from the one before: ", placing three satellites into orbit"
_GERUND_CLAUSE = re.compile(r"[\s,;]*[a-z]+ing\s")
# "its nuclear weapons programme", "a growing nuclear arsenal": what a state builds, no weapon tested
_PROGRAMME_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:programmes?|programs?|arsenals?|stockpiles?|ambitions|development|capabilit(?:y|ies))\b", re.IGNORECASE)
_ACCUSED_OF = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|blam(?:e|es|ed|ing))\s+([^,;]{2,30}?)\s+of\s+(?:(?:secretly|illegally|covertly)\s+)?(?:\w+[\s\-]+)?$",
    re.IGNORECASE,
)
_LATTER = re.compile(r"\bthe\s+(?:latter|former)\b", re.IGNORECASE)
_ACCUSE_STEMS = ("accus", "charg", "suspect", "blam")  # _ACCUSED_OF's verbs all open on one
# classes a civil article names too ("its engines passed a ground test"): a test of them alone needs a
# sentence in the weapons domain
_OFF_DOMAIN_CLASSES = frozenset({"engine", "unspecified"})


def _tests_in(doc: Document, index: int, suppressed: list[tuple[int, int]]) -> list[_Test]:
    tests: dict[tuple[int, int], _Test] = {}
    clauses = _clauses(doc, index)
    triggers = doc.hits("tests", index, "TRIGGER")
    if len(triggers) > 1:
        clauses = _coordinated(doc, clauses, triggers)
    bare: dict[tuple[int, int], bool] = {}
    for trigger in triggers:
        clause = _clause_of(clauses, doc, trigger.start)
        accepted = _accepted(doc, index, trigger, clause, suppressed)
        if accepted:
            tests.setdefault(clause, _Test(clause, index)).triggers.append(trigger)
            bare[clause] = bare.get(clause, True) and accepted == "bare"
    for prev, cur in list(pairwise(clauses)):
        # "they have repeatedly test-fired rockets, among them a recent one ...": a list clause split off
        # for a launch of its own rejoins the record when it holds no test of its own
        if prev in tests and cur not in tests and _LIST_CLAUSE.match(doc.text, cur[0]) and _REPEATED_RECORD.search(doc.text, prev[0], cur[0]):
            joined = tests.pop(prev)
            joined.clause = (prev[0], cur[1])
            tests[joined.clause] = joined
            bare[joined.clause] = bare.pop(prev)
            clauses = [c for c in clauses if c != cur and c != prev] + [joined.clause]
            clauses.sort()
    own = list(tests)
    for test in tests.values():
        test.bare = bare[test.clause]
        test.clauses = clauses if clauses is not doc.clauses(index) else None
        hits = _object_weapons(doc, test, _own_weapons(doc, test, weapon_hits(doc, *test.clause)))
        combat = all(t.id == "combat" for t in test.triggers)
        if combat:  # "used ... in a non-nuclear strike": a combat launch is of missiles and rockets
            hits = [h for h in hits if h.id in _COMBAT_CLASSES]
        blasts = all(t.id == "blast" for t in test.triggers)  # "it conducted only 45 explosions": nuclear, not a weapon elsewhere
        if weapon_classes(hits) in ([], ["unspecified"]) and not (blasts and not hits):
            # not a clause denying a test of its own ("it has not set off a nuclear explosion since
            # 1992"): its weapon is the one not tested
            others = [
                c for c in clauses
                if c not in own and not any(c[0] <= t.start < c[1] and _denied(doc, index, t, c) for t in triggers)
            ]
            # not "... as it builds up its nuclear weapons programme": a venture, no weapon tested; nor,
            # for a test of missiles ("a round of missile launches"), a nuclear weapon told elsewhere
            missiles = any(h.id == "missile" for h in hits)
            extra = [
                h for c in others for h in weapon_hits(doc, *c)
                if not _PROGRAMME_AFTER.match(doc.text, h.end) and not (missiles and h.id == "nuclear")
            ]
            if _habit_in_bare_plural(doc, index, test, hits):
                extra = []  # "regularly test-fire missiles, but warn only of long-range launches": a record's own word
            pick = _LATTER.search(doc.text, test.clause[0], test.triggers[0].start)
            if pick and extra:
                # "from the X-1 to the X-5, with the latter first tested in 2012": the one it points back to
                before = [h for h in extra if h.end <= test.clause[0]]
                extra = (before[-1:] if pick.group(0).lower().endswith("latter") else before[:1]) or extra
            if _RELATIVE.match(doc.text, test.clause[0]):
                # "a more powerful solid-fuel engine, which Pyongyang said it had ground-tested": the antecedent
                extra = [h for h in extra if 0 <= test.clause[0] - h.end < 4] or extra
            if [c for c in weapon_classes(extra) if c != "unspecified"]:
                hits = hits + extra
        if not hits and any(_VERSION_OBJECT.match(doc.text, t.end) for t in test.triggers):
            hits = _version_of(doc, index, test.triggers[0])  # "a longer-range version": of the weapon named before
        hits = _long_range_reading(doc, _satellite_carrier(doc, hits))
        test.weapons = _ranged(doc, index, weapon_classes(hits), hits)
        test.weapons = _submarine_launched(doc, test, hits, test.weapons)
        test.weapons = _short_of_nuclear(doc, hits, test.weapons)
        if "icbm" in test.weapons and _cruise_article(doc, index, hits):
            test.weapons = ["cruise_missile" if w == "icbm" else w for w in test.weapons if w != "cruise_missile"]
        if not test.weapons and all(t.id == "asat" for t in test.triggers):
            test.weapons = ["unspecified"]  # "shot down one of its own satellites": the interceptor unnamed
        if not test.weapons and any(_kept_testing(doc, index, t) for t in test.triggers):
            # "has kept testing despite the protests": the weapons of the nearest sentence naming one
            named = next((h for i in range(index, max(-1, index - 3), -1) if (h := doc.hits("weapons", i, "WEAPON"))), [])
            test.weapons = weapon_classes(named)
        # "More tests will follow": the article's weapon, filled in by _inherit_weapons
        more = any(_more_tests(doc, index, t, test.clause) for t in test.triggers)
        if not test.weapons and any(_directed_test(doc, index, t, test.clause) for t in test.triggers):
            test.weapons = ["nuclear"]  # "will direct the agency to prepare to conduct additional tests"
        if not test.weapons and any(_planned_nuclear_test(doc, index, t, test.clause) for t in test.triggers):
            test.weapons = ["nuclear"]  # "could support a test on short notice", on a nuclear test site
        # "test flights of its first Airbus", "its engines passed a ground test"
        if (not test.weapons or set(test.weapons) <= _OFF_DOMAIN_CLASSES) and not more and not doc.sentence_in_domain(index) and not any(
            t.id == "asat"
            # "the first stage splashed down", accepted only after a launch told just before
            or t.id == "flight" and _STAGE_SUBJECT.search(doc.text, max(test.clause[0], t.start - 50), t.start)
            for t in test.triggers
        ):
            test.triggers = []
            continue
        if "engine" in test.weapons and any(t.id in ("fire", "flight") for t in test.triggers) and any(
            h.id == "space_launch" for h in doc.hits("weapons", index, "WEAPON")
        ):  # "powered by a solid-fuel motor ... two more launches before an orbital attempt": launches
            test.weapons = [w for w in test.weapons if w not in ("engine", "unspecified")] or ["space_launch"]
        test.generic = bool(hits)
        test.named = any(h.id == "unspecified" or (h.id == "missile" and _own_missile(doc, h)) for h in hits)
        test.rocket = bool(hits) and all(doc.text.startswith(("rocket", "Rocket"), h.start) for h in hits)
        test.back = bool(hits) and all(
            h.id == "missile" and (_THE_BEFORE.search(doc.text, max(0, h.start - 6), h.start) or _THE_COUNTED_BEFORE.search(doc.text, max(0, h.start - 14), h.start))
            for h in hits
        )
        if not hits and any(t.id == "blast" for t in test.triggers):
            test.weapons = ["nuclear"]  # "detonated a device", "an underground explosion"
        test.temporal = "prospective" if more else _temporal(doc, index, test)
        first = test.triggers[0]
        test.habitual = any(
            h.id == "habit" and 0 <= first.start - h.end < 30 for h in doc.hits("tests", index, "HISTORICAL")
        )
        pos = test.triggers[0].start
        accused = _accused(doc, index, pos)
        if _by_pair(doc, index, test.triggers[-1]):
            test.actor = None  # "could spur tests by Moscow and Beijing": two states, no single actor
        else:
            # "was used by Moscow against ...": a passive use names its user after it
            agent = agent_after(doc, pos) if combat else None
            test.actor = agent or accused or owner_at(doc, index, pos) or actor_at(doc, pos) or agent_after(doc, pos) or origin_in(doc, index)
        if test.actor is None:
            test.actor = _on_behalf(doc, index, test)
        if (by := _announced_by(doc, index, test)) is not None:
            # "a missile test announced by Tehran": the announcing state's own test, done, whatever the
            # sentence's own verb plans to do about it
            test.actor = by
            if test.temporal == "prospective":
                test.temporal = "new"
    out: list[_Test] = []
    for t in tests.values():
        if not t.triggers:
            continue
        if out and _GERUND_CLAUSE.match(doc.text, t.clause[0]) and any(set(o.weapons) & set(t.weapons) for o in out):
            continue  # "launched a Simorgh carrier ..., placing three satellites into orbit": one launch
        out.append(t)
    # "oversaw a salvo test ..., after South Korea's military detected the launch of ...": a new
    # test nobody is named for is the sentence's other new tester's
    actors = {t.actor for t in out if t.actor and t.temporal == "new"}
    if len(actors) == 1 and any(t.actor is None and t.temporal == "new" for t in out):
        for t in out:
            if t.temporal == "new":
                t.actor = t.actor or next(iter(actors))
    return out


def _habit_in_bare_plural(doc: Document, index: int, test: _Test, hits: list[Hit]) -> bool:
    """"Both states routinely test missiles": a habit summed up in a bare plural of its own (no
    "the missiles" taken up) takes no class from the sentence's other clauses."""
    first = test.triggers[0]
    if not any(h.id == "habit" and 0 <= first.start - h.end < 30 for h in doc.hits("tests", index, "HISTORICAL")):
        return False
    text = doc.text
    return bool(hits) and all(
        h.id == "missile" and text[h.start : h.end].lower().endswith("s") and not _THE_BEFORE.search(text, max(0, h.start - 6), h.start)
        for h in hits
    )


# "The salvo from the frigate was also carried out in the Baltic": a passive "also", the same past told again
_ALSO_DONE = re.compile(r"\b(?:was|were)\s+also\s+(?:carried\s+out|[a-z]+ed)\b")
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _by_pair(doc: Document, index: int, trigger: Hit) -> bool:
    """A test noun whose agent is two states joined by "and" ("tests by Russia and China")."""
    if not doc.text.startswith((" by ", " By "), trigger.end):
        return False
    hits = actor_hits(doc, index)
    return any(
        h.label == "ACTOR" and h.start - trigger.end < 10 and _BY_AGENT.fullmatch(doc.text, trigger.end, h.start)
        and joined_pair(doc, h, hits[i + 1])
        for i, h in enumerate(hits[:-1])
    )


_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|commissioned\s+by|on\s+the\s+orders\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _on_behalf(doc: Document, index: int, test: _Test) -> str | None:
    """"engineers carried out a test on behalf of the Defence Ministry": the state the
    test is run for, named in the clause after the trigger."""
    lo, hi = test.triggers[0].end, test.clause[1]
    if doc.text.find("behalf", lo, hi) < 0 and doc.text.find("order", lo, hi) < 0 and doc.text.find("commissioned", lo, hi) < 0:
        return None
    for h in actor_hits(doc, index):
        if lo <= h.start < hi and h.label == "ACTOR" and _ON_BEHALF.search(doc.text, max(lo, h.start - 30), h.start):
            return code_of(h)
    return None


def _accused(doc: Document, index: int, pos: int) -> str | None:
    """"accusing Russia of flight-testing a cruise missile": the accused state is the tester."""
    lo = max(doc.sentences[index][0], pos - 60)
    window = doc.text[lo:pos].lower()
    if window.isascii() and not any(stem in window for stem in _ACCUSE_STEMS):
        return None  # no accusing verb, no regex scan (non-ASCII may case-fold onto one: ask it)
    m = _ACCUSED_OF.search(doc.text, lo, pos)
    if not m:
        return None
    named = [h for h in actor_hits(doc, index) if m.start(1) <= h.start and h.end <= m.end(1)]
    return code_of(named[0]) if len(named) == 1 else None


def _evidence(doc: Document, test: _Test) -> tuple[int, int]:
    """doc.evidence, on the clauses tests read where they differ from the document's."""
    clauses = test.clauses
    if clauses is None or clauses == doc.clauses(test.sentence):
        return doc.evidence(test.sentence, test.triggers[0].start, test.triggers[-1].end)
    return evidence_span(doc.text, doc.sentences[test.sentence], test.triggers[0].start, test.triggers[-1].end, clauses=clauses)


def find_tests(doc: Document, suppressed: list[tuple[int, int]]) -> list[Match]:
    """Weapons-test mentions, one per clause; tests that a moratorium halts are left to it."""
    if not doc.in_domain:
        return []
    tests = [t for i in doc.sentences_with("tests", "TRIGGER") for t in _tests_in(doc, i, suppressed)]
    if tests and _civil_power_article(doc):
        return []
    # a launch noun naming no weapon is a test only in an article about tests of named weapons
    if any(t.bare for t in tests) and not any(not t.bare and t.weapons not in ([], ["unspecified"]) for t in tests):
        tests = [t for t in tests if not t.bare]
    # "It reached an altitude of 6,000 km": how high a launch told in an earlier sentence went, only
    # after a new test, and not a second mention beside the launch of its own sentence
    heights = [all(h.id == "flight" and _altitude(doc.text[h.start : h.end].lower()) for h in t.triggers) for t in tests]
    tests = [
        t for i, t in enumerate(tests)
        if not heights[i] or (
            any(o.temporal == "new" and o.sentence < t.sentence and not heights[j] for j, o in enumerate(tests[:i]))
            and not any(o.sentence == t.sentence and not heights[j] for j, o in enumerate(tests))
        )
    ]
    _inherit_weapons(doc, tests)
    for i, t in enumerate(tests):
        # "The missile fell into the sea outside Japan's zone": a launch told before, taken up again, is
        # its tester's (not the owner of a place the sentence names)
        told = {o.actor for o in tests[:i] if t.back and o.temporal == t.temporal and o.actor and t.sentence - 1 <= o.sentence <= t.sentence and not o.back}
        if len(told) == 1:
            t.actor = told.pop()
        t.weapons = _one_ballistic(doc, t)
        if t.weapons == ["unspecified"] and (such := _such_weapons(doc, t)):
            t.weapons = such
    for previous, t in pairwise(tests):
        # "Pakistan had test-fired its Abdali in 2025. It also flew a Fatah rocket": the same past, undated
        if (
            t.temporal == "new" and previous.temporal == "historical" and previous.sentence == t.sentence - 1
            and (doc.text.endswith("also ", max(0, t.triggers[0].start - 5), t.triggers[0].start) or _ALSO_DONE.search(doc.text, *t.clause))
            and not doc.dates(*t.clause, future=False)
        ):
            t.temporal = "historical"
            if t.weapons == ["unspecified"] and t.back and previous.weapons not in ([], ["unspecified"]):
                t.weapons = list(previous.weapons)  # "The launch was also held at sea as the missile ...": that past launch's missile
    out = []
    for t in tests:
        s, e = _evidence(doc, t)
        weapon: str | list[str] = t.weapons[0] if len(t.weapons) == 1 else t.weapons
        attrs = {"temporal": t.temporal, "weapon": weapon, "actor": t.actor}
        out.append(Match(kind="weapons_test", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    return out
