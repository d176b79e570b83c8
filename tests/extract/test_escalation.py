"""escalation: language that raises tension between states, and what does not."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract
from tests.extract.article_cases import Article, E, problems

PUBLISHED = date(2023, 5, 10)


def escalations(text: str) -> list:
    return [m for m in extract(text, published=PUBLISHED) if m.kind == "escalation"]


def _escalations_after(lead: str, text: str) -> list:
    """Escalations of `text` read after an in-domain `lead` (the lead's own left out)."""
    return [m for m in escalations(lead + text) if m.start >= len(lead)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pyongyang threatened to turn Seoul into a sea of fire with its missiles.", "PRK"),
        ("Tehran vowed revenge for the strike on its nuclear scientists.", "IRN"),
        ("Moscow warned that it would deploy nuclear-capable missiles near the border.", "RUS"),
        ("Beijing called the warship transit a dangerous provocation.", "CHN"),
        ("Kim ordered the military to bolster its nuclear deterrent.", "PRK"),
        ("Iran began enriching uranium to 60 percent purity at its nuclear site.", "IRN"),
        ("Washington said it was ready to take military action against the regime.", "USA"),
    ],
)
def test_threats_provocations_and_arsenal_building_are_escalation(text: str, actor: str) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    "text",
    [
        "India poses no threat to Pakistan, the foreign ministry said.",
        "Both leaders agreed to de-escalate tensions and resume nuclear talks.",
        "Some experts doubt the missile programme will provoke a crisis.",
        "Rising steel prices triggered a price escalation clause in the contract.",
        "The customer asked for an escalation of her complaint to a manager.",
    ],
)
def test_negated_hedged_conciliatory_and_off_domain_language_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # threats whose grammatical subject is the target: the threatener is the speaker
        ("North Korea warned that South Korea would pay a heavy price for the joint military drills.", "PRK"),
        ("Tehran said any country that attacks its nuclear sites would face severe consequences.", "IRN"),
        ("Washington said any nuclear attack by Pyongyang would result in the end of that regime.", "USA"),
        ('"Any invasion will be crushed and Seoul will face the consequences," Pyongyang\'s defence minister said.', "PRK"),
        ("Israel's army chief said his forces were ready to strike again if Iran rebuilt its nuclear sites.", "ISR"),
        ('Moscow would respond "symmetrically" to any new U.S. missile deployment, the Kremlin said.', "RUS"),
        ("Moscow has no intention of resuming nuclear tests unless Washington goes first, a Russian diplomat said.", "RUS"),
        # accusations, insults and pressure between states
        ("Tehran accused Washington of economic terrorism over its nuclear sanctions.", "IRN"),
        ("Pyongyang is pressing Washington to ease sanctions before the deadline.", "PRK"),
        ("Pyongyang has repeatedly rebuffed U.S. offers of talks on its missile programme.", "PRK"),
        ('The State Department said Beijing\'s "provocative military drills" raise tensions.', "USA"),
        ("North Korea's provocative drills worried its neighbours.", "PRK"),
        # build-up, enrichment, strike capability
        ("Japan said it would keep reinforcing its deterrence in the southwest islands.", "JPN"),
        ("Iran's navy chief said the country's deterrent was stronger than ever.", "IRN"),
        ("Iran said it would open a new enrichment facility and install advanced centrifuges.", "IRN"),
        ("Tokyo is weighing acquiring the capability to strike enemy missile bases.", "JPN"),
        # drills and retaliation as pressure
        ("The exercises rehearsed blockading the island's ports, China's military said.", "CHN"),
        ("Seoul responded by firing missiles into the sea off the North's coast.", "KOR"),
        # sanctions and treaties
        ("Britain, France and Germany began a 30-day process to reinstate UN sanctions on Iran.", None),
        ("Iran's parliament could vote to leave the Nuclear Non-Proliferation Treaty.", "IRN"),
        ("The United States will suspend its obligations under the nuclear arms treaty in 60 days.", "USA"),
    ],
)
def test_threats_pressure_buildup_and_treaty_moves_are_escalation(text: str, actor: str | None) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor


def test_a_criticism_named_in_the_previous_sentence_is_voiced_by_its_speaker() -> None:
    text = (
        "North Korea's foreign ministry issued a statement on the missile drills. "
        "It branded the allied exercises a rehearsal for invasion of the North."
    )
    (match,) = escalations(text)

    assert match.text.startswith("It branded") and match.attrs["actor"] == "PRK"


@pytest.mark.parametrize(
    "text",
    [
        "The talks could mark the end of the sanctions regime on Iran's nuclear programme.",
        "Both sides said they were ready to strike a deal on the nuclear programme.",
        "China pressed North Korea to return to denuclearization talks.",
        "The hydrogen bomb is a far stronger weapon than an atomic bomb, experts said.",
        "Iran agreed to open its enrichment facility to IAEA inspectors.",
        "Seoul responded by sending a protest note over the missile launch.",
        "The council voted to restore sanctions relief for Iran's nuclear programme.",
        "The parliament voted to leave the nuclear deal intact despite new sanctions.",
        "The Kremlin said it had no plans to increase the number of deployed warheads.",
        "Putin proposed that both sides refrain from deploying intermediate-range missiles in Europe.",
        # in-domain articles with an out-of-domain sentence
        (
            "North Korea fired a ballistic missile on Monday. The coach accused rival clubs of provocation "
            "before the league match and threatened to boycott the tournament."
        ),
        (
            "North Korea fired a ballistic missile on Monday. India's captain warned that his bowlers would "
            "come hard at the Australian top order."
        ),
        (
            "North Korea fired a ballistic missile on Monday. In Washington, the Pentagon said it would deploy "
            "1,000 military medical personnel to help hospitals cope with the COVID-19 pandemic."
        ),
    ],
)
def test_lookalikes_disowned_plans_and_conciliatory_or_off_domain_language_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


# round 8: wider threat, talks, arsenal, nuclear-programme and strike vocabulary
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # threats of force and of retaliation in kind
        ("Washington said all options remain on the table in dealing with Pyongyang's missile programme.", "USA"),
        ("Tel Aviv said it would not hesitate to act against Tehran's nuclear sites.", "ISR"),
        ("Moscow said it would take mirror measures if Washington resumed nuclear testing.", "RUS"),
        ("Islamabad said it would take all necessary measures to defend itself against any Indian missile attack.", "PAK"),
        ("Israel has said it will never allow Iran to acquire a nuclear weapon.", "ISR"),
        ("Moscow would be ready to conduct a nuclear test should Washington test first, the Kremlin said.", "RUS"),
        ("The Pentagon said Washington would hold Pyongyang accountable for any missile attack.", "USA"),
        ("India's army chief said the troops were preparing to strike across the border within days.", "IND"),
        # strikes and drills as pressure
        ("Israeli jets struck Iranian air defences near Isfahan, the military said.", "ISR"),
        ("China staged its largest-ever military drills near the island after the visit.", "CHN"),
        ("Russian forces held naval drills near the Japanese islands with nuclear-capable bombers.", "RUS"),
        # talks broken off or refused
        ("Beijing said it was cutting off military dialogue with Washington.", "CHN"),
        ("Tehran has dismissed the overture from Washington on nuclear talks.", "IRN"),
        ("Beijing has said it will not take part in trilateral arms control negotiations.", "CHN"),
        # arsenals strengthened or shown off
        ("North Korea vowed to keep boosting the combat power of its missile forces.", "PRK"),
        ("Iran's Revolutionary Guards unveiled a new underground missile base on state TV.", "IRN"),
        # nuclear programme steps
        ("Iran said it would stop allowing snap inspections by the IAEA next week.", "IRN"),
        ("Iran will suspend implementation of the Additional Protocol if sanctions remain.", "IRN"),
        ("Iran has started producing uranium metal at its Isfahan plant, the IAEA said.", "IRN"),
        # warnings, criticism and insults
        ("Japan's defence minister called the missile launches a serious threat to national security.", "JPN"),
        ("Taiwan condemned the missile firings as irrational actions that undermine regional peace.", "TWN"),
        ("North Korea's foreign ministry demanded that the U.S. envoy be replaced in the nuclear talks, accusing him of talking nonsense.", "PRK"),
    ],
)
def test_round8_threats_talks_arsenal_and_nuclear_steps_are_escalation(text: str, actor: str) -> None:
    found = escalations(text)

    assert found and found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # treaty caps and adjectival participles describe, they do not deploy or build
        "The New START treaty caps each side at 1,550 deployed strategic nuclear warheads.",
        "The treaty limits both countries to 700 deployed missiles and bombers.",
        "Kim said that under the condition of complete nuclear weapons, no more nuclear tests were needed.",
        # lookalikes of strikes, inspections and talks refused
        "Iran and the IAEA struck a deal on the nuclear inspections last month.",
        "Iran agreed to suspend enrichment and allow snap inspections by the IAEA.",
        "Washington offered to end restrictions on inspections if Tehran returned to the nuclear deal.",
        "North Korea offered to suspend missile drills in exchange for talks with Washington.",
        # observers who imagine a breach, not a state threatening one
        (
            "North Korea fired a new tactical weapon on Wednesday, and analysts said it was likely a short-range "
            "system rather than a long-range missile that would break the North's self-imposed pause on ICBM tests."
        ),
    ],
)
def test_round8_treaty_caps_lookalikes_and_speculation_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_statements_of_different_states_in_one_sentence_are_separate_mentions() -> None:
    text = (
        "India has suspended its participation in the Indus Waters Treaty, and Pakistan has warned that any "
        'attempt to divert its share of water would be treated as "an act of war".'
    )
    actors = [m.attrs["actor"] for m in escalations(text)]

    assert actors == ["IND", "PAK"]


def test_a_quoted_threat_goes_on_with_the_previous_quotations_speaker() -> None:
    text = (
        '"Moscow will keep its test moratorium as long as others do," Putin told reporters in the Kremlin. '
        '"But if the Americans test a nuclear weapon, we will not stand idly by."'
    )
    found = [m for m in escalations(text) if "idly" in m.text]

    assert [m.attrs["actor"] for m in found] == ["RUS"]


def test_a_charge_pinned_on_a_state_is_voiced_by_the_sayer() -> None:
    text = (
        "North Korea's state media reported on the party meeting on Thursday. The Politburo said U.S. hostile "
        "policy had reached a danger line and that the North would bolster its nuclear deterrent."
    )
    (match,) = escalations(text)

    assert match.attrs["actor"] == "PRK"


# round 9: warnings addressed to a state, the crush family, weapons put on duty, consequences laid
# at another's door, force through a pronoun, enrichment expansion in noun form, exchanges of fire,
# and a move announced for when a deadline passes unmet
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("North Korea fired two cruise missiles, which Kim described as a warning to hostile forces.", "PRK"),
        ("The Chinese navy said separatist forces trying to break away from the motherland would be crushed by its warships.", "CHN"),
        ("Pyongyang said its artillery units were ready to deal a crushing blow to the invaders.", "PRK"),
        ("Russia said its new Avangard missile regiment was placed on combat duty at a base in the Urals.", "RUS"),
        ("Tehran said Washington will bear full responsibility for any attack on its nuclear facilities.", "IRN"),
        ("Washington has the strongest navy in the region and would use it against Iran if needed.", "USA"),
        ("The IAEA said Iran tripled its stockpile of uranium enriched to 60 percent in three months.", "IRN"),
        ("Tehran said it would expel the IAEA inspectors if the Europeans did not lift sanctions by June 30.", "IRN"),
    ],
)
def test_round9_escalation_families(text: str, actor: str) -> None:
    found = escalations(text)

    assert found, text
    assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops exchanged heavy artillery fire across the Line of Control on Monday.",
        "The two navies traded rocket, mortar and missile fire near the disputed islands, the army said.",
    ],
)
def test_exchanges_of_fire_are_escalation_by_no_single_state(text: str) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] is None


@pytest.mark.parametrize(
    "text",
    [
        # an exchange of something other than fire
        "Russia and the United States agreed to exchange data on their deployed missile forces under the treaty.",
        "Iran offered to trade its enriched uranium stockpile for sanctions relief, a senior diplomat said.",
        # a weapon's service history, and arsenal counts, are no build-up
        "The Trident missile, first deployed in 1990, will be replaced by a new design in the 2040s.",
        "The treaty limits Russian and American deployed strategic warheads to 1,550 each.",
        # a treaty's expiry date is no threat, even with a condition after it
        "The arms treaty caps both arsenals and lapses on Feb. 5, 2026, unless Moscow and Washington agree to extend it.",
        # tit-for-tat describing tests: the tests are the signal
        "India and Pakistan carried out tit-for-tat nuclear tests in 1998 and have observed moratoriums since.",
        # a warning by campaigners, not by a state
        "Arms control advocates warned that a new test could push other nuclear powers to follow suit.",
    ],
)
def test_round9_look_alikes_are_no_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # talks refused outright, or refused under pressure
        ("North Korea fired two missiles on Monday, ruling out any return to nuclear talks with Seoul.", "PRK"),
        ("Iran's foreign minister said Tehran would never negotiate on its ballistic missile programme.", "IRN"),
        ("Iran dismissed the ultimatum on its nuclear programme as a violation of international law.", "IRN"),
        # an ultimatum's penalty
        ("France told Iran to restore inspector access to its nuclear sites or face new sanctions.", "FRA"),
        ("Britain and France gave Iran a month to restore inspector access to its nuclear sites or face sanctions.", None),
        # force build-up threatened
        ("The Kremlin said Russia would build up its forces on NATO's flank if the missiles were deployed.", "RUS"),
        # South Asian military threat wording
        ("Pakistan's army said after the missile test that it would give a befitting response to any misadventure.", "PAK"),
        # enrichment to be restarted, named by a pronoun
        ("Iran has halted uranium enrichment at its plants but says it will resume it soon.", "IRN"),
        # joint strikes named by the states that flew them: no single actor
        ("Iran's nuclear facilities were damaged in Israeli and U.S. strikes last June.", None),
        # a warner left unnamed: the running speaker, not the states warned about
        (
            ("Iran's Revolutionary Guards test-fired cruise missiles on Friday. A naval commander said the drill went well, "
            "warning that U.S. bases in the region were within reach."),
            "IRN",
        ),
        # "It" opening a sentence after one whose subject is a state
        (
            ("Taiwan's defence ministry said it had tracked 40 Chinese jets near the island. "
            "It condemned the manoeuvres as a reckless provocation."),
            "TWN",
        ),
        # a state after "in" is a place, not the actor
        ("Russia's defence ministry held a briefing. It said nuclear-capable missiles had been put on combat duty in Belarus.", "RUS"),
    ],
)
def test_round10_refusals_ultimatums_and_speakers(text: str, actor: str | None) -> None:
    found = escalations(text)

    assert found, text
    assert found[-1].attrs["actor"] == actor


def test_a_warning_span_runs_into_the_warning() -> None:
    text = (
        "The Kremlin said it wanted an answer on the nuclear arms treaty soon and warned that, without one, "
        "Moscow would act as it saw fit."
    )
    (match,) = escalations(text)

    assert "Moscow would act" in match.text


@pytest.mark.parametrize(
    "text",
    [
        # conciliatory: inspectors let back into bombed plants
        "Iran agreed to let U.N. inspectors back into its bombed enrichment plants next month.",
        # a treaty described, its arsenals counted
        "New START was the last treaty capping the two countries' deployed strategic arsenals.",
        # drills by an international waterway, told neutrally
        "The Revolutionary Guards wrapped up a three-day naval exercise near the Strait of Hormuz on Sunday.",
        # drills suspended in return for talks: the talks are offered, not refused
        "Pyongyang suspended its drills in return for talks with Washington on its nuclear programme.",
    ],
)
def test_round10_look_alikes_are_no_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a retaliation threat: "respond accordingly", "met with a befitting response"
        ('"If anyone deploys such missiles near us, we will respond accordingly," the Kremlin said of Russia\'s nuclear forces.', "RUS"),
        ("India's army chief said any strike on its nuclear facilities would be met with a befitting response.", "IND"),
        ("Israel's defence minister warned the nuclear talks' failure would not go unanswered.", "ISR"),
        # cooperation with inspectors cut back
        ("Iran curtailed cooperation with the IAEA after the strikes on its nuclear sites.", "IRN"),
        # criticism: a declaration of war, drills as preparations for nuclear war
        ("Pyongyang called the allied nuclear drills open preparations for a nuclear war.", "PRK"),
        # arsenal built up: mass production, new weapons to enter service
        ("Kim ordered the mass production of tactical nuclear warheads.", "PRK"),
        ("Putin said the new nuclear-powered missile would enter service next year.", "RUS"),
        # limits abandoned
        ("Russia said that after the treaty expires it will not be bound by any limits on its nuclear warheads.", "RUS"),
        # an order to prepare a nuclear test
        ("Putin ordered officials to draft proposals on preparing for a nuclear test.", "RUS"),
    ],
)
def test_round11_threats_curbs_and_buildup_are_escalation(text: str, actor: str) -> None:
    found = escalations(text)

    assert found, text
    assert found[0].attrs["actor"] == actor


def test_a_participle_warning_is_the_subjects() -> None:
    text = (
        "Kim Yo Jong gave Washington until the end of June to drop its bomber plan, warning that Pyongyang "
        "would otherwise take the most powerful nuclear counteraction."
    )
    found = escalations(text)

    assert found and found[-1].attrs["actor"] == "PRK"


def test_a_quote_closed_by_a_pronoun_is_the_previous_subjects() -> None:
    text = (
        "Kim Yo Jong set Washington a deadline over its nuclear bomber flights. "
        '"If Washington ignores it, it will have to bear full responsibility for all the consequences," she said.'
    )
    found = escalations(text)

    assert found and found[-1].attrs["actor"] == "PRK"


def test_orders_to_test_by_two_states_are_two_escalations() -> None:
    text = (
        "Trump said he had instructed the Pentagon to start testing nuclear weapons. "
        "Putin then ordered officials to draw up proposals for possible preparations for a nuclear test."
    )
    assert [m.attrs["actor"] for m in escalations(text)] == ["USA", "RUS"]


def test_a_negation_does_not_reach_across_clauses() -> None:
    text = 'Taiwan said it would "not back down", and accused Beijing of undermining peace with its nuclear missile drills.'
    found = escalations(text)

    assert found and found[0].attrs["actor"] == "TWN"


@pytest.mark.parametrize(
    "text",
    [
        # halted, stopped, called off: the activity ends
        "The militia has largely halted attacks on shipping since the nuclear deal was reached.",
        "Britain has stopped producing highly enriched uranium for nuclear weapons.",
        "Seoul demanded that Washington cancel a planned deployment of nuclear-capable bombers.",
        # a proposal met with a response is no threat when nothing punishes
        "The nuclear talks proposal was met with silence in Tehran.",
        # history, not a new weapon entering service
        "The Minuteman III nuclear missile entered service in 1970.",
    ],
)
def test_round11_look_alikes_are_no_escalation(text: str) -> None:
    assert escalations(text) == []


def test_test_preparations_completed_are_escalation() -> None:
    text = "Moscow said on Friday that preparations for a possible nuclear test at its Arctic site were complete."
    found = escalations(text)

    assert found and found[0].attrs["actor"] == "RUS"
    assert "preparations for a possible nuclear test" in found[0].text


def test_preparations_for_a_test_ban_meeting_are_no_escalation() -> None:
    assert escalations("Preparations for the nuclear test ban treaty conference in Vienna are complete, diplomats said.") == []


def test_a_new_speakers_threat_is_its_own_escalation() -> None:
    text = (
        "U.S. bombers flew with Japanese jets over the peninsula, a show of force that the North's defense "
        'ministry said would "not go unanswered" with its nuclear forces.'
    )
    actors = [m.attrs["actor"] for m in escalations(text)]

    assert "PRK" in actors and len(actors) == 2


# round 12: arsenal rebuilding, threats of punishment, campaigns of force, referral threats


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pyongyang said it had rebuilt its missile production lines after the floods.", "PRK"),
        ('Pakistan\'s army chief said that "anyone who attacks us will not be spared" by its missiles.', "PAK"),
        ("Moscow promised a military-technical response if the missiles are stationed in Poland.", "RUS"),
        ("Washington ordered a bombing campaign against the militia's missile sites.", "USA"),
        ("The U.S. Navy said a carrier strike group was heading to the Gulf after Iran's missile test.", "USA"),
    ],
)
def test_round12_families_are_escalation(text: str, actor: str) -> None:
    actors = [m.attrs["actor"] for m in escalations(text)]

    assert actor in actors


def test_a_threatened_security_council_referral_is_escalation() -> None:
    text = "The three European powers warned that Iran's nuclear file would be referred to the U.N. Security Council."

    assert escalations(text)


def test_artillery_exchanges_are_escalation() -> None:
    assert escalations("Days of artillery exchanges along the border followed the missile strike.")


@pytest.mark.parametrize(
    "text",
    [
        "Russia and India expanded their military-technical cooperation on civilian helicopters.",
        "The city rebuilt the bridge after the floods, the mayor said.",
        "Players who break curfew will not be spared, the coach said after the match.",
    ],
)
def test_round12_look_alikes_are_no_escalation(text: str) -> None:
    assert escalations(text) == []


# the domain gate: budget shutdowns and civil nuclear power are off domain


def test_a_budget_shutdown_story_yields_no_escalation_even_naming_the_pentagon() -> None:
    text = (
        "The White House escalated the standoff over government funding on Monday. "
        "Federal workers would be furloughed if a stopgap bill is not signed by midnight. "
        "Republicans weighed the nuclear option to change the rules on spending bills. "
        "The Pentagon said military personnel and missile defense operations would continue during a lapse in funding. "
        "The Congressional Budget Office said a shutdown would cost billions."
    )
    assert [m for m in extract(text, published=PUBLISHED) if m.kind in ("escalation", "deadline")] == []


def test_a_nuclear_power_plant_regulator_deadline_is_off_domain() -> None:
    text = (
        "Japan's Nuclear Regulation Authority gave the utility until the end of June to fix its seawall. "
        "The regulator said a missed deadline would delay the reactor restart. "
        "Reliance on nuclear power has grown as electricity bills climbed."
    )
    assert extract(text, published=PUBLISHED) == []


def test_a_nuclear_power_plant_in_a_weapons_story_keeps_the_sentence_in_domain() -> None:
    text = (
        "Iran threatened to enrich uranium to weapons grade if its nuclear sites were attacked again. "
        "Tehran also curtailed cooperation with the agency, allowing inspectors only into its Bushehr nuclear power plant."
    )
    found = escalations(text)

    assert len(found) == 2 and "curtailed cooperation" in found[1].text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Beijing flew H-6 bombers around the island for a third straight day.", "CHN"),
        ("Washington sent two aircraft carriers to the Sea of Japan after the missile launch.", "USA"),
        ("India moved extra artillery units toward the disputed border, officials said.", "IND"),
        ("Israeli jets struck Hezbollah weapons depots in southern Lebanon overnight.", "ISR"),
    ],
)
def test_forces_sent_toward_a_rival_and_strikes_on_depots_are_escalation(text: str, actor: str) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent a delegation to the arms control talks in Geneva.",
        "The airline flew its first passenger jets to Pyongyang since the pandemic.",
        "Think tanks said the nuclear talks had moved slowly.",
    ],
)
def test_sending_or_flying_no_military_force_is_no_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pyongyang said it would exercise its right to self-defence against the missile drills.", "PRK"),
        ("Minsk said it would answer with everything it has if its missile sites were attacked.", "BLR"),
        ('Tehran said it would respond with "proportionate measures" to the missile resolution.', "IRN"),
        ("Washington said every option remains on the table after the missile launch.", "USA"),
        ("Putin said mass production of the new missile had begun.", "RUS"),
        ("Iran suspended its cooperation with the nuclear watchdog last month.", "IRN"),
        ("Pyongyang has rejected calls from Seoul to return to denuclearization talks.", "PRK"),
        ("Israeli jets struck an arms factory near the missile base.", "ISR"),
        ("Moscow said it would mirror any U.S. nuclear test.", "RUS"),
        ('Tehran said the new missile would be supplied to naval units "in large numbers".', "IRN"),
    ],
)
def test_round13_threats_buildups_and_cooperation_cuts_are_escalation(text: str, actor: str) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor


def test_troops_closing_in_and_further_measures_are_escalation() -> None:
    assert escalations("Officials said hundreds of soldiers had moved to within a mile of the missile site.")
    assert escalations("The ministers stood ready to take further significant measures against the missile programme.")


def test_a_quoted_our_is_the_speaker_not_the_state_the_quotation_names() -> None:
    text = (
        "North Korea's envoy addressed the council on the missile launch. He added: \"The more Washington "
        'sends its carriers, the faster our nuclear forces will grow."'
    )
    (match,) = escalations(text)

    assert "will grow" in match.text
    assert match.attrs["actor"] == "PRK"


def test_drills_answering_provocations_late_in_the_sentence_and_joint_actors() -> None:
    (drills,) = escalations(
        "The navy began exercises near the missile range on Monday to practise anti-submarine warfare, "
        "in what officials described as a response to provocations."
    )
    assert "exercises" in drills.text and "response" in drills.text
    (joint,) = escalations("The United States and South Korea flew B-1B bombers along the coast after the missile launch.")
    assert joint.attrs["actor"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubt the nuclear forces will grow much before the missile talks.",
        "Without new funding, Russia's missile arsenal will grow obsolete.",
        "Pyongyang agreed to return to denuclearization talks on the missile programme.",
        "Iran has resumed its cooperation with the nuclear watchdog on missile questions.",
        "The missile debris moved to within a few kilometres of the coast.",
        "The navy began routine exercises on Monday at the missile range, the ministry said in response to a question.",
        "Let there be no doubt, the missile talks will go ahead as planned.",
    ],
)
def test_round13_cues_do_not_fire_when_hedged_conciliatory_or_without_force(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Tehran said it had no interest in negotiations with the European powers over its missile programme.", "IRN"),
        ('Pyongyang said there was "nothing to talk about" with Washington while the missile drills went on.', "PRK"),
        ("Moscow has repeatedly rejected Western calls to join arms control talks on its missile arsenal.", "RUS"),
        ("Moscow completed the withdrawal of its test-ban treaty ratification in a vote on the nuclear arsenal.", "RUS"),
        ("Moscow warned that NATO capitals could be reduced to radioactive dust by its missiles.", "RUS"),
        ("Kim ordered the military to put the new missile into service with frontline units.", "PRK"),
    ],
)
def test_round14_refusing_talks_revoking_ratification_annihilation_threats_and_fielding(text: str, actor: str) -> None:
    matches = escalations(text)

    assert matches and {m.attrs["actor"] for m in matches} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say a new missile test would most probably come as a tit-for-tat response to a U.S. move.",
        "The missile engineers put the parts into storage after the ICBM trial was postponed.",
        "The navy said the troop withdrawal of the missile units was complete.",
    ],
)
def test_round14_hedged_guesses_and_unrelated_objects_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_round14_figurative_war_and_weapon_cues_do_not_open_an_off_domain_article() -> None:
    text = (
        "The carmaker's new electric car passed its crash tests on Monday, and showrooms will get it next month.\n\n"
        "The union said the pay dispute had become a war of attrition and accused managers of using the factory move "
        "as a weapon against workers. Talks broke down and the dispute has escalated since May.\n\n"
        "Analysts called the launch a charm offensive aimed at younger buyers."
    )
    assert [m for m in extract(text, published=PUBLISHED)] == []


# round 15: descriptions that are no escalation
@pytest.mark.parametrize(
    "text",
    [
        "The United States keeps 400 nuclear missiles in silos. First deployed in 1970, the missiles were meant to serve a decade.",
        "The nuclear treaty, the last pact capping the number of strategic warheads deployed by Russia and the United States, expired.",
        "Russia launched a ballistic missile at dawn. The Kremlin would not say whether Poland had been warned.",
        "India accused Pakistan of backing gunmen who killed 12 villagers in Kashmir, the deadliest attack on civilians in the region this year.",
        "India said its missile program had been held in abeyance for budget reasons.",
        "North Korea fired a ballistic missile at a target island off its east coast, the Korean Central News Agency said.",
        'Pakistan\'s foreign minister spoke after the missile test. "If they make an offer on the talks, we will respond," he said.',
    ],
)
def test_round15_descriptions_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_defences_deployed_around_a_city_are_no_buildup() -> None:
    text = "Russia launched a ballistic missile at Kyiv, too fast for the air defences deployed around the capital."

    (match,) = escalations(text)  # the strike only

    assert "deployed" not in match.text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("India said the water-sharing treaty with Pakistan would be held in abeyance after the missile attack on its soldiers.", "IND"),
        ('"Our navy is growing fast, and we will continue to expand our nuclear deterrent," Kim Jong Un said.', "PRK"),
        ("Russia fired cruise missiles at the Ukrainian port of Odesa overnight, Ukraine's air force said.", "RUS"),
        ('Pakistan\'s army chief spoke after the missile test. "If they attack us, we will respond," he said.', "PAK"),
        ("Inspectors have not visited the nuclear sites struck by Israeli warplanes last year.", "ISR"),
        ("Inspectors have not visited the nuclear sites struck by Israeli and U.S. warplanes last year.", None),
        ('"Any nuclear test would be met with a forceful response from the United States," the envoy told reporters in Seoul.', "USA"),
        ("Putin instructed officials to draw up proposals for a possible nuclear test.", "RUS"),
        ("China's defence ministry called the Taiwanese leader a troublemaker after the missile drills.", "CHN"),
        ('Moscow said NATO bases in Poland "are within our reach" after the missile test.', "RUS"),
        ("The alliance said it would do whatever it takes to defend its territory against Russian missiles.", None),
        ('In Washington, the State Department said Beijing\'s "intimidation" of Taiwan during the missile drills was raising tensions.', "USA"),
    ],
)
def test_round15_strikes_threats_and_suspensions(text: str, actor: str | None) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor


def test_strikes_and_a_separate_states_launch_keep_their_own_actors() -> None:
    text = "During the war, Israeli and U.S. strikes hit nuclear sites and Iran fired hundreds of missiles at Israeli cities."

    actors = [m.attrs["actor"] for m in escalations(text)]

    assert actors == [None, "IRN"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a conditional counter-strike: "if they fire at us, we will hit ..."
        (('Pakistan\'s army chief spoke after the nuclear-capable ballistic missile test. "If India fires at us, we will hit its '
          'air bases harder," he said.'), "PAK"),
        # a quotation opened in an earlier sentence, closed with its (pronoun) speaker
        (('Seoul\'s defence minister spoke after the North\'s nuclear test. "We are ready. If they attack, we will hit their '
          'missile sites first," he said.'), "KOR"),
        # an international body's official speaks for no state, not for the state the quote names
        (('IAEA Director General Rafael Grossi spoke after the missile test. "It is alarming. Iran must open its sites, and '
          'we will do whatever it takes to defend the treaty," Grossi told reporters.'), None),
        # ", he wrote,": the pronoun's referent threatens, not the state named before it
        (("Former president Dmitry Medvedev posted on Telegram after the nuclear missile test. Poland's leaders, he wrote, risked "
          'having their cities turned into "radioactive ash."'), "RUS"),
        # the fallback speaker is the previous sentence's subject, not the last state it names
        (("KCNA issued a statement after the missile test accusing Japan of backing Washington. The statement said the allies "
          'would "pay the price" for the drills.'), "PRK"),
        ('"Whoever raises a hand against our country will regret it," Israel\'s defence minister said after the missile test.', "ISR"),
        ("Ukraine's president called the missile strike on the city an act of terror.", "UKR"),
    ],
)
def test_round15_speakers_of_quoted_and_conditional_threats(text: str, actor: str | None) -> None:
    matches = escalations(text)

    assert matches and matches[-1].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # no condition: a strike reported, no conditional threat from "fire ... hit"
        "The missile test was fired from a range in the north and the warhead hit a target barge at sea.",
        # a militant's act described without a state's accusation is still named; but no hand raised in threat
        "Officials raised a hand to vote on the missile budget in parliament.",
    ],
)
def test_round15_no_threat_without_the_conditional_or_idiom(text: str) -> None:
    assert escalations(text) == []


