"""Trigger words read in another sense than the event their row codes (session 38): "called upon X to" is an
appeal, not a telephone call; "called X a Y" (however the parser hangs Y) names X, no call; a private person
clashing with a leader disagrees, no fight, and a plan clashing with a view no fight at all; a reporter's question
is no appeal; regret over another's decision is disapproval, not sympathy; a person ruled out is no proposal
rejected; an official suspended from his post is an administrative sanction; an offer to acquire is an intent.
Real calls, fights, appeals and sympathy stay."""

from __future__ import annotations


def _codes(result, root: str) -> list[str]:
    return [e.cameo for e in result.events if e.cameo.startswith(root)]


def test_calling_upon_neighbours_to_help_is_an_appeal(analyse) -> None:
    result = analyse("Defense Minister Rodrigo Rivera said the gangs were growing. Earlier this week Rivera called "
                     "upon Colombia's neighbours to help plan a joint strategy against the criminal bands.",
                     "2010-11-20")
    assert _codes(result, "04") == []
    assert _codes(result, "02") == ["020"]


def test_calling_someone_a_trafficker_is_no_telephone_call(analyse) -> None:
    result = analyse("The US Treasury has called Honduran congressman Fredy Najera a major drug trafficker.",
                     "2012-05-30")
    assert _codes(result, "04") == []


def test_the_groups_the_government_calls_by_a_name_are_not_called(analyse) -> None:
    result = analyse("A university study found that the contraband trade in the province is now controlled by the "
                     "paramilitary successor groups the government calls BACRIMs (criminal bands).", "2013-01-10")
    assert _codes(result, "04") == []


def test_calling_him_the_man_who_runs_the_show_is_no_call(analyse) -> None:
    result = analyse("Megateo's army is far smaller than the FARC, but Colombian officials have called him \"\" the "
                     "man who runs the show \"\" in the region.", "2013-03-10")
    assert _codes(result, "04") == []


def test_calling_a_country_one_of_the_routes_is_no_call(analyse) -> None:
    result = analyse("The US State Department has called Venezuela one of the main cocaine trafficking routes in "
                     "the hemisphere because of its porous border.", "2016-08-01")
    assert _codes(result, "04") == []


def test_a_president_calling_another_stays_a_telephone_call(analyse) -> None:
    result = analyse("President Barack Obama called President Felipe Calderon to congratulate him on the arrest.",
                     "2011-05-01")
    assert _codes(result, "04") == ["041"]


def test_a_businessman_clashing_with_the_president_disagrees(analyse) -> None:
    result = analyse("Mexican billionaire Carlos Slim clashed with President Donald Trump over the wall.",
                     "2016-12-08")
    assert _codes(result, "19") == []
    assert _codes(result, "11") == ["110"]


def test_a_view_clashing_with_an_argument_is_no_fight(analyse) -> None:
    result = analyse("This clashes with the argument of analysts such as Alejandro Hope, who say the cost is high.",
                     "2016-05-10")
    assert _codes(result, "19") == []


def test_troops_clashing_with_rebels_stay_a_fight(analyse) -> None:
    result = analyse("Colombian troops clashed with FARC rebels in Cauca on Monday.", "2016-03-10")
    assert _codes(result, "19") == ["190"]


def test_a_question_asked_by_a_news_agency_is_no_appeal(analyse) -> None:
    result = analyse("Asked by Reuters to clarify his remarks of Monday, Indonesian Energy Minister Subroto said "
                     "the pact should be extended.", "1987-04-08")
    assert _codes(result, "02") == []


def test_reporters_asking_for_comment_is_no_appeal(analyse) -> None:
    result = analyse("Asked by reporters to comment on the pact, Indonesian Energy Minister Subroto said it should "
                     "be extended.", "1987-04-08")
    assert _codes(result, "02") == []


def test_asking_a_state_to_release_hostages_stays_an_appeal(analyse) -> None:
    result = analyse("The United States asked Iran to release the hostages.", "1987-03-10")
    assert _codes(result, "02") == ["025"]


def test_regret_over_a_decision_is_disapproval(analyse) -> None:
    result = analyse("While expressing regret over Washington's decision to impose tariffs on imports of Japanese "
                     "electronic goods, Nakasone said Tokyo was willing to send a senior official to Washington.",
                     "1987-03-30")
    assert "018" not in _codes(result, "01")
    assert _codes(result, "11") == ["110"]


def test_regret_over_deaths_stays_sympathy(analyse) -> None:
    result = analyse("Foreign Minister Shevardnadze expressed regret over the deaths of the Soviet sailors in the "
                     "attack.", "1987-03-10")
    assert _codes(result, "01") == ["018"]


def test_suspects_not_ruled_out_are_no_rejection(analyse) -> None:
    result = analyse("The report said independent counsel Lawrence Walsh had not ruled out any suspects, including "
                     "current and former government officials.", "1987-03-09")
    assert _codes(result, "12") == []


def test_a_prison_director_suspended_from_his_post_is_sanctioned(analyse) -> None:
    result = analyse("Juan Perez, the director of the Tamara prison, was temporarily suspended from his post while "
                     "an investigation is under way.", "2016-02-10")
    assert _codes(result, "16") == []
    assert _codes(result, "17") == ["172"]


def test_an_offer_to_acquire_is_an_intent(analyse) -> None:
    result = analyse("AFG Industries Inc made an offer to acquire GenCorp Inc for 100 dlrs a share.", "1987-04-09")
    assert _codes(result, "06") == []
    assert _codes(result, "03") == ["031"]
