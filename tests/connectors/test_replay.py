import json
from pathlib import Path

import pytest

from connectors.replay import ArticleFileError, read_article_files
from tests.conftest import SEED


def test_the_seed_article_is_read_with_its_metadata() -> None:
    (article,) = read_article_files([SEED])

    assert article.id == "seed-0001"
    assert article.published.isoformat() == "2019-12-14T12:00:00+00:00"
    assert "moratorium" in article.text


def test_a_gold_key_is_ignored(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(
        json.dumps(
            {
                "id": "x",
                "text": "t",
                "published": "2020-01-01T00:00:00+00:00",
                "gold": {"signals": []},
            }
        )
    )

    (article,) = read_article_files([f])

    assert article.id == "x"


def test_a_folder_yields_its_json_and_text_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second article\nbody")
    (tmp_path / "a.json").write_text(
        json.dumps({"id": "first", "text": "t", "published": "2020-01-01T00:00:00+00:00"})
    )
    (tmp_path / "notes.md").write_text("ignored")

    articles = list(read_article_files([tmp_path]))

    assert articles[0].id == "first"
    assert articles[1].title == "Second article" and articles[1].id.startswith("txt-")


def test_a_text_file_gets_the_same_id_each_time(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Same words")

    assert next(read_article_files([f])).id == next(read_article_files([f])).id


@pytest.mark.parametrize("content", ["{not json", "[]", '{"id": "x"}'])
def test_a_bad_file_is_reported_with_its_name(tmp_path: Path, content: str) -> None:
    f = tmp_path / "bad.json"
    f.write_text(content)

    with pytest.raises(ArticleFileError, match="bad.json"):
        list(read_article_files([f]))
