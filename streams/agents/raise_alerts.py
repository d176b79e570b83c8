"""commitment events -> alerts: a notice when a commitment appears, changes or a timer is due.

The commitments table (changelog-backed) holds each commitment's state; the stream is keyed
by commitment key, so one partition owns each commitment. Exactly once as a subscriber sees
it: each notice has a deterministic (alert id, revision), and the alert ledger, which reads
the alerts topic itself, stops a recomputed notice from being sent twice (see alert_ledger).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from typing import Any

from faust.types import StreamT

from streams import metrics
from streams.alert_ledger import AlertLedger
from streams.app import app, settings
from streams.commitments import CommitmentState, confirm, expired, on_signal, on_tick
from streams.deadletter import dead_letter_on_error
from streams.models import Alert, CommitmentEvent, stable_id
from streams.topics import ALERTS, alerts, commitments

logger = logging.getLogger(__name__)

states = app.Table(
    "commitments", key_type=str, value_type=str,
    help="commitment key -> CommitmentState JSON",
)
ledger = AlertLedger(settings.kafka_bootstrap, ALERTS)


def retention_of(state: CommitmentState) -> timedelta:
    """How long a quiet commitment is kept: new-test notices are keyed per day, so they are
    done with sooner than moratoria and deadlines."""
    days = (settings.new_test_retention_days if state.kind == "weapons_test"
            else settings.commitment_retention_days)
    return timedelta(days=days)


def wall_clock() -> datetime:
    """Now, shifted by `clock_skew` (drills and timer tests only)."""
    return datetime.now(UTC) + timedelta(seconds=settings.clock_skew)


@app.on_rebalance_complete.connect  # type: ignore[arg-type]  # mode spells its handler type with mypy_extensions' VarArg, which mypy 2 no longer reads
async def _read_the_ledger_before_the_first_event(sender: Any, **kwargs: Any) -> None:
    """Read the alerts topic up to its end before events run again: at start-up all of it;
    after a rebalance, the notices a worker that handed partitions over sent just before it
    did (the ledger follows the topic all along, so this is quick). Here, not inside the
    agent: awaiting in the agent during a rebalance made faust hand out events out of order."""
    await ledger.ensure_caught_up()


@app.agent(commitments)
async def raise_alerts(stream: StreamT[bytes]) -> None:
    await ledger.ensure_caught_up()  # also after Faust restarts a crashed agent
    try:
        async for event in stream.events():
            async with dead_letter_on_error(event, agent="raise_alerts"):
                await handle(CommitmentEvent.model_validate_json(event.value))
    finally:
        await ledger.stop()


async def handle(item: CommitmentEvent) -> None:
    """Fold a signal or a timer tick into its commitment; save, then send what is unsent."""
    now, alert_id = wall_clock(), stable_id(item.key)
    state = parsed_state(item.key)
    if item.signal is not None:
        state, _ = on_signal(state, item.key, item.signal, now=now,
                             published=0 if state else expired_at(item.key))
    elif state is None:
        return  # a tick for a commitment this worker no longer holds
    elif expired(state, now=now, retention=retention_of(state),
                 published=ledger.published(alert_id)):
        drop_state(state)
        return
    else:
        state, _ = on_tick(state, now=now)
    confirm(state, ledger.published(alert_id))
    save_state(state)  # saved before the notice is sent
    for alert in state.unconfirmed:  # the new notice, and any a crash or failed send lost
        await publish(alert)


PARSED_KEPT = 1024  # parsed states kept for reuse, most recently used first out last
_parsed: OrderedDict[str, tuple[str, CommitmentState]] = OrderedDict()  # key -> (value, parse)


def parsed_state(key: str, *, remember: bool = True) -> CommitmentState | None:
    """The table's state for key, parsed once per value while it is in use: a busy
    commitment's JSON is large, and re-parsing it for every corroborating signal was a tenth
    of the worker's time. A parse is reused only while the table still holds the very value
    it came from (recovery from the changelog, or another worker's writes after a rebalance,
    replace it). Bounded: the least recently used parses are dropped; `remember=False`
    (the timer's sweep over every key) leaves the cache as it was."""
    raw = states.get(key)
    if raw is None or raw.startswith(EXPIRED):
        _parsed.pop(key, None)
        return None
    cached = _parsed.get(key)
    if cached is not None and cached[0] == raw:
        if remember:
            _parsed.move_to_end(key)
        return cached[1]
    state = CommitmentState.model_validate_json(raw)
    if remember:
        remember_parse(key, raw, state)
    return state


def remember_parse(key: str, raw: str, state: CommitmentState) -> None:
    _parsed[key] = (raw, state)
    _parsed.move_to_end(key)
    while len(_parsed) > PARSED_KEPT:
        _parsed.popitem(last=False)


def save_state(state: CommitmentState) -> None:
    raw = state.model_dump_json()
    states[state.key] = raw
    remember_parse(state.key, raw, state)


EXPIRED = "expired@"  # table value of an expired commitment: "expired@<last revision>"


def drop_state(state: CommitmentState) -> None:
    """Expire a commitment: its state is replaced by a marker holding its last revision, so a
    later report reopens it after that revision. (Not the ledger's count: after a crash that
    lost a first state write but not its notice, the ledger is ahead, and the replay must
    recompute the same revision for the ledger to recognise it.)"""
    states[state.key] = f"{EXPIRED}{state.revision}"
    _parsed.pop(state.key, None)
    metrics.COMMITMENTS_EXPIRED.inc()
    logger.info("commitment expired key=%s revision=%d", state.key, state.revision)


def expired_at(key: str) -> int:
    """The last revision of an expired commitment (0 for one never seen)."""
    raw = states.get(key)
    return int(raw.removeprefix(EXPIRED)) if raw and raw.startswith(EXPIRED) else 0


async def publish(alert: Alert) -> None:
    """Send a notice unless the alerts topic holds this revision of it or it is on its way.

    The acknowledgement is not awaited here: a round trip per notice would serialise the
    agent. The ledger counts the notice as published when the broker acknowledges it."""
    await ledger.settle(alert.id)  # a failed earlier revision goes again before this one
    if ledger.sent(alert.id) >= alert.revision:
        return
    pending = await alerts.send(key=alert.id.encode(), value=alert.to_wire())
    ledger.sending(alert.id, alert.revision, pending)
    metrics.ALERTS_RAISED.labels(alert.kind).inc()

