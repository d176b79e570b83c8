"""deadline: ultimatums and time limits in the domain, with the day they fall due and who set them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from streams.extract.actors import actor_at, addressed_speaker, code_of, is_object
from streams.extract.dates import COUNT_PATTERN, DateMention, add_months, count_value
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match

_NEAR = 60  # chars between a deadline noun and the date that fixes it
_ATTRIBUTION = re.compile(r"\W*")  # the attribution verb ends the sentence
_EVENT_GAP = 40  # "before the summit on March 23": a limit fixed by a dated event
# "quoted by the Interfax news agency in March": the agent of a passive, not a limit fixed by a dated event
_PASSIVE_AGENT = re.compile(r"\b[a-z]+(?:ed|en|wn)\s+by$", re.IGNORECASE)
# "before the summit on March 23"; "before the notice period ends on Dec. 18": the span's own end, dated
_EVENT_DATED = re.compile(r"\s+the\s+(?:[\w\-]+\s+){1,3}(?:(?:ends|expires|lapses|runs\s+out|closes)\s+)?(?:on|of|in)\s+", re.IGNORECASE)
# every actors label but PLACE ("Indian Ocean", "Sea of Japan": a place, no party)
_ACTOR_LABELS = ("ACTOR", "GROUP", "ORIGIN", "BODY")
_GRANT_GAP = 60  # chars between 'gave' and the duration granted
# "gave Iran just 30 days", "Iran has less than three weeks to", "has just under a month to"
_QUALIFIER = r"(?:(?:just|only|another|a\s+further|(?:just\s+|only\s+|a\s+little\s+|slightly\s+)?(?:less|fewer)\s+than|(?:just\s+)?under|barely)\s+)?"
_GRANT_GAP_WORDS = re.compile(r"\s+(?:[\w.'’\-]+\s+){1,7}" + _QUALIFIER + "[\"“‘']?")  # 'gave Iran "two weeks" to'
# 'US gives Tehran "two weeks"': a quoted span given to a named state is a cited ultimatum, purpose or not
_QUOTED_SPAN = re.compile(r"[\"“‘']$")
_MORE_TIME = re.compile(r"\b(?:another|a\s+further|an\s+extra|only|just)\s+$", re.IGNORECASE)
_QUOTE_CLOSES = re.compile(r"[,.!?]?[\"”]")
_OPEN_QUOTE = re.compile(r"[\"“][^\"”]*$")  # a quotation opened before this point and still open
_QUOTE_END = re.compile(r"[\"”’']\s*(?:[,.;:!?\n]|$)")
# "Russia has a 60-day window to", "Iran has a period of 30 days to"
_ARTICLE = r"(?:(?:a|an)\s+)?(?:(?:period|window|span|maximum|total)\s+of\s+)?"
_HAVE_GAP = re.compile(r"\s+" + _QUALIFIER + _ARTICLE + "[\"“‘]?", re.IGNORECASE)  # 'had "two weeks" to' 
_HOLDS = re.compile(r"\b(has|have|had)\s+" + _QUALIFIER + _ARTICLE + "[\"“‘]?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
_GRANT_PURPOSE = re.compile(
    r"(?:,\s*(?:maximum|max|tops|at\s+most|at\s+the\s+most)\b)?[\"”’]?(?:\s+by\s+(?:the\s+)?(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,2})?,?\s+(?:(?:window|period|grace\s+period|deadline|ultimatum|extension|reprieve)\s+)?(?:to|in\s+which\s+to)\s",
    re.IGNORECASE,
)
# 'gave Washington a one-month opportunity', 'a two-week window': a span granted as a chance to act
_GRANTED_SPAN = re.compile(r"[\s\-]+(?:opportunity|window|grace\s+period|reprieve|ultimatum|deadline)\b", re.IGNORECASE)
# 'Washington had "until Feb. 5" to answer': a limit held by a party, quoted
_QUOTED_UNTIL = re.compile(r"\b(?:has|have|had|given)\s+[\"“‘]$", re.IGNORECASE)
_TARGET_REACH = 90
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)  # "will decide in two weeks whether to strike"
_ON_AT = re.compile(r"\s+(?:on|at|by)\s+", re.IGNORECASE)
# "until 6 p.m. on Friday": a time of day between the limit word and its day
_CLOCK_GAP = re.compile(
    r"\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight|(?:the\s+)?(?:close|end)\s+of\s+(?:business|play|the\s+day))(?:\s+\(?\w+\)?)??\s+(?:on\s+)?", re.IGNORECASE
)
# "in two weeks" bounds a demand only in a sentence that says what happens otherwise
# ("Iran will act if the other side does not move in the next two weeks": a condition unmet by then, the same)
_OTHERWISE = re.compile(
    r"\b(?:unless|or\s+face|or\s+else|otherwise|or\s+risk"
    r"|if\s+(?:[\w.'’\-]+\s+){1,5}?(?:(?:does|do|did)\s+not|doesn[’']t|don[’']t|fail(?:s|ed)?\s+to))\b",
    re.IGNORECASE,
)
# the party that must meet a limit, not the one that set it: "Iran must ...", "Tehran has 60 days"
_ADDRESSEE = re.compile(
    r"\s+(?:(?:still|now|only|also)\s+)?(?:must\b|(?:is|are|was|were)\s+required\s+to\b|fac(?:es|ed|ing)\s+(?:a|an|the)\b"
    r"|(?:has|have|had)\s+(?:[\"“]\s*)?(?:until\b|(?:only\s+|just\s+|(?:less|fewer)\s+than\s+)?\w+[\s\-](?:[\w\-]+[\s\-])?(?:days?|weeks?|months?|hours?|deadline)\b))",
    re.IGNORECASE,
)


_OBLIGED = re.compile(r"\b(?:requires?|required|requiring|obliges?|obliged|obligates?|compels?|ordered|orders)\s+$", re.IGNORECASE)
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


@dataclass
class _Candidate:
    start: int
    end: int
    sentence: int
    due: date | None
    absolute: bool  # the text names the day itself, not a duration or nothing
    set_by: str | None
    granted: bool = False  # time given from now ("it had 30 days to"): its own day, not the article's
    refers: bool = False  # a bare day of the month ("before the fifth") pointing back to a dated deadline
    sized: bool = False  # only a span names it ("Iran's 60-day deadline"): counted from an unstated start


# "today issued an ultimatum", "on Monday set a deadline": the day the limit was set, not when it falls due;
# "on Monday moved back the cut-off ... to Friday": the day it was moved, the new day follows
# verbs that move a limit already set; _ISSUED_GAP and _MOVED add their own forms
_MOVED_VERBS = r"extended|prolonged|pushed\s+back|moved\s+back|postponed"
_ISSUED_GAP = re.compile(
    r"\s+(?:(?:has|had|have|also|then|formally|publicly)\s+)?(?:issued|set|gave|imposed|delivered|announced|handed|laid\s+down|slapped"
    r"|" + _MOVED_VERBS + r"|delayed)"
    r"\s+(?:(?:an?|the|its|their|his|her|a\s+(?:new|fresh|final))\s+)?(?:(?:stern|final|new|fresh|formal|blunt|public)\s+)?",
    re.IGNORECASE,
)
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
    if pre and _OBLIGED.search(doc.text, max(0, pre[-1].start - 14), pre[-1].start):
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


# "would not negotiate under ultimatums": a bare plural speaks of deadlines in general
_GENERIC_PLURAL = frozenset({"ultimatums", "deadlines"})
_DETERMINED = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|both|two|three|several|new|latest|earlier|previous|missed|repeated)\s+(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


# "... is expected to be set for July 1", "was pushed back to March 31": the noun's day, later in its clause
_SET_FOR = re.compile(
    r"\b(?:set|fixed|moved|pushed(?:\s+back)?|extended|postponed|brought\s+forward)\s+(?:for|to|until|till|at)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
_SET_FOR_REACH = 140


# "Trump said on July 28 that he would shorten the deadline": the day it was spoken of, not its day
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|stated|declared|added|wrote|warned)\s+(?:on\s+)?$", re.IGNORECASE)
_STARTING = re.compile(r"\b(?:starting|beginning|from|effective|counting\s+from)\s+(?:on\s+)?$", re.IGNORECASE)


_HAD_SET = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w.'’\-]+\s+){1,3}?had\s+(?:set|given|imposed|issued|laid\s+down)\b", re.IGNORECASE)


# "the sites went uninspected by the October 27 deadline" in a December article: a day of the month
# whose coming reading is most of a year away, in a clause told in the past, is the one just gone
_PAST_GAP = 240
_PAST_CLAUSE = re.compile(r"\b(?:went|missed|passed|expired|lapsed|came|ignored|failed|elapsed)\b", re.IGNORECASE)


def _past_reading(doc: Document, d: DateMention, clause: tuple[int, int]) -> date | None:
    if not _PAST_CLAUSE.search(doc.text, *clause):
        return None
    past = next((p for p in doc.dates(d.start, d.end + 1, future=False) if p.start == d.start), None)
    if past is None or past.value is None or past.vague_past or not 0 < (doc.published - past.value).days <= 120:
        return None
    return past.value


# "did not honour a Sunday deadline", "the Friday deadline passed": a weekday deadline already missed is
# the one just gone, not the next of that name
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAY_MISSED = re.compile(
    r"\b(?:missed|ignored|defied|flouted|failed\s+to\s+(?:meet|honou?r|respect|observe|comply\s+with)|(?:ran|went|slipped|blew)\s+(?:past|through))"
    r"\s+(?:[\w'’\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WEEKDAY_PASSED = re.compile(
    r"(?:\s+[\w'’\-]+){0,8}?\s+(?:(?:had|has)\s+)?(?:passed|expired|lapsed|elapsed|came\s+and\s+went|went\s+by|was\s+missed|was\s+ignored)\b",
    re.IGNORECASE,
)


# "if / once / when the Friday deadline passed": a condition on a deadline still ahead (reported speech)
_WEEKDAY_IF = re.compile(
    r"\b(?:if|once|when|whenever|unless|until|till|before|after|as\s+soon\s+as)\s+(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE
)


def _missed_weekday(doc: Document, noun: Hit, d: DateMention, clause: tuple[int, int]) -> bool:
    """A deadline named by a weekday, told as already missed or passed."""
    if not _WEEKDAY.search(doc.text, d.start, d.end):
        return False
    lo = min(noun.start, d.start)
    hi = max(noun.end, d.end)
    if _WEEKDAY_IF.search(doc.text, max(clause[0], lo - 40), lo):
        return False
    return bool(_WEEKDAY_MISSED.search(doc.text, max(clause[0], lo - 40), lo)) or bool(_WEEKDAY_PASSED.match(doc.text, hi, clause[1]))


def _past_weekday(doc: Document, d: DateMention) -> date | None:
    past = next((p for p in doc.dates(d.start, d.end + 1, future=False) if p.start == d.start), None)
    if past is None or past.value is None or past.vague_past or not 0 < (doc.published - past.value).days <= 7:
        return None
    return past.value


_APPOSITIVE = re.compile(r",\s+(?:which\s+was\s+|that\s+was\s+)?(?:set|imposed|given|issued|fixed|laid\s+down|agreed)\b", re.IGNORECASE)


def _noun_candidates(doc: Document, index: int, nouns: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    out = []
    for noun in nouns:
        if noun.id == "expiry_return" and not _REIMPOSED.search(doc.text, max(doc.sentences[index][0], noun.start - 80), noun.start):
            continue  # "all U.N. sanctions ... will return on Sept. 28": penalties coming back, not anyone's return
        if noun.id == "expiry_close":
            # "a window for Iran to avoid this, but it closes at the end of September": a closing chance forces action
            if not _WINDOW.search(doc.text, max(doc.sentences[index][0], noun.start - 80), noun.start) \
                    and not (_WINDOW_SUBJECT.search(doc.text, max(0, noun.start - 30), noun.start)
                             and _WINDOW_FOR.match(doc.text, _after_date(dates, noun.end))):
                continue
        elif noun.id.startswith("expiry") and not _forces_action(doc, index, noun):
            continue
        if doc.text[noun.start : noun.end].lower() in _GENERIC_PLURAL and not _DETERMINED.search(
            doc.text, max(0, noun.start - 24), noun.start
        ) and not any(0 <= noun.start - d.end < _NEAR or 0 <= d.start - noun.end < _NEAR for d in dates if d.value is not None):
            continue
        clause = doc.clause_at(noun.start)
        if _off_topic(doc, index, noun, clause) or (noun.id == "noun" and _off_topic_act(doc, index, noun.end)):
            continue
        # "A previous deadline, set by the E3 for the end of August": the appositive fixing it
        hi = clause[1] + 2
        if (m := _APPOSITIVE.match(doc.text, noun.end)) is not None:
            hi = doc.clause_at(m.end() - 1)[1] + 2
        near = [
            d for d in dates
            if d.value is not None and not d.vague_past
            and (0 <= noun.start - d.end < _NEAR or 0 <= d.start - noun.end < _NEAR)
            and clause[0] <= d.start < hi
            and not (d.end <= noun.start and _ISSUED_GAP.fullmatch(doc.text, d.end, noun.start))
            and not _issued_on(doc, noun, d)
            and not (d.end <= noun.start and not d.relative and d.value <= doc.published and _SAID_ON.search(doc.text, max(0, d.start - 24), d.start))
        ]
        if not near:  # "the deadline set by Israel for Hezbollah ... expires at midnight"
            expiring = [h.end for h in doc.hits("deadline", index, "EXPIRE") if noun.end < h.start < clause[1]]
            near = [
                d for d in dates
                if d.value is not None and not d.vague_past and clause[0] <= d.start < clause[1]
                and any(0 <= d.start - x <= 4 or _ON_AT.fullmatch(doc.text, x, d.start) for x in expiring)
            ]
        if not near:  # "a new deadline for reaching a full accord is expected to be set for July 1"
            near = [
                d for d in dates
                if d.value is not None and not d.vague_past and not d.relative and noun.end < d.start < min(clause[1], noun.end + _SET_FOR_REACH)
                and _SET_FOR.search(doc.text, max(noun.end, d.start - 24), d.start)
            ][:1]
        if noun.id == "span_limit" and not _LIMIT_PURPOSE.match(doc.text, noun.end):
            continue  # "a 30-day limit on how long troops stay": a cap on a stay, no act due
        if noun.id == "as_date" and not (_AS_DATE_BY.search(doc.text, noun.start, noun.end) or _PARTY_TO.match(doc.text, noun.end)):
            continue  # "named May 9 as the date for the parade": a day for an event, no party bound to act
        if noun.id in ("dated", "as_date", "dated_before"):  # "the end-of-August cut-off", "a cutoff of June 30": only a day attached to it
            near = [
                d for d in near
                if 0 <= noun.start - d.end <= 2 or (noun.id != "dated_before" and _DATED_AFTER.fullmatch(doc.text, noun.end, d.start))
                or (noun.id == "dated" and _AS_THE.fullmatch(doc.text, d.end, noun.start))
            ]
            if not near:
                continue
        near.sort(key=lambda d: (d.relative, abs(d.start - noun.start)))
        due = near[0].value if near else None
        span = next((d for d in near if d.relative and d.end <= noun.start), None)
        if span is not None and span.value is not None and due is not None and not near[0].relative \
                and _STARTING.search(doc.text, max(noun.end, near[0].start - 20), near[0].start):
            # "a 10-day deadline starting July 28": the span counted from the day it starts
            due = due + (span.value - doc.published)
            near = [span, near[0]]
        noon = (_NOON.match(doc.text, noun.end) or _NOON_EXPIRES.search(doc.text, noun.end, clause[1])) if not near else None
        if noon is not None:  # "a deadline of noon", as one "at midnight": the day of publication
            out.append(_Candidate(noun.start, noon.end(), index, doc.published, False, _set_by(doc, noun), granted=True))
            continue
        if due is not None and (due.month, due.day) == (12, 31) and due.year == doc.published.year:
            due = _set_in_year(doc, max(noun.end, near[0].end), clause, dates) or due
        if due is not None and not near[0].relative and (due - doc.published).days > _PAST_GAP:
            due = _past_reading(doc, near[0], clause) or due
        elif due is not None and not near[0].relative and due > doc.published and _missed_weekday(doc, noun, near[0], clause):
            due = _past_weekday(doc, near[0]) or due
        if due is not None and near[0].relative and near[0].start >= noun.end and _BY_AMOUNT.search(doc.text, noun.end, near[0].start) \
                and _moved_before(doc, clause[0], noun.start):
            due = None  # "pushed back the deadline ... by a week": moved by a span from a day not given
        absolute = bool(near) and not near[0].relative
        end = max([noun.end, *[d.end for d in near[:1]]])
        start = min([noun.start, *[d.start for d in near[:1]]])
        sized = bool(near) and near[0].relative and near[0].end <= noun.start
        if sized and _HAD_SET.match(doc.text, noun.end):
            due, sized = None, False  # "the 50-day deadline he had set": counted from an earlier, unstated day
        if sized and due is not None and (issued := _issued_day(doc, clause, near[0])) is not None:
            due = issued + (due - doc.published)  # "a month ago she gave them a 30-day ultimatum": from that day
        elif sized and (ends := _RUNS_OUT_NOW.match(doc.text, noun.end)) is not None and "\n" not in ends.group() \
                and not any(noun.end < d.start < _line_end(doc.text, noun.end, clause[1]) for d in dates):
            due = doc.published  # "as the 90-day ultimatum expires", "after the 30-day deadline he set ran out": ends now
        if due is None and noun.id == "span_limit" and not doc.text[noun.start : noun.end].lower().startswith("hour") \
                and (size := _SPAN_SIZE.search(doc.text, max(0, noun.start - 24), noun.start)):
            # "a seven-day limit to": the size spelt in words, counted from publication
            due = _after(doc.published, count_value(size.group(1)), doc.text[noun.start : noun.end].split()[0].lower())
        if due is None and not near and (ahead := _SPAN_AHEAD.search(doc.text, max(doc.sentences[index][0], noun.start - 60), noun.start)) \
                and not _past_dated(doc, index):
            due = _span_ahead(doc.published, ahead)  # "two days before Iran's deadline": the news falls that long before it
        out.append(_Candidate(start, end, index, due, absolute, _set_by(doc, noun), sized=sized))
    return out


# "a fortnight before the ultimatum runs out", "48 hours ahead of the deadline": the time left
_SPAN_AHEAD = re.compile(
    r"\b(" + COUNT_PATTERN + r")[\s\-](day|week|month|hour)s?\s+(?:before|ahead\s+of)\s+(?:[\w'’\-]+\s+){0,4}?$", re.IGNORECASE
)


def _span_ahead(published: date, ahead: re.Match[str]) -> date | None:
    """The day a deadline falls on when the news comes a stated span before it."""
    n, unit = count_value(ahead.group(1)), ahead.group(2).lower()
    if unit == "hour":
        n, unit = -(-n // 24), "day"
    return _after(published, n, unit)


def _past_dated(doc: Document, index: int) -> bool:
    """A sentence telling a past day ("In July 2015, two days before the deadline, ..."): its
    spans count from that day, not from the news."""
    s, e = doc.sentences[index]
    return any(
        d.value is not None and not d.relative and d.value < doc.published - timedelta(days=7) for d in doc.dates(s, e, future=False)
    )


# "as the ultimatum expires", "after the deadline he set them lapsed": a sized limit ending at the news
_RUNS_OUT_NOW = re.compile(
    r"[”\"’']?\s+(?:(?!to\b|that\b|which\b|and\b)[\w.'’\-]+\s+){0,4}?(?:expires|expired|has\s+expired|ended|has\s+ended|ran\s+out|runs\s+out|has\s+run\s+out|lapsed|has\s+lapsed)\b",
    re.IGNORECASE,
)
# "two months ago I gave", "on May 2 Washington issued": a past day, then the issuing verb
_ISSUE_VERB = re.compile(r"\b(?:gave|issued|set|handed|imposed|delivered)\s+(?:[\w.'’\-]+\s+){0,3}?(?:an?|the|its|their|his|her)\s+$", re.IGNORECASE)


def _line_end(text: str, start: int, end: int) -> int:
    """The end of the line from start, within end: a headline merged with the next line stops there."""
    nl = text.find("\n", start, end)
    return end if nl < 0 else nl


def _issued_day(doc: Document, clause: tuple[int, int], span: DateMention) -> date | None:
    """The past day a sized limit was issued on, named before its issuing verb in the clause."""
    verb = _ISSUE_VERB.search(doc.text, max(clause[0], span.start - 50), span.start)
    if verb is None:
        return None
    for d in reversed(doc.dates(clause[0], verb.start(), future=False)):
        if d.value is None or d.vague_past or d.relative or d.value >= doc.published or doc.published - d.value > timedelta(days=400):
            continue
        if _issue_day_named(doc, d):
            return d.value
    return None


# "handed Seoul an ultimatum on Thursday": an issuing verb before the noun, a past or present day after it
_ISSUED_BEFORE = re.compile(
    r"\b(?:issued|handed|delivered|gave|presented|sent|slapped|served)(?:\s+[\w.'’\-]+){0,3}?\s+(?:an?|the|its|their|his|her)\s+(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
_ON_DAY = re.compile(r"\s+on\s+", re.IGNORECASE)


def _issued_on(doc: Document, noun: Hit, d: DateMention) -> bool:
    return (
        d.start >= noun.end and d.value is not None and d.value <= doc.published and not d.relative
        and _ON_DAY.fullmatch(doc.text, noun.end, d.start) is not None
        and _ISSUED_BEFORE.search(doc.text, max(0, noun.start - 60), noun.start) is not None
    )


# "a deadline of noon", "the ultimatum expires at 12 noon": a time of day alone, no day named after it
_AT_NOON = r"\s+(?:12\s+)?noon\b(?!\s+(?:on|next|this|tomorrow|\w+day)\b)"
_NOON = re.compile(r"\s+(?:of|at|is|was)" + _AT_NOON, re.IGNORECASE)  # right after the noun
_NOON_EXPIRES = re.compile(r"\s(?:expires|runs\s+out|ends|lapses)\s+at" + _AT_NOON, re.IGNORECASE)  # later in its clause


def _phase_anchor(doc: Document, c: _Candidate) -> date | None:
    """'Iran's 60-day deadline' in an article saying the first step came on March 3 and the next
    follows on May 2: a sized deadline runs between two stated days that far apart, the earlier one
    past and the later one to come; none such, it counts from publication."""
    if c.due is None:
        return None
    span = (c.due - doc.published).days
    if span < 7:
        return None
    n = len(doc.text)
    past = {d.value for d in doc.dates(0, n, future=False) if d.value is not None and not d.relative and not d.vague_past and d.value <= doc.published}
    if not past:
        return None
    ahead = sorted({
        d.value for d in doc.dates(0, n, future=True)
        if d.value is not None and not d.relative and not d.vague_past and d.value > doc.published
    })
    return next((b for b in ahead if any(abs((b - a).days - span) <= 1 for a in past)), None)


_OFFTOPIC_AFTER = re.compile(
    r"\s+(?:for|on|to\s+(?:reach|meet|achieve|cut|phase|file|submit|pay|repay))\s+(?:(?:the|a|an|its|their|new)\s+)?$", re.IGNORECASE
)
# "has until Friday to file its accounts", "has 30 days to cut its trade surplus": the act due is off topic
_OFFTOPIC_ACT = re.compile(
    r"(?:\s+[\w.,'’\-]+){0,3}?\s+to\s+[a-z]+\s+(?:(?:the|a|an|its|their|new|his|her)\s+)?$", re.IGNORECASE
)
_OFFTOPIC_ACT_REACH = 60


def _off_topic_act(doc: Document, index: int, pos: int) -> bool:
    hi = min(doc.clause_at(pos)[1], pos + _OFFTOPIC_ACT_REACH)
    return any(pos <= h.start < hi and _OFFTOPIC_ACT.fullmatch(doc.text, pos, h.start) for h in doc.hits("deadline", index, "OFFTOPIC"))
_OFFTOPIC_BEFORE = re.compile(r"[\s\-]+(?:(?:filing|reduction|target|goal|pledge)s?[\s\-]+)?$", re.IGNORECASE)


def _off_topic(doc: Document, index: int, noun: Hit, clause: tuple[int, int]) -> bool:
    """'the 2045 deadline for carbon-free power', 'a climate deadline', 'the tax deadline': a limit
    on an energy, climate or fiscal goal, not one set in the monitored domain."""
    for h in doc.hits("deadline", index, "OFFTOPIC"):
        if noun.end <= h.start < clause[1] and _OFFTOPIC_AFTER.fullmatch(doc.text, noun.end, h.start):
            return True
        if clause[0] <= h.end <= noun.start and _OFFTOPIC_BEFORE.fullmatch(doc.text, h.end, noun.start):
            return True
    return False


# an expiry is a deadline only where it forces action before it ("unless renewed", "racing against
# the expiry", "must act before"): "New START, the last treaty ..., is set to expire in February" is
# an arrangement's end; an option or mechanism expiring ("that option expires on Oct. 18") is one
# that has to be used in time
# "if the two sides do not agree ...", "if Congress fails to renew it": a condition unmet by the day before it
_IF_NOT_TEXT = (
    r"if\s+(?:[\w.'’\-]+\s+){1,6}?(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|fail(?:s|ed)?\s+to"
    # "if sanctions are not lifted": a demand put in the passive, unmet
    r"|(?:is|are|was|were)\s+not\s+(?:(?:fully|all|yet)\s+)?(?:lifted|removed|eased|met|restored|honou?red|implemented)"
    r"|(?:isn['’]t|aren['’]t)\s+(?:lifted|removed|eased|met|restored|honou?red|implemented))\b"
)
_FORCING = re.compile(
    r"\b(?:unless|before|beforehand|ahead\s+of|racing|race\s+against|must|needs?\s+to|needed\s+to|in\s+time|or\s+else)\b"
    # "lapses on Feb. 5 if the two sides do not agree to extend it": an unmet condition by then
    r"|\b" + _IF_NOT_TEXT,
    re.IGNORECASE,
)
_ARRANGEMENT = re.compile(
    r"\b(?:(treaty|START|pact|accord|agreement|arrangement|moratorium|truce|ceasefire|cease-fire)"
    r"|(option|mechanism|snapback|window|provisions?|waiver|mandate|ultimatum|deadline))\b",
    re.IGNORECASE,
)


def _forces_action(doc: Document, index: int, noun: Hit) -> bool:
    s, e = doc.sentences[index]
    if _FORCING.search(doc.text, s, e):
        return True
    if noun.id != "expiry":  # "the Oct. 18 expiry of ...": the bare noun only with a forcing cue
        return False
    last = None
    for last in _ARRANGEMENT.finditer(doc.text, max(s, noun.start - 120), noun.start):
        pass
    return last is None or last.group(1) is None


_REIMPOSED = re.compile(r"\b(?:sanctions|penalties|embargo(?:es)?|restrictions|measures)\b", re.IGNORECASE)
_WINDOW = re.compile(r"\b(?:window|opportunity)\s+(?:for\s+(?:[\w.\-]+\s+){1,3})?to\b", re.IGNORECASE)
# "the window closes on May 3 for Tehran to answer": the chance is the subject, its purpose follows the day
_WINDOW_SUBJECT = re.compile(r"\b(?:window|opportunity)\s+$", re.IGNORECASE)
_WINDOW_FOR = re.compile(r"[,]?\s+for\s+(?:[\w.'’\-]+\s+){1,4}?to\s", re.IGNORECASE)


def _after_date(dates: list[DateMention], pos: int) -> int:
    """The end of the date that starts right after pos (pos itself if none does)."""
    return next((d.end for d in dates if 0 <= d.start - pos <= 2), pos)


_SPAN_SIZE = re.compile(r"\b(" + COUNT_PATTERN + r")[\s\-]$", re.IGNORECASE)
# "a two-month limit on reaching a deal", "a 48-hour limit for Hamas to answer": a span set for an act
_LIMIT_PURPOSE = re.compile(
    r"\s+(?:(?:for|on)\s+(?:reaching|agreeing|concluding|securing|striking|negotiating|completing|finishing|answering|responding|complying)\b"
    r"|(?:for\s+(?:the\s+)?[\w.'’\-]+(?:\s+[\w.'’\-]+)?\s+)?to\s+(?!the\b|a\b|an\b)[a-z]+)",
    re.IGNORECASE,
)
# "fixed February 21 as the date by which X must", "... as the date for Tehran to": a day named as a limit
# "treat the end of August as the cutoff"; passive "the end of August is seen by the E3 as the cutoff"
_AS_THE = re.compile(
    r"\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:now\s+|widely\s+|privately\s+|informally\s+)?"
    r"(?:seen|regarded|viewed|considered|treated|taken|described)\s+(?:by\s+(?:the\s+)?(?:[\w.’'\-]+\s+){1,3}?)?)?"
    r"as\s+(?:the|an?)\s+(?:[\w\-]+\s+)?",
    re.IGNORECASE,
)
_AS_DATE_BY = re.compile(r"\bby\s+which\b", re.IGNORECASE)
_PARTY_TO = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,2}\s+to\s", re.IGNORECASE)
_DATED_AFTER = re.compile(r"\s+(?:date\s+)?(?:of|on|at|is|was|falls\s+on)\s+", re.IGNORECASE)
# "the end-of-year deadline Kim set for Washington in 2019": a year-end fixed in a past year named after it
_SET_IN = re.compile(r"\s+(?:[\w.\-]+\s+){0,6}?(?:set|imposed|given|gave|issued|announced|laid\s+down)\s+(?:[\w.\-]+\s+){0,4}?in\s+$", re.IGNORECASE)


def _set_in_year(doc: Document, after: int, clause: tuple[int, int], dates: list[DateMention]) -> date | None:
    for d in dates:
        if d.vague_past and d.value is not None and clause[0] <= d.start < clause[1] and d.start > after \
                and d.end - d.start == 4 and doc.text[d.start : d.end].isdigit() and d.value.year < doc.published.year \
                and _SET_IN.fullmatch(doc.text, after, d.start):
            return date(d.value.year, 12, 31)
    return None


# "before the summer", "within weeks": a limit with no day to count, only with a demand or an unmet
# condition in its own clause ("Iran must halt ... within weeks", "if Iran does not comply before the summer")
_VAGUE_SPAN = re.compile(
    r"\s+(?:(?:the\s+)?(?:(?:coming|next)\s+)?(?:summer|spring|autumn|fall|winter)(?![\s\-]+(?:of\s+)?(?:19|20)\d\d)"
    r"|(?:(?:a\s+few|the\s+(?:next|coming)(?:\s+few)?|several)\s+)?(?:days|weeks|months))\b",
    re.IGNORECASE,
)
_VAGUE_REACH = 80  # chars back from the limit to its demand or condition
_VAGUE_PREPS = frozenset({"by", "before", "within"})
_VAGUE_FORCE = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to|unless)\b|\b" + _IF_NOT_TEXT, re.IGNORECASE
)
_VAGUE_WHEN = re.compile(r"\s*,?\s+when\b", re.IGNORECASE)
_VAGUE_ELSE = re.compile(r"\s*,?\s+(?:or|otherwise|or\s+else)\b", re.IGNORECASE)


def _vague_limit(doc: Document, limit: Hit) -> _Candidate | None:
    """An undated limit forcing an act: its day is not said (due None), and no other deadline lends one."""
    if doc.text[limit.start : limit.end].lower() not in _VAGUE_PREPS or (m := _VAGUE_SPAN.match(doc.text, limit.end)) is None:
        return None
    index = doc.sentence_index(limit.start)
    lo = max(doc.sentences[index][0], limit.start - _VAGUE_REACH)
    force = None
    for force in _VAGUE_FORCE.finditer(doc.text, lo, limit.start):
        pass
    if force is None:
        return None
    # "within weeks": a duration only with a demand put to someone and its alternative ("..., or Israel would act")
    if doc.text[limit.start : limit.end].lower() == "within" and not _VAGUE_ELSE.match(doc.text, m.end()) \
            and not force.group(0).lower().startswith(("unless", "if")):
        return None
    if _VAGUE_WHEN.match(doc.text, m.end()):
        return None  # "have to finish the annexes before the summer, when the envoy retires": a date of convenience
    # the party bound must be a state: "Iran must halt ... within weeks", "unless Tehran (or it) complies before
    # the summer"; not "unless the weather improves within days", "the yard closes unless orders arrive within weeks"
    states = doc.hits("actors", index, "ACTOR", "GROUP")
    if force.group(0).lower().startswith(("unless", "if")):
        bound = any(force.start() < h.start < limit.start for h in states) or (
            _REFERS_BACK.match(doc.text, force.start() + len(force.group(0).split()[0])) is not None
            and any(h.end <= force.start() for h in states)
        )
    else:
        bound = any(doc.sentences[index][0] <= h.start and h.end <= force.start() for h in states)
    if not bound:
        return None
    return _Candidate(limit.start, m.end(), index, None, False, _condition_setter(doc, index, limit) or _setter(doc, limit.start), granted=True)


_OFFTOPIC_OBJECT_REACH = 24  # chars from an off-topic object to the limit word after it


def _off_topic_limit(doc: Document, index: int, clause: tuple[int, int], limit: Hit, after: int) -> bool:
    """A limit on an off-topic act: the object just before it ("improve its pay offer by Friday")
    or the act due straight after its day ("until Saturday to pass a stopgap bill")."""
    return any(
        clause[0] <= h.start and 0 <= limit.start - h.end <= _OFFTOPIC_OBJECT_REACH
        for h in doc.hits("deadline", index, "OFFTOPIC")
    ) or _off_topic_act(doc, index, after)


def _limit_candidates(
    doc: Document, index: int, limits: list[Hit], dates: list[DateMention], conditional: bool, forced: list[Hit] | None = None
) -> list[_Candidate]:
    out = []
    not_deadline = doc.hits("deadline", index, "NOTDEADLINE")
    targets = doc.hits("deadline", index, "TARGET")
    for limit in limits:
        following = [
            d for d in dates
            if 0 <= d.start - limit.start <= limit.end - limit.start + 6
            or (0 < d.start - limit.end <= _EVENT_GAP and _EVENT_DATED.fullmatch(doc.text, limit.end, d.start)
                and not _PASSIVE_AGENT.search(doc.text, max(0, limit.start - 20), limit.end))
            or (0 < d.start - limit.end <= 30 and _CLOCK_GAP.fullmatch(doc.text, limit.end, d.start))
        ]
        following = [d for d in following if d.value is not None and not d.vague_past]
        if len(following) > 1 and doc.text[following[0].start : following[0].end].lower().endswith("midnight"):
            following = following[1:]  # "by midnight on June 19": the day named, not today's midnight
        refers = False
        if not following and limit.label == "LIMIT" and (day := _bare_day(doc, index, limit)) is not None:
            following, refers = [day], True
        if not following and limit.label == "LIMIT" and (day := _expiry_ref(doc, index, limit)) is not None:
            following = [day]
        if limit.label == "LIMIT_IN":  # "in two weeks' time": only a duration counted from now, with a stated 'or else'
            following = [
                d for d in following
                if d.start == limit.start and d.relative
                and (doc.text[d.end - 4 : d.end].lower() == "time" or _OTHERWISE.search(doc.text, *doc.sentences[index])
                     or (any(h.id == "decision" for h in doc.hits("deadline", index, "CONDITION"))
                         and _WHETHER.search(doc.text, *doc.sentences[index])))
            ]
        if not following:
            if limit.label == "LIMIT" and (vague := _vague_limit(doc, limit)) is not None:
                out.append(vague)
            continue
        when = following[0]
        if when.value is None or when.value < doc.published - timedelta(days=1):
            continue
        if not conditional:
            continue
        clause = doc.clause_at(limit.start)
        if _off_topic_limit(doc, index, clause, limit, when.end):
            continue  # "improved its pay offer by Friday", "has until Saturday to pass a stopgap bill"
        if limit not in (forced or ()) and any(clause[0] - 40 <= h.start < limit.start for h in not_deadline):
            continue  # "extended until March": an arrangement's new end (not action due by an expiry)
        # "would be deployed to units by the end of the year": a deployment target, not a limit set on anyone
        if any(clause[0] <= h.start and 0 <= limit.start - h.end <= _TARGET_REACH for h in targets):
            continue
        setter = _condition_setter(doc, index, limit)
        if setter is None and not _unnamed_condition(doc, index, limit):
            setter = _setter(doc, limit.start)
        if forced and limit in forced:
            setter = None  # the expiry, not a party, set it
        # "within the next three weeks": a span counted from now, its own day, not another deadline's
        granted = when.relative and doc.text[limit.start : limit.end].lower() == "within"
        due = when.value
        if when.relative and (spoken := _spoken_on(doc, index, limit)) is not None:
            due = spoken + (when.value - doc.published)  # "his July 14 warning that ... within 50 days": from July 14
        out.append(_Candidate(limit.start, when.end, index, due, not when.relative, setter, granted=granted, refers=refers))
    return out


# "his July 14 warning that ...", "the March 3 ultimatum, which ...": the past day a limit was issued on
_ISSUED_NOUN = re.compile(r"\s+(?:warning|ultimatum|threat|demand|announcement|statement|letter|remarks|message)\b", re.IGNORECASE)


def _spoken_on(doc: Document, index: int, limit: Hit) -> date | None:
    """A span ('within the next 50 days') in a sentence about a warning issued on a stated past day
    counts from that day, not from publication."""
    for d in doc.dates(doc.sentences[index][0], limit.start, future=False):
        if d.value is not None and not d.relative and not d.vague_past and d.value <= doc.published \
                and doc.published - d.value < timedelta(days=366) and _ISSUED_NOUN.match(doc.text, d.end):
            return d.value
    return None


_ORDINALS = {
    w: n for n, w in enumerate(
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ],
        1,
    )
}
# "before the fifth", "by the 15th": a bare day of the month, closing its phrase
_BARE_DAY = re.compile(
    r"\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)|([a-z]+))(?=\s*(?:[,.;:!?\"”)]|$|\s+(?:and|or|but|at|of\s+(?:the\s+|this\s+|next\s+)?month)\b))",
    re.IGNORECASE,
)
_BARE_DAY_BACK = 3  # sentences back to the dated mention a bare day refers to


def _bare_day(doc: Document, index: int, limit: Hit) -> DateMention | None:
    """'We have to complete all procedures before the fifth' after 'expires on Feb. 5': a bare
    ordinal day after a limit word is the day of that month named in the sentences just before."""
    m = _BARE_DAY.match(doc.text, limit.end)
    if m is None:
        return None
    day = int(m.group(1)) if m.group(1) else _ORDINALS.get(m.group(2).lower())
    if not day:
        return None
    lo = doc.sentences[max(0, index - _BARE_DAY_BACK)][0]
    named = [
        d for d in doc.dates(lo, limit.start, future=True)
        if d.value is not None and not d.relative and not d.vague_past and d.value.day == day
    ]
    return DateMention(m.start(), m.end(), named[-1].value) if named else None


# "before the treaty lapses" after "New START ... is due to expire on Feb. 5": that expiry's day
_EXPIRY_REF = re.compile(
    r"\s+(?:the\s+(?:treaty|pact|accord|agreement|deal|truce|ceasefire|moratorium|waiver|mandate|resolution|clock|window)|it)\s+"
    r"(?:lapses|expires|runs\s+out|ends|closes)\b",
    re.IGNORECASE,
)


def _expiry_ref(doc: Document, index: int, limit: Hit) -> DateMention | None:
    m = _EXPIRY_REF.match(doc.text, limit.end)
    if m is None:
        return None
    lo = doc.sentences[max(0, index - _BARE_DAY_BACK)][0]
    expiries = [
        h.end for i in range(max(0, index - _BARE_DAY_BACK), index + 1)
        for h in doc.hits("deadline", i, "DEADLINE", "EXPIRE") if h.label == "EXPIRE" or h.id in ("expiry", "expiry_return")
    ]
    named = [
        d for d in doc.dates(lo, limit.start, future=True)
        if d.value is not None and not d.relative and not d.vague_past and any(0 <= d.start - x <= 8 for x in expiries)
    ]
    return DateMention(m.start(), m.end(), named[-1].value) if named else None


# "Junta given 72 hours", "Rebels granted a week to disarm": a bare participle right after a named
# subject, the time straight after it (no 'was' in a headline)
_HEADLINE_SUBJECT = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][\w.'’\-]*\s+){1,3}$")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")


def _headline_grant(doc: Document, grant: Hit, gap: str) -> bool:
    if doc.text[grant.start : grant.end].lower() not in ("given", "granted") or gap.strip():
        return False
    return _HEADLINE_SUBJECT.search(doc.text, max(0, grant.start - 40), grant.start) is not None


_GETS = frozenset({"get", "gets"})  # "Iran gets three weeks to answer": the subject holds the time, as with 'is given'


def _grant_candidates(
    doc: Document, index: int, grants: list[Hit], dates: list[DateMention], conditional: bool
) -> list[_Candidate]:
    """'gave Tehran 30 days to comply': a granted duration, up to a few words after the verb."""
    out = []
    for grant in grants:
        for d in dates:
            if not d.relative or d.value is None or not 0 < d.start - grant.end <= _GRANT_GAP:
                continue
            gap = doc.text[grant.end : d.start]
            # 'gave Tehran 30 days to', 'Iran has 60 days to' (the holder of the time, not its giver)
            headline = _headline_grant(doc, grant, gap)  # "Tyrant given 48 hours": a headline's passive, no 'was'
            passive = grant.label == "HOLD" or headline or doc.text[grant.start : grant.end].lower() in _GETS or (
                _PASSIVE.search(doc.text, max(0, grant.start - 12), grant.start) and not doc.text[grant.start : grant.end].lower().endswith("ing")
            )  # "is giving Iran 60 days": a progressive, not a passive
            words = _HAVE_GAP if passive else _GRANT_GAP_WORDS  # "Hamas was given 24 hours to"
            if not words.fullmatch(gap):
                continue
            # "had been handed a week on Friday to reply": the day the span was given, between it and its purpose
            issued, purpose_at = _issued_after(doc, d.end)
            if headline and _LINE_END.match(doc.text, d.end):
                pass  # the headline states the time given and stops there
            elif _STARTING_NOW.match(doc.text, d.end):
                pass  # "60 more days, starting today": time granted from now, its purpose left unsaid
            elif not _GRANT_PURPOSE.match(doc.text, purpose_at) and not (_GRANTED_SPAN.match(doc.text, d.end) and _WITH_ARTICLE.search(gap)) and not (
                grant.label == "GRANT" and _QUOTED_SPAN.search(gap) and _QUOTE_END.match(doc.text, d.end)
                and _recipient(doc, index, grant, d.start) is not None
            ) and not (
                # '"We are giving Europe another 60 days," a spokesman said': a quote that ends on the span granted
                grant.label == "GRANT" and _QUOTE_CLOSES.match(doc.text, d.end)
                and (_recipient(doc, index, grant, d.start) is not None or _MORE_TIME.search(gap) is not None)
                and _OPEN_QUOTE.search(doc.text, doc.sentences[index][0], grant.start) is not None
            ):
                continue
            if _off_topic_act(doc, index, d.end):
                continue  # "has 30 days to cut its trade surplus"
            # "has a two-week window to launch": a window is a limit only where a demand is in view
            if grant.label == "HOLD" and _WITH_ARTICLE.search(gap) and not conditional:
                continue
            due = d.value
            if (given := issued or _given_on(doc, index, grant)) is not None:
                due = given + (d.value - doc.published)  # "on Monday gave Islamabad 72 hours": from Monday
            setter = _setter(doc, grant.start)
            if setter is not None and setter == _recipient(doc, index, grant, d.start):
                setter = None  # "the Board ... gave Tehran 30 days": the giver is not the one given the time
            if setter is not None and grant.label == "GRANT" and passive and setter == _passive_subject(doc, grant):
                # "Moscow was given 90 days to comply": the subject of a passive grant holds the time
                setter = _passive_agent(doc, index, purpose_at)
            out.append(_Candidate(grant.start, d.end, index, due, False, setter, granted=True))
            break
        else:
            if (span := _WORDED_SPAN.match(doc.text, grant.end)) is not None and grant.label == "GRANT":
                # "gave Washington a one-month opportunity": a span spelt in words, granted as a chance
                worded = _after(doc.published, count_value(span.group(1)), span.group(2).lower())
                if worded is not None:
                    setter = _setter(doc, grant.start)
                    if setter is not None and setter == _recipient(doc, index, grant, span.start(1)):
                        setter = None
                    out.append(_Candidate(grant.start, span.end(), index, worded, False, setter, granted=True))
            elif grant.label == "GRANT" and (more := _TIME_SPAN.match(doc.text, grant.end)) is not None \
                    and (extra := _after(doc.published, count_value(more.group(1)), more.group(2).lower())) is not None:
                # "grant Seoul 30 days of time to answer": a span told as an amount of time
                setter = _setter(doc, grant.start)
                if setter is not None and setter == _recipient(doc, index, grant, more.start(1)):
                    setter = None
                out.append(_Candidate(grant.start, more.end(), index, extra, False, setter, granted=True))
            elif (more := _MORE_SPAN.match(doc.text, grant.end)) is not None and not _off_topic_act(doc, index, more.end(2)) \
                    and (extra := _after(doc.published, count_value(more.group(1)), more.group(2).lower())) is not None:
                # "Iran gets three more weeks to answer", "gave Seoul two extra days to": more time, spelt in words
                held = grant.label == "HOLD" or doc.text[grant.start : grant.end].lower() in _GETS
                setter = None if held else _setter(doc, grant.start)
                if setter is not None and setter == _recipient(doc, index, grant, more.start(1)):
                    setter = None
                out.append(_Candidate(grant.start, more.end(2), index, extra, False, setter, granted=True))
    return out


# "handed a week on Friday to": a past weekday told right after the span granted
_ISSUED_AFTER = re.compile(r"\s+on\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
# "a further month, beginning now": a span granted from now on
_STARTING_NOW = re.compile(r"(?:\s+of\s+time)?,?\s+(?:starting|beginning|effective|as\s+of)\s+(?:from\s+)?(?:today|now)\b", re.IGNORECASE)


def _issued_after(doc: Document, end: int) -> tuple[date | None, int]:
    """The past weekday a span was given on, named right after it ("10 days on Monday"), and where
    the span's purpose may then start; (None, end) if there is none."""
    m = _ISSUED_AFTER.match(doc.text, end)
    if m is None:
        return None, end
    for d in doc.dates(m.end(), m.end() + 12, future=False):
        if d.start == m.end() and d.value is not None and not d.relative and d.value <= doc.published \
                and doc.published - d.value <= timedelta(days=7):
            return d.value, d.end
    return None, end


