"""Exactly once as a subscriber sees it: kill -9 the worker mid-replay, restart, compare."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from streams.models import Alert, Article
from streams.settings import Settings
from streams.topics import topic_names
from tests.broker.kafka_io import TopicReader, produce
from tests.broker.processes import WorkerProcess

pytestmark = [pytest.mark.broker, pytest.mark.asyncio]

ACTORS = ("Russia", "India", "Pakistan", "North Korea", "Iran", "China", "France", "Israel")
TEMPLATES = (
    "{a} said it would keep its moratorium on nuclear tests in place.",
    "{a} set a deadline of the end of the month for talks on its nuclear programme.",
    "{a} threatened to lift its moratorium on nuclear tests.",
    "{a} set a 60-day deadline for talks on its nuclear missile programme.",
    "{a} set an end-of-year deadline for talks on its nuclear programme.",
)
FINAL = "Israel set a deadline of the end of the month for talks on the nuclear programme."


def batch(n_rounds: int) -> list[Article]:
    """Articles of our own whose alerts are new, corroborated, moved and escalated in turn."""
    start = datetime(2018, 1, 1, tzinfo=UTC)
    out = []
    for r in range(n_rounds):
        for t, template in enumerate(TEMPLATES):
            for a, actor in enumerate(ACTORS):
                i = len(out)
                out.append(Article(id=f"eo-{i}", text=template.format(a=actor), source="test",
                                   published=start + timedelta(hours=i)))
    out.append(Article(id="eo-final", text=FINAL, source="test",
                       published=start + timedelta(hours=len(out) + 24)))
    return out


def notices(records: list) -> list[tuple[str, int, str]]:
    alerts = [Alert.model_validate_json(r.value) for r in records]
    return [(a.id, a.revision, a.reason) for a in alerts]


def saw_final(records: list) -> bool:
    return any("eo-final" in Alert.model_validate_json(r.value).article_ids for r in records)


async def run_batch(settings: Settings, log: Path, articles: list[Article], *, kill_after: int | None
                    ) -> tuple[list[tuple[str, int, str]], int]:
    """Every notice on the alerts topic, and how many were there when the worker was killed."""
    names = topic_names(settings)
    seen_at_kill = 0
    worker = WorkerProcess(settings, log)
    worker.start()
    try:
        async with TopicReader(settings, names.alerts) as alerts:
            await alerts.poll(0.5)  # joined before the first alert can arrive
            sending = asyncio.create_task(
                produce(settings, names.articles, *((a.id.encode(), a.to_wire()) for a in articles)))
            if kill_after is not None:
                await alerts.wait_until(lambda r: len(r) >= kill_after)
                worker.kill()
                await alerts.poll(1)
                seen_at_kill = len(alerts.records)
                worker.start()
            await sending
            await alerts.wait_until(saw_final, timeout=120)
            await alerts.poll(3)
        return notices(alerts.records), seen_at_kill
    finally:
        worker.kill()


async def test_a_worker_killed_mid_batch_leaves_every_alert_on_the_topic_exactly_once(
    broker_settings: Settings, tmp_path: Path
) -> None:
    articles = batch(25)
    reference_settings = broker_settings.model_copy(update={
        "app_id": broker_settings.app_id + "-ref", "topic_prefix": "ref-" + broker_settings.topic_prefix})

    expected, _ = await run_batch(reference_settings, tmp_path / "ref.log", articles,
                                  kill_after=None)
    seen, seen_at_kill = await run_batch(broker_settings, tmp_path / "worker.log", articles,
                                         kill_after=30)

    assert seen_at_kill < len(expected), "the worker finished before it was killed"
    assert [k for k, n in Counter(seen).items() if n > 1] == [], "an alert appeared twice"
    assert sorted(set(expected) - set(seen)) == [] and sorted(set(seen) - set(expected)) == []
    assert len(expected) > 20
