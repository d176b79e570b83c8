"""The vetoes that keep a cue or span from counting: negated, hedged, conciliatory, told as a
treaty's terms or a weapon's reach, a navigation notice, business news, or imagined by observers.

Apart from the constructions because a veto reads the words around a cue whatever found it; _cues
(in __init__) applies most of the regexes here inline, one cue id at a time.
"""

from __future__ import annotations

import re

from streams.extract.actors import actor_hits
from streams.extract.document import Document
from streams.extract.escalation.constructions import _OBSERVERS_SAID
from streams.extract.lexicon import Hit
from streams.extract.match import Match

_NEG_WINDOW = 22
# "to trigger the 2015 nuclear accord's (JCPOA) snapback": a long pact name, a bracketed acronym one step
_ACTIVATE = re.compile(r"\b(?:activat|trigger|invok|initiat|launch|us(?:e|ing))\w*\b(?:\([^().]{0,12}\)|[^.(]){0,45}$", re.IGNORECASE)


def _armed_subject(doc: Document, index: int, cue: Hit, hits: list[Hit]) -> bool:
    """'US warships will be our targets', 'American bases ... are our targets': forces, sites or a
    state named before the words that declare them targets."""
    lo = max(doc.sentences[index][0], cue.start - 80)
    return any(h.label in ("TARGET", "FORCE_UNIT") and lo <= h.start < cue.start for h in hits) or any(
        a.label == "ACTOR" and lo <= a.start < cue.start for a in actor_hits(doc, index)
    )


_CONVERSION = re.compile(r"\b(?:conversion|yellowcake|uranium\s+ore)\b", re.IGNORECASE)
_RESUMED_OR_EXPANDED = re.compile(r"re(?:start|sum)|start|expand", re.IGNORECASE)
_DEFIANCE = re.compile(r"\bin\s+defiance\b", re.IGNORECASE)


def _plain_conversion(doc: Document, h: Hit, hits: list[Hit]) -> bool:
    """'the conversion of uranium at the new plant will begin': fuel-cycle business, no step unless
    the conversion is restarted, resumed or expanded, or done in defiance of someone."""
    if h.label != "ENRICH_NOUN" or not _CONVERSION.search(doc.text, h.start, h.end):
        return False
    if any(v.label == "ENRICH_VERB" and v.end <= h.start and _RESUMED_OR_EXPANDED.match(doc.text, v.start) for v in hits):
        return False
    return not _DEFIANCE.search(doc.text, h.end, min(len(doc.text), h.end + 80))


_CONDITIONAL = re.compile(r"\b(?:unless|if|until)\b", re.IGNORECASE)
_REFRAIN_REACH = 70
_HEDGE_AFTER = 60
_NEW_CLAUSE = re.compile(r"[;:.!?]|,\s+(?:but|and|while|yet|though|although)\b|\b(?:but|unless|or\s+else|otherwise)\b", re.IGNORECASE)
# a halt of the activity the cue names: "halted attacks", "stopped producing", "ceased all enrichment",
# "to cancel a planned deployment" (what is demanded called off)
_CANNOT = re.compile(r"\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t|unable\s+to)\s+(?:(?:ever|now|yet)\s+)?$", re.IGNORECASE)
_STOPPED = re.compile(
    r"\b(?:halt|halted|halts|halting|stop|stopped|stops|stopping|cease|ceased|ceases|ceasing|suspended|paused|"
    r"ended|abandoned|renounced|dismantled|cancel|cancels|cancelled|canceled|cancelling|canceling|call\s+off|called\s+off)"
    r"\s+(?:(?:its|their|all|the|a|an|further|any)\s+)?(?:(?:planned|proposed|announced|scheduled)\s+)?$",
    re.IGNORECASE,
)


_PREVENTED = re.compile(
    r"\b(?:prevent|prevents|prevented|preventing|keep|keeps|keeping|kept|stop|stops|stopping|bar|bars|barring|barred)\s+"
    r"(?:[\w'’\-.]+\s+){1,3}from\s+$",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE)
_DISMANTLING = re.compile(r"\b(?:dismantl|demolish|demolition)\w*[^;:!?]{0,110}$", re.IGNORECASE)
_WRECK = re.compile(r"destr|blow|blew|blast|explod", re.IGNORECASE)


# "the treaty allows Moscow to station nuclear arms in Belarus": a build-up whatever the terms allow
_POSTED = re.compile(r"\b(?:station|stationed|stationing|deploy|deploys|deployed|deploying|send|sends|sent|sending)\b", re.IGNORECASE)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)


def _in_relative(text: str, lo: int, start: int) -> bool:
    """'whether the bombers, which flew a show of force, carried ...': the cue inside a relative clause
    told as fact (still open, no closing comma yet before the cue)."""
    rel = None
    for rel in _RELATIVE.finditer(text, lo, start):
        pass
    return rel is not None and "," not in text[rel.end() : start]


