"""Senses and modality, session 7 (events/senses.py, sense_rules.csv, noun_classes.csv, events/modality.py,
modality_rules.csv): words used in a sense that is not the coded event (naming, approving, showing, revenue,
anonymity, causes, commercial offers, opinions about facts), the right category for seizures of power and of
territory, commercial relations, readiness for talks and gunfire beside a blast, and inverted conditions."""

from __future__ import annotations

import pytest


def cameos(analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "2019-05-03").events}


def modalities(analyse, text: str, cameo_prefix: str) -> set[str]:
    return {e.modality for e in analyse(text, "2019-05-03").events if e.cameo.startswith(cameo_prefix)}


@pytest.mark.parametrize(("text", "absent"), [
    # naming: "be called X" and "call X Y" name or describe, no phone call
    ("The new holding company will be called Harbor Enterprises Inc, subject to shareholder approval.", "04"),
    ("The national anti-drug agency calls him the group's regional boss.", "04"),
    ("Unions called out the 160,000 employees to press for a wage rise.", "04"),
    # a body approving a plan or a list imposes no sanction
    ("A list of defaulting borrowers drawn up by the banks has been sanctioned by the Reserve Bank of India, "
     "bankers said.", "16"),
    ("The Bank of England sanctioned the merger plan on Tuesday.", "16"),
    # showing a fact or a quality is no protest
    ('"The president needs to demonstrate that he is in charge," Senator John Smith said.', "14"),
    # revenue is no visit
    ("The Chicago Tribune said it will receive 15 cts as its share of the 30 cts increase.", "04"),
    # a source keeping anonymous appeals for nothing
    ("An aide to Treasury Secretary James Baker who asked not to be identified said there was no basis for the "
     "rumour.", "02"),
    # a thing to blame is a cause, nobody accused
    ("EC ministers will try to settle a dispute over farm spending, largely to blame for a shortfall in the EC "
     "budget.", "11"),
    # a participle describing a noun
    ("Egypt called for respect of the rights endorsed by the United Nations.", "05"),
    # a commercial offer is no concession
    ("The company said its rebate programme will allow investors to receive a rebate of the commissions.", "08"),
    # ruling out or dismissing a view of the facts rejects no proposal
    ("The Superintendent of Police ruled out a ransom motive in the abduction of the trader.", "12"),
    ("Kidnapping for ransom is being ruled out by the police as the trader is not a rich man.", "12"),
])
def test_a_word_in_another_sense_is_no_event(analyse, text: str, absent: str) -> None:
    found = cameos(analyse, text)
    assert not any(code.startswith(absent) for code in found), found


@pytest.mark.parametrize(("text", "present"), [
    # the event senses stay
    ("French President Emmanuel Macron called Russian President Vladimir Putin.", "04"),
    ("The United States sanctioned Iran over its missile programme.", "16"),
    ("Thousands of students demonstrated against the government in Dhaka.", "14"),
    ("Chinese President Xi Jinping received Iranian President Hassan Rouhani in Beijing.", "04"),
    ("The Pakistani interior minister blamed India for the attack.", "11"),
    ("Israel ruled out talks with Hamas.", "12"),
])
def test_the_event_sense_stays(analyse, text: str, present: str) -> None:
    found = cameos(analyse, text)
    assert any(code.startswith(present) for code in found), found


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # control of a region or a town taken is occupied territory, not property seized
    ("Colombian armed groups seized control of the region with high-powered weapons.", "192", "171"),
    ("The Taliban seized Kunduz after heavy fighting.", "192", "171"),
    # commercial relations are economic cooperation, not diplomatic recognition
    ("Iran has established commercial relations with Venezuela.", "061", "054"),
    # readiness for talks is an intent to negotiate, not talks held
    ("Japanese Trade Minister Hajime Tamura said Japan was ready to continue trade talks with the United States.",
     "036", "040"),
    # gunfire after a blast is no bombing
    ("Following the explosion, militants opened fire on a police patrol in Quetta, the police said.", "18", "183"),
])
def test_the_category_follows_the_complement(analyse, text: str, expected: str, wrong: str) -> None:
    found = cameos(analyse, text)
    assert any(code.startswith(expected) for code in found), found
    assert wrong not in found, found


def test_seizing_power_is_no_seizure_of_property(analyse) -> None:
    assert "171" not in cameos(analyse, "The FARC said it would keep fighting to seize power.")


def test_a_blast_still_makes_a_killing_a_bombing(analyse) -> None:
    found = cameos(analyse, "Militants killed five policemen in a bomb blast in Quetta on Monday.")
    assert "183" in found, found


def test_an_inverted_condition_is_hypothetical(analyse) -> None:
    found = modalities(analyse, "Should Rahman choose to cooperate with US prosecutors, the information he may "
                                "offer could be dated.", "06")
    assert found == {"hypothetical"}, found


