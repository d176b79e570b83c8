"""Round 17 of the challenge articles: 12 fresh articles (eight in the domain, four out of it),
written and labelled after round 16's fixes and scored on a frozen copy of the tree before round 16's
gap pass and round 17's fixes: they scored 77/129 required signals right with 7 false alarms."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

_SLBM = {"slbm", "ballistic_missile"}
_SLBM_U = {"slbm", "ballistic_missile", "unspecified"}
_CM = {"cruise_missile", "unspecified"}
_BM = {"ballistic_missile", "unspecified"}
_YE = {"YEM", None}

ROUND17: list[Article] = [
    Article(
        "m1 ap: navy test-fires trident ii d5 from submarine off florida, 'not in response to current events'",
        date(2026, 5, 14),
        """Navy test-fires unarmed Trident missile from submarine off Florida

CAPE CANAVERAL, Fla. (AP) — The U.S. Navy launched an unarmed Trident II D5 missile from a submerged submarine off Florida's Atlantic coast on Tuesday, the service confirmed Wednesday, in what it described as a routine check of the weapon that carries most of the nation's deployed nuclear warheads.

The missile was fired from the Ohio-class submarine USS Maryland in the Eastern Range east of Cape Canaveral, and its unarmed re-entry bodies fell into a designated area of the Atlantic, Navy Strategic Systems Programs said in a short statement. It did not say how far the missile traveled.

"This launch was scheduled well in advance and was not in response to current world events," the statement said. "Flights like this one demonstrate the continued reliability and readiness of the Trident II D5 strategic weapon system."

Beachgoers and boaters along the Space Coast reported a bright, corkscrewing contrail shortly after dusk, and several posted videos online of what some initially took to be a commercial rocket launch from the nearby Kennedy Space Center. The Coast Guard had warned mariners to keep clear of a stretch of ocean for several hours.

Tuesday's test-firing of the submarine-launched ballistic missile was part of a so-called demonstration and shakedown operation, which the Navy conducts to certify a submarine and its crew after a lengthy overhaul and before the boat returns to strategic patrols.

The Trident II D5, built by Lockheed Martin, entered service in 1990. The Navy says the missile has completed more than 190 successful test flights since its design was finalized in 1989, a record officials regularly cite as evidence of its reliability. The Navy last conducted a Trident flight test in September, from a submarine off Southern California.

Britain, which draws its missiles from a shared pool with the United States, has had a rougher run. A Trident fired from the Royal Navy submarine HMS Vanguard off Florida in January 2024 failed shortly after launch and dropped into the ocean near the boat, the second consecutive British failure after a 2016 test off the coast of Africa veered off course.

The launch comes three months after New START, the last remaining treaty capping the U.S. and Russian strategic arsenals, expired in February without a replacement. Russian President Vladimir Putin had offered to keep observing the treaty's central limits for another year if Washington did the same, but the two sides never formalized the arrangement.

Moscow has since warned it would "respond in kind" to any expansion of U.S. deployed forces, and Chinese officials this week accused Washington of "flexing its nuclear muscles" in the Pacific.

President Donald Trump said in October that he had instructed the Pentagon to begin testing nuclear weapons "on an equal basis" with other countries, a remark that alarmed arms control advocates. Energy Secretary Chris Wright later said the planned tests would involve non-nuclear components and systems, not nuclear explosions. The United States has not conducted an explosive nuclear test since 1992.

The Navy is counting on the Trident to stay in service into the 2040s aboard the new Columbia-class submarines, the first of which has slipped more than a year behind schedule. A life-extended version of the missile, known as D5LE2, is due to begin flight testing around the end of the decade.

"These flights are about reassuring allies and reminding adversaries that the sea leg works," said Maren Holt, a nuclear policy analyst at the Arms Control Association in Washington. "The Navy always says they aren't tied to current events, and the timing really is driven by maintenance schedules. But everyone watching reads the message anyway."

The Navy said it would release imagery of the launch later this week.""",
        expect=[
            (W, "Navy test-fires unarmed Trident missile from submarine off Florida", {"temporal": "new", "weapon": _SLBM_U, "actor": "USA"}),
            (W, "The U.S. Navy launched an unarmed Trident II D5 missile from a submerged submarine", {"temporal": "new", "weapon": _SLBM, "actor": "USA"}),
            (W, "The missile was fired from the Ohio-class submarine USS Maryland", {"temporal": "new", "weapon": _SLBM_U, "actor": "USA"}),
            (W, "Tuesday's test-firing of the submarine-launched ballistic missile", {"temporal": "new", "weapon": "slbm", "actor": "USA"}),
            (W, "the missile has completed more than 190 successful test flights", {"temporal": "historical", "weapon": _SLBM_U, "actor": "USA"}),
            (W, "The Navy last conducted a Trident flight test in September", {"temporal": "historical", "weapon": _SLBM_U, "actor": "USA"}),
            (W, "A Trident fired from the Royal Navy submarine HMS Vanguard off Florida in January 2024 failed", {"temporal": "historical", "weapon": _SLBM_U, "actor": "GBR"}),
            (W, "a 2016 test off the coast of Africa veered off course", {"temporal": "historical", "weapon": _SLBM_U, "actor": "GBR"}),
            (E, "Moscow has since warned it would \"respond in kind\"", {"actor": "RUS"}),
            (E, "accused Washington of \"flexing its nuclear muscles\"", {"actor": "CHN"}),
            (W, "he had instructed the Pentagon to begin testing nuclear weapons", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "he had instructed the Pentagon to begin testing nuclear weapons", {"actor": "USA"}),
            (W, "D5LE2, is due to begin flight testing", {"temporal": "prospective", "weapon": _SLBM_U, "actor": "USA"}),
        ],
        optional=[
            (W, "It did not say how far the missile traveled"),
            (W, "This launch was scheduled well in advance"),
            (W, "Flights like this one demonstrate"),
            (W, "the planned tests would involve non-nuclear components and systems, not nuclear explosions"),
            (W, "has not conducted an explosive nuclear test since 1992"),
            (M, "has not conducted an explosive nuclear test since 1992"),
            (E, "reminding adversaries that the sea leg works"),
            (W, "The launch comes three months after New START"),
            (W, "release imagery of the launch"),
        ],
    ),
    Article(
        "m2 yonhap: n. korea artillery near nls, kcna 'merciless' retaliation, seoul's no-deadline talks offer",
        date(2026, 6, 10),
        """N. Korea fires artillery near western sea border, threatens 'merciless' retaliation

SEOUL, June 10 (Yonhap) -- North Korea fired dozens of coastal artillery rounds into waters near the western maritime border on Wednesday morning, South Korea's military said, as Pyongyang threatened a "merciless" response to what it called the South's provocative drills near the disputed line.

The Joint Chiefs of Staff (JCS) said the North fired about 60 rounds from coastal gun positions near Jangsan Cape and Deungsan Cape between 9 a.m. and 11 a.m., and that the shells landed north of the Northern Limit Line (NLL), the de facto inter-Korean sea border. No damage was reported on the South's border islands of Yeonpyeong and Baengnyeong, where residents were briefly advised to move to shelters.

The JCS said the North also appeared to have test-fired several rockets from a 240-mm multiple rocket launcher, a system Pyongyang has said it is deploying in large numbers along the border, but did not confirm how many were launched.

"Our military is closely monitoring North Korean movements and maintains a full readiness posture," the JCS said in a text message to reporters, adding that it would "respond overwhelmingly" to any provocation threatening South Korean territory.

Hours later, the North's official Korean Central News Agency (KCNA) carried a statement by the General Staff of the Korean People's Army calling the firing a "routine and justifiable" exercise and accusing Seoul of staging "reckless military provocations" with live-fire drills on the border islands last week.

"Should the enemy infringe upon even 0.001 mm of our maritime border, our army will deliver merciless retaliatory strikes without any warning," the statement said.

South Korea's Marine Corps held a regular artillery exercise on Yeonpyeong and Baengnyeong on June 2, firing K9 self-propelled howitzers into waters south of the border, according to the JCS.

Wednesday's firing came about two weeks after North Korea launched several short-range ballistic missiles into the East Sea on May 27, its first ballistic missile launch in two months.

