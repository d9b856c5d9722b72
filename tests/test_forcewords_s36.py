"""A security force named by its word before the noun of a group or post of its men is that force, acted on
as itself (session 36, issue 9): "a Police combing party", "22 Levies men", "a Levies man" are the police
and the Balochistan Levies (PAKCOP), never civilians or no one (sentences we wrote)."""

from __future__ import annotations

import pytest


def _target_codes(result, cameo_root: str) -> list[str | None]:
    return [e.target.code if e.target is not None else None for e in result.events
            if e.cameo.startswith(cameo_root)]


@pytest.mark.parametrize(("text", "root", "code"), [
    # the parser hangs the force on the gerund that says what kind of party it is
    ("Maoists attacked a Police combing party in Bijapur District of Chhattisgarh on March 4.", "18", "INDCOP"),
    ("Maoists attacked a police combing party near Gadchiroli in Maharashtra on March 4.", "18", "INDCOP"),
    # the Levies' name is a plural common word: only before a noun of its men or posts is it the force
    ("Militants abducted 18 Levies men in Kech District of Balochistan on July 9.", "18", "PAKCOP"),
    ("Unidentified gunmen killed a Levies man in Panjgur District of Balochistan on July 9.", "18", "PAKCOP"),
])
def test_a_force_word_before_its_mens_noun_is_the_force(analyse, text: str, root: str, code: str) -> None:
    codes = _target_codes(analyse(text, "2013-07-10"), root)
    assert codes and all(c == code for c in codes), codes


def test_taxes_called_levies_are_no_force(analyse) -> None:
    # the alias needs the force's noun after it: import levies stay no actor
    result = analyse("The government raised import levies on sugar and wheat on Monday.", "1987-03-10")
    assert not any(e.actor is not None and e.actor.code == "PAKCOP" for e in result.entities)
