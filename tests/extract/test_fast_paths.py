"""The speed-ups give the same answers as the straightforward code they replace."""

from __future__ import annotations

import bisect
import json
import random
from datetime import date
from pathlib import Path

import pytest

from streams.extract.dates import date_matches, find_dates, resolve_all
from streams.extract.document import LEXICONS, Document
from streams.extract.lexicon import load_lexicon, tokenize
from streams.extract.scanner import Scanner, Tokens
from streams.extract.sentences import clause_spans, sentence_spans, word_count

SEED = Path(__file__).parents[2] / "seeds" / "seed-0001.json"
TEXTS = [
    "Pyongyang said on Friday it had test-fired a new intercontinental ballistic missile.",
    "North Korea’s leader set an end-of-year deadline; the U.S. said it would not test.",
    "THE UNITED STATES AND north korea TESTED nothing in_2019 — or did they?",
    "Iran warned it would resume enrichment within 60 days, by March 5, 2020, at midnight.",
    "",
    "   \n\n ",
]
if SEED.is_file():
    TEXTS.append(json.loads(SEED.read_text(encoding="utf-8"))["text"])


def _fuzz(words: str, n: int, *, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocab = words.split(" ")
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 14))) for _ in range(n)]


DATE_WORDS = (
    "the end of year new last next this today tonight at midnight tomorrow yesterday within in "
    "after a an one forty-five sixty days weeks month deadline ultimatum just only few hours "
    "earlier ago before recent years decades past week weekend May Jan. Sept. Monday Mondays "
    "5th 12 2019 1999 , . - _ \n the-end in\t30 a-year At THIS EVENING"
)


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_split_the_text_exactly_like_tokenize(text: str) -> None:
    tokens = Tokens(text)

    assert list(zip(tokens.starts, tokens.ends, tokens.surfaces)) == tokenize(text)


def test_the_merged_scan_finds_what_each_lexicon_finds_alone() -> None:
    lexicons = [load_lexicon(n, ignore_case=n != "actors") for n in LEXICONS]
    scanner = Scanner(lexicons)

    for text in TEXTS + _fuzz(DATE_WORDS + " North Korea US us ICBM", 300, seed=2):
        merged = scanner.scan(Tokens(text), [s for s, _ in sentence_spans(text)])

        for lexicon, buckets in zip(lexicons, merged):
            assert [h for bucket in buckets for h in bucket] == lexicon.hits(text), text


def test_date_matching_at_candidate_words_equals_a_full_regex_scan() -> None:
    published = date(2019, 12, 8)

    for text in TEXTS + _fuzz(DATE_WORDS, 3000, seed=1):
        tokens = Tokens(text)
        fast = resolve_all(date_matches(text, tokens.keys, tokens.starts), published, future=True)

        assert fast == find_dates(text, 0, len(text), published, future=True), text


@pytest.mark.parametrize(
    ("text", "sentences", "clauses"),
    [
        (
            'He left." Then Mr. Kim spoke. Really?! Yes.',
            [(0, 9), (10, 29), (30, 38), (39, 43)],
            [[(0, 9)], [(10, 29)], [(30, 38)], [(39, 43)]],
        ),
        (
            "HEADLINE\nBody text, with a clause; and more: here. Next",
            [(0, 8), (9, 50), (51, 55)],
            [[(0, 8)], [(9, 18), (20, 33), (35, 43), (45, 50)], [(51, 55)]],
        ),
        (
            "In Jan. 2019 the U.S. tested it. 5 more came (after that)  — and then, 1,000 more.",
            [(0, 32), (33, 82)],
            [[(0, 32)], [(33, 44), (46, 56), (59, 69), (71, 82)]],
        ),
    ],
)
def test_sentences_and_clauses_split_where_they_always_did(
    text: str, sentences: list[tuple[int, int]], clauses: list[list[tuple[int, int]]]
) -> None:
    assert sentence_spans(text) == sentences
    assert [clause_spans(text, *s) for s in sentences] == clauses


def test_a_document_buckets_each_hit_into_the_sentence_holding_it() -> None:
    text = "Iran tested a missile. North Korea did not.\n\nThe U.S. warned both."
    doc = Document(text, date(2020, 1, 1))

    for index, (s, e) in enumerate(doc.sentences):
        for name in LEXICONS:
            assert all(s <= h.start and h.end <= e for h in doc.hits(name, index))


GATE_WORDS = (
    "North Korea Iran threatened warned to escalate sanctions strengthen expand its nuclear arsenal "
    "enrich uranium enrichment ordered the military resume nuclear testing missile launch deadline "
    "ultimatum within 60 days by March 5 if unless would not de-escalate experts doubt , ."
)


def test_sentence_gates_skip_only_sentences_that_would_yield_nothing() -> None:
    """find_escalations skips sentences failing escalation._may_cue, _deadline_candidates those
    with no deadline noun and no condition: the full per-sentence logic finds nothing there."""
    from streams.extract import deadline, escalation

    for text in TEXTS + _fuzz(GATE_WORDS, 400, seed=5):
        doc = Document(text, date(2020, 1, 1))
        for index in range(len(doc.sentences)):
            if not escalation._may_cue(doc.hits("escalation", index)):
                assert escalation._cues(doc, index) == [], text
            hits = doc.hits("deadline", index)
            if not any(h.label in ("DEADLINE", "CONDITION") for h in hits):
                limits = [h for h in hits if h.label == "LIMIT"]
                dates = doc.dates(*doc.sentences[index], future=True)
                assert deadline._limit_candidates(doc, index, limits, dates, False) == [], text


def _in_sentences(doc: Document, lexicon: str, start: int, end: int, label: str) -> list:
    """Document.between as it was: a filter over the buckets of the sentences the span touches."""
    first = max(0, bisect.bisect_right(doc._starts, start) - 1)
    last = max(first, bisect.bisect_right(doc._starts, max(start, end - 1)) - 1)
    return [
        h for i in range(first, last + 1) for h in doc.hits(lexicon, i)
        if h.label == label and h.start >= start and h.end <= end
    ]


def test_lookups_by_label_and_span_equal_a_filter_over_the_sentences() -> None:
    rng = random.Random(7)
    for text in TEXTS + _fuzz(GATE_WORDS + " Mr. Kim said . \n", 200, seed=6):
        doc = Document(text, date(2020, 1, 1))
        if not doc.sentences:
            continue
        for name in LEXICONS:
            labels = sorted({h.label for i in range(len(doc.sentences)) for h in doc.hits(name, i)})
            for label in labels:
                assert doc.sentences_with(name, label) == [
                    i for i in range(len(doc.sentences)) if doc.hits(name, i, label)
                ]
                for _ in range(20):
                    start, end = sorted(rng.randrange(len(text) + 1) for _ in range(2))
                    assert doc.between(name, start, end, label) == _in_sentences(doc, name, start, end, label)


def test_word_counts_over_clause_bounds_equal_a_regex_count() -> None:
    for text in TEXTS + _fuzz(GATE_WORDS + " İx Σς — – ( ) ; : but while", 300, seed=8):
        doc = Document(text, date(2020, 1, 1))
        count = doc._count
        if count is None:
            continue
        for index in range(len(doc.sentences)):
            bounds = [b for c in doc.clauses(index) for b in c]
            for a in bounds:
                for b in bounds:
                    if a <= b:
                        assert count(a, b) == word_count(text, a, b), (text, a, b)
