"""Topic administration: create the pipeline's topics before anything uses them (Faust creates
only its own), seed the worker group's offsets, and look up partitions and committed offsets."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from aiokafka.structs import OffsetAndMetadata

from streams.settings import Settings
from streams.topics import TopicSpec, pipeline_topics

logger = logging.getLogger(__name__)


async def ensure_topics(settings: Settings, specs: Iterable[TopicSpec] | None = None) -> None:
    """Create each missing topic with its partition count; existing topics are left alone."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = pipeline_topics(settings) if specs is None else tuple(specs)
        missing = [s for s in wanted if s.name not in existing]
        if not missing:
            return
        new = [
            NewTopic(
                s.name, num_partitions=s.partitions, replication_factor=1,
                topic_configs={"cleanup.policy": "compact"} if s.compacted else {},
            )
            for s in missing
        ]
        try:
            await admin.create_topics(new)
        except TopicAlreadyExistsError:
            pass  # another process won the race
        await _wait_listed(admin, {s.name for s in missing})
        logger.info("created topics names=%s", ",".join(s.name for s in missing))
    finally:
        await admin.close()


LISTED_WITHIN = 30.0  # seconds a created topic may take to show in the broker's metadata


async def _wait_listed(admin: AIOKafkaAdminClient, names: set[str], *, timeout: float = LISTED_WITHIN) -> None:
    """Wait until the broker lists the topics just created: KRaft acknowledges a creation
    before every metadata answer has it, and whoever runs next (a worker, a connector, a test
    listing topics) must find them. A slow broker is logged, not fatal: the topics exist."""
    deadline = time.monotonic() + timeout
    while not names <= set(await admin.list_topics()):
        if time.monotonic() > deadline:
            logger.warning("created topics not listed after %.0f s names=%s", timeout, ",".join(sorted(names)))
            return
        await asyncio.sleep(0.2)


async def topic_names_on(bootstrap: str) -> set[str]:
    """Every topic the broker has."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def delete_topics_where(bootstrap: str, doomed: Callable[[str], bool]) -> list[str]:
    """Delete every topic whose name `doomed` picks (a test's or a benchmark's own topics,
    Faust's changelogs among them), so a broker used for months does not fill up."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        names = sorted(t for t in await admin.list_topics() if doomed(t))
        if names:
            await admin.delete_topics(names)
        return names
    finally:
        await admin.close()


async def seed_committed_offsets(settings: Settings) -> int:
    """Give every pipeline partition the worker group has never committed a committed offset
    at the start of its log.

    faust-streaming 0.15.3 resumes a partition that has no committed offset from where it
    last fetched or from the log end after a rebalance, not from `consumer_auto_offset_reset`:
    a partition handed over from a worker that died before its first commit would lose its
    first events. Seeding at start-up, while nobody has committed, closes that gap. When the
    group is already active the broker refuses the commit; the running workers' own commits
    then cover their partitions, so the refusal is logged and ignored.
    """
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap, group_id=settings.app_id,
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        tps = [tp for s in pipeline_topics(settings) for tp in await partitions_of(consumer, s.name)]
        unset = [tp for tp in tps if await consumer.committed(tp) is None]
        if not unset:
            return 0
        consumer.assign(unset)
        starts = await consumer.beginning_offsets(unset)
        try:
            await consumer.commit({tp: OffsetAndMetadata(starts[tp], "") for tp in unset})
        except KafkaError as exc:
            logger.info("offsets not seeded (group active) error=%r", exc)
            return 0
        logger.info("seeded committed offsets partitions=%d", len(unset))
        return len(unset)
    finally:
        await consumer.stop()


async def partitions_of(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """Every partition of a topic, waiting for its metadata.

    aiokafka's public `partitions_for_topic` answers from whatever metadata is cached and can
    return None for a topic the consumer has not subscribed to, so this waits on the client.
    """
    parts = await consumer._client._wait_on_metadata(topic)
    return [TopicPartition(topic, p) for p in sorted(parts)]


async def assign_from_beginning(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """Assign a started group-less consumer every partition of `topic`, at its first offset."""
    tps = await partitions_of(consumer, topic)
    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)
    return tps


async def committed_offsets(bootstrap: str, group: str) -> dict[TopicPartition, int]:
    """What a consumer group has committed, per partition."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return {tp: meta.offset for tp, meta in offsets.items()}
