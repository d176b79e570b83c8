"""Commitments as state: moratoria and deadlines tracked over time, and the notices they raise.

Plain functions over a `CommitmentState`, so every rule is tested without Kafka. Rules:
- a commitment is keyed by actor + kind (+ normalised scope for moratoria; + weapon and day
  for new-test notices); a replayed or corroborating article changes counts, not notices;
- a moratorium only moves forward: called_for/in_force -> threatened -> ended; a background
  mention of an earlier state never rolls it back, and an article older than the state's
  last change never changes it;
- a deadline's due date changing is a transition ("deadline moved");
- a commitment quiet for the retention period (wall clock), with no reminder pending and no
  notice unsent, expires: its state is dropped, so the table holds what is live, not all
  history; if it is reported again it opens afresh, its revisions continuing after the last
  one published so subscribers never see a revision number twice;
- reminders fire on the wall clock at 7 days and 1 day before the due date passes and when it
  passes, once each; thresholds already behind the wall clock when a due date becomes known
  are skipped silently, so replaying old articles never fires timers for long-past deadlines.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from streams.models import Alert, AlertKind, Evidence, Severity, Signal, Transition, stable_id

STATUS_RANK: dict[str, int] = {"called_for": 0, "in_force": 1, "threatened": 2, "ended": 3}
MORATORIUM_SEVERITY: dict[str, Severity] = {
    "ended": "critical", "threatened": "high", "called_for": "medium", "in_force": "medium",
}
REMINDERS: tuple[tuple[str, timedelta, Severity], ...] = (
    ("7 days", timedelta(days=7), "high"),
    ("1 day", timedelta(days=1), "critical"),
    ("passed", timedelta(0), "high"),
)
SOON = timedelta(days=14)  # a deadline due this soon after the report is high severity
SCOPE_KEY = {"icbm": "long_range_missile"}  # same halt, spelled two ways
MAX_ARTICLES, MAX_EVIDENCE, MAX_HISTORY, MAX_UNCONFIRMED, MAX_SIGNALS = 50, 5, 20, 50, 200


class CommitmentState(BaseModel):
    """What the tracker knows about one commitment; the value in the commitments table."""

    model_config = ConfigDict(extra="forbid")
    key: str
    kind: AlertKind
    actors: list[str]
    revision: int = 0
    status: str | None = None
    scope: list[str] = Field(default_factory=list)
    weapon: list[str] = Field(default_factory=list)
    due: date | None = None
    changed_at: datetime  # publication time of the report behind the current status or due
    first_seen: datetime
    last_seen: datetime
    article_ids: list[str] = Field(default_factory=list)  # newest first, bounded
    signal_ids: list[str] = Field(default_factory=list)  # applied signals, newest first, bounded
    articles_seen: int = 0
    evidence: list[Evidence] = Field(default_factory=list)
    history: list[Transition] = Field(default_factory=list)
    reminders_done: list[str] = Field(default_factory=list)  # for the current due date
    reason: str = ""  # of the latest notice, so it can be sent again exactly as it was
    severity: Severity = "info"
    noticed_at: datetime | None = None  # wall clock of the latest notice
    touched_at: datetime | None = None  # wall clock of the latest signal: expiry counts from it
    opened_after: int = 0  # revisions published before this state opened (after an expiry)
    unconfirmed: list[Alert] = Field(default_factory=list)  # sent, not yet seen on the topic


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def commitment_key(signal: Signal, *, new_tests: bool) -> str | None:
    """The commitment a signal speaks about, or None when it raises no notice."""
    a = signal.attrs
    if signal.kind == "moratorium":
        scope = sorted({SCOPE_KEY.get(s, s) for s in as_list(a.get("scope"))}) or ["any"]
        return f"moratorium|{a.get('actor') or '?'}|{','.join(scope)}"
    if signal.kind == "deadline":
        return f"deadline|{a.get('set_by') or '?'}"
    if signal.kind == "weapons_test" and new_tests and a.get("temporal") == "new":
        weapons = ",".join(sorted(as_list(a.get("weapon")))) or "unspecified"
        return f"weapons_test|{a.get('actor') or '?'}|{weapons}|{signal.published.date()}"
    return None


def passes_at(due: date) -> datetime:
    """A deadline passes when its due day ends (UTC)."""
    return datetime.combine(due + timedelta(days=1), time(0), UTC)


def reminders_behind(due: date, now: datetime) -> list[str]:
    return [name for name, before, _ in REMINDERS if passes_at(due) - before <= now]


def evidence_of(signal: Signal) -> Evidence:
    return Evidence(
        article_id=signal.article_id, start=signal.start, end=signal.end, text=signal.evidence,
        sentence=signal.sentence, quoted=signal.quoted, url=signal.url, source=signal.source,
        title=signal.title, published=signal.published,
    )


def severity_of(state: CommitmentState) -> Severity:
    """Moratorium ended > threatened > in force; a deadline due soon after its report > later."""
    if state.kind == "moratorium":
        return MORATORIUM_SEVERITY.get(state.status or "", "medium")
    if state.kind == "deadline":
        if state.due is not None and passes_at(state.due) - state.changed_at <= SOON:
            return "high"
        return "medium"
    return "low"


def notice(
    state: CommitmentState, *, reason: str, now: datetime, severity: Severity | None = None
) -> Alert:
    """The next revision of the commitment's alert; the state records that it was sent."""
    state.revision += 1
    state.noticed_at = now
    state.reason = reason
    state.severity = severity or severity_of(state)
    alert = latest_notice(state)
    state.unconfirmed = [*state.unconfirmed, alert][-MAX_UNCONFIRMED:]
    return alert


