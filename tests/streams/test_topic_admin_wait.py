"""ensure_topics waits until the topics it created are listed: KRaft acknowledges a creation
before every metadata answer has it (a listing right after creation could miss them)."""

from __future__ import annotations

import logging

import pytest

from streams import topic_admin


class _LaggingAdmin:
    """An admin client whose listing shows the created topics only from its `lag`-th call on."""

    def __init__(self, names: set[str], lag: int) -> None:
        self.names, self.lag, self.calls = names, lag, 0

    async def list_topics(self) -> list[str]:
        self.calls += 1
        return sorted(self.names) if self.calls >= self.lag else []


@pytest.mark.asyncio
async def test_waits_until_the_created_topics_are_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_sleep(_: float) -> None:
        return None

    monkeypatch.setattr(topic_admin.asyncio, "sleep", no_sleep)
    admin = _LaggingAdmin({"a", "b"}, lag=4)
    await topic_admin._wait_listed(admin, {"a", "b"})  # type: ignore[arg-type]
    assert admin.calls == 4


@pytest.mark.asyncio
async def test_a_broker_that_never_lists_them_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    admin = _LaggingAdmin({"a"}, lag=10**9)
    with caplog.at_level(logging.WARNING, logger="streams.topic_admin"):
        await topic_admin._wait_listed(admin, {"a"}, timeout=0.3)  # type: ignore[arg-type]
    assert admin.calls >= 2
    assert "not listed" in caplog.text
