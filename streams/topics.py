"""Every topic name and Topic object, dead letters included. Importing it opens no connection."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from streams.app import app, settings
from streams.settings import Settings


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
    alerts: str  # Alert, keyed by alert id (compacted)
    dead_letters: str  # DeadLetter, keyed by the source topic name


def topic_names(s: Settings) -> TopicNames:
    """Every name is spelled here: tests and tools with other settings ask this function."""
    p = s.topic_prefix
    return TopicNames(articles=f"{p}articles", signals=f"{p}signals", alerts=f"{p}alerts",
                      dead_letters=f"{p}dead-letters")


NAMES = topic_names(settings)
ARTICLES, SIGNALS, ALERTS, DEAD_LETTERS = (
    NAMES.articles, NAMES.signals, NAMES.alerts, NAMES.dead_letters)



def pipeline_topics(s: Settings) -> tuple[TopicSpec, ...]:
    """The topics to create before a worker starts; signals are co-partitioned with articles."""
    names = topic_names(s)
    return (
        TopicSpec(name=names.articles, partitions=s.articles_partitions),
        TopicSpec(name=names.signals, partitions=s.articles_partitions),
        TopicSpec(name=names.alerts, partitions=1, compacted=True),
        TopicSpec(name=names.dead_letters, partitions=1),
    )


articles = app.topic(ARTICLES, key_type=bytes, value_type=bytes)
signals = app.topic(SIGNALS, key_type=bytes, value_type=bytes)
alerts = app.topic(ALERTS, key_type=bytes, value_type=bytes)
dead_letters = app.topic(DEAD_LETTERS, key_type=bytes, value_type=bytes)
