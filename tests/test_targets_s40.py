"""Targets named but left empty (session 40, issue 10; sentences we wrote). A demand or charge turned down or
taken up comes from the state its from-phrase names by a country's name or its capital ("rejected calls from
Washington"), not from a province or town; the with-phrase the parser hangs on what talks or a deal are about
or for ("negotiating for a supply contract with X", `party_words.csv` topic_prep) names the other party; a
lawsuit that names no defendant is brought against the one its participle of alleging names ("filed suit,
alleging X violated the patent", allegation_verb) or the infinitive of compelling or stopping it is filed for
names ("filed suit to compel X to complete the merger", suit_purpose_verb)."""

from __future__ import annotations


def _targets(result, cameo_root: str) -> set[str | None]:
    return {e.target.code for e in result.events if e.cameo.startswith(cameo_root) and e.target is not None}


def test_calls_from_a_capital_are_its_government_s(analyse) -> None:
    result = analyse("Japan's finance minister on Tuesday rejected calls from Washington for a stronger yen.",
                     "1987-03-10")
    assert "USAGOV" in _targets(result, "12")


def test_requests_from_a_country_named_as_one_are_its(analyse) -> None:
    result = analyse("The Brazilian government rejected fresh requests from the United States for faster "
                     "debt repayments.", "1987-03-10")
    assert any((code or "").startswith("USA") for code in _targets(result, "12"))


def test_an_offer_from_a_province_names_no_party(analyse) -> None:
    result = analyse("The Chilean government rejected an offer from Texas for its copper.", "1987-03-10")
    assert not any((code or "").startswith("USA") for code in _targets(result, "12"))


def test_the_partner_of_a_contract_negotiated_for(analyse) -> None:
    result = analyse("Federal Signal Corp said it is negotiating for a supply contract with General Motors "
                     "Corp.", "1987-03-10")
    assert "USABUS" in _targets(result, "04")


def test_the_partner_of_a_loan_talked_over(analyse) -> None:
    result = analyse("Tonka Corp said it is in talks over a new credit line with Citicorp.", "1987-03-10")
    assert "USABUS" in _targets(result, "04")


def test_the_partner_of_a_venture_a_letter_of_intent_is_for(analyse) -> None:
    result = analyse("Medicore Inc said it signed a letter of intent for a joint venture with Hanson Trust "
                     "Plc.", "1987-03-10")
    assert "GBRBUS" in _targets(result, "05")


def test_a_suit_alleging_a_company_violated_a_patent_is_against_it(analyse) -> None:
    result = analyse("Sunbeam Corp said it filed suit in U.S. District Court in Chicago, alleging Black and "
                     "Decker Inc violated its patent on the flashlights.", "1987-03-10")
    assert "USABUS" in _targets(result, "115")


def test_a_suit_claiming_damages_names_no_defendant(analyse) -> None:
    result = analyse("Sunbeam Corp said it filed suit in U.S. District Court in Chicago, claiming damages of "
                     "five mln dlrs.", "1987-03-10")
    assert _targets(result, "115") <= {None}


def test_a_suit_filed_to_compel_a_company_is_against_it(analyse) -> None:
    result = analyse("Ampco Corp said it has filed suit in state court in Dallas to compel Hughes Tool Co to "
                     "complete the proposed merger.", "1987-03-10")
    assert "USABUS" in _targets(result, "115")


def test_a_suit_filed_to_block_a_deal_names_no_defendant(analyse) -> None:
    result = analyse("Ampco Corp said it has filed suit in state court in Dallas to block the merger.",
                     "1987-03-10")
    assert _targets(result, "115") <= {None}
