import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from streams.models import Alert
from streams.sinks import SIGNATURE_HEADER, JsonLinesSink, SinkError, WebhookSink, deliver
from streams.subscriptions import SinkConfig

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
ALERT = Alert(id="a1", revision=2, kind="moratorium", status="update", reason="status",
              severity="high", actors=["PRK"], evidence=[], article_ids=["x"],
              corroborating_articles=1, first_seen=NOW, last_seen=NOW, created_at=NOW)


@pytest.mark.asyncio
async def test_a_webhook_gets_the_alert_signed_with_the_secret(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_SECRET", "s3cret")
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response("ok")

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    config = SinkConfig(type="webhook", url=httpserver.url_for("/hook"), secret_env="HOOK_SECRET")

    async with httpx.AsyncClient() as client:
        await deliver(WebhookSink(config, client), ALERT)

    (request,) = seen
    body = request.get_data()
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert request.headers[SIGNATURE_HEADER] == expected
    assert json.loads(body)["id"] == "a1"
    assert request.headers["X-Watchfloor-Revision"] == "2"


@pytest.mark.asyncio
async def test_a_failing_webhook_is_retried_until_it_answers(httpserver: HTTPServer) -> None:
    answers = iter([Response("no", status=500), Response("no", status=503), Response("ok")])
    calls: list[int] = []

    def handler(request: Request) -> Response:
        calls.append(1)
        return next(answers)

    httpserver.expect_request("/hook").respond_with_handler(handler)
    config = SinkConfig(type="webhook", url=httpserver.url_for("/hook"), backoff=0.01)

    async with httpx.AsyncClient() as client:
        await deliver(WebhookSink(config, client), ALERT)

    assert len(calls) == 3


@pytest.mark.asyncio
async def test_a_webhook_that_never_answers_raises_after_the_last_attempt(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/hook").respond_with_data("down", status=500)
    config = SinkConfig(type="webhook", url=httpserver.url_for("/hook"), backoff=0.01,
                        max_attempts=3)

    async with httpx.AsyncClient() as client:
        with pytest.raises(SinkError):
            await deliver(WebhookSink(config, client), ALERT)

    assert len(httpserver.log) == 3


@pytest.mark.asyncio
async def test_a_jsonl_sink_appends_one_alert_per_line(tmp_path: Path) -> None:
    sink = JsonLinesSink(SinkConfig(type="jsonl", path=str(tmp_path / "out" / "alerts.jsonl")))

    await deliver(sink, ALERT)
    await deliver(sink, ALERT)

    lines = (tmp_path / "out" / "alerts.jsonl").read_text().splitlines()
    assert [Alert.model_validate_json(line) for line in lines] == [ALERT, ALERT]
