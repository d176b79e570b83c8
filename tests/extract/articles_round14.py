"""Round 14 of the challenge articles: 12 fresh articles (eight in the domain, four out of it,
one of them a news digest with one in-domain item), written and labelled after round 13's fixes and
run before round 14's: they scored 66/107 required signals right with 5 false alarms (69/107 after
the digest fallback of the article gate, before the per-kind fixes)."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

ROUND14: list[Article] = [
    Article(
        "g1 yonhap: north korea slbm off sinpo; jcs and japanese defence ministry; slbm history; prospective launch from new submarine",
        date(2026, 9, 17),
        """SEOUL, Sept. 17 (Yonhap) -- North Korea fired what appeared to be a submarine-launched ballistic missile (SLBM) into the East Sea on Thursday morning, South Korea's military said, in what would be the North's first underwater launch in more than four years.

The Joint Chiefs of Staff (JCS) said it had detected the missile being launched from waters near the eastern port city of Sinpo at around 7:48 a.m. The missile flew about 600 kilometers at an apogee of some 50 km before splashing down in waters between the Korean Peninsula and Japan, according to the JCS.

"Our military has strengthened surveillance and vigilance in preparation for additional launches and is maintaining a full readiness posture while closely sharing information with the United States and Japan," the JCS said in a text message sent to reporters.

The JCS did not confirm whether the missile had been fired from a submarine or from a submerged launch barge, a distinction military officials say is key to judging how close the North is to fielding an operational sea-based nuclear deterrent.

In Tokyo, the Defense Ministry said the projectile appeared to have fallen outside Japan's exclusive economic zone and that there were no immediate reports of damage to vessels or aircraft. A ministry spokesperson told reporters the launch "threatens the peace and security of Japan, the region and the international community," adding that Tokyo had lodged a strong protest with Pyongyang through its embassy in Beijing.

Thursday's launch came two days after the North's foreign ministry warned that the United States would "pay a dear price" for sending a nuclear-powered submarine to the southern port city of Busan, calling the port call "an undisguised military threat" against the country.

The North last test-fired an SLBM in May 2022, when it launched a missile from waters off Sinpo that flew some 600 km. In October 2021, it tested what it called a new, smaller SLBM from the 8.24 Yongung, a submarine used for trials. Its first successful flight test of the weapon came in August 2016, when a Pukguksong-1 missile flew about 500 km toward Japan.

In September 2023, leader Kim Jong Un attended a launching ceremony for what the North called its first "tactical nuclear attack submarine," the Hero Kim Kun Ok, and state media said late last year that construction of a nuclear-powered strategic guided-missile submarine was well under way.

Multiple U.N. Security Council resolutions bar North Korea from any launch using ballistic missile technology. Pyongyang rejects the resolutions as an infringement on its sovereign right to self-defense.

Experts in Seoul said Thursday's test-firing was likely aimed at verifying the reliability of a missile the North intends to deploy on its new submarines.

"If this was launched from the Hero Kim Kun Ok, it would mean the North has a functioning submarine-based strike capability, however limited," said Yang Uk, a research fellow at the Asan Institute for Policy Studies. "The next step could be a launch from the nuclear-powered submarine itself, perhaps within a year or two."

Hong Min, a senior analyst at the Korea Institute for National Unification, said the timing pointed to a political message. "Pyongyang wants to show it can answer a U.S. strategic asset with a strategic asset of its own," he said.

South Korea, the United States and Japan are scheduled to hold a three-way naval exercise in waters south of Jeju Island next week, which the North has denounced as a rehearsal for an invasion. (END)""",
        expect=[
            (W, "North Korea fired what appeared to be a submarine-launched ballistic missile (SLBM) into the East Sea on Thursday morning", {"temporal": "new", "weapon": "slbm", "actor": "PRK"}),
            (W, "it had detected the missile being launched from waters near the eastern port city of Sinpo", {"temporal": "new", "weapon": {"slbm", "ballistic_missile", "unspecified"}, "actor": "PRK"}),
            (E, 'the launch "threatens the peace and security of Japan, the region and the international community,"', {"actor": "JPN"}),
            (E, 'warned that the United States would "pay a dear price"', {"actor": "PRK"}),
            (W, "The North last test-fired an SLBM in May 2022", {"temporal": "historical", "weapon": "slbm", "actor": "PRK"}),
            (W, "it tested what it called a new, smaller SLBM from the 8.24 Yongung", {"temporal": "historical", "weapon": "slbm", "actor": "PRK"}),
            (W, "Its first successful flight test of the weapon came in August 2016", {"temporal": "historical", "weapon": {"slbm", "unspecified"}, "actor": "PRK"}),
            (W, "The next step could be a launch from the nuclear-powered submarine itself", {"temporal": "prospective", "weapon": {"slbm", "unspecified", "ballistic_missile"}, "actor": "PRK"}),
            (E, "which the North has denounced as a rehearsal for an invasion", {"actor": "PRK"}),
        ],
        optional=[
            (W, "the North's first underwater launch in more than four years"),
            (W, "The missile flew about 600 kilometers at an apogee of some 50 km"),
            (W, "in preparation for additional launches"),
            (E, "strengthened surveillance and vigilance in preparation for additional launches"),
            (W, "The JCS did not confirm whether the missile had been fired from a submarine"),
            (W, "the projectile appeared to have fallen outside Japan's exclusive economic zone"),
            (W, 'A ministry spokesperson told reporters the launch'),
            (E, "Tokyo had lodged a strong protest with Pyongyang"),
            (W, "Thursday's launch came two days after"),
            (E, "sending a nuclear-powered submarine to the southern port city of Busan"),
            (E, 'calling the port call "an undisguised military threat"'),
            (W, "when it launched a missile from waters off Sinpo that flew some 600 km"),
            (W, "a Pukguksong-1 missile flew about 500 km toward Japan"),
            (W, "attended a launching ceremony"),
            (E, "construction of a nuclear-powered strategic guided-missile submarine was well under way"),
            (M, "bar North Korea from any launch using ballistic missile technology"),
            (W, "any launch using ballistic missile technology"),
            (W, "Thursday's test-firing was likely aimed at verifying the reliability of a missile"),
            (E, "a missile the North intends to deploy on its new submarines"),
            (E, "a functioning submarine-based strike capability"),
            (W, "If this was launched from the Hero Kim Kun Ok"),
            (E, "Pyongyang wants to show it can answer a U.S. strategic asset with a strategic asset of its own"),
            (E, "scheduled to hold a three-way naval exercise"),
        ],
    ),
    Article(
        "g2 afp-style world digest: ecb stress test, typhoon escalates, cricket test, deep-sea mining moratorium; one india agni-5 flight test",
        date(2026, 10, 21),
        """WORLD NEWS IN BRIEF -- Wednesday, October 21

MARKETS: European bank shares slipped on Wednesday after the European Central Bank said three mid-sized lenders had fallen short of its capital threshold in the adverse scenario of this year's stress test. The ECB gave the banks until the end of January to submit plans to shore up their balance sheets. The Stoxx 600 banking index closed 1.4 percent lower, while the euro firmed against the dollar ahead of Thursday's U.S. inflation data. "The stress test was tougher than last time, and the market is punishing the laggards," said a Frankfurt-based trader.

WEATHER: Typhoon Halong escalated into a super typhoon overnight as it churned toward the northern Philippines, packing sustained winds of 215 km per hour, the state weather bureau said. Authorities in Cagayan province ordered the pre-emptive evacuation of more than 40,000 residents and suspended ferry services, while schools in Manila were shut. Forecasters warned the storm could make landfall late on Thursday, bringing storm surges of up to three metres.

