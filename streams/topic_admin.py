"""Create the pipeline's topics before anything uses them (Faust creates only its own)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

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
        logger.info("created topics names=%s", ",".join(s.name for s in missing))
    finally:
        await admin.close()
