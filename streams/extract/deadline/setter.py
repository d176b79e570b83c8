"""Who set a deadline: the party that gave, imposed or conditioned a limit, not the one bound by it.

Apart because attribution reads actors and clause structure, not dates, and every finder shares it.
"""

from __future__ import annotations

import re

from streams.extract.actors import actor_at, addressed_speaker, code_of, is_object
from streams.extract.document import Document
from streams.extract.lexicon import Hit

_ATTRIBUTION = re.compile(r"\W*")  # the attribution verb ends the sentence

# every actors label but PLACE ("Indian Ocean", "Sea of Japan": a place, no party)
_ACTOR_LABELS = ("ACTOR", "GROUP", "ORIGIN", "BODY")

# the party that must meet a limit, not the one that set it: "Iran must ...", "Tehran has 60 days"
_ADDRESSEE = re.compile(
    r"\s+(?:(?:still|now|only|also)\s+)?(?:must\b|(?:is|are|was|were)\s+required\s+to\b|fac(?:es|ed|ing)\s+(?:a|an|the)\b"
    r"|(?:has|have|had)\s+(?:[\"“]\s*)?(?:until\b|(?:only\s+|just\s+|(?:less|fewer)\s+than\s+)?\w+[\s\-](?:[\w\-]+[\s\-])?(?:days?|weeks?|months?|hours?|deadline)\b))",
    re.IGNORECASE,
)


_OBLIGED = re.compile(r"\b(?:requires?|required|requiring|obliges?|obliged|obligates?|compels?|ordered|orders)\s+$", re.IGNORECASE)
# "called on Syria to declare its sites by June 1": the party urged to meet a stated day, not its setter
_URGED = re.compile(r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed)?|press(?:es|ed)|call(?:s|ed)?\s+(?:on|upon))\s+(?:the\s+)?$", re.IGNORECASE)
_URGED_LIMIT = re.compile(r"(?:by|before|no\s+later\s+than|not\s+later\s+than)\b", re.IGNORECASE)
_QUOTE_CLOSED = re.compile(r"[,!?][\"”]\s+(?:[A-Z][\w.\-]*\s+){0,5}$")  # '...compliance," Secretary Pompeo told'
_GIVER_REACH = 120
_GIVER_BEFORE = re.compile(r"\b(?:deadline|ultimatum|cut-?off|limit|date)\s+$", re.IGNORECASE)
_GIVER_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:just\s+|already\s+)?(?:given|gave|set|imposed|issued|laid\s+down)\b(?!\s+by\b)",
    re.IGNORECASE,
)


_DEMAND_VERBS = frozenset({"demanded", "demands", "insisted", "insists"})
_DEMAND_REACH = 160
_THAT = re.compile(r"\s+that\s", re.IGNORECASE)

_NEW_SUBJECT = re.compile(r"(?:\b(?:and|as|while|but|when)|;)\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|had|have|also|then|now|just|on\s+\w+day)\s+)?")


def _setter(doc: Document, pos: int) -> str | None:
    """The subject of a setting verb ('Washington gave Pyongyang a deadline'), not its
    recipient; else the actor of the event at `pos`."""
    index = doc.sentence_index(pos)
    clause = doc.clause_at(pos)
    setters = doc.hits("deadline", index, "SETTER")
    subjects = [h for h in doc.hits("actors", index, *_ACTOR_LABELS) if clause[0] <= h.start and h.end <= pos]
    if subjects and pos - subjects[-1].end < 40 and (speaker := addressed_speaker(doc, index, subjects[-1])) is not None:
        return speaker or None  # 'the commentary said the United States had "until ..."': the speaker
    verbs = [h for h in setters if clause[0] <= h.start and h.end <= pos]
    if verbs and subjects and subjects[-1].start > verbs[-1].end and any(v.start == pos for v in setters) \
            and _NEW_SUBJECT.search(doc.text, max(clause[0], subjects[-1].start - 10), subjects[-1].start) \
            and _SUBJECT_GAP.fullmatch(doc.text, subjects[-1].end, pos) and not is_object(doc, subjects[-1]):
        # "the Guards warned they could shut Hormuz and Washington gave Tehran two weeks": the
        # setting verb's own subject, opening a coordinated clause, not the earlier verb's
        return code_of(subjects[-1])
    if verbs:
        if _joint_setters(doc, index, verbs[-1]):
            return None  # "Paris and Berlin fixed mid-June as the cut-off": several setters, none alone
        return _owner_of_subject(doc, index, clause, verbs[-1]) or actor_at(doc, verbs[-1].start)
    # "X demanded that the United States, South Korea and Japan call off ... by Friday": the list's
    # commas split the clause; the setter is who demanded, not the states addressed
    demands = [
        v for v in setters
        if v.end <= clause[0] and pos - v.end < _DEMAND_REACH and doc.text[v.start : v.end].lower() in _DEMAND_VERBS
        and _THAT.match(doc.text, v.end)
    ]
    if demands and (found := actor_at(doc, demands[-1].start)) is not None:
        return found
    # "..., Washington said.": an attribution closing the sentence names the setter;
    # '"Russia has 60 days to comply," Pompeo told reporters ...': so does the speaker of a quote
    e = doc.sentences[index][1]
    for h in reversed(doc.hits("actors", index, *_ACTOR_LABELS)):
        if h.start <= pos:
            break
        verb = next((v for v in setters if 0 < v.start - h.end < 30), None)
        if verb and "," in doc.text[pos : h.start] and (
            _ATTRIBUTION.fullmatch(doc.text, verb.end, e) or _QUOTE_CLOSED.search(doc.text, max(pos, h.start - 60), h.start)
        ):
            return code_of(h)
    # "the cut-off Kim has given Washington": a deadline noun's relative clause names its giver
    for h in doc.hits("actors", index, "ACTOR"):
        if pos < h.start < pos + _GIVER_REACH and _GIVER_BEFORE.search(doc.text, max(pos, h.start - 12), h.start) \
                and _GIVER_AFTER.match(doc.text, h.end):
            return code_of(h)
    pre = [h for h in doc.hits("actors", index, *_ACTOR_LABELS) if h.end <= pos and pos - h.end < 60]
    if pre and (_OBLIGED.search(doc.text, max(0, pre[-1].start - 14), pre[-1].start) or (
        _URGED_LIMIT.match(doc.text, pos) and _URGED.search(doc.text, max(0, pre[-1].start - 20), pre[-1].start)
    )):
        # "It also requires Iran to submit, within 30 days, ...": the party obliged, not the one obliging
        givers = [h for h in pre[:-1] if not is_object(doc, h)]
        return code_of(givers[-1]) if givers else None
    if subjects and _ADDRESSEE.match(doc.text, subjects[-1].end):
        return None  # "Iran must comply before the deadline": the addressee; no setter is named
    return actor_at(doc, pos)