# --- round 16: games and fiction as a distractor family; strikes told in the active voice;
# incoming fire; refusals and build-up statements

_GAME_REVIEW = (
    "Review: 'Iron Horizon' turns the arms race into a board you can play\n\n"
    "Forty hours into my campaign, my little republic test-fired its first intercontinental missile to "
    "scare a rival, and the AI answered by putting its bombers on alert. The game is a strategy title "
    "from a small studio, and players build an arsenal of missiles and warheads turn by turn.\n\n"
    "You can sign a moratorium on nuclear tests with rivals or threaten a first strike, and the game "
    "punishes players who escalate too fast. The tutorial is long, the servers crashed at launch and "
    "the PC version stutters, but the studio has promised a patch. Most games let you fire a nuke for fun; "
    "this one wants players to feel the weight of the button.\n\n"
    "Verdict: 7/10. The game is out on PC now; console versions follow next year."
)


def test_round16_a_video_game_review_is_off_domain() -> None:
    from streams.extract.document import Document

    assert not Document(_GAME_REVIEW, PUBLISHED).in_domain
    assert extract(_GAME_REVIEW, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        # figurative "game" and "players" are no distractors of a real missile story
        "North Korea's military said the new hypersonic missile was a game changer after Tuesday's test-fire.",
        "Regional players condemned the ballistic missile launch by North Korea on Tuesday.",
    ],
)
def test_round16_figurative_game_and_players_stay_in_domain(text: str) -> None:
    from streams.extract.document import Document

    assert Document(text, PUBLISHED).sentence_in_domain(0)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russian jets have struck the city of Kharkiv with glide bombs, Ukrainian officials said.", "RUS"),
        ("Israeli fighter jets pounded weapons depots near the port on Sunday.", "ISR"),
        ("Israel has struck Syria dozens of times this year, hitting weapons depots.", "ISR"),
        # conjoined states strike together: no single actor
        ("Israel and the United States bombed the underground enrichment halls in June.", None),
    ],
)
def test_round16_strikes_in_the_active_voice(text: str, actor: str | None) -> None:
    matches = escalations(text)

    assert matches and matches[0].attrs["actor"] == actor


def test_round16_a_state_that_struck_a_deal_does_not_escalate() -> None:
    assert escalations("Iran struck a deal with its neighbours on missile exports last year.") == []


def test_round16_intercepted_fire_from_a_state_is_escalation() -> None:
    (match,) = escalations("Saudi air defences intercepted a ballistic missile fired from Yemen overnight.")

    assert "fired from Yemen" in match.text


def test_round16_a_launch_from_a_state_without_interception_is_no_attack() -> None:
    assert escalations("The missile fired from Iran's north-east flew 1,200 km in the test.") == []


def test_round16_a_strike_on_ones_own_satellite_is_no_attack() -> None:
    assert escalations("India's 2019 strike on its own satellite left debris in low orbit after the missile test.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russia's stockpile of deployed nuclear warheads has grown to more than 1,700, the report said.", "RUS"),
        ("Pakistan was also expanding its fleet of road-mobile launchers for nuclear missiles.", "PAK"),
        ("Beijing said it would not participate in so-called trilateral nuclear disarmament negotiations.", "CHN"),
        ("China's foreign ministry said it was unrealistic to ask China to join talks on nuclear weapons.", "CHN"),
        ('Pyongyang said it would "take corresponding action" against the nuclear drills.', "PRK"),
    ],
)
def test_round16_buildup_refusals_and_counteraction(text: str, actor: str) -> None:
    matches = escalations(text)

    assert matches and matches[0].attrs["actor"] == actor


def test_round16_a_grown_economy_is_no_buildup() -> None:
    assert escalations("Russia's economy has grown by 2 percent despite sanctions over the missile programme.") == []


# round 16: correlative deterrent, loading into silos, barred rebuilding, quoted agents, speakers


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pyongyang said the more Washington pressures it, the mightier its nuclear deterrent will become.", "PRK"),
        ("Satellite images show Russia has loaded dozens of nuclear missiles into new silo fields.", "RUS"),
        ("Israeli ministers said they would never allow Iran to reconstitute its missile sites.", "ISR"),
        ('Moscow warned that any strike would be met with "a crushing response" to the missile deployment.', "RUS"),
        ('The ballistic missile launch drew a threat of "merciless retaliation" from North Korea.', "PRK"),
    ],
)
def test_round16_escalation_shapes(text: str, actor: str) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "The older the nuclear deterrent gets, the sharper the debate over its cost will become.",
        "Farm workers loaded grain into new silos near the old missile base.",
        "The city will not allow residents to rebuild homes near the former nuclear test site.",
    ],
)
def test_round16_lookalikes_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_ultimatum_reported_by_a_pronoun_is_the_speakers() -> None:
    text = (
        "Kim Yo-jong, the sister of North Korea's leader, condemned the nuclear drills. "
        "She said Seoul and Washington had until Friday to halt the missile exercises or face a crushing response."
    )
    found = escalations(text)
    assert found and all(m.attrs["actor"] == "PRK" for m in found if "or face" in m.text)


def test_a_quoted_threat_against_a_state_stays_the_subjects() -> None:
    (match,) = escalations('Seoul issued a threat of "corresponding action" against North Korea over its missile tests.')
    assert match.attrs["actor"] == "KOR"


@pytest.mark.parametrize(
    "text",
    [
        # a navigational notice ahead of a launch is no threat
        "Before the submarine launch, the navy warned ships to stay clear of a zone off the coast.",
        "Japan's coast guard warned fishing boats to avoid waters where North Korea said it would fire a missile.",
        # what is forsworn, relative clause included, is conciliatory
        'Both capitals pledged to refrain from any step that might be seen as hostile by the other side.',
        # resuming talks is diplomacy, not resumed enrichment
        "Washington asked Iran to declare its enriched uranium and resume talks with inspectors present.",
    ],
)
def test_notices_forsworn_acts_and_resumed_talks_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a warning to ships that they will be targeted is still a threat
        ("Tehran warned ships sailing to Israeli ports that its ballistic missiles would hit them.", "IRN"),
        # a threat in a later clause than the forswearing one escalates on its own
        ("Moscow said it would refrain from comment, but warned that it would deploy more missiles near the border.", "RUS"),
        ("Iran answered the air raids with missile barrages on Israeli cities.", "IRN"),
        ("Pyongyang declared it void after Seoul resumed propaganda broadcasts over its nuclear tests.", "PRK"),
    ],
)
def test_threats_barrages_and_voided_pacts_still_escalate(text: str, actor: str) -> None:
    found = escalations(text)

    assert found
    assert found[0].attrs["actor"] == actor


# round 17: ships attacked, munitions fired, prompted ultimatum setters, "as" clauses, issued ultimatums
_MISSILE = "The group has fired ballistic missiles before. "


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (_MISSILE + "Militants in Yemen say they struck a Panama-flagged cargo ship with a drone.", None),
        (_MISSILE + "Last year the Houthis sank two merchant vessels off Hodeidah.", None),
        (_MISSILE + "On Sunday Pyongyang fired about 90 artillery shells toward the islands.", "PRK"),
        (_MISSILE + "Iran seized a tanker, prompting Britain to give Tehran a week to free it or face new sanctions.", "GBR"),
        (_MISSILE + '"If they refuse, we will hit them harder," the Israeli defence minister said.', "ISR"),
    ],
)
def test_ship_attacks_munitions_fired_and_prompted_ultimatums_are_escalation(text: str, actor: str | None) -> None:
    found = [m for m in escalations(text) if m.start >= len(_MISSILE)]
    assert found, text
    if actor is not None:
        assert found[-1].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        _MISSILE + "Shipping shares sank sharply as tanker rates hit a yearly high.",
        _MISSILE + "Rising fuel costs hit tanker operators hard this quarter.",
        _MISSILE + "The firm fired 200 workers and sold its shells business.",
    ],
)
def test_markets_and_layoffs_near_ship_and_shell_words_are_not_escalation(text: str) -> None:
    assert not [m for m in escalations(text) if m.start >= len(_MISSILE)], text


def test_a_state_opening_an_as_clause_acts_on_its_own() -> None:
    found = escalations("Rebels claim missile strike on a frigate as Washington issues 72-hour ultimatum")
    assert {m.attrs["actor"] for m in found} >= {"USA"}
    told = escalations("Britain told Iran to free the ship or face new sanctions, prompting Tehran to protest the missile tests.")
    assert told and told[0].attrs["actor"] == "GBR"


def test_a_sayer_who_quotes_a_charge_and_then_warns_is_the_one_warning() -> None:
    text = 'A Russian Foreign Ministry spokeswoman said Poland was "stoking hysteria" and warned that Moscow would respond to any missile deployment.'
    assert [m.attrs["actor"] for m in escalations(text)] == ["RUS"]
    plain = "Poland said the missile deployment was defensive and warned that Russia would test it."
    assert {m.attrs["actor"] for m in escalations(plain)} <= {"POL"}


# round 18: interceptor descriptions, adjectival participles, ultimatums of a duration, pledges to
# use every means, negated doubt, drills presented as a demonstration
@pytest.mark.parametrize(
    "text",
    [
        "The new radar is built to track and destroy incoming missiles over the capital, the missile agency said.",
        "Its interceptor, which is designed to destroy cruise missiles at low altitude, entered service in 2021.",
        "Lawmakers asked the Pentagon how fast it could upload more warheads to deployed missiles if the treaty lapsed.",
        "The agency's board gave Tehran 30 days to account for uranium traces at two sites.",
        "Officials said the new Agni missile can reach any city in the region.",
    ],
)
def test_round18_descriptions_and_agency_limits_are_not_escalation(text: str) -> None:
    assert not escalations(text), text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Washington gave Pyongyang three weeks to halt its missile launches.", "USA"),
        ('Washington had given Moscow "ten days" to come back to the nuclear arms talks, officials said.', "USA"),
        ("France and Britain gave Iran a month to restore inspections at its missile sites.", None),
        ('"Let no one doubt that we will defend our allies with every means at our disposal," the Russian defence minister said of the missile deployment.', "RUS"),
        ("Seoul and Washington staged combined air drills in a demonstration of their readiness after the missile launch.", None),
    ],
)
def test_round18_ultimatums_pledges_and_demonstrations(text: str, actor: str | None) -> None:
    found = escalations(text)
    assert found, text
    assert found[0].attrs["actor"] == actor, text


# real-news round: range statements, absolute and relative clauses, threats to close liaison
# offices, orders to ready a test site, weapons put into production, a deal left without an object
@pytest.mark.parametrize(
    "text",
    [
        "The army test-fired a cruise missile capable of hitting targets as far as 900 kilometres away.",
        "The new rocket is capable of striking a target 300 km from its launcher, the ministry said.",
        "After the truce deal on the missile tests, Israel withdrew its troops from the border area.",
        "Under the arms treaty, Russian forces withdrew from the test range to the city of Kazan.",
        "The ministry shut its press office for the holiday after the missile test.",
    ],
)
def test_real_news_ranges_and_other_withdrawals_are_not_escalation(text: str) -> None:
    assert not escalations(text), text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an absolute "with" clause opens on its own subject
        ("Fears of a nuclear test have grown, with Pyongyang restoring its test site - and with Tokyo refusing to rule out air strikes.", "JPN"),
        # a relative clause's antecedent is the one warning; "in Ukraine" is a place
        ("The missile test follows threats from the Kremlin, which has rejected a truce in Ukraine and warned NATO against strikes deep inside Russia.", "RUS"),
        # a speaker named after the quotation ("said Kim"), introduced in an earlier sentence
        ('North Korean leader Kim Jong Un spoke after the ballistic missile launch on the nuclear test site. "If the leaflets keep coming, the Seoul puppets must face the worst," said Kim in a statement.', "PRK"),
        ('"These drills have pushed the tense situation to a dangerous edge," said a North Korean army spokesman.', "PRK"),
        ("North Korea said it could shut down the liaison office with the South over the missile drills.", "PRK"),
        ("In March, Putin ordered the preparation of a nuclear test site in the Arctic.", "RUS"),
        ("Moscow said it had finished the new hypersonic missile and would put it into serial production next year.", "RUS"),
        ("Putin said he had told his generals to begin preparing deployment of the new missile.", "RUS"),
        ("A Houthi ballistic missile slipped through air defenses and hit an Israeli airport.", {None, "YEM"}),
        ("The nuclear deal has been in limbo since the United States withdrew in 2018 and restored its sanctions.", "USA"),
        ("Iran has breached the 2015 nuclear accord, which Washington pulled out of in 2018.", "USA"),
        ("Russian officials urged nuclear testing on the Arctic islands to scare the West.", "RUS"),
    ],
)
def test_real_news_escalation_cues_and_actors(text: str, actor: object) -> None:
    found = escalations(text)
    assert found, text
    if isinstance(actor, set):
        assert found[-1].attrs["actor"] in actor, text
    else:
        assert found[-1].attrs["actor"] == actor, text


def test_a_civil_reactor_licensing_story_yields_no_signal() -> None:
    text = (
        "Federal regulators said they will grant a low-power test licence to the coastal plant next week. "
        "The utility plans to begin low-power testing of the plant within ten days of approval, and its ratepayers "
        "will carry the cost of the operating license hearings."
    )
    assert extract(text, published=PUBLISHED) == []


def test_a_state_shut_out_of_talks_is_not_shutting_talks() -> None:
    assert not escalations("Ukraine was shut out of the talks on the missile deal, its foreign minister complained.")


@pytest.mark.parametrize(
    "text",
    [
        "The White House said all hell will break loose over the nuclear program if Tehran keeps enriching uranium.",
        "Washington said there will be hell to pay if Iran enriches uranium to weapons grade.",
        "Pyongyang is not afraid to use force against the South, its defense ministry said of the missile drills.",
        "The president will decide whether to strike Iran's nuclear facilities in the coming days.",
        "Israel said its campaign against the Iranian nuclear program would go on for as many weeks as it takes.",
        "North Korea shelled the border island and South Korea returned fire with artillery.",
        "Iran's parliament could push for the country's withdrawal from the Non-Proliferation Treaty, lawmakers said.",
        "Tehran has ruled out negotiating any limits on its nuclear enrichment.",
        "Moscow ordered snap tactical nuclear weapons drills in its southern district.",
    ],
)
def test_threat_strike_and_withdrawal_families_escalate(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a navigation notice ahead of a launch is no threat to a state
        "The Army tested a hypersonic missile after the range posted hazard notices and warnings for ships and aircraft.",
        "The Army tested a hypersonic missile once the range had issued warnings to shipping.",  # "warnings to" is one cue
        "Before the missile test, authorities issued navigational warnings to mariners in the area.",
        # a retort in words is no return of fire
        "China's foreign ministry fired back at the criticism of its nuclear missile build-up.",
        # a routine exercise is not a snap drill
        "Russia held routine missile drills in the Arctic last month.",
    ],
)
def test_notices_retorts_and_routine_drills_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_a_strike_told_after_a_subordinator_is_its_own_mention() -> None:
    text = "Tehran threatened to quit the NPT after American and Israeli strikes on its nuclear facilities."
    found = escalations(text)

    assert [m.attrs["actor"] for m in found] == ["IRN", None]
    assert found[1].text.startswith("after American and Israeli strikes")


def test_a_state_striking_a_long_owned_object_is_escalation() -> None:
    text = "Pyongyang fired rockets at Seoul after the South bombed North Korea's main coastal missile site overnight."
    (match,) = [m for m in escalations(text) if "bombed" in m.text]

    assert "missile site" in match.text


def test_a_modal_threat_of_harsher_sanctions_escalates_but_sanctions_imposed_do_not() -> None:
    assert escalations("Tehran keeps enriching uranium. Washington says the defiance could bring stiffer sanctions.")
    assert escalations("Tehran keeps enriching uranium. The EU imposed new sanctions on its missile program last week.") == []


def test_a_state_leaving_a_deal_named_in_its_relative_clause_escalates() -> None:
    text = "Iran enriched uranium to 60 percent, defying the 2015 nuclear deal. The United States, which had signed the accord, withdrew in 2018."
    (match,) = [m for m in escalations(text) if "withdrew" in m.text]

    assert match.attrs["actor"] == "USA"


def test_a_reported_threat_is_the_sayers_when_the_states_between_are_places() -> None:
    text = (
        "Iran fired ballistic missiles at Israel after strikes on its nuclear sites. "
        "An Iranian commander said no city in Israel would escape and revenge would be severe."
    )
    (match,) = [m for m in escalations(text) if "revenge" in m.text]

    assert match.attrs["actor"] == "IRN"


# --- core vocabulary: invasions, offensives, strikes launched, targeting, doctrine, diplomats, enmity


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Moscow began its full-scale invasion of its western neighbour in early 2022, and its missiles still fall daily.", "invasion"),
        ("Israel opened a surprise offensive against Iranian missile bases overnight, the army said.", "offensive"),
        ("Washington launched a wave of air strikes on Houthi radar sites in Yemen on Sunday.", "launched"),
        ("The Houthis said they would target American warships in the Gulf of Aden if the bombing went on.", "target"),
        ("Jets were seen targeting several military and nuclear sites near Isfahan, Iranian state media said.", "targeting"),
        ("The Kremlin signed a revised nuclear doctrine that widens the conditions for using nuclear weapons.", "doctrine"),
        ("New Delhi declared two Pakistani defence attachés persona non grata after the missile attack.", "persona non grata"),
        ("Moscow expelled three Polish diplomats in response to the missile deployment.", "expelled"),
        ("Pyongyang again named Seoul its main enemy and vowed to build more nuclear missiles.", "main enemy"),
        ("Kim said the South was pursuing confrontation with the North by staging drills with U.S. bombers.", "confrontation"),
        ("Pyongyang said it would never sit down with Seoul for nuclear talks.", "sit down"),
        ("The two nuclear-armed neighbours traded accusations of firing across the frontier during the night.", "accusations"),
        ("Seoul accused Pyongyang of sending patrol boats that violated its territorial waters near the missile range.", "territorial waters"),
        ("Kim urged engineers to produce more fissile material for the growing nuclear arsenal.", "produce more"),
        ("South Korea said it would resume loudspeaker broadcasts along the border after the North's missile launch.", "loudspeaker"),
    ],
)
def test_core_escalation_vocabulary(text: str, cue: str) -> None:
    found = escalations(text)

    assert any(cue.lower() in m.text.lower() for m in found), found


def test_a_chanted_death_to_slogan_is_escalation_but_not_by_the_state_chanted_against() -> None:
    text = 'In Tehran, parliament members chanted "Death to America" after the vote on the nuclear program.'
    (match,) = escalations(text)

    assert match.attrs["actor"] != "USA"


@pytest.mark.parametrize(
    "text",
    [
        # a drill's rehearsed strikes, no attack
        "The rocket force carried out live-fire precision strikes at sea during the drills with several missile types.",
        # the noun "target" in a test report, no targeting
        "The navy fired two anti-ship missiles at a target vessel off the naval base during the missile drill.",
        # conciliatory: confrontation to be avoided
        "Both defence ministers said a military confrontation must be avoided at any cost.",
        # conciliatory: no escalation intended
        "New Delhi called its missile response measured and non-escalatory.",
    ],
)
def test_rehearsals_targets_and_conciliatory_language_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_inter_state_hostility_cues_let_an_article_without_weapon_words_through_the_domain_gate() -> None:
    text = (
        "Pyongyang said it had no interest in inter-Korean dialogue and would never sit down with the South for negotiations.\n\n"
        "It said the South's hostile policy and its confrontation with the North had raised military tension."
    )
    assert escalations(text)
    assert escalations("The striker said he would not sit down with the club for talks on a new contract.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a treaty left, in the inflections and paraphrases news uses
        ("Moscow has formally exited the arms control treaty it signed with NATO states.", "RUS"),
        ("The Kremlin said Russia had withdrawn from the treaty, days after it tested a nuclear-capable missile.", "RUS"),
        ("In 2018 the president pulled the country out of the JCPOA and restored sanctions on Iran.", None),
        # a treaty's commitments partly suspended
        ("Tehran said it would suspend the implementation of several parts of its commitments under the nuclear accord.", "IRN"),
        # strikes on generic places named as targets
        ("After the rebels fired ballistic missiles at shipping, American jets targeted dozens of rebel locations in Yemen.", None),
    ],
)
def test_treaty_exits_suspended_commitments_and_targeted_locations_escalate(text: str, actor: str | None) -> None:
    found = escalations(text)
    assert found, text
    if actor is not None:
        assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # an absence reported: the list of what was not seen is negated as a whole
        "By nightfall there was no sign of any launch or hostile act against the South.",
        "Officials said there was no sign of troop movements or provocations near the border with South Korea.",
        # a disclaimer of intent around a military parade
        "Beijing said the missile parade was not meant to intimidate any particular country.",
        # an international body's warning is no state's escalation
        "The United Nations warned that the humanitarian toll of the missile war had reached its worst point.",
        # a treaty ceiling or ban described, the object running over a list
        "The treaty limits the number of launchers, heavy bombers, and nuclear warheads each party may keep deployed.",
        "The 1987 accord banned the flight-testing and deployment of ground-launched intermediate-range missiles.",
    ],
)
def test_absences_disclaimers_agency_warnings_and_treaty_ceilings_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_absence_and_ceiling_vetoes_stop_at_a_new_clause_or_state() -> None:
    # the absence binds its own clause only: a later clause's strike still escalates
    assert escalations("There was no sign of talks resuming; North Korea fired two missiles at Japan on Friday.")
    # a ceiling told first, a state's own deployment after it
    found = escalations("The pact limits the number of warheads, and Russia has deployed new missiles near the border.")
    assert found and found[0].attrs["actor"] == "RUS"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a deal's enrichment or stockpile ceiling broken
        ("Tehran said it has now exceeded the enrichment cap set by the 2015 accord.", "IRN"),
        # long-term confrontation, insults, calls to stop provoking, pressure stepped up
        ("Pyongyang told its army to get ready for a long-term confrontation with Washington.", "PRK"),
        ("Tokyo denounced the missile launch as an unforgivable outrage.", "JPN"),
        ("Seoul urged Pyongyang to refrain from further provocations after the missile launch.", None),
        ("The missile launch came as Pyongyang intensifies pressure on Washington ahead of its deadline.", "PRK"),
        ("The U.S. president said the missile tests meant Tehran better be careful.", "USA"),
        # a treaty exit announced, the treaty named in an earlier sentence
        ("The 1987 treaty bans ground-launched missiles. Washington is set to withdraw in the spring unless Moscow scraps the launchers.", "USA"),
        # deployments and build-ups presented as pressure, forces mobilized
        ("Washington announced deployments of new launchers to Asia.", "USA"),
        ("Moscow said it was responding to the buildup of missile forces near its borders.", "RUS"),
        ("Kim said the country's nuclear strike forces are fully mobilized.", "PRK"),
        # strikes and attacks in their many wordings
        ("Israel killed a senior militia commander in a drone strike in Syria.", "ISR"),
        ("American bombers dropped bombs on two nuclear sites in Iran.", "USA"),
        ("Russia fired missiles toward Ukraine overnight.", "RUS"),
        ("Iran has been relentlessly attacking Israel with missiles and drones.", "IRN"),
        # another state's assets declared targets; a promised response; production restarted
        ("Tehran said it would consider all American bases in the region military targets.", "IRN"),
        ("Moscow said it would respond to the missile deployment in a balanced manner.", "RUS"),
        ("The foreign ministry said production of the banned missiles would resume next year.", None),
        # test sites readied for renewed tests; nuclear activities stepped up
        ("Russia said its test sites were being readied for the resumption of nuclear tests.", "RUS"),
        ("If the U.S. fails to lift sanctions, Iran will ratchet up its nuclear activities.", "IRN"),
        # a missile programme announced to grow
        ("Pyongyang said it would keep developing its missile programme despite the sanctions.", "PRK"),
    ],
)
def test_cap_breaches_confrontation_withdrawals_deployments_and_strikes_escalate(text: str, actor: str | None) -> None:
    found = escalations(text)
    assert found, text
    if actor is not None:
        assert found[-1].attrs["actor"] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # several states acting together in an absolute clause: no single actor
        ("With Britain and France launching missile strikes on the rebels, the group vowed revenge.", None),
        # a reply "by announcing ...": the main subject acts, not the state whose pressure it answers
        ("Tehran answered the pressure from U.S. officials by announcing it would reduce its compliance with the nuclear deal.", "IRN"),
    ],
)
def test_joint_strikers_and_replies_by_doing_take_the_right_actor(text: str, actor: str | None) -> None:
    found = escalations(text)
    assert found and found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # a bill passed to cap something, a breach only supposed
        "The senate passed a bill to cap spending on missile defense programs.",
        "Analysts asked how fast warheads could be uploaded if Moscow exceeds the treaty's limits.",
        # space debris endangers satellites: no state threatens anyone
        "Another missile test could scatter debris that threatens every nation's satellites.",
        # fired toward a sea or an area named after a state, not at the state
        "North Korea fired a missile toward the Japan Sea on Tuesday.",
        "The missile flew toward South Korea's eastern areas before falling into the sea.",
        # the doubt closes the clause
        "Experts said a resumption of nuclear testing remained unlikely after the missile launch.",
        # a programme curbed or described, not grown
        "The talks aim to curb Iran's missile program.",
        "Experts say the nuclear weapons program was abandoned in 2003.",
    ],
)
def test_bills_supposed_breaches_debris_sea_launches_and_doubted_resumptions_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # readiness to act, more strikes promised, action against a state held out
        "Pyongyang's army is on standby to take swift action against the allied warships.",
        "Tehran warned that future attacks will be much heavier if the sanctions stay.",
        "Israel's army chief raised the prospect of military action against Iran's missile sites.",
        # insults and condemnation between states
        "Pyongyang called the nuclear offer the double-dealing behavior of a brigandish Washington.",
        "North Korea called the nuclear talks a foolish trick meant to buy time for Washington.",
        "Pyongyang condemned the naval drills as confrontational moves by Seoul and Washington.",
        "Tokyo called the missile firing extremely inappropriate and urged Pyongyang to halt it.",
        # retaliation carried out
        "Tehran retaliated against the killing of its commander with missile fire on Iraqi bases.",
        # no longer bound; nuclear drills; a new strategic weapon; an irreversible nuclear status
        "Kim said his country no longer feels bound by its pause on long-range missile tests.",
        "Russia and Belarus began tactical nuclear drills near the Ukrainian border.",
        "Kim said the world would soon witness a new strategic weapon.",
        "Kim declared North Korea an irreversible nuclear power in a speech to the assembly.",
        # an arsenal consolidated or its combat potential strengthened
        "Islamabad said the launch consolidates its nuclear capability against any aggressor.",
        "The minister promised that the new missile would strengthen Moscow's combat potential at sea.",
        # activities grown
        "Tokyo said the carrier voyage showed the expansion of China's military activities near its missile bases.",
        # a campaign counted
        "Since spring the Houthi rebels carried out over 90 operations against ships, firing missiles and drones.",
        "Yemen's rebels have conducted dozens of attack operations on vessels since the war began.",
    ],
)
def test_round19_readiness_insults_drills_and_counted_campaigns_are_escalation(text: str) -> None:
    assert escalations(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a pledge or promise not to act: what is forsworn
        "Washington pledged not to conduct missile tests that destroy satellites in orbit.",
        "Washington is committing to not hold any anti-satellite missile test that would destroy a satellite.",
        "Both states promised never to strike each other's nuclear facilities.",
        # a launch reported by a military or a ministry, and nothing else
        "\"Pyongyang today fired one short-range ballistic missile toward open water,\" the South's army stated.",
        "Japan's coast guard reported on Monday that the North had launched what looked like a ballistic missile.",
        # operations without a count, or rehearsed
        "Russia conducted search operations after its missile test went wrong.",
        "The navy carried out 40 training operations with the new missile last year.",
        # no longer bound by a pledge, told bare, stays as before; "nuclear power" as energy is no status
        "Kim has never hidden that nuclear power stations could ease the North's energy shortage.",
    ],
)
def test_round19_pledges_launch_reports_and_uncounted_operations_are_not_escalation(text: str) -> None:
    assert not escalations(text), text


# --- pass 3 families: force named as a noun, vague threats, capacity added, deadlines, orders ---


