"""Topic administration against the real broker: the clean-up that keeps a long-lived broker
from filling up with every test run's and benchmark run's topics."""

from __future__ import annotations

import asyncio
import time

import pytest

from streams.settings import Settings
from streams.topic_admin import delete_topics_where, ensure_topics, topic_names_on
from streams.topics import pipeline_topics


async def _names_settle(bootstrap: str, gone: set[str], *, timeout: float = 30) -> set[str]:
    """The broker's topic names once none of `gone` is listed any more (deletion is async)."""
    deadline = time.monotonic() + timeout
    while True:
        names = await topic_names_on(bootstrap)
        if not names & gone or time.monotonic() > deadline:
            return names
        await asyncio.sleep(0.5)


@pytest.mark.asyncio
async def test_deleting_by_prefix_removes_only_the_picked_topics(broker_settings: Settings) -> None:
    keep = broker_settings.model_copy(update={"topic_prefix": broker_settings.topic_prefix + "keep."})
    drop = broker_settings.model_copy(update={"topic_prefix": broker_settings.topic_prefix + "drop."})
    await ensure_topics(keep)
    await ensure_topics(drop)
    kept = {s.name for s in pipeline_topics(keep)}
    dropped = {s.name for s in pipeline_topics(drop)}
    assert kept | dropped <= await topic_names_on(broker_settings.kafka_bootstrap)

    deleted = await delete_topics_where(broker_settings.kafka_bootstrap,
                                        lambda t: t.startswith(drop.topic_prefix))

    assert set(deleted) == dropped
    names = await _names_settle(broker_settings.kafka_bootstrap, dropped)
    assert not names & dropped
    assert kept <= names