_AND_NEXT = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?and\s+")
_JOINT_TAIL = re.compile(
    r"\s+(?:(?!and\b|or\b|but\b)[a-z][\w\-]*\s+){0,2}?(?:(?:have|has|had|jointly|together|also|all|both|now|agreed|decided|moved|to|would|will)\s+){0,4}",
    re.IGNORECASE,
)
_RELATIVE_WORD = re.compile(r"\b(?:who|which|that|whom|whose)\b", re.IGNORECASE)


def _joint_setters(doc: Document, index: int, verb: Hit) -> bool:
    """A setting verb whose subject joins states by 'and' ("Washington and the three European powers
    set ...", "the foreign minister and his French counterpart agreed to set"): no single setter."""
    # from the sentence's start, not the verb's clause: a list's commas ("the ministers of France, Germany
    # and Britain agreed to set ...") split clauses inside the subject
    s = doc.sentences[index][0]
    before = [h for h in doc.hits("actors", index, *_ACTOR_LABELS) if s <= h.start and h.end <= verb.start]
    lead = [h for h in before if not is_object(doc, h)]
    if not lead:
        return False
    first = lead[0]
    while (nxt := next((h for h in lead if h.start > first.end and code_of(h) == code_of(first)), None)) is not None \
            and nxt.start - first.end < 30:
        first = nxt  # "Britain's foreign secretary, Jane Doe": one party named twice
    if not _AND_NEXT.match(doc.text, first.end):
        return False
    others = [h for h in before if h.start > first.end and code_of(h) != code_of(first)]
    return bool(others) and others[0].start - first.end < 45 and bool(_JOINT_TAIL.fullmatch(doc.text, others[-1].end, verb.start)) \
        and not _RELATIVE_WORD.search(doc.text, first.end, verb.start)


# "Trump's letter to Iran's Supreme Leader set a deadline": the owner of the subject, not its recipient
_OWNER_TO = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){1,3}?(?:to|for)\s+", re.IGNORECASE)


def _owner_of_subject(doc: Document, index: int, clause: tuple[int, int], verb: Hit) -> str | None:
    actors = [h for h in doc.hits("actors", index, "ACTOR") if clause[0] <= h.start and h.end <= verb.start]
    if len(actors) < 2 or is_object(doc, actors[0]):
        return None
    m = _OWNER_TO.match(doc.text, actors[0].end)
    if m is None or not any(m.end() <= h.start for h in actors[1:]):
        return None
    return code_of(actors[0])


# the party a threat or demand is addressed to, right after its verb
_ADDRESSED = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?|told|tell(?:s|ing)?|press(?:ed|es|ing)?|urg(?:ed|es|ing)|gave|giv(?:en|es|ing))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]*,")
_CONDITION_REACH = 90
_POSSESSIVE = re.compile(r"['’]s\b")


