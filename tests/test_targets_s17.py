"""Session-17 target checks (targets.py, noun_arguments.py): named parties an act names after a preposition
are its target — the sides of an accord named after "among" or "between" its subject."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_triples
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_an_accord_among_three_countries_signed_in_the_passive_names_all_sides(analyse: Analyse) -> None:
    result = analyse("The accord among Britain, France and Italy was signed in Rome on Friday.", "2019-05-03")
    assert ("057", "GBRGOV", "FRAGOV") in event_triples(result)
    assert ("057", "GBRGOV", "ITAGOV") in event_triples(result)


def test_an_accord_between_two_countries_signed_in_the_passive_names_both(analyse: Analyse) -> None:
    result = analyse("The accord between Chile and Peru was signed on Friday.", "2019-05-03")
    assert ("057", "CHLGOV", "PERGOV") in event_triples(result)


def test_talks_among_three_countries_are_between_the_first_and_the_others(analyse: Analyse) -> None:
    result = analyse("Talks among Chile, Peru and Bolivia began on Friday.", "2019-05-03")
    assert ("040", "CHLGOV", "BOLGOV") in event_triples(result)


def test_an_accord_signed_among_cheers_names_no_party(analyse: Analyse) -> None:
    result = analyse("The accord was signed among cheers in Rome on Friday.", "2019-05-03")
    assert not [t for t in event_triples(result) if t[0] == "057"]


def test_a_unit_acquired_from_a_company_has_the_seller_as_target(analyse: Analyse) -> None:
    result = analyse("Dofasco Inc acquired the tube division from Algoma Steel Corp for 50 mln dlrs.", "1987-05-03")
    assert ("061", "CANBUS", "CANBUS") in event_triples(result)


def test_a_holding_acquired_from_a_place_names_no_seller(analyse: Analyse) -> None:
    result = analyse("Dofasco Inc acquired the mill from Ontario.", "1987-05-03")
    assert not [t for t in event_triples(result) if t[0] == "061"]


def test_agreeing_to_a_buyout_from_a_company_targets_the_buyer(analyse: Analyse) -> None:
    result = analyse("Burlington Industries agreed to the buyout from Morgan Stanley.", "1987-05-03")
    assert ("030", "USABUS", "USABUS") in event_triples(result)


def test_an_offer_from_a_place_names_no_target(analyse: Analyse) -> None:
    result = analyse("Burlington Industries agreed to the offer from Texas.", "1987-05-03")
    assert all(t[2] is None for t in event_triples(result))


def test_refusing_to_sign_a_bodys_pact_targets_the_body(analyse: Analyse) -> None:
    result = analyse("Venezuela refused to sign OPEC's new pact on Saturday.", "1987-06-29")
    assert ("120", "VENGOV", "IGOBUSOPC") in event_triples(result)


def test_refusing_to_sign_a_pact_of_no_named_owner_has_no_target(analyse: Analyse) -> None:
    result = analyse("Venezuela refused to sign the pact on Saturday.", "1987-06-29")
    assert ("120", "VENGOV", None) in event_triples(result)


def test_repeated_accusations_against_a_party_are_the_repeaters_accusation(analyse: Analyse) -> None:
    result = analyse("Peru's opposition parties repeated accusations against President Garcia.", "1987-04-07")
    assert [t for t in event_triples(result) if t[0] == "112" and t[1] == "PEROPP" and t[2]]


def test_renewed_threats_against_a_named_official_target_him(analyse: Analyse) -> None:
    result = analyse("The Zetas renewed threats against the mayor of Monterrey.", "2013-04-07")
    assert ("130", "MEXCRM", "MEXGOV") in event_triples(result)


def test_him_stands_for_the_one_man_a_naming_phrase_names(analyse: Analyse) -> None:
    result = analyse("A man, identified as Athar, was injured when unidentified militants opened fire on him in "
                     "Karachi.", "2013-05-22")
    assert ("180", "PAKUAF", "PAKCVL") in event_triples(result)


def test_him_with_two_named_people_before_it_is_no_guess(analyse: Analyse) -> None:
    result = analyse("A man, identified as Athar, and a woman, identified as Shazia, were injured when militants "
                     "opened fire on him in Karachi.", "2013-05-22")
    assert all(t[2] is None for t in event_triples(result) if t[0] == "180")


def test_a_family_attacked_is_civilians_of_the_place(analyse: Analyse) -> None:
    result = analyse("Gunmen attacked a family in Quetta on Monday.", "2013-05-22")
    assert ("180", "PAKUAF", "PAKCVL") in event_triples(result)


def test_troops_suffering_casualties_in_an_offensive_are_its_target(analyse: Analyse) -> None:
    result = analyse("Iraqi troops suffered heavy casualties in Iran's new offensive, the agency said.", "1987-03-11")
    # the attacking state is its armed forces (implied_sectors.csv state_force, session 41)
    assert [t for t in event_triples(result) if t[0].startswith("19") and t[1] == "IRNMIL" and t[2] == "IRQMIL"]


def test_soldiers_sustaining_injuries_in_an_attack_are_its_target(analyse: Analyse) -> None:
    result = analyse("Two soldiers sustained injuries in an attack by militants in Kupwara.", "2013-05-22")
    assert [t for t in event_triples(result) if t[0][:2] in {"18", "19"} and t[2] == "INDMIL"]


def test_investigations_against_the_police_target_the_police(analyse: Analyse) -> None:
    result = analyse("CARACAS - The Attorney General's Office will open investigations against the police involved "
                     "in the case.", "2015-03-02")
    assert [t for t in event_triples(result) if t[0] == "090" and t[2] == "VENCOP"]


def test_protesting_government_efforts_is_protesting_the_government(analyse: Analyse) -> None:
    result = analyse("BOGOTA - Coca farmers protested government efforts to eradicate the crop.", "2015-03-02")
    assert ("140", "COLAGR", "COLGOV") in event_triples(result)


def test_a_school_building_blown_up_is_of_the_storys_country(analyse: Analyse) -> None:
    result = analyse("PESHAWAR - Unidentified militants blew up a primary school building with explosives at the "
                     "Sharkeerah area in Mattani on June 30.", "2013-07-01")
    # blown up with explosives by militants: a bombing (183) since 9c5758c
    assert [t for t in event_triples(result) if t[0] == "183" and t[2] == "PAKEDU"]



def test_a_former_vice_president_detained_after_an_appositive_participle_is_the_target(
        analyse: Analyse) -> None:
    result = analyse("Ghana's former vice-president, Kofi Mensah, sacked two weeks after a failed coup, has been "
                     "detained on suspicion of involvement in the plot, police sources said.", "1987-04-07")
    assert [t for t in event_triples(result) if t[0] == "173" and (t[2] or "").startswith("GHA")]


def test_an_official_of_the_doers_own_country_keeps_the_event(analyse: Analyse) -> None:
    result = analyse("Peru's attorney general said authorities are seeking to extradite the former mayor.",
                     "2016-03-02")
    assert [t for t in event_triples(result) if t[0] == "174"]


def test_investigations_against_unplaced_officials_make_no_event_of_their_own(analyse: Analyse) -> None:
    result = analyse("The law requires the court to carry out certain types of investigations against top "
                     "government officials.", "2016-03-02")
    assert not [t for t in event_triples(result) if t[0] == "090" and t[1] is None]


def test_each_person_a_naming_phrase_lists_is_a_placed_victim(analyse: Analyse) -> None:
    result = analyse("Two people, identified as Yasir and Haroon, were killed when unidentified militants opened "
                     "fire on them in Karachi.", "2013-05-08")
    targets = [t[2] for t in event_triples(result) if t[0] == "180"]
    assert targets and all(t == "PAKCVL" for t in targets)


def test_a_unit_bought_from_a_company_has_the_seller_as_target(analyse: Analyse) -> None:
    result = analyse("Dofasco Inc bought the tube unit from Algoma Steel Corp.", "1987-03-18")
    assert ("061", "CANBUS", "CANBUS") in event_triples(result)


def test_an_act_blamed_on_a_group_through_the_objects_phrase_targets_the_group(analyse: Analyse) -> None:
    result = analyse("LIMA - Police have blamed the spike in murders on gang members.", "2013-03-03")
    assert ("112", "PERCOP", "PERCRM") in event_triples(result)


def test_his_car_fired_at_stands_for_the_named_man(analyse: Analyse) -> None:
    result = analyse("A trader, identified as Gul Khan, was injured when militants opened fire at his car in "
                     "Peshawar.", "2013-05-22")
    assert ("180", "PAKREB", "PAKBUS") in event_triples(result)


def test_his_car_with_no_person_before_it_has_no_target(analyse: Analyse) -> None:
    result = analyse("Militants opened fire at his car in Peshawar.", "2013-05-22")
    assert all(t[2] is None for t in event_triples(result))
