"""Every file of ../shared/feeds (feedparser's test corpus, our samples) through `feeds parse`."""

import io
import json
import time
from pathlib import Path

import pytest

from connectors.feed_files import parse_feed_files

pytestmark = pytest.mark.shared


def test_every_corpus_file_is_parsed_or_reported_and_no_exception_escapes(shared_dir: Path) -> None:
    feeds = shared_dir / "feeds"
    files = [p for p in feeds.rglob("*") if p.is_file()]
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()

    status = parse_feed_files([feeds], out=out, err=err)

    errors = err.getvalue().splitlines()
    articles = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 0
    assert len(files) > 2000
    assert not [e for e in errors if ": failed: " in e]  # only reports, never a crash
    assert all(e.startswith(str(feeds)) for e in errors)  # one line per file, naming it
    assert len(articles) > 400
    assert time.monotonic() - started < 60


def test_the_well_formed_sample_feeds_give_their_articles(shared_dir: Path) -> None:
    samples = shared_dir / "feeds" / "samples"
    out, err = io.StringIO(), io.StringIO()

    parse_feed_files(
        [samples / "rss20_arms_control.xml", samples / "atom10_weapons_tests.xml"], out=out, err=err
    )

    articles = [json.loads(line) for line in out.getvalue().splitlines()]
    assert err.getvalue() == ""
    assert len(articles) >= 10
    assert all(a["title"] and a["text"] and not a["published_estimated"] for a in articles)


def test_the_malformed_sample_is_reported_and_its_readable_entries_used(shared_dir: Path) -> None:
    path = shared_dir / "feeds" / "samples" / "rss_malformed_unclosed_tag_wrong_encoding.xml"
    out, err = io.StringIO(), io.StringIO()

    status = parse_feed_files([path], out=out, err=err)

    titles = [json.loads(line)["title"] for line in out.getvalue().splitlines()]
    assert status == 0
    assert err.getvalue().count("\n") == 1 and "malformed feed" in err.getvalue()
    assert "Talks on nuclear test moratorium resume in Genève after two-week pause" in titles


def test_the_console_script_runs_over_the_corpus(shared_dir: Path) -> None:
    import subprocess
    import sys

    script = Path(sys.executable).parent / "watchfloor"
    result = subprocess.run(
        [script, "feeds", "parse", shared_dir / "feeds" / "samples"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,  # the return code is asserted below, with the output to show
    )

    assert result.returncode == 0
    assert len(result.stdout.splitlines()) >= 14
    assert "Traceback" not in result.stderr
