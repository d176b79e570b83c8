from datetime import UTC, date, datetime, timedelta

from streams.agents.deadline_timers import needs_tick
from streams.commitments import CommitmentState, latest_notice

SEEN = datetime(2026, 1, 1, tzinfo=UTC)
KEEP = timedelta(days=180)


def state(kind: str = "deadline", due: date | None = date(2026, 3, 1), revision: int = 1
          ) -> CommitmentState:
    s = CommitmentState(key=f"{kind}|PRK", kind=kind, actors=["PRK"], due=due,  # type: ignore[arg-type]
                        changed_at=SEEN, first_seen=SEEN, last_seen=SEEN, revision=revision)
    s.unconfirmed = [latest_notice(s)]
    return s


def test_a_deadline_whose_reminder_the_clock_passed_gets_a_tick() -> None:
    assert needs_tick(state(), now=datetime(2026, 2, 25, tzinfo=UTC), sent=1, published=1,
                      retention=KEEP)
    assert not needs_tick(state(), now=datetime(2026, 2, 1, tzinfo=UTC), sent=1, published=1,
                          retention=KEEP)


def test_a_saved_notice_neither_published_nor_in_flight_gets_a_tick() -> None:
    now = datetime(2026, 2, 1, tzinfo=UTC)
    assert needs_tick(state("moratorium", due=None, revision=3), now=now, sent=2, published=2,
                      retention=KEEP)
    assert not needs_tick(state("moratorium", due=None, revision=3), now=now, sent=3, published=3,
                          retention=KEEP)


def test_a_quiet_moratorium_past_its_retention_gets_a_tick_to_expire() -> None:
    quiet = state("moratorium", due=None)
    assert needs_tick(quiet, now=SEEN + KEEP, sent=1, published=1, retention=KEEP)
    assert not needs_tick(quiet, now=SEEN + KEEP / 2, sent=1, published=1, retention=KEEP)
