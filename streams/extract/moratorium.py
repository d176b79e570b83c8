"""moratorium: halts of weapons testing, in force, called for, threatened or ended, with scope."""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.extract.actors import actor_at, actor_hits, code_of, is_object, joined_pair
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.scope import SCOPE_OF, article_scope, scope_classes, weapon_hits
from streams.extract.weapons_test import TEST_VERB_NEXT

_RANK = {"in_force": 0, "ended": 1, "threatened": 2, "called_for": 3}
_BARE_NOUNS = frozenset({"moratorium", "moratoriums", "moratoria", "self-imposed", "self imposed"})
_CONDITIONAL = re.compile(
    r"\b(?:only\s+if|unless|(?:if|should|once|in\s+case)\b[^.]{0,60}\bfirst)\b"
    # "will not resume tests until India does": held until the other side moves
    r"|\buntil\s+[^.,;]{1,40}?\b(?:does|do|did)(?:\s+so)?(?=\s*[.,;\"”)]|$)"
    # "would test again if a rival power did so", "once Washington does the same": a reciprocal condition
    r"|(?P<reciprocal>\b(?:if|when|as\s+and\s+when|once|should)\s+[^.,;]{1,50}?\b(?:does|do|did)\s+(?:so|the\s+same|likewise)\b)",
    re.IGNORECASE,
)
# a reciprocal condition holds a halt only over a resumption still to come ("would resume ..."), not a past one
_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|shall|could|might|may)|['’]ll)\s+(?:only\s+)?$", re.IGNORECASE)
_OBJECT_WINDOW = 90
_END_OF = re.compile(r"[\s\-‐‑–]+of\b", re.IGNORECASE)  # "end of the year", "end-of-year"
_POSTEND_WINDOW = 60
_NEAR_CALL = 12  # a modal call ("must halt") binds only the halt right after it
_BREAK_WINDOW = 70
# the halt noun closes the phrase: "... testing after a 30-year pause", "... tests, ending a hiatus"
_BREAK_LINK = re.compile(
    r"\b(?:after|ending|ended|breaking|broke|following)\s+(?:a|an|its|their|the|his|her)\s+"
    r"(?:[\w\-]+\s+){0,3}$", re.IGNORECASE
)
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|\d)\b", re.IGNORECASE)
_ENDED_AFTER_OBJECT = re.compile(
    r"\s+(?:on|of)\s+[^,.;]{1,60}?\s+(?:has\s+|had\s+|was\s+|finally\s+)?(?:ended|collapsed|lapsed|broke\s+down"
    r"|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+|officially\s+|finally\s+)?(?:withdrawn|revoked|rescinded|cancell?ed|canceled|repealed|lifted|scrapped|terminated"
    # "the moratorium on long-range missile tests was broken by Thursday's launch"
    r"|broken|breached|violated|shattered|abandoned|dropped|ditched|ended))\b",
    re.IGNORECASE,
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
_CONTRAST = re.compile(r",?(?<!\bnot)\s+(?:but|while|whereas|although|though|yet)\s", re.IGNORECASE)
# an end noun as the subject of a modal: "a resumption of testing would ...", "a U.S. return to testing could ..."
_NOMINAL = re.compile(r"\b(?:a|an|any|the|its|their)\s+(?:[\w.\-]+\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"(?:\s+(?!(?:and|or|but)\b)[\w\-]+){0,5}\s+(?:would|could|might|may|will)\b", re.IGNORECASE
)
_LATER = re.compile(r"(?:after|until|once|before|when)\s", re.IGNORECASE)


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


# "Should Moscow resume tests, Washington would reconsider ...": an inverted condition, no call
_INVERTED_IF = re.compile(r"(?<![\w,;:] )(?<![\w,;:])should\s+(?:[\w.\-'’]+\s+){1,5}?(?:resume|restart|test|conduct|carry|break|end|abandon|go)\b[^,;]*,", re.IGNORECASE)


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
                and not (_CANNOT.match(doc.text, h.start) and _ONLOOKERS.search(doc.text, s, h.start))]
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
        if re.match(r"\s*(?:has\s+|had\s+|was\s+)?(?:ended|collapsed|is\s+over|was\s+over|lapsed|broken)", after, re.IGNORECASE):
            return "ended"
        if _ENDED_AFTER_OBJECT.match(doc.text, trigger.end, doc.clause_at(trigger.start)[1]):
            return "ended"  # "the moratorium on nuclear tests ended with ..."
        if _THREATENED_AFTER.match(doc.text, trigger.end, limit := _own_clause_end(doc, trigger)) \
                or _NO_LONGER_KEPT.match(doc.text, trigger.end, limit):
            return "threatened"  # "the halt on rocket tests can no longer hold and will have to be dropped"
        if _declared_over(doc, index, trigger):
            return "ended"
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


# "no longer feels bound by its own unilateral atomic and ICBM test freeze": the halt after a determiner
# and a run of up to eight modifiers (the 12- and 40-character reaches stop short of it)
_ITS_MODIFIED = re.compile(r"\s+(?:its|their|his|her|our|the|that|this)\s+(?:[\w\-’']+\s+){0,8}", re.IGNORECASE)
_BY_ITS = re.compile(r"\s+(?:by|from)" + _ITS_MODIFIED.pattern, re.IGNORECASE)


def _unbound_status(no: re.Match[str]) -> str:
    """'no longer (bound by)' releases a halt; 'will not be bound by' only threatens it."""
    return "ended" if no.group().lower().endswith("longer") else "threatened"


# a negated modal opening an END cue: "cannot keep", "could not maintain"
# "Experts said the North could not maintain its freeze": onlookers' doubt, no hint by the bound party
_ONLOOKERS = re.compile(r"\b(?:analysts?|experts?|observers?|researchers?|scholars?|critics?|commentators?|skeptics?|sceptics?)\b", re.IGNORECASE)
_CANNOT = re.compile(r"(?:can|could)(?:\s*not|n['’]t)\b", re.IGNORECASE)
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
    r"\b(?:itself|ourselves|themselves|himself|herself|us|them|it)\s+(?:as\s+|to\s+be\s+)?(?:now\s+|fully\s+|completely\s+)?free\s+(?:from|of)\s+"
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
    r"(?:its|their|his|her|the|this|that|our)\s+(?:[\w\-]+\s+){0,2}",
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
_RESUME_REACH = 80


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


# "will not attempt any provocations, such as nuclear tests": the examples after the comma are the halt's objects
_BAN_WORD = re.compile(r"\bban")
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


