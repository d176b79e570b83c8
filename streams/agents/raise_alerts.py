"""commitment events -> alerts: a notice when a commitment appears, changes or a timer is due.

The commitments table (changelog-backed) holds each commitment's state; the stream is keyed
by commitment key, so one partition owns each commitment. See streams/commitments.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from faust.types import StreamT

from streams.app import app, settings
from streams.commitments import CommitmentState, on_signal, on_tick
from streams.deadletter import dead_letter_on_error
from streams.models import CommitmentEvent
from streams.topics import alerts, commitments

states = app.Table(
    "commitments", key_type=str, value_type=str,
    help="commitment key -> CommitmentState JSON",
)


def wall_clock() -> datetime:
    """Now, shifted by `clock_skew` (drills and timer tests only)."""
    return datetime.now(UTC) + timedelta(seconds=settings.clock_skew)


@app.agent(commitments)
async def raise_alerts(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        async with dead_letter_on_error(event, agent="raise_alerts"):
            item = CommitmentEvent.model_validate_json(event.value)
            raw = states.get(item.key)
            state = None if raw is None else CommitmentState.model_validate_json(raw)
            if item.signal is not None:
                state, alert = on_signal(state, item.key, item.signal, now=wall_clock())
            elif state is not None:
                state, alert = on_tick(state, now=wall_clock())
            else:
                continue  # a tick for a commitment this worker no longer holds
            if alert is not None:
                await alerts.send(key=alert.id.encode(), value=alert.to_wire())
            states[item.key] = state.model_dump_json()
