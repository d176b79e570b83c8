"""Round 12 of the challenge articles: 14 fresh articles (ten in the domain, four out of it),
short wire stories and long analysis pieces, written and labelled after round 11's fixes and run
before round 12's: they scored 79/145 required signals right with 6 false alarms (four of them a
false alert on a government-shutdown story)."""


from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

ROUND12: list[Article] = [
    Article(
        "c1 north korea cruise missiles off west coast from nampho; tokyo sees no ballistic launch; srbms on may 8",
        date(2026, 5, 21),
        """SEOUL, May 21 (Yonhap) -- North Korea fired several cruise missiles off its west coast on Thursday, South Korea's Joint Chiefs of Staff (JCS) said, in what appeared to be the latest in a series of weapons tests ahead of a key ruling party meeting next month.

The missiles were detected at around 8:10 a.m. after being launched from the area of the western port city of Nampho and flew over the Yellow Sea, the JCS said, without disclosing how many were fired or how far they traveled.

"South Korean and U.S. intelligence authorities are closely analyzing the details," the JCS said in a text message to reporters. "Our military maintains a firm readiness posture and will respond overwhelmingly to any provocation by the North."

In Tokyo, the Defense Ministry said it had not detected any ballistic missile launch and that there was no immediate threat to Japanese territory. Chief Cabinet Secretary Minoru Kihara told a regular news conference that the government was gathering information and would stay in close contact with Washington and Seoul.

Thursday's launch was the North's first involving cruise missiles since late January, when leader Kim Jong Un oversaw the test-firing of what state media called strategic cruise missiles from the new destroyer Choe Hyon off the same coast.

On May 8, the North launched two short-range ballistic missiles from the Pyongyang area toward the East Sea, which flew about 300 kilometers before splashing down outside Japan's exclusive economic zone.

The latest firing came days after Kim Yo Jong, the North Korean leader's sister, denounced ongoing combined air drills by Seoul and Washington as "a dangerous war rehearsal" and warned that Pyongyang would answer them with "overwhelming measures."

Pyongyang's state media had not reported on the launch as of Thursday afternoon. The Korean Central News Agency (KCNA) usually carries details of weapons tests the following morning.

Cruise missiles, which fly at low altitude and can be harder to detect, are not covered by U.N. Security Council resolutions that bar North Korea from any activity using ballistic missile technology.

"The North is likely checking the reliability of systems it intends to deploy on its new warships, and possibly of weapons it could supply to Russia," said Park Ji-hoon, a researcher at the state-run Korea Institute for Defense Analyses. "It is also sending a message before the party meeting that its weapons development will not slow down."

North Korea has fired dozens of ballistic missiles since the start of 2024, and Kim has vowed to expand the country's nuclear arsenal "exponentially," rejecting U.S. calls for denuclearization talks as "a pipe dream." """,
        expect=[
            (W, "North Korea fired several cruise missiles off its west coast on Thursday", {"temporal": "new", "weapon": "cruise_missile", "actor": "PRK"}),
            (W, "The missiles were detected at around 8:10 a.m. after being launched from the area of the western port city of Nampho", {"temporal": "new", "weapon": {"cruise_missile", "unspecified"}, "actor": "PRK"}),
            (E, "will respond overwhelmingly to any provocation by the North", {"actor": "KOR"}),
            (W, "Kim Jong Un oversaw the test-firing of what state media called strategic cruise missiles", {"temporal": "historical", "weapon": "cruise_missile", "actor": "PRK"}),
            (W, "On May 8, the North launched two short-range ballistic missiles from the Pyongyang area", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (E, 'denounced ongoing combined air drills by Seoul and Washington as "a dangerous war rehearsal"', {"actor": "PRK"}),
            (E, 'warned that Pyongyang would answer them with "overwhelming measures."', {"actor": "PRK"}),
            (W, "North Korea has fired dozens of ballistic missiles since the start of 2024", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "PRK"}),
            (E, 'Kim has vowed to expand the country\'s nuclear arsenal "exponentially,"', {"actor": "PRK"}),
            (E, 'rejecting U.S. calls for denuclearization talks as "a pipe dream."', {"actor": "PRK"}),
        ],
        optional=[
            (W, "the latest in a series of weapons tests"),
            (W, "it had not detected any ballistic missile launch"),
            (E, "there was no immediate threat to Japanese territory"),
            (W, "Thursday's launch was the North's first involving cruise missiles since late January"),
            (W, "which flew about 300 kilometers before splashing down"),
            (W, "The latest firing came days after"),
            (E, "combined air drills by Seoul and Washington"),
            (W, "had not reported on the launch"),
            (W, "usually carries details of weapons tests the following morning"),
            (M, "U.N. Security Council resolutions that bar North Korea from any activity using ballistic missile technology"),
            (W, "checking the reliability of systems it intends to deploy"),
            (E, "checking the reliability of systems it intends to deploy"),
            (E, "weapons it could supply to Russia"),
            (E, "its weapons development will not slow down"),
        ],
    ),
    Article(
        "c2 minuteman iii from vandenberg to kwajalein; trident from uss nebraska last september; sentinel; trump test order and 1992 moratorium",
        date(2026, 5, 14),
        """VANDENBERG SPACE FORCE BASE, Calif. (AP) — An unarmed Minuteman III intercontinental ballistic missile was launched from California's central coast early Wednesday in what the Air Force called a routine check of the nation's aging land-based nuclear force.

The missile lifted off at 12:41 a.m. from Vandenberg Space Force Base, northwest of Los Angeles, and its test reentry vehicle traveled roughly 4,200 miles (6,760 kilometers) to the Reagan Test Site at Kwajalein Atoll in the Marshall Islands, Air Force Global Strike Command said.

"This test launch is part of routine and periodic activities intended to demonstrate that the United States' nuclear deterrent is safe, secure, reliable and effective," the command said in a statement, adding that the flight had been scheduled years in advance and was not a response to world events.

The missile was taken at random from the fleet at Malmstrom Air Force Base in Montana, and a crew from the 341st Missile Wing was flown to California to carry out the launch. Data from the flight will be used to assess the weapon's accuracy and reliability, officials said.

The Air Force has conducted more than 300 Minuteman III test launches since the missile entered service in 1970. The Navy, which tests its submarine-launched Trident II D5LE missiles at sea, last fired four of them from the ballistic-missile submarine USS Nebraska off the Southern California coast last September.

The Minuteman III is supposed to be replaced by the Sentinel, a new ICBM whose estimated cost has risen to more than $140 billion after a restructuring. The Pentagon has said the first Sentinel flight test is not expected before 2028.

Wednesday's launch came about six months after President Donald Trump directed the Pentagon to start testing nuclear weapons "on an equal basis" with Russia and China, an order that alarmed arms control advocates. Energy Secretary Chris Wright later said the tests he envisaged were "system tests" of weapon components and not nuclear explosions.

The United States has observed a moratorium on explosive nuclear testing since 1992, and experts say restarting underground tests at the Nevada National Security Site would take at least two to three years.

"Every one of these launches is, in effect, a message," said Marcus Hale, a former Pentagon arms control official. "The question is whether it stays a routine message or becomes part of a new testing race."

Under a 1988 agreement, Washington notifies Moscow in advance of ICBM and submarine-launched missile launches. The Kremlin did not comment on Wednesday's flight.""",
        expect=[
            (W, "An unarmed Minuteman III intercontinental ballistic missile was launched from California's central coast early Wednesday", {"temporal": "new", "weapon": "icbm", "actor": "USA"}),
            (W, "The missile lifted off at 12:41 a.m. from Vandenberg Space Force Base", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "its test reentry vehicle traveled roughly 4,200 miles (6,760 kilometers) to the Reagan Test Site", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
            (W, "The Air Force has conducted more than 300 Minuteman III test launches since the missile entered service in 1970", {"temporal": "historical", "weapon": "icbm", "actor": "USA"}),
            (W, "last fired four of them from the ballistic-missile submarine USS Nebraska", {"temporal": "historical", "weapon": "slbm", "actor": "USA"}),
            (W, "the first Sentinel flight test is not expected before 2028", {"temporal": "prospective", "weapon": "icbm", "actor": "USA"}),
            (W, 'directed the Pentagon to start testing nuclear weapons "on an equal basis" with Russia and China', {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, 'directed the Pentagon to start testing nuclear weapons "on an equal basis" with Russia and China', {"actor": "USA"}),
            (M, "The United States has observed a moratorium on explosive nuclear testing since 1992", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
        ],
        optional=[
            (W, "This test launch is part of routine and periodic activities"),
            (E, "demonstrate that the United States' nuclear deterrent is safe, secure, reliable and effective"),
            (E, "was not a response to world events"),
            (W, "a crew from the 341st Missile Wing was flown to California to carry out the launch"),
            (W, "Data from the flight will be used"),
            (W, "which tests its submarine-launched Trident II D5LE missiles at sea"),
            (W, "Wednesday's launch came about six months after"),
            (W, 'the tests he envisaged were "system tests" of weapon components and not nuclear explosions'),
            (W, "restarting underground tests at the Nevada National Security Site would take at least two to three years"),
            (W, "Every one of these launches is, in effect, a message"),
            (E, "Every one of these launches is, in effect, a message"),
            (E, "becomes part of a new testing race"),
            (W, "becomes part of a new testing race"),
            (W, "Washington notifies Moscow in advance of ICBM and submarine-launched missile launches"),
            (W, "The Kremlin did not comment on Wednesday's flight"),
        ],
    ),
    Article(
        "c3 e3 give iran until end of june on inspections and heu stockpile; majlis npt exit threat; enrichment-suspension demand",
        date(2026, 6, 10),
        """VIENNA/DUBAI, June 10 (Reuters) - Britain, France and Germany on Wednesday gave Iran until the end of the month to let U.N. inspectors back into its bombed nuclear sites and account for its stock of highly enriched uranium, warning they would otherwise press for Tehran to be referred to the U.N. Security Council again.

The demand, made in a joint statement to the International Atomic Energy Agency's 35-nation Board of Governors, said Iran had provided "no information whatsoever" on the whereabouts of some 440 kg of uranium enriched to up to 60% purity, close to the roughly 90% needed for a weapon.

Tehran's response came within hours. Ebrahim Rezaei, a spokesman for parliament's national security committee, said lawmakers would move to pull Iran out of the Nuclear Non-Proliferation Treaty (NPT) "if the Europeans continue down this path."

Foreign Ministry spokesman Esmaeil Baghaei called the European ultimatum "illegal and unconstructive" and said the Islamic Republic "will not negotiate under the shadow of threats."

A European diplomat said the June 30 cutoff "will not be extended" and that the three countries, known as the E3, had already drafted a resolution for the board.

Iran suspended cooperation with the IAEA last July, after Israeli and U.S. strikes on its nuclear facilities during a 12-day war in June 2025. A framework agreed in Cairo in September to restore inspections was declared void by Tehran weeks later, after the E3 triggered the return of U.N. sanctions.

Western officials say any lasting deal must include a verifiable suspension of uranium enrichment, a demand Tehran has repeatedly ruled out as a violation of its rights under the NPT. Iranian officials have said no enrichment is currently taking place because the facilities were damaged in the strikes.

Foreign Minister Abbas Araqchi said on Tuesday that Iran remained ready for "a fair and balanced negotiation" with Washington, but only once it received guarantees that it would not be attacked again while talks were under way.

"Both sides are edging towards a cliff," said Sara Nouri, a nonproliferation analyst at a Washington think tank. "An NPT withdrawal would remove the last legal framework for monitoring Iran's programme."

IAEA Director General Rafael Grossi told reporters on Monday that his inspectors had visited some undamaged facilities but had not been allowed into Fordow, Natanz or Isfahan.""",
        expect=[
            (D, "gave Iran until the end of the month to let U.N. inspectors back into its bombed nuclear sites", {"due": "2026-06-30", "set_by": None}),
            (E, "gave Iran until the end of the month to let U.N. inspectors back into its bombed nuclear sites", {"actor": None}),
            (E, "warning they would otherwise press for Tehran to be referred to the U.N. Security Council again", {"actor": None}),
            (E, "lawmakers would move to pull Iran out of the Nuclear Non-Proliferation Treaty (NPT)", {"actor": "IRN"}),
            (E, 'called the European ultimatum "illegal and unconstructive"', {"actor": "IRN"}),
            (E, '"will not negotiate under the shadow of threats."', {"actor": "IRN"}),
            (D, 'the June 30 cutoff "will not be extended"', {"due": "2026-06-30", "set_by": None}),
            (E, "Iran suspended cooperation with the IAEA last July", {"actor": "IRN"}),
            (E, "Israeli and U.S. strikes on its nuclear facilities during a 12-day war in June 2025", {"actor": {None, "ISR", "USA"}}),
            (M, "any lasting deal must include a verifiable suspension of uranium enrichment", {"status": "called_for", "scope": ["other"], "actor": "IRN"}),
        ],
        optional=[
            (E, 'Iran had provided "no information whatsoever"'),
            (E, "close to the roughly 90% needed for a weapon"),
            (D, "the European ultimatum"),
            (E, "had already drafted a resolution for the board"),
            (E, "was declared void by Tehran weeks later"),
            (E, "the E3 triggered the return of U.N. sanctions"),
            (E, "a demand Tehran has repeatedly ruled out"),
            (M, "no enrichment is currently taking place because the facilities were damaged"),
            (E, "guarantees that it would not be attacked again"),
            (E, '"Both sides are edging towards a cliff,"'),
            (E, "An NPT withdrawal would remove the last legal framework"),
            (E, "had not been allowed into Fordow, Natanz or Isfahan"),
        ],
    ),
    Article(
        "c4 russian snap nuclear-forces drill: yars from plesetsk, iskander in kaliningrad, tu-95 cruise missiles; peskov on german deployment",
        date(2026, 4, 23),
        """MOSCOW, April 23 (AFP) - Russia test-launched a Yars intercontinental ballistic missile and fired nuclear-capable Iskander missiles on Thursday in a snap exercise of its nuclear forces overseen by President Vladimir Putin, as the Kremlin warned NATO against stationing new U.S. long-range weapons in Europe.

A Yars mobile launcher fired the missile from the Plesetsk cosmodrome in northern Russia, and its training warheads hit their designated targets at the Kura range on the Kamchatka peninsula, the Defence Ministry said in a statement.

In the Kaliningrad exclave, which borders NATO members Poland and Lithuania, Iskander crews practised receiving special munitions before firing missiles at mock targets, the ministry said, while Tu-95MS strategic bombers launched air-launched cruise missiles over the Barents Sea.

The drill rehearsed "a massive nuclear strike in response to an enemy nuclear attack," Defence Minister Andrei Belousov told Putin in a video call broadcast on state television.

Kremlin spokesman Dmitry Peskov told reporters the exercise was planned and "not directed against anyone," but said Germany's plan to host U.S. Tomahawk and hypersonic Dark Eagle missiles from this year "will not go unanswered."

"Our response will be military-technical and it will be very concrete," Peskov said.

Deputy Foreign Minister Sergei Ryabkov said last August that Moscow no longer considered itself bound by its self-imposed moratorium on deploying intermediate-range missiles, after years of accusing Washington of preparing to do so.

A NATO official said the alliance was monitoring the drills and accused Moscow of "reckless nuclear signalling," but saw no change in Russia's nuclear posture.

Russia held a similar exercise last October, when it launched a Yars from Plesetsk and a Sineva ballistic missile from a submarine in the Barents Sea.

Moscow revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023. Putin has said Russia will carry out a nuclear test only if the United States does so first, and last November ordered officials to draw up proposals for a possible test at the Novaya Zemlya site in the Arctic.

Analysts said the timing of Thursday's drill, days before NATO defence ministers meet in Brussels, was no accident. "This is theatre, but theatre with real missiles," said one Western diplomat in Moscow.""",
        expect=[
            (W, "Russia test-launched a Yars intercontinental ballistic missile", {"temporal": "new", "weapon": "icbm", "actor": "RUS"}),
            (W, "fired nuclear-capable Iskander missiles on Thursday", {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "RUS"}),
            (E, "the Kremlin warned NATO against stationing new U.S. long-range weapons in Europe", {"actor": "RUS"}),
            (W, "A Yars mobile launcher fired the missile from the Plesetsk cosmodrome", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (W, "Iskander crews practised receiving special munitions before firing missiles at mock targets", {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "RUS"}),
            (W, "Tu-95MS strategic bombers launched air-launched cruise missiles over the Barents Sea", {"temporal": "new", "weapon": "cruise_missile", "actor": "RUS"}),
            (E, 'rehearsed "a massive nuclear strike in response to an enemy nuclear attack,"', {"actor": "RUS"}),
            (E, '"will not go unanswered."', {"actor": "RUS"}),
            (E, '"Our response will be military-technical and it will be very concrete,"', {"actor": "RUS"}),
            (M, "Moscow no longer considered itself bound by its self-imposed moratorium on deploying intermediate-range missiles", {"status": "ended", "actor": "RUS"}),
            (E, "Moscow no longer considered itself bound by its self-imposed moratorium on deploying intermediate-range missiles", {"actor": "RUS"}),
            (W, "it launched a Yars from Plesetsk and a Sineva ballistic missile from a submarine in the Barents Sea", {"temporal": "historical", "weapon": ["icbm", "slbm"], "actor": "RUS"}),
            (E, "Moscow revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023", {"actor": "RUS"}),
            (M, "Putin has said Russia will carry out a nuclear test only if the United States does so first", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Putin has said Russia will carry out a nuclear test only if the United States does so first", {"actor": "RUS"}),
            (W, "draw up proposals for a possible test at the Novaya Zemlya site", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "ordered officials to draw up proposals for a possible test", {"actor": "RUS"}),
        ],
        optional=[
            (E, "a snap exercise of its nuclear forces"),
            (W, "its training warheads hit their designated targets"),
            (E, 'the exercise was planned and "not directed against anyone,"'),
            (E, "Germany's plan to host U.S. Tomahawk and hypersonic Dark Eagle missiles"),
            (E, "after years of accusing Washington of preparing to do so"),
            (E, 'accused Moscow of "reckless nuclear signalling,"'),
            (E, "Russia held a similar exercise last October"),
            (W, "Russia will carry out a nuclear test only if the United States does so first"),
            (E, "the timing of Thursday's drill, days before NATO defence ministers meet in Brussels, was no accident"),
            (W, '"This is theatre, but theatre with real missiles,"'),
        ],
    ),
    Article(
        "c5 aftermath of israel-iran missile exchange; irgc barrage, idf strikes in kermanshah; trump two-week ultimatum; khaybar shekan test last month",
        date(2026, 6, 26),
        """TEHRAN/TEL AVIV, June 26 (Al Jazeera) - Rescue workers in the Israeli city of Beersheba and in the western Iranian province of Kermanshah searched through rubble on Friday after the heaviest exchange of fire between the two countries in a year, as each side warned the other that any further attack would be met with greater force.

Iran's Islamic Revolutionary Guard Corps (IRGC) said it had fired more than 40 ballistic missiles at military and intelligence sites in Israel overnight, in retaliation for Israeli air strikes on Tuesday that it said killed two senior commanders near the city of Kermanshah.

Israel's military said most of the missiles were intercepted, but at least three struck residential areas in Beersheba and the Negev, killing four people and wounding dozens. In Kermanshah, Iranian state media said 11 people, including civilians, were killed in the Israeli strikes.

Prime Minister Benjamin Netanyahu said Iran would "pay a very heavy price" and that Israel had "only begun" to respond. The IRGC said in a statement that any new aggression would be answered with "a more crushing response than anything the Zionist regime has seen."

In Washington, President Donald Trump said Tehran had "two weeks" to return to talks on its nuclear programme or face "very severe consequences", and a U.S. official said a second aircraft carrier strike group was being sent to the Arabian Sea.

Qatar and Oman, which have mediated between Iran and the United States, urged both sides to show restraint, and U.N. Secretary-General Antonio Guterres called for "an immediate end to this dangerous cycle."

The flare-up shattered an uneasy calm that had held since a U.S.-brokered ceasefire ended the 12-day war in June 2025, during which Israel and the United States bombed Iran's main nuclear facilities.

Iranian Defence Minister Aziz Nasirzadeh said this week that Iran had "rebuilt and expanded" its missile production since that war. Last month Iran said it had test-fired an upgraded Khaybar Shekan missile with a range of 1,800 km, a launch Israeli officials described as a rehearsal for the strikes.

Residents in Beersheba said sirens had sounded repeatedly through the night. "We heard the interceptors, then the boom," said Miriam Levi, 62, standing outside her damaged building. "It is like last year all over again."

Oil prices rose more than 4% on Friday on fears the conflict could disrupt shipping through the Strait of Hormuz.""",
        expect=[
            (E, "the heaviest exchange of fire between the two countries in a year", {"actor": {None, "ISR", "IRN"}}),
            (E, "each side warned the other that any further attack would be met with greater force", {"actor": {None, "ISR", "IRN"}}),
            (E, "it had fired more than 40 ballistic missiles at military and intelligence sites in Israel overnight", {"actor": "IRN"}),
            (E, "Israeli air strikes on Tuesday that it said killed two senior commanders", {"actor": "ISR"}),
            (E, 'Iran would "pay a very heavy price"', {"actor": "ISR"}),
            (E, 'Israel had "only begun" to respond', {"actor": "ISR"}),
            (E, 'any new aggression would be answered with "a more crushing response', {"actor": "IRN"}),
            (D, 'Tehran had "two weeks" to return to talks on its nuclear programme', {"due": "2026-07-10", "set_by": "USA"}),
            (E, 'face "very severe consequences"', {"actor": "USA"}),
            (E, "a second aircraft carrier strike group was being sent to the Arabian Sea", {"actor": "USA"}),
            (E, "Israel and the United States bombed Iran's main nuclear facilities", {"actor": {None, "ISR", "USA"}}),
            (E, 'Iran had "rebuilt and expanded" its missile production', {"actor": "IRN"}),
            (W, "Last month Iran said it had test-fired an upgraded Khaybar Shekan missile with a range of 1,800 km", {"temporal": "historical", "weapon": {"ballistic_missile", "irbm", "unspecified"}, "actor": "IRN"}),
        ],
        optional=[
            (W, "it had fired more than 40 ballistic missiles at military and intelligence sites in Israel overnight"),
            (W, "most of the missiles were intercepted"),
            (E, "at least three struck residential areas in Beersheba"),
            (E, "killed in the Israeli strikes"),
            (E, '"an immediate end to this dangerous cycle."'),
            (E, "The flare-up shattered an uneasy calm"),
            (E, "the 12-day war in June 2025"),
            (W, "a launch Israeli officials described as a rehearsal for the strikes"),
            (E, "a launch Israeli officials described as a rehearsal for the strikes"),
            (W, "We heard the interceptors, then the boom"),
            (E, "fears the conflict could disrupt shipping through the Strait of Hormuz"),
        ],
    ),
    Article(
        "c6 out of domain: shutdown deadline at midnight tuesday, layoff moratorium, 'nuclear option', test vote",
        date(2026, 9, 29),
        """WASHINGTON, Sept 29 (Reuters) - Congressional leaders traded blame on Tuesday as a midnight deadline to fund the U.S. government approached with no deal in sight, raising the prospect of the second federal shutdown in a year.

The Senate failed a test vote on a House-passed stopgap bill on Monday night, 54-46, short of the 60 votes needed to advance it. Democrats are demanding that any bill include a moratorium on layoffs of federal workers through the end of the year, after agencies fired thousands of employees during last year's 43-day shutdown.

"We are not going to hand the administration a blank check to keep firing people," Senate Democratic leader Chuck Schumer said on the Senate floor.

Senate Majority Leader John Thune accused Democrats of holding the government "hostage" and said Republicans would not accept "poison pills." Some conservatives urged Thune to use the so-called nuclear option, changing Senate rules to pass spending bills with a simple majority, an idea he has so far rejected.

The White House escalated the standoff on Tuesday morning, with budget director Russ Vought telling agencies to prepare fresh reduction-in-force notices that could be issued within 48 hours of a lapse in funding. Unions representing federal employees said they would go to court if the layoffs went ahead, pointing to a freeze on such dismissals that a federal judge imposed last year.

If no bill is signed by 12:01 a.m. on Wednesday, about 750,000 federal workers would be furloughed. Members of the military would keep working without pay, and the Pentagon said essential operations, including missile defense and satellite launches at Cape Canaveral, would continue.

Markets were largely unmoved. "Investors have seen this movie before," said Dana Whitfield, chief economist at a New York brokerage. "The real test is whether it drags past the October jobs report."

Some lawmakers floated a short extension to Oct. 15 to buy time for talks on a full-year bill, but House Speaker Mike Johnson said the House, which is in recess, would not return early.

The last shutdown, which ended in November, was the longest in U.S. history and delayed food aid payments to millions of families. The Congressional Budget Office estimated it cost the economy about $11 billion that will never be recovered.""",
        expect=[],
        optional=[],
    ),
    Article(
        "c7 out of domain: phone maker's rocket unit test launch with commercial satellite; factory strike escalates; union deadline",
        date(2026, 7, 8),
        """SHANGHAI, July 8 (Reuters) - A rocket built by the space unit of Chinese smartphone maker Nuvia Technology reached orbit on its first test launch on Wednesday, carrying a commercial remote-sensing satellite, as a strike at the company's main handset factory escalated into a second week.

The 30-metre Tianque-1 rocket lifted off from a sea platform off the coast of Shandong province at 11:02 a.m. local time and placed the 120-kg satellite, built for an agricultural data firm, into a sun-synchronous orbit about 500 km above Earth, Nuvia Space said in a statement.

The launch makes Nuvia the latest consumer-electronics company to move into the booming Chinese commercial space market, where more than a dozen private firms are racing to supply launches for planned internet constellations. The company carried out a 200-second static-fire test of the rocket's kerosene-fuelled first-stage engines in May and said it plans two more flights before the end of the year.

"Today's success proves our engineering team can deliver on time," chief executive Zhou Lei told employees in a livestreamed address, adding that the company aims to cut launch costs by half with a reusable version by 2028.

Nuvia's shares rose 6% in Shenzhen trading after the launch, but analysts said the labour dispute at its Dongguan plant posed the bigger near-term risk.

About 4,000 workers walked off the job on June 30 over unpaid overtime and a plan to move part of production to Vietnam. The dispute escalated on Tuesday when strikers blocked the factory's main gate and police detained several organisers, according to videos posted online and a labour rights group.

Workers' representatives have given management until Friday to restore overtime pay or face an expanded walkout at two supplier plants, the group said. Nuvia said it was "in active dialogue" with staff and that output of its new foldable phone, launched last month, had not been affected.

"The company fired the first shot by cutting overtime rates, and workers feel they have nothing left to lose," said Wang Jiahui, a researcher with a Guangdong labour rights group that monitors factory conditions.

Nuvia shipped 18 million phones last year, ranking it eighth in China's crowded market, according to research firm Canalys.""",
        expect=[],
        optional=[],
    ),
    Article(
        "d1 retrospective: north korea's 2017-2019 icbm cycle, the 2018 freeze, kim's 2019 year-end deadline",
        date(2026, 11, 28),
        """ANALYSIS-From 'fire and fury' to a broken freeze: what North Korea's 2017-2019 missile cycle says about today

SEOUL, Nov 28 (AFP) - When North Korea fired a Hwasong-15 intercontinental ballistic missile on November 29, 2017, and then declared it had "finally realised the great historic cause of completing the state nuclear force", many in Washington assumed the worst of the crisis still lay ahead. Instead, within five months, Pyongyang had stopped testing long-range missiles altogether.

Nine years later, with the North having test-fired what Seoul's military described as a new solid-fuel ICBM only last Friday, the arc of 2017 to 2019 looks less like an aberration than a template: a burst of launches, a pause offered as a bargaining chip, a cut-off date, and then a return to the launch pad.

The 2017 campaign was relentless. North Korea sent Hwasong-12 intermediate-range missiles over Japan's Hokkaido island twice, in August and September. It had already flight-tested the Hwasong-14 ICBM on July 4 and again on July 28, the second shot flying on a lofted trajectory that analysts calculated could reach Chicago if flattened out. On September 3 it detonated what it called a hydrogen bomb at Punggye-ri, its sixth and most powerful nuclear test.

President Donald Trump answered with threats of "fire and fury like the world has never seen", and Kim Jong Un called him a "mentally deranged U.S. dotard". Washington flew B-1B bombers along the North's east coast and sent three aircraft carriers into the region that November.

The turn came quickly. In his 2018 New Year's address Kim offered to send athletes to the Pyeongchang Winter Olympics, and on April 20 a plenary meeting of the ruling party announced that the North would "discontinue nuclear tests and intercontinental ballistic rocket test-fires" from the next day and shut down its northern nuclear test site. Foreign journalists watched tunnels at Punggye-ri being blown up the following month.

That self-imposed freeze became the centrepiece of the Singapore summit in June 2018 and of Trump's repeated boasts that there was "no more testing". It survived the collapse of the Hanoi summit in February 2019, although in May that year the North began firing a new solid-fuel short-range ballistic missile that South Korean officials likened to Russia's Iskander.

In a speech to the Supreme People's Assembly on April 12, 2019, Kim said he would wait "until the end of this year" for Washington to make a bolder offer. The end-of-year deadline hung over every exchange that followed. In December, the North carried out two "crucial" tests at the Sohae satellite launching ground - static firings of a large liquid-fuel engine, according to most analysts - and a senior diplomat warned that it was up to the United States to decide what "Christmas gift" it would receive.

The gift never arrived in the form many feared. Instead, at a party plenum that closed on December 31, 2019, Kim declared that Pyongyang saw no reason to remain bound by its halt on nuclear and ICBM testing, and promised that the world would soon witness "a new strategic weapon".

Even so, it was not until March 2022 that North Korea launched another full-range ICBM, the Hwasong-17, after what it described as two tests of a reconnaissance satellite system that U.S. officials said had in fact used the same missile.

"In hindsight, the moratorium bought both sides time and very little else," said Go Myong-hyun, a senior fellow at the Institute for National Security Strategy in Seoul. "Kim used 2019 to perfect solid-fuel short-range systems that the freeze never covered, and Washington treated the absence of ICBM launches as if it were denuclearisation."

The contrast with today is stark. The North has since written its nuclear status into its constitution and flight-tested solid-fuel Hwasong-18 and Hwasong-19 ICBMs in 2023 and 2024, while Kim has flatly rejected any talks on giving up his weapons, calling denuclearisation "a pipe dream" of the "imperialists".

Last Friday's missile, which Japan's defence ministry said flew for about 84 minutes and came down west of Hokkaido, suggests the testing cycle has no pause button left to press. Some analysts believe a seventh nuclear test could follow once Pyongyang judges the diplomatic cost acceptable.

"There is no deadline this time, and no freeze on offer," Go said. "That is what makes it more dangerous than 2017.\"""",
        expect=[
            (W, "fired a Hwasong-15 intercontinental ballistic missile on November 29, 2017", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (E, "finally realised the great historic cause of completing the state nuclear force", {"actor": "PRK"}),
            (M, "Pyongyang had stopped testing long-range missiles altogether", {"status": "in_force", "scope": ["long_range_missile"], "actor": "PRK"}),
            (W, "test-fired what Seoul's military described as a new solid-fuel ICBM only last Friday", {"temporal": "new", "weapon": "icbm", "actor": "PRK"}),
            (W, "sent Hwasong-12 intermediate-range missiles over Japan's Hokkaido island twice", {"temporal": "historical", "weapon": "irbm", "actor": "PRK"}),
            (W, "flight-tested the Hwasong-14 ICBM on July 4 and again on July 28", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "it detonated what it called a hydrogen bomb at Punggye-ri, its sixth and most powerful nuclear test", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (E, 'threats of "fire and fury like the world has never seen"', {"actor": "USA"}),
            (E, 'Kim Jong Un called him a "mentally deranged U.S. dotard"', {"actor": "PRK"}),
            (E, "Washington flew B-1B bombers along the North's east coast", {"actor": "USA"}),
            (E, "sent three aircraft carriers into the region that November", {"actor": "USA"}),
            (M, 'would "discontinue nuclear tests and intercontinental ballistic rocket test-fires" from the next day', {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (W, "the North began firing a new solid-fuel short-range ballistic missile", {"temporal": "historical", "weapon": "srbm", "actor": "PRK"}),
            (D, 'he would wait "until the end of this year" for Washington to make a bolder offer', {"due": "2019-12-31", "set_by": "PRK"}),
            (W, 'the North carried out two "crucial" tests at the Sohae satellite launching ground', {"temporal": "historical", "weapon": {"engine", "unspecified"}, "actor": "PRK"}),
            (E, 'warned that it was up to the United States to decide what "Christmas gift" it would receive', {"actor": "PRK"}),
            (M, "Pyongyang saw no reason to remain bound by its halt on nuclear and ICBM testing", {"status": {"ended", "threatened"}, "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (E, "Pyongyang saw no reason to remain bound by its halt on nuclear and ICBM testing", {"actor": "PRK"}),
            (E, 'promised that the world would soon witness "a new strategic weapon"', {"actor": "PRK"}),
            (W, "North Korea launched another full-range ICBM, the Hwasong-17", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "two tests of a reconnaissance satellite system", {"temporal": "historical", "weapon": {"space_launch", "unspecified", "icbm"}, "actor": "PRK"}),
            (W, "flight-tested solid-fuel Hwasong-18 and Hwasong-19 ICBMs in 2023 and 2024", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (E, "Kim has flatly rejected any talks on giving up his weapons", {"actor": "PRK"}),
            (W, "Last Friday's missile, which Japan's defence ministry said flew for about 84 minutes", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (W, "a seventh nuclear test could follow", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
        ],
        optional=[
            (E, "ANALYSIS-From 'fire and fury' to a broken freeze"),
            (M, "a broken freeze"),
            (W, "a burst of launches"),
            (M, "a pause offered as a bargaining chip"),
            (D, "a cut-off date"),
            (W, "a return to the launch pad"),
            (W, "the second shot flying on a lofted trajectory"),
            (E, "The 2017 campaign was relentless"),
            (M, "shut down its northern nuclear test site"),
            (M, "tunnels at Punggye-ri being blown up"),
            (W, "tunnels at Punggye-ri being blown up"),
            (M, "That self-imposed freeze became the centrepiece"),
            (M, 'there was "no more testing"'),
            (W, 'there was "no more testing"'),
            (M, "It survived the collapse of the Hanoi summit"),
            (E, 'he would wait "until the end of this year" for Washington to make a bolder offer'),
            (D, "The end-of-year deadline hung over every exchange"),
            (W, "static firings of a large liquid-fuel engine"),
            (E, "The gift never arrived in the form many feared"),
            (M, "it was not until March 2022 that North Korea launched"),
            (M, "the moratorium bought both sides time"),
            (W, "perfect solid-fuel short-range systems that the freeze never covered"),
            (M, "perfect solid-fuel short-range systems that the freeze never covered"),
            (W, "the absence of ICBM launches"),
            (E, "written its nuclear status into its constitution"),
            (E, 'calling denuclearisation "a pipe dream"'),
            (W, "the testing cycle has no pause button left to press"),
            (M, "the testing cycle has no pause button left to press"),
            (E, "the testing cycle has no pause button left to press"),
            (D, "There is no deadline this time"),
            (M, "no freeze on offer"),
            (E, "more dangerous than 2017"),
        ],
    ),
    Article(
        "d2 explainer: what a resumed us nuclear test in nevada would take (divider 1992, nnsa readiness, subcriticals)",
        date(2026, 3, 4),
        """EXPLAINER-What would it take for the United States to set off a nuclear test in Nevada?

WASHINGTON, March 4 (Reuters) - President Donald Trump's instruction last October for the military to begin testing nuclear weapons "on an equal basis" with Russia and China has revived a question U.S. officials had not seriously asked in three decades: how quickly could the country actually detonate a nuclear device again, and where?

The answer, according to budget documents, congressional testimony and former officials, is the Nevada National Security Site, a swath of desert about 65 miles (105 km) northwest of Las Vegas - and not quickly.

WHEN DID THE U.S. LAST TEST?

The United States conducted its last underground nuclear explosion, code-named Divider, at the Nevada site on Sept. 23, 1992. Congress passed a nine-month testing moratorium later that year, and Washington has observed a halt on nuclear explosive testing ever since. In all, the United States carried out 1,030 nuclear tests between 1945 and 1992, more than 900 of them in Nevada.

The United States signed the Comprehensive Nuclear-Test-Ban Treaty in 1996, but the Senate rejected ratification in 1999 and the pact has never entered into force.

WHAT HAPPENS THERE NOW?

Scientists at the site still run what are known as subcritical experiments in the U1a complex, a tunnel system nearly 1,000 feet (300 metres) below the desert floor. Those experiments combine high explosives with small amounts of plutonium but are designed so that the material never reaches a self-sustaining chain reaction, which the government says keeps them within the moratorium.

The National Nuclear Security Administration (NNSA), the semi-autonomous Energy Department agency that maintains the stockpile, is expanding the complex so that it can host larger experiments later this decade.

Energy Secretary Chris Wright said in November that the tests he had in mind were "system tests" of a weapon's non-nuclear components and "not nuclear explosions", comments the White House has neither endorsed nor contradicted.

HOW LONG WOULD A REAL TEST TAKE?

Under a 1993 presidential directive, the NNSA is supposed to keep the ability to conduct an underground test within 24 to 36 months of a presidential order. The agency has told Congress that a simple shot meant mainly to make a political statement might be possible in six to 10 months, while a fully instrumented experiment that yielded useful data could take up to three years.

"You'd have to requalify a shaft, bring the diagnostics racks back, rehire people who retired a decade ago," said a former NNSA official who spoke on condition of anonymity. "Six months is the best case, and it would be a pretty dumb test."

The workforce that once drilled the shafts, lowered devices in canisters and stemmed the holes with gravel has largely gone, and some of the cabling and recording equipment dates from the 1980s.

WHAT WOULD OTHERS DO?

Russia, which last tested in 1990 on the Arctic archipelago of Novaya Zemlya, revoked its ratification of the test-ban treaty in 2023. President Vladimir Putin ordered officials in November to draft proposals for a possible nuclear test, saying Moscow would respond "in kind" if Washington went first.

China, which conducted its last test at Lop Nur in July 1996, said it would continue to abide by its moratorium and urged the United States to "earnestly honour" its commitments. The State Department's annual compliance report has said China may be conducting supercritical low-yield experiments at Lop Nur, an allegation Beijing rejects as groundless.

North Korea, the only country to have tested a nuclear weapon this century, last conducted one in September 2017.

WHAT ABOUT CONGRESS?

A group of Democratic senators introduced legislation in January that would bar any funding for an explosive nuclear test unless Congress had first approved it. The bill has little chance of passing the Republican-controlled Senate, aides say, but it has drawn support from several lawmakers representing Nevada, where memories of fallout from atmospheric testing in the 1950s remain raw.

Arms control advocates argue that a U.S. detonation would hand Moscow and Beijing the pretext they want.

"The first country to break the moratorium pays the political price, and then everyone else gets to test for free," said a researcher at the Arms Control Association. "That is a trade the United States, with by far the most test data, would lose.\"""",
        expect=[
            (W, 'instruction last October for the military to begin testing nuclear weapons "on an equal basis"', {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "USA"}),
            (W, "The United States conducted its last underground nuclear explosion, code-named Divider", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "Congress passed a nine-month testing moratorium later that year", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (M, "Washington has observed a halt on nuclear explosive testing ever since", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "the United States carried out 1,030 nuclear tests between 1945 and 1992", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (W, "Russia, which last tested in 1990 on the Arctic archipelago of Novaya Zemlya", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (E, "revoked its ratification of the test-ban treaty in 2023", {"actor": "RUS"}),
            (W, "ordered officials in November to draft proposals for a possible nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, 'saying Moscow would respond "in kind" if Washington went first', {"actor": "RUS"}),
            (W, "China, which conducted its last test at Lop Nur in July 1996", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "CHN"}),
            (M, "said it would continue to abide by its moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (W, "the only country to have tested a nuclear weapon this century", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "last conducted one in September 2017", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "PRK"}),
            (M, "introduced legislation in January that would bar any funding for an explosive nuclear test", {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
        ],
        optional=[
            (E, 'instruction last October for the military to begin testing nuclear weapons "on an equal basis"'),
            (M, 'instruction last October for the military to begin testing nuclear weapons "on an equal basis"'),
            (W, "how quickly could the country actually detonate a nuclear device again"),
            (W, "set off a nuclear test in Nevada"),
            (W, "WHEN DID THE U.S. LAST TEST?"),
            (M, "signed the Comprehensive Nuclear-Test-Ban Treaty in 1996"),
            (E, "the Senate rejected ratification in 1999"),
            (W, "subcritical experiments in the U1a complex"),
            (W, "Those experiments combine high explosives with small amounts of plutonium"),
            (M, "keeps them within the moratorium"),
            (W, "host larger experiments later this decade"),
            (W, '"system tests" of a weapon\'s non-nuclear components'),
            (W, '"not nuclear explosions"'),
            (W, "HOW LONG WOULD A REAL TEST TAKE?"),
            (W, "keep the ability to conduct an underground test within 24 to 36 months of a presidential order"),
            (D, "within 24 to 36 months of a presidential order"),
            (W, "a simple shot meant mainly to make a political statement might be possible in six to 10 months"),
            (W, "a fully instrumented experiment that yielded useful data could take up to three years"),
            (W, "it would be a pretty dumb test"),
            (W, "lowered devices in canisters and stemmed the holes with gravel"),
            (E, "President Vladimir Putin ordered officials in November to draft proposals"),
            (M, 'urged the United States to "earnestly honour" its commitments'),
            (W, "China may be conducting supercritical low-yield experiments at Lop Nur"),
            (E, "China may be conducting supercritical low-yield experiments at Lop Nur"),
            (W, "fallout from atmospheric testing in the 1950s"),
            (W, "a U.S. detonation would hand Moscow and Beijing the pretext they want"),
            (E, "a U.S. detonation would hand Moscow and Beijing the pretext they want"),
            (M, "The first country to break the moratorium pays the political price"),
            (W, "everyone else gets to test for free"),
            (W, "the most test data"),
        ],
    ),
    Article(
        "d3 pakistan fatah-ii and india k-4 slbm amid kashmir ultimatum; 2025 conflict, indus treaty, 1998 moratoria",
        date(2026, 9, 16),
        """ISLAMABAD/NEW DELHI, Sept 16 (Reuters) - Pakistan's army said on Wednesday it had conducted a training launch of its Fatah-II guided rocket system, a day after India test-fired a nuclear-capable K-4 missile from a submarine in the Bay of Bengal, as the nuclear-armed neighbours traded warnings over a militant attack in Kashmir that killed 19 Indian soldiers.

The military's media wing, Inter Services Public Relations (ISPR), said the Fatah-II, which has a range of 400 km (250 miles), was fired "to validate enhanced navigation and accuracy features" and that the exercise was witnessed by senior commanders. It did not say where the launch took place.

India's Defence Research and Development Organisation (DRDO) said on Tuesday that the K-4 had been launched from the INS Arighaat, one of the navy's nuclear-powered ballistic missile submarines, and had "met all mission objectives". It did not give the range, but the missile is designed to reach about 3,500 km.

Officials on both sides said the launches had been planned well in advance and notified under a 2005 agreement that requires each country to inform the other at least three days before a ballistic missile flight test. But their timing, eight days after the ambush in the Rajouri district, was lost on neither capital.

India's foreign ministry on Monday gave Islamabad 72 hours to arrest the leaders of the group it blames for the attack, which it named as The Resistance Front, an offshoot of Lashkar-e-Taiba, and said "all options remain on the table". Pakistan's foreign office called the demand "a recycled script" and said any Indian "misadventure" would be met with a response "swift, resolute and beyond the enemy's imagination".

Indian Prime Minister Narendra Modi told a rally in Bihar on Tuesday that "those who shelter terrorists will not be spared", without naming Pakistan. Indian media reported that the army had moved additional artillery units toward the Line of Control.

The rhetoric has echoes of May 2025, when India launched missile strikes on what it said were militant camps in Pakistan and Pakistani-administered Kashmir after gunmen killed 26 people, most of them tourists, near Pahalgam. Four days of drone, missile and artillery exchanges followed before a ceasefire took hold on May 10 that year.

Days before that fighting, Pakistan had test-fired its Abdali surface-to-surface missile, which has a range of 450 km. It also flew a Fatah-series rocket, launches New Delhi called provocative.

New Delhi also placed the 1960 Indus Waters Treaty "in abeyance" in April 2025, a step Islamabad has said it would treat as "an act of war" if India ever tried to stop or divert the flow of water.

Both countries have maintained self-declared moratoriums on nuclear testing since conducting tit-for-tat tests in May 1998 - India at Pokhran in the Rajasthan desert and Pakistan in the Chagai hills of Balochistan. Neither has signed the Comprehensive Nuclear-Test-Ban Treaty.

Their missile programmes, however, have continued apace. India has flight-tested its Agni-5 with multiple warheads since March 2024, while Pakistan flew its Shaheen-III, which can reach every Indian city, in April 2021.

Analysts said this week's launches were less alarming than what was happening on the ground.

"The tests are routine signalling, and both sides notified them," said Sameer Lalwani, a South Asia security analyst based in Washington. "What worries me is a 72-hour ultimatum with no obvious off-ramp. In 2025 the whole ladder was climbed in four days."

A senior Pakistani military official, speaking on condition of anonymity, said the country would not be "bullied by deadlines", while Indian officials privately signalled that the ultimatum could be extended if Islamabad made arrests.

The U.S. State Department urged both governments to exercise restraint and keep channels of communication open.""",
        expect=[
            (W, "conducted a training launch of its Fatah-II guided rocket system", {"temporal": "new", "weapon": {"rocket_artillery", "srbm"}, "actor": "PAK"}),
            (W, "India test-fired a nuclear-capable K-4 missile from a submarine in the Bay of Bengal", {"temporal": "new", "weapon": {"slbm", "unspecified"}, "actor": "IND"}),
            (E, "traded warnings over a militant attack in Kashmir", {"actor": None}),
            (W, "the Fatah-II, which has a range of 400 km (250 miles), was fired", {"temporal": "new", "weapon": {"rocket_artillery", "srbm", "unspecified"}, "actor": "PAK"}),
            (W, "the K-4 had been launched from the INS Arighaat", {"temporal": "new", "weapon": {"slbm", "ballistic_missile", "unspecified"}, "actor": "IND"}),
            (D, "gave Islamabad 72 hours to arrest the leaders of the group", {"due": "2026-09-17", "set_by": "IND"}),
            (E, 'said "all options remain on the table"', {"actor": "IND"}),
            (E, 'any Indian "misadventure" would be met with a response "swift, resolute and beyond the enemy\'s imagination"', {"actor": "PAK"}),
            (E, '"those who shelter terrorists will not be spared"', {"actor": "IND"}),
            (E, "the army had moved additional artillery units toward the Line of Control", {"actor": "IND"}),
            (E, "India launched missile strikes on what it said were militant camps in Pakistan", {"actor": "IND"}),
            (E, "Four days of drone, missile and artillery exchanges followed", {"actor": None}),
            (W, "Pakistan had test-fired its Abdali surface-to-surface missile, which has a range of 450 km", {"temporal": "historical", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (W, "It also flew a Fatah-series rocket", {"temporal": "historical", "weapon": {"rocket_artillery", "unspecified"}, "actor": "PAK"}),
            (E, "launches New Delhi called provocative", {"actor": "IND"}),
            (E, 'placed the 1960 Indus Waters Treaty "in abeyance" in April 2025', {"actor": "IND"}),
            (E, 'it would treat as "an act of war"', {"actor": "PAK"}),
            (M, "Both countries have maintained self-declared moratoriums on nuclear testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "conducting tit-for-tat tests in May 1998", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": None}),
            (W, "India has flight-tested its Agni-5 with multiple warheads since March 2024", {"temporal": "historical", "weapon": {"irbm", "icbm", "ballistic_missile", "unspecified"}, "actor": "IND"}),
            (W, "Pakistan flew its Shaheen-III, which can reach every Indian city, in April 2021", {"temporal": "historical", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "PAK"}),
        ],
        optional=[
            (W, "the exercise was witnessed by senior commanders"),
            (W, "It did not say where the launch took place"),
            (W, "the missile is designed to reach about 3,500 km"),
            (W, "the launches had been planned well in advance and notified"),
            (W, "inform the other at least three days before a ballistic missile flight test"),
            (D, "inform the other at least three days before a ballistic missile flight test"),
            (E, "their timing, eight days after the ambush"),
            (E, "gave Islamabad 72 hours to arrest the leaders of the group"),
            (E, 'called the demand "a recycled script"'),
            (W, "India launched missile strikes on what it said were militant camps in Pakistan"),
            (W, "Four days of drone, missile and artillery exchanges followed"),
            (E, "The rhetoric has echoes of May 2025"),
            (W, "Their missile programmes, however, have continued apace"),
            (M, "Neither has signed the Comprehensive Nuclear-Test-Ban Treaty"),
            (W, "this week's launches were less alarming"),
            (E, "less alarming than what was happening on the ground"),
            (W, "The tests are routine signalling"),
            (D, "a 72-hour ultimatum with no obvious off-ramp"),
            (E, "a 72-hour ultimatum with no obvious off-ramp"),
            (E, "the whole ladder was climbed in four days"),
            (E, 'would not be "bullied by deadlines"'),
            (D, 'would not be "bullied by deadlines"'),
            (D, "the ultimatum could be extended"),
        ],
    ),
    Article(
        "d4 china fobs with glide vehicle, df-17/df-27 record, pentagon 'breathtaking' and golden dome push",
        date(2026, 12, 3),
        """WASHINGTON (Defense News) - China flew a fractional orbital bombardment system carrying a hypersonic glide vehicle late last month, the first such test U.S. officials have publicly described since 2021, the Pentagon said Wednesday, calling it part of a "breathtaking" expansion of Beijing's strategic forces.

A senior defense official, briefing reporters on condition of anonymity, said the vehicle was launched on Nov. 24 from the Jiuquan Satellite Launch Center aboard a Long March rocket, travelled part of the way around the globe in low orbit and then released a glider that descended toward a target area in western China.

"This is a weapon designed to come at us from directions our early-warning radars were never built to watch," the official said, adding that the department was "accelerating" its own hypersonic and missile-defense programs in response, including the space-based layer of the Golden Dome shield.

China's foreign ministry denied that any weapon had been tested. Spokeswoman Mao Ning told a regular news conference that the flight had been "a routine test of reusable spacecraft technology" and accused Washington of "hyping the so-called China threat to justify its own arms build-up".

The reported test follows a pattern first seen in the summer of 2021, when China launched two FOBS flights, on July 27 and Aug. 13, the first of which circled the Earth before releasing a hypersonic glide vehicle. Then-Chairman of the Joint Chiefs Gen. Mark Milley said at the time the episode was "very close" to a "Sputnik moment". Beijing offered the same spacecraft explanation then that it gives now.

Beijing's conventional hypersonic arsenal has matured quickly since. The DF-17 medium-range missile, which carries the DF-ZF glide vehicle, went through at least nine flight tests between 2014 and 2017 before it was paraded through Tiananmen Square in October 2019. U.S. intelligence documents leaked in 2023 said China had tested the longer-range DF-27 in February of that year, its glide vehicle flying about 2,100 km (1,300 miles) in 12 minutes.

The Pentagon's annual report on Chinese military power, released in December last year, said the DF-27 is now in service and could threaten U.S. carriers and bases as far away as Guam. It put China's stockpile of operational nuclear warheads at more than 600 and said the number was on track to exceed 1,000 by 2030.

In September 2024, the People's Liberation Army Rocket Force fired an ICBM with a dummy warhead into the Pacific Ocean, its first announced launch into international waters since 1980. China last conducted a nuclear explosive test in 1996 and says it observes a moratorium, although the State Department has questioned activity at its Lop Nur site.

Reaction on Capitol Hill was swift. Sen. Deb Fischer, a senior Republican on the Armed Services Committee, called on the administration to speed deployment of space-based interceptors and to "make clear to Beijing that a FOBS is a first-strike weapon, and we will treat it as one".

Analysts said the test mattered less for its novelty than for its timing, coming weeks after Chinese and U.S. defense chiefs agreed at a meeting in Kuala Lumpur to restore military hotlines that Beijing had cut in 2022.

"A FOBS does not give China anything it cannot already do with ICBMs, but it complicates our warning picture and that is the point," said Tom Karako, a missile defense specialist at the Center for Strategic and International Studies. "I'd expect more flights next year, and probably a DF-27 shot into the Pacific at some point."

The Pentagon said it had raised the test with Chinese counterparts and urged Beijing to join talks on strategic risk reduction, which China has repeatedly declined, arguing its arsenal is a fraction of the size of those of the United States and Russia.""",
        expect=[
            (W, "China flew a fractional orbital bombardment system carrying a hypersonic glide vehicle late last month", {"temporal": "new", "weapon": {"hypersonic", "unspecified"}, "actor": "CHN"}),
            (E, 'calling it part of a "breathtaking" expansion of Beijing\'s strategic forces', {"actor": {"USA", "CHN"}}),
            (W, "the vehicle was launched on Nov. 24 from the Jiuquan Satellite Launch Center aboard a Long March rocket", {"temporal": "new", "weapon": {"hypersonic", "space_launch", "unspecified"}, "actor": "CHN"}),
            (E, 'the department was "accelerating" its own hypersonic and missile-defense programs in response', {"actor": "USA"}),
            (E, 'accused Washington of "hyping the so-called China threat to justify its own arms build-up"', {"actor": "CHN"}),
            (W, "China launched two FOBS flights, on July 27 and Aug. 13", {"temporal": "historical", "weapon": {"hypersonic", "unspecified", "space_launch"}, "actor": "CHN"}),
            (W, "went through at least nine flight tests between 2014 and 2017", {"temporal": "historical", "weapon": {"hypersonic", "irbm", "ballistic_missile"}, "actor": "CHN"}),
            (W, "China had tested the longer-range DF-27 in February of that year", {"temporal": "historical", "weapon": {"hypersonic", "irbm", "ballistic_missile", "unspecified"}, "actor": "CHN"}),
            (W, "the People's Liberation Army Rocket Force fired an ICBM with a dummy warhead into the Pacific Ocean", {"temporal": "historical", "weapon": "icbm", "actor": "CHN"}),
            (W, "China last conducted a nuclear explosive test in 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (M, "says it observes a moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (E, "called on the administration to speed deployment of space-based interceptors", {"actor": "USA"}),
            (W, "probably a DF-27 shot into the Pacific at some point", {"temporal": "prospective", "weapon": {"hypersonic", "irbm", "ballistic_missile", "unspecified"}, "actor": "CHN"}),
            (E, "which China has repeatedly declined", {"actor": "CHN"}),
        ],
        optional=[
            (W, "the first such test U.S. officials have publicly described since 2021"),
            (W, "released a glider that descended toward a target area in western China"),
            (E, "This is a weapon designed to come at us from directions"),
            (W, "China's foreign ministry denied that any weapon had been tested"),
            (W, '"a routine test of reusable spacecraft technology"'),
            (W, "The reported test follows a pattern"),
            (W, "the first of which circled the Earth before releasing a hypersonic glide vehicle"),
            (E, 'the episode was "very close" to a "Sputnik moment"'),
            (E, "paraded through Tiananmen Square in October 2019"),
            (W, "its glide vehicle flying about 2,100 km (1,300 miles) in 12 minutes"),
            (E, "could threaten U.S. carriers and bases as far away as Guam"),
            (E, "on track to exceed 1,000 by 2030"),
            (W, "its first announced launch into international waters since 1980"),
            (W, "the State Department has questioned activity at its Lop Nur site"),
            (E, "the State Department has questioned activity at its Lop Nur site"),
            (E, '"make clear to Beijing that a FOBS is a first-strike weapon, and we will treat it as one"'),
            (W, "the test mattered less for its novelty"),
            (E, "military hotlines that Beijing had cut in 2022"),
            (W, "A FOBS does not give China anything it cannot already do with ICBMs"),
            (E, "it complicates our warning picture"),
            (W, "I'd expect more flights next year"),
            (W, "had raised the test with Chinese counterparts"),
        ],
    ),
    Article(
        "d5 houthi anti-ship missiles at container ship, centcom strikes on hodeidah, 72-hour shipping ultimatum, iran qader test",
        date(2026, 7, 8),
        """DOHA, July 8 (Al Jazeera) - Yemen's Houthi rebels said they fired two anti-ship ballistic missiles and a drone at a Liberian-flagged container ship in the Gulf of Aden on Tuesday, the group's first claimed attack on merchant shipping in nearly four months, prompting a fresh wave of US air strikes on the Red Sea port city of Hodeidah.

Houthi military spokesman Yahya Saree said in a televised address that the vessel had been targeted because its operator had ignored the group's "ban" on companies dealing with Israeli ports. The United Kingdom Maritime Trade Operations (UKMTO) agency said a projectile had splashed into the sea about a nautical mile from the ship, which continued to its next port of call, and that no crew were hurt.

Hours later, US Central Command said its forces had struck Houthi missile storage depots and a command centre near Hodeidah and in Saada province, the group's northern stronghold. "We will continue to degrade the Houthis' ability to threaten freedom of navigation," CENTCOM said in a statement posted on X.

The Houthi-run Al-Masirah television said the strikes had killed six people, including two children, and quoted a senior official as vowing that "American aggression will not go unanswered". Saree said the group had given shipping companies 72 hours to halt calls at Israeli ports or see their vessels treated as "legitimate targets" anywhere within range.

The US State Department accused Tehran of "fuelling" the attacks and said Iran would be held accountable for arming the group. Iran's foreign ministry rejected the charge as "baseless" and said the Houthis took their own decisions.

Separately, Iran's navy said on Monday it had test-fired a Qader anti-ship cruise missile in the Strait of Hormuz during an annual exercise, striking a floating target about 200 km away, according to state television.

A United Nations panel of experts has traced many of the weapons the Houthis use against shipping to Iranian designs. The group's Asef anti-ship ballistic missile, for example, is regarded as a derivative of Iran's Fateh family, and Iran itself first test-fired the Khalij Fars, an anti-ship variant of the Fateh-110, in 2011. Tehran denies supplying the group with missiles, in violation of a UN arms embargo.

The Houthis began attacking vessels in November 2023, saying they were acting in solidarity with Palestinians in Gaza. Over the following year they launched more than 100 attacks on merchant ships, sank two vessels and seized a car carrier, the Galaxy Leader, forcing many shipping lines to reroute around the Cape of Good Hope. The United States and Britain began a campaign of air strikes against Houthi targets in January 2024.

On March 7, 2025, the group gave Israel four days to allow aid back into Gaza, and after that window passed it announced a renewed ban on Israeli-linked ships. President Donald Trump ordered a sustained bombing campaign in Yemen days later, which ended in May 2025 with an Oman-brokered truce under which the Houthis agreed to stop targeting US vessels. The group largely halted attacks on all merchant shipping after the Gaza ceasefire in October 2025.

The group has also fired missiles at Israel, including what it calls the Palestine-2 hypersonic missile, which it says it tested in 2024. Israeli officials have dismissed the hypersonic claim.

Shipping analysts said Tuesday's attack, although it caused no damage, would push insurers to raise war-risk premiums again. "Even a near miss changes the calculus for every master heading for Bab el-Mandeb," said a London-based maritime security consultant.

Danish shipping giant Maersk said it was monitoring the situation and had no immediate plans to change its routes.""",
        expect=[
            (E, 'Iran would be held accountable for arming the group', {"actor": "USA"}),
            (E, "its forces had struck Houthi missile storage depots and a command centre near Hodeidah", {"actor": "USA"}),
            (E, "We will continue to degrade the Houthis' ability to threaten freedom of navigation", {"actor": "USA"}),
            (E, 'vowing that "American aggression will not go unanswered"', {"actor": {None, "YEM"}}),
            (D, "the group had given shipping companies 72 hours to halt calls at Israeli ports", {"due": {"2026-07-10", "2026-07-11"}, "set_by": {None, "YEM"}}),
            (E, 'see their vessels treated as "legitimate targets" anywhere within range', {"actor": {None, "YEM"}}),
            (W, "it had test-fired a Qader anti-ship cruise missile in the Strait of Hormuz", {"temporal": "new", "weapon": "cruise_missile", "actor": "IRN"}),
            (W, "Iran itself first test-fired the Khalij Fars, an anti-ship variant of the Fateh-110, in 2011", {"temporal": "historical", "weapon": {"ballistic_missile", "srbm", "unspecified"}, "actor": "IRN"}),
            (E, "The United States and Britain began a campaign of air strikes against Houthi targets in January 2024", {"actor": None}),
            (D, "the group gave Israel four days to allow aid back into Gaza", {"due": "2025-03-11", "set_by": {None, "YEM"}}),
            (E, "President Donald Trump ordered a sustained bombing campaign in Yemen days later", {"actor": "USA"}),
            (W, "which it says it tested in 2024", {"temporal": "historical", "weapon": "hypersonic", "actor": {None, "YEM"}}),
        ],
        optional=[
            (W, "fired two anti-ship ballistic missiles and a drone at a Liberian-flagged container ship"),
            (E, "fired two anti-ship ballistic missiles and a drone at a Liberian-flagged container ship"),
            (E, "the group's first claimed attack on merchant shipping in nearly four months"),
            (E, "prompting a fresh wave of US air strikes on the Red Sea port city of Hodeidah"),
            (E, "the vessel had been targeted"),
            (M, "the group's \"ban\" on companies dealing with Israeli ports"),
            (W, "a projectile had splashed into the sea"),
            (E, "the strikes had killed six people"),
            (E, "accused Tehran of \"fuelling\" the attacks"),
            (E, "rejected the charge as \"baseless\""),
            (W, "striking a floating target about 200 km away"),
            (E, "during an annual exercise"),
            (W, "the weapons the Houthis use against shipping"),
            (W, "Tehran denies supplying the group with missiles"),
            (M, "in violation of a UN arms embargo"),
            (E, "in violation of a UN arms embargo"),
            (E, "The Houthis began attacking vessels in November 2023"),
            (E, "launched more than 100 attacks on merchant ships, sank two vessels and seized a car carrier"),
            (W, "launched more than 100 attacks on merchant ships"),
            (E, "announced a renewed ban on Israeli-linked ships"),
            (M, "the Houthis agreed to stop targeting US vessels"),
            (M, "largely halted attacks on all merchant shipping"),
            (W, "The group has also fired missiles at Israel"),
            (E, "The group has also fired missiles at Israel"),
            (W, "Israeli officials have dismissed the hypersonic claim"),
            (W, "Tuesday's attack, although it caused no damage"),
            (E, "Tuesday's attack, although it caused no damage"),
            (W, "Even a near miss"),
        ],
    ),
    Article(
        "d6 out of domain: mozambique debt standstill and moratorium, imf end-july assurances deadline, bank stress test",
        date(2026, 6, 10),
        """MAPUTO, June 10 (Reuters) - Mozambique asked its official and commercial creditors on Wednesday for a six-month standstill on debt service, declaring a moratorium on payments on most of its external debt while it negotiates a restructuring, and said it was racing to meet an International Monetary Fund deadline to secure financing assurances by the end of July.

Finance Minister Carla Louveira told reporters in the capital that the suspension would not apply to multilateral lenders such as the World Bank and the African Development Bank, and that the government would keep paying interest on domestic treasury bonds. "We are not walking away from anyone. We are pressing pause so that we can pay everybody in the end," she said.

The move had been widely expected since the IMF's staff reached a preliminary agreement with Maputo last month on a three-year, $1.2 billion Extended Credit Facility. Under the Fund's lending rules, the programme cannot go to its executive board until creditors holding the bulk of the country's debt give assurances that they will restructure on terms consistent with the IMF's debt sustainability analysis. Officials said they had been told the board would want those assurances in hand by July 31 if the programme was to be approved before the Fund's annual meetings in October.

The government also has to complete a set of "prior actions", including a fuel subsidy reform and the publication of audited accounts for the state oil company, within 60 days, a person familiar with the talks said.

Mozambique's $900 million Eurobond due 2031 has a coupon payment of about $38 million due on Monday, with a 30-day grace period. The bond fell 6 cents to 58 cents on the dollar on Wednesday, its lowest since the 2024 post-election unrest. Fitch Ratings said it would cut the country to "restricted default" if the payment was missed at the end of the grace period.

The country's debt troubles have a long history. In 2016 it emerged that state-owned companies had secretly borrowed more than $2 billion with government guarantees, a scandal that triggered a default, froze donor budget support and eventually sent a former finance minister to prison in the United States. Maputo restructured the so-called tuna bonds in 2019 after three years of talks.

Other African governments have taken the same route in recent years. Zambia halted payments in 2020 and took more than three years to finish reworking its debts under the Group of 20's Common Framework, while Ghana suspended payments on most of its external debt in December 2022. Both endured long stand-offs with bondholders and China's policy banks over how losses should be shared.

Analysts said Mozambique's case could move faster because most of its commercial debt sits in a single bond. "The Eurobond holders have been through this once already with this sovereign, so nobody is going to be shocked," said Razia Khan, head of research for Africa at a London bank. "The real test is whether China signs up before the Fund's cut-off."

The central bank said last week that a stress test of the country's 15 commercial banks, which hold large amounts of government paper, showed that all but two would keep capital above regulatory minimums under a severe restructuring scenario. It ordered those two lenders to present recapitalisation plans by Sept. 30.

Civil society groups have warned that the standstill must not come at the expense of health and education spending. A coalition of trade unions gave the government until Friday to restore suspended public-sector bonuses, threatening a general strike, and said the escalation in fuel and bread prices since January had already pushed many families to the brink.

Louveira said the government had launched a review of every spending line and fired the board of the state electricity utility over cost overruns, and that she expected to present a restructuring proposal to creditors "within weeks".""",
        expect=[],
        optional=[],
    ),
    Article(
        "d7 out of domain: tokai no. 2 restart bid, nra deadline on seawall, stress tests and the post-fukushima halt",
        date(2026, 2, 5),
        """TOKYO, Feb. 5 (Kyodo) -- Japan's Nuclear Regulation Authority on Thursday gave Japan Atomic Power Co. until the end of March to explain how it will fix construction defects in a tsunami seawall at its Tokai No. 2 power plant, a step that could push back the restart of the idled reactor northeast of Tokyo by at least another year.

The regulator said the company had failed to show that sections of the 20-meter barrier, whose foundations were found in 2023 to contain gaps and poorly compacted concrete, could withstand the largest tsunami assumed for the site. NRA Chairman Shinsuke Yamanaka told a news conference the watchdog "cannot accept a plan that says, in effect, trust us".

Japan Atomic Power, which supplies electricity to Tokyo Electric Power Company Holdings Inc. and other utilities, had aimed to complete all safety work by December this year. A company spokesman said it would "respond sincerely" to the authority's request and declined to comment on whether the December target was still realistic.

The 1.1-million-kilowatt boiling water reactor, the closest to the capital, has been offline since it was shut down automatically during the March 2011 earthquake and tsunami that triggered triple meltdowns at the Fukushima Daiichi plant. It passed the NRA's safety screening in 2018, but a court in Mito ruled in 2021 that it could not operate because evacuation plans for the roughly 920,000 people living within 30 kilometers were inadequate. That case is now before the Tokyo High Court.

After the Fukushima disaster, Japan idled all of its reactors and required operators to put each one through a "stress test" simulating earthquakes, floods and loss of power before it could be considered for restart. The de facto moratorium on nuclear power ended in 2015 when the Sendai plant in Kagoshima Prefecture went back online, and 14 reactors have since resumed operation.

The government of Prime Minister Sanae Takaichi has called for a faster return to nuclear generation to curb electricity bills, which have climbed as the weak yen pushed up the cost of imported liquefied natural gas. Its latest energy plan, adopted last year, dropped a pledge to reduce reliance on atomic power "as much as possible".

Tokyo Electric last month restarted the No. 6 reactor at its Kashiwazaki-Kariwa plant in Niigata Prefecture, its first unit to generate power since 2011, only to shut it down a day later after an alarm sounded during the withdrawal of control rods. The utility said it had tested the alarm circuit and found a faulty sensor, and aims to bring the reactor back to criticality later this month.

Ibaraki Prefecture Governor Kazuhiko Oigawa, whose consent would also be needed for Tokai No. 2 to run, has said he will not decide on the plant until the seawall problems are resolved and a workable evacuation plan is in place. Local residents launched a petition drive in January calling for a referendum on the restart.

Separately, the NRA said Kansai Electric Power Co. has until June 30 to submit a revised assessment of volcanic ash risk at its Takahama plant in Fukui Prefecture, and that its inspectors would observe the test-firing of new backup diesel generators there before two of the site's reactors shut down for routine checks in the spring.

"Every month of delay costs the company money it does not have," said an energy analyst at a Tokyo brokerage. "But the regulator has made it clear that a missed deadline will not be met with a shrug."

Elsewhere, Taiwan's nuclear safety commission is reviewing an application by state power company Taipower to conduct a safety inspection at the Maanshan plant, which was shut in May 2025 when its operating licence expired, after a referendum on restarting it failed to pass the turnout threshold. Taiwan's cabinet has set no date for a decision.""",
        expect=[],
        optional=[],
    ),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ('c3 ', E, 'lawmakers would move to pull Iran out of the Nuclear Non-Proliferation Treaty (NPT)', None),
    ('c3 ', D, 'the June 30 cutoff "will not be extended"', {'due': '2026-06-30'}),  # set_by None, read 'IRN'
    ('c3 ', E, 'Israeli and U.S. strikes on its nuclear facilities during a 12-day war in June 2025', {}),  # actor {'USA', 'ISR', None}, read 'IRN'
    ('c4 ', E, 'ordered officials to draw up proposals for a possible test', None),
    ('c5 ', E, 'it had fired more than 40 ballistic missiles at military and intelligence sites in Israel overnight', None),
    ('d1 ', W, "sent Hwasong-12 intermediate-range missiles over Japan's Hokkaido island twice", None),
    ('d1 ', M, 'would "discontinue nuclear tests and intercontinental ballistic rocket test-fires" from the next day', {'status': 'in_force', 'actor': 'PRK'}),  # scope ['nuclear', 'icbm'], read ['nuclear', 'missile']
    ('d1 ', D, 'he would wait "until the end of this year" for Washington to make a bolder offer', None),
    ('d1 ', E, 'Pyongyang saw no reason to remain bound by its halt on nuclear and ICBM testing', None),
    ('d1 ', E, 'promised that the world would soon witness "a new strategic weapon"', None),
    ('d1 ', W, 'two tests of a reconnaissance satellite system', None),
    ('d1 ', W, "Last Friday's missile, which Japan's defence ministry said flew for about 84 minutes", None),
    ('d2 ', W, 'last conducted one in September 2017', None),
    ('d3 ', E, 'traded warnings over a militant attack in Kashmir', {}),  # actor None, read 'IND'
    ('d3 ', E, 'Four days of drone, missile and artillery exchanges followed', {}),  # actor None, read 'PAK'
    ('d3 ', E, 'placed the 1960 Indus Waters Treaty "in abeyance" in April 2025', {}),  # actor 'IND', read 'PAK'
    ('d4 ', E, 'the department was "accelerating" its own hypersonic and missile-defense programs in response', None),
    ('d4 ', W, 'went through at least nine flight tests between 2014 and 2017', {'temporal': 'historical', 'actor': 'CHN'}),  # weapon {'ballistic_missile', 'irbm', 'hypersonic'}, read ['hypersonic', 'irbm']
    ('d4 ', W, 'China had tested the longer-range DF-27 in February of that year', {'temporal': 'historical', 'actor': 'CHN'}),  # weapon {'ballistic_missile', 'unspecified', 'irbm', 'hypersonic'}, read ['hypersonic', 'irbm']
    ('d4 ', W, 'probably a DF-27 shot into the Pacific at some point', None),
    ('d4 ', E, 'which China has repeatedly declined', None),
    ('d5 ', W, 'which it says it tested in 2024', {'temporal': 'historical', 'weapon': 'hypersonic'}),  # actor {'YEM', None}, read 'USA'
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND12, _prefix), _kind, _phrase, _attrs)
