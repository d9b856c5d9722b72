"""Recall of acts a CAMEO coder codes that the lexicon missed (event_triggers.csv rows, the `objnp:` and
`target_sector:` conditions and the refusal rule of session 9): officials fired, sacked, dismissed, suspended or
removed from office by a state body (172); charges pursued or lodged (173); the finger pointed at someone (112);
protesters dispersed (175); what is seized from a group (171, the group its target); invitations to talks (036);
and a yield its doer says it will not make, a refusal to yield (124). Each has a real use and a use of the same
word that is no such event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, event_codes, mention_codes
from newsevents import ArticleResult
from newsevents.errors import DataError
from newsevents.events.lexicon import _our_conditions, default_lexicon

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # 172: an official dismissed by a state body; the object names an office, the target is a state actor
    ("MEXICO CITY - The government dismissed the police chief of Acapulco on Tuesday.", "172", "MEXGOV", "MEXCOP"),
    ("CARACAS - President Nicolas Maduro sacked the head of the national guard.", "172", "VENGOV", "VENMIL"),
    ("MEXICO CITY - The government suspended the police chief of Acapulco.", "172", "MEXGOV", "MEXCOP"),
    ("TEGUCIGALPA - The Honduran Congress removed the attorney general of Honduras from office.", "172", "HNDLEG",
     "HNDJUD"),
    ("MEXICO CITY - Mexican authorities fired the prison director after the escape.", "172", "MEXGOV", ""),
    # 173: charges pursued against someone
    ("MEXICO CITY - Mexican prosecutors will pursue charges against the former governor of Veracruz, Javier "
     "Duarte.", "173", "MEXJUD", "MEX"),
    # 112: the finger pointed at someone
    ("MEXICO CITY - The opposition leader pointed the finger at the governor of Sinaloa, Quirino Ordaz, for the "
     "massacre.", "112", "MEXOPP", "MEXGOV"),
    # 175: protesters dispersed; tear gas fired at them
    ("CARACAS - National guard troops dispersed the protesters with tear gas in Caracas.", "175", "VEN", "VENCVL"),
    # 171: drugs seized from a group: the group is the target
    ("MEXICO CITY - Mexico's navy seized two tons of cocaine from the Sinaloa Cartel.", "171", "MEXMIL", "MEXCRM"),
    # 036: an invitation to talks or a visit
    ("BOGOTA - The Colombian government invited the ELN rebels for talks in Havana.", "036", "COLGOV", "COLREB"),
    ("BOGOTA - President Ivan Duque invited Venezuelan opposition leader Juan Guaido to a summit in Bogota.", "036",
     "COLGOV", "VENOPP"),
    # 171: what is seized names its owner: "belonging to", "linked to", an of-phrase's "from"
    ("BOGOTA - Colombian police seized two tons of cocaine belonging to the Urabenos.", "171", "COLCOP", "COLCRM"),
    ("MEXICO CITY - The navy seized a shipment of cocaine from the Sinaloa Cartel in the Pacific.", "171", "MEXMIL",
     "MEXCRM"),
    ("LIMA - Peru's anti-drug police seized properties, vehicles, and money belonging to the Shining Path.", "171",
     "PERCOP", "PERREB"),
    ("LIMA - Peru's anti-drug police seized properties and money belonging to a criminal group.", "171",
     "PERCOP", "PERCRM"),
    # an act put down to its doer: the doer is the source
    ("BOGOTA - A series of deadly attacks against police in Colombia attributed to the Urabenos has not stopped "
     "the authorities.", "180", "COLCRM", "COLCOP"),
    ("ASUNCION - A wave of kidnappings in San Pedro during 2017 were attributed to the Paraguayan People's Army.",
     "181", "PRYREB", ""),
    # 181: people forced into a vehicle are taken away
    ("MONTERREY - Some 10 gunmen forced the Mexican band members into a van and drove them out of town.", "181",
     "MEXUAF", "MEX"),
    # 087: a cease-fire announced (the hyphenated word); 196: a ceasefire agreement violated; 152: troops on alert
    ("KABUL - Afghan President Ashraf Ghani on Thursday announced a weeklong cease-fire with the Taliban.", "087",
     "AFGGOV", "AFGREB"),
    ("ANKARA - Turkey is violating the ceasefire agreement by continuing to attack the town.", "196", "TUR", ""),
    ("NEW DELHI - Indian troops remained on alert on Wednesday after the riots.", "152", "INDMIL", ""),
    # 084: a thing handed back by one party to another
    ("WASHINGTON - The US authorities returned the stolen monkeys to the Democratic Republic of the Congo.", "084",
     "USA", "COD"),
    # 082: strikers ending their strike; 124: saying they will not end it
    ("SEOUL - The Korean Metal Workers' Union ended its strike on Friday.", "082", "KORLAB", ""),
    ("ALMATY - Kazakh oil workers will not end the strike before a new pay system is reviewed.", "124", "KAZLAB", ""),
    # 172: a curfew extended is imposed for longer
    ("KINGSTON - Prime Minister Andrew Holness has announced that the government will extend the nightly curfew.",
     "172", "JAMGOV", ""),
    # 124: a yield its doer says it will not make
    ("WASHINGTON - The United States will not lift the ban on ZTE until it pays a fine.", "124", "USA", "CHN"),
    ("BEIJING - China said it would not release the two Canadian detainees.", "124", "CHN", "CAN"),
])
def test_act_is_found_with_its_parties(analyse: Analyse, text: str, code: str, source: str,
                                       target: str) -> None:
    assert_mention(analyse(text, DAY), code, source, target)


@pytest.mark.parametrize(("text", "absent"), [
    # a dismissal is an administrative sanction only against a state official
    ("MEXICO CITY - The company fired 200 workers at its plant in Monterrey.", "172"),
    ("MEXICO CITY - The company fired its finance director on Monday.", "172"),
    ("MEXICO CITY - The bank dismissed its chief executive after the losses.", "172"),
    ("MEXICO CITY - Gunmen fired shots at the police chief of Acapulco.", "172"),  # shots fired: violence
    ("MEXICO CITY - The army fired mortars at the Sinaloa Cartel's camp.", "172"),
    ("MEXICO CITY - Mexico suspended talks with the United States.", "172"),  # talks are no official
    ("TEGUCIGALPA - Workers removed the statue of the former president from the square.", "172"),
    # the finger pointed at no one, charges of a price, a crowd that is no protest
    ("MEXICO CITY - The minister pointed at the map of Sinaloa.", "112"),
    ("MEXICO CITY - The bank will pursue growth in Mexico.", "173"),
    ("CARACAS - The wind dispersed the smoke over Caracas.", "175"),
    # inviting bids asks no party for anything political
    ("BOGOTA - The Colombian government invited bids for the construction of a highway.", "020"),
    ("BOGOTA - The Colombian government invited bids for the construction of a highway.", "036"),
    # an owner the seized thing's words do not name; money returned; a return home; a market on alert
    ("MEXICO CITY - The Mexican company returned $1 billion to the government of Mexico.", "084"),
    ("WASHINGTON - President Barack Obama returned to Washington from Mexico on Sunday.", "084"),
    ("LONDON - Investors remained on alert for the Bank of England's decision.", "152"),
    ("LONDON - Investors remained on alert for the Bank of England's decision.", "151"),
    # police ending a protest ease no dissent; a strike called off is no strike staged
    ("SEOUL - South Korean police ended the protest by force.", "082"),
    ("SEOUL - The Korean Metal Workers' Union called off its strike on Friday.", "143"),
    # deadlines and programmes extended are no curfew
    ("WASHINGTON - The company extended the deadline for the offer.", "172"),
    ("WASHINGTON - The Fed extended its emergency lending programs.", "172"),
    # forced into labour is coercion, no abduction
    ("MONTERREY - The cartel forced Mexican migrants into forced labour.", "181"),
    # a yield made, or one not made in the past, is no refusal
    ("WASHINGTON - The United States will lift the sanctions on Iran next week.", "124"),
    ("WASHINGTON - The United States did not lift the sanctions on Iran last year.", "124"),
])
def test_other_senses_are_not_these_events(analyse: Analyse, text: str, absent: str) -> None:
    assert absent not in event_codes(analyse(text, DAY))


def test_refusal_is_affirmed_not_negated(analyse: Analyse) -> None:
    result = analyse("WASHINGTON - The United States will not lift the ban on ZTE until it pays a fine.", DAY)
    refusals = [m for e in result.events for m in e.mentions if e.cameo == "124"]
    assert refusals and not any(m.negated for m in refusals)
    assert all(m.modality == "asserted" for m in refusals)


def test_seized_thing_of_someone_else_names_no_owner(analyse: Analyse) -> None:
    text = "BOGOTA - Colombian police seized two tons of cocaine linked to President Ivan Duque's enemies."
    found = mention_codes(analyse(text, DAY))
    assert any(c == "171" and s == "COLCOP" for c, s, _ in found), found
    assert not any(c == "171" and t == "COLGOV" for c, _, t in found), found  # his enemies are not Duque


def test_things_seized_from_a_group_counted_name_no_seizure(analyse: Analyse) -> None:
    text = ("MEXICO CITY - The number of firearms seized from criminal groups over the past ten years could equip "
            "an army.")
    assert not any(c == "171" and t == "MEXCRM" for c, _, t in mention_codes(analyse(text, DAY)))


def test_seized_from_a_place_names_no_owner(analyse: Analyse) -> None:
    text = "MEXICO CITY - Mexican marines seized two tons of cocaine from a warehouse in Sinaloa."
    found = mention_codes(analyse(text, DAY))
    assert any(c == "171" and s == "MEXMIL" and t is None for c, s, t in found), found


def test_seizure_without_a_group_keeps_its_seizer(analyse: Analyse) -> None:
    found = mention_codes(analyse("BOGOTA - Colombian police seized two tons of cocaine in Cartagena.", DAY))
    assert any(c == "171" and s == "COLCOP" for c, s, _ in found), found


def test_target_sector_condition_is_read_from_the_table() -> None:
    rules = default_lexicon().rules[("fire", "VERB")]
    assert any(r.cameo == "172" and "COP" in r.target_sectors for r in rules)


def test_target_sector_condition_names_only_sectors() -> None:
    assert _our_conditions("target_sector:GOV|COP", "t")[0].words == {"GOV", "COP"}
    with pytest.raises(DataError):
        _our_conditions("target_sector:official", "t")
