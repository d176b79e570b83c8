"""One poll of one feed: fetch -> parse -> drop ids already sent -> full text -> collapse
near-duplicates -> publish -> record.

Recording (sent ids, signatures, the feed's ETag/Last-Modified) happens only after the
broker acknowledged the batch, in one SQLite transaction: a broker outage leaves nothing
marked and the next poll, which gets a 200 because the old validators were kept, sends the
entries again. Delivery is at least once: a crash between the ack and the commit re-sends
that batch after a restart.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

import httpx
from pydantic import BaseModel, ConfigDict

from connectors import metrics
from connectors.feed_state import FeedState, SentRecord
from connectors.feeds import FeedItem, ParsedFeed, items_of, parse_feed
from connectors.fulltext import full_text_of
from connectors.http_fetch import FetchLimits, FetchResult, fetch
from connectors.near_duplicates import NearDuplicateIndex, signature_of, to_bytes
from streams.models import Article
from streams.settings import ConnectorSettings, FeedConfig

logger = logging.getLogger(__name__)

Publish = Callable[[Sequence[Article]], Awaitable[int]]  # returns once the broker acked all
DAY = 86_400.0


class FeedParseError(ValueError):
    """A feed document with nothing usable in it."""


class PollOutcome(BaseModel):
    """What one poll of one feed did."""

    model_config = ConfigDict(frozen=True)
    url: str
    status: Literal["ok", "not_modified", "failed"]
    sent: int = 0
    seen: int = 0  # entries sent (or collapsed) in an earlier poll
    near_duplicates: int = 0
    failures: int = 0  # consecutive, this poll included
    error: str | None = None
    retry_after: float | None = None


@dataclass
class Connector:
    """What every feed task shares: settings, state, index, HTTP client and the publisher."""

    settings: ConnectorSettings
    state: FeedState
    index: NearDuplicateIndex
    client: httpx.AsyncClient
    publish: Publish
    clock: Callable[[], float] = time.time
    in_flight: set[str] = field(default_factory=set)  # ids some task is publishing right now
    sent_total: int = 0

    def __post_init__(self) -> None:
        self.feed_limits = FetchLimits.for_feeds(self.settings)
        self.page_limits = FetchLimits.for_pages(self.settings)
        self.fetch_slots = asyncio.Semaphore(self.settings.max_concurrent_fetches)


def new_index(settings: ConnectorSettings, state: FeedState, *, now: float) -> NearDuplicateIndex:
    """The near-duplicate index, refilled from the signatures the state file kept."""
    index = NearDuplicateIndex(
        threshold=settings.near_duplicate_threshold,
        max_items=settings.near_duplicate_max_signatures,
        max_age=settings.near_duplicate_max_age_days * DAY,
    )
    index.load(state.signatures(since=now - index.max_age, limit=index.max_items))
    metrics.NEAR_DUPLICATE_SIGNATURES.set(len(index))
    return index


def _parse(
    result: FetchResult, feed: FeedConfig, *, fetched_at: datetime, max_text_chars: int
) -> tuple[ParsedFeed, list[FeedItem]]:
    parsed = parse_feed(result.body, url=result.final_url, headers=result.headers)
    items = items_of(
        parsed,
        feed_url=feed.url,
        fetched_at=fetched_at,
        source=feed.title,
        max_text_chars=max_text_chars,
    )
    return parsed, items


async def _with_full_text(items: list[FeedItem], connector: Connector) -> list[Article]:
    """Articles whose feed gave only a summary get their page's main text, where it is longer."""
    slots = asyncio.Semaphore(connector.settings.full_text_concurrency)
    cap = connector.settings.max_text_chars

    async def complete(item: FeedItem) -> Article:
        article = item.article
        if item.has_content or article.url is None:
            return article
        async with slots:
            text = await full_text_of(
                connector.client,
                article.url,
                limits=connector.page_limits,
                allow_private=connector.settings.allow_private_addresses,
            )
        if text and len(text) > len(article.text):
            return article.model_copy(update={"text": text[:cap]})
        return article

    return list(await asyncio.gather(*(complete(item) for item in items)))


