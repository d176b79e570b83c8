"""weapons_test trigger objects: whether a trigger is about a weapon at all, beyond one named in
the 70 characters around it (_near_weapon: a weapon as the object of a test or launch verb, a code
name, counted devices, blasts or salvos, a generic or passive subject cut off by a relative clause
or an apposition), whether a trial is a weapon's rather than a court's, and the nuclear-article
context those readings lean on. Separate because acceptance asks it as one question per trigger
and its object patterns are a reading of their own; it sits below acceptance and imports only
clauses, temporal, weapons and combat.
"""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.scope import weapon_hits
from streams.extract.weapons_test.clauses import _test_noun
from streams.extract.weapons_test.combat import _COMBAT_CLASSES, _NOT_THE_WEAPON
from streams.extract.weapons_test.temporal import _TWO_TO_TWELVE
from streams.extract.weapons_test.weapons import _GENERIC_IDS, _VERSION_OBJECT, _version_of

# "launching a pair from a train", "fired two more on Friday": a counted object with no noun
_COUNTED_OBJECT = re.compile(
    r"\s+(?:a\s+pair|a\s+couple|another(?:\s+one)?|one\s+more|(?:two|three|four|five|six|several|\d+)(?:\s+more|\s+of\s+them)?)"
    r"(?=\s*(?:[,.;]|$|(?:from|into|off|on|in|at|toward|towards|over|across|near|during|within|later)\b))",
    re.IGNORECASE,
)
# a blast noun with its own event verb: "an underground blast shook", "its last explosion took place"
# "the final blast, the largest of the series, was set off on Sunday": past an apposition too
_BLAST_EVENT = re.compile(
    r"(?:,[^,;.]{3,70},)?\s+(?:(?:also|then|finally|all|so\s+far|to\s+date|thus\s+far)\s+){0,2}(?:took\s+place|shook|rocked|occurred|happened|came|registered"
    r"|(?:has|have|had)\s+(?:(?:also|already|previously)\s+)?(?:taken\s+place|occurred|happened)"  # "such launches have occurred 300 times"
    r"|(?:was|were)\s+(?:conducted|carried\s+out|staged|detected|recorded|set\s+off|detonated|exploded|triggered))\b",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\b(?:with|using)\s+(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
# "the weapon was fired from ...": a generic subject noun of a passive launch verb
_GENERIC_SUBJECT = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:weapon|device|vehicle)\s+(?:was|were|had\s+been|has\s+been|is|being)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "flight-tested the 9M729": a code name as the object of a test verb
# "test the new KN-23", "a further test of the Type-12": a code name as the test's object (not "of the G7's")
_CODE_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his)|of\s+(?:the|its|their))\s+(?:new\s+|upgraded\s+)?(?=[\w\-]*\d)(?=[\w\-]*[A-Z])[A-Z0-9][\w\-]*\b(?![’']s\b)"
)
# "fired two salvos", "launched another salvo": a counted salvo as a launch verb's object
_SALVO_OBJECT = re.compile(
    r"\s+(?:(?:a|another|two|three|four|five|six|several|multiple|more|new|fresh|further|large|massive|first|second|third|\d+)\s+){1,2}salvos?\b(?!\s+of\s+(?!missiles|rockets|ballistic|cruise|drones))",
    re.IGNORECASE,
)
# "set off five devices at Pokhran": counted devices as the object of a blast verb
_DEVICES_OBJECT = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:more\s+)?(?:nuclear\s+)?devices\b", re.IGNORECASE
)
_DEVICE_OBJECT = re.compile(r"\s+(?:a|an)\s+(?:nuclear\s+)?device\b", re.IGNORECASE)
# "set off its last device", "detonated their final device": an own device, in an article on nuclear tests
_OWN_DEVICE_OBJECT = re.compile(
    r"\s+(?:its|their|his|the|a|an)\s+(?:(?:last|final|first|second|third|fourth|fifth|sixth|latest|largest|biggest|most\s+powerful)\s+)?"
    r"(?:(?:nuclear|atomic|thermonuclear|hydrogen|test)\s+)?devices?\b",
    re.IGNORECASE,
)
# "conducted six blasts", "staged two explosions": counted blasts as an event verb's object
# "answered within weeks with six explosions", "conducted only 45 explosions", "carried out its final explosion"
_COUNTED_BLAST = re.compile(
    r"\b(?:(?:conducted|carried\s+out|staged|set\s+off|performed|exploded|detonated)\s+(?:only\s+|just\s+|some\s+|about\s+)?"
    r"|(?:answered|responded|replied|retaliated)\s+(?:[\w\-]+\s+){0,3}?with\s+)"
    r"(?:\d+|" + _TWO_TO_TWELVE + r"|several|dozens\s+of|hundreds\s+of)\s+(?:more\s+)?(?:[\w\-]+\s+)?$"
    r"|\b(?:conducted|carried\s+out|staged|set\s+off|performed)\s+(?:its|their|his)\s+(?:last|final|first|latest)\s+(?:(?:nuclear|atomic|underground|test)\s+)?$",
    re.IGNORECASE,
)
# "a seventh detonation", "its sixth explosion": an ordinal counting on from earlier blasts
_ORDINAL_BEFORE = re.compile(
    r"\b(?:a|an|its|their|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:nuclear|underground)\s+)?$", re.IGNORECASE
)
# "trials of its new Agni-5 missile": the words between a trial noun and its weapon
_TRIAL_OF = re.compile(r"\s+of\s+(?:[\w\-'’]+\s+){0,3}", re.IGNORECASE)

