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


# --- round 7: launch verbs, prospective cues, bare launch nouns, temporal anchors, weapon classes

_LEAD = "North Korea fired an intercontinental ballistic missile on Friday, the South Korean military said. "


def _only(text: str, needle: str, published: date = PUBLISHED):
    """The one weapons_test whose evidence holds `needle`."""
    found = [m for m in weapons_tests(text, published) if needle in m.text]
    assert len(found) == 1, [m.text for m in weapons_tests(text, published)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "needle", "weapon"),
    [
        ("The rocket lifted off from a pad near the capital at dawn.", "lifted off", "icbm"),  # the lead's
        ("A day earlier, Pyongyang shot off at least a dozen cruise missiles.", "shot off", "cruise_missile"),
        ("In 2016 the army lobbed ballistic missiles into the sea off Japan.", "lobbed", "ballistic_missile"),
        ("In 2016 the army hurled ballistic missiles into the sea off Japan.", "hurled", "ballistic_missile"),
        ("Hours later it followed up with two short-range ballistic missiles.", "followed up with", "srbm"),
        ("Iran first flew the cruise missile in 2015, officials said.", "first flew", "cruise_missile"),
        ("Washington says Moscow flight-tested the SSC-8 to banned ranges.", "flight-tested", "cruise_missile"),
        ("Officials said the North tried to orbit a satellite in 2016.", "orbit a satellite", "space_launch"),
        ("India's army is expected to hold user trials of the Prithvi missile this week.", "user trials", "srbm"),
    ],
)
def test_launch_verbs_and_phrasings(sentence: str, needle: str, weapon: str) -> None:
    match = _only(_LEAD + sentence, needle)

    assert match.attrs["weapon"] == weapon


@pytest.mark.parametrize(
    "sentence",
    [
        "Seoul followed up with a statement urging restraint.",
        "Seoul said it would launch talks with Pyongyang next month.",
        "Japan condemned the launch as a grave provocation.",
        "It was the North's first launch in two months.",
        "The test set off air-raid sirens across the island.",
    ],
)
def test_phrasings_that_are_no_new_test(sentence: str) -> None:
    assert len(weapons_tests(_LEAD + sentence)) == 1


def test_a_gerund_after_by_is_a_launch_verb() -> None:
    match = _only(_LEAD + "Seoul responded by firing two air-to-surface missiles from its fighter jets.", "firing")

    assert match.attrs["temporal"] == "new"


def test_a_passive_generic_subject_launch_takes_the_last_class() -> None:
    text = _LEAD + "State media said the weapon was fired from a mobile launcher near the coast."
    match = _only(text, "was fired")

    assert match.attrs["weapon"] == "icbm"


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("Analysts believe the North is readying a seventh nuclear test.", "readying"),
        ("Analysts said the North could follow up with a launch from a new submarine.", "follow up"),
        ("Its space agency said it would carry out a second launch after further checks.", "second launch"),
        ("Experts said Pyongyang was likely to attempt another launch within months.", "another launch"),
        ("One analyst said a flight test of a new solid-fuel missile could come within weeks.", "flight test"),
        ("Officials said a further user trial was expected in the coming months.", "user trial"),
    ],
)
def test_prospective_cues_before_and_after_the_test_noun(sentence: str, needle: str) -> None:
    match = _only(_LEAD + sentence, needle)

    assert match.attrs["temporal"] == "prospective"


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch, from the Sohae site at around 7 a.m., set off sirens in Seoul.",
        "The ground test, held at the Tongchang-ri engine stand, used a new motor.",
        "A launch in March 2018 appeared to end in an explosion over the sea.",
    ],
)
def test_a_test_noun_with_detail_or_a_date_is_a_mention(sentence: str) -> None:
    assert len(weapons_tests(_LEAD + sentence)) == 2


def test_a_bare_launch_noun_needs_an_article_about_named_weapons() -> None:
    text = (
        "The agency said it would carry out a second launch after checks, officials said. "
        "Nuclear talks between Washington and Pyongyang have stalled since 2019."
    )

    assert weapons_tests(text) == []


