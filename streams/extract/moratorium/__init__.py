"""moratorium: halts of weapons testing, in force, called for, threatened or ended, with scope.

find_moratoria runs the readers below sentence by sentence and merges their halts per clause;
halted_span tells extract which tests a halt holds."""

from __future__ import annotations

import re

from streams.extract.document import Document
from streams.extract.match import Match
from streams.extract.moratorium.halts import _extended_ban_triggers, _halt_of
from streams.extract.moratorium.pledges import (
    _BREACH_IF,
    _READIED,
    _carried_bans,
    _conditional_adherence,
    _declared_abstention,
    _ended_pledges,
    _observed_since,
    _pledged_abstention,
    _reciprocal_abstention,
)
from streams.extract.moratorium.resumptions import (
    _CONDITIONAL,
    _conditional_resumption,
    _mirror_threats,
    _position_review,
    _resumptions,
)
from streams.extract.moratorium.status import _RANK, _Halt

__all__ = ["find_moratoria", "halted_span"]


_INTO_CUT = re.compile(r"\s+into\s+(?=(?:a|an)\s)", re.IGNORECASE)


def _proposed_into(doc: Document, prev: Match, halt: _Halt) -> re.Match[str] | None:
    """'translating its unilateral moratorium into a bilateral arrangement': the halt kept and the one
    proposed are two mentions, cut at 'into'."""
    if halt.status != "called_for" or prev.attrs["status"] == "called_for" or not prev.start < halt.start:
        return None
    return _INTO_CUT.search(doc.text, prev.start, halt.start)


