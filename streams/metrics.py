"""Prometheus metrics of the worker, served on /metrics by streams.web; no Faust import here.

Agents increment these; the connector has its own in connectors/metrics.py (on its own port).
Names follow Prometheus conventions: counters end in _total, durations are in seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from prometheus_client import Counter, Gauge, Histogram

ARTICLES_IN = Counter(
    "watchfloor_articles_total", "Articles read from the articles topic, valid or not"
)
SIGNALS = Counter("watchfloor_signals_total", "Signals sent to the signals topic", ["kind"])
ALERTS_RAISED = Counter("watchfloor_alerts_total", "Alerts sent to the alerts topic", ["kind"])
COMMITMENTS_EXPIRED = Counter("watchfloor_commitments_expired_total",
                              "Commitments dropped from the table after their retention period")
DEAD_LETTERS = Counter(
    "watchfloor_dead_letters_total",
    "Messages turned into dead letters, by agent and reason (invalid, oversized, error)",
    ["agent", "reason"],
)
EXTRACTION_SECONDS = Histogram(
    "watchfloor_extraction_seconds", "Time to validate one article and extract its signals",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
CONSUMER_LAG = Gauge(
    "watchfloor_consumer_lag",
    "Messages behind the end of each assigned partition (highwater - committed offset)",
    ["topic", "partition"],
)
ASSIGNED_PARTITIONS = Gauge(
    "watchfloor_assigned_partitions", "Partitions this worker's consumer holds right now"
)

TopicPartition = tuple[str, int]


def lag_of(highwater: int, committed: int | None) -> int:
    """Messages not yet committed; a partition never committed is behind by all of it."""
    return max(highwater - (committed or 0), 0)


def set_consumer_lag(lags: Mapping[TopicPartition, int], *, previous: Iterable[TopicPartition]
                     ) -> set[TopicPartition]:
    """Publish one lag per partition held now and drop those that moved to another worker.

    Without the removal a revoked partition would keep reporting its last lag forever.
    """
    for topic, partition in set(previous) - set(lags):
        CONSUMER_LAG.remove(topic, str(partition))
    for (topic, partition), lag in lags.items():
        CONSUMER_LAG.labels(topic, str(partition)).set(lag)
    ASSIGNED_PARTITIONS.set(len(lags))
    return set(lags)
