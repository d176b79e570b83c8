"""Whether a sentence may hold a domain deadline: its topic and the demand or condition it states.

Apart because these tests decide which sentences the finders run on; they find no spans themselves.
"""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.lexicon import Hit

# "the talks end on Friday unless ...": a meeting's close, not a limit set in the domain
_MEETING = re.compile(r"\b(?:talks|meetings?|summit|session|conference|visit|hearings?|exercises?|drills?|games|tournament|parades?|ceremony|festival|exhibition)\b", re.IGNORECASE)


_CLOCK_DOMAIN_ACT = re.compile(
    r"\b(?:exit|withdraw\w*|accord|treaty|deal|compliance|sanctions|snapback|talks|negotiations|ceasefire|truce|inspect\w*)\b",
    re.IGNORECASE,
)


# off-domain topics whose deadlines (budget, shutdown, tariff, tax, civil reactor licensing, sport
# transfer windows) stand beside a sentence that names no topic of its own
_OFF_TOPICS = frozenset({"budget", "energy", "tax", "trade", "housing", "health", "brexit", "commerce", "sport"})


def _own_topic(doc: Document, index: int) -> bool:
    """A deadline must be in the monitored domain in its own right: a sentence with no domain cue
    of its own ("a missed deadline will not be met with a shrug") takes the topic of its
    neighbours, and one (naming no state either) beside a sentence about a budget or a power plant
    is about that."""
    if doc.hits("domain", index, "DOMAIN") or doc.hits("actors", index, "ACTOR"):
        return True
    for i in (index - 1, index + 1):
        off = sum(h.id in _OFF_TOPICS for h in doc.hits("domain", i, "DISTRACTOR"))
        if off and off >= len(doc.hits("domain", i, "DOMAIN")):
            return False
    return True


_EXPIRY_BACK = 6  # sentences back to the expiry a limit can meet


def _meets_expiry(doc: Document, index: int, limits: list[Hit]) -> list[Hit]:
    """'The treaty expires on Feb. 5 ... the sides will work to complete the extension by Feb. 5':
    action due by the day an arrangement named just before expires is forced by that expiry (a
    deadline), though no condition is stated; not the expiry restated ("it lapses by Feb. 5")."""
    days = {
        d.value: h for h in limits if h.id == "prep" and doc.text[h.start : h.end].lower() in ("by", "before")
        for d in doc.dates(h.end, h.end + 30, future=True)
        if d.value is not None and not d.relative and not d.vague_past and d.start - h.end <= 1
    }
    if not days or doc.hits("deadline", index, "EXPIRE") or any(h.id.startswith("expiry") for h in doc.hits("deadline", index, "DEADLINE")):
        return []
    met = []
    for i in range(max(0, index - _EXPIRY_BACK), index):
        for h in doc.hits("deadline", i, "DEADLINE", "EXPIRE"):
            if h.label == "EXPIRE" or h.id in ("expiry", "expiry_close"):
                met += [days[d.value] for d in doc.dates(h.end, h.end + 30, future=True) if d.value in days and d.start - h.end <= 8]
    return met


