"""Whole-article challenge cases: an article with the signals the guidelines require of it,
the mentions they leave open, and the check that compares the extractor's output with both.

Each article lists its required signals as (kind, evidence phrase, attrs subset): some match of
that kind must overlap the phrase and carry the attrs (a set means any of those values; a list
compares as a set, as the scorer does). `optional` lists (kind, phrase) mentions the guidelines
leave open: a match overlapping one is neither required nor a false alarm. Every other match is
a false alarm, as in the scorer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from streams.extract import extract

W, E, D, M = "weapons_test", "escalation", "deadline", "moratorium"


@dataclass
class Article:
    name: str
    published: date
    text: str
    expect: list[tuple[str, str, dict]]
    optional: list[tuple[str, str]] = field(default_factory=list)


def _same(got: object, want: object) -> bool:
    if isinstance(want, set):
        return isinstance(got, str | None) and got in want
    if isinstance(want, list) and isinstance(got, list):
        return set(got) == set(want)
    return got == want


def attrs_hold(got: dict, want: dict) -> bool:
    """Whether a match's attrs hold every wanted value: a set of acceptable values (a list attr
    within it), a list in any order, or the value itself."""
    for key, value in want.items():
        have = got.get(key)
        if isinstance(value, set):
            ok = bool(have) and set(have) <= value if isinstance(have, list) else have in value
        else:
            ok = (sorted(have) == sorted(value)) if isinstance(value, list) and isinstance(have, list) else have == value
        if not ok:
            return False
    return True


def check_paragraph(name: str, published: date, text: str, expect: list, optional: list, kinds: tuple[str, ...]) -> None:
    """A paraphrase paragraph's `kinds` of signals: every expected one found with its attrs, and nothing
    outside the expected and optional phrases."""
    found = [m for m in extract(text, published=published) if m.kind in kinds]
    for kind, phrase, attrs in expect:
        start = text.index(phrase)
        hits = [m for m in found if m.kind == kind and m.start < start + len(phrase) and start < m.end]
        assert any(attrs_hold(m.attrs, attrs) for m in hits), (name, phrase, [m.attrs for m in hits])
    covered = [(k, text.index(p), text.index(p) + len(p)) for k, p, _ in expect]
    covered += [(k, text.index(p), text.index(p) + len(p)) for k, p in optional]
    assert all(any(k == m.kind and s < m.end and m.start < e for k, s, e in covered) for m in found), (name, found)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.find(phrase)
    assert start >= 0, f"phrase not in text: {phrase!r}"
    return start, start + len(phrase)


def problems(article: Article) -> list[str]:
    text = article.text
    found = extract(text, published=article.published)
    out = []
    for kind, phrase, attrs in article.expect:
        s, e = _span(text, phrase)
        hits = [m for m in found if m.kind == kind and m.start < e and s < m.end]
        if not hits:
            out.append(f"missed {kind}: {phrase!r}")
        elif not any(all(_same(m.attrs.get(a), v) for a, v in attrs.items()) for m in hits):
            out.append(f"{kind} {phrase!r}: want {attrs} got {[m.attrs for m in hits]}")
    covered = [(k, *_span(text, p)) for k, p, _ in article.expect] + [(k, *_span(text, p)) for k, p in article.optional]
    for m in found:
        if not any(k == m.kind and m.start < e and s < m.end for k, s, e in covered):
            out.append(f"false {m.kind}: {m.text!r} {m.attrs}")
    return out


def named(articles: list[Article], prefix: str) -> Article:
    """The one article whose name starts with `prefix` (for amending labels after a review)."""
    (article,) = [a for a in articles if a.name.startswith(prefix)]
    return article


def known_gap(article: Article, kind: str, phrase: str, attrs: dict | None) -> None:
    """Record a required mention the extractor still gets wrong: with `attrs`, only those are
    checked; with None it is not found at all and stays as an optional mention."""
    at = next(i for i, (k, p, _) in enumerate(article.expect) if k == kind and p == phrase)
    if attrs is None:
        del article.expect[at]
        article.optional.append((kind, phrase))
    else:
        article.expect[at] = (kind, phrase, attrs)
