"""escalation: threats, provocations, strikes, arsenal build-up and nuclear steps between states."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from streams.extract import escalation_classifier
from streams.extract.actors import actor_at, actor_hits, code_of, is_object, joined_pair, owner_at
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match

_PAIR_WINDOW = 60
_NEG_WINDOW = 22
_REJECT_WINDOW = 50  # 'not participate in so-called trilateral nuclear disarmament negotiations'
_REJECT_GAP = re.compile(r"\s+(?:[\w'’\-.]+\s+){0,4}")  # words ("U.S."), no clause break, between refusal and talks
# "to trigger the 2015 nuclear accord's (JCPOA) snapback": a long pact name, a bracketed acronym one step
_ACTIVATE = re.compile(r"\b(?:activat|trigger|invok|initiat|launch|us(?:e|ing))\w*\b(?:\([^().]{0,12}\)|[^.(]){0,45}$", re.IGNORECASE)


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
                if _TRADE_GAP.search(doc.text, a.end, b.start):
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


# "end restrictions on inspections", "denied that inspectors ...": the oversight is not what is cut
_NOT_CURBED = re.compile(
    r"\b(?:(?<!dozens\s)(?<!hundreds\s)(?<!several\s)(?<!some\s)(?<!all\s)(?<!most\s)(?<!many\s)of|that|to|for|by|from|after|before|while|when|with|and|or|but|allow\w*|permit\w*|accept\w*|agree\w*|"
    r"restrictions?|curbs?|limits?|limitations?|ban|suspension|"
    r"halt|freeze|obstacles?|curtailment|restraints?)\b",
    re.IGNORECASE,
)
_HELD_TO = re.compile(r"\s+(?:to\s+account|accountable|responsible)\b", re.IGNORECASE)


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


# "the pact would be scrapped unless", "the treaty is now suspended": a treaty dropped, told in the passive
_DROPPED = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|is\s+to\s+be|is\s+being|shall\s+be)\s+(?:now\s+|formally\s+|effectively\s+)?"
    r"(?:suspended|scrapped|abandoned|torn\s+up|terminated|revoked|annulled|held\s+in\s+abeyance|put\s+on\s+hold)\b",
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


# "pull out of the Intermediate Nuclear Forces (INF) treaty", "suspend the Open Skies Treaty": a
# treaty's proper name (capitalised words, a bracketed acronym) between the verb and its noun
_NAMED_TREATY = re.compile(
    r"\s+(?:(?:out\s+)?(?:of|from)\s+)?(?:the\s+)?(?:(?:[A-Z0-9][\w'’\-.]*|\([A-Z][\w\-]{1,10}\))\s+){1,7}"
)
_OUT_OF = re.compile(r"\s+(?:out\s+)?(?:of|from)\s", re.IGNORECASE)


def _named_treaty_exit(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """'will pull out of the Intermediate Nuclear Forces (INF) treaty', 'quit the Anti-Ballistic
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


def _armed_subject(doc: Document, index: int, cue: Hit, hits: list[Hit]) -> bool:
    """'US warships will be our targets', 'American bases ... are our targets': forces, sites or a
    state named before the words that declare them targets."""
    lo = max(doc.sentences[index][0], cue.start - 80)
    return any(h.label in ("TARGET", "FORCE_UNIT") and lo <= h.start < cue.start for h in hits) or any(
        a.label == "ACTOR" and lo <= a.start < cue.start for a in actor_hits(doc, index)
    )


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


# "shells from the North landed near the island": fire that came from a side
_FROM_LANDED = re.compile(
    r"\s+(?:fired\s+)?from\s+(?:the\s+)?(?:[A-Z][\w'’\-.]*\s+){1,3}(?:landed|fell|struck|hit|exploded|slammed)\b"
)


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


# "blew up the joint liaison office", "blowing up bridges": the other side's buildings destroyed
# (not "blew up the tunnel entrances" or buildings of its own test site, nor a rocket that blew up)
_BLOWN_UP = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?(?:office|offices|building|buildings|bridges?|roads?|railways?|embassy|"
    r"consulate|checkpoints?|outposts?|guard\s+posts?|headquarters|barracks)\b"
    r"(?![^.;:!?]{0,40}\b(?:test|nuclear|the)\s+site\b)",
    re.IGNORECASE,
)


_CONVERSION = re.compile(r"(?:conversion|yellowcake|uranium\s+ore)\b", re.IGNORECASE)
_RESTARTED = re.compile(r"re(?:start|sum)|expand", re.IGNORECASE)
_DEFIANCE = re.compile(r"\bin\s+defiance\b", re.IGNORECASE)


def _plain_conversion(doc: Document, h: Hit, hits: list[Hit]) -> bool:
    """'the conversion of uranium at the new plant will begin': fuel-cycle business, no step unless
    the conversion is restarted, resumed or expanded, or done in defiance of someone."""
    if h.label != "ENRICH_NOUN" or not _CONVERSION.match(doc.text, h.start):
        return False
    if any(v.label == "ENRICH_VERB" and v.end <= h.start and _RESTARTED.match(doc.text, v.start) for v in hits):
        return False
    return not _DEFIANCE.search(doc.text, h.end, min(len(doc.text), h.end + 80))


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


# "an exercise near the Strait of Hormuz": drills by an international waterway press no state
# (unlike "near the island", "around Taiwan", "near the border")
_WATERWAY = re.compile(r"\s+(?:the\s+)?(?:Straits?|Gulf|Sea|Bay)\s+of\b")


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


# "rejected the demand for an apology as slander" keeps the refusal; "rejected the appeal court's ruling" is a court's
_APPEAL_NOT_REFUSED = re.compile(r"\s*(?:court|courts|judges?|ruling|verdict|hearing|process|tribunal)\b", re.IGNORECASE)
# "abandoned its demand that ...", "dropped the demand": a demand of one's own given up, a concession
_GIVEN_UP = re.compile(r"(?:abandon|drop|suspend|broke|pull|walk|with)", re.IGNORECASE)
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


_OF_FOR = re.compile(r"\s*(?:of|for|over)\b", re.IGNORECASE)
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


# "the arsenal will grow obsolete", "forces would grow weaker": growing into a state, not in size
_GROWN_INTO = re.compile(r"\s+(?:old|obsolete|outdated|weak|thin|\w+er\b|less|more\s+vulnerable|increasingly)", re.IGNORECASE)
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


_SHIP_TRADE = re.compile(r"[\s\-]+(?:rates?|market|stocks?|shares|owners?|operators?|companies|firms|insurance|traffic|fleet|industry|earnings)\b", re.IGNORECASE)
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


_CONDITIONAL = re.compile(r"\b(?:unless|if|until)\b", re.IGNORECASE)
_REFRAIN_REACH = 70
_HEDGE_AFTER = 60
_NEW_CLAUSE = re.compile(r"[;:.!?]|,\s+(?:but|and|while|yet|though|although)\b|\b(?:but|unless|or\s+else|otherwise)\b", re.IGNORECASE)
# a halt of the activity the cue names: "halted attacks", "stopped producing", "ceased all enrichment",
# "to cancel a planned deployment" (what is demanded called off)
_CANNOT = re.compile(r"\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t|unable\s+to)\s+(?:(?:ever|now|yet)\s+)?$", re.IGNORECASE)
_STOPPED = re.compile(
    r"\b(?:halt|halted|halts|halting|stop|stopped|stops|stopping|cease|ceased|ceases|ceasing|suspended|paused|"
    r"ended|abandoned|renounced|dismantled|cancel|cancels|cancelled|canceled|cancelling|canceling|call\s+off|called\s+off)"
    r"\s+(?:(?:its|their|all|the|a|an|further|any)\s+)?(?:(?:planned|proposed|announced|scheduled)\s+)?$",
    re.IGNORECASE,
)


_PREVENTED = re.compile(
    r"\b(?:prevent|prevents|prevented|preventing|keep|keeps|keeping|kept|stop|stops|stopping|bar|bars|barring|barred)\s+"
    r"(?:[\w'’\-.]+\s+){1,3}from\s+$",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE)
_DISMANTLING = re.compile(r"\b(?:dismantl|demolish|demolition)\w*[^;:!?]{0,110}$", re.IGNORECASE)
_WRECK = re.compile(r"destr|blow|blew|blast|explod", re.IGNORECASE)


# "the treaty allows Moscow to station nuclear arms in Belarus": a build-up whatever the terms allow
_POSTED = re.compile(r"\b(?:station|stationed|stationing|deploy|deploys|deployed|deploying|send|sends|sent|sending)\b", re.IGNORECASE)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)


def _in_relative(text: str, lo: int, start: int) -> bool:
    """'whether the bombers, which flew a show of force, carried ...': the cue inside a relative clause
    told as fact (still open, no closing comma yet before the cue)."""
    rel = None
    for rel in _RELATIVE.finditer(text, lo, start):
        pass
    return rel is not None and "," not in text[rel.end() : start]


def _blocked(doc: Document, index: int, start: int, hits: list[Hit], *, factual: bool = False) -> bool:
    """Negated, hedged by doubting experts, or conciliatory language near the cue; a `factual`
    cue (a state's invasion named as a noun) is a fact told, which no earlier doubt hedges."""
    s = doc.sentences[index][0]
    clause = doc.clause_at(start)
    # conciliatory words bind their own clause: "said it was peaceful, and warned that ..." escalates
    if any(h.label == "DEESCALATION" and 0 <= start - h.end < _NEG_WINDOW and h.start >= clause[0] for h in hits):
        return True
    # "refrain from any action that could be misread as hostile": what is forsworn, relative clause and all
    if any(
        h.id == "refrain" and 0 <= start - h.end < _REFRAIN_REACH and not _NEW_CLAUSE.search(doc.text, h.end, start)
        for h in hits
        if h.label == "DEESCALATION"
    ):
        return True
    # "did not say whether Ankara plans to acquire ...": the question left open binds its own clause
    # ("... whether, but stressed that Russia could use them" escalates)
    if not factual and any(
        h.label == "HEDGE"
        and h.end <= start
        and (h.id != "unsaid" or not (_NEW_CLAUSE.search(doc.text, h.end, start) or _in_relative(doc.text, h.end, start)))
        for h in hits
    ):
        return True
    # "a resumption of testing remained unlikely": the doubt closing the cue's own clause
    if any(
        h.label == "HEDGE" and start < h.start < min(clause[1], start + _HEDGE_AFTER) and not _NEW_CLAUSE.search(doc.text, start, h.start)
        for h in hits
    ):
        return True
    # "there were no reports of missile tests or hostile acts": what is reported absent, list and all
    if any(
        h.label == "ABSENT" and 0 <= start - h.end < _REFRAIN_REACH and not _NEW_CLAUSE.search(doc.text, h.end, start)
        for h in hits
    ):
        return True
    # "the pact allows members to withdraw if events threaten their interests": a treaty's terms told
    if any(
        h.label == "MECHANISM"
        and h.id == "treaty"
        and 0 <= start - h.end < 100
        and not _NEW_CLAUSE.search(doc.text, h.end, start)
        and not _POSTED.search(doc.text, h.end, min(doc.sentences[index][1], start + 30))
        for h in hits
    ):
        return True
    # "had no plans for now to increase the number of deployed warheads": the whole clause,
    # unless a condition turns it into a threat ("no intention of testing unless ...")
    for h in hits:
        if h.label == "NOPLAN" and clause[0] <= h.start and h.end <= start and not _CONDITIONAL.search(doc.text, h.end, start + 6):
            return True
    negations = doc.hits("tests", index, "NEGATION")
    # bound to the cue's clause: 'would "not back down", and accused Beijing of ...' escalates
    if any(max(s, clause[0], start - _NEG_WINDOW) <= h.start and h.end <= start for h in negations):
        return True
    if _CANNOT.search(doc.text, max(s, clause[0], start - 16), start):
        return True  # "so that it cannot develop nuclear weapons": a capability denied
    if _STOPPED.search(doc.text, max(s, start - 24), start):
        return True  # "largely halted attacks on shipping", "have stopped producing enriched uranium"
    if _PREVENTED.search(doc.text, max(s, clause[0], start - 50), start):
        return True  # "the pact was meant to keep Tehran from building a bomb": what a deal is for
    if _ANNIVERSARY.search(doc.text, max(s, start - 50), start):
        return True  # "on the 80th anniversary of the atomic bombing of Nagasaki": a date remembered
    if _DISMANTLING.search(doc.text, max(s, start - 120), start) and _WRECK.match(doc.text, start):
        return True  # "took the test site apart, blasting the tunnel entrances to destroy them": a site dismantled
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    return bool(distracted) and not doc.between("domain", clause[0], clause[1], "DOMAIN")


def _threatened(doc: Document, index: int, cue: Hit, hits: list[Hit]) -> bool:
    """Sanctions escalate when threatened or triggered; sanctions simply imposed do not."""
    lo = max(doc.sentences[index][0], cue.start - 60)
    if "snap" in doc.text[cue.start : cue.end].lower():
        return bool(_ACTIVATE.search(doc.text, max(0, cue.start - 80), cue.start))
    modal = doc.between("tests", lo, cue.start, "PROSPECTIVE")
    threat = [h for h in hits if h.id in ("threat", "warn") and lo <= h.start < cue.start]
    return bool(modal or threat)


def _may_cue(hits: list[Hit], labels: set[str] | None = None) -> bool:
    """Whether _cues can find anything: a cue word, an order, or all the labels of a family;
    `labels` is the hits' label set when the caller has it cached (Document.labels)."""
    if labels is None:
        labels = {h.label for h in hits}
    if labels.isdisjoint(_CUE_LABELS):  # no cue word, no order and no family's label: skip the per-family walk
        return False
    if not labels.isdisjoint(_ALONE_LABELS):  # a cue word, an order, or a one-label family
        return True
    return any(need <= labels for need in _PAIRED_NEEDS)


