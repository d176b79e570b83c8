"""The article gate and its digest fallback: a round-up of unrelated briefs that fails the gate
as a whole still speaks through an item that is about weapons, and only through it."""

from datetime import date

import pytest

from streams.extract import extract
from streams.extract.document import Document
from tests.extract.article_cases import Article, problems

PUBLISHED = date(2026, 4, 8)

MARKETS = (
    "BUSINESS: Shares of regional banks fell after the central bank said two lenders failed "
    "the adverse scenario of its annual stress test. The regulator gave the banks until the end "
    "of June to submit new capital plans, and analysts said rate cuts were now less likely."
)
SPORT = (
    "CRICKET: Australia's fast bowlers dismissed the visitors for 143 on the opening day of the "
    "third Test in Perth. The hosts lead the series 2-0, and the fourth Test starts next week."
)
RENT = (
    "HOUSING: The city council voted to extend its eviction moratorium for tenants behind on "
    "rent until the end of the month, and landlords said the dispute would escalate in court."
)
MISSILE = (
    "ASIA: Pakistan on Tuesday test-fired a Shaheen-III ballistic missile from a site in the "
    "Arabian Sea region, the military said. The nuclear-capable missile flew about 2,700 km, "
    "and the launch was watched by senior army commanders."
)


def digest(*items: str) -> str:
    return "WORLD BRIEFING -- Wednesday\n\n" + "\n\n".join(items)


def test_a_digest_item_about_a_missile_test_is_read() -> None:
    text = digest(MARKETS, SPORT, MISSILE, RENT)
    found = extract(text, published=PUBLISHED)
    tests = [m for m in found if m.kind == "weapons_test"]
    assert tests and all(text.index(MISSILE) <= m.start < text.index(MISSILE) + len(MISSILE) for m in tests)
    assert tests[0].attrs["actor"] == "PAK" and tests[0].attrs["temporal"] == "new"


def test_the_other_items_of_a_digest_stay_silent() -> None:
    text = digest(MARKETS, SPORT, MISSILE, RENT)
    found = extract(text, published=PUBLISHED)
    outside = [m for m in found if not text.index(MISSILE) <= m.start < text.index(MISSILE) + len(MISSILE)]
    assert outside == []  # no stress test, cricket Test, bank deadline or eviction moratorium


def test_a_digest_without_a_weapons_item_yields_nothing() -> None:
    text = digest(MARKETS, SPORT, RENT)
    assert Document(text, PUBLISHED).items == []
    assert extract(text, published=PUBLISHED) == []


def test_an_item_with_a_distractor_or_a_single_sentence_is_no_digest_item() -> None:
    one_line = "ASIA: Pakistan test-fired a nuclear-capable Shaheen-III ballistic missile, the military said."
    mixed = MISSILE.replace("senior army commanders", "bank executives weighing a stress test of their lenders")
    for item in (one_line, mixed):
        doc = Document(digest(MARKETS, SPORT, item, RENT), PUBLISHED)
        assert doc.items == [] and not doc.in_domain


def test_an_article_that_passes_the_gate_has_no_items_and_reads_everywhere() -> None:
    doc = Document(MISSILE + "\n" + SPORT, PUBLISHED)
    assert doc.in_domain and doc.items is None
    assert doc.in_items(len(MISSILE) + 5)


REACTOR_BILL = (
    "Lawmakers vote to lift the freeze on atomic plant construction\n\n"
    "A measure scrapping the state's decades-old freeze on constructing nuclear reactors cleared a final "
    "vote in the state senate and now heads to the governor's desk. Its sponsor noted that the existing "
    "nuclear fleet already supplies carbon-free power to millions of homes. Lifting the freeze lets local "
    "utilities bid for federal money to build small modular reactors, she told state lawmakers. "
    "Supporters say nuclear is the cheapest route to a clean energy grid, the state senator added."
)


def test_an_article_about_a_moratorium_on_nuclear_power_reactors_is_off_domain() -> None:
    doc = Document(REACTOR_BILL, PUBLISHED)
    assert not doc.in_domain
    assert extract(REACTOR_BILL, published=PUBLISHED) == []


