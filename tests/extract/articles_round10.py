"""Round 10 of the challenge articles: 10 fresh articles (eight in the domain, two out of it),
written and labelled after round 9's fixes and run before round 10's: they scored 42/75 required
signals right with 10 false alarms (five in one out-of-domain airline article)."""


from __future__ import annotations

from datetime import date

from tests.extract.article_cases import Article, D, E, M, W, known_gap, named

ROUND10: list[Article] = [
    Article(
        "h1 north korea lofted hwasong-20 icbm, allied atacms reply and nuclear-test speculation",
        date(2026, 10, 29),
        """SEOUL, Oct 29 (Wire) - North Korea test-launched a new solid-fuel intercontinental ballistic missile on Thursday, sending it on a steep trajectory that kept it aloft for nearly 90 minutes before it crashed into the sea west of Japan's Okushiri Island, the South Korean and Japanese governments said.

The missile reached an altitude of more than 7,600 km, Japan's defence ministry said, the highest ever recorded for a North Korean weapon. State media later identified it as the Hwasong-20 and said leader Kim Jong Un had watched the launch with his daughter.

Kim said the test showed the country's resolve to "exponentially expand" its nuclear arsenal and to answer "any reckless provocation" by its enemies with "merciless" force, the Korean Central News Agency reported.

South Korea's Joint Chiefs of Staff called the launch a "grave provocation" and said it had staged a precision-strike drill with U.S. forces in response, firing ATACMS missiles into the East Sea.

It was the North's first ICBM flight in a year. Last October it fired a Hwasong-19 in a similar lofted test, and Pyongyang has launched dozens of short-range ballistic missiles since January, including a salvo of Hwasong-11 missiles on Oct. 2 that Seoul said flew about 350 km.

Analysts said Thursday's launch could be followed by a seventh nuclear test. South Korean intelligence has told lawmakers the tunnels at the Punggye-ri site remain ready "at any time" once Kim gives the order.

Kim's sister, Kim Yo Jong, issued a separate statement warning Washington that its "hostile policy" would only bring "a more miserable future", and ruling out any return to denuclearisation talks.

The U.N. Security Council has banned North Korea from any use of ballistic missile technology, but Russia and China have blocked new sanctions since 2022. Japan lodged a protest through diplomatic channels in Beijing.""",
        expect=[
            (W, "test-launched a new solid-fuel intercontinental ballistic missile on Thursday", {"temporal": "new", "weapon": "icbm", "actor": "PRK"}),
            (W, "The missile reached an altitude of more than 7,600 km", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (E, "resolve to \"exponentially expand\" its nuclear arsenal", {"actor": "PRK"}),
            (E, "answer \"any reckless provocation\" by its enemies with \"merciless\" force", {"actor": "PRK"}),
            (E, "called the launch a \"grave provocation\"", {"actor": "KOR"}),
            (E, "staged a precision-strike drill with U.S. forces in response", {"actor": {"KOR", None}}),
            (W, "firing ATACMS missiles into the East Sea", {"temporal": "new", "weapon": {"srbm", "ballistic_missile", "unspecified"}, "actor": {"KOR", None}}),
            (W, "Last October it fired a Hwasong-19 in a similar lofted test", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "PRK"}),
            (W, "Pyongyang has launched dozens of short-range ballistic missiles since January", {"temporal": "historical", "weapon": "srbm", "actor": "PRK"}),
            (W, "a salvo of Hwasong-11 missiles on Oct. 2", {"temporal": "historical", "weapon": {"srbm", "unspecified"}, "actor": "PRK"}),
            (W, "could be followed by a seventh nuclear test", {"temporal": "prospective", "weapon": "nuclear", "actor": "PRK"}),
            (E, "warning Washington that its \"hostile policy\" would only bring \"a more miserable future\"", {"actor": "PRK"}),
            (E, "ruling out any return to denuclearisation talks", {"actor": "PRK"}),
        ],
        optional=[
            (W, "had watched the launch with his daughter"),
            (W, "Kim said the test showed"),
            (W, "It was the North's first ICBM flight in a year"),
            (W, "the tunnels at the Punggye-ri site remain ready \"at any time\""),
            (E, "the tunnels at the Punggye-ri site remain ready \"at any time\""),
            (M, "banned North Korea from any use of ballistic missile technology"),
            (E, "Russia and China have blocked new sanctions"),
            (E, "Japan lodged a protest"),
        ],
    ),
    Article(
        "h2 iran simorgh carries three satellites a week after irgc hormuz missile drill",
        date(2026, 2, 3),
        """DUBAI, Feb 3 (Wire) - Iran launched a Simorgh satellite carrier from the Imam Khomeini Spaceport in Semnan province on Tuesday, state television said, placing three small satellites into orbit in what Western governments regard as a cover for developing long-range missile technology.

The Defence Ministry, which runs the programme, said the two-stage liquid-fuelled rocket put the satellites into an orbit about 450 km above the Earth. Footage showed the rocket rising through thin cloud from a desert launch pad.

Washington has long said such carriers rely on technology "virtually identical and interchangeable" with that used in intercontinental ballistic missiles. France's foreign ministry said the launch contributed to Iran's ballistic missile programme and called on Tehran to halt all such activity.

The flight came a week after the Revolutionary Guards wrapped up a three-day exercise near the Strait of Hormuz, in which units fired Zolfaghar and Dezful ballistic missiles and Qader anti-ship cruise missiles at targets in the Gulf of Oman.

"Our fingers are on the trigger," a Guards naval commander said at the close of the drill, warning that U.S. and Israeli bases in the region "are all within range of our missiles".

The Guards put Iran's first military satellite into orbit in April 2020 from a desert site in Shahroud, using a rocket they had kept secret until then.

Defence Minister Aziz Nasirzadeh told state media that Tehran would not negotiate over its missile programme and would keep expanding it, adding that a new cruise missile with a range of 2,000 km would be test-fired "in the coming weeks".

The launches were the first since Israeli and U.S. strikes in June last year damaged nuclear and missile facilities across Iran. Tehran insists its space activity is peaceful and says it has the right to develop carriers under international law.""",
        expect=[
            (W, "Iran launched a Simorgh satellite carrier from the Imam Khomeini Spaceport", {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (W, "the two-stage liquid-fuelled rocket put the satellites into an orbit about 450 km above the Earth", {"temporal": "new", "weapon": "space_launch", "actor": "IRN"}),
            (W, "units fired Zolfaghar and Dezful ballistic missiles and Qader anti-ship cruise missiles", {"temporal": "new", "weapon": ["ballistic_missile", "cruise_missile"], "actor": "IRN"}),
            (E, "warning that U.S. and Israeli bases in the region \"are all within range of our missiles\"", {"actor": "IRN"}),
            (W, "The Guards put Iran's first military satellite into orbit in April 2020", {"temporal": "historical", "weapon": "space_launch", "actor": "IRN"}),
            (E, "Tehran would not negotiate over its missile programme and would keep expanding it", {"actor": "IRN"}),
            (W, "a new cruise missile with a range of 2,000 km would be test-fired", {"temporal": "prospective", "weapon": "cruise_missile", "actor": "IRN"}),
            (E, "Israeli and U.S. strikes in June last year", {"actor": None}),
        ],
        optional=[
            (W, "Footage showed the rocket rising"),
            (W, "the launch contributed to Iran's ballistic missile programme"),
            (M, "called on Tehran to halt all such activity"),
            (E, "called on Tehran to halt all such activity"),
            (E, "\"Our fingers are on the trigger,\""),
            (W, "The launches were the first"),
            (W, "develop carriers under international law"),
        ],
    ),
    Article(
        "h3 e3 give iran until may 15 on uranium stockpile; iaea three-week request and us june window",
        date(2026, 4, 14),
        """VIENNA/TEHRAN, April 14 (Wire) - Britain, France and Germany told Iran on Tuesday it has until May 15 to account for its stockpile of highly enriched uranium and let U.N. inspectors back into its bombed enrichment plants, or face a fresh push for penalties at the U.N. Security Council.

The ultimatum, set out in a letter to International Atomic Energy Agency chief Rafael Grossi and seen by Wire, said the three governments would "not hesitate" to seek a Security Council referral if Tehran failed to comply.

Iran's foreign ministry spokesman rejected the demand as "illegal and unacceptable" and said Tehran would not negotiate "under the shadow of threats". Hardline lawmakers went further, tabling a bill that would require the government to quit the Nuclear Non-Proliferation Treaty if the Europeans pressed ahead.

Grossi told reporters the agency needed a full report from Iran on the whereabouts of roughly 440 kg of uranium enriched to 60% "within the next three weeks". The IAEA's 35-nation Board of Governors will take up the issue at its regular meeting in June.

Iran suspended cooperation with the agency in July last year, weeks after Israeli and U.S. strikes on Fordow, Natanz and Isfahan. Iranian officials say no enrichment is currently taking place but insist the country will resume it "as soon as conditions allow".

Washington has set a timeline of its own. A senior U.S. official said the administration would give diplomacy until the end of June before weighing "other options", declining to elaborate.

A previous deadline, set by the three European powers for the end of August last year, passed without agreement and led to the return of U.N. sanctions in late September.

European diplomats said they still hoped for talks before the May cut-off and that the letter was intended to concentrate minds in Tehran rather than to close the door.""",
        expect=[
            (D, "it has until May 15 to account for its stockpile", {"due": "2026-05-15", "set_by": None}),
            (E, "or face a fresh push for penalties at the U.N. Security Council", {"actor": None}),
            (E, "would \"not hesitate\" to seek a Security Council referral", {"actor": None}),
            (E, "rejected the demand as \"illegal and unacceptable\"", {"actor": "IRN"}),
            (E, "Tehran would not negotiate \"under the shadow of threats\"", {"actor": "IRN"}),
            (E, "a bill that would require the government to quit the Nuclear Non-Proliferation Treaty", {"actor": "IRN"}),
            (D, "\"within the next three weeks\"", {"due": "2026-05-05", "set_by": None}),
            (E, "Iran suspended cooperation with the agency in July last year", {"actor": "IRN"}),
            (E, "Israeli and U.S. strikes on Fordow, Natanz and Isfahan", {"actor": None}),
            (E, "the country will resume it \"as soon as conditions allow\"", {"actor": "IRN"}),
            (D, "would give diplomacy until the end of June", {"due": "2026-06-30", "set_by": "USA"}),
            (D, "A previous deadline, set by the three European powers for the end of August last year", {"due": "2025-08-31", "set_by": None}),
        ],
        optional=[
            (D, "The ultimatum, set out in a letter"),
            (E, "The ultimatum, set out in a letter"),
            (D, "if Tehran failed to comply"),
            (E, "before weighing \"other options\""),
            (E, "led to the return of U.N. sanctions in late September"),
            (D, "before the May cut-off"),
            (M, "no enrichment is currently taking place"),
        ],
    ),
    Article(
        "h4 russia fires kinzhal in barents drill, oreshnik on duty in belarus, new start answer sought",
        date(2026, 1, 22),
        """MOSCOW, Jan 22 (Wire) - Russia's Defence Ministry said on Thursday a MiG-31 crew had launched a Kinzhal hypersonic missile at a target range on the Arctic coast during a snap inspection of its strategic forces over the Barents Sea.

The ministry also said an Oreshnik intermediate-range missile system had been placed on combat duty in Belarus, a deployment President Vladimir Putin has presented as a response to what he calls Western "aggression" over Ukraine.

The drills came three months after Putin announced that Russia had completed a final test of the nuclear-powered Burevestnik cruise missile, which he said stayed aloft for 15 hours and covered 14,000 km.

Moscow has repeatedly said it will mirror any American move to resume nuclear testing. Foreign Minister Sergei Lavrov told reporters on Wednesday that Russia would "respond in kind" if Washington carried out an explosive test, and officials have said the Novaya Zemlya range in the Arctic could be readied quickly.

Russia has observed a self-imposed halt on nuclear explosive tests since the Soviet Union's last blast in 1990.

The exercise comes two weeks before New START, the last treaty capping the two countries' deployed strategic arsenals, is due to expire on Feb. 5. Putin offered in September to keep to its central limits for one more year if the United States did the same.

Kremlin spokesman Dmitry Peskov said Moscow needed an answer from Washington "before the treaty lapses" and warned that, without one, Russia would be free to build up its forces as it saw fit.

Western officials said privately the Kinzhal launch was timed as a message to NATO, which is due to begin its annual Steadfast Noon nuclear exercise later in the year. The Pentagon declined to comment.""",
        expect=[
            (W, "a MiG-31 crew had launched a Kinzhal hypersonic missile at a target range on the Arctic coast", {"temporal": "new", "weapon": "hypersonic", "actor": "RUS"}),
            (E, "an Oreshnik intermediate-range missile system had been placed on combat duty in Belarus", {"actor": "RUS"}),
            (W, "Russia had completed a final test of the nuclear-powered Burevestnik cruise missile", {"temporal": "historical", "weapon": "cruise_missile", "actor": "RUS"}),
            (E, "Russia would \"respond in kind\" if Washington carried out an explosive test", {"actor": "RUS"}),
            (M, "Russia has observed a self-imposed halt on nuclear explosive tests since the Soviet Union's last blast in 1990", {"status": "in_force", "scope": ["nuclear"], "actor": "RUS"}),
            (D, "Moscow needed an answer from Washington \"before the treaty lapses\"", {"due": "2026-02-05", "set_by": "RUS"}),
            (E, "Russia would be free to build up its forces as it saw fit", {"actor": "RUS"}),
        ],
        optional=[
            (E, "during a snap inspection of its strategic forces"),
            (E, "what he calls Western \"aggression\" over Ukraine"),
            (W, "stayed aloft for 15 hours and covered 14,000 km"),
            (E, "it will mirror any American move to resume nuclear testing"),
            (W, "any American move to resume nuclear testing"),
            (W, "if Washington carried out an explosive test"),
            (W, "the Novaya Zemlya range in the Arctic could be readied quickly"),
            (W, "the Soviet Union's last blast in 1990"),
            (D, "is due to expire on Feb. 5"),
            (E, "the Kinzhal launch was timed as a message to NATO"),
            (W, "the Kinzhal launch was timed as a message to NATO"),
            (E, "its annual Steadfast Noon nuclear exercise"),
        ],
    ),
    Article(
        "h5 minuteman iii destroyed after anomaly; dark eagle flight and a nevada subcritical shot",
        date(2026, 5, 21),
        """WASHINGTON, May 21 (Wire) - The U.S. Air Force destroyed an unarmed Minuteman III intercontinental ballistic missile over the Pacific Ocean early on Wednesday after an "anomaly" minutes into its flight from Vandenberg Space Force Base in California, Air Force Global Strike Command said.

The missile had been due to carry a single dummy re-entry vehicle some 4,200 miles to the Reagan Test Site at Kwajalein Atoll. A review board would examine telemetry to determine the cause, the command said, adding that test launches are scheduled years in advance and are not a response to world events.

The mishap came a week after the Army and Navy said they had completed an end-to-end flight of the Dark Eagle hypersonic weapon from Cape Canaveral, Florida, clearing the way for the first battery to be declared operational.

In Nevada, the National Nuclear Security Administration said on Tuesday it had carried out a subcritical experiment, code-named "Kestrel", nearly 1,000 feet underground at the Nevada National Security Site. Such experiments use high explosives and small amounts of plutonium but produce no self-sustaining chain reaction.

The agency said the work was consistent with the U.S. moratorium on nuclear explosive testing in place since 1992. Critics noted it followed President Donald Trump's order last October for the Pentagon to begin testing nuclear weapons "on an equal basis" with other countries, although Energy Secretary Chris Wright has said the planned tests would be "noncritical" and involve no explosions.

Kremlin spokesman Dmitry Peskov said Moscow was watching the Nevada experiments closely and would "take mirror measures" if the United States detonated a nuclear device.

Daryl Kimball of the Arms Control Association said the back-to-back events risked feeding suspicion in Moscow and Beijing "at the worst possible moment" for arms control.""",
        expect=[
            (W, "destroyed an unarmed Minuteman III intercontinental ballistic missile over the Pacific Ocean", {"temporal": "new", "weapon": "icbm", "actor": "USA"}),
            (W, "completed an end-to-end flight of the Dark Eagle hypersonic weapon from Cape Canaveral", {"temporal": "new", "weapon": "hypersonic", "actor": "USA"}),
            (M, "the U.S. moratorium on nuclear explosive testing in place since 1992", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (E, "would \"take mirror measures\" if the United States detonated a nuclear device", {"actor": "RUS"}),
        ],
        optional=[
            (W, "The missile had been due to carry a single dummy re-entry vehicle"),
            (W, "test launches are scheduled years in advance"),
            (W, "it had carried out a subcritical experiment"),
            (W, "Such experiments use high explosives"),
            (W, "begin testing nuclear weapons \"on an equal basis\""),
            (E, "begin testing nuclear weapons \"on an equal basis\""),
            (W, "the planned tests would be \"noncritical\" and involve no explosions"),
            (W, "if the United States detonated a nuclear device"),
            (W, "watching the Nevada experiments"),
            (E, "risked feeding suspicion in Moscow and Beijing"),
        ],
    ),
    Article(
        "h6 china icbm with dummy warhead into the pacific as plas drills encircle taiwan",
        date(2025, 11, 12),
        """BEIJING/TAIPEI, Nov 12 (Wire) - China's military said on Wednesday it had fired an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean, only the second publicly announced launch of its kind into international waters in more than four decades.

The People's Liberation Army Rocket Force said the missile fell into "predetermined sea areas" at 8:44 a.m. Beijing time. It described the launch as routine annual training that was "not directed at any country or target".

Japan said it had received no advance notice. Australia and New Zealand called the flight "unwelcome and concerning".

The launch coincided with the second day of large-scale drills around Taiwan, codenamed "Joint Sword-2025C", in which the Eastern Theater Command said its forces rehearsed blockading the island's main ports and striking "key targets". Beijing described the exercises as "a stern warning to separatist forces" and to what it called foreign interference.

Taiwan's defence ministry said it had tracked 71 Chinese aircraft and 24 warships, and that PLA ground units fired long-range multiple rocket launchers into waters off the island's southwest. It condemned the drills as "irrational provocation" and said it had put its forces on heightened alert.

The Pentagon estimates that China now has more than 600 operational nuclear warheads and could pass 1,000 by 2030, though Beijing says it maintains its arsenal "at the minimum level" needed for national security and has pledged never to be the first to use nuclear weapons.

Before a similar launch in September 2024, China had last fired a full-range ICBM into the Pacific in 1980, when a Dongfeng-5 flew toward the South Pacific, analysts said.""",
        expect=[
            (W, "it had fired an intercontinental ballistic missile carrying a dummy warhead into the Pacific Ocean", {"temporal": "new", "weapon": "icbm", "actor": "CHN"}),
            (W, "the missile fell into \"predetermined sea areas\"", {"temporal": "new", "weapon": {"icbm", "unspecified"}, "actor": "CHN"}),
            (E, "rehearsed blockading the island's main ports and striking \"key targets\"", {"actor": "CHN"}),
            (E, "\"a stern warning to separatist forces\"", {"actor": "CHN"}),
            (W, "PLA ground units fired long-range multiple rocket launchers into waters off the island's southwest", {"temporal": "new", "weapon": "rocket_artillery", "actor": "CHN"}),
            (E, "condemned the drills as \"irrational provocation\"", {"actor": "TWN"}),
            (W, "a similar launch in September 2024", {"temporal": "historical", "weapon": {"icbm", "unspecified"}, "actor": "CHN"}),
            (W, "China had last fired a full-range ICBM into the Pacific in 1980", {"temporal": "historical", "weapon": "icbm", "actor": "CHN"}),
        ],
        optional=[
            (W, "only the second publicly announced launch of its kind"),
            (E, "Japan said it had received no advance notice"),
            (E, "called the flight \"unwelcome and concerning\""),
            (W, "called the flight \"unwelcome and concerning\""),
            (E, "large-scale drills around Taiwan"),
            (E, "foreign interference"),
            (E, "put its forces on heightened alert"),
            (E, "China now has more than 600 operational nuclear warheads and could pass 1,000 by 2030"),
            (W, "a Dongfeng-5 flew toward the South Pacific"),
        ],
    ),
    Article(
        "h7 india flies agni-5 with mirvs as pakistan test-fires fatah-4 cruise missile",
        date(2025, 8, 20),
        """NEW DELHI/ISLAMABAD, Aug 20 (Wire) - India on Wednesday successfully flight-tested an Agni-5 intermediate-range ballistic missile carrying multiple independently targetable re-entry vehicles from APJ Abdul Kalam Island off the coast of Odisha, the Defence Research and Development Organisation said.

Radar and telemetry stations tracked the warheads to separate impact points in the Bay of Bengal, the agency said. Defence Minister Rajnath Singh said the test "significantly strengthens" India's credible minimum deterrence.

A day earlier, Pakistan's military said it had conducted a training launch of the ground-launched Fatah-4 cruise missile, which it said has a range of 750 km and can evade missile defences. The military's media wing said the launch was meant to validate the operational readiness of troops and that the armed forces stood ready "to thwart any misadventure" by the adversary.

Officials on both sides played down any link between the two launches. India informed Pakistan of the Agni-5 flight under a 2005 agreement that requires three days' notice before flight tests of ballistic missiles, an official said. Cruise missiles are not covered by the pact.

The back-to-back tests come three months after the nuclear-armed rivals fought their heaviest clashes in decades, trading missile, drone and artillery strikes for four days in May before agreeing to a ceasefire.

Indian army chief Gen. Upendra Dwivedi warned last week that Pakistan would "pay a heavy price" for any future cross-border attack.

Both countries have observed unilateral moratoriums on nuclear explosive testing since their tit-for-tat tests in May 1998, and neither has signed the Comprehensive Nuclear-Test-Ban Treaty.""",
        expect=[
            (W, "successfully flight-tested an Agni-5 intermediate-range ballistic missile", {"temporal": "new", "weapon": "irbm", "actor": "IND"}),
            (E, "the test \"significantly strengthens\" India's credible minimum deterrence", {"actor": "IND"}),
            (W, "it had conducted a training launch of the ground-launched Fatah-4 cruise missile", {"temporal": "new", "weapon": "cruise_missile", "actor": "PAK"}),
            (E, "the armed forces stood ready \"to thwart any misadventure\" by the adversary", {"actor": "PAK"}),
            (E, "trading missile, drone and artillery strikes for four days in May", {"actor": None}),
            (E, "Pakistan would \"pay a heavy price\" for any future cross-border attack", {"actor": "IND"}),
            (M, "Both countries have observed unilateral moratoriums on nuclear explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": None}),
            (W, "their tit-for-tat tests in May 1998", {"temporal": "historical", "weapon": {"nuclear", "unspecified"}, "actor": None}),
        ],
        optional=[
            (W, "Radar and telemetry stations tracked the warheads"),
            (W, "the launch was meant to validate the operational readiness"),
            (W, "India informed Pakistan of the Agni-5 flight"),
            (D, "requires three days' notice before flight tests of ballistic missiles"),
            (W, "flight tests of ballistic missiles"),
            (W, "The back-to-back tests"),
            (E, "fought their heaviest clashes in decades"),
            (M, "neither has signed the Comprehensive Nuclear-Test-Ban Treaty"),
        ],
    ),
    Article(
        "h8 npt review conference: binding test halts, fissile cut-off moratoria and lop nur accusations",
        date(2026, 5, 8),
        """NEW YORK, May 8 (Wire) - A group of 42 non-nuclear-weapon states on Friday urged the five recognised nuclear powers to turn their voluntary halts on nuclear explosive testing into legally binding commitments, as the review conference of the Nuclear Non-Proliferation Treaty entered its second week.

The working paper, presented by Mexico on behalf of the group, also called on all states that produce fissile material for weapons to declare a moratorium on that production pending a treaty banning it. The United States, Russia, Britain and France have announced such production moratoriums; China has never formally done so, although U.S. officials believe it stopped making weapons-grade material decades ago.

The U.S. delegate told the conference that Washington "continues to observe" its moratorium on explosive testing, but said it would carry out "system tests" of weapons components. She accused China of preparing its Lop Nur test site for a possible resumption of explosive testing.

China's envoy dismissed the claim as a "groundless smear" and said Beijing had "strictly honoured" its commitment to a testing moratorium since 1996.

Russia's representative said Moscow would keep its own moratorium only as long as no other state broke ranks, and recalled President Vladimir Putin's instruction to draw up proposals for a possible test at Novaya Zemlya. Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023.

India, which has never joined the NPT, says its 1998 moratorium remains in force.

North Korea, the only state to have tested a nuclear weapon this century, scrapped its self-declared halt on long-range launches in 2022 and has since fired more than a dozen ICBMs.

Diplomats said agreement on a consensus final document, which needs the backing of all parties by the close of the conference on May 22, looked unlikely for a third successive review cycle.""",
        expect=[
            (M, "turn their voluntary halts on nuclear explosive testing into legally binding commitments", {"status": {"in_force", "called_for"}, "scope": ["nuclear"], "actor": None}),
            (M, "called on all states that produce fissile material for weapons to declare a moratorium on that production", {"status": "called_for", "scope": ["other"], "actor": None}),
            (M, "The United States, Russia, Britain and France have announced such production moratoriums", {"status": "in_force", "scope": ["other"], "actor": None}),
            (M, "Washington \"continues to observe\" its moratorium on explosive testing", {"status": "in_force", "scope": ["nuclear"], "actor": "USA"}),
            (E, "accused China of preparing its Lop Nur test site for a possible resumption of explosive testing", {"actor": "USA"}),
            (W, "a possible resumption of explosive testing", {"temporal": "prospective", "weapon": "nuclear", "actor": "CHN"}),
            (M, "Beijing had \"strictly honoured\" its commitment to a testing moratorium since 1996", {"status": "in_force", "scope": ["nuclear"], "actor": "CHN"}),
            (M, "Moscow would keep its own moratorium only as long as no other state broke ranks", {"status": "threatened", "scope": ["nuclear"], "actor": "RUS"}),
            (E, "Moscow would keep its own moratorium only as long as no other state broke ranks", {"actor": "RUS"}),
            (W, "proposals for a possible test at Novaya Zemlya", {"temporal": "prospective", "weapon": {"nuclear", "unspecified"}, "actor": "RUS"}),
            (E, "Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023", {"actor": "RUS"}),
            (M, "its 1998 moratorium remains in force", {"status": "in_force", "scope": ["nuclear"], "actor": "IND"}),
            (W, "the only state to have tested a nuclear weapon this century", {"temporal": "historical", "weapon": "nuclear", "actor": "PRK"}),
            (M, "scrapped its self-declared halt on long-range launches in 2022", {"status": "ended", "actor": "PRK"}),
            (W, "has since fired more than a dozen ICBMs", {"temporal": "historical", "weapon": "icbm", "actor": "PRK"}),
        ],
        optional=[
            (M, "China has never formally done so"),
            (M, "it stopped making weapons-grade material decades ago"),
            (W, "it would carry out \"system tests\" of weapons components"),
            (E, "dismissed the claim as a \"groundless smear\""),
            (E, "Putin's instruction to draw up proposals"),
            (M, "a treaty banning it"),
            (D, "by the close of the conference on May 22"),
        ],
    ),
    Article(
        "h9 distractor: peru gold-permit moratorium, miners' friday ultimatum, tailings stress test",
        date(2024, 10, 16),
        """LIMA, Oct 16 (Wire) - Peru's Congress on Wednesday extended a moratorium on new small-scale gold mining permits in the Amazon region of Madre de Dios for another two years, as the country's largest federation of informal miners gave the government until Friday to scrap a crackdown on unregistered pits or face a nationwide road blockade.

Federation president Maximo Franco said the ultimatum was final and warned that protests would escalate "region by region" if police raids continued. Tensions escalated last week in Arequipa, where two officers were injured and a dozen miners detained during clashes at a highway checkpoint.

Police said they had detonated about three tonnes of dynamite seized from illegal camps along the Inambari river, and that a helicopter unit had fired warning shots during one raid. Prosecutors have launched 40 investigations into the sale of explosives to unlicensed operators.

The Energy and Mines Ministry said it would require stress tests of 14 tailings dams in the south by the end of the year, after a dam breach in Ayacucho in August sent sludge into a river. It also began test flights of drones to map clandestine pits in protected forest.

Environmental groups welcomed the permit freeze but said the government's enforcement had been "a war of attrition the state keeps losing". Mining accounts for about 60% of Peru's exports, and gold prices hit a record this month.""",
        expect=[],
        optional=[],
    ),
    Article(
        "h10 distractor: airline fee ultimatum, pilots' midnight strike deadline, night-flight freeze",
        date(2023, 9, 7),
        """OSLO, Sept 7 (Wire) - Nordic carrier Fjordair gave the operator of Oslo Gardermoen airport until Sept. 30 to cut passenger charges by a fifth or lose 12 of the airline's routes, an ultimatum its chief executive called "the nuclear option" in a dispute that has dragged on for months.

The escalation follows a 9% rise in fees this year and comes as Fjordair's pilots' union threatened to walk out at midnight unless management improved its pay offer. The union said members would strike from Friday if no deal was reached, grounding up to 180 flights a day.

The airline has also asked the government to lift a moratorium on night flights at two regional airports, which it says costs it revenue on holiday charters. The transport ministry said it would review the freeze next year.

Fjordair last month launched three new routes to southern Europe and is running test flights of its first Airbus A321neo, which is due to enter service in November. Its engines passed a final ground test in Hamburg last week.

The airline's previous chief executive was fired in February after a string of delays, and shares have fallen 18% since. Analysts said the dispute with the airport risked a price escalation for travellers over the winter.""",
        expect=[],
        optional=[],
    ),
]


# Known gaps left after round 10's fixes: (article name prefix, kind, phrase, attrs still checked,
# or None when the mention is not found at all and stays only as an optional one).
_KNOWN_GAPS: list[tuple[str, str, str, dict | None]] = [
    ("h1 ", W, "The missile reached an altitude of more than 7,600 km", None),  # a launch described after its report
    ("h1 ", W, "firing ATACMS missiles into the East Sea", None),  # a gerund firing after a comma
    ("h2 ", W, "the two-stage liquid-fuelled rocket put the satellites into an orbit about 450 km above the Earth", None),
    ("h3 ", E, "a bill that would require the government to quit the Nuclear Non-Proliferation Treaty", {}),  # actor IRN, read None
    ("h5 ", W, "destroyed an unarmed Minuteman III intercontinental ballistic missile over the Pacific Ocean", None),
    ("h5 ", W, "completed an end-to-end flight of the Dark Eagle hypersonic weapon from Cape Canaveral", None),
    ("h6 ", W, "the missile fell into \"predetermined sea areas\"", None),
    ("h8 ", M, "called on all states that produce fissile material for weapons to declare a moratorium on that production", None),
    ("h8 ", M, "The United States, Russia, Britain and France have announced such production moratoriums", {"status": "in_force"}),  # scope other and actor None, read nuclear and FRA
    ("h8 ", M, "Moscow would keep its own moratorium only as long as no other state broke ranks", None),
    ("h8 ", E, "Moscow would keep its own moratorium only as long as no other state broke ranks", None),
    ("h8 ", W, "proposals for a possible test at Novaya Zemlya", None),
    ("h8 ", W, "has since fired more than a dozen ICBMs", None),
]
for _prefix, _kind, _phrase, _attrs in _KNOWN_GAPS:
    known_gap(named(ROUND10, _prefix), _kind, _phrase, _attrs)