# pair and rule families, each run only when its sentence holds the labels it needs
_Family = tuple[frozenset[str], Callable[[Document, int, list[Hit]], list[tuple[int, int]]]]
# the families whose spans tell a fact no earlier doubt hedges ("unlikely as ... over Russia's invasion"):
# "Russia's invasion of Ukraine", "Israel's three-week air campaign", "Moscow's war in Ukraine", a
# state's use of force named as a noun after it
_FACTUAL_FAMILIES: tuple[_Family, ...] = (
    (frozenset({"STRIKE_NOUN"}), lambda d, i, h: _possessive_force(d, i, h, "STRIKE_NOUN")),
    (frozenset({"WAR_NOUN"}), lambda d, i, h: _possessive_force(d, i, h, "WAR_NOUN")),
    (frozenset({"ESCALATION"}), lambda d, i, h: _possessive_force(d, i, h, "ESCALATION")),
)
_FAMILIES: tuple[_Family, ...] = (
    (frozenset({"STRENGTHEN", "ARSENAL"}), lambda d, i, h: _pairs(h, "STRENGTHEN", "ARSENAL", ordered=True, doc=d)),
    (frozenset({"ENRICH_VERB", "ENRICH_NOUN"}), lambda d, i, h: _pairs(_other_resumed(d, h), "ENRICH_VERB", "ENRICH_NOUN", ordered=False)),
    (frozenset({"REJECT", "TALKS"}), lambda d, i, h: _rejections(d, h, unless=_TALKS_PLACE)),
    # "flatly rebuffed the council's plea", "turned down the demand": an appeal to a state refused
    (frozenset({"REJECT", "APPEAL"}), lambda d, i, h: [
        sp for sp in _rejections(d, h, "REJECT", "APPEAL", unless=_APPEAL_NOT_REFUSED) if not _GIVEN_UP.match(d.text, sp[0])
    ]),
    # "removes the final limit it accepted under the accord": a deal's restriction thrown off
    (frozenset({"LIFT_LIMIT", "LIMIT", "TREATY"}), lambda d, i, h: _limits_dropped(d, i, h)),
    # "the disarmament talks have become pointless": talks declared of no use
    (frozenset({"TALKS", "FUTILE"}), lambda d, i, h: _talks_futile(d, i, h)),
    # "revoking Russia's ratification", "suspended the Indus Waters Treaty", "quit the NPT"
    (frozenset({"REVOKE", "RATIFICATION"}), lambda d, i, h: _rejections(d, h, "REVOKE", "RATIFICATION")),
    (frozenset({"SUSPEND", "TREATY"}), lambda d, i, h: _rejections(d, h, "SUSPEND", "TREATY")),
    (frozenset({"SUSPEND", "TREATY"}), lambda d, i, h: _role_dropped(d, h)),
    (frozenset({"PUT", "TREATY"}), lambda d, i, h: _role_dropped(d, h)),
    (frozenset({"QUIT", "TREATY"}), lambda d, i, h: _rejections(d, _no_venue_left(d, h), "QUIT", "TREATY", unless=_NOT_QUIT)),
    (frozenset({"QUIT", "TREATY"}), lambda d, i, h: _named_treaty_exit(d, _no_venue_left(d, h))),
    (frozenset({"WITHDREW", "TREATY"}), lambda d, i, h: _named_treaty_exit(d, h)),
    (frozenset({"SUSPEND", "TREATY"}), lambda d, i, h: _named_treaty_exit(d, h)),
    # "suspending the last remaining strategic arms treaty": a treaty suspended behind a longer
    # determiner-led object of modifiers (no preposition, clause or conjunction in between)
    (frozenset({"SUSPEND", "TREATY"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "SUSPEND", "TREATY", words=7, window=80, unless=_NOT_TREATY_OBJECT)
        if _DETERMINER_OBJECT.match(d.text, sp[0] + 1) and not _participle(d, _first_hit(h, sp[0], "SUSPEND"))
        and not _NOT_QUIT.match(d.text, sp[1])
    ]),
    (frozenset({"PUT", "TREATY"}), lambda d, i, h: _treaty_on_hold(d, h)),
    (frozenset({"TALKS"}), lambda d, i, h: _talks_ruled_out(d, h)),
    (frozenset({"ENRICH_NOUN"}), lambda d, i, h: _enrichment_build(d, h)),
    (frozenset({"ARSENAL", "STRONGER"}), lambda d, i, h: _stronger(d, h)),
    (frozenset({"REIMPOSE", "SANCTIONS"}), _reinstated_sanctions),
    # "Seoul responded by firing missiles", 'would respond "symmetrically"'
    (frozenset({"RESPOND_BY", "FORCE_ING"}), lambda d, i, h: _adjacent(d, h, "RESPOND_BY", "FORCE_ING")),
    (frozenset({"RESPOND", "SYMMETRIC"}), lambda d, i, h: _adjacent(d, h, "RESPOND", "SYMMETRIC")),
    (frozenset({"ACCUSE"}), _accusations),
    (frozenset({"PRESS"}), _pressing),
    (frozenset({"FIRST"}), lambda d, i, h: _tit_for_tat(d, h)),
    (frozenset({"REGIME"}), lambda d, i, h: _regime_end(d, h)),
    (frozenset({"DRILL", "RESPONSE"}), lambda d, i, h: _drills_in_response(d, h)),
    # "answered by staging live-fire drills", "retaliated by holding naval exercises": drills as the answer
    (frozenset({"RESPOND_BY", "DRILL"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "RESPOND_BY", "DRILL", words=4, window=45, unless=_DRILLS_CALLED_OFF)
        if not _RELIEF_AFTER.match(d.text, sp[1])
    ]),
    # "stop allowing short-notice inspections", "suspend implementation of the Additional Protocol"
    (frozenset({"CURB", "OVERSIGHT"}), lambda d, i, h: _objects(d, h, "CURB", "OVERSIGHT", words=4, unless=_NOT_CURBED)),
    # "will never allow Tehran to obtain an atomic bomb"
    (frozenset({"NOT_ALLOW", "BOMB"}), lambda d, i, h: _objects(d, h, "NOT_ALLOW", "BOMB", words=6, window=60)),
    # "struck Iranian air defences", "bombed military sites"
    (frozenset({"STRIKE_VERB", "TARGET"}), lambda d, i, h: _objects(d, h, "STRIKE_VERB", "TARGET", words=3, window=40)),
    # "blasted Iran's main underground nuclear site": a longer object owned by a state
    (frozenset({"STRIKE_VERB", "TARGET"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "STRIKE_VERB", "TARGET", words=5, window=60) if _OWNED.search(d.text, sp[0], sp[1])
    ]),
    # "intended to strike within 36 hours", "is preparing to attack"
    (frozenset({"INTEND", "ATTACK_VERB"}), lambda d, i, h: _adjacent(d, h, "INTEND", "ATTACK_VERB")),
    # 'examine restarting "all temporarily suspended activities"'
    (frozenset({"RESTART", "HALTED"}), lambda d, i, h: _objects(d, h, "RESTART", "HALTED", words=3, window=40)),
    # "would hold Russia to account", "held Pyongyang responsible"
    (frozenset({"HOLD"}), lambda d, i, h: [(a, b) for a, b, _ in _state_object(d, i, h, "HOLD", _HELD_TO)]),
    # "drills near the island", "largest-ever exercises": drills staged as pressure
    (frozenset({"DRILL", "NEAR"}), lambda d, i, h: [
        sp for sp in _adjacent(d, h, "DRILL", "NEAR") if not _WATERWAY.match(d.text, sp[1])
    ]),
    (frozenset({"BIG", "DRILL"}), lambda d, i, h: _objects(d, h, "BIG", "DRILL", words=2, window=30)),
    # "snap tactical nuclear weapons drills": no-notice drills, staged as a signal
    (frozenset({"BIG", "DRILL"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "BIG", "DRILL", words=4, window=45) if d.text[sp[0] : sp[0] + 4].lower() == "snap"
    ]),
    # "flew B-1B bombers along the coast", "sent three aircraft carriers", "moved artillery units toward the border"
    (frozenset({"DISPATCH", "FORCE_UNIT"}), lambda d, i, h: _objects(d, h, "DISPATCH", "FORCE_UNIT", words=3, window=40)),
    # "showed off an underground missile city", "enough missile bases to unveil a new one"
    (frozenset({"SHOWCASE", "ARSENAL"}), lambda d, i, h: _pairs(h, "SHOWCASE", "ARSENAL", ordered=False)),
    (frozenset({"EXCHANGE", "VOLLEY"}), lambda d, i, h: _exchanges(d, h)),
    (frozenset({"INTEND"}), _deadline_threats),
    (frozenset({"ENRICH_VERB"}), _enrichment_resumed),
    (frozenset({"STRIKE_VERB"}), _national_strikes),
    (frozenset({"PREP_DONE"}), _test_preparations),
    # "would be delivered to coastal units in large numbers": weapons fielded en masse
    (frozenset({"SUPPLY", "MASS"}), lambda d, i, h: _pairs(h, "SUPPLY", "MASS", ordered=True, doc=d)),
    # "our strategic forces will grow", "the arsenal will be expanded": an arsenal announced to grow
    (frozenset({"ARSENAL", "GROW"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "ARSENAL", "GROW", words=0, window=6) if not _GROWN_INTO.match(d.text, sp[1])
    ]),
    # "hundreds of soldiers had moved to within a few kilometres of": troops closing in
    (frozenset({"FORCE_UNIT", "ADVANCE"}), lambda d, i, h: _pairs(h, "FORCE_UNIT", "ADVANCE", ordered=True)),
    # 'the treaty would be "held in abeyance"', "could hold in abeyance all bilateral agreements"
    (frozenset({"ABEYANCE", "TREATY"}), lambda d, i, h: _pairs(h, "ABEYANCE", "TREATY", ordered=False)),
    # "will continue to expand the means of strategic deterrence": an arsenal announced to grow
    (frozenset({"GROW", "ARSENAL"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "GROW", "ARSENAL", words=4, window=40) if _EXPAND.search(d.text, sp[0], sp[0] + 30)
    ]),
    # "say they hit an oil tanker", "sank two bulk carriers": merchant ships attacked
    (frozenset({"STRIKE_VERB", "SHIP"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "STRIKE_VERB", "SHIP", words=3, window=40) if not _SHIP_TRADE.match(d.text, sp[1])
    ]),
    (frozenset({"SINK", "SHIP"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "SINK", "SHIP", words=3, window=40) if not _SHIP_TRADE.match(d.text, sp[1])
    ]),
    # "fired more than 200 shells near the island", "fired dozens of coastal artillery rounds"
    (frozenset({"FIRED", "MUNITION"}), lambda d, i, h: _objects(d, h, "FIRED", "MUNITION", words=4, window=45)),
    (frozenset({"MUNITION"}), lambda d, i, h: _after(d, h, "MUNITION", _FROM_LANDED)),
    # "fired hundreds of ballistic missiles at Israeli cities": fire at another state
    (frozenset({"FIRED"}), lambda d, i, h: _fired_at(d, i, h)),
    # "If they attack us, we will respond": retaliation promised
    (frozenset({"ATTACK_VERB", "RESPOND"}), lambda d, i, h: _conditional_response(d, i, h)),
    # "if they fire at us again, we will hit them harder", "should they attack, we will strike back"
    (frozenset({"FIRED", "STRIKE_VERB"}), lambda d, i, h: _conditional_response(d, i, h, "FIRED", "STRIKE_VERB")),
    (frozenset({"ATTACK_VERB", "STRIKE_VERB"}), lambda d, i, h: _conditional_response(d, i, h, "ATTACK_VERB", "STRIKE_VERB")),
    # "sites struck by Israeli and U.S. warplanes": strikes told in the passive
    (frozenset({"STRIKE_VERB"}), lambda d, i, h: _struck_by(d, i, h)),
    # "Israeli warplanes pounded the port", "Israel has struck Yemen": strikes told in the active voice
    (frozenset({"STRIKE_VERB"}), lambda d, i, h: _state_struck(d, i, h)),
    # "intercepted a ballistic missile fired from Yemen": incoming fire from a state
    (frozenset({"FIRED"}), lambda d, i, h: _fired_from(d, i, h)),
    # "put the missile into service", "accepted the system into service": a new weapon fielded
    # "(commissioned into service in 1997)": a weapon's service history, not a new one fielded
    (frozenset({"PUT", "INTO_SERVICE"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "PUT", "INTO_SERVICE", words=4, window=40) if not _long_ago(d, sp[1])
    ]),
    # "had loaded more than 100 ICBMs into new silo fields": weapons loaded into launch sites
    (frozenset({"LOAD", "ARSENAL"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "LOAD", "ARSENAL", words=10, window=90) if _INTO.search(d.text, sp[0], sp[1])
    ]),
    # "gave Tehran two weeks to return to talks", 'had given Iran "two weeks" to': an ultimatum
    (frozenset({"GIVE"}), _time_given),
    # "the deal's fate ... since the United States withdrew in 2018": a state leaving a deal named before
    (frozenset({"WITHDREW"}), _bare_withdrawals),
    # "expelled three diplomats", "expels the defence attaché": diplomats thrown out
    (frozenset({"EXPEL", "DIPLOMAT"}), lambda d, i, h: _objects(d, h, "EXPEL", "DIPLOMAT", words=4, window=50)),
    # "launched a wave of strikes", "carried out air strikes", "mounted a surprise offensive"
    (frozenset({"LAUNCH_VERB", "STRIKE_NOUN"}), lambda d, i, h: _objects(d, h, "LAUNCH_VERB", "STRIKE_NOUN", words=3, window=40, unless=_REHEARSED)),
    # "has mounted over 90 operations against shipping", "conducted dozens of sorties": a campaign
    # counted (a count in the gap; "conducted search operations" is no campaign)
    (frozenset({"LAUNCH_VERB", "OPERATIONS"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "LAUNCH_VERB", "OPERATIONS", words=4, window=40, unless=_REHEARSED)
        if _COUNTED.search(d.text, sp[0], sp[1])
    ]),
    # "revised its nuclear doctrine", "a lower threshold for nuclear use"
    (frozenset({"DOCTRINE_VERB", "DOCTRINE"}), lambda d, i, h: _objects(d, h, "DOCTRINE_VERB", "DOCTRINE", words=5, window=60)),
    # "violated its territorial waters", "entered the airspace": an intrusion
    (frozenset({"INTRUDE", "BORDER"}), lambda d, i, h: _objects(d, h, "INTRUDE", "BORDER", words=3, window=40)),
    # "will go on targeting enemy warships", "targeting several military and nuclear sites"
    (frozenset({"TARGET_VERB", "TARGET"}), lambda d, i, h: _objects(d, h, "TARGET_VERB", "TARGET", words=4, window=50)),
    # "will not allow Tehran to rebuild": a state barred, by force, from rebuilding
    (frozenset({"NOT_ALLOW", "REBUILD"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "NOT_ALLOW", "REBUILD", words=4, window=40) if _STATE_TO.search(d.text, sp[0], sp[1])
    ]),
    # "has exceeded the 300-kilogram stockpile limit", "breached the enrichment cap": a deal's ceiling broken
    (frozenset({"BREACH", "LIMIT"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "BREACH", "LIMIT", words=6, window=70, unless=_NOT_BREACH)
        if not _IF_BEFORE.search(d.text, max(d.sentences[i][0], sp[0] - 30), sp[0])
        and not (d.text[sp[0] : sp[0] + 5].lower() == "cross" and _PASSAGE.search(d.text, sp[0], sp[1]))
    ]),
    # "would respond to such moves in a balanced manner": a promised response, its object between
    (frozenset({"RESPOND", "SYMMETRIC"}), lambda d, i, h: _objects(d, h, "RESPOND", "SYMMETRIC", words=4, window=45)),
    # 'the council will weigh taking "appropriate measures"': a body weighing punitive steps
    (frozenset({"PONDER", "SYMMETRIC"}), lambda d, i, h: _objects(d, h, "PONDER", "SYMMETRIC", words=1, window=20)),
    # "regard all the enemy's warships as legitimate targets": another state's assets declared targets
    (frozenset({"DEEM", "TARGET"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "DEEM", "TARGET", words=6, window=70) if _TARGETS_END.search(d.text, sp[0], sp[1])
    ]),
    # "output of the missiles will resume", "restart production of warheads": weapons made again
    (frozenset({"RESTART", "PRODUCTION"}), lambda d, i, h: [
        sp for sp in _pairs(h, "RESTART", "PRODUCTION", ordered=False) if _RESUMED.search(d.text, sp[0], sp[1])
    ]),
    # "took two steps in reducing its nuclear commitments", "will cut further obligations under the deal"
    (frozenset({"CURB", "TREATY"}), lambda d, i, h: _commitments_cut(d, i, h)),
    # "has been gradually breaching terms of the 2015 pact", "flouted the accord": a deal broken
    (frozenset({"INTRUDE", "TREATY"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "INTRUDE", "TREATY", words=6, window=60, unless=_NOT_BREACH)
        if not _IF_BEFORE.search(d.text, max(d.sentences[i][0], sp[0] - 30), sp[0])
        and not _UNDONE_BEFORE.search(d.text, max(d.sentences[i][0], sp[0] - 25), sp[0])
    ]),
    # "to develop new intercontinental ballistic missiles", "will build more warheads": new arms announced
    # ("makes more missiles in a month than Europe does in a year" compares output: no build-up)
    (frozenset({"ARMS_VERB", "NEW_ARMS"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "ARMS_VERB", "NEW_ARMS", words=2, window=25) if not _THAN_AFTER.match(d.text, sp[1])
    ]),
    *_FACTUAL_FAMILIES,
    # "the offensive began in May", "a renewed offensive, which": the offensive as a noun, no state named
    (frozenset({"STRIKE_NOUN"}), lambda d, i, h: _bare_offensive(d, h)),
    # "instructed its troops to get ready for an assault", "ordered air strikes on": force ordered
    (frozenset({"ORDER", "STRIKE_NOUN"}), lambda d, i, h: _ordered_force(d, h, "STRIKE_NOUN")),
    (frozenset({"ORDER", "ATTACK_VERB"}), lambda d, i, h: _ordered_force(d, h, "ATTACK_VERB")),
    # "a warning from the U.S. president", "the threat posed by Pyongyang": a state's threat named as a noun
    (frozenset({"WARN_NOUN"}), lambda d, i, h: _noun_from_state(d, i, h)),
    # "would take further steps once the deadline passes": a move announced for after a deadline
    (frozenset({"INTEND", "DEADLINE_NOUN"}), lambda d, i, h: _steps_after_deadline(d, h)),
    # "preparations at the northern test site", "the range is fully ready": a test site made ready
    (frozenset({"TEST_SITE"}), lambda d, i, h: _test_site_ready(d, i, h)),
    # "would resume nuclear testing if any rival did so": a vow to restart testing
    (frozenset({"INTEND", "RESTART"}), lambda d, i, h: _resume_vowed(d, i, h)),
    # "held open the prospect of resuming nuclear tests", "did not rule out restarting testing"
    (frozenset({"PROSPECT", "RESTART"}), lambda d, i, h: _resume_vowed(d, i, h)),
    # "keeps its test moratorium only as long as Washington does": a halt held on a condition
    (frozenset({"ONLY_WHILE"}), lambda d, i, h: _halt_conditioned(d, i, h)),
    # '"we are able to stage such tests"': a state voicing that it may test
    (frozenset({"WE_CAN"}), lambda d, i, h: _after(d, h, "WE_CAN", _TESTS_AFTER)),
    # "will not ask anyone's permission to build missiles": an arsenal grown in defiance
    (frozenset({"NOPERMIT"}), lambda d, i, h: _after(d, h, "NOPERMIT", _ARMS_AFTER)),
    # "unleashing tens of thousands of troops against": force loosed on a state
    (frozenset({"UNLEASH"}), lambda d, i, h: _after(d, h, "UNLEASH", _FORCE_AGAINST)),
    # "the pact would be scrapped", "the treaty is now suspended": a treaty dropped (passive)
    (frozenset({"TREATY"}), lambda d, i, h: _after(d, h, "TREATY", _DROPPED)),
    # "a barrage of Iranian drones", "waves of missiles at Israel"
    (frozenset({"SALVO"}), _salvos),
    # "blew up the joint liaison office", "exploded an inter-Korean office building"
    (frozenset({"BLEW"}), lambda d, i, h: _after(d, h, "BLEW", _BLOWN_UP)),
    # "talks with the South are off the table": talks refused
    (frozenset({"TALKS", "OFF_TABLE"}), lambda d, i, h: _objects(d, h, "TALKS", "OFF_TABLE", words=5, window=50)),
    # "shall be compelled to take harsher, bolder countermeasures": retaliation promised, whatever its adjectives
    (frozenset({"FORCED_TAKE"}), lambda d, i, h: _after(d, h, "FORCED_TAKE", _MEASURES)),
    # "is starting production of the new glide missiles", "began manufacturing attack drones": arms made
    (frozenset({"MAKE_START"}), lambda d, i, h: _after(d, h, "MAKE_START", _ARMS_MADE)),
    # "will raise the cap on its stockpile of warheads": an arsenal's own limit lifted
    (frozenset({"CAP_RAISE", "ARSENAL"}), lambda d, i, h: _objects(d, h, "CAP_RAISE", "ARSENAL", words=6, window=70)),
    # "is ready to walk away from the negotiations", "pulled out of the talks": talks left
    (frozenset({"QUIT", "TALKS"}), lambda d, i, h: [
        sp for sp in _objects(d, h, "QUIT", "TALKS", words=3, window=40, unless=_NOT_CURBED) if _TALKS_LEFT.match(d.text, sp[0])
        and not _NOT_LEAVING.search(d.text, max(d.sentences[i][0], sp[0] - 40), sp[0])
        and not _URGED_TO_LEAVE.search(d.text, max(d.sentences[i][0], sp[0] - 40), sp[0])
        and not _TALKS_PLACE.match(d.text, sp[1])
    ]),
    # "lifted its freeze on uranium enrichment": an enrichment halt given up
    (frozenset({"SUSPENSION_ENDED", "ENRICH_NOUN"}), lambda d, i, h: _objects(d, h, "SUSPENSION_ENDED", "ENRICH_NOUN", words=2, window=40)),
    # "paraded a new long-range missile", "unveiled its new cruise missile": a new weapon shown off
    (frozenset({"SHOWCASE"}), lambda d, i, h: _after(d, h, "SHOWCASE", _NEW_WEAPON)),
    # "two destroyers have been sent to the strait": forces moved, told in the passive
    (frozenset({"FORCE_UNIT"}), lambda d, i, h: _after(d, h, "FORCE_UNIT", _SENT_TO)),
)


