"""Halts without a halt word (a pledge not to test, "no more tests are planned") and words that refer back to
a halt already found (that pledge, it, the ban).

Apart because they read whole sentences or the matches found so far, not one halt word."""

from __future__ import annotations

import re

from streams.extract.actors import actor_at
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.moratorium.scope_and_actor import (
    _GENERIC,
    _GROUP_ADDRESSEE,
    _RANGE_CLASS,
    _carriers,
    _coordinated_subject,
)
from streams.extract.moratorium.status import _NOT_ENDING, _RANK, _Halt
from streams.extract.scope import article_scope, scope_classes, weapon_hits

_ANAPHOR_GAP = 20
_ANAPHOR_BACK = 2  # sentences back to the halt a pledge refers to


_POSTEND_GAP = re.compile(r"\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?$", re.IGNORECASE)


def _pledge_end(doc: Document, hits: list[Hit], anaphor: Hit) -> tuple[int, int] | None:
    """Where a pledge is said to end: 'no longer bound by that pledge', 'the pledge had lost its
    meaning', 'get bound by the commitment any longer'; its span, or None."""
    for h in hits:
        if h.label == "END" and 0 <= anaphor.start - h.end <= _ANAPHOR_GAP and doc.text[h.start : h.end].lower() not in _NOT_ENDING:
            return h.start, anaphor.end
    for h in hits:
        if h.label == "POSTEND" and 0 < h.start - anaphor.end <= 12 and _POSTEND_GAP.fullmatch(doc.text, anaphor.end, h.start):
            return anaphor.start, h.end
    bound = next((h for h in hits if h.label == "BOUND" and 0 <= anaphor.start - h.end <= 2), None)
    later = next((h for h in hits if h.label == "ANYMORE" and 0 <= h.start - anaphor.end <= 2), None)
    return (bound.start, later.end) if bound and later else None


_SAID_THAT = re.compile(r",\s+(?:[\w\-]+\s+){0,2}?(?:said|says|declared|announced|added)\b[^,;]*?\bthat\s+", re.IGNORECASE)


def _ended_pledges(doc: Document, found: list[Match]) -> list[Match]:
    """'the North said that pledge no longer bound it': ending (or threatening to end) a
    pledge, commitment or promise that refers back to a halt of the sentences just before, or of
    an earlier clause of its own sentence ("announced a halt ..., but said the pledge had lost its meaning")."""
    out = []
    for index in doc.sentences_with("moratorium", "ANAPHOR"):
        hits = doc.hits("moratorium", index)
        for anaphor in (h for h in hits if h.label == "ANAPHOR"):
            here = [m for m in found if doc.sentence_index(m.start) == index]
            holder = next((m for m in here if m.start <= anaphor.start < m.end), None)
            if holder is not None:
                # "announced a halt ..., said in 2020 that it no longer felt bound by that pledge": the
                # pledge's end in a later clause of the halt's own mention is a mention of its own
                span = _pledge_end(doc, hits, anaphor)
                said = _SAID_THAT.search(doc.text, holder.start, span[0]) if span is not None else None
                if said is None or said.start() <= holder.start or _RANK[holder.attrs["status"]]:
                    continue  # the pledge is part of a halt already reported
                cut = said.start()
                text = doc.text[holder.start : cut].rstrip(" ,;")
                found[found.index(holder)] = Match(kind="moratorium", start=holder.start, end=holder.start + len(text), text=text, attrs=holder.attrs)
                here = [m for m in found if doc.sentence_index(m.start) == index]
            # a halt of this sentence before the pledge, else one of the sentences just before; a
            # mention later in the sentence ("..., and Pyongyang resumed launches") is no referent
            before = [m for m in here if m.start <= anaphor.start]
            earlier = [m for m in before if m.end <= anaphor.start] or (
                [] if before else [m for m in found if 0 < index - doc.sentence_index(m.start) <= _ANAPHOR_BACK]
            )
            if not earlier:
                continue
            span = _pledge_end(doc, hits, anaphor)
            if span is None:
                continue
            threat = any(h.label == "THREAT" and 0 <= span[0] - h.end < 40 for h in hits)
            s, e = doc.evidence(index, *span)
            if here and here[-1].end > s:  # its own clause, after the halt's mention
                s = min(max(s, here[-1].end), span[0])
                while s < span[0] and not doc.text[s].isalnum():
                    s += 1
            attrs = {
                "status": "threatened" if threat else "ended",
                "scope": earlier[-1].attrs["scope"],
                "actor": actor_at(doc, span[0]),
            }
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


