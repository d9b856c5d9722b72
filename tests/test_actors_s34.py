"""Session 34: a title's country beats a namesake in the office-holder tables, and a line wrapped after an
abbreviation's period ("Deputy U.S.\\nTrade Representative") is one sentence."""

from __future__ import annotations

from newsevents.lines import unwrapped


def _actor_code(result, name: str) -> str | None:
    found = [e for e in result.entities if e.name == name]
    assert found, [e.name for e in result.entities]
    return found[0].actor.code if found[0].actor else None


def test_title_country_beats_a_namesake_in_the_tables(analyse):
    # the tables hold a Venezuelan labour minister of this name for 2008-09; the text says who this one is
    result = analyse("The documentary, made by a British director and Mexican lawyer Roberto Hernandez, "
                     "criticises closed trials in Mexico.", "2008-06-01")
    assert _actor_code(result, "Roberto Hernandez") == "MEXJUD"


def test_namesake_rule_leaves_a_known_holder_alone(analyse):
    # the title agrees with the tables (same country): the table's office stands
    result = analyse("Japanese Prime Minister Yasuhiro Nakasone met business leaders in Tokyo.", "1987-04-08")
    assert _actor_code(result, "Yasuhiro Nakasone") == "JPNGOV"


def test_wrap_after_an_abbreviation_is_a_space():
    text = ("Chip talks set\nTalks between Kuroda and Deputy U.S.\nTrade Representative Smith open. Governor R.N.\n"
            "Malhotra and Sen.\nJohn Glenn spoke.\nThe end.")
    body = unwrapped(text)
    assert len(body) == len(text)
    assert "Deputy U.S. Trade" in body and "R.N. Malhotra" in body and "Sen. John" in body
    assert "spoke.\nThe end." in body  # a sentence's own stop before a capital stays a break


def test_wrapped_title_keeps_its_country(analyse):
    text = ("Japan and U.S. to hold chip talks\nTalks between Kuroda and Deputy U.S.\n"
            "Trade Representative Michael Smith will open in Washington next week.\n")
    assert _actor_code(analyse(text, "1987-04-08"), "Michael Smith") == "USAGOV"
