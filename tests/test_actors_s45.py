"""Codes of parties (country and sector) fixed in session 45:

- "the troopers", "jawans" with no word saying whose (party_words.csv force_member) are the men of the force
  the nearest sentence before names: the state police's (COP) after police forces only, soldiers (MIL) after
  an army, its men, or police and army together (actors/merge.py `_force_named_before`); a police station
  named as the place of an act is no force;
- a company of the tables named with a legal form only a few countries' law has, none of them its own
  ("Sears Plc", America's Sears being no plc: org_words.csv `countries`/`default`), is another company, of the
  form's country by the story (actors/knowledge.py `national_legal_forms`, actors/mentions.py
  `_namesake_before_form`), and its short name after it is that company (actors/merge.py `_formed_namesake`).
"""

from __future__ import annotations

from newsevents import ArticleResult


def codes(result: ArticleResult, name: str) -> set[str | None]:
    """The actor codes of the entities whose mentions include `name`."""
    return {e.actor.code if e.actor else None for e in result.entities
            if any(m.text.replace("\n", " ") == name for m in e.mentions)}


def test_the_troopers_after_a_state_police_squad_are_police(analyse) -> None:
    result = analyse("The search squad of the State Police was attacked by armed Maoists in the forests of "
                     "Bijapur District of Chhattisgarh on June 20. The troopers returned fire and killed two "
                     "Maoists.", "2012-06-22")
    assert codes(result, "The troopers") == {"INDCOP"}


def test_the_troopers_after_an_army_unit_stay_soldiers(analyse) -> None:
    result = analyse("Army troopers killed two militants in a gunfight in Kupwara District of Jammu and Kashmir "
                     "on May 3. The troopers recovered two rifles from the site.", "2012-05-05")
    assert codes(result, "The troopers") == {"INDMIL"}


def test_the_jawans_after_police_and_army_named_together_stay_soldiers(analyse) -> None:
    result = analyse("The Police and the Army launched a joint operation against militants in Kupwara District "
                     "of Jammu and Kashmir on May 3. The jawans recovered two rifles from the site.",
                     "2012-05-05")
    assert codes(result, "The jawans") == {"INDMIL"}


def test_troopers_after_an_army_trooper_near_a_police_station_stay_soldiers(analyse) -> None:
    result = analyse("Militants killed an army trooper in an ambush near Asalu under Mahur Police Station in "
                     "Dima Hasao District of Assam on November 21. Six troopers were injured in the ambush.",
                     "2012-11-23")
    found = codes(result, "Six troopers") | codes(result, "troopers")
    assert found == {"INDMIL"}


def test_a_plc_named_like_an_american_company_of_the_tables_is_british(analyse) -> None:
    result = analyse("LONDON, June 1 - Sears Plc said it had sold its motor group to a rival for 30 mln stg. "
                     "Sears said the sale would cut its debt.", "1987-06-01")
    assert codes(result, "Sears Plc") == {"GBRBUS"}
    assert codes(result, "Sears") <= {"GBRBUS"}  # the short name is the British company's


def test_the_american_company_of_the_tables_keeps_its_code(analyse) -> None:
    result = analyse("NEW YORK, June 1 - Sears Roebuck and Co said it would open 20 new stores this year. "
                     "Sears said sales rose.", "1987-06-01")
    assert codes(result, "Sears") == {"USABUS"}


def test_a_form_of_the_tables_companys_own_country_keeps_its_code() -> None:
    from newsevents.actors.knowledge import default_knowledge, national_legal_forms

    assert "GBR" in national_legal_forms()["plc"]
    kb = default_knowledge()
    assert kb.organizations.get("sears plc") is None  # America's Sears is no plc
    assert kb.organizations.get("sears inc") is not None  # Inc is a form American law has
