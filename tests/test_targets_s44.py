"""Targets named in the sentence but left empty or given the wrong party (events/targets.py,
events/noun_arguments.py): a complaint is against the one complained of, named after "against", "about",
"over" or "on", and the body it is made to or filed with ("to GATT", "with the WTO") is only the forum
(`_complained_of`, `_forum_hung`); one spoken "on behalf of" is never the one acted on. One accused of a crime
the sentence names, by a word other than "accused" itself, is a suspect (CRM) as one charged is
(events/implied.py, `implied_sectors.csv` act 112)."""

from __future__ import annotations

from newsevents import ArticleResult


def targets(result: ArticleResult, cameo: str) -> list[tuple[str | None, str | None]]:
    """The (entity name, code) of the targets of the events of one code."""
    names = {e.id: e.name for e in result.entities}
    return [(names.get(e.target.entity_id or "") if e.target else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == cameo]


def test_complaint_filed_with_a_forum_is_against_the_one_complained_of(analyse) -> None:
    # the parser hangs the against-phrase on the forum's name: it is the complaint's all the same
    result = analyse("Sugar growers urge complaint\nThe growers said Australia should file a complaint with the "
                     "World Trade Organization against the European Union's sugar subsidies.", "1999-03-05")
    codes = [code for _, code in targets(result, "114")]
    assert codes and all(code is not None and code.startswith("IGOEUR") for code in codes)


def test_complaining_to_a_forum_on_a_states_duty_is_against_that_state(analyse) -> None:
    result = analyse("Brazil Complains To Gatt On Mexico Shoe Tariff\nBrazil's trade minister said on Monday "
                     "that shoe exports had fallen by half.", "1987-05-05")
    codes = [code for _, code in targets(result, "114")]
    assert codes and all((code or "").startswith("MEX") for code in codes)


def test_complaint_with_a_forum_naming_no_one_else_stays_with_the_forum(analyse) -> None:
    # no one complained of is named: the body complained to is the only party, as before
    result = analyse("Japan may complain\nJapan said on Tuesday it would file a formal complaint with the "
                     "World Trade Organization.", "1999-03-05")
    assert [code for _, code in targets(result, "114")] == ["IGOWTO"]


def test_one_complained_on_behalf_of_is_no_target(analyse) -> None:
    result = analyse("Growers complain\nThe union complained to the ministry on behalf of the rice growers of "
                     "Niigata, officials in Tokyo said.", "1987-05-05")
    assert all(code is None or "AGR" not in code for _, code in targets(result, "114"))


def test_one_accused_of_a_named_crime_is_a_suspect(analyse) -> None:
    # people the story places and no word describes, accused of a crime the sentence names (a gang's)
    result = analyse("Arms network broken\nPolice in El Salvador broke up an arms network on Monday. Other "
                     "suspects include two Honduran cousins, Marvin Rene Lopez and Elmer Lopez Castro, who are "
                     "accused of moving the rifles from Honduras into El Salvador for a gang.", "2014-05-29")
    codes = [code for _, code in targets(result, "112")]
    assert codes and all((code or "").endswith("CRM") for code in codes)


def test_one_accused_of_no_crime_keeps_his_code(analyse) -> None:
    # "accused" itself is no crime told: failing to act is no crime of his
    result = analyse("Minister criticised\nIn Guatemala, the opposition on Monday accused Julio Cesar Mendez "
                     "Arana of failing to act on the drought.", "2014-05-29")
    assert all(code is None or not code.endswith("CRM") for _, code in targets(result, "112"))


def test_a_name_on_a_government_is_no_suspect(analyse) -> None:
    # the crime word belongs to what the government failed to fight: its leader's name is no suspect
    result = analyse("US criticises Bolivia\nThe United States has accused the Morales government of failing "
                     "to do enough to fight the cocaine trade, officials in La Paz said.", "2013-05-29")
    assert all(code is None or not code.endswith("CRM") for _, code in targets(result, "112"))
