"""Fixtures for tests against the real broker that the test command starts; never skipped."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaConsumer

from streams.settings import Settings
from streams.topic_admin import delete_topics_where
from tests.broker.processes import WorkerProcess

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session", autouse=True)
def broker_is_up() -> None:
    """Fail, never skip, when the broker is unreachable: CI starts it in the test command."""
    host, port = BOOTSTRAP.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        pytest.fail(f"no Kafka broker at {BOOTSTRAP} ({exc}): start it with deploy/kafka/start.sh")


@pytest.fixture
def broker_settings() -> Iterator[Settings]:
    """Settings with a fresh app id and topic prefix: tests never see each other's messages.
    Their topics are deleted afterwards, so test runs do not pile up partitions on the broker."""
    tag = uuid.uuid4().hex[:10]
    settings = Settings(
        kafka_bootstrap=BOOTSTRAP,
        app_id=f"wf-test-{tag}",
        topic_prefix=f"test-{tag}.",
        broker_session_timeout=6.0,
        web_enabled=False,
        web_port=free_port(),
    )
    yield settings
    prefixes = (settings.topic_prefix, f"{settings.app_id}-")
    with ThreadPoolExecutor(1) as pool:  # its own event loop, whatever the test's loop is doing
        pool.submit(asyncio.run, delete_topics_where(BOOTSTRAP, lambda t: t.startswith(prefixes))).result(timeout=60)


@pytest.fixture
def worker(broker_settings: Settings, tmp_path: Path) -> Iterator[WorkerProcess]:
    """A started `watchfloor worker`, stopped after the test."""
    proc = WorkerProcess(broker_settings, tmp_path / "worker.log")
    proc.start()
    yield proc
    proc.kill()


@pytest_asyncio.fixture
async def consumer_factory(broker_settings: Settings) -> AsyncIterator[object]:
    consumers: list[AIOKafkaConsumer] = []

    async def make(topic: str) -> AIOKafkaConsumer:
        c = AIOKafkaConsumer(
            topic, bootstrap_servers=broker_settings.kafka_bootstrap,
            auto_offset_reset="earliest", enable_auto_commit=False,
            isolation_level="read_committed",
        )
        await c.start()
        consumers.append(c)
        return c

    yield make
    for c in consumers:
        await c.stop()