_SETS_CONDITION = re.compile(
    r"\b(?:approved|approves|passed|passes|adopted|adopts|set|sets|gave|gives|imposed|imposes|issued|issues|ordered|orders|enacted)\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"\s+(?:it|they)\b", re.IGNORECASE)


def _condition_setter(doc: Document, index: int, limit: Hit) -> str | None:
    """'X will act unless Y ... by DATE', 'a law passed by Iran's parliament ... if sanctions are
    not eased by Feb. 21': the party that imposes the condition, not the one that must meet it.
    None where the limit is in no condition clause or no such party is named."""
    s = doc.sentences[index][0]
    conds = [
        h for h in doc.hits("deadline", index, "UNLESS", "CONDITION")
        if h.end <= limit.start and limit.start - h.end <= _CONDITION_REACH and h.id in ("unless", "cond")
        and doc.text[h.start : h.end].lower() in ("unless", "if")
    ]
    if not conds or conds[-1].start == s:
        return None
    cond = conds[-1]
    relatives = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(doc.text, s, cond.start + 1)]
    hits = [
        h for h in doc.hits("actors", index, "ACTOR", "GROUP")
        if h.end <= cond.start and not any(a <= h.start and h.end <= b for a, b in relatives)
    ]
    if any(not is_object(doc, h) for h in hits):
        subjects = [h for h in hits if not is_object(doc, h)]
        if len(subjects) > 1 and _ADDRESSED.search(doc.text, max(s, subjects[-1].start - 16), subjects[-1].start):
            # "Trump, who has threatened Moscow with sanctions if it does not ... by": the threatener
            givers = [h for h in subjects[:-1] if not _ADDRESSED.search(doc.text, max(s, h.start - 16), h.start)]
            if givers:
                return code_of(givers[-1])
        # "Iran's council approved a law obliging ... unless US sanctions are eased within two months":
        # no actor at the condition itself; the sentence's subject imposed it
        found = actor_at(doc, cond.start)
        if found is not None or subjects[0].label != "ACTOR":
            return found
        # only a subject that set the condition ("approved a law ... unless"), not one facing it
        # ("Iran will face sanctions unless it restores access ...": the party under pressure)
        if _REFERS_BACK.match(doc.text, cond.end) or not _SETS_CONDITION.search(doc.text, subjects[0].end, cond.start):
            return None
        return code_of(subjects[0])
    owners = [h for h in hits if h.label == "ACTOR" and _POSSESSIVE.match(doc.text, h.end)]
    return code_of(owners[-1]) if owners else None


def _unnamed_condition(doc: Document, index: int, limit: Hit) -> bool:
    """'The notification starts a 30-day clock: unless the council adopts a resolution ... by
    Sept. 27': a condition in a sentence that names no party at all; who imposed it is not said
    there, and the previous sentences' last state is as likely the addressee as the setter."""
    if doc.hits("actors", index, "ACTOR", "BODY"):
        return False
    return any(
        h.end <= limit.start and limit.start - h.end <= _CONDITION_REACH and h.id == "cond"
        and doc.text[h.start : h.end].lower() == "unless"
        for h in doc.hits("deadline", index, "UNLESS", "CONDITION")
    )


_TALKS_BEFORE = re.compile(r"\b(?:talks|negotiations|negotiating|dialogue)\s+$", re.IGNORECASE)


def _set_by(doc: Document, noun: Hit) -> str | None:
    """'deadline set by leader Kim' names the setter; else "Iran's deadline"; else the subject."""
    index = doc.sentence_index(noun.start)
    actors = doc.hits("actors", index, *_ACTOR_LABELS)
    for h in actors:
        if h.start >= noun.end and h.start - noun.end < 40:
            gap = doc.text[noun.end : h.start]
            if re.search(r"\b(?:set|imposed|given|issued)\s+by\b", gap, re.IGNORECASE):
                return code_of(h)
    for h in reversed(actors):
        if h.end <= noun.start and noun.start - h.end < 25 and re.match(r"['’]s\b", doc.text[h.end : h.end + 2]):
            return code_of(h)
    if _TALKS_BEFORE.search(doc.text, max(0, noun.start - 24), noun.start):
        return None  # "Iran nuclear talks deadline extended": the talks' deadline, the state names the talks
    if noun.id.startswith("expiry") and not any(h.end <= noun.start and not is_object(doc, h) for h in actors):
        return None  # "before the provisions lapse on Oct. 18": an expiry no party in the sentence set
    return _setter(doc, noun.start)


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _passive_subject(doc: Document, grant: Hit) -> str | None:
    """The state named last before a passive granting verb in its clause (the one given the time)."""
    clause = doc.clause_at(grant.start)
    before = [h for h in doc.hits("actors", doc.sentence_index(grant.start), *_ACTOR_LABELS) if clause[0] <= h.start and h.end <= grant.start]
    return code_of(before[-1]) if before else None


def _passive_agent(doc: Document, index: int, after: int) -> str | None:
    """'was given 60 days by Washington to': the agent named after the span, if any."""
    for h in doc.hits("actors", index, *_ACTOR_LABELS):
        if after <= h.start < after + 30 and _BY_AGENT.search(doc.text, after, h.start):
            return code_of(h)
    return None


def _recipient(doc: Document, index: int, grant: Hit, limit: int) -> str | None:
    """The state given the time: an actor between the granting verb and the duration."""
    if grant.label == "HOLD":
        return None
    return next((code_of(h) for h in doc.hits("actors", index, "ACTOR") if grant.end <= h.start < limit), None)
