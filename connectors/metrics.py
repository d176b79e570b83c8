"""Prometheus metrics of the feed connector by feed URL (served when metrics_port is set)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

POLLS = Counter(
    "watchfloor_feed_polls", "Feed polls by outcome (ok, not_modified, failed)", ["feed", "outcome"]
)
ARTICLES_SENT = Counter("watchfloor_feed_articles_sent", "Articles sent to Kafka", ["feed"])
DUPLICATES = Counter(
    "watchfloor_feed_duplicates",
    "Entries not sent: already sent (seen) or a near-duplicate of a sent story (near)",
    ["feed", "kind"],
)
CONSECUTIVE_FAILURES = Gauge(
    "watchfloor_feed_consecutive_failures", "Failed polls in a row, 0 when healthy", ["feed"]
)
LAST_SUCCESS = Gauge(
    "watchfloor_feed_last_success_timestamp_seconds", "Unix time of the last good poll", ["feed"]
)
LAST_ERROR = Gauge(
    "watchfloor_feed_last_error_timestamp_seconds", "Unix time of the last failed poll", ["feed"]
)
POLL_SECONDS = Histogram(
    "watchfloor_feed_poll_seconds",
    "Time to fetch, parse and publish one feed",
    ["feed"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
NEAR_DUPLICATE_SIGNATURES = Gauge(
    "watchfloor_near_duplicate_signatures", "Signatures held in the near-duplicate index"
)
