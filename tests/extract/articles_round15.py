"""Round 15 of the challenge articles: 12 fresh articles (eight in the domain, four out of it),
written and labelled after round 14's fixes and run before round 15's: they scored 70/117
required signals right with 5 false alarms."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

# the classes a sentence naming only "the Oreshnik" may be given
_OR = {"irbm", "ballistic_missile", "hypersonic", "unspecified"}

ROUND15: list[Article] = [
    Article(
        "i1 reuters: irgc missile drill claims hits; arrow 3 test last week; katz and tehran trade threats; grossi warns on uranium",
        date(2026, 11, 19),
        """DUBAI/JERUSALEM, Nov 19 (Reuters) - Iran's Revolutionary Guards fired ballistic and cruise missiles at simulated enemy targets on Thursday during a large-scale exercise on the country's southern coast and claimed to have hit every one of them, eight days after Israel tested its Arrow 3 interceptor in what officials in Jerusalem described as a message to Tehran.

State television broadcast footage of missiles rising from mobile launchers in Hormozgan province. The Guards' aerospace commander, Brigadier General Majid Mousavi, said the drill had involved Kheibar Shekan and Emad ballistic missiles as well as the Paveh cruise missile, with flight distances of up to 1,400 km.

"All of the missiles struck their designated targets with full precision," Mousavi was quoted as saying by the Guards-affiliated Sepah News website. "The Zionist regime and its backers should know that any new aggression against Iranian soil will be answered far more crushingly than in June."

Reuters could not independently verify the claimed hits, and Israel's military declined to comment on the Iranian drill.

The exercise, named Great Prophet 19, is due to run until Saturday, and Mousavi said further missile and drone launches would take place in the coming days over the Gulf of Oman.

Israel's Defence Ministry said last Wednesday that it had carried out a successful flight test of the Arrow 3 system over the Mediterranean, in which an interceptor destroyed a target simulating a long-range ballistic missile outside the atmosphere. The trial was conducted jointly with the U.S. Missile Defense Agency, the ministry said.

Defence Minister Israel Katz, speaking at an air base in the Negev on Monday, warned Iran's leaders against testing Israel again. "Whoever raises a hand against the State of Israel will have it cut off. If Tehran fires at us again, we will hit Tehran harder than it has ever been hit," he said.

Iran's foreign ministry spokesman Esmaeil Baghaei dismissed the remarks as "hollow threats" from "a regime drowning in its own crimes," and said Iran's armed forces would "not hesitate for a moment" to defend the country.

The exchange followed a warning on Tuesday from Rafael Grossi, director general of the International Atomic Energy Agency, that the agency had lost track of Iran's stockpile of near-weapons-grade uranium. Grossi told reporters in Vienna that inspectors had still not been allowed back into the Fordow and Natanz enrichment sites bombed in June 2025, and that "the longer this goes on, the less able we are to give any assurance about where this material is."

"We are not at a point of no return, but the window is narrowing," he said, urging Tehran to agree to a resumption of full inspections before the agency's Board of Governors meets next week.

Iran suspended cooperation with the IAEA in July 2025 under a law passed by parliament after the 12-day war, in which Israeli and U.S. strikes hit nuclear and military sites and Iran fired hundreds of ballistic missiles at Israeli cities.

Since then, Iranian officials have repeatedly vowed to rebuild and expand the country's missile arsenal, and commanders say production lines damaged in the war are running again around the clock.

Thursday's launches were the first missile firings announced by the Guards since late August, when their naval arm test-fired anti-ship cruise missiles at a decommissioned vessel in the Persian Gulf.

"Tehran wants to show that its missile force survived the war and that it can still saturate Israel's defences. The Arrow test was Israel's way of answering that it can still stop them," said Farzin Nadimi, a senior fellow at the Washington Institute for Near East Policy.""",
        expect=[
            (W, "Iran's Revolutionary Guards fired ballistic and cruise missiles at simulated enemy targets on Thursday", {"temporal": "new", "weapon": ["ballistic_missile", "cruise_missile"], "actor": "IRN"}),
            (W, "Israel tested its Arrow 3 interceptor", {"temporal": "new", "actor": "ISR"}),
            (W, "the drill had involved Kheibar Shekan and Emad ballistic missiles as well as the Paveh cruise missile", {"temporal": "new", "weapon": ["ballistic_missile", "cruise_missile"], "actor": "IRN"}),
            (E, "any new aggression against Iranian soil will be answered far more crushingly than in June", {"actor": "IRN"}),
            (W, "further missile and drone launches would take place in the coming days", {"temporal": "prospective", "actor": "IRN"}),
            (W, "it had carried out a successful flight test of the Arrow 3 system over the Mediterranean", {"temporal": "new", "weapon": {"unspecified", "ballistic_missile"}, "actor": "ISR"}),
            (E, "warned Iran's leaders against testing Israel again", {"actor": "ISR"}),
            (E, "Whoever raises a hand against the State of Israel will have it cut off", {"actor": "ISR"}),
            (E, "If Tehran fires at us again, we will hit Tehran harder than it has ever been hit", {"actor": "ISR"}),
            (E, 'from "a regime drowning in its own crimes,"', {"actor": "IRN"}),
            (E, 'would "not hesitate for a moment" to defend the country', {"actor": "IRN"}),
            (E, "Iran suspended cooperation with the IAEA in July 2025", {"actor": "IRN"}),
            (E, "Israeli and U.S. strikes hit nuclear and military sites", {"actor": None}),
            (E, "Iran fired hundreds of ballistic missiles at Israeli cities", {"actor": "IRN"}),
            (E, "vowed to rebuild and expand the country's missile arsenal", {"actor": "IRN"}),
            (W, "their naval arm test-fired anti-ship cruise missiles at a decommissioned vessel", {"temporal": "historical", "weapon": "cruise_missile", "actor": "IRN"}),
        ],
        optional=[
            (E, "in what officials in Jerusalem described as a message to Tehran"),
            (W, "State television broadcast footage of missiles rising from mobile launchers"),
            (W, "All of the missiles struck their designated targets with full precision"),
            (W, "Reuters could not independently verify the claimed hits"),
            (W, "The exercise, named Great Prophet 19"),
            (E, "The exercise, named Great Prophet 19"),
            (W, "an interceptor destroyed a target simulating a long-range ballistic missile"),
            (W, "The trial was conducted jointly with the U.S. Missile Defense Agency"),
            (E, 'dismissed the remarks as "hollow threats"'),
            (E, "the agency had lost track of Iran's stockpile of near-weapons-grade uranium"),
            (E, "enrichment sites bombed in June 2025"),
            (E, "the window is narrowing"),
            (D, "before the agency's Board of Governors meets next week"),
            (E, "the 12-day war"),
            (W, "Iran fired hundreds of ballistic missiles at Israeli cities"),
            (E, "production lines damaged in the war are running again around the clock"),
            (W, "Thursday's launches were the first missile firings announced by the Guards"),
            (E, "it can still saturate Israel's defences"),
            (W, "The Arrow test was Israel's way of answering"),
        ],
    ),
    Article(
        "i2 yonhap: strategic cruise missiles from destroyer kang kon, kim and daughter; kcna year-end demand to washington; jcs and tokyo; 2018 moratorium history",
        date(2026, 12, 3),
        """SEOUL, Dec. 3 (Yonhap) -- North Korea test-fired strategic cruise missiles from its new 5,000-ton destroyer in the Yellow Sea on Wednesday, with leader Kim Jong Un and his daughter looking on, state media reported Thursday.

The Korean Central News Agency (KCNA) said two strategic cruise missiles were launched from the Kang Kon, the second of the North's Choe Hyon-class destroyers, and flew for about 7,800 seconds along elliptical and figure-eight flight orbits before striking a target on an uninhabited island.

