"""The base of the argument reader (`arguments.py`): parse tokens and phrases read as parties, resolved to
the article's merged, coded entities; `Argument`, and the word sets and parse helpers the source, target and
event-noun readers share.

Every argument expands over conjuncts ("the presidents of Russia and Ukraine" is two targets). Pronouns
he/she/him/her resolve to the nearest preceding person of the last two sentences who is not the event's other
party; "his country" is the speaker's country.

A party named only inside a phrase is found by `party`: the phrase's own actor, else its owner (possessor,
of/in-phrase, the subject of a clause inside it: "a rise in West German rates", "overhauls in how Indonesia
manages"), else a role noun with no country ("charged a former clerk", "the police": the role's sector). A
preposition's objects (`prep_objects`) are parties unless they name where; a with-phrase before the verb or
after "together" is a co-agent, never a target. The places and countries of tokens (the clause's place, the
article's), what kind of act a word is (`matched_cameo`, `_violent`) and the passive (`is_passive`) are read
here for every role. The word sets these rules read are `data/party_words.csv` (`party_words.py`).

One who stands for another is read as the other: "I", "we", "my" in a quote are the speech verb's subject
("'My visit will be important,' Nakasone said"); a spokesman or representative for a body is the body; a
delegation or mission led by X is X's side (of the country modifying the group when X is coded with none);
an organisation's delegation or commission is the organisation ("an IMF commission"). These word sets are
`data/source_words.csv` (`source_words`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.candidates import FORMER
from ..actors.coding import former_sector
from ..actors.home import dominant_country, place_choice
from ..actors.knowledge import ActorKnowledge, Role, normalize
from ..actors.layout import read_layout
from ..actors.org_names import default_org_names
from ..actors.pronouns import agrees, extraposed_it, news_credits, one_person, person_genders, ticker_company
from ..actors.role_phrases import STATE_RANK_SECTORS, charged_people, charged_sector, headed_group_sector
from ..actors.titles import CRIME_SECTOR, HYPHENS, crime_trade_sector
from ..extensions import sentence_of
from ..model import ActorRef, Entity
from ..resources import load_table, noun_class_words
from .lexicon import NO_EVENT, EventLexicon
from .party_words import occurrence_verb, values, words

# "detained in Bangu prison", "jailed since 2010": what follows a participle of holding
HELD_PLACE_PREPS = {"in", "at", "inside", "outside", "since"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we"}
PLURAL_SUBJECT_PRONOUNS = {"they", "we"}
PLURAL_REFERENCES = frozenset({"they", "them"})  # what refers back to a plural group before it
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "csubj"})
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# "these coalminers", "the ministers": determiners of a plural noun referring back to people described earlier
# "former", "ex": a role noun's holder has left it; "the late", "then", "retired" say other things here
FORMER_WORDS = FORMER - {"late", "then", "retired"}
REFERRING_DETS = frozenset({"the", "these", "those"})
# what else in a phrase says which ones it is: "the Maoist cadres", "the two ministers" are read on their own
DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "appos", "relcl", "acl", "prep"})
ANAPHOR_WINDOW = 2  # sentences before its own in which a "these miners", a "they" find what they refer to
# Participles that make the person they describe a suspect of the crime they name ("a Colombian accused of").
ACCUSING_PARTICIPLES = frozenset({"accuse", "suspect", "wanted", "want"})
# Sectors of armed or criminal groups: a word before such a group naming another kind of body (a faith:
# "Islamic militants") leaves it armed.
ARMED_SECTORS = frozenset({"REB", "RAD", "UAF", "INS", "CRM"})
MODIFIER_TYPES = {"GPE", "NORP"}  # "a U.S. delegation", "Russian forces": the country acts
PLACE_TYPES = {"GPE", "LOC", "FAC"}
SITE_TYPES = frozenset({"LOC", "FAC"})  # roads, areas, buildings: named "X of <town>" they are in the town
WHERE_PREPS = frozenset({"at", "on", "in"})  # prepositions that may name where, not whom
# A phrase's owner: "the president of X", "a rise in X's rates" (an in-phrase place is where, not whose).
OWNER_PREPS = frozenset({"of", "in"})
# the prepositions by which a person word names where he is or is from ("persons in X", "a resident of X")
PLACED_PERSON_PREPS = frozenset({"in", "at", "near", "from", "of"})
# A subject's owner: "the head of the central bank met" (but "a rise in rates" acts for no one).
SUBJECT_OWNER_PREPS = frozenset({"of"})
MAX_DEPTH = 3
HEADLINE_SHARE = 0.7  # a sentence whose longer words are this often capitalised is a title-case headline
MAX_CLAUSE_HOPS = 8  # how far up the parse a first-person word is looked for the speech verb reporting it
# Sectors that are a party with no country: "militants attacked", "gunmen shot dead", "rebels ambushed" code
# UAF/REB/... on their own; a state body ("officials warned", "police said") needs to be someone's.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PTY", "IGO"})
# Named entity types a capitalised role word is not ("Maoists attacked" is a group; "Gulzar" is a name).
NAME_TYPES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# Things a person owns or travels in: "attacked the residence of ex-Senator X", "ambushed the minister's
# convoy" act on that person (while "the cousin of X" is another person than X).
OWNED_THINGS = words("owned_thing")
# "positions held by the army", "a factory run by Tata": the doer of these verbs owns what they describe.
OWNER_VERBS = values("owner_verb")  # participle -> the preposition naming the owner ("" = its by-agent)
COLLECTIVES = words("collective")  # "Cross's investor group": a group a person leads stands for him
# A body's installations stand for the body: "attacked a police station", "an army camp", "a CRPF post".
INSTALLATIONS = words("installation")
FAITH_WORDS = words("faith_word")  # "two Shia lawyers": what the lawyers believe, not whose they are
MEMBER_KINDS = words("member_kind")  # "a woman Maoist cadre": a kind of member, no civilian
FORCE_SECTORS = frozenset({"COP", "MIL"})  # a state's forces: their members are never civilians as victims
PRIVATE_SECTORS = frozenset({"CVL", "PPL"})  # "a woman shopkeeper": a private person, no group's member
# What a person puts forward: "agreed to Rha's proposal", "rejected the minister's offer" are his.
PROPOSALS = words("proposal")
# What one party charges another with: "dismissed the claims of the FARC" answers the FARC.
ACCUSATIONS = words("accusation")
# Legal and police acts (CAMEO 173 arrest, detain, charge; 174 expel, deport, extradite): with no doer named,
# a coder codes the police of the place ("was arrested in Lima": Peru's police).
POLICE_ACTS = ("173", "174")
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})  # what a report can do
COURT_NOUNS = words("court_noun")  # "a US indictment": the United States' judiciary indicted
# Who may be guessed to have made an arrest (the sentence must name one); `sources.COURT_SECTORS` a charge,
# indictment or sentence.
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
# Where an event noun holds the doer of a passive verb: "was killed in an encounter with police".
IN_EVENT_PREPS = frozenset({"in", "during"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Acts done to people held or hunted, whose object "them" is read as a violent act's is (`_victims`): threats
# (13), coercion (17: arrests, detentions, expulsions), and releasing captives (084).
CAPTIVE_ROOTS = frozenset({"13", "17"})
CAPTIVE_CODES = frozenset({"084"})
SMALL_CLAUSE_VERBS = frozenset({"see", "find", "leave", "watch", "show"})  # "saw X killed": X is the victim
LINK_VERBS = frozenset({"stand", "remain", "stay", "seem", "appear", "become"})  # "stands accused": X is
DOCUMENTS = words("document")  # "a UN report says": the report's author is the source of what it says
ANAPHORIC_DETS = {"the", "these", "those", "both"}  # how deep a party is looked for inside a phrase
# An amount is never a party, whatever type the recogniser gave it: "INR 500,000", "Rs 5 lakh", "$2 million",
# "80 cts" (a currency code or sign, a number, a unit); "G7" or "M-19" (no space, a hyphen) are names.
AMOUNT = re.compile(r"^(?:(?:[A-Z]{2,3}|Rs\.?|Tk\.?|US\$|NT\$)\s+|[$€£¥])?\d[\d.,]*"
                    r"(?:\s+(?:million|billion|trillion|mln|bln|lakh|lakhs|crore|crores|cts|cents|dlrs|pct|"
                    r"percent|per cent|tonnes|tons|lb|lbs|kg|barrels))*$", re.IGNORECASE)
# "died in an encounter with troops", "died at the hands of the cartel": the subject of a verb of dying is
# the one killed, never the killer, who is named by the event it died in (`party_words.csv` death_verb).
DEATH_VERBS = words("death_verb")
HARM_VERBS = words("harm_verb")  # "the attack in which five soldiers were injured": harm suffered in an act
DOER_VERBS = words("doer_verb")  # "an attack carried out by X": the by-agent did the act the noun names
DEFENDANT_VERBS = words("defendant_verb")  # "X was named as a defendant in a suit": X is the one sued
ALLEGATION_VERBS = words("allegation_verb")  # "filed suit, alleging X violated the patent": X is sued
SUIT_PURPOSE_VERBS = words("suit_purpose_verb")  # "filed suit to block X from taking control": X is sued
RELATION_NOUNS = words("relation_noun")  # "enemies of X", "the governor's son": other people than X
KIN_NOUNS = words("kin_noun")  # "the murder of his son": a family member named only as kin is a civilian
CONDUCT_NOUNS = words("conduct_noun")  # "the police inaction": the police's conduct
CROWD_NOUNS = words("crowd_noun")  # "a crowd of growers": the growers
UNIT_NOUNS = words("unit_noun")  # "Peru's police division": a unit is of the body its modifier names
CO_AGENT_WORDS = frozenset({"together", "along", "jointly"})  # "together with X": X acts with the subject
CLAUSE_PLACE_PREPS = frozenset({"in", "at", "from", "near", "of"})
# Sectors of people every country has (legislators, businesses, civilians, workers): an unplaced role of
# one is of the one country a story with no home places all its places in.
PLACED_SECTORS = frozenset({"LEG", "BUS", "CVL", "LAB"})
# Prepositions that give examples of a plural role ("leaders like X", "officials including X").
EXAMPLE_PREPS = frozenset({"like", "including"})
# Where a place named for the main clause is the act's place too ("launched raids in Milan, arresting ...").
CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp", "dobj", "pobj", "pcomp", "nsubjpass", "nsubj"})
# Codes of no country a coder leaves so: international bodies, unnamed armed men (UAF) whose country the
# sentence does not tell.
UNPLACED_SECTORS = frozenset({"IGO", "NGO", "MNC", "UAF"})
# Codes a party named with no country keeps bare: bodies of many countries or none.
FREE_SECTORS = frozenset({"IGO", "NGO", "MNC"})


@dataclass(frozen=True)
class Argument:
    """A resolved source or target with how directly the parse gave it (for confidence)."""

    ref: ActorRef
    direct: bool  # False: inherited through a conjunction/complement, or a resolved pronoun
    guessed: bool = False  # an unnamed group's country taken from the story's home, not the sentence


def _plural_origin(obj: Token, prep: str) -> bool:
    """Whether a role's plural prepositional object may name where its people come from ("officials in 30
    countries"); in an of-phrase only places, states, peoples ("officials of 30 Asian countries", "delegates
    of the member states"), not what the verb's own of-complement says, which the parser may hang on the
    role ("warned the contractor of dire consequences", "accused the police of excesses")."""
    if obj.tag_ not in {"NNS", "NNPS"}:
        return False
    return prep != "of" or obj.ent_type_ in {"GPE", "NORP", "LOC"} \
        or obj.lemma_.lower() in words("origin_noun") or obj.lemma_.lower() in words("place_noun")


class PartyReader:
    """Reads parse tokens and phrases as parties of one parsed, actor-annotated Doc: the base of the
    argument reader."""

    def __init__(self, doc: Doc, lexicon: EventLexicon, kb: ActorKnowledge) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.kb = kb
        # "..., reports The Times of India": the newspaper that told the story is never a party of it.
        credits = news_credits(doc)
        self.entities: dict[str, Entity] = {e.id: e for e in (doc._.entities or [])}
        self.mention_entity: dict[int, str] = {i: eid for i, eid in (doc._.mention_entity or {}).items()
                                               if i not in credits and not _amount(self.entities.get(eid))}
        article = doc._.article
        self.day = article.published if article is not None else None
        # "the police arrested ...": a role of no country belongs to the story's country (the actor stage's
        # dateline, else the country the article is mainly about), as the actor stage codes unplaced bodies.
        self.home: str = doc._.home_country or ""
        # "KARACHI, March 3 -- Gunmen shot dead ...": the parser may make the dateline a subject; it is where
        # the story was filed, never a party.
        dateline = read_layout(doc).dateline
        self.dateline_end: int = dateline[1] if dateline else -1
        self._matched: dict[tuple[int, str], str] = {}

    def matched_cameo(self, tok: Token, pos: str = "VERB") -> str:
        """The CAMEO code of the trigger row that matches this use of the word ("captured the town": 192,
        "captured the drug lord": 173), "" when none does: what kind of act a word is depends on the row its
        clause matched, never on the word's first row (a new row must not change it)."""
        key = (tok.i, pos)
        if key not in self._matched:
            from .detect import EventDetector  # imported here: detect imports this module

            rule = EventDetector(self.lexicon, self.kb).matching_rule(tok, pos)
            self._matched[key] = rule.cameo if rule is not None else ""
        return self._matched[key]

    def settle(self, tok: Token, pos: str, cameo: str) -> None:
        """Record the code this use of the word reads as once its sense is known ("charged" matched as 112,
        read as the legal charge 173): the kind of act the parties are read for follows the sense."""
        self._matched[(tok.i, pos)] = cameo

    # -- noun phrases to actors --------------------------------------------------------------------

    def refs(self, tok: Token, exclude: set[str] | None = None) -> list[Argument]:
        """The actors a noun phrase headed by `tok` names, over its conjuncts."""
        out: list[Argument] = []
        for t in [tok, *tok.conjuncts]:
            out.extend(self._refs_of(t, exclude or set()))
            for m in self._named_misparsed_conjuncts(t) + wire_bracket_conjuncts(t):
                out.extend(self._refs_of(m, exclude or set()))
        seen: set[tuple[str | None, str | None]] = set()
        unique = []
        for arg in out:
            key = (arg.ref.entity_id, arg.ref.code)
            if key not in seen:
                seen.add(key)
                unique.append(arg)
        return unique

    def _named_misparsed_conjuncts(self, tok: Token) -> list[Token]:
        """"French Finance Minister Edouard Balladur and U.S. Treasury Secretary James Baker met": the parser
        hangs the first of two titled names on the second, or on its title, as a modifier that keeps the "and"
        (`_misparsed_conjuncts`); a named person or body other than the head's is a conjunct (not a country
        or nationality: "U.S. and Japanese officials" are officials of both)."""
        head = self.mention_entity.get(tok.i)
        if head is None:
            return []
        found: list[Token] = []
        nodes = [tok]
        for _ in range(MAX_DEPTH):  # the name, its title, the title's own modifiers
            found += [m for n in nodes for m in _misparsed_conjuncts(n) if m.pos_ == "PROPN"
                      and (eid := self.mention_entity.get(m.i)) is not None and eid != head
                      and self.entities[eid].type in {"PERSON", "ORG"}]
            nodes = [c for n in nodes for c in n.children if c.dep_ in {"nmod", "compound"} and c.i < n.i]
        return found

    def _refs_of(self, tok: Token, exclude: set[str]) -> list[Argument]:
        joint = self._joint_speakers(tok)
        if joint:
            return joint
        nationals = self._coordinated_nationals(tok)
        if nationals:
            return nationals
        eid = self.mention_entity.get(tok.i)
        if eid is None and (name := ticker_company(tok)) is not tok:
            # "an agreement with TEC America Inc <TCK>": the parser may head a company's name with the wire's
            # ticker after it, which names no one itself; the name before the bracket is the party
            return self._refs_of(name, exclude)
        if eid is not None and self._listed_place(tok, eid):
            return []
        if eid is not None:
            return [self._charged_nationals(self._placed_sector(Argument(self._ref(eid), True), tok), tok)]
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.refs(self._antecedent(tok.head))
        speaker = self._reported_speaker(tok)
        if speaker:
            return as_indirect(speaker)
        if tok.lower_ in PERSON_PRONOUNS:
            person = self._resolve_person_pronoun(tok, exclude)
            return [Argument(self._ref(person), False)] if person else []
        if tok.lower_ == "them":
            side = self._between_side(tok)
            if side is not None:
                return as_indirect(self.party(side, exclude, SUBJECT_OWNER_PREPS))
        if tok.lower_ == "they":
            group = self._plural_subject_before(tok)
            return as_indirect(self.party(group, exclude, SUBJECT_OWNER_PREPS)) if group is not None else []
        plural = self._plural_role(tok)
        if plural:
            return plural
        # "Maduro's government", "Israel's army": a body noun owned by a coded actor is that country's body.
        role = self.kb.roles.get(normalize(tok.lemma_))
        if role is not None and not role.person:
            for child in tok.children:
                if child.dep_ == "poss" and child.i in self.mention_entity:
                    owner = self.entities[self.mention_entity[child.i]]
                    if owner.actor and owner.actor.country:
                        return [Argument(ActorRef(None, owner.actor.country + role.sector), True)]
        # "a U.S. delegation", "Russian forces": a country modifying an unnamed group acts for it, as the
        # body a unit noun names when one does ("a Mexican army battalion" MEXMIL).
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.i in self.mention_entity:
                ent = self.entities[self.mention_entity[child.i]]
                if ent.type in MODIFIER_TYPES and ent.actor and ent.actor.country:
                    sector = self._unit_sector(tok) or self._modified_role_sector(tok)
                    country = Argument(ActorRef(None, ent.actor.country + sector), False)
                    # "the Australian proposal", "the U.S. strategy": the course its government takes
                    return [self._state_course(country, tok)]
        return []

    def _coordinated_nationals(self, tok: Token) -> list[Argument]:
        """"U.S. and Japanese officials", "American and Japanese negotiators", "Peruvian and Bolivian police":
        a plural role noun whose modifier is a list of countries or nationalities is that role of each
        country (USAGOV and JPNGOV), with the sector the actor stage read for the whole phrase, else the
        role's own; none when a listed word is no country ("Iranian and Western diplomats") or the role
        names no sector."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return []
        eid = self.mention_entity.get(tok.i)
        countries = next((found for m in tok.children if m.dep_ in {"amod", "compound", "nmod"}
                          and m.i < tok.i and (found := self._listed_countries(m, eid))), [])
        if len(set(countries)) < 2:
            return []
        actor = self.entities[eid].actor if eid is not None else None
        role = self.kb.roles.get(normalize(tok.lemma_))
        if actor is not None and actor.country in countries and actor.sector:
            sector = actor.sector  # the actor stage's reading of the phrase: "negotiators" GOV
        elif role is not None and role.sector and not role.counterpart:
            sector = role.sector
        else:
            return []
        return [Argument(ActorRef(eid if actor is not None and actor.code == country + sector else None,
                                  country + sector), True) for country in dict.fromkeys(countries)]

    def _listed_countries(self, mod: Token, phrase: str | None) -> list[str]:
        """The countries a coordinated modifier lists ("U.S. and Japanese": USA, JPN), each word a country or
        nationality: one the actor stage coded by its country alone, or, inside the role phrase's own entity
        (`phrase`), one the tables know ("West German"); [] when it lists no other word or one of them is
        no country."""
        conjuncts = mod.conjuncts
        if not conjuncts:
            return []
        out = []
        for node in [mod, *conjuncts]:
            eid = self.mention_entity.get(node.i)
            if eid is None or eid == phrase:
                # (its own words only: the first conjunct's subtree holds the others)
                name = " ".join(t.text for t in node.subtree
                                if (t.i <= node.i and t.dep_ == "compound") or t.i == node.i)
                country = self.kb.country_of(name)
            else:
                ent = self.entities[eid]
                country = ent.actor.country if ent.type in MODIFIER_TYPES and ent.actor is not None \
                    and ent.actor.code == ent.actor.country else None
            if country is None:
                return []
            out.append(country)
        return out

    def _charged_nationals(self, arg: Argument, tok: Token) -> Argument:
        """"Three Italians were arrested on cocaine charges": people named by their nationality alone (a
        NORP name coded by its country) whom their clause ties to a crime (`charged_people`) are criminals of
        that country (ITACRM), as a described person charged with a crime is; any other party as it is."""
        code, eid = arg.ref.code, arg.ref.entity_id
        ent = self.entities.get(eid) if eid is not None else None
        if ent is None or ent.type != "NORP" or not code or code not in self.kb.country_names \
                or not (charged_people(tok) or _accused_of_crime(tok)):
            return arg
        return Argument(ActorRef(eid, code + CRIME_SECTOR, arg.ref.basis), arg.direct, arg.guessed)

    def _unit_sector(self, tok: Token) -> str:
        """"Ecuador's anti-kidnapping police unit", "a Mexican army battalion": the sector of the body word
        modifying a unit noun (`party_words.csv` unit_noun: a part or team of a body, of no sector of its
        own); "" for any other noun, or a unit no body word modifies ("a Mexican group")."""
        if tok.lemma_.lower() not in UNIT_NOUNS and tok.lower_ not in UNIT_NOUNS:
            return ""
        for m in tok.children:
            if m.dep_ in {"compound", "amod", "nmod"} and m.i < tok.i and m.i not in self.mention_entity:
                body = self._body_word(m)
                # (a counterpart's unit is the other side's: "Brazil's creditor bank team")
                if body is not None and body.sector and not body.counterpart:
                    return body.sector
        return ""

    def _modified_role_sector(self, tok: Token) -> str:
        """"a senior Korean official", "the murder of a Colombian official", "an unnamed U.S. official": the
        sector of a role noun (roles.csv) a country word modifies, which the actor stage leaves unnamed when
        written with "a" (no holder of an office in particular); "" for a noun no row has, a role speaking
        for whomever it belongs to ("a Japanese spokesman": whose, the words do not say) and a counterpart
        ("Japanese creditor banks" may lend to anyone). A role's holders the clause ties to a crime are
        criminals ("a Colombian man was arrested for smuggling": CRM), as `charged_sector` reads them."""
        role = self.kb.roles.get(normalize(tok.lemma_)) or self.kb.roles.get(normalize(tok.text))
        if role is None or not role.sector or role.inherit or role.counterpart:
            return ""
        # (the row's sector, as the actor stage gives "Japanese officials" theirs: JPNGOV)
        return charged_sector(tok, role.sector, normalize(role.phrase))

    def _listed_place(self, tok: Token, eid: str) -> bool:
        """"the police chiefs of three towns - Ebano, Tamuin and San Vicente", "two villages, X and Y": an
        uncoded name listed after a noun for a settlement (`party_words.csv` place_noun) is a place, whatever
        type the recogniser gave it: where something happened, or whose officials, never a party itself."""
        ent = self.entities[eid]
        if ent.actor is not None and ent.actor.code:
            return False
        node = tok
        for _ in range(4):
            if node.dep_ not in {"conj", "appos", "pobj", "prep"} or node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ == "NOUN" and node.lemma_.lower() in words("place_noun"):
                return True
        return False

    def _reported_speaker(self, tok: Token) -> list[Argument]:
        """"Hamas said it was ready": a pronoun subject of a speech verb's complement is the speaker."""
        if tok.lower_ in source_words("first_person"):
            return self._quoting_speaker(tok)
        clause = tok.head
        if tok.dep_ != "nsubj" or tok.lower_ not in SUBJECT_PRONOUNS or clause.dep_ != "ccomp" \
                or extraposed_it(tok):
            return []
        if not self.lexicon.is_cue(clause.head.lemma_, "speech"):
            return []
        return [a for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in SUBJECT_PRONOUNS
                and not (tok.lower_ == "they" and self._one_person(c)) for a in self.refs(c)]

    def _one_person(self, tok: Token) -> bool:
        """"SP Kumar said they opened fire", "They were asked to surrender ..., the security official said": a
        phrase naming one person (a person's name, or a singular role noun for a person, with no "and") is
        never the "they" of what it says."""
        eid = self.mention_entity.get(tok.i)
        person = eid is not None and self.entity_types[eid] == "PERSON"
        return one_person(tok, person, self.mention_entity, self.entity_types)

    @cached_property
    def entity_types(self) -> dict[str, str]:
        """Each entity's type by its id, built once per article (the pronoun readers ask it per pronoun)."""
        return {i: e.type for i, e in self.entities.items()}

    def _joint_speakers(self, tok: Token) -> list[Argument]:
        """"Alder Corp and Birch Inc said they signed an agreement": a plural pronoun subject of a speech
        verb's complement is all the speakers the verb's conjoined subject names, where the actor stage merged
        it into one of them (two or more parties; else none, and the pronoun is read as usual)."""
        if tok.lower_ not in PLURAL_SUBJECT_PRONOUNS:
            return []
        speakers = self._reported_speaker(tok)
        if speakers:
            subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            known = {s.ref.entity_id for s in speakers}
            speakers += [a for c in subjects for m in _misparsed_conjuncts(c) for a in self.refs(m)
                         if a.ref.entity_id not in known]
        return as_indirect(speakers) if len(speakers) >= 2 else []

    def _quoting_speaker(self, tok: Token) -> list[Argument]:
        """"'My visit to the United States will be the most important,' Nakasone said", "we will strike
        again, the spokesman of the BLF said": "I", "we", "my" in a clause a speech verb reports (its
        complement, or the quote the verb is hung on) are the one the speech verb's subject names."""
        node = tok
        for _ in range(MAX_CLAUSE_HOPS):
            head = node.head
            if head is node:  # "'We will fight on,' he said": the speech verb may hang on the quote
                return self._speech_subjects([c for c in node.children if c.dep_ == "parataxis"
                                       and self.lexicon.is_cue(c.lemma_, "speech")])
            if node.dep_ in {"ccomp", "parataxis"} and self.lexicon.is_cue(head.lemma_, "speech"):
                return self._speech_subjects([head])
            node = head
        return []

    def _speech_subjects(self, verbs: list[Token]) -> list[Argument]:
        """The parties the subjects of speech verbs name (a first-person subject names none here)."""
        return as_indirect([a for v in verbs for c in v.children
                          if c.dep_ == "nsubj" and c.lower_ not in source_words("first_person")
                          for a in self.party(c, set(), SUBJECT_OWNER_PREPS)])

    def _ref(self, eid: str) -> ActorRef:
        ent = self.entities[eid]
        return ActorRef(eid, ent.actor.code if ent.actor else None)

    def _resolve_person_pronoun(self, tok: Token, exclude: set[str]) -> str | None:
        """The one person a "he"/"him" the actor stage left unread can stand for, or None.

        A subject "he"/"she" the actor stage (`actors.pronouns`: nearest fitting person subject) declined is
        one two people fit as well ("Abdullah called on Reagan. He will meet Whitehead" is read there, never
        guessed here). Any other pronoun is read as the one distinct person that fits in its own sentence
        before it, else (none there) in the previous sentence: a guess between two people is worse than no
        party."""
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return None
        start = sentence_of(tok).start
        first_sentence = sentence_of(self.doc[start - 1]).start if start > 0 else 0
        reporters = self._reporters(tok)
        tellers = {self.mention_entity.get(r) for r in reporters if r in self._teller_words(tok)}
        # "Khan said he shot him": the subject of the pronoun's own clause is never "him" (binding).
        own_subjects = {self.mention_entity.get(c.i) for c in clause_verb(tok).children
                        if c.dep_ in {"nsubj", "nsubjpass"}}
        here: set[str] = set()
        before: set[str] = set()
        for i, eid in self.mention_entity.items():
            if not first_sentence <= i < tok.i or eid in exclude or self.entities[eid].type != "PERSON":
                continue
            if self._place_name(eid):  # "Jamshed Town" typed a person is no "him"
                continue
            if not agrees(tok.lower_, eid, self.genders):  # "Ms. Escobedo" is no "him"
                continue
            if i in reporters or eid in own_subjects or self.doc[i].lower_ in PERSON_PRONOUNS \
                    or eid in tellers:  # the teller named before by another mention too
                continue
            (here if i >= start else before).add(eid)
        # As the actor stage reads "he": its own sentence first, then the previous one; one person or none.
        fitting = here or before
        return fitting.pop() if len(fitting) == 1 else None

    @cached_property
    def genders(self) -> dict[str, str]:
        """The sex the text gives each person it titles or refers back to by "he"/"she" (`person_genders`)."""
        return person_genders(self.doc, self.mention_entity)

    def _reporters(self, tok: Token) -> set[int]:
        """"Superintendent Anil Kumar said the Maoists killed him": the one who tells of a violent act is
        never its victim, so the words of the subject of a speech verb over the pronoun are no antecedent."""
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        # "said militants had tried to kill him": one may tell of an attempt on oneself.
        if tok.dep_ not in {"dobj", "pobj"} or verb.dep_ == "xcomp" or not self._violent(verb):
            return set()
        told = {t.i for speech in tok.ancestors if self.lexicon.is_cue(speech.lemma_, "speech")
                for c in speech.children if c.dep_ == "nsubj" for t in c.subtree}
        return told | self._teller_words(tok)

    def _teller_words(self, tok: Token) -> set[int]:
        """The words naming the teller of the clause a pronoun is in, up to any clause inside the phrase (a
        run-on sentence may hang the whole story on the speaker's name): the subject of a speech verb over
        the pronoun, and the one an according-to phrase in its sentence credits ("According to Inspector
        Kujur, the Maoists shot him")."""
        heads = [c for speech in tok.ancestors if self.lexicon.is_cue(speech.lemma_, "speech")
                 for c in speech.children if c.dep_ == "nsubj"]
        heads += [o for prep in sentence_of(tok) if prep.lower_ == "to" and prep.dep_ == "prep" and prep.i > 0
                  and self.doc[prep.i - 1].lower_ == "according" for o in prep.children if o.dep_ == "pobj"]
        return {i for h in heads for i in _phrase_words(h)}

    def _window(self, tok: Token) -> list[Token]:
        """The tokens before `tok` in its sentence and in the `ANAPHOR_WINDOW` sentences before it."""
        start = sentence_of(tok).start
        for _ in range(ANAPHOR_WINDOW):
            if start == 0:
                break
            start = sentence_of(self.doc[start - 1]).start
        return list(self.doc[start:tok.i])

    def _described_before(self, tok: Token) -> Token | None:
        """"Armed men kidnapped eight coal miners ... have kidnapped these coalminers", "EC industry ministers
        agreed on a plan. The ministers resolved ...": a plural noun with "the", "these" or "those" and
        nothing else that says which refers back to the plural noun of the same word ("coal miners" =
        "coalminers") that a modifier described, in its sentence or the two before; the nearest one, and none
        when two such nouns name different bodies. "the duo", "the trio": see `_counted_before`. Read in place
        of the noun (`_victims`)."""
        if tok.tag_ not in {"NNS", "NNPS", "NN"} or tok.i in self.mention_entity:
            return None
        if tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"}
                                                                     for c in tok.head.children):
            return None  # "the leaders killed were ...": a reduced relative misread, the noun is its victim
        dets = [c for c in tok.children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ not in REFERRING_DETS \
                or any(c.dep_ in DESCRIBING_DEPS for c in tok.children):
            return None
        word = tok.lemma_.lower()
        if tok.tag_ == "NN" and word in values("counted_group"):
            return self._counted_before(tok, int(values("counted_group")[word]))
        if tok.tag_ == "NN":
            return None
        found = [t for t in self._window(tok) if t.tag_ in {"NNS", "NNPS"} and self._party_word(t)
                 and word in {t.lemma_.lower(), _noun_words(t)}
                 and any(c.dep_ in DESCRIBING_DEPS or c.i in self.mention_entity for c in t.children)]
        # two described by different names ("LeT militants ... JeM militants ... the militants"): either
        # "approach creditor governments ... talk to the governments": an earlier phrase whose country is only
        # the story's guessed home says no more than the noun itself
        found = [t for t in found if not any(a.guessed for a in self.party(t, set(), OWNER_PREPS, MAX_DEPTH))]
        named = {names for t in found if (names := frozenset(self.mention_entity[d.i] for d in t.subtree
                                                              if d.i in self.mention_entity))}
        return found[-1] if found and len(named) <= 1 else None

    def _counted_before(self, tok: Token, count: int) -> Token | None:
        """"two unidentified assailants on a bike approached him ... provoked the duo to fire", "Ana Ruiz and
        Luis Pena were abducted ... the duo was freed": a word for so many people (`party_words.csv`
        counted_group: duo 2, trio 3) is the plural noun of that number, or the people named joined by "and"
        who are that many, in its sentence or the two before; none when two such phrases would do."""
        found = []
        for t in self._window(tok):
            numbers = [c for c in t.children if c.dep_ == "nummod"]
            counted = t.tag_ in {"NNS", "NNPS"} and len(numbers) == 1 and _number(numbers[0]) == count
            # "Ana Ruiz and her associate, Luis Pena": a conjunct is a person by name or apposition
            people = [m for m in [t, *t.conjuncts] if self._is_person(m)
                      or any(a.dep_ == "appos" and self._is_person(a) for a in m.children)]
            named = t.dep_ != "conj" and len(people) == count == len(t.conjuncts) + 1
            if counted or named:
                found.append(t)
        return found[0] if len(found) == 1 else None

    def _plural_subject_before(self, tok: Token) -> Token | None:
        """"Costa Rica's drug control police confirmed the first case. They proceeded to dismantle a gang": a
        "they" that opens its clause, which the actor stage read as no entity, is the plural main subject of
        the previous sentence ("It was X that ..." has X) when that sentence names no other people or bodies
        in the plural ("Police arrested two militants. They ...": either, so none)."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or any(
                t.dep_ in {"nsubj", "nsubjpass"} and t.i < tok.i for t in sentence_of(tok)):
            return None
        start = sentence_of(tok).start
        if start == 0:
            return None
        previous = sentence_of(self.doc[start - 1])
        roots = [t for t in previous if t.dep_ == "ROOT"]
        main = [c for r in roots for c in r.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(main) == 1 and main[0].lower_ == "it":  # a cleft: "It was only in 2017 that police confirmed"
            main = [c for r in roots for cl in r.children if cl.dep_ == "ccomp"
                    for c in cl.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(main) != 1 or main[0].pos_ == "PRON" or not (
                (main[0].tag_ in {"NNS", "NNPS"} and self._party_word(main[0]))
                or any(c.dep_ == "conj" for c in main[0].children)):
            return None
        subject = {t.i for t in main[0].subtree}
        others = [t for t in previous
                  if t.i not in subject and t.tag_ in {"NNS", "NNPS"} and self._party_word(t)]
        return main[0] if not others else None

    def _between_side(self, tok: Token) -> Token | None:
        """"Five Maoists were arrested following an encounter between them and Security Forces": a "them"
        that is one side of a between-phrase naming the other side is the plural subject of the clause the
        phrase hangs in, before it (the one plural party the clause names before the pronoun)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "between":
            return None
        if not any(c.dep_ == "conj" for c in tok.children):
            return None
        node = tok.head
        while node.head.i != node.i and not (node.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)):
            node = node.head
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i]
        if len(subjects) != 1 or subjects[0].tag_ not in {"NNS", "NNPS"} or not self._party_word(subjects[0]):
            return None
        return subjects[0]

    def _party_word(self, tok: Token) -> bool:
        """Whether a plural noun names people or a body ("militants", "ministers", "the Taliban", "rivals",
        "members of the Hazara community"), as opposed to things ("days", "doses", "prices of oil")."""
        eid = self.mention_entity.get(tok.i)
        if eid is not None:
            return self.entities[eid].type in {"ORG", "NORP", "PERSON"}
        lemma = tok.lemma_.lower()
        return self.kb.roles.get(normalize(lemma)) is not None or person_noun(tok) \
            or lemma in words("crowd_noun") or lemma in words("relation_noun") or self._members_of_named(tok)

    def _members_of_named(self, tok: Token) -> bool:
        """"members of the Hazara community", "supporters of the PPP": people of a group named by their
        of-phrase ("prices of oil" are no one's)."""
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and (eid := self.mention_entity.get(o.i)) is not None
            and self.entities[eid].type in {"ORG", "NORP"} for o in p.children) for p in tok.children)

    def _plural_role(self, tok: Token) -> list[Argument]:
        """"the presidents of Russia and Ukraine": each country's office holder (or its government)."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return []
        role = self.kb.roles.get(normalize(tok.lemma_))
        if role is None or not role.person:
            return []
        out = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for country_tok in [pobj, *pobj.conjuncts]:
                    country = self.kb.country_of(country_tok.text)
                    if country:
                        out.append(Argument(self._office_holder(country, role.office, role.sector), True))
        return out

    def _office_holder(self, country: str, office: str | None, sector: str) -> ActorRef:
        term = self.kb.holder_of(country, office, self.day) if office else None
        if term is not None:
            for ent in self.entities.values():
                if ent.type == "PERSON" and normalize(ent.name) == normalize(term.name):
                    return ActorRef(ent.id, ent.actor.code if ent.actor else term.code)
            return ActorRef(None, term.code)
        return ActorRef(None, country + sector)

    def party(self, tok: Token, exclude: set[str], owners: frozenset[str] = OWNER_PREPS,
              depth: int = 0) -> list[Argument]:
        """The actors a phrase headed by `tok` names, looking inside it when its head names none: its
        owner at any depth ("the president of the Peruvian central bank", "a rise in West German rates"),
        else a role noun with no country ("a former clerk" is still a party: its sector). A subject's
        owners are only its of-phrase and possessor (`SUBJECT_OWNER_PREPS`), and its role noun must have a
        country ("authorities in Argentina arrested", not "officials warned")."""
        if _amount_of_money(tok):
            # "for 1.6 billion Canadian dlrs": a price in a country's money names no party (while "cut the
            # value of the Indian rupee" is India's act on its own currency)
            return []
        tok = self._victims(tok)
        own_country = self._pronoun_country(tok)
        if own_country:
            return own_country
        # "a spokesman for the BLF", "a mission led by minister X": the one spoken for, the leader
        stands_for = self._spoken_for(tok, exclude, depth) or self._leader(tok, exclude, depth)
        if stands_for:
            return stands_for
        direct = self._holder([self._with_country(a, tok) for a in self.refs(tok, exclude)], tok, exclude)
        # "The U.S. case brought by the soybean processors alleged": the one who brought it, not the country.
        author = self.author(tok, exclude) if depth == 0 and self._verbal_act(tok) else []
        if author:
            return author
        if direct:
            return direct
        owned = self._owner(tok, exclude, owners, depth) if depth <= MAX_DEPTH else []
        role = self.kb.roles.get(normalize(tok.lemma_))
        # "Peru's president": Peru's government; "Peru's anti-extortion police division": Peru's police
        sector = role.sector if role is not None else self._unit_sector(tok)
        if owned and sector in STATE_RANK_SECTORS:
            # "rebel commanders in Kachin state": heads of the group the modifier names, in that place
            modifiers = [m for m in tok.children if m.i < tok.i]
            sector = headed_group_sector(tok, modifiers, self.kb.roles) or sector
        if owned and sector:
            owned = [Argument(ActorRef(None, a.ref.code + sector), a.direct)
                     if a.ref.code and len(a.ref.code) == 3 and self._has_country(a.ref.code) else a
                     for a in owned]
        if owned and role is not None and nonstate(role.sector):
            owned = [self._member_group(a, role.sector) for a in owned]
        if owned and role is not None and role.person and all(self._town(a) for a in owned):
            # "took the mayor of Iguala into custody": the mayor, a person of the town's country, not the town
            owned = self._bare_role(tok) or owned
        if owned:
            return as_indirect(owned)
        roles = [a for t in [tok, *tok.conjuncts] for a in self._bare_role(t)]
        if owners == SUBJECT_OWNER_PREPS:  # "officials warned": a state body of no known country is no
            # source, but "militants attacked" is (UAF needs no country).
            # A body the role's modifier names ("Community foreign ministers") is named, so stays.
            return [a for a in roles if self._has_country(a.ref.code) or nonstate(a.ref.code)
                    or a.ref.entity_id is not None]
        # Those acted on are often not of the story's home ("the Colombian military killed civilians" in a
        # story filed from Washington): a guessed country stays off a target, unless the story is clearly
        # about its home and the sentence names no other country ("congratulated authorities" in a Mexican
        # story: MEXGOV).
        return [Argument(ActorRef(None, a.ref.code[3:]), a.direct)
                if a.guessed and a.ref.code and not self._dominant_guess(a.ref.code[:3], tok) else a
                for a in roles]

    @cached_property
    def dominant_home(self) -> str:
        """The story's home when the article names it clearly more than all other countries together
        (`dominant_country` over its coded actors' mentions); "" otherwise."""
        dominant = dominant_country(self.story_counts) or ""
        return dominant if dominant == self.home else ""

    def _dominant_guess(self, country: str, tok: Token) -> bool:
        """Whether a role noun's guessed country holds for a party acted on: the story's dominant home,
        with no other country named in the sentence (by a coded party or a place)."""
        if not country or country != self.dominant_home:
            return False
        after = [t.nbor(1) for t in [tok, *tok.conjuncts] if t.i + 1 < len(t.doc)]
        if any(p.dep_ == "prep" and (p.lower_ == "from" or any(_plural_origin(o, p.lower_) for o in p.children
                                                               if o.dep_ == "pobj"))
               for t in [tok, *tok.conjuncts] for p in t.children) or any(a.lower_ == "from" for a in after):
            # "officials from 30 Asian countries", "ministers of the member states" (the parser may hang the
            # from-phrase on the verb): an origin the phrase gives, not the story's
            return False
        for t in tok.sent:
            eid = self.mention_entity.get(t.i)
            if eid is None:
                continue
            ent = self.entities[eid]
            named = ent.actor.country if ent.actor is not None and ent.actor.country else (
                self._entity_country(ent) if ent.type in PLACE_TYPES else "")
            if named and named != country:
                return False
        return True

    def _spoken_for(self, tok: Token, exclude: set[str], depth: int) -> list[Argument]:
        """"A spokesman for the banned Baloch Liberation Front claimed", "representatives of the union said":
        one who speaks or acts for a body named in his phrase (`source_words.csv` speaks_for) is coded as that
        body; a person he speaks for stays that person."""
        speaks_for = source_words("speaks_for")
        if tok.lower_ not in speaks_for and tok.lemma_.lower() not in speaks_for:
            return []
        if depth > MAX_DEPTH:
            return []
        # ("representatives from 40 of the nation's largest companies" act for the companies)
        preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "from"}]
        # "will meet representatives from 151 companies": the parser hangs the from-phrase just after the
        # noun on its verb
        preps += [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "from"
                  and p.i == tok.right_edge.i + 1 and tok.dep_ == "dobj"]
        bodies = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        # "representatives from 151 of the nation's largest companies": the ones a number picks from
        bodies = [b for o in bodies for b in (prep_words(o, "of") or [o] if o.pos_ == "NUM" else [o])]
        return as_indirect([a for o in bodies for a in self.party(o, exclude, SUBJECT_OWNER_PREPS, depth + 1)
                          if a.ref.code and not self._is_place(a)])

    def _leader(self, tok: Token, exclude: set[str], depth: int) -> list[Argument]:
        """"A Ugandan goodwill mission led by minister of state X will visit Kenya": a group named by the one
        leading it (`source_words.csv` led_group, lead_verb) acts as its leader's side; a leader coded with no
        country ("minister" GOV) is of the country modifying the group ("Ugandan"). A leader no table codes
        leaves the group to its own reading."""
        if tok.lemma_.lower() not in source_words("led_group") or depth > MAX_DEPTH:
            return []
        leaders = [o for acl in tok.children
                   if acl.dep_ == "acl" and acl.lemma_.lower() in source_words("lead_verb")
                   for agent in acl.children if agent.dep_ == "agent"
                   for o in agent.children if o.dep_ == "pobj"]
        found = [a for o in leaders for a in self.party(o, exclude, SUBJECT_OWNER_PREPS, depth + 1)
                 if a.ref.code]
        country = next((c for m in tok.children if m.dep_ in {"amod", "compound", "nmod"}
                        and (c := self._country_at(m)) and len(c) == 3), "")
        return [Argument(ActorRef(a.ref.entity_id, country + (a.ref.code or ""), a.ref.basis), False,
                         a.guessed)
                if country and not self._has_country(a.ref.code) and not nonstate(a.ref.code) else a
                for a in found]

    def _pronoun_country(self, tok: Token) -> list[Argument]:
        """"Minister Rah said his country's firms have agreed to buy": "his country" is the country of the
        one a clause above it has as subject (the speaker), when he is a coded actor of a country."""
        if tok.lemma_.lower() not in {"country", "nation"} or not any(
                c.dep_ == "poss" and c.lower_ in {"his", "her", "its", "their"} for c in tok.children):
            return []
        for verb in tok.ancestors:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and tok not in c.subtree]
            for subject in subjects:
                eid = self.mention_entity.get(subject.i)
                actor = self.entities[eid].actor if eid is not None else None
                if actor is not None and actor.country:
                    return [Argument(ActorRef(None, actor.country), False)]
            if subjects:
                return []
        return []

    def _antecedent(self, relcl: Token) -> Token:
        """The noun a relative clause hangs on, or the person's name that noun describes when it is an unnamed
        description in apposition to one ("X, a Bangladeshi national in Mexico, who was arrested": X; a body's
        "an organization that investigates abuses" says what it does, no act)."""
        noun = relcl.head
        eid = self.mention_entity.get(noun.head.i)
        if noun.dep_ == "appos" and noun.head.i < noun.i and noun.i not in self.mention_entity \
                and eid is not None and self.entities[eid].type == "PERSON":
            return noun.head
        return self._placed_person(relcl, noun) or noun

    def _placed_person(self, relcl: Token, noun: Token) -> Token | None:
        """"13 persons in Kalaya of Orakzai Agency who were abducted", "a teacher of Adokgre School who was
        abducted", "a Colombian from Cali who was captured": "who" stands for a person, never for the place,
        time or unnamed body the parser hung it on; it is the person word whose in-, at-, near-, from- or
        of-phrase names that place. None where the clause's pronoun is not "who"/"whom" or the noun may be a
        person (a name, a coded body, a person word)."""
        if not any(c.lower_ in {"who", "whom"} and c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                   for c in relcl.children):
            return None
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACED_PERSON_PREPS:
            return None
        person = prep.head
        if person.pos_ in {"VERB", "AUX"}:  # "freed 13 persons in X who were abducted": the parser hangs the
            # place on the verb; the person word is the object it follows
            person = next((c for c in person.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i),
                          person)
        if person.pos_ not in {"NOUN", "PROPN"} or not self._party_word(person):
            return None
        eid = self.mention_entity.get(noun.i)
        ent = self.entities[eid] if eid is not None else None
        if ent is None:  # "a hostage in March who had been kidnapped": a time is no one
            return person if noun.ent_type_ in {"DATE", "TIME"} else None
        if ent.type == "PERSON" or (ent.actor is not None and ent.type not in PLACE_TYPES):
            return None  # "the son of a contractor whom they abducted", "a constable of the Police, who"
        return person

    def _victims(self, tok: Token) -> Token:
        """"stopped a bus carrying pilgrims and opened fire on them", "engineers were travelling when gunmen
        abducted them": "them" acted on by a violent act, or by an act done to captives ("abducted two workers
        and later released them", `_captive_act`), stands for the nearest plural group of people before it in
        its sentence or the previous one that is not a doer (the subject of a violent act or of its own) - the
        victims; any other word is itself."""
        if (tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "nsubjpass" and tok.head.dep_ == "relcl"
                and tok.head.head.i != tok.head.i):
            return self._antecedent(tok.head)  # "tribal people, who were abducted by Maoists": the people
        member = self._member_of_kind(tok)
        if member is not None:
            return member  # "a woman Maoist cadre was killed", parsed with "woman" as head: the cadre
        # "EC ministers agreed. The ministers resolved ... They asked": they, the ministers, the EC ministers
        group = self._plural_subject_before(tok) if tok.lower_ == "they" else None
        described = self._described_before(group if group is not None else tok)
        if described is not None:
            return described  # "kidnapped eight coal miners ... kidnapped these coalminers": the eight
        if group is not None:
            return group
        if tok.lower_ != "them" or tok.dep_ not in {"dobj", "pobj", "dative"}:
            return tok
        act = clause_verb(tok)
        violent = self._violent(act)
        if not (violent or (tok.dep_ != "pobj" and self._captive_act(act))):
            return tok
        start = sentence_of(tok).start
        first = sentence_of(self.doc[start - 1]).start if start > 0 else start
        # the doers: of every violent act told there, and of the pronoun's own act ("police arrested two
        # smugglers and handed them over": not the police)
        doers = {i for verb in self.doc[first:tok.i + 1]
                 if verb.pos_ in {"VERB", "AUX"} and (self._violent(verb) or verb.i == act.i)
                 for i in doer_words(verb)}
        # for a captive act, who tells of it may be the people it was done to ("residents reported that the
        # Zetas had threatened them") or not ("officials said the militants released them"): unread
        tellers = set() if violent else {i for verb in self.doc[first:tok.i]
                                         if self.lexicon.is_cue(verb.lemma_, "speech")
                                         for i in doer_words(verb)} | self._teller_words(tok)
        for cand in reversed(self.doc[first:tok.i]):
            if cand.i in doers:
                continue
            if not violent and cand.dep_ == "poss":
                continue  # "information on gangs' plans": a possessor is not what "them" is told of
            if not violent and cand.lower_ in PLURAL_REFERENCES:
                # "beat them up. They warned them": a "them" before it is the same people, read so; a "they"
                # that is no doer is told of nearer than any noun before it, and unread here
                earlier = self._victims(cand) if cand.lower_ == "them" else cand
                return tok if earlier is cand else earlier
            if self._people_plural(cand):
                return tok if cand.i in tellers else cand
        return tok

    def _captive_act(self, verb: Token) -> bool:
        """Whether a verb is an act done to people held or hunted (`CAPTIVE_ROOTS`: arrests, releases,
        threats, coercion): "abducted four workers and later released them", "arrested three militants and
        questioned them" act on those people, as a violent act does."""
        return self.matched_cameo(verb)[:2] in CAPTIVE_ROOTS or self.matched_cameo(verb)[:3] in CAPTIVE_CODES

    def _member_of_kind(self, tok: Token) -> Token | None:
        """"A woman Maoist cadre was killed", "a woman Maoist was killed": the parser may make a word saying
        only which kind of member one is (`party_words.csv` member_kind) the head, with the member noun or
        the group's name as its apposition or as a second subject beside it; that member or group is who
        the phrase names. None for any other word, and for a kind word naming no member ("a woman, Rani,
        was shot")."""
        if tok.lemma_.lower() not in MEMBER_KINDS or tok.pos_ != "NOUN":
            return None
        beside = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
        if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.i + 1 < len(tok.doc):
            nxt = tok.doc[tok.i + 1]  # "A woman/nsubjpass Maoist/nsubjpass was killed"
            beside += [nxt] if nxt.dep_ == tok.dep_ and nxt.head is tok.head else []
        return next((c for c in beside if self._member_or_group(c)), None)

    def _member_or_group(self, tok: Token) -> bool:
        """A member noun ("cadre"), or a word or name of an armed or party group of no state ("Maoist",
        "militant", "CPI Maoist"), never a private person's ("a woman shopkeeper")."""
        if member_noun(tok):
            return True
        eid = self.mention_entity.get(tok.i)
        ent = self.entities[eid] if eid is not None else None
        sector: str | None = sector_of_word(tok, self.kb) if ent is None else (
            ent.actor.sector if ent.actor is not None and ent.type not in PLACE_TYPES else None)
        return nonstate(sector) and sector not in PRIVATE_SECTORS

    def _people_plural(self, tok: Token) -> bool:
        """A plural noun naming people: a person description ("villagers") or a role ("policemen",
        "pilgrims"), or a plural name of people the recogniser found ("Chinese engineers")."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return False
        # "the Security Forces (SFs)": the role may be the noun with its compound, in any case.
        compounds = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
        keys = {normalize(tok.lemma_), normalize(tok.text), normalize(f"{compounds} {tok.text}".strip())}
        return person_noun(tok) or any(k in self.kb.roles for k in keys)

    def _member_group(self, arg: Argument, sector: str | None) -> Argument:
        """"Hizb ul Mujahideen militants", "gunmen of the Jundullah": a group no table codes, named for its
        armed members, is of their sector and of the story's country (inferred; a coded group keeps its
        code)."""
        eid = arg.ref.entity_id
        if eid is None or arg.ref.code or self.entities[eid].type != "ORG" or not sector:
            return arg
        country = self.home or self.place_country
        return Argument(ActorRef(eid, country + sector, "inferred"), arg.direct, guessed=bool(country))

    def author(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """"A State Department report says", "Amnesty's report accuses", "a study by the World Bank faults",
        "the suit, filed by Coastal, alleges": the author of a report, study, suit or statement (its
        possessor, its by/from phrase, the organisation or country modifying it, or the doer of the verb
        that made it) is the source of what it says, alleges or accuses (indirect)."""
        if tok.lemma_.lower() not in DOCUMENTS:
            return []
        found = self._own_author(tok, exclude)
        if found or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
            return found
        # "A State Department report says ... The report faults Uruguay": the report named before, in the
        # last three sentences, with its author.
        start = sentence_of(tok).start
        for _ in range(3):
            if start == 0:
                break
            start = sentence_of(self.doc[start - 1]).start
        for before in reversed(self.doc[start:tok.i]):
            if before.lemma_.lower() == tok.lemma_.lower() and before.pos_ == "NOUN":
                return self._own_author(before, exclude)
        return []

    def _verbal_act(self, tok: Token) -> bool:
        """Whether the phrase is a party of a verbal act (a statement, appeal, demand, criticism, rejection,
        threat or accusation: CAMEO 01-03, 09-13), the acts a document does: "a government study showed"
        (141 in another sense of the word) is no protest by the government."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
        pos = "NOUN" if verb.pos_ == "NOUN" else "VERB"
        return self.matched_cameo(verb, pos)[:2] in VERBAL_ROOTS

    def _own_author(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """The author a document's own phrase names (see `author`): who filed or wrote it ("the case brought
        by the U.S. Soybean Processors Association", "a report by Amnesty") before whose it is ("Amnesty's
        report") and the organisation or country modifying it ("a UN report", "the U.S. case")."""
        agents = [o for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"  # "the suit filed by X"
                  for ag in c.children if ag.dep_ == "agent" for o in ag.children if o.dep_ == "pobj"]
        agents += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                   for o in c.children if o.dep_ == "pobj"]
        owners = [c for c in tok.children if c.dep_ == "poss"]
        for group in (agents, owners, [c for c in tok.children if self._author_modifier(c)]):
            found = [a for c in group for a in self.refs(c, exclude)]
            if found:
                return as_indirect(found)
        return []

    def _author_modifier(self, tok: Token) -> bool:
        """"a UN report", "a U.S. study", "a Pentagon statement" (a building standing for its coded body);
        not "the Kabul report": a town is where, not who."""
        if tok.dep_ not in {"compound", "amod", "nmod"} or tok.i not in self.mention_entity:
            return False
        ent = self.entities[self.mention_entity[tok.i]]
        coded_building = ent.type == "FAC" and ent.actor is not None and bool(ent.actor.code)
        return ent.type in {"ORG", "NORP"} or coded_building or bool(self.kb.country_of(ent.name))

    def _town(self, arg: Argument) -> bool:
        """A place entity that is no country ("Iguala", "Zacapa province")."""
        return self._is_place(arg) and not self._has_country(arg.ref.code if len(arg.ref.code or "") == 3
                                                              else None)

    def _holder(self, direct: list[Argument], tok: Token, exclude: set[str]) -> list[Argument]:
        """The phrase's actors `direct`, or the person its apposition names when they are an office written
        in common words ("talks with the president of Afghanistan, Hamid Karzai": Karzai, not his office;
        "Peru's president Alan Garcia": Garcia); the apposition's actors when the phrase names none."""
        named = [a for c in self._appositions(tok) if c.i in self.mention_entity
                 for a in self._apposed(c, exclude)]
        if named and direct and all(self._bare_role_entity(a) for a in direct):
            return [a for a in named if a.ref.entity_id and self._is_person_entity(a.ref.entity_id)] or direct
        return direct or named

    def _apposed(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """The actor an apposition names: the person whose own mention its words are, though the recogniser
        made the office's mention cover them ("the president of Afghanistan, Hamid Karzai")."""
        span = self.doc[tok.left_edge.i:tok.right_edge.i + 1]
        own = [e.id for e in self.entities.values() if e.id not in exclude and e.type == "PERSON"
               and any(m.start == span.start_char and m.end == span.end_char for m in e.mentions)]
        return [Argument(self._ref(own[0]), True)] if own else self.refs(tok, exclude)

    def _appositions(self, tok: Token) -> list[Token]:
        """A phrase's appositions, and a person the parser hung on its of-phrase's place ("the president of
        Afghanistan, Hamid Karzai": a person is no apposition of a country)."""
        out = [c for c in tok.children if c.dep_ == "appos"]
        places = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and (self._is_place_token(o) or o.ent_type_ in PLACE_TYPES)]
        # (the recogniser may have made the office's one mention cover the place and the name: the parser's
        # entity labels tell them apart)
        return out + [c for o in places for c in o.children
                      if c.dep_ == "appos" and (self._is_person(c) or c.ent_type_ == "PERSON")]

    def _bare_role_entity(self, arg: Argument) -> bool:
        """An entity that is an office or role written in common words ("the president"), not a name."""
        eid = arg.ref.entity_id
        return eid is not None and not any(ch.isupper() for ch in self.entities[eid].name)

    def _owner(self, tok: Token, exclude: set[str], owners: frozenset[str], depth: int) -> list[Argument]:
        found = self._owner_of(tok, exclude, owners, depth)
        if tok.lemma_.lower() in RELATION_NOUNS:
            # "attacked enemies of the governor", "the son of a police officer": other people than the
            # governor or the officer, never their office; but "relatives of victims" are civilians too
            return [a for a in found if a.ref.entity_id is None and (a.ref.code or "")[-3:] in {"CVL", "PPL"}]
        return found

    def _state_course(self, arg: Argument, noun: Token) -> Argument:
        """A country word coded by its country alone modifying a noun of a course a state takes ("the
        Australian proposal", "the U.S. decision", "Japanese policy": `party_words.csv` state_course) as
        that state's government (GOV), as a CAMEO coder codes whose plan it is; any other party as it is."""
        code = arg.ref.code or ""
        if noun.lemma_.lower() not in words("state_course") or len(code) != 3 or not self._has_country(code):
            return arg
        return Argument(ActorRef(arg.ref.entity_id, code + "GOV", "inferred"), arg.direct, arg.guessed)

    def _owner_of(self, tok: Token, exclude: set[str], owners: frozenset[str], depth: int) -> list[Argument]:
        found: list[Argument] = []
        # "agents from the ATIC", "members from the ELN": a member noun's from-phrase is his body, as a role's
        role_noun = self.kb.roles.get(normalize(tok.lemma_)) is not None \
            or tok.lemma_.lower() in source_words("body_member") or tok.lower_ in source_words("body_member")
        if tok.lemma_.lower() in CONDUCT_NOUNS:
            # "protested the police inaction", "against army excesses": the body whose conduct it is
            found = [a for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                     and c.i not in self.mention_entity for a in self._bare_role(c)]
            if found:
                return found
        kinds = self._kind_modifiers(tok)
        for child in [*tok.children, *kinds]:
            # "Rha's proposal" is Rha's as "Del Cid's house" is his (while "Del Cid's son" is another person).
            owned = tok.lemma_.lower() in OWNED_THINGS or tok.lemma_.lower() in PROPOSALS
            if child.dep_ == "poss":
                # "the murder of Del Cid's son": the son, not Del Cid; but "Del Cid's house" is his, and
                # "Cross's investor group" is the group he leads.
                if owned or not self._is_person(child) or tok.lemma_.lower() in COLLECTIVES:
                    found.extend(self.party(child, exclude, owners, depth + 1))
            elif ((child.dep_ in {"amod", "compound", "nmod"} or child in kinds)
                  and child.i in self.mention_entity
                  and (owners != SUBJECT_OWNER_PREPS or self._group_of_org(tok, child))):
                ent = self.entities[self.mention_entity[child.i]]
                # "West German rates": a nationality, coded or not (a coded one `refs` already gave); a
                # city modifying a person is where he is from ("the Miami cannibal"), not who acts.
                # "the Zetas cartel": an organisation's name on a common noun names it.
                # "a Frontier Corps vehicle": a body's name on its installation or things, however parsed.
                named = ent.type == "ORG" and (child.dep_ == "compound" or child in kinds
                                               or self._group_of_org(tok, child)
                                               or self._held(tok))
                coded = ent.type in MODIFIER_TYPES and ent.actor is not None and bool(ent.actor.country)
                if named or coded or (ent.type == "NORP" and not faith_word(child)):
                    found.append(self._state_course(Argument(self._ref(ent.id), False), tok))
            elif child.dep_ == "prep" and (child.lower_ in owners or (child.lower_ == "from" and role_noun)):
                # "the detained leaders from the opposition party": members from a body are its members.
                if child.lower_ == "of" and self.lexicon.rules.get((tok.lemma_.lower(), "NOUN")):
                    continue  # "the murder of X": what an event was done to is not its owner
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        eid = self.mention_entity.get(obj.i)
                        if child.lower_ == "in" and (self._place_phrase(obj) or self._held(tok)):
                            continue  # "talks with officials in Geneva", "a police post in Tump area"
                        if child.lower_ == "in" and self._uncoded_where(obj) and self._party_word(tok):
                            continue  # "27 people in Peten" with Peten typed a nationality: where they were
                        if self._is_person(obj) and not owned and not self._fused_name(obj):
                            continue  # "the cousin of X", "enemies of X": other people than X
                        place = eid is not None and self.entities[eid].type in PLACE_TYPES
                        if place and self.kb.roles.get(normalize(tok.lemma_)) is None:
                            continue  # "the mayor of Chicago", but not "VMS Realty Partners of Chicago"
                        found.extend(self.party(obj, exclude, owners, depth + 1))
                    elif obj.dep_ == "pcomp":  # "overhauls in how Indonesia manages its banks"
                        found.extend(a for c in obj.children if c.dep_ == "nsubj"
                                     for a in self.party(c, exclude, owners, depth + 1))
            elif child.dep_ == "acl" and child.lemma_.lower() in OWNER_VERBS and self._held(tok):
                # "positions held by the army", "a factory run by the company", "a building belonging to a
                # retired DIG": the holder owns them.
                prep = OWNER_VERBS[child.lemma_.lower()]
                agents = [c for c in child.children
                          if (c.dep_ == "prep" and c.lower_ == prep) or (not prep and c.dep_ == "agent")]
                found.extend(a for agent in agents
                             for obj in agent.children if obj.dep_ == "pobj"
                             for a in self.party(obj, exclude, owners, depth + 1))
            if found:
                return found
        return found

    def _uncoded_where(self, tok: Token) -> bool:
        """A name no table codes that the recogniser typed neither a person nor an organisation ("Peten" typed
        a nationality): after "in" on people, where they are, not whose they are."""
        eid = self.mention_entity.get(tok.i)
        return eid is not None and self.entities[eid].actor is None \
            and self.entities[eid].type not in {"PERSON", "ORG"}

    def _fused_name(self, tok: Token) -> bool:
        """"The head of Kabul Ulema Council Mawlawi X was shot dead": a person's name the parser read as the
        last word of the body his title is of (the body's capitalised words, an organisation's name, are
        compounds inside his phrase); the title is his own and he is the one named. A person's own title
        ("the son of President X") names no body."""
        eid = self.mention_entity.get(tok.i)
        if eid is None or self.entities[eid].type != "PERSON":
            return False
        body = [t for t in tok.subtree if t.i < tok.i and self.mention_entity.get(t.i) != eid
                and t.dep_ in {"compound", "nmod"}]
        name = " ".join(t.text for t in body)
        capitalised = bool(body) and all(t.text[:1].isupper() for t in body)
        return capitalised and default_org_names().sector(name) is not None

    def _place_phrase(self, tok: Token) -> bool:
        """A place, or a common noun a place name modifies ("in Geneva", "in Gadchiroli district"): where, not
        whose ("in Yemen's Hodeidah region" keeps the country its possessor names)."""
        heads = [tok, *(c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"})]
        return any(self._is_place_token(t) for t in heads)

    @staticmethod
    def _held(tok: Token) -> bool:
        """Whether the word names an installation or a thing one owns ("positions", "a house", "a plant")."""
        return tok.lemma_.lower() in INSTALLATIONS or tok.lemma_.lower() in OWNED_THINGS

    def _group_of_org(self, tok: Token, modifier: Token) -> bool:
        """"GNLA militants attacked", "Microsoft officials said": members named by their organisation act
        for it (a subject's modifier is otherwise no owner)."""
        eid = self.mention_entity.get(modifier.i)
        if eid is None or self.entities[eid].type != "ORG" or modifier.dep_ not in {"compound", "nmod"}:
            return False
        # "the CPI-Maoist cadres": a member noun whose group its modifier names (person_description); "an IMF
        # commission visited": a delegation an organisation's name modifies (`source_words.csv` org_group)
        return (self.kb.roles.get(normalize(tok.lemma_)) is not None or member_noun(tok)
                or tok.lemma_.lower() in source_words("org_group") or tok.lower_ in source_words("org_group"))

    def _is_person(self, tok: Token) -> bool:
        eid = self.mention_entity.get(tok.i)
        if eid is not None:  # the actor stage's type over the recogniser's ("Hizbul Mujahideen" is a group)
            return self.entities[eid].type == "PERSON"
        return tok.ent_type_ == "PERSON" or tok.lower_ in {*PERSON_PRONOUNS, "his"}

    def _bare_role(self, tok: Token) -> list[Argument]:
        """"charged a former clerk", "police arrested": a role noun no named actor owns names its sector;
        its country comes from a modifier ("Mexican officials", "Chinese and Australian ministers") or a
        place it is in or of ("authorities in Argentina"); a body modifier gives the sector ("military
        officials"). Not a role: a group named before ("the leaders"), one modified by a word that is
        neither a country nor a role ("cartel leaders", "business leaders", "South American leaders")."""
        # "Maoists attacked": the parser may tag a capitalised plural group noun as a name; "a camp of the
        # Army": a capitalised body noun after "the" is that body, not a name.
        if tok.pos_ != "NOUN" and (tok.tag_ not in {"NNPS", "NNP"} or tok.ent_type_ in NAME_TYPES
                                   or (tok.tag_ == "NNP" and not self._the_body(tok)
                                       and not self._the_titled_role(tok))):
            return []
        group = self.kb.roles.get(normalize(tok.lemma_))
        anaphoric = any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children)
        if tok.tag_ in {"NNS", "NNPS"} and anaphoric and not (group and nonstate(group.sector)):
            # "the leaders signed": a group named before, not a new party; but "the militants fled" are
            # militants (UAF) whoever they were.
            return []
        modifiers = [m for m in tok.children if m.dep_ in {"amod", "compound", "nmod"}]
        compounds = [m for m in modifiers if m.dep_ == "compound" and m.i < tok.i]
        phrase = " ".join(m.lower_ for m in compounds)
        role = compounds and (self.kb.roles.get(normalize(f"{phrase} {tok.lemma_}"))
                              or self.kb.roles.get(normalize(f"{phrase} {tok.lower_}")))
        longer = phrase_role(tok, self.kb) if role else None
        if role and longer is not None and len(longer[0].phrase.split()) > len(role.phrase.split()):
            # "a military police officer": the role its adjective and compounds write together, not the
            # army its adjective alone names
            role, modifiers = longer[0], [m for m in modifiers if not longer[1] <= m.i < tok.i]
        elif role:
            modifiers = [m for m in modifiers if m not in compounds]  # "police officer", "army chief"
        else:
            role = self.kb.roles.get(normalize(tok.lemma_)) or self.kb.roles.get(normalize(tok.lower_))
        if not role and tok.lemma_.lower() in INSTALLATIONS:  # "a police station": the police's
            # "an army camp", "a military vehicle": the body a compound or adjective names
            bodies = [(m, b) for m in modifiers if m.i < tok.i and m.dep_ in {"compound", "amod"}
                      and (b := self._body_word(m)) is not None and b.sector]
            # "an army check post", "a police patrol vehicle": the body modifies a common noun that only
            # says which kind of installation it is ("check", "patrol"), not whose.
            bodies += [(m, b) for m in modifiers if m.i < tok.i and m.dep_ == "compound" and m.pos_ == "NOUN"
                       and not m.ent_type_ and not self._proper_word(m)
                       for c in m.children if c.dep_ in {"compound", "amod"} and c.i < m.i
                       and (b := self._body_word(c)) is not None and b.sector]
            if bodies:
                role = bodies[0][1]
                modifiers = [m for m in modifiers if m is not bodies[0][0]]
        if not role and self._kin_of_someone(tok):
            # "the murder of his son by traffickers": a relative no coded owner makes anything else (the
            # caller tried the owner) is a private person, of the story's home as any bare role is.
            return [Argument(ActorRef(None, self.home + "CVL", "article" if self.home else None), True,
                             guessed=bool(self.home))]
        if not role and member_noun(tok):
            # "Maoist cadres", "Naxalite activists": members of no named group, of the sector their
            # modifier gives (placed like any armed group by `_placed_group` or `_inferred`).
            # ("a woman CPI Maoist (CPI Maoist) cadre": the parser hangs the group's name on the word saying
            # which kind of member, which names no sector of its own)
            modifiers = [n for m in modifiers for n in (
                [c for c in m.children if c.dep_ in {"appos", "compound", "nmod", "amod"}]
                if m.lemma_.lower() in MEMBER_KINDS else [m])]
            sector = next((sec for m in modifiers if nonstate(sec := self._modifier_sector(m))), "")
            return [Argument(ActorRef(None, sector), True)] if sector else []
        if not role or not role.sector:
            return []
        # "arrested three villagers for illegal logging": suspects, not civilians
        sector = charged_sector(tok, role.sector, normalize(role.phrase))
        sector = crime_trade_sector(tok, sector) or sector  # "arrested a cocaine broker"
        headed = headed_group_sector(tok, [m for m in modifiers if m.i < tok.i], self.kb.roles) \
            if sector in STATE_RANK_SECTORS else None
        if headed is not None:
            # "captured 22 of the most dangerous criminal leaders": heads of criminal groups, not of a state;
            # the word naming the group is no country nor a body whose officials they are
            sector = headed
            modifiers = [m for m in modifiers
                         if not (m.text.islower() and self.kb.roles.get(normalize(m.text)))]
        countries: list[str] = []
        for m in modifiers:
            body_named = self._short_body(m)
            if body_named is not None:
                # "Community foreign ministers" in a story naming the European Community: its members
                return [Argument(self._ref(body_named), True)]
            for n in [m, *m.conjuncts]:
                words = _own_words(n)
                country = self.kb.country_of(words)
                body = self.kb.roles.get(normalize(words))
                if country:
                    countries.append(country)
                elif body is not None and not body.person and body.sector:
                    # "military officials", "police officers", "cartel gunmen"; but a faith or a people
                    # describing armed men ("Islamic militants") says what they believe, not whose they are
                    if sector not in ARMED_SECTORS or body.sector in ARMED_SECTORS:
                        sector = body.sector
                elif faith_word(n):
                    continue  # "two Shia lawyers": lawyers, of the country a place or the story gives
                elif n.dep_ == "compound" or any(t.ent_type_ or self._proper_word(t) for t in n.subtree):
                    return []  # "cartel leaders", "Western governments": not one country's role
        if former_role(tok):
            # "a former deputy sarpanch was killed": one who left a state office holds none (ELI), as the
            # actor stage codes a named former holder
            sector = former_sector(sector)
        if not countries:  # "in Argentina", "in Saudi Arabia's Asir region"
            countries = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "from"}
                         for o in p.children if o.dep_ == "pobj"
                         for w in [o, *(x for x in o.children if x.dep_ == "poss")]
                         if (c := self._country_at(w))]
        if countries:
            return [Argument(ActorRef(None, c + sector), True) for c in dict.fromkeys(countries)]
        examples = self._examples(tok)
        if examples:
            # "leaders like Colombian President Santos and Guatemala's Perez Molina called": the coded
            # actors the role is exemplified by are the parties, of their own countries, not the story's
            return examples
        # No country in the phrase: the story's home country (dateline, else main country) is a guess; in a
        # story with no home whose places all lie in one country, "the senators", "the employers", "the
        # workers" are that country's, unless the story names actors of that sector of several countries.
        home = self.home or (self.place_country if sector in PLACED_SECTORS
                             and len(self.sector_countries.get(sector, ())) < 2 else "")
        if not home and (placed := self._sentence_country(tok)):
            # a story with no home: "hospital officials" in a sentence about Imphal are India's, read from
            # the sentence itself, so no guess
            return [Argument(ActorRef(None, placed + sector), True)]
        return [Argument(ActorRef(None, home + sector, "article" if home else None), True,
                         guessed=bool(home))]

    def _short_body(self, tok: Token) -> str | None:
        """The coded international body whose name's last word a capitalised modifier no entity covers is
        ("Community" for the European Community, "Union" for the African Union the article names): its
        entity id; None when the article names no such body, or more than one."""
        if tok.i in self.mention_entity or not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN"}:
            return None
        word = tok.lower_
        # the body named at least twice ("the EC ... the European Community"): a story about it, where its
        # capitalised word does not mean a local community or a trade union
        found = {e.id for e in self.entities.values() if e.type == "ORG" and e.actor is not None
                 and (e.actor.code or "").startswith("IGO") and len(key := normalize(e.name).split()) > 1
                 and key[-1] == word and sum(1 for x in self.entities.values() if x.actor is not None
                                             and x.actor.code == e.actor.code
                                             for _ in (x.mentions or [None])) >= 2}
        return next(iter(found)) if len(found) == 1 else None

    def _counterpart_role(self, tok: Token) -> bool:
        """Whether `tok` ends a role named after its relation to a country (roles.csv `counterpart`: "the
        creditor banks", "the bank advisory committee"), which no country of its sentence is."""
        words = [normalize(t.text) for t in tok.doc[max(0, tok.i - 3):tok.i + 1]]
        for n in range(len(words)):
            phrase = words[n:]
            role = self.kb.roles.get(" ".join(phrase)) or \
                self.kb.roles.get(" ".join([*phrase[:-1], normalize(tok.lemma_)]))
            if role is not None and role.counterpart:
                return True
        return False

    def _placed_sector(self, arg: Argument, tok: Token) -> Argument:
        """A named party the actor stage left with a sector and no country ("Police Checkpoints" COP, a
        victim's brother BUS, in a story with no home): the country of its clause's place, else the one
        country its sentence's other parties and places share, else the one every place of the story lies
        in; left bare when nothing places it. International and unattached codes stay as they are."""
        code = arg.ref.code
        if code is None or len(code) != 3 or self._has_country(code) or code in FREE_SECTORS:
            return arg
        if self._counterpart_role(tok):
            return arg  # "the bank advisory committee", "the creditor banks": the debtor's foreign creditors
        if (country := self._sentence_country(tok, arg.ref.entity_id)):
            ref = ActorRef(arg.ref.entity_id, country + code, arg.ref.basis)
            return Argument(ref, arg.direct, arg.guessed)
        if (country := self.home or self.place_country):
            return Argument(ActorRef(arg.ref.entity_id, country + code, "article"), arg.direct, True)
        return arg

    def person_country(self, verb: Token, eid: str) -> str:
        """The country a named person the actor stage left with no code at all is of, for an act `verb`
        does to him ("militants fired at Aqib Dar (21) ... in Anantnag District"): the act's sentence's
        (`_sentence_country`), else the story's; "" when nothing places him. A trial's sentence places the
        court, not him ("X was sentenced to 25 years in prison in the United States": a Guatemalan tried
        abroad), so for a tried act (`_tried_act`) only the story does."""
        if self._tried_act(verb):
            return self.home or self.place_country
        return self._sentence_country(verb, eid) or self.home or self.place_country

    def _sentence_country(self, tok: Token, own: str | None = None) -> str:
        """The country the sentence of `tok` places it in: its clause's place (`_clause_country`), else the
        one country the sentence's other coded parties and placed places share; "" when none or several, or
        when the clause's place lies in a country the article names nowhere else."""
        # "a Ugandan trade mission led by minister X will visit Kenya": the body the party leads or belongs
        # to places him before the clause's place, which may be where he goes
        for above in list(tok.ancestors)[:4]:
            if above.pos_ not in {"NOUN", "PROPN"}:
                continue
            for word in (above, *(c for c in above.children if c.dep_ in {"amod", "compound", "poss"})):
                eid = self.mention_entity.get(word.i)
                if eid is not None and eid != own and (actor := self.entities[eid].actor) is not None \
                        and actor.country:
                    return actor.country
        verb = tok
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            clause = self._clause_country(verb)
            if clause is None:
                return ""
            if clause:
                return clause
        countries: set[str] = set()
        for t in tok.sent:
            eid = self.mention_entity.get(t.i)
            if eid is None or eid == own:
                continue
            ent = self.entities[eid]
            if ent.actor is not None and ent.actor.country:
                countries.add(ent.actor.country)
            elif ent.type in PLACE_TYPES and (c := self._entity_country(ent)) and self._trusted_place(eid, c):
                countries.add(c)
        return next(iter(countries)) if len(countries) == 1 else ""

    @cached_property
    def sector_countries(self) -> dict[str, frozenset[str]]:
        """The countries of the article's coded actors of each sector ("BUS": {"USA", "JPN"})."""
        out: dict[str, set[str]] = {}
        for e in self.entities.values():
            if e.actor is not None and e.actor.country and e.actor.sector:
                out.setdefault(e.actor.sector, set()).add(e.actor.country)
        return {k: frozenset(v) for k, v in out.items()}

    def _examples(self, tok: Token) -> list[Argument]:
        """The coded actors of a country a plural role is exemplified by ("leaders like X and Y", "officials
        such as X", "politicians including X"); none when any example is of no known country (then the
        examples do not say whose the role is)."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return []
        out: list[Argument] = []
        for prep in tok.children:
            such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in [*prep.children, *tok.children])
            if prep.dep_ != "prep" or not (prep.lower_ in EXAMPLE_PREPS or such_as):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for t in [pobj, *pobj.conjuncts]:
                    eid = self.mention_entity.get(t.i)
                    ent = self.entities.get(eid) if eid is not None else None
                    if ent is None or ent.actor is None or not ent.actor.country or ent.type in PLACE_TYPES:
                        return []
                    out.append(Argument(self._ref(ent.id), True))
        return list({a.ref.entity_id: a for a in out}.values())

    def _kind_modifiers(self, tok: Token) -> list[Token]:
        """"a CRPF check post", "a Police combing party": the modifiers of a common noun or gerund that only
        says which kind of installation or party `tok` is ("check", "patrol", "combing") name whose it is,
        as if they modified it directly."""
        if tok.lemma_.lower() not in INSTALLATIONS:
            return []
        # the parser hangs the force on a gerund as an adverbial noun ("Police" npadvmod "combing")
        return [g for c in tok.children if c.i < tok.i and c.i not in self.mention_entity
                and ((c.dep_ == "compound" and c.pos_ == "NOUN") or (c.dep_ == "amod" and c.tag_ == "VBG"))
                and not self._proper_word(c)
                for g in c.children if g.dep_ in {"compound", "npadvmod", "nmod"} and g.i < c.i]

    @staticmethod
    def _kin_of_someone(tok: Token) -> bool:
        """"his son", "a trader's wife", "the brother of a journalist": a family member (`party_words.csv`
        kin_noun) told as a person's (a pronoun, a person's name, a common noun), not a named group's."""
        kin = tok.lemma_.lower() in KIN_NOUNS or tok.lower_ in KIN_NOUNS
        owners = [c for c in tok.children if c.dep_ == "poss"] + [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"]
        # "the brother of the Valle Valle clan", "a son of the Gulf Cartel": kin of a named group is a member
        person = all(o.tag_ in {"PRP$", "PRP"} or o.ent_type_ == "PERSON"
                     or (o.pos_ == "NOUN" and not o.ent_type_ and not any(
                         c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children))
                     for o in owners)
        return kin and bool(owners) and person

    def _body_word(self, tok: Token) -> Role | None:
        """The body a modifier of an installation names, with its own modifiers ("a police post", "security
        forces positions": the compound "forces" is "security forces"; "a security outpost": a word that
        names a force with "forces" after it, "security forces")."""
        for words_ in (tok.lower_, tok.lemma_.lower(), _own_words(tok).lower()):
            role = self.kb.roles.get(normalize(words_))
            if role is not None:
                return role
        forces = self.kb.roles.get(normalize(f"{tok.lower_} forces"))
        return forces if forces is not None and not forces.person and forces.sector in FORCE_SECTORS else None

    def _the_body(self, tok: Token) -> bool:
        """"the Army", "the Police": a capitalised singular body noun (a role, not a person) after "the"."""
        role = self.kb.roles.get(normalize(tok.lemma_.lower()))
        return (role is not None and not role.person and bool(role.sector)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ in {"compound", "amod"} for c in tok.children))

    def _the_titled_role(self, tok: Token) -> bool:
        """"the Sarpanch was murdered", "the office of the Deputy Commissioner": a capitalised role of one
        person (roles.csv, person 1), with the capitalised words that open its title, after "the" stands for
        the post's holder, as its lower-case writing does; not a name."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        words_ = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        if any(not w.is_title or w.ent_type_ for w in words_):
            return False  # "the Mexico City Mayor": a name in the title makes it that place's
        role = self.kb.roles.get(normalize(" ".join([*(w.lower_ for w in words_), tok.lower_])))
        return role is not None and role.person and bool(role.sector)

    def _proper_word(self, tok: Token) -> bool:
        """A capitalised word not first in its sentence (nor first after the dateline): "Western"."""
        first = tok.is_sent_start or (tok.i > 0 and self.in_dateline(self.doc[tok.i - 1]))
        return tok.is_title and not first

    def in_dateline(self, tok: Token) -> bool:
        """Whether `tok` lies in the article's dateline ("KARACHI, March 3 --")."""
        return tok.idx < self.dateline_end

    def _country_at(self, tok: Token) -> str:
        """The country of a place or coded actor named by `tok` ("in Argentina", "of the province")."""
        eid = self.mention_entity.get(tok.i)
        if eid is not None:
            ent = self.entities[eid]
            return ent.actor.country if ent.actor and ent.actor.country else ""
        return self.kb.country_of(tok.text) or ""

    def _with_country(self, arg: Argument, tok: Token) -> Argument:
        """"the president of the Peruvian central bank" coded by its sector alone: the country named inside
        the phrase is his."""
        code = arg.ref.code
        if code is None or len(code) != 3 or code in self.kb.country_names:
            return arg
        for t in tok.subtree:  # the words of the same mention ("Peruvian" in the president's phrase)
            same = t.i != tok.i and self.mention_entity.get(t.i) == arg.ref.entity_id
            if same and t.pos_ in {"ADJ", "PROPN"}:
                country = self.kb.country_of(t.text)
                if country:
                    return Argument(ActorRef(arg.ref.entity_id, country + code), arg.direct)
        return arg

    # -- kinds of act, the places and countries of tokens, a preposition's objects ---------------------

    def _violent(self, verb: Token, nouns: bool = False) -> bool:
        """Whether a verb (or, with `nouns`, its object: "opened fire") is a violent act (CAMEO 18-20)."""
        words = [(verb, "VERB")]
        if nouns:  # "opened fire": the object noun in its clause; a child "fire" read as a verb is the verb
            words += [(c, "NOUN") for c in verb.children if c.dep_ == "dobj"]
            words += [(c, "VERB") for c in verb.children if c.lemma_.lower() == "fire"]
        return any(self._violent_word(tok, pos) for tok, pos in words)

    def _violent_word(self, tok: Token, pos: str) -> bool:
        """The row this use of the word matches is violent; when none matches ("detonated a car", where the
        dictionary's one row wants a landmine), a word every row of which is violent still is."""
        code = self.matched_cameo(tok, pos)
        if code:
            return code[:2] in VIOLENT_ROOTS
        rows = self.lexicon.rules.get((tok.lemma_.lower(), pos)) or []
        codes = [r.cameo for r in rows if r.cameo != NO_EVENT]
        if any(r.cameo == NO_EVENT for r in rows) and self._no_event_use(tok, pos):
            return False  # "killed in an explosion and fire at the refinery": a use its "-" row reads as none
        return bool(codes) and all(c[:2] in VIOLENT_ROOTS for c in codes)

    def _no_event_use(self, tok: Token, pos: str) -> bool:
        """Whether a "-" row of the word holds here (a use that reports no event: a gas plant explosion)."""
        from .detect import EventDetector  # imported here: detect imports this module
        from .patterns import Clause

        detector = EventDetector(self.lexicon, self.kb)
        clause = Clause(tok, self.lexicon.synsets)
        return any(r.cameo == NO_EVENT and r.requires is not None and detector._holds(tok, r, clause)
                   for r in self.lexicon.rules.get((tok.lemma_.lower(), pos)) or [])

    def _is_place_token(self, tok: Token) -> bool:
        eid = self.mention_entity.get(tok.i)
        return eid is not None and self.entities[eid].type in PLACE_TYPES

    def _modifier_sector(self, tok: Token) -> str:
        """"Maoist cadres", "drug dealers": the sector a word describing a person gives (a group's name
        gives its own sector, a place none)."""
        eid = self.mention_entity.get(tok.i)
        if eid is None:
            return sector_of_word(tok, self.kb, bodies=True)
        ent = self.entities[eid]
        sector = ent.actor.sector if ent.actor is not None and ent.type not in PLACE_TYPES else None
        return sector if sector and nonstate(sector) else ""

    def _is_person_entity(self, eid: str) -> bool:
        return self.entities[eid].type == "PERSON"

    def _tried_act(self, verb: Token) -> bool:
        """Whether the act is a trial's or its outcome's ("was sentenced to 25 years in prison in the United
        States", "charged in a Florida court": `implied_sectors.csv` trial_word): the place its clause names
        is the court's, and says nothing of the country of the one tried."""
        from .implied import sector_words  # imported here: implied reads this module

        return verb.lemma_.lower() in sector_words("trial_word")

    def _clause_country(self, verb: Token) -> str | None:
        """The country of the place the act's clause names ("killed ... in Budgam district", "abducted ...
        from Chain village in West Khasi Hills"), by the place's code or its likeliest gazetteer entry;
        "" when the clause names no place it can place, None when it names one in a country the article
        names nowhere else (then the story's country is no guess either: a Syrian "Hajin" in Kashmir)."""
        nodes = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
        if verb.dep_ in CLAUSE_LINKS and verb.head.i != verb.i:
            # "launched raids in Milan, arresting gang members", "mounted an attack on the post in Kupwara"
            # "is serving a sentence in the United Kingdom after being arrested": the clause an after- or
            # before-phrase hangs on is where the act was
            head = verb.head.head if verb.dep_ in {"pobj", "pcomp"} else verb.head
            nodes += [head, *(c for c in head.children if c.dep_ in {"dobj", "nsubjpass"} and c is not verb)]
        foreign = False
        for node in nodes:
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in CLAUSE_PLACE_PREPS):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    for t in obj.subtree:
                        eid = self.mention_entity.get(t.i)
                        if eid is None or self.entities[eid].type not in PLACE_TYPES:
                            continue
                        country = self._entity_country(self.entities[eid])
                        if country and self._trusted_place(eid, country):
                            return country
                        foreign = foreign or bool(country)
        return None if foreign else ""

    def _trusted_place(self, eid: str, country: str) -> bool:
        """A coded place, or one only the gazetteer's likeliest entry places ("Hajin": a town in Syria, and in
        Kashmir) in a country the article names otherwise (or in an article that names none)."""
        ent = self.entities[eid]
        coded = ent.actor is not None and bool(ent.actor.country)
        return coded or not self.article_countries or country in self.article_countries

    @cached_property
    def article_countries(self) -> frozenset[str]:
        """The countries of the article's coded actors and its home."""
        return frozenset({self.home} - {""} | {e.actor.country for e in self.entities.values()
                                              if e.actor is not None and e.actor.country})

    def _entity_country(self, ent: Entity) -> str:
        if ent.actor is not None and ent.actor.country:
            return ent.actor.country
        key = normalize(ent.name)
        # "Nasir Bagh Road of Peshawar", "Chehel Sutun area of Kabul": a site named with its town lies in it
        container = key.rsplit(" of ", 1)[1] if " of " in key and ent.type in SITE_TYPES else ""
        return (place_choice(key, self.story_counts)
                or (place_choice(container, self.story_counts) if container else "") or "")

    @cached_property
    def story_counts(self) -> Counter[str]:
        """How often the article names each country by its coded actors (places the tables place, peoples,
        bodies): what breaks the tie between places of one name in several countries (`place_choice`)."""
        counts: Counter[str] = Counter()
        for e in self.entities.values():
            if e.actor is not None and e.actor.country:
                counts[e.actor.country] += len(e.mentions) or 1
        return counts

    @cached_property
    def place_country(self) -> str:
        """The one country every place the article names lies in ("" when none or several): the story's
        country for parties it does not place when the actor stage found no home."""
        # Every place must be placed: one the gazetteer cannot place may lie in another country than those it
        # can ("Hajin" is also a Syrian town); a site it cannot place ("Police Colony", "Station Road") is no
        # town elsewhere and does not count.
        countries = {c if self._trusted_place(e.id, c) else ""
                     for e in self.entities.values() if e.type in PLACE_TYPES
                     for c in [self._entity_country(e)] if c or e.type != "FAC"}
        return next(iter(countries)) if len(countries) == 1 else ""

    def _has_country(self, code: str | None) -> bool:
        return code is not None and code[:3] in self.kb.country_names

    def prep_objects(self, tok: Token, prep: str, exclude: set[str]) -> list[Argument]:
        """Objects of the preposition `prep` attached to `tok` ("met with X", "invasion of Ukraine")."""
        preps = [c for c in tok.children if c.dep_ in {"prep", "agent", "dative"} and c.lower_ == prep
                 and not (prep == "with" and tok.pos_ in {"VERB", "AUX"} and _co_agent(c))]
        # "at" names a party itself ("fired at police") or a place, never an owner ("spoke at X's summit").
        # But "fired at positions of the army", "opened fire at the house of a trader": a violent act at a
        # body's installation or a person's property is done to its owner.
        # ("complained on behalf of the farmers": one spoken for is no party the act is done to)
        found = [a for child in preps for pobj in child.children if pobj.dep_ == "pobj"
                 and not (prep == "on" and pobj.lower_ == "behalf")
                 for a in self.party(pobj, exclude, depth=self._at_depth(tok, pobj) if prep == "at" else 0)]
        if prep in WHERE_PREPS:  # "shot dead at Teen Hatti Chowk", "an attack on the Airport Road": where
            found = [a for a in found if not self._named_place(a)]
        return found

    def _at_depth(self, tok: Token, pobj: Token) -> int:
        """How deep an at-object is looked into for its party: its owner only when a violent act is done at an
        installation or owned thing ("fired at positions of the army"), else not at all (`prep_objects`)."""
        lemma = pobj.lemma_.lower()
        if ((lemma in INSTALLATIONS or lemma in OWNED_THINGS) and self._violent(tok)) or lemma in CROWD_NOUNS:
            return 0  # "fired tear gas at a crowd of growers": the growers
        if self._violent(tok) and self._named_body_members(pobj):
            return 0  # "opened fire at the FC men": the Frontier Corps, whose men they are
        return MAX_DEPTH + 1

    def _named_body_members(self, noun: Token) -> bool:
        """"the FC men", "the CTD officials": a word for people (a person description or a role) that a
        named body's name modifies, so that they are that body's members."""
        if not (person_noun(noun) or member_noun(noun) or self.kb.roles.get(normalize(noun.lemma_))):
            return False
        return any(c.dep_ == "compound" and c.i < noun.i and (eid := self.mention_entity.get(c.i)) is not None
                   and self.entities[eid].type == "ORG" for c in noun.children)

    def _named_place(self, arg: Argument) -> bool:
        """An entity whose name ends in a place word ("... Chowk", "... Road", "... Gaon"), whatever type the
        recogniser gave it: it is where something happened, never a party."""
        return arg.ref.entity_id is not None and self._place_name(arg.ref.entity_id)

    def _place_name(self, eid: str) -> bool:
        """Whether a name ends in a place word, or (one typed a person: "Dohbi Ghat Bijbehara", "Jamshed
        Town") holds one anywhere (`party_words.csv` place_word)."""
        ent = self.entities[eid]
        names = [w.lower() for w in ent.name.split()]
        if not names:
            return False
        if names[-1] in place_words():
            return True
        return ent.type == "PERSON" and any(w in place_words() or w in words("place_word") for w in names)

    def _is_place(self, arg: Argument) -> bool:
        return arg.ref.entity_id is not None and self.entities[arg.ref.entity_id].type in PLACE_TYPES


