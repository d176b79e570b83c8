"""weapons_test weapon classes: the weapons a test names as its own, the range band a stated
range gives, and the weapon an unnamed test takes up from the sentence or article before.

Separate because it decides only the `weapon` attribute, after a trigger is accepted;
acceptance borrows its generic-weapon ids and "a longer-range version" reading.
"""

from __future__ import annotations

import re

from streams.extract.dates import COUNT_PATTERN, count_value
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.scope import weapon_hits
from streams.extract.weapons_test.clauses import _Test, _test_noun

_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# "a ballistic missile with a range of 2,750 km", "..., which has a range of 450 km": a range
# stated on the missile classes it
_RANGE = re.compile(
    # "..., which Tehran says has a range of 1,800 km": the range told by a source, the same statement
    r"\b(?:(?:with|(?:which|that)\s+(?:[\w\-]+\s+){0,3}?(?:(?:says?|said|claims?|claimed)\s+(?:it\s+)?)?(?:has|have|had)|having)"
    r"\s+(?:a\s+)?(?:maximum\s+|stated\s+|reported\s+)?ranges?\s+of"
    # "able to strike targets 900 miles away", "can hit targets up to 2,000 km away"
    r"|(?:capable\s+of|able\s+to|can|could)\s+(?:hitting|hit|striking|strike|reaching|reach)(?:\s+targets?)?(?:\s+as\s+far\s+as)?)"
    r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+|at\s+least\s+)?"
    r"(\d{1,2},\d{3}|\d{2,5})(?:\s*(?:-|–|to)\s*(\d{1,2},\d{3}|\d{2,5}))?\s*(km|kilomet(?:er|re)s?|miles)\b",
    re.IGNORECASE,
)
# a missile named by an unknown code ("a Palestine-2 missile"): its own weapon, not the last one's
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[A-Za-z]*\s+$")
# ... or counted ("at least 23 missiles", "three air-to-ground missiles"): a salvo of its own
# "a fifth round of missile launches", "a spate of missile tests": a series of missiles of its own
_PLURAL_TESTS_AFTER = re.compile(r"[\s\-]+(?:test[\s\-])?(?:tests|launches|firings)\b", re.IGNORECASE)
_SERIES_BEFORE = re.compile(r"\b(?:rounds?|series|spate|string|flurry|streak|run)\s+of\s+$", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|multiple)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GENERIC_IDS = frozenset({"missile", "unspecified"})
# "to flight-test a longer-range version", "test-fired an upgraded variant"
_VERSION_OBJECT = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}(?:version|variant)s?\b", re.IGNORECASE)


def _version_of(doc: Document, index: int, trigger: Hit) -> list[Hit]:
    """The last named weapon before a "version" object, in the sentence or the one before."""
    for i in (index, index - 1):
        if i < 0:
            break
        named = [h for h in weapon_hits(doc, *doc.sentences[i]) if h.id != "missile" and h.end <= trigger.start]
        if named:
            return named[-1:]
    return []


_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# "the two missiles": a launch's count taken up again by the article
_BACK_COUNT = r"\b(?:the|these|those)\s+(two|three|four|five|six|seven|eight|\d)\s+"
_THE_COUNTED_BEFORE = re.compile(_BACK_COUNT + "$", re.IGNORECASE)

# "and has displayed its DF-41 ...": a second predicate of the clause, whose weapons are not the test's
_NEXT_PREDICATE = re.compile(
    r"\s(?:and|but)\s+(?:(?:has|have|had|is|are|was|were)\s+(?!been\b|also\b|since\b)[a-z]+(?:ed|en|ing)\b"
    r"|(?:says|said|claims|claimed|added|announced|plans|intends|will|would)\s)"
    # "have tested missiles since both acquired nuclear arms": a later event the record is counted from
    r"|\ssince\s+(?:both|they|it|each|(?:the\s+)?[A-Z][\w\-]*)\s+(?:first\s+)?[a-z]{3,}ed\b"
)
# "the Agni-Prime medium-range ballistic missile": a name and its class description, one weapon
_SAME_NP = re.compile(r"[\s\-\w'‘’\"“”]{0,25}")  # a quoted name too: "Medium Range Ballistic Missile 'X-7'"
# a name, then its class description in apposition: ", a nuclear-capable "
_NAME_APPOSITION = re.compile(r"[\w\-]{0,12},\s+(?:a|an)\s+(?:(?!and\b|or\b)[\w\-]+\s+){0,3}")
_RELATED = re.compile(r"[\-‐‑–\s]related\b", re.IGNORECASE)
_RANGED = frozenset({"icbm", "irbm", "srbm", "slbm", "long_range_missile"})


