"""A watchdog for partitions the consumer holds but never fetches.

faust-streaming 0.15.3 (issue #629 upstream) sometimes leaves a partition taken over in a
rebalance without fetch requests: it stays assigned, nothing is read, nothing is lost yet,
but nothing moves. The watchdog looks at every assigned pipeline partition whose log has
messages beyond this worker's position; when such a partition makes no progress for two
checks in a row, it seeks the consumer back to the committed offsets, which restarts the
fetches. Events after the commit are then processed again, which the pipeline tolerates
(the alert ledger keeps a subscriber's view free of repeats).
"""

from __future__ import annotations

import logging

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError
from faust.types import TP

from streams.app import app, settings
from streams.topics import NAMES

logger = logging.getLogger(__name__)

SOURCES = frozenset({NAMES.articles, NAMES.signals, NAMES.commitments, NAMES.alerts})
_stalled: dict[TP, tuple[int | None, int]] = {}  # tp -> (position, checks without progress)
_ends: AIOKafkaConsumer | None = None


async def log_ends(tps: list[TP]) -> dict[TP, int]:
    """End offsets from the broker itself: the stuck consumer has no highwater to give."""
    global _ends
    if _ends is None:
        consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap,
                                    enable_auto_commit=False)
        await consumer.start()
        _ends = consumer
    ends = await _ends.end_offsets([TopicPartition(tp.topic, tp.partition) for tp in tps])
    return {tp: ends[TopicPartition(tp.topic, tp.partition)] for tp in tps}


@app.timer(interval=max(settings.broker_session_timeout, 5.0))
async def restart_stalled_fetches() -> None:
    consumer = app.consumer
    held = [tp for tp in consumer.assignment() if tp.topic in SOURCES]
    if not held or app.rebalancing:
        _stalled.clear()
        return
    try:
        ends = await log_ends(held)
    except (TimeoutError, KafkaError) as exc:
        logger.info("watchdog skipped, broker unreachable error=%r", exc)
        _stalled.clear()  # an outage is not a stall: the consumer recovers by itself
        return
    stuck = []
    for tp in held:
        position = await consumer.position(tp)
        behind = position is None or position < ends[tp]
        last, checks = _stalled.get(tp, (None, 0))
        checks = checks + 1 if behind and position == last else 0
        _stalled[tp] = (position, checks)
        if checks >= 2:
            stuck.append(tp)
    if stuck:
        logger.warning("partitions stalled, seeking to committed partitions=%s",
                       ",".join(f"{tp.topic}:{tp.partition}" for tp in stuck))
        await consumer.seek_to_committed()
        _stalled.clear()
