"""A party's answer to another party's demand, offer or charge (session 36, issue 10): a demand or bid turned
down is a rejection of its maker when the sentence names him (a market word such as "demand" or "bid" is
no market there); a company's offer accepted by another company is an intent to deal with its maker (031);
an accusation denied, dismissed or refuted answers the one who made it, named by its of- or from-phrase or a
participle's by-agent; an armed side that "fired back" fired on the side that fired first, while anyone
else who "fired back" retorted (sentences we wrote)."""

from __future__ import annotations


def _events(result, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events whose CAMEO code starts with `root`."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_a_demand_turned_down_is_a_rejection_of_the_one_who_made_it(analyse) -> None:
    result = analyse("Sudan rejected a demand by the International Monetary Fund for a devaluation of its "
                     "currency.", "1987-03-24")
    assert ("SDNGOV", "IGOUNOIMF") in _events(result, "12")


def test_bids_no_one_is_named_making_stay_no_rejection(analyse) -> None:
    result = analyse("The European Community's Commission rejected all bids for feed wheat at the weekly "
                     "tender.", "1987-03-10")
    assert not _events(result, "12")


def test_a_company_accepting_another_company_s_offer_intends_the_deal(analyse) -> None:
    result = analyse("Gould Inc accepted an offer from Westinghouse Electric Corp for its defense electronics "
                     "unit.", "1987-03-30")
    assert ("USABUS", "USABUS") in _events(result, "031")


def test_a_refuted_claim_answers_the_group_that_made_it(analyse) -> None:
    result = analyse("Colombian police refuted the claims of the FARC.", "2014-05-03")
    assert ("COLCOP", "COLREB") in _events(result, "016")


def test_charges_made_by_a_force_and_denied_answer_that_force(analyse) -> None:
    result = analyse("The FARC denied the charges made by the Colombian army.", "2014-05-03")
    assert ("COLREB", "COLMIL") in _events(result, "016")


def test_charges_naming_a_crime_name_no_accuser(analyse) -> None:
    result = analyse("Colombian police refuted the claims of abuse.", "2014-05-03")
    assert all(target is None for _, target in _events(result, "016"))


def test_police_who_fired_back_fired_on_the_militants(analyse) -> None:
    result = analyse("Militants opened fire on a Police party in Sopore on June 7 and the policemen fired "
                     "back.", "2014-06-08")
    assert ("INDCOP", "INDREB") in _events(result, "19")


def test_a_politician_who_fired_back_used_no_force(analyse) -> None:
    result = analyse("Senator Sam Nunn fired back at his Republican critics on Tuesday.", "1987-03-10")
    assert not [e for e in result.events if e.cameo[:2] in {"18", "19"}]