Seoul responded to the latest firing with a renewed call for dialogue. The Unification Ministry urged Pyongyang to refrain from actions that heighten tension and to come back to the table.

"Our offer of talks stands, with no preconditions and no deadline attached," ministry spokesperson Koo Byung-sam told a regular briefing. "The door is open whenever the North is ready."

President Lee Jae Myung, who took office in June last year, has sought to ease tensions with the North, halting propaganda loudspeaker broadcasts along the land border and proposing to restore the 2018 inter-Korean military agreement, which banned artillery firing and large-scale drills within buffer zones near the border. Seoul fully suspended the pact in June 2024 in response to the North's trash-carrying balloon campaigns, while Pyongyang had declared it void months earlier.

North Korea has rebuffed the overtures. Kim Yo Jong, the powerful sister of leader Kim Jong Un, said in a statement last year that Pyongyang had "no interest" in any proposal from Seoul, and the North has since written into its constitution that the South is a "hostile state."

The western sea border has been the scene of deadly clashes, including naval skirmishes in 1999, 2002 and 2009. In November 2010, North Korean artillery shelled Yeonpyeong Island, killing two marines and two civilians. In January 2024, the North fired more than 200 shells near the same island, prompting the South to respond with its own live-fire drills.

"The North wants to show that the NLL is not a line it recognizes, and artillery is a low-cost way of doing that," said Park Won-gon, a professor of North Korean studies at Ewha Womans University. "It is sending a message without crossing the threshold of a missile test or a nuclear test, at least for now."

(END)""",
        expect=[
            (E, "N. Korea fires artillery near western sea border, threatens 'merciless' retaliation", {"actor": "PRK"}),
            (E, "North Korea fired dozens of coastal artillery rounds into waters near the western maritime border", {"actor": "PRK"}),
            (E, "Pyongyang threatened a \"merciless\" response", {"actor": "PRK"}),
            (W, "the North also appeared to have test-fired several rockets from a 240-mm multiple rocket launcher", {"temporal": "new", "weapon": "rocket_artillery", "actor": "PRK"}),
            (E, "it would \"respond overwhelmingly\" to any provocation", {"actor": "KOR"}),
            (E, "accusing Seoul of staging \"reckless military provocations\"", {"actor": "PRK"}),
            (E, "our army will deliver merciless retaliatory strikes without any warning", {"actor": "PRK"}),
            (W, "North Korea launched several short-range ballistic missiles into the East Sea on May 27", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (E, "Seoul fully suspended the pact in June 2024", {"actor": "KOR"}),
            (E, "Pyongyang had declared it void months earlier", {"actor": "PRK"}),
            (E, "North Korea has rebuffed the overtures", {"actor": "PRK"}),
            (E, "Pyongyang had \"no interest\" in any proposal from Seoul", {"actor": "PRK"}),
            (E, "written into its constitution that the South is a \"hostile state.\"", {"actor": "PRK"}),
            (E, "North Korean artillery shelled Yeonpyeong Island, killing two marines and two civilians", {"actor": "PRK"}),
            (E, "the North fired more than 200 shells near the same island", {"actor": "PRK"}),
        ],
        optional=[
            (W, "N. Korea fires artillery near western sea border"),
            (W, "North Korea fired dozens of coastal artillery rounds"),
            (E, "the South's provocative drills near the disputed line"),
            (E, "the North fired about 60 rounds from coastal gun positions"),
            (W, "the North fired about 60 rounds from coastal gun positions"),
            (E, "a system Pyongyang has said it is deploying in large numbers along the border"),
            (W, "did not confirm how many were launched"),
            (E, "maintains a full readiness posture"),
            (E, "calling the firing a \"routine and justifiable\" exercise"),
            (E, "firing K9 self-propelled howitzers into waters south of the border"),
            (W, "firing K9 self-propelled howitzers into waters south of the border"),
            (E, "Wednesday's firing came about two weeks after"),
            (W, "its first ballistic missile launch in two months"),
            (M, "which banned artillery firing and large-scale drills within buffer zones near the border"),
            (E, "the North's trash-carrying balloon campaigns"),
            (E, "naval skirmishes in 1999, 2002 and 2009"),
            (E, "prompting the South to respond with its own live-fire drills"),
            (W, "without crossing the threshold of a missile test or a nuclear test"),
        ],
    ),
    Article(
        "m3 reuters: iran 60% enrichment, iaea board resolution, npt exit 'within weeks', e3 snapback clock",
        date(2025, 8, 29),
        """Iran threatens NPT exit 'within weeks' as Europe starts sanctions snapback clock

DUBAI/VIENNA, Aug 29 (Reuters) - Iran warned on Friday it could withdraw from the nuclear Non-Proliferation Treaty within weeks if United Nations sanctions are reimposed, a day after Britain, France and Germany launched a process to restore the measures over Tehran's nuclear programme.

The three European powers, known as the E3, notified the U.N. Security Council on Thursday that Iran was in "significant non-performance" of its commitments under the 2015 nuclear deal, triggering a 30-day "snapback" mechanism. Unless the council decides otherwise, all U.N. sanctions lifted under the deal will return on Sept. 28.

The E3 have said they would be willing to delay the snapback by up to six months if Iran restores full access for U.N. inspectors, accounts for its stockpile of highly enriched uranium and resumes talks with the United States before the clock runs out.

Tehran reacted with fury. "If the snapback goes ahead, the Islamic Republic will leave the NPT, and this could happen within weeks, not months," Ebrahim Rezaei, spokesman for parliament's national security committee, told state media. Foreign Minister Abbas Araqchi called the European move "unjustified and illegal" and said Iran would respond "appropriately."

The E3 decision follows a resolution passed in June by the International Atomic Energy Agency's 35-nation Board of Governors declaring Iran in breach of its non-proliferation obligations for the first time in almost 20 years. Iran answered that resolution by announcing it would open a new enrichment facility at a secure location and install advanced centrifuges.

The following day, Israel launched a wave of air strikes on Iranian nuclear and military sites, and the United States later joined with strikes on the Fordow, Natanz and Isfahan facilities. Iran retaliated with missile barrages on Israel during the 12-day war.

Before the strikes, Iran had been enriching uranium to up to 60% purity, a short technical step from the roughly 90% needed for a weapon, and the IAEA estimated it held more than 400 kg of such material. The agency says no other state enriches to that level without producing nuclear weapons. Its inspectors have been unable to verify the stockpile since the bombing.

In July, Iran's parliament passed a law suspending cooperation with the IAEA, and inspectors have had only limited access since.

Tehran has halted enrichment before. It voluntarily suspended uranium enrichment in 2003 during talks with the same three European powers, before breaking U.N. seals at its Natanz plant and resuming the work in early 2006.

On the military front, Iran's navy test-fired cruise missiles from ships and coastal launchers in the Gulf of Oman last week during a two-day exercise, state television reported, in what commanders called a message to "enemies who threaten Iran's security."

Russia and China, which also signed the 2015 deal, called the E3 move legally flawed and are expected to back a council resolution to postpone the sanctions. U.S. Secretary of State Marco Rubio welcomed the European decision and said Washington remained open to direct talks with Tehran.

"The snapback is not the end of diplomacy," said a senior European diplomat, speaking on condition of anonymity. "There is still a window for Iran to avoid this, but it closes at the end of September."

Analysts cautioned that an NPT withdrawal would take effect only three months after notice under the treaty's own terms, giving all sides some room.