@pytest.mark.parametrize(
    "text",
    [
        "Nuclear safety fears grew after Russia's invasion of Ukraine reached the Zaporizhzhia plant.",
        "The nuclear talks were overshadowed by Israel's three-week air campaign over Lebanon.",
        "Nuclear arms control stalled during Moscow's war in Ukraine, which entered its third year.",
        "Analysts say a deal looks unlikely while Beijing backs Russia's full-scale invasion of Ukraine.",
        "Diplomats left the capital soon after Iran's missile attacks on Israel last spring.",
    ],
)
def test_a_states_force_named_as_a_noun_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "China's war on poverty lifted millions out of hardship, the minister said.",
        "Russia's campaign for a seat on the council gathered support in Africa.",
        "India's strike rate in the final was the best of the tournament.",
        "Iran's offensive capabilities were discussed at the nuclear talks in Vienna.",
        "Pakistan's strike group of warships escorted the missile test vessel into port.",
    ],
)
def test_a_possessive_with_no_force_used_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If Washington deploys the missiles near its borders, Moscow would feel compelled to take adequate steps.",
        "Beijing said it would be compelled to respond if the warships entered its waters.",
        "Tehran is weighing its reply to the nuclear inspectors' report, including in the military field, the spokesman said.",
        "Should sanctions return, Tehran would not show more restraint on its nuclear program, the envoy said.",
        "Pyongyang said it had run out of patience with the joint drills near its border.",
        '"Washington should expect further steps," the North Korean missile official warned.',
    ],
)
def test_vague_threats_of_a_response_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it will activate hundreds of new advanced centrifuges at its underground plant.",
        "Tehran announced it was commissioning a new cascade of IR-6 centrifuges at Natanz.",
        'The agency said Tehran is enriching uranium to 60 percent purity at its nuclear site. "Should the leadership ask for more, we would produce it quickly," an official said.',
    ],
)
def test_enrichment_capacity_added_or_promised_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Engineers have finished preparations at the Arctic nuclear test site, the defence ministry in Moscow said.",
        "Satellite images showed workers readying the country's northern test site, a think tank said.",
        '"We are able to carry out nuclear tests within weeks if Washington goes first," the Russian minister said.',
    ],
)
def test_test_sites_made_ready_and_tests_held_over_a_rival_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists visited the former Soviet test site in Kazakhstan, now a memorial to nuclear victims.",
        "Engineers are cleaning up contamination at the old test site in Nevada.",
    ],
)
def test_a_former_test_site_visited_or_cleaned_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Tehran would take further steps on its nuclear work after the 60-day deadline.",
        "Iran said it would take new measures on its nuclear program once the deadline set for the European parties expires.",
    ],
)
def test_steps_announced_for_after_a_deadline_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The nuclear announcement drew a warning from the U.S. president that Tehran should be careful.",
        "Islamabad complained of a growing threat from India's nationalist government on the nuclear issue.",
        "Kim said she had instructed the troops to get ready for an attack across the border with the South.",
        "The defence minister ordered retaliatory air strikes on the militants' camps in Iraq.",
    ],
)
def test_warnings_and_threats_named_as_nouns_and_orders_of_force_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The general ordered the troops to withdraw from the border ahead of the nuclear talks.",
        "A warning from the IAEA about safety at the nuclear plant was published on Monday.",
        '"I know my decision to resume the nuclear tests may have provoked, at home and abroad, real anxiety," the president said.',
        '"No single summit can overcome the legacy of so much hostility between two nuclear states," the spokeswoman said.',
        '"Our aim is to work out common solutions with the Europeans on the nuclear file," the Iranian envoy said.',
        "Moscow is evaluating the statements of the U.S. officials about nuclear testing, the Kremlin said.",
    ],
)
def test_inquiries_notices_regret_and_conciliation_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The offensive began in May, when Russian troops crossed into the Kharkiv region near the nuclear plant.", True),
        ("Kyiv's generals said a renewed offensive in the east would follow the missile strikes.", True),
        ("The treaty limits strategic offensive arms and deployed nuclear warheads.", False),
        ("Analysts say an offensive is unlikely before the nuclear talks resume.", False),
    ],
)
def test_the_offensive_as_a_noun(text: str, fires: bool) -> None:
    assert bool(escalations(text)) == fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a state announcing, ordering or preparing a resumption for itself
        ("Moscow announced a resumption of nuclear tests at its Arctic range after the missile launch.", True),
        ("Russia had begun preparations for the resumption of nuclear tests at the Arctic test site, the general said.", True),
        ("Russia said a resumption of nuclear testing would follow any American detonation.", True),
        # a resumption supposed, feared, averted or asked about
        ("Disarmament scholars argue that the resumption of nuclear testing might unravel the treaty regime.", False),
        ("A resumption of nuclear tests by any of the big powers would hand rivals an excuse to test as well.", False),
        ("Officials settled on other missile measures in order to avoid a resumption of nuclear testing.", False),
        ("Diplomats at the missile talks asked whether a resumption of nuclear tests was on the table.", False),
        ("Fears of a resumption of nuclear testing have grown since the treaty lapsed.", False),
    ],
)
def test_a_resumption_of_testing_escalates_only_when_a_state_takes_it_up(text: str, fires: bool) -> None:
    assert bool(escalations(text)) is fires


@pytest.mark.parametrize(
    "text",
    [
        "Tehran will not ask anyone's permission to build more ballistic missiles, the general said.",
        "Pyongyang needs no one's permission to expand its nuclear arsenal, the statement said.",
        "The minister said Iran would not seek permission from any nation to develop its missile forces.",
        "Beijing appears to be flexing its military muscle around the disputed islands, the admiral said.",
        "Washington accused Moscow of flexing its muscles with the nuclear drills near the border.",
        "Seoul said now is not the right time for talks with North Korea after the missile launch.",
        "The foreign minister said it was not the time for dialogue with Pyongyang while missiles fly.",
        "The president argued for unleashing tens of thousands of troops against the neighbouring state.",
        "Moscow threatened to unleash its full military might on Ukraine if the missile strikes continue.",
    ],
)
def test_defiant_buildup_muscle_flexing_refused_talks_and_unleashed_force_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        # conciliation, a halt, and upkeep of an arsenal
        "Moscow said it would abide by the treaty's missile limits if Washington does the same.",
        "The president has decided to ban all nuclear weapons tests, overruling some of his generals.",
        "The navy chief told parliament that a few more missile tests were needed to ensure the reliability of the deterrent.",
        # an expiry explained, an expert's view, praise, a civil alert
        "Once the arms treaty lapses, there will no longer be any constraints on the deployment of nuclear warheads.",
        '"It would encourage other nuclear-armed states to do the same," an analyst at a disarmament institute said.',
        "The missile commander expressed complete satisfaction with the nuclear forces shown in the drill.",
        "The missile launch triggered evacuation warnings in several northern towns.",
        "Negotiators said the missile dispute is a different ball game from the trade talks, but ruled out a test.",
    ],
)
def test_conciliation_halts_upkeep_expiry_expert_views_and_civil_alerts_are_not_escalation(text: str) -> None:
    assert not escalations(text)


# Paraphrase robustness: the same escalation told in other words (other verb or noun, voice, order,
# attribution), each in a short in-domain paragraph; the span must be covered by an escalation match.
_GAP = pytest.mark.xfail(strict=True, reason="known paraphrase gap")
_PARAPHRASES = [
    ('Pyongyang handed Seoul an ultimatum on Monday: halt the propaganda leaflet launches or lose the 2018 military accord. The North has tested several ballistic missiles this year.', 'handed Seoul an ultimatum'),
    ('Seoul was given a final demand by Kim Yo Jong, who said the border pact would be scrapped unless activists stopped floating leaflets north. The nuclear and missile programmes continue apace.', 'the border pact would be scrapped unless activists stopped floating leaflets north'),
    ('North Korea vowed to send the approaching American carrier group to the bottom of the sea. The threat came days after another ballistic missile launch.', 'vowed to send the approaching American carrier group to the bottom of the sea'),
    ("The American flotilla would be sunk if it came closer, Pyongyang's state media said after the North fired a missile into the sea.", 'The American flotilla would be sunk if it came closer'),
    ('The Kremlin leader told defence officials to get the Arctic nuclear test range ready. Russia revoked its ratification of the test ban treaty last year.', 'told defence officials to get the Arctic nuclear test range ready'),
    ('Work to make the Novaya Zemlya test ground ready was ordered by Putin, officials said. Moscow says it will only test nuclear weapons if Washington does.', 'Work to make the Novaya Zemlya test ground ready was ordered by Putin'),
    ('Iran fired waves of drones and missiles straight at Israeli territory for the first time in April. The nuclear talks have since stalled.', 'Iran fired waves of drones and missiles straight at Israeli territory'),
    ('Israel came under a direct barrage of Iranian drones and ballistic missiles, a first in the long shadow war. Tehran also keeps enriching uranium.', 'Israel came under a direct barrage of Iranian drones and ballistic missiles'),
    ('Tehran blamed Israel for starting the war after the strikes on its nuclear sites. Iran then fired ballistic missiles at Israeli cities.', 'Tehran blamed Israel for starting the war'),
    pytest.param('Israel began this war, the Iranian foreign minister charged, after jets hit the Natanz enrichment plant.', 'Israel began this war, the Iranian foreign minister charged', marks=_GAP),
    ('Iran has flatly refused to discuss any cap on its uranium enrichment, officials said. The nuclear programme remains under IAEA scrutiny.', 'has flatly refused to discuss any cap on its uranium enrichment'),
    ('Limits on enrichment are not up for negotiation, Tehran insisted again on Tuesday, as the powers weighed new sanctions over its nuclear programme.', 'Limits on enrichment are not up for negotiation'),
    ("Trump said there would be hell to pay if the hostages were not freed by Saturday. Israel's nuclear-armed region is on edge after the missile strikes.", 'there would be hell to pay if the hostages were not freed by Saturday'),
    ("If the captives are not released by the weekend, the president warned, everything breaks loose. The missile exchanges and Iran's nuclear work have made the region tense.", 'the president warned, everything breaks loose'),
    ("Moscow's decision to base the nuclear-capable Oreshnik missile in Belarus is meant to lean on NATO and the European Union, analysts said.", 'base the nuclear-capable Oreshnik missile in Belarus is meant to lean on NATO'),
    ('By stationing the Oreshnik in Belarus, Russia aims to put pressure on the EU and the alliance, the ministry said of the nuclear-capable missile.', 'By stationing the Oreshnik in Belarus, Russia aims to put pressure on the EU'),
    ('Moscow said it would answer with additional measures after NATO moved more missiles east. The nuclear talks are frozen.', 'it would answer with additional measures'),
    pytest.param("More steps will follow, the Russian foreign ministry said, blaming NATO's missile deployments for the nuclear tension.", 'More steps will follow, the Russian foreign ministry said', marks=_GAP),
    ("Kim's sister said Pyongyang has no intention of holding any talks with Seoul. The North has tested several nuclear-capable missiles this spring.", 'Pyongyang has no intention of holding any talks with Seoul'),
    ('Dialogue with the South is off the table, North Korea said on Monday, after another ballistic missile launch.', 'Dialogue with the South is off the table'),
    ('Kim told the enrichment plant staff to turn out more fissile material for tactical nuclear bombs, state media said.', 'turn out more fissile material for tactical nuclear bombs'),
    pytest.param('Output of weapons-grade material for tactical nukes must rise sharply, the North Korean leader told workers at the nuclear complex.', 'Output of weapons-grade material for tactical nukes must rise sharply', marks=_GAP),
    ('Any boats that cross the sea line again will be shot at, the North Korean military said after its artillery drill. Pyongyang also launched a missile.', 'Any boats that cross the sea line again will be shot at'),
    ('North Korea said its troops would open up on any intruders who cross into its waters, a day after it tested a cruise missile.', 'its troops would open up on any intruders'),
    ('Indian missiles hit several sites across Pakistan-held territory early on Wednesday, Islamabad said. Both states hold nuclear weapons.', 'Indian missiles hit several sites across Pakistan-held territory'),
    ('Pakistan said several of its areas had been struck by Indian missiles overnight. The nuclear-armed neighbours have fought before.', 'several of its areas had been struck by Indian missiles'),
    ('New Delhi put the Indus water-sharing pact on hold and expelled Pakistani military attaches. The two nuclear powers traded missile threats.', 'New Delhi put the Indus water-sharing pact on hold'),
    ('The 1960 Indus treaty is now suspended, India announced, a step Pakistan called an act of war. Both countries have tested nuclear-capable missiles.', 'The 1960 Indus treaty is now suspended, India announced'),
    ('Putin approved a revised nuclear doctrine that lets Moscow use atomic weapons in more situations. The change follows Western missile deliveries to Kyiv.', 'approved a revised nuclear doctrine that lets Moscow use atomic weapons in more situations'),
    ('Russia has widened the conditions under which it would launch nuclear weapons, a decree signed by Putin shows.', 'Russia has widened the conditions under which it would launch nuclear weapons'),
    ("Iran's parliament backed a bill to halt cooperation with the IAEA after the strikes on its nuclear sites.", "Iran's parliament backed a bill to halt cooperation with the IAEA"),
    ('Cooperation with the UN nuclear watchdog will be frozen, Iranian legislators decided in a vote on Wednesday.', 'Cooperation with the UN nuclear watchdog will be frozen'),
    ('American bombers hit three Iranian nuclear facilities overnight, the Pentagon said, including the enrichment plant at Fordo.', 'American bombers hit three Iranian nuclear facilities overnight'),
    ("Three of Iran's nuclear sites were bombed by the United States on Saturday, officials confirmed.", "Three of Iran's nuclear sites were bombed by the United States"),
    ("Tehran pledged that the general's killing would be avenged. Iran fired ballistic missiles at Israel last year and its nuclear sites were bombed.", "Tehran pledged that the general's killing would be avenged"),
    pytest.param('The death of the commander will be answered, Iranian officials said, as the nuclear talks stalled.', 'The death of the commander will be answered', marks=_GAP),
    ('Iran said it would keep expanding its ballistic missile programme, which it calls purely defensive. Its nuclear programme is also under scrutiny.', 'it would keep expanding its ballistic missile programme'),
    ('Tehran vowed to push ahead with the development of its missile arsenal despite Western pressure over its nuclear work.', 'vowed to push ahead with the development of its missile arsenal'),
    ("Tokyo condemned the missile launch as outrageous and unacceptable, Japan's prime minister said. The North's nuclear programme is advancing.", 'Tokyo condemned the missile launch as outrageous and unacceptable'),
    ("The ICBM test is an unpardonable act, Japan's prime minister told reporters after the missile fell near Hokkaido.", 'The ICBM test is an unpardonable act'),
    ('Russia will no longer hold back from deploying intermediate-range missiles, the foreign ministry said, ending its own voluntary restraint.', 'Russia will no longer hold back from deploying intermediate-range missiles'),
    ('Moscow is ending its self-imposed freeze on stationing medium-range missiles, officials said, citing American deployments in Europe.', 'Moscow is ending its self-imposed freeze on stationing medium-range missiles'),
    ("Moscow said the West's growing arsenal of destabilising missiles had forced its hand. The Kremlin has also talked of nuclear tests.", "the West's growing arsenal of destabilising missiles had forced its hand"),
    ('The Kremlin blamed a Western build-up of missile forces for its decision to deploy new intermediate-range systems.', 'blamed a Western build-up of missile forces'),
    ('Russia will restart manufacturing of intermediate-range missiles, Putin said, after the treaty collapsed.', 'Russia will restart manufacturing of intermediate-range missiles'),
    ('The Kremlin said output of the banned missile class would be restarted, a move that follows the end of the INF treaty.', 'output of the banned missile class would be restarted'),
    ('Kim told officials to gear up for a protracted standoff with the United States, state media said, after the missile launches.', 'gear up for a protracted standoff with the United States'),
    ('A long confrontation with Washington lies ahead and the party must be ready for it, Kim said at the nuclear policy meeting.', 'A long confrontation with Washington lies ahead'),
    ("Pyongyang's negotiators abandoned the nuclear talks in Stockholm after one day, blaming Washington.", "Pyongyang's negotiators abandoned the nuclear talks"),
    ('North Korea broke off the working-level nuclear negotiations with the United States and walked away from the table.', 'North Korea broke off the working-level nuclear negotiations'),
    ('Iran has gone beyond the 3.67 percent limit on uranium enrichment set by the 2015 accord, its atomic agency said.', 'Iran has gone beyond the 3.67 percent limit on uranium enrichment'),
    ("Tehran's enrichment now exceeds the ceiling fixed in the nuclear deal, the spokesman confirmed.", "Tehran's enrichment now exceeds the ceiling fixed in the nuclear deal"),
    ("Pompeo hinted that Washington may station new missiles in Europe to offset Russia's advantage after the treaty lapses.", 'Washington may station new missiles in Europe'),
    ('New American missiles could be deployed to Europe, the secretary of state suggested, as the INF treaty collapsed.', 'New American missiles could be deployed to Europe'),
    ('Iran will throw out the UN nuclear inspectors if the sanctions are not lifted, a senior lawmaker said.', 'Iran will throw out the UN nuclear inspectors'),
    ('IAEA inspectors will be ordered out of the country, Tehran said, unless the sanctions on its oil and banks end.', 'IAEA inspectors will be ordered out of the country'),
    ("An American drone killed Iran's top Revolutionary Guards commander in Baghdad, prompting Tehran to fire ballistic missiles at US bases.", "An American drone killed Iran's top Revolutionary Guards commander"),
    ("Iran's most senior general was slain in a US drone attack near Baghdad airport. Tehran answered with ballistic missiles.", "Iran's most senior general was slain in a US drone attack"),
    ('The Houthis said every US and British vessel is now a legitimate target, after the airstrikes on Yemen. The group fires missiles at shipping.', 'every US and British vessel is now a legitimate target'),
    ('All American and British ships will be treated as hostile targets, the Houthi military spokesman said, as missile attacks continued.', 'All American and British ships will be treated as hostile targets'),
    ('Iran and its proxies have been hitting Israel without pause for a year, the Israeli military said, after its jets struck missile sites.', 'have been hitting Israel without pause'),
    ('Israel has faced unceasing assaults from Tehran and its allied militias, the army said, announcing strikes on Iranian missile factories.', 'Israel has faced unceasing assaults from Tehran'),
    ('Chinese forces started military exercises encircling Taiwan on Tuesday, including rocket force units with ballistic missiles.', 'Chinese forces started military exercises encircling Taiwan'),
    ('Beijing launched war games around the island of Taiwan, sending warships and missile units, as a warning to Taipei.', 'Beijing launched war games around the island of Taiwan'),
    ('North Korea blew up the joint liaison office it shared with the South, days after threatening to do so. The North has also tested nuclear-capable missiles.', 'North Korea blew up the joint liaison office'),
    pytest.param('The inter-Korean liaison building was demolished by the North in an explosion, Seoul said, amid renewed missile tension.', 'The inter-Korean liaison building was demolished by the North', marks=_GAP),
    ("Trump vowed to rain 'fire and fury' on North Korea if it kept threatening the United States with nuclear missiles.", "Trump vowed to rain 'fire and fury' on North Korea"),
    ('North Korea would face fire and fury, the president warned in 2017, as Pyongyang tested intercontinental missiles.', 'North Korea would face fire and fury'),
    ('Tehran said it would quit the Non-Proliferation Treaty if the UN sanctions are restored. Its uranium stockpile is growing.', 'it would quit the Non-Proliferation Treaty if the UN sanctions are restored'),
    ('Leaving the NPT is an option Iran will consider should the snapback go ahead, the foreign minister said.', 'Leaving the NPT is an option Iran will consider'),
    ('Iran said it would switch on a large batch of advanced centrifuges in response to the IAEA board resolution.', 'it would switch on a large batch of advanced centrifuges'),
    ("Thousands of new-generation centrifuges will be put into operation, Iran's atomic agency said after the board censured it.", 'Thousands of new-generation centrifuges will be put into operation'),
    ('Moscow will answer in the same way if Washington conducts a nuclear test, the deputy foreign minister said.', 'Moscow will answer in the same way if Washington conducts a nuclear test'),
    ('Should the Americans test a nuclear weapon, Russia would mirror the step, Ryabkov said.', 'Russia would mirror the step'),
    ('Pyongyang condemned Washington for sending a nuclear-powered aircraft carrier group to the peninsula, calling it a rehearsal for war.', 'Pyongyang condemned Washington for sending a nuclear-powered aircraft carrier group'),
    ("The arrival of the American carrier strike group in Busan was slammed by the North's defence ministry as a nuclear provocation.", "was slammed by the North's defence ministry"),
    ('Tehran will keep strengthening its military might to deter enemies, the president said after the missile test.', 'Tehran will keep strengthening its military might to deter enemies'),
    ("Iran's armed forces will grow more powerful as a deterrent, Rouhani said at a parade showing the new ballistic missile.", "Iran's armed forces will grow more powerful as a deterrent"),
    ('Washington will send B-1B bombers over the peninsula to intimidate Pyongyang after the missile barrage.', 'send B-1B bombers over the peninsula to intimidate Pyongyang'),
    ('American supersonic bombers flew over South Korea in a display of strength aimed at the North, a day after its ICBM launch.', 'in a display of strength aimed at the North'),
]


@pytest.mark.parametrize(("paragraph", "span"), _PARAPHRASES)
def test_paraphrased_escalations_are_found(paragraph: str, span: str) -> None:
    start = paragraph.index(span)
    end = start + len(span)
    assert any(m.start < end and start < m.end for m in escalations(paragraph))


@pytest.mark.parametrize(
    "text",
    [
        'The envoy said the letter was not an ultimatum but an invitation to nuclear talks. The missile tests have paused.',
        'All questions about the missile test will be answered at the briefing, the nuclear agency said.',
        'The rocket blew up seconds after liftoff at the missile test site. Engineers are studying the nuclear-capable booster.',
        'Engineers blew up the tunnel entrances at the nuclear test site in front of foreign reporters. The missile programme was paused.',
        'North Korea fired a salvo of short-range rockets near its coastline on Monday in its latest weapons trial.',
        'The navy fired a salvo of cruise missiles during the nuclear-capable weapons trial on Oct. 3.',
        'The treaty was not suspended, the ministry said of the nuclear missile dispute.',
        'Analysts fear the missile treaty could be abandoned one day, though no state has said so.',
        'Indian missiles hit their targets over the Bay of Bengal in the ballistic missile test.',
        'The Pentagon declined to discuss the intelligence on the missile test.',
        'Officials answered in the same way at every briefing on the nuclear talks.',
        'The old centrifuges will be removed under IAEA supervision, the nuclear agency said.',
        'Tourists can make the old test site ready for visits, the museum on the former nuclear range said.',
        'Seoul does not seek a military confrontation with Pyongyang, the minister said after the missile test.',
        'The nuclear plant will produce more electricity next year, the energy ministry said of the reactor.',
        'More steps will follow in the verification process, the IAEA said of the nuclear deal.',
        'Sanctions put pressure on the rial, the central bank said during the nuclear talks.',
        'The treaty sets conditions under which it could be extended, the nuclear negotiators said.',
        'The missile engineers said the launch costs were outrageous.',
        'Engineers blew up several buildings at the nuclear test site before visiting reporters.',
        'The warhead exploded over the ocean at the end of the missile test.',
    ],
)
def test_look_alikes_of_the_paraphrase_families_are_not_escalation(text: str) -> None:
    # an ultimatum denied, questions answered, a rocket or tunnel blown up, a test salvo, a treaty
    # kept or merely feared for, missiles hitting test targets, comments declined, a civil reply
    assert escalations(text) == []


# Paraphrase robustness, second round: 40 other escalation kinds (stern and forceful answers, warnings
# against strikes, ratifications cancelled, production started, revenge promised, tests ordered, sanctions
# brought back, ships threatened, ruin foretold, trash balloons, shelling, strikes weighed, drills as warnings,
# mirrored tests, tactical nuclear drills, watchdog work stopped, deterrents enlarged, first strikes, border
# propaganda, counter-measures, truce breaches, blockade drills, grave dangers, strike plans, sabre rattling,
# insults, deal commitments cut, strike power reinforced, war preludes, treaty roles frozen, arms control ruled out)
_PARAPHRASES_2 = [
    ('The North said its army would respond harshly to any provocation from its enemies, hours before it fired a ballistic missile.', 'its army would respond harshly to any provocation'),
    ('Any provocative act by hostile forces will meet a resolute response, Pyongyang warned, as it readied another missile launch.', 'Any provocative act by hostile forces will meet a resolute response'),
    ('Putin cautioned Washington and its allies against approving long-range missile attacks on Russian soil, saying it would mean war with NATO.', 'cautioned Washington and its allies against approving long-range missile attacks on Russian soil'),
    ('Moscow told NATO not to authorise Ukrainian missile strikes deep into Russia, hinting at a nuclear answer.', 'told NATO not to authorise Ukrainian missile strikes deep into Russia'),
    ("Russian lawmakers may withdraw the country's ratification of the test ban on nuclear blasts, Putin said on Thursday.", "Russian lawmakers may withdraw the country's ratification of the test ban"),
    ("The Duma is cancelling Russia's ratification of the treaty that bans nuclear test explosions, its speaker announced.", "The Duma is cancelling Russia's ratification of the treaty"),
    ('Moscow will now start serial production of the new Sarmat intercontinental missile, the Kremlin said.', 'Moscow will now start serial production of the new Sarmat intercontinental missile'),
    ('The nuclear-powered cruise missile is ready and mass production will begin soon, Putin told the forum.', 'mass production will begin soon'),
    ('The Houthis promised retaliation after Israeli jets struck the port of Hodeida. The group fires ballistic missiles at Israel.', 'The Houthis promised retaliation'),
    ("Yemen's rebels said they would hit back for the raids, a day after one of their missiles reached the airport.", 'they would hit back for the raids'),
    ('Trump instructed the Defense Department to start nuclear weapons tests right away, matching Russia and China.', 'instructed the Defense Department to start nuclear weapons tests'),
    ('The president said he had told the Pentagon to restart explosive testing of American nuclear weapons.', 'had told the Pentagon to restart explosive testing of American nuclear weapons'),
    ('Britain, France and Germany started the procedure to bring back UN sanctions on Iran over its nuclear programme.', 'started the procedure to bring back UN sanctions on Iran'),
    ("The European trio triggered the snapback clause on Thursday, citing Iran's enrichment of uranium.", 'triggered the snapback clause'),
    ('The Houthis said any ship linked to Israel would be attacked, as their missile campaign in the Red Sea went on.', 'any ship linked to Israel would be attacked'),
    ('The rebels threatened to start striking US warships again if Washington joins the war, their missile spokesman said.', 'threatened to start striking US warships again'),
    ("Kim's sister called Seoul's drills insane and said the South would face a catastrophe, as the North fired more missiles.", 'said the South would face a catastrophe'),
    ('The South is bent on self-destruction and will pay with a horrible calamity, Pyongyang said after the missile launch.', 'will pay with a horrible calamity'),
    ('North Korea floated hundreds of balloons loaded with rubbish into the South, weeks after its latest missile test.', 'floated hundreds of balloons loaded with rubbish into the South'),
    ('Trash-filled balloons from the North again drifted across the border on Sunday, Seoul said, amid missile tension.', 'Trash-filled balloons from the North again drifted across the border'),
    ('North Korean guns fired shells toward a South Korean border island, and the South fired back. Both sides have missiles on alert.', 'North Korean guns fired shells toward a South Korean border island'),
    ('Shells from the North landed near Yeonpyeong island, the South Korean military said, after a missile launch the day before.', 'Shells from the North landed near Yeonpyeong island'),
    ("Trump will decide within a fortnight whether the US military strikes Iran's nuclear sites, the White House said.", "will decide within a fortnight whether the US military strikes Iran's nuclear sites"),
    ("The president is weighing an attack on Iran's enrichment plants, officials said, as Israeli missiles hit Tehran.", "is weighing an attack on Iran's enrichment plants"),
    ('Tehran promised a tough answer if the UN sanctions return, and said it could leave the nuclear treaty.', 'Tehran promised a tough answer if the UN sanctions return'),
    ('Iran will respond forcefully to any restoration of sanctions, the foreign ministry said of the nuclear dispute.', 'Iran will respond forcefully to any restoration of sanctions'),
    ('The PLA sent army, navy and rocket forces into drills around Taiwan, calling them a serious warning to separatists.', 'calling them a serious warning to separatists'),
    ('China said the missile exercises near Taiwan were a strong warning to pro-independence forces on the island.', 'were a strong warning to pro-independence forces'),
    ('Russia would resume nuclear explosions only after the United States does, the Kremlin spokesman said.', 'Russia would resume nuclear explosions only after the United States does'),
    ('Should Washington test a nuclear weapon, Moscow will test one too, Putin told the security council.', 'Moscow will test one too'),
    ('Moscow ordered surprise drills of its tactical nuclear forces in the south of the country, citing Western threats.', 'ordered surprise drills of its tactical nuclear forces'),
    ('Troops from Russia and Belarus began exercises with non-strategic nuclear weapons on Tuesday.', 'began exercises with non-strategic nuclear weapons'),
    ('Russia has halted the mutual inspections of its strategic nuclear sites under the arms treaty.', 'Russia has halted the mutual inspections of its strategic nuclear sites'),
    ('Tehran stopped working with the UN nuclear watchdog after the bombing of its enrichment sites.', 'Tehran stopped working with the UN nuclear watchdog'),
    ('Kim said the North must keep enlarging its nuclear deterrent, state media reported after a cruise missile launch.', 'must keep enlarging its nuclear deterrent'),
    ("The North Korean leader called for a further build-up of the country's strategic nuclear forces.", "called for a further build-up of the country's strategic nuclear forces"),
    ('Pyongyang threatened a first nuclear strike against its enemies after firing cruise missiles into the sea.', 'threatened a first nuclear strike against its enemies'),
    ('The North said it could launch a preventive nuclear attack, a day after it fired several missiles.', 'it could launch a preventive nuclear attack'),
    ("Seoul warned Pyongyang of steps it will find intolerable if the balloons keep coming, amid the North's missile launches.", 'warned Pyongyang of steps it will find intolerable'),
    ('South Korea said its loudspeakers would blare propaganda across the border, a move the North calls an act of war. Missile tests continue.', 'its loudspeakers would blare propaganda across the border'),
    ('Moscow would be forced to take adequate mirror measures if the US restarts nuclear tests, the Kremlin said.', 'would be forced to take adequate mirror measures'),
    ('Russia is considering how to answer, including with military means, the deputy minister said of the nuclear test plans.', 'Russia is considering how to answer, including with military means'),
    ('Modi gave the armed forces a free hand to choose how to retaliate, as Pakistan tested a ballistic missile.', 'gave the armed forces a free hand to choose how to retaliate'),
    ('Islamabad said it expects an Indian military strike within days. The nuclear-armed rivals are on alert.', 'it expects an Indian military strike within days'),
    ('New Delhi charged Islamabad with breaking the truce again and again, days after the missile and drone exchanges.', 'charged Islamabad with breaking the truce again and again'),
    ('Pakistan and India blamed each other for ceasefire breaches along the line of control. Both have nuclear arsenals.', 'blamed each other for ceasefire breaches'),
    pytest.param('Putin called the firing of the Oreshnik missile at Dnipro a response to Western long-range weapons.', 'called the firing of the Oreshnik missile at Dnipro a response', marks=_GAP),
    ('Russia used the new intermediate-range missile on a Ukrainian city in retaliation, the Kremlin said.', 'Russia used the new intermediate-range missile on a Ukrainian city in retaliation'),
    ('Chinese units launched dozens of rockets and practised seizing ports during blockade exercises around Taiwan.', 'launched dozens of rockets and practised seizing ports during blockade exercises around Taiwan'),
    pytest.param('The PLA rehearsed cutting Taiwan off from the world, deploying missile and naval forces in zones around the island.', 'rehearsed cutting Taiwan off from the world', marks=_GAP),
    ("Tokyo said the North's missile over Hokkaido was an unprecedented and serious threat to Japan's security.", "was an unprecedented and serious threat to Japan's security"),
    ('The launch is a grave and imminent danger to our nation, the Japanese prime minister said of the ballistic missile.', 'The launch is a grave and imminent danger to our nation'),
    ('North Korea said it is studying a plan to fire missiles at waters around Guam.', 'it is studying a plan to fire missiles at waters around Guam'),
    ("A strike on Guam is being considered by the Korean People's Army, which could fire four ballistic missiles.", 'A strike on Guam is being considered'),
    ('The launches were the latest sabre rattling by Pyongyang against the allied drills, Seoul said of the missiles.', 'the latest sabre rattling by Pyongyang against the allied drills'),
    ('North Korea has been rattling its sabre over the joint exercises, firing short-range missiles twice this week.', 'North Korea has been rattling its sabre over the joint exercises'),
    ("Pyongyang's state media called Trump a senile old fool, as talks on its nuclear programme stalled.", 'called Trump a senile old fool'),
    ('The North branded the US president a dotard once again after its missile launch.', 'branded the US president a dotard'),
    ('Kim warned of stunning action soon and said the world would see a new strategic weapon. The missile moratorium is over.', 'warned of stunning action soon'),
    ('A new strategic weapon will soon be unveiled to the world, Kim promised, as he ended his pause on missile tests.', 'A new strategic weapon will soon be unveiled to the world'),
    ('Tehran will cut back further on its obligations under the nuclear accord, Kharrazi said.', 'will cut back further on its obligations under the nuclear accord'),
    ('Iran said it would scale down its compliance with the 2015 nuclear deal even more after the deadline.', 'would scale down its compliance with the 2015 nuclear deal even more'),
    ("Iran told America's allies that hosting US troops would make them targets, after it fired missiles at two bases.", 'hosting US troops would make them targets'),
    ('Tehran demanded that Washington bring its soldiers home, after its missiles hit American bases in Iraq.', 'demanded that Washington bring its soldiers home'),
    ("The hypersonic glider will greatly reinforce Russia's nuclear strike power, the defence ministry said.", "will greatly reinforce Russia's nuclear strike power"),
    ("Fielding the new missile will substantially increase Russia's military might, the Kremlin said after the launch.", "will substantially increase Russia's military might"),
    ('Putin said the Sarmat missile would give pause to anyone who threatens Russia.', 'would give pause to anyone who threatens Russia'),
    ('Those who threaten our country will think again, Putin said of the new intercontinental missile.', 'Those who threaten our country will think again'),
    ("Kim's sister threatened to make the Pacific a shooting range for the North's missiles.", 'threatened to make the Pacific a shooting range'),
    ("The North's army stands ready to take swift and crushing action at any moment, Kim Yo Jong said after the missile launch.", 'stands ready to take swift and crushing action at any moment'),
    ('Pyongyang called the allied drills a rehearsal for a nuclear war against it, and launched two missiles.', 'called the allied drills a rehearsal for a nuclear war against it'),
    ('The exercise is a precursor to nuclear war, North Korea said, accusing the allies of reckless confrontation.', 'The exercise is a precursor to nuclear war'),
    ('Israel told Tehran it would pay dearly if it answered the strikes on its missile factories.', 'Israel told Tehran it would pay dearly'),
    ('Iran will face severe consequences for any response, Israeli officials said after the air force hit missile plants.', 'Iran will face severe consequences for any response'),
    ('Moscow has put its role in the New START nuclear treaty on hold, Putin said.', 'Moscow has put its role in the New START nuclear treaty on hold'),
    ('Russia said it is freezing its role in the last US-Russian nuclear arms treaty.', 'it is freezing its role in the last US-Russian nuclear arms treaty'),
    ('Moscow sees no chance of any arms control deals with NATO states now, its diplomats said after leaving the treaty.', 'sees no chance of any arms control deals with NATO states'),
    ('Arms control agreements with the West are out of the question, the Russian foreign ministry said.', 'Arms control agreements with the West are out of the question'),
    ('Pakistan said any Indian move to stop the river water would be treated as an act of war. Both nations hold nuclear weapons.', 'any Indian move to stop the river water would be treated as an act of war'),
    ('Islamabad warned that blocking its share of the Indus would amount to war, as the nuclear rivals traded missile threats.', 'blocking its share of the Indus would amount to war'),
]


