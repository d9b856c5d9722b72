"""The doer a coder infers for a state's act told with no doer (events/implied.py, data/implied_doers.csv):
an arrest, capture, extradition, verdict or investigation of crime with a coded target and no doer named is
the state's of the place the sentence names, else of the story's country; never for violence, a foreign state
body, an act the sentence may put abroad, or a sentence naming a doer the reader does not code."""

from __future__ import annotations

from conftest import event_triples
from newsevents import ArticleResult
from newsevents.events.implied import implied_act, implied_words


def implied(result: ArticleResult, root: str) -> list[str]:
    """The source codes of the events of one code prefix whose source was implied."""
    return [e.source.code or "" for e in result.events
            if e.cameo.startswith(root) and e.source is not None and e.source.basis == "implied"]


def sources(result: ArticleResult, root: str) -> list[str | None]:
    return [source for code, source, _ in event_triples(result) if code.startswith(root)]


def test_a_capture_told_by_its_noun_is_the_authorities_of_the_story(analyse) -> None:
    result = analyse("MEXICO CITY, March 5 - The capture of Sinaloa Cartel leader Ramiro Osuna on Saturday is "
                     "a blow to the group.", "2016-03-07")
    assert implied(result, "173") == ["MEXGOV"]


def test_a_passive_arrest_takes_the_country_of_its_place(analyse) -> None:
    result = analyse("Former mayor Luis Arana was arrested in Guatemala City in June.", "2016-03-07")
    assert implied(result, "173") == ["GTMGOV"]


def test_a_where_clause_places_the_capture(analyse) -> None:
    result = analyse("Cartel boss Ramiro Osuna fled to Honduras, where he was captured in 2009.",
                     "2016-03-07")
    assert implied(result, "173") == ["HNDGOV"]


def test_an_investigation_into_a_gang_is_the_states(analyse) -> None:
    result = analyse("MEXICO CITY, March 5 - The investigation into the Gulf Cartel has stalled, officials "
                     "say.", "2016-03-07")
    assert [s[:3] for s in implied(result, "09")] == ["MEX"]


def test_prosecutors_named_in_the_sentence_make_the_investigation_the_judiciarys(analyse) -> None:
    result = analyse("MEXICO CITY, March 5 - The investigation into the Gulf Cartel has stalled, a federal "
                     "prosecutor said.", "2016-03-07")
    assert implied(result, "09") == ["MEXJUD"]


def test_an_arrest_the_sentence_may_put_abroad_is_not_placed_by_the_story(analyse) -> None:
    result = analyse("LIMA, March 5 - A Colombian trafficker was arrested for flying cocaine to Spain.",
                     "2016-03-07")
    assert "173" in {code for code, _, _ in event_triples(result)}
    assert implied(result, "173") == []


def test_a_doer_named_but_not_coded_is_not_replaced_by_the_state(analyse) -> None:
    result = analyse("LIMA, March 5 - Masked men detained two local reporters on Friday.", "2016-03-07")
    assert implied(result, "173") == []
    assert not [s for s in sources(result, "173") if s and s.endswith("GOV")]


def test_who_killed_is_never_inferred(analyse) -> None:
    result = analyse("CULIACAN, March 5 - Cartel boss Ramiro Osuna was killed in Culiacan on Friday.",
                     "2016-03-07")
    assert [code for code, _, _ in event_triples(result) if code.startswith("18")]
    assert not [e for e in result.events if e.source is not None and e.source.basis == "implied"]


def test_an_uncoded_target_may_be_a_foreign_force(analyse) -> None:
    result = analyse("TIJUANA, March 5 - Two U.S. Marines were arrested on Friday after crossing the border.",
                     "2016-03-07")
    assert implied(result, "173") == []


def test_a_named_doer_keeps_its_own_code(analyse) -> None:
    result = analyse("BOGOTA, March 5 - Police carried out the arrest of Urabenos commander Dairo Usuga.",
                     "2016-03-07")
    assert implied(result, "173") == []
    assert "COLCOP" in sources(result, "173")


def test_the_table_gives_charges_to_the_judiciary_and_violence_to_no_one() -> None:
    charge, arrest = implied_act("173", "charge"), implied_act("173", "arrest")
    assert charge is not None and charge.sector == "JUD"
    assert arrest is not None and arrest.sector == "GOV"
    handover = implied_act("174", "extradite")
    assert handover is not None and handover.places[0] == "from" and handover.story == "abroad"
    assert implied_act("180", "kill") is None and implied_act("190", "attack") is None
    assert {"carry", "abroad"} <= implied_words("doer_verb") | implied_words("away_word")


def test_an_act_placed_in_two_countries_is_no_one_states(analyse) -> None:
    result = analyse("BOGOTA, March 5 - Trafficking rings have also recently been dismantled in Brazil and "
                     "Ecuador.", "2016-03-07")
    assert "173" in {code for code, _, _ in event_triples(result)}
    assert implied(result, "173") == []



def test_an_investigation_is_not_the_polices_for_a_word_of_the_sentence(analyse) -> None:
    result = analyse("MEXICO CITY, March 5 - An ongoing investigation into the Gulf Cartel has revealed how the "
                     "group used a prison to dispose of victims.", "2016-03-07")
    assert implied(result, "09") == ["MEXGOV"]

# -- sector codes with no country: a one-paragraph brief placed only by its district (actors/home.py) ------


def test_a_brief_placed_by_its_district_gives_unnamed_militants_its_country(analyse) -> None:
    result = analyse("Militants abducted four labourers from Ghazi area of Turbat District, reports a local paper. "
                     "Unidentified militants shot dead two civilians in the area on Friday.", "2014-08-22")
    assert ("180", "PAKUAF", "PAKCVL") in event_triples(result)


def test_two_countries_of_equal_weight_are_decided_by_the_district_named(analyse) -> None:
    # a tie of named countries (Pakistani troops, an Indian district) is broken by the division the story names
    # with its kind word (actors/home.py text_place_countries): the militants who struck there are India's UAF,
    # never the troops' country
    result = analyse("Pakistani troops fired mortar bombs at forward posts in Rajouri District, reports a local "
                     "paper. Unidentified militants shot dead two civilians in the area on Friday.", "2014-08-22")
    shot = [(source, target) for code, source, target in event_triples(result) if code == "180"]
    assert shot and all(source == "INDUAF" for source, _ in shot), shot


def test_a_conviction_told_by_its_noun_is_the_courts_not_the_government(analyse) -> None:
    # only a court convicts or sentences: the implied doer of "the conviction of X" is JUD, as an arrest's is GOV
    result = analyse("MONTERREY, Mexico, May 2 - The conviction of Gulf Cartel leader Juan Perez in Monterrey "
                     "last week was a heavy blow to the group.", "2015-05-02")
    assert implied(result, "173") == ["MEXJUD"]
