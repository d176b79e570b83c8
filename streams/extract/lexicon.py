"""Lexicons: JSONL phrase patterns (spaCy entity-ruler format) compiled once into regexes.

The files load into spaCy's EntityRuler unchanged, but extraction scans them with one
compiled alternation per lexicon: a C-speed scan over the article is what keeps
extract() above 1,000 articles/s, where tokenising every article would not.
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


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon match in a text: absolute char offsets, the pattern's label and id."""

    start: int
    end: int
    label: str
    id: str


def normalise(surface: str, *, ignore_case: bool) -> str:
    """The lookup key of a surface string: curly quotes straightened, hyphens as spaces."""
    key = _SEPARATORS.sub(" ", surface.translate(_APOSTROPHES)).strip()
    return key.lower() if ignore_case else key


def _phrase_regex(phrase: str) -> str:
    """A phrase as a regex: any run of spaces or hyphens matches any other, quotes either way."""
    parts = [re.escape(p) for p in _SEPARATORS.split(phrase.translate(_APOSTROPHES).strip())]
    body = r"[\s\-‐‑–]+".join(parts).replace("'", "['’]").replace('"', '["“”]')
    head = r"(?<![\w\-])" if phrase[:1].isalnum() else ""
    tail = r"(?![\w])" if phrase[-1:].isalnum() else ""
    return head + body + tail


class Lexicon:
    """Compiled patterns of one file: finds every hit, longest first, and maps it to label and id."""

    def __init__(self, name: str, patterns: tuple[Pattern, ...], *, ignore_case: bool) -> None:
        self.name = name
        self.patterns = patterns
        self.ignore_case = ignore_case
        self._ids: dict[str, list[tuple[str, str]]] = {}
        for p in patterns:
            ids = self._ids.setdefault(normalise(p.pattern, ignore_case=ignore_case), [])
            if (p.label, p.id) not in ids:
                ids.append((p.label, p.id))
        ordered = sorted({p.pattern for p in patterns}, key=len, reverse=True)
        flags = re.IGNORECASE if ignore_case else 0
        self.regex = re.compile("|".join(_phrase_regex(p) for p in ordered), flags)

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every non-overlapping match in text[start:end], one hit per label its surface carries."""
        out = []
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            for label, id_ in self._ids[normalise(m.group(), ignore_case=self.ignore_case)]:
                out.append(Hit(m.start(), m.end(), label, id_))
        return out

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
