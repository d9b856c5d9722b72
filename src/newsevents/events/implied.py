"""The doer a coder infers for a state's act told with no doer: "the capture of El Chapo", "X was extradited
from Venezuela to the US", "Montesinos was sentenced", "the investigation into the Zetas".

Only a state arrests, extradites, sentences or investigates a crime: a CAMEO coder codes such an act with the
state as its source (MEXGOV, VENGOV, PERJUD), where a reader that only reads doers leaves it empty. The acts,
the doer's sector and where its country may come from are `data/implied_doers.csv`. The doer is inferred only
when the event has a coded target but no source, and the sentence names no doer the reader could not code (a
passive with no by-agent, a noun with no doer's possessor, by-phrase, modifier or doing verb: "X carried out
the arrest"). Its country is, in order: a place the act's clause names ("from Venezuela" first for a handover,
"in Switzerland"), a place the clause hangs on ("fled to Guatemala, where he was captured"), the event's
place, and then, where the row allows it, the target's country (a domestic act) or the story's home; those
last two only when the sentence places nothing in another country and does not say the act was abroad. Never
against another country's state body (its own courts would not arrest a foreign army's soldiers). The source
says so: `ActorRef.basis` "implied".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry
from spacy.tokens import Token

from ..extensions import sentence_of
from ..model import ActorRef
from ..resources import load_table, split_list
from .arguments import Argument, ArgumentReader
from .parties import PLACE_TYPES, is_passive, patient_possessor

IMPLIED = "implied"  # ActorRef.basis of an inferred doer (docs/output.md)
# A target of these sectors is a state's own body: another state neither arrests nor tries it.
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Parse relations that name a verb's doer, coded or not ("they arrested", "arrested by gunmen").
DOER_RELATIONS = frozenset({"nsubj", "agent", "csubj", "expl"})
# A participle hung on a noun ("Colombians detained in China") is passive in meaning.
PARTICIPLE_RELATIONS = frozenset({"acl", "relcl"})
COLUMNS = ("kind", "cameo", "word", "sector", "named", "places", "story", "targets", "source")


@dataclass(frozen=True)
class ImpliedAct:
    """One act row of `implied_doers.csv`: whose act a code (and trigger word) is, and where its country may
    come from."""

    cameo: str
    word: str
    sector: str
    named: tuple[str, ...]
    places: tuple[str, ...]
    story: bool
    targets: frozenset[str]


@cache
def _rows() -> tuple[dict[str, str], ...]:
    return tuple(dict(row) for row in load_table("implied_doers", COLUMNS))


@cache
def implied_acts() -> tuple[ImpliedAct, ...]:
    """The act rows, most specific first (a row with a trigger word, then the longest code)."""
    acts = [ImpliedAct(row["cameo"], row["word"].lower(), row["sector"], tuple(split_list(row["named"])),
                       tuple(split_list(row["places"])), row["story"] == "yes",
                       frozenset(split_list(row["targets"])))
            for row in _rows() if row["kind"] == "act"]
    return tuple(sorted(acts, key=lambda a: (not a.word, -len(a.cameo))))


@cache
def implied_words(kind: str) -> frozenset[str]:
    """The words of one non-act kind (`doer_verb`, `away_word`)."""
    return frozenset(row["word"].lower() for row in _rows() if row["kind"] == kind)


def implied_act(cameo: str, lemma: str) -> ImpliedAct | None:
    """The row covering an event code and its trigger's lemma, None when the act is no state's alone."""
    for act in implied_acts():
        if cameo.startswith(act.cameo) and act.word in {"", lemma}:
            return act
    return None


def implied_sources(tok: Token, pos: str, cameo: str, targets: list[Argument], reader: ArgumentReader,
                    place_id: str | None) -> list[Argument]:
    """The state a coder infers did the act `tok` names with no doer read (see the module's docstring); []
    when none may be inferred."""
    act = implied_act(cameo, tok.lemma_.lower())
    codes = [a.ref.code or "" for a in targets]
    # an uncoded target may be anyone, a foreign force among them ("two U.S. Marines were arrested")
    if act is None or not codes or not all(codes) or reader.in_dateline(tok):
        return []
    if _names_doer(tok, pos, reader, targets):
        return []
    if act.targets and not all(_sector_of(code) in act.targets for code in codes):
        return []
    country = _act_country(tok, act, targets, reader, place_id)
    if not country or any(_sector_of(c) in STATE_BODIES and c[:3] != country for c in codes if _placed(c)):
        return []
    sector = next((s for s in act.named if reader._sentence_names(tok, frozenset({s}))), act.sector)
    return [Argument(ActorRef(None, country + sector, IMPLIED), False, guessed=True)]


def _names_doer(tok: Token, pos: str, reader: ArgumentReader, targets: list[Argument]) -> bool:
    """Whether the sentence names (or may name) who did the act, coded or not: a verb's subject or by-agent,
    an active verb's unspoken subject; a noun's doer's possessor, by-phrase, modifier ("a police
    investigation", "the Mexican capture") or a verb doing it ("X carried out the arrest")."""
    if pos == "VERB":
        if any(c.dep_ in DOER_RELATIONS for c in tok.children):
            return True
        participle = tok.tag_ == "VBN" and (tok.dep_ in PARTICIPLE_RELATIONS or (
            tok.dep_ == "conj" and is_passive(tok.head)))  # "was captured and extradited"
        return not (is_passive(tok) or participle)
    target_ids = {a.ref.entity_id for a in targets if a.ref.entity_id}
    for child in tok.children:
        if child.dep_ == "poss" and not patient_possessor(tok):
            return True  # "Mexico's capture of X", "its investigation"
        if child.dep_ == "prep" and child.lower_ == "by":
            return True  # "an investigation by prosecutors"
        if child.dep_ in {"compound", "amod", "nmod"} and _names_body(child, reader, target_ids):
            return True
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # "called for the arrest"
    return (verb.lemma_.lower() in implied_words("doer_verb")
            and any(c.dep_ in DOER_RELATIONS for c in verb.children))


def _names_body(tok: Token, reader: ArgumentReader, target_ids: set[str]) -> bool:
    """A noun's modifier that names a body or a country: an entity not among the targets ("a DEA probe",
    "Mexican authorities' capture"), a role word ("a police investigation"), a country's adjective."""
    eid = reader.mention_entity.get(tok.i)
    if eid is not None:
        return eid not in target_ids
    if reader.kb.country_of(tok.text):
        return True
    role = reader.kb.roles.get(tok.lemma_.lower()) or reader.kb.roles.get(tok.lower_)
    return role is not None


def _act_country(tok: Token, act: ImpliedAct, targets: list[Argument], reader: ArgumentReader,
                 place_id: str | None) -> str:
    """The country whose state did the act: the place its own phrases name (in the row's order of
    prepositions), the place a where-clause hangs on, the event's place; then, where the row allows it and
    the sentence places nothing abroad, the target's country when it is the story's, else the story's home
    when the target has no country of its own."""
    for prep in act.places:
        named = _prep_place_countries(tok, prep, reader)
        if len(named) > 1:
            return ""  # "dismantled in Brazil and Ecuador": two states' acts, or one unsaid
        if named:
            return named.pop()
    where = tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children)
    if where and reader._is_place_token(tok.head):
        return reader._place_country(tok.head)  # "fled to Guatemala, where he was captured"
    if not act.story:
        return ""  # the event's place may be where one was sent to ("was deported to Mexico")
    if place_id is not None and place_id in reader.entities:
        placed = reader._entity_country(reader.entities[place_id])
        if placed:
            return placed
    if _elsewhere(tok, reader, targets):
        return ""
    home = reader.home
    own = {c[:3] for a in targets if _placed(c := a.ref.code or "")}
    if own:
        return home if own == {home} else ""  # a foreigner's arrest with no place named: where is not told
    return home


