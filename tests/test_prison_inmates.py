"""Prison inmates are criminals (CRM), the sector CAMEO coders give one held for a crime (PETRARCH's CONVICT,
JAILBIRD ~CRM): the doers of a riot or a hostage-taking inside a prison and the people a state holds there.

Self-written sentences only (no corpus text)."""

from __future__ import annotations


def _events(result):  # type: ignore[no-untyped-def]
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events]


def test_inmates_who_take_guards_hostage_are_the_doers(analyse) -> None:
    result = analyse("Inmates at a prison in northern Honduras took four prison guards hostage on Sunday, "
                     "officials said.", "2019-05-20")
    assert any(cameo.startswith("18") and source == "HNDCRM" for cameo, source, _ in _events(result))


def test_inmates_killed_in_a_prison_are_criminals(analyse) -> None:
    result = analyse("Gang members killed 14 inmates at a prison in Honduras on Sunday, officials said.",
                     "2019-05-20")
    assert any(cameo.startswith("18") and target == "HNDCRM" for cameo, _, target in _events(result))
