"""Feed bytes -> entries -> Articles: parsing (feedparser, JSON Feed) and normalisation.

feedparser is only ever given bytes in a BytesIO (given bare bytes it tries them as a file
name first; given a str URL it fetches), with response header names in lower case (it
reads only `content-type`, not `Content-Type`). Its sanitiser is off: every value is
reduced to text here by a real HTML parser instead.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from connectors.html_text import html_to_text, one_line, plain_text, strip_junk
from connectors.json_feed import JsonFeedError, looks_like_json, parse_json_feed
from streams.models import Article

logger = logging.getLogger(__name__)

MAX_ID_CHARS = 500  # longer guids and links are hashed (Article.id allows 1000)
FUTURE_SLACK = timedelta(days=1)  # a date further ahead than this is not believed
GLOBAL_ID_RE = re.compile(r"^(https?|tag|urn):\S+$", re.IGNORECASE)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


class EntryError(ValueError):
    """An entry that makes no valid Article (no title and no text, say)."""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed document held: its title, its entries, and why it is malformed if it is."""

    title: str | None
    entries: Sequence[Mapping[str, Any]]
    bozo: str | None = None  # the parser's complaint; entries may still be usable


def parse_feed(data: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse a feed document (RSS, Atom, RDF, CDF or JSON Feed) from bytes; never fetches."""
    lower = {k.lower(): v for k, v in (headers or {}).items()}
    if looks_like_json(data) or "json" in lower.get("content-type", ""):
        try:
            title, entries = parse_json_feed(data)
        except JsonFeedError as exc:
            if looks_like_json(data):
                return ParsedFeed(title=None, entries=(), bozo=str(exc))
        else:
            return ParsedFeed(title=_clean_title(title, "text/plain"), entries=entries)
    # No base URL for feedparser: it would resolve bare guids ("1") into URLs on the feed's
    # host; entry_link resolves relative links against the feed URL instead.
    lower.pop("content-location", None)
    result = feedparser.parse(
        io.BytesIO(data), response_headers=lower, sanitize_html=False, resolve_relative_uris=True
    )
    feed = result.get("feed") or {}
    title = _clean_title(feed.get("title"), _type_of(feed.get("title_detail")))
    bozo = None
    if result.get("bozo"):
        bozo = _one_line_reason(result.get("bozo_exception"))
    return ParsedFeed(title=title, entries=list(result.get("entries") or ()), bozo=bozo)


def _one_line_reason(exc: object) -> str:
    reason = one_line(strip_junk(f"{type(exc).__name__}: {exc}" if exc else "malformed"))
    return reason[:300]


def _type_of(detail: object) -> str:
    if isinstance(detail, Mapping):
        kind = detail.get("type")
        if isinstance(kind, str):
            return kind.lower()
    return "text/html"  # feedparser's default for RSS; the safe reading either way


def _to_text(value: object, kind: str) -> str:
    if not isinstance(value, str):
        return ""
    return html_to_text(value) if kind in HTML_TYPES else plain_text(value)


def _clean_title(value: object, kind: str) -> str | None:
    title = one_line(_to_text(value, kind))
    return title[:1000] or None


def entry_text(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """(clean text, whether it is full content): the longest content, else the summary."""
    texts = [
        _to_text(c.get("value"), _type_of(c))
        for c in entry.get("content") or ()
        if isinstance(c, Mapping)
    ]
    best = max(texts, key=len, default="")
    if best:
        return best, True
    return _to_text(entry.get("summary"), _type_of(entry.get("summary_detail"))), False


def entry_link(entry: Mapping[str, Any], *, feed_url: str = "") -> str | None:
    """The entry's http(s) link, resolved against the feed URL (javascript: and such dropped)."""
    candidates = [entry.get("link")]
    candidates += [
        link.get("href") for link in entry.get("links") or () if isinstance(link, Mapping)
    ]
    for candidate in candidates:
        if isinstance(candidate, str):
            link = strip_junk(candidate).strip()
            if feed_url.startswith(("http://", "https://")):
                try:
                    link = urljoin(feed_url, link)
                except ValueError:  # a malformed IPv6 host, say
                    continue
            if urlsplit(link).scheme.lower() in {"http", "https"} and len(link) <= 4000:
                return link
    return None


def entry_date(entry: Mapping[str, Any], *, fetched_at: datetime) -> datetime | None:
    """Published (else updated, else created) in UTC; None when absent or not believable."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: FeedParserDict maps a missing updated_parsed to published_parsed, warning
        parsed = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if not isinstance(parsed, tuple) or len(parsed) < 6:  # struct_time is a tuple
            continue
        try:
            when = datetime.fromtimestamp(calendar.timegm(tuple(parsed)[:9]), UTC)
        except (ValueError, OverflowError, OSError, TypeError):
            continue
        if when <= fetched_at + FUTURE_SLACK:
            return when
    return None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def article_id(entry: Mapping[str, Any], *, feed_url: str, title: str, text: str) -> str:
    """guid, else link, else a content hash; a guid that is not a URI gets the feed url prefixed."""
    guid = entry.get("id")
    if isinstance(guid, str) and (guid := strip_junk(guid).strip()):
        ident = guid if GLOBAL_ID_RE.match(guid) else f"{feed_url}#{guid}"
        return ident if len(ident) <= MAX_ID_CHARS else f"sha256:{_digest(ident)}"
    if link := entry_link(entry, feed_url=feed_url):
        return link if len(link) <= MAX_ID_CHARS else f"sha256:{_digest(link)}"
    return f"sha256:{_digest(title, text)}"


def source_of(feed_title: str | None, feed_url: str) -> str:
    """The feed's title, else its host (else the file name of a file:// feed)."""
    if feed_title:
        return feed_title
    parts = urlsplit(feed_url)
    return parts.hostname or parts.path.rsplit("/", 1)[-1] or feed_url


@dataclass(frozen=True, slots=True)
class FeedItem:
    """A normalised entry, and whether the feed gave its content or only a summary."""

    article: Article
    has_content: bool


def item_from_entry(
    entry: Mapping[str, Any],
    *,
    feed_url: str,
    fetched_at: datetime,
    source: str | None = None,
    max_text_chars: int = 100_000,
) -> FeedItem:
    """The normalised entry; raises EntryError when it has no title and no text."""
    title = _clean_title(entry.get("title"), _type_of(entry.get("title_detail")))
    text, has_content = entry_text(entry)
    text = text[:max_text_chars] or (title or "")  # a headline-only entry is its own text
    if not text:
        raise EntryError("entry has no title and no text")
    published = entry_date(entry, fetched_at=fetched_at)
    article = Article(
        id=article_id(entry, feed_url=feed_url, title=title or "", text=text),
        url=entry_link(entry, feed_url=feed_url),
        title=title,
        text=text,
        published=published or fetched_at,
        published_estimated=published is None,
        source=source or source_of(None, feed_url),
        fetched_at=fetched_at,
    )
    return FeedItem(article=article, has_content=has_content)


def article_from_entry(
    entry: Mapping[str, Any],
    *,
    feed_url: str,
    fetched_at: datetime,
    source: str | None = None,
    max_text_chars: int = 100_000,
) -> Article:
    """The normalised Article of one entry; raises EntryError when it has no title and no text."""
    return item_from_entry(
        entry,
        feed_url=feed_url,
        fetched_at=fetched_at,
        source=source,
        max_text_chars=max_text_chars,
    ).article


def items_of(
    feed: ParsedFeed,
    *,
    feed_url: str,
    fetched_at: datetime,
    source: str | None = None,
    max_text_chars: int = 100_000,
) -> list[FeedItem]:
    """Every entry that makes a valid Article; the others are logged with the feed URL, skipped."""
    name = source or source_of(feed.title, feed_url)
    items = []
    for index, entry in enumerate(feed.entries):
        try:
            items.append(
                item_from_entry(
                    entry,
                    feed_url=feed_url,
                    fetched_at=fetched_at,
                    source=name,
                    max_text_chars=max_text_chars,
                )
            )
        except ValueError as exc:  # EntryError or pydantic's ValidationError
            logger.warning(
                "skipped entry url=%s index=%d error=%s", feed_url, index, _one_line_reason(exc)
            )
    return items
