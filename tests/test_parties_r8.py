"""Event parties, round 8: pronouns the actor stage declined, victims named by a plural pronoun, people held,
and places that are only where an act happened."""
from __future__ import annotations

import datetime

import pytest

from newsevents.model import Article
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, source name, target name) of each event."""
    r = pipe.analyse(Article(id="t", text=text, published=datetime.date(1998, 5, 3)))
    names = {e.id: e.name for e in r.entities}
    out = []
    for e in r.events:
        d = e.as_dict()
        src, tgt = d.get("source") or {}, d.get("target") or {}
        out.append((d["mentions"][0]["trigger"], names.get(src.get("entity_id")), names.get(tgt.get("entity_id"))))
    return out


def test_object_pronoun_with_one_person_is_that_person(pipe: Pipeline) -> None:
    events = _events(pipe, "Police arrested Ahmed Khan on Monday. Gunmen later shot him in the leg.")
    assert ("shot", None, "Ahmed Khan") in events


def test_object_pronoun_with_two_people_is_not_guessed(pipe: Pipeline) -> None:
    events = _events(pipe, "Nawaz Sharif met Bill Clinton on Monday. Protesters later attacked him.")
    attack = [e for e in events if e[0] == "attacked"]
    assert attack and all(e[2] is None for e in attack)


def test_subject_pronoun_follows_the_actor_stage(pipe: Pipeline) -> None:
    events = _events(pipe, "Crown Prince Abdullah called on President Reagan on Tuesday. "
                           "He will also meet Secretary John Whitehead on Friday.")
    meet = [e for e in events if e[0] == "meet"]
    assert meet and all(e[1] != "Ronald Reagan" for e in meet)


def test_speaker_may_tell_of_an_attempt_on_himself(pipe: Pipeline) -> None:
    events = _events(pipe, "Senator Edward Kennedy said militants had tried to kill him.")
    assert any(e[2] == "Edward Kennedy" for e in events)


def test_them_fired_on_is_the_group_carried_not_the_doers(pipe: Pipeline) -> None:
    r = pipe.analyse(Article(id="t", text="Militants stopped a bus carrying policemen in Kashmir and opened fire "
                                          "on them.", published=datetime.date(2019, 5, 3)))
    codes = [(e.as_dict().get("target") or {}).get("code") for e in r.events]
    assert any(c and c.endswith("COP") for c in codes)


def test_them_abducted_is_the_victims_of_the_earlier_clause(pipe: Pipeline) -> None:
    events = _events(pipe, "Three Chinese engineers were travelling to Quetta on Sunday when gunmen abducted them.")
    assert ("abducted", None, "Chinese engineer") in events or any(
        e[0] == "abducted" and e[2] and "engineer" in e[2] for e in events)


def test_them_is_never_the_doers(pipe: Pipeline) -> None:
    r = pipe.analyse(Article(id="t", text="Five villagers were returning home when Maoists shot them dead.",
                             published=datetime.date(2019, 5, 3)))
    shot = [e.as_dict() for e in r.events if e.as_dict()["mentions"][0]["trigger"] == "shot"]
    assert shot and all(not ((d.get("target") or {}).get("code") or "").endswith("REB") for d in shot)


def test_people_held_are_never_the_doers_of_their_detention(pipe: Pipeline) -> None:
    r = pipe.analyse(Article(id="t", text="Gang leaders detained in prisons outside Rio ordered the attacks.",
                             published=datetime.date(2019, 5, 3)))
    held = [e.as_dict() for e in r.events if e.as_dict()["mentions"][0]["trigger"] == "detained"]
    assert all(not ((d.get("source") or {}).get("code") or "").endswith("CRM") for d in held)


def test_an_active_detention_keeps_its_doer(pipe: Pipeline) -> None:
    r = pipe.analyse(Article(id="t", text="Peruvian police detained three suspects in Lima on Monday.",
                             published=datetime.date(2019, 5, 3)))
    held = [e.as_dict() for e in r.events if e.as_dict()["mentions"][0]["trigger"] == "detained"]
    assert held and all(((d.get("source") or {}).get("code") or "").endswith("COP") for d in held)


def test_towns_listed_after_a_settlement_noun_are_no_targets(pipe: Pipeline) -> None:
    events = _events(pipe, "The mayors of two towns, Ebano and Tamuin, were killed last month.")
    assert all(e[2] not in {"Ebano", "Tamuin"} for e in events)


def test_them_skips_a_doer_the_parser_hung_on_an_adverb(pipe: Pipeline) -> None:
    r = pipe.analyse(Article(id="t", text="Four Policemen werekilled when Tehreek e Taliban Pakistan (TTP) militants "
                                          "open fired at them in Quetta on January 28.",
                             published=datetime.date(2019, 5, 3)))
    codes = [(e.as_dict().get("target") or {}).get("code") or "" for e in r.events]
    assert not any(c.endswith("REB") for c in codes)


def test_object_pronoun_prefers_the_one_person_of_its_own_sentence(pipe: Pipeline) -> None:
    events = _events(pipe, "Juan Perez met Maria Lopez on Monday. Prosecutors found no evidence against Carlos Ruiz "
                           "and said they were not investigating him.")
    assert ("investigating", None, "Carlos Ruiz") in events
