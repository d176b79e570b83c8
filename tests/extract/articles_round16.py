"""Round 16 of the challenge articles: 12 fresh articles (eight in the domain, four out of it,
one a video-game review full of missile words), written and labelled after round 15's fixes and
run before round 16's: they scored 78/134 required signals right with 13 false alarms."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

_BM = {"ballistic_missile", "unspecified"}
_YE = {"YEM", None}  # the Houthis: Yemen's de-facto rulers in the north, or no state

ROUND16: list[Article] = [
    Article(
        "k1 reuters analysis: iran's missile programme from shahab-3 to this week's khorramshahr test",
        date(2026, 6, 18),
        """ANALYSIS-From Shahab to Khorramshahr: Iran's missile force bets on range and solid fuel

DUBAI, June 18 (Reuters) - When Iran's Revolutionary Guards test-fired what they called an upgraded Khorramshahr ballistic missile from a desert range in Semnan province on Monday, officials in Tehran presented the launch as proof that a programme battered by last year's war with Israel was back on its feet.

State television said the missile flew roughly 1,900 km before its warhead struck a mock target in the Indian Ocean, a figure U.S. officials did not confirm. A Pentagon spokesperson said only that Washington had "observed the launch" and was assessing it.

The test, the first publicly announced firing of a long-range Iranian missile since the June 2025 conflict, comes at a delicate moment. Indirect talks between Iranian and U.S. envoys in Muscat stalled last month, and Washington has given Tehran until the end of the month to respond to its latest proposal, according to two U.S. officials.

Israeli officials, for their part, have said openly that they will not allow Tehran to rebuild what their air force destroyed. "If Iran thinks it can quietly rebuild its launchers, it is mistaken. We will strike them again," Defence Minister Israel Katz said on Tuesday.

Brigadier General Majid Mousavi, head of the Guards' aerospace force, replied that any attack would be met with "a response that makes last June look like a rehearsal."

The roots of the programme go back to July 1998, when Iran first flight-tested the liquid-fuelled Shahab-3, a medium-range ballistic missile derived from North Korea's Nodong. U.S. intelligence at the time described the launch as a partial failure.

A decade later, in November 2008, Iranian engineers launched the Sejjil, a two-stage solid-fuel missile whose propellant is stored in the airframe, cutting the time needed to ready it from hours to minutes.

The Khorramshahr, modelled on the North Korean Musudan, was paraded through Tehran in September 2017, and state television aired footage days later of what it said was the missile's first successful test flight. U.S. officials said the video appeared to show a failed launch from January of that year.

In 2024 the Guards put a research satellite into orbit with the Qaem-100, a three-stage solid-fuel rocket that Western governments say relies on technology interchangeable with that of long-range ballistic missiles. Britain, France and Germany said the launch was inconsistent with U.N. Security Council resolution 2231, which calls on Iran not to undertake activity related to missiles designed to carry nuclear weapons.

By one tally kept by independent analysts, Iran carried out more than 50 ballistic missile test launches between 2015 and the outbreak of last year's war, many of them never announced. During the 12-day conflict itself, Iran fired about 550 ballistic missiles at Israel, according to Israeli figures, most of which were intercepted.

Iranian commanders have long said Supreme Leader Ali Khamenei imposed a 2,000 km ceiling on the range of the country's missiles, a self-imposed limit that some hardline lawmakers have since urged him to scrap.

"Monday's launch is about signalling that the solid-fuel production lines survived," said Tara Lindqvist, a missile analyst at a London-based defence think tank. "The thing to watch is whether they test a variant with a longer reach, which would break with the 2,000 km ceiling. I would not rule that out this year."

Tehran insists its missiles are purely defensive and are not up for discussion. "Our missile programme is a red line, and no one will be allowed to negotiate over it," Foreign Ministry spokesman Esmaeil Baghaei told reporters on Wednesday, adding that Iran "does not respond to ultimatums."

(Reporting by Dubai newsroom; Editing by William Maclean)""",
        expect=[
            (W, "Iran's Revolutionary Guards test-fired what they called an upgraded Khorramshahr ballistic missile", {"temporal": "new", "weapon": "ballistic_missile", "actor": "IRN"}),
            (W, "the missile flew roughly 1,900 km before its warhead struck a mock target", {"temporal": "new", "weapon": _BM, "actor": "IRN"}),
            (W, "The test, the first publicly announced firing of a long-range Iranian missile", {"temporal": "new", "weapon": _BM, "actor": "IRN"}),
            (D, "Washington has given Tehran until the end of the month to respond to its latest proposal", {"due": "2026-06-30", "set_by": "USA"}),
            (E, "they will not allow Tehran to rebuild what their air force destroyed", {"actor": "ISR"}),
            (E, "We will strike them again", {"actor": "ISR"}),
            (E, "any attack would be met with \"a response that makes last June look like a rehearsal.\"", {"actor": "IRN"}),
            (W, "Iran first flight-tested the liquid-fuelled Shahab-3, a medium-range ballistic missile", {"temporal": "historical", "weapon": {"ballistic_missile", "irbm"}, "actor": "IRN"}),
            (W, "Iranian engineers launched the Sejjil, a two-stage solid-fuel missile", {"temporal": "historical", "weapon": _BM, "actor": "IRN"}),
            (W, "footage days later of what it said was the missile's first successful test flight", {"temporal": "historical", "weapon": _BM, "actor": "IRN"}),
            (W, "the Guards put a research satellite into orbit with the Qaem-100", {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
            (W, "Iran carried out more than 50 ballistic missile test launches between 2015 and the outbreak of last year's war", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "IRN"}),
            (E, "Iran fired about 550 ballistic missiles at Israel", {"actor": "IRN"}),
            (W, "whether they test a variant with a longer reach", {"temporal": "prospective", "actor": "IRN"}),
            (E, "Our missile programme is a red line, and no one will be allowed to negotiate over it", {"actor": "IRN"}),
        ],
        optional=[
            (W, "a figure U.S. officials did not confirm"),
            (W, "\"observed the launch\""),
            (W, "described the launch as a partial failure"),
            (E, "was paraded through Tehran in September 2017"),
            (W, "appeared to show a failed launch from January of that year"),
            (E, "said the launch was inconsistent with U.N. Security Council resolution 2231"),
            (M, "calls on Iran not to undertake activity related to missiles designed to carry nuclear weapons"),
            (M, "imposed a 2,000 km ceiling on the range of the country's missiles"),
            (E, "some hardline lawmakers have since urged him to scrap"),
            (M, "a self-imposed limit that some hardline lawmakers have since urged him to scrap"),
            (W, "Iran fired about 550 ballistic missiles at Israel"),
            (W, "Monday's launch is about signalling"),
            (M, "which would break with the 2,000 km ceiling"),
            (E, "Iran \"does not respond to ultimatums.\""),
            (D, "Iran \"does not respond to ultimatums.\""),
        ],
    ),
    Article(
        "k2 yonhap: north korea fires suspected hypersonic irbm; kim yo jong ultimatum over freedom shield; tokyo and washington react",
        date(2026, 3, 12),
        """N. Korea fires suspected hypersonic IRBM after Kim Yo-jong warns over allied drills

SEOUL, March 12 (Yonhap) -- North Korea fired what appeared to be a hypersonic intermediate-range ballistic missile into the East Sea on Thursday, South Korea's military said, a day after leader Kim Jong-un's sister threatened to answer ongoing combined drills between Seoul and Washington.

The Joint Chiefs of Staff (JCS) said it detected the launch from the Pyongyang area at around 7:50 a.m. and that the missile traveled about 1,050 km before splashing down in waters off the North's east coast.

"The missile appears to have performed a pull-up maneuver in its terminal phase, which is characteristic of a hypersonic glide vehicle," a JCS official told reporters on condition of anonymity, adding that South Korean and U.S. intelligence authorities were analyzing the exact specifications.

The JCS called the launch "a grave provocation that undermines peace and stability on the Korean Peninsula" and vowed to respond overwhelmingly to any further provocation, saying it had stepped up surveillance in preparation for additional launches.

On Wednesday, Kim Yo-jong, a vice department director of the ruling Workers' Party, denounced the Freedom Shield exercise as "a dangerous war rehearsal for invading" the North and said its armed forces would take "decisive and continuous" countermeasures.

