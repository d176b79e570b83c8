import tomllib
from pathlib import Path

import pytest

from connectors.opml import OpmlError, configured_feeds, feeds_as_toml, feeds_from_opml
from streams.settings import ConnectorSettings, FeedConfig

OPML = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="Arms control">
    <outline type="rss" text="Wire &amp; Co" xmlUrl="https://a.example/rss"/>
    <outline type="rss" title="Desk \xe2\x80\x93 2" xmlURL="https://b.example/atom.xml"/>
  </outline>
  <outline type="rss" text="again" xmlUrl="https://a.example/rss"/>
  <outline type="rss" text="bad" xmlUrl="gopher://c.example/"/>
  <outline text="no url"/>
</body></opml>"""


def test_nested_outlines_become_feeds_once_each_and_bad_urls_are_skipped() -> None:
    feeds = feeds_from_opml(OPML)

    assert [(f.url, f.title) for f in feeds] == [
        ("https://a.example/rss", "Wire & Co"),
        ("https://b.example/atom.xml", "Desk – 2"),
    ]


@pytest.mark.parametrize(
    "doc", [b"<opml><body>", b"<rss/>", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><opml>&a;</opml>']
)
def test_a_broken_or_hostile_opml_file_is_refused_with_a_clear_error(doc: bytes) -> None:
    with pytest.raises(OpmlError, match="subs.opml"):
        feeds_from_opml(doc, name="subs.opml")


def test_configured_feeds_win_over_the_same_url_in_the_opml_file(tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_bytes(OPML)
    settings = ConnectorSettings(
        feeds=(FeedConfig(url="https://a.example/rss", interval=60),), opml_path=path
    )

    feeds = configured_feeds(settings)

    assert [(f.url, f.interval) for f in feeds] == [
        ("https://a.example/rss", 60),
        ("https://b.example/atom.xml", None),
    ]


def test_feeds_printed_as_toml_read_back_as_the_same_feeds() -> None:
    feeds = feeds_from_opml(OPML) + (
        FeedConfig(url='https://x.example/"q"', interval=90, full_text=True),
    )

    parsed = tomllib.loads(feeds_as_toml(feeds))

    assert ConnectorSettings(**parsed["connector"]).feeds == feeds
