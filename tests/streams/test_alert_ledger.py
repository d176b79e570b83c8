"""The ledger's in-flight bookkeeping (a notice on its way is not sent twice, a failed one is),
and a follower that outlives failed fetches."""

import asyncio
from datetime import UTC, datetime

import pytest

from streams.alert_ledger import AlertLedger
from streams.models import Alert

pytestmark = pytest.mark.asyncio


async def test_a_notice_in_flight_counts_as_sent_and_becomes_published_on_ack() -> None:
    ledger = AlertLedger("127.0.0.1:1", "alerts")
    ack: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    ledger.sending("a1", 2, ack)
    assert (ledger.sent("a1"), ledger.published("a1")) == (2, 0)
    ack.set_result(object())
    await asyncio.sleep(0)  # done callbacks run on the next loop turn
    assert (ledger.sent("a1"), ledger.published("a1")) == (2, 2)
    assert ledger.in_flight == {}


async def test_a_failed_send_is_forgotten_so_the_notice_goes_again() -> None:
    ledger = AlertLedger("127.0.0.1:1", "alerts")
    ledger.note("a1", 1)
    ack: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    ledger.sending("a1", 2, ack)
    ack.set_exception(ConnectionError("broker gone"))
    await asyncio.sleep(0)
    assert (ledger.sent("a1"), ledger.published("a1")) == (1, 1)


async def test_an_older_ack_does_not_hide_a_newer_revision_in_flight() -> None:
    ledger = AlertLedger("127.0.0.1:1", "alerts")
    loop = asyncio.get_running_loop()
    first, second = loop.create_future(), loop.create_future()
    ledger.sending("a1", 1, first)
    ledger.sending("a1", 2, second)
    first.set_result(None)
    await asyncio.sleep(0)
    assert (ledger.sent("a1"), ledger.published("a1")) == (2, 1)


class _FlakyConsumer:
    """getmany fails twice, then returns one alert record, then nothing."""

    def __init__(self, value: bytes) -> None:
        self.calls, self.value = 0, value

    async def getmany(self, timeout_ms: int) -> dict[object, list[object]]:
        self.calls += 1
        if self.calls <= 2:
            raise ConnectionError("broker gone")
        if self.calls == 3:
            return {"tp": [type("Record", (), {"value": self.value})()]}
        await asyncio.sleep(0.01)
        return {}


async def test_the_follower_survives_failed_fetches_and_reads_on() -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    alert = Alert(id="a1", revision=3, kind="deadline", status="update", reason="due", severity="high",
                  actors=["PRK"], evidence=[], article_ids=["x"], corroborating_articles=1,
                  first_seen=now, last_seen=now, created_at=now)
    ledger = AlertLedger("127.0.0.1:1", "alerts")
    ledger.stale = False
    ledger.consumer = _FlakyConsumer(alert.model_dump_json().encode())  # type: ignore[assignment]
    follow = asyncio.create_task(ledger._run())
    for _ in range(200):
        await asyncio.sleep(0.01)
        if ledger.published(alert.id):
            break
    assert not follow.done()  # still following after two failed fetches
    assert ledger.published(alert.id) == alert.revision
    assert ledger.stale is False  # fresh again once a fetch succeeded
    follow.cancel()
