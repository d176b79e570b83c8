"""Produce and collect raw records on the real broker, for assertions in broker tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Self

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord

from streams.settings import Settings


async def produce(settings: Settings, topic: str, *records: tuple[bytes | None, bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                                max_request_size=4_000_000)
    await producer.start()
    try:
        for key, value in records:
            await producer.send_and_wait(topic, key=key, value=value)
    finally:
        await producer.stop()


class TopicReader:
    """Everything on a topic from the beginning, read committed, gathered as it arrives."""

    def __init__(self, settings: Settings, topic: str) -> None:
        self.consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=settings.kafka_bootstrap, auto_offset_reset="earliest",
            enable_auto_commit=False, isolation_level="read_committed",
        )
        self.records: list[ConsumerRecord[bytes, bytes]] = []

    async def __aenter__(self) -> Self:
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()

    async def poll(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            batch = await self.consumer.getmany(timeout_ms=int(min(left, 0.5) * 1000))
            for records in batch.values():
                self.records.extend(records)

    async def wait_until(
        self, done: Callable[[list[ConsumerRecord[bytes, bytes]]], bool], *, timeout: float = 60
    ) -> list[ConsumerRecord[bytes, bytes]]:
        end = time.monotonic() + timeout
        while not done(self.records):
            if time.monotonic() > end:
                raise AssertionError(f"timed out; {len(self.records)} records seen")
            await self.poll(0.5)
        return self.records


async def settle(seconds: float) -> None:
    await asyncio.sleep(seconds)
