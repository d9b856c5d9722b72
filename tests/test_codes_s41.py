"""Session 41: one reading of an actor code's parts (codes.py) for every stage. The merge stage had read only
current ISO 3166 countries, so a Soviet ("SUNGOV") or Yugoslav party had no country there and its sector was
read as "SUN"; the event stage read historical countries too."""

from __future__ import annotations

from newsevents.codes import country_of, is_country, sector_of


def test_a_historical_state_is_a_country_in_a_code() -> None:
    assert country_of("SUNGOV") == "SUN" and sector_of("SUNGOV") == "GOV"
    assert country_of("YUG") == "YUG" and sector_of("YUG") == ""
    assert is_country("DDR")


def test_a_code_without_a_country_is_its_sector() -> None:
    assert country_of("CVL") is None and sector_of("CVL") == "CVL"
    assert country_of("IGOUNO") is None and sector_of("IGOUNO") == "IGO"
    assert country_of(None) is None and sector_of(None) == "" and sector_of("") == ""


def test_a_current_country_and_its_sector() -> None:
    assert country_of("MEXCRM") == "MEX" and sector_of("MEXCRM") == "CRM"
    assert not is_country("GOV")