def confirm(state: CommitmentState, published: int) -> None:
    """Forget notices the alerts topic is known to hold; keep the rest for resending."""
    state.unconfirmed = [a for a in state.unconfirmed if a.revision > published]


def latest_notice(state: CommitmentState) -> Alert:
    """The commitment's latest notice, rebuilt from its state (same id, revision and text)."""
    return Alert(
        id=stable_id(state.key), revision=state.revision, kind=state.kind,
        status="new" if state.revision == state.opened_after + 1 else "update",
        reason=state.reason,
        severity=state.severity, actors=state.actors, due=state.due,
        moratorium_status=state.status, scope=state.scope, weapon=state.weapon,
        evidence=state.evidence, article_ids=state.article_ids,
        corroborating_articles=max(state.articles_seen, 1), first_seen=state.first_seen,
        last_seen=state.last_seen, history=state.history,
        created_at=state.noticed_at or state.last_seen,
    )


def new_state(key: str, signal: Signal, *, now: datetime, published: int = 0) -> CommitmentState:
    a = signal.attrs
    actor = a.get("set_by") if signal.kind == "deadline" else a.get("actor")
    due = date.fromisoformat(a["due"]) if signal.kind == "deadline" and a.get("due") else None
    return CommitmentState(
        key=key, kind=signal.kind,  # type: ignore[arg-type]  # only alerting kinds have keys
        actors=as_list(actor), status=a.get("status") if signal.kind == "moratorium" else None,
        scope=as_list(a.get("scope")) if signal.kind == "moratorium" else [],
        weapon=as_list(a.get("weapon")) if signal.kind == "weapons_test" else [],
        due=due, changed_at=signal.published, first_seen=signal.published,
        last_seen=signal.published, reminders_done=reminders_behind(due, now) if due else [],
        revision=published, opened_after=published,
    )


def record(state: CommitmentState, signal: Signal) -> None:
    """Count the signal's article (once) and keep its evidence."""
    state.last_seen = max(state.last_seen, signal.published)
    state.first_seen = min(state.first_seen, signal.published)
    if signal.article_id not in state.article_ids:
        state.articles_seen += 1
        state.article_ids = [signal.article_id, *state.article_ids][:MAX_ARTICLES]
    if all(e.article_id != signal.article_id or e.start != signal.start for e in state.evidence):
        state.evidence = [evidence_of(signal), *state.evidence][:MAX_EVIDENCE]


