"""Who said so: direct quotes and reported speech with speakers resolved to coded entities."""

from __future__ import annotations

import pytest

from conftest import SHARED, entity_with

SPOKESMAN = """Bennett in Moscow
Israeli Prime Minister Naftali Bennett met with Russian President Vladimir Putin in Moscow on Saturday.
Mr. Bennet "just finished a meeting in the Kremlin with the Russian president," his spokesman said, adding that the meeting lasted three hours."""

REPORTED = """Turkey holds out on Sweden
Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in Ankara on Saturday.
Stoltenberg urged Ankara to conclude the process quickly, saying that both Nordic countries had met their commitments.
They said the talks would continue.
A spokesman for the junta said the agreement was void."""


def test_direct_quote_is_attributed_to_the_possessors_spokesman(analyse) -> None:
    result = analyse(SPOKESMAN, "2022-03-05")
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert len(direct) == 1
    quote = direct[0]
    assert quote.text == "just finished a meeting in the Kremlin with the Russian president"
    assert SPOKESMAN[quote.start:quote.end] == quote.text
    assert quote.verb == "said" and quote.speaker_text == "his spokesman"
    assert quote.speaker_code == "ISRGOV"
    spokesman = next(e for e in result.entities if e.id == quote.speaker_entity_id)
    assert spokesman != entity_with(result, "Naftali Bennett")


def test_participle_speech_verb_speaks_with_the_main_subject(analyse) -> None:
    result = analyse(SPOKESMAN, "2022-03-05")
    added = [q for q in result.quotes if q.verb == "adding"]
    assert [q.text for q in added] == ["the meeting lasted three hours"]
    assert added[0].speaker_text == "his spokesman"

    result = analyse(REPORTED, "2023-01-14")
    saying = [q for q in result.quotes if q.verb == "saying"]
    assert [q.text for q in saying] == ["both Nordic countries had met their commitments"]
    assert saying[0].speaker_entity_id == entity_with(result, "Stoltenberg").id


def test_unresolved_pronoun_speaker_is_dropped_but_a_named_speaker_is_kept(analyse) -> None:
    result = analyse(REPORTED, "2023-01-14")
    texts = {q.text: q for q in result.quotes}
    assert "the talks would continue" not in texts  # "They" names nobody in this article
    kept = texts["the agreement was void"]
    assert kept.kind == "reported" and kept.speaker_text == "A spokesman for the junta"
    for q in result.quotes:
        assert REPORTED[q.start:q.end] == q.text


def test_quote_offsets_point_into_the_article_in_every_bundled_example(example) -> None:
    from conftest import EXAMPLES

    for path in sorted(EXAMPLES.glob("*.txt")):
        result = example(path.name)
        text = path.read_text(encoding="utf-8")
        assert result.quotes, path.name
        for q in result.quotes:
            assert text[q.start:q.end] == q.text, (path.name, q)
            assert q.speaker_text and q.verb


@pytest.mark.skipif(not (SHARED / "examples" / "bennett_moscow_2022-03-05.txt").exists(),
                    reason="../shared/examples not present: the canonical example is not part of a user's clone")
def test_canonical_example_when_where_and_who_said_it(analyse) -> None:
    text = (SHARED / "examples" / "bennett_moscow_2022-03-05.txt").read_text(encoding="utf-8")
    result = analyse(text, "2022-03-05")
    meeting = next(e for e in result.events if e.cameo_root == "04" and e.cameo != "041"
                   and e.target and e.target.code == "RUSGOV")
    assert meeting.date == "2022-03-05"
    assert meeting.location is not None and meeting.location.name == "Moscow"
    assert meeting.location.country == "RUS" and abs(meeting.location.lat - 55.75) < 0.1
    berlin = next(e for e in result.events if e.target and e.target.code == "DEUGOV")
    assert berlin.location is not None and berlin.location.name == "Berlin"
    invasion = next(e for e in result.events if e.cameo_root == "19")
    assert invasion.date == "2022-02-24"
    spokesman = [q for q in result.quotes if q.speaker_text == "his spokesman" and q.kind == "direct"]
    assert spokesman and spokesman[0].speaker_code == "ISRGOV"
    texts = [s.text for s in result.summary]
    assert len(texts) == len(set(texts)) <= 3
