"""Feed connector figures: parse throughput on ../shared/feeds, one polling round over 500 feeds.

    python -m connectors.bench_feeds [--corpus DIR] [--feeds 500] [--items 20] [--kafka]

Prints figures; it is a script, not a test. The polling round runs in a child process
(so its peak RSS is its own) against an aiohttp server in another child process (so the
server's CPU is not counted), with a publisher that only counts unless --kafka is given.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import random
import resource
import socket
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from connectors.feed_files import expand_paths, gunzip_capped
from connectors.feeds import items_of, parse_feed
from streams.models import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "feeds"


def bench_parse(corpus: Path, *, rounds: int = 3) -> None:
    docs = []
    for path in expand_paths([corpus]):
        try:
            docs.append(
                (path.resolve().as_uri(), gunzip_capped(path.read_bytes(), max_bytes=50_000_000))
            )
        except (ValueError, zlib.error):  # a corrupt .gz goes to the parser as it is
            docs.append((path.resolve().as_uri(), path.read_bytes()))
    now = datetime.now(UTC)
    best = float("inf")
    articles = 0
    for _ in range(rounds):
        started = time.perf_counter()
        articles = 0
        for url, data in docs:
            articles += len(items_of(parse_feed(data, url=url), feed_url=url, fetched_at=now))
        best = min(best, time.perf_counter() - started)
    size = sum(len(d) for _, d in docs) / 1e6
    print(f"parse+normalise corpus={corpus} files={len(docs)} MB={size:.1f} articles={articles}")
    print(
        f"  best of {rounds}: {best:.2f}s  files/s={len(docs) / best:.0f}  "
        f"articles/s={articles / best:.0f}"
    )


def feed_document(feed: int, items: int) -> bytes:
    rng = random.Random(feed)
    vocab = [f"w{n}" for n in range(20_000)]
    entries = []
    for item in range(items):
        words = " ".join(rng.choices(vocab, k=120))
        entries.append(
            f"<item><title>Feed {feed} story {item}</title>"
            f"<link>https://bench.example/{feed}/{item}</link><guid>f{feed}-i{item}</guid>"
            f"<pubDate>Tue, 10 Mar 2026 15:40:00 GMT</pubDate>"
            f"<description>{escape(f'<p>{words}</p>')}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Bench feed {feed}</title>{''.join(entries)}</channel></rss>"
    ).encode()


def serve(port: int, feeds: int, items: int) -> None:
    """The child process serving /feed/<n>, each with an ETag, 304 when it matches."""
    from aiohttp import web

    docs = {n: feed_document(n, items) for n in range(feeds)}

    async def handle(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        etag = f'"bench-{n}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=docs[n], content_type="application/rss+xml", headers={"ETag": etag}
        )

    app = web.Application()
    app.router.add_get("/feed/{n}", handle)
    web.run_app(app, host="127.0.0.1", port=port, print=None, handle_signals=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"bench server did not start on port {port}")


def poll_rounds(port: int, feeds: int, kafka: bool, queue: multiprocessing.Queue[str]) -> None:
    """The child process: two polling rounds (all new, then all 304), figures into the queue."""
    logging.basicConfig(level=logging.ERROR)
    from connectors.feed_service import run_connector
    from streams.settings import ConnectorSettings, FeedConfig, Settings

    with tempfile.TemporaryDirectory() as tmp:
        cs = ConnectorSettings(
            feeds=tuple(FeedConfig(url=f"http://127.0.0.1:{port}/feed/{n}") for n in range(feeds)),
            state_path=Path(tmp) / "state.db",
        )
        settings = Settings(connector=cs)
        publish = None
        if kafka:
            settings = settings.model_copy(
                update={"topic_prefix": f"bench-{uuid.uuid4().hex[:8]}."}
            )
            from streams.topic_admin import ensure_topics

            asyncio.run(ensure_topics(settings))
        else:

            async def count(articles: Sequence[Article]) -> int:
                return len(articles)

            publish = count
        for label in ("first round (all new)", "second round (all 304)"):
            wall, cpu = time.perf_counter(), time.process_time()
            sent = asyncio.run(run_connector(settings, once=True, publish=publish))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            queue.put(
                f"  {label}: feeds={feeds} sent={sent} wall={wall:.2f}s cpu={cpu:.2f}s "
                f"peak_rss={rss:.0f}MB"
            )


def bench_poll(feeds: int, items: int, kafka: bool) -> None:
    ctx = multiprocessing.get_context("spawn")
    port = free_port()
    server = ctx.Process(target=serve, args=(port, feeds, items), daemon=True)
    server.start()
    try:
        wait_for_port(port)
        queue: multiprocessing.Queue[str] = ctx.Queue()
        poller = ctx.Process(target=poll_rounds, args=(port, feeds, kafka, queue))
        poller.start()
        poller.join()
        publisher = "Kafka" if kafka else "a counting stub (no Kafka)"
        print(f"polling {feeds} local feeds x {items} items, publishing to {publisher}")
        while not queue.empty():
            print(queue.get())
    finally:
        server.terminate()
        server.join()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--kafka", action="store_true", help="publish to the configured broker")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # skipped corpus entries would flood the figures
    if args.corpus.is_dir():
        bench_parse(args.corpus)
    else:
        print(f"no corpus at {args.corpus}: parse figures skipped", file=sys.stderr)
    bench_poll(args.feeds, args.items, args.kafka)
    return 0


if __name__ == "__main__":
    sys.exit(main())