@pytest.mark.parametrize(("paragraph", "span"), _PARAPHRASES_2)
def test_paraphrased_escalations_second_round_are_found(paragraph: str, span: str) -> None:
    start = paragraph.index(span)
    end = start + len(span)
    assert any(m.start < end and start < m.end for m in escalations(paragraph))


# look-alikes: calls for calm, doubting experts, offers kept open, denials, welcomed halts, sanctions
# voted or kept, drills scaled back, treaties described, cooperation kept up; and two rallies and options
@pytest.mark.parametrize(
    "text",
    [
        'After the Pakistani missile test, the United States urged both neighbours to exercise restraint.',
        'Washington asked India and Pakistan to keep calm following the latest nuclear-capable missile launch.',
        'Western analysts have long questioned whether the nuclear-powered missile works at all.',
        'Many outside specialists doubt the strategic worth of the new missile and the claimed test successes.',
        'The British envoy said the offer to extend the nuclear deadline still stands, so diplomacy is not over.',
        "Our proposal to prolong the talks on Iran's uranium remains open, the European diplomat said.",
        'Tehran maintains that its nuclear programme has only civilian aims, while the IAEA says it once sought weapons.',
        'Iran again said its atomic work serves purely peaceful purposes, despite Western claims about its missile and nuclear past.',
        'North Korea rejected any role in the sinking, though investigators blamed a torpedo from its submarine fleet; the North also tests missiles.',
        'Pyongyang said it had nothing to do with the attack on the warship, as tension over its missile programme grew.',
        "The UN chief praised North Korea's decision to stop nuclear tests and close its test site.",
        'Guterres said he was pleased that Pyongyang will end its nuclear testing programme and dismantle the site.',
        'Our troops are responding calmly and responsibly despite the violations, the Pakistani army said amid the missile tension.',
        'The nuclear-armed neighbour said its forces would act with maturity and restraint along the frontier.',
        'The Security Council unanimously adopted new sanctions on North Korea over its missile launches.',
        'Fresh UN sanctions against Pyongyang were approved by all fifteen council members after the nuclear test.',
        'Washington reduced its joint military exercises with Seoul to help the nuclear talks along.',
        'The allies cut back their drills in the hope of keeping nuclear diplomacy with the North alive.',
        'Canberra and Seoul said there had been no talks about hosting the new American missiles.',
        'Both governments said no discussions on basing the intermediate-range missiles had taken place, and the Pentagon chief played down his remark.',
        'The 1987 treaty between Moscow and Washington outlawed land-based missiles with ranges between 500 and 5,500 kilometres.',
        'Agreed as the Cold War wound down, the INF accord outlawed medium-range missiles launched from the ground, nuclear or not.',
        'The minister called on North Korea to stop stoking tension and come back to the negotiating table after the missile launch.',
        'Tokyo asked Pyongyang to ease tensions and resume talks on its nuclear and missile programmes.',
        'Trump said he would keep the sanctions on North Korea in place while he tries to restart nuclear talks with Kim.',
        'The existing sanctions will stay while Washington works on new negotiations with Pyongyang over its missiles, the president said.',
        'Analysts said the North had probably tested a rocket engine on a stand rather than launching a missile.',
        'The activity at the Sohae site looked like a static engine trial, not a missile flight, weapons specialists said.',
        'We must prevent a wider war in the region and I call on every side to hold back, the minister said amid the nuclear standoff.',
        "The foreign secretary asked all parties to show restraint and avoid further escalation over Iran's nuclear programme.",
        'Kofi Annan said he was glad Pakistan had decided to sign the nuclear test ban treaty.',
        "The UN secretary-general welcomed Islamabad's move to join the test ban on nuclear weapons.",
        'Specialists doubt that North Korea can really build a hydrogen bomb, and its claim has not been confirmed.',
        'The nuclear test claim could not be verified, and several analysts questioned whether Pyongyang has a thermonuclear device.',
        'After the 2017 nuclear test, China and Russia backed a US-drafted resolution that imposed tough sanctions on Pyongyang.',
        'Beijing and Moscow joined Washington in passing harsh UN sanctions on the North after its last missile test.',
        'Iran said it would keep up technical cooperation with the IAEA and could reverse its nuclear steps if the West eases tension.',
        'Tehran promised to go on working with the nuclear watchdog and said its measures can be undone if talks resume.',
        'Moscow and Washington both said they would keep respecting the warhead limits of the treaty, and Putin offered to extend them.',
        'Russia proposed prolonging the New START limits for another year to leave room for nuclear arms talks.',
        'Military options were taken off the table as the nuclear talks resumed in Geneva.',
        'The rally was a show of strength for the opposition party ahead of the nuclear referendum.',
        'South Korea suspended its participation in the joint drills to help the nuclear talks.',
        'Seoul halted the loudspeaker broadcasts along the border to ease tension over the missile tests.',
        'The artillery shells landed in the sea during the live-fire drill, the navy said of the missile range.',
        'Both sides said the ceasefire held overnight, and the observers at the missile sites left.',
    ],
)
def test_look_alikes_of_the_second_paraphrase_round_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


# Third paraphrase round: 40 further real mentions (other sets and wording kinds than the rounds above),
# two paraphrases each in our own words: raids and reprisals, treaties left, deterrents bolstered,
# weapons fielded, oversight switched off, enrichment sped up, status made irreversible, nuclear
# answers in kind, counter-deployments on condition, missiles landing in a state's waters.
_PARAPHRASES_3 = [
    ('India tested a nuclear-capable Agni missile as part of an effort to bolster its doctrine of minimum credible deterrence.', 'an effort to bolster its doctrine of minimum credible deterrence'),
    ("The missile launch was meant to reinforce New Delhi's nuclear deterrent against its neighbours, officials said.", "meant to reinforce New Delhi's nuclear deterrent against its neighbours"),
    ('Israeli warplanes again bombed the underground enrichment plant at Fordo on Monday, Iranian media reported.', 'Israeli warplanes again bombed the underground enrichment plant at Fordo'),
    ("Israel launched another wave of air raids aimed at Iran's Fordo nuclear facility overnight.", "Israel launched another wave of air raids aimed at Iran's Fordo nuclear facility"),
    ('Iran hit back with a barrage of ballistic missiles fired at Israeli cities after the raids on its nuclear sites.', 'Iran hit back with a barrage of ballistic missiles fired at Israeli cities'),
    ('In reprisal, Tehran fired missiles at Israel, hours after its nuclear plants were bombed.', 'In reprisal, Tehran fired missiles at Israel'),
    pytest.param('The new ICBM could bring much of the American mainland within reach of a North Korean nuclear warhead, analysts said.', 'could bring much of the American mainland within reach of a North Korean nuclear warhead', marks=_GAP),
    ('With this missile Pyongyang can now threaten cities across the United States with nuclear attack, experts warned.', 'Pyongyang can now threaten cities across the United States with nuclear attack'),
    ("Seoul called the North's missile firing a grave provocation and demanded that it cease at once.", "called the North's missile firing a grave provocation and demanded that it cease at once"),
    ("Seoul's military chiefs called the ballistic missile launch deeply inappropriate and told Pyongyang to halt such acts immediately.", 'told Pyongyang to halt such acts immediately'),
    ('Kim said the giant rocket launchers would be deployed to frontline units, and that they can carry tactical nuclear warheads.', 'the giant rocket launchers would be deployed to frontline units'),
    pytest.param('The nuclear-capable multiple rocket launch system has entered operational service with the army, state media said.', 'The nuclear-capable multiple rocket launch system has entered operational service with the army', marks=_GAP),
    ("The military said the missile test further strengthens Pakistan's nuclear deterrent.", "the missile test further strengthens Pakistan's nuclear deterrent"),
    ('Islamabad said the successful firing reinforces its nuclear strike capability.', 'the successful firing reinforces its nuclear strike capability'),
    ('Washington formally left the INF nuclear arms treaty on Friday, blaming Russian violations.', 'Washington formally left the INF nuclear arms treaty'),
    ('The US pulled out of the Cold War accord on intermediate-range nuclear missiles this month.', 'The US pulled out of the Cold War accord on intermediate-range nuclear missiles'),
    ("The Pentagon said it would now press ahead with building ground-based missiles that the treaty had banned, in answer to Russia's nuclear-capable missile.", 'would now press ahead with building ground-based missiles that the treaty had banned'),
    pytest.param('Having left the nuclear treaty, the US will go full speed ahead on developing land-based cruise missiles.', 'the US will go full speed ahead on developing land-based cruise missiles', marks=_GAP),
    ('Esper said he wanted the new intermediate-range missiles stationed in Asia to deter China, after the nuclear arms pact collapsed.', 'he wanted the new intermediate-range missiles stationed in Asia to deter China'),
    ('The defence secretary hopes to base such missiles in the Pacific as a counterweight to Beijing, following the end of the nuclear missile treaty.', 'hopes to base such missiles in the Pacific as a counterweight to Beijing'),
    ('Putin said Moscow would put new medium-range nuclear-capable missiles in place only if Washington did so first.', 'Moscow would put new medium-range nuclear-capable missiles in place only if Washington did so first'),
    ('Russia will station such missiles only once the Americans station theirs, the Kremlin said after the nuclear treaty ended.', 'Russia will station such missiles only once the Americans station theirs'),
    ('Moscow will be forced to build comparable nuclear-capable missiles on a large scale, Putin warned.', 'Moscow will be forced to build comparable nuclear-capable missiles on a large scale'),
    ('Russia would have no choice but to develop matching missiles in earnest, the president said after the arms treaty collapsed.', 'Russia would have no choice but to develop matching missiles in earnest'),
    ('Beijing paraded hypersonic and intercontinental nuclear missiles built to strike American carriers and bases in the Pacific.', 'paraded hypersonic and intercontinental nuclear missiles built to strike American carriers and bases'),
    ("The parade displayed China's new missiles, meant to sink US aircraft carriers, and its nuclear-capable ICBMs.", "The parade displayed China's new missiles, meant to sink US aircraft carriers"),
    ('Moscow expects Washington to stay hostile toward Russia, the Kremlin said, after the nuclear arms treaty ran out.', 'Moscow expects Washington to stay hostile toward Russia'),
    ('The US will keep up its hostile policy against Russia, Lavrov said, pointing to new missile deployments in Europe.', 'The US will keep up its hostile policy against Russia'),
    ("Kim proclaimed that North Korea's status as a nuclear weapons state is permanent and will never be bargained away.", "proclaimed that North Korea's status as a nuclear weapons state is permanent"),
    ('The North passed a law making its nuclear power status irreversible, Kim told parliament.', 'passed a law making its nuclear power status irreversible'),
    ('Kim ordered an exponential increase in the production of nuclear warheads, including tactical ones.', 'ordered an exponential increase in the production of nuclear warheads'),
    ('Kim urged factories to churn out far more weapons, tactical nuclear bombs among them.', 'urged factories to churn out far more weapons, tactical nuclear bombs among them'),
    ('Washington said the IAEA board could take more steps against Iran if Tehran ignored the demand on its nuclear sites.', 'the IAEA board could take more steps against Iran if Tehran ignored the demand'),
    ('If Iran does not comply with the nuclear watchdog, further measures are on the table, the US delegation warned.', 'further measures are on the table, the US delegation warned'),
    ('Iran retaliated by turning off dozens of IAEA monitoring cameras at its nuclear sites.', 'Iran retaliated by turning off dozens of IAEA monitoring cameras'),
    ("Tehran removed surveillance equipment of the UN nuclear inspectors in response to the board's censure.", 'Tehran removed surveillance equipment of the UN nuclear inspectors in response'),
    ('Iran sent waves of drones and ballistic missiles toward Israel late on Saturday.', 'Iran sent waves of drones and ballistic missiles toward Israel'),
    ("Hundreds of Iranian drones and missiles were fired at Israeli territory overnight, the army said, amid fears over Iran's nuclear programme.", 'Hundreds of Iranian drones and missiles were fired at Israeli territory'),
    pytest.param('Iran said it has built a hypersonic ballistic missile that can fly at fifteen times the speed of sound.', 'Iran said it has built a hypersonic ballistic missile', marks=_GAP),
    ('Tehran unveiled what it called a hypersonic missile able to evade any missile defence.', 'Tehran unveiled what it called a hypersonic missile'),
    ("Seoul said its new ballistic missile gives it crushing retaliatory power against the North's nuclear threat.", 'its new ballistic missile gives it crushing retaliatory power'),
    ("The submarine-launched missile provides an overpowering second-strike capability, South Korea said, citing the North's nuclear arsenal.", 'provides an overpowering second-strike capability'),
    ('The Houthis have stepped up strikes on commercial vessels in the Red Sea, using drones and ballistic missiles.', 'The Houthis have stepped up strikes on commercial vessels in the Red Sea'),
    ('The Yemeni rebels have intensified their missile attacks on shipping, despite the American naval presence.', 'have intensified their missile attacks on shipping'),
    ('The Houthi spokesman said their missile strikes on US and British vessels would go on.', 'their missile strikes on US and British vessels would go on'),
    ('We will keep attacking American and British warships, the rebel leader said in a televised address, a day after a missile hit a tanker.', 'We will keep attacking American and British warships'),
    ("China launched five ballistic missiles that came down within Japan's exclusive economic zone.", "China launched five ballistic missiles that came down within Japan's exclusive economic zone"),
    ('Several Chinese missiles splashed down in Japanese waters during the drills, Tokyo said.', 'Several Chinese missiles splashed down in Japanese waters'),
    ('Beijing declared live-fire military drills around Taiwan, with missile launches expected.', 'Beijing declared live-fire military drills around Taiwan'),
    ("China's military said it would hold live-ammunition exercises in six zones encircling the island, including missile firings.", 'would hold live-ammunition exercises in six zones encircling the island'),
    ('Pyongyang vowed to answer nuclear weapons with nuclear weapons and total confrontation with total confrontation.', 'vowed to answer nuclear weapons with nuclear weapons'),
    ('The North said it would meet any nuclear threat with a nuclear response of its own.', 'would meet any nuclear threat with a nuclear response of its own'),
    ("Seoul decided to partly suspend the 2018 inter-Korean military accord after the North's satellite launch, which used ballistic missile technology.", 'Seoul decided to partly suspend the 2018 inter-Korean military accord'),
    pytest.param('South Korea will halt some clauses of its military deal with the North in response to the rocket launch.', 'South Korea will halt some clauses of its military deal with the North', marks=_GAP),
    ('The president told the military to get ready to resume nuclear weapons tests.', 'told the military to get ready to resume nuclear weapons tests'),
    ('Trump ordered defence officials to prepare for nuclear explosive testing once again.', 'ordered defence officials to prepare for nuclear explosive testing once again'),
    ("Analysts said the carrier's move past the island chain showed that China is widening its military reach, while its nuclear arsenal grows.", 'China is widening its military reach'),
    ('The deployment pointed to a growing scale of Chinese military operations in the Pacific, Tokyo said, citing its missile build-up.', 'a growing scale of Chinese military operations in the Pacific'),
    ('The Houthis announced they would restart their attacks on Israeli shipping, and fired a ballistic missile at Israel.', 'they would restart their attacks on Israeli shipping'),
    ("Yemen's rebels said their maritime campaign against Israel would begin again, as missile fire on Israel continued.", 'their maritime campaign against Israel would begin again'),
    ('American forces hit and wiped out the Houthi missiles that were ready to fire, the Pentagon said.', 'American forces hit and wiped out the Houthi missiles'),
    pytest.param('US jets destroyed several anti-ship missiles on their launchers in Yemen, calling it self-defence.', 'US jets destroyed several anti-ship missiles on their launchers in Yemen', marks=_GAP),
    ('Iran said it would open a new uranium enrichment plant at a secure location, in response to the IAEA resolution.', 'it would open a new uranium enrichment plant at a secure location'),
    ('Tehran announced the building of an additional enrichment site protected from attack.', 'Tehran announced the building of an additional enrichment site'),
    ('Kim warned that North Korea might have to choose a different road if US sanctions on its nuclear programme continue.', 'North Korea might have to choose a different road'),
    ('Pyongyang hinted it could change course on its nuclear and missile freeze if Washington keeps up pressure.', 'it could change course on its nuclear and missile freeze'),
    ('The North seems to be stepping up its provocations with a string of missile launches.', 'The North seems to be stepping up its provocations'),
    ("Pyongyang's provocations are becoming more frequent, Seoul said after the latest ballistic missile test.", "Pyongyang's provocations are becoming more frequent"),
    ('North Korea said it will keep its nuclear arsenal for as long as Washington pursues a hostile policy.', 'it will keep its nuclear arsenal for as long as Washington pursues a hostile policy'),
    ('Pyongyang will never abandon its nuclear weapons while the US threat remains, its foreign ministry said.', 'Pyongyang will never abandon its nuclear weapons while the US threat remains'),
    ("Seoul said the North's nuclear provocations would bring it nothing but tougher sanctions and deeper isolation.", 'would bring it nothing but tougher sanctions and deeper isolation'),
    ('The regime will only face harsher sanctions if it carries on with missile launches, the South Korean minister said.', 'The regime will only face harsher sanctions if it carries on with missile launches'),
    ('Iran is speeding up its production of uranium enriched to 60 percent, the IAEA reported.', 'Iran is speeding up its production of uranium enriched to 60 percent'),
    ('The watchdog said Tehran has sharply increased the pace of its enrichment to near weapons grade.', 'Tehran has sharply increased the pace of its enrichment to near weapons grade'),
    ('Beijing condemned the US reconnaissance flight as a provocation and told Washington to stop, as it builds up its nuclear forces.', 'condemned the US reconnaissance flight as a provocation and told Washington to stop'),
    ("China's defence ministry called the American patrol a provocative act and demanded an end to it, amid tension over its missile build-up.", 'called the American patrol a provocative act and demanded an end to it'),
    ("Japan said it would take countermeasures after the North's missile flew over its territory.", 'Japan said it would take countermeasures'),
    ('Tokyo warned that it would respond with measures of its own to the ballistic missile launch.', 'Tokyo warned that it would respond with measures of its own'),
    ("Bush said refusal to leave would lead to war, started at a moment the US would pick, citing Iraq's weapons of mass destruction.", 'refusal to leave would lead to war, started at a moment the US would pick'),
    ('Failure to disarm will bring military force against Iraq, at the time and place we decide, the president said of its chemical and nuclear weapons.', 'Failure to disarm will bring military force against Iraq'),
]


@pytest.mark.parametrize(("paragraph", "span"), _PARAPHRASES_3)
def test_paraphrased_escalations_third_round_are_found(paragraph: str, span: str) -> None:
    start = paragraph.index(span)
    end = start + len(span)
    assert any(m.start < end and start < m.end for m in escalations(paragraph))


# look-alikes of the third round: denials, welcomed offers, treaties and sanctions mechanisms described,
# arms-race restraint, sanctions simply imposed, doubting experts, routine or neutral test reports,
# drills paused, talks kept open, deals backed, peaceful development; and the new families' edges
@pytest.mark.parametrize(
    "text",
    [
        'Moscow rejects the charge that it broke the terms of the nuclear missile treaty.',
        'The Kremlin insists it never violated the arms control pact on intermediate-range missiles.',
        'Russia says it has not fielded any ground-launched cruise missiles able to carry nuclear warheads.',
        'Moscow disputes that its nuclear-capable missiles have been stationed within range of European capitals.',
        'Tehran says it has never sought to build a nuclear bomb.',
        'Iran rejects claims that it runs a secret programme to make atomic weapons.',
        "The president praised Pyongyang's message about the talks and said he was eager to meet Kim on the nuclear issue.",
        "Trump said the North's statement pleased him and he hoped to hold a nuclear summit soon.",
        'The 2018 inter-Korean military deal was meant to lower tension along the border, where the North tests missiles.',
        'Signed at a summit in Pyongyang, the military accord aimed to reduce the risk of clashes between the two Koreas amid the nuclear standoff.',
        'The test ban treaty outlaws every nuclear explosion, whether military or civilian.',
        'Under the CTBT, no nuclear blast of any kind is allowed, peaceful or not.',
        'Moscow said keeping the New START warhead limits would help prevent a fresh nuclear arms race and keep things predictable.',
        'To preserve stability and avoid a new missile race, Russia suggested leaving the treaty caps unchanged.',
        'Several governments, led by Washington, put economic sanctions on both countries after their nuclear tests.',
        'After the nuclear blasts, the US and its partners cut off loans and investment to India and Pakistan.',
        "The deal's snapback clause lets lifted UN sanctions come back automatically if Iran breaks its nuclear commitments.",
        'Under the 2015 nuclear accord, sanctions removed by the UN can be restored if Tehran violates its obligations.',
        'Western specialists remain unconvinced by the nuclear-powered cruise missile, saying its reactor could prove unreliable.',
        'Little is publicly known about the atomic-engine missile, and outside analysts doubt it works.',
        "It is still unclear whether North Korea's warheads can survive re-entry into the atmosphere after a missile launch.",
        "Doubts persist about Pyongyang's ability to shield a nuclear warhead on its new ICBM.",
        'Officials said the Minuteman III missile launch was a routine test planned long ago.',
        'The unarmed ICBM test was scheduled years earlier and was not a message to anyone, the Air Force said.',
        "The missile firing belonged to the missile force's regular yearly training to check weapons and equipment.",
        'Beijing said the ICBM launch was a scheduled annual drill to assess equipment performance.',
        'The defence ministry said a Sarmat intercontinental ballistic missile was fired successfully from a silo at Plesetsk.',
        'A silo-based ICBM was launched from the Plesetsk test site on Wednesday afternoon, the ministry reported.',
        'State news agency Xinhua said the missile test went well but released no details.',
        'Chinese state media reported the launch of the missile had succeeded, without giving specifics.',
        'Critics said Trump gave too much away at the nuclear summit, including a pause in joint drills with Seoul.',
        'He faced questions at home over his deal with Kim, which included suspending US military exercises on the peninsula amid the missile talks.',
        'Iran remains ready to negotiate with the Europeans on the nuclear deal, the spokesman said.',
        'Tehran said the door to talks with its European partners on the nuclear accord is still open.',
        'The European powers said they continue to support the nuclear agreement with Iran.',
        'Britain, France and Germany reaffirmed their commitment to the Iran nuclear deal on Thursday.',
        'Beijing said China has always followed a path of peaceful development, when asked about its nuclear arsenal.',
        "China's spokeswoman said the country remains committed to peaceful development and a defensive nuclear policy.",
        "The president's move is expected to boost negotiations in Geneva on a global ban on nuclear tests.",
        'Officials said the decision would likely give new impetus to the talks on a treaty banning nuclear explosions.',
        'The delegates left the treaty conference early to catch a flight, the nuclear negotiators said.',
        'The allies left the nuclear deal in place despite the missile tests.',
        "Officials in Tokyo said the missile fired by Pyongyang evidently did not fall within Japan's territorial waters.",
        'The missile was fired from a launch pad at Plesetsk in northern Russia, the ministry said.',
        'Iran denied that it had moved nuclear-capable missiles within range of Israel.',
        "The treaty's mechanism allows for sanctions to be reimposed if a party breaks its nuclear commitments.",
    ],
)
def test_look_alikes_of_the_third_paraphrase_round_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


