"""A sentence-level escalation classifier: the fallback for hostile wording no rule knows.

Escalation is the broadest kind ("language that raises tension between states"), and rules
written for one set of articles barely carried over to the next: on four sets of real news
excerpts, each scored before its own fixes, the rules' escalation recall stayed at 0.56-0.67
however many phrases the earlier sets had added. This classifier is logistic regression over a
sentence's words and word pairs (each state mention as one token, so "Iran warned" and "Russia
warned" share features), trained on our own labelled articles and sentences by
tests/extract/train_escalation_classifier.py; its weights are data in
lexicons/escalation_classifier.json. The rules run first; only an in-domain sentence they left
without an escalation is asked, and only a confident answer counts (see README, Extraction).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import cache
from importlib import resources
from itertools import pairwise, repeat

from streams.extract.document import Document

THRESHOLD = 0.96  # the most confident only: on held-out real text it gained recall for little precision
MODEL_FILE = "escalation_classifier.json"
STATE = "zzstate"  # a word no article uses, standing for any state, leader or agency


def sentence_features(doc: Document, index: int) -> set[str]:
    """The lower-cased words of sentence `index` (the article's tokens, digits and punctuation
    left out) and their adjacent pairs, each state mention one STATE."""
    s, e = doc.sentences[index]
    tokens = doc.tokens
    lo, hi = bisect_left(tokens.starts, s), bisect_left(tokens.starts, e)
    keys, starts = tokens.keys, tokens.starts
    words: list[str] = []
    k = lo
    for h in doc.hits("actors", index):  # in text order; a hit with two labels comes twice
        if k < hi and starts[k] < h.start:
            words += [w for w in keys[k:bisect_left(starts, h.start, k, hi)] if w.isalpha()]
        elif k >= hi or starts[k] > h.start:
            continue
        words.append(STATE)
        k = bisect_left(starts, h.end, k, hi)
    words += [w for w in keys[k:hi] if w.isalpha()]
    return {*words, *map("_".join, pairwise(words))}


@cache
def _model() -> tuple[dict[str, float], float]:
    data = json.loads((resources.files(__package__) / "lexicons" / MODEL_FILE).read_text(encoding="utf-8"))
    return data["weights"], data["bias"]


def probability(features: set[str]) -> float:
    """How likely the sentence with these features holds an escalation, by the trained weights."""
    weights, bias = _model()
    z = bias + sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def is_escalation(doc: Document, index: int) -> bool:
    return probability(sentence_features(doc, index)) >= THRESHOLD