async def _poll(feed: FeedConfig, connector: Connector) -> PollOutcome:
    state, settings = connector.state, connector.settings
    health = state.health(feed.url)
    async with connector.fetch_slots:
        result = await fetch(
            connector.client,
            feed.url,
            limits=connector.feed_limits,
            etag=health.etag,
            last_modified=health.last_modified,
        )
    now = connector.clock()
    if result.not_modified:
        state.record_round(
            feed.url, [], etag=result.etag, last_modified=result.last_modified, now=now
        )
        return PollOutcome(url=feed.url, status="not_modified")
    parsed, items = await asyncio.to_thread(
        _parse,
        result,
        feed,
        fetched_at=datetime.fromtimestamp(now, UTC),
        max_text_chars=settings.max_text_chars,
    )
    if parsed.bozo is not None:
        if not items:
            raise FeedParseError(f"malformed feed with no usable entry: {parsed.bozo}")
        logger.warning(
            "malformed feed used url=%s articles=%d reason=%s", feed.url, len(items), parsed.bozo
        )
    unsent = state.unsent((item.article.id for item in items), now=now)
    fresh: list[FeedItem] = []
    claimed: set[str] = set()
    for item in items:  # new ids, each once, unless another feed's task is publishing it
        key = item.article.id
        if key in unsent and key not in connector.in_flight and key not in claimed:
            fresh.append(item)
            claimed.add(key)
    connector.in_flight |= claimed
    try:
        articles = (
            await _with_full_text(fresh, connector)
            if feed.full_text
            else [i.article for i in fresh]
        )
        return await _publish_new(feed, articles, result, connector, seen=len(items) - len(fresh))
    finally:
        connector.in_flight -= claimed


async def _publish_new(
    feed: FeedConfig,
    articles: list[Article],
    result: FetchResult,
    connector: Connector,
    *,
    seen: int,
) -> PollOutcome:
    index, now = connector.index, connector.clock()
    records: list[SentRecord] = []
    to_send: list[Article] = []
    pending: list[str] = []
    for article in articles:
        signature = signature_of(f"{article.title or ''}\n{article.text}")
        match = index.find(signature) if signature is not None else None
        if match is not None:
            logger.info(
                "near duplicate collapsed url=%s id=%s duplicate_of=%s", feed.url, article.id, match
            )
            records.append(SentRecord(id=article.id, feed_url=feed.url, duplicate_of=match))
            continue
        to_send.append(article)
        blob = None
        if signature is not None:
            index.add(article.id, signature, seen_at=now)  # later entries of this round see it
            pending.append(article.id)
            blob = to_bytes(signature)
        records.append(SentRecord(id=article.id, feed_url=feed.url, signature=blob))
    try:
        if to_send:
            await connector.publish(to_send)
    except BaseException:
        for key in pending:  # not sent: their stories must not suppress later copies
            index.remove(key)
        raise
    connector.state.record_round(
        feed.url,
        records,
        etag=result.etag,
        last_modified=result.last_modified,
        now=connector.clock(),
    )
    connector.sent_total += len(to_send)
    return PollOutcome(
        url=feed.url,
        status="ok",
        sent=len(to_send),
        seen=seen,
        near_duplicates=len(records) - len(to_send),
    )


async def poll_feed(feed: FeedConfig, connector: Connector) -> PollOutcome:
    """Poll one feed once; a failure is recorded, logged and returned, never raised."""
    started = time.monotonic()
    try:
        outcome = await _poll(feed, connector)
    except Exception as exc:  # noqa: BLE001 -- the connector's boundary: one feed's failure stays its own
        error = f"{type(exc).__name__}: {exc}"[:500]
        now = connector.clock()
        failures = connector.state.record_failure(feed.url, error, now=now)
        last_success = connector.state.health(feed.url).last_success
        level = logging.ERROR if failures >= 5 else logging.WARNING
        logger.log(
            level,
            "feed poll failed url=%s failures=%d last_success=%s error=%s",
            feed.url,
            failures,
            _iso(last_success),
            error,
        )
        metrics.CONSECUTIVE_FAILURES.labels(feed.url).set(failures)
        metrics.LAST_ERROR.labels(feed.url).set(now)
        metrics.POLLS.labels(feed.url, "failed").inc()
        return PollOutcome(
            url=feed.url,
            status="failed",
            failures=failures,
            error=error,
            retry_after=getattr(exc, "retry_after", None),
        )
    seconds = time.monotonic() - started
    logger.info(
        "polled feed url=%s status=%s sent=%d seen=%d near_duplicates=%d seconds=%.2f",
        feed.url,
        outcome.status,
        outcome.sent,
        outcome.seen,
        outcome.near_duplicates,
        seconds,
    )
    metrics.POLLS.labels(feed.url, outcome.status).inc()
    metrics.ARTICLES_SENT.labels(feed.url).inc(outcome.sent)
    metrics.DUPLICATES.labels(feed.url, "seen").inc(outcome.seen)
    metrics.DUPLICATES.labels(feed.url, "near").inc(outcome.near_duplicates)
    metrics.CONSECUTIVE_FAILURES.labels(feed.url).set(0)
    metrics.LAST_SUCCESS.labels(feed.url).set(connector.clock())
    metrics.POLL_SECONDS.labels(feed.url).observe(seconds)
    metrics.NEAR_DUPLICATE_SIGNATURES.set(len(connector.index))
    return outcome


def _iso(timestamp: float | None) -> str:
    return "never" if timestamp is None else datetime.fromtimestamp(timestamp, UTC).isoformat()