# a suspended treaty's object: a determiner first, then modifiers only ("the last remaining
# nuclear arms treaty"); a preposition or clause word means the treaty is not what is suspended
# ("suspended testing under the treaty", "suspended talks on the accord")
_DETERMINER_OBJECT: re.Pattern[str] = re.compile(
    r"[\w\-]*\s+(?:the|its|their|our|a|an|this|that|[\w\-]+['’]s)\s", re.IGNORECASE
)
_NOT_TREATY_OBJECT: re.Pattern[str] = re.compile(
    r"\b(?:of|under|by|in|on|to|with|from|for|over|at|as|that|which|who|and|or|but|while|after|before|since|until)\b", re.IGNORECASE
)


def _first_hit(hits: list[Hit], start: int, label: str) -> Hit:
    return next(h for h in hits if h.label == label and h.start == start)


_ARMS_AFTER: re.Pattern[str] = re.compile(
    r"[^.;:!?]{0,80}?\b(?:missiles?|weapons?|arms|arsenal|warheads?|rockets?|drones?|nuclear|enrichment|military)\b", re.IGNORECASE
)
# a comparison later in the clause ("... than all of NATO"), not "more than ever / before"
_THAN_AFTER: re.Pattern[str] = re.compile(r"[^.;:!?]{0,80}?\bthan\s+(?!ever\b|before\b|previously\b|planned\b)", re.IGNORECASE)
_MEASURES: re.Pattern[str] = re.compile(
    r"(?:,?\s+[\w\-]+){0,6}?\s+(?:measures|steps|responses?|countermeasures|counter-measures|counteractions|action|actions|moves)\b",
    re.IGNORECASE,
)
# what a started production line makes: a weapon or bomb fuel named within a few words ('the
# "Kinzhal" missiles', "uranium metal"); uranium only enriched or as metal (a mine's ore is no arms)
_TALKS_LEFT: re.Pattern[str] = re.compile(r"(?:walk|walks|walked|walking|pull|pulls|pulled|pulling|quit|quits|quitting|abandon|withdr)", re.IGNORECASE)
_NOT_LEAVING: re.Pattern[str] = re.compile(r"\b(?:neither|never|not|no\s+one|nobody|none)\b[^,;:.!?]{0,30}$|n['’]t\s+$", re.IGNORECASE)
# the weapon is the head noun: no "of" in the gap ("a new exhibit of old missiles"), no noun after
# it that makes it a modifier ("its new missile museum", "a new missile defence budget")
_NEW_WEAPON: re.Pattern[str] = re.compile(
    r"\s+(?:(?:its|their|a|an|the|what\s+it\s+called\s+a)\s+)(?:(?!of\s)[\w\-]+\s+){0,2}?new\s+(?:(?!of\s)[\w\-]+\s+){0,3}?"
    r"(?:missiles?|ICBMs?|warheads?|rockets?|weapons?(?:\s+systems?)?|glide\s+vehicles?)\b"
    r"(?![\-\s]+(?:museums?|factor(?:y|ies)|plants?|defen[cs]es?|budgets?|programmes?|programs?|exhibit\w*|collections?|shields?)\b)",
    re.IGNORECASE,
)
# forces sent somewhere in the passive, unless the clause gives a relief or routine purpose
# ("sent to the coast to help with flood relief", "dispatched to the port for repairs")
_SENT_TO: re.Pattern[str] = re.compile(
    r"\s+(?:has|have|had)\s+been\s+(?:ordered|sent|dispatched|deployed|moved|redeployed|rushed)\s+(?:to|into|toward|towards)\s+(?:the\s+)?(?-i:[A-Z])"
    r"(?![^.;:!?,]{0,60}?\b(?:help\s+(?:with|in)|assist\s+(?:with|in)|rescue\w*|evacuat\w*|relief|humanitarian|disaster|"
    r"maintenance|repairs?|refit\w*|overhaul\w*)\b)",
    re.IGNORECASE,
)
# drills called off in answer ("responded by cancelling its drills"), or held for relief work
_DRILLS_CALLED_OFF: re.Pattern[str] = re.compile(
    r"\b(?:cancel\w*|call\w*\s+off|suspend\w*|scal\w*\s+back|scal\w*\s+down|postpon\w*|delay\w*|halt\w*|stop\w*|freez\w*|froz\w*)\b",
    re.IGNORECASE,
)
_RELIEF_AFTER: re.Pattern[str] = re.compile(
    r"[^.;:!?,]{0,40}?\b(?:rescue|disaster|relief|humanitarian|evacuation)\b", re.IGNORECASE
)
# talks left at someone else's urging or in a question ("urged Washington to walk away from",
# "asked whether Seoul would pull out of"), or a talks venue left ("pulled out of the talks venue")
_URGED_TO_LEAVE: re.Pattern[str] = re.compile(
    r"\b(?:urg\w*|call(?:ed|s|ing)?\s+(?:on|upon)|press(?:ed|es|ing)?|push(?:ed|es|ing)?|ask(?:ed|s|ing)?|whether)\b[^.;:!?]*$",
    re.IGNORECASE,
)
_TALKS_PLACE: re.Pattern[str] = re.compile(
    r"\s+(?:venues?|rooms?|halls?|hotels?|buildings?|centres?|centers?|sites?|premises|compound)\b", re.IGNORECASE
)
_ARMS_MADE: re.Pattern[str] = re.compile(
    r"(?:\s+[\w\"“”'’\-.]+){0,5}?\s+[\"“]?(?:missiles?|warheads?|rockets?|ICBMs?|IRBMs?|SLBMs?|(?:attack|combat|kamikaze|suicide)\s+drones?|"
    r"glide\s+vehicles?|launchers?|torpedoes|munitions|interceptors?|(?:nuclear|atomic)\s+(?:weapons?|bombs?|arms)|"
    r"(?:(?:highly\s+)?enriched|weapons?[\s\-]grade|bomb[\s\-]grade|per\s?cent)\s+uranium|uranium\s+(?:metal|enriched)|"
    r"plutonium|fissile|tritium|heavy\s+water)\b[\"”]?",
    re.IGNORECASE,
)
_FORCE_AGAINST: re.Pattern[str] = re.compile(
    r"\s+(?:[\w,'’\-.]+\s+){0,7}?(?:troops|forces|army|armies|soldiers|military|might|firepower|missiles|bombers|warplanes|"
    r"strikes|attacks?)\s+(?:against|on|upon|at)\b",
    re.IGNORECASE,
)


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