Kim, who was accompanied by his daughter Ju Ae, said the firing had verified the destroyer's "nuclear-armed strike capability" and called for the navy to be equipped with more powerful weapons to "thoroughly deter" the reckless moves of the enemies.

"The navy's nuclear armament is making rapid progress, and we will continue to expand the means of strategic deterrence at sea," Kim was quoted as saying.

South Korea's Joint Chiefs of Staff (JCS) said it had detected signs of the launch on Wednesday afternoon and was analyzing the details in cooperation with the United States, but did not disclose how far the missiles had flown. A JCS official, speaking on condition of anonymity, said some of the North's claims "appear to be exaggerated."

In Tokyo, Chief Cabinet Secretary Minoru Kihara told a regular news conference that the government was "gravely concerned" about the North's expanding naval capabilities, while noting that no projectile had fallen within Japan's exclusive economic zone.

The firing came a day after KCNA published a commentary accusing the United States of "plotting a nuclear war" on the peninsula and warning that Washington would face "consequences beyond imagination" if it went ahead with plans to send an aircraft carrier for combined drills with the South later this month.

The commentary said the United States had "until the end of the year" to call off the drills and pull what it called strategic assets out of the region, or "bear full responsibility" for what followed.

It was the first weapons test announced by the North since late October, when it fired several short-range ballistic missiles into the East Sea ahead of an Asia-Pacific summit in Gyeongju.

The Choe Hyon, the lead ship of the class, was unveiled in April 2025, and days later the North test-fired supersonic cruise missiles, strategic cruise missiles and anti-aircraft missiles from it. The Kang Kon capsized during a botched launching ceremony in May 2025 and was refloated and relaunched weeks later. Kim has set a goal of building a third destroyer of the class by October next year.

North Korea has not carried out a nuclear test since September 2017. Kim declared a halt to nuclear and intercontinental ballistic missile tests in April 2018 during his diplomacy with then U.S. President Donald Trump, but said in early 2020 that the country was no longer bound by the moratorium, and it resumed ICBM launches in 2022.

Experts said the North appears to be building a sea-based nuclear strike force with the help of Russian technology.

