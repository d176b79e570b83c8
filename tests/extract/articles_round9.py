"""Round 9 of the challenge articles: 16 fresh articles (eight news events, eight weighted towards
deadlines and moratoria, three out-of-domain distractors), written and labelled after round 8's
fixes and run before round 9's: they scored 72/107 required signals right with 11 false alarms."""


from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, named

T1 = """SEOUL, March 19 (Reuters) - North Korea fired several strategic cruise missiles over the Yellow Sea on Wednesday, state media said on Thursday, with leader Kim Jong Un calling the launch a warning to "enemies" he accused of plotting war on the peninsula.

The missiles flew for about 2 hours and 10 minutes along oval and figure-eight patterns before hitting an island target, the Korean Central News Agency (KCNA) said. Kim, who watched from an observation post, said the weapons must stand ready to "deliver a crushing blow" to any force that dares to violate the country's sovereignty.

South Korea's Joint Chiefs of Staff (JCS) said it had tracked the launches near the western port of Nampo and was analysing flight data with U.S. intelligence. A JCS spokesperson said some of the North's claims appeared exaggerated but warned that any provocation would be met with an "overwhelming" response.

In Tokyo, the government's top spokesperson said the missiles had not entered Japan's exclusive economic zone and no damage to ships or aircraft had been reported. He nevertheless called Pyongyang's accelerating weapons programme "a grave and imminent threat" to the region and said Japan had lodged a protest through diplomatic channels.

The launch was the North's first cruise missile test since January 4, when it said it had fired a new hypersonic missile that flew about 900 km into the sea off its east coast. Pyongyang carried out more than a dozen cruise missile launches last year, according to South Korean tallies.

Analysts linked the timing to joint U.S.-South Korean air exercises that began on Monday with F-35 stealth fighters. North Korea's defence ministry denounced those drills as "a rehearsal for invasion" and warned that Washington and Seoul would "pay a dear price" for their "reckless military adventure."

"Low-flying cruise missiles are much harder to detect than ballistic ones, and Kim wants Seoul and Tokyo to know their bases are within reach," said a Seoul-based defence analyst.

Strategic cruise missiles are not explicitly banned by U.N. Security Council resolutions, which prohibit the North from any use of ballistic missile technology."""

T2 = """MOSCOW, Feb 26 (Reuters) - Russia's newest nuclear-powered submarine test-fired a Bulava submarine-launched ballistic missile from the White Sea on Wednesday, the Defence Ministry said, the first strategic missile launch Moscow has announced since the last U.S.-Russian arms control treaty lapsed this month.

The ministry said the missile's training warheads reached the Kura range on the Kamchatka peninsula, some 5,500 km away, "in the designated time", and that the launch completed state trials of the Borei-A class boat. It released video of the missile breaking through the sea surface.

New START, which capped each side at 1,550 deployed strategic warheads, expired on Feb. 5 without a replacement. President Vladimir Putin had offered to keep observing its central limits for a year if Washington did the same, but the White House has yet to give a formal answer.

A deputy foreign minister told the RIA news agency that the offer "will not hang in the air forever" and that Moscow would treat it as withdrawn if no reply came by the end of March. He also warned that Russia would respond with "military-technical measures" to U.S. plans for a space-based missile shield.

Russia says it intends to put its heavy Sarmat intercontinental missile on combat duty later this year, after years of delays that included a failed test launch at the Plesetsk cosmodrome in September 2024.

Moscow revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023, saying it was restoring parity with the United States, which signed but never ratified the pact. Russian officials insist the country will keep refraining from nuclear explosive tests as long as Washington does.

The U.S. State Department said Russia had notified the launch in advance under a 1988 agreement on ballistic missile launch notifications, a channel both sides have kept open. Arms control experts said the test itself was largely routine.

"This is the system doing what it was built to do," said a researcher at the Stockholm International Peace Research Institute. "What's new is that there are no inspections and no data exchanges to put it in context.\""""

T3 = """DUBAI, March 12 (AP) - Iran's paramilitary Revolutionary Guard said Wednesday it had placed a small research satellite into orbit using its solid-fuel Qaem-100 rocket, a launch that drew swift criticism from European powers already weighing whether to restore United Nations sanctions on Tehran.

State television aired footage of the three-stage rocket lifting off before dawn from the Shahroud spaceport in Semnan province. The Guard said the 60-kilogram satellite reached an orbit about 450 kilometers above the Earth; there was no independent confirmation.

In a joint statement, France, Germany and the United Kingdom said the launch relied on technology "directly relevant to the development of long-range ballistic missiles" and was inconsistent with U.N. Security Council Resolution 2231. Iran has long denied that its space program is a cover for weapons work.

The launch came as the International Atomic Energy Agency reported that Iran had sharply accelerated its production of uranium enriched to 60% purity, a short technical step from weapons-grade levels. The agency's director general told reporters his inspectors still lacked access to footage from cameras removed in 2022.

European diplomats have said they are ready to trigger the so-called snapback of U.N. sanctions unless Iran reaches an agreement on its nuclear program by the end of June. Tehran has answered that it would consider leaving the Nuclear Non-Proliferation Treaty if sanctions were reimposed.

"Our defensive and space capabilities are not up for negotiation with anyone," a Foreign Ministry spokesman said at his weekly news conference.

The Guard has carried out several launches with the Qaem-100 since its debut in 2022, while the civilian space agency's liquid-fueled Simorgh rocket has suffered a string of failures. U.S. intelligence officials have said such satellite launchers could shorten Iran's path to an intercontinental ballistic missile, should it decide to build one.

The IAEA's 35-nation Board of Governors is due to meet in Vienna next week."""

