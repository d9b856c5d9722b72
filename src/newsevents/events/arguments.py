"""Who did it and to whom: an event's source and target read from the dependency parse, resolved to the
article's merged, coded entities.

Sources: the subject; a passive verb's "by" agent; a nominal trigger's possessor ("Russia's invasion"), "by"
phrase ("a visit by Maduro"), country modifier ("a U.S. delegation") or the subject of its light verb ("held
talks"); through conjunctions, infinitive complements ("flew to Berlin to meet": the flyer meets; "asked Kyiv
to mediate": Kyiv mediates) and relative clauses ("Al Thani, who has mediated"). Targets: where the trigger
rule says (direct object, passive subject, a preposition's object). Every argument expands over conjuncts
("the presidents of Russia and Ukraine" is two targets). Pronouns he/she/him/her resolve to the nearest
preceding person of the last two sentences who is not the event's other party.

A party named only inside a phrase is found by `party`: the phrase's own actor, else its owner (possessor,
of/in-phrase, the subject of a clause inside it: "a rise in West German rates", "overhauls in how Indonesia
manages"), else a role noun with no country ("charged a former clerk", "the police": the role's sector).
Sources also come from copular and light frames ("X is on a visit to Y", "X was due to meet Y"), a passive's
"by" agent wherever it hangs, and an event noun the passive subject was invited to ("invited to the bank's
meeting": the bank invites). When the row's target readings find nothing, the clause is searched: "between X
and Y", a dative, the verb's party prepositions (with, to, against, into, on, at), and for appeals the party
the appeal is about ("called for reforms in how Indonesia ..."). Passives never swap roles: the subject of a
passive verb is its target, never its source; nor does a verb of dying ("died in a clash with troops", "at the
hands of X": the troops, X killed the one who died). A violent act's doer is also the one it is claimed by,
blamed on or "responsible for" it; a with-phrase before the verb or after "together" is a co-agent, never a
target.

The one a killing, attack, abduction, arrest or release is done to (`_affected`) is a person, never a place;
an unnamed person described by a word ("two tribal youths", "four dealers") or named by "identified as X" is
that target; an uncoded person, or a sector of no country, gets the country of the clause's place, else of the
story, and a sector from his description or his part (victim of non-state doers CVL, arrested for a crime
CRM), marked `basis="inferred"`. Armed groups of no country are placed the same way as sources. The word sets
these rules read are `data/party_words.csv` (`party_words.py`).

Parties named around the act rather than as its arguments: a fight's two sides ("injured during a gunfight
between police and X cadres": the side the harmed are not of; "militants and a soldier were killed during a
shootout": the state force against the armed group; "a gunfight between X and police": the state force first);
the doer of a participle of doing on the act's noun ("an attack carried out by X") or of a verb of doing or
ordering it ("ordered the killing of"); a meeting (CAMEO 04) in a verb's adjunct is held by the verb's doer
("leaves for talks with Reagan"), its modifier the counterpart ("completed a round of IMF talks"); an
infinitive on an owned noun is done by its owner ("his threat to suspend aid"); an -ing clause of means or
time by its verb's doer ("injured her by firing at her"); "his country" is the speaker's country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc, Token

from ..actors.home import gazetteer_country
from ..actors.knowledge import ActorKnowledge, Role, normalize
from ..actors.layout import read_layout
from ..actors.org_names import default_org_names
from ..actors.pronouns import news_credits
from ..extensions import sentence_of
from ..model import ActorRef, Entity
from ..resources import load_table
from .lexicon import NO_EVENT, EventLexicon
from .party_words import values, words

# "detained in Bangu prison", "jailed since 2010": what follows a participle of holding
HELD_PLACE_PREPS = {"in", "at", "inside", "outside", "since"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
MODIFIER_TYPES = {"GPE", "NORP"}  # "a U.S. delegation", "Russian forces": the country acts
PLACE_TYPES = {"GPE", "LOC", "FAC"}
WHERE_PREPS = frozenset({"at", "on", "in"})  # prepositions that may name where, not whom
# A phrase's owner: "the president of X", "a rise in X's rates" (an in-phrase place is where, not whose).
OWNER_PREPS = frozenset({"of", "in"})
# A subject's owner: "the head of the central bank met" (but "a rise in rates" acts for no one).
SUBJECT_OWNER_PREPS = frozenset({"of"})
# Where a clause names the other party when the row's own target readings find nothing.
PARTY_PREPS = ("between", "with", "against", "into", "to", "on", "at")
TOWARD_PREPS = ("to", "into", "against")  # where what is sent goes: "sent troops to Cambodia"
APPEAL_ABOUT_PREPS = ("for", "on", "about")  # "called for reforms in how Indonesia manages": Indonesia
# "injured her by firing at her", "gave up its plans after holding talks": done by the verb's doer
MEANS_PREPS = frozenset({"by", "after", "while", "upon", "without", "through"})
# "leaves for Washington for talks with Reagan", "secured agreement following negotiations with the banks":
# prepositions of a verb's adjunct naming a meeting its doer holds
# (not "before": "before the trip to Moscow" is often told of a visit the story has named already)
ADJUNCT_PREPS = frozenset({"at", "for", "after", "following", "during"})
FRAME_PREPS = {"on", "for"}  # "X is on a visit to Y", "X arrived for talks": X is the visitor
MAX_DEPTH = 3
# Sectors that are a party with no country: "militants attacked", "gunmen shot dead", "rebels ambushed" code
# UAF/REB/... on their own; a state body ("officials warned", "police said") needs to be someone's.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PTY", "IGO"})
# Named entity types a capitalised role word is not ("Maoists attacked" is a group; "Gulzar" is a name).
NAME_TYPES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# Things a person owns or travels in: "attacked the residence of ex-Senator X", "ambushed the minister's
# convoy" act on that person (while "the cousin of X" is another person than X).
OWNED_THINGS = words("owned_thing")
# "positions held by the army", "a factory run by Tata": the doer of these verbs owns what they describe.
OWNER_VERBS = words("owner_verb")
COLLECTIVES = words("collective")  # "Cross's investor group": a group a person leads stands for him
# A body's installations stand for the body: "attacked a police station", "an army camp", "a CRPF post".
INSTALLATIONS = words("installation")
# What a person puts forward: "agreed to Rha's proposal", "rejected the minister's offer" are his.
PROPOSALS = words("proposal")
# Legal and police acts (CAMEO 173 arrest, detain, charge; 174 expel, deport, extradite): with no doer named,
# a coder codes the police of the place ("was arrested in Lima": Peru's police).
POLICE_ACTS = ("173", "174")
# ... but only the police's own acts: a court sentences, convicts and jails ("was sentenced": no police).
POLICE_LEMMAS = words("police_lemma")
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})  # what a report can do
HANDOVER_VERBS = frozenset({"extradite", "deport"})  # what only a state does to one it sends away
COURT_NOUNS = words("court_noun")  # "a US indictment": the United States' judiciary indicted
COURT_ACTS = words("court_act")  # "was indicted in Peru, prosecutors said": the judiciary (JUD)
CHARGE_LEMMAS = words("charge_act")  # "was charged with fraud": a prosecutor's act, never a guessed police's
# Who may be guessed to have made an arrest (the sentence must name one), or a charge, indictment or sentence.
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
COURT_SECTORS = frozenset({"JUD"})
# Where an event noun holds the doer of a passive verb: "was killed in an encounter with police".
IN_EVENT_PREPS = frozenset({"in", "during"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
SMALL_CLAUSE_VERBS = frozenset({"see", "find", "leave", "watch", "show"})  # "saw X killed": X is the victim
DOCUMENTS = words("document")  # "a UN report says": the report's author is the source of what it says
SUMMON_VERBS = words("summon_verb")  # "summoned the ambassador to protest": the ambassador is protested to
ANAPHORIC_DETS = {"the", "these", "those", "both"}  # how deep a party is looked for inside a phrase
# An amount is never a party, whatever type the recogniser gave it: "INR 500,000", "Rs 5 lakh", "$2 million",
# "80 cts" (a currency code or sign, a number, a unit); "G7" or "M-19" (no space, a hyphen) are names.
AMOUNT = re.compile(r"^(?:(?:[A-Z]{2,3}|Rs\.?|Tk\.?|US\$|NT\$)\s+|[$€£¥])?\d[\d.,]*"
                    r"(?:\s+(?:million|billion|trillion|mln|bln|lakh|lakhs|crore|crores|cts|cents|dlrs|pct|"
                    r"percent|per cent|tonnes|tons|lb|lbs|kg|barrels))*$", re.IGNORECASE)
# "X claimed responsibility for the attack in which ten were killed": who owns up to an act did it.
CLAIM_VERBS = frozenset({"claim", "own", "accept", "take", "admit", "assume"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
DIRECT_CLAIM_VERBS = frozenset({"claim"})  # "the TTP claimed the kidnapping": claimed a violent act it did
# "suspected X of the killing", "blamed X for the attack": the verb and the preposition that names the act.
ATTRIBUTIONS = values("attribution_verb")
# Verbs whose row names no target but whose object is another's thing: "rejected an IMF program", "rejected
# the offer by Regal", "denied Iran's accusation": the owner of what is turned down or taken up is the target.
# "died in an encounter with troops", "died at the hands of the cartel": the subject of a verb of dying is
# the one killed, never the killer, who is named by the event it died in (`party_words.csv` death_verb).
DEATH_VERBS = words("death_verb")
# "blamed the attack on X", "the attack was blamed on X": the one an act is laid on did it (reported).
LAID_ON_VERBS = values("laid_on_verb")
# "unidentified armed motorcyclists shot dead": a described band of armed men is a party (UAF) though no
# table names it (`party_words.csv` armed_description).
ARMED_DESCRIPTIONS = words("armed_description")
ENGAGE_VERBS = words("engage_verb")  # "are in talks with X", "engaged in negotiations with X"
HARM_VERBS = words("harm_verb")  # "the attack in which five soldiers were injured": harm suffered in an act
DOER_VERBS = words("doer_verb")  # "an attack carried out by X": the by-agent did the act the noun names
RELATION_NOUNS = words("relation_noun")  # "enemies of X", "the governor's son": other people than X
CONDUCT_NOUNS = words("conduct_noun")  # "the police inaction": the police's conduct
CROWD_NOUNS = words("crowd_noun")  # "a crowd of growers": the growers
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})  # a fight's non-state side
GENERIC_PERSON_SECTORS = frozenset({"PPL", "CVL"})  # "masked men": people, unless described as armed
OWNER_TARGET_VERBS = frozenset({"reject", "deny", "refuse", "veto", "accept", "rebuff", "spurn", "dismiss",
                                "decline"})


@dataclass(frozen=True)
class Argument:
    """A resolved source or target with how directly the parse gave it (for confidence)."""

    ref: ActorRef
    direct: bool  # False: inherited through a conjunction/complement, or a resolved pronoun
    guessed: bool = False  # an unnamed group's country taken from the story's home, not the sentence


class ArgumentReader:
    """Reads sources and targets for one parsed, actor-annotated Doc."""

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
        seen: set[tuple[str | None, str | None]] = set()
        unique = []
        for arg in out:
            key = (arg.ref.entity_id, arg.ref.code)
            if key not in seen:
                seen.add(key)
                unique.append(arg)
        return unique

    def _refs_of(self, tok: Token, exclude: set[str]) -> list[Argument]:
        eid = self.mention_entity.get(tok.i)
        if eid is not None and self._listed_place(tok, eid):
            return []
        if eid is not None:
            return [Argument(self._ref(eid), True)]
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.refs(tok.head.head)
        speaker = self._reported_speaker(tok)
        if speaker:
            return _indirect(speaker)
        if tok.lower_ in PERSON_PRONOUNS:
            person = self._resolve_person_pronoun(tok, exclude)
            return [Argument(self._ref(person), False)] if person else []
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
        # "a U.S. delegation", "Russian forces": a country modifying an unnamed group acts for it.
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.i in self.mention_entity:
                ent = self.entities[self.mention_entity[child.i]]
                if ent.type in MODIFIER_TYPES and ent.actor and ent.actor.country:
                    return [Argument(ActorRef(None, ent.actor.country), False)]
        return []

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
        clause = tok.head
        if tok.dep_ != "nsubj" or tok.lower_ not in SUBJECT_PRONOUNS or clause.dep_ != "ccomp":
            return []
        if not self.lexicon.is_cue(clause.head.lemma_, "speech"):
            return []
        return [a for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in SUBJECT_PRONOUNS
                for a in self.refs(c)]

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
        # "Khan said he shot him": the subject of the pronoun's own clause is never "him" (binding).
        own_subjects = {self.mention_entity.get(c.i) for c in _clause_verb(tok).children
                        if c.dep_ in {"nsubj", "nsubjpass"}}
        here: set[str] = set()
        before: set[str] = set()
        for i, eid in self.mention_entity.items():
            if not first_sentence <= i < tok.i or eid in exclude or self.entities[eid].type != "PERSON":
                continue
            if self._place_name(eid):  # "Jamshed Town" typed a person is no "him"
                continue
            if i in reporters or eid in own_subjects or self.doc[i].lower_ in PERSON_PRONOUNS:
                continue
            (here if i >= start else before).add(eid)
        # As the actor stage reads "he": its own sentence first, then the previous one; one person or none.
        fitting = here or before
        return fitting.pop() if len(fitting) == 1 else None

    def _reporters(self, tok: Token) -> set[int]:
        """"Superintendent Anil Kumar said the Maoists killed him": the one who tells of a violent act is
        never its victim, so the words of the subject of a speech verb over the pronoun are no antecedent."""
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        # "said militants had tried to kill him": one may tell of an attempt on oneself.
        if tok.dep_ not in {"dobj", "pobj"} or verb.dep_ == "xcomp" or not self._violent(verb):
            return set()
        return {t.i for speech in tok.ancestors if self.lexicon.is_cue(speech.lemma_, "speech")
                for c in speech.children if c.dep_ == "nsubj" for t in c.subtree}

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
        tok = self._victims(tok)
        own_country = self._pronoun_country(tok)
        if own_country:
            return own_country
        direct = self._holder([self._with_country(a, tok) for a in self.refs(tok, exclude)], tok, exclude)
        # "The U.S. case brought by the soybean processors alleged": the one who brought it, not the country.
        author = self.author(tok, exclude) if depth == 0 and self._verbal_act(tok) else []
        if author:
            return author
        if direct:
            return direct
        owned = self._owner(tok, exclude, owners, depth) if depth <= MAX_DEPTH else []
        role = self.kb.roles.get(normalize(tok.lemma_))
        if owned and role is not None and role.sector:  # "Peru's president": Peru's government
            owned = [Argument(ActorRef(None, a.ref.code + role.sector), a.direct)
                     if a.ref.code and len(a.ref.code) == 3 and self._has_country(a.ref.code) else a
                     for a in owned]
        if owned and role is not None and _nonstate(role.sector):
            owned = [self._member_group(a, role.sector) for a in owned]
        if owned and role is not None and role.person and all(self._town(a) for a in owned):
            # "took the mayor of Iguala into custody": the mayor, a person of the town's country, not the town
            owned = self._bare_role(tok) or owned
        if owned:
            return _indirect(owned)
        roles = [a for t in [tok, *tok.conjuncts] for a in self._bare_role(t)]
        if owners == SUBJECT_OWNER_PREPS:  # "officials warned": a state body of no known country is no
            # source, but "militants attacked" is (UAF needs no country).
            return [a for a in roles if self._has_country(a.ref.code) or _nonstate(a.ref.code)]
        # Those acted on are often not of the story's home ("the Colombian military killed civilians" in a
        # story filed from Washington): a guessed country stays off a target.
        return [Argument(ActorRef(None, a.ref.code[3:]), a.direct) if a.guessed and a.ref.code else a
                for a in roles]

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

    def _victims(self, tok: Token) -> Token:
        """"stopped a bus carrying pilgrims and opened fire on them", "engineers were travelling when gunmen
        abducted them": "them" acted on by a violent act stands for the nearest plural group of people before
        it in its sentence or the previous one that is not a doer (the subject of a violent act) - the
        victims; any other word is itself."""
        if (tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "nsubjpass" and tok.head.dep_ == "relcl"
                and tok.head.head is not tok.head):
            return tok.head.head  # "tribal people, who were abducted by Maoists": the people
        if tok.lower_ != "them" or tok.dep_ not in {"dobj", "pobj"} or not self._violent(_clause_verb(tok)):
            return tok
        start = sentence_of(tok).start
        first = sentence_of(self.doc[start - 1]).start if start > 0 else start
        doers = {t.i for verb in self.doc[first:tok.i + 1]
                 if verb.pos_ in {"VERB", "AUX"} and self._violent(verb)
                 for c in [*verb.children, *_inherited_subjects(verb), *_loose_subjects(verb)]
                 if c.dep_ in {"nsubj", "agent"} for t in c.subtree}
        for cand in reversed(self.doc[first:tok.i]):
            if cand.i not in doers and self._people_plural(cand):
                return cand
        return tok

    def _people_plural(self, tok: Token) -> bool:
        """A plural noun naming people: a person description ("villagers") or a role ("policemen",
        "pilgrims"), or a plural name of people the recogniser found ("Chinese engineers")."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return False
        # "the Security Forces (SFs)": the role may be the noun with its compound, in any case.
        compounds = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
        keys = {normalize(tok.lemma_), normalize(tok.text), normalize(f"{compounds} {tok.text}".strip())}
        return _person_noun(tok) or any(k in self.kb.roles for k in keys)

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
                return _indirect(found)
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

    def _owner_of(self, tok: Token, exclude: set[str], owners: frozenset[str], depth: int) -> list[Argument]:
        found: list[Argument] = []
        role_noun = self.kb.roles.get(normalize(tok.lemma_)) is not None
        if tok.lemma_.lower() in CONDUCT_NOUNS:
            # "protested the police inaction", "against army excesses": the body whose conduct it is
            found = [a for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                     and c.i not in self.mention_entity for a in self._bare_role(c)]
            if found:
                return found
        for child in tok.children:
            # "Rha's proposal" is Rha's as "Del Cid's house" is his (while "Del Cid's son" is another person).
            owned = tok.lemma_.lower() in OWNED_THINGS or tok.lemma_.lower() in PROPOSALS
            if child.dep_ == "poss":
                # "the murder of Del Cid's son": the son, not Del Cid; but "Del Cid's house" is his, and
                # "Cross's investor group" is the group he leads.
                if owned or not self._is_person(child) or tok.lemma_.lower() in COLLECTIVES:
                    found.extend(self.party(child, exclude, owners, depth + 1))
            elif (child.dep_ in {"amod", "compound", "nmod"} and child.i in self.mention_entity
                  and (owners != SUBJECT_OWNER_PREPS or self._group_of_org(tok, child))):
                ent = self.entities[self.mention_entity[child.i]]
                # "West German rates": a nationality, coded or not (a coded one `refs` already gave); a
                # city modifying a person is where he is from ("the Miami cannibal"), not who acts.
                # "the Zetas cartel": an organisation's name on a common noun names it.
                # "a Frontier Corps vehicle": a body's name on its installation or things, however parsed.
                named = ent.type == "ORG" and (child.dep_ == "compound" or self._group_of_org(tok, child)
                                               or self._held(tok))
                coded = ent.type in MODIFIER_TYPES and ent.actor is not None and bool(ent.actor.country)
                if named or coded or ent.type == "NORP":
                    found.append(Argument(self._ref(ent.id), False))
            elif child.dep_ == "prep" and (child.lower_ in owners or (child.lower_ == "from" and role_noun)):
                # "the detained leaders from the opposition party": members from a body are its members.
                if child.lower_ == "of" and self.lexicon.rules.get((tok.lemma_.lower(), "NOUN")):
                    continue  # "the murder of X": what an event was done to is not its owner
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        eid = self.mention_entity.get(obj.i)
                        if child.lower_ == "in" and (self._place_phrase(obj) or self._held(tok)):
                            continue  # "talks with officials in Geneva", "a police post in Tump area"
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
                # "positions held by the army", "a factory run by the company": the holder owns them.
                found.extend(a for agent in child.children if agent.dep_ == "agent"
                             for obj in agent.children if obj.dep_ == "pobj"
                             for a in self.party(obj, exclude, owners, depth + 1))
            if found:
                return found
        return found

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
        # "the CPI-Maoist cadres": a member noun whose group its modifier names (person_description)
        return self.kb.roles.get(normalize(tok.lemma_)) is not None or _member_noun(tok)

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
                                   or (tok.tag_ == "NNP" and not self._the_body(tok))):
            return []
        group = self.kb.roles.get(normalize(tok.lemma_))
        anaphoric = any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children)
        if tok.tag_ in {"NNS", "NNPS"} and anaphoric and not (group and _nonstate(group.sector)):
            # "the leaders signed": a group named before, not a new party; but "the militants fled" are
            # militants (UAF) whoever they were.
            return []
        modifiers = [m for m in tok.children if m.dep_ in {"amod", "compound", "nmod"}]
        compounds = [m for m in modifiers if m.dep_ == "compound" and m.i < tok.i]
        phrase = " ".join(m.lower_ for m in compounds)
        role = compounds and (self.kb.roles.get(normalize(f"{phrase} {tok.lemma_}"))
                              or self.kb.roles.get(normalize(f"{phrase} {tok.lower_}")))
        if role:
            modifiers = [m for m in modifiers if m not in compounds]  # "police officer", "army chief"
        else:
            role = self.kb.roles.get(normalize(tok.lemma_)) or self.kb.roles.get(normalize(tok.lower_))
        if not role and tok.lemma_.lower() in INSTALLATIONS:  # "a police station": the police's
            # "an army camp", "a military vehicle": the body a compound or adjective names
            bodies = [(m, b) for m in modifiers if m.i < tok.i and m.dep_ in {"compound", "amod"}
                      and (b := self._body_word(m)) is not None and b.sector]
            if bodies:
                role = bodies[0][1]
                modifiers = [m for m in modifiers if m is not bodies[0][0]]
        if not role and _member_noun(tok):
            # "Maoist cadres", "Naxalite activists": members of no named group, of the sector their
            # modifier gives (placed like any armed group by `_placed_group` or `_inferred`).
            sector = next((sec for m in modifiers if _nonstate(sec := self._modifier_sector(m))), "")
            return [Argument(ActorRef(None, sector), True)] if sector else []
        if not role or not role.sector:
            return []
        sector = role.sector
        countries: list[str] = []
        for m in modifiers:
            for n in [m, *m.conjuncts]:
                words = _own_words(n)
                country = self.kb.country_of(words)
                body = self.kb.roles.get(normalize(words))
                if country:
                    countries.append(country)
                elif body is not None and not body.person and body.sector:
                    sector = body.sector  # "military officials", "police officers"
                elif n.dep_ == "compound" or any(t.ent_type_ or self._proper_word(t) for t in n.subtree):
                    return []  # "cartel leaders", "Western governments": not one country's role
        if not countries:  # "in Argentina", "in Saudi Arabia's Asir region"
            countries = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "from"}
                         for o in p.children if o.dep_ == "pobj"
                         for w in [o, *(x for x in o.children if x.dep_ == "poss")]
                         if (c := self._country_at(w))]
        if countries:
            return [Argument(ActorRef(None, c + sector), True) for c in dict.fromkeys(countries)]
        # No country in the phrase: the story's home country (dateline, else main country) is a guess.
        return [Argument(ActorRef(None, self.home + sector, "article" if self.home else None), True,
                         guessed=bool(self.home))]

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

    # -- verbs -------------------------------------------------------------------------------------

    def verb_source(self, verb: Token, depth: int = 0) -> list[Argument]:
        """The source of a verb trigger (see the module docstring); an armed group of no country ("Maoists",
        "Kashmir militants") is of the country of the clause's place, else of the story (`_placed_group`)."""
        found = self._verb_source(verb, depth)
        return [self._placed_group(a, verb) for a in found] if depth == 0 else found

    def _placed_group(self, arg: Argument, verb: Token) -> Argument:
        """"Militants shot dead a constable in Bijbehara": rebels, criminals or civilians named with no
        country act in the country where the clause puts them, else in the story's; state bodies only in the
        clause's (inferred; unnamed armed men, UAF, and international bodies stay as they are)."""
        code = arg.ref.code
        if arg.ref.entity_id is not None or not code or len(code) != 3 or code in UNPLACED_SECTORS:
            return arg
        if self._has_country(code):
            return arg
        clause = self._clause_country(verb)
        country = clause if clause is not None else ""
        # A state body ("security forces", "police") is placed by the clause alone: the story's country is
        # no guess for it ("officials warned" may be anyone's officials).
        if _nonstate(code):
            country = country or (self.home or self.place_country if clause == "" else "")
        if not country:
            return arg
        return Argument(ActorRef(None, country + code, "inferred"), arg.direct, guessed=True)

    def _verb_source(self, verb: Token, depth: int = 0) -> list[Argument]:
        if depth > 4:
            return []
        if self._killed_dying(verb):
            # "five rebels died in a clash with troops": the troops, never the dead (see `_dead`)
            return _indirect(self._hands_of(verb) or self._in_event_doer(verb) or self._claimed_by(verb))
        passive = is_passive(verb)
        for child in verb.children:
            # "was criticised by X", "the clerk charged by police": the by-agent acts, wherever it hangs.
            if child.dep_ == "agent":
                return [a for pobj in child.children if pobj.dep_ == "pobj"
                        for a in self._armed_band(pobj, verb) or self.party(pobj, set(), SUBJECT_OWNER_PREPS)]
            if not passive and child.dep_ in {"nsubj", "csubj"} and self.in_dateline(child):
                # "KORAPUT, March 3 -- Maoists abducted ...": the parser may make the story's first words
                # an apposition of the dateline it takes for the subject.
                subject = next((c for c in child.children if c.dep_ == "appos" and not self.in_dateline(c)),
                               None)
                if subject is not None:
                    return self.party(subject, set(), SUBJECT_OWNER_PREPS)
            if not passive and child.dep_ in {"nsubj", "csubj"} and not self.in_dateline(child):
                found = self._armed_band(child, verb) or self.party(child, set(), SUBJECT_OWNER_PREPS)
                if not found and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    found = self.claimant(verb.head)  # "claimed the blast that killed 12"
                if not found and child.lower_ == "they" and verb.dep_ == "conj" and verb.head is not verb:
                    # "Maoists entered the house, and they shot him dead": the first clause's subject
                    found = _indirect(self._verb_source(verb.head, depth + 1))
                return found
        if passive:
            if verb.dep_ == "relcl" and depth == 0:  # "claimed the attack in which 10 were killed"
                claimed = self.claimant(verb.head)
                if claimed:
                    return claimed
            if depth == 0:
                # "had been invited to the bank's meeting": the event's own doer invited; "was killed in an
                # encounter with police": the police; "was arrested in Lima": Peru's police (a guess).
                return _indirect(self._event_owner(verb) or self._hands_of(verb) or self._in_event_doer(verb)
                                 or self._claimed_by(verb) or self._police_of_place(verb))
            # "is expected to travel ... to meet": a raising verb's subject is its complement's doer.
            return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.refs(c)]
        # "but Naftali Bennet, for his part, did not condemn": the parser hangs the subject loosely.
        for child in verb.lefts:
            if child.dep_ in {"npadvmod", "dep"} and child.i in self.mention_entity:
                return self.refs(child)
        head = verb.head
        if head is verb:
            return []
        if _reduced_passive(verb):
            # "was arrested and charged", "the mayor said when asked": the one acted on is no source.
            if verb.dep_ != "conj" or not is_passive(head):
                return []
            # "was arrested and later released": the police guessed for the arrest did not release.
            police = self._police_act(verb)
            return _indirect([a for a in self.verb_source(head) if police or not a.guessed])
        if verb.dep_ == "conj":
            return _indirect(self.verb_source(head, depth + 1))
        if verb.dep_ in {"xcomp", "advcl"}:
            if self.lexicon.is_cue(head.lemma_, "content"):
                objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
                if objects:
                    return _indirect(self.refs(objects[0]))
            return _indirect(self.verb_source(head, depth + 1))
        if verb.dep_ == "pcomp" and head.lower_ in MEANS_PREPS and head.head.pos_ == "VERB" \
                and not is_passive(head.head):
            # "militants injured a woman by firing at her", "decided to give up its plans after holding talks
            # with the government": an -ing clause of means or time is done by the verb's doer
            return _indirect(self.verb_source(head.head, depth + 1))
        if verb.dep_ == "pcomp":  # "suspected militants of killing a trader": the suspected
            return self._attributed(verb)
        if verb.dep_ == "relcl" and head.i in self.mention_entity:
            return self.refs(head)
        if verb.dep_ in {"acomp", "attr", "oprd"}:
            # "was due to meet", "is ready to send": the copula's subject does the complement.
            return self.verb_source(head, depth + 1)
        if verb.dep_ == "acl":
            return self._intent_owner(verb, depth)
        return []

    def _intent_owner(self, verb: Token, depth: int) -> list[Argument]:
        """"Iran's plan to enrich uranium", "followed up on his threat to suspend aid", "made proposals to
        ease friction": the doer of an infinitive on a noun is the noun's owner (its possessor, by-phrase or
        actor modifier); one a possessive pronoun owns ("his threat") is the subject of the clause the noun is
        in, as is one a light verb makes ("made proposals"). A noun of no owner ("a plan to withdraw") names
        none."""
        noun = verb.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or noun.pos_ != "NOUN":
            return []
        own = self.noun_own_source(noun)
        if own:
            return _indirect(own)
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        governor = _governing_verb(noun)
        # "had the power to bring charges", "has a plan to": what one has is a capability or a plan, no act
        if governor is None or governor.lemma_.lower() == "have":
            return []
        if not (pronoun or (noun.dep_ == "dobj" and self.lexicon.is_cue(governor.lemma_, "light"))):
            return []
        return _indirect(self.verb_source(governor, depth + 1))

    def _armed_band(self, tok: Token, verb: Token) -> list[Argument]:
        """"were shot dead by unidentified armed motorcyclists", "masked men abducted": a band no table
        names, described as armed or unidentified, doing a violent act, is unidentified armed attackers (UAF)
        of the country of the clause's place, else of the story's (inferred)."""
        if tok.i in self.mention_entity or tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not self._violent(verb):
            return []
        role = self.kb.roles.get(normalize(tok.lemma_))
        if role is not None and role.sector not in GENERIC_PERSON_SECTORS:
            return []  # "armed militants" are militants (REB), "armed policemen" police
        if not any(c.dep_ == "amod" and c.lower_ in ARMED_DESCRIPTIONS for c in tok.children):
            return []
        country = self._clause_country(verb) or self.home
        return [Argument(ActorRef(None, country + "UAF", "inferred"), False, guessed=True)]

    def _hands_of(self, verb: Token) -> list[Argument]:
        """"was killed at the hands of the Zetas", "died at the hands of security forces": the owner of the
        hands a violent act is done at did it."""
        if not self._violent(verb):
            return []
        return [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "at"
                for hands in prep.children if hands.dep_ == "pobj" and hands.lower_ == "hands"
                for of in hands.children if of.dep_ == "prep" and of.lower_ == "of"
                for pobj in of.children if pobj.dep_ == "pobj"
                for a in self.party(pobj, set(), SUBJECT_OWNER_PREPS)]

    def _killed_dying(self, verb: Token) -> bool:
        """A verb of dying read as a killing (its row is violent): "died in a clash with troops", not "died
        on hunger strike" (a protest the one who died made)."""
        return verb.lemma_.lower() in DEATH_VERBS and self._violent(verb)

    def _dead(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"five rebels died in a clash with troops": the subject of a verb of dying is the one killed."""
        return [a for c in verb.children if c.dep_ == "nsubj" for a in self._target_np(c, exclude)]

    def _in_event_doer(self, verb: Token) -> list[Argument]:
        """"was killed in an encounter with police", "were wounded in an attack by militants": the doer of
        the event noun the passive happened in."""
        # "were killed and six injured in an ambush by X": coordinated participles share the phrase.
        shared = _shared_participles(verb)
        preps = [c for v in shared for c in v.children if c.dep_ == "prep" and c.lower_ in IN_EVENT_PREPS]
        for prep in preps:
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                if not self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) and not _fight_phrase(noun):
                    continue
                found = (self.noun_own_source(noun) or self.prep_objects(noun, "with", set())
                         or self._other_side(verb, noun))
                if found:
                    return found
        # "was killed when police opened fire", "were wounded as troops fired on the crowd".
        # "a trooper was killed and two were injured when Maoists attacked them": the clause may hang on the
        # coordinated participle.
        for clause in (c for v in shared for c in v.children if c.dep_ == "advcl" and self._violent(verb)):
            marks = {m.lower_ for m in clause.children if m.dep_ in {"mark", "advmod"}}
            if marks & {"when", "as"} and self._violent(clause, nouns=True):
                found = [a for c in clause.children if c.dep_ == "nsubj"
                         for a in self.party(c, set(), SUBJECT_OWNER_PREPS)]
                if found:
                    return found
        return []

    def _other_side(self, verb: Token, noun: Token) -> list[Argument]:
        """The side of a two-sided fight the passive subject of a violent verb suffered from, when the
        sentence names both sides and no doer: "four people, including three policemen, were injured during a
        gunfight between police and JeI cadres" (the cadres: the side the harmed are not of); "three TTP
        militants and a soldier were killed during a shootout" (the soldier's side, the state force, against
        the militants). A fight whose sides are not both named, or whose harmed are of neither or both named
        sides, has no doer a coder could name."""
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) or []
        if not (_fight_phrase(noun) or any("between" in r.target for r in rows)):
            return []
        # "three militants and a soldier", "four people, including three policemen": each one named
        subjects = [c for v in (verb, _main_participle(verb)) for c in v.children if c.dep_ == "nsubjpass"]
        harmed_words = [t for c in subjects for t in [c, *c.conjuncts, *_prep_words(c, "including")]]
        harmed = self._each_party(harmed_words)
        # "between police and JeI cadres": each side read on its own (a group named by its members' modifier);
        # "a clash that ensued between police and JeI cadres": the sides may hang on a clause on the noun
        side_words = [*_prep_words(noun, "between"), *(t for c in noun.children if c.dep_ == "relcl"
                                                       for t in _prep_words(c, "between"))]
        if len(side_words) >= 2:
            # "three ICS cadres were killed in a clash between JeI ICS cadres and police": a side the harmed
            # share a name or a code with is theirs
            other = [t for t in side_words if not any(
                self._named_alike(t, h) or _same_side(a, b) for h in harmed_words
                for a in self._each_party([t]) for b in self._each_party([h]))]
            return _indirect(self._each_party(other)) if 0 < len(other) < len(side_words) else []
        # "three militants and a soldier were killed in an exchange of fire": both sides among the dead;
        # a coder codes the state force as the one fighting the armed group.
        state = [h for h in harmed if (h.ref.code or "")[-3:] in FORCE_SECTORS]
        armed = [h for h in harmed if (h.ref.code or "")[-3:] in ARMED_SECTORS]
        return _indirect(state) if state and armed else []

    def _named_alike(self, a: Token, b: Token) -> bool:
        """Two phrases naming one entity in their heads or modifiers ("ICS cadres", "JeI ICS cadres")."""
        def named(tok: Token) -> set[str]:
            return {eid for t in [tok, *(c for c in tok.children if c.dep_ in {"compound", "nmod", "amod"})]
                    if (eid := self.mention_entity.get(t.i)) is not None}
        return bool(named(a) & named(b))

    def _each_party(self, toks: list[Token]) -> list[Argument]:
        """The party each word names on its own, not over its conjuncts ("three militants and a soldier":
        the militants, the soldier): its entity, its owner ("JeI cadres"), else its role; once each."""
        found: dict[tuple[str | None, str | None], Argument] = {}
        for tok in toks:
            # the phrase's own words, without its conjuncts' ("LI militants and peace committee members")
            others = {t.i for c in tok.conjuncts for t in c.subtree}
            mine = {eid for t in tok.subtree if t.i not in others and (eid := self.mention_entity.get(t.i))}
            own = [a for a in self.party(tok, set(), SUBJECT_OWNER_PREPS)
                   if a.ref.entity_id in mine or (a.ref.entity_id is None and not tok.conjuncts)]
            own = own or (self._refs_of(tok, set()) or self._owner(tok, set(), SUBJECT_OWNER_PREPS, 0)
                          or self._bare_role(tok))
            found.update(((a.ref.entity_id, a.ref.code), a) for a in own)
        return list(found.values())

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
        return bool(codes) and all(c[:2] in VIOLENT_ROOTS for c in codes)

    def _police_of_place(self, verb: Token) -> list[Argument]:
        """"was arrested in Lima", "were detained": an arrest, charge or extradition with no doer named is
        the police's, of the country where it happened, else of the story's home (a guess either way)."""
        if not self._police_act(verb):
            return []
        def named(preps: set[str]) -> list[str]:
            return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                    for o in p.children if o.dep_ == "pobj" and self._is_place_token(o)
                    and (c := self._place_country(o))]
        country = next(iter(named({"in", "at"})), "")
        if self._sends_away(verb) and verb.lemma_.lower() not in HANDOVER_VERBS:
            return []  # "had been expelled from Wana": by tribesmen, a party or a state; no police guess
        if not country and self._sends_away(verb):
            # "was extradited from Jamaica to the United States": the country that sends him away; never the
            # one he is sent to ("was extradited to the United States" in a story from Washington).
            country = next(iter(named({"from"})), "")
            if not country:  # the story's home is as often where he is sent to as where he is sent from
                return []
        country = country or self.home
        sector = self._inferred_doer_sector(verb)
        if not country or not sector:
            return []
        return [Argument(ActorRef(None, country + sector, "inferred"), False, guessed=True)]

    def _inferred_doer_sector(self, act: Token) -> str:
        """The sector of the doer a coder infers for an arrest, charge or court act no one is named doing:
        the police (COP) for an arrest only when the sentence speaks of police or a security force ("police
        said three men were arrested"); the judiciary (JUD) for a charge, indictment or sentence only when it
        names a court or prosecutor; an extradition or deportation, the sending state's police; else none
        ("was captured in Nuevo Leon" names no captor)."""
        lemma = act.lemma_.lower()
        if lemma in HANDOVER_VERBS or self._sends_away(act):
            return "COP"
        if lemma in COURT_ACTS or lemma in COURT_NOUNS or lemma in CHARGE_LEMMAS:
            return "JUD" if self._sentence_names(act, COURT_SECTORS) else ""
        return "COP" if self._sentence_names(act, FORCE_SECTORS) else ""

    def _sentence_names(self, tok: Token, sectors: frozenset[str]) -> bool:
        """Whether the sentence names a body of one of the sectors, by a role word ("police", "troops", "a
        court", "prosecutors") or a coded entity ("the Federal Police")."""
        for t in sentence_of(tok):
            eid = self.mention_entity.get(t.i)
            if eid is not None:
                actor = self.entities[eid].actor
                if actor is not None and actor.sector in sectors:
                    return True
            elif t.pos_ in {"NOUN", "PROPN"}:
                role = self.kb.roles.get(normalize(t.lemma_)) or self.kb.roles.get(normalize(t.lower_))
                if role is not None and role.sector in sectors:
                    return True
        return False

    def _place_country(self, tok: Token) -> str:
        """The country of a place named by `tok`, or of the country it is written with ("in Zacapa,
        Guatemala", "in Zacapa in Guatemala"): a town of no known country takes the one named beside it."""
        country = self._country_at(tok)
        if country:
            return country
        beside = [c for c in tok.children if c.dep_ in {"appos", "conj", "npadvmod"}]
        beside += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                   for o in p.children if o.dep_ == "pobj"]
        return next((c for b in beside if self._is_place_token(b) and (c := self._country_at(b))), "")

    def _police_act(self, verb: Token) -> bool:
        """Whether the verb is an arrest, charge, expulsion or extradition (the trigger row its clause
        matches says so: "captured the drug lord", not "captured the town")."""
        police = verb.lemma_.lower() in POLICE_LEMMAS | COURT_ACTS
        return police and self.matched_cameo(verb).startswith(POLICE_ACTS)

    def _is_place_token(self, tok: Token) -> bool:
        eid = self.mention_entity.get(tok.i)
        return eid is not None and self.entities[eid].type in PLACE_TYPES

    def _event_owner(self, verb: Token) -> list[Argument]:
        """The doer of an event noun a passive verb sends its subject to ("invited to the bank's meeting")."""
        return [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                for obj in prep.children
                if obj.dep_ == "pobj" and self.lexicon.rules.get((obj.lemma_.lower(), "NOUN"))
                for a in self.noun_own_source(obj)]

    def _claimed_by(self, verb: Token) -> list[Argument]:
        """"Two labourers were shot dead ... The BLA claimed responsibility for the killings", "were killed
        and Maoists are suspected of the killing": a violent act no doer is named for is done by whoever
        claims it or is said to be behind it, in its own sentence or (an act named by a bare definite noun:
        "the attack") the next one."""
        if not self._violent(verb):
            return []
        sent = sentence_of(verb)
        following = sentence_of(self.doc[sent.end]) if sent.end < len(self.doc) else None
        for part, bare in ((sent, False), (following, True)):
            if part is None:
                continue
            for noun in part:
                if noun.i == verb.i or noun.pos_ != "NOUN" or not self._violent_word(noun, "NOUN"):
                    continue
                if bare and not (any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in noun.children)
                                 and not any(c.dep_ == "prep" for c in noun.children)):
                    continue
                found = self.claimant(noun)
                if found:
                    return found
        return []

    def _attributed(self, act: Token) -> list[Argument]:
        """"police suspected militants of LeT of killing a trader", "blamed the group for attacking": the one
        suspected, accused or blamed of an act is its reported doer (`party_words.csv` attribution_verb)."""
        prep = act.head
        if prep.dep_ not in {"prep", "agent"}:
            return []
        holder = prep.head
        verb = holder.head if holder.dep_ == "dobj" else holder
        if ATTRIBUTIONS.get(verb.lemma_.lower()) != prep.lower_:
            return []
        suspects = [holder] if holder is not verb else self._suspects(verb)
        return _indirect([a for s in suspects for a in self.party(s, set(), SUBJECT_OWNER_PREPS)])

    def _behind(self, prep: Token) -> list[Argument]:
        """"LeT was behind the attack", "Maoists are suspected to be behind the killing": the one behind a
        violent act did it (reported)."""
        copula = prep.head
        if copula.lemma_ != "be":
            return []
        subjects = [c for c in copula.children if c.dep_ == "nsubj"]
        if not subjects and copula.dep_ == "xcomp":  # "are suspected (believed) to be behind"
            subjects = [c for c in copula.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return _indirect([a for c in subjects for a in self.party(c, set(), SUBJECT_OWNER_PREPS)])

    @staticmethod
    def _suspects(verb: Token) -> list[Token]:
        """Who an attribution verb names as the doer: its object ("suspected LeT"), or its passive subject
        ("Maoists are suspected")."""
        deps = {"nsubjpass"} if is_passive(verb) else {"dobj"}
        return [c for c in verb.children if c.dep_ in deps]

    def claimant(self, noun: Token) -> list[Argument]:
        """"X claimed (owned up) responsibility for the attack": the one who claims an act did it; "X are
        suspected of the killing", "blamed X for the attack": the one it is laid on (`_attributed`)."""
        laid_on = self._laid_on(noun)
        if laid_on:
            return laid_on
        prep = noun.head
        attributed = self._attributed(noun) if noun.dep_ == "pobj" else []
        if attributed or (noun.dep_ == "pobj" and prep.lower_ == "behind"):
            return attributed or self._behind(prep)
        if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lower_ == "responsible" \
                and prep.head.dep_ == "acomp" and self._violent_word(noun, "NOUN"):
            # "Nunez is believed to be responsible for the murder": the one responsible did it (reported)
            return self._behind(prep.head)
        # "the TTP claimed the kidnapping": a violent act claimed by name
        direct = noun.dep_ == "dobj" and prep.lemma_.lower() in DIRECT_CLAIM_VERBS
        if not direct and (noun.dep_ != "pobj" or prep.lower_ != "for"
                           or prep.head.lemma_.lower() not in CLAIM_NOUNS):
            return []
        verb = prep if direct else prep.head.head
        if not direct and (prep.head.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS):
            return []
        if is_passive(verb) or (direct and not self._violent_word(noun, "NOUN")):
            return []
        # Groups claim attacks, states do not: a bare country read as the claimant is the tail of a group's
        # name the recogniser missed ("Tehreek e Taliban Pakistan").
        return _indirect([a for c in verb.children if c.dep_ == "nsubj" and not self.in_dateline(c)
                          for a in self.party(c, set(), SUBJECT_OWNER_PREPS)
                          if not (a.ref.code and len(a.ref.code) == 3 and self._has_country(a.ref.code))])

    def _laid_on(self, noun: Token) -> list[Argument]:
        """"the attack was blamed on the cartel", "police blamed the killing on Maoists": the one a violent
        act is laid on did it (reported; `party_words.csv` laid_on_verb)."""
        verb = noun.head
        if noun.dep_ not in {"nsubjpass", "dobj"} or verb is noun or not self._violent_word(noun, "NOUN"):
            return []
        prep = LAID_ON_VERBS.get(verb.lemma_.lower())
        if prep is None or (noun.dep_ == "dobj") == is_passive(verb):
            return []
        return _indirect([a for a in self.prep_objects(verb, prep, set()) if not self._is_place(a)])

    def verb_targets(self, verb: Token, ways: tuple[str, ...], exclude: set[str],
                     sources: Sequence[Argument] = ()) -> list[Argument]:
        """The first non-empty target reading among `ways`; else what the clause names (see the module
        docstring). A row with no target ("-") has none, unless it is an appeal. A target that is one of
        the `sources` is dropped ("Chinese mafias demanded money from members of the Chinese community")."""
        codes = {a.ref.code for a in sources if a.ref.entity_id is None}
        found = [a for a in self._verb_targets(verb, ways, exclude) or (self._purpose_target(verb, exclude)
                                                                         if ways else [])
                 or self._harmed_after(verb, exclude)
                 if not (a.ref.entity_id is None and a.ref.code in codes)]
        if not sources:  # "24 people were killed": with no doer, an unnamed group of no named country is
            found = [a for a in found if a.ref.entity_id is not None  # no event
                     or (self._has_country(a.ref.code) and not a.guessed)]
        found = self._home_victims(found, sources) if self._violent(verb) else found
        found = [a for a in found if not self._speakers_own(a, verb)]
        return self._affected(verb, found, sources, exclude)

    def _harmed_after(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"militants opened fire and injured a woman", "fired at the car, killing two policemen": one a
        violent act with no target of its own harmed in the clause coordinated with it, or the participle
        after it, was its target."""
        if not self._violent(verb, nouns=True):
            return []
        harms = [c for c in verb.children if c.pos_ == "VERB" and (
            c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
            and (c.lemma_.lower() in HARM_VERBS or self._violent(c)) and not is_passive(c)
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]
        return _indirect([a for h in harms for o in h.children if o.dep_ == "dobj"
                          for a in self._target_np(o, exclude) if not self._place_like(a)])

    def _speakers_own(self, arg: Argument, verb: Token) -> bool:
        """"The spokesman of the NDFB said the outfit ... and warned not to blame the NDFB": the speaker or
        his own group is not the one warned (a country may be: "Israel's army said Hamas attacked Israel";
        and one may tell of an attack or arrest suffered: "said armed men had tried to kill her")."""
        eid = arg.ref.entity_id
        if eid is None or self.entities[eid].type in PLACE_TYPES or self._act_kind(verb) is not None:
            return False
        if is_passive(verb):  # "IBM said it was criticised": IBM was
            return False
        speakers, said_by = self._speakers(verb)
        # "Coradian said a group agreed to buy an interest in Coradian": another acts on the speaker.
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if any(c.lower_ not in SUBJECT_PRONOUNS and self.mention_entity.get(c.i) not in speakers
               for c in subjects):
            return False
        return eid in speakers or self._named_in(eid, said_by)

    def _speakers(self, verb: Token) -> tuple[set[str], str]:
        """The entities named in the subject of a speech verb the trigger's clause is told under ("the
        spokesman of X, Y, said that ...": X and Y), and the subject's words."""
        tellers = [anc for anc in verb.ancestors if self.lexicon.is_cue(anc.lemma_, "speech")]
        # "X said ... and warned ...": a speech verb the trigger is coordinated with tells it too.
        if verb.dep_ == "conj" and self.lexicon.is_cue(verb.head.lemma_, "speech"):
            tellers.append(verb.head)
        subjects = [c for anc in tellers for c in anc.children
                    if c.dep_ == "nsubj" and not self.in_dateline(c)]
        eids = {eid for c in subjects for t in c.subtree if (eid := self.mention_entity.get(t.i)) is not None}
        return eids, " ".join(t.lower_ for c in subjects for t in c.subtree)

    def _named_in(self, eid: str, words_: str) -> bool:
        """Whether one of the entity's mentions ("NDFB") is written in the words ("the spokesman of the NDFB
        IKS"): the same group, though the recogniser made two entities of it."""
        names = {re.sub(r"^the ", "", m.text.lower()) for m in self.entities[eid].mentions}
        return any(re.search(rf"\b{re.escape(n)}\b", words_) for n in names if n and words_)

    # -- the affected person of a violent, captive or legal act (codes a coder infers) -------------------

    def _affected(self, verb: Token, found: list[Argument], sources: Sequence[Argument],
                  exclude: set[str]) -> list[Argument]:
        """The one a killing, attack, abduction, arrest or release is done to, coded as a coder would when
        the article gives no code: a place is never that one when the clause names a person ("shot dead a
        man in X Town"); an unnamed person described by a word ("abducted two tribal youths", "arrested
        four dealers", "an IDP identified as X") is one; and an uncoded person or a sector with no country
        gets the country of the clause's place, else of the story, and a sector from his description or
        his part in the act (`_inferred`)."""
        kind = self._act_kind(verb)
        if kind is None:
            return found
        people = self._described_patients(verb, exclude) if sources or kind != "violence" else []
        named = [a for a in people if a.ref.entity_id is not None]
        own = self._patient_entities(verb)
        if named and all(a.ref.entity_id is None or self._place_like(a) for a in found):
            found = named  # "a shopkeeper, identified as Gul Zaman": Gul Zaman, not an unnamed shopkeeper
        elif people and all(a.ref.entity_id and a.ref.entity_id not in own for a in found):
            # "abducted two tribal youths"; "abducted its two security guards at Chain": the guards, not what
            # a preposition named (but "released 13 Israeli hostages" keeps Israel, read from the object).
            found = people
        elif any(not self._place_like(a) for a in found) or verb.lemma_.lower() in words("person_act"):
            # A person, never a place, is killed, abducted or arrested; a town may be attacked.
            found = [a for a in found if not self._place_like(a)]
        inferred = [self._inferred(a, verb, kind, sources) for a in found]
        return [a for a in inferred if a.ref.entity_id is not None or a.ref.code]

    def _patient_entities(self, verb: Token) -> set[str]:
        """The entities named by the words for the one acted on, or by their appositions and modifiers."""
        return {eid for tok in self._patients(verb)
                for t in [tok, *(c for c in tok.children if c.dep_ in {"appos", "compound", "poss"})]
                if (eid := self.mention_entity.get(t.i)) is not None}

    def _act_kind(self, verb: Token, pos: str = "VERB") -> str | None:
        """"violence" (CAMEO 18-20, with abduction), "arrest" (173, 174) or "release" (084), by the trigger
        row the word's clause matches; None for any other act."""
        cameo = self.matched_cameo(verb, pos)
        if cameo[:2] in VIOLENT_ROOTS:
            return "violence"
        if cameo.startswith(POLICE_ACTS):
            return "arrest"
        return "release" if cameo.startswith(RELEASE_ACTS) else None

    def _place_like(self, arg: Argument) -> bool:
        """A place entity, or a name ending in a place word, whatever type the recogniser gave it."""
        return self._is_place(arg) or self._named_place(arg)

    def _patients(self, verb: Token) -> list[Token]:
        """The words for the one acted on: the object of an active verb, the subject of a passive one or of a
        verb of dying."""
        deps = {"nsubjpass"} | ({"nsubj"} if _small_clause(verb) else set()) if is_passive(verb) else {"dobj"}
        if self._killed_dying(verb):
            deps = {"nsubj"}
        heads = [c for c in verb.children if c.dep_ in deps]
        if not heads and (acted_on := _passive_subject(verb)) is not None:
            heads = [acted_on]
        return [self._victims(t) for h in heads for t in [h, *h.conjuncts]]

    def _described_patients(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"an IDP identified as Dure Kamil was shot dead": the person a phrase names after "identified as"
        or "named"; else "abducted two tribal youths", "arrested four dealers": an unnamed person whose noun
        describes him (`party_words.csv` person_description), coded by `_inferred`."""
        out: list[Argument] = []
        for tok in self._patients(verb):
            named = [a for o in _named_by(tok) for a in self.refs(o, exclude)]
            if named:
                out.extend(named)
            elif tok.i not in self.mention_entity and _person_noun(tok):
                out.append(Argument(ActorRef(None, None), True))
        return out

    def _sends_away(self, verb: Token) -> bool:
        """An extradition, deportation or expulsion (CAMEO 174): the one sent is seldom of the story's
        country (nor of where he is sent), so only the clause's own place ("in Bogota") places him."""
        pos = "NOUN" if verb.pos_ == "NOUN" else "VERB"
        return self.matched_cameo(verb, pos).startswith("174")  # the row its clause matches

    def _named_patients(self, verb: Token) -> set[str]:
        """The entities a naming phrase gives for the ones acted on ("an IDP identified as X")."""
        return {eid for tok in self._patients(verb) for o in _named_by(tok)
                if (eid := self.mention_entity.get(o.i)) is not None}

    def _inferred(self, arg: Argument, verb: Token, kind: str, sources: Sequence[Argument]) -> Argument:
        """An affected party's code as a coder infers it (basis "inferred"): the country of the clause's place
        ("in Budgam"), else of the story (its home, else the one country its places lie in) unless the doer
        is of another country; the sector from the person's own description ("a constable" COP, "a
        dealer" CRM), else from his part: a victim or captive of doers of no state is a civilian, one
        arrested for a crime a criminal; else the country alone."""
        ref = arg.ref
        ent = self.entities.get(ref.entity_id) if ref.entity_id else None
        # A name the recogniser typed otherwise is a person when a phrase says so ("one person, identified as
        # X"): an uncoded entity named by a naming phrase.
        named = ent is not None and ent.actor is None and ref.entity_id in self._named_patients(verb)
        if ent is not None and ent.type != "PERSON" and not named:
            return arg
        if ent is not None and ref.code and len(ref.code) == 3 and ref.code in self.kb.country_names:
            # "Sajid Mehmood" coded by his country alone: the sector his description or part gives.
            sector = self._description_sector(verb, ref.entity_id) or self._part_sector(verb, kind, sources)
            return Argument(ActorRef(ref.entity_id, ref.code + sector, "inferred"), arg.direct, True) \
                if sector else arg
        if ref.code and (self._has_country(ref.code) or len(ref.code) != 3 or ref.code in UNPLACED_SECTORS):
            return arg
        sector = ref.code or self._description_sector(verb, ref.entity_id) or self._part_sector(verb, kind,
                                                                                               sources)
        if sector == "PPL" and kind == "violence" and self._civilian_victim(sources):
            sector = "CVL"  # "gunmen shot dead a man": a civilian
        country = self._clause_country(verb)
        if country == "" and not self._sends_away(verb):
            story = self.home or self.place_country
            doers = {a.ref.code[:3] for a in sources if a.ref.code and self._has_country(a.ref.code)}
            country = story if doers <= {story} else ""
        if not country:
            return arg
        return Argument(ActorRef(ref.entity_id, country + sector, "inferred"), arg.direct, guessed=True)

    def _description_sector(self, verb: Token, eid: str | None) -> str:
        """The sector the words describing the affected person give: "Constable Amresh Kumar", "a trader,
        Aqib Dar", "an IDP identified as Dure Kamil", "two tribal youths"."""
        for tok in self._patients(verb):
            if eid is not None and self.mention_entity.get(tok.i) != eid:
                described = [c for c in tok.children if c.dep_ in {"acl", "appos"}
                             and any(self.mention_entity.get(t.i) == eid for t in c.subtree)]
                if not described:
                    continue
            # "the leader of the gang": a member's sector is his group's before his rank's ("leader" GOV).
            owners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                      for o in p.children if o.dep_ == "pobj"]
            sector = next((sec for o in owners if _nonstate(sec := self._modifier_sector(o))), "")
            if not sector and tok.i not in self.mention_entity:
                sector = _sector_of_word(tok, self.kb)
            for other in (c for c in tok.children if c.dep_ in {"appos", "compound", "amod"}):
                sector = sector or self._modifier_sector(other)
            if sector:
                return sector
        return ""

    def _modifier_sector(self, tok: Token) -> str:
        """"Maoist cadres", "drug dealers": the sector a word describing a person gives (a group's name
        gives its own sector, a place none)."""
        eid = self.mention_entity.get(tok.i)
        if eid is None:
            return _sector_of_word(tok, self.kb, bodies=True)
        ent = self.entities[eid]
        sector = ent.actor.sector if ent.actor is not None and ent.type not in PLACE_TYPES else None
        return sector if sector and _nonstate(sector) else ""

    def _part_sector(self, verb: Token, kind: str, sources: Sequence[Argument]) -> str:
        """A victim or captive of doers of no state is a civilian; one arrested for a described crime ("four
        drug dealers", "arrested in a murder case") a criminal; else no sector is known."""
        if kind == "violence":
            return "CVL" if self._civilian_victim(sources) else ""
        if kind == "arrest":
            crime = words("crime_word")
            return "CRM" if any(t.lemma_.lower() in crime for t in sentence_of(verb)) else ""
        return ""

    def _civilian_victim(self, sources: Sequence[Argument]) -> bool:
        """Whether the doers are named and none of them is a state body (militants, gunmen, gangs)."""
        return bool(sources) and all(a.ref.code is not None and a.ref.code[-3:] not in STATE_SECTORS
                                     and not (a.ref.entity_id and self._is_person_entity(a.ref.entity_id))
                                     for a in sources)

    def _is_person_entity(self, eid: str) -> bool:
        return self.entities[eid].type == "PERSON"

    def _clause_country(self, verb: Token) -> str | None:
        """The country of the place the act's clause names ("killed ... in Budgam district", "abducted ...
        from Chain village in West Khasi Hills"), by the place's code or its likeliest gazetteer entry;
        "" when the clause names no place it can place, None when it names one in a country the article
        names nowhere else (then the story's country is no guess either: a Syrian "Hajin" in Kashmir)."""
        nodes = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
        if verb.dep_ in CLAUSE_LINKS and verb.head is not verb:
            # "launched raids in Milan, arresting gang members", "mounted an attack on the post in Kupwara"
            head = verb.head.head if verb.dep_ == "pobj" else verb.head
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
        return gazetteer_country(normalize(ent.name)) or ""

    @cached_property
    def place_country(self) -> str:
        """The one country every place the article names lies in ("" when none or several): the story's
        country for parties it does not place when the actor stage found no home."""
        # Every place must be placed: one the gazetteer cannot place may lie in another country than those it
        # can ("Hajin" is also a Syrian town).
        countries = {c if self._trusted_place(e.id, c) else ""
                     for e in self.entities.values() if e.type in PLACE_TYPES
                     for c in [self._entity_country(e)]}
        return next(iter(countries)) if len(countries) == 1 else ""

    def _home_victims(self, found: list[Argument], sources: Sequence[Argument]) -> list[Argument]:
        """"Maoists shot dead a teacher" in a story from India: an unnamed group attacked by doers of the
        story's own country (or of none) is of that country too (INDEDU, not a bare EDU); doers of another
        country ("the Colombian army killed civilians" filed from Washington) leave it without one."""
        countries = {a.ref.code[:3] for a in sources if a.ref.code and self._has_country(a.ref.code)}
        if not self.home or not sources or not countries <= {self.home}:
            return found
        return [Argument(ActorRef(None, self.home + a.ref.code, "article"), a.direct, guessed=True)
                if a.ref.entity_id is None and a.ref.code and len(a.ref.code) == 3
                and not self._has_country(a.ref.code) and a.ref.code != "IGO" else a
                for a in found]

    def _purpose_target(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"Iran summoned the UK envoy to complain": an act done for a purpose with no party of its own is
        done to the one the main verb named."""
        head = verb.head
        # Only an adverbial purpose clause: in "persuaded Biden to lift sanctions" (xcomp) Biden lifts; in
        # "..., killing 17 soldiers" there is no purpose. The parser also reads "summoned X to complain" as
        # an xcomp: one summoned is never the one who then acts.
        purpose = verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and head.lemma_.lower() in SUMMON_VERBS)
        if not purpose or head is verb or self.lexicon.is_cue(head.lemma_, "content"):
            return []
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        return _indirect([a for c in head.children if c.dep_ == "dobj" for a in self.refs(c, exclude)
                          if a.ref.entity_id is not None and a.ref.entity_id not in exclude])

    def _has_country(self, code: str | None) -> bool:
        return code is not None and code[:3] in self.kb.country_names

    def _verb_targets(self, verb: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        if self._killed_dying(verb):
            return self._dead(verb, exclude)  # whatever the row says: the with-party is the killer
        passive = is_passive(verb)
        for way in ways:
            if way == "dobj":
                subjects = {"nsubjpass", "nsubj"} if _small_clause(verb) else {"nsubjpass"}
                deps = subjects if passive else {"dobj"}
                found = [a for c in verb.children if c.dep_ in deps for a in self._target_np(c, exclude)]
                sent = not passive and not self._police_act(verb)  # "deported journalists to Chile"
                if found and all(a.ref.entity_id is None for a in found) and sent:
                    # "sent troops to Cambodia": an unnamed group sent is no party when a named one is.
                    named = [a for prep in TOWARD_PREPS for a in self.prep_objects(verb, prep, exclude)
                             if a.ref.entity_id is not None]
                    found = named or found
                acted_on = _passive_subject(verb) if not found else None
                if acted_on is not None:  # "a clerk charged by police", "was arrested and charged"
                    found = _indirect(self.party(acted_on, exclude))
            elif way == "dative":
                found = [a for c in verb.children if c.dep_ == "dative" for a in self.party(c, exclude)]
            else:
                # "expressed support for X": the preposition may hang on the verb or on its object.
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                found = [a for node in [verb, *objects] for a in self.prep_objects(node, way, exclude)]
                if not found and passive:
                    found = self._stranded_object(verb, way, exclude)
            if found:
                return found
        if not ways and not self.lexicon.is_cue(verb.lemma_, "addressee"):
            return self._owner_of_object(verb, exclude) if not passive else []
        acts = [a for c in verb.children if c.dep_ == "dobj"
                for a in self._own_act_targets(c, exclude, self.noun_own_source(c))]
        if acts:
            return acts
        return self._complement_target(verb, exclude) or self._clause_targets(verb, exclude)

    def _stranded_object(self, verb: Token, prep: str, exclude: set[str]) -> list[Argument]:
        """"a police patrol was fired upon by militants", "X was shot at": a passive whose preposition has
        no object of its own acts on its subject through it."""
        if not any(c.dep_ in {"prep", "prt"} and c.lower_ == prep
                   and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or _passive_subject(verb)
        return self.party(subject, exclude) if subject is not None else []

    def _owner_of_object(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"Peru rejected an IMF program", "the board rejected the offer by Regal": a turned-down (or taken
        up) thing's owner, named by its possessor, by-phrase or actor modifier, is the target."""
        if verb.lemma_.lower() not in OWNER_TARGET_VERBS:
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "rejected an offer from Regal": what one puts forward comes from him.
        owners = [a for c in objects for a in self.noun_own_source(c)] or [
            a for c in objects if c.lemma_.lower() in PROPOSALS
            for a in self.prep_objects(c, "from", exclude)]
        return _indirect([a for a in owners if a.ref.entity_id is None or a.ref.entity_id not in exclude])

    def _clause_targets(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """The other party as the clause names it when the row's readings found none: a dative ("gave
        Jordan aid"), "between X and Y", the verb's or its object's party preposition ("sent aid to Y",
        "imposed tariffs on Japanese goods"); for an appeal, its addressee and the party it is about."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        found = [a for c in verb.children if c.dep_ == "dative" for a in self.party(c, exclude)]
        # "extradited to the United States": where one is sent is no party to the extradition.
        preps = [p for p in PARTY_PREPS if p != "to" or not self._police_act(verb)]
        for prep in preps:
            found = found or [a for node in [verb, *objects] for a in self.prep_objects(node, prep, exclude)
                              if prep != "at" or not self._is_place(a)]  # "met at The Hague": where
        if not found and self.lexicon.is_cue(verb.lemma_, "addressee"):
            found = self._appeal_about(verb, exclude)
        return _indirect([a for a in found if a.ref.entity_id is None or a.ref.entity_id not in exclude])

    def _appeal_about(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """An appeal is made to whoever is to do what it asks for: "called for Iran's withdrawal", "called
        for overhauls in how Indonesia manages its banks" (not to what the act is done to: "called for the
        revival of the bloc" names no addressee)."""
        found: list[Argument] = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in APPEAL_ABOUT_PREPS):
            for asked in (o for o in prep.children if o.dep_ == "pobj"):
                found.extend(a for a in self.noun_own_source(asked) if a.ref.entity_id not in exclude)
                found.extend(a for p in asked.children if p.dep_ == "prep" for clause in p.children
                             if clause.dep_ == "pcomp" for s in clause.children if s.dep_ == "nsubj"
                             for a in self.party(s, exclude))
        return found

    def _complement_target(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """A trigger whose act is spelled out in an infinitive ("threatened to retaliate against Israel",
        "vowed to annex a region of Guyana") acts on that infinitive's target; a demand or appeal with a
        that-clause, on the clause's subject."""
        for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            objects = [c for c in comp.children if c.dep_ == "dobj"]
            found = [a for o in objects for a in self._target_np(o, exclude)]
            if all(not a.direct for a in found):  # "agreed to sell its Canadian unit to Onex": Onex
                found = [a for prep in COMPLEMENT_TARGET_PREPS for node in [comp, *objects]
                         for a in self.prep_objects(node, prep, exclude)] or found
            if not found and is_passive(comp):  # "agreed to be acquired by Mark IV": Mark IV
                found = self.prep_objects(comp, "by", exclude)
            # "agreed to send more security forces": an unnamed group of no country is what is sent or done,
            # not the other party (and "Venezuela and Colombia agreed" stays reciprocal).
            found = [a for a in found if a.ref.entity_id is not None or self._has_country(a.ref.code)]
            if found:
                return _indirect(found)
        if self.lexicon.is_cue(verb.lemma_, "addressee"):
            # "demanded that the US cancel the sale": a demand or appeal is made to the clause's subject.
            for comp in (c for c in verb.children if c.dep_ == "ccomp"):
                subjects = [a for c in comp.children if c.dep_ == "nsubj" for a in self.refs(c, exclude)]
                if subjects:
                    return _indirect(subjects)
        return []

    def _target_np(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """The object's entity; else its owner: an object that is itself an event names its doer as the
        target ("condemned Russia's invasion"), and so does a thing someone owns or proposed ("rejected
        Ukraine's peace plan", "the Ukrainian proposal", "an agreement with the United States")."""
        tok = self._victims(tok)
        direct = [self._with_country(a, tok) for a in self.refs(tok, exclude)]
        if direct:
            return self._holder(direct, tok, exclude)
        rules = self.lexicon.rules.get((tok.lemma_.lower(), "NOUN"))
        event = bool(rules)
        own = self.noun_own_source(tok)
        owner = [a for a in own if a.ref.entity_id not in exclude]
        if owner:
            return owner if event else _indirect(owner)
        own_act = self._own_act_targets(tok, exclude, own)
        if own_act:
            return own_act
        with_ = self.prep_objects(tok, "with", exclude)
        if with_:
            return _indirect(with_)
        # "criticised a rise in West German rates", "charged a former clerk"; an event's of-phrase is
        # what it was done to ("the invasion of Ukraine"), not who did it.
        return self.party(tok, exclude, frozenset() if event else OWNER_PREPS)

    def _own_act_targets(self, noun: Token, exclude: set[str], own: list[Argument]) -> list[Argument]:
        """"lifted its blockade of Yemen", "ended its occupation of Kuwait": an object that is the doer's own
        act (its owner is the doer or a possessive pronoun) names what it was done to, which is the target."""
        rules = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN"))
        if not rules or not (own or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)):
            return []
        return _indirect([a for way in rules[0].target for a in self.prep_objects(noun, way, exclude)])

    def prep_objects(self, tok: Token, prep: str, exclude: set[str]) -> list[Argument]:
        """Objects of the preposition `prep` attached to `tok` ("met with X", "invasion of Ukraine")."""
        preps = [c for c in tok.children if c.dep_ in {"prep", "agent", "dative"} and c.lower_ == prep
                 and not (prep == "with" and tok.pos_ in {"VERB", "AUX"} and _co_agent(c))]
        # "at" names a party itself ("fired at police") or a place, never an owner ("spoke at X's summit").
        # But "fired at positions of the army", "opened fire at the house of a trader": a violent act at a
        # body's installation or a person's property is done to its owner.
        found = [a for child in preps for pobj in child.children if pobj.dep_ == "pobj"
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
        return MAX_DEPTH + 1

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

    # -- nouns -------------------------------------------------------------------------------------

    def noun_own_source(self, noun: Token) -> list[Argument]:
        """The doer named inside a nominal trigger's phrase: possessor, "by" phrase, country modifier. The
        possessor of a capture, arrest, release or killing with no of-phrase is the one it was done to
        ("Makled's capture", "his release"), never its doer."""
        for child in noun.children:
            if child.dep_ == "poss" and not _patient_possessor(noun):
                return self.refs(child)
        by = self.prep_objects(noun, "by", set())
        if by:
            return by
        done_by = self._done_by(noun)
        if done_by:
            return done_by
        for child in noun.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.i in self.mention_entity:
                if self._town_modifier(child):
                    continue
                return self.refs(child)
        return []

    def _done_by(self, noun: Token) -> list[Argument]:
        """"an attack carried out by Taliban militants", "a VBIED attack conducted by one militant", "the
        ambush claimed by the PLA": the by-agent of a participle of doing (`party_words.csv` doer_verb) on the
        act's noun did the act."""
        return [a for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in DOER_VERBS
                for agent in acl.children if agent.dep_ == "agent"
                for pobj in agent.children if pobj.dep_ == "pobj"
                for a in self.party(pobj, set(), SUBJECT_OWNER_PREPS)]

    def _court_of(self, arg: Argument, noun: Token) -> Argument:
        """"a US federal indictment", "Peru's prosecution of Fujimori": a court act a country does is its
        judiciary's (JUD), not the country's as a whole."""
        code = arg.ref.code
        court = noun.lemma_.lower() in COURT_NOUNS
        if not court or not code or len(code) != 3 or not self._has_country(code):
            return arg
        return Argument(ActorRef(arg.ref.entity_id, code + "JUD", arg.ref.basis), arg.direct, arg.guessed)

    def _town_modifier(self, tok: Token) -> bool:
        """"the Quetta attack", "the Malewada landmine attack": a place that is no country, modifying an event
        noun, is where it happened, not who did it ("the Israeli attack" keeps Israel)."""
        ent = self.entities[self.mention_entity[tok.i]]
        return ent.type in PLACE_TYPES and not self.kb.country_of(ent.name)

    def noun_source(self, noun: Token, light: Token | None) -> list[Argument]:
        if self._doer_phrase(noun):
            return []
        # "an ambush by Maoist cadres in Gadchiroli": a group of no country is placed as a verb's doer is
        own = [self._placed_group(self._court_of(a, noun), noun)
               for a in self.noun_own_source(noun) or self.claimant(noun)]
        if own and light is not None and self._counterpart_modifier(noun, own):
            # "Zambia has completed a round of IMF talks": Zambia talked with the IMF
            return _indirect(self.verb_source(light))
        if own:
            return own
        frame = light or self._frame_verb(noun) or self._doing_verb(noun)
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) or []
        if frame is None and any("between" in r.target for r in rows):  # talks, fighting: two sides
            frame = self._engaged_in(noun)
        if frame is None:
            frame = self._adjunct_verb(noun)
        if frame is not None:
            return _indirect(self.verb_source(frame))
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in FRAME_PREPS and prep.head.i in self.mention_entity:
            return _indirect(self.refs(prep.head))  # "Mexico's foreign minister, on a visit to Peru, met"
        return self._police_of_arrest(noun)

    @staticmethod
    def _doing_verb(noun: Token) -> Token | None:
        """"X ordered the murder of a journalist", "masterminded the attack": a verb of doing or ordering an
        act (`party_words.csv` doer_verb) whose object the act's noun is; its doer did the act."""
        head = noun.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in DOER_VERBS:
            return head
        return None

    def _counterpart_modifier(self, noun: Token, own: list[Argument]) -> bool:
        """Whether the party a meeting's or negotiation's (CAMEO 04) modifier names is the other side of the
        one who holds it ("Zambia completed a round of IMF talks", "Brazil opened Paris Club negotiations"):
        the modifier is the only party the noun names, and the light verb's doer is another."""
        if not self.matched_cameo(noun, "NOUN").startswith("04"):
            return False
        modifiers = {self.mention_entity.get(c.i) for c in noun.children
                     if c.dep_ in {"amod", "compound", "nmod"}}
        if not all(a.ref.entity_id in modifiers for a in own):
            return False
        light = self._light_of(noun)
        doers = self.verb_source(light) if light is not None else []
        return bool(doers) and not any(_same_side(d, a) for d in doers for a in own)

    @staticmethod
    def _light_of(noun: Token) -> Token | None:
        """The verb a noun is the object of, directly or as "a round of" it ("completed a round of talks")."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
            noun, head = head.head, head.head.head
        return head if noun.dep_ == "dobj" and head.pos_ == "VERB" else None

    def _adjunct_verb(self, noun: Token) -> Token | None:
        """"Nakasone leaves for Washington for talks with Reagan", "will make proposals at a meeting with
        Reagan", "secured agreement following five months of negotiations with creditor banks": a meeting or
        negotiation (CAMEO 04) named in a verb's adjunct with no doer of its own is held by the verb's doer
        (the verb an infinitive on its object hangs from: "proposals to ease friction at a meeting")."""
        if not self.matched_cameo(noun, "NOUN").startswith("04"):
            return None
        node, prep = noun, noun.head
        if node.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            node, prep = prep.head, prep.head.head  # "following five months of negotiations"
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ADJUNCT_PREPS:
            return None
        verb = prep.head
        for _ in range(MAX_DEPTH):
            # "make proposals to ease friction at a meeting": the maker; "urged China to help end the war
            # during a visit to Beijing": the parser hangs the adjunct on the lowest verb, the visit is the
            # one of the verb whose complement that is
            if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
                verb = verb.head.head
            elif verb.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                verb = verb.head
            else:
                break
        # "the dollar fell after talks between Baker and Stoltenberg": talks of two named sides are theirs;
        # "speaking after a meeting of the Cartagena group": a body's own meeting, not one the speaker held
        held = not any(p.dep_ == "prep" and p.lower_ in {"between", "of"} for p in noun.children)
        return verb if verb.pos_ == "VERB" and not is_passive(verb) and held else None

    def _police_of_arrest(self, noun: Token) -> list[Argument]:
        """"Makled's capture", "the arrest of Alberto Rojas in Callao": an arrest noun naming whom it took
        and no doer is the police's, of the place it names, else of the story's home (inferred, as for
        "was arrested in Lima")."""
        arrest = self.matched_cameo(noun, "NOUN").startswith("173")
        if not arrest or noun.lemma_.lower() not in words("patient_possessor"):
            return []
        taken = [c for c in noun.children if c.dep_ == "poss"] or [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and self._is_person(o)]
        if not taken:
            return []
        places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
                  for o in p.children if o.dep_ == "pobj" and self._is_place_token(o)]
        country = next((c for o in places if (c := self._place_country(o))), "") or self.home
        sector = self._inferred_doer_sector(noun)
        return [Argument(ActorRef(None, country + sector, "inferred"), False, guessed=True)] \
            if country and sector else []

    def noun_targets(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """A nominal trigger's target: its own prepositions in the row's order; a visit with none is to the
        place its frame verb names ("arrived in Moscow on an official visit")."""
        if self._doer_phrase(noun):
            return []
        found = [a for way in ways for a in (self._between(noun, exclude) if way == "between"
                                             else self.prep_objects(noun, way, exclude))]
        if not found and "between" in ways:
            # "the meeting of Baker and Stoltenberg": an encounter of two named parties is between them.
            both = self.prep_objects(noun, "of", exclude)
            found = both if len(both) >= 2 and all(a.ref.entity_id is not None for a in both) else []
        if not found and _patient_possessor(noun):  # "Makled's capture": Makled was captured
            found = [a for c in noun.children if c.dep_ == "poss" for a in self.refs(c, exclude)]
        if not found:
            found = self._suffered_in(noun, exclude) or self._suffered_in_clause(noun, exclude)
        adjunct = self._adjunct_verb(noun) if not found and "between" in ways else None
        if adjunct is not None and not self.noun_own_source(noun):
            # "Biden and Xi agreed to resume contacts at their meeting": each met the other
            doers = self.verb_source(adjunct)
            found = doers if len(doers) >= 2 else []
        if not found and self._counterpart_modifier(noun, self.noun_own_source(noun)):
            found = _indirect(self.noun_own_source(noun))  # "a round of IMF talks": with the IMF
        frame = self._frame_verb(noun) if not found and "to" in ways else None
        if frame is not None:
            found = [a for prep in ("to", "in") for a in self.prep_objects(frame, prep, exclude)
                     if self._is_place(a)][:1]
        kind = self._act_kind(noun, "NOUN")
        if kind is None:
            return found
        # "the killing of a gang leader", "an attack against the police station": coded as for a verb.
        sources = self.noun_own_source(noun)
        found = [a for a in found if not self._place_like(a)] or found
        return [self._inferred(a, noun, kind, sources) for a in found]

    def _between(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"talks between Israel and Hamas", "a gunfight between police and JeI cadres": each side named
        after "between", read on its own; in a fight the state force first (a coder codes the police or army
        as the one fighting the armed group, the first side being the source)."""
        sides = [a for a in self._each_party(_prep_words(noun, "between"))
                 if a.ref.entity_id is None or a.ref.entity_id not in exclude]
        if self._violent_word(noun, "NOUN"):
            sides.sort(key=lambda a: (a.ref.code or "")[-3:] not in FORCE_SECTORS)
        return sides

    def _suffered_in_clause(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"claimed the attack in which five soldiers were injured", "the ambush where two policemen were
        killed": those a violent passive in a clause on a violent noun happened to were its targets."""
        if not self._violent_word(noun, "NOUN"):
            return []
        out: list[Argument] = []
        # "the attack of November 26 where ...": the parser may hang the clause on the act's date
        heads = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children
                         if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"})]
        for clause in (c for h in heads for c in h.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
            where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children) or any(
                p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS and any(o.lower_ == "which"
                                                                         for o in p.children)
                for p in clause.children)
            harmed = self._violent(clause) or clause.lemma_.lower() in HARM_VERBS
            if where and is_passive(clause) and harmed:
                out.extend(a for c in clause.children if c.dep_ == "nsubjpass"
                           for a in self.party(c, exclude))
        return _indirect(out)

    def _doer_phrase(self, noun: Token) -> bool:
        """"were killed in an encounter with police", "died in a clash with troops": the fight a killing
        happened in only names its killer (`_in_event_doer`); read on its own it would make the killer its
        target, so it is no reading of its own (the killing is the event)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or prep.head is prep:
            return False
        verb = prep.head
        if verb.pos_ != "VERB" or not (is_passive(verb) or verb.lemma_.lower() in DEATH_VERBS):
            return False
        return self._violent(verb) and bool(self.prep_objects(noun, "with", set()))

    def _suffered_in(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"two soldiers were killed in an attack by militants": a violent act the passive subject of a
        violence verb suffered in was done to him."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or not self._violent_word(noun, "NOUN"):
            return []
        verb = _main_participle(prep.head)  # "were killed and six injured in an ambush": the killed too
        if verb.pos_ != "VERB" or not is_passive(verb) or not self._violent(verb):
            return []
        return _indirect([a for c in verb.children if c.dep_ == "nsubjpass" for a in self.party(c, exclude)])

    def _frame_verb(self, noun: Token) -> Token | None:
        """"X is on a two-day visit to Y", "X arrived on a visit": the copula or motion verb whose subject
        is the noun's doer."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
            return None
        verb = prep.head
        frame = verb.lemma_ == "be" or self.lexicon.is_cue(verb.lemma_, "motion")
        if verb.pos_ in {"AUX", "VERB"} and frame:
            return verb
        return None

    @staticmethod
    def _engaged_in(noun: Token) -> Token | None:
        """"the FARC are in peace talks with the government", "engaged in talks with X": the verb whose
        subject takes part in the noun's act (`party_words.csv` engage_verb)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head is prep:
            return None
        verb = prep.head
        return verb if verb.pos_ in {"AUX", "VERB"} and verb.lemma_.lower() in ENGAGE_VERBS else None


CO_AGENT_WORDS = frozenset({"together", "along", "jointly"})  # "together with X": X acts with the subject
COMPLEMENT_TARGET_PREPS = ("against", "on", "with", "of", "to")
RELEASE_ACTS = ("084",)
# "an IDP identified as Dure Kamil", "a trader named Ali": the phrase that names the one described.
NAMING_VERBS = frozenset({"identify", "name", "call"})
CLAUSE_PLACE_PREPS = frozenset({"in", "at", "from", "near", "of"})
# Where a place named for the main clause is the act's place too ("launched raids in Milan, arresting ...").
CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp", "dobj", "pobj", "nsubjpass", "nsubj"})
# Codes of no country a coder leaves so: international bodies, unnamed armed men (UAF) whose country the
# sentence does not tell.
UNPLACED_SECTORS = frozenset({"IGO", "NGO", "MNC", "UAF"})


@cache
def place_words() -> frozenset[str]:
    """Words ending a place's name (noun_classes.csv, class place_name)."""
    return frozenset(row["lemma"].lower() for row in load_table("noun_classes", ("class", "lemma", "source"))
                     if row["class"] == "place_name")


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _small_clause(verb)


def _small_clause(verb: Token) -> bool:
    """"the raid saw the rebel leader killed", "found him shot", "was shown arrested": a bare participle
    complement of a verb of seeing, finding or showing is passive; its subject is the one acted on."""
    # The tagger may read the participle as a past tense ("saw X killed"); a that-clause, an auxiliary or
    # an object makes it a finite clause ("found that militants killed two men").
    if _held_participle(verb):
        return True
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"ccomp", "xcomp", "oprd"} or verb.head is verb:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "mark", "ccomp"} for c in verb.children):
        return False
    return verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS


def _held_participle(verb: Token) -> bool:
    """"Gang leaders detained in prisons outside Rio ordered the attacks": the tagger may read a participle of
    holding (`party_words.csv` held_verb) as a past tense with the held as its subject; with no object,
    auxiliary or clause of its own and a place right after it, it is a participle: its subject is held."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.lemma_.lower() not in words("held_verb"):
        return False
    own = {"aux", "auxpass", "dobj", "dative", "mark", "ccomp", "xcomp", "agent"}
    if any(c.dep_ in own for c in verb.children):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and after is not None and after.dep_ == "prep" and after.head.i == verb.i
            and after.lower_ in HELD_PLACE_PREPS)


def _reduced_passive(verb: Token) -> bool:
    """A participle with no subject or auxiliary of its own: "a clerk charged by police", "when asked",
    "was arrested and charged"."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and is_passive(verb.head):
        # "was arrested and charged with fraud": the tagger may read the second participle as a past tense;
        # with no subject and no object of its own it shares the passive.
        objects = {"dobj", "ccomp", "xcomp"}
        return verb.lower_.endswith("ed") and not any(c.dep_ in objects for c in verb.children)
    if verb.tag_ != "VBN":
        return False
    return verb.dep_ in {"acl", "advcl"} or (verb.dep_ == "conj" and is_passive(verb.head))


def _passive_subject(verb: Token) -> Token | None:
    """Who a passive with no subject of its own acts on: the noun it modifies ("a clerk charged by
    police"), its clause's subject ("the mayor said when asked"), the subject it shares ("was arrested and
    charged", "the army killed three rebels and was criticised")."""
    if verb.dep_ == "conj" and is_passive(verb) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (verb.dep_ == "xcomp" and is_passive(verb) and is_passive(verb.head)
            and not any(c.dep_ == "nsubjpass" for c in verb.children)):
        # "the trader is suspected to have been killed": the raising verb's subject is the one acted on
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if not _reduced_passive(verb):
        return None
    if verb.dep_ == "acl":
        return verb.head
    deps = {"nsubjpass"} if verb.dep_ == "conj" else {"nsubj", "nsubjpass"}
    return next((c for c in verb.head.children if c.dep_ in deps), None)


def _own_words(tok: Token) -> str:
    """A modifier's words without its conjuncts: "South American" (no country), "Chinese" of "Chinese and
    Australian"."""
    skip = {t.i for c in tok.children if c.dep_ in {"conj", "cc", "punct"} for t in c.subtree}
    return " ".join(t.text for t in tok.subtree if t.i not in skip)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause `tok` is in ("fired on him": fired, through its preposition)."""
    head = tok.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head


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


def _shared_participles(verb: Token) -> list[Token]:
    """A passive participle and the participles coordinated with it, which share its phrases: "were killed
    and six injured in an ambush", "seven policemen were killed and three others injured in an attack" (the
    parser may make "three others" the conjunct and "injured" its participle)."""
    out = [verb]
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN":
            out.append(c)
        elif c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "NUM"}:
            out.extend(p for p in c.children if p.dep_ == "acl" and p.tag_ == "VBN")
        elif c.dep_ == "conj":
            # "... were killed and three others injured in an attack by X reports Y" (punctuation lost): the
            # parser may make "three others" the subject of the next verb, "injured" still its participle
            out.extend(p for s in c.children if s.dep_ == "nsubj" and s.i < verb.i + 6
                       for p in s.children if p.dep_ == "acl" and p.tag_ == "VBN")
    return out


def _main_participle(verb: Token) -> Token:
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


def _prep_words(tok: Token, prep: str) -> list[Token]:
    """The objects of `tok`'s preposition `prep` with their conjuncts ("between police and Maoists": both)."""
    return [t for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
            for o in p.children if o.dep_ == "pobj" for t in [o, *o.conjuncts]]


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through one preposition ("made proposals", "followed up
    on his threat"); None when it is none's."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head is not noun else None


def _same_side(a: Argument, b: Argument) -> bool:
    """Two arguments for one side of a fight: one entity, or one code ("police" and "three policemen")."""
    if a.ref.entity_id is not None and a.ref.entity_id == b.ref.entity_id:
        return True
    return a.ref.code is not None and a.ref.code == b.ref.code


def _nonstate(code: str | None) -> bool:
    """A sector code that names a party on its own: "UAF" (gunmen), "REB", "CRM", "CVL" (not "GOV")."""
    return code is not None and len(code) == 3 and code not in STATE_SECTORS


def _indirect(args: list[Argument]) -> list[Argument]:
    return [Argument(a.ref, False, a.guessed) for a in args]


def _co_agent(with_: Token) -> bool:
    """"Together with France, Britain condemned ...", "Shearson, along with American Express, agreed": a
    with-phrase before its verb or after "together"/"along" names one acting with the subject, never the other
    party."""
    return with_.i < with_.head.i or any(c.dep_ == "advmod" and c.lower_ in CO_AGENT_WORDS
                                         for c in with_.children)


def _fight_phrase(noun: Token) -> bool:
    """"an exchange of fire", "an exchange of gunfire": a phrase for a fight whose head word alone is none
    (`fight_phrase` in data/party_words.csv)."""
    return any(f"{noun.lemma_.lower()} of {o.lemma_.lower()}" in words("fight_phrase")
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def _patient_possessor(noun: Token) -> bool:
    """"Makled's capture", "his release", "Bhutto's assassination": an event noun whose possessor is the one
    acted on (`party_words.csv` patient_possessor) when no of-phrase names another ("the army's capture of
    the town": the army captured)."""
    if noun.lemma_.lower() not in words("patient_possessor"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _person_noun(tok: Token) -> bool:
    """A common noun that names a person by what he is (`party_words.csv` person_description)."""
    descriptions = values("person_description")
    if tok.lemma_.lower() not in descriptions and tok.lower_ not in descriptions:
        return False
    # "the accused was arrested": the tagger may read a participle used as a noun as a verb.
    return tok.pos_ in {"NOUN", "ADJ"} or any(c.dep_ == "det" for c in tok.children)


def _member_noun(tok: Token) -> bool:
    """"cadres", "activists": a person noun of no sector of its own, a member of the group its modifier names
    (`party_words.csv` person_description with an empty value)."""
    descriptions = values("person_description")
    lemma = tok.lemma_.lower()
    return (lemma in descriptions and not descriptions[lemma]) or (
        tok.lower_ in descriptions and not descriptions[tok.lower_])


def _sector_of_word(tok: Token, kb: ActorKnowledge, bodies: bool = False) -> str:
    """The sector a describing word gives: our person descriptions, else a person role noun (with `bodies`,
    a body's too: "the leader of the *gang*")."""
    lemma = tok.lemma_.lower()
    sector = values("person_description").get(lemma) or values("person_description").get(tok.lower_)
    if sector:
        return sector
    role = kb.roles.get(normalize(lemma))
    return role.sector if role is not None and (role.person or bodies) and role.sector else ""


def _named_by(tok: Token) -> list[Token]:
    """"an IDP identified as Dure Kamil", "a trader named Ali": the words naming the one a noun describes."""
    naming = [c for c in tok.children if c.dep_ in {"acl", "appos"} and c.lemma_.lower() in NAMING_VERBS]
    return [o for c in naming for p in c.children if p.dep_ in {"prep", "oprd", "dobj"}
            for o in ([p] if p.dep_ != "prep" else [x for x in p.children if x.dep_ == "pobj"])]
