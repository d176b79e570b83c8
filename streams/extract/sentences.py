"""Cheap regex sentence and clause splitting: spans over the whole article, no tokeniser."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

# The end mark is consumed rather than looked behind for, so the engine skips ahead to the
# next . ! ? or newline instead of testing a lookbehind at every character (~2x faster).
# A capitalised word right after the mark also ends a sentence: scraped pages lose the space
# ("fired a missile on Thursday.Intelligence authorities ...", "on Sunday.A military official
# said"); "U.S.Navy" and "U.S.A " are abbreviations.
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9]|[“‘(\[]?[A-Z][a-z]|[AI]\s+[A-Za-z])|\n""")
_LAST_WORD = re.compile(r"(\w[\w.]*)[.!?]?[\"'”’)\]]*$")  # 'policy".' has no last word: it ends
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "adm", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "d.c"]
)
# Every alternative opens with a character, never a lookbehind, and the four that open with
# spaces share them: the regex engine then skips most positions cheaply (~3x faster).
_CLAUSE_BREAK = re.compile(
    r",(?<!\d,)(?!\d)\s*|;\s*|:\s+|\)\s+"
    r"|\s+(?:[–—]\s+|-\s+|\((?=[a-z])|(?=(?:but|while|whereas|although|though|because|after|before)\s))"
)
# " and " before a new subject and its verb, after a lowercase word: "... in the desert and
# Pakistan answered with six", not "India and Pakistan tested". A literal prefix: searched fast.
_NEW_SUBJECT = re.compile(
    r" and (?=(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+"
    r"(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does|said|says|told|warned"
    r"|vowed|[a-z]{2,}ed)\b)"
)
_WORD = re.compile(r"\w+")
# "anti-satellite (ASAT) missile", "the Joint Chiefs of Staff (JCS) said": an acronym in
# parentheses is part of its noun phrase, not a parenthetical closing a clause
_ACRONYM_BEFORE = re.compile(r"\([A-Z][A-Z0-9.&\-]{1,11}$")


def _breaks(text: str, start: int, end: int):
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if text[m.start()] == ")" and text[m.end() : m.end() + 1] not in ("-", "–", "—") \
                and _ACRONYM_BEFORE.search(text, max(start, m.start() - 14), m.start()):  # not a dateline's "(AP) - "
            continue
        yield m


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding space; abbreviations don't split."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group() == "\n":
            if not _paragraph_break(text, start, m.start()):
                continue
        else:
            mark = m.start() + 1  # just after the end mark
            # the word can't reach back past a space: searching from there saves ~20 attempts
            word = _LAST_WORD.search(text, max(start, mark - 20, text.rfind(" ", start, mark) + 1), mark)
            if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS or _initial(word.group(1))):
                continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _initial(word: str) -> bool:
    """A capital initial ("John F. Kennedy"); a day number ("Aug. 5.") ends a sentence."""
    word = word.rstrip(".")
    return len(word) == 1 and word.isupper()


def _paragraph_break(text: str, start: int, pos: int) -> bool:
    """A newline ends a sentence after end punctuation, before a blank line, or after a heading."""
    before = text[start:pos].rstrip()
    if not before or before[-1] in ".!?:\"”'’)":
        return True
    if text[pos + 1 : pos + 2] in ("\n", "") or text[pos + 1 : pos + 40].strip() == "":
        return True
    line = before[before.rfind("\n") + 1 :]
    if line[-1] in ",;:-–—(" or line[-1].islower():
        return line.isupper()
    return len(line.split()) <= 8


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of text[start:end] split at commas, semicolons, dashes and subordinators, and
    at " and " opening a clause with a subject of its own."""
    out, s = [], start
    matches = _breaks(text, start, end) if text.find(")", start, end) >= 0 else _CLAUSE_BREAK.finditer(text, start, end)
    extra = []
    i = text.find(" and ", start, end)
    while i >= 0:  # most "and"s go on in lower case: only one before a capital is looked at
        after = text[i + 5 : i + 6]
        if (
            (after.isupper() or after == "t")
            and text[max(start, text.rfind(" ", start, i) + 1)].islower()  # not "India and Pakistan"
            and _NEW_SUBJECT.match(text, i, end)
        ):
            extra.append((i, i + 1))  # the clause opens at "and"
        i = text.find(" and ", i + 5, end)
    if extra:
        for b, e in sorted([m.span() for m in matches] + extra):
            if b >= s:
                if b > s:
                    out.append((s, b))
                s = e
    else:
        for m in matches:
            if m.start() > s:
                out.append((s, m.start()))
            s = m.end()
    if end > s:
        out.append((s, end))
    return out or [(start, end)]


def may_end_on_word(window: str, words: frozenset[str]) -> bool:
    """A cheap necessary condition for a case-insensitive `\\b(?:word|...)\\s+$` regex to
    search true in `window`: it ends in whitespace after a run of letters that is one of `words`
    (folded; a non-ASCII run may fold onto one, so it passes). Lets callers skip a $-anchored
    alternation that would be tried at every position of the window."""
    stripped = window.rstrip()
    if not stripped or len(stripped) == len(window):
        return False
    i = len(stripped)
    while i and stripped[i - 1].isalpha():
        i -= 1
    word = stripped[i:]
    return not word.isascii() or word.lower() in words


def word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def evidence_span(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    *,
    min_words: int = 4,
    max_words: int = 28,
    clauses: list[tuple[int, int]] | None = None,
    count: Callable[[int, int], int] | None = None,
) -> tuple[int, int]:
    """The clause around text[start:end], widened to neighbours while short, trimmed while long;
    `clauses` are the sentence's clause spans if the caller has them already, `count` a
    faster word_count for bounds that are clause bounds (which never cut a word)."""
    if clauses is None:
        clauses = clause_spans(text, *sentence)
    if count is None:
        count = partial(word_count, text)
    first = next(i for i, c in enumerate(clauses) if c[1] > start or c is clauses[-1])
    last = len(clauses) - 1
    while last > 0 and clauses[last][0] >= end:
        last -= 1
    last = max(first, last)
    words = count(clauses[first][0], clauses[last][1])
    while words < min_words:
        if last + 1 < len(clauses):
            last += 1
        elif first > 0:
            first -= 1
        else:
            break
        words = count(clauses[first][0], clauses[last][1])
    s, e = clauses[first][0], clauses[last][1]
    if words > max_words:
        half = max_words // 2
        before = [m.start() for m in _WORD.finditer(text, s, start)]
        after = [m.end() for m in _WORD.finditer(text, end, e)]
        s = before[-half] if len(before) > half else s
        e = after[half - 1] if len(after) >= half else e
    e = max(e, end)
    s = min(s, start)
    while e > s and text[e - 1] in " ,;:.":
        e -= 1
    return s, e
