"""Actor codes, round 10: South Asian security abbreviations, the EC Commission under a Brussels dateline,
former office holders in undated stories, a party named after its noun, people the NER took for places,
country words inside longer place names, and the home of a story told from a foreign court.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import code_of
from newsevents import Article, Pipeline

DAY = date(2019, 5, 3)
OLD_DAY = date(1987, 3, 5)


def _code(pipeline: Pipeline, text: str, mention: str, day: date | None = DAY) -> str | None:
    return code_of(pipeline.analyse(Article(id="t", text=text, published=day)), mention)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("SF personnel shot dead two militants in Kupwara District of Jammu and Kashmir on Tuesday.",
     "SF", "INDMIL"),
    ("STF personnel arrested a Maoist courier in Malkangiri District of Odisha.", "STF", "INDCOP"),
    ("A joint team of the District Reserve Group and the Special Operation Group killed two Maoists in "
     "Sukma District of Chhattisgarh.", "District Reserve Group", "INDCOP"),
])
def test_south_asian_security_abbreviations(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    assert _code(pipeline, text, mention) == code


def test_a_south_asian_newspaper_places_a_story_without_known_places(pipeline: Pipeline) -> None:
    text = ("Two Policemen were shot dead near Piro Bridge in Chattar area, reports Daily Times. Unidentified "
            "militants opened fire at their van.")
    assert _code(pipeline, text, "Policemen") == "PAKCOP"


def test_the_commission_in_a_story_about_the_community(pipeline: Pipeline) -> None:
    text = ("BRUSSELS, March 4 - The Commission said on Tuesday it would fine the three chemical companies. "
            "Officials said the EC's industry ministers would discuss the case next week.")
    assert _code(pipeline, text, "Commission", OLD_DAY) == "IGOEUREEC"


def test_a_named_national_commission_keeps_its_short_form(pipeline: Pipeline) -> None:
    text = ("LONDON, March 4 - The Monopolies and Mergers Commission will study the bid, which the EC also "
            "examines. The Commission said it would report in June.")
    assert _code(pipeline, text, "Monopolies and Mergers Commission", OLD_DAY) == "GBRGOV"


def test_a_former_president_in_an_undated_story_keeps_his_country(pipeline: Pipeline) -> None:
    text = "Prosecutors said former President Otto Perez Molina had run the customs fraud network."
    assert _code(pipeline, text, "Otto Perez Molina", None) == "GTMELI"


def test_the_leader_of_a_party_named_after_the_noun_is_of_the_party(pipeline: Pipeline) -> None:
    text = "Charles Haughey, leader of the Irish party Fianna Fail, criticised the devaluation."
    assert _code(pipeline, text, "Charles Haughey", OLD_DAY) == "IRLPTY"


def test_a_name_the_ner_took_for_a_place_is_a_person_when_a_role_describes_it(pipeline: Pipeline) -> None:
    text = ("The extradition of Tomas Yarrington, a former Mexico governor, was approved. Prior to his "
            "capture, Yarrington had been off the radar for years.")
    assert _code(pipeline, text, "Tomas Yarrington", date(2017, 6, 1)) == "MEXELI"


def test_a_city_in_apposition_stays_a_place(pipeline: Pipeline) -> None:
    text = "Soldiers patrolled Ciudad Juarez, a border city, after the killings."
    assert _code(pipeline, text, "Ciudad Juarez") is None


def test_new_jersey_is_no_jersey(pipeline: Pipeline) -> None:
    text = "Workers struck the New Jersey plant of Acme Bottling Group on Monday."
    result = pipeline.analyse(Article(id="t", text=text, published=OLD_DAY))
    assert all(not (e.actor and e.actor.code and e.actor.code.startswith("JEY")) for e in result.entities)


def test_an_employers_federation_is_business(pipeline: Pipeline) -> None:
    text = ("Kenji Mori, president of the Osaka Federation of Employers' Associations, rejected calls for "
            "higher wages.")
    assert _code(pipeline, text, "Kenji Mori", OLD_DAY) == "JPNBUS"


def test_the_foundation_is_no_street_gang(pipeline: Pipeline) -> None:
    code = _code(pipeline, "Roche and the Foundation sued Genentech Inc over the patent.", "Foundation",
                 OLD_DAY)
    assert code is None or not code.endswith("REB")


def test_national_civil_police(pipeline: Pipeline) -> None:
    salvador = "SAN SALVADOR, May 2 - The National Civil Police arrested two gang members on Friday."
    assert _code(pipeline, salvador, "National Civil Police") == "SLVCOP"
    other = "Prosecutors in Miami said the National Civil Police had not investigated the trafficker."
    assert _code(pipeline, other, "National Civil Police") == "GTMCOP"


def test_a_story_naming_its_country_far_more_than_a_foreign_courts_places(pipeline: Pipeline) -> None:
    text = ("Honduran police officers worked for the Cachiros, a Honduran drug trafficking group, a witness "
            "told a court in New York. The Honduran government dissolved the police investigations unit after "
            "the testimony in New York. Honduran officials said Honduras would cooperate. The Cachiros paid "
            "Honduran police commanders, the witness said in Brooklyn. The government said it would purge the "
            "force.")
    assert _code(pipeline, text, "The government") == "HNDGOV"


def test_a_self_styled_rank_is_an_armed_groups(pipeline: Pipeline) -> None:
    text = "Police arrested the self styled finance secretary of the outfit, Bolsan Marak, in Meghalaya."
    assert _code(pipeline, text, "Bolsan Marak") == "INDREB"


def test_a_person_from_a_place_is_of_its_country(pipeline: Pipeline) -> None:
    text = ("A trader identified as Suresh Barman (35) from Dalu town in West Garo Hills District was released "
            "by his abductors inside Bangladesh. A gang of Bangladeshi smugglers had held him for a week in "
            "Bangladesh.")
    code = _code(pipeline, text, "Suresh Barman")
    assert code is not None and code.startswith("IND")


def test_a_lone_first_name_in_an_undated_story_is_no_foreign_leader(pipeline: Pipeline) -> None:
    text = ("A woman in Lima promised to take Sharon to work at a beauty salon in Argentina. Sharon "
            "accepted the offer.")
    code = _code(pipeline, text, "Sharon", None)
    assert code is None or not code.startswith("ISR")


def test_a_countrys_own_department_named_like_a_us_one(pipeline: Pipeline) -> None:
    assert _code(pipeline, "Mexico's Justice Department charged the two men.", "Justice Department") \
        == "MEXGOV"
    assert _code(pipeline, "The Justice Department charged the two men in Mexico City.",
                 "Justice Department") == "USAGOV"


def test_a_relative_of_an_official_is_a_civilian_of_his_country(pipeline: Pipeline) -> None:
    code = _code(pipeline, "Gunmen killed Ahmed Khan, the son of a Pakistani senator, in Peshawar.", "Ahmed Khan")
    assert code == "PAKCVL"
