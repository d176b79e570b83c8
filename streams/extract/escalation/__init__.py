"""escalation: threats, provocations, strikes, arsenal build-up and nuclear steps between states.

The entry point, find_escalations, and its flow: _cues collects a sentence's cue spans (family
constructions, cue words and their vetoes), mentions merge per run of clauses, and the classifier
covers sentences the rules left (escalation_classifier). The parts live in families.py, the
constructions (constructions.py, the shared building blocks; diplomacy.py, force.py and
nuclear.py by subject), vetoes.py and attribution.py.
"""

from __future__ import annotations

import re

from streams.extract import escalation_classifier
from streams.extract.actors import actor_hits, code_of
from streams.extract.document import Document
from streams.extract.escalation.attribution import (
    _QUOTES,
    _SAID,
    _actor,
    _own_subject,
    _subordinate_state,
)
from streams.extract.escalation.constructions import _participle
from streams.extract.escalation.diplomacy import _CUT_CUE, _UNDONE_BEFORE
from streams.extract.escalation.families import _FACTUAL, _FAMILIES, _may_cue
from streams.extract.escalation.nuclear import _orders_to_test
from streams.extract.escalation.vetoes import (
    _ANSWER_BEFORE,
    _AT_MOST,
    _ATTRIBUTED,
    _BARE_PASSIVE,
    _CONCEDED,
    _COSTS_BEFORE,
    _DEAD_SATELLITE,
    _DESIGNED,
    _DISARMED,
    _EVENT_ZONE,
    _FEELINGS,
    _FORECAST_TEST,
    _IF_VIOLATES,
    _LETS_BEFORE,
    _MAY_BEFORE,
    _MAY_HAVE,
    _MAY_HAVE_DONE,
    _MOCK_TARGET,
    _MONITORS_DO,
    _NAV_BEFORE,
    _NOTICE,
    _OWN_SATELLITE,
    _OWNER_BEFORE,
    _PAST_HOSTILITY,
    _POSTED,
    _PRAISED,
    _REPLY_OBJECT,
    _RISEN_BY,
    _SUPPOSED_CASE,
    _THREATEN_FORM,
    _VIOLAT,
    _WAIT_FOR,
    _WARNED_ABOUT,
    _WEAPON_REACH,
    _WEAPONS_NEXT,
    _appositive_incident,
    _armed_subject,
    _blocked,
    _capability_before,
    _civil_flotilla,
    _described_deployment,
    _long_ago,
    _nav_object,
    _plain_conversion,
    _soft_pressure,
    _speculated,
    _stateless_wording,
    _supposed_resumption,
    _threatened,
    _trade_weapons,
    _unaimed_continuation,
)
from streams.extract.match import Match

__all__ = ["_cues", "_may_cue", "find_escalations"]


_WARNED = re.compile(r"warn(?:ed|s|ing)?(?:\s+that)?", re.IGNORECASE)
_THAT = re.compile(r"\w+\s+that\b", re.IGNORECASE)
_WARN_TAIL = re.compile(r"(?:\s+that)?[\s,]*(?:[^.;:]|\.(?=\S)|(?<=\b[A-Z])\.){1,90}(?<=\w)(?=\W)", re.IGNORECASE)


# "a moratorium on fulfilment of the arms treaty": a halt of a treaty's duties, named within the clause
_HALT_ON = re.compile(r"(?:moratorium|freeze)\s+on\b", re.IGNORECASE)
_TREATY_NEXT = re.compile(
    r"[^.;:!?]{0,70}?\b(?:treaty|treaties|accord|pact|agreement|convention|obligations|commitments)\b", re.IGNORECASE
)
# "threatened to kill him", "threatens to sue her": a person threatened, no state
_PERSON_THREATENED = re.compile(r"\s+to\s+(?:kill|murder|shoot|hang|beat|jail|arrest|sue|sack|fire)\s+(?:him|her|me)\b", re.IGNORECASE)


# "could reach anywhere in the world", "interception is impossible" said by analysts, not by a state
_ONLOOKERS = re.compile(r"\b(?:analysts?|experts?|observers?|researchers?|scholars?|specialists?|commentators?)\b", re.IGNORECASE)


def _cues(doc: Document, index: int, ordered: list[str | None] | None = None) -> list[tuple[int, int]]:
    """Escalation cue spans of one sentence; `ordered` collects the states whose order to test
    the article's sentences reported, so that only the first sentence on each state's does."""
    ordered = [] if ordered is None else ordered
    hits = doc.hits("escalation", index)
    spans = []
    for h in hits:
        if h.label != "ESCALATION":
            continue
        if h.id in ("threat", "force", "buildup", "hostile", "reject_demand") and _stateless_wording(doc, index, h, hits):
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
        if h.id == "reach_boast" and _ONLOOKERS.search(doc.text, doc.sentences[index][0], h.start):
            continue  # "experts say the missile cannot be intercepted": an onlooker's estimate, no state's boast
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
        if h.id == "buildup" and _AT_MOST.match(doc.text, h.end) and (
            _MAY_BEFORE.search(doc.text, max(0, h.start - 12), h.start)
            or _LETS_BEFORE.search(doc.text, max(doc.sentences[index][0], h.start - 60), h.start)
        ):
            continue  # "each party may deploy no more than 700 launchers", "lets both deploy no more than": a treaty's ceiling told
        if _unaimed_continuation(doc, index, h):
            continue
        if h.id == "insult" and _PRAISED.match(doc.text, h.end):
            continue  # "the press branded the freeze a historic breakthrough": praise, no insult
        if h.id == "threat" and doc.text[h.start:h.end].lower().endswith("but to") and _CONCEDED.match(doc.text, h.end):
            continue  # "left with no option but to accept the offer of talks": a concession forced, no threat
        if h.id == "threat" and _supposed_resumption(doc, index, h):
            continue
        if h.id == "revoke" and _HALT_ON.match(doc.text, h.start) and not _TREATY_NEXT.match(doc.text, h.start, doc.sentences[index][1]):
            continue  # "a moratorium on implementation of the parking fees": no treaty's duties frozen
        if h.id == "threat" and _PERSON_THREATENED.match(doc.text, h.end):
            continue  # "a rival deputy threatened to kill him": a threat to a person, none between states
        if h.id == "threat" and (reach := _WEAPON_REACH.search(doc.text, max(doc.sentences[index][0], h.start - 40), h.start)) and _THREATEN_FORM.fullmatch(doc.text, h.start, h.end) and not _OWNER_BEFORE.search(doc.text, max(0, reach.start() - 30), reach.start()):
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
# RELIEF: "would ease sanctions if ...", "talks to end all nuclear tests": relief offered or sought
_RELIEF_DEMANDED = re.compile(r"\b(?:if|unless|until)\b", re.IGNORECASE)
_HEDGED = frozenset({"HEDGE", "DEESCALATION", "ABSENT", "UPKEEP", "EXPIRY", "MECHANISM", "RELIEF"})
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
        if "RELIEF" in vetoes and all(
            _RELIEF_DEMANDED.search(doc.text, max(s, h.start - 50), h.start) for h in doc.hits("escalation", index, "RELIEF")
        ):
            vetoes = vetoes - {"RELIEF"}  # "will expand enrichment unless sanctions relief comes": relief as a threat's condition
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
