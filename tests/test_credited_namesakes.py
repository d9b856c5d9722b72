"""Names the NER reads wrong. A name standing as a news credit ("..., reports PTI") is the outlet that told the story: a table body of
another kind spelt the same (PTI, the Pakistani party) is not in the article and lends it no country."""
from typing import Any

DAY = "2019-03-04"


def codes(result: Any) -> set[str]:
    return {e.actor.code for e in result.entities if e.actor and e.actor.code}


def test_a_credit_is_not_the_party_of_the_same_initials(analyse: Any) -> None:
    text = ("Three CRPF troopers were killed when Maoists attacked a patrol in Sukma District of Chhattisgarh "
            "on March 3, reports PTI.")
    assert "PAKOPP" not in codes(analyse(text, DAY))


def test_the_party_named_in_the_story_stays(analyse: Any) -> None:
    text = ("Militants attacked the house of a leader of Pakistan Tehreek e Insaf (PTI) in Peshawar on "
            "Monday. The PTI condemned the attack.")
    assert "PAKOPP" in codes(analyse(text, DAY))


def test_a_known_body_and_a_role_read_as_one_name_are_split(analyse: Any) -> None:
    # the NER reads "BJP MLA" as one organisation no table knows; the body is the BJP, the role its member's
    text = "Militants shot dead Ram Kumar, a former BJP MLA, in Gaya District of Bihar on Monday."
    result = analyse(text, DAY)
    assert not any(e.name == "BJP MLA" for e in result.entities)
    assert any(e.actor and (e.actor.code or "").startswith("IND") for e in result.entities if e.name == "Ram Kumar")


def test_a_deputy_of_an_unknown_title_is_no_legislator(analyse: Any) -> None:
    # "Deputy" alone names a member of a legislature; before another title it only makes a deputy of that
    text = "Japanese officials will hold talks with Deputy U.S. Trade Representative Michael Smith on Friday."
    assert not any((e.actor.code or "").endswith("LEG") for e in analyse(text, "1987-03-25").entities
                   if e.actor and e.name == "Michael Smith")