def _prep_place_countries(tok: Token, prep: str, reader: ArgumentReader) -> set[str]:
    """The countries of the places named by the act's own phrases of one preposition ("from Venezuela"), with
    the places coordinated with them ("in Brazil and Ecuador")."""
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
            for o in p.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return {c for o in objs if reader._is_place_token(o) and (c := reader._place_country(o))}


def _elsewhere(tok: Token, reader: ArgumentReader, targets: list[Argument]) -> bool:
    """Whether the sentence may put the act outside the story's country: it names a place of another
    country ("arrested for flying drugs to China") or another country by a word outside the targets' own
    names ("in the capital of the Paraguayan state" in a Brazilian story; not "a Colombian was arrested"),
    says it was abroad, or the story has no home."""
    if not reader.home:
        return True
    target_ids = {a.ref.entity_id for a in targets}
    nationalities = {(a.ref.code or "")[:3] for a in targets}
    for t in sentence_of(tok):
        if t.lower_ in implied_words("away_word"):
            return True
        eid = reader.mention_entity.get(t.i)
        if eid in target_ids:
            continue
        if eid is not None and reader.entities[eid].type in PLACE_TYPES:
            country = reader._entity_country(reader.entities[eid])
        elif eid is not None:
            actor = reader.entities[eid].actor
            country = actor.country or "" if actor is not None and reader.entities[eid].type == "NORP" else ""
        elif t.pos_ in {"ADJ", "PROPN"}:
            country = reader.kb.country_of(t.text) or ""
            country = "" if country in nationalities else country  # the target's own nationality
        else:
            continue
        if country and country != reader.home:
            return True
    return False


@cache
def _placed(code: str) -> bool:
    """Whether an actor code opens with a country ("MEXCRM", "COL"), not a bare sector ("CVL")."""
    return len(code) >= 3 and (pycountry.countries.get(alpha_3=code[:3]) is not None
                               or pycountry.historic_countries.get(alpha_3=code[:3]) is not None)


def _sector_of(code: str) -> str:
    """The sector of an actor code ("MEXCRM" -> "CRM", "CVL" -> "CVL", "COL" -> "")."""
    return code[3:6] if _placed(code) else code[:3]
