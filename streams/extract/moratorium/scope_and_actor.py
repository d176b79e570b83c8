"""What a halt covers (the tested weapons that make its scope) and which state it binds (its actor).

Apart from the halt words because resumptions and pledges read scope and actor with the same helpers."""

from __future__ import annotations

import re

from streams.extract.actors import actor_at, actor_hits, code_of, is_object, joined_pair
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.moratorium.status import (
    _NEEDED_REACH,
    _NEEDED_THAT,
    _RELATIVE_HALT,
    _RELATIVE_REACH,
    offered,
)
from streams.extract.scope import SCOPE_OF, scope_classes, weapon_hits

_OBJECT_WINDOW = 90
# "will not attempt any provocations, such as nuclear tests": the examples after the comma are the halt's objects
_EXAMPLES = re.compile(r",\s+(?:such\s+as|including)\s", re.IGNORECASE)
_COMMA_LISTED = re.compile(
    r",\s*(?:ballistic\s+|long-range\s+)?(?:missile|nuclear|ICBM|rocket)\s+(?:tests?|testing|launch(?:es)?|activit(?:y|ies))\b", re.IGNORECASE
)
_EXAMPLED = re.compile(r"\b(?:provocations?|actions?|activities|acts|moves)$", re.IGNORECASE)


def _with_examples(doc: Document, clause: tuple[int, int]) -> tuple[int, int]:
    if (m := _EXAMPLES.match(doc.text, clause[1])) is None or not _EXAMPLED.search(doc.text, clause[0], clause[1]):
        if (listed := _COMMA_LISTED.match(doc.text, clause[1])) is not None:
            return clause[0], listed.end()  # headline style "a halt to nuclear, missile tests": the comma is an "and"
        return clause
    return clause[0], doc.clause_at(m.end())[1]


_RAISED_BEFORE = re.compile(
    r"\band\s+(?:(?:to|will|would|also)\s+)?(?:step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up|speed(?:s|ing)?\s+up|sped\s+up"
    r"|expand(?:s|ed|ing)?|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|intensif(?:y|ies|ied|ying)"
    r"|resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?)\s+(?:(?:its|their|the|his|her)\s+)?$",
    re.IGNORECASE,
)


def _object_scope(doc: Document, index: int, trigger: Hit) -> tuple[list[Hit], bool]:
    """Weapon mentions the halt covers and whether it names a testing object at all."""
    clause = _with_examples(doc, doc.clause_at(trigger.start))
    if trigger.id == "noun" and doc.text[trigger.start : trigger.end].lower() == "on hold":
        lo, hi = max(clause[0], trigger.start - _OBJECT_WINDOW), trigger.start
    else:
        lo, hi = trigger.end, min(clause[1], trigger.end + _OBJECT_WINDOW)
    objects = doc.between("moratorium", lo, hi, "TESTOBJ")
    if objects:
        # "halt the inspections and step up enrichment": the work raised after 'and' is not halted
        objects = [o for o in objects if not _RAISED_BEFORE.search(doc.text, max(lo, o.start - 30), o.start)]
    weapons = weapon_hits(doc, lo, hi)
    if objects and (heads := _tested_warheads(doc, objects, lo, hi)):
        weapons = sorted(weapons + heads, key=lambda h: h.start)
    if not objects and (before := _object_before(doc, clause, trigger)) is not None:
        return before
    if objects and all(o.id in ("deploy", "programme") for o in objects):
        objects = [o for o in objects if _object_counts(doc, trigger, o, weapons)]
        if not objects:
            return weapons, False  # "a freeze on its nuclear programme": weapons, no testing object
        if objects[0].id == "programme":  # "ended the programme": the tests named before it
            weapons = weapon_hits(doc, doc.sentences[index][0], trigger.start)
    if not objects and weapons and trigger.id == "verb" and _WEAPON_NEXT.match(doc.text, trigger.end, weapons[0].start) \
            and doc.text[trigger.end - 7 : trigger.end].lower() == "testing" \
            and not _NOT_BEFORE.search(doc.text, max(clause[0], trigger.start - 16), trigger.start):
        return weapons, True  # "had stopped testing long-range missiles": the halt verb names the tests itself
    if not objects and weapons and trigger.id == "verb" and _TEST_IN_VERB.search(doc.text, max(0, trigger.end - 14), trigger.end) \
            and _WEAPON_AFTER.fullmatch(doc.text, trigger.end, weapons[0].start) \
            and not (_BARE_FIRE_NO.search(doc.text, max(0, trigger.end - 14), trigger.end) and _AT_TARGET.match(doc.text, weapons[0].end)):
        return weapons, True  # "vowed not to flight-test its new rockets", "will launch no missiles": the verb is the test
    if not objects and trigger.id == "verb" and doc.text[trigger.end - 7 : trigger.end].lower() == "testing" \
            and _PAST_STOP.match(doc.text, trigger.end) and doc.sentence_in_domain(index) \
            and not _NOT_BEFORE.search(doc.text, max(clause[0], trigger.start - 16), trigger.start) \
            and any(h.end <= trigger.start and not is_object(doc, h) for h in actor_hits(doc, index)):
        return weapons, True  # "The established nuclear powers stopped testing in the 1990s"
    return weapons, bool(objects)


