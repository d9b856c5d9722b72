"""An article's result does not depend on the articles batched with it (dated names are read on its own day),
and former places of 1980s news are found in their country."""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline
from newsevents.where import default_gazetteer

COLD_WAR = Article(id="1987", published=date(1987, 6, 16),
                   text="Soviet troops left Kabul. Gorbachev met Honecker in East Berlin and flew on to Leningrad. "
                        "West Berlin police arrested two protesters, and Yugoslavia protested to Czechoslovakia.")
TODAY = Article(id="2024", published=date(2024, 3, 4),
                text="Macron met Scholz in Paris on Monday. Russia protested to Serbia.")


def _coding(pipeline: Pipeline, article: Article, batch: list[Article]) -> tuple[object, object]:
    result = next(r for r in pipeline.run(batch) if r.article.id == article.id)
    entities = sorted((e.name, e.actor.code if e.actor else None, e.place.country if e.place else None)
                      for e in result.entities)
    events = sorted((e.cameo, e.source.code, e.target.code) for e in result.events)
    return entities, events


def test_an_article_codes_the_same_alone_and_before_an_article_of_another_decade(pipeline: Pipeline) -> None:
    alone = _coding(pipeline, COLD_WAR, [COLD_WAR])
    assert _coding(pipeline, COLD_WAR, [COLD_WAR, TODAY]) == alone
    assert _coding(pipeline, TODAY, [COLD_WAR, TODAY]) == _coding(pipeline, TODAY, [TODAY])


def test_former_places_are_in_their_country() -> None:
    gazetteer = default_gazetteer()
    for name, country in [("East Berlin", "DEU"), ("West Berlin", "DEU"), ("Upper Volta", "BFA"),
                          ("Leningrad", "RUS"), ("Rangoon", "MMR")]:
        place = gazetteer.geocode(name)
        assert place is not None and place.country == country, name