# "..., its first ballistic missile launch in two months": the same launch restated by its class
_RESTATED = re.compile(r"[^;]*?,\s+(?:its|their|the)\s+(?:(?!and\b|or\b)[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _own_weapons(doc: Document, test: _Test, hits: list[Hit]) -> list[Hit]:
    """The clause's weapons that the test is about: none after a second predicate that no
    trigger shares, and no bare `ballistic_missile` where a ranged class names the same weapon."""
    last = test.triggers[-1].end
    # "technology the U.N. bans as ballistic missile-related": a description, no weapon tested
    hits = [h for h in hits if not _RELATED.match(doc.text, h.end)]
    # "the Abdali weapon system": a name and its generic head noun, one weapon
    hits = [h for h in hits if not (h.id == "unspecified" and any(o.id not in _GENERIC_IDS and 0 <= h.start - o.end <= 1 for o in hits))]
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
            if h.end <= r.start and _NAME_APPOSITION.fullmatch(text, lo, hi):
                return True  # "the Agni-X, a nuclear-capable medium-range ballistic missile"
            if r.end <= h.start and hi - lo < 80 and _RESTATED.match(text, lo, hi):
                return True  # "several short-range ballistic missiles ..., its first ballistic missile launch"
        return False

    return [h for h in hits if h.id != "ballistic_missile" or not beside(h)]


def _own_missile(doc: Document, h: Hit) -> bool:
    """A bare missile that is no back-reference: named by a code or counted."""
    lo = max(0, h.start - 30)
    if _PLURAL_TESTS_AFTER.match(doc.text, h.end) and not _THE_BEFORE.search(doc.text, lo, h.start):
        return True  # "as it steps up missile tests": a run of its own, not the launch told before
    if _THE_COUNTED_BEFORE.search(doc.text, lo, h.start):
        return False  # "The two missiles fell ...": the count told before, taken up again
    return bool(
        _CODE_BEFORE.search(doc.text, lo, h.start) or _COUNTED_BEFORE.search(doc.text, lo, h.start) or _SERIES_BEFORE.search(doc.text, lo, h.start)
    )


# "a test of the system": a back-reference to the weapon named before, no weapon of its own
_GENERIC_AFTER_OF = re.compile(r"\s+of\s+(?:the|this|that|its|their)\s+(?:[\w\-]+\s+)?(?:weapons?|system|missile|rocket)\b", re.IGNORECASE)


def _object_weapons(doc: Document, test: _Test, hits: list[Hit]) -> list[Hit]:
    """ "a flight test of the new ICBM": the weapon after "of" is the one tested, not one named
    before the trigger ("the engine trials suggested a flight test of the new ICBM ...")."""
    for t in test.triggers:  # "the engine trials suggested a flight test of the new ICBM": the later one
        if not _test_noun(doc.text[t.start : t.end]) or not _OF_AFTER.match(doc.text, t.end):
            continue
        if any(h.start >= t.end and h.start - t.end < 50 for h in hits):
            verbs = [v for v in test.triggers if v.end <= t.start and not _test_noun(doc.text[v.start : v.end])]
            told = [h for h in hits if verbs and verbs[0].end <= h.start and h.end <= t.start]
            if told:  # "fired several SRBMs ..., in what it called a test of a new weapon system": the verb's object
                return told
            after = [h for h in hits if h.end > t.start]
            before = [h for h in hits if h.end <= t.start and h.id not in _GENERIC_IDS]
            if before and all(h.id in _GENERIC_IDS for h in after) and _GENERIC_AFTER_OF.match(doc.text, t.end):
                return before  # "a Trident was fired ... to test the system": the subject
            return after
    return hits


def _cruise_article(doc: Document, index: int, hits: list[Hit]) -> bool:
    """A bare "long-range missile" where the sentences around it name only a cruise missile
    ("a long-range missile test" of an upgraded cruise missile) is that cruise missile."""
    text = doc.text
    if not all(h.id != "icbm" and (h.id != "long_range_missile" or "ballistic" not in text[h.start : h.end].lower()) for h in hits):
        return False
    near = [h for i in range(max(0, index - 1), min(len(doc.sentences), index + 4)) for h in doc.hits("weapons", i, "WEAPON")]
    return any(h.id == "cruise_missile" for h in near) and not any(
        h.id in _NOT_CRUISE or h.id == "long_range_missile" and "ballistic" in text[h.start : h.end].lower() for h in near
    )


_NOT_CRUISE = frozenset({"icbm", "irbm", "srbm", "slbm", "ballistic_missile", "hypersonic", "space_launch"})


def _ranged(doc: Document, index: int, weapons: list[str], hits: list[Hit] | None = None) -> list[str]:
    """A ballistic missile whose range the sentence states takes the range band's class:
    short < 1,000 km, intermediate 1,000-5,500 km, intercontinental beyond. So does a bare
    "long-range missile" (read `icbm` for want of a range): "a long-range missile with a range of
    1,800 km" is intermediate."""
    long_only = hits is not None and "icbm" in weapons and not any(h.id == "icbm" for h in hits)
    if long_only and "ballistic_missile" not in weapons and not _RANGED.intersection(set(weapons) - {"icbm"}):
        banded = _ranged(doc, index, ["ballistic_missile" if w == "icbm" else w for w in weapons])
        return weapons if "ballistic_missile" in banded else banded
    if "ballistic_missile" not in weapons or _RANGED.intersection(weapons):
        return weapons
    m = _RANGE.search(doc.text, *doc.sentences[index])
    if not m or "ranges" in m.group(0).lower():
        return weapons  # "missiles with ranges of up to 2,000 km": several missiles, no one band
    km = max(int(g.replace(",", "")) for g in m.group(1, 2) if g)
    if m.group(3).lower() == "miles":
        km = int(km * 1.609)
    cls = "srbm" if km < 1000 else "irbm" if km <= 5500 else "icbm"
    return [cls if w == "ballistic_missile" else w for w in weapons if w != cls or w == "ballistic_missile"]


_BANDED = frozenset({"icbm", "irbm", "srbm", "slbm"})


# "stepped up weapons tests", "routinely conducted missile tests", "regularly test-fire missiles": tests
# summed up in the plural, no one event; not "the tests", "these launches", "two tests"
_TAKEN_UP_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|both|either|such|its\s+latest|their\s+latest|" + COUNT_PATTERN + r")|\w['’]s)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GENERIC_MODIFIER = re.compile(r"\b(?:weapons?|missiles?|rockets?)[\s\-]+$", re.IGNORECASE)
_BARE_MISSILES_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:missiles|rockets|weapons)\b", re.IGNORECASE)