# a halt verb ending in a testing verb ("pledged not to test", "would not test-fire", "will launch no")
_TEST_IN_VERB = re.compile(r"(?:\btest|\bflight[\s\-]test|\btest[\s\-](?:fire|launch)|\b(?:launch|fire)\s+no)$", re.IGNORECASE)
_WEAPON_AFTER = re.compile(
    r"\s+(?:(?:its|their|the|all|any|new|further|more|such|other)\s+){0,2}"
    r"(?:(?!(?:at|on|in|into|over|near|toward|towards|against|from|with|to|for|and|or)\b)[\w\-]+\s+){0,2}",
    re.IGNORECASE,
)
# "will fire no missiles at its neighbours": a pledge not to attack a target, no halt of testing
_BARE_FIRE_NO = re.compile(r"(?<![\w\-])(?:launch|fire)\s+no$", re.IGNORECASE)
_AT_TARGET = re.compile(r"\s+(?:at|on|upon|toward|towards|against|into)\b", re.IGNORECASE)
_TESTS_OF = re.compile(r"(?:\s+of)?\s+(?:(?:its|their|new|any|all)\s+)?")


def _tested_warheads(doc: Document, objects: list[Hit], lo: int, hi: int) -> list[Hit]:
    """'a freeze on the testing of nuclear warheads and rockets': warheads the tests name (the weapons
    lexicon keeps 'nuclear warheads' out, as a missile's payload), scoped nuclear."""
    warheads = doc.between("moratorium", lo, hi, "WARHEAD")
    return [
        Hit(w.start, w.end, "WEAPON", "nuclear") for w in warheads
        if any(o.id == "test" and o.end <= w.start and _TESTS_OF.fullmatch(doc.text, o.end, w.start) for o in objects)
    ]


# a halt verb on "testing" closed by when it happened: "stopped testing in the 1990s", "... decades ago"
_PAST_STOP = re.compile(
    r"\s*(?:[.;:,)]|$|(?:in|by|during|after|since)\s+(?:the\s+)?(?:(?:early|late|mid)[\s\-]+)?(?:19|20)\d\d"
    r"|(?:decades|years|long)\s+ago|altogether|for\s+good)",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t|\brefus\w*\s+to|\bno\s+plans?\s+to)\s+$", re.IGNORECASE)  # "would not stop testing"
_WEAPON_NEXT = re.compile(r"\s+(?:(?:its|their|the|all|any|new|further)\s+)?")