_HOPED_GAP = re.compile(r"\s+(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)
_HOPED_VERB = re.compile(r"\s*(?:,\s*)?(?:will|would|could|can|shall|to)\b", re.IGNORECASE)


def _hoped_of(doc: Document, hits: list[Hit], limits: list[Hit]) -> bool:
    """'We trust Tehran will move before the end of March', 'they hoped Seoul would, by then, agree':
    one party's expectation, dated, of another state's step is a time limit set on it; not a plan of
    the hoping side's own ("hope to hold talks by ...") nor a meeting hoped for by then."""
    for h in hits:
        if h.label != "HOPE":
            continue
        actor = next((a for a in doc.between("actors", h.end, h.end + 16, "ACTOR") if _HOPED_GAP.fullmatch(doc.text, h.end, a.start)), None)
        if actor is None or not _HOPED_VERB.match(doc.text, actor.end):
            continue
        limit = next((x for x in limits if x.start > actor.end and x.id == "prep"), None)
        if limit is not None and not _MEETING.search(doc.text, actor.end, limit.start):
            return True
    return False


# "the Feb. 5 limit for deployed warheads", "a limit of 1,550 launchers": a cap on a quantity, no act due by that day
_LIMIT_OF_QUANTITY = re.compile(
    r"\s+(?:for|on|of)\s+(?!\w+ing\b)(?:the\s+(?:number|amount|size)\s+of\s+)?(?:[\w,.\-]+\s+){0,3}?"
    r"(?:(?:nuclear\s+)?warheads|launchers|missiles|bombers|submarines|(?:delivery\s+)?vehicles|weapons|troops|soldiers|personnel"
    r"|tariffs|barrels|tons|tonnes|kilograms|kg|pounds|centrifuges|reactors|stockpiles?|percent|per\s+cent)\b",
    re.IGNORECASE,
)


def _dated_limits(doc: Document, index: int, nouns: list[Hit]) -> list[Hit]:
    """The deadline nouns of a sentence less a bare 'limit' that is no deadline: 'the year-end limit' is one
    only with its day just before it ('the warhead limit' is none), and not as a cap on a quantity
    ('kept within the Feb. 5 limit for deployed warheads')."""
    if not any(h.id == "dated_before" for h in nouns):
        return nouns
    days = doc.dates(*doc.sentences[index], future=True)
    return [
        h for h in nouns
        if h.id != "dated_before"
        or (not _LIMIT_OF_QUANTITY.match(doc.text, h.end) and any(d.value is not None and 0 <= h.start - d.end <= 2 for d in days))
    ]


_FOLLOW_BACK = 3  # sentences back to an in-domain deadline a cue-less one may carry on from


def _follows_deadline(doc: Document, index: int) -> bool:
    """'A fresh deadline ... should be fixed for July 1' a few sentences after the talks' deadline
    was named beside their nuclear topic: a deadline noun with no domain cue near it, in an article
    about the domain, carries on the topic of the deadline named just before (no distractor of its own)."""
    if not doc.in_domain or doc.hits("domain", index, "DISTRACTOR") or doc.hits("deadline", index, "OFFTOPIC"):
        return False
    return any(
        _dated_limits(doc, i, doc.hits("deadline", i, "DEADLINE")) and doc.sentence_in_domain(i)
        for i in range(max(0, index - _FOLLOW_BACK), index)
    )


# verbs that move a limit already set; _ISSUED_GAP and _MOVED add their own forms
_MOVED_VERBS = r"extended|prolonged|pushed\s+back|moved\s+back|postponed"

# "the parties extended the deadline for an accord to Friday": in an article on the domain, a limit being
# moved (no distractor or off-topic cue of its own) is the talks' limit, whatever the sentence names
_MOVED = re.compile(
    r"\b(?:" + _MOVED_VERBS + r"|extends|extending)\s+(?:(?:the|their|its|a)\s+)?(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
_MOVED_REACH = 40


def _moved_before(doc: Document, lo: int, at: int) -> bool:
    """A verb moving a limit right before the limit noun at `at` ("pushed back the deadline")."""
    return _MOVED.search(doc.text, max(lo, at - _MOVED_REACH), at) is not None


# "That 60-day deadline ran out on Friday" a sentence or two after "a 60-day arrangement with Norland to ...":
# a definite deadline, sized as a span an in-domain sentence just told of, refers back to it
_SIZE_BEFORE = re.compile(r"\b(?:that|this|the|its|their)\s+(\w+)[\s\-]+(hour|day|week|month|year)s?[\s\-]+$", re.IGNORECASE)
_SIZE_REACH = 30


def _sized_reference(doc: Document, index: int, nouns: list[Hit]) -> bool:
    if not doc.in_domain or doc.hits("domain", index, "DISTRACTOR") or doc.hits("deadline", index, "OFFTOPIC"):
        return False
    for h in nouns:
        size = _SIZE_BEFORE.search(doc.text, max(0, h.start - _SIZE_REACH), h.start) if h.id == "noun" else None
        if size is None:
            continue
        told = re.compile(r"\b" + re.escape(size.group(1)) + r"[\s\-]+" + size.group(2) + r"s?\b", re.IGNORECASE)
        if any(doc.sentence_in_domain(i) and told.search(doc.text, *doc.sentences[i]) for i in range(max(0, index - _FOLLOW_BACK), index)):
            return True
    return False


def _moved_deadline(doc: Document, index: int, nouns: list[Hit]) -> bool:
    if not doc.in_domain or doc.hits("domain", index, "DISTRACTOR") or doc.hits("deadline", index, "OFFTOPIC"):
        return False
    return any(_moved_before(doc, doc.sentences[index][0], h.start) for h in nouns)


# "Pyongyang will shut down the reactor within 60 days", "agreed to dismantle the site within a month":
# a step of disarmament promised or required, with a span counted from now, is a compliance time limit
_COMMITTED_STEP = re.compile(
    r"\b(?:(?P<modal>will|would)|shall|must|agreed\s+to|agrees\s+to|pledged\s+to|pledges\s+to|promised\s+to|committed\s+to|vowed\s+to"
    r"|(?:is|are|was|were)\s+(?:due\s+|required\s+|obliged\s+)?to|(?:has|have|had)\s+to)\s+(?:(?:also|then|now|first)\s+)?"
    r"(?:be\s+)?(?:shut(?:\s+down)?|clos(?:e|ed)|disabl(?:e|ed)|dismantl(?:e|ed)|seal(?:ed)?|freez(?:e|ed|e\s+up)|frozen|mothball(?:ed)?"
    r"|decommission(?:ed)?|halt(?:ed)?|suspend(?:ed)?|abandon(?:ed)?|scrap(?:ped)?|destroy(?:ed)?|hand(?:ed)?\s+over|ship(?:ped)?\s+out)"
    r"\b(?:\s+[\w.'’\-]+){0,6}?\s+$",
    re.IGNORECASE,
)
# a step that is no disarmament ("suspend imports within 30 days", "the power plant must close within
# a week") or a target in a plan ("... within two years under a U.S. proposal")
_STEP_NOT = re.compile(
    r"\b(?:imports?|exports?|flights?|embass(?:y|ies)|power\s+(?:plant|station)s?|under\s+(?:a|an|the)\s+(?:[\w.\-]+\s+){0,3}?(?:proposal|plan|roadmap|road\s+map))\b",
    re.IGNORECASE,
)

_UNDER_DEAL = re.compile(
    r"\b(?:under|according\s+to|as\s+part\s+of|in\s+line\s+with)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w.\-]+\s+){0,3}?(?:accord|deal|agreement|pact|treaty|framework)\b", re.IGNORECASE
)


def _committed_step(doc: Document, limits: list[Hit]) -> bool:
    for h in limits:
        if doc.text[h.start : h.end].lower() != "within":
            continue
        lo = max(doc.clause_at(h.start)[0], h.start - 90)
        step = _COMMITTED_STEP.search(doc.text, lo, h.start)
        if step is None or _STEP_NOT.search(doc.text, lo, doc.clause_at(h.start)[1]):
            continue
        # a bare "will/would" is an obligation only under a deal ("under the accord Pyongyang will shut ...")
        if step.group("modal") is None or _UNDER_DEAL.search(doc.text, *doc.sentences[doc.sentence_index(h.start)]):
            return True
    return False


# "Moscow expects written replies to its proposals by Jan. 15", "wants an answer from Tehran before Friday":
# an answer awaited by a day is a time limit set on the party asked
_REPLY_DUE = re.compile(
    r"\b(?:expects?|expected|expecting|wants?|wanted|awaits?|awaited|awaiting|demands?|demanded|demanding|needs?|needed)\s+"
    r"(?:[\w.'’\-]+\s+){0,5}?(?:replies|reply|responses|response|answers|answer)\b([^,;.:]{0,60}?)\s(?:by(?!\s+the\s+time\b)|before|no\s+later\s+than)\s",
    re.IGNORECASE,
)
# what the answer is to: a proposal, demand or offer ("replies to its security proposals"), not a survey or a lease
_REPLY_TO = re.compile(
    r"\b(?:proposals?|demands?|ultimatum|drafts?|guarantees?|offers?|terms|conditions|plans?|initiative|requests?|letter)\b", re.IGNORECASE
)
# "Pyongyang will hold off, awaiting a Washington reply, until year-end" in wait-for form: a named state's answer awaited up to a day
_WAIT_REPLY = re.compile(
    r"\bwait(?:s|ed|ing)?\s+for\s+(?:[\w.'’\-]+\s+){0,4}?(?:replies|reply|responses|response|answers?|decision)\s+"
    r"(?:(?:from|on|to)\s+(?:[\w.'’\-]+\s+){1,4}?)?(?:until|till|through)\s",
    re.IGNORECASE,
)
_REPLY_FROM = re.compile(r"\s*from\s+(?:the\s+)?", re.IGNORECASE)
_AT_THE_EARLIEST = re.compile(r"[^,;.:]{0,30}?\bat\s+the\s+earliest\b", re.IGNORECASE)


_BY_THE_TIME = re.compile(r"\s+the\s+time\b", re.IGNORECASE)
_REPLY_NOUN = re.compile(r"\b(?:answers?|responses?|repl(?:y|ies))$", re.IGNORECASE)


def _own_reply_limit(doc: Document, cue: Hit, limits: list[Hit]) -> bool:
    """'needs an answer by Friday': an answer awaited sets a limit only on a limit in its own clause
    (not "expects a response by the time ..., and officials expected ... before the weekend")."""
    if not _REPLY_NOUN.search(doc.text, cue.start, cue.end):
        return True
    clause = doc.clause_at(cue.start)
    return any(
        cue.end <= h.start < clause[1] and not _BY_THE_TIME.match(doc.text, h.end) and not _AT_THE_EARLIEST.match(doc.text, h.end, clause[1])
        for h in limits
    )


def _reply_due(doc: Document, index: int) -> bool:
    """'Moscow expects written replies to its security proposals by Jan. 15', 'wants an answer from Tehran
    before Friday': an answer awaited from a state, or to a proposal or demand, by a day."""
    s, e = doc.sentences[index]
    if "wait" in doc.text[s:e].lower():
        for w in _WAIT_REPLY.finditer(doc.text, s, e):
            if any(h.label in ("ACTOR", "GROUP") and w.start() <= h.start < w.end() for h in doc.hits("actors", index)):
                return True  # "will wait for Washington's answer until the end of the year": a state's answer awaited, dated
    for m in _REPLY_DUE.finditer(doc.text, s, e):
        if _AT_THE_EARLIEST.match(doc.text, m.end(), e):
            continue  # "expect a reply by Friday at the earliest": a forecast, not a limit
        if _REPLY_TO.search(m.group(1)):
            return True
        # "an answer from Pyongyang (on the nuclear talks)": from a state, on nothing or on a domain matter
        # (not "answers from Helsinki on the canal lease", "answers from the investigators")
        lead = _REPLY_FROM.match(doc.text, m.start(1), m.end(1))
        state = None if lead is None else next(
            (h for h in doc.hits("actors", index, "ACTOR", "GROUP") if h.start == lead.end() and h.end <= m.end(1)), None
        )
        if state is not None and (state.end == m.end(1) or doc.between("domain", state.end, m.end(1), "DOMAIN")
                      or doc.between("weapons", state.end, m.end(1), "WEAPON") or _CLOCK_DOMAIN_ACT.search(doc.text, state.end, m.end(1))):
            return True
    return False


# "the board called on Tehran to cooperate fully with the inspectors by Nov. 30": a state told to comply,
# answer or halt by a stated limit (not "urged both sides to sign a treaty by the end of the year", a goal)
_URGED_STEP = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|told|tells?|ask(?:s|ed)?|order(?:s|ed)?|press(?:es|ed)|requir(?:e|es|ed)|warn(?:s|ed|ing)?)"
    r"\s+(?P<party>(?:the\s+)?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,2}?)\s+to\s+[\"“]?(?:(?:fully|immediately|promptly|quickly)\s+)?"
    # an ultimatum's step too: "warned the junta to withdraw its troops by the end of May"
    r"(?:cooperate|comply|answer|respond|reply|prove|clarify|explain|disclose|declare|provide|suspend|halt|stop|freeze|dismantle|come\s+clean"
    r"|withdraw|pull\s+(?:back|out)|retreat|lay\s+down|surrender|cease)\b"
    r"[^;:.!?]{0,80}?\s$",
    re.IGNORECASE,
)
_URGED_LIMITS = frozenset({"by", "before", "no later than", "not later than"})
_URGED_REACH = 150
# "to explain its moves before the alliance summit in July": a scheduled gathering, not a limit
_URGED_EVENT = re.compile(
    r"\s+(?:(?:the|next|this|a|an)\s+)?(?:[\w.'’\-]+\s+){0,3}?(?:summits?|talks|meetings?|conferences?|review|sessions?|votes?|visits?|hearings?)\b"
    r"|\s+(?:the\s+)?[\w.'’\-]+(?:\s+[\w.'’\-]+)?\s+(?:meets|convenes|gathers|votes)\b",
    re.IGNORECASE,
)


def _urged_compliance(doc: Document, index: int, limits: list[Hit]) -> bool:
    for h in limits:
        if h.id != "prep" or doc.text[h.start : h.end].lower() not in _URGED_LIMITS:
            continue
        lo = max(doc.sentences[index][0], h.start - _URGED_REACH)
        m = _URGED_STEP.search(doc.text, lo, h.start)
        if m is None or (doc.text[h.start : h.end].lower() == "before" and _URGED_EVENT.match(doc.text, h.end)):
            continue
        # the party told is a state or a body of states, named right there
        if any(m.start("party") <= a.start and a.end <= m.end("party") for a in doc.hits("actors", index, "ACTOR", "GROUP")):
            return True
    return False