_TESTS_AFTER: re.Pattern[str] = re.compile(r"\s+(?:(?:such|these|those|new|nuclear|our\s+own|full-scale|live|more)\s+){0,2}(?:tests?|testing|explosions?|blasts?)\b", re.IGNORECASE)

_FACTUAL = frozenset(family for _, family in _FACTUAL_FAMILIES)


# "carried out live-fire precision strikes", "conducted simulated attacks": strikes rehearsed in a drill
_COUNTED: re.Pattern[str] = re.compile(r"\b(?:\d[\d,]*|dozens|scores|hundreds)\b", re.IGNORECASE)
_REHEARSED: re.Pattern[str] = re.compile(r"\b(?:live[\s\-]?fire|simulated|mock|practice|dummy|notional|test|training)\b", re.IGNORECASE)
# "passed a bill to cap prices", "exceeded the limit in the last quarter's sales": a law or figure, no deal broken
# "ships crossing the strait face new restrictions": a passage across a place, the limit others set on it
_PASSAGE: re.Pattern[str] = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|strait|straits|border|borders|airspace|sea|seas|waters|channel|gulf|ocean|river|bay|canal|baltic|pacific|atlantic|mediterranean|desert|bridge|region|zone)\b",
    re.IGNORECASE,
)
_NOT_BREACH: re.Pattern[str] = re.compile(r"\b(?:to|bill|law|measure|resolution|legislation|vote|age|speed|sales|budget|expectations?|estimates?)\b", re.IGNORECASE)
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
    """'has taken two steps in reducing its nuclear commitments', 'the next step of reducing
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


_TARGETS_END: re.Pattern[str] = re.compile(r"\btargets?$", re.IGNORECASE)
_RESUMED: re.Pattern[str] = re.compile(r"\b(?:resum|restart|re-start)\w*", re.IGNORECASE)
# "the last pact capping the number of warheads deployed", "limits each side to 700 deployed
# launchers": a treaty's ceiling; "the air defences deployed around the city": protection in place
_INTO: re.Pattern[str] = re.compile(r"\s(?:[\w\-]+\s+){0,4}(?:missiles?|warheads?|ICBMs?|weapons|rockets)\s+into\s", re.IGNORECASE)
_OWNED: re.Pattern[str] = re.compile(r"\b[A-Z][\w.\-]*['’]s\s")
_STATE_TO: re.Pattern[str] = re.compile(r"\s(?:[A-Z][\w'’\-.]*\s+){1,3}to\s+(?:\w+\s+)?\w+$")
_LIMITED = re.compile(
    r"\b(?:cap|caps|capped|capping|limit|limits|limited|limiting|ceilings?|bans?|banned|banning|prohibits?|prohibited|prohibiting|outlawed|"
    r"constraints?|constrain|constrains|constrained|restrictions?|restrict|restricts|restricted)\b",
    re.IGNORECASE,
)
_DEFENSIVE = re.compile(r"\b(?:(?:air|missile)[\s\-]+defen[cs]es?(?:\s+(?:systems?|batteries|units))?|interceptors)\s+$", re.IGNORECASE)


_HISTORY_YEAR = re.compile(r"\s+(?:in|since)\s+((?:19|20)\d\d)\b")


def _long_ago(doc: Document, end: int) -> bool:
    """'... into service in 1997' in a 2020 article: the year told after the cue is years past."""
    m = _HISTORY_YEAR.match(doc.text, end)
    return m is not None and int(m.group(1)) < doc.published.year - 1


# "refitted so it can deploy", "meant to certify the boat to deploy": a platform fitted out for a
# weapon, no deployment as pressure; "a moratorium on deploying": a restraint proposed
_FITTED_TO = re.compile(
    r"\b(?:overhaul\w*|modifi\w*|refit\w*|retrofit\w*|qualif\w*|certif\w*)\b"
    r"[^.;:!?]{0,45}?\bto\s+(?:be\s+able\s+to\s+|enable\s+it\s+to\s+)?$",
    re.IGNORECASE,
)
_RESTRAINT_ENDED = re.compile(
    r"\b(?:no\s+longer|end\w*|lift\w*|abandon\w*|scrap\w*|quit\w*|drop\w*|withdr\w*|bound\s+by|exit\w*|terminat\w*|renounc\w*|ditch\w*|"
    r"break\w*|broke|violat\w*|breach\w*)\b",
    re.IGNORECASE,
)
_RESTRAINT_ON = re.compile(r"\b(?:moratori(?:um|a)|freeze)\s+on\s+(?:the\s+)?$", re.IGNORECASE)


# "inspectors will ship out and destroy the arsenal", "the mission to collect and destroy the weapons"
_DISARMED = re.compile(
    r"\b(?:remov\w*|transfer\w*|ship\w*(?:\s+out)?|collect\w*|dismantl\w*|eliminat\w*|verif\w*|verifiably|safely|"
    r"dispos\w*|destruction|mission\s+to|obliged\s+to|required\s+to|agreed\s+to|pledged\s+to)\s+(?:and\s+)?$",
    re.IGNORECASE,
)
_WEAPONS_NEXT = re.compile(
    r"\s+(?:(?:the|its|their|all|remaining|Syria['’]s|chemical|nuclear|declared)\s+){0,3}(?:weapons|stockpiles?|arsenals?|agents|munitions|warheads)\b",
    re.IGNORECASE,
)


def _described_deployment(doc: Document, index: int, h: Hit) -> bool:
    """A deployment cue that only describes: a ceiling on deployed weapons, or defences in place."""
    lo = max(doc.sentences[index][0], doc.clause_at(h.start)[0], h.start - 60)
    if _LIMITED.search(doc.text, lo, h.start) or _DEFENSIVE.search(doc.text, max(0, h.start - 40), h.start):
        return True
    restraint = _RESTRAINT_ON.search(doc.text, max(0, h.start - 30), h.start)
    if restraint and not _RESTRAINT_ENDED.search(doc.text, max(lo, restraint.start() - 60), restraint.start()):
        return True  # unless the restraint is dropped: "no longer bound by its moratorium on deploying"
    if _FITTED_TO.search(doc.text, max(doc.sentences[index][0], h.start - 80), h.start):
        return True
    # "the treaty caps the warheads, bombers and launchers either side may keep deployed":
    # the ceiling's object runs over a list, past the clause the comma opens
    far = _LIMITED.search(doc.text, max(doc.sentences[index][0], h.start - 110), h.start)
    if far is None or _LIST_BREAK.search(doc.text, far.end(), h.start):
        return False
    # "... limits warheads, and Russia has deployed new ones": a state of its own acts
    return not any(far.end() <= a.start < h.start for a in actor_hits(doc, index) if a.label == "ACTOR")


_LIST_BREAK = re.compile(r"[;:.!?]|\b(?:but|while|yet|though|although|unless|whereas)\b", re.IGNORECASE)


# ", the deadliest attack on civilians in years": an appositive naming an incident already told,
# no state in it (a state's own strike carries its own cue in the main clause)
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


def _appositive_incident(doc: Document, index: int, h: Hit) -> bool:
    lo = max(doc.sentences[index][0], h.start - 50)
    m = _APPOSITIVE.search(doc.text, lo, h.start)
    if not m:
        return False
    end = doc.clause_at(h.start)[1]
    return not any(m.start() <= a.start < end for a in actor_hits(doc, index) if a.label == "ACTOR")


_BARE_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$", re.IGNORECASE)
# "warned mariners to keep clear of the area", "warned aircraft to avoid the zone": a navigational
# notice ahead of a launch or drill, no threat to a state
_NOTICE = re.compile(
    r"\s+(?:all\s+|the\s+|civilian\s+|commercial\s+)?(?:mariners|sailors|seafarers|ships|vessels|shipping|fishermen|"
    r"fishing\s+(?:boats|vessels)|boaters|boats|aircraft|airlines|airmen|pilots|air\s+traffic)\s+(?:[\w\-]+\s+){0,4}?to\s+"
    r"(?:(?:keep|stay|steer|remain)\s+(?:well\s+)?(?:clear|away|out)|avoid)\b",
    re.IGNORECASE,
)
# "warnings for maritime and airspace", "keep-out notices and warnings", "navigational warnings": notices
# closing sea or air space ahead of a launch, no threat to a state
_NAV_ADDRESSEE = (
    r"\s+(?:all\s+|the\s+)?(?:maritime|mariners|sailors|shipping|ships|vessels|navigation|aviation|airspace|air\s+traffic|"
    r"aircraft|airlines|pilots|airmen|boaters|fishermen)\b"
)
_NAV_FOR = re.compile(r"\s+(?:for|to)" + _NAV_ADDRESSEE, re.IGNORECASE)
_NAV_OBJECT = re.compile(_NAV_ADDRESSEE, re.IGNORECASE)  # after a cue that holds its own "to" ("warnings to")
_NAV_BEFORE = re.compile(
    r"\b(?:navigation(?:al)?|maritime|airspace|aviation|shipping|keep-out|no-fly|hazard|NOTAMs?|notices?\s+(?:and|or)|notices?\s+to\s+(?:airmen|mariners))\s+$",
    re.IGNORECASE,
)


def _nav_object(text: str, h: Hit) -> bool:
    """Whether the warning is addressed to shipping or aviation, its "to"/"for" inside or after it."""
    own = text[h.start : h.end].lower().endswith((" to", " for"))
    return bool((_NAV_OBJECT if own else _NAV_FOR).match(text, h.end))


_WARNED_ABOUT = re.compile(r"\s*(?:that|of|against|about|not|to|over|[\"“:,])", re.IGNORECASE)


_EXPAND: re.Pattern[str] = re.compile(r"\b(?:expand(?:ing)?|enlarg(?:e|es|ed|ing))\b", re.IGNORECASE)
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


_WARNED = re.compile(r"warn(?:ed|s|ing)?(?:\s+that)?", re.IGNORECASE)
_THAT = re.compile(r"\w+\s+that\b", re.IGNORECASE)
_WARN_TAIL = re.compile(r"(?:\s+that)?[\s,]*(?:[^.;:]|\.(?=\S)|(?<=\b[A-Z])\.){1,90}(?<=\w)(?=\W)", re.IGNORECASE)


# every label _may_cue looks for: a sentence holding none of them can't cue
_CUE_LABELS = frozenset({"ESCALATION", "ORDER"}).union(*(need for need, _ in _FAMILIES))
_ALONE_LABELS = frozenset({"ESCALATION", "ORDER"}).union(*(need for need, _ in _FAMILIES if len(need) == 1))
_PAIRED_NEEDS = tuple(dict.fromkeys(need for need, _ in _FAMILIES if len(need) > 1 and not need & _ALONE_LABELS))


_MAY_HAVE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?have\s+$", re.IGNORECASE)
_FEELINGS = re.compile(
    r"(?:\s*,[^,.;]{0,40},)?\s+(?:(?:some|much|great|deep|widespread|considerable|public|real)\s+)?(?:anxiety|anxieties|emotions?|unease|"
    r"concerns?|worry|worries|disquiet|dismay|debate|controversy|confusion|sadness|grief|soul-searching|misunderstandings?)\b",
    re.IGNORECASE,
)
_PAST_HOSTILITY = re.compile(
    r"\b(?:legacy|legacies|overcom\w*|heal\w*|bury|burying|buried|transcend\w*|move\s+beyond|put\s+behind)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)


_DESIGNED = re.compile(r"\b(?:designed|built|engineered|meant)\s+to\s+(?:(?:intercept|track|detect)\s+and\s+)?$", re.IGNORECASE)
_FORECAST_TEST = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:possible|potential|likely|imminent|impending|planned|new|another|fresh)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:tests?|launch|launches|test[\s\-]firings?|test\s+launch(?:es)?|detonation)\s+by\b"
    # "by mid-June", "by its own units": a date or the speaker's own forces follow, so its own test is threatened
    r"(?!\s+(?:the\s+(?:end|middle|start|close|time)\b|(?:the\s+)?(?:year|month|week)[\s\-]end|end\b|mid|early|late|next|this|"
    r"its|their|his|her|our|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    re.IGNORECASE,
)
_DEAD_SATELLITE = re.compile(
    r"\s+(?:a|an|the|its|their|one\s+of\s+its)\s+(?:own\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:weather|defunct|old|ageing|aging|obsolete|dead|disused|retired|decommissioned|inactive|derelict|target)\s+(?:[\w\-]+\s+){0,2}?satellites?\b",
    re.IGNORECASE,
)
_OWN_SATELLITE = re.compile(r"\s+(?:its|their)\s+(?:own\s+)?(?:[\w\-]+\s+){0,3}satellites?\b", re.IGNORECASE)


# "to destroy the target", "hit their designated targets": the aim of a test shot
_MOCK_TARGET = re.compile(
    r"\s+(?:the|its|their|a|all|both)\s+(?:(?:designated|simulated|mock|assigned|intended|practice|floating|set|preset)\s+)?targets?\b(?!\s+(?:of|in|on)\b)",
    re.IGNORECASE,
)
_SUPPOSED_CASE = re.compile(r"\b(?:in\s+(?:the\s+)?(?:case|event)\s+of|should\s+there\s+be)\s+(?:(?:a|an|the|any|possible|potential|such)\s+){0,2}$", re.IGNORECASE)
# "retaliate (...) at a time and place of its choosing": the answer the phrase times
_ANSWER_BEFORE = re.compile(
    r"\b(?:respon\w*|retaliat\w*|react\w*|(?:hit|strike|struck|fight|fought)\s+back|answer\w*|aveng\w*|revenge|repl(?:y|ied|ies)|punish\w*|"
    r"strike|attack)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
_WAIT_FOR = re.compile(r"[\"”’']?\s+for\b", re.IGNORECASE)
# "would respond in due course to the inspectors' queries": what is answered is a question or a letter
_REPLY_OBJECT = re.compile(
    r"\s+to\s+(?:[\w'’\-]+\s+){0,4}?(?:questions?|quer(?:y|ies)|requests?|letters?|inquir(?:y|ies)|proposals?|reports?|"
    r"concerns|criticism|allegations|invitations?|offers?|comments|claims|remarks|demands?|petitions?|appeals?)\b",
    re.IGNORECASE,
)


# what a labelling verb ("branded", "labelled") says when it praises: '... it a "major breakthrough"'
_PRAISED = re.compile(
    r"\s+(?:[\w'’\-.]+\s+){0,5}?(?:as\s+)?[\"“']?(?:an?\s+|the\s+)?[\"“']?(?:(?:major|historic|real|important|significant|genuine|welcome|big|huge|great|landmark|diplomatic)\s+)*"
    r"(?:breakthrough|success|triumph|milestone|step\s+forward|achievement|victory\s+for\s+(?:diplomacy|peace))\b",
    re.IGNORECASE,
)


# a no-fly zone guarding an event or kept clear of hobby craft
_EVENT_ZONE = re.compile(
    r"[^;:.!?]{0,60}?\b(?:for\s+(?:civilian\s+|private\s+|recreational\s+|commercial\s+)?drones|during\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}"
    r"(?:summit|visit|parade|ceremony|celebrations?|games|olympics|match|final|festival|inauguration|funeral|meeting|conference|coronation))\b",
    re.IGNORECASE,
)
# the monitors themselves as the subject of the seal work: "IAEA inspectors removed the seals"
_MONITORS_DO = re.compile(
    r"\b(?:IAEA|inspectors?|agency|monitors?|officials\s+of\s+the\s+agency)(?:\s+(?:would|will|had|have|has|then|later|also|to|can|could|were|are|was|is|be|been|began|begin))*\s+$",
    re.IGNORECASE,
)


# "activists sent a flotilla of boats to protest": boats of campaigners or aid, no state's force
_CIVIL_CONVOY = re.compile(r"\b(?:activists?|protest\w*|campaigners?|aid|humanitarian|greenpeace|freedom|peace\s+boats?|yachts?|fishing)\b", re.IGNORECASE)


def _civil_flotilla(doc: Document, index: int, h: Hit) -> bool:
    if h.label != "FORCE_UNIT" or doc.text[h.start : h.end].lower() not in ("flotilla", "armada"):
        return False
    lo, hi = doc.sentences[index]
    return bool(_CIVIL_CONVOY.search(doc.text, lo, hi))


# "a contractor's plant", "Congress approved funds", "an arms fair": weapons as business or budget news
_TRADE_CONTEXT = re.compile(
    r"\b(?:compan\w*|firms?|contractors?|manufactur\w*|industry|plant|factory|production|orders?|budget|Congress|"
    r"parliament|appropriat\w*|funding|fair|expo|exhibition|air\s*show|trade\s+show|mine[\s\-]clearance)\b",
    re.IGNORECASE,
)


def _trade_weapons(doc: Document, index: int, h: Hit) -> bool:
    """A bare 'new weapons systems' or 'underwater drones' with no state before it, or told as industry,
    budget or arms-fair news (the specific nouns, a nuclear torpedo, stay unconditional)."""
    if h.label != "ARSENAL" or h.id != "generic":
        return False
    lo, hi = doc.sentences[index]
    if not any(a.end <= h.start for a in actor_hits(doc, index) if a.label == "ACTOR"):
        return True
    return bool(_TRADE_CONTEXT.search(doc.text, lo, hi))


# "neither side is ready for war", "would be combat-ready by 2026 as part of a programme",
# "combat-ready after a year of training": readiness denied or a procurement milestone
_NOT_READY = re.compile(r"(?:\b(?:not|neither|nor|no|never)|n['’]t)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_READY_MILESTONE = re.compile(r"[^;:.!?]{0,40}?\b(?:by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|as\s+part\s+of|after\s+[^;:.!?]{0,30}?training)\b", re.IGNORECASE)
_LIST_HELD = re.compile(r"[^;:.!?]{0,70}?\b(?:if|unless|should\s+\w+\s+(?:refuse|reject|fail))\b", re.IGNORECASE)
# "should use the stick as well as the carrot": advice, not a state's threat
_ADVICE_BEFORE = re.compile(r"\b(?:should|ought\s+to|must|needs?\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CARROT_TOO = re.compile(r"[^;:.!?]{0,12}?\b(?:as\s+well\s+as|and|or|alongside)\s+(?:the\s+|a\s+)?carrots?\b", re.IGNORECASE)
# "the treaty sets out penalties if either side ...": a pact's terms described
_TERMS_SET = re.compile(
    r"\b(?:sets?|setting|lays?|laying|spells?|spelling)\s+out\s+(?:the\s+)?$|\b(?:provides?|providing)\s+for\s+(?:the\s+)?$|"
    r"\b(?:includes?|including|contains?|specif\w+|lists?|foresees?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _soft_pressure(doc: Document, index: int, h: Hit) -> bool:
    """Readiness, 'stick' and 'penalties if' cues that are denied, advised, scheduled or a treaty's terms."""
    lo = doc.sentences[index][0]
    cue = doc.text[h.start : h.end].lower()
    if h.id == "buildup" and "ready" in cue:
        return bool(
            _NOT_READY.search(doc.text, max(lo, h.start - 40), h.start)
            or _OBSERVERS_SAID.search(doc.text, lo, doc.sentences[index][1])
            or _READY_MILESTONE.match(doc.text, h.end)
        )
    if h.id == "sanctions" and "stick" in cue:
        return bool(
            _ADVICE_BEFORE.search(doc.text, max(lo, h.start - 25), h.start)
            or _CARROT_TOO.match(doc.text, h.end)
            or _OBSERVERS_SAID.search(doc.text, lo, doc.sentences[index][1])
        )
    if h.id == "sanctions" and cue.startswith("list of"):
        # "published its list of sanctions": penalties imposed; held over a refusal ("... to use if") they count
        return not _LIST_HELD.match(doc.text, h.end) and not _threatened(doc, index, h, doc.hits("escalation", index))
    if h.id == "sanctions" and cue.startswith("penalt"):
        return bool(_TERMS_SET.search(doc.text, max(lo, h.start - 25), h.start))
    return False