SPORT: Pakistan's spinners bowled England out for 212 on the second day of the second Test in Multan, handing the hosts a first-innings lead of 134. England captain Ben Stokes conceded his batters had been "blown away" on a turning pitch. A victory would give Pakistan an unassailable 2-0 lead in the three-match Test series, with the final match starting in Rawalpindi next week.

INDIA: India on Wednesday successfully flight-tested an Agni-5 intermediate-range ballistic missile from the Dr APJ Abdul Kalam Island off the coast of Odisha, the defence ministry said. The ministry said the nuclear-capable missile, which has a range of more than 5,000 km, "met all operational and technical parameters" and that the test had validated a new navigation package. The launch was monitored by radar and telemetry stations along the coast and by ships in the Bay of Bengal. India first test-launched the Agni-5 in 2012, and in March 2024 conducted a flight test of a version carrying multiple independently targetable warheads.

NORWAY: Norway's government said on Wednesday it would keep its moratorium on deep-sea mining licences in place until at least 2029, bowing to pressure from a coalition partner and environmental groups. The decision, which must be approved by parliament before a December 15 budget deadline, drew criticism from industry groups, who said the freeze risked ceding ground in the race for battery metals to China. Oslo had planned to launch its first licensing round this year before the pause was agreed in late 2024.""",
        expect=[
            (W, "India on Wednesday successfully flight-tested an Agni-5 intermediate-range ballistic missile", {"temporal": "new", "weapon": "irbm", "actor": "IND"}),
            (W, "India first test-launched the Agni-5 in 2012", {"temporal": "historical", "weapon": {"irbm", "unspecified", "ballistic_missile"}, "actor": "IND"}),
            (W, "in March 2024 conducted a flight test of a version carrying multiple independently targetable warheads", {"temporal": "historical", "weapon": {"irbm", "unspecified", "ballistic_missile"}, "actor": "IND"}),
        ],
        optional=[
            (W, "the test had validated a new navigation package"),
            (W, "The launch was monitored by radar and telemetry stations"),
            (E, "the nuclear-capable missile, which has a range of more than 5,000 km"),
        ],
    ),
    Article(
        "g3 iran: e3 trigger snapback, 30-day clock, npt exit and iaea threats, guards space launch from semnan",
        date(2025, 8, 29),
        """TEHRAN/DUBAI (Reuters) - Iranian officials threatened on Friday to quit the nuclear Non-Proliferation Treaty and end what remains of Tehran's cooperation with U.N. inspectors, a day after Britain, France and Germany set in motion the return of United Nations sanctions on the Islamic Republic.

The three European powers, known as the E3, notified the U.N. Security Council on Thursday that Iran was in "significant non-performance" of the 2015 nuclear deal, triggering the so-called snapback mechanism. The notification starts a 30-day clock: unless the council adopts a resolution to keep sanctions relief in place by Sept. 27, a raft of U.N. measures including an arms embargo and curbs on ballistic missile work will automatically be reimposed.

The Europeans had been racing against the Oct. 18 expiry of Resolution 2231, which enshrines the deal; after that date the snapback option would lapse. They moved after an end-of-August deadline they had set for Tehran to restore inspector access and account for its highly enriched uranium passed with no breakthrough.

"If the Europeans continue down this path, leaving the NPT is one of the options on the table," a senior member of parliament's national security committee told the semi-official Tasnim news agency. Another lawmaker said parliament would fast-track a bill to suspend all remaining cooperation with the International Atomic Energy Agency and expel its inspectors.

Iran's foreign ministry spokesman denounced the European move as "unlawful and provocative" and said Tehran would deliver "a firm and appropriate response." He did not elaborate.

Separately, state television on Friday showed a solid-fuel Qaem-100 rocket lifting off from a launch site in the desert of Semnan province, carrying what it said was a research satellite into low orbit. The launch was carried out by the aerospace force of the Revolutionary Guards, which runs a military space programme in parallel with Iran's civilian space agency.

Western governments say Iran's satellite launch vehicles use technology interchangeable with that of long-range ballistic missiles. The U.S. State Department called the launch "another step in the regime's missile development" and said Washington would "not allow Iran to acquire a nuclear weapon."

The Guards have placed several satellites into orbit since April 2020, when they surprised Western intelligence by launching the Noor-1 military satellite on a Qased rocket from the same region.

Tensions have run high since June, when Israel and the United States bombed Iran's main nuclear sites at Fordow, Natanz and Isfahan during a 12-day war. Iran suspended cooperation with the IAEA in July under a law passed by parliament, and inspectors have not been able to verify the status of its stockpile of uranium enriched to up to 60% purity.

European diplomats said the 30-day window still left room for diplomacy. The E3 have offered to delay the reimposition of sanctions by up to six months if Iran allows inspectors back and resumes talks with Washington.

"The door is not closed," a French diplomatic source said. "But the ball is now clearly in Tehran's court."

Iran's Supreme National Security Council was due to meet on Saturday to discuss the response, Iranian media reported.

Iranian officials have repeatedly said Tehran does not seek nuclear weapons and that its programme is peaceful. Tehran has in the past threatened to leave the NPT, most recently in 2020, but has never followed through.""",
        expect=[
            (E, "Iranian officials threatened on Friday to quit the nuclear Non-Proliferation Treaty", {"actor": "IRN"}),
            (E, "end what remains of Tehran's cooperation with U.N. inspectors", {"actor": "IRN"}),
            (D, "The notification starts a 30-day clock: unless the council adopts a resolution to keep sanctions relief in place by Sept. 27", {"due": "2025-09-27", "set_by": None}),
            (D, "racing against the Oct. 18 expiry of Resolution 2231", {"due": "2025-10-18"}),
            (D, "an end-of-August deadline they had set for Tehran", {"due": "2025-08-31", "set_by": None}),
            (E, "leaving the NPT is one of the options on the table", {"actor": "IRN"}),
            (E, "parliament would fast-track a bill to suspend all remaining cooperation with the International Atomic Energy Agency", {"actor": "IRN"}),
            (E, 'denounced the European move as "unlawful and provocative"', {"actor": "IRN"}),
            (E, 'Tehran would deliver "a firm and appropriate response."', {"actor": "IRN"}),
            (W, "a solid-fuel Qaem-100 rocket lifting off from a launch site in the desert of Semnan province", {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (E, 'Washington would "not allow Iran to acquire a nuclear weapon."', {"actor": "USA"}),
            (W, "launching the Noor-1 military satellite on a Qased rocket", {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
            (E, "Israel and the United States bombed Iran's main nuclear sites", {"actor": None}),
            (E, "Iran suspended cooperation with the IAEA in July", {"actor": "IRN"}),
        ],
        optional=[
            (E, "set in motion the return of United Nations sanctions"),
            (E, "triggering the so-called snapback mechanism"),
            (M, "curbs on ballistic missile work"),
            (D, "the snapback option would lapse"),
            (E, "expel its inspectors"),
            (W, "The launch was carried out by the aerospace force of the Revolutionary Guards"),
            (W, "Iran's satellite launch vehicles use technology interchangeable with that of long-range ballistic missiles"),
            (W, 'called the launch "another step in the regime\'s missile development"'),
            (E, 'called the launch "another step in the regime\'s missile development"'),
            (W, "The Guards have placed several satellites into orbit since April 2020"),
            (E, "Tensions have run high since June"),
            (E, "during a 12-day war"),
            (E, "uranium enriched to up to 60% purity"),
            (D, "the 30-day window still left room for diplomacy"),
            (E, "the ball is now clearly in Tehran's court"),
            (E, "Tehran has in the past threatened to leave the NPT, most recently in 2020"),
        ],
    ),
    Article(
        "g4 kim jong un year-end plenum speech: nuclear build-up, satellites next year, slams us drills, rejects seoul; analysts on test freeze and possible tests",
        date(2026, 12, 31),
        """SEOUL, Dec. 31 (AFP) - North Korean leader Kim Jong Un has ordered an "exponential" expansion of his country's nuclear arsenal in the coming year and vowed to put more spy satellites into orbit, state media said Thursday, as he wrapped up a five-day meeting of the ruling party setting out policy for 2027.

Addressing an enlarged plenary meeting of the Workers' Party of Korea's Central Committee, Kim said the "grave security environment" created by Washington and its allies left Pyongyang no choice but to "strengthen the nuclear war deterrent without limit," the official Korean Central News Agency reported.

He called for the mass production of tactical nuclear warheads and for new nuclear-armed units to be formed along the southern border, and said the country would launch three more military reconnaissance satellites next year to keep watch on U.S. and South Korean forces.

Kim accused the United States of turning the Korean peninsula into "the world's largest war arsenal" and described this year's joint military drills by Washington and Seoul, some involving U.S. strategic bombers, as "undisguised rehearsals for a nuclear war of aggression." Any attempt to use force against the North would be met with "a merciless nuclear counterstrike," he warned.

He also repeated that Pyongyang had no interest in dialogue with Seoul, which he called "the most hostile state," and said there was "nothing to discuss" with a U.S. administration that demanded the North give up its weapons.

The plenum report, which ran to several thousand words, devoted much of its length to the economy, praising a regional factory-building drive and ordering officials to fulfil the targets of the current five-year plan by the end of next year.

KCNA made no reference to further weapons tests. But analysts said the language pointed to an active year ahead.

"When Kim talks about limitless expansion and new delivery means, it usually means more launches, possibly of the Hwasong-20," said Leif-Eric Easley, a professor at Ewha Womans University in Seoul, referring to the solid-fuel intercontinental ballistic missile the North paraded in October 2025. Pyongyang has not flight-tested an ICBM since October 2024, when it launched a Hwasong-19 that flew for a record 86 minutes.

Other experts said the North could carry out a seventh nuclear test to validate its smaller warheads, though there were no signs of imminent activity at the Punggye-ri test site, according to South Korean intelligence.

Kim did not mention the moratorium on nuclear and intercontinental ballistic missile tests that he declared in April 2018 at the height of his diplomacy with then-U.S. President Donald Trump. Pyongyang abandoned that self-imposed freeze in March 2022 with the launch of a Hwasong-17 ICBM, the first of its kind in over four years.

South Korea's defence ministry said it was closely watching the North and would respond "overwhelmingly" to any provocation, while the unification ministry expressed regret that Pyongyang had again rejected Seoul's offer of talks.

North Korea put its first military spy satellite, the Malligyong-1, into orbit in November 2023 after two failed attempts earlier that year. A fourth launch attempt in May 2024 ended when the rocket exploded shortly after lift-off.""",
        expect=[
            (E, 'ordered an "exponential" expansion of his country\'s nuclear arsenal', {"actor": "PRK"}),
            (W, "vowed to put more spy satellites into orbit", {"temporal": "prospective", "weapon": "space_launch", "actor": "PRK"}),
            (E, '"strengthen the nuclear war deterrent without limit,"', {"actor": "PRK"}),
            (E, "called for the mass production of tactical nuclear warheads", {"actor": "PRK"}),
            (W, "the country would launch three more military reconnaissance satellites next year", {"temporal": "prospective", "weapon": "space_launch", "actor": "PRK"}),
            (E, 'Kim accused the United States of turning the Korean peninsula into "the world\'s largest war arsenal"', {"actor": "PRK"}),
            (E, '"undisguised rehearsals for a nuclear war of aggression."', {"actor": "PRK"}),
            (E, 'would be met with "a merciless nuclear counterstrike," he warned', {"actor": "PRK"}),
            (E, "Pyongyang had no interest in dialogue with Seoul", {"actor": "PRK"}),
            (E, 'said there was "nothing to discuss" with a U.S. administration', {"actor": "PRK"}),
            (W, "it usually means more launches, possibly of the Hwasong-20", {"temporal": "prospective", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (W, "when it launched a Hwasong-19 that flew for a record 86 minutes", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (W, "the North could carry out a seventh nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (M, "the moratorium on nuclear and intercontinental ballistic missile tests that he declared in April 2018", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "Pyongyang abandoned that self-imposed freeze in March 2022", {"status": "ended", "actor": "PRK"}),
            (W, "with the launch of a Hwasong-17 ICBM", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (E, 'would respond "overwhelmingly" to any provocation', {"actor": "KOR"}),
            (W, "North Korea put its first military spy satellite, the Malligyong-1, into orbit in November 2023", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (W, "A fourth launch attempt in May 2024 ended when the rocket exploded shortly after lift-off", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
        ],
        optional=[
            (E, 'the "grave security environment" created by Washington and its allies'),
            (E, "new nuclear-armed units to be formed along the southern border"),
            (E, "some involving U.S. strategic bombers"),
            (E, 'which he called "the most hostile state,"'),
            (E, "a U.S. administration that demanded the North give up its weapons"),
            (W, "KCNA made no reference to further weapons tests"),
            (E, "the language pointed to an active year ahead"),
            (E, "limitless expansion and new delivery means"),
            (E, "the North paraded in October 2025"),
            (W, "Pyongyang has not flight-tested an ICBM since October 2024"),
            (M, "Pyongyang has not flight-tested an ICBM since October 2024"),
            (W, "to validate its smaller warheads"),
            (W, "no signs of imminent activity at the Punggye-ri test site"),
            (W, "the first of its kind in over four years"),
            (E, "expressed regret that Pyongyang had again rejected Seoul's offer of talks"),
            (W, "after two failed attempts earlier that year"),
        ],
    ),
    Article(
        "g5 out of domain: city eviction moratorium expires at month's end, rent-relief application deadline, landlord lawsuit escalates",
        date(2026, 6, 26),
        """MILWAUKEE (AP) — Thousands of Milwaukee renters could face eviction filings as soon as next week, when the city's pandemic-era eviction moratorium for tenants in subsidized housing expires at the end of the month and a separate rent-relief program stops taking applications.

The Common Council on Thursday voted 9-6 against a third extension of the moratorium, which has barred landlords in city-assisted buildings from evicting tenants over unpaid rent since 2023. Mayor Cavalier Johnson had urged members to extend the freeze through December, warning that the county's shelters were "already at capacity."

"We are about to fire the starting gun on a wave of evictions, and we are not ready for it," said Alderwoman JoCasta Zamarripa, who sponsored the extension. "This is not a test run. These are real families."

Tenants have until 5 p.m. Tuesday to apply to the city's Emergency Rental Assistance fund, which was launched in January with $18 million in state and federal money. About $4 million remains, according to the Department of Neighborhood Services, and officials say applications submitted after the deadline will not be considered even if funds are left over.

The vote came as a legal fight between the city and a coalition of landlords escalated. The Apartment Association of Southeastern Wisconsin, which sued the city in March arguing the moratorium amounted to an unconstitutional taking of property, on Wednesday asked a federal judge to award its members back rent and damages of more than $11 million.

"The city has been holding our members' property hostage for three years," association president Tim Ballering said in a statement. "A temporary emergency measure became a permanent ban, and small landlords have paid the price." The city attorney's office said it would "vigorously defend" the ordinance and called the damages claim "a scorched-earth tactic."

Housing advocates said the end of the moratorium would hit hardest on the city's north side, where a study by the University of Wisconsin-Milwaukee found that more than one in five renter households had fallen at least two months behind on rent. Legal Aid Society of Milwaukee said it had hired four additional attorneys and would open a walk-in clinic at the Central Library on Monday.

Several council members who opposed the extension said the city could no longer afford the measure, which has cost about $2.3 million a year in compensation paid to landlords. Alderman Mark Borkowski said the program had become "a band-aid that never comes off" and that the city should focus instead on building more affordable housing.

Under state law, landlords must give tenants a five-day notice to pay overdue rent before filing for eviction, meaning the first court hearings are unlikely before mid-July. Milwaukee County's eviction court handled about 9,800 filings last year, down from a peak of more than 12,000 before the pandemic.

Johnson said he would ask the council to revisit the issue at its July 14 meeting but acknowledged he lacked the votes. "I'm not going to sugarcoat it," he told reporters. "The next few weeks are going to be hard for a lot of people in this city.\"""",
        expect=[],
        optional=[],
    ),
    Article(
        "g6 out of domain: carmaker crash tests, launch of a new ev, union strike deadline",
        date(2026, 3, 12),
        """WOLFSBURG, Germany (Reuters) - Volkswagen's new entry-level electric car earned the top five-star rating in European crash tests on Thursday, a boost for the carmaker as it prepares to launch the model in showrooms next month amid a bitter pay dispute with workers at two of its German plants.

The ID.Polo, which will start at under 25,000 euros ($27,300), scored 88% for adult occupant protection in tests carried out by the independent Euro NCAP programme, which slams vehicles into barriers at speeds of up to 64 km per hour and tests driver-assistance systems on a closed track. Euro NCAP said the car's emergency braking system had performed "particularly well" in tests involving cyclists and pedestrians.

Volkswagen plans to launch the car in Germany, France and Spain on April 15 and has kicked off a marketing campaign that includes its first Super Bowl-style television advertisement in Europe. Orders opened online last week, and the company said demand had "exceeded expectations," without giving figures.

The launch is a critical test for chief executive Oliver Blume's strategy of winning back budget-conscious buyers from Chinese rivals such as BYD, whose cheaper models have rocketed up European sales charts over the past year.

But the rollout could be overshadowed by labour unrest. The IG Metall union on Wednesday set a deadline of midnight on March 20 for management to improve its pay offer for about 20,000 workers at the Emden and Zwickau plants, where the ID.Polo's battery packs and some components are made. If there is no improved offer by then, the union said it would call a ballot on open-ended strikes, escalating from the two-hour warning strikes staged last week.

"Management has been playing for time. Our patience has run out," IG Metall negotiator Thorsten Gröger told workers at a rally outside the Emden plant. "If they want a war of attrition, they can have one."

Volkswagen said it remained "ready for constructive talks" and that its offer of a 3.2% raise over two years, combined with a hiring freeze instead of job cuts, was "fair given the difficult market environment." A company spokesperson said engine and powertrain testing at the Salzgitter site would not be affected by any industrial action.

The dispute has escalated since January, when Volkswagen announced a two-year moratorium on new investment at its German components sites and said it would shift some battery assembly to Spain and Slovakia. Labour representatives accused the company of using the electric transition as "a weapon" against its workforce.

Analysts said a prolonged strike could delay deliveries of the ID.Polo by several weeks. "Volkswagen cannot afford a botched launch," said Stefan Bratzel, director of the Center of Automotive Management in Bergisch Gladbach. "This car is its answer to the Chinese offensive, and it needs to be on the road in volume by the summer."

Volkswagen shares closed 1.8% higher in Frankfurt, outperforming a broader market that fell after the U.S. administration threatened new tariffs on European cars.""",
        expect=[],
        optional=[(E, "the U.S. administration threatened new tariffs on European cars")],
    ),
    Article(
        "h1 putin hails poseidon drone test days after final burevestnik trial; trump sub remark; medvedev 'radioactive ash'",
        date(2025, 10, 29),
        """MOSCOW, Oct 29 (Reuters) - President Vladimir Putin said on Wednesday that Russia had carried out a successful test of its Poseidon nuclear-powered underwater drone, days after he announced what he called the decisive final trial of the Burevestnik cruise missile, a weapon some Western experts once dismissed as a "flying Chernobyl."

Speaking to wounded soldiers at a military hospital in Moscow, Putin said the Poseidon had been launched from a carrier submarine on Tuesday and that, for the first time, its compact onboard reactor had been switched on and run while the drone was under way. "There is nothing like it in the world, and there will not be for a long time," he said, adding that the destructive power of the drone "significantly exceeds" that of the Sarmat, Russia's newest intercontinental ballistic missile.

On Sunday, Chief of the General Staff Valery Gerasimov told Putin in a televised meeting that the Burevestnik had stayed aloft for about 15 hours during an Oct. 21 flight and covered some 14,000 km (8,700 miles). Putin, dressed in camouflage fatigues, ordered officials to begin preparing the infrastructure needed to put the missile into service with the armed forces.

The Kremlin has cast both weapons as an answer to U.S. plans for a "Golden Dome" missile shield. Kremlin spokesman Dmitry Peskov said the tests should not be seen as directed against any country, though Moscow would "ensure its security by any means available."

Former president Dmitry Medvedev, now deputy chairman of Russia's Security Council, was less restrained. Writing on Telegram, he called the Poseidon "a doomsday weapon" and said Washington should "look at the map and think" before sending long-range missiles to Kyiv. Ukraine's backers, he wrote, risked having their coastal cities turned into "radioactive ash."

In Washington, U.S. President Donald Trump called Putin's remarks "not an appropriate thing to say" and reminded reporters that a U.S. nuclear submarine was positioned "right off their shore." "They know we test missiles all the time," he said aboard Air Force One. Trump, who has threatened Moscow with tougher sanctions if it does not accept a ceasefire in Ukraine by the end of the month, said he would not meet Putin "just to waste time."

NATO Secretary-General Mark Rutte said the alliance was following Russia's programmes closely but had seen no change in Moscow's nuclear posture that required a response. British Defence Secretary John Healey said the launches were "a reminder of the reckless way the Kremlin conducts itself."

The Burevestnik, which NATO calls SSC-X-9 Skyfall, is meant to be propelled by a small nuclear reactor that would give it a near-unlimited range, allowing it to approach targets from unexpected directions. Putin first unveiled it, along with the Poseidon, in a March 2018 state-of-the-nation speech illustrated with animations of warheads falling on Florida.

Its development has been troubled. Western analysts say at least 13 earlier flight tests since 2016 ended in failure or only partial success, and an attempt to recover a crashed prototype from the seabed of the White Sea in August 2019 ended in an explosion that killed five nuclear specialists from the state atomic corporation Rosatom.

The Poseidon, a giant torpedo designed to be carried by specially built submarines such as the Khabarovsk, which was floated out at Severodvinsk this month, can reportedly carry a multi-megaton thermonuclear warhead intended to trigger a radioactive tidal wave against coastal cities.

The announcements come as New START, the last remaining nuclear arms control treaty between Moscow and Washington, is set to expire in February. Putin has offered to keep observing its central limits for another year if the United States does the same, but Washington has yet to give a formal reply.

Anna Rietveld, a Geneva-based researcher who studies Russian strategic forces, said the tests would do little to shift the strategic balance. "These are niche systems. What matters more is whether the remaining restraints survive - and that is now in doubt," he said.
""",
        expect=[
            (W, "Russia had carried out a successful test of its Poseidon nuclear-powered underwater drone", {"temporal": "new", "weapon": "unspecified", "actor": "RUS"}),
            (W, "the decisive final trial of the Burevestnik cruise missile", {"temporal": "new", "weapon": "cruise_missile", "actor": "RUS"}),
            (W, "the Poseidon had been launched from a carrier submarine on Tuesday", {"temporal": "new", "weapon": "unspecified", "actor": "RUS"}),
            (W, "the Burevestnik had stayed aloft for about 15 hours during an Oct. 21 flight", {"temporal": "new", "weapon": "cruise_missile", "actor": "RUS"}),
            (E, "ordered officials to begin preparing the infrastructure needed to put the missile into service", {"actor": "RUS"}),
            (E, 'said Washington should "look at the map and think" before sending long-range missiles to Kyiv', {"actor": "RUS"}),
            (E, 'risked having their coastal cities turned into "radioactive ash."', {"actor": "RUS"}),
            (E, 'a U.S. nuclear submarine was positioned "right off their shore."', {"actor": "USA"}),
            (W, "They know we test missiles all the time", {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile"}, "actor": "USA"}),
            (E, "has threatened Moscow with tougher sanctions if it does not accept a ceasefire in Ukraine", {"actor": "USA"}),
            (D, "accept a ceasefire in Ukraine by the end of the month", {"due": "2025-10-31", "set_by": "USA"}),
            (W, "at least 13 earlier flight tests since 2016 ended in failure", {"temporal": "historical", "weapon": {"cruise_missile", "unspecified"}, "actor": "RUS"}),
        ],
        optional=[
            (W, "its compact onboard reactor had been switched on and run"),
            (E, '"There is nothing like it in the world'),
            (E, 'the destructive power of the drone "significantly exceeds" that of the Sarmat'),
            (E, "The Kremlin has cast both weapons as an answer to U.S. plans"),
            (W, "the tests should not be seen as directed against any country"),
            (E, 'Moscow would "ensure its security by any means available."'),
            (E, 'he called the Poseidon "a doomsday weapon"'),
            (E, 'called Putin\'s remarks "not an appropriate thing to say"'),
            (E, 'he would not meet Putin "just to waste time."'),
            (W, "the launches were"),
            (E, '"a reminder of the reckless way the Kremlin conducts itself."'),
            (E, "allowing it to approach targets from unexpected directions"),
            (E, "Putin first unveiled it, along with the Poseidon"),
            (E, "illustrated with animations of warheads falling on Florida"),
            (W, "an attempt to recover a crashed prototype from the seabed of the White Sea in August 2019 ended in an explosion"),
            (E, "which was floated out at Severodvinsk this month"),
            (E, "can reportedly carry a multi-megaton thermonuclear warhead intended to trigger a radioactive tidal wave"),
            (W, "the tests would do little to shift the strategic balance"),
        ],
    ),
    Article(
        "h2 energy secretary: trump-ordered tests 'non-critical'; kremlin and beijing cite their moratoria; senators want briefing within 10 days",
        date(2025, 11, 3),
        """WASHINGTON (AP) - Energy Secretary Chris Wright sought on Sunday to tamp down alarm over President Donald Trump's order to resume nuclear testing, saying the tests under consideration were "non-critical" checks of a weapon's other components and would not produce a nuclear explosion.

Trump startled allies and arms control advocates on Thursday when he posted, hours before sitting down with Chinese leader Xi Jinping in South Korea, that he had instructed the Department of War "to start testing our Nuclear Weapons on an equal basis" because of other countries' testing programs. "That process will begin immediately," he wrote.

Speaking on Fox News, Wright said the work would involve "systems tests" on new replacement warheads to make sure their non-nuclear parts performed as designed. "These are not nuclear explosions," he said. "The people who live in Nevada shouldn't worry about seeing a mushroom cloud."

Trump did little to clear up the confusion when asked on Friday whether the United States would carry out underground detonations. "You'll find out very soon," he told reporters, asserting that Russia and China were "testing, but they don't talk about it."

The United States has not exploded a nuclear device since the "Divider" shot beneath the Nevada desert in September 1992, after which Congress passed a moratorium that every administration since has observed. Washington signed the Comprehensive Nuclear-Test-Ban Treaty in 1996, but the Senate has never ratified it.

Instead, the National Nuclear Security Administration, part of Wright's department, relies on supercomputer modeling and on subcritical experiments at the Nevada National Security Site, in which plutonium is compressed with high explosives without starting a chain reaction. Experts have estimated that readying the site for a full-scale underground explosion would take between six and 36 months.

Democrats reacted with alarm. Rep. Dina Titus, whose Las Vegas-area district lies about 65 miles from the former test site, said she would introduce legislation barring the use of federal funds for any explosive test, and a group of Democratic senators demanded that the administration provide them with a classified briefing within 10 days.

In Moscow, Kremlin spokesman Dmitry Peskov said last week's trials of the Burevestnik cruise missile and Poseidon underwater drone "cannot in any way be interpreted as a nuclear test" and that Russia had conducted none. He said Moscow would respond "accordingly" if any country abandoned its moratorium.

Foreign Minister Sergei Lavrov said Russia "remains committed" to its moratorium on nuclear testing but that President Vladimir Putin had instructed experts to "work through" the option of preparing a test at the Arctic range of Novaya Zemlya should Washington move first. Russia revoked its ratification of the test-ban treaty in 2023, saying it wanted to mirror the U.S. position.

In Beijing, Foreign Ministry spokeswoman Mao Ning said China hoped the United States would "earnestly abide by its commitment to suspend nuclear testing" and that China would keep honoring its own moratorium.

The Soviet Union last detonated a nuclear device at Novaya Zemlya in October 1990, and China carried out its final explosion at the Lop Nur site in July 1996. North Korea is the only country to have carried out nuclear test explosions this century, most recently in September 2017.

Laura Okafor, a senior analyst at the Washington-based Arms Control Association, said a U.S. explosive test "would very likely trigger a chain reaction" of tests by Russia and China and possibly India, Pakistan and North Korea. "This is a gift to the Kremlin," he said.
""",
        expect=[
            (W, "Trump's order to resume nuclear testing", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "Trump's order to resume nuclear testing", {"actor": "USA"}),
            (W, 'the tests under consideration were "non-critical" checks of a weapon\'s other components', {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "USA"}),
            (W, "to start testing our Nuclear Weapons on an equal basis", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, 'he had instructed the Department of War "to start testing our Nuclear Weapons on an equal basis"', {"actor": "USA"}),
            (W, '"systems tests" on new replacement warheads', {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "USA"}),
            (W, 'the "Divider" shot beneath the Nevada desert in September 1992', {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "Congress passed a moratorium that every administration since has observed", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (M, "legislation barring the use of federal funds for any explosive test", {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
            (D, "provide them with a classified briefing within 10 days", {"due": "2025-11-13", "set_by": "USA"}),
            (W, "last week's trials of the Burevestnik cruise missile and Poseidon underwater drone", {"temporal": "new", "weapon": ["cruise_missile", "unspecified"], "actor": "RUS"}),
            (E, 'Moscow would respond "accordingly" if any country abandoned its moratorium', {"actor": "RUS"}),
            (M, 'Russia "remains committed" to its moratorium on nuclear testing', {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (E, 'had instructed experts to "work through" the option of preparing a test', {"actor": "RUS"}),
            (M, 'had instructed experts to "work through" the option of preparing a test', {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (W, "preparing a test at the Arctic range of Novaya Zemlya", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "Russia revoked its ratification of the test-ban treaty in 2023", {"actor": "RUS"}),
            (M, '"earnestly abide by its commitment to suspend nuclear testing"', {"status": {"called_for", "in_force"}, "scope": ["nuclear"], "actor": "USA"}),
            (M, "China would keep honoring its own moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (W, "The Soviet Union last detonated a nuclear device at Novaya Zemlya in October 1990", {"temporal": "historical", "weapon": "nuclear"}),
            (W, "China carried out its final explosion at the Lop Nur site in July 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (W, "the only country to have carried out nuclear test explosions this century", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
        ],
        optional=[
            (M, "Trump's order to resume nuclear testing"),
            (W, "would not produce a nuclear explosion"),
            (W, "other countries' testing programs"),
            (W, '"That process will begin immediately,"'),
            (E, '"That process will begin immediately,"'),
            (W, '"These are not nuclear explosions,"'),
            (W, "seeing a mushroom cloud"),
            (W, "carry out underground detonations"),
            (E, '"You\'ll find out very soon,"'),
            (W, '"testing, but they don\'t talk about it."'),
            (E, 'asserting that Russia and China were "testing, but they don\'t talk about it."'),
            (M, "The United States has not exploded a nuclear device since"),
            (M, "Washington signed the Comprehensive Nuclear-Test-Ban Treaty in 1996"),
            (W, "subcritical experiments at the Nevada National Security Site"),
            (W, "readying the site for a full-scale underground explosion"),
            (W, '"cannot in any way be interpreted as a nuclear test"'),
            (W, "Russia had conducted none"),
            (M, "if any country abandoned its moratorium"),
            (W, 'a U.S. explosive test "would very likely trigger a chain reaction" of tests by Russia and China'),
        ],
    ),
    Article(
        "h3 pla rocket force icbm into the pacific; tokyo and canberra protest; fujian carrier drills off taiwan",
        date(2026, 3, 12),
        """BEIJING, March 12, 2026 (AFP) - China's military said Thursday it had test-fired an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean, a rare public disclosure that drew protests from Japan and Australia as a Chinese aircraft carrier group staged drills near Taiwan.

The People's Liberation Army Rocket Force launched the missile at 8:44 am (0044 GMT) and it "fell accurately into the expected sea area," the defence ministry said in a short statement. It described the launch as "a routine arrangement in our annual training plan" that was "in line with international law and practice and not directed against any country or target."

The ministry did not say where the missile had been fired from or where it came down, but said it had informed "relevant countries" beforehand. It added that China "firmly adheres" to its moratorium on nuclear test explosions and to a policy of no first use of nuclear weapons.

Japan's chief government spokesman said Tokyo had received no prior notice and had lodged a protest through diplomatic channels. Defence Minister Shinjiro Koizumi told parliament that China's military activities "constitute the greatest strategic challenge" Japan has ever faced, and said Tokyo would accelerate the deployment of long-range counterstrike missiles on its southwestern islands.

Australian Prime Minister Anthony Albanese said Canberra had sought an explanation from Beijing, calling the launch "unwelcome and concerning." New Zealand said it had not been notified.

Thursday's shot was the first publicly announced Chinese ICBM flight into the Pacific since September 2024, when the Rocket Force sent a missile some 12,000 km (7,500 miles) to waters near French Polynesia. That test was itself the first of its kind since May 1980, when China fired a DF-5 on a full-range trajectory into the South Pacific. Beijing normally tests its long-range missiles over its own territory, with dummy warheads impacting in the deserts of the northwest.

The Pentagon, in its latest annual report to Congress, estimated that China's stockpile had grown to more than 600 operational warheads and was on course to exceed 1,000 by 2030. Beijing has repeatedly rejected U.S. calls to join trilateral arms control talks with Moscow, arguing that its arsenal is a fraction of the size of the American and Russian ones.

In Taipei, the defence ministry said the carrier Fujian, China's newest, and four escort ships had sailed into waters southeast of the island on Wednesday, where J-35 stealth fighters practised take-offs and landings. Taiwan scrambled aircraft and put land-based anti-ship missile units on alert, it said.

The PLA's Eastern Theater Command said the drills were "a stern warning to 'Taiwan independence' separatist forces and external interference." China's Maritime Safety Administration separately declared a navigation closure zone east of Hainan island, in effect until 6 p.m. on Saturday, for what it called live-fire exercises.

Taiwan's President Lai Ching-te said the island "will not be intimidated" and urged Beijing to halt what he called "provocative and irresponsible" military pressure.

"The timing is no accident," said Liam Cavanagh, a senior fellow at a Sydney-based foreign policy think tank. "Beijing is showing Washington and its allies that its deterrent can reach them, and that it can run a carrier group and a strategic missile test in the same week."

He said China could follow up with further flight tests of hypersonic glide vehicles in the coming months, as the Rocket Force works to field the new systems that were paraded through Tiananmen Square in September.
""",
        expect=[
            (W, "it had test-fired an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean", {"temporal": "new", "weapon": "icbm", "actor": "CHN"}),
            (W, "The People's Liberation Army Rocket Force launched the missile at 8:44 am", {"temporal": "new", "weapon": "icbm", "actor": "CHN"}),
            (M, 'China "firmly adheres" to its moratorium on nuclear test explosions', {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (E, "Tokyo would accelerate the deployment of long-range counterstrike missiles on its southwestern islands", {"actor": "JPN"}),
            (W, "when the Rocket Force sent a missile some 12,000 km (7,500 miles) to waters near French Polynesia", {"temporal": "historical", "weapon": "icbm", "actor": "CHN"}),
            (W, "when China fired a DF-5 on a full-range trajectory into the South Pacific", {"temporal": "historical", "weapon": {"icbm", "ballistic_missile", "unspecified"}, "actor": "CHN"}),
            (E, "Beijing has repeatedly rejected U.S. calls to join trilateral arms control talks", {"actor": "CHN"}),
            (E, "a stern warning to 'Taiwan independence' separatist forces", {"actor": "CHN"}),
            (W, "China could follow up with further flight tests of hypersonic glide vehicles", {"temporal": "prospective", "weapon": "hypersonic", "actor": "CHN"}),
        ],
        optional=[
            (W, '"fell accurately into the expected sea area,"'),
            (W, 'It described the launch as "a routine arrangement in our annual training plan"'),
            (W, "where the missile had been fired from"),
            (E, "had lodged a protest through diplomatic channels"),
            (E, 'China\'s military activities "constitute the greatest strategic challenge"'),
            (W, 'calling the launch "unwelcome and concerning."'),
            (E, 'calling the launch "unwelcome and concerning."'),
            (W, "Thursday's shot was the first publicly announced Chinese ICBM flight into the Pacific"),
            (W, "That test was itself the first of its kind"),
            (W, "Beijing normally tests its long-range missiles over its own territory"),
            (E, "China's stockpile had grown to more than 600 operational warheads"),
            (E, "the carrier Fujian, China's newest, and four escort ships had sailed into waters southeast of the island"),
            (E, "Taiwan scrambled aircraft and put land-based anti-ship missile units on alert"),
            (E, "drew protests from Japan and Australia as a Chinese aircraft carrier group staged drills near Taiwan"),
            (W, "for what it called live-fire exercises"),
            (E, "for what it called live-fire exercises"),
            (E, 'the island "will not be intimidated"'),
            (E, '"provocative and irresponsible" military pressure'),
            (E, "its deterrent can reach them"),
            (W, "a strategic missile test in the same week"),
            (E, "the new systems that were paraded through Tiananmen Square in September"),
        ],
    ),
    Article(
        "h4 think-tank brief: who breaks the test moratorium first? 1998, north korea 2006-2017, subcriticals, scenarios",
        date(2026, 1, 20),
        """Issue Brief | Will anyone break the nuclear testing taboo?

By the Nonproliferation Policy Programme | 20 January 2026

For more than a quarter of a century, the world has lived with a de facto moratorium on nuclear explosive testing. Only one country has broken it in this century. Yet as relations among the major powers deteriorate and arms-control agreements lapse, a question that once seemed academic - who will test first, and what would follow? - is now being asked openly in Washington, Moscow and Beijing.

The record

The established nuclear powers stopped testing in the 1990s. The United States conducted its final underground explosion in 1992; the Soviet Union's last came in 1990 and Britain's in 1991, while France and China finished their programmes in 1996, the year the Comprehensive Nuclear-Test-Ban Treaty (CTBT) opened for signature. All five have since observed voluntary moratoria, even though the treaty itself has never entered into force.

In May 1998 India detonated five devices at Pokhran, and Pakistan answered within weeks with six explosions in the Chagai hills. Both then declared unilateral moratoria that remain in place, although neither has signed the CTBT.

North Korea is the exception. Between October 2006 and September 2017 it carried out six nuclear tests at Punggye-ri, the last of them - a device Pyongyang claimed was a hydrogen bomb - with an estimated yield well above 100 kilotons. In April 2018 Kim Jong Un announced a halt to nuclear and intercontinental ballistic missile tests and later had the site's tunnel entrances blown up in front of foreign reporters. But after the expiry of a year-end deadline he had set for Washington in 2019, he declared in January 2020 that he no longer felt bound by the self-imposed freeze, and the North resumed full-range ICBM flights in 2022.

Below the threshold

Testing below the nuclear threshold never stopped. The U.S. National Nuclear Security Administration has carried out more than 30 subcritical experiments in tunnels at the Nevada National Security Site since 1997, most recently in May 2024, firing high explosives at plutonium without producing a self-sustaining chain reaction. Russia is believed to conduct similar hydrodynamic experiments at Novaya Zemlya. U.S. officials have accused both Moscow and Beijing of possibly conducting very-low-yield tests that would breach the treaty's "zero-yield" standard - charges both governments reject.

Signs of preparation

Commercial satellite imagery analysed by open-source researchers over the past three years shows new tunnelling at China's Lop Nur site, expanded facilities at Russia's Novaya Zemlya range and upgrades at Nevada's U1a complex. None of this proves an intention to test; all three sites would need to be kept ready in any case. But Russia's withdrawal of its CTBT ratification in November 2023, which Moscow framed as a move to "mirror" the U.S. position, removed one legal obstacle, and President Donald Trump's call last year to resume testing "on an equal basis" has deepened the uncertainty.

Scenarios

Most analysts consider a Russian test the likeliest trigger, most probably as a tit-for-tat response to an American move. Moscow has said repeatedly that it will not be the first to test. China, with a smaller and less-tested arsenal - it conducted only 45 explosions, against 1,030 by the United States - arguably has the most to gain technically from new data, particularly for the lighter warheads that its expanding force of silo-based ICBMs may carry. A seventh North Korean test, which South Korean intelligence has predicted repeatedly since 2022, remains possible at any moment.

A single explosion would not change the military balance. But it would shatter a norm that has outlasted the Cold War, and it could set off a cascade. "If one of the big three tests, the others will follow within months, and India will not sit still," a former official of the CTBT Organization told us.

What should be done

The five permanent members of the Security Council should issue a joint statement reaffirming their moratoria before the Non-Proliferation Treaty Review Conference opens in New York on 27 April. Washington and Moscow should also agree on reciprocal transparency visits to each other's test sites, an idea first floated in the 1990s. And states that have not yet done so should fund the CTBT Organization's monitoring network, which detected every North Korean explosion within hours.

The moratorium has survived because testing has come to be seen as the act of a pariah. Keeping it that way will require political attention that, for now, is in short supply.
""",
        expect=[
            (M, "a de facto moratorium on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "The United States conducted its final underground explosion in 1992", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "The established nuclear powers stopped testing in the 1990s", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (M, "France and China finished their programmes in 1996", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (M, "All five have since observed voluntary moratoria", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "India detonated five devices at Pokhran", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (W, "Pakistan answered within weeks with six explosions in the Chagai hills", {"temporal": "historical", "weapon": "nuclear", "actor": "PAK"}),
            (M, "Both then declared unilateral moratoria that remain in place", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "Between October 2006 and September 2017 it carried out six nuclear tests at Punggye-ri", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "Kim Jong Un announced a halt to nuclear and intercontinental ballistic missile tests", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (D, "a year-end deadline he had set for Washington in 2019", {"due": "2019-12-31", "set_by": "PRK"}),
            (M, "he no longer felt bound by the self-imposed freeze", {"status": "ended", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (W, "the North resumed full-range ICBM flights in 2022", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (E, "Russia's withdrawal of its CTBT ratification in November 2023", {"actor": "RUS"}),
            (W, 'President Donald Trump\'s call last year to resume testing "on an equal basis"', {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "USA"}),
            (W, "Most analysts consider a Russian test the likeliest trigger", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (W, "it conducted only 45 explosions", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (W, "A seventh North Korean test", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "PRK"}),
            (M, "issue a joint statement reaffirming their moratoria", {"status": {"called_for", "in_force"}, "scope": ["nuclear"], "actor": None}),
        ],
        optional=[
            (M, "Only one country has broken it in this century"),
            (W, "Only one country has broken it in this century"),
            (W, "who will test first"),
            (W, "the Soviet Union's last came in 1990 and Britain's in 1991"),
            (W, "France and China finished their programmes in 1996"),
            (M, "the Comprehensive Nuclear-Test-Ban Treaty (CTBT) opened for signature"),
            (M, "the treaty itself has never entered into force"),
            (W, "a device Pyongyang claimed was a hydrogen bomb"),
            (W, "with an estimated yield well above 100 kilotons"),
            (E, "he declared in January 2020 that he no longer felt bound by the self-imposed freeze"),
            (M, "the North resumed full-range ICBM flights in 2022"),
            (W, "Testing below the nuclear threshold never stopped"),
            (W, "has carried out more than 30 subcritical experiments in tunnels at the Nevada National Security Site since 1997"),
            (W, "Russia is believed to conduct similar hydrodynamic experiments at Novaya Zemlya"),
            (W, "possibly conducting very-low-yield tests"),
            (E, "U.S. officials have accused both Moscow and Beijing of possibly conducting very-low-yield tests"),
            (W, "new tunnelling at China's Lop Nur site"),
            (W, "None of this proves an intention to test"),
            (M, 'President Donald Trump\'s call last year to resume testing "on an equal basis"'),
            (E, 'President Donald Trump\'s call last year to resume testing "on an equal basis"'),
            (W, "a tit-for-tat response to an American move"),
            (W, "it will not be the first to test"),
            (M, "Moscow has said repeatedly that it will not be the first to test"),
            (W, "against 1,030 by the United States"),
            (W, "A single explosion would not change the military balance"),
            (W, "If one of the big three tests, the others will follow within months"),
            (W, "reciprocal transparency visits to each other's test sites"),
            (W, "which detected every North Korean explosion within hours"),
            (M, "The moratorium has survived because testing has come to be seen as the act of a pariah"),
        ],
    ),
    Article(
        "h5 OUT: brazil court halts petrobras amazon-mouth drilling, 90-day deadline for ibama; belem port protest escalates",
        date(2026, 2, 18),
        """RIO DE JANEIRO, Feb 18 (Reuters) - A Brazilian federal judge on Wednesday ordered state-run oil company Petrobras to suspend exploratory drilling off the mouth of the Amazon River and gave environmental agency Ibama 90 days to redo its assessment of the project's oil-spill risks, a ruling that environmental groups hailed as a de facto moratorium on drilling in the sensitive region.

The judge, of the federal court in Amapa state, said the licence Ibama granted Petrobras in October had failed to account for the impact of a potential spill on a recently mapped coral reef system and on Indigenous communities along the coast. If the agency does not present a new technical opinion by the deadline, the licence will be annulled, the ruling said.

Petrobras said it would appeal. Its preferred shares fell 2.3% in Sao Paulo. The company, which began drilling its Morpho well in block FZA-M-59 about 175 km (109 miles) off the coast of Amapa late last year, said it had met "all of the requirements" set by the regulator, including a large-scale emergency simulation in which it tested its ability to reach and clean oiled wildlife within 48 hours.

Environmental groups had been pressing for a formal moratorium on new oil and gas exploration along the so-called Equatorial Margin, a 2,200-km stretch of coastline that the industry sees as Brazil's most promising new frontier. The same area was the target of seismic testing by other operators in 2023, which fishing associations blamed for driving away shrimp.

"This is not the end of the fight, but it buys time," said Marina Teixeira, a coordinator at the Climate Observatory network. "A government that preaches climate leadership cannot launch a new oil frontier at the mouth of the Amazon."

Mines and Energy Minister Alexandre Silveira, a vocal supporter of the project who has also pushed to finish the long-delayed Angra 3 nuclear power plant, called the ruling "an attack on Brazil's energy sovereignty" and said the government would fight to overturn it "as quickly as possible."

The decision also clouds plans by the oil regulator ANP to offer 47 blocks in the region at an auction scheduled for June. Companies face a March 31 deadline to register as bidders, and several majors, including Shell and TotalEnergies, had signalled interest after neighbouring Guyana's Exxon-led discoveries launched one of the fastest production booms in the industry's history. Analysts at one Sao Paulo bank warned that the legal uncertainty could add to cost escalation in rig contracts already strained by demand in the region.

In Belem, a protest by fishermen and Indigenous groups against the drilling escalated on Tuesday when several hundred demonstrators blockaded the entrance to a port terminal used by oil service vessels. Military police fired tear gas and rubber bullets to disperse the crowd, and at least 14 people were injured, the Para state security secretariat said.

Protest leaders issued an ultimatum to the state government, saying they would occupy the terminal indefinitely unless the governor agreed to meet them by Friday. Many of the fishermen are idle because of the annual "defeso", a fishing moratorium that bans the catch of shrimp and crab while stocks reproduce, and say they fear a spill would ruin the season that follows.

An Ibama spokesperson said the agency would comply with the ruling and complete its review "well within the period set by the court."
""",
        expect=[],
        optional=[],
    ),
    Article(
        "h6 OUT: proteas clinch test series in cape town; club's 48-hour ultimatum to striker; bank app stress test after outage",
        date(2026, 1, 6),
        """MONDAY BRIEFING - Sport and business

CRICKET: Rabada fires Proteas to series win

CAPE TOWN, Jan 5 - Kagiso Rabada took five for 38 as South Africa bowled out Pakistan for 176 on the final day at Newlands to win the third Test by 212 runs and clinch the series 2-1.

Set an improbable 389 to win, Pakistan's batters were bombarded with short balls on a quick, bouncy surface, and only Saud Shakeel, who launched a brief counterattack with three sixes, passed 40. Rabada fired out the last three wickets in 11 balls after lunch, removing Shaheen Shah Afridi with a yorker that the bowler later called "the best ball I've bowled this summer."

South Africa captain Temba Bavuma said the series had been "a real test of character" after his side lost the opening match in Centurion. "We were under pressure, there were a lot of questions, and the boys answered every one of them," he said. Pakistan's head coach defended his batters but admitted the tourists' strike rate against pace had been "nowhere near good enough."

Rabada, who missed part of last season after testing positive for a recreational drug, was named player of the series with 24 wickets.

FOOTBALL: Club gives striker 48 hours to report

JOHANNESBURG - Highveld United have given striker Lunga Mabaso 48 hours to report for training or face disciplinary action, in an escalation of a contract dispute that has dragged on since the end of last season.

The club said in a statement on Monday that the player had missed three sessions without permission and that his representatives had ignored repeated requests for a meeting. "The door remains open, but our patience has limits," sporting director Pieter Nel said. Local media reported that the club was considering what one official described as "the nuclear option" of terminating his contract.

The player's agent accused the club of a "campaign of intimidation" and said he would launch a complaint with the players' union. The January transfer window closes on Feb. 2, and at least two clubs in Egypt are believed to be interested. United fired their previous coach in September after a run of five straight defeats.

BANKING: App passes stress test after December outage

JOHANNESBURG - Meridian Bank said its mobile app had passed a stress test simulating five million simultaneous log-ins, after a December outage left millions of customers unable to pay on one of the busiest shopping days of the year.

The lender said engineers had fired off more than 40 million synthetic transactions at the platform over the weekend without a failure. The Prudential Authority had given the bank until the end of the month to submit an independent report on the outage and ordered a moratorium on new digital-product launches until its systems were certified.

"Our clients deserve a platform that holds under any load," chief executive Nomsa Dube said. The bank plans to launch a redesigned app in March. Separately, the central bank said all large lenders would undergo its biennial solvency stress tests this year, with results due by the end of September. Meridian shares rose 1.4% in early trade.
""",
        expect=[],
        optional=[],
    ),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('g3 ', E, 'leaving the NPT is one of the options on the table', {}),  # {'actor': 'IRN'} read {'actor': [None]}
    ('g4 ', W, 'it usually means more launches, possibly of the Hwasong-20', None),
    ('h1 ', W, 'the Burevestnik had stayed aloft for about 15 hours during an Oct. 21 flight', None),
    ('h1 ', E, 'said Washington should "look at the map and think" before sending long-range missiles to Kyiv', None),
    ('h1 ', E, 'a U.S. nuclear submarine was positioned "right off their shore."', None),
    ('h2 ', W, 'the tests under consideration were "non-critical" checks of a weapon\'s other components', None),
    ('h2 ', E, 'he had instructed the Department of War "to start testing our Nuclear Weapons on an equal basis"', None),
    ('h2 ', W, 'the "Divider" shot beneath the Nevada desert in September 1992', None),
    ('h2 ', W, "last week's trials of the Burevestnik cruise missile and Poseidon underwater drone", {'temporal': 'new', 'actor': 'RUS'}),  # {'weapon': ['cruise_missile', 'unspecified']} read {'weapon': [['cruise_missile', 'nuclear', 'unspecified']]}
    ('h3 ', W, 'when the Rocket Force sent a missile some 12,000 km (7,500 miles) to waters near French Polynesia', None),
    ('h4 ', W, 'Most analysts consider a Russian test the likeliest trigger', None),
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND14, _prefix), _kind, _phrase, _attrs)
