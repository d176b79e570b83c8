"""The one path by which articles enter Kafka, shared by the feed connector and replay."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from aiokafka import AIOKafkaProducer

from streams.models import Article
from streams.settings import Settings

logger = logging.getLogger(__name__)


@asynccontextmanager
async def open_producer(settings: Settings) -> AsyncIterator[AIOKafkaProducer]:
    """A started producer that waits for the broker's acks and is flushed and stopped on exit."""
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_request_size=max(settings.max_message_bytes * 2, 1_048_576),
        request_timeout_ms=30_000,
    )
    await producer.start()
    try:
        yield producer
    finally:
        await producer.stop()


async def send_articles(producer: AIOKafkaProducer, topic: str, items: Iterable[Article]) -> int:
    """Publish to the articles topic keyed by id, batched, and wait until all are acknowledged."""
    futures = [await producer.send(topic, key=a.id.encode(), value=a.to_wire()) for a in items]
    await asyncio.gather(*futures)
    logger.debug("sent articles topic=%s count=%d", topic, len(futures))
    return len(futures)
