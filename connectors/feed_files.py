"""`watchfloor feeds parse`: feed documents on disk -> normalised Articles as JSON lines, offline.

Each file is its own boundary: a file that cannot be read or parsed is reported on the
error stream in one line and the next file is read. gzip files are decompressed (bounded)
first; everything else goes to the parser as it is.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from connectors.feeds import items_of, parse_feed
from connectors.html_text import one_line
from connectors.http_fetch import read_capped_file

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 50_000_000
GZIP_MAGIC = b"\x1f\x8b"


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; directories become every file below them, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def gunzip_capped(data: bytes, *, max_bytes: int) -> bytes:
    """gzip data decompressed (ValueError past the cap, zlib.error when corrupt); else as is."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, max_bytes + 1)
    if len(out) > max_bytes:
        raise ValueError(f"decompresses to more than {max_bytes} bytes")
    return out


def parse_feed_file(path: Path, *, out: TextIO, err: TextIO, fetched_at: datetime) -> bool:
    """Print the file's articles; report a problem on `err`. True when the file held a feed."""
    try:
        data = gunzip_capped(
            read_capped_file(path, max_bytes=MAX_FILE_BYTES), max_bytes=MAX_FILE_BYTES
        )
    except (OSError, ValueError, zlib.error) as exc:
        err.write(f"{path}: cannot read: {one_line(str(exc))}\n")
        return False
    url = path.resolve().as_uri()
    feed = parse_feed(data, url=url)
    items = items_of(feed, feed_url=url, fetched_at=fetched_at)
    out.writelines(item.article.model_dump_json() + "\n" for item in items)
    if feed.bozo is not None:
        used = f"{len(items)} articles used" if items else "nothing usable"
        err.write(f"{path}: malformed feed, {used}: {feed.bozo}\n")
        return bool(items) or feed.title is not None
    return True


def parse_feed_files(paths: Iterable[Path], *, out: TextIO, err: TextIO) -> int:
    """Parse every file; exit status 0 unless no file at all held a readable feed."""
    fetched_at = datetime.now(UTC)
    readable = 0
    for path in expand_paths(paths):
        try:
            readable += parse_feed_file(path, out=out, err=err, fetched_at=fetched_at)
        except Exception as exc:  # the per-file boundary: report it, read the next file
            logger.debug("feed file failed path=%s", path, exc_info=True)
            err.write(f"{path}: failed: {type(exc).__name__}: {one_line(str(exc))[:300]}\n")
    return 0 if readable else 1
