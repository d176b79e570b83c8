"""weapons_test: test events with temporal reading (new / historical / prospective), weapon, actor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from itertools import pairwise

from streams.extract.actors import (
    actor_at,
    actor_hits,
    agent_after,
    code_of,
    joined_pair,
    origin_in,
    owner_at,
)
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.match import Match
from streams.extract.scope import weapon_classes, weapon_hits
from streams.extract.sentences import evidence_span, may_end_on_word

_TWO_TO_TWELVE = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # counts spelt out, shared by the tally patterns
NEW_WINDOW = timedelta(days=17)
_YEARS_BACK = timedelta(days=400)  # past any bare month read back from publication
_NOUNS = re.compile(
    r"(?:flight\s|test[\s-])?(?:tests?|testing|launch(?:es)?|blasts?|explosions?|detonations?|firings?|salvos?|barrages?|flights?"
    r"|user[\s-]trials?|experiments?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _test_noun(word: str) -> bool:
    """_NOUNS.search on a trigger's text: asked per trigger and again per clause mate, over a
    small vocabulary, so memoised by the word."""
    return _NOUNS.search(word) is not None


_LAUNCH_NOUN = re.compile(r"launch(?:es)?|(?:test[\s-])?firings?", re.IGNORECASE)
# "Kim observed the firing": a firing noun naming no weapon stands only as what a leader watched
_FIRING_NOUN = re.compile(r"(?:test[\s-])?firings?", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:a|an|the|another|its|their)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_ADJECTIVE_SUPPORT = frozenset({"first", "latest", "new", "another", "one more", "successful", "successfully", "final", "most recent", "recent"})
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_DEFINITE_NP = re.compile(r"\b(?:(?:the|this|these|those|such)\s+(?:(?!to\s)[\w’'\-]+\s+){0,4}|that\s+)$", re.IGNORECASE)
_INDEFINITE_LAST = re.compile(r"\b(?:a|an|another|any)\s+(?:[\w’'\-]+\s+){0,2}$", re.IGNORECASE)
_POSSESSIVE_NP = re.compile(r"(?:\b(?:its|their|his|her|our)|\w['’]s)\s+(?:[\w’'\-]+\s+){0,4}$", re.IGNORECASE)
_VERB_CONTEXT = re.compile(
    r"\b(?:would|will|could|may|might|to|can|did|does|not|shall|must"
    r"|start(?:s|ed)?|begin|begins|began|begun|restart(?:s|ed)?|continue[sd]?"  # "to start testing"
    r"|regularly|routinely|frequently|often|periodically|repeatedly|reportedly|habitually|typically|usually"  # "regularly tests its"
    r"|we|they|he|she)\s+$",  # "we test missiles all the time": a subject pronoun before the verb
    re.IGNORECASE,
)
# every word _VERB_CONTEXT's alternation can end on, spelled out for sentences.may_end_on_word
_VERB_WORDS = frozenset({
    "would", "will", "could", "may", "might", "to", "can", "did", "does", "not", "shall", "must",
    "start", "starts", "started", "begin", "begins", "began", "begun", "restart", "restarts", "restarted",
    "continue", "continues", "continued", "regularly", "routinely", "frequently", "often", "periodically",
    "repeatedly", "reportedly", "habitually", "typically", "usually", "we", "they", "he", "she",
})
# "the state test cosmodrome", "missile launch and storage facilities": a place, no event
_SITE_AFTER = re.compile(
    r"[\s\-‐‑–]*(?:(?:and|or)\s+[\w\-]+\s+)?(?:site|pad|ground|station|facilit(?:y|ie)|stand|bed|vehicle|window|cosmodrome|range|ban|ban\s+treaty|moratori(?:um|a))s?\b",
    re.IGNORECASE,
)
# a site named later in a test's clause ("a test ... at the launch pad"): what supports a bare test noun
_SITE_LATER = re.compile(r"\b[\s\-‐‑–]*(?:site|pad|ground|station|facility|stand|bed|vehicle|window|ban|ban\s+treaty|moratori(?:um|a))s?\b", re.IGNORECASE)
_SINCE_FIRST = re.compile(r"\b(?:first|largest|biggest|longest|highest|only)\b[^,;]*\bsince\s+(?:\w+\.?\s+){0,2}$", re.IGNORECASE)
# "ended its moratorium with an underground blast": the test that ends a halt is no object of it
_MEANS = re.compile(r"\b(?:with|by)\s+(?:(?:a|an|the|its|their|another)\s+)?(?:(?!of\b|on\b)[\w\-'’]+\s+){0,3}$", re.IGNORECASE)
# a summary over a past span of years, after the trigger
_PAST_PERIOD = re.compile(
    r"[^,;]{0,40}?\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years|decades?)|in\s+recent\s+years"
    # "launched ballistic missiles on five occasions this year", "a dozen times so far this year": a tally
    r"|on\s+(?:\d+|" + _TWO_TO_TWELVE + r"|several|multiple|numerous)\s+(?:separate\s+|different\s+)?occasions"
    r"|(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|multiple)\s+times\s+(?:so\s+far\s+)?(?:this|last)\s+year"
    # "such launches have taken place more than 200 times before": a tally of earlier ones
    r"|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|hundreds\s+of|several|many|multiple|numerous)\s+times\s+(?:before|previously|already)"
    r"|this\s+century"  # "the only state to have conducted a nuclear test this century": a summary
    r"|all\s+the\s+time)\b",  # "we test missiles all the time": a habit, not one test
    re.IGNORECASE,
)
# "more than 300 Minuteman III test launches", "hundreds of nuclear tests": a tally of many, before a plural test noun
# "the tests it has conducted to date": plural tests summed up to now (not "its largest test to date")
_OF_WHICH = re.compile(r",\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|most|all|some|several|none)\s+of\s+(?:which|them)\b", re.IGNORECASE)
# "four out of five Sarmat launches", "of the six Bulava test flights": a share of a counted series
_SHARE_OF = re.compile(
    r"\b(?:out\s+of|of\s+(?:the|its|their))\s+(?:\d{1,3}|" + _TWO_TO_TWELVE + r"|several|a\s+dozen)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "several launches this year", "a string of missile tests so far this year": many, summed up over the year
_MANY_BEFORE = re.compile(
    r"\b(?:several|multiple|numerous|many|a\s+(?:string|series|spate|flurry|number|slew|raft|succession)\s+of)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SERIES_FOLLOWED = re.compile(r"\b(?:after|follow(?:s|ed|ing)|amid|since)\s+(?:[\w\-'’]+\s+){0,2}?(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:string|series|spate|flurry|succession|slew)\s+of\s", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:would|could|will|might|may|can)\b", re.IGNORECASE)
_RUN_BEGAN = re.compile(r"[^,;.]{0,40}?\b(?:that|which)\s+(?:began|started|kicked\s+off|got\s+under\s+way|have\s+continued|has\s+continued)\b", re.IGNORECASE)
_THIS_YEAR_AFTER = re.compile(r"[^,;.]{0,50}?\b(?:so\s+far\s+)?this\s+year\b", re.IGNORECASE)
_TO_DATE = re.compile(r"[^,;.]{0,40}?\b(?:to\s+date|thus\s+far|so\s+far)\b(?!\s+this\b)", re.IGNORECASE)


def _plural_noun(text: str, trigger: Hit) -> bool:
    """A plural test noun ("tests", "launches"), not a verb ("tests", as in "it tests")."""
    word = text[trigger.start : trigger.end]
    return word[-1:] in "sS" and _test_noun(word) and not _VERB_CONTEXT.search(text, max(0, trigger.start - 12), trigger.start)


_TALLY_BEFORE = re.compile(
    r"\b(?:\d{1,3},\d{3}|(?!(?:19|20)\d\d\b)\d{2,4}|dozens\s+of|hundreds\s+of|scores\s+of|thousands\s+of"
    # "all six of its nuclear tests", "all 12 declared tests": every one of a counted past series
    r"|all\s+(?:\d{1,3}|" + _TWO_TO_TWELVE + r")(?:\s+of)?)\s+(?:[\w\-'’]+\s+){0,3}$", re.IGNORECASE
)
# "..., after one on May 2 last year and another last week": a test dated by the earlier ones it follows
_AFTER_EARLIER = re.compile(
    r"\b(?:after|following)\s+(?:one|another|those|these|two\s+others|the\s+(?:first|previous|last|earlier|prior)(?:\s+one)?)\s+(?:on|in|last|earlier)\b[^;]{0,60}$",
    re.IGNORECASE,
)
# "a deal reached in July", "a resolution adopted in 2015", "the summit held in Singapore in": a date of an
# agreement or meeting named after the test, by a participle right after the noun
_PACT_DATED = re.compile(
    r"\b(?:deal|accord|agreement|pact|treaty|talks|summit|sanctions|resolution|declaration|ceasefire|truce|framework)\s+"
    r"(?:reached|signed|agreed|struck|sealed|concluded|held|adopted|imposed|passed|approved|brokered|negotiated)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(r"\b(?:after|following)\s+(?!the\s+end\b)", re.IGNORECASE)
# "hit an ageing spy satellite which had gone up in 1999": a pluperfect relative clause tells its
# noun's own earlier past, not the test's day
_EARLIER_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:[\w\-]+\s+){0,2}?had\s+(?:been\s+)?[\w\-]+\b[^.;,]{0,40}$", re.IGNORECASE)
# the words between a halt ("an end to", "a freeze on") and a test it takes as object
_HALT_OBJECT = re.compile(r"\s+(?:(?!with\b|by\b|after\b|since\b|when\b)[\w\-'’.]+\s+){0,6}")
# "would only resume them if Washington did so first": a return held on the other side's move
_HELD_ON_CONDITION = re.compile(r"\b(?:only\s+if|unless|(?:if|should|once|in\s+case)\b[^.]{0,60}\bfirst)\b", re.IGNORECASE)
# "the tests of May 1998", "the blasts in 1974": a test noun dated by its own year
_OWN_YEAR = re.compile(r"\s+(?:of|in|on)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b")
# "X's firing of a new missile on Monday ripped up the freeze": a test noun whose verb ends the halt named after it
_ENDS_HALT = re.compile(
    r"(?:\s+[\w\-'’]+){0,6},?\s+(?:(?:effectively|formally|in\s+effect)\s+)?"
    r"(?:(?:ripped|tore|torn|blew)\s+up|shattered|broke|ended|snapped|wrecked|scuttled|breached|upended|torpedoed|killed|smashed)"
    r"\s+(?:(?:the|its|their|his|a|an|that|this)\s+)?(?:[\w\-'’]+\s+){0,4}?",
    re.IGNORECASE,
)
_SINCE_EVENT = re.compile(
    r"\b(?:(?:since|after|following)\s+(?:the|its|their|his|a|an)\s+(?:[\w\-'’]+\s+){0,3}"
    r"|(?:since|after|following)\s+[a-z]+ing\s+(?:out\s+)?(?:(?:the|its|their|his|a|an)\s+)?(?:[\w\-'’]+\s+){0,3}"  # "since conducting tit-for-tat tests"
    r"|when\s+(?:[\w\-'’]+\s+){0,3}(?:last\s+)?"
    r"|since\s+(?:they|it|he|she|we|both|each|the\s+(?:two|country|countries|nations?))\s+(?:last\s+|first\s+)?[a-z]+(?:ed|ew|ook|ent)\s+(?:out\s+)?(?:[\w\-'’]+\s+){0,3})$",
    re.IGNORECASE,
)
# "launching a pair from a train", "fired two more on Friday": a counted object with no noun
_COUNTED_OBJECT = re.compile(
    r"\s+(?:a\s+pair|a\s+couple|another(?:\s+one)?|one\s+more|(?:two|three|four|five|six|several|\d+)(?:\s+more|\s+of\s+them)?)"
    r"(?=\s*(?:[,.;]|$|(?:from|into|off|on|in|at|toward|towards|over|across|near|during|within|later)\b))",
    re.IGNORECASE,
)
# a blast noun with its own event verb: "an underground blast shook", "its last explosion took place"
# "the final blast, the largest of the series, was set off on Sunday": past an apposition too
_BLAST_EVENT = re.compile(
    r"(?:,[^,;.]{3,70},)?\s+(?:(?:also|then|finally|all|so\s+far|to\s+date|thus\s+far)\s+){0,2}(?:took\s+place|shook|rocked|occurred|happened|came|registered"
    r"|(?:has|have|had)\s+(?:(?:also|already|previously)\s+)?(?:taken\s+place|occurred|happened)"  # "such launches have occurred 300 times"
    r"|(?:was|were)\s+(?:conducted|carried\s+out|staged|detected|recorded|set\s+off|detonated|exploded|triggered))\b",
    re.IGNORECASE,
)
# what a weighing verb weighs when it plans a test: "discussed carrying out", "considering whether to"
_WEIGH_OBJECT = re.compile(
    r"\s+(?:[a-z]+ing\b|whether\b|the\s+(?:idea|possibility|option|prospect|merits)\b|a\s+(?:possible|potential|new|fresh|rapid)\b|plans?\b|options?\b|an?\s+(?!(?:recent|previous|prior|earlier|last)\b)(?:[\w\-]+\s+){0,2}(?:test|launch|detonation|explosion)\b)",
)
_ANY_BEFORE = re.compile(r"\bany\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
# a perfect over a counted-up run of tests: "has carried out multiple tests of ...", "have staged a number of test launches"
_PERFECT_MANY = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:also|already|now|repeatedly|previously)\s+)?(?:conducted|carried\s+out|staged|performed|held|undertaken)\s+"
    r"(?:several|multiple|numerous|many|a\s+(?:string|series|number|raft|succession)\s+of)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_RECENT_SPAN = re.compile(r"\b(?:recent|recently|this\s+(?:week|month)|(?:past|last)\s+(?:few\s+)?(?:days|week))\b", re.IGNORECASE)
# a present perfect over a bare plural with no date: "has test-fired missiles with ranges of ..."
_HABITUAL_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|long|already|repeatedly|previously)\s+)?$", re.IGNORECASE)
_BARE_PLURAL = re.compile(r"\s+(?!(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|several|multiple|more|\d+)\b)(?:[\w\-]+\s+){0,2}?(?:missiles|rockets|weapons)\b(?!\s+(?:on|this|last|early|late)\b)", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:[^\s,;]+\s+){1,14}?(?:[a-z]{3,}ed|broke|began|fell|took|met|came|went|left|won|lost|began|split)\s+(?:[^\s,;]+\s+){0,4}$"
)
_SINCE_DATE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|using)\s+(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
# "Russia's earlier Burevestnik and Poseidon trials", "its previous launch": a test noun told as past
_EARLIER_NP = re.compile(
    r"(?:['’]s|\b(?:its|their|his|her|the))\s+(?:own\s+)?(?:earlier|previous|prior)\s+(?!(?:day|night|evening|morning|afternoon)\b)(?:(?!this\b|last\b)[\w\-]+\s+){0,5}$"
    # "Earlier flight tests of the missile were carried out ...": a bare plural opening the sentence
    r"|(?<![\w,] )\b(?-i:Earlier|Previous|Prior)\s+(?:(?!this\b|last\b)[\w\-]+\s+){0,2}$"
    # "the range served for past atomic trials": an undetermined plural of earlier ones
    r"|\b(?:for|in|of|from|during|by)\s+past\s+(?:(?!week\b|month\b|year\b|few\b)[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "a satellite designed to carry a nuclear weapon into orbit": a purpose, no launch
_CAPABILITY_BEFORE = re.compile(
    r"\b(?:designed|intended|meant|built|engineered)\s+to\s+(?:[\w\-]+\s+){1,5}$", re.IGNORECASE
)
# "not to conduct destructive direct-ascent anti-satellite missile tests": a pledge over a long noun phrase
_NP_GAP = re.compile(r"\s+(?:[\w\-]+\s+){0,8}")
# a pledge reaches over a bracketed code or a listing comma: "no longer need to fire long-range
# missile (ICBM) tests", "will not attempt any provocations, such as missile tests"
_PLEDGE_GAP = re.compile(r"\s+(?:[\w\-()’']+(?:,(?=\s+(?:such\s+as|including|notably)\b))?\s+){0,10}")
_NEG_WINDOW = 28
# "resist the temptation to test": the resisted urge is a test only with a test verb right after "to"
# (moratorium.py reads resisted urges the same way)
TEST_VERB_NEXT = re.compile(r"\s+(?:test|conduct|carry\s+out|stage|hold|perform|undertake|resume|explode|detonate|fire|launch)\b", re.IGNORECASE)
_PLEDGE_WINDOW = 60  # "will keep refraining from nuclear explosive tests", "would no longer conduct ... tests"
_INTENT_WINDOW = 90  # "had no intention of conducting an explosive test"
_PROSPECTIVE_WINDOW = 70
# a gerund after "by" is a verb: "responded by firing three missiles"
_GERUND_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# "The launch, from the Sohae site at 6:27 a.m., ...", "the static-fire test, held at ...": a test noun with detail
_DETAIL = re.compile(
    r",\s+(?:(?:held|conducted|carried\s+out|staged|performed|made)\s+)?(?:from|at|in|on|near|off)\s+(?:the\s+)?[A-Z0-9]"
    r"|,\s+(?:which\s+was\s+|that\s+was\s+)?(?:conducted|carried\s+out|staged|performed)\s+[\"“]?(?:with|using|under|from|at|in|on|near|off)\b"
    # "the test, conducted Tuesday, showed ...": a test noun dated by its own participle
    r"|,\s+(?:conducted|carried\s+out|staged|performed|held)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"  # "the test, conducted with a MIRV payload"
    # "the launch was aimed at verifying the missile's accuracy": a launch's stated technical purpose
    r"|\s+(?:was|were)\s+(?:aimed\s+at|intended\s+(?:to|for)|meant\s+to|designed\s+to|conducted\s+to)\s+[\"“]?(?:validat|verif|evaluat|assess|check|confirm)"
    # "the launch took place at 6:10 a.m. from a coastal range": the event placed in time or space
    r"|\s+(?:took|takes|had\s+taken)\s+place\s+(?:(?:shortly|just|early|late)\s+)?(?:at\s+\d|on\s+[A-Z0-9]|in\s+(?:the\s+)?[A-Z0-9]|from\s+|off\s+|near\s+[A-Z]|after\s+(?:dawn|midnight|sunrise))"
)
# "The missile, launched on Friday from a northern base, ...", "after launching it from the bay":
# a launch verb whose subject is the weapon of the clause before or whose object is a pronoun,
# placed by a weekday, a clock time or a launch place
_PLACED_LAUNCH = re.compile(
    r"\s+(?:(?P<pronoun>it|them)\s+)?(?:(?:successfully|again)\s+)?"
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|at\s+\d{1,2}[:.]\d\d\b"
    r"|from\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:[A-Z][\w\-]+|site|base|facility|range|island|cosmodrome|launch\s+pad|pad|submarine|ship|vessel|bay|coast)\b)"
)
# "experiments on Tuesday at the desert test site", in an article on nuclear tests: the event dated and placed
_PLACED_EXPERIMENT = re.compile(
    r"\s+(?:(?:on|this|next|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;.]{0,20}?\s+(?:at|in|near|beneath|under)\s+(?:the\s+)?[A-Z]"
    r"|\s+(?:at|in|near|beneath|under)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}(?:[Tt]est\s+)?[Ss]ite\b"
)
_LAUNCH_VERB_FORMS = frozenset({"launched", "launching", "fired", "firing", "test-fired", "test-launched", "test-firing", "test-launching"})
# "the weapon was fired from ...": a generic subject noun of a passive launch verb
_GENERIC_SUBJECT = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:weapon|device|vehicle)\s+(?:was|were|had\s+been|has\s+been|is|being)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "flight-tested the 9M729": a code name as the object of a test verb
# "test the new KN-23", "a further test of the Type-12": a code name as the test's object (not "of the G7's")
_CODE_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his)|of\s+(?:the|its|their))\s+(?:new\s+|upgraded\s+)?(?=[\w\-]*\d)(?=[\w\-]*[A-Z])[A-Z0-9][\w\-]*\b(?![’']s\b)"
)
# "fired two salvos", "launched another salvo": a counted salvo as a launch verb's object
_SALVO_OBJECT = re.compile(
    r"\s+(?:(?:a|another|two|three|four|five|six|several|multiple|more|new|fresh|further|large|massive|first|second|third|\d+)\s+){1,2}salvos?\b(?!\s+of\s+(?!missiles|rockets|ballistic|cruise|drones))",
    re.IGNORECASE,
)
# "set off five devices at Pokhran": counted devices as the object of a blast verb
_DEVICES_OBJECT = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:more\s+)?(?:nuclear\s+)?devices\b", re.IGNORECASE
)
_DEVICE_OBJECT = re.compile(r"\s+(?:a|an)\s+(?:nuclear\s+)?device\b", re.IGNORECASE)
# "set off its last device", "detonated their final device": an own device, in an article on nuclear tests
_OWN_DEVICE_OBJECT = re.compile(
    r"\s+(?:its|their|his|the|a|an)\s+(?:(?:last|final|first|second|third|fourth|fifth|sixth|latest|largest|biggest|most\s+powerful)\s+)?"
    r"(?:(?:nuclear|atomic|thermonuclear|hydrogen|test)\s+)?devices?\b",
    re.IGNORECASE,
)
# "conducted six blasts", "staged two explosions": counted blasts as an event verb's object
# "answered within weeks with six explosions", "conducted only 45 explosions", "carried out its final explosion"
_COUNTED_BLAST = re.compile(
    r"\b(?:(?:conducted|carried\s+out|staged|set\s+off|performed|exploded|detonated)\s+(?:only\s+|just\s+|some\s+|about\s+)?"
    r"|(?:answered|responded|replied|retaliated)\s+(?:[\w\-]+\s+){0,3}?with\s+)"
    r"(?:\d+|" + _TWO_TO_TWELVE + r"|several|dozens\s+of|hundreds\s+of)\s+(?:more\s+)?(?:[\w\-]+\s+)?$"
    r"|\b(?:conducted|carried\s+out|staged|set\s+off|performed)\s+(?:its|their|his)\s+(?:last|final|first|latest)\s+(?:(?:nuclear|atomic|underground|test)\s+)?$",
    re.IGNORECASE,
)
# "flight-testing a ground-launched cruise missile": a gerund with its object is a verb
# "a seventh detonation", "its sixth explosion": an ordinal counting on from earlier blasts
_ORDINAL_BEFORE = re.compile(
    r"\b(?:a|an|its|their|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:nuclear|underground)\s+)?$", re.IGNORECASE
)
# "firing a missile", "firing off two rockets": a gerund with its object, a particle between
_GERUND_OBJECT = re.compile(r"\s+(?:off\s+|up\s+)?(?:a|an|the|its|their|his|her|another|two|three|four|several|\d+)\s", re.IGNORECASE)
# "first flew the missile", "flew a DF-27": the weapon as the object of flew
# "was the first country to conduct a nuclear test", "became the only state to have flown ...": a
# record told of a past deed, not a plan (the infinitive is no look ahead)
_RECORD_BEFORE = re.compile(
    r"\b(?:was|were|became|had\s+become)\s+(?:(?:the|its|their)\s+)?(?:(?:world['’]s|very)\s+)?(?:first|second|third|last|only|earliest)\b"
    r"(?:\s+(?!to\b)[\w\-'’]+){0,5}?\s+to\s+(?:have\s+)?(?:[\w\-]+\s+){0,5}$",
    re.IGNORECASE,
)
# "I will direct the agency to prepare to conduct additional tests", "ordered the military to begin
# testing": a directive to test, its weapon the article's nuclear one when it names none
_DIRECTIVE_BEFORE = re.compile(
    r"\b(?:direct|order|instruct|task|authori[sz]e|tell|told)(?:s|ed|ing|e|es)?\s+(?:[\w\-'’.]+\s+){1,6}?to\s+"
    r"(?:(?:prepare|get\s+ready|be\s+ready|begin|start|resume)\s+(?:to\s+|for\s+)?)?"
    r"(?:(?:conduct|carry\s+out|perform|stage|hold|undertake)\s+)?(?:(?:additional|more|further|new|fresh|its|their|the|any)\s+){0,2}$",
    re.IGNORECASE,
)
_FLEW_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|another)\s+)?(?:[\w\-]+\s+){0,2}$")
# a test noun whose own verb looks ahead: "a flight test ... could come within weeks", "a user trial was expected"
_AFTER_PROSPECTIVE = re.compile(
    r"(?:[^,;]{0,60}?(?P<apposition>,(?:[^,;]|(?<=\d),(?=\d)){1,70},))?[^,;]{0,70}?\b(?:(?:could|would|will|may|might|can)\s+(?:\w+\s+){0,2}?(?:come|take\s+place|happen|occur|follow|continue|resume|restart|proceed|go\s+ahead|be\s+(?:held|conducted|carried\s+out|staged|completed|resumed|restarted))"
    r"|(?:is|was|are|were)\s+(?:also\s+)?(?:expected|likely|planned|scheduled|due)\b"
    # "Trident launch scheduled for Friday": a headline's reduced relative
    r"|(?<![\w\-])(?:planned|scheduled|slated)\s+for\b"
    # "the first flight test is not expected before 2028": still ahead, only later
    r"|(?:is|are)\s+not\s+(?:expected|planned|scheduled|due)\b"
    # "a seventh test, which Seoul has long predicted, remains possible": still a possibility
    r"|(?:remains?|is|are)\s+(?:still\s+)?(?:possible|likely|probable|imminent)\b"
    # "a nuclear test was unlikely within days": a speculated test, doubted
    r"|(?:remains?|is|are|was|were|seems?|seemed)\s+(?:still\s+|highly\s+|very\s+)?unlikely\b)",
    re.IGNORECASE,
)
# "may have conducted", "could have secretly fired": a modal over a perfect looks back, not ahead
_MODAL_PERFECT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:have|\'ve)\s+(?:[a-z]+ly\s+)?(?!to\b|been\s+(?:planning|preparing))[a-z]", re.IGNORECASE)
_PASSIVE_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?")
_FOLLOWED_BY = re.compile(r"\b(?:could|would|will|may|might|likely\s+to|expected\s+to)\s+(?:\w+\s+)?be\s+followed\s+(?:\w+\s+)?by\b", re.IGNORECASE)
# "three months after Putin announced that Russia had completed a test": a test reported months before the news
_AFTER_ANNOUNCED = re.compile(
    r"\b(?:months|years|a\s+(?:month|year))\s+(?:after|since)\s+(?:[\w\-'’.]+\s+){1,4}?"
    r"(?:announced|said|claimed|confirmed|reported|revealed|declared|disclosed)\b(?:\s+that)?\s+(?:[\w\-'’]+\s+){0,6}$",
    re.IGNORECASE,
)
# a participle clause going on from the one before: ", placing three satellites into orbit"
_GERUND_CLAUSE = re.compile(r"[\s,;]*[a-z]+ing\s")
# "whether Russia conducts a test": a present tense after "whether" looks ahead
# a condition on a test to come: "if Washington conducts a test, Moscow will follow", "unless the North carries out ..."
_IF_AHEAD = re.compile(
    r"\b(?:[Ii]f|[Uu]nless)\s+(?:[\w\-'’.]+\s+){1,3}?(?P<verb>conducts|carries\s+out|holds|stages|tests|test-fires|launches|fires|detonates|sets\s+off|goes\s+ahead\s+with)"
    r"\s+(?:[\w\-'’]+\s+){0,4}$"
    r"|\b(?:[Ii]f|[Uu]nless)\s+(?:[\w\-'’.]+\s+){1,3}?$"
)
_PRESENT_VERB = re.compile(r"(?:test-fires|launches|fires|conducts|carries\s+out|stages|holds|detonates|tests|sets\s+off)\b", re.IGNORECASE)
_WHETHER_AHEAD = re.compile(
    r"\b[Ww]hether\s+(?:[\w\-'’.]+\s+){1,3}?(?:conducts|carries\s+out|stages|tests|launches|fires|goes\s+ahead\s+with|will|would|might|plans\s+to|intends\s+to)\s+(?:[\w\-'’]+\s+){0,4}$"
)
# "... two months earlier": counted back from a date stated before
# "... weeks later that year": counted on from the date just told, after the trigger
_COUNTED_BACK = re.compile(
    r"\b(?:(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|before|later)|(?:earlier|later)\s+that\s+(?:year|month))\b", re.IGNORECASE
)
# "The launch comes two years after India's first flight test of ...": a test counted years back from this one
_YEARS_AFTER = re.compile(
    r"\b(?:\w+|\d+|a)\s+(?:months|years|month|year|decades?)\s+(?:after|since)\s+(?:[\w\-'’]+\s+){0,4}$", re.IGNORECASE
)
# "weeks after the final U.S. underground blast": counted from an event just told
_COUNTED_FROM = re.compile(r"\b(?:days|weeks|months|years)\s+(?:after|before)\b", re.IGNORECASE)
# "Days later, Putin said ...": counted on from the date just told, opening the sentence
_COUNTED_LATER = re.compile(r"\b(?:days|weeks|months|years)\s+later\b", re.IGNORECASE)
# "At first, it fired ...", "Initially, ...": the next step of a story the sentence before dated
_STORY_STEP = re.compile(r"[\s“\"]*(?:Initially|At\s+first|At\s+the\s+outset|Subsequently),\s")
# "has fired more than 90 missiles so far this year": the year's launches counted up, not the news
_HAVE_JUST_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:not|never|now|already|also|so\s+far|[a-z]+ly)\s+){0,2}(?:(?:conducted|carried\s+out|staged|held|performed)\s+(?:an?|any)\s+(?:[\w\-]+\s+)?)?$", re.IGNORECASE)
_COUNT_SO_FAR = re.compile(
    r"\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|some|about|around|a\s+record)\s+)?(?:\d{2,4}|dozens\s+of|scores\s+of)\s+"
    r"(?:[\w\-]+\s+){0,5}?(?:missiles|rockets|projectiles|launches|tests)\b[^,;.]{0,30}?\b(?:so\s+far|to\s+date|thus\s+far|this\s+year)\b",
    re.IGNORECASE,
)
# "the 12th time this year that it has fired": an ordinal of the year's run, told before the act
_NTH_THIS_YEAR = re.compile(r"\bthe\s+\d+(?:st|nd|rd|th)\s+(?:[\w\-]+\s+){0,2}?(?:so\s+far\s+)?this\s+year\s+(?:that|when|in\s+which)\s+[^,;.]{0,50}$", re.IGNORECASE)
# "has held no atomic blast for two decades": a perfect over a span of years, a record
_IN_YEARS = re.compile(
    r"[^,;.]{0,30}?\b(?:in|for)\s+(?:(?:more\s+than|over|nearly|almost|about|the\s+(?:past|last))\s+)?(?:\d{1,3}|" + _TWO_TO_TWELVE + r"|a\s+quarter\s+of\s+a)\s+(?:years|decades|century)\b",
    re.IGNORECASE,
)
# "since October 2019, when it flew ...": the date a "when" clause attaches to
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
# digit-final commas don't split clauses ("Sept. 23, 1992"); before a conjunction they do
_DIGIT_BREAK = re.compile(r"(?<=\d),\s+(?=(?:and|when|where|but|while)\s)")
# "..., including the Ghaznavi and the Ghauri": a list of the clause's own weapons
# "a version of the missile, known as D5LE2, is due to ...": a naming apposition is no clause of its own
_NAMING_APPOSITION = re.compile(
    r"(?i:known\s+as|also\s+known\s+as|dubbed|designated|nicknamed|code-?named|named|called)\s+[\"“']?[A-Z][^,;]{0,30},"
    # "to carry a new satellite, Kavoshgar, into orbit": a bare name set off by commas before the orbit
    r"|[\"“']?[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,2}[\"”']?,(?=\s+(?:into|to|onto)\s)"
)
# "in March, 1991": a year after a comma completes the month before it, one clause
_YEAR_AFTER_MONTH = re.compile(r"(?:19|20)\d\d\b")
_MONTH_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)$"
)
_PREPOSITION = re.compile(r"(?:into|in|to|from|on|at|onto|toward|towards|aboard|with)\s")
_LIST_CLAUSE = re.compile(r"(?:including|such\s+as|among\s+them|notably)\s", re.IGNORECASE)
# "... two years ago and plans to launch three satellites": a second predicate looking ahead
_AHEAD_BREAK = re.compile(
    r" and\s+(?:also\s+)?(?:plans?|intends?|aims?|hopes?|vow(?:s|ed)|pledged|threaten(?:s|ed)|is\s+(?:set|expected|preparing|planning|likely)"
    r"|are\s+(?:set|expected|preparing|planning|likely)|will|would|could|may|might)\s"
)
_BREAK = re.compile(rf"(?P<digit>{_DIGIT_BREAK.pattern})|(?P<ahead>{_AHEAD_BREAK.pattern})")
# _DIGIT_BREAK opening on its literal comma: the same matches, but the engine skips to commas
# instead of trying the lookbehind at every character
_DIGIT_COMMA = re.compile(r",(?<=\d,)\s+(?=(?:and|when|where|but|while)\s)")


def _breaks_in(text: str, start: int, end: int) -> bool:
    """Whether _BREAK matches in text[start:end]: each branch searched on its own literal
    opening (" and", ","), ~10x faster than the combined pattern, which has no literal prefix."""
    return bool(_AHEAD_BREAK.search(text, start, end) or _DIGIT_COMMA.search(text, start, end))


_APPOSITION = re.compile(r"(?:a|an)\s")
_PREDICATE_START = re.compile(r"(?:was|were|had\s+been|has\s+been|have\s+been)\s")
_APPOSED_SUBJECT = re.compile(r"\s*(?:(?:The|the|Its|its|Their|their)\s+)?(?:[A-Z][\w\-'’.]*\s+){0,3}[A-Z][\w\-'’.]*,\s+(?:a|an)\s+[^,;]{1,70}")
_NAME_END = re.compile(r"\b[A-Z][\w\-]*[\s,]*$")
# "a ballistic missile with a range of 2,750 km": a range stated on the missile classes it
_RANGE = re.compile(
    r"\bwith\s+(?:a\s+)?(?:maximum\s+|stated\s+|reported\s+)?ranges?\s+of\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+)?"
    r"(\d{1,2},\d{3}|\d{2,5})(?:\s*(?:-|–|to)\s*(\d{1,2},\d{3}|\d{2,5}))?\s*(km|kilomet(?:er|re)s?|miles)\b",
    re.IGNORECASE,
)
# a missile named by an unknown code ("a Palestine-2 missile"): its own weapon, not the last one's
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[A-Za-z]*\s+$")
# ... or counted ("at least 23 missiles", "three air-to-ground missiles"): a salvo of its own
# "a fifth round of missile launches", "a spate of missile tests": a series of missiles of its own
_PLURAL_TESTS_AFTER = re.compile(r"[\s\-]+(?:test[\s\-])?(?:tests|launches|firings)\b", re.IGNORECASE)
_SERIES_BEFORE = re.compile(r"\b(?:rounds?|series|spate|string|flurry|streak|run)\s+of\s+$", re.IGNORECASE)
# "its nuclear weapons programme", "a growing nuclear arsenal": what a state builds, no weapon tested
_PROGRAMME_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:programmes?|programs?|arsenals?|stockpiles?|ambitions|development|capabilit(?:y|ies))\b", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|multiple)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the same submarine used in a 2016 launch": a year naming another event after the test
_DATED_NP_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# "began the series with a June 4 blast": the event that carries out the test, dated
_MEANS_DATED = re.compile(r"\b(?:with|by)\s+(?:a|an|the|its|their)\s+$", re.IGNORECASE)
# "trials of its new Agni-5 missile": the words between a trial noun and its weapon
_TRIAL_OF = re.compile(r"\s+of\s+(?:[\w\-'’]+\s+){0,3}", re.IGNORECASE)
# "the missile plant's director", "the missile factory": the weapon word is no object
_NOT_THE_WEAPON = re.compile(
    r"(?:['’]s\b|\s+(?:plant|factory|factories|maker|makers|engineers?|scientists?|designers?|director|chief|smuggl\w+|dealer|deal|case))",
    re.IGNORECASE,
)
# "to fire two more ballistic missiles": the weapon as the object, no "fire on protesters near the missile plant"
_FIRE_OBJECT = re.compile(r"\s+(?:(?!on\b|at\b|upon\b|near\b|in\b|into\b|back\b|toward\b|towards\b|over\b)[\w\-'’]+\s+){0,4}", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# "return to the accord and refrain from launches": a verb or a closed noun phrase between "return to" and the tests
_RETURN_VETO = ("refrain", "halt", "stop", "suspend", "end", "freez", "ban", "abandon", "cease", "forgo", "renounc", "avoid", "shun")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _return_object(text: str, start: int, end: int) -> bool:
    """The words from "return to" up to the test noun are its own modifiers: at most four, no
    halting verb, and no "and" closing a noun phrase of its own ("return to nuclear and missile
    tests", not "return to the 2018 accord and refrain from missile tests")."""
    words = text[start:end].lower().split()
    if len(words) > 4 or any(w.startswith(_RETURN_VETO) for w in words):
        return False
    joins = [i for i, w in enumerate(words) if w in ("and", "or")]
    return not joins or not any(w in _DETERMINERS or w[:1].isdigit() for w in words[: joins[0]])
# "tests can be resumed if needed", "Moscow could restart testing": a resumption under a modal lies ahead
_RESUME_MODAL = re.compile(r"\b(?:can|could|would|will|may|might|should|must)\s+(?:[a-z]+ly\s+)?(?:be\s+)?$", re.IGNORECASE)
# "an American detonation would prompt Moscow to ...": a test named as the cause of what would follow is itself hypothetical
_MODAL_CONSEQUENCE = re.compile(
    r"\s+(?:(?:by|from|of)\s+(?:[\w\-'’]+\s+){1,3}?)?(?:would|could|might|may|will)\s+(?:[a-z]+ly\s+)?"
    r"(?:prompt|trigger|provoke|spark|push|lead|invite|force|cause|unleash|spur|compel|encourage|open\s+the\s+door)\b",
    re.IGNORECASE,
)
# "launched a wave of air strikes on ... nuclear sites", "launched missile attacks": an attack, no test
_ATTACK_OBJECT = re.compile(
    r"\s+(?:(?!after\b|following\b|before\b|amid\b|in\b|on\b|as\b|and\b|to\b|hours?\b|days?\b|weeks?\b|test)[\w\-]+\s+){0,4}?"
    r"(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|offensive|counteroffensive|counter-offensive|assault|invasion|bombardment|bombing)\b"
    # "launched attack drones and missiles": an attack or strike weapon, not an attack noun
    r"(?![\s\-]+(?:drones?|UAVs?|helicopters?|aircraft|jets?|submarines?|boats?|craft|weapons?|missiles?|rockets?)\b)",
    re.IGNORECASE,
)
_ACCUSED_OF = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|blam(?:e|es|ed|ing))\s+([^,;]{2,30}?)\s+of\s+(?:(?:secretly|illegally|covertly)\s+)?(?:\w+[\s\-]+)?$",
    re.IGNORECASE,
)
# "the first major test of Iran's relations with the West", "a test of the alliance's resolve": a figurative test
_FIGURATIVE_OF = re.compile(
    r"\s+of\s+(?:[\w\-'’.]+\s+){0,3}?(?:relations|relationship|ties|resolve|credibility|leadership|unity|patience|diplomacy"
    r"|partnership|commitment|nerve|mettle|sincerity|goodwill|influence|authority|popularity|trust|solidarity|cohesion"
    r"|friendship|loyalty|wills|détente|detente|rapprochement|ceasefire|truce)\b(?![’'])",
    re.IGNORECASE,
)
# "testing the bloc's readiness to answer", "will test the waters", "tested Washington's resolve": what a drill
# or a move puts to the test is no weapon
_FIGURATIVE_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:(?!missiles?\b|rockets?\b|weapons?\b|warheads?\b|launch|for\b|to\b|in\b|on\b|at\b|by\b|with\b|over\b|during\b)[\w\-'’.]+\s+){0,3}?"
    r"(?:readiness|preparedness|alertness|combat\s+readiness|waters|resolve|patience|nerves?)\b",
    re.IGNORECASE,
)
# "defend against ballistic missiles launched from Iran", "a shield against ..., but also rockets fired from Gaza":
# the launches a defence is built for, no launch told
# The defence word must govern "against" ("retaliated against Israel with missiles launched ..." is an attack), and
# "with" may not sit in the gap.
_DEFENDED_AGAINST = re.compile(
    r"\b(?:defen[cds]\w*|protect\w*|shield\w*|intercept\w*|guard\w*|safeguard\w*|to\s+act)\s+(?:(?!with\b)[\w\-'’]+\s+){0,3}?"
    r"against\s+(?:(?:(?!with\b)[\w\-]+\s+){0,3}?(?:missiles|rockets|drones|projectiles|threats|attacks)\b[^.;:]{0,70}?\b(?:and|or|also|as\s+well\s+as)\s+)?"
    r"(?:(?!with\b)[\w\-]+\s+){0,3}?(?:missiles|rockets|drones|projectiles)\s+$",
    re.IGNORECASE,
)
# "launched a new family of trainers", "launched an inquiry": a product, a service or an undertaking set going
_PRODUCT_OBJECT = re.compile(
    r"\s+(?:a|an|the|its|their|his|her)\s+(?:(?!of\b)[\w\-]+\s+){0,3}?(?:(?:family|line|range|series|suite)\s+of\s+(?:[\w\-]+\s+){0,2}?)?"
    r"(?:simulators?|trainers?|products?|apps?|software|services?|website|campaign|brand|fund|venture|company|firm|business|bid|investigation"
    r"|inquiry|probe|review|tender|competition|initiative|lawsuit|appeal|petition|consultation|newsletter|magazine|podcast|book|exhibition|subsidiary|joint\s+venture)\b",
    re.IGNORECASE,
)
# "the lab project was launched in 1999", "the inquiry, launched last year": an undertaking set going, no flight
_UNDERTAKING_SUBJECT = re.compile(
    r"\b(?:programmes?|programs?|projects?|efforts?|initiatives?|campaigns?|inquiry|inquiries|investigations?|probes?|reviews?|studies"
    r"|study|ventures?|funds?|schemes?|partnerships?|dialogues?|process|websites?|services?)"
    r"(?:,\s+(?:(?:which|that)\s+(?:was|were)\s+)?|\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are|will\s+be|would\s+be)\s+)"
    r"(?:(?:first|formally|officially|originally|only|quietly|jointly)\s+)?$",
    re.IGNORECASE,
)
# "missiles of the X project", "rockets from the Y programme": a weapon heading a subject the undertaking only modifies
# "an inquiry into missiles from ...", "a campaign against missiles of ...": the weapon is the topic, not the head
_ABOUT_WEAPON = re.compile(
    r"\b(?:investigations?|probes?|inquiry|inquiries|enquiry|campaigns?|study|studies|reviews?|research|sales?|reports?|audits?)\s+"
    r"(?:into|of|against|on|about)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_HEAD_OF = re.compile(r"\s+(?:of|from|under|in|built\s+by)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
# "warships can also launch ...", "is capable of firing", "our ability to fire": an ability, no launch
_ABILITY_BEFORE = re.compile(
    r"\b(?:can(?:not)?|able\s+to|abilit(?:y|ies)\s+to|capable\s+of|capabilit(?:y|ies)\s+to|capacity\s+to)\s+(?:also\s+|even\s+|easily\s+|reportedly\s+|potentially\s+)?(?:be\s+)?$",
    re.IGNORECASE,
)
_ABILITY_NOUN = re.compile(r"\b(?:abilit(?:y|ies)|capabilit(?:y|ies)|capacity)\s+$", re.IGNORECASE)  # "our ability" + "to fire"
_AIMED_AT = re.compile(r"\b(?:at|on|against|into|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
# "cleared by Washington to fire", "permission to launch", "is able to fire": a leave or an ability, no launch
_PERMIT_BEFORE = re.compile(
    r"\b(?:(?:is|are|be|been|being)\s+(?:not\s+)?(?:un)?able|permission|authori[sz]ation|approval|go-ahead|green\s+light"
    r"|(?:been|was|were|is|are|be)\s+(?:allowed|cleared|authori[sz]ed|permitted))\s+(?:(?!to\b)[\w\-'’]+\s+){0,4}?(?:to\s+)?$",
    re.IGNORECASE,
)
# "Firing missiles from trains gives ...": a gerund subject with a bare plural object, then the main verb
_GERUND_SUBJECT = re.compile(
    r"\s+(?:[\w\-]+\s+){0,2}?(?:missiles|rockets|weapons)\b[^,;.]{0,60}?\s(?:gives|makes|allows|lets|enables|is|provides|offers|means|requires|would|could|can|helps)\b",
    re.IGNORECASE,
)
# "the head of the missile agency was fired", "two officers were fired over the failure": a person dismissed
_PERSON_FIRED = re.compile(
    r"\b(?:head|chief|director|minister|commander|general|officials?|officers?|staff|engineers?|scientists?|employees?|workers?"
    r"|spokes(?:man|woman|person)|advis[eo]rs?|secretary|manager|administrator)(?:,?\s+who\s+[^;.]{1,70}?,?)?\s+(?:of\s+(?:[\w\-'’]+\s+){1,4}?)?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|got|being)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# "tested a new early-warning radar", "trialled its tracking ships": a sensor is the test's object, no weapon
_SENSOR_OBJECT = re.compile(
    r"\s+(?:(?:an?|the|its|their|his|her|our)\s+)?(?:(?!missiles?\b|rockets?\b|weapons?\b|warheads?\b|with\b|guided\b|and\b)[\w\-]+\s+){0,3}?"
    r"(?:radars?|sensors?|tracking\s+(?:ships?|stations?|systems?)|early[\s\-]warning\s+(?:systems?|satellites?))\b(?![\-‐])",
    re.IGNORECASE,
)
# a company's launch: "the space company Rocket Lab", "a private firm", unless it carries a military payload
# or one of the commercial launchers ("a Falcon 9 rocket carried a weather satellite")
_COMMERCIAL = re.compile(
    r"\b(?:company|companies|firm|start-?up|commercial|privately|private|SpaceX|Falcon|Starlink|Arianespace|Ariane|Rocket\s+Lab|Blue\s+Origin)\b",
    re.IGNORECASE,
)
_SPACE_WORDS = re.compile(r"\b(?:orbit(?:al)?|satellites?|space)\b", re.IGNORECASE)
_MILITARY_SPACE = re.compile(r"\b(?:military|spy|reconnaissance|army|navy|air\s+force|space\s+force|guards?|defen[cs]e|ministry|missiles?|warheads?)\b", re.IGNORECASE)
# "the testing be brought to an early end", "tests were put to a halt": the test a halt ends
_HALTED_AFTER = re.compile(
    r"\s+(?:(?:should|would|will|must|to)\s+)?(?:be|being|was|were|is|are)\s+(?:brought|put|called|ground)\s+(?:to\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:end|halt|stop|close)|off)\b",
    re.IGNORECASE,
)
# "systems that allow missiles to be hidden and fired at short notice": what a system makes possible, no launch
_ENABLE_BEFORE = re.compile(
    r"\b(?:allow|let|enable|permit)(?:s|ed|ing)?\s+(?:[\w\-'’]+\s+){1,4}?(?:to\s+)?be\s+(?:[^\s,;]+\s+){0,10}?(?:and|or)\s+(?:then\s+)?$",
    re.IGNORECASE,
)
_PLACED_BEFORE = re.compile(r"\b(?:plac|put|set)(?:e|es|ed|s|ting|ing)?\s+(?:[\w\-'’]+\s+){1,5}$", re.IGNORECASE)
# "fired off a volley of insults at Seoul", "a salvo of criticism": words, not missiles
_WORDS_OF = re.compile(
    r"\s+of\s+(?:[\w\-]+\s+)?(?:insults|criticism|abuse|questions|words|rhetoric|accusations|invective|complaints|statements|tweets|posts|threats)\b",
    re.IGNORECASE,
)
_FIGURATIVE_SHOT = re.compile(
    r"\s+(?:off\s+|back\s+)?(?:an?|the|its|their|his|her)\s+(?:(?:opening|parting|first\s+political|rhetorical|warning)\s+(?:salvos?|shots?|volleys?|broadsides?)\b"
    rf"|(?:[\w\-]+\s+)?(?:salvos?|volleys?|barrage|broadsides?|stream|torrent)(?:{_WORDS_OF.pattern}))",
    re.IGNORECASE,
)
_LATTER = re.compile(r"\bthe\s+(?:latter|former)\b", re.IGNORECASE)
_ACCUSE_STEMS = ("accus", "charg", "suspect", "blam")  # _ACCUSED_OF's verbs all open on one

# combat launches (the guidelines: "a launch of a weapon"): "conducted missile strikes", "responded with
# retaliatory missile strikes", "launched rocket attacks"; not "condemned the missile strikes", "vowed to launch ..."
_COMBAT_VERB = re.compile(
    r"\b(?:conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|launch(?:es|ed|ing)?|stag(?:es|ed|ing)|unleash(?:es|ed|ing)?"
    r"|(?:respond|retaliat|answer|hit\s+back)(?:s|es|ed|ing)?\s+with|retaliatory)\s+(?:[\w\-'’.]+\s+){0,3}$",
    re.IGNORECASE,
)
_COMBAT_MODAL = re.compile(r"\b(?:to|will|would|could|may|might|shall|should)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "used ATACMS missiles to strike ...", "deployed a ballistic missile during an attack on ...": a weapon
# used in combat, its object; "used ... against" only for "used" (not "deployed missiles against NATO": posture)
_USE_OBJECT = re.compile(r"\s+(?:(?!on\b|at\b|in\b|by\b|to\b|against\b|for\b|as\b|and\b)[\w\-'’.“”\"]+\s+){0,5}", re.IGNORECASE)
_IN_ATTACK = (
    r"(?:during|in)\s+(?:an?|the|these|those|this|its|their)\s+(?:[\w\-]+\s+){0,2}(?:attacks?|strikes?|operations?|assault|raids?|offensive)\b"
    r"|to\s+(?:strike|hit|attack|target|bomb|shell)\b"
)
_USED_AFTER = re.compile(rf"[^;.]{{0,100}}?\b(?:against\b|{_IN_ATTACK})", re.IGNORECASE)
_DEPLOYED_AFTER = re.compile(rf"[^;.]{{0,100}}?\b(?:{_IN_ATTACK})", re.IGNORECASE)
# "the weapon was used by Moscow against ...": a passive use, its subject a weapon or a generic one
_PASSIVE_USE = re.compile(
    r"\b(?P<subject>(?:the|this|that|these|those|its|their)\s+(?:[\w\-]+\s+){0,2}(?:system|weapon|missiles?|rockets?)\s+)?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:first|reportedly|also|previously|already|again)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_USED_AFTER = re.compile(rf"(?:\s+by\s+[^,;.]{{1,40}}?)?\s+(?:against\b|{_IN_ATTACK})", re.IGNORECASE)
_WITH_VERBS = frozenset({"struck", "attacked", "targeted", "pounded", "bombarded", "shelled", "struck at"})
_STRUCK_WITH = re.compile(
    r"[^,;.]{0,60}?\bwith\s+(?:(?:a|an|the|its|their|two|three|four|five|several|multiple|dozens\s+of|hundreds\s+of|more\s+than\s+\d+|\d+)\s+)?"
    r"(?:(?!near\b|at\b|in\b|on\b|of\b|from\b|to\b|by\b|outside\b|and\b)[\w\-'’.“”\"]+\s+){0,3}",
    re.IGNORECASE,
)
_DEFENCE_AFTER = re.compile(r"[\s\-]+(?:defen[cs]es?|shields?|interceptors?)\b", re.IGNORECASE)
_COMBAT_CLASSES = frozenset(
    {"icbm", "irbm", "srbm", "slbm", "cruise_missile", "hypersonic", "ballistic_missile", "missile", "rocket_artillery", "long_range_missile"}
)


def _combat(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A combat launch: a missile strike noun after an event verb, or a missile used in an attack."""
    text = doc.text
    word = text[trigger.start : trigger.end].lower()
    if word in _WITH_VERBS:
        # "struck the port with cruise missiles", "pounded the city with rockets": the weapon as the means
        if _COMBAT_MODAL.search(text, max(doc.sentences[index][0], trigger.start - 20), trigger.start):
            return False
        return any(
            h.id in _COMBAT_CLASSES and _STRUCK_WITH.fullmatch(text, trigger.end, h.start) and not _NOT_THE_WEAPON.match(text, h.end)
            for h in weapon_hits(doc, trigger.end, min(clause[1], trigger.end + 100))
        )
    if word not in ("used", "deployed"):
        lo = max(clause[0], trigger.start - 60)
        m = _COMBAT_VERB.search(text, lo, trigger.start)
        return m is not None and not _COMBAT_MODAL.search(text, max(0, m.start() - 20), m.start())
    s, e = doc.sentences[index]
    passive = _PASSIVE_USE.search(text, max(s, trigger.start - 60), trigger.start)
    if passive and word == "used":
        if not _PASSIVE_USED_AFTER.match(text, trigger.end, e):
            return False
        if passive.group("subject"):  # "the weapon was used by ...": a generic subject, a missile named around it
            return any(h.id in _COMBAT_CLASSES for i in range(max(0, index - 1), index + 1) for h in doc.hits("weapons", i, "WEAPON"))
        return any(0 <= passive.start() - h.end < 25 and h.id in _COMBAT_CLASSES for h in weapon_hits(doc, s, passive.start() + 1))
    if _COMBAT_MODAL.search(text, max(s, trigger.start - 20), trigger.start):
        return False  # "permission to use", "could be deployed": no launch
    after = _USED_AFTER if word == "used" else _DEPLOYED_AFTER
    objects = [
        h for h in weapon_hits(doc, trigger.end, min(e, trigger.end + 80))
        if h.id in _COMBAT_CLASSES and _USE_OBJECT.fullmatch(text, trigger.end, h.start) and not _NOT_THE_WEAPON.match(text, h.end)
        and not _DEFENCE_AFTER.match(text, h.end)
    ]
    return bool(objects) and bool(after.match(text, objects[0].end, e))


@dataclass
class _Test:
    clause: tuple[int, int]
    sentence: int
    triggers: list[Hit] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    generic: bool = False  # the text names a weapon, but no class
    named: bool = False  # ... or one whose class is `unspecified` ("an underwater attack drone")
    temporal: str = "new"
    actor: str | None = None
    bare: bool = False  # accepted on its own verb or detail, naming no weapon ("The launch, from ...")
    clauses: list[tuple[int, int]] | None = None  # the sentence's clauses as _clauses reads them, if not the document's
    habitual: bool = False  # "routinely test nuclear-capable missiles": a summary, naming its own (generic) weapon
    rocket: bool = False  # its only weapon word is a bare "rocket": a space launcher in a space-launch story
    back: bool = False  # its only weapon words are "the missile(s)": a back-reference


_REPEATED_VERB = re.compile(r"\b(?:has|have)\s+(?:(?:also|since|already)\s+)?repeatedly\s+$", re.IGNORECASE)
# "have repeatedly test-fired rockets, one of them ...": a record summed up, the listed launch its own event
_REPEATED_RECORD = re.compile(r"\b(?:has|have)\s+repeatedly\s+[\w\-]+\s+(?:[\w\-]+\s+){0,2}?(?:missiles|rockets)\W*$", re.IGNORECASE)


def _clauses(doc: Document, index: int) -> list[tuple[int, int]]:
    """The sentence's clauses as tests read them: a comma after a digit splits before a
    conjunction ("in December 2018, and officials said ..."), a second predicate that looks
    ahead splits ("tested X last year and plans to launch Y"), a list clause ("including
    the Ghauri") and an apposition naming a weapon ("the Abdali, a ballistic missile with
    ...") belong to the clause before."""
    text, plain = doc.text, doc.clauses(index)
    out: list[tuple[int, int]] = []
    broken = _breaks_in(text, plain[0][0], plain[-1][1])
    if len(plain) == 1 and not broken:
        return plain
    named = False
    for s, e in plain:
        if out and named and _PREPOSITION.match(text, s):
            named = False  # "put a new satellite, named X, into orbit": the clause goes on past the name
            out[-1] = (out[-1][0], e)
            continue
        named = bool(out) and bool(_NAMING_APPOSITION.match(text, s))
        if out and (
            (_LIST_CLAUSE.match(text, s) and not _REPEATED_RECORD.search(text, out[-1][0], s))
            or named
            or (text[s : s + 1].isdigit() and _YEAR_AFTER_MONTH.match(text, s) and _MONTH_END.search(text, out[-1][0], out[-1][1]))
            or (_APPOSITION.match(text, s) and _apposition(doc, out[-1], s, e))
            # "The Hwasong-18, a solid-fuel ICBM, was fired on ...": the subject's predicate past its apposition
            or (len(out) == 1 and out[0][0] == plain[0][0] and _PREDICATE_START.match(text, s) and _APPOSED_SUBJECT.fullmatch(text, *out[0]))
            or (len(out) == 1 and out[0][0] == plain[0][0] and _fronted(doc, out[0], s, e))
        ):
            out[-1] = (out[-1][0], e)
            continue
        cut = s
        if broken:
            for m in _BREAK.finditer(text, s, e):
                if m.start() > cut:
                    out.append((cut, m.start()))
                    # "and plans to ..." opens the next clause; a digit comma is dropped
                    cut = m.end() if m.lastgroup == "digit" else m.start() + 1
        out.append((cut, e))
    return out


# "Launched from a rail platform, the new missile ...": a fronted participle whose subject opens the next clause
_FRONTED = re.compile(
    r"\s*(?:Launched|Fired|Test-fired|Test-launched|Test\s+fired)\s+(?:[\w\-'’]+\s+){0,3}?from\s+(?:a|an|the|its|their)\s+[^,;]{3,60},\s*$"
)
_DEFINITE_START = re.compile(r"\s*(?:the|its|their|this)\s", re.IGNORECASE)
_ABLE_MAIN = re.compile(r"\b(?:can|could|is\s+able|are\s+able|is\s+capable|are\s+capable|is\s+designed|are\s+designed)\b", re.IGNORECASE)


def _fronted(doc: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """"Launched from a submarine, the Bulava ...": the participle's subject, a definite weapon, opens the clause after it."""
    text = doc.text
    if not _FRONTED.fullmatch(text, previous[0], start) or not _DEFINITE_START.match(text, start):
        return False
    if _ABLE_MAIN.search(text, start, end):
        return False  # "Launched from a submarine, the Bulava can carry six warheads": what it is, no launch told
    return any(h.start - start < 50 for h in weapon_hits(doc, start, end))


def _apposition(doc: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """"launched the Abdali, a ballistic missile with a range of 450 km": a clause that opens
    with an indefinite weapon description right after a name."""
    if not _NAME_END.search(doc.text, previous[0], previous[1]):
        return False
    return any(h.start - start < 40 for h in weapon_hits(doc, start, end))


def _clause_of(clauses: list[tuple[int, int]], doc: Document, pos: int) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= pos < c[1]), None) or doc.clause_at(pos)


# the words after a test that defies a halt: "... in defiance of the moratorium", "... despite a global halt"
_DEFYING = re.compile(
    r"(?:\s+[\w\-'’]+){0,4}?,?\s+(?:in\s+(?:(?:open|plain|clear|flagrant|direct)\s+)?(?:defiance|violation|breach)\s+of|despite|defying|flouting|breaking|violating)\s+(?:[\w\-'’]+\s+){0,4}?"
    r"(?:moratori(?:um|a)|halt|ban|freeze|suspension|pause)\b",
    re.IGNORECASE,
)


def _own_event(doc: Document, trigger: Hit, start: int, end: int) -> bool:
    """A test inside a halt's span that is an event of its own, not the halt's object: the test
    that ends it ("ended its moratorium with an underground blast"), or one reported before the
    halt word with its own verb ("last conducted a nuclear test in 1992 and has maintained a
    moratorium since then")."""
    text = doc.text
    if not doc.between("moratorium", start, end, "HALT") and not doc.between("moratorium", start, end, "RESUME"):
        return True  # "be ready to test ... should the United States test first": a threat to test, no halt
    means = _MEANS.search(text, max(start, trigger.start - 60), trigger.start)
    # "by its commitment to suspend testing" names a halt word between: its object after all
    if means and not doc.between("moratorium", means.start(), trigger.start, "HALT"):
        return True
    # "a moratorium since their tit-for-tat blasts in May 1998", "since November 2017, when it
    # fired a Hwasong-15": the event the halt dates from
    since = _SINCE_EVENT.search(text, max(start, trigger.start - 60), trigger.start)
    if since and not doc.between("moratorium", since.start(), trigger.start, "HALT"):
        return True
    if trigger.id == "resume" and not doc.between("moratorium", max(start, trigger.start - 60, text.rfind(",", start, trigger.start) + 1), trigger.start, "HALT") \
            and not _HELD_ON_CONDITION.search(text, trigger.end, doc.sentences[doc.sentence_index(trigger.start)][1]):
        return True  # "after the president ordered work to restart testing": a return to tests, no halt's object
    if _BEFORE_HALT.match(text, trigger.end, end) and not doc.between("moratorium", max(start, trigger.start - 60), trigger.start, "HALT"):
        return True  # "blasts carried out prior to the 1992 moratorium": tests that came before the halt, not its object
    later = doc.between("moratorium", trigger.end, end, "HALT")
    if not later:
        return False
    if (dated := _OWN_YEAR.match(text, trigger.end)) and text.find(",", dated.end(), later[0].start) >= 0 \
            and _test_noun(text[trigger.start : trigger.end]) and not doc.between("moratorium", start, trigger.start, "HALT"):
        return True  # "the blasts of May 1998, officials said it keeps its halt": a dated event, the halt told after it
    if any(_ENDS_HALT.fullmatch(text, trigger.end, h.start) for h in later[:3]) and not doc.between("moratorium", start, trigger.start, "HALT"):
        return True  # "their launch of a new ICBM on Monday shattered the freeze": the test that ends it
    if _DEFYING.match(text, trigger.end, end):
        return True  # "went on testing, flouting the halt it had signed": a test against the halt, no object of it
    word = text[trigger.start : trigger.end].lower()
    if (word.endswith("ed") or word in ("flew", "set off")) and trigger.id in ("blast", "fire", "flight", "test"):
        return True  # "detonated its final device at Lop Nur, announcing a moratorium the following day"
    lo = max(start, trigger.start - 40)
    if doc.between("moratorium", lo, trigger.start, "HALT"):
        return False  # "ceased conducting atmospheric blasts ... and kept that halt": the halt's own object
    return any(h.end <= trigger.start for h in doc.between("tests", lo, trigger.start, "SUPPORT"))


# "in the absence of full-scale tests", "absent any explosive testing": the tests a practice does without
_ABSENT_BEFORE = re.compile(r"\b(?:in\s+the\s+absence\s+of|absent)\s+(?:(?:any|all|actual|real|live|further)\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


# "no failures among the launches", "no glitches during the test": what went wrong is denied, not the test
_NO_OTHER_NOUN = re.compile(
    r"no\s+(?:[\w\-]+\s+){0,2}?(?:failures?|problems?|glitches?|mishaps?|casualties|injuries|damage|malfunctions?|anomal(?:y|ies)|hitches?|issues)"
    r"\s+(?:(?:were|was)\s+(?:reported|recorded|found|seen)\s+)?(?:among|during|in|across|throughout|with)\s",
    re.IGNORECASE,
)


def _negated(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A negation just before the trigger, or a denied intent or evidence a little further."""
    if doc.text.find("bsen", max(clause[0], trigger.start - 60), trigger.start) >= 0 and _ABSENT_BEFORE.search(
        doc.text, max(clause[0], trigger.start - 60), trigger.start
    ):
        return True  # "kept its skills in the absence of live nuclear blasts": tests that are missing
    for h in doc.hits("tests", index, "NEGATION"):
        window = _INTENT_WINDOW if h.id == "intent" else _PLEDGE_WINDOW if h.id == "pledge" else _NEG_WINDOW
        if h.id == "pledge" and doc.text[h.start : h.start + 6].lower() == "resist" and not TEST_VERB_NEXT.match(doc.text, h.end):
            continue  # "resist the urge to respond to the launch": the urge resisted is no test
        if (h.start < trigger.start and doc.text[h.start : h.end].lower() == "no" and (other := _NO_OTHER_NOUN.match(doc.text, h.start))
                and other.end() <= trigger.start):
            continue  # "saw no failures among its 19 launches": what failed is denied, the launches took place
        if h.end <= trigger.start and h.start >= max(clause[0], trigger.start - window):
            return True
        if h.id == "pledge" and clause[0] <= h.start and 0 <= trigger.start - h.end <= 90 and _PLEDGE_GAP.fullmatch(doc.text, h.end, trigger.start):
            return True
    return False


_NOT_VERB = re.compile(r"\b(?:not|never)\s+(?:[\w\-]+\s+){0,2}$|n[’']t\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _denied(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A test verb its clause denies ("it has not set off a nuclear explosion"), not one merely
    near a negation ("the first state without nuclear weapons to fire an SLBM")."""
    return bool(_NOT_VERB.search(doc.text, max(clause[0], trigger.start - 30), trigger.start)) and _negated(doc, index, trigger, clause)


def _banned(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """The test is the object of a ban in its clause: "would prohibit spending on any explosive
    test", "barring the Pentagon from ... conducting a test" (the halt is the moratorium's)."""
    for h in doc.hits("tests", index, "BAN"):
        if not (clause[0] <= h.start and h.end <= trigger.start):
            continue
        if h.id == "stop":  # "had stopped testing long-range missiles": the verb's own gerund only
            if trigger.start - h.end <= 1 and doc.text[trigger.end - 3 : trigger.end].lower() == "ing":
                return True
            continue
        if h.id == "halt":  # "declaring an end to French tests": the halt's own object only
            if _HALT_OBJECT.fullmatch(doc.text, h.end, trigger.start):
                return True
        elif h.id != "bar" or _FROM.search(doc.text, h.end, trigger.start):
            return True
    return False


# a determiner and a run of modifiers (no preposition, conjunction or clause word) before the weapon
_MODIFIER_GAP = re.compile(
    r"\s+(?:its|their|his|her|the|a|an|two|three|several)\s+"
    r"(?:(?!(?:to|at|on|in|into|for|of|with|and|or|but|that|which|who|after|before|from|by|as|than|while|when|because)\b)[\w\-]+,?\s+){0,10}",
    re.IGNORECASE,
)


def _near_weapon(doc: Document, trigger: Hit, weapons: list[Hit]) -> bool:
    """A weapon the trigger is about, beyond one in the 70 characters around it: the object of
    a follow-up or of "flew", a code name after a test verb, a generic passive subject."""
    text = doc.text
    if trigger.id == "followup":
        return any(0 <= h.start - trigger.end < 30 for h in weapons)
    if any(abs(h.start - trigger.start) < 70 for h in weapons):
        return True
    if trigger.id in ("fire", "test") and any(
        0 < h.start - trigger.end < 160 and _MODIFIER_GAP.fullmatch(text, trigger.end, h.start) for h in weapons
    ):
        return True  # "test-fired its indigenously built, nuclear-capable surface-to-surface ... missile"
    if trigger.id == "test" and _CODE_OBJECT.match(text, trigger.end):
        return True
    if trigger.id == "test" and _GENERIC_OBJECT.match(text, trigger.end):
        # "would continue testing the system": the weapon named in the sentence or the one before
        index = doc.sentence_index(trigger.start)
        return any(h.id not in _GENERIC_IDS for i in range(max(0, index - 1), index + 1) for h in doc.hits("weapons", i, "WEAPON"))
    if trigger.id in ("test", "fire") and _VERSION_OBJECT.match(text, trigger.end):
        # "plans to flight-test a longer-range version": a version of the weapon named before it
        return bool(_version_of(doc, doc.sentence_index(trigger.start), trigger))
    if trigger.id == "fire" and any(
        0 < h.start - trigger.end < 120 and _WITH_BEFORE.search(text, trigger.end, h.start) for h in weapons
    ):
        return True  # "carried out live-fire precision strikes on Thursday with several types of missiles"
    if trigger.id == "blast" and _DEVICES_OBJECT.match(text, trigger.end):
        return True  # "set off five devices"
    if trigger.id == "fire" and _SALVO_OBJECT.match(text, trigger.end):
        # "Sirens sounded; the army said the enemy had fired three salvos": the salvo is of the
        # weapon named in the sentence or the one before (not "fired an opening salvo at critics")
        index = doc.sentence_index(trigger.start)
        return any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 1), index + 1))
    if trigger.id == "blast" and _OWN_DEVICE_OBJECT.match(text, trigger.end) and _nuclear_article(doc, doc.sentence_index(trigger.start)):
        return True  # "The Soviet Union set off its last device at Novaya Zemlya"
    if (
        trigger.id == "blast"
        and _test_noun(text[trigger.start : trigger.end])
        and _COUNTED_BLAST.search(text, max(0, trigger.start - 50), trigger.start)
        and _nuclear_article(doc, doc.sentence_index(trigger.start))
    ):
        return True  # "conducted six blasts under Pacific atolls"
    if trigger.id == "blast" and _DEVICE_OBJECT.match(text, trigger.end):
        # "The last Soviet test took place in 1990, when the Soviet Union detonated a device ..."
        index = doc.sentence_index(trigger.start)
        return any(h.id == "test" and h is not trigger for h in doc.hits("tests", index, "TRIGGER"))
    if trigger.id == "fire" and _COUNTED_OBJECT.match(text, trigger.end) and (
        not _test_noun(text[trigger.start : trigger.end])
        or _MODAL_BEFORE.search(text, max(0, trigger.start - 12), trigger.start)  # "could launch another within weeks"
    ):
        # "three days after launching a pair from a train": the sentence's weapon, counted again
        index = doc.sentence_index(trigger.start)
        return any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 1), index + 1))
    if (
        trigger.id == "blast"
        and _test_noun(text[trigger.start : trigger.end])
        and _ORDINAL_BEFORE.search(text, max(0, trigger.start - 25), trigger.start)
    ):
        # "ready for a seventh detonation": a counted-on blast right after nuclear tests were told
        return _nuclear_context(doc, doc.sentence_index(trigger.start))
    if trigger.id == "blast" and _test_noun(text[trigger.start : trigger.end]) and _BLAST_EVENT.match(text, trigger.end):
        # "its last explosion took place in November 1991", in an article on nuclear tests
        return _nuclear_context(doc, doc.sentence_index(trigger.start))
    if trigger.id == "blast" and _test_noun(text[trigger.start : trigger.end]) and any(
        0 <= trigger.start - d.end <= 1 and d.value is not None and not d.vague_past
        for d in doc.dates(max(0, trigger.start - 25), trigger.start, future=False)
    ):
        # "opened the series with a May 3 blast", "the March 9 explosion": a dated blast, in an article on nuclear tests
        return _nuclear_context(doc, doc.sentence_index(trigger.start))
    if trigger.id == "fire" and text.endswith("being ", max(0, trigger.start - 6), trigger.start):
        # "The missiles were detected at 8:10 a.m. after being launched from ...": the sentence's subject
        index = doc.sentence_index(trigger.start)
        first = doc.clauses(index)[0]
        return first[1] <= trigger.start and any(h.start - first[0] < 40 for h in weapon_hits(doc, *first))
    if trigger.id == "fire" and (aux := _PASSIVE_AUX.search(text, max(0, trigger.start - 20), trigger.start)) \
            and (_passive_after_relative(doc, aux.start()) or _split_subject(doc, aux.start())):
        return True
    return trigger.id == "fire" and bool(_GENERIC_SUBJECT.search(text, max(0, trigger.start - 60), trigger.start))


# "destroyed one of its own defunct satellites", "a strike on its ageing weather satellite": the
# satellite as the object, not "its own satellite dish" or "a strike on its nuclear sites"
_ASAT_ABILITY = re.compile(r"(?:\b(?:designed|developed|built|meant|intended|able)\s+to|\bcapable\s+of|\b(?:can|could|would|might)|\bthreat\s+to)\s+$", re.IGNORECASE)
_ASAT_OBJECT = re.compile(
    r"\s+(?:[\w\-'’]+\s+){0,3}?satellites?\b(?!\s*(?:dish|dishes|phones?|television|tv|images?|imagery|photos?|pictures?|links?|navigation|signals?|operators?|company|firms?|stations?|uplinks?|antennas?|receivers?|modems?|terminals?|communications?|networks?|trucks?|vehicles?|ground)\b)",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(r"\b(?:could|would|will|may|might|to)\s+$")
# "a Minuteman III carrying a single unarmed reentry vehicle flew ...": the subject's own modifier
_CARRYING_GAP = re.compile(r"\s+(?:carrying|armed\s+with|fitted\s+with|tipped\s+with|with)\s+[^,;]{1,50}?\s+$")
# "the training launch of the Abdali weapon system": a launch noun with its named weapon
# "the firing of a new variant of Iran's Sejjil missile": of a version of a state's named weapon
_OF_NAMED = re.compile(
    r"[\"”’']?\s+of\s+(?:the|its|their|a|an)\s+(?:new\s+|upgraded\s+|improved\s+|modified\s+)?"
    r"(?:(?:version|variant)\s+of\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z][\w\-]*)['’]s\s+)(?-i:(?:[A-Z0-9][\w\-]*\s+){0,2}))?$",
    re.IGNORECASE,
)
_GENERIC_IDS = frozenset({"missile", "unspecified"})
# weapon classes too generic to make "<weapon> tests" an event of its own ("nuclear tests are banned")
_NOT_NAMED_NP = frozenset({"missile", "unspecified", "nuclear", "engine"})
# "... launch from the Bryansk submarine", "... tests by Tu-95 bombers", "... test at the Kura range":
# where, from what or by whom a test noun's event took place
_COUNT_BEFORE = re.compile(r"\b(?:\d{1,3}|" + _TWO_TO_TWELVE + r"|several)\s+$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s+(?:from|by|off|at)\s+(?:the\s+|a\s+|an\s+)?[\w\-]", re.IGNORECASE)
# "four Bulava missile launches": the generic word between a named weapon and its event noun
_MISSILE_GAP = re.compile(r"\s+(?:missile|rocket)\s+", re.IGNORECASE)
# what a "launch of <weapon> ..." is when it is no flight: a programme, a plant, a production line
_VENTURE_AFTER = re.compile(
    r"(?:\s+[\w\-]+){0,2}?\s+(?:production|programmes?|programs?|projects?|lines?|factory|factories|plants?|development|assembly)\b",
    re.IGNORECASE,
)
# "would continue testing the system": a generic definite object, the weapon named around it
# "to flight-test a longer-range version", "test-fired an upgraded variant"
_VERSION_OBJECT = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}(?:version|variant)s?\b", re.IGNORECASE)


def _version_of(doc: Document, index: int, trigger: Hit) -> list[Hit]:
    """The last named weapon before a "version" object, in the sentence or the one before."""
    for i in (index, index - 1):
        if i < 0:
            break
        named = [h for h in weapon_hits(doc, *doc.sentences[i]) if h.id != "missile" and h.end <= trigger.start]
        if named:
            return named[-1:]
    return []


_GENERIC_OBJECT = re.compile(r"[\"”’']?\s+(?:the|this|that|its)\s+(?:new\s+)?(?:system|weapon)\b", re.IGNORECASE)

# "the Fatah-II, which has a range of 400 km, was fired ...": a passive predicate after a relative clause
_PASSIVE_AUX = re.compile(r"(?<![\w\-])(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$")
_RELATIVE = re.compile(r"(?:which|that|who)\s", re.IGNORECASE)
# "the rocket, with a reach of 3,000 km, was fired ...": a relative or "with" modifier
_MODIFIER_CLAUSE = re.compile(r"(?:which|that|who|with)\s", re.IGNORECASE)


_NAME_MODIFIER = re.compile(r",\s+(?:which|that|with)\s", re.IGNORECASE)
# "It flew for about 900 km", "They travelled some 600 km over 40 minutes": a flight result told with a pronoun
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:It|They)\s+(?:then\s+|reportedly\s+|also\s+)?(?:(?:took|lifted|blasted)\s+off\b[^,.;]{0,60}?\s+and\s+(?:then\s+)?)?"
)
_FLIGHT_MEASURE = re.compile(
    r"\s+(?:for\s+|of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|approximately\s+|an\s+estimated\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
    r"\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles|minutes)\b",
    re.IGNORECASE,
)


def _altitude(word: str) -> bool:
    """"reached an altitude", "climbed to a maximum height": how high a flight went."""
    return word.startswith(("reach", "climbed", "soared", "rose")) and word.endswith(("altitude", "apogee", "height"))


def _pronoun_flight(doc: Document, index: int, trigger: Hit) -> bool:
    """"It flew for about 900 km over 60 minutes" after a sentence telling of a launch."""
    text = doc.text
    word = text[trigger.start : trigger.end].lower()
    if index == 0 or word not in ("flew", "travelled", "traveled", "covered") and not _altitude(word):
        return False
    if not _PRONOUN_SUBJECT.fullmatch(text, doc.sentences[index][0], trigger.start) or not _FLIGHT_MEASURE.match(text, trigger.end):
        return False
    previous = [h for h in doc.hits("tests", index - 1, "TRIGGER") if h.id in ("fire", "test", "flight")]
    return bool(previous) and bool(weapon_hits(doc, *doc.sentences[index - 1]))


# "an underground explosion", "the underground blast": the word that makes a blast a nuclear test's
_UNDERGROUND_BEFORE = re.compile(r"\b(?:an|the|a|another|its|their|second|third|latest|new|fresh)\s+(?:[\w\-]+\s+)?underground\s+$", re.IGNORECASE)
# "It was fired from ...", "They were successfully launched on Friday": a passive launch whose pronoun
# subject stands for the weapon of the launch told in the sentence before
_PRONOUN_PASSIVE = re.compile(r"[\s\"“”'‘’]*(?:It|They)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?")


def _pronoun_launch(doc: Document, index: int, clause: tuple[int, int], trigger: Hit) -> bool:
    """A passive launch verb after "It was"/"They were" opening its sentence, right after a sentence
    telling of a launch or test of a named weapon: that weapon's launch, placed or dated."""
    if index == 0 or clause[0] != doc.sentences[index][0] or not _PRONOUN_PASSIVE.fullmatch(doc.text, clause[0], trigger.start):
        return False
    previous = [h for h in doc.hits("tests", index - 1, "TRIGGER") if h.id in ("fire", "test", "flight")]
    return bool(previous) and bool(weapon_hits(doc, *doc.sentences[index - 1]))


# "more tests", "a series of further launches", "one more blast": tests beyond those told already
_MORE_BEFORE = re.compile(
    r"\b(?:more|further|additional|another)\s+(?:(?:nuclear|atomic|missile|weapons?|flight|underground)\s+)?$", re.IGNORECASE
)
# "cannot rule out further testing", "did not exclude more tests": a possibility kept open
_RULE_OUT_BEFORE = re.compile(
    r"\b(?:not|n[’']t|cannot|never)\s+(?:(?:be|been)\s+)?(?:rule|ruled|ruling|exclude|excluded|excluding)\s+out\s+(?:the\s+possibility\s+of\s+)?(?:\w+\s+){0,2}$"
    r"|\b(?:not|n[’']t|cannot|never)\s+(?:(?:be|been)\s+)?(?:exclude|excluded|excluding)\s+(?:the\s+possibility\s+of\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_MORE_NOUNS = frozenset({"test", "tests", "testing", "trials", "launch", "launches", "blast", "blasts", "explosion", "explosions", "detonation", "detonations"})


def _more_tests(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> str | None:
    """Tests beyond those the article told ("More tests will follow", "likely to undergo a series of
    further tests", "cannot rule out further testing"), looked ahead to, in a sentence at most three
    after one naming a weapon: "ahead" for a plan or modal, "open" for a possibility not ruled out."""
    text = doc.text
    if text[trigger.start : trigger.end].lower() not in _MORE_NOUNS:
        return None
    lo = max(clause[0], trigger.start - 60)
    if not _MORE_BEFORE.search(text, max(clause[0], trigger.start - 30), trigger.start):
        return None
    if not any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 3), index + 1)):
        return None
    if doc.between("moratorium", clause[0], trigger.start, "HALT") or doc.between("tests", clause[0], trigger.start, "BAN"):
        return None  # "would ban further tests", "urged it to refrain from more tests": a halt's object
    if _RULE_OUT_BEFORE.search(text, lo, trigger.start):
        return "open"
    if any(h.end <= trigger.start for h in doc.between("tests", lo, trigger.start, "PROSPECTIVE")) or _AFTER_PROSPECTIVE.match(
        text, trigger.end, clause[1]
    ):
        return "ahead"
    return None


def _after_weapon_clause(doc: Document, index: int, clause: tuple[int, int], trigger: Hit) -> bool:
    """A participle opening its clause right after a clause that ends on a weapon ("The rocket, launched ...")."""
    if doc.text[clause[0] : trigger.start].strip(" ,"):
        return False
    before = [c for c in doc.clauses(index) if c[1] <= trigger.start]
    return bool(before) and any(0 <= trigger.start - h.end <= 3 for h in weapon_hits(doc, *before[-1]))


def _passive_after_relative(doc: Document, pos: int) -> bool:
    """Whether a passive test verb's clause opens at `pos` right after a relative clause that
    follows a weapon's name: the name is the verb's subject."""
    clauses = doc.clauses(doc.sentence_index(pos))
    at = next((i for i, c in enumerate(clauses) if c[0] == pos), None)
    if at is not None and at >= 1:
        # "The Hwasong-15, which ...": a comma after a digit keeps the name and its modifier in one clause
        prev = clauses[at - 1]
        if any(h.start - prev[0] < 40 and _NAME_MODIFIER.match(doc.text, h.end, prev[1]) for h in weapon_hits(doc, *prev)):
            return True
    if at is None or at < 2 or not _MODIFIER_CLAUSE.match(doc.text, clauses[at - 1][0]):
        return False
    subject = clauses[at - 2]
    return any(subject[1] - h.end <= 2 for h in weapon_hits(doc, *subject))


# what opens a passive launch's clause when its subject sits in the clause before: a quote or a comma
_SPLIT_LEAD = re.compile(r"[\s\"“”'’,]*")


def _ends_on_missile(doc: Document, clause: tuple[int, int]) -> bool:
    """Whether a clause ends on a missile's name, give or take a comma or a closing quote."""
    return any(h.id in _COMBAT_CLASSES and _SPLIT_LEAD.fullmatch(doc.text, h.end, clause[1]) for h in weapon_hits(doc, *clause))


def _split_subject(doc: Document, pos: int) -> bool:
    """Whether a passive launch verb's clause opens at `pos` (after a closing quote at most) and its
    missile subject was cut off from it: by an apposition or a quote ending on the missile ("an
    object, believed to be a ballistic missile, was launched", '"Dozens of missiles," were fired'),
    or by a relative or an apposition right after the missile ("the rocket, which carried a glide
    vehicle, had been launched"); not "the engineer who designed the missile was fired"."""
    index = doc.sentence_index(pos)
    clauses = doc.clauses(index)
    at = next((i for i, c in enumerate(clauses) if c[0] <= pos < c[1]), None)
    if not at or _SPLIT_LEAD.fullmatch(doc.text, clauses[at][0], pos) is None:
        return False
    if at >= 2 and _ends_on_missile(doc, clauses[at - 2]):
        return True  # "the rocket, which carried ..., had been launched", "the missile, a type once banned, was fired"
    return not _RELATIVE.match(doc.text, clauses[at - 1][0]) and _ends_on_missile(doc, clauses[at - 1])


def _trial_of_weapon(doc: Document, trigger: Hit, weapons: list[Hit]) -> bool:
    """Trials of a weapon: one named just before ("Agni-5 trials") or as the object after "of"."""
    text = doc.text
    if any(0 <= trigger.start - h.end < 4 for h in weapons):
        return True
    return any(
        h.start > trigger.end
        and _TRIAL_OF.fullmatch(text, trigger.end, h.start)
        and not _NOT_THE_WEAPON.match(text, h.end)
        for h in weapons
    )


def _nuclear_article(doc: Document, index: int) -> bool:
    """A nuclear weapon or test named anywhere in the article up to the sentence after this one."""
    last = min(len(doc.sentences), index + 2)
    return any(h.id == "nuclear" for i in range(last) for h in doc.hits("weapons", i, "WEAPON"))


def _nuclear_context(doc: Document, index: int) -> bool:
    """A nuclear weapon or test named in the sentence or the two before it."""
    return any(h.id == "nuclear" for i in range(max(0, index - 2), index + 1) for h in doc.hits("weapons", i, "WEAPON"))


_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# "the two missiles": a launch's count taken up again by the article
_THE_COUNTED_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|\d)\s+$", re.IGNORECASE)
_NOT_FLOWN = frozenset({"unspecified", "nuclear", "engine"})
_HIT_ABILITY = re.compile(
    r"\b(?:range\s+to|able\s+to|capable\s+of|capability\s+(?:to|of)|designed\s+to|meant\s+to|can|could|would|will|may|might|to)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)


# "an ICBM that triggered evacuation warnings", "the missile, which set off air raid sirens"
_CONSEQUENCE_GAP = re.compile(r",?\s+(?:that|which)\s+(?:also\s+|briefly\s+)?", re.IGNORECASE)
# "a second stage had landed in the Pacific", "the first stage of the rocket fell": a stage's flight
_STAGE_SUBJECT = re.compile(
    r"\b(?:first|second|third|upper|final|booster)[\s\-]stages?\s+(?:of\s+the\s+(?:missile|rocket)\s+)?"
    r"(?:(?:had|has|have|was|were|is)\s+)?(?:(?:also|reportedly|apparently|then)\s+)?$",
    re.IGNORECASE,
)
# "guided from the moment of launch until the target is hit", "tracked from launch to impact": a
# point in any flight, in a description of what a weapon does
_LAUNCH_MOMENT = re.compile(r"\b(?:(?:moment|time|point|instant|second)\s+of|from)\s+$", re.IGNORECASE)
_MOMENT_END = re.compile(r"\s+(?:until|till|to|through|into)\s+(?:the\s+)?(?:impact|target|end|landing|interception|intercept|detonation|the\s+target)\b"
                         r"|\s+(?:until|till)\b", re.IGNORECASE)
_OF_MOMENT = re.compile(r"\b(?:moment|time|point|instant)\s+of\s+$", re.IGNORECASE)
# "the splurge of nuclear bomb testing", "a frenzy of atmospheric tests": a burst of testing summed up
_SUMMARY_BEFORE = re.compile(
    r"\b(?:splurge|flurry|surge|spate|burst|wave|frenzy|binge|spree|orgy|rash|heyday|era|age|decades|years)\s+of\s+(?:[\w\-]+\s+){0,3}$"
    r"|\b(?:surge|spike|upswing|upsurge|uptick|boom)\s+in\s+(?:[\w\-]+\s+){0,3}$",  # "a surge in missile testing after he took over in 2011"
    re.IGNORECASE,
)
# "kept testing its new software": an object of its own after testing that goes on
_KEPT_OBJECT = re.compile(r"\s+(?:(?:its|their|his|her|the|a|an|our|new|more|some)\s+)", re.IGNORECASE)
# "Iran Tests Missile Despite ...", "Pakistan tests nuclear-capable missile": a headline's verb between a state and a weapon
_HEADLINE_GAP = re.compile(r"\s+(?:(?:new|another|its|nuclear[\s\-]capable|long[\s\-]range|medium[\s\-]range|short[\s\-]range|upgraded|advanced)\s+){0,2}", re.IGNORECASE)


# a strike, an interception or its debris: a missile that fell there was no test's
_STRIKE_WORDS = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|casualties|attacks?|strikes?|intercept(?:s|ed|ing|ion|or|ors)?|air[\s\-]defen[cs]es?|debris|shrapnel)\b",
    re.IGNORECASE,
)
# between a weapon and "fell": the weapon heads the subject ("the rocket apparently had fallen",
# "the missile, launched at dawn, fell", "the missile fired on Monday fell"), not "the missile maker's shares"
_FELL_GAP = re.compile(
    r"s?(?:\s+(?:[a-z]+ly|is|was|were|are|has|had|have|appears?|appeared|seems?|seemed|believed|thought|said|reported|estimated|presumed|likely|to|then|also|both|all|each))*\s+"
    r"|s?\s*,[^,]{1,60},\s+"
    r"|s?\s+(?:fired|launched|test-fired|test-launched)\b[^,]*\s+",
    re.IGNORECASE,
)