def _object_scope(doc: Document, index: int, trigger: Hit) -> tuple[list[Hit], bool]:
    """Weapon mentions the halt covers and whether it names a testing object at all."""
    clause = _with_examples(doc, doc.clause_at(trigger.start))
    if trigger.id == "noun" and doc.text[trigger.start : trigger.end].lower() == "on hold":
        lo, hi = max(clause[0], trigger.start - _OBJECT_WINDOW), trigger.start
    else:
        lo, hi = trigger.end, min(clause[1], trigger.end + _OBJECT_WINDOW)
    objects = doc.between("moratorium", lo, hi, "TESTOBJ")
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
# "the tests that it has suspended", "launches which Pyongyang had halted": a halt verb in a relative clause after its tests
_RELATIVE_HALT = re.compile(
    # "tests that it has suspended", "the testing it had paused" (a contact clause with a pronoun subject)
    r"\s+(?:(?:that|which)\s+(?:[\w.\-]+\s+){0,2}?|(?:it|they|we)\s+)(?:has\s+|have\s+|had\s+)?(?:since\s+|earlier\s+|previously\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# "production of fissile material remains suspended", "missile tests have been frozen": a halt told of its subject
_PASSIVE_HALT = re.compile(
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?\s+(?:remains?|remained|stays?|stayed|(?:has|have|had)\s+(?:remained|been))"
    r"\s+(?:still\s+|now\s+|largely\s+|effectively\s+|officially\s+)?$",
    re.IGNORECASE,
)
_MODIFIER_REACH = 45
_RELATIVE_REACH = 90


def _passive_subject(doc: Document, trigger: Hit, found: list[Hit]) -> Hit | None:
    """'enrichment remains suspended', 'the launches have been frozen since May': the halted work as subject."""
    if found and trigger.id == "verb" and _PASSIVE_HALT.fullmatch(doc.text, found[-1].end, trigger.start) \
            and not _DAMAGE_CAUSE.search(doc.text, trigger.end, doc.sentences[doc.sentence_index(trigger.start)][1]):
        return found[-1]
    return None


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
    return None


_PROGRAMME_REF = re.compile(r"\s+(?:the|its|their|that|this)\s+$", re.IGNORECASE)
_PROGRAMME_BACK = 300


def _object_counts(doc: Document, trigger: Hit, obj: Hit, weapons: list[Hit]) -> bool:
    """A halt of deployments covers a named weapon class ("refrain from deploying intermediate-range
    missiles"), not troops or a bare 'missile' shield; 'ended the programme' is a testing halt only
    right after the verb and after the sentence has named tests ("France conducted 210 nuclear
    tests ... before Chirac ended the programme")."""
    if obj.id == "deploy":
        return any(w.id not in _GENERIC for w in weapons if w.start >= obj.end) or _range_class(doc, obj) is not None
    if trigger.id != "verb" or not _PROGRAMME_REF.fullmatch(doc.text, trigger.end, obj.start):
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


_FUND_BACK = 3  # sentences back to the halt whose spending a legislated bar cuts
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


# "a moratorium that Russia, the United States and China have observed": several states in a relative clause
_LISTED_OBSERVERS = re.compile(
    r"(?:\s+(?:on|of)\s+[^,.;]{1,50}?)?\s+(?:that|which)\s+([^.;]{3,80}?\band\s+[^.;]{2,40}?)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:all\s+|each\s+|both\s+)?(?:observed|kept|respected|honou?red|maintained|upheld|declared)\b",
    re.IGNORECASE,
)


def _listed_observers(doc: Document, trigger: Hit) -> bool:
    m = _LISTED_OBSERVERS.match(doc.text, trigger.end)
    return m is not None and len(doc.between("actors", m.start(1), m.end(1), "ACTOR")) >= 2


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


_CALLED_BAN_REACH = 60
_CALL_TO_BAN = re.compile(r"\s+(?:[\w.\-’']+\s+){0,6}?(?:to|in)\s+(?:(?:[\w.\-]+\s+){0,5}in\s+)?$", re.IGNORECASE)


# "Senate approval last month of a one-year ban", "support for a ban": the call's own noun phrase
_CALL_A_BAN = re.compile(
    r"(?:\s+[\w.\-’']+){0,4}?\s+(?:of|for)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}|\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}", re.IGNORECASE
)
# a headline's call with no article: "Proposes Bilateral Nuclear Test Ban Pact", "Urges Nuclear Test Ban"
_CALL_A_BAN_BARE = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){0,2}")
_BAN_TALKS = re.compile(r"\s+(?:talks|negotiations|conference|treaty|regime|verification)\b", re.IGNORECASE)
# a chamber passing a halt: "the Senate last week approved a nine-month ban on ..."; a bill, not yet law
_CHAMBER_PASSED = re.compile(
    r"\b(?:House|Senate|senators)\s+(?:[\w.,\-]+\s+){0,4}?(?:approved|passed|adopted|backed|endorsed)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}$"
)


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
_END_BAN_REACH = 45


def _ended_ban(doc: Document, index: int, trigger: Hit) -> bool:
    """A state ending (or threatening to end) a ban of tests it keeps: the ban is its own halt."""
    if _BAN_TALKS.match(doc.text, trigger.end):
        return False
    return any(
        0 <= trigger.start - h.end <= _END_BAN_REACH and _END_BAN_GAP.fullmatch(doc.text, h.end, trigger.start) is not None
        for h in doc.hits("moratorium", index, "END")
    )


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


def _chamber_passed(doc: Document, clause: tuple[int, int], trigger: Hit) -> bool:
    lo = max(clause[0], trigger.start - _CALLED_BAN_REACH)
    return _CHAMBER_PASSED.search(doc.text, lo, trigger.start) is not None


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
    """An article on nuclear power (reactors, plants) that names no test at all."""
    if not doc.sentences_with("moratorium", "CIVIL"):
        return False
    return _TEST_WORD.search(doc.text) is None


_MORE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


# a pause of a programme on a technical cause (a failed flight, a review of its data), not a political halt
# "enrichment remains suspended after a fire damaged the hall": a halt forced by damage, not declared
# (no "blast" or "explosion": "halted since the last blast" is a test)
_DAMAGE_CAUSE = re.compile(
    r"\b(?:fire|outages?|damag(?:e|ed|ing)|sabotage[d]?|attacks?|strikes?|air\s?raids?|shelling|blackouts?|earthquakes?|flood(?:s|ing)?)\b",
    re.IGNORECASE,
)
_TECHNICAL_PAUSE = re.compile(
    r"\b(?:failures?|failed|malfunction\w*|mishaps?|anomal(?:y|ies)|accidents?|glitch\w*|pending\s+(?:a|an|the)\s+(?:technical\s+)?(?:review|investigation|inquiry))\b",
    re.IGNORECASE,
)


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
    # "resisting the urge to undertake a nuclear test": the urge resisted is a test (not "... to comment")
    if surface.startswith("resist") and not TEST_VERB_NEXT.match(doc.text, trigger.end):
        return None  # "resisted the urge to comment": the urge resisted is no test
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
                                  or _ended_ban(doc, index, trigger))):
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
    if not scope and has_object and objects and all(o.id == "activity" for o in objects):
        scope = ["other"]  # "suspend enrichment": a related activity, not a test
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
    if surface.startswith(_PROHIBIT) and status != "called_for" and not _bound_before(doc, index, trigger):
        return None  # "the treaty prohibits ...", "resolutions forbid ...": a ban imposed by others, not a halt
    actor = _halt_actor(doc, index, trigger, status)
    if trigger.id == "noun" and _joint_proposal(doc, index, trigger, clause):
        status, actor = "called_for", None  # "ready to discuss ... a two-way accord on non-testing"
    if actor is None and earlier is not None:
        actor = earlier.attrs["actor"]  # "..., ending the suspension": the state bound by the halt named before
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
_INTO_CUT = re.compile(r"\s+into\s+(?=(?:a|an)\s)", re.IGNORECASE)


