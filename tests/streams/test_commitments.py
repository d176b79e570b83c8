from datetime import UTC, date, datetime, timedelta

import pytest

from streams.commitments import (
    CommitmentState,
    commitment_key,
    expired,
    next_reminder,
    on_signal,
    on_tick,
    passes_at,
)
from streams.models import Alert, Signal

DAY = datetime(2019, 12, 14, 12, tzinfo=UTC)
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def signal(kind: str, article: str = "a1", published: datetime = DAY, **attrs: object) -> Signal:
    return Signal(kind=kind, article_id=article, start=0, end=3, evidence="abc",  # type: ignore[arg-type]
                  attrs=attrs, published=published, url=f"https://example.org/{article}")


def moratorium(status: str, article: str = "a1", published: datetime = DAY,
               scope: tuple[str, ...] = ("nuclear",)) -> Signal:
    return signal("moratorium", article, published, status=status, scope=list(scope), actor="PRK")


def deadline(due: str | None, article: str = "a1", published: datetime = DAY) -> Signal:
    return signal("deadline", article, published, due=due, set_by="PRK")


def fold(signals: list[Signal], *, now: datetime = NOW) -> tuple[CommitmentState | None, list[Alert]]:
    state, out = None, []
    for s in signals:
        key = commitment_key(s, new_tests=True)
        assert key is not None
        state, alert = on_signal(state, key, s, now=now)
        if alert:
            out.append(alert)
    return state, out


def test_escalations_and_historical_tests_raise_no_notice() -> None:
    assert commitment_key(signal("escalation", actor="PRK"), new_tests=True) is None
    assert commitment_key(signal("weapons_test", temporal="historical"), new_tests=True) is None


def test_new_test_notices_can_be_switched_off() -> None:
    new_test = signal("weapons_test", temporal="new", weapon="icbm", actor="PRK")

    assert commitment_key(new_test, new_tests=True) is not None
    assert commitment_key(new_test, new_tests=False) is None


def test_fifty_outlets_reporting_one_moratorium_raise_one_alert() -> None:
    state, alerts = fold([moratorium("in_force", f"a{i}") for i in range(50)])

    assert [a.status for a in alerts] == ["new"]
    assert state is not None and state.articles_seen == 50


def test_a_replayed_article_raises_nothing_and_is_counted_once() -> None:
    state, alerts = fold([moratorium("threatened"), moratorium("threatened")])

    assert len(alerts) == 1 and state is not None and state.articles_seen == 1


def test_a_moratorium_threatened_then_ended_raises_an_update_for_each_step() -> None:
    _, alerts = fold([
        moratorium("in_force", "a1", DAY),
        moratorium("threatened", "a2", DAY + timedelta(days=3)),
        moratorium("ended", "a3", DAY + timedelta(days=30)),
    ])

    assert [(a.status, a.moratorium_status, a.severity) for a in alerts] == [
        ("new", "in_force", "medium"), ("update", "threatened", "high"),
        ("update", "ended", "critical")]
    assert len({a.id for a in alerts}) == 1
    assert [a.revision for a in alerts] == [1, 2, 3]
    assert [(t.old, t.new) for t in alerts[-1].history] == [("in_force", "threatened"),
                                                              ("threatened", "ended")]


def test_a_background_mention_never_rolls_a_moratorium_back() -> None:
    _, alerts = fold([moratorium("threatened", "a1"),
                      moratorium("in_force", "a2", DAY + timedelta(days=1))])

    assert len(alerts) == 1


def test_an_older_report_never_overrides_newer_state() -> None:
    _, alerts = fold([moratorium("in_force", "a1", DAY),
                      moratorium("ended", "old", DAY - timedelta(days=400))])

    assert len(alerts) == 1


def test_icbm_and_long_range_missile_moratoria_are_one_commitment() -> None:
    a = commitment_key(moratorium("in_force", scope=("nuclear", "icbm")), new_tests=True)
    b = commitment_key(moratorium("in_force", scope=("long_range_missile", "nuclear")),
                       new_tests=True)

    assert a == b


def test_a_moved_deadline_raises_an_update_with_its_history() -> None:
    _, alerts = fold([deadline("2019-12-31", "a1"),
                      deadline("2019-12-31", "a2", DAY + timedelta(days=1)),
                      deadline("2020-01-15", "a3", DAY + timedelta(days=5))])

    assert [(a.status, a.due) for a in alerts] == [("new", date(2019, 12, 31)),
                                                   ("update", date(2020, 1, 15))]
    assert alerts[-1].reason == "deadline moved 2019-12-31 -> 2020-01-15"
    assert alerts[-1].corroborating_articles == 3


