"""The ledger's in-flight bookkeeping: a notice on its way is not sent twice, a failed one is."""

import asyncio

import pytest

from streams.alert_ledger import AlertLedger

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
