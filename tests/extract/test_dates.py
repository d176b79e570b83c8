"""Date phrases dates.py resolves against publication: weekends, quarters, mid-month, next week/month."""

from datetime import date

import pytest

from streams.extract.dates import find_dates

WED = date(2025, 5, 7)  # a Wednesday


def _dates(text: str, published: date = WED, *, future: bool = True) -> list[tuple[str, date | None]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, 0, len(text), published, future=future)]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        ("Tehran has until the weekend to answer.", WED, "the weekend", date(2025, 5, 11)),
        ("A reply is wanted this weekend.", WED, "this weekend", date(2025, 5, 11)),
        ("A reply is wanted by the weekend.", date(2025, 5, 11), "the weekend", date(2025, 5, 11)),
        ("They must answer by next weekend.", WED, "next weekend", date(2025, 5, 11)),
        ("They must answer by next weekend.", date(2025, 5, 5), "next weekend", date(2025, 5, 11)),
        ("They must answer by next weekend.", date(2025, 5, 9), "next weekend", date(2025, 5, 18)),
        ("They must answer by next weekend.", date(2025, 5, 10), "next weekend", date(2025, 5, 18)),
        ("Inspectors must be let in by the end of the quarter.", WED, "the end of the quarter", date(2025, 6, 30)),
        ("Inspectors must be let in by the end of this quarter.", date(2025, 12, 1), "the end of this quarter", date(2025, 12, 31)),
        ("Inspectors must be let in by the end of next quarter.", date(2025, 11, 3), "the end of next quarter", date(2026, 3, 31)),
        ("The reply is due by mid-month.", WED, "mid-month", date(2025, 5, 15)),
        ("The reply is due by mid-month.", date(2025, 5, 20), "mid-month", date(2025, 6, 15)),
        ("The reply is due by the middle of the month.", WED, "the middle of the month", date(2025, 5, 15)),
        ("The reply is due by mid-June.", WED, "June", date(2025, 6, 15)),
        ("Records are due before the end of next week.", WED, "the end of next week", date(2025, 5, 16)),
        ("Records are due before the end of next week.", date(2025, 5, 10), "the end of next week", date(2025, 5, 23)),
        ("Records are due before the end of this week.", date(2025, 5, 10), "the end of this week", date(2025, 5, 16)),
        ("Records are due before the end of next week.", date(2025, 5, 11), "the end of next week", date(2025, 5, 23)),
        ("An answer is wanted by the start of next month.", WED, "the start of next month", date(2025, 6, 1)),
        ("An answer is wanted at the beginning of next month.", date(2025, 12, 9), "the beginning of next month", date(2026, 1, 1)),
        ("An answer is wanted by the start of next year.", WED, "the start of next year", date(2026, 1, 1)),
        ("The accord lapses at the end of next month.", date(2025, 1, 30), "the end of next month", date(2025, 2, 28)),
        ("Seoul given week to reply to the offer", WED, "week", date(2025, 5, 14)),
        ("Tehran Given Week To Answer Inspectors", WED, "Week", date(2025, 5, 14)),
        ("HAMAS GIVEN WEEK TO RESPOND", WED, "WEEK", date(2025, 5, 14)),
    ],
)
def test_forward_phrases(text: str, published: date, phrase: str, value: date) -> None:
    assert (phrase, value) in _dates(text, published)


def test_end_of_the_week_stays_friday() -> None:
    assert _dates("Answer by the end of the week.") == [("the end of the week", date(2025, 5, 9))]


def test_weekend_looking_back_is_the_last_sunday() -> None:
    assert _dates("The launch came over the weekend.", future=False) == [("the weekend", date(2025, 5, 4))]
    assert _dates("A drill took place last weekend.", date(2025, 5, 11), future=False) == [("last weekend", date(2025, 5, 4))]


def test_this_weekend_is_not_this_week() -> None:
    assert [p for p, _ in _dates("Talks resume this weekend.")] == ["this weekend"]


@pytest.mark.parametrize(
    "text",
    [
        "The week to come will be busy for the envoys.",  # no "given ... week to"
        "The quarterly report came out on time.",
        "A mid-range missile was shown at the parade.",
        "The middle of the peninsula was quiet.",
        "The weekend-long rally ended peacefully.",
    ],
)
def test_no_date(text: str) -> None:
    assert _dates(text) == []


def test_mid_month_looking_back_is_never_after_publication() -> None:
    assert _dates("The drill was held in mid-month.", date(2025, 5, 3), future=False) == [("mid-month", date(2025, 4, 15))]
    assert _dates("The drill was held in mid-month.", date(2025, 5, 20), future=False) == [("mid-month", date(2025, 5, 15))]


def test_end_of_this_week_and_next_week_are_a_week_apart_on_any_day() -> None:
    for day in range(5, 12):  # Monday 5 May to Sunday 11 May
        published = date(2025, 5, day)
        ((_, this),) = _dates("Answer by the end of this week.", published)
        ((_, nxt),) = _dates("Answer by the end of next week.", published)
        assert (nxt - this).days == 7 and this.weekday() == 4 and this >= published