# a determiner and a run of modifiers (no preposition, conjunction or clause word) before the weapon
_MODIFIER_GAP = re.compile(
    r"\s+(?:its|their|his|her|the|a|an|two|three|several)\s+"
    r"(?:(?!(?:to|at|on|in|into|for|of|with|and|or|but|that|which|who|after|before|from|by|as|than|while|when|because)\b)[\w\-]+,?\s+){0,10}",
    re.IGNORECASE,
)


def _near_weapon(doc: Document, trigger: Hit, weapons: list[Hit]) -> bool:
    """A weapon the trigger is about, beyond one in the 70 characters around it: the object of
    a follow-up or of "flew", a code name after a test verb, a generic passive subject."""
    text = doc.text
    if trigger.id == "followup":
        return any(0 <= h.start - trigger.end < 30 for h in weapons)
    if any(abs(h.start - trigger.start) < 70 for h in weapons):
        return True
    if trigger.id in ("fire", "test") and any(
        0 < h.start - trigger.end < 160 and _MODIFIER_GAP.fullmatch(text, trigger.end, h.start) for h in weapons
    ):
        return True  # "test-fired its indigenously built, nuclear-capable surface-to-surface ... missile"
    if trigger.id == "test" and _CODE_OBJECT.match(text, trigger.end):
        return True
    if trigger.id == "test" and _GENERIC_OBJECT.match(text, trigger.end):
        # "would continue testing the system": the weapon named in the sentence or the one before
        index = doc.sentence_index(trigger.start)
        return any(h.id not in _GENERIC_IDS for i in range(max(0, index - 1), index + 1) for h in doc.hits("weapons", i, "WEAPON"))
    if trigger.id in ("test", "fire") and _VERSION_OBJECT.match(text, trigger.end):
        # "plans to flight-test a longer-range version": a version of the weapon named before it
        return bool(_version_of(doc, doc.sentence_index(trigger.start), trigger))
    if trigger.id == "fire" and any(
        0 < h.start - trigger.end < 120 and _WITH_BEFORE.search(text, trigger.end, h.start) for h in weapons
    ):
        return True  # "carried out live-fire precision strikes on Thursday with several types of missiles"
    if trigger.id == "blast" and _DEVICES_OBJECT.match(text, trigger.end):
        return True  # "set off five devices"
    if trigger.id == "fire" and _SALVO_OBJECT.match(text, trigger.end):
        # "Sirens sounded; the army said the enemy had fired three salvos": the salvo is of the
        # weapon named in the sentence or the one before (not "fired an opening salvo at critics")
        index = doc.sentence_index(trigger.start)
        return any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 1), index + 1))
    if trigger.id == "blast" and _OWN_DEVICE_OBJECT.match(text, trigger.end) and _nuclear_article(doc, doc.sentence_index(trigger.start)):
        return True  # "The Soviet Union set off its last device at Novaya Zemlya"
    if (
        trigger.id == "blast"
        and _test_noun(text[trigger.start : trigger.end])
        and _COUNTED_BLAST.search(text, max(0, trigger.start - 50), trigger.start)
        and _nuclear_article(doc, doc.sentence_index(trigger.start))
    ):
        return True  # "conducted six blasts under Pacific atolls"
    if trigger.id == "blast" and _DEVICE_OBJECT.match(text, trigger.end):
        # "The last Soviet test took place in 1990, when the Soviet Union detonated a device ..."
        index = doc.sentence_index(trigger.start)
        return any(h.id == "test" and h is not trigger for h in doc.hits("tests", index, "TRIGGER"))
    if trigger.id == "fire" and _COUNTED_OBJECT.match(text, trigger.end) and (
        not _test_noun(text[trigger.start : trigger.end])
        or _MODAL_BEFORE.search(text, max(0, trigger.start - 12), trigger.start)  # "could launch another within weeks"
    ):
        # "three days after launching a pair from a train": the sentence's weapon, counted again
        index = doc.sentence_index(trigger.start)
        return any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 1), index + 1))
    if (
        trigger.id == "blast"
        and _test_noun(text[trigger.start : trigger.end])
        and _ORDINAL_BEFORE.search(text, max(0, trigger.start - 25), trigger.start)
    ):
        # "ready for a seventh detonation": a counted-on blast right after nuclear tests were told
        return _nuclear_context(doc, doc.sentence_index(trigger.start))
    if trigger.id == "blast" and _test_noun(text[trigger.start : trigger.end]) and _BLAST_EVENT.match(text, trigger.end):
        # "its last explosion took place in November 1991", in an article on nuclear tests
        return _nuclear_context(doc, doc.sentence_index(trigger.start))
    if trigger.id == "blast" and _test_noun(text[trigger.start : trigger.end]) and any(
        0 <= trigger.start - d.end <= 1 and d.value is not None and not d.vague_past
        for d in doc.dates(max(0, trigger.start - 25), trigger.start, future=False)
    ):
        # "opened the series with a May 3 blast", "the March 9 explosion": a dated blast, in an article on nuclear tests
        return _nuclear_context(doc, doc.sentence_index(trigger.start))
    if trigger.id == "fire" and text.endswith("being ", max(0, trigger.start - 6), trigger.start):
        # "The missiles were detected at 8:10 a.m. after being launched from ...": the sentence's subject
        index = doc.sentence_index(trigger.start)
        first = doc.clauses(index)[0]
        return first[1] <= trigger.start and any(h.start - first[0] < 40 for h in weapon_hits(doc, *first))
    if trigger.id == "fire" and (aux := _PASSIVE_AUX.search(text, max(0, trigger.start - 20), trigger.start)) \
            and (_passive_after_relative(doc, aux.start()) or _split_subject(doc, aux.start())):
        return True
    return trigger.id == "fire" and bool(_GENERIC_SUBJECT.search(text, max(0, trigger.start - 60), trigger.start))


