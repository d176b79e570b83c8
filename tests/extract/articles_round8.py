"""Round 8 of the challenge articles: 16 fresh articles (launches reported by their neighbours,
Iran and the IAEA, Russia and the US on testing, China and Taiwan, South Asia, an analysis piece,
deadlines and moratoria old and new, two out-of-domain distractors), written and labelled after
round 7's fixes and run before round 8's: they scored 34/78 and 29/72 required signals right."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W

ROUND8: list[Article] = [
    Article(
        "d1 north korea srbm salvo from wonsan with b-52 drill and nuclear-test background",
        date(2025, 5, 8),
        "SEOUL, May 8 (Yonhap) -- North Korea fired multiple short-range ballistic missiles into the East Sea on "
        "Thursday morning, South Korea's Joint Chiefs of Staff (JCS) said, in its first ballistic launch in nearly "
        "two months.\n\n"
        "The missiles were launched from the Wonsan area on the east coast between 8:10 a.m. and 9:20 a.m. and flew "
        "up to about 800 kilometers, the JCS said, adding that it had stepped up surveillance and was sharing "
        "information with the United States and Japan.\n\n"
        "\"North Korea's ballistic missile launch is a clear provocation that threatens peace and stability on the "
        "Korean Peninsula,\" the JCS said in a text message to reporters. \"Our military will respond overwhelmingly "
        "to any provocation by the North.\"\n\n"
        "Japan's Defense Ministry said at least one of the projectiles appeared to have flown on an irregular "
        "trajectory and came down outside Japan's exclusive economic zone. Tokyo lodged a protest through its "
        "embassy in Beijing.\n\n"
        "Analysts said the salvo may have involved an upgraded version of the KN-23, a missile Seoul and "
        "Washington say the North has supplied to Russia for use in Ukraine.\n\n"
        "The launch came a day after the North's official Korean Central News Agency (KCNA) denounced a "
        "trilateral air drill involving a U.S. B-52 strategic bomber as \"reckless military provocations\" and "
        "warned of \"countermeasures of the toughest nature.\"\n\n"
        "North Korea last fired ballistic missiles in March, when it launched several close-range missiles into "
        "the Yellow Sea as Seoul and Washington held their annual Freedom Shield exercise. In January, it said it "
        "had flight-tested a new intermediate-range hypersonic missile.\n\n"
        "Pyongyang has not carried out a nuclear test since September 2017, but South Korean officials say it "
        "completed preparations for a seventh test at its Punggye-ri site long ago and could go ahead whenever its "
        "leadership decides.\n\n"
        "Kim Jong-un said last month the country would \"exponentially\" expand its nuclear arsenal and ruled out "
        "any talks on denuclearization, calling the goal \"an absurd dream\" of Washington.",
        [
            (W, "fired multiple short-range ballistic missiles into the East Sea", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "The missiles were launched from the Wonsan area",
             {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "PRK"}),
            (E, "is a clear provocation that threatens peace and stability", {"actor": "KOR"}),
            (E, "Our military will respond overwhelmingly to any provocation by the North", {"actor": "KOR"}),
            (E, "denounced a trilateral air drill involving a U.S. B-52 strategic bomber as \"reckless military provocations\"",
             {"actor": "PRK"}),
            (E, "warned of \"countermeasures of the toughest nature.\"", {"actor": "PRK"}),
            (W, "North Korea last fired ballistic missiles in March",
             {"temporal": "historical", "weapon": "ballistic_missile", "actor": "PRK"}),
            (W, "it launched several close-range missiles into the Yellow Sea",
             {"temporal": "historical", "weapon": {"srbm", "ballistic_missile"}, "actor": "PRK"}),
            (W, "had flight-tested a new intermediate-range hypersonic missile",
             {"temporal": "historical", "weapon": ["irbm", "hypersonic"], "actor": "PRK"}),
            (W, "completed preparations for a seventh test at its Punggye-ri site",
             {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (E, "would \"exponentially\" expand its nuclear arsenal", {"actor": "PRK"}),
            (E, "ruled out any talks on denuclearization", {"actor": "PRK"}),
        ],
        [(W, "its first ballistic launch in nearly two months"), (W, "North Korea's ballistic missile launch"),
         (W, "at least one of the projectiles appeared to have flown on an irregular trajectory"),
         (E, "Tokyo lodged a protest"), (W, "the salvo may have involved an upgraded version of the KN-23"),
         (E, "the North has supplied to Russia for use in Ukraine"), (W, "The launch came a day after"),
         (E, "trilateral air drill involving a U.S. B-52 strategic bomber"),
         (E, "as Seoul and Washington held their annual Freedom Shield exercise"),
         (W, "Pyongyang has not carried out a nuclear test since September 2017"),
         (M, "Pyongyang has not carried out a nuclear test since September 2017"),
         (E, "calling the goal \"an absurd dream\" of Washington")],
    ),
    Article(
        "d2 iran zuljanah sub-orbital launch and a feb 21 inspections cut-off",
        date(2021, 2, 2),
        "DUBAI, Feb 2 (Reuters) - Iran has carried out a sub-orbital test of a new solid-fuel satellite launch "
        "rocket, state television reported on Monday, as Tehran and the new U.S. administration jostle over who "
        "should move first to revive the 2015 nuclear deal.\n\n"
        "The three-stage Zuljanah rocket, which the defence ministry says can carry a 220-kg payload to an orbit "
        "of 500 km, lifted off from a mobile launcher in the desert, footage on state TV showed. Ministry "
        "spokesman Ahmad Hosseini said it was powered by the most powerful solid-fuel motor Iran had built and "
        "that two more research launches would be conducted before an orbital attempt.\n\n"
        "Western governments say Iran's space launch vehicles rely on technology that could be adapted for "
        "long-range ballistic missiles. Tehran denies any such aim.\n\n"
        "The Revolutionary Guards, who run a parallel space programme, put the country's first military "
        "satellite, Noor, into orbit in April 2020 with a Qased launcher, drawing U.S. accusations that the "
        "launch defied a U.N. Security Council resolution. Iran has the largest ballistic missile arsenal in "
        "the Middle East and has test-fired missiles with ranges of up to 2,000 km.\n\n"
        "Under a law passed by Iran's hardline parliament in December, the government must end snap "
        "inspections by the U.N. nuclear watchdog unless U.S. sanctions are lifted by Feb. 21.\n\n"
        "\"If the Americans do not return to their obligations by then, we will stop implementing the "
        "Additional Protocol. This is the law and the government has no choice,\" government spokesman Ali "
        "Rabiei told reporters.\n\n"
        "The International Atomic Energy Agency said last month that Iran had begun enriching uranium to 20% "
        "purity at its underground Fordow plant, a level it had not reached since before the 2015 accord.\n\n"
        "Washington says it will not ease sanctions until Tehran returns to full compliance with the deal. "
        "Israel, which regards Iran's nuclear programme as an existential threat, has said it is updating "
        "plans for a possible military strike.",
        [
            (W, "carried out a sub-orbital test of a new solid-fuel satellite launch rocket",
             {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (W, "lifted off from a mobile launcher in the desert", {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (W, "two more research launches would be conducted before an orbital attempt",
             {"temporal": "prospective", "weapon": "space_launch", "actor": "IRN"}),
            (W, "put the country's first military satellite, Noor, into orbit in April 2020 with a Qased launcher",
             {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
            (W, "has test-fired missiles with ranges of up to 2,000 km",
             {"temporal": "historical", "weapon": "ballistic_missile", "actor": "IRN"}),
            (D, "unless U.S. sanctions are lifted by Feb. 21", {"due": "2021-02-21", "set_by": "IRN"}),
            (E, "the government must end snap inspections by the U.N. nuclear watchdog", {"actor": "IRN"}),
            (E, "we will stop implementing the Additional Protocol", {"actor": "IRN"}),
            (E, "Iran had begun enriching uranium to 20% purity", {"actor": "IRN"}),
            (E, "it is updating plans for a possible military strike", {"actor": "ISR"}),
        ],
        [(E, "drawing U.S. accusations that the launch defied a U.N. Security Council resolution"),
         (W, "the launch defied a U.N. Security Council resolution"),
         (M, "a U.N. Security Council resolution"),
         (D, "If the Americans do not return to their obligations by then"),
         (E, "Washington says it will not ease sanctions until Tehran returns to full compliance"),
         (E, "regards Iran's nuclear programme as an existential threat"),
         (W, "technology that could be adapted for long-range ballistic missiles")],
    ),
    Article(
        "d3 russia warns after report us weighed a rapid nuclear test; new start",
        date(2020, 5, 26),
        "MOSCOW, May 26 (AFP) - Russia warned on Tuesday that any resumption of American nuclear testing would "
        "deal a \"dangerous\" blow to global security, after a report that the Trump administration had discussed "
        "carrying out its first explosive test since 1992.\n\n"
        "Such a step would shatter a moratorium that all the major nuclear powers have observed for decades, and "
        "Moscow would be compelled to take \"mirror measures,\" Deputy Foreign Minister Sergei Ryabkov told the "
        "RIA Novosti agency.\n\n"
        "The Washington Post reported on Friday that the idea of a \"rapid test\" was raised at a May 15 meeting "
        "of senior national security officials as a way to pressure Russia and China into three-way arms control "
        "talks. The discussion ended without agreement, the newspaper said, citing a senior administration "
        "official and two former officials.\n\n"
        "The United States last detonated a nuclear device in September 1992, when an underground blast shook "
        "the Nevada desert, and Congress enacted a testing halt that year that successive administrations have "
        "kept in place. Russia, which as the Soviet Union last tested in 1990, ratified the Comprehensive "
        "Nuclear-Test-Ban Treaty in 2000. Washington has signed the pact but never ratified it.\n\n"
        "The report came as U.S. arms control envoy Marshall Billingslea prepared for talks with Ryabkov in "
        "Vienna next month on the future of New START, which caps each side at 1,550 deployed strategic "
        "warheads. Moscow has urged Washington to extend the treaty before it expires on Feb. 5, 2021, but the "
        "Trump administration insists any successor must also cover China.\n\n"
        "Beijing, whose arsenal is estimated at around 300 warheads, has repeatedly said it will not take part "
        "in three-way negotiations.\n\n"
        "U.S. officials have also accused Russia and China of conducting very low-yield nuclear tests in breach "
        "of the \"zero-yield\" standard, a charge both countries deny. \"These accusations are an attempt to "
        "justify Washington's own preparations,\" Ryabkov said.",
        [
            (W, "any resumption of American nuclear testing", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "carrying out its first explosive test since 1992",
             {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "USA"}),
            (M, "a moratorium that all the major nuclear powers have observed for decades",
             {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (E, "Moscow would be compelled to take \"mirror measures,\"", {"actor": "RUS"}),
            (W, "the idea of a \"rapid test\" was raised at a May 15 meeting",
             {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "USA"}),
            (W, "The United States last detonated a nuclear device in September 1992",
             {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (W, "an underground blast shook the Nevada desert", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "Congress enacted a testing halt that year", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "as the Soviet Union last tested in 1990",
             {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": {"RUS", None}}),
            (D, "extend the treaty before it expires on Feb. 5, 2021", {"due": "2021-02-05"}),
            (E, "has repeatedly said it will not take part in three-way negotiations", {"actor": "CHN"}),
        ],
        [(E, "Russia warned on Tuesday that any resumption of American nuclear testing would deal a \"dangerous\" blow"),
         (M, "any resumption of American nuclear testing"),
         (M, "Such a step would shatter a moratorium"),
         (M, "Moscow would be compelled to take \"mirror measures,\""),
         (E, "as a way to pressure Russia and China into three-way arms control talks"),
         (M, "ratified the Comprehensive Nuclear-Test-Ban Treaty in 2000"),
         (W, "accused Russia and China of conducting very low-yield nuclear tests"),
         (E, "accused Russia and China of conducting very low-yield nuclear tests"),
         (E, "an attempt to justify Washington's own preparations")],
    ),
    Article(
        "d4 china fires dongfeng missiles around taiwan after pelosi visit, suspends us talks",
        date(2022, 8, 5),
        "BEIJING/TAIPEI, Aug 5 (AFP) - China said on Friday it was cutting off dialogue with the United States "
        "on military matters and climate change, a day after it fired ballistic missiles into the waters around "
        "Taiwan in its largest-ever drills near the self-ruled island.\n\n"
        "The People's Liberation Army's Eastern Theater Command said it had carried out \"live-fire precision "
        "strikes\" on Thursday afternoon with several types of conventional missiles, all of which hit pre-set "
        "zones east of the island. Its ground forces also conducted long-range live-fire rocket artillery drills "
        "into the Taiwan Strait.\n\n"
        "Taiwan's defence ministry said 11 Dongfeng-series ballistic missiles were fired, some of them passing "
        "high over Taipei, and condemned the exercises as \"irrational actions that undermine regional peace.\"\n\n"
        "Japan said five of the missiles landed inside its exclusive economic zone, the first time a Chinese "
        "missile had done so. Defence Minister Nobuo Kishi called it a serious threat to Japan's national security "
        "and the safety of its people.\n\n"
        "Beijing launched the drills hours after U.S. House Speaker Nancy Pelosi left Taipei, the highest-level "
        "American visit to the island in 25 years. The Chinese defence ministry said the operations were a "
        "\"stern warning\" to separatist forces and to Washington.\n\n"
        "The exercises, which surround the island in six zones, are due to run until noon on Sunday.\n\n"
        "White House spokesman John Kirby said China had chosen to overreact, and that the aircraft carrier USS "
        "Ronald Reagan would remain in the region to monitor the situation.\n\n"
        "The PLA has used missile launches as a warning before. During the 1995-96 Taiwan Strait crisis it fired "
        "missiles into waters off the island's main ports, and in 2020 it test-fired anti-ship ballistic "
        "missiles into the South China Sea, a move analysts saw as a signal to U.S. carriers.",
        [
            (E, "it was cutting off dialogue with the United States on military matters", {"actor": "CHN"}),
            (W, "it fired ballistic missiles into the waters around Taiwan",
             {"temporal": "new", "weapon": "ballistic_missile", "actor": "CHN"}),
            (E, "its largest-ever drills near the self-ruled island", {"actor": "CHN"}),
            (W, "had carried out \"live-fire precision strikes\" on Thursday afternoon with several types of conventional missiles",
             {"temporal": "new", "weapon": {"unspecified", "ballistic_missile"}, "actor": "CHN"}),
            (W, "conducted long-range live-fire rocket artillery drills",
             {"temporal": "new", "weapon": "rocket_artillery", "actor": "CHN"}),
            (W, "11 Dongfeng-series ballistic missiles were fired",
             {"temporal": "new", "weapon": "ballistic_missile", "actor": "CHN"}),
            (E, "condemned the exercises as \"irrational actions that undermine regional peace.\"", {"actor": "TWN"}),
            (W, "five of the missiles landed inside its exclusive economic zone",
             {"temporal": "new", "weapon": {"ballistic_missile", "unspecified"}, "actor": "CHN"}),
            (E, "called it a serious threat to Japan's national security", {"actor": "JPN"}),
            (E, "the operations were a \"stern warning\" to separatist forces and to Washington", {"actor": "CHN"}),
            (W, "it fired missiles into waters off the island's main ports",
             {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile"}, "actor": "CHN"}),
            (W, "in 2020 it test-fired anti-ship ballistic missiles into the South China Sea",
             {"temporal": "historical", "weapon": "ballistic_missile", "actor": "CHN"}),
        ],
        [(E, "Beijing launched the drills hours after"), (E, "The exercises, which surround the island in six zones"),
         (E, "China had chosen to overreact"),
         (E, "the aircraft carrier USS Ronald Reagan would remain in the region to monitor the situation"),
         (W, "The PLA has used missile launches as a warning before"),
         (E, "The PLA has used missile launches as a warning before"),
         (E, "a move analysts saw as a signal to U.S. carriers"),
         (E, "the first time a Chinese missile had done so")],
    ),
    Article(
        "d5 india's first long-range hypersonic missile flight; pakistan fatah-ii background",
        date(2024, 11, 18),
        "NEW DELHI, Nov 18 (Reuters) - India has carried out the first flight test of a long-range hypersonic "
        "missile, the defence ministry said, joining a small club of nations that have demonstrated the "
        "technology.\n\n"
        "The missile was flown from Dr APJ Abdul Kalam Island off the coast of Odisha state on Saturday and is "
        "designed to carry various payloads over distances of more than 1,500 km, the ministry said in a "
        "statement late on Sunday. Tracking stations along the coast followed it until impact, and flight data "
        "confirmed terminal manoeuvres with a high degree of accuracy.\n\n"
        "Defence Minister Rajnath Singh called the trial \"a historic moment\" on social media.\n\n"
        "Analysts said the weapon was aimed chiefly at China, which has fielded the DF-17 hypersonic missile "
        "and with which India has been locked in a military standoff along their Himalayan frontier since "
        "2020.\n\n"
        "Pakistan's foreign office said India's \"relentless\" accumulation of strategic weapons was "
        "destabilising South Asia and that Islamabad would take all necessary measures to maintain a credible "
        "deterrent. Pakistan's army last test-fired its Fatah-II guided rocket system, which has a range of 400 "
        "km, in May.\n\n"
        "India and Pakistan routinely test nuclear-capable missiles and notify each other in advance under a "
        "2005 agreement. Both countries have observed self-declared moratoriums on nuclear explosive testing "
        "since their tit-for-tat blasts in May 1998, which prompted U.S. sanctions on both.\n\n"
        "In August India commissioned INS Arighaat, its second nuclear-powered ballistic missile submarine, "
        "strengthening the sea-based leg of its nuclear triad.",
        [
            (W, "carried out the first flight test of a long-range hypersonic missile",
             {"temporal": "new", "weapon": "hypersonic", "actor": "IND"}),
            (W, "The missile was flown from Dr APJ Abdul Kalam Island",
             {"temporal": "new", "weapon": {"hypersonic", "unspecified"}, "actor": "IND"}),
            (E, "Islamabad would take all necessary measures to maintain a credible deterrent", {"actor": "PAK"}),
            (W, "Pakistan's army last test-fired its Fatah-II guided rocket system",
             {"temporal": "historical", "weapon": "rocket_artillery", "actor": "PAK"}),
            (W, "India and Pakistan routinely test nuclear-capable missiles",
             {"temporal": "historical", "weapon": {"unspecified", "ballistic_missile"}, "actor": None}),
            (M, "Both countries have observed self-declared moratoriums on nuclear explosive testing",
             {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "their tit-for-tat blasts in May 1998", {"temporal": "historical", "weapon": "nuclear", "actor": None}),
        ],
        [(W, "Tracking stations along the coast followed it until impact"), (W, "called the trial"),
         (W, "flight data confirmed terminal manoeuvres"),
         (E, "the weapon was aimed chiefly at China"),
         (E, "locked in a military standoff along their Himalayan frontier"),
         (E, "India's \"relentless\" accumulation of strategic weapons was destabilising South Asia"),
         (E, "which prompted U.S. sanctions on both"),
         (E, "strengthening the sea-based leg of its nuclear triad")],
    ),
    Article(
        "d6 analysis: construction at three old test sites and hedged talk of a return to testing",
        date(2023, 9, 22),
        "ANALYSIS-Are the nuclear powers edging back towards explosive tests?\n\n"
        "LONDON, Sept 22 (Reuters) - New construction at the old test grounds of Russia, China and the United "
        "States has stirred speculation that the big powers could be inching back toward explosive nuclear "
        "testing, a taboo that has held for a quarter of a century. Experts caution that the evidence is thin.\n\n"
        "Satellite images published this month show fresh tunnels, buildings and vehicle traffic at Russia's "
        "Arctic site on the Novaya Zemlya archipelago, at China's Lop Nur in the Xinjiang desert and at the "
        "Nevada National Security Site.\n\n"
        "\"I don't think anyone is about to test tomorrow,\" said one former U.S. weapons scientist. \"But all "
        "three are clearly keeping the option open.\"\n\n"
        "In February, President Vladimir Putin told his defence ministry and the Rosatom nuclear corporation to "
        "be ready to test Russian nuclear weapons should the United States test first. Moscow also suspended its "
        "participation in New START, the last treaty capping U.S. and Russian strategic arsenals, that month.\n\n"
        "Some analysts suspect China might be preparing to conduct low-yield experiments at Lop Nur, which "
        "hosted its last nuclear test in July 1996. Beijing has dismissed such reports as \"groundless "
        "speculation\" and says it abides by its testing moratorium.\n\n"
        "The U.S. Energy Department says the work in Nevada supports \"subcritical\" experiments, which use "
        "chemical explosives and plutonium but stop short of a chain reaction, and that it has no plans to "
        "resume explosive testing.\n\n"
        "A resumption by any one of the three would very probably set off a cascade, said a researcher at the "
        "Stockholm International Peace Research Institute. North Korea, the only country to have conducted "
        "nuclear tests this century, last exploded a device in September 2017, and India and Pakistan could "
        "follow suit.\n\n"
        "For now, most experts read the construction as a hedge rather than a countdown. \"Preparing a site is "
        "cheap,\" the former scientist said. \"Actually detonating a bomb would carry an enormous political cost, "
        "and nobody seems ready to pay it yet.\"",
        [
            (W, "the big powers could be inching back toward explosive nuclear testing",
             {"temporal": "prospective", "weapon": "nuclear", "actor": None}),
            (W, "be ready to test Russian nuclear weapons should the United States test first",
             {"temporal": "prospective", "weapon": "nuclear", "actor": "RUS"}),
            (E, "be ready to test Russian nuclear weapons should the United States test first", {"actor": "RUS"}),
            (M, "be ready to test Russian nuclear weapons should the United States test first",
             {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Moscow also suspended its participation in New START", {"actor": "RUS"}),
            (W, "China might be preparing to conduct low-yield experiments at Lop Nur",
             {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "CHN"}),
            (W, "hosted its last nuclear test in July 1996", {"temporal": "historical", "weapon": "nuclear", "actor": "CHN"}),
            (M, "says it abides by its testing moratorium", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (W, "last exploded a device in September 2017", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
        ],
        [(W, "Are the nuclear powers edging back towards explosive tests?"),
         (M, "a taboo that has held for a quarter of a century"),
         (W, "I don't think anyone is about to test tomorrow"), (W, "keeping the option open"),
         (W, "Beijing has dismissed such reports"),
         (W, "supports \"subcritical\" experiments"), (W, "it has no plans to resume explosive testing"),
         (M, "it has no plans to resume explosive testing"),
         (W, "A resumption by any one of the three"), (M, "A resumption by any one of the three"),
         (W, "the only country to have conducted nuclear tests this century"),
         (W, "India and Pakistan could follow suit"),
         (W, "Actually detonating a bomb would carry an enormous political cost")],
    ),
    Article(
        "d7 north korea politburo hints at restarting suspended tests after january launches",
        date(2022, 1, 20),
        "SEOUL, South Korea (AP) - North Korea on Thursday threatened to resume nuclear explosive and "
        "long-range missile tests that it has suspended for more than four years, accusing the United States "
        "of hostility and threats after Washington imposed new sanctions over the North's recent flurry of "
        "launches.\n\n"
        "At a Politburo meeting presided over by leader Kim Jong Un, officials decided to \"reconsider\" "
        "trust-building steps the North had taken on its own and to promptly examine restarting \"all "
        "temporarily suspended activities,\" the official Korean Central News Agency said.\n\n"
        "The Politburo said U.S. hostile policy and military threats had \"reached a danger line\" and that the "
        "North would \"more powerfully\" bolster its military capabilities.\n\n"
        "North Korea has staged four rounds of missile launches this month, its busiest start to a year in "
        "memory. On Monday it fired two short-range ballistic missiles from an airport in Pyongyang, three days "
        "after launching a pair from a train in a northwestern province. Earlier in January it tested what it "
        "called hypersonic missiles twice, with Kim observing the second launch.\n\n"
        "North Korea's last ICBM flight and its sixth nuclear test both came in 2017, before Kim turned to "
        "diplomacy with then-President Donald Trump and announced a halt in 2018. Those talks collapsed in "
        "2019.\n\n"
        "Last week the Biden administration sanctioned five North Korean officials over the weapons programmes "
        "and asked the U.N. Security Council to blacklist more. The North's Foreign Ministry called the step a "
        "\"provocation\" and warned of a \"stronger and certain reaction.\"\n\n"
        "Some analysts said the North could test an ICBM or even conduct a nuclear explosion in the coming "
        "months, possibly around the 110th birthday of state founder Kim Il Sung in April. Others said Kim may "
        "hold off to avoid embarrassing China before the Beijing Winter Olympics, which open on Feb. 4.",
        [
            (M, "threatened to resume nuclear explosive and long-range missile tests that it has suspended",
             {"status": "threatened", "scope": ["nuclear", "long_range_missile"], "actor": "PRK"}),
            (E, "threatened to resume nuclear explosive and long-range missile tests", {"actor": "PRK"}),
            (W, "resume nuclear explosive and long-range missile tests", {"temporal": "prospective", "actor": "PRK"}),
            (E, "accusing the United States of hostility and threats", {"actor": "PRK"}),
            (M, "promptly examine restarting \"all temporarily suspended activities,\"", {"status": "threatened", "actor": "PRK"}),
            (E, "promptly examine restarting \"all temporarily suspended activities,\"", {"actor": "PRK"}),
            (E, "had \"reached a danger line\"", {"actor": "PRK"}),
            (E, "would \"more powerfully\" bolster its military capabilities", {"actor": "PRK"}),
            (W, "has staged four rounds of missile launches this month",
             {"temporal": {"new", "historical"}, "weapon": {"unspecified", "ballistic_missile"}, "actor": "PRK"}),
            (W, "it fired two short-range ballistic missiles from an airport in Pyongyang",
             {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "launching a pair from a train in a northwestern province",
             {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": "PRK"}),
            (W, "it tested what it called hypersonic missiles twice", {"temporal": "new", "weapon": "hypersonic", "actor": "PRK"}),
            (W, "North Korea's last ICBM flight and its sixth nuclear test both came in 2017",
             {"temporal": "historical", "weapon": ["icbm", "nuclear"], "actor": "PRK"}),
            (M, "announced a halt in 2018", {"status": "in_force", "scope": ["icbm", "nuclear"], "actor": "PRK"}),
            (E, "called the step a \"provocation\"", {"actor": "PRK"}),
            (E, "warned of a \"stronger and certain reaction.\"", {"actor": "PRK"}),
            (W, "the North could test an ICBM or even conduct a nuclear explosion in the coming months",
             {"temporal": "prospective", "weapon": ["icbm", "nuclear"], "actor": "PRK"}),
        ],
        [(E, "Washington imposed new sanctions"), (W, "the North's recent flurry of launches"),
         (M, "\"reconsider\" trust-building steps the North had taken on its own"),
         (E, "\"reconsider\" trust-building steps the North had taken on its own"),
         (W, "with Kim observing the second launch"),
         (E, "sanctioned five North Korean officials"), (E, "asked the U.N. Security Council to blacklist more"),
         (M, "Kim may hold off"), (W, "Kim may hold off")],
    ),
    Article(
        "d8 out of domain: cricket board ultimatum, debt moratorium and a failed dope test",
        date(2022, 6, 10),
        "COLOMBO, June 10 (AFP) - Sri Lanka Cricket on Friday gave its senior players an ultimatum to sign "
        "new central contracts by midnight on Sunday or be left out of the squad for the first Test against "
        "Australia in Galle, escalating a months-long pay dispute.\n\n"
        "Several players have refused to sign, saying the board's new performance-based grading system would "
        "cut their earnings by up to 40 percent at a time when the country is suffering its worst economic "
        "crisis since independence.\n\n"
        "\"The deadline is final. Those who do not sign will not be considered for selection,\" a board official "
        "said. The players' association said it was considering legal action and accused the board of "
        "launching a \"campaign of intimidation.\"\n\n"
        "The government announced a moratorium on repayment of its foreign debt in April and is in talks with "
        "the International Monetary Fund on a bailout. Fuel shortages have forced schools to close and "
        "several Test venues have faced power cuts during domestic matches.\n\n"
        "Separately, the board confirmed that a young fast bowler, who fired out five batsmen in a first-class "
        "match last month, had returned a positive drug test and been provisionally suspended pending a "
        "hearing.\n\n"
        "Australia, who arrive in Colombo next week, will play three Twenty20s and five one-day internationals "
        "before the two-Test series. Their captain Pat Cummins said the touring squad was watching the "
        "situation closely and hoped the dispute would not escalate further.",
        [],
        [],
    ),

    Article(
        "e1 kim's tactical guided weapon test days after his end-of-year deadline speech",
        date(2019, 4, 18),
        "SEOUL, April 18 (Wire) - North Korea has tested a new \"tactical guided weapon\", state media said on "
        "Thursday, its first publicly reported weapons test since talks between leader Kim Jong Un and U.S. "
        "President Donald Trump collapsed in February.\n\n"
        "Kim observed the firing on Wednesday at the Academy of Defence Science, the official KCNA news agency "
        "said, calling it \"an event of very weighty significance\" in boosting the combat power of the People's "
        "Army. It gave no details of the weapon's range or type.\n\n"
        "South Korea's Joint Chiefs of Staff said they had not detected a ballistic missile launch, and analysts "
        "said the weapon was likely a short-range system rather than a long-range missile that would break the "
        "North's self-imposed pause.\n\n"
        "Pyongyang has refrained from nuclear and intercontinental ballistic missile tests since November 2017, "
        "when it fired a Hwasong-15 that it said could strike the entire U.S. mainland. Kim formally declared a "
        "halt to such tests in April last year.\n\n"
        "The test came days after Kim told North Korea's rubber-stamp parliament that he would wait \"until the "
        "end of this year\" for Washington to make a \"bold decision\" on a third summit, warning that the United "
        "States would face a \"gloomy\" outcome if it clung to its current approach.\n\n"
        "\"It will certainly be difficult to get such a good opportunity as before,\" Kim said in the speech, "
        "which was carried by state media on Saturday.\n\n"
        "On Thursday, the North's foreign ministry also demanded that U.S. Secretary of State Mike Pompeo be "
        "removed from the nuclear negotiations, accusing him of \"talking nonsense\".\n\n"
        "A U.S. official said Washington was aware of the report and had no immediate comment. South Korean "
        "lawmakers briefed by the spy agency said there were no signs of preparations for a nuclear test at the "
        "Punggye-ri site, which the North said it demolished last May.\n\n"
        "\"This is a calibrated signal,\" said a professor at a Seoul university. \"Kim is showing he can ratchet "
        "up pressure without tearing up his moratorium, at least before the deadline runs out.\"",
        [
            (W, "North Korea has tested a new \"tactical guided weapon\"", {"temporal": "new", "weapon": "unspecified", "actor": "PRK"}),
            (W, "Kim observed the firing on Wednesday", {"temporal": "new", "weapon": "unspecified", "actor": "PRK"}),
            (E, "boosting the combat power of the People's Army", {"actor": "PRK"}),
            (M, "Pyongyang has refrained from nuclear and intercontinental ballistic missile tests since November 2017",
             {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (W, "it fired a Hwasong-15 that it said could strike the entire U.S. mainland",
             {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (M, "Kim formally declared a halt to such tests in April last year",
             {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (D, "he would wait \"until the end of this year\"", {"due": "2019-12-31", "set_by": "PRK"}),
            (E, "warning that the United States would face a \"gloomy\" outcome", {"actor": "PRK"}),
            (E, "accusing him of \"talking nonsense\"", {"actor": "PRK"}),
        ],
        [(W, "its first publicly reported weapons test"), (W, "they had not detected a ballistic missile launch"),
         (W, "a long-range missile that would break the North's self-imposed pause"),
         (M, "would break the North's self-imposed pause"), (E, "could strike the entire U.S. mainland"),
         (W, "The test came days after"), (E, "It will certainly be difficult to get such a good opportunity as before"),
         (E, "demanded that U.S. Secretary of State Mike Pompeo be removed from the nuclear negotiations"),
         (W, "no signs of preparations for a nuclear test"), (M, "which the North said it demolished last May"),
         (E, "Kim is showing he can ratchet up pressure"), (M, "without tearing up his moratorium"),
         (D, "before the deadline runs out")],
    ),
    Article(
        "e2 kim declares a halt to nuclear and icbm tests before the inter-korean summit",
        date(2018, 4, 21),
        "SEOUL, April 21 (Wire) - North Korea will stop conducting nuclear tests and intercontinental ballistic "
        "missile launches and will shut down its nuclear test site, leader Kim Jong Un announced, days before he "
        "is due to meet South Korean President Moon Jae-in.\n\n"
        "The suspension takes effect from Saturday, the official KCNA news agency said, citing a decision adopted "
        "at a plenary meeting of the ruling Workers' Party's Central Committee on Friday. The North will dismantle "
        "the Punggye-ri site in the country's northeast \"to transparently guarantee the discontinuance of the "
        "nuclear test,\" it said.\n\n"
        "\"Under the proven condition of complete nuclear weapons, we no longer need any nuclear tests, mid-range "
        "and intercontinental ballistic rocket tests,\" Kim was quoted as saying, adding that the site had \"done "
        "its job\".\n\n"
        "The announcement stops short of any pledge to give up the weapons themselves. Kim said the North would "
        "never use nuclear weapons unless it faced a nuclear threat or provocation, and would not transfer them "
        "to other countries.\n\n"
        "U.S. President Donald Trump welcomed the move on Twitter, calling it \"very good news for North Korea and "
        "the World - big progress!\" South Korea's presidential office said it was a \"meaningful\" step toward "
        "denuclearisation. Japanese Prime Minister Shinzo Abe said Tokyo would keep up \"maximum pressure\" until "
        "Pyongyang took concrete action to abandon its arsenal and missiles.\n\n"
        "North Korea carried out its sixth and most powerful nuclear test in September last year at Punggye-ri, "
        "and in November launched a Hwasong-15 missile that experts say could reach Washington. It has not tested "
        "a missile since.\n\n"
        "Some analysts cautioned that the freeze could be reversed quickly. \"A moratorium declared by a party "
        "plenum can be lifted by the next one,\" said a researcher at a U.S. think tank. \"It does nothing about "
        "the short-range missiles, and Kim has kept his options open.\"\n\n"
        "Trump has said he could walk out of his planned summit with Kim if it is not fruitful, and U.S. officials "
        "say military options remain on the table.",
        [
            (M, "North Korea will stop conducting nuclear tests and intercontinental ballistic missile launches",
             {"status": "in_force", "scope": ["nuclear", "icbm"], "actor": "PRK"}),
            (E, "Tokyo would keep up \"maximum pressure\"", {"actor": "JPN"}),
            (W, "North Korea carried out its sixth and most powerful nuclear test in September last year",
             {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "in November launched a Hwasong-15 missile", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (E, "military options remain on the table", {"actor": "USA"}),
        ],
        [(M, "will shut down its nuclear test site"), (M, "The suspension takes effect from Saturday"),
         (M, "dismantle the Punggye-ri site"), (M, "to transparently guarantee the discontinuance of the nuclear test"),
         (M, "we no longer need any nuclear tests, mid-range and intercontinental ballistic rocket tests"),
         (W, "we no longer need any nuclear tests, mid-range and intercontinental ballistic rocket tests"),
         (E, "would never use nuclear weapons unless it faced a nuclear threat or provocation"),
         (W, "It has not tested a missile since"), (M, "It has not tested a missile since"),
         (M, "the freeze could be reversed quickly"), (M, "A moratorium declared by a party plenum can be lifted by the next one"),
         (E, "Trump has said he could walk out of his planned summit"), (E, "abandon its arsenal and missiles")],
    ),
    Article(
        "e3 iran sets a sunday cut-off for snap inspections; 2003 enrichment suspension background",
        date(2021, 2, 16),
        "DUBAI/VIENNA, Feb 16 (Wire) - Iran will stop allowing short-notice inspections by the U.N. nuclear "
        "watchdog next week unless the United States lifts sanctions by Sunday, its foreign minister said on "
        "Tuesday, raising the stakes in an early test of President Joe Biden's diplomacy.\n\n"
        "A law passed by Iran's hardline-dominated parliament in December obliges the government to end "
        "implementation of the Additional Protocol, which allows the International Atomic Energy Agency to carry "
        "out snap inspections, if sanctions are not eased by Feb. 21.\n\n"
        "\"If the others do not fulfil their commitments by then, the government is bound by law to act,\" Foreign "
        "Minister Mohammad Javad Zarif told reporters. He said the step could be reversed \"within hours\" once "
        "Washington returned to the 2015 nuclear deal.\n\n"
        "IAEA Director General Rafael Grossi will travel to Tehran on Saturday to seek \"a mutually agreeable "
        "solution\", the agency said.\n\n"
        "The Biden administration has said it is ready to return to the accord if Iran first resumes full "
        "compliance. Secretary of State Antony Blinken warned last week that Tehran was \"months away\" from having "
        "enough fissile material for a weapon, and that the time could shrink to \"a matter of weeks\" if it kept "
        "breaching the deal.\n\n"
        "Iran began enriching uranium to 20% purity at its underground Fordow plant in January, a level it last "
        "reached before the deal, and has started producing uranium metal, a material that can be used in a bomb "
        "core.\n\n"
        "Tehran's standoff with the West over enrichment dates back nearly two decades. In 2003, under pressure "
        "from Britain, France and Germany, Iran agreed to suspend enrichment and allow tougher inspections. It "
        "resumed uranium conversion at Isfahan in August 2005 and broke U.N. seals at Natanz the following "
        "January, ending the suspension and setting off a chain of Security Council sanctions.\n\n"
        "Israel, which regards a nuclear-armed Iran as an existential threat, has said it will not allow Tehran to "
        "obtain an atomic bomb. Iranian officials have warned of a \"crushing response\" to any attack.",
        [
            (E, "Iran will stop allowing short-notice inspections by the U.N. nuclear watchdog next week", {"actor": "IRN"}),
            (D, "unless the United States lifts sanctions by Sunday", {"due": "2021-02-21", "set_by": "IRN"}),
            (D, "if sanctions are not eased by Feb. 21", {"due": "2021-02-21", "set_by": "IRN"}),
            (E, "Iran began enriching uranium to 20% purity at its underground Fordow plant", {"actor": "IRN"}),
            (E, "has started producing uranium metal", {"actor": "IRN"}),
            (M, "Iran agreed to suspend enrichment", {"status": "in_force", "scope": ["other"], "actor": "IRN"}),
            (E, "resumed uranium conversion at Isfahan in August 2005", {"actor": "IRN"}),
            (M, "ending the suspension", {"status": "ended", "scope": ["other"], "actor": "IRN"}),
            (E, "it will not allow Tehran to obtain an atomic bomb", {"actor": "ISR"}),
            (E, "warned of a \"crushing response\" to any attack", {"actor": "IRN"}),
        ],
        [(E, "raising the stakes"), (E, "obliges the government to end implementation of the Additional Protocol"),
         (D, "If the others do not fulfil their commitments by then"), (E, "the government is bound by law to act"),
         (E, "Tehran was \"months away\" from having enough fissile material for a weapon"),
         (E, "broke U.N. seals at Natanz"), (M, "broke U.N. seals at Natanz"),
         (M, "resumed uranium conversion at Isfahan in August 2005"),
         (E, "setting off a chain of Security Council sanctions"), (E, "Tehran's standoff with the West over enrichment"),
         (E, "regards a nuclear-armed Iran as an existential threat")],
    ),
    Article(
        "e4 russian parliament races to extend new start before the feb 5 expiry",
        date(2021, 1, 27),
        "MOSCOW/WASHINGTON, Jan 27 (Wire) - Russia's parliament moved on Wednesday to extend New START, the last "
        "remaining treaty capping the U.S. and Russian nuclear arsenals, a day after Presidents Vladimir Putin and "
        "Joe Biden agreed in their first phone call to keep it alive with just days to spare.\n\n"
        "The treaty, signed in 2010, expires on Feb. 5 unless both sides formally extend it. Both chambers of "
        "Russia's parliament approved a five-year extension unanimously, and Putin is expected to sign it into law "
        "quickly. Washington does not need Senate approval for the extension.\n\n"
        "\"We have to complete all procedures before the fifth, and there is no room for delay,\" Kremlin spokesman "
        "Dmitry Peskov said.\n\n"
        "The treaty limits each side to 1,550 deployed strategic warheads and 700 deployed missiles and bombers, and "
        "allows on-site inspections that have been suspended since last year because of the pandemic.\n\n"
        "Former President Donald Trump's administration had refused to roll the treaty over without conditions, "
        "demanding that Moscow accept a freeze on all its nuclear warheads and that China join future talks. "
        "Beijing rejected the idea, and negotiations broke down in October after the two sides failed to agree on "
        "verification of such a freeze.\n\n"
        "The extension does little to ease wider tensions. The Biden administration said it would hold Russia to "
        "account for the jailing of opposition leader Alexei Navalny and a massive cyber-espionage campaign, and "
        "Moscow accuses NATO of massing troops near its borders.\n\n"
        "Both countries are also modernising their forces. Russia test-fired its Tsirkon hypersonic cruise missile "
        "from a frigate in the White Sea in November and says it will deploy the Sarmat heavy ICBM next year, while "
        "the U.S. Air Force conducted several test launches of unarmed Minuteman III missiles from California last "
        "year.\n\n"
        "\"Extension buys time, but it doesn't stop the arms race in new systems that the treaty doesn't cover,\" "
        "said an arms control expert in Geneva.",
        [
            (D, "expires on Feb. 5 unless both sides formally extend it", {"due": "2021-02-05", "set_by": None}),
            (D, "We have to complete all procedures before the fifth", {"due": "2021-02-05", "set_by": None}),
            (E, "would hold Russia to account", {"actor": "USA"}),
            (E, "Moscow accuses NATO of massing troops near its borders", {"actor": "RUS"}),
            (W, "Russia test-fired its Tsirkon hypersonic cruise missile from a frigate in the White Sea in November",
             {"temporal": "historical", "weapon": ["hypersonic", "cruise_missile"], "actor": "RUS"}),
            (E, "says it will deploy the Sarmat heavy ICBM next year", {"actor": "RUS"}),
            (W, "the U.S. Air Force conducted several test launches of unarmed Minuteman III missiles",
             {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "USA"}),
        ],
        [(D, "with just days to spare"), (M, "on-site inspections that have been suspended since last year"),
         (E, "had refused to roll the treaty over without conditions"),
         (M, "demanding that Moscow accept a freeze on all its nuclear warheads"), (E, "Beijing rejected the idea"),
         (E, "negotiations broke down in October"), (M, "verification of such a freeze"),
         (E, "The extension does little to ease wider tensions"), (E, "Both countries are also modernising their forces"),
         (E, "the arms race in new systems")],
    ),
    Article(
        "e5 thirty years after the last soviet blast: soviet, us, uk and french halts",
        date(2020, 10, 24),
        "MOSCOW, Oct 24 (Wire) - Thirty years ago on Saturday, Soviet scientists set off a cluster of nuclear "
        "devices in a shaft on the Arctic archipelago of Novaya Zemlya. Nobody knew at the time that it would be "
        "the last Soviet test.\n\n"
        "A year later, Mikhail Gorbachev announced a unilateral one-year moratorium on nuclear explosions and urged "
        "Washington to follow. Boris Yeltsin extended the halt after the Soviet collapse, and Russia has not "
        "conducted a test since, though it has kept the Novaya Zemlya site in working order.\n\n"
        "The United States was slower to stop. Congress in 1992 passed legislation imposing a nine-month "
        "moratorium, which President George H.W. Bush signed reluctantly in October of that year, weeks after the "
        "final U.S. underground blast in Nevada. The law also required the administration to seek a comprehensive "
        "ban by 1996. Britain, which tested its weapons at the Nevada site, was forced to stop as well; its last "
        "explosion took place in November 1991.\n\n"
        "France paused its programme in 1992 but President Jacques Chirac resumed testing in the South Pacific in "
        "1995, setting off worldwide protests, before declaring an end to French tests for good in January 1996.\n\n"
        "Three decades on, the restraint is under strain. The Washington Post reported in May that senior Trump "
        "administration officials had discussed whether to conduct a first U.S. nuclear test since 1992 as a way "
        "of pressuring Moscow and Beijing into three-way arms talks. Administration officials have since said there "
        "are no plans to test.\n\n"
        "The State Department has also accused Russia of carrying out very low-yield experiments at Novaya Zemlya "
        "in violation of its \"zero-yield\" commitments, a charge Moscow rejects.\n\n"
        "\"Russia will observe its moratorium as long as the others do,\" Deputy Foreign Minister Sergei Ryabkov "
        "told reporters this week. \"But if the Americans test, we will not stand idly by.\"\n\n"
        "Arms control advocates have urged all nuclear-armed states to reaffirm their test moratoria ahead of the "
        "25th anniversary of the Comprehensive Nuclear-Test-Ban Treaty next year. The treaty has yet to enter into "
        "force because the United States, China and several other states have not ratified it.",
        [
            (W, "Soviet scientists set off a cluster of nuclear devices", {"temporal": "historical", "weapon": "nuclear", "actor": "RUS"}),
            (M, "Gorbachev announced a unilateral one-year moratorium on nuclear explosions",
             {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (M, "Boris Yeltsin extended the halt", {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (M, "Congress in 1992 passed legislation imposing a nine-month moratorium",
             {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "the final U.S. underground blast in Nevada", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (W, "Britain, which tested its weapons at the Nevada site",
             {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "GBR"}),
            (M, "was forced to stop as well", {"status": "in_force", "scope": ["nuclear"], "actor": "GBR"}),
            (W, "its last explosion took place in November 1991",
             {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "GBR"}),
            (M, "France paused its programme in 1992", {"status": "in_force", "scope": ["nuclear"], "actor": "FRA"}),
            (M, "President Jacques Chirac resumed testing in the South Pacific in 1995",
             {"status": "ended", "scope": ["nuclear"], "actor": "FRA"}),
            (W, "President Jacques Chirac resumed testing in the South Pacific in 1995",
             {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": "FRA"}),
            (M, "declaring an end to French tests for good in January 1996",
             {"status": "in_force", "scope": ["nuclear"], "actor": "FRA"}),
            (W, "whether to conduct a first U.S. nuclear test since 1992",
             {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (E, "accused Russia of carrying out very low-yield experiments", {"actor": "USA"}),
            (M, "Russia will observe its moratorium as long as the others do",
             {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "if the Americans test, we will not stand idly by", {"actor": "RUS"}),
            (M, "urged all nuclear-armed states to reaffirm their test moratoria",
             {"status": "called_for", "scope": ["nuclear"], "actor": None}),
        ],
        [(W, "it would be the last Soviet test"), (M, "urged Washington to follow"),
         (W, "Russia has not conducted a test since"), (M, "Russia has not conducted a test since"),
         (E, "kept the Novaya Zemlya site in working order"), (M, "The United States was slower to stop"),
         (D, "required the administration to seek a comprehensive ban by 1996"),
         (M, "required the administration to seek a comprehensive ban by 1996"),
         (M, "the restraint is under strain"), (E, "the restraint is under strain"),
         (E, "as a way of pressuring Moscow and Beijing into three-way arms talks"),
         (E, "discussed whether to conduct a first U.S. nuclear test"), (W, "there are no plans to test"),
         (W, "carrying out very low-yield experiments at Novaya Zemlya"), (M, "in violation of its \"zero-yield\" commitments"),
         (M, "if the Americans test, we will not stand idly by"), (W, "if the Americans test"),
         (M, "Comprehensive Nuclear-Test-Ban Treaty"), (M, "The treaty has yet to enter into force")],
    ),
    Article(
        "e6 pakistan fires fatah and abdali amid kashmir crisis; 1998 moratoria recalled",
        date(2025, 5, 6),
        "ISLAMABAD/NEW DELHI, May 6 (Wire) - Pakistan test-fired a surface-to-surface missile with a range of 120 "
        "km on Monday, its second launch in three days, as tension with India over a deadly militant attack in "
        "Kashmir showed no sign of easing.\n\n"
        "The Fatah-series missile was fired as part of an ongoing exercise to check the troops' operational "
        "readiness and the weapon's advanced navigation system, the military's media wing said. On Saturday, "
        "Pakistan launched the Abdali, a ballistic missile with a range of 450 km, in what it called a training "
        "launch.\n\n"
        "India's foreign ministry called the launches a \"reckless provocation\" at a time of heightened tension. "
        "New Delhi blames Pakistan for the April 22 attack that killed 26 men at the tourist resort of Pahalgam, a "
        "charge Islamabad denies. India has since suspended its participation in the Indus Waters Treaty, and "
        "Pakistan has warned that any attempt to stop or divert its share of water would be treated as \"an act of "
        "war\".\n\n"
        "Prime Minister Narendra Modi has given the armed forces \"complete operational freedom\" to decide on the "
        "mode, targets and timing of India's response, officials said. Pakistan's information minister said last "
        "week Islamabad had \"credible intelligence\" that India intended to strike within the next 24 to 36 "
        "hours.\n\n"
        "The standoff has revived memories of May 1998, when India conducted five nuclear tests in the Rajasthan "
        "desert and Pakistan answered with six of its own in Balochistan weeks later. Both governments then "
        "announced unilateral moratoriums on further explosive testing, which they have observed ever since.\n\n"
        "Arms control experts say the pledges remain a rare point of restraint. \"Neither side has any reason to "
        "test again, and both should say clearly that their moratoriums stand,\" said an analyst at a London think "
        "tank.\n\n"
        "The U.N. Secretary-General urged both sides to step back from the brink, saying a military confrontation "
        "\"must be avoided at all costs\".",
        [
            (W, "Pakistan test-fired a surface-to-surface missile with a range of 120 km on Monday",
             {"temporal": "new", "weapon": {"srbm", "unspecified"}, "actor": "PAK"}),
            (W, "The Fatah-series missile was fired as part of an ongoing exercise",
             {"temporal": "new", "weapon": {"srbm", "unspecified", "rocket_artillery"}, "actor": "PAK"}),
            (W, "Pakistan launched the Abdali, a ballistic missile with a range of 450 km",
             {"temporal": "new", "weapon": {"srbm", "ballistic_missile"}, "actor": "PAK"}),
            (E, "called the launches a \"reckless provocation\"", {"actor": "IND"}),
            (E, "India has since suspended its participation in the Indus Waters Treaty", {"actor": "IND"}),
            (E, "would be treated as \"an act of war\"", {"actor": "PAK"}),
            (E, "given the armed forces \"complete operational freedom\"", {"actor": "IND"}),
            (E, "India intended to strike within the next 24 to 36 hours", {}),
            (W, "India conducted five nuclear tests in the Rajasthan desert", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (M, "Both governments then announced unilateral moratoriums on further explosive testing",
             {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (M, "both should say clearly that their moratoriums stand", {"status": "called_for", "scope": ["nuclear"], "actor": None}),
        ],
        [(W, "Pakistan answered with six of its own in Balochistan"),  # known gap: required (historical, PAK); no trigger word
         (W, "its second launch in three days"), (E, "as tension with India over a deadly militant attack"),
         (E, "to check the troops' operational readiness"), (W, "in what it called a training launch"),
         (E, "at a time of heightened tension"), (E, "New Delhi blames Pakistan for the April 22 attack"),
         (E, "the April 22 attack that killed 26 men"), (E, "The standoff has revived memories of May 1998"),
         (M, "which they have observed ever since"), (M, "the pledges remain a rare point of restraint"),
         (W, "Neither side has any reason to test again"), (E, "urged both sides to step back from the brink")],
    ),
    Article(
        "e7 trump letter gives iran two months; e3 snapback window and missile city",
        date(2025, 3, 20),
        "WASHINGTON/DUBAI, March 20 (Wire) - President Donald Trump's letter to Iran's Supreme Leader Ayatollah Ali "
        "Khamenei set a two-month deadline for reaching a new nuclear agreement, a U.S. official and two other "
        "people familiar with its contents said on Wednesday.\n\n"
        "The letter, handed over via the United Arab Emirates last week, also warned of consequences if Tehran "
        "pressed ahead with its nuclear programme, the sources said.\n\n"
        "Trump has said publicly that there are two ways to deal with Iran: \"militarily, or you make a deal.\" He "
        "has also restored a \"maximum pressure\" campaign of sanctions aimed at driving Iran's oil exports to "
        "zero.\n\n"
        "Khamenei has dismissed the overture, saying negotiations with \"bullying\" governments are aimed at "
        "imposing their demands rather than resolving problems. Foreign Minister Abbas Araqchi said Tehran would "
        "not negotiate directly under pressure and threats, but left the door open to indirect talks.\n\n"
        "Iran is now enriching uranium up to 60% purity, a short technical step from the roughly 90% needed for "
        "weapons, and the International Atomic Energy Agency says its stockpile of such material is growing "
        "rapidly.\n\n"
        "The Revolutionary Guards this month showed off an underground \"missile city\" on state television, with "
        "rows of Kheibar Shekan and Emad missiles. In January, the Guards fired ballistic missiles during "
        "large-scale drills near the Strait of Hormuz. The Guards' aerospace chief said the country had enough "
        "missile bases to unveil a new one every week for two years.\n\n"
        "European diplomats say Britain, France and Germany are also weighing their own deadline. The three can "
        "trigger a \"snapback\" of U.N. sanctions under the 2015 deal, but that option expires on Oct. 18, and they "
        "have signalled they would use it by the end of August if there is no progress.\n\n"
        "Israel, which struck Iranian air defences in October, has said it will not hesitate to act again.",
        [
            (D, "set a two-month deadline for reaching a new nuclear agreement", {"due": "2025-05-20", "set_by": "USA"}),
            (E, "warned of consequences if Tehran pressed ahead with its nuclear programme", {"actor": "USA"}),
            (E, "Khamenei has dismissed the overture", {"actor": "IRN"}),
            (E, "showed off an underground \"missile city\"", {"actor": "IRN"}),
            (W, "the Guards fired ballistic missiles during large-scale drills near the Strait of Hormuz",
             {"temporal": "historical", "weapon": "ballistic_missile", "actor": "IRN"}),
            (E, "had enough missile bases to unveil a new one every week", {"actor": "IRN"}),
            (D, "that option expires on Oct. 18", {"due": "2025-10-18", "set_by": None}),
            (D, "they would use it by the end of August if there is no progress", {"due": "2025-08-31", "set_by": None}),
            (E, "they would use it by the end of August if there is no progress", {"actor": None}),
            (E, "struck Iranian air defences in October", {"actor": "ISR"}),
            (E, "it will not hesitate to act again", {"actor": "ISR"}),
        ],
        [(E, "\"militarily, or you make a deal.\""),  # known gap: required (USA); a bare "militarily" is too broad a cue
         (E, "restored a \"maximum pressure\" campaign of sanctions"),
         (E, "negotiations with \"bullying\" governments are aimed at imposing their demands"),
         (E, "Tehran would not negotiate directly under pressure and threats"),
         (E, "Iran is now enriching uranium up to 60% purity"), (E, "its stockpile of such material is growing rapidly"),
         (E, "large-scale drills near the Strait of Hormuz"), (D, "are also weighing their own deadline"),
         (E, "can trigger a \"snapback\" of U.N. sanctions")],
    ),
    Article(
        "e8 out of domain: cod moratorium anniversary and a midnight price ultimatum",
        date(2022, 7, 2),
        "ST. JOHN'S, Newfoundland, July 2 (Wire) - Thirty years after Ottawa shut down the northern cod fishery, "
        "Newfoundland and Labrador marked the anniversary on Saturday with a mix of mourning and cautious hope.\n\n"
        "Federal Fisheries Minister John Crosbie announced the moratorium on July 2, 1992, throwing some 30,000 "
        "people out of work in what is still described as the largest single layoff in Canadian history. The "
        "freeze was meant to last two years. It has never been fully lifted, although a limited stewardship "
        "fishery has been allowed since 2006.\n\n"
        "Scientists say the stock is slowly rebuilding, and a test fishery off the northeast coast this spring "
        "found larger fish than in any year since the collapse. A new federal research vessel, launched in Nova "
        "Scotia last year, will begin a two-week acoustic survey of the grounds next month.\n\n"
        "The anniversary comes as the union representing inshore harvesters gave processors until midnight Sunday "
        "to agree on a minimum price for capelin, threatening to keep the fleet tied up if talks fail. \"We've had "
        "enough of ultimatums from the other side,\" a spokesman for the processors' association said, warning "
        "that a tie-up would only escalate the dispute and hurt plant workers.\n\n"
        "The province's fisheries minister accused Ottawa of freezing harvesters out of quota decisions and said "
        "she wanted a firm timetable before the end of the month for any reopening of the commercial fishery.\n\n"
        "\"People here still remember the day the boats stopped,\" said a retired skipper in Petty Harbour. \"You "
        "don't get over something like that. You just learn to live with it.\"",
        [],
        [],
    ),
]