# "we shall not stage them while Washington abstains", "would not test as long as others hold back":
# one's own tests forsworn while the other side abstains, a halt kept on a reciprocal condition
_FORSWORN = re.compile(
    r"\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?:(?:ever|again|be\s+the\s+first\s+to)\s+)?"
    r"(?:conduct|carry\s+out|stage|hold|perform|test|resume|explode|detonate)\b(?:\s+(?:them|it|such\s+tests?|any\s+(?:[\w\-]+\s+){0,2}?tests?|(?:[\w\-]+\s+){0,2}?tests?))?"
    r"(?:\s+(?:again|either))?\s*,?\s+(?:(?:only\s+)?if|as\s+long\s+as|so\s+long\s+as|for\s+as\s+long\s+as|provided(?:\s+that)?|while)\s+(?:[\w.\-\'’]+\s+){1,6}?"
    r"(?:(?:also|likewise|too|similarly)\s+)?$",
    re.IGNORECASE,
)
_FORSWORN_REACH = 130


def _reciprocal_abstention(doc: Document, index: int) -> list[_Halt]:
    out: list[_Halt] = []
    s, e = doc.sentences[index]
    for h in doc.hits("moratorium", index, "RECIPROCAL"):
        m = _FORSWORN.search(doc.text, max(s, h.start - _FORSWORN_REACH), h.start)
        if m is None:
            continue
        tested = [o for o in doc.between("moratorium", s, h.start, "TESTOBJ") if o.id == "test"] or [
            t for t in doc.hits("tests", index, "TRIGGER") if t.id == "test" and t.end <= h.start
        ]
        if not tested:
            continue  # "will not hold talks if ... refrains": no tests named, no halt
        end = h.end
        tail = _RECIPROCAL_TAIL.match(doc.text, h.end)
        if tail is not None:
            end = tail.end()
        scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(m.start(), end, "in_force", scope, actor_at(doc, m.start())))
    return out


_RECIPROCAL_TAIL = re.compile(r"\s+(?:from\s+)?(?:such|similar|these|those|the\s+same|doing|testing)(?:\s+[\w\-]+){0,2}?(?=\s*[,.;:\"”]|$)", re.IGNORECASE)


