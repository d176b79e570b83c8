"""Pydantic models for every message on every topic: the one schema language of watchfloor."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, date, datetime
from typing import Any, Literal, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

SignalKind = Literal["weapons_test", "escalation", "deadline", "moratorium"]
AlertKind = Literal["deadline", "moratorium", "weapons_test"]
Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
ALERTING_KINDS: frozenset[str] = frozenset({"deadline", "moratorium"})


def utc_now() -> datetime:
    return datetime.now(UTC)


class WireModel(BaseModel):
    """Frozen, strict about unknown fields; `to_wire()` is the one place a message becomes bytes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def to_wire(self) -> bytes:
        return self.model_dump_json().encode()


class Article(WireModel):
    """One news article, as polled or replayed. On the articles topic, keyed by id."""

    id: str = Field(min_length=1, max_length=1000)  # guid, else link, else a content hash
    url: str | None = None
    title: str | None = None
    text: str
    published: AwareDatetime
    source: str | None = None  # outlet or feed title
    fetched_at: AwareDatetime = Field(default_factory=utc_now)
    published_estimated: bool = False  # the feed gave no date: published is the fetch time


class Signal(WireModel):
    """One extracted signal with its evidence. On the signals topic, keyed by article id."""

    kind: SignalKind
    article_id: str = Field(min_length=1)
    start: int = Field(ge=0)  # character offsets into the article text, end exclusive
    end: int = Field(gt=0)
    evidence: str = Field(min_length=1)
    attrs: dict[str, Any] = Field(default_factory=dict)
    published: AwareDatetime  # of the article: alerts order and age by it
    url: str | None = None
    source: str | None = None
    title: str | None = None
    sentence: str | None = None  # the whole sentence the evidence sits in
    quoted: str | None = None  # who the sentence quotes ("KCNA said"), where it says

    @model_validator(mode="after")
    def _span_matches_evidence(self) -> Self:
        if self.end - self.start != len(self.evidence):
            raise ValueError("evidence length differs from end - start")
        return self

    @property
    def id(self) -> str:
        return f"{self.article_id}#{self.kind}@{self.start}"


class Evidence(WireModel):
    """A quote that made an alert fire, with where to read it and who said it."""

    article_id: str
    start: int
    end: int
    text: str
    sentence: str | None = None
    quoted: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: AwareDatetime


class Transition(WireModel):
    """One change of a commitment's state: a moratorium's status or a deadline's due date."""

    field: Literal["status", "due", "reminder"]
    old: str | None
    new: str | None
    at: AwareDatetime  # publication time of the report (wall clock for reminders)
    article_id: str | None = None


class Alert(WireModel):
    """A notice for analysts. On the alerts topic (compacted), keyed by alert id.

    One alert id per commitment (actor + kind + scope for moratoria, actor + kind for
    deadlines, actor + weapon + day for new tests); each message about it has the next
    `revision`, so (id, revision) names one notice and a subscriber can drop repeats.
    """

    id: str
    revision: int = Field(ge=1)
    kind: AlertKind
    status: Literal["new", "update"]
    reason: str  # why this notice: "first report", "status in_force -> threatened", ...
    severity: Severity
    actors: list[str]
    due: date | None = None  # deadlines: the resolved due date
    moratorium_status: str | None = None  # moratoria: in_force / threatened / ended / called_for
    scope: list[str] = Field(default_factory=list)  # moratoria: what is halted
    weapon: list[str] = Field(default_factory=list)  # new tests: weapon classes
    evidence: list[Evidence]  # newest first, a few
    article_ids: list[str]  # corroborating articles, newest first, a bounded few
    corroborating_articles: int = Field(ge=1)
    first_seen: AwareDatetime  # publication time of the first report
    last_seen: AwareDatetime  # publication time of the latest report
    history: list[Transition] = Field(default_factory=list)
    created_at: AwareDatetime = Field(default_factory=utc_now)


class CommitmentEvent(WireModel):
    """Input of the commitment tracker: a signal, or a timer tick. Keyed by commitment key."""

    key: str
    signal: Signal | None = None
    tick_at: AwareDatetime | None = None  # wall-clock time of a deadline-timer tick

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        if (self.signal is None) == (self.tick_at is None):
            raise ValueError("a commitment event holds a signal or a tick, not both or neither")
        return self


class DeadLetter(WireModel):
    """A message an agent could not process, kept whole with the reason. On dead-letters."""

    topic: str
    partition: int
    offset: int
    key_b64: str | None
    value_b64: str  # the original bytes, base64: nothing is lost whatever they were
    reason: str  # short class of failure, e.g. "invalid", "oversized"
    error: str  # the exception, for a person to read
    agent: str
    failed_at: AwareDatetime = Field(default_factory=utc_now)

    @classmethod
    def for_message(
        cls, *, topic: str, partition: int, offset: int, key: bytes | None, value: bytes,
        reason: str, error: str, agent: str,
    ) -> DeadLetter:
        return cls(
            topic=topic, partition=partition, offset=offset,
            key_b64=None if key is None else base64.b64encode(key).decode(),
            value_b64=base64.b64encode(value).decode(),
            reason=reason, error=error[:2000], agent=agent,
        )

    def value(self) -> bytes:
        return base64.b64decode(self.value_b64)


def stable_id(*parts: str) -> str:
    """A short deterministic id: replays and restarts give the same alert the same id."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]
