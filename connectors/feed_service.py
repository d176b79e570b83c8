"""The polling service: one asyncio task per feed with its own schedule and backoff, one producer.

Each task polls its feed (`feed_poll.poll_feed`), then sleeps its interval, or longer after
failures; one slow or dead feed only delays itself. SIGTERM and SIGINT stop every task
and close the producer, the HTTP client and the state file.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Iterator, Sequence
from contextlib import AsyncExitStack

from connectors import metrics
from connectors.backoff import next_poll_delay
from connectors.feed_poll import DAY, Connector, Publish, new_index, poll_feed
from connectors.feed_state import FeedState
from connectors.http_fetch import FetchLimits, make_client
from connectors.opml import configured_feeds
from streams.models import Article
from streams.settings import FeedConfig, Settings

logger = logging.getLogger(__name__)

MAINTENANCE_EVERY = 3600.0  # seconds between prunes of the state and the index


async def run_feed(feed: FeedConfig, connector: Connector, *, once: bool) -> None:
    """Poll a feed on its own schedule until cancelled (or once)."""
    settings = connector.settings
    interval = settings.interval_of(feed)
    while True:
        outcome = await poll_feed(feed, connector)
        if once:
            return
        delay = next_poll_delay(
            outcome.failures,
            interval=interval,
            base=settings.backoff_base,
            cap=settings.backoff_max,
            retry_after=outcome.retry_after,
        )
        logger.debug("next poll url=%s in_seconds=%.0f", feed.url, delay)
        await asyncio.sleep(delay)


def maintain(connector: Connector) -> None:
    """Prune old sent ids and signatures from the state file and the in-memory index."""
    settings, now = connector.settings, connector.clock()
    connector.state.prune(
        sent_before=now - settings.sent_retention_days * DAY,
        signatures_before=now - settings.near_duplicate_max_age_days * DAY,
        max_signatures=settings.near_duplicate_max_signatures,
    )
    expired = connector.index.expire(now=now)
    metrics.NEAR_DUPLICATE_SIGNATURES.set(len(connector.index))
    logger.info("pruned state signatures_expired=%d signatures=%d", expired, len(connector.index))


async def _maintain_forever(connector: Connector) -> None:
    while True:
        await asyncio.sleep(MAINTENANCE_EVERY)
        maintain(connector)


async def run_feeds(feeds: Sequence[FeedConfig], connector: Connector, *, once: bool) -> None:
    """Every feed in its own task; with once, return when each was polled once."""
    async with asyncio.TaskGroup() as group:
        for feed in feeds:
            group.create_task(run_feed(feed, connector, once=once), name=f"feed {feed.url}")
        if not once:
            group.create_task(_maintain_forever(connector), name="maintenance")


async def _open_producer(settings: Settings, stack: AsyncExitStack, *, retry: bool) -> Publish:
    """A publisher on the shared producer; a long-lived connector waits for the broker."""
    from aiokafka.errors import KafkaError

    from connectors.producer import open_producer, send_articles
    from streams.topics import topic_names  # builds the Faust app: import only when sending

    topic = topic_names(settings).articles
    delay = 1.0
    while True:
        try:
            producer = await stack.enter_async_context(open_producer(settings))
            break
        except KafkaError as exc:
            if not retry:
                raise
            logger.error(
                "broker unreachable bootstrap=%s retry_in=%.0f error=%r",
                settings.kafka_bootstrap,
                delay,
                exc,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, 60.0)

    async def publish(articles: Sequence[Article]) -> int:
        return await send_articles(producer, topic, articles)

    return publish


@contextlib.contextmanager
def _stop_on_signals(task: asyncio.Task[object]) -> Iterator[list[bool]]:
    """SIGTERM and SIGINT cancel the task; the flag says a signal did it (a clean stop)."""
    stopped = [False]
    loop = asyncio.get_running_loop()

    def stop() -> None:
        stopped[0] = True
        task.cancel()

    installed = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or Windows
            pass
    try:
        yield stopped
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


async def run_connector(
    settings: Settings, *, once: bool = False, publish: Publish | None = None
) -> int:
    """Poll the configured feeds (forever, or once each) and publish; returns articles sent.

    `publish` replaces the Kafka producer (tests, benchmarks); by default articles go to the
    articles topic of these settings through `connectors.producer`.
    """
    cs = settings.connector
    feeds = configured_feeds(cs)
    if not feeds:
        logger.error(
            "no feeds configured: set [[connector.feeds]], connector.opml_path"
            " or WATCHFLOOR_CONNECTOR__FEEDS"
        )
        return 0
    if cs.metrics_port is not None and not once:
        from prometheus_client import start_http_server

        start_http_server(cs.metrics_port)
    main = asyncio.current_task()
    assert main is not None
    with FeedState(cs.state_path) as state, _stop_on_signals(main) as stopped:
        async with AsyncExitStack() as stack:
            limits = FetchLimits.for_feeds(cs)
            client = await stack.enter_async_context(
                make_client(
                    limits, user_agent=cs.user_agent, max_connections=cs.max_concurrent_fetches + 10
                )
            )
            if publish is None:
                publish = await _open_producer(settings, stack, retry=not once)
            connector = Connector(
                settings=cs,
                state=state,
                client=client,
                publish=publish,
                index=new_index(cs, state, now=time.time()),
            )
            maintain(connector)
            logger.info(
                "connector started feeds=%d once=%s state=%s signatures=%d",
                len(feeds),
                once,
                cs.state_path,
                len(connector.index),
            )
            try:
                await run_feeds(feeds, connector, once=once)
            except asyncio.CancelledError:
                if not stopped[0]:
                    raise
                main.uncancel()
                logger.info("connector stopped by signal sent=%d", connector.sent_total)
            return connector.sent_total


def with_feed_overrides(
    settings: Settings, *, urls: Sequence[str] = (), interval: float | None = None
) -> Settings:
    """Settings with the given feeds instead of the configured ones, and another default interval.

    Raises ValueError (pydantic's ValidationError) for a URL that is not http(s) or file.
    """
    cs = settings.connector
    update: dict[str, object] = {}
    if urls:
        update["feeds"] = tuple(FeedConfig(url=url) for url in urls)
        update["opml_path"] = None
    if interval is not None:
        update["default_interval"] = interval
    if not update:
        return settings
    return settings.model_copy(update={"connector": cs.model_copy(update=update)})
