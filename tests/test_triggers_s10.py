"""Recall of happenings a CAMEO coder codes that the lexicon missed (event_triggers.csv rows, the
`source_sector:` condition and the `authorize` cue of session 10): money given by states and international
bodies (071, 033), economic sanctions, tariffs and boycotts eased (085), criminal sites dismantled and police
raids (171, the site's operator the target), impeachments (172), lobbying (021, 020), investigators called in
(020), rulings appealed (115 against the ruling's author), an act approved or authorised by its doer ("a court
approved the extradition" 174), optimism and pessimism about a named party (013, 012), a party said to be
obliged to act ("said Sudan must return", 100 to Sudan; the `caux:` condition), a warning that another party
might act (012 about it), a state refusing refugees (120), peacekeepers arriving (074), borders opened to
refugees (075), a protest's doer in a participle's by-phrase ("protests led by Capriles"), aid released (070).
Each has a real use and a use of the same word that is no such event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, event_codes
from newsevents import ArticleResult
from newsevents.errors import DataError
from newsevents.events.lexicon import _our_conditions, default_lexicon

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # 071: money given by a state or an international body to a party
    ("Germany provided 6.3 million euros to the Palestinian Authority.", "071", "DEU", "PSE"),
    ("The European Union gave 20 million euros to Yemen.", "071", "IGO", "YEM"),
    ("TOKYO - Japan extended a 500 million dlr loan to Mexico.", "071", "JPN", "MEX"),
    # 085: a boycott lifted, tariffs cut on a party's goods
    ("WASHINGTON - The United States lifted its boycott of Libyan oil on Monday.", "085", "USA", "LBY"),
    ("TOKYO - Japan cut tariffs on American farm goods.", "085", "JPN", "USA"),
    # 171: criminal sites dismantled, the site's operator the target; a police raid on offices or homes
    ("PROVIDENCE - Police in Providence dismantled three brothels run by the Gulf Cartel on Friday.", "171",
     "USACOP", "MEXCRM"),
    ("CULIACAN - Mexican soldiers dismantled a cocaine laboratory operated by the Sinaloa Cartel.", "171", "MEXMIL",
     "MEXCRM"),
    ("BUENOS AIRES - Argentine police raided the homes of Sinaloa Cartel members.", "171", "ARGCOP", "MEXCRM"),
    ("BOGOTA - Colombian police raids on the homes of Urabenos leaders continued on Monday.", "171", "COLCOP",
     "COLCRM"),
    # 172: an office holder impeached
    ("ASUNCION - Paraguay's Congress impeached President Fernando Lugo on Friday.", "172", "PRYLEG", "PRYGOV"),
    # 021: lobbying a state for aid
    ("GUATEMALA CITY - Guatemalan President Otto Perez will lobby the United States for military aid.", "021",
     "GTMGOV", "USA"),
    # 020: prosecutors called in to act
    ("The Mexican governor called in federal prosecutors to investigate the murders.", "020", "MEX", ""),
    # 115: a court's ruling appealed, the court the target
    ("TEGUCIGALPA - Honduras's Public Ministry appealed the Supreme Court's ruling.", "115", "HND", "HNDJUD"),
    # 174: an extradition approved by a court is the court's
    ("THE HAGUE - A Dutch court on Thursday approved the extradition of a Moroccan militant to France.", "174",
     "NLDJUD", "MAR"),
    # 100: a party said to be obliged to act is demanded to
    ("Russia said on Tuesday that Sudan must return the helicopter captured last week.", "100", "RUS", "SDN"),
    ("Russia says Israel must end attacks on Syria.", "100", "RUS", "ISR"),
    # 012: a warning that another party might act is a pessimistic comment about it, not a threat
    ("The Colombian army warned that the FARC might attack the town.", "012", "COLMIL", "COLREB"),
    ("The United States warned that Iran may resume enrichment.", "012", "USA", "IRN"),
    # 130: a warning to an addressee of the speaker's own act stays a threat
    ("The Colombian army warned the FARC rebels that it would attack the town.", "130", "COLMIL", "COLREB"),
    # 120: a state saying it will not accept refugees rejects them
    ("Bangladesh says it will not accept any Rohingya refugees fleeing Myanmar.", "120", "BGD", ""),
    # 074: peacekeepers arriving in a country; 075: borders opened to refugees
    ("Some 163 Chinese peacekeepers arrived in South Sudan on Thursday.", "074", "CHN", "SSD"),
    ("Croatia has opened its borders to refugees from Serbia.", "075", "HRV", "SRB"),
    # 057: an agreement signed between two sides; 090: an enquiry ordered; 084: a pardon releases
    ("A cooperation agreement was signed between Bolivia and the United States on Monday.", "057", "BOL", "USA"),
    ("The Pakistani Commerce Ministry ordered an enquiry into tea imports from Kenya.", "090", "PAKGOV", ""),
    ("Peruvian President Pedro Pablo Kuczynski pardoned former president Alberto Fujimori on Sunday.", "084",
     "PERGOV", "PER"),
    # 057: two states entering into an agreement; 173: a criminal network's dismantling
    ("Bolivia and Brazil will enter into a bilateral agreement later this month.", "057", "BOL", "BRA"),
    ("Colombian police announced the dismantling of an extortion network in Cali.", "173", "COLCOP", ""),
    # 090: a review of a party's programme launched; 111: taking issue with a party's report
    ("Congress launched a review of the U.S. Agriculture Department's certificate program.", "090", "USALEG",
     "USAGOV"),
    ("The U.S. Agriculture Department took issue with the General Accounting Office's report.", "111", "USAGOV",
     "USAGOV"),
    # 070/072: aid or funds released to a party are aid, not persons freed; prisoners released stay 084
    ("The United States released $50 million in aid to Jordan.", "070", "USA", "JOR"),
    ("Secretary of State Mike Pompeo has authorized the release of $1.2 billion in U.S. military assistance to "
     "Egypt.", "072", "USAGOV", ""),
    ("Venezuela released the two American prisoners on Monday.", "084", "VEN", "USA"),
    # 141: a protest's doer named by the participle on it
    ("Thousands marched in Caracas in protests led by opposition leader Henrique Capriles.", "141", "VENOPP", ""),
    ("The protests, organized by the Venezuelan opposition, drew thousands in Caracas.", "141", "VENOPP", ""),
    # 043: a host receives a coded guest
    ("Chinese President Xi Jinping received the Russian foreign minister in Beijing.", "043", "CHNGOV", "RUSGOV"),
    # 012: pessimism about a named party
    ("BEIJING - China expressed pessimism about the North Korean government's intentions.", "012", "CHN", "PRKGOV"),
])
def test_happening_is_found_with_its_parties(analyse: Analyse, text: str, code: str, source: str,
                                             target: str) -> None:
    assert_mention(analyse(text, DAY), code, source, target)


@pytest.mark.parametrize(("text", "absent"), [
    # a company's financing, a bank's loan: no economic aid
    ("NEW YORK - The bank provided $50 million in financing to Texaco Inc.", "071"),
    ("NEW YORK - Citicorp extended a 500 million dlr loan to Texaco Inc.", "071"),
    # tariffs cut on no party; a price cut
    ("TOKYO - The company cut tariffs on imports.", "085"),
    ("TOKYO - The airline cut fares on domestic routes.", "085"),
    # dismantling a programme or a ring is no seizure of property
    ("WASHINGTON - The new government dismantled the health programme.", "171"),
    # militants' raid is an attack, no seizure
    ("KABUL - Militants raided a village in Kunduz.", "171"),
    # calling in a loan; calling in sick
    ("NEW YORK - The bank called in its loan to the company.", "020"),
    ("NEW YORK - Smith called in sick on Monday.", "020"),
    # a ruling appealed with no author named is no lawsuit against anyone
    ("TEGUCIGALPA - The defendant appealed the ruling.", "115"),
    # approving a visit makes no visit by the approver
    ("WASHINGTON - Congress approved the visit of the Chinese delegation.", "042"),
    # "must" of no coded party, or an inference about the past, is no demand
    ("LONDON - The minister said the economy must grow faster.", "100"),
    ("MEXICO CITY - Police said the gunmen must have known the victim.", "100"),
    # a warning that a thing might happen is about no party; troops arriving home keep no peace
    ("LONDON - The central bank warned that inflation could rise.", "012"),
    ("LONDON - The central bank warned that inflation could rise.", "130"),
    ("Chinese troops arrived in Beijing on Thursday.", "074"),
    # a state accepting refugees grants asylum, no rejection
    ("Germany accepted 1,500 refugees from Greek camps.", "120"),
    # troops entering a town conclude no agreement; a radar station dismantled is no arrest
    ("KABUL - Afghan troops entered into the town of Kunduz.", "057"),
    ("BOGOTA - The dismantling of the radar station will benefit the FARC.", "173"),
    # money released from reserves is no aid and no release of persons
    ("NEW YORK - The company released 50 mln dlrs from its reserves.", "070"),
    ("NEW YORK - The company released 50 mln dlrs from its reserves.", "084"),
    # a company reviewing its own operations investigates no one
    ("NEW YORK - The company launched a review of its operations.", "090"),
    # a speaker's own country's need or act is no demand of or comment on another party
    ("Bangladeshi officials said Bangladesh must import two million tonnes of grain.", "100"),
    ("Argentina's economy minister warned that Argentina may break off negotiations.", "012"),
    # prices aid no one; loans received are no visit
    ("NEW YORK - Lower oil prices aided Du Pont in the first quarter.", "070"),
    ("NEW YORK - The company received loans of 50 million dlrs from Citibank.", "043"),
    # optimism about the economy is about no party
    ("LONDON - The minister expressed optimism about the economy.", "013"),
])
def test_other_senses_are_not_these_events(analyse: Analyse, text: str, absent: str) -> None:
    assert absent not in event_codes(analyse(text, DAY))


def test_source_sector_condition_is_read_from_the_table() -> None:
    rules = default_lexicon().rules.get(("provide", "VERB")) or []
    assert any(r.cameo == "071" and "STATE" in r.source_sectors for r in rules)


def test_source_sector_condition_names_only_sectors() -> None:
    assert _our_conditions("source_sector:STATE|GOV", "t")[0].words == {"STATE", "GOV"}
    with pytest.raises(DataError):
        _our_conditions("source_sector:government", "t")


def test_authorize_cue_is_known() -> None:
    lexicon = default_lexicon()
    assert lexicon.is_cue("approve", "authorize")
    assert not lexicon.is_cue("welcome", "authorize")
