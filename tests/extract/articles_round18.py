"""Round 18 of the challenge articles: 12 fresh articles (eight in the domain, four out of it),
written and labelled after round 17's gap pass and scored on a frozen copy of the tree before round 18's
fixes: they scored 69/122 required signals right with 4 false alarms."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

_SLBM = {"slbm", "ballistic_missile", "unspecified"}
_NUC = {"nuclear", "unspecified"}
_AGNI = {"icbm", "irbm", "ballistic_missile"}
_HYP = ["hypersonic", "cruise_missile"]  # as rounds 7-17 label a Zircon "hypersonic cruise missile"
_HYP_U = {"hypersonic", "cruise_missile", "unspecified"}
_ORE = {"irbm", "hypersonic", "ballistic_missile", "unspecified"}
_BM = {"ballistic_missile", "unspecified"}
_AS = {"cruise_missile", "unspecified"}

ROUND18: list[Article] = [
    Article("o1 reuters: state dept compliance report says china may prepare low-yield tests at lop nur, beijing denies", date(2026, 4, 16),
"""U.S. says China may be readying low-yield nuclear tests at Lop Nur; Beijing denies

WASHINGTON, April 16 (Reuters) - China may be preparing to conduct low-yield nuclear explosive tests at its Lop Nur test site in the far western region of Xinjiang, the U.S. State Department said in an annual arms control compliance report, citing satellite imagery that shows new tunnels being dug into the hills around the site.

The report, released late on Wednesday, said the pace of excavation at Lop Nur and the year-round operation of the site "raise concerns" that Beijing is not adhering to the zero-yield standard that the United States, Britain and France have observed under their own testing moratoriums.

Commercial satellite images reviewed by Reuters show fresh spoil heaps outside at least two new tunnel portals in the site's northern sector, along with a newly paved road and what appear to be additional blast-proof bunkers. Much of the digging appears to have taken place since late 2024.

"We cannot rule out that China has been conducting supercritical experiments that produce a small nuclear yield," a senior State Department official told reporters on a conference call, speaking on condition of anonymity. "If others are testing, the United States will not sit still. We reserve the right to test on an equal basis."

China's foreign ministry rejected the findings on Thursday. A spokesperson told a regular briefing in Beijing that the report was "full of groundless speculation" and that China "has always honoured its commitment to a moratorium on nuclear testing."

"The U.S. side is hyping up the so-called China nuclear threat to find a pretext for its own resumption of nuclear tests," the spokesperson said. "We urge Washington to stop this irresponsible behaviour."

China last conducted a nuclear explosive test in July 1996, weeks before it signed the Comprehensive Nuclear-Test-Ban Treaty, which it has never ratified. The United States, which has also signed but not ratified the pact, halted explosive testing in 1992 and has since relied on computer modelling and subcritical experiments at its Nevada site, which do not produce a self-sustaining chain reaction.

Washington has raised similar concerns before. A 2020 edition of the same report said activity at Lop Nur, including the possible use of explosive containment chambers, suggested Beijing might be preparing to operate the site year-round. Chinese officials dismissed those claims at the time.

The report also repeated U.S. assertions that Russia has conducted experiments at its Novaya Zemlya site in the Arctic that produced nuclear yield, an accusation Moscow has denied.

The Pentagon estimates that China has more than 600 operational nuclear warheads and is on course to exceed 1,000 by 2030, the fastest build-up of any nuclear power.

Arms control experts cautioned that tunnels alone do not prove a test is imminent.

"Tunnels are an option, not a decision," said Hanna Lindqvist, a researcher who tracks test sites at a Stockholm-based peace research institute. "What worries me more is that both Washington and Beijing now talk about testing as something they might do in response to the other. That is how a moratorium erodes without anyone formally ending it."

The State Department report is required by Congress each year and also assesses compliance by Iran, North Korea and other states with arms control and nonproliferation agreements. It found that North Korea had not conducted a nuclear test since September 2017 but continued to prepare its Punggye-ri site for a possible seventh detonation.""",
        expect=[
            (W, "China may be readying low-yield nuclear tests at Lop Nur", {"temporal": "prospective", "weapon": "nuclear", "actor": "CHN"}),
            (W, "China may be preparing to conduct low-yield nuclear explosive tests at its Lop Nur test site", {"temporal": "prospective", "weapon": "nuclear", "actor": "CHN"}),
            (M, "the zero-yield standard that the United States, Britain and France have observed under their own testing moratoriums", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "China has been conducting supercritical experiments that produce a small nuclear yield", {"weapon": "nuclear", "actor": "CHN"}),
            (W, "We reserve the right to test on an equal basis", {"temporal": "prospective", "weapon": _NUC, "actor": "USA"}),
            (E, "We reserve the right to test on an equal basis", {"actor": "USA"}),
            (M, "has always honoured its commitment to a moratorium on nuclear testing", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (E, "hyping up the so-called China nuclear threat to find a pretext for its own resumption of nuclear tests", {"actor": "CHN"}),
            (W, "China last conducted a nuclear explosive test in July 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (M, "halted explosive testing in 1992", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "continued to prepare its Punggye-ri site for a possible seventh detonation", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
        ],
        optional=[
            (E, "raise concerns"),
            (E, "the United States will not sit still"),
            (W, "its own resumption of nuclear tests"),
            (M, "its own resumption of nuclear tests"),
            (E, "We urge Washington to stop this irresponsible behaviour"),
            (E, "full of groundless speculation"),
            (M, "Comprehensive Nuclear-Test-Ban Treaty"),
            (W, "subcritical experiments at its Nevada site"),
            (W, "the possible use of explosive containment chambers"),
            (W, "Russia has conducted experiments at its Novaya Zemlya site in the Arctic that produced nuclear yield"),
            (E, "an accusation Moscow has denied"),
            (E, "is on course to exceed 1,000 by 2030, the fastest build-up of any nuclear power"),
            (W, "tunnels alone do not prove a test is imminent"),
            (W, "talk about testing as something they might do in response to the other"),
            (M, "That is how a moratorium erodes without anyone formally ending it"),
            (W, "North Korea had not conducted a nuclear test since September 2017"),
            (M, "North Korea had not conducted a nuclear test since September 2017"),
        ]),

    Article("o2 yonhap: n. korea spy satellite launch fails after first stage, j-alert okinawa, kcna vows new attempt soon", date(2026, 5, 28),
"""(LEAD) N. Korea's spy satellite launch fails after first stage; Pyongyang vows new attempt 'soon'

SEOUL, May 28 (Yonhap) -- North Korea's attempt to put a military reconnaissance satellite into orbit failed early Thursday, with the rocket apparently breaking apart shortly after its first stage separated, South Korea's military said.

The Joint Chiefs of Staff (JCS) said it detected the launch from the Sohae Satellite Launching Ground in Tongchang-ri, North Phyongan Province, at 3:42 a.m., and that the rocket, fired southward over the Yellow Sea, exploded about two minutes into its flight. Debris fell into international waters west of the Korean Peninsula, the JCS said, adding that the South Korean Navy was searching for wreckage.

"Our military detected multiple pieces of debris shortly after first-stage separation, and assesses that the launch ended in failure," the JCS said in a text message to reporters.

In Japan, the government issued a J-Alert emergency warning for Okinawa Prefecture at 3:46 a.m., urging residents to take cover indoors, before lifting it about 25 minutes later. The defense ministry in Tokyo said no object was expected to fall on Japanese territory.

Japan's chief government spokesman called the launch "a grave violation of U.N. Security Council resolutions" and said Tokyo had lodged a strong protest through its embassy in Beijing.

North Korea's National Aerospace Technology Administration (NATA) acknowledged the failure in a statement carried by the official Korean Central News Agency (KCNA) about six hours later, blaming "abnormal combustion" in the newly developed second-stage engine. It said scientists would investigate the cause and that the country would "soon" make a second attempt to launch the satellite.