@cache
def place_index() -> Any:
    """The gazetteer's name index (imported here, not at the top, as `actors.home` does: the gazetteer builds
    on the actor tables)."""
    from ..geo.index import PlaceIndex

    return PlaceIndex()


@cache
def source_words(name: str) -> frozenset[str]:
    """One word set of `data/source_words.csv` (speaks_for, led_group, lead_verb, org_group, utterance_verb,
    first_person)."""
    return frozenset(row["word"].lower() for row in load_table("source_words", ("set", "word", "source"))
                     if row["set"] == name)


def place_words() -> frozenset[str]:
    """Words ending a place's name (noun_classes.csv, class place_name)."""
    return noun_class_words("place_name")


# words that count an amount of money before its unit ("50 *mln* dlrs", "1.6 *billion* Canadian dlrs")
AMOUNT_WORDS = frozenset({"mln", "million", "bln", "billion", "trillion", "thousand", "hundred"})


def _amount_of_money(tok: Token) -> bool:
    """Whether `tok` is a currency's unit counted by a number: "50 mln Australian dlrs", "300 mln Canadian
    dollars" (a number or "mln"/"billion" among its left modifiers)."""
    return tok.lower_ in noun_class_words("currency_unit") and any(
        c.dep_ in {"nummod", "quantmod", "compound", "amod"} and (c.like_num or c.lower_ in AMOUNT_WORDS)
        for c in tok.lefts)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or small_clause(verb)


