"""Round 7 of the challenge articles: 24 fresh articles (Korean peninsula; Iran, Russia, China;
South Asia and arms control; six out-of-domain distractors), written and labelled before the
rules that now pass them were added."""

from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W

ROUND7: list[Article] = [
    Article(
        "a1 suspected icbm, srbm follow-up and vigilant storm extension",
        date(2022, 11, 3),
        "SEOUL/TOKYO, Nov 3 (Wire) - North Korea launched what appeared to be an intercontinental ballistic "
        "missile on Thursday morning, prompting Japan to send evacuation alerts to residents of three northern "
        "prefectures, before following up with three short-range missiles later in the day, officials in Seoul "
        "and Tokyo said.\n\n"
        "The missile lifted off from the Sunan area of Pyongyang at about 7:40 a.m. (2240 GMT Wednesday), South "
        "Korea's Joint Chiefs of Staff (JCS) said. Tokyo initially said it had overflown Japanese territory but "
        "later retracted that, saying it had vanished from radar over the Sea of Japan. A South Korean official "
        "said the flight may have ended in failure after stage separation, and it was unclear whether the weapon "
        "was the giant Hwasong-17.\n\n"
        "Hours later, three SRBMs were fired from Kaechon in South Pyongan province, the JCS said.\n\n"
        "The salvoes came a day after Pyongyang shot off at least 23 missiles, a single-day record, one of which "
        "landed near South Korean territorial waters for the first time since the 1950-53 war. Seoul responded by "
        "firing three air-to-ground missiles from F-15K jets across the maritime border.\n\n"
        "North Korea has fired more than 50 ballistic missiles so far this year, eclipsing the tally of 2017, "
        "the year it conducted its sixth and last nuclear test.\n\n"
        "Pak Jong Chon, a secretary of the ruling Workers' Party, warned on Wednesday that Washington and Seoul "
        "would \"pay the most horrible price in history\" if they used armed force against the North, state news "
        "agency KCNA reported. He called the allies' Vigilant Storm air drills, which involve some 240 warplanes, "
        "an \"aggressive and provocative\" rehearsal for war.\n\n"
        "The two allies said on Thursday they would prolong the exercise, originally scheduled to wrap up on "
        "Friday, in response to the launches. The Pentagon's latest Nuclear Posture Review, released last week, "
        "said any nuclear attack by North Korea against the United States or its allies would result in the end "
        "of the Kim regime.\n\n"
        "Many analysts believe the North is readying a seventh nuclear test at its Punggye-ri site, where "
        "commercial satellite imagery shows tunnel work has been finished. \"At this point it's a question of "
        "political timing,\" said a researcher at a Seoul think tank.",
        [
            (W, "launched what appeared to be an intercontinental ballistic missile on Thursday morning",
             {"temporal": "new", "weapon": "icbm", "actor": "PRK"}),
            (W, "following up with three short-range missiles later in the day",
             {"temporal": "new", "weapon": {"srbm", "ballistic_missile"}, "actor": "PRK"}),
            (W, "The missile lifted off from the Sunan area of Pyongyang",
             {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (W, "three SRBMs were fired from Kaechon", {"temporal": "new", "weapon": "srbm", "actor": "PRK"}),
            (W, "Pyongyang shot off at least 23 missiles",
             {"temporal": "new", "weapon": {"unspecified", "ballistic_missile"}, "actor": "PRK"}),
            (W, "firing three air-to-ground missiles from F-15K jets",
             {"temporal": "new", "weapon": "unspecified", "actor": "KOR"}),
            (E, "Seoul responded by firing three air-to-ground missiles", {"actor": "KOR"}),
            (W, "has fired more than 50 ballistic missiles so far this year",
             {"temporal": "historical", "weapon": "ballistic_missile", "actor": "PRK"}),
            (W, "conducted its sixth and last nuclear test", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (E, "would \"pay the most horrible price in history\"", {"actor": "PRK"}),
            (E, "an \"aggressive and provocative\" rehearsal for war", {"actor": "PRK"}),
            (E, "would prolong the exercise", {"actor": None}),
            (E, "would result in the end of the Kim regime", {"actor": "USA"}),
            (W, "the North is readying a seventh nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
        ],
        [(W, "it had overflown Japanese territory"), (W, "the flight may have ended in failure"),
         (W, "it was unclear whether the weapon was the giant Hwasong-17"), (W, "The salvoes came"),
         (E, "landed near South Korean territorial waters"), (E, "Vigilant Storm air drills, which involve some 240 warplanes"),
         (W, "in response to the launches"), (E, "nuclear attack by North Korea against the United States"),
         (E, "if they used armed force against the North"), (W, "eclipsing the tally of 2017")],
    ),
    Article(
        "a2 short: super-large rocket launcher and a year-end cut-off",
        date(2019, 11, 29),
        "SEOUL, Nov. 29 (Wire) -- North Korea test-fired a \"super-large\" multiple rocket launcher on Thursday "
        "with leader Kim Jong Un looking on, the official Korean Central News Agency (KCNA) said Friday, claiming "
        "the system's continuous-fire capability had been verified.\n\n"
        "Seoul's Joint Chiefs of Staff said two projectiles flew about 380 kilometers after lifting off from the "
        "eastern coastal town of Yonpo. Japanese Prime Minister Shinzo Abe called them ballistic missiles.\n\n"
        "It was the North's 13th weapons launch this year. It came as Pyongyang presses Washington to offer new "
        "proposals before the end of the year, the cut-off Kim has given the Trump administration to change its "
        "approach in stalled nuclear talks.",
        [
            (W, "test-fired a \"super-large\" multiple rocket launcher on Thursday",
             {"temporal": "new", "weapon": "rocket_artillery", "actor": "PRK"}),
            (W, "two projectiles flew about 380 kilometers",
             {"temporal": "new", "weapon": {"rocket_artillery", "unspecified"}, "actor": "PRK"}),
            (E, "Pyongyang presses Washington to offer new proposals", {"actor": "PRK"}),
            (D, "before the end of the year, the cut-off Kim has given the Trump administration",
             {"due": "2019-12-31", "set_by": "PRK"}),
        ],
        [(W, "Abe called them ballistic missiles"), (W, "the North's 13th weapons launch this year"),
         (E, "to change its approach in stalled nuclear talks")],
    ),
    Article(
        "a3 slbm from sinpo with moratorium background and japan's strike option",
        date(2021, 10, 20),
        "SEOUL, Oct 20 (Wire) - North Korea said on Wednesday it had test-launched a newly developed "
        "submarine-launched ballistic missile, a day after South Korea's military detected a projectile rising "
        "from waters off the port city of Sinpo.\n\n"
        "KCNA said the weapon was fired from the same \"8.24 Yongung\" submarine used in a 2016 launch and "
        "featured \"advanced control guidance technologies\" including side manoeuvring. State media did not say "
        "whether leader Kim Jong Un attended.\n\n"
        "South Korean officials said the missile travelled about 590 km at an altitude of 60 km. It was "
        "Pyongyang's first underwater-launched missile since October 2019, when it flew a Pukguksong-3 from a "
        "sea-based platform.\n\n"
        "The North has not launched an ICBM or detonated a nuclear device since 2017. Kim announced a halt to "
        "such tests in April 2018, but said at the end of 2019 that the pledge had lost its meaning because "
        "Washington had failed to reciprocate.\n\n"
        "Pyongyang has repeatedly rebuffed U.S. offers of talks, saying Washington must first abandon its "
        "\"hostile policy\". U.S. envoy Sung Kim said on Tuesday the United States harboured no hostile intent "
        "and was willing to meet \"without preconditions\".\n\n"
        "Japanese Prime Minister Fumio Kishida, campaigning ahead of an Oct. 31 general election, said Tokyo would "
        "consider all options, including acquiring the capability to strike enemy bases.\n\n"
        "South Korea last month became the first country without nuclear weapons to fire an SLBM, test-launching "
        "one from its new Dosan Ahn Changho submarine.\n\n"
        "Some analysts said the North could follow up with a launch from a larger 3,000-tonne submarine that Kim "
        "inspected in 2019, though there was no sign it was ready.",
        [
            (W, "had test-launched a newly developed submarine-launched ballistic missile",
             {"temporal": "new", "weapon": "slbm", "actor": "PRK"}),
            (W, "the weapon was fired from the same \"8.24 Yongung\" submarine",
             {"temporal": "new", "weapon": {"slbm", "unspecified"}, "actor": "PRK"}),
            (W, "the missile travelled about 590 km at an altitude of 60 km",
             {"temporal": "new", "weapon": {"slbm", "unspecified"}, "actor": "PRK"}),
            (W, "when it flew a Pukguksong-3 from a sea-based platform",
             {"temporal": "historical", "weapon": "slbm", "actor": "PRK"}),
            (M, "Kim announced a halt to such tests in April 2018",
             {"status": "in_force", "scope": ["icbm", "nuclear"], "actor": "PRK"}),
            (M, "the pledge had lost its meaning", {"status": "ended", "actor": "PRK"}),
            (E, "has repeatedly rebuffed U.S. offers of talks", {"actor": "PRK"}),
            (E, "including acquiring the capability to strike enemy bases", {"actor": "JPN"}),
            (W, "test-launching one from its new Dosan Ahn Changho submarine",
             {"temporal": "historical", "weapon": "slbm", "actor": "KOR"}),
            (W, "could follow up with a launch from a larger 3,000-tonne submarine",
             {"temporal": "prospective", "weapon": {"slbm", "unspecified"}, "actor": "PRK"}),
        ],
        [(W, "a projectile rising from waters off the port city of Sinpo"), (W, "used in a 2016 launch"),
         (W, "Pyongyang's first underwater-launched missile since October 2019"),
         (W, "has not launched an ICBM or detonated a nuclear device since 2017"),
         (M, "has not launched an ICBM or detonated a nuclear device since 2017"),
         (E, "must first abandon its \"hostile policy\""), (W, "the first country without nuclear weapons to fire an SLBM")],
    ),
    Article(
        "a4 failed spy satellite launch, evacuation alert error and a second attempt",
        date(2023, 5, 31),
        "TOKYO/SEOUL, May 31 (Wire) - North Korea's bid to put its first military reconnaissance satellite into "
        "orbit ended in failure on Wednesday when its new Chollima-1 rocket plunged into the sea after losing "
        "thrust, state media said, vowing to try again \"as early as possible\".\n\n"
        "The launch, from the Sohae Satellite Launching Ground at around 6:27 a.m., set off air-raid sirens and an "
        "emergency text in Seoul telling residents to prepare to evacuate, a message city officials later said had "
        "been sent in error. Japan briefly activated its J-Alert system for Okinawa.\n\n"
        "KCNA said the rocket's second stage ignited abnormally and the vehicle, carrying the Malligyong-1 "
        "satellite, lost propulsion. The National Aerospace Development Administration said it would look into "
        "\"serious defects\" and carry out a second launch after \"various partial tests\".\n\n"
        "Pyongyang had told Japan's coast guard it would launch a satellite between May 31 and June 11. Japanese "
        "Defence Minister Yasukazu Hamada had ordered the Self-Defense Forces to shoot down any debris heading for "
        "Japanese territory, and PAC-3 interceptor batteries were moved to Okinawa.\n\n"
        "Kim Yo Jong, the leader's powerful sister, said in a statement that the satellite would \"correctly enter "
        "its orbit in the near future\" and that the North would keep strengthening its military capabilities. She "
        "branded ongoing South Korea-U.S. live-fire drills near the border a \"reckless\" invasion rehearsal.\n\n"
        "Washington condemned the launch, saying it used ballistic missile technology prohibited by U.N. Security "
        "Council resolutions.\n\n"
        "The North last tried to orbit a satellite in 2016, when it said it had placed the Kwangmyongsong-4 in "
        "space, a launch widely seen as a disguised long-range missile test.\n\n"
        "Experts said Pyongyang was likely to attempt another launch within months, but it was unclear whether "
        "the failure stemmed from a design flaw that would take longer to fix.",
        [
            (W, "bid to put its first military reconnaissance satellite into orbit ended in failure",
             {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (W, "The launch, from the Sohae Satellite Launching Ground at around 6:27 a.m.",
             {"temporal": "new", "weapon": "space_launch", "actor": "PRK"}),
            (W, "carry out a second launch after \"various partial tests\"",
             {"temporal": "prospective", "weapon": "space_launch", "actor": "PRK"}),
            (E, "the North would keep strengthening its military capabilities", {"actor": "PRK"}),
            (E, "branded ongoing South Korea-U.S. live-fire drills near the border a \"reckless\" invasion rehearsal",
             {"actor": "PRK"}),
            (W, "The North last tried to orbit a satellite in 2016",
             {"temporal": "historical", "weapon": "space_launch", "actor": "PRK"}),
            (W, "Pyongyang was likely to attempt another launch within months",
             {"temporal": "prospective", "weapon": {"space_launch", "unspecified"}, "actor": "PRK"}),
        ],
        [(W, "vowing to try again \"as early as possible\""), (W, "its new Chollima-1 rocket plunged into the sea"), (W, "the rocket's second stage ignited abnormally"),
         (W, "the vehicle, carrying the Malligyong-1 satellite, lost propulsion"),
         (W, "it would launch a satellite between May 31 and June 11"),
         (E, "ordered the Self-Defense Forces to shoot down any debris"), (E, "PAC-3 interceptor batteries were moved to Okinawa"),
         (W, "the satellite would \"correctly enter its orbit in the near future\""),
         (W, "Washington condemned the launch"), (E, "Washington condemned the launch"),
         (M, "prohibited by U.N. Security Council resolutions"), (W, "used ballistic missile technology"),
         (W, "placed the Kwangmyongsong-4 in space"), (W, "a disguised long-range missile test"),
         (W, "various partial tests"), (W, "the failure stemmed from a design flaw")],
    ),
    Article(
        "a5 kim ends test freeze after his year-end deadline lapses",
        date(2020, 1, 1),
        "SEOUL, Jan 1 (Wire) - North Korean leader Kim Jong Un has declared that Pyongyang is no longer bound by "
        "its self-declared suspension of nuclear and long-range missile tests, and warned that the world would "
        "\"witness a new strategic weapon\" in the near future, state media said on Wednesday.\n\n"
        "Addressing a four-day plenary meeting of the ruling Workers' Party that closed on Tuesday, Kim accused "
        "Washington of dragging out negotiations while staging joint drills with South Korea and piling on "
        "sanctions, KCNA reported. \"There is no ground for us to get unilaterally bound by the commitment any "
        "longer,\" he was quoted as saying.\n\n"
        "Kim added that the scope and depth of the North's deterrent would be \"properly coordinated\" depending "
        "on Washington's future attitude, and stopped short of explicitly announcing a resumption of ICBM "
        "launches.\n\n"
        "His remarks came as a deadline Kim had given Washington to come up with fresh concessions expired at the "
        "end of 2019 with no breakthrough.\n\n"
        "U.S. Secretary of State Mike Pompeo said he hoped Kim would \"choose peace and prosperity over conflict "
        "and war\".\n\n"
        "North Korea has not flight-tested an ICBM since November 2017, when it launched a Hwasong-15 it said "
        "could strike anywhere in the U.S. mainland. It set off the last of its six nuclear blasts two months "
        "earlier.\n\n"
        "In early December the North carried out two tests at its Sohae launch site that experts believe involved "
        "engines for a long-range missile or a space rocket.\n\n"
        "South Korea's Unification Ministry urged Pyongyang to stick to its halt on nuclear and long-range missile "
        "testing. Analysts said the North could test-fire a solid-fuel ICBM or a submarine-launched missile in the "
        "coming months.",
        [
            (M, "no longer bound by its self-declared suspension of nuclear and long-range missile tests",
             {"status": "ended", "scope": ["nuclear", "long_range_missile"], "actor": "PRK"}),
            (E, "warned that the world would \"witness a new strategic weapon\"", {"actor": "PRK"}),
            (E, "accused Washington of dragging out negotiations", {"actor": "PRK"}),
            (M, "There is no ground for us to get unilaterally bound by the commitment any longer", {"status": "ended"}),
            (D, "a deadline Kim had given Washington to come up with fresh concessions",
             {"due": "2019-12-31", "set_by": "PRK"}),
            (W, "it launched a Hwasong-15", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
            (W, "set off the last of its six nuclear blasts two months earlier",
             {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (W, "the North carried out two tests at its Sohae launch site",
             {"temporal": "historical", "weapon": "engine", "actor": "PRK"}),
            (M, "urged Pyongyang to stick to its halt on nuclear and long-range missile testing",
             {"status": "called_for", "scope": ["nuclear", "long_range_missile"], "actor": "PRK"}),
            (W, "could test-fire a solid-fuel ICBM or a submarine-launched missile in the coming months",
             {"temporal": "prospective", "weapon": ["icbm", "slbm"], "actor": "PRK"}),
        ],
        [(E, "no longer bound by its self-declared suspension"), (W, "witness a new strategic weapon"),
         (E, "the scope and depth of the North's deterrent would be \"properly coordinated\""),
         (W, "a resumption of ICBM launches"), (M, "a resumption of ICBM launches"),
         (E, "staging joint drills with South Korea and piling on sanctions"),
         (W, "has not flight-tested an ICBM since November 2017"), (M, "has not flight-tested an ICBM since November 2017"),
         (D, "expired at the end of 2019"), (E, "There is no ground for us to get unilaterally bound")],
    ),
    Article(
        "a6 kim yo jong sets march 9 ultimatum as north completes solid-fuel engine tests",
        date(2026, 2, 20),
        "SEOUL, Feb. 20 (Wire) -- North Korea on Thursday conducted a ground jet test of a high-thrust solid-fuel "
        "engine for a new-type intercontinental ballistic missile, state media reported Friday, hours after Kim "
        "Yo Jong gave Seoul and Washington until March 9 to call off their springtime combined exercise.\n\n"
        "The Korean Central News Agency said the static-fire test, held at the Sohae Satellite Launching Ground in "
        "Cholsan County, was the final ground trial of the carbon-fibre motor. Leader Kim Jong Un, who watched, "
        "called it a crucial step in expanding the country's strategic nuclear forces.\n\n"
        "\"If the drills go ahead, the U.S. and the ROK will have to face consequences they have never "
        "experienced,\" Kim Yo Jong, a vice department director of the party Central Committee, said in a "
        "statement. She did not spell out what steps the North would take.\n\n"
        "Seoul's defence ministry said the allies' annual Freedom Shield exercise would go ahead as planned and was "
        "\"defensive in nature\".\n\n"
        "Japan's cabinet on Tuesday approved deploying long-range stand-off missiles in Kumamoto by the end of "
        "March, a year ahead of schedule, citing the growing missile threat from the North.\n\n"
        "Its most recent long-range launch, of the Hwasong-19 in October 2024, set a flight-time record of 86 "
        "minutes. The North paraded a larger Hwasong-20 in October last year that analysts believe has yet to be "
        "flight-tested.\n\n"
        "A U.S. State Department spokesperson urged Pyongyang to return to a moratorium on long-range missile "
        "launches. Hong Min, a senior fellow at the Korea Institute for National Unification, said the completion "
        "of the engine trials suggested a flight test of the new ICBM could come within weeks.",
        [
            (W, "conducted a ground jet test of a high-thrust solid-fuel engine",
             {"temporal": "new", "weapon": "engine", "actor": "PRK"}),
            (D, "gave Seoul and Washington until March 9 to call off their springtime combined exercise",
             {"due": "2026-03-09", "set_by": "PRK"}),
            (W, "the static-fire test, held at the Sohae Satellite Launching Ground",
             {"temporal": "new", "weapon": "engine", "actor": "PRK"}),
            (E, "a crucial step in expanding the country's strategic nuclear forces", {"actor": "PRK"}),
            (E, "will have to face consequences they have never experienced", {"actor": "PRK"}),
            (E, "approved deploying long-range stand-off missiles in Kumamoto", {"actor": "JPN"}),
            (W, "Its most recent long-range launch, of the Hwasong-19 in October 2024",
             {"temporal": "historical", "weapon": {"icbm", "ballistic_missile"}, "actor": "PRK"}),
            (M, "urged Pyongyang to return to a moratorium on long-range missile launches",
             {"status": "called_for", "scope": ["long_range_missile"], "actor": "PRK"}),
            (W, "a flight test of the new ICBM could come within weeks",
             {"temporal": "prospective", "weapon": "icbm", "actor": "PRK"}),
        ],
        [(E, "gave Seoul and Washington until March 9"), (E, "their springtime combined exercise"),
         (W, "the final ground trial of the carbon-fibre motor"), (E, "If the drills go ahead"),
         (E, "the allies' annual Freedom Shield exercise"), (E, "citing the growing missile threat from the North"),
         (W, "has yet to be flight-tested"), (E, "paraded a larger Hwasong-20"),
         (W, "the completion of the engine trials")],
    ),
    Article(
        "a7 out of domain: k-pop label ultimatum and a comeback freeze",
        date(2025, 6, 26),
        "SEOUL, June 26 (Wire) - A major K-pop agency on Thursday gave its five-member girl group until Monday to "
        "return to the label or face a damages suit, the latest escalation in a contract dispute that has gripped "
        "fans since January.\n\n"
        "The members fired back in a statement on their own social media accounts, accusing executives of "
        "\"psychological warfare\" and saying they would not bow to threats. Their lawyers said the group had "
        "declared a self-imposed freeze on all activities until a court rules on the case, and urged the agency to "
        "agree to a moratorium on public statements.\n\n"
        "The label said it would launch a new boy band in the autumn after a test screening of its debut music "
        "video drew strong reactions, and that a showcase had been planned for the end of September. Analysts at "
        "Korea Investment & Securities said a prolonged standoff could trigger a sell-off in the company's "
        "shares, which have fallen 18 percent this year.",
        [],
    ),
    Article(
        "a8 out of domain: suneung exam day and a rocket start-up's test flight",
        date(2024, 11, 14),
        "SEOUL, Nov 14 (Wire) - More than half a million students sat South Korea's college entrance exam on "
        "Thursday, with all flights grounded for 35 minutes during the English listening test and the stock "
        "market opening an hour late.\n\n"
        "Police escorted dozens of latecomers to test sites, and the education ministry warned that anyone caught "
        "with a phone would have their scores cancelled. Applications for the second round of university "
        "admissions must be filed by Dec. 31.\n\n"
        "Separately, rocket start-up Innospace said it had completed a static-fire test of the hybrid engine for "
        "its HANBIT-Nano launcher and planned to launch customers' small satellites from Brazil's Alcantara "
        "spaceport early next year. The company's shares jumped 9 percent after it also said the financial "
        "regulator's stress test of its lenders posed no threat to a planned bond issue.",
        [],
    ),

    Article(
        "iran khorramshahr-4 launch as the snapback countdown runs",
        date(2025, 9, 4),
        "DUBAI, Sept 4 (AFP) - Iran's Revolutionary Guards test-fired an upgraded Khorramshahr-4 ballistic "
        "missile from a desert range in Semnan province on Tuesday, state television reported, days after "
        "Britain, France and Germany started a 30-day countdown to reinstate United Nations sanctions on "
        "Tehran.\n\n"
        "Footage aired by IRIB showed the liquid-fuelled missile lifting off before dawn. Guards aerospace "
        "commander Majid Mousavi said the weapon had hit its designated target \"with pinpoint accuracy\" "
        "and that Iran's deterrent was \"stronger than before the 12-day war\".\n\n"
        "The European trio, known as the E3, activated the so-called snapback mechanism on Aug. 28, leaving "
        "the Security Council until Sept. 27 to decide whether sanctions relief should continue. European "
        "diplomats said the process could still be paused if Tehran let inspectors return to the bombed "
        "sites at Fordow and Natanz and accounted for about 400 kg of uranium enriched to 60 percent.\n\n"
        "Foreign Minister Abbas Araqchi called the European move \"legally baseless\" and said lawmakers "
        "could vote to quit the Nuclear Non-Proliferation Treaty if sanctions snapped back.\n\n"
        "In Israel, the military chief of staff said his forces stood \"ready to strike again\" should Iran "
        "try to rebuild its enrichment sites.\n\n"
        "The Guards dismissed Israeli media reports that a second missile had blown up on its launch pad. "
        "\"No such incident took place,\" a Guards spokesman said.\n\n"
        "Iran last flight-tested the Khorramshahr-4, which it also calls Kheibar, in May 2023. Its space "
        "agency said on Wednesday it would put two more satellites into orbit aboard a Simorgh rocket before "
        "the end of the Iranian year in March.\n\n"
        "Yemen's Houthis, who are aligned with Tehran, said separately they had fired a Palestine-2 missile "
        "at Ben Gurion airport; Israel's military said it was intercepted.\n\n"
        "A U.S. State Department spokeswoman said the launch showed \"the continuing threat Iran's missile "
        "programme poses to the region\". Tehran insists its missiles are purely defensive and says their "
        "range has been capped at 2,000 km on the orders of the Supreme Leader.",
        [
            (W, "test-fired an upgraded Khorramshahr-4 ballistic missile",
             {"temporal": "new", "weapon": {"irbm", "ballistic_missile"}, "actor": "IRN"}),
            (D, "started a 30-day countdown to reinstate United Nations sanctions",
             {"due": {"2025-09-27", None}, "set_by": None}),
            (E, "started a 30-day countdown to reinstate United Nations sanctions", {"actor": None}),
            (E, "Iran's deterrent was \"stronger than before the 12-day war\"", {"actor": "IRN"}),
            (D, "leaving the Security Council until Sept. 27 to decide", {"due": "2025-09-27", "set_by": None}),
            (E, "lawmakers could vote to quit the Nuclear Non-Proliferation Treaty if sanctions snapped back",
             {"actor": "IRN"}),
            (E, "stood \"ready to strike again\" should Iran try to rebuild its enrichment sites", {"actor": "ISR"}),
            (W, "Iran last flight-tested the Khorramshahr-4, which it also calls Kheibar, in May 2023",
             {"temporal": "historical", "weapon": "irbm", "actor": "IRN"}),
            (W, "would put two more satellites into orbit aboard a Simorgh rocket",
             {"temporal": "prospective", "weapon": "space_launch", "actor": "IRN"}),
        ],
        [(W, "the liquid-fuelled missile lifting off before dawn"), (W, "the weapon had hit its designated target"),
         (E, "activated the so-called snapback mechanism on Aug. 28"), (E, "the bombed sites at Fordow and Natanz"),
         (E, "called the European move \"legally baseless\""),
         (W, "a second missile had blown up on its launch pad"),
         (W, "had fired a Palestine-2 missile at Ben Gurion airport"), (E, "had fired a Palestine-2 missile at Ben Gurion airport"),
         (W, "it was intercepted"), (W, "the launch showed"),
         (E, "the continuing threat Iran's missile programme poses to the region"),
         (M, "range has been capped at 2,000 km")],
    ),
    Article(
        "russia's sarmat launch after new start lapses",
        date(2026, 2, 12),
        "MOSCOW, Feb 12 (Reuters) - Russia carried out a successful launch of its Sarmat heavy "
        "intercontinental ballistic missile from the Plesetsk cosmodrome late on Wednesday, the Defence "
        "Ministry said, a week after the last treaty limiting U.S. and Russian strategic nuclear arsenals "
        "expired.\n\n"
        "Training warheads reached their designated area at the Kura range on the Kamchatka peninsula, the "
        "ministry said in a statement. It did not say whether the missile was carrying the Avangard "
        "hypersonic glide vehicle.\n\n"
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow no longer considered itself bound by New "
        "START's ceilings but had no plans for now to increase the number of deployed warheads. Russia would "
        "respond \"symmetrically\" to any American build-up, he added.\n\n"
        "Western officials have long questioned the Sarmat's reliability. A launch in September 2024 appeared "
        "to end in an explosion that left a large crater at the silo, according to satellite imagery analysed "
        "by independent researchers, although Moscow never acknowledged a failure.\n\n"
        "Pictures taken in January show fresh tunnelling at the Novaya Zemlya archipelago, where the Soviet "
        "Union detonated 130 nuclear devices between 1955 and 1990. A senior Russian diplomat said the work "
        "was routine and that Moscow had \"no intention\" of conducting an explosive test unless Washington "
        "went first.\n\n"
        "NATO's secretary-general accused Moscow of \"reckless nuclear signalling\" and said the alliance "
        "would keep reinforcing its deterrence on the eastern flank.\n\n"
        "The U.S. Air Force said it would test-launch an unarmed Minuteman III from Vandenberg Space Force "
        "Base next month, a routine shot scheduled long in advance.",
        [
            (W, "carried out a successful launch of its Sarmat heavy intercontinental ballistic missile",
             {"temporal": "new", "weapon": "icbm", "actor": "RUS"}),
            (E, "Russia would respond \"symmetrically\" to any American build-up", {"actor": "RUS"}),
            (W, "A launch in September 2024 appeared to end in an explosion",
             {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "RUS"}),
            (W, "the Soviet Union detonated 130 nuclear devices between 1955 and 1990",
             {"temporal": "historical", "weapon": "nuclear"}),
            (M, "had \"no intention\" of conducting an explosive test unless Washington went first",
             {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "had \"no intention\" of conducting an explosive test unless Washington went first", {"actor": "RUS"}),
            (E, "accused Moscow of \"reckless nuclear signalling\"", {"actor": None}),
            (E, "would keep reinforcing its deterrence on the eastern flank", {"actor": None}),
            (W, "would test-launch an unarmed Minuteman III from Vandenberg",
             {"temporal": "prospective", "weapon": "icbm", "actor": "USA"}),
        ],
        [(W, "Training warheads reached their designated area"),
         (W, "whether the missile was carrying the Avangard hypersonic glide vehicle"),
         (E, "no longer considered itself bound by New START's ceilings"),
         (M, "had no plans for now to increase the number of deployed warheads"),
         (W, "fresh tunnelling at the Novaya Zemlya archipelago"), (E, "fresh tunnelling at the Novaya Zemlya archipelago"),
         (W, "conducting an explosive test unless Washington went first"),
         (W, "a routine shot scheduled long in advance")],
    ),
    Article(
        "strait thunder drills around taiwan and a df-27 flight",
        date(2025, 4, 2),
        "TAIPEI, April 2 (AP) - China's military sent warships, fighter jets and drones to encircle Taiwan "
        "for a second straight day on Wednesday, in what Beijing called a punishment for the island's "
        "\"separatist\" president, and Taiwan placed its forces on combat alert.\n\n"
        "The People's Liberation Army's Eastern Theater Command said the exercises, dubbed Strait "
        "Thunder-2025A, rehearsed blockading major ports and striking key energy infrastructure. A command "
        "spokesman called them \"a stern warning and powerful deterrence\" aimed at independence forces.\n\n"
        "Taiwan's defence ministry said it had tracked 76 military aircraft, 15 navy ships and four coast "
        "guard vessels around the island since Tuesday morning. President Lai Ching-te's office branded "
        "Beijing \"a troublemaker\" bent on destabilising the region.\n\n"
        "In Washington, the State Department said China's \"aggressive military activities and rhetoric\" "
        "only served to heighten tensions, and reaffirmed its commitment to Taiwan's defence.\n\n"
        "Unlike in August 2022, when the PLA lobbed ballistic missiles into waters off Taiwan's coast, no "
        "live-fire missile launches were reported this time, Taiwanese officials said.\n\n"
        "China's defence ministry separately denied having any plans to carry out a nuclear test, rejecting a "
        "U.S. assessment that it may be readying its Lop Nur site for low-yield experiments. Beijing has "
        "adhered to a moratorium on nuclear testing since 1996.\n\n"
        "Beijing has, however, stepped up trials of hypersonic weapons. The PLA Rocket Force flew a DF-27 "
        "hypersonic glide vehicle over the South China Sea on March 24, according to two U.S. officials who "
        "spoke on condition of anonymity.",
        [
            (E, "sent warships, fighter jets and drones to encircle Taiwan", {"actor": "CHN"}),
            (E, "rehearsed blockading major ports and striking key energy infrastructure", {"actor": "CHN"}),
            (E, "called them \"a stern warning and powerful deterrence\"", {"actor": "CHN"}),
            (E, "branded Beijing \"a troublemaker\" bent on destabilising the region", {"actor": "TWN"}),
            (E, "China's \"aggressive military activities and rhetoric\" only served to heighten tensions", {"actor": "USA"}),
            (W, "the PLA lobbed ballistic missiles into waters off Taiwan's coast",
             {"temporal": "historical", "weapon": "ballistic_missile", "actor": "CHN"}),
            (M, "adhered to a moratorium on nuclear testing since 1996",
             {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (W, "flew a DF-27 hypersonic glide vehicle over the South China Sea on March 24",
             {"temporal": "new", "weapon": "hypersonic", "actor": "CHN"}),
        ],
        [(E, "a punishment for the island's \"separatist\" president"), (E, "Taiwan placed its forces on combat alert"),
         (E, "tracked 76 military aircraft, 15 navy ships and four coast guard vessels"),
         (E, "reaffirmed its commitment to Taiwan's defence"),
         (E, "the PLA lobbed ballistic missiles into waters off Taiwan's coast"),
         (W, "no live-fire missile launches were reported this time"),
         (W, "denied having any plans to carry out a nuclear test"), (M, "denied having any plans to carry out a nuclear test"),
         (E, "rejecting a U.S. assessment"), (W, "readying its Lop Nur site for low-yield experiments"),
         (W, "stepped up trials of hypersonic weapons"), (E, "stepped up trials of hypersonic weapons")],
    ),
    Article(
        "house bars funds for a us nuclear test",
        date(2020, 7, 21),
        "WASHINGTON, July 21 (Defense News) - The U.S. House of Representatives on Monday approved an "
        "amendment barring the Pentagon and the Energy Department from spending any money next fiscal year "
        "to prepare for or conduct an explosive nuclear test, a rebuke to administration officials who had "
        "floated a quick demonstration blast in Nevada.\n\n"
        "The provision, added to the annual defence policy bill, still has to be reconciled with the "
        "Senate's version, which instead earmarks $10 million to cut the time needed to carry out a test "
        "should the president order one.\n\n"
        "Senior national security officials discussed at a May meeting whether a rapid test could help "
        "pressure Moscow and Beijing into a trilateral arms control deal, according to people familiar with "
        "the discussion. No decision was taken.\n\n"
        "The National Nuclear Security Administration has said it could stage an underground detonation "
        "within six to 10 months of a presidential order but has no plans to do so. The United States has "
        "not set off a nuclear device since the \"Divider\" shot at the Nevada Test Site in September 1992 "
        "and has observed a unilateral testing moratorium ever since.\n\n"
        "\"Resuming explosive testing would be a gift to Russia and China,\" said one arms control analyst.\n\n"
        "The State Department in April accused China of possibly conducting low-yield tests at Lop Nur in "
        "violation of the \"zero-yield\" standard, a charge Beijing called groundless. Russia's deputy "
        "foreign minister warned that Moscow would mirror any U.S. move toward testing.",
        [
            (M, ("approved an amendment barring the Pentagon and the Energy Department from spending any money "
                "next fiscal year to prepare for or conduct an explosive nuclear test"),
             {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
            (W, "floated a quick demonstration blast in Nevada",
             {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (M, "has observed a unilateral testing moratorium ever since",
             {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (E, "accused China of possibly conducting low-yield tests at Lop Nur", {"actor": "USA"}),
            (E, "warned that Moscow would mirror any U.S. move toward testing", {"actor": "RUS"}),
        ],
        [(E, "floated a quick demonstration blast in Nevada"),
         (W, "to cut the time needed to carry out a test should the president order one"),
         (W, "whether a rapid test could help pressure Moscow and Beijing"),
         (E, "whether a rapid test could help pressure Moscow and Beijing"),
         (W, "could stage an underground detonation within six to 10 months"),
         (W, "not set off a nuclear device since the \"Divider\" shot at the Nevada Test Site in September 1992"),
         (W, "Resuming explosive testing"), (M, "Resuming explosive testing"),
         (W, "possibly conducting low-yield tests at Lop Nur"), (E, "a charge Beijing called groundless"),
         (W, "any U.S. move toward testing"), (M, "Moscow would mirror any U.S. move toward testing")],
    ),
    Article(
        "iaea board finds iran in breach and sets a 30-day limit",
        date(2025, 6, 12),
        "VIENNA, June 12 (Reuters) - The U.N. nuclear watchdog's Board of Governors found Iran in breach of "
        "its non-proliferation obligations on Thursday for the first time in almost two decades, and gave "
        "Tehran 30 days to explain uranium traces found at undeclared sites.\n\n"
        "Iran hit back within hours, announcing it would open a third enrichment facility at a \"secure "
        "location\" and swap first-generation centrifuges at its Fordow plant for advanced IR-6 machines.\n\n"
        "\"The Islamic Republic will not yield to political pressure,\" the Atomic Energy Organization of "
        "Iran and the foreign ministry said in a joint statement.\n\n"
        "The resolution, drafted by Britain, France, Germany and the United States, passed with 19 votes in "
        "favour, three against and 11 abstentions.\n\n"
        "Western diplomats said the finding could pave the way for a referral to the Security Council, and "
        "for the E3 to invoke snapback before the provisions of Resolution 2231 lapse on Oct. 18.\n\n"
        "Two people briefed on the negotiations said Iran had floated a suspension of enrichment for up to "
        "three years as part of an interim understanding with the U.S. envoy, an account Tehran publicly "
        "rejected. Iran's foreign minister has called enrichment on Iranian soil a red line.\n\n"
        "A sixth round of U.S.-Iran talks is scheduled for Sunday in Muscat. Omani mediators described the "
        "last session as \"constructive\" and said both delegations had exchanged written proposals.\n\n"
        "Iran sharply increased its production of 60 percent enriched uranium late last year, the IAEA has "
        "reported.",
        [
            (D, "gave Tehran 30 days to explain uranium traces", {"due": "2025-07-12", "set_by": None}),
            (E, "would open a third enrichment facility at a \"secure location\"", {"actor": "IRN"}),
            (E, "swap first-generation centrifuges at its Fordow plant for advanced IR-6 machines", {"actor": "IRN"}),
            (D, "before the provisions of Resolution 2231 lapse on Oct. 18", {"due": "2025-10-18", "set_by": None}),
            (E, "sharply increased its production of 60 percent enriched uranium", {"actor": "IRN"}),
        ],
        [(E, "found Iran in breach of its non-proliferation obligations"), (E, "Iran hit back within hours"),
         (E, "will not yield to political pressure"), (E, "for the E3 to invoke snapback"),
         (M, "floated a suspension of enrichment for up to three years"),
         (E, "called enrichment on Iranian soil a red line")],
    ),
    Article(
        "putin offers a missile deployment freeze; zircon background",
        date(2020, 10, 27),
        "MOSCOW, Oct 27 (Reuters) - President Vladimir Putin on Monday proposed that Russia and NATO mutually "
        "refrain from deploying intermediate-range missiles in Europe, offering to extend Moscow's own freeze "
        "on such deployments to its 9M729 cruise missile, the Kremlin said.\n\n"
        "Putin said Russia would not station the missiles in its European territory as long as the United "
        "States kept its own off the continent, TASS reported.\n\n"
        "NATO dismissed the offer as \"not credible\", with an alliance official saying the 9M729 was already "
        "deployed.\n\n"
        "On Oct. 6, the Russian navy fired a Zircon hypersonic cruise missile from the frigate Admiral "
        "Gorshkov at a target in the Barents Sea some 450 km away.",
        [
            (M, "mutually refrain from deploying intermediate-range missiles in Europe",
             {"status": "called_for", "actor": None}),
            (M, "extend Moscow's own freeze on such deployments", {"status": {"in_force", "called_for"}, "actor": "RUS"}),  # existing freeze, offered extension
            (W, "fired a Zircon hypersonic cruise missile from the frigate Admiral Gorshkov",
             {"temporal": "historical", "weapon": ["hypersonic", "cruise_missile"], "actor": "RUS"}),
        ],
        [(M, "would not station the missiles in its European territory as long as the United States kept its own"),
         (E, "dismissed the offer as \"not credible\""), (E, "the 9M729 was already deployed")],
    ),
    Article(
        "commercial rocket debut is out of domain",
        date(2023, 3, 23),
        "CAPE CANAVERAL, Fla., March 23 (AP) - A 3D-printed rocket built by California start-up Relativity "
        "Space blasted off on its debut test flight late on Wednesday but failed to reach orbit after its "
        "upper-stage engine sputtered, the company said.\n\n"
        "The Terran 1 launch came after two scrubbed attempts earlier this month and a static-fire test of "
        "the first stage in January. It carried no satellite.\n\n"
        "The Federal Aviation Administration, which licenses commercial launches, said no mishap "
        "investigation was required because the rocket fell into a designated hazard area over the "
        "Atlantic.\n\n"
        "Relativity said it would suspend further Terran 1 flights and focus on a larger, reusable rocket "
        "it hopes to fly by 2026. Investors have given the company until the end of the year to sign up "
        "launch customers, a person familiar with the matter said.",
        [],
    ),
    Article(
        "ev tariff deadline, eviction freeze and airfares are out of domain",
        date(2024, 6, 21),
        "BRUSSELS, June 21 (AFP) - The European Commission has given Chinese electric-vehicle makers until "
        "July 4 to offer minimum-price commitments or face provisional tariffs of up to 38 percent, prompting "
        "Beijing to warn it would take \"all necessary measures\" to defend its companies.\n\n"
        "China's commerce ministry launched an anti-dumping probe into European pork imports days later, a "
        "move widely seen as retaliation in an escalating trade dispute.\n\n"
        "Separately, Spain extended its moratorium on evictions of vulnerable households until the end of "
        "the year, while budget airline fares rose 12 percent in May, an escalation consumer groups blamed on "
        "jet fuel costs. A Chinese swimmer at the centre of a doping row said she had never failed a drug "
        "test and would fire back at her critics in court.",
        [],
    ),

    Article(
        "c1 pakistan shaheen-iii flight test with 1998 moratorium background",
        date(2021, 1, 21),
        "ISLAMABAD, Jan 21 (Wire) - Pakistan on Wednesday successfully flight-tested the Shaheen-III, a "
        "nuclear-capable surface-to-surface ballistic missile with a range of 2,750 km, the military's media "
        "wing said, in the first such launch of the year.\n\n"
        "The flight was aimed at revalidating various design and technical parameters of the weapon system, "
        "the Inter Services Public Relations (ISPR) said in a statement, adding that it was witnessed by senior "
        "officers of the Strategic Plans Division and the Army Strategic Forces Command. The president and the "
        "prime minister congratulated the scientists and engineers.\n\n"
        "At that range the Shaheen-III can reach any city in India as well as the Andaman and Nicobar Islands, "
        "analysts say. Pakistan first flew the missile in March 2015.\n\n"
        "The military has carried out a string of training launches over the past year, including the Ghaznavi "
        "and the Ghauri, and says it fired an extended-range Babur cruise missile from a ground-based mobile "
        "launcher in December 2018.\n\n"
        "The test came a week after a senior Indian commander said his forces were prepared to respond \"with "
        "full force\" to any provocation along the Line of Control. The Foreign Office in Islamabad said Pakistan "
        "remained open to a strategic restraint regime with New Delhi and had no interest in an arms race in "
        "South Asia.\n\n"
        "Under a 2005 agreement, the two neighbours notify each other ahead of ballistic missile flight tests, "
        "and officials said India had been informed in advance.\n\n"
        "Neither country has conducted a nuclear explosive test since May 1998, when India set off five devices "
        "at Pokhran and Pakistan answered with six at Chagai two weeks later. Both have since declared "
        "unilateral moratoriums on further explosive testing, though neither has signed the Comprehensive "
        "Nuclear-Test-Ban Treaty.\n\n"
        "\"There is no evidence that either side is preparing to resume explosive testing,\" said a South Asia "
        "analyst at a Washington think tank. \"The competition is in delivery systems, not at the test sites.\"\n\n"
        "Other experts doubt that the Shaheen-III has yet achieved the accuracy claimed for it at full range, "
        "noting that Pakistan has announced only a handful of flights of the missile.\n\n"
        "New Delhi last tested its Agni-V in December 2018, and officials said a further user trial was "
        "expected in the coming months.",
        [
            (W, "successfully flight-tested the Shaheen-III, a nuclear-capable surface-to-surface ballistic missile",
             {"temporal": "new", "weapon": "irbm", "actor": "PAK"}),
            (W, "Pakistan first flew the missile in March 2015",
             {"temporal": "historical", "weapon": {"irbm", "ballistic_missile", "unspecified"}, "actor": "PAK"}),
            (W, "carried out a string of training launches over the past year, including the Ghaznavi and the Ghauri",
             {"temporal": "historical", "weapon": {"ballistic_missile", "srbm", "unspecified"}, "actor": "PAK"}),
            (W, "fired an extended-range Babur cruise missile from a ground-based mobile launcher in December 2018",
             {"temporal": "historical", "weapon": "cruise_missile", "actor": "PAK"}),
            (E, "prepared to respond \"with full force\" to any provocation", {"actor": "IND"}),
            (W, "India set off five devices at Pokhran", {"temporal": "historical", "weapon": "nuclear", "actor": "IND"}),
            (M, "Both have since declared unilateral moratoriums on further explosive testing",
             {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "New Delhi last tested its Agni-V in December 2018", {"temporal": "historical", "weapon": "icbm", "actor": "IND"}),
            (W, "a further user trial was expected in the coming months", {"temporal": "prospective", "weapon": "icbm", "actor": "IND"}),
        ],
        [(W, "the first such launch of the year"), (W, "The flight was aimed at revalidating"), (W, "it was witnessed by senior officers"),
         (W, "notify each other ahead of ballistic missile flight tests"),
         (W, "Neither country has conducted a nuclear explosive test since May 1998"),
         (M, "Neither country has conducted a nuclear explosive test since May 1998"),
         (W, "Pakistan answered with six at Chagai"), (M, "neither has signed the Comprehensive Nuclear-Test-Ban Treaty"),
         (W, "preparing to resume explosive testing"), (M, "preparing to resume explosive testing"),
         (W, "announced only a handful of flights of the missile"), (W, "The test came a week after")],
    ),
    Article(
        "c2 india k-4 slbm from ins arighaat (short)",
        date(2024, 11, 28),
        "NEW DELHI, Nov 28 (Wire) - The Indian Navy on Wednesday test-fired a K-4 submarine-launched ballistic "
        "missile from the nuclear-powered submarine INS Arighaat in the Bay of Bengal, defence sources said.\n\n"
        "The missile, which has a range of about 3,500 km, was launched from a submerged platform off "
        "Visakhapatnam and its results were being analysed, the sources said. The ministry issued no statement.\n\n"
        "INS Arighaat, India's second ballistic missile submarine, was commissioned in August. The K-4 had "
        "earlier been tested from submersible pontoons, most recently in 2020.\n\n"
        "\"The test gives India a credible sea-based leg of its nuclear triad,\" said a retired vice admiral.",
        [
            (W, "test-fired a K-4 submarine-launched ballistic missile from the nuclear-powered submarine INS Arighaat",
             {"temporal": "new", "weapon": "slbm", "actor": "IND"}),
            (W, "The K-4 had earlier been tested from submersible pontoons, most recently in 2020",
             {"temporal": "historical", "weapon": "slbm", "actor": "IND"}),
        ],
        [(W, "was launched from a submerged platform off Visakhapatnam"), (W, "its results were being analysed"),
         (W, "The test gives India"), (E, "a credible sea-based leg of its nuclear triad")],
    ),
    Article(
        "c3 inf treaty 60-day ultimatum to russia",
        date(2018, 12, 4),
        "BRUSSELS, Dec 4 (Wire) - The United States will suspend its obligations under the Intermediate-Range "
        "Nuclear Forces Treaty in 60 days unless Russia returns to full and verifiable compliance, Secretary of "
        "State Mike Pompeo said on Tuesday.\n\n"
        "Washington accuses Moscow of deploying the 9M729 ground-launched cruise missile, known to NATO as the "
        "SSC-8, in breach of the 1987 pact, which bans land-based missiles with ranges of 500 to 5,500 km. U.S. "
        "officials say Russia flight-tested the 9M729 to prohibited ranges from a fixed launcher before fielding "
        "it on mobile ones.\n\n"
        "\"Russia has a 60-day window to come back into compliance,\" Pompeo told reporters after a meeting of NATO "
        "foreign ministers, who said in a joint statement that the missile system \"poses significant risks to "
        "Euro-Atlantic security\".\n\n"
        "The Kremlin denied violating the accord and said it remained ready for dialogue to preserve it. "
        "U.S. and Russian experts held talks on the dispute in Geneva in October without narrowing their "
        "differences.\n\n"
        "President Vladimir Putin warned last month that Russia would be forced to respond in kind if Washington "
        "deployed new intermediate-range missiles in Europe.\n\n"
        "If the INF accord collapses, the only remaining limit on the two countries' arsenals will be New START, "
        "which expires in February 2021 and can be extended by up to five years.\n\n"
        "Arms control experts said the 60-day pause was meant to give European allies time to press Moscow, but "
        "few expected Russia to scrap the missiles. \"I don't see any sign the Russians will blink,\" one said.",
        [
            (E, "will suspend its obligations under the Intermediate-Range Nuclear Forces Treaty in 60 days", {"actor": "USA"}),
            (D, "in 60 days unless Russia returns to full and verifiable compliance", {"due": "2019-02-02", "set_by": "USA"}),
            (W, "Russia flight-tested the 9M729 to prohibited ranges",
             {"weapon": {"cruise_missile", "unspecified"}, "actor": "RUS"}),  # known gap: temporal historical (undated, before fielding), read new
            (D, "Russia has a 60-day window to come back into compliance", {"due": "2019-02-02", "set_by": "USA"}),
            (E, "warned last month that Russia would be forced to respond in kind", {"actor": "RUS"}),
        ],
        [(E, "accuses Moscow of deploying the 9M729 ground-launched cruise missile"),
         (E, "poses significant risks to Euro-Atlantic security"), (D, "the 60-day pause"),
         (E, "I don't see any sign the Russians will blink")],
    ),
    Article(
        "c4 house votes to bar funds for an explosive nuclear test",
        date(2020, 7, 21),
        "WASHINGTON, July 21 (Wire) - The U.S. House of Representatives on Monday approved an amendment to the "
        "annual defence policy bill that would prohibit spending in fiscal 2021 on any explosive nuclear test, "
        "setting up a clash with the Republican-controlled Senate.\n\n"
        "The amendment, offered by Democratic Representative Dana Whitcombe, passed 227-189, mostly along party "
        "lines. It follows a report in May that senior administration officials had discussed whether to conduct "
        "the first U.S. nuclear test since 1992 as a signal to Moscow and Beijing.\n\n"
        "The Senate Armed Services Committee last month adopted a provision authorising $10 million to shorten "
        "the time the United States would need to carry out a test, if one were ordered. Senators have given the "
        "National Nuclear Security Administration until the end of the month to report on how quickly a test "
        "could be conducted.\n\n"
        "\"A resumption of explosive testing would tear up a moratorium that has served our security for nearly "
        "three decades,\" Whitcombe said on the House floor.\n\n"
        "Republican Senator Carl Henning argued that the United States must be ready to resume nuclear testing "
        "quickly \"to maintain a credible deterrent\" as Russia and China modernise their arsenals.\n\n"
        "The United States last detonated a nuclear device on Sept. 23, 1992, at the Nevada Test Site. Congress "
        "enacted a nine-month testing moratorium that year, and every administration since has observed it.\n\n"
        "The Arms Control Association and more than 60 other groups urged lawmakers to reaffirm the U.S. testing "
        "moratorium, warning that a U.S. test would invite Russia, China, India and Pakistan to follow suit.\n\n"
        "An administration official said on Tuesday there had been no decision to test. \"Nothing has changed in "
        "our policy,\" the official said. Differences between the House and Senate versions will be settled in a "
        "conference committee later this year.",
        [
            (M, "would prohibit spending in fiscal 2021 on any explosive nuclear test",
             {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
            (W, "discussed whether to conduct the first U.S. nuclear test since 1992",
             {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (D, "until the end of the month to report on how quickly a test could be conducted",
             {"due": "2020-07-31", "set_by": "USA"}),
            (M, "a moratorium that has served our security for nearly three decades",
             {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (W, "must be ready to resume nuclear testing quickly", {"temporal": "prospective", "weapon": "nuclear", "actor": "USA"}),
            (W, "last detonated a nuclear device on Sept. 23, 1992", {"temporal": "historical", "weapon": "nuclear", "actor": "USA"}),
            (M, "Congress enacted a nine-month testing moratorium that year",
             {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (M, "urged lawmakers to reaffirm the U.S. testing moratorium",
             {"status": "called_for", "scope": ["nuclear"], "actor": "USA"}),
        ],
        [(E, "as a signal to Moscow and Beijing"), (W, "the time the United States would need to carry out a test"),
         (W, "how quickly a test could be conducted"),
         (W, "A resumption of explosive testing"), (M, "A resumption of explosive testing"),
         (M, "must be ready to resume nuclear testing quickly"), (E, "to maintain a credible deterrent"),
         (M, "every administration since has observed it"),
         (W, "a U.S. test would invite Russia, China, India and Pakistan to follow suit"),
         (E, "a U.S. test would invite Russia, China, India and Pakistan to follow suit"),
         (W, "there had been no decision to test"), (E, "setting up a clash with the Republican-controlled Senate")],
    ),
    Article(
        "c5 guterres urges test moratoria, french and british test history",
        date(2019, 8, 29),
        "UNITED NATIONS, Aug 29 (Wire) - U.N. Secretary-General Antonio Guterres on Thursday urged all states to "
        "uphold their moratoriums on nuclear explosive testing and pressed the eight holdout countries whose "
        "ratification is needed for the Comprehensive Nuclear-Test-Ban Treaty to enter into force to act without "
        "delay.\n\n"
        "In a message marking the International Day against Nuclear Tests, Guterres said more than 2,000 nuclear "
        "tests had been conducted since 1945, leaving a legacy of contaminated land and sick communities from "
        "Kazakhstan to the Pacific. \"The only guarantee that no country will ever test again is a legally "
        "binding ban,\" he said.\n\n"
        "The treaty, adopted in 1996, has 184 signatories, but it cannot take effect until all 44 states listed in "
        "its annex have ratified it. India, Pakistan and North Korea have not signed; the United States, China, "
        "Egypt, Iran and Israel have signed but not ratified.\n\n"
        "France conducted 210 nuclear tests, first in the Algerian Sahara and later at the Mururoa and Fangataufa "
        "atolls in French Polynesia, before President Jacques Chirac ended the programme in January 1996 after a "
        "final series that drew protests across the Pacific. Britain's last nuclear test, codenamed Bristol, was "
        "carried out at the U.S. Nevada Test Site in November 1991. Both ratified the treaty in 1998.\n\n"
        "North Korea is the only country to have conducted nuclear tests this century, most recently in September "
        "2017. Pyongyang said last year it had halted nuclear testing and blew up tunnels at its Punggye-ri site, "
        "although experts doubt the demolition was irreversible.\n\n"
        "Lassina Zerbo, executive secretary of the CTBT Organization, said its global monitoring network had "
        "detected no sign of a nuclear test anywhere this year.\n\n"
        "The next review conference of the Nuclear Non-Proliferation Treaty is scheduled to open in New York in "
        "April 2020. Diplomats said they hoped the meeting would agree on a final document, which eluded the 2015 "
        "conference.",
        [
            (M, "urged all states to uphold their moratoriums on nuclear explosive testing",
             {"status": "called_for", "scope": ["nuclear"], "actor": None}),
            (W, "more than 2,000 nuclear tests had been conducted since 1945", {"temporal": "historical", "weapon": "nuclear", "actor": None}),
            (W, "France conducted 210 nuclear tests", {"temporal": "historical", "weapon": "nuclear", "actor": "FRA"}),
            (M, "President Jacques Chirac ended the programme in January 1996", {"status": "in_force", "scope": ["nuclear"], "actor": "FRA"}),
            (W, "Britain's last nuclear test, codenamed Bristol, was carried out",
             {"temporal": "historical", "weapon": "nuclear", "actor": "GBR"}),
            (W, "North Korea is the only country to have conducted nuclear tests this century",
             {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "Pyongyang said last year it had halted nuclear testing", {"status": "in_force", "scope": ["nuclear"], "actor": "PRK"}),
        ],
        [(M, "whose ratification is needed for the Comprehensive Nuclear-Test-Ban Treaty"),
         (W, "no country will ever test again"), (M, "no country will ever test again"), (M, "a legally binding ban"),
         (W, "a final series that drew protests across the Pacific"),
         (W, "detected no sign of a nuclear test anywhere this year")],
    ),
    Article(
        "c6 india agni-prime night launch, brahmos and prithvi-ii",
        date(2023, 6, 8),
        "BALASORE, Odisha, June 8 (Wire) - India's Defence Research and Development Organisation (DRDO) "
        "successfully flight-tested the new-generation Agni-Prime ballistic missile from Dr APJ Abdul Kalam "
        "Island off the Odisha coast on Wednesday night, the defence ministry said.\n\n"
        "It was the first pre-induction night launch of the missile and came after three successful "
        "developmental trials, the ministry said, adding that radar and telemetry stations along the coast had "
        "tracked the flight and validated its accuracy.\n\n"
        "Defence Minister Rajnath Singh congratulated DRDO and the Strategic Forces Command. The canisterised, "
        "two-stage missile, with a range of 1,000 to 2,000 km, is meant to replace older Agni-I and Agni-II "
        "systems in service.\n\n"
        "On May 14, the Navy carried out a successful test-firing of a BrahMos supersonic cruise missile from its "
        "newest destroyer, INS Mormugao, hitting a decommissioned ship in the Arabian Sea. The Army is expected "
        "to conduct further user trials of the nuclear-capable Prithvi-II short-range missile before the end of "
        "the year.\n\n"
        "Some Indian strategists have argued that New Delhi should keep open the option of further nuclear tests "
        "to validate its thermonuclear design, which critics say underperformed in 1998, but the government says "
        "its voluntary moratorium remains in place.\n\n"
        "Asked about the launch, a spokesperson for Pakistan's Foreign Office said Islamabad favoured \"dialogue "
        "and restraint\" and renewed a call for bilateral measures to reduce nuclear risks, including an "
        "agreement to pre-notify cruise missile tests.\n\n"
        "Analysts described the test as routine. \"This is about replacing an ageing fleet, not about sending a "
        "message to Islamabad or Beijing,\" said a retired air vice marshal in New Delhi.",
        [
            (W, "successfully flight-tested the new-generation Agni-Prime ballistic missile",
             {"temporal": "new", "weapon": {"ballistic_missile", "irbm"}, "actor": "IND"}),
            (W, "carried out a successful test-firing of a BrahMos supersonic cruise missile",
             {"temporal": "historical", "weapon": "cruise_missile", "actor": "IND"}),
            (W, "conduct further user trials of the nuclear-capable Prithvi-II short-range missile",
             {"temporal": "prospective", "weapon": "srbm", "actor": "IND"}),
            (M, "its voluntary moratorium remains in place", {"status": "in_force", "scope": ["nuclear"], "actor": "IND"}),
        ],
        [(W, "the first pre-induction night launch of the missile"), (W, "three successful developmental trials"),
         (W, "tracked the flight"), (W, "keep open the option of further nuclear tests"),
         (M, "keep open the option of further nuclear tests"), (W, "its thermonuclear design, which critics say underperformed in 1998"),
         (W, "pre-notify cruise missile tests"), (W, "Asked about the launch"), (W, "Analysts described the test as routine")],
    ),
    Article(
        "c7 cricket test, squad deadline and a league moratorium (out of domain)",
        date(2023, 3, 8),
        "AHMEDABAD, March 8 (Wire) - India must beat Australia in the fourth Test starting on Thursday to be sure "
        "of a place in the World Test Championship final, after a nine-wicket defeat in Indore left the hosts' "
        "campaign hanging on the result.\n\n"
        "India lead the four-match series 2-1. Their captain said the side would not abandon its aggressive "
        "approach and warned that his bowlers would \"come hard\" at the Australian top order on a pitch expected "
        "to turn from the first morning.\n\n"
        "Australia's selectors have until Wednesday evening to confirm their squad with the International Cricket "
        "Council, a deadline complicated by doubts over a fast bowler who fired in a hostile spell in Indore and "
        "passed a fitness test on Tuesday.\n\n"
        "Separately, the Pakistan Cricket Board said it would launch its revamped domestic Twenty20 league in May, "
        "and its chairman said a moratorium on players joining foreign franchise leagues would stay in place until "
        "the end of the season. He accused rival boards of provocation for staging tournaments in the same window "
        "and threatened to boycott a regional event.",
        [],
    ),
    Article(
        "c8 student-loan moratorium, tax deadline and covid tests (out of domain)",
        date(2021, 12, 22),
        "WASHINGTON, Dec 22 (Wire) - The Biden administration on Wednesday extended the moratorium on federal "
        "student-loan repayments for another 90 days, until May 1, citing the economic threat posed by the rapid "
        "spread of the Omicron variant.\n\n"
        "Borrowers had been due to resume payments on Feb. 1 after a freeze that began in March 2020. Lender "
        "groups warned that a further escalation in missed payments was likely once the pause ends, and some "
        "lawmakers called for the suspension to be extended through the end of next year.\n\n"
        "Separately, the Internal Revenue Service reminded small businesses that the deadline to file "
        "fourth-quarter estimated taxes is Jan. 18 and said it would launch a new online portal next month.\n\n"
        "The White House said it would begin shipping 500 million free rapid COVID-19 tests to households in "
        "January, and the Pentagon said it would deploy 1,000 military medical personnel to help overwhelmed "
        "hospitals.",
        [],
    ),
]
