"""Targets the sentence names but the act's own phrase does not: the partner of a meeting held to do the act,
the people a vehicle carries or the one it belongs to, a person aimed at and named by "identified as"."""

from __future__ import annotations

from conftest import readings


def test_meeting_held_to_negotiate_negotiates_with_the_one_met(analyse) -> None:
    result = analyse("Hanover Corp officials met with Rockland Industries officials on Monday to negotiate a "
                     "merger.", "1987-04-02")
    assert any(t and t.endswith("BUS") for _, t in readings(result, "negotiate")), readings(result, "negotiate")


def test_meeting_held_to_ask_asks_the_one_met(analyse) -> None:
    result = analyse("Brazil's finance minister met with the IMF managing director to ask for new loans.",
                     "1987-04-02")
    assert ("BRAGOV", "IGOUNOIMF") in readings(result, "ask"), readings(result, "ask")


def test_meeting_partner_is_no_target_of_a_raid(analyse) -> None:
    # a raid done together with the police is not done to the police
    result = analyse("The Colombian army met with Peruvian police commanders to plan a raid on the rebel "
                     "camp in Putumayo.", "2015-04-02")
    assert all(t is None or not t.startswith("PER") for _, t in readings(result, "raid")), \
        readings(result, "raid")


def test_meeting_in_a_place_gives_no_partner(analyse) -> None:
    result = analyse("Hanover Corp officials met in Toronto on Monday to negotiate a merger.", "1987-04-02")
    assert all(t is None for _, t in readings(result, "negotiate")), readings(result, "negotiate")


def test_attack_on_a_bus_carrying_party_supporters_is_on_the_supporters(analyse) -> None:
    result = analyse("The attackers fired several rockets at a bus carrying Awami National Party supporters "
                     "in Peshawar on Sunday.", "2012-05-14")
    assert any(t and t.startswith("PAK") for _, t in readings(result, "fired")), readings(result, "fired")


def test_attack_on_a_vehicle_carrying_policemen_is_on_the_police(analyse) -> None:
    result = analyse("Maoists fired at a bus carrying policemen in Gadchiroli District on Friday.", "2012-05-14")
    assert any(t == "INDCOP" for _, t in readings(result, "fired")), readings(result, "fired")


def test_ambush_of_a_convoy_belonging_to_a_person_is_on_him(analyse) -> None:
    result = analyse("A group of militants ambushed a convoy belonging to Ramesh Lairenjam near Kangpokpi in "
                     "Manipur on Friday.", "2012-05-14")
    assert any(t and t.startswith("IND") for _, t in readings(result, "ambushed")), readings(result, "ambushed")


def test_goods_a_truck_carries_to_a_town_are_no_party(analyse) -> None:
    # what a truck carries is no one, and where it goes is only a place
    result = analyse("Militants torched a truck carrying medicines to Quetta on Friday.", "2012-05-14")
    assert all(t is None for _, t in readings(result, "torched")), readings(result, "torched")


def test_person_shot_at_and_identified_by_name_is_the_target(analyse) -> None:
    result = analyse("Unidentified assailants shot at one person, identified as Peter Lyngdoh, near "
                     "Shillong in Meghalaya on May 3.", "2012-05-14")
    assert any(t and t.startswith("IND") for _, t in readings(result, "shot")), readings(result, "shot")


def test_place_after_a_naming_phrase_is_no_victim(analyse) -> None:
    # "near Shillong" hangs on "identified": the town is where, not a second one shot
    result = analyse("Unidentified assailants shot dead one person, identified as Peter Lyngdoh, near "
                     "Shillong in Meghalaya on May 3.", "2012-05-14")
    result_targets = {e.target.entity_id for e in result.events if e.target is not None}
    names = {x.name for x in result.entities if x.id in result_targets}
    assert "Shillong" not in names, names


def test_attack_in_a_when_clause_is_on_those_wounded_in_the_main_clause(analyse) -> None:
    result = analyse("Two Levies personnel were wounded when unidentified gunmen attacked a vaccination team in "
                     "Zhob District on Tuesday.", "2012-02-22")
    assert any(t and t.startswith("PAK") for _, t in readings(result, "attacked")), readings(result, "attacked")


def test_attack_after_which_someone_sustained_injuries_is_on_him(analyse) -> None:
    result = analyse("A shopkeeper sustained serious injuries after militants lobbed a grenade at a market in "
                     "Quetta on Tuesday.", "2012-02-22")
    assert any(t and t.startswith("PAK") for _, t in readings(result, "lobbed")), readings(result, "lobbed")


def test_raid_in_a_when_clause_is_on_the_militants_killed(analyse) -> None:
    result = analyse("Two militants were killed when soldiers raided a hideout in Kupwara District on Monday.",
                     "2012-02-22")
    assert any(t == "INDREB" for _, t in readings(result, "raided")), readings(result, "raided")


def test_pronoun_doer_of_the_when_clause_is_not_attacked_by_itself(analyse) -> None:
    # "they" may be the wounded policemen themselves: the firing gets no target from the main clause
    result = analyse("Two policemen were wounded when they opened fire in Quetta on Tuesday.", "2012-02-22")
    assert all(t is None or not t.endswith("COP") for _, t in readings(result, "opened")), \
        readings(result, "opened")


def test_agreement_under_which_another_firm_will_buy_is_signed_with_it(analyse) -> None:
    result = analyse("Halvorsen Telephone Inc said it signed a three-year agreement under which Midland Bell Corp "
                     "will buy its line of office switchboards.", "1987-04-02")
    assert any(t and t.endswith("BUS") for _, t in readings(result, "signed")), readings(result, "signed")


def test_agreement_under_which_its_own_unit_merges_is_with_the_other_bank(analyse) -> None:
    # the signer's own unit is no partner: the bank it merges with is
    result = analyse("Carver National Corp said it signed a definitive agreement under which its Carver Savings "
                     "Bank unit will merge with Second Continental Bancorp.", "1987-04-02")
    result_targets = {e.target.entity_id for e in result.events if e.cameo.startswith("05") and e.target}
    names = {x.name for x in result.entities if x.id in result_targets}
    assert names and all("Carver" not in n for n in names), names