"The U.S. and the ROK should remember that the more they flex their muscles, the sharper our nuclear war deterrent will become," she said in a statement carried by the official Korean Central News Agency (KCNA). She said Seoul and Washington had until the end of the month to call off what she called "the reckless military gambling," or face "a response they will remember for a long time."

The allies kicked off the 11-day Freedom Shield exercise on Monday, mobilizing about 18,000 South Korean troops along with U.S. forces and, for the first time this year, a squadron of F-35B stealth fighters. Seoul and Washington say the annual drills are defensive in nature.

In Tokyo, Prime Minister Sanae Takaichi said the launch "threatens the peace and safety of Japan and the region" and that her government had lodged a protest with Pyongyang through its embassy in Beijing. Japan's Defense Ministry said the missile appeared to have landed outside the country's exclusive economic zone (EEZ) and that there were no reports of damage to ships or aircraft.

U.S. Indo-Pacific Command said it was aware of the launch and was consulting closely with its allies, while the State Department condemned it as a breach of several U.N. Security Council resolutions. "Our commitment to the defense of the Republic of Korea and Japan remains ironclad," the command said.

Thursday's launch was the North's first ballistic missile firing since late January, when it test-fired what state media called a new-type hypersonic missile off its west coast. Pyongyang has claimed a string of hypersonic tests since 2021, including the solid-fuel Hwasong-16B it flew in April 2024.

The North has not carried out a nuclear test since September 2017, its sixth. Kim Jong-un announced a self-imposed halt to nuclear and intercontinental ballistic missile tests in April 2018 ahead of summits with then U.S. President Donald Trump, but declared in early 2020 that the country was no longer bound by it and resumed ICBM launches two years later.

South Korea's spy agency told lawmakers last month that the North had completed preparations for a seventh nuclear test at its Punggye-ri site and could go ahead whenever the leadership decides.

"Pyongyang uses the spring drills as cover to validate systems it needed to test anyway, and the hypersonic program is the priority this year," said Park Ji-hoon, a professor of North Korean studies at Kyungnam University.

(END)""",
        expect=[
            (W, "N. Korea fires suspected hypersonic IRBM", {"temporal": "new", "weapon": ["hypersonic", "irbm"], "actor": "PRK"}),
            (E, "after Kim Yo-jong warns over allied drills", {"actor": "PRK"}),
            (W, "North Korea fired what appeared to be a hypersonic intermediate-range ballistic missile into the East Sea on Thursday", {"temporal": "new", "weapon": ["hypersonic", "irbm"], "actor": "PRK"}),
            (E, "threatened to answer ongoing combined drills between Seoul and Washington", {"actor": "PRK"}),
            (W, "the missile traveled about 1,050 km before splashing down", {"temporal": "new", "weapon": "unspecified", "actor": "PRK"}),
            (W, "The missile appears to have performed a pull-up maneuver in its terminal phase", {"temporal": "new", "weapon": {"hypersonic", "unspecified"}, "actor": "PRK"}),
            (E, "\"a grave provocation that undermines peace and stability on the Korean Peninsula\"", {"actor": "KOR"}),
            (E, "vowed to respond overwhelmingly to any further provocation", {"actor": "KOR"}),
            (E, "denounced the Freedom Shield exercise as \"a dangerous war rehearsal for invading\" the North", {"actor": "PRK"}),
            (E, "its armed forces would take \"decisive and continuous\" countermeasures", {"actor": "PRK"}),
            (E, "the sharper our nuclear war deterrent will become", {"actor": "PRK"}),
            (D, "Seoul and Washington had until the end of the month to call off", {"due": "2026-03-31", "set_by": "PRK"}),
            (E, "or face \"a response they will remember for a long time.\"", {"actor": "PRK"}),
            (E, "the launch \"threatens the peace and safety of Japan and the region\"", {"actor": "JPN"}),
            (W, "the missile appeared to have landed outside the country's exclusive economic zone", {"temporal": "new", "weapon": "unspecified", "actor": "PRK"}),
            (W, "it test-fired what state media called a new-type hypersonic missile off its west coast", {"temporal": "historical", "weapon": "hypersonic", "actor": "PRK"}),
            (W, "Pyongyang has claimed a string of hypersonic tests since 2021", {"temporal": "historical", "weapon": "hypersonic", "actor": "PRK"}),
            (M, "announced a self-imposed halt to nuclear and intercontinental ballistic missile tests in April 2018", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "declared in early 2020 that the country was no longer bound by it", {"status": "ended", "actor": "PRK"}),
            (W, "resumed ICBM launches two years later", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "completed preparations for a seventh nuclear test at its Punggye-ri site", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
        ],
        optional=[
            (W, "it detected the launch from the Pyongyang area"),
            (W, "The JCS called the launch"),
            (W, "in preparation for additional launches"),
            (E, "The allies kicked off the 11-day Freedom Shield exercise on Monday"),
            (E, "lodged a protest with Pyongyang through its embassy in Beijing"),
            (W, "it was aware of the launch"),
            (E, "condemned it as a breach of several U.N. Security Council resolutions"),
            (M, "a breach of several U.N. Security Council resolutions"),
            (E, "\"Our commitment to the defense of the Republic of Korea and Japan remains ironclad,\""),
            (W, "Thursday's launch was the North's first ballistic missile firing since late January"),
            (W, "the solid-fuel Hwasong-16B it flew in April 2024"),
            (W, "The North has not carried out a nuclear test since September 2017, its sixth"),
            (M, "The North has not carried out a nuclear test since September 2017, its sixth"),
            (M, "resumed ICBM launches two years later"),
            (W, "could go ahead whenever the leadership decides"),
            (W, "to validate systems it needed to test anyway"),
            (W, "the hypersonic program is the priority this year"),
        ],
    ),
    Article(
        "k3 kremlin briefing: peskov says burevestnik and poseidon tests not nuclear; russia tests only if us does; duma deputy's tsunami threat",
        date(2026, 2, 5),
        """Kremlin says Burevestnik, Poseidon trials were no nuclear test; lawmaker threatens 'radioactive tsunami'

MOSCOW, Feb 5 (Reuters) - The Kremlin said on Thursday that Russia's recent tests of its nuclear-powered Burevestnik cruise missile and Poseidon underwater drone should not be mistaken for a nuclear test, and that Moscow would carry out an atomic explosion only if the United States did so first.

"The tests of the Burevestnik and the Poseidon cannot be interpreted as a nuclear test by any means," Kremlin spokesman Dmitry Peskov told reporters on his daily conference call. "These were tests of delivery vehicles, not of warheads. We hope the American side has been correctly informed."

Chief of the General Staff Valery Gerasimov reported to President Vladimir Putin last week that the Burevestnik had stayed aloft for about 15 hours and flown some 14,000 km during a trial on Jan. 27, manoeuvring to evade missile defences. Two days later, Putin said the Poseidon had for the first time been launched from a carrier submarine and its onboard reactor switched on, adding that no means of intercepting it existed anywhere in the world.

U.S. President Donald Trump last autumn ordered the Pentagon to begin testing American nuclear weapons "on an equal basis" after Russia's earlier Burevestnik and Poseidon trials, although his energy secretary later said the planned tests would be system tests of non-nuclear components rather than explosions.

Putin has said repeatedly that Russia remains committed to its moratorium on nuclear testing and will not be the first to break it. In November, however, he instructed officials to draw up proposals on possible preparations for nuclear weapons tests at the Novaya Zemlya range in the Arctic.

"If the United States or any other nuclear power conducts such a test, Russia will be obliged to respond in kind. That is the position, and it has not changed," Peskov said.

The Kremlin's comments came on the day New START, the last treaty capping the two countries' deployed strategic arsenals, expired. Putin had offered to keep observing its central limits for one more year if Washington did the same; the White House has not formally replied.

Deputy Foreign Minister Sergei Ryabkov said on Wednesday that Washington had until Feb. 20 to say whether it would reciprocate, after which Russia would "consider itself free of any self-restraint" on the number of deployed warheads.

Earlier on Thursday, Alexei Gorbunov, a Liberal Democratic Party deputy who sits on the State Duma's defence committee, went further. "One Poseidon off the East Coast, and Washington will learn what a radioactive tsunami looks like," he told the RIA Novosti news agency, calling for Russia to end its moratorium and test "without waiting for the Americans."