_TIME_SPAN = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){0,6}?(" + COUNT_PATTERN + r")\s+(?:(?:more|extra|additional)\s+)?(day|week|month)s?\s+of\s+time"
    r"(?=\s+to\s|,?\s+(?:starting|beginning)\s+(?:from\s+)?(?:today|now)\b)",
    re.IGNORECASE,
)
_MORE_SPAN = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){0,4}?(" + COUNT_PATTERN + r")\s+(?:more|extra|additional)\s+(day|week|month)s?(?=\s+to\s)",
    re.IGNORECASE,
)


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


# "a one-month opportunity", "a 30-day window": a span in words or digits (dates.py's counts)
_WORDED_SPAN = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){1,5}?(?:a|an)\s+(" + COUNT_PATTERN + r")[\s\-](day|week|month)s?[\s\-]+"
    r"(?:opportunity|window|grace\s+period|reprieve|ultimatum|deadline)\b",
    re.IGNORECASE,
)


def _after(published: date, n: int, unit: str) -> date | None:
    """published + n days, weeks or months (a month's day clamped to the month's end)."""
    if n <= 0:
        return None
    if unit == "month":
        return add_months(published, n)
    return published + timedelta(days=n * (7 if unit == "week" else 1))


# "India on Monday gave ...", "On March 7, 2025, the group gave ...": the day the time was given
_GIVEN_ON = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|on\s+", re.IGNORECASE)
_GIVEN_REACH = 70


