"""weapons_test temporal reading: whether a test is new, historical or prospective, from the
dates it is anchored to, tallies and summaries, tense and modals around it.

Separate because it decides only the `temporal` attribute; the few cues acceptance also asks
(NEW_WINDOW, the tally, modal and halt patterns) live here, the lower of the two.
"""

from __future__ import annotations

import re
from datetime import timedelta

from streams.extract.document import Document
from streams.extract.lexicon import Hit
from streams.extract.weapons_test.clauses import (
    _NAMING_APPOSITION,
    _YEAR_AFTER_MONTH,
    _Test,
    _test_noun,
)

_TWO_TO_TWELVE = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # counts spelt out, shared by the tally patterns
NEW_WINDOW = timedelta(days=17)
_YEARS_BACK = timedelta(days=400)  # past any bare month read back from publication
_INDEFINITE_LAST = re.compile(r"\b(?:a|an|another|any)\s+(?:[\w’'\-]+\s+){0,2}$", re.IGNORECASE)
_VERB_CONTEXT = re.compile(
    r"\b(?:would|will|could|may|might|to|can|did|does|not|shall|must"
    r"|start(?:s|ed)?|begin|begins|began|begun|restart(?:s|ed)?|continue[sd]?"  # "to start testing"
    r"|regularly|routinely|frequently|often|periodically|repeatedly|reportedly|habitually|typically|usually"  # "regularly tests its"
    r"|we|they|he|she)\s+$",  # "we test missiles all the time": a subject pronoun before the verb
    re.IGNORECASE,
)
_SINCE_FIRST = re.compile(r"\b(?:first|largest|biggest|longest|highest|only)\b[^,;]*\bsince\s+(?:\w+\.?\s+){0,2}$", re.IGNORECASE)
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
# "that it tested", "that the North had launched": a past test told in a that-clause, out of reach
# of a modal in the clause that reports it
_THAT_PAST = re.compile(
    r"\bthat\s+(?:it|he|she|they|we|the\s+[\w\-]+|(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?)\s+(?:(?:had|has|have)\s+)?(?:(?:also|successfully|just|recently|secretly)\s+)?$",
    re.IGNORECASE,
)
_PACT_DATED = re.compile(
    r"\b(?:deal|accord|agreement|pact|treaty|talks|summit|sanctions|resolution|declaration|ceasefire|truce|framework)\s+"
    r"(?:(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+two(?:\s+(?:sides|countries|states|nations|leaders))?)\s+)?"
    r"(?:reached|signed|agreed|struck|sealed|concluded|held|adopted|imposed|passed|approved|brokered|negotiated)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(r"\b(?:after|following)\s+(?!the\s+end\b)", re.IGNORECASE)
# "a pact from which the president later withdrew", "the accord under which Norland agreed": a relative
# clause with a subject of its own, telling another event
_OTHER_RELATIVE = re.compile(r"\b(?:from|under|of|to|by|with)\s+which\s+(?:[\w.\-’']+\s+){2,6}$", re.IGNORECASE)
# "hit an ageing spy satellite which had gone up in 1999": a pluperfect relative clause tells its
# noun's own earlier past, not the test's day
_EARLIER_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:[\w\-]+\s+){0,2}?had\s+(?:been\s+)?[\w\-]+\b[^.;,]{0,40}$", re.IGNORECASE)
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
# the same over a bare plural: "has carried out smaller tests", "have conducted missile launches"
_PERFECT_BARE = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|already|repeatedly|previously)\s+)?(?:conducted|carried\s+out|staged|performed|undertaken)\s+"
    r"(?!(?:a|an|the|its|their|his|her|this|these|those|two|three|four|five|six|more|further|new|recent|\d+)\b)(?:[a-z][\w\-]*\s+){0,2}$",
    re.IGNORECASE,
)
_RECENT_SPAN = re.compile(r"\b(?:recent|recently|this\s+(?:week|month)|(?:past|last)\s+(?:few\s+)?(?:days|week))\b", re.IGNORECASE)
# a present perfect over a bare plural with no date: "has test-fired missiles with ranges of ..."
_HABITUAL_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|long|already|repeatedly|previously)\s+)?$", re.IGNORECASE)
_BARE_PLURAL = re.compile(r"\s+(?!(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|several|multiple|more|\d+)\b)(?:[\w\-]+\s+){0,2}?(?:missiles|rockets|weapons)\b(?!\s+(?:on|this|last|early|late)\b)", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:[^\s,;]+\s+){1,14}?(?:[a-z]{3,}ed|broke|began|fell|took|met|came|went|left|won|lost|began|split)\s+(?:[^\s,;]+\s+){0,4}$"
    # "its fifth blast since lifting a self-imposed freeze in May": the date of the gerund's event
    r"|\bsince\s+(?!during\b|morning\b|evening\b)[a-z]{3,}ing\s+(?:[^\s,;]+\s+){0,6}$"
)
_SINCE_DATE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "Russia's earlier Burevestnik and Poseidon trials", "its previous launch": a test noun told as past
_EARLIER_NP = re.compile(
    r"(?:['’]s|\b(?:its|their|his|her|the))\s+(?:own\s+)?(?:earlier|previous|prior)\s+(?!(?:day|night|evening|morning|afternoon)\b)(?:(?!this\b|last\b)[\w\-]+\s+){0,5}$"
    # "Earlier flight tests of the missile were carried out ...": a bare plural opening the sentence
    r"|(?<![\w,] )\b(?-i:Earlier|Previous|Prior)\s+(?:(?!this\b|last\b)[\w\-]+\s+){0,2}$"
    # "the range served for past atomic trials": an undetermined plural of earlier ones
    r"|\b(?:for|in|of|from|during|by)\s+past\s+(?:(?!week\b|month\b|year\b|few\b)[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PROSPECTIVE_WINDOW = 70
# "carried out a pre-planned missile test", "held what officials called a planned test": "planned" as the
# adjective of a test a past verb says was held
_PLANNED_DONE = re.compile(
    r"\b(?:carried\s+out|conducted|staged|held|performed|completed)\s+(?:(?:what\s+(?:it|they|officials)\s+(?:said|called)\s+was|"
    r"what\s+was)\s+)?(?:a|an|the|its|their)\s+(?:pre-?|long-|previously\s+)?planned$",
    re.IGNORECASE,
)
_PLANNED_NP = re.compile(r"\s+(?:[\w\-]+\s+){0,3}$")
# "was the first country to conduct a nuclear test", "became the only state to have flown ...": a
# record told of a past deed, not a plan (the infinitive is no look ahead)
_RECORD_BEFORE = re.compile(
    r"\b(?:was|were|became|had\s+become)\s+(?:(?:the|its|their)\s+)?(?:(?:world['’]s|very)\s+)?(?:first|second|third|last|only|earliest)\b"
    r"(?:\s+(?!to\b)[\w\-'’]+){0,5}?\s+to\s+(?:have\s+)?(?:[\w\-]+\s+){0,5}$",
    re.IGNORECASE,
)
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
# "may be conducting", "could secretly be testing", "may be flouting the ban by conducting": a
# progressive of testing (or of breaking a ban) after the modal; not "could be inching toward testing"
_MODAL_PROGRESSIVE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?be\s+(?:[a-z]+ly\s+)?(?:conducting|carrying\s+out|testing|test-firing|launching|firing|staging|detonating"
    r"|flouting|violating|breaching|breaking)\b",
    re.IGNORECASE,
)
_AHEAD_WORDS = re.compile(
    r"\b(?:soon|next|shortly|upcoming|coming\s+(?:days|weeks|months)|within\s+(?:the\s+)?(?:next\s+)?(?:[\w\-]+\s+)?(?:hours?|days?|weeks?|months?|years?))\b",
    re.IGNORECASE,
)
# "... and of conducting": a new complement of the verb before, out of reach of a modal inside the previous one
_NEXT_COMPLEMENT = re.compile(r"\b(?:and|or)\s+of\s+[a-z]+ing\b", re.IGNORECASE)
_FOLLOWED_BY = re.compile(r"\b(?:could|would|will|may|might|likely\s+to|expected\s+to)\s+(?:\w+\s+)?be\s+followed\s+(?:\w+\s+)?by\b", re.IGNORECASE)
# "three months after Putin announced that Russia had completed a test": a test reported months before the news
_AFTER_ANNOUNCED = re.compile(
    r"\b(?:months|years|a\s+(?:month|year))\s+(?:after|since)\s+(?:[\w\-'’.]+\s+){1,4}?"
    r"(?:announced|said|claimed|confirmed|reported|revealed|declared|disclosed)\b(?:\s+that)?\s+(?:[\w\-'’]+\s+){0,6}$",
    re.IGNORECASE,
)
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
# "the same submarine used in a 2016 launch": a year naming another event after the test
_DATED_NP_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# "began the series with a June 4 blast": the event that carries out the test, dated
_MEANS_DATED = re.compile(r"\b(?:with|by)\s+(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)

# "tests can be resumed if needed", "Moscow could restart testing": a resumption under a modal lies ahead
_RESUME_MODAL = re.compile(r"\b(?:can|could|would|will|may|might|should|must)\s+(?:[a-z]+ly\s+)?(?:be\s+)?$", re.IGNORECASE)
# "an American detonation would prompt Moscow to ...": a test named as the cause of what would follow is itself hypothetical
_MODAL_CONSEQUENCE = re.compile(
    r"\s+(?:(?:by|from|of)\s+(?:[\w\-'’]+\s+){1,3}?)?(?:would|could|might|may|will)\s+(?:[a-z]+ly\s+)?"
    r"(?:prompt|trigger|provoke|spark|push|lead|invite|force|cause|unleash|spur|compel|encourage|open\s+the\s+door)\b",
    re.IGNORECASE,
)

_REPEATED_VERB = re.compile(r"\b(?:has|have)\s+(?:(?:also|since|already)\s+)?repeatedly\s+$", re.IGNORECASE)

_NOT_VERB = re.compile(r"\b(?:not|never)\s+(?:[\w\-]+\s+){0,2}$|n[’']t\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# "the splurge of nuclear bomb testing", "a frenzy of atmospheric tests": a burst of testing summed up
_SUMMARY_BEFORE = re.compile(
    r"\b(?:splurge|flurry|surge|spate|burst|wave|frenzy|binge|spree|orgy|rash|heyday|era|age|decades|years)\s+of\s+(?:[\w\-]+\s+){0,3}$"
    r"|\b(?:surge|spike|upswing|upsurge|uptick|boom)\s+in\s+(?:[\w\-]+\s+){0,3}$",  # "a surge in missile testing after he took over in 2011"
    re.IGNORECASE,
)

_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc|declar|order|decid|threaten|plann|propos|approv|unveil|authoriz|authoris)(?:e|es|ed|ing|s)?\s+(?:on\s+)?(?:an?|the|its|their)\s+(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


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
# "has test-fired such rockets before": a perfect closed by an undated "before", a record of earlier tests
_PERFECT_AUX = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:also|already|repeatedly|often|successfully)\s+)?"
    r"(?:(?:conducted|carried\s+out|staged|held|performed)\s+(?:[\w\-]+\s+){0,3})?$",
    re.IGNORECASE,
)
_BEFORE_END = re.compile(
    r"[^,;.:]{0,60}?\s(?<!\bday\s)(?<!\bweek\s)(?<!\bmonth\s)(?<!\byear\s)(?<!\bnight\s)(?:before|previously|in\s+the\s+past)(?=\s*(?:[.,;:!?\"”’)]|$))",
    re.IGNORECASE,
)
# "During the previous six rounds of tests, it fired ...": an opening phrase setting the clause in an earlier run
_EARLIER_SETTING = re.compile(
    r"[\s\"“]*(?:During|In|Over|Throughout|Across)\s+(?:(?:the|its|their)\s+(?:previous|past|earlier|prior)|previous|past|earlier|prior)\s+"
    # not a span inside the recent window: "Over the past weekend,", "During the past fortnight,"
    r"(?![^,;.]*\b(?:days?|weeks?|months?|hours?|weekends?|fortnights?|nights?|mornings?|evenings?)\b)[^,;.]{1,60},\s*$",
)
# "There is a possibility the North has fired two rockets": a launch suspected done, not one ahead
_SUSPECTED_DONE = re.compile(r"\b(?:has|have|had)\s+(?:(?:already|just|recently|apparently|probably)\s+)?$", re.IGNORECASE)
# "would penalise Norland for staging a missile test last month": the modal is the reply's, the test its cause
_PUNISHED_FOR = re.compile(
    r"\b(?:sanction|punish|penali[sz]e|condemn|censure|rebuke|reprimand)(?:s|ed|ing)?\s+(?:[\w\-'’]+\s+){0,4}?(?:for|over)\s+$",
    re.IGNORECASE,
)
# "followed decades of tests of the X-9", "they hold regular missile tests": a record or a habit, no one event
_YEARS_OF = re.compile(r"\b(?:years|decades)\s+of\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_REGULAR_BEFORE = re.compile(r"\b(?:regular|routine|periodic)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?:a\.m\.|p\.m\.|local\s+time|GMT|UTC|hours\s+ago|minutes\s+ago)", re.IGNORECASE)


