"""Who did it: an event's source (`verb_source`, `noun_own_source`, `claimant`), on the base reader
(`parties.py`).

Sources: the subject; a passive verb's "by" agent; a nominal trigger's possessor ("Russia's invasion") or "by"
phrase ("a visit by Maduro", `noun_own_source`); through conjunctions, infinitive complements ("flew to Berlin
to meet": the flyer meets; "asked Kyiv to mediate": Kyiv mediates) and relative clauses ("Al Thani, who has
mediated"). Sources also come from a passive's "by" agent wherever it hangs, and an event noun the passive
subject was invited to ("invited to the bank's meeting": the bank invites). Passives never swap roles: the
subject of a passive verb is its target, never its source; nor does a verb of dying ("died in a clash with
troops", "at the hands of X": the troops, X killed the one who died). A violent act's doer is also the one it
is claimed by, blamed on or "responsible for" it. Armed groups of no country are placed as the one acted on
is (`targets.py`): the country of the clause's place, else of the story's; a party inferred rather than read
says so (`ActorRef.basis`): the police of the place for an arrest with no doer.

Parties named around the act rather than as its arguments: a fight's two sides ("injured during a gunfight
between police and X cadres": the side the harmed are not of; "militants and a soldier were killed during a
shootout": the state force against the armed group; "a gunfight between X and police": the state force first);
the doer of a participle of doing on the act's noun ("an attack carried out by X"), and the armed group that
set off the device the harm happened in ("killed in an IED blast triggered by X"); an infinitive on an owned
noun is done by its owner ("his threat to suspend aid"); an -ing clause of means or time by its verb's doer
("injured her by firing at her"); a statement's noun by the by-agent of a participle of uttering in its phrase
("criticism of the rates voiced by Baker"); the harm an -ing participle tells on the device a doer set off or
the act he carried out, by that doer ("Maoists triggered a landmine blast killing two jawans"); what is asked
of the one a verb of appeal addresses by a preposition, by that one ("called on the Treasury to open an
investigation": the Treasury); an abduction told on the captive an armed group releases, by that group ("the
ELN released a hostage who had been kidnapped in 2015"). Text whose commas are lost: a violent verb the parser
coordinated with a violent passive after its when-clause is the clause's, done by its subject, never by the
one the passive harmed ("the SP was killed when armed men intercepted his car and opened fire"); a when-clause
the parser hung away from the passive, the first after it with only passives of the same telling between, is
still the passive's (`_detached_when_doer`: "two policemen were killed and another was injured when
unidentified assailants opened fire"), and an act no trigger codes as violent that an armed band's when-clause
does to something harmed the passive's subjects (`_armed_clause_subject`: "four persons were killed when
unidentified militants blew up 15 tankers"). A city some
table lists as its country's alias ("the Frankfurt meeting") is where an act happened, not its doer. A news
credit the parser took for a conjunct ("X were killed and Y were injured in an encounter, reports Z") does not
split the coordinated passives (`credited_passives`); a when-clause the parser hung on a word of its subject
("when suspected LeT militants attacked") is a when-clause still; a raised subject ("members of the ELN are
believed to have ambushed") is read as a subject; a sentence-opening "they" no entity was read for is the
armed band or force the sentence before had for its plural subject (`_earlier_band`); a violent passive or
"the attack" told with no doer after the lead, going on with the lead's incident, is the one armed band the
lead names as its doer (`_incident_doer`), or the one band the sentence right before or after names as the
doer or claimant of the same incident (`neighbour_band`: "were injured in an IED blast. The TTP claimed
responsibility for the attack"), or the one band a sentence up to CLAIM_REACH after the lead claims the
lead's incident for or puts behind it, for the lead's own acts (`lead_claimant`: "... Ahrar ul Hind claimed
responsibility for the attack", "The Police suspect the ULFA-I behind the attacks", `_suspected_behind`). A
gerund with an object in the of-phrase of a course of action is done by whose course it is ("the U.S.
policy of deporting gang members", `_course_owner`); a company's or gang's name before a noun of a state's act
on someone is the one acted on, never its doer ("the Petrobras probe", `patient_modifier`). The word sets are
`data/source_words.csv` (read by `parties.source_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Span, Token

from ..actors.knowledge import Role, normalize
from ..actors.pronouns import (
    CREDIT_WORDS,
    GROUP_TYPES,
    OWNER_PRONOUNS,
    SPEECH,
    members_owner,
    news_credits,
    plural_band,
    possessor_person,
    ticker_company,
    told_clause,
)
from ..extensions import according_prep, sentence_list, sentence_of
from ..model import ActorRef
from ..resources import load_table
from ..when import cue_words
from .modality_rules import cancels_object
from .parties import (
    ANAPHORIC_DETS,
    COURT_NOUNS,
    DEATH_VERBS,
    DOCUMENTS,
    DOER_VERBS,
    FORCE_SECTORS,
    HARM_VERBS,
    IN_EVENT_PREPS,
    INSTALLATIONS,
    PLACE_TYPES,
    POLICE_ACTS,
    RELATIVE_PRONOUNS,
    SUBJECT_OWNER_PREPS,
    UNPLACED_SECTORS,
    VERBAL_ROOTS,
    VIOLENT_ROOTS,
    Argument,
    PartyReader,
    as_indirect,
    faith_word,
    is_passive,
    main_participle,
    nonstate,
    noun_class_words,
    patient_possessor,
    person_noun,
    phrase_role,
    place_index,
    place_words,
    prep_words,
    reduced_passive,
    same_side,
    side_words,
    source_words,
    to_infinitive,
)
from .party_words import values, words

# "injured her by firing at her", "gave up its plans after holding talks", "watched the suspects for months
# before arresting them": done by the verb's doer
MEANS_PREPS = frozenset({"by", "after", "before", "while", "upon", "without", "through"})
# Of the legal and police acts (`POLICE_ACTS`, parties.py), only the police's own: a court sentences, convicts
# and jails ("was sentenced": no police).
POLICE_LEMMAS = words("police_lemma")
HANDOVER_VERBS = frozenset({"extradite", "deport"})  # what only a state does to one it sends away
COURT_ACTS = words("court_act")  # "was indicted in Peru, prosecutors said": the judiciary (JUD)
VERDICT_ACTS = words("verdict_act")  # "was convicted", "was sentenced to 20 years": a court's, named or not
CHARGE_LEMMAS = words("charge_act")  # "was charged with fraud": a prosecutor's act, never a guessed police's
# Who may be guessed to have made a charge, indictment or sentence (`FORCE_SECTORS`: an arrest).
COURT_SECTORS = frozenset({"JUD"})
# "X claimed responsibility for the attack in which ten were killed": who owns up to an act did it.
CLAIM_VERBS = frozenset({"claim", "own", "accept", "take", "admit", "assume"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
OF_CLAIM_VERBS = frozenset({"claim", "own"})  # "claimed responsibility of the blast": "for" lost
DIRECT_CLAIM_VERBS = frozenset({"claim"})  # "the TTP claimed the kidnapping": claimed a violent act it did
# "suspected X of the killing", "blamed X for the attack": the verb and the preposition that names the act.
ATTRIBUTIONS = values("attribution_verb")
# "confessed to killing", "was found guilty of killing": the word and the preposition of an act its own
# subject did.
OWN_ACTS = values("own_act_word")
# "received Bank Board approval to acquire X": leave to act, whose act is the permitted one's, not the giver's
PERMISSION_NOUNS = frozenset(w for w, v in values("permission").items() if not v)
PERMISSION_GIVERS = frozenset(w for w, v in values("permission").items() if v == "given")
# "blamed the attack on X", "the attack was blamed on X": the one an act is laid on did it (reported).
LAID_ON_VERBS = values("laid_on_verb")
# "unidentified armed motorcyclists shot dead": a described band of armed men is a party (UAF) though no
# table names it (`party_words.csv` armed_description).
ARMED_DESCRIPTIONS = words("armed_description")
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})  # a fight's non-state side
# "the Petrobras probe", "the Odebrecht investigation": nouns of a state's act on a party (`party_words.csv`
# patient_modifier) whose name before them, of a company, gang, party or armed band (no state body, press or
# NGO: "an FBI probe", "a New York Times investigation" are theirs), names the one it is done to
PATIENT_MODIFIER_NOUNS = words("patient_modifier")
# "the U.S. policy of deporting", "its strategy of arresting kingpins": whose course it is does its acts
COURSE_NOUNS = words("course_noun")
NONSTATE_PARTY_SECTORS = frozenset({"BUS", "MNC", "CRM", "PTY", "OPP", "REB", "INS", "SEP", "UAF", "RAD"})
GENERIC_PERSON_SECTORS = frozenset({"PPL", "CVL"})  # "masked men": people, unless described as armed
MEDIA_SECTOR = "MED"  # the press: it reports an accusation it does not make ("..., reported El Tiempo")
CITY_POPULATION = 100_000  # a country alias that names a city this large is that city ("Frankfurt")
UTTERANCE_VERBS = source_words("utterance_verb")  # "criticism voiced by X": X made the statement
CAUSATIVE_VERBS = source_words("causative_verb")  # "forced the government to resign": the government resigns
INVOLVED_VERBS = source_words("involved_verb")  # "X were involved in the abduction": X abducted
# "Iraq repelled their offensive": a verb of meeting another's act ("their" on its object is not its subject)
OTHER_OWNER_VERBS = source_words("other_owner_verb")
RESPONSIBLE_WORDS = source_words("responsible_word")  # "the militants responsible for the attack" did it
INVOLVEMENT_NOUNS = source_words("involvement_noun")  # "X had a hand in the murder": X killed
FOIL_VERBS = source_words("foil_verb")  # "killed as the Army foiled an infiltration bid": the Army
GUNFIGHT_NOUNS = source_words("gunfight_noun")  # "the encounter", "the gun battle": two armed sides
TOLD_FIGHT_WORDS = source_words("told_fight_word")  # "in the ensuing gunfight": the fight told
FIGHT_VERBS = source_words("fight_verb")  # "police retaliated and five militants were killed": the police
FIRE_OBJECT_VERBS = frozenset({"return", "open"})  # a fight verb only with the object "fire"
WAR_MACHINES = source_words("war_machine")  # "Pakistan Air Force jets struck": the force that owns them
OWN_FORCE_MACHINES = source_words("own_force_machine")  # "gunships attacked hideouts": an unnamed force (MIL)
DESCRIBED_GROUPS = source_words("described_group")  # "a criminal group kidnapped": a band a word describes
CRIME_DESCRIPTIONS = source_words("crime_description")  # ... as criminals (CRM)
ARMED_BAND_DESCRIPTIONS = source_words("armed_band_description")  # ... as unidentified armed men (UAF)
BAND_PARTS = source_words("band_part")  # "a dissident faction within the group", "a splinter group of X"
BAND_LINK_VERBS = source_words("band_link_verb")  # "a splinter group linked to the Gulf Cartel"
BAND_NAME_VERBS = source_words("band_name_verb")  # "... known as the Shadow Group": the band's own name
BAND_PART_PREPS = frozenset({"of", "within", "from"})  # "a faction of X", "a cell within X"
DOCUMENT_NOUNS = source_words("document_noun")  # "his legislation rejects the call": the sponsor rejects
SPONSOR_VERBS = source_words("sponsor_verb")  # "the bill, sponsored by Sen. X": X's bill
ORDER_NOUNS = source_words("order_noun")  # "was killed on the orders of the Zetas": the Zetas
GENERIC_PRONOUNS = frozenset({"you", "one"})  # "to arrest someone you need proof": no one in particular
PURPOSE_NOUNS = source_words("purpose_noun")  # "fired in the air in order to disperse them": the firers
LED_PARTICIPLES = source_words("led_participle")  # "during a Rangers led raid": the Rangers raided
PLANTER_VERBS = source_words("planter_verb")  # "a bomb planted by the FARC killed one": the FARC
OCCUPANT_NOUNS = source_words("occupant_noun")  # "the occupants of the car opened fire": UAF
LAUNCH_VERBS = source_words("launch_verb")  # "police launched an operation ... a militant was killed in it"
OPERATION_NOUNS = source_words("operation_noun")  # ... the operation, the encounter, the raid
# "launched a manhunt to nab the attackers": a hunt whose launcher does its purpose (implied_doers hunt_noun)
STATE_FIGHT_NOUNS = source_words("state_fight_noun")  # "a militant was killed in an encounter": the forces'
SIDE_PREPS = frozenset({"with", "between", "by", "against"})  # a fight's named side: "an encounter with SFs"
HUNT_NOUNS = OPERATION_NOUNS | frozenset(
    row["word"].lower() for row in load_table("implied_doers", ("kind", "word")) if row["kind"] == "hunt_noun"
)
# "the ELN released a hostage who had been kidnapped": the armed group that lets a captive go held him
RELEASE_VERBS = frozenset(row["word"].lower() for row in load_table("implied_doers", ("kind", "word"))
                          if row["kind"] == "release_verb")
DEVICE_NOUNS = source_words("device_noun")  # "when Maoists triggered a landmine blast": a harm set off
CONSEQUENCE_VERBS = {row: prep for row, prep in (w.split(":") for w in source_words("consequence_verb"))}
# "called on the Treasury to open an investigation": the verb of appeal and the preposition of its addressee
ADDRESSEE_PREPS = frozenset(tuple(w.split(":")) for w in source_words("addressee_prep"))
ARMED_DOERS = FORCE_SECTORS | {"REB", "INS", "SEP", "UAF", "CRM"}  # who may kill by an act of no violent row
OBJECT_CHAIN = 12  # tokens of prepositional phrases climbed from a noun to the verb whose object holds it
COMPANY_UNITS = source_words("company_unit")  # "its Dexter unit agreed to buy": the parent company
COMPANY_ORGANS = source_words("company_organ")  # "its shareholders approved the merger": the company
ORGAN_VERBS = source_words("organ_verb")
UNIT_OWNERS = FORCE_SECTORS | {"BUS"}  # whose unit acts as its owner
OCCURRENCE_NOUNS = source_words("occurrence_noun")  # "in separate incidents of shootout": the shootout
SELF_BLAST_VERBS = source_words("self_blast_verb")  # "a suicide bomber blew himself up" (with "up")
SUFFER_VERBS = words("suffer_verb")  # "while his companion sustained injuries when militants fired"
PLACE_PREPS = frozenset({"in", "at", "near"})  # "the blast in the city that killed": where an act was
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
PLANTER_PARTICLES = {"set": "off"}  # "set off by X": "set" places a device only with its particle
BAND_LOOKBACK = 2  # sentences back to the band a sentence-opening "they" stands for
NEAR_CLAUSE = 16  # tokens from a fight verb to the passive it is coordinated with in one plain sentence
LEAD_BAND = "newsevents_lead_band"  # Doc.user_data key: the lead's one armed band and its acts' kinds
INCIDENT_REACH = 6  # sentences after the lead that may go on telling its incident
CLAIM_REACH = 8  # sentences after the lead that may claim its incident ("X claimed responsibility for it")
READING_BANDS = "newsevents_reading_bands"  # Doc.user_data key: a sentence's bands are being read
NEIGHBOUR_BANDS = "newsevents_neighbour_bands"  # Doc.user_data key: each sentence's one armed band
LEAD_CLAIM = "newsevents_lead_claim"  # Doc.user_data key: the one band later sentences claim the lead for
NEIGHBOUR_MIN_WORDS = 4  # a shorter sentence ("1 0 0", a byline) tells no act
TARGET_PREPS = frozenset({"on", "against"})  # "the attack on the convoy": an act's noun with its target
LEAD_MIN_WORDS = 30  # a first line with no final stop this long is a run-on report, not a headline
YEAR = re.compile(r"\b(1[89]|20)\d\d\b")  # a number that may be a year
# a doer carried from the lead, not read in the act's sentence: no reading of it asserts the act with both
# its parties (merge._modality: "X shot two men, reports Dawn. The men were shot ...": still reported)
INCIDENT_BASIS = "incident"
COERCION_ROOT = "17"  # seize, damage, arrest: hostile acts short of violence (`_hostile`)
ABDUCTION = "181"  # an abduction goes on only as an abduction; any other violence as violence
DENY_RESPONSIBILITY = "016"  # "the outfit was not involved in the killing": the outfit denies its part
SAME_DAY_WORDS = source_words("same_day_word")  # "that night", "the same day": the lead's own day
RECURRING_WORDS = frozenset({"every", "each"})  # "every day", "each Friday": a habit's times, no one day


# what a relative clause or participle on a noun of these kinds says is no doing of the noun (`_doer_noun`)
NOT_DOER_ENTS = frozenset({"TIME", "DATE", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
AGAINST_PREFIXES = ("anti", "counter")  # "an anti-militant operation": against militants, not by them
UNALIGNED = "UAF"  # unnamed armed men: placed like other non-state groups, unlike the other UNPLACED_SECTORS

class SourceReader(PartyReader):
    """Reads who did an act: the sources of verbs, of a noun's own phrases, and of claims."""

    # -- verbs -------------------------------------------------------------------------------------

    def verb_source(self, verb: Token, depth: int = 0) -> list[Argument]:
        """The source of a verb trigger (see the module docstring); an armed group of no country ("Maoists",
        "Kashmir militants") is of the country of the clause's place, else of the story (`_placed_group`)."""
        found = self._verb_source(verb, depth)
        return coded_doers([self._placed_group(a, verb) for a in found]) if depth == 0 else found

    def _placed_group(self, arg: Argument, verb: Token) -> Argument:
        """"Militants shot dead a constable in Bijbehara": rebels, criminals or civilians named with no
        country act in the country where the clause puts them, else in the story's, and so do unnamed
        armed men ("unidentified assailants shot dead two policemen in Peshawar": PAKUAF, as ICEWS codes
        "Unidentified Gunmen (Pakistan)"); state bodies only in the clause's (inferred; international bodies
        stay as they are)."""
        code = arg.ref.code
        if arg.ref.entity_id is not None or not code or len(code) != 3 or (
                code in UNPLACED_SECTORS and code != UNALIGNED):
            return arg
        if self._has_country(code):
            return arg
        clause = self._clause_country(verb)
        country = clause if clause is not None else ""
        # A state body ("security forces", "police") is placed by the clause alone: the story's country is
        # no guess for it ("officials warned" may be anyone's officials).
        if nonstate(code):
            country = country or (self.home or self.place_country if clause == "" else "")
        if not country:
            return arg
        return Argument(ActorRef(None, country + code, "inferred"), arg.direct, guessed=True)

    def _verb_source(self, verb: Token, depth: int = 0) -> list[Argument]:
        if depth > 4:
            return []
        if self._killed_dying(verb):
            # "five rebels died in a clash with troops": the troops, never the dead (see `_dead`)
            return as_indirect(self._hands_of(verb) or self._in_event_doer(verb) or self._claimed_by(verb)
                             or self._fighting_side(verb))
        passive = is_passive(verb)
        for child in verb.children:
            # "was criticised by X", "the clerk charged by police": the by-agent acts, wherever it hangs.
            if child.dep_ == "agent":
                return [a for pobj in child.children if pobj.dep_ == "pobj"
                        for a in self._armed_band(pobj, verb) or self._machine_owner(pobj, verb)
                        or self._described_group(pobj, verb) or self.party(pobj, set(), SUBJECT_OWNER_PREPS)
                        or self._band_of(pobj)]
            if not passive and child.dep_ in {"nsubj", "csubj"} and self.in_dateline(child):
                # "KORAPUT, March 3 -- Maoists abducted ...": the parser may make the story's first words
                # an apposition of the dateline it takes for the subject.
                subject = next((c for c in child.children if c.dep_ == "appos" and not self.in_dateline(c)),
                               None)
                if subject is not None:
                    return self.party(subject, set(), SUBJECT_OWNER_PREPS)
            if not passive and child.dep_ in {"nsubj", "csubj"} and not self.in_dateline(child):
                # "armed men opening fire on the bus killed five": the parser may make the men the subject
                # of a gerund it takes for the clause's subject; the men did both
                gerund_subject = next((c for c in child.children if c.dep_ == "nsubj"), None) \
                    if child.dep_ == "csubj" and child.tag_ == "VBG" else None
                found = self._subject_party(gerund_subject or child, verb)
                if not found and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    # "claimed the blast that killed 12"; "his legislation, which rejects the call"
                    act = self._act_of_place(verb.head)
                    found = self.claimant(act) or self._document_owner(verb.head) \
                        or self._antecedent_doer(verb) or self._document_author(verb.head, verb, depth)
                if not found and child.lower_ == "they" and verb.dep_ == "conj" and verb.head.i != verb.i \
                        and not self._acts_on_people(verb.head):
                    # "Maoists entered the house, and they shot him dead": the first clause's subject (not
                    # "Assam Rifles personnel challenged them but they opened fire": those challenged did)
                    found = as_indirect(self._verb_source(verb.head, depth + 1))
                if not found and child.lower_ == "they":
                    found = self._earlier_band(child)
                if not found and depth == 0 and child.pos_ == "NOUN" and self._violent_word(child, "NOUN"):
                    # "Twin bomb blasts killed four persons": the act's own noun is no doer; the band the
                    # story reads as doing its incident is
                    found = self._incident_doer(verb)
                return found
        if passive:
            if depth == 0 and self._denied_part(verb):
                # "the outfit was not involved in the killing": the one said to have had no part denies it
                return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.refs(c)]
            if verb.dep_ == "relcl" and depth == 0:  # "claimed the attack in which 10 were killed"
                claimed = self.claimant(self._act_of_place(verb.head))
                if claimed:
                    return claimed
            if depth == 0:
                # "had been invited to the bank's meeting": the event's own doer invited; "was killed in an
                # encounter with police": the police; "was arrested in Lima": Peru's police (a guess).
                return as_indirect(self._conjunct_agent(verb) or self._speaking_accuser(verb)
                                 or self._event_owner(verb) or self._hands_of(verb) or self._ordered_by(verb)
                                 or self._in_event_doer(verb) or self._operation_launcher(verb)
                                 or self._operation_force(verb) or self._claimed_by(verb)
                                 or self._captor_releasing(verb) or self._earlier_captor(verb)
                                 or self._fighting_side(verb) or self._encounter_sides(verb)
                                 or self._encounter_force(verb)
                                 or self._stopping_force(verb) or self._police_of_place(verb)
                                 or self._incident_doer(verb))
            # "is expected to travel ... to meet": a raising verb's subject is its complement's doer, read as
            # a subject is ("members of the ELN are believed to have ambushed": the ELN)
            # (never "was reported killed", "are believed to have been abducted": the subject suffered it)
            raising = any(c.dep_ == "xcomp" and to_infinitive(c) and not is_passive(c) for c in verb.children)
            return [a for c in verb.children if c.dep_ == "nsubjpass"
                    for a in self.refs(c) or (self.party(c, set(), SUBJECT_OWNER_PREPS) if raising else [])]
        # "but Naftali Bennet, for his part, did not condemn": the parser hangs the subject loosely.
        for child in verb.lefts:
            if child.dep_ in {"npadvmod", "dep"} and child.i in self.mention_entity:
                return self.refs(child)
        head = verb.head
        if head is verb:
            return []
        if reduced_passive(verb):
            # "was arrested and charged", "the mayor said when asked": the one acted on is no source.
            if verb.dep_ != "conj" or not is_passive(head):
                return self._captor_releasing(verb) if depth == 0 else []
            # "was arrested and later released": the police guessed for the arrest did not release.
            police = self._police_act(verb)
            return as_indirect([a for a in self.verb_source(head) if police or not a.guessed])
        gerund = _means_gerund_of(verb)
        if gerund is not None:
            return as_indirect(self.verb_source(gerund, depth + 1))
        if verb.dep_ == "conj":
            return self._stray_clause_subject(verb, head) or as_indirect(self.verb_source(head, depth + 1))
        if verb.dep_ in {"xcomp", "advcl"}:
            if self.lexicon.is_cue(head.lemma_, "content"):
                objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}] \
                    or _addressees(head, verb)
                if objects:
                    return as_indirect(self.refs(objects[0]))
            caused = self._caused(verb, head)
            if caused is not None:
                return caused
            return as_indirect(self.verb_source(head, depth + 1))
        if verb.dep_ == "pcomp" and head.lower_ in MEANS_PREPS and head.head.pos_ == "VERB" \
                and not is_passive(head.head):
            # "militants injured a woman by firing at her", "decided to give up its plans after holding talks
            # with the government": an -ing clause of means or time is done by the verb's doer
            return as_indirect(self.verb_source(head.head, depth + 1))
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
            # "were injured in firing by unidentified assailants", "in shelling by Pakistani troops": a gerund
            # of an act with its own by-phrase was done by its object (the parser makes it no agent)
            by = [a for a in self.prep_objects(verb, "by", set()) if not self._is_place(a)]
            if by:
                return by
        if verb.dep_ == "pcomp":  # "suspected militants of killing a trader": the suspected
            attributed = self._attributed(verb) or (self._responsible(head) if self._violent(verb) else []) \
                or self._own_act_doer(verb, depth) or self._course_owner(verb, depth)
            pursuer = self._pursuer(head) if not attributed and verb.tag_ == "VBG" else None
            if attributed or pursuer is None:
                return attributed
            return as_indirect(self.verb_source(pursuer, depth + 1))
        if verb.dep_ == "relcl" and head.i in self.mention_entity:
            return self.refs(head)
        if verb.dep_ == "relcl" and to_infinitive(verb):  # "an operation to arrest", parsed as a relative
            return self._hunt_launcher(verb, depth)
        if verb.dep_ in {"acomp", "attr", "oprd"}:
            # "was due to meet", "is ready to send": the copula's subject does the complement.
            return self.verb_source(head, depth + 1)
        if verb.dep_ == "acl":
            return self._intent_owner(verb, depth) or self._hunt_launcher(verb, depth) \
                or self._participle_doer(verb) or self._carried_act_doer(verb, depth) \
                or self._document_act_doer(verb, depth)
        return []

    def _captor_releasing(self, verb: Token) -> list[Argument]:
        """"The ELN released a hostage in March who had been kidnapped in 2015", "the rebels freed two
        engineers kidnapped in May", "Maoists released a constable of the Police, who was abducted on July
        10": an abduction (181) told as a passive clause on the one an armed non-state group (ARMED_SECTORS)
        releases (`implied_doers.csv` release_verb) was that group's; [] for a state force that frees a
        captive ("troops freed three women who were held hostage": others held them), any other clause."""
        if verb.dep_ not in {"relcl", "acl"} or not self.matched_cameo(verb, "VERB").startswith("181"):
            return []
        captive = verb.head
        # "a constable of the Police, who was abducted": the parser may hang the clause on the of-noun
        while captive.dep_ == "pobj" and captive.head.lower_ == "of" \
                and captive.head.head.pos_ in {"NOUN", "PROPN"}:
            captive = captive.head.head
        release = captive.head
        if captive.dep_ != "dobj" or release.lemma_.lower() not in RELEASE_VERBS or is_passive(release):
            return []
        holders = [a for a in self.verb_source(release, 1) if (a.ref.code or "")[-3:] in ARMED_SECTORS]
        return as_indirect(holders)

    def _earlier_captor(self, verb: Token) -> list[Argument]:
        """"A villager was abducted by the PLA cadres. The villager was later released", "Militants kidnapped
        two traders on Friday. They were shot dead in the jungle": an agentless passive of
        release or of force (CAMEO 17-20) whose subject tells again the captive of the sentence just before
        (the same noun, or a pronoun of its number) was done by the one armed non-state group
        (ARMED_SECTORS) that sentence says abducted (181) that captive. [] when the sentence before tells
        no such abduction, more than one, or its captor is no armed group, and for "were rescued"
        ("freed by troops": others than the captors free them)."""
        if verb.lemma_.lower() not in RELEASE_VERBS and not self._hostile(verb):
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        sent = sentence_of(verb)
        if subject is None or sent.start == 0:
            return []
        previous = sentence_of(self.doc[sent.start - 1])
        # "was abducted by the PLA" (the captive its subject) or "Maoists abducted a trader" (its object)
        captures = [t for t in previous if t.pos_ == "VERB"
                    and self.matched_cameo(t, "VERB").startswith("181")
                    and (any(c.dep_ == "agent" for c in t.children) if is_passive(t)
                         else not reduced_passive(t))]
        if len(captures) != 1:
            return []
        captive = next((c for c in captures[0].children
                        if c.dep_ == ("nsubjpass" if is_passive(captures[0]) else "dobj")), None)
        if captive is None or not _tells_captive(subject, captive):
            return []
        holders = [a for a in self.verb_source(captures[0], 1) if (a.ref.code or "")[-3:] in ARMED_SECTORS]
        return as_indirect(holders)

    def _carried_act_doer(self, verb: Token, depth: int) -> list[Argument]:
        """"Maoists triggered a landmine blast killing two jawans", "militants lobbed a grenade injuring
        five", "militants carried out an attack killing three soldiers", "troops launched an operation killing
        five militants": an active -ing participle with no subject, hung on the object of a verb that sets off
        a device (`source_words.csv` planter_verb on a device_noun) or carries out an act (`party_words.csv`
        doer_verb, `source_words.csv` launch_verb on a violent act's noun or an operation_noun), tells the
        harm that act did: it is done by that verb's doer. Never by a party of the harmed's own side ("their
        vehicle triggered a mine killing two soldiers": no attack by the soldiers)."""
        if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}
                                     for c in verb.children):
            return []
        noun, governor = verb.head, verb.head.head
        if noun.dep_ != "dobj" or noun.i > verb.i or governor.pos_ != "VERB" or is_passive(governor) \
                or reduced_passive(governor) or not self._carrying_verb(governor, noun):
            return []
        found = [a for a in self.verb_source(governor, depth + 1) if not self._is_place(a)]
        harmed = self._each_party([c for c in verb.children if c.dep_ == "dobj"])
        if any(_own_side_harm(a, h) for a in found for h in harmed):
            return []
        return as_indirect(found)

    def _document_act_doer(self, verb: Token, depth: int) -> list[Argument]:
        """"A White House memorandum criticizing Bolivia", "lawmakers signed a letter calling on the
        administration": an active -ing participle of a verbal act (CAMEO 01-03, 09-13, `VERBAL_ROOTS`) with
        no subject of its own, hung on a document (`party_words.csv` document, `source_words.csv`
        document_noun), is said by the document's author: the one its own phrase names (a by-phrase, its
        possessor, a body modifying it), else the doer of the verb that issued, filed, signed or sent it
        (`source_words.csv` sponsor_verb) when the document is that verb's object. Never the doer of another
        verb ("police found a letter threatening the mayor": the police threatened no one)."""
        if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}
                                     for c in verb.children):
            return []
        return self._document_author(verb.head, verb, depth)

    def _document_author(self, noun: Token, verb: Token, depth: int) -> list[Argument]:
        """The author of a document (`_document_act_doer`) that a verbal-act verb after it tells the act of:
        its participle ("a memo criticizing X") or its relative clause ("a report that criticizes X", "a
        Pentagon report, which accuses Iran"); [] for a noun that is no document or an act that is not
        verbal."""
        lemma = noun.lemma_.lower()
        if noun.i > verb.i or noun.pos_ != "NOUN" or (lemma not in DOCUMENTS and lemma not in DOCUMENT_NOUNS):
            return []
        if self.matched_cameo(verb)[:2] not in VERBAL_ROOTS:
            return []
        own = self._own_author(noun, set())  # "a White House memorandum": a coded building is its body
        if own:
            return own
        governor = noun.head
        if noun.dep_ != "dobj" or governor.pos_ != "VERB" or is_passive(governor) \
                or governor.lemma_.lower() not in SPONSOR_VERBS:
            return []
        return as_indirect([a for a in self.verb_source(governor, depth + 1) if not self._is_place(a)])

    def _carrying_verb(self, governor: Token, noun: Token) -> bool:
        """Whether `governor` with its object `noun` sets off a device ("triggered a landmine blast",
        "set off an IED": planter_verb on a device_noun, the noun or its compound) or carries out an act
        ("carried out an attack", "launched an operation": doer_verb or launch_verb on a violent act's noun
        or an operation_noun)."""
        lemma = governor.lemma_.lower()
        particle = PLANTER_PARTICLES.get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in governor.children):
            return False
        words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        if lemma in PLANTER_VERBS and any(w.lemma_.lower() in DEVICE_NOUNS for w in words):
            return True
        if lemma not in DOER_VERBS | LAUNCH_VERBS:
            return False
        return noun.lemma_.lower() in OPERATION_NOUNS or self._violent_word(noun, "NOUN")

    def _hunt_launcher(self, verb: Token, depth: int) -> list[Argument]:
        """"Security forces launched a combing operation to arrest the Maoists", "the army mounted an
        operation to capture X": an infinitive on an operation or hunt noun (`source_words.csv`
        operation_noun, `implied_doers.csv` hunt_noun) that a verb of launching (launch_verb) takes as its
        object is done by that verb's doer; [] for any other noun ("a plan to withdraw") or verb ("demanded
        an operation to arrest X": the one who demands does not arrest)."""
        noun = verb.head
        if not to_infinitive(verb) or noun.pos_ != "NOUN" or noun.lemma_.lower() not in HUNT_NOUNS:
            return []
        launch = noun.head
        if noun.dep_ != "dobj" or launch.lemma_.lower() not in LAUNCH_VERBS or is_passive(launch):
            return []
        return as_indirect(self.verb_source(launch, depth + 1))

    @staticmethod
    def _pursuer(prep: Token) -> Token | None:
        """"The army succeeded in capturing two commanders", "authorities have made progress in battling the
        cartel": the active verb whose in-phrase (or whose object's in-phrase) holds a gerund of an act, whose
        doer does it too. None for a passive ("was arrested in connection with"), a verb of dying ("died in
        fighting": the dead were fought, not fighting), or what one has ("has experience in fighting": a
        capability, no act); nor a verb with an object of its own ("assisted police in arresting them")."""
        if prep.lower_ != "in" or prep.dep_ != "prep":
            return None
        governor = prep.head
        if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
            governor = governor.head
        elif any(c.dep_ in {"dobj", "dative"} for c in governor.children):
            return None  # "assisted police in arresting them": the one helped may be the doer
        if governor.pos_ not in {"VERB", "AUX"} or is_passive(governor) or reduced_passive(governor):
            return None
        if governor.lemma_.lower() in DEATH_VERBS | {"have", "be"}:
            return None
        return governor

    def _subject_party(self, tok: Token, verb: Token) -> list[Argument]:
        """The parties a subject `tok` of `verb` names, by the subject readers in a coder's order: members a
        claimant owns, a company's unit, a bill's sponsor, unnamed armed bands, war machines' owners,
        described bands, a device's planter, a vehicle's occupants, then the phrase itself."""
        name = ticker_company(tok)
        if name is not tok:
            # "Nippon Steel Corp <NSTC.T> and Inland Steel Co are negotiating": the ticker also holds the
            # conjuncts, each a subject of its own
            return [a for t in [name, *tok.conjuncts] for a in self._subject_party(t, verb)]
        if tok.i in self.mention_entity and self._device_modifier(tok):
            # "a remote controlled Improvised Explosive Device (IED) exploded": a device the recogniser took
            # for a name is no party; who planted it is
            return self._planted_by(tok, verb)
        return self._members_of(tok) or self._company_unit(tok, verb) or self._document_owner(tok) \
            or self._described_speaker(tok) \
            or self._leader_government(tok) or self._armed_band(tok, verb) \
            or self._machine_owner(tok, verb) or self._described_group(tok, verb) \
            or self._planted_by(tok, verb) or self._occupants(tok, verb) or self._uncoded_band(tok) \
            or self.party(tok, set(), SUBJECT_OWNER_PREPS) or self._band_of(tok)

    def _earlier_band(self, they: Token) -> list[Argument]:
        """"Militants have targeted 37 shrines in KP. They have also attacked the tombs of poets": a "they"
        opening its sentence that no entity was read for stands for the plural main subject of the sentence
        before that names a party (a sentence naming none, "There are hundreds of them.", is passed over, up
        to BAND_LOOKBACK sentences) when that subject is an armed band or a state force (ARMED_SECTORS,
        FORCE_SECTORS: "militants", "the troops", "a group of armed Maoists") and the sentence names no
        other plural party or group "they" could be ("Police arrested ten militants. They ..." is either).
        Who tells the sentence is none ("The villagers said a group of Maoists stormed the house ...",
        "According to the police, ...": `told_clause`, `according_prep`), and for a hostile act (`_hostile`)
        neither are unarmed people the band acted on ("Armed cadres asked the labourers to leave the camp.
        They set ablaze six vehicles": the cadres,
        `_unarmed_acted_on`)."""
        sent = sentence_of(they)
        if they.i in self.mention_entity or any(t.dep_ in {"nsubj", "nsubjpass"} and t.i < they.i
                                                for t in sent):
            return []
        start = sent.start
        credits = news_credits(self.doc)
        hostile = self._hostile(they.head)
        for _ in range(BAND_LOOKBACK):
            if start == 0:
                return []
            previous = sentence_of(self.doc[start - 1])
            start = previous.start
            parties = [t for t in previous if t.i not in credits and self._plural_party(t)]
            if not parties:
                continue
            roots = [t for t in previous if t.dep_ == "ROOT"]
            if any(c.i in credits for r in roots for c in r.children if c.dep_ == "nsubj"):
                roots = [c for r in roots for c in r.children if c.dep_ == "ccomp"]  # "..., reports Y"
            told = told_clause(roots)
            # the teller of a reported clause ("The villagers said ...", "According to the police, ...") is
            # not who acted in it
            tellers = {t.i for r in roots for c in r.children
                       if (told is not None and c.dep_ == "nsubj") or according_prep(c) for t in c.subtree}
            main = [c for r in ([told] if told is not None else roots) for c in r.children
                    if c.dep_ in {"nsubj", "nsubjpass"}]
            # a number in a name is no count of members ("The Barrio 18 sends someone")
            # two bands joined as one subject ("Maoist cadres and ULFA militants exchanged fire"): either
            if len(main) != 1 or not _one_band(main[0]):
                return self._embedded_band(they, previous, parties, tellers) if hostile else []
            own = {w.i for w in main[0].subtree}
            if any(t.i not in own and t.i not in tellers and not (hostile and self._unarmed_acted_on(t))
                   for t in parties):
                return self._embedded_band(they, previous, parties, tellers) if hostile else []
            found = [a for a in self._subject_party(main[0], main[0].head)
                     if (a.ref.code or "")[-3:] in ARMED_SECTORS | FORCE_SECTORS]
            return as_indirect(found)
        return []

    def _embedded_band(self, they: Token, previous: Span, parties: list[Token],
                       tellers: set[int]) -> list[Argument]:
        """"Police went to the village following information that the gunmen were hiding there. On seeing
        the Police, they opened fire": the doer of a hostile act told by a sentence-opening "they" is the one
        armed non-state band (ARMED_SECTORS) the sentence before names as the subject of any of its clauses
        (a that-clause, a when-clause), when that sentence names no other plural party "they" could be but
        the band's own words, its tellers, and those the "they" sentence itself acts on or names as whom
        "they" face ("seeing the Police": never the ones seen). [] for two such bands or none."""
        sent = sentence_of(they)
        bands = [(t, [a for a in self._subject_party(t, t.head) if (a.ref.code or "")[-3:] in ARMED_SECTORS])
                 for t in previous if t.dep_ == "nsubj" and t.i not in tellers and _one_band(t)]
        bands = [(t, found) for t, found in bands if found]
        if len(bands) != 1:
            return []
        band, found = bands[0]
        own = {w.i for w in band.subtree}
        # a party the "they" clause acts on ("seeing the Police", "fired at the villagers") is not "they"
        objects = [t for t in sent if t.dep_ in {"dobj", "pobj", "dative"}]
        faced = {self.mention_entity.get(w.i) for o in objects for w in o.subtree} - {None}
        faced_words = {normalize(o.lemma_) for o in objects}
        others: dict[str, list[Token]] = {}  # the other parties, by entity (a word of none by itself)
        for t in parties:
            if t.i not in own and t.i not in tellers:
                others.setdefault(self.mention_entity.get(t.i) or str(t.i), []).append(t)
        if any(eid not in faced and not any(normalize(t.lemma_) in faced_words for t in group)
               for eid, group in others.items()):
            return []
        return as_indirect(found)

    def _hostile(self, verb: Token) -> bool:
        """Whether a verb's act is coercion or violence (CAMEO 17-20): what a band does to those it acted
        on, not what the people it acted on do."""
        return self.matched_cameo(verb, "VERB")[:2] in VIOLENT_ROOTS | {COERCION_ROOT}

    def _unarmed_acted_on(self, tok: Token) -> bool:
        """Whether a word of a party is in a phrase a clause acts on (an object, a preposition's object)
        whose parties are all people of no armed side ("asked the labourers to leave", "fired at
        villagers": LAB, CVL; never "arrested ten militants", "attacked the police")."""
        head = tok
        while head.dep_ in {"det", "predet", "compound", "amod", "nmod", "nummod", "poss"} \
                and head.head.i != head.i:
            head = head.head
        if head.dep_ not in {"dobj", "dative", "pobj"}:
            return False
        sectors = {(a.ref.code or "")[-3:] for a in self._each_party([head])}
        if not sectors:  # "all the construction workers": a role noun no reader codes is of its role's sector
            role = self.kb.roles.get(normalize(head.lemma_))
            sectors = {role.sector} if role is not None else set()
        return bool(sectors) and not sectors & (ARMED_SECTORS | FORCE_SECTORS | {""})

    def _incident_doer(self, verb: Token) -> list[Argument]:
        """"Maoists abducted five mine workers on April 1 in Kanker, reports X. ... Five employees of the
        company were abducted from the mines", "... Four persons were injured in the attack": a violent
        passive, or an act's noun told with "the" (`_definite`), with no doer in the sentences after the
        lead (up to INCIDENT_REACH) that goes on with the lead's incident was done by the one armed non-state
        band the lead names as its doer (`_lead_band`). The same incident: the act is of the lead's kind (an
        abduction of an abduction, other violence of violence), not a fight of two sides (`_two_sided`), and
        told again by a word of the lead or of one of its parties; no sentence from the lead to it opens
        another incident ("In another incident", "Meanwhile": data/date_cues.csv `new_incident`), names
        another time or another named armed group; never for harmed of an armed group ("two militants were
        killed": the forces' act) or of the band's own side. The doer's `ActorRef.basis` is "incident"."""
        band = self.lead_incident_band(verb) or self.neighbour_band(verb) or self.lead_claimant(verb)
        if band is None:
            return []
        return [Argument(ActorRef(band.ref.entity_id, band.ref.code, INCIDENT_BASIS), False, band.guessed)]

    def lead_incident_band(self, verb: Token) -> Argument | None:
        """The lead's one armed band (`_lead_band`) when `verb` (a violent passive, or an act's noun told
        with "the") goes on telling the lead's incident, as `_incident_doer` reads it; else None."""
        lead = self._lead_band()
        if lead is None:
            return None
        first, days, kinds, band, told = lead
        sentences, starts = sentence_list(self.doc)
        sent = sentence_of(verb)
        position = starts.index(sent.start)
        if not first < position <= first + INCIDENT_REACH:
            return None
        noun = verb.pos_ == "NOUN"
        if noun and not _definite(verb):
            return None  # "several attacks" may be others; "the attack", "this attack" is the one told
        if noun and self._two_sided(verb):
            return None  # "the gunfight", "the encounter": fought by two sides, neither its one doer
        code = self.matched_cameo(verb, "NOUN" if noun else "VERB")
        if not code or code[:2] not in VIOLENT_ROOTS or _act_kind(code) not in kinds:
            return None
        harmed = self._incident_harmed(verb)
        if any((a.ref.code or "")[-3:] in ARMED_SECTORS or same_side(a, band) for a in harmed):
            return None
        if verb.lemma_.lower() not in told and not any(_tells_again(t, told) for t in sent):
            return None
        between = sentences[first + 1:position + 1]
        if any(self._turns_away(s, band, days) for s in between):
            return None
        return band

    def _incident_harmed(self, verb: Token) -> list[Argument]:
        """The harmed a violent passive tells, or the passive an act's noun is the in-phrase of ("were
        injured in the attack"): its subjects and their conjuncts, each read on its own as well as whole
        (`_each_party`: "one FC officer and one militant were killed", "one miscreant was killed")."""
        in_phrase = verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ in IN_EVENT_PREPS
        clause = verb.head.head if in_phrase else verb
        # an active verb's object ("a grenade blast killed one person") is harmed as a passive's subject is
        harmed = {"nsubjpass"} if is_passive(clause) or clause.pos_ != "VERB" else {"nsubjpass", "dobj"}
        subjects = [s for c in clause.children if c.dep_ in harmed for s in (c, *c.conjuncts)]
        return [*(a for s in subjects for a in self.refs(s)), *self._each_party(subjects)]

    def _two_sided(self, noun: Token) -> bool:
        """Is the noun a fight of two sides: a row with sides "between", a fight phrase ("exchange of fire")
        or a state's fight (`source_words.csv` state_fight_noun: "encounter")?"""
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) or []
        return fight_phrase(noun) or noun.lemma_.lower() in STATE_FIGHT_NOUNS or any(
            "between" in r.target for r in rows)

    def _turns_away(self, sent: Span, band: Argument | None, lead_days: frozenset[str]) -> bool:
        """Does the sentence leave the lead's incident: it opens another ("In another incident",
        "Meanwhile"), names a day the lead does not (not a time of that day: "within an hour"), or names
        another armed group than the lead's band (with no band, any group may be named)?"""
        turns, happenings = cue_words("new_incident"), cue_words("happening")
        # "In another incident", "Meanwhile"; not "among other employees"
        if any(t.lower_ in turns and (t.dep_ in {"advmod", "npadvmod"} or (
                t.dep_ in {"amod", "det"} and t.head.lemma_.lower() in happenings)) for t in sent):
            return True
        if any(e.label_ == "DATE" and e.text.lower() not in lead_days and _names_a_day(e.text)
               for e in sent.ents):
            return True
        if band is None:
            return False
        groups: dict[str, bool] = {}  # another armed group's entity: is it named only by descriptions?
        for tok in sent:
            eid = self.mention_entity.get(tok.i)
            entity = self.entities[eid] if eid is not None else None
            actor = entity.actor if entity is not None and entity.type in GROUP_TYPES else None
            if eid is None or actor is None or eid == band.ref.entity_id \
                    or (actor.code or "")[-3:] not in ARMED_SECTORS:
                continue  # a person ("anti Maoist operations RK Vij") is no other group
            described = self.kb.roles.get(normalize(tok.lemma_)) is not None
            groups[eid] = groups.get(eid, False) or described
        # another group's name ("the Hizbul Mujahideen attacked"); a band's description ("gunmen",
        # "armed Maoists" after "CPI Maoist cadres") may tell the same band again
        return not all(groups.values())

    def tells_lead_again(self, noun: Token, reach: int = INCIDENT_REACH) -> bool:
        """Whether an act's noun told with "the" ("claimed responsibility for the attack") in a sentence after
        the lead (up to `reach`) is the lead's incident told again: no sentence from the lead to it
        opens another incident or names another day (`_turns_away`, whatever group it names)."""
        lead = self.lead_sentence()
        if lead is None or not _definite(noun):
            return False
        sentences, starts = sentence_list(self.doc)
        position = starts.index(sentence_of(noun).start)
        if not lead < position <= lead + reach:
            return False
        days = frozenset(e.text.lower() for e in sentences[lead].ents if e.label_ in {"DATE", "TIME"})
        return not any(self._turns_away(s, None, days) for s in sentences[lead + 1:position + 1])

    def lead_sentence(self) -> int | None:
        """The index of the lead among the sentences: the first of the first two that ends like one (a
        headline has no final stop); None when neither does."""
        sentences, _ = sentence_list(self.doc)
        for index, sent in enumerate(sentences[:2]):
            words = [t for t in sent if not t.is_space]
            if words and (words[-1].text in {".", "!", "?"} or len(words) >= LEAD_MIN_WORDS):
                return index
        return None

    def _lead_band(self) -> tuple[int, frozenset[str], frozenset[str], Argument, frozenset[str]] | None:
        """The lead's one armed non-state doer (ARMED_SECTORS): the doer its violent acts are read to have
        (a subject, a by-agent: "... were abducted and later released by CPI Maoist cadres"; the doer of an
        act's noun: "injured in an attack by armed assailants"), when they
        name one band only. As (the lead's index among the sentences, its time phrases, the kinds of its
        acts (`_act_kind`), the band, the lemmas of the lead's words). The lead is the first sentence
        that ends like one (a headline has no final stop) of the first two. Read once per Doc."""
        cached = self.doc.user_data.get(LEAD_BAND, False)
        if cached is not False:
            return cached
        self.doc.user_data[LEAD_BAND] = None  # the lead's own passives are read below: no recursion
        sentences, _ = sentence_list(self.doc)
        found = None
        for index, sent in enumerate(sentences[:2]):
            words = [t for t in sent if not t.is_space]
            if not words or (words[-1].text not in {".", "!", "?"} and len(words) < LEAD_MIN_WORDS):
                continue
            read = self._sentence_band(sent)
            if read is not None:
                kinds, band, _ = read
                found = (index, _days(sent), kinds, band, _told(sent))
            break
        self.doc.user_data[LEAD_BAND] = found
        return found

    def _sentence_band(self, sent: Span) -> tuple[frozenset[str], Argument, bool] | None:
        """The one armed non-state band (ARMED_SECTORS) a sentence reads as the doer of its violent acts
        (or as the one who claims one: `claimant`), with the kinds of those acts (`_act_kind`) and whether
        a state force is read as the doer of one of them too ("militants attacked a post and troops
        retaliated": two sides); None when it names no band or more than one. Doers carried from another
        sentence (`ActorRef.basis` "incident") are not read: a band is carried one step, never along a chain
        of sentences."""
        bands: dict[tuple[str | None, str | None], Argument] = {}
        kinds = set()
        forces = False
        with self.own_doers():
            for tok in sent:
                if tok.pos_ not in {"VERB", "NOUN"}:
                    continue
                code = self.matched_cameo(tok, tok.pos_)
                if not code or code[:2] not in VIOLENT_ROOTS:
                    continue
                # "a worker who was injured in an attack by armed assailants on May 28 died on June 7": the
                # sentence may name the doer of its act's noun only, or the one who claims it ("The TTP
                # claimed responsibility for the attack")
                doers = self.verb_source(tok) if tok.pos_ == "VERB" \
                    else self.noun_own_source(tok) or self.claimant(tok)
                for arg in doers:
                    if arg.ref.basis == INCIDENT_BASIS:
                        continue
                    if (arg.ref.code or "")[-3:] in ARMED_SECTORS:
                        bands.setdefault((arg.ref.entity_id, arg.ref.code), arg)
                        kinds.add(_act_kind(code))
                    elif (arg.ref.code or "")[-3:] in FORCE_SECTORS:
                        forces = True
        if len(bands) != 1:
            return None
        return frozenset(kinds), next(iter(bands.values())), forces

    @contextmanager
    def own_doers(self) -> Iterator[None]:
        """Within the block, no doer is carried from a neighbouring sentence (`neighbour_band`): what a
        sentence's own acts are read to be, for the readers that sum a sentence up (`_sentence_band`,
        `targets._lead_target`)."""
        reading = self.doc.user_data.get(READING_BANDS, False)
        self.doc.user_data[READING_BANDS] = True
        try:
            yield
        finally:
            self.doc.user_data[READING_BANDS] = reading

    def neighbour_band(self, verb: Token) -> Argument | None:
        """"Militants of the LeT attacked the house of an NC leader. His two guards were killed.", "Nine
        people were injured in an IED blast. The TTP claimed responsibility for the attack.": the one armed
        band the sentence right before or right after names as the doer of its violent acts
        (`_sentence_band`), when `verb` (a violent passive, or an act's noun told with "the") tells the same
        incident, as `lead_incident_band` reads it for the lead: an act of the band's kind, no fight of two
        sides, none of the harmed of an armed group or the band's side; the later sentence tells the earlier
        one again (`_tells_again`: its act, a proper name or a noun of it told with "the": "the attack")
        and does not turn to another incident, day or named group (`_turns_away`). Never when that
        sentence also reads a state force as a doer of violence (a fight: either side may have done it)."""
        if self.doc.user_data.get(READING_BANDS, False):
            return None
        sentences, starts = sentence_list(self.doc)
        sent = sentence_of(verb)
        position = starts.index(sent.start)
        noun = verb.pos_ == "NOUN"
        # a fight of two sides ("the gunfight"; "were killed and three injured during an encounter between
        # SFs and Maoists"): either side may have done it
        if self._two_sided(verb) if noun else any(
                self._two_sided(o) for v in (verb, *verb.conjuncts) for p in v.children
                if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS for o in p.children if o.dep_ == "pobj"):
            return None
        # an act's noun told with "the" (one the story told: "several attacks" may be others) tells its
        # harm ("injured in the attack") or its target ("the attack on the convoy"); "after the attack" only
        # names a time
        harm_phrase = verb.dep_ == "pobj" and verb.head.lower_ in IN_EVENT_PREPS \
            and is_passive(verb.head.head)
        if noun and (not _definite(verb) or (not harm_phrase and not any(
                c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in verb.children))):
            return None
        code = self.matched_cameo(verb, "NOUN" if noun else "VERB")
        if not code or code[:2] not in VIOLENT_ROOTS:
            return None
        harmed = self._incident_harmed(verb)
        if any((a.ref.code or "")[-3:] in ARMED_SECTORS for a in harmed):
            return None
        for other in (position - 1, position + 1):
            if not 0 <= other < len(sentences) or len(sentences[other]) < NEIGHBOUR_MIN_WORDS:
                continue
            read = self._neighbour_sentence_band(other)
            if read is None:
                continue
            kinds, band, forces = read
            if forces or _act_kind(code) not in kinds or any(same_side(a, band) for a in harmed):
                continue
            earlier, later = sorted((sent, sentences[other]), key=lambda s: s.start)
            if self._tells_neighbour_again(earlier, later, band) and not self._turns_away(
                    later, band, _days(earlier)) and not _several_incidents(earlier) \
                    and not _several_incidents(later):
                return self._band_placed_at(band, verb)
        return None

    def lead_claimant(self, verb: Token) -> Argument | None:
        """"At least 11 persons were killed in a suicide attack targeting Police in Peshawar on March 15. ...
        According to Reuters, Ahrar ul Hind claimed responsibility for the attack.": a violent act of the lead
        told with no doer was done by the one armed band a later sentence (up to CLAIM_REACH) claims or is
        said to have done the lead's incident told again with "the" ("the attack", "the blasts":
        `_lead_claim`, `tells_lead_again`), as the one claiming it in the next sentence is (`neighbour_band`).
        The act is of the claimed act's kind, no fight of two sides, none of its harmed of an armed group or
        of the band's side, and the lead tells one incident (not "in separate incidents")."""
        if self.doc.user_data.get(READING_BANDS, False):
            return None
        lead = self.lead_sentence()
        _, starts = sentence_list(self.doc)
        sent = sentence_of(verb)
        if lead is None or starts.index(sent.start) != lead or _several_incidents(sent):
            return None
        noun = verb.pos_ == "NOUN"
        if self._two_sided(verb) if noun else any(
                self._two_sided(o) for v in (verb, *verb.conjuncts) for p in v.children
                if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS for o in p.children if o.dep_ == "pobj"):
            return None
        code = self.matched_cameo(verb, "NOUN" if noun else "VERB")
        if not code or code[:2] not in VIOLENT_ROOTS:
            return None
        claimed = self._lead_claim()
        if claimed is None:
            return None
        kinds, band = claimed
        harmed = self._incident_harmed(verb)
        if _act_kind(code) not in kinds or any(
                (a.ref.code or "")[-3:] in ARMED_SECTORS or same_side(a, band) for a in harmed):
            return None
        return self._band_placed_at(band, verb)

    def _lead_claim(self) -> tuple[frozenset[str], Argument] | None:
        """The one armed non-state band (ARMED_SECTORS) that the sentences after the lead (up to
        CLAIM_REACH) read as the claimant or doer (`claimant`) of an act's noun told with "the" that tells
        the lead's incident again (`tells_lead_again`: no other incident or day in between; no phrase of its
        own naming a place or party the lead does not: `_described_apart`), with the kinds
        of the acts so told (`_act_kind`); None when they name none or more than one. Read once per Doc."""
        cached = self.doc.user_data.get(LEAD_CLAIM, False)
        if cached is not False:
            return cached
        self.doc.user_data[LEAD_CLAIM] = None  # the claims are read below: no recursion
        lead = self.lead_sentence()
        sentences, _ = sentence_list(self.doc)
        bands: dict[tuple[str | None, str | None], Argument] = {}
        kinds = set()
        if lead is not None:
            told = _told(sentences[lead])
            with self.own_doers():
                for sent in sentences[lead + 1:lead + CLAIM_REACH + 1]:
                    for tok in sent:
                        # "the attack", "the blasts"; "the incident" (a happening no event row reads)
                        # names the lead's act of either kind
                        lemma = tok.lemma_.lower()
                        happening = lemma in cue_words("happening") \
                            and not self.lexicon.rules.get((lemma, "NOUN"))
                        # "the attack on a bank in Quetta" after a lead in Turbat: another attack
                        if tok.pos_ != "NOUN" or not _definite(tok) or not (
                                happening or self._violent_word(tok, "NOUN")) or _described_apart(tok, told) \
                                or not self.tells_lead_again(tok, CLAIM_REACH):
                            continue
                        for arg in self.claimant(tok):
                            if arg.ref.basis != INCIDENT_BASIS and (arg.ref.code or "")[-3:] in ARMED_SECTORS:
                                bands.setdefault((arg.ref.entity_id, arg.ref.code), arg)
                                kinds |= {ABDUCTION, "violence"} if happening \
                                    else {_act_kind(self.matched_cameo(tok, "NOUN"))}
        found = (frozenset(kinds), next(iter(bands.values()))) if len(bands) == 1 else None
        self.doc.user_data[LEAD_CLAIM] = found
        return found

    def _tells_neighbour_again(self, earlier: Span, later: Span, band: Argument) -> bool:
        """Does the later sentence tell the earlier one's incident again: a noun of the earlier one told with
        "the" ("the attack", "the truck"), a proper name of both, or an entity of both ("Three Frontier Corps
        men were shot dead. ... militants opened fire at the FC men"), not the band itself? Words that only
        tell or credit a sentence are none ("Police said", "according to Police", "reports Dawn")."""
        credits = news_credits(self.doc)
        # (the band's own name tells no place: "in Balochistan" and "the Balochistan Liberation Front")
        own = {tok.i for s in (earlier, later) for tok in s
               if band.ref.entity_id is not None and self.mention_entity.get(tok.i) == band.ref.entity_id}
        tellers = {t.i for s in (earlier, later) for tok in s
                   if according_prep(tok) or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH)
                   for t in tok.subtree} | credits
        words = frozenset(t.lemma_.lower() for t in earlier
                          if t.pos_ in {"NOUN", "PROPN"} and t.i not in tellers)
        nouns = words | cue_words("happening")
        if any(t.pos_ == "NOUN" and t.i not in tellers and t.lemma_.lower() in nouns and _definite(t)
               and not _described_apart(t, words) for t in later):
            return True
        # a proper name of both ("at Wanpoh", "in Zhob District"), not a word every name of its kind has
        # ("Gulbahar Police station" and "Kharadar Police station")
        skip = tellers | own
        names = {t.lower_ for t in earlier if t.pos_ == "PROPN" and t.i not in skip
                 and t.ent_type_ not in {"DATE", "TIME"} and not self._generic_name_word(t)}
        if any(t.pos_ == "PROPN" and t.i not in skip and t.lower_ in names for t in later):
            return True

        def named(sent: Span) -> set[str]:
            return {eid for t in sent if t.i not in tellers
                    and (eid := self.mention_entity.get(t.i)) is not None and eid != band.ref.entity_id}
        return bool(named(earlier) & named(later))

    def _generic_name_word(self, tok: Token) -> bool:
        """Is the word of a proper name one many names share: a place's kind ("District", "Road", "Town":
        `party_words.csv` place_word, place_noun; `noun_classes.csv` place_name) or a role ("Police")?"""
        lower = tok.lower_
        return lower in place_words() or lower in words("place_word") or lower in words("place_noun") \
            or self.kb.roles.get(normalize(tok.lemma_)) is not None

    def _band_placed_at(self, band: Argument, verb: Token) -> Argument:
        """A band of no name placed by its own sentence ("militants targeted the vehicle carrying jeeps to
        Afghanistan") acts where the act it is carried to is placed, as a doer read there is
        (`_placed_group`)."""
        if band.ref.entity_id is not None or not band.guessed or not band.ref.code:
            return band
        sector = Argument(ActorRef(None, band.ref.code[-3:], band.ref.basis), band.direct)
        return self._placed_group(sector, verb)

    def _neighbour_sentence_band(self, index: int) -> tuple[frozenset[str], Argument, bool] | None:
        """`_sentence_band` of the sentence at `index`, read once per Doc."""
        cache: dict[int, tuple[frozenset[str], Argument, bool] | None] = \
            self.doc.user_data.setdefault(NEIGHBOUR_BANDS, {})
        if index not in cache:
            cache[index] = None  # its own passives are read below: no recursion
            sentences, _ = sentence_list(self.doc)
            cache[index] = self._sentence_band(sentences[index])
        return cache[index]

    def _plural_party(self, tok: Token) -> bool:
        """A word "they" could stand for: a plural role noun ("militants", "policemen") or a group's name."""
        eid = self.mention_entity.get(tok.i)
        if eid is not None and self.entities[eid].type in GROUP_TYPES:
            # a place the recogniser typed an organisation ("entered the village", "Indian village") is
            # where a band acted, not a band itself
            return not self._place_like_word(tok, eid)
        return tok.tag_ in {"NNS", "NNPS"} and self.kb.roles.get(normalize(tok.lemma_)) is not None

    def _place_like_word(self, tok: Token, eid: str) -> bool:
        """Does a word of an entity name a place whatever type the recogniser gave it: a name ending in a
        place word (`_place_name`: "... Village", "... Chowk") or a head word that is one ("village", "town":
        `noun_classes.csv` place_name, `party_words.csv` place_word, place_noun)?"""
        lower = tok.lower_
        return self._place_name(eid) or lower in place_words() or lower in words("place_word") \
            or lower in words("place_noun")

    def _acts_on_people(self, verb: Token) -> bool:
        """Does the clause act on people "they" could be: "them", plural people ("the suspects", "two
        villagers": `person_noun`) or a group as its object ("challenged them", "stopped the suspects"; not
        "torched two trucks", "entered the village")?"""
        return any(c.dep_ in {"dobj", "dative"} and (c.lower_ == "them" or self._plural_party(c)
                                                     or (c.tag_ == "NNS" and person_noun(c)))
                   for c in verb.children)

    def _antecedent_doer(self, verb: Token) -> list[Argument]:
        """"Two civilians were injured in firing by militants who attacked a post", "the unidentified persons
        who fired at the house": a relative clause whose subject is the relative pronoun is done by its
        antecedent, read as a subject is ("militants" UAF-placed, "unidentified persons" doing a violent act
        UAF), though no named entity covers it. The antecedent is no place, time or installation ("a police
        post in X which killed two officers": the attack on it did; `_doer_noun`) and never the harmed of the
        clause itself. A clause in the simple present describes the antecedent's ways, not one act."""
        antecedent = verb.head
        if antecedent.i in self.mention_entity or not _doer_noun(antecedent):
            return []
        if verb.tag_ in {"VBP", "VBZ"}:
            return []  # "hitmen who kill rivals", "police forces that charge money": what they do, no act
        body = _body_noun(antecedent)
        if not body and not _band_noun(antecedent, self.kb.roles.get(normalize(antecedent.lemma_))):
            return []  # "human intelligence which assisted the army": information, not the service
        if any(c.dep_ == "xcomp" for c in verb.children) and any(
                c.dep_ in {"dobj", "dative"} for c in verb.children):
            return []  # "a group that paid them to kill": the ones paid kill
        found = [a for a in self._subject_party(antecedent, verb) if not self._is_place(a)]
        if body and not _band_noun(antecedent, None) and any(a.ref.entity_id is None for a in found):
            # "an IMF commission which visited Yugoslavia": a body acts for the one named as its owner; an
            # unowned one ("a committee which rejected") is no party a coder could name
            return []
        harmed = self._each_party([c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}])
        return [] if any(same_side(a, h) for a in found for h in harmed) else found

    def _participle_doer(self, verb: Token) -> list[Argument]:
        """"Armed men opening fire on the bus", "some unidentified persons fired at the house" (the parser
        hanging a finite verb on its subject as a clause of the noun): an active participle or finite verb
        with no subject of its own, on a noun, is done by that noun read as a subject. Never a past
        participle ("the man shot by police": the one harmed) nor an infinitive ("a plan to attack")."""
        if verb.tag_ not in {"VBG", "VBD"} or is_passive(verb) or reduced_passive(verb):
            return []
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
            return []
        noun = verb.head
        if noun.i > verb.i or not _doer_noun(noun):
            return []
        return [a for a in self._subject_party(noun, verb) if not self._is_place(a)]

    def _act_of_place(self, noun: Token) -> Token:
        """"Claimed the blast in the Imphal city that killed a jawan", "the attack in the State capital in
        which one trooper was killed": a relative clause the parser hung on the place of a violent act's noun
        (its in-, at- or near-phrase) tells of the act; else the noun itself. A place is no party: a name
        the recogniser typed a person or body is left as it is."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in PLACE_PREPS or prep.head.i == prep.i:
            return noun
        act = prep.head
        eid = self.mention_entity.get(noun.i)
        if eid is not None and self.entities[eid].type not in PLACE_TYPES:
            return noun
        # any violent reading of the act's noun will do ("attack" may be criticism), or a device set off
        # ("the blast", `source_words.csv` device_noun): the relative clause itself tells the violence
        rows = self.lexicon.rules.get((act.lemma_.lower(), "NOUN")) or []
        violent = any(r.cameo[:2] in VIOLENT_ROOTS for r in rows) or act.lemma_.lower() in DEVICE_NOUNS
        if act.pos_ != "NOUN" or not violent:
            return noun
        return act

    def _caused(self, verb: Token, head: Token) -> list[Argument] | None:
        """"This led officials in Mexico City to criticize the firm", "protests forced the Nepalese government
        to release them": the object of a causative verb (`source_words.csv` causative_verb) does its
        to-infinitive, never the one who caused it ([] when the object names no party); None when the verb is
        no causative with an object. The parser may read the infinitive as a clause of purpose: then an object
        that names no party ("forced the door to enter") leaves it to the verb's doer."""
        if head.lemma_.lower() not in CAUSATIVE_VERBS or is_passive(head):
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if not objects:
            return None
        found = as_indirect(self.party(objects[0], set(), SUBJECT_OWNER_PREPS))
        return found if found or verb.dep_ == "xcomp" else None

    def _intent_owner(self, verb: Token, depth: int) -> list[Argument]:
        """"Iran's plan to enrich uranium", "followed up on his threat to suspend aid", "made proposals to
        ease friction": the doer of an infinitive on a noun is the noun's owner (its possessor, by-phrase or
        actor modifier); one a possessive pronoun owns ("his threat") is the subject of the clause the noun is
        in, as is one a light verb makes ("made proposals"). A noun of no owner ("a plan to withdraw") names
        none."""
        noun = verb.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or noun.pos_ != "NOUN":
            return []
        if noun.lemma_.lower() in PERMISSION_NOUNS:
            return self._permitted(noun, depth)
        own = self.noun_own_source(noun)
        if own:
            return as_indirect(own)
        governor = _governing_verb(noun)
        if governor is not None and _purpose_phrase(noun):
            # "police resorted to aerial firing in order to disperse the protesters", "militants opened fire
            # in a bid to escape": the clause's doer; none for a passive clause, whose subject is the one
            # acted on ("tear gas shells were fired in order to disperse them": no shells disperse), nor
            # for a trigger reached through another act's words ("began working with X in order to assign
            # experts to aid them": the experts aid), nor a clause whose subject is not told, nor a verb
            # of saying the parser hung the phrase on ("... in order to arrest a person you had to prove,"
            # explains X": the speaker arrests no one)
            if depth > 0 or is_passive(governor) or not _told_subject(governor) \
                    or self.lexicon.is_cue(governor.lemma_, "speech") \
                    or governor.lemma_.lower() in noun_class_words("speech_verb"):
                return []
            # a doer only guessed for the clause (a bare role given the story's country) is not carried on
            # to an act it means to do: a guess on a guess
            return as_indirect([a for a in self.verb_source(governor, depth + 1) if not a.guessed])
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        owner = [a for c in noun.children if c.dep_ == "poss" for a in self._group_owner(c)]
        if governor is None:
            return as_indirect(owner)
        # "had the power to bring charges": what one has is a capability, no act; but one who "has no plans
        # to meet" or "had hopes to visit" is the one who would act, as in "plans to meet" (an intent noun)
        if governor.lemma_.lower() == "have":
            # ("do not have any plans to meet": a negation on "have" the modality reader does not reach)
            if (not self.lexicon.is_cue(noun.lemma_, "intent") or noun.dep_ != "dobj"
                    or any(c.dep_ == "neg" for c in governor.children)):
                return []
            return as_indirect([a for a in self.verb_source(governor, depth + 1) if not self._is_place(a)])
        if not (pronoun or (noun.dep_ == "dobj" and self.lexicon.is_cue(governor.lemma_, "light"))):
            return []
        found = self.verb_source(governor, depth + 1)
        if not any(a.ref.code for a in found):
            # "Corona joined the cartel after its attempt to kill X": a clause whose doer is no coded party
            # (or, above, no clause) leaves the one armed group the sentence names before the pronoun
            found = owner or found
        return as_indirect(found)

    def _permitted(self, noun: Token, depth: int) -> list[Argument]:
        """"Great Western said it received Bank Board approval to acquire X", "asked the PSC for permission to
        raise prices", "the FDA granted it permission to include more patients": the act a noun of leave
        (`party_words.csv` permission) licenses is done by the one permitted: the indirect object of a verb
        that hands the leave over (or the passive subject, "was granted permission"), else the subject of the
        verb that seeks, wins or needs it. Never the noun's owner or modifier, the body that gives the leave;
        [] where the noun hangs on no verb ("Government approval to participate was delayed")."""
        governor = _governing_verb(noun)
        if governor is None:
            return []
        if governor.lemma_.lower() in PERMISSION_GIVERS:
            given = [c for c in governor.children
                     if c.dep_ in {"dative", "nsubjpass"} or (c.dep_ == "dobj" and c is not noun)]
            given += [o for c in governor.children if c.dep_ == "prep" and c.lower_ == "to"
                      for o in c.children if o.dep_ == "pobj"]
            return as_indirect([a for g in given for a in self.refs(g)])
        return as_indirect([a for a in self.verb_source(governor, depth + 1) if not self._is_place(a)])

    def _armed_band(self, tok: Token, verb: Token) -> list[Argument]:
        """"were shot dead by unidentified armed motorcyclists", "masked men abducted": a band no table
        names, described as armed or unidentified, doing a violent act, is unidentified armed attackers (UAF)
        of the country of the clause's place, else of the story's (inferred). "Unidentified persons fired at
        the house": the actor stage codes a described band of persons as people (CVL: "the body of an
        unidentified person" is a victim); doing a violent act, the band is UAF all the same, and so are they
        when the violence is a clause coordinated after theirs ("three unidentified persons barged into the
        house and opened fire", `_violent_chain`) or when they are the members of an unnamed group ("a group
        of 25 armed people looted a truck", `_band_members`)."""
        tok = self._band_members(tok)
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not (self._violent(verb) or self._violent_chain(verb)):
            return []
        role = self.kb.roles.get(normalize(tok.lemma_))
        if role is not None and role.sector not in GENERIC_PERSON_SECTORS:
            return []  # "armed militants" are militants (REB), "armed policemen" police
        if tok.i in self.mention_entity and not self._generic_people(tok):
            return []  # a name, or a band the actor stage coded as more than people ("armed men" UAF)
        if not any(c.dep_ == "amod" and c.lower_ in ARMED_DESCRIPTIONS for c in tok.children):
            return []
        country = self._clause_country(verb) or self.home
        return [Argument(ActorRef(self.mention_entity.get(tok.i), country + "UAF", "inferred"), False,
                         guessed=True)]

    def _described_speaker(self, tok: Token) -> list[Argument]:
        """"Sarbaz Baloch, a spokesman for the Baloch Republican Army, claimed": a named person no table
        codes, described in apposition as one who speaks for a body (`source_words.csv` speaks_for), acts as
        that body, as a coder codes him. A name the actor stage coded keeps its own code."""
        eid = self.mention_entity.get(tok.i)
        # (the recogniser may type a person's name an organisation: "Sarbaz Baloch" ORG)
        if eid is None or self.entities[eid].type in PLACE_TYPES:
            return []
        actor = self.entities[eid].actor
        if actor is not None and actor.code:
            return []
        return [a for c in tok.children if c.dep_ == "appos" and c.i not in self.mention_entity
                for a in self._spoken_for(c, set(), 0)]

    def _band_members(self, tok: Token) -> Token:
        """The plural of-object of an unnamed group noun (`source_words.csv` described_group) that no name
        covers ("a group of 25 armed people": people); else the token itself."""
        if tok.pos_ != "NOUN" or tok.i in self.mention_entity or tok.lemma_.lower() not in DESCRIBED_GROUPS:
            return tok
        members = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"]
        return members[0] if len(members) == 1 else tok

    def _generic_people(self, tok: Token) -> bool:
        """Whether the entity of a role noun's mention ("unidentified persons") is coded as people at large
        (CVL, PPL), as its role noun says."""
        actor = self.entities[self.mention_entity[tok.i]].actor
        return actor is not None and actor.sector in GENERIC_PERSON_SECTORS

    def _members_of(self, tok: Token) -> list[Argument]:
        """"IS claimed its fighters kidnapped the couple", "Pakistan said its troops killed five militants":
        fighters a claimant calls its own are the claimant (`pronouns.members_owner`); a country's are its
        force of the members' sector (PAKMIL). Only members of an armed or state force (a role noun of one
        of those sectors)."""
        owner = members_owner(tok)
        role = self.kb.roles.get(normalize(tok.lemma_))
        if owner is None or role is None or role.sector not in ARMED_SECTORS | FORCE_SECTORS:
            return []
        return as_indirect([Argument(ActorRef(a.ref.entity_id, code + role.sector, a.ref.basis), a.direct)
                          if (code := a.ref.code) and len(code) == 3 and self._has_country(code) else a
                          for a in self.party(owner, set(), SUBJECT_OWNER_PREPS)])

    def _company_unit(self, tok: Token, verb: Token) -> list[Argument]:
        """"Texaco Inc said its Dexter Holdings unit agreed to acquire X", "Texaco's unit agreed": what a
        company's unit, subsidiary or division (`source_words.csv` company_unit) does, a coder codes as the
        company's (its sector and country) unless a table knows the unit with a country of its own ("its
        Texaco Canada unit": CANBUS); so is an armed force's unit ("the Army said its unit killed five": the
        army). The owner is a company or force named as its possessor, or for "its" the subject of the speech
        verb over it; one read as neither leaves the unit's own coded name; [] when no coded business or force
        owns it. A company's shareholders or board (`company_organ`) are the company only where they decide a
        deal or another party's offer (`organ_verb`: "its shareholders approved the merger with X", "its board
        rejected X's offer"), not in its own business ("its board asked management to study alternatives")."""
        lemma = tok.lemma_.lower()
        organ = lemma in COMPANY_ORGANS and verb.lemma_.lower() in ORGAN_VERBS
        if not (lemma in COMPANY_UNITS or organ) or tok.pos_ != "NOUN":
            return []
        named = [a for c in tok.children if c.dep_ in {"compound", "amod"} and c.i in self.mention_entity
                 for a in self.refs(c) if a.ref.code]
        # a unit a table knows keeps its own country ("Texaco Canada"); one placed only by a word of its name
        # ("its Gibraltar Savings unit", a Californian thrift) or by the story is its owner's
        known = [a for a in named if a.ref.entity_id is not None and self._has_country(a.ref.code)
                 and (actor := self.entities[a.ref.entity_id].actor) is not None
                 and actor.basis == "dictionary"]
        if known:
            return known
        owner = members_owner(tok) or next((c for c in tok.children if c.dep_ == "poss"
                                            and c.i in self.mention_entity), None)
        own_name = [a for a in named
                    if (a.ref.code or "")[-3:] in UNIT_OWNERS and self._has_country(a.ref.code)]
        if owner is None:
            # "The Pennsylvania Enterprises board rejected the offer": a board or its shareholders named by
            # their company's name decide for that company (a unit so named is left to the readers after)
            return as_indirect(own_name) if organ and lemma not in COMPANY_UNITS else []
        found = [a for a in self.party(owner, set(), SUBJECT_OWNER_PREPS)
                 if (a.ref.code or "")[-3:] in UNIT_OWNERS and self._has_country(a.ref.code)]
        # "Atco Ltd said its Atco Development unit agreed": an owner read as no company or force (a name the
        # recogniser missed) leaves the unit's own name, a company or force of a known country, as the doer
        return as_indirect(found or own_name)

    def _document_owner(self, tok: Token) -> list[Argument]:
        """"Senator Pell introduced a bill. His legislation rejects the call to sell Amtrak", "the bill,
        sponsored by Senator Bentsen, criticizes Japan", "the Bentsen bill": what a bill or proposal
        (`source_words.csv` document_noun) is said to do, its owner does: its possessor (a "his" read as
        "he" is), the by-agent of a participle of sponsoring (sponsor_verb) or a name modifying it."""
        if tok.lemma_.lower() not in DOCUMENT_NOUNS or tok.pos_ != "NOUN" or tok.i in self.mention_entity:
            return []
        for child in tok.children:
            if child.dep_ == "poss":
                if child.i in self.mention_entity:
                    return as_indirect(self.refs(child))
                eid = possessor_person(child, list(self.entities.values()), self.mention_entity)
                return [] if eid is None else as_indirect(self._entity_args(eid))
        sponsors = [a for acl in tok.children if acl.dep_ == "acl" and acl.lemma_.lower() in SPONSOR_VERBS
                    for agent in acl.children if agent.dep_ == "agent"
                    for pobj in agent.children if pobj.dep_ == "pobj"
                    for a in self.party(pobj, set(), SUBJECT_OWNER_PREPS)]
        if sponsors:
            return as_indirect(sponsors)
        return as_indirect([a for c in tok.children if c.dep_ == "compound" and c.i in self.mention_entity
                          and self.entities[self.mention_entity[c.i]].type == "PERSON" for a in self.refs(c)])

    def _leader_government(self, tok: Token) -> list[Argument]:
        """"The Castro government requested", "the Mitterrand government criticised", "the government of
        Alvaro Colom captured": a government body
        (a role of sector GOV: government, administration, regime) named by the person who leads it is that
        person's country's government (the possessive "Maduro's government" is read in `parties.py`),
        whatever his code on the article's day (an undated story codes Castro CUBELI: only one who led
        it gives a government its name); never for a person coded a non-state actor ("the Escobar
        cartel" is no government noun, and a drug lord names no government)."""
        role = self.kb.roles.get(normalize(tok.lemma_))
        if role is None or role.person or role.sector != "GOV":
            return []
        # "the government of Alvaro Colom", "the administration of President X": the leader in an of-phrase
        # names the government as a compound does
        leaders = [*tok.children, *(o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for o in c.children if o.dep_ == "pobj")]
        for child in leaders:
            eid = self.mention_entity.get(child.i)
            if child.dep_ == "pobj" and eid is not None and self.entities[eid].type != "PERSON":
                eid = self._person_within(child)  # the body's own mention covers its leader's name
            if child.dep_ not in {"compound", "pobj"} or eid is None or self.entities[eid].type != "PERSON":
                continue
            actor = self.entities[eid].actor
            if actor is None or not actor.country or not actor.code or nonstate(actor.code[3:6]):
                continue
            code = actor.country + "GOV"
            # The government noun may be an entity of its own, coded by the story's home when the actor stage
            # guessed ("The Mitterrand government urged Iran": not Iran's): the leader's country decides.
            own = [a for a in self.refs(tok) if a.ref.code == code] if tok.i in self.mention_entity else []
            return own or [Argument(ActorRef(None, code), False)]
        return []

    def _person_within(self, tok: Token) -> str | None:
        """The person entity one of whose mentions holds `tok`, where a longer mention of another entity
        ("the government of Otto Perez Molina") took the token; None where no person's does."""
        return next((e.id for e in self.entities.values() if e.type == "PERSON"
                     and any(m.start <= tok.idx < m.end for m in e.mentions)), None)

    def _entity_args(self, eid: str) -> list[Argument]:
        """The argument an entity id names, as its mentions would give it."""
        first = next((i for i, e in self.mention_entity.items() if e == eid), None)
        return [] if first is None else self.refs(self.doc[first])

    def _machine_owner(self, tok: Token, verb: Token) -> list[Argument]:
        """"Pakistan Air Force jets struck", "jets of the PAF bombed", "the army's drones", "Israeli
        warplanes hit": what an armed force's aircraft, vessel or weapon (`source_words.csv` war_machine)
        does, its owner does; a bare country owning one is that country's military (MIL). One of no named
        owner doing a violent act ("helicopter gunships attacked militant hideouts") is an armed force, the
        military (MIL) of the country the clause names (`_placed_group`; own_force_machine: not a drone,
        often a foreign force's). [] when no owner is named otherwise."""
        if tok.lemma_.lower() not in WAR_MACHINES or tok.pos_ != "NOUN":
            return []
        named = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}
                 and c.i in self.mention_entity]
        found = [a for c in named[:1] for a in self.refs(c)] or [
            a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for a in self.party(o, set(), SUBJECT_OWNER_PREPS)]
        if not found and not named and tok.lemma_.lower() in OWN_FORCE_MACHINES and self._violent(verb) \
                and not any(c.dep_ == "poss" for c in tok.children) and not self._machine_person(tok):
            return [Argument(ActorRef(None, "MIL"), True)]
        return [Argument(ActorRef(a.ref.entity_id, code + "MIL", a.ref.basis), a.direct, a.guessed)
                if (code := a.ref.code) and len(code) == 3 and self._has_country(code) else a for a in found]

    def _machine_person(self, tok: Token) -> bool:
        """Whether a war machine's word names a person here (`roles.csv` person 1): "the bomber detonated his
        vest", "a suicide bomber attacked", "suicide bombers blew themselves up" are men who set off bombs,
        read as their role (UAF), not an air force's aircraft; a bare plural ("bombers struck") stays one."""
        phrase = phrase_role(tok, self.kb)
        role = phrase[0] if phrase is not None else self.kb.roles.get(normalize(tok.lemma_))
        return role is not None and role.person and (phrase is not None or tok.tag_ == "NN")

    def _planted_by(self, tok: Token, verb: Token | None = None) -> list[Argument]:
        """"A road bomb planted by the FARC killed one", "an IED planted by Maoists exploded", "a car bomb set
        off by the ELN": a device the subject names, with a participle of placing, setting off or firing it
        (`source_words.csv` planter_verb) and that participle's by-agent, does what its planter does: the
        by-agent is the doer. [] when the subject is a party itself or no such participle names one. With the
        violent `verb` the device did, "a grenade hurled by unidentified persons": an unnamed band described
        as unidentified is unidentified attackers (`_armed_band`), not the civilians the actor stage reads."""
        if tok.i in self.mention_entity:
            if not self._device_modifier(tok):
                return []
        elif tok.pos_ != "NOUN" and tok.lemma_.lower() not in DEVICE_NOUNS:
            return []  # "an Improvised Explosive Device (IED) planted by": capitalised, a device all the same
        return [a for acl in describing_participles(tok) if acl.tag_ == "VBN"
                and acl.lemma_.lower() in PLANTER_VERBS
                and (acl.lemma_.lower() not in PLANTER_PARTICLES
                     or any(c.dep_ == "prt" and c.lower_ == PLANTER_PARTICLES[acl.lemma_.lower()]
                            for c in acl.children))
                for agent in acl.children if agent.dep_ == "agent"
                for pobj in agent.children if pobj.dep_ == "pobj"
                for a in (self._armed_band(pobj, verb) if verb is not None else [])
                or self.party(pobj, set(), SUBJECT_OWNER_PREPS)]

    def _occupants(self, tok: Token, verb: Token) -> list[Argument]:
        """"The occupants of the car opened fire on the police", "riders of a motorcycle shot dead a trader":
        the people in a vehicle (`source_words.csv` occupant_noun) who do a violent act are unidentified armed
        men (UAF), placed like other non-state groups (`_placed_group`)."""
        if tok.pos_ != "NOUN" or tok.i in self.mention_entity or tok.lemma_.lower() not in OCCUPANT_NOUNS \
                or not self._violent(verb):
            return []
        return [Argument(ActorRef(None, UNALIGNED), True)]

    def _uncoded_band(self, tok: Token) -> list[Argument]:
        """"Armed Maoists abducted the guards": a name the recogniser took with a describing word at the
        sentence's start and no table codes, headed by a plural non-state group noun (`roles.csv`: maoists,
        militants), is that group's sector, placed like other non-state groups (`_placed_group`)."""
        eid = self.mention_entity.get(tok.i)
        actor = self.entities[eid].actor if eid is not None else None
        if eid is None or (actor is not None and actor.code) or tok.tag_ not in {"NNS", "NNPS"}:
            return []
        role = self.kb.roles.get(normalize(tok.lemma_)) or self.kb.roles.get(normalize(tok.lower_))
        if role is None or not role.sector or not nonstate(role.sector):
            return []
        return [Argument(ActorRef(None, role.sector), True)]

    def _described_group(self, tok: Token, verb: Token) -> list[Argument]:
        """"a criminal group kidnapped three men", "an armed gang shot dead a trader": a band no table names,
        its kind given by an adjective (`source_words.csv` described_group, crime_description,
        armed_band_description), is criminals (CRM) or, doing a violent act, unidentified armed men (UAF), or
        of the sector of the armed members a word names ("rival militant outfits" REB, `roles.csv`), of
        the country of the clause's place, else of the story's (inferred); none when neither is known."""
        # the lemmatiser may leave a plural as it is ("outfits")
        forms = {tok.lemma_.lower(), tok.lower_.removesuffix("s")}
        if tok.i in self.mention_entity or tok.pos_ != "NOUN" or not forms & DESCRIBED_GROUPS:
            return []
        if any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in tok.children):
            return []  # "no militant outfit claimed responsibility": no band did
        modifiers = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
        described = {c.lower_ for c in modifiers}
        # "rival militant outfits exchanged fire", "a rebel group": a band a word naming armed members
        # (roles.csv militant REB, terrorist UAF) describes is of their sector
        band = next((role.sector for c in modifiers if c.i not in self.mention_entity and not _against_word(c)
                     and (role := self._body_word(c)) is not None and role.sector in ARMED_SECTORS), "")
        if described & CRIME_DESCRIPTIONS:
            sector = "CRM"
        elif described & ARMED_BAND_DESCRIPTIONS and self._violent(verb):
            sector = UNALIGNED
        elif band:
            sector = band
        else:
            return []
        # "Colombian guerrilla groups": the band's own country word comes before any place
        named = next((c for m in modifiers if (c := self.kb.country_of(m.text))), None)
        clause = self._clause_country(verb)
        country = named or (clause if clause is not None else "")
        country = country or (self.home if clause == "" else "")
        if not country:
            return []
        return [Argument(ActorRef(None, country + sector, "inferred"), False, guessed=True)]

    def _band_of(self, tok: Token) -> list[Argument]:
        """"Was gunned down by a dissident faction within the group", "a splinter group linked to the Gulf
        Cartel left a corpse to warn the Zetas": an unnamed band (`source_words.csv` band_part) that its own
        of-, within- or from-phrase, or a participle of linking (band_link_verb), ties to a named non-state
        armed or criminal group is of that group's country and sector (a coder codes a faction as its
        group). It is never that group's entity (a splinter group is not the group it split from): it is the
        entity of the name it goes by ("known as the Shadow Group", band_name_verb), else none. [] for a band
        of anyone else ("a group of residents", "a faction of the ruling party"); read only where the band
        is no party itself ("a group of Maoists" is the Maoists)."""
        if tok.pos_ != "NOUN" or tok.i in self.mention_entity or tok.lemma_.lower() not in BAND_PARTS:
            return []
        owners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in BAND_PART_PREPS
                  for o in p.children if o.dep_ == "pobj"]
        participles = [p for acl in tok.children if acl.dep_ == "acl" for p in (acl, *acl.conjuncts)]
        owners += [o for acl in participles if acl.lemma_.lower() in BAND_LINK_VERBS
                   for p in acl.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        found = [a for o in owners for a in self.party(o, set(), SUBJECT_OWNER_PREPS)
                 if (code := a.ref.code) and len(code) == 6 and code[3:] in ARMED_SECTORS]
        if not found:
            return []
        # "a splinter group linked to the Gulf Cartel and known as the Shadow Group": the name it goes by is
        # the band itself, so it stays a party apart from the group it is tied to
        names = [self.mention_entity[o.i] for acl in participles if acl.lemma_.lower() in BAND_NAME_VERBS
                 for p in acl.children if p.dep_ in {"prep", "oprd", "attr"}
                 for o in ([p] if p.dep_ != "prep" else [c for c in p.children if c.dep_ == "pobj"])
                 if o.i in self.mention_entity]
        names = [n for n in names if n not in {a.ref.entity_id for a in found}]
        return [Argument(ActorRef(names[0] if names else None, found[0].ref.code), False)]

    def _ordered_by(self, verb: Token) -> list[Argument]:
        """"was killed on the orders of the Zetas", "were abducted at the behest of the commander": the one
        who ordered a violent act (`source_words.csv` order_noun) is its doer."""
        if not self._violent(verb):
            return []
        return [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"on", "at", "under"}
                for order in prep.children if order.dep_ == "pobj" and order.lemma_.lower() in ORDER_NOUNS
                for of in order.children if of.dep_ == "prep" and of.lower_ == "of"
                for pobj in of.children if pobj.dep_ == "pobj"
                for a in self.party(pobj, set(), SUBJECT_OWNER_PREPS)]

    def _conjunct_agent(self, verb: Token) -> list[Argument]:
        """"Were kidnapped and tortured by Maoists", "were abducted and later released by CPI Maoist cadres":
        a passive of no by-agent shares the by-agent of the passive participle coordinated after it (no
        subject of its own), when both acts are violent or the agent is an armed non-state group
        (ARMED_SECTORS: who releases captives held them); never a state force freeing the captive of another
        ("was abducted and later rescued by police": the police did not abduct)."""
        found: list[Argument] = []
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > verb.i):
            if any(s.dep_ in {"nsubj", "nsubjpass"} for s in conj.children):
                continue
            agents = [a for by in conj.children if by.dep_ == "agent"
                      for pobj in by.children if pobj.dep_ == "pobj"
                      for a in self._armed_band(pobj, conj) or self.party(pobj, set(), SUBJECT_OWNER_PREPS)
                      if not self._is_place(a)]
            both_violent = self._violent(verb) and self._violent(conj)
            found += [a for a in agents if both_violent or (a.ref.code or "")[-3:] in ARMED_SECTORS]
        return found

    def _speaking_accuser(self, verb: Token) -> list[Argument]:
        """"Police said X had been linked to the Zetas", "X is accused of extortion, according to
        prosecutors", "X, officials said, was tied to the cartel": an accusation (a row coding 112) told as a
        finite passive with no accuser is made by the one who tells it: the subject of the speech verb
        (`event_cues.csv` speech) it is said under, an "according to" phrase or a parenthetical speech verb,
        on its own clause or one above it; never the accused himself ("he said he had been accused") nor the
        press that only passes it on ("..., reported El Tiempo": MEDIA_SECTOR); only when the passive subject
        is itself a party and the accusation is not negated."""
        if not any(c.dep_ == "auxpass" for c in verb.children) \
                or not self.matched_cameo(verb).startswith("112"):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "the filing is tied to the audit of Reuters", "three of whom were linked to X": the one accused is
        # the subject itself (a name, a party's noun or a pronoun), not the owner of a thing; "said he had
        # not been accused" tells of no accusation
        if not subjects or any(c.dep_ == "neg" for c in verb.children) or not all(
                c.i in self.mention_entity or c.pos_ == "PRON" for c in subjects):
            return []
        accused = {eid for c in subjects for t in c.subtree
                   if (eid := self.mention_entity.get(t.i)) is not None}
        for node in (verb, *verb.ancestors):
            tellers = [o for p in node.children if according_prep(p)
                       for to in p.children if to.dep_ == "prep" for o in to.children if o.dep_ == "pobj"]
            tellers += [s for v in node.children
                        if v.dep_ == "parataxis" and self.lexicon.is_cue(v.lemma_, "speech")
                        for s in v.children if s.dep_ == "nsubj"]
            if node is not verb and self.lexicon.is_cue(node.lemma_, "speech"):
                tellers += [s for s in node.children if s.dep_ == "nsubj" and verb not in s.subtree]
            found = [a for t in tellers for a in self.party(t, set(), SUBJECT_OWNER_PREPS)
                     if a.ref.code and a.ref.code[-3:] != MEDIA_SECTOR and a.ref.entity_id not in accused]
            if found or tellers:
                return found
        return []

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

    def _operation_force(self, verb: Token) -> list[Argument]:
        """"Two militants were killed during an operation by the SFs", "in a CRPF operation", "in a police
        raid": a violent passive with no doer, done in an operation or raid (`source_words.csv`
        operation_noun) whose own phrase names the state force that made it (by-phrase, possessor, a named
        force's or a force word's modifier), was done by that force, when the harmed are not of it
        (`_operation_launcher` reads the force that launched one before)."""
        if not self._violent(verb):
            return []
        shared = _shared_participles(verb)
        nouns = [o for v in shared for p in v.children if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in OPERATION_NOUNS]
        forces = [a for n in nouns for a in self.noun_own_source(n) or self._force_modifier(n)
                  if a.ref.code and a.ref.code[-3:] in FORCE_SECTORS]
        if len({a.ref.code for a in forces}) != 1:
            return []
        harmed = self._each_party([c for v in harmed_clauses(verb) for c in v.children
                                   if c.dep_ == "nsubjpass"])
        if any(same_side(a, h) or (h.ref.code or "")[-3:] in FORCE_SECTORS for a in forces for h in harmed):
            return []  # "two soldiers were killed during an army operation": by the other side
        return forces[:1]

    def _operation_launcher(self, verb: Token) -> list[Argument]:
        """"The SFs launched a cordon and search operation in Shopian. A militant was killed during the
        encounter": a violent passive with no doer, done in an operation, encounter or raid
        (`source_words.csv` operation_noun), was done by the state force that launched or conducted one
        (launch_verb) earlier in its sentence or in the one before, when exactly one such force did and the
        harmed are not of it."""
        if not self._violent(verb):
            return []
        shared = _shared_participles(verb)
        if not any(o.lemma_.lower() in OPERATION_NOUNS for v in shared for p in v.children
                   if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS
                   for o in p.children if o.dep_ == "pobj"):
            return []
        sent = sentence_of(verb)
        start = sentence_of(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        launchers: list[Argument] = []
        for launch in self.doc[start:verb.i]:
            if launch.pos_ != "VERB" or launch.lemma_.lower() not in LAUNCH_VERBS or is_passive(launch) \
                    or not any(o.dep_ == "dobj" and o.lemma_.lower() in OPERATION_NOUNS
                               for o in launch.children):
                continue
            launchers += [a for c in launch.children if c.dep_ == "nsubj"
                          for a in self.party(c, set(), SUBJECT_OWNER_PREPS)
                          if a.ref.code and a.ref.code[-3:] in FORCE_SECTORS]
        if len({a.ref.code for a in launchers}) != 1:
            return []
        harmed = self._each_party([c for v in harmed_clauses(verb) for c in v.children
                                   if c.dep_ == "nsubjpass"])
        if any(same_side(a, h) or (h.ref.code or "")[-3:] in FORCE_SECTORS
               for a in launchers for h in harmed):
            return []
        return as_indirect(launchers[:1])

    def _encounter_force(self, verb: Token) -> list[Argument]:
        """"One militant was killed in an encounter in Kupwara District", "the July 9 encounter in which two
        JeM militants were killed": in South Asian news an encounter (`source_words.csv` state_fight_noun) is
        the state's forces' gunfight with militants or criminals, so members of armed non-state groups
        (ARMED_SECTORS) killed or harmed in one whose sides the sentence leaves unnamed (no with-, between- or
        by-phrase, no owner or modifier) were harmed by the forces of the country of the clause's place, else
        of the story's: the police (COP) when the sentence names the police and no army or security force,
        else the security forces (MIL, as `roles.csv` codes them). A guess (inferred); never for harmed
        soldiers, policemen or civilians (the other side, or crossfire, is not told)."""
        if not self._violent(verb):
            return []
        shared = _shared_participles(verb)
        nouns = [verb.head if o.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else o
                 for v in shared for p in v.children if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS
                 for o in p.children if o.dep_ == "pobj"]
        fights = [n for n in nouns if n.lemma_.lower() in STATE_FIGHT_NOUNS]
        # a side named on the noun or, where the parser hung it there, on the verb ("killed in an encounter
        # with the CRPF") is read by the readers before, as a named side; no guess beside it
        if not fights or any(c.dep_ in {"poss", "compound", "nmod"}
                             or (c.dep_ == "prep" and c.lower_ in SIDE_PREPS)
                             for w in fights + shared for c in w.children) \
                or any(n.i + 1 < len(self.doc) and self.doc[n.i + 1].lower_ in SIDE_PREPS for n in fights):
            return []
        harmed = self._each_party([t for v in shared for c in v.children if c.dep_ == "nsubjpass"
                                   for t in [c, *c.conjuncts]])
        if not harmed or not all((h.ref.code or "")[-3:] in ARMED_SECTORS for h in harmed):
            return []
        # with no place in the clause, the one country all the article's places lie in: the story's home is
        # no guess (a Kashmir story naming the militants' Pakistani homes is no Pakistani encounter)
        country = self._fight_country(verb)
        if not country:
            return []
        police = self._sentence_names(verb, frozenset({"COP"})) \
            and not self._sentence_names(verb, frozenset({"MIL"}))
        code = country + ("COP" if police else "MIL")
        return [Argument(ActorRef(None, code, "inferred"), False, guessed=True)]

    def _fight_country(self, verb: Token) -> str:
        """The country a fight of the clause is placed in: the clause's place's, else (the clause naming no
        place) the one country all the article's places lie in; "" when neither places it."""
        clause = self._clause_country(verb)
        return clause or (self.place_country if clause == "" else "") or ""

    def _encounter_sides(self, verb: Token) -> list[Argument]:
        """"SFs launched a search operation in X village. In the ensuing gunfight, two LeT militants were
        killed": a violent passive with no doer, told in an in- or during-phrase of a fight of two sides told
        again ("the encounter", "the ensuing exchange of fire": `_told_fight`), was done by the fight's other
        side: when every harmed is of one side's kind (an armed non-state band, ARMED_SECTORS, or a state
        force, FORCE_SECTORS), and the sentence and the one before name exactly one party of the other kind
        (one code), that party; none when they name several, or the harmed are of both kinds or neither
        (civilians in crossfire: precision first). An injury or arrest there is the other side's act too."""
        if not self._violent(verb) and verb.lemma_.lower() not in HARM_VERBS:
            return []
        shared = _shared_participles(verb)
        if not any(_told_fight(o) and _gunfight(o) for v in shared for p in v.children
                   if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS
                   for o in p.children if o.dep_ == "pobj"):
            return []
        subjects = [t for v in harmed_clauses(verb) for c in v.children if c.dep_ == "nsubjpass"
                    for t in [c, *c.conjuncts]]
        harmed = self._each_party(subjects)
        kinds = {_side_kind(h.ref.code) for h in harmed}
        if len(kinds) != 1 or None in kinds:
            return []
        # neither the harmed's own words nor who tells of it ("The District Police suspect that two Maoists
        # were injured in the encounter": the teller need not have fought)
        tellers = [c for a in [verb, *verb.ancestors] if a.dep_ == "ccomp"
                   for c in a.head.children if c.dep_ == "nsubj"]
        skipped = {t.i for s in subjects + tellers for t in s.subtree}
        sent = sentence_of(verb)
        start = sentence_of(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        # the parties named around it, each phrase once (its head)
        heads = [t for t in self.doc[start:sent.end] if t.i not in skipped and t.pos_ in {"NOUN", "PROPN"}
                 and t.dep_ not in {"compound", "amod", "poss", "appos"}
                 and (t.i in self.mention_entity or self.kb.roles.get(normalize(t.lemma_)) is not None)]
        others = [a for a in self._each_party(heads) if a.ref.code
                  and _side_kind(a.ref.code) not in kinds | {None}]
        if len({a.ref.code for a in others}) != 1 or any(same_side(a, h) for a in others for h in harmed):
            return []
        return as_indirect([self._fight_placed(others[0], verb)])

    def _fight_placed(self, side: Argument, verb: Token) -> Argument:
        """A side named by its word alone ("SFs", "the Police": a sector and no country) placed in the country
        of the clause's place, else the one country all the article's places lie in, else the story's (as
        `_encounter_force` places the forces; never by the other side's country: "LeT militants were killed by
        the Police" in Kashmir are no Pakistani police's); left bare when nothing places it."""
        code = side.ref.code or ""
        if len(code) != 3 or self._has_country(code):
            return side
        country = self._fight_country(verb) or self.home
        if not country:
            return side
        return Argument(ActorRef(side.ref.entity_id, country + code, side.ref.basis), side.direct, True)

    def _in_event_doer(self, verb: Token) -> list[Argument]:
        """"was killed in an encounter with police", "were wounded in an attack by militants": the doer of
        the event noun the passive happened in."""
        # "were killed and six injured in an ambush by X": coordinated participles share the phrase.
        shared = _shared_participles(verb)
        preps = [c for v in shared for c in v.children if c.dep_ == "prep" and c.lower_ in IN_EVENT_PREPS]
        for prep in preps:
            # "were killed in separate incidents of shootout between X and Y": the act the occurrence is of
            nouns = [w for o in prep.children if o.dep_ == "pobj"
                     for w in (prep_words(o, "of") if o.lemma_.lower() in OCCURRENCE_NOUNS else [o])]
            for noun in nouns:
                planted = self._device_planter(verb, noun)
                if planted:
                    return planted
                if not self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) and not fight_phrase(noun):
                    continue
                found = (self.noun_own_source(noun) or self.prep_objects(noun, "with", set())
                         or self._force_modifier(noun) or self._verb_with_side(verb, noun)
                         or self._other_side(verb, noun))
                if found:
                    return found
            # "was killed in firing by two unidentified assailants": a gerund of the act with its by-phrase
            by = [a for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                  for o in prep_words(g, "by")
                  for a in self._armed_band(o, verb) or self.party(o, set(), SUBJECT_OWNER_PREPS)
                  if not self._is_place(a)]
            if by:
                return by
        # "two troopers were killed while five others sustained injuries in bomb blasts triggered by X": the
        # while-clause of injuries tells the same blast
        injured = [w for v in shared for c in v.children if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
                   for w in [c, *(o for o in c.children if o.dep_ == "dobj")]]
        for noun in (o for w in injured for p in w.children if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS
                     for o in p.children if o.dep_ == "pobj"):
            planted = self._device_planter(verb, noun)
            if planted:
                return planted
        # "was killed when police opened fire", "were wounded as troops fired on the crowd".
        # "a trooper was killed and two were injured when Maoists attacked them": the clause may hang on the
        # coordinated participle.
        # ("another sustained injuries when militants fired" read as a noun: its when-clause a relative one)
        clauses = [c for v in shared for c in v.children
                   if c.dep_ == "advcl" or (c.dep_ == "relcl" and _suffered_harm(v))
                   or _stray_when(c)]
        # "a trader was shot dead while another was injured when militants opened fire at them": the parser
        # may hang the when-clause on the while-clause of the same harm; it tells both
        # "a trader was shot dead while his companion sustained injuries when militants opened fire": a
        # while-clause of injuries suffered (`party_words.csv` suffer_verb) tells the same harm
        nested = [g for c in clauses if (
                      (is_passive(c) and (self._violent(c) or c.lemma_.lower() in HARM_VERBS))
                      or (not is_passive(c) and c.lemma_.lower() in SUFFER_VERBS))
                  and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
                  for g in c.children if g.dep_ == "advcl"]
        after = [c for c in clauses + nested if _after_act(c)]
        # ... but never when the doer is of the killed's own side ("an officer and two militants were killed
        # while nine SF personnel were injured when militants attacked": the militants killed were fought)
        killed = self._each_party([t for v in shared for c in v.children if c.dep_ == "nsubjpass"
                                   for t in [c, *c.conjuncts]]) if nested or after else []
        for clause in (c for c in clauses + nested if self._violent(verb)):
            marks = {m.lower_ for m in clause.children if m.dep_ in {"mark", "advmod"}}
            marks |= {"when"} if _stray_when(clause) else set()
            # "when armed men intercepted his car and opened fire": the clause's coordinated verbs count
            if not marks & {"when", "as"} and clause not in after:
                continue
            # "were injured when a landmine planted by Maoists exploded": the device's planter harmed them
            planted = next((found for c in clause.children if c.dep_ == "nsubj"
                            if (found := self._device_planter(verb, c))), [])
            if planted:
                return planted
            if self._violent_chain(clause):
                # "when unidentified motorcyclists fired at them": a band described as armed (UAF); "when
                # rival militant outfits exchanged fire": a band its members' word describes (REB)
                # (a device the recogniser took for a name, "an Improvised Explosive Device (IED) exploded",
                # is no doer)
                found = [a for c in clause.children if c.dep_ == "nsubj"
                         and not (c.i in self.mention_entity and self._device_modifier(c))
                         for a in self._armed_band(c, clause) or self._described_group(c, clause)
                         or self.party(c, set(), SUBJECT_OWNER_PREPS)]
                # a device set off ("when Indian Army soldiers triggered a landmine") harmed its own side:
                # a mine stepped on, no attack, as in the device branch below
                harmed = killed if clause in nested or clause in after else self._each_party(
                    [c for v in shared for c in v.children if c.dep_ == "nsubjpass"]) \
                    if self._device_set_off(clause) else []
                if any(same_side(a, h) for a in found for h in harmed):
                    continue
                if found:
                    return found
            elif self._device_set_off(clause):
                # "were killed when CPI Maoist cadres triggered a landmine blast": who set the device off,
                # never the harmed's own side ("two soldiers were killed when their vehicle triggered a mine")
                # a lone "suicide bomber" names no group: only a named one ("a TTP suicide bomber") is a doer
                found = [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                         for a in self.party(c, set(), SUBJECT_OWNER_PREPS)
                         if not _self_blast(clause) or a.ref.entity_id is not None]
                harmed = self._each_party([c for v in shared for c in v.children if c.dep_ == "nsubjpass"])
                if found and not any(same_side(a, h) for a in found for h in harmed):
                    return found
            else:
                foiling = self._foiling_force(clause, shared) or self._armed_clause_subject(clause, shared)
                if foiling:
                    return foiling
        # "the SP was killed when three armed men whose identity is unknown intercepted his car and opened
        # fire": the parser may coordinate the when-clause's violent verbs with the passive
        stray = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"
                 and not is_passive(c) and not reduced_passive(c)
                 and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]
        found = next((found for c in stray if (found := self._stray_clause_subject(c, verb))), [])
        return found or (self._detached_when_doer(verb, shared) if self._violent(verb) else [])

    def _armed_clause_subject(self, clause: Token, shared: list[Token]) -> list[Argument]:
        """"Four persons were killed when unidentified militants blew up 15 tankers", "the driver was killed
        when militants set ablaze the tanker": a when-clause act no trigger codes as violent harmed the
        passive's subjects when it is done to something (an object) by an armed non-state band
        (ARMED_SECTORS: not "were killed when the government raised prices", nor "a bomb was detonated when
        the SFs convoy was travelling", nor a state force's act: "were killed when troops cordoned off the
        area" may be a fight), never when that subject is of the harmed's own side or a pronoun ("two
        militants were killed when they attacked a post": others killed them)."""
        if not any(c.dep_ == "dobj" for c in clause.children):
            return []
        found = [a for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 for a in self._armed_band(c, clause) or self.party(c, set(), SUBJECT_OWNER_PREPS)
                 if (a.ref.code or "")[-3:] in ARMED_SECTORS]
        harmed = self._each_party([t for v in shared for c in v.children if c.dep_ == "nsubjpass"
                                   for t in [c, *c.conjuncts]])
        if not found or any(same_side(a, h) for a in found for h in harmed):
            return []
        return as_indirect(found)

    def _detached_when_doer(self, verb: Token, shared: list[Token]) -> list[Argument]:
        """"Two policemen were killed and another, identified as X, was injured when unidentified assailants
        opened fire": the parser may hang the when- or as-clause of a violent passive on a word it misread
        (the coordinated passive read as its head, a place noun read as a verb), away from the passive. The
        first when- or as-clause after the passive in its sentence, with nothing but passive participles of
        the same telling between them (no other finite verb), is still the passive's: its subject did the
        harm, read as for a clause hung on the passive (a violent act or a device set off, by its subject;
        another act by an armed subject, `_armed_clause_subject`), never by a pronoun or the harmed's own
        side."""
        sent = sentence_of(verb)
        when = next((t for t in verb.doc[verb.i + 1:sent.end]
                     if t.lower_ in {"when", "as"} and t.dep_ in {"advmod", "mark"}), None)
        if when is None:
            return []
        clause = when.head
        # a clause hung on the passive or its coordinated participles was read above
        if clause.i < when.i or clause.pos_ != "VERB" or is_passive(clause) or clause.head in shared or any(
                t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" and t.dep_ not in {"aux", "auxpass"}
                for t in verb.doc[verb.i + 1:when.i]):
            return []
        passives = [t for t in verb.doc[verb.i + 1:when.i] if t.tag_ == "VBN" and is_passive(t)]
        if not self._violent_chain(clause) and not self._device_set_off(clause):
            return self._armed_clause_subject(clause, shared + passives)
        # a lone "suicide bomber" names no group, as above: only a named one ("a TTP suicide bomber") does
        found = [a for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 and not (c.i in self.mention_entity and self._device_modifier(c))
                 for a in self._armed_band(c, clause) or self._described_group(c, clause)
                 or self.party(c, set(), SUBJECT_OWNER_PREPS)
                 if not _self_blast(clause) or a.ref.entity_id is not None]
        harmed = self._each_party([t for v in shared + passives for c in v.children if c.dep_ == "nsubjpass"
                                   for t in [c, *c.conjuncts]])
        if not found or any(same_side(a, h) for a in found for h in harmed):
            return []
        return as_indirect(found)

    def _foiling_force(self, clause: Token, shared: list[Token]) -> list[Argument]:
        """"Two militants were killed as the Army foiled an infiltration bid", "were killed when troops
        retaliated": the subject of a when- or as-clause of foiling an attempt (`source_words.csv` foil_verb)
        or fighting back (fight_verb) killed the harmed, when every harmed is of a non-state armed band (the
        attempt's side) and the subject is of another side ("a trooper was killed as they foiled an attempt by
        militants": the foilers were harmed, no doer)."""
        if clause.lemma_.lower() not in FOIL_VERBS and not self._fight_verb(clause):
            return []
        found = [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                 for a in self.party(c, set(), SUBJECT_OWNER_PREPS)]
        harmed = self._each_party([t for v in shared for c in v.children if c.dep_ == "nsubjpass"
                                   for t in [c, *c.conjuncts]])
        if not found or not harmed or any(same_side(a, h) for a in found for h in harmed):
            return []
        if not all((h.ref.code or "")[-3:] in ARMED_SECTORS for h in harmed):
            return []
        return as_indirect(found)

    def _device_planter(self, verb: Token, noun: Token) -> list[Argument]:
        """"were killed in an IED blast triggered by Maoists", "were injured in a landmine explosion set off
        by the ELN": a device or its blast (`source_words.csv` device_noun, the noun or its compound) a
        violent passive happened in, with a participle of setting it off or placing it (planter_verb) and that
        participle's by-agent, was the by-agent's act (`_planted_by`), when the agent is coded as an armed
        non-state group (ARMED_SECTORS: militants set off blasts; a group the actor stage took for a state
        force, "Manipur Peoples Army" MIL, is likelier misread than a bomber); never when the agent is of the
        harmed's own side (a blast the victims' own comrades set off is no attack on them)."""
        words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        if not self._violent(verb) or not any(w.lemma_.lower() in DEVICE_NOUNS for w in words):
            return []
        # "sustained injuries in bomb blasts triggered by X": the parser may hang the participle on the noun
        # the in-phrase describes rather than on the blasts
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else None
        found = [a for t in ([noun] if holder is None else [noun, holder])
                 for a in self._planted_by(t, verb) if (a.ref.code or "")[-3:] in ARMED_SECTORS]
        harmed = self._each_party([c for v in _shared_participles(verb) for c in v.children
                                   if c.dep_ == "nsubjpass"])
        if not found or any(same_side(a, h) for a in found for h in harmed):
            return []
        return found

    def _fighting_side(self, verb: Token) -> list[Argument]:
        """"Police personnel retaliated and five suspected militants were killed", "soldiers returned fire
        and three rebels died": a violent passive (or death) of no doer, coordinated after a clause whose
        subject joined the fight (`source_words.csv` fight_verb) or did a violent act, was done by that
        subject; never when the harmed are of the subject's own side ("police fired and two policemen were
        killed" names no doer)."""
        head = verb.head
        if verb.dep_ != "conj" or head is verb or head.i > verb.i:
            return []
        # "20,000 citizens died ... and one agent was killed": the dead of one clause did not kill in the next
        if is_passive(head) or reduced_passive(head) or head.lemma_.lower() in DEATH_VERBS:
            return []
        # a clause far before the passive is another's in a run-on sentence (SATP text, its stops lost)
        if verb.i - head.i > NEAR_CLAUSE or not self._violent(verb) or not self._fight_verb(head):
            return []
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
        found = [a for c in subjects
                 for a in self._armed_band(c, head) or self.party(c, set(), SUBJECT_OWNER_PREPS)]
        harmed_words = [t for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}
                        for t in [c, *c.conjuncts, *prep_words(c, "including")]]
        harmed = self._each_party(harmed_words)
        if not found or any(same_side(a, h) for a in found for h in harmed):
            return []
        return as_indirect(found)

    def _fight_verb(self, verb: Token) -> bool:
        """A verb of joining a fight ("retaliated", "returned fire", "fought back") or a violent act."""
        lemma = verb.lemma_.lower()
        if lemma in FIRE_OBJECT_VERBS:
            return any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children)
        return lemma in FIGHT_VERBS or self._violent(verb, nouns=True)

    def _force_modifier(self, noun: Token) -> list[Argument]:
        """"were killed in a Police encounter", "in an Army ambush": a force's word modifying the fight noun
        names the force that fought (its sector, of the story's country: a guess, as `_force_member`)."""
        for m in noun.children:
            if m.dep_ in {"compound", "amod"} and m.i < noun.i and m.i not in self.mention_entity:
                body = self._body_word(m)
                if body is not None and not body.person and body.sector in FORCE_SECTORS and self.home:
                    return [Argument(ActorRef(None, self.home + body.sector, "article"), True, guessed=True)]
        return []

    def _verb_with_side(self, verb: Token, noun: Token) -> list[Argument]:
        """"were killed in an encounter at Hajin in Bandipora District with the Army": the parser may hang the
        fight's with-phrase on the passive verb; its object is the other side, never one of the harmed's side
        nor a companion ("along with", "together with")."""
        if not (fight_phrase(noun) or self._violent_word(noun, "NOUN")):
            return []
        found = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > noun.i
                 and not any(c.lower_ in {"along", "together"} for c in p.children)
                 for o in p.children if o.dep_ == "pobj" for a in self.party(o, set(), SUBJECT_OWNER_PREPS)]
        harmed = self._each_party([c for c in verb.children if c.dep_ == "nsubjpass"])
        if not found or any(same_side(a, h) for a in found for h in harmed):
            return []
        return found

    def _stray_clause_subject(self, verb: Token, head: Token) -> list[Argument]:
        """"the SP was killed when three armed men riding on a motorcycle intercepted his car and opened
        fire" (SATP text, its commas lost): a violent verb of no subject the parser coordinated with a violent
        passive, after a when- or as-clause of that passive with a subject of its own, is that clause's: its
        doer is the clause's subject, never the one the passive harmed."""
        if not is_passive(head) or not self._violent(head) or not self._violent_chain(verb):
            return []
        for clause in (c for c in head.children if c.dep_ == "advcl" and head.i < c.i < verb.i):
            marks = {m.lower_ for m in clause.children if m.dep_ in {"mark", "advmod"}}
            if not marks & {"when", "as"}:
                continue
            found = [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                     for a in self._armed_band(c, head) or self.party(c, set(), SUBJECT_OWNER_PREPS)]
            if found:
                return as_indirect(found)
        return []

    @staticmethod
    def _device_set_off(verb: Token) -> bool:
        """Whether an active verb, or one coordinated after it, sets off, throws or fires a device
        (`source_words.csv` planter_verb on a device_noun object: "triggered a landmine blast", "hurled a
        grenade", "set off an IED") or is a bomber blowing himself up (self_blast_verb): the act that harmed,
        though no trigger codes it."""
        for v in [verb, *verb.conjuncts]:
            lemma = v.lemma_.lower()
            if v.i >= verb.i and _self_blast(v):
                return True  # "when a TTP suicide bomber blew himself up": the bomber's group
            particle = PLANTER_PARTICLES.get(lemma)
            if v.i < verb.i or lemma not in PLANTER_VERBS or is_passive(v) or (
                    particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in v.children)):
                continue
            objects = [o for o in v.children if o.dep_ == "dobj"]
            if any(w.lemma_.lower() in DEVICE_NOUNS for o in objects
                   for w in [o, *(c for c in o.children if c.dep_ == "compound")]):
                return True
        return False

    def _violent_chain(self, verb: Token) -> bool:
        """Whether a verb or one coordinated after it is violent ("intercepted his car and opened fire")."""
        return any(self._violent(v, nouns=True) for v in [verb, *verb.conjuncts] if v.i >= verb.i)

    def _other_side(self, verb: Token, noun: Token) -> list[Argument]:
        """The side of a two-sided fight the passive subject of a violent verb suffered from, when the
        sentence names both sides and no doer: "four people, including three policemen, were injured during a
        gunfight between police and JeI cadres" (the cadres: the side the harmed are not of); "three TTP
        militants and a soldier were killed during a shootout" (the soldier's side, the state force, against
        the militants). A fight whose sides are not both named, or whose harmed are of neither or both named
        sides, has no doer a coder could name."""
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) or []
        if not (fight_phrase(noun) or any("between" in r.target for r in rows)):
            return []
        # "three militants and a soldier", "four people, including three policemen": each one named; "ten
        # militants were killed and one security man was injured in a clash": coordinated clauses' harmed
        subjects = [c for v in harmed_clauses(verb) for c in v.children if c.dep_ == "nsubjpass"]
        harmed_words = [t for c in subjects for t in [c, *c.conjuncts, *prep_words(c, "including")]]
        harmed = self._each_party(harmed_words)
        # "between police and JeI cadres": each side read on its own (a group named by its members' modifier);
        # "a clash that ensued between police and JeI cadres": the sides may hang on a clause on the noun
        named = [*side_words(noun, "between"), *(t for c in noun.children if c.dep_ == "relcl"
                                                 for t in prep_words(c, "between"))]
        if len(named) >= 2:
            # "three ICS cadres were killed in a clash between JeI ICS cadres and police": a side the harmed
            # share a name or a code with is theirs; so is one they own ("a shootout between their cohorts
            # and Police")
            other = [t for t in named if not _harmeds_own(t) and not any(
                self._named_alike(t, h) or same_side(a, b) for h in harmed_words
                for a in self._each_party([t]) for b in self._each_party([h]))]
            return as_indirect(self._each_party(other)) if 0 < len(other) < len(named) else []
        # "three militants and a soldier were killed in an exchange of fire": both sides among the dead;
        # a coder codes the state force as the one fighting the armed group.
        state = [h for h in harmed if (h.ref.code or "")[-3:] in FORCE_SECTORS]
        armed = [h for h in harmed if (h.ref.code or "")[-3:] in ARMED_SECTORS]
        return as_indirect(state) if state and armed else []

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
            # (a later conjunct lies in the first one's subtree: the first is no other words of the later)
            others = {t.i for c in tok.conjuncts if not c.is_ancestor(tok) for t in c.subtree}
            mine = {eid for t in tok.subtree if t.i not in others and (eid := self.mention_entity.get(t.i))}
            own = [a for a in self.party(tok, set(), SUBJECT_OWNER_PREPS)
                   if a.ref.entity_id in mine or (a.ref.entity_id is None and not tok.conjuncts)]
            # "five militants and three Security Forces (SF) personnel": a conjunct's readers may climb to
            # the phrase it is joined to; what is only another conjunct's is none of this word's
            own = own or self._own_reading(tok)
            found.update(((a.ref.entity_id, a.ref.code), a) for a in own)
        return list(found.values())

    def _own_reading(self, tok: Token) -> list[Argument]:
        """The first reading of a word that names no entity only its conjuncts' words name ("five militants
        and three Security Forces (SF) personnel": a conjunct's readers may climb to the phrase it is joined
        to; "between them and Security Forces": a pronoun's antecedent is its own): its entity, owner, named
        unit, bare role, a force's member."""
        own = {t.i for t in tok.subtree}
        theirs = {eid for c in tok.conjuncts for t in c.subtree
                  if t.i not in own and (eid := self.mention_entity.get(t.i)) is not None}
        for read in (self._own_refs, self._owned_by, self._named_unit, self._bare_role, self._force_member):
            kept = [a for a in read(tok) if a.ref.entity_id is None or a.ref.entity_id not in theirs]
            if kept:
                return kept
        return []

    def _own_refs(self, tok: Token) -> list[Argument]:
        """The entities a word names, as `_refs_of` reads them with nothing excluded."""
        return self._refs_of(tok, set())

    def _owned_by(self, tok: Token) -> list[Argument]:
        """The owner of a word as a subject's owner is read (its of-phrase, its possessor)."""
        return self._owner(tok, set(), SUBJECT_OWNER_PREPS, 0)

    def _named_unit(self, tok: Token) -> list[Argument]:
        """"three Security Forces (SF) personnel", "two BSF jawans": the body a member noun's name modifier
        names (a state force or armed group, never a place: "Kupwara militants" are no Kupwara)."""
        if tok.pos_ != "NOUN" or not (person_noun(tok) or tok.lemma_.lower() in {"man", "personnel"}):
            return []
        return [a for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i < tok.i
                and c.i in self.mention_entity for a in self.refs(c)
                if (a.ref.code or "")[-3:] in FORCE_SECTORS | ARMED_SECTORS]

    def _force_member(self, tok: Token) -> list[Argument]:
        """"one security man", "a police man", "two army men": a person noun a force's word modifies is a
        member of that force (its sector, of the story's country: a guess)."""
        if tok.pos_ != "NOUN" or not (person_noun(tok) or tok.lemma_.lower() in {"man", "person"}):
            return []
        for m in tok.children:
            if m.dep_ in {"compound", "amod"} and m.i < tok.i:
                body = self._body_word(m)
                if body is not None and not body.person and body.sector in FORCE_SECTORS:
                    basis = "article" if self.home else None
                    return [Argument(ActorRef(None, self.home + body.sector, basis), True,
                                     guessed=bool(self.home))]
        return []

    def _stopping_force(self, verb: Token) -> list[Argument]:
        """"the Marines were arrested after Border Patrol agents stopped their vehicle", "were detained when
        police raided the house": an arrest of no doer whose clause of time (after, when, as) has a police,
        military or intelligence body for its subject was made by that body."""
        if not self._police_act(verb) or self._sends_away(verb):
            return []
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and not is_passive(c)):
            marks = {m.lower_ for m in clause.children if m.dep_ in {"mark", "advmod"}}
            if not marks & {"when", "after", "as"}:
                continue
            found = [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                     for a in self.party(c, set(), SUBJECT_OWNER_PREPS)]
            if found and all((a.ref.code or "")[-3:] in FORCE_SECTORS for a in found):
                return as_indirect(found)
        return []

    def _police_of_place(self, verb: Token) -> list[Argument]:
        """"was arrested in Lima", "were detained": an arrest, charge or extradition with no doer named is
        the police's, of the country where it happened (its own in/at place, else its clause's: "serving a
        sentence in the UK after being arrested"), else of the story's home (a guess either way)."""
        if not self._police_act(verb):
            return []
        def named(preps: set[str]) -> list[str]:
            return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                    for o in p.children if o.dep_ == "pobj" and (c := self.phrase_place_country(o))]
        country = next(iter(named({"in", "at"})), "")
        if self._sends_away(verb) and verb.lemma_.lower() not in HANDOVER_VERBS:
            return []  # "had been expelled from Wana": by tribesmen, a party or a state; no police guess
        if not country and self._sends_away(verb):
            # "was extradited from Jamaica to the United States": the country that sends him away; never the
            # one he is sent to ("was extradited to the United States" in a story from Washington).
            country = next(iter(named({"from"})), "")
            if not country:  # the story's home is as often where he is sent to as where he is sent from
                return []
        if not country:
            # "serving a sentence in the UK after being arrested": the place of the clause the arrest's
            # after-phrase hangs on, before the story's home
            country = self._clause_country(verb) or ""
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
        ("was captured in Nuevo Leon" names no captor). An arrest named by a noun with its captive ("in
        protest against the recent arrest of X", "X's capture") is background whose arrester the sentence
        does not give, whoever else it names: none is guessed for it (a passive arrest verb "X was arrested,
        police said" keeps the guess)."""
        lemma = act.lemma_.lower()
        if lemma in HANDOVER_VERBS or self._sends_away(act):
            return "COP"
        if lemma in VERDICT_ACTS and act.pos_ == "VERB":
            return "JUD"  # only a court convicts or sentences: the guess is of which country's, not whose
        if lemma in COURT_ACTS or lemma in COURT_NOUNS or lemma in CHARGE_LEMMAS:
            return "JUD" if self._sentence_names(act, COURT_SECTORS) else ""
        if act.pos_ == "NOUN" and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                      for c in act.children):
            return ""  # "the arrest of X", "X's capture" ("took X into custody" is the taker's verb)
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

    def phrase_place_country(self, tok: Token) -> str:
        """The country of the place a prepositional object names: the object itself when it is a place, else
        the place a common noun is written as being of ("in Colombia's second-largest city", "in Medellin's
        wealthy neighborhood", "at Lima's airport", "in the northern town of Cali"); "" for none."""
        if self._is_place_token(tok):
            return self._place_country(tok)
        if tok.pos_ != "NOUN":
            return ""
        # the possessor first: "in Colombia's city, Medellin" is in Colombia whatever the appositive is
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        owners += [c for c in tok.children if c.dep_ == "appos"]
        return next((c for o in owners if self._is_place_token(o) and (c := self._place_country(o))), "")

    def _police_act(self, verb: Token) -> bool:
        """Whether the verb is an arrest, charge, expulsion or extradition (the trigger row its clause
        matches says so: "captured the drug lord", not "captured the town")."""
        police = verb.lemma_.lower() in POLICE_LEMMAS | COURT_ACTS
        cameo = self.matched_cameo(verb)
        # a verdict found ("was convicted", 116) is a court's act as an arrest is the police's
        verdict = verb.lemma_.lower() in VERDICT_ACTS and cameo.startswith("116")
        return (police and cameo.startswith(POLICE_ACTS)) or verdict

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
        return as_indirect([a for s in suspects for a in self.party(s, set(), SUBJECT_OWNER_PREPS)])

    def _own_act_doer(self, act: Token, depth: int) -> list[Argument]:
        """"He confessed to killing two officers", "the government boasted of having captured a hundred
        Zetas", "was found guilty of killing": an act in the phrase of a word of guilt, boast or confession
        (`party_words.csv` own_act_word, with its preposition) is done by that word's own subject: the verb's,
        the copula's (the one found guilty, passive), or the noun the adjective describes ("a man guilty of
        killing"); [] for any other word (no word of mere ability: "capable of carrying out attacks" tells of
        no act done)."""
        prep = act.head
        if prep.dep_ != "prep" or act.dep_ != "pcomp":
            return []
        word = prep.head
        if OWN_ACTS.get(word.lemma_.lower()) != prep.lower_:
            return []
        # a subject no table codes ("militants, Asim alias Kapri, confessed") leaves the act to other readers
        return [a for a in self._own_act_subject(word, depth) if a.ref.code]

    def _course_owner(self, act: Token, depth: int) -> list[Argument]:
        """"the U.S. policy of deporting gang members", "Mexico's strategy of arresting kingpins", "the FARC
        tactic of kidnapping engineers": a gerund in the of-phrase of a noun of a course of action
        (`party_words.csv` course_noun) is done by the one whose course it is: the noun's own doer (its
        possessor, by-phrase or name before it), else the doer of the verb it is the object of ("pursued a
        policy of arresting"); [] for a course no one is named to follow ("the practice of burying
        victims"), and for a gerund with no object ("the U.S. tactic of negotiating under deadlines" tells a
        manner of acting, no act done to anyone)."""
        prep = act.head
        if act.dep_ != "pcomp" or act.tag_ != "VBG" or prep.lower_ != "of" or prep.dep_ != "prep":
            return []
        if not any(c.dep_ == "dobj" for t in [act, *act.conjuncts] for c in t.children):
            return []
        course = prep.head
        if course.pos_ != "NOUN" or course.lemma_.lower() not in COURSE_NOUNS:
            return []
        own = self.noun_own_source(course)
        if own:
            return as_indirect(own)
        verb = course.head
        if course.dep_ == "dobj" and verb.pos_ == "VERB" and not is_passive(verb):
            return as_indirect(self.verb_source(verb, depth + 1))
        return []

    def _own_act_subject(self, word: Token, depth: int) -> list[Argument]:
        """The subject of an own-act word (`_own_act_doer`): the verb's, the copula's, the noun's."""
        if word.pos_ == "VERB" and word.dep_ not in {"amod", "acomp", "oprd"}:
            # "boasted of having captured", "confessed to killing"; never a passive ("was admitted to ...")
            return [] if is_passive(word) else as_indirect(self.verb_source(word, depth + 1))
        clause = word.head
        if word.dep_ == "amod" and clause.pos_ in {"NOUN", "PROPN"}:  # "a man guilty of killing police"
            return as_indirect(self.party(clause, set(), SUBJECT_OWNER_PREPS))
        if word.dep_ not in {"acomp", "oprd"}:
            return []
        if is_passive(clause):  # "was found guilty of killing": the one found guilty
            return as_indirect([a for c in clause.children if c.dep_ == "nsubjpass"
                                for a in self.party(c, set(), SUBJECT_OWNER_PREPS)])
        return as_indirect(self.verb_source(clause, depth + 1))

    def _behind(self, prep: Token) -> list[Argument]:
        """"LeT was behind the attack", "Maoists are suspected to be behind the killing": the one behind a
        violent act did it (reported)."""
        copula = prep.head
        if copula.lemma_ != "be":
            return self._suspected_behind(prep)
        subjects = [c for c in copula.children if c.dep_ == "nsubj"]
        if not subjects and copula.dep_ == "xcomp":  # "are suspected (believed) to be behind"
            subjects = [c for c in copula.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return as_indirect([a for c in subjects for a in self.party(c, set(), SUBJECT_OWNER_PREPS)])

    def _suspected_behind(self, prep: Token) -> list[Argument]:
        """"The Police suspect the ULFA-I behind the attacks", "sources suspect the hand of the ULFA behind
        the incident", "X is suspected behind the blast": the one a verb laying acts on someone
        (`party_words.csv` attribution_verb) puts behind a violent act did it (reported): the verb's object
        or passive subject, or the owner of the part he is said to have had in it (`source_words.csv`
        involvement_noun: "the hand of X")."""
        head = prep.head
        verb = head if head.pos_ == "VERB" else head.head if head.dep_ in {"dobj", "nsubjpass"} else head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ATTRIBUTIONS:
            return []
        holders = [head] if head is not verb else self._suspects(verb)
        owners = [o for h in holders for o in ([c for c in h.children if c.dep_ == "poss"] or [
            o for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"] if h.lemma_.lower() in INVOLVEMENT_NOUNS else [h])]
        return as_indirect([a for o in owners for a in self.party(o, set(), SUBJECT_OWNER_PREPS)
                          if not self._is_place(a)])

    def _responsible(self, prep: Token) -> list[Argument]:
        """"the militants responsible for gunning down six troopers", "police held the LeT responsible for
        the attack", "the Maoists were responsible for the killing": the one a "for" phrase of an act calls
        responsible (`source_words.csv` responsible_word) did it (reported): the noun the word modifies, the
        object it is said of, or the copula's subject."""
        word = prep.head
        if prep.lower_ != "for" or word.lower_ not in RESPONSIBLE_WORDS:
            return []
        if word.dep_ == "acomp":
            return self._behind(word)
        if word.dep_ == "amod" and word.i > word.head.i:  # "the militants responsible for": never before it
            holders = [word.head]
        elif word.dep_ == "oprd":  # "held the LeT responsible", "the LeT was held responsible"
            holders = [c for c in word.head.children if c.dep_ in {"dobj", "nsubjpass"}]
        else:
            return []
        return as_indirect([a for h in holders for a in self.party(h, set(), SUBJECT_OWNER_PREPS)
                          if not self._is_place(a)])

    @staticmethod
    def _suspects(verb: Token) -> list[Token]:
        """Who an attribution verb names as the doer: its object ("suspected LeT"), or its passive subject
        ("Maoists are suspected")."""
        deps = {"nsubjpass"} if is_passive(verb) else {"dobj"}
        return [c for c in verb.children if c.dep_ in deps]

    def claimant(self, noun: Token) -> list[Argument]:
        """"X claimed (owned up) responsibility for the attack": the one who claims an act did it; "X are
        suspected of the killing", "blamed X for the attack": the one it is laid on (`_attributed`)."""
        laid_on = self._laid_on(noun) or self._involved(noun) or self._consequence_of(noun) \
            or self._agent_of_harm(noun)
        if laid_on:
            return laid_on
        prep = noun.head
        attributed = self._attributed(noun) if noun.dep_ == "pobj" else []
        if attributed or (noun.dep_ == "pobj" and prep.lower_ == "behind"):
            return attributed or self._behind(prep)
        if noun.dep_ == "pobj" and self._violent_word(noun, "NOUN"):
            # "Nunez is believed to be responsible for the murder": the one responsible did it (reported)
            responsible = self._responsible(prep)
            if responsible:
                return responsible
        # "the TTP claimed the kidnapping": a violent act claimed by name
        direct = noun.dep_ == "dobj" and prep.lemma_.lower() in DIRECT_CLAIM_VERBS
        # "claimed responsibility of the attack": text that lost its "for" still claims the act ("took
        # responsibility of the department" is no claim)
        of_act = prep.lower_ == "of" and prep.head.head.lemma_.lower() in OF_CLAIM_VERBS
        if not direct and (noun.dep_ != "pobj" or not (prep.lower_ == "for" or of_act)
                           or prep.head.lemma_.lower() not in CLAIM_NOUNS):
            return []
        verb = prep if direct else prep.head.head
        if not direct and (prep.head.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS):
            return []
        if is_passive(verb) or (direct and not self._violent_word(noun, "NOUN")):
            return []
        # Groups claim attacks, states do not: a bare country read as the claimant is the tail of a group's
        # name the recogniser missed ("Tehreek e Taliban Pakistan").
        claimers = [a for c in verb.children if c.dep_ == "nsubj" and not self.in_dateline(c)
                    for a in self.party(c, set(), SUBJECT_OWNER_PREPS)]
        if not claimers and _subjectless_participle(verb):
            claimers = self.verb_source(verb)
        return as_indirect([a for a in claimers
                          if not (a.ref.code and len(a.ref.code) == 3 and self._has_country(a.ref.code))])

    def _agent_of_harm(self, noun: Token) -> list[Argument]:
        """"Seventeen people were killed and nine injured by six Taliban militants in the attack", "two
        policemen were wounded by militants during the raid": a violent act's noun in the phrase of a passive
        of violence or harm (or of its by-agent, where the parser hangs it) was done by that passive's
        by-agent, the one who did the harm in it (never a place)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or prep.head.i == prep.i \
                or not self._violent_word(noun, "NOUN"):
            return []
        holder = prep.head
        if holder.dep_ == "pobj" and holder.head.dep_ == "agent":
            holder = holder.head.head  # "injured by six militants in the attack": the agent holds the phrase
        if holder.pos_ != "VERB" or not is_passive(holder):
            return []
        verbs = [v for v in [*_shared_participles(main_participle(holder)), holder]
                 if self._violent(v) or v.lemma_.lower() in HARM_VERBS]
        if holder.i not in {v.i for v in verbs}:
            return []
        agents = [o for v in verbs for a in v.children if a.dep_ == "agent"
                  for o in a.children if o.dep_ == "pobj"]
        return as_indirect([a for o in dict.fromkeys(agents)
                          for a in self._armed_band(o, holder) or self.party(o, set(), SUBJECT_OWNER_PREPS)
                          if not self._is_place(a)])

    def _consequence_of(self, noun: Token) -> list[Argument]:
        """"The Maoists blew up a vehicle, resulting in the killing of two leaders", "militants hurled a
        grenade, causing the death of two civilians": a violent act's noun that a participle of consequence
        (`source_words.csv` consequence_verb: "resulting in", "leading to", "causing") hangs on a violent act
        is done by that act's doer, never by one of the harmed's own side."""
        if not self._violent_word(noun, "NOUN"):
            return []
        holder = noun.head
        if noun.dep_ == "pobj":
            holder = holder.head
        lemma = holder.lemma_.lower()
        want = CONSEQUENCE_VERBS.get(lemma)
        if holder.pos_ != "VERB" or holder.tag_ != "VBG" or want is None:
            return []
        if (want == "dobj") != (noun.dep_ == "dobj") or (noun.dep_ == "pobj" and noun.head.lower_ != want):
            return []
        # "blew up one of the vehicles of the convoy in a forested area resulting in the killing": the parser
        # may hang it on the last noun of the verb's object or its phrases
        act = _object_verb(holder.head) if holder.dep_ == "acl" else (
            holder.head if holder.dep_ in {"advcl", "xcomp"} else None)
        if act is None:
            return []
        if act is holder or act.pos_ != "VERB" or is_passive(act):
            return []
        violent = self._violent_chain(act) or self._device_set_off(act)
        # "the Maoists blew up a vehicle, resulting in the killing of": an act no trigger codes as violent
        # leads to a killing by its doer only when that doer is armed (not "the government raised prices,
        # leading to the deaths of")
        found = [a for c in act.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                 for a in self._armed_band(c, act) or self.party(c, set(), SUBJECT_OWNER_PREPS)
                 if violent or (a.ref.code or "")[-3:] in ARMED_DOERS]
        harmed = self._each_party([o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                   for o in p.children if o.dep_ == "pobj"])
        if any(same_side(a, h) for a in found for h in harmed):
            return []
        return as_indirect(found)

    def _denied_part(self, verb: Token) -> bool:
        """"the outfit was not involved in the killing": a verb of taking part in an act (`source_words.csv`
        involved_verb), negated, read as a denial of responsibility (CAMEO 016, its trigger row)."""
        return verb.lemma_.lower() in INVOLVED_VERBS and any(c.dep_ == "neg" for c in verb.children) \
            and self.matched_cameo(verb, "VERB") == DENY_RESPONSIBILITY

    def _involved(self, noun: Token) -> list[Argument]:
        """"GNLA cadres were involved in the abduction", "suspected the involvement of the TTP in the attack",
        "Colombian criminals had a hand in the murder", "the Maoists played a role in the killing": who took
        part in an act (`source_words.csv` involved_verb, involvement_noun) did it (indirect)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
            return []
        holder = prep.head
        lemma = holder.lemma_.lower()
        doers: list[Token] = []
        if any(c.dep_ == "neg" for c in holder.children):
            return []  # "the outfit was not involved in the killing": a denial names no doer
        if holder.pos_ == "VERB" and lemma in INVOLVED_VERBS:
            # "X were involved in", "the men involved in the attack", "the chief implicated officials in the
            # murder" (the one who implicates them is no doer)
            doers = [c for c in holder.children if c.dep_ in {"nsubjpass", "dobj"}]
            if not doers and holder.dep_ == "acl":
                doers = [holder.head]
        elif holder.pos_ == "NOUN" and lemma in INVOLVEMENT_NOUNS:
            # "X's involvement in", "the involvement of X in"; "had a role in" (the verb's subject)
            doers = [c for c in holder.children if c.dep_ == "poss"] or [
                o for p in holder.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
            verb = _governing_verb(holder)
            if not doers and verb is not None and holder.dep_ == "dobj":
                return as_indirect(self.verb_source(verb))
        elif holder.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in INVOLVEMENT_NOUNS
                                           and not any(p.dep_ == "prep" for p in c.children)
                                           for c in holder.children):
            # "had a hand in the murder": the parser hangs the in-phrase on the verb
            return as_indirect(self.verb_source(holder))
        # "the GNLA cadres, Tenrak and Kalmod were involved": each one named, the group first
        return as_indirect([a for a in self._each_party([t for d in doers for t in [d, *d.conjuncts]])
                          if not self._is_place(a)])

    def _laid_on(self, noun: Token) -> list[Argument]:
        """"the attack was blamed on the cartel", "police blamed the killing on Maoists": the one a violent
        act is laid on did it (reported; `party_words.csv` laid_on_verb)."""
        verb = noun.head
        if noun.dep_ not in {"nsubjpass", "dobj"} or verb is noun or not self._violent_word(noun, "NOUN"):
            return []
        prep = LAID_ON_VERBS.get(verb.lemma_.lower())
        if prep is None or (noun.dep_ == "dobj") == is_passive(verb):
            return []
        return as_indirect([a for a in self.prep_objects(verb, prep, set()) if not self._is_place(a)])

    def _sends_away(self, verb: Token) -> bool:
        """An extradition, deportation or expulsion (CAMEO 174): the one sent is seldom of the story's
        country (nor of where he is sent), so only the clause's own place ("in Bogota") places him."""
        pos = "NOUN" if verb.pos_ == "NOUN" else "VERB"
        return self.matched_cameo(verb, pos).startswith("174")  # the row its clause matches

    # -- nouns -------------------------------------------------------------------------------------

    def noun_own_source(self, noun: Token) -> list[Argument]:
        """The doer named inside a nominal trigger's phrase: possessor, "by" phrase, country modifier. The
        possessor of a capture, arrest, release or killing with no of-phrase is the one it was done to
        ("Makled's capture", "his release"), never its doer."""
        for child in noun.children:
            # ("Friday's Iranian missile attack": a day's possessive is the act's time, no owner; the
            # modifier names the doer)
            if child.dep_ == "poss" and not patient_possessor(noun) \
                    and child.ent_type_ not in {"DATE", "TIME"}:
                return self.refs(child) or self._owner_pronoun_subject(child)
        by = self.prep_objects(noun, "by", set())
        if by:
            return by
        done_by = self._done_by(noun)
        if done_by:
            return done_by
        led = self._led_by(noun)
        if led:
            return led
        for child in noun.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.i in self.mention_entity:
                if self._town_modifier(child) or self._device_modifier(child) \
                        or self.patient_modifier(noun, child) or faith_word(child):
                    continue  # ("two Shia lawyers": what they believe, `party_words.csv` faith_word)
                return self.refs(child)
        return self._band_modifier(noun) or self._course_source(noun)

    def _course_source(self, noun: Token) -> list[Argument]:
        """"Sweden announced its promised program of economic sanctions", "the U.S. campaign of air strikes":
        an act's noun in the of-phrase of a noun of a course of action (`party_words.csv` course_noun) is
        done by the one whose course it is, named inside the course's own phrase (possessor, by-phrase, name
        before it); [] when no one is."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
            return []
        course = prep.head
        if course.pos_ != "NOUN" or course.lemma_.lower() not in COURSE_NOUNS:
            return []
        return as_indirect(self.noun_own_source(course))

    def _owner_pronoun_subject(self, poss: Token) -> list[Argument]:
        """"Iran announced that its major offensive against Iraq had ended", "the rebels said their attack
        was aimed at the army": a body's possessive pronoun ("its", "their", `pronouns.OWNER_PRONOUNS`) on an
        act's noun stands for the subject of the nearest clause above the noun, when that subject is a coded
        body or state (no person: "its" is never his) of the pronoun's number, named before the pronoun with
        no other coded body or state between them ("Washington criticised Iran for its attack": two would fit,
        none is read), the noun at most one noun down from the clause, and the clause's verb no verb of
        meeting another's act (`source_words.csv` other_owner_verb: "Iraq repelled their offensive")."""
        if poss.lower_ not in OWNER_PRONOUNS:
            return []
        noun = poss.head
        if noun.dep_ == "dobj" and cancels_object(noun.head):
            return []  # ("the union called off its strike": a cancelled act has no doer to give)
        verb = next((v for v in noun.ancestors if any(
            c.dep_ in {"nsubj", "nsubjpass"} and noun not in c.subtree for c in v.children)), None)
        if verb is None or verb.lemma_.lower() in OTHER_OWNER_VERBS:
            return []
        # ("the SEC authorized the filing of an action against it concerning its waiver of a condition in its
        # offer": a noun deep in other nouns' phrases may be anyone's; one noun between, "extended the
        # expiration of its offer", is near enough)
        if sum(1 for t in noun.ancestors if t.i != verb.i and t.pos_ in {"NOUN", "PROPN"}
               and verb.is_ancestor(t)) > 1:
            return []
        # (the nearest subject before the pronoun: the parser may take a wire's dateline for a first subject,
        # "TEHRAN, March 1 - Iran announced that its ...")
        subject = max((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < poss.i
                       and noun not in c.subtree), key=lambda c: c.i, default=None)
        if subject is None or (eid := self.mention_entity.get(subject.i)) is None \
                or _plural_subject(subject) != (poss.lower_ == "their"):
            return []  # ("Iraq repelled their offensive": "their" is never one state's, "its" never many's)
        entity = self.entities[eid]
        if entity.type == "PERSON" or entity.actor is None or not entity.actor.code:
            return []
        between = {other for i in range(subject.right_edge.i + 1, poss.i)
                   if (other := self.mention_entity.get(i)) is not None and other != eid
                   and self.entities[other].type != "PERSON"
                   and (actor := self.entities[other].actor) is not None and actor.code}
        return [] if between else as_indirect(self.refs(subject))

    def _led_by(self, noun: Token) -> list[Argument]:
        """"was killed during a Rangers led raid", "in a police-led operation", "a US-led strike": the one
        a compound modifier's participle of leading (`source_words.csv` led_participle) names before it led
        the act, and so did it (the parser hangs the leader on the participle, not on the noun)."""
        leaders = [c for m in noun.children if m.dep_ == "amod" and m.i < noun.i
                   and m.lower_ in LED_PARTICIPLES
                   for c in m.children if c.dep_ in {"npadvmod", "compound", "nmod", "nsubj"} and c.i < m.i]
        found = [a for c in leaders for a in self.party(c, set(), SUBJECT_OWNER_PREPS)]
        # "an Army led raid": a force's word the actor stage read as no party is the story's force, as in
        # "an Army ambush" (`_force_modifier`)
        bodies = [b for c in leaders if not found and c.i not in self.mention_entity
                  and (b := self._body_word(c)) is not None and not b.person and b.sector in FORCE_SECTORS]
        if bodies and self.home:
            return [Argument(ActorRef(None, self.home + bodies[0].sector, "article"), True, guessed=True)]
        return found

    def patient_modifier(self, noun: Token, child: Token) -> list[Argument]:
        """"the Petrobras probe", "the Odebrecht indictment": the parties a name before a noun of a state's
        act on someone (`PATIENT_MODIFIER_NOUNS`) names when they are all companies, gangs, parties or armed
        bands (`NONSTATE_PARTY_SECTORS`): the one the act is done to, never its doer; [] for any other
        modifier ("a U.S. probe", "an FBI investigation", "a Reuters inquiry" name who does it)."""
        if noun.lemma_.lower() not in PATIENT_MODIFIER_NOUNS or child.i > noun.i \
                or child.dep_ not in {"amod", "compound", "nmod"} or child.i not in self.mention_entity:
            return []
        found = self.refs(child)
        sectors = {(a.ref.code or "")[-3:] for a in found}
        return found if found and sectors <= NONSTATE_PARTY_SECTORS else []

    def _band_modifier(self, noun: Token) -> list[Argument]:
        """"Four persons were killed in a militant attack", "were injured in a rebel ambush": a word before
        the noun of a violent act people were harmed in (the in- or during-phrase of a passive harm) that
        names a non-state armed or criminal band (`roles.csv`: militant REB, terrorist UAF, criminal CRM)
        names the act's doers, of that sector, placed like any such group (`_placed_group`); never those
        the act is against ("an anti-militant operation"), nor a state force (`_force_modifier` reads
        those). Not for an act told of no one harmed ("after guerrilla attacks", "the terrorist attacks of
        September 11"): a kind of act, or one long past, whose place says nothing of whose band it was."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in IN_EVENT_PREPS or prep.head.i == prep.i:
            return []
        harmed = prep.head
        if harmed.pos_ != "VERB" or not is_passive(harmed) or not (
                self._violent(harmed) or harmed.lemma_.lower() in HARM_VERBS):
            return []
        if not self._violent_word(noun, "NOUN"):
            return []
        for m in noun.children:
            if m.dep_ not in {"amod", "compound"} or m.i > noun.i or m.i in self.mention_entity \
                    or _against_word(m):
                continue
            role = self._body_word(m)
            if role is not None and role.sector in ARMED_SECTORS:
                return [Argument(ActorRef(None, role.sector), True)]
        return []

    def _device_modifier(self, tok: Token) -> bool:
        """"in an Improvised Explosive Device (IED) attack", "a Claymore mine blast": a device modifying an
        act's noun is what it was done with, never a party (its user is); a name the actor stage left uncoded
        whose words name a device (`source_words.csv` device_noun). A coded name keeps ("a Mine Workers
        strike"). A subject so named is no party either (`_subject_party`: "an Improvised Explosive Device
        (IED) exploded")."""
        ent = self.entities[self.mention_entity[tok.i]]
        if ent.actor is not None and ent.actor.code:
            return False
        return any(w in DEVICE_NOUNS for w in normalize(ent.name).split())

    def _group_owner(self, poss: Token) -> list[Argument]:
        """"Corona joined the Arellano Felix organization in the aftermath of its botched attempt to
        assassinate Guzman": a group's possessive pronoun ("its", "their", `pronouns.OWNER_PRONOUNS`) on the
        noun of an intended act that the actor stage left unread owns the act when its sentence names
        exactly one armed or criminal group (a body, not a person, of a coded non-state armed sector) before
        it, and the clause the noun is in has no coded doer of its own; none when it names
        two ("the Zetas fought the Gulf Cartel after its attempt to") or none. Only for an infinitive's noun
        (`_intent_owner`): a bare "their threat" may be no act at all ("to reduce their threat")."""
        if poss.lower_ not in OWNER_PRONOUNS:
            return []
        sentence = sentence_of(poss)
        groups = {eid: i for i, eid in self.mention_entity.items() if sentence.start <= i < poss.i
                  and self.entities[eid].type in GROUP_TYPES
                  and (actor := self.entities[eid].actor) is not None and actor.code
                  and len(actor.code) == 6 and actor.code[3:] in ARMED_SECTORS}
        if len(groups) != 1:
            return []
        return as_indirect(self.refs(self.doc[next(iter(groups.values()))]))

    def _done_by(self, noun: Token) -> list[Argument]:
        """"an attack carried out by Taliban militants", "a VBIED attack conducted by one militant", "the
        ambush claimed by the PLA": the by-agent of a participle of doing (`party_words.csv` doer_verb) on the
        act's noun did the act; "criticism of rises in rates voiced by Baker": of a participle of uttering
        (`source_words.csv` utterance_verb) on a statement's noun or on a noun of its of-phrase (the parser
        hangs it on the last noun), the one who made the statement."""
        acls = [acl for acl in describing_participles(noun) if acl.lemma_.lower() in DOER_VERBS]
        if not acls and self._violent_word(noun, "NOUN"):
            # "the killing of a trafficker ordered by a cartel": the parser hangs the participle on the last
            # noun of the act's of-phrase; a participle of doing there describes the act, not its victim
            acls = [acl for obj in _of_phrase_nouns(noun) for acl in obj.children
                    if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in DOER_VERBS]
        if not acls and self.matched_cameo(noun, "NOUN")[:2] in VERBAL_ROOTS:
            acls = [acl for acl in _of_phrase_nouns(noun) for acl in acl.children
                    if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in UTTERANCE_VERBS]
        return [a for acl in acls
                for agent in acl.children if agent.dep_ == "agent"
                for pobj in agent.children if pobj.dep_ == "pobj"
                for a in self.party(pobj, set(), SUBJECT_OWNER_PREPS)]

    def _town_modifier(self, tok: Token) -> bool:
        """"the Quetta attack", "the Malewada landmine attack", "the Frankfurt meeting": a place that is no
        country, modifying an event noun, is where it happened, not who did it ("the Israeli attack" keeps
        Israel); so is a town the actor stage read as its country (the modifier's own words name none)."""
        ent = self.entities[self.mention_entity[tok.i]]
        return ent.type in PLACE_TYPES and (not self.kb.country_of(ent.name) or self._city_alias(tok.text))

    def _city_alias(self, text: str) -> bool:
        """"Frankfurt", "Muenchen": a city some table lists as an alias of its country (PETRARCH's country
        names) is still a city of 100,000 in the gazetteer, of that country (not a country's name or
        demonym)."""
        key = normalize(text)
        code = self.kb.country_of(text)
        if not code or self.kb.demonyms.get(key):
            return False
        return any(e.iso3 == code and e.feature == "city" and e.population >= CITY_POPULATION
                   for e in place_index().lookup(key))


def _plural_subject(subject: Token) -> bool:
    """Whether a subject names many ("the rebels", "Iran and Iraq", "they"): what "their" may stand for."""
    return subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "they" or any(
        c.dep_ == "conj" for c in subject.children)


def coded_doers(found: list[Argument]) -> list[Argument]:
    """The doers of one act, without the names no table codes when another of them is coded: "the GNLA
    cadres, Tenrak and Kalmod abducted", "Home Minister (UHM) Rajnath Singh held a meeting", "the Ministry of
    Agriculture, Animal Husbandry and Fisheries called": the uncoded names are the coded party's members,
    initials or words of its name, never a second party of their own."""
    if not any(a.ref.code for a in found):
        return found
    return [a for a in found if a.ref.code or a.ref.entity_id is None]


def describing_participles(noun: Token) -> list[Token]:
    """The verbs that describe a noun with a participle or a passive relative clause: its own participle
    children ("a blast triggered by Maoists"), a passive relative clause with a relative pronoun for its
    subject ("the attack that was carried out by gunmen", "an ambush, which was claimed by the PLA"), and a
    past participle set off by commas that the parser hung as an adverbial clause of the verb whose phrase
    the noun ends ("were injured in a pipe bomb blast, triggered by Maoist cadres, in Narayanpur": the
    injured were not triggered, the blast was) — a bare participle with no subject, marker or auxiliary of
    its own, with nothing but punctuation between the noun's phrase and the participle's."""
    found = [c for c in noun.children if c.dep_ == "acl" or (
        c.dep_ == "relcl" and is_passive(c)
        and any(g.dep_ == "nsubjpass" and g.lower_ in {"that", "which"} for g in c.children))]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return found
    doc = noun.doc
    own = {"nsubj", "nsubjpass", "mark", "aux", "auxpass"}  # a clause of its own, not a bare participle
    return found + [c for c in prep.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i
                    and not any(g.dep_ in own for g in c.children)
                    and all(t.is_punct for t in doc[noun.right_edge.i + 1:c.left_edge.i])]


def _addressees(appeal: Token, complement: Token) -> list[Token]:
    """"Called on the Treasury Department to open an investigation", "appealed to the UN to send a mission":
    the objects of a verb of appeal's addressee preposition (`source_words.csv` addressee_prep) before its
    infinitive, who would do what is asked; [] for any other verb or preposition."""
    return [o for p in appeal.children if p.dep_ == "prep" and p.i < complement.i
            and (appeal.lemma_.lower(), p.lower_) in ADDRESSEE_PREPS
            for o in p.children if o.dep_ == "pobj"]


def _own_side_harm(doer: Argument, harmed: Argument) -> bool:
    """Whether a blast or act that harmed `harmed` cannot be `doer`'s attack: the same entity, or the same
    code for a doer other than an armed non-state group ("a CRPF patrol triggered an IED killing two jawans":
    a mine stepped on; an armed group's blast on a rival or a former cadre of its own code is an attack)."""
    if doer.ref.entity_id is not None and doer.ref.entity_id == harmed.ref.entity_id:
        return True
    return same_side(doer, harmed) and (doer.ref.code or "")[-3:] not in ARMED_SECTORS


def _band_noun(noun: Token, role: Role | None) -> bool:
    """Whether an antecedent names people who act: a plural ("militants who", "prosecutors who"), a person
    role ("a gunman who"), or a band word ("a criminal group that", `source_words.csv` described_group,
    band_part, occupant_noun); not a singular body or mass noun ("intelligence which": information)."""
    if noun.tag_ in {"NNS", "NNPS"} or (role is not None and role.person):
        return True
    return noun.lemma_.lower() in DESCRIBED_GROUPS | BAND_PARTS | OCCUPANT_NOUNS


def _body_noun(noun: Token) -> bool:
    """Whether an antecedent is a body of people that acts for its owner: a delegation, mission, commission,
    committee or company unit (`source_words.csv` org_group, led_group, company_unit)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in source_words("org_group") or lemma in source_words("led_group")
                                    or lemma in source_words("company_unit"))


def _doer_noun(noun: Token) -> bool:
    """Whether a noun a relative clause or participle hangs on may be the one who acts: a common or proper
    noun that is no time, amount or number ("at 1.15 pm killing two": the parser's misplaced participle), no
    installation ("a police post which killed two officers": the attack on it killed) and no operation
    ("the encounter which killed": its sides are read as the act's own); a device is read by its planter."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in NOT_DOER_ENTS:
        return False
    return noun.lemma_.lower() not in INSTALLATIONS | OPERATION_NOUNS


def _subjectless_participle(verb: Token) -> bool:
    """"The group first appeared in 2011, claiming responsibility for the killing": an -ing clause with no
    subject of its own, hung on a clause, whose doer is that clause's subject (read by `verb_source`)."""
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _shared_participles(verb: Token) -> list[Token]:
    """A passive participle and the participles coordinated with it, which share its phrases: "were killed
    and six injured in an ambush", "seven policemen were killed and three others injured in an attack" (the
    parser may make "three others" the conjunct and "injured" its participle)."""
    out = [verb]
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN":
            out.append(c)
        elif c.dep_ == "conj" and _suffered_harm(c):
            # "two troopers were killed and another sustained injuries in a blast triggered by X" (or "when
            # militants fired"): the parser may make the injuries a conjunct noun, the verb its modifier
            out.append(c)
        elif c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "NUM"}:
            out.extend(p for p in c.children if p.dep_ == "acl" and p.tag_ == "VBN")
        elif c.dep_ == "conj":
            # "... were killed and three others injured in an attack by X reports Y" (punctuation lost): the
            # parser may make "three others" the subject of the next verb, "injured" still its participle
            out.extend(p for s in c.children if s.dep_ == "nsubj" and s.i < verb.i + 6
                       for p in s.children if p.dep_ == "acl" and p.tag_ == "VBN")
    return out + [p for p in credited_passives(verb) if p not in out]


def _credit_verb(tok: Token) -> bool:
    """An inverted news credit's verb ("reports" in "..., reports Daily Excelsior"): its subject is a credit
    (`pronouns.news_credits`)."""
    if tok.lower_ not in CREDIT_WORDS:
        return False
    credits = news_credits(tok.doc)
    return any(c.dep_ == "nsubj" and c.i in credits for c in tok.children)


def credited_passives(verb: Token) -> list[Token]:
    """"Three militants were killed and seven SF personnel were injured in an encounter on May 2, reports
    Daily Excelsior": the parser may make the credit's verb a conjunct of the first passive and the second
    passive that verb's complement; the passive joined to `verb` so, either way, as a coordinated one is."""
    found = [p for c in verb.children if c.dep_ == "conj" and c.i > verb.i and _credit_verb(c)
             for p in c.children if p.dep_ == "ccomp" and verb.i < p.i < c.i and is_passive(p)]
    credit = verb.head
    if verb.dep_ == "ccomp" and credit.dep_ == "conj" and verb.i < credit.i and _credit_verb(credit) \
            and credit.head.i < verb.i and is_passive(credit.head):
        found.append(credit.head)
    return found


def _suffered_harm(noun: Token) -> bool:
    """"Sustained injuries" read as a noun its verb modifies (`party_words.csv` suffer_verb)."""
    return noun.pos_ == "NOUN" and any(
        m.dep_ == "amod" and m.i < noun.i and m.lower_.startswith(tuple(SUFFER_VERBS)) for m in noun.children)


def harmed_clauses(verb: Token) -> list[Token]:
    """The passive clauses whose subjects were harmed in one act: the verb, the participle it shares its act
    with, and passives coordinated with either ("ten militants were killed and one security man was injured in
    a clash")."""
    found = [verb, main_participle(verb)]
    if verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head):
        found.append(verb.head)
    found += [c for v in list(found) for c in v.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
              and is_passive(c)]
    found += [p for v in list(found) for p in credited_passives(v)]
    return list(dict.fromkeys(found))


def _stray_when(clause: Token) -> bool:
    """"were injured when suspected LeT militants attacked the convoy": the parser may hang "when" on a
    word of the clause's subject ("suspected") and make the clause a complement or a conjunct; a clause
    whose first word is "when", hung so, is a when-clause all the same."""
    first = clause.doc[clause.left_edge.i]
    word = first.head  # "suspected"
    return clause.dep_ in {"ccomp", "conj"} and clause.pos_ == "VERB" and first.lower_ == "when" \
        and first.dep_ == "advmod" \
        and word.dep_ == "amod" and word.head.dep_ == "nsubj" and word.head.head.i == clause.i


def _after_act(clause: Token) -> bool:
    """"A trooper was killed after Maoists attacked the camp", "were injured after militants lobbed a
    grenade": an after-clause in the simple past, right after the harm (no "two days after": a measured
    interval tells an earlier act), whose subject is a noun (a pronoun there is most often the harmed
    themselves: "were killed after they attacked a post"), tells the act that harmed, as a when-clause
    does."""
    after = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "after"]
    if not after or list(after[0].children) or clause.tag_ != "VBD" \
            or any(c.dep_ == "npadvmod" for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in clause.children)


def _self_blast(verb: Token) -> bool:
    """"A suicide bomber blew himself up" (`source_words.csv` self_blast_verb, with "up" and a reflexive)."""
    return verb.lemma_.lower() in SELF_BLAST_VERBS \
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) \
        and any(o.dep_ == "dobj" and o.lower_ in REFLEXIVES for o in verb.children)


def _harmeds_own(side: Token) -> bool:
    """A fight's side named as the harmed's own by a possessive pronoun ("their cohorts", "its men")."""
    return any(c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in side.children)


def _object_verb(noun: Token) -> Token | None:
    """The verb whose object or prepositional phrase holds a noun, down any phrases ("blew up one of the
    vehicles of the convoy in an area": blew); None when the noun is in no such phrase (a subject)."""
    node = noun
    for _ in range(OBJECT_CHAIN):
        if node.dep_ in {"dobj", "prep"} and node.head.pos_ == "VERB":
            return node.head
        if node.dep_ not in {"pobj", "prep", "conj", "appos", "compound"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _of_phrase_nouns(noun: Token) -> list[Token]:
    """The noun and the nouns of its chain of of- and in-phrases ("criticism of rises in West German rates":
    criticism, rises, rates)."""
    out = [noun]
    node = noun
    for _ in range(3):
        nxt = next((o for p in node.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                    for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}), None)
        if nxt is None:
            break
        out.append(nxt)
        node = nxt
    return out


def _against_word(tok: Token) -> bool:
    """"anti-militant", "counter-insurgent": a word naming those an act is against, not its doers."""
    doc = tok.doc
    prefix = doc[tok.i - 2].lower_ if tok.i >= 2 and doc[tok.i - 1].text == "-" else ""
    return prefix in AGAINST_PREFIXES or any(tok.lower_.startswith(p) for p in AGAINST_PREFIXES)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through one preposition ("made proposals", "followed up
    on his threat"); None when it is none's."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head is not noun else None


def _purpose_phrase(noun: Token) -> bool:
    """Whether a noun is that of an in-phrase of purpose on a verb ("in order to", "in a bid to", "in an
    effort to": `source_words.csv` purpose_noun), which says why the verb's doer acted, not who else would
    act: no owner of its own ("in its bid to" is read by the possessor) and hung on "in"."""
    return noun.lemma_.lower() in PURPOSE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and not any(c.dep_ == "poss" for c in noun.children)


def _told_subject(verb: Token) -> bool:
    """Whether a verb's doer is told as a subject: its own, or that of the verb it is coordinated with or
    the complement of ("police reached the station and resorted to firing", "agreed to issue shares"); not
    a participle on a noun ("investors looking to buy a stake": which clause's doer is not said) nor a
    generic "you" or "one" ("in order to arrest a person you had to prove ...": no one's act)."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in {"conj", "xcomp"} \
            and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(c.lower_ not in GENERIC_PRONOUNS for c in subjects)


def fight_phrase(noun: Token) -> bool:
    """"an exchange of fire", "an exchange of gunfire": a phrase for a fight whose head word alone is none
    (`fight_phrase` in data/party_words.csv)."""
    return any(f"{noun.lemma_.lower()} of {o.lemma_.lower()}" in words("fight_phrase")
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def _told_fight(noun: Token) -> bool:
    """Is the fight noun one the story has told: "the encounter", "the ensuing gunfight", "a subsequent
    exchange of fire" (`source_words.csv` told_fight_word)?"""
    return _definite(noun) or any(c.dep_ == "amod" and c.lower_ in TOLD_FIGHT_WORDS for c in noun.children)


def _gunfight(noun: Token) -> bool:
    """Is the noun a gunfight of two armed sides: "encounter", "gunfight", "shootout", "gun battle",
    "retaliatory fire" (`source_words.csv` gunfight_noun, a word or "modifier noun"), "exchange of fire"
    (`fight_phrase`)? Not "clash" or "fighting" (protesters, rival gangs, or parties far from the one
    told)."""
    compounds = [f"{c.lower_} {noun.lemma_.lower()}" for c in noun.children if c.dep_ in {"compound", "amod"}
                 and c.i < noun.i]
    return fight_phrase(noun) or bool({noun.lemma_.lower(), *compounds} & GUNFIGHT_NOUNS)


def _side_kind(code: str | None) -> str | None:
    """The side of a fight a code's sector is on: "band" (an armed non-state band), "force" (a state force),
    else None."""
    sector = (code or "")[-3:]
    return "band" if sector in ARMED_SECTORS else "force" if sector in FORCE_SECTORS else None


def _definite(noun: Token) -> bool:
    """Is the noun told with "the", "this" or "that": one the story has told?"""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)


def _tells_again(tok: Token, told: frozenset[str]) -> bool:
    """Does the word name again what the lead told: a proper name of the lead ("the IRB men", "at
    Chargaon"), or a noun of the lead or a happening told with "the" or "this" ("the incident")?"""
    if tok.pos_ == "PROPN":
        return tok.lower_ in told and tok.ent_type_ not in {"DATE", "TIME"}
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in told and _definite(tok)


def _told(sent: Span) -> frozenset[str]:
    """What a later sentence may tell again of the lead (`_tells_again`): the lemmas of its nouns and
    verbs, its proper names and the happening nouns ("the incident")."""
    return frozenset(t.lemma_.lower() for t in sent if t.pos_ in {"NOUN", "VERB"}) | cue_words("happening") \
        | frozenset(t.lower_ for t in sent if t.pos_ == "PROPN")


def _days(sent: Span) -> frozenset[str]:
    """A sentence's time phrases, lower-cased: a later sentence naming another day has left its incident."""
    return frozenset(e.text.lower() for e in sent.ents if e.label_ in {"DATE", "TIME"})


def _described_apart(noun: Token, told: frozenset[str]) -> bool:
    """Does a noun told with "the" carry a phrase of its own with a name the earlier sentence did not name
    ("the attack on a bank in Quetta" after "Two drivers were shot dead in Turbat"): another act of its
    kind? ("the attack in an email to reporters" names none.)"""
    return any(t.pos_ == "PROPN" and t.lemma_.lower() not in told
               for p in noun.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS | TARGET_PREPS
               for o in p.children if o.dep_ == "pobj" for t in o.subtree)


def _several_incidents(sent: Span) -> bool:
    """Does the sentence tell of several incidents ("were killed in separate incidents", "in two different
    attacks"): a happening noun modified by a word of another incident (date_cues.csv `new_incident`)?"""
    turns, happenings = cue_words("new_incident"), cue_words("happening")
    return any(t.lower_ in turns and t.dep_ in {"amod", "det"} and t.head.lemma_.lower() in happenings
               for t in sent)


def _names_a_day(text: str) -> bool:
    """Does a date phrase name a time other than the report's own day: not "that night", not a habit's
    times ("every day"), nor a bare number the recogniser took for a date ("Sunil Paul, 65,": an age;
    "(JK05 9135)": a number plate)?"""
    words = {w.lower() for w in text.split()}
    if text.split()[0].lower() in RECURRING_WORDS:
        return False  # "Every day, around sunset, there is a dhamaal here": a habit, no day of its own
    return not words <= SAME_DAY_WORDS and (any(c.isalpha() for c in text) or YEAR.search(text) is not None)


def _act_kind(code: str) -> str:
    """The kind of act an incident goes on with: an abduction (181), else any violence."""
    return ABDUCTION if code.startswith(ABDUCTION) else "violence"


def _means_gerund_of(verb: Token) -> Token | None:
    """"fought crime by investing in agencies designed to fight DTOs and signing an agreement": a gerund the
    parser coordinated with an infinitive ("to fight ... and signing") is no conjunct of it (a gerund never
    coordinates with a to-infinitive); it goes with the gerund of means or time above it ("by investing"),
    whose doer is its own."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    return next((a for a in head.ancestors if a.dep_ == "pcomp" and a.tag_ == "VBG" and a.i < verb.i), None)


def _tells_captive(subject: Token, captive: Token) -> bool:
    """Whether a passive's subject tells again the captive of the sentence before: the same noun with a
    definite or no determiner ("the villager" after "a villager"), or a personal pronoun of its number
    ("they" after "two traders", "he" after "a trader")."""
    plural = captive.tag_ in {"NNS", "NNPS"} or any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1"} for c in captive.children)
    word = subject.lower_
    if subject.pos_ == "PRON":
        return word in {"they", "them"} if plural else word in {"he", "she"}
    if subject.pos_ != "NOUN" or subject.lemma_.lower() != captive.lemma_.lower():
        return False
    return all(c.lower_ in {"the", "both", "all"} for c in subject.children if c.dep_ == "det")


def _one_band(subject: Token) -> bool:
    """Whether a subject names one plural band by its own words: many by its noun (`plural_band`), not two
    joined ("Maoist cadres and ULFA militants": either), and no name with a number in it ("The Barrio 18")."""
    return plural_band(subject) and not any(c.dep_ == "conj" for c in subject.children) \
        and not (subject.pos_ == "PROPN" and subject.tag_ != "NNPS")