def _summed_up(doc: Document, test: _Test) -> bool:
    """Tests summed up in the plural keep no one weapon: the guidelines' `unspecified`, not the class
    of the launch told beside them."""
    first = test.triggers[0]
    word = doc.text[first.start : first.end]
    if _TAKEN_UP_BEFORE.search(doc.text, max(test.clause[0], first.start - 40), first.start):
        return False
    if _test_noun(word):  # "weapons tests", "missile launches": a generic weapon word on the plural
        return word[-1:] in "sS" and bool(_GENERIC_MODIFIER.search(doc.text, max(test.clause[0], first.start - 12), first.start))
    return bool(_BARE_MISSILES_AFTER.match(doc.text, first.end))


def _inherit_weapons(doc: Document, tests: list[_Test]) -> None:
    """An unnamed weapon is the previous sentence's, or the article's only class of new test."""
    article = {w for t in tests if t.temporal == "new" and t.weapons != ["unspecified"] for w in t.weapons}
    for i, test in enumerate(tests):
        if test.weapons and test.weapons != ["unspecified"] or (test.habitual and test.generic):
            continue
        if test.triggers and _summed_up(doc, test):
            test.weapons = ["unspecified"]
            continue
        sibling = [t for t in tests[:i] if t.sentence == test.sentence and t.weapons not in ([], ["unspecified"])]
        if not test.generic and sibling:  # "... tested its Agni-V in 2018, and a further user trial was expected"
            test.weapons = list(sibling[-1].weapons)
            continue
        previous = [t for t in tests[:i] if t.sentence == test.sentence - 1 and t.weapons]
        # "The launch, its first since an SRBM flew in 1994, ...": a new test is the
        # previous sentence's new one, not the earlier one it is compared with
        if test.temporal == "new":
            previous = [t for t in previous if t.temporal == "new"]
        if test.generic and len({tuple(t.weapons) for t in previous}) > 1:
            previous = []  # "The missile ..." after an ICBM and a salvo of SRBMs: which one is unsaid
        other_event = test.back and bool(previous) and not _takes_up(doc, test, previous[-1])
        if other_event:
            previous = []  # "The three missiles it tested last year", after a launch of two: another event
        if previous and test.generic and previous[-1].weapons != ["unspecified"] and test.weapons != ["unspecified"] or (
            previous and not test.generic
        ):
            test.weapons = list(previous[-1].weapons)
        elif not test.generic and len(article) == 1:
            test.weapons = sorted(article)
        elif test.generic and previous and test.weapons == ["unspecified"] and not test.named:
            test.weapons = list(previous[-1].weapons)
        elif test.generic and not test.named and test.weapons == ["unspecified"] and len(article) == 1 and test.back and test.temporal == "new" \
                and not other_event:
            test.weapons = sorted(article)  # "The missiles hit targets 1,000 km away": the article's one new weapon
        elif test.rocket and not test.named and article == {"space_launch"}:
            test.weapons = ["space_launch"]  # "video showed the rocket lift off", after a satellite launch
        if not test.weapons:
            test.weapons = ["unspecified"]
        elif test.weapons == ["ballistic_missile"] and test.actor and len(
            banded := {w for t in tests[:i] if t.temporal == "new" and t.actor == test.actor for w in t.weapons if w in _BANDED}
        ) == 1:
            test.weapons = sorted(banded)  # "The missile ..." after the same state's ICBM launch and "the ballistic missile": the ICBM


