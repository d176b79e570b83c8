"""JSON Feed 1.0/1.1 documents as feedparser-shaped entries (feedparser 6 reads no JSON).

Entries get the keys `feeds.article_from_entry` reads from a feedparser entry, so both
formats share one normalisation path.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

from connectors.html_text import strip_junk

JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/"


class JsonFeedError(ValueError):
    """Bytes that are not a JSON Feed document."""


def looks_like_json(data: bytes) -> bool:
    """True when the document starts with `{` (after a BOM and white space)."""
    head = data[:64].lstrip(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{")


def _struct_time(value: object) -> time.struct_time | None:
    """An RFC 3339 date as a UTC struct_time, like feedparser's *_parsed keys."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).timetuple()


def _text(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return strip_junk(value) if isinstance(value, str) else None


def _entry_of(item: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if (guid := _text(item.get("id"))) is not None:
        entry["id"] = guid
    if link := _text(item.get("url")) or _text(item.get("external_url")):
        entry["link"] = link
    if (title := _text(item.get("title"))) is not None:
        entry["title"] = title
        entry["title_detail"] = {"type": "text/plain"}
    content = []
    if (html := _text(item.get("content_html"))) is not None:
        content.append({"type": "text/html", "value": html})
    if (text := _text(item.get("content_text"))) is not None:
        content.append({"type": "text/plain", "value": text})
    if content:
        entry["content"] = content
    if (summary := _text(item.get("summary"))) is not None:
        entry["summary"] = summary
        entry["summary_detail"] = {"type": "text/plain"}
    for key, field in (("published_parsed", "date_published"), ("updated_parsed", "date_modified")):
        if (parsed := _struct_time(item.get(field))) is not None:
            entry[key] = parsed
    return entry


def parse_json_feed(data: bytes) -> tuple[str | None, list[dict[str, Any]]]:
    """(feed title, entries) of a JSON Feed document; raises JsonFeedError for anything else."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise JsonFeedError(f"not JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise JsonFeedError("not a JSON Feed: the document is not an object")
    version = doc.get("version")
    if not (isinstance(version, str) and version.startswith(JSON_FEED_VERSION_PREFIX)):
        raise JsonFeedError(f"not a JSON Feed: version={version!r}")
    items = doc.get("items")
    if not isinstance(items, list):
        raise JsonFeedError("not a JSON Feed: items is not a list")
    entries = [_entry_of(item) for item in items if isinstance(item, dict)]
    return _text(doc.get("title")), entries
