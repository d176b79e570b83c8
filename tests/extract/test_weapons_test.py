"""weapons_test: test events with temporal reading, weapon class and testing state."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract

PUBLISHED = date(2019, 12, 14)  # a Saturday


def weapons_tests(text: str, published: date = PUBLISHED) -> list:
    return [m for m in extract(text, published=published) if m.kind == "weapons_test"]


@pytest.mark.parametrize(
    ("text", "temporal"),
    [
        ("North Korea fired two short-range ballistic missiles on Friday, Seoul said.", "new"),
        ("Pyongyang launched a cruise missile last Saturday, the military said.", "new"),
        ("Just days earlier, North Korea conducted an engine test at the launch site.", "new"),
        ("Iran test-fired a medium-range ballistic missile last year, officials said.", "historical"),
        ("North Korea conducted six nuclear tests between 2006 and 2017.", "historical"),
        ("The North has conducted 12 rounds of ballistic missile tests since May.", "historical"),
        ("In 2017, Pyongyang test-fired three intercontinental ballistic missiles.", "historical"),
        ("Earlier this year, Pyongyang test-fired a new solid-fuel missile, officials said.", "historical"),
        ("Earlier this month, Pyongyang test-fired a new solid-fuel missile, officials said.", "new"),
        ("Pyongyang put a spy satellite into orbit on Friday after two failed attempts earlier this year.", "new"),
        ("Analysts say Pyongyang could test an ICBM in the coming weeks.", "prospective"),
        ("Moscow may resume nuclear testing if Washington does, the Kremlin warned.", "prospective"),
        ("The Pentagon plans to test a hypersonic missile next year.", "prospective"),
    ],
)
def test_temporal_reading_against_the_publication_date(text: str, temporal: str) -> None:
    (match,) = weapons_tests(text)

    assert match.attrs["temporal"] == temporal
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("North Korea test-fired an intercontinental ballistic missile on Friday.", "icbm"),
        ("Pyongyang launched a submarine-launched ballistic missile on Friday.", "slbm"),
        ("Russia tested its Burevestnik cruise missile on Friday.", "cruise_missile"),
        ("China tested a hypersonic glide vehicle on Friday.", "hypersonic"),
        ("North Korea fired a ballistic missile into the sea on Friday.", "ballistic_missile"),
        ("North Korea fired a barrage of rocket artillery on Friday.", "rocket_artillery"),
        ("North Korea conducted a solid-fuel engine test at the launch site on Friday.", "engine"),
        ("Pakistan conducted an underground nuclear test on Friday.", "nuclear"),
        ("North Korea fired a missile on Friday, Seoul said.", "unspecified"),
        ("Iran launched a military satellite on a ballistic rocket on Friday.", ["space_launch", "ballistic_missile"]),
    ],
)
def test_weapon_class_comes_from_the_sentence(text: str, weapon: str | list[str]) -> None:
    (match,) = weapons_tests(text)

    got = match.attrs["weapon"]
    assert (sorted(got) if isinstance(got, list) else got) == (sorted(weapon) if isinstance(weapon, list) else weapon)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang denied conducting a nuclear test on Friday.",
        "The agency did not specify what was tested at the missile site on Friday.",
        "Officials said it was in no way a nuclear test.",
    ],
)
def test_negated_or_denied_tests_are_not_signals(text: str) -> None:
    assert weapons_tests(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Fed said every large bank passed its annual stress test on Friday.",
        "England won the second cricket Test against India at Lord's on Friday.",
        "The sprinter failed a drug test on Friday and was banned for two years.",
        "The patients tested positive for the coronavirus on Friday.",
        "SpaceX launched a commercial satellite on its Falcon rocket on Friday.",
    ],
)
def test_tests_outside_the_domain_are_ignored(text: str) -> None:
    assert weapons_tests(text) == []


def test_a_bare_reference_back_to_a_test_is_not_a_new_signal() -> None:
    text = (
        "North Korea launched an intercontinental ballistic missile on Friday. "
        "Washington said the test was a provocation."
    )

    assert len(weapons_tests(text)) == 1
