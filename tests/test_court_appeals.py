"""Appeals against rulings (data/sense_rules.csv appeal rows): appealing against a ruling or decision is
legal action (CAMEO 115), no request; an appeal for help or to a party stays a request (020)."""

from __future__ import annotations

from conftest import event_codes


def test_appealing_against_a_regulators_ruling_is_legal_action(analyse) -> None:
    result = analyse("Maple Leaf Dealers, a group of Canadian grocers, is currently appealing in a Quebec court "
                     "against a previously announced Quebec Securities Commission ruling blocking its bid.",
                     "1987-03-12")
    codes = event_codes(result)
    assert "115" in codes and "020" not in codes


def test_an_appeal_for_aid_stays_a_request(analyse) -> None:
    result = analyse("Peru has appealed to 20 countries for emergency aid to help villagers hit by the floods.",
                     "1987-03-12")
    assert "115" not in event_codes(result)
    assert any(code.startswith("02") for code in event_codes(result))
