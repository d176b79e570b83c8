"""weapons_test trigger acceptance: whether a test word in a clause is a weapons test of its
own, not a site, a product or civil trial, a combat strike, a denied, banned or figurative
test, a pledge or a halt's object.

Separate because it is the gate every trigger passes before any attribute is read; its
vetoes and their patterns are most of the package (the combat-strike veto is in combat,
the is-it-about-a-weapon check in objects).
"""

from __future__ import annotations

import re

from streams.extract.actors import actor_hits, code_of
from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.scope import weapon_hits
from streams.extract.sentences import may_end_on_word
from streams.extract.weapons_test.clauses import _Test, _test_noun
from streams.extract.weapons_test.combat import _combat
from streams.extract.weapons_test.objects import (
    _BLAST_EVENT,
    _CODE_OBJECT,
    _COUNTED_BLAST,
    _GENERIC_OBJECT,
    _near_weapon,
    _nuclear_article,
    _nuclear_context,
    _trial_of_weapon,
)
from streams.extract.weapons_test.temporal import (
    _AFTER_PROSPECTIVE,
    _BEFORE_HALT,
    _DATED_NP_BEFORE,
    _INDEFINITE_LAST,
    _MANY_BEFORE,
    _NOT_VERB,
    _SUMMARY_BEFORE,
    _TWO_TO_TWELVE,
    _VERB_CONTEXT,
    NEW_WINDOW,
)
from streams.extract.weapons_test.weapons import (
    _GENERIC_IDS,
    _OF_AFTER,
    _STOCKPILE_EXPERIMENT,
    _VERSION_OBJECT,
)

