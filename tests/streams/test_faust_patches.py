"""The faust-streaming patches are in place, and flow control keeps buffered events when it
is resumed while already flowing (the race the two-worker kill drill exposed)."""

import pytest
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
