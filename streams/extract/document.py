"""One article being read: its sentences, publication day and lexicon hits, computed lazily once."""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime
from functools import cache, cached_property

from streams.extract.dates import DateMention, date_matches, resolve_all
from streams.extract.lexicon import Hit, load_lexicon
from streams.extract.scanner import Scanner, Tokens
from streams.extract.sentences import clause_spans, evidence_span, sentence_spans

_CASED = frozenset({"actors"})
LEXICONS = ("actors", "deadline", "domain", "escalation", "moratorium", "tests", "weapons")
_MIN_DOMAIN_CUES = 2
_GENERIC_WEAPONS = frozenset({"engine", "missile", "space_launch", "unspecified"})


@cache
def _scanner() -> Scanner:
    return Scanner([load_lexicon(n, ignore_case=n not in _CASED) for n in LEXICONS])


class Document:
    """Shared per-article state, so each lexicon scans the text once for all signal kinds."""

    def __init__(self, text: str, published: datetime | date | None) -> None:
        self.text = text
        if isinstance(published, datetime):
            published = published.date()
        self.published: date = published or date.today()
        self.sentences = sentence_spans(text)
        self._starts = [s for s, _ in self.sentences]
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._dates: dict[bool, list[DateMention]] = {}
        self._date_starts: dict[bool, list[int]] = {}
        self._clause_at: dict[int, tuple[int, int]] = {}
        self._in_domain: dict[int, bool] = {}
        self.weapon_spans: dict[tuple[int, int], list[Hit]] = {}  # scope.weapon_hits' memo

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def hits(self, lexicon: str, index: int, *labels: str) -> list[Hit]:
        """Hits of one lexicon in sentence `index`, optionally only the given labels."""
        if not 0 <= index < len(self.sentences):
            return []
        found = self._lexicon_hits[lexicon][index]
        return [h for h in found if h.label in labels] if labels else found

    @cached_property
    def _lexicon_hits(self) -> dict[str, list[list[Hit]]]:
        """Every lexicon's hits in one merged pass, bucketed by sentence."""
        return dict(zip(LEXICONS, _scanner().scan(self._tokens, self._starts)))

    def between(self, lexicon: str, start: int, end: int, label: str) -> list[Hit]:
        """Hits of one lexicon and label lying inside text[start:end] (may span sentences)."""
        buckets = self._lexicon_hits[lexicon]
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        last = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        if last <= first:
            return [h for h in buckets[first] if h.label == label and h.start >= start and h.end <= end]
        return [
            h for i in range(first, last + 1) for h in buckets[i]
            if h.label == label and h.start >= start and h.end <= end
        ]

    def dates(self, start: int, end: int, *, future: bool) -> list[DateMention]:
        """Date expressions inside text[start:end], parsed once per article and direction."""
        found = self._dates.get(future)
        if found is None:
            found = self._dates[future] = resolve_all(self._date_matches, self.published, future=future)
            self._date_starts[future] = [d.start for d in found]
        starts = self._date_starts[future]  # ascending: the grammar's matches don't overlap
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [d for d in found[lo:hi] if d.end <= end]

    @cached_property
    def _tokens(self) -> Tokens:
        return Tokens(self.text)

    @cached_property
    def _date_matches(self) -> list[re.Match[str]]:
        """The date grammar's matches over the whole text, found once for both directions."""
        return date_matches(self.text, self._tokens.keys, self._tokens.starts)

    @cached_property
    def in_domain(self) -> bool:
        """Whether the article is about weapons or military affairs at all (cheap article gate)."""
        cues = sum(
            len(self.hits("domain", i, "DOMAIN"))
            + sum(h.id not in _GENERIC_WEAPONS for h in self.hits("weapons", i, "WEAPON"))
            for i in range(len(self.sentences))
        )
        return cues >= min(_MIN_DOMAIN_CUES, len(self.sentences))

    def sentence_in_domain(self, index: int) -> bool:
        """A domain cue in this sentence or its neighbours, and no distractor outweighing it;
        asked once per sentence and article."""
        found = self._in_domain.get(index)
        if found is None:
            found = self._in_domain[index] = self._sentence_in_domain(index)
        return found

    def _sentence_in_domain(self, index: int, *, window: int = 1) -> bool:
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

    def evidence(self, index: int, start: int, end: int, *, max_words: int = 28) -> tuple[int, int]:
        """sentences.evidence_span in sentence `index`, on its cached clauses."""
        sentence = self.sentences[index]
        return evidence_span(self.text, sentence, start, end, max_words=max_words, clauses=self.clauses(index))

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause holding char `pos` (its sentence if none does)."""
        found = self._clause_at.get(pos)
        if found is None:
            index = self.sentence_index(pos)
            found = next((c for c in self.clauses(index) if c[0] <= pos < c[1]), self.sentences[index])
            self._clause_at[pos] = found
        return found

    def sentence_text(self, index: int) -> str:
        s, e = self.sentences[index]
        return self.text[s:e]
