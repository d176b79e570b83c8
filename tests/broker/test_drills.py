"""Failure drills through real brokers: an outage, and a worker killed mid-stream.

Malformed and oversized messages are drilled in test_pipeline.py. The outage drill stops a
private second broker; the shared one on 9092 is never stopped.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from connectors.feed_state import FeedState
from streams.commitments import commitment_key
from streams.extract.lexicon import load_patterns
from streams.models import Article, Signal, stable_id
from streams.settings import Settings
from streams.topics import topic_names
from tests.broker.conftest import free_port
from tests.broker.kafka_io import TopicReader, produce
from tests.broker.processes import BrokerInstance, ConnectorProcess, WorkerProcess
from tests.connectors.conftest import rss, story

pytestmark = [pytest.mark.broker, pytest.mark.asyncio]

OUTAGE_SECONDS = 30


def actor_names() -> list[str]:
    """One spelling per actor: each drill article names its own, so each is its own alert."""
    names: dict[str, str] = {}
    for p in load_patterns("actors"):
        if p.label == "ACTOR" and isinstance(p.pattern, str):
            names.setdefault(p.id, p.pattern)
    return [names[k] for k in sorted(names)]


def moratorium_text(actor: str, n: int) -> str:
    filler = " ".join(f"detail{n}x{i}" for i in range(30))  # no two are near-duplicates
    return f"{actor} threatened to end its moratorium on nuclear tests, officials said. {filler}."


def ids_in(records: list, *fields: str) -> set[str]:
    """Article ids a record mentions, read loosely so alert model changes do not break it."""
    found: set[str] = set()
    for r in records:
        value = json.loads(r.value)
        for name in fields:
            item = value.get(name)
            found |= {item} if isinstance(item, str) else set(item or ())
        found |= {e.get("article_id") for e in value.get("evidence") or () if isinstance(e, dict)}
    return found


def signal_ids(records: list) -> set[str]:
    return ids_in(records, "article_id")


def expected_alert_ids(signal_records: list, settings: Settings) -> set[str]:
    """The alert every commitment in these signals must have raised, whichever worker held it."""
    keys = {commitment_key(Signal.model_validate_json(r.value),
                           new_tests=settings.alert_on_new_tests) for r in signal_records}
    return {stable_id(k) for k in keys if k is not None}


def alert_ids(records: list) -> set[str]:
    return ids_in(records, "article_ids")


async def test_a_30_s_broker_outage_loses_nothing_and_needs_no_restart(
    broker_settings: Settings, tmp_path: Path
) -> None:
    broker = BrokerInstance(tmp_path / "kafka", port=free_port(), controller_port=free_port())
    broker.start()
    settings = broker_settings.model_copy(update={"kafka_bootstrap": broker.bootstrap})
    names = topic_names(settings)
    actors = actor_names()
    guids = [f"https://news.example.org/outage/{n}" for n in range(6)]  # a URI guid is the id
    entries = [story(n, guid=guids[n], text=moratorium_text(actors[n], n)) for n in range(6)]
    before, during = set(guids[:3]), set(guids[3:])
    feed, state_path = tmp_path / "feed.xml", tmp_path / "state.db"
    feed.write_bytes(rss(*entries[:3]))
    worker = WorkerProcess(settings, tmp_path / "worker.log")
    connector = ConnectorProcess(settings, tmp_path / "connector.log", env={
        "WATCHFLOOR_CONNECTOR__FEEDS": json.dumps([{"url": feed.as_uri(), "interval": 1}]),
        "WATCHFLOOR_CONNECTOR__STATE_PATH": str(state_path),
        "WATCHFLOOR_CONNECTOR__BACKOFF_BASE": "1", "WATCHFLOOR_CONNECTOR__BACKOFF_MAX": "2",
    })
    try:
        worker.start()
        connector.start()
        async with TopicReader(settings, names.signals) as signals:
            await signals.wait_until(lambda r: signal_ids(r) >= before, timeout=60)

        broker.stop()
        outage_started = time.monotonic()
        await asyncio.sleep(5)
        feed.write_bytes(rss(*entries))  # new stories while the broker is away
        await asyncio.sleep(OUTAGE_SECONDS - (time.monotonic() - outage_started))
        with FeedState(state_path) as state:
            unsent_in_outage = state.unsent(during, now=time.time())
        broker.start()

        async with TopicReader(settings, names.articles) as articles:
            await articles.wait_until(lambda r: {x.key.decode() for x in r} >= before | during,
                                      timeout=120)
        async with TopicReader(settings, names.signals) as signals:
            await signals.wait_until(lambda r: signal_ids(r) >= before | during, timeout=120)
        async with TopicReader(settings, names.alerts) as alerts:
            await alerts.wait_until(lambda r: alert_ids(r) >= before | during, timeout=60)
        with FeedState(state_path) as state:
            unsent_after = state.unsent(before | during, now=time.time())
        running = (worker.proc.poll(), connector.proc.poll())  # type: ignore[union-attr]
    finally:
        connector.kill()
        worker.kill()
        broker.stop()

    assert unsent_in_outage == during, "stories were marked sent while the broker was down"
    assert unsent_after == set()
    assert running == (None, None), "a process exited during the outage"


def articles_partitions_of(port: int, topic: str) -> set[int]:
    """The articles partitions a worker holds, read from its consumer-lag gauges on /metrics."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        text = response.read().decode()
    pattern = rf'watchfloor_consumer_lag\{{partition="(\d+)",topic="{re.escape(topic)}"\}}'
    return {int(p) for p in re.findall(pattern, text)}