def transition(state: CommitmentState, signal: Signal, *, now: datetime) -> Transition | None:
    """The state change this signal reports, applied to the state; None when there is none."""
    if signal.published < state.changed_at:
        return None  # older news never overrides newer state
    a = signal.attrs
    change: Transition | None = None
    if state.kind == "moratorium":
        new = a.get("status")
        if new in STATUS_RANK and STATUS_RANK[new] > STATUS_RANK.get(state.status or "", -1):
            change = Transition(field="status", old=state.status, new=new, at=signal.published,
                                article_id=signal.article_id)
            state.status = new
            state.scope = sorted(set(state.scope) | set(as_list(a.get("scope"))))
    elif state.kind == "deadline" and a.get("due"):
        due = date.fromisoformat(a["due"])
        if due != state.due:
            change = Transition(field="due", old=state.due and state.due.isoformat(),
                                new=due.isoformat(), at=signal.published,
                                article_id=signal.article_id)
            state.due = due
            state.reminders_done = reminders_behind(due, now)
    if change is not None:
        state.changed_at = signal.published
        state.history = [*state.history, change][-MAX_HISTORY:]
    return change


def on_signal(
    state: CommitmentState | None, key: str, signal: Signal, *, now: datetime, published: int = 0
) -> tuple[CommitmentState, Alert | None]:
    """Fold one signal into its commitment: a notice when it is new or changed, else None.
    `published`: the last revision of the expired commitment this one reopens (0 if none)."""
    if state is None:
        state = new_state(key, signal, now=now, published=published)
        state.signal_ids = [signal.id]
        state.touched_at = now
        record(state, signal)
        return state, notice(state, reason="first report", now=now)
    state = state.model_copy()  # shallow: the rules reassign fields, never mutate them
    state.touched_at = now
    record(state, signal)
    if signal.id in state.signal_ids:
        return state, None  # a replayed signal was applied already: no notice, no change
    state.signal_ids = [signal.id, *state.signal_ids][:MAX_SIGNALS]
    change = transition(state, signal, now=now)
    if change is None:
        return state, None
    verb = "deadline moved" if change.field == "due" and change.old else f"{change.field}"
    return state, notice(state, reason=f"{verb} {change.old} -> {change.new}", now=now)


def on_tick(state: CommitmentState, *, now: datetime) -> tuple[CommitmentState, Alert | None]:
    """Fire the most urgent deadline reminder the wall clock has crossed, once."""
    if state.due is None:
        return state, None
    crossed = [r for r in REMINDERS
               if r[0] not in state.reminders_done and passes_at(state.due) - r[1] <= now]
    if not crossed:
        return state, None
    state = state.model_copy()  # shallow: the rules reassign fields, never mutate them
    name, _, severity = crossed[-1]
    state.reminders_done = [*state.reminders_done, *(r[0] for r in crossed)]
    state.history = [*state.history, Transition(field="reminder", old=None, new=name, at=now)]
    reason = "deadline passed" if name == "passed" else f"deadline {name} away"
    return state, notice(state, reason=reason, severity=severity, now=now)


def next_reminder(state: CommitmentState) -> datetime | None:
    """When the next reminder is due, for the timer that sends ticks."""
    if state.due is None:
        return None
    pending = [passes_at(state.due) - before for name, before, _ in REMINDERS
               if name not in state.reminders_done]
    return min(pending, default=None)


def expired(state: CommitmentState, *, now: datetime, retention: timedelta, published: int) -> bool:
    """Quiet for `retention` on the wall clock, no reminder pending, and every notice
    published (`published`: the highest revision the alerts topic holds)."""
    if any(a.revision > published for a in state.unconfirmed) or next_reminder(state):
        return False
    quiet_since = state.touched_at or state.noticed_at or state.last_seen
    return quiet_since + retention <= now
