"""Warnings that are views, not threats (events/senses.py `_other_party_clause`, `_bare_act`;
data/sense_rules.csv warn rows): a warning that another party does, is or will do something, addressed to
no one and on no condition, is a pessimistic comment (CAMEO 012), not a threat (130); "as X warned" warns no
one of anything. A warning to a party, a conditional one and one of the speaker's own side's act stay
threats."""

from __future__ import annotations

from conftest import event_codes


def test_a_think_tank_warning_that_gangs_will_expand_is_a_comment(analyse) -> None:
    result = analyse("The Andean Security Forum has warned that criminal gangs in Ecuador will try to expand "
                     "their power in the coming local elections.", "2015-03-12")
    codes = event_codes(result)
    assert "012" in codes and "130" not in codes


def test_a_police_chief_warning_that_gangs_infiltrate_politics_is_a_comment(analyse) -> None:
    result = analyse("As the elections approach, Police Chief Ramon Esquivel has warned that gangs are again "
                     "infiltrating local politics in Honduras.", "2015-03-12")
    assert "130" not in event_codes(result)


def test_as_a_group_warned_is_no_threat(analyse) -> None:
    result = analyse("As the Andean Security Forum warned in 2016, it appears that the militias of Ecuador have "
                     "evolved into criminal syndicates.", "2018-03-12")
    assert not any(code.startswith("13") for code in event_codes(result))


def test_warning_a_party_of_retaliation_stays_a_threat(analyse) -> None:
    result = analyse("Trade Secretary Paul Morrow warned the European Community yesterday it would face serious "
                     "retaliation if it enacted the tax.", "1987-03-12")
    assert "130" in event_codes(result)


def test_warning_of_ones_own_states_act_stays_a_threat(analyse) -> None:
    result = analyse("Peruvian Foreign Minister Luis Castaneda warned that Peru would flatly reject the proposed "
                     "reforms of the Andean Pact.", "1987-03-12")
    assert "130" in event_codes(result)
