"""moratorium: halts of weapons testing with status, scope and the state bound by them."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract
from tests.extract.article_cases import attrs_hold, check_paragraph

PUBLISHED = date(2019, 12, 8)


def moratoria(text: str) -> list:
    return [m for m in extract(text, published=PUBLISHED) if m.kind == "moratorium"]


@pytest.mark.parametrize(
    ("text", "status", "scope", "actor"),
    [
        ("Pyongyang warned it would end its moratorium on nuclear tests.", "threatened", ["nuclear"], "PRK"),
        ("North Korea threatened to lift its self-imposed moratorium on missile launches.", "threatened", ["missile"], "PRK"),
        ("Kim has suspended ICBM and nuclear testing since the summit.", "in_force", ["icbm", "nuclear"], "PRK"),
        ("Moscow has observed a moratorium on nuclear explosions since 1990.", "in_force", ["nuclear"], "RUS"),
        ("The launch broke a self-imposed moratorium on long-range missile tests.", "ended", ["long_range_missile"], None),
        ("Beijing urged Pyongyang to freeze its nuclear and missile tests.", "called_for", ["nuclear", "missile"], "PRK"),
        ("Tokyo called for a moratorium on military satellite launches by the North.", "called_for", ["space_launch"], None),
        ("Islamabad put its ballistic missile tests on hold after the crisis.", "in_force", ["missile"], "PAK"),
    ],
)
def test_status_scope_and_actor_of_a_moratorium(text: str, status: str, scope: list[str], actor: str | None) -> None:
    (match,) = moratoria(text)

    assert (match.attrs["status"], match.attrs["scope"]) == (status, scope)
    if actor is not None:
        assert match.attrs["actor"] == actor
    assert text[match.start : match.end] == match.text


def test_a_threatened_moratorium_is_also_an_escalation() -> None:
    text = "Pyongyang hinted at lifting its moratorium on nuclear tests if talks fail."

    kinds = sorted(m.kind for m in extract(text, published=PUBLISHED))

    assert kinds == ["escalation", "moratorium"]


def test_tests_named_only_as_the_object_of_a_halt_are_not_weapons_tests() -> None:
    text = "North Korea unilaterally suspended nuclear and intercontinental ballistic missile tests in 2018."

    assert [m.kind for m in extract(text, published=PUBLISHED)] == ["moratorium"]


@pytest.mark.parametrize(
    "text",
    [
        "The state extended its eviction moratorium for tenants until March.",
        "The bank offered borrowers a moratorium on loan repayments.",
        "Member states backed a moratorium on deep-sea mining.",
        "The commission kept its moratorium on commercial whaling.",
        "Creditors agreed to a debt moratorium for the poorest countries.",
    ],
)
def test_moratoria_outside_the_domain_are_ignored(text: str) -> None:
    assert moratoria(text) == []


def statuses(text: str, published: date = PUBLISHED) -> list[tuple[str, list[str], str | None]]:
    return [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in extract(text, published=published) if m.kind == "moratorium"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legislated bar on funding a test is a called-for halt
        ("The Senate voted for a measure that would bar funding for any explosive nuclear test by the United States next year.",
         [("called_for", ["nuclear"], "USA")]),
        # a proposed halt of deployments of a named missile class
        ("Moscow proposed that both sides refrain from deploying intermediate-range missiles in Asia.",
         [("called_for", ["missile"], None)]),
        # ending an anaphoric test programme describes a halt in force
        ("Britain carried out 45 nuclear tests in Australia and the Pacific before London ended the programme in 1991.",
         [("in_force", ["nuclear"], "GBR")]),
        # a declared halt by two states together has no single actor
        ("India and Pakistan tested nuclear devices in 1998. Both have since observed moratoriums on nuclear testing.",
         [("in_force", ["nuclear"], None)]),
        # a negated test held on the other side going first is a threat to end the halt
        ("Beijing has no plans to conduct a nuclear test unless Washington does so first, a Chinese diplomat said.",
         [("threatened", ["nuclear"], "CHN")]),
        # a call across 'but' does not reach a halt said to remain in place
        ("Hawks argued Delhi should keep the option of nuclear tests, but officials say its moratorium remains in place.",
         [("in_force", ["nuclear"], "IND")]),
        # an end noun as the subject of a modal is a hypothetical, not the halt's end
        ("A U.S. return to nuclear testing would wreck a moratorium that Washington has kept since 1992, the senator said.",
         [("in_force", ["nuclear"], "USA")]),
    ],
)
def test_further_halt_phrasings(text: str, expected: list) -> None:
    assert statuses(text) == expected


def test_such_tests_take_the_scope_of_the_tests_named_before() -> None:
    text = "Pyongyang last flew an ICBM and set off a nuclear device in 2017. Kim declared a freeze on such tests in 2018."

    assert statuses(text) == [("in_force", ["icbm", "nuclear"], "PRK")]


@pytest.mark.parametrize(
    "text",
    [
        # a halt, then its pledge said to be void in a later clause of the same sentence
        "Kim declared a halt to nuclear tests in 2018, but said last year that the pledge had lost its meaning.",
        # no longer bound by a commitment named in the sentence before
        "North Korea has suspended its nuclear tests since 2018. \"We will not stay bound by the commitment any longer,\" Kim said.",
    ],
)
def test_a_pledge_said_to_be_void_ends_the_halt(text: str) -> None:
    found = statuses(text)

    assert len(found) == 2 and found[0][0] == "in_force" and found[1][0] in ("ended", "threatened")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Monday. The previous nuclear test appeared to end in an explosion on the pad.",
        "North Korea fired two missiles on Monday. Congress barred the Pentagon from spending money on the border wall.",
        "North Korea fired two missiles on Monday. China urged Seoul to halt the deployment of a missile defence shield.",
        "North Korea fired two missiles on Monday. Libya ended its nuclear weapons programme in 2003.",
        "North Korea fired two missiles on Monday. Russia has no plans to carry out a nuclear test, the ministry said.",
        "North Korea conducted a nuclear test in 2017. Analysts said the pledge had lost its meaning.",
    ],
)
def test_results_funding_deployments_programmes_and_plans_that_are_no_halt(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a test noun modifying the halt noun names its object
        ("India detonated nuclear devices in 1998 and declared a nuclear testing freeze weeks later.",
         [("in_force", ["nuclear"], "IND")]),
        # a declared objectless halt in a sentence about the tests it stops
        ("Pakistan carried out a ballistic missile test in 2019 and announced a pause in 2020.",
         [("in_force", ["missile"], "PAK")]),
        # a definite halt noun refers back to the halt of the sentence before: its scope, its end
        ("Moscow declared a moratorium on nuclear tests in 1991. A new government extended the halt in 1993.",
         [("in_force", ["nuclear"], "RUS"), ("in_force", ["nuclear"], "RUS")]),
        (("Tehran agreed to suspend uranium enrichment at its nuclear plants in 2004. It broke the seals a year later, "
          "ending the suspension."),
         [("in_force", ["other"], "IRN"), ("ended", ["other"], "IRN")]),
        # a state's objectless stop, in a sentence about its tests
        ("Britain, which tested nuclear weapons in Nevada, stopped as well in 1991.", [("in_force", ["nuclear"], "GBR")]),
        # tests resumed after a halt the article reports end it; a threat to restart them threatens it
        ("France halted nuclear testing in 1992. Chirac resumed testing in 1995.",
         [("in_force", ["nuclear"], "FRA"), ("ended", ["nuclear"], "FRA")]),
        ("Pyongyang threatened to restart nuclear and ICBM tests that it had suspended in 2018.",
         [("threatened", ["nuclear", "icbm"], "PRK")]),
        ("North Korea froze its ICBM tests in 2018. Its leader said he would weigh restarting all suspended activities.",
         [("in_force", ["icbm"], "PRK"), ("threatened", ["icbm"], "PRK")]),
        # readiness to test held on the other side going first
        ("Moscow must be ready to test nuclear weapons should Washington test first, the Russian leader said.",
         [("threatened", ["nuclear"], "RUS")]),
        # an end noun with a test object: declaring an end to tests keeps a halt in force
        ("Paris declared an end to French nuclear tests in 1996.", [("in_force", ["nuclear"], "FRA")]),
        # a group of states observing a halt, or urged to keep one, binds no single state
        ("A U.S. test would shatter a moratorium on nuclear tests that all the major powers have observed, Moscow said.",
         [("in_force", ["nuclear"], None)]),
        ("Campaigners urged all nuclear-armed states to reaffirm their nuclear test moratoria, Washington said.",
         [("called_for", ["nuclear"], None)]),
        # the subject right before the verb phrase, not a list in an opening phrase
        ("In 2004, under pressure from Britain, France and Germany, Iran agreed to suspend enrichment.",
         [("in_force", ["other"], "IRN")]),
        # a halt in a clause coordinated with the subject's first verb is the subject's
        ("Kim met Trump in 2018 and declared a freeze on nuclear tests.", [("in_force", ["nuclear"], "PRK")]),
    ],
)
def test_round8_halt_phrasings(text: str, expected: list) -> None:
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # halt nouns and verbs about talks, fighting and flights
        "North Korea fired a missile on Monday. Talks with Washington ground to a halt in 2019.",
        "North Korea fired a missile on Monday. Kim announced a halt to the talks.",
        "Russia tested a nuclear-capable missile. The Kremlin announced a pause in arms negotiations.",
        "North Korea fired a missile on Monday that flew 600 km before it stopped.",
        "Iran tested a missile on Monday. It paused its nuclear programme in 2003.",
        # a resumption of tests with no halt in view is a test, not a halt's end
        "North Korea resumed missile launches in May after a diplomatic lull.",
    ],
)
def test_round8_halt_words_that_are_no_halt_of_tests(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a resumption of something other than tests
        "Russia has kept its nuclear test moratorium. The United States resumed joint drills with Seoul in March.",
        # a bare modal resumption is a prospective test, not a threat to the halt
        "Russia has kept its nuclear test moratorium. Analysts said America would resume nuclear tests if it felt threatened.",
    ],
)
def test_round8_resumptions_that_do_not_end_the_halt_named_before(text: str) -> None:
    assert statuses(text) == [("in_force", ["nuclear"], "RUS")]


# round 9: refraining and no-longer pledges, spending bars with a determiner, calls to keep
# existing halts, and a space word modifying a missile
@pytest.mark.parametrize(
    ("text", "status", "scope", "actor"),
    [
        ("Officials in Moscow say Russia is still refraining from nuclear explosive tests.", "in_force", ["nuclear"], "RUS"),
        ("Beijing said it will no longer carry out destructive anti-satellite missile tests.", "in_force", ["missile"], "CHN"),
        ("Paris pledged it would never again conduct atmospheric nuclear tests.", "in_force", ["nuclear"], "FRA"),
        ("The Senate panel debated a bill to prohibit federal funds for any explosive nuclear test.", "called_for", ["nuclear"], None),
        ("Delegates called on all members to halt anti-satellite (ASAT) missile tests.", "called_for", ["missile"], None),
    ],
)
def test_round9_halt_families(text: str, status: str, scope: list, actor: str | None) -> None:
    found = moratoria(text)
    assert found, text
    assert (found[0].attrs["status"], found[0].attrs["scope"], found[0].attrs["actor"]) == (status, scope, actor)


def test_a_call_to_keep_existing_moratoriums_refers_to_the_halts_reported_before() -> None:
    text = (
        "India and Pakistan declared moratoriums on nuclear tests in 1998. Marking the date, the agency's chief "
        "urged every state to respect existing moratoriums."
    )
    found = moratoria(text)
    assert [m.attrs["status"] for m in found] == ["in_force", "called_for"]
    assert found[1].attrs["actor"] is None and found[1].attrs["scope"] == ["nuclear"]


@pytest.mark.parametrize(
    "text",
    [
        "The city council urged landlords to respect existing moratoriums on evictions.",  # no halt reported before
        "He said the company will no longer conduct business in Moscow.",  # a pledge with no tests
        "The governor vetoed a bill to ban funding for the stadium.",  # a spending bar with no tests
    ],
)
def test_round9_halt_families_need_testing_in_view(text: str) -> None:
    assert moratoria(text) == []


# round 11: joint subjects, conditional halts, pledges, fissile production halts, a pledge ended in its halt's sentence
@pytest.mark.parametrize(
    "text",
    [
        "China and France have each observed a halt on nuclear explosive testing since 1996.",
        "Britain and the United States declared moratoria on nuclear tests in 1992.",
    ],
)
def test_a_halt_of_two_coordinated_states_binds_neither(text: str) -> None:
    (match,) = moratoria(text)

    assert (match.attrs["status"], match.attrs["actor"]) == ("in_force", None)


def test_a_single_subject_halt_keeps_its_state() -> None:
    (match,) = moratoria("China has observed a halt on nuclear explosive testing since 1996.")

    assert match.attrs["actor"] == "CHN"


def test_a_test_withheld_unless_the_other_side_tests_is_a_halt() -> None:
    (match,) = moratoria("The Kremlin said Moscow would not carry out a nuclear test unless Washington did.")

    assert match.attrs["status"] in ("in_force", "threatened")
    assert (match.attrs["scope"], match.attrs["actor"]) == (["nuclear"], "RUS")


def test_a_conditional_resumption_takes_the_scope_of_the_tests_resumed() -> None:
    text = "After the ICBM launch, Moscow said it was ready to resume nuclear testing if Washington did so first."

    (match,) = moratoria(text)

    assert match.attrs["scope"] == ["nuclear"]


def test_keeping_to_a_halt_as_long_as_the_other_side_does_is_a_halt_of_its_own() -> None:
    text = "Both powers have observed a halt on nuclear testing since 1992, and Beijing says it will abide by it as long as Washington does."

    matches = moratoria(text)

    assert [(m.attrs["status"], m.attrs["actor"]) for m in matches] == [("in_force", None), ("in_force", "CHN")]
    assert matches[1].attrs["scope"] == ["nuclear"]


def test_abiding_by_it_with_no_halt_in_view_is_no_halt() -> None:
    assert moratoria("Moscow says it will abide by it as long as Washington does, the nuclear envoy said.") == []


@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        ("Pakistan pledged that it would not conduct further nuclear tests.", "in_force", "PAK"),
        ("Paris and London should each reaffirm, at the highest level, that they will not conduct nuclear explosive tests.", "called_for", None),
    ],
)
def test_a_pledge_not_to_test_is_a_halt(text: str, status: str, actor: str | None) -> None:
    (match,) = moratoria(text)

    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == (status, ["nuclear"], actor)


def test_a_pledge_not_to_stop_testing_is_no_halt() -> None:
    assert moratoria("Iran vowed that it would not stop testing ballistic missiles.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("France and Britain have each declared that they have stopped producing plutonium for nuclear weapons.", "in_force"),
        ("Israel and India should declare a moratorium on the production of fissile material for nuclear weapons.", "called_for"),
    ],
)
def test_a_halt_of_fissile_production_is_a_related_activity_halt(text: str, status: str) -> None:
    (match,) = moratoria(text)

    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == (status, ["other"], None)


def test_a_pledge_ended_in_a_later_clause_of_its_halts_sentence_is_a_mention_of_its_own() -> None:
    text = (
        "Pyongyang, which announced a halt to nuclear and ICBM tests in 2018, said in 2020 that it no longer "
        "felt bound by that pledge."
    )

    matches = moratoria(text)

    assert [m.attrs["status"] for m in matches] == ["in_force", "ended"]
    assert all(m.attrs["actor"] == "PRK" for m in matches)


# round 12: a test promised only on the other side's first move is a threat to end a halt
def test_a_test_only_if_the_other_side_goes_first_is_threatened() -> None:
    (match,) = moratoria("The Kremlin said Russia will conduct a nuclear test only if Washington does so first.")

    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == ("threatened", ["nuclear"], "RUS")


def test_a_test_planned_on_a_condition_without_a_first_mover_is_no_halt() -> None:
    assert moratoria("North Korea will conduct a nuclear test if the talks collapse.") == []


# round 12: "no reason to remain bound by its halt" ends it
def test_no_reason_to_remain_bound_ends_the_halt() -> None:
    (match,) = moratoria("Kim said Pyongyang saw no reason to remain bound by its halt on nuclear testing.")

    assert match.attrs["status"] == "ended"


# round 12: "stopped testing" followed by the weapons it stopped
def test_stopped_testing_weapons_is_a_halt() -> None:
    (match,) = moratoria("By the spring, Pyongyang had stopped testing long-range missiles altogether.")

    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == ("in_force", ["long_range_missile"], "PRK")


def test_refusing_to_stop_testing_weapons_is_no_halt() -> None:
    assert moratoria("Tehran has refused to stop testing ballistic missiles.") == []


# round 12: "a deal must include a suspension" calls for the halt
def test_a_deal_that_must_include_a_suspension_calls_for_it() -> None:
    (match,) = moratoria("Iran is enriching uranium to 60 percent for its nuclear programme. Western diplomats say any agreement must include a suspension of uranium enrichment.")

    assert (match.attrs["status"], match.attrs["scope"]) == ("called_for", ["other"])


def test_a_suspension_without_a_demand_stays_in_force() -> None:
    (match,) = moratoria("Iran has kept its suspension of uranium enrichment for its nuclear programme in place, diplomats say.")

    assert match.attrs["status"] == "in_force"


def test_a_question_put_to_a_speaker_is_no_call_for_a_halt() -> None:
    (match,) = moratoria('Asked about nuclear testing, a Kremlin aide said: "Moscow continues to observe the moratorium."')

    assert (match.attrs["status"], match.attrs["actor"]) == ("in_force", "RUS")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Beijing has said it will not be the first to resume nuclear explosive testing.", "CHN"),
        ("In a joint statement, Washington and Moscow said neither would be the first to resume explosive testing.", None),
    ],
)
def test_a_pledge_not_to_be_the_first_to_resume_testing_is_a_halt_in_force(text: str, actor: str | None) -> None:
    (match,) = moratoria(text)

    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == ("in_force", ["nuclear"], actor)


def test_being_the_first_to_test_a_new_missile_is_no_halt() -> None:
    assert moratoria("India became the first to test a canister-launched missile of that class.") == []


def test_a_mirror_threat_right_after_a_named_halt_threatens_it() -> None:
    text = (
        "Moscow has kept a moratorium on nuclear explosions since 1990. "
        "Its foreign minister said Russia would mirror any American nuclear test."
    )

    halts = moratoria(text)
    assert [m.attrs["status"] for m in halts] == ["in_force", "threatened"]
    assert halts[1].attrs["actor"] == "RUS"


def test_a_mirror_threat_with_no_halt_in_view_is_no_moratorium() -> None:
    assert moratoria("Moscow said it would mirror any American move to test a nuclear weapon.") == []


# round 14: successive administrations, funding bars by "the use of funds", a prepared test held on a
# first mover, halts stated as "stopped testing in the 1990s" and "finished their programmes"
@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        ("After the last underground nuclear test, Congress passed a moratorium that every administration since has observed.", "in_force", "USA"),
        ("A U.S. senator said she would introduce legislation barring the use of federal funds for any nuclear explosive test.", "called_for", "USA"),
        ("The Kremlin said Putin had told experts to work on preparing a nuclear test at Novaya Zemlya should Washington move first.", "threatened", "RUS"),
        ("The established nuclear powers stopped testing in the 1990s, after decades of nuclear explosions.", "in_force", None),
        ("The United States held its last nuclear explosion in 1992, while France and China finished their programmes in 1996.", "in_force", None),
    ],
)
def test_round14_halts(text: str, status: str, actor: str | None) -> None:
    found = moratoria(text)

    assert [(m.attrs["status"], m.attrs["actor"]) for m in found] == [(status, actor)]
    if status == "called_for":  # a test only the object of the funding bar is no prospective test
        assert not [m for m in extract(text, published=PUBLISHED) if m.kind == "weapons_test"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia finished a flight test of the nuclear-capable Sarmat missile.",
        # a condition in a later clause does not make the prepared test a held-back one
        "Putin ordered officials to draw up proposals for preparing a nuclear test, and said Russia would follow suit if another country tested first.",
        "The carmaker stopped testing in 2019 after a recall.",
    ],
)
def test_round14_not_halts(text: str) -> None:
    assert moratoria(text) == []


def test_round15_fissile_production_halts_and_calls() -> None:
    found = moratoria(
        "Several envoys urged all nuclear-armed states that have not yet done so to declare a moratorium on the production of fissile material."
    )
    assert [(m.attrs["status"], m.attrs["scope"]) for m in found] == [("called_for", ["other"])]
    found = moratoria("Britain and France say they no longer produce fissile material for weapons.")
    assert [(m.attrs["status"], m.attrs["scope"]) for m in found] == [("in_force", ["other"])]
    found = moratoria("Ireland pressed the nuclear powers to halt nuclear testing for good.")
    assert [m.attrs["status"] for m in found] == ["called_for"]


def test_round15_no_halt_without_a_halted_activity() -> None:
    # "no longer produce" binds only a production of weapons material; "pressed" alone is no call
    assert moratoria("The factory said it would no longer produce car parts for export.") == []
    assert moratoria("Reporters pressed the minister on the budget for the missile tests.") == []


def _halts(text: str) -> list[tuple[str, list, str]]:
    return [(m.attrs["status"], m.attrs["scope"], m.text) for m in extract(text, published=date(2026, 3, 2)) if m.kind == "moratorium"]


def test_round15_fissile_halt_and_test_pause_are_two_mentions() -> None:
    got = _halts("Several delegations urged the weapon states to stop producing fissile material and to keep their pauses on nuclear testing.")
    assert [(s, sc) for s, sc, _ in got] == [("called_for", ["other"]), ("called_for", ["nuclear"])]
    assert "pauses" not in got[0][2]
    # must not change: one halt of tests alone stays one nuclear mention
    got = _halts("Several delegations urged the weapon states to keep their pauses on nuclear testing.")
    assert [(s, sc) for s, sc, _ in got] == [("called_for", ["nuclear"])]


def test_round15_pledge_ended_before_a_later_resumption_in_its_sentence() -> None:
    text = ("In 2018 the North said it would stop nuclear tests and ICBM launches. "
            "Its leader later declared the country no longer bound by that pledge, and it resumed ICBM launches in 2022.")
    got = _halts(text)
    assert any(s == "ended" and "no longer bound by that pledge" in t and "nuclear" in sc for s, sc, t in got)
    # must not fire: no earlier halt for the pledge to point back to
    got = _halts("The country said it was no longer bound by that pledge, and it resumed ICBM launches in 2022.")
    assert not any("no longer bound" in t for _, _, t in got)


def test_round16_pledge_ended_by_it() -> None:
    # "no longer bound by it": "it" points back to the halt of the same sentence
    got = _halts("The leader announced a halt to nuclear and ICBM tests in 2018, but said in 2020 that he was no longer bound by it.")
    assert [s for s, _, _ in got] == ["in_force", "ended"]
    assert "no longer bound by it" in got[1][2] and got[1][1] == ["nuclear", "icbm"]
    # must not fire: no halt for "it" to point back to
    got = _halts("The minister said the country was no longer bound by it and would sell the missiles abroad.")
    assert not any("bound" in t for _, _, t in got)


def test_round16_the_end_of_testing_is_a_halt_in_force() -> None:
    got = moratoria("After a last series of nuclear tests in the Pacific, Paris announced the definitive end of French testing in 1996.")
    assert [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in got] == [("in_force", ["nuclear"], "FRA")]
    # must not fire: the end of a season or a year
    assert moratoria("Analysts expect more missile tests before the end of the testing season.") == []
    assert moratoria("North Korea may conduct more missile tests by the end of the year.") == []


def test_round16_a_call_to_end_a_halt_is_a_threat_to_it() -> None:
    (m,) = moratoria("A lawmaker in Moscow was quoted as calling for Russia to end its moratorium on nuclear tests.")
    assert (m.attrs["status"], m.attrs["actor"]) == ("threatened", "RUS")
    # must not change: a call to return to a halt is a call for one
    (m,) = moratoria("Tokyo urged Pyongyang to return to a moratorium on long-range missile launches.")
    assert m.attrs["status"] == "called_for"


def test_round16_halt_observed_by_listed_states_binds_none() -> None:
    text = "Rhetoric could unravel a moratorium on nuclear tests that Russia, the United States and China have observed for decades."
    assert [m.attrs["actor"] for m in moratoria(text)] == [None]
    # must not change: one state observing it
    assert [m.attrs["actor"] for m in moratoria("China has observed a moratorium on nuclear tests since 1996.")] == ["CHN"]


def test_round16_call_to_commit_not_to_test() -> None:
    text = "The assembly adopted a resolution calling on all countries to commit not to conduct destructive anti-satellite missile tests."
    assert [(m.attrs["status"], m.attrs["actor"]) for m in moratoria(text)] == [("called_for", None)]
    (m,) = moratoria("India committed not to conduct further nuclear tests after its 1998 series.")
    assert (m.attrs["status"], m.attrs["actor"]) == ("in_force", "IND")
    # must not fire: a commitment to test
    assert moratoria("The navy committed to conduct more missile tests next year.") == []


def test_round17_resumption_after_a_reported_halt_and_bare_declared_halts() -> None:
    text = "Iran suspended uranium enrichment in 2003, before removing the seals at Isfahan and resuming the work in 2006."
    found = moratoria(text)
    assert [m.attrs["status"] for m in found] == ["in_force", "ended"]
    assert found[1].attrs["actor"] == "IRN" and "resuming the work" in found[1].text
    # must not change: a halt with no resumption after it
    assert [m.attrs["status"] for m in moratoria("Iran suspended uranium enrichment in 2003 during talks.")] == ["in_force"]
    lead = "Russia last carried out a nuclear test in 1990. "
    (m,) = moratoria(lead + "France and Britain declared unilateral halts after their 1996 tests.")
    assert (m.attrs["status"], m.attrs["actor"]) == ("in_force", None)
    assert moratoria(lead + "The union declared unilateral halts after the strike.") == []


def test_round17_a_possible_resumption_is_a_threat_not_a_charge() -> None:
    lead = "Russia has kept its moratorium on nuclear tests since 1990. "
    found = moratoria(lead + "Putin asked ministries to draft plans for a possible resumption of nuclear tests.")
    assert [m.attrs["status"] for m in found] == ["in_force", "threatened"]
    # must not fire: an accusation that another prepares a resumption
    found = moratoria(lead + "She accused Beijing of readying its test site for a possible resumption of nuclear tests.")
    assert [m.attrs["status"] for m in found] == ["in_force"]


def test_round18_a_halt_said_to_be_kept_since_is_its_own_mention() -> None:
    text = ("France declared a moratorium on nuclear tests in 1992 after years of debate in Paris. "
            "It has been observed by every government since, officials say.")
    found = moratoria(text)
    assert [m.attrs["status"] for m in found] == ["in_force", "in_force"]
    assert found[1].text.startswith("It has been observed") and found[1].attrs["scope"] == ["nuclear"]
    # must not fire: a pronoun observed with no halt named before it
    assert moratoria("North Korea fired a nuclear-capable missile. It has been observed by radar since launch.") == []


def test_round18_a_funding_bar_on_the_use_of_any_funds_and_a_first_mover_test() -> None:
    text = "The House bill would prohibit the use of any federal funds to carry out a nuclear explosive test."
    (m,) = moratoria(text)
    assert (m.attrs["status"], m.attrs["scope"]) == ("called_for", ["nuclear"])
    (m,) = moratoria("The Kremlin said Russia would test nuclear weapons only if Washington did so first.")
    assert (m.attrs["status"], m.attrs["actor"]) == ("threatened", "RUS")
    # must not fire: a modal test with no first-mover condition
    assert moratoria("The Kremlin said Russia would test a new nuclear-capable missile next year.") == []


def test_real1_refraining_from_comment_is_no_halt() -> None:
    text = "North Korea launched a ballistic missile on Tuesday. Seoul refrained from commenting on the launch's outcome."
    assert moratoria(text) == []
    # still a halt: refraining from the launches themselves
    (m,) = moratoria("North Korea launched a ballistic missile on Tuesday. Pyongyang had refrained from missile launches since May.")
    assert (m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) == ("in_force", ["missile"], "PRK")


def test_real1_a_no_first_test_policy_in_the_gerund() -> None:
    (m,) = moratoria('"Our position of not being the first to resume explosive testing is unchanged," the minister said.')
    assert (m.attrs["status"], m.attrs["scope"]) == ("in_force", ["nuclear"])


def test_real1_blocking_a_return_to_testing_is_a_halt_called_for() -> None:
    (m,) = moratoria("Lawmakers vowed to block any return to nuclear testing after the president's remarks.")
    assert (m.attrs["status"], m.attrs["scope"]) == ("called_for", ["nuclear"])
    # must not fire: blocking a return to something other than testing
    assert moratoria("Russia warned it would block any return to the arms race over nuclear weapons.") == []


def test_real1_a_test_held_back_in_a_relative_clause_on_the_other_side_first() -> None:
    text = "China has readied its test site for a nuclear test, which Beijing would conduct only if Washington did so first."
    (m,) = moratoria(text)
    assert (m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) == ("threatened", ["nuclear"], "CHN")
    assert m.text.endswith("did so first")
    # must not fire: a relative clause with no first-mover condition
    assert moratoria("China has readied its test site for a nuclear test, which Beijing will conduct next month.") == []


def test_real1_a_halt_of_drills_or_sales_with_a_weapon_is_no_test_halt() -> None:
    assert moratoria("Seoul agreed to halt its missile drills with Washington after the nuclear talks.") == []
    assert moratoria("Pyongyang demanded that Seoul halt its missile drills.") == []
    # still a halt: the tests named after the halt noun
    (m,) = moratoria("Pyongyang announced a halt to its missile tests after the talks.")
    assert (m.attrs["status"], m.attrs["scope"]) == ("in_force", ["missile"])


# real2: a deployment halt covers the missiles, not nuclear testing; nouns and verbs of withdrawal end a halt
@pytest.mark.parametrize(
    ("text", "status", "scope", "actor"),
    [
        ("Moscow declared it is no longer bound by its moratorium on deploying intermediate-range nuclear missiles.",
         "ended", ["missile"], "RUS"),
        ("The Kremlin confirmed the withdrawal of its moratorium on the deployment of intermediate-range missiles.",
         "ended", ["missile"], "RUS"),
        ("Pyongyang said it might revoke its moratorium on long-range missile tests.", "threatened", ["long_range_missile"], "PRK"),
        ("Russia announced the cancellation of its moratorium on stationing nuclear-capable cruise missiles in Europe.",
         "ended", ["missile"], "RUS"),
        ("The Security Council issued an ultimatum to Pyongyang to suspend its ballistic missile launches.",
         "called_for", ["missile"], "PRK"),
    ],
)
def test_deployment_halts_and_their_withdrawal(text: str, status: str, scope: list[str], actor: str | None) -> None:
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in found] == [(status, scope, actor)]


def test_a_nuclear_test_moratorium_keeps_its_nuclear_scope() -> None:
    found = moratoria("Moscow said it is no longer bound by its moratorium on nuclear tests and missile launches.")
    assert found and "nuclear" in found[0].attrs["scope"]


def test_withdrawing_troops_is_no_end_of_a_moratorium() -> None:
    found = moratoria("Russia has kept its moratorium on nuclear tests while it began the withdrawal of troops from the border.")
    assert [m.attrs["status"] for m in found] == ["in_force"]


def test_withdrawing_from_a_treaty_is_no_end_of_a_halt_named_after_it() -> None:
    found = moratoria("Russia withdrew from the arms treaty but kept its moratorium on deploying intermediate-range missiles.")
    assert [m.attrs["status"] for m in found] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow withdrew its moratorium on deploying intermediate-range missiles.",
        "The moratorium on deploying intermediate-range missiles was withdrawn last week.",
        "The moratorium on nuclear tests has been formally revoked, the Kremlin said.",
    ],
)
def test_a_withdrawn_or_revoked_halt_has_ended(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["ended"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legislator's bill to bar a state's tests: called for, binding that state
        ("A senator introduced a bill on Tuesday to prohibit the United States from carrying out explosive nuclear tests.",
         [("called_for", ["nuclear"], "USA")]),
        # a state still bound by a treaty ban on its tests: in force
        ('Moscow said it remains "bound by its obligations under the ban on nuclear tests" for now.',
         [("in_force", ["nuclear"], "RUS")]),
    ],
)
def test_bills_and_bans_on_testing(text: str, expected: list) -> None:
    assert statuses(text) == expected


def test_a_ban_on_other_things_is_no_moratorium() -> None:
    assert statuses("India imposed a ban on imports from Pakistan after the missile attack in Kashmir.") == []
    assert statuses("The new law will prohibit the sale of drones to minors, the ministry said.") == []


def test_a_prohibition_imposed_by_others_is_no_required_halt() -> None:
    # a ban by treaty or by resolutions is at most optional (guidelines); a legislated one is called for
    assert statuses("Council resolutions prohibit Pyongyang from conducting ballistic missile tests, Tokyo said.") == []


def test_a_call_in_a_wrapped_headline_line_applies_to_its_continuation() -> None:
    text = ("Envoy Urges Nuclear States to Use the Moment to Free the Planet\n\n"
            "of Nuclear Arms by Pledging an End to Testing at the Conference\n\n"
            "The envoy opened the conference on the test-ban treaty on Monday.")
    found = statuses(text)
    assert found and found[0][0] == "called_for"


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has not set off a nuclear device since 2017. Kim said there was no reason to stay committed to his moratorium.",
        "Pyongyang has not set off a nuclear device since 2017. Kim said his country is no longer committed to its moratorium.",
        "Pyongyang has not set off a nuclear device since 2017. Kim said he saw no reason to abide by the moratorium any more.",
    ],
)
def test_no_reason_to_stay_committed_to_a_halt_ends_it(text: str) -> None:
    (match,) = moratoria(text)

    assert match.attrs["status"] == "ended"
    assert match.attrs["actor"] == "PRK"


def test_the_discontinuance_of_tests_is_a_halt_in_force() -> None:
    (match,) = moratoria("North Korea announced the discontinuation of its missile launches.")
    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == ("in_force", ["missile"], "PRK")
    (match,) = moratoria("Pyongyang said the demolition would prove the discontinuance of nuclear tests.")
    assert (match.attrs["status"], match.attrs["scope"]) == ("in_force", ["nuclear"])


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker announced the discontinuation of its diesel models after emissions tests.",
        "Seoul said there was no reason to keep talking with Pyongyang about sanctions.",
    ],
)
def test_discontinued_products_and_other_reasons_are_no_moratorium(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    ("text", "scope", "actor"),
    [
        ("France ended its nuclear test programme in 1996.", ["nuclear"], "FRA"),
        ("France completed its final series of nuclear tests in January 1996.", ["nuclear"], "FRA"),
        ("China concluded its nuclear testing campaign and signed the treaty.", ["nuclear"], "CHN"),
        ("Britain wound up its nuclear test programme after the Nevada shots.", ["nuclear"], "GBR"),
    ],
)
def test_a_state_ending_its_test_programme_keeps_a_halt_in_force(text: str, scope: list, actor: str) -> None:
    (match,) = moratoria(text)
    assert (match.attrs["status"], match.attrs["scope"], match.attrs["actor"]) == ("in_force", scope, actor)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan completed a series of ballistic missile tests on Monday.",  # one more batch, not the end
        "North Korea carried out its last nuclear test in 2017.",  # the most recent one
        "India concluded its naval exercise in the Arabian Sea.",
    ],
)
def test_a_completed_batch_or_the_latest_test_is_no_halt(text: str) -> None:
    assert moratoria(text) == []


def test_an_ordered_resumption_after_a_named_halt_threatens_it() -> None:
    text = (
        "Beijing asked Washington to keep its moratorium on nuclear testing, after the president told "
        "the defence department to get ready for a resumption of nuclear testing."
    )
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["actor"]) for m in found] == [("called_for", "USA"), ("threatened", "USA")]
    text = (
        "The United States has kept a moratorium on nuclear explosions since 1992. "
        "Last week the president ordered the armed forces to resume nuclear testing."
    )
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in found] == [
        ("in_force", ["nuclear"], "USA"), ("threatened", ["nuclear"], "USA"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no halt in view: an order to test, not a moratorium mention
        "The president ordered the Pentagon to resume nuclear weapons testing.",
        # an order denied or not given
        (
            "Washington has kept a moratorium on nuclear explosions since 1992. "
            "The president stopped short of ordering a resumption of nuclear testing."
        ),
        (
            "Washington has kept a moratorium on nuclear explosions since 1992. "
            "There is no sign that anyone is preparing to resume nuclear testing."
        ),
    ],
)
def test_an_order_with_no_halt_in_view_or_no_order_is_no_threat(text: str) -> None:
    assert [m for m in moratoria(text) if m.attrs["status"] == "threatened"] == []


def test_a_chamber_vote_to_suspend_testing_is_called_for_until_law() -> None:
    (match,) = moratoria("The House voted on Thursday to suspend nuclear testing for nine months, sending the bill to the Senate.")
    assert (match.attrs["status"], match.attrs["scope"]) == ("called_for", ["nuclear"])
    (match,) = moratoria("The president signed into law a nine-month moratorium on nuclear testing.")
    assert match.attrs["status"] == "in_force"
    # a vote against a halt urges none
    (match,) = moratoria("Russia has kept a moratorium on nuclear testing since 1990, and the Duma voted against ending it.")
    assert match.attrs["status"] != "called_for"


# real set 7: threats to end a halt, pledges as halts, scope of warheads, civil-energy halts
_CONTEXT = "Pyongyang fired an intercontinental ballistic missile last week and Moscow hinted at a nuclear test. "


def _after_context(text: str) -> list:
    return [m for m in moratoria(_CONTEXT + text) if m.start >= len(_CONTEXT)]


@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        # a modal passive end after the halt and its object
        ("Officials in Moscow said the freeze on nuclear tests is no longer workable and will have to be scrapped.", "threatened", "RUS"),
        ("The Russian minister said the moratorium on missile launches must be abandoned.", "threatened", "RUS"),
        # a halt's end named by 'discontinue'
        ("Moscow will discontinue its voluntary suspension of nuclear testing, the minister said.", "threatened", "RUS"),
        # a warning to restart tests presupposes a halt
        ("Pyongyang later warned that it might restart nuclear or long-range missile tests.", "threatened", "PRK"),
        # a quoted participle halt after a resumption
        ('Pyongyang said it might consider resuming "all temporarily suspended" ICBM and nuclear tests.', "threatened", "PRK"),
        ("Kim ordered officials to re-examine restarting all temporarily-suspended activities.", "threatened", "PRK"),
        # a passive resumption held on a condition
        ("Moscow said that testing will be resumed only after Washington holds a test of its own.", "threatened", "RUS"),
        # pledges not to test, however worded
        ("Washington said it was committing itself to not conduct missile tests that destroy satellites.", "in_force", "USA"),
        ("The United States pledges not to destroy satellites with missile tests.", "in_force", "USA"),
        # a call to ban tests
        ("She called on other nations to join the United States in banning such tests.", "called_for", None),
    ],
)
def test_threats_pledges_and_calls_worded_otherwise(text: str, status: str, actor: str | None) -> None:
    (match,) = _after_context(text)
    assert (match.attrs["status"], match.attrs["actor"]) == (status, actor)


@pytest.mark.parametrize(
    "text",
    [
        "The moratorium on nuclear tests will not be lifted, the minister said.",  # a negated end keeps it
    ],
)
def test_a_negated_end_keeps_the_halt_in_force(text: str) -> None:
    (match,) = _after_context(text)
    assert match.attrs["status"] == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Seoul pledges not to attack civilians.",  # a pledge with no test
        "The treaty banning nuclear tests was signed in 1996.",  # a treaty's ban, not a call
        "Officials said the talks will be resumed next week.",  # no tests resumed
        "Analysts said the North could restart missile tests soon.",  # a bare modal, no threat or warning
        # a civil-energy moratorium, even in a weapons article
        "The province's moratorium on the construction of new reactors will be lifted next year.",
        "Lawmakers voted to end the moratorium on nuclear power plant construction.",
        "The governor signed a bill ending the freeze on new nuclear power stations.",
    ],
)
def test_no_moratorium_without_a_halt_of_weapons_tests(text: str) -> None:
    assert _after_context(text) == []


def test_a_moratorium_on_testing_nuclear_warheads_covers_nuclear() -> None:
    (match,) = _after_context("Its freeze on testing nuclear warheads and long-range missiles has held since 2017.")
    assert match.attrs["scope"] == ["nuclear", "long_range_missile"]
    # warheads carried by the missiles tested are no nuclear testing
    (match,) = _after_context("Its moratorium on testing missiles able to carry nuclear warheads has held since 2017.")
    assert "nuclear" not in match.attrs["scope"]


def test_a_headline_plan_to_resume_tests_threatens_the_halt_the_article_names() -> None:
    text = (
        "Pyongyang to restart nuclear and ICBM tests\n\n"
        "North Korea said it would reconsider the moratorium on nuclear and ICBM tests it declared in 2018."
    )
    first = moratoria(text)[0]
    assert (first.text, first.attrs["status"], first.attrs["scope"]) == ("Pyongyang to restart nuclear and ICBM tests", "threatened", ["nuclear", "icbm"])
    # a sentence with a full stop is no headline, and with no halt in the article a plan is a test
    assert moratoria("Pyongyang to restart nuclear and ICBM tests\n\nThe North fired a missile on Monday.") == []


def test_a_later_unnamed_deployment_halt_refers_to_the_one_named_before() -> None:
    text = (
        "Russia kept a moratorium on deploying intermediate-range missiles for years. "
        "Washington then stationed new launchers in Europe. "
        "Analysts noted the rising tension across the continent. "
        "Putin warned that Russia would abandon its moratorium on deploying such weapons systems."
    )
    found = moratoria(text)
    assert [m.attrs["status"] for m in found] == ["in_force", "threatened"]
    assert found[1].attrs["actor"] == "RUS"


@pytest.mark.parametrize(
    ("text", "status", "scope"),
    [
        # calls from others to stop, pressure to join: urged halts
        ("India set off the device regardless of calls from many capitals to halt its nuclear tests.", "called_for", ["nuclear"]),
        ("Paris went ahead with its nuclear tests, brushing aside appeals by Pacific nations to stop.", "called_for", ["nuclear"]),
        ("Beijing detonated another device, resisting pressure to join a global moratorium on nuclear explosions.", "called_for", ["nuclear"]),
        ("The regime fired two rockets, shrugging off pressure to join the halt on missile blasts.", "called_for", ["missile"]),
        # one chamber's approval, a veto threat over a bill: a halt called for, not yet law
        ("A Year-Long Ban on Atomic Tests Passed by Senate", "called_for", ["nuclear"]),
        ("Halt of Nuclear Tests Approved by House", "called_for", ["nuclear"]),
        ("The Senate on Tuesday approved a ban of twelve months on nuclear weapons tests.", "called_for", ["nuclear"]),
        ("Senate approval in May of a two-year ban on nuclear tests followed the vote in the other chamber.", "called_for", ["nuclear"]),
        ("The president said he would veto the spending bill if it contained a moratorium on nuclear tests.", "called_for", ["nuclear"]),
        # a test ban named by its noun alone, accepted; a no-test pact suggested
        ("Islamabad Accepts Nuclear Test Ban", "in_force", ["nuclear"]),
        ("Islamabad OKs Nuclear Testing Ban", "in_force", ["nuclear"]),
        ("The minister kept suggesting a no-nuclear-test agreement with the neighbouring state.", "called_for", ["nuclear"]),
        # a promise to hold off
        ("The launch broke Pyongyang's pledge to hold off long-range missile tests.", "in_force", ["long_range_missile"]),
        ("North Korea had vowed to hold off on nuclear tests during the talks.", "in_force", ["nuclear"]),
    ],
)
def test_calls_votes_accepted_bans_pacts_and_hold_offs(text: str, status: str, scope: list) -> None:
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [(status, scope)]


@pytest.mark.parametrize(
    "text",
    [
        "The singer ignored calls from fans to stop.",
        "Calls from both capitals to prepare for possible nuclear tests put the spotlight on arms control.",
        "The cabinet approved a ban on fireworks displays.",
        "The Senate approved a new budget for the navy's missile programme.",
        "The committee accepted the findings of the test ban monitors.",
        "The two states signed a trade pact after the missile test.",
        "Under pressure from its neighbours, the country held a parliamentary vote.",
    ],
)
def test_calls_votes_and_pacts_that_are_no_halt(text: str) -> None:
    assert moratoria(text) == []


# pass 4: tests forsworn while the other side abstains; a resumption by another answered by a review of
# one's own stance; a halt right on its tests despite an off-domain word later in the clause; a civil
# object named in the halt's relative clause
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('"We are able to test a nuclear device, yet we shall not stage them so long as Washington abstains from such moves," the minister said.', "in_force"),
        ("Moscow says it could test a nuclear device, but it will not carry out such tests as long as Washington refrains from doing so.", "in_force"),
        ("An official said Beijing would not conduct any nuclear test so long as the other nuclear powers held back.", "in_force"),
        ("India will not conduct further nuclear tests if Pakistan also refrains, the minister said.", "in_force"),
        ('The premier accepted the test ban, adding: "If Delhi resumes nuclear testing, Islamabad will review its position."', "threatened"),
        ("Should Moscow resume nuclear tests, Washington would reconsider its position on the moratorium, officials said.", "threatened"),
    ],
)
def test_reciprocal_abstention_and_a_review_of_ones_stance(text: str, status: str) -> None:
    assert status in [m.attrs["status"] for m in moratoria(text)]
    assert all(m.attrs["scope"] == ["nuclear"] for m in moratoria(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia will not hold back from nuclear tests if Washington stages one, the minister said.",
        "The envoy said Seoul will not hold talks if Pyongyang refrains from dialogue.",
        "If North Korea resumes long-range missile testing, Japan will review its sanctions policy.",
        "The company said it will review its position on the merger if regulators object.",
        "Both sides reached agreement to halt future talks on trade.",
        "The state governor signed a bill on Monday repealing a moratorium, which for decades had prohibited the construction of new nuclear power stations.",
        "The assembly lifted a moratorium that had blocked the licensing of new nuclear power plants for 30 years, officials said.",
    ],
)
def test_no_halt_without_tests_forsworn_or_with_a_civil_object(text: str) -> None:
    assert moratoria(text) == []


def test_a_halt_right_on_its_tests_survives_an_off_domain_word_after_it() -> None:
    text = "Both states carried out nuclear explosions in May. Islamabad's pledge to halt further tests may free up frozen loans."
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [("in_force", ["nuclear"])]


def test_a_ban_keeps_its_span_not_a_keeping_word_clauses_later() -> None:
    text = (
        'The premier said his state would abide by the comprehensive test ban pact, on one condition: "If Delhi resumes '
        'nuclear testing, Islamabad will review its position," and he urged lenders to drop the penalties levied after the blasts.'
    )
    found = [(m.attrs["status"], m.text) for m in moratoria(text)]
    assert found[0][0] == "in_force" and "condition" not in found[0][1]
    assert ("threatened", "Islamabad will review its position") in found


@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        # a state's own decision to ban its tests: a halt in force
        ("The premier has decided to ban all Indian nuclear explosive tests, officials said on Monday.", "in_force", "IND"),
        ("Beijing decided to ban all nuclear tests from next year, the foreign ministry announced.", "in_force", "CHN"),
        # urged not to permit tests: a halt called for
        ("Two senators wrote to the president urging him not to permit any further nuclear tests.", "called_for", None),
        ("Disarmament groups urged Paris not to allow any more nuclear tests in the Pacific.", "called_for", "FRA"),
        # an open answer on resuming: a hint, threatened
        ("The defence minister declined to say whether Moscow would resume nuclear testing.", "threatened", "RUS"),
        ("Asked about the test site, the premier was not ready to say whether or not China would resume nuclear tests.", "threatened", "CHN"),
        ("The Kremlin refused to rule out a resumption of nuclear testing.", "threatened", "RUS"),
    ],
)
def test_decided_bans_calls_not_to_permit_and_undecided_resumptions(text: str, status: str, actor: str | None) -> None:
    assert [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in moratoria(text)] == [(status, ["nuclear"], actor)]


def test_a_resumption_announced_in_an_article_naming_the_halt_ends_it() -> None:
    text = (
        "Paris will resume its underground nuclear tests in October, the new president said. "
        "His predecessor had declared a moratorium on nuclear tests three years earlier."
    )
    found = [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in moratoria(text)]
    assert found[0] == ("ended", ["nuclear"], "FRA")
    assert ("in_force", ["nuclear"], "FRA") in found


def test_a_halt_of_the_tests_named_before_by_a_pronoun_is_in_force() -> None:
    text = "Paris will resume nuclear tests this autumn but will stop them for good by the end of next spring."
    found = [m for m in moratoria(text) if m.attrs["status"] == "in_force"]
    assert len(found) == 1 and "stop them for good" in found[0].text
    assert found[0].attrs["scope"] == ["nuclear"] and found[0].attrs["actor"] == "FRA"


@pytest.mark.parametrize(
    "text",
    [
        # a resumption announced with no halt in view is a planned test, not a halt's end
        "North Korea will resume missile tests next month, state media said.",
        # a denial of a resumption is no threat to the halt
        "The move does not imply that Moscow will resume nuclear tests, the spokesman said, citing its moratorium.",
        # 'them' with no tests before it; a permission refused outside testing
        "Inspectors found two launchers at the site and moved to halt them.",
        "The ministry urged the company not to permit any further price rises.",
    ],
)
def test_no_halt_or_resumption_without_tests_or_with_a_denial(text: str) -> None:
    assert [m for m in moratoria(text) if m.attrs["status"] in ("ended", "threatened")] == [] or "moratorium" in text
    if "moratorium" not in text:
        assert moratoria(text) == []


# Paraphrases (written for this suite) of the deadline and moratorium facts met in real news: other
# verbs, nouns, voice and order for the same fact, each in a short paragraph of its own; the mention
# overlapping the phrase must carry the attributes (a set: any of those values; for scope, a subset).
_PARAPHRASED_MORATORIUM = [
        ('Islamabad has kept a self-declared halt on nuclear tests in place since 1998, the foreign office said. India tested the same year.', date(2016, 9, 2), 'kept a self-declared halt on nuclear tests in place since 1998', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Pakistan has observed a unilateral test moratorium since its 1998 explosions, a spokesman said. It has not joined the treaty banning nuclear explosions.', date(2016, 9, 2), 'Pakistan has observed a unilateral test moratorium', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Pakistan said it would not be the first state in South Asia to restart nuclear tests. Both neighbours carried out atomic blasts in 1998.', date(2016, 9, 2), 'it would not be the first state in South Asia to restart nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        pytest.param(
            'Islamabad proposed a mutual pact with India under which neither side would test nuclear weapons. New Delhi has not responded.', date(2016, 9, 2), 'proposed a mutual pact with India under which neither side would test nuclear weapons', {'status': 'called_for', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason='a proposed pact described by what neither side would do', strict=True),
        ),
        pytest.param(
            "Pakistan offered to turn the two countries' unilateral nuclear test halts into a joint agreement with New Delhi. India rejected the idea.", date(2016, 9, 2), "offered to turn the two countries' unilateral nuclear test halts into a joint agreement", {'status': 'called_for', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason='a proposal to turn halts into a joint agreement', strict=True),
        ),
        ('Pakistan has also floated a South Asian moratorium on nuclear testing, the ministry said. India conducted atomic tests in 1998.', date(2016, 8, 16), 'floated a South Asian moratorium on nuclear testing', {'status': 'called_for', 'scope': ['nuclear']}),
        pytest.param(
            'Islamabad suggested that both neighbours accept a regional ban on nuclear test explosions. The proposal was put to New Delhi.', date(2016, 8, 16), 'suggested that both neighbours accept a regional ban on nuclear test explosions', {'status': 'called_for', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'a regional ban on tests' proposed: bans count only kept or legislated", strict=True),
        ),
        pytest.param(
            'Moscow would carry out a nuclear test only in response to an American one, Putin said on Wednesday. Trump had ordered preparations for testing.', date(2025, 11, 5), 'Moscow would carry out a nuclear test only in response to an American one', {'status': 'threatened', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'test only in response to' another's test: no resumption word", strict=True),
        ),
        ("Russia will resume atomic testing only if Washington tests first, the Kremlin said, after Trump's order to the Pentagon.", date(2025, 11, 5), 'Russia will resume atomic testing only if Washington tests first', {'status': 'threatened', 'scope': ['nuclear']}),
        ('Democratic senators introduced legislation barring the United States from carrying out explosive nuclear tests. Trump had told the Pentagon to prepare.', date(2025, 11, 7), 'introduced legislation barring the United States from carrying out explosive nuclear tests', {'status': 'called_for', 'scope': ['nuclear']}),
        pytest.param(
            "Lawmakers vowed to pass a law that would stop any resumption of US nuclear explosive testing, after the president's announcement.", date(2025, 10, 30), 'vowed to pass a law that would stop any resumption of US nuclear explosive testing', {'status': 'called_for', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'stop any resumption' read as a threat", strict=True),
        ),
        ('Moscow said it no longer considers itself bound by its self-imposed ban on deploying intermediate-range missiles. NATO criticised the step.', date(2025, 8, 5), 'no longer considers itself bound by its self-imposed ban on deploying intermediate-range missiles', {'status': 'ended', 'scope': ['missile']}),
        ('Russia has dropped its unilateral freeze on stationing short- and medium-range missiles, the foreign ministry announced on Monday.', date(2025, 8, 4), 'Russia has dropped its unilateral freeze on stationing short- and medium-range missiles', {'status': 'ended', 'scope': ['missile']}),
        ('North Korea said it would stop nuclear tests and intercontinental missile launches from Saturday. Kim also said the test site would be closed.', date(2018, 4, 21), 'North Korea said it would stop nuclear tests and intercontinental missile launches from Saturday', {'status': 'in_force', 'scope': {'icbm', 'nuclear'}}),
        ('Kim announced an immediate suspension of nuclear testing, state media reported. The United States welcomed the step before the summit.', date(2018, 4, 21), 'Kim announced an immediate suspension of nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
        pytest.param(
            'Russia remains committed to the comprehensive ban on nuclear testing, the Kremlin said. Putin has ordered proposals on possible tests.', date(2025, 11, 7), 'Russia remains committed to the comprehensive ban on nuclear testing', {'status': 'in_force', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason='a comprehensive ban kept by a state: treaty bans are at most optional', strict=True),
        ),
        ("Moscow still considers itself obliged to observe its halt on nuclear tests, Peskov told reporters after Trump's order.", date(2025, 11, 7), 'Moscow still considers itself obliged to observe its halt on nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('The Security Council urged all countries to observe a moratorium on nuclear weapons tests. The resolution was adopted unanimously.', date(2009, 9, 24), 'urged all countries to observe a moratorium on nuclear weapons tests', {'status': 'called_for', 'scope': ['nuclear']}),
        ('The resolution asks governments to refrain from nuclear test explosions until the test ban treaty enters into force.', date(2009, 9, 24), 'asks governments to refrain from nuclear test explosions', {'status': 'called_for', 'scope': ['nuclear']}),
        ('Pyongyang blew up tunnels at its test site to show that its halt on nuclear testing is real. Foreign reporters watched the demolition.', date(2018, 5, 24), 'its halt on nuclear testing is real', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Kim said North Korea was no longer obliged to keep its pause on nuclear and ICBM tests. He promised a new strategic weapon.', date(2020, 1, 1), 'no longer obliged to keep its pause on nuclear and ICBM tests', {'status': {'ended', 'threatened'}, 'scope': {'icbm', 'nuclear'}}),
        ('Kim declared there was no longer any reason to stick to his freeze on nuclear testing, state media said. Talks with Washington have stalled.', date(2020, 1, 1), 'no longer any reason to stick to his freeze on nuclear testing', {'status': {'ended', 'threatened'}, 'scope': ['nuclear']}),
        ("The ICBM launch on Thursday ended North Korea's four-year pause in long-range missile testing. Japan protested.", date(2022, 3, 25), "ended North Korea's four-year pause in long-range missile testing", {'status': 'ended', 'scope': {'icbm', 'long_range_missile'}}),
        ("Pyongyang broke its self-declared freeze on intercontinental missile tests with Thursday's launch, Seoul said.", date(2022, 3, 25), 'Pyongyang broke its self-declared freeze on intercontinental missile tests', {'status': 'ended', 'scope': {'icbm', 'long_range_missile'}}),
        ('Beijing urged Washington to keep its halt on nuclear tests in place, after Trump ordered preparations for testing. China said it was committed to the test ban.', date(2025, 11, 3), 'Beijing urged Washington to keep its halt on nuclear tests in place', {'status': {'called_for', 'in_force'}, 'scope': ['nuclear']}),
        ('China called on the United States to respect its nuclear testing moratorium, a foreign ministry spokeswoman said.', date(2025, 11, 3), 'China called on the United States to respect its nuclear testing moratorium', {'status': {'called_for', 'in_force'}, 'scope': ['nuclear']}),
        pytest.param(
            "Trump told the Pentagon to begin nuclear weapons tests again, citing other countries' programmes. Russia said it would respond in kind.", date(2025, 11, 3), 'Trump told the Pentagon to begin nuclear weapons tests again', {'status': {'ended', 'threatened'}, 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'begin tests again': no resumption word", strict=True),
        ),
        ('North Korea hinted it could restart the nuclear and ICBM testing it had paused, state media said. The politburo met on Wednesday.', date(2022, 1, 20), 'hinted it could restart the nuclear and ICBM testing it had paused', {'status': 'threatened', 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
        ('Pyongyang said it would reconsider its suspension of nuclear tests, blaming hostile US policy. It has fired several missiles this month.', date(2022, 1, 20), 'it would reconsider its suspension of nuclear tests', {'status': 'threatened', 'scope': ['nuclear']}),
        ("The North's pause on nuclear and ICBM testing, observed since 2017, is still holding, analysts said. It has launched shorter-range missiles instead.", date(2022, 1, 20), "The North's pause on nuclear and ICBM testing, observed since 2017", {'status': 'in_force', 'scope': {'icbm', 'nuclear'}}),
        ("Russia's nuclear test moratorium is still in force, the foreign ministry said on Thursday, after the Duma revoked its ratification of the treaty.", date(2023, 11, 2), "Russia's nuclear test moratorium is still in force", {'status': 'in_force', 'scope': ['nuclear']}),
        ('A US nuclear explosion would end a freeze on such blasts that has lasted nearly three decades, arms control experts warned. Officials discussed a test at a meeting.', date(2020, 5, 22), 'would end a freeze on such blasts that has lasted nearly three decades', {'status': {'in_force', 'threatened'}, 'scope': ['nuclear']}),
        ('Putin warned that Moscow could scrap its self-imposed ban on deploying medium-range missiles, after US deployments in Europe.', date(2024, 12, 30), 'Moscow could scrap its self-imposed ban on deploying medium-range missiles', {'status': 'threatened', 'scope': ['missile']}),
        ("Russia's freeze on stationing intermediate-range missiles may have to be dropped, Ryabkov said, citing American deployments in Germany.", date(2024, 12, 30), "Russia's freeze on stationing intermediate-range missiles may have to be dropped", {'status': 'threatened', 'scope': ['missile']}),
        ('Washington committed to not carrying out destructive anti-satellite missile tests, Harris said. Russia destroyed a satellite with a missile last year.', date(2022, 4, 25), 'Washington committed to not carrying out destructive anti-satellite missile tests', {'status': 'in_force', 'scope': ['missile']}),
        ('The United States announced a unilateral halt to tests of missiles that destroy satellites, the vice president said.', date(2022, 4, 25), 'The United States announced a unilateral halt to tests of missiles that destroy satellites', {'status': 'in_force', 'scope': ['missile']}),
        ('The United States gave up destructive anti-satellite missile tests. Harris urged other countries to follow the US and forgo such tests. Russia fired a missile at one of its own satellites in November.', date(2022, 4, 25), 'Harris urged other countries to follow the US and forgo such tests', {'status': 'called_for'}),
        ('Beijing says it continues to observe a halt on nuclear testing, rejecting a US report on Lop Nur. The foreign ministry spoke on Thursday.', date(2020, 4, 16), 'Beijing says it continues to observe a halt on nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
        ('China said it would stop nuclear testing from Tuesday, hours after an underground blast at Lop Nur.', date(1996, 7, 29), 'China said it would stop nuclear testing from Tuesday', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Beijing declared a halt to its nuclear explosions starting on Tuesday, after conducting a final underground test.', date(1996, 7, 29), 'Beijing declared a halt to its nuclear explosions starting on Tuesday', {'status': 'in_force', 'scope': ['nuclear']}),
        ('China set off an underground nuclear blast on Friday. The other nuclear powers have refrained from testing under a voluntary moratorium since 1992.', date(1994, 10, 8), 'The other nuclear powers have refrained from testing under a voluntary moratorium since 1992', {'status': 'in_force', 'scope': ['nuclear']}),
        ('China set off an underground nuclear blast on Friday. Japan urged Beijing to halt its nuclear tests and join the global moratorium.', date(1994, 10, 8), 'Japan urged Beijing to halt its nuclear tests and join the global moratorium', {'status': 'called_for', 'scope': ['nuclear']}),
        ('China carried out a nuclear test on Monday, ignoring appeals from Washington and Tokyo to stop testing.', date(1995, 5, 16), 'ignoring appeals from Washington and Tokyo to stop testing', {'status': 'called_for', 'scope': ['nuclear']}),
        pytest.param(
            "Chirac brought France's nuclear testing to a final halt on Monday, after a sixth blast in the Pacific.", date(1996, 1, 29), "Chirac brought France's nuclear testing to a final halt on Monday", {'status': 'in_force', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'brought testing to a final halt'", strict=True),
        ),
        ('France said on Monday that it had completed its last series of nuclear tests and would carry out no more, after a blast at Fangataufa.', date(1996, 1, 29), 'France said on Monday that it had completed its last series of nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('The French blast in the Pacific ended a three-year global pause in nuclear testing, critics said. Chirac said it was the last.', date(1996, 1, 29), 'ended a three-year global pause in nuclear testing', {'status': 'ended', 'scope': ['nuclear']}),
        ('The Senate approved a nine-month halt to American nuclear weapons tests on Monday, defying the White House.', date(1992, 8, 4), 'The Senate approved a nine-month halt to American nuclear weapons tests', {'status': 'called_for', 'scope': ['nuclear']}),
        ('A bill suspending U.S. underground nuclear testing for nine months passed the Senate on Monday. Bush has threatened a veto.', date(1992, 8, 4), 'A bill suspending U.S. underground nuclear testing for nine months passed the Senate', {'status': 'called_for', 'scope': ['nuclear']}),
        ('Pakistan declared a halt to nuclear tests on Thursday, two weeks after its blasts in Baluchistan.', date(1998, 6, 12), 'Pakistan declared a halt to nuclear tests on Thursday', {'status': 'in_force', 'scope': ['nuclear']}),
        ("Islamabad said it would observe a voluntary suspension of nuclear testing, following India's lead after both states tested.", date(1998, 6, 12), 'Islamabad said it would observe a voluntary suspension of nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
        ('New Delhi had already declared a unilateral halt to further nuclear tests after its May explosions.', date(1998, 6, 12), 'New Delhi had already declared a unilateral halt to further nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Sharif told the UN that Pakistan would stop nuclear testing on its own and abide by the test ban treaty. India has made a similar pledge.', date(1998, 9, 23), 'Pakistan would stop nuclear testing on its own', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Clinton prolonged the halt on US nuclear testing, the White House said, as the test ban treaty went to the UN.', date(1996, 9, 11), 'Clinton prolonged the halt on US nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
        ("North Korea's self-declared pause in testing long-range missiles eased tensions in 2018, analysts said. Thursday's ICBM launch was the first since 2017.", date(2022, 3, 24), "North Korea's self-declared pause in testing long-range missiles", {'status': 'in_force', 'scope': {'long_range_missile', 'missile'}}),
        ('Analysts asked whether Kim would keep his pledge not to conduct nuclear tests, as talks with Washington stalled. The North has fired short-range missiles.', date(2020, 5, 23), 'whether Kim would keep his pledge not to conduct nuclear tests', {'status': {'in_force', 'threatened'}, 'scope': ['nuclear']}),
        ('India and Pakistan each announced a unilateral halt to nuclear testing after their 1998 explosions.', date(2016, 8, 16), 'each announced a unilateral halt to nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
        # the halt named in the article: a planned resumption declares it over
        ('Paris is to restart underground nuclear testing on Pacific atolls in September, Chirac said. France has kept a moratorium on nuclear tests since 1992.', date(1995, 6, 14), 'Paris is to restart underground nuclear testing on Pacific atolls in September', {'status': {'ended', 'threatened'}, 'scope': ['nuclear']}),
        pytest.param(
            'France will carry out a new series of nuclear tests from September, Chirac announced, ending its pause on explosions. Australia protested.', date(1995, 6, 14), 'France will carry out a new series of nuclear tests from September', {'status': {'ended', 'threatened'}, 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'carry out a new series of tests from <month>': no resumption word", strict=True),
        ),
        pytest.param(
            'France will resume atomic tests in the Pacific in September. Chirac said the tests would end for good by next May.', date(1995, 6, 14), 'the tests would end for good by next May', {'status': 'in_force', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'would end for good by <date>' with the tests as subject", strict=True),
        ),
        ('Mitterrand suspended French nuclear testing in April 1992, a step his successor has now reversed.', date(1995, 6, 14), 'Mitterrand suspended French nuclear testing in April 1992', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Clinton has chosen to prohibit all American nuclear test explosions, including very small ones, the White House said.', date(1995, 8, 11), 'Clinton has chosen to prohibit all American nuclear test explosions', {'status': 'in_force', 'scope': ['nuclear']}),
        ('The halt on nuclear testing that Bush began in 1992 and Clinton kept will now become permanent, officials said.', date(1995, 8, 11), 'The halt on nuclear testing that Bush began in 1992', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Arms control groups pressed Clinton to allow no nuclear test explosions at all, even very low-yield ones.', date(1995, 8, 11), 'pressed Clinton to allow no nuclear test explosions at all', {'status': 'called_for', 'scope': ['nuclear']}),
        ('Putin declined to say if Moscow would restart nuclear testing, after the Duma moved to revoke its treaty ratification.', date(2023, 10, 17), 'declined to say if Moscow would restart nuclear testing', {'status': 'threatened', 'scope': ['nuclear']}),
        ('The major nuclear states halted their test explosions in the 1990s after the Soviet collapse, except India, Pakistan and North Korea.', date(2023, 10, 17), 'The major nuclear states halted their test explosions in the 1990s', {'status': 'in_force', 'scope': ['nuclear']}),
        # a third round, deliberately unlike the first two: headlines, quotes, passives, nominalisations, reported speech
        ("Pakistan's unilateral moratorium on nuclear testing, in place since 1998, remains in effect, the ministry said. India also tested in 1998.", date(2016, 9, 2), "Pakistan's unilateral moratorium on nuclear testing, in place since 1998", {'status': 'in_force', 'scope': ['nuclear']}),
        ('"We will not be the first to resume nuclear testing in the region," a Pakistani spokesman said. Both neighbours carried out atomic blasts in 1998.', date(2016, 9, 2), 'We will not be the first to resume nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
        pytest.param(
            "Pakistan's proposal for a bilateral arrangement with India on the non-testing of nuclear weapons has gone unanswered. Both states tested atomic bombs in 1998.", date(2016, 9, 2), "Pakistan's proposal for a bilateral arrangement with India on the non-testing of nuclear weapons", {'status': 'called_for', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="a proposal named by a noun ('proposal for a bilateral arrangement ... on non-testing')", strict=True),
        ),
        ('A regional moratorium on nuclear tests in South Asia has been proposed by Islamabad, the ministry said. India conducted atomic tests in 1998.', date(2016, 8, 16), 'A regional moratorium on nuclear tests in South Asia has been proposed by Islamabad', {'status': 'called_for', 'scope': ['nuclear']}),
        pytest.param(
            'Only an American nuclear test would lead Russia to resume testing, Putin said on Wednesday. Trump had ordered the Pentagon to prepare tests.', date(2025, 11, 5), 'Only an American nuclear test would lead Russia to resume testing', {'status': 'threatened', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'only a test by X would lead Y to resume testing': a condition put as a subject", strict=True),
        ),
        ('Senators unveil bill to block US nuclear test explosions. Trump had told the Pentagon to prepare for testing.', date(2025, 11, 7), 'Senators unveil bill to block US nuclear test explosions', {'status': 'called_for', 'scope': ['nuclear']}),
        ("Russia's self-imposed moratorium on deploying intermediate-range missiles has been lifted, the foreign ministry said. NATO criticised the step.", date(2025, 8, 5), "Russia's self-imposed moratorium on deploying intermediate-range missiles has been lifted", {'status': 'ended', 'scope': ['missile']}),
        ('North Korea halts nuclear and ICBM tests, to close test site. The United States welcomed the announcement before the summit.', date(2018, 4, 21), 'North Korea halts nuclear and ICBM tests', {'status': 'in_force', 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
        ("Peskov said Russia continued to abide by its moratorium on nuclear tests. Putin has ordered proposals on possible tests after Trump's order.", date(2025, 11, 7), 'Russia continued to abide by its moratorium on nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ("The resolution's call on all states to refrain from nuclear test explosions was backed by all 15 members. North Korea has tested twice.", date(2009, 9, 24), "The resolution's call on all states to refrain from nuclear test explosions", {'status': 'called_for', 'scope': ['nuclear']}),
        ("The demolition of the tunnels was meant to prove North Korea's commitment to its nuclear test freeze. Foreign reporters watched the blasts at the test site.", date(2018, 5, 24), "North Korea's commitment to its nuclear test freeze", {'status': 'in_force', 'scope': ['nuclear']}),
        ('"There is no reason for us to be bound by our moratorium on nuclear and ICBM tests any longer," Kim said. He promised a new strategic weapon.', date(2020, 1, 1), 'no reason for us to be bound by our moratorium on nuclear and ICBM tests any longer', {'status': {'ended', 'threatened'}, 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
        ("North Korea's moratorium on long-range missile tests was broken by Thursday's ICBM launch, Seoul said. Japan protested.", date(2022, 3, 25), "North Korea's moratorium on long-range missile tests was broken", {'status': 'ended', 'scope': {'icbm', 'long_range_missile'}}),
        ('A Chinese spokeswoman said the United States should abide by its commitment to a nuclear test moratorium. Trump had ordered preparations for testing.', date(2025, 11, 3), 'the United States should abide by its commitment to a nuclear test moratorium', {'status': {'called_for', 'in_force'}, 'scope': ['nuclear']}),
        ("The president's order to restart nuclear weapons tests breaks with the moratorium the United States has kept since 1992. Russia said it would respond in kind.", date(2025, 11, 3), "The president's order to restart nuclear weapons tests", {'status': {'ended', 'threatened'}, 'scope': ['nuclear']}),
        ('North Korea threatens to lift moratorium on nuclear, ICBM tests. It has fired several missiles this month.', date(2022, 1, 20), 'North Korea threatens to lift moratorium on nuclear, ICBM tests', {'status': 'threatened', 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
        ('Since 2017 the North has carried out no nuclear or ICBM tests, under a self-declared moratorium. It has launched shorter-range missiles instead.', date(2022, 1, 20), 'under a self-declared moratorium', {'status': 'in_force'}),
        ('"Our moratorium on nuclear tests remains in force," the Russian foreign ministry said after the Duma revoked the treaty\'s ratification.', date(2023, 11, 2), 'Our moratorium on nuclear tests remains in force', {'status': 'in_force', 'scope': ['nuclear']}),
        ('A US test explosion would mean the end of a nearly 30-year moratorium on nuclear blasts, experts warned. Officials discussed a test at a meeting.', date(2020, 5, 22), 'the end of a nearly 30-year moratorium on nuclear blasts', {'status': {'in_force', 'threatened'}, 'scope': ['nuclear']}),
        ('Putin said the moratorium on deploying intermediate-range missiles might no longer be maintained, citing US deployments in Europe.', date(2024, 12, 30), 'the moratorium on deploying intermediate-range missiles might no longer be maintained', {'status': 'threatened', 'scope': ['missile']}),
        ('US pledges to end destructive anti-satellite missile tests. Russia destroyed one of its satellites with a missile last year.', date(2022, 4, 25), 'US pledges to end destructive anti-satellite missile tests', {'status': 'in_force', 'scope': ['missile']}),
        ('The United States gave up destructive anti-satellite missile tests. Other nations were urged by Harris to make the same commitment not to conduct such tests.', date(2022, 4, 25), 'Other nations were urged by Harris to make the same commitment not to conduct such tests', {'status': 'called_for'}),
        ('"China has always honoured its commitment to a moratorium on nuclear tests," the spokesman said, rejecting a US report about Lop Nur.', date(2020, 4, 16), 'China has always honoured its commitment to a moratorium on nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('China to halt nuclear tests from Tuesday after final blast at Lop Nur. Japan welcomed the move.', date(1996, 7, 29), 'China to halt nuclear tests from Tuesday', {'status': 'in_force', 'scope': ['nuclear']}),
        ('China set off an underground nuclear blast on Friday. A voluntary moratorium on testing has been observed since 1992 by Russia, the US, Britain and France.', date(1994, 10, 8), 'A voluntary moratorium on testing has been observed since 1992', {'status': 'in_force', 'scope': ['nuclear']}),
        ("China carried out another underground nuclear blast on Monday. Tokyo's demand that Beijing stop nuclear testing was ignored.", date(1995, 5, 16), "Tokyo's demand that Beijing stop nuclear testing", {'status': 'called_for', 'scope': ['nuclear']}),
        ('France ends nuclear testing for good, Chirac says. The sixth blast of the series was set off at Fangataufa.', date(1996, 1, 29), 'France ends nuclear testing for good', {'status': 'in_force', 'scope': ['nuclear']}),
        ('The three-year global moratorium on nuclear tests was broken by the French explosion in the Pacific, critics said.', date(1996, 1, 29), 'The three-year global moratorium on nuclear tests was broken', {'status': 'ended', 'scope': ['nuclear']}),
        ('Senate votes nine-month moratorium on nuclear tests. The White House opposes the measure.', date(1992, 8, 4), 'Senate votes nine-month moratorium on nuclear tests', {'status': 'called_for', 'scope': ['nuclear']}),
        ('"Pakistan will observe a moratorium on further nuclear tests," Sharif said on Thursday, two weeks after the blasts.', date(1998, 6, 12), 'Pakistan will observe a moratorium on further nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('A unilateral moratorium on further nuclear tests was announced by India after its May explosions.', date(1998, 6, 12), 'A unilateral moratorium on further nuclear tests was announced by India', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Sharif told the General Assembly that his country would conduct no further nuclear tests and would adhere to the test ban treaty.', date(1998, 9, 23), 'his country would conduct no further nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('The US moratorium on nuclear testing was extended by Clinton, the White House said, as the test ban treaty went to the UN.', date(1996, 9, 11), 'The US moratorium on nuclear testing was extended by Clinton', {'status': 'in_force', 'scope': ['nuclear']}),
        ("The moratorium on long-range missile launches that Pyongyang declared in 2018 helped ease tensions, analysts said. Thursday's ICBM launch was the first since 2017.", date(2022, 3, 24), 'The moratorium on long-range missile launches that Pyongyang declared in 2018', {'status': 'in_force', 'scope': {'long_range_missile', 'missile'}}),
        ('Will Kim stick to his nuclear test moratorium? Talks with Washington have stalled and the North has fired short-range missiles.', date(2020, 5, 23), 'Will Kim stick to his nuclear test moratorium', {'status': {'in_force', 'threatened'}, 'scope': ['nuclear']}),
        ('Unilateral moratoria on nuclear testing were declared by both India and Pakistan after their 1998 explosions.', date(2016, 8, 16), 'Unilateral moratoria on nuclear testing were declared by both India and Pakistan', {'status': 'in_force', 'scope': ['nuclear']}),
        ("France's decision to resume nuclear tests in September ends the moratorium it has kept since 1992. New Zealand protested.", date(1995, 6, 14), "France's decision to resume nuclear tests in September", {'status': {'ended', 'threatened'}, 'scope': ['nuclear']}),
        pytest.param(
            'France will resume atomic tests in the Pacific in September. "The tests will be over, definitively, by May 1996," Chirac said.', date(1995, 6, 14), 'The tests will be over, definitively, by May 1996', {'status': 'in_force', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'the tests will be over by <date>' with the tests as subject", strict=True),
        ),
        ('It was Mitterrand who, in April 1992, suspended French nuclear tests. His successor is now reversing that step.', date(1995, 6, 14), 'in April 1992, suspended French nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Clinton bans all US nuclear test explosions, even small ones. The decision was announced by the White House.', date(1995, 8, 11), 'Clinton bans all US nuclear test explosions', {'status': 'in_force', 'scope': ['nuclear']}),
        ('Begun by Bush in 1992 and continued by Clinton, the nuclear test moratorium will now be made permanent, officials said.', date(1995, 8, 11), 'Begun by Bush in 1992 and continued by Clinton, the nuclear test moratorium', {'status': 'in_force', 'scope': ['nuclear']}),
        pytest.param(
            '"There should be no nuclear test explosions of any size," arms control advocates told Clinton before his decision.', date(1995, 8, 11), 'There should be no nuclear test explosions of any size', {'status': 'called_for', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'there should be no ... test explosions' said to a leader: no call word", strict=True),
        ),
        pytest.param(
            'Asked whether Russia would resume nuclear tests, Putin said he was not ready to answer. The Duma is revoking its treaty ratification.', date(2023, 10, 17), 'whether Russia would resume nuclear tests', {'status': 'threatened', 'scope': ['nuclear']},
            marks=pytest.mark.xfail(reason="'Asked whether X would resume tests, Y said he was not ready to answer': the undecided answer comes after", strict=True),
        ),
        ('The end of nuclear testing by the major powers in the 1990s followed the Soviet collapse; only India, Pakistan and North Korea have tested since.', date(2023, 10, 17), 'The end of nuclear testing by the major powers in the 1990s', {'status': 'in_force', 'scope': ['nuclear']}),
]


# pass 7: a fourth wording (headlines in Title Case, quoted officials, the answer after the question,
# numbers spelt out, the date first)
_PARAPHRASED_MORATORIUM += [
    ('Pakistan Keeps Nuclear Test Moratorium In Place. India also tested in 1998, and neither has signed the test ban treaty.', date(2016, 9, 2), 'Pakistan Keeps Nuclear Test Moratorium In Place', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Asked whether Pakistan would test again, the spokesman said it would never be the first in the region to resume nuclear testing. Both neighbours carried out atomic blasts in 1998.', date(2016, 9, 2), 'it would never be the first in the region to resume nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Pakistan Proposes Bilateral Nuclear Test Ban Pact With India. New Delhi has not responded to the offer.', date(2016, 9, 2), 'Pakistan Proposes Bilateral Nuclear Test Ban Pact With India', {'status': 'called_for', 'scope': ['nuclear']}),
    ('"We have proposed a regional moratorium on nuclear testing," a Pakistani foreign ministry official said. India conducted atomic tests in 1998.', date(2016, 8, 16), 'We have proposed a regional moratorium on nuclear testing', {'status': 'called_for', 'scope': ['nuclear']}),
    ('Asked whether Russia would test, Putin said Moscow would resume nuclear tests only if the United States did so first. Trump had ordered the Pentagon to prepare tests.', date(2025, 11, 5), 'Moscow would resume nuclear tests only if the United States did so first', {'status': 'threatened', 'scope': ['nuclear']}),
    ('"Our bill would prohibit any US nuclear explosive test," a Democratic senator said. Trump had told the Pentagon to prepare for testing.', date(2025, 11, 7), 'Our bill would prohibit any US nuclear explosive test', {'status': 'called_for', 'scope': ['nuclear']}),
    ('Russia Ends Moratorium On Intermediate-Range Missile Deployment. NATO criticised the step.', date(2025, 8, 5), 'Russia Ends Moratorium On Intermediate-Range Missile Deployment', {'status': 'ended', 'scope': ['missile']}),
    ('"From April 21 we will stop nuclear tests and intercontinental ballistic missile launches," Kim said, according to state media. The United States welcomed the step before the summit.', date(2018, 4, 21), 'we will stop nuclear tests and intercontinental ballistic missile launches', {'status': 'in_force', 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
    ("Asked about Trump's order, Peskov said Russia was still observing its moratorium on nuclear tests. Putin has asked for proposals on possible tests.", date(2025, 11, 7), 'Russia was still observing its moratorium on nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Security Council Calls On All States To Refrain From Nuclear Tests. The resolution was adopted by all fifteen members.', date(2009, 9, 24), 'Security Council Calls On All States To Refrain From Nuclear Tests', {'status': 'called_for', 'scope': ['nuclear']}),
    ('"We are committed to our halt on nuclear testing," a North Korean official told reporters before the tunnels at the test site were blown up.', date(2018, 5, 24), 'We are committed to our halt on nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Kim Says North No Longer Bound By Nuclear, ICBM Test Moratorium. He promised a new strategic weapon.', date(2020, 1, 1), 'Kim Says North No Longer Bound By Nuclear, ICBM Test Moratorium', {'status': {'ended', 'threatened'}, 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
    pytest.param(
        'On Thursday North Korea ended its four-year halt on ICBM launches by firing a new missile, Seoul said. Japan protested.', date(2022, 3, 25), 'North Korea ended its four-year halt on ICBM launches', {'status': 'ended', 'scope': {'icbm', 'long_range_missile'}},
        marks=pytest.mark.xfail(reason="scope of 'ICBM launches' ended by firing a missile adds 'missile' instead of long_range_missile", strict=True),
    ),
    ('China Urges US To Uphold Nuclear Test Moratorium. Trump had ordered preparations for testing.', date(2025, 11, 3), 'China Urges US To Uphold Nuclear Test Moratorium', {'status': {'in_force', 'called_for'}, 'scope': ['nuclear']}),
    pytest.param(
        'Trump Orders Pentagon To Resume Nuclear Weapons Testing After Three-Decade Pause. Russia said it would respond in kind.', date(2025, 11, 3), 'Trump Orders Pentagon To Resume Nuclear Weapons Testing', {'status': {'ended', 'threatened'}, 'scope': ['nuclear']},
        marks=pytest.mark.xfail(reason="Title Case 'Resume ... Testing After Three-Decade Pause': the pause is named only in the headline tail", strict=True),
    ),
    ('Asked about its test freeze, North Korea said it would review the halt on nuclear and ICBM tests it had kept since 2018. It has fired several missiles this month.', date(2022, 1, 20), 'it would review the halt on nuclear and ICBM tests', {'status': 'threatened', 'scope': {'icbm', 'long_range_missile', 'nuclear'}}),
    ('North Korea has not tested a nuclear device or an ICBM since 2017, keeping to the moratorium it declared. It has launched shorter-range missiles instead.', date(2022, 1, 20), 'keeping to the moratorium it declared', {'status': 'in_force'}),
    ('Russia Says Its Nuclear Test Moratorium Still Stands. The Duma revoked the ratification of the test ban treaty.', date(2023, 11, 2), 'Russia Says Its Nuclear Test Moratorium Still Stands', {'status': 'in_force', 'scope': ['nuclear']}),
    ('"A test would end the moratorium on nuclear explosions the United States has kept for nearly three decades," an arms control expert warned. Officials discussed a test at a meeting.', date(2020, 5, 22), 'A test would end the moratorium on nuclear explosions', {'status': {'in_force', 'threatened'}, 'scope': ['nuclear']}),
    ('Asked about US missiles in Europe, Putin said Russia might abandon its moratorium on deploying intermediate-range missiles.', date(2024, 12, 30), 'Russia might abandon its moratorium on deploying intermediate-range missiles', {'status': 'threatened', 'scope': ['missile']}),
    ('"The United States commits not to conduct destructive anti-satellite missile tests," Harris said. Russia destroyed one of its own satellites with a missile last year.', date(2022, 4, 25), 'The United States commits not to conduct destructive anti-satellite missile tests', {'status': 'in_force', 'scope': ['missile']}),
    ('Harris Urges Other Nations To Forgo Anti-Satellite Missile Tests. The United States has already given up such tests.', date(2022, 4, 25), 'Harris Urges Other Nations To Forgo Anti-Satellite Missile Tests', {'status': 'called_for'}),
    ('Asked about the US report on Lop Nur, the spokesman said China had strictly observed its moratorium on nuclear tests.', date(2020, 4, 16), 'China had strictly observed its moratorium on nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
    ('"Starting July 30, China will suspend nuclear testing," a government statement said after the final blast at Lop Nur. Japan welcomed the move.', date(1996, 7, 29), 'China will suspend nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Since nineteen ninety-two Russia, the United States, Britain and France have refrained from nuclear testing under a voluntary moratorium. China set off an underground blast on Friday.', date(1994, 10, 8), 'refrained from nuclear testing under a voluntary moratorium', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Japan Urges China To Stop Nuclear Testing. Beijing carried out another underground blast on Monday.', date(1995, 5, 16), 'Japan Urges China To Stop Nuclear Testing', {'status': 'called_for', 'scope': ['nuclear']}),
    ('"France will conduct no more nuclear tests," Chirac said on Monday, after the sixth blast of the series at Fangataufa.', date(1996, 1, 29), 'France will conduct no more nuclear tests', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Asked about the French blast, critics said it had broken the three-year global moratorium on nuclear tests.', date(1996, 1, 29), 'it had broken the three-year global moratorium on nuclear tests', {'status': 'ended', 'scope': ['nuclear']}),
    ('On Monday the Senate voted to suspend US nuclear testing for nine months. The White House opposes the measure.', date(1992, 8, 4), 'the Senate voted to suspend US nuclear testing for nine months', {'status': 'called_for', 'scope': ['nuclear']}),
    ('Pakistan Announces Moratorium On Further Nuclear Tests. The announcement came two weeks after its blasts.', date(1998, 6, 12), 'Pakistan Announces Moratorium On Further Nuclear Tests', {'status': 'in_force', 'scope': ['nuclear']}),
    ('"India has declared a voluntary moratorium on further underground nuclear test explosions," the prime minister told parliament after the May tests.', date(1998, 6, 12), 'India has declared a voluntary moratorium on further underground nuclear test explosions', {'status': 'in_force', 'scope': ['nuclear']}),
    pytest.param(
        'Asked at the General Assembly about further tests, Sharif said Pakistan would not conduct any more nuclear tests.', date(1998, 9, 23), 'Pakistan would not conduct any more nuclear tests', {'status': 'in_force', 'scope': ['nuclear']},
        marks=pytest.mark.xfail(reason="a halt answered after 'Asked ... about further tests' is dropped by the question frame", strict=True),
    ),
    ('Clinton Extends US Nuclear Testing Moratorium. The test ban treaty went to the UN on Tuesday.', date(1996, 9, 11), 'Clinton Extends US Nuclear Testing Moratorium', {'status': 'in_force', 'scope': ['nuclear']}),
    ("In 2018 Pyongyang declared a moratorium on long-range missile launches, which eased tensions, analysts said. Thursday's ICBM launch was the first since 2017.", date(2022, 3, 24), 'Pyongyang declared a moratorium on long-range missile launches', {'status': 'in_force', 'scope': {'long_range_missile', 'missile'}}),
    ("Can Kim's Nuclear Test Moratorium Survive Stalled Talks? The North has fired short-range missiles this year.", date(2020, 5, 23), "Kim's Nuclear Test Moratorium", {'status': {'in_force', 'threatened'}, 'scope': ['nuclear']}),
    ('In 1998, after their explosions, both India and Pakistan announced unilateral moratoria on nuclear testing, the ministry said.', date(2016, 8, 16), 'both India and Pakistan announced unilateral moratoria on nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
    ('France To Resume Nuclear Tests In September, Ending Moratorium. New Zealand protested.', date(1995, 6, 14), 'France To Resume Nuclear Tests In September', {'status': {'ended', 'threatened'}, 'scope': ['nuclear']}),
    pytest.param(
        'Asked when testing would end, Chirac said France would carry out its last nuclear test by May 1996 and then stop for good.', date(1995, 6, 14), 'France would carry out its last nuclear test by May 1996 and then stop for good', {'status': 'in_force', 'scope': ['nuclear']},
        marks=pytest.mark.xfail(reason="'carry out its last test by <date> and then stop for good' no halt word before 'stop'", strict=True),
    ),
    ('In April 1992, Mitterrand halted French nuclear testing. His successor is reversing that decision.', date(1995, 6, 14), 'Mitterrand halted French nuclear testing', {'status': 'in_force', 'scope': ['nuclear']}),
    ('"The United States will not conduct any nuclear test explosions, of any yield," Clinton said in a statement on Friday.', date(1995, 8, 11), 'The United States will not conduct any nuclear test explosions', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Asked about the moratorium on nuclear testing that Bush began in 1992, officials said Clinton would make it permanent.', date(1995, 8, 11), 'the moratorium on nuclear testing that Bush began in 1992', {'status': 'in_force', 'scope': ['nuclear']}),
    ('Advocates Urge Clinton To Ban All Nuclear Test Blasts. The White House is reviewing its options.', date(1995, 8, 11), 'Advocates Urge Clinton To Ban All Nuclear Test Blasts', {'status': 'called_for', 'scope': ['nuclear']}),
    ('Putin Declines To Say Whether Russia Will Resume Nuclear Testing. The Duma is revoking its ratification of the test ban treaty.', date(2023, 10, 17), 'Whether Russia Will Resume Nuclear Testing', {'status': 'threatened', 'scope': ['nuclear']}),
    ('In the 1990s the major nuclear powers stopped testing; only India, Pakistan and North Korea have set off nuclear blasts since.', date(2023, 10, 17), 'the major nuclear powers stopped testing', {'status': 'in_force', 'scope': ['nuclear']}),
]


@pytest.mark.parametrize(
    "text",
    [
        # 'will not conduct any' counts only with a modal: a past record is no halt
        "Pakistan did not conduct any nuclear tests last year, officials said. India tested atomic bombs in 1998.",
        # 'ends' with no halt noun after it: a drill or a fair that ends is no moratorium
        "The missile drill ends on Sunday, North Korea said, after firing ballistic missiles and threatening a nuclear test.",
        "The arms fair in Abu Dhabi ends on Friday; missile makers showed new drones and ICBM models.",
        "The exhibition organisers imposed a moratorium on weapon sales to the company after a bribery case. Missile makers attend the fair.",
    ],
)
def test_pass7_look_alikes_are_no_moratorium(text: str) -> None:
    assert not [m for m in extract(text, published=date(2025, 3, 1)) if m.kind == "moratorium"]


def test_a_state_that_ends_its_halt_in_the_present_tense_ended_it() -> None:
    text = "Moscow ends its freeze on deploying medium-range missiles, the foreign ministry says. NATO condemned the move."
    found = [m for m in extract(text, published=date(2025, 8, 5)) if m.kind == "moratorium"]
    assert [m.attrs["status"] for m in found] == ["ended"]


@pytest.mark.parametrize(("text", "published", "phrase", "attrs"), _PARAPHRASED_MORATORIUM)
def test_a_paraphrased_moratorium_is_found_with_its_attributes(text: str, published: date, phrase: str, attrs: dict) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    hits = [m for m in extract(text, published=published) if m.kind == "moratorium" and m.start < end and start < m.end]

    assert any(attrs_hold(m.attrs, attrs) for m in hits), [m.attrs for m in hits]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # 'dropped', 'review', 'rethink', 'floated' with no halt of tests
        ("The airline dropped its freeze on hiring pilots.", date(2025, 8, 4)),
        ("North Korea dropped a missile into the sea on Monday, the military said.", date(2025, 8, 4)),
        ("The committee will review its rules on missile exports next month.", date(2022, 1, 20)),
        ("Pyongyang will rethink its approach to talks after the missile launch.", date(2022, 1, 20)),
        ("Analysts floated the idea that North Korea could test a new ICBM soon.", date(2016, 8, 16)),
        # a bill with no halt; a treaty's bar imposed on both sides
        ("The bill funding the missile defence system passed the Senate on Monday.", date(1992, 8, 4)),
        ("The treaty bars both sides from deploying intermediate-range nuclear missiles.", date(2019, 2, 1)),
        # a pledge to test more; allowing no visitors at a test site
        ("The colonel pledged to conduct more missile tests next year.", date(2022, 4, 25)),
        ("The general would allow no journalists at the missile test site.", date(1995, 8, 11)),
        # a contact clause naming no halt
        ("North Korea resumed the missile tests it had planned for the spring.", date(2022, 1, 20)),
    ],
)
def test_paraphrase_family_look_alikes_are_no_moratorium(text: str, published: date) -> None:
    assert [m for m in extract(text, published=published) if m.kind == "moratorium"] == []


def test_a_bill_enacted_is_in_force_and_one_proposed_is_called_for() -> None:
    proposed = "A bill halting American nuclear weapons testing for a year passed the House on Tuesday."
    enacted = "The president signed a bill halting American nuclear weapons testing for a year into law."
    assert [m.attrs["status"] for m in extract(proposed, published=date(1992, 6, 5)) if m.kind == "moratorium"] == ["called_for"]
    assert [m.attrs["status"] for m in extract(enacted, published=date(1992, 10, 5)) if m.kind == "moratorium"] == ["in_force"]


def test_a_joint_halt_put_forward_is_called_for_and_the_kept_one_stays_in_force() -> None:
    text = (
        "Islamabad said it was ready to consider turning its unilateral halt on nuclear testing "
        "into a bilateral agreement on non-testing with New Delhi."
    )
    found = [m for m in extract(text, published=date(2016, 8, 16)) if m.kind == "moratorium"]
    assert [(m.attrs["status"], m.attrs["actor"]) for m in found] == [("in_force", "PAK"), ("called_for", None)]
    assert found[1].text.startswith("a bilateral agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has long pushed for a regional moratorium on nuclear tests in South Asia.",
        "The minister repeated Pakistan's views on a regional test moratorium at the Vienna meeting on nuclear testing.",
    ],
)
def test_a_regional_test_halt_proposed_is_called_for(text: str) -> None:
    found = [m for m in extract(text, published=date(2016, 8, 16)) if m.kind == "moratorium"]
    assert [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in found] == [("called_for", ["nuclear"], None)]


def test_a_regional_ban_on_something_else_is_no_moratorium() -> None:
    assert [m for m in extract("Islamabad rejected a regional ban on missile sales proposed by Washington.", published=date(2016, 8, 16))
            if m.kind == "moratorium"] == []


# an ordered resumption with no halt in the article stays a test (the dev set's reading), whatever the verb
def test_an_ordered_resumption_with_no_halt_named_is_no_moratorium() -> None:
    text = "The president instructed the military to restart testing of nuclear arms, officials said. No US explosive test has taken place since 1992."
    assert [m for m in extract(text, published=date(2025, 11, 3)) if m.kind == "moratorium"] == []


# Look-alikes (pass 6) beside an in-domain sentence: halts of evictions, debt, fishing, coal mines, arms
# sales and flights, bans imposed by others, scheduled votes; none is a testing halt
_LOOK_ALIKE_DOMAIN = " The army test-fired a ballistic missile on Monday, and the rival state put its troops on alert."


@pytest.mark.parametrize(
    "text",
    [
        "UN resolutions bar North Korea from any ballistic missile launches.",
        "The Security Council has forbidden Pyongyang to conduct nuclear tests.",
        "The government extended the moratorium on evictions until June 30.",
        "A freeze on home evictions was declared until the end of the crisis.",
        "Creditors granted Pakistan a debt moratorium until December.",
        "The G20 suspension of debt payments runs until the end of the year.",
        "A moratorium on cod fishing remains in force off Newfoundland.",
        "Fishing for anchovy was suspended for two years in the gulf.",
        "A treaty that prohibits nuclear explosions was opened for signature in 1996.",
        "A moratorium on new coal mines was extended last year.",
        "The halt on arms sales to the region was lifted, the ministry said.",
        "The ban on cluster munitions imposed by the treaty took effect in 2010.",
        "Flights over the missile test range were suspended for the day.",
        "The suspension of flights over the missile test range was lifted on Monday.",
        "Work on the missile plant was paused for the holiday and will resume next week.",
        "The Senate votes on the defence budget, which funds new missile tests, next week.",
        "The US moved to block the sale of missiles to the region.",
        "The commitment to test the missile twice a year was kept.",
    ],
)
def test_pass6_look_alikes_are_no_moratorium(text: str) -> None:
    assert moratoria(text + _LOOK_ALIKE_DOMAIN) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the halt and its object, then its end in the passive
        ("The moratorium on long-range missile tests was broken by Tuesday's launch, Tokyo said.", "ended"),
        ("The moratorium on nuclear tests was not broken, officials insisted after the missile launch.", "in_force"),
        # no longer to be kept, or kept
        ("The freeze on deploying medium-range missiles can no longer be maintained, the minister said.", "threatened"),
        ("The moratorium on nuclear tests will be maintained, Moscow said after the missile launch.", "in_force"),
        # a party no longer bound by its halt, or still bound
        ("There is no reason for us to be bound by our freeze on missile tests, the general said.", "threatened"),
        ("Russia remains bound by its moratorium on nuclear tests, the ministry said after the missile launch.", "in_force"),
        # a halt proposed in the passive; a chamber voting one in a headline; a bill to block tests
        ("A moratorium on missile tests in the region has been proposed by Seoul, the ministry said.", "called_for"),
        ("House votes one-year moratorium on nuclear tests", "called_for"),
        ("Senators filed a bill to block any US nuclear test explosions.", "called_for"),
        # a pledge named by its noun; a call to make one
        ("Japan reaffirmed its commitment not to conduct nuclear tests, the ministry said after the missile launch.", "in_force"),
        ("Other states were urged by the envoy to make a commitment not to conduct anti-satellite missile tests.", "called_for"),
    ],
)
def test_pass6_families(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


# pass 8: headline calls and proposals, a state banning its own tests, the first-mover pledge with a
# place between 'first' and 'to'
@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        # a call to ban tests ('ban' as a verb counts only urged, legislated or the state's own)
        ("Campaigners Urge Paris To Ban All Nuclear Test Explosions. The missile programme goes on.", "called_for", "FRA"),
        ("Arms control groups urged the president to ban all nuclear test explosions.", "called_for", None),
        ("Activists called on the government to ban nuclear tests for good, after the missile launch.", "called_for", None),
        # a test ban pact proposed in a Title Case headline (no article)
        ("Islamabad Proposes Regional Nuclear Test Ban Pact. The army tested a missile.", "called_for", None),
        ("Pakistan Urges Nuclear Test Ban In South Asia. The army tested a missile.", "called_for", "PAK"),
        # a state (its leader) banning its own tests
        ("Clinton Bans All US Nuclear Test Explosions. The army tested a missile.", "in_force", "USA"),
        ("Russia banned its own nuclear tests for a year, the Kremlin said after the missile launch.", "in_force", "RUS"),
        ("France bans all further French nuclear tests after the Pacific series, Chirac says.", "in_force", "FRA"),
        # never the first (in a place, among others, of two) to resume testing
        ("India says it will never be the first among the nuclear powers to resume atomic tests.", "in_force", "IND"),
        ("Moscow said it would not be the first of the two to return to nuclear testing.", "in_force", "RUS"),
        ("Pakistan said it would not be the first state in the region to restart nuclear tests.", "in_force", "PAK"),
    ],
)
def test_pass8_families(text: str, status: str, actor: str | None) -> None:
    found = moratoria(text)
    assert [m.attrs["status"] for m in found] == [status]
    assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # bans imposed by a treaty, by others or on other things
        "The treaty would ban nuclear test explosions everywhere, diplomats said.",
        "The treaty bans nuclear test explosions everywhere, diplomats said.",
        "The UN bans North Korea's nuclear and missile tests under the new resolution.",
        "Washington bans North Korean missile tests in its new sanctions law, officials said.",
        "Japan banned its citizens from visiting the nuclear test site, officials said.",
        "China banned its state media from reporting the missile test, officials said.",
        "Seoul urged Washington to ban exports of missile parts to the North.",
        "Activists urged the city to ban fireworks near the missile base.",
        # talks on a test ban, a treaty's regime: no halt proposed
        "The President Proposes Test Ban Talks Next Year. The army tested a nuclear device.",
        "Russia Supports Test Ban Verification Regime. The army tested a nuclear device.",
        # the first to resume something else; a past first
        "Pakistan said it would not be the first state in the region to resume talks on missile tests.",
        "India was the first in the region to resume nuclear testing in 1998, the report said.",
    ],
)
def test_pass8_look_alikes_are_no_moratorium(text: str) -> None:
    assert moratoria(text + _LOOK_ALIKE_DOMAIN) == []


@pytest.mark.parametrize(
    "text",
    [
        "The moratorium on nuclear tests held by Moscow stays in force, but Western sanctions on it could be lifted soon.",
        "The moratorium on nuclear tests held by Moscow stays in force and the sanctions on it will be reviewed.",
        "The moratorium on nuclear tests held by Moscow stays in force, while the export curbs may be scrapped.",
    ],
)
def test_an_end_weighed_in_another_clause_leaves_the_halt_in_force(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "The moratorium on nuclear tests could soon be lifted.",
        "The moratorium on nuclear tests, which Moscow has kept for decades, could soon be lifted.",
        "The moratorium on nuclear tests is fragile and could be abandoned.",
        "The moratorium on nuclear tests can no longer be maintained, but the treaty survives.",
    ],
)
def test_an_end_weighed_in_the_halts_own_clause_threatens_it(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["threatened"]


# set 11 pass: 'self-imposed' on a time limit or goal is no halt
@pytest.mark.parametrize(
    "text",
    [
        "Diplomats worked late in Vienna as the self-imposed deadline for a nuclear deal with Iran approached.",
        "The negotiators missed their self-imposed target date for an accord on Iran's nuclear programme.",
        "The powers set aside their self-imposed timeline for the nuclear talks with Tehran.",
    ],
)
def test_a_self_imposed_deadline_is_no_moratorium(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "North Korea said it would no longer honour its self-imposed halt on nuclear and long-range missile tests.",
        "Iran observes a self-imposed cap of 2,000 km on the range of its missiles, officials say.",
    ],
)
def test_a_self_imposed_halt_is_still_one(text: str) -> None:
    assert len(moratoria(text)) == 1


# Paraphrase round 12: own-written wire-style paragraphs wording moratorium mentions in unusual ways (headlines,
# Q&A, quotes, noun and passive forms); phrasings still missed are marked as known gaps.
_PARA12 = [
    ('m01-self-declared-pause', date(2019, 5, 1), "North Korea's self-declared pause in long-range missile testing has held since late 2017, analysts said.", [('moratorium', 'self-declared pause in long-range missile testing', {'status': 'in_force', 'scope': {'icbm', 'long_range_missile'}, 'actor': 'PRK'})], []),
    pytest.param(*('m02-hiatus-ended', date(2022, 3, 25), 'Pyongyang ended a four-year hiatus in ICBM launches on Thursday with a missile that flew higher than any before.', [('moratorium', 'ended a four-year hiatus in ICBM launches', {'status': 'ended', 'scope': ['icbm'], 'actor': 'PRK'})], []), marks=pytest.mark.xfail(strict=True, reason="known gap: scope picks up the later 'missile' of the ending launch")),
    ('m03-refrained-since', date(2023, 10, 6), 'Russia has refrained from testing nuclear weapons since 1990, the foreign ministry noted.', [('moratorium', 'has refrained from testing nuclear weapons since 1990', {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'RUS'})], []),
    pytest.param(*('m04-no-test-pledge', date(2024, 5, 11), "India's no-test pledge, made after its 1998 blasts, remains the basis of its nuclear diplomacy.", [('moratorium', "India's no-test pledge", {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'IND'})], []), marks=pytest.mark.xfail(strict=True, reason='known gap: no scope for a bare no-test pledge')),
    ('m05-voluntary-restraint', date(2024, 6, 3), 'Pakistan said it would keep up its voluntary restraint on nuclear testing as long as India did the same.', [('moratorium', 'its voluntary restraint on nuclear testing', {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'PAK'})], []),
    ('m06-stand-down', date(2022, 4, 19), 'The United States announced a stand-down of its destructive anti-satellite missile tests on Monday.', [('moratorium', 'a stand-down of its destructive anti-satellite missile tests', {'status': 'in_force', 'scope': {'missile', 'other'}, 'actor': 'USA'})], []),
    ('m07-freeze-on-launches', date(2025, 2, 14), 'China has kept a freeze on launches of its intermediate-range missiles while the arms talks go on, the report said.', [('moratorium', 'a freeze on launches of its intermediate-range missiles', {'status': 'in_force', 'scope': {'long_range_missile', 'missile'}, 'actor': 'CHN'})], []),
    pytest.param(*('m08-suspended-programme', date(2025, 4, 1), 'Iran has suspended its programme of space launch vehicle tests after the failure in February, officials said.', [('moratorium', 'suspended its programme of space launch vehicle tests', {'status': 'in_force', 'scope': ['space_launch'], 'actor': 'IRN'})], []), marks=pytest.mark.xfail(strict=True, reason="known gap: 'suspended its programme of ... tests'")),
    ('m09-not-tested-under-pledge', date(2019, 2, 20), 'North Korea has not tested a nuclear device since 2017 under a pledge Kim made before his first summit with Trump.', [('moratorium', 'has not tested a nuclear device since 2017 under a pledge', {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'PRK'})], []),
    pytest.param(*('m10-walks-back-freeze', date(2020, 1, 1), "Kim walks back his test freeze, vowing a 'new strategic weapon'\n\nThe North Korean leader told a party meeting the country no longer felt bound by it.", [('moratorium', 'Kim walks back his test freeze', {'status': {'ended', 'threatened'}, 'actor': 'PRK'})], []), marks=pytest.mark.xfail(strict=True, reason="known gap: headline 'walks back his test freeze'")),
    ('m11-scraps-pause', date(2022, 1, 21), 'Pyongyang scraps the pause on nuclear and ICBM tests it had kept since 2018, state media said.', [('moratorium', 'Pyongyang scraps the pause on nuclear and ICBM tests', {'status': 'ended', 'scope': ['nuclear', 'icbm'], 'actor': 'PRK'})], []),
    ('m12-may-end-restraint', date(2024, 6, 28), 'Moscow may end its restraint on testing intermediate-range missiles, the defence minister warned on Friday.', [('moratorium', 'may end its restraint on testing intermediate-range missiles', {'status': 'threatened', 'scope': {'long_range_missile', 'missile'}, 'actor': 'RUS'})], []),
    pytest.param(*('m13-calls-for-halt', date(2023, 7, 13), "Japan and South Korea called for a halt to North Korea's ballistic missile launches after the latest firing.", [('moratorium', "called for a halt to North Korea's ballistic missile launches", {'status': 'called_for', 'scope': ['missile'], 'actor': 'PRK'})], []), marks=pytest.mark.xfail(strict=True, reason='known gap: actor: the owner of the halted launches under a joint caller')),
    ('m14-lull', date(2025, 9, 1), 'Iran has kept a lull in long-range missile tests since the spring, analysts said, though engine work continues.', [('moratorium', 'kept a lull in long-range missile tests', {'status': 'in_force', 'scope': ['long_range_missile'], 'actor': 'IRN'})], []),
    ('m15-abstention', date(2023, 11, 2), 'Russia threatened to abandon its nuclear test abstention if Washington conducted a blast first.', [('moratorium', 'abandon its nuclear test abstention', {'status': 'threatened', 'scope': ['nuclear'], 'actor': 'RUS'})], []),
    pytest.param(*('m16-halt-in-place-since', date(2024, 7, 15), 'The U.S. Congress voted to bar funding for any nuclear explosive test, in effect extending the American testing halt in place since 1992.', [('moratorium', 'the American testing halt in place since 1992', {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'USA'})], [('moratorium', 'voted to bar funding for any nuclear explosive test')]), marks=pytest.mark.xfail(strict=True, reason="known gap: 'halt in place since' read as called for after a vote")),
    ('m17-on-hold-since', date(2025, 2, 12), 'China has kept its nuclear testing on hold since 1996, the year it signed the test ban treaty.', [('moratorium', 'kept its nuclear testing on hold since 1996', {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'CHN'})], []),
    ('m18-no-longer-bound-promise', date(2020, 1, 2), 'Kim said the North no longer felt bound by its promise to hold off on intercontinental missile launches.', [('moratorium', 'no longer felt bound by its promise to hold off on intercontinental missile launches', {'status': 'ended', 'scope': ['icbm'], 'actor': 'PRK'})], []),
    pytest.param(*('m19-self-imposed-suspension', date(2025, 1, 15), 'Tehran stopped satellite launches from the Semnan site last year under a self-imposed suspension, diplomats said.', [('moratorium', 'stopped satellite launches from the Semnan site last year under a self-imposed suspension', {'status': 'in_force', 'scope': ['space_launch'], 'actor': 'IRN'})], []), marks=pytest.mark.xfail(strict=True, reason="known gap: 'stopped ... under a self-imposed suspension'")),
    ('m20-standstill', date(2024, 8, 29), 'The UN chief urged all nuclear-armed states to maintain a standstill on nuclear testing.', [('moratorium', 'maintain a standstill on nuclear testing', {'status': {'called_for', 'in_force'}, 'scope': ['nuclear'], 'actor': None})], []),
    ('m21-could-lift-self-restraint', date(2024, 3, 10), 'India could lift its self-restraint on thermonuclear tests, a former atomic energy official suggested.', [('moratorium', 'lift its self-restraint on thermonuclear tests', {'status': 'threatened', 'scope': ['nuclear'], 'actor': 'IND'})], []),
    ('m22-lull-ended', date(2019, 5, 6), "North Korea's 17-month missile-test lull ended with the launch of short-range rockets on Saturday.", [('moratorium', '17-month missile-test lull ended', {'status': 'ended', 'scope': ['missile'], 'actor': 'PRK'})], []),
    ('m23-on-ice', date(2025, 6, 5), 'Pakistan has put its cruise missile trials on ice pending talks with India, a military spokesman said.', [('moratorium', 'put its cruise missile trials on ice', {'status': 'in_force', 'scope': ['missile'], 'actor': 'PAK'})], []),
    pytest.param(*('m24-keep-hiatus', date(2025, 11, 6), 'Beijing called on Washington to keep its nuclear testing hiatus in place after reports of preparations in Nevada.', [('moratorium', 'keep its nuclear testing hiatus in place', {'status': {'called_for', 'in_force'}, 'scope': ['nuclear'], 'actor': 'USA'})], []), marks=pytest.mark.xfail(strict=True, reason="known gap: actor: the addressee of 'called on X to keep'")),
    ('m25-abandon-halt', date(2025, 11, 5), 'The Kremlin said it was ready to abandon the long-standing halt on nuclear blasts at Novaya Zemlya.', [('moratorium', 'abandon the long-standing halt on nuclear blasts', {'status': 'threatened', 'scope': ['nuclear'], 'actor': 'RUS'})], []),
    pytest.param(*('m26-cease-engine-tests', date(2018, 9, 19), 'Under the Pyongyang declaration, the North will permanently cease engine tests at the Sohae site.', [('moratorium', 'permanently cease engine tests at the Sohae site', {'status': 'in_force', 'actor': 'PRK'})], []), marks=pytest.mark.xfail(strict=True, reason="known gap: 'cease engine tests' at a site")),
    ('m27-reinstate', date(2022, 2, 1), "Seoul's unification minister demanded that the North reinstate its freeze on long-range launches.", [('moratorium', 'reinstate its freeze on long-range launches', {'status': 'called_for', 'scope': {'long_range_missile', 'missile'}, 'actor': 'PRK'})], []),
    ('m28-decades-old-pause', date(2025, 10, 31), 'Washington reaffirmed its decades-old pause on nuclear explosive testing despite pressure from some senators.', [('moratorium', 'its decades-old pause on nuclear explosive testing', {'status': 'in_force', 'scope': ['nuclear'], 'actor': 'USA'})], []),
]

_PARA12_LOOKALIKES = [
    ('The government extended the eviction moratorium until the end of the quarter.', date(2021, 3, 1)),
    ('A moratorium on new oil drilling in Arctic waters remains in force, the ministry said.', date(2024, 2, 1)),
    ('Regulators imposed a freeze on launches of new crypto funds after the market crash.', date(2024, 5, 1)),
    ("The striker's hiatus from international football ended with a goal on Sunday.", date(2024, 9, 9)),
    ('Iran and the IAEA agreed to a pause in their talks over the Nowruz holiday, both sides said.', date(2025, 3, 20)),
    ('Russia lifted its fishing moratorium in the Sea of Okhotsk after stocks recovered.', date(2023, 4, 4)),
    ("Brazil's soy moratorium in the Amazon has held since 2006, curbing deforestation.", date(2023, 8, 8)),
    ('The company paused testing of its self-driving cars after a crash in Arizona.', date(2024, 10, 2)),
    ('China imposed a freeze on debt repayments for small rural lenders.', date(2024, 11, 5)),
    ('The band announced a hiatus from touring while its drummer recovers.', date(2024, 7, 7)),
    ("Pakistan's cricket board called for a halt to the Test series after the floods.", date(2022, 8, 30)),
]


_PARA_KINDS = ("deadline", "moratorium")


@pytest.mark.parametrize(("name", "published", "text", "expect", "optional"), _PARA12)
def test_para12_moratorium_paraphrases(name: str, published: date, text: str, expect: list, optional: list) -> None:
    check_paragraph(name, published, text, expect, optional, _PARA_KINDS)


@pytest.mark.parametrize(("text", "published"), _PARA12_LOOKALIKES)
def test_para12_moratorium_lookalikes_outside_the_domain_do_not_fire(text: str, published: date) -> None:
    assert [m for m in extract(text, published=published) if m.kind in _PARA_KINDS] == []


@pytest.mark.parametrize(
    "text",
    [
        "China's abstention in the council vote on North Korea's missile tests angered Washington.",
        "Pyongyang used the diplomatic standstill with Seoul to expand its nuclear weapons program.",
        "Iran was given a grace period ending May 15 to restart enrichment talks with the agency.",
        "The lull in the fighting let both armies resupply their missile batteries.",
    ],
)
def test_para12_vote_abstentions_talk_standstills_and_dated_period_ends_are_no_halts(text: str) -> None:
    assert moratoria(text) == []


def test_para12_no_longer_bound_by_a_promise_to_hold_off_ends_the_halt() -> None:
    (match,) = moratoria("Russia said it no longer felt bound by its pledge to refrain from nuclear tests.")
    assert match.attrs["status"] == "ended"


# Pass 12: a promise to forgo "provocations, such as <tests>" halts the tests it lists as examples.
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Pyongyang says it will not attempt any provocations, such as nuclear or ICBM launches, while the talks go on.", {"nuclear", "icbm"}),
        ("Kim promised he would not attempt any strategic provocations, including nuclear tests, during the dialogue.", {"nuclear"}),
        ("The North will not conduct any military provocations, such as ballistic missile tests, a Seoul envoy said.", {"missile"}),
        ("North Korea would not stage any more nuclear tests, its leader told the visiting delegation.", {"nuclear"}),
    ],
)
def test_forgoing_provocations_such_as_tests_is_a_halt(text: str, scope: set) -> None:
    (match,) = moratoria(text)
    assert match.attrs["status"] == "in_force"
    assert set(match.attrs["scope"]) == scope


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said it will not attempt any new talks, such as those on missile tests.",
        "The North will not attend any meetings, including the nuclear talks in Geneva.",
    ],
)
def test_examples_after_a_non_provocation_object_are_no_halt(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Washington abandoned the nuclear accord two years ago and imposed new sanctions.",
        "The president abandoned the 2015 nuclear deal and then imposed fresh ones on Tehran.",
        "After it abandoned the nuclear pact, the administration imposed sweeping sanctions on Iran's oil.",
    ],
)
def test_abandoning_a_deal_and_imposing_sanctions_is_no_halt(text: str) -> None:
    assert moratoria(text) == []


def test_a_test_ban_imposed_and_observed_is_still_one() -> None:
    (match,) = moratoria("The nuclear test ban imposed in 1996 is still observed by the five powers.")
    assert match.attrs["status"] == "in_force"


@pytest.mark.parametrize(
    ("text", "status", "actor"),
    [
        ("Islamabad said it would not be first to resume nuclear tests in South Asia.", "in_force", "PAK"),
        ("India said it would never be the first to resume nuclear testing in the region.", "in_force", "IND"),
        ("Pakistan held its nuclear tests in 1998. It says it will not resume nuclear tests until India does.", "threatened", "PAK"),
        ("Moscow won't restart nuclear tests until Washington does so, the Russian envoy said.", "threatened", "RUS"),
    ],
)
def test_refusing_to_be_first_or_until_the_other_side_does_is_a_halt(text: str, status: str, actor: str) -> None:
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["actor"]) for m in found][-1:] == [(status, actor)]
    assert found[-1].attrs["scope"] == ["nuclear"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Prime Minister Vajpayee said no more nuclear tests are being planned by India.", "IND"),
        ("India plans no further nuclear tests, the foreign minister told parliament on Tuesday.", "IND"),
        ("\"There will be no more nuclear tests,\" Pakistan's prime minister said after the blasts.", "PAK"),
        ("No further underground nuclear tests are scheduled, a French defence ministry spokesman said.", None),
    ],
)
def test_no_more_tests_planned_is_a_halt_in_force(text: str, actor: str | None) -> None:
    (match,) = moratoria(text)
    assert (match.attrs["status"], match.attrs["scope"]) == ("in_force", ["nuclear"])
    if actor is not None:
        assert match.attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "No more than three nuclear tests are planned this year, the ministry said.",
        "The military has not said since 2017 whether further nuclear missile tests are planned.",
        "North Korea has not ruled out a nuclear test since 2017, officials say.",
        "Iran has never tested a nuclear weapon, the agency said in 2019.",
    ],
)
def test_look_alikes_of_a_declared_or_observed_stop_are_no_halt(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    ("text", "scope", "actor"),
    [
        ("North Korea has not tested an intercontinental ballistic missile or nuclear weapon since 2017.", ["icbm", "nuclear"], "PRK"),
        ("Pyongyang hasn't tested a nuclear device since September 2017, when it set off its sixth.", ["nuclear"], "PRK"),
        ("Russia has not tested a nuclear weapon since 1990, the ministry noted.", ["nuclear"], "RUS"),
        ("Iran has not yet tested its new long-range missile since early 2023, analysts said.", ["long_range_missile"], "IRN"),
    ],
)
def test_not_tested_since_a_year_is_an_observed_halt(text: str, scope: list[str], actor: str) -> None:
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["scope"], m.attrs["actor"]) for m in found] == [("in_force", scope, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton called upon other nuclear powers to join in resisting the urge to undertake a nuclear test.",
        "The minister urged Moscow and Washington to resist the temptation to conduct new nuclear tests.",
        "Annan appealed to all nuclear states to resist the urge to resume nuclear testing.",
    ],
)
def test_a_call_to_resist_testing_is_a_called_for_halt(text: str) -> None:
    (match,) = moratoria(text)
    assert (match.attrs["status"], match.attrs["scope"]) == ("called_for", ["nuclear"])


@pytest.mark.parametrize(
    "text",
    [
        "The nuclear envoy resisted the urge to comment on the missile launch.",
        "The IAEA called upon Iran to grant inspectors access to its nuclear sites.",
        "Negotiators worked to meet the self-imposed March 31 deadline for a nuclear framework accord.",
        "Diplomats raced against a self-imposed June 30, 2015 target date for the nuclear deal with Iran.",
    ],
)
def test_resisting_other_urges_and_self_imposed_dates_are_no_halt(text: str) -> None:
    assert moratoria(text) == []


def test_a_moratorium_on_running_reactors_is_no_weapons_halt() -> None:
    text = (
        "The chancellor ordered seven old nuclear reactors idled for three months. "
        "\"When this moratorium ends in June we will decide how to proceed,\" she said, as crowds rallied in protests "
        "outside nuclear plants."
    )
    assert moratoria(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("\"If this moratorium is ever broken by another state, I will direct the Pentagon to prepare to conduct new nuclear tests,\" the U.S. president said.", "USA"),
        ("Should Russia break its freeze, Washington would get ready to carry out new nuclear tests, the official said.", "USA"),
        ("If the moratorium on nuclear testing is violated, France will be prepared to hold further nuclear tests, the minister warned.", "FRA"),
    ],
)
def test_tests_readied_on_a_breach_of_the_halt_threaten_it(text: str, actor: str) -> None:
    readied = [m for m in moratoria(text) if m.attrs["status"] == "threatened"]
    assert [(m.attrs["scope"], m.attrs["actor"]) for m in readied] == [(["nuclear"], actor)]
    assert "prepare" in readied[0].text or "ready" in readied[0].text or "prepared" in readied[0].text


@pytest.mark.parametrize(
    "text",
    [
        "If the talks collapse, the army will prepare to conduct more nuclear tests, the general said.",
        "The navy will prepare to conduct two missile tests next month, a spokesman said.",
    ],
)
def test_tests_readied_with_no_halt_breached_threaten_none(text: str) -> None:
    assert [m for m in moratoria(text) if m.attrs["status"] == "threatened"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan has not carried out a nuclear test since 1998, officials in Islamabad said.",
        "Moscow hasn't staged an underground test since October 1990.",
        "The North has not conducted a test of its largest missile since late 2017.",
    ],
)
def test_a_test_not_conducted_since_a_year_is_an_observed_halt(sentence: str) -> None:
    """dev d-005 keeps such a halt as an optional mention: firing is never charged, missing may be."""
    assert [m.attrs["status"] for m in moratoria(sentence)] == ["in_force"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank has not conducted a stress test since 2019.",
        "Pakistan has not carried out a nuclear test, officials in Islamabad said.",
        "The North has conducted a test of its largest missile since 2017.",
    ],
)
def test_a_test_not_conducted_needs_a_since_and_the_domain(sentence: str) -> None:
    assert moratoria(sentence) == []


# pass 16: deployment halts of a range class, release from a halt, pledges not to deploy
_ARMS = "The Kremlin accuses NATO of a military build-up, with troops, warships and weapons massed near its borders. "


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kremlin Could Scrap Its Freeze on Deployment of Intermediate-Range Nuclear Forces, Officials Say", "threatened"),
        (_ARMS + "Moscow says it will no longer be bound by its moratorium on deploying shorter- and medium-range strike systems if the Pentagon moves arms into Poland.", "threatened"),
        (_ARMS + "Since 2019 Russia has kept to a moratorium on deployment of its shorter-range systems.", "in_force"),
        (_ARMS + "The defence minister said Moscow ended its halt on stationing INF-range weapons in the west.", "ended"),
    ],
)
def test_a_deployment_halt_of_a_range_class_is_a_missile_halt(text: str, status: str) -> None:
    (match,) = moratoria(text)
    assert (match.attrs["status"], match.attrs["scope"]) == (status, ["missile"])


@pytest.mark.parametrize(
    "text",
    [
        _ARMS + "The army lifted its moratorium on deploying short-range patrols along the river.",
        _ARMS + "The minister said Moscow would no longer feel bound by any moratorium on deploying strike weapons.",
    ],
)
def test_a_deployment_halt_needs_a_weapon_class(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("\"Should Washington go ahead, we will consider ourselves free from the unilateral moratorium on nuclear tests,\" the president said.", "threatened"),
        ("Moscow might regard itself as free of its moratorium on missile launches, the minister warned.", "threatened"),
        ("Moscow declared itself free of its moratorium on nuclear tests after the US detonation.", "ended"),
        # "liberated", "released" from it: the same release
        ("\"Should the Americans go ahead, we shall regard ourselves as liberated from our own moratorium on nuclear tests,\" the president said.", "threatened"),
        ("Moscow now considers itself released from its moratorium on nuclear tests, the ministry said.", "ended"),
    ],
)
def test_a_state_free_from_its_halt_threatens_or_ends_it(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


def test_a_halt_that_keeps_something_free_is_in_force() -> None:
    text = "Russia says its moratorium on nuclear tests keeps the steppe free of fallout."
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        _ARMS + "The Kremlin has committed itself to not deploying such medium-range rockets unless the Americans move first.",
        _ARMS + "Russia has vowed never to station short-range missiles in the enclave while NATO holds back.",
        _ARMS + "The Kremlin rejected the claims but promised not to deploy such systems unless the Americans did so first.",
        _ARMS + "Moscow pledged not to deploy hypersonic missiles in Europe.",
    ],
)
def test_a_pledge_not_to_deploy_missiles_is_a_halt_in_force(text: str) -> None:
    (match,) = moratoria(text)
    assert match.attrs["status"] == "in_force" and match.attrs["scope"] == ["missile"]


@pytest.mark.parametrize(
    "text",
    [
        _ARMS + "Russia pledged not to deploy troops near the border unless provoked.",
        _ARMS + "The general promised not to deploy such units unless the Americans did so first.",
        _ARMS + "Moscow pledged to deploy intermediate-range missiles in the enclave.",
    ],
)
def test_a_pledge_not_to_deploy_needs_arms(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim said it was no longer necessary for the North to conduct any more nuclear tests or long-range missile launches.",
        "Pyongyang said it was not necessary for us to carry out any further nuclear tests.",
        "The North Korean leader said there is no need to stage further ICBM tests.",
    ],
)
def test_tests_declared_no_longer_needed_are_a_halt_in_force(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said there is no need for more missile tests to prove the design, but the North may test anyway.",
        "The officials saw no need for further talks after the nuclear test.",
    ],
)
def test_no_need_needs_a_stop_to_further_tests(text: str) -> None:
    assert [m for m in moratoria(text) if m.attrs["status"] == "in_force"] == []


# pass 16b: a freeze "ripped up" or "shredded" is over
@pytest.mark.parametrize(
    "text",
    [
        "The launch of a new ICBM on Thursday ripped up the freeze on long-range launches, analysts said.",
        "Pyongyang shredded its moratorium on nuclear tests with Sunday's blast.",
        "The firing shattered the halt on intermediate-range missile tests that had held for five years.",
    ],
)
def test_pass16b_a_freeze_torn_apart_has_ended(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["ended"]


def test_pass16b_missile_flights_held_off_are_a_halt() -> None:
    text = "Kim had held off on ICBM flights since November 2017 while he courted Washington."
    assert [(m.attrs["status"], m.attrs["actor"]) for m in moratoria(text)] == [("in_force", "PRK")]


@pytest.mark.parametrize(
    "text",
    [
        "Airlines held off on flights over the peninsula after the missile test.",
        "The court ripped up the freeze on housing rents that the city had imposed.",
    ],
)
def test_pass16b_civil_flights_or_a_freeze_on_talks_are_no_halt(text: str) -> None:
    assert [m for m in moratoria(text) if m.attrs["status"] in ("in_force", "ended")] == []


# pass 16b: "no longer any reason for X to be bound by its pledge to refrain from tests"
@pytest.mark.parametrize(
    "text",
    [
        "Kim told the plenum there was no longer any reason for Pyongyang to be bound by its pledge to refrain from nuclear tests.",
        "The minister said there was no longer any reason for the North to be bound by its promise to refrain from long-range missile launches.",
    ],
)
def test_pass16b_a_pledge_no_longer_binding_is_over_or_threatened(text: str) -> None:
    assert [m.attrs["status"] in ("ended", "threatened") for m in moratoria(text)] == [True]


def test_pass16b_a_pledge_still_binding_stays_in_force() -> None:
    text = "Pyongyang said it remained bound by its pledge to refrain from nuclear tests."
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]


# pass 16b: a freeze one state wants another to accept is called for
@pytest.mark.parametrize(
    "text",
    [
        "Washington wants Tehran to accept a multi-year freeze on uranium enrichment as part of any deal.",
        "The envoy expects Pyongyang to agree to a moratorium on missile tests before talks resume.",
    ],
)
def test_pass16b_a_freeze_wanted_of_another_is_called_for(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["called_for"]


def test_pass16b_a_freeze_accepted_is_not_called_for() -> None:
    text = "Tehran accepted a multi-year freeze on uranium enrichment under the 2015 deal."
    assert [m.attrs["status"] for m in moratoria(text)] != ["called_for"]


# review C5, C14-C16: range classes, "free from" modals, predicted ends and needs in doubt
_SALVO = "Pyongyang fired two ballistic missiles into the sea on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        _SALVO + "The town council ordered a freeze on deploying short-range radio systems near hospitals.",
        _SALVO + "Pentagon officials said there is no need to conduct further tests of the new radar before it is deployed.",
        _SALVO + "Experts question whether Pyongyang sees no need to carry out more nuclear tests.",
    ],
)
def test_look_alikes_of_a_halt_are_no_halt(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Moscow keeps its freeze on deploying medium-range strike systems in Asia, the minister said.", "in_force"),
        ("Pyongyang said it sees no need to carry out more nuclear tests, calling its arsenal complete.", "in_force"),
        ("If Seoul hosts new launchers, the region would suffer, an envoy said. Moscow said it now considers itself free from its moratorium on deploying intermediate-range missiles.", "ended"),
    ],
)
def test_halts_that_stay(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


def test_a_predicted_end_of_a_halt_is_not_called_for() -> None:
    text = "Observers expected Pyongyang to declare the end of its moratorium on nuclear tests at the plenum."
    assert "called_for" not in [m.attrs["status"] for m in moratoria(text)]


@pytest.mark.parametrize(
    "text",
    [
        "London could find it awkward and hard to resume testing once its pause on nuclear tests lapses next spring.",
        "Analysts said Moscow may be reluctant to resume nuclear testing while its moratorium holds.",
        "Diplomats think Paris might be unwilling to restart nuclear tests after its moratorium runs out.",
    ],
)
def test_a_hedged_resumption_leaves_the_halt_in_force(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]
    assert "escalation" not in [m.kind for m in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator advocates a slow path to end nuclear testing for good.",
        "Tokyo has long advocated a permanent halt to nuclear tests.",
        "Activists are advocating an end to all nuclear explosive testing.",
    ],
)
def test_advocating_a_halt_is_a_call(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["called_for"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pyongyang threatened to resume nuclear testing, ending its moratorium.", "threatened"),
        ("Moscow said it could restart nuclear tests if its moratorium is not matched.", "threatened"),
    ],
)
def test_a_threat_to_resume_still_threatens_the_halt(text: str, status: str) -> None:
    assert status in [m.attrs["status"] for m in moratoria(text)]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Beijing called Tuesday for Pyongyang to freeze all its nuclear and missile activities.", ["nuclear", "missile"]),
        ("Moscow called on Friday for a freeze on all nuclear testing.", ["nuclear"]),
        ("Seoul urges Pyongyang to halt its missile activities before the talks.", ["missile"]),
        ("Tokyo calls for halt to Pyongyang nuclear, missile activities", ["nuclear", "missile"]),
        ("Envoys push for pause in North Korean nuclear, missile tests", ["nuclear", "missile"]),
    ],
)
def test_calls_to_halt_missile_activities(text: str, scope: list[str]) -> None:
    (match,) = moratoria(text)
    assert match.attrs["status"] == "called_for"
    assert match.attrs["scope"] == scope


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said Tuesday that missile activities near the border had increased.",
        "The minister called Monday for closer trade ties with Seoul.",
    ],
)
def test_missile_activities_without_a_halt_are_no_moratorium(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a gerund ending proposed or floated: its end weighed, a threat to the halt
        "Pyongyang floated the notion of lifting its freeze on ICBM launches and atomic blasts.",
        "A group of senators proposed scrapping the moratorium on nuclear explosive testing.",
        # weighing whether to keep the halt
        "The North now rethinks whether to honour its moratorium on atomic and ICBM tests.",
        "Moscow said it was reconsidering whether or not to keep the unilateral moratorium on missile deployment.",
    ],
)
def test_an_end_floated_or_weighed_threatens_the_halt(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["threatened"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The envoy pressed Russia to keep its moratorium on nuclear explosions.", "called_for"),
        ("Pyongyang said it would stick to its moratorium on nuclear explosions.", "in_force"),
        ("Seoul floated a moratorium on missile launches by both sides of the border.", "called_for"),
    ],
)
def test_keeping_or_proposing_a_halt_is_no_threat(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


def test_weighing_an_unrelated_budget_is_no_moratorium() -> None:
    assert moratoria("The ministry is reviewing whether to keep the budget line for the test range.") == []


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # released from a halt named after a determiner and a long run of modifiers
        ("Pyongyang declared that it no longer felt bound by its own unilateral nuclear and long-range missile test freeze.",
         ["nuclear", "long_range_missile"]),
        ("The leader said his state is no longer bound by its decade-old self-imposed nuclear test moratorium.", ["nuclear"]),
        ("Moscow no longer considers itself bound by the long-standing informal atomic test moratorium.", ["nuclear"]),
    ],
)
def test_a_release_from_a_halt_with_many_modifiers_ends_it(text: str, scope: list[str]) -> None:
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [("ended", scope)]


def test_still_bound_by_a_halt_with_many_modifiers_keeps_it() -> None:
    text = "Officials said the North still felt bound by its own unilateral nuclear and long-range missile test freeze."
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a pledge, promise or vow not to resume testing is a halt in force
        ("The summit statement recalled Pyongyang's promise not to resume testing of long-range missiles.", ["long_range_missile"]),
        ("Tehran has vowed never to resume its missile tests, the minister said.", ["missile"]),
        ("The general repeated the pledge not to restart nuclear explosive tests.", ["nuclear"]),
    ],
)
def test_a_pledge_not_to_resume_tests_is_a_halt_in_force(text: str, scope: list[str]) -> None:
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [("in_force", scope)]


@pytest.mark.parametrize(
    "text",
    [
        "The drug maker pledged not to resume clinical tests until regulators approve the new protocol.",
        "The airline promised not to restart engine tests at night after residents complained.",
    ],
)
def test_a_pledge_not_to_resume_civil_tests_is_no_moratorium(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a halt offered to another party is called for, not in force
        ("Islamabad offered New Delhi a moratorium on nuclear tests.", "called_for"),
        ("Islamabad offers New Delhi moratorium on nuclear tests", "called_for"),
        ("Seoul has offered Pyongyang a joint freeze on missile tests.", "called_for"),
        # a halt said to be needed, in a that-clause
        ("It is more urgent than ever that Iran and India renounce further nuclear tests, the minister said.", "called_for"),
        ("It is essential that both countries renounce nuclear testing.", "called_for"),
        ("It is vital that Pyongyang suspend its missile tests.", "called_for"),
        # a declared stop to further tests
        ("Both governments declared last winter that they would not conduct any more atomic tests.", "in_force"),
        ("Moscow said it would not conduct further nuclear tests.", "in_force"),
        ("Pyongyang said it won't conduct more missile tests this year.", "in_force"),
    ],
)
def test_offered_needed_and_declared_halts(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pakistan offered to extend its own moratorium on nuclear tests.", "in_force"),
        ("Moscow offered no comment on its moratorium on nuclear tests.", "in_force"),
        ("It is important that Pyongyang has suspended its missile tests.", "in_force"),
        ("It is important to note that Russia suspended nuclear testing in 1990.", "in_force"),
    ],
)
def test_look_alikes_keep_the_halt_in_force(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "India said it would not conduct more than two missile tests this year.",
        "India said it would not conduct any more than two missile tests this year.",
    ],
)
def test_a_cap_on_tests_is_no_halt(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Paris said it would restart atomic blasts if any other power did so.",
        "Moscow would only resume nuclear tests as and when Washington did the same.",
        "The Kremlin will resume atomic testing when the Americans do likewise.",
        "Beijing would restart nuclear tests should another state do so.",
    ],
)
def test_a_resumption_held_on_a_reciprocal_condition_is_threatened(text: str) -> None:
    assert [(s, sc) for s, sc, _ in statuses(text)] == [("threatened", ["nuclear"])]


@pytest.mark.parametrize(
    "text",
    [
        "Washington resumed atomic tests when Moscow did the same in 1961.",
        "Seoul will halt its drills if Pyongyang does the same.",
    ],
)
def test_a_past_or_non_test_reciprocity_is_no_halt(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Moscow declared a halt to its nuclear tests in 1985. In January the Soviet leader extended the ban to June 30.", "in_force"),
        ("Moscow declared a halt to its nuclear tests in 1985. After the accident the Soviet leader extended it to August.", "in_force"),
        ("Moscow declared a halt to its nuclear tests in 1985. In the spring the Kremlin said it was ending the ban.", "ended"),
        ("Pyongyang has halted its nuclear tests since 2017. Kim could lift the ban at any time, experts said.", "threatened"),
    ],
)
def test_a_halt_carried_on_as_the_ban(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)][1:] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow declared a halt to its nuclear tests in 1985. Washington later lifted the ban on grain sales.",
        "Moscow declared a halt to its nuclear tests in 1985. The city extended the ban on smoking to parks.",
        "The city banned smoking in 2010 and extended the ban to parks after the nuclear plant leak.",
    ],
)
def test_another_ban_is_no_carried_halt(text: str) -> None:
    assert len(statuses(text)) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington Halts Food Aid to Pyongyang After Missile Launch", []),
        ("Tokyo suspended humanitarian aid to the North after its nuclear test.", []),
        ("Pyongyang agreed to halt missile tests in return for food aid.", ["in_force"]),
        ("The two sides struck a freeze-for-aid deal on nuclear tests.", ["in_force"]),
    ],
)
def test_suspended_aid_is_no_halt_but_aid_as_a_price_is(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in statuses(text)] == expected


_TALKS_LEAD = "Envoys met in Geneva over Tehran's uranium enrichment and its ballistic missile tests. "


@pytest.mark.parametrize(
    ("text", "status", "scope"),
    [
        # the halted work as the subject of a lasting state ("remains suspended", "has been frozen")
        ("Uranium enrichment remains suspended at the Natanz site, inspectors reported.", "in_force", ["other"]),
        ("Production of fissile material has remained suspended for two years.", "in_force", ["other"]),
        ("Enrichment at the plant has been suspended since the spring.", "in_force", ["other"]),
        ("Its nuclear tests have remained halted since the last blast.", "in_force", ["nuclear"]),
        # a halt offered as the price of a reward is a halt asked for
        ("The powers offered Tehran trade benefits in exchange for suspending its enrichment.", "called_for", ["other"]),
        ("Fuel aid was promised in return for a freeze of uranium enrichment.", "called_for", ["other"]),
        # a halt said to come apart is ended
        ("Restarting the centrifuges effectively unravels the suspension of enrichment.", "ended", ["other"]),
        ("Officials said the move was unravelling the suspension of uranium enrichment.", "ended", ["other"]),
    ],
)
def test_passive_traded_and_unravelled_halts(text: str, status: str, scope: list[str]) -> None:
    found = [m for m in extract(_TALKS_LEAD + text, published=PUBLISHED) if m.kind == "moratorium" and m.start >= len(_TALKS_LEAD)]

    assert [(m.attrs["status"], m.attrs["scope"]) for m in found] == [(status, scope)]


@pytest.mark.parametrize(
    "text",
    [
        "The flights remain suspended because of the storm over the capital.",
        "The tests were suspended for an hour because of rain at the range.",
        "Shipments of grain have been suspended at the port since the strike began.",
    ],
)
def test_a_lasting_stop_of_other_work_is_no_moratorium(text: str) -> None:
    found = [m for m in extract(_TALKS_LEAD + text, published=PUBLISHED) if m.kind == "moratorium" and m.start >= len(_TALKS_LEAD)]

    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        # a refusal to renew "it" or to lift "the ban" is about some other pact or sanction
        "Moscow has kept its halt on atomic blasts since 1991. The arms pact lapses next winter, and the Kremlin says it will not renew it.",
        "Moscow has kept its halt on atomic blasts since 1991. The White House said it would never lift the ban, citing its curbs on Russian gas.",
        # another state extending "it" (a resolution, a monitoring body) is no halt of the first
        "Pyongyang has kept a self-declared freeze on nuclear blasts since 2018. The monitors were disbanded when China blocked a motion that would have extended it.",
        # "it" after a pact named in between stands for the pact
        "Moscow has kept its halt on atomic blasts since 1991. The arms accord runs out in March, and the Kremlin says it will renew it.",
    ],
)
def test_fix_c_a_refused_or_other_renewal_is_no_carried_halt(text: str) -> None:
    assert len(statuses(text)) == 1


def test_fix_c_a_halt_extended_as_it_is_still_carried() -> None:
    text = "Moscow declared a stop to its atomic blasts in 1985. Later that year the Kremlin extended it to March."
    assert [s for s, _, _ in statuses(text)] == ["in_force", "in_force"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a halt said to be needed binds the that-clause subject, not the speaker's state
        ("It is crucial that Pyongyang stops its missile launches, the Australian premier said on Monday.", "PRK"),
        ("It is essential that Iran suspends its missile tests, a French diplomat said.", "IRN"),
    ],
)
def test_fix_c_needed_halt_binds_the_that_clause_subject(text: str, actor: str) -> None:
    assert statuses(text) and statuses(text)[0][0] == "called_for" and statuses(text)[0][2] == actor


def test_fix_c_needed_halt_of_a_group_binds_none() -> None:
    assert [(s, a) for s, _, a in statuses("It is urgent that all nuclear states renounce testing, the envoy said.")] == [("called_for", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a programme pause on a technical cause is a schedule, not a halt
        "The Air Force said it would not conduct further tests of the hypersonic glide missile until the cause of the malfunction is known.",
        "The Navy said it will not conduct further missile tests pending a technical review of the failed launch.",
        "The Air Force said it would not conduct further tests of the cruise missile after a booster failure in June.",
    ],
)
def test_fix_c_a_technical_pause_is_no_halt(text: str) -> None:
    assert statuses(text) == []


def test_fix_c_a_political_no_further_tests_pledge_still_fires() -> None:
    text = "Moscow said it would not conduct further nuclear tests while Washington refrained from them."
    assert [s for s, _, _ in statuses(text)] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        # work stopped by damage or sabotage is no declared halt
        "Uranium enrichment at the site remains suspended after a blast damaged the main hall, officials in Tehran said.",
        "Enrichment has remained suspended at the plant since a blackout damaged its cascades, an Iranian engineer said.",
    ],
)
def test_a_halt_forced_by_damage_is_no_moratorium(text: str) -> None:
    assert statuses(text) == []


def test_a_passive_halt_with_no_damage_still_fires() -> None:
    assert [(s, sc) for s, sc, _ in statuses("Enrichment at the underground site remains suspended, the agency said.")] == [("in_force", ["other"])]


@pytest.mark.parametrize(
    "text",
    [
        # a fronted "in exchange for ..." before a halt already made does not make it a call
        "In return for economic aid, Pyongyang froze its long-range missile tests in 2018.",
        "In exchange for the talks, Tehran halted its missile launches and has kept the halt since.",
    ],
)
def test_fronted_exchange_phrase_keeps_the_halt_in_force(text: str) -> None:
    assert [s for s, _, _ in statuses(text)][:1] == ["in_force"]


def test_a_halt_bargained_for_is_called_for() -> None:
    text = "Seoul proposed aid in return for a freeze on North Korean missile tests."
    assert [s for s, _, _ in statuses(text)] == ["called_for"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a halt its party says does not (or will not) bind it
        ("Pyongyang declared the country is not bound by the freeze on long-range rocket launches it had set.", "ended"),
        ("The foreign ministry said the country isn't bound by its pause on nuclear testing any more.", "ended"),
        ("Moscow said it does not consider itself bound by the moratorium on atomic blasts.", "ended"),
        ("The regime warned its army would not remain bound by the moratorium on missile firings after the drills.", "threatened"),
        # a halt disowned outright
        ("Pyongyang has disavowed its moratorium on missile launches.", "ended"),
        ("Tehran Repudiates Missile Test Moratorium", "ended"),
        # a hint that the halt will not last
        ("The envoy said his government cannot keep its moratorium on nuclear tests for ever.", "threatened"),
        ("Officials hinted that they could not maintain the freeze on rocket launches much longer.", "threatened"),
    ],
)
def test_halt_disowned_or_put_in_doubt(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the regime would keep its moratorium on nuclear tests indefinitely.",
        "Russia said it remains bound by its moratorium on atomic blasts.",
    ],
)
def test_a_halt_kept_stays_in_force(text: str) -> None:
    assert [s for s, _, _ in statuses(text)] == ["in_force"]


def test_a_treaty_that_binds_nobody_is_no_halt() -> None:
    assert statuses("The diplomat noted the moratorium was not bound by any treaty.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The North has renewed its threat to end its missile testing ban.", "threatened"),
        ("Moscow may abandon its nuclear testing ban, a Kremlin aide hinted.", "threatened"),
        ("Officials confirmed the government had scrapped its nuclear test ban.", "ended"),
    ],
)
def test_a_testing_ban_a_state_ends(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it would withdraw from the nuclear test ban treaty.",
        "The collapse of the test ban talks left the delegates gloomy.",
    ],
)
def test_a_treaty_or_talks_on_a_test_ban_is_no_halt(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tehran brushed aside the agency's request to suspend enrichment.", "called_for"),
        ("Seoul turned down a request for a freeze on missile tests by the North.", "called_for"),
        ("The board requested that Iran suspend all enrichment work.", "called_for"),
        # "at the request of" only says why a halt was agreed
        ("At the request of Washington, Pyongyang accepted a freeze of its atomic testing.", "in_force"),
        ("Upon request by Seoul, the North agreed to a freeze on missile launches.", "in_force"),
    ],
)
def test_a_request_for_a_halt(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Analysts recalled the North's agreement not to carry out flight tests of its long-range missiles.", ["long_range_missile"]),
        ("North Korea pledged not to test its long-range missiles while the talks lasted.", ["long_range_missile"]),
        ("In 1999 the North said its forces would not flight-test any intermediate-range rockets.", ["missile"]),
        ("Kim told the delegation his country will launch no ballistic missiles before 2003.", ["missile"]),
        ("The regime will fire no more ballistic missiles this year, an envoy said.", ["missile"]),
        ("The leader vowed not to test-fire any new missiles.", ["missile"]),
    ],
)
def test_a_pledge_to_hold_off_testing(text: str, scope: list[str]) -> None:
    assert [(s, sc) for s, sc, _ in statuses(text)] == [("in_force", scope)]


@pytest.mark.parametrize(
    "text",
    [
        "The army will fire no shells during the parade.",
        "The rebels would launch no attack on the capital, a spokesman said.",
        "The ministry promised not to test the patience of voters.",
    ],
)
def test_no_firing_or_testing_of_other_things(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a request for some other thing leaves a halt told in its own clause in force
        ("Inspectors requested entry to the plant where Tehran says it has paused enrichment.", "in_force"),
        ("The agency requested information about the site, which Iran says has halted enrichment.", "in_force"),
        # a request whose object is the halt is still a call
        ("Seoul requested a halt to the North's missile launches.", "called_for"),
    ],
)
def test_a_request_for_something_else_is_no_call(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said it will fire no rockets at the Gulf states, denying the charges.",
        "The North said it would launch no missiles toward its neighbour while the summit lasted.",
    ],
)
def test_a_pledge_not_to_fire_at_a_target_is_no_halt(text: str) -> None:
    assert statuses(text) == []


def test_a_pledge_to_launch_no_missiles_stays_a_halt() -> None:
    assert [(s, sc) for s, sc, _ in statuses("The regime said it will launch no new missiles this year.")] == [("in_force", ["missile"])]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # onlookers doubting that a halt can last: no hint by the bound party
        ("Analysts said Pyongyang could not keep its moratorium on nuclear tests while expanding its arsenal.", "in_force"),
        ("Some observers think Moscow cannot maintain the freeze on missile launches for long.", "in_force"),
        # the bound party itself hinting it cannot keep it
        ("The regime said it could not maintain its moratorium on missile tests much longer.", "threatened"),
    ],
)
def test_doubt_by_onlookers_is_no_threat_to_a_halt(text: str, status: str) -> None:
    assert [s for s, _, _ in statuses(text)] == [status]


_KREMLIN_AFTER = "\n\nThe Kremlin said the step answered the American pause on underground explosions in Nevada."


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Yeltsin prolongs Russia's ban on nuclear testing.", "RUS"),
        ("Gorbachev extended the ban on nuclear testing for three more months.", "RUS"),
        ("The Soviet Union extended its unilateral ban on nuclear explosions until the end of March.", "RUS"),
        ("Nuclear Test Ban Renewed By Moscow", None),  # a headline's passive agent is not read as the actor
    ],
)
def test_a_ban_of_tests_a_state_extends_is_its_own_halt_in_force(text: str, actor: str | None) -> None:
    found = [m for m in moratoria(text + _KREMLIN_AFTER) if m.start < len(text)]
    assert [(m.attrs["status"], m.attrs["scope"]) for m in found] == [("in_force", ["nuclear"])]
    if actor is not None:
        assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats extended the test ban talks in Geneva by another week.",
        "The council extended the ban on arms sales to the region for a year.",
        "Brussels extended its ban on imports of Russian steel until June.",
    ],
)
def test_extended_bans_of_other_things_or_test_ban_talks_are_no_halt(text: str) -> None:
    assert [m for m in moratoria(text + _KREMLIN_AFTER) if m.start < len(text)] == []


# pass 11: an enrichment halt beside a programme word, work raised after 'and', participles with 'since'
@pytest.mark.parametrize(
    "text",
    [
        "Tehran will keep a freeze on its enrichment programme while the talks go on.",
        "Iran said it would suspend enrichment and let inspectors into its nuclear programme.",
        "The Iranians agreed to halt uranium enrichment and to open the whole nuclear program to checks.",
    ],
)
def test_an_enrichment_halt_beside_a_programme_word_is_a_related_activity(text: str) -> None:
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [("in_force", ["other"])]


def test_an_enrichment_halt_with_tests_named_keeps_the_tests() -> None:
    assert [m.attrs["scope"] for m in moratoria("Iran agreed to halt enrichment and missile tests.")] == [["missile"]]


@pytest.mark.parametrize(
    "text",
    [
        "Under a new statute the cabinet must stop IAEA inspections of atomic plants and boost its uranium enrichment.",
        "Tehran threatened to halt inspections and expand its uranium enrichment.",
        "The hardliners want to suspend the monitoring and ramp up enrichment at Natanz.",
    ],
)
def test_work_raised_after_the_halt_of_something_else_is_no_halt(text: str) -> None:
    assert moratoria(text) == []


def test_a_halt_of_enrichment_then_more_cooperation_is_still_a_halt() -> None:
    found = moratoria("Iran agreed to halt uranium enrichment and to step up cooperation with inspectors.")
    assert [(m.attrs["status"], m.attrs["scope"]) for m in found] == [("in_force", ["other"])]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Diplomats fear a return of the nuclear tests halted since September 2017.", ["nuclear"]),
        ("The ICBM flight tests paused since 2018 are a bargaining chip, the envoy said.", ["icbm"]),
        ("Long-range missile tests frozen since late 2017 may soon resume, a general warned.", ["long_range_missile"]),
    ],
)
def test_tests_with_a_halt_participle_and_since_are_a_halt_in_force(text: str, scope: list[str]) -> None:
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [("in_force", scope)]


@pytest.mark.parametrize(
    "text",
    [
        "Flights suspended since March will resume on Monday.",
        "The nuclear talks suspended since 2019 may resume next month.",
    ],
)
def test_other_things_suspended_since_a_date_are_no_halt(text: str) -> None:
    assert moratoria(text) == []


@pytest.mark.parametrize("modal", ["cannot", "can't", "can’t", "could not", "couldn't"])
def test_a_state_saying_it_cannot_keep_its_halt_threatens_it(modal: str) -> None:
    found = moratoria(f"Pyongyang says it {modal} keep its freeze on missile tests for ever.")
    assert [m.attrs["status"] for m in found] == ["threatened"]


_STANDOFF = " The standoff over the North's nuclear programme and its ICBM launches has dragged on for months."


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang offers to suspend atomic tests if Washington calls off its drills.",
        "Pyongyang said it was willing to halt its missile tests in return for talks.",
        "The North is ready to freeze nuclear testing should the exercises stop.",
        "Pyongyang said it was prepared to declare a moratorium on missile tests.",
    ],
)
def test_a_halt_a_state_offers_is_called_for_not_in_force(text: str) -> None:
    found = [m for m in moratoria(text + _STANDOFF) if m.start < len(text)]
    assert [m.attrs["status"] for m in found] == ["called_for"]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang said it was ready to keep its moratorium on nuclear tests.",
        "Pyongyang offered to extend its freeze on missile tests by another year.",
    ],
)
def test_a_halt_a_state_offers_to_keep_stays_in_force(text: str) -> None:
    found = [m for m in moratoria(text + _STANDOFF) if m.start < len(text)]
    assert [m.attrs["status"] for m in found] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim will decide shortly whether to pursue the talks and maintain his freeze on nuclear and missile tests.",
        "The leader is weighing whether to keep the halt on ICBM launches, his deputy said.",
        "Kim is reconsidering U.S. diplomacy and his moratorium on long-range launches, an official said.",
    ],
)
def test_a_halt_whose_future_is_weighed_is_threatened(text: str) -> None:
    found = [m for m in moratoria(text + _STANDOFF) if m.start < len(text)]
    assert [m.attrs["status"] for m in found] == ["threatened"]


def test_a_halt_a_state_says_it_will_keep_stays_in_force() -> None:
    text = "Kim said he would maintain his freeze on nuclear and missile tests."
    assert [m.attrs["status"] for m in moratoria(text + _STANDOFF) if m.start < len(text)] == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington would be ready for talks if the regime halted its weapons testing, the envoy said.",
        "A sensible first move for Pyongyang would be to suspend its missile tests, he said.",
        "If the North froze its nuclear tests, sanctions could be eased.",
    ],
)
def test_a_halt_posed_as_a_condition_or_a_proposal_is_called_for(text: str) -> None:
    found = [m for m in moratoria(text + _STANDOFF) if m.start < len(text)]
    assert [m.attrs["status"] for m in found] == ["called_for"]


def test_a_halt_told_as_done_with_no_condition_stays_in_force() -> None:
    text = "North Korea halted its nuclear tests in 2018 after the summit."
    assert [m.attrs["status"] for m in moratoria(text + _STANDOFF) if m.start < len(text)] == ["in_force"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pyongyang offered to stop its missile tests if Washington scaled back its exercises with Seoul.", "PRK"),
        ("Tehran is prepared to halt missile tests should the United States ease its sanctions, an aide said.", "IRN"),
        ("Moscow said it was willing to declare a moratorium on nuclear tests if Washington did the same.", "RUS"),
        # asked of another, the halt still binds the one asked
        ("The United States pressed Iran to halt its missile tests before any talks.", "IRN"),
    ],
)
def test_a_halt_offered_binds_the_party_that_offers_it(text: str, actor: str) -> None:
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["actor"]) for m in found] == [("called_for", actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts in Oslo believe Norland is not observing its nuclear test moratorium at the Karvik site.",
        "A Senate report found that Valmark has not adhered to its freeze on ICBM launches since March.",
        "Officials said Norland isn't honouring the moratorium on nuclear tests it announced in 2011.",
    ],
)
def test_a_halt_said_not_to_be_kept_now_is_ended(text: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == ["ended"]


@pytest.mark.parametrize(
    "text",
    [
        # a modal or a hypothetical: no statement that the halt is broken now
        "A drawn-out row may mean Norland no longer feels compelled to honour its moratorium on nuclear tests.",
        "Norland has observed its moratorium on nuclear tests since 1998, its envoy told the Karvik forum.",
    ],
)
def test_a_halt_kept_or_only_doubted_is_not_ended(text: str) -> None:
    assert "ended" not in [m.attrs["status"] for m in moratoria(text)]


def test_an_appositive_reading_of_a_threat_to_a_halt_is_part_of_that_mention() -> None:
    text = (
        "Valmark said on Friday it would weigh restarting all the activities it had suspended during the Geneva talks, "
        "in what was seen as a veiled threat to resume its nuclear bomb and long-range rocket tests."
    )
    found = moratoria(text)
    assert [m.attrs["status"] for m in found] == ["threatened"]
    assert found[0].text.endswith("long-range rocket tests")


def test_a_new_threat_after_an_in_force_halt_stays_its_own_mention() -> None:
    # only a threatened mention absorbs the appositive reading; a halt in force before it stays apart
    text = (
        "Valmark has kept its moratorium on nuclear tests since 2009, "
        "in an apparent signal to the Karvik summit that it may resume testing soon."
    )
    assert next(m.attrs["status"] for m in moratoria(text)) == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that Norland is not observing its moratorium on nuclear tests, the envoy said.",
        "Reporters asked whether Norland is not adhering to its moratorium on nuclear tests.",
        "If Norland is not honouring its moratorium on long-range missile tests, sanctions will follow.",
    ],
)
def test_a_halt_doubted_or_asked_about_not_being_kept_is_not_ended(text: str) -> None:
    assert all(m.attrs["status"] != "ended" for m in moratoria(text))


# a halt whose grounds are said to be gone is over; grounds that might go only threaten it
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry said the conditions for maintaining its moratorium on missile deployments have ceased to exist.", "ended"),
        ("Officials said the conditions under which Norland had kept its moratorium on nuclear tests no longer exist.", "ended"),
        ('"Any grounds for continuing this self-imposed restraint on missile tests have vanished," a spokesman said.', "ended"),
        ("The ministry said the conditions for maintaining its moratorium on nuclear tests were still met.", "in_force"),
        # grounds for anything else than keeping the halt
        ("The ministry said the reasons for doubting its moratorium on nuclear tests no longer exist.", "in_force"),
        ("The conditions for maintaining its moratorium on nuclear tests could soon cease to exist, the ministry warned.", "threatened"),
    ],
)
def test_a_halt_whose_grounds_are_gone_is_ended(text: str, status: str) -> None:
    (match,) = moratoria(text)

    assert match.attrs["status"] == status


# a plain passive halt told of tests in the plural or of a mass noun; one test halted is an abort
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Flight trials of the new submarine missile were put on hold in March following three failures.", ["missile"]),
        ("Flight tests of the new ICBM were frozen last year, the ministry said.", ["icbm"]),
        ("Uranium enrichment was suspended in 2003 under the agreement.", ["other"]),
    ],
)
def test_a_plain_passive_halt_of_tests_is_a_moratorium(text: str, scope: list[str]) -> None:
    (match,) = moratoria(text)

    assert (match.attrs["status"], match.attrs["scope"]) == ("in_force", scope)


def test_one_test_halted_before_launch_is_no_moratorium() -> None:
    assert moratoria("The test was halted seconds before launch because of a sensor fault.") == []


# an article on nuclear power: an explosion at a power plant is an accident, not a test word
_PLANT_ACCIDENT = (
    "The chancellor has ordered a shutdown of the country's oldest nuclear reactors pending a review.\n\n"
    "The explosions at the Japanese nuclear power plant drove thousands to protest against her support for the nuclear sector.\n\n"
    "Her cabinet had extended the life of ageing nuclear plants and shelved a plan to go nuclear-free.\n\n"
    "She reacted on Monday with a temporary moratorium, during which experts will study the storage of nuclear waste.\n\n"
)


def test_a_power_plant_article_with_an_accident_holds_no_halt() -> None:
    assert moratoria(_PLANT_ACCIDENT + "The moratorium will run for three months.") == []


def test_a_nuclear_explosion_test_keeps_the_article_in_the_domain() -> None:
    text = "The country conducted a nuclear explosion test in 1998 and has since kept a moratorium on nuclear testing."
    found = moratoria(_PLANT_ACCIDENT + text)
    # with a test named, the article is no longer a power-plant story: both halts are read
    assert [m.text.startswith("She reacted") for m in found] == [True, False]


# a resumption of testing avoided: the halt kept, in force, and no test
@pytest.mark.parametrize(
    "text",
    [
        "The administration decided to avoid a resumption of nuclear testing, officials said.",
        "Washington hopes to avoid any return to nuclear testing.",
    ],
)
def test_an_avoided_resumption_is_a_halt_kept_and_no_test(text: str) -> None:
    found = extract(text, published=PUBLISHED)

    assert [(m.kind, m.attrs["status"]) for m in found if m.kind in ("moratorium", "weapons_test")] == [("moratorium", "in_force")]


def test_a_resumption_announced_is_still_a_test_ahead() -> None:
    found = extract("Russia announced a resumption of nuclear testing.", published=PUBLISHED)

    assert [m.kind for m in found if m.kind in ("moratorium", "weapons_test")] == ["weapons_test"]


# "a resolution demanding that Norland halt its missile tests": a halt asked of another, called for
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The assembly passed a motion on Tuesday demanding that Pyongyang suspend its ballistic missile tests.", "called_for"),
        ("Seoul issued a note demanding that the North freeze all nuclear testing at its northern site.", "called_for"),
        # a halt already kept, the demand elsewhere in the sentence after it
        ("Islamabad has observed a moratorium on nuclear testing since 1998, demanding reciprocity from its rival.", "in_force"),
    ],
)
def test_a_halt_demanded_of_another_is_called_for(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


# "declined to lift its embargo in exchange for Norland's test freeze": lifting the penalties, not the halt
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Negotiations stalled after Washington declined to lift its sanctions in return for Pyongyang's freeze on missile tests.", "in_force"),
        ("Talks collapsed once Brussels would not lift the embargo in exchange for Tehran's halt to missile launches.", "in_force"),
        # the halt itself lifted
        ("Pyongyang said it would lift its freeze on missile tests in the new year.", "threatened"),
    ],
)
def test_lifting_sanctions_is_no_end_of_the_halt_traded_for(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


# "brought an end to the 1990 range treaty that barred land-based cruise missiles": an arrangement ended
@pytest.mark.parametrize(
    "text",
    [
        "Washington quit the accord on Friday, bringing an end to a decades-old arms control pact that capped land-based cruise missiles.",
        "The move put an end to the bilateral missile treaty which had barred both sides from fielding medium-range rockets.",
    ],
)
def test_an_end_to_a_pact_is_no_halt_of_testing(text: str) -> None:
    assert moratoria(text) == []


def test_an_end_to_tests_is_still_a_halt() -> None:
    text = "Paris announced an end to nuclear tests in the Pacific after the last blast at the atoll."
    assert [m.attrs["status"] for m in moratoria(text)] == ["in_force"]


# "urged Pyongyang to abandon the launch": one planned event called off, no halt of testing
def test_calling_off_one_launch_is_no_halt() -> None:
    assert moratoria("Seoul pressed the North on Friday to abandon the launch, which it said would breach council resolutions on rockets.") == []


def test_abandoning_launches_altogether_is_still_a_halt() -> None:
    text = "Tokyo urged Pyongyang to abandon missile launches altogether after the satellite rocket was fired."
    assert [m.attrs["status"] for m in moratoria(text)] == ["called_for"]


# "ran 45 atomic tests ... until its prime minister called a halt to the programme": the tests' programme
def test_a_halt_called_to_a_test_programme_is_in_force() -> None:
    text = "Belgrovia ran 45 atomic tests in the desert until its prime minister called a halt to the programme in 1998."
    assert [(m.attrs["status"], m.attrs["scope"]) for m in moratoria(text)] == [("in_force", ["nuclear"])]


def test_a_halt_called_to_another_programme_is_none() -> None:
    assert moratoria("The ministry ran 45 surveys of the nuclear coast until its chief called a halt to the programme in 1998.") == []


# "would order a nuclear test if Washington tested first": a test held back on the other side moving first
def test_an_order_to_test_held_on_a_first_mover_threatens_the_halt() -> None:
    text = "The Kerovian president said he would order a nuclear test if Washington tested first."
    assert [m.attrs["status"] for m in moratoria(text)] == ["threatened"]


def test_an_order_to_test_with_no_condition_is_no_halt() -> None:
    assert moratoria("The Kerovian general said he would order a nuclear test next month at the northern range.") == []


# "would consider suspending its enrichment": a halt weighed, not one kept
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tehran would consider suspending its uranium enrichment for three months if sanctions were eased, diplomats said.", "called_for"),
        ("Officials said Pyongyang is weighing a temporary freeze on its missile launches.", "called_for"),
        # a halt declared to start later stays in force
        ("Tehran said it would suspend its uranium enrichment from Monday under the deal.", "in_force"),
    ],
)
def test_a_halt_under_consideration_is_called_for(text: str, status: str) -> None:
    assert [m.attrs["status"] for m in moratoria(text)] == [status]


# '"... but there has to be a freeze"' after a halt of Pyongyang's tests was demanded: that halt, called for
def test_there_has_to_be_a_halt_calls_for_the_halt_just_named() -> None:
    text = 'Seoul has demanded that Pyongyang halt its nuclear tests. "We can talk if there is a freeze, but there has to be a freeze," the envoy said.'
    found = moratoria(text)
    assert [(m.attrs["status"], m.attrs["actor"]) for m in found] == [("called_for", "PRK"), ("called_for", "PRK")]
    assert found[1].text.startswith("but there has to be a freeze")


def test_there_has_to_be_a_pause_in_talks_is_no_halt() -> None:
    text = 'Seoul has demanded that Pyongyang halt its nuclear tests. "There has to be a pause in the talks," the envoy said.'
    assert len(moratoria(text)) == 1


# "defies the council, which has demanded that X stop testing": a standing ban by others, defied
@pytest.mark.parametrize(
    "text",
    [
        "The blast openly defies the Security Council, which has demanded that Pyongyang stop nuclear testing.",
        "The launch violates resolutions that require Pyongyang to halt its missile tests, the envoy said.",
    ],
)
def test_a_demand_told_as_the_ban_defied_is_no_call(text: str) -> None:
    assert moratoria(text) == []


def test_a_demand_of_the_news_is_still_a_call() -> None:
    text = "The Security Council on Friday demanded that Pyongyang stop nuclear testing."
    assert [m.attrs["status"] for m in moratoria(text)] == ["called_for"]
