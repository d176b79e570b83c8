import asyncio
import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from connectors.feeds import parse_feed
from connectors.http_fetch import (
    BodyTooLarge,
    FetchLimits,
    FetchTimeout,
    HttpStatusError,
    TooManyRedirects,
    fetch,
    make_client,
)
from tests.connectors.conftest import rss

LIMITS = FetchLimits(
    connect_timeout=2, read_timeout=1, total_timeout=3, max_bytes=100_000, max_redirects=3
)


async def get(url: str, limits: FetchLimits = LIMITS, **kwargs: str | None):
    async with make_client(limits, user_agent="watchfloor-test") as client:
        return await fetch(client, url, limits=limits, **kwargs)


def etag_handler(body: bytes, etag: str):
    def handle(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    return handle


@pytest.mark.asyncio
async def test_a_feed_is_fetched_with_its_validators_and_our_user_agent(
    feed_server: HTTPServer,
) -> None:
    feed_server.expect_request(
        "/feed", headers={"User-Agent": "watchfloor-test"}
    ).respond_with_data(
        rss({"title": "T"}),
        headers={"ETag": '"v1"', "Last-Modified": "Tue, 10 Mar 2026 15:40:00 GMT"},
    )

    result = await get(feed_server.url_for("/feed"))

    assert (result.status, result.etag, result.last_modified) == (
        200,
        '"v1"',
        "Tue, 10 Mar 2026 15:40:00 GMT",
    )
    assert b"<title>T</title>" in result.body


@pytest.mark.asyncio
async def test_a_matching_etag_gives_not_modified_and_no_body(feed_server: HTTPServer) -> None:
    feed_server.expect_request("/feed").respond_with_handler(etag_handler(rss(), '"v1"'))

    result = await get(feed_server.url_for("/feed"), etag='"v1"')

    assert (result.not_modified, result.body, result.etag) == (True, b"", '"v1"')


@pytest.mark.asyncio
async def test_if_modified_since_is_sent_from_the_stored_last_modified(
    feed_server: HTTPServer,
) -> None:
    stamp = "Tue, 10 Mar 2026 15:40:00 GMT"
    feed_server.expect_request("/feed", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304
    )

    assert (await get(feed_server.url_for("/feed"), last_modified=stamp)).not_modified


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [404, 500, 410])
async def test_an_error_status_is_a_fetch_error_with_the_status(
    feed_server: HTTPServer, status: int
) -> None:
    feed_server.expect_request("/feed").respond_with_data("nope", status=status)

    with pytest.raises(HttpStatusError) as caught:
        await get(feed_server.url_for("/feed"))

    assert caught.value.status == status


@pytest.mark.asyncio
async def test_retry_after_of_a_503_is_passed_on(feed_server: HTTPServer) -> None:
    feed_server.expect_request("/feed").respond_with_data(
        "busy", status=503, headers={"Retry-After": "120"}
    )

    with pytest.raises(HttpStatusError) as caught:
        await get(feed_server.url_for("/feed"))

    assert caught.value.retry_after == 120.0


@pytest.mark.asyncio
async def test_redirects_are_followed_up_to_the_limit(feed_server: HTTPServer) -> None:
    feed_server.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    feed_server.expect_request("/new").respond_with_data(rss({"title": "moved"}))

    result = await get(feed_server.url_for("/old"))

    assert (result.status, result.final_url) == (200, feed_server.url_for("/new"))


@pytest.mark.asyncio
async def test_a_redirect_loop_stops_at_the_limit(feed_server: HTTPServer) -> None:
    feed_server.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )

    with pytest.raises(TooManyRedirects):
        await get(feed_server.url_for("/loop"))

    assert len(feed_server.log) == LIMITS.max_redirects + 1


@pytest.mark.asyncio
async def test_a_redirect_to_a_file_url_is_refused(feed_server: HTTPServer) -> None:
    feed_server.expect_request("/evil").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )

    with pytest.raises(Exception, match="non-http"):
        await get(feed_server.url_for("/evil"))