def _accepted(doc: Document, index: int, trigger: Hit, clause: tuple[int, int], suppressed: list[tuple[int, int]]) -> bool | str:
    """Whether a trigger word reports a weapons test rather than a bank, a drug or a ban."""
    text = doc.text
    if any(s <= trigger.start < e and not _own_event(doc, trigger, s, e) for s, e in suppressed):
        return False
    if _SITE_AFTER.match(text, trigger.end) and trigger.id in ("fire", "test"):
        return False
    if any(h.start <= trigger.start < h.end for h in doc.hits("domain", index, "DISTRACTOR")):
        return False
    more = _more_tests(doc, index, trigger, clause)
    if (_negated(doc, index, trigger, clause) and more != "open") or _banned(doc, index, trigger, clause):
        return False
    if more:
        return True  # "More tests will follow": tests of the article's weapon, ahead
    weapons = weapon_hits(doc, *clause)
    word = text[trigger.start : trigger.end].lower()
    if trigger.id == "combat":
        return _combat(doc, index, trigger, clause)
    if _civil_modifier(doc, index, trigger, weapons):
        return False  # "a low-power test license", "the plant's first tests": a reactor's start-up, no weapon
    if trigger.id == "asat":  # "shot down one of its own satellites": an anti-satellite test, only on a satellite
        if _ASAT_ABILITY.search(text, max(clause[0], trigger.start - 30), trigger.start):
            return False  # "interceptors designed to destroy a satellite": what a weapon is for, no test
        return bool(_ASAT_OBJECT.match(text, trigger.end, min(clause[1], trigger.end + 60)))
    if trigger.id == "fire" and word == "fired" and _PERSON_FIRED.search(text, max(clause[0], trigger.start - 80), trigger.start):
        return False  # "the head of the missile agency was fired": a dismissal, no launch
    if trigger.id == "test" and _SENSOR_OBJECT.match(text, trigger.end, clause[1]):
        return False  # "tested a new early-warning radar meant to track missiles": a sensor's test, no weapon's
    if trigger.id == "fire" and word in ("fired", "fire", "firing") and text.startswith(" at ", trigger.end) and any(
        h.start == trigger.end + 4 for h in actor_hits(doc, index)
    ):
        return False  # "every missile fired at Israel": combat fire on a state, no test
    if trigger.id == "fire" and word.startswith("barrage") and any(
        h.start > trigger.end and _AIMED_AT.search(text, max(trigger.end, h.start - 10), h.start) for h in actor_hits(doc, index)
    ):
        return False  # "the barrage of missiles Tehran fired at Israel", "a barrage on Kyiv": an attack, no test
    if trigger.id == "fire" and text.find(" to ", max(clause[0], trigger.start - 60), trigger.start) >= 0 and _CAPABILITY_BEFORE.search(
        text, max(clause[0], trigger.start - 60), trigger.start
    ):
        return False  # "a satellite designed to carry a nuclear weapon into orbit": what it is built for
    if trigger.id == "fire" and trigger.start and text[trigger.start - 1] in "-‐‑" and word in ("launched", "fired"):
        return False  # "a canister-launched system", "a coal-fired plant": a compound adjective, no launch
    if trigger.id == "fire" and (_FIGURATIVE_SHOT.match(text, trigger.end) or word.startswith(("salvo", "volley", "barrage")) and _WORDS_OF.match(text, trigger.end)):
        return False  # "fired an opening salvo at the budget", "fired a warning shot": figurative
    if trigger.id == "fire" and (_ABILITY_BEFORE.search(text, max(clause[0], trigger.start - 40), trigger.start) or word.startswith("to ") and _ABILITY_NOUN.search(
        text, max(clause[0], trigger.start - 16), trigger.start
    )):
        return False  # "its warships can launch cruise missiles", "capable of firing": what it can do, no launch
    if trigger.id == "fire" and _PERMIT_BEFORE.search(text, max(clause[0], trigger.start - 60), trigger.start):
        return False  # "cleared to fire US-made missiles at targets in Russia", "whether it is able to fire ICBMs": leave, no launch
    if trigger.id == "fire" and trigger.start == clause[0] and text[trigger.start].isupper() and word.endswith("ing") and _GERUND_SUBJECT.match(text, trigger.end, clause[1]):
        return False  # "Firing missiles from trains gives the army mobility": launching in general, a subject
    if trigger.id == "fire" and (
        word.endswith("orbit") or weapons and all(h.id == "space_launch" or text.startswith(("rocket", "Rocket"), h.start) for h in weapons)
    ) and _COMMERCIAL.search(text, *doc.sentences[index]) and _SPACE_WORDS.search(text, *doc.sentences[index]) \
            and not _MILITARY_SPACE.search(text, *doc.sentences[index]):
        return False  # "the space company's rocket put satellites into orbit": a civil launch
    if _test_noun(word) and _HALTED_AFTER.match(text, trigger.end, clause[1]):
        return False  # "ordered that the testing be brought to an early end": a halt's object
    if trigger.id == "fire" and word in ("fired", "launched") and _ENABLE_BEFORE.search(text, max(clause[0], trigger.start - 100), trigger.start):
        return False  # "rail launchers allow missiles to be moved and fired": what they make possible
    if trigger.id == "fire" and word.startswith("launch") and _ATTACK_OBJECT.match(text, trigger.end):
        return False  # "launched a wave of air strikes on nuclear sites": combat, no test
    if trigger.id == "fire" and word.startswith("launch") and (prod := _PRODUCT_OBJECT.match(text, trigger.end, clause[1])) and not any(
        trigger.end <= h.start < prod.end() for h in weapons
    ):
        return False  # "the missile maker launched a new line of simulators": a product or a campaign, no launch
    if word in ("launched", "Launched") and (under := _UNDERTAKING_SUBJECT.search(text, max(clause[0], trigger.start - 60), trigger.start)) and not any(
        _HEAD_OF.match(text, h.end, under.start()) and not _ABOUT_WEAPON.search(text, max(clause[0], h.start - 60), h.start)
        for h in weapons if clause[0] <= h.start < under.start()
    ):  # but "the missiles of the X project were launched": the weapon heads the subject
        return False  # "the study effort was first launched in 1995": an undertaking set going, no flight
    if trigger.id == "test" and word.startswith("test") and _FIGURATIVE_OF.match(text, trigger.end):
        return False
    if trigger.id == "test" and word in ("test", "tests", "tested", "testing") and (fig := _FIGURATIVE_OBJECT.match(text, trigger.end, clause[1])) \
            and not any(trigger.end <= h.start < fig.end() for h in weapons):
        return False  # "testing the bloc's readiness to answer": a drill's aim, no weapon's test
    if trigger.id == "fire" and word in ("launched", "fired") and _DEFENDED_AGAINST.search(text, max(doc.sentences[index][0], trigger.start - 110), trigger.start):
        return False  # "a shield against missiles launched from Iran": the threat defended against, no launch
    if word == "launch" and (m := _LAUNCH_MOMENT.search(text, max(clause[0], trigger.start - 25), trigger.start)) and (
        _OF_MOMENT.match(text, m.start()) or _MOMENT_END.match(text, trigger.end)
    ):
        return False  # "guided from the moment of launch until it hits", "tracked from launch to impact": no launch told
    if word == "testing" and _KEPT_BEFORE.search(text, max(0, trigger.start - 16), trigger.start) and _KEPT_OBJECT.match(text, trigger.end) and not (
        any(0 < h.start - trigger.end < 50 for h in weapons)
        or _CODE_OBJECT.match(text, trigger.end) or _GENERIC_OBJECT.match(text, trigger.end) or _VERSION_OBJECT.match(text, trigger.end)
    ):
        return False  # "the firm continued testing its new software": an object that is no weapon
    if word == "in orbit" and not _PLACED_BEFORE.search(text, max(clause[0], trigger.start - 60), trigger.start):
        return False  # "put a reconnaissance satellite in orbit", not "has three satellites in orbit"
    if trigger.id == "trial" and not word.startswith("user") and not _trial_of_weapon(doc, trigger, weapons):
        return False  # "further trials of its Agni-5", "Agni-5 trials", not a court trial
    if trigger.id == "fire" and word.endswith(" fire") and not any(
        0 < h.start - trigger.end < 40 and _FIRE_OBJECT.fullmatch(text, trigger.end, h.start) for h in weapons
    ):
        return False  # "expected to fire ballistic missiles", not "ordered to fire on protesters"
    if trigger.id == "experiment" and not any(h.id == "nuclear" and abs(h.start - trigger.start) < 40 for h in weapons) and not (
        _PLACED_EXPERIMENT.match(text, trigger.end) and _nuclear_article(doc, index)
    ):
        return False  # "low-yield experiments at Lop Nur", not laboratory experiments
    near = _near_weapon(doc, trigger, weapons)
    if near and trigger.id == "blast" and not _near_weapon(doc, trigger, [h for h in weapons if not text.startswith(("at ", "At "), h.start)]) \
            and not _SEISMIC_CUE.search(text, *doc.sentences[index]):
        near = False  # "an explosion at the Nevada site injured workers": a test site names the class of a test, it makes no blast one
    if trigger.id == "flight":
        if word.startswith(("triggered", "prompted", "set off", "sparked")):
            # "an ICBM that triggered evacuation warnings": a launch told by what it caused, the
            # weapon right before the relative, with a date or another launch in the sentence
            return any(
                h.id not in _NOT_FLOWN and 0 <= trigger.start - h.end < 20 and _CONSEQUENCE_GAP.fullmatch(text, h.end, trigger.start)
                for h in weapon_hits(doc, *doc.sentences[index])
            ) and bool(doc.dates(*doc.sentences[index], future=False) or len(doc.hits("tests", index, "TRIGGER")) > 1)
        if word in ("travelling", "traveling", "covered", "covering") and not _pronoun_flight(doc, index, trigger):
            # "the missile, travelling more than 1,000 km, ...", not "diplomats travelling to Seoul"; a
            # participle going on from a flight told before it is that flight's
            return bool(_FLIGHT_MEASURE.match(text, trigger.end)) and any(0 <= trigger.start - h.end < 40 and h.id not in _NOT_FLOWN for h in weapons)
        if _STAGE_SUBJECT.search(text, max(clause[0], trigger.start - 50), trigger.start) and any(
            h.id in ("fire", "test") for i in range(max(0, index - 2), index + 1) for h in doc.hits("tests", i, "TRIGGER")
        ) and any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 2), index + 1)):
            return True  # "a second stage had landed in the Pacific", after a missile launch: the flight's detail
        if word.startswith(("hit", "struck", "precisely", "accurately")):
            # "the missiles hit targets 1,000 km away": a flight result, its weapon the subject (not
            # "have the range to hit targets", "capable of hitting targets": what it could do)
            if _HIT_ABILITY.search(text, max(clause[0], trigger.start - 30), trigger.start):
                return False
            return any(0 <= trigger.start - h.end < 40 and h.id not in _NOT_FLOWN for h in weapons)
        if word.startswith(("fell", "fallen", "crashed", "plunged")):
            # "the two missiles fell outside the zone", after the launch told here or just before; not a
            # strike or a stray ("a missile fell inside Poland, killing two"), nor "the missile maker's
            # shares fell" (the weapon must head the clause's subject)
            if _STRIKE_WORDS.search(text, *doc.sentences[index]) or not any(
                h.id in ("fire", "test") for i in range(max(0, index - 2), index + 1) for h in doc.hits("tests", i, "TRIGGER")
            ):
                return False
            return any(
                0 <= trigger.start - h.end < 40 and h.start >= clause[0] and h.id not in _NOT_FLOWN and _FELL_GAP.fullmatch(text, h.end, trigger.start)
                for h in weapons
            )
        if word.startswith(("failed", "blew", "ended")):
            # "the two missiles fell outside the zone", "the missile failed soon after liftoff": the
            # weapon is this clause's own subject (not a missile named in the clause before)
            return any(0 <= trigger.start - h.end < 40 and h.start >= clause[0] and h.id not in _NOT_FLOWN for h in weapons)
        if word == "flights":  # "full-range ICBM flights", not "drone flights" or "flights to Seoul"
            return any(0 <= trigger.start - h.end < 3 and h.id not in _NOT_FLOWN for h in weapons)
        if text[trigger.start : trigger.end].lower() in ("flew", "flown") and any(
            h.start >= trigger.end and _FLEW_OBJECT.match(text, trigger.end, h.start) for h in weapons
        ):
            return True  # "first flew the missile in 2015"
        if _pronoun_flight(doc, index, trigger):
            return True
        if any(0 <= trigger.start - h.end < 40 or 0 <= trigger.start - h.end < 100 and _CARRYING_GAP.fullmatch(text, h.end, trigger.start) for h in weapons):
            return True
        # "The Zuljanah rocket, which ..., lifted off from ...": the predicate after a relative clause
        first = doc.clauses(index)[0]
        return not text[clause[0] : trigger.start].strip() and first[1] <= clause[0] and bool(weapon_hits(doc, *first))
    if trigger.id == "followup":
        return near
    bare = False
    if trigger.id == "fire" and not near and word in _LAUNCH_VERB_FORMS and (m := _PLACED_LAUNCH.match(text, trigger.end)) and (
        m.group("pronoun") or _after_weapon_clause(doc, index, clause, trigger) or _pronoun_launch(doc, index, clause, trigger)
    ) and not _DATED_NP_BEFORE.search(text, max(clause[0], trigger.start - 6), trigger.start) and not any(
        h.end <= trigger.start and h.id in ("fire", "test", "flight") for h in doc.hits("tests", index, "TRIGGER")
    ):  # not "test-launched an SLBM, firing it from a submarine": the sentence's own launch, told once
        return "bare"  # "The missile, launched on Friday from ...": the article's weapon, placed
    if trigger.id == "blast" and _UNDERGROUND_BEFORE.search(text, max(clause[0], trigger.start - 40), trigger.start) and _nuclear_article(doc, index):
        return True  # "a day after the underground blast beneath the desert range", in an article on nuclear tests
    if trigger.id in ("fire", "blast") and not near:
        # a launch noun naming no weapon stands on its verb, date or detail ("carry out a second
        # launch", "A launch in September 2024 ...", "The launch, from the Sohae site ...")
        if not (trigger.id == "fire" and _LAUNCH_NOUN.fullmatch(text, trigger.start, trigger.end)) or _OF_AFTER.match(
            text, trigger.end
        ):
            return False
        bare = True
    if trigger.id == "resume":
        # "a return to long-range missile and nuclear tests": a return reaches over a longer object
        after = doc.between("moratorium", trigger.end, min(clause[1], trigger.end + (75 if word.startswith("return") else 45)), "TESTOBJ")
        if word.endswith("testing") and any(0 <= h.start - trigger.end < 25 for h in weapons):
            return True  # "to start testing our nuclear weapons": the weapon as object
        if word.startswith("return") and doc.between("tests", trigger.end, after[0].start if after else trigger.end, "BAN"):
            return False  # "urged it to return to a moratorium on missile launches": back to a halt
        if word.startswith("return"):  # the test noun must be the return's own object, a few words on
            own_test = next((h for h in after if h.id == "test"), None)
            return own_test is not None and _return_object(text, trigger.end, own_test.start)
        return any(h.id == "test" for h in after)  # resuming enrichment is no test
    support = doc.between("tests", clause[0], clause[1], "SUPPORT")
    dated = [d for d in doc.dates(clause[0], clause[1], future=False) if not d.relative]  # "within 48 hours of" dates no event
    if trigger.id == "test" and not (
        near or support or dated or _SITE_LATER.search(text, trigger.end, clause[1]) or _DETAIL.match(text, trigger.end)
        or (_OF_OWN.match(text, trigger.end) and _earlier_test(doc, index, trigger))
        or (_test_noun(word) and _BLAST_EVENT.match(text, trigger.end))  # "such tests have occurred 300 times"
        or _planned_nuclear_test(doc, index, trigger, clause)
        or _directed_test(doc, index, trigger, clause)
        or _kept_testing(doc, index, trigger)
        or _announced_agent(doc, index, trigger)
    ):
        return False
    before = text[max(clause[0], trigger.start - 50) : trigger.start]
    noun = text[trigger.start : trigger.end]
    verb = (may_end_on_word(before, _VERB_WORDS) and _VERB_CONTEXT.search(before)) or (
        noun.lower().endswith("ing")
        and (
            _GERUND_BY.search(before)
            or any(0 < h.start - trigger.end < 45 for h in weapons)
            and (_GERUND_OBJECT.match(text, trigger.end) or any(h.start - trigger.end == 1 and text[h.end - 1] in "sS" for h in weapons))
        )
    )
    if not verb and trigger.id in ("blast", "test") and _COUNTED_BLAST.search(text, max(clause[0], trigger.start - 50), trigger.start):
        verb = True  # "answered within weeks with six explosions": counted blasts as the event's object
    if not verb and trigger.id == "test" and _kept_testing(doc, index, trigger):
        verb = True  # "kept testing despite the protests"
    if not verb and noun[-1:] in "sS" and trigger.id in ("test", "fire") and not _OF_AFTER.match(text, trigger.end) and any(
        0 < h.start - trigger.end < 40 and _HEADLINE_GAP.fullmatch(text, trigger.end, h.start) for h in weapons
    ) and any(h.label == "ACTOR" and 0 < trigger.start - h.end <= 1 for h in actor_hits(doc, index)):
        verb = True  # "Iran Tests Missile Despite Pressure": a headline's verb, the state its subject, the weapon its object
    if _test_noun(noun) and not verb:
        verbs = [
            h for h in doc.between("tests", clause[0], clause[1], "TRIGGER")
            if not _test_noun(text[h.start : h.end]) and h.id != "followup"
        ]
        planned = doc.between("tests", clause[0], trigger.start, "PROSPECTIVE")
        detail = (
            _DETAIL.match(text, trigger.end)
            or _AFTER_PROSPECTIVE.match(text, trigger.end, clause[1])
            or _BLAST_EVENT.match(text, trigger.end)  # "an underground blast shook the Nevada desert"
            # "followed a string of ballistic missile launches": many launches of the weapon named right before them
            or (
                noun[-1:] in "sS"
                and bool(_MANY_BEFORE.search(text, max(clause[0], trigger.start - 60), trigger.start))
                and any(0 <= trigger.start - h.end <= 6 for h in weapons)
                and not _MODAL_AFTER.match(text, trigger.end, clause[1])  # not "a series of tests would deepen the crisis"
            )
            or any(  # "the training launch of the Abdali weapon system": the event named with its weapon
                h.id not in _GENERIC_IDS and 0 < h.start - trigger.end < 60 and _OF_NAMED.fullmatch(text, trigger.end, h.start)
                and not _VENTURE_AFTER.match(text, h.end)  # "the launch of the Abdali production line"
                for h in weapons
            )
            or (planned and _OF_OWN.match(text, trigger.end) and _earlier_test(doc, index, trigger))  # "preparing for tests of its own"
            or _announced_agent(doc, index, trigger) is not None  # "a missile test announced by Iran"
            # "a Bulava missile launch from the ... boat", "cruise missile tests by
            # strategic bombers": the event noun right after a named delivery system, with its source or agent
            # "four Bulava test launches": counted launches of a weapon named right before them
            or (
                noun[-1:] in "sS"
                and any(
                    h.id not in _NOT_NAMED_NP and (0 <= trigger.start - h.end <= 1 or bool(_MISSILE_GAP.fullmatch(text, h.end, trigger.start)))
                    and _COUNT_BEFORE.search(text, max(0, h.start - 12), h.start)
                    for h in weapons
                )
            )
            or (
                _SOURCE_AFTER.match(text, trigger.end)
                and any(h.id not in _NOT_NAMED_NP and 0 <= trigger.start - h.end <= 1 for h in weapons)
            )
            # "the spate of atomic testing during the Cold War": a burst of past testing, its era named
            or (
                near
                and bool(_SUMMARY_BEFORE.search(text, max(clause[0], trigger.start - 45), trigger.start))
                and bool(doc.between("tests", trigger.end, clause[1], "HISTORICAL") or any(
                    d.start >= trigger.end and d.value is not None and d.value < doc.published - NEW_WINDOW for d in dated
                ))
            )
        )
        if _DEFINITE_NP.search(before) and not _INDEFINITE_LAST.search(before):  # not "the chance of a test"
            if not (support or dated or verbs or detail):
                return False
        elif not (support or dated or verbs or planned or detail or _POSSESSIVE_NP.search(before)):
            return False
    if bare and not _bare_launch(doc, trigger, clause, support, dated, bool(verb)):
        return False
    distracted = doc.between("domain", clause[0], clause[1], "DISTRACTOR")
    if distracted and not near:
        return False
    return "bare" if bare else True