def former_role(tok: Token) -> bool:
    """"a former deputy sarpanch", "an ex-sarpanch", "the former Congress MLA": a role noun whose own
    modifiers before it say its holder has left it ("former", "ex"). A possessor's ("the former minister's
    bodyguard") or an article's word ends the noun's modifiers; "retired", "then", "the late" are left out
    (a retired police general is still coded by his force; the then holder held it)."""
    i = tok.i - 1
    while i >= tok.sent.start:
        word = tok.doc[i]
        if word.lower_ in FORMER_WORDS:
            return True
        if word.dep_ in {"det", "case", "poss", "nummod"} or word.pos_ in {"DET", "PART", "ADP", "VERB"} \
                or (word.is_punct and word.text not in HYPHENS):
            return False
        i -= 1
    return False


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to arrest")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def small_clause(verb: Token) -> bool:
    """"the raid saw the rebel leader killed", "found him shot", "was shown arrested": a bare participle
    complement of a verb of seeing, finding or showing is passive; its subject is the one acted on."""
    # The tagger may read the participle as a past tense ("saw X killed"); a that-clause, an auxiliary or
    # an object makes it a finite clause ("found that militants killed two men").
    if _held_participle(verb) or _headline_participle(verb) or linked_participle(verb):
        return True
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"ccomp", "xcomp", "oprd"} \
            or verb.head.i == verb.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "mark", "ccomp"} for c in verb.children):
        return False
    return verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS


def linked_participle(verb: Token) -> bool:
    """"The five men stand accused of smuggling", "the general remains charged with fraud": a participle
    completing a linking verb (stand, remain, seem, become) with no object, auxiliary or subject of its own is
    a passive; the linking verb's subject is the one acted on, never its doer."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"acomp", "xcomp", "oprd"} or verb.head.i == verb.i:
        return False
    if verb.head.lemma_.lower() not in LINK_VERBS:
        return False
    own = {"aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative", "ccomp"}
    return not any(c.dep_ in own for c in verb.children)


def _headline_participle(verb: Token) -> bool:
    """"Zeta Leader El Arabe Killed in Tabasco", "Top Money Launderer Captured in Mexico": a title-case
    headline drops "was"; its capitalised participle of an act done to someone (`source_words.csv`
    headline_passive) with a subject and no object or auxiliary of its own is a passive, the subject the one
    acted on (the tagger reads it as a past tense with that subject as its doer)."""
    if verb.tag_ not in {"VBN", "VBD"} or not verb.text[:1].isupper() or verb.is_sent_start:
        return False
    if verb.lemma_.lower() not in source_words("headline_passive"):
        return False
    own = {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "nsubjpass"}
    # (a to-infinitive is what the subject was asked to do: "Indonesia Urged To Deregulate Its Economy")
    if any(c.dep_ in own and not (c.dep_ == "xcomp" and to_infinitive(c)) for c in verb.children) or not any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    words = [t for t in sentence_of(verb) if t.is_alpha and len(t) > 3]
    return sum(t.text[:1].isupper() for t in words) >= HEADLINE_SHARE * len(words)


def _held_participle(verb: Token) -> bool:
    """"Gang leaders detained in prisons outside Rio ordered the attacks": the tagger may read a participle of
    holding (`party_words.csv` held_verb) as a past tense with the held as its subject; with no object,
    auxiliary or clause of its own and a place right after it, it is a participle: its subject is held. So is
    a verb of an act always done to someone with a subject and nothing of its own (`_patient_past`), wherever
    it stands: "the first Colombian capo extradited to the United States"."""
    if verb.tag_ not in {"VBN", "VBD"}:
        return False
    held = verb.lemma_.lower() in words("held_verb")
    if not held and not _patient_past(verb):
        return False
    # (a patient verb's own test, `_patient_past`, lets a "that" pass: "notes that X, arrested in 2012, was")
    own = {"aux", "auxpass", "dobj", "dative", "mark", "ccomp", "xcomp", "agent"} if held else set()
    if any(c.dep_ in own for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    if not held:
        return True
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.dep_ == "prep" and after.head.i == verb.i \
        and after.lower_ in HELD_PLACE_PREPS


def _patient_past(verb: Token) -> bool:
    """A past form of a verb of an act always done to someone (`party_words.csv` patient_verb) with nothing
    of its own that an active clause has: no object, auxiliary, clause or particle, no conjunct with an object
    ("arrested and extradited a group" shares its object), and no relative clause ("the man police arrested"
    leaves its object to the noun it describes)."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.lemma_.lower() not in words("patient_verb"):
        return False
    if verb.dep_ in {"conj", "relcl"}:  # "the man police arrested": a relative clause's object is its head
        return False
    own = {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "prt", "nsubjpass"}
    return not any(c.dep_ in own or (c.dep_ == "conj" and any(o.dep_ == "dobj" for o in c.children))
                   for c in verb.children)


