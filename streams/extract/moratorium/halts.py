"""Halt words (moratorium, freeze, suspend, ban, ...) read as a halt of testing, or dismissed.

The core reader on its own: one halt word in, one _Halt (or None) out, through _halt_of."""

from __future__ import annotations

import re

from streams.extract.actors import actor_hits, code_of, is_object
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.moratorium.scope_and_actor import (
    _GROUP_OBSERVERS,
    _HEAD_REACH,
    _JOINT_SUBJECT,
    _OBJECT_WINDOW,
    _SUBJECT_GAP,
    _anaphoric_scope,
    _carriers,
    _coordinated_subject,
    _halt_actor,
    _heads,
    _listed_observers,
    _object_scope,
    _passive_subject,
    _range_class,
    _with_examples,
)
from streams.extract.moratorium.status import (
    _CALL_FROM_TO,
    _CALLED_BAN_REACH,
    _RELATIVE_REACH,
    MUST_BE,
    _chamber_passed,
    _Halt,
    _relative_status,
    _status,
)
from streams.extract.scope import article_scope, scope_classes, weapon_hits
from streams.extract.weapons_test import TEST_VERB_NEXT

_BARE_NOUNS = frozenset({"moratorium", "moratoriums", "moratoria", "self-imposed", "self imposed"})
_END_OF = re.compile(r"[\s\-‐‑–]+of\b", re.IGNORECASE)  # "end of the year", "end-of-year"
_BREAK_WINDOW = 70
# the halt noun closes the phrase: "... testing after a 30-year pause", "... tests, ending a hiatus"
_BREAK_LINK = re.compile(
    r"\b(?:after|ending|ended|breaking|broke|following)\s+(?:a|an|its|their|the|his|her)\s+"
    r"(?:[\w\-]+\s+){0,3}$", re.IGNORECASE
)


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


_BAN_WORD = re.compile(r"\bban")


# halt verbs that end a test programme but finish a single test: only with a programme object
_PROGRAMME_ONLY = frozenset({"finished", "concluded", "completed", "wound up", "winding up", "wrapped up"})
# "completed its nuclear test programme", "concluded its final series of nuclear tests": the end of a
# state's testing (a halt in force), not "completed a series of missile tests" (one more batch)
_PROGRAMME_END = re.compile(
    r"\s+(?:its|their|his|her|the|this|that)\s+(?:(?:[\w\-]+\s+){0,3}?test(?:ing)?[\s\-]+(?:program(?:me)?s?|campaigns?)\b"
    r"|(?:final|last|last-ever)\s+(?:series|round|campaign)\s+of\s+(?:[\w\-]+\s+){0,3}?(?:tests|testing|explosions|detonations)\b)",
    re.IGNORECASE,
)
# a halt verb whose object is a halt noun: "to end its moratorium", "lift the self-imposed freeze"
_HALT_OBJECT = re.compile(r"\s+(?:its|their|his|her|the|this|that|a)\s+(?:[\w\-]+\s+){0,2}", re.IGNORECASE)
# "the (definitive|formal) end of": an end noun, not a verb
_NOUN_END = re.compile(r"\b(?:the|an|its|their|his|her)\s+(?:(?:definitive|formal|final|complete|permanent|official)\s+)?$", re.IGNORECASE)
# "end of French testing", "end of all nuclear tests", "end of its test programme": only a few modifiers before the tests
_END_OF_TESTS = re.compile(r"\s+(?:(?!the\b|a\b|this\b|that\b|next\b)[\w\-]+\s+){0,2}")


def _halt_as_object(doc: Document, trigger: Hit, clause: tuple[int, int]) -> bool:
    if not _HALT_OBJECT.match(doc.text, trigger.end):
        return False
    nouns = doc.between("moratorium", trigger.end, min(clause[1], trigger.end + 40), "HALT")
    return bool(nouns) and nouns[0].id == "noun" and bool(_HALT_OBJECT.fullmatch(doc.text, trigger.end, nouns[0].start))


_NON_TEST_HEAD = re.compile(
    r"[\s\-]+(?:drills?|exercises?|maneuvers|manoeuvres|patrols?|sales?|exports?|imports?|shipments?|transfers?|deliveries|"
    r"supplies|strikes?|attacks?|barrages?|fire)\b",
    re.IGNORECASE,
)


_CIVIL_REACH = 40
_PRICE = re.compile(r"\bfor[\s\-]+(?:[\w]+[\s\-]+)?$", re.IGNORECASE)
_RELATIVE_NEXT = re.compile(r"\s*,?\s+(?:which|that)\b", re.IGNORECASE)


