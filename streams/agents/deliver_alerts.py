"""alerts -> sinks: each alert to every configured sink whose filter it matches.

Consuming the alerts topic also puts the worker's sends to it inside Faust's transactions
(processing_guarantee="exactly_once"): faust makes sends transactional only for topics the
worker itself consumes, so this agent is what keeps a read_committed subscriber free of
duplicates after a crash.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
from faust.types import StreamT

from streams.app import app, settings
from streams.deadletter import dead_letter_on_error, send_dead_letter
from streams.models import Alert
from streams.sinks import SinkError, build_sinks, deliver
from streams.topics import alerts


@app.agent(alerts)
async def deliver_alerts(stream: StreamT[bytes]) -> None:
    async with httpx.AsyncClient(follow_redirects=False) as client:
        sinks = build_sinks(settings.sinks, client)
        async for event in stream.events():
            async with dead_letter_on_error(event, agent="deliver_alerts"):
                alert = Alert.model_validate_json(event.value)
                now = datetime.now(UTC)
                wanted = [s for s in sinks if s.config.filter.matches(alert, now=now)]
                results = await asyncio.gather(*(deliver(s, alert) for s in wanted),
                                               return_exceptions=True)
                for result in results:
                    if isinstance(result, SinkError):
                        await send_dead_letter(event, result, agent="deliver_alerts",
                                               reason="sink-failed")
                    elif isinstance(result, BaseException):
                        raise result