def reduced_passive(verb: Token) -> bool:
    """A participle with no subject or auxiliary of its own: "a clerk charged by police", "when asked",
    "was arrested and charged"."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and is_passive(verb.head):
        # "was arrested and charged with fraud": the tagger may read the second participle as a past tense;
        # with no subject and no object of its own it shares the passive.
        objects = {"dobj", "ccomp", "xcomp"}
        return verb.lower_.endswith("ed") and not any(c.dep_ in objects for c in verb.children)
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and _patient_past(verb) \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        # "Osiel Cardenas, the former head of the Gulf Cartel, extradited in 2007": a past tense only in the
        # tagger's reading
        return True
    if verb.tag_ != "VBN":
        return False
    return verb.dep_ in {"acl", "advcl"} or (verb.dep_ == "conj" and is_passive(verb.head)) \
        or linked_participle(verb)


def faith_word(tok: Token) -> bool:
    """Whether a modifier is one word of faith, sect or community (`party_words.csv` faith_word: "Shia",
    "Sikh", "Hazara"), which says what the people it describes believe, not whose they are."""
    return tok.lower_ in FAITH_WORDS and not any(c.dep_ in {"compound", "amod", "nmod"} for c in tok.children)


def _own_words(tok: Token) -> str:
    """A modifier's words without its conjuncts: "South American" (no country), "Chinese" of "Chinese and
    Australian"."""
    skip = {t.i for c in tok.children if c.dep_ in {"conj", "cc", "punct"} for t in c.subtree}
    return " ".join(t.text for t in tok.subtree if t.i not in skip)


