"""The multi-cue constructions that find escalation spans: a cue read with the words and cues
around it ("suspended the ... treaty", "fired missiles at Israel", "gave Tehran two weeks to").

Each returns the candidate spans of one construction in a sentence; families.py says which runs on
which labels, vetoes.py whether a span counts, attribution.py whose it is. Apart so that finding a
span can be read without the guards and the speaker logic around it.
"""

from __future__ import annotations

import bisect
import re

from streams.extract.actors import actor_hits
from streams.extract.document import Document
from streams.extract.lexicon import Hit

_PAIR_WINDOW = 60
_REJECT_WINDOW = 50  # 'not participate in so-called trilateral nuclear disarmament negotiations'
_REJECT_GAP = re.compile(r"\s+(?:[\w'’\-.]+\s+){0,4}")  # words ("U.S."), no clause break, between refusal and talks
# "had been suspended since May following an accord": a time or cause told between, the accord no object
_NO_OBJECT_GAP = re.compile(r"\b(?:since|following|until|pending|pursuant)\b", re.IGNORECASE)
# the refusal told in the passive ("had been suspended", "talks were halted"): only then does such a gap end it
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# a participle used as an adjective: "caps each side at 1,550 deployed warheads", "the
# condition of complete nuclear weapons", "its expanded arsenal"
# "U.S. and Russian deployed strategic warheads": after a nationality adjective; "the Minuteman III,
# first deployed in 1970,": a weapon's service history told in a reduced relative clause
_ATTRIBUTIVE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:the|a|an|its|their|our|of|with|to|into|onto|on|for|from|non|Russian|American|Chinese|Korean|Iranian|Indian|Pakistani|"
    r"French|British|Israeli|Soviet|Western|European|Japanese|Taiwanese|Ukrainian|newly|currently|already)|non-|"
    r"(?:\A|[,.;:\"“]|\bwas|\bwere)\s*(?:first|originally|initially)|\w['’]s?)\s*$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\w+ed|complete", re.IGNORECASE)


def _participle(doc: Document, h: Hit) -> bool:
    """Whether the cue is a past participle or "complete" used as an adjective."""
    return bool(_PARTICIPLE.fullmatch(doc.text, h.start, h.end) and _ATTRIBUTIVE.search(doc.text, max(0, h.start - 24), h.start))


def _pairs(
    hits: list[Hit], first: str, second: str, *, ordered: bool, doc: Document | None = None
) -> list[tuple[int, int]]:
    """Spans where a `first` cue comes within a short window of a `second` cue (with `doc`, a
    `first` verb used as an adjective does not count)."""
    out = []
    for a in (h for h in hits if h.label == first):
        if doc is not None and _participle(doc, a):
            continue
        for b in (h for h in hits if h.label == second):
            if 0 <= b.start - a.end < _PAIR_WINDOW or (not ordered and 0 <= a.start - b.end < _PAIR_WINDOW):
                out.append((min(a.start, b.start), max(a.end, b.end)))
                break
    return out


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


_WORD = re.compile(r"[\w'’\-.]+")
_BREAK = re.compile(r"[;:()]|,\s")


def _objects(
    doc: Document, hits: list[Hit], verb: str, noun: str, *, words: int, window: int = 50, unless: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """A `verb` cue whose object, at most `words` words on (quote marks allowed, no clause
    break), is a `noun` cue: 'stop allowing short-notice inspections', 'restarting "all
    temporarily suspended activities"'; `unless` rules out words of the gap."""
    out = []
    for a in (h for h in hits if h.label == verb):
        for b in (h for h in hits if h.label == noun):
            if 0 <= b.start - a.end < window:
                gap = doc.text[a.end : b.start]
                if (
                    len(_WORD.findall(gap)) <= words
                    and not _BREAK.search(gap)
                    and (unless is None or not unless.search(gap))
                ):
                    out.append((a.start, b.end))
                break
    return out


# the object kept, relieved or opened up: "leave the deal intact", "restore sanctions relief"
_NOT_QUIT = re.compile(r"(?:\s+(?!and\b|or\b|but\b)[\w\-]+){0,2}?\s+(?:in\s+place|intact|alive|unchanged|(?-i:open)|as\s+it\s+is)\b", re.IGNORECASE)
_NOT_SANCTION = re.compile(r"\s+(?:relief|waivers?|exemptions?|easing)\b", re.IGNORECASE)
_NOT_BUILD = re.compile(r"\s+(?:to\s+(?:the\s+)?(?:inspect|inspectors|IAEA|international|monitor|verification))", re.IGNORECASE)
_BUILD_BEFORE = re.compile(
    r"\b(?:open|opens|opening|build|builds|building|construct|constructing|swap|swapping|replace|replacing|upgrade|"
    r"upgrading|rebuild|rebuilding|add|adding|install|installing|activate|activates|activated|activating|commission|commissions|"
    r"commissioned|commissioning|start\s+up|starting\s+up|bring\s+online|bringing\s+online|launch|launching)\s+(?:[\w'’\-.“”\"]+\s+){0,5}$",
    re.IGNORECASE,
)


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


# "new centrifuges will be put into operation": enrichment capacity built, told in the passive
_PUT_TO_WORK = re.compile(
    r"\s+(?:will|would|are|were|have|has|had|is|was)\s+(?:now\s+)?(?:be|been|being)\s+(?:(?:quickly|soon|gradually)\s+)?"
    r"(?:installed|activated|put\s+into\s+operation|brought\s+online|brought\s+on\s+line|switched\s+on|started\s+up|commissioned|fed\s+with\s+gas)\b",
    re.IGNORECASE,
)
# "a barrage of Iranian drones", "waves of missiles at Israel": a salvo fired at a state
_SALVO_OF = re.compile(
    r"\s+(?:[\w'’\-]+\s+){0,3}?(?:missiles|rockets|drones|shells|bombs|projectiles|airstrikes|air\s+strikes)\b"
    r"(?:[^.;:!?]{0,40}?\b(?P<at>at|against|toward|towards|on|targeting)\s+"
    r"(?!(?:the\s+)?(?:sea|water|ocean)\b|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b))?",
    re.IGNORECASE,
)


def _salvos(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'came under a barrage of Iranian drones', 'fired waves of missiles at Israel': a salvo named
    after the state firing it or aimed at a target (a test salvo "into the sea" is neither)."""
    out = []
    states = [a for a in actor_hits(doc, index) if a.label == "ACTOR"]
    for h in (h for h in hits if h.label == "SALVO"):
        m = _SALVO_OF.match(doc.text, h.end)
        if m and (m.group("at") or any(h.end < a.start < m.end() for a in states)):
            out.append((h.start, m.end()))
    return out


def _enrichment_build(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'open a third enrichment facility', 'swap first-generation centrifuges': enrichment
    capacity built out (not a plant opened to inspectors)."""
    out = []
    for b in (h for h in hits if h.label == "ENRICH_NOUN"):
        m = _BUILD_BEFORE.search(doc.text, max(0, b.start - 50), b.start)
        if m and not _NOT_BUILD.match(doc.text, b.end):
            out.append((m.start(), b.end))
        elif after := _PUT_TO_WORK.match(doc.text, b.end):
            out.append((b.start, after.end()))
    return out


_RESUME_VERB = re.compile(r"(?:re|un)\w+|lift\w*", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|can|could)\s+$", re.IGNORECASE)


_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|direct|indirect|nuclear|stalled|formal|all|any)\s+){0,3}", re.IGNORECASE)


