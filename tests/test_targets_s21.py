"""Targets named in the sentence but off the trigger's own phrase: the measure a refusal would lift, the maker of
a denied accusation the parser hung on the verb, the act a mobilisation or a claim of responsibility is for, the
one summoned for a protest, an installation written in title case, "upon" for "on"."""

from __future__ import annotations

from conftest import readings


def test_refusal_to_lift_sanctions_is_done_to_the_sanctioned(analyse) -> None:
    result = analyse("Senators in Washington refused to lift sanctions on Venezuela despite the talks.",
                     "2019-05-02")
    assert any(t == "VENGOV" for _, t in readings(result, "refused")), readings(result, "refused")


def test_refusal_to_remove_a_ban_on_foreign_goods_names_their_country(analyse) -> None:
    result = analyse("Egypt still refuses to remove the ban on Sudanese cattle imports.", "2019-05-02")
    assert any(t and t.startswith("SDN") for _, t in readings(result, "refuses")), readings(result, "refuses")


def test_refusal_to_lift_a_ban_on_an_activity_has_no_target(analyse) -> None:
    result = analyse("The Kenyan government refused to lift the ban on street trading in Mombasa.", "2019-05-02")
    assert readings(result, "refused") == {("KENGOV", None)}, readings(result, "refused")


def test_denied_charges_by_a_body_hung_on_the_verb_target_the_accuser(analyse) -> None:
    result = analyse("The Mexican government denied charges by Amnesty International that its soldiers "
                     "tortured detainees.", "2019-05-02")
    assert any(t and t.startswith("NGO") for _, t in readings(result, "denied")), readings(result, "denied")


def test_denied_charges_from_a_named_politician(analyse) -> None:
    result = analyse("Finance Minister Paulo Guedes denied charges from Senator Flavio Bolsonaro on Monday "
                     "that he had leaked the budget.", "2019-05-02")
    assert any(t and t.startswith("BRA") for _, t in readings(result, "denied")), readings(result, "denied")


def test_a_by_phrase_that_is_a_means_is_no_accuser(analyse) -> None:
    result = analyse("The Peruvian interior minister denied the charges by telephone from Lima on Monday.",
                     "2019-05-02")
    assert readings(result, "denied") == {("PERGOV", None)}, readings(result, "denied")


def test_mobilised_for_an_assault_against_a_group_targets_the_group(analyse) -> None:
    result = analyse("Nigeria mobilized the army for a ground assault against Boko Haram.", "2019-05-02")
    assert any(t and t.startswith("NGA") and t != "NGA" for _, t in readings(result, "mobilized")), \
        readings(result, "mobilized")


def test_summoned_ambassador_is_the_one_complained_to(analyse) -> None:
    result = analyse("Hungary summoned Romania's ambassador on Tuesday to complain about a hostile press "
                     "campaign.", "2019-05-02")
    assert ("HUNGOV", "ROUGOV") in readings(result, "complain"), readings(result, "complain")


def test_claim_for_an_attack_on_troops_targets_the_troops(analyse) -> None:
    result = analyse("Al-Shabaab claimed responsibility for a mortar attack on Somali army positions in "
                     "Baidoa.", "2019-05-02")
    # (the positions' owner as the attack's own reading gives it)
    assert any(t and t.startswith("SOM") for _, t in readings(result, "claimed")), readings(result, "claimed")


def test_claim_for_an_attack_in_a_town_has_no_target(analyse) -> None:
    result = analyse("The Taliban claimed responsibility for the attack in Kandahar.", "2019-05-02")
    assert readings(result, "claimed") == {("AFGREB", None)}, readings(result, "claimed")


def test_title_case_police_station_attacked_is_the_police(analyse) -> None:
    result = analyse("Maoists attacked a Police Station in Dumka District on Sunday.", "2019-05-02")
    assert any(t == "INDCOP" for _, t in readings(result, "attacked")), readings(result, "attacked")


def test_title_case_station_as_a_meeting_place_is_no_party(analyse) -> None:
    # (a protest at the station is against the police: only the installation struck or protested at is theirs)
    result = analyse("The villagers sheltered inside a Police Station in Dumka District after militants "
                     "attacked their village.", "2019-05-02")
    assert not any(t and t.endswith("COP") for _, t in readings(result, "attacked")), \
        readings(result, "attacked")


def test_fire_opened_upon_a_police_vehicle_is_on_the_police(analyse) -> None:
    result = analyse("Gunmen opened fire upon a police vehicle in Quetta on Friday.", "2019-05-02")
    assert any(t == "PAKCOP" for _, t in readings(result, "opened")), readings(result, "opened")


def test_attack_on_an_unnamed_company_is_on_a_business_of_the_place(analyse) -> None:
    result = analyse("Maoists attacked a road construction company in Latehar District on Sunday.", "2019-05-02")
    assert any(t == "INDBUS" for _, t in readings(result, "attacked")), readings(result, "attacked")


def test_trucks_of_an_unnamed_firm_torched_are_the_firms(analyse) -> None:
    result = analyse("Maoists set ablaze three trucks of a private mining firm in Latehar District on Sunday.",
                     "2019-05-02")
    assert any(t == "INDBUS" for _, t in readings(result, "set")), readings(result, "set")


def test_a_company_in_a_statement_is_no_victim(analyse) -> None:
    # a criticism is no force: the company described is not made a business target
    result = analyse("The Indian mining minister criticised a construction company in Latehar District on "
                     "Sunday.", "2019-05-02")
    assert not any(t == "INDBUS" for _, t in readings(result, "criticised")), readings(result, "criticised")
