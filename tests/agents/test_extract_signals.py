from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from streams.agents.extract_signals import article_from_wire, signals_of
from streams.deadletter import OversizedMessage, reason_of
from streams.models import Article

TEXT = (
    "North Korea said it would not extend its self-imposed moratorium on nuclear tests "
    "and set an end-of-year deadline for Washington."
)


def test_an_article_within_the_limit_is_parsed() -> None:
    a = Article(id="a", text=TEXT, published=datetime(2019, 12, 10, tzinfo=UTC))

    assert article_from_wire(a.to_wire(), limit=10_000) == a


def test_an_oversized_message_is_refused_before_parsing() -> None:
    with pytest.raises(OversizedMessage) as info:
        article_from_wire(b"x" * 101, limit=100)

    assert reason_of(info.value) == "oversized"


def test_invalid_json_is_classed_as_invalid() -> None:
    with pytest.raises(ValidationError) as info:
        article_from_wire(b"{nope", limit=100)

    assert reason_of(info.value) == "invalid"


def test_signals_carry_evidence_that_is_the_articles_own_text() -> None:
    a = Article(id="a", text=TEXT, published=datetime(2019, 12, 10, tzinfo=UTC),
                url="https://example.org/a", source="wire")

    signals = signals_of(a)

    assert {"deadline", "moratorium"} <= {s.kind for s in signals}
    assert all(TEXT[s.start:s.end] == s.evidence for s in signals)
    assert all((s.article_id, s.url, s.source) == ("a", "https://example.org/a", "wire")
               for s in signals)
