from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import ValidationError

from streams.models import Alert
from streams.subscriptions import AlertFilter, SinkConfig, parse_duration, parse_since

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def alert(**over: object) -> Alert:
    fields: dict[str, object] = {
        "id": "x", "revision": 1, "kind": "deadline", "status": "new", "reason": "first report",
        "severity": "high", "actors": ["PRK"], "due": date(2026, 3, 5), "evidence": [], "article_ids": ["a"],
        "corroborating_articles": 1, "first_seen": NOW, "last_seen": NOW, "created_at": NOW,
    }
    return Alert.model_validate({**fields, **over})


@pytest.mark.parametrize(("text", "expected"), [
    ("7d", timedelta(days=7)), ("12h", timedelta(hours=12)), ("30m", timedelta(minutes=30)),
    ("2w", timedelta(weeks=2)), ("45s", timedelta(seconds=45)),
])
def test_durations_read_as_people_write_them(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["7", "d", "7 days", "-1d"])
def test_a_malformed_duration_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_since_takes_a_duration_or_a_date() -> None:
    assert parse_since("2d", now=NOW) == NOW - timedelta(days=2)
    assert parse_since("2019-12-01", now=NOW) == datetime(2019, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("yesterday", date(2026, 2, 28)),
    ("3 days ago", date(2026, 2, 26)),
])
def test_since_reads_what_people_write(text: str, expected: date) -> None:
    assert parse_since(text, now=NOW).date() == expected


def test_since_refuses_what_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="yesterday"):
        parse_since("the other week-ish thing", now=NOW)


def test_an_empty_filter_lets_everything_through() -> None:
    assert AlertFilter().matches(alert(), now=NOW)


@pytest.mark.parametrize(("only", "passes"), [
    (AlertFilter(kinds=("deadline",)), True),
    (AlertFilter(kinds=("moratorium",)), False),
    (AlertFilter(actors=("prk",)), True),
    (AlertFilter(actors=("IRN",)), False),
    (AlertFilter(min_severity="high"), True),
    (AlertFilter(min_severity="critical"), False),
    (AlertFilter(statuses=("update",)), False),
    (AlertFilter(due_within="7d"), True),
    (AlertFilter(due_within="2d"), False),
    (AlertFilter(since=NOW - timedelta(hours=1)), True),
    (AlertFilter(since=NOW + timedelta(hours=1)), False),
])
def test_each_filter_field_decides_on_its_own_field(only: AlertFilter, passes: bool) -> None:
    assert only.matches(alert(), now=NOW) is passes


def test_a_deadline_already_passed_is_not_due_within_any_window() -> None:
    assert not AlertFilter(due_within="30d").matches(alert(due=date(2026, 2, 1)), now=NOW)


def test_an_alert_without_a_due_date_is_not_due_within_anything() -> None:
    assert not AlertFilter(due_within="30d").matches(alert(kind="moratorium", due=None), now=NOW)


@pytest.mark.parametrize("config", [
    {"type": "webhook"},
    {"type": "webhook", "url": "ftp://example.org/hook"},
    {"type": "jsonl"},
    {"type": "pager", "url": "https://example.org"},
])
def test_a_sink_missing_what_its_type_needs_is_refused(config: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        SinkConfig.model_validate(config)
