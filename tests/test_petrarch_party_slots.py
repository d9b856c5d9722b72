"""PETRARCH verb patterns that only place a party: `* TO +` (the target is the object of the preposition after
the verb) and `+ * BY $` (the source is a passive verb's doer in its by-phrase), converted into dependency
conditions (`prep:to`, `agent:by`) rather than left out, on dictionaries and sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents import ArticleResult
from newsevents.events.lexicon import default_lexicon
from newsevents.petrarch import parse_verbs

Analyse = Callable[[str, str | None], ArticleResult]
DICTIONARY = "CAMEO.verbpatterns"

PATTERNS = """\
--- RETALIATE [190] ---
RETALIATE
- * AGAINST + [190]
- + * BY $ [020]
- * BY + [110]
- * + FOR [051]
"""


def test_a_preposition_before_the_target_and_a_by_phrase_source_become_conditions(tmp_path: Path) -> None:
    path = tmp_path / "slots.verbs.txt"
    path.write_text(PATTERNS, encoding="utf-8")
    parsed = parse_verbs(path)
    readings = {(p.cameo, p.condition, p.target) for p in parsed.patterns}
    assert ("190", "prep:against", ("against",)) in readings
    assert ("020", "agent:by", ("dobj",)) in readings  # the passive subject is the target
    # a target in a by-phrase is the passive doer our reader takes as source; a lone function word after the
    # target places no party: both stay out, counted
    assert not any(p.cameo in {"110", "051"} for p in parsed.patterns)
    assert parsed.skipped["target in a by-phrase (read as the doer)"] == 1
    assert parsed.skipped["only function words"] == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Nicaraguan rebels were exonerated by the Honduran government.", ("080", "HND", "NIC")),
    ("Iraqi troops were deported by the Kuwaiti government.", ("174", "KWT", "IRQ")),
])
def test_bundled_by_phrase_patterns_code_the_passive_doer_as_source(analyse: Analyse, text: str,
                                                                     expected: tuple[str, str, str]) -> None:
    result = analyse(text, "1988-05-02")
    assert expected in {(e.cameo, e.source and e.source.code[:3], e.target and e.target.code[:3])
                        for e in result.events}


def test_the_bundled_table_leaves_out_a_preposition_alone_before_the_target(analyse: Analyse) -> None:
    # `* TO +` would give the block's code to every use of the verb with that preposition ("fled to
    # Switzerland" 080, "withdraw funds from" 087): measured wrong on corpus sentences, so not converted
    rules = [r for lemma in ("flee", "retaliate", "withdraw", "exchange")
             for r in default_lexicon().rules[(lemma, "VERB")] if DICTIONARY in r.source]
    assert not any(r.conditions and all(c.kind == "prep" for c in r.conditions) for r in rules)
    result = analyse("The business tycoon has since fled to Switzerland.", "2015-05-02")
    assert not any(e.cameo == "080" for e in result.events)


def test_a_motion_verb_going_to_a_place_is_no_event(analyse: Analyse) -> None:
    # PETRARCH's FLY `* TO +` [036] is left out: where a motion verb goes is a place, not a party met
    result = analyse("The cartel flies the cocaine to the Brazilian border.", "2015-05-02")
    assert not any(e.cameo == "036" for e in result.events)
