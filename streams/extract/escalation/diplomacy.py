"""The constructions about treaties, talks and diplomatic pressure: a treaty quit, suspended or put
on hold, a state's role in it dropped, its limits thrown off or its commitments cut; talks refused,
ruled out or declared futile; sanctions to be reinstated; a state accused or pressed; an ultimatum
given, or a move announced for when a deadline passes. Apart because they read a state's dealings
with a deal or another state (the deal named, its terms, its deadline), not the use of force
(force.py) or a weapons programme (nuclear.py); each returns the candidate spans of one
construction in a sentence, and families.py says which runs on which labels.
"""

from __future__ import annotations

import bisect
import re

from streams.extract.actors import actor_hits
from streams.extract.document import Document
from streams.extract.escalation.constructions import (
    _IF_BEFORE,
    _JOINED,
    _OBSERVERS_SAID,
    _STATE_GAP,
    _objects,
    _state_object,
)
from streams.extract.lexicon import Hit

_REJECT_WINDOW = 50  # 'not participate in so-called trilateral nuclear disarmament negotiations'
_REJECT_GAP = re.compile(r"\s+(?:[\w'’\-.]+\s+){0,4}")  # words ("U.S."), no clause break, between refusal and talks
# "had been suspended since May following an accord", "a joint statement was dropped after talks
# broke down": a time or cause told between, the accord or talks no object
_NO_OBJECT_GAP = re.compile(r"\b(?:since|following|until|pending|pursuant|after|before|during)\b", re.IGNORECASE)
# the refusal told in the passive ("had been suspended", "talks were halted"): only then does such a gap end it
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# "suspend drills in exchange for talks", "rejected sanctions in favour of talks": the talks are
# what is offered, not what is refused
_TRADE_GAP = re.compile(r"\b(?:exchange|in\s+return|favou?r|instead|lieu|order)\b", re.IGNORECASE)


