"""Actors map names, demonyms, capitals, leaders and agencies to ISO alpha-3 codes."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract
from streams.extract.actors import actor_at, actor_hits, code_of, is_object, owner_at
from streams.extract.document import Document
from streams.extract.sentences import clause_spans, sentence_spans


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


# --- round 8: lexicon breadth, speakers, pronouns, participles, clause spans ---


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ("Seoul's JCS", "KOR"),
        ("The Knesset", "ISR"),
        ("Zhongnanhai", "CHN"),
        ("The State Duma", "RUS"),
        ("Mikhail Gorbachev", "RUS"),
        ("Foreign Minister Ishaq Dar", "PAK"),
        ("Jaishankar", "IND"),
        ("Defence Minister Gen Nakatani", "JPN"),
        ("The Supreme National Security Council", "IRN"),
        ("The National Nuclear Security Administration", "USA"),
    ],
)
def test_organs_and_officials_map_to_their_state(subject: str, code: str) -> None:
    assert _actor_at(f"{subject} warned of a strong response to the drills.", "warned") == code


def test_a_politburo_is_the_state_the_article_is_about_or_the_one_named_before_it() -> None:
    text = "North Korea fired a missile on Monday. Pyongyang called it a warning. The Politburo vowed to bolster the deterrent."
    assert _actor_at(text, "vowed") == "PRK"
    text = "China's Politburo vowed to bolster the nuclear deterrent after North Korea and North Korea's ally tested."
    assert _actor_at(text, "vowed") == "CHN"


def test_a_politburo_in_an_article_naming_no_candidate_state_is_no_actor() -> None:
    assert _actor_at("The Politburo vowed to bolster the deterrent.", "vowed") is None


@pytest.mark.parametrize(
    "group",
    ["all the major nuclear powers", "all nuclear-armed states", "the nuclear powers", "nuclear weapon states"],
)
def test_groups_of_nuclear_states_have_no_single_actor(group: str) -> None:
    text = f"Russia warned on Monday. A test would shatter a moratorium that {group} have observed since 1996."
    assert _actor_at(text, "moratorium") is None


def test_urging_a_group_of_states_binds_no_single_one() -> None:
    text = "The Americans resumed testing. Activists urged a halt to testing by all nuclear-armed states."
    doc = Document(text, date(2024, 3, 7))
    assert actor_at(doc, text.index("halt"), prefer_object=True) is None


def test_a_parenthesised_source_after_the_launch_is_not_the_running_tester() -> None:
    text = (
        "Iran fired two missiles on Monday, Israel's Defence Forces (IDF) said, in its first launch this year. "
        "The missiles were launched from a desert site."
    )
    assert _actor_at(text, "launched from") == "IRN"


def test_a_pronoun_past_a_comma_does_not_make_the_source_the_tester() -> None:
    text = "North Korea fired a missile, Seoul said, in its third launch this month. Another was fired on Friday."
    assert _actor_at(text, "fired on") == "PRK"


def test_it_after_plural_officials_points_to_the_state_named_before() -> None:
    text = "Iran has not tested a warhead, but Israeli officials say it completed preparations for a test at a desert site."
    assert _actor_at(text, "test at") == "IRN"


def test_officials_who_say_it_of_their_own_state_keep_it() -> None:
    assert _actor_at("Iranian officials said it would test a new missile soon.", "test a new") == "IRN"


def test_a_state_modifying_the_test_noun_is_the_tester() -> None:
    text = "Moscow warned that any resumption of American nuclear testing would be answered."
    (match,) = _tests(text)
    assert match.attrs["actor"] == "USA"
    assert _actor_at("Beijing criticised the last Soviet test at the site.", "test at") == "RUS"


def test_a_modifier_owner_needs_a_test_noun() -> None:
    text = "Moscow warned that American nuclear forces would be answered."
    doc = Document(text, date(2024, 3, 7))
    assert owner_at(doc, 0, text.index("forces")) is None


def test_a_state_after_around_is_a_place() -> None:
    text = "China said it fired rockets into the waters around Taiwan in its largest drills near the island."
    assert _actor_at(text, "drills") == "CHN"


def test_a_dateline_is_no_actor() -> None:
    text = "SEOUL, South Korea (AP) - The launch was condemned, accusing nobody."
    assert _actor_at(text, "condemned") is None


def test_a_participle_acts_for_the_subject_of_the_clause_before() -> None:
    text = "Iran's foreign ministry demanded that U.S. envoy Steve Witkoff be replaced, accusing him of lying."
    assert _actor_at(text, "accusing") == "IRN"


def test_a_participle_after_an_attribution_acts_for_the_reported_subject() -> None:
    text = "North Korea fired its biggest ICBM yet on Friday, the Japanese and U.S. militaries said, ending its moratorium."
    assert _actor_at(text, "moratorium") == "PRK"


def test_a_participle_after_a_pronoun_clause_reads_further_back() -> None:
    text = "In 2004 Tehran agreed to stop enrichment. It resumed it a year later and broke U.N. seals, ending the halt."
    assert _actor_at(text, "ending") == "IRN"


def test_a_participle_after_a_clause_with_its_own_subject_keeps_it() -> None:
    text = "North Korea fired a missile, prompting Japan to issue alerts."
    assert _actor_at(text, "prompting") == "PRK"


def test_we_in_a_quote_is_the_speaker_named_after_it() -> None:
    text = (
        '"If the Americans test again, we will respond in kind. There is no other way," '
        "Deputy Foreign Minister Sergei Ryabkov told reporters."
    )
    assert _actor_at(text, "respond") == "RUS"


def test_we_in_a_quote_is_the_speaker_of_the_sentence_before() -> None:
    text = 'Ryabkov told reporters Moscow would keep its moratorium. "But if the Americans test, we will not stand by."'
    assert _actor_at(text, "stand by") == "RUS"


def test_a_quote_closed_on_a_full_stop_names_no_speaker_after_it() -> None:
    text = (
        "North Korea fired a missile, the JCS said. "
        '"Our military will respond overwhelmingly to any provocation." '
        "Japan's defence ministry said the missile flew 800 km."
    )
    assert _actor_at(text, "respond") == "KOR"


def test_a_pronoun_after_an_object_points_back_to_it() -> None:
    text = "The summit came after North Korea claimed that it had test-fired a new ICBM."
    assert _actor_at(text, "test-fired") == "PRK"
    text = "Washington imposed sanctions on Tehran after it launched a satellite rocket."
    assert _actor_at(text, "launched") == "IRN"


def test_an_observer_who_monitored_the_test_is_not_the_tester() -> None:
    text = "China conducted a nuclear test on Saturday. Australian scientists who monitored the test said it was small."
    assert _actor_at(text, "test said") == "CHN"


def test_with_a_state_doing_is_that_states_act() -> None:
    text = "Leaders around the world condemned the test, with South Korea calling it a serious provocation."
    assert _actor_at(text, "calling") == "KOR"


def test_with_a_state_as_a_plain_object_is_not_the_subject() -> None:
    assert _actor_at("North Korea held drills with Russia last week.", "drills") == "PRK"


def test_they_after_a_list_of_states_is_no_single_state() -> None:
    text = "Britain, France and Germany are weighing a deadline. They would use the snapback by August."
    assert _actor_at(text, "use the snapback") is None


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("India conducted five tests in the desert and Pakistan answered with six of its own.", 2),
        ("Seoul fired two missiles and the United States warned of consequences.", 2),
        ("India and Pakistan tested missiles in May.", 1),
        ("Gorbachev announced a moratorium and urged Washington to follow.", 1),
        ("The treaty caps each side at 1,550 warheads and 700 launchers.", 1),
    ],
)
def test_and_opens_a_clause_only_before_a_new_subject_and_verb(text: str, clauses: int) -> None:
    assert len(clause_spans(text, 0, len(text))) == clauses


def test_a_year_before_a_state_is_no_count() -> None:
    assert _actor_at("In 1998 India conducted five nuclear tests in the desert.", "conducted") == "IND"
    assert _actor_at("Radar detected 70 Chinese aircraft as Taiwan held drills.", "drills") == "TWN"


def test_an_announcer_keeps_an_announced_moratorium_urged_on_another() -> None:
    text = "In 1985 Mikhail Gorbachev announced a unilateral moratorium on nuclear explosions and urged Washington to follow."
    (match,) = [m for m in extract(text, published=date(2024, 3, 7)) if m.kind == "moratorium"]
    assert match.attrs["actor"] == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "India and then Pakistan conducted nuclear tests in May 1998.",
        "Britain, France and then China conducted nuclear tests in the 1950s.",
    ],
)
def test_states_acting_in_sequence_have_no_single_actor(text: str) -> None:
    tests = [m for m in extract(text, published=date(2020, 1, 1)) if m.kind == "weapons_test"]
    assert tests and tests[0].attrs["actor"] is None


def test_an_acronym_in_parentheses_does_not_close_a_clause() -> None:
    text = "They banned direct-ascent anti-satellite (ASAT) missile tests, the agency said."
    clauses = [text[s:e] for s, e in clause_spans(text, 0, len(text))]
    assert clauses[0] == "They banned direct-ascent anti-satellite (ASAT) missile tests"


def test_a_state_ordered_to_act_is_the_object() -> None:
    text = "The board passed a resolution ordering Iran to cooperate."
    doc = Document(text, date(2024, 1, 1))
    assert actor_at(doc, text.index("cooperate")) is None


# round 11: later members of a list that a preposition opens are objects too
def test_the_later_members_of_a_prepositional_list_are_not_subjects() -> None:
    text = "American bombers flew over the sea with South Korean and Japanese jets, a show of force."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("a show of force")) == "USA"


def test_a_state_after_a_closed_prepositional_list_is_the_subject() -> None:
    text = "Under pressure from Britain, France and Germany, Iran agreed to suspend enrichment."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("agreed")) == "IRN"


# round 12: a state named only inside a closed relative clause is not the actor
def test_a_state_inside_a_relative_clause_is_not_the_tester() -> None:
    text = "In the Kaliningrad region, which borders Poland and Lithuania, Iskander units fired missiles at targets."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("fired")) == "RUS"  # the weapon's origin, not Poland


def test_a_state_before_a_relative_clause_stays_the_actor() -> None:
    text = "Iran, which borders Iraq and Turkey, fired two missiles on Monday."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("fired")) == "IRN"


# round 12: the running tester is also the owner of the weapon an earlier test names
def test_the_running_tester_falls_back_to_the_earlier_weapons_origin() -> None:
    text = (
        "Seoul's spy agency expects more launches this year. "
        "Two weeks ago the regime flight-tested a Hwasong-19 on a lofted path. "
        "Days later it detonated an underground device."
    )
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("detonated")) == "PRK"


# round 12: a second verb after "and" shares the sentence's subject, not the last object
def test_a_coordinated_said_takes_the_sentence_subject() -> None:
    text = "Japan's defence ministry gave Beijing a week to explain the incursion, and said it was ready to respond."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("it was ready")) == "JPN"


def test_a_plain_and_without_a_speech_verb_keeps_the_nearest_subject() -> None:
    text = "Japan protested on Monday and China rejected the complaint."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("rejected")) == "CHN"


# round 12: the subject of an if/unless clause closed by a comma is not the main clause's actor
def test_the_subject_of_a_conditional_is_not_the_next_clauses_actor() -> None:
    text = "Moscow said it would test only if Washington did, and later ordered preparations for a test."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.rindex("a test")) == "RUS"


def test_the_subject_inside_the_same_conditional_clause_still_acts() -> None:
    text = "Moscow will respond if Washington conducts a nuclear test."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("conducts")) == "USA"


# round 12: "any Indian aggression" is the act a threat answers, not its author
def test_a_state_after_any_is_not_the_threatener() -> None:
    text = 'Pakistan\'s army said any Indian "aggression" would be met with force.'
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("would be met")) == "PAK"


def test_any_before_a_state_keeps_it_as_a_tests_actor() -> None:
    text = "Moscow will mirror any American move to resume nuclear testing."
    (test,) = [m for m in extract(text, published=date(2026, 6, 1)) if m.kind == "weapons_test"]

    assert test.attrs["actor"] == "USA"


# round 12: the previous sentence's state inside a quotation is not what the next sentence continues
def test_a_quoted_state_in_the_previous_sentence_is_skipped() -> None:
    text = (
        'Houthi television quoted an official as vowing that "American aggression will not go unanswered". '
        "The spokesman said the group would target ships within range."
    )
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("would target")) == "YEM"


def test_sen_abbreviation_names_an_american_lawmaker() -> None:
    text = "Sen. Jane Roe urged the Pentagon to speed up interceptor deployment."
    doc = Document(text, published=date(2026, 6, 1))

    assert actor_at(doc, text.index("urged")) == "USA"


def test_a_city_named_as_a_venue_is_not_the_actor() -> None:
    text = "Seoul lodged a protest with Pyongyang through its embassy in Beijing and called the launch a grave provocation."

    assert _actor_at(text, "called") == "KOR"


def test_officials_in_a_capital_still_speak_for_it() -> None:
    text = "Officials in Beijing called the launch a grave provocation."

    assert _actor_at(text, "called") == "CHN"


def test_a_revolutionary_guards_branch_is_iran() -> None:
    text = '"Any hostile ship will be sunk," the commander of the Guards\' naval forces said.'

    assert _actor_at(text, "sunk") == "IRN"


# round 14: a pronoun doing a test after a sentence opening on a state; a reaction's subject is no
# running tester; gerund objects; a time clause set off by commas; "he" is no group
def _actors(text: str, kind: str) -> list:
    return [m.attrs["actor"] for m in extract(text, published=date(2024, 1, 10)) if m.kind == kind]


def test_a_pronoun_tester_points_to_the_state_the_sentence_before_opens_on() -> None:
    text = ("In 1998 Pakistan carried out six nuclear tests. North Korea is the exception. "
            "Between 2006 and 2017 it carried out six nuclear tests at its mountain site.")
    assert _actors(text, "weapons_test")[-1] == "PRK"


def test_a_state_that_only_called_a_launch_something_is_not_the_running_tester() -> None:
    text = ("Iran's satellite launch vehicles share technology with ballistic missiles, Western governments say. "
            "The U.S. State Department called the launch a step in missile development. "
            "The Guards have put several satellites into orbit since 2020, when they surprised observers by launching a military satellite.")
    assert _actors(text, "weapons_test")[-1] == "IRN"


def test_a_state_after_watching_is_its_object() -> None:
    text = 'South Korea\'s defence ministry said it was closely watching the North and would respond "overwhelmingly" to any provocation.'
    assert _actors(text, "escalation") == ["KOR"]


def test_a_state_in_a_comma_time_clause_is_not_the_subject() -> None:
    text = ("Trump startled allies when he posted, hours before meeting the Chinese leader in South Korea, "
            "that he had ordered the military to start testing nuclear weapons.")
    assert "KOR" not in _actors(text, "escalation")
    assert "USA" in _actors(text, "escalation")


def test_round15_title_after_an_object_state_is_an_object() -> None:
    from datetime import date as _date

    from streams.extract.actors import actor_hits, is_object
    from streams.extract.document import Document

    text = "Kim met with then U.S. President Donald Trump in Hanoi. The sister of North Korean leader Kim Jong Un said it."
    doc = Document(text, _date(2026, 1, 1))
    flags = {text[h.start : h.end]: is_object(doc, h) for i in range(len(doc.sentences)) for h in actor_hits(doc, i)}
    assert flags["Donald Trump"] is True and flags["U.S."] is True
    assert flags["Kim Jong Un"] is False  # "of" names the subject's owner, not an object


def test_round15_surname_speaker_announcing_launches_keeps_his_state() -> None:
    text = ("Iran's navy commander, Admiral Reza Tangsiri, opened the exercise on Monday. "
            "Israel's army declined to comment on the Iranian manoeuvres. "
            "Tangsiri said more missile launches would take place this week.")
    tests = [m for m in extract(text, published=date(2026, 3, 2)) if m.kind == "weapons_test"]
    assert [m.attrs["actor"] for m in tests] == ["IRN"]
    # must not change: a speaker the article never tied to a state falls back as before
    doc = Document("Israel's army declined to comment. Tangsiri said more missile launches would take place this week.", date(2026, 3, 2))
    assert actor_at(doc, doc.text.index("launches")) != "IRN"


def test_round16_an_ocean_named_after_a_state_is_no_actor() -> None:
    found = [m for m in extract("Iran test-fired a new missile on Sunday. State media said the missile flew 1,900 km into the Indian Ocean.",
                                published=date(2026, 5, 3)) if m.kind == "weapons_test"]
    assert found and all(m.attrs["actor"] == "IRN" for m in found)
    # must not change: the state itself
    (m,) = [m for m in extract("India test-fired an Agni missile on Monday.", published=date(2026, 5, 3)) if m.kind == "weapons_test"]
    assert m.attrs["actor"] == "IND"


def test_round16_the_state_told_it_will_pay_is_not_the_threatener() -> None:
    text = '"The rebels in Yemen will pay a heavy price for every drone they launch," Israeli Defense Minister Israel Katz said on Tuesday.'
    found = [m for m in extract(text, published=date(2026, 6, 9)) if m.kind == "escalation"]
    assert found and all(m.attrs["actor"] == "ISR" for m in found)
    # must not change: no quotation, the subject's own threat report
    text = "Iran will respond with force to any attack, the Revolutionary Guards said."
    found = [m for m in extract(text, published=date(2026, 6, 9)) if m.kind == "escalation"]
    assert all(m.attrs["actor"] == "IRN" for m in found)


def test_round16b_the_south_in_a_korea_story_is_seoul() -> None:
    doc = Document("The South has since launched a reconnaissance satellite on a home-built rocket.", date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("launched")) == "KOR"
    # must not change: seas and regions named "the South ..." name no state
    doc = Document("Beijing fired missiles into the South China Sea on Monday.", date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("fired")) == "CHN"
    doc = Document("Russia said the South Caucasus corridor would reopen.", date(2026, 3, 12))
    assert [h.id for h in actor_hits(doc, 0)] == ["RUS"]


def test_round16b_a_name_with_a_hyphenated_number_is_a_designation() -> None:
    doc = Document("Egypt said the NHK-2 rocket was flight-tested last year.", date(2026, 3, 12))
    assert [h.id for h in actor_hits(doc, 0)] == ["EGY"]
    # must not change: the name on its own, or hyphenated to a word
    doc = Document("NHK said the rocket flew. A China-based analyst agreed.", date(2026, 3, 12))
    assert [h.id for h in actor_hits(doc, 0)] == ["JPN"]


def test_round16b_its_opening_a_sentence_points_to_the_previous_sentences_state() -> None:
    text = ("Pakistan fired a cruise missile on Monday. Egypt has built rockets since the 1960s, "
            "when its rulers hired foreign engineers. Its first home-made rocket was flight-tested in 1962.")
    doc = Document(text, date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("flight-tested")) == "EGY"
    # must not change: the sentence before tells of a test, whose tester "Its" stays with
    doc = Document("Egypt has built rockets since the 1960s. India test-fired an Agni missile on Monday. "
                   "Its first Agni was flight-tested in 1989.", date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("flight-tested")) == "IND"


def test_round16b_a_threat_from_a_state_is_that_states() -> None:
    text = 'Japan launched a spy satellite on Friday, prompting a warning of "stern countermeasures" from China.'
    doc = Document(text, date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("warning")) == "CHN"
    # must not change: a noun that is no threat, or a source far off
    doc = Document("Japan sent an envoy with a letter from China.", date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("sent")) == "JPN"


def test_round16b_a_reporting_source_is_the_tester_only_when_none_is_known() -> None:
    filler = " ".join(f"Officials met in Geneva on day {i} to talk about trade." for i in range(9))
    text = (f"North Korea fired a missile on Tuesday. {filler} "
            "Japan's Defense Ministry said the missile landed outside the country's waters.")
    doc = Document(text, date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("landed")) == "PRK"
    # must not change: with no earlier tester the source stays the fallback
    doc = Document(f"{filler} Japan's Defense Ministry said the missile landed outside the country's waters.", date(2026, 3, 12))
    assert actor_at(doc, doc.text.index("landed")) == "JPN"



@pytest.mark.parametrize(
    ("text", "named", "code"),
    [
        ("Officials in the South African capital condemned the launch.", "the South African", "ZAF"),
        ("The South Carolina governor condemned the launch.", "The South Carolina", None),
        ("A tanker sank in the North Sea after the launch.", "the North Sea", None),
        ("The North Korean navy fired a missile.", "The North", "PRK"),
        ("Seoul said the South would respond.", "the South", "KOR"),
    ],
)
def test_the_north_and_the_south_are_koreas_only_when_nothing_follows_that_names_another_place(
    text: str, named: str, code: str | None
) -> None:
    doc = Document(text, date(2026, 3, 12))
    start = text.index(named)
    hit = next(h for h in doc.hits("actors", 0) if h.start == start)
    assert (hit.id if hit.label == "ACTOR" else None) == code


def _tester(text: str, trigger: str, published: date = date(2026, 5, 21)) -> str | None:
    tests = [m for m in extract(text, published=published) if m.kind == "weapons_test" and trigger in m.text]
    assert tests, text
    return tests[0].attrs["actor"]


def test_the_state_notified_of_a_launch_is_not_its_tester() -> None:
    text = (
        "China notified Japan of a planned missile launch last week, an official in Tokyo said.\n\n"
        "A Japanese official said the missile had exploded shortly after launch."
    )
    assert _tester(text, "exploded") == "CHN"


def test_a_state_that_watched_and_assessed_a_test_is_not_its_tester() -> None:
    text = (
        "Iran test-fired a new ballistic missile on Monday, state television said.\n\n"
        "A U.S. official said Washington had watched the event and assessed that the missile had exploded in flight."
    )
    assert _tester(text, "exploded") == "IRN"


def test_a_national_system_opening_the_sentence_before_is_what_it_refers_to() -> None:
    text = (
        "Pakistan test-fired a Shaheen missile on Tuesday, the army said.\n\n"
        "The Agni-5 is a three-stage missile with a range above 5,000 km. It was first test-launched in 2012."
    )
    assert _tester(text, "first test-launched") == "IND"


def test_a_military_branch_takes_the_state_named_with_it_and_carries_it_on() -> None:
    text = (
        "China's navy held drills near Taiwan on Monday, Beijing said, and China warned Taipei again.\n\n"
        "Separately, the U.S. Army said it had flight-tested a hypersonic weapon in Florida. "
        "The Navy plans to test its own version of the missile from a destroyer next year."
    )
    assert _tester(text, "Navy plans") == "USA"
    assert _tester(text, "U.S. Army said") == "USA"


def test_the_quote_continued_from_the_sentence_before_is_its_speakers() -> None:
    text = (
        "The United States threatened new strikes on Yemen. The Houthis were unmoved.\n\n"
        '"American threats do not scare us. Any attack on Yemen will be met with escalation at sea," '
        "Abdulmalik al-Houthi, the group's leader, wrote on X."
    )
    doc = Document(text, date(2026, 5, 21))
    assert actor_at(doc, text.index("escalation at sea")) == "YEM"  # not the United States, named in a sentence before
    # a quotation opening in its own sentence is untouched by the rule: no speaker named after it
    plain = "The United States threatened new strikes on Yemen. Any attack will be met with escalation at sea."
    assert actor_at(Document(plain, date(2026, 5, 21)), plain.index("escalation at sea")) != "YEM"


def test_round17_a_states_own_weapons_agency_reporting_a_test_is_its_tester() -> None:
    text = (
        "Pakistan said it had test-fired a ballistic missile on Friday.\n\n"
        "In New Delhi, the DRDO said Tuesday's missile test from a rail launcher met every objective."
    )
    assert _tester(text, "Tuesday's") == "IND"
    # must not change: a foreign ministry reporting a test is an observer, the tester stays
    text = (
        "North Korea fired a ballistic missile on Friday.\n\n"
        "Japan's Defense Ministry said Friday's missile test ended in the sea."
    )
    assert _tester(text, "Friday's missile test") != "JPN"


def test_round17_abbreviated_korea_names() -> None:
    doc = Document("N. Korea fires missiles near the border as S. Korea holds drills.", date(2026, 5, 21))
    assert code_of(actor_hits(doc, 0)[0]) == "PRK"
    assert code_of(actor_hits(doc, 0)[-1]) == "KOR"  # must not merge: the South stays the South


def test_round17_a_quoted_statement_speaks_for_its_issuer() -> None:
    text = (
        "Seoul held live-fire drills on the islands. State media carried a statement by the General Staff of "
        "the Korean People's Army accusing Seoul of provocations.\n\n"
        '"If the enemy crosses our border, our army will strike without warning," the statement said.'
    )
    doc = Document(text, date(2026, 5, 21))
    assert actor_at(doc, text.index("strike without")) == "PRK"
    # must not fire: remarks on an army, no statement issued by it
    plain = text.replace("a statement by the General Staff of the Korean People's Army", "remarks on the Korean People's Army")
    assert actor_at(Document(plain, date(2026, 5, 21)), plain.index("strike without")) != "PRK"


def test_round18_the_island_named_for_taiwan() -> None:
    text = "Beijing holds war games near Taiwan as island fires anti-ship missiles\n\nBody text follows."
    assert _tester(text, "fires anti-ship missiles") == "TWN"
    text = "China sent warships close by, a week after the self-ruled island test-fired missiles off its coast."
    assert _tester(text, "test-fired missiles") == "TWN"
    # must not fire: an island that is no state, in a sentence naming none
    doc = Document("Japan said the island of Okinawa had test-fired no missiles, while the island fired flares.", date(2026, 5, 21))
    assert actor_at(doc, doc.text.index("fired flares")) != "TWN"


def test_round18_a_firing_command_tells_of_its_own_units_launches() -> None:
    text = (
        "Taiwan test-fired missiles on Wednesday. China's drills began on Thursday.\n\n"
        "The Eastern Theater Command said long-range rocket launchers had fired live rounds into the sea."
    )
    assert _tester(text, "fired live rounds") == "CHN"
    # must not change: a ministry that only reports another's launch
    text = (
        "North Korea test-fired missiles on Wednesday. China's drills began on Thursday.\n\n"
        "Japan's Defense Ministry said two missiles had fired into the sea."
    )
    assert _tester(text, "fired into the sea") != "JPN"


def test_real1_the_launch_of_a_states_satellite_is_that_states() -> None:
    text = "Australia confirms the launch of China's new reconnaissance satellite into orbit."
    assert _tester(text, "launch of China") == "CHN"


def test_real1_a_sponsor_in_a_compound_modifier_is_no_party() -> None:
    doc = Document("A missile fired by the Iran-aligned Houthis fell near the port.", published=date(2026, 5, 21))
    assert [code_of(h) for h in actor_hits(doc, 0)] == ["YEM"]
    # must not drop: the state as the subject of a plain verb, or a designation-free name
    doc = Document("Iran backed the missile launch by the Houthis on Sunday.", published=date(2026, 5, 21))
    assert [code_of(h) for h in actor_hits(doc, 0)] == ["IRN", "YEM"]


def test_real1_with_a_state_doing_something_it_is_the_subject() -> None:
    (m,) = [m for m in extract("Tensions rose over the nuclear drills, with Washington refusing to rule out air strikes.",
                               published=date(2026, 5, 21)) if m.kind == "escalation"]
    assert m.attrs["actor"] == "USA"
    # must not change: "talks with X" keeps X an object
    doc = Document("Seoul held nuclear talks with Washington on Monday.", published=date(2026, 5, 21))
    (hit,) = [h for h in actor_hits(doc, 0) if h.id == "USA"]
    assert is_object(doc, hit)


def test_real1_the_state_matched_is_no_actor() -> None:
    assert _tester("Biden orders the Pentagon to match Russia in nuclear tests.", "match Russia") == "USA"


def test_real1_the_state_warned_or_told_of_a_topic_is_its_addressee() -> None:
    (m,) = [m for m in extract("The Kremlin warned Britain and France against sending long-range missiles to strike deep inside Russia.",
                               published=date(2026, 5, 21)) if m.kind == "escalation"]
    assert m.attrs["actor"] == "RUS"
    (m,) = [m for m in extract("Pakistan reminded the Security Council of its moratorium on nuclear testing, in force since 1998.",
                               published=date(2026, 5, 21)) if m.kind == "moratorium"]
    assert m.attrs["actor"] == "PAK"
    # must not make an object: the subject of a reported clause after "warned"
    doc = Document("Kim warned the US would pay a heavy price for its missile drills.", published=date(2026, 5, 21))
    (hit,) = [h for h in actor_hits(doc, 0) if h.id == "USA"]
    assert not is_object(doc, hit)


# real2: a state named as a place is not the one acting; a state's adjective on the event noun is
def test_a_state_named_as_where_harm_falls_is_not_the_threatener() -> None:
    text = ("Israel bombed Iranian nuclear sites on Friday. "
            "A senior Iranian commander said no town in Israel was out of reach and that retaliation would be severe.")
    doc = Document(text, date(2025, 6, 14))
    assert actor_at(doc, doc.text.index("retaliation")) == "IRN"


def test_officials_in_a_capital_still_act() -> None:
    doc = Document("Officials in Tehran warned of a crushing response to any attack on its nuclear sites.", date(2025, 6, 14))
    hit = actor_hits(doc, 0)[0]
    assert not is_object(doc, hit)


def test_a_demonym_modifying_the_event_noun_is_its_actor() -> None:
    doc = Document("The talks resumed after a round of Israeli airstrikes on enrichment plants.", date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("airstrikes")) == "ISR"


def test_two_demonyms_on_the_event_noun_give_no_single_actor() -> None:
    doc = Document("The talks resumed after a wave of Israeli and American strikes on nuclear facilities.", date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("strikes")) is None


def test_a_state_name_before_a_preposition_is_no_modifier() -> None:
    doc = Document("The Kremlin wanted an answer from Washington before the nuclear treaty lapses.", date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("before")) != "USA"


def test_the_speaker_owning_the_subject_noun_phrase_acts() -> None:
    text = ("The chief spokeswoman of the North Korean army, a frequent voice of the regime, said the South Korean army's "
            "live-fire drills near the border were a reckless provocation.")
    doc = Document(text, date(2024, 7, 8))
    assert actor_at(doc, doc.text.index("said")) == "PRK"


def test_a_reported_addressee_after_saying_gives_the_speaker() -> None:
    text = ("Pyongyang criticized Seoul over the drills near the nuclear test site, saying the South must stop "
            "and warning of grave consequences.")
    doc = Document(text, date(2024, 7, 8))
    assert actor_at(doc, doc.text.index("warning of")) == "PRK"


def test_a_by_phrase_after_the_event_noun_names_its_agent() -> None:
    doc = Document("The raids on the shipping lanes drew a wave of punishing strikes by British forces last spring.", date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("punishing strikes")) == "GBR"


def test_a_by_phrase_naming_two_states_gives_no_single_agent() -> None:
    doc = Document("Critics said the decision would provoke fresh nuclear tests by India and Pakistan.", date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("fresh nuclear tests")) is None


def test_a_passive_verb_before_by_names_a_critic_not_the_agent() -> None:
    doc = Document("Pyongyang's latest missile launch was condemned by Tokyo within hours.", date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("missile launch")) != "JPN"


def test_the_source_of_a_reaction_speaks_the_participle_after_it() -> None:
    text = ("The deployment came a week after Washington sent long-range rockets to the region, a step that drew "
            "a furious response from Beijing, describing it as reckless military adventurism.")
    doc = Document(text, date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("describing")) == "CHN"


def test_a_quoted_state_after_a_preposition_is_still_an_object() -> None:
    doc = Document('The general said threats from the "American warmongers" had crossed every limit.', date(2025, 9, 1))
    hit = next(h for h in actor_hits(doc, 0) if h.id == "USA")
    assert is_object(doc, hit)


def test_a_relative_who_said_takes_the_state_of_its_named_speaker() -> None:
    text = ("The warning came in a statement read by Iranian army spokesman Colonel Reza Karimi, who said any attack "
            "on the coast would be answered with overwhelming force.")
    doc = Document(text, date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("said any")) == "IRN"


def test_a_surname_closing_a_first_person_quote_takes_the_state_given_at_his_introduction() -> None:
    text = ("The rebel group's spokesman, a Yemeni officer named Ali Fadel, spoke on television. "
            '"If they strike our ports, we will hit every warship in the gulf," Fadel declared.')
    doc = Document(text, date(2025, 9, 1))
    assert actor_at(doc, doc.text.index("we will hit")) == "YEM"


def test_a_state_naming_a_diplomatic_mission_is_a_place() -> None:
    doc = Document("Officials expelled two attaches posted in the Chinese Embassy in Canberra.", date(2025, 9, 1))
    hit = next(h for h in actor_hits(doc, 0) if h.id == "CHN")
    assert is_object(doc, hit)
    doc = Document("The Chinese Embassy said the report was false.", date(2025, 9, 1))
    hit = next(h for h in actor_hits(doc, 0) if h.id == "CHN")
    assert not is_object(doc, hit)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Air Force test-fired its ARRW hypersonic missile from a bomber on Saturday.", "USA"),
        ("The Army fired a Dark Eagle round at the test range.", "USA"),
        ("The Navy test-fired a DF-26 variant over the weekend.", "CHN"),
    ],
)
def test_a_named_weapon_system_gives_a_test_its_state(text: str, code: str) -> None:
    tests = [m for m in extract(text, published=date(2022, 5, 17)) if m.kind == "weapons_test"]
    assert tests and all(m.attrs["actor"] == code for m in tests)
