"""Event coding on realistic articles: who did what to whom, negation, modality, one event per happening."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES, SHARED, entity_with
from newsevents import ArticleResult
from newsevents.model import ActorRef, Event

FIXTURES = Path(__file__).parent / "fixtures" / "expected_events.json"
# The bar for the bundled examples, micro-averaged over all of them (see docs/ontology.md, "Accuracy").
# Measured when set: precision 0.86, recall 0.69 (24 of 35). The gate sits below so a small lexicon change
# does not fail CI, while a real regression does.
MIN_PRECISION = 0.80
MIN_RECALL = 0.60

Key = tuple[str | None, str | None, str, bool]


def party(ref: ActorRef | None) -> str | None:
    """A party as the fixtures write it: country for state actors, the whole code for IGOs/NGOs."""
    if ref is None or ref.code is None:
        return None
    return ref.code if ref.code[:3] in {"IGO", "NGO", "MNC"} else ref.code[:3]


def event_keys(result: ArticleResult) -> set[Key]:
    return {(party(e.source), party(e.target), e.cameo_root, e.negated) for e in result.events}


def find(result: ArticleResult, source: str | None, target: str | None, root: str,
         negated: bool = False) -> list[Event]:
    return [e for e in result.events
            if (party(e.source), party(e.target), e.cameo_root, e.negated) == (source, target, root, negated)]


BENNETT_STYLE = """Bennett in Moscow: Israeli leader meets Putin
Israeli Prime Minister Naftali Bennett met with Russian President Vladimir Putin in Moscow on Saturday.
Mr. Bennet "just finished a meeting in the Kremlin with the Russian president," his spokesman said, adding that the meeting lasted three hours.
The meeting took place because Israel has repeatedly asked Kyiv to mediate between the two countries.
In recent days, the government of the Jewish state has been widely criticized for being too timid towards Moscow.
Israel condemned Russia's invasion of Ukraine through its foreign minister, Yair Lapid, but Naftali Bennet, for his part, did not directly condemn Russia.
Before the trip, the head of the Israeli government spoke twice by phone with the presidents of Russia and Ukraine. Naftali Bennet spoke with Volodymyr Zelensky on the phone again immediately after the meeting with Vladimir Putin.
The Prime Minister then flew to Berlin to meet with German Chancellor Olaf Scholz."""


def test_bundled_examples_meet_the_precision_and_recall_bar(example) -> None:
    expected_by_file = json.loads(FIXTURES.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    report = []
    for name, rows in expected_by_file.items():
        if name.startswith("_"):
            continue
        expected = {(s, t, root, neg) for s, t, root, neg in rows}
        found = event_keys(example(name))
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        report.append(f"{name}: missed {sorted(expected - found, key=str)} extra {sorted(found - expected, key=str)}")
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"events: precision {precision:.2f} recall {recall:.2f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, "\n".join(report)


def test_a_meeting_told_several_times_is_one_event(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    bennett, putin = entity_with(result, "Naftali Bennett"), entity_with(result, "Vladimir Putin")
    meetings = [e for e in result.events if e.cameo in {"040", "042", "043", "044"}
                and e.source and e.target and {e.source.entity_id, e.target.entity_id} == {bennett.id, putin.id}]
    assert len(meetings) == 1
    triggers = [m.trigger for m in meetings[0].mentions]
    assert {"met", "meeting"} <= set(triggers) and len(triggers) >= 4  # met, a meeting, the meeting x3
    assert meetings[0].source and meetings[0].source.code == "ISRGOV"
    assert meetings[0].target and meetings[0].target.code == "RUSGOV"


def test_phone_calls_are_not_the_meeting_and_again_is_a_new_call(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    calls_rus = [e for e in find(result, "ISR", "RUS", "04") if e.cameo == "041"]
    calls_ukr = [e for e in find(result, "ISR", "UKR", "04") if e.cameo == "041"]
    assert len(calls_rus) == 1  # "the presidents of Russia and Ukraine": one call each
    assert len(calls_ukr) == 2  # before the trip, and "again" after the meeting
    assert calls_rus[0].target and calls_rus[0].target.entity_id == entity_with(result, "Vladimir Putin").id


def test_negation_passive_and_possessive_nominalisation(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    [condemned] = find(result, "ISR", "RUS", "11")
    [not_condemned] = find(result, "ISR", "RUS", "11", negated=True)
    assert condemned.source and condemned.source.code == "ISRGOV"  # Israel, the state acting: its government
    assert not_condemned.source and not_condemned.source.code == "ISRGOV"  # Bennett
    [criticized] = find(result, None, "ISR", "11")
    assert criticized.source is None and criticized.target and criticized.target.code == "ISRGOV"
    [invasion] = find(result, "RUS", "UKR", "19")
    assert invasion.plover == "ASSAULT" and invasion.goldstein == -10.0
    [mediation] = find(result, "ISR", "UKR", "02")
    assert mediation.cameo == "028"
    [berlin] = find(result, "ISR", "DEU", "04")
    assert berlin.target and berlin.target.code == "DEUGOV"


def test_modality_reported_intended_hypothetical_denied(analyse) -> None:
    text = ("Peace talks\n"
            "Turkish President Recep Tayyip Erdogan plans to visit Egypt next month, his office said.\n"
            "If Russia attacked Ukraine again, NATO would respond.\n"
            "The Egyptian presidency denied that President Abdel Fattah el-Sisi had met Benjamin Netanyahu.\n"
            "Sisi said that Netanyahu had criticized Hamas.\n"
            "Netanyahu criticized Hamas on Monday.")
    result = analyse(text, "2023-06-01")
    [visit] = find(result, "TUR", "EGY", "04")
    assert visit.modality == "intended"
    [attack] = find(result, "RUS", "UKR", "19")
    assert attack.modality == "hypothetical"
    [meeting] = find(result, "EGY", "ISR", "04")
    assert meeting.modality == "denied" and not meeting.negated
    [criticism] = find(result, "ISR", "PSE", "11")
    assert criticism.modality == "asserted"  # told twice: the firmest telling wins
    assert {m.modality for m in criticism.mentions} == {"reported", "asserted"}


def test_pronouns_and_conjoined_verbs_find_their_doer(analyse) -> None:
    text = ("Summit\n"
            "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
            "He later praised Scholz and criticized Hungary.")
    result = analyse(text, "2023-03-06")
    assert find(result, "FRA", "DEU", "05") and find(result, "FRA", "HUN", "11")


def test_translation_noise_invents_no_event(analyse) -> None:
    text = ("Both observe and observe Shabbat but invoke a national security imperative to justify their relocation.\n"
            "Both side side also exchanged exchanged views on the the situation situation.")
    result = analyse(text, "2022-03-05")
    assert result.events == ()


def test_every_event_mention_points_at_its_evidence(example) -> None:
    for name in ("gaza_ceasefire_2024-11-27.txt", "ankara_nato_2023-01-14.txt"):
        result = example(name)
        text = result.article.text
        assert result.events
        for event in result.events:
            for m in event.mentions:
                assert text[m.start:m.end] == m.text
                assert text[m.trigger_start:m.trigger_end] == m.trigger
                assert m.start <= m.trigger_start < m.trigger_end <= m.end


def test_bundled_bennett_style_requests_name_their_content_not_an_event(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    # "asked Kyiv to mediate" is a request; the mediation itself did not happen.
    assert not [e for e in result.events if e.cameo == "045"]


@pytest.mark.skipif(not (SHARED / "examples" / "bennett_moscow_2022-03-05.txt").exists(),
                    reason="../shared/examples not present: the canonical example is not part of a user's clone")
def test_canonical_example_from_shared(analyse) -> None:
    text = (SHARED / "examples" / "bennett_moscow_2022-03-05.txt").read_text(encoding="utf-8")
    result = analyse(text, "2022-03-05")
    meetings = [e for e in find(result, "ISR", "RUS", "04") if e.cameo != "041"]
    assert len(meetings) == 1 and len(meetings[0].mentions) >= 5
    assert len([e for e in find(result, "ISR", "UKR", "04") if e.cameo == "041"]) == 2
    for key in [("ISR", "DEU", "04", False), ("ISR", "RUS", "11", False), ("ISR", "RUS", "11", True),
                ("RUS", None, "12", False), (None, "ISR", "11", False), ("ISR", "UKR", "02", False),
                ("RUS", "UKR", "19", False)]:
        assert find(result, *key), key


def test_examples_directory_has_fixtures_for_every_article() -> None:
    expected = json.loads(FIXTURES.read_text(encoding="utf-8"))
    assert {p.name for p in EXAMPLES.glob("*.txt")} == {k for k in expected if not k.startswith("_")}


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea fired a ballistic missile over Japan on Tuesday.", {("PRK", "190", "JPN")}),
    ("Russia launched an offensive against Ukraine on Monday.", {("RUS", "190", "UKR")}),
    ("Honduras broke ties with Taiwan on Sunday.", {("HND", "161", "TWN")}),
    ("The company fired its chief executive on Monday.", set()),
    ("Russia launched a new website for tourists on Monday.", set()),
])
def test_weapons_fired_and_attacks_launched_only_with_such_objects(analyse, text, expected) -> None:
    result = analyse(text, "2023-03-13")
    found = {(e.source.code[:3] if e.source and e.source.code else None, e.cameo,
              e.target.code[:3] if e.target and e.target.code else None) for e in result.events}
    assert found == expected
