"""The doer the sentence before names: an act told again after a lead that names its doer only by the act's
noun ("wounded in an attack by armed assailants"), e.g. the other victims of that attack the next sentence
tells; never a victim of another incident.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

LEAD = ("A shopkeeper who was wounded in an attack by armed assailants on March 3 in Quetta died in a "
        "hospital on March 9, reports The Nation. ")


def _harm_doers(result, target: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The source codes of the violent events (root 18) against `target`."""
    return [e.source.code if e.source else None for e in result.events
            if e.cameo.startswith("18") and e.target is not None and e.target.code == target]


def test_the_lead_attack_nouns_doer_did_the_killing_told_next(analyse) -> None:
    result = analyse(LEAD + "The shopkeeper's nephew was killed on the spot.", "2020-03-10")
    assert len(_harm_doers(result, "PAKCVL")) >= 2
    assert all(code == "PAKUAF" for code in _harm_doers(result, "PAKCVL"))


def test_a_victim_of_another_incident_gets_no_doer_from_the_lead(analyse) -> None:
    result = analyse(LEAD + "In another incident, a shopkeeper was killed in Turbat on March 8.", "2020-03-10")
    doers = _harm_doers(result, "PAKCVL")
    assert doers.count("PAKUAF") == 1  # the lead's own attack only


def _doers(result, root: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.source.code if e.source else None for e in result.events if e.cameo.startswith(root)]


def test_the_band_responsible_for_gunning_down_did_it(analyse) -> None:
    result = analyse("Troops launched an operation on Monday to arrest the militants responsible for gunning "
                     "down six Assam Rifles soldiers in Chandel District.", "2020-03-10")
    assert "INDREB" in _doers(result, "19") + _doers(result, "18")


def test_the_gang_responsible_for_the_murder_did_it(analyse) -> None:
    result = analyse("Police are hunting the gang responsible for the murder of a trader in Cali last week.",
                     "2020-03-10")
    assert _doers(result, "18") == ["COLCRM"]


def test_a_minister_responsible_for_security_is_no_doer_of_an_attack(analyse) -> None:
    result = analyse("Militants attacked a police post in Kupwara on Monday, said the minister responsible "
                     "for security in the state.", "2020-03-10")
    assert "INDGOV" not in _doers(result, "18") + _doers(result, "19")
