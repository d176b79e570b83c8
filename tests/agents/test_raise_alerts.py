"""The parsed-state cache in front of the commitments table: reused, refreshed, bounded."""

from datetime import UTC, datetime

import pytest

from streams.agents import raise_alerts
from streams.commitments import CommitmentState

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
