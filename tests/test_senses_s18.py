"""Session 18: what real crime reporting tells that is no event — totals over a period, capabilities and habits,
hypothetical acts, the contents of charges — and attributions the modality reader missed."""

from __future__ import annotations

from conftest import event_codes, event_triples

LEAD = "The figures were published on Tuesday.\n\n"


def _violent(result) -> list[str]:
    return [code for code, _, _ in event_triples(result) if code[:2] in {"18", "19", "20"}]


# --- totals counted over a stretch of time are statistics, not one act ---

def test_people_killed_during_the_first_days_of_a_year_is_a_statistic(analyse) -> None:
    result = analyse(LEAD + "Twenty-four Honduran police officers and soldiers were killed during the first 22 days "
                     "of 2016, according to the daily La Tribuna.", "2016-02-01")
    assert not _violent(result)


def test_a_yearly_total_of_any_act_is_a_statistic(analyse) -> None:
    rescued = analyse(LEAD + "In 2012, according to a report from Peru's Labor Ministry, inspectors rescued 1,940 "
                      "Peruvian workers.", "2013-02-01")
    killed = analyse(LEAD + "Forty-one members of Guatemala's national police were reportedly killed in 2013.",
                     "2014-02-01")
    assert "073" not in event_codes(rescued)
    assert not _violent(killed)


def test_a_total_since_a_date_is_a_statistic(analyse) -> None:
    result = analyse(LEAD + "Colombian security forces have killed 57 suspected guerrillas since March.",
                     "2015-10-01")
    assert not _violent(result)


def test_the_toll_of_one_attack_in_a_year_stays_an_event(analyse) -> None:
    clash = analyse(LEAD + "Mexican marines killed 26 gunmen in a clash in 2013.", "2015-10-01")
    ambush = analyse(LEAD + "Guatemalan police said an ambush by the gang killed 23 soldiers last year on June 4.",
                     "2015-10-01")
    assert _violent(clash)
    assert _violent(ambush)


def test_a_small_count_in_a_year_stays_an_event(analyse) -> None:
    result = analyse(LEAD + "Colombian soldiers killed 12 rebels in 2014.", "2015-10-01")
    assert _violent(result)


# --- an ability, a capability or a character is no act ---

def test_what_gangs_can_do_or_have_been_able_to_do_is_no_event(analyse) -> None:
    result = analyse(LEAD + "The Guatemalan gangs can extort shopkeepers and have even been able to ambush the "
                     "occasional army patrol.", "2015-10-01")
    assert not _violent(result)
    assert "170" not in event_codes(result)


def test_a_rebel_group_able_to_carry_out_offensives_is_a_profile(analyse) -> None:
    result = analyse(LEAD + "The EPL has been able to carry out offensives against the Colombian army and plant "
                     "bombs in Cucuta.", "2015-10-01")
    assert not _violent(result)


def test_a_past_was_able_to_arrest_tells_an_arrest_made(analyse) -> None:
    result = analyse(LEAD + "Colombian soldiers were able to arrest the EPL commander on Monday after a chase.",
                     "2015-10-01")
    assert "173" in event_codes(result)


def test_a_group_known_for_kidnapping_is_a_character(analyse) -> None:
    result = analyse(LEAD + "The Mexican cartel is known more for extortion than for kidnapping migrants.",
                     "2015-10-01")
    assert not _violent(result)


# --- attribution the modality reader missed ---

def test_a_credit_set_into_the_sentence_covers_its_other_clauses(analyse) -> None:
    result = analyse(LEAD + "Leading the way are Brazil and Israel, reported La Nacion, though Spain, France and "
                     "Chile have all offered aid to Honduras as well.", "2016-10-01")
    assert {e.modality for e in result.events if e.cameo == "033"} == {"reported"}


def test_a_quotation_over_several_sentences_is_the_speakers_word(analyse) -> None:
    result = analyse(LEAD + "\"Gomez was summoned to the Ministry of Mines in Caracas, where Venezuelan officials "
                     "requested that she hand over her mine. She refused and left,\" opposition deputy Carlos "
                     "Mena told reporters.", "2016-10-01")
    assert {e.modality for e in result.events if e.cameo == "020"} == {"reported"}


def test_a_plain_request_stays_asserted(analyse) -> None:
    result = analyse(LEAD + "Venezuelan officials requested that she hand over her mine.", "2016-10-01")
    assert {e.modality for e in result.events if e.cameo == "020"} == {"asserted"}


def test_a_bare_infinitive_the_parser_hung_on_been_able_is_a_capability(analyse) -> None:
    result = analyse(LEAD + "However, the EPL has been able to paralyze entire provinces in Colombia, carry out "
                     "military offensives to take territory from the state, and plant bombs in Cucuta.",
                     "2015-10-01")
    assert not _violent(result)


# --- the content of a charge is alleged, not planned ---

def test_a_purpose_inside_an_accusation_is_alleged_not_intended(analyse) -> None:
    result = analyse(LEAD + "At the hearing, Bolivian businessman Pedro Salas heard how he was accused of paying a "
                     "paramilitary hitman to murder one of his business partners.", "2015-10-01")
    assert {e.modality for e in result.events if e.cameo[:2] == "18"} <= {"reported"}


def test_a_purpose_of_a_raid_stays_intended(analyse) -> None:
    result = analyse(LEAD + "Colombian troops raided the house to arrest the EPL commander.", "2015-10-01")
    assert {e.modality for e in result.events if e.cameo == "173"} == {"intended"}


# --- what a drafted law would let one do is no act ---

def test_what_a_law_that_will_enable_force_allows_is_no_event(analyse) -> None:
    result = analyse(LEAD + "In response, Bolivia drafted a law last month that will enable the Bolivian air "
                     "force to shoot down suspected drug flights.", "2015-10-01")
    assert not _violent(result)


# --- a domestic ban is law, not a sanction on an actor ---

def test_a_ban_with_no_one_aimed_at_is_no_sanction(analyse) -> None:
    result = analyse(LEAD + "Peru's attractiveness for smugglers increased in 2001 when Congress approved the ban "
                     "on extraditing nationals.", "2015-10-01")
    assert "163" not in event_codes(result)


def test_a_ban_on_a_countrys_goods_stays_a_sanction(analyse) -> None:
    result = analyse(LEAD + "The United States imposed a ban on imports of Cuban cigars.", "2015-10-01")
    assert "163" in event_codes(result)


def test_a_massacre_in_a_year_stays_one_event(analyse) -> None:
    result = analyse(LEAD + "Soldiers massacred 24 villagers in Guatemala in 1982.", "2015-10-01")
    assert "202" in event_codes(result)