def _rejections(
    doc: Document, hits: list[Hit], verb: str = "REJECT", noun: str = "TALKS", *, unless: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """'rejected any negotiations with Washington': a refusal whose object is talks (or, with
    REVOKE and RATIFICATION, a revocation whose object is a treaty's ratification); `unless`
    rules out what may follow the object ("leave the agreement in place")."""
    out = []
    for a in (h for h in hits if h.label == verb):
        for b in (h for h in hits if h.label == noun):
            if 0 <= b.start - a.end < _REJECT_WINDOW and _REJECT_GAP.fullmatch(doc.text, a.end, b.start):
                if _TRADE_GAP.search(doc.text, a.end, b.start) or (
                    _NO_OBJECT_GAP.search(doc.text, a.end, b.start) and _PASSIVE_BEFORE.search(doc.text, max(0, a.start - 20), a.start)
                ):
                    break
                if unless is None or not unless.match(doc.text, b.end):
                    out.append((a.start, b.end))
                break
    return out


# the object kept, relieved or opened up: "leave the deal intact", "restore sanctions relief"
_NOT_QUIT = re.compile(r"(?:\s+(?!and\b|or\b|but\b)[\w\-]+){0,2}?\s+(?:in\s+place|intact|alive|unchanged|(?-i:open)|as\s+it\s+is)\b", re.IGNORECASE)
_NOT_SANCTION = re.compile(r"\s+(?:relief|waivers?|exemptions?|easing)\b", re.IGNORECASE)


# "suspending its participation in the New START treaty", "put its role in the pact on hold": a
# state's part in a treaty dropped (not in drills or games, which name no treaty)
_ROLE_IN = re.compile(r"\s+(?:its|their|our)\s+(?:role|participation|membership|part)\s+in\s+(?:the\s+)?(?:[\w'’\-.]+\s+){0,5}", re.IGNORECASE)
_ON_HOLD = re.compile(r"\s+(?:on\s+(?:hold|ice)|in\s+abeyance)\b", re.IGNORECASE)


# "left the treaty conference early": a room or meeting left, not the treaty
_VENUE_LEFT = re.compile(
    r"\s+(?:[\w'’\-.]+\s+){0,4}?(?:treaty|accord|agreement|pact|deal)\s+(?:talks|conference|negotiations|meeting|summit|session|hall|room|table)\b",
    re.IGNORECASE,
)


def _no_venue_left(doc: Document, hits: list[Hit]) -> list[Hit]:
    """The hits without a bare 'left the' whose object is a meeting about a treaty."""
    return [h for h in hits if not (h.id == "left" and h.label == "QUIT" and _VENUE_LEFT.match(doc.text, h.end, h.end + 80))]


# "leave the Intermediate-Range Nuclear Forces pact", "suspend the Open Skies Treaty": a
# treaty's proper name (capitalised words, a bracketed acronym) between the verb and its noun
_NAMED_TREATY = re.compile(
    r"\s+(?:(?:out\s+)?(?:of|from)\s+)?(?:the\s+)?(?:(?:[A-Z0-9][\w'’\-.]*|\([A-Z][\w\-]{1,10}\))\s+){1,7}"
)
_OUT_OF = re.compile(r"\s+(?:out\s+)?(?:of|from)\s", re.IGNORECASE)


def _named_treaty_exit(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'will leave the Intermediate-Range Nuclear Forces pact', 'quit the Anti-Ballistic
    Missile Treaty': a treaty left by its full name, too long for the plain verb-object pair (a
    bare 'pulled out' only when 'of' or 'from' follows it, not 'pulled out its troops')."""
    out = []
    for a in (h for h in hits if h.label in ("QUIT", "WITHDREW", "SUSPEND")):
        if a.label == "WITHDREW" and not doc.text[a.start : a.end].lower().endswith(("of", "from")) and not _OUT_OF.match(doc.text, a.end):
            continue
        for b in (h for h in hits if h.label == "TREATY" and 0 < h.start - a.end < 110):
            if _NAMED_TREATY.fullmatch(doc.text, a.end, b.start) and not _NOT_QUIT.match(doc.text, b.end):
                out.append((a.start, b.end))
            break
    return out


# "put the border accord and other bilateral pacts with its neighbour on hold": a treaty's object
# phrase (no clause break) put on hold
_HOLD_OBJECT = re.compile(r"\s+(?:the|its|their|our|all|a|an)\s+[^,;:.()\"“”]{0,90}?\s+(?:on\s+(?:hold|ice)|in\s+abeyance)\b", re.IGNORECASE)


def _treaty_on_hold(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'put the water-sharing treaty on hold', 'putting all bilateral agreements on ice'."""
    out = []
    for a in (h for h in hits if h.label == "PUT"):
        m = _HOLD_OBJECT.match(doc.text, a.end)
        if m and any(h.label == "TREATY" and a.end < h.start and h.end <= m.end() for h in hits):
            out.append((a.start, m.end()))
    return out


# "a deal with those people is impossible", "negotiating with Moscow is out of the question",
# "calling dialogue a waste of time", "dismissed talks as futile"
_RULED_OUT = re.compile(
    r"(?:\s+with\s+(?:[\w'’\-.]+\s+){0,3}?[\w'’\-.]+)?\s+(?:(?:is|are|was|were|remains?|would\s+be|will\s+be)\s+"
    r"(?:(?:now|simply|currently|completely|totally)\s+)?(?:impossible|out\s+of\s+the\s+question|unthinkable|pointless|meaningless|futile|"
    r"useless|(?:a|an)\s+(?:waste\s+of\s+time|exercise\s+in\s+futility))|(?:as\s+)?(?:(?:a|an)\s+(?:waste\s+of\s+time|exercise\s+in\s+futility)|futile|pointless|useless))\b",
    re.IGNORECASE,
)
# "sees no possibility of signing", "sees no point in more talks": a state's view that talks are futile
_NO_PROSPECT = re.compile(
    r"\b(?:(?:does|do|did)\s+not\s+(?:currently\s+|now\s+)?see|(?:sees?|saw)\s+no)\s+(?:(?:any|the)\s+)?(?:possibility|prospect|point|sense)\s+"
    r"(?:of|in)\s+(?:(?:any|new|further|concluding|holding|signing|reaching|resuming|starting)\s+){0,2}$",
    re.IGNORECASE,
)


def _talks_ruled_out(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """Talks or agreements declared impossible, or seen as futile, by the state that would hold them."""
    out = []
    for h in (h for h in hits if h.label == "TALKS"):
        if m := _RULED_OUT.match(doc.text, h.end):
            out.append((h.start, m.end()))
        elif m := _NO_PROSPECT.search(doc.text, max(0, h.start - 90), h.start):
            out.append((m.start(), h.end))
    return out


def _role_dropped(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'is freezing its role in the arms treaty', 'has put its role in New START on hold'."""
    out = []
    for a in (h for h in hits if h.label in ("SUSPEND", "PUT")):
        for b in (h for h in hits if h.label == "TREATY" and 0 < h.start - a.end < 90):
            if not _ROLE_IN.fullmatch(doc.text, a.end, b.start):
                continue
            if a.label == "SUSPEND":
                out.append((a.start, b.end))
                break
            if m := _ON_HOLD.match(doc.text, b.end):  # "put its role in New START nuclear treaty on hold": the last treaty word
                out.append((a.start, m.end()))
                break
    return out


_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
_COUNTDOWN = re.compile(r"\b(?:countdown|process|mechanism|bid|move[sd]?|moving|seek(?:s|ing)?|sought|threat\w*|vow\w*|warn\w*)\b", re.IGNORECASE)


def _reinstated_sanctions(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'started a 30-day countdown to reinstate United Nations sanctions': sanctions to be
    restored (a countdown, bid or threat to, or a modal); sanctions simply restored are not."""
    out = []
    for start, end in _rejections(doc, hits, "REIMPOSE", "SANCTIONS", unless=_NOT_SANCTION):
        lo = max(doc.sentences[index][0], start - 60)
        if (
            _INFINITIVE.search(doc.text, max(0, start - 8), start)
            or _COUNTDOWN.search(doc.text, lo, start)
            or doc.between("tests", lo, start, "PROSPECTIVE")
        ):
            out.append((start, end))
    return out


# a time limit after the state given it: "two weeks to", '"60 days" to' (a date, "until the end of
# the month to respond", only sets a deadline)
_TIME_TO = re.compile(
    r"\s+(?:[\"“'‘]?(?:a|an|one|\d+|\w+)(?:[\s\-]+\w+)?[\s\-]+(?:hours?|days?|weeks?|months?)[\"”'’]?)\s+to\s+\w",
    re.IGNORECASE,
)
_GIVER_GAP = re.compile(r"\s+(?:(?:has|have|had|has\s+now|had\s+now)\s+)?$", re.IGNORECASE)


_NO_OBJECT = re.compile(r"(?:\s+from)?(?:\s*[,.;]|\s+(?:in|under|unilaterally|during|and|on|last|earlier)\b)", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r",\s+(?:which|who)\s+[^,;:.()]{1,80},\s+(?:(?:has|have|had|then|later|eventually|unilaterally)\s+)?", re.IGNORECASE)
_DEAL = re.compile(r"\b(?:deal|agreement|accord|treaty|pact|JCPOA)\b", re.IGNORECASE)
_DEAL_REACH = 160
_DEAL_SENTENCES = 3
_PROSPECTIVE_QUIT = re.compile(r"\b(?:set|will|would|plans?|poised)\b", re.IGNORECASE)
_UNDER_DEAL = re.compile(r"[^;:.!?()]{0,45}?\b(?:under|of|in|set\s+by|imposed\s+by|agreed\s+in)\s+(?:the\s+)?(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE)


_DEAL_SUBJECT = re.compile(r"\b(?:agreement|accord|deal|pact|treaty)\s+(?:(?:would|will|also|now)\s+)?$", re.IGNORECASE)
_RELIEF = re.compile(r"\b(?:civil|civilian|cooperation\s+(?:pact|agreement|deal|accord)|normal\s+ties|normali[sz]\w+|easing|paving\s+the\s+way)\b", re.IGNORECASE)


def _limits_dropped(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'removes the final cap it had accepted under the accord', 'scrapped the caps set by the
    deal': a verb throwing off a limit that a treaty named right after sets (not supposed: 'if it scrapped')."""
    out = []
    s = doc.sentences[index][0]
    treaties = [h for h in hits if h.label == "TREATY"]
    # 'discards the last remaining element of its enrichment limits under the pact': a partitive between
    for start, end in _objects(doc, hits, "LIFT_LIMIT", "LIMIT", words=7, window=70):
        t = next((t for t in treaties if 0 <= t.start - end < 60 and _UNDER_DEAL.fullmatch(doc.text, end, t.start)), None)
        if t is None or _DEAL_SUBJECT.search(doc.text, max(s, start - 40), start):
            continue  # "the new agreement removes restrictions of the old accord": relief a deal brings
        if _RELIEF.search(doc.text, start, min(doc.sentences[index][1], t.end + 50)):
            continue  # "eliminated the limitations under the civil nuclear cooperation pact": a partner's curbs eased
        if not _IF_BEFORE.search(doc.text, max(s, start - 30), start):
            out.append((start, t.end))
    return out


# the thrower: "it", "they" or a state named right before ("Tehran later scrapped the ceiling")
_THROWER = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|then|later|eventually|since|soon)\s+)?$", re.IGNORECASE)
_THE = re.compile(r"\s+the\s+", re.IGNORECASE)


def _deal_limit_dropped(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'The pact capped its stockpile at 300 kilograms, but Tehran scrapped the ceiling in 2021': "the"
    limit a deal named earlier in the sentence, thrown off by the state bound by it (not by a deal,
    'the new accord removes the cap', nor supposed, 'if it dropped the limit')."""
    out = []
    s = doc.sentences[index][0]
    actors = [a for a in actor_hits(doc, index) if a.label == "ACTOR"]
    for v in (h for h in hits if h.label == "LIFT_LIMIT"):
        gap = _THE.match(doc.text, v.end)
        limit = gap and next((n for n in hits if n.label == "LIMIT" and n.start == gap.end()), None)
        if not limit or not any(t.label == "TREATY" and t.end <= v.start for t in hits):
            continue
        named = any(0 <= v.start - a.end <= 2 for a in actors) or _THROWER.search(doc.text, max(s, v.start - 20), v.start)
        if not named or _IF_BEFORE.search(doc.text, max(s, v.start - 30), v.start) or _RELIEF.search(doc.text, s, limit.end):
            continue
        out.append((v.start, limit.end))
    return out


_FUTILE_GAP = re.compile(
    r"[^;:.!?()]{0,50}?\b(?:are|is|were|was|have\s+become|has\s+become|had\s+become|became)\s+(?:now\s+)?$", re.IGNORECASE
)


def _talks_futile(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'the six-nation talks have now become meaningless', 'said the negotiations were no longer needed': talks a
    state declares of no use (a state must be in the sentence, not an analyst's view alone)."""
    actors = [a for a in actor_hits(doc, index) if a.label == "ACTOR"]
    if not actors:
        return []
    s = doc.sentences[index][0]
    out = []
    for h in (h for h in hits if h.label == "TALKS"):
        f = next((f for f in hits if f.label == "FUTILE" and 0 < f.start - h.end <= 60), None)
        if f is None or _OBSERVERS_SAID.search(doc.text, s, h.start):
            continue  # "analysts said the talks were pointless": an observer's verdict
        # the state declaring it, not a party named inside the talks ("the talks between Russia and ...")
        if not any(a.end <= h.start or a.start >= f.end for a in actors):
            continue
        if _FUTILE_GAP.fullmatch(doc.text, h.end, f.start):
            out.append((h.start, f.end))
            break
    return out


def _bare_withdrawals(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'the pact has been in limbo since Washington withdrew in 2019', 'the
    accord, which Washington pulled out of in 2018': a state (right before the verb) leaving a
    deal named earlier in the sentence, the verb taking no object of its own (not 'withdrew its
    troops', 'withdrew from the city')."""
    out = []
    lo = doc.sentences[index][0]
    # "Moscow will withdraw next month": the deal it leaves may be named a few sentences before
    back = doc.sentences[max(0, index - _DEAL_SENTENCES)][0]
    for h in (h for h in hits if h.label == "WITHDREW"):
        if not _NO_OBJECT.match(doc.text, h.end):
            continue
        for a in actor_hits(doc, index):
            if a.label != "ACTOR":
                continue
            if 0 < h.start - a.end <= 24 and _STATE_GAP.fullmatch(doc.text, a.end, h.start):
                if _DEAL.search(doc.text, max(lo, a.start - _DEAL_REACH), a.start) or (
                    _PROSPECTIVE_QUIT.search(doc.text, h.start, h.end) and _DEAL.search(doc.text, back, lo)
                ):
                    out.append((a.start, h.end))
                break
            # "Washington, which had signed the pact, pulled out in 2019": the deal in the relative clause
            if 0 < h.start - a.end <= 100 and _RELATIVE_GAP.fullmatch(doc.text, a.end, h.start):
                if _DEAL.search(doc.text, max(lo, a.start - _DEAL_REACH), h.start):
                    out.append((a.start, h.end))
                break
    return out


def _time_given(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'Washington gave Tehran two weeks to return to talks': a state giving another a time limit,
    the span opening on the giver (a board or agency giving one sets a deadline, no ultimatum)."""
    out = []
    near = actor_hits(doc, index)
    for s, e, v in _state_object(doc, index, hits, "GIVE", _TIME_TO):
        before = [h for h in near if h.end <= v.start and _GIVER_GAP.fullmatch(doc.text, h.end, v.start)]
        if before and before[-1].label == "ACTOR":
            first = before[-1]
            for b in reversed(near):  # "Britain and France gave Iran a month": back over a conjoined state
                if b.label == "ACTOR" and b.end <= first.start and _JOINED.fullmatch(doc.text, b.end, first.start):
                    first = b
            out.append((first.start, e))
    return out


_TO_FOR = re.compile(r"\s+(?:to|for|into)\b", re.IGNORECASE)


# "accused Russia on Wednesday of", "accused Tehran again of": a time or manner adverb before the charge
_OF_FOR_DATED = re.compile(
    r"(?:\s*,?\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+(?:week|month|year)|this\s+(?:week|month)|"
    r"again|repeatedly|openly|publicly|earlier|yesterday|today)\b,?)?\s*(?:of|for|over)\b",
    re.IGNORECASE,
)


def _accusations(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'accused Washington of dragging out negotiations': one state accusing another."""
    return [(s, e) for s, e, v in _state_object(doc, index, hits, "ACCUSE", _OF_FOR_DATED) if v.id == "verb"]


def _pressing(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'Pyongyang presses Washington to offer new proposals': pressure on a state, unless it is
    pressed to talk or calm down ('pressed Iran to return to talks')."""
    out = []
    for s, e, _ in _state_object(doc, index, hits, "PRESS", _TO_FOR):
        if not any(h.label in ("TALKS", "DEESCALATION") and 0 <= h.start - e < 40 for h in hits):
            out.append((s, e))
    return out


# "Moscow would treat it as withdrawn if no reply came by the end of March": a state's move
# announced for when a deadline passes unmet (the date inside the condition, not before it:
# "expires on Feb. 5 unless both sides agree to extend it" is only an expiry)
_UNMET = re.compile(
    r"\b(?:unless|if\s+(?:there\s+is\s+)?no|if\s+(?:[\w'’.\-]+\s+){1,4}(?:does|do|did|has|have|had)(?:\s+not|n[’']t)|"
    r"if\s+(?:[\w'’.\-]+\s+){1,4}fail(?:s|ed)?\s+to)\b[^.;:]{0,80}?\b(?:by|before|within)\s+$",
    re.IGNORECASE,
)
_MODAL_GAP = re.compile(r"\s+(?:(?:also|then|now|simply)\s+)?", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|we)\s+$", re.IGNORECASE)
_MODALS = frozenset({"will", "would"})


def _deadline_threats(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """A state's (or its pronoun's) 'will'/'would' move conditioned on a deadline passing unmet."""
    s, e = doc.sentences[index]
    starts = doc.date_starts()
    k = bisect.bisect_left(starts, s)
    out: list[tuple[int, int]] = []
    while k < len(starts) and starts[k] < e:
        m = _UNMET.search(doc.text, max(s, starts[k] - 110), starts[k])
        k += 1
        if not m:
            continue
        for h in hits:
            if h.label != "INTEND" or not (h.end <= m.start() < h.end + 80) or doc.text[h.start : h.end].lower() not in _MODALS:
                continue
            subject = [a for a in actor_hits(doc, index) if a.label == "ACTOR" and a.end < h.start and _MODAL_GAP.fullmatch(doc.text, a.end, h.start)]
            if subject:
                out.append((subject[0].start, m.start()))
            elif _PRONOUN_SUBJECT.search(doc.text, max(s, h.start - 6), h.start):
                out.append((h.start, m.start()))
        break
    return out


_STEPS_AFTER = re.compile(
    r"\s+(?:(?:then|also|now|soon|shortly|immediately)\s+)?(?:take|adopt)\s+(?:(?:further|more|new|additional|other|its\s+next|the\s+next|"
    r"next|bigger|tougher|fresh)\s+)?(?:steps?|measures|action|actions)\b[^.;:!?]{0,100}?\b(?:after|once|when|if|as\s+soon\s+as)\s+"
    r"(?:(?:the|this|that|its|their|a|an)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _steps_after_deadline(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'would take further steps ... after the deadline', 'will take action once the 60-day
    deadline passes': a move a state announces for when a deadline runs out."""
    out = []
    for d in (h for h in hits if h.label == "DEADLINE_NOUN"):
        for v in (h for h in hits if h.label == "INTEND" and h.end <= d.start and doc.text[h.start : h.end].lower() in _MODALS):
            if d.start - v.end < 160 and _STEPS_AFTER.fullmatch(doc.text, v.end, d.start):
                out.append((v.start, d.end))
                break
    return out


# "its nuclear commitments", "some of its obligations under": the words between a cut and the deal's commitments
_COMMIT_GAP: re.Pattern[str] = re.compile(
    r"\s+(?:(?:its|their|our|his|the|some|of|on|all|more|further|key|remaining|certain|nuclear|nuclear-related|JCPOA|deal|deal['’]s|accord['’]s|agreement['’]s|pact['’]s|treaty['’]s|Iran's|Tehran's|R&D|research|enrichment|technical|treaty)\s+){0,4}",
    re.IGNORECASE,
)
_COMMITMENT: re.Pattern[str] = re.compile(r"commitments?|obligations?", re.IGNORECASE)
# "to stop reducing its commitments", "reverse the reduction of": the cut itself undone
_CUT_CUE: re.Pattern[str] = re.compile(r"reduc|scal|cut|roll", re.IGNORECASE)
_UNDONE_BEFORE: re.Pattern[str] = re.compile(
    r"\b(?:stop|stops|stopped|halt|halts|halted|reverse|reverses|reversed|reversing|undo|undoes|undid|undoing|end|ended|ending|"
    r"without|avoid|avoided|avoiding|denied|denies|deny)\s+(?:(?:the|its|their|any)\s+)?$",
    re.IGNORECASE,
)


def _commitments_cut(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'has now taken two steps to cut its nuclear commitments', 'the next step of reducing
    nuclear obligations': a state's commitments under a deal cut back (not undone again, not supposed)."""
    out = []
    s = doc.sentences[index][0]
    for a in (h for h in hits if h.label == "CURB"):
        for b in (h for h in hits if h.label == "TREATY"):
            if 0 < b.start - a.end < 60 and _COMMITMENT.fullmatch(doc.text, b.start, b.end) and _COMMIT_GAP.fullmatch(doc.text, a.end, b.start):
                if not _UNDONE_BEFORE.search(doc.text, max(s, a.start - 25), a.start) and not _IF_BEFORE.search(doc.text, max(s, a.start - 30), a.start):
                    out.append((a.start, b.end))
                break
    return out
