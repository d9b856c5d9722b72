"""Coreference, session 19: which party a pronoun or a description stands for.

A person pronoun agrees in sex with its antecedent where the text says the person's sex ("Ms. Barrantes" is
never "him"); "it" is never the one organisation read in the previous sentence when that sentence's main
subject is a name no entity was read from.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from spacy.language import Language

from conftest import event_on, party_code
from newsevents.actors.pronouns import agrees, person_genders, resolve_pronouns
from newsevents.model import Actor, Entity


def _entity(result, name: str) -> Entity:
    return next(e for e in result.entities if e.name == name)


def test_her_is_the_woman_of_two_people_named(analyse) -> None:
    result = analyse("Mr. Quintero met Ms. Barrantes in Quito on Monday. Police arrested her on Tuesday.",
                     "2020-03-12")
    arrest = event_on(result, "arrested")
    assert arrest.target is not None and arrest.target.entity_id == _entity(result, "Barrantes").id


def test_him_is_never_a_woman_named_before(analyse) -> None:
    result = analyse("Mrs. Barrantes, a teacher, was arrested by police in Quito on Monday. Gunmen later shot "
                     "him.", "2020-03-12")
    shooting = event_on(result, "shot")
    woman = _entity(result, "Barrantes").id
    assert shooting.target is None or shooting.target.entity_id != woman


def test_he_is_not_the_woman_who_spoke(analyse) -> None:
    result = analyse("Ms. Barrantes accused the mayor of fraud on Monday. He denied the charge on Tuesday.",
                     "2020-03-12")
    woman = _entity(result, "Barrantes").id
    denials = [e for e in result.events if any(m.trigger == "denied" for m in e.mentions)]
    assert all(e.source is None or e.source.entity_id != woman for e in denials)


def test_a_title_or_a_pronoun_tells_the_sex(nlp: Language) -> None:
    doc = nlp("Ms. Barrantes met Mr. Quintero. She left early.")
    mention_entity = {1: "f1", 4: "m1", 6: "f1"}
    genders = person_genders(doc, mention_entity)
    assert genders == {"f1": "f", "m1": "m"}
    assert agrees("her", "f1", genders) and not agrees("him", "f1", genders)
    assert agrees("him", "x9", genders)  # nothing said of x9: anyone
    # told both ways: no evidence either way
    assert person_genders(doc, {1: "p1", 4: "p1"}) == {}


def _orgs(doc, spans: dict[str, tuple[int, int]]) -> tuple[list[Entity], dict[int, str]]:
    entities = [Entity(eid, doc[a:b].text, "ORG", (), Actor("USABUS", "USA")) for eid, (a, b) in spans.items()]
    return entities, {i: eid for eid, (a, b) in spans.items() for i in range(a, b)}


def test_it_is_not_the_object_when_the_subject_is_an_unread_name(nlp: Language) -> None:
    doc = nlp("Utilities Investment Inc said it is offering to acquire Delaware Gas Co. "
              "It said it is prepared to negotiate its offer.")
    it = next(t for t in doc if t.text == "It")
    target = next(t for t in doc if t.text == "Delaware").i
    entities, mention_entity = _orgs(doc, {"gas": (target, target + 3)})
    assert it.i not in resolve_pronouns(doc, entities, mention_entity)
    # once the bidder is read, "It" is the bidder
    entities, mention_entity = _orgs(doc, {"bidder": (0, 3), "gas": (target, target + 3)})
    assert resolve_pronouns(doc, entities, mention_entity).get(it.i) == "bidder"


def test_arrest_of_him_names_the_man_when_a_woman_is_also_named(analyse) -> None:
    result = analyse("Ms. Barrantes said Mr. Quintero stole the funds. Police arrested him in Quito on Monday.",
                     "2020-03-12")
    arrest = event_on(result, "arrested")
    assert party_code(arrest, "target") is not None
    assert arrest.target is not None and arrest.target.entity_id == _entity(result, "Quintero").id


def _reading(result, trigger: str, nth: int = 0):
    """The nth mention (in text order) whose trigger is `trigger`."""
    found = sorted((m for e in result.events for m in e.mentions if m.trigger == trigger),
                   key=lambda m: m.trigger_start)
    assert len(found) > nth, [m.trigger for e in result.events for m in e.mentions]
    return found[nth]


def test_these_miners_are_the_miners_described_before(analyse) -> None:
    result = analyse("Gunmen kidnapped eight coal miners from a camp in Harnai District on Monday. Officials "
                     "said a separatist group had kidnapped these coalminers.", "2019-05-01")
    second = _reading(result, "kidnapped", 1)
    assert second.target is not None and second.target.code == "PAKLAB"


def test_they_is_the_plural_subject_of_a_cleft_before(analyse) -> None:
    result = analyse("It was only in 2019 that Panama's anti-drug police confirmed the first case of ketamine "
                     "sales. They proceeded to dismantle a gang that sold the drug.", "2019-05-01")
    assert party_code(event_on(result, "dismantle"), "source") == "PANCOP"


def test_they_the_ministers_and_the_named_ministers_are_one(analyse) -> None:
    result = analyse("European Community farm ministers agreed on a plan to cut milk output. The ministers "
                     "resolved that the cuts were too small. They asked the EC Commission to draft new "
                     "proposals.", "2019-05-01")
    assert party_code(event_on(result, "asked"), "source") == "IGOEUREEC"


def test_they_after_two_plural_parties_is_neither(analyse) -> None:
    result = analyse("Police arrested two militants in Kupwara on Monday. They attacked a police post later.",
                     "2019-05-01")
    attack = event_on(result, "attacked")
    assert party_code(attack, "source") in {None, ""}


def test_the_rebels_named_by_two_groups_before_are_neither(analyse) -> None:
    result = analyse("Soldiers killed three Hizbul Mujahideen rebels and two Lashkar-e-Taiba rebels in Kupwara "
                     "on Monday. The rebels had attacked a police station.", "2019-05-01")
    attack = event_on(result, "attacked")
    groups = {e.id for e in result.entities if "Mujahideen" in e.name or "Taiba" in e.name}
    assert groups and (attack.source is None or attack.source.entity_id not in groups)


def test_the_duo_is_the_two_people_counted_before(analyse) -> None:
    result = analyse("Police said two traders were rescued in Lohit District on Monday. The duo was abducted by "
                     "ULFA militants last week.", "2019-05-01")
    assert party_code(event_on(result, "abducted"), "target") == "INDBUS"


def test_the_duo_after_two_pairs_is_neither(analyse) -> None:
    result = analyse("Police said two traders and two guards were rescued in Lohit District on Monday. The duo "
                     "was abducted by ULFA militants last week.", "2019-05-01")
    assert party_code(event_on(result, "abducted"), "target") in {None, ""}


def test_it_before_a_that_clause_is_nobody_not_the_speaker(nlp: Language) -> None:
    doc = nlp("Texaco said it is conceivable that Pennzoil will settle the suit.")
    it = next(t for t in doc if t.text == "it")
    entities, mention_entity = _orgs(doc, {"texaco": (0, 1), "pennzoil": (6, 7)})
    assert it.i not in resolve_pronouns(doc, entities, mention_entity)
    doc = nlp("Texaco said it was ready to settle the suit with Pennzoil.")
    it = next(t for t in doc if t.text == "it")
    entities, mention_entity = _orgs(doc, {"texaco": (0, 1), "pennzoil": (10, 11)})
    assert resolve_pronouns(doc, entities, mention_entity).get(it.i) == "texaco"
