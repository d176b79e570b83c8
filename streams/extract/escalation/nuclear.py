"""The constructions about a state's own weapons programme: enrichment capacity built out or
enrichment resumed, nuclear tests ordered, vowed, prepared or held back on a rival's move, a test
site made ready, a test halt kept only on a condition, and an arsenal declared stronger. Apart
because they read a state's weapons work, with guards of their own (test-ban talks or a test site
are no test, an observer's forecast no vow), not its dealings over a deal (diplomacy.py) or its use
of force (force.py); each returns the candidate spans of one construction in a sentence, and
families.py says which runs on which labels.
"""

from __future__ import annotations

import re

from streams.extract.actors import actor_hits
from streams.extract.document import Document
from streams.extract.escalation.constructions import _IF_BEFORE, _OBSERVERS_SAID
from streams.extract.lexicon import Hit

_NOT_BUILD = re.compile(r"\s+(?:to\s+(?:the\s+)?(?:inspect|inspectors|IAEA|international|monitor|verification))", re.IGNORECASE)
_BUILD_BEFORE = re.compile(
    r"\b(?:open|opens|opening|build|builds|building|construct|constructing|swap|swapping|replace|replacing|upgrade|"
    r"upgrading|rebuild|rebuilding|add|adding|install|installing|activate|activates|activated|activating|commission|commissions|"
    r"commissioned|commissioning|start\s+up|starting\s+up|bring\s+online|bringing\s+online|launch|launching)\s+(?:[\w'’\-.“”\"]+\s+){0,5}$",
    re.IGNORECASE,
)


# "new centrifuges will be put into operation": enrichment capacity built, told in the passive
_PUT_TO_WORK = re.compile(
    r"\s+(?:will|would|are|were|have|has|had|is|was)\s+(?:now\s+)?(?:be|been|being)\s+(?:(?:quickly|soon|gradually)\s+)?"
    r"(?:installed|activated|put\s+into\s+operation|brought\s+online|brought\s+on\s+line|switched\s+on|started\s+up|commissioned|fed\s+with\s+gas)\b",
    re.IGNORECASE,
)


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


# "Enrichment can yield fuel for reactors or for bombs": what the process can do, told as a
# definition with the process itself as subject; no state enriches
_OPENING = re.compile(r"[\"“]?\s*(?:(?:uranium|the|such)\s+)?", re.IGNORECASE)  # the noun opens its sentence
_CAN_DO = re.compile(r"\s+(?:can|could|may|might)\s+(?:also\s+|both\s+|potentially\s+)?", re.IGNORECASE)


def _explained(doc: Document, hits: list[Hit]) -> list[Hit]:
    """The hits without an enrichment noun that opens its sentence as the subject of a modal
    ("can", "could"), unless what it can do is to resume."""
    return [
        h for h in hits
        if not (
            h.label == "ENRICH_NOUN"
            and _OPENING.fullmatch(doc.text, doc.sentences[doc.sentence_index(h.start)][0], h.start)
            and (m := _CAN_DO.match(doc.text, h.end)) is not None
            and not _RESUME_VERB.match(doc.text, m.end())
        )
    ]


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
