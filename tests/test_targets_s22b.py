"""An object pronoun that stands for the object of the verb before it: "assaulted engineers and workers and
threatened them", "expelled 12 students, blaming them", "tortured him" after "kidnapped the man" (one doer
doing both acts, so the pronoun is the earlier act's object); never when the pronoun's verb has a subject of
its own, nor when the number does not agree."""

from __future__ import annotations

from conftest import readings


def test_them_after_a_coordinated_act_is_its_plural_object(analyse) -> None:
    result = analyse("Armed militants in Kupwara District assaulted labourers and drivers and threatened them "
                     "to stop work on the road.", "2013-05-02")
    targets = {t for _, t in readings(result, "threatened")}
    assert targets and all(t and t.startswith("IND") for t in targets), readings(result, "threatened")


def test_them_of_a_participle_is_the_main_verbs_object(analyse) -> None:
    result = analyse("Karachi University expelled 12 students on Monday, blaming them for violence on the "
                     "campus.", "2013-05-02")
    assert readings(result, "blaming") == {("PAKEDU", "PAKEDU")}, readings(result, "blaming")


def test_him_after_a_kidnapping_is_the_kidnapped_man(analyse) -> None:
    result = analyse("Police said Maoists in Gaya District kidnapped the teacher and tortured him before "
                     "releasing him.", "2013-05-02")
    assert {t for _, t in readings(result, "tortured")} == {"INDEDU"}, readings(result, "tortured")


def test_a_pronoun_whose_verb_has_its_own_subject_is_not_read(analyse) -> None:
    result = analyse("Villagers in Gaya District caught two thieves after they beat them.", "2013-05-02")
    assert all(t is None for _, t in readings(result, "beat")), readings(result, "beat")


def test_them_does_not_stand_for_a_singular_object(analyse) -> None:
    result = analyse("Maoists in Gaya District abducted a contractor and threatened them.", "2013-05-02")
    assert all(t is None for _, t in readings(result, "threatened")), readings(result, "threatened")


def test_them_of_a_participle_on_a_verb_sharing_the_subject_is_that_verbs_object(analyse) -> None:
    result = analyse("Karachi University expelled 12 students and suspended four lecturers, blaming them "
                     "for violence on the campus.", "2013-05-02")
    targets = {t for _, t in readings(result, "blaming")}
    assert targets and all(t and t.endswith("EDU") for t in targets), readings(result, "blaming")