_LAUNCH_NOUN = re.compile(r"launch(?:es)?|(?:test[\s-])?firings?", re.IGNORECASE)
# "Kim observed the firing": a firing noun naming no weapon stands only as what a leader watched
_FIRING_NOUN = re.compile(r"(?:test[\s-])?firings?", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:a|an|the|another|its|their)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_ADJECTIVE_SUPPORT = frozenset({"first", "latest", "new", "another", "one more", "successful", "successfully", "final", "most recent", "recent"})
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_DEFINITE_NP = re.compile(r"\b(?:(?:the|this|these|those|such)\s+(?:(?!to\s)[\w’'\-]+\s+){0,4}|that\s+)$", re.IGNORECASE)
_POSSESSIVE_NP = re.compile(r"(?:\b(?:its|their|his|her|our)|\w['’]s)\s+(?:[\w’'\-]+\s+){0,4}$", re.IGNORECASE)
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
# "awarded the Nuclear Test Medal", "a fund for test veterans": who took part, honoured
_HONOURED_AFTER = re.compile(r"[\s\-‐‑–]+(?:medals?|veterans?|survivors?|memorials?)\b", re.IGNORECASE)
# "its right to conduct nuclear tests is not negotiable": the right, subject of the sentence's verb
# ("claims a right to test and will do so if pressed" plans one: no verb of the right's after it)
_RIGHT_BEFORE = re.compile(r"\bright\s+to\s+(?:(?:conduct|carry\s+out|hold|stage)\s+)?(?:(?:further|more|nuclear|missile|atomic)\s+)?$", re.IGNORECASE)
_RIGHT_PREDICATE = re.compile(r"\s+(?:will|would|is|was|could|can|cannot|can't|must|should|shall)\s+(?:not\s+|never\s+)?(?:be\s+)?[a-z]+", re.IGNORECASE)
# a site named later in a test's clause ("a test ... at the launch pad"): what supports a bare test noun
_SITE_LATER = re.compile(r"\b[\s\-‐‑–]*(?:site|pad|ground|station|facility|stand|bed|vehicle|window|ban|ban\s+treaty|moratori(?:um|a))s?\b", re.IGNORECASE)
# "ended its moratorium with an underground blast": the test that ends a halt is no object of it
_MEANS = re.compile(r"\b(?:with|by)\s+(?:(?:a|an|the|its|their|another)\s+)?(?:(?!of\b|on\b)[\w\-'’]+\s+){0,3}$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:would|could|will|might|may|can)\b", re.IGNORECASE)
# the words between a halt ("an end to", "a freeze on") and a test it takes as object
# the generic object of a policy or stance: undetermined, with no owner ("on missile tests", not "on Iran's test")
_POLICY_OBJECT = re.compile(r"\s+(?:(?!(?:the|its|their|his|her|this|that|these|those|a|an|latest|recent|last)\b)[\w\-]+\s+){0,4}", re.IGNORECASE)
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
# "a satellite designed to carry a nuclear weapon into orbit": a purpose, no launch
_CAPABILITY_BEFORE = re.compile(
    r"\b(?:designed|intended|meant|built|engineered)\s+to\s+(?:[\w\-]+\s+){1,5}$", re.IGNORECASE
)
# a pledge reaches over a bracketed code or a listing comma: "no longer need to fire long-range
# missile (ICBM) tests", "will not attempt any provocations, such as missile tests"
_PLEDGE_GAP = re.compile(r"\s+(?:[\w\-()’']+(?:,(?=\s+(?:such\s+as|including|notably)\b))?\s+){0,10}")
_NEG_WINDOW = 28
# "resist the temptation to test": the resisted urge is a test only with a test verb right after "to"
# (moratorium/halts.py reads resisted urges the same way)
TEST_VERB_NEXT = re.compile(r"\s+(?:test|conduct|carry\s+out|stage|hold|perform|undertake|resume|explode|detonate|fire|launch)\b", re.IGNORECASE)
_PLEDGE_WINDOW = 60  # "will keep refraining from nuclear explosive tests", "would no longer conduct ... tests"
_INTENT_WINDOW = 90  # "had no intention of conducting an explosive test"
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
# placed by a weekday, a clock time or a launch place; or flown at a named angle, then placed ("the
# missile, fired at a steep angle, at around 6:40 a.m."): the angle alone places nothing
_PLACED_LAUNCH = re.compile(
    r"\s+(?:(?P<pronoun>it|them)\s+)?(?:(?:successfully|again)\s+)?"
    r"(?:at\s+(?:a|an)\s+(?:lofted|steep|high|elevated|sharp|normal|standard|depressed)\s+(?:angle|trajectory),?\s+(?=(?:on|at|from)\s))?"
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|at\s+(?:(?:about|around|approximately)\s+)?\d{1,2}[:.]\d\d\b"
    r"|from\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:[A-Z][\w\-]+|site|base|facility|range|island|cosmodrome|launch\s+pad|pad|submarine|ship|vessel|bay|coast)\b)"
)
# "experiments on Tuesday at the desert test site", in an article on nuclear tests: the event dated and placed
_PLACED_EXPERIMENT = re.compile(
    r"\s+(?:(?:on|this|next|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;.]{0,20}?\s+(?:at|in|near|beneath|under)\s+(?:the\s+)?[A-Z]"
    r"|\s+(?:at|in|near|beneath|under)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}(?:[Tt]est\s+)?[Ss]ite\b"
)
def _stockpile_experiment(doc: Document, index: int, trigger: Hit, weapons: list[Hit]) -> bool:
    """ "a subcritical experiment", "a non-nuclear experiment", in an article on nuclear weapons: an
    explosive test short of a chain reaction, a test of its own (no lab experiment)."""
    return any(
        abs(h.start - trigger.start) < 40 and doc.text[h.start : h.end].lower().startswith(_STOCKPILE_EXPERIMENT) for h in weapons
    ) and _nuclear_article(doc, index)


_LAUNCH_VERB_FORMS = frozenset({"launched", "launching", "fired", "firing", "test-fired", "test-launched", "test-firing", "test-launching"})
# "flight-testing a ground-launched cruise missile": a gerund with its object is a verb
# "firing a missile", "firing off two rockets": a gerund with its object, a particle between
_GERUND_OBJECT = re.compile(r"\s+(?:off\s+|up\s+)?(?:a|an|the|its|their|his|her|another|two|three|four|several|\d+)\s", re.IGNORECASE)
# "I will direct the agency to prepare to conduct additional tests", "ordered the military to begin
# testing": a directive to test, its weapon the article's nuclear one when it names none
_DIRECTIVE_BEFORE = re.compile(
    r"\b(?:direct|order|instruct|task|authori[sz]e|tell|told)(?:s|ed|ing|e|es)?\s+(?:[\w\-'’.]+\s+){1,6}?to\s+"
    r"(?:(?:prepare|get\s+ready|be\s+ready|begin|start|resume)\s+(?:to\s+|for\s+)?)?"
    r"(?:(?:conduct|carry\s+out|perform|stage|hold|undertake)\s+)?(?:(?:additional|more|further|new|fresh|its|their|the|any)\s+){0,2}$",
    re.IGNORECASE,
)
# "first flew the missile", "flew a DF-27": the weapon as the object of flew
_FLEW_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|another)\s+)?(?:[\w\-]+\s+){0,2}$")
# "to fire two more ballistic missiles": the weapon as the object, no "fire on protesters near the missile plant"
_FIRE_OBJECT = re.compile(r"\s+(?:(?!on\b|at\b|upon\b|near\b|in\b|into\b|back\b|toward\b|towards\b|over\b)[\w\-'’]+\s+){0,4}", re.IGNORECASE)
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