def test_a_weapons_article_that_mentions_reactors_still_passes() -> None:
    text = (
        "North Korea test-fired two ballistic missiles into the sea on Tuesday, the South Korean military said. "
        "The launch came days after satellite images showed new activity at the nuclear reactors of the "
        "Yongbyon complex, which produce plutonium for the country's nuclear weapons. Pyongyang warned it "
        "would respond with force to the allies' drills."
    )
    assert Document(text, PUBLISHED).in_domain
    kinds = {m.kind for m in extract(text, published=PUBLISHED)}
    assert {"weapons_test", "escalation"} <= kinds


def test_a_game_idiom_is_no_sports_distractor() -> None:
    text = (
        "North Korea fired a ballistic missile on Monday. "
        "Officials said a solid-fuel missile is a whole new ball game for regional defences. "
        "Seoul said the game-changer would test its interceptors."
    )
    doc = Document(text, date(2024, 1, 8))
    assert all(doc.sentence_in_domain(i) for i in range(len(doc.sentences)))


def test_a_tie_between_cue_and_distractor_goes_to_a_sentence_naming_a_state() -> None:
    # "missile" (a cue) against "nuclear reactors" (a distractor): in an in-domain article a state settles it
    text = (
        "North Korea fired a ballistic missile over the sea on Tuesday, the South Korean military said. "
        "Japan used the missile launch to warn that Tokyo would cut funds promised for nuclear reactors in the North."
    )
    doc = Document(text, PUBLISHED)
    assert doc.in_domain and doc.sentence_in_domain(1)
    off_domain = "Shares fell after the missile scare, and funds for nuclear reactors were cut, the company said."
    assert not Document(off_domain, PUBLISHED).sentence_in_domain(0)


def test_inf_and_anti_satellite_words_are_domain_cues() -> None:
    inf = "Russia has 60 days to return to INF compliance, the State Department said."
    assert Document(inf, PUBLISHED).in_domain
    assert [m.kind for m in extract(inf, published=PUBLISHED)] == ["deadline"]
    asat = "Washington urged other nations to forgo destructive ASAT tests. The debris endangers anti-satellite monitoring."
    assert Document(asat, PUBLISHED).in_domain


def test_a_war_ultimatum_told_in_trade_words_passes_the_gate() -> None:
    # tariffs are a trade distractor, but a peace deal, secondary tariffs and rocket attacks put the story in a war
    text = (
        "The White House told the Kremlin it had until September to accept a peace deal over Ukraine.\n"
        "Otherwise, the president said, buyers of Russian crude would face secondary tariffs of up to 100 percent.\n"
        "He added that a fresh rocket attack on a hospital had made him doubt any peace deal was near.\n"
        "Higher tariffs on imports were also on the table, aides said."
    )
    assert Document(text, PUBLISHED).in_domain


def test_a_tariff_story_without_war_words_stays_off_domain() -> None:
    text = (
        "The administration raised tariffs on imported steel to 50 percent on Monday.\n"
        "Car makers said the tariffs would push up prices, and importers braced for a slow quarter.\n"
        "Retail groups asked for a deal before the holiday season."
    )
    assert not Document(text, PUBLISHED).in_domain
    assert extract(text, published=PUBLISHED) == []


