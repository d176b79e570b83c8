"""The feed connector against the real broker: each story reaches the articles topic once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from connectors.feed_service import run_connector
from streams.models import Article
from streams.settings import ConnectorSettings, FeedConfig, Settings
from streams.topic_admin import ensure_topics
from streams.topics import topic_names
from tests.broker.kafka_io import TopicReader
from tests.broker.processes import WATCHFLOOR, env_for
from tests.connectors.conftest import rss, story

pytestmark = [pytest.mark.broker, pytest.mark.asyncio]


def with_feed(settings: Settings, feed: Path, state: Path) -> Settings:
    connector = ConnectorSettings(feeds=(FeedConfig(url=feed.as_uri()),), state_path=state)
    return settings.model_copy(update={"connector": connector})


def articles_of(records: list) -> list[Article]:
    return [Article.model_validate_json(r.value) for r in records]


async def test_a_restarted_connector_sends_only_the_new_story_and_not_its_repost(
    broker_settings: Settings, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(story(1), story(2)))
    settings = with_feed(broker_settings, feed, tmp_path / "state.db")
    await ensure_topics(settings)

    first = await run_connector(settings, once=True)
    restarted = await run_connector(settings, once=True)
    repost = story(1, guid="story-1-repost") | {"link": "https://news.example.org/s1?utm=rss"}
    feed.write_bytes(rss(story(3), repost, story(1), story(2)))
    third = await run_connector(settings, once=True)

    async with TopicReader(settings, topic_names(settings).articles) as reader:
        await reader.wait_until(lambda records: len(records) >= 3, timeout=30)
        await reader.poll(2.0)  # anything extra would arrive by now
    titles = [a.title for a in articles_of(reader.records)]
    assert (first, restarted, third) == (2, 0, 1)
    assert titles == [f"Story number {n} about a missile test" for n in (1, 2, 3)]
    assert [r.key for r in reader.records] == [a.id.encode() for a in articles_of(reader.records)]


async def test_the_connector_command_sends_once_across_process_restarts(
    broker_settings: Settings, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(story(1), story(2)))
    env = env_for(
        broker_settings,
        WATCHFLOOR_CONNECTOR__FEEDS=json.dumps([{"url": feed.as_uri()}]),
        WATCHFLOOR_CONNECTOR__STATE_PATH=str(tmp_path / "state.db"),
    )

    for _ in range(2):  # two process lifetimes, one after the other: the event loop has nothing else to do
        subprocess.run(  # noqa: ASYNC221
            [WATCHFLOOR, "-l", "info", "connector", "--once"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )

    async with TopicReader(broker_settings, topic_names(broker_settings).articles) as reader:
        await reader.wait_until(lambda records: len(records) >= 2, timeout=30)
        await reader.poll(2.0)
    assert sorted(a.title or "" for a in articles_of(reader.records)) == [
        "Story number 1 about a missile test",
        "Story number 2 about a missile test",
    ]
