"""Signal extraction: weapons tests, escalation, deadlines and moratoria, with char offsets.

Pure Python (pydantic, stdlib): no faust or aiokafka, so the CLI and tests run offline.
"""

from datetime import date as _date
from datetime import datetime as _datetime

from streams.extract.deadline import find_deadlines as _find_deadlines
from streams.extract.document import Document as _Document
from streams.extract.escalation import find_escalations as _find_escalations
from streams.extract.match import KINDS, Match
from streams.extract.moratorium import find_moratoria as _find_moratoria
from streams.extract.moratorium import halted_span as _halted_span
from streams.extract.weapons_test import find_tests as _find_tests

__all__ = ["KINDS", "Match", "extract"]


def extract(text: str, *, published: _datetime | _date | None = None) -> list[Match]:
    """Every signal in text, sorted by offset; relative dates resolve against `published`
    (today when absent). Moratoria go first: tests they halt are theirs, not weapons tests."""
    doc = _Document(text, published)
    moratoria = _find_moratoria(doc)
    tests = _find_tests(doc, [_halted_span(doc, m) for m in moratoria])
    threatened = [m for m in moratoria if m.attrs["status"] == "threatened"]
    matches = moratoria + _find_deadlines(doc) + tests + _find_escalations(doc, threatened)
    if doc.items is not None:  # a digest: only its in-domain items speak
        matches = [m for m in matches if doc.in_items(m.start)]
    return sorted(matches, key=lambda m: (m.start, m.end, m.kind))
