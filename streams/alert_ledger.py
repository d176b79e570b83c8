"""What is already on the alerts topic: the idempotent check behind exactly-once alerts.

Every notice has a deterministic (alert id, revision). The worker follows the alerts topic
(read_committed, no consumer group) and keeps the highest revision published per alert id,
so a notice recomputed after a crash or a rebalance is recognised and not sent again, and
a notice whose state was saved but whose message was lost is sent from the saved state.
The alerts topic itself is the record of what subscribers have seen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from streams.models import Alert
from streams.topic_admin import assign_from_beginning

logger = logging.getLogger(__name__)


class AlertLedger:
    """Highest published revision per alert id, read from the alerts topic."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self.revisions: dict[str, int] = {}
        self.in_flight: dict[str, tuple[int, asyncio.Future[object]]] = {}  # ack pending
        self.partitions: list[TopicPartition] = []
        self._follow: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self.stale = True  # until started and caught up

    async def ensure_caught_up(self) -> None:
        """Start following the topic if not yet, then read to its current end."""
        async with self._lock:
            if self._follow is None:
                await self.start()
            await self.catch_up()
            self.stale = False

    async def start(self) -> None:
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False,
            auto_offset_reset="earliest", isolation_level="read_committed",
        )
        await self.consumer.start()
        self.partitions = await assign_from_beginning(self.consumer, self.topic)
        self._follow = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Stop following; the next `ensure_caught_up` starts again from the beginning."""
        if self._follow is not None:
            self._follow.cancel()
            self._follow = None
            await self.consumer.stop()
        self.stale = True

    async def _run(self) -> None:
        """Follow the topic for as long as the worker runs: a failed fetch is logged and
        retried (the consumer keeps its position), never the end of following, which would
        leave the ledger blind to notices other workers send."""
        failures = 0
        while True:
            try:
                batch = await self.consumer.getmany(timeout_ms=500)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - any fetch error: log, back off, go on
                failures += 1
                self.stale = True
                logger.error("alert ledger fetch failed attempt=%d error=%r", failures, exc)
                await asyncio.sleep(min(0.1 * 2**failures, 5.0))
                continue
            if failures:
                logger.info("alert ledger following again after %d failed fetches", failures)
                failures, self.stale = 0, False
            for records in batch.values():
                for record in records:
                    self._read(record.value)

    def _read(self, value: bytes | None) -> None:
        try:
            alert = Alert.model_validate_json(value or b"")
        except ValidationError as exc:
            logger.warning("unreadable alert on the alerts topic error=%s", exc)
            return
        self.note(alert.id, alert.revision)

    def note(self, alert_id: str, revision: int) -> None:
        if revision > self.revisions.get(alert_id, 0):
            self.revisions[alert_id] = revision

    def published(self, alert_id: str) -> int:
        """Highest revision the broker acknowledged or the topic showed."""
        return self.revisions.get(alert_id, 0)

    def sent(self, alert_id: str) -> int:
        """Highest revision published or on its way: what must not be sent again now."""
        flying = self.in_flight.get(alert_id)
        return max(self.revisions.get(alert_id, 0), flying[0] if flying else 0)

    async def settle(self, alert_id: str) -> None:
        """Wait until this alert's send in flight, if any, is acknowledged or has failed, so
        sends of one alert go one at a time: a later revision never hides a failed one."""
        flying = self.in_flight.get(alert_id)
        if flying is not None:
            await asyncio.wait([flying[1]])

    def sending(self, alert_id: str, revision: int, ack: Awaitable[object]) -> None:
        """Track a send without waiting for it: published once acknowledged; on failure
        forgotten, so the notice (still unconfirmed in its saved state) is sent again."""
        future = asyncio.ensure_future(ack)
        self.in_flight[alert_id] = (revision, future)

        def done(finished: asyncio.Future[object]) -> None:
            if self.in_flight.get(alert_id, (0, None))[1] is finished:
                del self.in_flight[alert_id]
            if finished.cancelled() or finished.exception() is not None:
                logger.error("alert send failed alert=%s revision=%d error=%s", alert_id, revision,
                             "cancelled" if finished.cancelled() else finished.exception())
            else:
                self.note(alert_id, revision)

        future.add_done_callback(done)

    async def _reached(self, ends: dict[TopicPartition, int]) -> bool:
        for tp, end in ends.items():
            if await self.consumer.position(tp) < end:
                return False
        return True

    async def catch_up(self, *, timeout: float = 60.0) -> None:
        """Return once everything on the topic now has been read."""
        ends = await self.consumer.end_offsets(self.partitions)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not await self._reached(ends):
            if loop.time() > deadline:
                raise TimeoutError(f"alert ledger not caught up with {self.topic}")
            await asyncio.sleep(0.05)
        logger.info("alert ledger caught up alerts=%d", len(self.revisions))