# hedges that bind only their own clause: a question left open ("did not say whether"), a threat played
# down or an onlooker's forecast ("officials played down any threat, but Hadley called it provocative")
_CLAUSE_BOUND = frozenset({"unsaid", "played_down"})


# "less provocative than a long-range launch", "the least threatening step": a degree played down
# (not "no less provocative", which is as much)
_PLAYED_DOWN = re.compile(r"(?<!\bno\s)\b(?:less|least)\s+$", re.IGNORECASE)
# "postponed to avoid causing further hostility", "to avoid provoking Borduria": a step averted
_AVOIDED = re.compile(
    r"\bavoid(?:s|ed|ing)?\s+(?:(?:causing|sparking|triggering|fuelling|fueling|stoking|inflaming)\s+)?(?:(?:further|more|any|new|greater|an?)\s+)?$",
    re.IGNORECASE,
)
# "it is not in our interest, or the region's, to allow tensions to escalate": a step disowned
_NOT_IN_INTEREST = re.compile(r"\bnot\b[^.;:!?]{0,80}\binterests?\b[^.;:!?]{0,20}?\s+to\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
# "meant to allay fears that Borduria will build nuclear arms": a fear eased, nobody's step
_FEARS_EASED = re.compile(
    r"\b(?:eas(?:e|es|ed|ing)|allay\w*|assuag\w*|dispel\w*|calm(?:s|ed|ing)?)\s+(?:(?:the|international|regional|western|global)\s+)?"
    r"(?:fears?|concerns?|worries|suspicions?)\s+(?:that|about|over|of)\b[^.;:!?]{0,70}$",
    re.IGNORECASE,
)
# 'Asked about the consequence of "a strike on Osterland" in an interview, the minister ...':
# the interviewer's words, up to the clause that answers them
_ASKED_OPENING = re.compile(r"\W{0,3}Asked\s+(?:about|whether|if|what|how|why|when)\b[^,;:]*$")


def _blocked(doc: Document, index: int, start: int, hits: list[Hit], *, factual: bool = False) -> bool:
    """Negated, hedged by doubting experts, or conciliatory language near the cue; a `factual`
    cue (a state's invasion named as a noun) is a fact told, which no earlier doubt hedges."""
    s = doc.sentences[index][0]
    clause = doc.clause_at(start)
    # conciliatory words bind their own clause: "said it was peaceful, and warned that ..." escalates
    if any(h.label == "DEESCALATION" and 0 <= start - h.end < _NEG_WINDOW and h.start >= clause[0] for h in hits):
        return True
    # "refrain from any action that could be misread as hostile": what is forsworn, relative clause and all
    if any(
        h.id == "refrain" and 0 <= start - h.end < _REFRAIN_REACH and not _NEW_CLAUSE.search(doc.text, h.end, start)
        for h in hits
        if h.label == "DEESCALATION"
    ):
        return True
    # "did not say whether Ankara plans to acquire ...": the question left open binds its own clause
    # ("... whether, but stressed that Russia could use them" escalates)
    if not factual and any(
        h.label == "HEDGE"
        and h.end <= start
        and (h.id not in _CLAUSE_BOUND or not (_NEW_CLAUSE.search(doc.text, h.end, start) or _in_relative(doc.text, h.end, start)))
        for h in hits
    ):
        return True
    # "a resumption of testing remained unlikely": the doubt closing the cue's own clause
    if any(
        h.label == "HEDGE" and start < h.start < min(clause[1], start + _HEDGE_AFTER) and not _NEW_CLAUSE.search(doc.text, start, h.start)
        for h in hits
    ):
        return True
    # "there were no reports of missile tests or hostile acts": what is reported absent, list and all
    if any(
        h.label == "ABSENT" and 0 <= start - h.end < _REFRAIN_REACH and not _NEW_CLAUSE.search(doc.text, h.end, start)
        for h in hits
    ):
        return True
    # "the pact allows members to withdraw if events threaten their interests": a treaty's terms told
    if any(
        h.label == "MECHANISM"
        and h.id == "treaty"
        and 0 <= start - h.end < 100
        and not _NEW_CLAUSE.search(doc.text, h.end, start)
        and not _POSTED.search(doc.text, h.end, min(doc.sentences[index][1], start + 30))
        for h in hits
    ):
        return True
    # "had no plans for now to increase the number of deployed warheads": the whole clause,
    # unless a condition turns it into a threat ("no intention of testing unless ...")
    for h in hits:
        if h.label == "NOPLAN" and clause[0] <= h.start and h.end <= start and not _CONDITIONAL.search(doc.text, h.end, start + 6):
            return True
    negations = doc.hits("tests", index, "NEGATION")
    # bound to the cue's clause: 'would "not back down", and accused Beijing of ...' escalates
    if any(max(s, clause[0], start - _NEG_WINDOW) <= h.start and h.end <= start for h in negations):
        return True
    if _CANNOT.search(doc.text, max(s, clause[0], start - 16), start):
        return True  # "so that it cannot develop nuclear weapons": a capability denied
    if _STOPPED.search(doc.text, max(s, start - 24), start):
        return True  # "largely halted attacks on shipping", "have stopped producing enriched uranium"
    if _PREVENTED.search(doc.text, max(s, clause[0], start - 50), start):
        return True  # "the pact was meant to keep Tehran from building a bomb": what a deal is for
    if _ANNIVERSARY.search(doc.text, max(s, start - 50), start):
        return True  # "on the 80th anniversary of the atomic bombing of Nagasaki": a date remembered
    if _DISMANTLING.search(doc.text, max(s, start - 120), start) and _WRECK.match(doc.text, start):
        return True  # "took the test site apart, blasting the tunnel entrances to destroy them": a site dismantled
    if _PLAYED_DOWN.search(doc.text, max(s, start - 12), start) or _AVOIDED.search(doc.text, max(s, clause[0], start - 45), start):
        return True  # "seen as less provocative than", "delayed to avoid causing further hostility"
    if _NOT_IN_INTEREST.search(doc.text, max(s, start - 110), start) or _FEARS_EASED.search(doc.text, max(s, start - 90), start):
        return True  # "not in anyone's interest to let tensions escalate", "to allay fears that X will build ..."
    if _ASKED_OPENING.match(doc.text, s, start):
        return True  # "Asked about a possible strike on Osterland, the minister said ...": the question's words
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    return bool(distracted) and not doc.between("domain", clause[0], clause[1], "DOMAIN")


# "vowed to push for tougher sanctions", "will seek harsher sanctions at the council": sanctions sought
_SOUGHT = re.compile(
    r"\b(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|lobby(?:ing)?\s+for)"
    r"\s+(?:to\s+(?:push|press|seek|lobby)\s+(?:for\s+)?)?(?:new\s+|further\s+|more\s+|even\s+)?$",
    re.IGNORECASE,
)


# "pledged new sanctions waivers": the sanctions word qualifies a relief, none sought
_RELIEF_NEXT = re.compile(r"\s+(?:relief|waivers?|exemptions?|easing|removal|exceptions?|carve-outs?)\b", re.IGNORECASE)
# "no option but to negotiate": the step forced on a side is a concession, no threat
_CONCEDED = re.compile(
    r"\s*(?:negotiate|accept|agree|comply|cooperate|compromise|concede|yield|abide|engage|talk|sign|rejoin|back\s+down|sit\s+down|"
    r"(?:return|come\s+back)\s+to\s+(?:the\s+)?(?:talks|table|negotiat\w+|dialogue|deal|agreement)|resume\s+(?:the\s+)?(?:talks|negotiations|dialogue))\b",
    re.IGNORECASE,
)


def _threatened(doc: Document, index: int, cue: Hit, hits: list[Hit]) -> bool:
    """Sanctions escalate when threatened or triggered; sanctions simply imposed do not."""
    lo = max(doc.sentences[index][0], cue.start - 60)
    if "snap" in doc.text[cue.start : cue.end].lower():
        return bool(_ACTIVATE.search(doc.text, max(0, cue.start - 80), cue.start))
    modal = doc.between("tests", lo, cue.start, "PROSPECTIVE")
    threat = [h for h in hits if h.id in ("threat", "warn") and lo <= h.start < cue.start]
    sought = _SOUGHT.search(doc.text, max(lo, cue.start - 40), cue.start) and not _RELIEF_NEXT.match(doc.text, cue.end)
    return bool(modal or threat or sought)


# "the last pact capping the number of warheads deployed", "limits each side to 700 deployed
# launchers": a treaty's ceiling; "the air defences deployed around the city": protection in place
_LIMITED = re.compile(
    r"\b(?:cap|caps|capped|capping|limit|limits|limited|limiting|ceilings?|bans?|banned|banning|prohibits?|prohibited|prohibiting|outlawed|"
    r"constraints?|constrain|constrains|constrained|restrictions?|restrict|restricts|restricted)\b",
    re.IGNORECASE,
)
_DEFENSIVE = re.compile(r"\b(?:(?:air|missile)[\s\-]+defen[cs]es?(?:\s+(?:systems?|batteries|units))?|interceptors)\s+$", re.IGNORECASE)


_HISTORY_YEAR = re.compile(r"\s+(?:in|since)\s+((?:19|20)\d\d)\b")


def _long_ago(doc: Document, end: int) -> bool:
    """'... into service in 1997' in a 2020 article: the year told after the cue is years past."""
    m = _HISTORY_YEAR.match(doc.text, end)
    return m is not None and int(m.group(1)) < doc.published.year - 1


# "refitted so it can deploy", "meant to certify the boat to deploy": a platform fitted out for a
# weapon, no deployment as pressure; "a moratorium on deploying": a restraint proposed
_FITTED_TO = re.compile(
    r"\b(?:overhaul\w*|modifi\w*|refit\w*|retrofit\w*|qualif\w*|certif\w*)\b"
    r"[^.;:!?]{0,45}?\bto\s+(?:be\s+able\s+to\s+|enable\s+it\s+to\s+)?$",
    re.IGNORECASE,
)
_RESTRAINT_ENDED = re.compile(
    r"\b(?:no\s+longer|end\w*|lift\w*|abandon\w*|scrap\w*|quit\w*|drop\w*|withdr\w*|bound\s+by|exit\w*|terminat\w*|renounc\w*|ditch\w*|"
    r"break\w*|broke|violat\w*|breach\w*)\b",
    re.IGNORECASE,
)
_RESTRAINT_ON = re.compile(r"\b(?:moratori(?:um|a)|freeze)\s+on\s+(?:the\s+)?$", re.IGNORECASE)


# "inspectors will ship out and destroy the arsenal", "the mission to collect and destroy the weapons"
_DISARMED = re.compile(
    r"\b(?:remov\w*|transfer\w*|ship\w*(?:\s+out)?|collect\w*|dismantl\w*|eliminat\w*|verif\w*|verifiably|safely|"
    r"dispos\w*|destruction|mission\s+to|obliged\s+to|required\s+to|agreed\s+to|pledged\s+to)\s+(?:and\s+)?$",
    re.IGNORECASE,
)
_WEAPONS_NEXT = re.compile(
    r"\s+(?:(?:the|its|their|all|remaining|Syria['’]s|chemical|nuclear|declared)\s+){0,3}(?:weapons|stockpiles?|arsenals?|agents|munitions|warheads)\b",
    re.IGNORECASE,
)


def _described_deployment(doc: Document, index: int, h: Hit) -> bool:
    """A deployment cue that only describes: a ceiling on deployed weapons, or defences in place."""
    lo = max(doc.sentences[index][0], doc.clause_at(h.start)[0], h.start - 60)
    if _LIMITED.search(doc.text, lo, h.start) or _DEFENSIVE.search(doc.text, max(0, h.start - 40), h.start):
        return True
    restraint = _RESTRAINT_ON.search(doc.text, max(0, h.start - 30), h.start)
    if restraint and not _RESTRAINT_ENDED.search(doc.text, max(lo, restraint.start() - 60), restraint.start()):
        return True  # unless the restraint is dropped: "no longer bound by its moratorium on deploying"
    if _FITTED_TO.search(doc.text, max(doc.sentences[index][0], h.start - 80), h.start):
        return True
    # "the treaty caps the warheads, bombers and launchers either side may keep deployed":
    # the ceiling's object runs over a list, past the clause the comma opens
    far = _LIMITED.search(doc.text, max(doc.sentences[index][0], h.start - 110), h.start)
    if far is None or _LIST_BREAK.search(doc.text, far.end(), h.start):
        return False
    # "... limits warheads, and Russia has deployed new ones": a state of its own acts
    return not any(far.end() <= a.start < h.start for a in actor_hits(doc, index) if a.label == "ACTOR")


_LIST_BREAK = re.compile(r"[;:.!?]|\b(?:but|while|yet|though|although|unless|whereas)\b", re.IGNORECASE)


# ", the deadliest attack on civilians in years": an appositive naming an incident already told,
# no state in it (a state's own strike carries its own cue in the main clause)
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


def _appositive_incident(doc: Document, index: int, h: Hit) -> bool:
    lo = max(doc.sentences[index][0], h.start - 50)
    m = _APPOSITIVE.search(doc.text, lo, h.start)
    if not m:
        return False
    end = doc.clause_at(h.start)[1]
    return not any(m.start() <= a.start < end for a in actor_hits(doc, index) if a.label == "ACTOR")


_BARE_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$", re.IGNORECASE)
# "warned mariners to keep clear of the area", "warned aircraft to avoid the zone": a navigational
# notice ahead of a launch or drill, no threat to a state
_NOTICE = re.compile(
    r"\s+(?:all\s+|the\s+|civilian\s+|commercial\s+)?(?:mariners|sailors|seafarers|ships|vessels|shipping|fishermen|"
    r"fishing\s+(?:boats|vessels)|boaters|boats|aircraft|airlines|airmen|pilots|air\s+traffic)\s+(?:[\w\-]+\s+){0,4}?to\s+"
    r"(?:(?:keep|stay|steer|remain)\s+(?:well\s+)?(?:clear|away|out)|avoid)\b",
    re.IGNORECASE,
)
# "warnings for maritime and airspace", "keep-out notices and warnings", "navigational warnings": notices
# closing sea or air space ahead of a launch, no threat to a state
_NAV_ADDRESSEE = (
    r"\s+(?:all\s+|the\s+)?(?:maritime|mariners|sailors|shipping|ships|vessels|navigation|aviation|airspace|air\s+traffic|"
    r"aircraft|airlines|pilots|airmen|boaters|fishermen)\b"
)
_NAV_FOR = re.compile(r"\s+(?:for|to)" + _NAV_ADDRESSEE, re.IGNORECASE)
_NAV_OBJECT = re.compile(_NAV_ADDRESSEE, re.IGNORECASE)  # after a cue that holds its own "to" ("warnings to")
_NAV_BEFORE = re.compile(
    r"\b(?:navigation(?:al)?|maritime|airspace|aviation|shipping|keep-out|no-fly|hazard|NOTAMs?|notices?\s+(?:and|or)|notices?\s+to\s+(?:airmen|mariners))\s+$",
    re.IGNORECASE,
)


def _nav_object(text: str, h: Hit) -> bool:
    """Whether the warning is addressed to shipping or aviation, its "to"/"for" inside or after it."""
    own = text[h.start : h.end].lower().endswith((" to", " for"))
    return bool((_NAV_OBJECT if own else _NAV_FOR).match(text, h.end))


_WARNED_ABOUT = re.compile(r"\s*(?:that|of|against|about|not|to|over|[\"“:,])", re.IGNORECASE)


_MAY_HAVE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?have\s+$", re.IGNORECASE)
_FEELINGS = re.compile(
    r"(?:\s*,[^,.;]{0,40},)?\s+(?:(?:some|much|great|deep|widespread|considerable|public|real)\s+)?(?:anxiety|anxieties|emotions?|unease|"
    r"concerns?|worry|worries|disquiet|dismay|debate|controversy|confusion|sadness|grief|soul-searching|misunderstandings?)\b",
    re.IGNORECASE,
)
_PAST_HOSTILITY = re.compile(
    r"\b(?:legacy|legacies|overcom\w*|heal\w*|bury|burying|buried|transcend\w*|move\s+beyond|put\s+behind)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)


_DESIGNED = re.compile(r"\b(?:designed|built|engineered|meant)\s+to\s+(?:(?:intercept|track|detect)\s+and\s+)?$", re.IGNORECASE)
_FORECAST_TEST = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:possible|potential|likely|imminent|impending|planned|new|another|fresh)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:tests?|launch|launches|test[\s\-]firings?|test\s+launch(?:es)?|detonation)\s+by\b"
    # "by mid-June", "by its own units": a date or the speaker's own forces follow, so its own test is threatened
    r"(?!\s+(?:the\s+(?:end|middle|start|close|time)\b|(?:the\s+)?(?:year|month|week)[\s\-]end|(?:end|mid|early|late|next|this|"
    r"its|their|his|her|our)\b|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    re.IGNORECASE,
)
_DEAD_SATELLITE = re.compile(
    r"\s+(?:a|an|the|its|their|one\s+of\s+its)\s+(?:own\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:weather|defunct|old|ageing|aging|obsolete|dead|disused|retired|decommissioned|inactive|derelict|target)\s+(?:[\w\-]+\s+){0,2}?satellites?\b",
    re.IGNORECASE,
)
_OWN_SATELLITE = re.compile(r"\s+(?:its|their)\s+(?:own\s+)?(?:[\w\-]+\s+){0,3}satellites?\b", re.IGNORECASE)


