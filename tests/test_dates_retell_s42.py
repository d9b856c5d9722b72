"""Acts of the lead's incident told again after it, in a record with no publication date (issue 10/11,
session 42).

- a sentence that names the lead's day again ("late on May 7 night" after "on May 7") brings the story back
  to it after a flashback: the acts told after it take the lead's day; a flashback not followed by the
  lead's day still stops the lead's reach;
- "threatened to mount another attack" tells an attack to come, no other incident: the acts of the raid
  told after it still take the lead's day;
- an act hung on an infinitive its governor says was achieved ("managed to escape after firing at the
  constable") is told in the governor's past tense;
- a month-day the NER ran into a name before it ("in the provincial capital Karachi March 11") is a date;
- a denial or refutation (`reaction`) is a statement made when reported, not an act of the incident;
- a past progressive joined to an act by "while" or "when" is told at that act's time; one told as a reason
  ("because he was supporting the Government") is a state, no act of the day.
"""

from __future__ import annotations

from conftest import event_dates_on as _dated

FLASHBACK = ("Two militants and a constable were shot dead during an encounter in Warangal District of "
             "Telangana on May 7, reports The Hindu. The Police identified the militants as two men who had "
             "escaped from a jail in Bhopal on June 2, 2013 along with four other cadres. ")


def test_the_lead_day_named_again_brings_the_story_back(analyse) -> None:
    text = FLASHBACK + ("According to the Police, a team reached Ramapuram village late on May 7 night "
                        "after a tip-off that the men were hiding there. On seeing the Police, they opened "
                        "fire and fled from the village.")
    assert [d[-5:] if d else d for d in _dated(analyse, text, "opened")] == ["05-07"]


def test_a_flashback_not_followed_by_the_lead_day_still_stops_it(analyse) -> None:
    text = FLASHBACK + ("According to the Police, a team reached Ramapuram village after a tip-off that the "
                        "men were hiding there. On seeing the Police, they opened fire and fled from the "
                        "village.")
    assert _dated(analyse, text, "opened") == [None]


def test_another_attack_threatened_opens_no_other_incident(analyse) -> None:
    text = ("Suspected cadres of the Communist Party of India Maoist (CPI Maoist) torched the house of a "
            "Communist Party of India Marxist (CPI M) local leader, Ratan Mahato, in Kalmadi village of "
            "Jhargram in West Midnapore on March 4. Warning the villagers to stop supporting the ruling "
            "party, the Maoists threatened to mount another attack on the village if the fires were put out. "
            "They also assaulted the villagers.")
    assert _dated(analyse, text, "assaulted") == ["XXXX-03-04"]


def test_another_attack_told_still_opens_another_incident(analyse) -> None:
    text = ("Suspected cadres of the Communist Party of India Maoist (CPI Maoist) torched the house of a "
            "Communist Party of India Marxist (CPI M) local leader, Ratan Mahato, in Kalmadi village of "
            "Jhargram in West Midnapore on March 4. In another attack, the Maoists torched a forest "
            "office in Jhargram. They also assaulted the villagers.")
    assert _dated(analyse, text, "assaulted") == [None]


def test_an_act_before_an_achieved_escape_takes_the_lead_day(analyse) -> None:
    text = ("A Policeman was shot dead by an unidentified gunman in Hayatabad area of Peshawar on June 9, "
            "reports Dawn. Officials said that the constable was on duty outside a school when the gunman "
            "opened fire on him. The slain Policeman was identified as Abdul Karim. According to Police, "
            "the incident took place at around 9 am. He managed to escape after firing at the constable, "
            "witnesses said.")
    assert _dated(analyse, text, "firing") == ["XXXX-06-09"]


def test_a_month_day_run_into_a_place_name_dates_the_lead(analyse) -> None:
    text = ("One party worker, identified as Asif Raza, was killed during a Rangers raid at the party "
            "headquarters in provincial capital Karachi March 11, reports The News. He was a member of the "
            "party's information committee.")
    assert _dated(analyse, text, "killed") == ["XXXX-03-11"]


def test_a_refutation_is_no_act_of_the_incident(analyse) -> None:
    text = ("One party worker, identified as Asif Raza, was killed during a Rangers raid at the party "
            "headquarters in provincial capital Karachi March 11, reports The News. However, Karachi Police "
            "chief Ghulam Haider refuted the claims and said that the worker was not killed by the Rangers.")
    assert _dated(analyse, text, "refuted") == [None]


def test_an_act_while_a_past_progressive_takes_the_lead_day(analyse) -> None:
    text = ("A schoolboy was killed and two others injured when a hand grenade went off in Khar tehsil of "
            "Bajaur Agency on March 14, reports Dawn. Police said a student, Imran, had picked up the grenade "
            "from a field near his school. The grenade exploded while he was playing with it, killing him and "
            "two of his classmates, identified as Bilal (12) and Tariq (13).")
    assert _dated(analyse, text, "killing") == ["XXXX-03-14"]


def test_a_past_progressive_told_as_a_reason_is_no_act_of_the_day(analyse) -> None:
    text = ("A suicide bomber rammed an explosive laden vehicle into the house of a pro Government militant "
            "commander Maulvi Hakim in Orakzai Agency on July 9, killing at least seven persons, reported "
            "Dawn. TTP spokesman Ehsanullah Ehsan claimed responsibility for the attack. He told reporters "
            "that Maulvi Hakim was targeted because he was supporting the Government and was against the "
            "Taliban.")
    assert _dated(analyse, text, "supporting") == [None]
