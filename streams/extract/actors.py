"""Who acts: alpha-3 codes from the actor lexicon, picked by a subject-first heuristic."""

from __future__ import annotations

import re
from collections import Counter

from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.sentences import may_end_on_word

# a preposition, or a count ("detected 70 Chinese aircraft", not "in 1998 India"): the state names an object's owner
# or a participle acting on it ("..., prompting Japan to issue alerts")
_OBJECT_PREPOSITION = re.compile(
    r"(?:\b(?:on|against|to|with|toward|towards|at|from|by|over|for|of|between|than|into|onto|inside|across|near|off|along|through|via|about"
    r"|around|beyond|within|behind|past|among|amid|amongst|surrounding|encircling|including|unlike|besides|versus"
    r"|match|matching|rivalling|rivaling|emulate|emulating|outpace|outpacing|prompting|forcing|urging|pressing|pushing|compelling|spurring|prodding|causing|accusing|blaming|condemning|criticising|criticizing|ordering|instructing|directing|requiring|obliging|giving|granting|allowing|involving|watching|monitoring|tracking|accused|blamed|condemned|denounced|criticized|criticised|slammed|lambasted|rebuked|castigated|chided|berated|notified|notifying|informed|informing|alerted|alerting)\s+(?:the\s+)?(?:then[\s\-]+|former\s+)?"
    r"|\b(?!(?:1[89]|20)\d\d\s)\d(?:[\d,]*\d)?\s+)$",  # a count, not a year: "In 1998 India tested"
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|its|they|their|he|his|she|her)\b", re.IGNORECASE)


def actor_hits(doc: Document, index: int) -> list[Hit]:
    """ACTOR and GROUP hits of sentence `index`, with party and state organs that several
    states have (Politburo, Central Military Commission: BODY) resolved to one state or dropped."""
    bodies = doc.actor_bodies
    if bodies is None:
        bodies = _bodies(doc)
    if bodies and index in bodies:
        return bodies[index]
    return _no_designations(doc, doc.hits("actors", index, "ACTOR", "GROUP"))


# "the NHK-1 Baekgom", "a Korea-2 rocket": a name with a hyphenated number is a system's designation
# "the Iran-backed Houthis", "Russian-funded militias": a sponsor named in a compound modifier, not a party
_DESIGNATION = re.compile(
    r"[\-‐‑](?:\d|(?:backed|funded|supported|sponsored|aligned|allied|financed|armed|trained|affiliated|linked|inspired)\b)",
    re.IGNORECASE,
)


def _no_designations(doc: Document, hits: list[Hit]) -> list[Hit]:
    text = doc.text
    if not any(text.startswith(("-", "‐", "‑"), h.end) for h in hits):
        return hits
    return [h for h in hits if not _DESIGNATION.match(text, h.end)]


# "North Korea's ruling party Politburo", "the Chinese Communist Party's Central Committee"
_BODY_OWNER = re.compile(r"(?:['’]s?)?\s+(?:(?:the|ruling|party|Party|Communist|Workers['’]?)\s+){0,3}$")


def _bodies(doc: Document) -> dict[int, list[Hit]]:
    """Per sentence holding a BODY hit, its actor hits with each BODY made the state that owns
    it: the candidate named right before it, else the candidate the article names most often
    (strictly), else no actor at all. Memoised per article; most articles have none."""
    found = doc.actor_bodies
    if found is not None:
        return found
    found = doc.actor_bodies = {}
    sentences = doc.sentences_with("actors", "BODY")
    if not sentences:
        return found
    counts = Counter(h.id for h in doc.between("actors", 0, len(doc.text), "ACTOR"))
    owners: dict[str, str] = {}  # "the U.S. Army said ... The Army described it": a body's owner carries on
    for index in sentences:
        out: list[Hit] = []
        bodies: set[int] = set()
        for h in doc.hits("actors", index, "ACTOR", "GROUP", "BODY"):
            if h.label == "BODY":
                name = doc.text[h.start : h.end]
                code = _body_owner(doc, h, out, counts, owners.get(name, owners.get("")), bool(out) and out[-1].start in bodies)
                if code is None:
                    continue
                owners[name] = owners[""] = code  # "": the latest body's owner ("the U.S. Army said ... The Navy plans")
                bodies.add(h.start)
                h = Hit(h.start, h.end, "ACTOR", code)
            out.append(h)
        found[index] = _no_designations(doc, out)
    return found


_BODY_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")  # "the U.S. Army and Navy"


def _body_owner(
    doc: Document, body: Hit, before: list[Hit], counts: Counter[str], earlier: str | None = None, after_body: bool = False
) -> str | None:
    candidates = body.id.split("|")
    if before and before[-1].id in candidates and (
        _BODY_OWNER.fullmatch(doc.text, before[-1].end, body.start)
        or (after_body and _BODY_JOINED.fullmatch(doc.text, before[-1].end, body.start))
    ):
        return before[-1].id
    if earlier is not None:
        return earlier
    ranked = sorted(((counts[c], c) for c in candidates), reverse=True)
    if ranked[0][0] and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)


def agent_after(doc: Document, pos: int) -> str | None:
    """A passive event's agent or launch origin named just after it ("was fired by Iran",
    "were launched from North Korea"), for events with no subject-like actor."""
    hits = actor_hits(doc, doc.sentence_index(pos))
    for i, h in enumerate(hits):
        if h.start >= pos and h.start - pos < 50 and h.label == "ACTOR" and _AGENT.search(doc.text, max(0, h.start - 10), h.start):
            if i + 1 < len(hits) and joined_pair(doc, h, hits[i + 1]):
                return None  # "tests by Russia and China": two states, no single actor
            return code_of(h)
    return None


def origin_in(doc: Document, index: int) -> str | None:
    """The state a named national weapon system belongs to (Hwasong, Sarmat, Shaheen): ORIGIN
    patterns of the actor lexicon, a fallback when the sentence names no acting state."""
    found = {h.id for h in doc.hits("actors", index, "ORIGIN")}
    return found.pop() if len(found) == 1 else None


def code_of(hit: Hit) -> str | None:
    """Alpha-3 of an ACTOR hit; groups of states (E3, world powers) have no single code."""
    return hit.id if hit.label == "ACTOR" else None


# "the U.S. mainland", "Japanese waters", "U.S. bases in Guam": the state names a place
_PLACE = re.compile(
    r"\s+(?:(?:mainland|territory|territorial\s+waters|waters|soil|airspace|coast(?!\s+guard)|coastline|shores?|islands?|"
    r"(?:military\s+|air\s+|naval\s+)?bases?|exclusive\s+economic\s+zone|EEZ)\b|side\s+of\s+the\s+border)"
)


# "with Japan calling it a serious provocation": the mention is the participle's subject
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_DOING = re.compile(
    r"(?:['’]s?\s+[\w\-]+(?:\s+[\w\-]+)?)?\s+(?:calling|saying|describing|warning|vowing|accusing|urging|demanding|insisting|"
    r"threatening|condemning|denouncing|labell?ing|branding|declaring|announcing|responding|pledging|promising|"
    r"refusing|declining|rejecting|preparing|planning|weighing|considering|mulling|signall?ing|hinting|seeking|"
    r"stepping\s+up|ramping\s+up|deploying|sending|conducting|staging|launching|firing)\b"
)


