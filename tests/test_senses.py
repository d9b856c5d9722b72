"""Trigger senses (events/senses.py, sense_rules.csv, noun_classes.csv): each rule on a sentence where the word
is the event and one where it is not."""

from __future__ import annotations

import pytest

from newsevents.events.senses import default_senses


def codes(result) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code[:3] if e.source and e.source.code else None, e.cameo,
             e.target.code[:3] if e.target and e.target.code else None) for e in result.events}


def roots(result) -> set[str]:
    return {e.cameo[:2] for e in result.events}


@pytest.mark.parametrize(("text", "root", "fires"), [
    # visits and hosting need a person or group as the guest
    ("Chinese President Xi Jinping received Iranian President Hassan Rouhani in Beijing.", "04", True),
    ("Xerox received contracts worth 5 million dollars from the Pentagon.", "04", False),
    ("Lockheed received orders for 40 aircraft from the Pentagon last month.", "04", False),
    # a phone call needs someone called; a tender is called, not phoned
    ("French President Emmanuel Macron called Russian President Vladimir Putin.", "04", True),
    ("Egypt called a tender for 60,000 tonnes of wheat.", "04", False),
    ("Egypt called a tender for 60,000 tonnes of wheat.", "02", False),
    ("Egypt called on Israel to halt the offensive.", "02", True),
    # a request needs something asked of someone, not a question or a bid
    ("Germany asked Russia to withdraw its troops.", "02", True),
    ("German Chancellor Angela Merkel asked whether Macron would attend the summit.", "02", False),
    ("Pakistan asked for bids to supply 100,000 tonnes of sugar.", "02", False),
    # an opinion shared is no intent to cooperate
    ("Germany agreed to send tanks to Ukraine.", "03", True),
    ("Germany and France agreed that the euro was too strong.", "03", False),
    # released and freed: people, not reports
    ("Iran released two French prisoners.", "08", True),
    ("Russia released a report on the economy.", "08", False),
    ("Pakistan handed over two suspects to India.", "08", True),
    ("Pakistan handed over a letter to India.", "08", False),
    ("The letters that Pakistan handed over to India were published.", "08", False),
    # sponsorship and market support are no endorsement
    ("Germany supported France's proposal.", "05", True),
    ("The project is supported by the World Bank.", "05", False),
    # fighting a party, not for an aim
    ("Indian troops fought Pakistani soldiers in Kashmir.", "19", True),
    ("The Indian government fights to ensure stability.", "19", False),
    # a forecast is no threat
    ("Iran warned Israel that it would retaliate.", "13", True),
    ("The Japanese finance minister warned that a dollar fall might hurt exports.", "13", False),
    # a thing as the doer of a passive
    ("The Mexican government was pressed by the United States to open its markets.", "02", True),
    ("The Mexican government was pressed by falling oil prices to seek a loan.", "02", False),
    # market acts are no reduced relations or rejections
    ("Russia suspended talks with Japan.", "16", True),
    ("The Tokyo Stock Exchange suspended dealings in the shares of Toshiba.", "16", False),
    ("Israel ruled out talks with Hamas.", "12", True),
    ("Germany ruled out a cut in interest rates.", "12", False),
    # shooting someone, not shooting back at critics
    ("Taliban gunmen shot dead two Afghan soldiers in Kunar.", "19", True),  # rebels against an army: a fight
    ("The Georgian senator shot back at his critics.", "19", False),
    # a trigger noun naming another thing is no event of its own
    ("Venezuela's police investigations agency questioned Colombian officials.", "09", False),
    ("The Venezuelan police opened an investigation into Colombian officials.", "09", True),
    # a strike on a day is no attack
    ("Israel carried out air strikes on Gaza on Monday.", "19", True),
    ("The Indian union began a strike on Monday.", "19", False),
    ("U.S. warplanes struck Houthi targets in Yemen on Thursday night.", "19", True),
    # sports, arts and personal life are not political events
    ("Brazilian President Lula met Argentine President Fernandez before the summit.", "04", True),
    ("Brazil fought Argentina in the football match.", "19", False),
    ("Prince Harry met Meghan Markle before their wedding.", "04", False),
])
def test_a_trigger_fires_only_in_its_event_sense(analyse, text, root, fires) -> None:
    assert (root in roots(analyse(text, "2023-03-13"))) is fires


