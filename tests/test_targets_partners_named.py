"""The other side of a meeting or agreement named in the sentence but left empty: a with-phrase the parser
hangs on the noun of the act's where, when or manner phrase ("in federal court with X", "in machine tools
with X"), and the body a meeting held at another's act or by a possessor is named after ("at the OPEC
meeting", "our next OPEC meeting")."""

from __future__ import annotations

from conftest import readings


def test_agreement_reached_in_court_with_a_company_names_it(analyse) -> None:
    result = analyse("Continental Airlines Inc said it reached an agreement yesterday in federal court with "
                     "Eastern Air Lines Inc that bars Continental from buying more Eastern stock.", "1987-04-02")
    targets = {t for _, t in readings(result, "reached")}
    assert targets == {"USABUS"}, readings(result, "reached")


def test_venture_agreed_in_a_field_with_a_company_names_it(analyse) -> None:
    result = analyse("Honeywell Inc said it agreed in principle to form a joint venture in machine tools "
                     "with Fanuc Ltd of Japan.", "1987-04-02")
    assert ("USABUS", "JPNBUS") in readings(result, "agreed"), readings(result, "agreed")


def test_a_person_in_the_adjunct_keeps_his_with_phrase(analyse) -> None:
    # the with-phrase of a person word is his, not the agreement's: no guessed partner
    result = analyse("Kodak said it signed the contract in the presence of a lawyer with long experience.",
                     "1987-04-02")
    assert all(t is None for _, t in readings(result, "signed")), readings(result, "signed")


def test_an_unnamed_group_in_an_adjunct_is_no_partner(analyse) -> None:
    # creditor banks a debtor negotiates with are foreign; the debtor's country would be guessed for them
    result = analyse("A Bank of Zambia spokesman said Lusaka was negotiating a freeze on interest payments "
                     "with commercial banks.", "1987-04-02")
    assert all(t is None for _, t in readings(result, "negotiating")), readings(result, "negotiating")


def test_minister_raising_an_issue_at_the_opec_meeting_meets_opec(analyse) -> None:
    result = analyse("Nigerian Oil Minister Rilwanu Lukman said he would raise the issue at the OPEC meeting "
                     "in June.", "1987-03-15")
    assert readings(result, "meeting") == {("NGAGOV", "IGOBUSOPC")}, readings(result, "meeting")


def test_a_place_named_meeting_gives_no_other_side(analyse) -> None:
    result = analyse("Baker said he would raise the issue at the Paris meeting.", "1987-03-15")
    assert all(t is None for _, t in readings(result, "meeting")), readings(result, "meeting")


def test_our_next_opec_meeting_is_held_with_opec(analyse) -> None:
    result = analyse('Saudi Oil Minister Hisham Nazer said: "We see no need for new measures before June, '
                     'when our next OPEC meeting will take place."', "1987-03-15")
    assert ("SAUGOV", "IGOBUSOPC") in readings(result, "meeting"), readings(result, "meeting")


def test_opecs_own_meeting_has_no_other_side(analyse) -> None:
    result = analyse("OPEC's meeting will take place in Vienna in June.", "1987-03-15")
    assert all(t is None for _, t in readings(result, "meeting")), readings(result, "meeting")


# -- the host of a visit that names none -------------------------------------------------------------------


def test_visiting_minister_under_a_tokyo_dateline_visits_japan(analyse) -> None:
    result = analyse("TOKYO, April 7 - Japan's ruling party outlined new economic measures. Meanwhile, "
                     "visiting French Trade Minister Michel Noir told Japan to open its markets to European "
                     "farm goods.", "1987-04-07")
    assert ("FRAGOV", "JPN") in readings(result, "visiting"), readings(result, "visiting")


def test_a_digest_section_dateline_gives_the_host(analyse) -> None:
    text = ("Iraq said its forces repulsed an Iranian attack near Basra.\n    - - - -\n"
            "    SEOUL - South Korea's ruling party outlined new economic measures. Meanwhile, visiting "
            "Australian Trade Minister John Dawkins told Seoul to cut its tariffs on beef.\n    - - - -\n"
            "    LIMA - Peru's president announced new price controls.")
    result = analyse(text, "1987-04-07")
    assert ("AUSGOV", "KOR") in readings(result, "visiting"), readings(result, "visiting")


def test_a_visitor_of_the_dateline_country_has_no_host(analyse) -> None:
    result = analyse("PARIS, April 7 - France's ruling party outlined new economic measures. Meanwhile, "
                     "visiting French Trade Minister Michel Noir told Japan to open its markets to European "
                     "farm goods.", "1987-04-07")
    assert readings(result, "visiting") == {("FRAGOV", None)}, readings(result, "visiting")


def test_his_trip_goes_where_his_trip_told_before_went(analyse) -> None:
    text = ("France and Japan remained at odds over wine tariffs, and officials pinned their hopes on the "
            "trip to Tokyo next week by Trade Minister Michel Noir.\n    Noir told reporters he would press "
            "the case during his trip, which starts on Monday.")
    result = analyse(text, "1987-04-03")
    assert all(t is not None and t.startswith("JPN") for _, t in readings(result, "trip")), \
        readings(result, "trip")


def test_an_earlier_trip_of_another_person_gives_no_host(analyse) -> None:
    result = analyse("WASHINGTON, April 27 - Treasury Secretary James Baker has cancelled a trip to Mexico "
                     "because of pressing business at home, including the visit this week by Italian Prime "
                     "Minister Bettino Craxi, a Treasury spokesman said.", "1987-04-27")
    assert readings(result, "visit") == {("ITAGOV", None)}, readings(result, "visit")
