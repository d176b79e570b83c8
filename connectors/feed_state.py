"""The connector's memory across restarts, in one local SQLite file (connector.state_path).

It holds the ids already sent, each feed's validators (ETag, Last-Modified) and health,
and the near-duplicate signatures. SQLite because the state is local to one connector
process, must survive crashes (transactions: an id is recorded as sent, together with its
signature and the feed's new validators, only after the broker acknowledged the batch), and
is read on every poll: a local file answers in microseconds with no broker round trip and
nothing to operate, where a compacted Kafka topic would need a consumer and a catch-up read
at start. The cost: the state is per host, so two connectors polling the same feeds would
each send them once.

Sizes stay bounded: ids not seen in any feed for `sent_retention_days` and signatures past
their age or count limit are pruned.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS sent (
    id TEXT PRIMARY KEY,
    feed_url TEXT NOT NULL,
    duplicate_of TEXT,          -- set when collapsed into an earlier story instead of sent
    sent_at REAL NOT NULL,
    seen_at REAL NOT NULL       -- last time a feed listed it: pruning keeps listed ids
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sent_seen_at ON sent (seen_at);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_success REAL,
    last_error TEXT,
    last_error_at REAL,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS signatures (
    id TEXT PRIMARY KEY,
    seen_at REAL NOT NULL,
    hashvalues BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS signatures_seen_at ON signatures (seen_at);
"""


class FeedHealth(BaseModel):
    """What the connector knows about one feed."""

    model_config = ConfigDict(frozen=True)
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_success: float | None = None  # unix time
    last_error: str | None = None
    last_error_at: float | None = None
    consecutive_failures: int = 0


class SentRecord(BaseModel):
    """One entry we will not send again: sent, or collapsed into the story `duplicate_of`."""

    model_config = ConfigDict(frozen=True)
    id: str
    feed_url: str
    duplicate_of: str | None = None
    signature: bytes | None = None  # near-duplicate signature to keep, for sent stories


class FeedStateError(RuntimeError):
    """The state file cannot be used (wrong schema version, not a database)."""


class FeedState:
    """A connection to the state file; use from one thread (the event loop's)."""

    def __init__(self, path: Path) -> None:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)  # explicit transactions below
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise FeedStateError(f"{path}: state schema {version}, expected {SCHEMA_VERSION}")
            self._db.executescript(SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise FeedStateError(f"{path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def unsent(self, ids: Iterable[str], *, now: float) -> set[str]:
        """The ids never sent nor collapsed; the others are marked as still listed at `now`."""
        wanted = list(dict.fromkeys(ids))
        known: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT id FROM sent WHERE id IN ({marks})", chunk)
            known.update(row[0] for row in rows)
        if known:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany(
                    "UPDATE sent SET seen_at=? WHERE id=?", [(now, i) for i in known]
                )
        return set(wanted) - known

    def record_round(
        self,
        url: str,
        records: Iterable[SentRecord],
        *,
        etag: str | None,
        last_modified: str | None,
        now: float,
    ) -> None:
        """After the broker's ack: sent ids, signatures and the feed's validators, in one go."""
        rows = list(records)
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO sent (id, feed_url, duplicate_of, sent_at, seen_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(r.id, r.feed_url, r.duplicate_of, now, now) for r in rows],
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO signatures (id, seen_at, hashvalues) VALUES (?, ?, ?)",
                [(r.id, now, r.signature) for r in rows if r.signature is not None],
            )
            self._db.execute(
                "INSERT INTO feeds (url, etag, last_modified, last_success, consecutive_failures)"
                " VALUES (?, ?, ?, ?, 0) ON CONFLICT (url) DO UPDATE SET etag=excluded.etag,"
                " last_modified=excluded.last_modified, last_success=excluded.last_success,"
                " consecutive_failures=0",
                (url, etag, last_modified, now),
            )

    def record_failure(self, url: str, error: str, *, now: float) -> int:
        """Note a failed poll; returns the feed's consecutive failures, this one included."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT INTO feeds (url, last_error, last_error_at, consecutive_failures)"
                " VALUES (?, ?, ?, 1) ON CONFLICT (url) DO UPDATE SET"
                " last_error=excluded.last_error, last_error_at=excluded.last_error_at,"
                " consecutive_failures=consecutive_failures + 1",
                (url, error[:1000], now),
            )
        return self.health(url).consecutive_failures

    def health(self, url: str) -> FeedHealth:
        row = self._db.execute(
            "SELECT etag, last_modified, last_success, last_error, last_error_at,"
            " consecutive_failures FROM feeds WHERE url=?",
            (url,),
        ).fetchone()
        if row is None:
            return FeedHealth(url=url)
        fields = (
            "etag",
            "last_modified",
            "last_success",
            "last_error",
            "last_error_at",
            "consecutive_failures",
        )
        return FeedHealth(url=url, **dict(zip(fields, row, strict=True)))

    def signatures(self, *, since: float, limit: int) -> list[tuple[str, float, bytes]]:
        """The newest `limit` signatures seen since `since`, oldest first."""
        rows = self._db.execute(
            "SELECT id, seen_at, hashvalues FROM signatures WHERE seen_at >= ?"
            " ORDER BY seen_at DESC LIMIT ?",
            (since, limit),
        ).fetchall()
        return [(str(i), float(t), bytes(b)) for i, t, b in reversed(rows)]

    def prune(self, *, sent_before: float, signatures_before: float, max_signatures: int) -> None:
        """Drop ids no feed listed since `sent_before` and signatures past their age or count."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM sent WHERE seen_at < ?", (sent_before,))
            self._db.execute("DELETE FROM signatures WHERE seen_at < ?", (signatures_before,))
            self._db.execute(
                "DELETE FROM signatures WHERE id NOT IN"
                " (SELECT id FROM signatures ORDER BY seen_at DESC LIMIT ?)",
                (max_signatures,),
            )

    def count_sent(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM sent").fetchone()[0])
