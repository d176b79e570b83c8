from pathlib import Path

import pytest
from pydantic import ValidationError

from connectors.feed_service import with_feed_overrides
from streams.settings import FeedConfig, Settings

TOML = """
[connector]
default_interval = 120
state_path = "/tmp/x.db"

[[connector.feeds]]
url = "https://a.example/rss"
interval = 60
full_text = true

[[connector.feeds]]
url = "file:///srv/feeds/b.xml"
"""


def test_feeds_and_intervals_are_read_from_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "watchfloor.toml"
    config.write_text(TOML)
    monkeypatch.setenv("WATCHFLOOR_CONFIG", str(config))

    cs = Settings().connector

    assert [(f.url, cs.interval_of(f), f.full_text) for f in cs.feeds] == [
        ("https://a.example/rss", 60, True),
        ("file:///srv/feeds/b.xml", 120, False),
    ]


def test_the_environment_overrides_the_config_files_feeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "watchfloor.toml"
    config.write_text(TOML)
    monkeypatch.setenv("WATCHFLOOR_CONFIG", str(config))
    monkeypatch.setenv(
        "WATCHFLOOR_CONNECTOR__FEEDS", '[{"url": "https://c.example/feed", "interval": 5}]'
    )

    cs = Settings().connector

    assert [(f.url, f.interval) for f in cs.feeds] == [("https://c.example/feed", 5)]


@pytest.mark.parametrize("url", ["ftp://x.example/rss", "not a url", "javascript:alert(1)"])
def test_a_feed_url_that_is_not_http_or_file_is_a_config_error(url: str) -> None:
    with pytest.raises(ValidationError, match="http"):
        FeedConfig(url=url)


def test_an_unknown_connector_key_is_a_config_error() -> None:
    with pytest.raises(ValidationError, match="feed_list"):
        Settings(connector={"feed_list": []})


def test_cli_feed_overrides_replace_the_configured_feeds_and_interval() -> None:
    settings = Settings(connector={"feeds": [{"url": "https://a.example/rss"}]})

    overridden = with_feed_overrides(settings, urls=["https://b.example/rss"], interval=7.0)

    assert [f.url for f in overridden.connector.feeds] == ["https://b.example/rss"]
    assert overridden.connector.interval_of(overridden.connector.feeds[0]) == 7.0