# "launched a wave of air strikes on ... nuclear sites", "launched missile attacks": an attack, no test
_ATTACK_OBJECT = re.compile(
    r"\s+(?:(?!after\b|following\b|before\b|amid\b|in\b|on\b|as\b|and\b|to\b|hours?\b|days?\b|weeks?\b|test)[\w\-]+\s+){0,4}?"
    r"(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|offensive|counteroffensive|counter-offensive|assault|invasion|bombardment|bombing)\b"
    # "launched attack drones and missiles": an attack or strike weapon, not an attack noun
    r"(?![\s\-]+(?:drones?|UAVs?|helicopters?|aircraft|jets?|submarines?|boats?|craft|weapons?|missiles?|rockets?)\b)",
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


# "saw no further need for atomic or missile tests": the tests, a few modifiers on, are the need
# denied; not "no further need for alarm over the launch" (a preposition opens another object) nor
# "no further need for restraint and test-fired" (the trigger opens a clause of its own)
_NEED_GAP = re.compile(
    r"\s+(?:(?!after\b|over\b|about\b|following\b|despite\b|from\b|since\b|with\b|before\b)[\w\-'’]+\s+){0,4}(?<!\b(?i:and)\s)(?<!\b(?i:then)\s)"
)


def _negated(doc: Document, index: int, trigger: Hit, clause: tuple[int, int]) -> bool:
    """A negation just before the trigger, or a denied intent or evidence a little further."""
    if doc.text.find("bsen", max(clause[0], trigger.start - 60), trigger.start) >= 0 and _ABSENT_BEFORE.search(
        doc.text, max(clause[0], trigger.start - 60), trigger.start
    ):
        return True  # "kept its skills in the absence of live nuclear blasts": tests that are missing
    for h in doc.hits("tests", index, "NEGATION"):
        window = _INTENT_WINDOW if h.id == "intent" else _PLEDGE_WINDOW if h.id in ("pledge", "need") else _NEG_WINDOW
        if h.id == "pledge" and doc.text[h.start : h.start + 6].lower() == "resist" and not TEST_VERB_NEXT.match(doc.text, h.end):
            continue  # "resist the urge to respond to the launch": the urge resisted is no test
        if h.id == "need" and not (h.end <= trigger.start and _NEED_GAP.fullmatch(doc.text, h.end, trigger.start)):
            continue  # "no further need for alarm after the launch", "... for restraint and test-fired": not the test
        if (h.start < trigger.start and doc.text[h.start : h.end].lower() == "no" and (other := _NO_OTHER_NOUN.match(doc.text, h.start))
                and other.end() <= trigger.start):
            continue  # "saw no failures among its 19 launches": what failed is denied, the launches took place
        if h.end <= trigger.start and h.start >= max(clause[0], trigger.start - window):
            return True
        if h.id == "pledge" and clause[0] <= h.start and 0 <= trigger.start - h.end <= 90 and _PLEDGE_GAP.fullmatch(doc.text, h.end, trigger.start):
            return True
    return False


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
        elif h.id == "policy":  # "a policy on nuclear testing", not "its stance on Iran's latest launch"
            if _POLICY_OBJECT.fullmatch(doc.text, h.end, trigger.start):
                return True
        elif h.id != "bar" or _FROM.search(doc.text, h.end, trigger.start):
            return True
    return False


# "interceptors designed to destroy a satellite", "a threat to satellites": what a weapon is for, no test
_ASAT_ABILITY = re.compile(r"(?:\b(?:designed|developed|built|meant|intended|able)\s+to|\bcapable\s+of|\b(?:can|could|would|might)|\bthreat\s+to)\s+$", re.IGNORECASE)
# "destroyed one of its own defunct satellites", "a strike on its ageing weather satellite": the
# satellite as the object, not "its own satellite dish" or "a strike on its nuclear sites"
_ASAT_OBJECT = re.compile(
    r"\s+(?:[\w\-'’]+\s+){0,3}?satellites?\b(?!\s*(?:dish|dishes|phones?|television|tv|images?|imagery|photos?|pictures?|links?|navigation|signals?|operators?|company|firms?|stations?|uplinks?|antennas?|receivers?|modems?|terminals?|communications?|networks?|trucks?|vehicles?|ground)\b)",
    re.IGNORECASE,
)
# "a Minuteman III carrying a single unarmed reentry vehicle flew ...": the subject's own modifier
_CARRYING_GAP = re.compile(r"\s+(?:carrying|armed\s+with|fitted\s+with|tipped\s+with|with)\s+[^,;]{1,50}?\s+$")
# "a training launch of the Fatah weapon system": a launch noun with its named weapon
# "the firing of a new variant of Iran's Sejjil missile": of a version of a state's named weapon
_OF_NAMED = re.compile(
    r"[\"”’']?\s+of\s+(?:the|its|their|a|an)\s+(?:new\s+|upgraded\s+|improved\s+|modified\s+)?"
    r"(?:(?:version|variant)\s+of\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z][\w\-]*)['’]s\s+)(?-i:(?:[A-Z0-9][\w\-]*\s+){0,2}))?$",
    re.IGNORECASE,
)
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


_NOT_FLOWN = frozenset({"unspecified", "nuclear", "engine"})
_HIT_ABILITY = re.compile(
    r"\b(?:range\s+to|able\s+to|capable\s+of|capability\s+(?:to|of)|designed\s+to|meant\s+to|can|could|would|will|may|might|to)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)


# "an ICBM that triggered evacuation warnings", "the missile, which set off air raid sirens"
_CONSEQUENCE_GAP = re.compile(r",?\s+(?:that|which)\s+(?:also\s+|briefly\s+)?", re.IGNORECASE)
# "its second stage came down in the Pacific", "the first stage of the rocket fell": a stage's flight
_STAGE_SUBJECT = re.compile(
    r"\b(?:first|second|third|upper|final|booster)[\s\-]stages?\s+(?:of\s+the\s+(?:missile|rocket)\s+)?"
    r"(?:(?:had|has|have|was|were|is)\s+)?(?:(?:also|reportedly|apparently|then)\s+)?$",
    re.IGNORECASE,
)
# "steered from the moment of launch to the hit", "tracked from launch to impact": a
# point in any flight, in a description of what a weapon does
_LAUNCH_MOMENT = re.compile(r"\b(?:(?:moment|time|point|instant|second)\s+of|from)\s+$", re.IGNORECASE)
_MOMENT_END = re.compile(r"\s+(?:until|till|to|through|into)\s+(?:the\s+)?(?:impact|target|end|landing|interception|intercept|detonation|the\s+target)\b"
                         r"|\s+(?:until|till)\b", re.IGNORECASE)
_OF_MOMENT = re.compile(r"\b(?:moment|time|point|instant)\s+of\s+$", re.IGNORECASE)
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
    r"|s?\s+(?:fired|launched|test-fired|test-launched)\b[^,]*\s+"
    # "the missile carried a mock payload and fell into the sea": the payload clause joined to the fall
    r"|s?\s+(?:carried|carrying|bore|was\s+carrying)\s+[^,;.]{1,40}?\s+and\s+(?:then\s+)?",
    re.IGNORECASE,
)


def _accepted(doc: Document, index: int, trigger: Hit, clause: tuple[int, int], suppressed: list[tuple[int, int]]) -> bool | str:
    """Whether a trigger word reports a weapons test rather than a bank, a drug or a ban."""
    text = doc.text
    if any(s <= trigger.start < e and not _own_event(doc, trigger, s, e) for s, e in suppressed):
        return False
    if _SITE_AFTER.match(text, trigger.end) and trigger.id in ("fire", "test"):
        return False
    if trigger.id == "test" and _HONOURED_AFTER.match(text, trigger.end):
        return False  # "the Atomic Test Medal", "test veterans": the people honoured, no test told
    if _RIGHT_BEFORE.search(text, max(clause[0], trigger.start - 40), trigger.start) and _RIGHT_PREDICATE.match(text, trigger.end):
        return False  # "the right to stage tests cannot be curbed": the right argued over, no test planned
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
    ) and not _stockpile_experiment(doc, index, trigger, weapons):
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
            return True  # "its second stage came down in the Pacific", after a missile launch: the flight's detail
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
            # "the missile failed soon after liftoff", "blew up seconds after": the weapon is this
            # clause's own subject (not a missile named in the clause before)
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
            or any(  # "a training launch of the Fatah weapon system": the event named with its weapon
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


# "a blast at the test site was picked up by seismographs": a site blast told as a detected test
_SEISMIC_CUE = re.compile(r"\b(?:seismic|seismograph\w*|tremors?|quake|earthquake|magnitude|detected)\b", re.IGNORECASE)

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
