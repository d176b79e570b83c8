"""Metrics, readiness and JSON log lines, without a broker."""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace

import pytest
from prometheus_client import REGISTRY

from streams import metrics
from streams.cli import JsonFormatter


@pytest.mark.parametrize(("highwater", "committed", "lag"), [
    (100, 100, 0),
    (100, 60, 40),
    (100, None, 100),
    (5, 9, 0),  # a commit seen before the highwater refreshed is not a negative lag
])
def test_lag_is_highwater_minus_committed_and_never_negative(
    highwater: int, committed: int | None, lag: int
) -> None:
    assert metrics.lag_of(highwater, committed) == lag


def lag_sample(topic: str, partition: int) -> float | None:
    return REGISTRY.get_sample_value(
        "watchfloor_consumer_lag", {"topic": topic, "partition": str(partition)})


def test_a_partition_that_moved_to_another_worker_stops_reporting_lag() -> None:
    held = metrics.set_consumer_lag({("t-lag", 0): 5, ("t-lag", 1): 7}, previous=())

    metrics.set_consumer_lag({("t-lag", 1): 2}, previous=held)

    assert (lag_sample("t-lag", 0), lag_sample("t-lag", 1)) == (None, 2)
    assert REGISTRY.get_sample_value("watchfloor_assigned_partitions") == 1


def fake_app(*, rebalancing: bool = False, in_recovery: bool = False, assigned: int = 2):
    consumer = SimpleNamespace(assignment=lambda: {object() for _ in range(assigned)})
    return SimpleNamespace(rebalancing=rebalancing, in_recovery=in_recovery, consumer=consumer)


@pytest.mark.parametrize(("app", "started", "ready"), [
    (fake_app(), False, False),
    (fake_app(), True, True),
    (fake_app(rebalancing=True), True, False),
    (fake_app(in_recovery=True), True, False),
    (fake_app(assigned=0), True, True),  # a spare replica idles, ready, by design
])
def test_ready_only_when_started_and_neither_rebalancing_nor_recovering(
    app: SimpleNamespace, started: bool, ready: bool
) -> None:
    from streams.web import readiness

    ok, body = readiness(app, started=started)  # type: ignore[arg-type]

    assert (ok, body["ready"]) == (ready, ready)


def record(name: str, message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord(name, logging.WARNING, __file__, 1, message, args, None)


def test_a_json_log_line_carries_our_key_value_pairs_as_fields() -> None:
    line = JsonFormatter().format(
        record("streams.deadletter", "dead letter topic=%s offset=%d reason=%s", "a", 7, "invalid"))

    entry = json.loads(line)

    assert entry["message"] == "dead letter topic=a offset=7 reason=invalid"
    assert entry["fields"] == {"topic": "a", "offset": "7", "reason": "invalid"}
    assert (entry["level"], entry["logger"]) == ("warning", "streams.deadletter")


def test_a_foreign_log_line_is_json_without_guessed_fields() -> None:
    entry = json.loads(JsonFormatter().format(record("aiokafka", "x=1 happened")))

    assert "fields" not in entry
