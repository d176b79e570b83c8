"""Date expressions resolved against the publication date: deadlines look forward, events back.

A small grammar rather than dateparser: deadline phrases need domain readings that
dateparser does not give ("end-of-year" is Dec 31, "before the new year" is not Jan 1,
"a 60-day deadline" is published + 60 days), and running it per sentence costs
milliseconds where these regexes cost microseconds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_DIGITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "forty-eight", "twenty one": a tens word and a digit word make one count
COUNT_PATTERN = (
    r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[\-\s](?:" + "|".join(_DIGITS) + r")\b)?|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
)
_S = r"[\s\-]+"
_UNIT = r"(?:day|week|fortnight|month|year|hour)"  # "within a fortnight": two weeks
# "end-September", "by end-2025": the hyphen or, after a preposition of time, a space stands for "end of"
_END_AFTER = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("by", "until", "till", "before", "at", "from", "through")) + ")"

_GRAMMAR = re.compile(
    rf"""
    (?<![\w.])(?=[\w])(?:
    (?P<eoy>(?i:(?:the{_S})?(?:end|close){_S}of{_S}(?:the{_S}|this{_S})?year|year(?:['’]s)?{_S}end|(?:the{_S})?new{_S}year))
  | (?i:(?:the{_S})?(?:end|close){_S}of{_S}|end-|{_END_AFTER}end\s)(?:(?P<eony>(?i:next{_S}year))|(?P<eoyy>(?:19|20)\d{{2}})(?![\w%]|[.,]\d))
  | (?P<eoweek>(?i:(?:the{_S})?end{_S}of{_S}(?:the{_S}|this{_S})week))
  | (?P<eonweek>(?i:(?:the{_S})?end{_S}of{_S}next{_S}week))
  | (?P<eomonth>(?i:(?:the{_S})?end{_S}of{_S}(?:the{_S}|this{_S})month))
  | (?P<eonmonth>(?i:(?:the{_S})?end{_S}of{_S}next{_S}month))
  | (?P<eoq>(?i:(?:the{_S})?end{_S}of{_S}(?:the{_S}|this{_S}|(?P<nq>next{_S}))quarter))
  | (?P<sonext>(?i:(?:the{_S})?(?:start|beginning){_S}of{_S}next{_S}(?P<sou>month|year)))
  | (?P<midmonth>(?i:mid[\s\-]+month|(?:the{_S})?middle{_S}of{_S}(?:the{_S}|this{_S})month))
  | (?P<weekend>(?i:(?:(?P<werel>the|this|next|last)\s)?weekend)(?![\w\-]))
  | (?P<bweek>(?i:(?:(?<=\bgiven\s)|(?<=\bgives\s)|(?<=\bgets\s)|(?<=\bhas\s))week(?=\sto\s)))
  | (?:(?i:(?:the{_S})?end{_S}of{_S}|end-|{_END_AFTER}end\s)(?P<eom>{_MONTH})(?:,?\s(?P<eomy>\d{{4}}))?)
  | (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<m1>{_MONTH})(?:,?\s(?P<y1>\d{{4}}))?
  | (?P<m2>{_MONTH})\s(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s(?P<y2>\d{{4}}))?(?:,?\s(?P<rly>last\syear))?
  | (?P<m3>{_MONTH})(?:,?\s(?P<y3>\d{{4}}))?\b
  | (?:(?P<wrel>(?i:last|next|this))\s)?(?P<wd>{_WEEKDAY})
  | (?:(?i:(?:at\s)?midnight\s(?:on\s)?)(?:(?P<mwrel>(?i:next|this))\s)?(?P<mwd>{_WEEKDAY}))
  | (?P<today>(?i:today|tonight|(?:at\s)?midnight|this\smorning|this\sevening))
  | (?P<tomorrow>(?i:tomorrow))
  | (?P<yesterday>(?i:yesterday))
  | (?P<within>(?i:(?:within|in|after)\s(?:the\s(?:next|coming)\s)?(?:{COUNT_PATTERN}\s(?:to|or)\s|\d{{1,3}}[\-–](?=\d))?(?P<n1>{COUNT_PATTERN})\s(?P<u1>{_UNIT})s?\b(?P<time>['’]s?\stime\b)?(?!\sof\s)))
  | (?P<ndeadline>(?i:(?P<n2>{COUNT_PATTERN})[\s\-](?P<u2>{_UNIT})s?(?:['’]s?)?(?=[\s\-][\"“‘']?(?:deadline|ultimatum|window|grace|period|time\slimit))))
  | (?!(?i:a\smonth\sago))(?P<ago>(?i:(?P<n4>{COUNT_PATTERN})\s(?P<u4>week|month|fortnight)s?\sago\b))
  | (?P<span>(?i:(?P<n3>{COUNT_PATTERN})\s(?P<u3>{_UNIT})s?\b(?![\s\-]+(?:ago|earlier|before|later|old|after|since|of|end)\b)))
  | (?P<lastseason>(?i:last\s(?:autumn|fall|spring|summer|winter)\b))
  | (?P<lastyear>(?i:last\syear|a\syear\sago))
  | (?P<lastmonth>(?i:last\smonth|a\smonth\sago))
  | (?P<recent>(?i:(?:just\s|only\s|a\sfew\s)?(?:days|hours)\s(?:earlier|ago|before)|last\sweek|earlier\sthis\sweek|this\sweek)(?!end))
  | (?P<earlier>(?i:earlier\s(?:this|in\sthe)\s(?P<eunit>year|month)))
  | (?P<years>(?i:(?:in\s)?recent\syears|years\s(?:ago|earlier)(?!\sthan)|decades|in\sthe\spast))
  | (?P<decade>(?<![\w,.$])(?:19|20)\d0['’]?s\b)
  | (?P<year>(?<![\w,.$])(?:19|20)\d{{2}}(?![\w%]|[.,]\d))
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression with the day it stands for (None if it gives only a vague past)."""

    start: int
    end: int
    value: date | None
    vague_past: bool = False
    relative: bool = False  # a duration counted from publication ("within 60 days")
    # "month" for a month named alone ("September", "October 2025"), "weekday" for a day's name,
    # "year_end" for the end of the year named without its number ("an end-of-year deadline")
    form: str = ""


def add_months(d: date, months: int) -> date:
    """`d` moved by whole months, clamped to the last day of a shorter month."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def count_value(token: str) -> int:
    """The number a COUNT_PATTERN match spells: "60", "sixty", "forty-eight"."""
    if token.isdigit():
        return int(token)
    words = token.lower().replace("-", " ").split()  # "forty-eight": 40 + 8
    if words[0] not in _TENS:
        return _NUMBERS[words[0]]
    return _TENS[words[0]] + (_DIGITS.index(words[1]) + 1 if len(words) > 1 else 0)


def _infer_year(month: int, day: int, published: date, *, future: bool) -> date:
    """A day without a year: this year's, unless that is implausibly far the other way."""
    d = date(published.year, month, min(day, calendar.monthrange(published.year, month)[1]))
    if future and d < published - timedelta(days=62):
        return date(d.year + 1, d.month, d.day)
    if not future and d > published + timedelta(days=2):
        return date(d.year - 1, d.month, d.day)
    return d


def _weekday(name: str, rel: str | None, published: date, *, future: bool) -> date:
    target = _WEEKDAYS[name.lower()]
    ahead = (target - published.weekday()) % 7
    behind = (published.weekday() - target) % 7
    rel = (rel or "").lower()
    if rel == "next":
        return published + timedelta(days=ahead or 7)
    if rel == "last":
        return published - timedelta(days=behind or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=behind)


def resolve(m: re.Match[str], published: date, *, future: bool) -> DateMention | None:
    """The mention a grammar match stands for, or None when it names no usable day."""
    g = m.groupdict()
    value: date | None = None
    vague = relative = False
    if g["eoy"]:
        value = date(published.year, 12, 31)
    elif g["eony"]:  # "by the end of next year"
        value = date(published.year + 1, 12, 31)
    elif g["eoyy"]:
        # "by the close of 2019": that year's Dec 31 looking forward, even in an article of 2019;
        # looking back it reads as the bare year does (none for this year, a vague past before it)
        year = int(g["eoyy"])
        if future:
            value = date(year, 12, 31)
        elif year == published.year:
            return None
        else:
            value, vague = (date(year, 12, 31) if year < published.year else date(year, 1, 1)), True
    elif g["eoweek"]:  # the working week: its Friday
        value = published + timedelta(days=(4 - published.weekday()) % 7)
    elif g["eonweek"]:  # the working week after the one "end of the week" reads: its Friday
        value = published + timedelta(days=(4 - published.weekday()) % 7 + 7)
    elif g["eomonth"]:
        value = _month_end(published.year, published.month)
    elif g["eonmonth"]:
        nxt = add_months(published.replace(day=1), 1)
        value = _month_end(nxt.year, nxt.month)
    elif g["eoq"]:  # the calendar quarter's last day (Mar 31, Jun 30, Sep 30, Dec 31)
        first = add_months(published.replace(day=1), (3 if g["nq"] else 0) - (published.month - 1) % 3)
        third = add_months(first, 2)
        value = _month_end(third.year, third.month)
    elif g["sonext"]:  # "the start of next month": its 1st; "of next year": Jan 1
        value = add_months(published.replace(day=1), 1) if g["sou"].lower() == "month" else date(published.year + 1, 1, 1)
    elif g["midmonth"]:  # the 15th: this month's, or looking forward past it, next month's
        value = published.replace(day=15)
        if future and value < published:
            value = add_months(value, 1)
        elif not future and value > published:  # looking back from the 3rd: last month's middle
            value = add_months(value, -1)
    elif g["weekend"]:  # a weekend reads as its Sunday: the coming one forward, the last one back
        rel = (g["werel"] or "").lower()
        ahead, behind = (6 - published.weekday()) % 7, (published.weekday() + 1) % 7
        if rel == "next":  # from Monday to Thursday the coming Sunday; from Friday on, the one after
            value = published + timedelta(days=6 - published.weekday() + (7 if published.weekday() >= 4 else 0))
        elif rel == "last":
            value = published - timedelta(days=behind or 7)
        else:
            value = published + timedelta(days=ahead) if future else published - timedelta(days=behind)
    elif g["bweek"]:  # headline "Iran given week to reply": a week counted from publication
        value, relative = published + timedelta(weeks=1), True
    elif g["eom"]:
        month = _MONTHS[g["eom"].lower().rstrip(".")]
        year = int(g["eomy"]) if g["eomy"] else published.year
        value = _month_end(year, month)
        if not g["eomy"] and future and value < published - timedelta(days=62):
            value = _month_end(year + 1, month)
    elif g["m1"] or g["m2"]:
        month = _MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
        day = int(g["d1"] or g["d2"])
        if not 1 <= day <= 31:
            return None
        written = g["y1"] or g["y2"]
        if written:
            value = date(int(written), month, min(day, calendar.monthrange(int(written), month)[1]))
        elif g["rly"]:
            value = date(published.year - 1, month, min(day, 28))
        else:
            value = _infer_year(month, day, published, future=future)
    elif g["m3"]:
        if g["m3"] == "May" and not g["y3"] and not _month_context(m):
            return None
        if g["m3"] == "March" and not g["y3"] and m.string.endswith("Long ", max(0, m.start() - 5), m.start()):
            return None  # "a Long March rocket": China's launcher, no month
        month = _MONTHS[g["m3"].lower().rstrip(".")]
        told = None if g["y3"] else _told_year(m)
        rel = None if g["y3"] else _LAST_NEXT.search(m.string, max(0, m.start() - 5), m.start())
        if rel:  # "last October": the latest October before this month; "next March": the first after it
            if rel.group(1).lower() == "last":
                value = date(published.year - (month >= published.month), month, 1)
            else:
                value = date(published.year + (month <= published.month), month, 1)
        elif year_given := g["y3"] or told:
            value = date(int(year_given), month, 1)
        else:
            value = _infer_year(month, 1, published, future=future)
        this_month = (value.year, value.month) == (published.year, published.month)
        if _MID_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
            # "mid-October", "the middle of October": the 15th (an event can't be after publication)
            value = value.replace(day=15)
            if not future and this_month and value > published:
                value = published
        elif not future and this_month and not _THAT_YEAR.match(m.string, m.end()):
            # "earlier in January" in an article of Jan 20: some day before publication, not the 1st
            value = value + (published - value) / 2
    elif g["wd"]:
        value = _weekday(g["wd"], g["wrel"], published, future=future)
    elif g["mwd"]:
        value = _weekday(g["mwd"], g["mwrel"], published, future=future)
    elif g["today"]:
        value = published
    elif g["tomorrow"]:
        value = published + timedelta(days=1)
    elif g["yesterday"]:
        value = published - timedelta(days=1)
    elif g["within"] or g["ndeadline"] or g["span"]:
        if g["span"] and not future:  # a bare duration ("30 days") counts forward only
            return None
        relative = True
        n, unit = (g["n1"], g["u1"]) if g["within"] else (g["n2"], g["u2"]) if g["ndeadline"] else (g["n3"], g["u3"])
        count = count_value(n)
        unit = unit.lower()
        if unit == "hour":  # whole days, rounded up: 48 hours -> 2, 36 -> 2
            value = published + timedelta(days=-(-count // 24))
        elif unit == "day":
            value = published + timedelta(days=count)
        elif unit == "week":
            value = published + timedelta(weeks=count)
        elif unit == "fortnight":
            value = published + timedelta(weeks=2 * count)
        elif unit == "month":
            value = add_months(published, count)
        else:
            value = add_months(published, 12 * count)
    elif g["ago"]:  # "three weeks ago", "two months ago": counted back from publication; no deadline
        if future:
            return None
        count = count_value(g["n4"])
        unit = g["u4"].lower()
        value = add_months(published, -count) if unit == "month" else published - timedelta(weeks=count * (2 if unit == "fortnight" else 1))
    elif g["lastseason"]:  # "first flown last autumn": a season before publication, months back
        value, vague = published - timedelta(days=120), True
    elif g["lastyear"]:
        value, vague = date(published.year - 1, 6, 30), True
    elif g["lastmonth"]:
        value, vague = published - timedelta(days=30), True
        if m.string.endswith(("late ", "Late "), max(0, m.start() - 5), m.start()):
            # "late last month": the previous month's last week, not a month before publication
            value = published.replace(day=1) - timedelta(days=5)
    elif g["recent"]:
        if m.group(0)[-6:].lower() == "before" and _OBJECT_AFTER.match(m.string, m.end()):
            return None  # "days before that fighting", "hours before the launch": counted from an event, not publication
        value = published - timedelta(days=3)
    elif g["earlier"]:  # somewhere between the period's start and publication: its midpoint
        first = date(published.year, 1, 1) if g["eunit"].lower() == "year" else published.replace(day=1)
        value, vague = first + (published - first) / 2, True
    elif g["years"]:
        value, vague = published - timedelta(days=730), True
    elif g["decade"]:  # "in the 1950s": a past decade reads as its last day; the current or a later one names no day
        last = int(g["decade"][:4]) + 9
        if last >= published.year:
            return None
        value, vague = date(last, 12, 31), True
    elif g["year"]:
        year = int(g["year"])
        if year == published.year:
            return None
        value, vague = (date(year, 12, 31) if year < published.year else date(year, 1, 1)), True
    form = (
        "month" if g["m3"] else "weekday" if g["wd"] or g["mwd"]
        else "year_end" if g["eoy"] and "new" not in g["eoy"].lower() else ""
    )
    return DateMention(m.start(), m.end(), value, vague, relative, form)


# "days before the launch": "before" taking an object
_OBJECT_AFTER = re.compile(r"\s+(?:the|that|this|its|their|his|her|a|an)\b", re.IGNORECASE)


# "last October", "next March": a month counted from publication's
_LAST_NEXT = re.compile(r"\b(last|next)\s+$", re.IGNORECASE)

# "mid-October", "mid October", "the middle of October": a month's middle
_MID_BEFORE = re.compile(r"\b(?:mid|middle\s+of)[\s\-]+$", re.IGNORECASE)


# "in 1992 ...; the final blast took place that September": the month of a year told just before
_THAT_BEFORE = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+$", re.IGNORECASE)
_TOLD_YEAR = re.compile(r"(?<![\w,.$])(?:19|20)\d{2}(?![\w%]|[.,]\d)")


def _told_year(m: re.Match[str]) -> str | None:
    """The year a month "that September" refers back to: the last one stated in the 300 characters before."""
    if not _THAT_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
        return None
    years = _TOLD_YEAR.findall(m.string, max(0, m.start() - 300), m.start())
    return years[-1] if years else None


_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same|the\s+following|the\s+previous)\s+year\b", re.IGNORECASE)


def _month_context(m: re.Match[str]) -> bool:
    """'May' is a month only after a preposition like 'in' or 'since', not as a modal verb."""
    before = m.string[max(0, m.start() - 8) : m.start()].lower()
    return bool(re.search(r"\b(?:in|since|by|until|before|of|from|early|late|mid|last|next|that|same)[\s\-]+$", before))


def find_dates(
    text: str, start: int, end: int, published: date, *, future: bool
) -> list[DateMention]:
    """Date expressions in text[start:end]: `future` reads bare days as upcoming (deadlines)."""
    return resolve_all(list(_GRAMMAR.finditer(text, start, end)), published, future=future)


def resolve_all(matches: list[re.Match[str]], published: date, *, future: bool) -> list[DateMention]:
    """Mentions of grammar matches; one scan of the text serves both reading directions."""
    out = []
    for m in matches:
        mention = resolve(m, published, future=future)
        if mention is not None:
            out.append(mention)
    return out


# Every grammar alternative starts with one of these words (folded), a digit, or, where
# the grammar sets no word boundary after it, a word starting with one of _FIRST_PREFIXES.
_FIRST_WORDS = frozenset(
    [*_MONTHS, *_WEEKDAYS, *_NUMBERS, *_TENS, "the", "end", "year", "new", "last", "next", "this",
     "close", "today", "tonight", "at", "midnight", "tomorrow", "yesterday", "within", "in", "after",
     "just", "only", "days", "hours", "earlier", "recent", "years", "decades", "start", "beginning",
     "mid", "middle", "weekend", "week"]
)
_FIRST_PREFIXES = ("today", "tonight", "midnight", "tomorrow", "yesterday", "decades", *_WEEKDAYS)


# Common words open a date expression only before certain words: "the" only as in
# "the end of ..." or "the new year", "in" only before a number, "the" or "recent".
_UNITS = ("day", "week", "fortnight", "month", "year", "hour")
_COUNTED = frozenset([*_NUMBERS, *_TENS])
_NEXT = {
    "the": ("end", "close", "new", "start", "beginning", "middle", "weekend"), "close": ("of",),
    "start": ("of",), "beginning": ("of",), "middle": ("of",), "mid": ("month",), "week": ("to",), "a": (*_UNITS, "few"), "an": _UNITS, "at": ("midnight",),
    "in": ("the", "recent"), "after": ("the",), "within": ("the",),
}
_BEFORE_COUNT = frozenset({"in", "after", "within"})


def _opening_rule(word: str) -> bool | tuple[str, ...]:
    """Whether a date expression can start at `word` (folded): always (True), never (False),
    or only before a word starting with one of the returned prefixes, or a count."""
    if word not in _FIRST_WORDS:
        return word[0].isdigit() or word.startswith(_FIRST_PREFIXES)
    return _NEXT.get(word, True)


def _follows(word: str, rule: tuple[str, ...], following: str) -> bool:
    return following.startswith(rule) or (
        word in _BEFORE_COUNT and bool(following) and (following in _COUNTED or following[0].isdigit())
    )


class _Openers(dict[str, bool | tuple[str, ...]]):
    """Memo of each folded word's _opening_rule: one dict lookup per word, and the words that
    never open a date are dropped in C; cleared when it grows large."""

    def __missing__(self, word: str) -> bool | tuple[str, ...]:
        if len(self) > 200_000:
            self.clear()
        rule = self[word] = _opening_rule(word)
        return rule


_OPENERS = _Openers()


def date_matches(text: str, words: list[str], starts: list[int]) -> list[re.Match[str]]:
    """What _GRAMMAR.finditer(text) finds, trying the grammar only where a match can start.

    A match starts at a word (a run of letters or digits, not after a word character), so
    given the text's words (folded) and their offsets, only words that can open a date
    expression need the ~20-way alternation: ~1 ms per article becomes ~0.1 ms.
    """
    out: list[re.Match[str]] = []
    done, last = 0, len(words) - 1
    opens = _OPENERS
    for i in compress(range(len(words)), map(opens.__getitem__, words)):  # picked in C
        pos = starts[i]
        if pos < done:
            continue
        rule = opens[words[i]]
        if isinstance(rule, tuple):
            following = words[i + 1] if i < last else ""
            if not following.startswith(rule) and not _follows(words[i], rule, following):
                continue
        m = _GRAMMAR.match(text, pos)
        if m is not None:
            out.append(m)
            done = m.end()
    return out
