"""The escalation classifier: a fallback after the rules, for in-domain sentences only."""

from datetime import date

import pytest

from streams.extract import escalation_classifier, extract
from streams.extract.document import Document
from tests.extract.train_escalation_classifier import OUT, trained_model_json

PUBLISHED = date(2024, 5, 1)
LEAD = "North Korea fired a ballistic missile into the sea on Monday, the Joint Chiefs of Staff said. "
HOSTILE = "The North's defence ministry said its forces would counter the enemies' war drills with the most powerful means."


def escalations(text: str) -> list[tuple[str, object]]:
    return [(m.text, m.attrs["actor"]) for m in extract(text, published=PUBLISHED) if m.kind == "escalation"]


def test_hostile_wording_no_rule_knows_is_an_escalation_of_the_whole_sentence() -> None:
    assert escalations(LEAD + HOSTILE) == [(HOSTILE, "PRK")]


def test_the_rules_alone_miss_that_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(escalation_classifier, "is_escalation", lambda doc, index: False)
    assert escalations(LEAD + HOSTILE) == []


def test_a_neutral_sentence_stays_quiet() -> None:
    assert escalations(LEAD + "Officials said the talks would continue next week in Geneva.") == []


def test_a_hedged_sentence_is_not_asked() -> None:
    text = LEAD + "Analysts doubt the North's forces would counter the enemies' war drills with the most powerful means."
    assert escalations(text) == []


def test_an_article_outside_the_domain_is_not_asked() -> None:
    text = ("The coach said his side would counter the rivals' drills with the most powerful means. "
            "The club plays its next league match on Saturday.")
    assert escalations(text) == []


def test_the_probability_orders_hostile_above_neutral() -> None:
    doc = Document(LEAD + HOSTILE, PUBLISHED)
    hostile = escalation_classifier.probability(escalation_classifier.sentence_features(doc, 1))
    neutral = escalation_classifier.probability(escalation_classifier.sentence_features(doc, 0))
    assert hostile >= escalation_classifier.THRESHOLD > neutral


def test_states_share_one_feature() -> None:
    doc = Document("Iran warned Israel.", PUBLISHED)
    assert {escalation_classifier.STATE, f"{escalation_classifier.STATE}_warned"} <= escalation_classifier.sentence_features(doc, 0)
    assert "iran" not in escalation_classifier.sentence_features(doc, 0)


def test_the_model_in_the_repository_is_what_training_produces() -> None:
    # after adding or relabelling articles: python -m tests.extract.train_escalation_classifier
    assert OUT.read_text(encoding="utf-8") == trained_model_json()
