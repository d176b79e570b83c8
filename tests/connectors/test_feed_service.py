import asyncio
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from connectors.feed_service import run_connector
from streams.models import Article
from streams.settings import FeedConfig
from tests.connectors.conftest import connector_settings, rss, story


class Recorder:
    """A stand-in for the Kafka publisher: keeps what was sent, or fails like a dead broker."""

    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.sent: list[Article] = []
        self.times: dict[str, float] = {}

    async def __call__(self, articles: Sequence[Article]) -> int:
        if self.fail:
            raise ConnectionError("broker unreachable")
        self.sent.extend(articles)
        for a in articles:
            self.times.setdefault(a.source or "", time.monotonic())
        return len(articles)


async def run_once(settings, publish: Recorder) -> int:
    return await run_connector(settings, once=True, publish=publish)


def serve(server: HTTPServer, path: str, doc: bytes) -> str:
    server.expect_request(path).respond_with_data(doc, content_type="application/rss+xml")
    return server.url_for(path)


@pytest.mark.asyncio
async def test_each_entry_is_sent_once_across_restarts(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    url = serve(feed_server, "/feed", rss(story(1), story(2)))
    settings = connector_settings(tmp_path, FeedConfig(url=url))
    first, second = Recorder(), Recorder()

    await run_once(settings, first)
    await run_once(settings, second)  # a new process would open the same state file

    assert [a.title for a in first.sent] == [
        "Story number 1 about a missile test",
        "Story number 2 about a missile test",
    ]
    assert second.sent == []


@pytest.mark.asyncio
async def test_a_new_entry_and_a_repost_under_a_new_guid_give_one_new_article(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    url = serve(feed_server, "/feed", rss(story(1), story(2)))
    settings = connector_settings(tmp_path, FeedConfig(url=url))
    await run_once(settings, Recorder())
    feed_server.clear()
    repost = story(1, guid="story-1-repost")
    repost["link"] = "https://news.example.org/story/1?utm_source=rss"
    serve(feed_server, "/feed", rss(story(3), repost, story(1), story(2)))
    later = Recorder()

    await run_once(settings, later)

    assert [a.title for a in later.sent] == ["Story number 3 about a missile test"]


@pytest.mark.asyncio
async def test_a_syndicated_copy_in_another_feed_is_collapsed(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    text = (
        "The defence ministry said the missile was launched from an inland range on "
        "Sunday morning and landed in a designated sea area about 400 kilometres away, "
        "according to a statement carried by the state news agency, which gave no further "
        "details about the type of missile or the purpose of the test."
    )
    copy = text.replace("Sunday morning", "Sunday").replace("state news agency", "agency")
    a = serve(feed_server, "/a", rss(story(1, text=text), title="Wire A"))
    b = serve(
        feed_server, "/b", rss(story(9, text=copy) | {"title": story(1)["title"]}, title="Outlet B")
    )
    recorder = Recorder()

    await run_once(connector_settings(tmp_path, FeedConfig(url=a), FeedConfig(url=b)), recorder)

    assert len(recorder.sent) == 1


@pytest.mark.asyncio
async def test_a_broker_outage_marks_nothing_sent_and_a_later_round_sends_everything(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    feed_server.expect_request("/feed").respond_with_handler(
        lambda request: (
            Response(rss(story(1), story(2)), headers={"ETag": '"v1"'})
            if request.headers.get("If-None-Match") != '"v1"'
            else Response(status=304)
        )
    )
    settings = connector_settings(tmp_path, FeedConfig(url=feed_server.url_for("/feed")))

    await run_once(settings, Recorder(fail=True))
    after = Recorder()
    await run_once(settings, after)

    assert len(after.sent) == 2
    assert "If-None-Match" not in feed_server.log[1][0].headers  # the ETag was not kept


@pytest.mark.asyncio
async def test_an_unchanged_feed_is_a_304_and_sends_nothing(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    feed_server.expect_request("/feed").respond_with_handler(
        lambda request: (
            Response(rss(story(1)), headers={"ETag": '"v1"'})
            if request.headers.get("If-None-Match") != '"v1"'
            else Response(status=304)
        )
    )
    settings = connector_settings(tmp_path, FeedConfig(url=feed_server.url_for("/feed")))
    await run_once(settings, Recorder())

    again = Recorder()
    await run_once(settings, again)

    assert again.sent == []
    assert [resp.status_code for _, resp in feed_server.log] == [200, 304]


@pytest.mark.asyncio
async def test_a_slow_feed_does_not_delay_a_fast_one(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response(rss(story(1), title="Slow"))

    feed_server.expect_request("/slow").respond_with_handler(slow)
    fast = serve(feed_server, "/fast", rss(story(2), title="Fast"))
    settings = connector_settings(
        tmp_path, FeedConfig(url=feed_server.url_for("/slow")), FeedConfig(url=fast)
    )
    recorder = Recorder()
    started = time.monotonic()

    await run_once(settings, recorder)

    assert recorder.times["Fast"] - started < 1.0
    assert recorder.times["Slow"] - started >= 1.4


@pytest.mark.asyncio
async def test_a_dead_feed_fails_alone_and_is_recorded_as_failing(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    feed_server.expect_request("/gone").respond_with_data("", status=500)
    good = serve(feed_server, "/good", rss(story(1)))
    bad = feed_server.url_for("/gone")
    settings = connector_settings(tmp_path, FeedConfig(url=bad), FeedConfig(url=good))
    recorder = Recorder()

    await run_once(settings, recorder)
    await run_once(settings, Recorder())

    from connectors.feed_state import FeedState

    with FeedState(settings.connector.state_path) as state:
        health = state.health(bad)
    assert len(recorder.sent) == 1
    assert (health.consecutive_failures, health.last_success) == (2, None)
    assert "500" in (health.last_error or "")


@pytest.mark.asyncio
async def test_a_malformed_feed_with_entries_is_still_used(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    doc = rss(story(1)).replace(b"</channel></rss>", b"<item><title>unclosed</channel>")
    url = serve(feed_server, "/bad", doc)
    recorder = Recorder()

    await run_once(connector_settings(tmp_path, FeedConfig(url=url)), recorder)

    assert recorder.sent and recorder.sent[0].title == "Story number 1 about a missile test"


@pytest.mark.asyncio
async def test_a_file_feed_is_polled_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(story(1)))
    recorder = Recorder()

    await run_once(connector_settings(tmp_path, FeedConfig(url=path.as_uri())), recorder)

    assert len(recorder.sent) == 1


def page(text: str) -> bytes:
    paragraphs = "".join(f"<p>{text} Paragraph {i} adds more detail.</p>" for i in range(8))
    return (
        f"<html><head><title>x</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Headline</h1>{paragraphs}</article><footer>(c) site</footer>"
        f"</body></html>"
    ).encode()


@pytest.mark.asyncio
@pytest.mark.parametrize("allow_private", [True, False])
async def test_full_text_is_fetched_only_where_the_address_guard_allows(
    feed_server: HTTPServer, tmp_path: Path, allow_private: bool
) -> None:
    body = "The ministry confirmed the launch of a new intermediate range missile."
    feed_server.expect_request("/page").respond_with_data(page(body), content_type="text/html")
    item = story(1) | {"link": feed_server.url_for("/page")}
    url = serve(feed_server, "/feed", rss(item))
    settings = connector_settings(
        tmp_path, FeedConfig(url=url, full_text=True), allow_private_addresses=allow_private
    )
    recorder = Recorder()

    await run_once(settings, recorder)

    (article,) = recorder.sent
    assert (body in article.text) is allow_private
    assert "Home | World" not in article.text
    assert len(feed_server.log) == (2 if allow_private else 1)


@pytest.mark.asyncio
async def test_no_configured_feeds_sends_nothing(tmp_path: Path) -> None:
    assert await run_once(connector_settings(tmp_path), Recorder()) == 0


@pytest.mark.asyncio
async def test_a_long_running_connector_polls_again_after_the_interval(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    url = serve(feed_server, "/feed", rss(story(1)))
    settings = connector_settings(tmp_path, FeedConfig(url=url, interval=0.2))

    task = asyncio.create_task(run_connector(settings, publish=Recorder()))
    await asyncio.sleep(1.0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert len(feed_server.log) >= 3


STOPPABLE = """
import asyncio, logging, sys
from connectors.feed_service import run_connector
from streams.settings import ConnectorSettings, FeedConfig, Settings

async def count(articles):
    return len(articles)

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
cs = ConnectorSettings(feeds=(FeedConfig(url=sys.argv[1], interval=3600),), state_path=sys.argv[2])
sent = asyncio.run(run_connector(Settings(connector=cs), publish=count))
print(f"sent={sent}")
"""


def test_sigterm_stops_a_long_running_connector_cleanly(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(story(1)))
    proc = subprocess.Popen(
        [sys.executable, "-c", STOPPABLE, feed.as_uri(), str(tmp_path / "state.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    log = ""
    while "polled feed" not in log and time.monotonic() < deadline:
        assert proc.stderr is not None
        log += proc.stderr.readline()

    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)

    assert proc.returncode == 0, log + err
    assert out.strip() == "sent=1"
    assert "stopped by signal" in err


@pytest.mark.asyncio
async def test_the_same_entry_in_two_feeds_polled_together_is_sent_once(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    shared = story(1, guid="tag:news.example.org,2026:1")
    a = serve(feed_server, "/a", rss(shared, title="Section A"))
    b = serve(feed_server, "/b", rss(shared, title="Section B"))
    recorder = Recorder()

    await run_once(connector_settings(tmp_path, FeedConfig(url=a), FeedConfig(url=b)), recorder)

    assert [x.id for x in recorder.sent] == ["tag:news.example.org,2026:1"]


@pytest.mark.asyncio
async def test_feed_health_is_exported_as_prometheus_metrics(
    feed_server: HTTPServer, tmp_path: Path
) -> None:
    from prometheus_client import REGISTRY

    feed_server.expect_request("/down").respond_with_data("", status=503)
    bad = feed_server.url_for("/down") + f"?{tmp_path.name}"  # a label of its own
    good = serve(feed_server, "/up", rss(story(1)))
    settings = connector_settings(tmp_path, FeedConfig(url=bad), FeedConfig(url=good))

    await run_once(settings, Recorder())
    await run_once(settings, Recorder())

    def sample(name: str, **labels: str) -> float | None:
        return REGISTRY.get_sample_value(name, labels)

    assert sample("watchfloor_feed_consecutive_failures", feed=bad) == 2
    assert sample("watchfloor_feed_polls_total", feed=bad, outcome="failed") == 2
    assert sample("watchfloor_feed_consecutive_failures", feed=good) == 0
    assert (sample("watchfloor_feed_last_success_timestamp_seconds", feed=good) or 0) > 0


@pytest.mark.asyncio
async def test_a_page_that_breaks_extraction_leaves_the_summary_and_the_feed_working(
    feed_server: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import connectors.fulltext

    def explode(html: bytes) -> str:
        raise TypeError("extractor bug")

    monkeypatch.setattr(connectors.fulltext, "extract_main_text", explode)
    feed_server.expect_request("/page").respond_with_data(b"<p>x</p>", content_type="text/html")
    url = serve(feed_server, "/feed", rss(story(1) | {"link": feed_server.url_for("/page")}))
    settings = connector_settings(
        tmp_path, FeedConfig(url=url, full_text=True), allow_private_addresses=True
    )
    recorder = Recorder()

    await run_once(settings, recorder)

    assert [a.text for a in recorder.sent] == [story(1)["description"]]
