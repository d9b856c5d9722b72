"""Targets the sentence names where the parser hangs them away from the trigger: a noun's party preposition on
its light verb, a party named in a relative clause on the speaker."""

from __future__ import annotations

from conftest import readings


def test_light_verb_with_phrase_past_an_adverb_names_the_partner(analyse) -> None:
    # the parser hangs "with the IMF" on "held" across "last week"
    result = analyse("Bolivia held talks last week with the IMF on its foreign debt.", "1987-04-02")
    assert (("BOLGOV", "IGOUNOIMF") in readings(result, "talks")), readings(result, "talks")


def test_light_verb_against_phrase_names_whom_a_strike_is_against(analyse) -> None:
    # the parser hangs "against General Motors" on "began" across "on Monday"
    result = analyse("The union began a strike on Monday against General Motors.", "1987-04-02")
    assert any(t == "USABUS" for _, t in readings(result, "strike")), readings(result, "strike")


def test_partitive_of_talks_reads_the_light_verb_phrase(analyse) -> None:
    result = analyse("Ecuador held two rounds of talks this month with the IMF.", "1987-04-02")
    assert ("ECUGOV", "IGOUNOIMF") in readings(result, "talks"), readings(result, "talks")


def test_phrase_before_the_noun_is_no_partner(analyse) -> None:
    # "with IMF backing" comes before the talks: it is the light verb's own adjunct, not their partner
    result = analyse("With IMF backing, Ecuador held talks on its debt on Monday.", "1987-04-02")
    assert all(t is None for _, t in readings(result, "talks")), readings(result, "talks")


def test_party_in_a_relative_clause_on_the_speaker_is_no_speaker(analyse) -> None:
    # the meeting told in the speaker's own phrase is with Tanaka, who is not the one speaking
    result = analyse("Dole, who met on Monday with Treasury Secretary James Baker, said the bill would pass.",
                     "1987-04-02")
    assert any(t == "USAGOV" for _, t in readings(result, "met")), readings(result, "met")


def test_strike_at_a_companys_plant_is_against_the_company(analyse) -> None:
    result = analyse("About 3,000 workers at a Chrysler Corp assembly plant in Ohio went on strike on Monday.",
                     "1987-04-02")
    assert any(t == "USABUS" for _, t in readings(result, "strike")), readings(result, "strike")


def test_strike_by_workers_at_a_named_complex(analyse) -> None:
    result = analyse("A two-day strike by 4,000 workers at a Caterpillar Inc tractor complex ended on Friday.",
                     "1987-04-02")
    assert any(t == "USABUS" for _, t in readings(result, "strike")), readings(result, "strike")


def test_strike_at_a_town_names_no_employer(analyse) -> None:
    result = analyse("Dockers went on strike at Antwerp on Monday over pay.", "1987-04-02")
    assert all(t is None for _, t in readings(result, "strike")), readings(result, "strike")


def test_under_investigation_is_done_to_the_subject(analyse) -> None:
    result = analyse("A Venezuelan businessman who is under investigation by Colombian authorities flew to "
                     "Panama on Sunday.", "2016-05-10")
    assert any(s == "COLGOV" and t and t.startswith("VEN") for s, t in readings(result, "investigation")), \
        readings(result, "investigation")


def test_under_attack_of_an_unplaced_group_names_no_target(analyse) -> None:
    # neither the stations nor the gang are of a country the sentence or story gives
    result = analyse("Police stations came under attack from gang members on Sunday.", "2016-05-10")
    assert readings(result, "attack") <= {(None, None)}, readings(result, "attack")


def test_with_party_read_as_a_clause_subject_is_the_partner(analyse) -> None:
    # the parser reads "with X to discuss" as a clause whose subject is X
    result = analyse("Senator Lloyd Bentsen met this morning with House Speaker Jim Wright, a fellow Democrat, "
                     "to discuss the trade bill.", "1987-04-02")
    assert ("USALEG", "USALEG") in readings(result, "met"), readings(result, "met")


def test_meeting_attended_by_named_ministers_is_with_them(analyse) -> None:
    result = analyse("Chancellor Franz Vranitzky will open the meeting, which is being attended by Finance "
                     "Minister Ferdinand Lacina.", "1987-04-02")
    assert ("AUTGOV", "AUTGOV") in readings(result, "meeting"), readings(result, "meeting")


def test_talks_attended_by_one_body_name_no_other_side(analyse) -> None:
    result = analyse("The talks, attended by OPEC oil ministers, ended on Friday.", "1987-04-02")
    assert all(t is None for _, t in readings(result, "talks")), readings(result, "talks")


def test_named_instance_of_a_generic_party_is_the_target(analyse) -> None:
    result = analyse("Ecopetrol has filed several lawsuits against foreign oil companies like Royal Dutch Shell "
                     "over stolen fuel.", "2015-03-20")
    assert ("COLBUS", "NLDBUS") in {(s, t) for s, t in readings(result, "filed")
                                    | readings(result, "lawsuits")}, readings(result, "filed")


def test_instances_named_with_such_as_are_each_a_side(analyse) -> None:
    result = analyse("Colombian troops clashed with rebel groups such as the FARC and the ELN.", "2015-03-20")
    assert {t for _, t in readings(result, "clashed")} == {"COLREB"}, readings(result, "clashed")


def test_owner_of_a_proposal_that_owns_the_criticised_call(analyse) -> None:
    # the call is the plan's, the plan Volcker's: Volcker is criticised (not left out for want of an owner)
    result = analyse("Fed Chairman Paul Volcker unveiled a plan on Monday. Baker criticized the Volcker plan's "
                     "call for higher rates.", "1987-03-20")
    names = {e.id: e.name for e in result.entities}
    targets = {names.get(m.target.entity_id) for e in result.events for m in e.mentions
               if m.trigger == "criticized" and m.target is not None}
    assert any(n and "Volcker" in n for n in targets), targets
