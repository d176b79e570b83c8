"""One article being read: its sentences, publication day and lexicon hits, computed lazily once."""

from __future__ import annotations

import bisect
from datetime import date, datetime
from functools import cached_property

from streams.extract.dates import DateMention, find_dates
from streams.extract.lexicon import Hit, load_lexicon, tokenize
from streams.extract.sentences import clause_spans, sentence_spans

_CASED = frozenset({"actors"})
_MIN_DOMAIN_CUES = 2
_GENERIC_WEAPONS = frozenset({"engine", "missile", "space_launch", "unspecified"})


class Document:
    """Shared per-article state, so each lexicon scans the text once for all signal kinds."""

    def __init__(self, text: str, published: datetime | date | None) -> None:
        self.text = text
        if isinstance(published, datetime):
            published = published.date()
        self.published: date = published or date.today()
        self.sentences = sentence_spans(text)
        self._starts = [s for s, _ in self.sentences]
        self._hits: dict[str, list[list[Hit]]] = {}
        self._tokens = tokenize(text)
        self._cased = [t[2] for t in self._tokens]
        self._folded = [t.lower() for t in self._cased]
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._dates: dict[bool, list[DateMention]] = {}

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def hits(self, lexicon: str, index: int, *labels: str) -> list[Hit]:
        """Hits of one lexicon in sentence `index`, optionally only the given labels."""
        if lexicon not in self._hits:
            lex = load_lexicon(lexicon, ignore_case=lexicon not in _CASED)
            buckets: list[list[Hit]] = [[] for _ in self.sentences]
            keys = self._folded if lex.ignore_case else self._cased
            for hit in lex.scan(self._tokens, keys):
                buckets[self.sentence_index(hit.start)].append(hit)
            self._hits[lexicon] = buckets
        if not 0 <= index < len(self.sentences):
            return []
        found = self._hits[lexicon][index]
        return [h for h in found if h.label in labels] if labels else found

    def between(self, lexicon: str, start: int, end: int, *labels: str) -> list[Hit]:
        """Hits of one lexicon lying inside text[start:end] (may span sentences)."""
        out: list[Hit] = []
        for i in range(self.sentence_index(start), self.sentence_index(max(start, end - 1)) + 1):
            out.extend(h for h in self.hits(lexicon, i, *labels) if h.start >= start and h.end <= end)
        return out

    def dates(self, start: int, end: int, *, future: bool) -> list[DateMention]:
        """Date expressions inside text[start:end], parsed once per article and direction."""
        if future not in self._dates:
            self._dates[future] = find_dates(self.text, 0, len(self.text), self.published, future=future)
        return [d for d in self._dates[future] if d.start >= start and d.end <= end]

    @cached_property
    def in_domain(self) -> bool:
        """Whether the article is about weapons or military affairs at all (cheap article gate)."""
        cues = sum(
            len(self.hits("domain", i, "DOMAIN"))
            + sum(h.id not in _GENERIC_WEAPONS for h in self.hits("weapons", i, "WEAPON"))
            for i in range(len(self.sentences))
        )
        return cues >= min(_MIN_DOMAIN_CUES, len(self.sentences))

    def sentence_in_domain(self, index: int, *, window: int = 1) -> bool:
        """A domain cue in this sentence or its neighbours, and no distractor outweighing it."""
        own = self.hits("domain", index)
        distractors = sum(h.label == "DISTRACTOR" for h in own)
        cues = sum(h.label == "DOMAIN" for h in own)
        if distractors and distractors >= cues:
            return False
        if cues or (self.in_domain and self.hits("actors", index)):
            return True
        return any(
            self.hits("domain", i, "DOMAIN")
            for i in range(index - window, index + window + 1)
            if i != index
        )

    def clauses(self, index: int) -> list[tuple[int, int]]:
        """Clause spans of sentence `index`, split once per article."""
        if index not in self._clauses:
            self._clauses[index] = clause_spans(self.text, *self.sentences[index])
        return self._clauses[index]

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause holding char `pos` (its sentence if none does)."""
        index = self.sentence_index(pos)
        for c in self.clauses(index):
            if c[0] <= pos < c[1]:
                return c
        return self.sentences[index]

    def sentence_text(self, index: int) -> str:
        s, e = self.sentences[index]
        return self.text[s:e]