def test_a_plain_report_is_no_condition(analyse) -> None:
    found = modalities(analyse, "Israeli troops shot dead two Palestinian gunmen in Jenin on Monday.", "19")
    assert found == {"asserted"}, found


def test_a_suspected_doer_leaves_the_act_reported(analyse) -> None:
    found = modalities(analyse, "Police suspect that the headman was killed by the Communist Party of "
                                "India-Maoist.", "18")
    assert found == {"reported"}, found


@pytest.mark.parametrize("text", [
    "The injured CRPF jawans were airlifted to Raipur for treatment.",
    "Maoist leader Kishenji held a meeting with his core team in the forest.",
    "The meeting will also be asked to approve a merger of two subsidiaries.",
])
def test_internal_and_procedural_acts_are_no_event(analyse, text: str) -> None:
    found = cameos(analyse, text)
    assert not any(code[:2] in {"02", "04", "07"} for code in found), found


def test_an_armed_group_meeting_its_counterpart_stays(analyse) -> None:
    assert "040" in cameos(analyse, "The FARC held talks with the Colombian government in Havana.")


def test_an_armed_group_detaining_people_still_abducts(analyse) -> None:
    assert "181" in cameos(analyse, "Maoists detained three villagers in Sukma on Monday.")


@pytest.mark.parametrize(("text", "fires"), [
    ("The Sinaloa Cartel established ties with Colombian traffickers.", False),
    ("China established diplomatic ties with Panama in 2017.", True),
])
def test_diplomatic_recognition_is_between_states(analyse, text: str, fires: bool) -> None:
    assert ("054" in cameos(analyse, text)) is fires


def test_monitoring_operations_is_no_investigation(analyse) -> None:
    found = cameos(analyse, "A police officer monitoring anti-Maoist operations said the area was a transit point.")
    assert not any(code.startswith("09") for code in found), found


@pytest.mark.parametrize(("text", "fires"), [
    ("Voters who support President Bolsonaro consider violence the main problem in Brazil.", False),
    ("Germany, which backed the French proposal on Monday, called for calm.", True),
])
def test_a_stance_describing_a_group_is_no_endorsement(analyse, text: str, fires: bool) -> None:
    assert any(code.startswith("05") for code in cameos(analyse, text)) is fires


def test_customers_asking_for_a_product_make_no_appeal(analyse) -> None:
    found = cameos(analyse, '"We are developing new systems because our customers are asking for them," the vice '
                            'president of Kodak said.')
    assert not any(code.startswith("02") for code in found), found


@pytest.mark.parametrize(("text", "root"), [
    ("Two drug traffickers were shot dead in Culiacan on Sunday.", "18"),
    ("Two militants were shot dead in Kupwara on Sunday.", "19"),
])
def test_a_gang_member_killed_by_no_named_doer_is_unconventional_violence(analyse, text: str, root: str) -> None:
    found = cameos(analyse, text)
    assert found and all(code.startswith(root) for code in found), found


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Nurses in 30 public hospitals launched a national strike on Monday.", "143", "18"),
    ("The United Nations has attacked moves to legalise cannabis in its annual report.", "111", "19"),
])
def test_strikes_and_verbal_attacks_are_no_violence(analyse, text: str, expected: str, wrong: str) -> None:
    found = cameos(analyse, text)
    assert expected in found and not any(code.startswith(wrong) for code in found), found


@pytest.mark.parametrize("text", [
    "Siemens will restructure its computer division from July 1, calling it Siemens Data GmbH.",
    "The company does not have enough capital to support the continuing operations of its furniture unit.",
    "In El Salvador, extortion demanded by gangs has become routine for bus companies.",
])
def test_naming_financing_and_describing_are_no_event(analyse, text: str) -> None:
    assert not cameos(analyse, text)


def test_air_strikes_launched_stay_an_attack(analyse) -> None:
    found = cameos(analyse, "Israeli warplanes launched air strikes on Gaza on Monday.")
    assert any(code.startswith("19") for code in found), found


def test_sanctioning_what_is_no_actor_authorises_it(analyse) -> None:
    assert not {c for c in cameos(analyse, "The Bank of England sanctioned a cut in bank interest rates on "
                                           "Monday.") if c.startswith("16")}
    assert "163" in cameos(analyse, "The United States sanctioned Iran over its nuclear programme.")


def test_prices_that_rally_make_no_protest(analyse) -> None:
    assert not {c for c in cameos(analyse, "Silver prices rallied on the Commodity Exchange on Monday.")
                if c.startswith("14")}
    assert "141" in cameos(analyse, "Opposition supporters rallied against the government in Dhaka.")
