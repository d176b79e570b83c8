"""The worker's event loop is chosen by configuration, uvloop by default."""

import asyncio
import builtins
from collections.abc import Iterator

import pytest
import uvloop

from streams.event_loop import install_event_loop
from streams.settings import Settings


@pytest.fixture(autouse=True)
def restore_policy() -> Iterator[None]:
    before = asyncio.get_event_loop_policy()
    yield
    asyncio.set_event_loop_policy(before)


def test_uvloop_is_the_default_and_new_loops_are_uvloop_loops() -> None:
    assert Settings.model_construct().event_loop == "uvloop"
    assert install_event_loop("uvloop") == "uvloop"
    loop = asyncio.new_event_loop()
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()


def test_asyncio_can_be_chosen() -> None:
    install_event_loop("uvloop")
    assert install_event_loop("asyncio") == "asyncio"
    loop = asyncio.new_event_loop()
    try:
        assert not isinstance(loop, uvloop.Loop)
    finally:
        loop.close()


def test_without_uvloop_the_worker_falls_back_to_asyncio(monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    real_import = builtins.__import__

    def no_uvloop(name: str, *args: object, **kwargs: object) -> object:
        if name == "uvloop":
            raise ImportError("no uvloop here")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_uvloop)
    assert install_event_loop("uvloop") == "asyncio"
    assert "uvloop is not installed" in caplog.text


def test_the_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHFLOOR_EVENT_LOOP", "asyncio")
    assert Settings().event_loop == "asyncio"
    monkeypatch.setenv("WATCHFLOOR_EVENT_LOOP", "tokio")
    with pytest.raises(ValueError, match="event_loop"):
        Settings()
