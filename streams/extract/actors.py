"""Who acts: alpha-3 codes from the actor lexicon, picked by a subject-first heuristic."""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.lexicon import Hit

# a preposition, or a count ("detected 70 Chinese aircraft"): the state names an object's owner
# or a participle acting on it ("..., prompting Japan to issue alerts")
_OBJECT_PREPOSITION = re.compile(
    r"(?:\b(?:on|against|to|with|toward|towards|at|from|by|over|for|of|between|than|into|onto|inside|across|near|off|along|through|via|about"
    r"|prompting|forcing|urging|pressing|pushing|compelling|spurring|prodding|causing|accusing|blaming|condemning|criticising|criticizing)\s+(?:the\s+)?"
    r"|\b\d(?:[\d,]*\d)?\s+)$",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)


def actor_hits(doc: Document, index: int) -> list[Hit]:
    return doc.hits("actors", index, "ACTOR", "GROUP")


_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)


def agent_after(doc: Document, pos: int) -> str | None:
    """A passive event's agent or launch origin named just after it ("was fired by Iran",
    "were launched from North Korea"), for events with no subject-like actor."""
    for h in actor_hits(doc, doc.sentence_index(pos)):
        if h.start >= pos and h.start - pos < 50 and h.label == "ACTOR" and _AGENT.search(doc.text, max(0, h.start - 10), h.start):
            return code_of(h)
    return None


def origin_in(doc: Document, index: int) -> str | None:
    """The state a named national weapon system belongs to (Hwasong, Sarmat, Shaheen): ORIGIN
    patterns of the actor lexicon, a fallback when the sentence names no acting state."""
    found = {h.id for h in doc.hits("actors", index, "ORIGIN")}
    return found.pop() if len(found) == 1 else None


def code_of(hit: Hit) -> str | None:
    """Alpha-3 of an ACTOR hit; groups of states (E3, world powers) have no single code."""
    return hit.id if hit.label == "ACTOR" else None


# "the U.S. mainland", "Japanese waters", "U.S. bases in Guam": the state names a place
_PLACE = re.compile(
    r"\s+(?:(?:mainland|territory|territorial\s+waters|waters|soil|airspace|coast(?!\s+guard)|coastline|shores?|islands?|"
    r"(?:military\s+|air\s+|naval\s+)?bases?|exclusive\s+economic\s+zone|EEZ)\b|side\s+of\s+the\s+border)"
)


def _is_object(doc: Document, hit: Hit) -> bool:
    """Whether a preposition right before the mention makes it an object, or a place noun after
    it a location, so that it can't be the subject; memoised per article."""
    found = doc.object_like.get(hit.start)
    if found is None:
        found = doc.object_like[hit.start] = bool(
            _OBJECT_PREPOSITION.search(doc.text, max(0, hit.start - 16), hit.start)
            or _PLACE.match(doc.text, hit.end, hit.end + 40)
        )
    return found


# the mention reports rather than acts: "Seoul's Joint Chiefs of Staff said", "A South Korean
# official told reporters", "Tokyo initially said"; no comma or verb of its own in between
_SAYS = re.compile(
    r"(?:['’]s?)?(?:\s+\(?[\w\-.]+\)?){0,4}?\s+(?:said|says|say|told|tells|reported|reports|added|estimated|detected|confirmed|stated)\b"
)
_SAID_END = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|added|estimated|detected|confirmed|stated)\b")
# a pronoun opening the reported clause points back at the speaker: "North Korea said it fired"
_SPEAKER_PRONOUN = re.compile(r"\b(?:it|its|they|their|we|our)\b", re.IGNORECASE)


def _reports(doc: Document, hit: Hit) -> re.Match[str] | None:
    """The speech verb after a mention that is a source, not an actor."""
    return _SAYS.match(doc.text, hit.end, hit.end + 48)


def _observer(doc: Document, hit: Hit, pos: int) -> bool:
    """Whether `hit` only reports the test at `pos`: it says that a missile was fired or flew
    ("Seoul's JCS said two projectiles flew"), with no pronoun making the speaker the tester."""
    said = _reports(doc, hit)
    if said is None:
        return False
    if said.end() > pos:  # "..., the JCS said": after the test
        return hit.start > pos
    return not _SPEAKER_PRONOUN.search(doc.text, said.end(), pos)


def actor_at(doc: Document, pos: int, *, prefer_object: bool = False) -> str | None:
    """The actor of the event at `pos`: nearest subject-like mention before it in the sentence,
    else the sentence's first actor, else the previous sentences' last one. A test that a
    source only reports ("the missile flew 600 km, Japan said") falls to the weapon's origin
    or the article's running tester before the source."""
    index = doc.sentence_index(pos)
    hits = actor_hits(doc, index)
    before = [h for h in hits if h.end <= pos]
    if prefer_object:
        after = [h for h in hits if h.start >= pos and h.start - pos < 60 and h.label == "ACTOR"]
        if after:
            return code_of(after[0])
    speaker = _quoted_speaker(doc, index, pos, before)
    if speaker and not _is_test(doc, index, pos):
        return speaker
    subjects = [h for h in before if not _is_object(doc, h)]
    observer: Hit | None = None
    if subjects and _is_test(doc, index, pos) and _observer(doc, subjects[-1], pos):
        observer, subjects = subjects[-1], []
    if len(subjects) > 1:
        subjects = _outside_relatives(doc, subjects, pos)
    if subjects:
        return _group_aware(doc, subjects)
    test = observer is not None or _is_test(doc, index, pos)
    if hits and not before:
        first = hits[0]
        if not _is_object(doc, first) and first.start - pos < 80:
            if not (test and _observer(doc, first, pos)):
                return code_of(first)
            observer = first
    if test:
        found = origin_in(doc, index) or running_tester(doc, index)
        if found:
            return found
    if observer:
        return code_of(observer)
    for back in range(index - 1, max(-1, index - 3), -1):
        previous = [h for h in actor_hits(doc, back) if not _is_object(doc, h)]
        if previous:
            return code_of(previous[-1])
    return None