(Reporting by Parisa Hafezi in Dubai and Francois Murphy in Vienna; Editing by Alex Richardson)""",
        expect=[
            (E, "Iran threatens NPT exit 'within weeks'", {"actor": "IRN"}),
            (E, "Europe starts sanctions snapback clock", {"actor": None}),
            (E, "Iran warned on Friday it could withdraw from the nuclear Non-Proliferation Treaty", {"actor": "IRN"}),
            (E, "Britain, France and Germany launched a process to restore the measures", {"actor": None}),
            (E, "triggering a 30-day \"snapback\" mechanism", {"actor": None}),
            (D, "all U.N. sanctions lifted under the deal will return on Sept. 28", {"due": "2025-09-28", "set_by": None}),
            (D, "before the clock runs out", {"due": "2025-09-28", "set_by": None}),
            (E, "the Islamic Republic will leave the NPT", {"actor": "IRN"}),
            (E, "announcing it would open a new enrichment facility at a secure location and install advanced centrifuges", {"actor": "IRN"}),
            (E, "Israel launched a wave of air strikes on Iranian nuclear and military sites", {"actor": "ISR"}),
            (E, "the United States later joined with strikes on the Fordow, Natanz and Isfahan facilities", {"actor": "USA"}),
            (E, "Iran retaliated with missile barrages on Israel", {"actor": "IRN"}),
            (E, "Iran had been enriching uranium to up to 60% purity", {"actor": "IRN"}),
            (E, "Iran's parliament passed a law suspending cooperation with the IAEA", {"actor": "IRN"}),
            (M, "It voluntarily suspended uranium enrichment in 2003", {"status": "in_force", "scope": ["other"], "actor": "IRN"}),
            (M, "breaking U.N. seals at its Natanz plant and resuming the work in early 2006", {"status": "ended", "scope": ["other"], "actor": "IRN"}),
            (E, "breaking U.N. seals at its Natanz plant and resuming the work in early 2006", {"actor": "IRN"}),
            (W, "Iran's navy test-fired cruise missiles from ships and coastal launchers in the Gulf of Oman", {"temporal": "new", "weapon": "cruise_missile", "actor": "IRN"}),
            (E, "a message to \"enemies who threaten Iran's security.\"", {"actor": "IRN"}),
            (D, "it closes at the end of September", {"due": {"2025-09-30", "2025-09-28"}, "set_by": None}),
        ],
        optional=[
            (D, "Iran threatens NPT exit 'within weeks'"),
            (D, "Europe starts sanctions snapback clock"),
            (D, "Non-Proliferation Treaty within weeks if United Nations sanctions are reimposed"),
            (E, "notified the U.N. Security Council on Thursday that Iran was in \"significant non-performance\""),
            (D, "delay the snapback by up to six months"),
            (D, "this could happen within weeks, not months"),
            (E, "called the European move \"unjustified and illegal\""),
            (E, "Iran would respond \"appropriately.\""),
            (E, "declaring Iran in breach of its non-proliferation obligations"),
            (E, "enriches to that level without producing nuclear weapons"),
            (E, "since the bombing"),
            (M, "Tehran has halted enrichment before"),
            (E, "called the E3 move legally flawed"),
            (M, "postpone the sanctions"),
            (E, "an NPT withdrawal would take effect only three months after notice"),
            (D, "an NPT withdrawal would take effect only three months after notice"),
        ],
    ),
    Article(
        "m4 kyodo analysis: japan counterstrike (type-12 upgrade, tomahawks), first home-soil long-range test, china/dprk replies",
        date(2026, 7, 8),
        """ANALYSIS: Japan's counterstrike era arrives as first home-soil long-range missile test draws fire

TOKYO, July 8 (Kyodo) -- When a Ground Self-Defense Force launcher on the Hokkaido coast sent an upgraded Type-12 missile out over the Pacific last Thursday, it marked the first time Japan had test-fired a missile capable of reaching foreign soil from its own territory.

The Defense Ministry said Friday the cruise missile, whose range has been extended from about 200 kilometers to roughly 1,000 km, hit a decommissioned vessel used as a target off the Shizunai firing range, but it declined to say how far the missile flew. Earlier flight tests of the upgraded Type-12 were carried out at a U.S. range in California, because Japan lacks a sea area large enough to host a full-range shot, and last week's launch was flown over a shortened course.

For a country whose postwar constitution renounces war, the milestone is as much political as technical. Japan adopted the capability to strike enemy missile bases, which it calls "counterstrike capability," in a national security strategy in December 2022, a landmark departure from the strictly defense-oriented posture it had kept since World War II.

Since then the pieces have fallen into place quickly. The government began deploying the upgraded Type-12 at Camp Kengun in Kumamoto Prefecture in March, and has bought up to 400 U.S.-made Tomahawk cruise missiles, the first of which arrived last year for fitting on the Maritime Self-Defense Force's Aegis destroyers. The MSDF plans to carry out its first Tomahawk test launch from a destroyer off the U.S. West Coast as early as next year, according to government sources.

Japan is also developing a Hyper Velocity Gliding Projectile for the defense of remote islands, a hypersonic glide weapon that it has flight-tested in the United States since 2024.

Defense Minister Shinjiro Koizumi told reporters the test was "not directed at any specific country or region" and that the missiles exist "to make any adversary think twice about attacking Japan."

Beijing was not persuaded. Chinese Foreign Ministry spokesperson Lin Jian said Japan was "accelerating its remilitarization" and warned that China would "take resolute measures to defend its sovereignty and security" if Tokyo deployed missiles able to reach the Chinese mainland. Over the weekend, the Chinese navy's Shandong carrier group conducted drills east of Taiwan and near Japan's southwestern islands, which Chinese state media described as a warning to "external forces."

Relations have been strained since Prime Minister Sanae Takaichi said in November that a Chinese attack on Taiwan could amount to a "survival-threatening situation" for Japan. China responded by advising its citizens against travel to Japan and suspending imports of Japanese seafood.

North Korea used the test to justify its own arsenal. A KCNA commentary on Monday called Japan's counterstrike missiles "a dagger aimed at our Republic" and said Pyongyang would "bolster its war deterrent in every way." The North fired two short-range ballistic missiles into the Sea of Japan on Sunday, Japan's Defense Ministry said, though officials did not link that launch to Tokyo's test.

At home, the deployment has drawn protests. Residents near Camp Kengun say the missiles could make the area a target, and opposition lawmakers have questioned whether the government has explained when it would actually use them.

"What has changed is that Japan can hold targets at risk inside China and North Korea, and that is what Beijing objects to," said Ken Jimbo, a professor of international security at Keio University. "But I would not overstate the escalation risk. These are still limited numbers of subsonic missiles, and Japan's doctrine ties their use to an attack that is already under way."

The Defense Ministry plans to hold a further domestic test of the Type-12 before the end of the fiscal year in March, officials said.""",
        expect=[
            (W, "first home-soil long-range missile test", {"temporal": "new", "weapon": _CM, "actor": "JPN"}),
            (W, "a Ground Self-Defense Force launcher on the Hokkaido coast sent an upgraded Type-12 missile out over the Pacific", {"temporal": "new", "weapon": _CM, "actor": "JPN"}),
            (W, "the cruise missile, whose range has been extended from about 200 kilometers to roughly 1,000 km, hit a decommissioned vessel", {"temporal": "new", "weapon": "cruise_missile", "actor": "JPN"}),
            (W, "Earlier flight tests of the upgraded Type-12 were carried out at a U.S. range in California", {"temporal": "historical", "weapon": _CM, "actor": "JPN"}),
            (E, "Japan adopted the capability to strike enemy missile bases", {"actor": "JPN"}),
            (E, "began deploying the upgraded Type-12 at Camp Kengun", {"actor": "JPN"}),
            (E, "has bought up to 400 U.S.-made Tomahawk cruise missiles", {"actor": "JPN"}),
            (W, "The MSDF plans to carry out its first Tomahawk test launch from a destroyer", {"temporal": "prospective", "weapon": _CM, "actor": "JPN"}),
            (W, "a hypersonic glide weapon that it has flight-tested in the United States since 2024", {"temporal": "historical", "weapon": "hypersonic", "actor": "JPN"}),
            (E, "Japan was \"accelerating its remilitarization\"", {"actor": "CHN"}),
            (E, "China would \"take resolute measures to defend its sovereignty and security\"", {"actor": "CHN"}),
            (E, "the Chinese navy's Shandong carrier group conducted drills east of Taiwan", {"actor": "CHN"}),
            (E, "called Japan's counterstrike missiles \"a dagger aimed at our Republic\"", {"actor": "PRK"}),
            (E, "Pyongyang would \"bolster its war deterrent in every way.\"", {"actor": "PRK"}),
            (W, "The North fired two short-range ballistic missiles into the Sea of Japan on Sunday", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "plans to hold a further domestic test of the Type-12", {"temporal": "prospective", "weapon": _CM, "actor": "JPN"}),
        ],
        optional=[
            (E, "first home-soil long-range missile test draws fire"),
            (W, "the first time Japan had test-fired a missile capable of reaching foreign soil"),
            (E, "the first time Japan had test-fired a missile capable of reaching foreign soil"),
            (W, "but it declined to say how far the missile flew"),
            (W, "last week's launch was flown over a shortened course"),
            (E, "Since then the pieces have fallen into place quickly"),
            (E, "the first of which arrived last year for fitting on the Maritime Self-Defense Force's Aegis destroyers"),
            (E, "Japan is also developing a Hyper Velocity Gliding Projectile"),
            (W, "the test was \"not directed at any specific country or region\""),
            (E, "to make any adversary think twice about attacking Japan"),
            (E, "a warning to \"external forces.\""),
            (E, "a Chinese attack on Taiwan could amount to a \"survival-threatening situation\""),
            (E, "advising its citizens against travel to Japan and suspending imports of Japanese seafood"),
            (M, "suspending imports of Japanese seafood"),
            (W, "North Korea used the test to justify its own arsenal"),
            (E, "North Korea used the test to justify its own arsenal"),
            (W, "did not link that launch to Tokyo's test"),
            (E, "the deployment has drawn protests"),
            (E, "Japan can hold targets at risk inside China and North Korea"),
            (E, "Japan's doctrine ties their use to an attack that is already under way"),
            (D, "before the end of the fiscal year in March"),
        ],
    ),
    Article(
        "m5 out of domain: central bank climate stress test, coal-financing moratorium, end-of-year deadline for banks",
        date(2026, 3, 19),
        """ECB climate stress test finds lenders exposed to 'escalating' flood and heat losses

