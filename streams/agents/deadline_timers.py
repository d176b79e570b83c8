"""The deadline timer: a tick for each commitment whose next reminder the wall clock reached,
whose saved notice failed to send, or which has expired.

Timers cannot write tables, so the timer only sends ticks into the commitment-events topic;
`raise_alerts` decides there, idempotently, whether a reminder fires (once per threshold),
sends again any saved notice the alerts topic does not hold, and drops expired commitments.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from streams.agents.raise_alerts import ledger, parsed_state, retention_of, states, wall_clock
from streams.app import app, settings
from streams.commitments import CommitmentState, expired, next_reminder
from streams.models import CommitmentEvent, stable_id
from streams.topics import commitments

logger = logging.getLogger(__name__)


def needs_tick(state: CommitmentState, *, now: datetime, sent: int, published: int,
               retention: timedelta) -> bool:
    """A reminder is due, a notice is saved that was neither published nor is in flight,
    or the commitment expired."""
    if state.kind == "deadline" and (when := next_reminder(state)) and when <= now:
        return True
    return any(a.revision > sent for a in state.unconfirmed) or expired(
        state, now=now, retention=retention, published=published)


@app.timer(interval=settings.timer_interval)
async def tick_due_deadlines() -> None:
    now = wall_clock()
    if ledger.stale:
        return  # what was sent is not known yet
    due = [key for key in list(states.keys())
           if (state := parsed_state(key, remember=False)) is not None
           and needs_tick(state, now=now, sent=ledger.sent(alert_id := stable_id(key)),
                          published=ledger.published(alert_id), retention=retention_of(state))]
    for key in due:
        await commitments.send(key=key.encode(),
                               value=CommitmentEvent(key=key, tick_at=now).to_wire())
    if due:
        logger.info("commitment ticks sent count=%d", len(due))
