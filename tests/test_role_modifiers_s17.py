"""Whose role is it: the modifier words before a role noun (session 17, lead)."""

from __future__ import annotations

from conftest import code_of


def test_a_dateline_hung_on_a_nationality_word_is_not_the_roles_country(analyse) -> None:
    # the parser hangs "BAGHDAD" on "Iranian": where the story was filed is not whose troops they are
    result = analyse("BAGHDAD - Iranian troops shelled Kurdish villages on Monday.", "2015-05-03")
    assert code_of(result, "Iranian troops") == "IRNMIL"


def test_a_hyphenated_place_modifier_still_places_the_group(analyse) -> None:
    result = analyse("Pakistan-based militants attacked an army camp in Uri on Sunday.", "2016-09-19")
    assert code_of(result, "Pakistan-based militants") == "PAKREB"


def test_a_lowercase_common_noun_is_no_place(analyse) -> None:
    # "van" is also a Turkish province; in lower case it is the vehicle
    result = analyse("Gunmen in a van opened fire on a police post in Peshawar on Monday.", "2015-05-03")
    assert not (code_of(result, "Gunmen") or "").startswith("TUR")


def test_gov_before_a_name_is_a_governors_title(analyse) -> None:
    result = analyse("MEXICO CITY - Michoacan Gov. Silvano Aureoles condemned the attack on Monday.",
                     "2015-05-03")
    assert code_of(result, "Silvano Aureoles") == "MEXGOV"


def test_a_dateline_the_parser_makes_a_compound_of_the_role_is_no_modifier(analyse) -> None:
    # "SAN SALVADOR - Police": the dateline's city, read as the role's modifier, gave Brazil (Salvador, Bahia)
    result = analyse("SAN SALVADOR - Police arrested three gang members on Monday.", "2015-05-03")
    codes = {e.actor.code for e in result.entities if e.actor}
    assert not any(c.startswith("BRA") for c in codes if c), codes