# the words between a civil power cue and the test noun it modifies: "low-power test", "the plant's first tests"
_CIVIL_GAP = re.compile(r"[\s\-]+(?:(?:first|initial|final|start-up|startup|safety|hot|cold|functional|pre-operational)[\s\-]+){0,2}")
# what a civil article names when it is about weapons after all
_WEAPON_WORDS = ("weapon", "bomb", "warhead", "explos", "blast", "device", "detonat", "underground", "arsenal")


def _civil_modifier(doc: Document, index: int, trigger: Hit, weapons: list[Hit]) -> bool:
    """A test noun a civil power cue modifies ("low-power tests", "reactor tests"), no weapon
    but a bare nuclear adjective around it."""
    civil = doc.hits("tests", index, "CIVIL")
    if not civil or any(h.id != "nuclear" for h in weapons):
        return False
    text = doc.text
    return any(
        0 < trigger.start - h.end < 30 and _CIVIL_GAP.fullmatch(text, h.end, trigger.start) for h in civil
    )


def _civil_power_article(doc: Document) -> bool:
    """An article on a civil reactor ("the Nuclear Regulatory Commission will issue a low-power
    test license"): civil power cues in two sentences or more, and no weapon named but the
    nuclear adjective itself; its tests are a plant's start-up, not weapons tests."""
    civil = doc.sentences_with("tests", "CIVIL")
    if len(civil) < 2 or not any(h.id in ("power", "plant") for i in civil for h in doc.hits("tests", i, "CIVIL")):
        return False
    text = doc.text
    for i in doc.sentences_with("weapons", "WEAPON"):
        for h in doc.hits("weapons", i, "WEAPON"):
            if h.id != "nuclear" or any(w in text[h.start : h.end].lower() for w in _WEAPON_WORDS):
                return False
    return all(h.id == "nuclear" for i in doc.sentences_with("domain", "DOMAIN") for h in doc.hits("domain", i, "DOMAIN"))


