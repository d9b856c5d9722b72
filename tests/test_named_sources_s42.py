"""SATP sources named beside the act (issues 9/10): the doer of an in-phrase of purpose ("in order to", "in a
bid to": `source_words.csv` purpose_noun) is the doer of the clause it hangs on; the one a compound "X-led"
names led the raid or operation he is said to have led (`source_words.csv` led_participle); a band that
dropped or distributed pamphlets wrote what they say (`source_words.csv` sponsor_verb); the officials of a
tribal agency's political administration are its government (`roles.csv`)."""

from __future__ import annotations

from newsevents import ArticleResult


def parties(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one code prefix."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_in_order_to_is_done_by_the_clause_doer(analyse) -> None:
    result = analyse("Protesters pelted stones at a police station in Karachi on Monday. A contingent of law "
                     "enforcers reached the station and resorted to aerial firing in order to disperse the "
                     "protesters.", "2013-09-24")
    assert ("PAKCOP", "PAKCVL") in parties(result, "175")


def test_purpose_of_a_passive_clause_has_no_doer(analyse) -> None:
    # the passive's subject is what was acted on: tear gas shells disperse no one
    result = analyse("Tear gas shells were fired in order to disperse the protesters in Karachi on Monday.",
                     "2013-09-24")
    assert all(source is None for source, _ in parties(result, "175"))


def test_led_raid_is_the_leaders_act(analyse) -> None:
    result = analyse("A party worker was killed during a Rangers led raid at the party headquarters in "
                     "Karachi on March 11, reports The News.", "2015-03-12")
    assert any(source == "PAKMIL" for source, _ in parties(result, "1"))


def test_led_operation_by_a_force_word(analyse) -> None:
    result = analyse("Two militants were killed during an Army led operation in Kupwara District of Jammu "
                     "and Kashmir on Monday.", "2016-05-10")
    assert any(source == "INDMIL" for source, _ in parties(result, "19"))


def test_dropped_pamphlets_warning_are_the_bands(analyse) -> None:
    result = analyse("Maoists abducted and killed a village secretary in Raigarh District on April 21. The "
                     "Maoists dropped pamphlets warning the villagers against helping the Police.",
                     "2014-04-22")
    assert any(source is not None and source.endswith("REB") for source, _ in parties(result, "13"))


def test_purpose_hung_on_a_speech_verb_is_no_speakers_act(analyse) -> None:
    # the parser may hang the phrase on the reporting verb: the one who explains arrests no one
    result = analyse('"It is hard, because in order to arrest a suspect for laundering you had to prove an '
                     'earlier crime," explains prosecutor Juan Perez of Guatemala.', "2014-05-02")
    assert all(source is None or source.endswith("CRM") for source, _ in parties(result, "173"))


def test_political_administration_officials_arrest(analyse) -> None:
    result = analyse("A bomb planted in a bazaar in Bajaur Agency destroyed two shops on June 26. The political "
                     "administration officials defused another bomb at the market and arrested the watchman "
                     "of the bazaar.", "2013-06-27")
    assert any(source == "PAKGOV" for source, _ in parties(result, "173"))
