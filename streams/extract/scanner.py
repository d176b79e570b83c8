"""All lexicons merged into one token trie, so an article's tokens are walked once, not per lexicon.

Each lexicon keeps its own semantics (leftmost-longest, non-overlapping, case-folded or
not): the walk from a token collects, per lexicon, the longest phrase ending at each depth,
and a lexicon whose last match still covers the token simply does not take part there.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress

from streams.extract.lexicon import Hit, Lexicon

_SPLIT = re.compile(r"([^\W_]+|[^\w\s\-‐‑–])")  # lexicon._TOKEN as a capturing group

# (lexicon slot, exact-case phrase or None when folded, hits the phrase carries)
_Terminal = tuple[int, tuple[str, ...] | None, tuple[tuple[str, str], ...]]


class _Node:
    __slots__ = ("children", "terminals")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terminals: list[_Terminal] = []


class Tokens:
    """An article split like lexicon.tokenize, as parallel lists: offsets come from summed
    part lengths of one re.split, which avoids a match object per token."""

    __slots__ = ("ends", "keys", "starts", "surfaces")

    def __init__(self, text: str) -> None:
        straight = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        parts = _SPLIT.split(straight)
        offsets = list(accumulate(map(len, parts), initial=0))
        self.surfaces: list[str] = parts[1::2]
        self.keys: list[str] = list(map(str.lower, self.surfaces))
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2:-1:2]

    def surface(self, i: int, count: int) -> tuple[str, ...]:
        """The `count` tokens from token i as written (quotes straightened), for cased phrases."""
        return tuple(self.surfaces[i : i + count])


class Scanner:
    """One merged trie over the folded first tokens of every phrase of every lexicon."""

    def __init__(self, lexicons: list[Lexicon]) -> None:
        self.names = [lex.name for lex in lexicons]
        self._root = _Node()
        for slot, lex in enumerate(lexicons):
            for key, ids in lex.entries.items():
                if not key:
                    continue
                node = self._root
                for token in key:
                    node = node.children.setdefault(token.lower(), _Node())
                node.terminals.append((slot, None if lex.ignore_case else key, tuple(ids)))
        self._roots = _frozen(self._root)[0]

    def scan(self, tokens: Tokens, sentence_starts: list[int]) -> list[list[list[Hit]]]:
        """Per lexicon (in the order given), per sentence, its hits in text order, as
        Lexicon.scan finds them; a hit belongs to the last sentence starting at or before it."""
        keys, starts, ends = tokens.keys, tokens.starts, tokens.ends
        n = len(keys)
        roots = self._roots
        free = [0] * len(self.names)  # first token index each lexicon may match from again
        out: list[list[list[Hit]]] = [[[] for _ in sentence_starts] for _ in self.names]
        bounds = [*sentence_starts[1:], n and ends[-1] + 1]
        sentence, next_start = 0, bounds[0] if bounds else 0
        last_sentence = len(bounds) - 1
        # candidate tokens picked in C (compress over a membership map), not a Python loop
        for i in compress(range(n), map(roots.__contains__, keys)):
            children, terminals = roots[keys[i]]
            if not terminals and (i + 1 >= n or keys[i + 1] not in children):
                continue  # opens only longer phrases, and the next word continues none of them
            if not children:  # a one-word phrase ("said", "Iran"): no walk, no longest to pick
                start = starts[i]
                for slot, cased, ids in terminals:
                    if free[slot] <= i and (cased is None or (tokens.surfaces[i],) == cased):
                        while start >= next_start and sentence < last_sentence:
                            sentence += 1
                            next_start = bounds[sentence]
                        free[slot] = i + 1
                        bucket = out[slot][sentence]
                        for label, id_ in ids:
                            bucket.append(Hit(start, ends[i], label, id_))
                continue
            best: dict[int, tuple[int, tuple[tuple[str, str], ...]]] | None = None
            depth = 1
            while True:
                if terminals:
                    for slot, cased, ids in terminals:
                        if free[slot] <= i and (cased is None or tokens.surface(i, depth) == cased):
                            if best is None:
                                best = {}
                            best[slot] = (depth, ids)
                if not children or i + depth >= n:
                    break
                child = children.get(keys[i + depth])
                if child is None:
                    break
                (children, terminals), depth = child, depth + 1
            if best is None:
                continue
            start = starts[i]
            while start >= next_start and sentence < last_sentence:
                sentence += 1
                next_start = bounds[sentence]
            for slot, (k, ids) in best.items():
                free[slot] = i + k
                end = ends[i + k - 1]
                bucket = out[slot][sentence]
                for label, id_ in ids:
                    bucket.append(Hit(start, end, label, id_))
        return out


# A trie node as the scan walks it: (children by folded token, terminals), in plain tuples.
_Frozen = tuple[dict[str, "_Frozen"], tuple[_Terminal, ...]]


def _frozen(node: _Node) -> _Frozen:
    return {k: _frozen(c) for k, c in node.children.items()}, tuple(node.terminals)
