"""The constructions about force between states: strikes told in the active or the passive voice or
named after the states that carried them out, fire aimed at a state or coming from one, salvos and
exchanges of fire, an invasion, war, campaign or offensive named as a state's, force ordered, drills
staged in response, and threats of force (a warning from a state, retaliation promised for an
attack, a regime's end). Apart because they read who uses force on whom, which the treaty and talks
constructions (diplomacy.py) and the weapons-programme ones (nuclear.py) never ask; each returns the
candidate spans of one construction in a sentence, and families.py says which runs on which labels.
"""

from __future__ import annotations

import re

from streams.extract.actors import actor_hits
from streams.extract.document import Document
from streams.extract.escalation.constructions import _BREAK, _JOINED
from streams.extract.lexicon import Hit

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


# "Ruritania's deterrent will continue to be consolidated and further expanded": a build-up
# promised in the passive, the arsenal named first (a past "was expanded in 1985" is history)
_TO_BE_BUILT = re.compile(
    r"\s+(?:will|would|shall|must|is\s+to|are\s+to)\s+(?:continue\s+to\s+|further\s+)?be\s+(?:(?:further|steadily|constantly)\s+)?"
    r"(?:[\w\-]+ed\s+and\s+(?:(?:further|steadily|constantly)\s+)?)?",
    re.IGNORECASE,
)


def _built_up_passive(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """An arsenal followed by a modal passive of a strengthening verb: the span from one to the other."""
    out = []
    for a in (h for h in hits if h.label == "ARSENAL"):
        for b in (h for h in hits if h.label == "STRENGTHEN" and h.start > a.end):
            if doc.text[b.start : b.end].lower().endswith("ed") and _TO_BE_BUILT.fullmatch(doc.text, a.end, b.start):
                out.append((a.start, b.end))
                break
    return out
