"""Session-14 targets: the party a clause names as the other side of a seizure, a refusal, an agreement told
in a relative clause, a threat spelled out by its means, and a negotiation one is "in the second round of"."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def _events(analyse: Analyse, sentence: str, day: str = "1987-03-04") -> list[tuple[str, str, str]]:
    """(cameo, source entity name, target entity name) of each event; "" where a party is missing."""
    result = analyse(sentence, day)
    names = {e.id: e.name for e in result.entities}
    out = []
    for event in result.events:
        source = names.get(event.source.entity_id or "", "") if event.source else ""
        target = names.get(event.target.entity_id or "", "") if event.target else ""
        out.append((event.cameo, source, target))
    return out


def _target_codes(analyse: Analyse, sentence: str, root: str, day: str = "1987-03-04") -> set[str | None]:
    result = analyse(sentence, day)
    return {e.target.code if e.target else None for e in result.events if e.cameo.startswith(root)}


def test_a_seizure_told_with_an_arrest_took_the_things_from_those_arrested(analyse: Analyse) -> None:
    sentence = "Peruvian police arrested nine traffickers in Lima and seized two trucks and a shotgun."
    assert _target_codes(analyse, sentence, "171", "2016-05-02") == {"PERCRM"}


def test_a_seizure_with_no_one_arrested_names_no_target(analyse: Analyse) -> None:
    sentence = "Peruvian police seized two trucks and a shotgun in Lima."
    assert _target_codes(analyse, sentence, "171", "2016-05-02") <= {None}


def test_the_giver_of_what_is_refused_is_the_target(analyse: Analyse) -> None:
    sentence = "The Kuwaitis refused to accept export credit guarantees from the state-owned Bank of Portugal."
    events = [e for e in _events(analyse, sentence) if e[0].startswith("12")]
    assert events and all(target == "Bank of Portugal" for _, _, target in events)


def test_a_place_things_come_from_is_no_target_of_a_refusal(analyse: Analyse) -> None:
    sentence = "The Kuwaitis refused to accept oil shipments from the Gulf."
    assert all(target == "" for _, _, target in _events(analyse, sentence))


def test_the_company_a_relative_clause_says_is_to_be_acquired_is_the_target(analyse: Analyse) -> None:
    sentence = "Shares of Carter Hawley Hale, which Limited Inc agreed last month to acquire, rose sharply."
    events = [e for e in _events(analyse, sentence) if e[0].startswith("05")]  # an agreed deal: 057 (session 23)
    assert events and all(target == "Carter Hawley Hale" for _, _, target in events)


def test_a_law_is_never_the_target_of_a_threat(analyse: Analyse) -> None:
    sentence = ("France has threatened to use its new Banking Act to revoke the licences of American "
                "insurance companies.")
    threats = [e for e in _events(analyse, sentence) if e[0].startswith("13")]
    assert threats and all("Act" not in target for _, _, target in threats)
    assert _target_codes(analyse, sentence, "13") == {"USABUS"}


def test_one_in_a_round_of_negotiations_with_another_holds_them(analyse: Analyse) -> None:
    sentence = "Alcan Aluminium said it was in the third round of negotiations with the Canadian Auto Workers union."
    talks = [e for e in _events(analyse, sentence) if e[0].startswith("04")]
    assert talks and all(source == "Alcan Aluminium" for _, source, _ in talks)
    assert _target_codes(analyse, sentence, "04") == {"CANLAB"}


def test_the_party_one_refuses_to_negotiate_with_is_the_target(analyse: Analyse) -> None:
    sentence = "The Kremlin refused to negotiate with the Lithuanian parliament."
    refusals = [e for e in _events(analyse, sentence) if e[0].startswith("12")]
    assert refusals and _target_codes(analyse, sentence, "12") == {"LTULEG"}


def test_a_place_one_refuses_to_leave_is_no_target(analyse: Analyse) -> None:
    assert _target_codes(analyse, "Syria refused to leave Lebanon.", "12") <= {None}


def test_the_owner_of_a_business_agreed_to_be_bought_is_the_target(analyse: Analyse) -> None:
    sentence = "Allied-Signal agreed to buy the aerospace business of Bendix Corp."
    events = [e for e in _events(analyse, sentence) if e[0].startswith("05")]  # an agreed deal: 057 (session 23)
    assert events and all(target.startswith("Bendix") for _, _, target in events)


def test_individuals_murdered_by_a_gang_are_civilians_of_the_place(analyse: Analyse) -> None:
    sentence = "Gang members murdered three individuals in Soyapango, El Salvador."
    assert _target_codes(analyse, sentence, "18", "2016-05-02") == {"SLVCVL"}


def test_hired_killers_arrested_are_criminals(analyse: Analyse) -> None:
    assert _target_codes(analyse, "Police in Lima arrested two sicarios.", "173", "2016-05-02") == {"PERCRM"}


def test_lifting_a_blockade_of_a_country_is_done_to_it(analyse: Analyse) -> None:
    assert _target_codes(analyse, "Saudi Arabia lifts blockade of Qatar.", "08", "2018-03-04") == {"QATGOV"}


def test_sanctions_lifted_are_done_to_those_they_were_imposed_on(analyse: Analyse) -> None:
    sentence = "Canada decided to lift economic sanctions imposed on Libya."
    assert _target_codes(analyse, sentence, "08", "2018-03-04") == {"LBYGOV"}


def test_one_summoned_to_hear_a_complaint_is_its_target(analyse: Analyse) -> None:
    sentence = "India summoned a senior Pakistani diplomat to complain about the shelling."
    targets = _target_codes(analyse, sentence, "11", "2018-03-04")
    assert targets and all(t is not None and t.startswith("PAK") for t in targets)


def test_the_maker_of_a_rejected_resolution_is_the_target(analyse: Analyse) -> None:
    sentence = "Syria rejected the draft resolution proposed by the Arab League."
    rejections = [e for e in _events(analyse, sentence, "2018-03-04") if e[0].startswith("12")]
    assert rejections and all(target == "Arab League" for _, _, target in rejections)
