"""The status of a halt (in force, called for, threatened, ended) from the cues around its word, and the
_Halt record.

Kept apart as the lowest layer: every other module here reads these cues or fills a _Halt."""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.extract.document import Document
from streams.extract.lexicon import Hit

_RANK = {"in_force": 0, "ended": 1, "threatened": 2, "called_for": 3}
_POSTEND_WINDOW = 60
_NEAR_CALL = 12  # a modal call ("must halt") binds only the halt right after it
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|\d)\b", re.IGNORECASE)
_ENDED_AFTER_OBJECT = re.compile(
    r"\s+(?:on|of)\s+[^,.;]{1,60}?\s+(?:has\s+|had\s+|was\s+|finally\s+)?(?:ended|collapsed|lapsed|broke\s+down"
    r"|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+|officially\s+|finally\s+)?(?:withdrawn|revoked|rescinded|cancell?ed|canceled|repealed|lifted|scrapped|terminated"
    # "the moratorium on long-range missile tests was broken by Thursday's launch"
    r"|broken|breached|violated|shattered|abandoned|dropped|ditched|ended))\b",
    re.IGNORECASE,
)
# "Norland is not observing its test freeze", "has not adhered to the moratorium": a halt said not to be kept
# now (broken); a modal ("may no longer feel bound to honour it") is no such statement
_NOT_KEEPING = re.compile(
    r"\b(?:(?:is|are|was|were|has|have|had)(?:\s+(?:probably|likely|clearly|apparently|possibly|evidently))?\s+not"
    r"|(?:isn|aren|wasn|weren|hasn|haven|hadn)['’]t)\s+(?:been\s+)?"
    r"(?:adhering|adhered|complying|complied|abiding|abided|observing|observed|honou?ring|honou?red|respecting|respected)"
    r"(?:\s+(?:to|with|by))?\s+(?:its|their|his|her|our|the|that|this)\s+(?:[\w\-’']+\s+){0,6}$",
    re.IGNORECASE,
)
_NOT_KEEPING_REACH = 110
# "no evidence that X is not observing ...", "asked whether ...", "if X is not honouring ...": not said
_DOUBTED_BEFORE = re.compile(
    r"\b(?:if|whether|unless|no\s+(?:evidence|sign|indication|proof)|not\s+clear|unclear|asked|den(?:y|ies|ied))\b", re.IGNORECASE
)
# the halt's object, if any, before the verb that ends it: "the moratorium on deploying missiles ..."
_ENDED_OBJECT = r"(?:\s+(?:on|of)\s+[^.;]{1,110}?)?\s+"
# the halt (and its object) as the subject of a modal passive end: "... will have to be abandoned",
# "must be scrapped", "could soon be lifted"; not "will not be lifted", "should be kept"
_THREATENED_AFTER = re.compile(
    _ENDED_OBJECT + r"(?:(?:is|was|are)\s+[^.;]{0,50}?\s+and\s+)?(?:will|would|must|should|could|may|might|is\s+to|are\s+to)\s+"
    r"(?:(?:have|need|ought)\s+to\s+|soon\s+|now\s+|eventually\s+|probably\s+|likely\s+)?be\s+(?:abandoned|scrapped|lifted|ended|dropped|revoked"
    r"|terminated|cancell?ed|rescinded|discontinued|jettisoned|torn\s+up|reconsidered|reviewed|re-?examined)\b",
    re.IGNORECASE,
)
# the halt (and its object) no longer to be kept: "the moratorium on deploying ... might no longer be maintained"
_NO_LONGER_KEPT = re.compile(
    _ENDED_OBJECT + r"(?:will|would|could|may|might|can|cannot|can['’]t)\s+(?:no\s+longer|not\s+much\s+longer)\s+be\s+"
    r"(?:maintained|kept|observed|honou?red|respected|sustained|upheld|preserved|adhered\s+to|sustainable|tenable)\b",
    re.IGNORECASE,
)
# "no reason for us to be bound by our moratorium", "no longer feels bound by its freeze": a halt its party
# says no longer binds it (the declared end, or a hint at one)
_NO_LONGER_BOUND = re.compile(r"\bno\s+(?:longer|reason|need|obligation)\b", re.IGNORECASE)
# "..., but Western sanctions could be lifted", "... and the sanctions will be reviewed": a new subject
_NEW_SUBJECT = re.compile(
    r",?\s+(?:(?:but|while|whereas)\s|and\s+(?:the|a|an|its|their|his|her|this|these|those)\s)",
    re.IGNORECASE,
)
_CLAUSE_GAP = re.compile(r"[\s,]*")
_RELATIVE_OPEN = re.compile(r"[\s,]*(?:which|that|who|whose)\b", re.IGNORECASE)


