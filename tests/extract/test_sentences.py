"""Sentence splitting on scraped text: a page that lost the space after a full stop."""

from datetime import date

import pytest

from streams.extract import extract
from streams.extract.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The missile fell into the sea on Thursday.Officials are analysing the launch.",
         ["The missile fell into the sea on Thursday.", "Officials are analysing the launch."]),
        ("It came 63 days after the April 13.North Korea said so.",
         ["It came 63 days after the April 13.", "North Korea said so."]),
        ('He said.\u201cWe will respond,\u201d he added.', ["He said.", "\u201cWe will respond,\u201d he added."]),
        ("It landed off the coast on Friday.A navy spokesman confirmed it.",
         ["It landed off the coast on Friday.", "A navy spokesman confirmed it."]),
    ],
)
def test_a_capitalised_word_right_after_a_full_stop_starts_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials met U.S.Navy commanders in Guam.",  # an abbreviation
        "The launch came at 2 p.m.Sunday, officials said.",
        "Output rose 3.5 percent, the ministry said.",  # a decimal
        "Details are on Yonhap.com and elsewhere.",  # a domain: lower case after the dot
        "The plant in St.Louis was closed.",
        "He flew to the U.S.A week later he returned.",  # "U.S." then "A": the abbreviation wins
    ],
)
def test_abbreviations_decimals_and_domains_still_do_not_split(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_lost_space_does_not_merge_two_launches_into_one_weapon() -> None:
    text = ("North Korea test-fired a solid-fuel intercontinental ballistic missile on April 13."
            "North Korea also launched a space launch vehicle carrying a spy satellite on May 31, "
            "which ended in failure.")
    weapons = sorted(
        str(m.attrs["weapon"]) for m in extract(text, published=date(2023, 6, 15)) if m.kind == "weapons_test"
    )
    assert weapons == ["icbm", "space_launch"]
