"""escalation: language that raises tension between states, and what does not."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract

PUBLISHED = date(2023, 5, 10)


def escalations(text: str) -> list:
    return [m for m in extract(text, published=PUBLISHED) if m.kind == "escalation"]


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
        "India does not pose a threat to Pakistan, the foreign ministry said.",
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
        "The hydrogen bomb is a more powerful weapon than an atomic bomb, experts said.",
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