# the words _OBJECT_PREPOSITION's first branch can end on, "the" included
_OBJECT_BRANCH = re.search(r"\\b\(\?:([a-z|]+)\)", _OBJECT_PREPOSITION.pattern)
assert _OBJECT_BRANCH is not None
_OBJECT_WORDS = frozenset(_OBJECT_BRANCH.group(1).split("|")) | {"the", "then", "former"}


def _after_preposition(text: str, start: int) -> bool:
    """_OBJECT_PREPOSITION.search in the 16 chars before `start`, tried only when the last word
    there can end a match (one of its words, or a digit): the $-anchored alternation is
    otherwise attempted at each of the 16 positions, for nothing in most cases. A quote mark
    opening on the name ('threats from the "U.S. imperialists"') leaves it an object."""
    if start and text[start - 1] in "\"“‘":
        start -= 1
    lo = max(0, start - 16)
    window = text[lo:start]
    if not (window.rstrip()[-1:].isdigit() or may_end_on_word(window, _OBJECT_WORDS)):
        return False  # a count ends on a digit, the rest on one of the words
    return _OBJECT_PREPOSITION.search(text, lo, start) is not None


# "no town in Israel is out of reach", "targets in Iran", "every city in the South": the state names
# where a place noun lies, not who acts (unlike "officials in Tehran said"; nor a launch area's
# state, "fired from an area in ...", which names the tester)
_LOCATED_IN = re.compile(
    r"\b(?:nowhere|anywhere|everywhere|somewhere|corner|corners|part|parts|city|cities|town|towns|village|villages"
    r"|targets|infrastructure|homes|houses|civilians)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "advisers in the Pakistani High Commission", "at the Russian embassy": a diplomatic mission as a place
_MISSION_AFTER = re.compile(r"\s+(?:High\s+Commission|[Ee]mbassy|[Cc]onsulate)\b")
_AT_THE = re.compile(r"\b(?:in|at|inside|outside)\s+the\s+$", re.IGNORECASE)


def _in_mission(text: str, hit: Hit) -> bool:
    return bool(_MISSION_AFTER.match(text, hit.end)) and _AT_THE.search(text, max(0, hit.start - 12), hit.start) is not None


def _located_in(text: str, start: int) -> bool:
    window = text[max(0, start - 8) : start]
    if " in " not in window and not window.endswith(" in"):
        return False
    return _LOCATED_IN.search(text, max(0, start - 30), start) is not None


def is_object(doc: Document, hit: Hit) -> bool:
    """Whether a preposition right before the mention makes it an object, or a place noun after
    it a location, so that it can't be the subject; memoised per article."""
    found = doc.object_like.get(hit.start)
    if found is None:
        found = doc.object_like[hit.start] = bool(
            (_after_preposition(doc.text, hit.start) and not (
                _WITH.search(doc.text, max(0, hit.start - 10), hit.start) and _WITH_DOING.match(doc.text, hit.end)
            ))
            or _PLACE.match(doc.text, hit.end, hit.end + 40)
            or _located_in(doc.text, hit.start)
            or _in_mission(doc.text, hit)
            or (hit.start < _DATELINE_REACH and _in_dateline(doc, hit))
            or _listed_object(doc, hit)
            or _told_addressee(doc.text, hit.start, hit.end)
            or _venue(doc.text, hit.start)
            or _titled_object(doc, hit)
        )
    return found


# "warned Britain and the EU against ...", "told the General Assembly of its moratorium": the one told,
# when what is said follows as a topic, not a reported clause ("warned the US would pay")
_TOLD_VERB = re.compile(r"\b(?:warned|warns|warning|told|tells|telling|reminded|reminds|assured|assures|briefed|briefs)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w.\-]*")
_TOLD_LIST = re.compile(r"(?:\s*,|\s+and|\s+or)\s+(?:the\s+)?")
# the topic, after the rest of the addressee's name ("the UN General Assembly of ...")
_TOPIC_AFTER = re.compile(r"(?:\s+[A-Z][\w.\-]*){0,3}\s+(?i:against|of|about|not\s+to)\b")


def _told_addressee(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 14)
    if not ("warn" in text[lo:start] or "tel" in text[lo:start] or "told" in text[lo:start]
            or "remind" in text[lo:start] or "assur" in text[lo:start] or "brief" in text[lo:start]):
        return False
    if not _TOLD_VERB.search(text, lo, start):
        return False
    if _TOPIC_AFTER.match(text, end):
        return True
    joined = _TOLD_LIST.match(text, end)  # "the US and NATO against": the topic after the list
    if joined is None:
        return False
    nxt = _NAME.match(text, joined.end())
    return nxt is not None and _TOPIC_AFTER.match(text, nxt.end()) is not None


# "with then U.S. President Donald Trump", "to Chinese leader Xi Jinping": a person named after a
# state's title is the object that the state mention before the title already is
_TITLE_GAP = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+|then|former)[\s\-]+){0,2}?(?:President|Premier|Prime\s+Minister|Chancellor|[Ll]eader|"
    r"(?:[A-Z][a-z]+\s+)?Minister|Secretary(?:\s+of\s+State)?|[Ee]nvoy|[Aa]mbassador|counterpart|King|Crown\s+Prince)\s+"
)


def _titled_object(doc: Document, hit: Hit) -> bool:
    window = doc.text[max(0, hit.start - 48) : hit.start]
    if not window.endswith(" ") or not any(c.isupper() for c in window[-12:]) and "leader" not in window and "envoy" not in window \
            and "counterpart" not in window and "ambassador" not in window:
        return False
    for h in doc.hits("actors", doc.sentence_index(hit.start), "ACTOR"):
        if h.end < hit.start and hit.start - h.end <= 48 and _TITLE_GAP.fullmatch(doc.text, h.end, hit.start):
            # "the sister of North Korean leader Kim": "of" names the subject's owner, who still speaks through it
            return is_object(doc, h) and _OF_BEFORE.search(doc.text, max(0, h.start - 12), h.start) is None
    return False


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:then[\s\-]+|former\s+)?$", re.IGNORECASE)


