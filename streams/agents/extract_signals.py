"""articles -> signals and commitment events.

Every weapons-test, escalation, deadline and moratorium signal goes to the signals topic (for
subscribers); each one that can raise a notice also goes, keyed by its commitment, to the
commitment-events topic. Routing here rather than in an agent reading the signals topic
saves a hop per signal: Faust's per-message cost, not Kafka's, is what limits throughput.
"""

from __future__ import annotations

from faust.types import StreamT

from streams import metrics
from streams.app import app, settings
from streams.commitments import commitment_key
from streams.deadletter import OversizedMessage, dead_letter_on_error
from streams.extract import extract
from streams.models import Article, CommitmentEvent, Signal
from streams.provenance import quoted_source, sentence_around
from streams.topics import articles, commitments, signals


@app.agent(articles)
async def extract_signals(stream: StreamT[bytes]) -> None:
    async for event in stream.events():
        metrics.ARTICLES_IN.inc()
        async with dead_letter_on_error(event, agent="extract_signals"):
            with metrics.EXTRACTION_SECONDS.time():
                article = article_from_wire(event.value, limit=settings.max_message_bytes)
                found = signals_of(article)
            for signal in found:
                await signals.send(key=article.id.encode(), value=signal.to_wire())
                metrics.SIGNALS.labels(signal.kind).inc()
                key = commitment_key(signal, new_tests=settings.alert_on_new_tests)
                if key is not None:
                    routed = CommitmentEvent(key=key, signal=signal)
                    await commitments.send(key=key.encode(), value=routed.to_wire())


def article_from_wire(value: bytes, *, limit: int) -> Article:
    """Validate an articles-topic message; oversized ones are refused before parsing."""
    if len(value) > limit:
        raise OversizedMessage(f"message of {len(value)} bytes exceeds the {limit}-byte limit")
    return Article.model_validate_json(value)


def signals_of(article: Article) -> list[Signal]:
    """The extractor's matches as Signal messages carrying their evidence and provenance."""
    found = []
    for m in extract(article.text, published=article.published):
        sentence = sentence_around(article.text, m.start, m.end)
        found.append(Signal(
            kind=m.kind, article_id=article.id, start=m.start, end=m.end, evidence=m.text,
            attrs=m.attrs, published=article.published, url=article.url,
            source=article.source, title=article.title, sentence=sentence,
            quoted=quoted_source(sentence),
        ))
    return found