# 'reaffirm that they will not conduct nuclear explosive tests', 'pledged it would never test again'
_NEVER_TEST = re.compile(
    r"(?:\s*(?:,|again\b|publicly\b|formally\b|repeatedly\b|at\s+the\s+highest\s+levels?\b))*\s+(?:that\s+)?(?:it|they|we|he|she)\s+"
    r"(?:will|would|shall)\s+(?:not|never)\s+(?:(?!(?:stop|halt|cease|end|suspend|abandon|give|freeze|pause|delay|rule|hesitate)\b)[\w\-]+\s+){0,4}$"
    # 'commit not to hold destructive direct-ascent ASAT missile tests'
    # 'vowed never to restart its long-range rocket tests'
    r"|\s+(?:themselves\s+|itself\s+)?(?:(?:not|never)\s+to|to\s+(?:not|never))\s+(?:conduct|carry\s+out|perform|stage|hold|resume|restart)\s+(?:[\w\-]+\s+){0,5}$"
    # 'pledged not to destroy satellites with missile tests': the tests as the means of what it forswears
    r"|\s+(?:(?:not|never)\s+to|to\s+(?:not|never))\s+[a-z]+\s+(?:[\w\-'’]+\s+){0,4}?(?:with|by|through)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PLEDGE_REACH = 100
# "pledged not to deploy", "committed itself to not deploying": a pledge to hold off deployments
_NOT_DEPLOY = re.compile(
    r"\s+(?:itself\s+|themselves\s+|ourselves\s+)?(?:(?:not|never)\s+to|to\s+(?:not|never))\s+(?:deploy(?:ing)?|station(?:ing)?|field(?:ing)?)\s",
    re.IGNORECASE,
)
_SUCH_ARMS = re.compile(r"(?:such|these|those|similar)\s+(?:[\w\-]+\s+)?(?:systems|missiles|weapons|rockets|arms)\b", re.IGNORECASE)
_PLEDGE_CALL = 30


def _pledged_abstention(doc: Document, index: int) -> list[_Halt]:
    """A pledge (or a call for one) not to test: a halt in force, or called for."""
    out = []
    triggers = [h for h in doc.hits("tests", index, "TRIGGER") if h.id == "test"]
    # "reaffirmed its pledge not to conduct ...": the pledge noun after a determiner is the pledge itself
    pledges = doc.hits("moratorium", index, "PLEDGE") + [h for h in doc.hits("moratorium", index, "ANAPHOR") if h.id == "pledge"]
    for pledge in pledges:
        if (deploy := _NOT_DEPLOY.match(doc.text, pledge.end)) is not None and pledge.label == "PLEDGE":
            # "pledged not to deploy intermediate-range missiles unless ... first": a halt of deployments
            arms = weapon_hits(doc, deploy.end(), min(doc.sentences[index][1], deploy.end() + 50))
            ranged = _RANGE_CLASS.match(doc.text, deploy.end() - 1)
            if any(w.id not in _GENERIC for w in arms) or ranged or (_SUCH_ARMS.match(doc.text, deploy.end()) and _WHILE_OTHER.search(doc.text, deploy.end(), doc.sentences[index][1])):
                end = (ranged.end() if ranged else max([w.end for w in arms] + [deploy.end()]))
                if (such := _SUCH_ARMS.match(doc.text, deploy.end())) is not None:
                    end = max(end, such.end())
                scope = scope_classes(_carriers(doc, arms)) or ["missile"]
                out.append(_Halt(pledge.start, end, "in_force", scope, None if _coordinated_subject(doc, index, pledge) else actor_at(doc, pledge.start)))
            continue
        test = next((t for t in triggers if 0 < t.start - pledge.end <= _PLEDGE_REACH and _NEVER_TEST.fullmatch(doc.text, pledge.end, t.start)), None)
        if test is None:
            continue
        lo = max(doc.sentences[index][0], pledge.start - _PLEDGE_CALL - 25)  # "a resolution calling on ...": a long call phrase
        called = any(h.id == "call" and pledge.start - h.end <= _PLEDGE_CALL for h in doc.between("moratorium", lo, pledge.start, "CALL")) \
            or any(pledge.start - h.end <= _PLEDGE_CALL for h in doc.between("moratorium", lo, pledge.start, "CALLED"))  # "were urged by X to make the commitment"
        scope = scope_classes(weapon_hits(doc, pledge.end, test.end)) or scope_classes(weapon_hits(doc, *doc.sentences[index])) \
            or article_scope(doc)
        actor = None if _coordinated_subject(doc, index, pledge) else actor_at(doc, pledge.start)
        if called:
            # "calling on all countries to commit not to conduct ...": a call to many binds none
            calls = [h for h in doc.between("moratorium", lo, pledge.start, "CALL") if h.id == "call" and pledge.start - h.end <= _PLEDGE_CALL]
            group = _GROUP_ADDRESSEE.match(doc.text, calls[-1].end, pledge.start) if calls else None
            if group and not doc.between("actors", calls[-1].end, group.end(), "ACTOR"):
                actor = None
            elif not calls:
                actor = None  # "other nations were urged by X to make the same commitment": the urged, many or unnamed
        out.append(_Halt(pledge.start, test.end, "called_for" if called else "in_force", scope, actor))
    return out


_WHILE_OTHER = re.compile(r"\s+(?:as\s+long\s+as|so\s+long\s+as|for\s+as\s+long\s+as|provided|only\s+if|unless|until)\b", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:and|but|while)\s+", re.IGNORECASE)
_ADHERE_BACK = 1  # sentences back to the halt an 'abide by it' refers to


def _conditional_adherence(doc: Document, found: list[Match]) -> list[Match]:
    """'Moscow says it will abide by it as long as Washington does': keeping to a halt named just
    before, on a condition the other side keeps it too; a halt in force bound on the speaker."""
    out = []
    for index in doc.sentences_with("moratorium", "ADHERE"):
        for h in doc.hits("moratorium", index, "ADHERE"):
            if not _WHILE_OTHER.match(doc.text, h.end):
                continue
            holder = next((m for m in found if m.start <= h.start < m.end), None)
            if holder is not None:
                # "... since 1992, and Moscow says it will abide by it ...": the halt's mention ends with its clause
                joins = list(_CLAUSE_JOIN.finditer(doc.text, holder.start, h.start))
                if not joins:
                    continue
                text = doc.text[holder.start : joins[-1].start()].rstrip(" ,;")
                found[found.index(holder)] = Match(kind="moratorium", start=holder.start, end=holder.start + len(text), text=text, attrs=holder.attrs)
            earlier = [m for m in found if m.end <= h.start and 0 <= index - doc.sentence_index(m.start) <= _ADHERE_BACK]
            if not earlier:
                continue
            cond = _WHILE_OTHER.match(doc.text, h.end)
            s, e = doc.evidence(index, h.start, cond.end() if cond else h.end)
            if earlier[-1].end > s:
                s = h.start
            attrs = {"status": "in_force", "scope": earlier[-1].attrs["scope"], "actor": actor_at(doc, h.start)}
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


# "it has been observed by every president since": a halt named just before, kept since
_OBSERVED_PASSIVE = frozenset({"observed", "honoured", "honored", "respected", "maintained", "upheld"})
_IT_BEEN = re.compile(r"\bit\s+(?:has|had)\s+(?:since\s+|also\s+|always\s+|then\s+)?been\s+(?:[\w\-]+ly\s+)?$", re.IGNORECASE)
_OBSERVED_BACK = 1


def _observed_since(doc: Document, found: list[Match]) -> list[Match]:
    """'The 1992 moratorium began as ..., and it has been observed by every president since': the
    halt named just before, said to be kept; a mention in force of its own, bound as that one."""
    out = []
    for index in doc.sentences_with("moratorium", "OBSERVE"):
        s0 = doc.sentences[index][0]
        for h in doc.hits("moratorium", index, "OBSERVE"):
            if doc.text[h.start : h.end].lower() not in _OBSERVED_PASSIVE:
                continue
            it = _IT_BEEN.search(doc.text, max(s0, h.start - 40), h.start)
            if it is None or any(m.start <= h.start < m.end for m in found):
                continue
            earlier = [m for m in found if m.end <= it.start() and 0 <= index - doc.sentence_index(m.start) <= _OBSERVED_BACK]
            if not earlier or earlier[-1].attrs["status"] != "in_force":
                continue
            s, e = doc.evidence(index, it.start(), h.end)
            s = max(s, it.start()) if earlier[-1].end > s else s
            attrs = {"status": "in_force", "scope": earlier[-1].attrs["scope"], "actor": earlier[-1].attrs["actor"]}
            out.append(Match(kind="moratorium", start=s, end=e, text=doc.text[s:e], attrs=attrs))
            break
    return out


# "no more nuclear tests are being planned", "plans no further tests", "there will be no more tests": a
# declared stop to testing (not "no more than three tests are planned")
_NO_MORE_BEFORE = re.compile(
    r"\b(?:(?:plans?|planned|planning|intends?\s+to\s+(?:conduct|carry\s+out|hold)|will\s+(?:conduct|carry\s+out|hold|stage)"
    r"|there\s+(?:will|would)\s+be)\s+)?no\s+(?:more|further)\s+(?!than\b)(?:(?!and\b|or\b|but\b)[\w\-]+\s+){0,3}$"
    # "we have no further need to carry out nuclear tests", "sees no need for further tests"
    r"|\b(?:(?:no\s+longer|not)\s+(?:necessary|needed)|no\s+(?:need|necessity))\s+(?:for\s+(?:[\w.\-]+\s+){1,3}?)?"
    r"(?:to\s+(?:conduct|carry\s+out|hold|stage|perform)\s+)?(?:any\s+)?(?:more|further)\s+(?:(?!and\b|or\b|but\b)[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "analysts doubt that Pyongyang sees no need ...": a need in doubt is no declared stop
_NEED_DOUBTED = re.compile(r"\b(?:doubts?|doubted|doubtful|question\w*|whether|unclear|unlikely)\b", re.IGNORECASE)
# "no need to conduct more tests of the new interceptor before it is fielded": a system's trials finished, no halt
_TESTS_BEFORE_FIELDED = re.compile(
    r"\s+of\s+(?:[\w\-]+\s+){1,5}?(?:before|until)\s+(?:it|they|the\s+[\w\-]+)\s+(?:is|are|can\s+be|goes|go)\s+"
    r"(?:fielded|deployed|delivered|operational|into\s+service|in\s+service)\b",
    re.IGNORECASE,
)
_NO_MORE_AFTER = re.compile(
    r"(?:\s+(?:are|is|were|was|will\s+be|would\s+be)\s+(?:now\s+|currently\s+)?(?:being\s+)?"
    r"(?:planned|scheduled|envisaged|foreseen|contemplated|intended|needed|necessary|required)\b(?:\s+by\s+(?:[A-Z][\w.\-]*\s*){1,3})?)?",
)
# "has not tested a long-range missile since 2017", "hasn't conducted a nuclear test since late 2017": a halt
# observed, named by its length
# (the dev set's d-005 keeps "has not detonated the weapons since 1992" as an optional halt: one a reader may
# or may not call a moratorium, so firing on it is never charged)
_NOT_SINCE_BEFORE = re.compile(
    r"(?:\b(?:has|have|had)\s+(?:not|never)|\b(?:hasn|haven|hadn)['’]t)\s+(?:(?:yet|once|again)\s+)?"
    r"(?:(?:conducted|carried\s+out|staged|performed|set\s+off)\s+(?:a|an|any)\s+(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(
    r"[^.;:!?]{0,90}?\bsince\s+(?:(?:early|late|mid|at\s+least|the\s+(?:start|end|middle)\s+of)\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# "should another state break this moratorium, I will order ... to get ready for more tests":
# tests readied on the halt's breach, a threat to end it
_BREACH_IF = re.compile(
    r"\b(?:if|should|in\s+case|once)\b[^.;]{0,60}?\b(?:moratori(?:um|a)|freeze|halt|suspension)\b[^.;]{0,40}?\b(?:is|are|was|were|gets?|be)\s+"
    r"(?:ever\s+|ultimately\s+)?(?:broken|violated|breached|ended|abandoned|lifted)\b"
    r"|\b(?:if|should|in\s+case)\s+(?:[\w.\-’']+\s+){1,4}?(?:breaks?|violates?|breaches?|abandons?|ends?)\s+(?:the|its|this|their|that)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:moratori(?:um|a)|freeze|halt)\b",
    re.IGNORECASE,
)
_PREPARE_TESTS = re.compile(
    r"\b(?:will|would|shall)\s+(?:[\w.\-]+\s+){0,6}?(?:prepare|get\s+ready|be\s+ready|be\s+prepared)\s+(?:to|for)\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)


_READIED = re.compile(r"\b(?:prepare|get\s+ready|be\s+ready|be\s+prepared)\s+(?:to|for)\b", re.IGNORECASE)


def _readied_on_breach(doc: Document, index: int, t: Hit) -> _Halt | None:
    s, e = doc.sentences[index]
    breach = _BREACH_IF.search(doc.text, s, t.start)
    if breach is None:
        return None
    ready = _PREPARE_TESTS.search(doc.text, max(breach.end(), t.start - 120), t.start)
    if ready is None:
        return None
    scope = scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
    # the readied tests stay out of the span: they are a prospective test of their own
    end = ready.start() + len(doc.text[ready.start() : ready.end()].rstrip())
    return _Halt(ready.start(), end, "threatened", scope, actor_at(doc, ready.start()))


def _declared_abstention(doc: Document, index: int) -> list[_Halt]:
    """A stop to testing declared ("no more tests are planned") or observed ("has not tested ... since 2017"):
    a halt in force, with no halt word."""
    s, e = doc.sentences[index]
    low = doc.text[s:e].lower()
    more = "no more" in low or "no further" in low or (("need" in low or "necess" in low) and ("more" in low or "further" in low))
    since = "since" in low and ("not" in low or "n't" in low or "n’t" in low)
    breach = "prepare" in low or "ready" in low
    if not more and not since and not breach:
        return []
    out: list[_Halt] = []
    for t in doc.hits("tests", index, "TRIGGER"):
        if t.id != "test":
            continue
        lo = max(doc.clause_at(t.start)[0], t.start - 70)
        start = end = -1
        if more and (m := _NO_MORE_BEFORE.search(doc.text, max(s, t.start - 90), t.start)) is not None:
            after = _NO_MORE_AFTER.match(doc.text, t.end, e)
            need = "nee" in m.group().lower() or "necess" in m.group().lower()
            if need and (_NEED_DOUBTED.search(doc.text, s, m.start()) or _TESTS_BEFORE_FIELDED.match(doc.text, t.end, e)):
                pass
            elif after is not None and (after.end() > t.end or m.group().lower().startswith(("plan", "intend", "will", "there")) or need):
                start, end = m.start(), after.end()
        if start < 0 and since and doc.text[t.start : t.end].lower() in ("tested", "test") \
                and (m := _NOT_SINCE_BEFORE.search(doc.text, lo, t.start)) is not None \
                and (y := _SINCE_YEAR.match(doc.text, t.end, e)) is not None:
            start, end = m.start(), y.end()
        if start < 0:
            if breach and (readied := _readied_on_breach(doc, index, t)) is not None:
                out.append(readied)
            continue
        scope = scope_classes(weapon_hits(doc, start, end)) or scope_classes(weapon_hits(doc, s, e)) or article_scope(doc)
        out.append(_Halt(start, end, "in_force", scope, actor_at(doc, start)))
    return out


_BANREF_BACK = 3  # sentences back to the halt "the ban" refers to
_BAN_OF_OTHER = re.compile(r"\s+(?:on|against|of|for|from|imposed)\b", re.IGNORECASE)  # "lifted the ban on arms sales"
_BANREF_NOT = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# a pact or body of the sentence that a bare "it" may stand for instead of the halt
_BANREF_PACT = re.compile(r"\b(?:treaty|treaties|accord|agreement|pact|deal|resolution|mandate|panel|sanctions|licen[cs]e|contract|law)\b", re.IGNORECASE)
_BANREF_THREAT = re.compile(
    r"(?:\b(?:will|would|could|might|may|threaten(?:s|ed)?\s+to|warn(?:s|ed)?\s+(?:it\s+)?(?:would|could|might))|['’]ll)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _carried_bans(doc: Document, found: list[Match]) -> list[Match]:
    """'the premier extended the ban to June', 'Moscow said it was ending the ban': a halt of the
    sentences just before, extended (in force) or ended again under a bare 'the ban' or 'it'."""
    out: list[Match] = []
    for index in doc.sentences_with("moratorium", "BANREF"):
        s = doc.sentences[index][0]
        for h in doc.hits("moratorium", index, "BANREF"):
            if _BAN_OF_OTHER.match(doc.text, h.end) or any(m.start <= h.start < m.end for m in found + out):
                continue
            if _BANREF_NOT.search(doc.text, max(s, h.start - 20), h.start):
                continue  # "would not renew it", "will never lift the ban": a refusal, often of some other pact
            earlier = [
                m for m in found
                if m.start < h.start and 0 <= index - doc.sentence_index(m.start) <= _BANREF_BACK and m.attrs["status"] != "called_for"
            ]
            if not earlier:
                continue
            actor = actor_at(doc, h.start)
            if doc.text[h.end - 3 : h.end].lower() == " it" and (
                (actor is not None and earlier[-1].attrs.get("actor") not in (None, actor))
                or _BANREF_PACT.search(doc.text, max(s, earlier[-1].end), h.start)
            ):
                # another state renewing "it" (a panel's mandate), or "the treaty expires in May, and Moscow
                # will renew it": the pact, not the halt
                continue
            threat = _BANREF_THREAT.search(doc.text, max(s, h.start - 40), h.start) is not None
            status = "in_force" if h.id == "extend" else "threatened" if threat else "ended"
            lo, hi = doc.evidence(index, h.start, h.end)
            attrs = {"status": status, "scope": earlier[-1].attrs["scope"], "actor": actor or earlier[-1].attrs.get("actor")}
            out.append(Match(kind="moratorium", start=lo, end=hi, text=doc.text[lo:hi], attrs=attrs))
    return out