"Our reconnaissance satellites are an indispensable means of watching in real time the reckless war moves of the U.S. and its vassal forces," the statement said.

U.N. Security Council resolutions prohibit North Korea from any launch that uses ballistic missile technology, which Washington and Seoul say is interchangeable with that used in long-range missiles. Pyongyang rejects the ban as an infringement on its sovereign right to use space.

South Korean and U.S. fighter jets, including F-35A stealth aircraft, staged a combined air drill over the Yellow Sea hours after the failed launch in what the JCS described as a demonstration of the allies' "overwhelming response capability."

Thursday's launch was the North's first satellite attempt in two years. It put its first spy satellite, the Malligyong-1, into orbit in November 2023 after two failed attempts in May and August of that year. A further launch in May 2024 ended in a mid-air explosion, which the North blamed on a new liquid oxygen and petroleum engine.

Pyongyang had notified Japan's coast guard earlier this week that it would launch a "satellite" at some point between May 27 and June 4.

The failure also came two weeks after North Korea said it had conducted a ground test of a high-thrust solid-fuel engine on May 14, which it described as a key step toward its next-generation intercontinental ballistic missile.

"Even a failed launch gives Pyongyang flight data it can feed into its missile programs," said Choi Min-seok, a senior researcher at a Seoul-based security think tank. "They have said 'soon' before, and they usually mean it. Another attempt within weeks would not surprise me."

(END)""",
        expect=[
            (W, "N. Korea's spy satellite launch fails after first stage", {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (W, "Pyongyang vows new attempt 'soon'", {"temporal": "prospective", "weapon": {"space_launch", "unspecified"}, "actor": "PRK"}),
            (W, "North Korea's attempt to put a military reconnaissance satellite into orbit failed early Thursday", {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (W, "it detected the launch from the Sohae Satellite Launching Ground", {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (W, "the rocket, fired southward over the Yellow Sea, exploded about two minutes into its flight", {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (E, "called the launch \"a grave violation of U.N. Security Council resolutions\"", {"actor": "JPN"}),
            (W, "the country would \"soon\" make a second attempt to launch the satellite", {"temporal": "prospective", "weapon": "space_launch", "actor": "PRK"}),
            (E, "watching in real time the reckless war moves of the U.S. and its vassal forces", {"actor": "PRK"}),
            (E, "staged a combined air drill over the Yellow Sea", {"actor": None}),
            (W, "Thursday's launch was the North's first satellite attempt in two years", {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (W, "It put its first spy satellite, the Malligyong-1, into orbit in November 2023", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (W, "two failed attempts in May and August of that year", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (W, "A further launch in May 2024 ended in a mid-air explosion", {"temporal": "historical", "weapon": {"space_launch", "unspecified"}, "actor": "PRK"}),
            (W, "it had conducted a ground test of a high-thrust solid-fuel engine on May 14", {"temporal": "new", "weapon": "engine", "actor": "PRK"}),
            (W, "Another attempt within weeks would not surprise me", {"temporal": "prospective", "weapon": {"space_launch", "unspecified"}, "actor": "PRK"}),
        ],
        optional=[
            (W, "assesses that the launch ended in failure"),
            (W, "no object was expected to fall on Japanese territory"),
            (E, "lodged a strong protest"),
            (W, "acknowledged the failure"),
            (M, "U.N. Security Council resolutions prohibit North Korea from any launch that uses ballistic missile technology"),
            (E, "Pyongyang rejects the ban as an infringement"),
            (E, "overwhelming response capability"),
            (W, "hours after the failed launch"),
            (W, "it would launch a \"satellite\" at some point between May 27 and June 4"),
            (W, "Even a failed launch gives Pyongyang flight data"),
            (W, "They have said 'soon' before"),
        ]),

    Article("o3 ap: new start expires, moscow's one-year central-limits offer unanswered, senators demand reply by march 1", date(2026, 2, 5),
"""Last US-Russia nuclear arms treaty expires, leaving arsenals unconstrained

WASHINGTON (AP) — The last remaining treaty limiting the U.S. and Russian nuclear arsenals expired Thursday, leaving the world's two largest nuclear powers without any binding limits on their strategic weapons for the first time since the early 1970s.

New START, signed in 2010 by Presidents Barack Obama and Dmitry Medvedev, capped each country at 1,550 deployed strategic warheads and 700 deployed missiles and heavy bombers. It also provided for on-site inspections, which have not taken place since 2020.

Russian President Vladimir Putin offered in September to continue observing the treaty's central limits for one year after its expiry, provided the United States did the same. The Kremlin said Thursday it had still not received a formal answer.

"We made a responsible proposal. The ball is in Washington's court," a Kremlin spokesman told reporters in Moscow. He said Russia would now "proceed from its own security interests" and would respond to any U.S. move to increase its deployed forces.

A deputy foreign minister went further, warning that Moscow was ready to take "military-technical countermeasures" if Washington began reloading warheads onto its missiles.

At the White House, a spokesperson said President Donald Trump "likes the concept" of keeping the limits but wants any future arrangement to include China. "The president has been clear that he wants a better deal, and that deal has to include Beijing," she said.

China has repeatedly rejected joining three-way talks, saying its arsenal is a fraction of the size of the U.S. and Russian stockpiles.

A bipartisan group of 14 senators wrote to Secretary of State Marco Rubio on Wednesday demanding that the administration tell Congress by March 1 whether it intends to accept Moscow's offer. The letter also asks the Pentagon to report within 60 days on how quickly it could add warheads to deployed missiles if Russia exceeds the old limits.

"Letting the last guardrail fall without even a reply is not a strategy," the senators wrote.

Russia suspended its participation in the treaty in February 2023, citing U.S. support for Ukraine, though it said it would keep to the numerical caps. Later that year, Putin revoked Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty, saying Moscow wanted to "mirror" the U.S., which has signed but never ratified it.

Arms control advocates worry that the treaty's end, combined with renewed talk of nuclear testing in both capitals, could unravel other long-standing restraints. Trump said in late October that he had told the Pentagon to start testing nuclear weapons "on an equal basis" with other countries, days after Russia announced it had flight-tested its nuclear-powered Burevestnik cruise missile.

Russia has since warned that it will carry out a nuclear test of its own if the United States conducts one. The U.S. has observed a moratorium on explosive nuclear testing since 1992; Russia and its Soviet predecessor last tested in 1990.

"Without numbers on paper, each side plans for the worst case about the other, and the worst case becomes the plan," said Teodora Halvorsen, a senior fellow at a Washington arms control group. "That is the classic recipe for an arms race."