def _other_resumed(doc: Document, hits: list[Hit]) -> list[Hit]:
    """The hits without a resumption verb whose object is talks: "accounts for its enriched uranium
    and resumes talks with Washington" restarts diplomacy, not enrichment."""
    talks = [t for t in hits if t.label == "TALKS"]
    if not talks:
        return hits
    return [
        h for h in hits
        if not (h.label == "ENRICH_VERB" and any(0 <= t.start - h.end < 40 and _OBJECT_GAP.fullmatch(doc.text, h.end, t.start) for t in talks))
    ]


def _enrichment_resumed(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'no enrichment is taking place, but the country will resume it': enrichment restarted, named
    by a pronoun whose antecedent is enrichment earlier in the sentence or the one before."""
    out = []
    for v in (h for h in hits if h.label == "ENRICH_VERB"):
        m = _PRONOUN_OBJECT.match(doc.text, v.end)
        if not m or not (_RESUME_VERB.fullmatch(doc.text, v.start, v.end) or _MODAL_BEFORE.search(doc.text, max(0, v.start - 12), v.start)):
            continue  # "will resume it", and "we would produce it if asked": enrichment promised
        if any(h.label == "ENRICH_NOUN" and h.end <= v.start for h in hits) or (
            index > 0 and doc.hits("escalation", index - 1, "ENRICH_NOUN")
        ):
            out.append((v.start, m.end()))
    return out


_JOINED = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_STRIKE_NOUN = re.compile(r"(?:air\s*)?strikes|attacks|bombings|raids", re.IGNORECASE)


def _national_strikes(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'Israeli and U.S. strikes in June', "Russian strikes": strikes named after the states that
    carried them out; the span opens on the first of them."""
    out: list[tuple[int, int]] = []
    strikes = [h for h in hits if h.label == "STRIKE_VERB" and _STRIKE_NOUN.fullmatch(doc.text, h.start, h.end)]
    if not strikes:
        return out
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    for st in strikes:
        before = [a for a in states if 0 < st.start - a.end <= 2 and doc.text[a.end : st.start].isspace()]
        if not before:
            continue
        first = before[0]
        for a in reversed(states):  # "Israeli and U.S.": back over a conjoined state
            if a.end <= first.start and _JOINED.fullmatch(doc.text, a.end, first.start):
                first = a
        out.append((first.start, st.end))
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


_TIGHT = re.compile(r"\s*[\"“”']?\s*")  # adjacent words, a quote mark between at most


def _adjacent(doc: Document, hits: list[Hit], first: str, second: str) -> list[tuple[int, int]]:
    """A `first` cue right before a `second` one: 'responded by firing', 'respond "symmetrically"'."""
    out = []
    for a in (h for h in hits if h.label == first):
        for b in (h for h in hits if h.label == second):
            if 0 <= b.start - a.end <= 3 and _TIGHT.fullmatch(doc.text, a.end, b.start):
                out.append((a.start, b.end))
                break
    return out


# a time limit after the state given it: "two weeks to", '"60 days" to' (a date, "until the end of
# the month to respond", only sets a deadline)
_TIME_TO = re.compile(
    r"\s+(?:[\"“'‘]?(?:a|an|one|\d+|\w+)(?:[\s\-]+\w+)?[\s\-]+(?:hours?|days?|weeks?|months?)[\"”'’]?)\s+to\s+\w",
    re.IGNORECASE,
)
_GIVER_GAP = re.compile(r"\s+(?:(?:has|have|had|has\s+now|had\s+now)\s+)?$", re.IGNORECASE)


_NO_OBJECT = re.compile(r"(?:\s+from)?(?:\s*[,.;]|\s+(?:in|under|unilaterally|during|and|on|last|earlier)\b)", re.IGNORECASE)
_STATE_GAP = re.compile(r"\s+(?:(?:has|have|had|then|later|eventually|unilaterally)\s+)?")
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
    for start, end in _objects(doc, hits, "LIFT_LIMIT", "LIMIT", words=5, window=60):
        t = next((t for t in treaties if 0 <= t.start - end < 60 and _UNDER_DEAL.fullmatch(doc.text, end, t.start)), None)
        if t is None or _DEAL_SUBJECT.search(doc.text, max(s, start - 40), start):
            continue  # "the new agreement removes restrictions of the old accord": relief a deal brings
        if _RELIEF.search(doc.text, start, min(doc.sentences[index][1], t.end + 50)):
            continue  # "eliminated the limitations under the civil nuclear cooperation pact": a partner's curbs eased
        if not _IF_BEFORE.search(doc.text, max(s, start - 30), start):
            out.append((start, t.end))
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


_COPULA = re.compile(
    r"\s+(?:is|was|are|were|remains?|remained|became|becomes|has\s+become|had\s+become|has\s+grown|had\s+grown|grew)"
    r"(?:\s+(?:now|far|much|even|already))?\s*[\"“]?\s*",
    re.IGNORECASE,
)


# "the more they provoke, the sharper our deterrent will become": a correlative comparative
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OWN = re.compile(r"\s+(?:our|its|their|his|her|your)\s+", re.IGNORECASE)
_WILL_BECOME = re.compile(r"\s*[,\"”]?\s*(?:will|shall|would)\s+(?:become|get|grow|be)\b", re.IGNORECASE)


def _stronger(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'Iran's deterrent was "stronger than before"': an arsenal declared stronger (a verb between:
    'a hydrogen bomb, a more powerful weapon' only describes one); 'the sharper our deterrent
    will become': one promised stronger in a correlative."""
    out = []
    for a in (h for h in hits if h.label == "ARSENAL"):
        for b in (h for h in hits if h.label == "STRONGER"):
            if 0 < b.start - a.end < 30 and _COPULA.fullmatch(doc.text, a.end, b.start):
                out.append((a.start, b.end))
                break
            if (
                0 < a.start - b.end < 12
                and _OWN.fullmatch(doc.text, b.end, a.start)
                and _THE_BEFORE.search(doc.text, max(0, b.start - 5), b.start)
                and (m := _WILL_BECOME.match(doc.text, a.end))
            ):
                out.append((b.start - 4, m.end()))
                break
    return out


def _state_object(doc: Document, index: int, hits: list[Hit], verb: str, after: re.Pattern[str]) -> list[tuple[int, int, Hit]]:
    """A `verb` whose object is a state, then `after`: 'accused Moscow of', 'presses Washington to'."""
    verbs = [h for h in hits if h.label == verb]
    if not verbs:
        return []
    out = []
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    for v in verbs:
        for a in states:
            if 0 < a.start - v.end <= 5 and re.fullmatch(r"\s+(?:the\s+)?", doc.text[v.end : a.start], re.IGNORECASE):
                if after.match(doc.text, a.end):
                    out.append((v.start, a.end, v))
                break
    return out


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


_CONDITION = re.compile(
    r"\b(?:unless|until|if|should|once|in\s+case|in\s+the\s+event(?:\s+that)?)\s+(?:the\s+)?(?:[\w.'’\-]+\s+){1,4}$", re.IGNORECASE
)


def _tit_for_tat(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'had no intention of testing unless Washington went first': a conditional counter-move;
    the span starts at the condition, whose subject clause holds the actor."""
    out = []
    for h in (h for h in hits if h.label == "FIRST"):
        m = _CONDITION.search(doc.text, max(0, h.start - 50), h.start)
        if m:
            out.append((m.start(), h.end))
    return out


_END_OF = re.compile(
    r"\b(?:end|collapse|destruction|demise|downfall|overthrow|annihilation)\s+of\s+(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE
)
_OTHER_REGIME = re.compile(r"\b(?:sanctions?|inspections?|non-?proliferation|safeguards|verification|control|test-ban|treaty|visa|trade|tax|export|monitoring)\s+$", re.IGNORECASE)


def _regime_end(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'would result in the end of the Kim regime': the destruction of a government threatened
    (not of a sanctions or inspection regime)."""
    out = []
    for h in (h for h in hits if h.label == "REGIME"):
        m = _END_OF.search(doc.text, max(0, h.start - 50), h.start)
        if m and not _OTHER_REGIME.search(doc.text, max(0, h.start - 30), h.start):
            out.append((m.start(), h.end))
    return out


# "to start testing", "to begin nuclear weapons tests": a start ordered, at most three words before the test
_START_BEFORE = re.compile(r"\b(?:start|begin|restart|commence)\w*\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
# "ordered officials to draft proposals on preparing for a nuclear test": an order to get a test ready
# "to draw up proposals for a possible Russian test": the same, drafted; "ordered the preparation of the test range"
# "to prepare sites for nuclear tests", "to get the Arctic site ready for testing": a site made ready
_PREPARE_BEFORE = re.compile(
    r"\b(?:(?:prepar\w*|proposals?)\s+(?:for|on|of)|(?:prepar\w*|ready|readied|readying)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:sites?|grounds?|ranges?|polygons?|facilit(?:y|ies))\s+for|ready\s+for)\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _orders_to_test(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'ordered the military to resume nuclear testing', 'instructed the Pentagon to start testing':
    an order to (re)start testing."""
    out = []
    resumes = [
        h for h in doc.hits("tests", index, "TRIGGER")
        if h.id == "resume" or (h.id == "test" and (
            _START_BEFORE.search(doc.text, max(0, h.start - 40), h.start)
            or _PREPARE_BEFORE.search(doc.text, max(0, h.start - 60), h.start)
        ))
    ]
    for order in (h for h in hits if h.label == "ORDER"):
        if order.start > 0 and doc.text[order.start - 1] == "-":
            continue  # "the Trump-ordered tests": the order an adjective of tests told of, none given here
        for r in resumes:
            if 0 <= r.start - order.end < 120:
                out.append((order.start, r.end))
                break
    return out


# "seemed to hint the country might restart its tests": an observer's reading, no vow made
_SEEMING = re.compile(r"\b(?:appear|appears|appeared|seem|seems|seemed)\s+to\b", re.IGNORECASE)
_MODAL_NOW = re.compile(r"\b(?:will|would|shall)\s+(?:(?:then|also|simply|immediately|promptly|only)\s+)?$", re.IGNORECASE)
# "raised the prospect of resuming", "did not rule out restarting": a return to testing held open
_PROSPECT = re.compile(r"\b(?:(?:possibility|prospect|option)\s+of|(?:not|n['’]t|never)\s+(?:rule|rules|ruled|ruling)\s+out)\s+$", re.IGNORECASE)
_TESTED_AFTER = re.compile(r"\s+(?:(?:its|their|our|own|such|nuclear|atomic|weapons?|underground|full-scale|explosive)\s+){0,3}(?:tests?|testing|test\s+(?:blasts?|explosions?)|blasts|explosions)\b"
    # "resume test-ban talks": a return to negotiations, not to testing
    r"(?![\s\-]*ban\b|\s+(?:talks|negotiations|moratori))", re.IGNORECASE)
# "little prospect of", "dismissed the possibility of", "a reporter raised the prospect": a return doubted,
# denied or only asked about
_PROSPECT_DOUBTED = re.compile(
    r"\b(?:little|no|remote|slim|dim|scant)\s+(?:prospect|possibility)\s+of\s+$|\b(?:dismiss|reject|deni|deny|downplay|play\w*\s+down)\w*\s+"
    r"(?:the\s+|any\s+)?(?:prospect|possibility|option)\s+of\s+$|\b(?:reporters?|journalists?|asked|questions?)\b[^;:.!?]{0,40}$",
    re.IGNORECASE,
)
# "analysts said Moscow would resume testing": an observer's forecast, not a state's vow
_OBSERVERS_SAID = re.compile(
    r"\b(?:analysts?|experts?|observers?|commentators?|scholars?|researchers?)\s+(?:\w+\s+){0,2}?(?:said|say|says|believe|believes|think|thinks|expect|expects|predict\w*|warn\w*)\b",
    re.IGNORECASE,
)


def _resume_vowed(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'would resume atomic testing if a rival did', 'will restart its nuclear tests': a state's vow
    to (re)start testing, outside a clause that only supposes it ('if Moscow resumed testing, ...')."""
    out = []
    s = doc.sentences[index][0]
    for r in (h for h in hits if h.label == "RESTART"):
        modal = _MODAL_NOW.search(doc.text, max(s, r.start - 30), r.start)
        if modal is not None and _OBSERVERS_SAID.search(doc.text, s, modal.start()):
            continue
        if modal is None:
            modal = _PROSPECT.search(doc.text, max(s, r.start - 40), r.start)
            if modal is not None and _PROSPECT_DOUBTED.search(doc.text, max(s, r.start - 70), r.start):
                continue
        tested = _TESTED_AFTER.match(doc.text, r.end)
        if modal and tested and not _IF_BEFORE.search(doc.text, max(s, modal.start() - 40), modal.start()) and not _SEEMING.search(
            doc.text, s, modal.start()
        ):
            out.append((modal.start(), tested.end()))
    return out


# "will keep its test moratorium only as long as Washington does": a halt kept on a condition
# "keeping this policy up will depend on Washington": a halt named just before, or referred back to
_HALT_BEFORE = re.compile(
    r"\b(?:moratori(?:um|a)|halt|freeze|ban(?![\s\-]*treaty\b|['’]s\b)|restraint|(?:this|that|such\s+a)\s+(?:policy|line|course|commitment|pledge))\b[^;:.!?]{0,60}$",
    re.IGNORECASE,
)
# "when the pact takes effect depends on ratification", a test-ban treaty's terms: how a pact works, no halt held hostage
_HALT_NEUTRAL = re.compile(r"\b(?:entry\s+into\s+force|ratif\w*|success\s+of)\b", re.IGNORECASE)
_BACK_REF = re.compile(r"(?:this|that|such)\b", re.IGNORECASE)


# the condition a counter-move by others ("as long as Washington does", "as long as other powers
# refrain"), not a term of talks ("only as long as the talks go on")
_OTHERS = re.compile(r"\s+(?:the\s+)?(?:others|other\s+(?:powers|countries|states|nations|side|sides)|rivals?|its\s+rivals?|the\s+other\s+side)\b", re.IGNORECASE)


def _halt_conditioned(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'observes its moratorium on nuclear tests only for as long as others do the same'."""
    s = doc.sentences[index][0]
    out = []
    for h in (h for h in hits if h.label == "ONLY_WHILE"):
        m = _HALT_BEFORE.search(doc.text, max(s, h.start - 80), h.start)
        if m and h.id == "depend" and (
            _HALT_NEUTRAL.search(doc.text, m.start(), h.end)
            or _OBSERVERS_SAID.search(doc.text, s, doc.sentences[index][1])
            or not (_BACK_REF.match(doc.text, m.start()) or any(a.end <= m.start() for a in actor_hits(doc, index) if a.label == "ACTOR"))
        ):
            continue  # "depends on" needs a state that owns or states the halt, not an analyst's verdict
        if m and (_OTHERS.match(doc.text, h.end) or any(0 <= a.start - h.end < 25 for a in actor_hits(doc, index) if a.label == "ACTOR")):
            out.append((m.start(), h.end))
    return out


_TEST_COMPOUND = re.compile(r"[\s\-]*(?:ban|site|range|facility|facilities|ground|treaty)\b", re.IGNORECASE)


def _test_preparations(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'preparations for a possible nuclear test had been "completed in full"': a test made ready."""
    out = []
    for done in (h for h in hits if h.label == "PREP_DONE"):
        for t in doc.hits("tests", index, "TRIGGER"):
            if t.id == "test" and 0 < done.start - t.end < 150 and not _TEST_COMPOUND.match(doc.text, t.end):
                m = _PREPARE_BEFORE.search(doc.text, max(0, t.start - 60), t.start)
                if m:
                    out.append((m.start(), done.end))
                    break
    return out


_TO_QUESTION = re.compile(r"\s+to\s+(?:a\s+|the\s+)?(?:question|queries|query|request|inquiry)", re.IGNORECASE)


# "began joint exercises ... to practise the use of tactical nuclear weapons, in what Moscow called a
# response to ...": the drills' purpose clause may stand between them and the answer they are called
_RESPONSE_REACH = 120


def _drills_in_response(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'In response, ... staged a joint air exercise': drills presented as an answer or a warning
    (anywhere earlier in the sentence, or just after); routine drills are no escalation."""
    responses = [h for h in hits if h.label == "RESPONSE" and not _TO_QUESTION.match(doc.text, h.end)]
    out = []
    for d in (h for h in hits if h.label == "DRILL"):
        if any(r.end <= d.start or 0 <= r.start - d.end < _RESPONSE_REACH for r in responses):
            out.append((d.start, d.end))
    return out


_VOLLEY_GAP = re.compile(r"\s+(?:of\s+)?(?:(?:[\w'’\-]+,?|and)\s+){0,5}", re.IGNORECASE)
_NOT_VOLLEY = re.compile(r"\b(?:for|rate|views|visits|prisoners|letters|notes|data)\b", re.IGNORECASE)


def _exchanges(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'exchanged missile, drone and artillery strikes', 'traded fire', 'an exchange of fire': two
    sides firing (or trading threats) at each other; a list of kinds of fire may sit between."""
    out = []
    for a in (h for h in hits if h.label == "EXCHANGE"):
        for b in (h for h in hits if h.label == "VOLLEY"):
            if 0 < b.start - a.end < 45:
                if _VOLLEY_GAP.fullmatch(doc.text, a.end, b.start) and not _NOT_VOLLEY.search(doc.text, a.end, b.start):
                    out.append((a.start, b.end))
                break
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


def _after(doc: Document, hits: list[Hit], label: str, tail: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans from each `label` cue to the end of what `tail` matches right after it."""
    out = []
    for h in hits:
        if h.label == label:
            m = tail.match(doc.text, h.end)
            if m:
                out.append((h.start, m.end()))
    return out


# the words between a state and the force it uses: "Russia's full-scale", "Israel's three-week air";
# no function word, and nothing only feared ("Russia's possible invasion")
_POSSESSIVE = re.compile(r"['’]s?\s+((?:[\w\-]+\s+){0,3})")
_NOT_OWN_FORCE = re.compile(
    r"\b(?:of|for|against|to|by|from|on|with|about|over|and|or|the|a|an|fear|fears|risk|threat|defen[cs]e|response|"
    r"possible|potential|hypothetical|feared|alleged|rumou?red|resistance|counter|anti)\b",
    re.IGNORECASE,
)
# "Iran's strike capability", "Russia's offensive arms": a weapon or a figure, no force used
_FORCE_COMPOUND = re.compile(
    r"[\s\-]+(?:rates?|prices?|force|forces|group|groups|helicopters?|submarines?|aircraft|jets?|capabilit\w+|capacity|weapons?|"
    r"power|potential|plans?|doctrine|rifles?|drones?|package|team|vessels?|boats?|dogs?|ads?|line|zone|ships?|arms|nuclear|missiles?|"
    r"posture|cyber|range|options?|means|assets|systems?|units?|command|commands|headquarters|cent(?:er|re)|wing|squadron|brigade|"
    r"division|fleet|corps)\b",
    re.IGNORECASE,
)
# "the offensive" as a noun: what follows it is no noun it qualifies
_OFFENSIVE_NOUN = re.compile(
    r"\s*(?:[,.;:)\u2014\u2013]|\s(?:in|into|on|against|that|which|was|is|has|had|began|begins|continued|continues|launched|"
    r"lasted|ended|to|toward|towards|near|across|aimed|around|there|since|last|this)\b)",
    re.IGNORECASE,
)
_CAMPAIGN_FORCE = re.compile(r"\b(?:military|air|aerial|bombing|missile|drone|\d+-(?:day|week|month|year))\b", re.IGNORECASE)
_WAR_ON = re.compile(r"\s+(?:in|on|against|with)\s+(?!(?:the\s+)?(?:drugs|poverty|terror\w*|crime|corruption|inflation|pollution|disease|"
                     r"cancer|covid|virus|disinformation|smog|hunger|want|waste|plastic)\b)", re.IGNORECASE)
_ON_OWN = re.compile(r"(?:\s+(?:on|against))?\s+(?:its|their)\s+own\b", re.IGNORECASE)  # "a strike on its own satellite"


def _possessive_force(doc: Document, index: int, hits: list[Hit], label: str) -> list[tuple[int, int]]:
    """'Russia's invasion of Ukraine', "Israel's three-week air campaign", "Moscow's war in Ukraine":
    force a state uses, named as a noun after the state's possessive (a campaign only with a word of
    force, a war only 'in'/'on'/'against'/'with' something, "the offensive" only as a noun; an adjective
    before the noun, "Israeli strikes", is _national_strikes')."""
    nouns = [h for h in hits if h.label == label and (label != "ESCALATION" or h.id == "attack")]  # "invasion of"
    if not nouns:
        return []
    states = [a for a in actor_hits(doc, index) if a.label == "ACTOR"]
    out: list[tuple[int, int]] = []
    for n in nouns:
        for a in states:
            if not 0 < n.start - a.end <= 40:
                continue
            m = _POSSESSIVE.fullmatch(doc.text, a.end, n.start)
            if m is None or _NOT_OWN_FORCE.search(m.group(1)):
                continue
            word = doc.text[n.start : n.end].lower()
            if word == "offensive":
                ok = bool(_OFFENSIVE_NOUN.match(doc.text, n.end))
            elif word == "campaign":
                ok = bool(_CAMPAIGN_FORCE.search(m.group(1)))
            elif word == "war":
                ok = bool(_WAR_ON.match(doc.text, n.end))
            else:
                ok = not _FORCE_COMPOUND.match(doc.text, n.end)
            if ok and not _ON_OWN.match(doc.text, n.end):  # "India's 2019 strike on its own satellite": a test
                out.append((a.start, n.end))
            break
    return out


_OFFENSIVE_BEFORE = re.compile(
    r"\b(?:the|an|a|its|their|new|renewed|major|spring|summer|winter|autumn|planned|ground|long-awaited|expected)\s+$", re.IGNORECASE
)


def _bare_offensive(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'The offensive began in May', 'a renewed offensive in the east': a military offensive named
    as a noun (not 'offensive arms', 'an offensive remark')."""
    return [
        (h.start, h.end) for h in hits
        if h.label == "STRIKE_NOUN" and doc.text[h.start : h.end].lower() == "offensive"
        and _OFFENSIVE_BEFORE.search(doc.text, max(0, h.start - 16), h.start) and _OFFENSIVE_NOUN.match(doc.text, h.end)
    ]


# "instructed its troops to get ready for an assault", "ordered its forces to attack", "ordered air strikes"
_ORDER_FORCE = re.compile(
    r"\s+(?:(?:(?:the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:army|military|troops|forces|soldiers|units|navy|air\s+force|"
    r"commanders?|generals?|pilots|marines)\s+to\s+(?:(?:prepare|get\s+ready|be\s+ready|stand\s+ready|be\s+prepared)\s+(?:for\s+)?)?)?"
    r"(?:(?:the|an?|new|further|fresh|more|retaliatory|an\s+imminent|a\s+possible)\s+){0,2}",
    re.IGNORECASE,
)


def _ordered_force(doc: Document, hits: list[Hit], label: str) -> list[tuple[int, int]]:
    """An order whose object is force: 'instructed its troops to get ready for an assault', 'ordered
    retaliatory strikes' (not 'ordered an inquiry into the attack')."""
    out = []
    for o in (h for h in hits if h.label == "ORDER"):
        m = _ORDER_FORCE.match(doc.text, o.end)
        if m is None:
            continue
        for f in (h for h in hits if h.label == label):
            if f.start == m.end() and not _FORCE_COMPOUND.match(doc.text, f.end):
                out.append((o.start, f.end))
                break
    return out


# "a warning from the U.S. president", "the threat posed by Iran's missiles", "such a threat from the
# government in Delhi": the state after the noun voices or poses it
_FROM_STATE_GAP = re.compile(
    r"\s+(?:from|by|posed\s+by|emanating\s+from|coming\s+from)\s+(?:[\w'’\-.\[(]+\s+){0,5}?(?:the\s+)?\[?", re.IGNORECASE
)


def _noun_from_state(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """A warning or threat named as a noun with the state it comes from after it."""
    out: list[tuple[int, int]] = []
    nouns = [h for h in hits if h.label == "WARN_NOUN"]
    states = [a for a in actor_hits(doc, index) if a.label == "ACTOR"]
    for n in nouns:
        for a in states:
            if 0 < a.start - n.end <= 60 and _FROM_STATE_GAP.fullmatch(doc.text, n.end, a.start) and not _BREAK.search(doc.text, n.end, a.start):
                out.append((n.start, a.end))
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


_SITE_PREPARED = re.compile(
    r"\b(?:preparations?\s+(?:at|of|on|for)|prepar(?:ing|es|e)\s+(?:the|its|a)|ready(?:ing)?\s+(?:the|its)|readied\s+(?:the|its)|"
    r"readiness\s+(?:of|at))\s+(?:[\w'’\-.]+\s+){0,4}$",
    re.IGNORECASE,
)
_SITE_READY = re.compile(r"[^.;:!?]{0,50}?(?:\bfully\s+ready|\s(?:is|was|are|were|would\s+be|will\s+be)\s+(?:now\s+|already\s+)?ready\b)", re.IGNORECASE)
# "told officials to get the range ready", "work to make the test ground ready"
_SITE_MADE = re.compile(r"\b(?:get|gets|getting|got|make|makes|making|made|have|keep|keeps|keeping)\s+(?:the|its|a|their)\s+(?:[\w'’\-.]+\s+){0,4}$", re.IGNORECASE)
_BARE_READY = re.compile(r"\s+(?:fully\s+|completely\s+)?ready\b", re.IGNORECASE)
_FORMER_SITE = re.compile(r"\b(?:former|old|disused|abandoned|closed|decommissioned|museum|memorial|tours?|visit\w*|clean\w*|contaminat\w*)\b", re.IGNORECASE)


def _test_site_ready(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'preparations at the country's northern test site', 'readying the test range', 'the test site
    is fully ready': a test site made ready for use (not a former site visited or cleaned)."""
    out = []
    lo = doc.sentences[index][0]
    for t in (h for h in hits if h.label == "TEST_SITE"):
        m = _SITE_PREPARED.search(doc.text, max(lo, t.start - 70), t.start)
        start = m.start() if m else None
        after = _SITE_READY.match(doc.text, t.end)
        if after is None and (made := _SITE_MADE.search(doc.text, max(lo, t.start - 50), t.start)):
            after = _BARE_READY.match(doc.text, t.end)
            start = made.start() if after and start is None else start
        if start is None and after is None:
            continue
        begin = t.start if start is None else start
        if _FORMER_SITE.search(doc.text, min(begin, max(lo, t.start - 30)), t.start):
            continue  # one look back over the cue and the 30 characters before the site: "tours of the former test site"
        out.append((begin, after.end() if after else t.end))
    return out


_IF_BEFORE: re.Pattern[str] = re.compile(r"\b(?:if|unless|whether|should|once)\b[^,;:.]*$", re.IGNORECASE)  # a breach only supposed
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


# "at Israeli cities", "at the central Ukrainian city of", "at Russia": the fire's target a state's
_AT_STATE = re.compile(r"\s+at\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# "launched missiles toward Israel": the state itself, not a sea or area named after it ("toward the Japan Sea")
_TOWARD_STATE = re.compile(r"\s+(?:toward|towards|against)\s+(?:the\s+)?$", re.IGNORECASE)
_STATE_AREA = re.compile(r"\s*(?:['’]s?\s|\s(?:Sea|waters|coast|coastline|exclusive|island|islands|area|areas|side)\b)", re.IGNORECASE)
_AIMED = re.compile(r"\s(?:at|toward|towards|against|in|inside|within|into)\s")
# "rockets that splashed down within Japan's economic zone": fire that landed in a state's waters
_LANDED_IN = re.compile(
    r"\b(?:c[ao]mes?\s+down|land(?:ed|s)?|f[ae]ll|falls|splash(?:ed|es)?\s+down|crash(?:ed|es)?)\s+(?:in|inside|within|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWN_WATERS = re.compile(r"['’]s?\s+(?:exclusive\s+economic\s+zone|EEZ|territorial\s+waters|waters|territory)\b", re.IGNORECASE)
# "seems not to have come down in Japan's zone": a landing denied
_NOT_LANDED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
# "fired from a silo at Plesetsk": the place a launch came from, not its target
_LAUNCH_SITE = re.compile(
    r"\bfrom\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,2}"
    r"(?:silo|launcher|pad|site|base|cosmodrome|range|facility|submarine|ship|vessel|area)s?\s+at\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIRE_REACH = 90


def _fired_at(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'Russia fired an Oreshnik missile at the Ukrainian city of Vinnytsia': a launch aimed at a
    state's territory (not "at a target in the sea")."""
    out: list[tuple[int, int]] = []
    fired = [h for h in hits if h.label == "FIRED" and _AIMED.search(doc.text, h.end, h.end + _FIRE_REACH)]
    if not fired:
        return out
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    for f in fired:
        for a in states:
            if 0 < a.start - f.end < _FIRE_REACH and not _BREAK.search(doc.text, f.end, a.start):
                m = _AT_STATE.search(doc.text, max(f.end, a.start - 30), a.start) or (
                    None if _STATE_AREA.match(doc.text, a.end) else _TOWARD_STATE.search(doc.text, max(f.end, a.start - 20), a.start)
                )
                if m and _LAUNCH_SITE.search(doc.text, max(f.end, a.start - 70), a.start):
                    m = None
                if m is None and _OWN_WATERS.match(doc.text, a.end) and not _NOT_LANDED.search(doc.text, f.end, a.start):
                    m = _LANDED_IN.search(doc.text, max(f.end, a.start - 30), a.start)
                if m and m.start() >= f.end:
                    out.append((f.start, a.end))
                    break
    return out


_IF_ATTACK = re.compile(r"\b(?:if|should|once)\s+(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE)
_WE_WILL = re.compile(r"\b(?:we|they|it)\s+(?:will|would|shall)\s+$", re.IGNORECASE)


def _conditional_response(
    doc: Document, index: int, hits: list[Hit], attack: str = "ATTACK_VERB", respond: str = "RESPOND"
) -> list[tuple[int, int]]:
    """'If they attack us, we will respond', 'if they fire at us again, we will hit them harder':
    retaliation promised for an attack."""
    out = []
    for a in (h for h in hits if h.label == attack):
        m = _IF_ATTACK.search(doc.text, max(0, a.start - 30), a.start)
        if not m:
            continue
        for r in (h for h in hits if h.label == respond):
            if 0 < r.start - a.end < 50 and _WE_WILL.search(doc.text, max(0, r.start - 16), r.start):
                out.append((m.start(), r.end))
                break
    return out


# "Israeli warplanes pounded the port", "Israeli fighter jets had struck the ports", "Israel has
# struck Yemen", "Russian missiles struck the depot": a state (or its aircraft or missiles) striking,
# told in the active voice
_STRIKER_GAP = re.compile(
    r"\s+(?:(?:fighter\s+)?(?:warplanes|jets|aircraft|planes|bombers|drones|forces|troops|military|army|navy|air\s+force|missiles|rockets|artillery|warships)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:also|again|repeatedly|since|subsequently|then|later|reportedly|jointly|successfully)\s+)?"
)
_WEAPON_HIT = re.compile(r"\s+(?:[\w\-]+\s+)?(?:missiles|rockets|drones|shells|bombs|warplanes|jets|bombers|artillery)\s+(?:(?:also|again|then|reportedly)\s+)?$", re.IGNORECASE)
_HIT = re.compile(r"hit|hits", re.IGNORECASE)
_HIT_MARK = re.compile(r"\s+(?:their|its|the|a|all|both)\s+(?:(?:intended|designated|simulated|mock|practice|assigned)\s+)?(?:targets?|marks?)\b", re.IGNORECASE)
_ACTIVE_STRUCK = re.compile(r"struck|pounded|bombed|raided|attacked|shelled|(?:dropped|drops|dropping)\s+bombs(?:\s+on)?", re.IGNORECASE)
_NOT_STRUCK = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:deal|agreement|accord|balance|chord|note|tone|compromise|bargain|blow\s+for|gold|oil)\b",
    re.IGNORECASE,
)


def _state_struck(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'Israeli warplanes pounded the rebel-held port', 'Israel has struck Yemen': the striking
    state as subject, right before the verb (not 'struck a deal')."""
    out: list[tuple[int, int]] = []
    strikes = [
        h for h in hits
        if h.label == "STRIKE_VERB"
        and (
            _ACTIVE_STRUCK.fullmatch(doc.text, h.start, h.end)
            or (_HIT.fullmatch(doc.text, h.start, h.end) and not _HIT_MARK.match(doc.text, h.end))
        )
        and not doc.text.startswith(" by ", h.end) and not _NOT_STRUCK.match(doc.text, h.end)
    ]
    if not strikes:
        return out
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    for st in strikes:
        for a in states:
            if 0 < st.start - a.end <= 40 and (
                _WEAPON_HIT.fullmatch(doc.text, a.end, st.start)
                if _HIT.fullmatch(doc.text, st.start, st.end)
                else _STRIKER_GAP.fullmatch(doc.text, a.end, st.start)
            ):
                first = a
                for b in reversed(states):  # "Israel and the United States bombed": back over a conjoined state
                    if b.end <= first.start and _JOINED.fullmatch(doc.text, b.end, first.start):
                        first = b
                out.append((first.start, st.end))
                break
    return out


_INTERCEPT = re.compile(r"\bintercept\w*", re.IGNORECASE)
_FROM_STATE = re.compile(r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def _fired_from(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'intercepted a ballistic missile fired from Yemen': incoming fire from a state, told by
    the side that intercepted it (a test launched "from a site" names no state)."""
    out: list[tuple[int, int]] = []
    fired = [h for h in hits if h.label == "FIRED" and doc.text.startswith(" from ", h.end)]
    if not fired:
        return out
    s, e = doc.sentences[index]
    if not _INTERCEPT.search(doc.text, s, e):
        return out
    return _state_right_after(doc, index, fired, 12, _FROM_STATE)


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_PASSIVE_STRUCK = re.compile(r"struck|bombed|attacked|hit|targeted|shelled", re.IGNORECASE)


def _struck_by(doc: Document, index: int, hits: list[Hit]) -> list[tuple[int, int]]:
    """'sites struck by Israeli and U.S. warplanes', 'bombed by Russia': a state's strike in the passive."""
    out: list[tuple[int, int]] = []
    strikes = [
        h for h in hits
        if h.label == "STRIKE_VERB" and doc.text.startswith(" by ", h.end) and _PASSIVE_STRUCK.fullmatch(doc.text, h.start, h.end)
    ]
    if not strikes:
        return out
    return _state_right_after(doc, index, strikes, 8, _BY_AGENT)


def _state_right_after(doc: Document, index: int, cues: list[Hit], reach: int, gap: re.Pattern[str]) -> list[tuple[int, int]]:
    """Each cue with the first state named within `reach` characters after it, the words between
    matching `gap` ("fired from Yemen", "struck by Israel"): the span from the cue to that state."""
    out = []
    for cue in cues:
        for a in actor_hits(doc, index):
            if a.label == "ACTOR" and 0 < a.start - cue.end <= reach and gap.fullmatch(doc.text, cue.end, a.start):
                out.append((cue.start, a.end))
                break
    return out
