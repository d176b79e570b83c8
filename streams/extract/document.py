"""One article being read: its sentences, publication day and lexicon hits, computed lazily once."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cache, cached_property
from itertools import compress

from streams.extract.dates import DateMention, date_matches, resolve
from streams.extract.lexicon import Hit, load_lexicon
from streams.extract.scanner import Scanner, Tokens
from streams.extract.sentences import clause_spans, evidence_span, sentence_spans

_CASED = frozenset({"actors"})
LEXICONS = ("actors", "deadline", "domain", "escalation", "moratorium", "tests", "weapons")
_MIN_DOMAIN_CUES = 2
_MIN_ITEM_CUES = 4  # a digest item: this many cues in a paragraph of two or more sentences, no distractor
_PARAGRAPH_BREAK = re.compile(r"\n")
_GENERIC_WEAPONS = frozenset({"engine", "missile", "space_launch", "unspecified"})
# a rank counts as a title only, capitalised and before a name ("Major General Ivan Petrov"), not
# in "a major general strike" or "the Vice Admiral of the yacht club"
_RANK_TITLE = re.compile(r"(?-i:[A-Z][a-z]+ [A-Z][a-z]+)(?= (?-i:[A-Z]))")


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
        # per direction (indexed by `future`: past, future), grammar match index -> its mention
        self._resolved: tuple[dict[int, DateMention | None], dict[int, DateMention | None]] = ({}, {})
        self._labelled: dict[tuple[str, int, tuple[str, ...]], list[Hit]] = {}
        self._labelled_runs: dict[tuple[str, str], tuple[list[Hit], list[int], list[int]]] = {}
        self._labels_in: dict[str, list[set[str]]] = {}  # per lexicon, the labels in each sentence
        self._with: dict[tuple[str, tuple[str, ...]], list[int]] = {}  # sentences_with's memo
        self.test_starts: dict[int, frozenset[int]] = {}  # actors._is_test's memo: trigger starts per sentence
        self.object_like: dict[int, bool] = {}  # actors.is_object's memo, by hit start
        self._clause_at: dict[int, tuple[int, int]] = {}
        self._in_domain: dict[int, bool] = {}
        self.weapon_spans: dict[tuple[int, int], list[Hit]] = {}  # scope.weapon_hits' memo
        self.for_before: dict[int, bool] = {}  # scope._for_before's memo, by weapon hit start
        self.actor_bodies: dict[int, list[Hit]] | None = None  # actors._bodies' memo, per sentence

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def hits(self, lexicon: str, index: int, *labels: str) -> list[Hit]:
        """Hits of one lexicon in sentence `index`, optionally only the given labels."""
        if labels:  # the hot path: a labelled pick already made (only in-range picks are stored)
            picked = self._labelled.get((lexicon, index, labels))
            if picked is not None:
                return picked
        if not 0 <= index < len(self.sentences):
            return []
        found = self._lexicon_hits[lexicon][index]
        if not labels:
            return found
        # asked again and again per trigger: filter once per article (an empty bucket is its own pick)
        picked = self._labelled[(lexicon, index, labels)] = [h for h in found if h.label in labels] if found else found
        return picked

    def sentences_with(self, lexicon: str, *labels: str) -> list[int]:
        """Indices of the sentences holding a hit of `lexicon` (of one of `labels`, if given):
        the only sentences a matcher driven by those cues needs to look at."""
        key = (lexicon, labels)
        found = self._with.get(key)
        if found is None:  # several matchers ask for the same cue sentences: scan once (callers don't mutate)
            if not labels:
                found = [i for i, hits in enumerate(self._lexicon_hits[lexicon]) if hits]
            else:
                present = self._label_sets(lexicon)
                found = [i for i, here in enumerate(present) if here and not here.isdisjoint(labels)]
            self._with[key] = found
        return found

    def labels(self, lexicon: str, index: int) -> set[str]:
        """The labels of one lexicon's hits in sentence `index`, built once per article
        (a shared set: read it, don't mutate it)."""
        return self._label_sets(lexicon)[index]

    def _label_sets(self, lexicon: str) -> list[set[str]]:
        present = self._labels_in.get(lexicon)
        if present is None:
            present = self._labels_in[lexicon] = [{h.label for h in found} for found in self._lexicon_hits[lexicon]]
        return present

    @cached_property
    def _lexicon_hits(self) -> dict[str, list[list[Hit]]]:
        """Every lexicon's hits in one merged pass, bucketed by sentence."""
        return dict(zip(LEXICONS, _scanner().scan(self.tokens, self._starts)))

    def between(self, lexicon: str, start: int, end: int, label: str) -> list[Hit]:
        """Hits of one lexicon and label lying inside text[start:end] (may span sentences)."""
        found = self._labelled_runs.get((lexicon, label))
        if found is None:
            found = self._labelled_runs[(lexicon, label)] = self._run_of(lexicon, label)
        hits, starts, ends = found
        if not hits:
            return []
        # a lexicon's matches don't overlap, so both starts and ends ascend: two bisects
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(ends, end)
        return hits[lo:hi] if lo < hi else []

    def _run_of(self, lexicon: str, label: str) -> tuple[list[Hit], list[int], list[int]]:
        """Every hit of one lexicon and label in text order, with its starts and ends."""
        hits = [h for found in self._lexicon_hits[lexicon] for h in found if h.label == label]
        return hits, [h.start for h in hits], [h.end for h in hits]

    def dates(self, start: int, end: int, *, future: bool) -> list[DateMention]:
        """Date expressions inside text[start:end]; each grammar match is resolved only when
        first asked for, once per article and direction."""
        starts = self._date_starts  # ascending: the grammar's matches don't overlap
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo == hi:
            return []
        matches, resolved, out = self._date_matches, self._resolved[future], []
        for k in range(lo, hi):
            if k in resolved:
                mention = resolved[k]
            else:
                mention = resolved[k] = resolve(matches[k], self.published, future=future)
            if mention is not None and mention.end <= end:
                out.append(mention)
        return out

    def date_starts(self) -> list[int]:
        """Where each date expression of the article starts, ascending (unresolved)."""
        return self._date_starts

    @cached_property
    def _date_starts(self) -> list[int]:
        return [m.start() for m in self._date_matches]

    @cached_property
    def tokens(self) -> Tokens:
        """The article's tokens as the lexicons split them, made once and shared (read, don't mutate)."""
        return Tokens(self.text)

    @cached_property
    def _date_matches(self) -> list[re.Match[str]]:
        """The date grammar's matches over the whole text, found once for both directions."""
        return date_matches(self.text, self.tokens.keys, self.tokens.starts)

    @cached_property
    def in_domain(self) -> bool:
        """Whether the article is about weapons or military affairs at all (cheap article gate):
        enough domain cues, and more of them than off-domain distractors (a budget-shutdown or
        power-plant story that mentions the Pentagon or a reactor once is still off domain).
        An article that fails as a whole can still hold in-domain items (see `items`)."""
        return self._passes_as_a_whole or bool(self.items)

    @cached_property
    def _passes_as_a_whole(self) -> bool:
        cues, distractors = self._cues_per_sentence
        total = sum(cues)
        return total >= min(_MIN_DOMAIN_CUES, len(self.sentences)) and total > sum(distractors)

    @cached_property
    def items(self) -> list[tuple[int, int]] | None:
        """None when the article as a whole passes the domain gate; otherwise the paragraphs
        (char spans) that pass a stricter gate of their own: a news digest or round-up whose
        one missile-test item sits among market, weather and sport briefs. Only signals inside
        them count (`in_items`); most off-domain articles have none."""
        if self._passes_as_a_whole:
            return None
        cues, distractors = self._cues_per_sentence
        out, start = [], 0
        for end in [*(m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)), len(self.text)]:
            if end <= start:
                start = end + 1
                continue
            first, last = self.sentence_index(start), self.sentence_index(max(start, end - 1))
            own = sum(cues[first : last + 1])
            if own >= _MIN_ITEM_CUES and not any(distractors[first : last + 1]) and last - first + 1 >= 2:
                out.append((start, end))
            start = end + 1
        return out

    def in_items(self, pos: int) -> bool:
        """Whether char `pos` lies in the article's domain: anywhere, unless it is a digest."""
        items = self.items
        return items is None or any(s <= pos < e for s, e in items)

    @cached_property
    def _cues_per_sentence(self) -> tuple[list[int], list[int]]:
        """Per sentence, its domain cues and its off-domain distractors."""
        cues_of, distractors_of = [], []
        for domain, weapons in zip(self._lexicon_hits["domain"], self._lexicon_hits["weapons"]):
            idioms = [h for h in domain if h.label == "DISTRACTOR"]
            cues = sum(self._is_cue(h) for h in domain)
            for h in weapons:
                # a weapon word inside a figurative phrase ("the nuclear option") is no cue
                cues += (
                    h.label == "WEAPON"
                    and h.id not in _GENERIC_WEAPONS
                    and not any(d.start <= h.start < d.end for d in idioms)
                )
            cues_of.append(cues)
            distractors_of.append(len(idioms))
        return cues_of, distractors_of

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
        cues = sum(self._is_cue(h) for h in own)
        # a tie goes to the sentence only in an in-domain article and when it names a state: "to warn
        # that Tokyo would take steps" beside a line on funds for reactors
        if distractors and (distractors > cues or (distractors == cues and not (self.in_domain and self.hits("actors", index)))):
            return False
        if cues or (self.in_domain and self.hits("actors", index)):
            return True
        return any(
            self._is_cue(h)
            for i in range(index - window, index + window + 1)
            if i != index
            for h in self.hits("domain", i, "DOMAIN")
        )

    def _is_cue(self, h: Hit) -> bool:
        """A domain lexicon hit that counts for the gate: a DOMAIN word, a rank only as a title."""
        return h.label == "DOMAIN" and (h.id != "rank" or _RANK_TITLE.match(self.text, h.start) is not None)

    def clauses(self, index: int) -> list[tuple[int, int]]:
        """Clause spans of sentence `index`, split once per article."""
        if index not in self._clauses:
            self._clauses[index] = clause_spans(self.text, *self.sentences[index])
        return self._clauses[index]

    def evidence(self, index: int, start: int, end: int, *, max_words: int = 28) -> tuple[int, int]:
        """sentences.evidence_span in sentence `index`, on its cached clauses."""
        sentence = self.sentences[index]
        return evidence_span(
            self.text, sentence, start, end, max_words=max_words, clauses=self.clauses(index), count=self._count
        )

    @cached_property
    def _count(self) -> Callable[[int, int], int] | None:
        """word_count between bounds that cut no word, by bisecting the word tokens' offsets: the
        text's \\w+ runs are its alphanumeric tokens unless an underscore joins two of them."""
        if "_" in self.text:
            return None
        tokens = self.tokens
        words = list(map(str.isalnum, tokens.surfaces))
        starts, ends = list(compress(tokens.starts, words)), list(compress(tokens.ends, words))
        return lambda s, e: bisect.bisect_right(ends, e) - bisect.bisect_left(starts, s)

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