# "to destroy the target", "hit their designated targets": the aim of a test shot
_MOCK_TARGET = re.compile(
    r"\s+(?:the|its|their|a|all|both)\s+(?:(?:designated|simulated|mock|assigned|intended|practice|floating|set|preset)\s+)?targets?\b(?!\s+(?:of|in|on)\b)",
    re.IGNORECASE,
)
_SUPPOSED_CASE = re.compile(r"\b(?:in\s+(?:the\s+)?(?:case|event)\s+of|should\s+there\s+be)\s+(?:(?:a|an|the|any|possible|potential|such)\s+){0,2}$", re.IGNORECASE)
# "retaliate (...) at a time and place of its choosing": the answer the phrase times
_ANSWER_BEFORE = re.compile(
    r"\b(?:respon\w*|retaliat\w*|react\w*|(?:hit|strike|struck|fight|fought)\s+back|answer\w*|aveng\w*|revenge|repl(?:y|ied|ies)|punish\w*|"
    r"strike|attack)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
_WAIT_FOR = re.compile(r"[\"”’']?\s+for\b", re.IGNORECASE)
# "would respond in due course to the inspectors' queries": what is answered is a question or a letter
_REPLY_OBJECT = re.compile(
    r"\s+to\s+(?:[\w'’\-]+\s+){0,4}?(?:questions?|quer(?:y|ies)|requests?|letters?|inquir(?:y|ies)|proposals?|reports?|"
    r"concerns|criticism|allegations|invitations?|offers?|comments|claims|remarks|demands?|petitions?|appeals?)\b",
    re.IGNORECASE,
)


# what a labelling verb ("branded", "labelled") says when it praises: '... it a "major breakthrough"'
_PRAISED = re.compile(
    r"\s+(?:[\w'’\-.]+\s+){0,5}?(?:as\s+)?[\"“']?(?:an?\s+|the\s+)?[\"“']?(?:(?:major|historic|real|important|significant|genuine|welcome|big|huge|great|landmark|diplomatic)\s+)*"
    r"(?:breakthrough|success|triumph|milestone|step\s+forward|achievement|victory\s+for\s+(?:diplomacy|peace))\b",
    re.IGNORECASE,
)


# a no-fly zone guarding an event or kept clear of hobby craft
_EVENT_ZONE = re.compile(
    r"[^;:.!?]{0,60}?\b(?:for\s+(?:civilian\s+|private\s+|recreational\s+|commercial\s+)?drones|during\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}"
    r"(?:summit|visit|parade|ceremony|celebrations?|games|olympics|match|final|festival|inauguration|funeral|meeting|conference|coronation))\b",
    re.IGNORECASE,
)
# the monitors themselves as the subject of the seal work: "IAEA inspectors removed the seals"
_MONITORS_DO = re.compile(
    r"\b(?:IAEA|inspectors?|agency|monitors?|officials\s+of\s+the\s+agency)(?:\s+(?:would|will|had|have|has|then|later|also|to|can|could|were|are|was|is|be|been|began|begin))*\s+$",
    re.IGNORECASE,
)


# "activists sent a flotilla of boats to protest": boats of campaigners or aid, no state's force
_CIVIL_CONVOY = re.compile(r"\b(?:activists?|protest\w*|campaigners?|aid|humanitarian|greenpeace|freedom|peace\s+boats?|yachts?|fishing)\b", re.IGNORECASE)


def _civil_flotilla(doc: Document, index: int, h: Hit) -> bool:
    if h.label != "FORCE_UNIT" or doc.text[h.start : h.end].lower() not in ("flotilla", "armada"):
        return False
    lo, hi = doc.sentences[index]
    return bool(_CIVIL_CONVOY.search(doc.text, lo, hi))


# "a contractor's plant", "Congress approved funds", "an arms fair": weapons as business or budget news
_TRADE_CONTEXT = re.compile(
    r"\b(?:compan\w*|firms?|contractors?|manufactur\w*|industry|plant|factory|production|orders?|budget|Congress|"
    r"parliament|appropriat\w*|funding|fair|expo|exhibition|air\s*show|trade\s+show|mine[\s\-]clearance)\b",
    re.IGNORECASE,
)


def _trade_weapons(doc: Document, index: int, h: Hit) -> bool:
    """A bare 'new weapons systems' or 'underwater drones' with no state before it, or told as industry,
    budget or arms-fair news (the specific nouns, a nuclear torpedo, stay unconditional)."""
    if h.label != "ARSENAL" or h.id != "generic":
        return False
    lo, hi = doc.sentences[index]
    if not any(a.end <= h.start for a in actor_hits(doc, index) if a.label == "ACTOR"):
        return True
    return bool(_TRADE_CONTEXT.search(doc.text, lo, hi))


# "neither side is ready for war", "would be combat-ready by 2026 as part of a programme",
# "combat-ready after a year of training": readiness denied or a procurement milestone
_NOT_READY = re.compile(r"(?:\b(?:not|neither|nor|no|never)|n['’]t)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_READY_MILESTONE = re.compile(r"[^;:.!?]{0,40}?\b(?:by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|as\s+part\s+of|after\s+[^;:.!?]{0,30}?training)\b", re.IGNORECASE)
_LIST_HELD = re.compile(r"[^;:.!?]{0,70}?\b(?:if|unless|should\s+\w+\s+(?:refuse|reject|fail))\b", re.IGNORECASE)
# "should use the stick as well as the carrot": advice, not a state's threat
_ADVICE_BEFORE = re.compile(r"\b(?:should|ought\s+to|must|needs?\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CARROT_TOO = re.compile(r"[^;:.!?]{0,12}?\b(?:as\s+well\s+as|and|or|alongside)\s+(?:the\s+|a\s+)?carrots?\b", re.IGNORECASE)
# "the treaty sets out penalties if either side ...": a pact's terms described
_TERMS_SET = re.compile(
    r"\b(?:sets?|setting|lays?|laying|spells?|spelling)\s+out\s+(?:the\s+)?$|\b(?:provides?|providing)\s+for\s+(?:the\s+)?$|"
    r"\b(?:includes?|including|contains?|specif\w+|lists?|foresees?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _soft_pressure(doc: Document, index: int, h: Hit) -> bool:
    """Readiness, 'stick' and 'penalties if' cues that are denied, advised, scheduled or a treaty's terms."""
    lo = doc.sentences[index][0]
    cue = doc.text[h.start : h.end].lower()
    if h.id == "buildup" and "ready" in cue:
        return bool(
            _NOT_READY.search(doc.text, max(lo, h.start - 40), h.start)
            or _OBSERVERS_SAID.search(doc.text, lo, doc.sentences[index][1])
            or _READY_MILESTONE.match(doc.text, h.end)
        )
    if h.id == "sanctions" and "stick" in cue:
        return bool(
            _ADVICE_BEFORE.search(doc.text, max(lo, h.start - 25), h.start)
            or _CARROT_TOO.match(doc.text, h.end)
            or _OBSERVERS_SAID.search(doc.text, lo, doc.sentences[index][1])
        )
    if h.id == "sanctions" and cue.startswith("list of"):
        # "published its list of sanctions": penalties imposed; held over a refusal ("... to use if") they count
        return not _LIST_HELD.match(doc.text, h.end) and not _threatened(doc, index, h, doc.hits("escalation", index))
    if h.id == "sanctions" and cue.startswith("penalt"):
        return bool(_TERMS_SET.search(doc.text, max(lo, h.start - 25), h.start))
    return False


# "a weapon ... able to threaten", "missiles directly threatening": a weapon's reach, not a state's threat
_WEAPON_REACH = re.compile(
    r"\b(?:missiles?|ICBMs?|rockets?|warheads?|bombers?|weapons?|arsenal)\s+(?:(?:that\s+)?(?:can|could)\s+|(?:cap)?able\s+(?:of|to)\s+|"
    r"(?:directly|potentially|possibly)\s+){0,2}$",
    re.IGNORECASE,
)
_THREATEN_FORM = re.compile(r"threaten(?:ing)?", re.IGNORECASE)
# "his new missiles can threaten", "their missiles threaten": a state's own arsenal boasted of, a threat
_OWNER_BEFORE = re.compile(r"\b(?:his|its|their|our)\s+(?:(?!(?:on|of|in|for|to|at|with|from)\b)[\w\-]+\s+){0,2}$", re.IGNORECASE)
# "the reactor, which can yield enough plutonium for a bomb a year", "enrichment ... can also make the
# core of a bomb": what a material or plant could be used for, told as background, no state's step
_CAPABILITY = re.compile(
    r"(?:\b(?:which|that)|\b(?:enrichment|reactors?|plutonium|uranium|material|fuel)\b[^,;:.!?\"“”]{0,60}?\bbut)\s+"
    r"(?:can|could)\s+(?:also\s+|potentially\s+|in\s+theory\s+)?(?:be\s+used\s+to\s+)?(?:produce|make|yield|generate|provide)\b",
    re.IGNORECASE,
)


_COORDINATED = re.compile(r",\s*(?:and|but)\b|;")


def _capability_before(text: str, lo: int, sp: tuple[int, int]) -> bool:
    """A span that starts inside or right after a capability clause ('which can produce ...'); a
    clause met later inside the span, or one before a coordinated step (', and threatened'), leaves
    the span standing."""
    m = _CAPABILITY.search(text, lo, sp[1])
    return m is not None and m.start() <= sp[0] and not _COORDINATED.search(text, m.end(), max(m.end(), sp[0]))


_RISEN_BY = re.compile(
    r"\s+(?:by\s+(?:nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?[$£€]?\d|to\s+(?:nearly\s+|almost\s+|about\s+|more\s+than\s+)?[$£€])",
    re.IGNORECASE,
)
_COSTS_BEFORE = re.compile(r"\b(?:costs?|price\s+tag|prices?|budget|bill|overruns?)\b[^,;:.!?]{0,50}$", re.IGNORECASE)
_MAY_BEFORE = re.compile(r"\b(?:may|can|could|might|allowed\s+to|permitted\s+to)\s+$", re.IGNORECASE)
# "the accord lets Ruritania and Osterland deploy no more than 900 warheads": a treaty's terms
# grant the deployment, its ceiling follows; no state builds up
_LETS_BEFORE = re.compile(r"\b(?:lets|let|allows?|permits?)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s+(?:and\s+)?){1,5}(?:to\s+)?$")
_AT_MOST = re.compile(r"\s+(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of)\b", re.IGNORECASE)


# "to avoid a resumption of testing", "whether a resumption of tests": an outcome averted, feared or asked about
_AVERTED = re.compile(
    r"\b(?:avoid\w*|avert\w*|prevent\w*|forestall\w*|preclud\w*|deter|deters|deterring|rule[sd]?\s+out|ruling\s+out|"
    r"fears?\s+(?:of|over|about)|feared|risks?\s+of|concerns?\s+(?:about|over)|worr\w*\s+(?:about|over)|whether|if)\s+"
    r"(?:(?:a|an|the|any|possible|potential|eventual|further)\s+){0,2}$",
    re.IGNORECASE,
)
# "a resumption of tests by Russia could indicate ...": the resumption the subject of a supposed outcome
_SUPPOSED_AFTER = re.compile(r"[^;:.!?]{0,70}?\b(?:could|would|might|may)\s+(?!be\s+\w+ed\b)", re.IGNORECASE)
_NOT_SUBJECT = re.compile(r"\b(?:that|which|who|if|unless|when|said|says|warned)\b", re.IGNORECASE)
_STATE_VOICE = re.compile(r"\b(?:said|says|announced|declared|stated|told|warned|threatened|vowed)\b", re.IGNORECASE)


def _supposed_resumption(doc: Document, index: int, h: Hit) -> bool:
    """'experts believe the resumption of nuclear testing could be destabilizing', 'to avoid a
    resumption of testing': a resumption averted, asked about or supposed, which no state announces
    for itself (a state saying so before it keeps it a threat)."""
    if not doc.text[h.start : h.end].lower().startswith("resumption"):
        return False
    s = doc.sentences[index][0]
    if _AVERTED.search(doc.text, max(s, h.start - 40), h.start):
        return True
    m = _SUPPOSED_AFTER.match(doc.text, h.end)
    if m is None or _NOT_SUBJECT.search(doc.text, h.end, m.end()):
        return False
    voice = _STATE_VOICE.search(doc.text, s, h.start)
    return voice is None or not any(
        a.label == "ACTOR" and a.end <= voice.start() for a in actor_hits(doc, index)
    )


# a charge with a source named ("according to", "seen by", "reported"): someone's charge, no writer's hedge
_ATTRIBUTED = re.compile(r"\b(?:according\s+to|seen\s+by|reported|report)\b", re.IGNORECASE)
# "the test may have violated the accord", told by no one: the writer's hedge
_MAY_HAVE_DONE = re.compile(r"\b(?:may|might|could)\s+(?:also\s+|well\s+)?have\s+$", re.IGNORECASE)
# "if Iran violates", "should Tehran breach": a condition, no breach told
_IF_VIOLATES = re.compile(r"\b(?:if|should|unless|once|whenever)\s+(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE)
_VIOLAT = re.compile(r"violat|breach", re.IGNORECASE)


# "analysts said the weapon was likely a short-range system rather than a missile that would
# break the pause": a threat to a moratorium that only observers imagine
_IMAGINED = re.compile(r"\b(?:analysts?|experts?|observers?|researchers?|scholars?)\b[^.;]*\b(?:rather\s+than|instead\s+of|likely|unlikely|doubt\w*)\b", re.IGNORECASE)


# "Pyongyang has not said it would restart tests": a threat nobody voiced
_UNSAID = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|never)\s+(?:yet\s+|publicly\s+)?"
    r"(?:say|said|announce|announced|state|stated|threaten|threatened)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:will|would|plans?\s+to)\b",
    re.IGNORECASE,
)


def _speculated(doc: Document, m: Match) -> bool:
    lo = doc.sentences[doc.sentence_index(m.start)][0]
    return bool(_IMAGINED.search(doc.text, lo, m.end) or _UNSAID.search(doc.text, max(lo, m.start - 40), m.end))


# "the militia said it would continue to attack tankers", "will keep striking enemy positions":
# attacks vowed on ships, forces or places; "unions continued to strike", "critics continue to
# attack the plan", "the bank will keep targeting inflation": no force used on anyone
_CONTINUED = re.compile(r"(?:continu|keep)", re.IGNORECASE)
_AIMED_AT = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){0,4}?(?:ships?|vessels?|shipping|tankers?|boats?|warships?|bases?|troops|forces|soldiers|positions|"
    r"targets|cities|towns|villages|infrastructure|installations|airfields?|ports?|outposts?|convoys?)\b",
    re.IGNORECASE,
)


def _unaimed_continuation(doc: Document, index: int, h: Hit) -> bool:
    """A vow to keep attacking ('continue to attack', 'keep striking') with no ship, force, place
    or state as its object within a few words."""
    if h.id != "attack" or not _CONTINUED.match(doc.text, h.start):
        return False
    hi = min(doc.sentences[index][1], h.end + 60)
    if _AIMED_AT.match(doc.text, h.end, hi):
        return False
    return not any(a.label == "ACTOR" and 0 < a.start - h.end <= 6 for a in actor_hits(doc, index))


# wordings as common off the battlefield as on it: "not bluffing", "all options are open",
# "partial mobilisation", "entitled to use force", "failed to return to compliance" (with listing rules)
_EVERYDAY_WORDING = re.compile(
    r"bluff|all\s+options\W+(?:are|were|remain|remained)?\s*open|partial\s+(?:military\s+)?mobili|reservists|entitled"
    r"|return\s+to\s+(?:full\s+)?compliance"
    # "the team practised an attack on the left wing", "rejected calls for restraint on spending", "a bellicose speech"
    r"|practi[sc]|rehears|simulat|restraint|bellicose",
    re.IGNORECASE,
)
# what makes them a state's: weapons, war or forces named in the sentence
_ARMED_LABELS = frozenset({"ARSENAL", "BOMB", "WAR_NOUN", "MUNITION", "TARGET", "FORCE_UNIT", "STRIKE_NOUN"})


def _stateless_wording(doc: Document, index: int, h: Hit, hits: list[Hit]) -> bool:
    """'The poker champion was not bluffing', 'all options were open for the club', 'a partial
    mobilisation of volunteers': an everyday wording with no state, weapon or force in its sentence."""
    if not _EVERYDAY_WORDING.search(doc.text, h.start, h.end):
        return False
    if any(x.label in _ARMED_LABELS for x in hits):
        return False
    return not any(a.label == "ACTOR" for a in actor_hits(doc, index))