_THE_COUNT = re.compile(_BACK_COUNT + r"(?:missiles|rockets)\b", re.IGNORECASE)
_COUNT_WORD = re.compile(r"\b(" + COUNT_PATTERN + r")\b", re.IGNORECASE)


def _takes_up(doc: Document, test: _Test, told: _Test) -> bool:
    """Whether "the (N) missiles" takes up the launch told before: the same time, and the same count
    ("the two missiles" after "fired 2 missiles", not "the three missiles" after a launch of two)."""
    if test.temporal != told.temporal or not test.triggers:
        return test.temporal == told.temporal
    first = test.triggers[0]
    m = _THE_COUNT.search(doc.text, max(test.clause[0], first.start - 80), max(first.end, test.clause[1]))
    if m is None:
        return True
    return count_value(m.group(1)) in {count_value(c.group(1)) for c in _COUNT_WORD.finditer(doc.text, *told.clause)}


def _such_weapons(doc: Document, test: _Test) -> list[str] | None:
    """ "raised the idea of resuming such blasts": the one weapon class named in the sentence or
    the two before it, which "such" points back to."""
    if not any(
        doc.text[max(0, t.start - 5) : t.start].lower() == "such " or doc.text[t.end : t.end + 6].lower() == " such "
        for t in test.triggers
    ):  # "such tests", "resuming such testing"
        return None
    classes = {
        "icbm" if h.id == "long_range_missile" else h.id
        for i in range(max(0, test.sentence - 2), test.sentence + 1) for h in weapon_hits(doc, *doc.sentences[i])
    } - {"unspecified", "missile"}
    return sorted(classes) if len(classes) == 1 else None


_LISTED = re.compile(r"\b(?:and|or)\b|&")


def _one_ballistic(doc: Document, test: _Test) -> list[str]:
    """A ranged ballistic class beside the bare `ballistic_missile` (the guidelines' class for a
    range not given) is one missile told twice ("its Bulava strategic ballistic missile", a
    headline's "a ballistic missile" inheriting the SLBM): the ranged class alone, unless the
    clause lists two weapons ("an Agni and a Prithvi, a short-range ballistic missile")."""
    weapons = test.weapons
    if len(weapons) != 2 or "ballistic_missile" not in weapons or _BANDED.isdisjoint(weapons):
        return weapons
    hits = weapon_hits(doc, *test.clause)
    if len(hits) > 1 and _LISTED.search(doc.text, hits[0].end, hits[-1].start):
        return weapons
    return [w for w in weapons if w != "ballistic_missile"]


# "a ballistic missile meant to be fired from a submarine", "test-fired a missile from its new
# submarine", "a missile able to be launched from underwater", "a mid-range, submarine launched
# missile": the test clause's launch platform makes it an SLBM
_FROM_SUBMARINE = re.compile(
    r"\bfrom\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:submarines?|underwater)\b"
    r"|\bsubmarine[\s\-]+(?:launched|fired)\b",
    re.IGNORECASE,
)
_SUBMARINE_ADJECTIVE = re.compile(r"\s*,\s+submarine[\s\-]+(?:launched|fired)\s+(?:ballistic\s+)?missiles?\b", re.IGNORECASE)
# not "fired from a submarine base": a place on land
_SUBMARINE_PLACE = re.compile(r"[\s\-]+(?:base|bases|port|pier|dock|docks|yard|shipyard|facility|pen|pens)\b", re.IGNORECASE)
# classes a submarine launch turns into `slbm`: ballistic or unnamed missiles, and a range band
# ("mid-range"), which an SLBM also has; never a cruise missile, drone or torpedo
_SUBMARINE_CLASSES = frozenset({"missile", "ballistic_missile", "long_range_missile", "icbm", "irbm", "srbm", "slbm"})


