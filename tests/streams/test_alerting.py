from datetime import UTC, datetime

import pytest

from streams.alerting import alert_for, severity_of
from streams.models import Signal

PUBLISHED = datetime(2019, 12, 14, 12, tzinfo=UTC)


def signal(kind: str, **attrs: object) -> Signal:
    return Signal(kind=kind, article_id="a1", start=10, end=13, evidence="abc",  # type: ignore[arg-type]
                  attrs=attrs, published=PUBLISHED, url="https://example.org/a1")


@pytest.mark.parametrize("kind", ["weapons_test", "escalation"])
def test_tests_and_escalations_raise_no_alert_of_their_own(kind: str) -> None:
    assert alert_for(signal(kind)) is None


def test_an_alert_has_the_same_id_for_the_same_article_and_kind() -> None:
    first = alert_for(signal("deadline", due="2019-12-31"))
    again = alert_for(signal("deadline", due="2020-01-05"))
    other = alert_for(signal("moratorium", status="in_force"))

    assert first is not None and again is not None and other is not None
    assert first.id == again.id != other.id


def test_an_alert_carries_its_evidence_and_link() -> None:
    alert = alert_for(signal("moratorium", status="threatened"))

    assert alert is not None
    assert [(e.text, e.url) for e in alert.evidence] == [("abc", "https://example.org/a1")]


@pytest.mark.parametrize(("kind", "attrs", "expected"), [
    ("moratorium", {"status": "ended"}, "critical"),
    ("moratorium", {"status": "threatened"}, "high"),
    ("moratorium", {"status": "in_force"}, "medium"),
    ("deadline", {"due": "2019-12-20"}, "high"),
    ("deadline", {"due": "2020-03-01"}, "medium"),
    ("deadline", {"due": None}, "medium"),
])
def test_severity_follows_the_documented_rule(kind: str, attrs: dict, expected: str) -> None:
    assert severity_of(signal(kind, **attrs)) == expected
