"""Parties named in an earlier sentence, and the one rule for the country a story is mainly about
(`actors/story_country.py`, shared by the merge of mentions and the story's home)."""

from __future__ import annotations

from collections import Counter

from conftest import party_code
from newsevents import ArticleResult
from newsevents.actors.pronouns import _governing_subject
from newsevents.actors.story_country import main_country


def _event(result: ArticleResult, trigger: str, nth: int = 0):
    """The `nth` event told by `trigger`."""
    return [e for e in result.events if e.mentions[0].trigger == trigger][nth]


def test_places_outweigh_the_country_named_most() -> None:
    # a Kashmir story: Pakistan named as often as India, but every place it happens in is Indian
    counts = Counter({"PAK": 6, "IND": 6})
    assert main_country(counts, Counter({"IND": 4})) == "IND"
    assert main_country(counts) is None


def test_places_do_not_outweigh_a_country_named_three_times_as_often() -> None:
    # a Honduran scandal told from a New York court: the places are American, the story Honduras's
    assert main_country(Counter({"HND": 12, "USA": 3}), Counter({"USA": 3})) == "HND"


def test_a_lone_country_named_once_needs_to_be_named_unmistakably() -> None:
    assert main_country(Counter({"PAK": 1}), strong={"IND"}) is None
    assert main_country(Counter({"PAK": 1}), strong={"PAK"}) == "PAK"


KASHMIR = ("The Indian army killed two militants of the Pakistan-based Lashkar-e-Toiba in Anantnag "
           "District of Jammu and Kashmir on Monday. Pakistan denied any role, and the Pakistani army said "
           "Pakistan had no link to the group. Police in Srinagar and Baramulla arrested a suspect on "
           "Tuesday. Two civilians were injured in Kupwara and Sopore. The army later arrested two militants "
           "in Pulwama.")


def test_bare_army_in_a_kashmir_story_is_the_army_of_where_it_happens(analyse) -> None:
    # two armies named before; the story names Pakistan as often as India, but it happens in Kashmir's
    # towns: the bare "the army" three sentences after the Pakistani army's denial is India's
    result = analyse(KASHMIR, "2026-01-05")
    assert party_code(_event(result, "arrested", 1), "source") == "INDMIL"


def test_they_of_a_when_clause_is_the_plural_subject_of_its_main_clause(analyse) -> None:
    result = analyse("Pakistani security personnel were patrolling near a railway track in Turbat when they were "
                     "attacked by miscreants.", "2021-03-04")
    assert party_code(_event(result, "attacked"), "target") == "PAKMIL"


def test_they_of_a_when_clause_after_a_dated_phrase_is_the_main_subject(analyse) -> None:
    result = analyse("Indian troops were searching a forest in Sukma District on Tuesday when they were ambushed "
                     "by Maoists.", "2021-03-04")
    assert party_code(_event(result, "ambushed"), "target") == "INDMIL"


def test_they_of_a_relative_clause_is_not_the_noun_the_clause_describes(analyse) -> None:
    result = analyse("The vigilantes in Michoacan have been fighting both the Knights Templar drug cartel and "
                     "state authorities, who they accuse of corruption.", "2021-03-04")
    assert party_code(_event(result, "accuse"), "source") == "MEXUAF"


def test_they_stays_unread_when_the_main_clause_names_another_group(analyse) -> None:
    # the police chased the Maoists: "they" who attacked may be either, so neither
    result = analyse("Police in Sukma chased five Maoists after they attacked a patrol.", "2021-03-04")
    assert all(party_code(e, "source") != "INDCOP" for e in result.events
               if e.mentions[0].trigger == "attacked")


def test_it_after_a_description_read_as_the_company_is_the_company(analyse) -> None:
    result = analyse("Nordwell Industries Inc said it acquired Pella Valve Co for 40 mln dlrs. The company also "
                     "said it would repurchase two mln shares. It criticised the rival offer by Dunmore Corp.",
                     "1987-03-12")
    source = _event(result, "criticised").source
    assert source is not None and source.entity_id == _event(result, "acquired").source.entity_id


def test_what_a_group_is_said_to_be_is_no_second_group(analyse) -> None:
    # "Colombia's largest drug trafficking organization" is the Gulf Clan itself: "the organization" two
    # sentences on has one group to stand for
    result = analyse("The Gulf Clan is Colombia's largest drug trafficking organization. Its leader, alias "
                     "Otoniel, was captured in 2021. The organization has since attacked police patrols.",
                     "2022-03-04")
    assert party_code(_event(result, "attacked"), "source") == "COLCRM"


def test_the_organization_stays_unread_after_two_groups(analyse) -> None:
    result = analyse("The Rastrojos fought the Gulf Clan for the port last year. Both lost dozens of men. "
                     "The organization has since attacked police patrols.", "2022-03-04")
    assert party_code(_event(result, "attacked"), "source") is None


def test_they_stays_unread_when_the_main_clause_acts_on_a_plural(analyse) -> None:
    # the Zetas threatened the residents: "they" who refused are the residents, whom no table codes
    result = analyse("Residents of Santo Domingo said the Zetas had threatened them with death when they refused "
                     "to join the gang and when they criticized its leader.", "2015-06-01")
    assert all(party_code(e, "source") != "MEXCRM" for e in result.events
               if e.mentions[0].trigger in {"refused", "criticized"})



def _they_reading(nlp, text: str, groups: dict[str, str]) -> str | None:
    """What `_governing_subject` reads the first "they" of `text` as, given the words naming groups."""
    doc = nlp(text)
    mention_entity = {t.i: groups[t.text] for t in doc if t.text in groups}
    they = next(t for t in doc if t.lower_ == "they")
    return _governing_subject(they, mention_entity, set(groups.values()))


def test_they_stays_unread_when_a_clause_above_has_another_group_subject(nlp) -> None:
    # the troopers were on their way, not the Maoists who set off the blast
    text = ("Two troopers were killed when Maoists triggered a landmine, when they were ambushed near a "
            "polling station.")
    assert _they_reading(nlp, text, {"troopers": "t", "Maoists": "m"}) is None
    assert _they_reading(nlp, "Maoists triggered a landmine when they were fleeing the village.",
                         {"Maoists": "m"}) == "m"


def test_they_stays_unread_when_its_subject_names_two_groups(nlp) -> None:
    text = "The Zetas and the Gulf Cartel gangs never had the strength in Texas that they have in Tamaulipas."
    assert _they_reading(nlp, text, {"Zetas": "z", "Gulf": "g", "Cartel": "g", "gangs": "z"}) is None
    assert _they_reading(nlp, text, {"Zetas": "z"}) == "z"
