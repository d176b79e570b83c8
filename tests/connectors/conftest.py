"""Fixtures for connector tests: a threaded local HTTP server and small feed documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pytest_httpserver import HTTPServer

from streams.settings import ConnectorSettings, FeedConfig, Settings


@pytest.fixture(scope="session")
def threaded_server() -> Iterator[HTTPServer]:
    """One server for the session; threaded, so a slow response does not hold up the others."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def feed_server(threaded_server: HTTPServer) -> Iterator[HTTPServer]:
    threaded_server.clear()
    yield threaded_server
    threaded_server.clear()


def rss(*items: dict[str, str], title: str = "Test Wire", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document; each item's keys become child elements (values escaped)."""
    body = "".join(
        "<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items()) + "</item>"
        for item in items
    )
    doc = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title>{body}</channel></rss>"
    )
    return doc.encode(encoding)


def story(n: int, *, guid: str | None = None, text: str | None = None) -> dict[str, str]:
    """An RSS item whose text differs clearly from every other n's."""
    words = " ".join(f"token{n}x{i}" for i in range(30))
    return {
        "title": f"Story number {n} about a missile test",
        "link": f"https://news.example.org/story/{n}",
        "guid": guid or f"story-{n}",
        "pubDate": "Tue, 10 Mar 2026 15:40:00 GMT",
        "description": text or f"Officials said story {n} concerns {words}.",
    }


def connector_settings(tmp_path: Path, *feeds: FeedConfig, **overrides: object) -> Settings:
    """Settings with these feeds, a fresh state file and short timeouts."""
    cs = ConnectorSettings(
        feeds=feeds,
        state_path=tmp_path / "state.db",
        connect_timeout=2.0,
        read_timeout=2.0,
        total_timeout=5.0,
        **overrides,  # type: ignore[arg-type]
    )
    return Settings(connector=cs)
