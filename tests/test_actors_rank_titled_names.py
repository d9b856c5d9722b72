"""A soldier's or policeman's rank written before his name ("Havildar X", "Constable Y", "ASI Z", "Subedar W")
is his title even where the NER typed rank and name a body or a work of art: the person is an entity of the
rank's sector (MIL, COP), of the force named after his name when there is one ("of the Levies Force": COP).
Rank and place words together name no one ("the Constable Training Centre")."""

from __future__ import annotations

from conftest import code_of, mention_codes

DAY = "2013-08-14"


def test_army_rank_before_name_is_a_soldier(analyse) -> None:
    result = analyse("Unidentified gunmen shot dead Havildar Ramesh Singh in Pulwama District on Tuesday.", DAY)
    assert code_of(result, "Ramesh Singh") == "INDMIL"
    assert any(c.startswith("18") and t == "INDMIL" for c, _, t in mention_codes(result)), mention_codes(result)


def test_police_rank_typed_as_body_is_a_policeman(analyse) -> None:
    result = analyse("Unidentified gunmen shot dead Constable Ramesh Singh in Pulwama District on Tuesday.",
                     DAY)
    assert code_of(result, "Ramesh Singh") == "INDCOP"


def test_subedar_ambushed_is_the_target(analyse) -> None:
    result = analyse("Subedar Karim was going home when unidentified gunmen ambushed his vehicle near "
                     "Peshawar on Monday.", DAY)
    assert code_of(result, "Karim") == "PAKMIL"
    assert ("180", "PAKUAF", "PAKMIL") in mention_codes(result), mention_codes(result)


def test_police_short_rank_titles(analyse) -> None:
    result = analyse("Police arrested SHO Ravi Kumar and ASI Mohan Lal in Jammu on Monday.", DAY)
    assert code_of(result, "Ravi Kumar") == "INDCOP"
    assert code_of(result, "Mohan Lal") == "INDCOP"


def test_force_named_after_the_name_wins_over_the_rank(analyse) -> None:
    result = analyse("Two FC personnel and Hawaldar Karim Bakhsh of Levies Force were killed in the blast in "
                     "Mastung District.", DAY)
    assert code_of(result, "Karim Bakhsh") == "PAKCOP"


def test_rank_and_place_words_name_no_person(analyse) -> None:
    result = analyse("Militants attacked the Constable Training Centre in Quetta on Monday.", DAY)
    assert all(e.type != "PERSON" for e in result.entities if "Training" in e.name), \
        [(e.name, e.type) for e in result.entities]
