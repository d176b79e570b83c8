"""moratorium: halts of weapons testing with status, scope and the state bound by them."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract import extract

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
