"""What a weapons mention covers: weapon classes for tests, scope classes for moratoria."""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.lexicon import Hit

_SITE_OR_PURPOSE = re.compile(
    r"\s*(?:launch(?:ing)?\s+(?:site|ground|pad|station|facility)|test(?:ing)?\s+(?:site|ground|range)"
    r"|technolog(?:y|ies)|program(?:me)?s?\b|capab(?!le\b)|development)",  # "capable of ..." describes the weapon
    re.IGNORECASE,
)
# "the satellite launch site", "a satellite launch station": a launch site named by what it launches
_LAUNCH_SITE_AFTER = re.compile(r"\s+(?:site|ground|pad|station|facility|complex|centre|center)s?\b", re.IGNORECASE)
# "engines for a long-range missile or a space rocket": each purpose of the list
_FOR_BEFORE = re.compile(
    r"\b(?:engines?|motors?|technology|warheads?)\s+(?:(?:intended|designed|meant|built|developed|destined)\s+)?for\s+(?:[\w\-]+\s+){0,3}(?:(?:or|and)\s+(?:[\w\-]+\s+){0,3})?$", re.IGNORECASE
)
# "the first country without nuclear weapons to fire an SLBM": a description, not the weapon
_WITHOUT_BEFORE = re.compile(r"\b(?:without|non-?)\s*$", re.IGNORECASE)
# "an interceptor destroyed a target simulating a long-range ballistic missile": the target's
# description, not the weapon tested
_SIMULATED_BEFORE = re.compile(r"\b(?:simulat(?:ing|ed)|mimick?(?:ing|ed)|mimics|imitating)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)

# "designed to intercept ballistic missiles at high altitude": the interceptor's target, not the weapon
_TARGET_BEFORE = re.compile(
    r"\b(?:intercept(?:s|ed|ing)?|shoot(?:s|ing)?\s+down|shot\s+down)\s+(?:(?:a|an|the|incoming|enemy|hostile)\s+){0,2}(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "technology interchangeable with that of long-range ballistic missiles", "should not be mistaken for a
# nuclear test": a weapon named only as a comparison, not the one at hand
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:that|those)\s+of|similar\s+to|akin\s+to|interchangeable\s+with|comparable\s+to|mistaken\s+for"
    r"|confused\s+with)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_COMPARED_WORDS = ("at of", "se of", "ar to", "in to", "changeable", "able to", "mistaken", "confused")
# a weapon named as something other than the one at hand: (words one of which must stand in the 30
# chars before it, the pattern, how far back the pattern may start)
_NAMED_AS_OTHER: tuple[tuple[tuple[str, ...], re.Pattern[str], int], ...] = (
    (("im",), _SIMULATED_BEFORE, 30),
    (_COMPARED_WORDS, _COMPARED_BEFORE, 45),
    (("ercept", "down"), _TARGET_BEFORE, 30),
)

SCOPE_OF = {
    "nuclear": "nuclear", "icbm": "icbm", "long_range_missile": "long_range_missile",
    "irbm": "missile", "srbm": "missile", "slbm": "missile", "cruise_missile": "missile",
    "hypersonic": "missile", "ballistic_missile": "missile", "missile": "missile",
    "rocket_artillery": "missile", "space_launch": "space_launch", "engine": "other",
}
_SPECIFIC = frozenset(SCOPE_OF) - {"missile"}


def _for_before(doc: Document, start: int) -> bool:
    """_FOR_BEFORE in the 50 chars before a weapon mention, once per mention and article (the
    clauses asked about overlap), and only where a "for" stands in them at all."""
    found = doc.for_before.get(start)
    if found is None:
        lo = max(0, start - 50)
        found = doc.for_before[start] = "for" in doc.text[lo:start].lower() and bool(_FOR_BEFORE.search(doc.text, lo, start))
    return found


def weapon_hits(doc: Document, start: int, end: int) -> list[Hit]:
    """Weapon mentions in text[start:end], minus launch sites, technology and 'engine for X' purposes;
    memoised per article, as tests and moratoria ask again for the same clauses."""
    found = doc.weapon_spans.get((start, end))
    if found is not None:
        return found
    out = []
    for h in doc.between("weapons", start, end, "WEAPON"):
        if _SITE_OR_PURPOSE.match(doc.text, h.end) and h.id not in ("nuclear",):
            continue
        if h.id == "space_launch" and _LAUNCH_SITE_AFTER.match(doc.text, h.end) and doc.text[h.end - 6 : h.end].lower() == "launch":
            continue  # "a test at its satellite launch site": the place, not a satellite launch
        if _for_before(doc, h.start):
            continue
        window = doc.text[max(0, h.start - 30) : h.start]
        if any(
            any(w in window for w in words) and pattern.search(doc.text, max(0, h.start - reach), h.start)
            for words, pattern, reach in _NAMED_AS_OTHER
        ):
            continue
        if h.id == "nuclear" and doc.text[h.end - 6 : h.end].lower() in ("weapon", "eapons") and _WITHOUT_BEFORE.search(
            doc.text, max(0, h.start - 12), h.start
        ):
            continue
        out.append(h)
    doc.weapon_spans[(start, end)] = out
    return out


def weapon_classes(hits: list[Hit]) -> list[str]:
    """Guideline weapon classes, specific ones first; a bare 'missile' is `unspecified`."""
    classes: list[str] = []
    for h in hits:
        cls = "icbm" if h.id == "long_range_missile" else h.id
        if cls not in classes:
            classes.append(cls)
    specific = [c for c in classes if c in _SPECIFIC]
    if specific:
        return specific + (["unspecified"] if "unspecified" in classes else [])
    return ["unspecified"] if classes else []


def scope_classes(hits: list[Hit]) -> list[str]:
    """Moratorium scope classes of weapon mentions, in text order, without repeats."""
    out: list[str] = []
    for h in hits:
        scope = SCOPE_OF.get(h.id)
        if scope and scope not in out:
            out.append(scope)
    return out


def article_scope(doc: Document) -> list[str]:
    """Fallback scope from the whole article: nuclear if it speaks of nuclear testing."""
    for i in range(len(doc.sentences)):
        if any(h.id == "nuclear" for h in doc.hits("weapons", i, "WEAPON")):
            return ["nuclear"]
    for i in range(len(doc.sentences)):
        if any(h.id in SCOPE_OF for h in doc.hits("weapons", i, "WEAPON")):
            return ["missile"]
    return []