# "lodged a protest through diplomatic channels in Beijing", "at its embassy in Tokyo": a venue,
# not a party ("officials in Beijing said" keeps the city as its officials' state)
_VENUE = re.compile(
    r"\b(?:channels?|embass(?:y|ies)|consulates?|missions?|(?:high\s+)?commissions?|talks|meetings?|summits?|conferences?|ceremony|negotiations)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _venue(text: str, start: int) -> bool:
    window = text[max(0, start - 8) : start].lower()
    if "in " not in window:
        return False
    return _VENUE.search(text, max(0, start - 40), start) is not None


# "with South Korean and Japanese fighter jets", "against Israel, the U.S. or their allies": the
# later members of a list that a preposition opens are its objects too (not ", and": a new clause)
_LIST_MEMBER = re.compile(r"(?:\s*,|(?<!,)\s+(?:and|or))\s+(?:the\s+)?$", re.IGNORECASE)


_LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\s", re.IGNORECASE)


def _listed_object(doc: Document, hit: Hit) -> bool:
    lo = max(0, hit.start - 10)
    window = doc.text[lo : hit.start]
    if "," not in window and " and " not in window and " or " not in window:
        return False
    m = _LIST_MEMBER.search(doc.text, lo, hit.start)
    if m is None or ("," in m.group() and not _LIST_GOES_ON.match(doc.text, hit.end)):
        return False  # "under pressure from Britain, France and Germany, Iran agreed": the list closed before it
    previous = [h for h in doc.hits("actors", doc.sentence_index(hit.start)) if h.end == m.start()]
    if not previous:
        return False
    first = previous[-1]
    while True:  # back to the list's first member: only a preposition before it makes the list objects
        lo = max(0, first.start - 10)
        m = _LIST_MEMBER.search(doc.text, lo, first.start)
        earlier = [h for h in doc.hits("actors", doc.sentence_index(first.start)) if m is not None and h.end == m.start()]
        if not earlier:
            break
        first = earlier[-1]
    return _after_preposition(doc.text, first.start)


# "SEOUL, South Korea (AP) - ", "MOSCOW, May 26 (AFP) -- ", "WASHINGTON (Reuters) — "
_DATELINE = re.compile(r"[A-Z][A-Z.'/\-]+(?: [A-Z][A-Z.'/\-]+)*(?:,[^\n.;]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|[-—–])\s+")
_DATELINE_REACH = 400


def _in_dateline(doc: Document, hit: Hit) -> bool:
    """Whether the mention is part of a story's dateline: a place and outlet, never an actor."""
    start = doc.sentences[doc.sentence_index(hit.start)][0]
    found = _DATELINE.match(doc.text, start, start + 80)
    return found is not None and hit.end <= found.end()


# the mention reports rather than acts: "Seoul's Joint Chiefs of Staff said", "A South Korean
# official told reporters", "Tokyo initially said"; no comma or verb of its own in between
_SAY_VERB = r"(?:said|says|say|told|tells|reported|reports|added|estimated|detected|confirmed|stated)\b"
_SAYS = re.compile(r"(?:\)|['’]s?)?(?:\s+\(?[\w\-.]+\)?){0,5}?\s+" + _SAY_VERB)
_SAID_END = re.compile(r"\b" + _SAY_VERB)
# a pronoun opening the reported clause points back at the speaker: "North Korea said it fired",
# "Iran said on Tuesday that its Revolutionary Guards launched"; not one past a comma ("..., the
# JCS said, in its first launch this year": the tester's)
_SPEAKER_PRONOUN = re.compile(r"[^,;:.]{0,60}?\b(it|its|they|their|we|our)\b", re.IGNORECASE)
# a plural source can't be what "it" points back to: "South Korean officials say it completed ..."
_PLURAL_SOURCE = re.compile(
    r"\b(?:officials|sources|analysts|experts|authorities|diplomats|lawmakers|legislators|observers|researchers|"
    r"monitors|scientists|media|officers|commanders|spokespeople|spokesmen|agencies|ministries|governments|leaders)\b",
    re.IGNORECASE,
)


def _reports(doc: Document, hit: Hit) -> re.Match[str] | None:
    """The speech verb after a mention that is a source, not an actor."""
    return _SAYS.match(doc.text, hit.end, hit.end + 48)


# a state's weapons-development and rocket agencies test their own systems, they never monitor another's
_DEVELOPERS = frozenset({
    "drdo", "defence research and development organisation", "defense research and development organization",
    "isro", "roscosmos", "suparco", "missile defense agency", "missile administration", "academy of defence science",
    "academy of defense science", "national aerospace development administration",
})


# a state's firing commands tell of their own units' launches: "the Eastern Theater Command said
# long-range rocket launchers had fired live rounds", "the Strategic Forces Command said ..."
_FIRING_COMMAND = re.compile(r"\b(?:Theat(?:er|re)\s+Command|Rocket\s+Forces?|Strategic\s+Forces\s+Command)$")


def _observer(doc: Document, hit: Hit, pos: int) -> bool:
    """Whether `hit` only reports the test at `pos`: it says that a missile was fired or flew
    ("Seoul's JCS said two projectiles flew"), with no pronoun making the speaker the tester."""
    said = _reports(doc, hit)
    if said is None:
        return False
    if doc.text[hit.start : hit.end].lower() in _DEVELOPERS or _FIRING_COMMAND.search(doc.text, hit.start, hit.end):
        return False  # "DRDO said Monday's test met all objectives": the tester's own weapons agency tells of its test
    if said.end() > pos:  # "..., the JCS said": after the test
        return hit.start > pos
    pronoun = _SPEAKER_PRONOUN.match(doc.text, said.end(), pos)
    if pronoun is None:
        return True
    return pronoun.group(1).lower() in ("it", "its") and bool(_PLURAL_SOURCE.search(said.group()))


# "X will pay a heavy price", "X would face the consequences": X is the one threatened
_TARGET_AFTER = re.compile(
    r"\s+(?:(?:too|also)\s+)?(?:will|would|shall)\s+(?:(?:also|surely|certainly|soon|then)\s+)?(?:pay\b|face\s+(?:the\s+)?(?:consequences|a\s+(?:heavy|harsh|severe|crushing|devastating))|regret\b)",
    re.IGNORECASE,
)


# "prompting the United States to give ...", "forcing Seoul to scramble jets": the state moved to act
_CAUSATIVE = re.compile(
    r"\b(?:prompting|prompted|forcing|forced|compelling|compelled|spurring|spurred|leading|led|causing|caused)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CAUSED_TO = re.compile(r"\s+to\s+(?:[\w\-]+\s+){0,2}", re.IGNORECASE)


# "drills around Taiwan as island test-fires missiles", "..., and the island said": a bare "island"
# opening the event's clause is the island state the sentence (or the one before) named
_ISLAND_SUBJECT = re.compile(
    r"(?:\b(?:as|while|after|when|and|but|since|because)\s+|[,;:]\s+|^)(?:the\s+)?island\s+(?:(?:has|had|have|also|then|now|just)\s+)?$",
    re.IGNORECASE,
)
_ISLAND_STATES = frozenset({"TWN"})


def _island_state(doc: Document, index: int, pos: int, before: list[Hit]) -> str | None:
    lo = doc.sentences[index][0]
    if not _ISLAND_SUBJECT.search(doc.text, max(lo, pos - 40), pos):
        return None
    named = [h for h in before if h.label == "ACTOR" and h.id in _ISLAND_STATES]
    if not named and index > 0:
        named = [h for h in doc.hits("actors", index - 1, "ACTOR") if h.id in _ISLAND_STATES]
    return named[-1].id if named else None


# a state's adjective ("Israeli", "Iranian", "North Korean", "Chinese", "British", "U.S."), not its name
_ADJECTIVE = re.compile(r"(?:[a-z]i|[a-z]ian|[a-z]ean|[a-z]ese|[a-z]ish|[a-z]can|U\.S\.|French|Dutch)$")
_FUNCTION_WORD = re.compile(
    r"(?:before|after|by|until|on|in|at|to|for|of|from|with|and|or|but|that|which|who|is|are|was|were|has|had|have|will|would|could|said|says)\b",
    re.IGNORECASE,
)
# a sentence opening on a noun phrase that names its state in an "of"/"for"/"from" phrase
_SUBJECT_OF = re.compile(
    r"[\s\"“]*(?:The|A|An)\s+(?:[\w\-]+\s+){0,3}?(?:of|for|from)\s+(?:the\s+)?"
)
_ADJACENT_DOER = re.compile(r"[\s\-]+(?:(?:air|drone|missile|rocket|artillery|military|naval|cyber)\s+)?")


def actor_at(doc: Document, pos: int, *, prefer_object: bool = False) -> str | None:
    """The actor of the event at `pos`: nearest subject-like mention before it in the sentence,
    else the sentence's first actor, else the previous sentences' last one. A test that a
    source only reports ("the missile flew 600 km, Japan said") falls to the weapon's origin
    or the article's running tester before the source."""
    index = doc.sentence_index(pos)
    hits = actor_hits(doc, index)
    before = [h for h in hits if h.end <= pos]
    if prefer_object:
        after = [h for h in hits if h.start >= pos and h.start - pos < 60]
        if after:  # "urged all nuclear-armed states to ...": a group binds no single state
            return code_of(after[0])
    if before and pos - before[-1].end < 24 and before[-1].label == "ACTOR" and _ADJECTIVE.search(doc.text, before[-1].start, before[-1].end) \
            and _ADJACENT_DOER.fullmatch(doc.text, before[-1].end, pos) and not _FUNCTION_WORD.match(doc.text, pos) \
            and is_object(doc, before[-1]):
        # "a wave of Israeli airstrikes against ...": the state modifying the event noun does it,
        # though a preposition governs the phrase; "of Israeli and U.S. strikes": several states
        return None if len(before) > 1 and joined_pair(doc, before[-2], before[-1]) else code_of(before[-1])
    if before and pos - before[-1].end < 40 and _CAUSED_TO.fullmatch(doc.text, before[-1].end, pos) \
            and _CAUSATIVE.search(doc.text, max(0, before[-1].start - 24), before[-1].start):
        return code_of(before[-1])  # "..., prompting the United States to give the group 48 hours": the one prompted acts
    if "island" in doc.text[max(0, pos - 40) : pos] and (island := _island_state(doc, index, pos, before)) is not None:
        return island
    if len(hits) > len(before) and " by " in doc.text[pos : pos + _BY_AGENT_REACH] and (agent := _by_agent(doc, hits, pos)):
        return agent[0]
    is_test = _is_test(doc, index, pos)
    if not is_test and before and (source := _reaction_source(doc, before[-1], pos)) is not None:
        return source
    if before and before[-1].label == "ACTOR" and ", who " in doc.text[max(0, pos - 16) : pos] \
            and _WHO_AFTER_NAME.fullmatch(doc.text, before[-1].end, pos):
        return code_of(before[-1])  # "by Houthi spokesman Yahya Saree, who said ...": the speaker's state
    if not is_test:
        found = _noun_source(doc, hits, pos)
        if found:
            return found
    speaker = _quoted_speaker(doc, index, pos, before)
    if speaker and not is_test:
        return speaker
    subjects = [h for h in before if not is_object(doc, h)]
    if not is_test and subjects and pos - subjects[-1].end < 160:
        speaker = addressed_speaker(doc, index, subjects[-1])
        if speaker is not None:
            return speaker or None  # 'KCNA said the United States had "until the end of the year" ... or "bear full responsibility"'
    if not is_test and subjects and pos - subjects[-1].end < 60 and _TARGET_AFTER.match(doc.text, subjects[-1].end) \
            and _in_opening_quote(doc.text, doc.sentences[index][0], subjects[-1].start):
        # '"The Houthis will pay a heavy price ...," the defence minister said': the threatened, not the threatener
        found = _quote_source(doc, index, pos)
        if found and found != subjects[-1].id:
            return found
    if not is_test and subjects and _ANY_BEFORE.search(doc.text, max(0, subjects[-1].start - 5), subjects[-1].start):
        subjects = subjects[:-1]  # 'said any Indian "misadventure" would be met ...': the act threatened against
    lo = doc.sentences[index][0]
    if (_we_near(doc.text, max(lo, pos - 48), pos) and _first_person(doc, pos, before)) or (
        not subjects and _QUOTED_FIRST_PERSON.match(doc.text, lo, pos)
    ):
        found = _quote_source(doc, index, pos)  # '"If the Americans test, we will respond," X said'
        if found:
            return found
    if before and pos - before[-1].end < 60:
        antecedent = _object_antecedent(doc, before, pos)
        if antecedent is not None:
            return antecedent.id
    if subjects and doc.text.find(", ", subjects[-1].end, pos) >= 0:
        clause = doc.clause_at(pos)
        if subjects[-1].start < clause[0] and _ING.match(doc.text, clause[0]) and _PARTICIPLE.search(
            doc.text, max(0, clause[0] - 16), clause[0]
        ):
            host = _host_subjects(doc, index, clause[0], subjects)
            if host is not None:
                subjects = host
    if subjects and is_test and pos - subjects[-1].end < 72 and _watched(doc, subjects[-1].end, pos):
        subjects = []  # "foreign seismologists who monitored the test": the tester is another
    observer: Hit | None = None
    if subjects and is_test and _observer(doc, subjects[-1], pos):
        observer, subjects = subjects[-1], _antecedents(doc, subjects, pos)
    if subjects:
        subjects = _outside_relatives(doc, subjects, pos, keep_all=False)
    if subjects and subjects[-1].label == "GROUP" and _HE_BEFORE.search(doc.text, max(subjects[-1].end, pos - 40), pos):
        # "Trump startled allies when he posted that he had instructed ...": "he" is no group
        subjects = [h for h in subjects if h.label != "GROUP"]
    if len(subjects) > 1 and subjects[-1].id != subjects[0].id:
        coordinated = _COORDINATED.search(doc.text, max(subjects[-1].end, pos - 48), pos)
        if coordinated and not _PRONOUN_LED.search(doc.text, lo, subjects[0].start):
            # "India gave Islamabad 72 hours ..., and said ...": the verb's subject is the sentence's
            subjects = _leading_run(doc, subjects)
    if subjects and _conditional(doc, subjects[-1], pos):
        subjects = subjects[:-1]  # "Russia will test only if the United States does, and ordered ...": not the U.S.
    if subjects:
        return _group_aware(doc, subjects)
    if before and not is_test and _SUBJECT_OF.fullmatch(doc.text, lo, before[0].start) \
            and all(code_of(h) == code_of(before[0]) for h in before):
        # "The spokeswoman of the North Korean army, who ..., said": the state owning the subject
        return code_of(before[0])
    test = observer is not None or is_test
    if hits and not before and not test and _in_opening_quote(doc.text, lo, pos):
        # '"Any enemy warship ... will be sent to the bottom of the sea," the commander of the
        # Guards' naval arm said': a quotation naming no state before the event is its speaker's
        found = _quote_source(doc, index, pos)
        if found:
            return found
    if hits and not test and index > 0 and _continued_quote(doc, index, pos):
        # '"American threats do not frighten us. Any aggression against Yemen will be answered ...,"
        # X wrote': the quotation opened a sentence earlier, and only its speaker threatens
        found = _quote_source(doc, index, pos)
        if found:
            return found
    if hits and not before and not _PRONOUN_LED.search(doc.text, doc.sentences[index][0], pos):
        first = hits[0]
        if not is_object(doc, first) and first.start - pos < 80:
            if not (test and _observer(doc, first, pos)):
                return code_of(first)
            observer = first
    if test and not hits and _WILL_AFTER.match(doc.text, pos):
        found = _named_speaker(doc, index, pos)  # "Farahani said more launches would follow": his state's
        if found:
            return found
    if test:
        found = origin_in(doc, index) or (not before and _pronoun_doer(doc, index, pos)) or running_tester(doc, index)
        if found:
            return found
    if observer:
        # "Japan's Defense Ministry said the missile landed ...", the launch told of paragraphs
        # earlier: the tester further back, before the one reporting it
        return (running_tester(doc, index, reach=index + 1) if index > _RUNNING_BACK else None) or code_of(observer)
    if not hits:
        found = _named_speaker(doc, index, pos)
        if found:
            return found
    return _previous_actor(doc, index)


# "the group's military spokesman Brigadier General X, who said": titles and a name, then the relative
_WHO_AFTER_NAME = re.compile(r"(?:['’]s)?(?:\s+[\w\-.’']+){1,7},\s+who\s+(?:also\s+|later\s+|then\s+)?")


# "new tests by Russia", "a wave of strikes by American forces": an event noun's agent, named in a
# "by" phrase right after it, with no verb between ("was condemned by Japan" names a critic)
_BY_AGENT_REACH = 48
_BY_AGENT = re.compile(r"\s*(?:[\w\-]+\s+){0,5}?by\s+(?:the\s+)?$", re.IGNORECASE)
_BY_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|said|says|told|followed|"
    r"[a-z]+(?:ed|en)(?<!carried)(?<!conducted)(?<!launched)(?<!staged)(?<!mounted)(?<!ordered)(?<!directed))\b|[,;:()\"“”]",
    re.IGNORECASE,
)


def _by_agent(doc: Document, hits: list[Hit], pos: int) -> tuple[str | None] | None:
    """The agent of the event noun at `pos` in a "by" phrase after it, as a 1-tuple (None
    inside where it names two states acting together: "tests by Russia and China")."""
    after = [h for h in hits if h.start >= pos]
    first = after[0]
    if first.start - pos > _BY_AGENT_REACH or first.label != "ACTOR":
        return None
    if not _BY_AGENT.fullmatch(doc.text, pos, first.start) or _BY_VERB.search(doc.text, pos, first.start):
        return None
    if len(after) > 1 and joined_pair(doc, first, after[1]):
        return (None,)
    return (code_of(first),)


# "the drills drew a rebuke from Beijing, calling them reckless": the reaction's source
# speaks in the participle after it
_REACTION_FROM = re.compile(
    r"\b(?:condemnation|criticism|protests?|rebukes?|response|reaction|backlash|anger|outrage|denunciation|objections?|"
    r"warnings?|retort)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REACTION_GAP = re.compile(r"\s*,\s+(?:[a-z]+ing)\b")


def _reaction_source(doc: Document, last: Hit, pos: int) -> str | None:
    if last.label != "ACTOR" or pos - last.end > 6 or not _REACTION_GAP.match(doc.text, last.end):
        return None
    if not _REACTION_FROM.search(doc.text, max(0, last.start - 40), last.start):
        return None
    return code_of(last)


# 'drawing a swift threat of "corresponding action" from North Korea': the noun's source acts
_NOUN_FROM = re.compile(
    r"\b(?:threats?|warnings?|vows?|ultimatums?|rebukes?|retorts?)\b[^.;:()]{0,48}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE
)


def _noun_source(doc: Document, hits: list[Hit], pos: int) -> str | None:
    for h in hits:
        if h.start > pos and h.start - pos < 72 and h.label == "ACTOR":
            near = doc.text.startswith("from", h.start - 5) or doc.text.startswith("from", h.start - 9)
            if near and _NOUN_FROM.search(doc.text, max(0, pos - 8), h.start):
                return h.id
            break
    return None


# "Farahani said further launches would follow": a speaker named by surname alone, whose affiliation
# the article gave when it introduced him ("The Guards' missile commander, General Reza Farahani")
_SURNAME_SAID = re.compile(r"\b([A-Z][a-z]{2,})\s+(?:said|says|told|added|announced|warned|declared|stated|wrote|vowed|insisted|stressed)\b")
# '...," Saree declared.': a surname closing a quotation
_QUOTE_CLOSED_BY = re.compile(r"[,?!][\"”]\s+(?:[A-Z][\w\-]+\s+)?$")
_INTRO_REACH = 80
_WILL_AFTER = re.compile(r"[\w\-]+\s+(?:[\w\-]+\s+){0,2}(?:would|will)\s", re.IGNORECASE)


def _named_speaker(doc: Document, index: int, pos: int) -> str | None:
    lo = doc.sentences[index][0]
    said = _SURNAME_SAID.search(doc.text, lo, pos)
    if said is None or lo - said.start() > 0:
        return None
    return _introduced(doc, index, said.group(1))


def _introduced(doc: Document, index: int, name: str) -> str | None:
    """The state named just before a speaker's first mention, in a sentence before `index`."""
    lo = doc.sentences[index][0]
    first = doc.text.find(name, 0, lo)
    if first < 0 or doc.text.find(name, first + 1, lo) < 0 and doc.text.find(name, 0, lo) != first:
        return None
    back = doc.sentence_index(first)
    if back >= index:
        return None
    near = [h for h in actor_hits(doc, back) if h.end <= first and first - h.end < _INTRO_REACH]
    return code_of(near[-1]) if near else None


# a reported clause whose subject is told what to do: "said Iran must stop ...", 'warned that
# Washington had "until the end of the year" to ...': the addressee, whose speaker acts
_ADDRESSED = re.compile(
    r"\s+(?:(?:still|now|only|also)\s+)?(?:must\b|(?:has|have|had)\s+(?:[\"“]\s*)?(?:until\b|(?:only\s+|just\s+)?\w+[\s\-](?:days?|weeks?|months?|hours?)\s+to\b))",
    re.IGNORECASE,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|say|saying|warned|warns|warning|told|declared|declaring|insisted|insisting|stated|stating|added|adding"
    r"|demanded|demanding)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def addressed_speaker(doc: Document, index: int, hit: Hit) -> str | None:
    """For a reported addressee ("the commentary said the United States had until ..."), the
    speaker: the subject before the speech verb, else the previous sentences' actor ("" for
    none); None when `hit` is no reported addressee."""
    if not _ADDRESSED.match(doc.text, hit.end, hit.end + 40):
        return None
    verb = _TOLD_BEFORE.search(doc.text, max(doc.sentences[index][0], hit.start - 40), hit.start)
    if verb is None:
        return None
    speakers = [h for h in actor_hits(doc, index) if h.end <= verb.start() and not is_object(doc, h)]
    if speakers:
        return _group_aware(doc, speakers) or ""
    return _publisher(doc, index, verb.start()) or _previous_actor(doc, index) or ""


# "The commentary said ...": a speaking document named before the speech verb, with no state
_DOCUMENT_SPEAKER = re.compile(r"(?:[\"“]\s*)?(?:The|This|That|Its|Their)\s+([a-z]+)\s+(?:also\s+)?$")


def _publisher(doc: Document, index: int, verb: int) -> str | None:
    """Who issued the statement or commentary that speaks at the start of sentence `index`: the
    subject before that noun in one of the two sentences before ("KCNA published a commentary")."""
    lo = doc.sentences[index][0]
    m = _DOCUMENT_SPEAKER.fullmatch(doc.text, lo, verb)
    if m is None:
        return None
    noun = re.compile(r"\b" + m.group(1) + r"\b")
    for back in (index - 1, index - 2):
        if back < 0:
            break
        s, e = doc.sentences[back]
        found = noun.search(doc.text, s, e)
        if found is None:
            continue
        givers = [h for h in actor_hits(doc, back) if h.end <= found.start() and not is_object(doc, h) and h.label == "ACTOR"]
        if givers:
            return givers[-1].id
    return None


# "..., and said", "... and warned that": a second verb with no subject of its own right before the event
_COORDINATED = re.compile(
    r"(?:,\s*|\s)and\s+(?:also\s+|later\s+|then\s+)?(?:said|says|warned|warns|added|vowed|threatened|declared|insisted|stressed)"
    r"\s+(?:that\s+)?[\"“]?$",
    re.IGNORECASE,
)


def _leading_run(doc: Document, subjects: list[Hit]) -> list[Hit]:
    """The sentence's first subject-like mention with the states listed along with it."""
    run = [subjects[0]]
    for h in subjects[1:]:
        if _LIST_GAP.fullmatch(doc.text, run[-1].end, h.start):
            run.append(h)
        else:
            break
    return run


# "Russia and the United States", "India, and Pakistan": two states joined into one subject
_JOINED_PAIR = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$", re.IGNORECASE)


def joined_pair(doc: Document, first: Hit, second: Hit) -> bool:
    """Whether two mentions of different states stand joined by "and", acting together (the
    guidelines give several states acting together no single actor)."""
    return code_of(first) != code_of(second) and bool(_JOINED_PAIR.fullmatch(doc.text, first.end, second.start))


_HE_BEFORE = re.compile(r"\b(?:he|she)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
_ANY_BEFORE = re.compile(r"\bany\s+$", re.IGNORECASE)
# "only if the United States does so first", "unless Iran complies": a hypothetical's subject
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:the\s+)?$", re.IGNORECASE)


def _conditional(doc: Document, hit: Hit, pos: int) -> bool:
    """Whether `hit` is the subject of an if/unless clause that a comma closes before `pos`."""
    return doc.text.find(",", hit.end, pos) >= 0 and _IF_BEFORE.search(doc.text, max(0, hit.start - 16), hit.start) is not None


def _quoted(doc: Document, index: int, hit: Hit) -> bool:
    """Whether `hit` stands inside a quotation of sentence `index` (an odd number of quote marks before it)."""
    lo = doc.sentences[index][0]
    opening = doc.text.count("“", lo, hit.start)
    if opening:
        return opening > doc.text.count("”", lo, hit.start)
    return doc.text.count('"', lo, hit.start) % 2 == 1


def _previous_actor(doc: Document, index: int) -> str | None:
    """The last subject-like mention of the two sentences before; a list of states ("Britain,
    France and Germany are weighing ...") is none of them: what "they" or "the three" is."""
    for back in range(index - 1, max(-1, index - 3), -1):
        previous = [h for h in actor_hits(doc, back) if not is_object(doc, h)]
        if previous:
            previous = _outside_relatives(doc, previous, doc.sentences[back][1], keep_all=False)
        if len(previous) > 1:  # 'X quoted an official as vowing that "American aggression ..."': X
            previous = [h for h in previous if not _quoted(doc, back, h)] or previous
        if previous:
            return _group_aware(doc, previous)
    return None


# "..., accusing the United States of hostility": a participle opening a clause acts for the
# subject of the clause before it, not for the state named last
_PARTICIPLE = re.compile(r"[,;]\s+(?:while\s+|after\s+|before\s+|by\s+|also\s+|thereby\s+)?$", re.IGNORECASE)
_ING = re.compile(r"[a-z]+ing\b")
# a subject pronoun ahead of every mention: "It resumed conversion ... and broke U.N. seals"
_PRONOUN_LED = re.compile(r"(?:^|(?<=[\s\"“(]))(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he)\s+(?!is\s+(?:not\s+)?(?:un)?clear|was\s+(?:not\s+)?(?:un)?clear)")
# a clause whose subject is the quoted speaker: '..., we will not stand idly by', '"Our military will ...'
_FIRST_PERSON = re.compile(r"[\W]*(?:but\s+|and\s+|so\s+|then\s+)?(?:we|I|our|my)\b", re.IGNORECASE)


def _host_subjects(doc: Document, index: int, pos: int, subjects: list[Hit]) -> list[Hit] | None:
    """The subject of the clause a participle at `pos` hangs on: the leading state (or list of
    states) of the clause before; None where that clause opens on a pronoun (asked further back)."""
    clauses = doc.clauses(index)
    k = next((i for i, c in enumerate(clauses) if c[0] <= pos < c[1]), 0)
    if k == 0:
        return None
    j = k - 1
    if j > 0 and _SAID_END.search(doc.text, max(clauses[j][0], clauses[j][1] - 12), clauses[j][1]):
        j -= 1  # "..., the JCS said, marking an end to ...": the clause reported
        while j > 0 and not any(clauses[j][0] <= h.start < clauses[j][1] for h in subjects):
            j -= 1  # "North Korea conducted its largest (ICBM) test, ..."
    lo, hi = clauses[j]
    inside = [h for h in subjects if lo <= h.start < hi]
    if not inside:
        return None
    if _PRONOUN_LED.search(doc.text, lo, inside[0].start):
        return []
    run = [inside[0]]
    for h in inside[1:]:
        if re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", doc.text[run[-1].end : h.start]):
            run.append(h)
        else:
            break
    return run


_WE_NEAR = re.compile(r"\b(?:[Ww]e|I|[Oo]ur)\b")


def _we_near(text: str, start: int, end: int) -> bool:
    """_WE_NEAR.search in text[start:end], skipped when none of its words' letters are there
    (substring tests in C, cheaper than the unanchored regex)."""
    window = text[start:end]
    if not ("we" in window or "We" in window or "I" in window or "our" in window or "Our" in window):
        return False
    return _WE_NEAR.search(text, start, end) is not None


def _in_opening_quote(text: str, lo: int, pos: int) -> bool:
    """Whether `pos` stands inside a quotation that opens its sentence, still open at `pos`."""
    if text[lo : lo + 1] not in ('"', "“"):
        return False
    span = text[lo + 1 : pos]
    return '"' not in span and "”" not in span and "“" not in span


def _continued_quote(doc: Document, index: int, pos: int) -> bool:
    """Whether `pos` stands in a quotation opened in the sentence before (same paragraph) and
    closed after `pos`, with no quote mark between the sentence start and `pos`."""
    lo = doc.sentences[index][0]
    text = doc.text
    if any(q in text[lo:pos] for q in ('"', "“", "”")) or text.find('"', pos, doc.sentences[index][1]) < 0 \
            and text.find("”", pos, doc.sentences[index][1]) < 0:
        return False
    prev = text[doc.sentences[index - 1][0] : lo]
    if "\n" in prev.rstrip():
        return False
    return prev.count('"') % 2 == 1 or prev.rfind("“") > prev.rfind("”")


def _first_person(doc: Document, pos: int, before: list[Hit]) -> bool:
    """Whether the clause of `pos` opens on a first-person subject and names no state before it."""
    clause = doc.clause_at(pos)
    return bool(_FIRST_PERSON.match(doc.text, clause[0], pos)) and not any(h.start >= clause[0] for h in before)


# a quotation opening on a first-person subject: '"I instruct the ministry ... to prepare tests," Putin said'
_QUOTED_FIRST_PERSON = re.compile(r"[\"“](?:we|I|our)\b", re.IGNORECASE)
# the test is one the subject watched, not made: "Australian scientists who monitored Saturday's test"
_WATCHED = re.compile(
    r"\b(?:detect|track|monitor|watch|assess|spott|analy[sz]|condemn|denounc|protest|critici[sz]|slam|deplor|intercept|record|measur|register)",
    re.IGNORECASE,
)


def _watched(doc: Document, end: int, pos: int) -> bool:
    """A verb of watching or condemning between the subject and the test, in the same clause."""
    return (
        _WATCHED.search(doc.text, end, min(pos, end + 32)) is not None
        and doc.text.find(",", end, pos) < 0
        and doc.text.find(";", end, pos) < 0
    )


# "sanctions on Pyongyang after it launched", "a claim by Iran that it had test-fired": a pronoun
# subject right after an object mention points back to it
_POINTS_BACK = re.compile(
    r",?\s+(?:that|which|after|when|as|because|since|before|if|unless|until|once)\s+(?:it|they)\s+"
    r"(?:(?:had|has|have|was|were|would|will|could|might|may|is|are|did|does|successfully|again|also|then|just|recently|reportedly|not|never|already)\s+){0,3}$",
    re.IGNORECASE,
)


def _object_antecedent(doc: Document, before: list[Hit], pos: int) -> Hit | None:
    """The object mention a pronoun subject of the event points back to, if it is the last
    mention before the event and the pronoun follows it closely."""
    if not before:
        return None
    last = before[-1]
    if last.label != "ACTOR" or (doc.text.find(" it ", last.end, pos) < 0 and doc.text.find(" they ", last.end, pos) < 0):
        return None
    return last if is_object(doc, last) and _POINTS_BACK.match(doc.text, last.end, pos) else None


# a quote closed on a comma and the speaker named after it: '... no choice," government spokesman X told'
_ATTRIBUTION_AFTER = re.compile(r"[,?!\u2014-][\"”]\s*(?:(said|says|told|added)\s+)?(?:[\w\-.]+\s+){0,5}(?:[a-z]{2}-)?$")
# '..., Mohammed Ali al-Houthi, a senior member of the group's political council, wrote on X': a speaker
# named with an apposition before the speech verb
_APPOSED_SAYS = re.compile(r",[^,.;:\"“”]{3,80},\s+(?:said|says|wrote|writes|told|added|posted)\b")


def _quote_source(doc: Document, index: int, pos: int) -> str | None:
    """Who speaks a first-person quotation around `pos`: the source named after the quote closes
    (this sentence or the next), else the last source of the two sentences before."""
    for j in (index, index + 1):
        for h in actor_hits(doc, j):
            if h.start <= pos or h.label != "ACTOR":
                continue
            quote = _ATTRIBUTION_AFTER.search(doc.text, max(pos, h.start - 60), h.start)
            if quote and doc.text.find("\n", quote.start(), h.start) < 0 and (  # not a source of the next paragraph
                quote.group(1) or _reports(doc, h) or _APPOSED_SAYS.match(doc.text, h.end, h.end + 100)
            ):
                return h.id
    e = doc.sentences[index][1]
    if (said := _SURNAME_SAID.search(doc.text, pos, e)) is not None and _QUOTE_CLOSED_BY.search(
        doc.text, max(pos, said.start() - 30), said.start()
    ):
        found = _introduced(doc, index, said.group(1))  # '"... we will strike," Saree declared': his state
        if found:
            return found
    for j in (index - 1, index - 2):
        for h in reversed(actor_hits(doc, j)):
            if h.label == "ACTOR" and (_reports(doc, h) or _ISSUED_BY.search(doc.text, max(0, h.start - 48), h.start)):
                return h.id  # '... carried a statement by the General Staff of the Korean People's Army. "... our army will ..."'
    return None


# the issuer of a statement, communique or declaration the next sentence quotes
_ISSUED_BY = re.compile(
    r"\b(?:statement|communiq[uué]e|declaration|message)\s+(?:issued\s+)?(?:by|from)\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,4}$",
    re.IGNORECASE,
)


def _antecedents(doc: Document, subjects: list[Hit], pos: int) -> list[Hit]:
    """What "it" in a plural source's report points back to: "Pyongyang has not tested since
    2017, but South Korean officials say it completed preparations" (the nearest earlier other
    state of the sentence; none, and the running tester is asked)."""
    observer = subjects[-1]
    said = _reports(doc, observer)
    if said is None or said.end() > pos or not _SPEAKER_PRONOUN.match(doc.text, said.end(), pos):
        return []
    return [h for h in subjects[:-1] if h.label == "ACTOR" and h.id != observer.id][-1:]


def _is_test(doc: Document, index: int, pos: int) -> bool:
    """Whether `pos` is a test trigger (the tests lexicon), whose actor is the tester; the
    sentence's trigger starts are gathered once per article, as actor lookups ask per mention."""
    starts = doc.test_starts.get(index)
    if starts is None:
        starts = doc.test_starts[index] = frozenset(h.start for h in doc.hits("tests", index, "TRIGGER"))
    return pos in starts


_RUNNING_BACK = 8  # sentences looked back for the running tester
# "North Korea is the exception. Between 2006 and 2017 it carried out six nuclear tests": a pronoun
# doing the test, whose sentence names no state before it
_PRONOUN_DOER = re.compile(r"\b(?:it|they)\s+(?:(?!and\b|but\b|that\b|which\b|who\b)[\w\-]+\s+){1,4}$", re.IGNORECASE)


_POSSESSIVE_LED = re.compile(r"(?:Its|Their)\s")


def _pronoun_doer(doc: Document, index: int, pos: int) -> str | None:
    """What the pronoun doing a test points back to when the sentence just before names no test
    and opens on a state ("North Korea is the exception."): that state, not an earlier tester."""
    if index == 0:
        return None
    # "South Korea has built missiles since the 1970s. Its first one was flight-tested in 1978"
    if not _POSSESSIVE_LED.match(doc.text, doc.sentences[index][0]):
        clause = doc.clause_at(pos)
        window = f" {doc.text[clause[0] : pos].lower()}"
        if (" it " not in window and " they " not in window) or _PRONOUN_DOER.search(doc.text, clause[0], pos) is None:
            return None
    if doc.hits("tests", index - 1, "TRIGGER"):
        return None
    lo = doc.sentences[index - 1][0]
    previous = [h for h in actor_hits(doc, index - 1) if h.label == "ACTOR"]
    if not previous or previous[0].start - lo > 4 or is_object(doc, previous[0]):
        # "The Agni-Prime is a two-stage missile ... It was first test-launched in 2024": a
        # national system opening the sentence before is what "it" is, and names its state
        opener = doc.hits("actors", index - 1, "ORIGIN")[:1]
        if opener and opener[0].start - lo <= 4 and not (previous and previous[0].start < opener[0].start):
            return opener[0].id
        return None
    return previous[0].id


def running_tester(doc: Document, index: int, reach: int = _RUNNING_BACK) -> str | None:
    """The state the article's latest earlier test names as its tester in its own sentence
    (owner or subject, not a reporting source): what "the missile flew", "it set off" and
    "Its latest launch" refer back to."""
    for back in range(index - 1, max(-1, index - reach), -1):
        triggers = doc.hits("tests", back, "TRIGGER")
        for trigger in reversed(triggers):
            found = owner_at(doc, back, trigger.start) or _own_subject(doc, back, trigger.start)
            if found:
                return found
        if triggers:  # "It had already flight-tested the Hwasong-14": the weapon names its owner
            found = origin_in(doc, back)
            if found:
                return found
    return None


# "Seoul condemned the launch": the subject reacts to someone else's test
_REACTION = re.compile(
    r"\b(?:condemn|denounc|critici[sz]|slam|protest|deplor|respond|react|welcom|detect|track|monitor|analy[sz]|called|calls|"
    r"intercept|spott|observ|declin|comment)\w*", re.IGNORECASE
)


def _own_subject(doc: Document, index: int, pos: int) -> str | None:
    """A test's subject-like actor in its own sentence, if it is not only a reporting source."""
    subjects = [h for h in actor_hits(doc, index) if h.end <= pos and not is_object(doc, h)]
    if not subjects or _observer(doc, subjects[-1], pos) or _REACTION.search(doc.text, subjects[-1].end, pos):
        return None
    if len(subjects) > 1:
        subjects = _outside_relatives(doc, subjects, pos)
    return _group_aware(doc, subjects)


# 'China's "aggressive military activities" ..., the State Department said': the words in
# quotes are the speaker's charge against the owner, and the speaker is the one escalating
_QUOTE_OPEN = re.compile(r"['’]s?\s+[\"“]")
_SPEAKER_AFTER = re.compile(r"[,\"”]\s*(?:the\s+)?$")


def _quoted_speaker(doc: Document, index: int, pos: int, before: list[Hit]) -> str | None:
    """The source named after a quoted charge that a possessive pins on another state."""
    if not before or not _QUOTE_OPEN.match(doc.text, before[-1].end, pos):
        return None
    for h in actor_hits(doc, index):
        if h.start > pos and h.label == "ACTOR" and _SPEAKER_AFTER.search(doc.text, max(pos, h.start - 8), h.start):
            said = _reports(doc, h)
            if said and not _SAID_END.search(doc.text, said.end(), doc.sentences[index][1] - 1):
                return h.id
    return None


# "France, Germany and the UK", "India and then Pakistan", "Britain as well as France"
_LIST_GAP = re.compile(
    r"\s*(?:,|and|,\s*and|&|(?:,\s*)?and\s+(?:then|later|subsequently|also)|as\s+well\s+as|together\s+with)\s*(?:the\s+)?",
    re.IGNORECASE,
)


def _group_aware(doc: Document, subjects: list[Hit]) -> str | None:
    """A list of states acting together ("France, Germany and the UK") has no single actor."""
    last = subjects[-1]
    codes = {code_of(last)}
    for h in reversed(subjects[:-1]):
        if _LIST_GAP.fullmatch(doc.text, h.end, last.start):
            codes.add(code_of(h))
            last = h
        else:
            break
    return codes.pop() if len(codes) == 1 else None


# ", which backs the Houthis," / ", who met Putin last year,": a parenthetical relative clause
# or a time clause set off by commas: "Trump, hours before sitting down with Xi in South Korea, said"
_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|(?:(?:hours|days|weeks|minutes|moments|shortly|just|soon)\s+)?(?:before|after|while|during)\s+\w+ing)\b[^,;.]*,"
)


def _outside_relatives(doc: Document, subjects: list[Hit], pos: int, *, keep_all: bool = True) -> list[Hit]:
    """Drop mentions inside a relative clause closed before `pos`: in "Iran, which backs the
    Houthis, warned Washington" Iran warns, not the Houthis; in "In the exclave, which borders
    Poland and Lithuania, crews fired" no mention is left (unless `keep_all`): the actor is
    asked elsewhere (the weapon's origin, the sentences before)."""
    # the clause opens before the first mention ("which borders Poland"), within its sentence
    lo = subjects[0].end if keep_all else max(doc.sentences[doc.sentence_index(subjects[0].start)][0], subjects[0].start - 80)
    if "," not in doc.text[lo:pos]:
        return subjects
    spans = [(m.start(), m.end()) for m in _RELATIVE.finditer(doc.text, lo, pos)]
    if not spans:
        return subjects
    kept = [h for h in subjects if not any(a <= h.start and h.end <= b for a, b in spans)]
    return kept or ([] if not keep_all else subjects)


_OWNED = re.compile(r"['’]s?\s+(?:(?![\w\-]*ed\b|said\b|says?\b)[\w\-]+\s+){0,3}$", re.IGNORECASE)  # no verb in the NP


# "any resumption of American nuclear testing", "the last Soviet test", "a U.S. missile launch"
_MODIFIER_OWNER = re.compile(
    r"\s+(?:(?:nuclear|atomic|missile|ballistic|weapons?|underground|underwater|atmospheric|explosive|hypersonic|ICBM|"
    r"rocket|warhead|bomb|cruise|flight|live-fire|test|space)\s+){0,2}",
    re.IGNORECASE,
)


def owner_at(doc: Document, index: int, pos: int) -> str | None:
    """The state a possessive names as the owner of the event at `pos`: "North Korea's sixth
    nuclear test", "China's rapid build-up"; or that modifies a test noun: "American nuclear
    testing", "a Soviet test"."""
    before = doc.text[max(0, pos - 40) : pos]
    if "'" not in before and "’" not in before:
        return _modifier_owner(doc, index, pos)
    for h in doc.hits("actors", index, "ACTOR"):
        if 0 < pos - h.end < 40 and _OWNED.fullmatch(doc.text, h.end, pos) and not _QUOTE_OPEN.match(doc.text, h.end, pos):
            return h.id
    return None


_POSSESSIVE = re.compile(r"['’]s?\s")
_OF = re.compile(r"\s+of\s+(?:the\s+|any\s+|a\s+|further\s+)?")
_TRIGGER_OF = re.compile(r"[\w\-]+ of ")


def _modifier_owner(doc: Document, index: int, pos: int) -> str | None:
    """A state named as a test noun's modifier, with at most two weapon words in between; for
    "resumption of American nuclear testing", the modifier of the test noun the trigger governs."""
    actors = doc.hits("actors", index, "ACTOR")
    if not actors:
        return None
    for h in actors:
        if 0 < pos - h.end < 32 and _MODIFIER_OWNER.fullmatch(doc.text, h.end, pos):
            return h.id if _is_test(doc, index, pos) else None
    if doc.text.find(" of ", pos, pos + 24) < 0:
        return None
    of = _TRIGGER_OF.match(doc.text, pos)
    if of is None or not _is_test(doc, index, pos):
        return None
    for h in actors:
        if 0 <= h.start - of.end() < 10 and _OF.fullmatch(doc.text, of.end() - 4, h.start):
            if _POSSESSIVE.match(doc.text, h.end):
                return h.id  # "the launch of Iran's research satellite": the owner of what was launched
            for t in doc.hits("tests", index, "TRIGGER"):
                if 0 < t.start - h.end < 32 and _MODIFIER_OWNER.fullmatch(doc.text, h.end, t.start):
                    return h.id
    return None