def find_moratoria(doc: Document) -> list[Match]:
    """Moratorium mentions, one per clause; the most marked status in the clause wins."""
    if not doc.in_domain:
        return []
    out: list[Match] = []
    # only sentences with a halt word or a testing trigger (a conditional resumption) can hold one
    candidates = sorted({*doc.sentences_with("moratorium", "HALT", "RESUME", "PLEDGE"), *doc.sentences_with("tests", "TRIGGER")})
    for index in candidates:
        halts = [
            halt
            for trigger in [*doc.hits("moratorium", index, "HALT"), *_extended_ban_triggers(doc, index)]
            if (halt := _halt_of(doc, index, trigger, out)) is not None
        ] + _conditional_resumption(doc, index)
        if doc.hits("moratorium", index, "PLEDGE") or doc.hits("moratorium", index, "ANAPHOR"):
            halts += [p for p in _pledged_abstention(doc, index) if not any(h.start <= p.start < h.end or p.start <= h.start < p.end for h in halts)]
        if doc.hits("moratorium", index, "RESUME"):
            # a halt this sentence names first is in view too: "asked the US to keep its moratorium, after
            # Trump ordered a resumption of testing"
            seen = out + [
                Match(kind="moratorium", start=h.start, end=h.end, text=doc.text[h.start : h.end], attrs={"status": h.status, "scope": h.scope, "actor": h.actor})
                for h in halts
            ] if halts else out
            halts += [r for r in _resumptions(doc, index, seen) if not any(h.start <= r.start < h.end for h in halts)]
            halts += [r for r in _position_review(doc, index) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        if doc.hits("moratorium", index, "RECIPROCAL"):
            halts += [r for r in _reciprocal_abstention(doc, index) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        if doc.hits("tests", index, "TRIGGER"):
            halts += [r for r in _declared_abstention(doc, index) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        if doc.hits("moratorium", index, "MIRROR"):
            halts += [r for r in _mirror_threats(doc, index, out) if not any(h.start <= r.start < h.end or r.start <= h.start < r.end for h in halts)]
        halts.sort(key=lambda h: h.start)
        for halt in halts:
            s, e = doc.evidence(index, halt.start, halt.end)
            attrs = {"status": halt.status, "scope": halt.scope, "actor": halt.actor}
            if (
                out and doc.sentence_index(out[-1].start) == index
                and (
                    (out[-1].end > s and not _other_party(out[-1].attrs["actor"], halt.actor)
                     and not _other_activity(out[-1].attrs["scope"], halt.scope) and not _proposed_into(doc, out[-1], halt))
                    or _consequence(doc, out[-1], s)
                    or _restated(doc, out[-1], s)
                )
            ):
                prev = out.pop()
                merged = {**prev.attrs}
                if _RANK[halt.status] > _RANK[prev.attrs["status"]]:
                    merged["status"] = halt.status
                merged["scope"] = prev.attrs["scope"] or halt.scope
                s, e = min(s, prev.start), max(e, prev.end)
                attrs = merged
            elif out and out[-1].end > s and doc.sentence_index(out[-1].start) == index and out[-1].start < halt.start \
                    and (cut := _AND_TO.search(doc.text, out[-1].start, halt.start) or _proposed_into(doc, out[-1], halt)) is not None:
                # two halts kept apart ("... to stop producing fissile material and to keep their test
                # pauses"): each its own part of the sentence
                prev = out.pop()
                out.append(Match(kind="moratorium", start=prev.start, end=cut.start(), text=doc.text[prev.start : cut.start()], attrs=prev.attrs))
                s = max(s, cut.end())
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    pledges = _ended_pledges(doc, out)
    if doc.sentences_with("moratorium", "ADHERE"):
        pledges += _conditional_adherence(doc, out)
    if doc.sentences_with("moratorium", "OBSERVE"):
        pledges += _observed_since(doc, out)
    if doc.sentences_with("moratorium", "BANREF"):
        pledges += _carried_bans(doc, out)
    return sorted(out + pledges, key=lambda m: m.start) if pledges else out


def _other_party(first: str | None, second: str | None) -> bool:
    """Two halts of one sentence bound on different states ("China, which has observed a
    moratorium since 1996, urged the United States to keep its own") stay two mentions."""
    return first is not None and second is not None and first != second


_AND_TO = re.compile(r",?\s+and\s+(?=to\s)(?!.*,?\s+and\s+to\s)", re.IGNORECASE)


def _other_activity(first: list[str], second: list[str]) -> bool:
    """A halt of a related activity and a halt of tests in one sentence ("to stop producing fissile
    material and to keep their pauses on testing") are two mentions."""
    return bool(first) and bool(second) and (first == ["other"]) != (second == ["other"])


_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b")


def _consequence(doc: Document, prev: Match, start: int) -> bool:
    """'would resume testing if ..., ending the moratorium': a participle clause spelling out
    what a threatened (or called-for) step would do is part of that mention, not a new one."""
    participle = _PARTICIPLE.match(doc.text, prev.end)
    return (
        prev.attrs["status"] in ("threatened", "called_for")
        and doc.text[prev.end : start].strip() == ","
        and participle is not None
        # "..., ending the moratorium", not "..., offering to extend its own freeze"
        and bool(doc.between("moratorium", participle.end() - 12, participle.end(), "END"))
    )


# ", in an apparent threat to resume tests": the reporter's reading of the step just named, not a new one
_READING = re.compile(
    r"in\s+(?:an?\s+|what\s+(?:was|is)\s+(?:seen\s+as\s+)?(?:an?\s+)?)?(?:(?:apparent|implicit|veiled|thinly[\s\-]+veiled|clear|fresh)\s+)?"
    r"(?:threat|warning)\s+(?:to|that)\b",  # not "in a signal that its other freeze stays": a halt of its own
    re.IGNORECASE,
)


def _restated(doc: Document, prev: Match, start: int) -> bool:
    """'said it would consider restarting suspended activities, in an apparent threat to resume
    testing': an appositive reading of a threatened halt's end is part of that mention."""
    return prev.attrs["status"] == "threatened" and doc.text[prev.end : start].strip() == "," \
        and _READING.match(doc.text, start) is not None


_LATER = re.compile(r"(?:after|until|once|before|when)\s", re.IGNORECASE)


def halted_span(doc: Document, match: Match) -> tuple[int, int]:
    """Where tests belong to this halt: its clause, and a following 'after one more test' clause;
    tests resumed after it ("threatened to resume ... tests that it has suspended", "resumed
    testing in 1995") are events of their own, unless held on a condition ("only if ... first")."""
    index = doc.sentence_index(match.start)
    if match.attrs["status"] == "threatened" and (ready := _READIED.search(doc.text, match.start, match.end)) is not None \
            and _BREACH_IF.search(doc.text, doc.sentences[index][0], match.start) is not None:
        return match.start, ready.end()  # tests readied on a breach: a prospective test of their own
    resumes = doc.between("moratorium", match.start, match.end, "RESUME")
    if resumes and not _CONDITIONAL.search(doc.text, resumes[0].end, doc.sentences[index][1]):
        return match.start, resumes[0].start
    for c in doc.clauses(index):
        if c[0] >= match.end and doc.text[match.end : c[0]].strip(" ,") == "" and _LATER.match(doc.text, c[0]):
            return match.start, c[1]
    return match.start, match.end
