"""Event dates, eighth round: a day phrase in the event's own sentence that the parse hung where the reader
used to ignore it — on a passive's doer ("shot dead by gunmen on May 2"), just before a trailing attribution
("..., on May 2, reports The Tribune"), on a clause told at the same time ("killed while three were injured
during a clash on May 2"), on a naming participle ("a man, identified as X, ... on May 2") — and phrases that
are no time (ages: "a seven year old boy")."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_of

# DATING_DAY is a Wednesday, 2018-03-09 (conftest): "March 2" is twelve days before.


def test_a_passive_doer_is_no_deadline(nlp: Language) -> None:
    text = "Two guards were shot dead by unidentified gunmen on March 2."
    assert date_of(nlp, text, "shot") == ("2018-03-02", "explicit")


def test_by_a_day_is_still_a_deadline(nlp: Language) -> None:
    text = "The company must repay the loan by March 20, the bank said."
    assert date_of(nlp, text, "repay", future=True)[0] != "2018-03-20"


def test_a_day_just_before_a_trailing_attribution_dates_the_event(nlp: Language) -> None:
    text = ("Nine people were killed in a blast that tore through a crowded market in the northern town "
            "of Sarai, on March 2, reports The Morning Tribune.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_a_day_after_the_attribution_is_the_reports(nlp: Language) -> None:
    text = "The rebels killed a village guard in the hills, reports The Morning Tribune on March 4."
    assert date_of(nlp, text, "killed")[0] != "2018-03-04"


def test_a_clause_told_while_the_event_happened_shares_its_day(nlp: Language) -> None:
    text = ("One soldier was killed while two others were injured during an exchange of fire in the "
            "border district on March 2.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_a_naming_participle_does_not_take_the_day_away(nlp: Language) -> None:
    text = ("Insurgents killed a farmer, identified as John Mwangi, of Kilo village in the eastern "
            "district late in the night of March 2.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_an_age_is_no_date(nlp: Language) -> None:
    text = ("A woman and a seven year old boy were killed in cross fire when guards fired at robbers "
            "near the bank on March 2, reports The Morning Tribune.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_an_onset_clause_on_the_encounters_party_dates_the_killing(nlp: Language) -> None:
    text = ("Three soldiers have been killed in an encounter with militants in the district which started "
            "on March 2, reports The Morning Tribune.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


# The sentence before dates the same happening when the event's sentence goes on with it.

def _second(nlp: Language, text: str, trigger: str, future: bool = False) -> tuple[str | None, str]:
    """The date of the last `trigger` of `text` (the one in the second sentence)."""
    from conftest import DATING_DAY
    from newsevents.events.dating import event_date

    doc = nlp(text)
    tok = [t for t in doc if t.text == trigger][-1]
    result = event_date(tok, [tok], DATING_DAY, future)
    return result.date, result.date_basis


def test_a_happening_referred_back_to_takes_the_day_before(nlp: Language) -> None:
    text = ("A suicide bomber killed 12 people at a mosque in the northern district on March 2. "
            "A breakaway faction of the group claimed responsibility for the attack.")
    assert _second(nlp, text, "claimed") == ("2018-03-02", "explicit")


def test_the_same_act_told_again_takes_the_day_before(nlp: Language) -> None:
    text = ("Gunmen shot dead a shopkeeper in the main market on March 2. "
            "The gunmen shot him four times before escaping on a motorcycle.")
    assert _second(nlp, text, "shot") == ("2018-03-02", "explicit")


def test_another_act_with_no_reference_keeps_the_story_day(nlp: Language) -> None:
    text = ("The ministers met in Geneva on March 2. "
            "Brazil accused the United States of dumping cotton.")
    assert _second(nlp, text, "accused")[1] == "publication"


def test_a_speech_day_before_is_not_the_acts(nlp: Language) -> None:
    text = ("The army said on March 2 that the border was calm. "
            "Rebels attacked the convoy near the town.")
    assert _second(nlp, text, "attacked")[0] != "2018-03-02"


def test_a_things_date_before_is_no_acts_day(nlp: Language) -> None:
    text = ("Monday's injection of liquidity shows the bank wants lower rates. "
            "The bank gave no sign that the meeting would take place.")
    assert _second(nlp, text, "meeting")[0] != "2018-03-12"


def test_an_event_noun_in_a_body_perfects_phrase_is_background(nlp: Language) -> None:
    text = ("Iraq said its troops repulsed an attack. Fighting went on in the north. "
            "Iran has backed dissident Kurds in the area in attacks on government positions.")
    assert date_of(nlp, text, "attacks") == (None, "unknown")


def test_a_perfect_over_past_years_is_background_even_in_the_lede(nlp: Language) -> None:
    text = "Iran has attacked Iraqi border posts repeatedly over the past six years, Iraq said."
    assert date_of(nlp, text, "attacked") == (None, "unknown")
