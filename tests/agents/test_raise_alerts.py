"""raise_alerts without Kafka: the parsed-state cache (reused, refreshed, bounded), expiry
markers, and the revisions a replay or a reopened commitment gets."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from streams.agents import raise_alerts
from streams.alert_ledger import AlertLedger
from streams.commitments import CommitmentState, commitment_key
from streams.models import Alert, CommitmentEvent, Signal, stable_id

SEEN = datetime(2026, 1, 1, tzinfo=UTC)


def state_json(key: str, revision: int = 1) -> str:
    return CommitmentState(key=key, kind="moratorium", actors=["PRK"], revision=revision,
                           changed_at=SEEN, first_seen=SEEN, last_seen=SEEN).model_dump_json()


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    fake: dict[str, str] = {}
    monkeypatch.setattr(raise_alerts, "states", fake)
    monkeypatch.setattr(raise_alerts, "_parsed", type(raise_alerts._parsed)())
    monkeypatch.setattr(raise_alerts, "PARSED_KEPT", 2)
    return fake


def test_a_parse_is_reused_until_the_table_value_changes(table: dict[str, str]) -> None:
    table["k"] = state_json("k")
    first = raise_alerts.parsed_state("k")
    assert first is not None and raise_alerts.parsed_state("k") is first
    table["k"] = state_json("k", revision=2)  # e.g. recovered from the changelog
    again = raise_alerts.parsed_state("k")
    assert again is not None and again is not first and again.revision == 2


def test_the_cache_keeps_only_the_most_recently_used(table: dict[str, str]) -> None:
    for key in ("a", "b", "c"):
        table[key] = state_json(key)
    raise_alerts.parsed_state("a")
    raise_alerts.parsed_state("b")
    raise_alerts.parsed_state("a")
    raise_alerts.parsed_state("c")
    raise_alerts.parsed_state("b", remember=False)  # the timer's sweep changes nothing
    assert list(raise_alerts._parsed) == ["a", "c"]


def test_a_deleted_commitment_is_forgotten(table: dict[str, str]) -> None:
    table["k"] = state_json("k")
    raise_alerts.parsed_state("k")
    del table["k"]
    assert raise_alerts.parsed_state("k") is None and "k" not in raise_alerts._parsed


class FakeAlertsTopic:
    """Stands in for the alerts topic: records sends; acks them at once unless told not to."""

    def __init__(self) -> None:
        self.sent: list[Alert] = []
        self.acks: list[asyncio.Future[object]] = []
        self.ack_at_once = True

    async def send(self, *, key: bytes, value: bytes) -> asyncio.Future[object]:
        self.sent.append(Alert.model_validate_json(value))
        ack: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        if self.ack_at_once:
            ack.set_result(None)
        self.acks.append(ack)
        return ack


@pytest.fixture
def wired(table: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> FakeAlertsTopic:
    topic = FakeAlertsTopic()
    monkeypatch.setattr(raise_alerts, "alerts", topic)
    monkeypatch.setattr(raise_alerts, "ledger", AlertLedger("127.0.0.1:1", "alerts"))
    return topic


def moratorium(article: str, status: str, day: int) -> CommitmentEvent:
    signal = Signal(kind="moratorium", article_id=article, start=0, end=3, evidence="abc",
                    attrs={"status": status, "scope": ["nuclear"], "actor": "PRK"},
                    published=SEEN + timedelta(days=day), url=f"https://example.org/{article}")
    key = commitment_key(signal, new_tests=True)
    assert key is not None
    return CommitmentEvent(key=key, signal=signal)


async def settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_an_expired_commitment_leaves_a_marker_and_reopens_after_its_revision(
    wired: FakeAlertsTopic, table: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = moratorium("a1", "in_force", 0)
    await raise_alerts.handle(first)
    await raise_alerts.handle(moratorium("a2", "threatened", 1))
    await settle()
    monkeypatch.setattr(raise_alerts, "wall_clock", lambda: datetime.now(UTC) + timedelta(days=400))
    await raise_alerts.handle(CommitmentEvent(key=first.key, tick_at=SEEN))
    assert table[first.key] == f"{raise_alerts.EXPIRED}2"
    assert raise_alerts.parsed_state(first.key) is None
    await raise_alerts.handle(moratorium("a3", "in_force", 2))
    assert [(a.revision, a.status) for a in wired.sent] == [(1, "new"), (2, "update"), (3, "new")]


@pytest.mark.asyncio
async def test_a_replay_after_a_lost_first_write_recomputes_the_notice_the_topic_holds(
    wired: FakeAlertsTopic, table: dict[str, str]
) -> None:
    event = moratorium("a1", "in_force", 0)
    raise_alerts.ledger.note(stable_id(event.key), 1)  # its notice reached the topic
    await raise_alerts.handle(event)  # the state write did not: replayed from scratch
    assert wired.sent == []
    assert CommitmentState.model_validate_json(table[event.key]).revision == 1


@pytest.mark.asyncio
async def test_a_revision_waits_for_the_one_in_flight_and_a_failed_one_goes_again_first(
    wired: FakeAlertsTopic,
) -> None:
    wired.ack_at_once = False
    await raise_alerts.handle(moratorium("a1", "in_force", 0))
    second = asyncio.create_task(raise_alerts.handle(moratorium("a2", "threatened", 1)))
    await settle()
    assert [a.revision for a in wired.sent] == [1]  # revision 2 waits for 1's outcome
    wired.ack_at_once = True
    wired.acks[0].set_exception(ConnectionError("broker gone"))
    await asyncio.wait_for(second, timeout=5)
    assert [a.revision for a in wired.sent] == [1, 1, 2]