def _cues(doc: Document, index: int, ordered: list[str | None] | None = None) -> list[tuple[int, int]]:
    """Escalation cue spans of one sentence; `ordered` collects the states whose order to test
    the article's sentences reported, so that only the first sentence on each state's does."""
    ordered = [] if ordered is None else ordered
    hits = doc.hits("escalation", index)
    spans = []
    for h in hits:
        if h.label != "ESCALATION":
            continue
        if h.id == "sanction" and not _threatened(doc, index, h, hits):
            continue
        if h.id in ("buildup", "sanctions") and _soft_pressure(doc, index, h):
            continue
        if h.id == "force" and "no-fly" in doc.text[h.start:h.end] and _EVENT_ZONE.match(doc.text, h.end):
            continue  # "a no-fly zone for drones during the summit": a security step at home, no pressure on a state
        if h.id == "nuclear_program" and _MONITORS_DO.search(doc.text, max(0, h.start - 50), h.start) and "seal" in doc.text[h.start:h.end]:
            continue  # "inspectors would remove the seals once verified": the agency's own agreed step, no defiance
        if h.id == "provoke" and (
            _MAY_HAVE.search(doc.text, max(0, h.start - 20), h.start) or _FEELINGS.match(doc.text, h.end)
        ):
            continue  # "might have stirred unease at home": regret over feelings stirred, no provocation
        if h.id == "hostile" and _PAST_HOSTILITY.search(doc.text, max(doc.sentences[index][0], h.start - 70), h.start):
            continue  # "no summit can heal so much hostility": enmity to be healed, no new one
        if h.id in ("buildup", "attack") and _participle(doc, h):
            continue  # "its bombed enrichment plants", "the countries' deployed arsenals": adjectives
        if h.id == "buildup" and _described_deployment(doc, index, h):
            continue
        if h.id == "attack" and _appositive_incident(doc, index, h):
            continue
        if h.id == "force" and _DESIGNED.search(doc.text, max(0, h.start - 40), h.start):
            continue  # "which is designed to destroy ...": what a weapon is built for, no threat
        if h.id == "force" and _DISARMED.search(doc.text, max(0, h.start - 30), h.start) and _WEAPONS_NEXT.match(doc.text, h.end):
            continue  # "to remove and destroy the stockpile": disarmament carried out, no threat
        if h.id in ("force", "attack") and _DEAD_SATELLITE.match(doc.text, h.end):
            continue  # "used a missile to destroy a defunct weather satellite": an anti-satellite test, no attack
        if h.id == "attack" and _OWN_SATELLITE.match(doc.text, h.end):
            continue  # "its 2007 strike on its ageing weather satellite": an anti-satellite test, no attack
        if h.id == "warn" and _BARE_PASSIVE.search(doc.text, max(0, h.start - 12), h.start) and not _WARNED_ABOUT.match(doc.text, h.end):
            continue  # "whether any capital had been warned": no warning voiced
        if h.id == "warn" and (_NOTICE.match(doc.text, h.end) or _nav_object(doc.text, h) or _NAV_BEFORE.search(doc.text, max(0, h.start - 30), h.start)):
            continue  # "warned mariners to keep clear", "posted notices and warnings for shipping": navigation notices
        if h.id == "warn" and _FORECAST_TEST.match(doc.text, h.end):
            continue  # "officials warned of a likely missile launch by the North": another state's test foreseen, no threat
        if h.id == "warn" and any(n.label == "NONSTATE" and 0 <= h.start - n.end <= 2 for n in hits):
            continue  # "arms control groups warned that ...": no state's warning
        if h.id == "force" and _MOCK_TARGET.match(doc.text, h.end):
            continue  # "flew a preset route to destroy the target": a test shot's aim, no threat to anyone
        if h.id == "buildup" and _SUPPOSED_CASE.search(doc.text, max(doc.sentences[index][0], h.start - 30), h.start):
            continue  # "in the event of the deployment of such missiles": a case supposed, no deployment told
        if h.id == "ultimatum" and _WAIT_FOR.match(doc.text, h.end) and not any(
            a.label == "ACTOR" and h.end < a.start <= h.end + 30 for a in actor_hits(doc, index)
        ):
            continue  # "would not wait forever for spare parts": what is awaited is no state's move
        if h.id == "choosing" and (
            not _ANSWER_BEFORE.search(doc.text, max(doc.sentences[index][0], h.start - 45), h.start)
            or _REPLY_OBJECT.search(doc.text, max(doc.sentences[index][0], h.start - 60), h.start)
        ):
            continue  # "will pick a time ... for the hearing", "will answer the note at a time ...": no retaliation
        if h.id == "due_course" and _REPLY_OBJECT.match(doc.text, h.end):
            continue  # "will respond in due course to the agency's questions": a reply owed, no retaliation
        if h.id == "pressure" and (_RISEN_BY.match(doc.text, h.end) or _COSTS_BEFORE.search(doc.text, max(doc.sentences[index][0], h.start - 60), h.start)):
            continue  # "costs have escalated by 40 per cent": a bill grown, no pressure on anyone
        if h.id == "buildup" and _MAY_BEFORE.search(doc.text, max(0, h.start - 12), h.start) and _AT_MOST.match(doc.text, h.end):
            continue  # "each party may deploy no more than 700 launchers": a treaty's ceiling told
        if h.id == "insult" and _PRAISED.match(doc.text, h.end):
            continue  # "the press branded the freeze a historic breakthrough": praise, no insult
        if h.id == "threat" and _supposed_resumption(doc, index, h):
            continue
        if h.id == "threat" and (reach := _WEAPON_REACH.search(doc.text, max(doc.sentences[index][0], h.start - 40), h.start)) and _PARTICIPLE_THREAT.fullmatch(doc.text, h.start, h.end) and not _OWNER_BEFORE.search(doc.text, max(0, reach.start() - 30), reach.start()):
            continue  # "a rocket able to threaten the mainland", "missiles directly threatening Guam": a weapon's reach told
        if h.id == "declared_target" and not _armed_subject(doc, index, h, hits):
            continue  # "growth will be our target": a goal, no forces named as targets
        if h.id == "nuclear_program" and _CUT_CUE.match(doc.text, h.start) and _UNDONE_BEFORE.search(doc.text, max(0, h.start - 25), h.start):
            continue  # "could reverse the reduction of its commitments": the cut undone, none made
        if h.id == "nuclear_program" and _IF_VIOLATES.search(doc.text, max(0, h.start - 30), h.start) and _VIOLAT.match(doc.text, h.start):
            continue  # "sanctions can return if Tehran violates its obligations": a breach supposed, none reported
        end = h.end
        if h.id == "warn" and _WARNED.fullmatch(doc.text, h.start, h.end) and _THAT.match(doc.text, h.start):
            tail = _WARN_TAIL.match(doc.text, h.end, doc.sentences[index][1])
            end = tail.end() if tail else end  # "warned that, without one, ...": the warning itself
        spans.append((h.start, end))
    labels = doc.labels("escalation", index)  # the sentence's label set, built once per article
    if "FORCE_UNIT" in labels:
        hits = [h for h in hits if not _civil_flotilla(doc, index, h)]
    if "ENRICH_NOUN" in labels:
        hits = [h for h in hits if not _plain_conversion(doc, h, hits)]
    if "ARSENAL" in labels:
        hits = [h for h in hits if not _trade_weapons(doc, index, h)]
    factual: set[tuple[int, int]] = set()  # the spans of factual families, start and end
    for need, family in _FAMILIES:
        if need <= labels:
            found = family(doc, index, hits)
            if found and family in _FACTUAL:
                factual.update(found)
            spans += found
    orders = _orders_to_test(doc, index, hits)
    if orders:  # a later sentence quoting the same state's order refers back to it
        who = _actor(doc, orders[0][0])
        if who not in ordered:
            spans += orders
            ordered.append(who)
    lo, hi = doc.sentences[index]
    return [
        sp for sp in spans
        if not _blocked(doc, index, sp[0], hits, factual=sp in factual) and not _capability_before(doc.text, max(lo, sp[0] - 90), sp)
        and not (
            _VIOLAT.match(doc.text, sp[0]) and _MAY_HAVE_DONE.search(doc.text, max(lo, sp[0] - 25), sp[0])
            and "SPEECH" not in labels and not _SAID.search(doc.text, lo, hi) and not _ATTRIBUTED.search(doc.text, lo, hi)
        )
    ]  # "the launch may have breached the accord", nobody quoted saying so: the writer's hedge, no state's charge