# "vowed on Monday to carry out", "threatened Sunday to conduct": a plan verb parted from its "to" by the
# day it was voiced (the lexicon's "threatened to" needs them side by side)
_DAY_THEN_PLAN = re.compile(
    r"\b(?:threaten(?:s|ed)?|vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|plans?|planned|intends?|intended)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\s+to\s+(?!have\b)"
)


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
    if text.find("that", lo, first.start) >= 0 and text[first.start : first.end].lower().endswith("ed") \
            and (told_that := _THAT_PAST.search(text, lo, first.start)):
        lo = told_that.start()  # "would deal sternly with its announcement that it tested a device": the modal is the reply's
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
            if h.id == "modal" and text[h.start : h.end].lower() in ("may", "might", "could") and _MODAL_PROGRESSIVE.match(text, h.end) \
                    and not _AHEAD_WORDS.search(text, h.end, test.clause[1]):
                continue  # "Norland may be conducting low-yield blasts at its range": an activity alleged now, not a plan
            if h.id == "modal" and _NEXT_COMPLEMENT.search(text, h.end, first.start):
                continue  # "accused it of deploying systems which could use them and of conducting a test": another complement's modal
            if h.id == "plan" and text.startswith("possibility", h.start) and _SUSPECTED_DONE.search(text, max(h.end, first.start - 30), first.start):
                continue  # "a possibility Norland has fired three rockets": a past launch suspected
            if h.id == "modal" and text[first.start : first.end].lower().endswith("ing") and _PUNISHED_FOR.search(text, max(h.end, first.start - 80), first.start) \
                    and any(d.value is not None and d.value <= doc.published for d in doc.dates(first.end, test.clause[1], future=False)):
                continue  # "would sanction Norland for detonating a device on May 2": the modal is the sanction's, the test dated past
            if h.id == "weigh" and not _WEIGH_OBJECT.match(text, h.end):
                continue  # "the council discussed the launch": no plan weighed
            if h.id == "plan" and any(
                d.value is not None and not d.relative and d.value < doc.published - _YEARS_BACK
                and d.start - test.triggers[-1].end < 40 and _YEAR_AFTER_MONTH.search(text, d.start, d.end)
                for d in doc.dates(test.triggers[-1].end, test.clause[1], future=False)
            ):
                continue  # "the premier ordered the blasts in May 1998": a plan carried out years ago
            if h.id == "plan" and _PLANNED_DONE.search(text, lo, h.end) and _PLANNED_NP.match(text, h.end, first.start):
                continue  # "carried out a pre-planned missile test on Tuesday": the plan was the test just held
            if h.id == "plan" and text.startswith("ordered", h.start) and _WATCHED_AFTER.match(text, test.triggers[-1].end, test.clause[1]) \
                    and not _MORE_ORDERED.search(text, h.end, first.start):
                continue  # "the leader ordered the firing and watched it from a command post": carried out
            if h.id == "plan" and text.startswith("ordered", h.start) and not _MORE_ORDERED.search(text, h.end, first.start) and any(
                d.value is not None and d.value < doc.published - NEW_WINDOW for d in doc.dates(test.triggers[-1].end, _before_report(text, test.triggers[-1].end, test.clause[1]), future=False)
            ):
                continue  # "the general ordered a salvo of rocket launches last week": an order carried out then, dated by the clause
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
    if text.find(" to ", lo, first.start) >= 0 and _DAY_THEN_PLAN.search(text, lo, first.start):
        return "prospective"  # "threatened Tuesday to stage a test": the day of the threat between verb and "to"
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
    if _record_or_habit(doc, test, lo):
        return "historical"  # "followed decades of tests of the X-9", "they hold regular missile tests"
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
    if noun[-1:] in "sS" and _test_noun(noun) and (_PERFECT_MANY.search(text, max(lo, first.start - 90), first.start) or (
        _PERFECT_BARE.search(text, max(lo, first.start - 60), first.start)
        # "has staged rocket launches, the ministry said on Monday": a lead's recent day, told in its attribution
        and not any(d.value is not None and d.value >= doc.published - NEW_WINDOW for d in doc.dates(*doc.sentences[index], future=False))
    )) and not _RECENT_SPAN.search(text, last_trigger.end, test.clause[1]) and not doc.dates(*test.clause, future=False):
        return "historical"  # "it has conducted numerous tests of medium-range missiles": a record summed up, undated
    if test.clause[0] > doc.sentences[index][0] and _EARLIER_SETTING.fullmatch(text, doc.sentences[index][0], test.clause[0]) \
            and not doc.dates(*test.clause, future=False):
        return "historical"  # "In earlier launches, the North flew only short-range rockets"
    if _BEFORE_END.match(text, last_trigger.end, test.clause[1]) and _PERFECT_AUX.search(text, max(lo, first.start - 60), first.start) \
            and not doc.dates(*test.clause, future=False):
        return "historical"  # "it has flown this rocket before": earlier tests summed up, undated
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


def _record_or_habit(doc: Document, test: _Test, lo: int) -> bool:
    """Plural tests summed up by the years they span, or held as a routine with no date told."""
    first = test.triggers[0]
    noun = doc.text[first.start : first.end]
    if noun[-1:] not in "sS" or not _test_noun(noun):
        return False
    if _YEARS_OF.search(doc.text, max(lo, first.start - 40), first.start):
        return True
    return bool(_REGULAR_BEFORE.search(doc.text, max(lo, first.start - 40), first.start)) and not doc.dates(*test.clause, future=False)


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
        if lead is not None and d.end < lead and _PACT_DATED.search(doc.text, max(start, d.start - 60), d.start):
            continue  # "shelved an accord it struck with its neighbour in 2015, after the neighbour launched ...": the pact's
        if after is not None and d.start > after and _OTHER_RELATIVE.search(doc.text, max(after, d.start - 60), d.start):
            continue  # "a pact from which the president walked away last spring": the withdrawal's date, not the test's
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
