import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from connectors.feeds import article_from_entry, article_id, items_of, parse_feed
from connectors.json_feed import parse_json_feed
from tests.connectors.conftest import rss

FETCHED = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
FEED = "https://news.example.org/feed.xml"


def only_article(doc: bytes, **kwargs: object):
    (item,) = items_of(parse_feed(doc, url=FEED, **kwargs), feed_url=FEED, fetched_at=FETCHED)
    return item.article


def test_an_rss_item_becomes_an_article_with_clean_text_and_a_utc_date() -> None:
    doc = rss(
        {
            "title": "Test &amp; <b>launch</b>",
            "link": "https://news.example.org/a",
            "guid": "https://news.example.org/a",
            "pubDate": "Tue, 10 Mar 2026 17:40:00 +0200",
            "description": "<p>The missile <script>x()</script>flew.</p>",
        }
    )

    article = only_article(doc)

    assert (article.title, article.text, article.url) == (
        "Test & launch",
        "The missile flew.",
        "https://news.example.org/a",
    )
    assert article.published == datetime(2026, 3, 10, 15, 40, tzinfo=UTC)
    assert (article.published_estimated, article.source) == (False, "Test Wire")


def test_an_entry_without_a_date_is_dated_at_fetch_time_and_marked_estimated() -> None:
    article = only_article(rss({"title": "Undated", "link": "https://e.org/u"}))

    assert (article.published, article.published_estimated) == (FETCHED, True)


def test_a_date_far_in_the_future_is_not_believed() -> None:
    article = only_article(rss({"title": "T", "pubDate": "Fri, 01 Jan 2100 00:00:00 GMT"}))

    assert (article.published, article.published_estimated) == (FETCHED, True)


def test_a_global_guid_is_the_id_as_it_is() -> None:
    assert only_article(rss({"title": "T", "guid": "tag:example.org,2026:1"})).id == (
        "tag:example.org,2026:1"
    )


def test_a_bare_guid_is_scoped_to_its_feed_so_two_feeds_numbering_from_one_do_not_collide() -> None:
    assert only_article(rss({"title": "T", "guid": "1"})).id == f"{FEED}#1"


def test_without_a_guid_the_link_is_the_id() -> None:
    assert only_article(rss({"title": "T", "link": "https://e.org/x"})).id == "https://e.org/x"


def test_without_guid_or_link_the_id_is_a_stable_content_hash() -> None:
    first = only_article(rss({"title": "T", "description": "Body"}))
    again = only_article(rss({"title": "T", "description": "Body"}))
    other = only_article(rss({"title": "T", "description": "Other body"}))

    assert first.id == again.id != other.id
    assert first.id.startswith("sha256:")


def test_a_very_long_guid_is_hashed_to_fit_the_id_field() -> None:
    article = only_article(rss({"title": "T", "guid": "https://e.org/" + "x" * 5000}))

    assert article.id.startswith("sha256:") and len(article.id) < 100


def test_a_javascript_link_is_not_kept_as_the_article_url() -> None:
    assert only_article(rss({"title": "T", "link": "javascript:alert(1)"})).url is None


def test_source_is_the_feed_title_else_the_host() -> None:
    untitled = b'<rss version="2.0"><channel><item><title>T</title></item></channel></rss>'

    assert only_article(untitled).source == "news.example.org"


def test_a_headline_only_entry_uses_its_title_as_text() -> None:
    assert only_article(rss({"title": "Missile test reported"})).text == "Missile test reported"


def test_an_entry_with_no_title_and_no_text_is_skipped_not_fatal() -> None:
    doc = rss({"guid": "empty"}, {"title": "Kept"})

    items = items_of(parse_feed(doc, url=FEED), feed_url=FEED, fetched_at=FETCHED)

    assert [i.article.title for i in items] == ["Kept"]