# "a weapon ... able to threaten", "missiles directly threatening": a weapon's reach, not a state's threat
_WEAPON_REACH = re.compile(
    r"\b(?:missiles?|ICBMs?|rockets?|warheads?|bombers?|weapons?|arsenal)\s+(?:(?:that\s+)?(?:can|could)\s+|(?:cap|)able\s+(?:of|to)\s+|"
    r"(?:directly|potentially|possibly)\s+){0,2}$",
    re.IGNORECASE,
)
_PARTICIPLE_THREAT = re.compile(r"threaten(?:ing)?", re.IGNORECASE)
# "his new missiles can threaten", "their missiles threaten": a state's own arsenal boasted of, a threat
_OWNER_BEFORE = re.compile(r"\b(?:his|its|their|our)\s+(?:(?!(?:on|of|in|for|to|at|with|from)\b)[\w\-]+\s+){0,2}$", re.IGNORECASE)
# "the reactor, which can yield enough plutonium for a bomb a year", "enrichment ... can also make the
# core of a bomb": what a material or plant could be used for, told as background, no state's step
_CAPABILITY = re.compile(
    r"(?:\b(?:which|that)|\b(?:enrichment|reactors?|plutonium|uranium|material|fuel)\b[^,;:.!?\"“”]{0,60}?\bbut)\s+"
    r"(?:can|could)\s+(?:also\s+|potentially\s+|in\s+theory\s+)?(?:be\s+used\s+to\s+)?(?:produce|make|yield|generate|provide)\b",
    re.IGNORECASE,
)


_COORDINATED = re.compile(r",\s*(?:and|but)\b|;")


def _capability_before(text: str, lo: int, sp: tuple[int, int]) -> bool:
    """A span that starts inside or right after a capability clause ('which can produce ...'); a
    clause met later inside the span, or one before a coordinated step (', and threatened'), leaves
    the span standing."""
    m = _CAPABILITY.search(text, lo, sp[1])
    return m is not None and m.start() <= sp[0] and not _COORDINATED.search(text, m.end(), max(m.end(), sp[0]))


_RISEN_BY = re.compile(
    r"\s+(?:by\s+(?:nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?[$£€]?\d|to\s+(?:nearly\s+|almost\s+|about\s+|more\s+than\s+)?[$£€])",
    re.IGNORECASE,
)
_COSTS_BEFORE = re.compile(r"\b(?:costs?|price\s+tag|prices?|budget|bill|overruns?)\b[^,;:.!?]{0,50}$", re.IGNORECASE)
_MAY_BEFORE = re.compile(r"\b(?:may|can|could|might|allowed\s+to|permitted\s+to)\s+$", re.IGNORECASE)
_AT_MOST = re.compile(r"\s+(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of)\b", re.IGNORECASE)


# "to avoid a resumption of testing", "whether a resumption of tests": an outcome averted, feared or asked about
_AVERTED = re.compile(
    r"\b(?:avoid\w*|avert\w*|prevent\w*|forestall\w*|preclud\w*|deter|deters|deterring|rule[sd]?\s+out|ruling\s+out|"
    r"fears?\s+(?:of|over|about)|feared|risks?\s+of|concerns?\s+(?:about|over)|worr\w*\s+(?:about|over)|whether|if)\s+"
    r"(?:(?:a|an|the|any|possible|potential|eventual|further)\s+){0,2}$",
    re.IGNORECASE,
)
# "a resumption of tests by Russia could indicate ...": the resumption the subject of a supposed outcome
_SUPPOSED_AFTER = re.compile(r"[^;:.!?]{0,70}?\b(?:could|would|might|may)\s+(?!be\s+\w+ed\b)", re.IGNORECASE)
_NOT_SUBJECT = re.compile(r"\b(?:that|which|who|if|unless|when|said|says|warned)\b", re.IGNORECASE)
_STATE_VOICE = re.compile(r"\b(?:said|says|announced|declared|stated|told|warned|threatened|vowed)\b", re.IGNORECASE)


def _supposed_resumption(doc: Document, index: int, h: Hit) -> bool:
    """'experts believe the resumption of nuclear testing could be destabilizing', 'to avoid a
    resumption of testing': a resumption averted, asked about or supposed, which no state announces
    for itself (a state saying so before it keeps it a threat)."""
    if not doc.text[h.start : h.end].lower().startswith("resumption"):
        return False
    s = doc.sentences[index][0]
    if _AVERTED.search(doc.text, max(s, h.start - 40), h.start):
        return True
    m = _SUPPOSED_AFTER.match(doc.text, h.end)
    if m is None or _NOT_SUBJECT.search(doc.text, h.end, m.end()):
        return False
    voice = _STATE_VOICE.search(doc.text, s, h.start)
    return voice is None or not any(
        a.label == "ACTOR" and a.end <= voice.start() for a in actor_hits(doc, index)
    )


# "if Iran violates", "should Tehran breach": a condition, no breach told
# a charge with a source named ("according to", "seen by", "reported"): someone's charge, no writer's hedge
_ATTRIBUTED = re.compile(r"\b(?:according\s+to|seen\s+by|reported|report)\b", re.IGNORECASE)
_MAY_HAVE_DONE = re.compile(r"\b(?:may|might|could)\s+(?:also\s+|well\s+)?have\s+$", re.IGNORECASE)
_IF_VIOLATES = re.compile(r"\b(?:if|should|unless|once|whenever)\s+(?:[\w'’\-.]+\s+){0,3}$", re.IGNORECASE)
_VIOLAT = re.compile(r"violat|breach", re.IGNORECASE)


_CHANT_TARGET = re.compile(r"\bdeath\s+to\b", re.IGNORECASE)


_QUESTION = re.compile(r"\?")
# 'Israel will find no safe corner, Iran's army chief warned after the raid': reported speech whose
# speaker comes last; a cue in the attribution (its verb, or a clause trailing it) stands for the
# words reported before it, which open the sentence
_ATTRIBUTED_LAST = re.compile(
    r"[,\"”]\s*[\"”]?\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w\-’'.]+\s+){0,5}?"
    r"(?:said|says|warned|warns|told|added|stated|declared|charged|claimed|insisted|vowed|threatened)\b",
    re.IGNORECASE,
)


def _speaker_last(doc: Document, index: int, start: int, end: int) -> tuple[int, int]:
    """Where the evidence of a cue at text[start:end] begins, and where its attribution does: the
    sentence's opening words when the cue lies in a trailing attribution of speech reported before
    it, else `start` (twice)."""
    s = doc.sentences[index][0]
    opening = s + 1 if doc.text[s] in _QUOTES else s
    if start - opening < 12:
        return start, start
    m = _ATTRIBUTED_LAST.search(doc.text, opening + 8, end)
    if m is None or m.start() > start or _QUESTION.search(doc.text, opening, m.start()):
        return start, start
    return opening, m.start()


# a consequence clause trailing the act: ', "thus ruining ..."', ", thereby undermining ..."
_THEREBY = re.compile(r"\s*,\s*[\"“]?(?:thus|thereby)\s+\w+ing\b[^,;:.!?\"”]*", re.IGNORECASE)


def find_escalations(doc: Document, threatened: list[Match]) -> list[Match]:
    """Escalation mentions, one per run of adjacent clauses; threatened moratoria count too."""
    if not doc.in_domain:
        return []
    spans: list[tuple[int, int, str | None, int]] = []
    ordered: list[str | None] = []  # states whose order to test a sentence reported
    for index in doc.sentences_with("escalation"):
        if not _may_cue(doc.hits("escalation", index), doc.labels("escalation", index)) or not doc.sentence_in_domain(index):
            continue
        cues = _cues(doc, index, ordered)
        for start, end in cues:
            s, e = doc.evidence(index, start, end, max_words=24)
            if tail := _THEREBY.match(doc.text, e, doc.sentences[index][1]):
                e = tail.end()  # 'quit the pact, "thereby wrecking a pillar of security"': the charge made of the act
            opening, said = _speaker_last(doc, index, start, end)
            # the words reported before their speaker, unless a cue of their own stands for them
            if opening < s and not any(c[0] < said for c in cues):
                ws, we = doc.evidence(index, opening, end, max_words=24)
                if we >= end:
                    s, e = ws, max(e, we)
            # 'chanted "Death to America"': the state named is the chant's target, never who chants
            who = _actor(doc, start)
            if who is not None and _CHANT_TARGET.search(doc.text, start, min(end, start + 30)) and who not in {
                code_of(a) for a in actor_hits(doc, index) if a.label == "ACTOR" and a.end <= start
            }:
                who = None
            spans.append((s, e, who, start))
    spans += [(m.start, m.end, m.attrs.get("actor"), -1) for m in threatened if not _speculated(doc, m)]
    spans.sort(key=lambda sp: sp[:2])
    # one mention per run of adjacent clauses of one sentence, unless a clause of its own names
    # another state acting: "India suspended the treaty, and Pakistan warned ..." holds two, but
    # the condition of a threat ("... if the United States attacked its nuclear facilities") or
    # its object ("turn Seoul into a sea of fire") belongs to the threat
    merged: list[tuple[int, int, str | None, int]] = []
    for s, e, actor, cue in spans:
        if merged and s <= merged[-1][1] + 3 and doc.sentence_index(s) == doc.sentence_index(merged[-1][0]):
            ps, pe, pactor, pcue = merged[-1]
            if (actor is None and not _subordinate_state(doc, cue)) or actor == pactor or not _own_subject(doc, cue, pcue):
                merged[-1] = (ps, max(pe, e), pactor if pactor is not None else actor, max(cue, pcue))
                continue
        merged.append((s, e, actor, cue))
    found = [Match(kind="escalation", start=s, end=e, text=doc.text[s:e], attrs={"actor": actor}) for s, e, actor, _ in merged]
    return found + _classified(doc, {doc.sentence_index(s) for s, *_ in merged})


# UPKEEP: "to ensure the reliability of its deterrent"; EXPIRY: "there will no longer be any limits on": explained, no threat
# MECHANISM: "the snapback clause lets sanctions come back if ...": a treaty's terms described
_HEDGED = frozenset({"HEDGE", "DEESCALATION", "ABSENT", "UPKEEP", "EXPIRY", "MECHANISM"})
# 'the joint staff said Pyongyang launched one missile toward open water': a launch reported and
# nothing else the lexicon knows; the launch is a weapons_test, its report no escalation
_LAUNCH_REPORT = frozenset({"FIRED", "LAUNCH_VERB"})
_REPORT_ONLY = _LAUNCH_REPORT | {"SPEECH"}


def _terms_deploy(doc: Document, index: int) -> bool:
    """'the treaty allows Moscow to station nuclear arms abroad': terms told of a deployment, no veto."""
    mechanisms = doc.hits("escalation", index, "MECHANISM")
    return all(h.id == "treaty" and _POSTED.search(doc.text, h.end, min(doc.sentences[index][1], h.end + 40)) for h in mechanisms)


def _classified(doc: Document, covered: set[int]) -> list[Match]:
    """In-domain sentences the rules left without an escalation that the classifier is sure of
    (escalation_classifier): the whole sentence is the evidence, its first state the actor."""
    out = []
    for index, (s, e) in enumerate(doc.sentences):
        if index in covered or not doc.sentence_in_domain(index):
            continue
        vetoes = _HEDGED & doc.labels("escalation", index)
        if vetoes and not (vetoes == {"MECHANISM"} and _terms_deploy(doc, index)):
            continue  # "analysts doubt Iran will retaliate", "called for calm", "no sign of a test": the rules' own vetoes hold
        labels = doc.labels("escalation", index)
        if "NOPLAN" in labels:
            continue  # "we have no plan to quit the pact": a step disowned, as the rules' own veto reads it
        # "said on Sunday that ... fired missiles ... as its president started a visit": a bare
        # "started" (no enrichment named) adds nothing to the launch report
        if "ENRICH_VERB" in labels and "ENRICH_NOUN" not in labels:
            labels = labels - {"ENRICH_VERB"}
        if labels & _LAUNCH_REPORT and labels <= _REPORT_ONLY:
            continue
        if "NONSTATE" in labels and not any(a.label == "ACTOR" for a in actor_hits(doc, index)):
            continue  # an expert's or campaigner's view, no state in it
        if {"PUT", "INTO_SERVICE"} <= labels and any(
            _long_ago(doc, h.end) for h in doc.hits("escalation", index, "INTO_SERVICE")
        ):
            continue  # "(commissioned in 2004)": a fleet's service history, told with its years
        if escalation_classifier.is_escalation(doc, index):
            out.append(Match(kind="escalation", start=s, end=e, text=doc.text[s:e], attrs={"actor": _actor(doc, s)}))
    return out


_CLAUSE_OPENING = re.compile(r"[\s,;\-–—]*(?:(?:and|but|while|whereas|yet|although|though|as|prompting|forcing|spurring)\s+)?(?:that\s+)?(?:the\s+)?", re.IGNORECASE)


# "..., a step Islamabad has said it would treat as": a zero relative after an appositive noun
_RELATIVE_SAYER = re.compile(r"(?:\b(?:that|which|whom|as)|,\s+(?:a|an|the)\s+[\w\-]+)\s+(?:the\s+)?$", re.IGNORECASE)


_AS_OPENING = re.compile(r"(?<!such)(?<!same)(?<!well)\s+as\s+(?:the\s+)?$", re.IGNORECASE)


# "... after Israel blasted the site", "since Israeli and U.S. strikes in June": an earlier or
# other event told in a subordinate clause or phrase, with a state of its own
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|following|when|until|because|amid)\s+(?:the\s+)?$", re.IGNORECASE)


def _subordinate_state(doc: Document, pos: int) -> bool:
    """Whether the cue at `pos` opens on (or right follows) a state that a subordinator introduces."""
    if pos < 0:
        return False
    states = [h for h in actor_hits(doc, doc.sentence_index(pos)) if h.label == "ACTOR" and h.start <= pos]
    for k, h in enumerate(states):
        if pos - h.end <= 40 and (h.start == pos or _STRIKER_GAP.fullmatch(doc.text, h.end, pos)):
            first = h
            for b in reversed(states[:k]):  # "after Israeli and U.S. strikes": back over a conjoined state
                if _JOINED.fullmatch(doc.text, b.end, first.start):
                    first = b
            if _SUBORDINATOR.search(doc.text, max(0, first.start - 16), first.start):
                return True
    return False


