from pathlib import Path

import pytest

from connectors.feed_state import FeedState, FeedStateError, SentRecord


def test_sent_ids_survive_reopening_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with FeedState(path) as state:
        state.record_round(
            "u", [SentRecord(id="a", feed_url="u")], etag='"e1"', last_modified=None, now=1.0
        )

    with FeedState(path) as state:
        assert state.unsent(["a", "b"], now=2.0) == {"b"}
        assert state.health("u").etag == '"e1"'


def test_failures_count_up_and_a_success_resets_them(tmp_path: Path) -> None:
    with FeedState(tmp_path / "s.db") as state:
        state.record_failure("u", "boom", now=1.0)
        failures = state.record_failure("u", "boom again", now=2.0)
        health = state.health("u")
        state.record_round("u", [], etag=None, last_modified=None, now=3.0)

        assert (failures, health.last_error, health.last_error_at) == (2, "boom again", 2.0)
        assert (state.health("u").consecutive_failures, state.health("u").last_success) == (0, 3.0)


def test_a_failure_keeps_the_validators_of_the_last_success(tmp_path: Path) -> None:
    with FeedState(tmp_path / "s.db") as state:
        state.record_round("u", [], etag='"e1"', last_modified="x", now=1.0)
        state.record_failure("u", "boom", now=2.0)

        assert (state.health("u").etag, state.health("u").last_modified) == ('"e1"', "x")


def test_pruning_drops_ids_no_feed_listed_for_the_retention_time(tmp_path: Path) -> None:
    with FeedState(tmp_path / "s.db") as state:
        records = [SentRecord(id=i, feed_url="u") for i in ("listed", "gone")]
        state.record_round("u", records, etag=None, last_modified=None, now=1.0)
        state.unsent(["listed"], now=100.0)  # still in the feed at t=100

        state.prune(sent_before=50.0, signatures_before=0.0, max_signatures=10)

        assert state.unsent(["listed", "gone"], now=101.0) == {"gone"}


def test_signatures_are_kept_newest_first_up_to_the_limit(tmp_path: Path) -> None:
    with FeedState(tmp_path / "s.db") as state:
        for n in range(5):
            state.record_round(
                "u",
                [SentRecord(id=f"k{n}", feed_url="u", signature=b"\0" * 4)],
                etag=None,
                last_modified=None,
                now=float(n),
            )

        state.prune(sent_before=0.0, signatures_before=1.0, max_signatures=2)

        assert [k for k, _, _ in state.signatures(since=0.0, limit=10)] == ["k3", "k4"]


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    path.write_bytes(b"not sqlite at all" * 100)

    with pytest.raises(FeedStateError, match="s.db"):
        FeedState(path)
