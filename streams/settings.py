"""The one Settings object: environment (WATCHFLOOR_*), then the TOML config file, then defaults."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    PositiveFloat,
    PositiveInt,
    field_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from streams.event_loop import EventLoopName
from streams.subscriptions import SinkConfig

CONFIG_ENV = "WATCHFLOOR_CONFIG"
DEFAULT_CONFIG = Path("watchfloor.toml")


class FeedConfig(BaseModel):
    """One polled feed: an http(s) or file:// URL and how often to poll it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    url: str
    interval: PositiveFloat | None = None  # seconds between polls; None: connector.default_interval
    full_text: bool = False  # fetch the article page when the feed gives only a summary
    title: str | None = None  # the source name for its articles; None: the feed's own title

    @field_validator("url")
    @classmethod
    def _http_or_file_url(cls, url: str) -> str:
        parts = urlsplit(url.strip())
        if parts.scheme not in {"http", "https", "file"} or not (parts.netloc or parts.path):
            raise ValueError(f"feed url must be http(s):// or file://, got {url!r}")
        return url.strip()


class ConnectorSettings(BaseModel):
    """The feed connector's part of the settings ([connector] in the config file)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    feeds: tuple[FeedConfig, ...] = ()  # WATCHFLOOR_CONNECTOR__FEEDS='[{"url": "..."}]'
    opml_path: Path | None = None  # more feeds from an OPML file; [[connector.feeds]] win on url
    default_interval: PositiveFloat = 300.0
    state_path: Path = Path(".run/connector-state.db")
    user_agent: str = "watchfloor-connector/0.1 (feed reader)"
    connect_timeout: PositiveFloat = 10.0  # seconds
    read_timeout: PositiveFloat = 30.0  # seconds without a byte arriving
    total_timeout: PositiveFloat = 60.0  # seconds for a whole fetch, redirects included
    max_body_bytes: PositiveInt = 10_000_000  # decoded bytes; a longer body is refused
    max_redirects: NonNegativeInt = 5
    max_concurrent_fetches: PositiveInt = 50  # feeds fetched at the same time
    backoff_base: PositiveFloat = 60.0  # seconds after the first failure, doubled per failure
    backoff_max: PositiveFloat = 6 * 3600.0
    max_text_chars: PositiveInt = 100_000  # article text is cut here
    full_text_timeout: PositiveFloat = 20.0  # seconds for fetching and extracting one page
    full_text_max_bytes: PositiveInt = 3_000_000
    full_text_concurrency: PositiveInt = 4  # pages fetched at the same time, per feed
    allow_private_addresses: bool = False  # let full-text fetches reach private/loopback hosts
    near_duplicate_threshold: float = Field(default=0.7, gt=0.0, le=1.0)  # Jaccard, estimated
    near_duplicate_max_signatures: PositiveInt = 50_000  # ~2.7 KB of memory each; oldest go first
    near_duplicate_max_age_days: PositiveFloat = 7.0
    sent_retention_days: PositiveFloat = 365.0  # ids not seen in any feed for this long are pruned
    metrics_port: int | None = Field(default=None, ge=0, le=65535)  # prometheus /metrics; None: off

    def interval_of(self, feed: FeedConfig) -> float:
        return feed.interval if feed.interval is not None else self.default_interval


def config_file() -> Path:
    """The TOML config file: $WATCHFLOOR_CONFIG, else ./watchfloor.toml (absent is fine)."""
    return Path(os.environ.get(CONFIG_ENV, DEFAULT_CONFIG))


class Settings(BaseSettings):
    """Everything configurable, for worker, connector and CLI alike."""

    model_config = SettingsConfigDict(
        env_prefix="WATCHFLOOR_", env_nested_delimiter="__", frozen=True, extra="ignore"
    )

    kafka_bootstrap: str = Field(
        "127.0.0.1:9092",
        validation_alias=AliasChoices("WATCHFLOOR_KAFKA_BOOTSTRAP", "KAFKA_BOOTSTRAP_SERVERS",
                                      "kafka_bootstrap"),
    )
    app_id: str = "watchfloor"  # Faust consumer group and table changelog prefix
    topic_prefix: str = "watchfloor."  # every topic name starts with it
    articles_partitions: PositiveInt = 1
    faust_store: str = "memory://"  # tables are rebuilt from their changelog topics at start
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    broker_session_timeout: PositiveFloat = 60.0  # seconds before a dead worker's partitions move
    # how long the broker may hold a worker's fetch when it has nothing new: faust's fixed
    # 1,500 ms held busy partitions back behind idle ones (see faust_patches, item 5)
    consumer_fetch_max_wait_ms: PositiveInt = 50
    event_loop: EventLoopName = "uvloop"  # the worker's asyncio loop (see streams/event_loop.py)
    producer_linger_ms: NonNegativeInt = 1  # batch the agents' sends: fewer produce requests
    # per-partition batch size: commitment states (table changelog) run to tens of KB, and
    # faust's 16 KB default gave each its own request, stalling agents on "buffer full"
    producer_max_batch_bytes: PositiveInt = 512 * 1024
    web_enabled: bool = True
    web_host: str = "127.0.0.1"
    web_port: int = Field(6066, ge=1, le=65535)
    max_message_bytes: PositiveInt = 1_000_000  # larger article messages become dead letters
    lag_interval: PositiveFloat = 5.0  # seconds between consumer-lag gauge updates on /metrics
    json_logs: bool = False  # one JSON object per log line, for log shippers

    connector: ConnectorSettings = ConnectorSettings()

    alert_on_new_tests: bool = True  # lower-severity notices for new weapons tests
    sinks: tuple[SinkConfig, ...] = ()  # [[sinks]] in the config file
    timer_interval: PositiveFloat = 60.0  # seconds between deadline-timer sweeps
    commitment_retention_days: PositiveFloat = 180.0  # a commitment quiet this long expires
    new_test_retention_days: PositiveFloat = 14.0  # the same for new-test notices (keyed per day)
    clock_skew: float = 0.0  # seconds added to the wall clock: drills and tests of timers only

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file())
        return init_settings, env_settings, toml


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Build the settings once per process."""
    return Settings()