def _joint_proposal(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A halt shared between states, put forward but not agreed: called for, bound on no one state."""
    lo = max(clause[0], trigger.start - _JOINT_REACH)
    joint = _JOINT_HALT.search(doc.text, lo, trigger.start)
    return joint is not None and _PROPOSING.search(doc.text, doc.sentences[index][0], joint.start()) is not None


def _proposed_into(doc: Document, prev: Match, halt: _Halt) -> re.Match[str] | None:
    """'translating its unilateral moratorium into a bilateral arrangement': the halt kept and the one
    proposed are two mentions, cut at 'into'."""
    if halt.status != "called_for" or prev.attrs["status"] == "called_for" or not prev.start < halt.start:
        return None
    return _INTO_CUT.search(doc.text, prev.start, halt.start)


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
# a call to keep halts already in place: 'urged ... to "maintain and respect" existing moratoriums'
_CALLED_BARE = re.compile(
    r"\b(?:urg|call|appeal|press|ask)\w*\b[^.;]{0,50}\b(?:existing|current|national|unilateral|voluntary|such|these|those)\s+$",
    re.IGNORECASE,
)
# the subject right before a halt's verb phrase: "Iran agreed to suspend", "France paused"
_SUBJECT_GAP = re.compile(r"\s+(?:(?!and\b|or\b|but\b|which\b|who\b|that\b)[a-z][\w\-]*\s+){0,4}$")


def _halt_actor(doc: Document, index: int, trigger: Hit, status: str) -> str | None:
    """The state bound by a halt: the subject right before its verb phrase, else the usual actor;
    a call to a group of states binds none of them."""
    if status == "called_for":
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
    if not _DEFINITE.search(doc.text, max(0, trigger.start - 40), trigger.start):
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


_JOINT_SUBJECT = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?:both|neither|the\s+two\s+(?:countries|sides|nations|neighbou?rs|states|powers))\b",
    re.IGNORECASE,
)
_SUCH = re.compile(r"\s+(?:to\s+|on\s+|of\s+)?(?:such|these|those|the\s+same)\s+$", re.IGNORECASE)


def _anaphoric_scope(doc: Document, index: int, trigger: Hit) -> list[str]:
    """'announced a halt to such tests': the tests the previous sentence named."""
    objects = doc.between("moratorium", trigger.end, min(doc.sentences[index][1], trigger.end + 25), "TESTOBJ")
    if not objects or index == 0 or not _SUCH.fullmatch(doc.text, trigger.end, objects[0].start):
        return []
    return scope_classes(weapon_hits(doc, *doc.sentences[index - 1]))


def _conditional_resumption(doc: Document, index: int) -> list[_Halt]:
    """'would only restart tests if the US does so first': a threat to end a halt."""
    out = []
    s, e = doc.sentences[index]
    triggers = [
        h for h in doc.hits("tests", index, "TRIGGER")
        if h.id == "resume" or (h.id == "test" and (
            doc.between("tests", max(s, h.start - 50), h.start, "NEGATION") or _ready(doc.text, max(s, h.start - 40), h.start)
            or _WILL.search(doc.text, max(s, h.start - 40), h.start) or _prepared_first_mover(doc, s, e, h)
            or _WILL_RELATIVE.match(doc.text, h.end)
        ))
    ]
    if not triggers or not _CONDITIONAL.search(doc.text, s, e):
        return []
    for h in triggers:
        if h.id == "resume":
            objects = [o for o in doc.between("moratorium", h.end, min(e, h.end + 40), "TESTOBJ") if o.id == "test"]
        elif h.id == "test" and (
            _NO_INTENT.search(doc.text, max(s, h.start - 50), h.start) or _ready(doc.text, max(s, h.start - 40), h.start)
            or _WILL.search(doc.text, max(s, h.start - 40), h.start) or _prepared_first_mover(doc, s, e, h)
            or _WILL_RELATIVE.match(doc.text, h.end)
        ):
            # 'had "no intention" of conducting a test unless Washington went first': a halt held on a condition
            objects = [h] if _FIRST_MOVER.search(doc.text, h.end, e) else []
        else:
            continue
        if not objects or not (cond := _CONDITIONAL.search(doc.text, h.end, e)):
            continue
        if cond.group("reciprocal") and not _MODAL_BEFORE.search(doc.text, max(s, h.start - 20), h.start):
            continue
        end = objects[0].end
        if objects[0] is h and _WILL_RELATIVE.match(doc.text, h.end) and (first := _FIRST_MOVER.search(doc.text, h.end, e)):
            end = first.end()  # "a test ..., which China would conduct if India did it first": the whole condition
        scope = scope_classes(weapon_hits(doc, max(s, h.start - 20), objects[0].end)) or scope_classes(weapon_hits(doc, s, e)) \
            or article_scope(doc)
        out.append(_Halt(h.start, end, "threatened", scope, _conditional_actor(doc, index, h)))
    return out


def _conditional_actor(doc: Document, index: int, h: Hit) -> str | None:
    """Who holds back: not the party of the condition after ("it will not resume tests until India does":
    with no one named before, 'it' is the subject of the sentence before)."""
    actor = actor_at(doc, h.start)
    hits = actor_hits(doc, index)
    cond = _CONDITIONAL.search(doc.text, h.end, doc.sentences[index][1])
    if cond is None or any(a.end <= h.start for a in hits) or actor not in {code_of(a) for a in hits if a.start >= cond.start()}:
        return actor
    prev = [a for a in actor_hits(doc, index - 1) if not is_object(doc, a)] if index else []
    return code_of(prev[0]) if prev else None


_NO_INTENT = re.compile(
    r"(?:\bno\s+[\"“]?(?:intention|plans?)[\"”]?\s+(?:of|to)|\b(?:not|never)\s+(?:intend|plan)\s+to"
    r"|\b(?:will|would)\s+(?:not|never)|\b(?:won|wouldn)['’]t)\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Russia will carry out a nuclear test only if the United States does so first": the first mover condition after it
# "said Russia would test only if Washington did so first": the modal right before the test verb itself
_WILL = re.compile(
    r"\b(?:will|would|shall)\s+(?:only\s+)?(?:(?:carry\s+out|conduct|stage|hold|perform|test|resume)\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
# "a test of nuclear arms, which China would conduct if ... first": the modal in a relative clause after the test
_WILL_RELATIVE = re.compile(
    r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?,?\s+(?:which|that)\s+(?:[\w.\-]+\s+){1,3}?(?:would|will)\s+(?:only\s+)?"
    r"(?:conduct|carry\s+out|stage|hold|perform|resume)\b",
    re.IGNORECASE,
)
# "be ready to test ... should the United States test first": a test held back on the other side moving first
_READY = re.compile(r"\b(?:ready|prepared|poised)\s+to\s+(?:[\w\-]+\s+){0,1}$", re.IGNORECASE)
# or one being prepared, held back on a first-mover condition attached to it: "the option of
# preparing a test at the Arctic range should Washington move first" (not one a later clause conditions)
_PREPARING = re.compile(r"\bprepar(?:e|es|ing)\s+(?:for\s+)?(?:an?|the)\s+(?:[\w\-]+\s+){0,1}$", re.IGNORECASE)
_PREPARED_REACH = 90


def _prepared_first_mover(doc: Document, s: int, e: int, h: Hit) -> bool:
    if "prepar" not in doc.text[max(s, h.start - 40) : h.start].lower() or not _PREPARING.search(doc.text, max(s, h.start - 40), h.start):
        return False
    m = _FIRST_MOVER.search(doc.text, h.end, min(e, h.end + _PREPARED_REACH))
    return m is not None and not any(c in doc.text[h.end : m.start()] for c in ",;")


def _ready(text: str, start: int, end: int) -> bool:
    """_READY.search in text[start:end], skipped when none of its adjectives stands there (in an
    ASCII window nothing else case-folds onto one): a test trigger asks once per sentence scan."""
    window = text[start:end].lower()
    if window.isascii() and not ("ready" in window or "prepared" in window or "poised" in window):
        return False
    return _READY.search(text, start, end) is not None


_FIRST_MOVER = re.compile(
    r"\b(?:unless|until|only\s+if|if|should|once|in\s+case)\b[^.;,]{1,60}?\b(?:first|does\s+so|do\s+so|did\s+so"
    r"|(?:did|does|do)(?=\s*(?:[.;,\"”)]|$)))",
    re.IGNORECASE,
)
_NOT_ENDING = frozenset({"over", "end", "resume", "resumed", "resumption", "restart", "restarted", "return to", "returned to"})
_ANAPHOR_GAP = 20
_ANAPHOR_BACK = 2  # sentences back to the halt a pledge refers to


_POSTEND_GAP = re.compile(r"\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?$", re.IGNORECASE)


def _pledge_end(doc: Document, hits: list[Hit], anaphor: Hit) -> tuple[int, int] | None:
    """Where a pledge is said to end: 'no longer bound by that pledge', 'the pledge had lost its
    meaning', 'get bound by the commitment any longer'; its span, or None."""
    for h in hits:
        if h.label == "END" and 0 <= anaphor.start - h.end <= _ANAPHOR_GAP and doc.text[h.start : h.end].lower() not in _NOT_ENDING:
            return h.start, anaphor.end
    for h in hits:
        if h.label == "POSTEND" and 0 < h.start - anaphor.end <= 12 and _POSTEND_GAP.fullmatch(doc.text, anaphor.end, h.start):
            return anaphor.start, h.end
    bound = next((h for h in hits if h.label == "BOUND" and 0 <= anaphor.start - h.end <= 2), None)
    later = next((h for h in hits if h.label == "ANYMORE" and 0 <= h.start - anaphor.end <= 2), None)
    return (bound.start, later.end) if bound and later else None


_SAID_THAT = re.compile(r",\s+(?:[\w\-]+\s+){0,2}?(?:said|says|declared|announced|added)\b[^,;]*?\bthat\s+", re.IGNORECASE)


def _ended_pledges(doc: Document, found: list[Match]) -> list[Match]:
    """'Pyongyang said it no longer felt bound by that pledge': ending (or threatening to end) a
    pledge, commitment or promise that refers back to a halt of the sentences just before, or of
    an earlier clause of its own sentence ("announced a halt ..., but said the pledge had lost its meaning")."""
    out = []
    for index in doc.sentences_with("moratorium", "ANAPHOR"):
        hits = doc.hits("moratorium", index)
        for anaphor in (h for h in hits if h.label == "ANAPHOR"):
            here = [m for m in found if doc.sentence_index(m.start) == index]
            holder = next((m for m in here if m.start <= anaphor.start < m.end), None)
            if holder is not None:
                # "announced a halt ..., said in 2020 that it no longer felt bound by that pledge": the
                # pledge's end in a later clause of the halt's own mention is a mention of its own
                span = _pledge_end(doc, hits, anaphor)
                said = _SAID_THAT.search(doc.text, holder.start, span[0]) if span is not None else None
                if said is None or said.start() <= holder.start or _RANK[holder.attrs["status"]]:
                    continue  # the pledge is part of a halt already reported
                cut = said.start()
                text = doc.text[holder.start : cut].rstrip(" ,;")
                found[found.index(holder)] = Match(kind="moratorium", start=holder.start, end=holder.start + len(text), text=text, attrs=holder.attrs)
                here = [m for m in found if doc.sentence_index(m.start) == index]
            # a halt of this sentence before the pledge, else one of the sentences just before; a
            # mention later in the sentence ("..., and Pyongyang resumed launches") is no referent
            before = [m for m in here if m.start <= anaphor.start]
            earlier = [m for m in before if m.end <= anaphor.start] or (
                [] if before else [m for m in found if 0 < index - doc.sentence_index(m.start) <= _ANAPHOR_BACK]
            )
            if not earlier:
                continue
            span = _pledge_end(doc, hits, anaphor)
            if span is None:
                continue
            threat = any(h.label == "THREAT" and 0 <= span[0] - h.end < 40 for h in hits)
            s, e = doc.evidence(index, *span)
            if here and here[-1].end > s:  # its own clause, after the halt's mention
                s = min(max(s, here[-1].end), span[0])
                while s < span[0] and not doc.text[s].isalnum():
                    s += 1
            attrs = {
                "status": "threatened" if threat else "ended",
                "scope": earlier[-1].attrs["scope"],
                "actor": actor_at(doc, span[0]),
            }
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


_NOT_RESUMING = re.compile(
    r"(?:\bno\s+[\"“]?(?:intention|plans?)[\"”]?\s+(?:of|to)|\b(?:not|never)|\b(?:won|wouldn|didn|doesn)['’]t)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PAST_RESUME = frozenset({"resumed", "restarted", "returned to", "went back to", "started testing again"})
_PARTICIPLE_HALT = re.compile(r"\s+[\"“]?(?:(?:all|the|its|their|his|her)\s+)?(?:[\w]+ly[\s\-]+)?$", re.IGNORECASE)
_PARTICIPLE_NOUN = re.compile(r"[\"”]?\s+[\w\-]+")
_RESUME_OBJECT = 45


# "declined to say whether Moscow would resume testing", "would not rule out a resumption": left open, a hint
_UNDECIDED = re.compile(
    r"\b(?:(?:not|n['’]t)\s+(?:ready|prepared|willing)\s+to\s+say|(?:declin\w*|refus\w*|(?:would|will|did|does|could)\s+not|(?:won|wouldn|didn|doesn|couldn)['’]t)"
    r"\s+(?:to\s+)?(?:say|rule\s+out|exclude))\b[^.;]*$",
    re.IGNORECASE,
)
_UNDECIDED_REACH = 80
# "France will resume its tests in September": a resumption announced as decided, in an article that names
# the halt it ends (ended: the decision declares the halt over; a hint, order or modal stays threatened)
_PLANNED = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:going\s+)?to)\s+(?:(?:soon|then|now|also)\s+)?$", re.IGNORECASE)


