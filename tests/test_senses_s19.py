"""Words read in the wrong sense and the wrong modality (session 19): share warrants, market talk, defending a
price or a lawsuit, reporters' questions, inferences, expulsion from a party, hacker attacks, "no" on the act,
what goes on "as" others act, captured posts, prison riots, deals struck, failed attempts."""

from __future__ import annotations

from conftest import event_codes, event_on, modality_of


def test_a_share_warrant_a_company_grants_is_no_arrest_warrant(analyse) -> None:
    result = analyse("Honeywell Inc will also grant Sumitomo Bank a four-year warrant to purchase two mln Honeywell "
                     "common shares at 80 dlrs per share.", "1987-05-04")
    assert not any(code.startswith("17") for code in event_codes(result))


def test_an_arrest_warrant_issued_by_a_court_stays(analyse) -> None:
    result = analyse("A Honduran court issued an arrest warrant for former police chief Ramon Valle on Monday.",
                     "2015-05-04")
    assert "173" in event_codes(result)


def test_market_talk_that_a_buyer_passed_on_a_tender_is_no_consultation(analyse) -> None:
    result = analyse("Soybean oil futures eased following talk that Egypt passed on its tender for 20,000 tonnes "
                     "of oil, dealers said.", "1987-04-07")
    assert not any(code.startswith("04") for code in event_codes(result))


def test_talks_between_ministers_stay_a_consultation(analyse) -> None:
    result = analyse("Egypt's foreign minister held talks with his Sudanese counterpart in Cairo on Monday.",
                     "1987-04-07")
    assert any(code.startswith("04") for code in event_codes(result))


def test_defending_a_price_or_a_lawsuit_is_no_verbal_defence(analyse) -> None:
    price = analyse("Kuwait would cut its output below its quota if necessary to defend the 18 dlr price, the "
                    "oil minister said.", "1987-03-11")
    suit = analyse("Grumman Corp said it will vigorously defend the litigation brought by its former "
                   "distributors.", "1987-03-11")
    bid = analyse("Dixons Group, defending itself against a bid from Woolworth Holdings, forecast higher "
                  "profits.", "1987-03-11")
    for result in (price, suit, bid):
        assert "052" not in event_codes(result)


def test_defending_a_policy_stays_a_verbal_defence(analyse) -> None:
    result = analyse("Treasury Secretary James Baker defended the administration's farm policy on Tuesday.",
                     "1987-03-11")
    assert "052" in event_codes(result)


def test_a_reporters_question_is_no_act(analyse) -> None:
    asked = analyse("Asked by reporters if Malaysia would support an extension of the tin agreement, the "
                    "minister said no one would propose that.", "1987-04-06")
    planned = analyse("Asked if he planned to visit the United States, Prime Minister Nakasone said no.",
                      "1987-04-06")
    assert "051" not in event_codes(asked)
    assert "042" not in event_codes(planned)


def test_a_condition_with_if_is_still_hypothetical(analyse) -> None:
    result = analyse("If Iraqi troops attack Iranian positions near Basra, Iran will respond, the minister said.",
                     "1987-04-06")
    assert any(e.cameo.startswith("19") and e.modality == "hypothetical" for e in result.events)


def test_an_inference_with_it_is_obvious_is_hypothetical(analyse) -> None:
    result = analyse("\"It is obvious that the Japanese government has agreed with the United States on exchange "
                     "rate bands,\" the economist said.", "1987-04-02")
    assert modality_of(result, "030") == "hypothetical"


def test_expelled_from_a_party_is_no_deportation(analyse) -> None:
    party = analyse("The hardliners, expelled from the Finnish Communist Party in 1985, lost four of their nine "
                    "seats.", "1987-03-16")
    member = analyse("Both brokers were fined by the exchange's disciplinary committee and expelled from "
                     "membership.", "1987-03-16")
    assert "174" not in event_codes(party)
    assert "174" not in event_codes(member)


def test_expelled_from_a_country_stays_a_deportation(analyse) -> None:
    result = analyse("Alias Cucaracha was expelled from Honduras for violating the migration law.", "2015-03-16")
    assert "174" in event_codes(result)


def test_a_hacker_attack_on_websites_is_no_use_of_force(analyse) -> None:
    result = analyse("Official websites have been targeted, with the hacker group LulzSec attacking the Mexican "
                     "interior ministry's website in 2012.", "2015-03-16")
    assert not any(code[:2] in {"18", "19"} for code in event_codes(result))


def test_militants_attacking_a_post_stay_an_attack(analyse) -> None:
    result = analyse("Militants attacked a police post in Baramulla district on Monday.", "2015-03-16")
    assert any(code[:2] in {"18", "19"} for code in event_codes(result))


def test_no_on_the_act_negates_it(analyse) -> None:
    made = analyse("Police made no arrests after the clash in Peshawar on Friday.", "2015-03-16")
    has = analyse("Guatemala's attorney general has no investigations into the Mendoza brothers for money "
                  "laundering.", "2015-03-16")
    assert event_on(made, "arrests").negated
    assert event_on(has, "investigations").negated


