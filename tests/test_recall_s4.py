"""Recall of legal and coercive acts inside one country, accusations and criticism in reports, police and troops
sent against someone, and aid cut (event_triggers.csv rows of session 4, several conditions per row), and the
business senses those words keep out of. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_codes, mention_codes
from newsevents import ArticleResult
from newsevents.events.lexicon import default_lexicon

Analyse = Callable[..., ArticleResult]
DAY = "2012-05-09"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Mexico requested the extradition of Joaquin Guzman from the United States.", "021", "MEXGOV", "USAGOV"),
    ("Colombia sought the extradition of Jorge Rojas from Spain.", "021", "COLGOV", "ESPGOV"),
    ("The United States cut military aid to Colombia by 30 percent.", "162", "USAGOV", "COLGOV"),
    ("The United States suspended aid to Honduras after the coup.", "162", "USAGOV", "HNDGOV"),
    ("Brazilian prosecutors allege that President Dilma Rousseff received illegal campaign funds.",
     "112", "BRAJUD", "BRAGOV"),
])
def test_act_is_found_with_its_parties(analyse: Analyse, text: str, code: str, source: str,
                                       target: str) -> None:
    assert (code, source, target) in mention_codes(analyse(text, DAY))


@pytest.mark.parametrize(("text", "code"), [
    ("The Peruvian government sent 1,800 police officers against illegal miners in Madre de Dios.", "153"),
    ("Honduran President Juan Orlando Hernandez deployed the military police in Tegucigalpa.", "153"),
    ("Mexico deployed 2,000 soldiers to the state of Michoacan.", "154"),
    ("The report faults Uruguay for its weak controls on money laundering.", "111"),
    ("US prosecutors have brought charges against the former governor of Tamaulipas.", "173"),
    ("Police fired tear gas at protesters in Caracas.", "175"),
    ("Gunmen took 12 tourists hostage in Acapulco.", "181"),
    ("Police rounded up 40 suspected members of MS13 in San Salvador.", "173"),
    ("The FARC violated the ceasefire in Cauca on Sunday.", "196"),
    ("Soldiers massacred 20 villagers in Guatemala in 1982.", "202"),
    ("Brazil sent 1,000 peacekeepers to Haiti.", "074"),
    ("The Mexican army put its troops on alert along the border with Guatemala.", "152"),
    ("Security forces in Guinea have tortured scores of Liberian refugees.", "182"),
    ("Israeli soldiers beat up Palestinian detainees in Hebron.", "182"),
    ("The Sri Lankan army held Tamil civilians as human shields.", "184"),
    ("The rebels overran an army base in Kunar province.", "192"),
    ("Angola and Uruguay have established diplomatic relations.", "054"),
    ("A smuggling ring in Texas provided automatic rifles to the Zetas.", "072"),
    ("The Earth Liberation Front claimed responsibility for the arson attack in Vail.", "015"),
    ("Brazilian President Michel Temer conceded to the demands of the truck drivers.", "083"),
    ("The U.S. Treasury Department removed the sanctions on Rusal.", "085"),
    ("Bolivian authorities declared a state of siege in Pando.", "172"),
    ("The European Union handed over medical supplies to the Nigerian government.", "070"),
    ("On Tuesday, Putin offered to negotiate with the president of Armenia.", "036"),
])
def test_happening_is_found(analyse: Analyse, text: str, code: str) -> None:
    assert code in event_codes(analyse(text, DAY))


def test_charging_that_someone_did_something_accuses_him(analyse: Analyse) -> None:
    found = mention_codes(analyse("Vietnam charged that the Asian Development Bank had cut off its aid on political "
                          "grounds.", DAY))
    assert ("112", "VNMGOV", "IGOASADEVADB") in found
    assert not any(c == "112" for c, _, _ in mention_codes(analyse("The bank charged a fee that analysts called high.",
                                                           DAY)))


def test_order_to_stand_trial_is_legal_action_against_the_accused(analyse: Analyse) -> None:
    found = mention_codes(analyse("A Salvadoran judge ordered former President Francisco Flores to stand trial "
                          "for embezzlement.", DAY))
    assert any(c == "173" and s == "SLVJUD" and t is not None for c, s, t in found)


@pytest.mark.parametrize(("text", "code"), [
    # a central bank's money market operations are no aid, and suspending them reduces no relations
    ("The Bank of Spain suspended its daily money market assistance on Tuesday.", "16"),
    ("The company suspended its dividend after a loss.", "16"),
    ("The company suspended trading in its shares pending an announcement.", "16"),
    # "alleged to have caused" hedges a description: nobody accuses anyone
    ("Acme recalled the heater, alleged to have caused several fires in Ohio.", "112"),
    # sending troops to help another country is no mobilization against anyone
    ("Brazil sent troops to Haiti to help after the earthquake.", "154"),
    # trade retaliation is no threat of force; rounding up support or figures arrests nobody
    ("Trade Representative Clayton Yeutter threatened retaliation against Japan.", "138"),
    ("Finance Director Jorge Marcano will visit Europe to round up support for the plan.", "173"),
    ("The union threatened a strike at the Ford plant.", "138"),
    ("Ford defied analysts' expectations with a profit.", "128"),
    # giving up arms is laying them down, not arming anyone
    ("Thirty-five rebels gave up their arms in Chhattisgarh last year.", "072"),
    ("The drug beat analysts' expectations.", "182"),
    # a profit warning threatens nobody; a dividend declared is no state of emergency
    ("Ford issued a profit warning on Tuesday.", "13"),
    ("The board of Ford declared a dividend of 10 cts a share.", "172"),
])
def test_other_sense_is_no_such_event(analyse: Analyse, text: str, code: str) -> None:
    assert not any(c.startswith(code) for c in event_codes(analyse(text, DAY)))


def test_threat_of_military_action_and_weapons_of_mass_destruction(analyse: Analyse) -> None:
    assert ("138", "PRKGOV", "KORGOV") in mention_codes(analyse("North Korea threatened military action against South Korea.",
                                                  DAY))
    assert ("204", "SYR", "SYRREB") in mention_codes(analyse("Syria used chemical weapons against rebels near Damascus.",
                                                     DAY))
    assert ("072", "USAGOV", "COLGOV") in mention_codes(analyse("The United States provided military aid to Colombia.", DAY))


def test_warning_given_and_condolences_expressed(analyse: Analyse) -> None:
    assert ("130", "USAGOV", "RUSGOV") in mention_codes(analyse("Obama gave Russian President Vladimir Putin a stern "
                                                        "warning.", "2014-03-05"))
    assert any(c == "018" and t == "CHNGOV" for c, _, t in mention_codes(analyse(
        "Australia expressed condolences to China over the earthquake in Sichuan.", DAY)))


def test_shots_fired_in_a_when_clause_still_name_the_killer(analyse: Analyse) -> None:
    """"opened fire" is a trigger of its own, and the killing it explains keeps its doer (arguments.py reads a
    word's first trigger row as its kind of act: fire's stays the shooting row)."""
    found = mention_codes(analyse("Two policemen were killed when gunmen opened fire on them in Quetta on Monday.", DAY))
    assert any(c[:2] == "18" and s is not None and t is not None for c, s, t in found)


def test_every_trigger_row_has_one_cell_per_column() -> None:
    """A comma in an unquoted `source` cell splits it: the row's source is cut short."""
    import csv
    from importlib import resources

    text = resources.files("newsevents").joinpath("data/event_triggers.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(line for line in text.splitlines() if line and not line.startswith("#")))
    assert all(len(row) == len(rows[0]) for row in rows), [row[:2] for row in rows if len(row) != len(rows[0])]


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

