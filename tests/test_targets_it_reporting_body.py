"""An "it" standing where a party stands in a reported clause ("Bolton Industries said Harwick Bank refused to
provide it with data": the receiver of what is supplied, of a double-object verb, or the partner of a verb
done with another) is the body the reporting verb's subject names, climbing through a speech verb whose own
subject is "it"; never a thing complied with, never a person's "it", never the doer itself."""

from __future__ import annotations

import pytest

from newsevents import ArticleResult


def target_names(result: ArticleResult, trigger: str) -> set[str | None]:
    """The names of the targets of every event mention whose trigger is `trigger` (None: no named target)."""
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.target.entity_id) if m.target and m.target.entity_id else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Granite Corp said Harwick Bank has refused to provide it with the financial data it needs.",
     "refused", "Granite Corp"),
    ("Sorel Mining Corp said the union has agreed to give it more time to pay.", "agreed", "Sorel Mining Corp"),
    ("Delta Corp said it is filing the plans because it claimed Ohio refuses to cooperate with it on the "
     "plan.", "refuses", "Delta Corp"),
])
def test_party_it_is_the_reporting_body(analyse, text: str, trigger: str, expected: str) -> None:
    result = analyse(text, "1987-04-02")
    assert target_names(result, trigger) == {expected}


@pytest.mark.parametrize(("text", "trigger"), [
    # a thing is complied with: "it" is no party
    ("Delta Corp said the state agreed to comply with it.", "agreed"),
    # a person's "it" is no one: the reporting subject is a person
    ("Company chairman John Garvey said the union has agreed to give it more time.", "agreed"),
])
def test_no_reporting_body_where_it_is_no_party(analyse, text: str, trigger: str) -> None:
    result = analyse(text, "1987-04-02")
    names = target_names(result, trigger)
    assert "Delta Corp" not in names and "John Garvey" not in names, names