def clause_verb(tok: Token) -> Token:
    """The verb whose clause `tok` is in ("fired on him": fired, through its preposition)."""
    head = tok.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head


def doer_words(verb: Token) -> set[int]:
    """The words of the doer of a verb: its subject or by-agent, one it shares with the verb it is conjoined
    with, or one the parser hung on its adverb (`_inherited_subjects`, `_loose_subjects`)."""
    return {t.i for c in [*verb.children, *_inherited_subjects(verb), *_loose_subjects(verb)]
            if c.dep_ in {"nsubj", "agent"} for t in c.subtree}


def _inherited_subjects(verb: Token) -> list[Token]:
    """"Militants stopped a bus and opened fire": the subject of the verb a conjoined verb shares it from."""
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _loose_subjects(verb: Token) -> list[Token]:
    """"militants open fired at them": a subject the parser hung on a word of the verb's own (its adverb)
    rather than on the verb, before it; never the subject of a clause of its own inside it."""
    return [c for child in verb.children if child.i < verb.i and child.pos_ not in {"VERB", "AUX"}
            for c in child.children if c.dep_ == "nsubj"]


def _amount(ent: Entity | None) -> bool:
    """Whether an entity is a sum or quantity mis-read as a name ("INR 500,000"): never a party."""
    return ent is not None and AMOUNT.match(ent.name.strip()) is not None