Asked about the remarks, Peskov said deputies were entitled to their opinions but that "the Kremlin's position is set by the president."

Russia last conducted a nuclear test in 1990, when it was still part of the Soviet Union. It withdrew its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023, saying it was mirroring the United States, which signed the pact but never ratified it.

The U.S. State Department said it was monitoring the Russian trials and accused Moscow of "reckless nuclear saber-rattling."

Arms control experts said the danger lay less in the new delivery systems than in tit-for-tat rhetoric that could unravel a moratorium that Russia, the United States and China have observed for three decades. "Nobody needs to test a warhead to build a Burevestnik. But if one side detonates, the others will follow within months," said Hanna Voss, a researcher at the Stockholm-based arms control programme.

(Reporting by Moscow bureau; Writing by Guy Faulconbridge)""",
        expect=[
            (E, "lawmaker threatens 'radioactive tsunami'", {"actor": "RUS"}),
            (W, "Russia's recent tests of its nuclear-powered Burevestnik cruise missile and Poseidon underwater drone", {"temporal": "new", "weapon": ["cruise_missile", "unspecified"], "actor": "RUS"}),
            (W, "Moscow would carry out an atomic explosion only if the United States did so first", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (W, "the Burevestnik had stayed aloft for about 15 hours and flown some 14,000 km during a trial on Jan. 27", {"temporal": "new", "weapon": {"cruise_missile", "unspecified"}, "actor": "RUS"}),
            (W, "the Poseidon had for the first time been launched from a carrier submarine", {"temporal": "new", "weapon": "unspecified", "actor": "RUS"}),
            (W, "ordered the Pentagon to begin testing American nuclear weapons", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "Russia's earlier Burevestnik and Poseidon trials", {"temporal": "historical", "actor": "RUS"}),
            (W, "the planned tests would be system tests of non-nuclear components", {"temporal": "prospective", "actor": "USA"}),
            (M, "Russia remains committed to its moratorium on nuclear testing", {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (W, "draw up proposals on possible preparations for nuclear weapons tests at the Novaya Zemlya range", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "Russia will be obliged to respond in kind", {"actor": "RUS"}),
            (D, "Washington had until Feb. 20 to say whether it would reciprocate", {"due": "2026-02-20", "set_by": "RUS"}),
            (E, "\"consider itself free of any self-restraint\"", {"actor": "RUS"}),
            (E, "Washington will learn what a radioactive tsunami looks like", {"actor": "RUS"}),
            (M, "calling for Russia to end its moratorium", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (W, "Russia last conducted a nuclear test in 1990", {"temporal": "historical", "weapon": "nuclear", "actor": {"RUS", "SUN"}}),
            (E, "It withdrew its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023", {"actor": "RUS"}),
            (E, "accused Moscow of \"reckless nuclear saber-rattling.\"", {"actor": "USA"}),
            (M, "a moratorium that Russia, the United States and China have observed for three decades", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
        ],
        optional=[
            (W, "Kremlin says Burevestnik, Poseidon trials were no nuclear test"),
            (W, "should not be mistaken for a nuclear test"),
            (E, "Moscow would carry out an atomic explosion only if the United States did so first"),
            (M, "Moscow would carry out an atomic explosion only if the United States did so first"),
            (W, "The tests of the Burevestnik and the Poseidon cannot be interpreted as a nuclear test"),
            (W, "These were tests of delivery vehicles, not of warheads"),
            (W, "its onboard reactor switched on"),
            (E, "no means of intercepting it existed anywhere in the world"),
            (E, "ordered the Pentagon to begin testing American nuclear weapons"),
            (M, "will not be the first to break it"),
            (M, "draw up proposals on possible preparations for nuclear weapons tests"),
            (E, "draw up proposals on possible preparations for nuclear weapons tests"),
            (W, "If the United States or any other nuclear power conducts such a test"),
            (W, "Russia will be obliged to respond in kind"),
            (M, "Russia will be obliged to respond in kind"),
            (M, "keep observing its central limits for one more year"),
            (M, "\"consider itself free of any self-restraint\""),
            (E, "calling for Russia to end its moratorium"),
            (W, "test \"without waiting for the Americans.\""),
            (M, "Comprehensive Nuclear-Test-Ban Treaty"),
            (W, "monitoring the Russian trials"),
            (W, "Nobody needs to test a warhead to build a Burevestnik"),
            (W, "if one side detonates, the others will follow within months"),
            (E, "tit-for-tat rhetoric"),
        ],
    ),
    Article(
        "k4 reuters factbox: nuclear test moratoria country by country, each state's last test",
        date(2026, 9, 9),
        """FACTBOX-Nuclear test moratoria: who stopped when, and who might start again

Sept 9 (Reuters) - Calls from Washington and Moscow to prepare for possible nuclear weapons tests have put a spotlight on the informal moratoria that have kept the world's nuclear powers from detonating warheads for most of the past three decades. Only North Korea has conducted a nuclear explosive test this century.

The Comprehensive Nuclear-Test-Ban Treaty (CTBT), opened for signature in 1996, bans all nuclear explosions but cannot enter into force until 44 specified states, including the United States, China, India and North Korea, have ratified it.

Here is where each nuclear-armed state stands:

UNITED STATES

The last U.S. nuclear test, code-named Divider, was carried out underground at the Nevada Test Site on Sept. 23, 1992. Congress voted the following month for a nine-month halt to testing, and successive administrations have kept the moratorium in place since. In October 2025, President Donald Trump said he had instructed the Pentagon to start testing nuclear weapons "immediately"; officials later said the planned work would not involve nuclear explosions.

RUSSIA

The Soviet Union conducted its 715th and final nuclear test at Novaya Zemlya on Oct. 24, 1990, and Mikhail Gorbachev announced a one-year moratorium a year later that Russia has observed ever since. Moscow revoked its ratification of the CTBT in 2023. President Vladimir Putin has said Russia will resume testing only if the United States does, and in November 2025 he ordered proposals on possible test preparations.

BRITAIN

Britain's last test, Julin, was a joint underground explosion with the United States in Nevada on Nov. 26, 1991. London has not tested since, and in 1998 it became, together with France, the first nuclear-weapon state to ratify the CTBT.

FRANCE

France carried out 210 nuclear tests, first in the Algerian Sahara and then in French Polynesia. After a final series of six explosions at Mururoa and Fangataufa atolls in 1995 and 1996 that drew protests across the Pacific, President Jacques Chirac announced the definitive end of French testing on Jan. 29, 1996. Paris has since dismantled its Pacific test sites.

CHINA

China's 45th and last test took place at Lop Nur on July 29, 1996; Beijing declared a moratorium the next day and signed the CTBT that September but has not ratified it. The U.S. State Department has said activity at Lop Nur raises concerns that China may be conducting very low-yield tests, which Beijing denies.

INDIA AND PAKISTAN

India exploded five devices at Pokhran on May 11 and 13, 1998, and Pakistan answered with six at Chagai on May 28 and 30. Both then declared unilateral moratoria, which they say remain in force. Neither has signed the CTBT.

NORTH KOREA

North Korea conducted six tests between October 2006 and September 2017, the last of which it said was a hydrogen bomb. Kim Jong Un announced a halt to nuclear and ICBM tests in April 2018 and blew up tunnel entrances at the Punggye-ri site, but declared at the start of 2020 that he no longer felt bound by it. U.S. and South Korean officials say the North has restored tunnels at the site and could stage a seventh test at short notice.

ISRAEL

Israel, which neither confirms nor denies having nuclear weapons, is not known to have conducted a test. A double flash detected by a U.S. Vela satellite over the South Atlantic in September 1979 is seen by some researchers as evidence of a clandestine test, a claim Israel has never addressed.