FRANKFURT, March 19 (Reuters) - Euro zone banks could lose up to 70 billion euros on their loan books if extreme floods, heatwaves and droughts hit Europe simultaneously, the European Central Bank said on Thursday, as it published the results of its second climate stress test and gave lenders an end-of-year deadline to fix gaps in how they manage the risks.

The exercise, which tested 98 banks directly supervised by the ECB against three scenarios stretching to 2050, found that most lenders still rely on crude estimates of how exposed their borrowers are to physical and transition risks, and that a quarter could not say how much of their lending went to companies in coal, oil and gas.

"Banks have made progress, but too many are still flying blind," ECB supervisory board chair Claudia Buch told a news conference. "The physical risks are escalating faster than many business models assume."

Lenders have until Dec. 31 to submit credible transition plans showing how they will bring their portfolios into line with the European Union's climate targets, the ECB said. Banks that miss the deadline could face periodic penalty payments of up to 5% of average daily turnover, a sanction the supervisor first used against a Dutch lender in 2024.

The results land as the industry's own commitments fray. A group of seven large European banks that in 2021 declared a moratorium on new financing for thermal coal mines and coal-fired power plants said last month they would extend the freeze to 2030, even as several U.S. and Japanese rivals quit the Net-Zero Banking Alliance, which disbanded last year.

Environmental groups called for a wider halt. "A moratorium on coal is the bare minimum. What we need is a stop to new oil and gas expansion too," said Lara Winther of campaign group Reclaim Finance, which launched a tracker of bank fossil-fuel lending this week.

Bankers pushed back against what they described as mission creep. The European Banking Federation said the supervisor was "blurring the line between prudential oversight and climate policy" and warned that a rigid deadline risked triggering a fire sale of carbon-heavy assets.

One German bank executive, who asked not to be named, called the end-of-year target "an ultimatum dressed up as guidance" and said some lenders would escalate the matter to the ECB's administrative board of review.

The stress test also examined lending to the power sector. It found that banks' exposure to nuclear power plant operators had grown by about a fifth since 2022, after the EU's green taxonomy classified nuclear energy as a transitional activity, while lending to new gas-fired plants was flat.

The ECB stressed that the test was not a pass-or-fail exercise and would not feed directly into banks' capital requirements this year. Individual results will inform the annual supervisory review, which sets each lender's Pillar 2 capital demands.

Markets took the findings in their stride. The STOXX Europe 600 banks index rose 0.4% in afternoon trade, with investors more focused on a possible cut in interest rates at the ECB's next policy meeting in April. Shares in ING, which fired its head of sustainable finance last year after a dispute over green loan labels, were up 1.1%.

The ECB plans a follow-up test in 2028 that will, for the first time, model the second-round effects of a sudden jump in carbon prices on banks' funding costs.

(Reporting by Francesco Canepa; Editing by Toby Chopra)""",
        expect=[],
        optional=[],
    ),
    Article(
        "m6 out of domain: rugby test series, coach's ultimatum, escalating injury crisis, player 'fired up'",
        date(2026, 7, 13),
        """Rugby-Ultimatum for All Blacks forwards as injury crisis escalates before decider

WELLINGTON, July 13 (AFP) - All Blacks coach Scott Robertson has given his misfiring forward pack an ultimatum to fix their lineout or lose their places for Saturday's third and deciding Test against France, as an escalating injury crisis left New Zealand scrambling for bodies.

France levelled the three-match series at 1-1 with a 27-24 win in Wellington on Saturday, when fly-half Thomas Ramos landed a long-range penalty after the siren that sailed between the posts like a missile.

New Zealand lost five of their own lineout throws in that second Test, and Robertson did not hide his frustration. "I've told the forwards: get it sorted by Tuesday's session or I'll find blokes who can," he said on Monday. "That's not a threat, it's just how Test rugby works."

The injury list grew again on Sunday when flanker Sam Cane's understudy Jacob Harris was ruled out for six weeks with a hamstring strain, joining lock Tupou Vaa'i and centre Jordie Barrett on the sidelines. Prop Tamaiti Williams faces a nervous wait over a citing for a high tackle, with a judicial hearing set for Tuesday evening.

If he is found guilty, Williams could be handed a three-match suspension, although players can now reduce a ban by a week by completing World Rugby's tackle school programme.

The shortage means uncapped Chiefs loose forward Sione Ahio is in line for a debut, and the 22-year-old said he was fired up for the chance. "Growing up you dream about pulling on the jersey for a decider at Eden Park," Ahio said. "If I get the nod, I'm going to launch myself into every ruck."

France coach Fabien Galthie, whose side has not won a series in New Zealand since 1994, was in a mischievous mood. Asked about Robertson's deadline for his forwards, he smiled. "They have their problems, we have ours. We will bring the same bombs and the same blitz defence and see if they can handle it."

France's aerial game has troubled New Zealand all series, with scrum-half Antoine Dupont's box kicks repeatedly turning the hosts around. The French fired off 31 kicks in Wellington, the most by any side against the All Blacks this decade.

Both camps face a deadline of 1200 local time on Thursday to name their matchday squads. New Zealand Rugby has also been asked by the players' association to review a moratorium on selecting overseas-based players, which chief executive Mark Robinson said would not be lifted before the end of the year.

Eden Park has been sold out since May, and organisers said fans should arrive early because of heightened security checks at the gates following a bomb hoax at a concert there last month.

Robertson, whose side lost only one Test last year, was adamant the team would respond. "There's a bit of heat on us, there should be. But this group has fire in its belly, and they'll show it on Saturday."

The winner of the series will lift the Dave Gallaher Trophy, named after the 1905 All Blacks captain who was killed in the First World War.""",
        expect=[],
        optional=[],
    ),
    Article(
        "n1 reuters: sarmat icbm apparently fails at plesetsk, satellite imagery shows; kremlin silent",
        date(2026, 5, 21),
        """Satellite images suggest Russia's Sarmat ICBM failed in new test at Plesetsk

WASHINGTON/MOSCOW, May 21 (Reuters) - Russia's RS-28 Sarmat intercontinental ballistic missile appears to have failed during a test launch from the Plesetsk cosmodrome late last week, leaving a scorched crater beside its silo, according to commercial satellite imagery reviewed by Reuters and the assessments of two independent analysts.