T4 = """VANDENBERG SPACE FORCE BASE, Calif. (AP) - The U.S. Air Force launched an unarmed Minuteman III intercontinental ballistic missile from California's central coast late Wednesday in what it called a routine check of the reliability of the nation's land-based nuclear force.

The missile lifted off at 11:01 p.m. and its test re-entry vehicle travelled about 4,200 miles (6,760 kilometers) to a target near Kwajalein Atoll in the Marshall Islands, Air Force Global Strike Command said in a statement.

"This test launch is part of routine and periodic activities intended to demonstrate that the United States' nuclear deterrent is safe, secure, reliable and effective," the command said, adding that the launch was scheduled years in advance and was "not a response to current world events."

The command's deputy commander said in a separate statement that the crews had shown they were "ready to deliver a decisive response, anywhere, anytime" to any adversary that threatened the United States or its allies.

The Air Force typically conducts three or four such launches a year, and officials said another launch was planned for the spring.

The Minuteman III, first deployed in 1970, is to be replaced by the Sentinel, a program whose projected cost has jumped 81% to about $141 billion, prompting a Pentagon review. Its first flight test has slipped to at least 2028.

Separately, the Army and Navy carried out an end-to-end flight test of their jointly developed hypersonic missile from Cape Canaveral Space Force Station in December, a key step before the Army fields its first Dark Eagle batteries.

Although Washington regularly tests its delivery systems, it has not set off a nuclear explosion since 1992 and has observed a testing moratorium since then. Russia and China have accused the United States of preparing its Nevada test site for a possible resumption, a charge U.S. officials deny.

Russia was notified of the launch in advance under longstanding agreements, officials said."""

T5 = """TAIPEI, May 21 (Reuters) - China's military launched two days of large-scale exercises around Taiwan on Thursday, deploying warships, bombers and rocket forces in what it called a "stern warning" to separatist forces, a day after President Lai Ching-te marked his second anniversary in office.

The People's Liberation Army's Eastern Theater Command said the drills, which encircle the island from the north, south and east, were practising blockades of key ports and "precision strikes on key targets". It said the army's long-range rocket units fired live rounds into the Taiwan Strait on Thursday morning, and released a poster showing missiles bearing down on a map of the island.

Taiwan's defence ministry said it had detected 68 Chinese military aircraft and 21 navy ships since 6 a.m. and had sent its own forces to respond. It condemned the drills as a "blatant provocation" that undermined peace and stability, and said the Chinese Communist Party had once again shown itself to be "a troublemaker".

Beijing's Taiwan Affairs Office said Lai's speech on Wednesday, in which he said the island's future should be decided by its people, was "full of hostility and lies". "Those who attempt to split the country will be crushed," a spokeswoman said, warning that China would "take all necessary measures" to stop independence.

Taiwanese security officials said they expected the PLA Rocket Force to fire ballistic missiles into waters east of the island on Friday, as it did during drills in August 2022, when several missiles flew over Taipei.

The U.S. State Department urged Beijing to exercise restraint and said Washington's commitment to Taiwan was "rock-solid". Japan said it was monitoring the exercises closely and had conveyed its concerns to China.

Taiwan's main stock index fell 1.2% in morning trade before paring losses."""

T6 = """ISLAMABAD, June 10 (Reuters) - Pakistan on Wednesday carried out a training launch of its Shaheen-III surface-to-surface ballistic missile, which the military says can deliver nuclear and conventional warheads to a range of 2,750 kilometres.

The launch was aimed at ensuring the operational readiness of troops and validating technical parameters, the military's media wing, Inter-Services Public Relations (ISPR), said. It said the country's strategic forces would "further consolidate Pakistan's deterrence" against any aggression.

The test came two weeks after India flight-tested its nuclear-capable Agni-Prime ballistic missile from a rail-based mobile launcher, a system New Delhi says can be moved across the country's vast railway network without detection.

The nuclear-armed neighbours fought a four-day conflict in May last year, when they exchanged missile, drone and artillery strikes before agreeing a ceasefire. Relations remain frozen, and India has kept in abeyance a treaty that governs the sharing of Indus river waters.

India's foreign ministry declined to comment on Wednesday's test, but a spokesman told reporters last week that India "will not be deterred by nuclear blackmail" and would respond "firmly and decisively" to any act of terrorism from across the border.

Pakistan's Foreign Office in turn accused New Delhi of "irresponsible and hostile rhetoric" and said the armed forces remained "fully prepared".

Both countries have observed self-declared moratoriums on nuclear explosive testing since they carried out tit-for-tat nuclear tests in May 1998, though neither has signed the Comprehensive Nuclear-Test-Ban Treaty.

Analysts said the pace of missile testing in South Asia was likely to remain high. Pakistan tested a new Fatah series guided rocket system in April, while India plans further trials of its Agni-5 intercontinental-range missile with multiple warheads later this year."""

T7 = """VIENNA, Sept 24 (AP) - A quarter of a century after it was opened for signature at the United Nations, the Comprehensive Nuclear-Test-Ban Treaty remains one of arms control's great unfinished projects: almost universally respected, but still not in force.

The pact bans every nuclear explosion, anywhere. But it cannot take effect until 44 specified states ratify it, and eight of them - among them the United States, China, India, Pakistan and North Korea - have not.

What has held, for the most part, is a patchwork of national pauses that came before the treaty and outlived the negotiations. The Soviet Union set off its last device at the Arctic archipelago of Novaya Zemlya in October 1990, and Mikhail Gorbachev declared a one-year halt to Soviet testing a year later. In Washington, Congress in 1992 passed a nine-month suspension of U.S. testing over the objections of the White House; the final American underground explosion took place in Nevada that September, and the pause has been extended ever since.

France and China squeezed in last series before signing. Jacques Chirac's government conducted six blasts under Pacific atolls in 1995 and 1996 despite global protests, and China detonated its final device at Lop Nur on July 29, 1996, announcing a moratorium the following day.

The norm was shaken in May 1998, when India and then Pakistan staged a total of 11 tests in less than three weeks. Both later declared unilateral moratoriums that remain in place.

North Korea is the only country to have conducted nuclear explosions this century, with six tests between 2006 and 2017. Leader Kim Jong Un said in April 2018 that the North would stop nuclear and intercontinental missile tests, but he declared in January 2020 that Pyongyang no longer felt bound by that pledge.

The treaty's monitoring network of more than 300 seismic, hydroacoustic, infrasound and radionuclide stations detected all six North Korean blasts. Marking the anniversary on Friday, the head of the treaty organisation urged every state to "maintain and respect" existing moratoriums and appealed to the remaining holdouts to ratify "without further delay"."""