_MODAL_BEFORE = re.compile(r"\b(?:could|would|will|may|might|to)\s+$")

# "would continue testing the system": a generic definite object, the weapon named around it
_GENERIC_OBJECT = re.compile(r"[\"”’']?\s+(?:the|this|that|its)\s+(?:new\s+)?(?:system|weapon)\b", re.IGNORECASE)

# "the Fatah-II, which has a range of 400 km, was fired ...": a passive predicate after a relative clause
_PASSIVE_AUX = re.compile(r"(?<![\w\-])(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$")
_RELATIVE = re.compile(r"(?:which|that|who)\s", re.IGNORECASE)
# "the rocket, with a reach of 3,000 km, was fired ...": a relative or "with" modifier
_MODIFIER_CLAUSE = re.compile(r"(?:which|that|who|with)\s", re.IGNORECASE)


_NAME_MODIFIER = re.compile(r",\s+(?:which|that|with)\s", re.IGNORECASE)


def _passive_after_relative(doc: Document, pos: int) -> bool:
    """Whether a passive test verb's clause opens at `pos` right after a relative clause that
    follows a weapon's name: the name is the verb's subject."""
    clauses = doc.clauses(doc.sentence_index(pos))
    at = next((i for i, c in enumerate(clauses) if c[0] == pos), None)
    if at is not None and at >= 1:
        # "The Hwasong-15, which ...": a comma after a digit keeps the name and its modifier in one clause
        prev = clauses[at - 1]
        if any(h.start - prev[0] < 40 and _NAME_MODIFIER.match(doc.text, h.end, prev[1]) for h in weapon_hits(doc, *prev)):
            return True
    if at is None or at < 2 or not _MODIFIER_CLAUSE.match(doc.text, clauses[at - 1][0]):
        return False
    subject = clauses[at - 2]
    return any(subject[1] - h.end <= 2 for h in weapon_hits(doc, *subject))


