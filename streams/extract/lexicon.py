"""Lexicons: JSONL phrase patterns (spaCy entity-ruler format) compiled once into token tries.

The files load into spaCy's EntityRuler unchanged; extraction matches them itself, like
spaCy's PhraseMatcher (LOWER or ORTH) over one cheap regex tokenisation of the article.
Document scans all lexicons at once through scanner.Scanner; Lexicon.scan is the
one-lexicon reference it must agree with (tests/extract/test_fast_paths.py).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

logger = logging.getLogger(__name__)

_SEPARATORS = re.compile(r"[\s\-‐‑–]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class LexiconError(ValueError):
    """A lexicon file that is not valid JSONL patterns; the message names file and line."""


class Pattern(BaseModel):
    """One phrase pattern, as spaCy's entity ruler reads it: `id` groups spellings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str = Field(min_length=1)
    pattern: str = Field(min_length=1)
    id: str = Field(min_length=1)


@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """One lexicon match in a text: absolute char offsets, the pattern's label and id.

    Treat as immutable. Not declared frozen: an article makes ~300 hits, and a frozen
    dataclass's __init__ (object.__setattr__ per field) costs 3-4x a plain one."""

    start: int
    end: int
    label: str
    id: str


def normalise(surface: str, *, ignore_case: bool) -> str:
    """The lookup key of a surface string: curly quotes straightened, hyphens as spaces."""
    key = _SEPARATORS.sub(" ", surface.translate(_APOSTROPHES)).strip()
    return key.lower() if ignore_case else key


_TOKEN = re.compile(r"[^\W_]+|[^\w\s\-‐‑–]")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each word or punctuation mark; hyphens and spaces only separate."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text.translate(_APOSTROPHES))]


class Lexicon:
    """Patterns of one file as a token trie: a leftmost-longest scan over pre-split tokens.

    Python's regex engine tries every alternative at every position, so a few hundred
    phrases cost ~20 ms per article; a dict keyed by first token costs ~0.1 ms.
    """

    def __init__(self, name: str, patterns: tuple[Pattern, ...], *, ignore_case: bool) -> None:
        self.name = name
        self.patterns = patterns
        self.ignore_case = ignore_case
        self._first: dict[str, list[tuple[tuple[str, ...], list[tuple[str, str]]]]] = {}
        # phrase key (tokens, folded if ignore_case) -> (label, id) pairs, in file order
        self.entries: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for p in patterns:
            key = tuple(self._key(t[2]) for t in tokenize(p.pattern))
            ids = self.entries.setdefault(key, [])
            if (p.label, p.id) not in ids:
                ids.append((p.label, p.id))
        for key, ids in sorted(self.entries.items(), key=lambda kv: len(kv[0]), reverse=True):
            if key:
                self._first.setdefault(key[0], []).append((key, ids))

    def _key(self, token: str) -> str:
        return token.lower() if self.ignore_case else token

    def scan(self, tokens: list[tuple[int, int, str]], keys: list[str] | None = None) -> list[Hit]:
        """Every leftmost-longest non-overlapping match, one hit per label its phrase carries;
        `keys` are the tokens already case-folded as this lexicon wants, if the caller has them."""
        out: list[Hit] = []
        if keys is None:
            keys = [self._key(t[2]) for t in tokens]
        first, n, i = self._first, len(tokens), 0
        while i < n:
            candidates = first.get(keys[i])
            if candidates:
                for key, ids in candidates:
                    k = len(key)
                    if i + k <= n and (k == 1 or tuple(keys[i : i + k]) == key):
                        out.extend(Hit(tokens[i][0], tokens[i + k - 1][1], label, id_) for label, id_ in ids)
                        i += k - 1
                        break
            i += 1
        return out

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every match inside text[start:end], with offsets into text."""
        end = len(text) if end is None else end
        return [h for h in self.scan(tokenize(text)) if h.start >= start and h.end <= end]

    def labels(self) -> set[str]:
        return {p.label for p in self.patterns}


def read_patterns(path: Traversable, name: str) -> tuple[Pattern, ...]:
    """Validated patterns of one JSONL file; any error names the file and the line."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                out.append(Pattern.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise LexiconError(f"{name}:{number}: {exc}") from exc
    if not out:
        raise LexiconError(f"{name}: no patterns")
    return tuple(out)


def load_patterns(name: str) -> tuple[Pattern, ...]:
    """Validated patterns from lexicons/<name>.jsonl."""
    path = resources.files(__package__) / "lexicons" / f"{name}.jsonl"
    return read_patterns(path, f"{name}.jsonl")


@cache
def load_lexicon(name: str, *, ignore_case: bool = True) -> Lexicon:
    """The compiled lexicon <name>, built once per process."""
    lexicon = Lexicon(name, load_patterns(name), ignore_case=ignore_case)
    logger.debug("loaded lexicon name=%s patterns=%d", name, len(lexicon.patterns))
    return lexicon
