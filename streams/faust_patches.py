"""Patches to faust-streaming 0.15.3 (with aiokafka 0.14): three so no event is skipped when a
worker takes over a dead worker's partitions, one so no table write is committed past, and one
so a busy partition is not held back behind a long poll of idle ones.

The first race: faust hands the consumer thread its live `_active_partitions` set; a rebalance or
a table recovery pauses partitions by emptying that set while a fetch is waiting, and to
aiokafka's fetcher an empty set means *every* assigned partition. The records it returns
for paused partitions advance the position and are then thrown away by faust, which relies
on `perform_seek` (seek to committed) to read them again. aiokafka's `seek_to_committed`
only seeks when the committed offset is above 0, so a partition whose previous owner died
before its first commit keeps the advanced position: those events are never processed.
(Upstream: faust-streaming issues #221, #216 and #523 describe the same family; no release
fixes it.) The killed-worker drill in tests/broker/test_drills.py exercises all three patches.

1. `_fetch_records` hands aiokafka a live view of the active partitions that is never empty
   to it: a partition is drained only if it is active, and the flow on, when its records
   are taken. (A snapshot taken when the fetch started was not enough: a fetch waiting
   across a rebalance drained a former standby changelog right after recovery had rewound
   it, while the flow was still stopped; faust dropped those records, the position stayed
   at the end, and recovery waited for them for ever.)
2. `perform_seek` also rewinds partitions whose committed offset is 0 or none, to the
   earliest offset still in the log, as faust already does for every other partition.
   The cost is what at-least-once allows: events after the commit are processed again.
3. Resuming flow control that is already active no longer clears the agents' buffers.
   With a standby table, recovery resumes the flow for the standby changelogs, then
   `on_recovery_completed` resumes the stream partitions, awaits `perform_seek` and resumes
   flow control again; `FlowControlEvent.resume` clears every agent's input buffer, so the
   events fetched in that window, read offsets already recorded, were thrown away
   unprocessed and never acked (a skipped event mid-partition, its commit stuck below it).
   A revocation still suspends the flow first, so a real resume still clears. The cost:
   events fetched in that window may be handled again after the rewind (at least once).
4. `ProducerBuffer.flush` drains the buffer of table writes completely. faust's returns as
   soon as 0.1 s passes without a message leaving it, which under load ("producer buffer
   full") let a commit of source offsets overtake the changelog writes of their events.
5. The worker consumer's `fetch_max_wait_ms` comes from the settings; faust hard-codes 1,500.
   aiokafka sends one fetch per broker, and leaves out every partition whose last records
   are not consumed yet. Under load that fetch can hold only the idle partitions, so the
   broker long-polls it for the whole wait while the busy partitions, drained meanwhile,
   cannot be fetched until it returns: each worker settled into cycles of about 1.6 s, and
   alert latency into seconds (bench runs stalled in roughly one of three). The wait now
   bounds that delay; the cost is one empty fetch per wait on an idle worker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from aiokafka.errors import ConsumerStoppedError
from faust.app import base as faust_app_base
from faust.transport import consumer as faust_consumer
from faust.transport import producer as faust_producer
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from mode.utils.queues import FlowControlEvent

_installed = False


class LiveActivePartitions:
    """The partitions faust lets through right now, as aiokafka's `fetched_records` asks.

    aiokafka checks `partitions and tp not in partitions` when it drains each partition's
    records, which may be long after the fetch began; this answers from faust's live set
    and flow state at that moment, and is never falsy (an empty set means "all" to it).
    """

    def __init__(self, live: AbstractSet[TP], flowing: Callable[[], bool]) -> None:
        self._live = live
        self._flowing = flowing

    def __bool__(self) -> bool:
        return True

    def __contains__(self, tp: object) -> bool:
        return self._flowing() and tp in self._live


async def _fetch_records(self: Any, consumer: Any, active_partitions: AbstractSet[TP] | None,
                         timeout: float | None = None, max_records: int | None = None) -> Any:
    """faust's AIOKafkaConsumerThread._fetch_records, draining only what is live at drain time."""
    faust_side = self.consumer
    if not faust_side.flow_active:
        return {}
    if active_partitions is not None and not active_partitions:
        return {}  # all paused: an empty set would mean "all partitions" to aiokafka
    partitions = None if active_partitions is None else LiveActivePartitions(
        active_partitions, lambda: bool(faust_side.flow_active))
    fetcher = consumer._fetcher
    if consumer._closed or fetcher._closed:
        raise ConsumerStoppedError()
    with fetcher._subscriptions.fetch_context():
        return await fetcher.fetched_records(partitions, timeout=timeout, max_records=max_records)


async def _perform_seek(self: Any) -> None:
    """faust's Consumer.perform_seek, plus a rewind of partitions committed at 0 or never."""
    committed: Mapping[TP, int | None] = await self.seek_to_committed()
    self._read_offset.update({tp: off if off is not None and off >= 0 else None
                              for tp, off in committed.items()})
    self._committed_offset.update({faust_consumer.ensure_TP(tp): off or None
                                   for tp, off in committed.items() if off is not None})
    unset = [tp for tp, off in committed.items()
             if not (off and off > 0) and self.app.topics.acks_enabled_for(tp.topic)]
    if unset:
        starts = await self.earliest_offsets(*unset)
        await self.seek_wait({tp: max(committed[tp] or 0, starts.get(tp) or 0) for tp in unset})


class KeepBufferedFlowControl(FlowControlEvent):
    """faust's app flow control, except that resuming flow that is already on is a no-op.

    The buffered events then belong to the current assignment: revocation suspends the flow
    (and clears the buffers) before any reassignment, and the next resume still clears.
    """

    def resume(self) -> None:
        if self.is_active():
            return  # already flowing: clearing would drop events whose offsets are read
        super().resume()


async def _flush_buffer(self: Any) -> None:
    """faust's ProducerBuffer.flush, repeated until the buffer is empty."""
    while self.size:
        await self.flush_atmost(None)


def _worker_consumer_factory(fetch_max_wait_ms: int) -> Any:
    """faust's AIOKafkaConsumerThread._create_worker_consumer with our fetch wait."""
    create = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer

    def _create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = create(self, transport)
        consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read when the consumer starts
        return consumer

    return _create_worker_consumer


def install(*, fetch_max_wait_ms: int) -> None:
    """Patch faust's classes once, before the worker starts."""
    global _installed
    if not _installed:
        faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = (  # type: ignore[method-assign]
            _worker_consumer_factory(fetch_max_wait_ms))
        faust_aiokafka.AIOKafkaConsumerThread._fetch_records = _fetch_records  # type: ignore[method-assign]
        faust_consumer.Consumer.perform_seek = _perform_seek  # type: ignore[method-assign]
        faust_producer.ProducerBuffer.flush = _flush_buffer  # type: ignore[method-assign]
        # App.flow_control is a cached property building this name on first use
        faust_app_base.FlowControlEvent = KeepBufferedFlowControl  # type: ignore[misc]
        _installed = True
