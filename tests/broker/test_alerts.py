"""Alerts as subscribers see them, through the real broker: sinks, filters and deadline timers."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from streams.models import Alert, Article, DeadLetter
from streams.settings import Settings
from streams.topics import topic_names
from tests.broker.kafka_io import TopicReader, produce
from tests.broker.processes import WorkerProcess, run
from tests.conftest import SEED

pytestmark = [pytest.mark.broker, pytest.mark.asyncio]


def alerts_of(records: list) -> list[Alert]:
    return [Alert.model_validate_json(r.value) for r in records]


async def test_sinks_get_the_alerts_their_filter_wants_and_a_dead_sink_leaves_a_dead_letter(
    broker_settings: Settings, tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    httpserver.expect_request("/down", method="POST").respond_with_data("no", status=503)
    settings = Settings.model_validate({**broker_settings.model_dump(), "sinks": (
        {"type": "webhook", "url": httpserver.url_for("/hook"),
         "filter": {"kinds": ["moratorium"]}},
        {"type": "webhook", "name": "down", "url": httpserver.url_for("/down"),
         "max_attempts": 2, "backoff": 0.05, "filter": {"kinds": ["deadline"]}},
        {"type": "jsonl", "path": str(tmp_path / "alerts.jsonl")},
    )})
    worker = WorkerProcess(settings, tmp_path / "worker.log",
                           env={"WATCHFLOOR_WEBHOOK_SECRET": "k3y"})
    worker.start()
    names = topic_names(settings)
    try:
        run(settings, "replay", str(SEED))
        async with TopicReader(settings, names.dead_letters) as letters:
            await letters.wait_until(lambda r: len(r) >= 1)
        async with TopicReader(settings, names.alerts) as alerts:
            await alerts.wait_until(lambda r: len(r) >= 1)
            await alerts.poll(2)
        on_topic = alerts_of(alerts.records)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            lines = (tmp_path / "alerts.jsonl").read_text().splitlines() if (
                tmp_path / "alerts.jsonl").exists() else []
            if len(lines) >= len(on_topic):
                break
            await asyncio.sleep(0.2)
    finally:
        worker.kill()
    hooked = [(req.get_data(), req.headers) for req, _ in httpserver.log
              if req.path == "/hook"]
    letter = DeadLetter.model_validate_json(letters.records[0].value)

    assert hooked and all(json.loads(body)["kind"] == "moratorium" for body, _ in hooked)
    assert all(h["X-Watchfloor-Signature"] == "sha256=" + hmac.new(
        b"k3y", body, hashlib.sha256).hexdigest() for body, h in hooked)
    assert len(hooked) == sum(a.kind == "moratorium" for a in on_topic)
    assert (letter.reason, letter.agent) == ("sink-failed", "deliver_alerts")
    assert Alert.model_validate_json(letter.value()).kind == "deadline"
    assert sorted(Alert.model_validate_json(x).id for x in lines) == sorted(a.id for a in on_topic)


async def test_alerts_tail_filters_on_structured_fields(
    broker_settings: Settings, worker: WorkerProcess
) -> None:
    names = topic_names(broker_settings)
    run(broker_settings, "replay", str(SEED))
    async with TopicReader(broker_settings, names.alerts) as alerts:
        await alerts.wait_until(lambda r: {"deadline", "moratorium"} <= {
            a.kind for a in alerts_of(r)})
        await alerts.poll(2)
    everything = alerts_of(alerts.records)

    out = run(broker_settings, "alerts", "tail", "--json", "--kind", "moratorium",
              "--min-severity", "high", "--timeout", "2").stdout
    shown = [Alert.model_validate_json(line) for line in out.splitlines()]
    human = run(broker_settings, "alerts", "tail", "--actor", "PRK", "--timeout", "2").stdout

    expected = [a for a in everything if a.kind == "moratorium" and a.severity in (
        "high", "critical")]
    assert shown and [(a.id, a.revision) for a in shown] == [(a.id, a.revision) for a in expected]
    assert "moratorium" in human and "“" in human


def deadline_article(article_id: str, *, published: datetime) -> Article:
    text = "Russia set a 60-day deadline for talks on its nuclear missile programme."
    return Article(id=article_id, text=text, published=published, source="test")


def reminders(records: list) -> list[Alert]:
    return [a for a in alerts_of(records) if a.reason.startswith("deadline ") and
            ("away" in a.reason or "passed" in a.reason)]


async def test_deadline_reminders_fire_once_each_on_the_wall_clock_across_restarts(
    broker_settings: Settings, tmp_path: Path
) -> None:
    published = datetime.now(UTC) - timedelta(days=50)  # due in about ten days
    base = broker_settings.model_copy(update={"timer_interval": 0.5})
    names = topic_names(base)
    log = tmp_path / "worker.log"

    started: list[WorkerProcess] = []

    def worker_at(skew: timedelta) -> WorkerProcess:
        proc = WorkerProcess(base.model_copy(update={"clock_skew": skew.total_seconds()}), log)
        started.append(proc)
        proc.start()
        return proc

    try:
        proc = worker_at(timedelta(0))
        article = deadline_article("deadline-1", published=published)
        await produce(base, names.articles, (article.id.encode(), article.to_wire()))
        async with TopicReader(base, names.alerts) as alerts:
            (first,) = await alerts.wait_until(lambda r: len(r) >= 1)
            await alerts.poll(2)
            before = reminders(alerts.records)
            proc.kill()

            due = Alert.model_validate_json(first.value).due
            assert due is not None
            passes = datetime.combine(due + timedelta(days=1), datetime.min.time(), UTC)
            proc = worker_at(passes - timedelta(days=6) - datetime.now(UTC))  # 7-day mark crossed
            await alerts.wait_until(lambda r: len(reminders(r)) >= 1)
            await alerts.poll(3)  # several timer sweeps
            proc.kill()
            proc = worker_at(passes - timedelta(days=6) - datetime.now(UTC))  # restart: no repeat
            await alerts.poll(4)
            after_restart = reminders(alerts.records)
            proc.kill()
            proc = worker_at(passes + timedelta(hours=1) - datetime.now(UTC))
            await alerts.wait_until(lambda r: len(reminders(r)) >= 2)
            await alerts.poll(3)
    finally:
        for each in started:
            each.kill()

    assert before == []
    assert [a.reason for a in after_restart] == ["deadline 7 days away"]
    assert [a.reason for a in reminders(alerts.records)] == ["deadline 7 days away",
                                                             "deadline passed"]


def moratorium_article(article_id: str, *, published: datetime) -> Article:
    text = "Iran threatened to end its moratorium on nuclear tests, officials said on Monday."
    return Article(id=article_id, text=text, published=published, source="test")


async def test_a_quiet_commitment_expires_and_a_later_report_opens_it_again(
    broker_settings: Settings, tmp_path: Path
) -> None:
    settings = broker_settings.model_copy(update={
        "timer_interval": 0.5, "commitment_retention_days": 3 / 86_400})  # three seconds
    names = topic_names(settings)
    worker = WorkerProcess(settings, tmp_path / "worker.log")
    worker.start()
    try:
        first = moratorium_article("quiet-1", published=datetime(2026, 1, 5, tzinfo=UTC))
        await produce(settings, names.articles, (first.id.encode(), first.to_wire()))
        async with TopicReader(settings, names.alerts) as alerts:
            await alerts.wait_until(lambda r: len(r) >= 1)
            worker.wait_for("commitment expired", timeout=30)
            again = moratorium_article("quiet-2", published=datetime(2026, 1, 6, tzinfo=UTC))
            await produce(settings, names.articles, (again.id.encode(), again.to_wire()))
            await alerts.wait_until(lambda r: len(r) >= 2)
            await alerts.poll(2)
    finally:
        worker.kill()
    opened, reopened = alerts_of(alerts.records)
    assert opened.id == reopened.id
    assert [(a.revision, a.status, a.reason) for a in (opened, reopened)] == [
        (1, "new", "first report"), (2, "new", "first report")]
    assert reopened.article_ids == ["quiet-2"]  # the expired state's history is gone
