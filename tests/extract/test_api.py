"""The public surface of streams.extract: names, offsets, purity."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from types import ModuleType

import pytest
from pydantic import ValidationError

import streams.extract as pkg
from streams.extract import KINDS, Match, extract

TEXT = (
    "Pyongyang said on Friday it had test-fired a new intercontinental ballistic missile. "
    "The regime has hinted at lifting its moratorium on nuclear tests before an end-of-year "
    "deadline set by its leader, and warned Washington of a new provocation."
)


def test_all_lists_exactly_the_public_names() -> None:
    public = {n for n, v in vars(pkg).items() if not n.startswith("_") and not isinstance(v, ModuleType)}

    assert set(pkg.__all__) == public


def test_extract_imports_neither_faust_nor_aiokafka() -> None:
    code = "import sys, streams.extract; assert not {'faust', 'aiokafka'} & set(sys.modules)"

    subprocess.run([sys.executable, "-c", code], check=True)


def test_kinds_are_the_four_signal_kinds_in_order() -> None:
    assert KINDS == ("weapons_test", "escalation", "deadline", "moratorium")


def test_every_match_quotes_its_own_offsets_and_serialises_to_json() -> None:
    matches = extract(TEXT, published=date(2019, 12, 14))

    assert {m.kind for m in matches} == set(KINDS)
    for m in matches:
        assert TEXT[m.start : m.end] == m.text
        json.dumps(m.attrs)


def test_matches_come_sorted_by_offset() -> None:
    matches = extract(TEXT, published=date(2019, 12, 14))

    assert [m.start for m in matches] == sorted(m.start for m in matches)


def test_published_may_be_a_datetime_a_date_or_absent() -> None:
    aware = datetime(2019, 12, 14, 12, tzinfo=UTC)

    assert extract(TEXT, published=aware) == extract(TEXT, published=date(2019, 12, 14))
    assert extract(TEXT)


def test_a_match_is_frozen() -> None:
    (match, *_) = extract(TEXT, published=date(2019, 12, 14))

    with pytest.raises(ValidationError):
        match.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "No signal here at all.", "\n\n"])
def test_text_without_signals_gives_no_matches(text: str) -> None:
    assert extract(text, published=date(2020, 1, 1)) == []


def test_a_match_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValidationError):
        Match(kind="weather", start=0, end=1, text="x", attrs={})  # type: ignore[arg-type]
