"""Actors map names, demonyms, capitals, leaders and agencies to ISO alpha-3 codes."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ("Pyongyang", "PRK"),
        ("The Academy of Defense Science", "PRK"),
        ("Kim Jong Un", "PRK"),
        ("Seoul", "KOR"),
        ("Washington", "USA"),
        ("The Pentagon", "USA"),
        ("Moscow", "RUS"),
        ("The Kremlin", "RUS"),
        ("Beijing", "CHN"),
        ("Tehran", "IRN"),
        ("The IRGC", "IRN"),
        ("Israel", "ISR"),
        ("New Delhi", "IND"),
        ("Islamabad", "PAK"),
        ("Tokyo", "JPN"),
        ("Paris", "FRA"),
        ("Britain", "GBR"),
        ("Kyiv", "UKR"),
        ("Riyadh", "SAU"),
        ("Ankara", "TUR"),
        ("Damascus", "SYR"),
    ],
)
def test_the_testing_state_is_mapped_to_its_alpha3_code(subject: str, code: str) -> None:
    text = f"{subject} test-fired a short-range ballistic missile on Tuesday."

    (match,) = extract(text, published=date(2024, 3, 7))

    assert (match.kind, match.attrs["actor"]) == ("weapons_test", code)


def test_several_states_acting_together_have_no_single_actor() -> None:
    text = "France, Germany and Britain warned they would reimpose sanctions over the nuclear programme."

    (match,) = extract(text, published=date(2025, 8, 1))

    assert (match.kind, match.attrs["actor"]) == ("escalation", None)
