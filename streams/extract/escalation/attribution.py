"""Actor attribution: which state an escalation belongs to (a quote's speaker, the sayer of
reported speech, the accuser, the clause subject), and whether a cue's state acts on its own.

Apart from the cue finding because it works from any cue offset (rules, orders, the classifier)
and reads speech and clause structure, not the escalation constructions.
"""

from __future__ import annotations

import itertools
import re

from streams.extract.actors import actor_at, actor_hits, code_of, is_object, joined_pair, owner_at
from streams.extract.document import Document
from streams.extract.escalation.constructions import _BREAK, _JOINED, _STATE_GAP
from streams.extract.escalation.force import _STRIKER_GAP, _regime_end
from streams.extract.lexicon import Hit

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