(Compiled by the Vienna newsroom; Editing by Frances Kerry)""",
        expect=[
            (W, "Calls from Washington and Moscow to prepare for possible nuclear weapons tests", {"temporal": "prospective", "weapon": "nuclear", "actor": None}),
            (M, "the informal moratoria that have kept the world's nuclear powers from detonating warheads", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "Only North Korea has conducted a nuclear explosive test this century", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "The last U.S. nuclear test, code-named Divider, was carried out underground at the Nevada Test Site", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "Congress voted the following month for a nine-month halt to testing", {"status": {"called_for", "in_force"}, "scope": ["nuclear"], "actor": "USA"}),
            (M, "successive administrations have kept the moratorium in place since", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "he had instructed the Pentagon to start testing nuclear weapons \"immediately\"", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "The Soviet Union conducted its 715th and final nuclear test at Novaya Zemlya", {"temporal": "historical", "weapon": "nuclear", "actor": {"RUS", "SUN"}}),
            (M, "Mikhail Gorbachev announced a one-year moratorium a year later that Russia has observed ever since", {"status": "in_force", "scope": ["nuclear"], "actor": {"RUS", "SUN"}}),
            (E, "Moscow revoked its ratification of the CTBT in 2023", {"actor": "RUS"}),
            (W, "Russia will resume testing only if the United States does", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (W, "he ordered proposals on possible test preparations", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (W, "Britain's last test, Julin, was a joint underground explosion with the United States in Nevada", {"temporal": "historical", "weapon": "nuclear", "actor": {"GBR", None}}),
            (M, "London has not tested since", {"status": "in_force", "scope": ["nuclear"], "actor": "GBR"}),
            (W, "France carried out 210 nuclear tests", {"temporal": "historical", "weapon": "nuclear", "actor": "FRA"}),
            (W, "a final series of six explosions at Mururoa and Fangataufa atolls", {"temporal": "historical", "weapon": "nuclear", "actor": "FRA"}),
            (M, "Chirac announced the definitive end of French testing on Jan. 29, 1996", {"status": "in_force", "scope": ["nuclear"], "actor": "FRA"}),
            (W, "China's 45th and last test took place at Lop Nur on July 29, 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (M, "Beijing declared a moratorium the next day", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (W, "India exploded five devices at Pokhran on May 11 and 13, 1998", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (W, "Pakistan answered with six at Chagai on May 28 and 30", {"temporal": "historical", "weapon": "nuclear", "actor": "PAK"}),
            (M, "Both then declared unilateral moratoria, which they say remain in force", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "North Korea conducted six tests between October 2006 and September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "Kim Jong Un announced a halt to nuclear and ICBM tests in April 2018", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "declared at the start of 2020 that he no longer felt bound by it", {"status": "ended", "actor": "PRK"}),
            (W, "could stage a seventh test at short notice", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "PRK"}),
        ],
        optional=[
            (M, "FACTBOX-Nuclear test moratoria"),
            (E, "Calls from Washington and Moscow to prepare for possible nuclear weapons tests"),
            (M, "bans all nuclear explosions"),
            (M, "The Comprehensive Nuclear-Test-Ban Treaty (CTBT)"),
            (M, "he had instructed the Pentagon to start testing nuclear weapons"),
            (E, "he had instructed the Pentagon to start testing nuclear weapons"),
            (W, "the planned work would not involve nuclear explosions"),
            (M, "Russia will resume testing only if the United States does"),
            (E, "Russia will resume testing only if the United States does"),
            (M, "he ordered proposals on possible test preparations"),
            (E, "he ordered proposals on possible test preparations"),
            (M, "the first nuclear-weapon state to ratify the CTBT"),
            (M, "Paris has since dismantled its Pacific test sites"),
            (M, "signed the CTBT that September"),
            (W, "China may be conducting very low-yield tests"),
            (E, "raises concerns that China may be conducting very low-yield tests"),
            (M, "Neither has signed the CTBT"),
            (W, "the last of which it said was a hydrogen bomb"),
            (M, "blew up tunnel entrances at the Punggye-ri site"),
            (E, "the North has restored tunnels at the site"),
            (W, "the North has restored tunnels at the site"),
            (W, "is not known to have conducted a test"),
            (W, "evidence of a clandestine test"),
        ],
    ),
    Article(
        "k5 OUT: ap: startup's first orbital rocket explodes on test flight; faa mishap report within 90 days; launch-licence moratorium call",
        date(2026, 7, 23),
        """Startup's first orbital rocket explodes 40 seconds after liftoff; FAA orders mishap probe

TRUTH OR CONSEQUENCES, N.M. (AP) — A rocket built by Colorado startup Altura Launch exploded about 40 seconds into its first test flight Wednesday, raining debris over the desert near Spaceport America and setting back the company's plans to start delivering commercial satellites to orbit this year.

The 28-meter (92-foot) Pika rocket lifted off at 6:12 a.m. local time carrying a dummy payload. Its nine kerosene-fueled engines appeared to perform normally before a plume of flame erupted near the top of the first stage and the vehicle broke apart, according to a company livestream that was cut shortly afterward.

No one was injured. The Federal Aviation Administration said Altura must investigate the failure under FAA oversight and submit a final mishap report within 90 days, and that the vehicle could not fly again until the agency approves the findings. The FAA also briefly held departures at El Paso International Airport while debris fell.

"We knew a first flight carried real risk, and today we got a lot of data the hard way," Altura chief executive Dana Whitlock said in a post on X. "Nobody was hurt, and that is what matters. We'll be back on the pad."

The company completed a full-duration static-fire test of the first stage in May and a fueled dress rehearsal last month. It has raised about $410 million from venture investors and holds contracts to carry small satellites for an Earth-imaging firm and a university consortium.

Residents of nearby Sierra County, some of whom reported rattled windows, said the blast felt like "a sonic boom times ten." A local environmental group renewed its call for a moratorium on new launch licenses at the spaceport until the state completes a study of wildfire risks, noting that falling debris sparked several small brush fires that crews had contained by mid-morning.

Industry analysts said early failures are common. "Almost every new rocket company has lost a vehicle on its first or second try," said Caleb Morrow, an aerospace consultant in Denver. "The real test is how fast they can turn the findings into a fix."

Morrow said the bigger risk is financial. Costs across the launch business have been escalating as suppliers raise prices for engine parts and carbon composites, and investors who poured money into space startups in 2021 have grown less patient. "Money is the deadline for these companies, not the calendar," he said.

Altura, which fired its chief operating officer in March after a dispute over the test schedule, said it would publish a preliminary timeline of the failure by the end of the month. A second Pika vehicle is in final assembly, and the company had aimed to fly it before the end of the year, a target Whitlock said was now "under review."

The New Mexico Spaceport Authority said it would cooperate fully with the investigation and that the spaceport's other tenants, which include a suborbital tourism company, were not affected.

