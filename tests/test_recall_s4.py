"""Recall of legal and coercive acts inside one country, accusations and criticism in reports, police and troops
sent against someone, and aid cut (event_triggers.csv rows of session 4, several conditions per row), and the
business senses those words keep out of. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult
from newsevents.events.lexicon import default_lexicon

Analyse = Callable[..., ArticleResult]
DAY = "2012-05-09"


def pairs(result: ArticleResult) -> set[tuple[str, str | None, str | None]]:
    """(code, source code, target code) for every event mention."""
    return {(e.cameo, m.source.code if m.source else None, m.target.code if m.target else None)
            for e in result.events for m in e.mentions}


def codes(result: ArticleResult) -> set[str]:
    return {e.cameo for e in result.events}


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Mexico requested the extradition of Joaquin Guzman from the United States.", "021", "MEX", "USA"),
    ("Colombia sought the extradition of Jorge Rojas from Spain.", "021", "COL", "ESP"),
    ("The United States cut military aid to Colombia by 30 percent.", "162", "USA", "COL"),
    ("The United States suspended aid to Honduras after the coup.", "162", "USA", "HND"),
    ("Brazilian prosecutors allege that President Dilma Rousseff received illegal campaign funds.",
     "112", "BRAJUD", "BRAGOV"),
])
def test_act_is_found_with_its_parties(analyse: Analyse, text: str, code: str, source: str,
                                       target: str) -> None:
    assert (code, source, target) in pairs(analyse(text, DAY))


@pytest.mark.parametrize(("text", "code"), [
    ("The Peruvian government sent 1,800 police officers against illegal miners in Madre de Dios.", "153"),
    ("Honduran President Juan Orlando Hernandez deployed the military police in Tegucigalpa.", "153"),
    ("Mexico deployed 2,000 soldiers to the state of Michoacan.", "154"),
    ("The report faults Uruguay for its weak controls on money laundering.", "111"),
    ("US prosecutors have brought charges against the former governor of Tamaulipas.", "173"),
])
def test_happening_is_found(analyse: Analyse, text: str, code: str) -> None:
    assert code in codes(analyse(text, DAY))


def test_order_to_stand_trial_is_legal_action_against_the_accused(analyse: Analyse) -> None:
    found = pairs(analyse("A Salvadoran judge ordered former President Francisco Flores to stand trial "
                          "for embezzlement.", DAY))
    assert any(c == "173" and s == "SLVJUD" and t is not None for c, s, t in found)


@pytest.mark.parametrize(("text", "code"), [
    # a central bank's money market operations are no aid, and suspending them reduces no relations
    ("The Bank of Spain suspended its daily money market assistance on Tuesday.", "16"),
    ("The company suspended trading in its shares pending an announcement.", "16"),
    # "alleged to have caused" hedges a description: nobody accuses anyone
    ("Acme recalled the heater, alleged to have caused several fires in Ohio.", "112"),
    # sending troops to help another country is no mobilization against anyone
    ("Brazil sent troops to Haiti to help after the earthquake.", "154"),
])
def test_other_sense_is_no_such_event(analyse: Analyse, text: str, code: str) -> None:
    assert not any(c.startswith(code) for c in codes(analyse(text, DAY)))


def test_rows_with_several_conditions_need_all() -> None:
    rules = default_lexicon().rules[("order", "VERB")]
    trial = next(r for r in rules if r.cameo == "173" and r.requires and r.requires.kind == "xcomp")
    assert {req.kind for req in trial.conditions} == {"xcomp", "ctx"}


def test_no_row_of_ours_is_shadowed_by_an_earlier_bare_row() -> None:
    """Rows for one lemma are tried in file order; a row after a bare (unconditional) one can never fire."""
    lexicon = default_lexicon()
    for key, rules in lexicon.rules.ours.items():
        bare = [n for n, r in enumerate(rules) if not r.conditions]
        assert not bare or bare[0] == len(rules) - 1, (key, [r.cameo for r in rules])
