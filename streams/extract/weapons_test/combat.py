"""weapons_test combat reading: whether a "combat" trigger tells a missile launched in an attack
("conducted missile strikes", "struck the port with cruise missiles", "used ATACMS missiles to
strike ..."), which counts as a launch, or only a strike, a threat or a posture; with the missile
classes such a launch needs and the "missile plant" / "missile maker" pattern that keeps a weapon
word from being a verb's object. Separate because it is one self-contained reading of the
acceptance gate with its own patterns, below everything else in the package that uses it
(objects and find_tests borrow its missile classes); it imports no other weapons_test module.
"""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.scope import weapon_hits

# "the missile plant's director", "the missile factory": the weapon word is no object
_NOT_THE_WEAPON = re.compile(
    r"(?:['’]s\b|\s+(?:plant|factory|factories|maker|makers|engineers?|scientists?|designers?|director|chief|smuggl\w+|dealer|deal|case))",
    re.IGNORECASE,
)

# combat launches (the guidelines: "a launch of a weapon"): "conducted missile strikes", "responded with
# retaliatory missile strikes", "launched rocket attacks"; not "condemned the missile strikes", "vowed to launch ..."
_COMBAT_VERB = re.compile(
    r"\b(?:conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|launch(?:es|ed|ing)?|stag(?:es|ed|ing)|unleash(?:es|ed|ing)?"
    r"|(?:respond|retaliat|answer|hit\s+back)(?:s|es|ed|ing)?\s+with|retaliatory)\s+(?:[\w\-'’.]+\s+){0,3}$",
    re.IGNORECASE,
)
_COMBAT_MODAL = re.compile(r"\b(?:to|will|would|could|may|might|shall|should)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "used ATACMS missiles to strike ...", "deployed a ballistic missile during an attack on ...": a weapon
# used in combat, its object; "used ... against" only for "used" (not "deployed missiles against NATO": posture)
_USE_OBJECT = re.compile(r"\s+(?:(?!on\b|at\b|in\b|by\b|to\b|against\b|for\b|as\b|and\b)[\w\-'’.“”\"]+\s+){0,5}", re.IGNORECASE)
_IN_ATTACK = (
    r"(?:during|in)\s+(?:an?|the|these|those|this|its|their)\s+(?:[\w\-]+\s+){0,2}(?:attacks?|strikes?|operations?|assault|raids?|offensive)\b"
    r"|to\s+(?:strike|hit|attack|target|bomb|shell)\b"
)
_USED_AFTER = re.compile(rf"[^;.]{{0,100}}?\b(?:against\b|{_IN_ATTACK})", re.IGNORECASE)
_DEPLOYED_AFTER = re.compile(rf"[^;.]{{0,100}}?\b(?:{_IN_ATTACK})", re.IGNORECASE)
# "the weapon was used by Moscow against ...": a passive use, its subject a weapon or a generic one
_PASSIVE_USE = re.compile(
    r"\b(?P<subject>(?:the|this|that|these|those|its|their)\s+(?:[\w\-]+\s+){0,2}(?:system|weapon|missiles?|rockets?)\s+)?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:first|reportedly|also|previously|already|again)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_USED_AFTER = re.compile(rf"(?:\s+by\s+[^,;.]{{1,40}}?)?\s+(?:against\b|{_IN_ATTACK})", re.IGNORECASE)
_WITH_VERBS = frozenset({"struck", "attacked", "targeted", "pounded", "bombarded", "shelled", "struck at"})
_STRUCK_WITH = re.compile(
    r"[^,;.]{0,60}?\bwith\s+(?:(?:a|an|the|its|their|two|three|four|five|several|multiple|dozens\s+of|hundreds\s+of|more\s+than\s+\d+|\d+)\s+)?"
    r"(?:(?!near\b|at\b|in\b|on\b|of\b|from\b|to\b|by\b|outside\b|and\b)[\w\-'’.“”\"]+\s+){0,3}",
    re.IGNORECASE,
)
_DEFENCE_AFTER = re.compile(r"[\s\-]+(?:defen[cs]es?|shields?|interceptors?)\b", re.IGNORECASE)
_COMBAT_CLASSES = frozenset(
    {"icbm", "irbm", "srbm", "slbm", "cruise_missile", "hypersonic", "ballistic_missile", "missile", "rocket_artillery", "long_range_missile"}
)


def _combat(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A combat launch: a missile strike noun after an event verb, or a missile used in an attack."""
    text = doc.text
    word = text[trigger.start : trigger.end].lower()
    if word in _WITH_VERBS:
        # "struck the port with cruise missiles", "pounded the city with rockets": the weapon as the means
        if _COMBAT_MODAL.search(text, max(doc.sentences[index][0], trigger.start - 20), trigger.start):
            return False
        return any(
            h.id in _COMBAT_CLASSES and _STRUCK_WITH.fullmatch(text, trigger.end, h.start) and not _NOT_THE_WEAPON.match(text, h.end)
            for h in weapon_hits(doc, trigger.end, min(clause[1], trigger.end + 100))
        )
    if word not in ("used", "deployed"):
        lo = max(clause[0], trigger.start - 60)
        m = _COMBAT_VERB.search(text, lo, trigger.start)
        return m is not None and not _COMBAT_MODAL.search(text, max(0, m.start() - 20), m.start())
    s, e = doc.sentences[index]
    passive = _PASSIVE_USE.search(text, max(s, trigger.start - 60), trigger.start)
    if passive and word == "used":
        if not _PASSIVE_USED_AFTER.match(text, trigger.end, e):
            return False
        if passive.group("subject"):  # "the weapon was used by ...": a generic subject, a missile named around it
            return any(h.id in _COMBAT_CLASSES for i in range(max(0, index - 1), index + 1) for h in doc.hits("weapons", i, "WEAPON"))
        return any(0 <= passive.start() - h.end < 25 and h.id in _COMBAT_CLASSES for h in weapon_hits(doc, s, passive.start() + 1))
    if _COMBAT_MODAL.search(text, max(s, trigger.start - 20), trigger.start):
        return False  # "permission to use", "could be deployed": no launch
    after = _USED_AFTER if word == "used" else _DEPLOYED_AFTER
    objects = [
        h for h in weapon_hits(doc, trigger.end, min(e, trigger.end + 80))
        if h.id in _COMBAT_CLASSES and _USE_OBJECT.fullmatch(text, trigger.end, h.start) and not _NOT_THE_WEAPON.match(text, h.end)
        and not _DEFENCE_AFTER.match(text, h.end)
    ]
    return bool(objects) and bool(after.match(text, objects[0].end, e))
