"""Pronouns whose antecedent is the one who tells of the act: a single person speaking (a name, or a singular
noun for a position) is no "they" of what he says, and the one an according-to phrase credits is not the
"him" its violent act is done to. Self-written sentences in the style of regional conflict news."""

from __future__ import annotations

from newsevents import ArticleResult


def parties_of(result: ArticleResult, trigger: str) -> list[tuple[str | None, str | None]]:
    """The (source name, target name) of each event one of whose mentions has the trigger word."""
    names = {e.id: e.name for e in result.entities}
    out = []
    for event in result.events:
        if any(m.trigger == trigger for m in event.mentions):
            source = names.get(event.source.entity_id) if event.source and event.source.entity_id else None
            target = names.get(event.target.entity_id) if event.target and event.target.entity_id else None
            out.append((source, target))
    return out


def test_one_person_speaking_is_no_they_of_what_he_says(analyse) -> None:
    result = analyse("A militant was killed in an intelligence based operation in Rawalpindi on October 12. "
                     "Inspector General Tariq Khan said they were asked to surrender, but they opened fire on "
                     "security forces.", "2020-01-06")
    assert all(target != "Tariq Khan" for _, target in parties_of(result, "asked"))


def test_the_one_an_according_to_phrase_credits_is_not_the_victim(analyse) -> None:
    result = analyse("Maoists killed a villager, Ramesh Oraon, in Latehar District on May 2. According to "
                     "Sub-Inspector Arvind Kumar Sinha, the Maoists dragged him out of his house and shot him "
                     "dead near the village pond.", "2020-01-06")
    targets = {target for event in result.events for target in [event.target] if target and target.entity_id}
    names = {e.id: e.name for e in result.entities}
    assert "Arvind Kumar Sinha" not in {names[t.entity_id] for t in targets if t.entity_id}
    assert "Ramesh Oraon" in {names[t.entity_id] for t in targets if t.entity_id}


def test_people_joined_by_and_still_speak_as_they(analyse) -> None:
    result = analyse("Foreign Minister Ali Khan and Defence Minister Omar Shah said they met the Indian envoy "
                     "in Islamabad on Monday.", "2020-01-06")
    assert any(source in {"Ali Khan", "Omar Shah"} for source, _ in parties_of(result, "met"))


def test_a_lone_official_telling_of_a_fight_is_not_the_they_who_fired(analyse) -> None:
    result = analyse("Two militants were killed in an intelligence based operation in Rawalpindi on October 12. "
                     "They were asked to surrender, but instead they opened fire on security forces, the "
                     "security official said.", "2020-01-06")
    assert all(source is None or "official" not in source for source, _ in parties_of(result, "opened"))
