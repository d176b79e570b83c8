"""The whole pipeline through the real broker: replayed article -> signals -> alerts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from streams.models import Alert, Article, DeadLetter
from streams.settings import Settings
from streams.topics import topic_names
from tests.broker.kafka_io import TopicReader, produce
from tests.broker.processes import WorkerProcess, run
from tests.conftest import SEED

pytestmark = [pytest.mark.broker, pytest.mark.asyncio]

MARKERS = (
    "Tehran gave European governments a 60-day deadline to restore the nuclear deal.",
    ("Moscow set a deadline of the end of the month for Washington to answer its proposal on "
     "nuclear missile deployments."),
    ("Officials in Pyongyang set an end-of-year deadline for Washington to resume nuclear talks "
     "and warned of new missile tests."),
)
MARKER_TEXT = MARKERS[2]


def marker_article(article_id: str, text: str = MARKER_TEXT) -> Article:
    """A small article of our own whose deadline alert shows the worker has caught up."""
    return Article(id=article_id, text=text, title="marker",
                   published=datetime(2019, 12, 1, tzinfo=UTC), source="test")


def alerts_of(records: list) -> list[Alert]:
    return [Alert.model_validate_json(r.value) for r in records]


def has_alert(article_id: str, kind: str):
    return lambda records: any(a.kind == kind and article_id in a.article_ids
                               for a in alerts_of(records))


async def test_the_seed_raises_one_deadline_and_one_moratorium_alert_even_when_replayed(
    broker_settings: Settings, worker: WorkerProcess
) -> None:
    names = topic_names(broker_settings)
    seed_text = json.loads(SEED.read_text())["text"]

    async with TopicReader(broker_settings, names.alerts) as alerts:
        for marker_id, marker_text in (("marker-1", MARKERS[0]), ("marker-2", MARKERS[1])):
            run(broker_settings, "replay", str(SEED))
            marker = marker_article(marker_id, marker_text)
            await produce(broker_settings, names.articles, (marker.id.encode(), marker.to_wire()))
            await alerts.wait_until(has_alert(marker_id, "deadline"))
            if marker_id == "marker-1":
                first = [a for a in alerts_of(alerts.records) if "seed-0001" in a.article_ids]
        again = [a for a in alerts_of(alerts.records) if "seed-0001" in a.article_ids]

    assert {a.kind for a in first} >= {"deadline", "moratorium"}
    assert all(seed_text[e.start:e.end] == e.text for a in first for e in a.evidence)
    assert again == first, "replaying the seed raised new alerts"


async def test_a_malformed_message_becomes_a_dead_letter_and_the_next_article_is_processed(
    broker_settings: Settings, worker: WorkerProcess
) -> None:
    names = topic_names(broker_settings)
    marker = marker_article("after-garbage")

    await produce(broker_settings, names.articles,
                  (b"garbage", b"{not json at all"),
                  (b"no-text", b'{"id": "no-text", "published": "2020-01-01T00:00:00Z"}'),
                  (marker.id.encode(), marker.to_wire()))

    async with TopicReader(broker_settings, names.alerts) as alerts:
        await alerts.wait_until(has_alert("after-garbage", "deadline"))
    async with TopicReader(broker_settings, names.dead_letters) as letters:
        records = await letters.wait_until(lambda r: len(r) >= 2)
    dead = [DeadLetter.model_validate_json(r.value) for r in records]

    assert [d.value() for d in dead] == [b"{not json at all",
                                          b'{"id": "no-text", "published": "2020-01-01T00:00:00Z"}']
    assert {d.reason for d in dead} == {"invalid"}
    assert all(d.topic == names.articles and d.agent == "extract_signals" for d in dead)


async def test_an_oversized_article_becomes_a_dead_letter(
    broker_settings: Settings, tmp_path: Path
) -> None:
    small = broker_settings.model_copy(update={"max_message_bytes": 50_000})
    proc = WorkerProcess(small, tmp_path / "worker.log")
    proc.start()
    try:
        names = topic_names(small)
        big = marker_article("big").model_copy(update={"text": MARKER_TEXT * 1000})
        await produce(small, names.articles, (b"big", big.to_wire()))

        async with TopicReader(small, names.dead_letters) as letters:
            (record,) = await letters.wait_until(lambda r: len(r) >= 1)
    finally:
        proc.kill()
    letter = DeadLetter.model_validate_json(record.value)

    assert letter.reason == "oversized"
    assert Article.model_validate_json(letter.value()).id == "big"
