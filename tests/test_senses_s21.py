"""Session 21 sense rules (events/senses.py, data/sense_rules.csv): statements of a kind of activity, compounds
the parser read as a gerund with its object, and past habits assert no one event; the particular acts told
beside them stay."""

from __future__ import annotations

from conftest import event_codes


def test_a_gerund_of_a_kind_of_activity_in_the_present_is_no_killing(analyse) -> None:
    result = analyse("Honduras is a key partner. The US also trains special units that assist US agents in "
                     "capturing or killing drug traffickers.", "2013-04-02")
    assert not event_codes(result) & {"180", "173"}


def test_a_gerund_of_means_with_a_bare_plural_object_is_no_agreement(analyse) -> None:
    result = analyse("Argentina stopped its payments. By striking quick deals, lenders hope to discourage "
                     "other debtors from following Argentina.", "1987-03-02")
    assert not any(code.startswith("05") for code in event_codes(result))


def test_a_role_in_providing_weapons_is_no_aid_given(analyse) -> None:
    result = analyse("The arms trade is growing. Analysts say Salvadoran gangs play a large role in providing "
                     "rifles to Mexican cartels such as the Gulf Cartel.", "2013-04-02")
    assert "072" not in event_codes(result)


def test_a_gerund_of_a_particular_past_act_stays(analyse) -> None:
    result = analyse("The raid lasted hours. Colombian police arrested Jorge Lopez after surrounding his "
                     "house in Cali, and troops killed two ELN rebels in a clash on Monday.", "2013-04-02")
    assert "173" in event_codes(result)


def test_a_gerund_of_a_particular_object_in_the_present_stays(analyse) -> None:
    result = analyse("The feud deepened. Russia answers by expelling the two British diplomats from Moscow.",
                     "2013-04-02")
    assert "166" in event_codes(result)


def test_a_kind_of_victim_named_by_kidnapping_is_no_kidnapping(analyse) -> None:
    result = analyse("The guerrillas financed themselves through ransoms. The FARC earned $90,000 per "
                     "kidnapping victim, according to El Tiempo.", "2013-04-02")
    assert "181" not in event_codes(result)


def test_consulting_work_is_no_consultation(analyse) -> None:
    result = analyse("He left the Pentagon last month. Wilson told reporters he would continue to do "
                     "consulting work for the government on arms control.", "1987-03-02")
    assert not any(code.startswith("04") for code in event_codes(result))


def test_kidnapping_a_particular_person_stays(analyse) -> None:
    result = analyse("The town was tense. Gunmen were kidnapping a Colombian mayor in Cali when the police "
                     "arrived.", "2013-04-02")
    assert "181" in event_codes(result)


def test_a_past_habit_with_used_to_is_no_kidnapping(analyse) -> None:
    result = analyse("The rebels changed their tactics. The ELN used to kidnap oil workers in Arauca.",
                     "2013-04-02")
    assert "181" not in event_codes(result)


def test_an_act_in_a_relative_clause_of_a_past_habit_is_none(analyse) -> None:
    result = analyse("Extortion has spread. Extortion used to be the preserve of Colombian rebels, who "
                     "targeted the big multinational corporations.", "2013-04-02")
    assert not any(code.startswith("18") for code in event_codes(result))


def test_an_act_beside_a_habit_stays(analyse) -> None:
    result = analyse("The rebels changed their tactics. The ELN, which used to kidnap oil workers, "
                     "kidnapped a Colombian mayor in Arauca on Monday.", "2013-04-02")
    assert "181" in event_codes(result)


def test_one_called_to_testify_gets_no_phone_call(analyse) -> None:
    result = analyse("LIMA, June 3 - The gold case widened this week. Exporter Jorge Salas has since been called "
                     "to testify about his role in the Callao seizure.", "2014-06-03")
    assert "041" not in event_codes(result)


def test_a_phone_call_to_a_minister_stays(analyse) -> None:
    result = analyse("LIMA, June 3 - The dispute eased. Peruvian President Ollanta Humala called Chilean "
                     "President Sebastian Pinera on Monday.", "2014-06-03")
    assert "041" in event_codes(result)


def test_an_impeachment_told_with_no_doer_is_the_legislatures(analyse) -> None:
    result = analyse("GUATEMALA CITY, May 9 - The crisis deepened. Former Guatemalan president Otto Morales "
                     "was impeached on Tuesday.", "2013-05-10")
    sources = {e.source.code for e in result.events if e.cameo == "172" and e.source is not None}
    assert sources == {"GTMLEG"}


def test_killings_of_a_kind_of_people_told_in_the_present_are_no_killing(analyse) -> None:
    result = analyse("Local elections are near. The killing of mayors is also a way for the cartels to show "
                     "their power in Guerrero.", "2014-06-03")
    assert not any(code.startswith("18") for code in event_codes(result))


def test_arrests_of_a_kind_in_a_statistic_are_no_arrest(analyse) -> None:
    result = analyse("The figures are disputed. The growth in arrests of gang members on drug charges is "
                     "likely a sign of the gangs taking over street sales in Honduras.", "2014-06-03")
    assert "173" not in event_codes(result)


def test_a_killing_of_demonstrators_told_in_the_simple_past_stays(analyse) -> None:
    result = analyse("The capital was tense. Riots erupted in Caracas after the killing of demonstrators by "
                     "Venezuelan soldiers.", "2014-06-03")
    assert any(code.startswith(("17", "18", "19")) for code in event_codes(result))


def test_a_counted_killing_stays(analyse) -> None:
    result = analyse("The prison is overcrowded. The killing of 44 inmates in the Apodaca prison is the worst "
                     "such event in Mexico this year.", "2014-06-03")
    assert any(code.startswith("18") for code in event_codes(result))


def test_would_under_a_past_condition_is_no_kidnapping(analyse) -> None:
    result = analyse("Extortion was common in the region. If the ransom was not paid, the FARC would kidnap "
                     "Colombian ranchers.", "2012-03-12")
    assert "181" not in event_codes(result)


def test_a_kidnapping_told_in_the_simple_past_beside_a_condition_stays(analyse) -> None:
    result = analyse("Extortion was common in the region. When the ransom was not paid, the FARC kidnapped "
                     "two Colombian ranchers in Arauca.", "2012-03-12")
    assert "181" in event_codes(result)
