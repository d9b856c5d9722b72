"""Intelligence, secret police, national police and investigation services of the world's states
(organizations_intelligence_police.csv): named bodies take their state's SPY / COP code; Soviet and Czechoslovak
bodies carry the successor's code and become SUN / CSK before those states ended; East Germany's take DDR; and
abbreviations or names other bodies share are no aliases, so the story's own words decide.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from conftest import code_of, readings


@pytest.mark.parametrize(("published", "code"), [("1987-03-12", "SUNSPY"), ("2015-03-12", "RUSSPY")])
def test_kgb_is_the_soviet_unions_before_1992_and_russias_after(analyse, published: str, code: str) -> None:
    result = analyse("The KGB arrested the dissident writer outside his flat, his wife said.", published)
    assert code_of(result, "KGB") == code
    assert {source for source, _ in readings(result, "arrested")} == {code}


def test_stasi_is_east_germanys_secret_police_not_its_police(analyse) -> None:
    # PETRARCH codes the Ministry for State Security DDRCOP: it was the secret police and spy service
    then = analyse("The Stasi arrested two church activists in Leipzig on Sunday.", "1988-01-18")
    assert code_of(then, "Stasi") == "DDRSPY"
    # after reunification the files are still the former state's body's
    later = analyse("Historians began reading the Stasi files on Thursday.", "1992-01-02")
    assert code_of(later, "Stasi") == "DDRSPY"


def test_czechoslovak_secret_police_is_czechoslovakias_before_1993(analyse) -> None:
    result = analyse("PRAGUE, May 4 - The secret police, the Statni Bezpecnost, detained the playwright.",
                     "1988-05-04")
    assert code_of(result, "Statni Bezpecnost") == "CSKSPY"


def test_belarus_kgb_is_not_russias(analyse) -> None:
    result = analyse("MINSK, Aug 12 - The Belarusian KGB arrested the blogger at his home.", "2020-08-12")
    assert code_of(result, "Belarusian KGB") == "BLRSPY"


@pytest.mark.parametrize(("sentence", "published", "mention", "code"), [
    ("The BND warned the chancellor that the hackers worked for a foreign state.", "2016-05-10", "BND", "DEUSPY"),
    ("Officers of the GRU poisoned the defector in Salisbury, British police said.", "2018-09-05", "GRU",
     "RUSSPY"),
    ("Savak agents tortured the prisoners, the revolutionary court was told.", "1979-02-20", "Savak", "IRNSPY"),
    ("The Securitate detained the pastor in Timisoara on Friday.", "1989-12-16", "Securitate", "ROUSPY"),
    ("VEVAK agents abducted the journalist in Tehran, his family said.", "2009-07-01", "VEVAK", "IRNSPY"),
    ("ZOMO riot police broke up the march in Gdansk on Sunday.", "1988-05-02", "ZOMO", "POLCOP"),
    ("The Royal Canadian Mounted Police arrested two men in Ottawa.", "2015-03-02",
     "Royal Canadian Mounted Police", "CANCOP"),
    ("ASIO raided three homes in western Sydney on Tuesday.", "2015-03-02", "ASIO", "AUSSPY"),
    ("Gardai arrested two men after the shooting in Limerick.", "2015-03-02", "Gardai", "IRLCOP"),
    ("Densus 88 officers shot dead two suspected militants in Poso.", "2015-03-02", "Densus 88", "IDNCOP"),
    ("The DGSI foiled a planned attack in Marseille, the minister said.", "2017-04-18", "DGSI", "FRASPY"),
    ("The AIVD said the hackers had entered the ministry's network.", "2018-01-25", "AIVD", "NLDSPY"),
    ("Mossos d'Esquadra officers detained four suspects in Ripoll.", "2017-08-18", "Mossos d'Esquadra",
     "ESPCOP"),
    ("El Salvador's National Civil Police captured a gang leader in San Miguel.", "2016-02-10",
     "El Salvador's National Civil Police", "SLVCOP"),
    ("Agents of the Dirección Federal de Seguridad protected the traffickers, the witness said.", "1990-07-02",
     "Dirección Federal de Seguridad", "MEXSPY"),
    ("The Philippine Drug Enforcement Agency arrested the town's mayor.", "2017-03-02",
     "Philippine Drug Enforcement Agency", "PHLCOP"),
])
def test_named_service_is_its_states(analyse, sentence: str, published: str, mention: str, code: str) -> None:
    assert code_of(analyse(sentence, published), mention) == code


def test_shared_abbreviations_are_no_aliases(analyse) -> None:
    """MIT, CSIS and AFP name other bodies in news (a university, a think tank, a news agency): they are left
    out, so they never take Turkey's, Canada's or Australia's codes."""
    mit = analyse("MIT researchers said the new chip was twice as fast.", "1987-03-03")
    assert code_of(mit, "MIT") != "TURSPY"
    csis = analyse("CSIS, a Washington research centre, said the missile tests would go on.", "2015-03-03")
    assert code_of(csis, "CSIS") != "CANSPY"
    afp = analyse("Police seized the weapons, AFP reported. The Australian Federal Police arrested two men in "
                  "Sydney.", "2015-03-03")
    assert code_of(afp, "AFP") != "AUSCOP"
    assert code_of(afp, "Australian Federal Police") == "AUSCOP"


def test_place_spelled_like_an_abbreviation_is_no_service(analyse) -> None:
    """AISI (Italy's domestic intelligence agency) is also a Manipur village: only the Italian name is listed."""
    result = analyse("Troops clashed with militants near Aisi village in Ukhrul District.", "2015-03-03")
    assert all(not (e.actor and e.actor.code == "ITASPY") for e in result.entities)


def test_service_named_by_another_body_is_not_ugandas(analyse) -> None:
    """Uganda's External Security Organisation shares its English name with Hezbollah's foreign operations
    arm: the bare name is left out."""
    result = analyse("Hezbollah's External Security Organization runs networks in South America.", "2015-03-03")
    assert all(not (e.actor and e.actor.code == "UGASPY") for e in result.entities)


def test_table_rows_are_spy_or_police_bodies_of_one_state() -> None:
    """Each row's code is its country and sector; its sector is SPY or COP; it says where it comes from; and no
    name or alias (as the knowledge base keys it) is given twice."""
    from newsevents.actors.knowledge import normalize
    from newsevents.resources import load_table

    rows = load_table("organizations_intelligence_police", ("name", "code", "country", "sector", "source"))
    assert len(rows) >= 250
    keys: list[str] = []
    for row in rows:
        assert row["code"] == row["country"] + row["sector"], row["name"]
        assert row["sector"] in {"SPY", "COP"}, row["name"]
        assert row["source"].startswith("general knowledge ("), row["name"]
        keys.extend({normalize(n) for n in [row["name"], *filter(None, row["aliases"].split("|"))]})
    assert len(keys) == len(set(keys))
