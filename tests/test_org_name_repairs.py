"""Organisation names the NER cuts or splits: an opening bracket and the short form after it taken into the
name ("Lashkar e Jhangvi (LeJ"), a firm's name a news wire wraps in angle brackets read as several names
("<Metall und Rohstoff AG>": a person and a place), and the plural a coordination gives a group's name
("the Tijuana and Sinaloa Cartels")."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from conftest import code_of, entity_with
from newsevents.actors.mentions import _cut_open_bracket


def test_an_open_bracket_and_short_form_the_ner_took_in_end_the_name() -> None:
    doc = spacy.blank("en")("Harkat ul Ansar (HuA) claimed the blast.")
    cut = _cut_open_bracket(Span(doc, 0, 5, label="ORG"))  # "Harkat ul Ansar (HuA"
    assert cut.text == "Harkat ul Ansar"


def test_a_bracket_closed_inside_the_name_is_kept() -> None:
    doc = spacy.blank("en")("Communist Party of India (Maoist) cadres fled.")
    whole = Span(doc, 0, 7, label="ORG")
    assert _cut_open_bracket(whole).text == whole.text


def test_a_coordinated_plural_of_a_cartel_name_is_the_cartel(analyse) -> None:
    result = analyse("The Gulf and Sinaloa Cartels fought for control of the border town of Nuevo Laredo for "
                     "years, officials said.", "2012-05-02")
    assert code_of(result, "Sinaloa Cartels") == "MEXCRM"


def test_a_wire_tagged_firm_name_is_one_firm(analyse) -> None:
    result = analyse("<Ferrostaal und Partner AG>, a West German engineering firm, sued <Ohio Valley Electric "
                     "Corp> for 20 mln dlrs.", "1987-04-02")
    firm = entity_with(result, "Ferrostaal und Partner AG")
    assert firm.actor is not None and firm.actor.code == "DEUBUS"
    sued = [m for e in result.events for m in e.mentions if m.trigger == "sued"]
    assert sued and all(m.source and m.source.entity_id == firm.id for m in sued)