Shares of Altura's largest listed backer, the satellite-component maker Orbix Systems, fell 7% in afternoon trading in New York.""",
        expect=[],
        optional=[],
    ),
    Article(
        "k6 OUT: ap: texas grid stress test in heat wave; moratorium on disconnections; escalating power prices; reactor trip",
        date(2026, 8, 6),
        """Texas grid survives heat-wave stress test as regulators freeze disconnections

AUSTIN, Texas (AP) — Texas' power grid made it through its toughest stress test of the summer on Wednesday, as temperatures topped 110 degrees Fahrenheit (43 Celsius) across much of the state and demand climbed to a record of roughly 89,000 megawatts.

The Electric Reliability Council of Texas, which manages the grid for about 90% of the state's load, had warned on Tuesday that rotating outages were possible if wind output dropped in the evening, when solar generation fades. It issued a conservation appeal asking homes and businesses to set thermostats a few degrees higher between 6 p.m. and 9 p.m.

Grid officials said the appeal, a strong showing from batteries that fired up as the sun went down and imports from neighboring grids helped keep reserves above emergency levels. "This was a real-world stress test, and the system passed it, but not by a wide margin," ERCOT chief executive Pablo Vegas told reporters.

Adding to the strain, one of the two reactors at the South Texas Project nuclear power plant near Bay City tripped offline on Monday after a feedwater pump failed. The Nuclear Regulatory Commission said the unit shut down safely and no radiation was released. The plant's operator said it expected to restart the reactor by the end of the week.

The Public Utility Commission on Tuesday ordered a moratorium on disconnections for unpaid bills for residential customers through Sept. 15, saying no family should lose air conditioning during a heat emergency. Utilities have until Aug. 20 to file deferred-payment plans with the commission, and customers who apply for bill assistance by the end of the month will be protected from late fees.

Consumer advocates welcomed the freeze but said it would not shield households from escalating prices. Wholesale power hit the $5,000-per-megawatt-hour cap for several hours on Wednesday evening, and retail providers with variable-rate plans are expected to pass on at least part of the spike.

"People are facing an escalation in their bills they simply can't absorb," said Carol Biedrzycki of Texas ROSE, a nonprofit that advocates for low-income energy customers. "A disconnection moratorium buys them time, but the bills still come due."

Gov. Greg Abbott, who faces pressure over the grid after the deadly 2021 winter storm, said the state had "launched more than a dozen new plants" since then and that the grid was stronger than ever. Democrats fired back that much of the added capacity came from solar and batteries the governor's allies had tried to limit.

Forecasters said the heat dome was expected to ease slightly by the weekend before another surge next week, when ERCOT has warned that demand could test the record again. The grid operator has asked power plants to delay planned maintenance until mid-September.

Meanwhile, several cities launched cooling centers and extended hours at public libraries. Dallas officials said ambulance calls for heat illness had jumped 40% since Sunday.""",
        expect=[],
        optional=[],
    ),
    Article(
        "l1 yonhap: seoul test-fires hyunmoo-5; kim yo-jong threatens; history of the south's missile tests",
        date(2026, 3, 12),
        """SEOUL, March 12 (Yonhap) -- South Korea test-fired its Hyunmoo-5 bunker-buster ballistic missile in a publicly announced flight for the first time on Wednesday, the defense ministry said, drawing a swift threat of "corresponding action" from North Korea.

The missile was launched from a mobile launcher at the Agency for Defense Development's test range in Taean, South Chungcheong Province, and hit a target in waters off the west coast after a flight of several hundred kilometers, the ministry said in a statement. It declined to give the exact range, apogee or warhead weight.

"Wednesday's test-firing confirmed that the Hyunmoo-5 can strike deep, hardened targets anywhere in the North with precision," Defense Minister Ahn Gyu-back told reporters at the range. "If the North ever attempts to use nuclear weapons, its regime will face an overwhelming response that ends it."

The Hyunmoo-5, first shown to the public at an Armed Forces Day parade in October 2024, is believed to carry a conventional warhead of up to 8 tons and is the centerpiece of Seoul's "Korea Massive Punishment and Retaliation" strategy, one of three pillars of its deterrent against the North's nuclear arsenal. The military plans to begin deploying the missile to frontline units by the end of this year, officials said.

North Korea lashed out on Thursday. In a statement carried by the official Korean Central News Agency (KCNA), Kim Yo-jong, the influential sister of leader Kim Jong-un, called the launch "a dangerous military provocation that pushes the situation on the peninsula to the brink" and said Pyongyang would "take corresponding action at a time of our choosing."

"The puppet military gangsters should know that their so-called monster missile is nothing but a firecracker before our nuclear force," she said, adding that any attack on the North would be met with "an immediate and merciless nuclear counterattack."

South Korea's Joint Chiefs of Staff (JCS) said it had detected no unusual movements by the North's military but was closely watching for the possibility that Pyongyang could answer with a ballistic missile launch of its own in the coming days.

The North fired two short-range ballistic missiles into the East Sea from near Pyongyang on Feb. 27, its first launch in about a month, and state media said at the time that the launches had verified a "new-type" guidance system for tactical weapons.

President Lee Jae-myung, who has sought to ease tensions with the North since taking office last June, has repeatedly called for a resumption of dialogue, and his office described Wednesday's launch as "a routine step" in a development schedule set years ago.

South Korea has developed ballistic missiles since the 1970s, when then-President Park Chung-hee ordered a secret program in response to North Korean commando raids. Its first indigenous missile, the NHK-1 "Baekgom," was successfully flight-tested in September 1978.

For decades, range and payload guidelines agreed with Washington held the program back, until the two allies scrapped the last of the restrictions in May 2021. Four months later, Seoul became the first country without nuclear weapons to test-launch a submarine-launched ballistic missile, firing it from the submarine Dosan Ahn Chang-ho on the same day that Pyongyang fired two ballistic missiles from a train.

The South has since flown a solid-fuel space rocket developed by the Agency for Defense Development, which put a military reconnaissance satellite into orbit in December 2024.

The North's own programs have advanced far faster. Kim declared in April 2018 that the country would stop nuclear tests and intercontinental ballistic missile launches, but he said in late 2019 that the North no longer felt bound by the pledge, and Pyongyang resumed full-range ICBM launches in March 2022. It flew its solid-fuel Hwasong-19 ICBM for the first time in October 2024.

"Seoul wants Pyongyang to see that it can hold the leadership at risk without nuclear weapons of its own," said Yang Uk, a research fellow at the Asan Institute for Policy Studies. "But every new South Korean missile also hands Kim a pretext for his next test."
""",
        expect=[
            (W, "South Korea test-fired its Hyunmoo-5 bunker-buster ballistic missile", {"temporal": "new", "weapon": "ballistic_missile", "actor": "KOR"}),
            (E, 'drawing a swift threat of "corresponding action" from North Korea', {"actor": "PRK"}),
            (W, "The missile was launched from a mobile launcher at the Agency for Defense Development's test range", {"temporal": "new", "weapon": {"ballistic_missile", "unspecified"}, "actor": "KOR"}),
            (E, "its regime will face an overwhelming response that ends it", {"actor": "KOR"}),
            (E, "a dangerous military provocation that pushes the situation on the peninsula to the brink", {"actor": "PRK"}),
            (E, 'Pyongyang would "take corresponding action at a time of our choosing."', {"actor": "PRK"}),
            (E, "The puppet military gangsters should know", {"actor": "PRK"}),
            (E, "an immediate and merciless nuclear counterattack", {"actor": "PRK"}),
            (W, "Pyongyang could answer with a ballistic missile launch of its own in the coming days", {"temporal": "prospective", "weapon": "ballistic_missile", "actor": "PRK"}),
            (W, "The North fired two short-range ballistic missiles into the East Sea", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, 'Its first indigenous missile, the NHK-1 "Baekgom," was successfully flight-tested in September 1978', {"temporal": "historical", "weapon": {"ballistic_missile", "unspecified"}, "actor": "KOR"}),
            (W, "Seoul became the first country without nuclear weapons to test-launch a submarine-launched ballistic missile", {"temporal": "historical", "weapon": "slbm", "actor": "KOR"}),
            (W, "Pyongyang fired two ballistic missiles from a train", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "PRK"}),
            (W, "The South has since flown a solid-fuel space rocket developed by the Agency for Defense Development", {"temporal": "historical", "weapon": "space_launch", "actor": "KOR"}),
            (M, "the country would stop nuclear tests and intercontinental ballistic missile launches", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "the North no longer felt bound by the pledge", {"status": "ended", "actor": "PRK"}),
            (W, "Pyongyang resumed full-range ICBM launches in March 2022", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "It flew its solid-fuel Hwasong-19 ICBM for the first time in October 2024", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
        ],
        optional=[
            (W, "hit a target in waters off the west coast after a flight of several hundred kilometers"),
            (W, "Wednesday's test-firing confirmed that the Hyunmoo-5 can strike deep"),  # a reference back: its predicate is the result, not the event
            (W, "which put a military reconnaissance satellite into orbit in December 2024"),  # same launch, later clause
            (E, "can strike deep, hardened targets anywhere in the North with precision"),
            (E, "Korea Massive Punishment and Retaliation"),
            (E, "one of three pillars of its deterrent against the North's nuclear arsenal"),
            (E, "The military plans to begin deploying the missile to frontline units"),
            (E, "North Korea lashed out on Thursday"),
            (W, 'called the launch "a dangerous military provocation'),
            (E, "is nothing but a firecracker before our nuclear force"),
            (E, "closely watching for the possibility"),
            (W, "its first launch in about a month"),
            (W, 'the launches had verified a "new-type" guidance system for tactical weapons'),
            (W, "described Wednesday's launch as \"a routine step\""),
            (E, "in response to North Korean commando raids"),
            (E, "ordered a secret program"),
            (M, "scrapped the last of the restrictions in May 2021"),
            (M, "Pyongyang resumed full-range ICBM launches in March 2022"),
            (E, "hold the leadership at risk"),
            (W, "a pretext for his next test"),
        ]),

    Article(
        "l2 reuters: pentagon china report (warheads, silos); beijing rejects trilateral talks; army dark eagle test",
        date(2026, 12, 4),
        """WASHINGTON, Dec 4 (Reuters) - China's stockpile of operational nuclear warheads has grown to more than 700 and remains on course to exceed 1,000 by 2030, the Pentagon said on Thursday in an annual report that also found Beijing had loaded more than 100 intercontinental ballistic missiles into new silo fields in the country's north.

The report to Congress, titled "Military and Security Developments Involving the People's Republic of China," said the People's Liberation Army Rocket Force was also expanding its fleet of road-mobile launchers and fielding the DF-27, a missile the Pentagon assesses can carry a hypersonic glide vehicle to targets as far away as Guam.

"The PLA Rocket Force conducted more ballistic missile launches for testing and training last year than the rest of the world combined," the report said. It added that the September 2024 launch of an ICBM into the Pacific, China's first such shot into international waters since 1980, had been intended to show that Beijing's deterrent was credible.

China's Defense Ministry dismissed the document as "groundless speculation" driven by a "Cold War mentality," and Foreign Ministry spokesperson Lin Jian said on Friday that Beijing would "not participate in so-called trilateral nuclear disarmament negotiations."

"China's nuclear strength is kept at the minimum level required for national security, and it is unreasonable and unrealistic to ask China to join talks with countries whose arsenals are many times larger," Lin told a regular news briefing in Beijing. He accused Washington of "using China as an excuse to expand its own arsenal."

President Donald Trump has repeatedly said he wants a "denuclearization" deal with Moscow and Beijing, but no formal talks have taken place since New START, the last treaty capping U.S. and Russian strategic arsenals, expired in February.

Trump ordered the Pentagon in October 2025 to start testing nuclear weapons "on an equal basis" with other powers, alarming arms-control experts; Energy Secretary Chris Wright later said the work would involve system tests rather than nuclear explosions. Washington has observed a moratorium on nuclear explosive testing since its last underground test in Nevada in September 1992.

The silo fields near Yumen, Hami and Ordos, first spotted by private researchers in commercial satellite imagery in 2021, hold about 320 silos in total, according to the report, which said not all of them had yet been filled.

Separately, the U.S. Army said on Wednesday it had successfully flight-tested its Long-Range Hypersonic Weapon, known as Dark Eagle, from Cape Canaveral Space Force Station in Florida a day earlier. The Army described it as the first end-to-end test using soldiers from the first battery, which was fielded at Joint Base Lewis-McChord late last year.

The glide body flew at more than five times the speed of sound before striking a designated area in the Atlantic, the Army said, without giving a range. The Navy plans to conduct the first at-sea launch of its version of the missile, known as Conventional Prompt Strike, from the destroyer USS Zumwalt in 2027.

U.S. officials have said the weapon, which costs about $41 million per round, is needed to close a gap with China and Russia, both of which fielded hypersonic missiles years earlier.

"The numbers in this report are consistent with what independent analysts have been seeing in satellite imagery," said a researcher at the Federation of American Scientists who tracks Chinese forces. "What we don't know is where Beijing intends to stop, and that uncertainty is what makes talks so important."
""",
        expect=[
            (E, "China's stockpile of operational nuclear warheads has grown to more than 700", {"actor": "CHN"}),
            (E, "Beijing had loaded more than 100 intercontinental ballistic missiles into new silo fields", {"actor": "CHN"}),
            (E, "was also expanding its fleet of road-mobile launchers", {"actor": "CHN"}),
            (W, "conducted more ballistic missile launches for testing and training last year", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "CHN"}),
            (W, "the September 2024 launch of an ICBM into the Pacific", {"temporal": "historical", "weapon": "icbm", "actor": "CHN"}),
            (E, 'Beijing would "not participate in so-called trilateral nuclear disarmament negotiations."', {"actor": "CHN"}),
            (E, "it is unreasonable and unrealistic to ask China to join talks", {"actor": "CHN"}),
            (E, 'accused Washington of "using China as an excuse to expand its own arsenal."', {"actor": "CHN"}),
            (E, 'Trump ordered the Pentagon in October 2025 to start testing nuclear weapons "on an equal basis"', {"actor": "USA"}),
            (M, "Washington has observed a moratorium on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "its last underground test in Nevada in September 1992", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (W, "it had successfully flight-tested its Long-Range Hypersonic Weapon", {"temporal": "new", "weapon": "hypersonic", "actor": "USA"}),
            (W, "The glide body flew at more than five times the speed of sound", {"temporal": "new", "weapon": {"hypersonic", "unspecified"}, "actor": "USA"}),
            (W, "The Navy plans to conduct the first at-sea launch of its version of the missile", {"temporal": "prospective", "weapon": {"hypersonic", "unspecified"}, "actor": "USA"}),
        ],
        optional=[
            (E, "remains on course to exceed 1,000 by 2030"),
            (E, "fielding the DF-27"),
            (W, "China's first such shot into international waters since 1980"),
            (E, "Beijing's deterrent was credible"),
            (E, 'dismissed the document as "groundless speculation"'),
            (E, 'driven by a "Cold War mentality,"'),
            (E, "expired in February"),
            (W, 'Trump ordered the Pentagon in October 2025 to start testing nuclear weapons "on an equal basis"'),
            (E, "alarming arms-control experts"),
            (W, "the work would involve system tests rather than nuclear explosions"),
            (E, "hold about 320 silos in total"),
            (E, "not all of them had yet been filled"),
            (W, "the first end-to-end test using soldiers from the first battery"),
            (E, "which was fielded at Joint Base Lewis-McChord late last year"),
            (E, "is needed to close a gap with China and Russia"),
            (E, "both of which fielded hypersonic missiles years earlier"),
            (E, "where Beijing intends to stop"),
        ]),

    Article(
        "l3 ap: houthi missile at israel intercepted; israel strikes hodeidah; friday deadline for haifa shipping; us warns; iran denies",
        date(2026, 6, 9),
        """JERUSALEM (AP) — Israel's military said it intercepted a ballistic missile fired from Yemen early Tuesday, the third such launch by the Iran-backed Houthi rebels in a week, hours before Israeli warplanes pounded the rebel-held port of Hodeidah and a power station near the capital, Sanaa.

Sirens sounded in Tel Aviv and across central Israel at about 4:30 a.m., sending hundreds of thousands of people to shelters. There were no reports of injuries, though police said fragments of the interceptor fell on an empty playground in Rishon LeZion.

Houthi military spokesman Yahya Saree claimed in a televised address that the group had targeted Ben Gurion Airport with a "Palestine-2" hypersonic missile, and said attacks would continue "until the aggression against Gaza stops." Israeli officials said the missile was a conventional ballistic missile and played down the hypersonic claim.

By midday, dozens of Israeli fighter jets had struck the Hodeidah, Ras Isa and Salif ports and the Hezyaz power station, the military said, accusing the Houthis of using the facilities to bring in Iranian weapons and fuel. The Houthi-run health ministry said at least six people were killed and 40 wounded.

"The Houthis will pay a heavy price for every missile fired at Israel, and whoever stands behind them in Tehran will pay too," Defense Minister Israel Katz said in a statement. "Hodeidah will not be a safe harbor for terrorists."

The exchange came two days after the Houthis gave international shipping companies until Friday to halt all calls at Israel's Haifa port, warning that vessels would be targeted "wherever they are" once the deadline passed. Several European carriers have already rerouted ships to Ashdod.

In Washington, the State Department said the United States "will not hesitate to act" if the Houthis resume attacks on U.S. warships or commercial shipping in the Red Sea, which the group halted under an Oman-brokered truce with Washington in May 2025. A department spokesperson said the Navy had moved a second destroyer into the southern Red Sea "as a precaution."

Iran's Foreign Ministry spokesman Esmaeil Baghaei rejected Israeli and American accusations that Tehran supplies the rebels with missiles and components, calling them "baseless" and saying the Yemenis "make their own decisions and their own weapons."

A U.N. panel of experts has previously reported that Houthi missiles share components with Iranian designs, and U.S. forces have seized several shipments of missile parts bound for Yemen in the Arabian Sea.

The Houthis have launched hundreds of missiles and drones at Israel since November 2023, most of which were intercepted or fell short. The group said in March that it had successfully tested a new generation of solid-fuel ballistic missile, a claim that could not be independently verified.

Israel has struck Yemen more than a dozen times in response, hitting ports, power plants and Sanaa's international airport, and in 2025 killed the Houthis' prime minister and several members of his cabinet in an airstrike.

"Neither side sees much cost in continuing," said Farea al-Muslimi, a Yemen researcher at Chatham House. "The Houthis gain standing at home with every launch, and Israel has found that the strikes do not stop them."
""",
        expect=[
            (E, "a ballistic missile fired from Yemen early Tuesday", {"actor": _YE}),
            (E, "Israeli warplanes pounded the rebel-held port of Hodeidah", {"actor": "ISR"}),
            (E, 'the group had targeted Ben Gurion Airport with a "Palestine-2" hypersonic missile', {"actor": _YE}),
            (E, 'attacks would continue "until the aggression against Gaza stops."', {"actor": _YE}),
            (E, "dozens of Israeli fighter jets had struck the Hodeidah, Ras Isa and Salif ports", {"actor": "ISR"}),
            (E, "The Houthis will pay a heavy price for every missile fired at Israel", {"actor": "ISR"}),
            (E, "whoever stands behind them in Tehran will pay too", {"actor": "ISR"}),
            (D, "gave international shipping companies until Friday to halt all calls at Israel's Haifa port", {"due": "2026-06-12", "set_by": _YE}),
            (E, 'vessels would be targeted "wherever they are" once the deadline passed', {"actor": _YE}),
            (E, 'the United States "will not hesitate to act"', {"actor": "USA"}),
            (E, "The Houthis have launched hundreds of missiles and drones at Israel since November 2023", {"actor": _YE}),
            (W, "it had successfully tested a new generation of solid-fuel ballistic missile", {"temporal": "historical", "weapon": "ballistic_missile", "actor": _YE}),
            (E, "Israel has struck Yemen more than a dozen times in response", {"actor": "ISR"}),
        ],
        optional=[
            (W, "a ballistic missile fired from Yemen early Tuesday"),
            (W, "the third such launch by the Iran-backed Houthi rebels in a week"),
            (E, "the third such launch by the Iran-backed Houthi rebels in a week"),
            (E, "Sirens sounded in Tel Aviv"),
            (W, 'the group had targeted Ben Gurion Airport with a "Palestine-2" hypersonic missile'),
            (W, "the missile was a conventional ballistic missile"),
            (E, "accusing the Houthis of using the facilities to bring in Iranian weapons and fuel"),
            (E, "at least six people were killed"),
            (E, "Hodeidah will not be a safe harbor for terrorists"),
            (D, "once the deadline passed"),
            (M, "which the group halted under an Oman-brokered truce with Washington in May 2025"),
            (E, "if the Houthis resume attacks on U.S. warships or commercial shipping"),
            (E, "the Navy had moved a second destroyer into the southern Red Sea"),  # a deployment presented as a precaution, not as pressure
            (E, "Israeli and American accusations that Tehran supplies the rebels with missiles and components"),
            (E, "share components with Iranian designs"),
            (E, "U.S. forces have seized several shipments of missile parts"),
            (W, "The Houthis have launched hundreds of missiles and drones at Israel since November 2023"),
            (W, "a claim that could not be independently verified"),
            (E, "killed the Houthis' prime minister and several members of his cabinet in an airstrike"),
            (W, "with every launch"),
            (E, "the strikes do not stop them"),
        ]),

    Article(
        "l4 afp: un first committee backs call not to conduct destructive asat tests; us pledge, russia and china vote no; nudol test",
        date(2026, 11, 5),
        """UNITED NATIONS, Nov 5 (AFP) - A UN General Assembly committee on Wednesday adopted a resolution calling on all countries to commit not to conduct destructive direct-ascent anti-satellite missile tests, with the United States backing the measure and Russia and China voting against it.

The First Committee, which handles disarmament and international security, approved the text by 151 votes to nine, with 11 abstentions. It now goes to the full 193-member Assembly, which is expected to endorse it in early December.

Tests that blow up satellites in orbit create clouds of fragments that can circle the Earth for decades, threatening everything from weather and navigation satellites to the International Space Station. The resolution, a follow-up to a 2022 text sponsored by Washington, also urges states that have not yet done so to make national pledges and asks the UN Secretary-General to report on progress by next September.

The United States announced a unilateral moratorium on such tests in April 2022, when then-vice president Kamala Harris said Washington would no longer carry them out, and 38 countries have since made similar commitments, among them Britain, Japan, Germany, South Korea and Australia.

"Destructive ASAT tests are reckless and irresponsible. They threaten the satellites that every nation depends on," a US delegate told the committee before the vote.

Russia, which destroyed its own defunct Kosmos-1408 satellite with a ground-launched missile in November 2021, creating more than 1,500 pieces of trackable debris and forcing the space station's crew to shelter in their capsules, voted no.

Its delegate, Konstantin Vorontsov, called the resolution "a one-sided, politicised initiative" that ignored "the real threat -- Washington's plans to place weapons in outer space, including its so-called Golden Dome."

US officials have accused Moscow since 2024 of developing a satellite designed to carry a nuclear weapon into orbit, a charge the Kremlin denies.

China, whose 2007 strike on its ageing Fengyun-1C weather satellite produced the largest debris cloud ever recorded, also voted against. Its representative said the text "selectively addresses one type of test while turning a blind eye to the real risk of an arms race in outer space."

Moscow and Beijing instead champion a draft treaty that would ban the placement of weapons in orbit, which Western governments say is unverifiable and silent on ground-based missiles.

India, which shot down one of its own satellites in March 2019 in an operation it called Mission Shakti, abstained.

US Space Command said last week that Russia had flight-tested its Nudol direct-ascent interceptor on October 27 from the Plesetsk cosmodrome, a test that did not strike a satellite and therefore fell outside the scope of the pledge.

"The norm is growing, but it only bites if the countries that actually have these weapons sign up," said Dana Whitlock, a space security analyst at the Secure World Foundation. "Right now, three of the four states that have blown up a satellite are still outside it."
""",
        expect=[
            (M, "calling on all countries to commit not to conduct destructive direct-ascent anti-satellite missile tests", {"status": "called_for", "actor": None}),
            (M, "The United States announced a unilateral moratorium on such tests in April 2022", {"status": "in_force", "actor": "USA"}),
            (W, "destroyed its own defunct Kosmos-1408 satellite with a ground-launched missile in November 2021", {"temporal": "historical", "actor": "RUS"}),
            (E, "the real threat -- Washington's plans to place weapons in outer space", {"actor": "RUS"}),
            (E, "accused Moscow since 2024 of developing a satellite designed to carry a nuclear weapon into orbit", {"actor": "USA"}),
            (W, "whose 2007 strike on its ageing Fengyun-1C weather satellite", {"temporal": "historical", "actor": "CHN"}),
            (W, "shot down one of its own satellites in March 2019", {"temporal": "historical", "actor": "IND"}),
            (W, "Russia had flight-tested its Nudol direct-ascent interceptor on October 27", {"temporal": "new", "actor": "RUS"}),
        ],
        optional=[
            (M, "urges states that have not yet done so to make national pledges"),
            (D, "report on progress by next September"),
            (W, "Tests that blow up satellites in orbit"),
            (M, "Washington would no longer carry them out"),
            (M, "38 countries have since made similar commitments"),
            (E, "Destructive ASAT tests are reckless and irresponsible"),
            (W, "Destructive ASAT tests are reckless and irresponsible"),
            (E, "They threaten the satellites that every nation depends on"),  # same implicit accusation as the sentence before
            (E, 'called the resolution "a one-sided, politicised initiative"'),
            (E, "a charge the Kremlin denies"),
            (W, 'selectively addresses one type of test'),
            (E, "the real risk of an arms race in outer space"),
            (M, "a draft treaty that would ban the placement of weapons in orbit"),
            (W, "a test that did not strike a satellite"),
            (W, "states that have blown up a satellite"),
        ]),

    Article(
        "l5 OUT ap: nurses' union sets strike deadline, layoff moratorium, 'nuclear option' lockout, council test vote",
        date(2026, 9, 24),
        """PHILADELPHIA (AP) — The union representing about 9,000 nurses and technicians at Keystone Health System on Thursday set a strike deadline of 7 a.m. on Oct. 5, escalating a five-month contract fight over staffing ratios and a hospital-wide plan to cut 600 jobs.

Members of Pennsylvania Association of Staff Nurses and Allied Professionals Local 1199 voted 94% in favor of authorizing a walkout, the union said, and formally delivered the required 10-day strike notice to management hours later.

"We did not want to get here, but management has left us no choice," union president Maureen Daly told a rally outside Keystone's flagship hospital in North Philadelphia. "If there is no fair contract by the deadline, we walk."

At the center of the dispute is the union's demand for a three-year moratorium on layoffs of bargaining-unit staff, which the system has rejected as unaffordable. Keystone, which reported an operating loss of $212 million last fiscal year, launched a restructuring program in the spring and has already fired its chief operating officer and closed two outpatient clinics.

In a letter to employees, chief executive Dr. Alan Pruitt said the system had offered raises of 14% over four years and a temporary freeze on job cuts in intensive-care units, but could not "tie our hands for three years while reimbursements are falling." He said hospitals would remain open during any strike, staffed by replacement nurses hired through an agency.

Union officials accused management of preparing what one bargaining-committee member called "the nuclear option": locking nurses out for a full five days after any walkout, the minimum contract length many replacement-staffing firms require. Keystone declined to say whether a lockout was under consideration.

"Threatening a lockout would be a massive escalation, and it would put patients at risk," said Daly, who accused the board of "firing on the people who kept these hospitals running through a pandemic."

The fight has spilled into City Hall. Councilmember Rosa Delgado has introduced a bill that would require hospitals receiving city tax breaks to give 120 days' notice before mass layoffs, and the council held a test vote on Tuesday to gauge support; it passed the procedural motion 11-6, two votes short of a veto-proof majority.

Mayor Cherelle Parker's office said the mayor had spoken to both sides and urged them to "get back to the table and stay there," but stopped short of offering to mediate. A federal mediator has been assigned and talks are scheduled to resume on Monday.

Health economists say the standoff reflects pressure across the industry, where hospitals face rising wage costs and escalating prices for drugs and supplies while federal Medicaid cuts are due to take effect next year.

"Both sides are testing each other's resolve right now," said Ellen Marsh, a labor relations professor at Temple University. "Nobody wants to be the one who pulls the trigger, but a strike notice with a firm date tends to concentrate minds."

The last strike at a major Philadelphia hospital, at Temple University Hospital in 2010, lasted 28 days. Keystone nurses last walked out in 2016, for two days.
""",
        expect=[],
        optional=[]),

    Article(
        "l6 OUT review: grand-strategy game with icbm launches, nuclear strikes, test-ban diplomacy; launch date; server stress test",
        date(2026, 10, 16),
        """Review: 'Zero Hour: Deterrence' makes the end of the world a spreadsheet, and it works

By Priya Raman

There is a moment, about 40 hours into a campaign of "Zero Hour: Deterrence," when the game stops being about territory and becomes about nerves. My fictional federation had just test-fired its first intercontinental missile over a neutral ocean to raise its "credibility" score, and the AI rival across the strait answered by putting its bombers on alert and moving a carrier group into my waters. Three turns later we were both one click from a nuclear strike that neither of us wanted.

That tension is the whole point of Halvard Interactive's ambitious grand-strategy game, which launches on PC on Oct. 22 after two delays. Players run a mid-sized power from 1962 to 2040, juggling budgets, elections and alliances while building up an arsenal of missiles, submarines and bombers. Each weapon has to be tested before it counts toward deterrence, and every test launch angers neighbours and spikes a global "tension" meter.

The diplomacy screen is where the game shines. You can sign a testing moratorium with rivals to calm the meter, break it later for a burst of prestige, or issue ultimatums with a turn deadline that the AI takes surprisingly seriously. In one session a rival gave me 10 turns to withdraw troops from a disputed island; I ignored it and it started a blockade on turn 11, exactly as promised.

The escalation ladder, borrowed openly from Cold War theorists, has 16 rungs, and the game rewards players who climb it slowly. Jump straight to a first strike and the simulation punishes you brutally: cities vanish, the economy collapses, and the end screen tallies casualties in a flat, clinical font that I found more chilling than any explosion.

Not everything works. The tutorial is an hour too long, the interface buries important information three menus deep, and the late game bogs down once every faction has a second-strike capability. A "détente" victory exists, but it is so hard to reach that most players will never see it.

Performance was a bigger worry before release. Halvard ran a public stress test of its servers last weekend, and matchmaking for the game's eight-player online mode collapsed within an hour as more than 200,000 players tried to log in. The studio apologised on social media, said it had doubled server capacity and promised a second test before launch day.

In my review build, played offline, the game ran smoothly on a mid-range PC, although loading a save from the 2030s took close to two minutes.

Halvard, a 60-person studio in Malmo, Sweden, was founded by former developers of the "Hearts of Iron" series and raised money through a crowdfunding campaign in 2022. Its lead designer, Jonas Ek, told me the team had read declassified war-game transcripts and interviewed retired diplomats to get the feel of a crisis right.

"We wanted players to feel the weight of the button," he said. "Most games let you fire a nuke for fun. We wanted firing one to feel like losing."

It largely succeeds. "Zero Hour: Deterrence" is slow, dense and occasionally frustrating, but it is the rare strategy game that makes restraint feel like a win.

Verdict: 8/10. "Zero Hour: Deterrence" launches Oct. 22 on Steam for $39.99; console versions are planned for next year.
""",
        expect=[],
        optional=[]),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('k1 ', W, "Iran's Revolutionary Guards test-fired what they called an upgraded Khorramshahr ballistic missile", {'temporal': 'new', 'actor': 'IRN'}),  # want {'weapon': 'ballistic_missile'}, read {'weapon': ['irbm']}
    ('k1 ', W, 'the missile flew roughly 1,900 km before its warhead struck a mock target', {'temporal': 'new', 'actor': 'IRN'}),  # want {'weapon': {'ballistic_missile', 'unspecified'}}, read {'weapon': ['irbm']}
    ('k1 ', W, 'The test, the first publicly announced firing of a long-range Iranian missile', {'temporal': 'new', 'actor': 'IRN'}),  # want {'weapon': {'ballistic_missile', 'unspecified'}}, read {'weapon': ['irbm']}
    ('k1 ', E, 'any attack would be met with "a response that makes last June look like a rehearsal."', {}),  # want {'actor': 'IRN'}, read {'actor': ['ISR']}
    ('k1 ', W, "footage days later of what it said was the missile's first successful test flight", {'temporal': 'historical', 'actor': 'IRN'}),  # want {'weapon': {'ballistic_missile', 'unspecified'}}, read {'weapon': ['irbm']}
    ('k1 ', W, 'whether they test a variant with a longer reach', None),
    ('k2 ', W, 'the missile traveled about 1,050 km before splashing down', {'temporal': 'new', 'actor': 'PRK'}),  # want {'weapon': 'unspecified'}, read {'weapon': [['hypersonic', 'irbm']]}
    ('k3 ', W, 'the Burevestnik had stayed aloft for about 15 hours and flown some 14,000 km during a trial on Jan. 27', None),
    ('k3 ', W, 'the planned tests would be system tests of non-nuclear components', {'temporal': 'prospective'}),  # want {'actor': 'USA'}, read {'actor': ['RUS']}
    ('k3 ', E, 'Washington will learn what a radioactive tsunami looks like', None),
    ('k4 ', W, 'Calls from Washington and Moscow to prepare for possible nuclear weapons tests', None),
    ('k4 ', W, 'The last U.S. nuclear test, code-named Divider, was carried out underground at the Nevada Test Site', None),
    ('k4 ', W, 'Russia will resume testing only if the United States does', None),
    ('k4 ', M, 'London has not tested since', None),
    ('k4 ', W, 'a final series of six explosions at Mururoa and Fangataufa atolls', None),
    ('k4 ', W, 'Pakistan answered with six at Chagai on May 28 and 30', None),
    ('l1 ', E, 'its regime will face an overwhelming response that ends it', {}),  # want {'actor': 'KOR'}, read {'actor': ['PRK']}
    ('l1 ', W, 'Seoul became the first country without nuclear weapons to test-launch a submarine-launched ballistic missile', None),
    ('l3 ', E, 'the group had targeted Ben Gurion Airport with a "Palestine-2" hypersonic missile', None),
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND16, _prefix), _kind, _phrase, _attrs)
