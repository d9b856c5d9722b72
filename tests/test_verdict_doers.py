"""A verdict is a court's act: "was convicted" / "was sentenced" with no doer named is the judiciary's (JUD) of the
place it was given, else of the story's country; an arrest with no doer stays unguessed unless the sentence
speaks of police (sources._inferred_doer_sector)."""

from __future__ import annotations

from conftest import event_triples


def test_a_conviction_with_no_court_named_is_the_courts(analyse) -> None:
    result = analyse("LIMA, May 3 - Former intelligence chief Julio Salcedo was convicted of arms trafficking on "
                     "Monday.", "2015-05-03")
    assert ("116", "PERJUD") in {(code, source) for code, source, _ in event_triples(result)}


def test_a_sentence_abroad_is_that_countrys_court(analyse) -> None:
    result = analyse("Fabio Ramirez, the son of a former Honduran president, was sentenced in New York to 24 years in "
                     "prison for drug trafficking.", "2017-09-06")
    assert {source for _, source, _ in event_triples(result)} & {"USAJUD"}


def test_an_arrest_with_no_doer_is_still_not_guessed(analyse) -> None:
    # no police guessed; the authorities a coder infers (PERGOV, basis implied: events/implied.py) instead
    result = analyse("LIMA, May 3 - Former mayor Julio Salcedo was captured on Monday.", "2015-05-03")
    assert not [source for code, source, _ in event_triples(result) if code.startswith("173") and source
                and source.endswith("COP")]