# Fourth paraphrase round: 40 further real mentions, two paraphrases each in our own words and in
# syntax the rounds above did not try (headlines, quoted officials, question then answer, nominalised
# acts, the speaker named last): boasts of unstoppable or unmatched weapons, war foretold, fire taken
# from missiles or artillery, invasions readied or begun, tests pressed on against protests, insults,
# pacts suspended, harsher penalties, strikes deep inside a rival.
_PARAPHRASES_4 = [
    ("Kim hails North's 'unrivalled lead' in building nuclear delivery vehicles. The claim followed a new ballistic missile launch.", "Kim hails North's 'unrivalled lead' in building nuclear delivery vehicles"),
    ('"No one can now match us in making the means to carry nuclear warheads," Kim told the munitions workers after the missile test.', 'No one can now match us in making the means to carry nuclear warheads'),
    ('Trump letter to Tehran: accept talks or face consequences over nuclear push. Iran has kept enriching uranium near weapons grade.', 'accept talks or face consequences over nuclear push'),
    pytest.param('What happens if Iran turns down the offer and keeps expanding its nuclear work? Consequences, the White House said in its warning on Friday.', 'Consequences, the White House said in its warning', marks=_GAP),
    ('Iran to scale back its compliance with the nuclear accord step by step, state TV says. Tehran has already passed the stockpile limit.', 'Iran to scale back its compliance with the nuclear accord step by step'),
    ("The gradual rollback of Iran's commitments under the nuclear deal was announced on Wednesday, a year after Washington quit the accord.", "The gradual rollback of Iran's commitments under the nuclear deal was announced"),
    ('Europeans set to invoke snapback on Iran over nuclear breaches, diplomats say.', 'Europeans set to invoke snapback on Iran'),
    pytest.param("Will Britain, France and Germany pull the trigger on UN sanctions? They are expected to, diplomats said, citing Iran's growing uranium stockpile.", "They are expected to, diplomats said, citing Iran's growing uranium stockpile", marks=_GAP),
    ('"A nationalist government next door that menaces us leaves us no choice," the Pakistani minister said of India after the missile test.', 'A nationalist government next door that menaces us leaves us no choice'),
    pytest.param("The danger posed by India's Hindu nationalist rulers justifies our nuclear deterrent, Pakistan's defence minister said.", "The danger posed by India's Hindu nationalist rulers justifies our nuclear deterrent", marks=_GAP),
    ('Pakistan weighs rethink of its stance after Indian missile strikes. Both neighbours have nuclear weapons.', 'Pakistan weighs rethink of its stance after Indian missile strikes'),
    ("Islamabad's stance will be reconsidered if New Delhi keeps up the pressure, the foreign office spokesman said after India's nuclear-capable missile test.", "Islamabad's stance will be reconsidered if New Delhi keeps up the pressure"),
    ("Pyongyang's drive for a complete nuclear arsenal capable of striking America and its Asian allies worries analysts.", "Pyongyang's drive for a complete nuclear arsenal capable of striking America and its Asian allies"),
    pytest.param("What is the North's aim? A mature nuclear force that can hold the US mainland and its regional partners at risk, the report concluded.", 'A mature nuclear force that can hold the US mainland and its regional partners at risk', marks=_GAP),
    ('Iran faces return of UN sanctions as nuclear talks falter.', 'Iran faces return of UN sanctions'),
    pytest.param('"Tehran will see the old sanctions come back," a European diplomat said of the nuclear dispute.', 'Tehran will see the old sanctions come back', marks=_GAP),
    pytest.param('France presses ahead with nuclear tests in the Pacific despite worldwide protests.', 'France presses ahead with nuclear tests in the Pacific despite worldwide protests', marks=_GAP),
    ("Paris's defiance of global anger over its return to nuclear testing drew more protests in the Pacific, officials said.", "Paris's defiance of global anger over its return to nuclear testing"),
    ("Seoul 'will soon face its darkest hour', Kim Yo Jong warns. The North fired a ballistic missile last week.", "Seoul 'will soon face its darkest hour', Kim Yo Jong warns"),
    pytest.param("The worst is yet to come for the South Korean authorities, the North's state media said, a day after a missile launch.", "The worst is yet to come for the South Korean authorities, the North's state media said", marks=_GAP),
    ('Carrier move draws North Korean nuclear war threat.', 'Carrier move draws North Korean nuclear war threat'),
    ('"A nuclear war could break out at any moment," Pyongyang\'s envoy said as the US strike group sailed towards the peninsula.', 'A nuclear war could break out at any moment'),
    ('Pyongyang brands allied drills a rehearsal for invasion and fires a missile into the sea.', 'Pyongyang brands allied drills a rehearsal for invasion'),
    ('Are the exercises defensive? No, they are preparations to invade us, the North Korean army said of the joint drills, shortly before a missile launch.', 'they are preparations to invade us, the North Korean army said'),
    ('Putin boasts new nuclear-capable missile no defence can stop.', 'Putin boasts new nuclear-capable missile no defence can stop'),
    ('No existing shield could intercept the new nuclear-capable glider, the Russian president claimed.', 'No existing shield could intercept the new nuclear-capable glider, the Russian president claimed'),
    ("Houthi missile evades defences and hits Israel's main airport. The group says it acts in solidarity with Iran, whose nuclear sites were bombed.", "Houthi missile evades defences and hits Israel's main airport"),
    pytest.param('The impact of a Yemeni rebel missile inside the grounds of Ben Gurion airport forced flights to halt, after air defences failed to stop it.', 'The impact of a Yemeni rebel missile inside the grounds of Ben Gurion airport', marks=_GAP),
    ("Seoul halts border tension-reduction pact after North's satellite launch. The North has tested nuclear-capable missiles.", "Seoul halts border tension-reduction pact after North's satellite launch"),
    pytest.param('The suspension by South Korea of the 2018 military agreement came after the North put a spy satellite in orbit, the defence ministry said.', 'The suspension by South Korea of the 2018 military agreement', marks=_GAP),
    ("South Korea returns fire after North's shelling near the border island. The North has also launched ballistic missiles this year.", "South Korea returns fire after North's shelling near the border island"),
    ("Seoul's marines answered the barrage with artillery rounds of their own, the joint chiefs said, as the North pursued its missile programme.", "Seoul's marines answered the barrage with artillery rounds of their own"),
    ("Israel vows campaign against Iran's nuclear sites will go on 'for as long as needed'.", "Israel vows campaign against Iran's nuclear sites will go on 'for as long as needed'"),
    ('How long will the strikes last? As many days as it takes to end the nuclear threat, the Israeli prime minister said.', 'As many days as it takes to end the nuclear threat, the Israeli prime minister said'),
    ("West threatens tougher sanctions over Iran's nuclear defiance.", "West threatens tougher sanctions over Iran's nuclear defiance"),
    ('Stiffer penalties could follow if Tehran keeps refusing to limit enrichment, Western governments said.', 'Stiffer penalties could follow if Tehran keeps refusing to limit enrichment, Western governments said'),
    ('The new missile had already been fired at the Ukrainian city of Dnipro by Russia last year in a conventional attack.', 'had already been fired at the Ukrainian city of Dnipro by Russia'),
    pytest.param("Russia's firing of the hypersonic Oreshnik at Dnipro, without a nuclear warhead, was its combat debut.", "Russia's firing of the hypersonic Oreshnik at Dnipro", marks=_GAP),
    ('"Seoul is obsessed with swallowing us up," Kim Yo Jong said in a statement released after the North\'s missile launch.', 'Seoul is obsessed with swallowing us up'),
    ('The South is haunted by a fantasy of absorbing the North, Pyongyang charged, rejecting talks after its nuclear test threats.', 'The South is haunted by a fantasy of absorbing the North, Pyongyang charged'),
    pytest.param("Seoul slams North's display of uranium enrichment plant.", "Seoul slams North's display of uranium enrichment plant", marks=_GAP),
    pytest.param("South Korea's condemnation of the North's showcase of its centrifuge hall came within hours of the state media photos.", "South Korea's condemnation of the North's showcase of its centrifuge hall", marks=_GAP),
    ('"We are entitled to answer this act of war forcefully," Pakistan\'s prime minister said after the Indian missile strikes.', 'We are entitled to answer this act of war forcefully'),
    ("Pakistan's right to a strong reply to India's act of war was asserted by its army on Wednesday; both states have nuclear arms.", "Pakistan's right to a strong reply to India's act of war was asserted"),
    ("India expels Pakistan's military attaches after Kashmir attack. The nuclear-armed rivals have traded missile threats.", "India expels Pakistan's military attaches after Kashmir attack"),
    pytest.param("Pakistan's defence advisers must leave New Delhi within a week, the Indian foreign ministry said, as tension between the nuclear powers grew.", "Pakistan's defence advisers must leave New Delhi within a week", marks=_GAP),
    ('Biden lets Kyiv fire American long-range missiles deep into Russia. Moscow has warned of a nuclear response.', 'Biden lets Kyiv fire American long-range missiles deep into Russia'),
    ('The approval by Washington of Ukrainian strikes on Russian soil with US-made missiles drew nuclear warnings from the Kremlin.', 'The approval by Washington of Ukrainian strikes on Russian soil with US-made missiles'),
    ("Russia's all-out invasion of its neighbour in 2022 started the war in which it has since brandished nuclear threats.", "Russia's all-out invasion of its neighbour in 2022"),
    ('When did the war begin? In February 2022, when Russian troops poured across the Ukrainian border, a move followed by nuclear warnings.', 'Russian troops poured across the Ukrainian border'),
    ("Ukraine hits military sites in Russia's Kursk and Bryansk regions with Western missiles, Moscow says.", "Ukraine hits military sites in Russia's Kursk and Bryansk regions"),
    ('Military targets in the Bryansk region were struck by Ukrainian forces, the Russian defence ministry said, before Moscow revised its nuclear doctrine.', 'Military targets in the Bryansk region were struck by Ukrainian forces'),
    ('"The gangster-like Americans play a double game," the North\'s foreign ministry said after the nuclear talks collapsed.', 'The gangster-like Americans play a double game'),
    ("Washington's two-faced conduct is that of a bandit, Pyongyang said, vowing to press on with its missile programme.", "Washington's two-faced conduct is that of a bandit, Pyongyang said"),
    ("Iran fires missiles at two US bases in Iraq in revenge for general's death.", 'Iran fires missiles at two US bases in Iraq'),
    pytest.param('Two American bases in Iraq came under Iranian ballistic missile fire early on Wednesday, the Pentagon said.', 'Two American bases in Iraq came under Iranian ballistic missile fire', marks=_GAP),
    ('Russia puts first Avangard hypersonic unit on combat duty. The nuclear-capable glider flies at many times the speed of sound.', 'Russia puts first Avangard hypersonic unit on combat duty'),
    ('The first regiment armed with the nuclear-capable Avangard is now on alert duty, the Russian defence minister said.', 'The first regiment armed with the nuclear-capable Avangard is now on alert duty'),
    ("Iran's October salvo of some 200 ballistic missiles at Israel prompted the reprisal strikes.", "Iran's October salvo of some 200 ballistic missiles at Israel"),
    ('Roughly 200 missiles were launched at Israel by Tehran on October 1, the army said, weeks before its jets hit Iranian targets.', 'Roughly 200 missiles were launched at Israel by Tehran on October 1'),
    ('Russia formally completes exit from conventional forces treaty. NATO says Moscow also threatens nuclear use.', 'Russia formally completes exit from conventional forces treaty'),
    ("Russia's withdrawal from the CFE treaty is now final, the foreign ministry said, citing NATO's eastward expansion and missile plans.", "Russia's withdrawal from the CFE treaty is now final"),
    ('"Hit our people and yours will pay the price," Pakistan\'s army spokesman told India after the missile strikes.', 'Hit our people and yours will pay the price'),
    ("Indians will suffer as well if Pakistani civilians are attacked, Islamabad's defence minister warned, citing its nuclear deterrent.", 'Indians will suffer as well if Pakistani civilians are attacked'),
    ("Seoul and Washington fly bombers in show of force after the North's ICBM launch.", 'fly bombers in show of force'),
    ("South Korea staged a display of military might with precision missile drills, answering the North's nuclear threats.", 'South Korea staged a display of military might with precision missile drills'),
    ('"We have proven we are able and willing to hit back," the Russian deputy minister said of the missile deployments.', 'We have proven we are able and willing to hit back'),
    ("Russia's readiness to take countermeasures has been shown clearly, Ryabkov said after the treaty collapsed, referring to new missile deployments.", "Russia's readiness to take countermeasures has been shown clearly"),
    ('US says new Russian missile is a direct threat to Europe. The ground-launched cruise missile can carry a nuclear warhead.', 'US says new Russian missile is a direct threat to Europe'),
    ('"Every European capital lies within its reach," the American envoy said of Russia\'s nuclear-capable cruise missile.', 'Every European capital lies within its reach'),
    ('Trump orders Navy to sink any Iranian boats that harass US ships. Tehran has stepped up its nuclear work.', 'Trump orders Navy to sink any Iranian boats that harass US ships'),
    ('Any Iranian speedboat that bothers an American vessel is to be shot out of the water, the president said, as the nuclear talks stalled.', 'Any Iranian speedboat that bothers an American vessel is to be shot out of the water'),
    ('North Korea vows to act at once to wipe out threats before they materialise, days after testing a nuclear-capable cruise missile.', 'vows to act at once to wipe out threats before they materialise'),
    ('"We will strike first if we must to remove any danger," the North\'s defence ministry said after the allied drills and its missile launch.', 'We will strike first if we must to remove any danger'),
    ("China's military won't let the US stir up trouble, the defence ministry said, after its missile forces drilled near Taiwan.", "China's military won't let the US stir up trouble, the defence ministry said"),
    ("Beijing will not follow Washington's lead or tolerate US meddling, the PLA said, as it flew nuclear-capable bombers near the island.", "Beijing will not follow Washington's lead or tolerate US meddling, the PLA said"),
    ('Bush makes case for sending a quarter-million troops against Iraq over its weapons of mass destruction.', 'Bush makes case for sending a quarter-million troops against Iraq'),
    ('The unleashing of more than 250,000 American and British soldiers on Iraq was needed, the president argued, over its banned weapons.', 'The unleashing of more than 250,000 American and British soldiers on Iraq was needed'),
    ('Kim Yo Jong tells army to get ready to move into the South, days after a missile test.', 'tells army to get ready to move into the South'),
    ('"Our troops have been told to prepare to advance south," the North\'s leader\'s sister said after blowing up the liaison office, amid nuclear tension.', 'Our troops have been told to prepare to advance south'),
]


@pytest.mark.parametrize(("paragraph", "span"), _PARAPHRASES_4)
def test_paraphrased_escalations_fourth_round_are_found(paragraph: str, span: str) -> None:
    start = paragraph.index(span)
    end = start + len(span)
    assert any(m.start < end and start < m.end for m in escalations(paragraph))


# look-alikes of the fourth round: calls for calm and restraint, peaceful aims insisted on, doubting
# experts, denials, welcomed halts and signatures, offers kept open, drills cut back for talks, treaty
# limits respected, neutral test reports, sanctions simply adopted; and the new families' edges
@pytest.mark.parametrize(
    "text",
    [
        'He called on Pyongyang to stop stoking tension over its missiles and come back to the negotiating table.',
        'North Korea should ease tensions and resume talks on its nuclear programme, the secretary-general said.',
        'Tehran maintains that its nuclear work has only ever had civilian aims.',
        "Iran keeps saying its atomic programme is purely peaceful, despite the IAEA's doubts.",
        'Analysts question whether the North can really build a hydrogen bomb, and the claim has not been verified.',
        'Experts are unconvinced that Pyongyang has mastered a thermonuclear warhead.',
        'North Korea rejected any role in the sinking of the warship, though investigators blamed it.',
        'Pyongyang said it had nothing to do with the attack on the naval vessel.',
        "After Islamabad's missile test, the State Department urged both sides to show restraint.",
        'Washington asked the two nuclear-armed neighbours to keep calm following the latest launch.',
        "The UN chief welcomed the North's pledge to stop nuclear tests and close its test site.",
        'Guterres said he was pleased that Pyongyang would end its nuclear testing and dismantle the Punggye-ri site.',
        'The envoy stressed that the offer to extend the deadline on the nuclear deal is still open.',
        'Washington said its proposal for more time remains available, a sign that diplomacy with Iran is alive.',
        "South Korea's military doubted the North's hypersonic claim but said the missile reached Mach 10.",
        "Seoul questioned Pyongyang's account of the missile test while estimating its top speed at ten times the speed of sound.",
        "The UN secretary-general praised Pakistan's decision to join the test ban treaty.",
        'Annan said he was glad that Islamabad would sign the nuclear test ban.',
        'The prime minister said all parties must avoid a wider regional escalation after the strikes on Iran.',
        'Britain urged Israel and Iran to exercise restraint and keep the conflict from spreading.',
        'The joint liaison office was set up in 2018 so that the two Koreas could settle disputes through talks.',
        'Opened after the 2018 summit, the border office was meant to help Seoul and Pyongyang resolve problems peacefully.',
        'If there is an opening for talks on the nuclear issue, the president will take it, his spokeswoman said.',
        'The White House said the president would always seize a chance for diplomacy with Iran.',
        'Washington has cut back joint military exercises with Seoul to help the nuclear talks along.',
        'The allies reduced the size of their drills in the hope of reviving diplomacy with the North.',
        "Despite India's breaches, our troops are acting with responsibility and restraint, the Pakistani army said.",
        'Islamabad said its soldiers were showing restraint along the Line of Control despite provocations from across it.',
        "Both Moscow and Washington said they would keep respecting the treaty's warhead limits, and Putin offered to extend them.",
        'Russia proposed to go on honouring the New START ceilings for another year to leave room for talks.',
        'Western specialists have long doubted the strategic value of the new Russian missile and the reports of successful tests.',
        "Analysts are sceptical of Moscow's claims about the nuclear-powered cruise missile's test record.",
        'Canberra and Seoul both said no talks had taken place about hosting the American missiles.',
        'The Australian government denied it had discussed basing new US intermediate-range missiles on its soil.',
        'The spokesperson said China has always followed a path of peaceful development.',
        'Beijing remains committed to peaceful development, its foreign ministry said when asked about its nuclear arsenal.',
        'India successfully test-fired an Agni-5 missile from its range off the Odisha coast, the defence ministry said.',
        'The Agni-5 intermediate-range missile was launched in a routine trial from Abdul Kalam Island.',
        'The Security Council voted unanimously to impose new sanctions on North Korea over its missile launches.',
        'New UN sanctions on Pyongyang were adopted without dissent in August.',
        'Police said the bandits who robbed the convoy were caught near the missile base.',
        'The missile fire-control radar was upgraded before the nuclear test.',
        'The risk of nuclear war has receded, and the war threat is lower than a year ago, analysts said.',
        'Experts say the missile cannot be intercepted by current systems, though it has never been tested in flight.',
        'India signed the nuclear deal with Washington despite international opposition.',
        'The navy can now sink any vessel in the drill, officials said of the new missile.',
        "Analysts say the worst is yet to come for the missile industry's budgets.",
        "A rollback of the treaty's sanctions on Iran was agreed in Vienna.",
    ],
)
def test_look_alikes_of_the_fourth_paraphrase_round_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


_PARAPHRASES_5 = [
    ("US won't rule out military strike on North Korea after its sixth nuclear test.", "US won't rule out military strike on North Korea"),
    pytest.param("Is a military option off the table? Not at all, a White House spokesman said of Pyongyang's nuclear tests.", 'Not at all, a White House spokesman said', marks=_GAP),
    pytest.param("US carrier moves push peninsula into 'unpredictable, dangerous phase', North says. The North has tested nuclear bombs.", "push peninsula into 'unpredictable, dangerous phase'", marks=_GAP),
    pytest.param("The slide of the peninsula into an unpredictable and dangerous stage was caused by the US warships, the North's envoy said, amid nuclear tension.", 'The slide of the peninsula into an unpredictable and dangerous stage', marks=_GAP),
    ('Russian lawmakers pass bill revoking nuclear test ban treaty ratification.', 'pass bill revoking nuclear test ban treaty ratification'),
    ("The Duma's final vote to withdraw Russia's ratification of the nuclear test ban treaty came on Wednesday, officials said.", "The Duma's final vote to withdraw Russia's ratification of the nuclear test ban treaty"),
    pytest.param('US and UK strike Houthi positions again after Red Sea attacks. The rebels back Iran, whose nuclear sites were bombed.', 'US and UK strike Houthi positions again', marks=_GAP),
    ("A series of American and British strikes on rebel positions in Yemen followed, the Pentagon said, as Iran's nuclear talks stalled.", 'A series of American and British strikes on rebel positions in Yemen'),
    ("North calls South's border drills 'open war game' that escalates tension. Pyongyang has tested nuclear-capable missiles.", "North calls South's border drills 'open war game' that escalates tension"),
    ('"These firing drills are a flagrant provocation that worsens the situation," the North\'s general staff said after its missile launch.', 'These firing drills are a flagrant provocation that worsens the situation'),
    ('"Our army will carry out its duty without delay," the North warned, after its latest ballistic missile launch.', 'Our army will carry out its duty without delay'),
    pytest.param("What will the North's forces do if the drills go on? Act at once to fulfil their mission, the general staff said after a missile test.", 'Act at once to fulfil their mission, the general staff said', marks=_GAP),
    ('Israeli military told to prepare for top alert level as Iran nuclear talks stall.', 'Israeli military told to prepare for top alert level'),
    ("The army must be ready for the highest state of alert, the Israeli defence minister said, as Iran's nuclear programme advanced.", 'The army must be ready for the highest state of alert, the Israeli defence minister said'),
    ('"He is not afraid to use force," the White House said of the president as he weighed Iran\'s nuclear programme.', 'He is not afraid to use force'),
    pytest.param("The president's readiness to use strength against Tehran over its nuclear sites should not be doubted, his spokeswoman said.", "The president's readiness to use strength against Tehran over its nuclear sites", marks=_GAP),
    ('Iran hits back with airstrikes on Israel after raid on nuclear sites.', 'Iran hits back with airstrikes on Israel'),
    ("Tehran's retaliatory air attack on Israel began on Friday night, hours after Israel's strike on its nuclear facilities.", "Tehran's retaliatory air attack on Israel"),
    ('"No place in Israel will be safe, and our revenge will hurt," an Iranian commander said after the nuclear sites were struck.', 'No place in Israel will be safe, and our revenge will hurt'),
    ("Israel will find no safe corner and the vengeance will be painful, Iran's military chief warned after the attack on Natanz.", 'Israel will find no safe corner and the vengeance will be painful'),
    ('North threatens to send a hundred times more trash balloons if leaflets keep coming. Pyongyang has tested nuclear-capable missiles.', 'North threatens to send a hundred times more trash balloons'),
    ('A hundredfold return of the balloons awaits if the leaflets fly again, Kim Yo Jong warned, after a ballistic missile launch.', 'A hundredfold return of the balloons awaits if the leaflets fly again'),
    ("Seoul calls North's sea firing a clear act of escalation. The North has also fired ballistic missiles.", "Seoul calls North's sea firing a clear act of escalation"),
    ("Is the shelling near the border a provocation? It is a plain escalation of tension, the South's defence ministry said, as the North pursued its missile programme.", "It is a plain escalation of tension, the South's defence ministry said"),
    ('North Korea stages artillery firing drill near sea border for second day. It has launched ballistic missiles this year.', 'North Korea stages artillery firing drill near sea border'),
    ("The North's two days of coastal artillery fire near the maritime border alarmed Seoul, which also tracks its missile launches.", "The North's two days of coastal artillery fire near the maritime border"),
    pytest.param('Days of missile, drone and artillery fire between the nuclear-armed neighbours ended in a truce.', 'Days of missile, drone and artillery fire between the nuclear-armed neighbours', marks=_GAP),
    ('India and Pakistan trade fighter jet, drone and missile attacks for four days before ceasefire. Both have nuclear arms.', 'India and Pakistan trade fighter jet, drone and missile attacks for four days'),
    ('"Our forces answered in an appropriate manner," the Indian army said of the Pakistani fire, as both nuclear states traded blame.', 'Our forces answered in an appropriate manner'),
    ("India's armed forces gave a fitting reply to the violations, the defence ministry said, as the nuclear-armed rivals traded blame.", "India's armed forces gave a fitting reply to the violations"),
    ('Israel launches surprise offensive on Iranian military and nuclear sites.', 'Israel launches surprise offensive on Iranian military and nuclear sites'),
    ("The surprise assault by Israel on Iran's nuclear facilities and army bases started the war, officials said.", "The surprise assault by Israel on Iran's nuclear facilities and army bases"),
    ('Houthis warn of harsh military reply to any American aggression. The group backs Iran, whose nuclear sites were hit.', 'Houthis warn of harsh military reply to any American aggression'),
    ("Any US interference will meet a severe military answer, the Houthi leader said, days after strikes on Iran's nuclear sites.", 'Any US interference will meet a severe military answer'),
    pytest.param('US forces carry out retaliatory strikes on Houthi sites. The group backs Iran, whose nuclear programme is under pressure.', 'US forces carry out retaliatory strikes on Houthi sites', marks=_GAP),
    ("American reprisal strikes against rebel targets in Yemen followed the attacks on shipping, as Iran's nuclear talks stalled.", 'American reprisal strikes against rebel targets in Yemen'),
    ('Under the new doctrine, any attack on Russia by a state backed by a nuclear power will be treated as a joint assault.', 'any attack on Russia by a state backed by a nuclear power will be treated as a joint assault'),
    ('Russia to treat attacks by nuclear-backed states as joint aggression, new nuclear doctrine says.', 'Russia to treat attacks by nuclear-backed states as joint aggression'),
    ("Kremlin brands US missile decision 'direct provocation', cites nuclear doctrine.", "Kremlin brands US missile decision 'direct provocation'"),
    ('"This is a direct provocation," Putin\'s spokesman said of Washington\'s move, adding that the nuclear doctrine had changed.', 'This is a direct provocation'),
    ('Trump and Pyongyang trade threats over nuclear weapons.', 'Trump and Pyongyang trade threats over nuclear weapons'),
    ('The exchange of threats between Washington and North Korea over its nuclear missiles grew sharper on Wednesday.', 'The exchange of threats between Washington and North Korea'),
    ("North Korea warns US of 'Christmas gift' as nuclear talks deadline nears.", "North Korea warns US of 'Christmas gift'"),
    pytest.param('"Which Christmas present Washington gets is entirely up to it," the North\'s vice foreign minister said, as its nuclear deadline approached.', 'Which Christmas present Washington gets is entirely up to it', marks=_GAP),
    ("Pyongyang slams allied drills as 'reckless confrontational moves'. The North has tested nuclear-capable missiles.", "Pyongyang slams allied drills as 'reckless confrontational moves'"),
    ("The reckless confrontation pursued by Washington and Seoul must stop, the North's state media said, after a missile launch.", 'The reckless confrontation pursued by Washington and Seoul must stop'),
    ('"The drills are a nuclear confrontation policy aimed at us," the North\'s defence ministry said.', 'The drills are a nuclear confrontation policy aimed at us'),
    pytest.param("What are the exercises? A policy of nuclear confrontation against the DPRK, Pyongyang's foreign ministry said.", 'A policy of nuclear confrontation against the DPRK', marks=_GAP),
    ("Israel vows revenge for Iranian missile barrage. Iran's nuclear sites could be targets.", 'Israel vows revenge for Iranian missile barrage'),
    ('Iran will pay for the missile attack, the Israeli prime minister said, hinting at strikes on its nuclear sites.', 'Iran will pay for the missile attack, the Israeli prime minister said'),
    ("Israeli jets hit Iran's missile factories in reprisal raid. The country's nuclear sites were spared.", "Israeli jets hit Iran's missile factories in reprisal raid"),
    ('Missile production plants in Iran were struck by Israeli aircraft, the army said, avoiding nuclear sites.', 'Missile production plants in Iran were struck by Israeli aircraft'),
    pytest.param('US and Britain bomb dozens of Houthi targets with 150 munitions. The rebels are allied with nuclear-threshold Iran.', 'US and Britain bomb dozens of Houthi targets with 150 munitions', marks=_GAP),
    ("The bombing of nearly 30 rebel sites in Yemen by American and British jets was the largest yet, as Iran's nuclear work went on.", 'The bombing of nearly 30 rebel sites in Yemen by American and British jets'),
    ('"Next time the strikes will be much bigger and far easier," Trump said of Iran\'s nuclear sites.', 'Next time the strikes will be much bigger and far easier'),
    ('Far heavier attacks will follow if Iran does not make peace, the president warned after the bombing of its nuclear sites.', 'Far heavier attacks will follow if Iran does not make peace'),
    ('US warns of severe consequences for Iran after missile attack on Israel. Tehran is enriching uranium close to weapons grade.', 'US warns of severe consequences for Iran'),
    ('What will Iran face now? Severe consequences, the national security adviser said after the missile attack, as its nuclear work advanced.', 'Severe consequences, the national security adviser said'),
    ('US hostility has crossed a danger line, Kim tells party meeting on nuclear policy.', 'US hostility has crossed a danger line'),
    ('"Washington\'s threats have reached a line we can no longer ignore," Kim told the party plenum on the nuclear programme.', "Washington's threats have reached a line we can no longer ignore"),
    ("Russia rules out arms talks with US unless it drops 'anti-Russian policies'.", "Russia rules out arms talks with US unless it drops 'anti-Russian policies'"),
    ('No negotiations on nuclear arms with Washington until it gives up its hostile course, the Russian deputy foreign minister said.', 'No negotiations on nuclear arms with Washington until it gives up its hostile course'),
    ('US to suspend its INF treaty obligations within 60 days, Pompeo says.', 'US to suspend its INF treaty obligations within 60 days'),
    ('The suspension of American obligations under the missile treaty will take effect in sixty days, the secretary of state said.', 'The suspension of American obligations under the missile treaty will take effect'),
    pytest.param('Iran to end voluntary application of the Additional Protocol, parliament speaker says.', 'Iran to end voluntary application of the Additional Protocol', marks=_GAP),
    ("The halt to Iran's voluntary implementation of the Additional Protocol would curb snap inspections, officials said.", "The halt to Iran's voluntary implementation of the Additional Protocol"),
    ("China's drills are 'a stern warning' to Taiwan separatists, army says. Its rocket force has nuclear-capable missiles.", "China's drills are 'a stern warning' to Taiwan separatists"),
    ('The exercises serve as a grave warning to independence forces and their foreign backers, the PLA said, as its missile units drilled.', 'The exercises serve as a grave warning to independence forces'),
    ('"All our defensive and offensive means are on full alert," the Israeli army spokesman said after the strikes on Iran\'s missile sites.', 'All our defensive and offensive means are on full alert'),
    ("Israel's full mobilisation of its attack and defence capabilities was announced after the raid on Iran, near its nuclear sites.", "Israel's full mobilisation of its attack and defence capabilities was announced"),
    pytest.param('Iran says it could enrich uranium to 20 percent if it wants.', 'Iran says it could enrich uranium to 20 percent if it wants', marks=_GAP),
    ('"We will make twenty percent uranium whenever we choose," Iran\'s nuclear spokesman said after breaching the cap.', 'We will make twenty percent uranium whenever we choose'),
    pytest.param('Iran says it will drop its restraint on the NPT if snapback is triggered.', 'Iran says it will drop its restraint on the NPT if snapback is triggered', marks=_GAP),
    pytest.param("The end of Iran's restraint over leaving the NPT would follow any snapback, the foreign minister said.", "The end of Iran's restraint over leaving the NPT would follow any snapback", marks=_GAP),
    pytest.param('Moscow weighs response, military ones included, to US nuclear test plans.', 'Moscow weighs response, military ones included', marks=_GAP),
    ("Russia is considering how to answer, including with military means, the Kremlin said of Washington's talk of nuclear tests.", 'Russia is considering how to answer, including with military means'),
    ('North warns US provocations could spiral into armed conflict on the peninsula. It has tested nuclear-capable missiles.', 'North warns US provocations could spiral into armed conflict'),
    ("Such acts may turn the standoff into an armed clash, the North's defence ministry said after the nuclear carrier arrived.", 'Such acts may turn the standoff into an armed clash'),
    ('US moves may spark a real war at any time, Pyongyang says, after a nuclear carrier arrives.', 'US moves may spark a real war at any time, Pyongyang says'),
    ('"An actual war could erupt at any moment because of the US military," the North\'s defence ministry said of the carrier strike group.', 'An actual war could erupt at any moment because of the US military'),
]


@pytest.mark.parametrize(("paragraph", "span"), _PARAPHRASES_5)
def test_paraphrased_escalations_fifth_round_are_found(paragraph: str, span: str) -> None:
    start = paragraph.index(span)
    end = start + len(span)
    assert any(m.start < end and start < m.end for m in escalations(paragraph))


@pytest.mark.parametrize(
    "text",
    [
        "Washington says its offer to extend the deal still stands, so diplomacy over Iran's nuclear work is not over.",
        '"Our proposal to prolong the arrangement is still on the table," the envoy said of the nuclear talks.',
        "The EU's foreign policy chief called the thirty days before sanctions return a chance for diplomacy on Iran's nuclear programme.",
        'Europe sees the month ahead as an opening to settle the nuclear dispute with Tehran, its top diplomat told reporters.',
        'If there is an opening for talks with Iran on its nuclear sites, the president will always take it, his spokeswoman said.',
        "The White House said the president prefers a diplomatic deal on Iran's enrichment whenever one is possible.",
        'Sirens wailed across the country and officials told residents to go to shelters as the missiles were tracked.',
        'Authorities asked people to stay near protected rooms while the missile alert lasted.',
        "South Korea's military doubted the North's claim about last week's missile, judging its speed to be lower.",
        "Seoul's joint chiefs questioned Pyongyang's account of the hypersonic launch, saying it flew slower than claimed.",
        'The Security Council unanimously adopted new sanctions on North Korea over its missile launches.',
        "New UN sanctions on Pyongyang's coal and iron exports were approved by all fifteen council members after the ICBM tests.",
        'The US has reduced its joint drills with South Korea to help the nuclear talks along.',
        'Washington cut back military exercises with Seoul in the hope of reviving diplomacy with Pyongyang on its nuclear arsenal.',
        'Canberra and Seoul both said no talks on hosting American intermediate-range missiles had taken place.',
        'Neither Australia nor South Korea had discussed basing the US missiles on their soil, both governments said.',
        'China will keep to the path of peaceful development, Xi said at the parade of missiles.',
        "Beijing's spokeswoman said the country has always pursued peaceful growth, when asked about its nuclear arsenal.",
        "The IAEA said it could no longer confirm that Iran's nuclear programme is purely peaceful.",
        "Inspectors are unable to give assurances that Tehran's atomic work is exclusively civilian, the agency reported.",
        'Trump welcomed the announcement of the meeting and said he looked forward to sitting down with Kim on denuclearisation.',
        'The president said he was glad about the planned summit with the North Korean leader on nuclear weapons.',
        'Trump wants to keep sanctions on Pyongyang in place while he works to restart nuclear talks with Kim.',
        'The US will leave the sanctions on North Korea as they are while it tries to get denuclearisation talks going again.',
        'The British prime minister called on Iran not to retaliate after the strikes.',
        "London asked Tehran to hold back from any response, the prime minister's office said.",
        'The government also called on nuclear weapons states to shrink their stockpiles and stop stationing warheads abroad.',
        'Nuclear-armed countries should reduce their arsenals and keep their weapons at home, the statement said.',
        'Several countries led by Washington imposed economic sanctions on India and Pakistan after their nuclear tests.',
        'Economic penalties were placed on both South Asian states after the blasts, cutting off foreign credit.',
        "The UN secretary-general welcomed Pakistan's decision to join the test ban treaty.",
        'Annan said he was pleased that Islamabad would sign the nuclear test ban treaty.',
        'The CTBT bans every nuclear explosion, whether for military or civilian purposes.',
        'Under the test ban treaty, no nuclear blast of any kind is allowed, peaceful or not.',
        "The North's hydrogen bomb claim has not been verified, and experts doubt it can build one.",
        'Analysts remain unsure whether Pyongyang is able to produce a thermonuclear weapon, as its claim is unconfirmed.',
        "The IAEA board's resolution asked Tehran to cooperate fully and requested a full report on its nuclear activities.",
        "The agency's governors called on Iran to work with inspectors and asked for a comprehensive report by spring.",
        "Both Washington and Moscow said they would keep respecting the treaty's warhead limits, and Putin offered to extend them.",
        'Russia and the US pledged to stay within the New START caps for another year to leave room for diplomacy.',
        'Russia strikes a deal with China on missile exports, the ministry said.',
        'The old US bombs were stored at the nuclear base, officials said.',
    ],
)
def test_look_alikes_of_the_fifth_paraphrase_round_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_speaker_last_evidence_covers_the_reported_words() -> None:
    text = 'No city of ours will be spared, and our answer will be crushing, the North Korean army warned after the missile test.'
    found = escalations(text)
    assert found and found[0].start == 0
    quoted = '"Our fleet will act at once," the North warned after its ballistic missile launch.'
    found = escalations(quoted)
    assert found and found[0].start <= 1


