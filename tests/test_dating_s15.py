"""Event dates, fifteenth round: a lede's undated act takes the day the next sentences give the same act told
again by the same doers ("troops killed 40 rebels ... troops had routed a rebel column yesterday"); a day
phrase in a clause of what was hoped or expected ("hopes the plan would be adopted this year") dates that
hoped act, not the done act beside it."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_in_clause

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).




def test_a_lede_force_act_takes_the_day_its_retelling_gives(nlp: Language) -> None:
    text = ("Government troops killed 40 rebels near the northern border, an army statement said. "
            "The statement said the troops had routed a rebel column yesterday some 30 km from the town.")
    assert date_in_clause(nlp, text, "killed") == ("2018-03-13", "relative")


def test_another_doers_act_does_not_date_the_lede(nlp: Language) -> None:
    text = ("Government troops killed 40 rebels near the northern border, an army statement said. "
            "It said rebels had attacked a police post yesterday some 30 km from the town.")
    assert date_in_clause(nlp, text, "killed") == ("2018-03-14", "publication")


def test_an_act_told_again_with_also_is_another(nlp: Language) -> None:
    text = ("Government troops killed 40 rebels near the northern border, an army statement said. "
            "The troops had also killed ten smugglers on Monday in the south.")
    assert date_in_clause(nlp, text, "killed") == ("2018-03-14", "publication")


def test_an_act_deep_in_the_body_is_no_lede(nlp: Language) -> None:
    text = ("Oil prices rose on Wednesday. Traders said supplies were tight. Demand was strong. "
            "Dealers said the market was firm. Government troops killed 40 rebels, an army statement said. "
            "The statement said the troops had routed a rebel column yesterday.")
    assert date_in_clause(nlp, text, "killed") != ("2018-03-13", "relative")


def test_a_hoped_clause_day_does_not_date_the_done_act(nlp: Language) -> None:
    text = ("The finance committee rejected the proposal by a 9-7 vote, dashing the growers' hopes the plan "
            "would be adopted this year.")
    assert date_in_clause(nlp, text, "rejected") == ("2018-03-14", "publication")


def test_the_hoped_act_keeps_its_own_time(nlp: Language) -> None:
    text = "The growers said the council would adopt the plan later this month."
    assert date_in_clause(nlp, text, "adopt")[0] == "2018-03"


def test_a_done_act_keeps_its_own_day_beside_a_hoped_clause(nlp: Language) -> None:
    text = ("The finance committee rejected the proposal on Monday, dashing the growers' hopes the plan "
            "would be adopted this year.")
    assert date_in_clause(nlp, text, "rejected") == ("2018-03-12", "relative")


def test_an_act_told_as_the_motive_has_no_day_of_the_clause(nlp: Language) -> None:
    text = "The army launched an operation in the valley on Monday in response to the attack on a border post."
    assert date_in_clause(nlp, text, "attack") == (None, "unknown")


def test_an_avenged_act_keeps_its_own_day(nlp: Language) -> None:
    text = ("Rebels attacked a police post on Monday in retaliation for the arrest of their leader on "
            "March 2.")
    assert date_in_clause(nlp, text, "arrest") == ("2018-03-02", "explicit")


def test_the_answering_act_keeps_the_clause_day(nlp: Language) -> None:
    text = "Rebels attacked a police post on Monday in retaliation for the arrest of their leader."
    assert date_in_clause(nlp, text, "attacked") == ("2018-03-12", "relative")


def test_a_claim_run_on_after_a_dated_act_is_the_reports_day(nlp: Language) -> None:
    text = ("Two soldiers were killed when militants ambushed an army patrol in the district on March 2 the "
            "Liberation Front claimed responsibility for the ambush.")
    assert date_in_clause(nlp, text, "claimed") == ("2018-03-14", "publication")


def test_a_claim_with_its_own_day_keeps_it(nlp: Language) -> None:
    text = ("Militants ambushed an army patrol in the district on March 2 and the Liberation Front claimed "
            "responsibility on Monday.")
    assert date_in_clause(nlp, text, "claimed") == ("2018-03-12", "relative")


def test_the_act_before_the_claim_keeps_its_day(nlp: Language) -> None:
    text = ("Militants ambushed an army patrol in the district on March 2 and the Liberation Front claimed "
            "responsibility for the ambush.")
    assert date_in_clause(nlp, text, "ambushed") == ("2018-03-02", "explicit")


def _timing(nlp: Language, text: str) -> tuple[bool, bool]:
    from newsevents.events.dating import phrase_timing
    doc = nlp(text)
    return phrase_timing(next(e for e in doc.ents if e.label_ == "DATE"), False)


def test_a_day_an_act_is_planned_for_is_ahead(nlp: Language) -> None:
    assert _timing(nlp, "The official said the accession was planned for early March.") == (True, False)


def test_a_day_an_act_is_put_off_until_is_ahead(nlp: Language) -> None:
    assert _timing(nlp, "Officials postponed until Tuesday any action on the permit.") == (True, False)


def test_the_day_of_the_postponing_itself_is_past(nlp: Language) -> None:
    assert _timing(nlp, "The talks were postponed on Monday.") == (False, True)