def _issue_day_named(doc: Document, d: DateMention) -> bool:
    """A date told as the day something was given: "on Monday", "two months ago (I gave them 60 days)"."""
    return doc.text[d.end - 4 : d.end].lower() == " ago" or _GIVEN_ON.match(doc.text[max(0, d.start - 3) : d.end].lstrip()) is not None


def _given_on(doc: Document, index: int, grant: Hit) -> date | None:
    """The past day a granted span was given on, named before the granting verb in its clause."""
    if grant.label != "GRANT":
        return None
    clause = doc.clause_at(grant.start)
    lo = max(doc.sentences[index][0], grant.start - _GIVEN_REACH)
    for d in reversed(doc.dates(lo, grant.start, future=False)):
        if d.value is None or d.vague_past or d.relative or d.value >= doc.published or d.end > grant.start:
            continue
        if (doc.clause_at(d.start) != clause and doc.text[d.end : d.end + 1] != ",") or not _issue_day_named(doc, d):
            continue
        if doc.published - d.value > timedelta(days=3660):
            continue
        return d.value
    return None


_WITH_ARTICLE = re.compile(r"\b(?:a|an)\s*$", re.IGNORECASE)


def _recipient(doc: Document, index: int, grant: Hit, limit: int) -> str | None:
    """The state given the time: an actor between the granting verb and the duration."""
    if grant.label == "HOLD":
        return None
    return next((code_of(h) for h in doc.hits("actors", index, "ACTOR") if grant.end <= h.start < limit), None)


