"""Actor codes, round 12: a body's counsel acts for the body ("its counsel" of a company is BUS), a
person's counsel stays a lawyer (JUD).

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline

DAY = date(1987, 3, 3)


def _names(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    result = pipeline.analyse(Article(id="t", text=text, published=DAY))
    return {e.name: (e.actor.code if e.actor else None) for e in result.entities}


def test_company_counsel_is_the_company(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Acme Steel Corp said its counsel would study the offer by Bolt Industries Inc.")
    counsel = [c for n, c in codes.items() if n.startswith("counsel")]
    assert counsel and all(c is not None and c.endswith("BUS") for c in counsel)


def test_persons_counsel_stays_a_lawyer(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Mexican police arrested Joaquin Guzman on Monday. "
                             "His counsel said he would appeal the ruling.")
    counsel = [c for n, c in codes.items() if n.startswith("counsel")]
    assert counsel and all(c is not None and c.endswith("JUD") for c in counsel)


def test_group_named_after_its_crime_is_criminal(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Police in Guatemala arrested Carlos Ramirez Lopez, alias 'El Tigre', the leader "
                             "of the Revolutionary Front of Organized Crime, a drug gang.")
    assert codes.get("Revolutionary Front of Organized Crime") == "GTMCRM"
    assert codes.get("Carlos Ramirez Lopez") == "GTMCRM"


def test_unit_named_after_the_crime_it_fights_stays_police() -> None:
    from newsevents.actors.org_names import OrgNameReader
    reader = OrgNameReader()
    assert reader.sector("Organized Crime Special Unit") == "COP"
    assert reader.sector("Revolutionary Movement of Organized Crime") == "CRM"
    assert reader.sector("Liberation Front") == "REB"


def test_igo_envoy_acts_for_the_igo(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Abdel Karim Hussein, the International Monetary Fund's envoy, met Kenyan "
                             "officials on Monday. The IMF envoy, Ahmed Hassan, met Egyptian officials in Cairo.")
    assert codes.get("Abdel Karim Hussein") == "IGOUNOIMF"
    assert codes.get("Ahmed Hassan") == "IGOUNOIMF"


def test_company_president_stays_the_companys(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Philip Bakes, Eastern Airlines' president, met union leaders.")
    assert codes.get("Philip Bakes") == "USABUS"


def test_a_citys_brokers_are_business(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Two New York brokers were charged with fraud.")
    assert "USABUS" in codes.values()
    assert "USA" not in [c for n, c in codes.items() if "broker" in n]