# "a testing halt", "the nuclear test moratorium", "a missile-launch freeze": a test noun modifying the halt noun
_MODIFIER_GAP = re.compile(r"[\s\-‐‑–]{1,2}")
# "production of fissile material remains suspended", "missile tests have been frozen": a halt told of its subject
_PASSIVE_HALT = re.compile(
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?\s+(?:remains?|remained|stays?|stayed|(?:has|have|had)\s+(?:remained|been))"
    r"\s+(?:still\s+|now\s+|largely\s+|effectively\s+|officially\s+)?$",
    re.IGNORECASE,
)
# "missile tests were suspended in 2018", "test launches were put on hold": a plain passive, told of
# tests in the plural or of a mass noun ("testing was halted"); "the test was halted" is one launch aborted
_PLAIN_PASSIVE = re.compile(
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?)?\s+(?:were|are|was|is)\s+(?:(?:all|also|then|quickly|officially|effectively|indefinitely)\s+)?$",
    re.IGNORECASE,
)
# "... were suspended for an hour because of rain": a pause in the work, not a halt of testing
_PAUSE_ONLY = re.compile(
    r"\bfor\s+(?:an?|a\s+few|several|one|two|three|\d+)\s+(?:minutes?|hours?|days?)\b"
    r"|\b(?:rain|weather|storms?|winds?|fog|technical|fault|glitch|malfunction|anomal(?:y|ies))\b",
    re.IGNORECASE,
)
_MODIFIER_REACH = 45


def _passive_subject(doc: Document, trigger: Hit, found: list[Hit]) -> Hit | None:
    """'enrichment remains suspended', 'the launches have been frozen since May', 'missile tests
    were suspended in 2018': the halted work as subject."""
    if not found or trigger.id != "verb" or _DAMAGE_CAUSE.search(doc.text, trigger.end, doc.sentences[doc.sentence_index(trigger.start)][1]):
        return None
    subject = found[-1]
    if _PASSIVE_HALT.fullmatch(doc.text, subject.end, trigger.start):
        return subject
    word = doc.text[subject.start : subject.end].lower()
    if (word.endswith(("s", "testing", "enrichment"))) and _PLAIN_PASSIVE.fullmatch(doc.text, subject.end, trigger.start) \
            and not _PAUSE_ONLY.search(doc.text, trigger.end, doc.sentences[doc.sentence_index(trigger.start)][1]):
        return subject
    return None


# "enrichment remains suspended after a fire damaged the hall": a halt forced by damage, not declared
# (no "blast" or "explosion": "halted since the last blast" is a test)
_DAMAGE_CAUSE = re.compile(
    r"\b(?:fire|outages?|damag(?:e|ed|ing)|sabotage[d]?|attacks?|strikes?|air\s?raids?|shelling|blackouts?|earthquakes?|flood(?:s|ing)?)\b",
    re.IGNORECASE,
)


def _object_before(doc: Document, clause: tuple[int, int], trigger: Hit) -> tuple[list[Hit], bool] | None:
    """The tests a halt names before itself: as a modifier of a halt noun ("a nuclear testing halt")
    or as the antecedent of a relative clause whose verb is the halt ("tests that it has suspended")."""
    lo = max(doc.sentences[doc.sentence_index(trigger.start)][0], trigger.start - _RELATIVE_REACH)
    found = [o for o in doc.between("moratorium", lo, trigger.start, "TESTOBJ") if o.id in ("test", "activity")]
    if (subject := _passive_subject(doc, trigger, found)) is not None:
        return weapon_hits(doc, max(clause[0], subject.start - _MODIFIER_REACH), subject.end), True
    tests = [o for o in found if o.id == "test"]
    if not tests:
        return None
    obj = tests[-1]
    if trigger.id == "noun" and _MODIFIER_GAP.fullmatch(doc.text, obj.end, trigger.start):
        return weapon_hits(doc, max(clause[0], obj.start - _MODIFIER_REACH), trigger.start), True
    if trigger.id == "verb" and _RELATIVE_HALT.fullmatch(doc.text, obj.end, trigger.start):
        return weapon_hits(doc, max(lo, obj.start - _RELATIVE_REACH), obj.end), True
    if trigger.id == "verb" and doc.text[obj.end : trigger.start].isspace() and _SINCE_NEXT.match(doc.text, trigger.end):
        # "missile flight tests halted since 2018": a participle right after the tests, with the time it has held
        return weapon_hits(doc, max(lo, obj.start - _MODIFIER_REACH), obj.end), True
    return None


_SINCE_NEXT = re.compile(r"\s+(?:ever\s+)?since\s+(?:(?:late|early|mid|the\s+end\s+of)[\s\-]+)?(?:\d|(?-i:[A-Z]))", re.IGNORECASE)


