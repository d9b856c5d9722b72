"""Rules the lead added after the ninth round of engineers: agreements reached, transitive protests, a meeting in
a verb's adjunct only with its counterpart named, and legislatures English news calls Congress."""
from __future__ import annotations

import datetime

import pytest

from newsevents.model import Article
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def events(pipeline: Pipeline, text: str, day: datetime.date = datetime.date(2015, 3, 20)) -> list[tuple[str, str, str]]:
    result = pipeline.analyse(Article(id="lead-s9", text=text, published=day))
    out = []
    for event in result.events:
        d = event.as_dict()
        out.append((d["cameo"], (d.get("source") or {}).get("code") or "", (d.get("target") or {}).get("code") or ""))
    return out


@pytest.mark.parametrize("text, expected", [
    ("The Colombian government reached an agreement with the FARC on land reform.", ("057", "COLGOV", "COLREB")),
    ("Mexico reached a deal with the United States on migration.", ("030", "MEXGOV", "USAGOV")),
])
def test_an_agreement_reached_with_someone_is_concluded(pipeline: Pipeline, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The price of copper reached a record on Tuesday.",
    "Exports reached five billion dollars last year.",
])
def test_reaching_a_level_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


def test_protested_the_inaction_of_the_police_targets_the_police(pipeline: Pipeline) -> None:
    found = events(pipeline, "Angry villagers in Sopore protested the police inaction on Monday.")
    assert any(c == "140" and t.endswith("COP") for c, _, t in found)


def test_a_meeting_of_a_body_is_not_the_speakers(pipeline: Pipeline) -> None:
    text = ("Speaking after a meeting of the Cartagena group, Venezuelan Finance Minister Hector Hurtado said "
            "debt was a burden.")
    assert not [e for e in events(pipeline, text, datetime.date(1987, 3, 20)) if e[0].startswith("04")]


def test_a_meeting_with_a_counterpart_in_an_adjunct_is_the_doers(pipeline: Pipeline) -> None:
    text = ("Baldrige said he hopes Japanese Prime Minister Yasuhiro Nakasone will make specific proposals to "
            "ease trade friction at a meeting with President Reagan this week.")
    assert ("040", "JPNGOV", "USAGOV") in events(pipeline, text, datetime.date(1987, 3, 20))


@pytest.mark.parametrize("dateline, country", [("SAN SALVADOR", "SLV"), ("MANAGUA", "NIC"), ("SAN JOSE, Costa Rica", "CRI")])
def test_congress_in_a_central_american_story_is_that_countrys(pipeline: Pipeline, dateline: str,
                                                                country: str) -> None:
    text = f"{dateline} (Reuters) - Prosecutors have asked Congress to strip a former minister of immunity."
    found = events(pipeline, text)
    assert any(t == f"{country}LEG" for _, _, t in found), found


def test_discussing_with_a_party_is_consulting_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russian Foreign Minister Sergei Lavrov discussed the situation in Syria with "
                             "Turkish officials in Ankara on Monday.", datetime.date(2019, 3, 20))
    assert any(c == "040" and s == "RUSGOV" and t.startswith("TUR") for c, s, t in found), found


@pytest.mark.parametrize("text", [
    "The company discussed its quarterly results with analysts on Monday.",
    "Ministers discussed the budget on Monday.",
])
def test_discussing_with_no_coded_counterpart_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "040"]


@pytest.mark.parametrize("text, modality", [
    ("Japanese Prime Minister Yasuhiro Nakasone arrived in Washington for talks with President Reagan.", "asserted"),
    ("Japanese Prime Minister Yasuhiro Nakasone leaves for Washington on April 29 for talks with President Reagan.",
     "intended"),
])
def test_travel_for_talks_starts_them(pipeline: Pipeline, text: str, modality: str) -> None:
    result = pipeline.analyse(Article(id="lead-s9", text=text, published=datetime.date(1987, 3, 20)))
    found = [(e.as_dict()["cameo"], e.as_dict()["modality"]) for e in result.events]
    assert ("040", modality) in found, found


def test_an_appeal_for_talks_is_not_talks(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "The opposition called for talks with the government of Peru.")
                if e[0].startswith("04")]


def test_unnamed_gunmen_take_the_country_of_the_sites_town(pipeline: Pipeline) -> None:
    text = ("Unidentified assailants shot dead two Policemen and took away their rifles at Nasir Bagh Road of "
            "Peshawar in the night of April 28. The policemen were patrolling the road near Police Colony when "
            "the assailants opened fire on them.")
    found = events(pipeline, text, datetime.date(2016, 4, 29))
    assert any(c.startswith("18") and s == "PAKUAF" for c, s, _ in found), found


def test_an_agreement_to_buy_a_company_targets_it(pipeline: Pipeline) -> None:
    text = "Houston-based Hanna Corp said it has reached definitive agreement to purchase Dallas-based Colortech Inc."
    found = events(pipeline, text, datetime.date(1987, 4, 8))
    assert ("057", "USABUS", "USABUS") in found, found


def test_a_states_protest_is_a_denunciation_of_the_other_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "France protested over Canada's decision to close the fishing grounds.",
                   datetime.date(1987, 4, 8))
    assert ("111", "FRAGOV", "CANGOV") in found, found


def test_citizens_protesting_stay_a_demonstration(pipeline: Pipeline) -> None:
    found = events(pipeline, "Workers protested against the closure of the plant in Lyon on Monday.",
                   datetime.date(1987, 4, 8))
    assert found and all(c.startswith("14") for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Georgia farmers shelled peanuts and sold them at a loss.",
    "Workers in Ivory Coast crushed cocoa beans at the plant.",
])
def test_crops_processed_are_not_attacked(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0][:2] in {"18", "19"}]


def test_shelling_a_town_is_still_an_attack(pipeline: Pipeline) -> None:
    found = events(pipeline, "Israeli artillery shelled villages in southern Lebanon on Monday.")
    assert any(c == "194" and s == "ISRMIL" for c, s, _ in found), found


def test_an_occupation_names_a_victim(pipeline: Pipeline) -> None:
    found = events(pipeline, "A journalist was abducted by gunmen in Balochistan on Monday.")
    assert any(c == "181" and t == "PAKMED" for c, _, t in found), found
