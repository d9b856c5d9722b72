"""Named groups and bodies a coder codes by the words of their names: a group's name ending in a group word
("X Bahini", "Y Mobile Column") is a body with that sector whatever the NER typed it; a chamber's committee
("House Budget Committee") is the legislature; a body spelled with its legal form in full ("...
Corporation") is the body the tables know by the short spelling ("... Corp"), and the other way round; a
company named after a placed company's possessive is that company's unit, of its country."""

from __future__ import annotations

import pytest

from conftest import code_of


@pytest.mark.parametrize(("text", "published", "mention", "code"), [
    # a group word ends the name: the group's sector, the story's country
    ("Police arrested Rashed, the leader of outlawed group Rashed Bahini, in Khulna District of Bangladesh "
     "on Sunday.", "2016-05-02", "Rashed Bahini", "BGDCRM"),
    ("Police killed three members of the Monir Bahini in a gunfight in Bangladesh.", "2016-05-02",
     "Monir Bahini", "BGDCRM"),
    ("The Hernan Ortiz Mobile Column of the FARC kidnapped two engineers in Tumaco, Colombia.", "2015-03-10",
     "Hernan Ortiz Mobile Column of the FARC", "COLREB"),
    # a group's kind noun in lower case after a name no table knows: the name is the group's
    ("The Tepalcate gang killed two merchants in Acapulco, Mexico.", "2015-03-10", "Tepalcate", "MEXCRM"),
    ("Police arrested the leader of the Pinzon cartel in Cali, Colombia.", "2015-03-10", "Pinzon", "COLCRM"),
    ("Soldiers sold rifles to the Hernan Ortiz mobile column in Huila, Colombia.", "2015-03-10", "Hernan Ortiz",
     "COLREB"),
    # a chamber's committee is the legislature, of the dateline's country
    ("WASHINGTON, April 17 - Treasury officials testified to the House Banking Committee on Tuesday.",
     "1987-04-17", "House Banking Committee", "USALEG"),
    ("WASHINGTON, April 17 - Lyng told the Senate Agriculture Subcommittee that the farm bill was too costly.",
     "1987-04-17", "Senate Agriculture Subcommittee", "USALEG"),
    ("TOKYO, April 17 - Miyazawa told a Lower House Budget Committee in Parliament that the yen was stable.",
     "1987-04-17", "Lower House Budget Committee", "JPNLEG"),
    # a table's body written with its legal form spelled the other way
    ("The Federal Savings and Loan Insurance Corporation took over the troubled thrift.", "1987-04-17",
     "Federal Savings and Loan Insurance Corporation", "USAGOV"),
    ("Invacare Corp said it agreed to buy a maker of wheelchairs.", "1987-04-17", "Invacare Corp", "USABUS"),
    # tables: a Karachi gang network, India's reserve battalions
    ("Gunmen shot dead a leader of the Peoples Aman Committee in Karachi.", "2013-10-26",
     "Peoples Aman Committee", "PAKCRM"),
    ("Militants snatched rifles from the India Reserve Battalion in Manipur.", "2017-06-01",
     "India Reserve Battalion", "INDCOP"),
    ("MADRID, April 17 - The National Statistics Institute said consumer prices rose 0.4 pct.", "1987-04-17",
     "National Statistics Institute", "ESPGOV"),
    # a national statistical office named "Statistics <Country>" is that state's
    ("Statistics Norway said consumer prices rose 0.4 pct in March.", "1987-04-17", "Statistics Norway",
     "NORGOV"),
    # well-known firms of the wires
    ("Southmark Corp said it sold its stake to Donaldson Lufkin and Jenrette.", "1987-04-17",
     "Donaldson Lufkin and Jenrette", "USABUS"),
    # a company's named unit is of the owner's country, not left unplaced by a foreign buyer's sentence
    ("Halvard Paints Ltd of Montreal said it agreed to buy the U.S. assets of Chrysler Corp's Westover "
     "Group, which makes resins.", "1987-04-17", "Westover Group", "USABUS"),
])
def test_named_group_or_body_is_coded(analyse, text: str, published: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, published), mention) == code


@pytest.mark.parametrize(("text", "mention"), [
    # a committee with no chamber word is no legislature ("Central Committee" is a party's)
    ("WASHINGTON, April 17 - Smith told the National Advisory Committee on Tuesday that rates would rise.",
     "National Advisory Committee"),
    # a person's name ending in an ordinary word stays a person
    ("Wang Gang said the talks would resume.", "Wang Gang"),
])
def test_name_words_do_not_overreach(analyse, text: str, mention: str) -> None:
    code = code_of(analyse(text, "2016-05-02"), mention)
    assert code is None or not code.endswith(("LEG", "CRM", "REB"))
