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
