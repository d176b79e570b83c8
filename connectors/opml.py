"""Feed lists from OPML (what feed readers export): read at start, or printed as TOML to paste."""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from connectors.html_text import one_line, strip_junk
from streams.settings import ConnectorSettings, FeedConfig

logger = logging.getLogger(__name__)

MAX_OPML_BYTES = 5_000_000


class OpmlError(ValueError):
    """An OPML document that cannot be read; the message names the file."""


def feeds_from_opml(data: bytes, *, name: str = "<opml>") -> tuple[FeedConfig, ...]:
    """Every outline with an xmlUrl, nested ones included, in document order, without repeats."""
    if b"<!entity" in data.lower():
        raise OpmlError(f"{name}: entity declarations are not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OpmlError(f"{name}: not XML: {exc}") from exc
    if root.tag.lower() != "opml":
        raise OpmlError(f"{name}: the root element is <{root.tag}>, not <opml>")
    feeds: dict[str, FeedConfig] = {}
    for outline in root.iter("outline"):
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        url = attrs.get("xmlurl", "").strip()
        if not url or url in feeds:
            continue
        title = one_line(strip_junk(attrs.get("title") or attrs.get("text") or "")).strip()
        try:
            feeds[url] = FeedConfig(url=url, title=title[:200] or None)
        except ValidationError as exc:
            logger.warning(
                "skipped opml outline file=%s url=%s error=%s",
                name,
                url[:200],
                exc.errors()[0]["msg"],
            )
    return tuple(feeds.values())


def read_opml(path: Path) -> tuple[FeedConfig, ...]:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise OpmlError(f"{path}: {exc}") from exc
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"{path}: larger than {MAX_OPML_BYTES} bytes")
    return feeds_from_opml(data, name=str(path))


def configured_feeds(settings: ConnectorSettings) -> tuple[FeedConfig, ...]:
    """The [[connector.feeds]] entries, then the OPML file's feeds they do not already list."""
    feeds = {f.url: f for f in settings.feeds}
    if settings.opml_path is not None:
        for feed in read_opml(settings.opml_path):
            feeds.setdefault(feed.url, feed)
    return tuple(feeds.values())


def feeds_as_toml(feeds: Iterable[FeedConfig]) -> str:
    """[[connector.feeds]] tables for the config file (JSON strings are valid TOML strings)."""
    blocks = []
    for feed in feeds:
        lines = ["[[connector.feeds]]", f"url = {json.dumps(feed.url, ensure_ascii=False)}"]
        if feed.title:
            lines.append(f"title = {json.dumps(feed.title, ensure_ascii=False)}")
        if feed.interval is not None:
            lines.append(f"interval = {feed.interval}")
        if feed.full_text:
            lines.append("full_text = true")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