def _own_clause_end(doc: Document, trigger: Hit) -> int:
    """Where the halt's own clause ends: its clause (across a relative clause on it, to the verb after:
    "the halt on tests, which Moscow has kept, could soon be lifted"), cut before a but/and that opens
    a new subject."""
    end = doc.clause_at(trigger.start)[1]
    sentence_end = doc.sentences[doc.sentence_index(trigger.start)][1]
    if end < sentence_end and (rel := _RELATIVE_OPEN.match(doc.text, end)):
        end = doc.clause_at(rel.end() - 1)[1]
        if end < sentence_end and (rest := _CLAUSE_GAP.match(doc.text, end)) is not None and rest.end() < sentence_end:
            end = doc.clause_at(rest.end())[1]
    cut = _NEW_SUBJECT.search(doc.text, trigger.end, end)
    return cut.start() if cut is not None else end


_PRONOUN_END_WINDOW = 50
_PRONOUN_AFTER = re.compile(r"\s+(?:it|them)\b(?!\s+(?:to|is|was|would|will)\b)", re.IGNORECASE)
_NOT_ENDING = frozenset({"over", "end", "resume", "resumed", "resumption", "restart", "restarted", "return to", "returned to"})
_CONTRAST = re.compile(r",?(?<!\bnot)\s+(?:but|while|whereas|although|though|yet)\s", re.IGNORECASE)
# an end noun as the subject of a modal: "a resumption of testing would ...", "a U.S. return to testing could ..."
_NOMINAL = re.compile(r"\b(?:a|an|any|the|its|their)\s+(?:[\w.\-]+\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"(?:\s+(?!(?:and|or|but)\b)[\w\-]+){0,5}\s+(?:would|could|might|may|will)\b", re.IGNORECASE
)


@dataclass
class _Halt:
    start: int
    end: int
    status: str
    scope: list[str]
    actor: str | None


# urging these on a halt urges its end: "calling for Russia to end its moratorium" (not "return to a moratorium")
_CALLED_END = frozenset({
    "end", "lift", "scrap", "abandon", "break", "ditch", "drop",
    "ending", "lifting", "scrapping", "abandoning", "breaking", "ditching", "dropping",  # "floated lifting its halt"
})
# "calls from Tokyo and Seoul to halt": the callers named, then the halt as their infinitive
_CALL_FROM_TO = re.compile(r"(?:\s+[\w.,’'\-]+){1,8}?\s+to\s+(?:(?:immediately|fully|permanently)\s+)?")
# "Asked about nuclear testing, Peskov said: ...": a question put to a speaker, not a call
_QUESTION = re.compile(r"\s+(?:about|whether|if|how|what|why|when)\b", re.IGNORECASE)


# "offered New Delhi a moratorium", "offers Seoul a joint freeze on": a halt put forward to another party
# (not "offered to extend its own freeze", "offering flexibility while keeping its halt")
_OFFER_GAP = re.compile(
    r"\s+(?:to\s+)?(?:(?-i:[A-Z])[\w.’'\-]*\s+){1,3}(?:(?:a|an)\s+)?(?:(?:bilateral|joint|mutual|reciprocal|formal|new|regional)\s+){0,2}",
    re.IGNORECASE,
)
# "it is urgent that both states renounce testing", "it is vital that Pyongyang suspend its launches": a
# halt said to be needed, in a that-clause after an adjective of need (subjunctive: not "renounced")
_NEEDED_THAT = re.compile(
    r"\b(?:urgent|essential|imperative|vital|crucial|necessary|important)\b[^.;:]{0,40}?\bthat\s+"
    r"(?:(?!(?:has|have|had|is|are|was|were|will|would|did|does)\b)[\w.’'\-]+\s+){1,5}?(?:(?:should|must|now|immediately|also)\s+)?$",
    re.IGNORECASE,
)
_NEEDED_REACH = 110
# "in exchange for a freeze", "in return for suspending its launches": the halt is what is bargained for,
# within three words; not "In exchange for relief, Pyongyang suspended ...", a fronted phrase before a done halt
_EXCHANGE_GAP = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+")


