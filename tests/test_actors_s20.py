"""Issue 9: parties coded with a bare country where the text gives their part or role.

A named person the article codes by a country alone takes the sector his part in the act gives
(events/implied.py `implied_sectors`, data/implied_sectors.csv): a victim of violence, abduction or threat by no
state body is a civilian (CVL) unless he fell in a fight; one arrested, extradited or convicted in a sentence
naming a crime is a criminal (CRM). The words saying a role is held now are data (tenure_words.csv)."""

from __future__ import annotations

from conftest import event_triples
from newsevents import ArticleResult
from newsevents.actors.coding import current_words
from newsevents.events.implied import implied_sector_act, sector_words


def targets(result: ArticleResult, root: str) -> list[str | None]:
    """The target codes of the events of one code prefix."""
    return [target for code, _, target in event_triples(result) if code.startswith(root)]


def test_a_man_gunned_down_with_no_doer_named_is_a_civilian(analyse) -> None:
    result = analyse("A 34-year-old man, Marcos Antonio Ferreira, was gunned down in Salvador, Brazil, on "
                     "Sunday.", "2019-06-10")
    assert targets(result, "18") == ["BRACVL"]


def test_a_murdered_person_of_the_story_country_is_a_civilian(analyse) -> None:
    result = analyse("Hector Ruiz Campos was murdered in San Pedro Sula, Honduras, in September.", "2016-11-02")
    assert "HNDCVL" in targets(result, "18")


def test_a_foreigner_kidnapped_by_gunmen_is_a_civilian_of_his_own_country(analyse) -> None:
    result = analyse("Gunmen kidnapped the young Ecuadorian Luis Fernando Vera in Tumaco, Colombia.",
                     "2017-04-03")
    assert targets(result, "18") == ["ECUCVL"]


def test_one_killed_in_a_gunfight_keeps_his_bare_country(analyse) -> None:
    # a fight's dead may be fighters: his part alone does not make him a civilian
    result = analyse("Abdul Karim Sheikh was killed in the gunfight in Kushtia District of Bangladesh.",
                     "2012-08-02")
    assert all(code != "BGDCVL" for code in targets(result, "1"))


def test_one_shot_by_police_is_no_civilian_by_his_part(analyse) -> None:
    result = analyse("Police shot dead Ramon Diaz Vera in Monterrey, Mexico, on Tuesday.", "2015-02-05")
    assert "MEXCVL" not in targets(result, "1")


def test_those_arrested_and_charged_with_a_crime_are_criminals(analyse) -> None:
    result = analyse("Omar Ruiz Tapia and Jose Medina Paz were arrested in Cartagena, Colombia, and charged "
                     "with money laundering.", "2014-08-22")
    assert targets(result, "173") == ["COLCRM", "COLCRM"]


def test_an_arrest_naming_no_crime_gives_no_sector(analyse) -> None:
    result = analyse("Ruben Salas Ortiz was arrested in Lima, Peru, on Friday.", "2014-08-22")
    assert targets(result, "173") == ["PER"]


def test_the_rows_cover_violence_and_arrests_but_not_meetings() -> None:
    violence, arrest = implied_sector_act("180"), implied_sector_act("173")
    assert violence is not None and violence.sector == "CVL" and "no_fight" in violence.needs
    assert arrest is not None and arrest.sector == "CRM" and arrest.needs == "crime_word"
    assert implied_sector_act("040") is None
    assert {"encounter", "shootout"} <= sector_words("fight_word")
    assert {"laundering", "extortion"} <= sector_words("crime_word")  # ours and party_words.csv's
    assert "murder" in sector_words("violent_crime")  # a murder told names the act, not the victim's crime


def test_the_words_of_a_role_held_now_are_data() -> None:
    assert {"current", "sitting", "incumbent", "serving"} <= current_words()
    assert "former" not in current_words()


def test_a_person_described_by_a_word_of_no_sector_keeps_his_bare_country(analyse) -> None:
    # "an official at PEMEX" is no civilian: a description no table reads leaves his part untold
    result = analyse("Days later, Carlos Ruiz Vega, an official at PEMEX was kidnapped as he left the company "
                     "facilities in Toluca, Mexico.", "2013-05-02")
    assert "MEXCVL" not in targets(result, "18")


def test_one_killed_beside_his_own_crimes_with_no_doer_is_no_civilian(analyse) -> None:
    result = analyse("Sources said that Wahid was shot dead in Khyber Agency, Pakistan, after he confessed to "
                     "his crimes.", "2012-03-02")
    assert "PAKCVL" not in targets(result, "18")


def test_role_rows_give_a_special_agent_and_a_negotiating_team_their_sector(analyse) -> None:
    agent = analyse("Pedro Salinas, a US ICE special agent, was killed in Mexico on Tuesday.", "2011-02-17")
    assert targets(agent, "18") == ["USACOP"]
    team = analyse("The Philippine negotiating team will press the banks for better terms, officials said.",
                   "1987-03-12")
    assert any(e.actor is not None and e.actor.code == "PHLGOV" for e in team.entities)


def test_a_superintendency_is_a_state_regulator(analyse) -> None:
    result = analyse("Venezuela's Superintendency of Banks said it would probe the bank.", "1987-03-12")
    assert any(e.actor is not None and e.actor.code == "VENGOV" for e in result.entities)


def test_a_nationality_adjective_on_creditor_banks_is_their_own(analyse) -> None:
    # counterpart roles ("Peru's creditor banks" are foreign to Peru) keep a nationality word's country
    result = analyse("A team of Peruvian officials will meet with Swiss creditor banks here later this week.",
                     "1987-05-04")
    assert "CHEBUS" in targets(result, "04")
    assert "PERBUS" not in targets(result, "04")