def _halt_named(doc: Document) -> bool:
    return any(h.id == "noun" for i in doc.sentences_with("moratorium", "HALT") for h in doc.hits("moratorium", i, "HALT"))


def _resumptions(doc: Document, index: int, found: list[Match]) -> list[_Halt]:
    """Testing resumed after a halt the article reports ("Chirac resumed testing in 1995"), or
    a threat to restart halted activities ("examine restarting all temporarily suspended
    activities"): the halt's end, or a threat of it."""
    out = []
    s, e = doc.sentences[index]
    for r in doc.hits("moratorium", index, "RESUME"):
        clause = doc.clause_at(r.start)
        first = _first_to(doc, index, r)
        if first is not None:
            out.append(first)
            continue
        planned = False
        undecided = _UNDECIDED.search(doc.text, max(s, r.start - _UNDECIDED_REACH), r.start)
        if undecided is None and _NOT_RESUMING.search(doc.text, max(s, r.start - 40), r.start):
            continue
        if doc.text[r.start : r.end].lower() == "resumption" and _ACCUSED.search(doc.text, s, r.start):
            continue  # "accused China of preparing ... for a possible resumption of testing": a charge, not a threat
        hi = min(clause[1], r.end + _RESUME_OBJECT)
        halted = [h for h in doc.between("moratorium", r.end, hi, "HALT") if h.id == "verb"]
        tests = [o for o in doc.between("moratorium", r.end, hi, "TESTOBJ") if o.id == "test"]
        if halted and _PARTICIPLE_HALT.fullmatch(doc.text, r.end, halted[0].start) and (
            noun := _PARTICIPLE_NOUN.match(doc.text, halted[0].end)
        ):
            end, earlier = noun.end(), None  # "restarting all temporarily suspended activities"
            if tests and tests[0].start >= halted[0].end:
                end = tests[0].end  # "resuming all suspended nuclear and missile tests": the tests it names
        elif tests and not halted:
            earlier = next((m for m in reversed(found) if m.end <= r.start), None)
            headline = _headline_plan(doc, index, r)
            planned = _PLANNED.search(doc.text, max(clause[0], r.start - 30), r.start) is not None and _halt_named(doc) \
                and not _UNORDERED.search(doc.text, max(s, r.start - _UNDECIDED_REACH), r.start)  # "does not mean ... will resume"
            if earlier is None and not headline and not planned and undecided is None and not _threat_before(doc, index, r, strong=True):
                continue  # resumed (or ordered to resume) testing with no halt in view: a test, not a halt's end
            end = tests[0].end
            if headline:
                out.append(_Halt(r.start, end, "threatened", scope_classes(weapon_hits(doc, r.end, end)) or article_scope(doc),
                                 _halt_actor(doc, index, r, "threatened")))
                continue
        elif not halted and (passive := _passive_resumption(doc, index, r)) is not None:
            # "testing would be resumed only once ...": a resumption announced for its tests, a threat to the halt
            scope = scope_classes(weapon_hits(doc, passive.start, r.end)) or next(
                (m.attrs["scope"] for m in reversed(found) if m.end <= r.start), []) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
            cond = _CONDITION_AFTER.match(doc.text, r.end)
            stop = _CONDITION_END.search(doc.text, r.end, e) if cond else None
            end = stop.start() if stop else r.end  # "... only after X tests first"
            out.append(_Halt(passive.start, end, "threatened", scope, _passive_actor(doc, index, passive, r)))
            continue
        elif not halted and (ref := _WORK_REF.match(doc.text, r.end)) is not None \
                and (prior := _halt_resumed(doc, index, r, found)) is not None:
            # "suspended enrichment in 2003, before ... resuming the work in 2006": that halt's end
            out.append(_Halt(r.start, ref.end(), "ended", prior.scope, _halt_actor(doc, index, r, "ended") or prior.actor))
            continue
        else:
            continue
        if _threat_before(doc, index, r, strong=True) or _ordered_before(doc, r) or undecided is not None:
            status = "threatened"
        elif tests and not halted and planned:
            status = "ended"  # "France will resume its tests in September": the decision declares the halt over
        elif doc.text[r.start : r.end].lower() in _PAST_RESUME:
            status = "ended"
        else:
            continue
        scope = scope_classes(weapon_hits(doc, r.end, end)) or (earlier.attrs["scope"] if earlier else []) \
            or next((m.attrs["scope"] for m in reversed(found) if m.end <= r.start), None) \
            or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(r.start, end, status, scope, _halt_actor(doc, index, r, status)))
    return out


# a headline's infinitive plan: "Pyongyang to resume nuclear and missile tests"
_HEADLINE_TO = re.compile(r"[^,.;:!?\"“”]{2,60}\s+to\s+$")
_PASSIVE_RESUMED = re.compile(
    r"\s+(?:will|would|could|shall|may|might|can)\s+(?:only\s+|soon\s+|then\s+)?be\s+$", re.IGNORECASE
)


def _headline_plan(doc: Document, index: int, r: Hit) -> bool:
    """A headline (the article's first line, with no full stop) that announces a resumption of
    tests, in an article that names a halt: a threat to end it."""
    s, e = doc.sentences[index]
    if index != 0 or doc.text[s:e].rstrip().endswith((".", "!", "?", "\"", "”")):
        return False  # a headline carries no full stop
    return bool(_HEADLINE_TO.fullmatch(doc.text, s, r.start)) and len(doc.sentences_with("moratorium", "HALT")) > 0


def _passive_resumption(doc: Document, index: int, r: Hit) -> Hit | None:
    """'nuclear tests will be resumed only if ...': the tests right before a modal passive resumption."""
    if doc.text[r.start : r.end].lower() != "resumed":
        return None
    s = doc.sentences[index][0]
    tests = [o for o in doc.between("moratorium", max(s, r.start - 40), r.start, "TESTOBJ") if o.id == "test"]
    if not tests or not _PASSIVE_RESUMED.fullmatch(doc.text, tests[-1].end, r.start):
        return None
    return tests[-1]


_CONDITION_END = re.compile(r"[,;\"”]")
_CONDITION_AFTER = re.compile(r"\s+(?:only\s+)?(?:if|unless|after|once|when|should)\b", re.IGNORECASE)