# "a possible Russian test", "could support a test on short notice": a lone test noun, a plan or
# modal just before it, in an article on nuclear tests
_LONE_TEST = re.compile(r"\b(?:a|an|another)\s+(?:(?:possible|new|fresh|seventh|eighth|first|further|[A-Z][a-z]+)\s+){0,2}$")


def _planned_nuclear_test(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A lone "test" looked ahead to ("proposals for a possible Russian test"), in a nuclear context."""
    text = doc.text
    word = text[trigger.start : trigger.end].lower()
    if word != "test" or not _LONE_TEST.search(text, max(clause[0], trigger.start - 40), trigger.start):
        return False
    lo = max(clause[0], trigger.start - 50)
    if not any(h.end <= trigger.start for h in doc.between("tests", lo, trigger.start, "PROSPECTIVE")):
        return False
    return _nuclear_context(doc, index)


def _directed_test(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """Tests named by no weapon that someone is told to carry out, in an article about nuclear tests."""
    text = doc.text
    if text[trigger.start : trigger.end].lower() not in ("tests", "testing", "test"):
        return False
    return bool(_DIRECTIVE_BEFORE.search(text, max(clause[0], trigger.start - 120), trigger.start)) and _nuclear_article(doc, index)


# "Beijing has kept testing despite the protests": testing that goes on, told with no object
_KEPT_BEFORE = re.compile(
    r"\b(?:continued|continues|continue|continuing|(?:kept|keeps|keep|keeping)(?:\s+on)?|went\s+on|goes\s+on|gone\s+on|carried\s+on|carries\s+on)\s+$", re.IGNORECASE
)
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:in\s+(?:defiance|spite|breach|violation)|despite|defying|flouting|regardless|since|underground|at\s+(?:its|the|a)|even|while|until|throughout|and\s+(?:has|had|is|was|will))\b",
    re.IGNORECASE,
)


def _kept_testing(doc: Document, index: int, trigger: Hit) -> bool:
    """"Beijing went on testing despite the protests": a bare gerund after a verb of
    going on, with a weapon or test named in the sentence or the two before it."""
    text = doc.text
    if text[trigger.start : trigger.end].lower() != "testing" or not _KEPT_BEFORE.search(text, max(0, trigger.start - 16), trigger.start):
        return False
    if not _NO_OBJECT.match(text, trigger.end):
        return False  # "kept testing the patience of its allies": an object of its own
    return any(doc.hits("weapons", i, "WEAPON") for i in range(max(0, index - 2), index + 1))


# "... start testing nuclear weapons, and Putin ordered preparations for tests of its own": the
# same kind of test as one named just before, by another party
_OF_OWN = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s+own\b", re.IGNORECASE)


def _earlier_test(doc: Document, index: int, trigger: Hit) -> bool:
    """A test trigger naming a weapon earlier in the sentence: what "tests of its own" are like."""
    lo = doc.sentences[index][0]
    return any(
        h.end <= trigger.start and any(abs(w.start - h.start) < 70 for w in weapon_hits(doc, lo, trigger.start))
        for h in doc.hits("tests", index, "TRIGGER")
    )


# "the 25 launches carried out in 2012 and 2013": launches told as done, with when
_DONE_WHEN = re.compile(r"\s+(?:conducted|carried\s+out|held|staged|performed)\s+(?:in|on|since|between|during)\s+(?:\d|[A-Z]|the\s)")


def _bare_launch(doc: Document, trigger: Hit, clause: tuple[int, int], support: list[Hit], dated: list, verb: bool) -> bool:
    """A launch noun naming no weapon reports one with an event verb ("carry out a second
    launch"), a plan ("likely to attempt another launch"), a specific date ("A launch in September
    2024") or detail ("The launch, from the Sohae site"); not "the first launch in two months"."""
    text = doc.text
    if verb or not _DETERMINED.search(text, max(clause[0], trigger.start - 40), trigger.start):
        return False  # "to launch talks": a verb
    if _FIRING_NOUN.fullmatch(text, trigger.start, trigger.end):  # not "the firing along the border"
        return any(h.id == "observe" and 0 <= trigger.start - h.end < 25 for h in support)
    if _DETAIL.match(text, trigger.end) or _AFTER_PROSPECTIVE.match(text, trigger.end, clause[1]) or _DONE_WHEN.match(text, trigger.end):
        return True
    if doc.between("tests", clause[0], trigger.start, "PROSPECTIVE"):
        return True
    if any(not d.vague_past and d.start > trigger.end for d in dated):
        return True
    return any(text[h.start : h.end].lower() not in _ADJECTIVE_SUPPORT for h in support if h.end <= trigger.start)


_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc|declar|order|decid|threaten|plann|propos|approv|unveil|authoriz|authoris)(?:e|es|ed|ing|s)?\s+(?:on\s+)?(?:an?|the|its|their)\s+(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


# "a blast at the test site was picked up by seismographs": a site blast told as a detected test
_SEISMIC_CUE = re.compile(r"\b(?:seismic|seismograph\w*|tremors?|quake|earthquake|magnitude|detected)\b", re.IGNORECASE)


# "... ordered the launch and observed it": a past order seen carried out
_WATCHED_AFTER = re.compile(
    r"[^.;]{0,40}?\band\s+(?:then\s+|personally\s+)?(?:watched|observed|oversaw|supervised|monitored|guided)\s+"
    r"(?:it|them|(?:the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:launch|launches|test|tests|firing|flight|blast|lift-?off))\b",
    re.IGNORECASE,
)
# "ordered more launches", "ordered a second launch": an order for tests still ahead
_MORE_ORDERED = re.compile(r"\b(?:more|further|additional|another|second|third|fourth|fifth|next|new)\b", re.IGNORECASE)


# "the site where ...", "the range at which ...": a relative clause of place opens its own tense
_RELATIVE_WHERE = re.compile(r"\b(?:where|(?:in|at|on|from)\s+which)\s", re.IGNORECASE)


# "blasts set off prior to the 1996 halt", "had sped up its testing before the ban": tests
# told as earlier than a halt (not "before the ban takes effect", a test still ahead of it)
_BEFORE_HALT = re.compile(
    r"(?:\s+(?:(?:that|which)\s+were\s+)?(?P<done>conducted|carried\s+out|held|staged|performed|set\s+off|detonated|exploded))?"
    r"\s+(?:before|prior\s+to|ahead\s+of)\s+(?:the|its|their|a|that)\s+(?:[\w\-]+\s+){0,3}?(?:moratorium|moratoria|ban|halt|freeze|treaty)\b"
    r"(?!\s+(?:(?:formally|officially|finally)\s+)?(?:takes?|took|comes?|came|goes|went|enters?|entered|begins?|began|starts?|started|kicks?|is|was|will|would|could|can|may|might)\b)",
    re.IGNORECASE,
)
# "the last declared French atomic blast happened on an atoll": the one before the news, told undated
_LAST_NP = re.compile(r"(?:\b(?:the|its|their|his|her)|\w['’]s)\s+last\s+(?!(?:week|month|year|time|night|day|weekend|summer|spring|autumn|winter)\b)(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
_PAST_OCCURRED = re.compile(r"\s+(?:(?:was|were)\s+(?:held|conducted|carried\s+out|staged)|occurred|took\s+place|happened)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?:a\.m\.|p\.m\.|local\s+time|GMT|UTC|hours\s+ago|minutes\s+ago)", re.IGNORECASE)


def _temporal(doc: Document, index: int, test: _Test) -> str:
    """Prospective on a modal or plan cue before the trigger; historical on an old anchor; else new."""
    first = test.triggers[0]
    halt = _BEFORE_HALT.match(doc.text, test.triggers[-1].end, doc.sentences[index][1])  # anchored: fails at once on most tests
    if halt and halt.group("done"):
        return "historical"  # "blasts carried out before the 1996 treaty": a past of its own, whatever the main clause's tense
    lo = max(test.clause[0], first.start - _PROSPECTIVE_WINDOW)
    if lo > test.clause[0] and doc.text.find(",", lo, first.start) >= 0 and (name := _NAMING_APPOSITION.search(doc.text, lo, first.start)):
        lo = max(test.clause[0], lo - (name.end() - name.start()))  # "to put a satellite, named X, into orbit": the name takes no room
    for h in doc.between("tests", test.clause[0], first.start, "TRIGGER"):
        if h.id == "resume" and first.start - h.end <= 60:
            lo = max(test.clause[0], min(lo, h.start - _PROSPECTIVE_WINDOW))  # "may consider resuming all ... long-range tests": the cue governs the resumption
            break
    text = doc.text
    if text.find("which", lo, first.start) >= 0 or text.find("where", lo, first.start) >= 0:
        for rel in _RELATIVE_WHERE.finditer(text, lo, first.start):
            lo = rel.end()  # "will close the site where six tests were held": the plan is the main clause's, not the test's
    cues = [h for h in doc.hits("tests", index) if h.start >= lo and h.end <= first.start]
    if text.find(" to ", lo, first.start) >= 0 and _RECORD_BEFORE.search(text, max(test.clause[0], first.start - 110), first.start):
        # "was the first country to conduct a nuclear test": a record, past unless dated recent
        s, e = doc.sentences[index]
        record = _anchors(doc, *test.clause, after=test.triggers[-1].end, lead=first.end) or _anchors(doc, s, e, after=test.triggers[-1].end, lead=first.end)
        return "new" if record and min(record) >= doc.published - NEW_WINDOW else "historical"
    # "would be test-fired": a future passive, not "would be the first test"
    blocked = [h for h in cues if h.label == "NOTPROSPECTIVE"]
    copula = blocked[-1] if blocked else None
    if copula and copula.id == "identity" and _PASSIVE_GAP.fullmatch(text, copula.end, first.start) \
            and text[copula.start : copula.end].lower() in ("would be", "will be"):
        return "prospective"
    if len(test.triggers) > 1 and _FOLLOWED_BY.search(text, first.end, test.triggers[-1].start):
        return "prospective"  # "the launch could be followed by a seventh nuclear test": the test looked ahead to
    perfect = False
    for h in cues:
        if h.label == "PROSPECTIVE" and not any(b.start <= h.start < b.end for b in blocked):
            if h.id == "modal" and any(d.start <= h.start < d.end for d in doc.dates(lo, first.start, future=False)):
                continue  # "On May 14, the Navy ...": a month, not a modal
            if h.id == "modal" and _MODAL_PERFECT.match(text, h.end):
                perfect = True  # "may have conducted low-yield tests": a past event alleged, not a plan
                continue
            if h.id == "weigh" and not _WEIGH_OBJECT.match(text, h.end):
                continue  # "the council discussed the launch": no plan weighed
            if h.id == "plan" and any(
                d.value is not None and not d.relative and d.value < doc.published - _YEARS_BACK
                and d.start - test.triggers[-1].end < 40 and _YEAR_AFTER_MONTH.search(text, d.start, d.end)
                for d in doc.dates(test.triggers[-1].end, test.clause[1], future=False)
            ):
                continue  # "the premier ordered the blasts in May 1998": a plan carried out years ago
            if h.id == "plan" and text.startswith("ordered", h.start) and _WATCHED_AFTER.match(text, test.triggers[-1].end, test.clause[1]) \
                    and not _MORE_ORDERED.search(text, h.end, first.start):
                continue  # "the leader ordered the firing and watched it from a command post": carried out
            if h.id == "plan" and text.startswith("ing ahead with", h.end - 14) and any(
                d >= doc.published - NEW_WINDOW for d in _anchors(doc, test.triggers[-1].end, doc.sentences[index][1])
            ):
                continue  # "is pushing ahead with tests, firing two this week": a run going on, not a plan
            if text[h.start : h.start + 6].lower() in ("before", "ahead ") and any(
                d.value is not None and d.value <= doc.published for d in doc.dates(test.triggers[-1].end, test.clause[1], future=False)
            ):
                continue  # "days before another launch on Friday": a dated test that came after, not one ahead
            if text[h.start : h.start + 9].lower() == "anticipat" and (
                _NOT_VERB.search(text, max(lo, h.start - 20), h.start)
                or any(d.value is not None and not d.relative and d.value <= doc.published for d in doc.dates(h.end, test.clause[1], future=True))
            ):
                continue  # "did not anticipate Friday's launch", "anticipate the test of March 3": no test ahead
            return "prospective"
    if (text.find("any", lo, first.start) >= 0 or text.find("Any", lo, first.start) >= 0) and _ANY_BEFORE.search(text, lo, first.start):
        return "prospective"  # "any resumption of American nuclear testing", "warned against any test"
    last_trigger = test.triggers[-1]
    if _test_noun(doc.text[last_trigger.start : last_trigger.end]) or doc.text[last_trigger.start : last_trigger.end].lower().endswith(("trial", "trials")):
        ahead = _AFTER_PROSPECTIVE.match(doc.text, last_trigger.end, doc.sentences[index][1])
        if ahead and (ahead.end() <= test.clause[1] or ahead.group("apposition")):
            return "prospective"  # "a flight test of the new ICBM could come within weeks", "a seventh test, the first since 2017, could come"
    if _test_noun(text[first.start : first.end]) and _INDEFINITE_LAST.search(text, lo, first.start) and _MODAL_CONSEQUENCE.match(text, first.end, test.clause[1]):
        return "prospective"  # "a US nuclear test would provoke Moscow into ...": no test yet, the cause of a feared reply
    if (text.find("if ", lo, first.start) >= 0 or text.find("If ", lo, first.start) >= 0 or text.find("nless ", lo, first.start) >= 0) and (cond := _IF_AHEAD.search(text, lo, first.start)) \
            and (cond.group("verb") or _PRESENT_VERB.match(text, first.start)):
        return "prospective"  # "if the North stages a seventh nuclear test, Seoul will respond": a test on a condition
    if text.find("hether", lo, first.start) >= 0 and _WHETHER_AHEAD.search(text, lo, first.start):
        return "prospective"  # "whether Russia conducts a flight test in the first quarter"
    if halt:
        return "historical"  # "Moscow had stepped up its nuclear testing before the moratorium"
    if _REPEATED_VERB.search(text, max(lo, first.start - 30), first.start) and not any(
        d >= doc.published - NEW_WINDOW
        for d in _anchors(doc, test.clause[0], _before_report(text, test.triggers[-1].end, test.clause[1]), after=test.triggers[-1].end, lead=first.end)
    ):
        return "historical"  # "have repeatedly test-fired rockets": a record summed up, not one launch; "this week" keeps a run new
    told = [h for h in cues if h.label == "HISTORICAL"]
    if told and not (
        # "had previously fired a missile a few days ago": "previously" before this report, dated recent
        all(text[h.start : h.end].lower() == "previously" for h in told)
        and (recent := _anchors(doc, *test.clause, after=test.triggers[-1].end, lead=first.end))
        and min(recent) >= doc.published - NEW_WINDOW
    ):
        return "historical"
    if (_test_noun(text[first.start : first.end]) or text[first.start : first.end].lower() in ("trial", "trials")) and any(text.find(w, lo, first.start) >= 0 for w in ("earlier", "previous", "prior", "past", "Earlier", "Previous", "Prior")) \
            and _EARLIER_NP.search(text, lo, first.start):
        return "historical"
    if _plural_noun(text, last_trigger) and _TO_DATE.match(text, last_trigger.end, test.clause[1]):
        return "historical"  # "the three nuclear tests it has carried out to date": a tally
    if _SUMMARY_BEFORE.search(text, lo, first.start) and (doc.between("tests", last_trigger.end, test.clause[1], "HISTORICAL") or any(
        d.value is not None and d.value < doc.published - NEW_WINDOW for d in doc.dates(last_trigger.end, test.clause[1], future=False)
    )):
        return "historical"  # "the spate of nuclear testing during the Cold War": a past era summed up
    if _PAST_PERIOD.match(doc.text, test.triggers[-1].end, test.clause[1]):
        return "historical"  # "hundreds of hypersonic tests over the past five years"
    if _HAVE_JUST_BEFORE.search(text, max(lo, first.start - 50), first.start) and (
        _COUNT_SO_FAR.match(text, first.end, test.clause[1]) or _IN_YEARS.match(text, last_trigger.end, test.clause[1])
    ):
        return "historical"  # "has launched over 60 missiles so far this year", "has not held a test in 20 years"
    if _NTH_THIS_YEAR.search(text, max(doc.sentences[index][0], first.start - 110), first.start):
        return "historical"  # "the 12th time this year that it has fired a missile": the year's run counted
    noun = text[first.start : first.end]
    if noun[-1:] in "sS" and _test_noun(noun) and _TALLY_BEFORE.search(text, max(lo, first.start - 60), first.start):
        return "historical"  # "has conducted more than 300 Minuteman III test launches since 1970": a tally
    if noun[-1:] in "sS" and _test_noun(noun) and _OF_WHICH.match(text, last_trigger.end) and not doc.dates(*test.clause, future=False):
        return "historical"  # "six Bulava test launches, two of which failed": an undated series tallied
    if noun[-1:] in "sS" and _test_noun(noun) and _SHARE_OF.search(text, max(lo, first.start - 60), first.start) and not doc.dates(*test.clause, future=False):
        return "historical"  # "four out of five Sarmat launches have failed": an undated series shared out
    if noun[-1:] in "sS" and _test_noun(noun) and _MANY_BEFORE.search(text, max(lo, first.start - 60), first.start) \
            and _THIS_YEAR_AFTER.match(text, last_trigger.end, test.clause[1]):
        return "historical"  # "has staged several launches this year": the year's activity summed up
    if noun[-1:] in "sS" and _test_noun(noun) and _MANY_BEFORE.search(text, max(lo, first.start - 60), first.start) \
            and _SERIES_FOLLOWED.search(text, max(test.clause[0], first.start - 90), first.start) and not doc.dates(*test.clause, future=False):
        return "historical"  # "the blast came after a string of missile launches": an undated run summed up before the news
    tail = text[last_trigger.start : last_trigger.end]
    if tail[-1:] in "sS" and _test_noun(tail) and (_MANY_BEFORE.search(text, max(lo, first.start - 60), first.start) or _SUMMARY_BEFORE.search(text, lo, first.start)) \
            and (run := _RUN_BEGAN.match(text, last_trigger.end, doc.sentences[index][1])) and not any(
                d.value is not None and d.value >= doc.published - NEW_WINDOW for d in doc.dates(run.end(), doc.sentences[index][1], future=False)
            ):
        return "historical"  # "a flurry of missile launches that started in January": a run told from its start
    if noun[-1:] in "sS" and _test_noun(noun) and _PERFECT_MANY.search(text, max(lo, first.start - 90), first.start) \
            and not _RECENT_SPAN.search(text, last_trigger.end, test.clause[1]) and not doc.dates(*test.clause, future=False):
        return "historical"  # "it has conducted numerous tests of medium-range missiles": a record summed up, undated
    s, e = doc.sentences[index]
    last = test.triggers[-1].end
    lead = test.triggers[0].end
    own = _anchors(doc, *test.clause, after=last, lead=lead)
    anchors = own or _anchors(doc, s, e, after=last, lead=lead)
    if not own and _YEARS_AFTER.search(text, max(s, first.start - 60), first.start):
        return "historical"  # "spoke on Monday, five months after Russia shot down ...": counted back from the news
    if not anchors and _AFTER_ANNOUNCED.search(text, s, first.start):
        return "historical"  # "the drills came three months after Putin announced ... a final test": told months ago
    if not anchors and index > 0 and (
        _COUNTED_BACK.search(doc.text, last, test.clause[1]) or _COUNTED_FROM.search(doc.text, s, lead) or _COUNTED_LATER.search(doc.text, s, lead)
        or _STORY_STEP.match(doc.text, s)
    ):
        # "... two months earlier" than the date just told ("Days later, Putin said ..."), in the
        # sentence before or, past one undated sentence, the one before that
        anchors = _anchors(doc, *doc.sentences[index - 1]) or (index > 1 and _anchors(doc, *doc.sentences[index - 2])) or []
    if not anchors and _HABITUAL_BEFORE.search(text, lo, first.start) and _BARE_PLURAL.match(text, last):
        return "historical"  # "has test-fired missiles with ranges of up to 2,000 km": a summary
    if not anchors and _LAST_NP.search(text, max(lo, first.start - 50), first.start) and _PAST_OCCURRED.match(text, last, test.clause[1]) \
            and not _CLOCK.search(text, s, e):
        return "historical"  # "the last known Chinese nuclear test took place at Lop Nur": the one before the news, undated
    to_resume = any(
        t.id == "resume" and (
            _TO_BEFORE.search(text, max(lo, t.start - 4), t.start)
            or _RESUME_MODAL.search(text, max(lo, t.start - 24), t.start)
            # "announced a resumption of tests": the announcement is dated, the tests lie ahead of it
            or text[t.start : t.end].lower() == "resumption" and bool(_ANNOUNCED_BEFORE.search(text, max(lo, t.start - 40), t.start))
        )
        for t in test.triggers
    )
    if anchors and min(anchors) < doc.published - NEW_WINDOW and not (to_resume and not _anchors(doc, test.triggers[-1].end, test.clause[1])):
        return "historical"  # but "Trump's call last year to resume testing": the date is the call's, the test ahead
    if anchors and min(anchors) > doc.published + timedelta(days=1) and _dated_ahead(doc, test.clause):
        return "prospective"  # "its first flight test has slipped to 2028", "resumes testing early in the new year"
    if to_resume:
        return "prospective"  # "could prompt Russia and China to resume explosive testing"
    if perfect and not anchors:
        return "historical"  # "Moscow may have carried out tiny nuclear blasts": alleged, undated past activity
    return "new"


def _dated_ahead(doc: Document, clause: tuple[int, int]) -> bool:
    """The clause dates its test after publication by a stated date, not a duration ("within 48 hours")."""
    return any(
        d.value is not None and not d.relative and d.value > doc.published + timedelta(days=1)
        for d in doc.dates(clause[0], clause[1], future=False)
    )


# ", a U.N. report said this week", "according to ...": the report's own date, not the tests'
_REPORTED_AFTER = re.compile(r",\s+(?:[\w.\-'’]+\s+){0,5}?(?:said|says|reported|reports|told|added|wrote|stated)\b|\baccording\s+to\b", re.IGNORECASE)


def _before_report(text: str, start: int, end: int) -> int:
    """The end of the span before a reporting tag such as ", officials said this week"."""
    tag = _REPORTED_AFTER.search(text, start, end)
    return tag.start() if tag else end


def _anchors(doc: Document, start: int, end: int, *, after: int | None = None, lead: int | None = None) -> list:
    """Dates of the span that may date the test: not the "since" of a "first ... since", nor a
    vague date of an earlier event the test follows ("after two failed attempts earlier this year")."""
    out, spans = [], []
    for d in doc.dates(start, end, future=False):
        if d.value is None:
            continue
        if lead is not None and d.start > lead and _DATED_NP_BEFORE.search(doc.text, max(start, d.start - 8), d.start) and _NOUN_AFTER.match(doc.text, d.end) \
                and not _MEANS_DATED.search(doc.text, max(start, d.start - 14), d.start):
            continue  # "fired from the same submarine used in a 2016 launch", not "opened the series with a May 3 blast"
        if _SINCE_FIRST.search(doc.text, start, d.start) and not (
            after is not None and after > d.end and _WHEN_AFTER.match(doc.text, d.end)
        ):
            continue  # but "since October 2019, when it flew ..." dates the "when" event
        if d.vague_past and after is not None and _FOLLOWING.search(doc.text, after, d.start):
            continue
        if after is not None and d.start > after and _PACT_DATED.search(doc.text, max(after, d.start - 60), d.start):
            continue  # "hours before lawmakers approved a deal reached in July": the pact's date, not the test's
        if after is not None and d.start > after and _EARLIER_RELATIVE.search(doc.text, max(after, d.start - 70), d.start):
            continue  # "an ageing spy satellite which had gone up in 1999": the satellite's past, not the test's
        if after is not None and d.start > after and _AFTER_EARLIER.search(doc.text, after, d.start):
            continue  # "the third test, after one on May 2 and another last week": the earlier tests' dates
        if after is not None and d.start > after and doc.text.find("since", after, d.start) >= 0:
            if _SINCE_CLAUSE.search(doc.text, after, d.start):
                continue  # "has tested ... since talks collapsed in February": the start of a span, not the test
            if _SINCE_DATE.search(doc.text, max(after, d.start - 7), d.start):
                spans.append(d.value)  # "- the fifth it has placed in orbit since 2020": a span's start, dating
                continue  # the test only where nothing else does ("has launched several since 2020")  # "has tested ... since talks collapsed in February": the start of a span, not the test
        out.append(d.value)
    return out or spans


# "and has displayed its DF-41 ...": a second predicate of the clause, whose weapons are not the test's
_NEXT_PREDICATE = re.compile(
    r"\s(?:and|but)\s+(?:(?:has|have|had|is|are|was|were)\s+(?!been\b|also\b|since\b)[a-z]+(?:ed|en|ing)\b"
    r"|(?:says|said|claims|claimed|added|announced|plans|intends|will|would)\s)"
)
# "the Agni-Prime medium-range ballistic missile": a name and its class description, one weapon
_SAME_NP = re.compile(r"[\s\-\w'‘’\"“”]{0,25}")  # a quoted name too: "Medium Range Ballistic Missile 'X-7'"
# classes a civil article names too ("its engines passed a ground test"): a test of them alone needs a
# sentence in the weapons domain
_OFF_DOMAIN_CLASSES = frozenset({"engine", "unspecified"})
# a name, then its class description in apposition: ", a nuclear-capable "
_NAME_APPOSITION = re.compile(r"[\w\-]{0,12},\s+(?:a|an)\s+(?:(?!and\b|or\b)[\w\-]+\s+){0,3}")
_RELATED = re.compile(r"[\-‐‑–\s]related\b", re.IGNORECASE)
_RANGED = frozenset({"icbm", "irbm", "srbm", "slbm", "long_range_missile"})


# "..., its first ballistic missile launch in two months": the same launch restated by its class
_RESTATED = re.compile(r"[^;]*?,\s+(?:its|their|the)\s+(?:(?!and\b|or\b)[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _own_weapons(doc: Document, test: _Test, hits: list[Hit]) -> list[Hit]:
    """The clause's weapons that the test is about: none after a second predicate that no
    trigger shares, and no bare `ballistic_missile` where a ranged class names the same weapon."""
    last = test.triggers[-1].end
    # "technology the U.N. bans as ballistic missile-related": a description, no weapon tested
    hits = [h for h in hits if not _RELATED.match(doc.text, h.end)]
    # "the Abdali weapon system": a name and its generic head noun, one weapon
    hits = [h for h in hits if not (h.id == "unspecified" and any(o.id not in _GENERIC_IDS and 0 <= h.start - o.end <= 1 for o in hits))]
    cut = _NEXT_PREDICATE.search(doc.text, last, test.clause[1])
    if cut:
        hits = [h for h in hits if h.start < cut.start()]
    ranged = [h for h in hits if h.id in _RANGED]
    if not ranged or not any(h.id == "ballistic_missile" for h in hits):
        return hits
    text = doc.text

    def beside(h: Hit) -> bool:
        for r in ranged:
            lo, hi = (h.end, r.start) if h.end <= r.start else (r.end, h.start)
            if hi >= lo and _SAME_NP.fullmatch(text, lo, hi) and not re.search(r"\b(?:and|or)\b", text[lo:hi]):
                return True
            if h.end <= r.start and _NAME_APPOSITION.fullmatch(text, lo, hi):
                return True  # "the Agni-X, a nuclear-capable medium-range ballistic missile"
            if r.end <= h.start and hi - lo < 80 and _RESTATED.match(text, lo, hi):
                return True  # "several short-range ballistic missiles ..., its first ballistic missile launch"
        return False

    return [h for h in hits if h.id != "ballistic_missile" or not beside(h)]


# "test-launched a Yars and fired Iskander missiles": a second test verb joined by "and"
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+|also\s+|later\s+)?$", re.IGNORECASE)
_AND_PASSIVE = re.compile(r"\s+and\s+(?=(?:[\w\-]+\s+){1,4}(?:was|were)\s+(?:[a-z]+ly\s+)?$)", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _coordinated(doc: Document, clauses: list[tuple[int, int]], triggers: list[Hit]) -> list[tuple[int, int]]:
    """Split a clause between two test verbs joined by "and" that each take a weapon of their
    own ("test-launched an ICBM and fired cruise missiles"): two tests, each its own weapons;
    one verb over a list ("launched a Yars and a Sineva") stays one."""
    text, out = doc.text, clauses
    for a, b in pairwise(triggers):
        if b.start - a.end > 120 or _test_noun(text[a.start : a.end]) or _test_noun(text[b.start : b.end]):
            continue
        m = _AND_VERB.search(text, a.end, b.start)
        c = _clause_of(out, doc, a.start)
        if m:
            if not c[0] <= b.start < c[1] or not weapon_hits(doc, a.end, m.start()) or not weapon_hits(doc, b.end, c[1]):
                continue
        else:
            # "rockets were fired ... and missiles were launched ...": two passives, each its own subject
            m = _AND_PASSIVE.search(text, a.end, b.start)
            if not m or not c[0] <= b.start < c[1] or not _PASSIVE_BEFORE.search(text, max(c[0], a.start - 12), a.start):
                continue
            if not weapon_hits(doc, c[0], a.start) or not weapon_hits(doc, m.end(), b.start):
                continue
        at = out.index(c) if c in out else None
        if at is None:
            continue
        out = [*out[:at], (c[0], m.start()), (m.start() + 1, c[1]), *out[at + 1 :]]
    return out


def _tests_in(doc: Document, index: int, suppressed: list[tuple[int, int]]) -> list[_Test]:
    tests: dict[tuple[int, int], _Test] = {}
    clauses = _clauses(doc, index)
    triggers = doc.hits("tests", index, "TRIGGER")
    if len(triggers) > 1:
        clauses = _coordinated(doc, clauses, triggers)
    bare: dict[tuple[int, int], bool] = {}
    for trigger in triggers:
        clause = _clause_of(clauses, doc, trigger.start)
        accepted = _accepted(doc, index, trigger, clause, suppressed)
        if accepted:
            tests.setdefault(clause, _Test(clause, index)).triggers.append(trigger)
            bare[clause] = bare.get(clause, True) and accepted == "bare"
    for prev, cur in list(pairwise(clauses)):
        # "they have repeatedly test-fired rockets, among them a recent one ...": a list clause split off
        # for a launch of its own rejoins the record when it holds no test of its own
        if prev in tests and cur not in tests and _LIST_CLAUSE.match(doc.text, cur[0]) and _REPEATED_RECORD.search(doc.text, prev[0], cur[0]):
            joined = tests.pop(prev)
            joined.clause = (prev[0], cur[1])
            tests[joined.clause] = joined
            bare[joined.clause] = bare.pop(prev)
            clauses = [c for c in clauses if c != cur and c != prev] + [joined.clause]
            clauses.sort()
    own = list(tests)
    for test in tests.values():
        test.bare = bare[test.clause]
        test.clauses = clauses if clauses is not doc.clauses(index) else None
        hits = _object_weapons(doc, test, _own_weapons(doc, test, weapon_hits(doc, *test.clause)))
        combat = all(t.id == "combat" for t in test.triggers)
        if combat:  # "used ... in a non-nuclear strike": a combat launch is of missiles and rockets
            hits = [h for h in hits if h.id in _COMBAT_CLASSES]
        blasts = all(t.id == "blast" for t in test.triggers)  # "it conducted only 45 explosions": nuclear, not a weapon elsewhere
        if weapon_classes(hits) in ([], ["unspecified"]) and not (blasts and not hits):
            # not a clause denying a test of its own ("it has not set off a nuclear explosion since
            # 1992"): its weapon is the one not tested
            others = [
                c for c in clauses
                if c not in own and not any(c[0] <= t.start < c[1] and _denied(doc, index, t, c) for t in triggers)
            ]
            # not "... as it builds up its nuclear weapons programme": a venture, no weapon tested; nor,
            # for a test of missiles ("a round of missile launches"), a nuclear weapon told elsewhere
            missiles = any(h.id == "missile" for h in hits)
            extra = [
                h for c in others for h in weapon_hits(doc, *c)
                if not _PROGRAMME_AFTER.match(doc.text, h.end) and not (missiles and h.id == "nuclear")
            ]
            pick = _LATTER.search(doc.text, test.clause[0], test.triggers[0].start)
            if pick and extra:
                # "from the X-1 to the X-5, with the latter first tested in 2012": the one it points back to
                before = [h for h in extra if h.end <= test.clause[0]]
                extra = (before[-1:] if pick.group(0).lower().endswith("latter") else before[:1]) or extra
            if _RELATIVE.match(doc.text, test.clause[0]):
                # "a more powerful solid-fuel engine, which Pyongyang said it had ground-tested": the antecedent
                extra = [h for h in extra if 0 <= test.clause[0] - h.end < 4] or extra
            if [c for c in weapon_classes(extra) if c != "unspecified"]:
                hits = hits + extra
        if not hits and any(_VERSION_OBJECT.match(doc.text, t.end) for t in test.triggers):
            hits = _version_of(doc, index, test.triggers[0])  # "a longer-range version": of the weapon named before
        test.weapons = _ranged(doc, index, weapon_classes(hits))
        if "icbm" in test.weapons and _cruise_article(doc, index, hits):
            test.weapons = ["cruise_missile" if w == "icbm" else w for w in test.weapons if w != "cruise_missile"]
        if not test.weapons and all(t.id == "asat" for t in test.triggers):
            test.weapons = ["unspecified"]  # "shot down one of its own satellites": the interceptor unnamed
        if not test.weapons and any(_kept_testing(doc, index, t) for t in test.triggers):
            # "has kept testing despite the protests": the weapons of the nearest sentence naming one
            named = next((h for i in range(index, max(-1, index - 3), -1) if (h := doc.hits("weapons", i, "WEAPON"))), [])
            test.weapons = weapon_classes(named)
        # "More tests will follow": the article's weapon, filled in by _inherit_weapons
        more = any(_more_tests(doc, index, t, test.clause) for t in test.triggers)
        if not test.weapons and any(_directed_test(doc, index, t, test.clause) for t in test.triggers):
            test.weapons = ["nuclear"]  # "will direct the agency to prepare to conduct additional tests"
        if not test.weapons and any(_planned_nuclear_test(doc, index, t, test.clause) for t in test.triggers):
            test.weapons = ["nuclear"]  # "could support a test on short notice", on a nuclear test site
        # "test flights of its first Airbus", "its engines passed a ground test"
        if (not test.weapons or set(test.weapons) <= _OFF_DOMAIN_CLASSES) and not more and not doc.sentence_in_domain(index) and not any(
            t.id == "asat"
            # "the first stage splashed down", accepted only after a launch told just before
            or t.id == "flight" and _STAGE_SUBJECT.search(doc.text, max(test.clause[0], t.start - 50), t.start)
            for t in test.triggers
        ):
            test.triggers = []
            continue
        if "engine" in test.weapons and any(t.id in ("fire", "flight") for t in test.triggers) and any(
            h.id == "space_launch" for h in doc.hits("weapons", index, "WEAPON")
        ):  # "powered by a solid-fuel motor ... two more launches before an orbital attempt": launches
            test.weapons = [w for w in test.weapons if w not in ("engine", "unspecified")] or ["space_launch"]
        test.generic = bool(hits)
        test.named = any(h.id == "unspecified" or (h.id == "missile" and _own_missile(doc, h)) for h in hits)
        test.rocket = bool(hits) and all(doc.text.startswith(("rocket", "Rocket"), h.start) for h in hits)
        test.back = bool(hits) and all(
            h.id == "missile" and (_THE_BEFORE.search(doc.text, max(0, h.start - 6), h.start) or _THE_COUNTED_BEFORE.search(doc.text, max(0, h.start - 14), h.start))
            for h in hits
        )
        if not hits and any(t.id == "blast" for t in test.triggers):
            test.weapons = ["nuclear"]  # "detonated a device", "an underground explosion"
        test.temporal = "prospective" if more else _temporal(doc, index, test)
        first = test.triggers[0]
        test.habitual = any(
            h.id == "habit" and 0 <= first.start - h.end < 30 for h in doc.hits("tests", index, "HISTORICAL")
        )
        pos = test.triggers[0].start
        accused = _accused(doc, index, pos)
        if _by_pair(doc, index, test.triggers[-1]):
            test.actor = None  # "could spur tests by Moscow and Beijing": two states, no single actor
        else:
            # "was used by Moscow against ...": a passive use names its user after it
            agent = agent_after(doc, pos) if combat else None
            test.actor = agent or accused or owner_at(doc, index, pos) or actor_at(doc, pos) or agent_after(doc, pos) or origin_in(doc, index)
        if test.actor is None:
            test.actor = _on_behalf(doc, index, test)
        if (by := _announced_by(doc, index, test)) is not None:
            # "a missile test announced by Tehran": the announcing state's own test, done, whatever the
            # sentence's own verb plans to do about it
            test.actor = by
            if test.temporal == "prospective":
                test.temporal = "new"
    out: list[_Test] = []
    for t in tests.values():
        if not t.triggers:
            continue
        if out and _GERUND_CLAUSE.match(doc.text, t.clause[0]) and any(set(o.weapons) & set(t.weapons) for o in out):
            continue  # "launched a Simorgh carrier ..., placing three satellites into orbit": one launch
        out.append(t)
    # "oversaw a salvo test ..., after South Korea's military detected the launch of ...": a new
    # test nobody is named for is the sentence's other new tester's
    actors = {t.actor for t in out if t.actor and t.temporal == "new"}
    if len(actors) == 1 and any(t.actor is None and t.temporal == "new" for t in out):
        for t in out:
            if t.temporal == "new":
                t.actor = t.actor or next(iter(actors))
    return out


# "a missile test announced by Iran", "the launch reported by Pyongyang": a done test and its state
_ANNOUNCED_BY = re.compile(r"\s+(?:(?:first|officially|publicly|separately)\s+)?(?:announced|reported|claimed|confirmed|conducted|carried\s+out|staged)\s+by\s+(?:the\s+)?", re.IGNORECASE)


def _announced_by(doc: Document, index: int, test: _Test) -> str | None:
    """The state named as the announcer or agent right after a test noun ("a test announced by Iran")."""
    return _announced_agent(doc, index, test.triggers[-1])


def _announced_agent(doc: Document, index: int, last: Hit) -> str | None:
    if not _test_noun(doc.text[last.start : last.end]) or doc.text.find(" by ", last.end, last.end + 40) < 0:
        return None
    for h in actor_hits(doc, index):
        if h.label == "ACTOR" and 0 < h.start - last.end < 45 and _ANNOUNCED_BY.fullmatch(doc.text, last.end, h.start):
            return code_of(h)
    return None


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _by_pair(doc: Document, index: int, trigger: Hit) -> bool:
    """A test noun whose agent is two states joined by "and" ("tests by Russia and China")."""
    if not doc.text.startswith((" by ", " By "), trigger.end):
        return False
    hits = actor_hits(doc, index)
    return any(
        h.label == "ACTOR" and h.start - trigger.end < 10 and _BY_AGENT.fullmatch(doc.text, trigger.end, h.start)
        and joined_pair(doc, h, hits[i + 1])
        for i, h in enumerate(hits[:-1])
    )


_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|commissioned\s+by|on\s+the\s+orders\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _on_behalf(doc: Document, index: int, test: _Test) -> str | None:
    """"engineers carried out a test on behalf of the Defence Ministry": the state the
    test is run for, named in the clause after the trigger."""
    lo, hi = test.triggers[0].end, test.clause[1]
    if doc.text.find("behalf", lo, hi) < 0 and doc.text.find("order", lo, hi) < 0 and doc.text.find("commissioned", lo, hi) < 0:
        return None
    for h in actor_hits(doc, index):
        if lo <= h.start < hi and h.label == "ACTOR" and _ON_BEHALF.search(doc.text, max(lo, h.start - 30), h.start):
            return code_of(h)
    return None


def _accused(doc: Document, index: int, pos: int) -> str | None:
    """"accusing Russia of flight-testing a cruise missile": the accused state is the tester."""
    lo = max(doc.sentences[index][0], pos - 60)
    window = doc.text[lo:pos].lower()
    if window.isascii() and not any(stem in window for stem in _ACCUSE_STEMS):
        return None  # no accusing verb, no regex scan (non-ASCII may case-fold onto one: ask it)
    m = _ACCUSED_OF.search(doc.text, lo, pos)
    if not m:
        return None
    named = [h for h in actor_hits(doc, index) if m.start(1) <= h.start and h.end <= m.end(1)]
    return code_of(named[0]) if len(named) == 1 else None


def _own_missile(doc: Document, h: Hit) -> bool:
    """A bare missile that is no back-reference: named by a code or counted."""
    lo = max(0, h.start - 30)
    if _PLURAL_TESTS_AFTER.match(doc.text, h.end) and not _THE_BEFORE.search(doc.text, lo, h.start):
        return True  # "as it steps up missile tests": a run of its own, not the launch told before
    if _THE_COUNTED_BEFORE.search(doc.text, lo, h.start):
        return False  # "The two missiles fell ...": the count told before, taken up again
    return bool(
        _CODE_BEFORE.search(doc.text, lo, h.start) or _COUNTED_BEFORE.search(doc.text, lo, h.start) or _SERIES_BEFORE.search(doc.text, lo, h.start)
    )


# "a test of the system": a back-reference to the weapon named before, no weapon of its own
_GENERIC_AFTER_OF = re.compile(r"\s+of\s+(?:the|this|that|its|their)\s+(?:[\w\-]+\s+)?(?:weapons?|system|missile|rocket)\b", re.IGNORECASE)


def _object_weapons(doc: Document, test: _Test, hits: list[Hit]) -> list[Hit]:
    """ "a flight test of the new ICBM": the weapon after "of" is the one tested, not one named
    before the trigger ("the engine trials suggested a flight test of the new ICBM ...")."""
    for t in test.triggers:  # "the engine trials suggested a flight test of the new ICBM": the later one
        if not _test_noun(doc.text[t.start : t.end]) or not _OF_AFTER.match(doc.text, t.end):
            continue
        if any(h.start >= t.end and h.start - t.end < 50 for h in hits):
            verbs = [v for v in test.triggers if v.end <= t.start and not _test_noun(doc.text[v.start : v.end])]
            told = [h for h in hits if verbs and verbs[0].end <= h.start and h.end <= t.start]
            if told:  # "fired several SRBMs ..., in what it called a test of a new weapon system": the verb's object
                return told
            after = [h for h in hits if h.end > t.start]
            before = [h for h in hits if h.end <= t.start and h.id not in _GENERIC_IDS]
            if before and all(h.id in _GENERIC_IDS for h in after) and _GENERIC_AFTER_OF.match(doc.text, t.end):
                return before  # "a Trident was fired ... to test the system": the subject
            return after
    return hits


def _cruise_article(doc: Document, index: int, hits: list[Hit]) -> bool:
    """A bare "long-range missile" where the sentences around it name only a cruise missile
    ("a long-range missile test" of an upgraded cruise missile) is that cruise missile."""
    text = doc.text
    if not all(h.id != "icbm" and (h.id != "long_range_missile" or "ballistic" not in text[h.start : h.end].lower()) for h in hits):
        return False
    near = [h for i in range(max(0, index - 1), min(len(doc.sentences), index + 4)) for h in doc.hits("weapons", i, "WEAPON")]
    return any(h.id == "cruise_missile" for h in near) and not any(
        h.id in _NOT_CRUISE or h.id == "long_range_missile" and "ballistic" in text[h.start : h.end].lower() for h in near
    )


_NOT_CRUISE = frozenset({"icbm", "irbm", "srbm", "slbm", "ballistic_missile", "hypersonic", "space_launch"})


def _ranged(doc: Document, index: int, weapons: list[str]) -> list[str]:
    """A ballistic missile whose range the sentence states takes the range band's class:
    short < 1,000 km, intermediate 1,000-5,500 km, intercontinental beyond."""
    if "ballistic_missile" not in weapons or _RANGED.intersection(weapons):
        return weapons
    m = _RANGE.search(doc.text, *doc.sentences[index])
    if not m or "ranges" in m.group(0).lower():
        return weapons  # "missiles with ranges of up to 2,000 km": several missiles, no one band
    km = max(int(g.replace(",", "")) for g in m.group(1, 2) if g)
    if m.group(3).lower() == "miles":
        km = int(km * 1.609)
    cls = "srbm" if km < 1000 else "irbm" if km <= 5500 else "icbm"
    return [cls if w == "ballistic_missile" else w for w in weapons if w != cls or w == "ballistic_missile"]


_BANDED = frozenset({"icbm", "irbm", "srbm", "slbm"})


def _inherit_weapons(doc: Document, tests: list[_Test]) -> None:
    """An unnamed weapon is the previous sentence's, or the article's only class of new test."""
    article = {w for t in tests if t.temporal == "new" and t.weapons != ["unspecified"] for w in t.weapons}
    for i, test in enumerate(tests):
        if test.weapons and test.weapons != ["unspecified"] or (test.habitual and test.generic):
            continue
        sibling = [t for t in tests[:i] if t.sentence == test.sentence and t.weapons not in ([], ["unspecified"])]
        if not test.generic and sibling:  # "... tested its Agni-V in 2018, and a further user trial was expected"
            test.weapons = list(sibling[-1].weapons)
            continue
        previous = [t for t in tests[:i] if t.sentence == test.sentence - 1 and t.weapons]
        # "The launch, the first since a short-range missile was fired in 1994, ...": a new test is the
        # previous sentence's new one, not the earlier one it is compared with
        if test.temporal == "new":
            previous = [t for t in previous if t.temporal == "new"]
        if test.generic and len({tuple(t.weapons) for t in previous}) > 1:
            previous = []  # "The missile ..." after an ICBM and a salvo of SRBMs: which one is unsaid
        if test.back and previous and not _takes_up(doc, test, previous[-1]):
            previous = []  # "The three missiles it tested last year", after a launch of two: another event
        if previous and test.generic and previous[-1].weapons != ["unspecified"] and test.weapons != ["unspecified"] or (
            previous and not test.generic
        ):
            test.weapons = list(previous[-1].weapons)
        elif not test.generic and len(article) == 1:
            test.weapons = sorted(article)
        elif test.generic and previous and test.weapons == ["unspecified"] and not test.named:
            test.weapons = list(previous[-1].weapons)
        elif test.generic and not test.named and test.weapons == ["unspecified"] and len(article) == 1 and test.back and test.temporal == "new":
            test.weapons = sorted(article)  # "The missiles hit targets 1,000 km away": the article's one new weapon
        elif test.rocket and not test.named and article == {"space_launch"}:
            test.weapons = ["space_launch"]  # "video showed the rocket lift off", after a satellite launch
        if not test.weapons:
            test.weapons = ["unspecified"]
        elif test.weapons == ["ballistic_missile"] and test.actor and len(
            banded := {w for t in tests[:i] if t.temporal == "new" and t.actor == test.actor for w in t.weapons if w in _BANDED}
        ) == 1:
            test.weapons = sorted(banded)  # "The missile ..." after the same state's ICBM launch and "the ballistic missile": the ICBM


def _takes_up(doc: Document, test: _Test, told: _Test) -> bool:
    """Whether "the (N) missiles" takes up the launch told before: the same time, and the same count."""
    if test.temporal != told.temporal:
        return False
    for t in test.triggers[:1]:
        lo = max(test.clause[0], t.start - 80)
        m = _THE_COUNT.search(doc.text, lo, max(t.end, test.clause[1]))
        if m and not re.search(rf"\b{m.group(1)}\b", doc.text[told.clause[0] : told.clause[1]], re.IGNORECASE):
            return False
    return True


_THE_COUNT = re.compile(r"\b(?:the|these|those)\s+(two|three|four|five|six|seven|eight|\d)\s+(?:missiles|rockets)\b", re.IGNORECASE)


def _such_weapons(doc: Document, test: _Test) -> list[str] | None:
    """ "raised the idea of resuming such blasts": the one weapon class named in the sentence or
    the two before it, which "such" points back to."""
    if not any(
        doc.text[max(0, t.start - 5) : t.start].lower() == "such " or doc.text[t.end : t.end + 6].lower() == " such "
        for t in test.triggers
    ):  # "such tests", "resuming such testing"
        return None
    classes = {
        "icbm" if h.id == "long_range_missile" else h.id
        for i in range(max(0, test.sentence - 2), test.sentence + 1) for h in weapon_hits(doc, *doc.sentences[i])
    } - {"unspecified", "missile"}
    return sorted(classes) if len(classes) == 1 else None


def _evidence(doc: Document, test: _Test) -> tuple[int, int]:
    """doc.evidence, on the clauses tests read where they differ from the document's."""
    clauses = test.clauses
    if clauses is None or clauses == doc.clauses(test.sentence):
        return doc.evidence(test.sentence, test.triggers[0].start, test.triggers[-1].end)
    return evidence_span(doc.text, doc.sentences[test.sentence], test.triggers[0].start, test.triggers[-1].end, clauses=clauses)


_BALLISTIC_RANGES = frozenset({"icbm", "irbm", "srbm", "slbm"})
_LISTED = re.compile(r"\b(?:and|or)\b|&")


def _one_ballistic(doc: Document, test: _Test) -> list[str]:
    """A ranged ballistic class beside the bare `ballistic_missile` (the guidelines' class for a
    range not given) is one missile told twice ("its Bulava strategic ballistic missile", a
    headline's "a ballistic missile" inheriting the SLBM): the ranged class alone, unless the
    clause lists two weapons ("an Agni and a Prithvi, a short-range ballistic missile")."""
    weapons = test.weapons
    if len(weapons) != 2 or "ballistic_missile" not in weapons or _BALLISTIC_RANGES.isdisjoint(weapons):
        return weapons
    hits = weapon_hits(doc, *test.clause)
    if len(hits) > 1 and _LISTED.search(doc.text, hits[0].end, hits[-1].start):
        return weapons
    return [w for w in weapons if w != "ballistic_missile"]


def find_tests(doc: Document, suppressed: list[tuple[int, int]]) -> list[Match]:
    """Weapons-test mentions, one per clause; tests that a moratorium halts are left to it."""
    if not doc.in_domain:
        return []
    tests = [t for i in doc.sentences_with("tests", "TRIGGER") for t in _tests_in(doc, i, suppressed)]
    if tests and _civil_power_article(doc):
        return []
    # a launch noun naming no weapon is a test only in an article about tests of named weapons
    if any(t.bare for t in tests) and not any(not t.bare and t.weapons not in ([], ["unspecified"]) for t in tests):
        tests = [t for t in tests if not t.bare]
    # "It reached an altitude of 6,000 km": how high a launch told in an earlier sentence went, only
    # after a new test, and not a second mention beside the launch of its own sentence
    heights = [all(h.id == "flight" and _altitude(doc.text[h.start : h.end].lower()) for h in t.triggers) for t in tests]
    tests = [
        t for i, t in enumerate(tests)
        if not heights[i] or (
            any(o.temporal == "new" and o.sentence < t.sentence and not heights[j] for j, o in enumerate(tests[:i]))
            and not any(o.sentence == t.sentence and not heights[j] for j, o in enumerate(tests))
        )
    ]
    _inherit_weapons(doc, tests)
    for i, t in enumerate(tests):
        # "The missile fell into the sea outside Japan's zone": a launch told before, taken up again, is
        # its tester's (not the owner of a place the sentence names)
        told = {o.actor for o in tests[:i] if t.back and o.temporal == t.temporal and o.actor and t.sentence - 1 <= o.sentence <= t.sentence and not o.back}
        if len(told) == 1:
            t.actor = told.pop()
        t.weapons = _one_ballistic(doc, t)
        if t.weapons == ["unspecified"] and (such := _such_weapons(doc, t)):
            t.weapons = such
    for previous, t in pairwise(tests):
        # "Pakistan had test-fired its Abdali in 2025. It also flew a Fatah rocket": the same past, undated
        if (
            t.temporal == "new" and previous.temporal == "historical" and previous.sentence == t.sentence - 1
            and doc.text.endswith("also ", max(0, t.triggers[0].start - 5), t.triggers[0].start)
            and not doc.dates(*t.clause, future=False)
        ):
            t.temporal = "historical"
    out = []
    for t in tests:
        s, e = _evidence(doc, t)
        weapon: str | list[str] = t.weapons[0] if len(t.weapons) == 1 else t.weapons
        attrs = {"temporal": t.temporal, "weapon": weapon, "actor": t.actor}
        out.append(Match(kind="weapons_test", start=s, end=e, text=doc.text[s:e], attrs=attrs))
    return out
