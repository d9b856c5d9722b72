"""Group and office nouns that name a party become entities: a country's officials with a topic or rank word
between ("Peruvian fisheries officials", "Senior Chilean officials"), their sector from a body noun there
("Korean bank officials" BUS); the committee of creditor banks (BUS, of no country the sentence names);
armed "outfits" (REB); a tribe (CVL); a court and bare "authorities" of the place their clause names or of
the story. Generic phrases and regions stay no party."""

from __future__ import annotations

from conftest import code_of, mention_codes
from newsevents import ArticleResult

DAY = "1987-06-10"


def codes(result: ArticleResult) -> set[str | None]:
    """The actor codes of all entities of an article."""
    return {e.actor.code if e.actor else None for e in result.entities}


def test_topic_word_between_country_and_officials(analyse) -> None:
    result = analyse("Okafor, in Lima for talks with Peruvian fisheries officials, said the quota would stay.",
                     DAY)
    assert code_of(result, "Peruvian fisheries officials") == "PERGOV"
    assert any(c == "040" and t == "PERGOV" for c, _, t in mention_codes(result)), mention_codes(result)


def test_rank_word_capitalised_at_sentence_start(analyse) -> None:
    result = analyse("Senior Chilean officials met the copper producers in Santiago on Monday.", DAY)
    assert code_of(result, "Senior Chilean officials") == "CHLGOV"


def test_body_noun_gives_the_officials_sector(analyse) -> None:
    result = analyse("South Korean bank officials said they would cut lending to Peru.", DAY)
    assert code_of(result, "South Korean bank officials") == "KORBUS"
    result = analyse("Turkish army officials said the rebels fled toward the border.", DAY)
    assert code_of(result, "Turkish army officials") == "TURMIL"


def test_region_before_a_demonym_is_no_country(analyse) -> None:
    result = analyse("Central American officials met in Managua on Monday.", DAY)
    assert not any(c and c.startswith("USA") for c in codes(result)), codes(result)


def test_bare_officials_stay_no_party(analyse) -> None:
    result = analyse("Officials said the talks would resume next week.", DAY)
    assert not any(c and c.endswith("GOV") for c in codes(result)), codes(result)


def test_bank_advisory_committee_is_foreign_business(analyse) -> None:
    result = analyse("The 12-bank advisory committee rejected the new proposal from Peru on Tuesday.", DAY)
    assert code_of(result, "The 12-bank advisory committee") == "BUS"
    triples = mention_codes(result)
    assert any(c == "120" and s == "BUS" for c, s, _ in triples), triples
    assert not any(s == "PERBUS" for _, s, _ in triples), triples


def test_creditor_banks_take_no_country_from_the_debtor(analyse) -> None:
    result = analyse("The creditor banks rejected the proposal from Uruguay.", DAY)
    assert not any(s == "URYBUS" for _, s, _ in mention_codes(result)), mention_codes(result)


def test_a_special_committee_is_no_bank_committee(analyse) -> None:
    result = analyse("A special committee will study the Argentine proposal, the minister said.", DAY)
    assert not any(c and c.endswith("BUS") for c in codes(result)), codes(result)


def test_militant_outfits_are_rebels(analyse) -> None:
    result = analyse("Two militants were killed when rival militant outfits exchanged fire in Orakzai Agency.",
                     "2012-05-02")
    assert code_of(result, "rival militant outfits") == "PAKREB"


def test_tribe_is_a_civilian_body(analyse) -> None:
    result = analyse("The local tribe had banned the entry of shepherds into their area in Kurram Agency.",
                     "2012-05-02")
    assert code_of(result, "The local tribe") == "PAKCVL"


def test_court_in_a_town_is_its_countrys_judiciary(analyse) -> None:
    result = analyse("Militants attacked a Police post in Kupwara District on Monday. The court in Baramulla "
                     "later sentenced three men to life imprisonment.", "2012-05-02")
    assert code_of(result, "The court") == "INDJUD"
    assert any(c == "173" and s == "INDJUD" for c, s, _ in mention_codes(result)), mention_codes(result)


def test_bare_authorities_are_those_of_the_clause_place(analyse) -> None:
    result = analyse("Authorities have stopped hundreds of migrants in Guatemala from boarding the trucks.",
                     "2014-08-01")
    assert code_of(result, "Authorities") == "GTMGOV"


def test_a_peoples_court_of_maoists_is_no_state_judiciary(analyse) -> None:
    result = analyse("Maoists killed a Police informer in Gumla District on Monday. Police said the Maoists held a "
                     "peoples court before killing him.", "2012-05-02")
    assert not any(c == "INDJUD" for c in codes(result)), codes(result)


def test_judicial_officials_are_the_judiciary(analyse) -> None:
    result = analyse("Honduran judicial officials have invoked the anti-terrorism law to prosecute gang members.",
                     "2016-03-12")
    assert code_of(result, "Honduran judicial officials") == "HNDJUD"
