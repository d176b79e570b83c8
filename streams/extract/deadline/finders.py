"""Candidate deadlines in a sentence, one finder per cue family: deadline nouns, limit words, time
granted or held, time left, 'unless' clauses, and running clocks.

Apart because each finder matches its own phrasing; they share only the setter and due-day readings.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from streams.extract.actors import is_object
from streams.extract.dates import COUNT_PATTERN, DateMention, count_value
from streams.extract.deadline.due import (
    _PAST_GAP,
    _SPAN_AHEAD,
    _after,
    _bare_day,
    _Candidate,
    _expiry_ref,
    _given_on,
    _issued_after,
    _issued_day,
    _issued_now,
    _issued_on,
    _missed_weekday,
    _past_dated,
    _past_reading,
    _past_weekday,
    _set_in_year,
    _span_ahead,
    _spoken_on,
    _stated_expiry,
)
from streams.extract.deadline.gates import (
    _CLOCK_DOMAIN_ACT,
    _MEETING,
    _MOVED_VERBS,
    _moved_before,
    _own_topic,
)
from streams.extract.deadline.setter import (
    _ACTOR_LABELS,
    _REFERS_BACK,
    _condition_setter,
    _passive_agent,
    _passive_subject,
    _recipient,
    _set_by,
    _setter,
    _unnamed_condition,
)
from streams.extract.document import Document
from streams.extract.lexicon import Hit

_NEAR = 60  # chars between a deadline noun and the date that fixes it

_EVENT_GAP = 40  # "before the summit on March 23": a limit fixed by a dated event
# "quoted by the Interfax news agency in March": the agent of a passive, not a limit fixed by a dated event
_PASSIVE_AGENT = re.compile(r"\b[a-z]+(?:ed|en|wn)\s+by$", re.IGNORECASE)
# "before the summit on March 23"; "before the notice period ends on Dec. 18": the span's own end, dated
_EVENT_DATED = re.compile(r"\s+the\s+(?:[\w\-]+\s+){1,3}(?:(?:ends|expires|lapses|runs\s+out|closes)\s+)?(?:on|of|in)\s+", re.IGNORECASE)

_GRANT_GAP = 60  # chars between 'gave' and the duration granted
# "gave Iran just 30 days", "Iran has less than three weeks to", "has just under a month to"
_QUALIFIER = r"(?:(?:just|only|another|a\s+further|(?:just\s+|only\s+|a\s+little\s+|slightly\s+)?(?:less|fewer)\s+than|(?:just\s+)?under|barely)\s+)?"
_GRANT_GAP_WORDS = re.compile(r"\s+(?:[\w.'’\-]+\s+){1,7}" + _QUALIFIER + "[\"“‘']?")  # 'gave Iran "two weeks" to'
# 'US gives Tehran "two weeks"': a quoted span given to a named state is a cited ultimatum, purpose or not
# "is granting 45 days to the Europeans to restore trade": the span straight after the verb,
# then the party given it, then the act due
_SPAN_FIRST = re.compile(r"\s+" + _QUALIFIER)
_RECIPIENT_PURPOSE = re.compile(
    r"\s+to\s+(?:the\s+|(?-i:[A-Z]))[\w.'’\-]*(?:\s+[\w.'’\-]+){0,3}?\s+to\s+(?!the\b|a\b|an\b)[a-z]", re.IGNORECASE
)
_QUOTED_SPAN = re.compile(r"[\"“‘']$")
_MORE_TIME = re.compile(r"\b(?:another|a\s+further|an\s+extra|only|just)\s+$", re.IGNORECASE)
_QUOTE_CLOSES = re.compile(r"[,.!?]?[\"”]")
_OPEN_QUOTE = re.compile(r"[\"“][^\"”]*$")  # a quotation opened before this point and still open
_QUOTE_END = re.compile(r"[\"”’']\s*(?:[,.;:!?\n]|$)")
# "Russia has a 60-day window to", "Iran has a period of 30 days to"
_ARTICLE = r"(?:(?:a|an)\s+)?(?:(?:period|window|span|maximum|total)\s+of\s+)?"
_HAVE_GAP = re.compile(r"\s+" + _QUALIFIER + _ARTICLE + "[\"“‘]?", re.IGNORECASE)  # 'had "two weeks" to' 
_HOLDS = re.compile(r"\b(has|have|had)\s+" + _QUALIFIER + _ARTICLE + "[\"“‘]?$", re.IGNORECASE)
# "Hamas was given", "the junta was today given", "Seoul has now been granted": a passive, one adverb allowed
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:today|yesterday|now|also|formally|effectively|reportedly|again|just|only|finally)\s+)?$",
    re.IGNORECASE,
)
_GRANT_PURPOSE = re.compile(
    r"(?:,\s*(?:maximum|max|tops|at\s+most|at\s+the\s+most)\b)?[\"”’]?(?:\s+by\s+(?:the\s+)?(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,2})?,?\s+(?:(?:window|period|grace\s+period|deadline|ultimatum|extension|reprieve)\s+)?(?:to|in\s+which\s+to)\s",
    re.IGNORECASE,
)
# 'gave Washington a one-month opportunity', 'a two-week window': a span granted as a chance to act
_GRANTED_SPAN = re.compile(r"[\s\-]+(?:opportunity|window|grace\s+period|reprieve|ultimatum|deadline)\b", re.IGNORECASE)

_TARGET_REACH = 90
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)  # "will decide in two weeks whether to strike"
_ON_AT = re.compile(r"\s+(?:on|at|by)\s+", re.IGNORECASE)
# "until 6 p.m. on Friday": a time of day between the limit word and its day; "by 9 pm (1800 GMT) on
# Sunday": a time-zone gloss in brackets after it, up to a few words
_CLOCK_GAP = re.compile(
    r"\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight|(?:the\s+)?(?:close|end)\s+of\s+(?:business|play|the\s+day))"
    r"(?:\s+\(?\w+\)?|\s+\([\w.:\s]{1,30}\))??\s+(?:on\s+)?",
    re.IGNORECASE,
)
# "in two weeks" bounds a demand only in a sentence that says what happens otherwise
# ("Iran will act if the other side does not move in the next two weeks": a condition unmet by then, the same)

# "today issued an ultimatum", "on Monday set a deadline": the day the limit was set, not when it falls due;
# "on Monday moved back the cut-off ... to Friday": the day it was moved, the new day follows
_ISSUED_GAP = re.compile(
    r"\s+(?:(?:has|had|have|also|then|formally|publicly)\s+)?(?:issued|set|gave|imposed|delivered|announced|handed|laid\s+down|slapped"
    r"|" + _MOVED_VERBS + r"|delayed)"
    r"\s+(?:(?:an?|the|its|their|his|her|a\s+(?:new|fresh|final))\s+)?(?:(?:stern|final|new|fresh|formal|blunt|public)\s+)?",
    re.IGNORECASE,
)


# "would not negotiate under ultimatums": a bare plural speaks of deadlines in general
_GENERIC_PLURAL = frozenset({"ultimatums", "deadlines"})
_DETERMINED = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|both|two|three|several|new|latest|earlier|previous|missed|repeated)\s+(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


# "... should be fixed for July 1", "was pushed back to March 31": the noun's day, later in its clause
_SET_FOR = re.compile(
    r"\b(?:set|fixed|moved|pushed(?:\s+back)?|extended|postponed|brought\s+forward)\s+(?:for|to|until|till|at)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
_SET_FOR_REACH = 140


# "Trump said on July 28 that he would shorten the deadline": the day it was spoken of, not its day
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|stated|declared|added|wrote|warned)\s+(?:on\s+)?$", re.IGNORECASE)
_STARTING = re.compile(r"\b(?:starting|beginning|from|effective|counting\s+from)\s+(?:on\s+)?$", re.IGNORECASE)


# "the bloc on Sunday announced a one-week ultimatum", "on Monday gave Norland a 30-day ultimatum": the day
# (past, today, or a weekday told with the past-tense verb) it was issued on, not its day
_DAY_ISSUED = re.compile(
    r"[\s,]+(?:gave|issued|set|handed|imposed|delivered|announced|declared)\s+(?:[\w.'’\-]+\s+){0,3}?(?:an?|the|its|their|his|her)\s+(?:[\w\-]+\s+)?",
    re.IGNORECASE,
)


_HAD_SET = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w.'’\-]+\s+){1,3}?had\s+(?:set|given|imposed|issued|laid\s+down)\b", re.IGNORECASE)


_APPOSITIVE = re.compile(r",\s+(?:which\s+was\s+|that\s+was\s+)?(?:set|imposed|given|issued|fixed|laid\s+down|agreed)\b", re.IGNORECASE)


_PART_OF_MONTH = re.compile(r"\b(?:mid|early|late|middle\s+of|start\s+of|beginning\s+of)[\s\-]*$", re.IGNORECASE)  # "a mid-October deadline"


# "the lab needs more time to perfect the engine", "more time and money to finish it": the time a party's own
# work takes, a limit no one set (not "gave Norland more time", "asked for more time")
_NEEDS_BEFORE = re.compile(
    r"\b(?:needs?|needed|needing|requires?|required|requiring|takes?|took|taking)\s+(?:(?:much|far|a\s+lot|a\s+little|a\s+bit|some)\s+)?$",
    re.IGNORECASE,
)
_AND_EFFORT = re.compile(r"\s+and\s+(?:more\s+)?(?:effort|work|money|resources|investment|research|funding)\b", re.IGNORECASE)


def _own_lead_time(doc: Document, noun: Hit) -> bool:
    if doc.text[noun.start : noun.end].lower() != "more time":
        return False
    return _NEEDS_BEFORE.search(doc.text, max(0, noun.start - 30), noun.start) is not None or _AND_EFFORT.match(doc.text, noun.end) is not None


def _noun_candidates(doc: Document, index: int, nouns: list[Hit], dates: list[DateMention]) -> list[_Candidate]:
    out = []
    for noun in nouns:
        if _own_lead_time(doc, noun):
            continue
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
            and not (d.end <= noun.start and not d.relative and (d.value <= doc.published or d.form == "weekday")
                     and _DAY_ISSUED.fullmatch(doc.text, d.end, noun.start))
        ]
        if not near:  # "the deadline set by Israel for Hezbollah ... expires at midnight"
            expiring = [h.end for h in doc.hits("deadline", index, "EXPIRE") if noun.end < h.start < clause[1]]
            near = [
                d for d in dates
                if d.value is not None and not d.vague_past and clause[0] <= d.start < clause[1]
                and any(0 <= d.start - x <= 4 or _ON_AT.fullmatch(doc.text, x, d.start) for x in expiring)
            ]
        if not near:  # "a fresh deadline for a full accord should be fixed for July 1"
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
        if due is not None and 0 <= noun.start - near[0].end <= 2 and near[0].form == "month" \
                and not _PART_OF_MONTH.search(doc.text, max(0, near[0].start - 12), near[0].start):
            due = date(due.year, due.month, calendar.monthrange(due.year, due.month)[1])  # "a September deadline": its last day
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
        if sized and _issued_now(doc, index, near[0]):
            sized = False  # "on Sunday announced a one-week ultimatum", published that Sunday: counted from now
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
        if due is None and not near and noun.id == "expiry":
            due = _stated_expiry(doc)  # "days before it is due to expire", the day told elsewhere: "it expires on March 9"
        out.append(_Candidate(start, end, index, due, absolute, _set_by(doc, noun), sized=sized))
    return out


# "as the ultimatum expires", "after the deadline he set them lapsed": a sized limit ending at the news
_RUNS_OUT_NOW = re.compile(
    r"[”\"’']?\s+(?:(?!to\b|that\b|which\b|and\b)[\w.'’\-]+\s+){0,4}?(?:expires|expired|has\s+expired|ended|has\s+ended|ran\s+out|runs\s+out|has\s+run\s+out|lapsed|has\s+lapsed)\b",
    re.IGNORECASE,
)


def _line_end(text: str, start: int, end: int) -> int:
    """The end of the line from start, within end: a headline merged with the next line stops there."""
    nl = text.find("\n", start, end)
    return end if nl < 0 else nl


# "a deadline of noon", "the ultimatum expires at 12 noon": a time of day alone, no day named after it
_AT_NOON = r"\s+(?:12\s+)?noon\b(?!\s+(?:on|next|this|tomorrow|\w+day)\b)"
_NOON = re.compile(r"\s+(?:of|at|is|was)" + _AT_NOON, re.IGNORECASE)  # right after the noun
_NOON_EXPIRES = re.compile(r"\s(?:expires|runs\s+out|ends|lapses)\s+at" + _AT_NOON, re.IGNORECASE)  # later in its clause


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
_OTHERWISE = re.compile(
    r"\b(?:unless|or\s+face|or\s+else|otherwise|or\s+risk"
    r"|if\s+(?:[\w.'’\-]+\s+){1,5}?(?:(?:does|do|did)\s+not|doesn[’']t|don[’']t|fail(?:s|ed)?\s+to))\b",
    re.IGNORECASE,
)
# "if the embargo is not lifted in six weeks", "if Europe does not act on it in 60 days": the span is the
# time the unmet condition allows, told inside that condition
_IF_NOT_IN = re.compile(r"\b" + _IF_NOT_TEXT + r"(?:\s+[\w.'’\-]+){0,4}?\s+$", re.IGNORECASE)
_IF_NOT_IN_REACH = 90
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
                     or _IF_NOT_IN.search(doc.text, max(doc.sentences[index][0], limit.start - _IF_NOT_IN_REACH), limit.start)
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
                _PASSIVE.search(doc.text, max(0, grant.start - 24), grant.start) and not doc.text[grant.start : grant.end].lower().endswith("ing")
            )  # "is giving Iran 60 days": a progressive, not a passive
            words = _HAVE_GAP if passive else _GRANT_GAP_WORDS  # "Hamas was given 24 hours to"
            span_first = not passive and _SPAN_FIRST.fullmatch(gap) is not None and _RECIPIENT_PURPOSE.match(doc.text, d.end) is not None
            if not words.fullmatch(gap) and not span_first:
                continue
            # "had been handed a week on Friday to reply": the day the span was given, between it and its purpose
            issued, purpose_at = _issued_after(doc, d.end)
            if headline and _LINE_END.match(doc.text, d.end):
                pass  # the headline states the time given and stops there
            elif _STARTING_NOW.match(doc.text, d.end):
                pass  # "60 more days, starting today": time granted from now, its purpose left unsaid
            elif not span_first and not _GRANT_PURPOSE.match(doc.text, purpose_at) and not (_GRANTED_SPAN.match(doc.text, d.end) and _WITH_ARTICLE.search(gap)) and not (
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


# "a further month, beginning now": a span granted from now on
_STARTING_NOW = re.compile(r"(?:\s+of\s+time)?,?\s+(?:starting|beginning|effective|as\s+of)\s+(?:from\s+)?(?:today|now)\b", re.IGNORECASE)


_TIME_SPAN = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){0,6}?(" + COUNT_PATTERN + r")\s+(?:(?:more|extra|additional)\s+)?(day|week|month)s?\s+of\s+time"
    r"(?=\s+to\s|,?\s+(?:starting|beginning)\s+(?:from\s+)?(?:today|now)\b)",
    re.IGNORECASE,
)
_MORE_SPAN = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){0,4}?(" + COUNT_PATTERN + r")\s+(?:more|extra|additional)\s+(day|week|month)s?(?=\s+to\s)",
    re.IGNORECASE,
)


# "a one-month opportunity", "a 30-day window": a span in words or digits (dates.py's counts)
_WORDED_SPAN = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){1,5}?(?:a|an)\s+(" + COUNT_PATTERN + r")[\s\-](day|week|month)s?[\s\-]+"
    r"(?:opportunity|window|grace\s+period|reprieve|ultimatum|deadline)\b",
    re.IGNORECASE,
)


_WITH_ARTICLE = re.compile(r"\b(?:a|an)\s*$", re.IGNORECASE)


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

_FROM_DAY = re.compile(r"\b(?:from|starting|as\s+of)\s+$", re.IGNORECASE)
# "the treaty lapses on", "the restrictions will be lifted on", "is due to terminate on": an arrangement's
# own end, which no party in the clause set ("runs out on June 30 unless Congress renews it": null)
_EXPIRY_VERB = re.compile(
    r"\b(?:expir\w*|laps\w*|terminat\w*|runs?\s+out|ran\s+out|end|ends|be\s+lifted|is\s+lifted|are\s+lifted)"
    r"\s+(?:at|on|by|in)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


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


_BY_AMOUNT = re.compile(r"\bby\s+$", re.IGNORECASE)


# "triggered a 30-day process to restore sanctions", "when the 30-day window closes on September 28":
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


# "in the last 90 days Norland had a 'last chance' to dismantle the launchers": a final window told as run
# out by the news, so it falls due on the publication day (a plain "had a chance" is no limit)
_PAST_WINDOW = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(" + COUNT_PATTERN + r")\s+(?:day|week|month)s?,?\s+"
    r"(?:[\w.'’\-]+\s+){1,4}?(?:had|was\s+given|has\s+had)\s+(?:a|an|its|their)\s+[\"“‘]?(?:final|last)\s+(?:opportunity|chance)[\"”’]?\s+to\s+\w+",
    re.IGNORECASE,
)


def _past_window_candidates(doc: Document) -> list[_Candidate]:
    """A final window of N days or months said to have run up to the news: due on the publication day."""
    out: list[_Candidate] = []
    for m in _PAST_WINDOW.finditer(doc.text):
        index = doc.sentence_index(m.start())
        if doc.sentence_in_domain(index) and _own_topic(doc, index) and not _off_topic_act(doc, index, m.end() - 1):
            out.append(_Candidate(m.start(), m.end(), index, doc.published, True, _setter(doc, m.start())))
    return out