Pictures taken on Sunday by a U.S. commercial imaging firm show a blackened pit roughly 60 metres (200 feet) across at a launch complex in the Arkhangelsk region that had been prepared for the heavy missile in recent months. Images of the same site from May 9 show the silo intact, with service vehicles parked nearby.

"Everything about this points to a catastrophic failure early in flight, or on the pad itself," said Maren Holloway, a researcher at the Middlebury Institute's James Martin Center for Nonproliferation Studies, who has tracked the site. "The damage pattern is consistent with what we saw after the September 2024 attempt."

The Kremlin did not confirm that a launch had taken place. Asked about the images on Wednesday, Kremlin spokesman Dmitry Peskov told reporters that questions about the armed forces should be put to the Defence Ministry, which did not respond to a request for comment. Russia notified the United States of a planned ICBM launch in the middle of last week, a U.S. official said, under a 1988 agreement that requires each side to give advance notice of such launches.

A second U.S. official, speaking on condition of anonymity, said Washington had "watched the event closely" and assessed that the missile had exploded within seconds of leaving the silo.

The Sarmat, which NATO calls the Satan II, is meant to replace Soviet-era Voevoda missiles that have been in service since the 1980s and to carry multiple nuclear warheads. Russia carried out the first full flight test of the missile from Plesetsk in April 2022, sending a dummy warhead to the Kura range on the Kamchatka peninsula, and President Vladimir Putin said at the time the weapon would give "food for thought" to those who tried to threaten Russia.

Since then the programme has struggled. U.S. officials said a second test in February 2023 ended in failure, and satellite images from September 2024 showed that a launch attempt that month had wrecked another Plesetsk silo. Russian officials have never publicly acknowledged either setback.

Putin told military commanders in December that the Sarmat would be put on combat duty "in the very near future" and that Russia would keep building up its strategic nuclear forces "as long as the West continues its policy of pressure." The first regiment was originally promised for 2022.

The State Department said on Wednesday it would not comment on intelligence matters, but a spokesperson accused Moscow of "reckless nuclear saber-rattling" that "only isolates Russia further."

The apparent failure comes three months after the New START treaty, the last pact capping the two countries' deployed strategic warheads, lapsed in February with no replacement. Putin had proposed that both sides keep to its central limits for one more year; Washington did not formally respond.

Moscow has leaned on other novel systems in the meantime. Last October the General Staff said it had test-flown the nuclear-powered Burevestnik cruise missile for about 15 hours, and days later Putin announced a trial of the Poseidon nuclear-armed underwater drone.

Analysts said the setback was unlikely to stall the programme for long. "They have invested too much in Sarmat to walk away. I would expect them to try again before the end of the year, probably from the same complex," Holloway said.

A Russian defence industry source quoted by the Interfax news agency in March said flight trials of the missile would continue "on schedule", without giving dates.

(Reporting by Idrees Ali in Washington and the Moscow newsroom; Editing by Daniel Wallis)""",
        expect=[
            (W, "Russia's Sarmat ICBM failed in new test at Plesetsk", {"temporal": "new", "weapon": "icbm", "actor": "RUS"}),
            (W, "Russia's RS-28 Sarmat intercontinental ballistic missile appears to have failed during a test launch from the Plesetsk cosmodrome late last week", {"temporal": "new", "weapon": "icbm", "actor": "RUS"}),
            (W, "assessed that the missile had exploded within seconds of leaving the silo", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (W, "Russia carried out the first full flight test of the missile from Plesetsk in April 2022", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (E, "the weapon would give \"food for thought\" to those who tried to threaten Russia", {"actor": "RUS"}),
            (W, "a second test in February 2023 ended in failure", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (W, "a launch attempt that month had wrecked another Plesetsk silo", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (E, "the Sarmat would be put on combat duty \"in the very near future\"", {"actor": "RUS"}),
            (E, "Russia would keep building up its strategic nuclear forces", {"actor": "RUS"}),
            (E, "accused Moscow of \"reckless nuclear saber-rattling\"", {"actor": "USA"}),
            (W, "it had test-flown the nuclear-powered Burevestnik cruise missile", {"temporal": "historical", "weapon": "cruise_missile", "actor": "RUS"}),
            (W, "Putin announced a trial of the Poseidon nuclear-armed underwater drone", {"temporal": "historical", "actor": "RUS"}),
            (W, "flight trials of the missile would continue \"on schedule\"", {"temporal": "prospective", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
        ],
        optional=[
            (W, "catastrophic failure early in flight, or on the pad itself"),
            (W, "what we saw after the September 2024 attempt"),
            (W, "The Kremlin did not confirm that a launch had taken place"),
            (W, "Russia notified the United States of a planned ICBM launch in the middle of last week"),
            (W, "requires each side to give advance notice of such launches"),
            (W, "\"watched the event closely\""),
            (E, "that Russia would keep building up its strategic nuclear forces \"as long as the West continues its policy of pressure.\""),
            (E, "\"only isolates Russia further.\""),
            (W, "The apparent failure comes three months after"),
            (W, "the setback was unlikely to stall the programme"),
            (W, "I would expect them to try again before the end of the year"),
        ],
    ),
    Article(
        "n2 afp: pakistan test-fires ababeel days after india's agni-prime; 2025 clashes; joint statement",
        date(2026, 4, 10),
        """Pakistan, India trade missile tests a year after deadly clashes

ISLAMABAD, April 10, 2026 (AFP) - Pakistan said Friday it had successfully test-fired an Ababeel ballistic missile, a weapon designed to carry several nuclear warheads, four days after arch-rival India flight-tested a new variant of its Agni-Prime missile from a rail-mounted launcher.

The back-to-back launches by the nuclear-armed neighbours come almost a year after their worst fighting in decades, and came a day after an unusual joint statement in which both foreign ministries pledged to keep channels open.

The Pakistani military's media wing, ISPR, said the training launch was aimed at "validating various design and technical parameters" of the medium-range missile, including its multiple independently targetable re-entry vehicle (MIRV) system. It did not say where the missile was fired from or how far it flew.

"Pakistan's strategic forces stand fully ready, and any misadventure by the adversary will be met with a swift and befitting response," the statement quoted the head of the Army Strategic Forces Command as saying.

In New Delhi, the Defence Research and Development Organisation (DRDO) said Monday's test, off the coast of the eastern state of Odisha, "met all mission objectives". Defence Minister Rajnath Singh said on X that the launch from a moving rail network showed India's ability to disperse its deterrent "anywhere, at any time".

The Agni-Prime is a two-stage, solid-fuelled ballistic missile with a range of up to 2,000 kilometres (1,240 miles), according to Indian officials. It was first test-launched from a rail-based system in September 2024.

Pakistan unveiled the Ababeel in January 2017, when it said it had conducted the system's maiden flight, and Indian analysts have since regarded it as Islamabad's answer to New Delhi's missile defence plans. India in turn carried out its own first test of a multiple-warhead Agni-5 in March 2024, a flight Prime Minister Narendra Modi hailed as "Mission Divyastra".

Relations between the two countries have been frozen since May 2025, when India blamed Pakistan for a massacre of 26 civilians, mostly tourists, at Pahalgam in Indian-administered Kashmir. Islamabad denied any role. Over four days the two sides then traded missile, drone and artillery strikes before agreeing to a ceasefire announced by US President Donald Trump.

In the days before the fighting, Pakistan had test-fired its 450-kilometre Abdali surface-to-surface missile in what India's foreign ministry described as "a reckless provocation".

In Thursday's joint statement, the two foreign ministries said they remained committed to a 2005 agreement under which each gives the other advance notice of ballistic missile tests, and would "refrain from any action that could be misread as hostile".

India's army chief, General Upendra Dwivedi, struck a harder tone on Friday, telling a seminar in New Delhi that the military "will not hesitate to hit back harder than last time" if provoked.

Both countries have observed self-declared moratoriums on nuclear explosive testing since their tit-for-tat nuclear tests in May 1998, though neither has signed the Comprehensive Nuclear-Test-Ban Treaty.

