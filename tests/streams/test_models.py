from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from streams.models import Alert, Article, DeadLetter, Signal, stable_id

PUBLISHED = datetime(2019, 12, 14, 12, tzinfo=UTC)


def article(**over: object) -> Article:
    fields = {"id": "a1", "text": "Some text.", "published": PUBLISHED}
    return Article.model_validate({**fields, **over})


def test_an_article_round_trips_through_its_wire_form() -> None:
    a = article(title="T", url="https://example.org/x", source="wire")

    assert Article.model_validate_json(a.to_wire()) == a


@pytest.mark.parametrize("bad", [
    {"id": ""},
    {"published": "2019-12-14T12:00:00"},  # naive: ambiguous across time zones
    {"text": None},
    {"unexpected": 1},
])
def test_an_invalid_article_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        article(**bad)


def test_a_signal_whose_evidence_does_not_fit_its_span_is_refused() -> None:
    with pytest.raises(ValidationError, match="evidence length"):
        Signal(kind="deadline", article_id="a1", start=0, end=5, evidence="abc", published=PUBLISHED)


def test_a_signal_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError):
        Signal(kind="rumour", article_id="a1", start=0, end=3, evidence="abc",  # type: ignore[arg-type]
               published=PUBLISHED)


def test_a_dead_letter_keeps_the_original_bytes_whatever_they_are() -> None:
    raw = b"\xff\xfe not json"

    letter = DeadLetter.for_message(topic="t", partition=0, offset=7, key=None, value=raw,
                                    reason="invalid", error="boom", agent="x")

    assert DeadLetter.model_validate_json(letter.to_wire()).value() == raw


def test_stable_ids_depend_only_on_their_parts() -> None:
    assert stable_id("a", "deadline") == stable_id("a", "deadline")
    assert stable_id("a", "deadline") != stable_id("a", "moratorium")
    assert stable_id("ab", "c") != stable_id("a", "bc")


def test_an_alert_needs_a_known_severity() -> None:
    with pytest.raises(ValidationError):
        Alert(id="x", kind="deadline", severity="apocalyptic", article_ids=[], evidence=[])  # type: ignore[arg-type]
