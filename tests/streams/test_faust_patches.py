"""The faust-streaming patches are in place, and flow control keeps buffered events when it
is resumed while already flowing (the race the two-worker kill drill exposed)."""

import asyncio
import contextlib
from types import SimpleNamespace
from typing import Any

import pytest
from faust.types import TP
from mode.utils.queues import FlowControlQueue

from streams import faust_patches


def test_importing_the_app_installs_the_patches() -> None:
    from faust.app import base
    from faust.transport import consumer, producer
    from faust.transport.drivers import aiokafka

    import streams.app  # installs them

    assert consumer.Consumer.perform_seek is faust_patches._perform_seek
    assert aiokafka.AIOKafkaConsumerThread._fetch_records is faust_patches._fetch_records
    assert base.FlowControlEvent is faust_patches.KeepBufferedFlowControl
    assert isinstance(streams.app.app.flow_control, faust_patches.KeepBufferedFlowControl)
    assert producer.ProducerBuffer.flush is faust_patches._flush_buffer


@pytest.mark.asyncio
async def test_a_second_resume_keeps_the_buffer_and_a_real_one_clears_it() -> None:
    flow = faust_patches.KeepBufferedFlowControl()
    buffer: FlowControlQueue = FlowControlQueue(flow_control=flow, clear_on_resume=True)
    flow.resume()
    buffer.put_nowait("event fetched before the last resume")
    flow.resume()  # recovery resuming again while events already flow
    assert buffer.qsize() == 1
    flow.suspend()  # a revocation
    flow.resume()
    assert buffer.qsize() == 0


class SlowBuffer:
    """A producer buffer whose flush_atmost gives up early, as faust's does under load."""

    def __init__(self, size: int) -> None:
        self.size = size

    async def flush_atmost(self, max_messages: int | None) -> int:
        self.size -= 1  # one message left, then 0.1 s passed without another
        return 1


@pytest.mark.asyncio
async def test_flushing_the_table_buffer_drains_it_completely() -> None:
    buffer = SlowBuffer(5)
    await faust_patches._flush_buffer(buffer)
    assert buffer.size == 0


@pytest.mark.asyncio
async def test_the_worker_consumer_waits_on_the_broker_only_as_long_as_the_settings_say() -> None:
    """faust hard-codes a 1.5 s fetch wait, which held busy partitions back behind idle ones."""
    from streams.app import app, settings

    thread = app.consumer._thread
    consumer = thread._create_worker_consumer(app.transport)
    try:
        assert settings.consumer_fetch_max_wait_ms == 50
        assert consumer._fetch_max_wait_ms == settings.consumer_fetch_max_wait_ms
    finally:
        await consumer.stop()  # never started: this closes the client it made


class WaitingFetcher:
    """aiokafka's fetcher as far as `_fetch_records` sees it: records arrive while the fetch
    waits, then each partition is drained only if `partitions` lets it through (its rule)."""

    def __init__(self, buffered: dict[TP, list[int]]) -> None:
        self._closed = False
        self._subscriptions = self
        self.buffered = buffered
        self.arrived = asyncio.Event()

    def fetch_context(self) -> contextlib.nullcontext[None]:
        return contextlib.nullcontext()

    async def fetched_records(self, partitions: Any, timeout: float = 0,
                              max_records: int | None = None) -> dict[TP, list[int]]:
        await self.arrived.wait()
        drained = {tp: records for tp, records in self.buffered.items()
                   if not (partitions and tp not in partitions)}
        for tp in drained:
            del self.buffered[tp]
        return drained


class FetchSide:
    """The consumer thread and the two consumers `_fetch_records` reads."""

    def __init__(self, fetcher: WaitingFetcher) -> None:
        self.consumer = SimpleNamespace(flow_active=True)  # faust's side
        self.client = SimpleNamespace(_fetcher=fetcher, _closed=False)  # aiokafka's side


STANDBY, STREAM = TP("changelog", 0), TP("articles", 0)


@pytest.mark.asyncio
async def test_a_waiting_fetch_drains_nothing_once_the_flow_stops() -> None:
    """A rebalance stops the flow while a fetch waits: records that arrive after (a changelog
    rewound by recovery) stay buffered for the next fetch instead of being dropped by faust."""
    fetcher = WaitingFetcher({STANDBY: [0, 1, 2, 3]})
    side = FetchSide(fetcher)
    live = {STANDBY, STREAM}
    fetch = asyncio.create_task(faust_patches._fetch_records(side, side.client, live, timeout=1.0))
    await asyncio.sleep(0)
    side.consumer.flow_active = False  # revocation
    live.clear()
    fetcher.arrived.set()
    assert await fetch == {}
    assert fetcher.buffered == {STANDBY: [0, 1, 2, 3]}


@pytest.mark.asyncio
async def test_a_waiting_fetch_drains_what_is_active_when_records_arrive() -> None:
    fetcher = WaitingFetcher({STANDBY: [0, 1], STREAM: [7]})
    side = FetchSide(fetcher)
    live = {STREAM}
    fetch = asyncio.create_task(faust_patches._fetch_records(side, side.client, live, timeout=1.0))
    await asyncio.sleep(0)
    live.discard(STREAM)  # paused while the fetch waited
    live.add(STANDBY)  # resumed while it waited
    fetcher.arrived.set()
    assert await fetch == {STANDBY: [0, 1]}
    assert fetcher.buffered == {STREAM: [7]}


@pytest.mark.asyncio
async def test_no_active_partition_fetches_nothing_rather_than_everything() -> None:
    fetcher = WaitingFetcher({STANDBY: [0]})
    fetcher.arrived.set()
    side = FetchSide(fetcher)
    assert await faust_patches._fetch_records(side, side.client, set(), timeout=1.0) == {}
    assert await faust_patches._fetch_records(side, side.client, {STANDBY}, timeout=1.0) == {
        STANDBY: [0]}
