"""The other party named in the sentence but left empty or misread: the force whose camp a grenade was lobbed
into (not the village an at-phrase names), the owner of the thing fired at, the one a court found guilty
when the parser reads him as the adjective's subject."""

from __future__ import annotations

from conftest import readings


def test_grenade_inside_a_camp_targets_its_force_not_the_village(analyse) -> None:
    result = analyse("Two militants hurled a grenade inside the CRPF camp at Tral and fled.", "2012-06-10")
    assert readings(result, "hurled") == {("INDREB", "INDCOP")}, readings(result, "hurled")


def test_village_after_the_camp_is_no_target(analyse) -> None:
    result = analyse("Unidentified militants lobbed a grenade inside the Army camp at Kralpora on Sunday "
                     "evening.", "2012-06-10")
    targets = {t for _, t in readings(result, "lobbed")}
    assert targets and all(t and t.endswith("MIL") for t in targets), readings(result, "lobbed")


def test_a_person_fired_at_stays_the_target(analyse) -> None:
    result = analyse("Gunmen fired at Ahmed Khan near his house in Peshawar.", "2012-06-10")
    assert any(t and t.startswith("PAK") for _, t in readings(result, "fired")), readings(result, "fired")


def test_a_country_fired_at_stays_the_target(analyse) -> None:
    result = analyse("Militants in Gaza fired rockets at Israel on Tuesday.", "2012-06-10")
    assert any(t == "ISR" for _, t in readings(result, "fired")), readings(result, "fired")


def test_missiles_fired_at_a_countrys_installation_target_the_country(analyse) -> None:
    result = analyse("Iraqi warplanes fired missiles at Iran's Sirri oil terminal in the southern Gulf.",
                     "1987-06-10")
    assert readings(result, "fired") == {("IRQMIL", "IRN")}, readings(result, "fired")


def test_a_market_in_a_town_gives_the_town_no_target(analyse) -> None:
    result = analyse("Gunmen fired at a vegetable market in Chaman, injuring four people.", "2012-06-10")
    assert all(t is None or t.endswith("CVL") for _, t in readings(result, "fired")), readings(result, "fired")


def test_the_brother_of_an_officer_is_not_the_officer(analyse) -> None:
    result = analyse("Militants fired at the brother of Inspector Mohammad Yusuf in Anantnag.", "2012-06-10")
    assert all(t is None or not t.endswith("COP") for _, t in readings(result, "fired")), \
        readings(result, "fired")


def test_found_guilty_targets_the_convicted_as_a_criminal(analyse) -> None:
    result = analyse("A court in Culiacan found Juan Carlos Zepeda guilty of kidnapping and extortion.",
                     "2012-06-10")
    assert readings(result, "found") == {("MEXJUD", "MEXCRM")}, readings(result, "found")


def test_convicted_named_person_is_placed_by_the_court(analyse) -> None:
    result = analyse("A court in Guadalajara convicted Lin Wei Chen of drug trafficking and money laundering.",
                     "2016-05-10")
    assert readings(result, "convicted") == {("MEXJUD", "MEXCRM")}, readings(result, "convicted")


def test_found_that_a_clause_holds_takes_no_small_clause_object(analyse) -> None:
    result = analyse("Judge Maria Soto found that the contract with Pemex was illegal.", "2016-05-10")
    assert not readings(result, "found"), readings(result, "found")


def test_found_guilty_with_the_name_heading_the_clause(analyse) -> None:
    result = analyse("A court in Mexico State capital Toluca found Wu Jian Ming guilty of organized crime and "
                     "money laundering, reported Reforma.", "2016-05-10")
    assert any(t == "MEXCRM" for _, t in readings(result, "found")), readings(result, "found")


def test_a_request_to_a_judge_is_made_to_the_judge_not_to_whose_accounts_are_frozen(analyse) -> None:
    result = analyse("Prosecutors in San Salvador had requested the Fourth Sentencing Judge to freeze the bank "
                     "accounts of the suspected Perrone network members.", "2016-06-10")
    assert readings(result, "requested") == {("SLVJUD", "SLVJUD")}, readings(result, "requested")


def test_a_union_asking_companies_to_reopen_talks_asks_the_companies(analyse) -> None:
    result = analyse("The union has asked the steel companies to reopen contract talks in May.", "2016-06-10")
    assert {t for _, t in readings(result, "asked")} == {"BUS"}, readings(result, "asked")


def test_the_court_asked_is_not_the_convicted_man(analyse) -> None:
    result = analyse("The defense asked the Supreme Court to review the conviction of former governor Tomas "
                     "Yarrington.", "2016-06-10")
    assert all(t is None or t.endswith("JUD") for _, t in readings(result, "asked")), readings(result, "asked")


def test_a_pronoun_asked_is_left_to_its_antecedent(analyse) -> None:
    result = analyse("Officials in New Delhi denied reports that the IMF had asked it to cut the value of the "
                     "Indian rupee.", "1987-06-10")
    assert any(t and t.startswith("IND") for _, t in readings(result, "asked")), readings(result, "asked")


def test_a_body_asked_by_a_foreign_doer_gets_no_country(analyse) -> None:
    result = analyse("Bogota's prosecutors asked the judge in Caracas to extradite the Urabenos leader.",
                     "2016-06-10")
    assert all(t is None or not t.startswith("COL") for _, t in readings(result, "asked")), \
        readings(result, "asked")


def test_a_thing_requested_with_a_purpose_is_no_one_asked(analyse) -> None:
    result = analyse("Hartmarx requested the injunction to block a takeover bid by Caldor Corp, claiming the "
                     "offer broke securities laws.", "1987-06-10")
    assert any(t and t.endswith("BUS") for _, t in readings(result, "requested")), readings(result, "requested")


def test_the_person_fired_on_wins_over_the_place_after_him(analyse) -> None:
    result = analyse("One Gul Rehman Afridi was shot dead when unidentified gunmen opened fire on him at Tirah "
                     "Bazaar in Khyber Agency on May 3.", "2012-05-05")
    targets = {t for ev in result.events for t in [ev.target] if t is not None}
    assert targets and all(t.code for t in targets), [(e.cameo, e.target) for e in result.events]