@pytest.mark.parametrize(
    ("text", "needle", "temporal"),
    [
        (
            (
                "North Korea has not flight-tested an ICBM since November 2017, when it launched a Hwasong-15. "
                "It set off the last of its six nuclear blasts two months earlier."
            ),
            "nuclear blasts",
            "historical",
        ),
        (
            (
                "It was the North's first underwater launch since October 2018, when it flew a Pukguksong-1 "
                "from a barge."
            ),
            "flew a Pukguksong",
            "historical",
        ),
        (
            "On Dec. 10, the navy carried out a successful test-firing of a cruise missile from a destroyer.",
            "test-firing",
            "new",
        ),
        (
            "On May 14, the navy carried out a successful test-firing of a cruise missile from a destroyer.",
            "test-firing",
            "historical",
        ),
    ],
)
def test_temporal_anchors_in_narrative_dates(text: str, needle: str, temporal: str) -> None:
    match = _only(text, needle)

    assert match.attrs["temporal"] == temporal


def test_a_later_clause_with_its_own_cue_is_its_own_test() -> None:
    text = "India last tested its Agni-V in December 2018, and officials said a further user trial was expected soon."
    got = sorted((m.attrs["temporal"], m.attrs["weapon"]) for m in weapons_tests(text))

    assert got == [("historical", "icbm"), ("prospective", "icbm")]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        (
            (
                "Seoul last month became the first state without nuclear weapons to fire an SLBM, test-launching "
                "one from its new submarine, the military said."
            ),
            "slbm",
        ),
        ("North Korea on Friday conducted a ground test of a high-thrust solid-fuel engine for a new-type ICBM.", "engine"),
        ("Pakistan on Friday test-fired a ballistic missile with a range of 2,750 km, the army said.", "irbm"),
        ("Pakistan on Friday test-fired a ballistic missile with a range of 290 km, the army said.", "srbm"),
        ("Iran on Friday test-fired a ballistic missile with a range of 4,000 miles, the Guards said.", "icbm"),
        ("Pakistan on Friday test-fired a ballistic missile, the army said.", "ballistic_missile"),
    ],
)
def test_weapon_class_from_description_and_range(text: str, weapon: str) -> None:
    (match,) = weapons_tests(text)

    assert match.attrs["weapon"] == weapon


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("Separately, rebels said they had fired a Quds-3 missile at an airport.", "Quds-3"),
        ("A day earlier, the North shot off at least 20 missiles of several types.", "shot off"),
    ],
)
def test_a_named_or_counted_missile_does_not_inherit_the_last_class(sentence: str, needle: str) -> None:
    text = "The space agency put a reconnaissance satellite into orbit on Thursday, state media said. " + sentence
    match = _only(text, needle)

    assert match.attrs["weapon"] == "unspecified"


@pytest.mark.parametrize(
    "sentence",
    [
        "A diplomat said Moscow had no intention of conducting an explosive test unless Washington did.",
        "There is no evidence that either side is preparing to resume explosive testing.",
        "The bill would prohibit spending next year on any explosive nuclear test.",
        "Lawmakers voted for an amendment barring the agency from preparing to conduct a nuclear test.",
    ],
)
def test_denied_intents_and_banned_tests_are_not_tests(sentence: str) -> None:
    assert len(weapons_tests(_LEAD + sentence)) == 1


def test_a_ban_named_after_the_test_does_not_hide_it() -> None:
    text = "Pyongyang test-fired an ICBM on Friday in defiance of resolutions that prohibit such launches."

    assert len(weapons_tests(text)) == 1


def test_counted_devices_set_off_are_nuclear_tests() -> None:
    text = "No state has conducted a nuclear test since May 1998, when Pakistan set off six devices at Chagai."
    match = _only(text, "set off")

    assert (match.attrs["weapon"], match.attrs["temporal"]) == ("nuclear", "historical")
