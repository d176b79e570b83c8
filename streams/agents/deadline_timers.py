"""The deadline timer: a tick for each commitment whose next reminder the wall clock reached.

Timers cannot write tables, so the timer only sends ticks into the commitment-events topic;
`raise_alerts` decides there, idempotently, whether a reminder fires (once per threshold).
"""

from __future__ import annotations

import logging

from streams.agents.raise_alerts import states, wall_clock
from streams.app import app, settings
from streams.commitments import CommitmentState, next_reminder
from streams.models import CommitmentEvent
from streams.topics import commitments

logger = logging.getLogger(__name__)


@app.timer(interval=settings.timer_interval)
async def tick_due_deadlines() -> None:
    now = wall_clock()
    due = [key for key, raw in list(states.items()) if key.startswith("deadline|")
           and (when := next_reminder(CommitmentState.model_validate_json(raw))) and when <= now]
    for key in due:
        await commitments.send(key=key.encode(),
                               value=CommitmentEvent(key=key, tick_at=now).to_wire())
    if due:
        logger.info("deadline ticks sent count=%d", len(due))
