"""weapons_test clauses: the _Test record, the test-noun check, and how a sentence is cut into
the clauses tests are read in (splitting, rejoining appositions and lists, coordinated verbs).

Separate because every other reading works on a clause and a _Test: the bottom layer the
acceptance, temporal and weapon readings share, importing none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.scope import weapon_hits

_NOUNS = re.compile(
    r"(?:flight\s|test[\s-])?(?:tests?|testing|launch(?:es)?|blasts?|explosions?|detonations?|firings?|salvos?|barrages?|flights?"
    r"|user[\s-]trials?|experiments?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _test_noun(word: str) -> bool:
    """_NOUNS.search on a trigger's text: asked per trigger and again per clause mate, over a
    small vocabulary, so memoised by the word."""
    return _NOUNS.search(word) is not None


# digit-final commas don't split clauses ("Sept. 23, 1992"); before a conjunction they do
_DIGIT_BREAK = re.compile(r"(?<=\d),\s+(?=(?:and|when|where|but|while)\s)")
# "..., including the Ghaznavi and the Ghauri": a list of the clause's own weapons
# "a version of the missile, known as D5LE2, is due to ...": a naming apposition is no clause of its own
_NAMING_APPOSITION = re.compile(
    r"(?i:known\s+as|also\s+known\s+as|dubbed|designated|nicknamed|code-?named|named|called)\s+[\"“']?[A-Z][^,;]{0,30},"
    # "to carry a new satellite, Kavoshgar, into orbit": a bare name set off by commas before the orbit
    r"|[\"“']?[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,2}[\"”']?,(?=\s+(?:into|to|onto)\s)"
)
# "in March, 1991": a year after a comma completes the month before it, one clause
_YEAR_AFTER_MONTH = re.compile(r"(?:19|20)\d\d\b")
_MONTH_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)$"
)
_PREPOSITION = re.compile(r"(?:into|in|to|from|on|at|onto|toward|towards|aboard|with)\s")
_LIST_CLAUSE = re.compile(r"(?:including|such\s+as|among\s+them|notably)\s", re.IGNORECASE)
# "... two years ago and plans to launch three satellites": a second predicate looking ahead
_AHEAD_BREAK = re.compile(
    r" and\s+(?:also\s+)?(?:plans?|intends?|aims?|hopes?|vow(?:s|ed)|pledged|threaten(?:s|ed)|is\s+(?:set|expected|preparing|planning|likely)"
    r"|are\s+(?:set|expected|preparing|planning|likely)|will|would|could|may|might)\s"
)
# "threatened to stage a test in response to a condemnation of its recent launches": the cause, another event
_CAUSE_BREAK = re.compile(r" (?=in\s+(?:response|retaliation|reaction)\s+(?:to|for)\s)")
_BREAK = re.compile(rf"(?P<digit>{_DIGIT_BREAK.pattern})|(?P<ahead>{_AHEAD_BREAK.pattern})|(?P<cause>{_CAUSE_BREAK.pattern})")
# _DIGIT_BREAK opening on its literal comma: the same matches, but the engine skips to commas
# instead of trying the lookbehind at every character
_DIGIT_COMMA = re.compile(r",(?<=\d,)\s+(?=(?:and|when|where|but|while)\s)")


def _breaks_in(text: str, start: int, end: int) -> bool:
    """Whether _BREAK matches in text[start:end]: each branch searched on its own literal
    opening (" and", ","), ~10x faster than the combined pattern, which has no literal prefix."""
    return bool(_AHEAD_BREAK.search(text, start, end) or _DIGIT_COMMA.search(text, start, end) or _CAUSE_BREAK.search(text, start, end))


_APPOSITION = re.compile(r"(?:a|an)\s")
_PREDICATE_START = re.compile(r"(?:was|were|had\s+been|has\s+been|have\s+been)\s")
_APPOSED_SUBJECT = re.compile(r"\s*(?:(?:The|the|Its|its|Their|their)\s+)?(?:[A-Z][\w\-'’.]*\s+){0,3}[A-Z][\w\-'’.]*,\s+(?:a|an)\s+[^,;]{1,70}")
_NAME_END = re.compile(r"\b[A-Z][\w\-]*[\s,]*$")


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
    bare: bool = False  # accepted on its own verb or detail, naming no weapon ("The launch, from ...")
    clauses: list[tuple[int, int]] | None = None  # the sentence's clauses as _clauses reads them, if not the document's
    habitual: bool = False  # "routinely test nuclear-capable missiles": a summary, naming its own (generic) weapon
    rocket: bool = False  # its only weapon word is a bare "rocket": a space launcher in a space-launch story
    back: bool = False  # its only weapon words are "the missile(s)": a back-reference


# "have repeatedly test-fired rockets, one of them ...": a record summed up, the listed launch its own event
_REPEATED_RECORD = re.compile(r"\b(?:has|have)\s+repeatedly\s+[\w\-]+\s+(?:[\w\-]+\s+){0,2}?(?:missiles|rockets)\W*$", re.IGNORECASE)


def _clauses(doc: Document, index: int) -> list[tuple[int, int]]:
    """The sentence's clauses as tests read them: a comma after a digit splits before a
    conjunction ("in December 2018, and officials said ..."), a second predicate that looks
    ahead splits ("tested X last year and plans to launch Y"), a list clause ("including
    the Ghauri") and an apposition naming a weapon ("the Abdali, a ballistic missile with
    ...") belong to the clause before."""
    text, plain = doc.text, doc.clauses(index)
    out: list[tuple[int, int]] = []
    broken = _breaks_in(text, plain[0][0], plain[-1][1])
    if len(plain) == 1 and not broken:
        return plain
    named = False
    for s, e in plain:
        if out and named and _PREPOSITION.match(text, s):
            named = False  # "put a new satellite, named X, into orbit": the clause goes on past the name
            out[-1] = (out[-1][0], e)
            continue
        named = bool(out) and bool(_NAMING_APPOSITION.match(text, s))
        if out and (
            (_LIST_CLAUSE.match(text, s) and not _REPEATED_RECORD.search(text, out[-1][0], s))
            or named
            or (text[s : s + 1].isdigit() and _YEAR_AFTER_MONTH.match(text, s) and _MONTH_END.search(text, out[-1][0], out[-1][1]))
            or (_APPOSITION.match(text, s) and _apposition(doc, out[-1], s, e))
            or _open_noun_phrase(doc, out[-1], s, e)
            or _bracketed_alias(doc, out[-1], s, e)
            # "The Hwasong-18, a solid-fuel ICBM, was fired on ...": the subject's predicate past its apposition
            or (len(out) == 1 and out[0][0] == plain[0][0] and _PREDICATE_START.match(text, s) and _APPOSED_SUBJECT.fullmatch(text, *out[0]))
            or (len(out) == 1 and out[0][0] == plain[0][0] and _fronted(doc, out[0], s, e))
        ):
            out[-1] = (out[-1][0], e)
            continue
        cut = s
        if broken:
            for m in _BREAK.finditer(text, s, e):
                if m.start() > cut:
                    out.append((cut, m.start()))
                    # "and plans to ..." and "in response to ..." open the next clause; a digit comma is dropped
                    cut = m.end() if m.lastgroup == "digit" else m.start() + 1
        out.append((cut, e))
    return out


# "Launched from a rail platform, the new missile ...": a fronted participle whose subject opens the next clause
_FRONTED = re.compile(
    r"\s*(?:Launched|Fired|Test-fired|Test-launched|Test\s+fired)\s+(?:[\w\-'’]+\s+){0,3}?from\s+(?:a|an|the|its|their)\s+[^,;]{3,60},\s*$"
)
_DEFINITE_START = re.compile(r"\s*(?:the|its|their|this)\s", re.IGNORECASE)
_ABLE_MAIN = re.compile(r"\b(?:can|could|is\s+able|are\s+able|is\s+capable|are\s+capable|is\s+designed|are\s+designed)\b", re.IGNORECASE)


def _fronted(doc: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """"Launched from a submarine, the Bulava ...": the participle's subject, a definite weapon, opens the clause after it."""
    text = doc.text
    if not _FRONTED.fullmatch(text, previous[0], start) or not _DEFINITE_START.match(text, start):
        return False
    if _ABLE_MAIN.search(text, start, end):
        return False  # "Launched from a submarine, the Bulava can carry six warheads": what it is, no launch told
    return any(h.start - start < 50 for h in weapon_hits(doc, start, end))


def _apposition(doc: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """"launched the Abdali, a ballistic missile with a range of 450 km": a clause that opens
    with an indefinite weapon description right after a name."""
    if not _NAME_END.search(doc.text, previous[0], previous[1]):
        return False
    return any(h.start - start < 40 for h in weapon_hits(doc, start, end))


# "fired a domestically built, medium-range missile": an indefinite phrase left open by a comma
# between its adjectives (at most three words after the article, the last no noun of a list)
_OPEN_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?:ly|ed|de|ilt|wn|ew|ous|al|ic)$")
_ADJECTIVE_START = re.compile(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?\s")


def _open_noun_phrase(doc: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """"fired a domestically built, medium-range missile": the comma parts two adjectives
    of one object, so the clause after it (an adjective, then a weapon within a few words) goes
    on the one before; "fired a rocket, ..." (a weapon already named) is no open phrase."""
    text = doc.text
    m = _OPEN_INDEFINITE.search(text, previous[0], previous[1])
    if not m or not _ADJECTIVE_START.match(text, start) or weapon_hits(doc, m.start(), previous[1]):
        return False
    return any(h.start - start < 30 for h in weapon_hits(doc, start, end))


# "a Tsirkon (Zircon)": a name and its other spelling or meaning in brackets, the bracket just closed
_ALIAS_BEFORE = re.compile(r"\b[A-Z][\w\-]*\s+\([A-Z][\w\-]*(?:\s+[\w\-]+){0,1}$")


def _bracketed_alias(doc: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """"tested a Volkhov (Thunder) long-range cruise missile": the bracket after a name gives its
    alias, the noun it names goes on past it (a weapon within a few words); "the Strategic Rocket
    Forces (RVSN) said ..." names no weapon after the bracket."""
    if not _ALIAS_BEFORE.search(doc.text, previous[0], previous[1]) or not doc.text[start : start + 1].islower():
        return False
    return any(h.start - start < 30 for h in weapon_hits(doc, start, end))


def _clause_of(clauses: list[tuple[int, int]], doc: Document, pos: int) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= pos < c[1]), None) or doc.clause_at(pos)


# "test-launched a Yars and fired Iskander missiles": a second test verb joined by "and"
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+|also\s+|later\s+)?$", re.IGNORECASE)
_AND_PASSIVE = re.compile(r"\s+and\s+(?=(?:[\w\-]+\s+){1,4}(?:was|were)\s+(?:[a-z]+ly\s+)?$)", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _coordinated(doc: Document, clauses: list[tuple[int, int]], triggers: list[Hit]) -> list[tuple[int, int]]:
    """Split a clause between two test verbs joined by "and" that each take a weapon of their
    own ("test-launched an ICBM and fired cruise missiles"): two tests, each its own weapons;
    one verb over a list ("launched a Yars and a Sineva") stays one."""
    text, out = doc.text, clauses
    for a, b in pairwise(triggers):
        if b.start - a.end > 120 or _test_noun(text[a.start : a.end]) or _test_noun(text[b.start : b.end]):
            continue
        m = _AND_VERB.search(text, a.end, b.start)
        c = _clause_of(out, doc, a.start)
        if m:
            if not c[0] <= b.start < c[1] or not weapon_hits(doc, a.end, m.start()) or not weapon_hits(doc, b.end, c[1]):
                continue
        else:
            # "rockets were fired ... and missiles were launched ...": two passives, each its own subject
            m = _AND_PASSIVE.search(text, a.end, b.start)
            if not m or not c[0] <= b.start < c[1] or not _PASSIVE_BEFORE.search(text, max(c[0], a.start - 12), a.start):
                continue
            if not weapon_hits(doc, c[0], a.start) or not weapon_hits(doc, m.end(), b.start):
                continue
        at = out.index(c) if c in out else None
        if at is None:
            continue
        out = [*out[:at], (c[0], m.start()), (m.start() + 1, c[1]), *out[at + 1 :]]
    return out
