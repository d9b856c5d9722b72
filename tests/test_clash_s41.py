"""Recall of SATP attacks and clashes (issue 10): a killing told by a bomb's blast with no doer named was set
by unidentified attackers as an injury by it is (implied.py through detect._doerless_kind); the fire that
answered an attack the story told ("In the retaliatory fire") is the answering side's (sources._gunfight);
a beating and a killing told one after the other in one sentence are two acts (merge._acts_in_series)."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_killed_in_a_bomb_explosion_with_no_doer_named(analyse: Analyse) -> None:
    result = analyse("Four civilians were killed and six others sustained injuries in a roadside bomb explosion in "
                     "Kurram Agency on Sunday.", "2013-06-04")
    bombings = [e for e in result.events if e.cameo == "183"]
    assert bombings and all(e.source is not None and e.source.code == "PAKUAF" for e in bombings)
    assert bombings[0].source is not None and bombings[0].source.basis == "implied"


def test_killed_when_a_bomb_was_detonated(analyse: Analyse) -> None:
    result = analyse("Three soldiers were killed when a remote controlled bomb was detonated near their vehicle in "
                     "North Waziristan Agency on Monday.", "2013-06-04")
    [bombing] = [e for e in result.events if e.cameo == "183"]
    assert bombing.source is not None and bombing.source.code == "PAKUAF"


def test_killed_in_a_gas_cylinder_explosion_names_no_bomber(analyse: Analyse) -> None:
    result = analyse("Three workers were killed in a gas cylinder explosion in Quetta on Monday.", "2013-06-04")
    assert all(e.source is None or e.source.basis != "implied" for e in result.events)


def test_the_retaliatory_fire_is_the_answering_sides(analyse: Analyse) -> None:
    result = analyse("Policemen were on patrol in Peshawar on Tuesday when gunmen on a motorcycle opened fire on "
                     "them. A constable was killed in the attack. In the retaliatory fire two gunmen were also "
                     "killed.", "2013-06-05")
    answered = [e for e in result.events if e.cameo[:2] in {"18", "19"}
                and e.mentions[0].text.startswith("In the retaliatory fire")]
    assert answered and all(e.source is not None and e.source.code == "PAKCOP" for e in answered)


def test_kidnapped_tortured_and_shot_dead_are_three_acts(analyse: Analyse) -> None:
    result = analyse("Police said that unidentified gunmen had abducted a shopkeeper, tortured him and then shot "
                     "him dead before throwing his body in a canal in Karachi on Friday.", "2013-06-08")
    codes = {e.cameo for e in result.events}
    assert {"181", "182", "180"} <= codes


def test_a_beating_read_with_no_victim_stays_with_the_killing(analyse: Analyse) -> None:
    result = analyse("Maoist cadres tortured and killed a youth in Balaghat District on Monday, accusing him of "
                     "being a police informer.", "2013-06-08")
    assert all(e.target is not None for e in result.events if e.cameo[:2] == "18")


def test_an_attack_a_beating_spells_out_is_one_act(analyse: Analyse) -> None:
    result = analyse("According to sources, about 40 Maoists attacked the site of a road contractor and beat up "
                     "the labourers working there in Bijapur District on Monday.", "2013-06-08")
    assert len([e for e in result.events if e.cameo[:2] == "18"]) == 1


def test_the_bomber_told_next_joins_the_bombing_its_doer_was_implied_for(analyse: Analyse) -> None:
    result = analyse("Ten persons were killed on Monday when a suicide bomber targeted a Levies checkpost in "
                     "the main bazaar of Khyber Agency. The bomber detonated his explosives vest.", "2013-06-08")
    assert len([e for e in result.events if e.cameo == "183"]) <= 2
    assert all(e.target is not None for e in result.events if e.cameo == "183")


def test_killed_while_planting_a_bomb_names_no_unidentified_bomber(analyse: Analyse) -> None:
    result = analyse("Three Maoist cadres were killed while planting a bomb in Kanker District on Monday, police "
                     "said.", "2013-06-08")
    assert all(e.source is None or e.source.basis != "implied" for e in result.events)