The U.S. Air Force test-launched an unarmed Minuteman III intercontinental ballistic missile from Vandenberg Space Force Base in California in November, a launch it said had been scheduled years in advance and was not a response to world events.""",
        expect=[
            (E, "would respond to any U.S. move to increase its deployed forces", {"actor": "RUS"}),
            (E, "warning that Moscow was ready to take \"military-technical countermeasures\"", {"actor": "RUS"}),
            (E, "China has repeatedly rejected joining three-way talks", {"actor": "CHN"}),
            (D, "tell Congress by March 1", {"due": "2026-03-01", "set_by": "USA"}),
            (D, "report within 60 days", {"due": "2026-04-06", "set_by": "USA"}),
            (E, "Russia suspended its participation in the treaty in February 2023", {"actor": "RUS"}),
            (E, "Putin revoked Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty", {"actor": "RUS"}),
            (W, "he had told the Pentagon to start testing nuclear weapons", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "he had told the Pentagon to start testing nuclear weapons", {"actor": "USA"}),
            (W, "Russia announced it had flight-tested its nuclear-powered Burevestnik cruise missile", {"temporal": "historical", "weapon": "cruise_missile", "actor": "RUS"}),
            (W, "it will carry out a nuclear test of its own if the United States conducts one", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "Russia has since warned that it will carry out a nuclear test of its own", {"actor": "RUS"}),
            (M, "The U.S. has observed a moratorium on explosive nuclear testing since 1992", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "Russia and its Soviet predecessor last tested in 1990", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (W, "test-launched an unarmed Minuteman III intercontinental ballistic missile from Vandenberg", {"temporal": "historical", "weapon": "icbm", "actor": "USA"}),
        ],
        optional=[
            (M, "continue observing the treaty's central limits for one year"),
            (E, "proceed from its own security interests"),
            (E, "Letting the last guardrail fall"),
            (M, "Comprehensive Nuclear-Test-Ban Treaty"),
            (W, "renewed talk of nuclear testing in both capitals"),
            (M, "could unravel other long-standing restraints"),
            (M, "it will carry out a nuclear test of its own if the United States conducts one"),
            (M, "Russia and its Soviet predecessor last tested in 1990"),
            (E, "the classic recipe for an arms race"),
            (W, "a launch it said had been scheduled years in advance"),
            (D, "for one year after its expiry"),
        ]),

    Article("o4 defense news: india test-fires k-4 slbm from ins arighaat, agni-v mirv background, pakistan fo response", date(2026, 3, 12),
"""India test-fires K-4 missile from nuclear submarine Arighaat in Bay of Bengal

NEW DELHI — India has test-fired a nuclear-capable K-4 submarine-launched ballistic missile from the nuclear-powered submarine INS Arighaat in the Bay of Bengal, two Indian defense officials told Defense News, in what they described as the first launch of the weapon at close to its full range.

The missile was fired from a submerged position off the coast of Visakhapatnam on Tuesday and flew roughly 3,500 kilometers before its dummy warhead struck a target zone in the southern Indian Ocean, according to the officials, who spoke on condition of anonymity because they were not authorized to discuss strategic programs.

India's Ministry of Defence did not comment, in line with its practice of not publicizing launches by the Strategic Forces Command, which controls the country's nuclear arsenal. However, a notice to airmen had reserved a corridor of about 3,500 kilometers over the Bay of Bengal for March 9-11, a window open-source analysts had flagged as a likely missile test.

"All mission objectives were met. This gives the sea leg of our deterrent the reach it was designed for," one of the officials said.

The Arighaat, India's second indigenously built ballistic missile submarine, was commissioned in August 2024. The lead boat, INS Arihant, can carry only the shorter-range K-15 missile, which limits its patrol options. India first fired the K-4 from Arighaat in November 2024; earlier development trials were conducted from submerged pontoons off Andhra Pradesh.

The officials said a first sea-based launch of the longer-range K-5, designed to fly more than 5,000 km, is expected from the third boat, INS Aridhaman, before the end of the year.

The launch comes two years after India's first flight test of an Agni-V missile carrying multiple independently targetable reentry vehicles, or MIRVs, under a program dubbed Mission Divyastra. Prime Minister Narendra Modi congratulated scientists on the March 2024 test, which put India among a small group of countries with the technology.

Pakistan's Foreign Office said Thursday it had "taken note" of the reported launch and accused New Delhi of pursuing "an aggressive and destabilizing build-up" that threatens strategic stability in South Asia.

"Pakistan will take all necessary measures to safeguard its national security and maintain full-spectrum deterrence," a Foreign Office spokesperson told a weekly briefing in Islamabad.

Islamabad carried out its own flight test of the Ababeel missile, which it says can deliver multiple warheads, in October 2023. The two neighbors fought a four-day conflict last May involving missile, drone and artillery strikes — their most serious clash in decades — before agreeing to a ceasefire.

India maintains a self-declared moratorium on nuclear explosive testing, in place since its 1998 tests at Pokhran, and a policy of no first use of nuclear weapons. Pakistan, which conducted its own nuclear tests weeks later that year, has also declared a unilateral moratorium.

