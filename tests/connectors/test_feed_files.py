import gzip
import io
import json
from pathlib import Path

from connectors.feed_files import parse_feed_files
from tests.connectors.conftest import rss, story


def run(*paths: Path) -> tuple[int, list[dict], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    status = parse_feed_files(paths, out=out, err=err)
    return (
        status,
        [json.loads(line) for line in out.getvalue().splitlines()],
        err.getvalue().splitlines(),
    )


def test_articles_are_printed_as_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_bytes(rss(story(1), story(2)))

    status, articles, errors = run(tmp_path / "a.xml")

    assert (status, len(articles), errors) == (0, 2, [])
    assert articles[0]["title"] == "Story number 1 about a missile test"


def test_each_bad_file_is_one_line_on_stderr_and_the_good_ones_still_print(tmp_path: Path) -> None:
    (tmp_path / "good.xml").write_bytes(rss(story(1)))
    (tmp_path / "junk.xml").write_bytes(b"\x00\xff not a feed <<<")
    (tmp_path / "broken.gz").write_bytes(b"\x1f\x8b" + b"garbage")

    status, articles, errors = run(tmp_path, tmp_path / "missing.xml")

    assert (status, len(articles)) == (0, 1)
    assert sorted(e.split(":")[0] for e in errors) == sorted(
        str(tmp_path / n) for n in ("broken.gz", "junk.xml", "missing.xml")
    )


def test_the_exit_status_is_1_when_nothing_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "junk.xml").write_bytes(b"<<<")

    status, articles, errors = run(tmp_path / "junk.xml", tmp_path / "missing.xml")

    assert (status, articles, len(errors)) == (1, [], 2)


def test_a_gzip_file_is_decompressed(tmp_path: Path) -> None:
    (tmp_path / "a.xml.gz").write_bytes(gzip.compress(rss(story(1))))

    status, articles, _ = run(tmp_path / "a.xml.gz")

    assert (status, len(articles)) == (0, 1)