# Paraphrase round 12: off-domain look-alikes of escalation (a hostile takeover, a price
# escalation clause, a threat in cybersecurity or weather, a school drill), written for these tests.
_PARA12_OFF_DOMAIN = [
    Article("n05-corporate-escalation", date(2025, 2, 4),
        "The airline said the complaint had been escalated to senior management and a refund would follow within days.",
        []),
    Article("n06-sports-threat", date(2025, 3, 15),
        "The Arsenal striker posed a constant threat and the visitors' defence came under heavy fire in the second half.",
        []),
    Article("n07-price-escalation", date(2024, 9, 9),
        "The contractor invoked a price escalation clause after steel and cement costs rose by a fifth.",
        []),
    Article("n08-cyber-threat", date(2025, 1, 20),
        "Security researchers said a new ransomware strain was the biggest threat to hospitals this year and urged patches.",
        []),
    Article("n09-weather-threat", date(2024, 8, 28),
        "Forecasters warned that the typhoon posed a serious threat to the coast and ordered fishing boats back to port.",
        []),
    Article("n10-school-drill", date(2025, 9, 3),
        "Pupils at a Seoul primary school took part in an earthquake evacuation drill on Wednesday morning.",
        []),
    Article("n13-strike-labour", date(2025, 6, 5),
        "Dock workers went on strike at three ports, and the union warned of a long fight over pay.",
        []),
    Article("n14-fire-sale", date(2024, 11, 2),
        "The retailer launched a fire sale and said rivals would pay a heavy price in the price war.",
        []),
    Article("n15-election-attack", date(2024, 10, 15),
        "The candidate launched a blistering attack on his rival's tax plan during the televised debate.",
        []),
    Article("n16-missile-museum", date(2023, 5, 20),
        "Visitors to the war museum in Pyongyang can see captured American vehicles from the 1950s.",
        []),
    Article("n17-hostile-takeover", date(2025, 8, 11),
        "The board rejected the hostile takeover bid and said shareholders would be better served by the merger.",
        []),
    Article("n18-drill-oil", date(2024, 7, 30),
        "The energy company said it would drill two new wells in the North Sea next year.",
        []),
]


@pytest.mark.parametrize("article", _PARA12_OFF_DOMAIN, ids=lambda a: a.name)
def test_para12_off_domain_lookalikes_are_silent(article: Article) -> None:
    assert problems(article) == []


def test_an_open_skies_treaty_story_passes_the_gate() -> None:
    text = (
        "The State Department said Washington would leave the Treaty on Open Skies after the notice period. "
        "The Open Skies Treaty lets its members fly unarmed observation flights over each other. "
        "Officials said the decision could be reversed if Moscow complied."
    )
    assert Document(text, PUBLISHED).in_domain


def test_an_airline_open_skies_deal_stays_off_domain() -> None:
    text = (
        "The two governments signed an open skies agreement for airlines on Monday. "
        "Carriers will be able to add routes, and fares are expected to fall. "
        "The budget airline said it would order new planes."
    )
    assert not Document(text, PUBLISHED).in_domain


@pytest.mark.parametrize(
    "text",
    [
        "Moscow notified the depositaries that it was leaving the Open Skies Treaty. Officials said it could still return.",
        "Washington could walk away from the Vienna talks on Friday. A reply on uranium is due from Tehran.",
        '"The enemy will regret every step," Brigadier General Ali Hajizadeh told a crowd in the capital.',
    ],
)
def test_para16_short_threat_paragraphs_pass_the_gate(text: str) -> None:
    assert Document(text, PUBLISHED).in_domain


def test_para16_a_labour_dispute_at_an_arms_yard_raises_no_escalation() -> None:
    text = (
        "The union threatened to escalate strike action at the shipyard next month. "
        "Members rejected the pay claim, and shop stewards called a vote on industrial action."
    )
    assert [m for m in extract(text, published=PUBLISHED) if m.kind == "escalation"] == []


@pytest.mark.parametrize(
    "text",
    [
        # threat words are escalation cues, not gate cues: sport, politics and markets stay off domain
        ("The league leaders swept aside the promoted side with overwhelming force last weekend. "
        "Their coach vowed a merciless response to the pundits who had written the team off."),
        ("Lieutenant General Tom Reyes, now chairman of the port authority, promised a befitting reply "
        "to shippers upset by the queues. He said the authority expects new cranes by autumn."),
        ("The challenger predicted the complete obliteration of the champion at the arena. The promoter "
        "said tickets for the rematch would go on sale next month."),
        ("The lender's American depositary shares slid after the results, the depositary bank said. "
        "Traders expect a merciless response from bond markets if profits miss again."),
        ("Two aircraft carriers drew long queues of visitors at the harbour festival. The organisers "
        "said the fireworks would start at nine."),
        ("Police Major General Anan Srisuk, who leads the traffic bureau, said new cameras go live next "
        "week. Police Lieutenant General Wit Chai praised the drivers who obeyed the new limits."),
    ],
)
def test_threat_words_ranks_and_ships_alone_do_not_pass_the_gate(text: str) -> None:
    assert not Document(text, PUBLISHED).in_domain
    assert not [m for m in extract(text, published=PUBLISHED) if m.kind == "escalation"]


