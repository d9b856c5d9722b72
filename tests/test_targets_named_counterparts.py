"""Counterparts the sentence names but the target readings missed (issue 10, item 2).

An appeal or demand whose for-to clause names who is to act ("called for the central bank to cut rates") is
made to that party; a text that stipulates ("the accord calls for X to ...") and a passive infinitive ("called
for the tax to be repealed": what is done, not who is asked) name no addressee."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The Ruritanian finance minister called for the World Bank to ease its lending terms.", "called", "IGO"),
    ("Business leaders in Ohio are calling for police to step up patrols against car thieves.", "calling",
     "USACOP"),
    ("Chancellor Helmut Kohl appealed for the Bundesbank to lower interest rates.", "appealed", "DEU"),
])
def test_the_one_a_for_clause_asks_to_act_is_the_appeal_target(analyse, text: str, trigger: str,
                                                                target: str) -> None:
    found = readings(analyse(text, "1987-03-04"), trigger)
    assert found and all((t or "").startswith(target) for _, t in found), found


@pytest.mark.parametrize(("text", "trigger"), [
    # a stipulating text asks no one
    ("The trade accord, signed last year, called for Ruritania to stop selling steel below cost.", "called"),
    # a passive infinitive's subject is what the act is done to
    ("The farmers' union called for the import quota to be scrapped.", "called"),
])
def test_no_addressee_from_a_text_or_a_passive_infinitive(analyse, text: str, trigger: str) -> None:
    found = readings(analyse(text, "1987-03-04"), trigger)
    assert all(t is None for _, t in found), found


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the parser hangs the first titled name on the second (or on its title) as a modifier keeping the "and"
    ("Ruritanian Foreign Minister Karel Novak and U.S. Secretary of State George Shultz met in Vienna on "
     "Monday.", "met", {"USAGOV"}),
    ("French Finance Minister Edouard Balladur and U.S. Treasury Secretary James Baker reaffirmed their "
     "commitment to stable currencies at a meeting in Paris on Monday.", "meeting", {"USAGOV", "FRAGOV"}),
])
def test_two_titled_names_joined_by_and_are_both_sides(analyse, text: str, trigger: str,
                                                       expected: set[str]) -> None:
    found = readings(analyse(text, "1987-03-04"), trigger)
    sides = {c for pair in found for c in pair}
    assert expected <= sides and all(s and t for s, t in found), found


def test_countries_modifying_one_group_are_each_a_side_of_their_meeting(analyse) -> None:
    # "U.S. and Japanese officials" are no two named conjuncts (no name in either), but since 5251b9d each
    # listed nationality gives the role its sector (parties._coordinated_nationals): the officials of each
    # country met the other's, as a coder codes it; never a country met by itself
    found = readings(analyse("U.S. and Japanese officials met in Tokyo on Monday.", "1987-03-04"), "met")
    assert found == {("USAGOV", "JPNGOV"), ("JPNGOV", "USAGOV")}, found


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a participle after the main clause takes "it"/"they" for the main verb's object
    ("The Ruritanian government criticized the World Bank, accusing it of ignoring the poor.", "accusing",
     "IGO"),
    ("Brazil's finance minister criticized the creditor banks' committees on Monday, charging that they "
     "ignored new ideas.", "charging", "BUS"),
])
def test_a_participle_pronoun_stands_for_the_main_object(analyse, text: str, trigger: str,
                                                         target: str) -> None:
    found = readings(analyse(text, "1987-03-04"), trigger)
    assert found and all((t or "").startswith(target) for _, t in found), found