"The K-4 at full range from a submarine means Indian boats no longer need to sail deep into contested waters to hold targets at risk," said Rhea Kapadia, a naval analyst at a New Delhi think tank. "For Pakistan, and for China, that changes the calculus. Expect Islamabad to answer with a test of its own in the coming months.\"""",
        expect=[
            (W, "India test-fires K-4 missile from nuclear submarine Arighaat", {"temporal": "new", "weapon": _SLBM, "actor": "IND"}),
            (W, "India has test-fired a nuclear-capable K-4 submarine-launched ballistic missile from the nuclear-powered submarine INS Arighaat", {"temporal": "new", "weapon": "slbm", "actor": "IND"}),
            (W, "The missile was fired from a submerged position off the coast of Visakhapatnam on Tuesday", {"temporal": "new", "weapon": _SLBM, "actor": "IND"}),
            (E, "This gives the sea leg of our deterrent the reach it was designed for", {"actor": "IND"}),
            (W, "India first fired the K-4 from Arighaat in November 2024", {"temporal": "historical", "weapon": _SLBM, "actor": "IND"}),
            (W, "earlier development trials were conducted from submerged pontoons off Andhra Pradesh", {"temporal": "historical", "weapon": _SLBM, "actor": "IND"}),
            (W, "a first sea-based launch of the longer-range K-5, designed to fly more than 5,000 km, is expected", {"temporal": "prospective", "weapon": _SLBM, "actor": "IND"}),
            (W, "India's first flight test of an Agni-V missile carrying multiple independently targetable reentry vehicles", {"temporal": "historical", "weapon": _AGNI, "actor": "IND"}),
            (E, "accused New Delhi of pursuing \"an aggressive and destabilizing build-up\"", {"actor": "PAK"}),
            (E, "Pakistan will take all necessary measures to safeguard its national security", {"actor": "PAK"}),
            (W, "Islamabad carried out its own flight test of the Ababeel missile", {"temporal": "historical", "weapon": {"ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (E, "The two neighbors fought a four-day conflict last May involving missile, drone and artillery strikes", {"actor": None}),
            (M, "India maintains a self-declared moratorium on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": "IND"}),
            (W, "its 1998 tests at Pokhran", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (W, "Pakistan, which conducted its own nuclear tests weeks later that year", {"temporal": "historical", "weapon": "nuclear", "actor": "PAK"}),
            (M, "has also declared a unilateral moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "PAK"}),
            (W, "Expect Islamabad to answer with a test of its own in the coming months", {"temporal": "prospective", "weapon": {"unspecified", "ballistic_missile"}, "actor": "PAK"}),
        ],
        optional=[
            (W, "not publicizing launches by the Strategic Forces Command"),
            (W, "a likely missile test"),
            (W, "All mission objectives were met"),
            (W, "Mission Divyastra"),
            (W, "the March 2024 test"),
            (W, "the reported launch"),
            (E, "maintain full-spectrum deterrence"),
            (E, "that changes the calculus"),
            (E, "hold targets at risk"),
            (D, "before the end of the year"),
        ]),

    Article("o5 out of domain: senate revives state-ai-law moratorium, fcc comment deadline, lobbying escalates, chatbot red-team tests", date(2026, 6, 18),
"""Senate Republicans revive moratorium on state AI laws as lobbying fight escalates

WASHINGTON, June 18 (Reuters) - A fight over whether Congress should stop states from enforcing their own artificial intelligence laws escalated on Wednesday, as Senate Republicans unveiled a revised proposal for a 10-year moratorium and a coalition of 40 state attorneys general warned it would leave consumers defenceless.

The measure, tucked into a broader technology and telecommunications package, would bar states from enforcing laws that regulate AI models or automated decision systems unless those laws conform to a future federal framework. A similar provision was stripped from last year's budget bill by a 99-1 Senate vote after governors from both parties objected.

"A moratorium on state action with nothing federal in its place is not a pause, it's a vacuum," said Denise Albright, the attorney general of one of the states that signed the letter. "We will not stand down while families are harmed."

Supporters say a patchwork of state rules would bury start-ups in compliance costs and hand an advantage to Chinese rivals. "We cannot let fifty different rulebooks decide who wins the AI race," the bill's lead sponsor said in a statement.

Lobbying on the issue has escalated sharply. Disclosure filings show the biggest AI developers spent a combined $41 million on federal lobbying in the first quarter, nearly double the figure a year earlier, while a super PAC backed by venture investors has launched a $20 million ad blitz targeting lawmakers in six states. Consumer groups have fired back with their own campaign, calling the moratorium "a gift to Big Tech."

The Federal Communications Commission separately opened an inquiry last month into whether some state AI laws conflict with federal communications rules. The agency set a July 20 deadline for initial public comments, with reply comments due within 30 days after that. The FCC chair said the review would "clear the underbrush" for a national approach.

State officials have also bristled at a Commerce Department push to tie broadband grants to states' willingness to freeze enforcement of their AI statutes, warning of a legal showdown if funds are withheld. California, whose frontier-model safety law took effect on Jan. 1, has said it will sue if the moratorium passes.

The policy battle is playing out as companies race to ship new products. On Tuesday, San Francisco-based Nimbus AI launched Halo 5, its most capable chatbot yet, saying the model had gone through four months of red-team tests by outside experts who tried to coax it into giving instructions for chemical or biological weapons, writing malware or manipulating voters.

"We threw everything we had at it," Nimbus' head of safety said at the launch event. "It failed some tests early on, and we fixed those before release."

The company fired two executives last year after an internal audit found that safety evaluations had been rushed to meet a product deadline, an episode that critics of the moratorium frequently cite. Nimbus said it had since tripled its testing budget.

Senate Majority Leader John Thune has not said when the package will reach the floor. Aides said leadership hopes to hold a vote before the chamber's August recess, and several Democrats have threatened to block the bill if the AI provision stays in.

"This is the tech equivalent of a nuclear option," said one Democratic aide, referring to the moratorium. "It blows up every state law in one go."

Analysts said the outcome may hinge on a handful of Republican senators from states with their own AI laws, including Tennessee and Utah, which have escalated their objections in recent weeks.""",
        expect=[],
        optional=[]),

    Article("o6 out of domain: f1 bahrain pre-season testing, engine homologation deadline, development 'moratorium', rivalry escalates", date(2026, 2, 20),
"""Verstappen fires warning as Bahrain testing ends, engine deadline looms

SAKHIR, Bahrain (AP) — Max Verstappen fired a warning to Formula One's new title favorites on Friday, setting the fastest lap of pre-season testing in Bahrain as teams wrapped up their final runs before engine designs are locked for the season.

The four-time world champion clocked 1 minute, 31.2 seconds on the soft tires late in the session at the Bahrain International Circuit, edging McLaren's Lando Norris by 0.14 seconds. Red Bull completed 152 laps, the most of any team on the final day of the three-day test.

"We're not where we want to be yet, but the car is a rocket on the straights," Verstappen said. "People said we'd be nowhere. I think today we sent a little message."

The test was the last chance for teams to run their all-new 2026 power units before the homologation deadline on March 1, after which manufacturers may only change their engines for reliability or safety reasons with approval from the FIA, the sport's governing body.

Several teams are already pressing for a relaxation of the subsequent development freeze, which paddock insiders have nicknamed "the moratorium." Under the rules, the freeze would hold until the end of 2027, with a catch-up allowance for manufacturers that fall more than 3% behind on power.

Mercedes team principal Toto Wolff said the moratorium was "the right call for cost control" but warned that rival manufacturers were "playing games" with their reported power figures to qualify for extra development hours. "If people are sandbagging in testing, the FIA needs to look very hard at that," Wolff said.

The remarks escalated a war of words with Red Bull that has simmered since last season. Red Bull's Laurent Mekies fired back that Mercedes "should worry about their own car," calling the allegations "a smokescreen."

Reliability remains the bigger worry for some. Aston Martin's Honda-powered car lost almost half of Thursday's session to an engine failure and a battery fire in the garage, and Fernando Alonso completed just 38 laps on Friday. Audi, in its first season as a works team, suffered a turbo failure on the first morning but recovered to run a full race simulation.

Teams also practised race starts at the end of the pit lane, with the new engines' reduced electrical boost making launches noticeably harder. Williams driver Carlos Sainz said the starts were "a lottery right now" and predicted chaos into Turn 1 at the season opener in Melbourne on March 8.

The sport's strict limits on private testing mean teams will get little further track time before the first race, leaving simulator work and data analysis to fill the gap. Pirelli will run a separate tire test in Spain in April.

"Now the real shooting starts," Norris said with a smile. "Everyone's shown a bit, nobody's shown everything.\"""",
        expect=[],
        optional=[]),
    Article(
        "p1 reuters: russia test-fires zircon from frigate in barents sea, oreshnik to belarus by year-end, nato reacts",
        date(2026, 6, 11),
        """Russia test-fires Zircon hypersonic missile in Barents Sea; Putin says Oreshnik headed for Belarus

OSLO/MOSCOW, June 11 (Reuters) - Russia's Northern Fleet fired a Zircon hypersonic cruise missile from a frigate in the Barents Sea on Wednesday, the Defence Ministry said, hours before President Vladimir Putin said the intermediate-range Oreshnik missile would be stationed in Belarus before the end of the year.

The ministry said the frigate Admiral Golovko launched the missile at a naval target about 350 km (217 miles) away and that the target "was hit directly". Video released by the ministry showed a missile rising vertically from the ship's deck under low cloud before tilting toward the horizon.

Norway's armed forces said they had tracked the firing. "We observed Russian activity consistent with a missile launch in the Barents Sea and followed it with our own sensors," a spokesperson for Norwegian Joint Headquarters in Bodo told Reuters, adding that Russia had closed the area to shipping and aircraft earlier in the week. The spokesperson declined to say what type of missile had been used.

Moscow says the Zircon, known in Russia as Tsirkon, flies at nine times the speed of sound and has a range of 1,000 km, which would make it very hard for existing air defences to stop. Russia first test-launched the missile from a ship in 2020 and declared it operational in 2023. Ukraine's air force has said it shot down several Zircons aimed at Kyiv, a claim Moscow has not commented on.

Wednesday's test-firing was at least the third Zircon launch by the Northern Fleet since February, according to Thomas Nilsen, editor of the Barents Observer, who follows military activity on the Kola Peninsula. "They are using the Barents Sea as a shop window," he said.

Speaking alongside Belarusian President Alexander Lukashenko in St Petersburg, Putin said the Oreshnik would be "on combat duty in Belarus by the end of this year" and that Minsk would have a say in selecting targets.

"This is our answer to the decisions being taken in Europe about long-range weapons on our borders," Putin said. "Nobody should doubt that we will defend the Union State with every means at our disposal."

Russia first used the Oreshnik against the Ukrainian city of Dnipro in November 2024, an attack Putin at the time described as a test of the new missile in combat conditions. Western officials say the weapon is a modified intermediate-range ballistic missile that carries several warheads.

NATO Secretary General Mark Rutte called the planned deployment "reckless and escalatory" and said the alliance would "not be intimidated". "We will take every step necessary to defend every inch of Allied territory," he told reporters in Brussels. Poland and Lithuania, which both border Belarus, asked for consultations within the alliance.

The Kremlin rejected the criticism. Spokesman Dmitry Peskov said NATO's own military build-up along Russia's western flank had left Moscow "no choice".

Norway, which shares a short Arctic border with Russia, has increased surveillance flights over the Barents Sea since 2022, and its defence minister said on Thursday that Oslo would discuss the launches with allies at a NATO defence ministers' meeting next week.

Russia has said it sees no basis for talks on a successor to the New START treaty, which expired in February, while Washington continues what Moscow calls a policy of "strategic defeat" against Russia.

(Reporting by Gwladys Fouche in Oslo and Reuters staff in Moscow; Editing by Andrew Heavens)""",
        expect=[
            (W, "Russia test-fires Zircon hypersonic missile in Barents Sea", {"temporal": "new", "weapon": _HYP, "actor": "RUS"}),
            (W, "Russia's Northern Fleet fired a Zircon hypersonic cruise missile from a frigate", {"temporal": "new", "weapon": _HYP, "actor": "RUS"}),
            (E, "the intermediate-range Oreshnik missile would be stationed in Belarus", {"actor": "RUS"}),
            (W, "the frigate Admiral Golovko launched the missile at a naval target", {"temporal": "new", "weapon": _HYP_U, "actor": "RUS"}),
            (W, "Russian activity consistent with a missile launch in the Barents Sea", {"temporal": "new", "weapon": _HYP_U, "actor": "RUS"}),
            (W, "Russia first test-launched the missile from a ship in 2020", {"temporal": "historical", "weapon": _HYP_U, "actor": "RUS"}),
            (W, "at least the third Zircon launch by the Northern Fleet since February", {"temporal": "historical", "weapon": _HYP_U, "actor": "RUS"}),
            (E, "the Oreshnik would be \"on combat duty in Belarus", {"actor": "RUS"}),
            (E, "we will defend the Union State with every means at our disposal", {"actor": "RUS"}),
            (W, "a test of the new missile in combat conditions", {"temporal": "historical", "weapon": _ORE, "actor": "RUS"}),
            (E, "called the planned deployment \"reckless and escalatory\"", {"actor": None}),
            (E, "We will take every step necessary to defend every inch of Allied territory", {"actor": None}),
        ],
        optional=[
            (W, "Wednesday's test-firing"),
            (W, "Norway's armed forces said they had tracked the firing"),
            (W, "Video released by the ministry showed a missile rising vertically"),
            (W, "the target \"was hit directly\""),
            (W, "shot down several Zircons aimed at Kyiv"),
            (E, "shot down several Zircons aimed at Kyiv"),
            (E, "This is our answer to the decisions being taken in Europe"),
            (E, "Russia first used the Oreshnik against the Ukrainian city of Dnipro"),
            (W, "Russia first used the Oreshnik against the Ukrainian city of Dnipro"),
            (E, "asked for consultations within the alliance"),
            (E, "The Kremlin rejected the criticism"),
            (E, "NATO's own military build-up along Russia's western flank"),
            (E, "has increased surveillance flights over the Barents Sea since 2022"),
            (W, "discuss the launches with allies"),
            (E, "it sees no basis for talks on a successor to the New START treaty"),
            (E, "what Moscow calls a policy of \"strategic defeat\" against Russia"),
            (W, "They are using the Barents Sea as a shop window"),
        ]),

    Article(
        "p2 afp: iran unveils and test-launches solid-fuel missile, irgc hormuz threat, us 'two weeks', arrow-3 history",
        date(2026, 5, 20),
        """Iran tests new solid-fuel missile as US gives Tehran 'two weeks'

TEHRAN (AFP) - Iran on Tuesday unveiled a new solid-fuel ballistic missile and said it had successfully test-launched it, as the Revolutionary Guards warned they could shut the Strait of Hormuz and Washington gave Tehran two weeks to return to nuclear talks.

State television aired footage of the missile, named Sahand, lifting off from a mobile launcher in what it said was central Iran, trailing a thick plume of white smoke. Defence Minister Aziz Nasirzadeh said the missile had a range of 1,800 kilometres and could be readied for launch "in a matter of minutes".

"This missile can reach any base of the enemy in the region," Nasirzadeh said at the unveiling ceremony, flanked by commanders of the Guards' aerospace force. He did not say when exactly the test had taken place.

US officials did not confirm the launch, but a Pentagon spokesman said the department was "aware of the reports" and was monitoring Iranian missile activity closely.

Solid-fuel missiles can be fired far more quickly than liquid-fuelled ones, which must be fuelled before launch, making them harder for an adversary to target. Iran last announced a solid-fuel missile test in February, when the Guards said they had flown a Kheibar Shekan variant from a site near Shahroud.

The unveiling came a day after the Guards' naval commander, Alireza Tangsiri, said Iran would close the Strait of Hormuz if its oil exports were choked off. "If our oil cannot pass, no one's oil will pass," he was quoted as saying by the Tasnim news agency. About a fifth of the world's oil supply moves through the narrow waterway.

In Washington, White House press secretary Karoline Leavitt said President Donald Trump had given Iran "two weeks" to come back to the negotiating table over its nuclear programme. "After that, the president will decide on next steps, and all options remain on the table," she said.

Tehran brushed the ultimatum aside. Foreign ministry spokesman Esmaeil Baqaei said Iran would "not negotiate under the shadow of threats" and accused Washington of "bullying".

Talks mediated by Oman broke down last year after Israel and the United States struck Iranian nuclear and military sites in June 2025. Iran responded with waves of missile and drone attacks on Israel and later suspended its cooperation with the UN nuclear watchdog, the IAEA.

Israel's multi-layered air defences were tested during those exchanges. Its Arrow-3 system, which is designed to destroy ballistic missiles above the atmosphere, made its first combat interception in November 2023, downing a missile fired by Yemen's Huthi rebels toward the southern city of Eilat.

Before entering service, the interceptor went through a long development programme with the US Missile Defense Agency, including a series of flight tests off Alaska in 2019 that Israel's defence ministry described as "an extraordinary achievement".

Iranian officials say they observe a self-imposed 2,000-kilometre cap on the range of their missiles, a limit some hardline lawmakers have urged the leadership to scrap. Western analysts are divided over whether the Sahand, if its stated range is accurate, is meant to signal that the cap could be revisited.

"The timing is not an accident," said Farzin Nadimi, an analyst who follows Iran's military. "Tehran wants Washington to know the cost of any strike is going up, while keeping a door open to talks."

European diplomats said on Wednesday that Britain, France and Germany were preparing a joint statement urging restraint.""",
        expect=[
            (W, "Iran tests new solid-fuel missile", {"temporal": "new", "weapon": _BM, "actor": "IRN"}),
            (D, "US gives Tehran 'two weeks'", {"due": "2026-06-03", "set_by": "USA"}),
            (W, "said it had successfully test-launched it", {"temporal": "new", "weapon": {"ballistic_missile", "irbm"}, "actor": "IRN"}),
            (E, "the Revolutionary Guards warned they could shut the Strait of Hormuz", {"actor": "IRN"}),
            (D, "Washington gave Tehran two weeks to return to nuclear talks", {"due": "2026-06-03", "set_by": "USA"}),
            (E, "Washington gave Tehran two weeks to return to nuclear talks", {"actor": "USA"}),
            (W, "the missile, named Sahand, lifting off from a mobile launcher", {"temporal": "new", "weapon": {"ballistic_missile", "irbm", "unspecified"}, "actor": "IRN"}),
            (E, "This missile can reach any base of the enemy in the region", {"actor": "IRN"}),
            (W, "Iran last announced a solid-fuel missile test in February", {"temporal": "historical", "weapon": _BM, "actor": "IRN"}),
            (E, "Iran would close the Strait of Hormuz if its oil exports were choked off", {"actor": "IRN"}),
            (E, "If our oil cannot pass, no one's oil will pass", {"actor": "IRN"}),
            (D, "had given Iran \"two weeks\" to come back to the negotiating table", {"due": "2026-06-03", "set_by": "USA"}),
            (E, "had given Iran \"two weeks\" to come back to the negotiating table", {"actor": "USA"}),
            (E, "all options remain on the table", {"actor": "USA"}),
            (E, "Iran would \"not negotiate under the shadow of threats\"", {"actor": "IRN"}),
            (E, "accused Washington of \"bullying\"", {"actor": "IRN"}),
            (E, "suspended its cooperation with the UN nuclear watchdog", {"actor": "IRN"}),
            (W, "a series of flight tests off Alaska in 2019", {"temporal": "historical", "actor": {"ISR", None}}),
        ],
        optional=[
            (W, "He did not say when exactly the test had taken place"),
            (W, "US officials did not confirm the launch"),
            (W, "monitoring Iranian missile activity closely"),
            (W, "Solid-fuel missiles can be fired far more quickly"),
            (W, "the Guards said they had flown a Kheibar Shekan variant"),
            (E, "The unveiling came a day after"),
            (D, "After that, the president will decide on next steps"),
            (E, "Tehran brushed the ultimatum aside"),
            (D, "Tehran brushed the ultimatum aside"),
            (E, "Talks mediated by Oman broke down last year"),
            (E, "Israel and the United States struck Iranian nuclear and military sites in June 2025"),
            (E, "Iran responded with waves of missile and drone attacks on Israel"),
            (W, "Iran responded with waves of missile and drone attacks on Israel"),
            (E, "Israel's multi-layered air defences were tested during those exchanges"),
            (W, "made its first combat interception in November 2023"),
            (W, "downing a missile fired by Yemen's Huthi rebels"),
            (E, "downing a missile fired by Yemen's Huthi rebels"),
            (M, "they observe a self-imposed 2,000-kilometre cap on the range of their missiles"),
            (M, "a limit some hardline lawmakers have urged the leadership to scrap"),
            (M, "the cap could be revisited"),
            (E, "the cap could be revisited"),
            (E, "the cost of any strike is going up"),
            (E, "The timing is not an accident"),
        ]),

    Article(
        "p3 kyodo: han kuang and hsiung feng firing at jiupeng, pla 'justice mission' drills as 'stern warning', tokyo and washington",
        date(2026, 7, 16),
        """China stages 'Justice Mission' drills around Taiwan as island test-fires missiles

TAIPEI, July 16 Kyodo - China's military launched large-scale drills around Taiwan on Thursday, calling them "a stern warning" to separatist forces, a day after the self-ruled island test-fired anti-ship missiles from a southern base as part of its annual Han Kuang exercises.

The People's Liberation Army's Eastern Theater Command said the exercise, code-named "Justice Mission", involved army, navy, air force and rocket force units and would practise "sealing off key ports and seizing comprehensive superiority". It described the drills as "a stern warning to Taiwan independence separatist forces and a serious deterrent to external interference."

Taiwan's Defense Ministry said it had detected 68 Chinese military aircraft and 24 navy vessels around the island by 6 a.m., and condemned the drills as "a blatant provocation that undermines regional peace and stability". It said it had dispatched its own ships and aircraft and activated land-based missile systems to monitor the situation.

The Eastern Theater Command said long-range rocket launchers had fired live rounds into waters north and southwest of Taiwan. Japan's Defense Ministry said it was analysing whether any of them fell inside Japan's exclusive economic zone.

On Wednesday, Taiwanese forces fired Hsiung Feng III supersonic anti-ship missiles at a target vessel off the Jiupeng military base in Pingtung County, in a test-firing witnessed by foreign military attaches. The Defense Ministry said the missiles scored direct hits, and an air force unit also fired a Tien Kung III air-defence missile during the exercise.

The Jiupeng firing was the first public launch of the Hsiung Feng III since April 2025, when the navy test-fired two of the missiles from a corvette, according to the ministry.

This year's Han Kuang exercises, which began last week and run for 10 days, are the longest in the drills' four-decade history and for the first time call up more than 22,000 reservists.

President Lai Ching-te said on Thursday that Taiwan "will not provoke, and will not back down", and urged Beijing to "stop its military intimidation".

Beijing's Taiwan Affairs Office dismissed the Han Kuang drills as "a futile attempt to resist reunification by force" and said Lai was "pushing Taiwan toward the abyss of war".

In Tokyo, Chief Cabinet Secretary Minoru Kihara told a news conference that Japan had conveyed its concerns to China through diplomatic channels and was watching the situation "with great interest". He said peace and stability across the Taiwan Strait were important for the international community as a whole.

The US State Department said Washington was "deeply concerned" and urged Beijing to "cease its military pressure against Taiwan", adding that the United States would continue to support Taiwan's self-defence.

China has regularly staged large-scale drills around Taiwan since August 2022, when it fired ballistic missiles into waters around the island, five of which landed in Japan's exclusive economic zone, after a visit to Taipei by then US House Speaker Nancy Pelosi. Beijing views Taiwan as a renegade province to be brought under its control, by force if necessary.

Analysts said Thursday's exercise appeared to be larger than the "Strait Thunder" drills held in April last year, though it was not immediately clear how long it would last.""",
        expect=[
            (E, "China stages 'Justice Mission' drills around Taiwan", {"actor": "CHN"}),
            (W, "island test-fires missiles", {"temporal": "new", "weapon": _AS, "actor": "TWN"}),
            (E, "China's military launched large-scale drills around Taiwan", {"actor": "CHN"}),
            (W, "test-fired anti-ship missiles from a southern base", {"temporal": "new", "weapon": _AS, "actor": "TWN"}),
            (E, "sealing off key ports and seizing comprehensive superiority", {"actor": "CHN"}),
            (E, "a stern warning to Taiwan independence separatist forces", {"actor": "CHN"}),
            (E, "condemned the drills as \"a blatant provocation", {"actor": "TWN"}),
            (W, "long-range rocket launchers had fired live rounds into waters north and southwest of Taiwan", {"temporal": "new", "weapon": "rocket_artillery", "actor": "CHN"}),
            (W, "Taiwanese forces fired Hsiung Feng III supersonic anti-ship missiles", {"temporal": "new", "weapon": _AS, "actor": "TWN"}),
            (W, "an air force unit also fired a Tien Kung III air-defence missile", {"temporal": "new", "weapon": "unspecified", "actor": "TWN"}),
            (W, "the navy test-fired two of the missiles from a corvette", {"temporal": "historical", "weapon": _AS, "actor": "TWN"}),
            (E, "urged Beijing to \"stop its military intimidation\"", {"actor": "TWN"}),
            (E, "was \"pushing Taiwan toward the abyss of war\"", {"actor": "CHN"}),
            (E, "urged Beijing to \"cease its military pressure against Taiwan\"", {"actor": "USA"}),
            (W, "it fired ballistic missiles into waters around the island", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "CHN"}),
        ],
        optional=[
            (E, "a serious deterrent to external interference"),
            (E, "activated land-based missile systems to monitor the situation"),
            (E, "detected 68 Chinese military aircraft and 24 navy vessels"),
            (W, "The Jiupeng firing was the first public launch of the Hsiung Feng III"),
            (W, "the missiles scored direct hits"),
            (W, "whether any of them fell inside Japan's exclusive economic zone"),
            (E, "whether any of them fell inside Japan's exclusive economic zone"),
            (E, "This year's Han Kuang exercises"),
            (E, "will not provoke, and will not back down"),
            (E, "dismissed the Han Kuang drills as \"a futile attempt to resist reunification by force\""),
            (E, "Japan had conveyed its concerns to China"),
            (E, "Washington was \"deeply concerned\""),
            (E, "the United States would continue to support Taiwan's self-defence"),
            (E, "China has regularly staged large-scale drills around Taiwan since August 2022"),
            (W, "five of which landed in Japan's exclusive economic zone"),
            (E, "to be brought under its control, by force if necessary"),
            (E, "Thursday's exercise appeared to be larger than the \"Strait Thunder\" drills"),
        ]),

    Article(
        "p4 arms control association brief: us weighing explosive test, nnsa 6-36 months, 1992 moratorium, ctbto, senate bill",
        date(2026, 4, 22),
        """Issue Brief: Resuming U.S. Nuclear Explosive Testing Would Be a Strategic Blunder

Arms Control Association, April 22, 2026

Senior administration officials are weighing whether the United States should conduct its first nuclear explosive test since 1992, according to multiple press reports this month. Such a step would end a moratorium that has served U.S. security for more than three decades and would very likely trigger a cascade of testing by other nuclear-armed states.

The debate was revived in October, when President Donald Trump said he had directed the Pentagon to start testing "on an equal basis" with other countries. Energy Secretary Chris Wright later said the program would involve "noncritical" system tests rather than nuclear explosions, but officials have since declined to rule out a full-scale detonation.

How ready is the United States? The National Nuclear Security Administration (NNSA) is required to maintain the ability to carry out an underground test at the Nevada National Security Site. Its most recent estimate is that it could conduct a test within 6 to 36 months of a presidential decision, depending on the test's complexity and the diagnostics required. A simple "demonstration" shot, experts note, could come at the shorter end of that range but would teach weapons designers little.

The United States has not needed explosive testing. Since the last U.S. test, code-named Divider, was carried out in Nevada on Sept. 23, 1992, the NNSA's Stockpile Stewardship Program has certified the arsenal every year using supercomputer simulations, non-nuclear experiments, and subcritical experiments in which no self-sustaining chain reaction occurs. The laboratory directors have repeatedly told Congress that no explosive test is needed.

The 1992 moratorium began as a nine-month halt enacted by Congress and signed by President George H.W. Bush, and it has been observed by every president since. Russia has not conducted a nuclear test since 1990 and China since 1996.

Verification is no longer a plausible excuse. The Comprehensive Nuclear-Test-Ban Treaty Organization's International Monitoring System, with more than 300 certified stations, detected all six of North Korea's nuclear tests between 2006 and 2017, including the lowest-yield blast in 2006. The treaty, which prohibits all nuclear explosions, has not entered into force because the United States, China and several other states have not ratified it.

Congress is beginning to act. A bill introduced last week in the Senate would bar the use of any federal funds to conduct a nuclear explosive test unless Congress first approves it. Its sponsors say the measure would lock in the testing moratorium in law.

The reactions from Moscow and Beijing show what is at stake. In November, President Vladimir Putin ordered Russian agencies to draft proposals for possible preparations for nuclear weapons tests and said Russia would test only if Washington did so first. Moscow withdrew its ratification of the test ban treaty in 2023, arguing it needed to "mirror" the U.S. position.

China's foreign ministry said Beijing has "always honoured its commitment to a moratorium on nuclear testing" and urged Washington to "earnestly abide by" its own. A State Department compliance report nonetheless alleges that China may have conducted low-yield supercritical experiments at its Lop Nur site, a claim Beijing calls "groundless".

Recommendations:
- The administration should publicly reaffirm the U.S. moratorium and rule out explosive testing.
- Congress should pass the Senate funding bar and require the NNSA to report within 90 days on its test-readiness spending.
- Washington should invite Russia and China to joint transparency measures at the Nevada, Novaya Zemlya and Lop Nur test sites.

A U.S. test would hand Moscow and Beijing the justification they need to test and refine new warhead designs. It would be a gift to our adversaries and a blow to global nonproliferation efforts.""",
        expect=[
            (W, "the United States should conduct its first nuclear explosive test since 1992", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (M, "Such a step would end a moratorium that has served U.S. security for more than three decades", {"status": "threatened", "scope": ["nuclear"], "actor": "USA"}),
            (W, "would very likely trigger a cascade of testing by other nuclear-armed states", {"temporal": "prospective", "weapon": "nuclear"}),
            (E, "he had directed the Pentagon to start testing \"on an equal basis\"", {"actor": "USA"}),
            (W, "he had directed the Pentagon to start testing \"on an equal basis\"", {"temporal": "prospective", "actor": "USA"}),
            (W, "it could conduct a test within 6 to 36 months of a presidential decision", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "the last U.S. test, code-named Divider, was carried out in Nevada on Sept. 23, 1992", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "The 1992 moratorium began as a nine-month halt enacted by Congress", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (M, "it has been observed by every president since", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "detected all six of North Korea's nuclear tests between 2006 and 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "would bar the use of any federal funds to conduct a nuclear explosive test", {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
            (M, "lock in the testing moratorium in law", {"status": {"called_for", "in_force"}, "scope": ["nuclear"], "actor": "USA"}),
            (W, "ordered Russian agencies to draft proposals for possible preparations for nuclear weapons tests", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "ordered Russian agencies to draft proposals for possible preparations for nuclear weapons tests", {"actor": "RUS"}),
            (M, "said Russia would test only if Washington did so first", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "said Russia would test only if Washington did so first", {"actor": "RUS"}),
            (E, "Moscow withdrew its ratification of the test ban treaty in 2023", {"actor": "RUS"}),
            (M, "always honoured its commitment to a moratorium on nuclear testing", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (M, "The administration should publicly reaffirm the U.S. moratorium", {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
        ],
        optional=[
            (M, "Russia has not conducted a nuclear test since 1990"),
            (M, "and China since 1996"),
            (W, "Resuming U.S. Nuclear Explosive Testing Would Be a Strategic Blunder"),
            (M, "Resuming U.S. Nuclear Explosive Testing Would Be a Strategic Blunder"),
            (E, "Senior administration officials are weighing whether"),
            (E, "Such a step would end a moratorium"),
            (E, "officials have since declined to rule out a full-scale detonation"),
            (W, "officials have since declined to rule out a full-scale detonation"),
            (W, "the program would involve \"noncritical\" system tests rather than nuclear explosions"),
            (W, "maintain the ability to carry out an underground test"),
            (W, "A simple \"demonstration\" shot"),
            (W, "subcritical experiments in which no self-sustaining chain reaction occurs"),
            (W, "no explosive test is needed"),
            (W, "including the lowest-yield blast in 2006"),
            (M, "The treaty, which prohibits all nuclear explosions"),
            (M, "urged Washington to \"earnestly abide by\" its own"),
            (W, "China may have conducted low-yield supercritical experiments at its Lop Nur site"),
            (E, "A State Department compliance report nonetheless alleges"),
            (E, "a claim Beijing calls \"groundless\""),
            (M, "rule out explosive testing"),
            (D, "report within 90 days on its test-readiness spending"),
            (W, "the justification they need to test and refine new warhead designs"),
            (W, "A U.S. test would hand Moscow and Beijing"),
            (E, "It would be a gift to our adversaries"),
            (M, "Congress should pass the Senate funding bar"),
            (W, "The United States has not needed explosive testing"),
            (M, "The United States has not needed explosive testing"),
        ]),

    Article(
        "p5 out of domain: senate 'nuclear option', tariff deadline escalates trade war, dockworkers' strike ultimatum",
        date(2026, 9, 3),
        """Senate goes 'nuclear' on nominees as tariff deadline nears and ports brace for strike

WASHINGTON (AP) - Senate Republicans triggered the so-called nuclear option on Wednesday, changing the chamber's rules by a simple majority so that dozens of stalled executive-branch nominees can be confirmed in batches, a move Democrats warned would escalate an already bitter fight over the chamber's traditions.

The 52-47 vote ended a months-long standoff in which Democrats had used procedural delays to force hours of debate on even low-level nominations. Majority Leader John Thune said the minority had left him no choice. "They fired the first shot; we are simply ending a blockade," he said on the floor.

Minority Leader Chuck Schumer called it "a blast that will echo for years" and predicted Republicans would regret detonating the rule when they are next in the minority. Democrats first went nuclear in 2013, when they lowered the bar for most nominees, and Republicans followed suit in 2017 for Supreme Court picks.

The rules fight came as the White House's tariff deadline for Canada and Mexico loomed. President Donald Trump has said 35% duties on a broad range of goods will take effect at 12:01 a.m. on Monday unless the two neighbours agree to new terms on dairy and autos. Ottawa answered with a warning shot of its own on Tuesday, publishing a list of U.S. products, from bourbon to washing machines, that would face counter-tariffs.

"This trade war is escalating by the week," said Mary Lovely, a senior fellow at the Peterson Institute for International Economics. "Businesses made plans around a 90-day truce, and now they are scrambling again." Markets slid on the news, with the S&P 500 falling 1.2% as investors priced in the risk of a prolonged standoff. Companies that had launched new product lines for the holiday season said input costs would escalate if the duties take effect.

At the same time, the International Longshoremen's Association gave port operators until midnight on Sept. 30 to agree to a new contract or face a walkout at ports from Maine to Texas. Union president Harold Daggett has threatened "a war" on the waterfront if automation provisions are not tightened.

"We have set our deadline and we are not moving it," Daggett said in a video message to members. The United States Maritime Alliance, which represents employers, said it remained "committed to reaching a deal at the table" and had proposed a moratorium on new automated cranes through 2030.

A strike would be the union's second in two years and could cost the economy billions of dollars a day, economists say. Retailers have already begun front-loading imports ahead of the tariff deadline and the possible stoppage, leaving warehouses in Southern California near capacity.

Separately, the Labor Department said a stress test of the agency's unemployment-insurance systems found that several states would struggle to handle a surge in claims. And in a reminder of how crowded the autumn calendar has become, lawmakers also face a Sept. 30 deadline to fund the government and avert a shutdown.

Senate aides said the first batch of 48 nominees could be confirmed as soon as Thursday.""",
        expect=[],
        optional=[]),

    Article(
        "p6 out of domain: transfer deadline day, a striker's 'missile', fan-ban moratorium, stadium safety test, managers' feud",
        date(2026, 9, 2),
        """Deadline-day drama: Castellan's late rocket seals move as feud between managers escalates

LONDON (Reuters) - Rovers completed the signing of striker Mateo Castellan minutes before Tuesday's 7 p.m. transfer deadline, hours after the Argentine fired a missile of a shot into the top corner in his final match for Brugge, capping a frantic deadline day across the Premier League.

The 24-year-old joins for a fee of 58 million pounds ($78 million) after a medical that overran because of a late flight from Belgium. Rovers boss Graham Pickering said he had "launched a last-ditch raid" after talks with Castellan's representatives stalled over the weekend.

"We set ourselves a deadline of Monday night and we blew straight through it," Pickering said. "But the lad's left foot is a weapon. That strike on Saturday was a guided missile, and you don't get many of those for sale."

The move is the latest flashpoint in an escalating feud between Pickering and City manager Ruud Vos, who had been tracking the striker since January. Vos accused his rival of "tapping up" the player and said on Tuesday that relations between the clubs had reached "nuclear levels". Pickering fired back, calling Vos's comments "a provocation" and warning that he would not be "bullied by anyone in this league".

The Premier League has told both clubs to cool their rhetoric, and a disciplinary panel could issue a ruling by the end of the month on touchline clashes between the two men during their meeting in August.

Away from the transfer market, City's rivals are still smarting from a moratorium on away supporters imposed by the league after crowd trouble at the same fixture. The ban on travelling fans, which covers City's next three away matches, was upheld on appeal last week. Supporters' groups have called for the moratorium to be lifted before the derby in November.

Rovers, meanwhile, must pass a safety test at their redeveloped stadium before its capacity can be raised to 61,000. A full-capacity test event is scheduled for Sept. 19, and the local council's safety advisory group has set a deadline of Oct. 1 for the club to complete remedial work on two stands.

Elsewhere on deadline day, Wanderers fired their sporting director after a summer in which they failed to land a single first-team target, and Athletic launched an investigation after a positive drug test for one of their new signings was leaked to the press. England's cricket squad, on tour for a three-Test series, were not affected by the window.

League officials said a record 1.9 billion pounds had been spent across the summer window, beating the previous high set in 2023. Clubs can register free agents until the end of the month, and the window reopens on Jan. 1.

"It's an arms race, plain and simple," said football finance expert Kieran Maguire. "Every club thinks the next deadline-day bombshell is the one that saves their season.\"""",
        expect=[],
        optional=[]),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('o1 ', W, 'We reserve the right to test on an equal basis', None),
    ('o1 ', E, 'We reserve the right to test on an equal basis', None),
    ('o1 ', W, 'continued to prepare its Punggye-ri site for a possible seventh detonation', None),
    ('o2 ', W, "Pyongyang vows new attempt 'soon'", None),
    ('o2 ', W, 'the rocket, fired southward over the Yellow Sea, exploded about two minutes into its flight', None),
    ('o2 ', W, 'the country would "soon" make a second attempt to launch the satellite', None),
    ('o2 ', E, 'staged a combined air drill over the Yellow Sea', {}),  # want {'actor': None}, read {'actor': ['KOR']}
    ('o2 ', W, "Thursday's launch was the North's first satellite attempt in two years", None),
    ('o2 ', W, 'two failed attempts in May and August of that year', None),
    ('o2 ', W, 'A further launch in May 2024 ended in a mid-air explosion', {'temporal': 'historical', 'actor': 'PRK'}),  # want {'weapon': {'unspecified', 'space_launch'}}, read {'weapon': ['engine']}
    ('o2 ', W, 'it had conducted a ground test of a high-thrust solid-fuel engine on May 14', {'temporal': 'new', 'actor': 'PRK'}),  # want {'weapon': 'engine'}, read {'weapon': [['engine', 'icbm']]}
    ('o2 ', W, 'Another attempt within weeks would not surprise me', None),
    ('o4 ', E, 'This gives the sea leg of our deterrent the reach it was designed for', None),
    ('o4 ', W, 'earlier development trials were conducted from submerged pontoons off Andhra Pradesh', None),
    ('o4 ', E, 'The two neighbors fought a four-day conflict last May involving missile, drone and artillery strikes', None),
    ('o4 ', W, 'Expect Islamabad to answer with a test of its own in the coming months', None),
    ('p1 ', E, 'the intermediate-range Oreshnik missile would be stationed in Belarus', None),
    ('p1 ', W, 'the frigate Admiral Golovko launched the missile at a naval target', {'temporal': 'new', 'actor': 'RUS'}),  # want {'weapon': {'unspecified', 'hypersonic', 'cruise_missile'}}, read {'weapon': [['cruise_missile', 'hypersonic']]}
    ('p1 ', W, 'at least the third Zircon launch by the Northern Fleet since February', {'weapon': {'unspecified', 'hypersonic', 'cruise_missile'}, 'actor': 'RUS'}),  # want {'temporal': 'historical'}, read {'temporal': ['new']}
    ('p2 ', E, 'Washington gave Tehran two weeks to return to nuclear talks', {}),  # want {'actor': 'USA'}, read {'actor': ['IRN']}
    ('p2 ', E, 'This missile can reach any base of the enemy in the region', None),
    ('p2 ', E, 'Iran would close the Strait of Hormuz if its oil exports were choked off', None),
    ('p2 ', E, "If our oil cannot pass, no one's oil will pass", None),
    ('p4 ', W, 'would very likely trigger a cascade of testing by other nuclear-armed states', None),
    ('p4 ', W, 'he had directed the Pentagon to start testing "on an equal basis"', None),
    ('p4 ', W, 'the last U.S. test, code-named Divider, was carried out in Nevada on Sept. 23, 1992', None),
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND18, _prefix), _kind, _phrase, _attrs)
