"""Acts told on someone's word: a doer described as alleged, and verbs of saying whose clause is the account."""

from __future__ import annotations

from conftest import trigger_modality
from newsevents.events.modality import _past


def test_killing_by_alleged_gang_operatives_is_reported(analyse) -> None:
    result = analyse("In June 2015, three farmers were shot dead near Tumaco by alleged Rastrojos operatives.",
                     "2015-07-02")
    assert trigger_modality(result, "shot") == "reported"


def test_alleged_rebels_as_subject_report_their_ambush(analyse) -> None:
    result = analyse("Alleged Maoist rebels ambushed a police convoy in Bijapur district on Sunday.", "2012-05-08")
    assert trigger_modality(result, "ambushed") == "reported"


def test_suspected_doers_stay_the_writers_account(analyse) -> None:
    # coders keep "suspected militants blew up a school" asserted: only the doers' identity is suspected
    result = analyse("Suspected militants ambushed a police convoy in Bijapur district on Sunday.", "2012-05-08")
    assert trigger_modality(result, "ambushed") == "asserted"


def test_alleged_victim_leaves_the_act_asserted(analyse) -> None:
    # the adjective is on whom the act was done to, not on who did it
    result = analyse("Colombian police arrested two alleged smugglers in Ipiales on Monday.", "2014-02-12")
    assert trigger_modality(result, "arrested") == "asserted"
    result = analyse("Soldiers killed two alleged guerrillas of the ELN in Arauca on Monday.", "2014-02-12")
    assert trigger_modality(result, "killed") == "asserted"


def test_pointed_out_that_reports_the_clause(analyse) -> None:
    result = analyse("The governor pointed out that guerrillas had attacked a police post in Cauca last week.",
                     "2013-04-10")
    assert trigger_modality(result, "attacked") == "reported"


def test_complained_that_reports_the_clause(analyse) -> None:
    result = analyse("Thailand complained to the United Nations today that troops from Cambodia shelled Thai "
                     "villages last Monday, killing 12 people.", "1987-03-05")
    assert trigger_modality(result, "shelled") == "reported"


def test_pointed_at_the_map_is_no_account(analyse) -> None:
    # "point" without its particle says nothing: the attack the writer tells stays asserted
    result = analyse("Rebels attacked a police post in Cauca on Tuesday, killing two officers.", "2013-04-10")
    assert trigger_modality(result, "attacked") == "asserted"


def test_recommendations_of_a_meeting_leave_the_meeting_given(analyse) -> None:
    # the meeting produced the recommendations; only where they go next is still to come
    result = analyse("Results of the meeting between Indonesian and Thai trade ministers will be announced on "
                     "Friday, officials said.", "1987-05-11")
    assert trigger_modality(result, "meeting") == "reported"


def test_a_meeting_to_come_keeps_its_own_future(analyse) -> None:
    result = analyse("Indonesian and Thai trade ministers will meet in Manila next week.", "1987-05-11")
    assert trigger_modality(result, "meet") == "intended"


def test_talks_agreed_to_be_held_are_the_agreement(analyse) -> None:
    # coded as the pledge (036), the held talks take the agreement's modality, not the talks' future
    result = analyse("Argentina and Chile have agreed to hold talks on their border dispute, a foreign ministry "
                     "spokesman said on Monday.", "1987-05-11")
    assert trigger_modality(result, "talks") == "reported"


def test_talks_only_wanted_stay_intended(analyse) -> None:
    result = analyse("Argentina wants to hold talks with its creditor banks on its foreign debt.", "1987-05-11")
    assert trigger_modality(result, "talks") == "intended"


def test_what_we_should_remember_was_done(analyse) -> None:
    # "should" tells what the reader ought to do; the request the that-clause remembers was made
    result = analyse("We should remember that, when Peru and Ecuador broke off relations in 1995, the Ecuadorean "
                     "government requested that Pedro Salcedo leave the country.", "2015-06-01")
    assert trigger_modality(result, "requested") == "asserted"


def test_advice_a_speaker_gives_stays_intended(analyse) -> None:
    # "said" is no factive verb: what it says Peru should do is still to come
    result = analyse("The minister said Peru should expel the Ecuadorean ambassador.", "2015-06-01")
    assert trigger_modality(result, "expel") == "intended"


def test_satisfaction_that_an_agreement_was_reached_reports_it(analyse) -> None:
    result = analyse("Bankers leaving the meeting declined to give details, though some expressed satisfaction "
                     "that Argentina had agreed to keep negotiating with the creditor committee.", "1987-03-25")
    assert trigger_modality(result, "agreed") == "reported"



def test_a_participle_sharing_a_past_auxiliary_is_past(nlp) -> None:
    # "were killed and four injured during the ambush": "injured" has no auxiliary of its own, so the ambush
    # its during-phrase names is given by the shared "were", not left to a denial above the clause
    doc = nlp("Only two troopers were killed and four injured during the ambush.")
    injured = next(t for t in doc if t.text == "injured")
    assert injured.dep_ == "conj"
    assert _past(injured)
    doc = nlp("Police will question the two men arrested and those injured during the riot.")
    assert not _past(next(t for t in doc if t.text == "question"))
