"""Recall of acts a CAMEO coder codes that the lexicon missed (event_triggers.csv and event_cues.csv rows of session
8): reports and bodies that voice concern about, document abuses by, declare unlawful, implicate, point to or
lambast a named party; "suggesting" as an inference (no appeal); guilty pleas entered before a court; marches and
strikes led or organised; appeals to lay down arms; acts coordinated with a party; intelligence shared; supplies
sent; refugees accepted; asset freezes and blacklists; visas revoked and powers stripped; arrest warrants issued
(no demand). Each row has a real use and a use of the same word that is no event (most need their target,
statements also their source, read as a coded actor: the `party:` condition). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, event_codes, mention_codes
from newsevents import ArticleResult, Pipeline
from newsevents.errors import DataError
from newsevents.events.lexicon import _our_conditions, default_lexicon

Analyse = Callable[..., ArticleResult]
DAY = "2016-04-12"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # 012: concern voiced or expressed about a party
    ("Amnesty International voiced concern over Mexico's human rights record.", "012", "NGO", "MEX"),
    ("The European Union expressed concern about Venezuela's treatment of protesters.", "012", "IGOEU", "VEN"),
    # 111: a report or body documents abuses by a party, declares its act unlawful, lambasts or rebukes it
    ("Human Rights Watch documented abuses by the Mexican army in Guerrero.", "111", "NGO", "MEXMIL"),
    ("The Honduran Congress declared the OAS mission unconstitutional.", "111", "HNDLEG", "IGO"),
    ("The Brazilian president lambasted the Venezuelan government for the crisis.", "111", "BRAGOV", "VENGOV"),
    ("Human Rights Watch rebuked Mexico's army over the killings.", "111", "NGO", "MEXMIL"),
    ("The UN decried the attacks by the Taliban on schools.", "111", "IGOUNO", "AFGREB"),
    # 112: a report implicates a party; investigators point to one as behind a crime
    ("The prosecutor's report implicates Colombia's army commander in the massacre.", "112", "COL", "COLMIL"),
    ("Mexican prosecutors pointed to the Sinaloa Cartel as the mastermind of the attack.", "112", "MEXJUD",
     "MEXCRM"),
    # 015/016: a plea entered before a court (its target)
    ("Colombian trafficker Juan Carrillo pleaded guilty in a US federal court to drug charges.", "015", "COLCRM",
     "USAJUD"),
    # 025: an appeal to lay down arms or disarm (0256, de-escalation)
    ("The Colombian government called on the ELN to lay down its weapons.", "025", "COLGOV", "COLREB"),
    ("Venezuela's president urged the gangs to disarm.", "025", "VENGOV", "VENCRM"),
    # 060: an act coordinated with a named party
    ("Colombian police coordinated the operation with the US Drug Enforcement Administration.", "060", "COLCOP",
     "USACOP"),
    # 064: intelligence or a location handed to a party
    ("The US Embassy gave Mexican Marines the location of Arturo Beltran Leyva.", "064", "USAGOV", "MEXMIL"),
    ("The United States provided intelligence to the Mexican army.", "064", "USA", "MEXMIL"),
    ("The DEA passed intelligence on the cartel's leader to Mexican authorities.", "064", "USACOP", "MEXGOV"),
    # 070/075: supplies sent or handed over ("supplies" has the lemma "supply"); refugees accepted or taken in
    ("The United States sent emergency supplies to Nepal.", "070", "USA", "NPL"),
    ("The United States handed over medical equipment to Ethiopia's Ministry of Health.", "070", "USA", "ETHGOV"),
    ("Germany accepted 1,500 Syrian refugees.", "075", "DEU", "SYR"),
    ("Colombia has taken in more than a million Venezuelan migrants.", "075", "COL", "VEN"),
    # 163: sanctions worded as an asset freeze or a blacklisting
    ("The US Treasury froze the assets of two Sinaloa Cartel leaders.", "163", "USAGOV", "MEXCRM"),
    ("The US Treasury blacklisted three Mexican companies linked to the Sinaloa Cartel.", "163", "USAGOV", "MEX"),
    # 172: a visa revoked, a body stripped of its powers or immunity
    ("The US State Department revoked the visa of Guatemalan President Jimmy Morales.", "172", "USAGOV", "GTMGOV"),
    ("Venezuela's Supreme Court stripped the National Assembly of its powers.", "172", "VENJUD", "VENLEG"),
    # 173: an arrest warrant issued (no demand: the warrant is the act)
    ("A Brazilian judge issued an arrest warrant for former president Lula da Silva.", "173", "BRAJUD", "BRAELI"),
    # 141/143: a march or strike led or organised (`lead`, `organize` light verbs)
    ("Opposition leader Leopoldo Lopez led the protests against Maduro's government.", "141", "", "VENGOV"),
    ("The union organized a strike against the Mexican government.", "143", "", "MEXGOV"),
])
def test_act_is_found_with_its_parties(analyse: Analyse, text: str, code: str, source: str,
                                       target: str) -> None:
    assert_mention(analyse(text, DAY), code, source, target)


@pytest.mark.parametrize(("text", "code"), [
    ("Opposition leader Henrique Capriles led a march in Caracas to demand security.", "141"),
    ("Guerrero's doctors led a 24-hour strike on Monday.", "143"),
    ("A report by the Inter-American Commission documents the deplorable conditions in Venezuela's prisons.", "111"),
])
def test_act_is_coded(analyse: Analyse, text: str, code: str) -> None:
    assert code in event_codes(analyse(text, DAY))


@pytest.mark.parametrize(("text", "absent"), [
    ("Economists voiced concern about inflation in Brazil.", "012"),  # worry about no party
    ("Investors expressed concern over rising interest rates.", "012"),
    ("The museum documented the history of the Mexican army.", "111"),  # a history is no abuse
    ("The study documents the conditions of coffee farmers in Colombia.", "111"),  # no deplorable conditions
    ("The Supreme Court declared the law unconstitutional.", "111"),  # a law is no party
    ("Mexico's Senate declared a national day of mourning.", "111"),
    ("Three officers implicated in the massacre were arrested.", "112"),  # no one implicates them here
    ("The minister pointed to Colombia as an example for the region.", "112"),  # an example, no culprit
    ("The report pointed to rising inflation as the main risk.", "112"),
    # a statement needs its maker read as an actor: a deal or evidence states nothing
    ("The deal raised concerns about Japan's market share.", "012"),
    ("Evidence implicates the Colombian army in the massacre.", "112"),
    ("Initial investigations have pointed to the participation of the Zetas in the kidnapping.", "112"),
    ("The bishop decried the violence in Honduras.", "111"),  # violence is no party
    ("The general led a march of 2,000 troops across the border.", "141"),  # a troop march is no protest
    ("The march of technology continues in Brazil.", "141"),
    ("Mexican teachers organized a conference on education.", "143"),
    ("IBM led a rally in technology stocks on Wall Street.", "141"),  # a market rally, no demonstration
    ("Japanese investors led the attack on the dollar.", "180"),  # `lead` is light only for dissent
    ("The Salvadoran army turned a blind eye to arms trafficking by its officers.", "190"),  # ignoring, no attack
    ("The Treasury banned American citizens from doing business with the Sinaloa Cartel.", "172"),  # not on citizens
    ("The union organized a strike against the Mexican government.", "180"),  # a labour strike is no attack
    ("The ministry will coordinate the vaccination programme with hospitals.", "060"),  # no party
    ("There have been reports of the Mexican gangs coordinating with the Sinaloa Cartel.", "060"),  # a description
    ("The Mexican government froze wages for public workers.", "163"),  # wages are no assets
    ("The radio station blacklisted the song.", "163"),  # a song is no party
    ("The new map gives the location of every school in Mexico.", "064"),  # given to no party
    ("The ministry provided intelligence about crime trends.", "064"),
    ("The government revoked the decree on Monday.", "172"),  # a decree is no party
    ("Mexican officials accepted bribes from the Zetas.", "075"),  # bribes are no refugees
    ("The factory sent supplies to its stores in Texas.", "070"),  # stores are no party
    ("Workers stripped the building of its copper wiring.", "172"),
    ("A Brazilian judge issued an arrest warrant for former president Lula da Silva.", "100"),
    # "suggest" as an inference: a participle adjunct or a finding as its subject is no appeal
    ("Guerrillas from the FARC attacked a radar installation in Cauca, suggesting a concerted effort by the "
     "rebels to attack Colombia's infrastructure.", "020"),
    ("The study suggests a link between the Colombian army and paramilitary groups.", "020"),
])
def test_other_senses_are_not_these_events(analyse: Analyse, text: str, absent: str) -> None:
    assert absent not in event_codes(analyse(text, DAY))


def test_suggestion_made_to_a_party_is_still_an_appeal(analyse: Analyse) -> None:
    text = "The US president suggested to Mexico that the two countries form a joint task force."
    assert any(c == "020" and t == "MEXGOV" for c, _, t in mention_codes(analyse(text, DAY)))


def test_not_guilty_plea_before_a_court_is_a_denial(analyse: Analyse) -> None:
    found = mention_codes(analyse("The Honduran mayor pleaded not guilty before a US federal judge.", DAY))
    assert any(c == "016" and t == "USAJUD" for c, _, t in found), found


def test_party_condition_is_read_from_the_table() -> None:
    rules = default_lexicon().rules[("voice", "VERB")]
    assert any(r.cameo == "012" and r.needs_parties == {"target", "source"} for r in rules)


def test_party_condition_names_only_target_or_source() -> None:
    assert _our_conditions("party:target|source", "t")[0].words == {"target", "source"}
    with pytest.raises(DataError):
        _our_conditions("party:object", "t")


def test_object_and_context_words_are_listed_as_their_lemmas(pipeline: Pipeline) -> None:
    """`obj:` and `ctx:` words are compared with lemmas: a plural listed without its lemma ("supplies" without
    "supply") never matches."""
    import csv
    from importlib import resources

    text = resources.files("newsevents").joinpath("data/event_triggers.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(line for line in text.splitlines() if line and not line.startswith("#")))[1:]
    lists = [set(words.split("|")) for row in rows for part in row[4].split(";")
             for kind, _, words in [part.partition(":")] if kind in {"obj", "ctx"}]
    plain = sorted({w for ws in lists for w in ws if w.isalpha()})
    with pipeline.nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]):
        lemma = {w: pipeline.nlp(f"They saw the {w}.")[3].lemma_.lower() for w in plain}
    dead = [(w, lemma[w]) for ws in lists for w in ws if w in lemma and lemma[w] != w and lemma[w] not in ws]
    assert not dead, dead
