import pytest

from connectors.html_text import html_to_text, plain_text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Missile <b>test</b> confirmed</p>", "Missile test confirmed"),
        ("<script>alert(1)</script>Launch<style>p {color: red}</style>", "Launch"),
        ('Hello <!-- <script>alert("x")</script> --> world', "Hello world"),
        ("Caf&eacute; &amp; bar&nbsp;&#8212; &lt;b&gt;", "Café & bar — <b>"),
        ("<p>one</p><p>two</p>", "one\ntwo"),
        ("line<br>break", "line\nbreak"),
        ("  lots \n\t of   space  ", "lots of space"),
        ("a < b and c > d", "a < b and c > d"),
        ("<noscript>enable js</noscript><iframe src=x>frame</iframe>Body", "Body"),
        ("", ""),
    ],
)
def test_markup_becomes_clean_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_script_text_inside_a_comment_never_reaches_the_article_text() -> None:
    """feedparser's sanitiser keeps this comment; our cleaner must drop it with its script."""
    markup = '<p>Talks resumed.</p><!--[if IE]><script>steal("cookie")</script><![endif]-->'

    assert html_to_text(markup) == "Talks resumed."


def test_control_characters_and_lone_surrogates_are_removed() -> None:
    assert html_to_text("a\x00b\x1b\udcffc") == "abc"


def test_plain_text_keeps_angle_brackets_and_lines() -> None:
    assert plain_text("x <script> y\n\n  z  ") == "x <script> y\nz"
