"""Engineer D5, session 17: every party gets its country — a bare sector acted on in a story clearly about
one country is of that country; a sentence naming another country keeps the guess off."""

from __future__ import annotations

from collections.abc import Callable

from conftest import mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_authorities_praised_in_a_mexican_story_are_mexicos(analyse: Analyse) -> None:
    text = ("Mexican soldiers captured the Knights Templar leader Ignacio Renteria in Michoacan, Mexico. "
            "The Mexican governor of Michoacan congratulated authorities on the capture in a statement.")
    result = analyse(text, "2016-05-03")
    targets = {t for c, _, t in mention_codes(result) if c == "051"}
    assert "MEXGOV" in targets, targets
    assert "GOV" not in targets, targets


def test_federal_judge_asked_in_a_us_story_is_american(analyse: Analyse) -> None:
    text = ("Lawyers for Morton Thiokol Inc asked a federal judge to unseal all papers filed in court here. "
            "The U.S. Justice Department declined to comment on the U.S. case.")
    result = analyse(text, "1987-05-03")
    targets = {t for c, _, t in mention_codes(result) if c.startswith("02")}
    assert targets == {"USAJUD"}, targets


def test_guess_stays_off_a_target_in_a_sentence_naming_another_country(analyse: Analyse) -> None:
    text = ("BOGOTA, May 3 - Colombian troops raided a camp near the border with Venezuela. "
            "Colombian officials said the army had warned the Venezuelan and Colombian authorities, "
            "Colombia's defence ministry said. Colombia said the raid was legal.")
    result = analyse(text, "1987-05-03")
    for _, _, t in mention_codes(result):
        assert t != "COLVEN", t


def test_governor_titled_by_a_state_is_of_the_states_country(analyse: Analyse) -> None:
    result = analyse("Michoacan Governor Silvano Aureoles praised the army for the arrest.", "2016-05-03")
    sources = {s for _, s, _ in mention_codes(result)}
    assert sources == {"MEXGOV"}, sources


def test_us_state_governor_is_american_government(analyse: Analyse) -> None:
    result = analyse("Texas Governor Greg Abbott praised the police on Monday.", "2016-05-03")
    sources = {s for _, s, _ in mention_codes(result)}
    assert sources == {"USAGOV"}, sources


def test_a_ministry_title_names_no_division(analyse: Analyse) -> None:
    result = analyse("Former Labour Minister John Smith praised the police.", "2016-05-03")
    sources = {s for _, s, _ in mention_codes(result)}
    assert not any((s or "")[:3].isalpha() and len(s or "") >= 6 and (s or "")[:3] != "GOV"
                   for s in sources), sources


def test_plural_governments_are_not_the_datelines_government(analyse: Analyse) -> None:
    text = ("BRASILIA, Feb 23 - Brazil's Finance Minister Dilson Funaro said Brazil would first approach "
            "creditor governments. \"We must first talk to the governments and then we can talk to the "
            "banks,\" Funaro said.")
    result = analyse(text, "1987-02-23")
    for _, _, t in mention_codes(result):
        assert t != "BRAGOV", t
    codes = {e.name: e.actor.code if e.actor else None for e in result.entities}
    assert codes.get("Dilson Funaro") == "BRAGOV", codes


def test_singular_government_keeps_the_datelines_country(analyse: Analyse) -> None:
    result = analyse("BRASILIA, Feb 23 - The government said it would pay the banks.", "1987-02-23")
    assert {e.actor.code for e in result.entities if e.actor} == {"BRAGOV"}


def test_a_companys_short_name_is_of_the_companys_country_not_the_datelines(analyse: Analyse) -> None:
    text = ("NEW YORK, May 3 - W.R. Grace and Co said it agreed to form a joint venture with S. and W. "
            "Berisford PLC, the British commodities group. The company said Berisford would contribute its "
            "Dutch and West German cocoa subsidiaries to the venture.")
    result = analyse(text, "1987-05-03")
    codes = {e.name: e.actor.code if e.actor else None for e in result.entities}
    assert codes.get("Berisford") == "GBRBUS", codes


def test_officials_from_other_countries_keep_no_guessed_home(analyse: Analyse) -> None:
    text = ("DHAKA, May 3 - Bangladesh's debt problem is heavy, Bangladesh Commerce Minister M.A. Munim told "
            "officials from 30 Asian countries in Dhaka. Bangladesh wants aid. Bangladesh will ask Japan.")
    result = analyse(text, "1987-05-03")
    targets = {t for c, _, t in mention_codes(result) if c == "010"}
    assert "BGDGOV" not in targets, targets
