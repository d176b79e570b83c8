"""Round 11 of the challenge articles: 14 fresh articles (ten in the domain, four out of it),
written and labelled after round 10's fixes and run before round 11's: they scored 81/140 required
signals right with 5 false alarms."""


from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

ROUND11: list[Article] = [
    Article(
        "a1 north korea irbm with hypersonic glide warhead, kim yo jong on freedom flag, carrier in busan",
        date(2026, 4, 9),
        """SEOUL, April 9 (Yonhap) -- North Korea fired an intermediate-range ballistic missile into the East Sea on Wednesday, South Korea's military said, its first launch of a longer-range weapon in nearly five months, as Pyongyang lashed out at an ongoing combined air exercise by Seoul and Washington.

The missile was launched from the Pyongyang area at around 7:40 a.m. and flew some 1,100 kilometers before splashing down in waters off the North's east coast, the Joint Chiefs of Staff (JCS) said, adding that South Korean and U.S. intelligence authorities were analyzing the flight data for additional specifications.

"Our military has strengthened surveillance and vigilance in preparation for additional launches and maintains a full readiness posture," the JCS said in a text message to reporters, denouncing the launch as "a clear provocation that seriously threatens peace and stability on the Korean Peninsula."

Japan's defense ministry said the missile appeared to have fallen outside Japan's exclusive economic zone and that Tokyo had lodged a protest with Pyongyang through its embassy in Beijing.

The Korean Central News Agency (KCNA) reported on Thursday that the launch had tested a new hypersonic glide warhead mounted on a solid-fuel booster, and that leader Kim Jong Un, who oversaw the test-fire, ordered the rapid serial production of the system to "firmly contain" hostile forces in the Pacific region.

"The enemies must be made to feel the pain of anxiety every moment," KCNA quoted Kim as saying.

Hours before the launch, Kim's powerful sister, Kim Yo Jong, issued a statement branding the allies' Freedom Flag air drills "a rehearsal for invasion" and warned that Pyongyang would take "corresponding action" against any forces encroaching on its sovereignty.

The U.S. Navy's USS George Washington aircraft carrier arrived in the southeastern port city of Busan last week in what U.S. Forces Korea described as a show of "ironclad" extended deterrence, a visit the North's defense ministry condemned as "reckless military bluster."

The launch was the North's first since it fired several short-range ballistic missiles toward the East Sea in mid-January. Pyongyang first flight-tested the Hwasong-16B, a solid-fuel missile carrying a hypersonic glide vehicle, in April 2024, and has since claimed the weapon can strike U.S. bases on Guam.

South Korea's spy agency told lawmakers last month that the North had completed preparations for a seventh nuclear test at its Punggye-ri site and could carry one out whenever Kim makes a political decision, though it has detected no signs that a detonation is imminent. The North has conducted six nuclear tests since 2006, the last and most powerful in September 2017.

The U.S. Indo-Pacific Command said in a statement that while the launch posed no immediate threat to U.S. personnel or territory, it highlighted the destabilizing impact of North Korea's illicit weapons programs. It said the U.S. commitment to the defense of South Korea and Japan remains "ironclad."

Seoul's unification ministry urged the North to halt actions that raise tensions and to respond to its standing proposal for military talks.

Pyongyang has rebuffed repeated offers of dialogue from Washington and Seoul, insisting that its status as a nuclear weapons state, which it enshrined in its constitution in 2023, is irreversible.""",
        expect=[
            (W, "fired an intermediate-range ballistic missile into the East Sea on Wednesday", {"temporal": "new", "weapon": "irbm", "actor": "PRK"}),
            (W, "The missile was launched from the Pyongyang area at around 7:40 a.m.", {"temporal": "new", "weapon": {"irbm", "unspecified"}, "actor": "PRK"}),
            (E, 'denouncing the launch as "a clear provocation that seriously threatens peace', {"actor": "KOR"}),
            (W, "the launch had tested a new hypersonic glide warhead", {"temporal": "new", "weapon": "hypersonic", "actor": "PRK"}),
            (E, "ordered the rapid serial production of the system", {"actor": "PRK"}),
            (E, 'branding the allies\' Freedom Flag air drills "a rehearsal for invasion"', {"actor": "PRK"}),
            (E, 'warned that Pyongyang would take "corresponding action"', {"actor": "PRK"}),
            (E, 'aircraft carrier arrived in the southeastern port city of Busan last week in what U.S. Forces Korea described as a show of "ironclad" extended deterrence', {"actor": "USA"}),
            (E, 'the North\'s defense ministry condemned as "reckless military bluster."', {"actor": "PRK"}),
            (W, "it fired several short-range ballistic missiles toward the East Sea in mid-January", {"temporal": "historical", "weapon": "srbm", "actor": "PRK"}),
            (W, "Pyongyang first flight-tested the Hwasong-16B, a solid-fuel missile carrying a hypersonic glide vehicle, in April 2024", {"temporal": "historical", "weapon": {"hypersonic", "unspecified"}, "actor": "PRK"}),
            (W, "completed preparations for a seventh nuclear test at its Punggye-ri site", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "The North has conducted six nuclear tests since 2006", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (E, "rebuffed repeated offers of dialogue from Washington and Seoul", {"actor": "PRK"}),
        ],
        optional=[
            (W, "its first launch of a longer-range weapon in nearly five months"),
            (W, "denouncing the launch"),
            (W, "the missile appeared to have fallen outside Japan's exclusive economic zone"),
            (W, "Hours before the launch"),
            (W, "The launch was the North's first"),
            (E, "as Pyongyang lashed out at an ongoing combined air exercise"),
            (W, "in preparation for additional launches"),
            (E, "strengthened surveillance and vigilance in preparation for additional launches"),
            (E, "Tokyo had lodged a protest with Pyongyang"),
            (W, "who oversaw the test-fire"),
            (E, '"The enemies must be made to feel the pain of anxiety every moment,"'),
            (E, "has since claimed the weapon can strike U.S. bases on Guam"),
            (W, "could carry one out whenever Kim makes a political decision"),
            (W, "it has detected no signs that a detonation is imminent"),
            (W, "the launch posed no immediate threat to U.S. personnel or territory"),
            (E, "it highlighted the destabilizing impact of North Korea's illicit weapons programs"),
            (E, "insisting that its status as a nuclear weapons state"),
        ],
    ),
    Article(
        "a2 kim yo jong gives washington until end of june over b-52 rotation; 2019 deadline and test-freeze end recalled",
        date(2026, 6, 15),
        """TOKYO/SEOUL, June 15 (Kyodo) -- Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, on Monday gave Washington until the end of June to cancel a planned deployment of nuclear-capable strategic bombers to the Korean Peninsula, warning that Pyongyang would otherwise take "the most powerful counteraction" the United States "would not want to see."

In a statement carried by the official Korean Central News Agency, she said the U.S. plan to rotate B-52H bombers through a South Korean air base this summer amounted to "open preparations for a nuclear war" against the North.

"If the U.S. does not come to its senses by the deadline, it will have to bear full responsibility for all the consequences," she said. "Our patience is not unlimited."

The statement came four days after U.S. B-1B bombers staged a joint flight over the peninsula with South Korean and Japanese fighter jets, a trilateral show of force that the North's defense ministry said would "not go unanswered."

South Korea's Unification Ministry called the statement "regrettable" and urged Pyongyang to come back to the negotiating table, while a U.S. State Department spokesperson said Washington remained open to talks with the North "without preconditions." Japan's top government spokesman said Tokyo was closely monitoring the situation in cooperation with Washington and Seoul.

The ultimatum recalled the end-of-year deadline Kim Jong Un set for Washington in 2019 to come up with new proposals in stalled denuclearization talks. When that deadline passed without a breakthrough, Kim told a party plenum on the last day of 2019 that the North no longer felt bound by its self-declared moratorium on nuclear and intercontinental ballistic missile tests, announced in April 2018.

South Korean officials say the North has kept Tunnel No. 3 at its Punggye-ri test site ready since restoring it in 2022, and that a seventh nuclear test, the first since September 2017, could come with little warning.

"The phrase 'would not want to see' is about as close as Pyongyang comes to flagging a nuclear test without naming it," said Choi Min-jae, a researcher at a Seoul-based security think tank.

But Choi said a return to long-range missile launches was the likelier response, noting that Pyongyang paraded its new Hwasong-20 solid-fuel ICBM through Kim Il Sung Square in October but has yet to flight-test it.

The North has launched ballistic missiles on five occasions this year. Most recently, on June 4, it fired what Seoul said were two short-range ballistic missiles from near Wonsan that flew about 400 kilometers before falling into the sea. In March, state media said the country had carried out a ground test of a high-thrust solid-fuel engine intended for a new ICBM.

In Monday's statement, Kim Yo Jong also dismissed any negotiations premised on denuclearization as "a pipe dream," repeating the North's position that its nuclear status is irreversible.

Kim Jong Un said in a speech to the rubber-stamp parliament last September that he had "good memories" of U.S. President Donald Trump and would be open to talks if Washington dropped what he called its "delusional obsession" with denuclearization. Washington has said its goal remains the complete denuclearization of North Korea.""",
        expect=[
            (D, "gave Washington until the end of June to cancel a planned deployment", {"due": "2026-06-30", "set_by": "PRK"}),
            (E, 'warning that Pyongyang would otherwise take "the most powerful counteraction"', {"actor": "PRK"}),
            (E, 'amounted to "open preparations for a nuclear war" against the North', {"actor": "PRK"}),
            (E, "it will have to bear full responsibility for all the consequences", {"actor": "PRK"}),
            (E, "a trilateral show of force", {"actor": {None, "USA"}}),
            (E, 'the North\'s defense ministry said would "not go unanswered."', {"actor": "PRK"}),
            (D, "the end-of-year deadline Kim Jong Un set for Washington in 2019", {"due": "2019-12-31", "set_by": "PRK"}),
            (M, "the North no longer felt bound by its self-declared moratorium on nuclear and intercontinental ballistic missile tests", {"status": "ended", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (W, "a seventh nuclear test, the first since September 2017, could come with little warning", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "a return to long-range missile launches was the likelier response", {"temporal": "prospective", "weapon": {"icbm", "ballistic_missile", "unspecified"}, "actor": "PRK"}),
            (W, "The North has launched ballistic missiles on five occasions this year", {"temporal": "historical", "weapon": "ballistic_missile", "actor": "PRK"}),
            (W, "it fired what Seoul said were two short-range ballistic missiles from near Wonsan", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "carried out a ground test of a high-thrust solid-fuel engine", {"temporal": "historical", "weapon": "engine", "actor": "PRK"}),
            (E, 'dismissed any negotiations premised on denuclearization as "a pipe dream,"', {"actor": "PRK"}),
        ],
        optional=[
            (E, "the U.S. plan to rotate B-52H bombers through a South Korean air base"),
            (E, "a planned deployment of nuclear-capable strategic bombers"),
            (D, "by the deadline"),
            (E, '"Our patience is not unlimited."'),
            (E, "U.S. B-1B bombers staged a joint flight over the peninsula"),
            (D, "The ultimatum recalled"),
            (D, "When that deadline passed without a breakthrough"),
            (E, "no longer felt bound by its self-declared moratorium"),
            (W, "flagging a nuclear test without naming it"),
            (E, "flagging a nuclear test without naming it"),
            (E, "paraded its new Hwasong-20 solid-fuel ICBM through Kim Il Sung Square"),
            (W, "has yet to flight-test it"),
            (E, "repeating the North's position that its nuclear status is irreversible"),
            (E, '"delusional obsession" with denuclearization'),
        ],
    ),
    Article(
        "a3 think-tank imagery brief: punggye-ri upkeep, natural quake, sohae static fire, satellite pad",
        date(2026, 8, 20),
        """Punggye-ri and Sohae: Renewed Activity, but No Sign a Nuclear Test Is Imminent

Korea Risk Monitor | Imagery Brief | August 20, 2026

Commercial satellite imagery collected on August 12 and August 17 shows a steady flow of vehicles and mining carts near the portal of Tunnel No. 3 at North Korea's Punggye-ri Nuclear Test Site, along with a modest expansion of the adjacent spoil pile. The activity is consistent with routine maintenance rather than final preparations for a detonation: we see no instrumentation cabling, no stockpiles of stemming material and none of the command-vehicle movements that preceded the North's earlier tests.

The imagery comes amid heightened attention to the site. On August 10, Kim Yo Jong, a vice department director of the ruling Workers' Party, said the North would "show in practice" its answer to the annual Ulchi Freedom Shield exercise, which began on Monday. Her statement fuelled speculation in Seoul and Tokyo that Pyongyang might carry out its first nuclear explosive test in nearly nine years to coincide with the drills.

A magnitude 2.4 tremor detected about 40 kilometres northwest of the site on Tuesday was a natural earthquake, not an explosion, South Korea's meteorological administration said, adding that the event showed none of the waveform characteristics of an artificial blast.

Background

North Korea conducted all six of its nuclear tests at Punggye-ri between October 2006 and September 2017. The last, which Pyongyang claimed was a hydrogen bomb designed for an ICBM, had an estimated yield of 100 to 250 kilotons.

In April 2018, Kim Jong Un announced that the country would stop nuclear and ICBM tests and no longer needed the site; a month later, engineers blew up the entrances to several tunnels in front of invited foreign journalists. Work to reopen Tunnel No. 3 began in early 2022, around the time the North broke its four-year pause in long-range launches by flight-testing an intercontinental ballistic missile in March of that year.

North Korea has not carried out a nuclear explosive test since 2017, but it has never formally restored the 2018 pledge, and Kim has since ordered the mass production of tactical nuclear warheads.

Sohae

Imagery of the Sohae Satellite Launching Ground from August 14 shows fresh scorching and vegetation damage below the vertical engine test stand, consistent with what we assess was a static-fire test of a large liquid-fuel engine sometime after August 9. The North has used the stand in the past to test engines for both its space launch vehicles and its Hwasong-series missiles.

The coastal launch pad has also been extended and a new assembly building is nearing completion, suggesting preparations for another military reconnaissance satellite launch, which Pyongyang has said it will attempt "in the near future." The North put its first such satellite into orbit in November 2023 after two failed attempts; a fourth launch in May 2024 exploded shortly after liftoff.

Assessment

On balance, we judge that the most likely near-term provocations are further short-range ballistic missile salvos and cruise missile launches timed to the exercise, not a nuclear test. A detonation would risk an open rift with Beijing, whose protection Pyongyang has relied on at the UN Security Council, and a seventh test would add relatively little technical data to what the North has already gathered.

Still, the site appears capable of supporting a test within weeks of a political decision, and the North has in the past timed major provocations to the U.S. political calendar. We will continue to monitor both sites and will update this assessment as new imagery becomes available.""",
        expect=[
            (E, 'the North would "show in practice" its answer to the annual Ulchi Freedom Shield exercise', {"actor": "PRK"}),
            (W, "Pyongyang might carry out its first nuclear explosive test in nearly nine years", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (W, "North Korea conducted all six of its nuclear tests at Punggye-ri between October 2006 and September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "Kim Jong Un announced that the country would stop nuclear and ICBM tests", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "broke its four-year pause in long-range launches", {"status": "ended", "actor": "PRK"}),
            (W, "flight-testing an intercontinental ballistic missile in March of that year", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (E, "ordered the mass production of tactical nuclear warheads", {"actor": "PRK"}),
            (W, "what we assess was a static-fire test of a large liquid-fuel engine", {"temporal": "new", "weapon": "engine", "actor": "PRK"}),
            (W, "has used the stand in the past to test engines for both its space launch vehicles and its Hwasong-series missiles", {"temporal": "historical", "weapon": "engine", "actor": "PRK"}),
            (W, "preparations for another military reconnaissance satellite launch", {"temporal": "prospective", "weapon": "space_launch", "actor": "PRK"}),
            (W, "The North put its first such satellite into orbit in November 2023 after two failed attempts", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (W, "a fourth launch in May 2024 exploded shortly after liftoff", {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (W, "the most likely near-term provocations are further short-range ballistic missile salvos and cruise missile launches", {"temporal": "prospective", "weapon": ["srbm", "cruise_missile"], "actor": "PRK"}),
        ],
        optional=[
            (W, "No Sign a Nuclear Test Is Imminent"),
            (W, "rather than final preparations for a detonation"),
            (W, "preceded the North's earlier tests"),
            (W, "a natural earthquake, not an explosion"),
            (W, "none of the waveform characteristics of an artificial blast"),
            (W, "The last, which Pyongyang claimed was a hydrogen bomb designed for an ICBM"),
            (E, "broke its four-year pause in long-range launches"),
            (M, "North Korea has not carried out a nuclear explosive test since 2017"),
            (W, "North Korea has not carried out a nuclear explosive test since 2017"),
            (M, "it has never formally restored the 2018 pledge"),
            (M, "engineers blew up the entrances to several tunnels"),
            (W, 'which Pyongyang has said it will attempt "in the near future."'),
            (E, "the most likely near-term provocations"),
            (W, "not a nuclear test"),
            (W, "A detonation would risk an open rift with Beijing"),
            (W, "a seventh test would add relatively little technical data"),
            (W, "the site appears capable of supporting a test within weeks of a political decision"),
            (E, "timed major provocations to the U.S. political calendar"),
        ],
    ),
    Article(
        "a4 russia flies sarmat from plesetsk, novaya zemlya 'ready', peskov conditional test pledge",
        date(2026, 7, 2),
        """MOSCOW, July 2 (Reuters) - Russia said on Thursday it had successfully test-launched a Sarmat intercontinental ballistic missile from the Plesetsk cosmodrome, the first announced flight of the heavy missile in more than four years, as the Kremlin warned it was ready to resume nuclear testing if Washington did so first.

The Defence Ministry said the missile, launched at 11:20 a.m. Moscow time (0820 GMT), delivered training warheads to the Kura test range on the Kamchatka peninsula "with the specified accuracy". It released footage showing the missile rising from a silo in a cloud of smoke.

"The Sarmat will be placed on combat duty with the Strategic Missile Forces before the end of the year," Defence Minister Andrei Belousov said, according to the ministry.

The RS-28 Sarmat, designed to carry multiple nuclear warheads and replace Soviet-era Voevoda missiles, has had a troubled development. After a first successful flight in April 2022, a test in September 2024 appears to have ended in an explosion that left a large crater at the Plesetsk silo, according to satellite images analysed by independent experts. Moscow never acknowledged the failure.

Kremlin spokesman Dmitry Peskov said Russia remained committed to its position that it would not carry out a nuclear test unless the United States did. "But if someone does it, we will respond accordingly," he told reporters.

Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that preparations for a possible nuclear test at the Novaya Zemlya Arctic archipelago had been "completed in full" on President Vladimir Putin's orders, so that Russia could act "without delay".

Putin ordered officials in November to draft proposals on preparing for a nuclear test after U.S. President Donald Trump said he had instructed the Pentagon to start testing U.S. nuclear weapons "on an equal basis" with other countries. U.S. Energy Secretary Chris Wright later said the tests under consideration were "noncritical" system tests that would not involve nuclear explosions.

Trump's announcement came days after Putin said Russia had tested the Burevestnik nuclear-powered cruise missile and the Poseidon nuclear-powered underwater drone, systems he says can evade any missile defence. Putin told graduates of military academies on Wednesday that both would enter service "in the foreseeable future".

Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023, saying it wanted parity with the United States, which signed but never ratified the pact. The Soviet Union last tested a nuclear device in 1990; the United States has not conducted an explosive test since 1992.

The Sarmat flight comes five months after New START, the last treaty capping the two countries' deployed strategic nuclear arsenals, lapsed on Feb. 5 without a replacement. Washington did not take up Putin's offer to keep to the treaty's central limits for a further year.

"Russia's continued testing of novel nuclear delivery systems and its reckless nuclear rhetoric undermine strategic stability," a NATO spokeswoman said, urging Moscow to act responsibly.

Analysts cautioned against reading too much into a single flight. "Getting Sarmat to fly once does not make it a reliable system," said Anna Reiter, a nuclear policy analyst at a Berlin-based institute. "Moscow needs a run of clean flights before it can retire the Voevoda, and the Voevoda is already decades past its design life.\"""",
        expect=[
            (W, "it had successfully test-launched a Sarmat intercontinental ballistic missile from the Plesetsk cosmodrome", {"temporal": "new", "weapon": "icbm", "actor": "RUS"}),
            (M, "it was ready to resume nuclear testing if Washington did so first", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "the Kremlin warned it was ready to resume nuclear testing if Washington did so first", {"actor": "RUS"}),
            (W, "the missile, launched at 11:20 a.m. Moscow time (0820 GMT), delivered training warheads to the Kura test range", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (E, '"The Sarmat will be placed on combat duty with the Strategic Missile Forces before the end of the year,"', {"actor": "RUS"}),
            (W, "After a first successful flight in April 2022", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (W, "a test in September 2024 appears to have ended in an explosion", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (M, "it would not carry out a nuclear test unless the United States did", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
            (E, '"But if someone does it, we will respond accordingly,"', {"actor": "RUS"}),
            (W, 'preparations for a possible nuclear test at the Novaya Zemlya Arctic archipelago had been "completed in full"', {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, 'preparations for a possible nuclear test at the Novaya Zemlya Arctic archipelago had been "completed in full"', {"actor": "RUS"}),
            (E, "Putin ordered officials in November to draft proposals on preparing for a nuclear test", {"actor": "RUS"}),
            (W, "draft proposals on preparing for a nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (W, "he had instructed the Pentagon to start testing U.S. nuclear weapons", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "Russia had tested the Burevestnik nuclear-powered cruise missile and the Poseidon nuclear-powered underwater drone", {"temporal": "historical", "weapon": ["cruise_missile", "unspecified"], "actor": "RUS"}),
            (E, 'both would enter service "in the foreseeable future"', {"actor": "RUS"}),
            (E, "Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023", {"actor": "RUS"}),
            (W, "The Soviet Union last tested a nuclear device in 1990", {"temporal": "historical", "weapon": "nuclear", "actor": {"RUS", "SUN", None}}),
        ],
        optional=[
            (W, "the first announced flight of the heavy missile in more than four years"),
            (W, "ready to resume nuclear testing if Washington did so first"),
            (W, "footage showing the missile rising from a silo"),
            (W, "Moscow never acknowledged the failure"),
            (W, "it would not carry out a nuclear test unless the United States did"),
            (E, "it would not carry out a nuclear test unless the United States did"),
            (E, 'so that Russia could act "without delay"'),
            (E, "he had instructed the Pentagon to start testing U.S. nuclear weapons"),
            (W, 'were "noncritical" system tests that would not involve nuclear explosions'),
            (E, "systems he says can evade any missile defence"),
            (M, "the United States has not conducted an explosive test since 1992"),
            (W, "the United States has not conducted an explosive test since 1992"),
            (W, "The Sarmat flight comes five months after"),
            (M, "keep to the treaty's central limits for a further year"),
            (E, "Washington did not take up Putin's offer"),
            (W, "Russia's continued testing of novel nuclear delivery systems"),
            (E, "its reckless nuclear rhetoric undermine strategic stability"),
            (W, "a single flight"),
            (W, "Getting Sarmat to fly once does not make it a reliable system"),
            (W, "Moscow needs a run of clean flights"),
        ],
    ),
    Article(
        "a5 arms-control brief: new start's last week, ryabkov's feb 5 cut-off, burevestnik/poseidon and the testing question",
        date(2026, 1, 28),
        """New START's Last Week: Moscow's Offer, Washington's Silence and the Testing Question

Issue Brief | January 28, 2026

With eight days left before the New Strategic Arms Reduction Treaty expires on Feb. 5, the United States has yet to answer a Russian proposal that both sides keep observing the treaty's central limits for one year after it lapses. The treaty, which caps each side at 1,550 deployed strategic warheads and 700 deployed missiles and heavy bombers, cannot be extended again under its terms.

Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Washington had "until Feb. 5" to say whether it would reciprocate, and that Moscow would treat silence as a rejection. "After that date we will proceed from our own security assessments, and we will not be bound by any quantitative restraints," he told the TASS news agency.

President Vladimir Putin first floated the offer in September, describing it as a way to avoid "a destabilizing race", but warning that Russia would answer any U.S. buildup "with military-technical measures." President Donald Trump called the proposal "a good idea" in October, yet the administration has made no formal reply; officials have said any future arms control must also cover China, which has refused to join trilateral talks.

How we got here

Russia suspended its participation in New START in February 2023, halting on-site inspections and data exchanges, though it pledged to keep within the treaty's numerical ceilings. Later that year, the State Duma voted to revoke Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty, a move Moscow said merely put it on the same footing as the United States, which has signed but not ratified the treaty.

The testing question

The treaty's end has coincided with a sharper debate about a return to explosive testing. In late October, Russia's chief of the General Staff, Valery Gerasimov, reported that the nuclear-powered Burevestnik cruise missile had flown some 14,000 kilometres over about 15 hours in a test on Oct. 21. Days later, Putin said the Poseidon underwater vehicle had been tested on its onboard reactor for the first time.

Trump responded on Oct. 30 by writing that he had instructed the Pentagon "to start testing our Nuclear Weapons on an equal basis," a post widely read in Moscow as a signal that Washington could resume explosive testing for the first time since 1992. Putin then directed his government on Nov. 5 to prepare proposals on the possible start of preparations for nuclear weapons tests, a careful formulation that stops short of ordering a detonation.

Russia and the United States have each observed a halt on nuclear explosive testing since the early 1990s, and Moscow says it will abide by it as long as Washington does.

The Strategic Missile Forces have meanwhile said the Sarmat heavy ICBM will go on combat duty this year, despite what Western analysts believe was a failed test launch at Plesetsk in September 2024.

What is at stake

Without the treaty, each side could upload hundreds of additional warheads onto existing missiles and bombers within months, analysts estimate. The bigger loss may be transparency: the inspections and notifications that let each side verify the other's forces have been frozen since 2023 and will not return on their own.

"The first casualty is predictability," said one former U.S. negotiator. "Neither side will know what the other is doing, and worst-case planning fills the gap."

What to watch

Whether Washington answers before Feb. 5; whether Russia conducts a Sarmat flight test in the first quarter, as officials have hinted; and whether either side moves equipment or personnel to its former test sites at Novaya Zemlya or in Nevada.""",
        expect=[
            (D, 'Washington had "until Feb. 5" to say whether it would reciprocate', {"due": "2026-02-05", "set_by": "RUS"}),
            (E, "we will not be bound by any quantitative restraints", {"actor": "RUS"}),
            (E, 'Russia would answer any U.S. buildup "with military-technical measures."', {"actor": "RUS"}),
            (E, "China, which has refused to join trilateral talks", {"actor": "CHN"}),
            (E, "Russia suspended its participation in New START in February 2023", {"actor": "RUS"}),
            (E, "the State Duma voted to revoke Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty", {"actor": "RUS"}),
            (W, "the nuclear-powered Burevestnik cruise missile had flown some 14,000 kilometres over about 15 hours in a test on Oct. 21", {"temporal": "historical", "weapon": "cruise_missile", "actor": "RUS"}),
            (W, "the Poseidon underwater vehicle had been tested on its onboard reactor for the first time", {"temporal": "historical", "weapon": "unspecified", "actor": "RUS"}),
            (W, 'he had instructed the Pentagon "to start testing our Nuclear Weapons on an equal basis,"', {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "prepare proposals on the possible start of preparations for nuclear weapons tests", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "Putin then directed his government on Nov. 5 to prepare proposals", {"actor": "RUS"}),
            (M, "Russia and the United States have each observed a halt on nuclear explosive testing since the early 1990s", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (M, "Moscow says it will abide by it as long as Washington does", {"status": {"in_force", "threatened"}, "scope": ["nuclear"], "actor": "RUS"}),
            (E, "the Sarmat heavy ICBM will go on combat duty this year", {"actor": "RUS"}),
            (W, "what Western analysts believe was a failed test launch at Plesetsk in September 2024", {"temporal": "historical", "weapon": "icbm", "actor": "RUS"}),
            (W, "whether Russia conducts a Sarmat flight test in the first quarter", {"temporal": "prospective", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
        ],
        optional=[
            (M, "both sides keep observing the treaty's central limits for one year after it lapses"),
            (E, "Moscow would treat silence as a rejection"),
            (E, "we will proceed from our own security assessments"),
            (M, "first floated the offer in September"),
            (M, "it pledged to keep within the treaty's numerical ceilings"),
            (W, "Washington could resume explosive testing for the first time since 1992"),
            (E, "Trump responded on Oct. 30 by writing that he had instructed the Pentagon"),
            (W, "stops short of ordering a detonation"),
            (E, "Moscow says it will abide by it as long as Washington does"),
            (E, "each side could upload hundreds of additional warheads"),
            (E, "worst-case planning fills the gap"),
            (D, "Whether Washington answers before Feb. 5"),
            (W, "moves equipment or personnel to its former test sites"),
            (W, "a return to explosive testing"),
            (M, "a return to explosive testing"),
            (D, "before the New Strategic Arms Reduction Treaty expires on Feb. 5"),
            (E, "have been frozen since 2023"),
            (M, "have been frozen since 2023"),
        ],
    ),
    Article(
        "a6 out of domain: malawi debt moratorium, imf end-month deadline, opposition friday ultimatum",
        date(2026, 6, 24),
        """LILONGWE, June 24 (Reuters) - Malawi declared a moratorium on external commercial debt service on Wednesday, freezing payments to private creditors for at least six months as the government races to push a budget through parliament before the fiscal year ends on June 30.

Finance Minister Grace Chikwanda told lawmakers the suspension would free up roughly $120 million for fuel and fertiliser imports and was "a pause, not a default." Payments to multilateral lenders such as the World Bank and the African Development Bank will continue, she said.

"We have been given until the end of the month by the International Monetary Fund to show a credible financing plan," Chikwanda said, adding that the Washington-based lender's board would not consider a new programme until the budget had passed. An IMF spokesperson said a staff team would visit Lilongwe in July but declined to comment on any deadline.

The announcement drew fire from the opposition, which called the standstill "a nuclear option that will scare off every investor in the region" and threatened to block the spending bill. "If the government does not withdraw this reckless budget by Friday, we will walk out and deny it a quorum," opposition chief whip Wellington Banda told reporters.

A committee representing holders of Malawi's 2029 Eurobonds said it was "deeply concerned" by the unilateral move and warned of a rapid escalation to legal action if formal talks were not launched within 30 days. Legal advisers to the group have prepared a test case in a London court, two people familiar with the matter said.

The kwacha weakened 3 percent against the dollar after the announcement, extending losses since the central bank launched a new foreign-exchange auction system in April. The Reserve Bank of Malawi last month fired its deputy governor for operations over irregularities in the allocation of foreign currency.

It is the country's second debt standstill in four years. Malawi suspended payments on most of its external commercial debt in 2022 after cyclones and a cholera outbreak drained its reserves, and only lifted that freeze last year following a restructuring deal.

The government has also extended a ban on maize exports until the end of the year and imposed a freeze on public-sector hiring, measures the IMF has urged as part of any new arrangement.

Analysts said the budget vote would be the first real test of President Peter Mutharika's coalition since he returned to power in September. "The deadline is tight, the arithmetic is tight and the politics are tighter," said one Johannesburg-based sovereign analyst. "Missing June 30 would mean running the state on emergency spending orders, which would put a new IMF deal further out of reach."

Parliament is scheduled to vote on the budget on Monday.""",
        expect=[],
        optional=[],
    ),
    Article(
        "a7 out of domain: sarb bank stress test, dividend moratorium lifted, proteas test in bulawayo",
        date(2026, 7, 17),
        """BUSINESS AND SPORT IN BRIEF | JOHANNESBURG, July 17

Banks pass SARB stress test

South Africa's five largest banks would remain adequately capitalised even under a severe downturn featuring a sharp escalation in global trade tensions, a 30% slide in commodity prices and a jump in unemployment to 38%, the South African Reserve Bank said on Thursday after its latest stress test.

The exercise, run every two years, found that the aggregate common equity tier 1 ratio of the tested lenders would fall to a low of 10.9% in the third year of the adverse scenario, above the regulatory minimum. One mid-sized lender, whose board fired its chief risk officer in March, fell close to the threshold and has been asked to submit a revised capital plan by the end of September.

The central bank also confirmed that the informal moratorium on dividend payouts it asked banks to observe during the pandemic has fully ended, and said it would launch its first climate-risk stress test next year. "We will not hesitate to escalate supervisory action where a bank's plan falls short," a deputy governor told a briefing. Bank shares rose 1.4% on the Johannesburg Stock Exchange after the results, led by lenders that launched share buybacks earlier this year.

Rabada fires Proteas to brink of victory

Kagiso Rabada fired out three Zimbabwe batters in a hostile eight-over spell after tea on the third day of the second Test in Bulawayo, leaving South Africa needing five wickets on Friday to clinch the two-match series.

Resuming on 96 for two in pursuit of an unlikely 389, Zimbabwe were cruising until Rabada returned from the Pavilion End and launched a barrage of short-pitched deliveries. Sean Williams top-edged a hook to fine leg, Craig Ervine was caught behind off a lifter, and the nightwatchman was bowled by a searing yorker. Zimbabwe closed on 198 for five.

The escalation in bouncers drew an official warning from the on-field umpires after Rabada struck Wessley Madhevere on the helmet, and the batter retired hurt before returning to bat at the fall of the next wicket. The match referee did not confirm whether any disciplinary action would follow.

Earlier, Tony de Zorzi completed his maiden Test century before Temba Bavuma declared, setting up a final-session assault from the visitors' pace attack.

Cricket South Africa has until Sunday to name its squad for the three-match one-day series that follows, and selectors have signalled that Rabada and Lungi Ngidi will be rested. A long-awaited women's T20 league is due to be launched in Cape Town next month.""",
        expect=[],
        optional=[],
    ),
    Article(
        "b1 iaea board gives iran until end-august and 30 days for a stockpile declaration; npt exit hint",
        date(2026, 6, 11),
        """VIENNA, June 11 (Reuters) - The U.N. nuclear watchdog's 35-nation Board of Governors on Thursday gave Iran until the end of August to account for uranium traces found at undeclared sites and to let inspectors back into its bombed enrichment plants, in a resolution Tehran denounced as "a declaration of political war".

The text, drafted by Britain, France and Germany and backed by the United States, passed with 21 votes in favour, three against and 11 abstentions, diplomats at the closed-door meeting said. It also requires Iran to submit, within 30 days, a full declaration of its stock of highly enriched uranium and of where that material is now stored.

Inspectors have not been able to verify that stockpile - about 440 kg enriched to up to 60% purity, a short step from the roughly 90% used in weapons - since Israeli and U.S. strikes hit the Fordow, Natanz and Isfahan sites in June last year.

"We are working in the dark, and that is not sustainable," International Atomic Energy Agency chief Rafael Grossi told reporters after the vote. He said he was ready to travel to Tehran "tomorrow" if it would help restore access.

Iran's foreign ministry spokesman said the country would respond "firmly and proportionately" and hinted that lawmakers could revive a bill to withdraw from the Nuclear Non-Proliferation Treaty (NPT). "Those who bombed safeguarded facilities now lecture us about safeguards," he said in a statement carried by state media.

Tehran curtailed cooperation with the agency last July under a law passed by parliament after the strikes, and has since allowed only occasional visits, mostly to its Russian-built Bushehr nuclear power plant, which is not in dispute.

The vote is the first major test of Iran's relations with the West since Britain, France and Germany triggered the "snapback" of U.N. sanctions last August, restoring an arms embargo and a ban on enrichment that had been lifted under the 2015 nuclear deal. The measures came back into force at the end of September, after a 30-day window for the Security Council to block them expired.

Western diplomats said the end-of-August cut-off was chosen so that Grossi's findings could be discussed at the board's regular September meeting, where the Europeans could seek a referral of Iran's file to the Security Council.

Israel's defence minister said on Thursday that his country would "not wait for reports" if it saw Iran moving to rebuild its enrichment capacity. "We struck once and we will strike again if we must," he told Israeli Army Radio.

Washington has offered to resume talks on a new agreement, but U.S. officials say any deal must include a moratorium on enrichment on Iranian soil, a demand Iranian officials have repeatedly called a non-starter.

"Enrichment is our right under the NPT and it will continue, with or without their permission," Iran's atomic energy chief Mohammad Eslami said last week, adding that reconstruction work had begun at several sites.

Russia and China, which voted against the resolution, said it would only push Iran further from cooperation. Moscow's envoy in Vienna wrote on X that the West was "deliberately driving the situation into a dead end".

Analysts were divided on how far Tehran would go. "Iran wants to keep the NPT card in its pocket rather than play it," said an analyst at the International Crisis Group. "Withdrawal would almost certainly invite another round of strikes, and they know it."
""",
        expect=[
            (D, "gave Iran until the end of August to account for uranium traces", {"due": "2026-08-31", "set_by": None}),
            (E, "Tehran denounced as \"a declaration of political war\"", {"actor": "IRN"}),
            (D, "to submit, within 30 days, a full declaration of its stock", {"due": "2026-07-11", "set_by": None}),
            (E, "Israeli and U.S. strikes hit the Fordow, Natanz and Isfahan sites", {"actor": None}),
            (E, "would respond \"firmly and proportionately\"", {"actor": "IRN"}),
            (E, "lawmakers could revive a bill to withdraw from the Nuclear Non-Proliferation Treaty", {"actor": "IRN"}),
            (E, "Tehran curtailed cooperation with the agency last July", {"actor": "IRN"}),
            (D, "the end-of-August cut-off", {"due": "2026-08-31", "set_by": None}),
            (E, "would \"not wait for reports\" if it saw Iran moving to rebuild its enrichment capacity", {"actor": "ISR"}),
            (E, "We struck once and we will strike again if we must", {"actor": "ISR"}),
            (M, "must include a moratorium on enrichment on Iranian soil", {"status": "called_for", "scope": ["other"], "actor": "IRN"}),
            (E, "Enrichment is our right under the NPT and it will continue", {"actor": "IRN"}),
        ],
        optional=[
            (E, "Those who bombed safeguarded facilities now lecture us about safeguards"),
            (E, "triggered the \"snapback\" of U.N. sanctions last August"),
            (M, "a ban on enrichment that had been lifted under the 2015 nuclear deal"),
            (D, "after a 30-day window for the Security Council to block them expired"),
            (E, "could seek a referral of Iran's file to the Security Council"),
            (E, "a demand Iranian officials have repeatedly called a non-starter"),
            (E, "reconstruction work had begun at several sites"),
            (E, "the West was \"deliberately driving the situation into a dead end\""),
            (E, "Withdrawal would almost certainly invite another round of strikes"),
        ],
    ),
    Article(
        "b2 irgc sejjil and fattah firings in great prophet drill, noor-4 launch, us strikes on huthis",
        date(2026, 2, 19),
        """DUBAI, Feb 19 (AFP) - Iran's Revolutionary Guards test-fired a Sejjil ballistic missile into the Sea of Oman on Thursday during a large-scale drill, state television said, as tensions flared again in the Red Sea after Yemen's Huthi rebels struck a Greek-owned tanker.

Footage showed the two-stage, solid-fuel missile rising from a desert launcher before dawn. The Guards said it had hit a target vessel about 1,800 kilometres (1,100 miles) away "with pinpoint precision", a claim that could not be independently verified.

The exercise, codenamed "Great Prophet 20", also saw naval units fire what the Guards described as an upgraded Fattah hypersonic missile, while swarms of drones attacked mock enemy warships near the Strait of Hormuz, the chokepoint for about a fifth of the world's oil.

"Our message is clear: any aggression against Iranian soil will be answered with a response that makes the aggressor regret it," Guards commander Mohammad Pakpour said in remarks broadcast live from the drill area.

Iran unveiled the Fattah, which it says can manoeuvre inside and outside the atmosphere at up to 15 times the speed of sound, in June 2023. The Sejjil was first flight-tested in 2008 but had rarely been shown in public until recent years.

Thursday's launch came less than two weeks after the Guards' aerospace force put a military reconnaissance satellite, Noor-4, into orbit aboard a Qased rocket fired from the Shahroud base in northeastern Iran - the fifth satellite the force has placed in orbit since 2020.

The United States, France, Germany and Britain say such launches draw on technology that could help Iran build longer-range missiles capable of carrying nuclear warheads. Tehran denies seeking nuclear weapons and says its missile and space programmes are purely defensive.

Last week a member of parliament's national security committee said Iran should scrap the 2,000-km range limit that Supreme Leader Ayatollah Ali Khamenei has set for its missiles, adding that the military stood ready to test a longer-range version of the Khorramshahr ballistic missile "whenever the order is given".

In the Red Sea, the Huthis said they had fired two anti-ship missiles at the tanker Aegean Star on Wednesday, accusing its owner of doing business with Israeli ports. The crew was evacuated after a fire broke out on deck, the British military's UKMTO agency said.

The U.S. military's Central Command said on Thursday its forces had struck Huthi missile launchers and a radar site near Hodeidah, and warned that Washington would hold Tehran "directly responsible" for attacks carried out with Iranian-supplied weapons.

The Huthis, who control much of northern Yemen including the capital Sanaa, largely halted attacks on merchant shipping after the Gaza ceasefire last year but said last month they would resume them. Iran's foreign ministry called the U.S. strikes "a blatant act of aggression" and said the Yemeni group makes its own decisions.

"The drill is meant to show that the missile force has recovered from last year's war, and to remind Washington that every tanker in the Gulf is within range," said a researcher at a Gulf-based think tank.
""",
        expect=[
            (W, "test-fired a Sejjil ballistic missile into the Sea of Oman on Thursday", {"temporal": "new", "weapon": {"irbm", "ballistic_missile"}, "actor": "IRN"}),
            (W, "the two-stage, solid-fuel missile rising from a desert launcher", {"temporal": "new", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "IRN"}),
            (W, "it had hit a target vessel about 1,800 kilometres (1,100 miles) away", {"temporal": "new", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "IRN"}),
            (W, "naval units fire what the Guards described as an upgraded Fattah hypersonic missile", {"temporal": "new", "weapon": "hypersonic", "actor": "IRN"}),
            (E, "any aggression against Iranian soil will be answered with a response that makes the aggressor regret it", {"actor": "IRN"}),
            (W, "The Sejjil was first flight-tested in 2008", {"temporal": "historical", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "IRN"}),
            (W, "put a military reconnaissance satellite, Noor-4, into orbit aboard a Qased rocket", {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (W, "the fifth satellite the force has placed in orbit since 2020", {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
            (E, "Iran should scrap the 2,000-km range limit", {"actor": "IRN"}),
            (W, "ready to test a longer-range version of the Khorramshahr ballistic missile", {"temporal": "prospective", "weapon": {"irbm", "ballistic_missile"}, "actor": "IRN"}),
            (E, "its forces had struck Huthi missile launchers and a radar site near Hodeidah", {"actor": "USA"}),
            (E, "warned that Washington would hold Tehran \"directly responsible\"", {"actor": "USA"}),
            (E, "called the U.S. strikes \"a blatant act of aggression\"", {"actor": "IRN"}),
        ],
        optional=[
            (E, "tensions flared again in the Red Sea"),
            (E, "Huthi rebels struck a Greek-owned tanker"),
            (W, "swarms of drones attacked mock enemy warships"),
            (E, "swarms of drones attacked mock enemy warships near the Strait of Hormuz"),
            (E, "during a large-scale drill"),
            (W, "Thursday's launch came less than two weeks after"),
            (W, "such launches draw on technology"),
            (E, "could help Iran build longer-range missiles capable of carrying nuclear warheads"),
            (M, "the 2,000-km range limit that Supreme Leader Ayatollah Ali Khamenei has set"),
            (W, "fired two anti-ship missiles at the tanker Aegean Star"),
            (E, "fired two anti-ship missiles at the tanker Aegean Star"),
            (M, "largely halted attacks on merchant shipping"),
            (E, "said last month they would resume them"),
            (E, "to remind Washington that every tanker in the Gulf is within range"),
        ],
    ),
    Article(
        "b3 pakistan ababeel mirv flight days after india's agni-4; no-first-use rhetoric and 1998 moratoria",
        date(2026, 3, 11),
        """ISLAMABAD, March 11 (Reuters) - Pakistan said on Wednesday it had successfully flight-tested its Ababeel ballistic missile, a weapon designed to carry several nuclear warheads that can each strike a separate target, less than a week after India launched an Agni-4 missile from its eastern coast.

The military's media wing, Inter Services Public Relations (ISPR), said the test, conducted "with a multiple independently targetable re-entry vehicle (MIRV) payload", was aimed at validating "various design and technical parameters" of the system. It did not disclose the range or the launch site.

Pakistan first tested the Ababeel, which Western analysts estimate can fly about 2,200 km (1,370 miles), in January 2017. President Asif Ali Zardari and Prime Minister Shehbaz Sharif congratulated the scientists and engineers, saying the launch reinforced the country's "full-spectrum deterrence" against any threat.

India's Defence Research and Development Organisation said last Thursday's Agni-4 launch from APJ Abdul Kalam Island off Odisha state was a routine training launch by the Strategic Forces Command that "validated all operational and technical parameters". The nuclear-capable missile has a range of about 4,000 km.

The back-to-back tests come ten months after the nuclear-armed neighbours fought their worst conflict in decades, a four-day exchange of missile, drone and artillery strikes in May last year that ended in a U.S.-brokered ceasefire.

Rhetoric on both sides has hardened since. Pakistan's army chief, Field Marshal Asim Munir, said in a speech in Rawalpindi last week that any future Indian attack would be met with a response "swift, across the full spectrum and without geographic limits".

In New Delhi, Defence Minister Rajnath Singh told parliament on Monday that India remained committed to its doctrine of "no first use" of nuclear weapons, but added that "what happens in future depends on the circumstances" - wording he first used in 2019 and which Pakistani officials have called a veiled threat.

Pakistan has never declared a no-first-use policy and says its tactical nuclear weapons, such as the short-range Nasr missile, exist to deter a conventional Indian offensive. Islamabad also plans to test an extended-range variant of its Shaheen missile later this year, a senior official said.

Both countries have observed self-declared moratoria on nuclear explosive testing since their tit-for-tat tests in May 1998, when India conducted five underground explosions at Pokhran and Pakistan answered with six in the Chagai hills.

The two sides also exchange advance notice of ballistic missile flight tests under a 2005 agreement, and a Pakistani official said New Delhi had been informed of Wednesday's launch.

India tested its first MIRV-equipped Agni-5 in March 2024 under what it called "Mission Divyastra", joining a small club of countries with the technology.

"Each test is partly a message to the other side's public," said a nuclear policy researcher in Islamabad. "But the MIRV race is the bigger story: it pushes both countries towards larger arsenals and hair-trigger postures."
""",
        expect=[
            (W, "successfully flight-tested its Ababeel ballistic missile", {"temporal": "new", "weapon": {"ballistic_missile", "irbm"}, "actor": "PAK"}),
            (W, "India launched an Agni-4 missile from its eastern coast", {"temporal": "new", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "IND"}),
            (W, "the test, conducted \"with a multiple independently targetable re-entry vehicle (MIRV) payload\"", {"temporal": "new", "weapon": {"unspecified", "ballistic_missile", "irbm"}, "actor": "PAK"}),
            (W, "Pakistan first tested the Ababeel", {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile", "irbm"}, "actor": "PAK"}),
            (E, "the launch reinforced the country's \"full-spectrum deterrence\" against any threat", {"actor": "PAK"}),
            (W, "last Thursday's Agni-4 launch from APJ Abdul Kalam Island", {"temporal": "new", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "IND"}),
            (E, "a four-day exchange of missile, drone and artillery strikes in May last year", {"actor": None}),
            (E, "any future Indian attack would be met with a response", {"actor": "PAK"}),
            (E, "\"what happens in future depends on the circumstances\"", {"actor": "IND"}),
            (W, "plans to test an extended-range variant of its Shaheen missile later this year", {"temporal": "prospective", "weapon": {"unspecified", "ballistic_missile"}, "actor": "PAK"}),
            (M, "Both countries have observed self-declared moratoria on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "their tit-for-tat tests in May 1998", {"temporal": "historical", "weapon": "nuclear", "actor": None}),
            (W, "India conducted five underground explosions at Pokhran", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (W, "Pakistan answered with six in the Chagai hills", {"temporal": "historical", "weapon": "nuclear", "actor": "PAK"}),
            (W, "India tested its first MIRV-equipped Agni-5 in March 2024", {"temporal": "historical", "weapon": {"icbm", "irbm", "unspecified", "ballistic_missile"}, "actor": "IND"}),
        ],
        optional=[
            (W, "The back-to-back tests"),
            (E, "Rhetoric on both sides has hardened"),
            (E, "Pakistani officials have called a veiled threat"),
            (E, "exist to deter a conventional Indian offensive"),
            (W, "advance notice of ballistic missile flight tests"),
            (W, "New Delhi had been informed of Wednesday's launch"),
            (W, "Each test is partly a message"),
            (E, "it pushes both countries towards larger arsenals and hair-trigger postures"),
        ],
    ),
    Article(
        "b4 china icbm with training payload into south pacific after strait vanguard blockade drill",
        date(2026, 9, 24),
        """BEIJING, Sept 24 (Reuters) - China's military said on Thursday it had test-launched an intercontinental ballistic missile that came down in "designated waters" of the South Pacific, its second such shot into the open ocean in two years, as its forces wrapped up three days of drills around Taiwan.

The People's Liberation Army Rocket Force fired the missile, which carried an inert training payload, at 8:44 a.m. on Wednesday, the defence ministry said in a brief statement, calling it "a routine arrangement in the annual training plan" that was "not directed at any country or target".

Australian officials said the payload landed in international waters north-east of New Zealand. Beijing said it had informed "relevant countries" in advance, but Japan said it had received no prior notice and lodged a protest, with its top government spokesman calling the launch "a matter of serious concern" given China's "rapid and opaque" nuclear build-up.

The Pentagon estimates China has more than 600 operational nuclear warheads and could have over 1,000 by 2030. Beijing says it keeps its arsenal at "the minimum level required for national security" and maintains a policy of no first use.

China's last publicly announced ICBM test into the Pacific, in September 2024, was the first in more than four decades, since it flew a DF-5 to the South Pacific in May 1980.

From Monday to Wednesday, the Eastern Theater Command staged what it called the "Strait Vanguard-2026" exercise, sending warships and aircraft to simulate a blockade of Taiwan's main ports and holding live-fire rocket artillery drills into waters off Fujian province.

A command spokesman said the drills were "a stern warning" to "separatist forces seeking Taiwan independence" and to "external interference".

Taiwan's defence ministry said it had tracked 68 Chinese military aircraft and 27 ships around the island in a 24-hour period and had put its forces on heightened alert. President Lai Ching-te said Taiwan would "not provoke, but will not back down", and accused Beijing of "undermining peace and stability in the region".

The U.S. State Department urged China to halt its military pressure on Taiwan and called Washington's commitment to the island "rock-solid".

A commentary in the official PLA Daily said more "training launches" of strategic missiles would follow as new Rocket Force units entered service, without giving dates.

Analysts said the timing of Wednesday's launch, coming straight after the exercise, appeared designed to remind Washington that China's nuclear forces underpin its Taiwan strategy. "The drills rehearse a blockade; the missile shot says 'don't intervene'," said a researcher at a Singapore-based institute.

China has not carried out a nuclear explosive test since July 1996, when it announced a moratorium shortly before signing the Comprehensive Nuclear-Test-Ban Treaty, which it has never ratified. U.S. officials have in recent years said Beijing may have conducted very low-yield tests at its Lop Nur site, an allegation China rejects as "groundless".
""",
        expect=[
            (W, "test-launched an intercontinental ballistic missile that came down in \"designated waters\" of the South Pacific", {"temporal": "new", "weapon": "icbm", "actor": "CHN"}),
            (W, "The People's Liberation Army Rocket Force fired the missile", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "CHN"}),
            (W, "China's last publicly announced ICBM test into the Pacific, in September 2024", {"temporal": "historical", "weapon": "icbm", "actor": "CHN"}),
            (W, "it flew a DF-5 to the South Pacific in May 1980", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "CHN"}),
            (E, "sending warships and aircraft to simulate a blockade of Taiwan's main ports", {"actor": "CHN"}),
            (E, "the drills were \"a stern warning\"", {"actor": "CHN"}),
            (E, "accused Beijing of \"undermining peace and stability in the region\"", {"actor": "TWN"}),
            (W, "more \"training launches\" of strategic missiles would follow", {"temporal": "prospective", "weapon": {"unspecified", "ballistic_missile"}, "actor": "CHN"}),
            (M, "when it announced a moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
        ],
        optional=[
            (W, "its second such shot into the open ocean in two years"),
            (E, "as its forces wrapped up three days of drills around Taiwan"),
            (W, "the payload landed in international waters north-east of New Zealand"),
            (E, "lodged a protest"),
            (E, "calling the launch \"a matter of serious concern\""),
            (E, "China's \"rapid and opaque\" nuclear build-up"),
            (E, "could have over 1,000 by 2030"),
            (E, "staged what it called the \"Strait Vanguard-2026\" exercise"),
            (W, "holding live-fire rocket artillery drills into waters off Fujian province"),
            (E, "holding live-fire rocket artillery drills into waters off Fujian province"),
            (E, "had put its forces on heightened alert"),
            (E, "will not back down"),
            (E, "urged China to halt its military pressure on Taiwan"),
            (W, "the timing of Wednesday's launch"),
            (E, "remind Washington that China's nuclear forces underpin its Taiwan strategy"),
            (W, "the missile shot says 'don't intervene'"),
            (E, "The drills rehearse a blockade; the missile shot says 'don't intervene'"),
            (W, "China has not carried out a nuclear explosive test since July 1996"),
            (W, "Beijing may have conducted very low-yield tests at its Lop Nur site"),
            (E, "Beijing may have conducted very low-yield tests at its Lop Nur site"),
        ],
    ),
    Article(
        "b5 think-tank brief: ctbt at 30, fraying test moratoria and a call for fissile-material halts",
        date(2026, 9, 22),
        """ISSUE BRIEF - Arms Control Association, September 22, 2026

Thirty years after the Comprehensive Nuclear-Test-Ban Treaty (CTBT) was opened for signature on Sept. 24, 1996, the norm against nuclear explosive testing is under more strain than at any time since the end of the Cold War.

The treaty has been signed by 187 states, but it cannot enter into force until all 44 "Annex 2" states with nuclear power or research reactors have ratified it. Nine, including the United States, China, India, Pakistan and Israel, have not.

In its place the world has relied on a patchwork of national restraint. The United States has not conducted a nuclear explosive test since September 1992, when Congress enacted a nine-month testing moratorium that successive presidents extended. The Soviet Union last tested in October 1990, Britain in 1991, and France and China in 1996. India and Pakistan declared test moratoria after their 1998 tests. Only North Korea has set off nuclear explosions this century, the last of them in September 2017.

That patchwork is fraying. Last October, President Donald Trump said he had instructed the Pentagon to start testing U.S. nuclear weapons "on an equal basis" with other powers, without saying whether he meant explosive tests. His energy secretary later said the work would involve "non-critical" tests of weapon systems rather than nuclear explosions.

In Moscow, President Vladimir Putin ordered officials to draw up proposals for possible preparations for a nuclear test, and has said Russia would follow suit if any other country tested first. Russia withdrew its ratification of the CTBT in November 2023, citing U.S. failure to ratify.

North Korea, which announced a halt to nuclear and ICBM tests in April 2018, said in January 2020 that it no longer felt bound by that pledge, and South Korean officials say its Punggye-ri site remains ready for a seventh test.

The verification system built for the treaty works. The International Monitoring System, with more than 300 stations, picked up all six North Korean tests within hours. But monitoring is no substitute for political restraint.

The second pillar of restraint is fissile material. The United States, Russia, Britain and France have each declared that they have stopped producing plutonium and highly enriched uranium for weapons. China is believed to have halted production around 1990 but has never said so publicly, while India, Pakistan, Israel and North Korea continue to produce. Talks on a Fissile Material Cut-off Treaty at the Conference on Disarmament in Geneva have been stalled for more than a decade, chiefly because Pakistan insists any treaty must cover existing stocks.

Readiness is another pressure point. The Energy Department keeps the ability to conduct an underground test within 24 to 36 months of a presidential order; some members of Congress want that cut to six months.

Recommendations:

- Washington and Moscow should each reaffirm, at the highest level, that they will not conduct nuclear explosive tests, and invite reciprocal transparency visits to the Nevada and Novaya Zemlya sites.

- China, India, Pakistan, Israel and North Korea should declare a moratorium on the production of fissile material for weapons pending a cut-off treaty.

- Treaty states should fully fund the CTBT Organization's Preparatory Commission, whose budget shortfall has grown each year since 2022.

The U.N. General Assembly's First Committee is scheduled to vote on the annual CTBT resolution on Oct. 30. A strong vote would signal that the test moratoria still have broad support.
""",
        expect=[
            (M, "Congress enacted a nine-month testing moratorium that successive presidents extended", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "The Soviet Union last tested in October 1990", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": {"RUS", "SUN"}}),
            (M, "India and Pakistan declared test moratoria after their 1998 tests", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "Only North Korea has set off nuclear explosions this century, the last of them in September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "instructed the Pentagon to start testing U.S. nuclear weapons \"on an equal basis\"", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "instructed the Pentagon to start testing U.S. nuclear weapons \"on an equal basis\"", {"actor": "USA"}),
            (W, "draw up proposals for possible preparations for a nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "Putin ordered officials to draw up proposals for possible preparations for a nuclear test", {"actor": "RUS"}),
            (E, "Russia would follow suit if any other country tested first", {"actor": "RUS"}),
            (E, "Russia withdrew its ratification of the CTBT in November 2023", {"actor": "RUS"}),
            (M, "announced a halt to nuclear and ICBM tests in April 2018", {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (M, "it no longer felt bound by that pledge", {"status": "ended", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (W, "its Punggye-ri site remains ready for a seventh test", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "PRK"}),
            (M, "have each declared that they have stopped producing plutonium and highly enriched uranium for weapons", {"status": "in_force", "scope": ["other"], "actor": None}),
            (M, "should each reaffirm, at the highest level, that they will not conduct nuclear explosive tests", {"status": "called_for", "scope": ["nuclear"], "actor": None}),
            (M, "should declare a moratorium on the production of fissile material for weapons", {"status": "called_for", "scope": ["other"], "actor": None}),
        ],
        optional=[
            (M, "the norm against nuclear explosive testing"),
            (M, "a patchwork of national restraint"),
            (W, "The United States has not conducted a nuclear explosive test since September 1992"),
            (W, "Britain in 1991, and France and China in 1996"),
            (W, "their 1998 tests"),
            (M, "That patchwork is fraying"),
            (M, "instructed the Pentagon to start testing U.S. nuclear weapons"),
            (W, "\"non-critical\" tests of weapon systems rather than nuclear explosions"),
            (W, "Russia would follow suit if any other country tested first"),
            (M, "Russia would follow suit if any other country tested first"),
            (E, "its Punggye-ri site remains ready for a seventh test"),
            (W, "picked up all six North Korean tests within hours"),
            (M, "China is believed to have halted production around 1990"),
            (E, "India, Pakistan, Israel and North Korea continue to produce"),
            (W, "conduct an underground test within 24 to 36 months of a presidential order"),
            (M, "A strong vote would signal that the test moratoria still have broad support"),
        ],
    ),
    Article(
        "b6 out of domain: iceland court gives ministry 30 days on whaling licence; iwc moratorium, harpoon tests",
        date(2026, 6, 2),
        """REYKJAVIK, June 2 (AFP) - An Icelandic court on Tuesday ordered the government to decide within 30 days whether to grant the country's last whaling company a licence for this summer's fin whale hunt, ruling that an open-ended freeze on the application was unlawful.

The Reykjavik District Court said the fisheries ministry had "failed in its duty to act" on the request from Hvalur hf, which filed its application last November. The ministry now has until July 2 to issue a decision, the judgment said, or face daily fines.

Hvalur's chief executive Kristjan Loftsson welcomed the ruling. "We have been kept waiting like schoolboys. Our crews, our boats and our processing station are ready," he told public broadcaster RUV. He said the firm's two catcher boats could be launched from their base in Hvalfjordur within a week of receiving a licence.

Iceland is one of only three countries, along with Norway and Japan, that allow commercial whaling despite a global moratorium agreed by the International Whaling Commission in 1982 and in force since 1986. Japan left the commission in 2019 to resume commercial hunts in its own waters.

The dispute dates back to June 2023, when the then food minister suspended the fin whale hunt a day before the season was due to open, citing a government-commissioned report that found some whales took up to two hours to die. She lifted the suspension that September under stricter rules, and the hunt was later found to have breached them.

Hvalur says it has since tested a new explosive harpoon grenade designed to kill faster. A veterinary report published in April said the trial results were "encouraging but based on very few animals".

Conservation groups vowed to escalate their campaign if a licence is granted. "This is a test case for whether Iceland listens to science or to one man," said a spokeswoman for the Icelandic Nature Conservation Association. Foreign groups have threatened to send ships to shadow the whaling fleet, and several tour operators warned of a tourism boycott.

The ruling comes as the government also weighs whether to extend a moratorium on capelin fishing, introduced in 2024 after survey vessels found stocks near record lows. Marine researchers are due to report on the latest capelin survey by the end of the month, and the ministry has promised a decision before the autumn season opens.

Opinion polls show a majority of Icelanders now oppose whaling, although support remains strong in the coastal communities where Hvalur recruits its seasonal workers.

Fisheries Minister Hanna Katrin Fridriksson said the ministry would "respect the court's deadline" and review the application "on its merits", declining to say which way she was leaning.
""",
        expect=[],
        optional=[],
    ),
    Article(
        "b7 out of domain: generic semaglutide launch, phase 3 trial, price escalation clause and escalated complaints",
        date(2026, 4, 15),
        """MUMBAI, April 15 (Reuters) - Indian drugmaker Kavera Pharma launched its generic version of the weight-loss drug semaglutide on Wednesday at about a third of the originator's price, firing the opening shot in what analysts expect to be a fierce price war after the compound's patent expired in India last month.

Kavera's shares rocketed 9% in Mumbai trading after the launch, which the company said would be followed by an oral tablet version once a late-stage trial concludes later this year. The Phase 3 trial, involving about 1,200 patients, met its main goal of weight reduction at 52 weeks, according to interim results released in February.

"This is the biggest product launch in our history," Chief Executive Rohan Mehta told reporters. "We are targeting supply to 20,000 pharmacies within 90 days."

At least five other Indian companies are preparing to roll out their own versions, and the drug price regulator has given manufacturers until April 30 to file their proposed retail prices. Kavera said it had already submitted its list.

The launch follows a bruising year for the company. In October it fired its head of domestic sales after an internal audit found that distributors had been offered unapproved discounts, and in January a batch of its diabetes pens failed a sterility test at a state laboratory, prompting a recall.

Customer complaints have also mounted. Patients using Kavera's older insulin products say calls to its helpline went unanswered for weeks during the recall, and a consumer group said it had escalated more than 300 complaints to the National Consumer Helpline. Mehta said the company had tripled its call-centre staff and that "every escalation is now resolved within 48 hours".

Hospital buyers are bracing for a different kind of escalation. Several state-run procurement agencies said supply contracts signed this year include a price escalation clause that lets suppliers raise prices by up to 8% a year if raw material costs rise, a provision critics say defeats the purpose of cheaper generics.

Doctors welcomed lower prices but warned against unsupervised use. "These drugs are not cosmetic. Patients need blood tests and follow-up before and during treatment," said an endocrinologist at a Mumbai hospital, adding that fake injection pens sold online had already led to hospital admissions.

Kavera said it would not run television advertising for the drug, in line with a voluntary industry moratorium on promoting prescription medicines directly to consumers, and would instead train 5,000 pharmacists by the end of June.

The company also plans to launch the injection in 14 emerging markets, starting with Brazil and Egypt, by the end of the year, subject to regulatory approval.
""",
        expect=[],
        optional=[],
    ),
]

_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ("a1 ", E, "aircraft carrier arrived in the southeastern port city of Busan last week in what U.S. Forces Korea described as a show of \"ironclad\" extended deterrence", None),
    ("a2 ", W, "a return to long-range missile launches was the likelier response", None),
    ("a3 ", E, "the North would \"show in practice\" its answer to the annual Ulchi Freedom Shield exercise", None),
    ("a3 ", W, "flight-testing an intercontinental ballistic missile in March of that year", None),
    ("a3 ", W, "what we assess was a static-fire test of a large liquid-fuel engine", None),
    ("a3 ", W, "the most likely near-term provocations are further short-range ballistic missile salvos and cruise missile launches", None),
    ("a4 ", W, "the missile, launched at 11:20 a.m. Moscow time (0820 GMT), delivered training warheads to the Kura test range", None),
    ("b1 ", E, "would \"not wait for reports\" if it saw Iran moving to rebuild its enrichment capacity", {}),  # actor ISR, read IRN
    ("b1 ", E, "Enrichment is our right under the NPT and it will continue", None),
    ("b2 ", W, "the two-stage, solid-fuel missile rising from a desert launcher", None),
    ("b2 ", W, "it had hit a target vessel about 1,800 kilometres (1,100 miles) away", None),
    ("b2 ", W, "naval units fire what the Guards described as an upgraded Fattah hypersonic missile", None),
    ("b2 ", W, "the fifth satellite the force has placed in orbit since 2020", None),
    ("b2 ", E, "Iran should scrap the 2,000-km range limit", None),
    ("b3 ", E, "\"what happens in future depends on the circumstances\"", None),
    ("b3 ", W, "Pakistan answered with six in the Chagai hills", {"temporal": "historical", "weapon": "nuclear"}),  # actor PAK, read IND
    ("b5 ", W, "its Punggye-ri site remains ready for a seventh test", {"temporal": "prospective", "actor": "PRK"}),  # weapon nuclear, read [nuclear, icbm]
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND11, _prefix), _kind, _phrase, _attrs)