def test_a_deadline_due_soon_after_its_report_is_high_severity() -> None:
    _, (near,) = fold([deadline("2019-12-20")])
    _, (far,) = fold([deadline("2020-06-01")])

    assert (near.severity, far.severity) == ("high", "medium")


def test_a_replayed_deadline_long_past_fires_no_reminders() -> None:
    state, _ = fold([deadline("2019-12-31")], now=NOW)
    assert state is not None

    _, reminder = on_tick(state, now=NOW)

    assert reminder is None and next_reminder(state) is None


def test_reminders_fire_once_each_as_the_wall_clock_passes_them() -> None:
    published = datetime(2026, 3, 1, tzinfo=UTC)
    state, _ = fold([deadline("2026-03-20", published=published)], now=published)
    assert state is not None
    passes = passes_at(date(2026, 3, 20))
    fired = []

    for now in [passes - timedelta(days=8), passes - timedelta(days=6),
                passes - timedelta(days=5), passes - timedelta(hours=2),
                passes + timedelta(hours=1), passes + timedelta(days=3)]:
        state, alert = on_tick(state, now=now)
        if alert:
            fired.append((alert.reason, alert.severity))

    assert fired == [("deadline 7 days away", "high"), ("deadline 1 day away", "critical"),
                     ("deadline passed", "high")]


def test_a_deadline_first_seen_three_days_out_skips_the_seven_day_reminder() -> None:
    published = datetime(2026, 3, 17, tzinfo=UTC)
    state, _ = fold([deadline("2026-03-20", published=published)], now=published)
    assert state is not None

    _, alert = on_tick(state, now=published + timedelta(hours=1))

    assert alert is None
    assert next_reminder(state) == passes_at(date(2026, 3, 20)) - timedelta(days=1)


def test_an_alert_carries_evidence_with_its_link() -> None:
    _, (alert,) = fold([moratorium("in_force")])

    assert [(e.text, e.url) for e in alert.evidence] == [("abc", "https://example.org/a1")]


@pytest.mark.parametrize("status", ["in_force", "threatened", "ended", "called_for"])
def test_every_moratorium_status_gets_an_alert(status: str) -> None:
    _, alerts = fold([moratorium(status)])

    assert alerts[0].moratorium_status == status


def test_a_replayed_signal_never_moves_a_deadline_back_even_on_a_tie() -> None:
    later = deadline("2020-01-15", "a2")  # published at the same instant as the first
    _, alerts = fold([deadline("2019-12-31", "a1"), later, deadline("2019-12-31", "a1")])

    assert [a.due for a in alerts] == [date(2019, 12, 31), date(2020, 1, 15)]


def test_two_signals_of_one_article_can_each_move_a_moratorium() -> None:
    first = moratorium("in_force")
    second = first.model_copy(update={"start": 40, "end": 43,
                                      "attrs": {**first.attrs, "status": "threatened"}})

    _, alerts = fold([first, second])

    assert [a.moratorium_status for a in alerts] == ["in_force", "threatened"]


def test_folding_a_signal_leaves_the_previous_state_untouched() -> None:
    before, _ = fold([deadline("2020-01-01", "a1")])
    assert before is not None
    frozen = before.model_dump_json()
    key = commitment_key(deadline("2020-02-01"), new_tests=True)
    assert key is not None
    after, alert = on_signal(before, key, deadline("2020-02-01", "a2", DAY + timedelta(days=1)),
                             now=NOW)
    assert alert is not None and after.due == date(2020, 2, 1)
    assert before.model_dump_json() == frozen


def test_a_quiet_commitment_expires_only_once_sent_and_without_pending_reminders() -> None:
    keep = timedelta(days=30)
    state, _ = fold([moratorium("in_force")], now=NOW)
    assert state is not None and state.touched_at == NOW
    assert not expired(state, now=NOW + keep, retention=keep, published=0)  # notice unsent
    assert expired(state, now=NOW + keep, retention=keep, published=1)
    assert not expired(state, now=NOW + keep / 2, retention=keep, published=1)
    due_later, _ = fold([deadline((NOW + 2 * keep).date().isoformat())], now=NOW)
    assert due_later is not None
    assert not expired(due_later, now=NOW + keep, retention=keep, published=1)  # reminders due


def test_a_commitment_reported_again_after_expiry_continues_its_revisions_as_new() -> None:
    s = moratorium("threatened", "a9")
    key = commitment_key(s, new_tests=True)
    assert key is not None
    state, alert = on_signal(None, key, s, now=NOW, published=4)
    assert alert is not None and (alert.revision, alert.status) == (5, "new")
    state, alert = on_signal(state, key, moratorium("ended", "a10", DAY + timedelta(days=1)),
                             now=NOW)
    assert alert is not None and (alert.revision, alert.status) == (6, "update")