"Launching from a destroyer makes the launch point much harder to predict, which complicates interception for South Korea and the U.S.," said Lim Eul-chul, a professor at Kyungnam University's Institute for Far Eastern Studies. "The next step would likely be a test of a ship-based ballistic missile." (END)""",
        expect=[
            (W, "North Korea test-fired strategic cruise missiles from its new 5,000-ton destroyer", {"temporal": "new", "weapon": "cruise_missile", "actor": "PRK"}),
            (W, "two strategic cruise missiles were launched from the Kang Kon", {"temporal": "new", "weapon": "cruise_missile", "actor": "PRK"}),
            (E, 'called for the navy to be equipped with more powerful weapons to "thoroughly deter"', {"actor": "PRK"}),
            (E, "we will continue to expand the means of strategic deterrence at sea", {"actor": "PRK"}),
            (E, 'accusing the United States of "plotting a nuclear war"', {"actor": "PRK"}),
            (E, 'warning that Washington would face "consequences beyond imagination"', {"actor": "PRK"}),
            (D, 'the United States had "until the end of the year" to call off the drills', {"due": "2026-12-31", "set_by": "PRK"}),
            (E, '"bear full responsibility" for what followed', {"actor": "PRK"}),
            (W, "it fired several short-range ballistic missiles into the East Sea", {"temporal": "historical", "weapon": "srbm", "actor": "PRK"}),
            (W, "the North test-fired supersonic cruise missiles, strategic cruise missiles and anti-aircraft missiles from it", {"temporal": "historical", "actor": "PRK"}),
            (M, "Kim declared a halt to nuclear and intercontinental ballistic missile tests in April 2018", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "the country was no longer bound by the moratorium", {"status": "ended", "actor": "PRK"}),
            (W, "it resumed ICBM launches in 2022", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "The next step would likely be a test of a ship-based ballistic missile", {"temporal": "prospective", "weapon": "ballistic_missile", "actor": "PRK"}),
        ],
        optional=[
            (W, "flew for about 7,800 seconds along elliptical and figure-eight flight orbits"),
            (W, "the firing had verified the destroyer's"),
            (E, "nuclear-armed strike capability"),
            (E, "The navy's nuclear armament is making rapid progress"),
            (W, "it had detected signs of the launch on Wednesday afternoon"),
            (W, "did not disclose how far the missiles had flown"),
            (E, '"gravely concerned" about the North\'s expanding naval capabilities'),
            (W, "no projectile had fallen within Japan's exclusive economic zone"),
            (W, "The firing came a day after"),
            (E, "plans to send an aircraft carrier for combined drills with the South"),
            (E, "pull what it called strategic assets out of the region"),
            (W, "the first weapons test announced by the North since late October"),
            (E, "Kim has set a goal of building a third destroyer of the class"),
            (D, "by October next year"),
            (W, "North Korea has not carried out a nuclear test since September 2017"),
            (M, "North Korea has not carried out a nuclear test since September 2017"),
            (E, "the country was no longer bound by the moratorium"),
            (M, "it resumed ICBM launches in 2022"),
            (E, "building a sea-based nuclear strike force with the help of Russian technology"),
            (W, "Launching from a destroyer makes the launch point much harder to predict"),
        ],
    ),
    Article(
        "i3 ap: routine unarmed minuteman iii from vandenberg; afgsc 'not a response'; 2023 failure, 2022 postponement; sentinel cost escalation; trump testing order and 1992 moratorium",
        date(2026, 2, 25),
        """VANDENBERG SPACE FORCE BASE, Calif. (AP) — An unarmed Minuteman III intercontinental ballistic missile was launched from California's central coast early Wednesday in a routine test of the nation's aging nuclear arsenal, the Air Force said.

The missile lifted off at 12:01 a.m. Pacific time from Vandenberg Space Force Base, and its test reentry vehicle traveled about 4,200 miles (6,760 kilometers) to the Reagan Test Site at Kwajalein Atoll in the Marshall Islands, Air Force Global Strike Command said in a statement.

"This test launch is part of routine and periodic activities intended to demonstrate that the United States' nuclear deterrent is safe, secure, reliable and effective to deter twenty-first century threats and reassure our allies," the command said. The launch had been scheduled years in advance and "is not a response to current world events," it added.

Wednesday's launch, designated GT 256, was carried out by a combined team of airmen from the 90th Missile Wing at F.E. Warren Air Force Base in Wyoming and the 377th Test and Evaluation Group.

"Every one of these test launches gives us data we simply cannot get any other way," said Col. Dustin Harmon, the group's commander. "It tells the American people, and our allies, that the force on alert today is ready."

The Air Force typically carries out several Minuteman III test launches a year to check the weapon system's reliability and accuracy. In the most recent previous one, in early November, a Minuteman III carrying a single unarmed reentry vehicle flew from Vandenberg to the Marshall Islands.

Not every flight goes to plan. In November 2023, a test launch ended with the Air Force destroying the missile over the Pacific shortly after liftoff, after an anomaly was detected. The service also postponed a scheduled Minuteman III test in August 2022 to avoid inflaming tensions with China during a visit to Taiwan by then-House Speaker Nancy Pelosi.

The United States keeps about 400 Minuteman III missiles on alert in underground silos in Wyoming, Montana and North Dakota. First deployed in 1970, the missiles were meant to stay in service for about a decade.

Their replacement, the Sentinel, has been dogged by delays and cost escalation: a 2024 Pentagon review found the program's cost had grown 81% to about $141 billion, triggering a so-called Nunn-McCurdy breach, and officials have said the first Sentinel flight test is not expected before 2028.

The launch came three weeks after the New START treaty, the last pact capping the number of strategic warheads deployed by Washington and Moscow, expired on Feb. 5.

It also comes amid uncertainty over U.S. nuclear testing policy. President Donald Trump in late October ordered the Pentagon to "start testing our Nuclear Weapons on an equal basis" with other countries, raising fears that Washington could end the moratorium on nuclear explosive testing it has observed since 1992. Energy Secretary Chris Wright later said the tests under consideration were "noncritical" system tests that would not involve nuclear explosions.

Daryl Kimball, executive director of the Arms Control Association, said routine ICBM flight tests were not unusual in themselves. "What is unusual is the mixed signal from Washington on explosive testing, which Russia and China could use as a pretext for tests of their own," he said.

The Air Force notifies Russia ahead of such launches under a 1988 agreement on ballistic missile launch notifications.""",
        expect=[
            (W, "An unarmed Minuteman III intercontinental ballistic missile was launched from California's central coast early Wednesday", {"temporal": "new", "weapon": "icbm", "actor": "USA"}),
            (W, "The missile lifted off at 12:01 a.m. Pacific time from Vandenberg Space Force Base", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "a Minuteman III carrying a single unarmed reentry vehicle flew from Vandenberg to the Marshall Islands", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "In November 2023, a test launch ended with the Air Force destroying the missile over the Pacific", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "the first Sentinel flight test is not expected before 2028", {"temporal": "prospective", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (E, 'ordered the Pentagon to "start testing our Nuclear Weapons on an equal basis"', {"actor": "USA"}),
            (W, 'ordered the Pentagon to "start testing our Nuclear Weapons on an equal basis"', {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (M, "Washington could end the moratorium on nuclear explosive testing it has observed since 1992", {"status": {"threatened", "in_force"}, "scope": ["nuclear"], "actor": "USA"}),
        ],
        optional=[
            (W, "in a routine test of the nation's aging nuclear arsenal"),
            (W, "its test reentry vehicle traveled about 4,200 miles"),
            (W, "This test launch is part of routine and periodic activities"),
            (E, "to deter twenty-first century threats"),
            (W, "The launch had been scheduled years in advance"),
            (W, "Wednesday's launch, designated GT 256, was carried out by a combined team"),
            (W, "Every one of these test launches gives us data"),
            (W, "carries out several Minuteman III test launches a year"),
            (W, "Not every flight goes to plan"),
            (W, "postponed a scheduled Minuteman III test in August 2022"),
            (M, "postponed a scheduled Minuteman III test in August 2022"),
            (W, "The launch came three weeks after"),
            (W, 'the tests under consideration were "noncritical" system tests'),
            (W, "routine ICBM flight tests were not unusual in themselves"),
            (W, "use as a pretext for tests of their own"),
            (E, "the mixed signal from Washington on explosive testing"),
            (W, "The Air Force notifies Russia ahead of such launches"),
        ],
    ),
    Article(
        "i4 afp: pakistan abdali 'training launch' after pahalgam attack; india suspends indus treaty, 48 hours for attaches; act-of-war warning; 1998 tests and moratoriums",
        date(2025, 4, 24),
        """ISLAMABAD/NEW DELHI, April 24 (AFP) - Pakistan test-fired a surface-to-surface ballistic missile during military drills on Thursday, its army said, hours after India suspended a decades-old water-sharing treaty and ordered Pakistani military diplomats out of the country following a deadly militant attack in Kashmir.

The military's media wing, Inter-Services Public Relations (ISPR), said the "training launch" of the Abdali weapon system, which has a range of 450 kilometres, was aimed at ensuring the operational readiness of troops and validating key technical parameters, including the missile's advanced navigation system.

"The successful launch demonstrates that Pakistan's armed forces are fully prepared to safeguard national security against any aggression," the statement quoted army chief General Asim Munir as saying.

India has accused Pakistan of backing the gunmen who killed 26 people, most of them tourists, at a meadow near Pahalgam on Tuesday, the deadliest attack on civilians in the Himalayan region in years. Islamabad denies any role and has called for a "neutral" investigation.

After a meeting of the cabinet committee on security late on Wednesday, Indian Foreign Secretary Vikram Misri said the 1960 Indus Waters Treaty would be "held in abeyance with immediate effect" until Pakistan "credibly and irrevocably abjures its support for cross-border terrorism."

New Delhi also declared the defence, naval and air advisers at Pakistan's High Commission persona non grata and gave them 48 hours to leave, closed the main land border crossing at Attari and cancelled visas issued to Pakistani nationals.

Pakistan's National Security Committee, chaired by Prime Minister Shehbaz Sharif, responded on Thursday by closing its airspace to Indian airlines, suspending all trade with India and saying it could hold in abeyance all bilateral agreements, including the 1972 Simla peace accord.

"Any attempt to stop or divert the flow of water belonging to Pakistan as per the Indus Waters Treaty will be considered an act of war and responded to with full force across the complete spectrum of national power," the committee said in a statement.

Speaking at a rally in the eastern state of Bihar on Thursday, Indian Prime Minister Narendra Modi vowed to "identify, track and punish every terrorist and their backers" and said India would pursue them "to the ends of the earth."

Pakistan's defence minister, Khawaja Asif, told a private television channel that any Indian military action would be met with a "befitting response". "If they attack us, we will respond, and the world will see what happens," he said.

The Indian Navy said separately that its warships had carried out successful anti-ship missile firings in the Arabian Sea to demonstrate "readiness for long-range precision offensive strike."

The nuclear-armed neighbours have fought two of their three wars over Kashmir, which both claim in full but rule in part. Both conducted nuclear tests in May 1998 and have since observed self-declared moratoriums on further explosive testing.

Pakistan first tested the Abdali in 2002, and its last publicly announced launch of the missile before Thursday's was in 2013.

"The launch is a calibrated signal. Pakistan is telling New Delhi that any escalation will not be cost-free," said an Islamabad-based defence analyst who asked not to be named because of the sensitivity of the situation.

Diplomats from the United States, China and Gulf states have urged both sides to show restraint. UN Secretary-General Antonio Guterres "strongly encouraged" the two governments to avoid any steps that could worsen the situation, his spokesman said.""",
        expect=[
            (W, "Pakistan test-fired a surface-to-surface ballistic missile during military drills on Thursday", {"temporal": "new", "weapon": {"srbm", "ballistic_missile"}, "actor": "PAK"}),
            (E, "India suspended a decades-old water-sharing treaty", {"actor": "IND"}),
            (W, 'the "training launch" of the Abdali weapon system, which has a range of 450 kilometres', {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (E, "Pakistan's armed forces are fully prepared to safeguard national security against any aggression", {"actor": "PAK"}),
            (E, "India has accused Pakistan of backing the gunmen", {"actor": "IND"}),
            (E, 'the 1960 Indus Waters Treaty would be "held in abeyance with immediate effect"', {"actor": "IND"}),
            (D, "gave them 48 hours to leave", {"due": {"2025-04-25", "2025-04-26"}, "set_by": "IND"}),
            (E, "saying it could hold in abeyance all bilateral agreements, including the 1972 Simla peace accord", {"actor": "PAK"}),
            (E, "will be considered an act of war and responded to with full force", {"actor": "PAK"}),
            (E, 'vowed to "identify, track and punish every terrorist and their backers"', {"actor": "IND"}),
            (E, 'any Indian military action would be met with a "befitting response"', {"actor": "PAK"}),
            (E, "If they attack us, we will respond, and the world will see what happens", {"actor": "PAK"}),
            (W, "its warships had carried out successful anti-ship missile firings in the Arabian Sea", {"temporal": "new", "weapon": {"unspecified", "cruise_missile"}, "actor": "IND"}),
            (W, "Both conducted nuclear tests in May 1998", {"temporal": "historical", "weapon": "nuclear", "actor": None}),
            (M, "have since observed self-declared moratoriums on further explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "Pakistan first tested the Abdali in 2002", {"temporal": "historical", "actor": "PAK"}),
            (W, "its last publicly announced launch of the missile before Thursday's was in 2013", {"temporal": "historical", "actor": "PAK"}),
        ],
        optional=[
            (E, "ordered Pakistani military diplomats out of the country"),
            (W, "The successful launch demonstrates"),
            (E, "credibly and irrevocably abjures its support for cross-border terrorism"),
            (E, "declared the defence, naval and air advisers at Pakistan's High Commission persona non grata"),
            (E, "closed the main land border crossing at Attari"),
            (E, "closing its airspace to Indian airlines, suspending all trade with India"),
            (E, 'pursue them "to the ends of the earth."'),
            (E, 'to demonstrate "readiness for long-range precision offensive strike."'),
            (E, "The nuclear-armed neighbours have fought two of their three wars over Kashmir"),
            (W, "The launch is a calibrated signal"),
            (E, "Pakistan is telling New Delhi that any escalation will not be cost-free"),
            (E, "avoid any steps that could worsen the situation"),
        ],
    ),
    Article(
        "i5 out of domain: business and sport briefing - satellite-internet service launch and falcon 9 batch, bank fails fed stress test, tennis player's ultimatum to federation",
        date(2026, 3, 10),
        """BUSINESS AND SPORT BRIEFING -- Tuesday, March 10

TELECOMS: Satellite broadband start-up Skyreach launched its consumer internet service in Brazil and Mexico on Tuesday, pricing its basic plan roughly a fifth below Starlink's in a direct challenge to Elon Musk's dominant network. The Seattle-based company said a Falcon 9 rocket carrying 24 more of its satellites had lifted off from Cape Canaveral late on Monday, its ninth launch this year, bringing its constellation in low Earth orbit to 444 satellites. It plans to send up six more batches by the end of June. "Today's launch is a shot across the bow for the incumbents, and we are ready to escalate the price war if we have to," chief executive Dana Whitfield told reporters in Sao Paulo. Skyreach fired its chief technology officer in January after delays to its ground-station rollout, and analysts said the company would need to raise fresh capital before a $600 million bond payment falls due in September. Its shares, listed on the Nasdaq in November, jumped 11 percent.

BANKING: Shares in regional lender Northgate Bancorp tumbled 9 percent after the Federal Reserve said the bank had failed the qualitative portion of its annual stress test, citing weaknesses in how it models losses on commercial property loans. The Fed gave Northgate 90 days to submit a revised capital plan and barred it from raising its dividend until the plan is approved. The bank said it would suspend its $500 million share buyback programme "out of prudence" and was "confident of resolving the regulator's concerns well ahead of the deadline". Analysts at one brokerage said the result was a warning shot for mid-sized lenders heavily exposed to office towers, where vacancies have escalated since the pandemic. "Nobody wants to be the next bank that blows up in a stress scenario," said one analyst.

TENNIS: World No. 7 Elena Markovic has issued an ultimatum to her national federation, threatening to boycott next month's Billie Jean King Cup qualifier unless it reinstates her long-time coach by Friday. The federation dropped the coach from its official delegation last week, citing a disciplinary matter it has declined to detail. "This is my final warning. If there is no answer by Friday, I will not play, and I won't be the only one," Markovic wrote on Instagram after firing 14 aces in a straight-sets win in Indian Wells. The federation's president said it would "not be held hostage by any player" and accused her of escalating a private dispute in public. The row is the latest in a string of clashes between leading players and national associations over prize money, scheduling and the use of drug tests, and the players' union said it was monitoring the situation closely.""",
        expect=[],
        optional=[],
    ),
    Article(
        "i6 out of domain: statehouse roundup - data-centre moratorium and nuclear plant power, tax-filing deadline extension, 'nuclear verdict' and escalating legal costs",
        date(2026, 4, 8),
        """ATLANTA (AP) — Georgia lawmakers gave final approval Wednesday to a one-year moratorium on permits for new large data centers, a striking reversal in a state that has spent years courting tech companies with tax breaks.

The bill, which passed the state Senate 38-16 after clearing the House last week, freezes approvals for any new facility drawing more than 100 megawatts of power until April 2027 while a study committee examines the impact on electricity rates and water supplies. Projects that already have permits would not be affected.

Gov. Brian Kemp, who has championed the industry, has until May 12 to sign or veto the measure. His office said he would review it "carefully."

Supporters said the pause was needed after Georgia Power told regulators that demand from data centers could require the equivalent of several new nuclear power plants within a decade. The utility's two newest reactors at Plant Vogtle, which came online in 2023 and 2024 after years of delays and cost overruns, were among the most expensive energy projects ever built in the United States.

"We are not against data centers. We are against families paying for them," said Republican Sen. Lisa Holbrook, a sponsor. Industry groups warned the freeze would send billions of dollars in investment to neighboring states and said they might challenge it in court.

Separately, the Georgia Department of Revenue reminded residents that the deadline to file state income tax returns remains April 15, but said taxpayers in 41 counties hit by last month's tornadoes have until July 15 to file and pay without penalties. Officials said nearly 40% of expected returns had not yet been filed as of Monday.

Lawmakers also sent the governor a bill that would cap some damages in lawsuits against trucking companies, a response to what business groups call "nuclear verdicts" — jury awards of more than $10 million. Supporters pointed to a $462 million verdict handed down by a Fulton County jury in February against a freight company whose driver caused a fatal crash on Interstate 85, and said escalating legal costs were driving up insurance premiums for every motorist in the state.

Trial lawyers said the bill was an attack on the right to a jury trial and vowed to challenge it, warning that the fight would escalate if Kemp signs it. "This is a nuclear option aimed at crash victims," said Jane Ortiz, president of the Georgia Trial Lawyers Association.

The 2026 legislative session was due to end at midnight Wednesday, the deadline for both chambers to act on bills under the state constitution's 40-day limit, and lawmakers appeared likely to leave several measures unfinished, including a proposal to launch a state-run pilot program testing school-bus stop-arm cameras and a bill to suspend the state gas tax through the summer.

Kemp, who is term-limited, is expected to act on most bills in the final days before the May 12 deadline.""",
        expect=[],
        optional=[],
    ),
    Article(
        "j1 reuters: russia fires oreshnik at vinnytsia; putin 'test in combat conditions'; nato, kyiv, washington react",
        date(2026, 3, 13),
        """KYIV/MOSCOW, March 13 (Reuters) - Russia fired an Oreshnik intermediate-range ballistic missile at the central Ukrainian city of Vinnytsia before dawn on Friday, Ukraine's air force said, in what President Vladimir Putin later described as "a test in combat conditions" and a message to Kyiv's Western backers.

The missile struck an aircraft repair plant on the city's outskirts at about 4:10 a.m. (0210 GMT), regional governor Natalia Zabolotna said on Telegram. Two workers were killed and 14 people were wounded, and the blast shattered windows in a nearby children's hospital, she said.

Ukraine's air force said the missile was launched from the Kapustin Yar range in Russia's Astrakhan region and reached a speed of around Mach 11 on its final approach, too fast for the air defences deployed around the city. It was the third time Russia has used the weapon in the war.

Speaking at a televised meeting with defence chiefs in the Kremlin hours later, Putin said the strike was retaliation for Ukrainian attacks on Russian oil refineries carried out with Western-supplied long-range weapons.

"What happened this morning was a test in combat conditions, and the test was successful," Putin said. "Those who hand Kyiv these missiles should understand that their own military facilities are within our reach, and no air defence system in Europe can stop the Oreshnik."

He said Russia would "continue testing" the system, including in combat, and that serial production of the missile had been increased.

Kremlin spokesman Dmitry Peskov said Moscow had sent Washington an automatic pre-launch notification through the nuclear risk reduction centres about half an hour before the missile was fired. He declined to say whether any European capital had been warned.

"Putin is not testing a missile, he is testing the West," Ukrainian President Volodymyr Zelenskiy said in his nightly video address, calling the attack an act of terror and urging allies to speed up deliveries of Patriot interceptors. Foreign Minister Andrii Sybiha said Kyiv had requested an emergency meeting of the NATO-Ukraine Council.

NATO Secretary General Mark Rutte called the strike "a reckless escalation" meant to intimidate Europe. "It will not work. Allies will keep supporting Ukraine, and we will do whatever it takes to defend every inch of allied territory," Rutte told reporters in Brussels.

Poland, which scrambled fighter jets as a precaution during the attack, said its forces remained on heightened alert. In Washington, the State Department said the United States "condemns this dangerous escalation" and was consulting closely with allies.

Russia first fired the Oreshnik in November 2024, at the Pivdenmash missile plant in Dnipro, and used it a second time in January against targets in the Lviv region near the Polish border. Moscow said in December that the first Oreshnik systems had been placed on combat duty in neighbouring Belarus.

Western analysts believe the weapon is derived from the RS-26 Rubezh, an intercontinental ballistic missile that Russia flight-tested between 2011 and 2015 before shelving the programme. It can carry several independently targeted warheads, and Putin has said it could be fitted with nuclear ones.

"Firing an expensive, scarce missile with conventional warheads at a repair plant makes little military sense. It is a signalling weapon," said Fabian Hoffmann-Lund, a missile researcher at the University of Oslo. "The audience is in Berlin, London and Washington, not in Vinnytsia."

Ukraine's HUR military intelligence agency said Russia had only a handful of Oreshnik missiles in its inventory but could launch another within weeks. Former president Dmitry Medvedev, now deputy head of Russia's Security Council, wrote on Telegram that the next Oreshnik could "land somewhere other than Ukraine."

(Reporting by Reuters bureaus in Kyiv and Moscow; Editing by Peter Graff)""",
        expect=[
            (W, "Russia fired an Oreshnik intermediate-range ballistic missile at the central Ukrainian city of Vinnytsia", {"temporal": "new", "weapon": {"irbm", "hypersonic"}, "actor": "RUS"}),
            (E, "Russia fired an Oreshnik intermediate-range ballistic missile at the central Ukrainian city of Vinnytsia", {"actor": "RUS"}),
            (W, "the missile was launched from the Kapustin Yar range", {"temporal": "new", "weapon": _OR, "actor": "RUS"}),
            (W, "What happened this morning was a test in combat conditions", {"temporal": "new", "weapon": _OR, "actor": "RUS"}),
            (E, "their own military facilities are within our reach", {"actor": "RUS"}),
            (W, 'Russia would "continue testing" the system', {"temporal": "prospective", "weapon": _OR, "actor": "RUS"}),
            (E, "serial production of the missile had been increased", {"actor": "RUS"}),
            (E, "calling the attack an act of terror", {"actor": "UKR"}),
            (E, 'called the strike "a reckless escalation"', {"actor": None}),
            (E, "we will do whatever it takes to defend every inch of allied territory", {"actor": None}),
            (E, '"condemns this dangerous escalation"', {"actor": "USA"}),
            (W, "Russia first fired the Oreshnik in November 2024", {"temporal": "historical", "weapon": _OR, "actor": "RUS"}),
            (E, "the first Oreshnik systems had been placed on combat duty in neighbouring Belarus", {"actor": "RUS"}),
            (W, "an intercontinental ballistic missile that Russia flight-tested between 2011 and 2015", {"temporal": "historical", "weapon": "icbm", "actor": "RUS"}),
            (W, "could launch another within weeks", {"temporal": "prospective", "weapon": _OR, "actor": "RUS"}),
            (E, 'the next Oreshnik could "land somewhere other than Ukraine."', {"actor": "RUS"}),
        ],
        optional=[
            (W, 'described as "a test in combat conditions"'),
            (W, "The missile struck an aircraft repair plant"),
            (E, "The missile struck an aircraft repair plant"),
            (W, "reached a speed of around Mach 11 on its final approach"),
            (W, "It was the third time Russia has used the weapon in the war"),
            (E, "It was the third time Russia has used the weapon in the war"),
            (E, "the strike was retaliation for Ukrainian attacks on Russian oil refineries"),
            (E, "Ukrainian attacks on Russian oil refineries carried out with Western-supplied long-range weapons"),
            (W, "the test was successful"),
            (E, "no air defence system in Europe can stop the Oreshnik"),
            (E, "including in combat"),
            (W, "an automatic pre-launch notification"),
            (W, "before the missile was fired"),
            (W, "Putin is not testing a missile"),
            (E, "he is testing the West"),
            (E, "urging allies to speed up deliveries of Patriot interceptors"),
            (E, "meant to intimidate Europe"),
            (E, "Allies will keep supporting Ukraine"),
            (E, "scrambled fighter jets as a precaution"),
            (E, "its forces remained on heightened alert"),
            (W, "used it a second time in January"),
            (E, "used it a second time in January against targets in the Lviv region"),
            (E, "at the Pivdenmash missile plant in Dnipro"),
            (E, "Putin has said it could be fitted with nuclear ones"),
            (E, "It can carry several independently targeted warheads"),
            (W, "Firing an expensive, scarce missile with conventional warheads"),
            (E, "It is a signalling weapon"),
            (W, 'the next Oreshnik could "land somewhere other than Ukraine."'),
        ],
    ),
    Article(
        "j2 afp: npt prepcom vienna; friday deadline for consensus recommendations; fissile-material and test moratoria called for; us/russia/china/iran rows",
        date(2027, 5, 5),
        """VIENNA, May 5, 2027 (AFP) - Diplomats at the first preparatory meeting for the 2030 review of the Nuclear Non-Proliferation Treaty were scrambling on Wednesday to salvage a set of agreed recommendations before a Friday deadline, as a bloc of states pressed the nuclear powers to stop producing bomb-making material and to keep their decades-old pauses on explosive testing.

The committee's chair, Brazilian ambassador Helena Matos Vieira, told delegations on Tuesday that any consensus text would have to be adopted by 6:00 pm on Friday, when the two-week session closes. Otherwise, she said, she would issue the draft as a chair's working paper under her own responsibility.

"We are not there yet, and frankly the distance is large," said a European diplomat, speaking on condition of anonymity.

The review cycle opened under a cloud after last year's review conference in New York ended, for the third time in a row, without a consensus final document. Delegates said the same fault lines - Russia's war in Ukraine, Iran's nuclear programme and the growth of China's arsenal - were on full display in Vienna.

In a joint statement delivered on Tuesday on behalf of 46 countries, Japan and Australia called on "all states possessing nuclear weapons that have not yet done so" to declare a moratorium on the production of fissile material for nuclear weapons, pending negotiations on a cut-off treaty in the Conference on Disarmament, which has not begun substantive work since 1996.

Britain, France, Russia and the United States have said they no longer produce such material for weapons. China has never formally announced a halt, although independent experts believe its production stopped around 1990.

The statement also urged all states "to maintain and respect existing moratoria on nuclear weapon test explosions or any other nuclear explosion" until the Comprehensive Nuclear-Test-Ban Treaty enters into force.

That appeal carried extra weight after the exchanges of late 2025, when U.S. President Donald Trump ordered the Pentagon to start testing nuclear weapons "on an equal basis" with other powers and Russian President Vladimir Putin responded by instructing his government to draw up proposals for a possible Russian test. U.S. officials later said the planned tests would be "non-critical" system tests rather than nuclear explosions, but no nuclear-weapon state has since moved to formally reaffirm its moratorium.

Russia's delegate, Deputy Foreign Minister Sergei Ryabkov, told the committee on Monday that Moscow would keep observing its moratorium on nuclear tests "for as long as the United States does the same." He accused Washington of planning to deploy space-based interceptors under its "Golden Dome" programme that would "destroy the foundations of strategic stability."

Russia withdrew its ratification of the test-ban treaty in November 2023, saying it wanted to mirror the position of the United States, which signed the pact in 1996 but never ratified it.

The U.S. delegation, for its part, said China was expanding its nuclear arsenal "at a pace and scale not seen since the Cold War" while refusing to discuss risk reduction with Washington. China's envoy accused the United States of "Cold War thinking" and of extending nuclear-sharing arrangements into the Asia-Pacific.

Iran's representative warned that Tehran would "reconsider its membership" of the treaty if Western states sought another censure resolution at the June meeting of the International Atomic Energy Agency's Board of Governors. The IAEA has given Iran until the end of the month to account for its stockpile of highly enriched uranium and to grant inspectors access to sites struck by Israeli and U.S. warplanes in June 2025.

Veterans of the process were sceptical that anything binding would emerge this week. "A Friday deadline at a PrepCom is a procedural device; nobody is bound by it, and everyone knows the real fight is in 2030," said Hanna Lindqvist, a researcher at the Stockholm International Peace Research Institute. "What matters more is whether the test moratoria survive the next two years."

The second session of the Preparatory Committee is scheduled to meet in Geneva in 2028.""",
        expect=[
            (D, "before a Friday deadline", {"due": "2027-05-07", "set_by": None}),
            (M, "pressed the nuclear powers to stop producing bomb-making material", {"status": "called_for", "scope": ["other"], "actor": None}),
            (M, "to keep their decades-old pauses on explosive testing", {"status": "called_for", "scope": ["nuclear"], "actor": None}),
            (D, "any consensus text would have to be adopted by 6:00 pm on Friday", {"due": "2027-05-07", "set_by": {None, "BRA"}}),
            (M, "to declare a moratorium on the production of fissile material for nuclear weapons", {"status": "called_for", "scope": ["other"], "actor": None}),
            (M, "have said they no longer produce such material for weapons", {"status": "in_force", "scope": ["other"], "actor": None}),
            (M, '"to maintain and respect existing moratoria on nuclear weapon test explosions', {"status": "called_for", "scope": ["nuclear"], "actor": None}),
            (W, 'ordered the Pentagon to start testing nuclear weapons "on an equal basis"', {"temporal": {"prospective", "historical"}, "weapon": "nuclear", "actor": "USA"}),
            (E, 'ordered the Pentagon to start testing nuclear weapons "on an equal basis"', {"actor": "USA"}),
            (W, "instructing his government to draw up proposals for a possible Russian test", {"temporal": {"prospective", "historical"}, "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (E, "instructing his government to draw up proposals for a possible Russian test", {"actor": "RUS"}),
            (M, "Moscow would keep observing its moratorium on nuclear tests", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
            (E, "accused Washington of planning to deploy space-based interceptors", {"actor": "RUS"}),
            (E, "Russia withdrew its ratification of the test-ban treaty in November 2023", {"actor": "RUS"}),
            (E, "China was expanding its nuclear arsenal", {"actor": {"USA", "CHN"}}),
            (E, 'accused the United States of "Cold War thinking"', {"actor": "CHN"}),
            (E, 'Tehran would "reconsider its membership" of the treaty', {"actor": "IRN"}),
            (D, "The IAEA has given Iran until the end of the month", {"due": "2027-05-31", "set_by": None}),
            (E, "sites struck by Israeli and U.S. warplanes in June 2025", {"actor": None}),
        ],
        optional=[
            (D, "when the two-week session closes"),
            (E, "the growth of China's arsenal"),
            (E, "Russia's war in Ukraine"),
            (M, "China has never formally announced a halt"),
            (M, "its production stopped around 1990"),
            (M, "until the Comprehensive Nuclear-Test-Ban Treaty enters into force"),
            (W, 'the planned tests would be "non-critical" system tests rather than nuclear explosions'),
            (M, "no nuclear-weapon state has since moved to formally reaffirm its moratorium"),
            (M, '"for as long as the United States does the same."'),
            (E, '"for as long as the United States does the same."'),
            (E, '"destroy the foundations of strategic stability."'),
            (M, "withdrew its ratification of the test-ban treaty"),
            (E, "refusing to discuss risk reduction with Washington"),
            (E, "extending nuclear-sharing arrangements into the Asia-Pacific"),
            (E, "another censure resolution"),
            (D, "to account for its stockpile of highly enriched uranium"),
            (D, "A Friday deadline at a PrepCom"),
            (M, "whether the test moratoria survive the next two years"),
        ],
    ),
    Article(
        "j3 yonhap: punggye-ri tunnel 3 imagery; possible seventh nuclear test; us envoy warns swift and forceful response; analysts doubt test imminent",
        date(2026, 6, 4),
        """SEOUL, June 4 (Yonhap) -- Recent commercial satellite imagery of North Korea's Punggye-ri nuclear test site shows fresh activity near the entrance to its Tunnel No. 3, a U.S. research group said Thursday, suggesting the North could be technically ready to conduct a seventh nuclear test, though officials and experts in Seoul said there were no clear signs that a detonation was imminent.

Images captured on May 27 and June 1 show a newly graded access road leading to the portal, two vehicles parked beside a support building and a fresh pile of excavated spoil that was not visible in April, according to a report by Beyond Parallel, a project of the Center for Strategic and International Studies in Washington.

"Tunnel 3 appears to be complete and could support a test on short notice once a political decision is made in Pyongyang," the report said.

The North carried out all six of its nuclear tests at Punggye-ri, in the mountainous northeast, between 2006 and 2017. The most recent and most powerful, in September 2017, was claimed by Pyongyang to be a hydrogen bomb built for an intercontinental ballistic missile.

In May 2018, weeks before leader Kim Jong-un's first summit with then U.S. President Donald Trump, the North blew up the entrances of several tunnels at the site in front of foreign reporters, after announcing that it would stop nuclear tests and intercontinental ballistic missile launches. Kim later said the North was no longer bound by that pledge, and Pyongyang resumed full-range ICBM launches in March 2022, the same year satellite imagery showed workers restoring Tunnel 3.

The U.S. State Department's special envoy for North Korea, in Seoul for talks with South Korean officials, said Washington was watching the site closely.

"Any nuclear test would be met with a swift and forceful response from the United States and our allies," the envoy told reporters after meeting South Korea's first vice foreign minister. He declined to say what that response would entail, but said additional sanctions and an expanded rotational deployment of U.S. strategic assets to the peninsula "are all on the table."

South Korea's Joint Chiefs of Staff (JCS) said it was monitoring Punggye-ri together with U.S. intelligence authorities and that the North "has maintained the conditions to conduct a nuclear test at any time should its leadership decide to do so."

But Unification Ministry officials and several analysts said a test did not appear imminent. They pointed to Pyongyang's deepening military cooperation with Moscow, which has provided oil and technology in return for artillery shells and troops, and to Kim's efforts to mend ties with Beijing, the North's economic lifeline, which is known to oppose another detonation.

"The tunnel has been ready for almost four years. Readiness is not intent," said Park Ji-hoon, a research fellow at the Korea Institute for Defense Analyses. "A seventh test would cost Kim far more in Beijing than it would gain him in Washington right now."

Others cautioned against complacency. "If Pyongyang wants to reset the agenda before any talks with the Trump administration, a nuclear test remains the loudest tool it has," said Choi Eun-young, a professor of North Korean studies at Dongguk University.

The imagery report came less than two weeks after North Korea fired several short-range ballistic missiles into the East Sea on May 22, in what its state media described as a test of a new multiple-warhead tactical weapon system overseen by Kim.

At a ruling party meeting last month, Kim called for an "exponential" expansion of the country's nuclear arsenal and vowed to answer joint military drills by South Korea and the United States with "overwhelming" force.

Multiple U.N. Security Council resolutions prohibit North Korea from conducting nuclear tests or launches using ballistic missile technology. The North has never given advance notice of a nuclear test; its sixth was first detected as a magnitude 6.3 tremor near the site. (END)""",
        expect=[
            (W, "the North could be technically ready to conduct a seventh nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "could support a test on short notice", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "PRK"}),
            (W, "The North carried out all six of its nuclear tests at Punggye-ri", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "after announcing that it would stop nuclear tests and intercontinental ballistic missile launches", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "Kim later said the North was no longer bound by that pledge", {"status": "ended", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (W, "Pyongyang resumed full-range ICBM launches in March 2022", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (E, "Any nuclear test would be met with a swift and forceful response", {"actor": "USA"}),
            (E, "additional sanctions and an expanded rotational deployment of U.S. strategic assets to the peninsula", {"actor": "USA"}),
            (W, '"has maintained the conditions to conduct a nuclear test at any time', {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "North Korea fired several short-range ballistic missiles into the East Sea on May 22", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "a test of a new multiple-warhead tactical weapon system", {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "PRK"}),
            (E, 'called for an "exponential" expansion of the country\'s nuclear arsenal', {"actor": "PRK"}),
            (E, 'vowed to answer joint military drills by South Korea and the United States with "overwhelming" force', {"actor": "PRK"}),
        ],
        optional=[
            (W, "there were no clear signs that a detonation was imminent"),
            (W, "The most recent and most powerful, in September 2017"),
            (E, "a hydrogen bomb built for an intercontinental ballistic missile"),
            (M, "the North blew up the entrances of several tunnels at the site"),
            (M, "Pyongyang resumed full-range ICBM launches in March 2022"),
            (W, "Any nuclear test would be met"),
            (W, "a test did not appear imminent"),
            (E, "deepening military cooperation with Moscow"),
            (E, "in return for artillery shells and troops"),
            (W, "which is known to oppose another detonation"),
            (W, "A seventh test would cost Kim far more"),
            (W, "a nuclear test remains the loudest tool it has"),
            (E, "a nuclear test remains the loudest tool it has"),
            (M, "Multiple U.N. Security Council resolutions prohibit North Korea from conducting nuclear tests"),
            (W, "The North has never given advance notice of a nuclear test"),
            (W, "its sixth was first detected as a magnitude 6.3 tremor"),
        ],
    ),
    Article(
        "j4 ap: pla eastern theater 'strait thunder-2026a' drills around taiwan; taiwan test-fires sky bow at jiupeng; us statement; pelosi 2022 and 2024 icbm history",
        date(2026, 4, 9),
        """TAIPEI, Taiwan (AP) — China's military began two days of large-scale exercises around Taiwan on Thursday, sending warships and fighter jets to surround the self-governed island a day after Taiwan test-fired its homegrown air defense missiles from a base on its southern coast.

The People's Liberation Army's Eastern Theater Command said the drills, code-named "Strait Thunder-2026A," would rehearse sea-air combat readiness patrols, the seizure of "comprehensive control" over key areas and the blockade of ports and energy supply lines. Its ground forces also fired long-range rockets into designated zones in the East China Sea, the command said, without saying how many.

A command spokesperson, Senior Col. Shi Yi, said the exercise was "a stern punishment for the separatist provocations of the Lai Ching-te authorities" and warned that the PLA would "resolutely crush any attempt at Taiwan independence."

China's Taiwan Affairs Office went further, calling Taiwan's President Lai Ching-te a "troublemaker" and a "saboteur of peace" whose speeches were "pushing the island toward the abyss of war."

Taiwan's Defense Ministry said it had tracked 74 Chinese military aircraft and 19 navy ships, along with several China Coast Guard vessels, operating around the island by Thursday evening. It condemned the exercises as an "irrational provocation" and said it had dispatched aircraft, warships and land-based missile systems in response.

Lai wrote on X that Taiwan "will not be intimidated" and would keep strengthening its self-defense capabilities. Taipei's benchmark stock index fell 1.4%.

On Wednesday, Taiwan's military test-fired eight Tien Kung, or Sky Bow, II and III surface-to-air missiles from the Jiupeng military base in southern Pingtung county, intercepting target drones over the sea, the Defense Ministry said. Officials said the annual launches had been scheduled months in advance and were not a response to Chinese pressure.

The National Chung-Shan Institute of Science and Technology, which develops the Sky Bow family, plans to flight-test a longer-range version, known as Strong Bow and designed to intercept ballistic missiles at high altitude, early next year, officials said.

In Washington, the State Department said China's "intimidation tactics and threatening rhetoric toward Taiwan" were raising tensions and "put the entire region's security at risk," and urged Beijing to exercise restraint. The U.S. Indo-Pacific Command said it was monitoring the drills and "remains ready to deter aggression."

China's Foreign Ministry fired back, saying Washington should "stop sending wrong signals to separatist forces" and stop selling weapons to Taiwan.

China claims Taiwan as its own territory, to be brought under its control by force if necessary. It staged similar large-scale drills around the island in May and October 2024 and again in April last year, each time describing them as punishment for Lai's remarks.

In August 2022, after a visit to Taipei by then-U.S. House Speaker Nancy Pelosi, the PLA fired ballistic missiles into waters around Taiwan, some of them passing over the island. In September 2024, China test-launched an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean, its first such publicly announced test in more than four decades.

Analysts said the latest drills appeared larger than last year's but stopped short of live missile fire near Taiwan's coast.

"Beijing is normalizing the rehearsal of a blockade," said Lin Ying-yu, an assistant professor at Tamkang University. "Each round moves the baseline a little closer to the island."

Taiwan's annual Han Kuang exercises are scheduled for July.

___

Associated Press writers in Beijing and Washington contributed to this report.""",
        expect=[
            (E, "China's military began two days of large-scale exercises around Taiwan on Thursday", {"actor": "CHN"}),
            (E, "sending warships and fighter jets to surround the self-governed island", {"actor": "CHN"}),
            (W, "Taiwan test-fired its homegrown air defense missiles", {"temporal": "new", "weapon": "unspecified", "actor": "TWN"}),
            (E, "the blockade of ports and energy supply lines", {"actor": "CHN"}),
            (W, "Its ground forces also fired long-range rockets into designated zones in the East China Sea", {"temporal": "new", "weapon": "rocket_artillery", "actor": "CHN"}),
            (E, '"a stern punishment for the separatist provocations of the Lai Ching-te authorities"', {"actor": "CHN"}),
            (E, 'the PLA would "resolutely crush any attempt at Taiwan independence."', {"actor": "CHN"}),
            (E, 'calling Taiwan\'s President Lai Ching-te a "troublemaker"', {"actor": "CHN"}),
            (E, 'It condemned the exercises as an "irrational provocation"', {"actor": "TWN"}),
            (W, "Taiwan's military test-fired eight Tien Kung, or Sky Bow, II and III surface-to-air missiles from the Jiupeng military base", {"temporal": "new", "weapon": "unspecified", "actor": "TWN"}),
            (W, "plans to flight-test a longer-range version, known as Strong Bow", {"temporal": "prospective", "weapon": "unspecified", "actor": "TWN"}),
            (E, '"intimidation tactics and threatening rhetoric toward Taiwan"', {"actor": "USA"}),
            (W, "the PLA fired ballistic missiles into waters around Taiwan", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "CHN"}),
            (W, "China test-launched an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean", {"temporal": "historical", "weapon": "icbm", "actor": "CHN"}),
        ],
        optional=[
            (E, 'the seizure of "comprehensive control" over key areas'),
            (E, "Its ground forces also fired long-range rockets"),
            (E, '"pushing the island toward the abyss of war."'),
            (E, 'a "saboteur of peace"'),
            (E, "tracked 74 Chinese military aircraft and 19 navy ships"),
            (E, "dispatched aircraft, warships and land-based missile systems in response"),
            (E, 'Taiwan "will not be intimidated"'),
            (E, "would keep strengthening its self-defense capabilities"),
            (W, "intercepting target drones over the sea"),
            (W, "the annual launches had been scheduled months in advance"),
            (E, '"put the entire region\'s security at risk,"'),
            (E, '"remains ready to deter aggression."'),
            (E, 'Washington should "stop sending wrong signals to separatist forces"'),
            (E, "stop selling weapons to Taiwan"),
            (E, "to be brought under its control by force if necessary"),
            (E, "It staged similar large-scale drills around the island in May and October 2024"),
            (E, "the PLA fired ballistic missiles into waters around Taiwan"),
            (W, "some of them passing over the island"),
            (W, "its first such publicly announced test in more than four decades"),
            (W, "stopped short of live missile fire near Taiwan's coast"),
            (E, '"Beijing is normalizing the rehearsal of a blockade,"'),
            (E, "Taiwan's annual Han Kuang exercises"),
        ],
    ),
    Article(
        "j5 out of domain: biotech adc dose-escalation data ('guided missile', 'warhead'), fda pdufa deadline, drug launch, clinical hold",
        date(2026, 2, 10),
        """BOSTON, Feb 10 (Reuters) - Shares of Halcyra Therapeutics jumped 38% on Tuesday after the biotech said its experimental antibody-drug conjugate shrank tumours in more than half of patients with advanced ovarian cancer at the highest doses of an early-stage dose-escalation trial, weeks before a key regulatory deadline for its lead product.

The drug, HLC-207, belongs to a class that researchers often describe as "guided missiles": an antibody homes in on a protein found on the surface of cancer cells and delivers a potent toxin, sometimes called the warhead or payload, directly inside them while sparing healthy tissue.

In the Phase 1 study, which tested six escalating dose levels in 58 heavily pretreated patients, 54% of those who received the two highest doses saw their tumours shrink by at least 30%, the company said. No dose-limiting toxicities were reported below the top level, allowing Halcyra to select a dose for a pivotal trial it plans to launch in the second half of the year.

"This was a clean test of the hypothesis, and the drug passed it," Chief Executive Officer Miriam Oduya told analysts on a conference call. "We now have the dose, the target population and the manufacturing capacity to move fast."

The U.S. Food and Drug Administration is due to rule on Halcyra's application for its blood cancer drug, veltrabart, by March 28, the so-called PDUFA target action date. The agency extended the original deadline by three months in December after the company submitted additional manufacturing data at its request.

Halcyra has said it is ready to launch veltrabart within weeks of an approval and has already hired about 120 sales representatives. "We are built to launch," Oduya said, adding that the company had secured enough drug supply for the first two years on the market despite cost escalation at its contract manufacturer in Ireland.

The FDA lifted a partial clinical hold on the HLC-207 programme in November, ending a three-month pause on new enrolment that was imposed after two patients developed severe lung inflammation. The company said it had since tightened screening and monitoring rules.

Leerink Partners analyst David Risinger raised his price target on the stock to $74 from $51, calling the data "a clear win in a crowded field." Ovarian cancer has been a graveyard for many experimental drugs, and rivals including larger drugmakers are racing to bring their own conjugates and radiopharmaceuticals - sometimes marketed as targeted nuclear medicine - to patients.

The rally marks a turnaround for Halcyra, whose shares lost nearly two-thirds of their value last year after it fired its chief commercial officer, delayed a filing and agreed to a standstill with activist investor Corvex Capital, which had threatened a proxy fight over the company's board.

Short sellers, who had targeted the stock heavily, were forced to cover positions on Tuesday, traders said. About 11% of Halcyra's free float was sold short as of the end of January, according to exchange data.

The company, which ended the year with $612 million in cash, said that runway would last into 2028 and that it did not plan to raise fresh equity before the FDA decision.

(Reporting by Reuters staff in Boston; Editing by Bill Berkrot)""",
        expect=[],
        optional=[],
    ),
    Article(
        "j6 out of domain: tanzania extends gm crop moratorium; kenya 30-day trade ultimatum on maize; millers' price escalation clauses",
        date(2026, 7, 21),
        """DAR ES SALAAM, July 21 (AFP) - Tanzania on Tuesday extended its moratorium on the commercial planting of genetically modified crops for another five years, defying pressure from neighbouring Kenya, which gave Dodoma 30 days to lift restrictions on Kenyan maize or face retaliatory duties.

Agriculture Minister Hussein Bashe told parliament the freeze, first imposed in 2019 and due to expire at the end of this month, would now run until July 2031, covering maize, cotton and cassava. Confined field trials of drought-tolerant varieties at research stations would be allowed to continue under strict supervision, he said.

"We will not gamble with the seed sovereignty of our farmers," Bashe told lawmakers in the capital Dodoma. "Science will guide us, but on our own timetable."

The decision escalates a trade dispute with Nairobi, which lifted its own decade-old ban on GMO imports and cultivation in 2022 and has since approved several insect-resistant maize and cotton varieties. Tanzanian inspectors have since May turned back dozens of lorries of Kenyan maize at the Namanga and Holili border crossings after tests of grain samples found traces of genetically modified material.

Kenya's Trade Cabinet Secretary Lee Kinyanjui said on Monday that Nairobi would impose "reciprocal measures" on Tanzanian rice, onions and timber if the restrictions were not lifted "within 30 days." He called the inspections "a non-tariff barrier dressed up as biosafety" and said Kenya would also file a complaint with the East African Community secretariat in Arusha.

"This is not a threat, it is a deadline," Kinyanjui told reporters in Nairobi. "We have been patient since May."

The row has rattled grain traders on both sides of the border. Millers in Nairobi and Mombasa said supply contracts for the coming harvest were being renegotiated, with buyers insisting on price escalation clauses that allow them to pass on higher transport and testing costs to customers.

"Nobody wants to sign a fixed-price deal right now," said Rose Wambui, chief executive of a milling association in Nairobi. "Every contract has an escalation clause or a force majeure clause, or both."

Seed companies had hoped Tanzania would open its market this year. A regional subsidiary of a U.S. agribusiness group had planned to launch a hybrid insect-resistant maize seed in the northern highlands in time for the October planting season, but said on Tuesday it was putting the launch on hold.

Environmental groups welcomed the extension. "Tanzania has shown that an African government can stand up to both corporate and diplomatic pressure," said Janet Maro of Sustainable Agriculture Tanzania. Farmers' unions were split, with some cotton growers arguing that the moratorium left them unable to compete with Kenyan and Ugandan producers.

Economists warned that the dispute could push up food prices in both countries, where maize flour is a staple. Tanzania's central bank said last week that inflation had crept up to 4.1% in June, driven partly by grain costs.

Tanzania's parliament is due to vote on the government's budget before the end of the month, when lawmakers are also expected to debate a separate bill on the regulation of biotechnology research.""",
        expect=[],
        optional=[],
    ),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('i1 ', W, 'the drill had involved Kheibar Shekan and Emad ballistic missiles as well as the Paveh cruise missile', None),
    ('i4 ', E, 'vowed to "identify, track and punish every terrorist and their backers"', None),
    ('j1 ', E, 'the next Oreshnik could "land somewhere other than Ukraine."', None),
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND15, _prefix), _kind, _phrase, _attrs)