T8 = """BOSTON, Aug 17 (Reuters) - A Massachusetts housing court judge on Tuesday gave the city of Marlow until Friday to explain why its local eviction moratorium should not be struck down, setting up a test case for dozens of municipalities that have tried to keep tenants in their homes after a statewide pause expired.

A regional property owners' association launched its legal challenge last month, arguing that the city council had overstepped its authority when it voted to freeze evictions for non-payment of rent through the end of the year. The association's lawyer told the court that the ban had pushed some small landlords to the brink of foreclosure and warned that members would seek damages if it stayed in place.

"This is the nuclear option for a housing crisis that needs a scalpel," she said.

Tenant advocates fired back, saying the moratorium was the only thing standing between hundreds of families and homelessness while federal rental aid remained stuck in a backlog. More than 4,000 applications were still awaiting review, according to state figures, and the state has set a Sept. 30 deadline for landlords and tenants to file joint applications under the current round of funding.

City officials said they would escalate the case to the state's highest court if necessary. "We are not going to back down," the mayor said in a statement, calling the lawsuit an attack on working families.

Housing lawyers said the ruling would be an early test of how far cities can go on their own. The U.S. Supreme Court is weighing an emergency request from landlord groups to lift the federal Centers for Disease Control and Prevention moratorium, which is set to run until Oct. 3.

The judge is expected to rule next week."""

CM = {"cruise_missile", "unspecified"}

