"""A non-state armed group's country (LeT, JeM: PAKREB) counts once for the story's home, however often the
story names the group: where a group is based says little of where the story happens."""
import pytest

STORIES = [
    "Two Lashkar-e-Toiba (LeT) militants were killed in an encounter with security forces in Sopore in "
    "Baramulla district on May 4. The LeT militants had opened fire on a police party, officials said. "
    "An LeT commander escaped, while police recovered two rifles from the LeT hideout. "
    "Security forces said the LeT cadres had infiltrated from Pakistan.",
    "Three Jaish-e-Mohammed (JeM) cadres were arrested by police in Tral in Pulwama district on June 9. "
    "The JeM cadres had attacked a police post, officials said. Police seized grenades from the JeM men. "
    "The JeM module was run by a handler across the border, police said.",
]


@pytest.mark.parametrize("text", STORIES)
def test_armed_group_mentions_do_not_make_the_police_its_countrys(analyse, text: str) -> None:
    result = analyse(text, "2009-06-10")
    codes = {e.actor.code for e in result.entities if e.actor}
    assert not codes & {"PAKCOP", "PAKMIL"}, codes
