"""Conditional threats (events/senses.py `_threat_condition`, data/sense_rules.csv threat_unless / threat_if
rows): an act a party says or agrees it will do unless another party acts, or a hostile act it says it will do
if another party does something, is a threat (CAMEO 13x, by the act's root), made when it is spoken; not the
act threatened. A condition on the doer itself, a negated act, a forecast ("might"), a cooperative act under
"if" and the writer's own conditional stay as they were."""

from __future__ import annotations

from conftest import event_codes, trigger_modality


def test_buying_elsewhere_unless_the_seller_relents_is_a_threat(analyse) -> None:
    result = analyse("Brazil's state oil company told the Kuwaitis it would negotiate crude purchases elsewhere "
                     "unless they lowered their price by Friday.", "1987-03-12")
    assert "130" in event_codes(result)
    assert not any(code.startswith("04") for code in event_codes(result))
    assert trigger_modality(result, "negotiate") == "asserted"


def test_sanctions_agreed_unless_markets_open_threaten_sanctions(analyse) -> None:
    result = analyse("On Monday, trade ministers of the Nordic countries agreed to impose tariffs on a range of "
                     "Korean steel products unless Seoul opened its markets to Nordic exports.", "1987-03-12")
    codes = event_codes(result)
    assert "131" in codes and "163" not in codes


def test_a_hostile_act_said_to_follow_if_another_party_fails_is_a_threat(analyse) -> None:
    result = analyse("He said that under the new banking law, Canada could revoke the licences of Swiss banks "
                     "in Toronto if Canadian firms fail to get similar treatment in Zurich.", "1987-03-12")
    codes = event_codes(result)
    assert any(code.startswith("13") for code in codes)
    assert not any(code.startswith(("16", "17")) for code in codes)


def test_a_boycott_promised_unless_the_ruling_party_yields_threatens_dissent(analyse) -> None:
    result = analyse("The opposition Labour Party said it would again boycott parliament unless the government "
                     "withdrew the bill.", "1987-03-12")
    codes = event_codes(result)
    assert "133" in codes and "143" not in codes


def test_a_negated_act_under_unless_is_no_threat(analyse) -> None:
    result = analyse("The dockers said they would not end their strike unless they received a 40 pct pay rise.",
                     "1987-03-12")
    assert not any(code.startswith("13") for code in event_codes(result))


def test_a_condition_on_the_doer_itself_is_no_threat(analyse) -> None:
    result = analyse("The ministry said the army would withdraw from the border town unless it received new "
                     "orders.", "1987-03-12")
    assert not any(code.startswith("13") for code in event_codes(result))


def test_a_forecast_with_might_is_no_threat(analyse) -> None:
    result = analyse("Diplomats said the group might impose new tariffs on Korean goods if Washington imposes "
                     "trade sanctions against Seoul.", "1987-03-12")
    assert not any(code.startswith("13") for code in event_codes(result))


def test_a_cooperative_act_under_if_is_no_threat(analyse) -> None:
    result = analyse("The minister said Portugal would negotiate with the rebels if they laid down their arms.",
                     "1987-03-12")
    assert not any(code.startswith("13") for code in event_codes(result))


def test_what_a_third_party_forecasts_another_would_do_is_no_threat(analyse) -> None:
    result = analyse("Analysts said the union would strike the plants unless the company raised its offer.",
                     "1987-03-12")
    assert not any(code.startswith("13") for code in event_codes(result))