Indian media have reported that DRDO is preparing to test an intercontinental-range Agni-6 once the government gives its approval, a step that analysts say would alarm Beijing as much as Islamabad.

"These tests are about reassurance at home as much as signalling across the border," said Ayesha Siddiqa, a defence analyst in London. "Neither side can afford to look like it blinked."

bur-sa/js""",
        expect=[
            (W, "Pakistan said Friday it had successfully test-fired an Ababeel ballistic missile", {"temporal": "new", "weapon": {"ballistic_missile", "irbm"}, "actor": "PAK"}),
            (W, "India flight-tested a new variant of its Agni-Prime missile from a rail-mounted launcher", {"temporal": "new", "weapon": {"ballistic_missile", "irbm", "unspecified"}, "actor": "IND"}),
            (W, "the training launch was aimed at \"validating various design and technical parameters\" of the medium-range missile", {"temporal": "new", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (E, "any misadventure by the adversary will be met with a swift and befitting response", {"actor": "PAK"}),
            (W, "Monday's test, off the coast of the eastern state of Odisha, \"met all mission objectives\"", {"temporal": "new", "weapon": _BM, "actor": "IND"}),
            (W, "It was first test-launched from a rail-based system in September 2024", {"temporal": "historical", "weapon": {"ballistic_missile", "irbm", "unspecified"}, "actor": "IND"}),
            (W, "it had conducted the system's maiden flight", {"temporal": "historical", "weapon": _BM, "actor": "PAK"}),
            (W, "India in turn carried out its own first test of a multiple-warhead Agni-5 in March 2024", {"temporal": "historical", "weapon": {"icbm", "irbm", "ballistic_missile", "unspecified"}, "actor": "IND"}),
            (E, "India blamed Pakistan for a massacre of 26 civilians", {"actor": "IND"}),
            (E, "the two sides then traded missile, drone and artillery strikes", {"actor": None}),
            (W, "Pakistan had test-fired its 450-kilometre Abdali surface-to-surface missile", {"temporal": "historical", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (E, "described as \"a reckless provocation\"", {"actor": "IND"}),
            (E, "\"will not hesitate to hit back harder than last time\" if provoked", {"actor": "IND"}),
            (M, "Both countries have observed self-declared moratoriums on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "their tit-for-tat nuclear tests in May 1998", {"temporal": "historical", "weapon": "nuclear", "actor": None}),
            (W, "DRDO is preparing to test an intercontinental-range Agni-6", {"temporal": "prospective", "weapon": "icbm", "actor": "IND"}),
        ],
        optional=[
            (W, "Pakistan, India trade missile tests a year after deadly clashes"),
            (W, "The back-to-back launches by the nuclear-armed neighbours"),
            (W, "It did not say where the missile was fired from or how far it flew"),
            (E, "Pakistan's strategic forces stand fully ready"),
            (W, "the launch from a moving rail network"),
            (E, "India's ability to disperse its deterrent \"anywhere, at any time\""),
            (W, "a flight Prime Minister Narendra Modi hailed as \"Mission Divyastra\""),
            (E, "Islamabad's answer to New Delhi's missile defence plans"),
            (W, "each gives the other advance notice of ballistic missile tests"),
            (E, "struck a harder tone on Friday"),
            (M, "neither has signed the Comprehensive Nuclear-Test-Ban Treaty"),
            (E, "would alarm Beijing as much as Islamabad"),
            (W, "These tests are about reassurance at home"),
            (E, "Neither side can afford to look like it blinked"),
        ],
    ),
    Article(
        "n3 al jazeera: houthis claim hypersonic strike on tanker; us 48-hour ultimatum; iran denies arming them",
        date(2026, 7, 8),
        """Houthis claim hypersonic missile strike on tanker as US issues 48-hour ultimatum

Yemen's Houthi rebels say they hit an oil tanker in the Red Sea with a hypersonic missile, as Washington warns of 'overwhelming' force and Tehran rejects claims it armed the group.

Yemen's Houthis say they struck a Greek-owned oil tanker in the southern Red Sea with a hypersonic ballistic missile, prompting the United States to give the group 48 hours to stop targeting commercial shipping or face a renewed bombing campaign.

Houthi military spokesman Yahya Saree said in a televised address late on Tuesday that the group's naval forces had targeted the Liberian-flagged Aegean Star with a "Palestine-2" missile and a number of drones, scoring what he called a "direct and accurate hit".

The United Kingdom Maritime Trade Operations (UKMTO) centre said a vessel about 70 nautical miles west of the Yemeni port of Hodeidah reported an explosion close to its starboard side and a small fire that the crew brought under control. No injuries were reported, and the ship continued to its next port of call.

Independent analysts have long questioned whether the missile the Houthis call hypersonic meets that definition. "What they showcase is a ballistic missile that is fast in its final phase; there is no evidence of a manoeuvring glide vehicle," said Fabian Hinz, a missile specialist at the International Institute for Strategic Studies. The group first claimed in March 2024 that it had successfully tested a hypersonic missile, a claim that could not be verified.

On Wednesday, US Secretary of State Marco Rubio said the Houthis must announce an end to attacks on merchant vessels "within 48 hours". "If they don't, we will hit them harder than they have ever been hit," he told reporters in Washington. Two US officials told Al Jazeera that an aircraft carrier strike group had been ordered to the Gulf of Aden.

The ultimatum runs out on Friday.

The Houthis brushed off the warning. "American threats do not frighten us. Any aggression against Yemen will be answered with escalation at sea and beyond," Mohammed Ali al-Houthi, a senior member of the group's political council, wrote on X.

Washington accuses Iran of supplying the Houthis with missile components, drones and training. At a news conference in Tehran, Iranian Foreign Ministry spokesman Esmaeil Baghaei denied the charge, calling it "baseless and repetitive", and said the Yemeni group "takes its decisions independently". He warned the US against "any adventurism that will set the region on fire".

The Houthis began attacking ships in the Red Sea and the Gulf of Aden in November 2023, saying they were acting in solidarity with Palestinians in Gaza. Between March and May last year the US carried out more than 1,000 air strikes on Houthi-held areas, before an Oman-brokered truce under which the group agreed to stop targeting American vessels.

That arrangement did not cover Israeli-linked shipping. In July 2025 the Houthis sank two bulk carriers, the Magic Seas and the Eternity C, killing at least four seafarers.

Tuesday's attack was the first claimed strike on a merchant ship in more than four months. Shipping insurers said war-risk premiums for Red Sea transits had already begun to rise.

"The Houthis want to show they are still a player, and the hypersonic label is part of the show," said Elisabeth Kendall, a Yemen expert at Girton College, Cambridge. "But an American campaign would test how much of their arsenal really survived last year."