def main_participle(verb: Token) -> Token:
    """The passive a coordinated participle shares its subject's act with ("were killed and six injured in
    an attack", "were killed and three others injured in an attack": the killing); else the verb itself."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not is_passive(verb):
        return verb.head
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "conj" and noun.head.pos_ == "VERB":
        return noun.head
    clause = noun.head
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "nsubj" and clause.dep_ == "conj"
            and is_passive(clause.head) and noun.i < clause.head.i + 6):
        return clause.head  # "were killed and three others injured in an attack ... reports Y"
    return verb


def prep_words(tok: Token, prep: str) -> list[Token]:
    """The objects of `tok`'s preposition `prep` with their conjuncts ("between police and Maoists": both);
    for the sides of a two-sided act, each name of a coordinated modifier (`coordinated_sides`)."""
    words = [t for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
             for o in p.children if o.dep_ == "pobj" for t in [o, *o.conjuncts]]
    if prep in {"between", "among", "amongst"} and len(words) == 1:
        return coordinated_sides(words[0])
    return words


def _stray_sides(head: Token, side: Token) -> list[Token]:
    """"An encounter broke out between troops of 25 GR and suspected militants": a between-phrase names two
    sides, but the parser may hang the second on the verb as a conjunct of its own; a noun is no conjunct of a
    verb, so a noun coordinated with the verb after the first side is that side's partner."""
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > side.i][:1]


