"""Actors map names, demonyms, capitals, leaders and agencies to ISO alpha-3 codes."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract
from streams.extract.actors import actor_at
from streams.extract.document import Document
from streams.extract.sentences import sentence_spans


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


def _tests(text: str) -> list:
    return [m for m in extract(text, published=date(2024, 3, 7)) if m.kind == "weapons_test"]


def _actor_at(text: str, word: str) -> str | None:
    """actor_at for the event whose trigger is `word` (its first occurrence)."""
    doc = Document(text, date(2024, 3, 7))
    return actor_at(doc, text.index(word))


def test_a_source_reporting_a_flight_is_not_the_tester() -> None:
    text = "North Korea fired a ballistic missile on Monday. Japan's defence ministry said the missile flew about 800 km."

    first, second = _tests(text)

    assert (first.attrs["actor"], second.attrs["actor"]) == ("PRK", "PRK")


def test_a_trailing_source_is_not_the_tester() -> None:
    text = "North Korea test-fired a cruise missile on Sunday. Two more missiles were fired on Monday, Seoul's military said."

    assert [m.attrs["actor"] for m in _tests(text)] == ["PRK", "PRK"]


def test_a_state_reacting_to_a_launch_is_not_the_running_tester() -> None:
    text = "North Korea launched an ICBM on Monday. South Korea condemned the launch. The missile flew 1,000 km, Seoul's military said."

    assert _actor_at(text, "flew") == "PRK"


def test_a_source_that_says_it_tested_is_the_tester() -> None:
    (match,) = _tests("Iran said it had test-fired a cruise missile.")

    assert match.attrs["actor"] == "IRN"


def test_a_source_is_the_tester_when_no_earlier_test_names_one() -> None:
    text = "Pakistan's military said the missile was test-fired from a mobile launcher."

    assert _actor_at(text, "test-fired") == "PAK"


def test_a_named_weapon_outranks_an_earlier_sentence() -> None:
    text = "Japan raised its alert level on Friday. A Hwasong-18 was test-fired in July."

    assert _actor_at(text, "test-fired") == "PRK"


def test_a_state_naming_a_place_is_not_an_actor() -> None:
    text = "North Korea launched an ICBM that could reach the U.S. mainland. It conducted its sixth nuclear test in 2017."

    assert _actor_at(text, "conducted") == "PRK"


def test_japanese_waters_is_a_place_but_japanese_forces_act() -> None:
    assert _actor_at("China test-fired a missile in March. It was fired near Japanese waters.", "fired near") == "CHN"
    (match,) = _tests("Japanese forces test-fired a Type 12 missile on Friday.")
    assert match.attrs["actor"] == "JPN"


def test_a_state_a_participle_acts_on_is_not_the_subject() -> None:
    text = "North Korea fired a missile on Tuesday, prompting Japan to issue alerts, before launching two more missiles."

    assert [m.attrs["actor"] for m in _tests(text)] == ["PRK", "PRK"]


@pytest.mark.parametrize("subject", ["Both have", "The two countries have", "Both sides have"])
def test_a_plural_subject_for_several_states_has_no_single_actor(subject: str) -> None:
    text = f"India and Pakistan conducted nuclear tests in 1998. {subject} since observed a moratorium on testing."

    matches = [m for m in extract(text, published=date(2024, 3, 7)) if m.kind == "moratorium"]

    assert [m.attrs["actor"] for m in matches] == [None]


def test_both_missiles_is_not_a_group_of_states() -> None:
    text = "North Korea fired two missiles on Monday. Both missiles flew about 400 km."

    assert [m.attrs["actor"] for m in _tests(text)] == ["PRK", "PRK"]


def test_the_north_opening_a_sentence_is_north_korea() -> None:
    (match,) = _tests("The North fired two cruise missiles on Sunday.")

    assert match.attrs["actor"] == "PRK"


def test_the_workers_party_is_north_korean_but_not_the_kurdish_one() -> None:
    assert _actor_at("The ruling Workers' Party vowed to bolster its nuclear deterrent.", "vowed") == "PRK"
    assert _actor_at("The Kurdistan Workers' Party threatened new attacks.", "threatened") is None


def test_a_quoted_charge_against_a_state_is_the_speakers() -> None:
    text = "Beijing's \"provocative military drills\" only raise tensions in the region, the State Department said."

    assert _actor_at(text, "provocative") == "USA"


def test_an_unquoted_possessive_still_owns_the_act() -> None:
    text = "North Korea's provocative drills threaten the region, Japan said."

    assert _actor_at(text, "provocative") == "PRK"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('Washington must drop its "hostile policy". U.S. envoys said so.', 2),
        ('It said "no". Then it left.', 2),
        ("The talks were led by John F. Kennedy. He left.", 2),
        ("It fired on Aug. 5. North Korea said so.", 2),
        ("It was sent to the U.S. Department of State.", 1),
    ],
)
def test_sentences_end_after_a_closing_quote_but_not_at_an_initial(text: str, sentences: int) -> None:
    assert len(sentence_spans(text)) == sentences


def test_a_coast_guard_is_an_actor_not_a_place() -> None:
    assert _actor_at("The Chinese coast guard fired water cannon at a Philippine vessel.", "fired") == "CHN"