def _submarine_launched(doc: Document, test: _Test, hits: list[Hit], weapons: list[str]) -> list[str]:
    """A missile the clause says is launched from a submarine or underwater is an SLBM."""
    if not hits or any(h.id not in _SUBMARINE_CLASSES for h in hits) or weapons == ["slbm"]:
        return weapons
    if len(hits) > 1 and _LISTED.search(doc.text, hits[0].end, hits[-1].start):
        return weapons  # "could fire a solid-fuel ICBM or a submarine-launched missile": two weapons
    if all(h.id == "missile" and doc.text[max(0, h.start - 4) : h.start].lower() == "the " for h in hits) and any(
        h.id in ("cruise_missile", "hypersonic")
        for i in range(max(0, test.sentence - 3), test.sentence) for h in weapon_hits(doc, *doc.sentences[i])
    ):
        return weapons  # "The missile was fired from a submarine", after a hypersonic cruise missile: that one
    for m in _FROM_SUBMARINE.finditer(doc.text, *test.clause):
        if _SUBMARINE_PLACE.match(doc.text, m.end()):
            continue
        # the platform told of the clause's missile: after it ("fired a missile from a submarine") or,
        # as an adjective, right before it; not "fired one from a submarine the day that Norland
        # fired two missiles from a truck"
        if any(0 <= m.start() - h.end <= 80 or m.group(0).lower().startswith("submarine") and 0 <= h.start - m.end() <= 30 for h in hits):
            return ["slbm"]
    # "a test of a mid-range, submarine launched missile": the clause cut at the adjectives' comma
    return ["slbm"] if _SUBMARINE_ADJECTIVE.match(doc.text, test.clause[1]) else weapons


# "a subcritical experiment at the Nevada site", "a non-nuclear experiment": explosives around
# plutonium short of a chain reaction, no nuclear explosive test (class `unspecified`)
_STOCKPILE_EXPERIMENT = ("subcritical", "sub-critical", "non-nuclear experiment")


def _short_of_nuclear(doc: Document, hits: list[Hit], weapons: list[str]) -> list[str]:
    """A test the clause calls subcritical or non-nuclear is no nuclear test, whatever else is nuclear
    in it ("the subcritical test released no nuclear yield")."""
    if "nuclear" not in weapons or not any(doc.text[h.start : h.end].lower().startswith(_STOCKPILE_EXPERIMENT) for h in hits):
        return weapons
    return [w for w in weapons if w != "nuclear"] or ["unspecified"]


# "the rocket carrying the Orion-3 satellite", "a rocket bearing two satellites": a carrier rocket
_CARRYING_SATELLITE = re.compile(
    r"\s+(?:carrying|bearing)\s+(?:(?:a|an|the|its|their|two|three)\s+)?(?:[\w\-]+\s+){0,2}?satellites?\b"
    # not "a rocket carrying satellite navigation gear": the satellite names the payload's guidance
    r"(?![\s\-]+(?:navigation|guidance|imagery|images|data|communications?|links?|signals?|receivers?|positioning)\b)",
    re.IGNORECASE,
)


_SATELLITE_STORY = re.compile(r"\bsatellites?\b|\binto\s+(?:orbit|space)\b", re.IGNORECASE)


def _long_range_reading(doc: Document, hits: list[Hit]) -> list[Hit]:
    """'a long-range ballistic missile' gives no range: the guidelines' `ballistic_missile`, not an
    ICBM, nor do 'long-range weapons'; 'a long-range rocket' in a story of a satellite put into orbit is that space launch."""
    out = []
    for h in hits:
        if h.id == "long_range_missile":
            words = doc.text[h.start : h.end].lower()
            if "ballistic" in words:
                h = Hit(h.start, h.end, h.label, "ballistic_missile")
            elif words.endswith(("weapon", "weapons")):
                h = Hit(h.start, h.end, h.label, "unspecified")  # "nuclear and long-range weapons tests": no class named
            elif words.endswith("rocket") and _SATELLITE_STORY.search(doc.text):
                h = Hit(h.start, h.end, h.label, "space_launch")
        out.append(h)
    return out


def _satellite_carrier(doc: Document, hits: list[Hit]) -> list[Hit]:
    """A bare rocket that carries a satellite is a space launch."""
    return [
        Hit(h.start, h.end, h.label, "space_launch")
        if h.id == "missile" and doc.text[h.start : h.end].lower() in ("rocket", "rockets") and _CARRYING_SATELLITE.match(doc.text, h.end)
        else h
        for h in hits
    ]
