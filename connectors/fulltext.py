"""The main text of an article page (trafilatura), for feeds that carry only a summary.

Pages are fetched through the address guard (unless the config allows private addresses)
with their own time and size caps; extraction runs in a thread under the same deadline.
A page that fails gives None and the article keeps its summary.
"""

from __future__ import annotations

import asyncio
import logging
import time

import httpx

from connectors.address_guard import check_public_url
from connectors.html_text import plain_text
from connectors.http_fetch import FetchError, FetchLimits, fetch

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def extract_main_text(html: bytes) -> str | None:
    """The main text of an HTML page, boilerplate (menus, footers, comments) left out."""
    import trafilatura  # imported here: it is slow to import and only full-text feeds need it

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=True,
    )
    return plain_text(text) if text else None


async def full_text_of(
    client: httpx.AsyncClient,
    url: str,
    *,
    limits: FetchLimits,
    allow_private: bool = False,
) -> str | None:
    """The page's main text, or None when it cannot be fetched or holds none (logged)."""
    started = time.monotonic()
    guard = None if allow_private else check_public_url
    try:
        result = await fetch(client, url, limits=limits, guard=guard)
    except FetchError as exc:
        logger.warning("full text not fetched url=%s error=%s", url, exc.reason)
        return None
    kind = result.headers.get("content-type", "text/html").lower()
    if not any(kind.startswith(t) for t in HTML_TYPES):
        logger.warning("full text skipped url=%s content_type=%s", url, kind[:100])
        return None
    remaining = max(0.1, limits.total_timeout - (time.monotonic() - started))
    try:
        # On timeout the thread runs on to its end, but nothing waits for it.
        return await asyncio.wait_for(asyncio.to_thread(extract_main_text, result.body), remaining)
    except TimeoutError:
        logger.warning("full text extraction timed out url=%s", url)
    except Exception as exc:  # noqa: BLE001 -- a boundary: any page, however hostile, only loses its full text
        logger.warning("full text extraction failed url=%s error=%r", url, exc)
    return None
