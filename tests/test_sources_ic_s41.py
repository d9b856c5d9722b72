"""InsightCrime and Reuters sources (issues 9/10): the doer of an -ing clause of time opened by "before" is the
doer of the verb it hangs on ("Police watched the gang for months before arresting its leaders": the police
arrested; events/sources.py MEANS_PREPS); a state named by its own name that does an act of military force is
its armed forces ("Honduras shot down two aircraft" HNDMIL; events/implied.py state_party,
data/implied_sectors.csv state_force), never the state the act is done to; a national labour centre named
"... Labour Organization" is labour (LAB, data/org_words.csv)."""

from __future__ import annotations

from newsevents import ArticleResult


def parties(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one code prefix."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_before_gerund_is_done_by_the_clause_doer(analyse) -> None:
    result = analyse("Colombian police watched the smuggling ring for six months before arresting its "
                     "leaders in Cali on Tuesday.", "2015-06-03")
    assert any(source == "COLCOP" for source, _ in parties(result, "173"))


def test_state_shooting_down_aircraft_is_its_military(analyse) -> None:
    result = analyse("The United States suspended radar sharing with Honduras last year after Honduras shot "
                     "down two suspected drug planes.", "2013-02-10")
    assert any(source == "HNDMIL" for source, _ in parties(result, "19"))


def test_state_attacked_stays_the_country(analyse) -> None:
    result = analyse("Iraqi warplanes attacked Iran's main oil terminal on Kharg Island on Sunday.",
                     "1987-03-15")
    assert all(target is None or not target.endswith("MIL") or target.startswith("IRQ")
               for _, target in parties(result, "19"))


def test_labour_organization_leader_is_labour(analyse) -> None:
    # a national labour centre named "... Labour Organization" is labour's (data/org_words.csv), and so is
    # the secretary general the article names in it
    result = analyse("Pedro Quispe Mamani, the secretary general of the Peruvian Labour Organization, said on "
                     "Monday the union would begin a hunger strike against the government's wage freeze.",
                     "1987-03-23")
    codes = {e.name: e.actor.code for e in result.entities if e.actor is not None}
    assert codes.get("Peruvian Labour Organization") == "PERLAB"


def test_states_clashing_in_words_are_not_armed_forces(analyse) -> None:
    # "clash", "fight", "target" tell contests of words as often as of arms (implied_sectors.csv contest_word)
    result = analyse("Britain and Japan clashed on Wednesday over British demands for wider access to the Tokyo "
                     "Stock Exchange.", "1987-04-08")
    assert not any((code or "").endswith("MIL") for pair in parties(result, "19") for code in pair)