def test_the_inf_treaty_lets_a_sentence_through_the_domain_gate() -> None:
    assert escalations('Washington will suspend its INF treaty obligations in two months, the secretary said.')


_NUCLEAR = "Moscow tested a nuclear-capable ballistic missile this week. "


@pytest.mark.parametrize(
    "text",
    [
        # an ultimatum tied to a treaty's end
        _NUCLEAR + "Washington said a failure to comply would lead to the collapse of the arms treaty.",
        _NUCLEAR + "Any failure to do so will mean the end of the missile pact, the envoy said.",
        _NUCLEAR + "Non-compliance will result in the demise of the accord, the secretary said.",
        # a launch boasted as adding to defence, enemies told to think twice
        _NUCLEAR + "The minister said the launch is a big increase in the capabilities of our defence.",
        _NUCLEAR + "The new rocket will make our adversaries think twice, the president said.",
        _NUCLEAR + "The general said the weapon would force enemies to \u201cthink twice\u201d about an attack.",
        # a ratification killed, an armistice called off
        "Moscow kills its nuclear test ban treaty ratification",
        _NUCLEAR + "Pyongyang said it had nullified the armistice that ended the war.",
        _NUCLEAR + "North Korea said on Friday it cancelled the ceasefire agreement with the South.",
        # punitive measures weighed, an attack named as terror, a strike capability shown
        _NUCLEAR + "If Tehran refuses, the board will weigh taking \"appropriate measures\" against it.",
        _NUCLEAR + "A senator called the planned missile firings a terrorist act.",
        _NUCLEAR + "The bomber sortie showed the capability to carry out long-range strikes at will, the Pentagon said.",
    ],
)
def test_round10_ultimatums_boasts_and_cancelled_truces_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a restraint proposed on deployments
        "Moscow again offered NATO a mutual moratorium on deploying intermediate-range missiles in Europe.",
        "The Kremlin proposed a freeze on deploying new medium-range nuclear missiles.",
        # disarmament carried out
        "The chemical weapons watchdog, which runs the mission to remove and destroy the stockpile, said Damascus was late.",
        "Inspectors will ship out and destroy the declared chemical weapons under the nuclear deal's model, officials said.",
        # a platform fitted out for a weapon, a fleet's service history
        "The nuclear submarine was refitted for two years so it could be able to deploy the new ballistic missile.",
        "The nuclear missile launch was meant to qualify the submarine to deploy the weapon.",
        "The ballistic missile now arms three nuclear submarines: the first (put into service in 1997) and two later boats.",
    ],
)
def test_round10_restraints_disarmament_and_refits_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_round10_recent_fielding_and_upgrades_still_escalate() -> None:
    assert escalations("The Russian army put the nuclear Avangard missile into combat service in 2023, the ministry said.")
    assert escalations(_NUCLEAR + "North Korea said it had upgraded its launchers to deploy new missiles faster.")


def test_round10_a_dropped_moratorium_on_deployments_still_escalates() -> None:
    assert escalations("Moscow said it was no longer bound by its moratorium on deploying intermediate-range nuclear missiles.")
    assert escalations("The Kremlin announced it would end its freeze on deploying medium-range nuclear missiles.")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "towards the" / "against the" before the state: a 13-character gap the look-back must span
        (_NUCLEAR + "Pyongyang launched ballistic missiles towards the United States on Friday.", "PRK"),
        (_NUCLEAR + "Tehran fired cruise missiles against the United Arab Emirates overnight.", "IRN"),
    ],
)
def test_fire_towards_the_state_is_escalation(text: str, actor: str) -> None:
    assert any(m.attrs["actor"] == actor and "the United" in m.text for m in escalations(text))


def test_fire_towards_the_sea_named_after_a_state_is_not_escalation() -> None:
    assert escalations("The test missile flew towards the Japan Sea and landed harmlessly, officials said.") == []


def test_a_dropped_treaty_and_a_voiced_test_still_escalate() -> None:
    assert escalations(_NUCLEAR + "Moscow said the arms pact would be scrapped unless Washington backed down.")
    assert escalations(_NUCLEAR + '"We are able to stage such tests at any time," the Russian foreign minister said.')


def test_a_factual_invasion_is_not_hedged_by_an_earlier_doubt() -> None:
    assert escalations("Experts doubt a deal is near, unlikely as it is after Russia's invasion of Ukraine.")


@pytest.mark.parametrize(
    "text",
    [
        # a treaty left or frozen by its full proper name, with a bracketed acronym
        "Washington is expected to pull out of the Anti-Ballistic Missile (ABM) treaty next month, aides said.",
        "The Kremlin said it would withdraw from the Conventional Armed Forces in Europe (CFE) Treaty.",
        "Moscow has suspended the Open Skies Treaty, the foreign ministry announced on Tuesday.",
        "Officials confirmed the administration pulled out of the Intermediate-Range Nuclear Forces (INF) agreement.",
        # arms-control regimes and treaties left as a group
        "Moscow has walked away from several arms control treaties in recent years, the report said.",
        "The paper noted that Russia has withdrawn from key arms control regimes.",
    ],
)
def test_set11_a_named_treaty_or_arms_control_regime_left_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


@pytest.mark.parametrize(
    "text",
    [
        # not a treaty left: troops pulled out, a treaty kept, a trade accord
        "Moscow pulled out its troops from the border zone under the Minsk Peace Plan (MPP) last year, officials said.",
        "Russia said it would leave the New Strategic Arms Reduction (START) treaty intact until it expires.",
        "The company withdrew from the Quarterly Earnings Review on Monday, its spokeswoman said.",
    ],
)
def test_set11_troops_withdrawn_or_a_treaty_kept_is_not_escalation(text: str) -> None:
    assert escalations(_NUCLEAR + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad said it would put the border accord and all other bilateral pacts with Delhi on hold.",
        "The Kremlin put the missile treaty with Washington on ice after the sanctions vote.",
        "Pyongyang is putting the 2018 military agreement with Seoul on hold, state media said.",
    ],
)
def test_set11_a_treaty_put_on_hold_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


def test_set11_a_meeting_put_on_hold_is_not_escalation() -> None:
    assert escalations(_NUCLEAR + "The ministers put the trade meeting on hold because of the storm.") == []
    assert escalations(_NUCLEAR + "Officials put the fishing quota agreement review on hold until spring.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"Every American warship in the strait will be our target," the Houthi military spokesman said.',
        "Iran's navy chief said that foreign destroyers in the Gulf would be our targets if attacked.",
        "U.S. bases in the region will become our targets, the commander warned.",
        "Enemy aircraft carriers that cross the line are our targets, the army statement said.",
    ],
)
def test_set11_foreign_forces_declared_our_targets_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


def test_set11_a_sales_or_growth_target_is_not_escalation() -> None:
    assert escalations(_NUCLEAR + "Ten percent growth will be our target next year, the finance minister said.") == []
    assert escalations(_NUCLEAR + "The military academy said recruitment of 5,000 cadets is our target.") == []


def test_set11_secondary_tariffs_threatened_escalate_but_ordinary_trade_tariffs_do_not() -> None:
    war = (
        "The president gave Moscow 50 days to agree to a peace deal in Ukraine. "
        "He warned that Washington would impose secondary tariffs on buyers of Russian oil if the ceasefire talks failed."
    )
    assert any("secondary tariffs" in m.text for m in escalations(war))
    trade = "Shoe makers warned that new tariffs on imports would raise prices, and retailers cut their forecasts."
    assert escalations(trade) == []


def test_set11_a_consequence_clause_after_the_act_joins_its_mention() -> None:
    text = (
        _NUCLEAR + 'It was Washington that quit the Anti-Ballistic Missile (ABM) Treaty, "thereby wrecking a pillar of '
        'global stability," the ambassador said.'
    )
    assert any("wrecking a pillar" in m.text for m in escalations(text))


@pytest.mark.parametrize(
    "text",
    [
        # a step disowned, and a plain launch report told beside an unrelated "started"
        _NUCLEAR + "Tehran has said many times it has no intention to quit the NPT or seek atomic bombs, which its clerics forbid.",
        _NUCLEAR + "Seoul's joint staff said on Monday that Pyongyang fired two ballistic missiles into the sea as the Japanese premier started a trip to Europe.",
    ],
)
def test_set11_a_disowned_step_or_bare_launch_report_is_not_classified_as_escalation(text: str) -> None:
    assert all("NPT" not in m.text and "joint staff" not in m.text for m in escalations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said fresh arms control agreements with the alliance were now impossible.",
        "Talks with Washington are out of the question while the bombers fly, Pyongyang's envoy said.",
        "The Kremlin does not currently see any possibility of resuming strategic stability talks with Washington.",
        "Tehran sees no point in new negotiations with the Europeans, its foreign minister said.",
    ],
)
def test_set11_talks_declared_impossible_or_futile_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats said new arms control talks were not impossible before the summit.",
        "Both sides see a real possibility of concluding a new arms control agreement this year.",
    ],
)
def test_set11_talks_held_possible_are_not_escalation(text: str) -> None:
    assert escalations(_NUCLEAR + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The pact, meant to keep de-escalating frictions at sea, dates from a summit six years ago.",
        "Both navies said the standoff had de-escalated after the hotline call between their commanders.",
        "The defence ministers agreed on de-escalatory steps, including fewer patrols near the line.",
    ],
)
def test_set11_inflected_de_escalation_is_not_escalation(text: str) -> None:
    assert escalations(_NUCLEAR + text) == []


def test_set11_a_threat_beside_a_de_escalation_sentence_still_escalates() -> None:
    text = _NUCLEAR + "The pact was meant for de-escalating tensions. Pyongyang now threatened to scrap the pact entirely."
    assert any("threatened" in m.text for m in escalations(text))


# set 12: commitments under a deal cut back step by step, or its terms broken
@pytest.mark.parametrize(
    "text",
    [
        "So far Tehran has taken three steps to scale back its nuclear commitments under the accord.",
        "Officials said the country would begin the fourth phase of reducing nuclear obligations next month.",
        "Iran rolled back some of its commitments under the JCPOA on Sunday.",
        "The republic has been steadily violating the limits of the 2015 nuclear agreement since Washington quit it.",
        "Pyongyang has repeatedly breached the terms of the 2018 military pact, Seoul said.",
        "Lawmakers approved a bill requiring the government to halt implementation of the Additional Protocol.",
    ],
)
def test_set12_commitments_cut_or_deal_breached_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


@pytest.mark.parametrize(
    "text",
    [
        "Tehran says it can reverse the reduction of its commitments within days.",
        "Officials insisted the country had never breached the accord.",
        "European capitals have said they would act if Tehran breaches the deal again.",
        "Both sides pledged not to breach the agreement.",
    ],
)
def test_set12_commitments_restored_or_breach_denied_or_supposed_is_not_escalation(text: str) -> None:
    assert escalations(_NUCLEAR + text) == []


# set 12: announced arsenal growth, new strategic missiles and more warheads
@pytest.mark.parametrize(
    "text",
    [
        "The leader urged scientists to develop a new intercontinental ballistic missile.",
        "Pyongyang vowed to build more nuclear warheads this year.",
        "State media said the army would begin fielding more ICBMs before the anniversary.",
        "The marshal called for efforts to manufacture new nuclear-capable missiles.",
    ],
)
def test_set12_new_arms_announced_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubt Pyongyang can build more warheads soon.",
        "Moscow has no plans to build more nuclear weapons, the Kremlin said.",
        "The state-run paper published new photographs of the parade on Sunday.",
    ],
)
def test_set12_new_arms_doubted_or_disowned_is_not_escalation(text: str) -> None:
    assert escalations(_NUCLEAR + text) == []


# set 12: a neighbour named the enemy; talks refused in idioms
@pytest.mark.parametrize(
    "text",
    [
        "Kim said the South had become an obvious enemy.",
        'The leader called Seoul the "clear enemy" of the republic.',
        "Pyongyang branded the United States its mortal enemy at the plenary meeting.",
        '"No one will lend an ear to Washington any longer," the vice minister said.',
        "Pyongyang said it would turn a deaf ear to any US offer of talks.",
        '"We are no longer interested in sitting down with Seoul," the official said.',
        "The president said he was not so interested in talking any more.",
    ],
)
def test_set12_enemy_named_or_talks_refused_in_idioms_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


@pytest.mark.parametrize(
    "text",
    [
        "Kim said the real enemy was hunger, not America.",
        "Seoul said it was still interested in talking with the North.",
        "The envoy said both capitals would lend an ear to each other's concerns.",
    ],
)
def test_set12_enemy_lookalikes_and_open_talks_are_not_escalation(text: str) -> None:
    assert escalations(_NUCLEAR + text) == []


# set 12: a leader's order to get test sites ready, quoted as a task
@pytest.mark.parametrize(
    "text",
    [
        "The task set by the Kremlin to get the Arctic site ready for nuclear testing will be fulfilled.",
        "The defence minister said the president's order to prepare test sites for nuclear tests would be carried out.",
        "The army was tasked with readying the northern range for a nuclear test.",
    ],
)
def test_set12_order_to_ready_test_sites_is_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


@pytest.mark.parametrize(
    "text",
    [
        'Pyongyang said it would "solemnly warn" Seoul of grave consequences if the drills went ahead.',
        "We sternly warn the warmongers that any intrusion will be met with force, the statement said.",
    ],
)
def test_set12_solemn_and_stern_warnings_are_escalation(text: str) -> None:
    assert any(m.start >= len(_NUCLEAR) for m in escalations(_NUCLEAR + text))


def test_set12_taking_action_to_implement_a_deal_is_not_escalation() -> None:
    text = _NUCLEAR + "The minister said Tehran would respond in kind if the Europeans take action in implementing their obligations."
    assert not any("take action" in m.text and "respond" not in m.text for m in escalations(text))


def test_set12_a_treaty_named_open_skies_is_still_quit() -> None:
    text = _NUCLEAR + "Washington decided to quit the Open Skies Treaty last year."
    assert any("Open Skies" in m.text for m in escalations(text))


# Paraphrase round 12: wire-style paragraphs written for these tests, with escalation worded in
# idioms, state-media warnings, ultimatums, show-of-force deployments, drills framed as rehearsals,
# insults, refused talks, arsenal growth and strikes, plus conciliatory or neutral look-alikes.
# Only escalation is checked here; the known gaps are marked.
_PARA12 = [
    Article("e01-heavy-price", date(2025, 3, 12),
        "North Korea's foreign ministry said on Wednesday that Seoul and Washington would pay a heavy price for staging their spring manoeuvres near the border.",
        [(E, "Seoul and Washington would pay a heavy price", {"actor": "PRK"})]),
    pytest.param(
        Article("e02-play-with-fire", date(2024, 8, 5),
            "Beijing told Manila it was playing with fire by letting U.S. missile launchers stay on Luzon, a Chinese defence spokesman said on Monday.",
            [(E, "it was playing with fire", {"actor": "CHN"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: actor, the state told (Manila) is taken for the speaker"),
    ),
    Article("e03-all-options", date(2025, 6, 2),
        "The White House said all options remain on the table if Iran moves to enrich uranium to weapons grade at Fordow.",
        [(E, "all options remain on the table", {"actor": "USA"})]),
    Article("e04-sit-idly", date(2024, 10, 3),
        "Israel will not sit idly by while Tehran fires missiles at its cities, Prime Minister Benjamin Netanyahu said late on Wednesday.",
        [(E, "Israel will not sit idly by", {"actor": "ISR"})]),
    Article("e05-red-line", date(2025, 1, 14),
        "Russian Foreign Minister Sergei Lavrov said that supplying long-range missiles to Kyiv would cross a red line for Moscow and bring a response.",
        [(E, "would cross a red line for Moscow and bring a response", {"actor": "RUS"})]),
    Article("e06-headline-overwhelming", date(2023, 7, 13),
        "Seoul vows 'overwhelming' reply to any nuclear strike\n\nSouth Korea's defence ministry issued the pledge a day after the North fired a solid-fuel missile.",
        [(E, "Seoul vows 'overwhelming' reply to any nuclear strike", {"actor": "KOR"})]),
    Article("e07-teach-lesson", date(2025, 5, 9),
        "Pakistan's army chief said the country would teach India an unforgettable lesson if its forces crossed the Line of Control again.",
        [(E, "would teach India an unforgettable lesson", {"actor": "PAK"})]),
    Article("e08-wipe-off-map", date(2024, 4, 16),
        "An Iranian commander said the Revolutionary Guards could wipe Israeli bases off the map within minutes if the Jewish state attacked.",
        [(E, "could wipe Israeli bases off the map within minutes", {"actor": "IRN"})]),
    pytest.param(
        Article("e09-regret", date(2025, 2, 20),
            "The Houthis said American warships in the Red Sea would regret any attack on Yemen, in a statement read on al-Masirah television.",
            [(E, "American warships in the Red Sea would regret any attack on Yemen", {"actor": None})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: actor, the Houthis (no state code) lose the mention to the American warships named"),
    ),
    Article("e10-gloves-off", date(2024, 11, 22),
        "The gloves are off, a senior Kremlin aide said on Friday, after Ukraine struck Russian territory with U.S.-made missiles.",
        [(E, "The gloves are off", {})]),
    Article("e11-kcna-warning", date(2023, 8, 21),
        "KCNA said the allied exercise was a dangerous gamble that could push the peninsula to the brink of nuclear war.",
        [(E, "could push the peninsula to the brink of nuclear war", {"actor": "PRK"})]),
    pytest.param(
        Article("e12-global-times", date(2024, 5, 24),
            "China's state-run Global Times warned that Taiwan independence forces would be left with broken heads and bloodshed.",
            [(E, "would be left with broken heads and bloodshed", {"actor": "CHN"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, a one-sentence paragraph with no weapon or military cue"),
    ),
    Article("e13-irna-crushing", date(2024, 10, 8),
        "Iran's official IRNA news agency said any Israeli aggression against the country's energy sites would meet a crushing response.",
        [(E, "would meet a crushing response", {"actor": "IRN"})]),
    Article("e14-tass-legitimate-targets", date(2024, 6, 1),
        "TASS quoted the Russian defence ministry as saying that F-16 jets delivered to Ukraine would be treated as legitimate targets wherever they are based.",
        [(E, "would be treated as legitimate targets", {"actor": "RUS"})]),
    Article("e15-ultimatum-withdraw", date(2025, 4, 7),
        "Washington told Tehran to dismantle its enrichment sites or face the consequences, in what Iranian officials called an ultimatum.",
        [(E, "dismantle its enrichment sites or face the consequences", {"actor": "USA"})]),
    pytest.param(
        Article("e16-either-or", date(2025, 5, 8),
            "India told Pakistan that it must hand over the militants behind the attack or be ready for military action, an official in New Delhi said.",
            [(E, "be ready for military action", {"actor": "IND"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: actor, the ultimatum's addressee (Pakistan) is taken for the speaker"),
    ),
    Article("e17-bombers-flown", date(2023, 3, 19),
        "The United States flew B-52 bombers over the Korean peninsula on Sunday in a show of force against Pyongyang.",
        [(E, "flew B-52 bombers over the Korean peninsula", {"actor": "USA"})]),
    Article("e18-carrier-sent", date(2024, 4, 12),
        "The Pentagon sent a second aircraft carrier to the eastern Mediterranean to deter Iran and its proxies from widening the war.",
        [(E, "sent a second aircraft carrier to the eastern Mediterranean to deter Iran", {"actor": "USA"})]),
    Article("e19-troops-massed", date(2022, 1, 25),
        "Russia has massed more than 100,000 troops near Ukraine's border, U.S. officials said, as NATO put forces on standby.",
        [(E, "Russia has massed more than 100,000 troops near Ukraine's border", {"actor": "RUS"})]),
    Article("e20-warships-encircle", date(2024, 5, 23),
        "Chinese warships and bombers encircled Taiwan on Thursday in drills Beijing described as punishment for the island's new president.",
        [(E, "Chinese warships and bombers encircled Taiwan", {"actor": "CHN"})]),
    Article("e21-submarine-port", date(2023, 7, 18),
        "A U.S. nuclear-armed submarine docked in Busan for the first time in decades, a move meant to signal resolve to North Korea.",
        [(E, "A U.S. nuclear-armed submarine docked in Busan", {"actor": "USA"})]),
    Article("e22-nukes-belarus", date(2023, 6, 16),
        "Putin said the first Russian tactical nuclear warheads had been moved to Belarus as a warning to the West.",
        [(E, "the first Russian tactical nuclear warheads had been moved to Belarus", {"actor": "RUS"})]),
    Article("e23-rehearsal", date(2023, 4, 14),
        "Pyongyang described its latest artillery firing as a rehearsal for striking the South's command centres.",
        [(E, "a rehearsal for striking the South's command centres", {"actor": "PRK"})]),
    Article("e24-simulated-attack", date(2024, 2, 1),
        "The drills simulated a nuclear counterattack on enemy airfields, the North's state media said on Thursday.",
        [(E, "The drills simulated a nuclear counterattack on enemy airfields", {"actor": "PRK"})]),
    Article("e25-practice-blockade", date(2024, 10, 14),
        "The Chinese military said the day-long exercise around Taiwan practised blockading key ports and seizing overall control.",
        [(E, "practised blockading key ports", {"actor": "CHN"})]),
    Article("e26-hostile-policy", date(2023, 11, 24),
        "North Korea accused Washington of pursuing a hostile policy aimed at the collapse of its government.",
        [(E, "accused Washington of pursuing a hostile policy", {"actor": "PRK"})]),
    pytest.param(
        Article("e27-gangster", date(2018, 7, 8),
            "Pyongyang said the American side had made gangster-like demands for unilateral disarmament, hours after the secretary of state left.",
            [(E, "the American side had made gangster-like demands", {"actor": "PRK"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: actor, the insulted side (American) is taken for the speaker"),
    ),
    Article("e28-warmonger", date(2024, 9, 3),
        "Tehran branded the Israeli government a gang of warmongers bent on dragging the region into war.",
        [(E, "a gang of warmongers bent on dragging the region into war", {"actor": "IRN"})]),
    Article("e29-aggressor", date(2025, 5, 10),
        "Islamabad called India the aggressor and said New Delhi had chosen war over dialogue.",
        [(E, "said New Delhi had chosen war over dialogue", {"actor": "PAK"})]),
    pytest.param(
        Article("e30-dotard", date(2017, 9, 22),
            "Kim Jong Un called the U.S. president a mentally deranged dotard and said he would tame him with fire.",
            [(E, "would tame him with fire", {"actor": "PRK"})],
            [(E, "a mentally deranged dotard")]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, a one-sentence paragraph of insults and no weapon cue"),
    ),
    pytest.param(
        Article("e31-rocket-man", date(2017, 9, 20),
            "Trump mocked Kim as 'Little Rocket Man' and said the U.S. could totally destroy North Korea.",
            [(E, "could totally destroy North Korea", {"actor": "USA"})],
            [(E, "'Little Rocket Man'")]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, a one-sentence paragraph of insults and no weapon cue"),
    ),
    Article("e32-insult-puppet", date(2024, 1, 10),
        "Kim Yo Jong called the South Korean president a 'puppet traitor' whose warmongering would bring ruin to his people.",
        [(E, "whose warmongering would bring ruin to his people", {"actor": "PRK"})],
        [(E, "a 'puppet traitor'")]),
    pytest.param(
        Article("e33-no-table", date(2024, 7, 29),
            "Pyongyang has no interest in sitting down with Washington again, Kim Yo Jong said, calling dialogue a waste of time.",
            [(E, "no interest in sitting down with Washington again", {"actor": "PRK"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, talks refused in a paragraph with no weapon cue"),
    ),
    pytest.param(
        Article("e34-slammed-door", date(2025, 3, 8),
            "Iran's supreme leader slammed the door on negotiations with the United States, saying talks under pressure were pointless.",
            [(E, "slammed the door on negotiations with the United States", {"actor": "IRN"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, talks refused in a paragraph with no weapon cue"),
    ),
    pytest.param(
        Article("e35-walk-out", date(2019, 10, 6),
            "North Korea's delegation walked out of the Stockholm talks, saying the Americans had come empty-handed.",
            [(E, "North Korea's delegation walked out of the Stockholm talks", {"actor": "PRK"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, talks refused in a paragraph with no weapon cue"),
    ),
    Article("e36-exponential", date(2023, 1, 1),
        "Kim called for an exponential increase in the country's nuclear arsenal at a party meeting that ended on Saturday.",
        [(E, "called for an exponential increase in the country's nuclear arsenal", {"actor": "PRK"})]),
    Article("e37-mass-produce", date(2024, 4, 23),
        "North Korea will mass-produce tactical nuclear warheads, state media said, citing the leader's orders at a weapons plant.",
        [(E, "North Korea will mass-produce tactical nuclear warheads", {"actor": "PRK"})]),
    Article("e38-china-warheads", date(2024, 12, 19),
        "China is expanding its stockpile of nuclear warheads faster than expected and could field 1,000 by 2030, the Pentagon said.",
        [(E, "China is expanding its stockpile of nuclear warheads", {"actor": "CHN"})]),
    Article("e39-iran-60", date(2025, 5, 31),
        "Iran has sharply increased its stock of uranium enriched to 60 percent, a confidential report by the UN atomic watchdog showed.",
        [(E, "Iran has sharply increased its stock of uranium enriched to 60 percent", {"actor": "IRN"})]),
    Article("e40-doctrine", date(2024, 11, 19),
        "Putin signed a revised doctrine widening the grounds for a nuclear strike on Tuesday.",
        [(E, "signed a revised doctrine widening the grounds for a nuclear strike", {"actor": "RUS"})]),
    Article("e41-snapback-threat", date(2025, 7, 17),
        "France, Britain and Germany threatened to restore UN sanctions on Iran unless it resumes cooperation with inspectors.",
        [(E, "threatened to restore UN sanctions on Iran", {"actor": None})]),
    Article("e42-crippling", date(2025, 3, 7),
        "Washington is prepared to impose crippling new sanctions on Moscow if the Russian offensive continues, the treasury secretary said.",
        [(E, "prepared to impose crippling new sanctions on Moscow", {"actor": "USA"})]),
    Article("e43-revenge-houthi", date(2024, 7, 20),
        "The Houthis vowed to respond to the Israeli air strikes on Hodeidah port with attacks deep inside Israel.",
        [(E, "vowed to respond to the Israeli air strikes", {})]),
    Article("e44-proportionate", date(2024, 10, 2),
        "Israel promised a painful reply to Tuesday night's barrage of Iranian ballistic missiles.",
        [(E, "Israel promised a painful reply", {"actor": "ISR"})]),
    Article("e45-tit-for-tat", date(2025, 4, 25),
        "Pakistan said it would answer any Indian move to divert river waters as an act of war.",
        [(E, "would answer any Indian move to divert river waters as an act of war", {"actor": "PAK"})]),
    Article("e46-strike-sites", date(2025, 6, 22),
        "American B-2 bombers dropped bunker-busting bombs on Iran's Fordow enrichment plant overnight, officials said.",
        [(E, "dropped bunker-busting bombs on Iran's Fordow enrichment plant", {"actor": "USA"})]),
    Article("e47-pounded", date(2025, 5, 7),
        "Indian missiles pounded nine sites in Pakistan and Pakistani Kashmir early on Wednesday, New Delhi said.",
        [(E, "Indian missiles pounded nine sites in Pakistan", {"actor": "IND"})]),
    Article("e48-passive-hit", date(2024, 1, 12),
        "Houthi radar sites and drone depots in Yemen were hit by U.S. and British warplanes overnight.",
        [(E, "were hit by U.S. and British warplanes overnight", {})]),
    Article("e49-noun-phrase", date(2024, 10, 26),
        "Israel's retaliatory strikes on Iranian air defences and missile factories on Saturday drew condemnation from Tehran.",
        [(E, "Israel's retaliatory strikes on Iranian air defences", {"actor": "ISR"})]),
    Article("e50-drone-barrage", date(2025, 1, 15),
        "Russia launched a barrage of drones and missiles at Ukraine's power grid overnight, Kyiv's air force said.",
        [(E, "Russia launched a barrage of drones and missiles at Ukraine's power grid", {"actor": "RUS"})]),
    pytest.param(
        Article("e51-qa", date(2025, 6, 10),
            "Q: Would Israel act alone against Iran's nuclear sites?\nA: The defence minister said Israel was prepared to strike on its own if diplomacy failed.",
            [(E, "Israel was prepared to strike on its own", {"actor": "ISR"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: domain gate, one cue (nuclear) in a two-sentence paragraph"),
    ),
    pytest.param(
        Article("e52-reported", date(2024, 3, 1),
            "According to the Kremlin, Western troops sent to Ukraine would face the real threat of nuclear conflict.",
            [(E, "would face the real threat of nuclear conflict", {"actor": "RUS"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: actor, a speaker named in an opening 'According to' phrase"),
    ),
    pytest.param(
        Article("e53-passive-warned", date(2023, 10, 19),
            "Hezbollah was warned by Israel's defence minister that Beirut would be turned into Gaza if the group joined the war.",
            [(E, "Beirut would be turned into Gaza", {"actor": "ISR"})]),
        marks=pytest.mark.xfail(strict=True, reason="known gap: actor, the warned party (Beirut) is taken for the speaker in a passive"),
    ),
    Article("e54-not-rule-out", date(2024, 2, 26),
        "French President Emmanuel Macron said sending Western ground troops to Ukraine could not be ruled out.",
        [(E, "sending Western ground troops to Ukraine could not be ruled out", {"actor": "FRA"})]),
    Article("e55-pre-emptive", date(2023, 9, 9),
        "North Korea's new constitution orders the armed forces to launch a pre-emptive nuclear strike if the leadership is threatened.",
        [(E, "launch a pre-emptive nuclear strike", {"actor": "PRK"})]),
    Article("e56-provocation-drone", date(2024, 10, 12),
        "Pyongyang said South Korean drones had flown leaflets over the capital, calling it a grave provocation and putting artillery units on alert.",
        [(E, "calling it a grave provocation", {"actor": "PRK"}), (E, "putting artillery units on alert", {"actor": "PRK"})]),
    Article("e57-closure-strait", date(2025, 6, 23),
        "Iran's parliament backed closing the Strait of Hormuz in response to the American strikes on its nuclear facilities.",
        [(E, "backed closing the Strait of Hormuz", {"actor": "IRN"})]),
    Article("e58-shoot-down", date(2023, 2, 20),
        "Pyongyang said it would regard any interception of its test missiles as a declaration of war.",
        [(E, "would regard any interception of its test missiles as a declaration of war", {"actor": "PRK"})]),
    Article("e59-scrap-military-pact", date(2023, 11, 23),
        "North Korea scrapped the 2018 military accord with Seoul and vowed to send stronger forces to the border.",
        [(E, "vowed to send stronger forces to the border", {"actor": "PRK"})],
        [(E, "scrapped the 2018 military accord with Seoul")]),
    Article("e60-hypersonic-threat", date(2024, 11, 21),
        "Putin said Russia had the right to hit the military facilities of countries whose weapons are used against it.",
        [(E, "Russia had the right to hit the military facilities of countries", {"actor": "RUS"})]),
    Article("n01-conciliatory", date(2025, 4, 12),
        "Iran and the United States held constructive talks in Muscat on Saturday and agreed to meet again next week, both sides said.",
        []),
    Article("n02-flexibility", date(2019, 6, 30),
        "Kim said he was willing to show flexibility and would send negotiators to a new round of working-level meetings.",
        []),
    Article("n03-neutral-talks", date(2025, 5, 23),
        "Negotiators from Tehran and Washington discussed the level of uranium enrichment in Rome, mediated by Oman.",
        []),
    Article("n04-expert-doubt", date(2024, 5, 2),
        "Analysts said they doubted Beijing wanted a military confrontation over Taiwan before the end of the decade.",
        []),
    Article("n11-de-escalate", date(2025, 5, 12),
        "India and Pakistan agreed to pull back troops from the border and keep military hotlines open.",
        []),
    Article("n12-welcome", date(2018, 4, 28),
        "The two Korean leaders pledged to turn the border into a zone of peace and to end hostile acts.",
        []),
    Article("n19-no-threat-stated", date(2025, 3, 25),
        "China's foreign ministry said its navy posed no threat to any country and sought peaceful relations with its neighbours.",
        []),
    Article("n20-talks-resume", date(2023, 12, 6),
        "Washington and Beijing restored military-to-military communications after a year-long freeze, officials said.",
        []),
]


def _escalation_problems(article: Article) -> list[str]:
    return [p for p in problems(article) if p.startswith(("missed escalation", "escalation ", "false escalation"))]


@pytest.mark.parametrize("article", _PARA12, ids=lambda a: a.name)
def test_para12_reworded_escalation_is_found_and_calm_lookalikes_are_not(article: Article) -> None:
    assert _escalation_problems(article) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang said talks with Washington on its missiles were not a waste of time.",
        "Seoul's foreign minister said sitting down with Pyongyang was the best way to curb its missile programme.",
        "Diplomats said the nuclear talks in Geneva were useful and would resume next month.",
    ],
)
def test_para12_talks_held_useful_or_sought_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim Yo Jong said Pyongyang saw nuclear talks with Washington as a waste of time.",
        "Tehran dismissed the nuclear negotiations as futile while the sanctions stayed in place.",
    ],
)
def test_para12_talks_called_futile_are_escalation(text: str) -> None:
    assert len(escalations(text)) == 1


# set-13 pass: arms production started, a state declaring itself nuclear-armed, retaliation
# "forced" on the speaker, snapback behind a spelled-out pact name, capability comparisons
@pytest.mark.parametrize(
    "text",
    [
        "Speaking to arms makers on Monday, the president said China is starting production of its new glide missiles.",
        'The Kremlin said Moscow was now starting the production of its "Sarmat" missiles.',
        "Moscow has begun producing the new hypersonic missiles, the defence ministry said.",
        "Iran began manufacturing ballistic missiles at a second plant, state media said.",
        "North Korea will soon start production of the Hwasong-19 ICBMs, KCNA reported.",
    ],
)
def test_set13_weapons_production_started_is_escalation(text: str) -> None:
    assert len(escalations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Near the missile range, the factory started production of new tractors for local farms.",
        "The ministry said production of spare parts for the missiles would begin next year.",
    ],
)
def test_set13_production_of_other_goods_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan declared itself a nuclear weapons state after the underground tests.",
        "Kim declared the country a nuclear power in a speech on the missile programme.",
        '"We are now a nuclear weapons state," the Indian prime minister said after the tests.',
        "The premier ended any doubt about the bomb programme by saying, ''Pakistan is a nuclear weapon power.''",
        'Pyongyang said it had become an "irreversible" nuclear power and would keep testing missiles.',
    ],
)
def test_set13_state_declared_nuclear_armed_is_escalation(text: str) -> None:
    assert len(escalations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Japan is a non-nuclear weapon state and will never build the bomb.",
        "Iran is not a nuclear weapons state, its foreign minister said of the nuclear programme.",
        "By then Beijing remained the sole nuclear power that kept conducting tests.",
        "The five recognised nuclear weapon states should cut their stockpiles, the group said.",
        "Britain became the first nuclear-weapon state to ratify the test ban treaty.",
        "Analysts doubt that Pakistan is a nuclear weapon power in any practical sense.",
    ],
)
def test_set13_nuclear_status_described_or_denied_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Should Washington keep up its hostility after the nuclear test, our side shall be forced to take harsher, bolder and wider countermeasures," the ministry said.',
        "Pyongyang said it would be compelled to take tougher countermeasures one after another if the missile drills went on.",
        "Moscow said it would be obliged to adopt retaliatory military-technical steps if the missiles arrived.",
    ],
)
def test_set13_retaliation_forced_on_the_speaker_is_escalation(text: str) -> None:
    assert any(" to take " in m.text or " to adopt " in m.text for m in escalations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Residents near the missile test site were forced to take shelter in basements during the alert.",
        "Pakistan was forced to take an IMF loan after the nuclear sanctions hit its economy.",
    ],
)
def test_set13_forced_to_take_without_measures_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "London, Paris and Berlin plan to trigger the 2015 Iran nuclear accord's (JCPOA) snapback procedure next week, envoys said.",
        "Britain, France and Germany are expected to trigger the United Nations Security Council (UNSC) snapback mechanism on Iran this month.",
    ],
)
def test_set13_snapback_triggered_behind_a_long_pact_name_is_escalation(text: str) -> None:
    assert len(escalations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Experts say the snapback clause written into the 2015 Iran nuclear accord (JCPOA) is complicated.",
        "Experts say solid-fuel missiles are quicker to deploy, and simpler to hide, than older liquid-fuel types.",
        "Analysts said the new solid-fuel ICBM is quicker to deploy and harder to detect before launch.",
    ],
)
def test_set13_mechanisms_and_capabilities_described_are_not_escalation(text: str) -> None:
    assert escalations(text) == []



_CTX_PRK = "Pyongyang's atomic arsenal is again in the headlines. "
_CTX_IRN = "Tehran's atomic work is the core of the row. "


@pytest.mark.parametrize(
    "text",
    [
        _CTX_IRN + "A mining firm in Namibia started producing uranium at its second pit, the owners said.",
        _CTX_IRN + "Canada's largest mine began the production of uranium ore for power stations this spring.",
        _CTX_PRK + "China builds more missiles each year than its neighbours combined, the Pentagon report said.",
        _CTX_PRK + "Moscow is producing more missiles in a quarter than the whole alliance can in twelve months, analysts said.",
    ],
)
def test_set13_ore_mined_and_output_compared_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        _CTX_IRN + "The Fordow site started producing highly enriched uranium on Sunday, the watchdog reported.",
        _CTX_IRN + "Iran has begun production of uranium enriched to 60 percent at a second hall.",
        _CTX_PRK + "Kim said the country will make more missiles to answer the allied drills.",
        _CTX_PRK + "North Korea vowed to build more nuclear warheads than ever before.",
    ],
)
def test_set13_enriched_fuel_made_and_arms_vowed_are_escalation(text: str) -> None:
    assert len(escalations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Moscow announced it was suspending the last remaining strategic arms control treaty with Washington.",
        "The Kremlin said on Friday it had suspended the landmark bilateral nuclear arms reduction treaty.",
        "Belarus will suspend its decades-old nuclear arms treaty with its western neighbours, the ministry said.",
        "Russia formally suspended the only remaining nuclear arms pact with the United States last year.",
    ],
)
def test_set14_treaty_suspended_behind_a_long_object_is_escalation(text: str) -> None:
    assert len(escalations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Observers said the agency suspended its review of the long-standing arms treaty for budget reasons.",
        "The court suspended a ruling that cited the old border treaty.",
        "Russia said it suspended the flights but kept the 1992 open skies treaty in place.",
    ],
)
def test_set14_treaty_not_the_object_suspended_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Tehran sent a destroyer into the Gulf of Aden on Tuesday.", "IRN"),
        ("China dispatched a warship toward the Taiwan Strait, Japan's defence ministry said.", "CHN"),
        ("Russia has amassed a force of 100,000 troops along the border with Ukraine.", "RUS"),
        ("The Indian navy rushed a frigate to the disputed waters after the incident.", "IND"),
    ],
)
def test_set14_single_warships_and_forces_sent_are_escalation(text: str, actor: str) -> None:
    (match,) = escalations(text)

    assert match.attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "The crew of the destroyer sent greetings to their families before the holiday.",
        "Residents gathered outside the naval base to watch the parade of sailors.",
        "The retired frigate was moved to a museum dock in the harbor.",
    ],
)
def test_set14_ships_named_without_being_sent_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under that process, known as snapback, the council would then vote on a resolution to keep the sanctions relief in place.",
        "Under the procedure, the Security Council must vote within 30 days on whether to continue lifting sanctions on Iran.",
        "If nobody tables a draft within ten days of the snapback being triggered, it would be up to the council president to do so.",
    ],
)
def test_set14_snapback_procedure_described_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_set14_snapback_triggered_by_name_is_still_escalation() -> None:
    text = "Britain, France and Germany triggered the mechanism known as snapback on Thursday, starting a countdown to reimpose UN sanctions on Iran."

    assert len(escalations(text)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in Moscow stressed that Russia wasn't pulling out of the arms treaty altogether.",
        "Tehran said it isn't withdrawing from the Non-Proliferation Treaty despite the pressure.",
        "The allies weren't abandoning the accord, the ministers said after the meeting.",
    ],
)
def test_a_contracted_negation_cancels_a_treaty_exit(sentence: str) -> None:
    lead = "Russia's nuclear forces staged drills as arms control talks stalled. "
    assert [m for m in escalations(lead + sentence) if m.start >= len(lead)] == []


# --- sets 15-16 fix pass: families, each in our own wording -------------------------------------

_ARMS_LEAD = "Tensions over missile deployments have grown for months, and both militaries are on alert. "


def _after_lead(text: str, lead: str = _ARMS_LEAD) -> list:
    return _escalations_after(lead, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The State Department said Washington will withdraw from the Open Skies pact next year.",
        "Moscow would pull out of the arms control pact if the new launchers were fielded, a deputy minister said.",
        "RUSSIA IS SET TO WITHDRAW FROM THE CONVENTIONAL FORCES TREATY",
        "The Kremlin said Russia plans to pull out of the nuclear accord by the end of the year.",
    ],
)
def test_set16_a_treaty_left_after_a_modal_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The general said the brigade will withdraw from the city once the talks end.",
        "Officials said Britain would pull out of the summit venue because of the storm.",
    ],
)
def test_set16_a_modal_withdrawal_from_no_treaty_is_not_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamabad said it would respond in due course to the raid on its territory.",
        "The army chief said Pakistan will hit back in due course after the cross-border air strikes.",
        "Tehran vowed to retaliate at a time and place of its choosing after the drone strike.",
        "'We will answer this attack at the time and place of our own choosing,' the defence minister said.",
        "NEW DELHI WILL RESPOND 'AT A TIME AND PLACE OF ITS CHOOSING', ARMY SAYS",
    ],
)
def test_set16_retaliation_promised_for_later_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Tehran will respond in due course to the agency's questions about the missing material, the IAEA said.",
        "The ministry said it would respond in due course to the letter from the inspectors.",
        "The commission will pick a time and place of its choosing for the hearing.",
    ],
)
def test_set16_replies_owed_and_meetings_set_are_not_retaliation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Indian warplanes hit a militant training camp deep inside the disputed region, officials said.",
        "The overnight strikes targeted the militia's weapons storage facilities near the border.",
        "US jets bombed two arms depots used by the group, the Pentagon said.",
    ],
)
def test_set16_strikes_on_camps_and_weapons_facilities_are_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The recruits arrived at a training camp in the hills for a six-week course.",
        "Inspectors visited the weapons storage facilities to check the inventory.",
    ],
)
def test_set16_camps_and_facilities_without_a_strike_are_not_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Seoul responded by staging live-fire drills near the maritime border.",
        "Tokyo answered by holding large naval exercises with its ally the next morning.",
        "Taipei retaliated by carrying out snap air defence drills of its own.",
    ],
)
def test_set15_drills_held_as_the_answer_are_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


def test_set15_responding_by_other_means_than_drills_is_not_escalation() -> None:
    assert _after_lead("The ministry responded by publishing a schedule of the planned drills for the season.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Moscow "will not wait indefinitely" for Washington to return to the arms treaty, the envoy said.',
        "Tehran cannot wait forever for the Europeans to keep their side of the nuclear deal, its minister warned.",
        "Beijing won't wait endlessly, the spokesman said of the stalled missile talks.",
    ],
)
def test_set16_patience_not_endless_is_an_ultimatum(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


def test_set16_waiting_for_supplies_is_no_ultimatum() -> None:
    assert _after_lead("The navy said it would not wait indefinitely for spare parts for its frigates.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim called on his units to toughen the nuclear combat posture against the enemy.",
        "The party plenum vowed to keep toughening the country's nuclear counterattack posture.",
    ],
)
def test_set15_a_nuclear_posture_toughened_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


def test_set15_toughened_rules_are_no_buildup() -> None:
    assert _after_lead("Parliament toughened the rules on arms exports last year.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2015 accord capped enrichment so that Tehran cannot develop nuclear weapons, its backers said.",
        "European leaders back Kyiv but deny that they seek the ruin of Russia.",
        "The cruise missiles flew for two hours over the sea to destroy the target, state media said.",
        "Kremlin Offers Non-Deployment Of Medium-Range Missiles Across Europe",
        "Moscow sent the capitals a proposal not to deploy the missiles once banned by the old treaty.",
        "Moscow's offer is meant to prevent the growth of tension should medium-range missiles appear in Europe.",
        'A spokesman said Pakistan "would never be the first to resume nuclear tests".',
    ],
)
def test_set15_16_capabilities_denied_aims_disowned_and_restraint_are_not_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tehran is set to announce another step in scaling back on its commitment under the accord.",
        "Tehran said it would cut its obligation under the accord on enrichment limits next week.",
        "IRAN TO REDUCE ITS COMMITMENT TO THE 2015 ACCORD FURTHER, SAYS ROUHANI",
    ],
)
def test_set16_a_single_commitment_cut_back_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