def _is_test(doc: Document, index: int, pos: int) -> bool:
    """Whether `pos` is a test trigger (the tests lexicon), whose actor is the tester."""
    return any(h.start == pos for h in doc.hits("tests", index, "TRIGGER"))


_RUNNING_BACK = 8  # sentences looked back for the running tester


def running_tester(doc: Document, index: int) -> str | None:
    """The state the article's latest earlier test names as its tester in its own sentence
    (owner or subject, not a reporting source): what "the missile flew", "it set off" and
    "Its latest launch" refer back to."""
    for back in range(index - 1, max(-1, index - _RUNNING_BACK), -1):
        for trigger in reversed(doc.hits("tests", back, "TRIGGER")):
            found = owner_at(doc, back, trigger.start) or _own_subject(doc, back, trigger.start)
            if found:
                return found
    return None


# "Seoul condemned the launch": the subject reacts to someone else's test
_REACTION = re.compile(
    r"\b(?:condemn|denounc|critici[sz]|slam|protest|deplor|respond|react|welcom|detect|track|monitor|analy[sz]|"
    r"intercept|spott|observ)\w*", re.IGNORECASE
)


def _own_subject(doc: Document, index: int, pos: int) -> str | None:
    """A test's subject-like actor in its own sentence, if it is not only a reporting source."""
    subjects = [h for h in actor_hits(doc, index) if h.end <= pos and not _is_object(doc, h)]
    if not subjects or _observer(doc, subjects[-1], pos) or _REACTION.search(doc.text, subjects[-1].end, pos):
        return None
    if len(subjects) > 1:
        subjects = _outside_relatives(doc, subjects, pos)
    return _group_aware(doc, subjects)


# 'China's "aggressive military activities" ..., the State Department said': the words in
# quotes are the speaker's charge against the owner, and the speaker is the one escalating
_QUOTE_OPEN = re.compile(r"['’]s?\s+[\"“]")
_SPEAKER_AFTER = re.compile(r"[,\"”]\s*(?:the\s+)?$")


def _quoted_speaker(doc: Document, index: int, pos: int, before: list[Hit]) -> str | None:
    """The source named after a quoted charge that a possessive pins on another state."""
    if not before or not _QUOTE_OPEN.match(doc.text, before[-1].end, pos):
        return None
    for h in actor_hits(doc, index):
        if h.start > pos and h.label == "ACTOR" and _SPEAKER_AFTER.search(doc.text, max(pos, h.start - 8), h.start):
            said = _reports(doc, h)
            if said and not _SAID_END.search(doc.text, said.end(), doc.sentences[index][1] - 1):
                return h.id
    return None


def _group_aware(doc: Document, subjects: list[Hit]) -> str | None:
    """A list of states acting together ("France, Germany and the UK") has no single actor."""
    last = subjects[-1]
    codes = {code_of(last)}
    for h in reversed(subjects[:-1]):
        gap = doc.text[h.end : last.start]
        if re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", gap):
            codes.add(code_of(h))
            last = h
        else:
            break
    return codes.pop() if len(codes) == 1 else None


# ", which backs the Houthis," / ", who met Putin last year,": a parenthetical relative clause
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*,")


def _outside_relatives(doc: Document, subjects: list[Hit], pos: int) -> list[Hit]:
    """Drop mentions inside a relative clause closed before `pos`: in "Iran, which backs the
    Houthis, warned Washington" Iran warns, not the Houthis."""
    lo = subjects[0].end
    if "," not in doc.text[lo:pos]:
        return subjects
    spans = [(m.start(), m.end()) for m in _RELATIVE.finditer(doc.text, lo, pos)]
    if not spans:
        return subjects
    kept = [h for h in subjects if not any(a <= h.start and h.end <= b for a, b in spans)]
    return kept or subjects


_OWNED = re.compile(r"['’]s?\s+(?:(?![\w\-]*ed\b|said\b|says?\b)[\w\-]+\s+){0,3}$", re.IGNORECASE)  # no verb in the NP


def owner_at(doc: Document, index: int, pos: int) -> str | None:
    """The state a possessive names as the owner of the event at `pos`: "North Korea's sixth
    nuclear test", "China's rapid build-up"."""
    before = doc.text[max(0, pos - 40) : pos]
    if "'" not in before and "’" not in before:
        return None
    for h in doc.hits("actors", index, "ACTOR"):
        if 0 < pos - h.end < 40 and _OWNED.fullmatch(doc.text, h.end, pos) and not _QUOTE_OPEN.match(doc.text, h.end, pos):
            return h.id
    return None
