"""Benchmark extract(): articles per second on one core for ~700-word in-domain articles.

Run as `python -m streams.bench.extraction [--articles N]`. Article text comes from
../shared/eval/dev when present, else seeds/seed-0001.json, read at run time.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from datetime import datetime
from pathlib import Path

from streams.extract import extract

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
SOURCES = (REPO.parent / "shared" / "eval" / "dev", REPO / "seeds")
WORDS = 700


def article_texts(*, quiet: bool = False) -> list[tuple[str, datetime | None]]:
    """In-domain article texts with their publication dates, from the first source that has any;
    `quiet` also takes dev articles whose gold has no signals (a sparser mix)."""
    for folder in SOURCES:
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        out = []
        for f in files:
            data = json.loads(f.read_text(encoding="utf-8"))
            published = datetime.fromisoformat(data["published"]) if data.get("published") else None
            if quiet or "gold" not in data or data["gold"].get("signals"):
                out.append((data["text"], published))
        if out:
            return out
    sys.exit("no article texts found in ../shared/eval/dev or seeds/")


def build_articles(n: int, *, quiet: bool = False) -> list[tuple[str, datetime | None]]:
    """n articles of about WORDS words, each stitched from paragraphs of different sources."""
    paragraphs = [(p, pub) for text, pub in article_texts(quiet=quiet) for p in text.split("\n") if p.strip()]
    articles, i = [], 0
    for _ in range(n):
        parts: list[str] = []
        published = paragraphs[i % len(paragraphs)][1]
        while sum(len(p.split()) for p in parts) < WORDS:
            parts.append(paragraphs[i % len(paragraphs)][0])
            i += 1
        articles.append(("\n".join(parts), published))
    return articles


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument(
        "--with-quiet", action="store_true",
        help="also stitch in paragraphs of dev articles without signals (a sparser mix, not the headline)",
    )
    args = ap.parse_args(argv)

    articles = build_articles(args.articles, quiet=args.with_quiet)
    for text, published in articles[:50]:  # warm up: lexicons compiled, caches filled
        extract(text, published=published)
    signals = 0
    start = time.perf_counter()
    for text, published in articles:
        signals += len(extract(text, published=published))
    elapsed = time.perf_counter() - start
    words = sum(len(t.split()) for t, _ in articles) / len(articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)}  words/article: {words:.0f}  signals/article: {signals / len(articles):.1f}")
    print(f"seconds: {elapsed:.2f}  articles/s: {len(articles) / elapsed:.0f}  peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