def test_set16_a_commitment_reaffirmed_is_not_escalation() -> None:
    assert _after_lead("Seoul reaffirmed its commitment to the alliance at the meeting.") == []


# ---- para16: blind paraphrases (second pass) ----


@pytest.mark.parametrize(
    "sentence",
    [
        "Paris will raise the cap on its stockpile of nuclear warheads, the defence ministry said.",
        "The government is lifting the ceiling on its arsenal after a review of threats from Moscow.",
        "London raised its limit on the number of warheads it may hold for the first time in decades.",
        "Officials said the review would increase the cap on deployed nuclear weapons.",
    ],
)
def test_para16_an_arsenal_cap_raised_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry will raise the cap on pensions for retired officers next year.",
        "Airlines want the government to lift the ceiling on landing fees at the main hub.",
    ],
)
def test_para16_a_cap_raised_on_anything_else_is_no_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tehran ended its suspension of uranium enrichment at the mountain site on Monday.",
        "The country lifted its freeze on enrichment at the second plant, its atomic agency said.",
        "Iran said it was ending the suspension of enrichment activities it had agreed to in 2013.",
    ],
)
def test_para16_an_enrichment_halt_given_up_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline ended its suspension of flights to the island on Monday.",
        "The two sides ended the suspension of talks on trade and shipping.",
    ],
)
def test_para16_other_suspensions_ended_are_no_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing paraded its new road-mobile intercontinental missile through the capital on Tuesday.",
        "The Guards unveiled a new solid-fuel ballistic missile with a longer range, state TV said.",
        "Moscow showed off a new hypersonic glide vehicle at the annual arms fair.",
    ],
)
def test_para16_a_new_weapon_shown_off_is_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum unveiled a new exhibit on the history of rocketry.",
        "The army displayed the old missiles it had retired a decade ago.",
    ],
)
def test_para16_no_new_weapon_shown_is_no_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two more destroyers have been sent to the Taiwan Strait to watch the Chinese drills.",
        "A third frigate has been ordered to the Gulf to escort tankers, London said.",
        "Extra warships have been dispatched to the Baltic, the navy said on Friday.",
    ],
)
def test_para16_forces_sent_told_in_the_passive_are_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


def test_para16_forces_sent_home_are_no_escalation() -> None:
    assert _after_lead("The frigate has been sent to the dockyard for a refit after its tour.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior official said Washington was prepared to walk away from the negotiations in Vienna.",
        "Tehran pulled out of the talks with the Europeans after the vote in Vienna.",
        "Pyongyang threatened to quit the denuclearisation talks altogether.",
    ],
)
def test_para16_talks_walked_away_from_are_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


def test_para16_talks_not_left_are_no_escalation() -> None:
    assert _after_lead("Neither side will walk away from the talks, the mediator said.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders traded insults again on Wednesday over the missile launches.",
        "Officials in both capitals hurled insults at each other after the nuclear test.",
        "Jerusalem said it could act alone against the enrichment sites if diplomacy failed.",
        'Delhi\'s ministers spoke of "punitive options" after the attack on the convoy.',
    ],
)
def test_para16_insults_and_veiled_threats_are_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The price of the new submarine fleet has escalated by 40 per cent since the contract was signed.",
        "Costs for the missile silo upgrade escalated to $96 billion, auditors said.",
        "Under the treaty, each party may deploy no more than 700 launchers and 1,550 warheads.",
        'Professors taught the class about the "escalation ladder" that strategists drew during the Cold War.',
        "The union threatened to escalate strike action at the missile plant over pay.",
    ],
)
def test_para16_costs_treaty_ceilings_theory_and_labour_disputes_are_no_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Tehran said it would activate "new and improved" centrifuges after the board censured it.',
        "The atomic agency chief ordered engineers to launch several new advanced centrifuges at the plant.",
        "Moscow warned it may end its compliance with the arms pact should Washington move first.",
        "Tehran announced it would disallow IAEA inspectors from entering its nuclear sites.",
        "Pyongyang vowed to turn the Sea of Japan into its firing range if the drills went ahead.",
    ],
)
def test_centrifuges_switched_on_compliance_ended_and_range_threats_are_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The rocket fell into the sea before reaching the zone where Tokyo had warned of falling debris.",
        "Japan had warned ships of falling debris near the launch area.",
        "The country activated its air defences near the hall where centrifuges are kept.",
        "Russia said it would not end its compliance with the test ban treaty.",
        "The army rents the valley as a firing range for recruits.",
    ],
)
def test_debris_notices_and_unrelated_activations_are_no_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # B8: the weapon is only a modifier, or an old one on show
        "The army opened its new missile museum to schoolchildren on Sunday.",
        "The cabinet approved its new missile defence budget for the coming year.",
        "A state firm inaugurated its new rocket factory outside the capital.",
        "A gallery unveiled a new display of Cold War rockets last week.",
        # B9: forces sent on relief or routine errands
        "Marines have been sent to the Solomon Islands to help with cyclone relief.",
        "Two frigates have been dispatched to Crete to rescue shipwrecked sailors.",
        "The submarine has been moved to Norfolk for scheduled repairs.",
        # B10: drills called off, or relief exercises, given as the answer
        "Tokyo responded by postponing its planned naval drills with Manila.",
        "The coast guard responded by staging exercises in search and rescue after the storm.",
        # B11: a reply to a note, not retaliation
        "The ministry said it would reply to the British proposal at a time and place of its choosing.",
        # B12: others urging a walkout, a question, or a venue left
        "Senators urged the White House to pull out of the nuclear talks with Tehran.",
        "Reporters asked whether Moscow would walk away from the arms negotiations.",
        "The delegations pulled out of the talks hotel after a fire alarm.",
    ],
)
def test_b_lookalikes_of_showcases_deployments_drills_and_walkouts_are_no_escalation(sentence: str) -> None:
    assert _after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea displayed its new hypersonic missile at a rally in the capital.",
        "Three destroyers have been sent to the Baltic Sea after the drone incursions.",
        "Beijing responded by holding live-fire drills near the island.",
        "Tehran said it would retaliate at a time and place of its choosing.",
        "Pyongyang warned that it might walk away from the nuclear talks altogether.",
    ],
)
def test_b_real_showcases_deployments_drills_and_walkouts_stay_escalation(sentence: str) -> None:
    assert len(_after_lead(sentence)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman said the leader would really like to make a deal on the Iranian nuclear file.",
        "He added that he would rather make a deal with Iran than see its nuclear work grow.",
    ],
)
def test_wishes_for_a_deal_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials estimated that the missile flew 600 km. Pyongyang threatened a nuclear strike on U.S. bases.",
        # an estimate does not hedge a threat told in the same sentence (so "estimate that" is no hedge word)
        "Pentagon officials estimate that China could invade Taiwan by 2027, and Beijing threatened to crush any independence move.",
        "The leader told reporters a deal is what he would like to strike, but warned Iran it would be bombed if it builds a nuclear weapon.",
    ],
)
def test_a_threat_beside_an_estimate_or_a_wish_for_a_deal_still_escalates(text: str) -> None:
    assert escalations(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Paris said it would resume test blasts if another nuclear power did so.",
        "The president said his nation would resume atomic testing if any rival resumed it.",
        "Beijing warned it will restart its nuclear tests should Washington break the ban.",
        "Moscow will observe its nuclear test moratorium only as long as Washington does.",
        "The Kremlin said its freeze on nuclear explosions would hold only for as long as other powers refrained from testing.",
    ],
)
def test_a_vow_to_resume_testing_or_a_test_halt_held_on_a_condition_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Washington resumed nuclear testing, Moscow would consider its options, analysts said.",
        "Russia would not resume nuclear testing, the minister said.",
        "The talks will resume next week on the nuclear test ban.",
        "The ceasefire will last only as long as both sides respect the nuclear talks.",
        "The senator seemed to suggest that the country would restart its atomic tests at some point.",
        "Tehran said its freeze on enrichment work would hold only as long as the nuclear talks continued.",
    ],
)
def test_a_supposed_or_denied_resumption_and_a_plain_duration_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials accused Russia on Monday of probably carrying out low-yield nuclear tests.",
        "The State Department again accused Beijing last week of preparing its test site for explosive nuclear tests.",
        "Tehran publicly accused Washington again of sabotaging its nuclear program.",
    ],
)
def test_an_accusation_with_a_time_or_manner_word_before_the_charge_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coach accused Brazil on Monday of diving, the tournament officials said.",
        "Ministers thanked Japan on Tuesday for its support at the nuclear talks.",
    ],
)
def test_an_accusation_off_domain_or_thanks_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon has been amassing a large naval force off the coast of Venezuela.",
        "Washington is sending a carrier strike group to the eastern Mediterranean, officials said.",
        "The United States has been amassing a sizeable military contingent in the Caribbean.",
        "Iranian technicians removed U.N. seals at the enrichment plant on Tuesday.",
        "Tehran said it had broken the IAEA seals on its centrifuge halls and would restart research.",
    ],
)
def test_a_force_massed_or_nuclear_seals_removed_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company is sending a contingent of engineers to the nuclear plant for repairs.",
        "Fans moved the flotilla of yachts out of the harbour before the regatta.",
        "Iran said it would not remove the seals at its enrichment plant while talks continue.",
        "Inspectors placed new seals on the centrifuges at the nuclear plant.",
    ],
)
def test_civilian_crews_boats_and_seals_kept_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The pact allows members to withdraw if extraordinary events threaten their supreme national interests, under the nuclear treaty.",
        "The nuclear treaty permits parties to withdraw when extraordinary events have jeopardized their supreme interests.",
        "Under the arms accord, the agreement lets signatories leave if an attack threatens their security, the missile experts noted.",
    ],
)
def test_a_treaty_exit_clause_described_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_a_treaty_clause_then_a_state_threat_still_escalates() -> None:
    assert escalations("The treaty allows inspectors to visit sites, but Iran threatened to expel them and quit the nuclear pact.")


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said it would set aside all research commitments under the nuclear deal from Friday.",
        "Iran has shelved its enrichment commitments under the JCPOA, the spokesman said.",
        "Washington will suspend its treaty obligations under the INF accord.",
    ],
)
def test_commitments_under_a_deal_set_aside_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry set aside funds for the nuclear program's research commitments.",
        "The court set aside the ruling on the nuclear plant's safety commitments.",
        "The nuclear treaty lets a state leave on three months' notice after some unusual change in its situation that might threaten its vital interests.",
    ],
)
def test_money_or_rulings_set_aside_and_a_long_exit_clause_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The White House declared a no-fly zone above Venezuela as its navy massed warships offshore.",
        "The coalition declared a no-fly zone over the north of the country after the missile strikes.",
        "Moscow said its jets were enforcing a no-fly zone over the border region near the missile base.",
    ],
)
def test_a_no_fly_zone_declared_or_enforced_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stadium lifted the no-fly zone for drones after the military parade.",
        "Kyiv again urged NATO to close the skies, but the alliance rejected a no-fly zone over Ukraine.",
    ],
)
def test_a_no_fly_zone_lifted_or_refused_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang said the naval drills would bring about negative consequences for Washington and Tokyo.",
        "North Korea's defence ministry said the allied air drills bring negative consequences for the region.",
        "Tehran warned that any strike on its nuclear sites would have catastrophic consequences for the aggressor.",
        "Moscow said the missile deployment in Poland would lead to unpredictable consequences.",
    ],
)
def test_consequences_promised_to_the_other_side_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The economist said the trade sanctions had negative consequences for farmers in the province.",
        "The minister admitted the pension reform had unpleasant consequences for retirees.",
    ],
)
def test_consequences_described_at_home_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel's defence minister said Jerusalem has no choice but to act against the enrichment sites.",
        "The Iranian nuclear program leaves us no option but to act, the prime minister told parliament.",
        "A Russian diplomat said a U.S. nuclear test would force us to act, and act in the same way, at once.",
        "Moscow would act in kind if Washington deployed intermediate-range missiles in Europe, the ministry said.",
        "Seoul said any new nuclear test by Pyongyang would compel us to act, the defence minister warned.",
    ],
)
def test_an_action_declared_unavoidable_or_mirrored_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the Security Council would act as a forum for the nuclear talks.",
        "The regulator will act on the uranium mining licence next month, the company said.",
    ],
)
def test_acting_as_a_forum_or_on_a_licence_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would suspend implementation of the Additional Protocol unless sanctions were lifted.",
        "Tehran will stop the application of the Additional Protocol next month, its foreign ministry said.",
        "Iran's parliament voted to end the implementation of the Additional Protocol in February.",
    ],
)
def test_a_safeguards_protocol_no_longer_applied_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The IAEA praised Iran's voluntary implementation of this Additional Protocol.",
        "Inspectors said the application of the Additional Protocol had gone smoothly for a decade.",
    ],
)
def test_a_safeguards_protocol_applied_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Forces Korea said Pyongyang's two missile firings do not pose an immediate threat to its troops.",
        "Japan's coast guard said the ballistic missile launch posed no immediate threat to shipping.",
        "The Pentagon said Pyongyang's missile test poses no threat to American territory or its allies.",
        "Seoul's joint chiefs said the rocket launch did not pose any threat to aircraft in the area.",
    ],
)
def test_a_launch_said_to_pose_no_threat_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "North Korea said the carrier drills pose a direct threat to its sovereignty.",
        "Tokyo said Pyongyang's missile launches pose a grave threat to Japan's security.",
    ],
)
def test_a_launch_said_to_pose_a_threat_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president said the North Korean leader would never break his promise, calling a new missile test a violation of trust.",
        "The minister did not say whether Ankara plans to acquire nuclear weapons of its own.",
        "Seoul declined to say whether Washington would deploy more strategic bombers to the peninsula.",
        "The spokesman would not say whether Iran intends to enrich uranium to 90 percent.",
    ],
)
def test_a_trust_idiom_or_an_unanswered_question_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia accused the United States of a violation of the INF treaty.",
        "The minister did not say when talks would resume, and warned that Iran plans to enrich uranium to 90 percent.",
        "The minister did not say whether the new nuclear doctrine covers drones, but stressed that an attack would pose a threat to Russia.",
    ],
)
def test_a_treaty_violation_and_a_warning_after_a_question_are_escalation(text: str) -> None:
    assert escalations(text)