def _own_subject(doc: Document, pos: int, previous: int) -> bool:
    """Whether the cue's clause, after the `previous` cue's, opens on a state of its own, the
    subject of a new statement: "..., and Pakistan has warned that", "and Moscow accuses NATO"."""
    if pos < 0:
        return False
    if _subordinate_state(doc, pos):
        return True
    for h in actor_hits(doc, doc.sentence_index(pos)):
        # "a show of force that the North's defense ministry said would not go unanswered": a new speaker
        if previous < h.start < pos and h.label == "ACTOR" and not is_object(doc, h):
            said = _SAYS.match(doc.text, h.end, pos)
            if said and _RELATIVE_SAYER.search(doc.text, max(previous, h.start - 12), h.start):
                return True
        # "Houthis claim a strike on a tanker as US issues ultimatum": "as" opens a clause of its own
        if previous < h.start < pos and h.label == "ACTOR" and _AS_OPENING.search(doc.text, max(previous, h.start - 12), h.start):
            return True
    lo = doc.clause_at(pos)[0]
    if lo <= previous:
        return False
    for h in actor_hits(doc, doc.sentence_index(pos)):
        if h.start == pos and h.label == "ACTOR" and not is_object(doc, h):
            return True  # "..., hours before Israeli warplanes pounded the port": the cue opens on its state
    for h in actor_hits(doc, doc.sentence_index(pos)):
        if lo <= h.start < pos and h.label == "ACTOR":
            return bool(_CLAUSE_OPENING.fullmatch(doc.text, lo, h.start))
    return False


# "analysts said the weapon was likely a short-range system rather than a missile that would
# break the pause": a threat to a moratorium that only observers imagine
_IMAGINED = re.compile(r"\b(?:analysts?|experts?|observers?|researchers?|scholars?)\b[^.;]*\b(?:rather\s+than|instead\s+of|likely|unlikely|doubt\w*)\b", re.IGNORECASE)


# "Pyongyang has not said it would restart tests": a threat nobody voiced
_UNSAID = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|never)\s+(?:yet\s+|publicly\s+)?"
    r"(?:say|said|announce|announced|state|stated|threaten|threatened)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:will|would|plans?\s+to)\b",
    re.IGNORECASE,
)


def _speculated(doc: Document, m: Match) -> bool:
    lo = doc.sentences[doc.sentence_index(m.start)][0]
    return bool(_IMAGINED.search(doc.text, lo, m.end) or _UNSAID.search(doc.text, max(lo, m.start - 40), m.end))


