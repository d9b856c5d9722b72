"""A "him"/"her"/"them" a violent act in a when-, as- or after-clause acts on stands for the people its main
clause is about ("Constable X and Sepoy Y were on their way when gunmen opened fire on them": X and Y), not
for a person named elsewhere in the sentence ("According to officer Z, ..."); "them" only for several,
"him" only for one, and never when the act's own doer is a pronoun."""

from __future__ import annotations

import pytest

from newsevents import ArticleResult


def target_names(result: ArticleResult, trigger: str) -> set[str | None]:
    """The names of the targets of every event mention whose trigger is `trigger` (None: no named target)."""
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.target.entity_id) if m.target and m.target.entity_id else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("According to District Police Officer Naveed Akhtar, Tariq Mehmood was on his way home from a mosque in "
     "Mardan when unidentified gunmen on motorcycle opened fire and killed him.", "opened", {"Tariq Mehmood"}),
    ("The sources said Sepoy Karim Dad and Constable Noor Ali were on their way in a car in Bara Road "
     "when unidentified assailants opened fire on them.", "opened", {"Karim Dad", "Noor Ali"}),
    ("Constable Javed Iqbal was standing outside his house in Mardan when unidentified gunmen opened fire at "
     "him.", "opened", {"Javed Iqbal"}),
])
def test_the_pronoun_stands_for_the_main_clause_people(analyse, text: str, trigger: str,
                                                       expected: set[str]) -> None:
    result = analyse(text, "2013-07-20")
    assert target_names(result, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    # "them" is no one person: the two sides of the number disagree
    ("Constable Javed Iqbal was standing outside the market in Mardan when unidentified gunmen opened fire "
     "on them.", "opened"),
    # the act's doer is a pronoun: "him" may be told of anyone
    ("Sajid Mehmood was driving to Mardan when they opened fire at him.", "opened"),
])
def test_no_main_clause_person_when_the_pronoun_does_not_fit(analyse, text: str, trigger: str) -> None:
    result = analyse(text, "2013-07-20")
    names = target_names(result, trigger)
    assert "Javed Iqbal" not in names and "Sajid Mehmood" not in names, names
