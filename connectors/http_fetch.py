"""Fetch a feed or page politely and defensively: timeouts, a body cap, redirects counted, 304s.

Redirects are followed here, not by httpx, so every hop can be checked (the full-text
address guard runs per hop) and counted against one limit. Bodies are streamed and
decoded by httpx (gzip, deflate) and the fetch stops as soon as the decoded size passes
the cap, so neither a huge feed nor a compression bomb is held in memory. file:// URLs
are read from disk under the same cap, with their mtime and size as the validator.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx
from pydantic import BaseModel, ConfigDict

from streams.settings import ConnectorSettings

logger = logging.getLogger(__name__)

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml,"
    " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
Guard = Callable[[str], Awaitable[None]]  # raises for a URL that must not be fetched


class FetchError(Exception):
    """A fetch that gave no usable body; `retry_after` is the server's wish, in seconds."""

    def __init__(self, url: str, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"{reason} url={url}")
        self.url = url
        self.reason = reason
        self.retry_after = retry_after


class HttpStatusError(FetchError):
    def __init__(self, url: str, status: int, *, retry_after: float | None = None) -> None:
        super().__init__(url, f"http status {status}", retry_after=retry_after)
        self.status = status


class BodyTooLarge(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class FetchTimeout(FetchError):
    pass


class FetchLimits(BaseModel):
    """How long and how much one fetch may take."""

    model_config = ConfigDict(frozen=True)
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5

    @classmethod
    def for_feeds(cls, settings: ConnectorSettings) -> FetchLimits:
        return cls(
            connect_timeout=settings.connect_timeout,
            read_timeout=settings.read_timeout,
            total_timeout=settings.total_timeout,
            max_bytes=settings.max_body_bytes,
            max_redirects=settings.max_redirects,
        )

    @classmethod
    def for_pages(cls, settings: ConnectorSettings) -> FetchLimits:
        return cls(
            connect_timeout=min(settings.connect_timeout, settings.full_text_timeout),
            read_timeout=min(settings.read_timeout, settings.full_text_timeout),
            total_timeout=settings.full_text_timeout,
            max_bytes=settings.full_text_max_bytes,
            max_redirects=settings.max_redirects,
        )


class FetchResult(BaseModel):
    """A response: 200 with its body, or 304 (nothing new) with the validators to send next time."""

    model_config = ConfigDict(frozen=True)
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # names in lower case, as feedparser needs them
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def make_client(
    limits: FetchLimits, *, user_agent: str, max_connections: int = 100
) -> httpx.AsyncClient:
    """One client per connector: pooled connections, our timeouts, no automatic redirects."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(
            limits.total_timeout, connect=limits.connect_timeout, read=limits.read_timeout
        ),
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=min(max_connections, 20)
        ),
        follow_redirects=False,
        headers={"user-agent": user_agent},
    )


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) in seconds from now."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    limits: FetchLimits,
    etag: str | None = None,
    last_modified: str | None = None,
    guard: Guard | None = None,
) -> FetchResult:
    """GET an http(s) or file URL within the limits; raises FetchError when it gives nothing."""
    if urlsplit(url).scheme.lower() == "file":
        return await asyncio.to_thread(read_file_url, url, max_bytes=limits.max_bytes, etag=etag)
    try:
        async with asyncio.timeout(limits.total_timeout):
            return await _fetch_http(
                client, url, limits=limits, etag=etag, last_modified=last_modified, guard=guard
            )
    except TimeoutError as exc:
        raise FetchTimeout(url, f"no complete response within {limits.total_timeout}s") from exc
    except httpx.TimeoutException as exc:
        raise FetchTimeout(url, f"timed out: {type(exc).__name__}") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc


async def _fetch_http(
    client: httpx.AsyncClient,
    url: str,
    *,
    limits: FetchLimits,
    etag: str | None,
    last_modified: str | None,
    guard: Guard | None,
) -> FetchResult:
    headers = {"accept": ACCEPT}
    if etag:
        headers["if-none-match"] = etag
    if last_modified:
        headers["if-modified-since"] = last_modified
    timeout = httpx.Timeout(
        limits.total_timeout, connect=limits.connect_timeout, read=limits.read_timeout
    )
    current = url
    for _ in range(limits.max_redirects + 1):
        if guard is not None:
            await guard(current)
        async with client.stream("GET", current, headers=headers, timeout=timeout) as response:
            lower = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code in REDIRECT_STATUSES and "location" in lower:
                current = str(response.url.join(lower["location"]))
                if urlsplit(current).scheme not in {"http", "https"}:
                    raise FetchError(url, f"redirect to a non-http url {current[:200]!r}")
                continue
            if response.status_code == 304:
                return FetchResult(
                    url=url,
                    final_url=str(response.url),
                    status=304,
                    headers=lower,
                    etag=lower.get("etag", etag),
                    last_modified=lower.get("last-modified", last_modified),
                )
            if not 200 <= response.status_code < 300:
                raise HttpStatusError(
                    url,
                    response.status_code,
                    retry_after=retry_after_seconds(lower.get("retry-after")),
                )
            body = await _read_capped(response, url=url, max_bytes=limits.max_bytes)
            return FetchResult(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                headers=lower,
                body=body,
                etag=lower.get("etag"),
                last_modified=lower.get("last-modified"),
            )
    raise TooManyRedirects(url, f"more than {limits.max_redirects} redirects")


async def _read_capped(response: httpx.Response, *, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge(url, f"content-length {declared} over the cap of {max_bytes} bytes")
    body = bytearray()
    async for chunk in response.aiter_bytes():  # decoded: the cap holds after decompression
        body += chunk
        if len(body) > max_bytes:
            raise BodyTooLarge(url, f"body over the cap of {max_bytes} bytes")
    return bytes(body)


def path_of_file_url(url: str) -> Path:
    parts = urlsplit(url)
    if parts.netloc not in {"", "localhost"}:
        raise FetchError(url, "file:// urls must name a local file")
    return Path(url2pathname(parts.path))


def read_capped_file(path: Path, *, max_bytes: int) -> bytes:
    """A file's bytes; OSError when it cannot be read or is longer than the cap."""
    with path.open("rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise OSError(f"{path}: over the cap of {max_bytes} bytes")
    return data


def read_file_url(url: str, *, max_bytes: int, etag: str | None = None) -> FetchResult:
    """A file:// feed, 304 when its mtime and size match the validator we stored."""
    path = path_of_file_url(url)
    try:
        stat = path.stat()
        validator = f'"file-{stat.st_mtime_ns}-{stat.st_size}"'
        modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
        if etag == validator:
            return FetchResult(
                url=url, final_url=url, status=304, headers={}, etag=etag, last_modified=modified
            )
        body = read_capped_file(path, max_bytes=max_bytes)
    except OSError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
    return FetchResult(
        url=url,
        final_url=url,
        status=200,
        headers={},
        body=body,
        etag=validator,
        last_modified=modified,
    )