def _passive_actor(doc: Document, index: int, tests: Hit, r: Hit) -> str | None:
    """Who would resume agentless tests: a subject before them, else the sentence's speaker; not the
    party named in the condition after ("... only after the United States tests first")."""
    cond = _CONDITION_END.search(doc.text, r.end, doc.sentences[index][1])
    cut = cond.start() if cond else doc.sentences[index][1]
    hits = [h for h in actor_hits(doc, index) if not r.end <= h.start < cut]
    before = [h for h in hits if h.end <= tests.start and not is_object(doc, h)]
    if before:
        return code_of(before[-1])
    after = [h for h in hits if h.start >= cut]
    if after:
        return code_of(after[0])
    actor = actor_at(doc, tests.start)
    conditioned = {code_of(h) for h in actor_hits(doc, index) if r.end <= h.start < cut}
    return None if actor in conditioned else actor


# a resumption ordered, planned or prepared, not yet done: "told the army to get ready for a
# resumption of testing", "ordered the military to resume testing", "plans to restart tests"; not a noun
# ("his announcement to resume testing"): a reference back to an order already told
_ORDERED = re.compile(
    r"\b(?:order(?:ed|s|ing)?|direct(?:ed|s|ing)?|instruct(?:ed|s|ing)?|told|prepar(?:e|es|ed|ing)\s+(?:for|to)|plan(?:s|ned|ning)?\s+to"
    r"|intend(?:s|ed)?\s+to|decid(?:ed|es)\s+to|announc(?:ed|es|ing))\b[^.;]{0,50}$",
    re.IGNORECASE,
)
_ORDER_REACH = 70


def _ordered_before(doc: Document, r: Hit) -> bool:
    """An order, plan or preparation in the resumption's clause before it."""
    clause = doc.clause_at(r.start)
    m = _ORDERED.search(doc.text, max(clause[0], r.start - _ORDER_REACH), r.start)
    # "stopped short of announcing a resumption", "did not order a return to testing": no order
    return m is not None and not _UNORDERED.search(doc.text, max(clause[0], m.start() - 50), r.start)


_UNORDERED = re.compile(
    r"\b(?:not|never|no|short\s+of|without|refrain\w*|declin\w*|denied|denies|deny|rul\w+\s+out|against)\b|n['’]t\b",
    re.IGNORECASE,
)


_ACCUSED = re.compile(r"\b(?:accus|alleg|suspect|charg)\w*", re.IGNORECASE)
# "resuming the work": the halted activity, named back
_WORK_REF = re.compile(r"\s+(?:the|that|this|its|their)\s+(?:work|activity|activities)\b|\s+it\b(?!\s+(?:to|is|was|would|will)\b)", re.IGNORECASE)
# "halted X ..., before / and then / later resuming": the resumption follows the halt in the telling
_RESUMED_LINK = re.compile(r"\b(?:before|then|later|until)\s+(?:[\w.\-’']+\s+){0,8}$", re.IGNORECASE)
_RESUMED_REACH = 160


def _halt_resumed(doc: Document, index: int, r: Hit, found: list[Match]) -> _Halt | None:
    """A past halt earlier in the sentence that a participle resumption ('resuming the work') ends."""
    if doc.text[r.start : r.end].lower() not in ("resuming", "resumed", "restarting", "restarted"):
        return None
    s = doc.sentences[index][0]
    halts = [h for h in doc.between("moratorium", max(s, r.start - _RESUMED_REACH), r.start, "HALT") if h.id == "verb"]
    if not halts or not _RESUMED_LINK.search(doc.text, halts[-1].end, r.start):
        return None
    if not doc.text[halts[-1].start : halts[-1].end].lower().endswith("ed"):
        return None
    return _halt_of(doc, index, halts[-1], found)


# "will not be the first to resume explosive testing": a no-first-test pledge, a halt kept
_FIRST_TO = re.compile(
    r"\b(?:(not|never)|(neither|none)(?:\s+(?:side|country|state|of\s+them))?)\s+(?:[\w\-]+\s+){0,2}?(?:be|being)\s+(?:the\s+)?first"
    r"(?:\s+(?:country|state|nation|power|side|one))?(?:\s+(?:in|among|of)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?\s+to\s+$",
    re.IGNORECASE,
)
_FIRST_TO_BACK = 90
_FIRST_OTHER = re.compile(r"\b(?:talks|negotiations|dialogue|on|about|over)\b", re.IGNORECASE)


def _first_to(doc: Document, index: int, r: Hit) -> _Halt | None:
    s, e = doc.sentences[index]
    m = _FIRST_TO.search(doc.text, max(s, r.start - _FIRST_TO_BACK), r.start)
    if m is None:
        return None
    tests = [o for o in doc.between("moratorium", r.end, min(e, r.end + _RESUME_OBJECT), "TESTOBJ") if o.id == "test"]
    if not tests or _FIRST_OTHER.search(doc.text, r.end, tests[0].start):
        return None  # "not be the first to resume talks on missile tests": another thing resumed
    end = tests[0].end
    scope = scope_classes(weapon_hits(doc, r.end, end)) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
    actor = None if m.group(2) else _halt_actor(doc, index, r, "in_force")
    return _Halt(m.start(), end, "in_force", scope, actor)


_MIRROR_REACH = 60
_MIRROR_BACK = 2  # sentences back to the halt a mirror threat answers


def _mirror_threats(doc: Document, index: int, found: list[Match]) -> list[_Halt]:
    """'we will act in a mirror-like fashion' after 'if someone carries out a test', 'would
    "mirror" any U.S. nuclear test': matching another's test, a threat to end one's own halt,
    read so only right after a halt the article has named (else an escalation only)."""
    out: list[_Halt] = []
    if not any(0 <= index - doc.sentence_index(m.start) <= _MIRROR_BACK for m in found):
        return out
    s, e = doc.sentences[index]
    triggers = [h for h in doc.hits("tests", index, "TRIGGER") if h.id == "test"]
    for h in doc.hits("moratorium", index, "MIRROR"):
        after = next((t for t in triggers if 0 <= t.start - h.end <= _MIRROR_REACH), None)
        before = next((t for t in triggers if t.end <= h.start and _CONDITIONAL_TEST.search(doc.text, s, t.start)), None)
        if after is None and before is None:
            continue
        end = after.end if after is not None else h.end
        scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(h.start, end, "threatened", scope, actor_at(doc, h.start)))
        break
    return out


# "should X restart testing, we shall reconsider our stance": another's resumption, then one's own
# restraint put under review: a threat to end that restraint (not "review its sanctions policy")
_REVIEW = re.compile(
    r"\b(?:will|would|shall|must|may|might|could)\s+(?:have\s+to\s+|then\s+|immediately\s+)?(?:review|reconsider|re-?examine|reassess|revisit|rethink)"
    r"\s+(?:its|their|his|her|our|my|the)\s+(?:own\s+)?(?:position|stance|commitment|moratorium|pledge|restraint|adherence|obligations?)\b",
    re.IGNORECASE,
)
_IF_RESUMES = re.compile(r"\b(?:if|should|in\s+case|once|were)\s+(?:[\w.\-\'’]+\s+){0,5}$", re.IGNORECASE)
_REVIEW_REACH = 110


def _position_review(doc: Document, index: int) -> list[_Halt]:
    out: list[_Halt] = []
    s, e = doc.sentences[index]
    for r in doc.hits("moratorium", index, "RESUME"):
        if not _IF_RESUMES.search(doc.text, max(s, r.start - 40), r.start):
            continue
        tests = [o for o in doc.between("moratorium", r.end, min(e, r.end + 40), "TESTOBJ") if o.id == "test"]
        if not tests:
            continue
        m = _REVIEW.search(doc.text, tests[0].end, min(e, tests[0].end + _REVIEW_REACH))
        if m is None:
            continue
        subject = [h for h in actor_hits(doc, index) if tests[0].end <= h.start and h.end <= m.start() and m.start() - h.end <= 3]
        start = subject[-1].start if subject else m.start()
        actor = code_of(subject[-1]) if subject else actor_at(doc, m.start())
        scope = scope_classes(weapon_hits(doc, r.start, tests[0].end)) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(start, m.end(), "threatened", scope, actor))
    return out


# "we shall not stage them while Washington abstains", "would not test as long as others hold back":
# one's own tests forsworn while the other side abstains, a halt kept on a reciprocal condition
_FORSWORN = re.compile(
    r"\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?:(?:ever|again|be\s+the\s+first\s+to)\s+)?"
    r"(?:conduct|carry\s+out|stage|hold|perform|test|resume|explode|detonate)\b(?:\s+(?:them|it|such\s+tests?|any\s+(?:[\w\-]+\s+){0,2}?tests?|(?:[\w\-]+\s+){0,2}?tests?))?"
    r"(?:\s+(?:again|either))?\s*,?\s+(?:(?:only\s+)?if|as\s+long\s+as|so\s+long\s+as|for\s+as\s+long\s+as|provided(?:\s+that)?|while)\s+(?:[\w.\-\'’]+\s+){1,6}?"
    r"(?:(?:also|likewise|too|similarly)\s+)?$",
    re.IGNORECASE,
)
_FORSWORN_REACH = 130


