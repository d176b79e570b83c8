"""The worker as a service: clean SIGTERM with offsets committed, health, readiness, metrics, logs."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition

from streams.models import Article
from streams.settings import Settings
from streams.topic_admin import committed_offsets
from streams.topics import topic_names
from tests.broker.kafka_io import TopicReader, produce
from tests.broker.processes import WorkerProcess

pytestmark = [pytest.mark.broker, pytest.mark.asyncio]

TEXT = (
    "North Korea threatened to end its moratorium on nuclear tests and set an end-of-year "
    "deadline for Washington, state media said in report {n}."
)


def article(n: int) -> Article:
    return Article(id=f"svc-{n}", text=TEXT.format(n=n), title=f"report {n}", source="test",
                   published=datetime(2019, 12, 1, tzinfo=UTC) + timedelta(minutes=n))


async def committed_offset(settings: Settings, topic: str) -> int | None:
    """The offset the worker's consumer group (group id = app id) committed on partition 0."""
    offsets = await committed_offsets(settings.kafka_bootstrap, settings.app_id)
    return offsets.get(TopicPartition(topic, 0))


async def produce_many(settings: Settings, topic: str, items: list[Article]) -> None:
    """Send without waiting for each ack, then flush: thousands of articles in a second."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                                linger_ms=5)
    await producer.start()
    try:
        for a in items:
            await producer.send(topic, key=a.id.encode(), value=a.to_wire())
        await producer.flush()
    finally:
        await producer.stop()


def article_ids(records: list) -> set[str]:
    return {json.loads(r.value)["article_id"] for r in records}


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def sample(metrics_text: str, name: str) -> float:
    """The value of one exposition line, e.g. 'watchfloor_articles_total'; 0 when absent."""
    for line in metrics_text.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


@pytest.mark.parametrize("guarantee", ["at_least_once"])
async def test_sigterm_mid_stream_exits_0_within_10_s_and_commits_only_what_was_processed(
    broker_settings: Settings, tmp_path: Path, guarantee: str
) -> None:
    broker_settings = broker_settings.model_copy(update={"processing_guarantee": guarantee})
    names = topic_names(broker_settings)
    n = 3000
    proc = WorkerProcess(broker_settings, tmp_path / "worker.log")
    proc.start()
    try:
        await produce_many(broker_settings, names.articles, [article(i) for i in range(n)])
        async with TopicReader(broker_settings, names.signals) as signals:
            await signals.wait_until(lambda r: len(r) >= 1)
            started = time.monotonic()
            status = proc.stop(timeout=30)
            stopped_in = time.monotonic() - started
            mid = await committed_offset(broker_settings, names.articles)
            assert mid is not None
            await signals.wait_until(lambda r: article_ids(r) >= {f"svc-{i}" for i in range(mid)},
                                     timeout=20)

            proc.start()  # the restarted worker resumes at the commit and finishes the rest
            await signals.wait_until(lambda r: len(article_ids(r)) == n, timeout=120)
            final_status = proc.stop(timeout=30)
        final = await committed_offset(broker_settings, names.articles)
    finally:
        proc.kill()

    assert (status, final_status) == (0, 0)
    assert stopped_in < 10, f"SIGTERM took {stopped_in:.1f} s"
    assert 0 < mid <= n
    assert final == n


async def test_health_ready_and_metrics_are_served_and_logs_are_json_lines(
    broker_settings: Settings, tmp_path: Path
) -> None:
    settings = broker_settings.model_copy(
        update={"web_enabled": True, "lag_interval": 0.5, "json_logs": True})
    names = topic_names(settings)
    base = f"http://127.0.0.1:{settings.web_port}"
    proc = WorkerProcess(settings, tmp_path / "worker.log")
    proc.start()
    try:
        proc.wait_for("worker ready", timeout=10)  # our app task ran: /ready can say yes
        health, _ = get(f"{base}/health")
        ready, ready_body = get(f"{base}/ready")
        good = article(1)
        await produce(settings, names.articles, (b"junk", b"{not json"),
                      (good.id.encode(), good.to_wire()))
        async with TopicReader(settings, names.signals) as signals:
            await signals.wait_until(lambda r: "svc-1" in article_ids(r))
        deadline = time.monotonic() + 20
        while True:  # the lag gauge appears at the timer's next tick
            _, text = get(f"{base}/metrics")
            lag_line = f'watchfloor_consumer_lag{{partition="0",topic="{names.articles}"}}'
            if sample(text, lag_line) == 0 and lag_line in text or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
        log = proc.output()
    finally:
        proc.kill()
    json_lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    letters = [e for e in json_lines if e["message"].startswith("dead letter")]

    assert (health, ready, json.loads(ready_body)["ready"]) == (200, 200, True)
    assert sample(text, "watchfloor_articles_total") == 2
    assert sample(text, 'watchfloor_signals_total{kind="moratorium"}') >= 1
    assert sample(text, 'watchfloor_signals_total{kind="deadline"}') >= 1
    assert sample(text, 'watchfloor_dead_letters_total{agent="extract_signals",reason="invalid"}') == 1
    assert sample(text, "watchfloor_extraction_seconds_count") == 2
    assert lag_line in text
    assert any(e["message"].endswith("Ready") for e in json_lines)
    assert [e["fields"]["reason"] for e in letters] == ["invalid"]
