"""Session 34: an abduction is never the unspecified assault told again ("abducted two villagers and later shot
them dead" is an abduction and a killing), and a verb of an act always done to someone, read by the tagger as a
past tense with no object ("the first capo extradited to the United States", "X, the former boss, extradited in
2007"), is a participle: the one it names suffered the act and is never its doer."""

from __future__ import annotations


def _codes(result, root: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_abduction_and_later_killing_are_two_events(analyse) -> None:
    result = analyse("Maoists kill two villagers\nCadres of the PLFI abducted two villagers from Khunti district of "
                     "Jharkhand on Sunday and later shot them dead in a forest.", "2015-04-20")
    codes = sorted(code for code, _, _ in _codes(result, "18"))
    assert codes == ["180", "181"]


def test_one_killing_told_twice_stays_one_event(analyse) -> None:
    result = analyse("Villager killed\nMaoists shot dead a villager in Sukma district of Chhattisgarh on Sunday. "
                     "The Maoists killed him near his house.", "2015-04-20")
    assert [code for code, _, _ in _codes(result, "18")] == ["180"]


def test_extradited_participle_read_as_past_names_the_one_extradited(analyse) -> None:
    result = analyse("Capo returns to crime\nSanchez Cristancho was the first Colombian capo extradited to the "
                     "United States twice.", "2016-05-02")
    [(code, source, target)] = _codes(result, "17")
    assert code == "174" and source != "COLCRM" and target == "COLCRM"


def test_apposed_participle_of_arrest_is_no_doer(analyse) -> None:
    result = analyse("Cartel figures named\nThe agency notes that Sinaloa trafficker Jose Torres, arrested in "
                     "February in Mexico, was among those named.", "2016-05-02")
    [(_, source, target)] = _codes(result, "173")
    assert target is not None and target.startswith("MEX") and source != target


def test_an_active_arrest_keeps_its_doer(analyse) -> None:
    result = analyse("Arrest in Cali\nColombian police arrested and extradited two brokers to the US last year.",
                     "2016-05-02")
    assert ("173", "COLCOP", None) in _codes(result, "17") or any(
        source == "COLCOP" for _, source, _ in _codes(result, "17"))


# --- goods sold to, or bought from, a coded party are economic cooperation (061), one sale at a time ---

def test_goods_sold_to_a_state_are_economic_cooperation(analyse) -> None:
    result = analyse("Sugar sale\nAustralia sold 120,000 tonnes of raw sugar to the Soviet Union for shipment in "
                     "April, the minister said.", "1987-03-09")
    assert ("061", "AUSGOV", "SUNGOV") in _codes(result, "06")


def test_goods_bought_from_a_party_are_economic_cooperation(analyse) -> None:
    result = analyse("Palm oil purchase\nPakistan has purchased 80,000 tonnes of palm oil from Malaysia for May "
                     "shipment, traders said.", "1987-03-09")
    assert ("061", "PAKGOV", "MYSGOV") in _codes(result, "06")


def test_a_season_s_total_is_no_one_sale(analyse) -> None:
    result = analyse("Wheat exports\nFrance sold about 280,000 tonnes of soft wheat to Tunisia during the 1986/87 "
                     "season, customs figures showed.", "1987-04-09")
    assert _codes(result, "06") == []


def test_a_year_s_purchases_are_no_one_purchase(analyse) -> None:
    result = analyse("Oil trade\nThe agency said Mobil bought 60 mln dlrs of crude oil from China in 1986.",
                     "1987-03-09")
    assert _codes(result, "06") == []


# --- the by-agent of a participle of doing on an act's noun did the act ("a murder planned by X") ---

def test_a_murder_planned_by_executives_was_their_act(analyse) -> None:
    result = analyse("Activist's murder\nProsecutors said the murder of the activist Maria Lopez was planned by "
                     "the executives of a dam company.", "2018-11-30")
    assert [source for _, source, _ in _codes(result, "18")] == ["BUS"]


def test_an_agreement_entered_without_into_is_signed(analyse) -> None:
    result = analyse("Chrysler letter of intent\nChrysler Corp said it entered a letter of intent with Renault to "
                     "buy its stake in American Motors Corp.", "1987-03-10")
    assert [(code, source, target) for code, source, target in _codes(result, "05")] == [
        ("057", "USABUS", "FRABUS")]