# "requested access to the site where Iran says it has suspended enrichment": the request is for another
# thing, and the halt sits in a clause of its own
_REQUEST_ELSE = re.compile(
    r"\s+(?:(?:for|of)\s+)?(?:access|information|data|details|clarification|explanations?|permission|funding|help|assistance|visits?|meetings?|talks)\b"
    r"|.*?\b(?:where|which|who|whose|says?|said|has|have|had)\b",
    re.IGNORECASE | re.DOTALL,
)


# "offers to suspend nuclear tests", "is ready to halt its tests", "willing to declare a moratorium": a halt
# the party puts forward, not one in force (not "offered to extend its freeze": that keeps one)
_WILLING_TO = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|willing|ready|prepared)\s+to\s+(?:(?:also|again|now|unilaterally|temporarily)\s+)?"
    r"(?:(?:declare|impose|announce|adopt|accept)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_WILLING_REACH = 60


def offered(doc: Document, index: int, trigger: Hit) -> bool:
    """Whether the halt at `trigger` is one its subject puts forward ("Iran is ready to halt its
    tests if ..."): called for, yet binding the party that offers it, not the one asked in return."""
    start = max(doc.sentences[index][0], trigger.start - _WILLING_REACH)
    return _WILLING_TO.search(doc.text, start, trigger.start) is not None
# "talks could resume if the regime stopped its testing", "a good first step would be to stop testing": a halt
# posed as a condition or a proposal, asked of a state rather than kept by it
_IF_HALTED = re.compile(r"\b(?:if|unless|provided(?:\s+that)?)\s+(?:[\w.’'\-]+\s+){1,4}?$", re.IGNORECASE)
_WOULD_BE_TO = re.compile(r"\bwould\s+be\s+(?:for\s+(?:[\w.’'\-]+\s+){1,3})?to\s+$", re.IGNORECASE)


# "Should Moscow resume tests, Washington would reconsider ...": an inverted condition, no call
_INVERTED_IF = re.compile(r"(?<![\w,;:] )(?<![\w,;:])should\s+(?:[\w.\-'’]+\s+){1,5}?(?:resume|restart|test|conduct|carry|break|end|abandon|go)\b[^,;]*,", re.IGNORECASE)


