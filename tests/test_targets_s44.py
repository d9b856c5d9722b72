"""Targets named in the sentence but left empty or given the wrong party (events/targets.py,
events/noun_arguments.py): a complaint is against the one complained of, named after "against", "about",
"over" or "on", and the body it is made to or filed with ("to GATT", "with the WTO") is only the forum
(`_complained_of`, `_forum_hung`); one spoken "on behalf of" is never the one acted on."""

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
