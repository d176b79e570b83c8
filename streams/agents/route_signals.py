"""signals -> commitment events: each signal that can raise a notice, keyed by its commitment."""

from __future__ import annotations

from faust.types import StreamT

from streams.app import app, settings
from streams.commitments import commitment_key
from streams.deadletter import dead_letter_on_error
from streams.models import CommitmentEvent, Signal
from streams.topics import commitments, signals


@app.agent(signals)
async def route_signals(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        async with dead_letter_on_error(event, agent="route_signals"):
            signal = Signal.model_validate_json(event.value)
            key = commitment_key(signal, new_tests=settings.alert_on_new_tests)
            if key is not None:
                routed = CommitmentEvent(key=key, signal=signal)
                await commitments.send(key=key.encode(), value=routed.to_wire())
