"""The dev-set targets, measured with the project's scorer through the real console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).parents[2] / ".." / "shared" / "eval"
WATCHFLOOR = Path(sys.executable).parent / "watchfloor"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def result() -> dict:
    if not EVAL.is_dir():
        pytest.skip("../shared/eval not found: dev-set score not measured")
    cmd = f"{WATCHFLOOR} extract --format jsonl"
    proc = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--cmd", cmd, str(EVAL / "dev"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout)


def test_macro_f1_over_the_four_kinds_reaches_085(result: dict) -> None:
    assert result["macro_f1"] >= 0.85


@pytest.mark.parametrize("kind", ["weapons_test", "escalation", "deadline", "moratorium"])
def test_every_kind_reaches_f1_075(result: dict, kind: str) -> None:
    assert result["kinds"][kind]["f1"] >= 0.75


def test_every_alerting_article_and_no_other_alerts(result: dict) -> None:
    assert result["alert"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("attribute", "target"),
    [("deadline.due", 0.9), ("moratorium.status", 0.9), ("weapons_test.temporal", 0.85)],
)
def test_attribute_accuracy_reaches_its_target(result: dict, attribute: str, target: float) -> None:
    assert result["attributes"][attribute]["accuracy"] >= target
