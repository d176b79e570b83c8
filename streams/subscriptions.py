"""What a subscriber wants: alert filters on structured fields, and the sinks that receive them.

Shared by `watchfloor alerts tail` and the sinks in the config file, so both filter alike.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    PositiveFloat,
    PositiveInt,
    field_validator,
    model_validator,
)

if TYPE_CHECKING:
    from streams.models import Alert

SEVERITIES = ("info", "low", "medium", "high", "critical")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNIT = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    """'7d', '12h', '30m', '2w', '45s' as a timedelta; anything else is an error."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"not a duration like 7d, 12h or 30m: {text!r}")
    return timedelta(**{_UNIT[m.group(2)]: float(m.group(1))})


def parse_since(text: str, *, now: datetime) -> datetime:
    """A duration ago ('2d'), an ISO date or time ('2019-12-01'), or what people write
    ('yesterday', '3 days ago', 'last monday', read by dateparser relative to `now`)."""
    try:
        return now - parse_duration(text)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        import dateparser  # slow to import: only for the phrases that need it

        base = now.astimezone(UTC).replace(tzinfo=None)
        parsed = dateparser.parse(text, languages=["en"], settings={
            "RELATIVE_BASE": base, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past"})
        if parsed is None:
            raise ValueError(f"--since takes a duration (2d), a date or a phrase such as "
                             f"'yesterday': {text!r}") from None
        return parsed
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class AlertFilter(BaseModel):
    """Every field that is set must match; an empty filter lets everything through."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kinds: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    min_severity: Literal["info", "low", "medium", "high", "critical"] | None = None
    statuses: tuple[Literal["new", "update"], ...] = ()
    due_within: timedelta | None = None  # deadline passes between now and now + due_within
    since: datetime | None = None  # created at or after

    @field_validator("due_within", mode="before")
    @classmethod
    def _duration(cls, value: object) -> object:
        """'7d' as people write it; other strings (ISO 8601 'P7D') go to pydantic."""
        if isinstance(value, str) and _DURATION.match(value):
            return parse_duration(value)
        return value

    def matches(self, alert: Alert, *, now: datetime) -> bool:
        if self.kinds and alert.kind not in self.kinds:
            return False
        if self.actors and not {a.upper() for a in self.actors} & set(alert.actors):
            return False
        if self.min_severity and SEVERITIES.index(alert.severity) < SEVERITIES.index(
            self.min_severity
        ):
            return False
        if self.statuses and alert.status not in self.statuses:
            return False
        if self.due_within is not None and not due_within(alert.due, self.due_within, now=now):
            return False
        return self.since is None or alert.created_at >= self.since


def due_within(due: date | None, window: timedelta, *, now: datetime) -> bool:
    if due is None:
        return False
    passes = datetime.combine(due + timedelta(days=1), datetime.min.time(), UTC)
    return now <= passes <= now + window


class SinkConfig(BaseModel):
    """One alert sink from the config file ([[sinks]]): webhook, JSON-lines file or stdout."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    type: Literal["webhook", "jsonl", "stdout"]
    name: str | None = None
    url: str | None = None  # webhook
    path: str | None = None  # jsonl
    secret_env: str = "WATCHFLOOR_WEBHOOK_SECRET"  # env var holding the HMAC-SHA256 key
    filter: AlertFilter = AlertFilter()
    max_attempts: PositiveInt = 5
    backoff: PositiveFloat = 0.5  # seconds before the first retry, doubled each time
    timeout: PositiveFloat = 10.0

    @field_validator("url")
    @classmethod
    def _http(cls, url: str | None) -> str | None:
        if url is not None and not url.startswith(("http://", "https://")):
            raise ValueError("a webhook url must be http(s)")
        return url

    @model_validator(mode="after")
    def _target(self) -> SinkConfig:
        if self.type == "webhook" and not self.url:
            raise ValueError("a webhook sink needs a url")
        if self.type == "jsonl" and not self.path:
            raise ValueError("a jsonl sink needs a path")
        return self

    def label(self) -> str:
        return self.name or f"{self.type}:{self.url or self.path or '-'}"