def test_an_arrest_told_plainly_is_not_negated(analyse) -> None:
    result = analyse("Police arrested two suspects after the clash in Peshawar on Friday.", "2015-03-16")
    assert not event_on(result, "arrested").negated


def test_talks_going_on_as_weeks_may_pass_are_not_asserted(analyse) -> None:
    result = analyse("It may take weeks for the new Swedish government to take shape as the major parties "
                     "negotiate to see which grouping can form a majority.", "1987-03-16")
    assert all(e.modality != "asserted" for e in result.events if e.cameo.startswith("04"))


def test_captured_checkpoints_are_territory_taken(analyse) -> None:
    result = analyse("Taliban militants captured several Police Checkpoints in the Dand district of Kandahar "
                     "Province on June 3.", "2015-06-05")
    codes = event_codes(result)
    assert "192" in codes and "181" not in codes


def test_rebels_capturing_soldiers_is_still_an_abduction(analyse) -> None:
    result = analyse("Maoists captured two policemen in Sukma district on Tuesday.", "2015-06-05")
    assert "181" in event_codes(result)


def test_prisoners_killed_in_a_riot_are_unconventional_violence(analyse) -> None:
    # the police who tell of it are read as the doer: the riot still makes it no fight between armed sides
    result = analyse("At least 21 inmates were killed in a prison riot in Manaus, Brazil, on Sunday, police said.",
                     "2017-01-10")
    codes = event_codes(result)
    assert "190" not in codes and "180" in codes


def test_an_accord_struck_is_no_attack(analyse) -> None:
    result = analyse("Finance Minister Karl Otto Poehl reaffirmed his commitment to the Plaza accord struck in "
                     "New York.", "1987-04-10")
    assert not any(code[:2] in {"18", "19"} for code in event_codes(result))


def test_a_failed_attempt_to_kill_was_made(analyse) -> None:
    failed = analyse("Ortiz joined the Juarez Cartel in the aftermath of its botched 1995 attempt to assassinate "
                     "Gulf Cartel boss Osiel Cardenas at the Monterrey airport.", "2015-03-16")
    planned = analyse("The Zetas are planning an attempt to kill the mayor of Monterrey.", "2015-03-16")
    assert all(e.modality == "asserted" for e in failed.events if e.cameo.startswith("18"))
    assert any(e.modality == "intended" for e in planned.events if e.cameo.startswith("18"))


def test_forces_occupied_elsewhere_or_energies_occupied_take_no_territory(analyse) -> None:
    busy = analyse("With Peruvian security forces occupied on the other side of the country, coca production is "
                   "helping the dissidents grow stronger.", "2018-03-01")
    energies = analyse("The merger would occupy much of Commerzbank's energies this year.", "1987-06-29")
    assert "192" not in event_codes(busy)
    assert "192" not in event_codes(energies)


def test_troops_occupying_a_town_stay_an_occupation(analyse) -> None:
    result = analyse("Rebels occupied and looted the town of Goma on Tuesday.", "2018-03-01")
    assert "192" in event_codes(result)


def test_evidence_supporting_a_notion_is_no_endorsement(analyse) -> None:
    result = analyse("Ecuadorean authorities seized two tons of cocaine from the Shadow Front in Esmeraldas, which "
                     "supported the notion that the group was taking over former FARC territories.", "2018-03-01")
    assert "051" not in event_codes(result)


def test_talks_a_minister_flies_to_today_are_still_to_come(analyse) -> None:
    ahead = analyse("Trade Minister Hajime Tamura, who flies to Ottawa today for talks with Canadian officials, "
                    "told reporters he expected progress.", "1987-04-07")
    past = analyse("Trade Minister Hajime Tamura flew to Ottawa on Monday for talks with Canadian officials.",
                   "1987-04-07")
    assert event_on(ahead, "talks").modality == "intended"
    assert event_on(past, "talks").modality == "asserted"


def test_force_told_as_a_constant_pattern_is_no_one_act(analyse) -> None:
    pattern = analyse("The memoir tells of his fatigue at the constant murder of victims by the Juarez Cartel.",
                      "2011-03-01")
    one = analyse("The Juarez Cartel murdered three police officers in Ciudad Juarez on Monday.", "2011-03-01")
    assert not any(code.startswith("18") for code in event_codes(pattern))
    assert any(code.startswith("18") for code in event_codes(one))


def test_fighting_off_a_prospect_is_no_use_of_force(analyse) -> None:
    prospect = analyse("President Daniel Ortega is occupied fighting off the prospect of an early election.",
                       "2016-06-01")
    troops = analyse("Venezuelan troops are fighting off Colombian guerrillas near the border.", "2016-06-01")
    assert not any(code.startswith("19") for code in event_codes(prospect))
    assert any(code.startswith("19") for code in event_codes(troops))