@pytest.mark.parametrize(("text", "expected"), [
    ("The French foreign ministry called the Iranian move unjustified.", "111"),
    ("The Chinese foreign ministry called the Japanese minister a liar.", "111"),
    ("Premier Li Keqiang called China a pillar of stability.", "051"),
    ("Colombian unions called a general strike against President Ivan Duque.", "143"),
])
def test_call_x_y_is_praise_or_criticism_of_x_and_a_called_strike_a_strike(analyse, text, expected) -> None:
    found = {e.cameo for e in analyse(text, "2023-03-13").events}
    assert expected in found and "041" not in found


def test_call_x_y_with_a_neutral_complement_is_no_event(analyse) -> None:
    assert not analyse("The German foreign minister called the decision a surprise.", "2023-03-13").events


def test_a_possessor_is_the_one_arrested_unless_an_of_object_names_him(analyse) -> None:
    done_by = codes(analyse("Mexico's arrest of the drug lord angered Washington.", "2023-03-13"))
    assert ("MEX", "173", None) in done_by
    done_to = codes(analyse("El Chapo's arrest angered Mexico.", "2023-03-13"))
    assert not any(code == "173" for _, code, _ in done_to)


def test_the_tables_know_their_classes() -> None:
    senses = default_senses()
    assert "money" in senses.classes_of["dollar"] and "person" in senses.classes_of["diplomat"]
    # a class may have only qualified members ("remain>anonymous")
    known = {c for cs in senses.classes_of.values() for c in cs}
    known |= {c for by_complement in senses.qualified.values() for cs in by_complement.values() for c in cs}
    assert all(rule.classes <= known for rules in senses.rules.values() for rule in rules)


@pytest.mark.parametrize(("text", "expected"), [
    ("German Chancellor Olaf Scholz is willing to send aid to Ukraine.", "033"),
    ("Russian President Vladimir Putin is ready to attack Ukraine.", "138"),
    ("Russian President Vladimir Putin wants to attack Ukraine.", "190"),
])
def test_readiness_is_an_expressed_intent(analyse, text, expected) -> None:
    assert expected in {e.cameo for e in analyse(text, "2023-03-13").events}


@pytest.mark.parametrize("text", [
    "The quake struck northern Ecuador and southern Colombia on Thursday, killing hundreds.",
    "A powerful storm hit the Philippine capital overnight.",
])
def test_nature_does_not_act(analyse, text: str) -> None:
    result = analyse(text, "1987-03-06")
    assert not [m for e in result.events for m in e.mentions if m.trigger in {"struck", "hit"}]


def test_an_actor_that_strikes_still_does(analyse) -> None:
    result = analyse("Iraqi warplanes struck an Iranian oil terminal on Thursday.", "1987-03-06")
    assert [m for e in result.events for m in e.mentions if m.trigger == "struck"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Voters in the French-speaking cantons rejected the measure.", "speaking"),
    ("The company said it did not view IBM as a threat to its business.", "threat"),
    ("Japan must cut tariffs to meet pressure from its trading partners, the minister said.", "meet"),
    ("When asked about the talks, the spokesman declined to comment.", "asked"),
])
def test_words_that_report_no_act(analyse, text: str, trigger: str) -> None:
    result = analyse(text, "1987-03-06")
    assert not [m for e in result.events for m in e.mentions if m.trigger == trigger]


def test_meeting_a_person_is_still_a_meeting(analyse) -> None:
    result = analyse("Japanese Prime Minister Yasuhiro Nakasone met Ronald Reagan in Washington.", "1987-05-01")
    assert [m for e in result.events for m in e.mentions if m.trigger == "met"]
