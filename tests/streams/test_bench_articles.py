"""The pipeline bench's latency articles each carry a deadline move, so each must raise a
signal: an article the extractor drops would time nothing and shrink the measured load."""

from datetime import UTC, datetime

from streams.bench.pipeline import build_articles
from streams.extract import extract


def test_every_latency_article_moves_a_deadline() -> None:
    articles = build_articles(300, words=150, tag="t", start=datetime(2021, 1, 1, tzinfo=UTC),
                              each_alerts=True)
    assert len({a.id for a in articles}) == 300
    for article in articles:
        kinds = {m.kind for m in extract(article.text, published=article.published)}
        assert "deadline" in kinds, article.text[:300]