async def wait_for_partitions(ports: list[int], topic: str, expected: list[set[int]],
                              *, timeout: float = 60) -> list[set[int]]:
    deadline = time.monotonic() + timeout
    while True:
        held = [articles_partitions_of(p, topic) for p in ports]
        if all(len(h) > 0 for h in held) and expected_matches(held, expected):
            return held
        if time.monotonic() > deadline:
            raise AssertionError(f"partitions held {held}, wanted {expected}")
        await asyncio.sleep(0.5)


def expected_matches(held: list[set[int]], expected: list[set[int]]) -> bool:
    """Every partition held exactly once; an empty expected entry means "some share of them"."""
    union: set[int] = set().union(*held)
    return union == set().union(*expected) and sum(map(len, held)) == len(union)


async def test_killing_one_of_two_workers_moves_its_partitions_and_loses_no_alert(
    broker_settings: Settings, tmp_path: Path
) -> None:
    base = broker_settings.model_copy(update={
        "articles_partitions": 4, "web_enabled": True, "lag_interval": 0.5,
        "broker_session_timeout": 6.0})
    first = base.model_copy(update={"web_port": free_port()})
    second = base.model_copy(update={"web_port": free_port()})
    names = topic_names(base)
    actors = actor_names()
    items = [Article(id=f"kill-{n}", text=moratorium_text(actors[n], n), title=f"kill {n}",
                     published=datetime(2019, 12, 1, tzinfo=UTC) + timedelta(hours=n))
             for n in range(40)]
    wanted = {a.id for a in items}
    a = WorkerProcess(first, tmp_path / "worker-a.log")
    b = WorkerProcess(second, tmp_path / "worker-b.log")
    try:
        a.start()
        b.start()
        shared = await wait_for_partitions([first.web_port, second.web_port], names.articles,
                                           [{0, 1, 2, 3}])
        await produce(base, names.articles, *((x.id.encode(), x.to_wire()) for x in items[:20]))
        async with TopicReader(base, names.signals) as signals:
            await signals.wait_until(lambda r: signal_ids(r) >= {x.id for x in items[:20]})
            b.kill()
            await produce(base, names.articles,
                          *((x.id.encode(), x.to_wire()) for x in items[20:]))
            await signals.wait_until(lambda r: signal_ids(r) >= wanted, timeout=90)
        expected = expected_alert_ids(signals.records, base)
        async with TopicReader(base, names.alerts) as alerts:
            await alerts.wait_until(lambda r: {json.loads(x.value)["id"] for x in r} >= expected,
                                    timeout=60)
        (taken_over,) = await wait_for_partitions([first.web_port], names.articles,
                                                  [{0, 1, 2, 3}])
    except AssertionError as exc:  # the survivor's log is what tells a stall from a loss
        raise AssertionError(f"{exc}\n--- surviving worker's log, tail ---\n{a.output()[-6000:]}") from exc
    finally:
        a.kill()
        b.kill()

    assert all(len(h) in (1, 2, 3) for h in shared), f"work was not shared: {shared}"
    assert taken_over == {0, 1, 2, 3}