def _reciprocal_abstention(doc: Document, index: int) -> list[_Halt]:
    out: list[_Halt] = []
    s, e = doc.sentences[index]
    for h in doc.hits("moratorium", index, "RECIPROCAL"):
        m = _FORSWORN.search(doc.text, max(s, h.start - _FORSWORN_REACH), h.start)
        if m is None:
            continue
        tested = [o for o in doc.between("moratorium", s, h.start, "TESTOBJ") if o.id == "test"] or [
            t for t in doc.hits("tests", index, "TRIGGER") if t.id == "test" and t.end <= h.start
        ]
        if not tested:
            continue  # "will not hold talks if ... refrains": no tests named, no halt
        end = h.end
        tail = _RECIPROCAL_TAIL.match(doc.text, h.end)
        if tail is not None:
            end = tail.end()
        scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(m.start(), end, "in_force", scope, actor_at(doc, m.start())))
    return out


_RECIPROCAL_TAIL = re.compile(r"\s+(?:from\s+)?(?:such|similar|these|those|the\s+same|doing|testing)(?:\s+[\w\-]+){0,2}?(?=\s*[,.;:\"”]|$)", re.IGNORECASE)


_CONDITIONAL_TEST = re.compile(r"\b(?:if|should|once|in\s+case)\s+(?:[\w\-.]+\s+){1,6}$", re.IGNORECASE)


