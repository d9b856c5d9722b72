"""Who did it and to whom: an event's source and target read from the dependency parse, resolved to the
article's merged, coded entities.

Sources: the subject; a passive verb's "by" agent; a nominal trigger's possessor ("Russia's invasion"), "by"
phrase ("a visit by Maduro"), country modifier ("a U.S. delegation") or the subject of its light verb ("held
talks"); through conjunctions, infinitive complements ("flew to Berlin to meet": the flyer meets; "asked Kyiv
to mediate": Kyiv mediates) and relative clauses ("Al Thani, who has mediated"). Targets: where the trigger
rule says (direct object, passive subject, a preposition's object). Every argument expands over conjuncts
("the presidents of Russia and Ukraine" is two targets). Pronouns he/she/him/her resolve to the nearest
preceding person of the last two sentences who is not the event's other party.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.knowledge import ActorKnowledge, normalize
from ..model import ActorRef, Entity
from .lexicon import EventLexicon

PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
MODIFIER_TYPES = {"GPE", "NORP"}  # "a U.S. delegation", "Russian forces": the country acts


@dataclass(frozen=True)
class Argument:
    """A resolved source or target with how directly the parse gave it (for confidence)."""

    ref: ActorRef
    direct: bool  # False: inherited through a conjunction/complement, or a resolved pronoun


class ArgumentReader:
    """Reads sources and targets for one parsed, actor-annotated Doc."""

    def __init__(self, doc: Doc, lexicon: EventLexicon, kb: ActorKnowledge) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.kb = kb
        self.mention_entity: dict[int, str] = doc._.mention_entity or {}
        self.entities: dict[str, Entity] = {e.id: e for e in (doc._.entities or [])}
        article = doc._.article
        self.day = article.published if article is not None else None

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
        # A pronoun reaches back at most one sentence, and prefers a subject (the one the story is about)
        # to the nearest name: "Macron met Scholz. He later praised Scholz" - he is Macron.
        first_sentence = self.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        best: tuple[bool, int, str] | None = None
        for i, eid in self.mention_entity.items():
            if not first_sentence <= i < tok.i or eid in exclude or self.entities[eid].type != "PERSON":
                continue
            rank = (self.doc[i].dep_ == "nsubj" or self.doc[i].head.dep_ == "nsubj", i, eid)
            if best is None or rank > best:
                best = rank
        return best[2] if best else None

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

    # -- verbs -------------------------------------------------------------------------------------

    def verb_source(self, verb: Token, depth: int = 0) -> list[Argument]:
        """The source of a verb trigger (see the module docstring)."""
        if depth > 4:
            return []
        passive = is_passive(verb)
        for child in verb.children:
            if passive and child.dep_ == "agent":
                return [a for pobj in child.children if pobj.dep_ == "pobj" for a in self.refs(pobj)]
            if not passive and child.dep_ in {"nsubj", "csubj"}:
                return self.refs(child)
        if passive:
            if depth == 0:
                return []
            # "is expected to travel ... to meet": a raising verb's subject is its complement's doer.
            return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.refs(c)]
        # "but Naftali Bennet, for his part, did not condemn": the parser hangs the subject loosely.
        for child in verb.lefts:
            if child.dep_ in {"npadvmod", "dep"} and child.i in self.mention_entity:
                return self.refs(child)
        head = verb.head
        if head is verb:
            return []
        if verb.dep_ == "conj":
            return _indirect(self.verb_source(head, depth + 1))
        if verb.dep_ in {"xcomp", "advcl"}:
            if self.lexicon.is_cue(head.lemma_, "content"):
                objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
                if objects:
                    return _indirect(self.refs(objects[0]))
            return _indirect(self.verb_source(head, depth + 1))
        if verb.dep_ == "relcl" and head.i in self.mention_entity:
            return self.refs(head)
        return []

    def verb_targets(self, verb: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """The first non-empty target reading among `ways`."""
        passive = is_passive(verb)
        for way in ways:
            if way == "dobj":
                deps = {"nsubjpass"} if passive else {"dobj"}
                found = [a for c in verb.children if c.dep_ in deps for a in self._target_np(c, exclude)]
            elif way == "dative":
                found = [a for c in verb.children if c.dep_ == "dative" for a in self.refs(c, exclude)]
            else:
                # "expressed support for X": the preposition may hang on the verb or on its object.
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                found = [a for node in [verb, *objects] for a in self.prep_objects(node, way, exclude)]
            if found:
                return found
        return self._complement_target(verb, exclude) if ways else []

    def _complement_target(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """A trigger whose act is spelled out in an infinitive ("threatened to retaliate against Israel",
        "vowed to annex a region of Guyana") acts on that infinitive's target; a demand or appeal with a
        that-clause, on the clause's subject."""
        for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            objects = [c for c in comp.children if c.dep_ == "dobj"]
            found = [a for o in objects for a in self._target_np(o, exclude)]
            found = found or [a for prep in COMPLEMENT_TARGET_PREPS for node in [comp, *objects]
                              for a in self.prep_objects(node, prep, exclude)]
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
        direct = self.refs(tok, exclude)
        if direct:
            return direct
        owner = [a for a in self.noun_own_source(tok) if a.ref.entity_id not in exclude]
        if owner:
            return owner if self.lexicon.rules.get((tok.lemma_.lower(), "NOUN")) else _indirect(owner)
        return _indirect([a for a in self.prep_objects(tok, "with", exclude)])

    def prep_objects(self, tok: Token, prep: str, exclude: set[str]) -> list[Argument]:
        """Objects of the preposition `prep` attached to `tok` ("met with X", "invasion of Ukraine")."""
        preps = [c for c in tok.children if c.dep_ in {"prep", "agent", "dative"} and c.lower_ == prep]
        return [a for child in preps
                for pobj in child.children if pobj.dep_ == "pobj" for a in self.refs(pobj, exclude)]

    # -- nouns -------------------------------------------------------------------------------------

    def noun_own_source(self, noun: Token) -> list[Argument]:
        """The doer named inside a nominal trigger's phrase: possessor, "by" phrase, country modifier."""
        for child in noun.children:
            if child.dep_ == "poss":
                return self.refs(child)
        by = self.prep_objects(noun, "by", set())
        if by:
            return by
        for child in noun.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.i in self.mention_entity:
                return self.refs(child)
        return []

    def noun_source(self, noun: Token, light: Token | None) -> list[Argument]:
        own = self.noun_own_source(noun)
        if own or light is None:
            return own
        return _indirect(self.verb_source(light))


COMPLEMENT_TARGET_PREPS = ("against", "on", "with", "of", "to")


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _indirect(args: list[Argument]) -> list[Argument]:
    return [Argument(a.ref, False) for a in args]