SOURCE: Al Jazeera and news agencies""",
        expect=[
            (E, "Houthis claim hypersonic missile strike on tanker", {"actor": _YE}),
            (E, "Yemen's Houthi rebels say they hit an oil tanker in the Red Sea with a hypersonic missile", {"actor": _YE}),
            (E, "Washington warns of 'overwhelming' force", {"actor": "USA"}),
            (E, "Yemen's Houthis say they struck a Greek-owned oil tanker in the southern Red Sea with a hypersonic ballistic missile", {"actor": _YE}),
            (D, "US issues 48-hour ultimatum", {"due": "2026-07-10", "set_by": "USA"}),
            (E, "US issues 48-hour ultimatum", {"actor": "USA"}),
            (D, "give the group 48 hours to stop targeting commercial shipping", {"due": "2026-07-10", "set_by": "USA"}),
            (E, "face a renewed bombing campaign", {"actor": "USA"}),
            (E, "the group's naval forces had targeted the Liberian-flagged Aegean Star", {"actor": _YE}),
            (W, "it had successfully tested a hypersonic missile", {"temporal": "historical", "weapon": "hypersonic", "actor": _YE}),
            (D, "the Houthis must announce an end to attacks on merchant vessels \"within 48 hours\"", {"due": "2026-07-10", "set_by": "USA"}),
            (E, "the Houthis must announce an end to attacks on merchant vessels", {"actor": "USA"}),
            (E, "we will hit them harder than they have ever been hit", {"actor": "USA"}),
            (E, "an aircraft carrier strike group had been ordered to the Gulf of Aden", {"actor": "USA"}),
            (D, "The ultimatum runs out on Friday", {"due": "2026-07-10", "set_by": "USA"}),
            (E, "Any aggression against Yemen will be answered with escalation at sea and beyond", {"actor": _YE}),
            (E, "Washington accuses Iran of supplying the Houthis with missile components", {"actor": "USA"}),
            (E, "He warned the US against \"any adventurism that will set the region on fire\"", {"actor": "IRN"}),
            (E, "the US carried out more than 1,000 air strikes on Houthi-held areas", {"actor": "USA"}),
            (E, "the Houthis sank two bulk carriers", {"actor": _YE}),
        ],
        optional=[
            (W, "Houthis claim hypersonic missile strike on tanker"),
            (E, "The ultimatum runs out on Friday"),
            (W, "Yemen's Houthi rebels say they hit an oil tanker in the Red Sea with a hypersonic missile"),
            (W, "Yemen's Houthis say they struck a Greek-owned oil tanker in the southern Red Sea with a hypersonic ballistic missile"),
            (W, "with a \"Palestine-2\" missile and a number of drones"),
            (E, "scoring what he called a \"direct and accurate hit\""),
            (E, "reported an explosion close to its starboard side"),
            (W, "What they showcase is a ballistic missile that is fast in its final phase"),
            (W, "a claim that could not be verified"),
            (E, "The Houthis brushed off the warning"),
            (E, "American threats do not frighten us"),
            (E, "denied the charge, calling it \"baseless and repetitive\""),
            (E, "The Houthis began attacking ships in the Red Sea and the Gulf of Aden in November 2023"),
            (M, "the group agreed to stop targeting American vessels"),
            (E, "Tuesday's attack was the first claimed strike on a merchant ship"),
            (E, "The Houthis want to show they are still a player"),
            (E, "an American campaign would test how much of their arsenal really survived"),
            (W, "an American campaign would test how much of their arsenal really survived"),
        ],
    ),
    Article(
        "n4 arms-control brief: ctbt holdouts, russia's de-ratification, nevada subcritical work, keep the moratoria",
        date(2026, 8, 27),
        """ISSUE BRIEF: Nuclear Test Moratoria Are Fraying. Here Is What Would Hold Them Together

Volume 18, Issue 7 | August 27, 2026

Ahead of the International Day against Nuclear Tests on Saturday, the global taboo on nuclear explosive testing looks more brittle than at any point since the Comprehensive Nuclear-Test-Ban Treaty (CTBT) was concluded three decades ago. This brief reviews where the treaty stands, the recent moves that have put it under pressure, and what states can do about it.

Entry into force stalled

The CTBT cannot enter into force until all 44 states listed in its Annex 2, those that possessed nuclear power or research reactors when it was negotiated, have ratified it. Nine of them have not: China, Egypt, India, Iran, Israel, North Korea, Pakistan, the United States and, since 2023, Russia. India, North Korea and Pakistan have not even signed.

Moscow withdrew its instrument of ratification in November 2023, with President Vladimir Putin saying Russia was merely "mirroring" the position of the United States, which signed in 1996 but whose Senate rejected the treaty in 1999. Russian diplomats insisted at the time that Russia would stay a signatory and would not resume testing unless Washington did so first.

Pressure from Washington and Moscow

That conditional restraint has been tested. In October 2025, President Donald Trump announced on social media that he had instructed the Pentagon to begin testing U.S. nuclear weapons "on an equal basis" with other countries. Energy Secretary Chris Wright later said the planned work would consist of "noncritical" system tests and would not involve nuclear explosions, but the administration has not ruled out an explosive test.

Putin responded by ordering his ministries to prepare proposals for a possible resumption of nuclear weapons tests at the Arctic site of Novaya Zemlya, and Russian officials have accused Washington of readying the Nevada National Security Site for a full-scale detonation.

The National Nuclear Security Administration does continue to run subcritical experiments in tunnels deep beneath the Nevada desert, most recently in the spring of this year. These use high explosives and small quantities of plutonium but are designed never to reach a self-sustaining chain reaction, and U.S. officials say they are consistent with the treaty. Russian and Chinese officials have nonetheless cited them as evidence of U.S. bad faith.

Satellite imagery has also shown new tunnelling and construction at China's Lop Nur test site since 2020, and the State Department has accused Beijing of possibly conducting low-yield experiments there, an allegation China rejects.

The last explosions

Only one country has set off nuclear explosions this century. North Korea conducted six nuclear tests between October 2006 and September 2017, each of them detected by the CTBT Organization's International Monitoring System. South Korean officials say the Punggye-ri site remains ready for a seventh detonation at short notice.

The five permanent members of the U.N. Security Council all stopped explosive testing by 1996. The United States has adhered to a testing moratorium since October 1992, when Congress passed a nine-month halt that successive presidents extended. India and Pakistan declared unilateral halts after their 1998 tests.

Recommendations

The Arms Control Association urges the following steps:

- The United States and Russia should publicly reaffirm their moratoriums on nuclear explosive testing and invite reciprocal observation visits to Nevada and Novaya Zemlya.
- Congress should pass pending legislation that would prohibit spending on any nuclear test explosion without prior congressional approval.
- All states that have not done so should sign and ratify the CTBT, and the Annex 2 holdouts should at minimum declare that they will not be the first to resume testing.
- States should continue to fund the International Monitoring System, whose budget contributions are due by the end of the year.

U.N. Secretary-General Antonio Guterres made a similar appeal last week, calling on every nuclear-armed state to "maintain, without conditions, the existing moratoriums on nuclear test explosions."

