"""The day a deadline falls due: the _Candidate record and the readings that fix or correct its day.

Apart because these readings (past or coming days, spans counted from an issuing day, a dated
deadline lent to an undated one) are date arithmetic that finders and the top-level flow share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from streams.extract.dates import COUNT_PATTERN, DateMention, add_months, count_value
from streams.extract.document import Document
from streams.extract.lexicon import Hit


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


# "no inspector had visited the sites by the October 27 deadline" in a December article: a day of the month
# whose coming reading is most of a year away, in a clause told in the past, is the one just gone
_PAST_GAP = 240
_PAST_CLAUSE = re.compile(r"\b(?:went|missed|passed|expired|lapsed|came|ignored|failed|elapsed)\b", re.IGNORECASE)


def _past_value(doc: Document, d: DateMention, *, within_days: int) -> date | None:
    """The date read backward instead, if that day falls within the last `within_days` days."""
    past = next((p for p in doc.dates(d.start, d.end + 1, future=False) if p.start == d.start), None)
    if past is None or past.value is None or past.vague_past or not 0 < (doc.published - past.value).days <= within_days:
        return None
    return past.value


def _past_reading(doc: Document, d: DateMention, clause: tuple[int, int]) -> date | None:
    """A day told in a past-tense clause ("had expired on March 3"): the one gone by, within four months."""
    return _past_value(doc, d, within_days=120) if _PAST_CLAUSE.search(doc.text, *clause) else None


# "did not honour a Sunday deadline", "the Friday deadline passed": a weekday deadline already missed is
# the one just gone, not the next of that name
_WEEKDAY_MISSED = re.compile(
    r"\b(?:missed|ignored|defied|flouted|failed\s+to\s+(?:meet|honou?r|respect|observe|comply\s+with)|(?:ran|went|slipped|blew)\s+(?:past|through))"
    r"\s+(?:[\w'’\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WEEKDAY_PASSED = re.compile(
    r"(?:\s+[\w'’\-]+){0,8}?\s+(?:(?:had|has)\s+)?(?:passed|expired|lapsed|elapsed|came\s+and\s+went|went\s+by|was\s+missed|was\s+ignored)\b",
    re.IGNORECASE,
)


# "the 30-day deadline expired Sunday", "the ultimatum ran out on Monday": the deadline, its end told, then its day
_PASSED_ON = re.compile(
    r"\s+(?:(?:had|has)\s+)?(?:passed|expired|lapsed|elapsed|ran\s+out|came\s+and\s+went)\s+(?:on\s+|last\s+)?", re.IGNORECASE
)


# "if / once / when the Friday deadline passed": a condition on a deadline still ahead (reported speech)
_WEEKDAY_IF = re.compile(
    r"\b(?:if|once|when|whenever|unless|until|till|before|after|as\s+soon\s+as)\s+(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE
)


def _missed_weekday(doc: Document, noun: Hit, d: DateMention, clause: tuple[int, int]) -> bool:
    """A deadline named by a weekday, told as already missed or passed."""
    if d.form != "weekday":
        return False
    lo = min(noun.start, d.start)
    hi = max(noun.end, d.end)
    if _WEEKDAY_IF.search(doc.text, max(clause[0], lo - 40), lo):
        return False
    return bool(_WEEKDAY_MISSED.search(doc.text, max(clause[0], lo - 40), lo)) or bool(_WEEKDAY_PASSED.match(doc.text, hi, clause[1])) \
        or (noun.end <= d.start and _PASSED_ON.fullmatch(doc.text, noun.end, d.start) is not None)


def _past_weekday(doc: Document, d: DateMention) -> date | None:
    """A weekday deadline already missed: the one of the last seven days."""
    return _past_value(doc, d, within_days=7)


# "two weeks before the ultimatum runs out", "48 hours ahead of the deadline": the time left
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


# "two months ago I gave", "on May 2 Washington issued": a past day, then the issuing verb
_ISSUE_VERB = re.compile(r"\b(?:gave|issued|set|handed|imposed|delivered|announced|declared)\s+(?:[\w.'’\-]+\s+){0,3}?(?:an?|the|its|their|his|her)\s+$", re.IGNORECASE)


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


# "the bloc on Sunday announced a one-week ultimatum", Sunday the day of publication: the span counts from
# now, a start the text states (no other day of the article is its start)
_ANNOUNCED = re.compile(
    r"\b(?:gave|issued|set|handed|imposed|delivered|announced|declared)\s+(?:[\w.'’\-]+\s+){0,3}?(?:an?|the|its|their|his|her)\s+$",
    re.IGNORECASE,
)
_ANNOUNCED_REACH = 70


def _issued_now(doc: Document, index: int, span: DateMention) -> bool:
    verb = _ANNOUNCED.search(doc.text, max(doc.sentences[index][0], span.start - 50), span.start)
    if verb is None:
        return False
    lo = max(doc.sentences[index][0], verb.start() - _ANNOUNCED_REACH)
    return any(
        d.value == doc.published and not d.relative and not d.vague_past and _issue_day_named(doc, d)
        for d in doc.dates(lo, verb.start(), future=False)
    )


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


# "the end-of-year deadline Kim set for Washington in 2019": a year-end fixed in a past year named after it
_SET_IN = re.compile(r"\s+(?:[\w.\-]+\s+){0,6}?(?:set|imposed|given|gave|issued|announced|laid\s+down)\s+(?:[\w.\-]+\s+){0,4}?in\s+$", re.IGNORECASE)


def _set_in_year(doc: Document, after: int, clause: tuple[int, int], dates: list[DateMention]) -> date | None:
    for d in dates:
        if d.vague_past and d.value is not None and clause[0] <= d.start < clause[1] and d.start > after \
                and d.end - d.start == 4 and doc.text[d.start : d.end].isdigit() and d.value.year < doc.published.year \
                and _SET_IN.fullmatch(doc.text, after, d.start):
            return date(d.value.year, 12, 31)
    return None


# "his July 14 warning that ...", "the March 3 ultimatum, which ...": the past day a limit was issued on;
# "during a May 9 meeting with ..., the envoy warned ... within 30 days": the occasion it was spoken at
_ISSUED_NOUN = re.compile(
    r"\s+(?:warning|ultimatum|threat|demand|announcement|statement|letter|remarks|message"
    r"|meeting|speech|interview|address|briefing|(?:phone\s+)?call|(?:news|press)\s+conference)\b",
    re.IGNORECASE,
)


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


# "handed a week on Friday to": a past weekday told right after the span granted
_ISSUED_AFTER = re.compile(r"\s+on\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)


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


# "the 50-day deadline he had set" and, a line on, "unless Moscow agreed ... within the next 50 days"
_SPAN_SIZE = re.compile(r"\b(" + COUNT_PATTERN + r")[\s\-](day|week|month)s?\b", re.IGNORECASE)


def _span_size(doc: Document, c: _Candidate) -> tuple[int, str] | None:
    m = _SPAN_SIZE.search(doc.text, c.start, c.end)
    return (count_value(m.group(1)), m.group(2).lower()) if m else None


def _same_span(doc: Document, candidates: list[_Candidate]) -> None:
    """An undated deadline noun that only names its size ('the 50-day deadline he had set') takes the
    day of a span of the same size granted in the article ('within the next 50 days'), the one limit."""
    for c in candidates:
        if c.due is not None or c.absolute or (size := _span_size(doc, c)) is None:
            continue
        same = {x.due for x in candidates if x is not c and x.granted and x.due is not None and _span_size(doc, x) == size}
        if len(same) == 1:
            c.due = same.pop()


# "Pyongyang had set an end-of-year deadline" in an article of Jan 3: the year-end just gone, not the coming one
_NEW_YEAR_DAYS = 14
_SET_BEFORE = re.compile(
    r"\bhad\s+(?:set|given|imposed|issued|laid\s+down|announced)\s+(?!to\b)(?:[\w.'’\-]+\s+){0,5}?(?:an?|the|its|their|his|her)\s+$",
    re.IGNORECASE,
)


def _year_just_ended(doc: Document, dates: list[DateMention]) -> list[DateMention]:
    """A year-end deadline told as set before (past perfect), in the first two weeks of January: Dec 31
    of the year before ("set an end-of-year deadline" in a New Year speech may be a new one)."""
    pub = doc.published
    if pub.month != 1 or pub.day > _NEW_YEAR_DAYS:
        return dates
    out = []
    for d in dates:
        if d.form == "year_end" and d.value == date(pub.year, 12, 31) and _SET_BEFORE.search(doc.text, max(0, d.start - 60), d.start):
            d = replace(d, value=date(pub.year - 1, 12, 31))
        out.append(d)
    return out


# "gave Iran a month, until Aug. 31, to halt ..." on Aug 1: the span's count (Sept. 1) and the day stated
# in the same sentence are one limit, and the stated day is the exact one (not another deadline a line on)
_SNAP_DAYS = 3


def _snap_to_stated(candidates: list[_Candidate]) -> None:
    """A granted span whose counted day falls within three days of a day stated for a deadline in its
    own sentence takes that stated day."""
    for c in candidates:
        if c.absolute or not c.granted or c.due is None:
            continue
        stated = [x.due for x in candidates if x.absolute and x.due is not None and x.sentence == c.sentence
                  and 0 < abs((x.due - c.due).days) <= _SNAP_DAYS]
        if len(set(stated)) == 1:
            c.due = stated[0]


def _stated_expiry(doc: Document) -> date | None:
    """'comes days before the pact is due to expire', with 'The pact expires on March 9' told elsewhere in
    the article: the one coming day an in-domain sentence gives an expiry ('expires on', 'lapses on');
    none or two such days, none."""
    days = set()
    for index in doc.sentences_with("deadline", "DEADLINE"):
        if not doc.sentence_in_domain(index):
            continue
        dates = doc.dates(*doc.sentences[index], future=True)
        for h in doc.hits("deadline", index, "DEADLINE"):
            if h.id != "expiry" or not doc.text[h.start : h.end].lower().endswith(" on"):
                continue
            days |= {d.value for d in dates if 0 <= d.start - h.end <= 2 and d.value is not None and not d.relative
                     and not d.vague_past and d.value >= doc.published}
    return days.pop() if len(days) == 1 else None

