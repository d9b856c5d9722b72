"""The parties of an event noun (`noun_source`, `noun_targets`), on the target reader (`targets.py`); the
reader here is the whole `ArgumentReader` (`arguments.py`).

A nominal trigger's source is its own (`noun_own_source`: possessor, "by" phrase), its country modifier ("a
U.S. delegation"), the subject of its light verb ("held talks") or of its frame ("X is on a visit to Y", "X
was due to meet Y", "are in talks with X"), the doer of a verb of doing or ordering the act ("ordered the
killing of"), a court act's country's judiciary, and for an arrest no one is named doing, the police of the
place (inferred); a meeting (CAMEO 04) in a verb's adjunct is held by the verb's doer ("leaves for talks
with Reagan"), its modifier the counterpart ("completed a round of IMF talks"). A company's, gang's, party's
or armed band's name before a noun of a state's act on someone is its target, never its doer ("the Petrobras
probe", `party_words.csv` patient_modifier). Targets: the noun's own
prepositions in the row's order (else its "against": "investigations against the police"), the sides
"between" ("talks between Israel and Hamas"), whom a forceful act was aimed at ("attacks aimed at police
stations", "a suicide attack targeting police"), the receiver of an act dealt to it ("received a 70-month
sentence", whose court, named or placed, is its source), those harmed in a violent act ("the attack in which
five soldiers were injured", "troops suffered casualties in the offensive"); the fight a killing happened in
names its killer, no reading of its own. A fight's source left unnamed by its own phrases is its other side
named around it (`_fight_other_side`): the harmed of a coordinated clause ("militants were killed and
policemen injured in an encounter": the militants), the ones arrested after it ("were arrested after an
encounter with SFs"), the armed band harmed with a force in one clause ("a Sub Inspector of the SSB and an
NDFB militant were killed in an encounter": the NDFB, `_band_against_force`), when the sides are a state
force and an armed group.

An accusation or complaint (CAMEO 11x) about an act names in its by-phrase the one who did that act, not the
accuser ("allegations of torture by police", "complaints of abuses committed by the army"): the doer of the
act is the accusation's target and never its source. A purchase's seller ("the purchase of X from Y") is
its target, as for the verb.

Where the parser hangs the other party away from the noun: the row's party preposition on its light verb past
the noun ("held talks last week with the IMF", "began a strike on Monday against GM"; "with" only for a
meeting, agreement or cooperation), the subject of the verb a noun is "under" ("KML is under investigation",
"police came under attack"), those a meeting is "attended by", a strike's employer (`strike_employer`), the
named instances of a generic object ("lawsuits against oil companies like Shell"), the noun of the act's own
where or when phrase ("the agreement in principle with X", `adjunct_partner`). A meeting named after a body
is held with that body by the doer of the verb it is an adjunct of ("Subroto will raise the issue at the OPEC
meeting") or by its possessor ("our next OPEC meeting").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.pronouns import SPEECH
from ..codes import country_of, sector_of
from ..extensions import sentence_of
from ..model import ActorRef
from .parties import (
    ALLEGATION_VERBS,
    COURT_NOUNS,
    DEATH_VERBS,
    DEFENDANT_VERBS,
    DOER_VERBS,
    FORCE_SECTORS,
    HARM_VERBS,
    IN_EVENT_PREPS,
    MAX_DEPTH,
    STATE_SECTORS,
    SUBJECT_OWNER_PREPS,
    SUIT_PURPOSE_VERBS,
    Argument,
    as_indirect,
    is_passive,
    main_participle,
    patient_possessor,
    prep_words,
    same_side,
    side_words,
)
from .party_words import SIDES_PREPS, values, words
from .sources import ARMED_SECTORS, coded_doers, describing_participles, fight_phrase, harmed_clauses
from .targets import DISAPPROVE, FORUM_PREPS, PROPERTY_ROOTS, TargetReader

# "leaves for Washington for talks with Reagan", "secured agreement following negotiations with the banks":
# prepositions of a verb's adjunct naming a meeting its doer holds
# (not "before": "before the trip to Moscow" is often told of a visit the story has named already)
ADJUNCT_PREPS = frozenset({"at", "for", "after", "following", "during"})
FRAME_PREPS = {"on", "for"}  # "X is on a visit to Y", "X arrived for talks": X is the visitor
ENGAGE_PREPS = frozenset({"in", "into"})  # "are in talks", "entered into negotiations"
SUFFER_VERBS = words("suffer_verb")  # "troops suffered casualties in the offensive": the troops, its target
ENGAGE_VERBS = words("engage_verb")  # "are in talks with X", "engaged in negotiations with X"
CRIMES = words("crime_word")  # "allegations of fraud by the firm": a crime is an act someone did
BOMBING = "183"  # suicide, car or other non-military bombing
ACCUSE_ROOT = "11"  # disapprove: criticise, accuse, complain
# "held talks last week with the IMF", "began a strike on Monday against GM", "began probes into the firm": a
# noun's party prepositions the parser may hang on its light verb (not "of", "for", "in": the verb's own
# complements)
LIGHT_PARTY_PREPS = frozenset({"with", "against", "between", "among", "to", "on", "into"})
CONTENT_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl"})  # a clause the parser hangs on a noun
CONTENT_MARKS = frozenset({"that", "for"})  # "the demand that Japan end ...", "a call for Japan to open ..."
CLAUSE_OBJECT_DEPS = frozenset({"dobj", "prt", "xcomp", "ccomp", "acomp", "attr", "dative"})  # its complement
PARTNER_ROOTS = frozenset({"03", "04", "05", "06"})  # intents, meetings, agreements, cooperation: with whom
# "is under investigation", "came under attack", "was placed under arrest": verbs of being or getting under an
# act (not "would fear torture under arrest": a phrase of another verb's)
FIGHT_ADJUNCT_PREPS = IN_EVENT_PREPS | {"after", "following"}  # "arrested after an encounter with SFs"
# "denied the allegations": said by the one accused (not "dismiss", "reject": a judge dismisses an accusation)
DENIAL_VERBS = frozenset({"deny", "refute", "rebut"})
UNDER_VERBS = frozenset({"be", "come", "remain", "fall", "stay", "place", "put", "keep", "go"})
# "came under fire from Maoists", "came under attack by militants": the phrases naming the doer
UNDER_DOER_PREPS = ("from", "by")
# "Avila received a 70-month sentence", "was handed a life sentence": verbs by which a party is dealt an act
# (`party_words.csv` receive_verb; value = which of the verb's slots names the one dealt it)
RECEIVE_VERBS = values("receive_verb")
# "its troops repelled an Iranian attack", "the attack was repulsed by the guards": verbs (a lemma, or a lemma
# and its particle: "beat back") by which the one an attack was made on drove it off (`party_words.csv`
# repel_verb)
REPEL_VERBS = words("repel_verb")


class NounReader(TargetReader):
    """Reads the source and targets of event nouns, over the verbs' sources and targets."""

    def _court_of(self, arg: Argument, noun: Token) -> Argument:
        """"a US federal indictment", "Peru's prosecution of Fujimori": a court act a country does is its
        judiciary's (JUD), not the country's as a whole."""
        code = arg.ref.code
        court = noun.lemma_.lower() in COURT_NOUNS
        if not court or not code or len(code) != 3 or not self._has_country(code):
            return arg
        return Argument(ActorRef(arg.ref.entity_id, code + "JUD", arg.ref.basis), arg.direct, arg.guessed)

    def noun_source(self, noun: Token, light: Token | None) -> list[Argument]:
        if self._doer_phrase(noun):
            return []
        if self._harmed_in_fight(noun):  # "were injured in an encounter with Maoists": the Maoists fought
            return as_indirect(self.prep_objects(noun, "with", set()))
        if noun.lemma_.lower() in COURT_NOUNS and self._receiving_verb(noun) is not None:
            return self._court_of_received(noun)  # "received a sentence": a court's, never the receiver's
        # "allegations of torture by police": the police tortured, they did not allege it
        accused = {(a.ref.entity_id, a.ref.code) for a in self.accused_doers(noun, set())}
        # "an ambush by Maoist cadres in Gadchiroli": a group of no country is placed as a verb's doer is
        own = [self._placed_group(self._court_of(a, noun), noun)
               for a in self.noun_own_source(noun) or self.claimant(noun) or self._blast_planter(noun)
               if (a.ref.entity_id, a.ref.code) not in accused]
        # ("Saudi Arabia tried to avoid an OPEC meeting": a verb that only has the meeting as its object
        # holds none)
        holder = light or (self._adjunct_verb(noun) if self._light_of(noun) is None else None)
        if own and holder is not None and self._counterpart_modifier(noun, own):
            # "Zambia has completed a round of IMF talks": Zambia talked with the IMF; "Subroto will raise
            # the issue at the OPEC meeting": Subroto meets OPEC
            return as_indirect(self.verb_source(holder))
        own = own or self._under_act_doer(noun)
        if own:
            return coded_doers(own)
        frame = light or self._frame_verb(noun) or self._doing_verb(noun)
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) or []
        if frame is None and any("between" in r.target for r in rows):  # talks, fighting: two sides
            frame = self._engaged_in(noun)
        if frame is None:
            frame = self._adjunct_verb(noun) or self._fought_in(noun)
        if frame is not None:
            return as_indirect(self.verb_source(frame)) or self._speaker_of_talks(noun)
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in FRAME_PREPS and prep.head.i in self.mention_entity:
            return as_indirect(self.refs(prep.head))  # "Mexico's foreign minister, on a visit to Peru, met"
        return self._fight_other_side(noun) or self._exchange_band(noun) or self._harming_encounter(noun) \
            or self._police_of_arrest(noun) or self._incident_doer(noun) or self._speaker_of_talks(noun)

    def _speaker_of_talks(self, noun: Token) -> list[Argument]:
        """"Prime Minister Mulroney said progress was being made in trade talks with the United States":
        talks, a deal or cooperation (CAMEO 03-06) with a state or its body (a government, an international
        body) its with-phrase names, told with no doer in the complement clause of a speech verb, are held
        by the speaker when he is a state (its body, official or name) of another country than every
        partner; none when the clause has a subject of its own ("said Japan had made progress in talks with
        X": Japan's; "said the gang's leaders are in talks with the US") or a named by-agent, when a partner
        is no state's ("said progress was made in talks with commercial banks": the debtors' talks), or
        when the speaker is no state's."""
        if self.matched_cameo(noun, "NOUN")[:2] not in PARTNER_ROOTS:
            return []
        # (a state's talks with states or their bodies: "Mulford said progress was made in talks with
        # commercial banks" tells of debtors' talks, not his own)
        partners = self.prep_objects(noun, "with", set())
        if not partners or any(not a.ref.code or sector_of(a.ref.code) not in STATE_SECTORS | {""}
                               for a in partners):
            return []
        clause = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH:
            return []
        # ("said the Rastrojo leaders are in talks with the US": the clause's own subject holds them, named
        # or not; "said talks with X had stalled": the talks are the subject, told of no one)
        if any(c.dep_ == "nsubj" and noun not in c.subtree for c in clause.children) or any(
                o.dep_ == "pobj" and o.i in self.mention_entity for c in clause.children if c.dep_ == "agent"
                for o in c.children):
            return []
        # (a wire's dateline the parser took for a first subject is no speaker, nor is the capital's name the
        # parser may take for one where the layout reads no dateline: the subject nearest the verb is)
        subjects = [c for c in clause.head.children
                    if c.dep_ == "nsubj" and self.dateline_end <= c.idx and c.i < clause.i]
        speakers = self.refs(max(subjects, key=lambda c: c.i)) if subjects else []
        partner_countries = {country_of(a.ref.code or "") for a in partners}
        if len(speakers) != 1 or not (code := speakers[0].ref.code) or not (country := country_of(code)) \
                or (sector_of(code) or "GOV") not in STATE_SECTORS or country in partner_countries:
            return []
        return as_indirect(speakers)

    def _blast_planter(self, noun: Token) -> list[Argument]:
        """"policemen were injured in an IED blast triggered by Maoists": a bombing told by its blast
        (CAMEO 183) was done by the by-agent of the participle of setting off or placing the device on it
        (`source_words.csv` planter_verb), when that agent is an armed non-state group (as for the killing
        told with the same blast, `_device_planter`)."""
        if self.matched_cameo(noun, "NOUN") != BOMBING:
            return []
        return [a for a in self._planted_by(noun) if (a.ref.code or "")[-3:] in ARMED_SECTORS]

    def _harming_encounter(self, noun: Token) -> list[Argument]:
        """"Two militants were killed in an encounter in Kupwara": an encounter whose sides are unnamed is
        fought by the other side of the harmed its story told (`_encounter_sides`: "SFs launched an operation.
        A militant was injured in the ensuing gunfight"), else by the forces guessed for the killing told in
        it (`_encounter_force`)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in IN_EVENT_PREPS:
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB" or not is_passive(verb):
            return []
        return self._encounter_sides(verb) or self._encounter_force(verb)

    def _fight_other_side(self, noun: Token) -> list[Argument]:
        """The side of a two-sided fight (a row with sides "between", or a fight phrase) that the fight noun's
        own phrases leave out, named as the passive subject of the clause the fight is an adjunct of, when
        the two sides are a state force and an armed non-state group: "three militants were killed and two
        policemen were injured in an encounter" (the fight harmed the policemen, its target: the militants
        fought them); "seven Maoists were arrested after an encounter with SFs" (the Maoists fought the
        SFs); "an SSB Sub Inspector and an NDFB militant were killed in an encounter" (the band, harmed with
        the force it fought, `_band_against_force`). A fight whose harmed are all of one side, or of no force
        or armed group, names no other side."""
        prep = noun.head
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) or []
        if noun.dep_ != "pobj" or prep.lower_ not in FIGHT_ADJUNCT_PREPS or prep.head.i == prep.i \
                or not (fight_phrase(noun) or any("between" in r.target for r in rows)):
            return []
        if any(prep_words(noun, way) for way in SIDES_PREPS):
            return []  # "an encounter between SFs and the militants": its sides are read as the row says
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"} or not is_passive(verb):
            return []
        with_sides = self.prep_objects(noun, "with", set())
        if with_sides:
            # "were arrested after an encounter with SFs": the arrested fought the SFs
            subjects = self._each_party([t for c in verb.children if c.dep_ == "nsubjpass"
                                         for t in [c, *c.conjuncts]])
            return as_indirect(subjects) if _opposed(subjects, with_sides) else []
        if prep.lower_ not in IN_EVENT_PREPS:
            return []
        # "militants were killed and policemen were injured in an encounter": the side not harmed here
        main = main_participle(verb)
        harmed_here = self._each_party([t for c in main.children if c.dep_ == "nsubjpass"
                                        for t in [c, *c.conjuncts]])
        harmed = self._each_party([t for v in harmed_clauses(verb) for c in v.children
                                   if c.dep_ == "nsubjpass" for t in [c, *c.conjuncts]])
        others = [a for a in harmed if not any(same_side(a, h) for h in harmed_here)]
        if not others:
            # "a Sub Inspector of the SSB and an NDFB militant were killed in an encounter": both sides are
            # the harmed of one clause; the armed band fought the force (its target, as the harmed are read)
            return as_indirect(_band_against_force(harmed_here))
        return as_indirect(others) if _opposed(others, harmed_here) else []

    def _exchange_band(self, noun: Token) -> list[Argument]:
        """The armed band an exchange of fire (`fight_phrase`) naming no side of its own was fought by, when
        the clause it is told in is a while-clause of harm hung on a clause of harm, and the harmed of both
        are a state force and that band: "four militants and a policeman were killed, while six policemen
        sustained injuries in an exchange of fire", "two militants and a soldier were killed while three
        soldiers were injured during an exchange of fire" (each side fired: `detect._both_ways`)."""
        prep = noun.head
        if not fight_phrase(noun) or noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS \
                or prep.head.i == prep.i or any(prep_words(noun, way) for way in (*SIDES_PREPS, "with")):
            return []
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "sustained injuries in"
        suffered = verb.pos_ == "VERB" and not is_passive(verb) and verb.lemma_.lower() in SUFFER_VERBS
        harmed_verb = verb.pos_ == "VERB" and is_passive(verb) and (
            self._violent(verb) or verb.lemma_.lower() in HARM_VERBS)
        main = verb.head
        if not (suffered or harmed_verb) or verb.dep_ != "advcl" or main.pos_ != "VERB" \
                or not is_passive(main) or not self._violent(main):
            return []
        subjects = [t for v in [verb, *harmed_clauses(main)] for c in v.children
                    if c.dep_ in {"nsubjpass", "nsubj"} for t in [c, *c.conjuncts]]
        return as_indirect(_band_against_force(self._each_party(subjects)))

    @staticmethod
    def _doing_verb(noun: Token) -> Token | None:
        """"X ordered the murder of a journalist", "masterminded the attack": a verb of doing or ordering an
        act (`party_words.csv` doer_verb) whose object (or passive subject with a by-phrase: "the arrest was
        ordered by X") the act's noun is; its doer did the act."""
        head = noun.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in DOER_VERBS:
            return head
        if (noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in DOER_VERBS
                and any(c.dep_ == "agent" for c in head.children)):
            return head  # "Rodriguez's arrest was ordered by a judge": the by-phrase's judge
        return None

    def _counterpart_modifier(self, noun: Token, own: list[Argument]) -> bool:
        """Whether the party a meeting's or negotiation's (CAMEO 04) modifier names is the other side of the
        one who holds it ("Zambia completed a round of IMF talks", "Brazil opened Paris Club negotiations"):
        the modifier is the only party the noun names, and the light verb's doer is another; or, with no
        light verb, the doer of the verb whose adjunct the meeting is (`_adjunct_verb`: "Subroto will raise
        the issue at the OPEC meeting") when the modifier is a body, not a person or a place ("at the
        Reagan-Gorbachev meeting", "at the Paris meeting" name no other side of the speaker's)."""
        if not self.matched_cameo(noun, "NOUN").startswith("04"):
            return False
        modifiers = {self.mention_entity.get(c.i) for c in noun.children
                     if c.dep_ in {"amod", "compound", "nmod"}}
        if not own or not all(a.ref.entity_id in modifiers for a in own):
            return False
        light = self._light_of(noun)
        if light is None and all(self._body_entity(a) for a in own):
            light = self._adjunct_verb(noun)
        doers = self.verb_source(light) if light is not None else []
        return bool(doers) and not any(same_side(d, a) for d in doers for a in own)

    def _members_meeting(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"our next OPEC meeting" (an OPEC member speaking), "Brazil's Paris Club talks": a meeting or
        negotiation (CAMEO 04) its possessor holds, modified by a named body other than the possessor, is held
        with that body."""
        if not self.matched_cameo(noun, "NOUN").startswith("04"):
            return []
        holders = {a.ref.entity_id for c in noun.children if c.dep_ == "poss" for a in self.refs(c)}
        if not holders:
            return []
        bodies = [a for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}
                  for a in self.refs(c, exclude) if self._body_entity(a) and a.ref.entity_id not in holders]
        return as_indirect(bodies)

    def _body_entity(self, arg: Argument) -> bool:
        """Whether an argument is a named organisation or international body ("OPEC", "GATT"), not a person,
        place or nationality."""
        eid = arg.ref.entity_id
        return eid is not None and self.entities[eid].type == "ORG" and not self._is_person_entity(eid) \
            and not self._place_like(arg)

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
        if self._harmed_in_fight(noun):  # "personnel were injured in an encounter with Maoists": the harmed
            found = self._suffered_in(noun, exclude)
            kind = self._act_kind(noun, "NOUN")
            sources = self.noun_own_source(noun)
            return found if kind is None else [self._inferred(a, noun, kind, sources) for a in found]
        found = self.accused_doers(noun, exclude) or self._accused_in_clause(noun, exclude) or self.seller(
            noun, exclude) or self._complained_of(noun, ways, exclude) or [
            a for way in ways for a in (self._between(noun, exclude) if way == "between"
                                        else self.prep_objects(noun, way, exclude)
                                        or self.prep_clause_subjects(noun, way, exclude))]
        if not found and "of" in ways:
            found = self._of_past_place(noun, exclude)
        if ways and not any(a.ref.entity_id is not None for a in found):
            # "lawsuits against foreign oil companies like Royal Dutch Shell": the instances named
            found = next((ex for way in ways if way != "between"
                          and (ex := self.named_examples([], [noun], way, exclude))), found)
        if not found:
            found = (self._light_verb_parties(noun, ways, exclude)
                     or self._named_defendants(noun, ways, exclude)
                     or self._alleged_defendants(noun, ways, exclude)
                     or self.strike_employer(noun, "NOUN", exclude)
                     or self.protest_addressee(noun, "NOUN", exclude)
                     or self.protested_owner(noun, "NOUN", exclude))
        if not found and self.lexicon.is_cue(noun.lemma_, "addressee"):
            found = self._clause_addressee(noun, exclude)
        if not found and "with" in ways and self.matched_cameo(noun, "NOUN")[:2] in PARTNER_ROOTS:
            # "the agreement in principle with X", "held talks in Rio with X": a with-phrase the parser hung
            # on the noun of the act's where or when phrase, or of its light verb's
            light = self._light_verb(noun)
            found = self.adjunct_partner([noun] if light is None else [noun, light], exclude)
        if not found and ways:
            found = self._under_act(noun, exclude) or self._received(noun, exclude) \
                or self._attendees(noun, exclude)
        if not found and ways and "against" not in ways:
            # "initiate investigations against the military and police", "accusations against X": whatever
            # the row reads, the object of an act's own "against" is the one it is done to
            # (a named party or one of a known country: "investigations against top officials" is generic)
            found = [a for a in self.prep_objects(noun, "against", exclude)
                     if a.ref.entity_id is not None or self._has_country(a.ref.code)]
        if not found and self.matched_cameo(noun, "NOUN")[:2] in PROPERTY_ROOTS:
            # "attacks aimed at police stations", "raids targeting the gang": whom a forceful act is meant for
            # (not "criticisms aimed at overcrowded prisons": a place or thing is what other acts are about)
            found = self.aimed_at(noun, exclude)
        if not found and "between" in ways:
            # "the meeting of Baker and Stoltenberg": an encounter of two named parties is between them.
            both = self.prep_objects(noun, "of", exclude)
            found = both if len(both) >= 2 and all(a.ref.entity_id is not None for a in both) else []
        if not found and patient_possessor(noun):  # "Makled's capture": Makled was captured
            found = [a for c in noun.children if c.dep_ == "poss" for a in self.refs(c, exclude)]
        if not found:  # "the Petrobras probe": the company is probed
            found = [a for c in noun.children for a in self.patient_modifier(noun, c)
                     if a.ref.entity_id not in exclude]
        if not found:
            found = self._suffered_in(noun, exclude) or self._suffered_in_clause(noun, exclude)
        if not found and "of" in ways and self._act_kind(noun, "NOUN") is not None:
            # "the killing of the brothers of a police officer": kin told as a person's are private persons
            # (`party_words.csv` kin_noun), placed by `_inferred`
            found = [Argument(ActorRef(None, "CVL"), True) for o in self._of_objects(noun)
                     if o.i not in self.mention_entity and self._kin_of_someone(o)][:1]
        adjunct = self._adjunct_verb(noun) if not found and "between" in ways else None
        if adjunct is not None and not self.noun_own_source(noun):
            # "Biden and Xi agreed to resume contacts at their meeting": each met the other
            doers = self.verb_source(adjunct)
            found = doers if len(doers) >= 2 else (self._addressed_at(adjunct, exclude)
                                                   or self._adjunct_verb_partner(adjunct, doers, exclude))
        if not found:
            found = self._repelled_by(noun, exclude)
        if not found and self._counterpart_modifier(noun, self.noun_own_source(noun)):
            found = as_indirect(self.noun_own_source(noun))  # "a round of IMF talks": with the IMF
        if not found:
            found = self._members_meeting(noun, exclude)
        if not found:  # "the president has denied the allegations": he is the one accused
            found = self._denier_accused(noun, exclude)
        frame = self._frame_verb(noun) if not found and "to" in ways else None
        if frame is not None:
            found = [a for prep in ("to", "in") for a in self.prep_objects(frame, prep, exclude)
                     if self._is_place(a)][:1]
        if not found:  # "during his trip" after "the trip to Tokyo by Howard": Tokyo
            found = self.visit_host(noun, "NOUN", exclude)
        if not found:  # "after carrying out the attack": the lead's incident's victims
            found = self.incident_target(noun)
        kind = self._act_kind(noun, "NOUN")
        if kind is None:
            return found
        # "the killing of a gang leader", "an attack against the police station": coded as for a verb.
        sources = self.noun_own_source(noun)
        found = [a for a in found if not self._place_like(a)] or found
        return [self._inferred(a, noun, kind, sources) for a in found]

    def _of_past_place(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"the extradition to the United States of the founder of the Rastrojos": an of-phrase the parser
        hung on the place its noun's own to- or from-phrase names (a place told so takes no of-phrase of a
        party's) is the noun's own; not a place ("to the Republic of Korea")."""
        return [a for p in noun.children if p.dep_ == "prep" and p.lower_ in {"to", "from"}
                for o in p.children if o.dep_ == "pobj" and self._is_place_token(o)
                for a in self.prep_objects(o, "of", exclude) if not self._place_like(a)]

    def _adjunct_verb_partner(self, verb: Token, doers: list[Argument], exclude: set[str]) -> list[Argument]:
        """"after months of negotiations, the company reached an agreement with the union", "following talks,
        X signed a deal with Y": a negotiation or meeting with no party of its own, told in the adjunct of an
        act done with a partner (a meeting, agreement or cooperation, CAMEO 03-06: the verb's row or its
        object's), was held with that partner: the with-phrase on the verb or on its object's noun, a named or
        coded party that is not the doer's own side."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # (not "chatted with Reynolds after the meeting", "was satisfied with the role": a with-phrase of an
        # act done with no partner names no side of the talks)
        if self.matched_cameo(verb, "VERB")[:2] not in PARTNER_ROOTS and not any(
                self.matched_cameo(o, "NOUN")[:2] in PARTNER_ROOTS for o in objects):
            return []
        found = [a for t in (verb, *objects) for a in self.prep_objects(t, "with", exclude)]
        return as_indirect([a for a in found if (a.ref.entity_id is not None or a.ref.code)
                            and not self._place_like(a) and not any(same_side(a, d) for d in doers)])

    def _repelled_by(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"Iraq said its troops repelled an Iranian attack", "the attack was repulsed by the guards on duty":
        an attack that names no target of its own was made on the one who drove it off, the doer of the verb
        of repelling (`party_words.csv` repel_verb) whose object or passive subject the attack is, when that
        doer is not the attack's own side ("rebels repelled an army attack" is no attack on the army)."""
        verb = noun.head
        if noun.dep_ not in {"dobj", "nsubjpass"} or verb.i == noun.i or verb.pos_ != "VERB":
            return []
        lemma = verb.lemma_.lower()
        forms = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
        if forms.isdisjoint(REPEL_VERBS):
            return []
        if noun.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children):
            return []  # "all were repulsed": no one named who drove it off
        own = self.noun_own_source(noun)
        return [a for a in self.verb_source(verb)
                if (a.ref.entity_id is None or a.ref.entity_id not in exclude)
                and not any(same_side(a, o) for o in own)]

    def _clause_addressee(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"its demand that Japan end quotas", "a call for Japan to open its market": a demand or appeal noun
        (`event_cues.csv` addressee, as its verb) is made to the active subject of the content clause on it,
        a that-clause (not a relative clause: "the demand that Japan made" has no mark "that" and no object
        of its own) or a for-to clause; not a passive's subject ("demand that X be extradited": what is done
        to X is asked of another)."""
        clauses = [c for c in noun.children if c.dep_ in CONTENT_CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ in CONTENT_MARKS for m in c.children)
                   and any(o.dep_ in CLAUSE_OBJECT_DEPS for o in c.children)]
        return as_indirect([a for c in clauses for s in c.children if s.dep_ == "nsubj"
                            for a in self.refs(s, exclude) if a.ref.entity_id not in exclude])

    def _complained_of(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """"a complaint with GATT against the EC's sugar policy": a complaint (CAMEO 11) is against the one
        complained of, named by a way of its row other than the body it goes to (`FORUM_PREPS`), the body only
        the forum; [] when no such way names a party (the other ways are read as the row reads them then)."""
        if not self.matched_cameo(noun, "NOUN").startswith(DISAPPROVE) or FORUM_PREPS.isdisjoint(ways):
            return []
        return next((found for way in ways if way not in FORUM_PREPS and way != "between"
                     and (found := self.prep_objects(noun, way, exclude)
                          or self._forum_hung(noun, way, exclude))), [])

    def _light_verb_parties(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """"will hold a meeting later this week with X", "held talks last week with the IMF", "began a strike
        on Monday against General Motors": the row's party preposition (`LIGHT_PARTY_PREPS`) that the parser
        hung on the light verb (`event_cues.csv` light) past the noun, its object or passive subject, names
        the noun's other party (not a phrase before the noun: "with IMF backing, Peru held talks")."""
        light = self._light_verb(noun)
        if light is None:
            return self._participle_against(noun, ways, exclude)
        # ("filed a complaint with the prosecutor": a with-phrase on the verb is its partner only for a
        # meeting, a negotiation, an agreement or cooperation; a complaint is lodged with whom it asks)
        partner = self.matched_cameo(noun, "NOUN")[:2] in PARTNER_ROOTS
        preps = [w for w in ways if w in LIGHT_PARTY_PREPS and (w != "with" or partner) and any(
            c.dep_ == "prep" and c.lower_ == w and c.i > noun.i for c in light.children)]
        return [a for way in preps for a in self.prep_objects(light, way, exclude)]

    def _named_defendants(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """"X has been named as a defendant in a suit filed by Y", "was named in two lawsuits": a lawsuit
        (a row reading its target by "against") in the in-phrase of a passive verb of naming
        (`party_words.csv` defendant_verb) is brought against that verb's subject."""
        prep, verb = noun.head, noun.head.head
        if "against" not in ways or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i \
                or verb.lemma_.lower() not in DEFENDANT_VERBS or not is_passive(verb):
            return []
        return [a for s in verb.children if s.dep_ == "nsubjpass" for a in self.refs(s, exclude)]

    def _alleged_defendants(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """"filed suit in federal court, alleging X violated the patent", "filed a lawsuit charging X with
        fraud": a lawsuit (a row reading its target by "against") that names no defendant is brought against
        the one a participle of alleging (`party_words.csv` allegation_verb) on the lawsuit's noun or on the
        verb filing it names, as its object or as its that-clause's subject, or the object of the infinitive
        of compelling or stopping it is filed for ("filed suit to block X from taking control",
        suit_purpose_verb); a named party, never a place; only for a lawsuit that is the object of a verb
        with a subject (its filer)."""
        # (only a lawsuit told with its filer, "X filed suit": "a series of lawsuits claiming that the company
        # ..." or "a request for an injunction to stop X" name no plaintiff, and their readings would be
        # events of a target alone)
        filer = noun.head
        if "against" not in ways or noun.dep_ != "dobj" or filer.pos_ != "VERB" \
                or not any(c.dep_ == "nsubj" for c in filer.children):
            return []
        hosts = [noun, filer]
        clauses = [c for h in hosts for c in h.children if c.dep_ in {"advcl", "acl", "xcomp"}]
        alleging = [c for c in clauses if c.tag_ == "VBG" and c.lemma_.lower() in ALLEGATION_VERBS]
        alleging += [c for c in clauses if c.tag_ == "VB" and c.lemma_.lower() in SUIT_PURPOSE_VERBS
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        # (the object of "charging X with fraud", else the subject of "alleging [that] X violated the patent",
        # though the parser may hang that clause elsewhere: the subject whose words open right after it)
        opening = {c.i + 1 + (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "that") for c in alleging}
        named = [o for c in alleging for o in c.children if o.dep_ == "dobj"] or [
            s for c in alleging for s in sentence_of(c) if s.dep_ in {"nsubj", "nsubjpass"}
            and s.left_edge.i in opening]
        return [a for o in named for a in self.party(o, exclude)
                if a.ref.entity_id is not None and a.ref.entity_id not in exclude and not self._place_like(a)]

    def _participle_against(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """"a suit filed by X against Y", "a civil suit brought against Y", "charges brought by X against Y":
        the against-phrase (of a row reading its target there) that the parser hung on a participle of doing
        (`party_words.csv` doer_verb) describing the noun. Only "against": an on- or to-phrase there names a
        place or a time as often as a party ("attacks carried out on the border")."""
        if "against" not in ways:
            return []
        return [a for c in describing_participles(noun) if c.lemma_.lower() in DOER_VERBS
                for a in self.prep_objects(c, "against", exclude)]

    def _under_act(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"KML is under investigation by Peruvian authorities", "police stations came under attack", "was
        placed under arrest": an act told as what a party is under is done to the subject of the verb the
        phrase hangs on (a copula, "come", "remain", "place" ...), whoever the noun's own by-phrase names."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
            return []
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in UNDER_VERBS:
            return []  # "officials under investigation": the noun's phrase, read as its owner is elsewhere
        # (the subject's own party, not one its phrase names: "a tribe in the Amazon came under threat"; nor
        # "it", a plan or tactic more often than a party: "it has come under criticism")
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "it"]
        # (a named party or one of a known country: "police stations came under attack" names no one; the
        # party a team or unit is of: "a team of the STF came under fire")
        return [a for c in subjects for a in self._under_party(c, exclude)
                if not self._place_like(a) and (a.ref.entity_id is not None or self._has_country(a.ref.code))]

    def _under_party(self, subject: Token, exclude: set[str]) -> list[Argument]:
        """The party the subject of an under-act names: its own, else the body its of-phrase names ("a team of
        the STF came under fire", "a patrol of the Assam Rifles came under attack"), never a guess of a
        country for a bare role ("five former presidents are under investigation")."""
        own = self.refs(subject, exclude)
        if own or not any(c.dep_ == "prep" and c.lower_ in SUBJECT_OWNER_PREPS for c in subject.children):
            return own
        return self.party(subject, exclude, SUBJECT_OWNER_PREPS)

    def _under_act_doer(self, noun: Token) -> list[Argument]:
        """"a police team came under fire from Maoists", "the patrol came under attack by militants": the doer
        of an act told as what a party came or was under is the coded object of the from- or by-phrase on
        the noun or on the verb the under-phrase hangs on (the parser hangs it on either); a named party or
        one of a known country ("came under attack from gang members" names no one), as for the one under
        it."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
            return []
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in UNDER_VERBS:
            return []
        return [a for tok in (noun, verb) for way in UNDER_DOER_PREPS
                for a in self.prep_objects(tok, way, set()) if a.ref.code and not self._place_like(a)
                and (a.ref.entity_id is not None or self._has_country(a.ref.code))][:1]

    @staticmethod
    def _receiving_verb(noun: Token) -> Token | None:
        """The verb by which a party is dealt the act `noun` names ("received a sentence", "was handed a
        sentence": `party_words.csv` receive_verb), when the noun is its object."""
        verb = noun.head
        if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in RECEIVE_VERBS:
            return verb
        return None

    def _court_of_received(self, noun: Token) -> list[Argument]:
        """Who dealt a received sentence: the coded party of its from- or by-phrase ("received a sentence from
        a US court", a country's court being its judiciary), else the judiciary of the place the clause
        names ("received a life sentence in El Paso"), a guess; none where no place is named."""
        verb = noun.head
        named = [self._court_of(a, noun) for tok in (verb, noun) for way in ("from", "by")
                 for a in self.prep_objects(tok, way, set()) if a.ref.code]
        if named:
            return [Argument(a.ref, False, a.guessed) for a in named]
        # (the clause's place only, never the story's home: a Mexican story tells of sentences passed in US
        # courts as often as at home)
        country = self._clause_country(verb)
        return [Argument(ActorRef(None, country + "JUD", "inferred"), False, guessed=True)] if country else []

    def _received(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"Avila received a 70-month prison sentence", "he was handed a life sentence", "the judge gave him a
        ten-year sentence": an act a party is dealt, told as what it receives, is done to the receiver, the
        receiving verb's subject (or, for a verb of giving, its dative or passive subject)."""
        verb = self._receiving_verb(noun)
        if verb is None:
            return []
        if RECEIVE_VERBS[verb.lemma_.lower()] == "subject":
            # (the verb's doer as its subject reads it: "was freed after receiving a sentence" is his)
            return [a for a in self.verb_source(verb) if a.ref.entity_id not in exclude
                    and not self._place_like(a)]
        deps = {"nsubjpass"} if is_passive(verb) else {"dative"}
        return [a for c in verb.children if c.dep_ in deps for a in self.refs(c, exclude)
                if not self._place_like(a)]

    def _attendees(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"will open the meeting, which is being attended by government officials and union leaders", "a
        conference attended by OPEC ministers": those a meeting (CAMEO 04) is attended by, named by the
        by-phrase of "attend" in a clause or participle on it, take part in it with the one holding it (its
        light verb's doer: "will open the meeting"), or with each other when two or more are named."""
        if not self.matched_cameo(noun, "NOUN").startswith("04"):
            return []
        clauses = [c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() == "attend"
                   and (is_passive(c) or c.tag_ == "VBN")]
        found = [a for c in clauses for p in c.children if p.dep_ == "agent"
                 for o in p.children if o.dep_ == "pobj" for a in self.party(o, exclude)
                 if not self._place_like(a)]
        # (a named party or one of a known country: "attended by government officials" places no one, and
        # the story's home is no safe guess for a meeting's guests)
        found = [a for a in found if a.ref.entity_id is not None or self._has_country(a.ref.code)]
        # (with no one holding it, one body attending is no other side: "talks attended by OPEC ministers")
        return as_indirect(found) if self._light_verb(noun) is not None or len(found) >= 2 else []

    def _light_verb(self, noun: Token) -> Token | None:
        """The light verb (`event_cues.csv` light) a noun is the object of ("held talks"), or the passive
        subject of ("talks were held"), directly or as its partitive's ("held two rounds of talks")."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and self.lexicon.is_cue(head.head.lemma_, "partitive"):
            noun, head = head.head, head.head.head
        told = noun.dep_ == "dobj" or (noun.dep_ == "nsubjpass" and is_passive(head))
        if not told or head.pos_ != "VERB" or not self.lexicon.is_cue(head.lemma_, "light"):
            return None
        return head

    def accused_doers(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"allegations of torture and extrajudicial killings by police and military", "complaints of human
        rights abuses perpetrated by the army", "allegations of fraud by the firm": the doers an accusation or
        complaint (CAMEO 11x) names for the act its of-phrase is about (an event noun or a crime), by a
        by-phrase on the accusation, on the act or on a participle describing the act; never a place."""
        if not self.matched_cameo(noun, "NOUN").startswith(ACCUSE_ROOT):
            return []
        acts = [t for o in self._of_objects(noun) for t in [o, *o.conjuncts]
                if t.i not in self.mention_entity and self._act_noun(t)]
        if not acts:
            return []
        # ("complaints of abuses perpetrated by the army": the participle describing the act names its doer)
        done = [c for a in acts for c in a.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        found = [a for node in [noun, *acts, *done] for a in self.prep_objects(node, "by", exclude)]
        return as_indirect([a for a in found if not self._place_like(a)])

    def _accused_in_clause(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"allegations that the governor took bribes", "allegations by a former engineer that it had
        overbilled the Pentagon": the subject of an accusation's (CAMEO 11x) that-clause is the one accused,
        as it is of "alleged that X took bribes"; the parser may hang the clause on the by-phrase's noun.
        Never the accuser, nor a place."""
        if not self.matched_cameo(noun, "NOUN").startswith(ACCUSE_ROOT):
            return []
        makers = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj"]
        clauses = [c for n in [noun, *makers] for c in n.children if c.dep_ in {"acl", "relcl", "ccomp"}
                   and c.pos_ in {"VERB", "AUX"} and any(m.dep_ == "mark" and m.lower_ == "that"
                                                         for m in c.children)]
        found = [a for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}
                 for a in self.refs(s, exclude)]
        own = {a.ref.entity_id for m in makers for a in self.refs(m, exclude)}
        return as_indirect([a for a in found if not self._place_like(a)
                            and (a.ref.entity_id is None or a.ref.entity_id not in own)])

    def _denier_accused(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"Guatemala's new president has denied the allegations", "the company refuted the accusations": an
        accusation (CAMEO 11x) that names no one accused, denied as the object of a denial (`DENIAL_VERBS`;
        not "a judge dismissed the accusation", a ruling on it), was made against its denier, the verb's
        subject."""
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in DENIAL_VERBS:
            return []
        if not self.matched_cameo(noun, "NOUN").startswith(ACCUSE_ROOT):
            return []
        return as_indirect([a for a in self.verb_source(noun.head) if a.ref.entity_id not in exclude
                            and not self._place_like(a)])

    def _act_noun(self, tok: Token) -> bool:
        """Whether a noun names an act someone does: an event noun ("torture", "killings") or a crime
        (`party_words.csv` crime_word: "fraud", "extortion")."""
        lemma = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and (lemma in CRIMES or bool(self.lexicon.rules.get((lemma, "NOUN"))))

    @staticmethod
    def _of_objects(noun: Token) -> list[Token]:
        """The objects of a noun's of-phrases ("the killing *of* the brothers")."""
        return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]

    def _addressed_at(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"will tell U.S. officials at talks this month", "pressed Japan at the meeting": the one a verb
        holding a meeting in its adjunct speaks to or acts on (its object or dative, a named or country-coded
        party) is the other side of the meeting."""
        found = [a for c in verb.children if c.dep_ in {"dobj", "dative"} for a in self.refs(c, exclude)]
        return as_indirect([a for a in found if (a.ref.entity_id is None or a.ref.entity_id not in exclude)
                          and not self._is_place(a) and (a.ref.entity_id is not None
                                                         or self._has_country(a.ref.code))])

    def _between(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"talks between Israel and Hamas", "a gunfight between police and JeI cadres": each side named
        after "between" (or "among"), read on its own; in a fight the state force first (a coder codes the
        police or army as the one fighting the armed group, the first side being the source)."""
        # "the accord among the U.S., West Germany and Japan": "among" names the sides as "between" does
        own = [t for prep in SIDES_PREPS for t in prep_words(noun, prep)]
        named = own or [t for prep in SIDES_PREPS for t in side_words(noun, prep)]
        sides = [a for a in self._each_party(named)
                 if a.ref.entity_id is None or a.ref.entity_id not in exclude]
        if not own and len(sides) < 2:
            # "an encounter took place between SFs and militants": the sides its verb names are the noun's
            # only when both are read (one alone would make a fight with no doer)
            return []
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
        return as_indirect(out)

    def _fought_in(self, noun: Token) -> Token | None:
        """"Militants killed a civilian in an encounter with troops": a fight with a named side in the
        adjunct of an active violent verb is fought by the verb's doer (the verb it names no doer of its own;
        a passive's or a verb of dying's fight names the killer instead, `_doer_phrase`)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or prep.head.i == prep.i:
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or is_passive(verb) or verb.lemma_.lower() in DEATH_VERBS:
            return None
        fight = self._violent_word(noun, "NOUN") and bool(self.prep_objects(noun, "with", set()))
        return verb if fight and self._violent(verb) else None

    def _harmed_in_fight(self, noun: Token) -> bool:
        """"Three DRG personnel were injured in an encounter with Maoists": a fight with a named side that
        the passive subject of a harm verb (`party_words.csv` harm_verb, no act of its own) suffered in is
        fought by that side against the harmed (the side not harmed is the source)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or prep.head.i == prep.i:
            return False
        verb = prep.head
        if self._suffering_verb(verb) is not None:
            # "three personnel sustained injuries in a gunfight with PLA cadres": harm suffered, told actively
            return self._violent_word(noun, "NOUN") and bool(self.prep_objects(noun, "with", set()))
        if verb.pos_ != "VERB" or not is_passive(verb) or verb.lemma_.lower() not in HARM_VERBS:
            return False
        # "were killed and two others injured in an encounter": the killing is the event (`_doer_phrase`)
        if self._violent(verb) or self._violent(main_participle(verb)) or self._killing_before(verb) != verb:
            return False
        return self._violent_word(noun, "NOUN") and bool(self.prep_objects(noun, "with", set()))

    @staticmethod
    def _suffering_verb(head: Token) -> Token | None:
        """The active verb of suffering (`party_words.csv` suffer_verb) a fight's in-phrase tells harm by,
        whether the phrase hangs on it or on its object ("sustained injuries in an encounter"); None for a
        verb of no suffering or a passive one."""
        verb = head.head if head.dep_ == "dobj" else head
        if verb.pos_ != "VERB" or is_passive(verb) or verb.lemma_.lower() not in SUFFER_VERBS:
            return None
        return verb

    def _doer_phrase(self, noun: Token) -> bool:
        """"were killed in an encounter with police", "died in a clash with troops": the fight a killing
        happened in only names its killer (`_in_event_doer`); read on its own it would make the killer its
        target, so it is no reading of its own (the killing is the event). An exchange of fire
        (`fight_phrase`) is each side firing on the other: "a cadre was killed in an exchange of fire with
        SFs" tells the cadre's fire on the SFs too, so it is read on its own when the harmed are the side
        opposed to the named one (`_fight_other_side`: a band against a force); civilians caught in it fired
        on no one."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or prep.head.i == prep.i:
            return False
        if fight_phrase(noun) and self._fight_other_side(noun):
            return False
        # "two militants were killed and a soldier injured in an encounter": the killing's phrase too
        verb = self._killing_before(main_participle(prep.head))
        if verb.pos_ != "VERB" or not (is_passive(verb) or verb.lemma_.lower() in DEATH_VERBS):
            return False
        return self._violent(verb) and bool(self.prep_objects(noun, "with", set()))

    def _killing_before(self, verb: Token) -> Token:
        """"a cadre was killed and four others were injured during an encounter with SFs": the violent passive
        a passive harm clause (`party_words.csv` harm_verb) is coordinated with, whose fight the phrase on the
        harm clause names too (the parser hangs it on the last clause); else the verb itself."""
        head = verb.head
        if (verb.dep_ == "conj" and verb.pos_ == "VERB" and is_passive(verb)
                and verb.lemma_.lower() in HARM_VERBS and head.pos_ == "VERB" and is_passive(head)
                and self._violent(head)):
            return head
        return verb

    def _suffered_in(self, noun: Token, exclude: set[str]) -> list[Argument]:
        """"two soldiers were killed in an attack by militants", "two policemen were injured in an attack": a
        violent act the passive subject of a violence or harm verb suffered in was done to him."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or not self._violent_word(noun, "NOUN"):
            return []
        verb = main_participle(prep.head)  # "were killed and six injured in an ambush": the killed too
        if prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in SUFFER_VERBS:
            verb = prep.head.head  # "suffered heavy casualties in the offensive": the phrase may hang on them
        if verb.pos_ == "VERB" and not is_passive(verb) and verb.lemma_.lower() in SUFFER_VERBS:
            # "Iraqi troops suffered 3,000 casualties in Iran's offensive", "two soldiers sustained injuries
            # in an attack": the subject of a verb of suffering (`party_words.csv` suffer_verb) suffered it
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            return as_indirect([a for c in subjects for a in self.party(c, exclude)])
        # "two policemen were injured in an attack": harm suffered in it, though "injure" is no act of its own
        harmed = self._violent(verb) or verb.lemma_.lower() in HARM_VERBS
        if verb.pos_ != "VERB" or not is_passive(verb) or not harmed:
            return []
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return as_indirect([a for c in patients for a in self.party(c, exclude)])

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
        """"the FARC are in peace talks with the government", "engaged in talks with X", "entered into
        negotiations with X", "was in the second round of negotiations with X": the verb whose subject takes
        part in the noun's act (`party_words.csv` engage_verb)."""
        prep = noun.head
        # "was in the second round of negotiations with X", "is in the final stage of talks with X"
        if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
                and prep.head.dep_ == "pobj":
            prep = prep.head.head
        elif noun.dep_ != "pobj":
            return None
        if prep.dep_ != "prep" or prep.lower_ not in ENGAGE_PREPS or prep.head.i == prep.i:
            return None
        verb = prep.head
        return verb if verb.pos_ in {"AUX", "VERB"} and verb.lemma_.lower() in ENGAGE_VERBS else None


def _band_against_force(harmed: list[Argument]) -> list[Argument]:
    """The armed non-state band (ARMED_SECTORS) among a fight's harmed when the rest of them are a state
    force (FORCE_SECTORS) and nobody else: the fight's other side for the force harmed in it; [] when the
    harmed are of one side only or include others (civilians, parties of no sector)."""
    bands = [a for a in harmed if (a.ref.code or "")[-3:] in ARMED_SECTORS]
    forces = [a for a in harmed if (a.ref.code or "")[-3:] in FORCE_SECTORS]
    if not bands or not forces or len(bands) + len(forces) != len(harmed):
        return []
    return bands


def _opposed(sides: list[Argument], others: list[Argument]) -> bool:
    """Whether two sides of a fight are a state force (FORCE_SECTORS) and an armed non-state group
    (ARMED_SECTORS), each all of one kind."""
    def kind(args: list[Argument]) -> str | None:
        kinds = {"force" if (code := (a.ref.code or "")[-3:]) in FORCE_SECTORS
                 else "armed" if code in ARMED_SECTORS else None for a in args}
        return kinds.pop() if len(kinds) == 1 else None
    one, two = kind(sides), kind(others)
    return one is not None and two is not None and one != two
