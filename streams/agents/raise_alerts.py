"""signals -> alerts: one alert per (article, kind) when deadline or moratorium language appears."""

from __future__ import annotations

from faust.types import StreamT

from streams.alerting import alert_for
from streams.app import app
from streams.deadletter import dead_letter_on_error
from streams.models import Signal
from streams.topics import alerts, signals

raised = app.Table(
    "raised-alerts", key_type=str, value_type=str,
    help="alert id -> when it was raised; a replayed article finds its alerts here",
)


@app.agent(signals)
async def raise_alerts(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        async with dead_letter_on_error(event, agent="raise_alerts"):
            signal = Signal.model_validate_json(event.value)
            alert = alert_for(signal)
            if alert is None or alert.id in raised:
                continue
            await alerts.send(key=alert.id.encode(), value=alert.to_wire())
            raised[alert.id] = alert.created_at.isoformat()
