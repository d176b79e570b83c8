"""Round 13 of the challenge articles: 12 fresh articles (eight in the domain, four out of it),
the f-series chosen for hard attribution, written and labelled after round 12's fixes and run
before round 13's (while fixes of round 12's known gaps were landing): they scored 67/104
required signals right with 2 false alarms."""


from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

ROUND13: list[Article] = [
    Article(
        "e1 north korea 600mm rocket salvo toward yellow sea; jcs says srbms; kcna names launcher next day",
        date(2026, 6, 4),
        """SEOUL, June 4 (Yonhap) -- North Korean leader Kim Jong Un oversaw a salvo test of an upgraded 600 mm multiple rocket launcher system the previous day, state media reported Thursday, after South Korea's military detected the launch of multiple short-range ballistic missiles toward the Yellow Sea.

The Korean Central News Agency (KCNA) said 12 rockets were fired from four mobile launchers in what it called a "fire assault drill" aimed at verifying a new automated fire-control system and the "combat readiness" of frontline artillery units. All the rockets hit a target island about 190 kilometers away "with pinpoint accuracy," the agency claimed.

On Wednesday, the Joint Chiefs of Staff (JCS) said it had detected several short-range ballistic missiles fired from the Sukchon area in South Phyongan Province at around 3:20 p.m. The missiles flew some 200 km before falling into waters off the west coast, it said, adding that South Korean and U.S. intelligence authorities were analyzing the specifications.

"We strongly condemn North Korea's launch as a clear provocation that threatens peace and stability on the Korean Peninsula," the JCS said in a statement. "Our military maintains a full readiness posture and stands ready to retaliate decisively against any further provocation."

Seoul and Washington classify the guided 600 mm rockets, known in the South as the KN-25, as short-range ballistic missiles because of their size and flight trajectory. Pyongyang calls them "super-large" multiple rocket launchers.

According to KCNA, Kim said the upgraded system would be "deployed in large numbers" to units along the southern border by the end of the year and warned that the enemies of the North would face "catastrophic" consequences if they dared to infringe on its sovereignty.

In Tokyo, the Defense Ministry said the missiles had fallen in the Yellow Sea, far from Japan's exclusive economic zone, and that it had detected no launch toward the Sea of Japan.

Wednesday's firing was the North's first ballistic missile launch since April 22, when it fired an unspecified number of short-range missiles off its east coast. The North last showcased the 600 mm system in May 2024, when Kim watched 18 launchers fire a simultaneous volley in what state media called a "nuclear counterattack" simulation.

It also came a week after the North's General Staff warned it would take "strong countermeasures" against joint live-fire drills by South Korean and American troops near the inter-Korean border.

"The rocket system is designed to carry tactical nuclear warheads, so the message is aimed squarely at the South," said Kim Tae-hoon, a researcher at the Asan Institute for Policy Studies in Seoul. "Pyongyang may follow up with a longer-range launch around the U.S. Independence Day holiday, as it has done in previous years."

Cho Han-bum, a senior fellow at the Korea Institute for National Unification, said the drill also appeared intended to demonstrate the reliability of artillery the North has been accused of supplying to Russia for use in the war in Ukraine, an allegation Pyongyang denies.

North Korea has rejected repeated overtures from Seoul and Washington to resume dialogue, saying its status as a nuclear weapons state is "irreversible." """,
        expect=[
            (W, "oversaw a salvo test of an upgraded 600 mm multiple rocket launcher system", {"temporal": "new", "weapon": {"rocket_artillery", "srbm"}, "actor": "PRK"}),
            (W, "the launch of multiple short-range ballistic missiles toward the Yellow Sea", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "12 rockets were fired from four mobile launchers", {"temporal": "new", "weapon": {"rocket_artillery", "srbm", "unspecified"}, "actor": "PRK"}),
            (W, "it had detected several short-range ballistic missiles fired from the Sukchon area", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (E, "stands ready to retaliate decisively against any further provocation", {"actor": "KOR"}),
            (E, 'the upgraded system would be "deployed in large numbers" to units along the southern border', {"actor": "PRK"}),
            (E, 'warned that the enemies of the North would face "catastrophic" consequences', {"actor": "PRK"}),
            (W, "when it fired an unspecified number of short-range missiles off its east coast", {"temporal": "historical", "weapon": "srbm", "actor": "PRK"}),
            (W, "Kim watched 18 launchers fire a simultaneous volley", {"temporal": "historical", "weapon": {"rocket_artillery", "srbm"}, "actor": "PRK"}),
            (E, 'warned it would take "strong countermeasures" against joint live-fire drills', {"actor": "PRK"}),
            (W, "Pyongyang may follow up with a longer-range launch", {"temporal": "prospective", "actor": "PRK"}),
            (E, "North Korea has rejected repeated overtures from Seoul and Washington to resume dialogue", {"actor": "PRK"}),
        ],
        optional=[
            (E, "We strongly condemn North Korea's launch as a clear provocation"),
            (W, "We strongly condemn North Korea's launch"),
            (W, "All the rockets hit a target island about 190 kilometers away"),
            (W, "The missiles flew some 200 km before falling into waters off the west coast"),
            (W, "it had detected no launch toward the Sea of Japan"),
            (W, "Wednesday's firing was the North's first ballistic missile launch since April 22"),
            (E, '"nuclear counterattack" simulation'),
            (E, "joint live-fire drills by South Korean and American troops near the inter-Korean border"),
            (E, "The rocket system is designed to carry tactical nuclear warheads"),
            (E, "artillery the North has been accused of supplying to Russia"),
            (E, 'its status as a nuclear weapons state is "irreversible."'),
        ],
    ),
    Article(
        "e2 kim yo jong demands trilateral freedom edge drills halt by friday; carrier deployment; nuclear test speculation",
        date(2026, 6, 16),
        """SEOUL, South Korea (AP) — The powerful sister of North Korean leader Kim Jong Un on Tuesday demanded that the United States, South Korea and Japan call off their ongoing trilateral military exercise by Friday, warning that Pyongyang would otherwise take "offensive countermeasures" that the allies would "bitterly regret."

The statement by Kim Yo Jong, carried by the official Korean Central News Agency, came a day after the three countries launched the multi-domain Freedom Edge exercise in international waters south of South Korea's Jeju island, involving the U.S. aircraft carrier George Washington, Aegis-equipped destroyers and fighter jets from all three nations.

Kim called the drills "a rehearsal for a nuclear war of aggression" and described the trilateral security partnership as "an Asian version of NATO" aimed at encircling the North.

"If the gangsters do not stop their reckless military adventure by midnight on June 19, the DPRK will regard it as a declaration of confrontation and exercise its right to self-defense without hesitation," she said. "The responsibility for what follows will rest entirely with Washington and its stooges."

South Korea's Defense Ministry said the exercise, scheduled to run through Saturday, was defensive in nature and would proceed as planned. "We will not bow to threats," ministry spokesperson Jeon Ha-kyu told reporters. Japanese Chief Cabinet Secretary Minoru Kihara said Tokyo was monitoring North Korean military movements with a "strong sense of vigilance."

U.S. Indo-Pacific Command said in a statement that the carrier's presence demonstrated Washington's "ironclad" commitment to the defense of its allies.

It is not the first time Kim Yo Jong has attached a time limit to a threat. In 2020, she gave Seoul days to stop activists from floating propaganda leaflets across the border before the North blew up an inter-Korean liaison office in the border town of Kaesong.

Analysts said the North could respond with a show of force once the deadline passes. "The most likely option is a ballistic missile launch, but they might test-fire an intercontinental ballistic missile to make the point to Washington," said Lee Sang-min, a professor of North Korean studies at Kyungnam University.

South Korea's National Intelligence Service has told lawmakers the North could conduct a seventh nuclear test at its Punggye-ri site whenever its leadership decides to. North Korea carried out its sixth and most recent nuclear explosion in September 2017, claiming it was a hydrogen bomb.

Commercial satellite imagery in recent weeks has also shown new construction at the Sohae Satellite Launching Ground, where the North put its first military reconnaissance satellite into orbit in November 2023 using technology that the U.N. bans as ballistic missile-related.

Freedom Edge was first held in June 2024, and the three countries agreed last year to hold it regularly. Pyongyang has responded to previous rounds with missile launches and threats, and has repeatedly rejected calls from Washington to return to denuclearization talks, saying it would "never" give up its nuclear weapons. """,
        expect=[
            (D, "call off their ongoing trilateral military exercise by Friday", {"due": "2026-06-19", "set_by": "PRK"}),
            (E, 'warning that Pyongyang would otherwise take "offensive countermeasures"', {"actor": "PRK"}),
            (E, 'Kim called the drills "a rehearsal for a nuclear war of aggression"', {"actor": "PRK"}),
            (E, 'described the trilateral security partnership as "an Asian version of NATO"', {"actor": "PRK"}),
            (D, "stop their reckless military adventure by midnight on June 19", {"due": "2026-06-19", "set_by": "PRK"}),
            (E, "exercise its right to self-defense without hesitation", {"actor": "PRK"}),
            (W, "they might test-fire an intercontinental ballistic missile", {"temporal": "prospective", "weapon": "icbm", "actor": "PRK"}),
            (W, "the North could conduct a seventh nuclear test at its Punggye-ri site", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "North Korea carried out its sixth and most recent nuclear explosion in September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "the North put its first military reconnaissance satellite into orbit in November 2023", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (E, "has repeatedly rejected calls from Washington to return to denuclearization talks", {"actor": "PRK"}),
        ],
        optional=[
            (E, '"bitterly regret."'),
            (E, "the three countries launched the multi-domain Freedom Edge exercise"),
            (E, "aimed at encircling the North"),
            (E, "The responsibility for what follows will rest entirely with Washington and its stooges"),
            (E, "We will not bow to threats"),
            (E, 'monitoring North Korean military movements with a "strong sense of vigilance."'),
            (E, 'the carrier\'s presence demonstrated Washington\'s "ironclad" commitment'),
            (D, "Kim Yo Jong has attached a time limit to a threat"),
            (D, "she gave Seoul days to stop activists from floating propaganda leaflets"),
            (E, "the North blew up an inter-Korean liaison office"),
            (E, "the North could respond with a show of force once the deadline passes"),
            (D, "once the deadline passes"),
            (W, "The most likely option is a ballistic missile launch"),
            (W, "new construction at the Sohae Satellite Launching Ground"),
            (W, "Pyongyang has responded to previous rounds with missile launches"),
            (E, "Pyongyang has responded to previous rounds with missile launches and threats"),
            (E, 'it would "never" give up its nuclear weapons'),
        ],
    ),
    Article(
        "e3 irgc unveils and test-fires new naval cruise missile in gulf of oman; iaea board sets aug 31 deadline",
        date(2026, 6, 10),
        """DUBAI, June 10 (Reuters) - Iran's Revolutionary Guards unveiled a new long-range naval cruise missile on Wednesday and test-fired it at a target in the Gulf of Oman, state media said, a day after the U.N. nuclear watchdog's board passed a resolution demanding that Tehran account for its stockpile of highly enriched uranium.

State television showed the missile, named Ghadir-e Darya, being launched from a truck-mounted coastal battery and, in a second clip, from a fast-attack craft, before striking a decommissioned vessel. The Guards said the missile had a range of more than 1,000 km (620 miles) and could fly at very low altitude to evade radar.

"Any enemy warship that threatens our waters will be sent to the bottom of the sea," the commander of the Guards' naval arm said at the ceremony, adding that the new missile would be delivered to coastal units "in large numbers" this year.

Reuters could not independently verify the footage. The Guards last test-fired naval cruise missiles during war games in the Strait of Hormuz in February.

The International Atomic Energy Agency's 35-nation Board of Governors on Tuesday adopted a resolution, drafted by Britain, France, Germany and the United States, that gives Iran until Aug. 31 to provide inspectors with information on the location and condition of about 440 kg of uranium enriched to up to 60% purity, diplomats said.

The stockpile has not been verified by the IAEA since Israeli and U.S. strikes hit Iran's main nuclear sites last June. Tehran suspended its cooperation with the agency in July, barring inspectors from the bombed facilities.

Diplomats said that if Iran missed the deadline, the board could refer the matter to the U.N. Security Council at its next regular meeting in September. The resolution passed with 20 votes in favour, three against, including Russia and China, and 12 abstentions.

Iran's foreign ministry called the resolution "politically motivated" and said Tehran would respond with "appropriate measures." Several hardline lawmakers renewed calls for Iran to withdraw from the Nuclear Non-Proliferation Treaty, a step that would end all inspections.

"The Europeans have already used their snapback card. What leverage do they think they have left?" foreign ministry spokesperson Esmaeil Baghaei told a weekly news conference, referring to the reimposition of U.N. sanctions last September.

Analysts said the timing of the missile unveiling was no coincidence. "Tehran is signalling that pressure on the nuclear file can be answered in the Gulf, where a fifth of the world's oil passes," said Farzin Nadimi, a Gulf security analyst. "It is a reminder that shipping is hostage to the dispute."

The U.S. State Department said it was aware of the reports and called on Iran to halt "destabilising" missile activity, while a spokesperson for the E3 said the door to diplomacy remained open if Tehran restored full cooperation with inspectors. """,
        expect=[
            (W, "test-fired it at a target in the Gulf of Oman", {"temporal": "new", "weapon": "cruise_missile", "actor": "IRN"}),
            (W, "being launched from a truck-mounted coastal battery", {"temporal": "new", "weapon": {"cruise_missile", "unspecified"}, "actor": "IRN"}),
            (E, "Any enemy warship that threatens our waters will be sent to the bottom of the sea", {"actor": "IRN"}),
            (E, 'the new missile would be delivered to coastal units "in large numbers" this year', {"actor": "IRN"}),
            (W, "The Guards last test-fired naval cruise missiles during war games in the Strait of Hormuz in February", {"temporal": "historical", "weapon": "cruise_missile", "actor": "IRN"}),
            (D, "gives Iran until Aug. 31 to provide inspectors with information", {"due": "2026-08-31", "set_by": None}),
            (E, "Israeli and U.S. strikes hit Iran's main nuclear sites last June", {"actor": None}),
            (E, "Tehran suspended its cooperation with the agency in July", {"actor": "IRN"}),
            (E, 'Tehran would respond with "appropriate measures."', {"actor": "IRN"}),
            (E, "renewed calls for Iran to withdraw from the Nuclear Non-Proliferation Treaty", {"actor": "IRN"}),
        ],
        optional=[
            (W, "unveiled a new long-range naval cruise missile"),
            (E, "unveiled a new long-range naval cruise missile"),
            (D, "a resolution demanding that Tehran account for its stockpile"),
            (W, "before striking a decommissioned vessel"),
            (W, "in a second clip, from a fast-attack craft"),
            (W, "Reuters could not independently verify the footage"),
            (D, "if Iran missed the deadline"),
            (E, 'called the resolution "politically motivated"'),
            (E, "barring inspectors from the bombed facilities"),
            (E, "The Europeans have already used their snapback card"),
            (E, "the reimposition of U.N. sanctions last September"),
            (W, "the timing of the missile unveiling"),
            (E, "pressure on the nuclear file can be answered in the Gulf"),
            (E, "shipping is hostage to the dispute"),
            (E, 'called on Iran to halt "destabilising" missile activity'),
            (M, 'called on Iran to halt "destabilising" missile activity'),
            (E, "the board could refer the matter to the U.N. Security Council"),
        ],
    ),
    Article(
        "e4 russia-belarus tactical nuclear drills with oreshnik; yars launch; kremlin on ctbt and test moratorium",
        date(2026, 5, 27),
        """MOSCOW, May 27 (Reuters) - Russia and Belarus began joint exercises on Tuesday to practise the preparation and use of tactical nuclear weapons, in what Moscow called a response to "provocative" statements by Western leaders, as the Kremlin said Russia would keep its moratorium on nuclear testing only as long as the United States did the same.

The Russian Defence Ministry said the drills, the third such joint exercise since 2024, involved Iskander-M missile units and aircraft crews practising receiving "special munitions", moving them covertly to field positions and preparing them for use. Belarus's defence ministry said its units were taking part under a single plan with Russian forces.

Belarusian President Alexander Lukashenko said the Oreshnik intermediate-range missile system, which Russia stationed in Belarus late last year, had been "put on combat duty" and would be involved in the exercise. "If anyone attacks Belarus, we will answer with everything we have, and the answer will be instant," Lukashenko told military officers in Minsk.

Russia first used the Oreshnik, which Putin says can fly at ten times the speed of sound, when it struck a defence plant in the Ukrainian city of Dnipro in November 2024. Putin has since said serial production of the missile is under way.

Separately, the Strategic Missile Forces test-launched a Yars intercontinental ballistic missile from the Plesetsk cosmodrome on Tuesday, the ministry said, adding that the dummy warhead hit its target on the Kura range in Kamchatka.

Asked about nuclear testing, Kremlin spokesman Dmitry Peskov said: "Russia continues to observe the moratorium. But if someone carries out a full-scale test, we will be obliged to act in a mirror-like fashion."

U.S. President Donald Trump ordered the Pentagon last October to begin testing nuclear weapons "on an equal basis" with other powers, though U.S. Energy Secretary Chris Wright later said the planned tests would not involve nuclear explosions. The United States has not conducted an explosive test since 1992.

Putin in November instructed officials to draw up proposals for possible preparations for nuclear tests, while saying Moscow would not be the first to break the moratorium. Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 2023, saying it was mirroring the United States, which signed but never ratified the pact.

The Soviet Union conducted its last nuclear test in 1990 at the Novaya Zemlya archipelago in the Arctic, where satellite imagery shows Russia has continued to expand tunnels and support facilities.

Robert Floyd, executive secretary of the CTBT Organization in Vienna, urged all states to maintain their moratoriums on nuclear explosive testing, saying any test "would reverberate far beyond the country that conducts it."

NATO said it had seen no change in Russia's nuclear posture that would require the alliance to adjust its own, but a spokesperson said the drills were part of a pattern of "dangerous and irresponsible nuclear rhetoric" from Moscow.

"The exercises are about signalling, not about preparing for actual use," said Hanna Notte, a Berlin-based arms control expert. "But each round normalises the idea of nuclear weapons being moved closer to NATO's borders." """,
        expect=[
            (E, "Russia and Belarus began joint exercises on Tuesday to practise the preparation and use of tactical nuclear weapons", {"actor": None}),
            (M, "Russia would keep its moratorium on nuclear testing only as long as the United States did the same", {"status": {"threatened", "in_force"}, "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Russia would keep its moratorium on nuclear testing only as long as the United States did the same", {"actor": "RUS"}),
            (E, 'the Oreshnik intermediate-range missile system, which Russia stationed in Belarus late last year, had been "put on combat duty"', {"actor": {"RUS", "BLR"}}),
            (E, "If anyone attacks Belarus, we will answer with everything we have", {"actor": "BLR"}),
            (E, "it struck a defence plant in the Ukrainian city of Dnipro in November 2024", {"actor": "RUS"}),
            (E, "serial production of the missile is under way", {"actor": "RUS"}),
            (W, "the Strategic Missile Forces test-launched a Yars intercontinental ballistic missile", {"temporal": "new", "weapon": "icbm", "actor": "RUS"}),
            (M, "Russia continues to observe the moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (M, "we will be obliged to act in a mirror-like fashion", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "we will be obliged to act in a mirror-like fashion", {"actor": "RUS"}),
            (W, 'ordered the Pentagon last October to begin testing nuclear weapons "on an equal basis"', {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, 'ordered the Pentagon last October to begin testing nuclear weapons "on an equal basis"', {"actor": "USA"}),
            (W, "instructed officials to draw up proposals for possible preparations for nuclear tests", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "instructed officials to draw up proposals for possible preparations for nuclear tests", {"actor": "RUS"}),
            (M, "Moscow would not be the first to break the moratorium", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 2023", {"actor": "RUS"}),
            (W, "The Soviet Union conducted its last nuclear test in 1990", {"temporal": "historical", "weapon": "nuclear", "actor": {"RUS", "SUN"}}),
            (M, "urged all states to maintain their moratoriums on nuclear explosive testing", {"status": "called_for", "scope": ["nuclear"], "actor": None}),
        ],
        optional=[
            (E, 'a response to "provocative" statements by Western leaders'),
            (E, "Moscow would not be the first to break the moratorium"),
            (E, 'Iskander-M missile units and aircraft crews practising receiving "special munitions"'),
            (E, "the answer will be instant"),
            (W, "Russia first used the Oreshnik"),
            (W, "the dummy warhead hit its target on the Kura range in Kamchatka"),
            (W, "if someone carries out a full-scale test"),
            (W, "the planned tests would not involve nuclear explosions"),
            (M, "The United States has not conducted an explosive test since 1992"),
            (W, "The United States has not conducted an explosive test since 1992"),
            (M, "the Comprehensive Nuclear-Test-Ban Treaty (CTBT)"),
            (W, "Russia has continued to expand tunnels and support facilities"),
            (E, "Russia has continued to expand tunnels and support facilities"),
            (W, 'any test "would reverberate far beyond the country that conducts it."'),
            (E, 'a pattern of "dangerous and irresponsible nuclear rhetoric" from Moscow'),
            (E, "nuclear weapons being moved closer to NATO's borders"),
        ],
    ),
    Article(
        "e5 out of domain: faa orders engine inspections within 30 days after uncontained failure; engine test reproduces crack",
        date(2026, 6, 8),
        """WASHINGTON, June 8 (Reuters) - The U.S. Federal Aviation Administration on Monday ordered airlines to inspect fan blades on more than 400 engines powering older narrowbody jets within 30 days, after an uncontained engine failure forced a passenger flight to make an emergency landing in Denver last month.

The emergency airworthiness directive requires operators to carry out ultrasonic inspections on blades that have flown more than 15,000 cycles since their last overhaul, and to remove any engine with cracks from service immediately. Carriers that cannot complete the checks before the July 8 deadline must ground the affected aircraft, the FAA said.

The engine manufacturer said a ground engine test at its facility in Ohio had reproduced the fatigue crack found on the failed blade, confirming the findings of a preliminary investigation. "The test gives us high confidence that we understand the failure mode," a company spokesperson said, adding that it had launched a program to double its inspection capacity.

None of the 142 passengers and six crew on the May 21 flight were injured, but debris from the engine cowling punctured the fuselage and fell on a residential area near the airport. The National Transportation Safety Board said its investigation could take 12 to 18 months.

The directive is the latest in a string of safety actions that have put pressure on U.S. regulators. Lawmakers on the House transportation committee have called for hearings, and the chair of the Senate commerce committee said the agency had been too slow to act on earlier warnings about blade fatigue.

The airline involved said it had fired two contractors who performed the most recent inspection of the engine and had escalated its review to an independent panel. It said it expected to complete its own checks well ahead of the FAA's deadline.

The Air Line Pilots Association said pilots had "lost patience" with the pace of oversight. The union's safety chair called for a moratorium on extending inspection intervals for older engines until the investigation was complete, and warned of an escalation of its campaign if its concerns were ignored.

Industry analysts said the directive could take as many as 30 aircraft out of service at the peak of the summer travel season. Shares of the airline fell 3% in afternoon trading, while the engine maker's stock was little changed.

The FAA has tightened its scrutiny of maintenance practices since a series of incidents last year. In January, it set a year-end deadline for airlines to upgrade cockpit voice recorders to capture 25 hours of audio, and it is expected to propose new rules on engine overhaul records later this summer.

Separately, a rocket launch from Cape Canaveral on Sunday briefly delayed flights into Orlando after the FAA closed a section of airspace, the agency said. """,
        expect=[],
        optional=[],
    ),
    Article(
        "e6 out of domain: club fires coach; transfer deadline; fans escalate protests, ultimatum to owners",
        date(2026, 8, 23),
        """LONDON, Aug 23 (AFP) - Relegation-threatened Hartley Athletic fired head coach Marco Vellani on Sunday after a 4-0 home defeat by newly promoted Brentwick, leaving the club searching for a successor with just nine days until the transfer deadline.

The Italian, appointed in January on an 18-month contract, had won only three of his 19 league matches in charge. The board said in a statement that it had "taken the difficult decision" after a "thorough review" and thanked Vellani for his "professionalism."

Assistant coach Danny Reeve will take charge of the first team on an interim basis for Saturday's trip to Carlisle, and the club said it hoped to appoint a permanent replacement "as soon as possible." Former Wales manager Owen Pritchard is the bookmakers' favourite.

The sacking came amid a sharp escalation of supporter protests against the club's American owners. Hundreds of fans staged a sit-in after the final whistle on Sunday, and a supporters' trust issued what it called an ultimatum: either the owners present a credible funding plan by the end of the month or the trust will organise a boycott of season tickets.

Police said several flares were thrown onto the pitch during the second half, briefly halting play. The club said it would launch an investigation and ban any supporter identified.

"We have tried dialogue for two years and got nowhere," trust chair Helen Marsh told AFP. "This is the nuclear option, and nobody wants to use it, but the owners have left us no choice."

The owners, a Boston-based investment group that bought the club in 2023, said they remained committed to Hartley and were "working around the clock" to strengthen the squad before the window shuts at 11 p.m. on Sept. 1. Earlier this summer they announced a moratorium on ticket price increases for the next two seasons, a gesture fans dismissed as "too little, too late."

The club's finances are also under scrutiny. Hartley narrowly passed a league financial stress test in June, and the owners have until the end of October to submit a revised business plan to the league under its new sustainability rules.

Vellani's exit is the third managerial sacking of the season so far. Striker Jonah Akande, the club's top scorer last season, is expected to undergo a fitness test on Thursday after missing Sunday's match with a hamstring injury.

Reeve, who played more than 200 games for the club, said the squad had to "take responsibility" for the defeat. "We have fired blanks for too long. The lads know the next few weeks are a test of character," he said. "The supporters have every right to be angry." """,
        expect=[],
        optional=[],
    ),
    Article(
        "f1 un security council on dprk hwasong-20 icbm; us, chinese, russian, japanese, rok and dprk envoys; 2017 nuclear test",
        date(2026, 6, 3),
        """UNITED NATIONS (AP) — The United States accused China and Russia on Tuesday of giving North Korea political cover after Pyongyang's latest intercontinental ballistic missile launch, while Beijing's and Moscow's envoys told an emergency Security Council meeting that U.S.-led military drills were to blame for the rising tension on the Korean Peninsula.

The session was requested by the U.S., Britain, France, Japan and South Korea after Sunday's launch of what North Korea called a Hwasong-20, a solid-fuel missile that flew for about 86 minutes on a steep trajectory and reached an altitude of more than 7,600 kilometers (4,700 miles) before falling into the sea west of Hokkaido, according to Japan's Defense Ministry.

Deputy U.S. Ambassador Jonathan Reyes told the council the flight was the North's first full-range ICBM test in seven months and "could put any city in the continental United States within reach."

"Let there be no doubt: the United States will defend itself and its allies, and every option remains on the table," Reyes said. He said Washington had told Beijing last week that its intelligence pointed to an imminent launch, and that China "chose to say nothing."

China's ambassador, Wang Hongbo, said Beijing "does not wish to see" further launches but argued that the "root cause" of the crisis was the "continuous military pressure" applied by Washington and its allies. He urged "all parties" to show restraint and revived a proposal, first made jointly with Moscow in 2017, under which North Korea would halt nuclear and missile tests in return for a suspension of large-scale U.S.-South Korean exercises.

Russia's first deputy envoy, Anatoly Sergeyev, went further. He said the United States had "turned the peninsula into a testing ground for aggression" and that Moscow would not support any new sanctions. Russia's foreign minister had warned last month, he said, that the rotation of U.S. strategic bombers through Guam would be met with "appropriate countermeasures."

North Korea's ambassador, speaking under a rule that allows non-members to address the council, called the launch "a legitimate exercise of the right to self-defense." He said his country would "never give up" its nuclear weapons and added: "The more the United States brandishes its nuclear umbrella, the faster our strategic forces will grow."

Japan's envoy said Tokyo had lodged a protest with Pyongyang through diplomatic channels in Beijing and called the launch "an outrageous act that threatens the peace and security of our country and the international community."

South Korean Ambassador Cha Min-seok told the council that Seoul's National Intelligence Service had assessed that the North could conduct a seventh nuclear test "at any time" at its Punggye-ri site, where it last detonated a device in September 2017.

North Korea's state media said leader Kim Jong Un, who watched Sunday's launch with his daughter, ordered the military to "further bolster the nuclear war deterrent" and described the test as "a clear warning to the enemies who are escalating their confrontational hysteria."

The North last flew an ICBM in late October, a Hwasong-19 that state media at the time described as its "final version" of long-range missiles. Analysts say the Hwasong-20 appears to use a more powerful solid-fuel engine, which Pyongyang said it had ground-tested in September.

U.N. resolutions bar North Korea from any launch using ballistic missile technology, but the council has adopted no new measures since 2017. In May 2022, China and Russia vetoed a U.S.-drafted resolution that would have tightened sanctions after a string of ICBM launches, and Moscow in 2024 vetoed the renewal of the panel of experts that monitored their enforcement.

"The council is paralyzed, and Pyongyang knows it," said Rachel Minter, a Korea specialist at a Washington research institute. "Each launch now costs it nothing here."

Tuesday's meeting ended without a statement.""",
        expect=[
            (W, "Pyongyang's latest intercontinental ballistic missile launch", {"temporal": "new", "weapon": "icbm", "actor": "PRK"}),
            (W, "Sunday's launch of what North Korea called a Hwasong-20, a solid-fuel missile that flew for about 86 minutes", {"temporal": "new", "weapon": {"icbm", "ballistic_missile", "unspecified"}, "actor": "PRK"}),
            (W, "the flight was the North's first full-range ICBM test in seven months", {"temporal": "new", "weapon": "icbm", "actor": "PRK"}),
            (E, "the United States will defend itself and its allies, and every option remains on the table", {"actor": "USA"}),
            (M, "North Korea would halt nuclear and missile tests", {"status": "called_for", "scope": ["nuclear", "missile"], "actor": "PRK"}),
            (E, 'the United States had "turned the peninsula into a testing ground for aggression"', {"actor": "RUS"}),
            (E, 'the rotation of U.S. strategic bombers through Guam would be met with "appropriate countermeasures."', {"actor": "RUS"}),
            (E, '"The more the United States brandishes its nuclear umbrella, the faster our strategic forces will grow."', {"actor": "PRK"}),
            (E, 'called the launch "an outrageous act that threatens the peace and security of our country', {"actor": "JPN"}),
            (W, 'the North could conduct a seventh nuclear test "at any time"', {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "where it last detonated a device in September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (E, 'ordered the military to "further bolster the nuclear war deterrent"', {"actor": "PRK"}),
            (E, 'described the test as "a clear warning to the enemies', {"actor": "PRK"}),
            (W, "The North last flew an ICBM in late October", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "which Pyongyang said it had ground-tested in September", {"temporal": "historical", "weapon": "engine", "actor": "PRK"}),
        ],
        optional=[
            (E, "accused China and Russia on Tuesday of giving North Korea political cover"),
            (E, "U.S.-led military drills were to blame for the rising tension"),
            (E, '"could put any city in the continental United States within reach."'),
            (W, "its intelligence pointed to an imminent launch"),
            (E, 'China "chose to say nothing."'),
            (W, 'said Beijing "does not wish to see" further launches'),
            (E, 'the "root cause" of the crisis was the "continuous military pressure" applied by Washington and its allies'),
            (M, "a suspension of large-scale U.S.-South Korean exercises"),
            (E, "Moscow would not support any new sanctions"),
            (E, "the rotation of U.S. strategic bombers through Guam"),
            (E, "Russia's foreign minister had warned last month"),
            (W, 'called the launch "a legitimate exercise of the right to self-defense."'),
            (E, 'called the launch "a legitimate exercise of the right to self-defense."'),
            (E, 'his country would "never give up" its nuclear weapons'),
            (W, 'called the launch "an outrageous act'),
            (E, "lodged a protest with Pyongyang"),
            (W, "who watched Sunday's launch with his daughter"),
            (W, 'described the test as "a clear warning'),
            (E, "who are escalating their confrontational hysteria"),
            (W, 'a Hwasong-19 that state media at the time described as its "final version" of long-range missiles'),
            (W, "the Hwasong-20 appears to use a more powerful solid-fuel engine"),
            (M, "U.N. resolutions bar North Korea from any launch using ballistic missile technology"),
            (W, "any launch using ballistic missile technology"),
            (E, "vetoed a U.S.-drafted resolution that would have tightened sanctions"),
            (W, "after a string of ICBM launches"),
            (E, '"The council is paralyzed, and Pyongyang knows it,"'),
            (W, '"Each launch now costs it nothing here."'),
        ],
    ),
    Article(
        "f2 g7 condemns iranian fath-360 transfers to russia, threatens sanctions; baghaei reply and araqchi iaea threat via french fm; fattah test; 2024 soraya launch",
        date(2026, 4, 16),
        """PARIS/DUBAI, April 16 (Reuters) - Group of Seven foreign ministers on Thursday condemned what they called Iran's "continued and expanding" transfers of ballistic missiles to Russia and threatened new sanctions on Tehran, drawing a swift rebuke from the Islamic Republic, which accused the West of hypocrisy over its own arms deliveries to Ukraine.

In a statement issued after two days of talks in Evian-les-Bains, the ministers of Britain, Canada, France, Germany, Italy, Japan and the United States, along with the European Union's foreign policy chief, said they had "credible information" that Iran had shipped hundreds of close-range Fath-360 missiles and their launchers to Russia since late 2024, and that Russian forces had used them in strikes on Ukrainian energy infrastructure this winter.

"These transfers represent a direct threat to European and international security," the statement said. "We stand ready to take further significant measures against Iran, including sanctions on its aviation sector and its national shipping line."

Iran's Foreign Ministry spokesman Esmaeil Baghaei dismissed the statement as "baseless and politically motivated" and said Tehran's defence ties with Moscow were "none of the G7's business."

"Any hostile step against the Iranian nation will be met with a proportionate and decisive response," Baghaei said in a post on X. He said Foreign Minister Abbas Araqchi had told his French counterpart by phone on Wednesday that Iran would "reconsider the remaining scope" of its cooperation with the U.N. nuclear watchdog if Europe went ahead with new penalties.

Kremlin spokesman Dmitry Peskov said Russia's cooperation with Iran "is not directed against third countries" and declined to comment on specific weapons. Ukraine's foreign minister welcomed the statement but said Kyiv had told its partners more than a year ago that Moscow planned to use Iranian missiles against front-line cities.

The G7 statement came days after Iran's Revolutionary Guards said they had test-fired an upgraded version of the Fattah missile, which Tehran describes as hypersonic, during naval drills in the Gulf on Sunday. Israel's military said the drill was "a message aimed at the region" and that it was monitoring Iranian activity "with full readiness."

Western governments have accused Iran since 2022 of supplying Shahed attack drones that Russia has used against Ukraine. Tehran initially denied the charge and later said it had provided a small number before the war began.

Iran has steadily expanded its missile programme despite Western pressure. In January 2024 it put a Soraya satellite into orbit with a Guards-built Qaem-100 rocket, a launch that Western capitals said advanced its long-range missile capability.

Britain, France and Germany triggered the return of U.N. sanctions on Iran last September, reviving a Security Council ban on Iranian ballistic missile activity and arms exports that Russia and China say they do not recognise.

"Tehran is betting that its partnership with Moscow is worth more than anything Europe can still take away," said Lena Hartmann, an Iran analyst at a Berlin think tank. "The risk now is a tit-for-tat spiral in which Iran curbs inspections further and Europe answers with yet more sanctions."

EU foreign ministers are due to discuss the missile transfers when they meet in Luxembourg on April 21, diplomats said.""",
        expect=[
            (E, "threatened new sanctions on Tehran", {"actor": None}),
            (E, "Russian forces had used them in strikes on Ukrainian energy infrastructure this winter", {"actor": "RUS"}),
            (E, "We stand ready to take further significant measures against Iran, including sanctions", {"actor": None}),
            (E, "Any hostile step against the Iranian nation will be met with a proportionate and decisive response", {"actor": "IRN"}),
            (E, 'Iran would "reconsider the remaining scope" of its cooperation with the U.N. nuclear watchdog', {"actor": "IRN"}),
            (W, "they had test-fired an upgraded version of the Fattah missile", {"temporal": "new", "weapon": "hypersonic", "actor": "IRN"}),
            (W, "In January 2024 it put a Soraya satellite into orbit with a Guards-built Qaem-100 rocket", {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
        ],
        optional=[
            (E, "condemned what they called Iran's \"continued and expanding\" transfers of ballistic missiles to Russia"),
            (E, "accused the West of hypocrisy over its own arms deliveries to Ukraine"),
            (E, "These transfers represent a direct threat to European and international security"),
            (E, 'dismissed the statement as "baseless and politically motivated"'),
            (E, '"none of the G7\'s business."'),
            (E, "Moscow planned to use Iranian missiles against front-line cities"),
            (E, "during naval drills in the Gulf on Sunday"),
            (E, 'the drill was "a message aimed at the region"'),
            (E, 'monitoring Iranian activity "with full readiness."'),
            (E, "accused Iran since 2022 of supplying Shahed attack drones that Russia has used against Ukraine"),
            (E, "Iran has steadily expanded its missile programme despite Western pressure"),
            (W, "a launch that Western capitals said advanced its long-range missile capability"),
            (E, "triggered the return of U.N. sanctions on Iran last September"),
            (M, "reviving a Security Council ban on Iranian ballistic missile activity and arms exports"),
            (E, "a tit-for-tat spiral in which Iran curbs inspections further"),
        ],
    ),
    Article(
        "f3 india-china face-off in arunachal, pla tibet live-fire drills; agni-prime test last week; agni-5 mirv 2024; pakistan ababeel 2017; pokhran and 1996 moratoria",
        date(2026, 7, 9),
        """NEW DELHI, July 9 (AFP) - Indian and Chinese troops are locked in a fresh face-off near the disputed border in the northeastern state of Arunachal Pradesh, Indian officials said Thursday, as Beijing staged live-fire exercises on the Tibetan plateau and New Delhi warned it would "not allow any unilateral change" to the status quo.

Two Indian army officers, speaking on condition of anonymity, said several hundred Chinese soldiers had moved to within a few kilometres of an Indian post in the Yangtse area late last month, and that India had rushed additional troops and artillery to the sector. One of them described the Chinese exercises as "pressure tactics timed to the standoff."

"Our forces are fully prepared to respond to any misadventure," India's army chief told reporters in New Delhi, without naming China.

China's defence ministry spokesman said the drills, which state broadcaster CCTV said involved long-range rocket launchers, fighter jets and drones operating at altitudes above 4,500 metres, were "routine" and "not targeted at any third party." But he accused India of "provocative actions" along the frontier and warned that the People's Liberation Army would "resolutely safeguard national territorial sovereignty."

India's foreign ministry said New Delhi had "conveyed its strong concerns" to Beijing through diplomatic channels and expected an early disengagement.

The standoff comes a week after India's Defence Research and Development Organisation flight-tested a canister-launched Agni-Prime, a nuclear-capable medium-range ballistic missile, from an island off the coast of Odisha. Indian officials said Chinese diplomats had told them privately that Beijing viewed the timing of the launch as "unhelpful."

India's missile programme has long been shaped by China. In March 2024, it carried out the first flight test of an Agni-5 fitted with multiple independently targetable re-entry vehicles (MIRV), which Prime Minister Narendra Modi hailed as "Mission Divyastra." The Agni-5 has a range of more than 5,000 km, putting almost all of China within reach.

Pakistan, China's closest ally in the region, says it flight-tested its own MIRV-capable Ababeel missile in January 2017, and Islamabad has described India's MIRV work as "destabilising."

India has observed a self-declared moratorium on nuclear explosive testing since it conducted five nuclear tests at Pokhran in May 1998. China, whose last nuclear test was in July 1996, has said it will not be the first to resume explosive testing.

The PLA's Western Theatre Command has held similar exercises in Tibet and Xinjiang every summer since the 2020 clash in the Galwan Valley, in which 20 Indian soldiers and at least four Chinese troops were killed. The two countries agreed on new patrolling arrangements in October 2024, and their special representatives are scheduled to meet in Beijing in August.

"Both sides want to show resolve without firing a shot," said Rohan Mehra, a China specialist at a New Delhi think tank. "India's missile tests are aimed as much at Beijing as at Islamabad, and the PLA's drills are Beijing's way of saying it has noticed."

Satellite images published last week by an open-source analyst appeared to show new Chinese helipads and ammunition bunkers within 20 km of the Line of Actual Control.""",
        expect=[
            (E, "Beijing staged live-fire exercises on the Tibetan plateau", {"actor": "CHN"}),
            (E, 'New Delhi warned it would "not allow any unilateral change" to the status quo', {"actor": "IND"}),
            (E, "several hundred Chinese soldiers had moved to within a few kilometres of an Indian post", {"actor": "CHN"}),
            (E, "India had rushed additional troops and artillery to the sector", {"actor": "IND"}),
            (E, '"Our forces are fully prepared to respond to any misadventure,"', {"actor": "IND"}),
            (E, 'accused India of "provocative actions" along the frontier', {"actor": "CHN"}),
            (E, 'warned that the People\'s Liberation Army would "resolutely safeguard national territorial sovereignty."', {"actor": "CHN"}),
            (W, "flight-tested a canister-launched Agni-Prime, a nuclear-capable medium-range ballistic missile", {"temporal": "new", "weapon": {"irbm", "ballistic_missile"}, "actor": "IND"}),
            (W, "it carried out the first flight test of an Agni-5 fitted with multiple independently targetable re-entry vehicles", {"temporal": "historical", "weapon": {"icbm", "irbm", "ballistic_missile"}, "actor": "IND"}),
            (W, "it flight-tested its own MIRV-capable Ababeel missile in January 2017", {"temporal": "historical", "weapon": {"ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (M, "India has observed a self-declared moratorium on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": "IND"}),
            (W, "it conducted five nuclear tests at Pokhran in May 1998", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (W, "whose last nuclear test was in July 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (M, "has said it will not be the first to resume explosive testing", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "CHN"}),
        ],
        optional=[
            (E, "Indian and Chinese troops are locked in a fresh face-off"),
            (E, 'described the Chinese exercises as "pressure tactics timed to the standoff."'),
            (W, "involved long-range rocket launchers, fighter jets and drones"),
            (E, "involved long-range rocket launchers, fighter jets and drones"),
            (E, '"conveyed its strong concerns" to Beijing'),
            (W, 'Beijing viewed the timing of the launch as "unhelpful."'),
            (E, 'Beijing viewed the timing of the launch as "unhelpful."'),
            (E, "putting almost all of China within reach"),
            (E, 'Islamabad has described India\'s MIRV work as "destabilising."'),
            (E, "has held similar exercises in Tibet and Xinjiang every summer"),
            (E, "the 2020 clash in the Galwan Valley, in which 20 Indian soldiers and at least four Chinese troops were killed"),
            (E, '"Both sides want to show resolve without firing a shot,"'),
            (W, "India's missile tests are aimed as much at Beijing as at Islamabad"),
            (E, "India's missile tests are aimed as much at Beijing as at Islamabad"),
            (E, "the PLA's drills are Beijing's way of saying it has noticed"),
            (E, "new Chinese helipads and ammunition bunkers within 20 km of the Line of Actual Control"),
        ],
    ),
    Article(
        "f4 us-russia geneva strategic stability talks after new start; ryabkov end-of-month deadline; joint no-first-test pledge; lavrov-rubio mirror threat; bulava and trident tests; china rejects trilateral",
        date(2026, 9, 18),
        """GENEVA, Sept 18 (Reuters) - Russia has given the United States until the end of the month to say whether it will keep to the central limits of the lapsed New START treaty, Deputy Foreign Minister Sergei Ryabkov said on Friday, after the first U.S.-Russian strategic stability talks since the pact expired in February ended without a breakthrough.

Ryabkov told reporters that Moscow would consider itself "free of any self-restraint" on deployed warheads if Washington did not give a formal answer by Sept. 30, adding that Russia "will act on the basis of its own security interests and nothing else."

President Vladimir Putin offered last September to keep observing the treaty's numerical caps for a year after its expiry if Washington did the same. Russian officials say they have never received a formal reply.

The U.S. delegation, led by Assistant Secretary of State Karen Whitfield, said in a statement that the two days of talks had been "frank and substantive" and that Washington remained open to dialogue, but would not accept "any framework that ignores China's unprecedented nuclear buildup."

The two sides did agree, in a short joint statement, to reaffirm that neither would be the first to resume nuclear explosive testing, a pledge that arms control experts called the most concrete result of the meeting.

The pledge eased, at least for now, fears that took hold last October, when President Donald Trump said he had instructed the Pentagon to start testing nuclear weapons and Putin responded by ordering his government to study the expediency of preparing for tests of its own.

But Ryabkov said Foreign Minister Sergei Lavrov had told Secretary of State Marco Rubio in a phone call last week that Russia would "mirror" any U.S. nuclear test "immediately and in kind."

In the days before the talks, Russia's navy test-fired a Bulava submarine-launched ballistic missile from the White Sea, and the U.S. Navy fired two unarmed Trident II D5 missiles from a submarine off Florida on Sept. 10. Each side notified the other in advance, officials said.

Russia said last October that it had completed tests of the nuclear-powered Burevestnik cruise missile and the Poseidon underwater drone, neither of which was covered by New START.

Moscow suspended its participation in New START in February 2023, halting on-site inspections and data exchanges, though it said it would continue to respect the treaty's limits.

In Beijing, foreign ministry spokesman Lin Jian on Friday again ruled out joining trilateral arms control talks, saying China's arsenal was kept "at the minimum level required for national security" and that the United States and Russia, which hold about 85% of the world's nuclear weapons, should cut their own stockpiles first.

"Without numbers on paper, each side will plan for the other's worst case, and that is how arms races start," said Mikhail Orlov, a former Russian arms control negotiator now at a Geneva research centre. "A testing pledge costs both capitals very little. A warhead upload race would cost them a great deal."

The U.S. could add several hundred warheads to its Minuteman III and Trident missiles within months, and Russia could do the same with its Yars and Bulava, analysts estimate.

Officials said a second round of talks was tentatively planned for November in Vienna.""",
        expect=[
            (D, "Russia has given the United States until the end of the month to say whether it will keep to the central limits", {"due": "2026-09-30", "set_by": "RUS"}),
            (E, "Russia has given the United States until the end of the month", {"actor": "RUS"}),
            (D, "if Washington did not give a formal answer by Sept. 30", {"due": "2026-09-30", "set_by": "RUS"}),
            (E, 'Moscow would consider itself "free of any self-restraint" on deployed warheads', {"actor": "RUS"}),
            (M, "neither would be the first to resume nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "instructed the Pentagon to start testing nuclear weapons", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "instructed the Pentagon to start testing nuclear weapons", {"actor": "USA"}),
            (W, "ordering his government to study the expediency of preparing for tests of its own", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (E, "ordering his government to study the expediency of preparing for tests of its own", {"actor": "RUS"}),
            (E, 'Russia would "mirror" any U.S. nuclear test "immediately and in kind."', {"actor": "RUS"}),
            (M, 'Russia would "mirror" any U.S. nuclear test "immediately and in kind."', {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (W, "Russia's navy test-fired a Bulava submarine-launched ballistic missile from the White Sea", {"temporal": "new", "weapon": "slbm", "actor": "RUS"}),
            (W, "the U.S. Navy fired two unarmed Trident II D5 missiles from a submarine off Florida on Sept. 10", {"temporal": "new", "weapon": {"slbm", "unspecified"}, "actor": "USA"}),
            (W, "it had completed tests of the nuclear-powered Burevestnik cruise missile and the Poseidon underwater drone", {"temporal": "historical", "weapon": ["cruise_missile", "unspecified"], "actor": "RUS"}),
            (E, "Moscow suspended its participation in New START in February 2023", {"actor": "RUS"}),
            (E, "ruled out joining trilateral arms control talks", {"actor": "CHN"}),
        ],
        optional=[
            (M, "keep to the central limits of the lapsed New START treaty"),
            (M, 'Moscow would consider itself "free of any self-restraint" on deployed warheads'),
            (E, 'Russia "will act on the basis of its own security interests and nothing else."'),
            (M, "offered last September to keep observing the treaty's numerical caps"),
            (E, "would not accept \"any framework that ignores China's unprecedented nuclear buildup.\""),
            (W, 'any U.S. nuclear test "immediately and in kind."'),
            (W, "Each side notified the other in advance"),
            (M, "though it said it would continue to respect the treaty's limits"),
            (E, "should cut their own stockpiles first"),
            (E, "that is how arms races start"),
            (W, "A testing pledge costs both capitals very little"),
            (M, "A testing pledge costs both capitals very little"),
            (E, "A warhead upload race would cost them a great deal"),
            (E, "could add several hundred warheads to its Minuteman III and Trident missiles within months"),
        ],
    ),
    Article(
        "f5 out of domain: drugmaker's fda decision date, phase 3 trial, dose escalation, enrollment moratorium, launch and fired executive",
        date(2026, 3, 5),
        """BOSTON, March 5 (Reuters) - Vireon Therapeutics said on Thursday the U.S. Food and Drug Administration had accepted its application for an experimental lung cancer drug and set a target decision date of Sept. 28, sending the company's shares up 14% as investors bet on a launch before the end of the year.

The Cambridge, Massachusetts-based company said it planned to launch the drug, a radioligand therapy that delivers a radioactive isotope directly to tumour cells, "within weeks" of approval, and had already begun hiring a sales force of about 150 people.

The FDA's decision follows data from a late-stage trial in which the therapy cut the risk of disease progression or death by 38% compared with chemotherapy, hitting the study's main goal. The agency has asked Vireon to submit updated survival data by the end of the month, the company said, a deadline it expects to meet.

Vireon had a difficult 2025. In August, it imposed a temporary moratorium on new enrolment in an early-stage dose-escalation study of a second drug after a patient died, a hold it lifted in November after an independent safety review. Weeks later, the board fired its chief medical officer, citing "a breakdown in trust."

Chief Executive Dana Whitcombe told analysts on a conference call that the company had "stress-tested" its supply chain for medical isotopes, which are produced in a handful of research reactors in Europe and Canada, and had signed a second supply deal to avoid shortages.

"The bottleneck in nuclear medicine isn't the science, it's logistics," Whitcombe said. "We've built redundancy into every step."

Analysts cautioned that the launch could be slowed by a shortage of hospitals certified to handle radioactive therapies. "Reimbursement talks could easily escalate into a months-long fight with insurers," said Leerink analyst Priya Natarajan, who rates the stock "outperform" with a price target of $72.

The company also faces a patent challenge from a rival that has threatened to take its case to federal court if talks fail to produce a licensing deal by June 30. Vireon said it would "vigorously defend" its intellectual property.

Competition in the field is heating up. Novartis, whose Pluvicto pioneered radioligand therapy for prostate cancer, launched a head-to-head trial against Vireon's candidate last year, and at least three smaller biotechs have tested similar molecules in patients.

Vireon ended 2025 with $1.1 billion in cash, which it said would fund operations into 2028. The company said it would pause its share buyback programme until after the FDA decision, and announced a plan to cut about 8% of its research staff as it shifts spending toward commercial operations.

Shares of the company, which have more than tripled since its initial public offering in 2021, closed at $58.40.""",
        expect=[],
        optional=[],
    ),
    Article(
        "f6 out of domain: eu-us tariff truce, moratorium on counter-tariffs, escalation, deadline, anti-coercion 'nuclear option', wto e-commerce moratorium",
        date(2026, 10, 22),
        """BRUSSELS, Oct 22 (AFP) - The European Union on Wednesday extended its moratorium on retaliatory tariffs against U.S. goods by another 90 days, buying time for talks with Washington but warning that it would not hesitate to respond if the Trump administration went ahead with higher duties on European steel and cars.

EU trade commissioner Maros Sefcovic said Brussels had "no interest in escalation" but that "all options remain on the table," including the bloc's anti-coercion instrument, a tool diplomats have nicknamed the "nuclear option" because it would allow the EU to restrict U.S. firms' access to public contracts and curb services trade.

The suspended countermeasures, which would hit some 93 billion euros ($101 billion) of American exports ranging from soybeans to aircraft parts and bourbon, had been due to kick in on November 1. The new deadline falls at the end of January.

Washington has given Brussels until December 15 to lower its tariffs on U.S. industrial goods to zero, according to two EU officials, failing which it says it will raise duties on European cars from 15% to 25%. U.S. Trade Representative Jamieson Greer told reporters in Washington that the EU had been "slow-walking" its commitments under the framework deal agreed last summer.

"We are not going to negotiate with a gun to our head," said one EU diplomat, speaking on condition of anonymity. "But nobody here wants a trade war either."

France has pushed for a tougher line, with its trade minister saying Paris wanted the Commission to "show it has teeth." Germany and Italy, whose carmakers and machinery exporters are most exposed to U.S. duties, have urged caution.

The dispute risks a further escalation of tensions already strained by disagreements over digital regulation. Washington has threatened to launch a Section 301 investigation into EU rules on large online platforms, which U.S. officials say discriminate against American technology companies.

Trade experts said the truce was fragile. "Each side has fired warning shots, but neither has pulled the trigger," said Claire Dumont, a trade specialist at a Paris think tank. "The risk is a tit-for-tat spiral that neither economy can afford."

Separately, EU ambassadors backed the Commission's position ahead of World Trade Organization talks in Geneva next month, where members will discuss the future of the WTO's long-standing moratorium on customs duties on electronic transmissions. India and Indonesia have repeatedly threatened to block its renewal, arguing it costs developing countries billions in lost revenue.

The euro edged up 0.2% against the dollar after the announcement, while shares in European carmakers, which have borne the brunt of the U.S. tariffs, rose 1.3%.

The EU's steel safeguard quotas, which expire next June, are also under review, with the Commission proposing to halve tariff-free import volumes and double the out-of-quota duty to 50%.""",
        expect=[],
        optional=[],
    ),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('e1 ', W, 'Kim watched 18 launchers fire a simultaneous volley', None),
    ('e3 ', E, 'Any enemy warship that threatens our waters will be sent to the bottom of the sea', {}),  # actor 'IRN', read None
    ('e3 ', E, 'the new missile would be delivered to coastal units "in large numbers" this year', {}),  # actor 'IRN', read None
    ('e4 ', E, 'Russia and Belarus began joint exercises on Tuesday to practise the preparation and use of tactical nuclear weapons', {}),  # actor None, read 'RUS'
    ('e4 ', E, 'Russia would keep its moratorium on nuclear testing only as long as the United States did the same', None),
    ('f1 ', E, 'the United States will defend itself and its allies, and every option remains on the table', {}),  # actor 'USA', read None
    ('f2 ', E, 'We stand ready to take further significant measures against Iran, including sanctions', {}),  # actor None, read 'RUS'
    ('f2 ', E, 'Iran would "reconsider the remaining scope" of its cooperation with the U.N. nuclear watchdog', None),
    ('f3 ', E, 'Beijing staged live-fire exercises on the Tibetan plateau', None),
    ('f4 ', E, 'Russia has given the United States until the end of the month', None),  # a time limit without a stated threat: the guidelines leave it open (test_challenge has one as no escalation)
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND13, _prefix), _kind, _phrase, _attrs)
