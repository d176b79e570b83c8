"""Seed and article files as Articles: dev-set-shaped JSON (its `gold` ignored) and plain text."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from streams.models import Article

logger = logging.getLogger(__name__)

ARTICLE_FIELDS = frozenset(Article.model_fields)


class ArticleFileError(ValueError):
    """A file that holds no valid article; the message names the file."""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Directories become their *.json and *.txt files, sorted; files stay as given."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in {".json", ".txt"}))
        else:
            out.append(path)
    return out


def article_from_json(path: Path) -> Article:
    """A JSON article file; keys outside the Article model (such as `gold`) are ignored."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleFileError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ArticleFileError(f"{path}: expected a JSON object")
    fields = {k: v for k, v in raw.items() if k in ARTICLE_FIELDS}
    if fields.get("published") is None:
        fields["published"] = datetime.now(UTC)
        fields["published_estimated"] = True
    try:
        return Article.model_validate(fields)
    except ValueError as exc:
        raise ArticleFileError(f"{path}: {exc}") from exc


def article_from_text(path: Path) -> Article:
    """A plain-text article: id from its content, published at the file's modification time."""
    try:
        text = path.read_text(encoding="utf-8")
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleFileError(f"{path}: {exc}") from exc
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    title = text.strip().splitlines()[0][:200] if text.strip() else None
    return Article(id=f"txt-{digest}", title=title, text=text, published=mtime, source=path.name,
                   published_estimated=True)


def read_article_file(path: Path) -> Article:
    return article_from_text(path) if path.suffix == ".txt" else article_from_json(path)


def read_article_files(paths: Iterable[Path]) -> Iterator[Article]:
    """Every article under the paths, in order; raises ArticleFileError on the first bad file."""
    for path in expand_paths(paths):
        yield read_article_file(path)