@pytest.mark.asyncio
async def test_a_body_over_the_cap_is_refused_by_its_content_length(
    feed_server: HTTPServer,
) -> None:
    feed_server.expect_request("/big").respond_with_data(b"x" * 200_000)

    with pytest.raises(BodyTooLarge, match="content-length"):
        await get(feed_server.url_for("/big"))


def chunks(n: int, size: int, pause: float = 0.0) -> Iterator[bytes]:
    for _ in range(n):
        time.sleep(pause)
        yield b"x" * size


@pytest.mark.asyncio
async def test_a_streamed_body_over_the_cap_is_cut_off_while_streaming(
    feed_server: HTTPServer,
) -> None:
    feed_server.expect_request("/stream").respond_with_response(Response(chunks(1000, 10_000)))

    with pytest.raises(BodyTooLarge, match="body over the cap"):
        await get(feed_server.url_for("/stream"))


@pytest.mark.asyncio
async def test_a_compression_bomb_is_cut_off_at_the_decoded_size(feed_server: HTTPServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    feed_server.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}
    )

    with pytest.raises(BodyTooLarge):
        await get(feed_server.url_for("/bomb"))


@pytest.mark.asyncio
async def test_a_gzip_encoded_feed_is_decoded_before_parsing(feed_server: HTTPServer) -> None:
    feed_server.expect_request("/gz").respond_with_data(
        gzip.compress(rss({"title": "zipped"})), headers={"Content-Encoding": "gzip"}
    )

    result = await get(feed_server.url_for("/gz"))

    assert parse_feed(result.body, url=result.url).entries[0]["title"] == "zipped"


@pytest.mark.asyncio
async def test_a_server_that_does_not_answer_in_time_is_a_timeout(feed_server: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(2.5)
        return Response(rss())

    feed_server.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()

    with pytest.raises(FetchTimeout):
        await get(feed_server.url_for("/slow"))

    assert time.monotonic() - started < 2.0


@pytest.mark.asyncio
async def test_a_body_that_trickles_in_stops_at_the_total_timeout(feed_server: HTTPServer) -> None:
    """Each chunk arrives well within the read timeout; only the total deadline stops it."""
    feed_server.expect_request("/drip").respond_with_response(Response(chunks(100, 10, 0.2)))
    limits = LIMITS.model_copy(update={"total_timeout": 1.2})
    started = time.monotonic()

    with pytest.raises(FetchTimeout, match="no complete response"):
        await get(feed_server.url_for("/drip"), limits)

    assert time.monotonic() - started < 2.0


@pytest.mark.asyncio
async def test_a_feed_in_windows_1251_with_its_charset_only_in_the_header_is_decoded(
    feed_server: HTTPServer,
) -> None:
    doc = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Новости</title><item>'
        "<title>Испытание ракеты</title><description>Министерство обороны сообщило"
        "</description></item></channel></rss>"
    ).encode("windows-1251")
    feed_server.expect_request("/ru").respond_with_data(
        doc, headers={"Content-Type": "application/rss+xml; charset=windows-1251"}
    )

    result = await get(feed_server.url_for("/ru"))
    feed = parse_feed(result.body, url=result.url, headers=result.headers)

    assert (feed.title, feed.entries[0]["title"], feed.bozo) == (
        "Новости",
        "Испытание ракеты",
        None,
    )


@pytest.mark.asyncio
async def test_a_file_url_is_read_from_disk_and_unchanged_it_is_not_modified(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss({"title": "on disk"}))

    first = await get(path.as_uri())
    second = await get(path.as_uri(), etag=first.etag)

    assert (first.status, second.status) == (200, 304)
    assert b"on disk" in first.body


@pytest.mark.asyncio
async def test_fetches_run_concurrently(feed_server: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.5)
        return Response(rss())

    feed_server.expect_request("/s").respond_with_handler(slow)
    started = time.monotonic()

    async with make_client(LIMITS, user_agent="t") as client:
        await asyncio.gather(
            *(fetch(client, feed_server.url_for("/s"), limits=LIMITS) for _ in range(5))
        )

    assert time.monotonic() - started < 1.5
