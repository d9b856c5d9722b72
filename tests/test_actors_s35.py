"""Session 35: the trades and ranks of organised crime are criminals (CRM): a crime word on a trade or rank
noun ("a cocaine broker", "a mafia boss", "cartel operatives"; data/crime_predicates.csv kinds `trade` and
`underworld`), and role nouns of crime (mafia figures, mafia bosses, drug couriers, drug mules; data/roles.csv).
The same nouns with no crime word keep their sector ("a broker at Merrill Lynch" BUS)."""

from __future__ import annotations

from conftest import code_of, event_triples


def test_a_cocaine_broker_in_apposition_is_a_criminal(analyse) -> None:
    result = analyse("Police in Bogota arrested Roberto Lanzetti, an Italian cocaine broker, on Tuesday.",
                     "2013-07-10")
    assert code_of(result, "Roberto Lanzetti") == "ITACRM"


def test_a_mafia_cocaine_broker_is_a_criminal(analyse) -> None:
    result = analyse("Police in Bogota arrested the Italian mafia cocaine broker on Tuesday.", "2013-07-10")
    assert ("173", "COLCOP", "ITACRM") in event_triples(result)


def test_mafia_figures_are_criminals(analyse) -> None:
    result = analyse("The capture follows a series of arrests of Italian mafia figures in Colombia this "
                     "year.", "2013-07-10")
    assert [t for c, _, t in event_triples(result) if c == "173"] == ["ITACRM"]


def test_drug_couriers_are_criminals(analyse) -> None:
    result = analyse("Police in Honduras detained two drug couriers carrying half a million dollars.",
                     "2013-07-10")
    assert ("173", "HNDCOP", "HNDCRM") in event_triples(result)


def test_a_mafia_boss_in_apposition_is_a_criminal(analyse) -> None:
    result = analyse("Police in Rome arrested Giovanni Bellucci, a Calabrian mafia boss, on Friday.",
                     "2013-07-10")
    assert code_of(result, "Giovanni Bellucci") == "ITACRM"


def test_a_broker_with_no_crime_word_stays_in_business(analyse) -> None:
    result = analyse("Dealers said shares rose on Monday. A stock broker at Merrill Lynch, John Smith, "
                     "said demand was strong.", "1987-03-02")
    assert code_of(result, "John Smith") != "USACRM"
