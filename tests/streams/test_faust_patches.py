"""The faust-streaming patches are in place, and flow control keeps buffered events when it
is resumed while already flowing (the race the two-worker kill drill exposed)."""

import pytest
from mode.utils.queues import FlowControlQueue

from streams import faust_patches


def test_importing_the_app_installs_the_patches() -> None:
    from faust.app import base
    from faust.transport import consumer
    from faust.transport.drivers import aiokafka

    import streams.app  # installs them

    assert consumer.Consumer.perform_seek is faust_patches._perform_seek
    assert aiokafka.AIOKafkaConsumerThread._fetch_records is faust_patches._fetch_records
    assert base.FlowControlEvent is faust_patches.KeepBufferedFlowControl
    assert isinstance(streams.app.app.flow_control, faust_patches.KeepBufferedFlowControl)


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