# 'reaffirm that they will not conduct nuclear explosive tests', 'pledged it would never test again'
_NEVER_TEST = re.compile(
    r"(?:\s*(?:,|again\b|publicly\b|formally\b|repeatedly\b|at\s+the\s+highest\s+levels?\b))*\s+(?:that\s+)?(?:it|they|we|he|she)\s+"
    r"(?:will|would|shall)\s+(?:not|never)\s+(?:(?!(?:stop|halt|cease|end|suspend|abandon|give|freeze|pause|delay|rule|hesitate)\b)[\w\-]+\s+){0,4}$"
    # 'commit not to conduct destructive direct-ascent anti-satellite missile tests'
    # 'vowed never to restart its long-range rocket tests'
    r"|\s+(?:themselves\s+|itself\s+)?(?:(?:not|never)\s+to|to\s+(?:not|never))\s+(?:conduct|carry\s+out|perform|stage|hold|resume|restart)\s+(?:[\w\-]+\s+){0,5}$"
    # 'pledged not to destroy satellites with missile tests': the tests as the means of what it forswears
    r"|\s+(?:(?:not|never)\s+to|to\s+(?:not|never))\s+[a-z]+\s+(?:[\w\-'’]+\s+){0,4}?(?:with|by|through)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PLEDGE_REACH = 100
# "pledged not to deploy", "committed itself to not deploying": a pledge to hold off deployments
_NOT_DEPLOY = re.compile(
    r"\s+(?:itself\s+|themselves\s+|ourselves\s+)?(?:(?:not|never)\s+to|to\s+(?:not|never))\s+(?:deploy(?:ing)?|station(?:ing)?|field(?:ing)?)\s",
    re.IGNORECASE,
)
_SUCH_ARMS = re.compile(r"(?:such|these|those|similar)\s+(?:[\w\-]+\s+)?(?:systems|missiles|weapons|rockets|arms)\b", re.IGNORECASE)
_PLEDGE_CALL = 30


def _pledged_abstention(doc: Document, index: int) -> list[_Halt]:
    """A pledge (or a call for one) not to test: a halt in force, or called for."""
    out = []
    triggers = [h for h in doc.hits("tests", index, "TRIGGER") if h.id == "test"]
    # "reaffirmed its pledge not to conduct ...": the pledge noun after a determiner is the pledge itself
    pledges = doc.hits("moratorium", index, "PLEDGE") + [h for h in doc.hits("moratorium", index, "ANAPHOR") if h.id == "pledge"]
    for pledge in pledges:
        if (deploy := _NOT_DEPLOY.match(doc.text, pledge.end)) is not None and pledge.label == "PLEDGE":
            # "pledged not to deploy intermediate-range missiles unless ... first": a halt of deployments
            arms = weapon_hits(doc, deploy.end(), min(doc.sentences[index][1], deploy.end() + 50))
            ranged = _RANGE_CLASS.match(doc.text, deploy.end() - 1)
            if any(w.id not in _GENERIC for w in arms) or ranged or (_SUCH_ARMS.match(doc.text, deploy.end()) and _WHILE_OTHER.search(doc.text, deploy.end(), doc.sentences[index][1])):
                end = (ranged.end() if ranged else max([w.end for w in arms] + [deploy.end()]))
                if (such := _SUCH_ARMS.match(doc.text, deploy.end())) is not None:
                    end = max(end, such.end())
                scope = scope_classes(_carriers(doc, arms)) or ["missile"]
                out.append(_Halt(pledge.start, end, "in_force", scope, None if _coordinated_subject(doc, index, pledge) else actor_at(doc, pledge.start)))
            continue
        test = next((t for t in triggers if 0 < t.start - pledge.end <= _PLEDGE_REACH and _NEVER_TEST.fullmatch(doc.text, pledge.end, t.start)), None)
        if test is None:
            continue
        lo = max(doc.sentences[index][0], pledge.start - _PLEDGE_CALL - 25)  # "a resolution calling on ...": a long call phrase
        called = any(h.id == "call" and pledge.start - h.end <= _PLEDGE_CALL for h in doc.between("moratorium", lo, pledge.start, "CALL")) \
            or any(pledge.start - h.end <= _PLEDGE_CALL for h in doc.between("moratorium", lo, pledge.start, "CALLED"))  # "were urged by X to make the commitment"
        scope = scope_classes(weapon_hits(doc, pledge.end, test.end)) or scope_classes(weapon_hits(doc, *doc.sentences[index])) \
            or article_scope(doc)
        actor = None if _coordinated_subject(doc, index, pledge) else actor_at(doc, pledge.start)
        if called:
            # "calling on all countries to commit not to conduct ...": a call to many binds none
            calls = [h for h in doc.between("moratorium", lo, pledge.start, "CALL") if h.id == "call" and pledge.start - h.end <= _PLEDGE_CALL]
            group = _GROUP_ADDRESSEE.match(doc.text, calls[-1].end, pledge.start) if calls else None
            if group and not doc.between("actors", calls[-1].end, group.end(), "ACTOR"):
                actor = None
            elif not calls:
                actor = None  # "other nations were urged by X to make the same commitment": the urged, many or unnamed
        out.append(_Halt(pledge.start, test.end, "called_for" if called else "in_force", scope, actor))
    return out


_WHILE_OTHER = re.compile(r"\s+(?:as\s+long\s+as|so\s+long\s+as|for\s+as\s+long\s+as|provided|only\s+if|unless|until)\b", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:and|but|while)\s+", re.IGNORECASE)
_ADHERE_BACK = 1  # sentences back to the halt an 'abide by it' refers to


def _conditional_adherence(doc: Document, found: list[Match]) -> list[Match]:
    """'Moscow says it will abide by it as long as Washington does': keeping to a halt named just
    before, on a condition the other side keeps it too; a halt in force bound on the speaker."""
    out = []
    for index in doc.sentences_with("moratorium", "ADHERE"):
        for h in doc.hits("moratorium", index, "ADHERE"):
            if not _WHILE_OTHER.match(doc.text, h.end):
                continue
            holder = next((m for m in found if m.start <= h.start < m.end), None)
            if holder is not None:
                # "... since 1992, and Moscow says it will abide by it ...": the halt's mention ends with its clause
                joins = list(_CLAUSE_JOIN.finditer(doc.text, holder.start, h.start))
                if not joins:
                    continue
                text = doc.text[holder.start : joins[-1].start()].rstrip(" ,;")
                found[found.index(holder)] = Match(kind="moratorium", start=holder.start, end=holder.start + len(text), text=text, attrs=holder.attrs)
            earlier = [m for m in found if m.end <= h.start and 0 <= index - doc.sentence_index(m.start) <= _ADHERE_BACK]
            if not earlier:
                continue
            cond = _WHILE_OTHER.match(doc.text, h.end)
            s, e = doc.evidence(index, h.start, cond.end() if cond else h.end)
            if earlier[-1].end > s:
                s = h.start
            attrs = {"status": "in_force", "scope": earlier[-1].attrs["scope"], "actor": actor_at(doc, h.start)}
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


# "it has been observed by every president since": a halt named just before, kept since
_OBSERVED_PASSIVE = frozenset({"observed", "honoured", "honored", "respected", "maintained", "upheld"})
_IT_BEEN = re.compile(r"\bit\s+(?:has|had)\s+(?:since\s+|also\s+|always\s+|then\s+)?been\s+(?:[\w\-]+ly\s+)?$", re.IGNORECASE)
_OBSERVED_BACK = 1


def _observed_since(doc: Document, found: list[Match]) -> list[Match]:
    """'The 1992 moratorium began as ..., and it has been observed by every president since': the
    halt named just before, said to be kept; a mention in force of its own, bound as that one."""
    out = []
    for index in doc.sentences_with("moratorium", "OBSERVE"):
        s0 = doc.sentences[index][0]
        for h in doc.hits("moratorium", index, "OBSERVE"):
            if doc.text[h.start : h.end].lower() not in _OBSERVED_PASSIVE:
                continue
            it = _IT_BEEN.search(doc.text, max(s0, h.start - 40), h.start)
            if it is None or any(m.start <= h.start < m.end for m in found):
                continue
            earlier = [m for m in found if m.end <= it.start() and 0 <= index - doc.sentence_index(m.start) <= _OBSERVED_BACK]
            if not earlier or earlier[-1].attrs["status"] != "in_force":
                continue
            s, e = doc.evidence(index, it.start(), h.end)
            s = max(s, it.start()) if earlier[-1].end > s else s
            attrs = {"status": "in_force", "scope": earlier[-1].attrs["scope"], "actor": earlier[-1].attrs["actor"]}
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


# "no more nuclear tests are being planned", "plans no further tests", "there will be no more tests": a
# declared stop to testing (not "no more than three tests are planned")
_NO_MORE_BEFORE = re.compile(
    r"\b(?:(?:plans?|planned|planning|intends?\s+to\s+(?:conduct|carry\s+out|hold)|will\s+(?:conduct|carry\s+out|hold|stage)"
    r"|there\s+(?:will|would)\s+be)\s+)?no\s+(?:more|further)\s+(?!than\b)(?:(?!and\b|or\b|but\b)[\w\-]+\s+){0,3}$"
    # "we have no further need to carry out nuclear tests", "sees no need for further tests"
    r"|\b(?:(?:no\s+longer|not)\s+(?:necessary|needed)|no\s+(?:need|necessity))\s+(?:for\s+(?:[\w.\-]+\s+){1,3}?)?"
    r"(?:to\s+(?:conduct|carry\s+out|hold|stage|perform)\s+)?(?:any\s+)?(?:more|further)\s+(?:(?!and\b|or\b|but\b)[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "analysts doubt that Pyongyang sees no need ...": a need in doubt is no declared stop
_NEED_DOUBTED = re.compile(r"\b(?:doubts?|doubted|doubtful|question\w*|whether|unclear|unlikely)\b", re.IGNORECASE)
# "no need to conduct more tests of the new interceptor before it is fielded": a system's trials finished, no halt
_TESTS_BEFORE_FIELDED = re.compile(
    r"\s+of\s+(?:[\w\-]+\s+){1,5}?(?:before|until)\s+(?:it|they|the\s+[\w\-]+)\s+(?:is|are|can\s+be|goes|go)\s+"
    r"(?:fielded|deployed|delivered|operational|into\s+service|in\s+service)\b",
    re.IGNORECASE,
)
_NO_MORE_AFTER = re.compile(
    r"(?:\s+(?:are|is|were|was|will\s+be|would\s+be)\s+(?:now\s+|currently\s+)?(?:being\s+)?"
    r"(?:planned|scheduled|envisaged|foreseen|contemplated|intended|needed|necessary|required)\b(?:\s+by\s+(?:[A-Z][\w.\-]*\s*){1,3})?)?",
)
# "has not tested a long-range missile since 2017", "hasn't conducted a nuclear test since late 2017": a halt
# observed, named by its length
# (the dev set's d-005 keeps "has not detonated the weapons since 1992" as an optional halt: one a reader may
# or may not call a moratorium, so firing on it is never charged)
_NOT_SINCE_BEFORE = re.compile(
    r"(?:\b(?:has|have|had)\s+(?:not|never)|\b(?:hasn|haven|hadn)['’]t)\s+(?:(?:yet|once|again)\s+)?"
    r"(?:(?:conducted|carried\s+out|staged|performed|set\s+off)\s+(?:a|an|any)\s+(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(
    r"[^.;:!?]{0,90}?\bsince\s+(?:(?:early|late|mid|at\s+least|the\s+(?:start|end|middle)\s+of)\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# "if this moratorium is broken by another nation, I will direct ... to prepare to conduct additional tests":
# tests readied on the halt's breach, a threat to end it
_BREACH_IF = re.compile(
    r"\b(?:if|should|in\s+case|once)\b[^.;]{0,60}?\b(?:moratori(?:um|a)|freeze|halt|suspension)\b[^.;]{0,40}?\b(?:is|are|was|were|gets?|be)\s+"
    r"(?:ever\s+|ultimately\s+)?(?:broken|violated|breached|ended|abandoned|lifted)\b"
    r"|\b(?:if|should|in\s+case)\s+(?:[\w.\-’']+\s+){1,4}?(?:breaks?|violates?|breaches?|abandons?|ends?)\s+(?:the|its|this|their|that)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:moratori(?:um|a)|freeze|halt)\b",
    re.IGNORECASE,
)
_PREPARE_TESTS = re.compile(
    r"\b(?:will|would|shall)\s+(?:[\w.\-]+\s+){0,6}?(?:prepare|get\s+ready|be\s+ready|be\s+prepared)\s+(?:to|for)\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)


_READIED = re.compile(r"\b(?:prepare|get\s+ready|be\s+ready|be\s+prepared)\s+(?:to|for)\b", re.IGNORECASE)


def _readied_on_breach(doc: Document, index: int, t: Hit) -> _Halt | None:
    s, e = doc.sentences[index]
    breach = _BREACH_IF.search(doc.text, s, t.start)
    if breach is None:
        return None
    ready = _PREPARE_TESTS.search(doc.text, max(breach.end(), t.start - 120), t.start)
    if ready is None:
        return None
    scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
    # the readied tests stay out of the span: they are a prospective test of their own
    end = ready.start() + len(doc.text[ready.start() : ready.end()].rstrip())
    return _Halt(ready.start(), end, "threatened", scope, actor_at(doc, ready.start()))


def _declared_abstention(doc: Document, index: int) -> list[_Halt]:
    """A stop to testing declared ("no more tests are planned") or observed ("has not tested ... since 2017"):
    a halt in force, with no halt word."""
    s, e = doc.sentences[index]
    low = doc.text[s:e].lower()
    more = "no more" in low or "no further" in low or (("need" in low or "necess" in low) and ("more" in low or "further" in low))
    since = "since" in low and ("not" in low or "n't" in low or "n’t" in low)
    breach = "prepare" in low or "ready" in low
    if not more and not since and not breach:
        return []
    out: list[_Halt] = []
    for t in doc.hits("tests", index, "TRIGGER"):
        if t.id != "test":
            continue
        lo = max(doc.clause_at(t.start)[0], t.start - 70)
        start = end = -1
        if more and (m := _NO_MORE_BEFORE.search(doc.text, max(s, t.start - 90), t.start)) is not None:
            after = _NO_MORE_AFTER.match(doc.text, t.end, e)
            need = "nee" in m.group().lower() or "necess" in m.group().lower()
            if need and (_NEED_DOUBTED.search(doc.text, s, m.start()) or _TESTS_BEFORE_FIELDED.match(doc.text, t.end, e)):
                pass
            elif after is not None and (after.end() > t.end or m.group().lower().startswith(("plan", "intend", "will", "there")) or need):
                start, end = m.start(), after.end()
        if start < 0 and since and doc.text[t.start : t.end].lower() in ("tested", "test") \
                and (m := _NOT_SINCE_BEFORE.search(doc.text, lo, t.start)) is not None \
                and (y := _SINCE_YEAR.match(doc.text, t.end, e)) is not None:
            start, end = m.start(), y.end()
        if start < 0:
            if breach and (readied := _readied_on_breach(doc, index, t)) is not None:
                out.append(readied)
            continue
        scope = scope_classes(weapon_hits(doc, start, end)) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(start, end, "in_force", scope, actor_at(doc, start)))
    return out


def find_moratoria(doc: Document) -> list[Match]:
    """Moratorium mentions, one per clause; the most marked status in the clause wins."""
    if not doc.in_domain:
        return []
    out: list[Match] = []
    # only sentences with a halt word or a testing trigger (a conditional resumption) can hold one
    candidates = sorted({*doc.sentences_with("moratorium", "HALT", "RESUME", "PLEDGE"), *doc.sentences_with("tests", "TRIGGER")})
    for index in candidates:
        halts = [
            halt
            for trigger in doc.hits("moratorium", index, "HALT")
            if (halt := _halt_of(doc, index, trigger, out)) is not None
        ] + _conditional_resumption(doc, index)
        if doc.hits("moratorium", index, "PLEDGE") or doc.hits("moratorium", index, "ANAPHOR"):
            halts += [p for p in _pledged_abstention(doc, index) if not any(h.start <= p.start < h.end or p.start <= h.start < p.end for h in halts)]
        if doc.hits("moratorium", index, "RESUME"):
            # a halt this sentence names first is in view too: "asked the US to keep its moratorium, after
            # Trump ordered a resumption of testing"
            seen = out + [
                Match(kind="moratorium", start=h.start, end=h.end, text=doc.text[h.start : h.end], attrs={"status": h.status, "scope": h.scope, "actor": h.actor})
                for h in halts
            ] if halts else out
            halts += [r for r in _resumptions(doc, index, seen) if not any(h.start <= r.start < h.end for h in halts)]
            halts += [r for r in _position_review(doc, index) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        if doc.hits("moratorium", index, "RECIPROCAL"):
            halts += [r for r in _reciprocal_abstention(doc, index) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        if doc.hits("tests", index, "TRIGGER"):
            halts += [r for r in _declared_abstention(doc, index) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        if doc.hits("moratorium", index, "MIRROR"):
            halts += [r for r in _mirror_threats(doc, index, out) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        halts.sort(key=lambda h: h.start)
        for halt in halts:
            s, e = doc.evidence(index, halt.start, halt.end)
            attrs = {"status": halt.status, "scope": halt.scope, "actor": halt.actor}
            if (
                out and doc.sentence_index(out[-1].start) == index
                and (
                    (out[-1].end > s and not _other_party(out[-1].attrs["actor"], halt.actor)
                     and not _other_activity(out[-1].attrs["scope"], halt.scope) and not _proposed_into(doc, out[-1], halt))
                    or _consequence(doc, out[-1], s)
                )
            ):
                prev = out.pop()
                merged = {**prev.attrs}
                if _RANK[halt.status] > _RANK[prev.attrs["status"]]:
                    merged["status"] = halt.status
                merged["scope"] = prev.attrs["scope"] or halt.scope
                s, e = min(s, prev.start), max(e, prev.end)
                attrs = merged
            elif out and out[-1].end > s and doc.sentence_index(out[-1].start) == index and out[-1].start < halt.start \
                    and (cut := _AND_TO.search(doc.text, out[-1].start, halt.start) or _proposed_into(doc, out[-1], halt)) is not None:
                # two halts kept apart ("... to stop producing fissile material and to keep their test
                # pauses"): each its own part of the sentence
                prev = out.pop()
                out.append(Match(kind="moratorium", start=prev.start, end=cut.start(), text=doc.text[prev.start : cut.start()], attrs=prev.attrs))
                s = max(s, cut.end())
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    pledges = _ended_pledges(doc, out)
    if doc.sentences_with("moratorium", "ADHERE"):
        pledges += _conditional_adherence(doc, out)
    if doc.sentences_with("moratorium", "OBSERVE"):
        pledges += _observed_since(doc, out)
    if doc.sentences_with("moratorium", "BANREF"):
        pledges += _carried_bans(doc, out)
    return sorted(out + pledges, key=lambda m: m.start) if pledges else out


_BANREF_BACK = 3  # sentences back to the halt "the ban" refers to
_BAN_OF_OTHER = re.compile(r"\s+(?:on|against|of|for|from|imposed)\b", re.IGNORECASE)  # "lifted the ban on arms sales"
_BANREF_NOT = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# a pact or body of the sentence that a bare "it" may stand for instead of the halt
_BANREF_PACT = re.compile(r"\b(?:treaty|treaties|accord|agreement|pact|deal|resolution|mandate|panel|sanctions|licen[cs]e|contract|law)\b", re.IGNORECASE)
_BANREF_THREAT = re.compile(
    r"(?:\b(?:will|would|could|might|may|threaten(?:s|ed)?\s+to|warn(?:s|ed)?\s+(?:it\s+)?(?:would|could|might))|['’]ll)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _carried_bans(doc: Document, found: list[Match]) -> list[Match]:
    """'the premier extended the ban to June', 'Moscow said it was ending the ban': a halt of the
    sentences just before, extended (in force) or ended again under a bare 'the ban' or 'it'."""
    out: list[Match] = []
    for index in doc.sentences_with("moratorium", "BANREF"):
        s = doc.sentences[index][0]
        for h in doc.hits("moratorium", index, "BANREF"):
            if _BAN_OF_OTHER.match(doc.text, h.end) or any(m.start <= h.start < m.end for m in found + out):
                continue
            if _BANREF_NOT.search(doc.text, max(s, h.start - 20), h.start):
                continue  # "would not renew it", "will never lift the ban": a refusal, often of some other pact
            earlier = [
                m for m in found
                if m.start < h.start and 0 <= index - doc.sentence_index(m.start) <= _BANREF_BACK and m.attrs["status"] != "called_for"
            ]
            if not earlier:
                continue
            actor = actor_at(doc, h.start)
            if doc.text[h.end - 3 : h.end].lower() == " it" and (
                (actor is not None and earlier[-1].attrs.get("actor") not in (None, actor))
                or _BANREF_PACT.search(doc.text, max(s, earlier[-1].end), h.start)
            ):
                # another state renewing "it" (a panel's mandate), or "the treaty expires in May, and Moscow
                # will renew it": the pact, not the halt
                continue
            threat = _BANREF_THREAT.search(doc.text, max(s, h.start - 40), h.start) is not None
            status = "in_force" if h.id == "extend" else "threatened" if threat else "ended"
            lo, hi = doc.evidence(index, h.start, h.end)
            attrs = {"status": status, "scope": earlier[-1].attrs["scope"], "actor": actor or earlier[-1].attrs.get("actor")}
            out.append(Match(kind="moratorium", start=lo, end=hi, text=doc.text[lo:hi], attrs=attrs))
    return out


def _other_party(first: str | None, second: str | None) -> bool:
    """Two halts of one sentence bound on different states ("China, which has observed a
    moratorium since 1996, urged the United States to keep its own") stay two mentions."""
    return first is not None and second is not None and first != second


_AND_TO = re.compile(r",?\s+and\s+(?=to\s)(?!.*,?\s+and\s+to\s)", re.IGNORECASE)


def _other_activity(first: list[str], second: list[str]) -> bool:
    """A halt of a related activity and a halt of tests in one sentence ("to stop producing fissile
    material and to keep their pauses on testing") are two mentions."""
    return bool(first) and bool(second) and (first == ["other"]) != (second == ["other"])


_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b")


def _consequence(doc: Document, prev: Match, start: int) -> bool:
    """'would resume testing if ..., ending the moratorium': a participle clause spelling out
    what a threatened (or called-for) step would do is part of that mention, not a new one."""
    participle = _PARTICIPLE.match(doc.text, prev.end)
    return (
        prev.attrs["status"] in ("threatened", "called_for")
        and doc.text[prev.end : start].strip() == ","
        and participle is not None
        # "..., ending the moratorium", not "..., offering to extend its own freeze"
        and bool(doc.between("moratorium", participle.end() - 12, participle.end(), "END"))
    )


def halted_span(doc: Document, match: Match) -> tuple[int, int]:
    """Where tests belong to this halt: its clause, and a following 'after one more test' clause;
    tests resumed after it ("threatened to resume ... tests that it has suspended", "resumed
    testing in 1995") are events of their own, unless held on a condition ("only if ... first")."""
    index = doc.sentence_index(match.start)
    if match.attrs["status"] == "threatened" and (ready := _READIED.search(doc.text, match.start, match.end)) is not None \
            and _BREACH_IF.search(doc.text, doc.sentences[index][0], match.start) is not None:
        return match.start, ready.end()  # tests readied on a breach: a prospective test of their own
    resumes = doc.between("moratorium", match.start, match.end, "RESUME")
    if resumes and not _CONDITIONAL.search(doc.text, resumes[0].end, doc.sentences[index][1]):
        return match.start, resumes[0].start
    for c in doc.clauses(index):
        if c[0] >= match.end and doc.text[match.end : c[0]].strip(" ,") == "" and _LATER.match(doc.text, c[0]):
            return match.start, c[1]
    return match.start, match.end