# pass 8: deal limits thrown off, talks refused, a return to testing held open; deal purposes,
# remembered bombings and a dismantled site are no escalation


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said its enrichment would cross the 3.67 percent threshold within days.",
        "In a letter, the foreign minister said Tehran would no longer adhere to the nuclear accord's commitments.",
        "Iran said it would no longer comply with the limits of the nuclear accord.",
        "Officials said that from today the country would observe no limitations on how many centrifuges it spins.",
        "The decision removes the final operational limit Iran had accepted under the JCPOA.",
        "Tehran began a partial withdrawal from the nuclear deal after Washington reimposed sanctions on its oil.",
    ],
)
def test_a_deals_limits_thrown_off_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran has kept its uranium stockpile within the limits of the nuclear deal, inspectors found.",
        "If Tehran removed the caps set by the nuclear accord, the agreement would be hollow, the diplomat said.",
        "The nuclear agreement was meant to cap Iran's enrichment and keep it from building an atomic bomb.",
        "Diplomats said the treaty was drafted to prevent signatories from developing nuclear weapons.",
    ],
)
def test_limits_kept_supposed_or_a_deals_purpose_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang said it would never again take part in the six-party talks on its nuclear programme.",
        "A spokesman in Pyongyang said the disarmament talks had become meaningless.",
        "Pyongyang flatly rejected the appeal by the Security Council to return to nuclear negotiations.",
        "North Korea turned down pleas from Seoul to halt its missile firings.",
        "Moscow would only resume nuclear testing once Washington did the same, the deputy minister said.",
        "The Kremlin leader raised the prospect of resuming atomic testing in the Arctic.",
    ],
)
def test_talks_refused_and_a_return_to_testing_held_open_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The nuclear talks went ahead once Beijing abandoned its demand that the test ban treaty allow peaceful blasts.",
        "Analysts said the disarmament talks were still necessary to avoid a new arms race.",
        "Crowds gathered on the 78th anniversary of the atomic bombing of Nagasaki to call for a nuclear-free world.",
        "Engineers dismantled the nuclear test site last year, using explosives to destroy the tunnel entrances and buildings.",
    ],
)
def test_a_concession_a_commemoration_or_a_dismantled_site_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the powers had drawn up a list of penalties to use if Tehran rejects the offer on its nuclear program.",
        "If Iran turns the offer down, we will reach for the stick, a European official said of the nuclear talks.",
        "Should Tehran stall on enrichment, the allies would start looking at the sticks, one diplomat said.",
        "Diplomats said penalties would follow if Iran refused to freeze uranium enrichment.",
        "Washington said it would seek penalties unless Pyongyang halts its missile launches.",
    ],
)
def test_penalties_held_over_a_refusal_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang declared its new submarine-launched missile ready for deployment after the launch.",
        "North Korea said its new intermediate-range missile was ready for combat deployment.",
        "The general said the new missile brigade was combat-ready and could strike within minutes, Tehran's media reported.",
        "Moscow has developed a nuclear-powered underwater drone that can strike coastal cities, Putin said.",
    ],
)
def test_weapons_declared_ready_or_newly_developed_are_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia will keep its moratorium on nuclear tests, but its future depends on the United States, the ministry said.",
        "Whether Moscow keeps the test ban depends entirely on what Washington does, the official said.",
        "Russia observes its moratorium on nuclear tests. Whether this policy holds depends on what Washington does, the ministry added.",
    ],
)
def test_a_halt_made_to_hang_on_another_states_moves_is_escalation(text: str) -> None:
    assert escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The press in Seoul branded the missile freeze a major breakthrough.",
        "Tokyo branded the missile freeze \"a welcome step forward\".",
        "Taxpayers face penalties if they miss the filing date, the revenue office said.",
        "The new missile is not yet ready for deployment, analysts said of North Korea's program.",
        "The success of the nuclear talks depends on both sides showing flexibility, the envoy said.",
        "A deal on Iran's nuclear program depends on the outcome of talks in Vienna.",
        "The team is ready for battle in the cup final on Sunday.",
    ],
)
def test_praise_tax_penalties_doubted_readiness_and_talks_hanging_on_terms_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_a_praised_freeze_is_no_insult_but_a_scornful_label_still_is() -> None:
    assert escalations("Beijing branded the test a reckless provocation.")
    assert escalations("The press in Seoul branded the missile freeze a historic breakthrough.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a return to testing doubted, denied, asked about, forecast by observers, or test-ban talks resumed
        "Officials in Washington saw little prospect of resuming atomic testing in the desert.",
        "The Kremlin spokesman dismissed the possibility of resuming nuclear tests as idle talk.",
        "The minister would not comment after a journalist raised the prospect of resuming nuclear testing.",
        "Experts said Beijing would resume nuclear tests only after an American test.",
        "Moscow and Washington will resume test ban talks in Vienna in June.",
        "The delegations said they would resume test-ban negotiations in the autumn.",
        # seal work done by the monitors themselves
        "Agency inspectors removed the seals at the Fordow plant under the new verification deal.",
        "The IAEA said its inspectors would remove the seals after checking the stock of enriched uranium.",
        # an observer's verdict on talks whose parties are the only states named
        "Analysts said the nuclear talks between Iran and the United States had become pointless.",
        # a no-fly zone for an event or for hobby drones
        "France declared a no-fly zone over Paris during the summit, where leaders discussed nuclear arms control.",
        "Poland declared a no-fly zone for civilian drones over Rzeszow after a missile fell near the town.",
        # ships passing through a place under rules set by others
        "Freighters crossing the Black Sea face new restrictions after Russian naval exercises, shipping agents said.",
        # limits eased for a partner or by a new deal
        "Paris removed the restrictions under the agreement on civilian nuclear cooperation with Delhi, opening the way for reactor exports.",
        "The envoy said the cooperation agreement removes restrictions of the old accord on civilian nuclear research.",
        # campaigners' boats
        "Activists sent a flotilla of yachts to the atoll to protest against nuclear tests.",
    ],
)
def test_doubted_restarts_monitors_seals_observers_events_passage_relief_and_protest_boats_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow did not rule out resuming nuclear tests, the foreign ministry said.", "RUS"),
        ("Putin said Russia would resume atomic testing if Washington tested first.", "RUS"),
        ("Iran removed the IAEA seals at its enrichment plant and restarted its centrifuges.", "IRN"),
        ("Pyongyang said the nuclear talks had become meaningless and it would not return to them.", "PRK"),
        ("Russia declared a no-fly zone over parts of the Baltic ahead of its naval drills.", "RUS"),
        ("Tehran said its uranium stock had now crossed the enrichment limit of the 2015 accord.", "IRN"),
        ("Iran removed the limitations under the 2015 accord on its centrifuge work, the IAEA said.", "IRN"),
        ("China sent a naval flotilla to the waters near Taiwan as nuclear tensions mounted.", "CHN"),
        ("The pact lets Moscow station nuclear warheads in Belarus, which Putin said would be done by summer.", "RUS"),
    ],
)
def test_the_narrowed_cues_still_fire_on_a_states_own_step(text: str, actor: str) -> None:
    found = escalations(text)
    assert found
    assert found[0].attrs["actor"] == actor


def test_a_show_of_force_told_in_a_relative_clause_escapes_the_open_question() -> None:
    (match,) = escalations(
        "The Pentagon did not say whether the bombers, which flew over the peninsula in a show of force, carried nuclear bombs."
    )
    assert match.attrs["actor"] == "USA"
    assert escalations("The Pentagon did not say whether Ankara plans to acquire nuclear weapons.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Whether the nuclear test ban treaty ever takes effect depends on ratification by eight more states.",
        "The test ban's entry into force hinges on a handful of holdout capitals, diplomats noted.",
        "Whether the pause on atomic testing lasts depends on Moscow, analysts said.",
        "Pyongyang's freeze on missile launches hinges on renewed talks with Seoul, experts say.",
        "The Security Council released its list of sanctions on six shipping firms tied to the missile programme.",
        "Regulators put two trading houses on a list of sanctions targets on Monday, officials said.",
        "Neither army is ready for war, analysts said after the border drills.",
        "Tokyo said its new destroyers would be combat-ready by 2027 as part of a fleet renewal.",
        "Officials said the missile batteries were combat-ready after months of training.",
        "Seoul ought to use the stick as well as the carrot with Pyongyang, scholars said.",
        "A defence contractor said it would boost production of new weapons systems at two factories.",
        "Parliament approved funding for new weapon systems, including underwater drones for mine clearance.",
        "The ministry showed new weapons at an arms exhibition in Dubai, beside dozens of private firms.",
        "The accord spells out penalties if either party exceeds its warhead ceiling.",
    ],
)
def test_treaty_background_verdicts_sanction_lists_readiness_milestones_and_arms_trade_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Tehran said its halt on enrichment above 20 percent would depend on Washington lifting sanctions.", "IRN"),
        ("The United States said it had drawn up a list of sanctions to impose if Pyongyang fires another ICBM.", "USA"),
        ("Kim told his commanders the navy must stay ready for war with the United States at all times.", "PRK"),
        ("Trump said he would use the stick against Tehran if it kept enriching uranium.", "USA"),
        ("Russia is developing new weapons systems, including a nuclear torpedo, Putin told lawmakers.", "RUS"),
        ("Washington warned Moscow of penalties if it deploys the new missiles in Belarus.", "USA"),
        ("Iran removed the limits on enrichment under the 2015 accord, ending its cooperation with the inspectors.", "IRN"),
    ],
)
def test_the_same_cues_still_fire_when_a_state_conditions_threatens_or_arms(text: str, actor: str) -> None:
    found = escalations(text)
    assert found
    assert found[0].attrs["actor"] == actor


def test_dropped_limits_keep_their_span_beside_ended_cooperation() -> None:
    text = "Iran removed the limits on enrichment under the 2015 accord, ending its cooperation with the inspectors."
    spans = [text[m.start : m.end] for m in escalations(text)]
    assert any(s.startswith("Iran removed the limits") for s in spans)


# pass 10: restarted uranium conversion, the strait closed, readiness boasts and likely sanctions fire
@pytest.mark.parametrize(
    "text",
    [
        "Tehran said it would restart the conversion of uranium at its plant near Isfahan next week.",
        "Iran plans to restart the conversion of uranium ore into gas straight away.",
        "Iran warned it would restart yellowcake conversion if the nuclear talks broke down.",
        "Iran's navy closed the Strait of Hormuz for three hours to stage missile drills.",
        "The Guards closed the vital Strait of Hormuz on Monday as missile boats fired salvos.",
        "Washington said the missile drills practised a closing of the Strait of Hormuz.",
        '"Our fingers are on the trigger," an Iranian missile commander told state television.',
        '"Our missiles are ready to fire," a Guards general said after the nuclear talks stalled.',
        "Tokyo is expected to impose economic sanctions on Pyongyang over the missile launches.",
        "Seoul is set to impose further sanctions on Pyongyang after the nuclear test.",
        "Britain will consider imposing financial sanctions if Iran resumes enrichment.",
    ],
)
def test_conversion_restarts_strait_closures_readiness_boasts_and_sanctions_to_come_are_escalation(text: str) -> None:
    assert escalations(text)


# pass 10 look-alikes: weapon reach, generic capability, ASAT shots, a writer's hedge, notice, foreseen
# tests by others, unvoiced resumptions, deal upkeep and relief
@pytest.mark.parametrize(
    "text",
    [
        "The regulator said it would resume the conversion of old office buildings into housing near the missile base.",
        "Traffic through the Strait of Hormuz stayed normal during the Iranian missile exercise.",
        "North Korea keeps its pause on long-range missiles directly threatening the U.S. mainland, officials said.",
        "The plant, which could make enough plutonium for one nuclear bomb each year, was shut in July under the deal.",
        "Enrichment yields reactor fuel but can also produce the core of a nuclear weapon, experts say about Iran.",
        "Uranium enrichment powers reactors but could also make material for nuclear bombs, as Iran's critics note.",
        "Officials believe China fired a ground-launched missile to destroy an ageing weather satellite in orbit.",
        "India fired a missile that destroyed a defunct target satellite in low orbit.",
        "The missile launch might have breached the conditions of the nuclear agreement with Iran.",
        "The launch of the new ballistic missile may have breached the nuclear accord, which bars missiles built to carry warheads.",
        "The new inspections would give the West ample warning of a dash to a bomb by Iran.",
        "A longer breakout time gives Western powers advance warning of any push toward nuclear weapons by Tehran.",
        "For weeks U.S. officials had warned of a likely long-range missile launch by North Korea.",
        "Seoul's spy agency warned of an imminent nuclear test by Pyongyang, citing activity at the site.",
        "North Korea has not said it would restart nuclear tests, despite ending its moratorium.",
        "Still, Pyongyang did not say it would restart missile launches.",
        "Experts say Iran is abiding by the nuclear pact, which capped enrichment in return for an easing of sanctions.",
        "Iran and the six powers agreed to extend the deadline for a nuclear accord to November 24.",
        "Iran will extend the inspection deal with the IAEA by a month, the agency said of its nuclear sites.",
        "Washington pledged to continue to ease economic sanctions on North Korea while missile talks went on.",
    ],
)
def test_reach_capability_asat_hedges_notice_forecasts_unsaid_and_deal_upkeep_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russia threatened to destroy American military satellites with missiles if the war widened.", "RUS"),
        ("Pyongyang is building missiles capable of threatening Washington, the report on its nuclear arsenal said.", "PRK"),
        ("North Korea vowed to produce more nuclear bombs to counter the United States.", "PRK"),
        ("Washington said the Iranian missile test may have violated the nuclear agreement.", "IRN"),
        ("North Korea warned of a possible nuclear test if Washington kept up its hostile policy.", "PRK"),
        ("Japan warned of a strong response to any missile launch by North Korea over its territory.", "JPN"),
        ("North Korea said it will resume nuclear testing.", "PRK"),
        ("The US refused to extend the deadline and threatened Iran with new nuclear sanctions.", "USA"),
        ("North Korea threatened Washington with a nuclear strike on Monday.", "PRK"),
    ],
)
def test_the_same_words_still_fire_when_a_state_threatens_charges_or_vows(text: str, actor: str) -> None:
    found = escalations(text)
    assert found
    assert found[0].attrs["actor"] == actor


# review of pass 10: a state's own test warned of, its own arsenal boasted of, an attributed charge,
# drills extended, a capability clause inside a step: escalation kept
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("China agreed to extend its military drills around the island for two more days.", "CHN"),
        ("Pyongyang warned of a fresh missile test by the close of the month if the allies went ahead with the drills.", "PRK"),
        ("North Korea warned of another launch by its rocket forces unless the joint exercises stopped.", "PRK"),
        ("The general said their missiles threaten every American base in the region.", None),
        ("Kim boasted that his latest missiles could threaten the whole of the U.S. mainland.", "PRK"),
        ("Russia may have breached the arms treaty with its new missile, according to American officials.", "RUS"),
        ("Iran may have violated the nuclear deal, according to an agency report.", "IRN"),
        ("Iran's new centrifuges, which can produce enriched uranium much faster, were installed at Fordow in defiance of the agency.", "IRN"),
        ("Iran resumed the conversion of uranium ore at its plant after the talks broke down.", "IRN"),
    ],
)
def test_pass10_own_threats_attributed_charges_extended_drills_and_steps_stay_escalation(text: str, actor: str | None) -> None:
    found = escalations(text)
    assert found
    if actor is not None:
        assert found[0].attrs["actor"] == actor


# review of pass 10 look-alikes that must stay silent: a deal's deadline extended, another state's test
# foreseen, a writer's note on a weapon's reach, a bare hedge, trade penalties, fuel-cycle business
@pytest.mark.parametrize(
    "text",
    [
        "Tehran and the powers agreed to extend the talks on the nuclear deal by four months.",
        "Seoul warned of a likely nuclear test by the North within weeks.",
        "The new rocket is able to threaten the mainland, the analysts wrote.",
        "The missile launch might have breached the nuclear accord.",
        "A trade panel ruled that Canada could impose trade sanctions on American steel worth $2 billion.",
        "The mining company said the conversion of uranium at its new plant in Canada would begin next spring.",
    ],
)
def test_pass10_extended_deals_foreseen_tests_reach_hedges_trade_and_fuel_business_are_not_escalation(text: str) -> None:
    assert escalations(text) == []


# pass 11: oversight cut in a modal passive, cooperation cut told headline-style, "will have no
# choice but to", sanctions sought, buildup of a contingent or naval presence, "the INF" left, and
# relief as the condition of a threat
_PASS11_CONTEXT = "North Korea tested a nuclear-capable ballistic missile this week. "


def _pass11_escalations(text: str) -> list:
    return [m for m in escalations(_PASS11_CONTEXT + text) if m.start >= len(_PASS11_CONTEXT)]


@pytest.mark.parametrize(
    "text",
    [
        'Iranian lawmakers said all inspections beyond the safeguards deal should be stopped within a month.',
        'Tehran said short-notice visits by agency inspectors will be halted if the board censures it.',
        'Under the bill, the Additional Protocol must be suspended two months after it becomes law.',
        'An Iranian envoy said monitoring cameras at the sites would be switched off and inspections would be suspended.',
        'Tehran announces cooperation with IAEA suspended pending review',
        'Tehran: cooperation with the nuclear watchdog halted over the resolution',
        'Cooperation with the agency frozen, Iranian officials say',
        'Tehran will have no choice but to curb its work with the agency, the envoy said.',
        'Pyongyang said it would have no option but to bolster its nuclear deterrent.',
        'Moscow warned it would be left with no choice but to take its own steps.',
        'Japan vowed to push for tougher sanctions on North Korea after the launch.',
        'Seoul will seek harsher sanctions against Pyongyang at the Security Council.',
        'Britain pledged new sanctions on Moscow over the missile deployment.',
        'The tanker seizures led the Pentagon to boost its military contingent near the strait.',
        'Britain said it would reinforce its naval presence near the strait.',
        'Moscow is beefing up its military contingent along the border with Finland.',
        'Washington gave notice that it would withdraw from the INF within six months.',
        'Moscow said it was ready to quit the INF if the United States did so.',
        'Iran will expand enrichment after 60 days if its demands for the lifting of sanctions are not met.',
    ],
)
def test_oversight_cut_threat_idiom_sanctions_sought_buildup_and_treaty_exit_are_escalation(text: str) -> None:
    assert _pass11_escalations(text)


# look-alikes: sanctions relief offered or hoped for, talks to end the arms race or all tests,
# oversight nouns that are no subject of the cut, a halt told with its cause, a past "no choice",
# sanctions simply imposed
@pytest.mark.parametrize(
    "text",
    [
        'Washington said it would lift sanctions on Iran if Tehran returned to full compliance with the nuclear deal.',
        'Rouhani said the bill would harm attempts at easing US sanctions on Iran.',
        'Pyongyang hoped the summit with Washington would yield results such as easing sanctions on the North.',
        'The envoy said talks on the lifting of sanctions could resume next week.',
        'The Soviet leader urged stopping the arms race at once, his letter said.',
        'The two powers said they would open formal talks next month to end all nuclear tests.',
        'Moscow urged Washington to join it in ending the nuclear arms race.',
        'Inspectors said the centrifuges at the nuclear plant would be stopped for maintenance.',
        'Inspections were suspended during the pandemic, the nuclear agency said.',
        'All work at the nuclear plant had been suspended since May following an accord with the three European powers.',
        "Iran's envoy said Tehran had no choice but to accept the nuclear deal.",
        'The council imposed tougher sanctions on North Korea after its nuclear test last year.',
    ],
)
def test_relief_arms_race_talks_and_oversight_look_alikes_are_not_escalation(text: str) -> None:
    assert _pass11_escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran said uranium conversion at its Isfahan plant would begin next week under agency seals.",
        "Iran said the conversion of uranium at its Isfahan plant would begin next week under agency seals.",
    ],
)
def test_conversion_told_as_fuel_cycle_business_is_no_escalation_in_either_word_order(text: str) -> None:
    found = escalations(text + " The IAEA board meets on Monday to review Iran's nuclear programme.")
    assert [m for m in found if m.start < len(text)] == []


def test_conversion_started_again_in_a_standoff_is_escalation() -> None:
    assert escalations("Iran started uranium conversion at Isfahan again on Monday, in defiance of the IAEA board.")


# review of pass 11: a conceded step after "no choice but to", an oversight pause for a period or a
# safety cause, a time or cause word between an active refusal and the talks, and sanctions relief
@pytest.mark.parametrize(
    "text",
    [
        "Seoul warned it'll be left with no option but to deploy more interceptors near the border.",
        "Tehran said inspections at the enrichment site would be suspended over the board's resolution.",
        'Tehran rejected since the vote any talks with Washington.',
        'Pyongyang refused following the sanctions all dialogue with Seoul.',
        'Canada pledged more sanctions against Pyongyang over the launch.',
    ],
)
def test_review11_forced_steps_oversight_cut_refusals_and_sanctions_sought_stay_escalation(text: str) -> None:
    assert _pass11_escalations(text)


@pytest.mark.parametrize(
    "text",
    [
        'Pyongyang said it would have no option but to return to the table with Washington.',
        "Tehran'll have no option but to comply with what the inspectors ask, a Western envoy said.",
        'Agency inspections at the reactor will be suspended during the New Year holidays, officials said.',
        'Inspections at the plant would be halted for three days due to maintenance, the watchdog said.',
        'Negotiations with the powers were suspended until the elections, the ministry said.',
        'Iran pledged sanctions exemptions would help the talks.',
    ],
)
def test_review11_concessions_pauses_and_relief_are_not_escalation(text: str) -> None:
    assert _pass11_escalations(text) == []


# pass 12 (set 31): "stern measures" promised against a state's acts
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('"Seoul will take stern measures against such provocations," the South Korean foreign minister told lawmakers.', "KOR"),
    ],
)
def test_pass12_stern_measures_are_escalation(text: str, actor: str | None) -> None:
    found = _pass11_escalations(text)
    assert found
    assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        # a phrase quoted back and asked about; a company or a group of people put on notice
        'Reporters asked what the spokesman meant by "putting Pyongyang on notice" on Friday.',
        "The regulator put three shipping firms on notice over late filings.",
        # the same verbs with no force: a labour strike, critics, a central bank's aim
        "Dock workers in Busan said they would continue to strike until wages rise.",
        "Opposition lawmakers in Seoul continue to attack the budget plan.",
        "The central bank will keep targeting two percent inflation, its governor said.",
        # a treaty's ceiling granted, no build-up
        "The old accord lets Moscow and Washington deploy no more than 700 launchers each.",
    ],
)
def test_pass12_lookalikes_of_notice_attacks_and_ceilings_are_not_escalation(text: str) -> None:
    assert _pass11_escalations(text) == []


# pass 12: enrichment defined by what it can do is no state's step; enrichment that can restart,
# or a state that can enrich, still is
@pytest.mark.parametrize(
    "text",
    [
        "Enrichment can yield fuel for power reactors or, at higher purity, for warheads.",
        "Uranium enrichment could also supply medical isotopes, the textbook notes.",
    ],
)
def test_pass12_enrichment_explained_as_a_process_is_not_escalation(text: str) -> None:
    assert _pass11_escalations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Enrichment can restart at Fordow within hours, Tehran said.",
        "Iran can produce enriched uranium at its new Fordow halls, its atomic agency said.",
    ],
)
def test_pass12_enrichment_restartable_or_by_a_state_stays_escalation(text: str) -> None:
    assert _pass11_escalations(text)


# a weapon's reach boasted ("could reach anywhere in the world", "interception is impossible"):
# an announced strengthening of an arsenal; the same reach of a courier or a network is not
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("North Korea said the new missile could reach anywhere in the world.", "PRK"),
        ('"Interception is impossible," the Russian president declared of the new missile.', "RUS"),
        ("Moscow said the hypersonic glider could strike almost anywhere in the world.", "RUS"),
    ],
)
def test_round21_a_weapon_reach_boasted_is_escalation(text: str, actor: str) -> None:
    assert [m.attrs["actor"] for m in escalations(text)] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Experts say the rocket could reach anywhere in the world within an hour, a boon for courier firms.",
        "The new satellite network can reach any point on the globe, the company said.",
        "Experts say interception is impossible for current missile defence systems.",
        "Analysts said the new missile could reach anywhere in the world.",
    ],
)
def test_round21_a_civil_reach_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


# a treaty terminated: its end announced by a state, like a withdrawal from it
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow on Friday announced the termination of the 1987 missile treaty.", "RUS"),
        ("Moscow terminated the 1987 missile treaty on Friday.", "RUS"),
    ],
)
def test_round21_a_treaty_terminated_is_escalation(text: str, actor: str) -> None:
    assert [m.attrs["actor"] for m in escalations(text)] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The company terminated the supply agreement with its French partner.",
        "Britain terminated the free trade agreement talks with Canada.",
    ],
)
def test_round21_a_contract_terminated_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


# a threat played down, or a return to testing forecast by analysts, is no escalation; a charge in
# a clause of its own after it still is
@pytest.mark.parametrize(
    "text",
    [
        "Diplomatic and military officials in Seoul played down any imminent threat from the missile launches.",
        "Talks with Pyongyang have stalled, and analysts have predicted a return to nuclear tests if no progress is made.",
    ],
)
def test_round21_a_threat_played_down_or_forecast_is_not_escalation(text: str) -> None:
    assert escalations(text) == []


def test_round21_a_charge_after_a_threat_played_down_is_escalation() -> None:
    lead = "North Korea fired seven ballistic missiles into the sea on Tuesday, the military said. "
    text = ("Officials played down any imminent threat, but Jane Doe, a senior adviser to the president, "
            'called the salvo "a reckless provocation."')
    assert [m.text for m in _escalations_after(lead, text)] == ['called the salvo "a reckless provocation."']


# set 34 wordings: a threat insisted on ("not bluffing"), a call-up of reservists, a right to strike
# claimed, "all options open", a "death zone" threat, "nuclear messaging", a charge of preparing a
# nuclear war or of staying out of compliance, and strikes on nuclear infrastructure or defence plants
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Ruritanian president insisted on Monday that he was not bluffing about striking Borduria with nuclear arms.", None),
        ("Moscow announced a partial mobilisation of 80,000 reservists for the front.", "RUS"),
        ("The Kremlin said Russia was entitled to strike the bases of any state supplying long-range missiles to Kyiv.", "RUS"),
        ('Jerusalem repeated that all options were open to stop Tehran acquiring a nuclear bomb.', None),
        ("Pyongyang said its gunners would turn the border town into a death zone within minutes.", "PRK"),
        ("The missile test is the latest round of nuclear messaging from Moscow aimed at NATO capitals.", None),
        ("Pyongyang accused Washington of preparing a nuclear war on the peninsula.", "PRK"),
        ("Washington said Moscow failed to return to compliance before its exit from the missile pact.", "USA"),
        ("Overnight the Israeli air force hit Iran's nuclear infrastructure near Isfahan.", "ISR"),
        ("The Russian military said it had targeted a defence industry facility near Kharkiv with a new missile.", "RUS"),
    ],
)
def test_round22_threat_wordings_are_escalation(text: str, actor: str | None) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    found = _escalations_after(lead, text)
    assert len(found) == 1
    if actor is not None:
        assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "The poker champion was not bluffing when she pushed all her chips in, the commentator said.",
        "The charity announced a partial mobilisation of volunteers after the floods.",
        "Tenants are entitled to strike a better bargain with their landlord, the housing court said.",
        "All options were open for the club as the transfer window closed on Friday.",
        "Climbers entered the death zone above 8,000 metres on Tuesday.",
        "The agency's messaging on nuclear energy costs confused investors.",
        "The club was preparing for war against its league rivals, the coach joked.",
        "The bank failed to return to compliance with the capital rules, the regulator said.",
        "The utility targeted its nuclear infrastructure upgrades at older plants.",
    ],
)
def test_round22_look_alike_wordings_are_not_escalation(text: str) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    assert _escalations_after(lead, text) == []


# the limit of a deal named earlier in the sentence, thrown off by "it" or a state: "the pact capped
# the stockpile, but Tehran scrapped the ceiling"; also a partitive before the limit ("the last
# element of its enrichment limitations under the pact")
@pytest.mark.parametrize(
    "text",
    [
        "The 2015 pact capped enrichment at a low purity for Iran's centrifuges, but Tehran scrapped the ceiling in 2021.",
        "The nuclear accord set a stockpile limit for Iran's enriched uranium, but it dropped the limit last year.",
        "Iran's government discards the last remaining element of its enrichment limitations under the JCPOA, a statement said.",
    ],
)
def test_round22_a_deal_limit_thrown_off_is_escalation(text: str) -> None:
    (found,) = escalations(text)
    assert any(words in found.text for words in ("scrapped the ceiling", "dropped the limit", "limitations under the JCPOA"))


@pytest.mark.parametrize(
    "text",
    [
        "The trade agreement removed the cap on steel imports from Iran, officials said.",
        "Under the nuclear accord Iran's enrichment stays capped, and diplomats said it would be unwise if it dropped the limit.",
        "The new nuclear accord would ease sanctions on Iran, and the bank scrapped the ceiling on loans.",
    ],
)
def test_round22_a_limit_dropped_by_no_state_is_not_escalation(text: str) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    assert _escalations_after(lead, text) == []


# review of the set-34 pass: a strike by workers and a firm's compliance are no state's escalation,
# even in an article on missile launches
@pytest.mark.parametrize(
    "text",
    [
        "French rail workers said they are entitled to strike over pension cuts.",
        "The company failed to return to compliance with stock exchange listing rules.",
    ],
)
def test_review13_labour_and_listing_wordings_are_not_escalation(text: str) -> None:
    lead = "Norland fired two ballistic missiles into the sea on Tuesday, its neighbour's military said. "
    assert _escalations_after(lead, text) == []


# set 35 wordings: an ultimatum's "or risk attack", missile attacks aimed at a place, charges of
# agitating for war, calls for restraint rejected, a state no longer bound by its own halt, harassing
# naval approaches, assaults rehearsed in drills, a build-up promised in the passive or "promoted",
# a state bent on another's destruction, attacks charged to a sponsor, a resolve not to blink, and
# a moratorium on a treaty's fulfilment
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Osterland was handed a fortnight to surrender its nerve gas stocks or risk attack, Washington said.", None),
        ("The Bordurian army claimed a missile attack targeting the port of Velmar early on Tuesday.", None),
        ("Tehran's envoy called the accusations nothing but agitation for war by Washington.", None),
        ("Pyongyang has rejected international calls for restraint from Seoul and Tokyo.", None),
        ("Pyongyang declared on Monday that it was no longer bound by its self-imposed moratorium on missile flights.", "PRK"),
        ("The Pentagon said nine Iranian speedboats made harassing approaches toward two American destroyers.", None),
        ("Chinese marines rehearsed an assault on coastal radar sites during the drills off Taiwan.", "CHN"),
        ("Islamabad said the country's strategic programme would continue to be consolidated and further expanded.", None),
        ("Pyongyang said the new launcher would radically promote its nuclear counterattack capabilities.", "PRK"),
        ("Jerusalem said the Iranian regime was bent on our destruction and would be stopped.", None),
        ("Riyadh said Tehran had sponsored the drone attacks on its pipelines.", None),
        ("Tehran's defence minister said Iran would not blink to defend its waters against any aggressor.", "IRN"),
        ('"I propose a moratorium on fulfilment of the arms treaty by Russia," Moscow\'s president said.', "RUS"),
        ("Moscow's former president again used bellicose rhetoric about nuclear arms.", "RUS"),
    ],
)
def test_round23_threat_wordings_are_escalation(text: str, actor: str | None) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    found = _escalations_after(lead, text)
    assert len(found) == 1
    if actor is not None:
        assert found[0].attrs["actor"] == actor


@pytest.mark.parametrize(
    "text",
    [
        "The county council said tenants must pay the levy by June or risk eviction.",
        "The striker was fined for agitation after the cup final.",
        "The coach dismissed calls for his resignation after the third defeat.",
        "The fishing fleet said it was no longer bound by the catch quota after the ruling.",
        "The gallery harassing approaches to donors drew complaints, the magazine said.",
        "The rugby squad rehearsed a scrum on the training pitch.",
        "The bank's strategic plan will continue to be refined and further simplified.",
        "The festival aims to promote local crafts and tourism in the region.",
        "The firm said it had sponsored the sailing regatta for a decade.",
        "The goalkeeper did not blink during the penalty shootout.",
        "The city declared a moratorium on implementation of the parking fees.",
    ],
)
def test_round23_look_alike_wordings_are_not_escalation(text: str) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    assert _escalations_after(lead, text) == []


# set 35 look-alikes: a provocation played down ("less provocative than"), a step put off to avoid
# hostility, tensions disowned as in nobody's interest, fears eased of a build-up, an interviewer's
# question, a threat against a person, and a deal dropped after talks broke down
@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the cruise missile flight seemed less provocative than an ICBM launch.",
        "The allies have postponed the naval drills to avoid causing further hostility in the strait.",
        "We do not think it is in Ruritania's interest or ours to let tensions escalate, the envoy said.",
        "The inspections accord is meant to allay fears that Osterland will develop nuclear weapons in secret.",
        'Asked about the prospect of "a Bordurian missile strike on Velmar" at a press briefing, the spokesman smiled.',
        "A rival deputy in Tehran threatened to kill him over the nuclear talks, the negotiator said.",
        "A signing ceremony was scrapped after talks collapsed at the summit in Hanoi.",
    ],
)
def test_round23_played_down_averted_and_asked_about_are_not_escalation(text: str) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    assert _escalations_after(lead, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing called the transit even more provocative than the last one.",
        "Asked about the talks, the general warned that Seoul would pay a heavy price for the drills.",
        "Pyongyang threatened to kill the armistice and strike the South.",
    ],
)
def test_round23_guards_leave_threats_standing(text: str) -> None:
    lead = "Two ballistic missiles were test-fired from a northern launch site on Friday, the ministry said. "
    assert len(_escalations_after(lead, text)) == 1


# review of the set-35 pass: drills, restraint and bellicose wordings need a state, weapon or force in
# their sentence, even in an article on missile launches
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The coach said the team practised an attack on the left wing all week.", False),
        ("The finance minister rejected calls for restraint on public spending.", False),
        ("Critics called the senator's speech bellicose and unhelpful to his own party.", False),
        ("Beijing's forces practised an assault on the island's eastern ports on Monday.", True),
        ("Pyongyang rejected calls for restraint and vowed more launches.", True),
    ],
)
def test_review14_everyday_drill_and_restraint_wordings_need_a_state(text: str, fires: bool) -> None:
    lead = "Norland fired two ballistic missiles into the sea on Tuesday, its neighbour's military said. "
    assert bool(_escalations_after(lead, text)) is fires
