"""The sector and country of the people an act names by rank, trade, nationality or the group they head:
an abbreviated rank before a name ("Staff Sgt. X" MIL), a nationality charged with a crime ("three Italians
arrested on cocaine charges" ITACRM), a trade with a demonym ("a Canadian trucker" charged CANCRM), the
heads of a kind of group ("criminal leaders" CRM, "rebel commanders" REB, "farm leaders" AGR), an official of
a named force (COP, MIL), armed men of a faith ("Islamic extremists" RAD, not the faith's code)."""

from __future__ import annotations

import pytest

from conftest import party_code


def _party_codes(result, trigger: str, slot: str) -> set[str | None]:
    return {party_code(e, slot) for e in result.events if any(m.trigger == trigger for m in e.mentions)}


@pytest.mark.parametrize(("text", "trigger", "slot", "code"), [
    # an abbreviated rank the tokenizer splits from its dot is still the name's title
    ("A third Marine, Staff Sgt. Roy Tillman, was charged yesterday with espionage, the Pentagon said.",
     "charged", "target", "USAMIL"),
    ("Sgt. Dale Hopper, 26, was arrested yesterday in Ohio on suspicion of espionage.",
     "arrested", "target", "USAMIL"),
    # people named by their nationality alone, tied to a crime by their clause, are its criminals
    ("Five Italians were arrested in Madrid on cocaine trafficking charges.", "arrested", "target", "ITACRM"),
    ("Two Americans were arrested in Lima on drug trafficking charges.", "arrested", "target", "USACRM"),
    ("Police in La Paz arrested a Peruvian accused of founding a criminal structure with roots in the old Cali "
     "Cartel.", "arrested", "target", "PERCRM"),
    # a trade with a demonym, and the one a charge is brought against
    ("A Peruvian judge reduced the charges against a Canadian trucker accused of smuggling rifles across the "
     "border.", "accused", "target", "CANCRM"),
    # the heads of a kind of group are of that group, not the state a bare "leader" or "commander" is
    ("The army killed three rebel commanders in Kachin state.", "killed", "target", "MMRREB"),
    ("Interior Minister Lopez met a group of Argentine farm leaders on Tuesday.", "met", "target", "ARGAGR"),
    # those who act for a body named after them, whatever the parser hangs the from-phrase on
    ("Japan's trade minister, Kenji Mori, will meet representatives from 120 of the nation's largest "
     "companies next week, ministry officials said.", "meet", "target", "JPNBUS"),
    # a faith before armed men says what they believe, not who they are
    ("The priest was kidnapped in March after Islamic extremists raided a care home in Mukalla, Yemen.",
     "kidnapped", "source", "YEMRAD"),
    # an official of a named police or military force is of that force, not of the civil government
    ("Unidentified assailants shot dead an official of Levies Force, identified as Gul Khan, outside his "
     "home in Khyber Agency.", "shot", "target", "PAKCOP"),
])
def test_people_take_the_sector_their_description_gives(analyse, text: str, trigger: str, slot: str,
                                                       code: str) -> None:
    assert code in _party_codes(analyse(text, "1987-03-12"), trigger, slot)


@pytest.mark.parametrize(("text", "trigger", "slot", "code"), [
    # people of a nationality arrested for no crime the sentence names stay what the text says
    ("Five Italians were arrested in Madrid on Monday.", "arrested", "target", "ITACRM"),
    # a bare rank with no group word before it stays the state's
    ("The army killed three commanders in Kachin state.", "killed", "target", "MMRREB"),
    # an official of a civil ministry stays the government's
    ("Gunmen shot dead an official of the Interior Ministry, identified as Gul Khan, in Peshawar.", "shot",
     "target", "PAKCOP"),
    # "marine" before another noun is no soldier
    ("Marine insurers in London said they would raise premiums.", "said", "source", "GBRMIL"),
])
def test_no_sector_the_text_does_not_give(analyse, text: str, trigger: str, slot: str, code: str) -> None:
    assert code not in _party_codes(analyse(text, "1987-03-12"), trigger, slot)
