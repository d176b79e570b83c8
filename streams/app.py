"""The faust.App and nothing else."""

from __future__ import annotations

import faust

from streams import faust_patches
from streams.settings import get_settings

settings = get_settings()
# before any consumer exists: see the module for the races it closes
faust_patches.install(fetch_max_wait_ms=settings.consumer_fetch_max_wait_ms)

app = faust.App(
    settings.app_id,
    version=1,  # bumping it starts fresh tables
    broker=f"kafka://{settings.kafka_bootstrap}",
    store=settings.faust_store,
    value_serializer="raw",  # bytes on the wire; pydantic owns the schema
    key_serializer="raw",
    processing_guarantee=settings.processing_guarantee,
    broker_session_timeout=settings.broker_session_timeout,
    producer_linger_ms=settings.producer_linger_ms,
    producer_max_batch_size=settings.producer_max_batch_bytes,
    broker_heartbeat_interval=min(3.0, settings.broker_session_timeout / 3),
    consumer_auto_offset_reset="earliest",
    stream_wait_empty=True,
    topic_replication_factor=1,
    topic_partitions=settings.articles_partitions,
    web_enabled=settings.web_enabled,
    web_host=settings.web_host,
    web_port=settings.web_port,
    web_bind=settings.web_host,
    autodiscover=["streams.agents"],
    origin="streams",
)
