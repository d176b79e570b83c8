"""Alert sinks: webhook (signed POST), JSON-lines file and stdout, each with its own retries.

A sink that keeps failing costs its own retries, never the pipeline's progress: delivery runs
beside the other sinks, and after the last attempt the alert becomes a dead letter.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

import httpx

from streams.models import Alert
from streams.subscriptions import SinkConfig

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Watchfloor-Signature"


class SinkError(RuntimeError):
    """A delivery that failed after every attempt."""


class Sink(Protocol):
    config: SinkConfig

    async def send(self, body: bytes, alert: Alert) -> None: ...


def signature(secret: bytes, body: bytes) -> str:
    """The value of the signature header: sha256=<hex HMAC-SHA256 of the body>."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class WebhookSink:
    """POST the alert JSON; 2xx is delivered, anything else is retried."""

    def __init__(self, config: SinkConfig, client: httpx.AsyncClient) -> None:
        self.config = config
        self.client = client
        secret = os.environ.get(config.secret_env)
        self.secret = secret.encode() if secret else None

    async def send(self, body: bytes, alert: Alert) -> None:
        assert self.config.url is not None
        headers = {"Content-Type": "application/json", "X-Watchfloor-Alert-Id": alert.id,
                   "X-Watchfloor-Revision": str(alert.revision)}
        if self.secret is not None:
            headers[SIGNATURE_HEADER] = signature(self.secret, body)
        response = await self.client.post(self.config.url, content=body, headers=headers,
                                          timeout=self.config.timeout)
        response.raise_for_status()


class JsonLinesSink:
    """Append one alert per line to a file."""

    def __init__(self, config: SinkConfig) -> None:
        self.config = config
        assert config.path is not None
        self.path = Path(config.path)

    async def send(self, body: bytes, alert: Alert) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as f:
            f.write(body + b"\n")


class StdoutSink:
    def __init__(self, config: SinkConfig) -> None:
        self.config = config

    async def send(self, body: bytes, alert: Alert) -> None:
        sys.stdout.write(body.decode() + "\n")
        sys.stdout.flush()


def build_sinks(configs: tuple[SinkConfig, ...], client: httpx.AsyncClient) -> list[Sink]:
    built: list[Sink] = []
    for c in configs:
        if c.type == "webhook":
            built.append(WebhookSink(c, client))
        elif c.type == "jsonl":
            built.append(JsonLinesSink(c))
        else:
            built.append(StdoutSink(c))
    return built


async def deliver(sink: Sink, alert: Alert) -> None:
    """Send with exponential backoff; raises SinkError after the last attempt."""
    body = alert.model_dump_json().encode()
    delay = sink.config.backoff
    for attempt in range(1, sink.config.max_attempts + 1):
        try:
            await sink.send(body, alert)
            return
        except (httpx.HTTPError, OSError) as exc:
            logger.warning("sink failed sink=%s alert=%s attempt=%d error=%r",
                           sink.config.label(), alert.id, attempt, exc)
            if attempt == sink.config.max_attempts:
                raise SinkError(f"{sink.config.label()}: {exc!r}") from exc
            await asyncio.sleep(delay)
            delay *= 2
