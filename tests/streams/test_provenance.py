import pytest

from streams.provenance import quoted_source, sentence_around


@pytest.mark.parametrize(("sentence", "who"), [
    ("The missile flew 600 km before landing at sea, KCNA said.", "KCNA"),
    ("Two launches were detected, the Joint Chiefs of Staff said in a statement.",
     "the Joint Chiefs of Staff"),
    ("According to the Korean Central News Agency, the leader watched the launch.",
     "the Korean Central News Agency"),
    ("The deadline stands, U.S. officials said on Monday.", "U.S. officials"),
    ("He said the talks would go on.", None),
    ("The launch came days after the summit.", None),
])
def test_the_quoted_source_is_named_where_the_sentence_says(sentence: str, who: str | None) -> None:
    assert quoted_source(sentence) == who


def test_the_sentence_around_a_span_is_the_whole_sentence() -> None:
    text = "First one here. Pyongyang fired a missile on Friday. Third sentence."
    start = text.index("fired")

    assert sentence_around(text, start, start + 5) == "Pyongyang fired a missile on Friday."