def _civil_object(doc: Document, trigger: Hit, clause: tuple[int, int], weapons: list[Hit]) -> bool:
    """A halt whose object is building or running nuclear power ("a freeze on new reactors", "a
    moratorium on nuclear power plant construction"), with no missile or test named before it."""
    # "scrapping a freeze, which for years had barred the erection of ...": its relative clause names the object
    reach = _OBJECT_WINDOW if _RELATIVE_NEXT.match(doc.text, trigger.end) else _CIVIL_REACH
    hi = min(doc.sentences[doc.sentence_index(trigger.start)][1] if reach == _OBJECT_WINDOW else clause[1], trigger.end + reach)
    # "a freeze-for-aid bargain", "halted tests in return for aid": what a halt is traded for is no object of it
    civil = [c for c in doc.between("moratorium", trigger.end, hi, "CIVIL") if not _PRICE.search(doc.text, max(0, c.start - 30), c.start)]
    if not civil:
        return False
    tests = [o for o in doc.between("moratorium", trigger.end, civil[0].start, "TESTOBJ") if o.id in ("test", "deploy")]
    return not tests and all(w.id == "nuclear" or w.start >= civil[0].start for w in weapons)


_BOUND_REACH = 50
_IMPOSED_BY = re.compile(r"(?:\s+(?:(?:on|of)\s+)?[^,.;]{1,60}?)?,?\s+(?:(?:that|which)\s+(?:was|were|is|are|has\s+been)\s+)?(?:imposed|enforced|laid\s+down)\s+by\b", re.IGNORECASE)
# prohibiting words name a halt only where one is urged or legislated ("a bill to prohibit ... tests")
# or kept ("bound by the prohibition of tests"); else a ban others impose, at most optional
_PROHIBIT = ("prohibit", "forbid", "forbade", "outlaw", "bar", "block")
# "has decided to ban all its nuclear tests": a state's own decision to halt, not a ban others impose
_DECIDED_BAN = ("decided to", "decides to", "decide to", "decision to", "chosen to", "chose to", "opted to", "opts to")


def _bound_before(doc: Document, index: int, trigger: Hit) -> bool:
    return any(0 <= trigger.start - h.end <= _BOUND_REACH for h in doc.hits("moratorium", index, "BOUND", "ADHERE"))


_CALL_TO_BAN = re.compile(r"\s+(?:[\w.\-’']+\s+){0,6}?(?:to|in)\s+(?:(?:[\w.\-]+\s+){0,5}in\s+)?$", re.IGNORECASE)


# "Senate approval last month of a one-year ban", "support for a ban": the call's own noun phrase
_CALL_A_BAN = re.compile(
    r"(?:\s+[\w.\-’']+){0,4}?\s+(?:of|for)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}|\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}", re.IGNORECASE
)
# a headline's call with no article: "Proposes Bilateral Nuclear Test Ban Pact", "Urges Nuclear Test Ban"
_CALL_A_BAN_BARE = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,2}")
_BAN_TALKS = re.compile(r"\s+(?:talks|negotiations|conference|treaty|regime|verification)\b", re.IGNORECASE)


def _called_ban(doc: Document, index: int, trigger: Hit) -> bool:
    """'called on nations to join it in banning such tests', 'urged states to ban ...', 'House
    approval of a ban', a ban passed by a chamber: a ban of tests urged or legislated, a halt
    called for (a treaty's ban stays out)."""
    clause = doc.clause_at(trigger.start)
    return any(
        h.id == "call" and 0 <= trigger.start - h.end <= _CALLED_BAN_REACH
        and (_CALL_TO_BAN.fullmatch(doc.text, h.end, trigger.start) or _CALL_A_BAN.fullmatch(doc.text, h.end, trigger.start)
             or (_title_case(doc, h) and _CALL_A_BAN_BARE.fullmatch(doc.text, h.end, trigger.start)
                 and not _BAN_TALKS.match(doc.text, trigger.end)))
        for h in doc.hits("moratorium", index, "CALL")
    ) or _chamber_passed(doc, clause, trigger) or bool(doc.between("moratorium", trigger.end, clause[1], "CALLED"))


