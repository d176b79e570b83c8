"""/health, /ready and /metrics on the worker's Faust web server, and the consumer-lag timer.

Liveness and readiness differ on purpose: a worker that is rebalancing or rebuilding
tables is alive (do not restart it) but not ready (do not count it as serving yet).
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from faust import web
from faust.types import TP, AppT
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from streams import metrics
from streams.app import app, settings

logger = logging.getLogger(__name__)

# aiohttp sets the charset itself and refuses a content type that names one.
PROMETHEUS_TYPE = CONTENT_TYPE_LATEST.split("; charset")[0]

_state: dict[str, Any] = {"started": False, "lag_partitions": set()}


def readiness(faust_app: AppT, *, started: bool) -> tuple[bool, dict[str, Any]]:
    """Ready once the worker finished starting and is neither rebalancing nor recovering.

    An empty assignment still counts as ready: with more workers than partitions the
    spare ones idle by design, and a rollout must not wait for them forever.
    """
    rebalancing = bool(getattr(faust_app, "rebalancing", False))
    recovering = bool(getattr(faust_app, "in_recovery", False))
    assigned = len(faust_app.consumer.assignment()) if started else 0
    ready = started and not rebalancing and not recovering
    return ready, {"ready": ready, "started": started, "rebalancing": rebalancing,
                   "recovering": recovering, "assigned_partitions": assigned}


@app.page("/health")
class Health(web.View):
    """Liveness: the event loop answers, so the process is up."""

    async def get(self, request: web.Request) -> web.Response:
        return self.json({"status": "ok"})


@app.page("/ready")
class Ready(web.View):
    """Readiness: 200 once partitions are assigned and tables recovered, else 503."""

    async def get(self, request: web.Request) -> web.Response:
        ready, body = readiness(self.app, started=_state["started"])
        return self.json(body, status=200 if ready else 503)


@app.page("/metrics")
class Metrics(web.View):
    """Prometheus text format: articles, signals, alerts, dead letters, lag, latency."""

    async def get(self, request: web.Request) -> web.Response:
        return self.bytes(generate_latest(REGISTRY), content_type=PROMETHEUS_TYPE)


@app.task
async def mark_started() -> None:
    """App tasks start after the first table recovery, when Faust logs "Ready"."""
    _state["started"] = True
    logger.info("worker ready web=%s:%d", settings.web_host, settings.web_port)


async def partition_lags(faust_app: AppT) -> dict[tuple[str, int], int]:
    """Lag per assigned partition: highwater minus the offset this worker last committed.

    Before this process commits a partition, its fetch position stands in for the commit.
    """
    consumer = faust_app.consumer
    committed_offsets: MutableMapping[TP, int] = faust_app.monitor.tp_committed_offsets
    lags: dict[tuple[str, int], int] = {}
    for tp in consumer.assignment():
        highwater: int | None = consumer.highwater(tp)
        if highwater is None:  # no fetch response for it yet: unknown, not zero
            continue
        committed = committed_offsets.get(tp)
        if committed is None:
            committed = await consumer.position(tp)
        lags[(tp.topic, tp.partition)] = metrics.lag_of(highwater, committed)
    return lags


@app.timer(interval=settings.lag_interval)
async def update_consumer_lag() -> None:
    """Refresh the lag gauges; a failure is logged, not raised, so the timer keeps going."""
    if app.rebalancing:
        return
    try:
        lags = await partition_lags(app)
    except Exception as exc:  # noqa: BLE001  # metrics must never stop the worker
        logger.warning("consumer lag not updated error=%r", exc)
        return
    _state["lag_partitions"] = metrics.set_consumer_lag(lags, previous=_state["lag_partitions"])
