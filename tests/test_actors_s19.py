"""Actor codes, session 19: the sector and country a person's own description gives ("X, the company's
spokesman" BUS, "the President of the district BJP, X" PTY, "Ways and Means chairman X" LEG), a person's "of
<country>" over the dateline, a plural nationality before a list of names, and the tribal police and armed
groups the tables lacked.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from conftest import code_of


def test_spokesman_owned_by_a_company_noun_is_business(analyse) -> None:
    result = analyse("CHICAGO, March 12 - Tom Kessel, the company's spokesman, said the firm rejected the "
                     "offer.", "1987-03-12")
    assert code_of(result, "Tom Kessel") is not None
    assert code_of(result, "Tom Kessel").endswith("BUS")  # type: ignore[union-attr]


def test_president_owned_by_a_bank_noun_is_no_government(analyse) -> None:
    result = analyse("CHICAGO, March 12 - Tom Kessel, the bank's president, said it rejected the offer.",
                     "1987-03-12")
    code = code_of(result, "Tom Kessel") or ""
    assert code.endswith("BUS") and "GOV" not in code


def test_spokesman_with_a_union_noun_is_labour(analyse) -> None:
    result = analyse("DETROIT, March 12 - Tom Kessel, a union spokesman, said the strike would go on.",
                     "1987-03-12")
    assert (code_of(result, "Tom Kessel") or "").endswith("LAB")


def test_a_ministrys_spokesman_stays_government(analyse) -> None:
    result = analyse("TOKYO, March 12 - Taro Sato, the ministry's spokesman, said it would act.", "1987-03-12")
    assert (code_of(result, "Taro Sato") or "").endswith("GOV")


def test_president_of_a_district_party_unit_is_the_partys(analyse) -> None:
    result = analyse("The President of Barpeta District Bharatiya Janata Party (BJP), Nirmal Deka, was "
                     "attacked by two unidentified assailants in Barpeta town on November 27.", "2015-11-28")
    assert code_of(result, "Nirmal Deka") == "INDPTY"


def test_ways_and_means_chairman_is_a_legislator(analyse) -> None:
    result = analyse("WASHINGTON, March 12 - Ways and Means chairman Mark Dorrance, an Ohio Democrat, said "
                     "the trade bill would pass.", "1987-03-12")
    assert code_of(result, "Mark Dorrance") == "USALEG"


def test_house_committee_chairman_is_a_legislator(analyse) -> None:
    result = analyse("WASHINGTON, March 12 - House Budget Committee chairman William Grayson agreed it was "
                     "another option.", "1987-03-12")
    assert code_of(result, "William Grayson") == "USALEG"


def test_clearing_house_committee_is_no_legislature(analyse) -> None:
    result = analyse("NEW YORK, March 12 - Clearing House Committee chairman John Warden said the banks "
                     "would act.", "1987-03-12")
    assert "LEG" not in (code_of(result, "John Warden") or "")


def test_ways_and_means_committee_is_the_legislature(analyse) -> None:
    result = analyse("WASHINGTON, March 12 - The trade bill was approved by the House Ways and Means Committee "
                     "on Thursday, congressional aides said.", "1987-03-12")
    assert code_of(result, "House Ways and Means Committee") == "USALEG"


def test_person_of_a_country_is_of_it_not_of_the_dateline(analyse) -> None:
    result = analyse("GENEVA, March 12 - Somchai Prasert of Thailand, chairman of the conference, urged "
                     "producers to agree on a price.", "1987-03-12")
    assert (code_of(result, "Somchai Prasert") or "").startswith("THA")


def test_senator_of_a_us_state_named_like_a_country_is_american(analyse) -> None:
    result = analyse("WASHINGTON, March 12 - Senator Sam Nunley of Georgia said the treaty was flawed.",
                     "1987-03-12")
    assert code_of(result, "Sam Nunley") == "USALEG"


def test_plural_nationality_before_names_is_each_ones(analyse) -> None:
    result = analyse("Venezuelans Jose Perez Mora, Luis Rojas Pena and Carlos Ruiz Vera have been charged "
                     "with arms trafficking violations in Florida.", "2016-05-18")
    for name in ("Jose Perez Mora", "Luis Rojas Pena", "Carlos Ruiz Vera"):
        assert code_of(result, name) == "VENCRM", name


def test_plural_nationality_gives_no_sector_by_itself(analyse) -> None:
    result = analyse("Colombians Jose Perez Mora and Luis Rojas Pena were arrested in Miami.", "2016-05-18")
    assert code_of(result, "Jose Perez Mora") in {"COL", "COLCRM"}
    assert code_of(result, "Luis Rojas Pena") in {"COL", "COLCRM"}


def test_khassadar_force_is_tribal_police(analyse) -> None:
    result = analyse("PESHAWAR, May 18 - Militants attacked a Khassadar Force check post in Bara, injuring "
                     "two Khassadars.", "2012-05-18")
    assert code_of(result, "Khassadar Force") == "PAKCOP"


def test_hmar_national_army_is_a_rebel_group(analyse) -> None:
    result = analyse("AIZAWL, May 18 - Hmar National Army militants abducted two traders in Churachandpur.",
                     "2012-05-18")
    assert code_of(result, "Hmar National Army") == "INDREB"


def test_title_set_off_by_commas_after_a_name_is_read(analyse) -> None:
    # the parser takes "Under" for a preposition: the title is read from the words between the commas
    result = analyse("NEW YORK, March 12 - Robert Gaunt, Under Secretary of the Treasury, told a Wall Street "
                     "group that regulators would act.", "1987-03-12")
    assert code_of(result, "Robert Gaunt") == "USAGOV"


def test_names_in_a_list_take_no_title_from_each_other(analyse) -> None:
    result = analyse("NEW YORK, March 12 - Robert Gaunt, Tom Smithers, Bill Jonas and Ann Leeds attended the "
                     "meeting.", "1987-03-12")
    assert all(e.actor is None or "GOV" not in e.actor.code for e in result.entities)


def test_state_licensing_board_and_its_officer_are_government(analyse) -> None:
    result = analyse("SACRAMENTO, March 12 - Lena Warde, executive officer of the Oregon Board of Nursing, "
                     "accused the hospital of negligence.", "1987-03-12")
    assert code_of(result, "Oregon Board of Nursing") == "USAGOV"
    assert code_of(result, "Lena Warde") == "USAGOV"


def test_executive_officer_of_a_company_stays_business(analyse) -> None:
    result = analyse("NEW YORK, March 12 - Lena Warde, executive officer of Acme Widget Corp, said the "
                     "company would cut jobs.", "1987-03-12")
    assert (code_of(result, "Lena Warde") or "").endswith("BUS")


def test_board_of_trade_is_no_government(analyse) -> None:
    result = analyse("CHICAGO, March 12 - The Philadelphia Board of Trade said it would extend trading "
                     "hours.", "1987-03-12")
    assert "GOV" not in (code_of(result, "Philadelphia Board of Trade") or "")


def test_white_house_chief_of_staff_is_government_not_military(analyse) -> None:
    result = analyse("WASHINGTON, March 12 - White House chief of staff Howard Baxter said the president "
                     "would veto the bill.", "1987-03-12")
    assert code_of(result, "Howard Baxter") == "USAGOV"


def test_congress_worker_in_indian_story_is_of_the_party(analyse) -> None:
    result = analyse("GUWAHATI, May 18 - Militants shot dead Congress worker Ranjit Borah in Tezpur.",
                     "2015-05-18")
    assert code_of(result, "Ranjit Borah") == "INDPTY"


def test_bare_congress_in_indian_story_is_the_party(analyse) -> None:
    result = analyse("GUWAHATI, May 18 - Suspected militants shot dead a local Congress leader in Tezpur. The "
                     "Congress called a general strike in protest.", "2015-05-18")
    assert code_of(result, "Congress") == "INDPTY"


def test_congress_president_in_guatemalan_story_is_its_legislature(analyse) -> None:
    result = analyse("GUATEMALA CITY, May 18 - Congress president Mario Tarazona said the bill would pass.",
                     "2015-05-18")
    assert code_of(result, "Mario Tarazona") == "GTMLEG"


def test_congress_leader_in_us_story_stays_american(analyse) -> None:
    result = analyse("WASHINGTON, May 18 - Congress leader Tom Foyle said the bill would pass.", "1987-05-18")
    assert code_of(result, "Tom Foyle") == "USALEG"


def test_assistant_jailor_is_a_state_official(analyse) -> None:
    result = analyse("SHILLONG, Feb 3 - Suspected GNLA militants attacked the Williamnagar jail, killing "
                     "assistant jailor, Neil Warjon, on February 2.", "2015-02-03")
    assert code_of(result, "Neil Warjon") == "INDGOV"


def test_names_listed_after_plural_party_workers_are_the_partys(analyse) -> None:
    result = analyse("Two BJP workers, Rakesh Sharman and Sunil Vermani, were shot dead in Agartala on "
                     "Monday.", "2015-02-03")
    assert code_of(result, "Rakesh Sharman") == "INDPTY"
    assert code_of(result, "Sunil Vermani") == "INDPTY"


def test_names_listed_after_plural_journalists_are_media(analyse) -> None:
    result = analyse("Two journalists, Rakesh Sharman and Sunil Vermani, were shot dead in Lima on Monday.",
                     "2015-02-03")
    assert (code_of(result, "Sunil Vermani") or "").endswith("MED")


def test_tribal_lashkar_and_peace_committee_are_militias_not_rebels(analyse) -> None:
    lashkar = analyse("PESHAWAR, May 18 - Militants attacked a tribal lashkar in Bara, killing three "
                      "volunteers.", "2012-05-18")
    assert code_of(lashkar, "a tribal lashkar") == "PAKUAF"
    committee = analyse("PESHAWAR, May 18 - Unidentified gunmen shot dead a member of a pro-Government peace "
                        "committee in Janikhel area.", "2012-05-18")
    assert code_of(committee, "a pro-Government peace committee") == "PAKUAF"


def test_former_state_governor_is_elite_when_the_ner_takes_the_state_for_a_person(analyse) -> None:
    result = analyse("MEXICO CITY, May 18 - Police arrested former Tamaulipas governor Carlos Ortega "
                     "Ruiz.", "2012-05-18")
    assert code_of(result, "Carlos Ortega Ruiz") == "MEXELI"


def test_sitting_state_governor_is_government(analyse) -> None:
    result = analyse("MEXICO CITY, May 18 - Police arrested Tamaulipas governor Jose Luis Mendez Rivas.",
                     "2012-05-18")
    assert code_of(result, "Jose Luis Mendez Rivas") == "MEXGOV"