_PROGRAMME_REF = re.compile(r"\s+(?:the|its|their|that|this)\s+$", re.IGNORECASE)
_PROGRAMME_BACK = 300
# "ran 40 atomic tests until its premier called a halt to the programme": a halt noun with its object after 'to'
_HALT_TO = re.compile(r"\s+to\s+(?:the|its|their|that|this)\s+$", re.IGNORECASE)


def _object_counts(doc: Document, trigger: Hit, obj: Hit, weapons: list[Hit]) -> bool:
    """A halt of deployments covers a named weapon class ("refrain from deploying intermediate-range
    missiles"), not troops or a bare 'missile' shield; 'ended the programme' is a testing halt only
    right after the verb and after the sentence has named tests ("France conducted 210 nuclear
    tests ... before Chirac ended the programme")."""
    if obj.id == "deploy":
        return any(w.id not in _GENERIC for w in weapons if w.start >= obj.end) or _range_class(doc, obj) is not None
    if not (trigger.id == "verb" and _PROGRAMME_REF.fullmatch(doc.text, trigger.end, obj.start)) \
            and not (trigger.id == "noun" and _HALT_TO.fullmatch(doc.text, trigger.end, obj.start)):
        return False
    index = doc.sentence_index(trigger.start)
    lo = max(doc.sentences[index][0], trigger.start - _PROGRAMME_BACK)
    tests = [o for o in doc.between("moratorium", lo, trigger.start, "TESTOBJ") if o.id == "test"]
    s, e = doc.sentences[index]
    if tests and (weapon_hits(doc, lo, trigger.start) or weapon_hits(doc, obj.end, e)):
        return True  # "... its final underground explosion in 1992, while France finished their programmes in 1996, the year the Nuclear-Test-Ban Treaty ..."
    # "France paused its programme in 1992 but resumed testing in 1995": tests named after it in its
    # sentence, in an article that names the tests' weapons
    later = [o for o in doc.between("moratorium", obj.end, e, "TESTOBJ") if o.id == "test"]
    return bool(later) and bool(doc.between("tests", obj.end, e, "TRIGGER")) and bool(weapon_hits(doc, max(0, s - _PROGRAMME_BACK), e))


_GENERIC = frozenset({"missile", "unspecified", "engine"})
# a range class of the arms deployed, with a generic head: "deploying shorter- and medium-range strike systems",
# "deployment of intermediate-range nuclear forces" (not "short-range troops")
_RANGE_CLASS = re.compile(
    r"\s+(?:of\s+)?(?:(?:the|its|their|our|new|any|such)\s+)?(?:(?:ground|land|sea)[\s\-]based\s+)?"
    r"(?:(?:intermediate|medium|mid|short|shorter|INF)(?:[\s\-‐‑–]+(?:and|or)\s+(?:intermediate|medium|mid|short|shorter)(?:er)?)?[\s\-‐‑–]+range"
    r"|intermediate[\s\-]+nuclear)\s+(?:(?:strike|missile|nuclear|ballistic|cruise|attack|offensive)\s+)?(?:weapons|forces|systems|arms|missiles|rockets)\b",
    re.IGNORECASE,
)


def _range_class(doc: Document, obj: Hit) -> re.Match[str] | None:
    """A range class right after a deployment object: the deployed arms are missiles of that range."""
    return _RANGE_CLASS.match(doc.text, obj.end)


# "anti-satellite (ASAT) missile tests": a space word modifying the missile it names
_MODIFIES = re.compile(r"[\s\-]*(?:\(\s*[\w\-]{1,12}\s*\)\s*)?|\)\s*")
_HEAD_REACH = 24


def _heads(doc: Document, weapons: list[Hit]) -> list[Hit]:
    """Weapon mentions with a space-launch word that only modifies a missile right after it made
    that missile: "direct-ascent anti-satellite (ASAT) missile tests" are missile tests, not
    launches to orbit."""
    if not any(w.id == "space_launch" for w in weapons):
        return weapons
    out = []
    for w in weapons:
        head = w
        while head.id == "space_launch":
            nxt = next((h for h in doc.between("weapons", head.end, head.end + _HEAD_REACH, "WEAPON") if h.start >= head.end), None)
            if nxt is None or not _MODIFIES.fullmatch(doc.text, head.end, nxt.start):
                break
            head = nxt
        out.append(head if head.id in SCOPE_OF else w)
    return out