def test_treaty_depositaries_and_navy_ship_prefixes_are_domain_cues() -> None:
    treaty = (
        "Belarus formally notified the depositaries of its exit from the Open Skies Treaty. "
        "Officials in Minsk said the decision could still be revisited."
    )
    ship = (
        "North Korea's defence ministry warned of a merciless response. The threat came as the USS "
        "Carl Vinson docked in the southern port of Busan."
    )
    assert Document(treaty, PUBLISHED).in_domain
    assert Document(ship, PUBLISHED).in_domain
    assert [m for m in extract(ship, published=PUBLISHED) if m.kind == "escalation"]


def test_a_state_or_ground_assault_is_a_domain_cue_but_a_bare_assault_is_not() -> None:
    military = (
        "Officials feared a Russian assault on the port within days. "
        "Kyiv said new sanctions on Moscow were overdue."
    )
    sport = (
        "The hosts mounted a late assault on the visitors' goal. "
        "The striker said the club would appeal the red card."
    )
    assert Document(military, PUBLISHED).in_domain
    assert not Document(sport, PUBLISHED).in_domain


@pytest.mark.parametrize(
    "text",
    [
        "Unions called a major general strike for Monday. The vice admiral of the sailing club resigned over the row.",
        "The ruling bloc won a major general election on Sunday. Its leader promised a merciless response to critics.",
        "The Vice Admiral of the regatta thanked the crews. A lieutenant general manager of the port spoke next.",
    ],
)
def test_a_rank_counts_only_as_a_capitalised_title_before_a_name(text: str) -> None:
    document = Document(text, PUBLISHED)
    assert not document.in_domain
    assert extract(text, published=PUBLISHED) == []


def test_a_rank_before_a_name_still_counts_as_a_domain_cue() -> None:
    text = "Lieutenant General Omar Haddad inspected the border units. Artillery crews were put on alert."
    assert Document(text, PUBLISHED)._cues_per_sentence[0][0] >= 1


@pytest.mark.parametrize(
    "text",
    [
        "The colliery owner said a second underground blast had left four diggers dead in the shaft.",
        "Rescuers pulled eleven miners from the coal mine after a methane explosion on Sunday.",
        "A gas explosion at the copper mine trapped workers underground, the mining company said.",
    ],
)
def test_a_mining_blast_is_no_weapons_test(text: str) -> None:
    assert [m for m in extract(text, published=PUBLISHED) if m.kind == "weapons_test"] == []


def test_a_nuclear_blast_underground_is_still_a_weapons_test() -> None:
    text = "Pyongyang set off an underground nuclear explosion at its northern test site, the agency said."
    assert [m for m in extract(text, published=PUBLISHED) if m.kind == "weapons_test"]


@pytest.mark.parametrize(
    "text",
    [
        # two-sentence items with one weapons word: the alliance or an arms-control term is the second cue
        "Washington told NATO allies it would leave the missile pact unless Moscow complied. The Kremlin called the move blackmail.",
        "The pact lets members make observation flights over each other's missile bases. Moscow said it would stop taking part.",
        "Inspectors asked about uranium found at undeclared sites. Tehran refused to answer.",
    ],
)
def test_an_alliance_or_arms_control_term_counts_for_the_article_gate(text: str) -> None:
    assert Document(text, PUBLISHED).in_domain


@pytest.mark.parametrize(
    "text",
    [
        "A bombing at a bus station wounded nine people, police said. The mayor promised the attackers would be caught.",
        "Villagers said the new gold mine had polluted the river. The company denied it.",
    ],
)
def test_a_street_bombing_or_a_mine_is_no_military_story(text: str) -> None:
    assert not Document(text, PUBLISHED).in_domain


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang said it would never again sit down at the six-party talks.",
        "Tehran said it would go past the stockpile limit on Sunday.",
    ],
)
def test_six_party_talks_and_a_stockpile_limit_are_in_domain(text: str) -> None:
    doc = Document(text, PUBLISHED)
    assert doc.in_domain and doc.sentence_in_domain(0)
