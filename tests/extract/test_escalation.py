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
