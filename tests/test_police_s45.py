"""A member's word of a state force takes the force the text gives him, not the word's own sector: "a police
jawan" is the police's (COP), not the soldier's (MIL) the bare "jawan" gives; "a trooper of the District
Reserve Guard" is of the DRG's police (COP). An army's member stays MIL (events/targets.py
`_force_of_modifier`).

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from newsevents import ArticleResult


def target_codes(result: ArticleResult) -> list[str | None]:
    """The target codes of the article's events."""
    return [e.target.code if e.target else None for e in result.events]


def test_a_police_jawan_is_police(analyse) -> None:
    result = analyse("Jawan killed in Dantewada\nMaoists shot dead a police jawan near Aranpur village in "
                     "Dantewada district on Thursday.", "2019-03-08")
    assert "INDCOP" in target_codes(result)
    assert "INDMIL" not in target_codes(result)


def test_a_trooper_of_a_state_police_unit_is_police(analyse) -> None:
    result = analyse("Trooper killed\nMaoists shot dead a trooper of the District Reserve Guard near "
                     "Koyalibeda in Kanker district on Friday.", "2019-03-09")
    assert "INDCOP" in target_codes(result)
    assert "INDMIL" not in target_codes(result)


def test_an_army_jawan_stays_military(analyse) -> None:
    """Negative: the army's body word gives MIL, as the bare word does."""
    result = analyse("Jawan killed\nMilitants shot dead an army jawan near Pulwama on Thursday.", "2019-03-08")
    assert "INDMIL" in target_codes(result)
    assert "INDCOP" not in target_codes(result)


def test_a_jawan_of_the_army_stays_military(analyse) -> None:
    """Negative: an of-phrase naming the army gives MIL, never the police's COP."""
    result = analyse("Jawan killed\nMilitants shot dead a jawan of the Indian Army near Pulwama on Thursday.",
                     "2019-03-08")
    assert "INDMIL" in target_codes(result)
    assert "INDCOP" not in target_codes(result)
