"""Session 43: with no publication date to choose a person's tenure by (SATP and InsightCrime records carry
none), the office the text's own title gives picks it among the person's tenures of the same country: "Union
Home Minister Rajnath Singh" is his interior ministry (GOV), not his later defence ministry (MIL). A title
never moves an international official back to an earlier national office. Sentences written for these
tests."""

from __future__ import annotations

from newsevents import Article, Pipeline


def code_undated(pipeline: Pipeline, text: str, name: str) -> str | None:
    result = pipeline.analyse(Article(id="t", text=text, published=None))
    found = [e for e in result.entities if e.name == name]
    assert found, [e.name for e in result.entities]
    return found[0].actor.code if found[0].actor else None


def test_undated_home_minister_is_his_interior_tenure(pipeline: Pipeline) -> None:
    text = ("Union Home Minister Rajnath Singh on August 16 held a high level review meeting on Assam and "
            "instructed security officials to restore peace.")
    assert code_undated(pipeline, text, "Rajnath Singh") == "INDGOV"


def test_undated_defence_minister_keeps_his_defence_tenure(pipeline: Pipeline) -> None:
    text = "Defence Minister Rajnath Singh visited troops in Ladakh on Friday and praised their courage."
    assert code_undated(pipeline, text, "Rajnath Singh") == "INDMIL"


def test_undated_un_chief_keeps_his_international_office(pipeline: Pipeline) -> None:
    text = ("UN Secretary General Antonio Guterres called on Guatemala to renew the mandate of the "
            "anti-impunity commission.")
    assert code_undated(pipeline, text, "Antonio Guterres") == "IGOUNO"