"A single explosive test by any of the major powers would likely trigger a cascade," said Daryl Kimball, the association's executive director. "The moratoria are the only thing standing between us and a new era of testing." """,
        expect=[
            (E, "Moscow withdrew its instrument of ratification in November 2023", {"actor": "RUS"}),
            (M, "Russia would stay a signatory and would not resume testing unless Washington did so first", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
            (W, "he had instructed the Pentagon to begin testing U.S. nuclear weapons \"on an equal basis\" with other countries", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "he had instructed the Pentagon to begin testing U.S. nuclear weapons", {"actor": "USA"}),
            (E, "Putin responded by ordering his ministries to prepare proposals for a possible resumption of nuclear weapons tests", {"actor": "RUS"}),
            (M, "a possible resumption of nuclear weapons tests at the Arctic site of Novaya Zemlya", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Russian officials have accused Washington of readying the Nevada National Security Site for a full-scale detonation", {"actor": "RUS"}),
            (E, "the State Department has accused Beijing of possibly conducting low-yield experiments there", {"actor": "USA"}),
            (W, "North Korea conducted six nuclear tests between October 2006 and September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "the Punggye-ri site remains ready for a seventh detonation at short notice", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (M, "The five permanent members of the U.N. Security Council all stopped explosive testing by 1996", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (M, "The United States has adhered to a testing moratorium since October 1992", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (M, "India and Pakistan declared unilateral halts after their 1998 tests", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (M, "The United States and Russia should publicly reaffirm their moratoriums on nuclear explosive testing", {"status": "called_for", "scope": ["nuclear"], "actor": None}),
            (M, "legislation that would prohibit spending on any nuclear test explosion without prior congressional approval", {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
            (M, "\"maintain, without conditions, the existing moratoriums on nuclear test explosions.\"", {"status": "called_for", "scope": ["nuclear"], "actor": None}),
        ],
        optional=[
            (M, "Nuclear Test Moratoria Are Fraying"),
            (M, "the global taboo on nuclear explosive testing"),
            (M, "Comprehensive Nuclear-Test-Ban Treaty (CTBT)"),
            (E, "whose Senate rejected the treaty in 1999"),
            (E, "Russia was merely \"mirroring\" the position of the United States"),
            (M, "That conditional restraint has been tested"),
            (E, "would not resume testing unless Washington did so first"),
            (W, "would consist of \"noncritical\" system tests and would not involve nuclear explosions"),
            (W, "the administration has not ruled out an explosive test"),
            (W, "a possible resumption of nuclear weapons tests"),
            (D, "whose budget contributions are due by the end of the year"),
            (W, "continue to run subcritical experiments in tunnels deep beneath the Nevada desert"),
            (E, "cited them as evidence of U.S. bad faith"),
            (W, "new tunnelling and construction at China's Lop Nur test site"),
            (W, "possibly conducting low-yield experiments there"),
            (W, "Only one country has set off nuclear explosions this century"),
            (W, "India and Pakistan declared unilateral halts after their 1998 tests"),
            (W, "when Congress passed a nine-month halt"),
            (M, "when Congress passed a nine-month halt that successive presidents extended"),
            (M, "declare that they will not be the first to resume testing"),
            (W, "A single explosive test by any of the major powers"),
            (M, "The moratoria are the only thing standing between us and a new era of testing"),
            (W, "a new era of testing"),
        ],
    ),
    Article(
        "n5 out of domain, kyodo-style: telecom launches 6g tests, regulator deadline, price war escalates",
        date(2026, 3, 3),
        """Sakura Mobile launches 6G field tests as price war with rivals escalates

TOKYO, March 3 (Kyodo) -- Sakura Mobile Inc. said Tuesday it has launched outdoor tests of sixth-generation (6G) wireless technology in central Tokyo, firing the opening shot in what analysts expect to be a costly race with larger rivals to commercialize the next standard by the end of the decade.

The trials, conducted with equipment makers at 40 base stations in the Shibuya and Minato wards, reached peak download speeds of about 100 gigabits per second over short distances, the company said. A second round of testing using sub-terahertz frequencies is planned for the autumn.

"We have proved the technology works outside the laboratory. The next test is whether we can build a business on it," President Kenji Morioka told a press conference, adding that the company aims to launch a limited commercial service in 2029.

The announcement came as the internal affairs ministry gave Japan's four mobile carriers until March 31 to submit plans for sharing rural towers, a deadline officials said would not be extended. Carriers that miss the end-of-month deadline could lose priority in the next spectrum auction, the ministry warned.

The ministry also set a 90-day window for public comment on rules for 6G frequency allocation, and said a final decision would come before the end of the fiscal year.

Meanwhile, a price war in the low-cost segment has escalated since January, when a rival slashed the monthly fee for its 20-gigabyte plan to 1,980 yen. Sakura Mobile hit back with a 1,780-yen plan last week, and analysts warned that further escalation could squeeze margins across the industry.

"This is a war of attrition, and the smaller players have the least ammunition," said Yuki Tanabe, a telecoms analyst at a Tokyo brokerage. "Nobody wants to be the first to blink, so I expect another round of cuts before the fiscal year-end."

The company's shares fell 3.2 percent in Tokyo trading after the announcement, while the broader Topix index slipped 0.4 percent.

Sakura Mobile also said it had fired the head of its consumer division following a data-handling breach that exposed the personal information of about 12,000 customers. The ministry ordered the company in February to report on measures to prevent a recurrence within 30 days, and the company said it had met that deadline.

Industry groups have called for a moratorium on new price cuts until the ministry completes its review of competition in the sector, a proposal consumer advocates dismissed as an attempt to freeze prices at the expense of users.

Separately, the company said its satellite partner would launch a test satellite for direct-to-smartphone coverage in June on a commercial rocket from New Zealand, targeting remote islands and mountainous areas.

The stress test of its network during the New Year holiday, when traffic peaked at three times normal levels, showed no major outages, the company added.

Sakura Mobile, which has about 9 million subscribers, entered the market in 2020 and has been aggressively expanding its own network to reduce its reliance on roaming agreements.

==Kyodo""",
        expect=[],
        optional=[],
    ),
    Article(
        "n6 out of domain, ap-style: airline engine test after blowout, regulator's flight moratorium, pilots' ultimatum",
        date(2026, 8, 14),
        """Regulator halts flights of airline's A321 fleet after engine blowout; pilots issue ultimatum

FRANKFURT, Germany (AP) — Germany's aviation regulator on Friday imposed a moratorium on flights by a budget carrier's Airbus A321neo fleet, a day after one of its jets returned to Frankfurt with a shattered engine, while the airline's pilots threatened to strike over what they called years of cost-cutting on maintenance.

The Luftfahrt-Bundesamt said the suspension would stay in force until Nordwind Air could show that every affected engine had passed a borescope inspection. The airline has until Aug. 21 to submit inspection records for its 23 jets, the regulator said, warning that aircraft not cleared by then would stay grounded for a further month.

Passengers on Thursday's flight to Palma de Mallorca described a loud bang shortly after takeoff, followed by flames from the left engine. "It sounded like an explosion, and then the whole cabin was shaking," said one passenger, who asked not to be named. The pilots shut down the engine and landed safely 25 minutes later. No one was hurt.

Investigators from Germany's Federal Bureau of Aircraft Accident Investigation said fragments of a fan blade had pierced the engine casing. The engine will be shipped to the manufacturer, where it will undergo a full teardown and test-cell run to determine whether the blade failed because of a manufacturing defect or fatigue.

Nordwind chief executive Lars Bremer apologised to passengers and said the airline had launched its own review. "Safety is not negotiable. We will not fly these aircraft until we and the regulator are certain," he said. The airline later fired the contractor responsible for engine inspections at its Leipzig base.

The carrier said about 300 flights would be canceled through next week, affecting roughly 45,000 passengers, and that it was trying to wet-lease aircraft to fill the gaps.

The pilots' union Vereinigung Cockpit gave management an ultimatum: agree within 72 hours to independent audits of all maintenance records, or its members would walk out. "We have warned about this for two years. The deadline is not a bluff," union spokesman Matthias Koch said.

The dispute is the latest escalation in a long-running conflict over pay and working conditions at the airline, which has struggled since a failed expansion in 2024. Cabin crew staged a two-day strike in the spring.

Aviation analyst Heinrich Grossmann said the grounding would cost the airline several million euros a week. "The real test for Nordwind is whether customers come back after this," he said.

The engine maker said in a statement that it was supporting the investigation and that there was "no indication at this stage" of a fleetwide issue. Other operators of the same engine type have not been ordered to halt flights.

The incident comes weeks after the European Union Aviation Safety Agency set a deadline of Sept. 30 for airlines to complete additional inspections on a separate batch of engines with suspect parts.

Shares in Nordwind's parent company fell 11% in Frankfurt trading.""",
        expect=[],
        optional=[],
    ),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('m2 ', E, 'Pyongyang had "no interest" in any proposal from Seoul', None),
    ('m3 ', E, 'Europe starts sanctions snapback clock', {}),  # want {'actor': None}, read {'actor': ['IRN']}
    ('m3 ', E, 'Britain, France and Germany launched a process to restore the measures', None),
    ('m3 ', E, 'Iran had been enriching uranium to up to 60% purity', None),
    ('m3 ', E, 'breaking U.N. seals at its Natanz plant and resuming the work in early 2006', None),
    ('m4 ', W, 'a Ground Self-Defense Force launcher on the Hokkaido coast sent an upgraded Type-12 missile out over the Pacific', None),
    ('m4 ', W, 'the cruise missile, whose range has been extended from about 200 kilometers to roughly 1,000 km, hit a decommissioned vessel', None),
    ('m4 ', W, 'Earlier flight tests of the upgraded Type-12 were carried out at a U.S. range in California', {'weapon': {'cruise_missile', 'unspecified'}, 'temporal': 'historical'}),  # want {'actor': 'JPN'}, read {'actor': ['USA']}
    ('m4 ', E, 'has bought up to 400 U.S.-made Tomahawk cruise missiles', None),
    ('m4 ', E, "the Chinese navy's Shandong carrier group conducted drills east of Taiwan", None),
    ('n2 ', W, 'Pakistan had test-fired its 450-kilometre Abdali surface-to-surface missile', {'weapon': {'srbm', 'ballistic_missile', 'unspecified'}, 'actor': 'PAK'}),  # want {'temporal': 'historical'}, read {'temporal': ['new']}
    ('n3 ', E, "the group's naval forces had targeted the Liberian-flagged Aegean Star", None),
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND17, _prefix), _kind, _phrase, _attrs)