# "leaving the Security Council until Sept. 27 to decide": time left to a party, with a purpose
_LEAVE_REACH = 50
_LEAVE_PURPOSE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)\w", re.IGNORECASE)


def _leave_candidates(doc: Document, index: int, leaves: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    out = []
    for leave in leaves:
        for limit in doc.between("deadline", leave.end, leave.end + _LEAVE_REACH, "LIMIT"):
            if doc.text[limit.start : limit.end].lower() not in ("until", "till"):
                continue
            when = next((d for d in dates if 0 < d.start - limit.end <= 2), None)
            if when is None or when.value is None or when.vague_past or not _LEAVE_PURPOSE.match(doc.text, when.end):
                continue
            if doc.clause_at(leave.start) != doc.clause_at(limit.start):
                continue
            out.append(_Candidate(leave.start, when.end, index, when.value, not when.relative, _setter(doc, leave.start)))
            break
    return out


_BEFORE_UNLESS = re.compile(r"\s*,?\s*")
_AT_DAY = re.compile(r"\b(?:at|on|by|before|in|within|from|starting|as\s+of)\s+$", re.IGNORECASE)
_IF_NOT = re.compile(_IF_NOT_TEXT, re.IGNORECASE)
_FROM_DAY = re.compile(r"\b(?:from|starting|as\s+of)\s+$", re.IGNORECASE)
# "the treaty lapses on", "the restrictions will be lifted on", "is due to terminate on": an arrangement's
# own end, which no party in the clause set ("runs out on June 30 unless Congress renews it": null)
_EXPIRY_VERB = re.compile(
    r"\b(?:expir\w*|laps\w*|terminat\w*|runs?\s+out|ran\s+out|end|ends|be\s+lifted|is\s+lifted|are\s+lifted)"
    r"\s+(?:at|on|by|in)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
# "the talks end on Friday unless ...": a meeting's close, not a limit set in the domain
_MEETING = re.compile(r"\b(?:talks|meetings?|summit|session|conference|visit|hearings?|exercises?|drills?|games|tournament|parades?|ceremony|festival|exhibition)\b", re.IGNORECASE)


def _unless_candidates(doc: Document, index: int, unless: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    """'sanctions would return at the end of September unless Iran restores access': a coming
    day that a consequence falls on unless a demand is met is an ultimatum's deadline."""
    out = []
    for u in unless:
        for d in dates:
            if d.value is None or d.vague_past or d.end > u.start or not _BEFORE_UNLESS.fullmatch(doc.text, d.end, u.start):
                continue
            if d.value < doc.published or not _AT_DAY.search(doc.text, max(0, d.start - 12), d.start):
                continue
            clause = doc.clause_at(d.start)
            setter = _setter(doc, d.start)
            expiry = _EXPIRY_VERB.search(doc.text, max(clause[0], d.start - 30), d.start)
            if u.id == "if_not" and expiry is None and (d.relative or not _FROM_DAY.search(doc.text, max(0, d.start - 12), d.start)):
                # "will test in 2026 if talks do not resume": a conditional plan, not an expiry forcing action;
                # but "will end the inspections from Tuesday if sanctions are not lifted": a step due on a day unless met
                continue
            if expiry is not None:
                if _MEETING.search(doc.text, clause[0], expiry.start()) and not _ARRANGEMENT.search(doc.text, clause[0], expiry.start()):
                    continue  # "the talks end on Friday unless ...": a meeting's schedule
                actors = [h for h in doc.hits("actors", index, *_ACTOR_LABELS) if clause[0] <= h.start and h.end <= expiry.start()]
                if not any(not is_object(doc, h) for h in actors):
                    setter = None  # "the accord terminates on March 1 unless Moscow ... extends it": no party set it
            out.append(_Candidate(d.start, u.end, index, d.value, not d.relative, setter))
    return out or _fronted_unless(doc, index, unless, dates)


_EXPIRES = r"(?:expires?|lapses?|terminates?|runs\s+out|ends|(?:will|would|is\s+(?:due|set)\s+to)\s+(?:end|expire|lapse|terminate|run\s+out|be\s+lifted)|is\s+lifted)"
# "On Saturday the ceasefire ends unless ...", "By March 1, the waiver expires unless ...": the day put
# before the clause whose end it dates
_FRONTED_DAY = re.compile(r"[\"“]?(?:On|By)\s+$")
_FRONTED_END = re.compile(r"\s*,?\s+(?:[\w.'’\-]+\s+){1,5}?" + _EXPIRES + r"\s*,?\s*", re.IGNORECASE)
# "February 5 is when New START lapses unless ...": the day as the subject of a cleft
_CLEFT_DAY = re.compile(r"[\"“]?$")
_CLEFT_END = re.compile(r"\s+is\s+when\s+(?:[\w.'’\-]+\s+){1,5}?" + _EXPIRES + r"\s*,?\s*", re.IGNORECASE)


def _fronted_unless(doc: Document, index: int, unless: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    """An arrangement's end dated by a day fronted before its clause (or the subject of a cleft),
    unless someone acts: that day is the deadline; no party in the clause set it."""
    s = doc.sentences[index][0]
    for u in unless:
        for d in dates:
            if d.value is None or d.vague_past or d.end > u.start or d.value < doc.published:
                continue
            if _FRONTED_DAY.fullmatch(doc.text, s, d.start) and _FRONTED_END.fullmatch(doc.text, d.end, u.start):
                start = s
            elif _CLEFT_DAY.fullmatch(doc.text, s, d.start) and _CLEFT_END.fullmatch(doc.text, d.end, u.start):
                start = d.start
            else:
                continue
            if _MEETING.search(doc.text, d.end, u.start) and not _ARRANGEMENT.search(doc.text, d.end, u.start):
                continue  # "On Friday the talks end unless ...": a meeting's schedule
            return [_Candidate(start, u.end, index, d.value, not d.relative, None)]
    return []


# "Seven days have been allowed for X to leave", "less than three weeks remain for Tehran to": the span
# first, then the verb that holds it for a party, then the act due
_SPAN_HELD = re.compile(
    r"(?:[\w\-]+\s+){0,2}?(?:hours?|days?|weeks?|months?)\s+"
    r"(remain(?:s|ed)?|(?:are|is|were|was)\s+left|(?:have|has|had)\s+been\s+(?:allowed|given|granted)|(?:were|was)\s+(?:allowed|given|granted))"
    r"(?=\s+(?:(?:for|to)\s+(?:[\w.'’\-]+\s+){1,4}?)?to\s+(?!the\b|a\b|an\b)[a-z])",
    re.IGNORECASE,
)


def _held_candidates(doc: Document, index: int, held: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    out = []
    for h in held:
        span = next((d for d in dates if d.relative and d.value is not None and d.end <= h.start and not doc.text[d.end : h.start].strip()), None)
        if span is not None and not _off_topic_act(doc, index, h.end):
            out.append(_Candidate(span.start, h.end, index, span.value, False, None, granted=True))
    return out


# "has just under a period of 30 days to": how far back a holding verb may open a span
_HOLD_REACH = 45


def _duration_cues(doc: Document) -> dict[int, list[Hit]]:
    """Per sentence, cues made of common words that count only before a date expression, found
    from the article's (few) date starts rather than lexicon hits on its (many) words:
    'in' opening a duration ("in two weeks' time") and 'has' holding one ("Iran has 60 days to")."""
    out: dict[int, list[Hit]] = {}
    text = doc.text
    for d in doc.date_starts():
        if text[d : d + 3].lower() == "in ":
            hit = Hit(d, d + 2, "LIMIT_IN", "in")
        elif ("ha" in (before := text[max(0, d - _HOLD_REACH) : d]) or "Ha" in before or "HA" in before) and (m := _HOLDS.search(text, max(0, d - _HOLD_REACH), d)):
            hit = Hit(m.start(1), m.end(1), "HOLD", "have")
        elif (m := _SPAN_HELD.match(text, d)) is not None:
            hit = Hit(m.start(1), m.end(1), "HELD", "held")
        else:
            continue
        out.setdefault(doc.sentence_index(d), []).append(hit)
    return out


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
    """'A new deadline ... is expected to be set for July 1' a few sentences after the talks' deadline
    was named beside their nuclear topic: a deadline noun with no domain cue near it, in an article
    about the domain, carries on the topic of the deadline named just before (no distractor of its own)."""
    if not doc.in_domain or doc.hits("domain", index, "DISTRACTOR") or doc.hits("deadline", index, "OFFTOPIC"):
        return False
    return any(
        _dated_limits(doc, i, doc.hits("deadline", i, "DEADLINE")) and doc.sentence_in_domain(i)
        for i in range(max(0, index - _FOLLOW_BACK), index)
    )


_BY_AMOUNT = re.compile(r"\bby\s+$", re.IGNORECASE)
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


# "should no deal be reached by ..." is an inverted condition; "should no longer be tested by 2030" is none
_NO_LONGER = re.compile(r"\s+longer\b", re.IGNORECASE)


def _ultimatum_span(found: list[_Candidate]) -> list[_Candidate]:
    """'issued an ultimatum to X demanding that he leave within 48 hours': an undated ultimatum noun
    and the span counted from now later in its sentence are one deadline, due at the span's end."""
    for i, c in enumerate(found):
        if c.due is not None or c.absolute:
            continue
        later = next((x for x in found[i + 1 :] if x.granted and x.due is not None and 0 <= x.start - c.end <= _DEMAND_REACH), None)
        if later is not None:
            c.due, c.end, c.granted = later.due, max(c.end, later.end), True
            return [x for x in found if x is not later]
    return found


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


# '"Free them all by Saturday noon, or the truce is over"': an act due by a day, then what follows if not
_BY_OR_ELSE = re.compile(
    r"\b(?:by|before)\s+[^,;.]{1,30}?,\s+or\s+(?:else\b|(?!(?:the\s+)?(?:day|week|month|year|following|next|end|weekend)\b)"
    r"(?:the|it|they|we|you|he|she|there|this|that)\b)",
    re.IGNORECASE,
)


def _deadline_candidates(doc: Document, index: int, common: list[Hit]) -> list[_Candidate]:
    hits = doc.hits("deadline", index)
    nouns = [h for h in hits if h.label == "DEADLINE"]
    nouns = _dated_limits(doc, index, nouns)
    limits = [h for h in hits if h.label == "LIMIT"] + [h for h in common if h.label == "LIMIT_IN"]
    grants = [h for h in hits if h.label == "GRANT"] + [h for h in common if h.label == "HOLD"]
    unless = [h for h in hits if h.label == "UNLESS"] + [
        Hit(h.start, h.start + 2, "UNLESS", "if_not") for h in hits
        if h.label == "CONDITION" and doc.text[h.start : h.end].lower() == "if" and _IF_NOT.match(doc.text, h.start)
    ]
    leaves = [h for h in hits if h.label == "LEAVE"] if limits else []
    held = [h for h in common if h.label == "HELD"]
    if not nouns and not limits and not grants and not unless and not held:
        return []
    conditional = any(
        h.label == "CONDITION" and not _NO_LONGER.match(doc.text, h.end) and _own_reply_limit(doc, h, limits) for h in hits
    ) or bool(nouns) or any(
        _QUOTED_UNTIL.search(doc.text, max(0, h.start - 12), h.start) for h in limits if h.id == "prep"
    ) or _hoped_of(doc, hits, limits) or (bool(limits) and _reply_due(doc, index)) or (
        bool(limits) and _BY_OR_ELSE.search(doc.text, *doc.sentences[index]) is not None
    ) or (bool(limits) and _committed_step(doc, limits))
    forced = _meets_expiry(doc, index, limits) if limits and not conditional else []
    conditional = conditional or bool(forced)
    if not conditional and not grants and not leaves and not held:  # no deadline noun, and _limit_candidates keeps no unconditional limit
        return []
    if not (doc.sentence_in_domain(index) or (nouns and (_follows_deadline(doc, index) or _moved_deadline(doc, index, nouns)))) \
            or not _own_topic(doc, index):
        return []
    s, e = doc.sentences[index]
    dates = _year_ends(doc, doc.dates(s, e, future=True))
    found = _noun_candidates(doc, index, nouns, dates) + _limit_candidates(doc, index, limits, dates, conditional, forced)
    if len(found) > 1 and nouns:
        found = _ultimatum_span(found)
    if len(found) > 1 and any(c.absolute for c in found):
        # "gave shippers until Friday to halt calls, ... once the deadline passed": the undated noun is that limit
        found = [c for c in found if c.absolute or c.due is not None]
    if leaves and not found:
        found = _leave_candidates(doc, index, leaves, dates)
    if unless and not found:
        found = _unless_candidates(doc, index, unless, dates)
    if grants and not found:
        found = _grant_candidates(doc, index, grants, dates, conditional)
    if held and not found:
        found = _held_candidates(doc, index, held, dates)
    return found


def _anchor(doc: Document, c: _Candidate, absolute: list[_Candidate]) -> date | None:
    """The dated deadline an undated or only sized one refers to: the article's first, unless the
    sized one is set by another party ("Trump set a two-month deadline" beside the E3's October
    expiry) -- that one counts from publication."""
    if not absolute:
        return None
    if c.due is not None and c.set_by is not None:
        same = [a for a in absolute if a.set_by == c.set_by]
        return _coarser(doc, c, same[0]) if same else None
    return _coarser(doc, c, absolute[0])


# "... by September", "in October 2019": a month named alone, which the date grammar reads as its first day
_MONTH_ALONE = re.compile(
    r"\b(?:by|before|in|until|till|beyond|after|from|of)\s+(?:early[\s\-]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:,?\s+(?:19|20)\d\d)?$"
)


def _coarser(doc: Document, c: _Candidate, a: _Candidate) -> date | None:
    """The day `a` fixes for the sized (or undated) `c`, unless `a` only names a month and `c`'s own
    count from publication falls in that month ("a 60-day deadline" in July, "won't offer further time
    by September"): the count is the finer of the two."""
    if c.sized and c.due is not None and a.due is not None and a.due.day == 1 and (c.due.year, c.due.month) == (a.due.year, a.due.month) \
            and _MONTH_ALONE.search(doc.text, max(a.start, a.end - 30), a.end):
        return None
    return a.due


_CONJUNCTION_TAIL = re.compile(r"[\s,;]+(?:and|but|while|as)?\s*$", re.IGNORECASE)


def _second_deadline(doc: Document, previous: _Candidate | None, c: _Candidate, prev: Match, due: date | None) -> bool:
    """Two deadlines of one sentence with different days, the second after the first's date."""
    if previous is None or previous.sentence != c.sentence or c.start < previous.end or due is None:
        return False
    return prev.attrs["due"] is not None and prev.attrs["due"] != due.isoformat()


_END_OF_YEAR = re.compile(r"(?:\bthe\s+)?\bend\s+of\s+$", re.IGNORECASE)


# "expires on Oct. 18 next year": a day of the month placed in the year after publication
_NEXT_YEAR = re.compile(r",?\s+(?:of\s+)?(next|last)\s+year\b", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_ends(doc: Document, dates: list[DateMention]) -> list[DateMention]:
    """'expired at the end of 2019': a bare year after 'end of' is that year's Dec 31, a day, not a
    vague past (the date grammar reads the year alone); 'on Oct. 18 next year': that day of the
    year after publication."""
    out = []
    for d in dates:
        if d.value is not None and not d.relative and d.value.year in (doc.published.year, doc.published.year + 1) and doc.text[d.end : d.end + 1] in (" ", ",") \
                and (m := _NEXT_YEAR.match(doc.text, d.end)) and not _HAS_YEAR.search(doc.text, d.start, d.end):
            year = doc.published.year + (1 if m.group(1).lower() == "next" else -1)  # "the end of August last year"
            value = d.value
            try:
                d = DateMention(d.start, m.end(), value.replace(year=year))
            except ValueError:  # Feb. 29
                d = DateMention(d.start, m.end(), value.replace(year=year, day=28))
        if d.vague_past and d.end - d.start == 4 and doc.text[d.start : d.end].isdigit():
            m = _END_OF_YEAR.search(doc.text, max(0, d.start - 12), d.start)
            if m:
                d = DateMention(m.start(), d.end, date(int(doc.text[d.start : d.end]), 12, 31))
        out.append(d)
    return out


_MISSED_BEFORE = re.compile(
    r"\b(?:missed|ignored|flouted|defied|blew\s+(?:past|through)|failed\s+to\s+meet|did\s+not\s+meet)\s+"
    r"(?:(?:a|an|the|its|their|his|her|this|that|earlier|previous|first|second|last|[\w\-]+-(?:day|week|month))\s+){0,3}$",
    re.IGNORECASE,
)
_PASSED_AFTER = re.compile(r"\s+(?:had\s+)?(?:passed|expired|lapsed|ran\s+out)\b", re.IGNORECASE)


def _missed(doc: Document, c: _Candidate) -> bool:
    """A deadline said to be missed or gone by: 'ignored the deadline', 'the deadline passed'."""
    return bool(_MISSED_BEFORE.search(doc.text, max(0, c.start - 50), c.start) or _PASSED_AFTER.match(doc.text, c.end))


# "triggered a 30-day process to restore sanctions", "at the end of the 30-day window on September 28":
# a running clock started on a named day, or closing on one, is a deadline
_CLOCK_SPAN = re.compile(
    r"\b(" + COUNT_PATTERN + r")[\s\-](day|week|month)s?[\s\-]+(process|window|countdown|clock|period)\b", re.IGNORECASE
)
# the unit and noun alone: a cheap test that most articles fail, before the count pattern runs
_CLOCK_NOUN = re.compile(r"(?:day|week|month)s?[\s\-]+(?:process|window|countdown|clock|period)\b")  # on lower-cased text
_CLOCK_STARTED = re.compile(
    r"\b(?:launch|trigger|start|beg[au]n|initiat|set\s+off|kick\w*\s+off|activat|invok)\w*\s+(?:a|an|the)\s+$", re.IGNORECASE
)
# the clock started in the present (or about to be): "starts a 180-day clock", "will trigger a 30-day countdown"
_CLOCK_STARTS_NOW = re.compile(
    r"\b(?:(?:launches|triggers|starts|begins|initiates|activates|invokes|sets\s+off|kicks\s+off)"
    r"|(?:will|would|is\s+to|is\s+set\s+to)\s+(?:launch|trigger|start|begin|initiate|activate|invoke|set\s+off|kick\s+off))\s+(?:a|an|the)\s+$",
    re.IGNORECASE,
)
_CLOCK_ENDS = re.compile(r"\s+(?:ends|expires|closes|runs\s+out|lapses)?\s*(?:on|by)\s+$", re.IGNORECASE)
_CLOCK_END_OF = re.compile(r"\b(?:end|close|expiry)\s+of\s+(?:the|a|its|this|that)\s+$", re.IGNORECASE)
_CLOCK_PURPOSE = re.compile(r"\s+(?:to|for|that|which|before|after|on|towards?)\b", re.IGNORECASE)  # "a six-month clock on an exit"


_CLOCK_DOMAIN_ACT = re.compile(
    r"\b(?:exit|withdraw\w*|accord|treaty|deal|compliance|sanctions|snapback|talks|negotiations|ceasefire|truce|inspect\w*)\b",
    re.IGNORECASE,
)
_CLOCK_START_AFTER = 90  # chars after the clock to the day it was started on
_CLOCK_PURPOSE_REACH = 70  # chars after the clock to the party or act it runs for


def _domain_purpose(doc: Document, index: int, pos: int) -> bool:
    """'starts a 30-day clock for Iran to return to compliance', '... to restore UN sanctions': the clock runs for
    a state or a domain act (not "a 90-day clock for companies to file environmental reports")."""
    hi = min(doc.clause_at(pos)[1], pos + _CLOCK_PURPOSE_REACH)
    if _off_topic_act(doc, index, pos):
        return False
    return any(pos <= h.start < hi for h in doc.hits("actors", index, "ACTOR", "GROUP", "BODY")) or bool(
        doc.between("domain", pos, hi, "DOMAIN") or doc.between("weapons", pos, hi, "WEAPON") or _CLOCK_DOMAIN_ACT.search(doc.text, pos, hi)
    )


def _clock_candidates(doc: Document) -> list[_Candidate]:
    """A domain clock of N days: started on a stated past day (due that day plus N), or ending on a named day."""
    out: list[_Candidate] = []
    if _CLOCK_NOUN.search(doc.text.lower()) is None:
        return out
    for m in _CLOCK_SPAN.finditer(doc.text):
        index = doc.sentence_index(m.start())
        if not doc.sentence_in_domain(index) or not _own_topic(doc, index):
            continue
        clause = doc.clause_at(m.start())
        s, e = doc.sentences[index]
        dates = [d for d in doc.dates(s, e, future=True) if d.value is not None and not d.relative and not d.vague_past]
        n, unit, noun = count_value(m.group(1)), m.group(2).lower(), m.group(3).lower()
        if _MEETING.search(doc.text, m.end(), min(e, m.end() + 40)):
            continue
        # closing on a named day: "the 30-day window on September 28", "the 60-day period ends on May 2"
        closing = next((d for d in dates if m.end() < d.start <= m.end() + 25 and _CLOCK_ENDS.fullmatch(doc.text, m.end(), d.start)), None)
        if closing is not None and closing.value is not None and (
            _CLOCK_END_OF.search(doc.text, max(0, m.start() - 20), m.start()) or doc.text[m.end() : closing.start].strip().lower() not in ("on", "by")
        ):
            out.append(_Candidate(m.start(), closing.end, index, closing.value, True, None))
            continue
        if noun == "period" or not _CLOCK_STARTED.search(doc.text, max(clause[0], m.start() - 40), m.start()):
            continue
        if not _CLOCK_PURPOSE.match(doc.text, m.end()):
            continue
        started = [
            d for d in doc.dates(max(s, m.start() - 90), m.start(), future=False)
            if d.value is not None and not d.relative and not d.vague_past and d.value <= doc.published and doc.published - d.value < timedelta(days=120)
        ]
        if not started and not _CLOCK_STARTS_NOW.search(doc.text, max(clause[0], m.start() - 40), m.start()) and _domain_purpose(doc, index, m.end()):
            # "opened a 60-day window for restoring sanctions on Monday": the start day told after the clock
            started = [
                d for d in doc.dates(m.end(), min(clause[1], m.end() + _CLOCK_START_AFTER), future=False)
                if d.value is not None and not d.relative and not d.vague_past and d.value <= doc.published
                and doc.published - d.value < timedelta(days=8) and doc.text[d.start - 4 : d.start].lower() == " on "
            ]
        if started and started[-1].value is not None:
            due = _after(started[-1].value, n, unit)
        elif _CLOCK_STARTS_NOW.search(doc.text, max(clause[0], m.start() - 40), m.start()) and not started and _domain_purpose(doc, index, m.end()):
            due = _after(doc.published, n, unit)  # "the notice starts a 180-day clock to ...": running from now
        else:
            continue
        end = _CLOCK_PURPOSE.match(doc.text, m.end())
        out.append(_Candidate(m.start(), end.end() if end else m.end(), index, due, True, None))
    return out


def find_deadlines(doc: Document) -> list[Match]:
    """Deadline mentions; an undated one, or one only sized ("Iran's two-month deadline"), inherits
    the article's first explicitly dated deadline; time granted from now keeps its own day."""
    if not doc.in_domain:
        return []
    # EXPIRE, EXPIRE_ON: "the pact lapses on Feb. 5 if the sides do not extend it" (an if-not condition is no UNLESS cue)
    # IF_NOT: "will end the inspections from Tuesday if sanctions are not lifted" (a demand unmet in the passive)
    cued = doc.sentences_with("deadline", "DEADLINE", "LIMIT", "GRANT", "UNLESS", "EXPIRE", "EXPIRE_ON", "IF_NOT")
    common = _duration_cues(doc)
    if common:
        cued = sorted({*cued, *common})
    candidates = [c for i in cued for c in _deadline_candidates(doc, i, common.get(i, []))]
    clocks = _clock_candidates(doc)
    # "on Thursday started a 30-day countdown": the day is the clock's start, not a deadline of its own
    started = [c for c in clocks if c.due is not None and any(x.sentence == c.sentence and x.due is not None and x.due < c.due and x.start <= c.end and c.start <= x.end for x in candidates)]
    if started:
        candidates = [x for x in candidates if not any(x.sentence == c.sentence and x.start <= c.end and c.start <= x.end for c in started)]
    clocks = [c for c in clocks if not any(x.sentence == c.sentence and x.start <= c.end and c.start <= x.end for x in candidates)]
    if clocks:
        candidates = sorted(candidates + clocks, key=lambda c: c.start)
    absolute = [c for c in candidates if c.absolute]
    out: list[Match] = []
    previous: _Candidate | None = None
    for c in candidates:
        if c.refers:  # the same deadline named again: the same setter
            c.set_by = next((a.set_by for a in candidates if a.due == c.due and a is not c and a.start < c.start), c.set_by)
        anchor = _anchor(doc, c, absolute)
        inherited = not (c.absolute or c.granted) and anchor is not None  # the day is the anchor's, not c's own
        due = anchor if inherited else c.due
        if inherited and anchor is not None and anchor >= doc.published and _missed(doc, c):
            due = None  # "as the Europeans missed a 60-day deadline": gone by, not the coming day named elsewhere
        if c.sized and anchor is None:
            due = _phase_anchor(doc, c) or due
        s, e = doc.evidence(c.sentence, c.start, c.end)
        if out and out[-1].end > s:  # one clause, one deadline
            if not _second_deadline(doc, previous, c, out[-1], due):
                continue
            if previous is not None:  # always, once a deadline is out
                s = max(s, previous.end)  # "the option expires on Oct. 18, and they would use it by the end of August"
            while s < c.start and not doc.text[s].isalnum():
                s += 1
            cut = _CONJUNCTION_TAIL.sub("", doc.text[out[-1].start : s]).rstrip(" ,;")
            if cut:
                first = out.pop()
                out.append(Match(kind="deadline", start=first.start, end=first.start + len(cut), text=cut, attrs=first.attrs))
        previous = c
        attrs = {"due": due.isoformat() if due else None, "set_by": c.set_by}
        out.append(Match(kind="deadline", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    return out
