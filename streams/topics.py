"""Every topic name and Topic object, dead letters included.

Importing it opens no connection and builds no Faust app: names come from the settings, and
the Faust Topic objects (`articles`, `signals`, ...) are made on first use, so connectors and
tools that need only a name stay light.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from streams.settings import Settings, get_settings


class TopicSpec(BaseModel):
    """What a topic needs at creation: the worker creates pipeline topics before it starts."""

    model_config = ConfigDict(frozen=True)
    name: str
    partitions: int
    compacted: bool = False


class TopicNames(BaseModel):
    """The pipeline's topic names under one settings' prefix."""

    model_config = ConfigDict(frozen=True)
    articles: str  # Article, keyed by article id
    signals: str  # Signal, keyed by article id
    commitments: str  # CommitmentEvent, keyed by commitment key (the tracker's partitioning)
    alerts: str  # Alert, keyed by alert id (compacted)
    dead_letters: str  # DeadLetter, keyed by the source topic name


def topic_names(s: Settings) -> TopicNames:
    """Every name is spelled here: tests and tools with other settings ask this function."""
    p = s.topic_prefix
    return TopicNames(articles=f"{p}articles", signals=f"{p}signals",
                      commitments=f"{p}commitment-events", alerts=f"{p}alerts",
                      dead_letters=f"{p}dead-letters")


NAMES = topic_names(get_settings())
ARTICLES, SIGNALS, COMMITMENTS, ALERTS, DEAD_LETTERS = (
    NAMES.articles, NAMES.signals, NAMES.commitments, NAMES.alerts, NAMES.dead_letters)


def pipeline_topics(s: Settings) -> tuple[TopicSpec, ...]:
    """The topics to create before a worker starts; signals are co-partitioned with articles."""
    names = topic_names(s)
    return (
        TopicSpec(name=names.articles, partitions=s.articles_partitions),
        TopicSpec(name=names.signals, partitions=s.articles_partitions),
        TopicSpec(name=names.commitments, partitions=s.articles_partitions),
        TopicSpec(name=names.alerts, partitions=1, compacted=True),
        TopicSpec(name=names.dead_letters, partitions=1),
    )

def __getattr__(name: str) -> Any:
    """`from streams.topics import articles` gives the Faust Topic, built once on first use."""
    if name not in TopicNames.model_fields:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from streams.app import app

    topic = app.topic(getattr(NAMES, name), key_type=bytes, value_type=bytes)
    globals()[name] = topic
    return topic