def side_words(noun: Token, prep: str) -> list[Token]:
    """The sides a two-sided act's noun names after `prep` ("between", "among"): on the noun itself ("a
    gunfight between police and militants"), else on the verb that tells only that it happened ("an encounter
    took place between SFs and Maoists", `occurrence_verb`), where the parser hangs the phrase."""
    named = prep_words(noun, prep)
    verb = None if named else occurrence_verb(noun)
    if verb is None:
        return named
    sides = prep_words(verb, prep)
    return sides + _stray_sides(verb, sides[0]) if len(sides) == 1 else sides


def coordinated_sides(tok: Token) -> list[Token]:
    """"an encounter between the Security Forces and the CPI Maoist cadres": the parser may read the two
    sides as one noun with coordinated name modifiers ("[Security Forces and Party] cadres"); a sides phrase
    has two, so each name is a side of its own. A lone noun whose modifiers are not coordinated names
    itself ("between rival gang members": one phrase, no second side)."""
    for mod in tok.children:
        if mod.dep_ not in {"nmod", "compound"} or mod.i > tok.i or mod.pos_ != "PROPN":
            continue
        names = [c for c in mod.conjuncts if c.pos_ == "PROPN" and c.i < tok.i]
        if names:
            return [mod, *names]
    return [tok]


def same_side(a: Argument, b: Argument) -> bool:
    """Two arguments for one side of a fight: one entity, or one code ("police" and "three policemen")."""
    if a.ref.entity_id is not None and a.ref.entity_id == b.ref.entity_id:
        return True
    return a.ref.code is not None and a.ref.code == b.ref.code


def nonstate(code: str | None) -> bool:
    """A sector code that names a party on its own: "UAF" (gunmen), "REB", "CRM", "CVL" (not "GOV")."""
    return code is not None and len(code) == 3 and code not in STATE_SECTORS


def _misparsed_conjuncts(head: Token) -> list[Token]:
    """"Alder Resources Ltd and Birch Resources Ltd said": the parser often hangs the first of two conjoined
    names on the second as a modifier that keeps the "and"; those modifiers, read as the conjuncts they
    are."""
    return [c for c in head.children if c.dep_ in {"nmod", "compound"} and c.i < head.i
            and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]


def wire_bracket_conjuncts(head: Token) -> list[Token]:
    """"<Alder Resources Ltd> and Birch Resources Ltd said they agreed to merge", "Alder Corp <ALD.N> and
    Birch Corp acquired ...": the parser often hangs the name after "and" on the wire's closing bracket after
    the first name, not on the name; those names, read as the conjuncts they are."""
    return [m for c in head.children if c.text == ">" and c.i > head.i for m in c.conjuncts]


def as_indirect(args: list[Argument]) -> list[Argument]:
    """The same parties read as not named directly by the clause (owners, co-parties of a noun's phrase)."""
    return [Argument(a.ref, False, a.guessed) for a in args]


def _co_agent(with_: Token) -> bool:
    """"Together with France, Britain condemned ...", "Shearson, along with American Express, agreed": a
    with-phrase before its verb or after "together"/"along" names one acting with the subject, never the other
    party."""
    return with_.i < with_.head.i or any(c.dep_ == "advmod" and c.lower_ in CO_AGENT_WORDS
                                         for c in with_.children)


def patient_possessor(noun: Token) -> bool:
    """"Makled's capture", "his release", "Bhutto's assassination": an event noun whose possessor is the one
    acted on (`party_words.csv` patient_possessor) when no of-phrase names another ("the army's capture of
    the town": the army captured)."""
    if noun.lemma_.lower() not in words("patient_possessor"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _number(tok: Token) -> int | None:
    """A small cardinal's value: "two", "2" -> 2; None for any other word."""
    spelled = {"two": 2, "three": 3, "four": 4, "five": 5}
    return int(tok.text) if tok.text.isdigit() else spelled.get(tok.lower_)


def _noun_words(tok: Token) -> str:
    """A noun's lemma with its compound nouns joined to it: "coal miners" -> "coalminer", so that it matches
    the same noun written as one word."""
    compounds = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i]
    return "".join(compounds) + tok.lemma_.lower() if compounds else tok.lemma_.lower()


def _accused_of_crime(tok: Token) -> bool:
    """"arrested a Colombian accused of establishing an 'oficina de cobro', a criminal structure": a
    participle on the noun that accuses or suspects him of what the crime words of `implied_sectors.csv`
    and `party_words.csv` name."""
    from .implied import sector_words  # imported here: implied reads this module

    crimes = sector_words("crime_word")
    return any(c.dep_ == "acl" and c.i > tok.i and c.lemma_.lower() in ACCUSING_PARTICIPLES
               and any(t.lemma_.lower() in crimes or t.lower_ in crimes for t in list(c.subtree)[:12])
               for c in tok.children)


def person_noun(tok: Token) -> bool:
    """A common noun that names a person by what he is (`party_words.csv` person_description)."""
    descriptions = values("person_description")
    if tok.lemma_.lower() not in descriptions and tok.lower_ not in descriptions:
        return False
    # "the accused was arrested": the tagger may read a participle used as a noun as a verb.
    return tok.pos_ in {"NOUN", "ADJ"} or any(c.dep_ == "det" for c in tok.children)


def member_noun(tok: Token) -> bool:
    """"cadres", "activists": a person noun of no sector of its own, a member of the group its modifier names
    (`party_words.csv` person_description with an empty value)."""
    descriptions = values("person_description")
    lemma = tok.lemma_.lower()
    return (lemma in descriptions and not descriptions[lemma]) or (
        tok.lower_ in descriptions and not descriptions[tok.lower_])


def sector_of_word(tok: Token, kb: ActorKnowledge, bodies: bool = False) -> str:
    """The sector a describing word gives: our person descriptions, else a person role noun (with `bodies`,
    a body's too: "the leader of the *gang*")."""
    lemma = tok.lemma_.lower()
    sector = values("person_description").get(lemma) or values("person_description").get(tok.lower_)
    if sector:
        return sector
    role = kb.roles.get(normalize(lemma))
    return role.sector if role is not None and (role.person or bodies) and role.sector else ""


def force_sector(tok: Token, kb: ActorKnowledge) -> str:
    """COP or MIL when the word, whatever its case or number ("Policemen", "Constable", "SPOs", "troopers"),
    names a member of a state's police or armed forces (`party_words.csv` person_description, else a role
    noun, person or body); "" for any other word. South Asian reports write these words capitalised, so the
    tagger takes them for names and lemmatises none of them."""
    for word in dict.fromkeys((tok.lemma_.lower(), tok.lower_)):
        sector = values("person_description").get(word, "")
        if not sector and (role := kb.roles.get(normalize(word))) is not None:
            sector = role.sector
        if sector in FORCE_SECTORS:
            return sector
    return ""


def phrase_role(tok: Token, kb: ActorKnowledge) -> tuple[Role, int] | None:
    """The longest role of two words or more the noun ends with its adjacent modifiers ("a *military police
    officer*" COP, not the army's MIL its first modifier alone would give), with the index of its first word;
    None when no such role is written. Read only to refine a role its compounds already form."""
    words = [tok.lower_]
    for left in reversed(list(tok.lefts)):
        if left.dep_ not in {"compound", "amod"} or left.i != tok.i - len(words):
            break
        words.insert(0, left.lower_)
    for start in range(len(words) - 1):
        for head in dict.fromkeys((tok.lower_, tok.lemma_.lower())):
            role = kb.roles.get(normalize(" ".join([*words[start:-1], head])))
            if role is not None:
                return role, tok.i - len(words) + 1 + start
    return None


def _phrase_words(head: Token) -> set[int]:
    """The words of a noun phrase short of any clause or apposition inside it: its subtree, not entering a
    verb, a clausal dependent or an appositive ("Inspector X" of "Inspector X, who said the Maoists shot
    him, ...")."""
    found = {head.i}
    stack = [head]
    while stack:
        for child in stack.pop().children:
            # (an apposition may be the parser's misreading of the next clause's subject: "According to
            # DIG Cheema the SP was killed when ... killing him")
            if child.pos_ not in {"VERB", "AUX"} and child.dep_ not in CLAUSE_DEPS and child.dep_ != "appos":
                found.add(child.i)
                stack.append(child)
    return found
