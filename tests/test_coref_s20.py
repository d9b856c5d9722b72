"""Parties that refer back to an earlier sentence: a bare "the police" joins a body of the country its own
sentence speaks of, never one named for another country in a comparison; a bare "the gang" is the criminal
group named last (not the rebels named before it); "the group" is never a plural common noun ("these gangs")."""

from __future__ import annotations

from conftest import code_of, entity_with
from newsevents import ArticleResult


def _source_code(result: ArticleResult, trigger: str) -> str | None:
    """The source code of the first event told by `trigger`."""
    event = next(e for e in result.events if e.mentions[0].trigger == trigger)
    return event.source.code if event.source else None


POLICE = ("A new survey found that most Peruvians distrust the police force in Peru. "
          "Officers in Lima killed forty people last year, the survey said. "
          "In comparison, police in Canada killed two people in the same period. "
          "Violence rose in Ayacucho, Peru, this year after fighting between the police and the Shining Path.")


def test_bare_police_joins_the_body_of_its_own_sentences_country(analyse) -> None:
    result = analyse(POLICE, "2021-05-04")
    assert code_of(result, "the police") == "PERCOP"


def test_bare_police_in_a_sentence_naming_no_country_keeps_the_body_just_named(analyse) -> None:
    text = ("A new survey found that most Peruvians distrust the police force in Peru. "
            "In comparison, police in Canada killed two people in the same period. "
            "Critics say the police there are better trained.")
    result = analyse(text, "2021-05-04")
    assert code_of(result, "the police") == "CANCOP"


GANG = ("The FARC dissidents now control coca fields along the border with Ecuador. "
        "One reason the Sinaloa Cartel has risen in the region is its ability to buy protection. "
        "In 2019, about thirty members of the gang robbed an armoured truck in a Guatemalan town.")


def test_bare_gang_is_the_criminal_group_named_last(analyse) -> None:
    result = analyse(GANG, "2020-03-02")
    assert entity_with(result, "the gang") is entity_with(result, "Sinaloa Cartel")


def test_bare_gang_stays_apart_when_two_criminal_groups_were_just_named(analyse) -> None:
    text = ("The Gulf Cartel and the Sinaloa Cartel fought for control of Reynosa. "
            "In 2019, about thirty members of the gang robbed an armoured truck in the city.")
    result = analyse(text, "2020-03-02")
    gang = entity_with(result, "the gang")
    assert gang is not entity_with(result, "Sinaloa Cartel")
    assert gang is not entity_with(result, "Gulf Cartel")


def test_the_group_is_the_named_group_not_the_plural_gangs_before_it(analyse) -> None:
    text = ("In Tamaulipas, the roots of these newer gangs are often unclear. "
            "Los Zetas, which has been blamed for recent attacks in Nuevo Laredo, is a good example. "
            "The group first surfaced in 2004, claiming responsibility for the killing of two traders in Reynosa.")
    result = analyse(text, "2012-06-11")
    assert _source_code(result, "killing") == "MEXCRM"


MAOISTS = ("Communist Party of India-Maoist (CPI-Maoist) cadres killed a villager in Koraput District on March 3, "
           "reports The Hindu. The villagers said a group of armed Maoists stormed into Kumbhari village and took "
           "away Ramesh Nayak after locking his family in a room. They then hacked Nayak to death and fled to a "
           "nearby forest.")


def test_they_after_a_report_is_the_group_the_reported_clause_names(analyse) -> None:
    result = analyse(MAOISTS, "2014-03-04")
    assert _source_code(result, "hacked") == "INDREB"


def test_they_after_police_said_is_the_group_they_told_of(analyse) -> None:
    text = ("Police said CPI-Maoist cadres stormed Kumbhari village in Koraput District on March 3. "
            "They then torched two trucks in the village.")
    assert _source_code(analyse(text, "2014-03-04"), "torched") == "INDREB"


def test_they_after_a_report_naming_two_groups_stays_unread(analyse) -> None:
    text = ("Police said CPI-Maoist cadres and ULFA militants exchanged fire near Kumbhari village in Koraput "
            "District on March 3. They then torched two trucks in the village.")
    result = analyse(text, "2014-03-04")
    torched = [e for e in result.events if e.mentions[0].trigger == "torched"]
    assert all(e.source is None or e.source.code is None for e in torched)