_SUCH = re.compile(r"\s+(?:to\s+|on\s+|of\s+)?(?:such|these|those|the\s+same)\s+$", re.IGNORECASE)


def _anaphoric_scope(doc: Document, index: int, trigger: Hit) -> list[str]:
    """'announced a halt to such tests': the tests the previous sentence named."""
    objects = doc.between("moratorium", trigger.end, min(doc.sentences[index][1], trigger.end + 25), "TESTOBJ")
    if not objects or index == 0 or not _SUCH.fullmatch(doc.text, trigger.end, objects[0].start):
        return []
    return scope_classes(weapon_hits(doc, *doc.sentences[index - 1]))


# "nuclear missiles", "nuclear-capable missiles": 'nuclear' only describing the missile deployed
_CARRIER_GAP = re.compile(r"(?:[\s\-]+(?:capable|armed|tipped)\b)?[\s\-]+", re.IGNORECASE)


def _carriers(doc: Document, weapons: list[Hit]) -> list[Hit]:
    """A halt of deployments ("a moratorium on deploying medium-range nuclear missiles") covers the
    missiles, not nuclear testing: a 'nuclear' that only modifies a missile word is not its scope."""
    missiles = {w.start: w for w in weapons if w.id != "nuclear"}
    if not missiles or not any(w.id == "nuclear" for w in weapons):
        return weapons
    return [
        w for w in weapons
        if w.id != "nuclear" or not any(
            (m := _CARRIER_GAP.match(doc.text, w.end)) is not None and m.end() == x for x in missiles
        )
    ]


# "a moratorium that Russia, the United States and China have observed": several states in a relative clause
_LISTED_OBSERVERS = re.compile(
    r"(?:\s+(?:on|of)\s+[^,.;]{1,50}?)?\s+(?:that|which)\s+([^.;]{3,80}?\band\s+[^.;]{2,40}?)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:all\s+|each\s+|both\s+)?(?:observed|kept|respected|honou?red|maintained|upheld|declared)\b",
    re.IGNORECASE,
)


def _listed_observers(doc: Document, trigger: Hit) -> bool:
    m = _LISTED_OBSERVERS.match(doc.text, trigger.end)
    return m is not None and len(doc.between("actors", m.start(1), m.end(1), "ACTOR")) >= 2


# "Russia and the United States have each observed a halt", "India and Pakistan declared test moratoria"
_EACH = re.compile(r"\s+(?:(?:have|has|had|should|would|will|must)\s+)?(?:each|both|all|jointly|together)\b", re.IGNORECASE)


def _coordinated_subject(doc: Document, index: int, trigger: Hit) -> bool:
    """Several states joined by 'and' as the subject of a halt bind none of them alone."""
    s = doc.sentences[index][0]
    before = [h for h in doc.hits("actors", index, "ACTOR") if s <= h.start and h.end <= trigger.start]
    if len(before) < 2 or is_object(doc, before[-2]) or not joined_pair(doc, before[-2], before[-1]):
        return False
    last = before[-1]
    return bool(_EACH.match(doc.text, last.end)) or bool(_SUBJECT_GAP.fullmatch(doc.text, last.end, trigger.start))


# "a moratorium that all the major nuclear powers have observed", "a halt observed by all five": a group of states
_GROUP_OBSERVERS = re.compile(
    r"(?:\s+(?:on|of)\s+[^,.;]{1,50}?)?\s+(?:(?:that|which)\s+(?:(?:all|both|most|many|every|each)\b(?!\s+(?:(?:later|successive|subsequent|new)\s+)?(?:administration|government|president|leader|cabinet)s?\b)|the\s+(?:major|big|main|other|five|nuclear|world)"
    r"|(?:nuclear|nuclear-armed|major)\s+(?:states|powers|nations|countries))\b"
    r"|(?:observed|respected|honou?red|kept|upheld)\s+by\s+(?:all|both|most|every|the\s+(?:major|five|other|nuclear))\b)",
    re.IGNORECASE,
)
# a call addressed to many states: "urged all nuclear-armed states to", "called on nuclear powers to"
_GROUP_ADDRESSEE = re.compile(
    r"\s+(?:on\s+|upon\s+)?(?:(?:(?:all|every|each|both|other|the)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:states|powers|nations|countries|governments|members|sides|capitals)"
    r"|(?:every|each|any)\s+(?:[\w\-]+\s+)?(?:state|power|nation|country|government|member))\b",
    re.IGNORECASE,
)
# the subject right before a halt's verb phrase: "Iran agreed to suspend", "France paused"
_SUBJECT_GAP = re.compile(r"\s+(?:(?!and\b|or\b|but\b|which\b|who\b|that\b)[a-z][\w\-]*\s+){0,4}$")


