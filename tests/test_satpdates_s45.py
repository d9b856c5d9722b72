"""Acts of a dated incident in a record with no publication date (session 45, SATP and InsightCrime).

- a relative clause telling that a happening took place ("a gunfight with cadres of the KCP which took place
  ... on August 14") dates the happening noun, though the parser hangs it on a noun of its phrase;
- a perfect infinitive the parser split ("were reported to have sustained injuries ... on August 14") tells a
  done act: its day is the lead's, and the incident's later acts take it;
- in the lead, the act that set off the dated one, told in a simple past "after" clause ("launched a
  combing operation on September 9 after militants fired on an Army patrol"), is of its day; not one counted
  back ("two days after") nor a past perfect;
- the names inside a subject's place or weapon phrase ("The attack on the Pakistani Embassy in Kabul", "the
  militants, armed with Kalashnikov rifles") name no other doers;
- a party told again by the same count ("Two soldiers were killed ... two soldiers were killed on the spot")
  is the same party; another count is not.
"""

from __future__ import annotations

from conftest import event_dates_on as _dated
from newsevents.events.dating import _act_party_words

GUNFIGHT = ("Two constables of the Bihar Military Police were reported to have sustained injuries in a gunfight "
            "with cadres of the Kangleipak Communist Party which took place at around 9 pm near Moreh village in "
            "Tengnoupal District on August 14. According to officials, the troops were searching the area after "
            "learning that a trader was abducted by the KCP cadres.")


def test_a_clause_of_taking_place_dates_the_happening_before_it(analyse) -> None:
    assert _dated(analyse, GUNFIGHT, "gunfight") == ["XXXX-08-14"]


def test_a_split_perfect_infinitive_leaves_the_lead_dated(analyse) -> None:
    assert _dated(analyse, GUNFIGHT, "abducted") == ["XXXX-08-14"]


def test_the_act_that_set_off_the_leads_act_is_of_its_day(analyse) -> None:
    text = ("Security Forces on September 9 launched a combing operation in Kupwara District after a group of "
            "militants fired on an Army patrol and escaped into the forest, reports Greater Kashmir.")
    assert _dated(analyse, text, "fired") == ["XXXX-09-09"]


def test_an_act_counted_back_from_the_leads_day_is_not_of_it(analyse) -> None:
    text = ("Police on September 9 arrested two persons in Kupwara District two days after a group of militants "
            "fired on an Army patrol, reports Greater Kashmir.")
    assert _dated(analyse, text, "fired") == [None]
    assert _dated(analyse, text, "arrested") == ["XXXX-09-09"]


def test_places_and_weapons_in_a_subject_name_no_other_doers(analyse) -> None:
    text = ("The attack on the Pakistani Embassy in Kabul on June 4 left two guards dead, reports Dawn. Afghan "
            "officials said the militants, armed with Kalashnikov rifles, opened fire on the embassy gate.")
    assert _dated(analyse, text, "opened") == ["XXXX-06-04"]


def test_a_party_told_again_by_its_count_is_the_same_party(pipeline) -> None:
    doc = pipeline.nlp("Two soldiers were killed near the post. Later two soldiers were killed on the spot. "
                       "Three soldiers were killed in the town.")
    killed = [t for t in doc if t.lower_ == "killed"]
    first, again, other = (_act_party_words(t, definite_only=True) for t in killed)
    assert "two soldier" in first and "two soldier" in again
    assert not first & other
