"""Test-wide settings: fixed before anything imports streams.app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["WATCHFLOOR_FAUST_STORE"] = "memory://"
os.environ["WATCHFLOOR_CONFIG"] = os.devnull  # a user's watchfloor.toml never leaks into tests
os.environ.setdefault("WATCHFLOOR_WEB_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "seed-0001.json"


@pytest.fixture
def shared_dir() -> Path:
    """../shared (third-party data): tests that need it run whenever it exists."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not found: this test needs the third-party data in ../shared")
    return SHARED