def _halt_actor(doc: Document, index: int, trigger: Hit, status: str) -> str | None:
    """The state bound by a halt: the subject right before its verb phrase, else the usual actor;
    a call to a group of states binds none of them; a halt offered binds its subject, as a kept one does."""
    if status == "called_for" and not offered(doc, index, trigger):
        calls = [h for h in doc.hits("moratorium", index, "CALL") if h.end <= trigger.start]
        group = _GROUP_ADDRESSEE.match(doc.text, calls[-1].end, trigger.start) if calls else None
        if group and not doc.between("actors", calls[-1].end, group.end(), "ACTOR"):
            return None
        if calls and trigger.start - calls[-1].end < _ADDRESSEE_REACH:
            # "an ultimatum to Pyongyang to suspend its launches", "urged Iran to halt": the one called on
            told = [h for h in doc.between("actors", calls[-1].end, trigger.start, "ACTOR") if h.end <= trigger.start]
            if told and _TO_HALT.fullmatch(doc.text, told[-1].end, trigger.start):
                return code_of(told[-1])
        if trigger.id == "verb" and (needed := _NEEDED_THAT.search(doc.text, max(doc.sentences[index][0], trigger.start - _NEEDED_REACH), trigger.start)):
            # "it is vital that Pyongyang halts its launches, the envoy said": the that-clause subject is bound
            that = needed.start() + needed.group().lower().rindex("that")
            subject = doc.between("actors", that, trigger.start, "ACTOR")
            if subject:
                return code_of(subject[0])
        return actor_at(doc, trigger.start, prefer_object=True)
    clause = doc.clause_at(trigger.start)
    before = [h for h in doc.hits("actors", index, "ACTOR") if clause[0] <= h.start and h.end <= trigger.start]
    if before and not is_object(doc, before[-1]) and _SUBJECT_GAP.fullmatch(doc.text, before[-1].end, trigger.start):
        return code_of(before[-1])
    # "Kim turned to diplomacy with Trump and announced a halt": the subject of the first verb
    coordinated = [h for h in before if _AND_VERB.match(doc.text, h.end, trigger.start)]
    if coordinated and len(before) > 1 and not is_object(doc, before[0]) and before[0] is not coordinated[-1] \
            and _VERB_NEXT.match(doc.text, before[0].end) and "," not in doc.text[before[0].end : trigger.start]:
        return code_of(before[0])
    sentence_before = [h for h in actor_hits(doc, index) if h.end <= trigger.start]
    if not sentence_before:
        # "Gorbachev announced a moratorium and urged Washington to follow": not the coordinated clause's object
        after = next((h for h in actor_hits(doc, index) if h.start >= trigger.end), None)
        if after is not None and _COORDINATED.search(doc.text, trigger.end, after.start):
            for back in range(index - 1, max(-1, index - 3), -1):
                previous = [h for h in actor_hits(doc, back) if not is_object(doc, h)]
                if previous:
                    return code_of(previous[-1])
            return None
    return actor_at(doc, trigger.start)


_ADDRESSEE_REACH = 60
_TO_HALT = re.compile(r"\s+to\s+(?:(?:immediately|fully|permanently|temporarily)\s+)?")
_VERB_NEXT = re.compile(r"\s+(?!(?:and|or|but|of|in|on|at|to|for|with|from|by|which|who)\b)[a-z]+\b")
_AND_VERB = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+and\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\s+(?:[\w\-]+\s+){0,3}$")
_COORDINATED = re.compile(r"(?:,|\band\b|\bbut\b|;)")


_JOINT_SUBJECT = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?:both|neither|the\s+two\s+(?:countries|sides|nations|neighbou?rs|states|powers))\b",
    re.IGNORECASE,
)