# what opens a passive launch's clause when its subject sits in the clause before: a quote or a comma
_SPLIT_LEAD = re.compile(r"[\s\"“”'’,]*")


def _ends_on_missile(doc: Document, clause: tuple[int, int]) -> bool:
    """Whether a clause ends on a missile's name, give or take a comma or a closing quote."""
    return any(h.id in _COMBAT_CLASSES and _SPLIT_LEAD.fullmatch(doc.text, h.end, clause[1]) for h in weapon_hits(doc, *clause))


def _split_subject(doc: Document, pos: int) -> bool:
    """Whether a passive launch verb's clause opens at `pos` (after a closing quote at most) and its
    missile subject was cut off from it: by an apposition or a quote ending on the missile ("an
    object, believed to be a ballistic missile, was launched", '"Dozens of missiles," were fired'),
    or by a relative or an apposition right after the missile ("the rocket, which carried a glide
    vehicle, had been launched"); not "the engineer who designed the missile was fired"."""
    index = doc.sentence_index(pos)
    clauses = doc.clauses(index)
    at = next((i for i, c in enumerate(clauses) if c[0] <= pos < c[1]), None)
    if not at or _SPLIT_LEAD.fullmatch(doc.text, clauses[at][0], pos) is None:
        return False
    if at >= 2 and _ends_on_missile(doc, clauses[at - 2]):
        return True  # "the rocket, which carried ..., had been launched", "the missile, a type once banned, was fired"
    return not _RELATIVE.match(doc.text, clauses[at - 1][0]) and _ends_on_missile(doc, clauses[at - 1])


def _trial_of_weapon(doc: Document, trigger: Hit, weapons: list[Hit]) -> bool:
    """Trials of a weapon: one named just before ("Agni-5 trials") or as the object after "of"."""
    text = doc.text
    if any(0 <= trigger.start - h.end < 4 for h in weapons):
        return True
    return any(
        h.start > trigger.end
        and _TRIAL_OF.fullmatch(text, trigger.end, h.start)
        and not _NOT_THE_WEAPON.match(text, h.end)
        for h in weapons
    )


def _nuclear_article(doc: Document, index: int) -> bool:
    """A nuclear weapon or test named anywhere in the article up to the sentence after this one."""
    last = min(len(doc.sentences), index + 2)
    return any(h.id == "nuclear" for i in range(last) for h in doc.hits("weapons", i, "WEAPON"))


def _nuclear_context(doc: Document, index: int) -> bool:
    """A nuclear weapon or test named in the sentence or the two before it."""
    return any(h.id == "nuclear" for i in range(max(0, index - 2), index + 1) for h in doc.hits("weapons", i, "WEAPON"))