def test_atom_content_is_preferred_over_its_summary() -> None:
    doc = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry>
      <id>urn:x:1</id><title>T</title><summary>Short.</summary>
      <content type="html">&lt;p&gt;The long text.&lt;/p&gt;</content></entry></feed>"""

    (item,) = items_of(parse_feed(doc, url=FEED), feed_url=FEED, fetched_at=FETCHED)

    assert (item.article.text, item.has_content) == ("The long text.", True)


def test_the_charset_of_a_content_type_header_is_honoured_whatever_the_case_of_its_name() -> None:
    doc = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Лента</title><item>'
        "<title>Испытание ракеты</title></item></channel></rss>"
    )
    headers = {"Content-Type": "application/rss+xml; charset=windows-1251"}

    article = only_article(doc.encode("windows-1251"), headers=headers)

    assert (article.title, article.source) == ("Испытание ракеты", "Лента")


def test_bytes_naming_a_local_file_are_parsed_as_a_document_never_opened(tmp_path: Path) -> None:
    """feedparser opens bare bytes as a file name first; a server could send us a path."""
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss({"title": "Local secret"}))

    feed = parse_feed(str(secret).encode(), url=FEED)

    assert list(feed.entries) == [] and feed.bozo is not None


def test_relative_links_resolve_against_the_feed_url() -> None:
    assert only_article(rss({"title": "T", "link": "/story/9"})).url == (
        "https://news.example.org/story/9"
    )


def test_a_json_feed_becomes_articles() -> None:
    doc = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "JSON Wire",
            "items": [
                {
                    "id": 7,
                    "url": "https://e.org/7",
                    "title": "Test",
                    "content_html": "<p>Hi</p><script>x</script>",
                    "date_published": "2026-03-10T10:00:00+01:00",
                },
                {"id": "8", "content_text": "Plain <b>text</b>"},
                "not an item",
            ],
        }
    ).encode()

    items = items_of(parse_feed(doc, url=FEED), feed_url=FEED, fetched_at=FETCHED)

    first, second = (i.article for i in items)
    assert (first.id, first.text, first.source) == (f"{FEED}#7", "Hi", "JSON Wire")
    assert first.published == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    assert (second.text, second.published_estimated) == ("Plain <b>text</b>", True)


@pytest.mark.parametrize("doc", [b"{", b"[1, 2]", b'{"version": "x"}', b"{" * 100_000])
def test_broken_json_is_reported_as_a_malformed_feed(doc: bytes) -> None:
    feed = parse_feed(doc, url=FEED)

    assert (list(feed.entries), feed.bozo is not None) == ([], True)


def test_json_feed_dates_without_a_zone_are_taken_as_utc() -> None:
    doc = (
        b'{"version": "https://jsonfeed.org/version/1", "items": [{"id": "1", '
        b'"title": "t", "date_published": "2026-01-02T03:04:05"}]}'
    )

    _, (entry,) = parse_json_feed(doc)

    assert entry["published_parsed"][:6] == (2026, 1, 2, 3, 4, 5)


def test_article_from_entry_accepts_a_plain_mapping() -> None:
    entry = {"id": "urn:a", "title": "T", "summary": "S", "published_parsed": time.gmtime(0)}

    article = article_from_entry(entry, feed_url=FEED, fetched_at=FETCHED)

    assert (article.id, article.text, article.published) == (
        "urn:a",
        "S",
        datetime(1970, 1, 1, tzinfo=UTC),
    )


def test_the_id_of_a_re_fetched_entry_does_not_change() -> None:
    entry = {"title": "T", "summary": "S"}

    assert article_id(entry, feed_url=FEED, title="T", text="S") == article_id(
        dict(entry), feed_url=FEED, title="T", text="S"
    )


def test_text_is_cut_at_the_configured_length() -> None:
    doc = rss({"title": "T", "description": "word " * 1000})

    (item,) = items_of(
        parse_feed(doc, url=FEED), feed_url=FEED, fetched_at=FETCHED, max_text_chars=50
    )

    assert len(item.article.text) == 50
    assert FETCHED - timedelta(0) == item.article.fetched_at