# "threatened to scrap its missile testing ban": an end word right before the ban it ends (not a treaty's)
_END_BAN_GAP = re.compile(r"\s+(?:(?:its|their|his|her|our|the|a|this|that)\s+)?(?:[\w\-’']+\s+){0,3}", re.IGNORECASE)
# "the premier prolongs his country's ban on atomic tests", a headline's "Test Ban Renewed By Moscow"
_EXTENDING = re.compile(
    r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?)\s+(?:(?:its|their|his|her|our|the|this|that|[\w.]+['’]s)\s+)?"
    r"(?:[\w\-’']+\s+){0,3}$",
    re.IGNORECASE,
)
_EXTENDED_BY = re.compile(r"\s+(?:(?:was|is|has\s+been)\s+)?(?:extended|prolonged|renewed)\s+by\b", re.IGNORECASE)
_OWN_BAN_REACH = 45


def _own_ban_changed(doc: Document, index: int, trigger: Hit) -> bool:
    """A state ending, threatening to end or prolonging a ban of tests it keeps: the ban is its own
    halt (not "extended the test ban talks", nor a treaty's ban)."""
    if _BAN_TALKS.match(doc.text, trigger.end):
        return False
    if any(
        0 <= trigger.start - h.end <= _OWN_BAN_REACH and _END_BAN_GAP.fullmatch(doc.text, h.end, trigger.start) is not None
        for h in doc.hits("moratorium", index, "END")
    ):
        return True
    lo = max(doc.sentences[index][0], trigger.start - _OWN_BAN_REACH)
    return _EXTENDING.search(doc.text, lo, trigger.start) is not None or _EXTENDED_BY.match(doc.text, trigger.end) is not None


_BAN_ON = re.compile(r"\s+on\b", re.IGNORECASE)


def _extended_ban_triggers(doc: Document, index: int) -> list[Hit]:
    """ "extended the ban on nuclear tests": the phrase the back-reference lexicon reads as "the ban"
    again also opens a ban of its own; its "ban on" as a halt word, which _own_ban_changed then keeps."""
    return [
        Hit(h.end - 3, m.end(), "HALT", "noun")
        for h in doc.hits("moratorium", index, "BANREF")
        if h.id == "extend" and doc.text[h.end - 3 : h.end].lower() == "ban" and (m := _BAN_ON.match(doc.text, h.end)) is not None
    ]


_OWN_BAN_VERBS = frozenset({"bans", "banned"})
_OWN_TESTS = re.compile(r"\s+(?:all\s+|any\s+|further\s+)*(?:(?:its|their)\s+own|(?:its|their)\b)", re.IGNORECASE)
_OWN_SUBJECT_REACH = 40
_OWN_GAP_STOP = re.compile(r"\b(?:from|to|of|at|on|in|near|for|with)\b", re.IGNORECASE)


def _own_ban(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """'Clinton bans all US nuclear test explosions', 'France banned its own tests': a state (its
    leader) banning tests that are its own, a halt it decides; not a treaty's or another state's ban
    ('the treaty bans tests', 'the UN bans North Korea's launches')."""
    if doc.text[trigger.start : trigger.end].lower() not in _OWN_BAN_VERBS:
        return False
    subjects = [h for h in actor_hits(doc, index)
                if clause[0] <= h.start and h.end <= trigger.start and trigger.start - h.end <= _OWN_SUBJECT_REACH and not is_object(doc, h)]
    if not subjects or (code := code_of(subjects[-1])) is None:
        return False
    tests = [o for o in doc.between("moratorium", trigger.end, min(clause[1], trigger.end + 50), "TESTOBJ") if o.id == "test"]
    if not tests or _OWN_GAP_STOP.search(doc.text, trigger.end, tests[0].start):
        return False  # "banned its citizens from visiting the test site": the tests are not what is banned
    if _OWN_TESTS.match(doc.text, trigger.end):
        return True
    owners = [h for h in actor_hits(doc, index) if trigger.end <= h.start and h.end <= tests[0].start]
    return bool(owners) and all(code_of(h) == code for h in owners)


def _title_case(doc: Document, hit: Hit) -> bool:
    """A Title Case headline's word: the call verb itself capitalised mid-sentence ('Pakistan Proposes')."""
    return doc.text[hit.start].isupper() and hit.start > doc.sentences[doc.sentence_index(hit.start)][0]


_DIRECT_GAP = re.compile(r"\s+(?:(?:all|any|further|future|such|its|their|more|new|additional)\s+){0,2}", re.IGNORECASE)


def _direct_tests(doc: Document, trigger: Hit, distracted: list[Hit]) -> bool:
    """'a promise to halt any more tests may free up credit': a halt verb right on its tests, in
    an article about weapons tests, is one whatever off-domain word the rest of the clause holds."""
    if trigger.id != "verb" and doc.text[max(0, trigger.start - 3) : trigger.start].lower() != "to ":
        return False  # "to halt future tests": the noun-or-verb 'halt' as an infinitive
    tests = doc.between("moratorium", trigger.end, trigger.end + 40, "TESTOBJ")
    if not tests or tests[0].id != "test" or not _DIRECT_GAP.fullmatch(doc.text, trigger.end, tests[0].start):
        return False
    return all(d.start >= tests[0].end for d in distracted) and bool(article_scope(doc))


_PRONOUN_TESTS_BACK = 120
_THEM = re.compile(r"\s+them\b(?!\s+(?:to|is|was|would|will)\b)", re.IGNORECASE)


def _pronoun_tests(doc: Document, index: int, trigger: Hit) -> tuple[Hit, int] | None:
    """'them' right after a halt verb, with tests (plural) named earlier in the sentence: those tests,
    and where 'them' ends."""
    if doc.text[trigger.start : trigger.end].lower() not in _INTRANSITIVE or (them := _THEM.match(doc.text, trigger.end)) is None:
        return None
    s = doc.sentences[index][0]
    tests = [
        o for o in doc.between("moratorium", max(s, trigger.start - _PRONOUN_TESTS_BACK), trigger.start, "TESTOBJ")
        if o.id == "test" and doc.text[o.end - 1 : o.end].lower() == "s"
    ]
    return (tests[-1], them.end()) if tests else None


# "the self-imposed deadline to reach a deal": the adjective on a time limit or goal, not on a halt
_SELF_IMPOSED_LIMIT = re.compile(
    r"[\s\-]+(?:[\w\-,]+[\s\-]+){0,3}?(?:deadlines?|cut-?offs?|timelines?|timetables?|target|targets|dates?|ultimatums?|goals?|schedules?|time\s+limits?)\b",
    re.IGNORECASE,
)


_DAY_NEXT = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)


_TEST_WORD = re.compile(r"\b(?:test|missile|weapon|warhead|bomb|explosi)", re.IGNORECASE)  # not "protests"


def _civil_article(doc: Document) -> bool:
    """An article on nuclear power (reactors, plants) that names no test at all; an explosion in a
    sentence on a power plant ("blasts ripped through the reactor halls of the stricken power plant") is an accident."""
    civil = doc.sentences_with("moratorium", "CIVIL")
    if not civil:
        return False
    return not any(
        not (m.group().lower().startswith("explosi") and doc.sentence_index(m.start()) in civil)
        for m in _TEST_WORD.finditer(doc.text)
    )


_MORE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


# a pause of a programme on a technical cause (a failed flight, a review of its data), not a political halt
_TECHNICAL_PAUSE = re.compile(
    r"\b(?:failures?|failed|malfunction\w*|mishaps?|anomal(?:y|ies)|accidents?|glitch\w*|pending\s+(?:a|an|the)\s+(?:technical\s+)?(?:review|investigation|inquiry))\b",
    re.IGNORECASE,
)


_FUND_BACK = 3  # sentences back to the halt whose spending a legislated bar cuts


# "an end to the 1990 range treaty that barred ...": what ends is an arrangement (its own limits are the
# treaty's, at most optional; ending it is escalation), not a halt of testing
_PACT_OBJECT = re.compile(
    r"(?:\s+(?:to|of))?\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w\-’']+\s+){0,3}?(?:treaty|pact|accord|agreement|deal)(?![\w\-])",
    re.IGNORECASE,
)
_CHECKS_OBJECT = re.compile(
    r"(?:\s+(?:to|on|of|in))?\s+(?:(?:the|all|its|their|UN|U\.N\.|IAEA|international|snap|spot|agency)\s+){0,3}"
    r"(?:inspections?|inspectors?|monitoring|surveillance|verification|cooperation)\b(?!\s+(?:and|or)\b)",
    re.IGNORECASE,
)


# a single launch or test as the object: "to scrap the planned launch, calling it ...", "drop a test set for
# May" (not "halt the test programme", "stop the launches", "suspend missile testing")
_ONE_EVENT = re.compile(
    r"\s+(?:the|a|this|that)\s+(?:(?!of\b|and\b|or\b)[\w\-]+\s+){0,2}?(?:launch|test|test-firing|firing|detonation|explosion|blast)"
    r"(?=\s*[,.;:!?\"”)]|\s+(?:planned|scheduled|set|slated|expected|next|this|later|in|on|at|for|from|that|which|because)\b)",
    re.IGNORECASE,
)


# a demand told as the standing ban a state defies: "it flouts the council, which has demanded that Norland halt
# its launches", "in violation of resolutions that require it to stop" (not "the council demanded a halt")
_DEFIED_CALL = re.compile(
    r"\b(?:defie[sd]|defy(?:ing)?|violat\w+|breach\w*|flout\w*|contraven\w+)\b[^.;]{0,80}?\b(?:which|that)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:repeatedly\s+|long\s+|already\s+)?(?:demanded|demands?|called\s+for|calls?\s+for|ordered|orders?|required|requires?|urged|urges?)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
_DEFIED_REACH = 160


def _halt_of(doc: Document, index: int, trigger: Hit, found: list[Match]) -> _Halt | None:
    surface = doc.text[trigger.start : trigger.end].lower()
    if surface.startswith("self") and _SELF_IMPOSED_LIMIT.match(doc.text, trigger.end):
        return None
    if trigger.id == "verb" and surface == "ending" and _DAY_NEXT.match(doc.text, trigger.end):
        return None  # "a grace period ending May 15": a span's last day, no halt
    if surface.endswith(" more") and _MORE_THAN.match(doc.text, trigger.end):
        return None  # "will not conduct more than two tests this year": a cap, no halt
    if surface.endswith(" further") and _TECHNICAL_PAUSE.search(doc.text, trigger.end, doc.sentences[index][1]):
        return None  # "will not conduct further flights until the cause of the failure is found": a schedule, no halt
    if surface in _BARE_NOUNS and _civil_article(doc):
        return None  # "after this moratorium, reactors will ...": a pause on nuclear power, no test in the article
    # "resisted the urge to carry out an atomic test": the urge resisted is a test (not "... to comment")
    if surface.startswith("resist") and not TEST_VERB_NEXT.match(doc.text, trigger.end):
        return None  # "resisted the urge to comment": the urge resisted is no test
    if trigger.id == "verb" and _ONE_EVENT.match(doc.text, trigger.end):
        return None  # "urged Norland to abandon the launch": one event called off, no halt of testing
    if trigger.id in ("verb", "noun") and _CHECKS_OBJECT.match(doc.text, trigger.end):
        return None  # "will stop IAEA inspections at the plant", "a halt to inspections": checks stopped, no halt of tests
    if surface.startswith("end") and _PACT_OBJECT.match(doc.text, trigger.end):
        return None  # "brought an end to a decades-old missile accord that capped ...": the pact ends, no halt of tests
    weapons, has_object = _object_scope(doc, index, trigger)
    status: str | None = None
    scope: list[str] = []
    earlier: Match | None = None
    clause = doc.clause_at(trigger.start)
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    if distracted and not weapons and not _direct_tests(doc, trigger, distracted):
        return None
    if _civil_object(doc, trigger, clause, weapons):
        return None  # "a province's freeze on the construction of new reactors": civil energy, not weapons
    if trigger.id == "noun" and not has_object and weapons and all(_NON_TEST_HEAD.match(doc.text, w.end) for w in weapons):
        return None  # "to halt its missile drills", "a freeze on missile sales": another activity with the weapon, no test
    if surface in _PROGRAMME_ONLY:  # "finished their programmes in 1996", not "finished a flight test"
        first = doc.between("moratorium", trigger.end, min(clause[1], trigger.end + 30), "TESTOBJ")
        if (not first or first[0].id != "programme") and not _PROGRAMME_END.match(doc.text, trigger.end, clause[1]):
            return None
    if trigger.id == "noun" and "test" in surface and not has_object:
        # "accepts a nuclear test ban", "a no-test pact": the tests are in the noun, the weapon in or just before it
        weapons = weapons or weapon_hits(doc, max(clause[0], trigger.start - _HEAD_REACH), trigger.end)
        has_object = True
    if trigger.id == "fund_bar":  # "would prohibit spending on any explosive nuclear test": a legislated halt
        tested = [o for o in doc.between("moratorium", trigger.end, min(clause[1], trigger.end + _OBJECT_WINDOW), "TESTOBJ")
                  if o.id == "test"]
        if not tested or not weapons:
            return None
        status = "called_for"
        trigger = Hit(trigger.start, tested[0].end, trigger.label, trigger.id)
    elif _BAN_WORD.search(surface) and not surface.startswith(_DECIDED_BAN):  # not "abandoned"
        # "a test ban ... observed since": the keeping word near the ban, not "sanctions imposed" clauses later
        observed = [h for h in doc.hits("moratorium", index, "OBSERVE") if trigger.end < h.start <= trigger.end + _OBJECT_WINDOW]
        if observed and _IMPOSED_BY.match(doc.text, trigger.end, clause[1]) and not _called_ban(doc, index, trigger):
            return None  # "the ban on ... imposed by the treaty": imposed by others, at most optional
        if observed:
            trigger = Hit(trigger.start, observed[0].end, trigger.label, trigger.id)
        elif not (has_object and (_bound_before(doc, index, trigger) or _called_ban(doc, index, trigger) or _own_ban(doc, index, trigger, clause)
                                  or _own_ban_changed(doc, index, trigger))):
            return None  # "still bound by its obligations under the ban on tests": a ban a state keeps
    elif trigger.id == "verb" and _halt_as_object(doc, trigger, clause):
        return None  # "to end its moratorium": the halt noun carries the mention
    elif trigger.id == "verb" and (end_of := _END_OF.match(doc.text, trigger.end)):
        # "announced the definitive end of French testing": a halt noun over its tests (in force,
        # as "ended its test programme"); not "the end of the year", "by the end of testing season"
        if not _NOUN_END.search(doc.text, max(0, trigger.start - 30), trigger.start):
            return None
        tested = [o for o in doc.between("moratorium", end_of.end(), min(clause[1], end_of.end() + 30), "TESTOBJ") if o.id == "test"]
        if not tested or not _END_OF_TESTS.fullmatch(doc.text, end_of.end(), tested[0].start):
            return None
        trigger = Hit(trigger.start, tested[0].end, trigger.label, "noun")
    elif trigger.id == "verb" and not has_object and (tests_back := _pronoun_tests(doc, index, trigger)) is not None:
        # "will resume its tests in May but stop them for good by next year": 'them', the tests named before
        weapons = weapon_hits(doc, doc.sentences[index][0], tests_back[0].end)
        trigger = Hit(trigger.start, tests_back[1], trigger.label, trigger.id)
    elif trigger.id == "verb" and not has_object:
        if not _objectless_stop(doc, index, trigger, found):
            return None
        weapons = weapon_hits(doc, doc.sentences[index][0], trigger.start)
    elif not (has_object or weapons) and (broken := _broken_before(doc, index, trigger)) is not None:
        weapons, status = broken, "ended"
    elif not (has_object or weapons):
        following = doc.text[trigger.end : trigger.end + 4].lower()
        earlier = _referent(doc, index, trigger, found)
        if earlier is not None:
            scope = earlier.attrs["scope"]  # "extended the halt", "ending the suspension": a halt named before
        elif surface in _BARE_NOUNS and not following.startswith((" on", " of")):
            # "urged every state to respect existing moratoriums": the testing halts the article reported
            if not doc.sentence_in_domain(index) and not (found and _CALLED_BARE.search(doc.text, max(0, trigger.start - 60), trigger.start)):
                return None
        elif not _declared_bare(doc, index, trigger):
            return None
    reach = min(_with_examples(doc, clause)[1], trigger.end + _OBJECT_WINDOW)
    objects = doc.between("moratorium", trigger.end, reach, "TESTOBJ")
    if objects and objects[0].id == "activity":
        # "to stop producing fissile material and to keep their pauses on testing": the objects up to
        # the next halt word are this halt's own
        nxt = next((h.start for h in doc.between("moratorium", objects[0].end, reach, "HALT")), reach)
        objects = [o for o in objects if o.start < nxt]
    if not scope and has_object and objects and objects[0].id == "activity" and all(o.id in ("activity", "programme") for o in objects):
        # "suspend enrichment", "a freeze on its enrichment programme", "halt enrichment and open its
        # nuclear programme to checks": a related activity, not a test
        scope = ["other"]
    if not scope and has_object and not objects and trigger.id == "verb":
        lo = max(doc.sentences[index][0], trigger.start - _RELATIVE_REACH)
        subject = _passive_subject(doc, trigger, [o for o in doc.between("moratorium", lo, trigger.start, "TESTOBJ") if o.id in ("test", "activity")])
        if subject is not None and subject.id == "activity":
            scope = ["other"]  # "enrichment remains suspended"
    if objects and all(o.id == "deploy" for o in objects):
        weapons = _carriers(doc, weapons)
        if not scope and not scope_classes(weapons) and any(_range_class(doc, o) for o in objects):
            scope = ["missile"]  # "a freeze on deploying short-range strike weapons": missiles of a range class
    scope = scope or scope_classes(_heads(doc, weapons)) or _anaphoric_scope(doc, index, trigger) \
        or scope_classes(weapon_hits(doc, *doc.sentences[index])) or article_scope(doc)
    if any(h.id == "test" for h in doc.between("moratorium", trigger.end, trigger.end + _OBJECT_WINDOW, "TESTOBJ")) is False and not scope:
        scope = ["other"]
    if status is None:
        status = _relative_status(doc, index, trigger) or _status(doc, index, trigger)
    if status in ("called_for", "in_force") and _DEFIED_CALL.search(doc.text, max(doc.sentences[index][0], trigger.start - _DEFIED_REACH), trigger.start):
        return None  # "the test defies the council, which has demanded that Norland stop testing": a ban by others, defied
    if surface.startswith(_PROHIBIT) and status != "called_for" and not _bound_before(doc, index, trigger):
        return None  # "the treaty prohibits ...", "resolutions forbid ...": a ban imposed by others, not a halt
    actor = _halt_actor(doc, index, trigger, status)
    if trigger.id == "noun" and _joint_proposal(doc, index, trigger, clause):
        status, actor = "called_for", None  # "ready to discuss ... a two-way accord on non-testing"
    if earlier is not None and (actor is None or MUST_BE.search(doc.text, max(0, trigger.start - 40), trigger.start)):
        # "..., ending the suspension", "there has to be a suspension": the state bound by the halt named before
        actor = earlier.attrs["actor"]
    if actor is None and trigger.id == "fund_bar" and not actor_hits(doc, index):
        # "legislation that would bar any spending on a nuclear test": the budget of the state whose halt came before
        prior = [m for m in found if 0 < index - doc.sentence_index(m.start) <= _FUND_BACK and m.attrs["actor"]]
        actor = prior[-1].attrs["actor"] if prior else None
    if _JOINT_SUBJECT.match(doc.text, clause[0], trigger.start) or _GROUP_OBSERVERS.match(doc.text, trigger.end) \
            or _coordinated_subject(doc, index, trigger) or _listed_observers(doc, trigger):
        actor = None  # "Both have since declared moratoriums", "a moratorium that all nuclear powers observe"
    return _Halt(trigger.start, trigger.end, status, scope, actor)


# "into a two-way accord on non-testing", "ideas on a regional test moratorium": a joint halt put forward
_JOINT_HALT = re.compile(
    r"\b(?:(?:a|an)\s+|(?<=[a-z]\s)(?=[A-Z]))(?:new\s+)?(?:bilateral|regional|mutual|joint|multilateral|reciprocal)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE
)
_PROPOSING = re.compile(
    r"\b(?:propos\w*|consider\w*|suggest\w*|offer\w*|views?\s+on|idea\s+of|translat\w*|turn(?:s|ed|ing)?\b[^.;]*\binto"
    r"|convert\w*|transform\w*|float\w*|seek\w*|sought|push\w*\s+for|call\w*\s+for)\b",
    re.IGNORECASE,
)
_JOINT_REACH = 60


def _joint_proposal(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A halt shared between states, put forward but not agreed: called for, bound on no one state."""
    lo = max(clause[0], trigger.start - _JOINT_REACH)
    joint = _JOINT_HALT.search(doc.text, lo, trigger.start)
    return joint is not None and _PROPOSING.search(doc.text, doc.sentences[index][0], joint.start()) is not None


# a call to keep halts already in place: 'urged ... to "maintain and respect" existing moratoriums'
_CALLED_BARE = re.compile(
    r"\b(?:urg|call|appeal|press|ask)\w*\b[^.;]{0,50}\b(?:existing|current|national|unilateral|voluntary|such|these|those)\s+$",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"\b(?:the|that|this|its|their|his|her|such\s+a)\s+(?:(?:self-imposed|unilateral|voluntary|testing|test|[\w\-]+-year|temporary|earlier|previous)\s+)?$", re.IGNORECASE)
_REFERENT_BACK = 2
# an objectless halt noun names no other activity: "announced a halt in 2018", not "a halt to talks"
_OTHER_OBJECT = re.compile(r"\s+(?:to|on|of|in|into|for|at)\s+(?!\d|(?:early|late|mid)\b|(?:the\s+)?(?:19|20)\d\d|the\s+(?:same|following|next|previous)\s+year|that\s+year|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)", re.IGNORECASE)
_BEFORE_NOUN = re.compile(r"\b(?:to|into)\s+(?:a|an)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)  # "came to a halt", "ground to a halt"


def _referent(doc: Document, index: int, trigger: Hit, found: list[Match]) -> Match | None:
    """The halt reported just before that a definite objectless halt noun refers back to
    ("Yeltsin extended the halt", "ending the suspension")."""
    if trigger.id != "noun":
        return None
    if _OTHER_OBJECT.match(doc.text, trigger.end):
        return _deploy_referent(doc, trigger, found)
    # "..., but there has to be a suspension": a halt demanded, of the activity whose halt was just told
    if not _DEFINITE.search(doc.text, max(0, trigger.start - 40), trigger.start) and not MUST_BE.search(doc.text, max(0, trigger.start - 40), trigger.start):
        return None
    earlier = [m for m in found if m.end <= trigger.start and 0 <= index - doc.sentence_index(m.start) <= _REFERENT_BACK]
    return earlier[-1] if earlier else None


_ON_DEPLOYING = re.compile(r"\s+on\s+(?:the\s+)?(?=deploy|stationing)", re.IGNORECASE)


def _deploy_referent(doc: Document, trigger: Hit, found: list[Match]) -> Match | None:
    """'would abandon its moratorium on deploying such systems': a definite halt of deployments whose
    weapons go unnamed refers to the deployment halt the article named before."""
    if not _ON_DEPLOYING.match(doc.text, trigger.end) or not _DEFINITE.search(doc.text, max(0, trigger.start - 40), trigger.start):
        return None
    earlier = [
        m for m in found if m.end <= trigger.start and m.attrs["scope"] and m.attrs["scope"] != ["other"]
        and any(o.id == "deploy" for o in doc.between("moratorium", m.start, m.end, "TESTOBJ"))
    ]
    return earlier[-1] if earlier else None


def _declared_bare(doc: Document, index: int, trigger: Hit) -> bool:
    """'Kim ... announced a halt in 2018': an objectless halt noun that a declaring verb opens, in a
    sentence that names tests before it."""
    if trigger.id != "noun" or _OTHER_OBJECT.match(doc.text, trigger.end) or _BEFORE_NOUN.search(doc.text, max(0, trigger.start - 30), trigger.start):
        return False
    s = doc.sentences[index][0]
    if not doc.between("moratorium", max(s, trigger.start - 35), trigger.start, "DECLARE"):
        return False
    if any(h.id == "test" for h in doc.between("tests", s, trigger.start, "TRIGGER")) and bool(weapon_hits(doc, s, trigger.start)):
        return True
    # "declared unilateral halts after their 1998 tests": the tests that the halt followed, in a testing article
    after = _AFTER_TESTS.match(doc.text, trigger.end)
    return after is not None and bool(article_scope(doc)) and any(
        h.id == "test" and h.start == after.end() for h in doc.between("tests", after.end(), after.end() + 6, "TRIGGER")
    )


_AFTER_TESTS = re.compile(r"\s+(?:after|following)\s+(?:their|its|his|her|the)\s+(?:[\w\-]+\s+){0,3}?(?=tests?\b)", re.IGNORECASE)


# "was forced to stop as well", "stopped in 1992": an intransitive halt verb
_NO_OBJECT = re.compile(
    r"\s*(?:[.;:)]|,|$|(?:as\s+well|too|also|altogether|entirely|for\s+good|completely|since|after|then|soon|"
    r"in\s+(?:\d|(?:early|late|mid)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))\b)",
    re.IGNORECASE,
)
_INTRANSITIVE = frozenset({"stop", "stopped", "stops", "halted", "ceased", "paused", "suspended", "halt"})
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\b[^,;.]*,")


def _objectless_stop(doc: Document, index: int, trigger: Hit, found: list[Match]) -> bool:
    """'Britain, which tested its weapons at the Nevada site, was forced to stop as well': an
    objectless halt verb whose subject is a state, in a sentence about its tests or right after a halt."""
    if doc.text[trigger.start : trigger.end].lower() not in _INTRANSITIVE or not _NO_OBJECT.match(doc.text, trigger.end):
        return False
    clause = doc.clause_at(trigger.start)
    s = doc.sentences[index][0]
    if any(h.id == "call_from" and h.end <= trigger.start and _CALL_FROM_TO.fullmatch(doc.text, h.end, trigger.start)
           for h in doc.hits("moratorium", index, "CALL")):
        # "kept testing despite appeals from its neighbours to stop": the tests are the sentence's
        return any(h.id == "test" for h in doc.between("tests", s, trigger.start, "TRIGGER"))
    subjects = [h for h in doc.hits("actors", index, "ACTOR") if h.end <= trigger.start and not is_object(doc, h)]
    if not subjects:
        return False
    gap = _RELATIVE_CLAUSE.sub(" ", doc.text[subjects[-1].end : trigger.start])
    if not _SUBJECT_GAP.fullmatch(gap) or re.search(r"\b(?:it|they|he|she)\b", gap, re.IGNORECASE):
        return False
    tested = any(h.id == "test" for h in doc.between("tests", s, trigger.start, "TRIGGER"))
    recent = any(0 < index - doc.sentence_index(m.start) <= 1 for m in found)
    return (tested or recent) and clause[0] >= s
