"""When to poll a feed next: its interval when healthy, backoff with jitter when failing."""

from __future__ import annotations

import random
from collections.abc import Callable

MAX_DOUBLINGS = 40  # 2**40 times any base is past any cap; bigger exponents only overflow


def next_poll_delay(
    failures: int,
    *,
    interval: float,
    base: float,
    cap: float,
    retry_after: float | None = None,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds until the next poll.

    Healthy feeds wait their interval, jittered by up to 10% either way so feeds started
    together drift apart. After n consecutive failures the wait is base * 2**(n-1), capped,
    with "equal jitter" (between half and all of it), and never shorter than the interval
    (a failing feed is not polled more often than a healthy one) nor than the server's
    Retry-After (itself capped).
    """
    if failures <= 0:
        return interval * (0.9 + 0.2 * rng())
    ceiling = min(cap, base * 2.0 ** min(failures - 1, MAX_DOUBLINGS))
    delay = ceiling / 2 + rng() * ceiling / 2
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap))
    return max(delay, interval)