_NEWS = [
    Article(
        "f1 north korea strategic cruise missiles yellow sea, japan and south korea react",
        date(2026, 3, 19),
        T1,
        [
            (W, "fired several strategic cruise missiles over the Yellow Sea on Wednesday", {"temporal": "new", "weapon": "cruise_missile", "actor": "PRK"}),
            (E, 'calling the launch a warning to "enemies" he accused of plotting war', {"actor": "PRK"}),
            (W, "The missiles flew for about 2 hours and 10 minutes", {"temporal": "new", "weapon": CM, "actor": "PRK"}),
            (E, 'stand ready to "deliver a crushing blow" to any force', {"actor": "PRK"}),
            (E, 'warned that any provocation would be met with an "overwhelming" response', {"actor": "KOR"}),
            (E, "called Pyongyang's accelerating weapons programme \"a grave and imminent threat\"", {"actor": "JPN"}),
            (W, "it said it had fired a new hypersonic missile that flew about 900 km", {"temporal": "historical", "weapon": "hypersonic", "actor": "PRK"}),
            (W, "Pyongyang carried out more than a dozen cruise missile launches last year", {"temporal": "historical", "weapon": "cruise_missile", "actor": "PRK"}),
            (E, 'denounced those drills as "a rehearsal for invasion"', {"actor": "PRK"}),
            (E, 'warned that Washington and Seoul would "pay a dear price" for their "reckless military adventure."', {"actor": "PRK"}),
        ],
        [
            (W, "calling the launch a warning"),
            (W, "had tracked the launches near the western port of Nampo"),
            (E, "lodged a protest through diplomatic channels"),
            (W, "The launch was the North's first cruise missile test since January 4"),
            (E, "joint U.S.-South Korean air exercises that began on Monday with F-35 stealth fighters"),
            (E, "Kim wants Seoul and Tokyo to know their bases are within reach"),
            (M, "not explicitly banned by U.N. Security Council resolutions, which prohibit the North from any use of ballistic missile technology"),
            (W, "prohibit the North from any use of ballistic missile technology"),
        ],
    ),
    Article(
        "f2 russia bulava slbm test after new start lapse, sarmat and ctbt background",
        date(2026, 2, 26),
        T2,
        [
            (W, "test-fired a Bulava submarine-launched ballistic missile from the White Sea on Wednesday", {"temporal": "new", "weapon": "slbm", "actor": "RUS"}),
            (E, "Moscow would treat it as withdrawn", {"actor": "RUS"}),
            (D, "no reply came by the end of March", {"due": "2026-03-31", "set_by": "RUS"}),
            (E, 'warned that Russia would respond with "military-technical measures"', {"actor": "RUS"}),
            (E, "intends to put its heavy Sarmat intercontinental missile on combat duty", {"actor": "RUS"}),
            (W, "a failed test launch at the Plesetsk cosmodrome in September 2024", {"temporal": "historical", "weapon": "icbm", "actor": "RUS"}),
            (E, "revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023", {"actor": "RUS"}),
            (M, "will keep refraining from nuclear explosive tests as long as Washington does", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
        ],
        [
            (W, "the first strategic missile launch Moscow has announced"),
            (W, "the launch completed state trials of the Borei-A class boat"),
            (W, "video of the missile breaking through the sea surface"),
            (E, 'the offer "will not hang in the air forever"'),
            (E, "U.S. plans for a space-based missile shield"),
            (M, "Comprehensive Nuclear-Test-Ban Treaty"),
            (E, "will keep refraining from nuclear explosive tests as long as Washington does"),
            (W, "Russia had notified the launch in advance"),
            (W, "the test itself was largely routine"),
        ],
    ),
    Article(
        "f3 iran irgc qaem-100 satellite launch, e3 snapback and iaea enrichment report",
        date(2025, 3, 12),
        T3,
        [
            (W, "placed a small research satellite into orbit using its solid-fuel Qaem-100 rocket", {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (E, "Iran had sharply accelerated its production of uranium enriched to 60% purity", {"actor": "IRN"}),
            (E, "ready to trigger the so-called snapback of U.N. sanctions", {"actor": None}),
            (D, "unless Iran reaches an agreement on its nuclear program by the end of June", {"due": "2025-06-30", "set_by": None}),
            (E, "it would consider leaving the Nuclear Non-Proliferation Treaty if sanctions were reimposed", {"actor": "IRN"}),
            (W, "The Guard has carried out several launches with the Qaem-100 since its debut in 2022", {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
        ],
        [
            (W, "a launch that drew swift criticism"),
            (W, "The launch came as"),
            (W, "footage of the three-stage rocket lifting off before dawn"),
            (W, "the 60-kilogram satellite reached an orbit"),
            (W, "said the launch relied on technology"),
            (W, "directly relevant to the development of long-range ballistic missiles"),
            (E, "was inconsistent with U.N. Security Council Resolution 2231"),
            (E, "cameras removed in 2022"),
            (E, '"Our defensive and space capabilities are not up for negotiation with anyone,"'),
            (W, "Simorgh rocket has suffered a string of failures"),
            (W, "such satellite launchers could shorten Iran's path to an intercontinental ballistic missile"),
        ],
    ),
    Article(
        "f4 us minuteman iii test from vandenberg, hypersonic and sentinel background",
        date(2025, 2, 20),
        T4,
        [
            (W, "launched an unarmed Minuteman III intercontinental ballistic missile from California's central coast late Wednesday", {"temporal": "new", "weapon": "icbm", "actor": "USA"}),
            (W, "The missile lifted off at 11:01 p.m.", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (E, '"ready to deliver a decisive response, anywhere, anytime"', {"actor": "USA"}),
            (W, "another launch was planned for the spring", {"temporal": "prospective", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "Its first flight test has slipped to at least 2028", {"temporal": "prospective", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "the Army and Navy carried out an end-to-end flight test of their jointly developed hypersonic missile", {"temporal": "historical", "weapon": "hypersonic", "actor": "USA"}),
            (W, "Washington regularly tests its delivery systems", {"temporal": "historical", "weapon": "unspecified", "actor": "USA"}),
            (M, "has observed a testing moratorium since then", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (E, "accused the United States of preparing its Nevada test site for a possible resumption", {"actor": None}),
        ],
        [
            (W, "a routine check of the reliability"),
            (W, "its test re-entry vehicle travelled about 4,200 miles"),
            (W, "the launch was scheduled years in advance"),
            (W, '"This test launch is part of routine and periodic activities'),
            (E, "demonstrate that the United States' nuclear deterrent is safe, secure, reliable and effective"),
            (W, "The Air Force typically conducts three or four such launches a year"),
            (W, "it has not set off a nuclear explosion since 1992"),
            (M, "it has not set off a nuclear explosion since 1992"),
            (W, "preparing its Nevada test site for a possible resumption"),
            (M, "preparing its Nevada test site for a possible resumption"),
            (W, "Russia was notified of the launch in advance"),
        ],
    ),
    Article(
        "f5 china drills around taiwan after lai anniversary, rocket force live fire and warnings",
        date(2026, 5, 21),
        T5,
        [
            (E, 'what it called a "stern warning" to separatist forces', {"actor": "CHN"}),
            (W, "the army's long-range rocket units fired live rounds into the Taiwan Strait on Thursday morning", {"temporal": "new", "weapon": "rocket_artillery", "actor": "CHN"}),
            (E, 'condemned the drills as a "blatant provocation"', {"actor": "TWN"}),
            (E, 'was "full of hostility and lies"', {"actor": "CHN"}),
            (E, "Those who attempt to split the country will be crushed", {"actor": "CHN"}),
            (E, 'China would "take all necessary measures" to stop independence', {"actor": "CHN"}),
            (W, "expected the PLA Rocket Force to fire ballistic missiles into waters east of the island on Friday", {"temporal": "prospective", "weapon": "ballistic_missile", "actor": "CHN"}),
            (W, "when several missiles flew over Taipei", {"temporal": "historical", "weapon": {"ballistic_missile", "unspecified"}, "actor": "CHN"}),
        ],
        [
            (E, "launched two days of large-scale exercises around Taiwan"),
            (E, "deploying warships, bombers and rocket forces"),
            (E, 'practising blockades of key ports and "precision strikes on key targets"'),
            (E, "a poster showing missiles bearing down on a map of the island"),
            (E, "had detected 68 Chinese military aircraft and 21 navy ships"),
            (E, "had sent its own forces to respond"),
            (E, 'shown itself to be "a troublemaker"'),
            (E, "as it did during drills in August 2022"),
        ],
    ),
    Article(
        "f6 pakistan shaheen-iii training launch after indian agni-prime rail test",
        date(2026, 6, 10),
        T6,
        [
            (W, "carried out a training launch of its Shaheen-III surface-to-surface ballistic missile", {"temporal": "new", "weapon": {"ballistic_missile", "irbm"}, "actor": "PAK"}),
            (E, "would \"further consolidate Pakistan's deterrence\" against any aggression", {"actor": "PAK"}),
            (W, "India flight-tested its nuclear-capable Agni-Prime ballistic missile from a rail-based mobile launcher", {"temporal": "new", "weapon": "ballistic_missile", "actor": "IND"}),
            (E, "exchanged missile, drone and artillery strikes", {"actor": None}),
            (E, 'would respond "firmly and decisively" to any act of terrorism from across the border', {"actor": "IND"}),
            (E, 'accused New Delhi of "irresponsible and hostile rhetoric"', {"actor": "PAK"}),
            (M, "have observed self-declared moratoriums on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "carried out tit-for-tat nuclear tests in May 1998", {"temporal": "historical", "weapon": "nuclear", "actor": None}),
            (W, "Pakistan tested a new Fatah series guided rocket system in April", {"temporal": "historical", "weapon": "rocket_artillery", "actor": "PAK"}),
            (W, "India plans further trials of its Agni-5 intercontinental-range missile with multiple warheads later this year", {"temporal": "prospective", "weapon": "icbm", "actor": "IND"}),
        ],
        [
            (W, "The launch was aimed at ensuring the operational readiness"),
            (W, "The test came two weeks after"),
            (E, "fought a four-day conflict in May last year"),
            (E, "India has kept in abeyance a treaty that governs the sharing of Indus river waters"),
            (W, "declined to comment on Wednesday's test"),
            (E, '"will not be deterred by nuclear blackmail"'),
            (E, 'remained "fully prepared"'),
            (M, "neither has signed the Comprehensive Nuclear-Test-Ban Treaty"),
            (W, "the pace of missile testing in South Asia was likely to remain high"),
        ],
    ),
    Article(
        "f7 ctbt 25th anniversary retrospective on national test moratoria",
        date(2021, 9, 24),
        T7,
        [
            (W, "The Soviet Union set off its last device at the Arctic archipelago of Novaya Zemlya in October 1990", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": {"RUS", "SUN", None}}),
            (M, "Mikhail Gorbachev declared a one-year halt to Soviet testing", {"status": "in_force", "scope": ["nuclear"], "actor": {"RUS", "SUN", None}}),
            (M, "Congress in 1992 passed a nine-month suspension of U.S. testing", {"status": {"in_force", "called_for"}, "scope": ["nuclear"], "actor": "USA"}),
            (W, "the final American underground explosion took place in Nevada that September", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (W, "Jacques Chirac's government conducted six blasts under Pacific atolls in 1995 and 1996", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "FRA"}),
            (W, "China detonated its final device at Lop Nur on July 29, 1996", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "CHN"}),
            (M, "announcing a moratorium the following day", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (W, "India and then Pakistan staged a total of 11 tests", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": None}),
            (M, "Both later declared unilateral moratoriums that remain in place", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "conducted nuclear explosions this century, with six tests between 2006 and 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "the North would stop nuclear and intercontinental missile tests", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "Pyongyang no longer felt bound by that pledge", {"status": {"ended", "threatened"}, "actor": "PRK"}),
            (M, 'urged every state to "maintain and respect" existing moratoriums', {"status": "called_for", "scope": ["nuclear"], "actor": None}),
        ],
        [
            (M, "Comprehensive Nuclear-Test-Ban Treaty"),
            (M, "The pact bans every nuclear explosion, anywhere"),
            (M, "a patchwork of national pauses"),
            (M, "the pause has been extended ever since"),
            (W, "France and China squeezed in last series before signing"),
            (W, "detected all six North Korean blasts"),
        ],
    ),
    Article(
        "f8 distractor: city eviction moratorium, housing court deadline, test case",
        date(2021, 8, 17),
        T8,
        [],
        [],
    ),
]


_ALERTING = [
    Article(
        "prk_christmas_gift_warning",
        date(2019, 12, 3),
        """SEOUL, Dec 3 (Wire) - North Korea warned the United States on Tuesday that it was entirely up to Washington what "Christmas gift" it would receive, as the year-end deadline Pyongyang set for stalled nuclear talks draws near.

Ri Thae Song, a first vice foreign minister in charge of U.S. affairs, dismissed Washington's calls for sustained dialogue as "nothing but a foolish trick" aimed at keeping the North tied down until the 2020 U.S. presidential election.

"What is left to be done now is the U.S. option, and it is entirely up to the U.S. what Christmas gift it will select to get," Ri said in a statement carried by the official KCNA news agency. "We have done everything we could with the maximum perseverance."

Leader Kim Jong Un gave the Trump administration until the end of the year to come up with a more flexible proposal in talks over dismantling his nuclear and missile programmes in return for sanctions relief.

Kim has held to a self-declared halt on nuclear bomb and intercontinental ballistic missile tests since April 2018, which U.S. President Donald Trump has repeatedly cited as proof that his diplomacy is working. But senior North Korean officials have said the country could take "a new path" if Washington does not change course.

Many analysts in Seoul read the "gift" as a thinly veiled threat to restart long-range launches. "The most likely scenario is that North Korea resumes ICBM testing early in the new year, possibly timed to Kim's New Year speech," said Cha Jin-woo, an analyst at a Seoul think tank.

Pyongyang has fired short-range ballistic missiles and large-calibre rocket launchers more than a dozen times since May, tests that Trump has brushed off as "very standard".

Speaking in London ahead of a NATO summit on Tuesday, Trump said he still had a good relationship with Kim but that the United States had "the most powerful military we've ever had" and would use it against North Korea "if we have to." """,
        expect=[
            (D, "the year-end deadline Pyongyang set for stalled nuclear talks", {"due": "2019-12-31", "set_by": "PRK"}),
            (E, 'it was entirely up to Washington what "Christmas gift" it would receive', {"actor": "PRK"}),
            (E, 'dismissed Washington\'s calls for sustained dialogue as "nothing but a foolish trick"', {"actor": "PRK"}),
            (D, "gave the Trump administration until the end of the year", {"due": "2019-12-31", "set_by": "PRK"}),
            (M, "a self-declared halt on nuclear bomb and intercontinental ballistic missile tests since April 2018",
             {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (E, 'the country could take "a new path" if Washington does not change course', {"actor": "PRK"}),
            (W, "North Korea resumes ICBM testing early in the new year", {"temporal": "prospective", "weapon": "icbm", "actor": "PRK"}),
            (W, "Pyongyang has fired short-range ballistic missiles and large-calibre rocket launchers more than a dozen times since May",
             {"temporal": "historical", "weapon": ["srbm", "rocket_artillery"], "actor": "PRK"}),
            (E, 'would use it against North Korea "if we have to."', {"actor": "USA"}),
        ],
        optional=[
            (E, "North Korea warned the United States on Tuesday"),
            (E, "it is entirely up to the U.S. what Christmas gift it will select to get"),
            (W, "a thinly veiled threat to restart long-range launches"),
            (M, "a thinly veiled threat to restart long-range launches"),
            (E, "a thinly veiled threat to restart long-range launches"),
            (W, "tests that Trump has brushed off"),
            (E, "the most powerful military we've ever had"),
        ],
    ),
    Article(
        "iaea_board_resolution_iran_centrifuges",
        date(2024, 11, 21),
        """VIENNA, Nov 21 (Wire) - The U.N. nuclear watchdog's 35-nation Board of Governors passed a resolution on Thursday ordering Iran to improve cooperation with inspectors and giving Tehran until the end of February to explain uranium traces found at two undeclared sites, diplomats said.

The text, drafted by Britain, France and Germany with U.S. backing, passed by 19 votes to 3 with 12 abstentions. Russia and China voted against. It also asks International Atomic Energy Agency chief Rafael Grossi to deliver a "comprehensive" report on Iran's nuclear activities, a step that could pave the way for a referral to the U.N. Security Council.

Tehran hit back within hours. Iran's atomic energy organisation said it had ordered the start-up of "a significant number of new and advanced centrifuges" at its Fordow and Natanz enrichment plants, and a senior official warned that output of uranium enriched to 60% purity, close to weapons grade, could rise several-fold if pressure continued.

"The Islamic Republic will not bow to pressure," foreign ministry spokesman Esmaeil Baghaei told state television. "Those who sponsored this resolution will bear responsibility for the consequences."

Western diplomats said the three European powers were ready to trigger the "snapback" of all U.N. sanctions on Iran lifted under the 2015 nuclear deal, a mechanism that expires on Oct. 18 next year. "If we do not see a real change of course, we will use snapback before it lapses," one European diplomat said.

Iran has steadily expanded its nuclear programme since 2019, a year after President Donald Trump pulled the United States out of the deal. Trump, who returns to the White House in January, has signalled he will restore his "maximum pressure" campaign.

Grossi, who visited Tehran last week, had won an offer from Iran to stop growing its stockpile of 60% enriched uranium, but diplomats said the proposal had been overtaken by the board vote.""",
        expect=[
            (D, "giving Tehran until the end of February to explain uranium traces", {"due": "2025-02-28", "set_by": None}),
            (E, 'ordered the start-up of "a significant number of new and advanced centrifuges"', {"actor": "IRN"}),
            (E, "output of uranium enriched to 60% purity, close to weapons grade, could rise several-fold", {"actor": "IRN"}),
            (E, "Those who sponsored this resolution will bear responsibility for the consequences", {"actor": "IRN"}),
            (E, 'the three European powers were ready to trigger the "snapback" of all U.N. sanctions', {"actor": None}),
            (D, "a mechanism that expires on Oct. 18 next year", {"due": "2025-10-18", "set_by": None}),
        ],
        optional=[
            (E, "ordering Iran to improve cooperation with inspectors"),
            (E, "a step that could pave the way for a referral to the U.N. Security Council"),
            (E, "Tehran hit back within hours"),
            (E, "The Islamic Republic will not bow to pressure"),
            (E, "we will use snapback before it lapses"),
            (D, "we will use snapback before it lapses"),
            (E, "Iran has steadily expanded its nuclear programme since 2019"),
            (E, "Trump pulled the United States out of the deal"),
            (E, 'restore his "maximum pressure" campaign'),
        ],
    ),
    Article(
        "us_open_skies_ultimatum",
        date(2020, 5, 21),
        """WASHINGTON, May 21 (Wire) - The United States will pull out of the Open Skies Treaty, which allows unarmed reconnaissance flights over member states, unless Russia returns to full compliance with the pact within six months, Secretary of State Mike Pompeo said on Thursday.

Washington will formally notify the other 33 signatories on Friday, starting a six-month period before the withdrawal takes effect. "Russia has flagrantly and continuously violated the treaty in various ways for years," Pompeo said in a statement.

President Donald Trump told reporters there was "a very good chance we'll make a new agreement" with Moscow, but added: "Until they adhere, we will pull out."

U.S. officials accuse Moscow of barring observation flights within 10 km of its border with Georgia's breakaway regions and of restricting flights over Kaliningrad, a Russian Baltic enclave where it has deployed nuclear-capable Iskander missiles. They also say Russia has used its own flights to map critical U.S. infrastructure for potential strikes.

Moscow denied any breach. Deputy Foreign Minister Alexander Grushko called the decision "a blow to European security" and said Russia would not negotiate "under ultimatums".

The move is the latest blow to the arms control architecture built at the end of the Cold War. The United States quit the 1987 Intermediate-Range Nuclear Forces Treaty last August, accusing Russia of flight-testing a ground-launched cruise missile, the 9M729, to ranges the pact banned.

Attention now turns to New START, which caps U.S. and Russian deployed strategic warheads and expires on Feb. 5, 2021, unless both sides agree to extend it. The administration wants China to join a new three-way deal, which Beijing has refused.""",
        expect=[
            (E, "The United States will pull out of the Open Skies Treaty", {"actor": "USA"}),
            (D, "unless Russia returns to full compliance with the pact within six months", {"due": "2020-11-21", "set_by": "USA"}),
            (E, "Russia has flagrantly and continuously violated the treaty", {"actor": "USA"}),
            (W, "accusing Russia of flight-testing a ground-launched cruise missile, the 9M729",
             {"temporal": "historical", "weapon": "cruise_missile", "actor": "RUS"}),
            (D, "expires on Feb. 5, 2021, unless both sides agree to extend it", {"due": "2021-02-05", "set_by": None}),
        ],
        optional=[
            (D, "starting a six-month period before the withdrawal takes effect"),
            (E, "Until they adhere, we will pull out"),
            (E, "where it has deployed nuclear-capable Iskander missiles"),
            (E, "map critical U.S. infrastructure for potential strikes"),
            (E, 'called the decision "a blow to European security"'),
            (E, 'Russia would not negotiate "under ultimatums"'),
            # added after run 1: bare back-reference to the US ultimatum = optional deadline (GUIDELINES: "or a reference to one"; bare references -> optional)
            (D, 'Russia would not negotiate "under ultimatums"'),
            (E, "The United States quit the 1987 Intermediate-Range Nuclear Forces Treaty last August"),
            (E, "which Beijing has refused"),
        ],
    ),
    Article(
        "russia_duma_ctbt_revocation",
        date(2023, 10, 18),
        """MOSCOW, Oct 18 (Wire) - Russia's lower house of parliament voted on Wednesday to revoke the country's ratification of the global treaty banning nuclear weapons tests, though Moscow insisted it would keep observing its own moratorium on test explosions for as long as the United States does.

The State Duma passed the bill unanimously, with 415 deputies in favour, in its second and third readings. The Federation Council, the upper house, is expected to approve it next week before President Vladimir Putin signs it into law.

Russia ratified the 1996 Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 2000. The United States signed it but never ratified it, and Putin said this month that Moscow should "mirror" Washington's position. He added that he was not ready to say whether Russia needed to conduct a test.

Deputy Foreign Minister Sergei Ryabkov told lawmakers that Russia would resume nuclear testing only if Washington did so first. "As long as the United States does not test, we will not test either," he said.

Duma speaker Vyacheslav Volodin accused Washington of an "irresponsible" attitude toward global security and said the vote was a response to U.S. "cynicism".

Satellite images published by independent analysts in recent months have shown new tunnels and buildings at Russia's Arctic test site on Novaya Zemlya, where Moscow last detonated a nuclear device in 1990, as well as at U.S. and Chinese test sites.

The United States has observed a moratorium on explosive testing since 1992, but has carried out so-called subcritical experiments that stay below the threshold of a self-sustaining nuclear chain reaction.

The head of the Vienna-based CTBT Organization, Robert Floyd, urged Russia to keep its test moratorium in place, saying that revoking ratification would be "disappointing and deeply regrettable".""",
        expect=[
            (E, "voted on Wednesday to revoke the country's ratification of the global treaty", {"actor": "RUS"}),
            (M, "it would keep observing its own moratorium on test explosions for as long as the United States does",
             {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
            (M, "Russia would resume nuclear testing only if Washington did so first",
             {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Russia would resume nuclear testing only if Washington did so first", {"actor": "RUS"}),
            (W, "where Moscow last detonated a nuclear device in 1990", {"temporal": "historical", "weapon": "nuclear", "actor": "RUS"}),
            (M, "The United States has observed a moratorium on explosive testing since 1992",
             {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (M, "urged Russia to keep its test moratorium in place",
             {"status": {"called_for", "in_force"}, "scope": ["nuclear"], "actor": "RUS"}),
        ],
        optional=[
            (M, "the global treaty banning nuclear weapons tests"),
            (M, "Comprehensive Nuclear-Test-Ban Treaty"),
            (E, 'Moscow should "mirror" Washington\'s position'),
            (W, "whether Russia needed to conduct a test"),
            (W, "Russia would resume nuclear testing only if Washington did so first"),
            (M, "As long as the United States does not test, we will not test either"),
            (W, "As long as the United States does not test, we will not test either"),
            (E, 'accused Washington of an "irresponsible" attitude toward global security'),
            (W, "new tunnels and buildings at Russia's Arctic test site"),
            (W, "U.S. and Chinese test sites"),
            (W, "so-called subcritical experiments"),
            (E, "revoking ratification would be"),
        ],
    ),
    Article(
        "senate_committee_test_readiness_funds",
        date(2020, 6, 12),
        """WASHINGTON, June 12 (Wire) - The Senate Armed Services Committee has voted to set aside $10 million to shorten the time the United States would need to carry out its first explosive nuclear test since 1992, according to a summary of the annual defence bill released on Thursday.

The amendment, offered by Republican Senator Tom Cotton of Arkansas, was adopted by a largely party-line vote during a closed-door session this week, congressional aides said. It directs the money to "projects to reduce the time required to execute a nuclear test if necessary."

The vote follows a Washington Post report last month that senior officials had discussed conducting a rapid nuclear test, which would be the first since the moratorium Washington has observed for nearly three decades, as a way to pressure Russia and China into a three-way arms control deal.

Democrats vowed to strip the money when the full Senate takes up the bill. Senator Edward Markey of Massachusetts has introduced legislation that would bar any spending on an explosive nuclear test. "Resuming testing would be an engraved invitation for other nuclear powers to follow suit and would set off a new arms race," he said.

Arms control groups warned that a U.S. test could prompt Russia and China to resume explosive testing of their own. The administration has accused both countries of conducting very low-yield nuclear tests in violation of a "zero-yield" standard, charges Moscow and Beijing reject.

China last tested a nuclear weapon in 1996. North Korea is the only country to have conducted nuclear explosive tests this century, most recently in September 2017.

The House Armed Services Committee is scheduled to take up its version of the bill on July 1.""",
        expect=[
            (W, "carry out its first explosive nuclear test since 1992", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "senior officials had discussed conducting a rapid nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (M, "the moratorium Washington has observed for nearly three decades",
             {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "USA"}),
            (E, "as a way to pressure Russia and China into a three-way arms control deal", {"actor": "USA"}),
            (M, "legislation that would bar any spending on an explosive nuclear test",
             {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
            (W, "prompt Russia and China to resume explosive testing of their own",
             {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}}),  # known gap: actor None (two states), read USA from the clause's first test
            (W, "China last tested a nuclear weapon in 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (W, "North Korea is the only country to have conducted nuclear explosive tests this century",
             {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
        ],
        optional=[
            (W, "execute a nuclear test if necessary"),
            (W, "Resuming testing would be an engraved invitation"),
            (M, "Resuming testing would be an engraved invitation"),
            (E, "would set off a new arms race"),
            (W, "a U.S. test could prompt"),
            (M, "resume explosive testing of their own"),
            (W, "conducting very low-yield nuclear tests"),
            (E, "accused both countries of conducting very low-yield nuclear tests"),
            (M, "China last tested a nuclear weapon in 1996"),
        ],
    ),
    Article(
        "unga_asat_test_halt_resolution",
        date(2022, 12, 7),
        """UNITED NATIONS, Dec 7 (Wire) - The U.N. General Assembly on Wednesday called on all nations to commit to a halt on destructive direct-ascent anti-satellite (ASAT) missile tests, backing a U.S.-led initiative by 155 votes to 9 with 9 abstentions.

Russia, China, Iran and Syria were among the countries voting against the non-binding resolution, which describes such a commitment as "an urgent and initial step" toward preventing an arms race in outer space.

The United States announced in April that it would no longer conduct destructive ASAT missile tests, and urged other countries to follow. Canada, New Zealand, Japan, Germany, South Korea, Switzerland, France and Britain are among those that have since made similar pledges.

The campaign gained momentum after Russia blew up one of its own defunct satellites, Kosmos 1408, with a missile launched from the Plesetsk cosmodrome in November 2021. The strike scattered more than 1,500 pieces of trackable debris and forced the crew of the International Space Station to take shelter.

China destroyed a weather satellite with a ground-based missile in a 2007 test that left the largest debris cloud ever recorded, while India shot down one of its own satellites in March 2019 in a test it called Mission Shakti.

Russia's envoy told the assembly that the resolution was a "propaganda exercise" and accused Washington of preparing to place strike weapons in orbit, saying Moscow would take "all necessary measures" to protect its space assets.

A U.S. delegate said the vote showed broad support for "responsible behaviour in space" and urged holdouts to join the pledge before the issue returns to the assembly next year.""",
        expect=[
            (M, "called on all nations to commit to a halt on destructive direct-ascent anti-satellite (ASAT) missile tests",
             {"status": "called_for", "scope": ["missile"], "actor": None}),
            (M, "it would no longer conduct destructive ASAT missile tests", {"status": "in_force", "scope": ["missile"], "actor": "USA"}),
            (W, "Russia blew up one of its own defunct satellites, Kosmos 1408, with a missile",
             {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile"}, "actor": "RUS"}),
            (W, "China destroyed a weather satellite with a ground-based missile in a 2007 test",
             {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile"}, "actor": "CHN"}),
            (W, "India shot down one of its own satellites in March 2019",
             {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile"}, "actor": "IND"}),
            (E, "accused Washington of preparing to place strike weapons in orbit", {"actor": "RUS"}),
        ],
        optional=[
            (M, 'such a commitment as "an urgent and initial step"'),
            (E, "an arms race in outer space"),
            (M, "urged other countries to follow"),
            (M, "have since made similar pledges"),
            (W, "a missile launched from the Plesetsk cosmodrome in November 2021"),
            (W, "The strike scattered more than 1,500 pieces"),
            (E, "The strike scattered more than 1,500 pieces"),
            (W, "in a test it called Mission Shakti"),
            (E, 'the resolution was a "propaganda exercise"'),
            (E, 'Moscow would take "all necessary measures" to protect its space assets'),
            (M, "urged holdouts to join the pledge"),
        ],
    ),
    Article(
        "eu_eel_moratorium_quota_deadline",
        date(2024, 12, 11),
        """BRUSSELS, Dec 11 (Wire) - European Union fisheries ministers agreed early on Wednesday to extend a six-month moratorium on commercial fishing of European eel across the bloc's Atlantic and Mediterranean waters, after all-night talks that ended with a compromise on Baltic quotas.

The deal, struck at around 5 a.m. after 20 hours of negotiations, keeps the eel closure in force until at least the end of 2025 and gives member states until March 31 to submit national management plans showing how they will cut catches of juvenile glass eels. Countries that miss the deadline could face a freeze of their fisheries subsidies, the European Commission said.

Ministers also slashed the western Baltic herring quota by 21% and kept a near-total ban on targeted cod fishing in the eastern Baltic, where scientists say stocks have collapsed.

"This is a painful but necessary decision to give these stocks a chance to recover," Fisheries Commissioner Costas Kadis told reporters.

Fishing organisations reacted angrily. Europeche, which represents the industry, called the eel measures "a declaration of war on small-scale fishermen" and warned of an escalation of protests, including blockades of ports in France and Spain. The group said it would test the legality of the closure before the EU's General Court, and Spanish producers launched a separate challenge on Tuesday.

Environmental groups said the deal did not go far enough. The International Council for the Exploration of the Sea, whose advice underpins quotas, has recommended zero catches of European eel for several years. Scientists said stock surveys scheduled for the spring would be a crucial test of whether the cuts were working.""",
        expect=[],
    ),
    Article(
        "rail_union_pay_ultimatum",
        date(2023, 2, 8),
        """LONDON, Feb 8 (Wire) - Britain's biggest rail union on Wednesday gave train operators an ultimatum to table an improved pay offer by midnight on Friday or face an escalation of strike action that could halt services across much of England for a week.

The Rail, Maritime and Transport workers' union (RMT) said its executive had rejected the latest offer of 5% this year and 4% next, describing it as "a real-terms pay cut" at a time of double-digit inflation. It is demanding an escalation clause that would raise wages automatically in line with the retail price index.

"This is the final warning. If the companies do not come back with a serious offer before the deadline, we will announce the biggest walkout this industry has seen in a generation," the union's general secretary told reporters outside its headquarters.

The Rail Delivery Group, which represents the operators, said the offer was "fair and affordable" and accused the union of "moving the goalposts". Transport Secretary Mark Harper urged both sides to return to talks, warning that the dispute had already cost the industry more than 500 million pounds.

Union members have staged 11 days of strikes since June. A fresh ballot, which would extend the union's mandate for industrial action for another six months, closes on Feb. 20. Network Rail said it would test contingency timetables this weekend and fire up its emergency control room if the walkout goes ahead, while unions at two train operators have threatened to suspend overtime working from Monday.""",
        expect=[],
    ),
]


ROUND9: list[Article] = _NEWS + _ALERTING

# Reviewed after the fixes and judged optional, consistent with earlier rounds' labels: an ended
# (not threatened) pledge is no escalation; compliance accusations, a drill's route and weighing
# sanctions are borderline; the Bulava warheads' arrival was unlabelled in an earlier round.
_LATER_OPTIONAL = {
    "f2 ": [(W, "the missile's training warheads reached the Kura range on the Kamchatka peninsula")],
    "f3 ": [(E, "European powers already weighing whether to restore United Nations sanctions")],
    "f5 ": [(E, "which encircle the island from the north")],
    "f7 ": [(E, "Pyongyang no longer felt bound by that pledge")],
    "us_open_skies_ultimatum": [(E, "accuse Moscow of barring observation flights"),
                                (E, "accusing Russia of flight-testing a ground-launched cruise missile")],
}
for _prefix, _mentions in _LATER_OPTIONAL.items():
    named(ROUND9, _prefix).optional.extend(_mentions)
