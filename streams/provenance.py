"""Where a signal comes from inside its article: the whole sentence, and who it quotes."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s+|$)|\n\s*\n")
_SAID = r"(?:said|says|reported|reports|announced|stated|told|warned|added|claimed|quoted)"
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|for|and)){0,7}"
_ROLE = r"(?:\s+(?:officials?|spokes(?:man|woman|person)|ministry|military|media|diplomats?))?"
_QUOTED = (
    # "..., KCNA said." / "the Joint Chiefs of Staff said in a statement" / "U.S. officials said"
    re.compile(rf"\b(?P<who>{_NAME}{_ROLE}),?\s+{_SAID}\b"),
    # "said KCNA" / "according to the Korean Central News Agency"
    re.compile(rf"\b(?:{_SAID}|[Aa]ccording to)\s+(?P<who>{_NAME}{_ROLE})"),
)
_NOT_A_SOURCE = frozenset({"he", "she", "it", "they", "we", "i", "the", "this", "that", "but"})


def sentence_around(text: str, start: int, end: int, *, limit: int = 600) -> str:
    """The sentence holding text[start:end] (cut to `limit` characters around the span)."""
    s = max(start - limit, 0)
    for m in _SENTENCE_END.finditer(text, s, start):
        s = m.end()
    after = _SENTENCE_END.search(text, end)
    e = min(after.end() if after else len(text), end + limit)
    return text[s:e].strip()


def quoted_source(sentence: str) -> str | None:
    """Who the sentence attributes its words to ("KCNA", "the Joint Chiefs of Staff"), if named."""
    for pattern in _QUOTED:
        for m in pattern.finditer(sentence):
            who = m.group("who").strip()
            words = who.split()
            while words and words[-1].lower() in {"of", "for", "and"}:
                words.pop()
            who = " ".join(words)
            if who and who.lower() not in _NOT_A_SOURCE:
                return who
    return None
