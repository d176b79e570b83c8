"""The family table: which construction runs on which set of escalation labels, the tails and
filters its rows apply inline, and _may_cue, the cheap sentence gate derived from it.

Apart because it is the one place that wires constructions to labels: a new construction is a
function in diplomacy.py, force.py or nuclear.py (on constructions.py's building blocks)
and a row here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.extract.document import Document
from streams.extract.escalation.constructions import (
    _IF_BEFORE,
    _WORD,
    _adjacent,
    _after,
    _objects,
    _pairs,
    _participle,
    _state_object,
)
from streams.extract.escalation.diplomacy import (
    _NOT_QUIT,
    _UNDONE_BEFORE,
    _accusations,
    _bare_withdrawals,
    _commitments_cut,
    _deadline_threats,
    _deal_limit_dropped,
    _limits_dropped,
    _named_treaty_exit,
    _no_venue_left,
    _pressing,
    _reinstated_sanctions,
    _rejections,
    _role_dropped,
    _steps_after_deadline,
    _talks_futile,
    _talks_ruled_out,
    _time_given,
    _treaty_on_hold,
)
from streams.extract.escalation.force import (
    _bare_offensive,
    _built_up_passive,
    _conditional_response,
    _drills_in_response,
    _exchanges,
    _fired_at,
    _fired_from,
    _national_strikes,
    _noun_from_state,
    _ordered_force,
    _possessive_force,
    _regime_end,
    _salvos,
    _state_struck,
    _struck_by,
)
from streams.extract.escalation.nuclear import (
    _enrichment_build,
    _enrichment_resumed,
    _explained,
    _halt_conditioned,
    _other_resumed,
    _resume_vowed,
    _stronger,
    _test_preparations,
    _test_site_ready,
    _tit_for_tat,
)
from streams.extract.escalation.vetoes import _long_ago
from streams.extract.lexicon import Hit

# "the short-notice inspections will be halted", "visits beyond the safeguards should be stopped":
# oversight cut, told in the passive with a modal (a step ordered or threatened, not a past pause)
_MODAL_BE = re.compile(r"\b(?:will|would|should|must|shall|(?:is|are)\s+to)\s+(?:then\s+|now\s+|also\s+)?be\s+$", re.IGNORECASE)
_NOT_SUBJECT = re.compile(r"\b(?:said|says|say|that|which|who|whether|while|as|if|when|told)\b|[;:.!?]", re.IGNORECASE)


# "will be suspended over the holidays", "for two days because of shelling": a pause for a period or a
# safety cause, no state curbing oversight
_PAUSED_FOR = re.compile(
    r"\s+(?:temporarily\s+)?(?:for\s+(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:hours?|days?|nights?|weeks?)|the\s+(?:holidays?|weekend|night)\b)"
    r"|(?:over|during)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:holidays?|holiday\s+period|weekend|festival|break|recess)\b"
    r"|(?:because\s+of|due\s+to|owing\s+to)\s+(?:the\s+)?(?:nearby\s+)?(?:shelling|fighting|safety|security\s+risks?|weather|storms?|maintenance|repairs?|outages?|power\s+cuts?|the\s+pandemic))",
    re.IGNORECASE,
)


def _oversight_halted(doc: Document, hits: list[Hit]) -> list[tuple[int, int]]:
    """An OVERSIGHT noun as the subject of a modal passive CURB verb, at most eight words on."""
    out = []
    for c in (h for h in hits if h.label == "CURB"):
        modal = _MODAL_BE.search(doc.text, max(0, c.start - 25), c.start)
        if modal is None or _PAUSED_FOR.match(doc.text, c.end):
            continue
        for o in (h for h in hits if h.label == "OVERSIGHT" and 0 <= modal.start() - h.end < 90):
            gap = doc.text[o.end : modal.start()]
            if len(_WORD.findall(gap)) <= 8 and not _NOT_SUBJECT.search(gap):
                out.append((o.start, c.end))
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


# "the pact would be scrapped unless", "the treaty is now suspended": a treaty dropped, told in the passive
_DROPPED = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|is\s+to\s+be|is\s+being|shall\s+be)\s+(?:now\s+|formally\s+|effectively\s+)?"
    r"(?:suspended|scrapped|abandoned|torn\s+up|terminated|revoked|annulled|held\s+in\s+abeyance|put\s+on\s+hold)\b",
    re.IGNORECASE,
)


# "shells from the North landed near the island": fire that came from a side
_FROM_LANDED = re.compile(
    r"\s+(?:fired\s+)?from\s+(?:the\s+)?(?:[A-Z][\w'’\-.]*\s+){1,3}(?:landed|fell|struck|hit|exploded|slammed)\b"
)


# "blew up the joint liaison office", "blowing up bridges": the other side's buildings destroyed
# (not "blew up the tunnel entrances" or buildings of its own test site, nor a rocket that blew up)
_BLOWN_UP = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?(?:office|offices|building|buildings|bridges?|roads?|railways?|embassy|"
    r"consulate|checkpoints?|outposts?|guard\s+posts?|headquarters|barracks)\b"
    r"(?![^.;:!?]{0,40}\b(?:test|nuclear|the)\s+site\b)",
    re.IGNORECASE,
)


# "an exercise near the Strait of Hormuz": drills by an international waterway press no state
# (unlike "near the island", "around Taiwan", "near the border")
_WATERWAY = re.compile(r"\s+(?:the\s+)?(?:Straits?|Gulf|Sea|Bay)\s+of\b")


# "rejected the demand for an apology as slander" keeps the refusal; "rejected the appeal court's ruling" is a court's
_APPEAL_NOT_REFUSED = re.compile(r"\s*(?:court|courts|judges?|ruling|verdict|hearing|process|tribunal)\b", re.IGNORECASE)
# "abandoned its demand that ...", "dropped the demand": a demand of one's own given up, a concession
_GIVEN_UP = re.compile(r"(?:abandon|drop|suspend|broke|pull|walk|with)", re.IGNORECASE)


# "the arsenal will grow obsolete", "forces would grow weaker": growing into a state, not in size
_GROWN_INTO = re.compile(r"\s+(?:old|obsolete|outdated|weak|thin|\w+er\b|less|more\s+vulnerable|increasingly)", re.IGNORECASE)


_SHIP_TRADE = re.compile(r"[\s\-]+(?:rates?|market|stocks?|shares|owners?|operators?|companies|firms|insurance|traffic|fleet|industry|earnings)\b", re.IGNORECASE)


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
    (frozenset({"STRENGTHEN", "ARSENAL"}), lambda d, i, h: _built_up_passive(d, h)),
    (frozenset({"ENRICH_VERB", "ENRICH_NOUN"}), lambda d, i, h: _pairs(_explained(d, _other_resumed(d, h)), "ENRICH_VERB", "ENRICH_NOUN", ordered=False)),
    (frozenset({"REJECT", "TALKS"}), lambda d, i, h: _rejections(d, h, unless=_TALKS_PLACE)),
    # "flatly rebuffed the council's plea", "turned down the demand": an appeal to a state refused
    (frozenset({"REJECT", "APPEAL"}), lambda d, i, h: [
        sp for sp in _rejections(d, h, "REJECT", "APPEAL", unless=_APPEAL_NOT_REFUSED) if not _GIVEN_UP.match(d.text, sp[0])
    ]),
    # "removes the final limit it accepted under the accord": a deal's restriction thrown off
    (frozenset({"LIFT_LIMIT", "LIMIT", "TREATY"}), lambda d, i, h: _limits_dropped(d, i, h)),
    # "the pact capped its stockpile, but Tehran scrapped the ceiling": the deal's limit named before
    (frozenset({"LIFT_LIMIT", "LIMIT", "TREATY"}), lambda d, i, h: _deal_limit_dropped(d, i, h)),
    # "the disarmament talks have become pointless": talks declared of no use
    (frozenset({"TALKS", "FUTILE"}), lambda d, i, h: _talks_futile(d, i, h)),
    # "revoking Russia's ratification", "suspended the Indus Waters Treaty", "quit the NPT"
    (frozenset({"REVOKE", "RATIFICATION"}), lambda d, i, h: _rejections(d, h, "REVOKE", "RATIFICATION")),
    (frozenset({"SUSPEND", "TREATY"}), lambda d, i, h: _rejections(d, h, "SUSPEND", "TREATY")),
    (frozenset({"SUSPEND", "TREATY"}), lambda d, i, h: _role_dropped(d, h)),
    (frozenset({"PUT", "TREATY"}), lambda d, i, h: _role_dropped(d, h)),
    # "we are officially putting Ruritania on notice": a state warned a response will follow
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
    # "all inspections beyond the safeguards will be stopped"
    (frozenset({"CURB", "OVERSIGHT"}), lambda d, i, h: _oversight_halted(d, h)),
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


_TARGETS_END: re.Pattern[str] = re.compile(r"\btargets?$", re.IGNORECASE)
_RESUMED: re.Pattern[str] = re.compile(r"\b(?:resum|restart|re-start)\w*", re.IGNORECASE)
_INTO: re.Pattern[str] = re.compile(r"\s(?:[\w\-]+\s+){0,4}(?:missiles?|warheads?|ICBMs?|weapons|rockets)\s+into\s", re.IGNORECASE)
_OWNED: re.Pattern[str] = re.compile(r"\b[A-Z][\w.\-]*['’]s\s")
_STATE_TO: re.Pattern[str] = re.compile(r"\s(?:[A-Z][\w'’\-.]*\s+){1,3}to\s+(?:\w+\s+)?\w+$")


_EXPAND: re.Pattern[str] = re.compile(r"\b(?:expand(?:ing)?|enlarg(?:e|es|ed|ing))\b", re.IGNORECASE)


# every label _may_cue looks for: a sentence holding none of them can't cue
_CUE_LABELS = frozenset({"ESCALATION", "ORDER"}).union(*(need for need, _ in _FAMILIES))
_ALONE_LABELS = frozenset({"ESCALATION", "ORDER"}).union(*(need for need, _ in _FAMILIES if len(need) == 1))
_PAIRED_NEEDS = tuple(dict.fromkeys(need for need, _ in _FAMILIES if len(need) > 1 and not need & _ALONE_LABELS))
