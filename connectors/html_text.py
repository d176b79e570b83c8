"""Markup to clean text with a real HTML parser: scripts and styles dropped, entities decoded.

feedparser's sanitiser is never trusted (it keeps the text of a <script> inside a comment,
for one): every title, summary and content value goes through `html_to_text` or, when the
feed says it is plain text, `plain_text`.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# Elements whose content is never article text.
DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "head",
    "title",
    "select",
    "button",
    "form",
    "canvas",
    "audio",
    "video",
)
# Elements that start a new line of text.
BLOCK_TAGS = (
    "address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr"
    "|li|main|nav|ol|p|pre|section|table|td|th|tr|ul"
)
_BREAK = "\ue000"  # a private-use character marks block boundaries through the parser
_BLOCK_RE = re.compile(rf"<(/?)({BLOCK_TAGS})\b", re.IGNORECASE)
# C0/C1 controls (tab and newline kept), lone surrogates and non-characters.
_JUNK_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_SPACE_RE = re.compile(r"\s+")


def strip_junk(text: str) -> str:
    """Text without control characters, lone surrogates or our own break marker."""
    return _JUNK_RE.sub("", text).replace(_BREAK, "")


def _lines(text: str) -> list[str]:
    return [line for chunk in text.split(_BREAK) if (line := _SPACE_RE.sub(" ", chunk).strip())]


def html_to_text(markup: str) -> str:
    """The visible text of an HTML fragment or page: one line per block, spaces normalised."""
    markup = strip_junk(markup)
    if "<" not in markup and "&" not in markup:
        return "\n".join(_lines(markup))
    # Parsed as body content: a leading <noscript> would otherwise open in <head>, where
    # HTML5 parsing moves its text out into the body.
    tree = LexborHTMLParser("<body>" + _BLOCK_RE.sub(rf"{_BREAK}<\1\2", markup))
    tree.strip_tags(list(DROPPED_TAGS))
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    return "\n".join(_lines(root.text(deep=True, separator="")))


def plain_text(text: str) -> str:
    """Text the feed declares as plain: controls dropped, spaces normalised, lines kept."""
    return "\n".join(_lines(strip_junk(text).replace("\n", _BREAK)))


def one_line(text: str) -> str:
    """A title: all on one line."""
    return " ".join(text.splitlines())
