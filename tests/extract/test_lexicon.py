"""Lexicons are validated spaCy entity-ruler phrase patterns; bad lines are reported precisely."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from streams.extract.lexicon import LexiconError, load_lexicon, load_patterns, read_patterns

NAMES = sorted(
    p.name.removesuffix(".jsonl")
    for p in (resources.files("streams.extract") / "lexicons").iterdir()
    if p.name.endswith(".jsonl")
)


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_lexicon_validates_and_compiles(name: str) -> None:
    lexicon = load_lexicon(name)

    assert lexicon.patterns and lexicon.scan([])  == []


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_lexicon_loads_into_a_spacy_entity_ruler_unchanged(name: str) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")

    ruler.add_patterns([p.model_dump() for p in load_patterns(name)])

    assert len(ruler.patterns) == len(load_patterns(name))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"label": "ACTOR", "pattern": "Pyongyang"}', "id"),
        ('{"label": "ACTOR", "pattern": "Pyongyang", "id": "PRK", "extra": 1}', "extra"),
        ('{"label": "ACTOR", "pattern": "", "id": "PRK"}', "pattern"),
        ("not json", "actors.jsonl:2"),
    ],
)
def test_a_bad_line_names_the_file_and_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "actors.jsonl"
    path.write_text('{"label": "ACTOR", "pattern": "Seoul", "id": "KOR"}\n' + line + "\n")

    with pytest.raises(LexiconError) as error:
        read_patterns(path, "actors.jsonl")

    assert "actors.jsonl:2" in str(error.value)
    assert message in str(error.value)


def test_an_empty_lexicon_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n")

    with pytest.raises(LexiconError, match="empty.jsonl"):
        read_patterns(path, "empty.jsonl")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("an end-of-year deadline", "end-of-year deadline"),
        ("an end of year deadline", "end of year deadline"),
        ("North Korea’s leader", "North Korea"),
    ],
)
def test_hyphens_spaces_and_curly_quotes_match_either_way(text: str, surface: str) -> None:
    hits = load_lexicon("deadline").hits(text) + load_lexicon("actors", ignore_case=False).hits(text)

    assert any(surface.startswith(text[h.start : h.end]) or text[h.start : h.end] in surface for h in hits)
