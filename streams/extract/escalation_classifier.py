"""A sentence-level escalation classifier: the fallback for hostile wording no rule knows.

Escalation is the broadest kind ("language that raises tension between states"), and rules
written for one set of articles barely carried over to the next: on four sets of real news
excerpts, each scored before its own fixes, the rules' escalation recall stayed at 0.56-0.67
however many phrases the earlier sets had added. This classifier is logistic regression over a
sentence's words and word pairs (each state mention as one token, so "Iran warned" and "Russia
warned" share features), trained on our own labelled articles by
tests/extract/train_escalation_classifier.py; its weights are data in
lexicons/escalation_classifier.json. The rules run first; only an in-domain sentence they left
without an escalation is asked, and only a confident answer counts (see README, Extraction).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from itertools import pairwise, repeat

from streams.extract.document import Document

THRESHOLD = 0.95  # the most confident only: on held-out real text it gained recall for little precision
MODEL_FILE = "escalation_classifier.json"
STATE = "zzstate"  # a word no article uses, standing for any state, leader or agency
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def sentence_features(doc: Document, index: int) -> set[str]:
    """The lower-cased words of sentence `index` and their adjacent pairs, states as STATE."""
    s, e = doc.sentences[index]
    lowered = _lowered(doc)
    words: list[str] = []
    at = s
    for h in doc.hits("actors", index):  # in text order; a hit with two labels comes twice
        if h.start < at:
            continue
        words += _WORD.findall(lowered, at, h.start)
        words.append(STATE)
        at = h.end
    words += _WORD.findall(lowered, at, e)
    return {*words, *map("_".join, pairwise(words))}


def _lowered(doc: Document) -> str:
    """The article lower-cased once (offsets kept: a character whose lower case is longer,
    as Turkish dotted I, is left as it was)."""
    found = doc.__dict__.get("_lowered")
    if found is None:
        found = doc.text.lower()
        if len(found) != len(doc.text):
            found = "".join(c if len(c.lower()) != 1 else c.lower() for c in doc.text)
        doc.__dict__["_lowered"] = found
    return found


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
