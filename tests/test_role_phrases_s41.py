"""Members of a named armed or criminal group (issue 9): a member word (`party_words.csv` group_member) whose
of- or from-phrase names a group the tables code is that group's man, of its code, not of the sector the word
has alone ("gunmen of the Zetas" MEXCRM, not MEXUAF; role_phrases._members_of_organization)."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def _source_codes(result: ArticleResult, cameo_prefix: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in result.events if e.cameo.startswith(cameo_prefix)}


def test_gunmen_of_a_cartel_are_the_cartels(analyse: Analyse) -> None:
    result = analyse("Gunmen of the Zetas shot dead five people at a bar in Monterrey on Sunday.", "2012-05-14")
    assert _source_codes(result, "18") == {"MEXCRM"}


def test_gunmen_from_a_cartel_are_the_cartels(analyse: Analyse) -> None:
    result = analyse("Gunmen from the Gulf Cartel attacked a police patrol in Reynosa on Friday.", "2012-05-14")
    assert _source_codes(result, "18") == {"MEXCRM"}


def test_militants_of_a_cartel_are_no_rebels(analyse: Analyse) -> None:
    result = analyse("Militants of the Sinaloa Cartel ambushed a convoy of soldiers near Culiacan on Tuesday.",
                     "2012-05-14")
    codes = {e.source.code for e in result.events if e.source is not None}
    assert codes == {"MEXCRM"}


def test_gunmen_of_the_army_keep_no_members_code(analyse: Analyse) -> None:
    # a member word of a state's body is not enlisted in it by this rule: the commander keeps his own sector
    result = analyse("The commander of the Indian Army visited troops in Kashmir on Monday.", "2012-05-14")
    assert all(e.source is None or e.source.code == "INDMIL" for e in result.events)


def test_victims_of_a_group_are_not_its_members(analyse: Analyse) -> None:
    result = analyse("Gunmen killed two critics of the Zetas in Monterrey on Sunday.", "2012-05-14")
    targets = {e.target.code for e in result.events if e.cameo.startswith("18") and e.target is not None}
    assert "MEXCRM" not in targets