# 'said Japan was "accelerating its remilitarization" and warned': a closed short quote may lie between
_SAID_AND = re.compile(r"\b(?:said|says)\b(?:[^,;:\"“”]|[\"“][^,;:\"“”]{1,60}[\"”])*\band\s+(?=(?:warned|threatened|vowed|pledged)\b)", re.IGNORECASE)
_QUOTES = "\"“”"
_QUOTE_MARK = re.compile("[" + _QUOTES + "]")
_SAYS = re.compile(r"[^.;:\"“”]{0,90}?\b(?:said|says|told|added|warned|stated|declared|wrote|reported)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(r",\s+(?:[\w'’\-]+\s+){0,4}$")  # ", state news agency " before a trailing sayer
_SAID_END = re.compile(r"\s+(?:said|says|reported|reports|added|told)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says)\b", re.IGNORECASE)
_VOICE_REACH = 120  # how far before an evaluative cue its speech verb may stand
_WARNS = frozenset({"warn", "thre", "vowe", "vows"})
_EVALUATIVE = frozenset({"hostile", "provoke", "insult", "punish", "menace", "pressure"})  # criticism, or a threat whose subject is the target


def _quote_open(doc: Document, lo: int, pos: int) -> int | None:
    """Where the quotation holding `pos` opens, if `pos` lies inside one begun after `lo`."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(doc.text, lo, pos)]
    return marks[-1] if len(marks) % 2 else None


def _first_quote(doc: Document, lo: int, hi: int) -> int | None:
    """The first quotation mark in text[lo:hi], if any."""
    m = _QUOTE_MARK.search(doc.text, lo, hi)
    return m.start() if m else None


def _state_saying(doc: Document, index: int, close: int) -> str | None:
    """'..." North Korea's foreign ministry said': the state named as speaker right after the
    quotation closing at `close`."""
    for h in actor_hits(doc, index):
        if close < h.start <= close + 8 and _SAYS.match(doc.text, h.end):
            return code_of(h)
    return None


_SAID_NAME = re.compile(r"[,\s]*(?:said|says|added|told)\s+([A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,2})\b")


def _quoted_speaker(doc: Document, index: int, cue: int) -> str | None:
    """'"... will have to face consequences," Kim Yo Jong said': a sentence opening with a
    quotation whose speaker is named after it."""
    s, e = doc.sentences[index]
    if doc.text[s] not in _QUOTES or _quote_open(doc, s, cue) != s:
        return None
    close = _first_quote(doc, cue, e)
    if close is None:
        return None
    said = _state_saying(doc, index, close)
    if said:
        return said
    named = _SAID_NAME.match(doc.text, close + 1)
    if named and index > 0:  # '"...," said Kim in a statement': the name as introduced earlier
        found = _named_earlier(doc, index, named.group(1))
        if found is not None and found[0] is not None:
            return found[0]
    if _PRONOUN_SAYS.match(doc.text, close + 1) and index > 0:
        # '"..., it will have to bear full responsibility," she said': the previous sentence's subject
        for back in range(index - 1, max(-1, index - 3), -1):
            if actor_hits(doc, back):
                return _main_subject(doc, back, doc.sentences[back][1])
    return None


_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _pronoun_referent(doc: Document, index: int) -> str | None:
    """Who 'he'/'she' in sentence `index` is: the subject of the nearest earlier sentence (of
    three) whose subject is a named state or official, passing over sentences that are all
    quotation or whose own subject is again a pronoun ('Writing on Telegram, he called ...')."""
    for back in range(index - 1, max(-1, index - 4), -1):
        ps = doc.sentences[back][0]
        if doc.text[ps] in _QUOTES:
            continue
        subjects = [h for h in actor_hits(doc, back) if h.label in ("ACTOR", "GROUP") and not is_object(doc, h)]
        if not subjects:
            continue
        first = subjects[0]
        opened = _first_quote(doc, ps, first.start)
        if _HE_SHE.search(doc.text, ps, opened if opened is not None else first.start):
            continue
        return code_of(first) if first.label == "ACTOR" else None
    return None


# ", he wrote,", ", she said,": a parenthetical naming the speaker mid-sentence
_PAREN_SAYS = re.compile(
    r",\s+(?:he|she)\s+(?:said|says|wrote|writes|added|warned|argued|told\s+[\w\-]+(?:\s+[\w\-]+)?)\s*,", re.IGNORECASE
)


def _parenthetical_speaker(doc: Document, index: int, cue: int) -> tuple[str | None] | None:
    """'Ukraine's backers, he wrote, risked having their cities turned into "radioactive ash"':
    the pronoun's referent speaks, not the state named before the parenthetical."""
    s = doc.sentences[index][0]
    m = _PAREN_SAYS.search(doc.text, s, cue)
    if not m or index == 0:
        return None
    return (_pronoun_referent(doc, index),)


_NAME_SAYS = re.compile(r"[,\s]*(?:([A-Z][\w\-’']+)|(?:he|she))\s+(?:said|says|told|added|wrote|warned|stated|declared)\b")


def _closing_quote_speaker(doc: Document, index: int, cue: int) -> tuple[str | None] | None:
    """'Allies will ..., and we will do whatever it takes," Lindqvist told reporters': a quotation
    opened in an earlier sentence and closed in this one with its speaker; a state named there
    speaks, a pronoun is the previous speaker, a name is looked up where it was introduced
    (an official of an international body speaks for no state). None when the rule does not apply."""
    s, e = doc.sentences[index]
    if index == 0 or _first_quote(doc, s, cue) is not None:
        return None
    close = _first_quote(doc, cue, e)
    if close is None:
        return None
    said = _state_saying(doc, index, close)
    if said:
        return (said,)
    m = _NAME_SAYS.match(doc.text, close + 1)
    if not m:
        return None
    if not m.group(1):
        return (_pronoun_referent(doc, index),)
    return _named_earlier(doc, index, m.group(1))


def _named_earlier(doc: Document, index: int, name: str) -> tuple[str | None] | None:
    """The state of a speaker named `name`, looked up where an earlier sentence introduced the
    name (an official of an international body speaks for no state); None when not found."""
    for back in range(index - 1, max(-1, index - 6), -1):
        ps, pe = doc.sentences[back]
        at = doc.text.find(name, ps, pe)
        if at < 0:
            continue
        for h in actor_hits(doc, back):
            if h.start <= at < h.end and h.label == "ACTOR":
                return (code_of(h),)
            if h.end <= at and at - h.end < 40 and h.label == "GROUP" and not _BREAK.search(doc.text, h.end, at):
                return (None,)  # "NATO Secretary General Anna Lindqvist"
        return None
    return None


_FIRST_PERSON = re.compile(r"\b(?:our|we|us)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_FIRST_PERSON_CUE = re.compile(r"(?:[\w\-]+\s+){1,2}(?:our|we|us)\b", re.IGNORECASE)  # the cue's own "within our reach"


def _first_person_speaker(doc: Document, index: int, cue: int) -> tuple[str | None] | None:
    """'added: "The more the United States brandishes ..., the faster our forces will grow"': a
    quoted "our"/"we" is the speaker, not a state the quotation names; the speaker is the first
    state before the quotation (opened mid-sentence) that is no object, else the previous
    sentence's subject. None when the rule does not apply."""
    s = doc.sentences[index][0]
    if not _FIRST_PERSON.search(doc.text, max(s, cue - 24), cue) and not _FIRST_PERSON_CUE.match(doc.text, cue):
        return None
    opened = _quote_open(doc, s, cue)
    if opened is None or opened == s:  # a sentence opening on a quotation: _quoted_speaker, _continued_quote
        return None
    before = [h for h in actor_hits(doc, index) if h.label == "ACTOR" and h.end <= opened and not is_object(doc, h)]
    if before:
        return (code_of(before[0]),)
    if index == 0:
        return None
    ps, pe = doc.sentences[index - 1]
    if doc.text[ps] in _QUOTES:
        return None
    subject = _main_subject(doc, index - 1, pe)
    return (subject,) if subject else None


_PRONOUN_SAYS = re.compile(r"\s*(?:he|she)\s+(?:said|says|added|told|warned|wrote|stated|declared)\b", re.IGNORECASE)


def _speaker(doc: Document, index: int, pos: int) -> str | None:
    """Who voices the words at `pos`: the subject before the speech verb, or else the last
    speaker of the previous sentences ('He called the drills...'), never the verb's object."""
    hits = actor_hits(doc, index)
    if _HE_SHE_BEFORE.search(doc.text, max(0, pos - 5), pos) or _HE_SHE_SAID.match(doc.text, pos):
        referent = _pronoun_referent(doc, index)  # "Seoul and Washington had until ... what she called": not the states
        if referent:
            return referent
    if any(h.end <= pos for h in hits):
        return owner_at(doc, index, pos) or actor_at(doc, pos)
    for h in hits:  # "..., state news agency KCNA reported."
        if h.start > pos and _SAID_END.match(doc.text, h.end) and _ATTRIBUTION.search(doc.text, max(pos, h.start - 60), h.start):
            return code_of(h)
    for back in range(index - 1, max(-1, index - 3), -1):
        if actor_hits(doc, back):
            if _PRONOUN_OPENING.match(doc.text, doc.sentences[index][0]):
                ps = doc.sentences[back][0]
                opening = [h for h in actor_hits(doc, back) if h.label == "ACTOR"][:1]
                if opening and _OPENING_ARTICLE.fullmatch(doc.text, ps, opening[0].start):
                    return code_of(opening[0])  # "Taiwan's ministry said ... . It condemned ...": that sentence's subject
            # "KCNA published a commentary accusing the United States ... . The commentary said":
            # the previous sentence's subject, not the last state it names
            return _main_subject(doc, back, doc.sentences[back][1]) or actor_at(doc, doc.sentences[back][1] - 1)
    return None


_OPENING_ARTICLE = re.compile(r"[\"“]?\s*(?:the\s+)?", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(r"[\"“]?(?:It|He|She|They)\s")


_PINNED = re.compile(r"(?:['’]s?)?\s+$")


def _pinned(doc: Document, index: int, cue: int) -> bool:
    """'said U.S. hostile policy', "said China's aggressive drills": a charge pinned on the state
    named right before it, which is the target, not the speaker."""
    return any(
        0 <= cue - h.end <= 3 and h.label == "ACTOR" and _PINNED.fullmatch(doc.text, h.end, cue) for h in actor_hits(doc, index)
    )


def _voiced_by(doc: Document, index: int, cue: int) -> int | None:
    """The speech verb that makes an evaluative cue someone's criticism: 'called the drills an
    "aggressive" rehearsal', 'said China's "aggressive military activities" heightened tensions'
    (a quotation opened after the verb)."""
    hits = doc.hits("escalation", index)
    here = [h for h in hits if h.start == cue]
    if not any(h.label == "SPEECH" or h.id in _EVALUATIVE for h in here) and not (
        any(h.label == "REGIME" for h in hits) and any(s == cue for s, _ in _regime_end(doc, hits))
    ):
        return None
    if any(h.label == "SPEECH" for h in here):
        if doc.text[cue : cue + 4].lower() not in _WARNS:
            return cue  # "branded Beijing a troublemaker", "called the drills ...": the object is the target
        # "warned that Moscow would deploy ...": the warner may be the state named next, unless
        # what follows punishes it ("warned that Seoul would pay the price")
        later = [h for h in hits if h.start > cue and h.label == "ESCALATION" and h.id == "punish"]
        return cue if later or any(s > cue for s, _ in _regime_end(doc, hits)) else None
    lo = doc.sentences[index][0]
    verbs = [
        h.start for h in hits
        if h.label in ("SPEECH", "ACCUSE") and h.end <= cue and cue - h.start < _VOICE_REACH
        and not _WHAT_CALLED.search(doc.text, max(lo, h.start - 20), h.start)
    ]
    said = [m.start() for m in _SAID.finditer(doc.text, max(lo, verbs[-1] if verbs else lo), cue)]
    if said:  # a criticism is the sayer's only where quoted after "said"; a threat is anyway
        critical = any(h.id in ("hostile", "provoke", "insult", "pressure") for h in here)
        opened = _quote_open(doc, lo, cue) if critical and not _pinned(doc, index, cue) else said[-1] + 1
        if opened is not None and opened > said[-1]:
            return said[-1]
    return verbs[-1] if verbs else None


# "pull what it called strategic assets out": a label quoted in passing, not the cue's voice
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:[\w'’\-.]+\s+){1,3}$", re.IGNORECASE)


_PARTICIPIAL = re.compile(r",\s+\w+ing$")


def _main_subject(doc: Document, index: int, pos: int) -> str | None:
    """The subject of the clause a participle (", accusing him of") hangs on: the sentence's
    first state that is no object."""
    for h in actor_hits(doc, index):
        if h.end > pos:
            break
        if not is_object(doc, h):
            return code_of(h)
    return None


def _continued_quote(doc: Document, index: int, cue: int) -> str | None:
    """'"But if the Americans test, we will not stand idly by."' after a quoted sentence: a
    sentence that is all quotation, naming no speaker, goes on with the previous speaker."""
    s, e = doc.sentences[index]
    if index == 0 or doc.text[s] not in _QUOTES or _quote_open(doc, s, cue) != s:
        return None
    if _first_quote(doc, cue, e - 1) is not None and doc.text[e - 1] not in _QUOTES:
        return None  # the quotation closes inside the sentence, with its own attribution
    ps, pe = doc.sentences[index - 1]
    if _first_quote(doc, ps, pe) is None:
        return None
    if doc.text[ps] in _QUOTES:
        found = _quoted_speaker(doc, index - 1, ps + 1)
        if found:
            return found
    return _main_subject(doc, index - 1, pe)


def _said_and(doc: Document, lo: int, cue: int) -> re.Match[str] | None:
    """_SAID_AND's first match in text[lo:cue + 12], searched only when one could end at the cue
    (the one use): "and" and whitespace right before it. Spares a sentence-long scan per cue."""
    head = doc.text[lo:cue]
    if not head[-1:].isspace() or head.rstrip()[-3:].lower() != "and":
        return None
    return _SAID_AND.search(doc.text, lo, cue + 12)


def _actor(doc: Document, cue: int) -> str | None:
    """Who escalates: the accuser in 'Pakistan accused India of hostile acts', the speaker of a
    quoted or reported criticism, else the subject."""
    clause = doc.clause_at(cue)
    index = doc.sentence_index(cue)
    if any(h.start == cue for h in doc.hits("escalation", index, "EXCHANGE")):
        return None  # "they exchanged artillery fire": both sides act
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    if any(a.start == cue for a in states) and any(
        b.start > cue and _JOINED.fullmatch(doc.text, a.end, b.start) for a in states if a.start == cue for b in states
    ):
        return None  # "Israeli and U.S. strikes": several states act together
    for a in states:  # "Israeli warplanes pounded the port": the striking state opens the cue
        if a.start == cue:
            gap = _STRIKER_GAP.match(doc.text, a.end)
            if gap and any(h.start == gap.end() and h.label == "STRIKE_VERB" for h in doc.hits("escalation", index)):
                return code_of(a)
            gap = _STATE_GAP.match(doc.text, a.end)  # "which Washington pulled out of in 2018": the state leaving
            if gap and any(h.start == gap.end() and h.label == "WITHDREW" for h in doc.hits("escalation", index)):
                return code_of(a)
    if _joint_with(doc, states, cue):
        return None  # "with Paris and London staging joint raids": several states act together
    if _ADVERBIAL_STRIKE.match(doc.text, cue):
        # "took out an officer in an air strike": the strike is the clause subject's, not the victim's
        lo = doc.clause_at(cue)[0]
        for a in states:
            if lo <= a.start and a.end <= cue and not is_object(doc, a):
                return code_of(a)
    agent = _agent(doc, index, cue, states)
    if agent is not None:
        return agent[0]
    quoted = _quoted_speaker(doc, index, cue)
    if quoted:
        return quoted
    closing = _closing_quote_speaker(doc, index, cue)
    if closing is not None:
        return closing[0]
    parenthetical = _parenthetical_speaker(doc, index, cue)
    if parenthetical is not None and parenthetical[0] is not None:
        return parenthetical[0]
    first_person = _first_person_speaker(doc, index, cue)
    if first_person is not None:
        return first_person[0]
    if doc.text[cue : cue + 3].lower() == "or " and any(h.start == cue and h.id == "ultimatum" for h in doc.hits("escalation", index)):
        return _ultimatum_setter(doc, index, cue)  # "X told Iran to comply or face sanctions": X threatens
    accusing = [h for h in doc.hits("escalation", index, "ACCUSE") if clause[0] <= h.start and h.end <= cue]
    if accusing:
        if _PARTICIPIAL.search(doc.text, max(0, accusing[-1].start - 3), accusing[-1].end):
            subject = _main_subject(doc, index, accusing[-1].start)
            if subject:
                return subject
        return _speaker(doc, index, accusing[-1].start)
    if any(h.start == cue and (h.label == "SPEECH" or h.id == "warn") for h in doc.hits("escalation", index)) and _PARTICIPIAL.search(
        doc.text, max(0, cue - 3), doc.text.find(" ", cue) if " " in doc.text[cue : cue + 12] else cue
    ):
        subject = _main_subject(doc, index, cue)  # "Kim gave Washington until June, warning that ...": Kim warns
        if subject:
            return subject
    continued = _continued_quote(doc, index, cue)
    if continued:
        return continued
    said = _said_and(doc, doc.sentences[index][0], cue)
    if said and said.end() == cue:  # "Russia's foreign ministry said ... and warned": the sayer warns
        return owner_at(doc, index, said.start()) or actor_at(doc, said.start())
    voiced = _voiced_by(doc, index, cue)
    if voiced is not None:
        return _speaker(doc, index, voiced)
    if any(h.start == cue and (h.label == "SPEECH" or h.id == "warn") for h in doc.hits("escalation", index)) and not any(
        h.end <= cue for h in actor_hits(doc, index)
    ):
        return _speaker(doc, index, cue)  # "a commander said ..., warning that U.S. bases ...": not the states warned of
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR"]
    by = _BY_DOING.search(doc.text, max(doc.sentences[index][0], cue - 100), cue)
    if by is not None:  # "Seoul answered Chinese drills by sending ...": the main subject acts
        subject = _main_subject(doc, index, by.start())
        if subject:
            return subject
    reporter = _reported_over_places(doc, index, states, cue)
    if reporter is not None:
        return reporter
    clause_subject = _absolute_or_relative_subject(doc, states, cue)
    if clause_subject is not None:
        return clause_subject
    if states and states[0].start > cue and _PLACE.search(doc.text, max(0, states[0].start - 7), states[0].start):
        # "had been placed on combat duty in Belarus": a state after "in" is where, not who
        found = owner_at(doc, index, cue) or _speaker(doc, index, cue)
        if found:
            return found
    found = owner_at(doc, index, cue) or actor_at(doc, cue)
    if found and _joint(doc, states, cue, found):
        return None  # "Russia and Belarus began joint exercises": several states act together
    return found


_THREAT_IDS = frozenset({"threat", "force", "warn", "punish"})


def _reported_over_places(doc: Document, index: int, states: list[Hit], cue: int) -> str | None:
    """'an Iranian general said no town in Israel was out of reach and retaliation would be severe': a
    threat reported after "said", the states between only places ("in Israel"): the sayer's."""
    if any(a.start == cue for a in states) or not any(
        h.start == cue and h.label == "ESCALATION" and h.id in _THREAT_IDS for h in doc.hits("escalation", index)
    ):
        return None  # "Israeli air strikes": the cue names its own state; only a threat is the sayer's
    lo = doc.sentences[index][0]
    said = None
    for m in _SAID.finditer(doc.text, max(lo, cue - _VOICE_REACH), cue):
        said = m
    if said is None or _BREAK.search(doc.text, said.end(), cue):
        return None  # "said it fired at sites in Israel, in retaliation for ...": not the reported clause
    between = [h for h in states if said.end() <= h.start < cue]
    if not between or not all(_PLACE.search(doc.text, max(0, h.start - 7), h.start) for h in between):
        return None
    if not any(h.end <= said.start() and not is_object(doc, h) for h in states):
        return None
    return owner_at(doc, index, said.start()) or actor_at(doc, said.start())


_AGENT = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)
_ENDS_OF = re.compile(r"\bof$", re.IGNORECASE)
_QUOTED_AGENT = re.compile(r"\s*[\"“][^\"“”.]{1,40}[\"”]\s+(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)


def _agent(doc: Document, index: int, cue: int, states: list[Hit]) -> tuple[str | None] | None:
    """'a forceful response from the United States', 'sites struck by Israeli and U.S. warplanes',
    'a deployment of U.S. strategic assets': the state named as the cue's agent right after it
    (None when several are joined). None when the rule does not apply."""
    ends = [h.end for h in doc.hits("escalation", index) if h.start == cue and h.label in ("ESCALATION", "STRIKE_VERB")]
    if not ends:
        return None
    end = max(ends)
    for k, a in enumerate(states):
        gap = doc.text[end : a.start]
        # "from"/"by" the state; a cue ending in "of" ("deployment of") takes the owner right after it
        if (0 < a.start - end <= 10 and (_AGENT.fullmatch(gap) or (gap.isspace() and _ENDS_OF.search(doc.text, end - 3, end)))) or (
            0 < a.start - end <= 60 and _ENDS_OF.search(doc.text, end - 3, end) and _QUOTED_AGENT.fullmatch(gap)
        ):  # 'a threat of "corresponding action" from North Korea': the quoted object, then its agent
            if any(b.start > a.end and _JOINED.fullmatch(doc.text, a.end, b.start) for b in states[k + 1 :]):
                return (None,)
            return (code_of(a),)
        if a.start > end + 60:
            break
    return None


# "..., and with Canberra refusing to rule out strikes": a state opening an absolute clause
_WITH_OPENING = re.compile(r"(?:[,;:\-–—]|\b(?:and|while))\s*$", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_DOING = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
# "the Kremlin, which has ... and warned": the antecedent of a relative clause
_WHICH = re.compile(r",\s+(?:which|who)\s+[^,;:.!?\"“”()]*$", re.IGNORECASE)
_REACH = 90


def _absolute_or_relative_subject(doc: Document, states: list[Hit], cue: int) -> str | None:
    """The state that is the subject of the cue's own clause where the fallback would miss it: one
    opening an absolute 'with' clause ('with Canberra refusing to rule out strikes'), or the
    antecedent of a relative clause ('the Kremlin, which ... warned'); a state named in between
    after a place preposition ('a ceasefire in Ukraine') is where, not who."""
    before = [h for h in states if h.end <= cue and cue - h.end < _REACH]
    for k in range(len(before) - 1, -1, -1):
        h = before[k]
        if any(not _PLACE.search(doc.text, max(0, b.start - 7), b.start) for b in before[k + 1 :]):
            return None  # another state closer to the cue, not as a place
        w = _WITH_BEFORE.search(doc.text, max(0, h.start - 10), h.start)
        if (
            w
            and _DOING.match(doc.text, h.end)
            and not _BREAK.search(doc.text, h.end, cue)
            and (w.start() == doc.sentences[doc.sentence_index(cue)][0] or _WITH_OPENING.search(doc.text, max(0, w.start() - 8), w.start()))
        ):
            return code_of(h)
        if doc.text.startswith(",", h.end) and _WHICH.fullmatch(doc.text, h.end, cue):
            return code_of(h)
    return None


_ADVERBIAL_STRIKE = re.compile(r"in\s+an?\s", re.IGNORECASE)
_BY_DOING = re.compile(r"\bby\s+[a-z]+ing\b[^,;:.!?\"“”]{0,80}$")


def _joint_with(doc: Document, states: list[Hit], cue: int) -> bool:
    """Whether the cue belongs to an absolute clause opened by two joined states: 'with France and
    Britain carrying out raids' (no clause break between the pair and the cue)."""
    for a, b in itertools.pairwise(states):
        if b.end > cue:
            break
        if (
            _JOINED.fullmatch(doc.text, a.end, b.start)
            and _WITH_BEFORE.search(doc.text, max(0, a.start - 10), a.start)
            and _DOING.match(doc.text, b.end)
            and not _BREAK.search(doc.text, b.end, cue)
        ):
            return True
    return False


def _joint(doc: Document, states: list[Hit], cue: int, code: str) -> bool:
    """Whether the state found for a cue is the last-found of a pair "X and Y" opening the cue's
    clause (both before the cue, the clause's subject)."""
    lo = doc.clause_at(cue)[0]
    before = [h for h in states if lo <= h.start and h.end <= cue]
    if len(before) < 2 or not _CLAUSE_OPENING.fullmatch(doc.text, lo, before[0].start):
        return False
    a, b = before[0], before[1]
    return code in (code_of(a), code_of(b)) and joined_pair(doc, a, b)


_HE_SHE_BEFORE = re.compile(r"\b(?:he|she)\s+$", re.IGNORECASE)
_HE_SHE_SAID = re.compile(r"\s*(?:He|She)\s+")
_REPORTED = re.compile(r"\b(?:said|says|told\s+\w+|warned|added|stated)\s+(?:that\s+)?$", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,|\band\b)\s*(?:the\s+)?$", re.IGNORECASE)
_PROMPTED = re.compile(r",\s+(?:prompting|forcing|leading|spurring|pushing)\s+(?:the\s+)?$", re.IGNORECASE)


def _ultimatum_setter(doc: Document, index: int, cue: int) -> str | None:
    """Who sets 'comply or face ...': the sentence's subject, none when several states list as one
    ("Britain, France and Germany told Iran ...")."""
    states = [h for h in actor_hits(doc, index) if h.label == "ACTOR" and h.end <= cue]
    prompted = [h for h in states if _PROMPTED.search(doc.text, max(0, h.start - 24), h.start)]
    if prompted:  # "..., prompting the United States to give the group 48 hours ... or face ...": the state prompted sets it
        return code_of(prompted[-1])
    subjects = [h for h in states if not is_object(doc, h)]
    if subjects:
        told = _REPORTED.search(doc.text, max(doc.sentences[index][0], subjects[0].start - 30), subjects[0].start)
        if told:  # "She said Seoul had until June to comply or face ...": the states told are the targets
            if _HE_SHE_SAID.fullmatch(doc.text, doc.sentences[index][0], told.start()):
                return _pronoun_referent(doc, index)
            return _speaker(doc, index, told.start())
    if not subjects:
        return owner_at(doc, index, cue) or actor_at(doc, cue)
    first = subjects[0]
    if any(0 < h.start - first.end < 12 and _LISTED.fullmatch(doc.text, first.end, h.start) for h in states):
        return None
    return code_of(first)


_PLACE = re.compile(r"\b(?:in|into|inside|across|at|near|to)\s+$", re.IGNORECASE)