# "would consider suspending its launches", "is weighing a temporary freeze on": a halt its party weighs (not
# "would consider ending its moratorium": the end of a halt kept, read elsewhere)
_WEIGHED = re.compile(
    r"\b(?:(?:will|would|could|might|may|to)\s+(?:(?:also|seriously|now)\s+)?(?:consider|contemplate|weigh|mull)"
    r"|(?:is|are|was|were)\s+(?:(?:also|seriously|now)\s+)?(?:considering|contemplating|weighing|mulling))"
    r"\s+(?:(?:a|an)\s+(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_WEIGHED_REACH = 60
# "but there has to be a freeze", "there must be a suspension first": a halt demanded in so many words
MUST_BE = re.compile(r"\bthere\s+(?:(?:has|have|needs?)\s+to|must|should)\s+be\s+(?:a|an)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
_MUST_BE_REACH = 40


def _status(doc: Document, index: int, trigger: Hit) -> str:
    """Status from cues before the trigger: a call, a threat to end it, its end, else in force."""
    s = doc.sentences[index][0]
    cues = [h for h in doc.hits("moratorium", index) if h.end <= trigger.start and h.start >= s]
    if index and doc.text[s : s + 1].islower():
        # a line-wrapped headline or paragraph ("States Urged to Rid World\n\nof Arms by Ending Tests"): the
        # call opens the broken sentence before
        cues = [h for h in doc.hits("moratorium", index - 1) if h.label in ("CALL", "CALLED")] + cues
    if any(
        h.label in ("CALL", "CALLED") and (h.id != "call_near" or trigger.start - h.end < _NEAR_CALL)
        and (h.id != "call_offer" or _OFFER_GAP.fullmatch(doc.text, h.end, trigger.start) is not None)
        and (h.id != "call_from" or _CALL_FROM_TO.fullmatch(doc.text, h.end, trigger.start) is not None)
        and (h.id != "call_exchange" or _EXCHANGE_GAP.fullmatch(doc.text, h.end, trigger.start) is not None)
        and not (doc.text[h.start : h.start + 7].lower() == "request" and _REQUEST_ELSE.match(doc.text, h.end, trigger.start))
        and not _CONTRAST.search(doc.text, h.end, trigger.start)
        and not _QUESTION.match(doc.text, h.end)
        and not _INVERTED_IF.match(doc.text, h.start, trigger.start)
        for h in cues
    ):
        # "calling for Russia to end its moratorium": urging the halt's end is a threat to it
        ends = [h for h in cues if h.label == "END" and trigger.start - h.end < 25 and doc.text[h.start : h.end].lower() in _CALLED_END and h.start > max(c.end for c in cues if c.label in ("CALL", "CALLED"))]
        return "threatened" if ends and trigger.id == "noun" else "called_for"  # "urged to halt", "was urged to halt"; not "X should test, but Y says its halt holds"
    if offered(doc, index, trigger):
        return "called_for"  # "Pyongyang offers to suspend its tests if the drills stop": put forward
    if trigger.id == "noun" and MUST_BE.search(doc.text, max(s, trigger.start - _MUST_BE_REACH), trigger.start):
        return "called_for"  # "there has to be a suspension": the halt demanded
    if _WEIGHED.search(doc.text, max(s, trigger.start - _WEIGHED_REACH), trigger.start):
        return "called_for"  # "Norland would consider suspending its launches if ...": a halt weighed, not kept
    if trigger.id == "verb" and (
        _IF_HALTED.search(doc.text, max(doc.clause_at(trigger.start)[0], trigger.start - 40), trigger.start)
        or _WOULD_BE_TO.search(doc.text, max(s, trigger.start - 40), trigger.start)
    ):
        return "called_for"  # "open to talks if the regime stopped its testing": a condition set
    if trigger.id == "verb" and "that" in doc.text[s : trigger.start].lower() and not doc.text[trigger.start : trigger.end].lower().endswith("ed") \
            and _NEEDED_THAT.search(doc.text, max(s, trigger.start - _NEEDED_REACH), trigger.start):
        return "called_for"  # "it is vital that both states forswear testing": a halt said to be needed
    clause = doc.clause_at(trigger.start)
    if "vot" in doc.text[clause[0] : trigger.start].lower() and _VOTED.search(doc.text, clause[0], trigger.start):
        return "called_for"  # "the House voted on Thursday to suspend testing": a vote, not yet law
    if _chamber_passed(doc, clause, trigger):
        return "called_for"  # "the Senate approved a one-year halt": a bill, not yet law
    if trigger.id == "verb" and _BILL.search(doc.text, max(clause[0], trigger.start - 40), trigger.start) \
            and not _ENACTED.search(doc.text, clause[0], clause[1]):
        return "called_for"  # "a bill suspending nuclear testing for nine months passed the Senate"
    if doc.between("moratorium", trigger.end, clause[1], "CALLED"):  # "a halt ... was demanded by"
        return "called_for"
    # "no longer felt bound by its promise to hold off on launches": the end of a pledged halt
    pledged = [h for h in cues if h.label == "END" and _PROMISE_TO.fullmatch(doc.text, h.end, trigger.start)]
    if pledged:
        threat = [h for h in cues if h.label == "THREAT" and 0 <= pledged[-1].start - h.end < 60]
        return "threatened" if threat else "ended"
    # "no longer any reason for Seoul to be bound by its pledge to refrain from tests": the pledge released
    for h in cues:
        if h.label == "BOUND" and doc.text[h.start : h.end].lower() == "bound by" and _PROMISE_TO.fullmatch(doc.text, h.end, trigger.start) \
                and (no := _NO_LONGER_BOUND.search(doc.text, max(s, h.start - _NO_LONGER_REACH), h.start)) is not None:
            return _unbound_status(no)
    if trigger.id == "noun" and _WANTS_OTHER.search(doc.text, max(clause[0], trigger.start - _WANTS_REACH), trigger.start):
        return "called_for"  # "Washington wants Tehran to accept a multi-year freeze": a halt asked of another
    if trigger.id == "noun":
        ends = [h for h in cues if h.label == "END" and (trigger.start - h.end < 40 or _BY_ITS.fullmatch(doc.text, h.end, trigger.start))
                and not (_CANNOT.match(doc.text, h.start) and _ONLOOKERS.search(doc.text, s, h.start))
                and not _PENALTY_OBJECT.match(doc.text, h.end)]
        after = doc.text[trigger.end : trigger.end + 40]
        if any(
            _NOMINAL.search(doc.text, max(0, h.start - 20), h.start) and _HYPOTHETICAL.match(doc.text, h.end, trigger.start)
            for h in ends
        ):
            ends = []  # "a resumption of testing would tear up a moratorium that has served us": not its end
        if ends:
            threat = [h for h in cues if h.label == "THREAT" and ends[-1].start - h.end < 60 and h.end <= ends[-1].start]
            # "says it cannot keep its freeze on launches for ever": a hint that the halt will go
            return "threatened" if threat or _CANNOT.match(doc.text, ends[-1].start) else "ended"
        if any(
            h.label == "THREAT" and doc.text[h.start : h.end].lower() in _RECONSIDER and _RECONSIDER_GAP.fullmatch(doc.text, h.end, trigger.start)
            for h in cues
        ):
            return "threatened"  # "would reconsider its suspension of tests": its end weighed
        if _WHETHER_TO_KEEP.search(doc.text, max(s, trigger.start - 60), trigger.start):
            return "threatened"  # "will soon decide whether to maintain his moratorium": its end weighed
        if re.match(r"\s*(?:has\s+|had\s+|was\s+)?(?:ended|collapsed|is\s+over|was\s+over|lapsed|broken)", after, re.IGNORECASE):
            return "ended"
        if _ENDED_AFTER_OBJECT.match(doc.text, trigger.end, doc.clause_at(trigger.start)[1]):
            return "ended"  # "the moratorium on nuclear tests ended with ..."
        if _THREATENED_AFTER.match(doc.text, trigger.end, limit := _own_clause_end(doc, trigger)) \
                or _NO_LONGER_KEPT.match(doc.text, trigger.end, limit):
            return "threatened"  # "the halt on rocket tests can no longer hold and will have to be dropped"
        if _declared_over(doc, index, trigger):
            return "ended"
        if (kept := _NOT_KEEPING.search(doc.text, max(s, trigger.start - _NOT_KEEPING_REACH), trigger.start)) \
                and not _DOUBTED_BEFORE.search(doc.text, s, kept.start()):
            return "ended"  # "Norland is not observing its test freeze": said to be broken now
        if gone := _grounds_gone(doc, index, trigger):
            return gone  # "the conditions for maintaining its moratorium have ceased to exist"
        lo = doc.clause_at(trigger.start)[0]
        if (free := _FREE_FROM.search(doc.text, max(lo, trigger.start - 60), trigger.start)) is not None:
            # "would consider itself free from its moratorium": released from it, or a threat of that
            return "threatened" if _FREE_MODAL.search(doc.text, max(s, lo - 80), free.start()) else "ended"
        bound = [h for h in cues if h.label == "BOUND" and (0 <= trigger.start - h.end <= 12 or _ITS_MODIFIED.fullmatch(doc.text, h.end, trigger.start))
                 and doc.text[h.start : h.end].lower() == "bound by"]
        if bound and (no := _NO_LONGER_BOUND.search(doc.text, lo, bound[0].start)) is not None:
            return _unbound_status(no)
        if bound and (neg := _NOT_BOUND.search(doc.text, max(lo, bound[0].start - _NOT_BOUND_REACH), bound[0].start)) is not None:
            # "the state is not bound by the freeze it set" (ended); "will not remain bound by it" (threatened)
            return "threatened" if neg.group("modal") else "ended"
        # "remained committed to its moratorium but could abandon it": its end, named by a pronoun after it
        hi = min(doc.sentences[index][1], trigger.end + _PRONOUN_END_WINDOW)
        for h in doc.between("moratorium", trigger.end, hi, "END"):
            if _PRONOUN_AFTER.match(doc.text, h.end) and doc.text[h.start : h.end].lower() not in _NOT_ENDING:
                lo = max(trigger.end, h.start - 25)
                return "threatened" if doc.between("moratorium", lo, h.start, "THREAT") else "ended"
    return "in_force"


# "the conditions for maintaining its moratorium", "the grounds for continuing our restraint",
# "the conditions under which Norland had kept its moratorium" ...
_GROUNDS_BEFORE = re.compile(
    r"\b(?:conditions|grounds|reasons?|basis|circumstances|rationale|justification)\s+(?:for|under\s+which|that\s+(?:justified|allowed))\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?:maintain|keep|kept|continu|observ|uphold|upheld|honou?r|preserv|sustain|impos|adopt|declar)[a-z]*\s+"
    r"(?:[\w’'\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... "have ceased to exist", "no longer exist", "have vanished": the halt's grounds gone, so the halt
_GROUNDS_GONE = re.compile(
    r"(?:\s+(?:restraint|restrictions?|pledge|commitment))?(?:\s+(?:on|of)\s+[^.;,]{1,80}?)?[\s\"“”,]*(?P<modal>(?:could|may|might|would|will)\s+(?:soon\s+)?)?(?:(?:has|have|had)\s+)?"
    r"(?:no\s+longer\s+(?:exists?|appl(?:y|ies)|hold)|(?:ceased|cease)\s+to\s+exist|vanish(?:ed)?|disappear(?:ed)?|evaporated|been\s+(?:removed|eliminated))\b",
    re.IGNORECASE,
)


def _grounds_gone(doc: Document, index: int, trigger: Hit) -> str | None:
    """A halt whose grounds are said to be gone is declared over ("ended"); grounds that 'could
    soon cease to exist' hint at its end ("threatened")."""
    s, e = doc.sentences[index]
    if not _GROUNDS_BEFORE.search(doc.text, max(s, trigger.start - 90), trigger.start):
        return None
    gone = _GROUNDS_GONE.match(doc.text, trigger.end, e)
    return None if gone is None else "threatened" if gone.group("modal") else "ended"


# "no longer feels bound by its own unilateral atomic and ICBM test freeze": the halt after a determiner
# and a run of up to eight modifiers (the 12- and 40-character reaches stop short of it)
_ITS_MODIFIED = re.compile(r"\s+(?:its|their|his|her|our|the|that|this)\s+(?:[\w\-’']+\s+){0,8}", re.IGNORECASE)
_BY_ITS = re.compile(r"\s+(?:by|from)" + _ITS_MODIFIED.pattern, re.IGNORECASE)


def _unbound_status(no: re.Match[str]) -> str:
    """'no longer (bound by)' releases a halt; 'will not be bound by' only threatens it."""
    return "ended" if no.group().lower().endswith("longer") else "threatened"


# "Experts said the North could not maintain its freeze": onlookers' doubt, no hint by the bound party
_ONLOOKERS = re.compile(r"\b(?:analysts?|experts?|observers?|researchers?|scholars?|critics?|commentators?|skeptics?|sceptics?)\b", re.IGNORECASE)
# "declined to lift its embargo in exchange for Norland's test freeze": the verb ends the penalties, not the halt
_PENALTY_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|all|any|key|economic|crippling|remaining)\s+){0,2}(?:sanctions|embargo(?:es)?|blockades?|penalties|tariffs)\b",
    re.IGNORECASE,
)
# a negated modal opening an END cue: "cannot keep", "can't keep", "could not maintain"
_CANNOT = re.compile(r"(?:cannot|can\s+not|can['’]t|could\s*not|couldn['’]t)\b", re.IGNORECASE)
# a plain negation right before "bound by": "is not bound by", "isn't bound by", "won't be bound by"
_NOT_BOUND = re.compile(
    r"(?:(?P<modal>\b(?:will|would|shall|could|might|may)\s+not|\b(?:won|wouldn|shan|couldn)['’]t)\s+(?:be\s+|feel\s+|remain\s+|consider\s+(?:itself|themselves)\s+)"
    r"|\b(?:is|are|was|were|am)\s+not\s+|\b(?:isn|aren|wasn|weren)['’]t\s+|\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:feel|consider\s+(?:itself|themselves))\s+)$",
    re.IGNORECASE,
)
_NOT_BOUND_REACH = 40
_NO_LONGER_REACH = 50  # chars from "no longer (any reason)" to the "bound by" it negates
# "wants Tehran to accept a freeze on", "expects Pyongyang to agree to a moratorium on": a halt asked of a named party
_WANTS_OTHER = re.compile(
    r"\b(?:wants?|wanted|wanting|expects?|expected|would\s+like)\s+(?:the\s+)?(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,2}\s+to\s+"
    r"(?:accept|agree\s+to|adopt|commit\s+to|sign\s+up\s+to|declare|announce)\s+(?:a|an|the)\s+"
    # not "expected Pyongyang to announce the end of its moratorium": the halt's end, not a halt asked for
    r"(?!(?:[\w\-]+\s+){0,2}?(?:end|ending|lifting|scrapping|abandon\w*)\b)(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WANTS_REACH = 90


# "consider ourselves free from the unilateral moratorium", "declared itself free of its freeze"
_FREE_FROM = re.compile(
    r"\b(?:itself|ourselves|themselves|himself|herself|us|them|it)\s+(?:as\s+|to\s+be\s+)?(?:now\s+|fully\s+|completely\s+)?(?:free|freed|liberated|released|relieved)\s+(?:from|of)\s+"
    r"(?:(?:the|its|their|our|his|her|this|that|any)\s+)?(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_FREE_MODAL = re.compile(r"\b(?:will|would|could|may|might|shall|if|unless|once|should)\b|['’]ll\b", re.IGNORECASE)
_PROMISE_TO = re.compile(
    r"\s+(?:by\s+)?(?:its|their|his|her|the|a|this|that)\s+(?:own\s+)?(?:promise|pledge|commitment|vow|undertaking)\s+(?:not\s+)?to\s+",
    re.IGNORECASE,
)
# "reconsider its freeze", "review the moratorium": a halt put in question by its own party
_RECONSIDER = frozenset({"reconsider", "reconsiders", "reconsidering", "rethinks", "review", "reviewing", "re-examine", "re-examining", "rethink", "rethinking", "revisit", "revisiting"})
# "was rethinking whether to stick to its halt": the same weighing of its end
_RECONSIDER_GAP = re.compile(
    r"\s+(?:whether\s+(?:or\s+not\s+)?to\s+(?:keep|maintain|abide\s+by|stick\s+(?:to|with)|honou?r|observe|uphold|continue|extend)\s+)?"
    # "rethinking talks and his launch moratorium": another thing weighed first
    r"(?:(?:[\w.\-’']+\s+){1,2}(?:and|or)\s+)?"
    r"(?:its|their|his|her|the|this|that|our)\s+(?:[\w\-]+\s+){0,2}",
    re.IGNORECASE,
)
# "decide whether to maintain his moratorium", "weighing whether to keep the freeze": the halt's future in doubt
_WHETHER_TO_KEEP = re.compile(
    r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:(?:[\w.\-’']+\s+){1,4}?and\s+)?"  # "whether to continue talks and maintain ..."
    r"(?:keep|maintain|abide\s+by|stick\s+(?:to|with)|honou?r|observe|uphold|continue|extend)\s+"
    r"(?:its|their|his|her|the|this|that|our)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "a bill suspending testing", "legislation barring ... from testing": a halt proposed in law, not yet law
_BILL = re.compile(r"\b(?:bill|legislation|measure|amendment)\s+(?:(?:that|which)\s+would\s+|that\s+|to\s+)?$", re.IGNORECASE)
_ENACTED = re.compile(r"\b(?:signed|enacted|became\s+law|into\s+law|law\s+now)\b", re.IGNORECASE)


# a chamber's vote (or its bill passed) for a halt, some words before it: "voted on Thursday to suspend",
# "voted 250 to 170 for a halt"; the halt is called for until it is law
_VOTED = re.compile(
    r"\bvot(?:ed|es|e|ing)\s+(?:(?!not\b|against\b)[\w,.\-]+\s+){0,5}?(?:to|for)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,2}$"
    # a headline's chamber voting the halt itself: "Senate votes nine-month moratorium on tests"
    r"|\b(?:House|Senate|Congress|Parliament|Duma|Assembly|lawmakers|legislators|senators)\s+vot(?:ed|es)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)


_CALLED_BAN_REACH = 60
# a chamber passing a halt: "the Senate last week approved a nine-month ban on ..."; a bill, not yet law
_CHAMBER_PASSED = re.compile(
    r"\b(?:House|Senate|senators)\s+(?:[\w.,\-]+\s+){0,4}?(?:approved|passed|adopted|backed|endorsed)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}$"
)


def _chamber_passed(doc: Document, clause: tuple[int, int], trigger: Hit) -> bool:
    lo = max(clause[0], trigger.start - _CALLED_BAN_REACH)
    return _CHAMBER_PASSED.search(doc.text, lo, trigger.start) is not None


_RESUME_REACH = 80
# "the tests that it has suspended", "launches which Pyongyang had halted": a halt verb in a relative clause after its tests
_RELATIVE_HALT = re.compile(
    # "tests that it has suspended", "the testing it had paused" (a contact clause with a pronoun subject)
    r"\s+(?:(?:that|which)\s+(?:[\w.\-]+\s+){0,2}?|(?:it|they|we)\s+)(?:has\s+|have\s+|had\s+)?(?:since\s+|earlier\s+|previously\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_REACH = 90


def _relative_status(doc: Document, index: int, trigger: Hit) -> str | None:
    """'threatened to resume ... tests that it has suspended': the halt's end (or a threat of it)
    named before its tests; None where the halt is not a relative clause after them."""
    if trigger.id != "verb":
        return None
    s = doc.sentences[index][0]
    lo = max(s, trigger.start - _RELATIVE_REACH)
    tests = [o for o in doc.between("moratorium", lo, trigger.start, "TESTOBJ") if o.id == "test"]
    if not tests or not _RELATIVE_HALT.fullmatch(doc.text, tests[-1].end, trigger.start):
        return None
    first = tests[0] if len(tests) > 1 and tests[0].end > tests[-1].start - 60 else tests[-1]
    resumes = doc.between("moratorium", max(s, first.start - _RESUME_REACH), first.start, "RESUME")
    if not resumes:
        return None
    return "threatened" if _threat_before(doc, index, resumes[-1]) else "ended"


_THREAT_REACH = 45


_MODAL = frozenset({"could", "may", "might", "would", "will", "if", "unless", "only if", "could soon"})


def _threat_before(doc: Document, index: int, hit: Hit, *, strong: bool = False) -> bool:
    """A threat, hint or modal just before a step that would end a halt: "threatened to resume",
    "could restart", "will examine restarting"; `strong`: a threat or hint, not a bare modal
    ("America would resume tests" is a prospective test, not a threat to a halt)."""
    lo = max(doc.clause_at(hit.start)[0], hit.start - _THREAT_REACH)
    cues = doc.between("moratorium", lo, hit.start, "THREAT")
    if strong:
        cues = [h for h in cues if doc.text[h.start : h.end].lower() not in _MODAL]
    return bool(cues)


_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:(?:be|been|yet)\s+)?$", re.IGNORECASE)  # "will not be lifted"


def _declared_over(doc: Document, index: int, trigger: Hit) -> bool:
    """'declared its moratorium on nuclear tests over': an end word after the halt and its object,
    in the same clause, after a declaring verb before the halt."""
    clause = doc.clause_at(trigger.start)
    hi = min(clause[1], trigger.end + _POSTEND_WINDOW)
    after = [
        h for h in doc.between("moratorium", trigger.end, hi, "POSTEND")
        if not _DETERMINER_AFTER.match(doc.text, h.end) and not _NEGATED_BEFORE.search(doc.text, max(trigger.end, h.start - 20), h.start)
    ]
    if not after:
        return False
    observe = doc.between("moratorium", max(clause[0], trigger.start - 40), trigger.start, "OBSERVE")
    return bool(observe) or bool(re.match(r"\s*(?:[.,;]|and\b|$)", doc.text[after[0].end : after[0].end + 5]))
