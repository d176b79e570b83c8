import pytest

from connectors.backoff import next_poll_delay


def delay(failures: int, *, rng: float, **kwargs: float) -> float:
    options = {"interval": 10.0, "base": 60.0, "cap": 3600.0, **kwargs}
    return next_poll_delay(failures, rng=lambda: rng, **options)


def test_a_healthy_feed_waits_its_interval_give_or_take_ten_percent() -> None:
    assert (delay(0, rng=0.0), delay(0, rng=1.0)) == (9.0, 11.0)


@pytest.mark.parametrize(
    ("failures", "low", "high"),
    [
        (1, 30.0, 60.0),
        (2, 60.0, 120.0),
        (3, 120.0, 240.0),
        (7, 1800.0, 3600.0),
        (50, 1800.0, 3600.0),
    ],
)
def test_failures_double_the_wait_with_jitter_up_to_the_cap(
    failures: int, low: float, high: float
) -> None:
    assert (delay(failures, rng=0.0), delay(failures, rng=1.0)) == (low, high)


def test_a_failing_feed_is_never_polled_more_often_than_its_interval() -> None:
    assert delay(1, rng=0.0, interval=900.0) == 900.0


def test_retry_after_is_honoured_but_capped() -> None:
    assert delay(1, rng=0.0, retry_after=500.0) == 500.0
    assert delay(1, rng=0.0, retry_after=10**9) == 3600.0


def test_a_huge_failure_count_does_not_overflow() -> None:
    assert delay(10**6, rng=1.0) == 3600.0
