"""Doers named or implied but left empty (session 22): the capture a hunt with no doer named is launched for is
the state's (implied.py `hunt_noun`), the one a named force launches one for is that force's (sources.py
`_hunt_launcher`); one of the story's own people extradited to another country is sent by the story's state
(implied_doers.csv story `abroad`)."""

from __future__ import annotations

from conftest import readings
from newsevents import ArticleResult

DAY = "2016-05-10"
KASHMIR = "SRINAGAR, May 9 -- Militants shot dead a constable in Shopian District of Jammu and Kashmir on Monday. "
CHHATTISGARH = "RAIPUR, May 9 -- Maoists killed two villagers in Sukma District of Chhattisgarh on Monday. "


def implied(result: ArticleResult, root: str) -> list[str]:
    """The source codes of the events of one code prefix whose source was implied."""
    return [e.source.code or "" for e in result.events
            if e.cameo.startswith(root) and e.source is not None and e.source.basis == "implied"]


def test_a_capture_a_search_operation_was_launched_for_is_the_states(analyse) -> None:
    text = KASHMIR + "A massive search operation has been launched in the area to capture the militants."
    assert implied(analyse(text, DAY), "173") == ["INDGOV"]


def test_efforts_to_nab_with_no_doer_named_are_the_states(analyse) -> None:
    text = CHHATTISGARH + "Efforts are on to nab the Maoists, a senior officer said."
    assert implied(analyse(text, DAY), "173") == ["INDGOV"]


def test_a_manhunt_launched_to_arrest_is_the_states(analyse) -> None:
    text = CHHATTISGARH + "A manhunt was launched to arrest the Maoists."
    assert implied(analyse(text, DAY), "173") == ["INDGOV"]


def test_a_plan_to_arrest_is_no_hunt_and_implies_no_doer(analyse) -> None:
    # only a hunt's purpose is the hunter's act: a plan may be anyone's
    text = CHHATTISGARH + "A plan has been prepared to arrest the Maoists."
    assert implied(analyse(text, DAY), "173") == []


def test_the_force_that_launched_the_operation_arrests(analyse) -> None:
    text = CHHATTISGARH + "Security forces launched a combing operation to arrest the Maoists."
    found = readings(analyse(text, DAY), "arrest")
    assert found and all(s == "INDMIL" for s, _ in found), found


def test_one_who_demands_an_operation_does_not_make_the_arrest(analyse) -> None:
    text = CHHATTISGARH + "Villagers demanded an operation to arrest the Maoists."
    found = readings(analyse(text, DAY), "arrest")
    assert all(s is None or not s.endswith("CVL") for s, _ in found), found


def test_the_storys_own_capo_extradited_abroad_is_sent_by_its_state(analyse) -> None:
    text = ("BOGOTA, May 9 -- Colombian drug lord Hernan Quintero Rojas, alias El Tuerto, has been extradited to "
            "the United States, police said.")
    assert implied(analyse(text, DAY), "174") == ["COLGOV"]


def test_an_extradition_after_an_arrest_in_a_third_country_is_not_the_storys(analyse) -> None:
    text = ("BOGOTA, May 9 -- Colombian drug lord Hernan Quintero Rojas was arrested in Panama and extradited "
            "to the United States, police said.")
    assert "COLGOV" not in implied(analyse(text, DAY), "174")


def test_a_foreigner_extradited_abroad_gives_no_sending_state(analyse) -> None:
    text = ("BOGOTA, May 9 -- Colombian police said Mexican trafficker Ramiro Osuna Paez was extradited to the "
            "United States on Monday.")
    assert implied(analyse(text, DAY), "174") == []


def test_one_extradited_to_the_storys_country_gives_no_sending_state(analyse) -> None:
    text = ("MEXICO CITY, May 9 -- Mexican officials said trafficker Ramiro Osuna Paez was extradited to Mexico "
            "on Monday.")
    assert implied(analyse(text, DAY), "174") == []


def test_a_militant_attack_names_militants_as_its_doers(analyse) -> None:
    text = ("SRINAGAR, May 9 -- Three persons including a constable were killed in a militant attack in Shopian "
            "District on Monday.")
    found = readings(analyse(text, DAY), "killed")
    assert found and all(s == "INDREB" for s, _ in found), found


def test_a_terrorist_attack_names_unidentified_armed_men(analyse) -> None:
    text = "SRINAGAR, May 9 -- A policeman was injured in a terrorist attack in Shopian District on Monday."
    assert ("INDUAF", "INDCOP") in readings(analyse(text, DAY), "attack")


def test_an_anti_militant_operation_names_no_militant_doer(analyse) -> None:
    text = ("SRINAGAR, May 9 -- Two soldiers were injured during an anti-militant operation in Shopian District "
            "on Monday.")
    result = analyse(text, DAY)
    assert all(not (e.source and (e.source.code or "").endswith("REB")) for e in result.events), \
        [(e.cameo, e.source) for e in result.events]


def test_a_band_described_by_its_members_word_is_of_their_sector(analyse) -> None:
    text = ("PESHAWAR, May 9 -- Two villagers were killed when rival militant outfits opened fire in the Bara "
            "area of Khyber Agency on Monday.")
    found = readings(analyse(text, DAY), "killed")
    assert found and all(s == "PAKREB" for s, _ in found), found


def test_no_band_named_by_no_is_a_doer(analyse) -> None:
    text = ("PESHAWAR, May 9 -- Militants blew up a girls school in Bara area of Khyber Agency on Monday. No "
            "militant outfit has claimed responsibility for the attack.")
    result = analyse(text, DAY)
    assert all(s is None or not s.endswith("REB") for s, _ in readings(result, "claimed")), \
        readings(result, "claimed")


def test_a_described_band_keeps_its_own_country_word(analyse) -> None:
    text = ("CARACAS, May 9 -- Colombian guerrilla groups attacked a military post in Apure state on Monday, "
            "officials said.")
    found = readings(analyse(text, DAY), "attacked")
    assert found and all(s == "COLREB" for s, _ in found), found
