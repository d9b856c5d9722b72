"""Whom: an event's target (`verb_targets`), on the source reader (`sources.py`).

Targets: where the trigger rule says (direct object, passive subject, a preposition's object). When the row's
target readings find nothing, the clause is searched: "between X and Y", a dative, the verb's party
prepositions (with, to, against, into, on, at), and for appeals the party the appeal is about ("called for
reforms in how Indonesia ..."). The subject of a passive verb is its target; the subject of a verb of dying is
the dead, the target of the killing.

The one a killing, attack, abduction, arrest or release is done to (`_affected`) is a person, never a place;
an unnamed person described by a word ("two tribal youths", "four dealers") or named by "identified as X" is
that target; an uncoded person, or a sector of no country, gets the country of the clause's place, else of the
story, and a sector from his description or his part (victim of non-state doers CVL, arrested for a crime
CRM), marked `basis="inferred"`. With no doer named, the victim of a violent act told as one ("was shot
dead", "were injured in an attack", not "killed in a road accident") is still its target when a country is
known. A body's vehicle, unit or post ("a police mobile van", "it" for one named before) is the body;
premises whose kind alone says what kind of body owns them ("a mobile tower", "the tehsil office":
`party_words.csv` premises_owner) are a body of that sector of the place's country, and so is a unit named by
its task alone ("fired upon the search party": the security forces, MIL; "Police search parties": police);
a person's thing is its owner's, one described and named by a naming phrase being the one named ("at the gate
of a businessman identified as X": X); a
gathering attacked ("fired on a musical event") is the civilians at it; what is seized is no party, the one it
was taken from is (with no from-phrase, those arrested in the act told with it: "arrested 15 smugglers and
seized 13 vehicles"); the maker of a plan or statement named by a participle's by-phrase is its owner.

A refusal is done to the giver of what is refused ("refused to accept guarantees from the Bank of Brazil"),
the maker of the proposal ("rejected the call of X", "the resolution proposed by X") or the other party of the
act refused ("refused to negotiate with the Democrats"); a measure lifted or ended names its target ("lifts
blockade of Qatar", "sanctions imposed on Eritrea"); a company's holding is its owner's ("the refining
business of Getty Oil"); a relative pronoun object is the noun it stands for ("Getty, which Texaco agreed to
buy"); a law (`party_words.csv` law_word) is never a party.

A passive in a time phrase with no subject of its own ("fled after being threatened by X", "were forced to dig
graves before being killed") acts on the subject of the clause it hangs on; a common noun for a person set off
by an apposition naming one person ("the senator's wife, X, was arrested") is that person, not the possessor;
a forceful act (CAMEO 17-20) aimed at a party by a participle on what it is done with ("hurled a grenade
targeting CRPF personnel", "were killed as militants fired a rocket targeting an FC camp") is done to that
party, not to a passer-by it harmed (police or troops it harmed stay its target).

A purchase (`BUY_WORDS`: "bought", "agreed to acquire", "the purchase of") is a deal with the seller its
from-phrase names ("agreed to buy Occidental Life from TransAmerica", "the purchase of 20 pct of X from
Preussag"): the seller, a named party or a country, is the target rather than what was bought; a place that is
only where the thing lies is none ("bought a mill from Ontario"). Turning down (or taking up) an act done to
no one names its doer by its of-phrase ("rejected the resignation of Craxi's government": the government).

A strike (CAMEO 143) is against the employer, the organisation an at-phrase names as the workplace or its
owner ("workers at a General Motors plant struck"); a party preposition's object that names no one gives way
to the named instances it is told by ("with criminal groups such as the Zetas"); a party the parser made the
subject of a clause under the preposition is its object ("met with X, a Texas Democrat, to discuss"); and a
party named in a clause on the speaker's own phrase is no speaker ("Seixas, who met with Rhodes, told").

A meeting's, agreement's or cooperation's with-phrase the parser hung on the noun of its where, when or manner
phrase names its other party (`adjunct_partner`: "reached an agreement yesterday in federal court with USAir",
"agreed to form a venture in factory automation with Matsushita"; a named party, never a place).

A visit that names no host (`visit_host`) goes where the same visitor's visit told just before went ("the trip
to Tokyo by Howard ... during his trip"); one told as "visiting X" or "a visit here" is to the country of the
story's (or the digest section's) dateline when the visitor is of another known country.

"The attack" told again after the lead with no target of its own ("fled after carrying out the attack", "the
TTP claimed responsibility for the attack") was done to the one party the lead's violent acts were done to
(`incident_target`), as its doer is the lead's band (`sources._incident_doer`).

Coordinated verbs of one form with nothing of their own between them share the object after the last
(`_shared_object`: "troops detained and questioned X", "failed to investigate or prosecute X"): the parser
hangs it on the last verb only.

"Who" stands for a person, never for the place, time or uncoded name the parser hung its clause on: "freed
13 persons in Kalaya of Orakzai Agency who were abducted" were the persons (`PartyReader._placed_person`), and
"27 people in Peten" with Peten typed a nationality are no one's but where they were. The object of a verb
the parser took for a first subject of an inverted credit ("hacked to death X, a grocer, reports The Daily
Star") is the verb's object (`_credited_object`).

An object "him"/"her" no named person fits stands for the one person its sentence names before it by a word
for a person ("the trader went to the market when gunmen fired on him"), else for the previous sentence's
passive subject when a person ("A doctor, identified as X, was shot dead. The militants fired at him"):
`_person_before`; an object "them" of an arrest, release or threat, for the plural people told before it
(`PartyReader._victims`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..actors.knowledge import normalize
from ..actors.layout import last_section_dateline, read_layout
from ..actors.pronouns import agrees
from ..actors.role_phrases import charged_sector
from ..actors.titles import charge_keeps_role
from ..extensions import doc_text, first_conjunct, sentence_list, sentence_of
from ..model import ActorRef
from .lexicon import EventLexicon
from .parties import (
    ACCUSATIONS,
    ARMED_SECTORS,
    COLLECTIVES,
    DOCUMENTS,
    FORCE_SECTORS,
    FORMER_WORDS,
    HARM_VERBS,
    IN_EVENT_PREPS,
    INSTALLATIONS,
    KIN_NOUNS,
    MAX_CLAUSE_HOPS,
    OWNED_THINGS,
    OWNER_PREPS,
    PERSON_PRONOUNS,
    PLACE_TYPES,
    POLICE_ACTS,
    PROPOSALS,
    RELATIVE_PRONOUNS,
    STATE_SECTORS,
    SUBJECT_OWNER_PREPS,
    SUBJECT_PRONOUNS,
    UNPLACED_SECTORS,
    VIOLENT_ROOTS,
    WHERE_PREPS,
    Argument,
    as_indirect,
    clause_verb,
    doer_words,
    force_sector,
    is_passive,
    member_noun,
    nonstate,
    person_noun,
    reduced_passive,
    same_side,
    sector_of_word,
    small_clause,
    to_infinitive,
)
from .party_words import SIDES_PREPS, values, words
from .sources import INCIDENT_BASIS, SourceReader

# codes of bodies of no one country that still say who they are ("IGOUNO", "NGOAMN", "MNCUSA")
BODIES_ABROAD = frozenset({"IGO", "NGO", "MNC"})
THREATEN = "13"  # threaten: a conditional threat is made to the one who must act
WARNING_CODES = (THREATEN, "012")  # threats and warnings: never made to the doer's own state
# Sectors of a state itself (with the bare country code): a threat by one of them is never made to another
STATE_ITSELF_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
CONDITION_MARKS = frozenset({"unless", "if"})  # "unless they relented": the condition another party must meet
# Where a clause names the other party when the row's own target readings find nothing.
PARTY_PREPS = ("between", "with", "against", "into", "to", "on", "at")
FORUM_PREPS = frozenset({"with", "to"})  # "a complaint with GATT", "complained to GATT": the body it goes to
DISAPPROVE = "11"  # CAMEO 11x: criticise, accuse, complain, sue
STRUCK_OWNER_PREPS = frozenset({"of"})  # "at the house of X": whose a struck thing is
# where a device went off, for a bombing whose row reads no target ("a bomb exploded *at* the residence of X",
# "*inside* the gate of a building belonging to X", "*in* front of the house of X")
DEVICE_SITE_PREPS = ("at", "inside", "outside", "in", "on")
BOMBING_ROOT = "18"  # unconventional violence: the bombing rows (183) whose device is their subject
PREP_VARIANTS = {"on": ("on", "upon"), "into": ("into", "inside")}  # a row's preposition and its variants
TOWARD_PREPS = ("to", "into", "against")  # where what is sent goes: "sent troops to Cambodia"
APPEAL_ABOUT_PREPS = ("for", "on", "about")  # "called for reforms in how Indonesia manages": Indonesia
SUMMON_VERBS = words("summon_verb")  # "summoned the ambassador to protest": the ambassador is protested to
GATHERINGS = words("gathering")  # "fired on a musical event": the people at it
# Verbs whose row names no target but whose object is another's thing: "rejected an IMF program", "rejected
# the offer by Regal", "denied Iran's accusation": the owner of what is turned down or taken up is the target.
OWNER_TARGET_VERBS = frozenset({"reject", "deny", "refuse", "veto", "accept", "rebuff", "spurn", "dismiss",
                                "decline", "refute"})
# "refused to sign OPEC's pact", "declined to endorse the IMF plan": taking up another's instrument
ADOPT_VERBS = frozenset({"sign", "endorse", "ratify", "approve", "join"})
REFUSALS = frozenset({"refuse", "decline", "reject"})  # "refused to negotiate with X": X is refused
REFUSED_PREPS = ("with", "to", "from", "against")  # "refused to sell wheat to X"
# "agreed to buy rice from X": the other party of the agreed act
COMPLEMENT_TARGET_PREPS = ("against", "on", "with", "of", "to", "from")
RELEASE_ACTS = ("084",)
PROPERTY_ROOTS = frozenset({"17", "18", "19", "20"})  # force and coercion: what they strike lies somewhere
ARREST = "173"  # arrest or detain
VERDICT = "116"  # find guilty or liable: the convicted is placed and described as the arrested
STRIKE = "143"  # conduct a strike: against the employer
EXAMPLE_PREPS = frozenset({"like", "including"})  # "companies like Shell": the instances a noun is told by
# "fought each other", "kill one another": the reciprocal pronoun stands for the subject's own members (a
# closed set of English grammar)
RECIPROCAL_PRONOUNS = frozenset({"each other", "one another"})
RECIPROCAL_PREPS = frozenset({"with", "against", "at", "on"})  # "battling with each other"
CLAIM = "015"  # claim responsibility: for an act, whose target is the claim's
DENIAL = "016"  # deny responsibility: what is denied is an accusation, whose maker is the target
MAKER_PREPS = frozenset({"by", "from"})  # "denied charges by X", "rejected an offer from X"
SEIZURE = "171"  # seize or damage property: what is seized is no party, the one it is taken from is
# "an IDP identified as Dure Kamil", "a trader named Ali": the phrase that names the one described.
NAMING_VERBS = frozenset({"identify", "name", "call"})
LAW_WORDS = words("law_word")  # "the Financial Services Act": a law is no party
FOREIGN_WORDS = words("foreign_word")  # "asked foreign banks to": no body of the story's home
PROTEST = "14"  # protest: "in protest at X's decision" is against X
PROTEST_PREPS = frozenset({"at", "against", "over"})  # "in protest at/against/over X"
# what a protest objects to that names its owner: "the Bank's decision", "the government's new laws"
PROTEST_INSTRUMENTS = PROPOSALS | LAW_WORDS
# the demand a protest is held for: "marched to demand a better deal from Brussels" is against Brussels
PROTEST_DEMAND_VERBS = words("protest_demand_verb")
PROTEST_PRESSED = frozenset(w for w, v in values("protest_demand_verb").items() if v == "object")
SUFFER_VERBS = words("suffer_verb")  # "two soldiers sustained injuries when militants attacked": the soldiers
HARM_CLAUSE_MARKS = frozenset({"when", "as", "after"})  # "were injured when militants attacked a post"
ESCAPE_VERBS = values("escape_verb")  # "had a narrow escape when Maoists triggered a landmine": aimed at him
SAME_MOMENT_MARKS = frozenset({"when", "as"})  # "was injured when a bomb exploded": the blast is its act
CARRIERS = values("carrier_verb")  # "fired at a bus carrying pilgrims": the pilgrims; value: the preposition
LAID_ON = values("laid_on_verb")  # "blamed the attack on X": X is blamed
MEASURE_VERBS = words("measure_verb")  # "lifts the blockade of Qatar": the doer's own measure
HOLDINGS = words("holding")  # "the refining business of Getty Oil": the owner is the party
# "a construction company", "a private firm": a description any company's name fits (not "group", "bank")
COMPANY_WORDS = frozenset(word for word, value in values("description").items() if not value)
QUANTITIES = words("quantity_word")  # "dozens of supporters of X": the supporters are the party
# "set ablaze a mobile tower", "looted a bank": premises whose kind names its owner's sector (value)
PREMISES_OWNERS = values("premises_owner")
PREMISES_KIND_WORDS = 2  # words before a premises noun that may name its kind ("mobile phone tower")


# "fled after being threatened", "were killed before being identified", "without being caught": time and
# manner prepositions whose passive complement tells what was done to the clause's subject
ADJUNCT_PASSIVE_PREPS = frozenset({"after", "before", "upon", "on", "without", "while", "since"})
MAX_CLIMB = 3  # infinitives and conjuncts climbed to a subject ("were forced to dig ... before being")
# "detained and questioned X", "investigate or prosecute X": the words that may stand between coordinated
# verbs sharing the object after the last of them
SHARED_OBJECT_JOINS = frozenset({"and", "or", ","})

# "a grenade targeting CRPF personnel", "attacks aimed at police stations", "raids directed against the gang":
# a participle on an act or on what it is done with names whom it was meant for (the preposition, or "" for
# the participle's own object)
AIM_PARTICIPLES = {"target": "", "aim": "at", "direct": "at"}
AIM_PREPS = ("at", "against")
AIM_INFINITIVES = frozenset({"target"})  # "fired rockets to target a camp": the aim of a forceful act
PLACING_VERBS = frozenset({"plant", "place", "lay"})  # "planted a bomb to target X": placed, not yet set off

AGREEMENT_ROOTS = frozenset({"03", "05", "06"})  # intents, agreements, cooperation: what they are to do
# meetings, agreements, cooperation: "met with X to negotiate a merger" negotiates with X
MEETING_ROOTS = frozenset({"03", "04", "05", "06"})
# appeals and demands: "called for the government to sell gold coins" is made to the government
ASKING_ROOTS = frozenset({"02", "10"})
# an object "them" of these acts may stand for a group the same doer acted on a few sentences before
THEM_ROOTS = frozenset({"02", "10", "11", "12"})
THEM_SENTENCES = 5
OBJECT_PERSONS = frozenset({"him", "her"})  # an object pronoun for one person (`_person_before`)
# what a rejection (12x) answers: an appeal or request, an offer or promise, a demand
PROPOSING_ROOTS = frozenset({"02", "03", "10"})
# "the request", "this offer": an article pointing back to something told before
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
NONPERSONAL_PRONOUNS = frozenset({"it", "they", "them"})  # may stand for a body or a country named before
# "acquired Valvoline from Ashland", "the purchase of shares from Donald Trump": buying words whose
# from-phrase names the seller, the other side of the deal
BUY_WORDS = frozenset({"buy", "acquire", "purchase", "acquisition", "repurchase", "buyback"})
# a sale's other side is its buyer, never what is sold or its owner
SELL_WORDS = frozenset({"sell", "divest"})
VISIT = "042"  # make a visit: to the host
VISIT_WORDS = frozenset({"visit", "trip", "tour", "journey"})  # "during his trip": an earlier trip's host
# words back an earlier visit of the same visitor may name the host (two or three sentences: the parser's
# sentences may be cut at a wrapped line, so they are no measure)
VISIT_MEMORY = 80
SENTENCE_ENDS = frozenset({".", "?", "!"})
PERIOD_REACH = 80  # words a full stop is looked for either way
# "reached an agreement in federal court with X", "met in Geneva with X": the adjunct prepositions whose noun
# the parser may hang a meeting's or agreement's with-phrase on
ADJUNCT_HOSTS = frozenset({"in", "at", "on", "during"})
PARTNER_PREPS = frozenset({"with", "between"})  # the other side of a deal or talks, not a recipient or topic
AGREED_TO_PREPS = frozenset({"to", "on"})  # "agreed to an interview with X": the act agreed to, as a noun
SIGHTING_PREPS = frozenset({"on", "upon", "after"})  # "on spotting the SFs, Maoists opened fire"
SIGHTING_VERBS = frozenset({"spot", "see", "sight", "notice"})
AIMED_PREPS = frozenset({"at", "on", "upon", "towards", "toward"})  # what a shot is fired at
# "the Maoists opened fire and the troopers retaliated": verbs of firing back, with the word each needs
ANSWER_VERBS = values("answer_verb")
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})  # "opened fire on Sunday": no aim
IT_CLIMB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})  # clauses an "it" party is climbed out of
IT_TYPES = frozenset({"ORG", "GPE", "NORP"})  # what a party "it" may stand for
# words either way of an act of firing back its other side is looked for (SATP run-on records: a far clause
# is another incident's)
ANSWER_REACH = 30
LEAD_TARGET = "newsevents_lead_target"  # Doc.user_data key: the one party the lead's band's violence hit

class TargetReader(SourceReader):
    """Reads whom an act was done to: the targets of verbs, and the one a violent, captive or legal act
    affects."""

    def party(self, tok: Token, exclude: set[str], owners: frozenset[str] = OWNER_PREPS,
              depth: int = 0) -> list[Argument]:
        """A phrase's parties (`PartyReader.party`); and the owner of a person's thing (`party_words.csv`
        owned_thing) described by a word and named by a naming phrase ("lobbed a grenade at the gate of a
        businessman identified as X") is the one named, as the one acted on so described is
        (`_described_patients`), not an unnamed person of his description: a name no table codes takes the
        sector his word gives ("a school teacher" EDU), placed by `_inferred`."""
        if depth > 0 and _owner_of_thing(tok):
            named = [a for o in _named_by(tok) for a in self.refs(o, exclude)]
            sector = sector_of_word(tok, self.kb)
            if named:
                return as_indirect([Argument(ActorRef(a.ref.entity_id, sector), a.direct)
                                    if a.ref.entity_id is not None and a.ref.code is None and sector else a
                                    for a in named])
        return super().party(tok, exclude, owners, depth)

    def _dead(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"five rebels died in a clash with troops": the subject of a verb of dying is the one killed."""
        return [a for c in verb.children if c.dep_ == "nsubj" for a in self._target_np(c, exclude)]

    def verb_targets(self, verb: Token, ways: tuple[str, ...], exclude: set[str],
                     sources: Sequence[Argument] = ()) -> list[Argument]:
        """The first non-empty target reading among `ways`; else what the clause names (see the module
        docstring). A row with no target ("-") has none, unless it is an appeal. A target that is one of
        the `sources` is dropped ("Chinese mafias demanded money from members of the Chinese community")."""
        codes = {a.ref.code for a in sources if a.ref.entity_id is None}
        own = self._each_other(sources) if _reciprocal_object(verb) else []
        if own:
            return own
        # "summoned France's ambassador to complain about a campaign": a protest one summons for is made to
        # the one summoned, before whatever its about-phrase names
        summoned = self._purpose_target(verb, exclude) if ways and _summoned_for(verb) else []
        # (a place read as the object, "triggered a blast at X", leaves the act to the later readings)
        # (the one a protest's demand is made of is whom the protest is against, before what its verb's
        # phrases name: "marched through Saragossa to demand a better deal from Brussels")
        found = [a for a in summoned or self.protest_addressee(verb, "VERB", exclude)
                 or self.unplaced(verb, self._verb_targets(verb, ways, exclude))
                 or (self._purpose_target(verb, exclude) if ways else [])
                 or self.strike_employer(verb, "VERB", exclude)
                 or self.protested_owner(verb, "VERB", exclude)
                 or self._harmed_after(verb, exclude) or self._spotted(verb, exclude)
                 or self._gathering_targets(verb, exclude)
                 or self._carried_targets(verb, exclude) or self._harmed_in_main(verb, exclude)
                 or self._answering_side(verb, exclude) or self._answered_side(verb, exclude, sources)
                 or self._described_company(verb) or self._rejected_maker(verb, exclude)
                 or self._rejecting_addressee(verb, exclude)
                 if not (a.ref.entity_id is None and a.ref.code in codes) and not self._law(a)]
        found = self._people_at_place(verb, found, exclude)
        if not sources:  # "24 people were killed": with no doer, an unnamed group of no named country is
            # no event; but the one a killing, attack or arrest was done to, named as its grammatical patient
            # ("a transporter was shot dead in Karachi", "two policemen were injured"), is its target,
            # placed by `_affected` (and dropped there when no country is known)
            patients = self._patient_codes(verb, exclude)
            found = [a for a in found if a.ref.entity_id is not None
                     or (self._has_country(a.ref.code) and not a.guessed) or a.ref.code in patients]
        found = self._home_victims(found, sources) if self._violent(verb) else found
        found = [a for a in found if not self._speakers_own(a, verb)]
        found = self._not_warning_itself(verb, found, sources)
        # "a passer-by was killed when militants hurled a grenade targeting CRPF personnel": the party the act
        # was aimed at is its target, not the one it harmed on the way
        # (but the police or troops it harmed were aimed at too: "two policemen were killed when Maoists
        # triggered a blast targeting a bus they travelled in")
        aimed = [] if any((a.ref.code or "")[-3:] in STATE_SECTORS for a in found) else \
            self._aimed_act_targets(verb, exclude)
        affected = aimed or self._affected(verb, found, sources, exclude)
        if not affected and sources:  # "visiting British minister Howard told Japan": the host
            affected = self.visit_host(verb, "VERB", exclude, sources)
        if not affected and sources:  # "told the Saudis it would buy elsewhere unless they relented"
            affected = self.threatened_party(verb, exclude, sources)
        if sources:
            return [self._placed_force_target(self._placed_addressee(a, verb, sources), verb, sources)
                    for a in affected]
        return [a for a in affected if a.ref.entity_id is not None or self._has_country(a.ref.code)]

    @staticmethod
    def _each_other(sources: Sequence[Argument]) -> list[Argument]:
        """"The gangs fought each other": one coded group acting on "each other" acts on its own members, so
        the target is the group's code again (no entity: another part of the group than the one acting).
        Conjoined sides ("MS13 and Barrio 18 fought each other") and an uncoded doer are left to the other
        readings (the event reader pairs conjoined sides with one another)."""
        if len(sources) != 1 or not sources[0].ref.code:
            return []
        ref = sources[0].ref
        return [Argument(ActorRef(None, ref.code, ref.basis), True, sources[0].guessed)]

    def threatened_party(self, verb: Token, exclude: set[str], sources: Sequence[Argument]) -> list[Argument]:
        """The one a conditional threat (CAMEO 13x, `senses.threat_speaker`: "would buy elsewhere unless they
        relented") is made to when the threatened act names no one: the one the speech verb addresses ("it
        advised *the Saudis* it would negotiate purchases elsewhere unless ..."), else the party the condition
        asks to act ("said it would impose tariffs unless *Seoul* opened its market"), never one of the
        doer's own country or side ("could revoke licences if U.K. firms fail to get equal treatment": the
        firms only gain from the condition)."""
        from .senses import threat_speaker  # imported here: senses imports the argument reader

        codes = [r.cameo for r in self.lexicon.rules.get((verb.lemma_.lower(), "VERB")) or []]
        speech = threat_speaker(verb, codes) if self.matched_cameo(verb).startswith(THREATEN) else None
        if speech is None:
            return []
        # "advised the Saudis": the addressee; a pronoun only as a named party ("told them" may be anyone)
        addressed = [a for c in speech.children if c.dep_ in {"dobj", "dative"} for a in self.refs(c, exclude)
                     if c.pos_ != "PRON" or a.ref.entity_id is not None]
        found = addressed or [a for s in _condition_subjects(verb) for a in self._target_np(s, exclude)]
        # a party of no country ("unless the creditor banks eased their terms": whose?) says too little
        return [a for a in found if (self._has_country(a.ref.code) or (a.ref.code or "")[:3] in BODIES_ABROAD)
                and not any(self._own_side(a, s) for s in sources)]

    def _not_warning_itself(self, verb: Token, found: list[Argument],
                            sources: Sequence[Argument]) -> list[Argument]:
        """A threat or warning (CAMEO 13x, 012) is not made to its doer's own state: "Iran's navy commander
        warned that Iran would close the Strait", "the president warned that the government would bomb the
        camps" tell what the speaker's side will do, to whoever the act or its condition names; the state's
        own people or rebels stay ("the army warned Pakistani militants")."""
        if not sources or not self.matched_cameo(verb).startswith(WARNING_CODES):
            return found
        kept = [a for a in found if not any(_same_state(a, s) for s in sources)]
        if kept or not found:
            return kept
        # "warned that it would retaliate if Japan did not open its markets": the one the condition asks
        asked = [a for comp in verb.children if comp.dep_ == "ccomp" for s in _condition_subjects(comp)
                 for a in self._target_np(s, set())]
        return [a for a in asked
                if self._has_country(a.ref.code) and not any(self._own_side(a, s) for s in sources)]

    def _own_side(self, arg: Argument, source: Argument) -> bool:
        """Whether `arg` is the doer `source` or of its country ("Britain ... if U.K. firms fail")."""
        code, own = arg.ref.code or "", source.ref.code or ""
        return same_side(arg, source) or (self._has_country(code) and code[:3] == own[:3])

    def prep_clause_subjects(self, tok: Token, prep: str, exclude: set[str]) -> list[Argument]:
        """"met with House Speaker Jim Wright to discuss tax issues": the parser may read the party and the
        infinitive after it as a clause the preposition governs; the party is that clause's subject (a
        party preposition of `PARTY_PREPS` only, an infinitive only: "with prices falling" is no party)."""
        if prep not in PARTY_PREPS:
            return []
        clauses = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
                   and not any(o.dep_ == "pobj" for o in p.children)
                   for c in p.children if c.dep_ == "pcomp" and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return [a for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"PROPN", "NOUN"}
                for a in self.party(s, exclude)]

    def named_examples(self, found: list[Argument], nodes: list[Token], prep: str,
                       exclude: set[str]) -> list[Argument]:
        """"filed lawsuits against foreign oil companies like Royal Dutch Shell", "teamed up with criminal
        groups such as the Marroquin clan": when the objects of the nodes' `prep` name no one but are a kind
        of party (a sector: companies, groups, officials), the named instances they are told by ("like",
        "such as", "including") are the party (never a place: "access to zones like Manzanillo"); else
        `found` as it is. Not for "of" ("the arrest of elites like X is useful": a kind, not a happening)."""
        if prep == "of" or any(a.ref.entity_id is not None for a in found):
            return found
        objects = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == prep
                   for o in p.children if o.dep_ == "pobj" and o.i not in self.mention_entity
                   and any(sector_of_word(w, self.kb, bodies=True) for w in [o, *o.children]
                           if w.dep_ in {"pobj", "amod", "compound"})]
        named = [a for o in objects for e in _examples(o) for a in self.refs(e, exclude)
                 if a.ref.entity_id is not None and not self._place_like(a)]
        return as_indirect(named) or found

    def _named_instances(self, heads: list[Token], exclude: set[str]) -> list[Argument]:
        """"investigate several members of the country's elite, including both Morales and Giammattei",
        "three former ministers, including Carlos Mejia, were charged": an object or passive subject that no
        mention covers and names no one, told by named instances ("including", "like", "such as"), is
        those instances, named persons or bodies (not "a Panamanian", "three businessmen": kinds of member,
        nor a place); the parser may hang them on its of-phrase."""
        nodes = [n for h in heads if h.i not in self.mention_entity and h.pos_ == "NOUN"
                 for n in [h, *(o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj" and o.i not in self.mention_entity)]]
        return [a for n in nodes for e in _examples(n) if e.pos_ == "PROPN" for a in self.refs(e, exclude)
                if a.ref.entity_id is not None and self.entities[a.ref.entity_id].type in {"PERSON", "ORG"}
                and not self._place_like(a)]

    def visit_host(self, word: Token, pos: str, exclude: set[str],
                   visitors: Sequence[Argument] = ()) -> list[Argument]:
        """The host of a visit (CAMEO 042) that names none: "during his trip, which starts tomorrow" after
        "the trip to Tokyo next week by Howard": the place an earlier visit of this visitor went to
        (`_earlier_visit_place`); "visiting British minister Howard told Japan" in a TOKYO story, "during
        Gandhi's visit here": the country of the story's (or the digest section's) dateline, when the visitor
        is named, of a known country, and not of that one."""
        if not self.matched_cameo(word, pos).startswith(VISIT) or not exclude:
            return []
        earlier = self._earlier_visit_place(word, exclude)
        if earlier:
            return as_indirect(earlier)
        present = word.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in word.children)
        here = any(c.dep_ == "advmod" and c.lower_ == "here" for n in (word, word.head) for c in n.children)
        if not (present or here):
            return []
        host = self._dateline_country(word)
        codes = [a.ref.code for a in visitors] or [
            actor.code for e in exclude if (actor := self.entities[e].actor) is not None]
        countries = {c[:3] for c in codes if c and self._has_country(c)}
        if not host or not countries or host in countries:
            return []
        return [Argument(ActorRef(None, host, "inferred"), False, guessed=True)]

    def _earlier_visit_place(self, word: Token, exclude: set[str]) -> list[Argument]:
        """The place the latest earlier visit (a visit word with a to-phrase, or "visited" with a place
        object) within `VISIT_MEMORY` words before the word went to, when that visit is one of the
        visitors' `exclude` holds: named in its phrase or as its subject, or in an earlier sentence naming no
        other person ("... the trip to Tokyo next week by Howard. Howard said during his trip"; not "Baker
        cancelled a trip to Australia because of the visit by Nakasone"); [] when there is none."""
        start = _period_sentence(self.doc[max(0, word.i - VISIT_MEMORY)]).start
        for tok in reversed(self.doc[start:word.i]):
            if tok.lemma_.lower() not in VISIT_WORDS:
                continue
            if tok.pos_ == "NOUN":
                places = self.prep_objects(tok, "to", set())
            else:
                places = [a for c in tok.children if c.dep_ == "dobj" for a in self.refs(c)]
            places = [a for a in places if self._is_place(a)]
            if not places:
                continue
            doers = [*tok.subtree] if tok.pos_ == "NOUN" else [
                t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
            told = _period_sentence(tok)
            # (in an earlier sentence naming no other person, the visitor named anywhere: the parser may hang
            # "by Howard" on another word)
            people = {eid for t in told if (eid := self.mention_entity.get(t.i)) is not None
                      and self.entities[eid].type == "PERSON"}
            alone = word.i not in range(told.start, told.end) and len(people) == 1 and people <= exclude
            if alone or {self.mention_entity.get(t.i) for t in doers} & exclude:
                return places[:1]
        return []

    def _dateline_country(self, word: Token) -> str:
        """The country of the dateline a word is told under: the last section dateline of a digest before its
        sentence ("- - - -  TOKYO - ..."), else the story's own; a country or capital name only ("" for a
        town no table names: no guess)."""
        text = doc_text(self.doc)[:sentence_of(word).start_char]
        place = last_section_dateline(text) or read_layout(self.doc).dateline_place
        if not place:
            return ""
        key = normalize(place.split(",")[0])
        country = self.kb.country_of(key) or self.kb.capitals.get(key)
        return self.kb.state_on(country, self.day) if country else ""

    def adjunct_partner(self, nodes: Sequence[Token], exclude: set[str]) -> list[Argument]:
        """"reached an agreement yesterday in federal court with USAir Group", "agreed in principle to form a
        venture in factory automation with Matsushita", "signed the accord in Tokyo with Mitsubishi": the
        with-phrase of a meeting, agreement or cooperation (CAMEO 03-06) that the parser hung on the noun of a
        where, when or manner phrase (`ADJUNCT_HOSTS`) or of what the act is about or for (`party_words.csv`
        topic_prep: "negotiating for a contract with X") on the nodes is the act's other party, when that noun
        names no party itself (a place or a common noun, not a person word); a named party, never a place."""
        hosts = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ in ADJUNCT_HOSTS
                 for o in p.children if o.dep_ == "pobj" and self._adjunct_host(o)]
        # "agreed to an interview with Prensa Libre", "agreed on a merger with X": what is agreed to is done
        # with the with-phrase on its noun
        hosts += [o for p in nodes[0].children if p.dep_ == "prep" and p.lower_ in AGREED_TO_PREPS
                  for o in p.children if o.dep_ == "pobj" and self._adjunct_host(o)] if nodes else []
        # "negotiating for a supply contract with X", "in talks over a loan with X", "signed a letter of
        # intent for a joint venture with X": what the act is about or for (`party_words.csv` topic_prep) is
        # made with the with-phrase on its noun
        hosts += [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ in words("topic_prep")
                  for o in p.children if o.dep_ == "pobj" and self._adjunct_host(o)]
        found = [a for h in hosts for a in self.prep_objects(h, "with", exclude)]
        # (named only, not a role in common words: "negotiating a freeze on payments with commercial banks",
        # "with the creditor countries" are foreign creditors the debtor's country would be given)
        return as_indirect([a for a in found if a.ref.entity_id is not None and a.ref.entity_id not in exclude
                            and not self._place_like(a) and not self._bare_role_entity(a)])

    def _adjunct_host(self, tok: Token) -> bool:
        """Whether a noun of an adjunct phrase is where, when or how the act was done, so a with-phrase on it
        is the verb's: a place ("in Tokyo"), or a common noun no mention covers that is no word for a person
        ("in federal court", "in principle", "in factory automation"; not "at a dinner for the minister with
        his aides", nor a named party: "a stake in Chrysler with X")."""
        eid = self.mention_entity.get(tok.i)
        if eid is not None:
            return self.entities[eid].type in PLACE_TYPES
        role = self.kb.roles.get(tok.lemma_.lower())
        return tok.pos_ == "NOUN" and not person_noun(tok) and (role is None or not role.person)

    def strike_employer(self, word: Token, pos: str, exclude: set[str]) -> list[Argument]:
        """"went on strike at the company's paper mill", "a strike by workers at a General Motors complex",
        "workers at Ford's Dagenham plant struck": a strike (CAMEO 143) is against the employer, the
        organisation an at-phrase names as the workplace or as its owner (possessor or name modifier), on the
        strike, the verb it is told under or the strikers (never a place or a person: "at Dagenham")."""
        if not self.matched_cameo(word, pos).startswith(STRIKE):
            return []
        nodes = [word]
        if pos == "NOUN" and word.dep_ == "pobj" and word.head.head.pos_ == "VERB":
            nodes.append(word.head.head)  # "went on strike at X"
        elif pos == "NOUN" and word.dep_ in {"dobj", "nsubj"} and word.head.pos_ == "VERB":
            nodes.append(word.head)  # "staged a strike at X"
        strikers = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "by"
                    for o in p.children if o.dep_ == "pobj"]
        strikers += [c for n in nodes if n.pos_ == "VERB" for c in n.children if c.dep_ == "nsubj"]
        sites = [o for n in nodes + strikers for p in n.children if p.dep_ == "prep" and p.lower_ == "at"
                 for o in p.children if o.dep_ == "pobj"]
        owners = [t for site in sites for t in [site, *(c for c in site.children
                                                      if c.dep_ in {"poss", "compound", "nmod"})]]
        found = [a for t in owners for a in self.refs(t, exclude) if a.ref.entity_id is not None
                 and not self._place_like(a) and not self._is_person_entity(a.ref.entity_id)]
        return as_indirect(list({a.ref.entity_id: a for a in found}.values()))

    def protest_addressee(self, word: Token, pos: str, exclude: set[str]) -> list[Argument]:
        """"marched through Saragossa to demand a better deal from Brussels", "went on strike to demand better
        pay from the government", "a hunger strike to press the government for higher wages": a protest
        (CAMEO 14) held for a demand or appeal (`PROTEST_DEMAND_VERBS`, a to-infinitive on the protest, its
        light verb or the verb it is told under) is against the one the demand is made of: the demand's from-
        or of-phrase, or the one pressed or urged; a party with an actor code (a place only as its government
        or the body seated there)."""
        if not self.matched_cameo(word, pos).startswith(PROTEST):
            return []
        nodes = _with_telling_verb(word, pos)
        demands = [c for n in nodes for c in n.children if c.dep_ in {"advcl", "xcomp", "acl"}
                   and c.lemma_.lower() in PROTEST_DEMAND_VERBS and to_infinitive(c)]
        # the from-phrase on the demanding verb or on what it demands: "to demand a better deal from Brussels"
        asked = [n for d in demands for n in (d, *(c for c in d.children if c.dep_ == "dobj"))]
        # (read through `party`: `prep_objects` takes "from Brussels" for where one came from)
        found = [a for n in asked for p in n.children if p.dep_ == "prep"
                 and (p.lower_ == "from" or (p.lower_ == "of" and n.pos_ == "VERB"))
                 for o in p.children if o.dep_ == "pobj" for a in self.party(o, exclude)]
        found += [a for d in demands if d.lemma_.lower() in PROTEST_PRESSED
                  for c in d.children if c.dep_ == "dobj" for a in self.refs(c, exclude)]
        # (a place one demands of stands for its government or the body seated there: "from Brussels")
        kept = [a for a in found if a.ref.entity_id not in exclude and a.ref.code
                and (a.ref.entity_id is not None or self._has_country(a.ref.code))]
        return as_indirect(list({a.ref.entity_id or a.ref.code: a for a in kept}.values()))

    def protested_owner(self, word: Token, pos: str, exclude: set[str]) -> list[Argument]:
        """"boycotting the meeting in protest at the Bank's decision", "went on strike in protest against the
        state government's new compensation laws", "blocked roads in protest over the closure plans of British
        Steel": a protest act (CAMEO 14) that names no one is against the owner of the instrument its "in
        protest at/against/over" phrase (or "to protest" clause) objects to (`PROTEST_INSTRUMENTS`), named by
        its possessor, by-, of- or from-phrase; never a place with no actor code, nor a pronoun with no coded
        referent."""
        if not self.matched_cameo(word, pos).startswith(PROTEST) or (
                word.lemma_.lower() == "protest" and word.head.lower_ == "in"):
            return []  # ("in protest at" tells the purpose of another act, read with that act)
        nodes = _with_telling_verb(word, pos)
        objects = [o for p in _protest_phrases(nodes) for o in p.children if o.dep_ == "pobj"]
        owners = [a for o in objects if o.lemma_.lower() in PROTEST_INSTRUMENTS
                  and o.i not in self.mention_entity for a in self._instrument_owner(o, exclude)]
        # a place with no actor code ("Tokyo's" is Japan's only where the tables code it) or an uncoded
        # pronoun says nothing of whose the instrument is
        return as_indirect(list({a.ref.entity_id: a for a in owners if a.ref.entity_id is not None
                                 and a.ref.entity_id not in exclude and a.ref.code
                                 and (not self._place_like(a) or self._has_country(a.ref.code))}.values()))

    def _instrument_owner(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """Whose a plan, decision or law is: its possessor, by-phrase or actor modifier (`noun_own_source`),
        else the party its of- or from-phrase names ("the closure plans of British Steel")."""
        return self.noun_own_source(tok) or [
            a for prep in ("of", "from") for a in self.prep_objects(tok, prep, exclude)]

    def aimed_at(self, node: Token, exclude: set[str]) -> list[Argument]:
        """"a grenade targeting CRPF personnel", "attacks aimed at police stations": the parties an aim
        participle on `node` (`AIM_PARTICIPLES`) names, never a place (where) nor a gerund ("aimed at curbing
        prices": a purpose)."""
        objects: list[Token] = []
        for acl in (c for c in node.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    and c.lemma_.lower() in AIM_PARTICIPLES):
            if AIM_PARTICIPLES[acl.lemma_.lower()] == "":
                objects += [o for o in acl.children if o.dep_ == "dobj"]
            else:
                objects += [o for p in acl.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
                            for o in p.children if o.dep_ == "pobj"]
        aimed = [a for o in objects for a in self._target_np(o, exclude)]
        return as_indirect([a for a in aimed if not self._place_like(a)])

    def _aimed_act_targets(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """A forceful act's (CAMEO 17-20) aim named on what it was done with: its own object ("hurled a
        grenade targeting X"), the object of the act told with it ("were injured as militants hurled a grenade
        targeting X", "hurled a grenade targeting X, killing a passer-by")."""
        if self.matched_cameo(verb)[:2] not in PROPERTY_ROOTS:
            return []
        shared = [verb, *verb.conjuncts]  # "one was killed and 13 injured as ...": the clause of either
        acts = shared + [c for v in shared for c in v.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
            acts.append(verb.head)  # ", killing a passer-by": the act the participle tells the result of
        aimed = [a for act in acts for o in act.children if o.dep_ in {"dobj", "nsubjpass"}
                 for a in self.aimed_at(o, exclude)]
        # "fired three missiles to target a military camp", "triggered the blast to target a police
        # patrol": the act's own purpose infinitive of aiming names whom it was meant for, as the
        # participle does (not a device planted to target someone: it may be defused before it strikes,
        # and the aim is then only an intent, which the infinitive's own reading tells)
        return aimed or as_indirect([
            a for act in acts if act.lemma_.lower() not in PLACING_VERBS
            for c in act.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
            and c.lemma_.lower() in AIM_INFINITIVES and to_infinitive(c) and not is_passive(c)
            for o in c.children if o.dep_ == "dobj" for a in self._target_np(o, exclude)
            if not self._place_like(a)])

    def noun_targets(self, noun: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """An event noun's target: read by the noun reader down the chain (`noun_arguments.py`), which the
        lead's acts told by nouns are read with (`_lead_target`)."""
        return []

    def incident_target(self, noun: Token) -> list[Argument]:
        """"Militants ambushed an army convoy in Kurram on May 3 ... The TTP claimed responsibility for the
        attack": an act's noun told with "the" and no target of its own, going on with the lead's incident
        (`lead_incident_band`, the same reading that gives it the lead's doer; for the act a claim of
        responsibility by someone is for, `tells_lead_again`, whatever group claims it), was done to the one
        party the lead's violent acts were done to (`_lead_target`); `ActorRef.basis` "incident"."""
        # (the lead is read only from a later sentence, once its own acts are settled)
        told_again = self.lead_incident_band(noun) is not None or (
            self._claimed_noun(noun) and self.tells_lead_again(noun))
        if not told_again:
            return []
        target = self._lead_target()
        if target is None:
            return []
        return [Argument(ActorRef(target.ref.entity_id, target.ref.code, INCIDENT_BASIS), False, True)]

    def _claimed_noun(self, noun: Token) -> bool:
        """Is the noun what a claim of responsibility (CAMEO 015) by someone is for ("X claimed responsibility
        for the attack"): whoever claims it, the act claimed is the one told before ("nobody has claimed
        responsibility for the blast" claims nothing)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return False
        host = prep.head
        verb = host if host.pos_ == "VERB" else host.head
        return verb.pos_ == "VERB" and self.matched_cameo(verb).startswith(CLAIM) and any(
            a.ref.entity_id is not None or self._has_country(a.ref.code) for a in self.verb_source(verb))

    def _lead_target(self) -> Argument | None:
        """The one party (named, or a sector of a known country) the lead's violent acts (those of its armed
        band, `_lead_band`, when it names one) were done to; None when they name none or several. Read once
        per Doc."""
        cached = self.doc.user_data.get(LEAD_TARGET, False)
        if cached is not False:
            return cached
        self.doc.user_data[LEAD_TARGET] = None  # the lead's own acts are read below: no recursion
        lead = self.lead_sentence()
        found: Argument | None = None
        if lead is not None:
            from .detect import EventDetector  # imported here: detect imports this module

            detector = EventDetector(self.lexicon, self.kb)
            band = self._lead_band()
            hit: dict[tuple[str | None, str | None], Argument] = {}
            with self.own_doers():  # the lead's own acts: no doer carried from the sentence after it
                for tok in sentence_list(self.doc)[0][lead]:
                    # "were killed in a suicide attack targeting Police": the lead's acts, by verb or noun
                    pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
                    code = self.matched_cameo(tok, pos) if tok.pos_ in {"VERB", "NOUN"} else ""
                    rule = detector.matching_rule(tok, pos) if code[:2] in VIOLENT_ROOTS else None
                    sources = [] if rule is None else self.verb_source(tok) if pos == "VERB" \
                        else self.noun_own_source(tok)
                    # (the lead's band's acts, when it names one: not the forces' fire back)
                    if rule is None or (band is not None and not any(same_side(a, band[3]) for a in sources)):
                        continue
                    exclude = {a.ref.entity_id for a in sources if a.ref.entity_id}
                    for arg in self.verb_targets(tok, rule.target, exclude, sources) if pos == "VERB" \
                            else self.noun_targets(tok, rule.target, exclude):
                        if arg.ref.code and not self._place_like(arg) and (
                                arg.ref.entity_id is not None or self._has_country(arg.ref.code)):
                            hit.setdefault((arg.ref.entity_id, arg.ref.code), arg)
            found = next(iter(hit.values())) if len(hit) == 1 else None
        self.doc.user_data[LEAD_TARGET] = found
        return found

    def _placed_force_target(self, arg: Argument, verb: Token, sources: Sequence[Argument]) -> Argument:
        """"Militants blew up a primary school building at X", "militants attacked troops": a party of a
        forceful act (CAMEO 17-20) read as a bare sector (EDU, MIL), an installation or a group, is of the
        country of the clause's place, else of the story when the doers are of no other country (inferred,
        as for a victim)."""
        code = arg.ref.code or ""
        if arg.ref.entity_id is not None or len(code) != 3 or code in self.kb.country_names:
            return arg
        if code in UNPLACED_SECTORS or self.matched_cameo(verb)[:2] not in PROPERTY_ROOTS:
            return arg
        country = self._clause_country(verb)
        if country == "":
            story = self.home or self.place_country
            doers = {a.ref.code[:3] for a in sources if a.ref.code and self._has_country(a.ref.code)}
            country = story if doers <= {story} else ""
        # ("authorities seek to extradite the former mayor": a party coded as its doer is no target)
        if not country or any(a.ref.code == country + code for a in sources):
            return arg
        return Argument(ActorRef(None, country + code, "inferred"), arg.direct, guessed=True)

    def _placed_addressee(self, arg: Argument, verb: Token, sources: Sequence[Argument]) -> Argument:
        """"Salvadoran prosecutors requested the judge to freeze the accounts": a state body asked to act,
        read as a bare sector (JUD, GOV, COP), is of the story's country when every doer is of it (inferred);
        a doer of another country, or none with a country, leaves it bare."""
        code = arg.ref.code or ""
        if (arg.ref.entity_id is not None or code not in STATE_SECTORS or code in UNPLACED_SECTORS
                or _controlled_object(verb) is None):
            return arg
        story = self.home or self.place_country
        doers = {a.ref.code[:3] for a in sources if a.ref.code and self._has_country(a.ref.code)}
        if not story or doers != {story}:
            return arg
        return Argument(ActorRef(None, story + code, "inferred"), arg.direct, guessed=True)

    def _law(self, arg: Argument) -> bool:
        """Whether an argument is a law or other written instrument the recogniser took for a body ("its new
        Financial Services Act", "the Trade Bill"): an uncoded name whose last word is a law word
        (`party_words.csv` law_word)."""
        eid = arg.ref.entity_id
        if eid is None or arg.ref.code:
            return False
        last = self.entities[eid].name.split()[-1:] if self.entities[eid].name else []
        return bool(last) and last[0].lower() in LAW_WORDS

    def _patient_codes(self, verb: Token, exclude: set[str]) -> set[str]:
        """The codes of the unnamed parties the words for the one a violent act is done to name ("two
        policemen were shot dead": COP), before any country is inferred for them."""
        # (an arrest's described patient is read by `_described_patients`: "four dealers were arrested")
        if self._act_kind(verb) != "violence" or not self._told_as_violence(verb):
            return set()
        return {a.ref.code for tok in self._patients(verb) for a in self.party(tok, exclude)
                if a.ref.entity_id is None and a.ref.code}

    def _bare_role(self, tok: Token) -> list[Argument]:
        """A role noun's party (`PartyReader._bare_role`); "a Police Station", "a Police Outpost": an
        installation written in title case (no name the actor stage took) is the body its compound names;
        and "a police mobile van", "an army patrol vehicle": an installation or vehicle whose body modifies
        another installation word before it is that body's."""
        base = super()._bare_role
        found = base(tok)
        if found or tok.lemma_.lower() not in INSTALLATIONS:
            return found
        if (tok.tag_ == "NNP" and tok.is_title and tok.ent_type_ in {"", "ORG", "FAC"}
                and tok.i not in self.mention_entity):
            # "attacked a Police Station", "an Army Camp": news written in title case for common words
            # (SATP) makes the installation a name the actor stage did not take; the body its word names
            # owns it
            bodies = [b for m in tok.children if m.dep_ == "compound" and m.i < tok.i
                      and m.i not in self.mention_entity
                      and (b := self._body_word(m)) is not None and not b.person and b.sector]
            if bodies:
                return [Argument(ActorRef(None, bodies[0].sector), True)]
        inner = [m for m in tok.children if m.dep_ == "compound" and m.i < tok.i
                 and m.lemma_.lower() in INSTALLATIONS]
        return [a for m in inner for a in base(m)]

    def _victims(self, tok: Token) -> Token:
        """Who "them" stands for (`PartyReader._victims`); and "a police van was on patrol when militants
        opened fire at it": "it" acted on by a violent act stands for the nearest body's vehicle, post or unit
        before it in its sentence (an installation or owned thing a body's word modifies: "a police van", not
        "on routine patrol"); "three of his accomplices", "dozens of supporters of X": the people a number or
        quantity stands for (the parser hangs them on the number)."""
        found = super()._victims(tok)
        if found is tok and tok.lower_ == "them" and (main := self._main_clause_people(tok)) is not None:
            return main  # "X and Y were on their way when gunmen opened fire on them": X and Y
        if found is tok and (part := _partitive_whole(tok)) is not None:
            return part  # "arrested three of his accomplices": the accomplices
        if found is tok and (named := self._appositive_person(tok)) is not None:
            return named  # "the senator's wife, Ana Ruiz, was arrested": Ana Ruiz, not the senator
        if found is not tok or tok.lower_ != "it" or tok.dep_ not in {"dobj", "pobj"}:
            return found
        if not self._violent(clause_verb(tok), nouns=True):
            return tok
        sent = sentence_of(tok)
        for cand in reversed(self.doc[sent.start:tok.i]):
            held = cand.pos_ == "NOUN" and cand.lemma_.lower() in INSTALLATIONS | OWNED_THINGS
            if held and cand.i not in self.mention_entity and self._bare_role(cand):
                return cand
        return tok

    def _appositive_person(self, tok: Token) -> Token | None:
        """"Senator Ruiz's wife, Ana Ruiz", "the alleged owner of the site, John Doe": a common noun for a
        person that no mention covers, set off by an apposition naming one person, is that person (the
        possessor or of-phrase only says whose kin or what post he has); None for any other word."""
        if tok.pos_ != "NOUN" or tok.i in self.mention_entity or tok.tag_ != "NN":
            return None
        # (not across the noun's own phrase: in "the brother of the mayor, Luis Pena" he may be the mayor)
        named = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                 and not any(p.dep_ == "prep" and tok.i < p.i < c.i for p in tok.children)
                 and (eid := self.mention_entity.get(c.i)) is not None
                 and self.entities[eid].type == "PERSON"]
        return named[0] if len(named) == 1 else None

    def _told_as_violence(self, verb: Token) -> bool:
        """Whether a verb of harm that names no doer tells of a violent act: "was shot dead", "were abducted"
        do; "were killed", "were injured" only with the violent act they happened in ("killed in a bomb
        attack", "a blast killed"), not "killed in a road accident" or "when a bus fell into a ravine"."""
        if verb.lemma_.lower() not in HARM_VERBS:
            return True
        # "an IED explosion killed a trooper": the act is its subject
        acts = [c for c in verb.children if c.dep_ == "nsubj"] + [
            o for v in [verb, *_shared_harm_clauses(verb)] for p in v.children
            if p.dep_ == "prep" and p.lower_ in IN_EVENT_PREPS for o in p.children if o.dep_ == "pobj"]
        # "was injured when a bomb exploded", "a bomb went off in the market, injuring one person": a bomb
        # (noun class explosive) is the subject of the when-clause on the harm, or of the clause the harm's
        # participle is on
        from .senses import default_senses  # imported here: senses imports the argument reader

        devices = []
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            devices = [s for s in verb.head.children if s.dep_ == "nsubj"]
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
            devices = [verb.head]  # "an explosion on a bus, injuring 12 people": the noun's participle
        devices += [s for v in [verb, *_shared_harm_clauses(verb)] for c in v.children
                    if c.dep_ == "advcl" and _marked(c, SAME_MOMENT_MARKS)
                    for s in c.children if s.dep_ == "nsubj"]
        return any(self._violent_word(o, "NOUN") for o in acts) or any(
            "explosive" in default_senses().classes(d) for d in devices)

    def _harmed_after(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"militants opened fire and injured a woman", "fired at the car, killing two policemen": one a
        violent act with no target of its own harmed in the clause coordinated with it, or the participle
        after it, was its target; and "Maoists struck again and blew up an ambulance, killing six CRPF
        personnel": the one the participle after that coordinated act harmed."""
        if not self._violent(verb, nouns=True):
            return []
        harms = self._harm_clauses(verb)
        # (the participle on the coordinated act, whatever its verb: the same doers' one act told in three)
        harms += [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not is_passive(c)
                  and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
                  for g in self._harm_clauses(c) if g.dep_ == "advcl"]
        return as_indirect([a for h in harms for o in h.children if o.dep_ == "dobj"
                          for a in self._target_np(o, exclude) if not self._place_like(a)])

    def _people_at_place(self, verb: Token, found: list[Argument], exclude: set[str]) -> list[Argument]:
        """"opened fire on Bashir Road, killing Dad Muhammad", "opened firing at Mangu Chak targeting the
        labourers": a violent act read as done to a place or name no table codes is done to the ones its
        coordinated act or participle harmed or aimed at, when it names them; else the reading stands."""
        if not found or not self._violent(verb, nouns=True):
            return found
        # (only where a preposition aims the act: an object is the one acted on, whatever its type)
        aimed_at = {self.mention_entity.get(o.i) for o in _aimed_objects(verb)}
        if not all(self._uncoded_place(a) and a.ref.entity_id in aimed_at for a in found):
            return found
        # ("opened firing at X targeting Y": the participle may hang on the verb "firing" is the object of)
        hosts = [verb, verb.head] if verb.dep_ in {"xcomp", "dobj", "pcomp"} else [verb]
        aims = [c for h in hosts for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                and not is_passive(c) and AIM_PARTICIPLES.get(c.lemma_.lower()) == ""]
        aimed = [a for c in aims for o in c.children if o.dep_ == "dobj"
                 for a in [*self._target_np(o, exclude), *self._described_objects(o)]
                 if not self._place_like(a)]
        return aimed or self._harmed_after(verb, exclude) or found

    def _described_objects(self, tok: Token) -> list[Argument]:
        """"targeting the labourers": an unnamed person a word describes, left for `_affected` to code."""
        return [Argument(ActorRef(None, None), True) for t in [tok, *tok.conjuncts]
                if t.i not in self.mention_entity and person_noun(t)]

    def unplaced(self, act: Token, found: list[Argument]) -> list[Argument]:
        """A violent act's targets less the names no table codes that its sentence names only as where
        something was or someone lives: "a landmine blast at Karkanai", "a grenade blast at Wanpoh",
        "supporters in Kurkheda division", "a resident of Nazneenpora" (`_where_only`). A place is never a
        party, whatever type the recogniser gave its name."""
        if self.matched_cameo(act, act.pos_ if act.pos_ in {"VERB", "NOUN"} else "VERB")[:2] \
                not in VIOLENT_ROOTS:
            return found
        return [a for a in found if not self._where_only(a, act)]

    def _where_only(self, arg: Argument, act: Token) -> bool:
        """Whether a party is a name no table codes nor the recogniser typed a person, each of whose words in
        the act's sentence heads (or, by compounds, modifies the head of) the object of "in", "near" or
        "from", of "at" hung on a noun ("a blast at X"; "fired at X" aims at X), or of "of" after a word for
        one's home (`party_words.csv` home_noun: "a resident of X")."""
        eid = arg.ref.entity_id
        ent = self.entities.get(eid) if eid is not None else None
        if ent is None or ent.actor is not None or ent.type == "PERSON":
            return False
        sent = sentence_of(act)
        heads = {_phrase_head(self.doc[i]).i for i, e in self.mention_entity.items()
                 if e == eid and sent.start <= i < sent.end}
        if arg.ref.code and all(self.doc[i].head.lower_ in {"in", "near", "from"} for i in heads):
            # "attacked a mining company in Sonora": the party read is the company the place locates (its
            # noun gave the code), not the place
            return False
        return bool(heads) and all(_locative_object(self.doc[i]) for i in heads)

    def _uncoded_place(self, arg: Argument) -> bool:
        """A named place, or a name no table codes that the recogniser did not type a person ("Mangu Chak"
        typed a facility): where an act was done, no party a coder codes."""
        if not arg.ref.entity_id or arg.ref.code:
            return False
        return self._place_like(arg) or self._uncoded_group(arg)

    def _spotted(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"On spotting the SFs, Maoists opened fire", "on seeing the Police approaching, the terrorists
        opened fire": a violent act with no target of its own, done on first seeing someone (a perception
        gerund under on, upon or after, whose subject is the act's), is aimed at the one seen, unless the act
        names what it was aimed at itself."""
        if not self._violent(verb, nouns=True):
            return []
        hosts = [verb, verb.head] if verb.dep_ in {"pcomp", "xcomp"} else [verb]  # "resorted to firing"
        # (but "opened fire at a passing bus": the act names what it was aimed at, a thing no party)
        if any(p.dep_ == "prep" and any(o.dep_ == "pobj" for o in p.children) and p.lower_ in AIMED_PREPS
               for h in hosts for p in h.children):
            return []
        seen = [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in SIGHTING_PREPS
                for g in p.children if g.dep_ == "pcomp" and g.lemma_.lower() in SIGHTING_VERBS
                for o in [*(c for c in g.children if c.dep_ == "dobj"),  # "the Police approaching"
                          *(s for c in g.children if c.dep_ == "ccomp" for s in c.children
                            if s.dep_ == "nsubj")]]
        return as_indirect([a for o in seen for a in self._target_np(o, exclude) if not self._place_like(a)])

    def _answering_side(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"the Maoists opened fire and the SOG troopers retaliated", "when the Maoists opened fire, the SOG
        troopers retaliated", "militants opened fire. Police returned fire": a violent act that names no one
        it was aimed at was aimed at the side that fired back at it (`party_words.csv` answer_verb) in the
        clause coordinated after it, in the clause it is a when-, as- or after-clause of, or as the main
        clause of the next sentence; never a side of the act's own doers, nor a pronoun or a place."""
        if not self._violent(verb, nouns=True) or is_passive(verb):
            return []
        # ("opened fire on a passing bus ... the police retaliated": the act names what it was aimed at; "on
        # Sunday" names when)
        if any(p.dep_ == "prep" and p.lower_ in AIMED_PREPS and any(
                o.dep_ == "pobj" and o.ent_type_ not in TIME_ENTITY_TYPES for o in p.children)
               for p in verb.children):
            return []
        answerers = [s for c in _answer_clauses(verb) for s in _answerers(c)]
        found = [a for s in answerers for a in self.party(s, exclude) if not self._place_like(a)]
        doers = [a for c in first_conjunct(verb).children if c.dep_ == "nsubj"
                 for a in self.party(c, set())]
        if not found or any(same_side(a, d) for a in found for d in doers):
            return []
        return as_indirect(found)

    def _answered_side(self, verb: Token, exclude: set[str], sources: Sequence[Argument]) -> list[Argument]:
        """"the Maoists opened fire and the troopers retaliated", "the rebels fled after the policemen
        returned fire", "the intruders fired at the posts, which was retaliated by the soldiers": an act of
        firing back (`party_words.csv` answer_verb) that names no one it was aimed at was aimed at the other
        side of the fight its sentence tells: the doers of its other clauses (subjects, by-agents, the by- or
        from-phrase of an act noun) near it, else of the sentence before when the answer is its sentence's
        main clause ("Militants opened fire. Police returned fire."). Kept only when they are one side, and of
        the other kind than the answerers: a non-state armed band where the state's forces fired back, a force
        or another band where a band did; never a pronoun (whose antecedent may be either side)."""
        if not _answers_fire(verb) or not sources:
            return []
        kinds = {(a.ref.code or "")[-3:] for a in sources}
        if kinds <= FORCE_SECTORS:
            wanted = ARMED_SECTORS
        elif kinds <= ARMED_SECTORS:
            wanted = ARMED_SECTORS | FORCE_SECTORS
        else:
            return []  # "the officer retaliated", "China retaliated": no fight of armed sides
        sent = sentence_of(verb)
        # the answerers' own words are no other side ("the SOG troopers", "the soldiers" of a passive)
        own = {t.i for s in _answerers(verb) for t in s.subtree}
        near = [t for t in sent if abs(t.i - verb.i) <= ANSWER_REACH and t.i not in own]
        found = self._other_doers(near, sources, wanted, exclude)
        if not found and first_conjunct(verb).dep_ == "ROOT" and sent.start > 0:
            before = sentence_of(verb.doc[sent.start - 1])
            found = self._other_doers(list(before), sources, wanted, exclude)
        return as_indirect(found)

    def _other_doers(self, toks: list[Token], sources: Sequence[Argument], wanted: frozenset[str],
                     exclude: set[str]) -> list[Argument]:
        """The parties that act in `toks` (the subjects of active verbs, by-agents of passives, the by- or
        from-phrase of a noun: "heavy fire from a group of Maoists", "an attack by militants") that are not of
        the `sources`' side and hold one of the `wanted` sectors, when they are one side; else none."""
        doers = [t for t in toks if t.pos_ != "PRON" and t.lower_ not in RELATIVE_PRONOUNS and (
            (t.dep_ == "nsubj" and not is_passive(t.head))
            or (t.dep_ == "pobj" and t.head.dep_ == "agent")
            or (t.dep_ == "pobj" and t.head.lower_ in {"by", "from"} and self._acted_by(t.head)))]
        found = [a for t in doers for a in self.party(t, exclude) if not self._place_like(a)
                 and (a.ref.code or "")[-3:] in wanted and not any(same_side(a, s) for s in sources)]
        codes = {a.ref.code for a in found}
        return found if len(codes) == 1 else []

    def _acted_by(self, prep: Token) -> bool:
        """Whether a by- or from-phrase names the doer of an act noun: it hangs on the noun ("heavy fire
        from a group of Maoists", "an attack by militants") or on the verb of coming under it ("came under
        attack by militants")."""
        head = prep.head
        if head.pos_ == "NOUN":
            return self._violent_word(head, "NOUN")
        return any(self._violent_word(o, "NOUN") for p in head.children if p.dep_ == "prep" and p.i < prep.i
                   for o in p.children if o.dep_ == "pobj")

    def _harm_clauses(self, verb: Token) -> list[Token]:
        """The active verbs of harm or violence with no subject of their own coordinated with `verb` or told
        in a participle after it ("opened fire and injured", "fired at the car, killing")."""
        return [c for c in verb.children if c.pos_ == "VERB" and (
            c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
            and (c.lemma_.lower() in HARM_VERBS or self._violent(c)) and not is_passive(c)
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]

    def _gathering_targets(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"fired on a musical event", "attacked a funeral procession": a violent act on a gathering of people
        (`party_words.csv` gathering) is done to those at it, civilians of the clause's place's country, else
        the story's (inferred); "attacked a rally of the ANP": the holder its of-phrase names."""
        if self._act_kind(verb) != "violence":
            return []
        nodes = _struck_nodes(verb)
        out: list[Argument] = []
        # "a wedding party", "a marriage procession": the gathering word may be the head's modifier
        gatherings = [n for n in nodes if n.i not in self.mention_entity and any(
            w.lemma_.lower() in GATHERINGS for w in [n, *(c for c in n.children if c.dep_ == "compound")])]
        for node in gatherings:
            holders = [a for a in self.prep_objects(node, "of", exclude)
                       if not self._place_like(a) and a.ref.entity_id is not None]
            if holders:
                out.extend(as_indirect(holders))
                continue
            country = self._clause_country(verb)
            if country == "":
                country = self.home or self.place_country
            if country:
                out.append(Argument(ActorRef(None, country + "CVL", "inferred"), False, guessed=True))
        return out

    def _carried_targets(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"fired rockets at the bus carrying PPP supporters", "ambushed a convoy belonging to MLA X": a
        violent act on a vehicle or building (`party_words.csv` installation, owned_thing) no mention names
        is done to those the participle describing it (`party_words.csv` carrier_verb) says it carries or
        belongs to (never a place: "a truck carrying goods to Quetta")."""
        if self._act_kind(verb) != "violence":
            return []
        nodes = _struck_nodes(verb)
        out: list[Argument] = []
        for node in (n for n in nodes if n.i not in self.mention_entity
                     and n.lemma_.lower() in INSTALLATIONS | OWNED_THINGS):
            for acl in (c for c in node.children if c.dep_ == "acl" and c.lemma_.lower() in CARRIERS):
                prep = CARRIERS[acl.lemma_.lower()]
                carried = self.prep_objects(acl, prep, exclude) if prep else [
                    a for o in acl.children if o.dep_ == "dobj" for a in self._target_np(o, exclude)]
                out.extend(a for a in carried if not self._place_like(a))
        return as_indirect(out)

    def _described_company(self, verb: Token) -> list[Argument]:
        """"Maoists attacked a construction company", "set ablaze two trucks of a private construction firm",
        "torched a company's vehicles": force or coercion (CAMEO 17-20) on a company no name gives (a
        description word of any name, `party_words.csv` description with no value), or on a thing of its,
        is done to a business of the clause's place's country, else of the story's (inferred); "set ablaze a
        mobile tower", "looted a bank", "a block office was blown up": on premises whose kind says what kind
        of body owns them (`party_words.csv` premises_owner), to a body of that sector, placed alike."""
        if self.matched_cameo(verb)[:2] not in PROPERTY_ROOTS:
            return []
        # (a person struck is himself the victim, not his employer: "shot dead two guards of a company" are
        # read by `_affected`)
        struck = _struck_nodes(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
        nodes = [n for n in struck if not person_noun(n) and n.pos_ == "NOUN"]
        nodes += [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        nodes += [p for n in nodes for p in n.children if p.dep_ == "poss"]
        unnamed = [n for n in nodes if n.pos_ == "NOUN" and n.i not in self.mention_entity]
        sector = "BUS" if any(n.lemma_.lower() in COMPANY_WORDS for n in unnamed) else next(
            (sec for n in unnamed if (sec := self._premises_owner_sector(n))), "")
        if not sector:
            return []
        country = self._clause_country(verb)
        if country == "":
            country = self.home or self.place_country
        # (None: the clause's place is in a country the story names nowhere else; no guess then)
        return [Argument(ActorRef(None, country + sector, "inferred"), False, guessed=True)] \
            if country else []

    def _premises_owner_sector(self, noun: Token) -> str:
        """The sector of the body premises or a unit named by their kind belong to (`_premises_sector`); a
        body's word before the kind words says whose they are instead ("Police search parties" COP, not the
        security forces a search party of no named force is), and a name there leaves them to no guess
        ("a CRPF patrol party" is the CRPF's, read as a name elsewhere)."""
        sector, start = _premises_sector(noun)
        if not sector:
            return ""
        for tok in noun.doc[noun.left_edge.i:start]:
            if tok.dep_ not in {"compound", "amod", "nmod"}:
                continue
            if tok.i in self.mention_entity:
                return ""
            body = self._body_word(tok)
            if body is not None and not body.person and body.sector:
                return body.sector
        return sector

    def _harmed_in_main(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"two Levies personnel were wounded when gunmen attacked a polio team", "a woman sustained injuries
        after militants opened fire at her house": a violent act told in a when-, as- or after-clause that
        names no target of its own was done to the ones its main clause says were harmed (`_main_harmed`);
        "one person, identified as Noor Khan, was killed": the one the naming phrase names."""
        found = [a for t in self._main_harmed(verb) for a in (
            [a for o in _named_by(t) for a in self.refs(o, exclude)] or self._employed_person(t)
            or self._target_np(t, exclude))]
        return as_indirect([a for a in found if not self._place_like(a)])

    def _employed_person(self, tok: Token) -> list[Argument]:
        """"a driver of the X Oil Company was killed when militants opened fire": one harmed who is described
        by an occupation of his own (`party_words.csv` person_description with a sector: driver, guard) and
        the body he works for is that person, of his occupation's sector (placed by `_inferred`), not the
        body his of-phrase names; a member of a group ("cadres of X") stays the group's."""
        if tok.i in self.mention_entity or not person_noun(tok) or member_noun(tok):
            return []
        if not any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in tok.children):
            return []
        sector = sector_of_word(tok, self.kb)
        return [Argument(ActorRef(None, sector), True)] if sector else []

    def _main_harmed(self, verb: Token) -> list[Token]:
        """The words for the ones killed, hurt (`party_words.csv` harm_verb, passive) or suffering harm
        (suffer_verb) in the clause a violent act's when-, as- or after-clause hangs on; [] for any other
        verb, and when the act's doer is a pronoun ("were injured when they opened fire": the harmed may be
        the doers)."""
        # (not a ceasefire violation, 196: "were killed as Rangers violated the ceasefire" breaks it with the
        # other side, not with those killed)
        if verb.dep_ != "advcl" or not self._violent(verb, nouns=True) or self.matched_cameo(verb) == "196":
            return []
        if not _marked(verb, HARM_CLAUSE_MARKS):
            return []
        if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} and (c.pos_ == "PRON" or any(
                o.dep_ == "pobj" and o.pos_ == "PRON" for o in c.children)) for c in verb.children):
            return []
        # "a man and a woman were injured when militants opened fire on him": a pronoun the act names as
        # its object says which one; when it stands for no one read, the clause's harmed are no guess
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.dep_ in {"dobj", "pobj"} and o.tag_ == "PRP" for n in [verb, *objects]
               for o in [*n.children, *(g for p in n.children if p.dep_ == "prep" for g in p.children)]):
            return []
        harmed: list[Token] = []
        for head in [verb.head, *verb.head.conjuncts]:  # "one was killed and two others sustained injuries"
            lemma = head.lemma_.lower()
            if lemma in HARM_VERBS and is_passive(head):
                harmed += [c for c in head.children if c.dep_ == "nsubjpass"]
            elif (lemma in SUFFER_VERBS and not is_passive(head)) or _escape(head):
                # (an escape too: "the team had a narrow escape when Maoists triggered a landmine")
                harmed += [c for c in head.children if c.dep_ == "nsubj"]
        return [t for h in harmed for t in [h, *h.conjuncts]]

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
        # ("Seixas, who met with Rhodes, told the banks": a clause in the speaker's own phrase is no speech
        # of his, so whom it names is no speaker)
        tellers = [anc for anc in verb.ancestors if self.lexicon.is_cue(anc.lemma_, "speech")
                   and not _in_subject(verb, anc)]
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
        # with no doer named, a victim described only as a member of no named group ("two cadres were
        # killed") or hurt in no told violent act ("a woman was killed") is no target of his own
        doerless = not sources and kind == "violence"
        people = [] if doerless and not self._told_as_violence(verb) else self._described_patients(
            verb, exclude, members=not doerless)
        named = [a for a in people if a.ref.entity_id is not None]
        own = self._patient_entities(verb)
        if named and all(a.ref.entity_id is None or self._place_like(a) for a in found):
            found = named  # "a shopkeeper, identified as Gul Zaman": Gul Zaman, not an unnamed shopkeeper
        elif people and all((a.ref.entity_id and a.ref.entity_id not in own) or self._uncoded_group(a)
                            for a in found):
            # "abducted two tribal youths"; "abducted its two security guards at Chain": the guards, not what
            # a preposition named (but "released 13 Israeli hostages" keeps Israel, read from the object).
            found = people
        elif any(not self._place_like(a) for a in found) or verb.lemma_.lower() in words("person_act"):
            # A person, never a place, is killed, abducted or arrested; a town may be attacked.
            found = [a for a in found if not self._place_like(a)]
        inferred = [self._inferred(a, verb, kind, sources) for a in found]
        return [a for a in inferred if a.ref.entity_id is not None or a.ref.code]

    def _uncoded_group(self, arg: Argument) -> bool:
        """A name no table codes and the recogniser did not type a person ("Shia" in "the Shia doctor"): it
        names no party a coder codes, so the described person it modifies is the one acted on."""
        ent = self.entities.get(arg.ref.entity_id) if arg.ref.entity_id else None
        return ent is not None and not arg.ref.code and ent.actor is None and ent.type != "PERSON"

    def _patient_entities(self, verb: Token) -> set[str]:
        """The entities named by the words for the one acted on, or by their appositions and modifiers."""
        return {eid for tok in self._patients(verb)
                for t in [tok, *(c for c in tok.children if c.dep_ in {"appos", "compound", "poss"})]
                if (eid := self.mention_entity.get(t.i)) is not None}

    def _act_kind(self, verb: Token, pos: str = "VERB") -> str | None:
        """"violence" (CAMEO 18-20, with abduction), "arrest" (173, 174), "verdict" (116) or "release" (084),
        by the trigger row the word's clause matches; None for any other act."""
        cameo = self.matched_cameo(verb, pos)
        if cameo[:2] in VIOLENT_ROOTS:
            return "violence"
        if cameo.startswith(POLICE_ACTS):
            return "arrest"
        if cameo.startswith(VERDICT):  # "a court found Lin Wei guilty": placed and described as the arrested
            return "verdict"
        return "release" if cameo.startswith(RELEASE_ACTS) else None

    def _place_like(self, arg: Argument) -> bool:
        """A place entity, or a name ending in a place word, whatever type the recogniser gave it."""
        return self._is_place(arg) or self._named_place(arg)

    def _patients(self, verb: Token) -> list[Token]:
        """The words for the one acted on: the object of an active verb, the subject of a passive one or of a
        verb of dying."""
        deps = {"nsubjpass"} | ({"nsubj"} if small_clause(verb) else set()) if is_passive(verb) else {"dobj"}
        if self._killed_dying(verb):
            deps = {"nsubj"}
        heads = [c for c in verb.children if c.dep_ in deps]
        if not heads and (acted_on := _passive_subject(verb) or _misparsed_object(verb)
                          or _complement_subject(verb)) is not None:
            heads = [acted_on]
        return [self._victims(t) for h in heads for t in [h, *h.conjuncts]]

    def _described_patients(self, verb: Token, exclude: set[str], members: bool = True) -> list[Argument]:
        """"an IDP identified as Dure Kamil was shot dead": the person a phrase names after "identified as"
        or "named"; else "abducted two tribal youths", "arrested four dealers": an unnamed person whose noun
        describes him (`party_words.csv` person_description), coded by `_inferred`; without `members`, not one
        whose noun gives no sector of its own ("cadres")."""
        out: list[Argument] = []
        for tok in self._patients(verb):
            named = [a for o in _named_by(tok) for a in self.refs(o, exclude)]
            if named:
                out.extend(named)
            elif members and self._member_group_sector(tok):
                out.append(Argument(ActorRef(None, None), True))  # "arrested 10 members of a criminal group"
            elif tok.i in self.mention_entity or not (person_noun(tok) or self._kin_of_someone(tok)
                                                     or self._kin_of_titled(tok)):
                continue  # ("killed the brothers of a police officer": kin told as a person's are people)
            elif members or not member_noun(tok):
                out.append(Argument(ActorRef(None, None), True))
        # "shot at one person, identified as Peter Lyngdoh": a person a violent act is aimed at by a
        # preposition, named by a naming phrase, is named as its object would be; "opened fire at
        # spectators": one described by a person word and named by no one is a described patient, as "shot
        # two bystanders" makes them
        # (not one a name modifies: "the FC men" are the Frontier Corps', no one described)
        for tok in self._aimed_people(verb):
            named = [a for o in _named_by(tok) for a in self.refs(o, exclude)]
            if named:
                out.extend(named)
            elif (members or not member_noun(tok)) and not any(
                    c.dep_ in {"compound", "nmod"} and (c.pos_ == "PROPN" or c.i in self.mention_entity)
                    for c in tok.children):
                out.append(Argument(ActorRef(None, None), True))
        return out

    def _kin_of_titled(self, tok: Token) -> bool:
        """"The son of Provincial Minister, Sardar Khan Kakar, was abducted": kin (`party_words.csv` kin_noun)
        of one the of-phrase names by a title set off from his name by an apposition are kin told as a
        person's, as "the son of Sardar Khan Kakar" is, though the recogniser typed the title a body."""
        if tok.lemma_.lower() not in KIN_NOUNS and tok.lower_ not in KIN_NOUNS:
            return False
        owners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        return bool(owners) and all(any(
            c.dep_ == "appos" and (eid := self.mention_entity.get(c.i)) is not None
            and self.entities[eid].type == "PERSON" for c in o.children) for o in owners)

    def _aimed_people(self, verb: Token) -> list[Token]:
        """The words for people an active violent verb is aimed at through "at", "on" or "upon" on itself or
        its object ("fired at two brothers", "opened fire on a trader") when no mention names them; [] for
        any other verb; kin told as a person's or named ("fired at the brothers, identified as X and Y") are
        people too."""
        if is_passive(verb) or self._act_kind(verb) != "violence":
            return []
        return [o for o in _aimed_objects(verb) if o.i not in self.mention_entity
                and (person_noun(o) or self._kin_of_someone(o) or _named_kin(o))]

    def _named_patients(self, verb: Token) -> set[str]:
        """The entities a naming phrase gives for the ones acted on ("an IDP identified as X")."""
        people = [*self._patients(verb), *self._aimed_people(verb), *self._main_harmed(verb)]
        return {eid for tok in people for o in _named_by(tok)
                if (eid := self.mention_entity.get(o.i)) is not None}

    def _refs_of(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """A word's parties (`PartyReader._refs_of`); an object "them"/"him" of a verb sharing its subject
        with an earlier verb of the sentence is that verb's object (`_earlier_object`: "assaulted engineers
        and threatened them"); and "opened fire at his car", "lobbed a grenade at her house": a "his"/"her"
        owning a person's thing (`party_words.csv` owned_thing) stands for the person, read as "him" is."""
        found = super()._refs_of(tok, exclude)
        if not found and tok.lower_ == "it" and self._party_it(tok):
            return [a for a in self._it_speakers(tok) if a.ref.entity_id not in exclude]
        if not found and tok.lower_ in {"them", "him", "her"} and tok.dep_ != "poss" \
                and (earlier := _earlier_object(tok)) is not None and self._party_word(earlier):
            return as_indirect(self.party(earlier, exclude))
        if not found and tok.lower_ == "them" and tok.dep_ in {"dobj", "dative"}:
            found = self._same_doers_earlier_object(tok, exclude)
        if not found and tok.lower_ in OBJECT_PERSONS and tok.dep_ in {"dobj", "pobj", "dative"} \
                and (named := self._person_before(tok)) is not None:
            return as_indirect(self.party(named, exclude))
        if found or tok.dep_ != "poss" or tok.lower_ not in {"his", "her"} or tok.i in self.mention_entity:
            return found
        if tok.head.lemma_.lower() not in OWNED_THINGS:
            return found
        person = self._resolve_person_pronoun(tok, exclude)
        return [Argument(self._ref(person), False)] if person else []

    def _person_before(self, tok: Token) -> Token | None:
        """"the trader went to the market when two assailants opened fire on him", "the militant opened fire
        on troops, and the SFs killed him", "A doctor, identified as X, was shot dead. The militants fired at
        him": the one person an object "him"/"her" the named-person reader left unread stands for, as a word:
        the one person its sentence names before it, by name or by a singular word for a person (a word and
        the name its naming phrase gives are one), other than its own clause's doer and the one telling it;
        with none there, the previous sentence's main subject (of the clause a speech verb or news credit
        reports) when it is a person something was done to (a passive's subject), else the one person that
        sentence names other than who tells it (unless a name or pronoun no person was read from is its
        subject). None when two could be it."""
        own = doer_words(clause_verb(tok)) | self._teller_words(tok)
        sent = sentence_of(tok)
        here = self._people_named(list(self.doc[sent.start:tok.i]), own, tok.lower_)
        if here or sent.start == 0:
            return next(iter(here.values())) if len(here) == 1 else None
        previous = sentence_of(self.doc[sent.start - 1])
        tellers = {i for verb in previous if self.lexicon.is_cue(verb.lemma_, "speech")
                   for i in doer_words(verb)}
        before = self._people_named(list(previous), tellers, tok.lower_)
        main = _main_subject(previous, self.lexicon)
        # (a subject no person word heads may still be a person its apposition names: "tribe chief, X,")
        keys = [] if main is None else [k for t in [main, *self._naming_words(main)]
                                        if (k := self._person_key(t, tok.lower_)) is not None]
        # the one the previous sentence tells something was done to ("X was shot dead. The gunmen had
        # threatened him"), not one who did something with another ("X met Y. Protesters attacked him")
        if keys and keys[0] in before and main is not None and main.dep_ == "nsubjpass":
            return before[keys[0]]
        if main is not None and not keys and main.pos_ in {"PROPN", "PRON"}:
            return None  # "Z43 is a US citizen ...", "They may have seen him": a name or pronoun may be him
        return next(iter(before.values())) if len(before) == 1 else None

    def _people_named(self, tokens: list[Token], skip: set[int], pronoun: str) -> dict[str, Token]:
        """The distinct people the words name, each by the word that names it (`_person_key`), leaving out
        the words in `skip`."""
        found: dict[str, Token] = {}
        for t in tokens:
            key = self._person_key(t, pronoun) if t.i not in skip else None
            if key is not None:
                named = (o for o in self._naming_words(t) if o.i in self.mention_entity)
                found.setdefault(key, next(named, t))
        return found

    def _person_key(self, t: Token, pronoun: str) -> str | None:
        """Who a word names when it is the head of a phrase for one person a "him"/"her" can stand for: a
        person's name (its entity; not of the other sex, not a place typed a person), or a singular word for
        a person (`person_noun`, a person's role) — the entity its naming phrase gives, if any ("a doctor,
        identified as X": X), else the word itself. None for any other word."""
        # (a modifier or possessor is no phrase for a person told of: "Carranza's associates" are others)
        if t.dep_ in {"compound", "amod", "nmod", "poss"} or t.pos_ == "PRON" or _predicate_noun(t):
            return None
        eid = self.mention_entity.get(t.i)
        if eid is not None:
            ent = self.entities[eid]
            person = ent.type == "PERSON" and not self._place_name(eid) and agrees(pronoun, eid, self.genders)
            # (a name's head word only: "Sub Inspector X" is one person, not two)
            return eid if person and self.mention_entity.get(t.head.i) != eid else None
        # ("a man and a woman were injured": either may be "him")
        if t.tag_ not in {"NN", "NNP"} or t.pos_ not in {"NOUN", "PROPN"} or t.dep_ == "conj" or any(
                c.dep_ == "conj" for c in t.children):
            return None
        role = self.kb.roles.get(normalize(t.lemma_)) or self.kb.roles.get(normalize(t.text))
        if not (person_noun(t) or (role is not None and role.person)):
            return None
        named = {eid for o in self._naming_words(t) if (eid := self.mention_entity.get(o.i)) is not None}
        return named.pop() if len(named) == 1 else f"word:{t.i}"

    def _naming_words(self, t: Token) -> list[Token]:
        """The words that name the one a word for a person describes: its naming phrase ("a doctor,
        identified as X") or an apposition that is a person's name ("tribe chief, Sardar X,")."""
        apposed = [c for c in t.children if c.dep_ == "appos" and (eid := self.mention_entity.get(c.i))
                   is not None and self.entities[eid].type == "PERSON"]
        return [*_named_by(t), *apposed]

    def _same_doers_earlier_object(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """"MITI has asked 30 trading houses to refrain from selling. ... The officials said MITI had asked
        them to moderate trading": an object "them" of an appeal, demand, accusation or rejection (CAMEO 02x,
        10x, 11x, 12x) with nothing in its own sentence to stand for stands for the plural object a verb of
        the same named doer had in one of the sentences before (the nearest, up to `THEM_SENTENCES` back):
        one doer acting on a group again. [] when the doer is no named party or no such object is found."""
        verb = tok.head
        if verb.pos_ != "VERB" or self.matched_cameo(verb)[:2] not in THEM_ROOTS:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        doers = {a.ref.entity_id for s in subjects for a in self.refs(s) if a.ref.entity_id is not None}
        if len(subjects) != 1 or not doers:
            return []
        sentences, starts = sentence_list(self.doc)
        here = bisect_right(starts, tok.i) - 1
        for sent in reversed(sentences[max(0, here - THEM_SENTENCES):here]):
            for earlier in (t for t in sent if t.pos_ == "VERB" and not is_passive(t)):
                if not any(a.ref.entity_id in doers for c in earlier.children if c.dep_ == "nsubj"
                           for a in self.refs(c)):
                    continue
                objects = [c for c in earlier.children if c.dep_ in {"dobj", "dative"}
                           and (c.tag_ in {"NNS", "NNPS"} or any(d.dep_ == "conj" for d in c.children))]
                found = [a for o in objects[:1] for a in self.party(o, exclude)
                         if a.ref.entity_id is not None and a.ref.entity_id not in doers]
                if found:
                    return as_indirect(found)
        return []

    def _it_speakers(self, tok: Token) -> list[Argument]:
        """"Andover said HBO refused to provide it with the data": the body a party "it" in a reported
        clause stands for, the reporting verb's subject (climbing through complements, infinitives and
        clauses of reason, and through a speech verb whose own subject is "it": "X said it filed because it
        claimed Y refuses to cooperate with it"); no party when that subject is a person (no "it") or none."""
        node = clause_verb(tok)
        for _ in range(MAX_CLAUSE_HOPS):
            head = node.head
            if head is node or node.dep_ not in IT_CLIMB_DEPS:
                return []
            if node.dep_ in {"ccomp", "advcl"} and self.lexicon.is_cue(head.lemma_, "speech"):
                subjects = [c for c in head.children if c.dep_ == "nsubj"]
                if len(subjects) != 1 or subjects[0].lower_ in PERSON_PRONOUNS | {"they", "we", "i", "you"}:
                    return []
                if subjects[0].lower_ != "it":
                    return as_indirect([a for a in self.refs(subjects[0]) if self._body_ref(a)])
            node = head
        return []

    def _party_it(self, tok: Token) -> bool:
        """Whether an "it" stands where a party, not a thing, stands: the receiver of a double-object verb
        ("advance it a loan"), the object of a verb that supplies it with something ("provide it with data"),
        or the partner of a verb done with another ("cooperate with it", "negotiate with it": the reciprocal
        cue verbs; a thing is complied or dealt with)."""
        if tok.dep_ == "dative":
            return True
        if tok.dep_ == "dobj":  # (the parser may hang the with-phrase on the verb the infinitive completes)
            verbs = [tok.head, tok.head.head] if tok.head.dep_ == "xcomp" else [tok.head]
            return any(c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i
                       for v in verbs for c in v.children)
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB" \
            and self.lexicon.is_cue(prep.head.lemma_, "reciprocal")

    def _body_ref(self, arg: Argument) -> bool:
        """Whether a party is a body an "it" can stand for: an organisation or country, no person."""
        eid = arg.ref.entity_id
        return eid is not None and self.entities[eid].type in IT_TYPES

    def _resolve_person_pronoun(self, tok: Token, exclude: set[str]) -> str | None:
        """The one person a "him"/"her" stands for (`PartyReader._resolve_person_pronoun`); and "a man,
        identified as Athar, was injured when militants opened fire on him": with no person the recogniser
        typed before it in its sentence, the one name a naming phrase there gives a word for a person (the
        recogniser may have typed "Athar" an organisation)."""
        main = self._main_clause_people(tok) if tok.lower_ in {"him", "her"} else None
        if main is not None and (eid := self.mention_entity.get(main.i)) is not None and eid not in exclude:
            return eid  # "According to officer X, Y was returning home when gunmen shot him": Y, not X
        bound = self._named_earlier_object(tok, exclude)
        if bound is not None:
            return bound
        found = super()._resolve_person_pronoun(tok, exclude)
        if found is not None or tok.dep_ in {"nsubj", "nsubjpass"} or tok.lower_ not in {"him", "her", "his"}:
            return found
        sent = sentence_of(tok)
        people = {eid for i, eid in self.mention_entity.items() if sent.start <= i < tok.i
                  and self.entities[eid].type == "PERSON"}
        named = {eid for t in self.doc[sent.start:tok.i] if person_noun(t) for o in _named_by(t)
                 if o.i < tok.i and (eid := self.mention_entity.get(o.i)) is not None and eid not in exclude}
        return named.pop() if len(named) == 1 and not people else None

    def _named_earlier_object(self, tok: Token, exclude: set[str]) -> str | None:
        """"Maoists halted a bus, abducted constable X and killed him": the person an object "him"/"her"
        stands for when the verb it follows shares its doer with an earlier verb whose one object is that
        person's name (`_earlier_object`); read before any other person of the sentence, since one doer
        doing both acts binds the pronoun to the one acted on first (a place name the recogniser typed a
        person, a commander named before, are no candidates then)."""
        if tok.lower_ not in {"him", "her"}:
            return None
        obj = _earlier_object(tok, names=True)
        eid = self.mention_entity.get(obj.i) if obj is not None else None
        if eid is None or eid in exclude or self.entities[eid].type != "PERSON" or self._place_name(eid):
            return None
        return eid if agrees(tok.lower_, eid, self.genders) else None

    def _main_clause_people(self, tok: Token) -> Token | None:
        """"Constable X and Sepoy Y were on their way when gunmen opened fire on them", "Z was returning
        home when gunmen opened fire and killed him": the "them"/"him"/"her" a violent act in a when-, as- or
        after-clause acts on stands for the people the clause it hangs on is about, its subject: named
        people, or people a person word or role names ("the policemen were patrolling"); "them" only for
        several (a plural or coordinated subject), "him"/"her" for one person named. None when the act's
        own doer is a pronoun ("he was driving when they fired at him" may be told of the doers) or the
        subject is no person."""
        if tok.dep_ not in {"dobj", "pobj"} or tok.lower_ not in {"them", "him", "her"}:
            return None
        act = clause_verb(tok)
        clause = first_conjunct(act)  # "opened fire and killed him": the clause "opened" heads
        violent = self._violent(act, nouns=True) or self._violent(clause, nouns=True)
        if clause.dep_ != "advcl" or not violent:
            return None
        if not _marked(clause, HARM_CLAUSE_MARKS):
            return None
        if any(c.dep_ in {"nsubj", "agent"} and c.pos_ == "PRON" for v in {act, clause} for c in v.children):
            return None
        subjects = [c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        several = bool(subject.conjuncts) or subject.tag_ in {"NNS", "NNPS"}
        if several != (tok.lower_ == "them"):
            return None
        people = [t for t in [subject, *subject.conjuncts] if (
            (eid := self.mention_entity.get(t.i)) is not None and self.entities[eid].type == "PERSON")
            or (t.i not in self.mention_entity and (person_noun(t) or self._people_plural(t)))]
        return subject if len(people) == len([subject, *subject.conjuncts]) else None

    def _named_people(self, verb: Token) -> set[str]:
        """The entities a naming phrase on a word for a person anywhere in the verb's sentence gives ("a man,
        identified as Athar, was injured when militants opened fire on him"): people, whatever type the
        recogniser gave the name, when a pronoun brings them to the act."""
        return {eid for tok in sentence_of(verb) if person_noun(tok) for o in _named_by(tok)
                if (eid := self.mention_entity.get(o.i)) is not None}

    def _homed_addressee(self, addressee: Token, sector: str) -> Argument:
        """"The ministry asked electronics firms to provide certificates" (filed from Tokyo): a body no entity
        names, asked to act, is of the country its own words name ("U.S. firms"), else of the story's home
        (`article`, a guess); bare when a name among its words may be another country's ("Toshiba's
        suppliers") or a word says it is ("foreign banks"), when it is of an international sector, or when
        the story has no home."""
        words = [t for t in addressee.subtree if t.i != addressee.i and t.i < addressee.i]
        countries = {c for t in words if (c := self._country_at(t))}
        if len(countries) == 1:
            return Argument(ActorRef(None, next(iter(countries)) + sector, "title"), True)
        # why: a name beside the noun ("Toshiba suppliers", "Gulf states' firms") may be of anywhere
        if countries or sector in UNPLACED_SECTORS or not self.home or any(
                t.ent_type_ or t.pos_ == "PROPN" or t.lemma_.lower() in FOREIGN_WORDS for t in words):
            return Argument(ActorRef(None, sector), True)
        return Argument(ActorRef(None, self.home + sector, "article"), True, guessed=True)

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
        named = ent is not None and ent.actor is None and (ref.entity_id in self._named_patients(verb)
                                                           or ref.entity_id in self._named_people(verb))
        if ent is not None and ent.type != "PERSON" and not named:
            return arg
        if ent is not None and ref.code and len(ref.code) == 3 and ref.code in self.kb.country_names:
            # "Sajid Mehmood" coded by his country alone: the sector his description or part gives.
            sector = self._description_sector(verb, ref.entity_id, self._suspect(verb, kind, sources)) \
                or self._part_sector(verb, kind, sources)
            return Argument(ActorRef(ref.entity_id, ref.code + sector, "inferred"), arg.direct, True) \
                if sector else arg
        if ref.code and (self._has_country(ref.code) or len(ref.code) != 3 or ref.code in UNPLACED_SECTORS):
            return arg
        suspect = self._suspect(verb, kind, sources)
        sector = ref.code or self._description_sector(verb, ref.entity_id, suspect) \
            or self._part_sector(verb, kind, sources)
        if suspect and sector == "CVL" and ref.entity_id is None and not self._kept_role(verb):
            sector = "CRM"  # "arrested 13 people working as drug mules": private people's word, suspects
        if sector == "PPL" and kind == "violence" and self._civilian_victim(sources):
            sector = "CVL"  # "gunmen shot dead a man": a civilian
        # (one found guilty is often tried abroad: "a jury in a US court found the brother of the president
        # of Honduras guilty"; the court's place is no evidence of his country, the story's is)
        country = self._clause_country(verb) if kind != "verdict" else ""
        if country == "" and not self._sends_away(verb):
            story = self.home or self.place_country
            doers = {a.ref.code[:3] for a in sources if a.ref.code and self._has_country(a.ref.code)}
            country = story if doers <= {story} else ""
        if not country:
            return arg
        return Argument(ActorRef(ref.entity_id, country + sector, "inferred"), arg.direct, guessed=True)

    def _suspect(self, verb: Token, kind: str, sources: Sequence[Argument]) -> bool:
        """Whether the act makes its target a suspect: an arrest, charge or verdict in a sentence naming a
        crime (`_part_sector`)."""
        return kind in {"arrest", "verdict"} and self._part_sector(verb, kind, sources) == "CRM"

    def _description_sector(self, verb: Token, eid: str | None, suspect: bool = False) -> str:
        """The sector the words describing the affected person give: "Constable Amresh Kumar", "a trader,
        Aqib Dar", "an IDP identified as Dure Kamil", "two tribal youths"; with `suspect` (arrested for a
        crime), a private person's word ("four individuals", "two men") gives a criminal (CRM) unless it is
        one a charge leaves as he is (`charge_keeps_role`: protesters, activists, victims)."""
        for tok in [*self._patients(verb), *self._aimed_people(verb)]:
            if eid is None and (group := self._member_group_sector(tok)):
                return group
            if eid is not None and self.mention_entity.get(tok.i) != eid:
                described = [c for c in tok.children if c.dep_ in {"acl", "appos"}
                             and any(self.mention_entity.get(t.i) == eid for t in c.subtree)]
                # "two Policemen, X and Y, were killed": the parser joins the names to the noun as conjuncts
                if not described and self._listed_after(tok, eid) and (force := force_sector(tok, self.kb)) \
                        and not _former(tok):
                    return self._force_of_modifier(tok) or force
                if not described:
                    continue
            # "the leader of the gang": a member's sector is his group's before his rank's ("leader" GOV); but
            # an occupation or plight is his own ("a driver of X Company" CVL, "a hostage of the FARC" CVL).
            owners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                      for o in p.children if o.dep_ == "pobj"]
            unnamed = tok.i not in self.mention_entity
            # ("a Police Constable, identified as X": a member's word of a state's force, capitalised, is read
            # as a name or merged into the force's mention; it still says who X is)
            describing = self.mention_entity.get(tok.i, eid) != eid  # another entity's mention describing him
            former = _former(tok)
            if (unnamed or describing) and not former and (force := force_sector(tok, self.kb)):
                return self._force_of_modifier(tok) or force
            own = values("person_description").get(tok.lemma_.lower(), "") if unnamed else ""
            own = charged_sector(tok, own, tok.lemma_.lower()) if own else own  # "arrested two men for theft"
            if suspect and own == "CVL" and tok.lemma_.lower() not in charge_keeps_role():
                own = "CRM"  # "to detain other individuals involved in the smuggling ring"
            sector = own or next((sec for o in owners if nonstate(sec := self._modifier_sector(o))), "")
            if not sector and tok.i not in self.mention_entity:
                sector = sector_of_word(tok, self.kb)
            # ("Eight Tritiya Prastuti Committee (TPC) cadres": the parser makes a bracketed name an nmod; "a
            # former CPI Maoist (CPI Maoist) cadre" has left the group: no member of it)
            for other in (c for c in tok.children if c.dep_ in {"appos", "compound", "amod", "nmod"}
                          and not former):
                sector = sector or self._modifier_sector(other)
            if sector:
                return sector
        return ""

    def _member_group_sector(self, tok: Token) -> str:
        """The sector of the group whose members a member word names (`party_words.csv` group_member) when no
        table codes it: CRM when its of-phrase names a crime ("a binational criminal group", "a counterfeit
        money ring", "the gang") or, for an arrest or verdict, its sentence does ("arrested 104 suspected
        members of the Crips"); "" for another word, a group a table codes (read as that group), one already
        named as the members' own mention, or one no crime word tells ("members of the Gonzalez family")."""
        if tok.lemma_.lower() not in words("group_member") or tok.i in self.mention_entity:
            return ""
        owners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        # the group's own words: the noun and what stands before it ("a binational criminal group"), not a
        # place or clause after it ("a ring in Lima", "a group that smuggled marijuana")
        named = [t for o in owners for t in o.doc[o.left_edge.i:o.i + 1]]
        if not owners or any((eid := self.mention_entity.get(t.i)) is not None
                             and self.entities[eid].actor is not None
                             and self.entities[eid].type not in PLACE_TYPES for t in named):
            return ""
        from .implied import sector_words  # imported here: implied reads this module

        crime = sector_words("crime_word")
        if any(t.lemma_.lower() in crime or t.lower_ in crime for t in named):
            return "CRM"
        verb = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else None
        kind = self._act_kind(verb) if verb is not None else None
        return self._part_sector(verb, kind, []) if verb is not None and kind in {"arrest", "verdict"} else ""

    def _force_of_modifier(self, noun: Token) -> str:
        """The sector of the state's force a member's word names as his ("a CRPF Commando" COP, not the
        commando's MIL): the nearest coded police or military body in the noun's left modifiers, else a
        force's body word compounded to it ("a police jawan" COP), else the coded body of its of-phrase ("a
        trooper of the District Reserve Guard" COP); "" when none."""
        for tok in reversed(noun.doc[noun.left_edge.i:noun.i]):
            eid = self.mention_entity.get(tok.i)
            actor = self.entities[eid].actor if eid is not None else None
            if actor is not None and actor.sector in FORCE_SECTORS:
                return actor.sector
        for tok in (c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1):
            # ("a police jawan": the body's word, no mention of its own; not a person's word, "a soldier
            # constable")
            role = self.kb.roles.get(normalize(tok.lemma_.lower()))
            if role is not None and not role.person and role.sector in FORCE_SECTORS:
                return role.sector
        for body in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"):
            entity = self.entities[eid] if (eid := self.mention_entity.get(body.i)) is not None else None
            if entity is not None and entity.actor is not None and entity.actor.sector in FORCE_SECTORS \
                    and entity.type not in PLACE_TYPES:
                return entity.actor.sector
        return ""

    def _listed_after(self, noun: Token, eid: str) -> bool:
        """Whether a person of `eid` is one of the names listed right after the noun and its comma ("two
        Policemen, X and Y"), joined to it as conjuncts."""
        return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "," and any(
            self.mention_entity.get(t.i) == eid and self.entities[eid].type == "PERSON"
            for c in noun.conjuncts if c.i > noun.i for t in c.subtree)

    def _part_sector(self, verb: Token, kind: str, sources: Sequence[Argument]) -> str:
        """A victim or captive of doers of no state is a civilian; one arrested or found guilty for a
        described crime ("four drug dealers", "arrested in a murder case") a criminal; else no sector is
        known."""
        if kind == "violence":
            return "CVL" if self._civilian_victim(sources) else ""
        if kind in {"arrest", "verdict"}:
            from .implied import sector_words  # imported here: implied reads this module

            # the crime words `implied_sectors.csv` reads for a named suspect ("marijuana", "kidnapping") tell
            # an unnamed one's crime too
            crime = sector_words("crime_word")
            named = any(t.lemma_.lower() in crime or t.lower_ in crime for t in sentence_of(verb))
            return "CRM" if named else ""
        return ""

    def _kept_role(self, verb: Token) -> bool:
        """Whether a word for the ones acted on names people a charge leaves as they are ("arrested dozens of
        protesters", `crime_predicates.csv` keep)."""
        kept = charge_keeps_role()
        return any(tok.lemma_.lower() in kept or tok.lower_ in kept
                   for tok in [*self._patients(verb), *self._aimed_people(verb)])

    def _civilian_victim(self, sources: Sequence[Argument]) -> bool:
        """Whether the doers are named and none of them is a state body (militants, gunmen, gangs)."""
        return bool(sources) and all(a.ref.code is not None and a.ref.code[-3:] not in STATE_SECTORS
                                     and not (a.ref.entity_id and self._is_person_entity(a.ref.entity_id))
                                     for a in sources)

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
        if not to_infinitive(verb):
            return []
        # "summoned a senior Indian diplomat to complain": a described official of a named country too
        found = as_indirect([a for c in head.children if c.dep_ == "dobj" for a in self.refs(c, exclude)
                             if (a.ref.entity_id is not None and a.ref.entity_id not in exclude)
                             or (a.ref.entity_id is None and self._has_country(a.ref.code))])
        return found or self._partner_of_purpose(verb, head, exclude)

    def _partner_of_purpose(self, verb: Token, head: Token, exclude: set[str]) -> list[Argument]:
        """"met with Rockland officials to negotiate a merger", "will meet with the Paris Club to sign an
        accord": the one a meeting or cooperation (`MEETING_ROOTS`) is held with is the other party of the
        talk, appeal, demand or deal (CAMEO 01-13) it is held for; a named party or a country's body, never a
        place ("met in Oslo"). Not a protest, sanction or use of force: "worked with police to raid the
        camp" raids no police."""
        spoken = "01" <= self.matched_cameo(verb)[:2] <= "13"
        if self.matched_cameo(head)[:2] not in MEETING_ROOTS or not spoken:
            return []
        return as_indirect([a for a in self.prep_objects(head, "with", exclude) if not self._place_like(a)
                            and ((a.ref.entity_id is not None and a.ref.entity_id not in exclude)
                                 or (a.ref.entity_id is None and self._has_country(a.ref.code)))])

    def _credited_object(self, verb: Token) -> Token | None:
        """"Armed men hacked to death Sunil Gomez (60), a grocer, reports The Daily Star": before an inverted
        credit the parser may take the object of the credited clause for a first subject of the credit's
        verb, its outlet being the second; that noun, between the clause's verb and the credit, is the verb's
        object. None for a verb with an object of its own, or no such credit."""
        credit = verb.head
        if verb.dep_ != "ccomp" or credit.i < verb.i or credit.tag_ not in {"VBZ", "VBD"} \
                or not self.lexicon.is_cue(credit.lemma_.lower(), "speech") \
                or any(c.dep_ == "dobj" for c in verb.children):
            return None
        subjects = [c for c in credit.children if c.dep_ == "nsubj"]
        before = [c for c in subjects if verb.i < c.i < credit.i and c.pos_ in {"NOUN", "PROPN"}]
        after = [c for c in subjects if c.i > credit.i]
        return before[0] if len(before) == 1 and after else None

    def _verb_targets(self, verb: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        if self._killed_dying(verb):
            return self._dead(verb, exclude)  # whatever the row says: the with-party is the killer
        # "opened fire upon a Police vehicle": "upon" is the formal "on" wherever a row reads "on"; "lobbed a
        # grenade inside the camp": "inside" is "into" wherever a row reads "into"
        ways = tuple(w for way in ways for w in (PREP_VARIANTS.get(way, (way,))))
        passive = is_passive(verb)
        where_named: list[Argument] = []
        for way in ways:
            if way == "dobj" and (laid := self._laid_on_act(verb, exclude)):
                return laid  # "blamed most of Honduras' murders on the gangs": the gangs, not Honduras
            if way == "dobj":
                subjects = {"nsubjpass", "nsubj"} if small_clause(verb) else {"nsubjpass"}
                deps = subjects if passive else {"dobj"}
                found = [a for c in verb.children if c.dep_ in deps for a in self._target_np(c, exclude)]
                if not found:  # "investigate members of the elite, including both Morales and Giammattei"
                    # (a group that is a party keeps its code: "three former ministers, including X")
                    found = self._named_instances([c for c in verb.children if c.dep_ in deps], exclude)
                if not found and not passive:  # "troops detained and questioned X": X is detained too
                    # (a bare sector of no country is no party read from a shared object: "support and
                    # enhance the companies' product lines", "capture and extradite the group's leaders")
                    found = [a for c in _shared_object(verb) for a in self._target_np(c, exclude)
                             if a.ref.entity_id is not None or self._has_country(a.ref.code)]
                sent = not passive and not self._police_act(verb)  # "deported journalists to Chile"
                if found and all(a.ref.entity_id is None for a in found) and sent:
                    # "sent troops to Cambodia": an unnamed group sent is no party when a named one is.
                    named = [a for prep in TOWARD_PREPS for a in self.prep_objects(verb, prep, exclude)
                             if a.ref.entity_id is not None]
                    found = named or found
                if not passive and self._business_bought(verb) and (seller := self.seller(verb, exclude)):
                    found = seller  # "acquired Valvoline Inc from Ashland Oil": the deal is with Ashland
                if not found and not passive:  # "acquired the steel unit from Algoma Steel": the seller
                    found = self._seller_of_holding(verb, exclude)
                if not found and not passive:  # "denied charges by the Chamber of Commerce": the accuser
                    found = self._maker_after_object(verb, exclude)
                if not found and not passive and (held := _complement_subject(verb)) is not None:
                    found = self._target_np(held, exclude)  # "found Lin Wei guilty": Lin Wei
                if not found and not passive and (held := self._credited_object(verb)) is not None:
                    found = self._target_np(held, exclude)  # "hacked to death X, reports The Daily Star": X
                acted_on = _passive_subject(verb) if not found else None
                if acted_on is not None:  # "a clerk charged by police", "was arrested and charged"
                    found = as_indirect(self.party(acted_on, exclude))
            elif way == "dative":
                found = [a for c in verb.children if c.dep_ == "dative" for a in self.party(c, exclude)]
            else:
                # "expressed support for X": the preposition may hang on the verb or on its object;
                # "entered into an agreement with X": on the object of the verb's own preposition.
                objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                    o for p in verb.children if p.dep_ == "prep" and p.lower_ == "into"
                    for o in p.children if o.dep_ == "pobj"]
                if way in PARTNER_PREPS:  # "signed a memorandum of understanding with X": on its of-phrase
                    objects += _of_complements(objects)
                nodes = [verb, *objects]
                found = [a for node in nodes for a in self.prep_objects(node, way, exclude)] or [
                    a for node in nodes for a in self.prep_clause_subjects(node, way, exclude)] or [
                    a for node in nodes if self.matched_cameo(verb).startswith(DISAPPROVE)
                    for a in self._forum_hung(node, way, exclude)]
                found = self.named_examples(found, [verb, *objects], way, exclude)
                if found and way == "for" and self._claimed_acts([verb, *objects]):
                    # "claimed responsibility for the attack in Pakistan's largest city": an act claimed
                    # names its target as its own row reads it, never by where it happened
                    found = self._claimed_act_targets([verb, *objects], exclude)
                if not found and way == "with" and self.matched_cameo(verb)[:2] in MEETING_ROOTS:
                    found = self.adjunct_partner([verb, *objects], exclude)
                if not found and way == "between":
                    found = self._sides_of_object(verb, objects, exclude)
                if not found and passive:
                    found = self._stranded_object(verb, way, exclude)
                if not found and way == "for" and self.matched_cameo(verb).startswith(CLAIM):
                    found = self._claimed_act_targets([verb, *objects], exclude)
                if not found and not passive:  # "mobilized troops for an assault against Hamas": Hamas
                    found = [a for act in self._purpose_acts([verb, *objects], way)
                             for a in self.prep_objects(act, way, exclude) if not self._place_like(a)
                             or (a.ref.entity_id is not None and self._has_country(a.ref.code))]
                if way == "from" and all(a.ref.entity_id is None and not self._has_country(a.ref.code)
                                         for a in found):
                    found = self._described_from(verb, objects) or found
            if found and way == "dobj" and self.matched_cameo(verb).startswith(SEIZURE):
                found = self._seized_from(verb, found, exclude)
            if found and self._where_name(found, way, verb):
                # kept only if no other way names a party; the first such name ("opened fire on him at
                # Nullah Yousaf Talab": him) before a later one
                where_named = where_named or found
                continue
            if found:
                return found
        struck = self._struck_owner(verb, ways or self._device_sites(verb), exclude)
        if struck or where_named:
            return struck or where_named
        if not passive and self.matched_cameo(verb).startswith(SEIZURE):
            taken = self._arrested_with(verb, exclude)
            if taken:
                return taken
        if not ways and not self.lexicon.is_cue(verb.lemma_, "addressee"):
            return self._owner_of_object(verb, exclude)
        if "dobj" in ways and not passive and (addressee := _controlled_object(verb)) is not None and (
                addressee.pos_ == "PROPN" or self.kb.roles.get(addressee.lemma_.lower()) is not None
                or sector_of_word(addressee, self.kb, bodies=True)):
            # "asked the Supreme Court to review the conviction of X": the one asked is the court, whatever
            # the infinitive acts on; a body no entity names is its bare sector, else no one (but "requested
            # the injunction to stop a takeover by X": a thing asked for names no one asked)
            sector = sector_of_word(addressee, self.kb, bodies=True)
            return [self._homed_addressee(addressee, sector)] if sector else []
        acts = [a for c in verb.children if c.dep_ == "dobj"
                for a in self._own_act_targets(c, exclude, self.noun_own_source(c))]
        if acts:
            return acts
        return self._complement_target(verb, exclude) or self._clause_targets(verb, exclude)

    def _forum_hung(self, noun: Token, way: str, exclude: set[str]) -> list[Argument]:
        """"filed a complaint with the General Agreement on Tariffs and Trade against the EC's sugar policy":
        the parser hangs a complaint's against-phrase on the name of the body it is filed with (or made to);
        the one complained of is the against-phrase's party all the same, before the body (`FORUM_PREPS`)."""
        if way != "against":
            return []
        forums = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in FORUM_PREPS
                  for o in p.children if o.dep_ == "pobj" and o.i in self.mention_entity]
        return [a for o in forums for a in self.prep_objects(o, way, exclude)]

    def _struck_owner(self, verb: Token, ways: tuple[str, ...], exclude: set[str]) -> list[Argument]:
        """"fired shells at Iran's Rostam oil rig", "fired at the gate of the MLA's residence": a thing a
        forceful act (CAMEO 17-20) is aimed at by one of its row's prepositions, which names no party
        itself, was struck as its owner's (its possessor or of-phrase at any depth: a body, a person, a
        country; never a town or province: "at a market in Quetta"). Not a person word or role ("fired at
        the son of X": the son, no one else)."""
        if self.matched_cameo(verb)[:2] not in PROPERTY_ROOTS or is_passive(verb):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        things = [o for n in [verb, *objects] for p in n.children if p.dep_ == "prep" and p.lower_ in ways
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                  and o.i not in self.mention_entity and not person_noun(o)
                  and self.kb.roles.get(o.lemma_.lower()) is None]
        # (only "of" and the possessor: "a workshop in the limits of Sarband Police Station" is where)
        owners = [a for t in things for a in self._owner(t, exclude, STRUCK_OWNER_PREPS, 0)
                  if a.ref.entity_id is not None and (not self._place_like(a) or self._country_named(a))]
        return as_indirect(list({a.ref.entity_id: a for a in owners}.values()))

    def _device_sites(self, verb: Token) -> tuple[str, ...]:
        """The prepositions naming where a device went off, for a bombing row that reads no target of its own
        ("a bomb planted by militants exploded at the residence of a businessman": the device is the subject,
        so no object names whom it struck); the owner of the thing there is read by `_struck_owner`, never
        the place itself ("exploded at Paltan Bazar" names no one)."""
        return DEVICE_SITE_PREPS if self.matched_cameo(verb).startswith(BOMBING_ROOT) else ()

    def _where_name(self, found: list[Argument], way: str, verb: Token) -> bool:
        """Whether the parties a where-preposition ("at", "on") of a forceful act (CAMEO 17-20) gave are
        only names coded by no sector (none or a country alone), which may be where the act happened
        rather than whom it struck: "lobbed a grenade inside the BSF camp at Handwara", "into a police
        station at Sopore" (the recogniser types such villages as persons or bodies, and the story's country
        is given them). Another way of the row naming a party (the camp's force) is the target then; with
        none, the name stays ("fired at Ahmed Khan")."""
        if way not in WHERE_PREPS or self.matched_cameo(verb)[:2] not in PROPERTY_ROOTS:
            return False
        return all(a.ref.entity_id is not None and (not a.ref.code or a.ref.code in self.kb.country_names)
                   and not self._country_named(a) for a in found)

    def seller(self, word: Token, exclude: set[str]) -> list[Argument]:
        """"acquired Valvoline Inc from Ashland Oil", "to buy 15 planes from Boeing", "the purchase of
        Georgia Life from Capital Holding", "plans to buy oil from Iraq": the seller a buying word
        (`BUY_WORDS`) names by a from-phrase on itself or on what is bought; a named party or a country,
        never a place that is only where the thing lies; [] for any other word."""
        if word.lemma_.lower() not in BUY_WORDS:
            return []
        bought = [c for c in word.children if c.dep_ == "dobj"] + [
            o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"]
        # ("the 49 pct of Intelsa that it does not own from Telefonica": on the bought thing's own phrase too)
        inner = [o for b in bought for p in b.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                 for o in p.children if o.dep_ == "pobj"]
        found = [a for node in [word, *bought, *inner] for a in self.prep_objects(node, "from", exclude)]
        return as_indirect([a for a in found if a.ref.entity_id is not None and a.ref.entity_id not in exclude
                          and (not self._place_like(a) or self._country_named(a))])

    def _business_bought(self, verb: Token) -> bool:
        """Whether a buying verb's object is a business or a part of one: a name ("acquired Triumph Adler"), a
        holding (`party_words.csv` holding: "bought a stake"), or a share of a name ("20 pct of X"); not goods
        or paper ("bought deposit notes from X", "buy products from X": trade, no deal between the two)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        shares = [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                  for o in p.children if o.dep_ == "pobj"]
        return any(t.i in self.mention_entity and t.ent_type_ != "MONEY" for t in objects + shares) or any(
            c.lemma_.lower() in HOLDINGS and c.pos_ == "NOUN" for c in objects)

    def _country_named(self, arg: Argument) -> bool:
        """Whether a place argument is a country named as one ("from Iraq"), not a province or town in it."""
        code = arg.ref.code or ""
        eid = arg.ref.entity_id
        return (eid is not None and code in self.kb.country_names
                and self.entities[eid].name.lower() == self.kb.country_names[code].lower())

    def _state_named(self, arg: Argument) -> bool:
        """Whether a place argument names a state that can make a demand or a charge: a country by any of its
        names ("calls from the United States", "from the U.S."), or a capital the tables read as its
        government ("requests from Washington", USAGOV); not a province or town ("an offer from Texas")."""
        code = arg.ref.code or ""
        eid = arg.ref.entity_id
        if eid is None or len(code) < 3 or not self._has_country(code):
            return False
        if self.kb.country_named(self.entities[eid].name) == code[:3]:
            return True
        return code[3:] == "GOV"  # a capital standing for its government

    def _seller_of_holding(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"Dofasco acquired the steel unit from Algoma Steel", "bought the business from X": a company's
        holding (`party_words.csv` holding) taken with no owner of its own named is the seller's, the one
        its from-phrase names (a named party, never a place: "bought the mill from Ontario" is where)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"
                   and c.lemma_.lower() in HOLDINGS and c.pos_ == "NOUN"]
        found = [a for node in [verb, *objects] for a in self.prep_objects(node, "from", exclude)] \
            if objects else []
        return as_indirect([a for a in found if a.ref.entity_id is not None and not self._place_like(a)])

    def _sides_of_object(self, verb: Token, objects: list[Token], exclude: set[str]) -> list[Argument]:
        """"The accord among the U.S., West Germany and Japan was signed", "signed a pact among five
        nations": the sides an agreement names after "among" (or, passive, "between" on its subject) are
        the parties of the verb's two-sided act, in the order named."""
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] if is_passive(verb) else []
        return [a for node in [verb, *objects, *subjects] for prep in SIDES_PREPS
                if prep != "between" or node in subjects for a in self.prep_objects(node, prep, exclude)]

    def _seized_from(self, verb: Token, found: list[Argument], exclude: set[str]) -> list[Argument]:
        """"seized grenades, a Kalashnikov and pistols from the suspects": what is seized is property, never
        a party; a name no table codes among the things seized (a weapon's, a vessel's) gives way to the one
        they were taken from, and is no target when none is named (a coded owner stays: "seized Exxon's
        assets")."""
        if any(a.ref.entity_id is None or a.ref.code for a in found):
            return found
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        things = [t for o in objects for t in o.subtree if t.pos_ in {"NOUN", "PROPN"}]
        taken_from = [a for t in [verb, *things] for a in self.prep_objects(t, "from", exclude)]
        return taken_from or self._described_from(verb, objects)

    def _arrested_with(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"arrested 15 smugglers and seized 13 vehicles": a seizure naming no one its things were taken
        from, coordinated with an active arrest, took them from those arrested (a named party, or one whose
        code has a country)."""
        near = ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
        arrests = [a for a in near if a.pos_ == "VERB" and not is_passive(a)
                   and self.matched_cameo(a).startswith(ARREST)]
        found = [a for v in arrests for o in v.children if o.dep_ == "dobj"
                 for a in self._target_np(o, exclude)]
        return as_indirect([a for a in found if not self._place_like(a) and (
            a.ref.entity_id is not None or self._has_country(a.ref.code))])

    def _described_from(self, verb: Token, objects: list[Token]) -> list[Argument]:
        """"seized four grenades and a pistol from the suspects", "extorted money from traders": one the thing
        is taken from, described by a person word (`party_words.csv` person_description) and named by no
        table, is the target, of that word's sector and of the clause's place's country, else the story's
        (inferred); a description of no sector ("from the accused persons' possession") names no one."""
        out: list[Argument] = []
        # "seized grenades, a Kalashnikov and two pistols from the suspects": the parser may hang the phrase
        # on any noun of the list
        things = [t for o in objects for t in o.subtree if t.pos_ in {"NOUN", "PROPN"}]
        for node in [verb, *things]:
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "from"):
                for obj in (o for o in prep.children if o.dep_ == "pobj" and o.i not in self.mention_entity):
                    # "from the possession of the suspects", "from their possession": whose possession it is
                    owners = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj"] if obj.lemma_.lower() == "possession" \
                        else [obj]
                    out.extend(a for o in owners if person_noun(o) and o.i not in self.mention_entity
                               for a in self._described_person(verb, o))
        return out

    def _described_person(self, verb: Token, tok: Token) -> list[Argument]:
        """An unnamed person `tok` describes, coded by the sector of his description and the country of the
        clause's place, else of the story (inferred); none when either is unknown."""
        sector = sector_of_word(tok, self.kb)
        country = self._clause_country(verb)
        if country == "":
            country = self.home or self.place_country
        if not sector or not country:
            return []
        return [Argument(ActorRef(None, country + sector, "inferred"), False, guessed=True)]

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
        up) thing's owner, named by its possessor, by-phrase or actor modifier, is the target; told in the
        passive, the thing is its subject ("Chile's request was refused by the bank", "an offer from Hutton
        was rejected by the board", "a bid that was rejected by the board")."""
        if verb.lemma_.lower() not in OWNER_TARGET_VERBS:
            return []
        if is_passive(verb):
            # (a relative pronoun stands for its noun: "a bid that was rejected by the board")
            subjects = [_antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"]
            if not (exclude or self.verb_source(verb)):
                return []  # ("an offer from Hutton was rejected by the board": whose board is not read)
            return as_indirect([a for a in self._owners_of(subjects, [verb], exclude)
                                if a.ref.entity_id is None or a.ref.entity_id not in exclude])
        # "refused to accept credit guarantees from the Bank of Brazil": the thing refused may be the object
        # of an infinitive of taking up ("refused to accept", "declined to accept")
        # "refused to sign OPEC's pact": signing another's agreement takes it up
        takers = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                           and c.lemma_.lower() in OWNER_TARGET_VERBS | ADOPT_VERBS and not is_passive(c)]
        objects = [c for v in takers for c in v.children if c.dep_ == "dobj"]
        owners = self._owners_of(objects, takers, exclude)
        if not owners and verb.lemma_.lower() in REFUSALS:
            # "refused to negotiate with the Democrats", "declined to sell wheat to the Soviet Union": the
            # other party of the act refused (never a place: "refused to leave Kuwait")
            owners = self._refused_party(verb, exclude)
        return as_indirect([a for a in owners if a.ref.entity_id is None or a.ref.entity_id not in exclude])

    def _owners_of(self, objects: list[Token], takers: list[Token], exclude: set[str]) -> list[Argument]:
        """Whose the things turned down or taken up (`objects`, by the verbs `takers`) are: their possessor or
        by-phrase, the maker a participle's by-agent names, the doer of an act done to no one, the maker or
        giver a from- or of-phrase names."""
        # "rejected an offer from Regal": what one puts forward comes from him; "refused guarantees from the
        # Bank of Brazil": what is offered and turned down (or taken up) comes from its giver, a party
        # (never a place: "refused oil from the Gulf").
        # "rejected the call of the European Parliament": a proposal's of-phrase names its maker
        # "rejected the draft resolution proposed by the Security Council": the participle's by-agent
        return [a for c in objects for a in self.noun_own_source(c)] or [
            a for c in objects for a in self._made_by(c, exclude)] or [
            # "rejected the resignation of Craxi's government": an act done to no one names its doer by "of"
            a for c in objects if self._patientless_act(c) for a in self.prep_objects(c, "of", exclude)
            if not self._place_like(a)] or [
            # (a state is a maker: "rejected calls from Washington", "the request of the United States")
            a for c in objects if c.lemma_.lower() in PROPOSALS for prep in ("from", "of")
            for a in self.prep_objects(c, prep, exclude) if a.ref.entity_id is not None
            and (not self._place_like(a) or self._state_named(a))] or [
            a for c in objects for a in self._accuser_named(c, exclude)] or [
            a for c in (takers + objects if objects else []) if c.i not in self.mention_entity
            for a in self.prep_objects(c, "from", exclude) if not self._place_like(a)
            and a.ref.entity_id is not None]

    def _purpose_acts(self, nodes: list[Token], way: str) -> list[Token]:
        """"mobilized the army for a ground assault against Hamas", "deployed troops for an offensive on the
        rebels": the act nouns of the nodes' for-phrases (what the trigger's act is for) whose own event rows
        read their target by `way` as well, so that the act's target is the trigger's."""
        acts = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        return [a for a in acts
                if any(way in r.target for r in self.lexicon.rules.get((a.lemma_.lower(), "NOUN")) or [])]

    def _claimed_acts(self, nodes: list[Token]) -> list[Token]:
        """The act nouns with event rows a claim of responsibility (CAMEO 015) is for ("claimed responsibility
        for the bombing"); [] for any other trigger."""
        if not self.matched_cameo(nodes[0]).startswith(CLAIM):
            return []
        return [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                and self.lexicon.rules.get((o.lemma_.lower(), "NOUN"))]

    def _claimed_act_targets(self, nodes: list[Token], exclude: set[str]) -> list[Argument]:
        """"claimed responsibility for a drone attack on the army's sites", "for the bombing of a police
        post": the responsibility claimed is for an act done to someone, who is the claim's target as its
        own event rows read him (a named party or a country's body; never a place: "the attack in
        Kandahar")."""
        acts = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        ways = [(act, way) for act in acts for r in self.lexicon.rules.get((act.lemma_.lower(), "NOUN")) or []
                for way in r.target if way != "dobj"]
        found = [a for act, way in dict.fromkeys(ways) for a in self.prep_objects(act, way, exclude)]
        found = [a for a in found if not self._place_like(a)
                 and (a.ref.entity_id is not None or self._has_country(a.ref.code))]
        # "The TTP claimed responsibility for the attack": the lead's incident's victims
        return as_indirect(found or [a for act in acts if self._claimed_noun(act)
                                     for a in self.incident_target(act)][:1])

    def _maker_after_object(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"denied charges by the U.S. Chamber of Commerce that ...", "denied charges from X on Thursday",
        "rejected an offer by Regal": the parser may hang the by- or from-phrase that names who made what is
        turned down on the active verb instead of on its object; right after an object that one makes (a
        denial's accusation, `party_words.csv` proposal or document) it names that maker, a named party or a
        country (never a place: "rejected reports from Kabul"; nor "denied the charges by telephone")."""
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                   and (c.lemma_.lower() in PROPOSALS or c.lemma_.lower() in DOCUMENTS
                        or self.matched_cameo(verb).startswith(DENIAL))]
        # (only the phrase that follows the object, a comma at most between: "denied charges, by the
        # Government, that")
        preps = [p for o in objects for p in verb.children if p.dep_ == "prep" and p.lower_ in MAKER_PREPS
                 and 0 < p.i - o.right_edge.i <= 2
                 and all(t.is_punct for t in self.doc[o.right_edge.i + 1:p.i])]
        found = [a for p in preps for o in p.children if o.dep_ == "pobj" for a in self.party(o, exclude)
                 if not self._place_like(a)
                 and (a.ref.entity_id is not None or self._has_country(a.ref.code))]
        return as_indirect(found)

    def _patientless_act(self, noun: Token) -> bool:
        """Whether a noun names an act done to no one (every row of it reads no target: "resignation"), so
        its of-phrase names who does it, not whom it is done to."""
        rows = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN")) if noun.pos_ == "NOUN" else None
        return bool(rows) and all(not r.target for r in rows or [])

    def _refused_party(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"refused to negotiate with the Democrats", "refused to sell wheat to the Soviet Union", "refused to
        recognise Israel": the party the refused infinitive's party preposition names, or its object when that
        is a name itself (not "refused to join the Paris pact", "to sell the Costa Rican branch": things), or
        the target of the measure it would lift ("refused to lift sanctions on Iran": Iran)."""
        out: list[Argument] = []
        for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            objects = [o for o in comp.children if o.dep_ == "dobj"]
            # (a country named by a preposition is a party: "refused to sell wheat to the Soviet Union")
            out += [a for prep in REFUSED_PREPS for node in [comp, *objects]
                    for a in self.prep_objects(node, prep, exclude) if not self._place_like(a)
                    or (a.ref.entity_id is not None and self._has_country(a.ref.code))]
            # "refused to testify before Congress": the body named itself he would have appeared before (not
            # "declined to comment before the Pennzoil hearing", a time)
            out += [a for c in comp.children if c.dep_ == "prep" and c.lower_ == "before"
                    for pobj in c.children if pobj.dep_ == "pobj" and pobj.i in self.mention_entity
                    for a in self.refs(pobj, exclude) if not self._place_like(a)]
            # (but a place as the object is where, not whom: "refused to leave Kuwait")
            out += [a for o in objects if o.pos_ == "PROPN" and o.i in self.mention_entity
                    for a in self.refs(o, exclude) if not self._place_like(a)]
            # "refused to give Iraq credits", "refused to provide it with data": who would have received
            out += self._receivers(comp, exclude)
            # "refused to lift sanctions on Iran", "refuses to remove the ban on Indian channels": a measure
            # the refused infinitive would lift or end names its target as its own row says
            out += [a for o in objects for a in self._own_act_targets(o, exclude, self.noun_own_source(o))]
        return out

    def _receivers(self, comp: Token, exclude: set[str]) -> list[Argument]:
        """"agreed to advance it a loan", "refused to provide it with data": the receiver an infinitive names
        by a pronoun "it" where a party stands (`_party_it`), the body its reporting verb's subject names."""
        return [a for o in comp.children if o.lower_ == "it" and self._party_it(o)
                for a in self.party(o, exclude) if a.ref.entity_id not in exclude]

    def _clause_targets(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """The other party as the clause names it when the row's readings found none: a dative ("gave
        Jordan aid"), "between X and Y", the verb's or its object's party preposition ("sent aid to Y",
        "imposed tariffs on Japanese goods"); for an appeal, its addressee and the party it is about."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        found = [a for c in verb.children if c.dep_ == "dative" for a in self.party(c, exclude)]
        found = found or self._blamed_on(verb, exclude)
        # "extradited to the United States": where one is sent is no party to the extradition.
        preps = [p for p in PARTY_PREPS if p != "to" or not self._police_act(verb)]
        for prep in preps:
            found = found or [a for node in [verb, *objects] for a in self.prep_objects(node, prep, exclude)
                              if prep != "at" or not self._is_place(a)]  # "met at The Hague": where
        if not found:
            found = self._proposal_giver(verb, exclude)
        if not found and self.lexicon.is_cue(verb.lemma_, "addressee"):
            found = self._appeal_about(verb, exclude)
        return as_indirect([a for a in found if a.ref.entity_id is None or a.ref.entity_id not in exclude])

    def _blamed_on(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"Police blamed the spike in murders on gang members": the one an act is laid on (`party_words.csv`
        laid_on_verb, its preposition) is the one blamed, though the parser hangs the preposition on the
        object's own phrase ("in murders on gang members")."""
        prep = LAID_ON.get(verb.lemma_.lower())
        if not prep or is_passive(verb):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        inner = [o for n in [verb, *objects] for p in n.children if p.dep_ == "prep" and p.lower_ != prep
                 for o in p.children if o.dep_ == "pobj"]
        return [a for node in [verb, *objects, *inner] for a in self.prep_objects(node, prep, exclude)
                if not self._place_like(a)]

    def _laid_on_act(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"authorities blame most of El Salvador's murders on the gangs": an act laid on one (`_blamed_on`)
        is laid on the one its preposition names, before the owner or place its object's own phrase names
        (El Salvador is where the murders happen); not when the object is itself a party ("blamed Israel for
        the attack on Hamas": Israel is blamed)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or verb.lemma_.lower() not in LAID_ON or any(self.refs(o, exclude) for o in objects):
            return []
        return as_indirect(self._blamed_on(verb, exclude))

    def _rejected_maker(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"Growers had called for cash payment, but this was rejected by the Sugar Corp", "the farmers asked
        the bank for a loan; the bank rejected this request": a rejection (CAMEO 12x) of a bare "this" or
        "that", or of a proposal noun (`party_words.csv` proposal) with a definite or demonstrative article
        and no maker named on it, rejects the appeal, offer or demand told just before: the doer of the
        nearest earlier trigger in its own sentence, else in the sentence before, is its target when that
        trigger is of CAMEO 02x, 03x or 10x (a statement, 01x, is passed over; any other act stops the
        search)."""
        if not self.matched_cameo(verb).startswith("12"):
            return []
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if len(objects) != 1 or not _bare_proposal(objects[0]):
            return []
        for earlier in _earlier_clause_verbs(verb):
            code = self.matched_cameo(earlier)
            if not code or code.startswith("01"):  # a bare statement ("he said") tells no act answered
                continue
            if code[:2] not in PROPOSING_ROOTS:  # the nearest act told is another kind: no appeal answered
                return []
            return as_indirect([a for a in self.verb_source(earlier) if a.ref.entity_id is not None
                                and a.ref.entity_id not in exclude and not self._place_like(a)])
        return []

    def _rejecting_addressee(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"Growers had called for cash payment, but this was rejected by the Sugar Corp": an appeal, offer or
        demand (CAMEO 02x, 03x, 10x) that names no addressee was made to the one who rejects it next, the doer
        of the nearest later trigger of its sentence, or else of the sentence after, when that trigger is a
        rejection (12x) of it (`_rejected_maker` reads the same pair the other way)."""
        if self.matched_cameo(verb)[:2] not in PROPOSING_ROOTS:
            return []
        for later in _later_clause_verbs(verb):
            code = self.matched_cameo(later)
            if not code or code.startswith("01"):
                continue
            objects = [c for c in later.children if c.dep_ in {"dobj", "nsubjpass"}]
            if not code.startswith("12") or len(objects) != 1 or not _bare_proposal(objects[0]):
                return []
            return as_indirect([a for a in self.verb_source(later) if a.ref.entity_id is not None
                                and a.ref.entity_id not in exclude and not self._place_like(a)])
        return []

    def _proposal_giver(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"agreed to the buyout offer from Morgan Stanley", "responded to a proposal from the unions": what
        one puts forward (`party_words.csv` proposal), named after the verb's party preposition with a
        from-phrase of its own, comes from its giver, the other party (named, never a place: "an offer from
        Texas"; but a state: "agreed to a request from Japan", `_state_named`)."""
        offers = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in PARTY_PREPS
                  for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in PROPOSALS]
        return [a for o in offers for a in self.prep_objects(o, "from", exclude)
                if a.ref.entity_id is not None and (not self._place_like(a) or self._state_named(a))]

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
        for comp in self._complements(verb):
            partner = self._partner_under_which(comp, exclude) or self._receivers(comp, exclude)
            if partner:
                return as_indirect(partner)
            objects = [_antecedent(c) for c in comp.children if c.dep_ == "dobj"] or self._relative_object(
                verb, comp)
            if comp.lemma_.lower() in SELL_WORDS and not is_passive(comp) and not self._others_goods(objects):
                buyers = self._buyers(comp, objects, exclude)
                if buyers:
                    return as_indirect(buyers)
                if any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children):
                    continue  # "agreed to sell its stake in X to a group of investors": its own is no party
            found = [a for o in objects for a in self._target_np(o, exclude) if not self._law(a)]
            if not is_passive(comp) and (seller := self.seller(comp, exclude)):
                return seller  # "agreed to buy Occidental Life from TransAmerica": a deal with TransAmerica
            if all(not a.direct for a in found) or self._own_things(objects):  # "agreed to sell its
                # Canadian unit to Onex", "to sell its cable television business to X": X, not the thing
                # "to provide financing for Emery": what is given is for him (not "to vote for X")
                given_for = [comp, *objects] if objects else []
                # (a holding's owner is read by `_target_np`: "the business of X" names X, not its words)
                found = [a for prep in COMPLEMENT_TARGET_PREPS for node in [comp, *objects]
                         if not (prep in OWNER_PREPS and node.lemma_.lower() in HOLDINGS)
                         for a in self.prep_objects(node, prep, exclude)
                         if a.ref.entity_id not in exclude] or [
                    a for node in given_for for a in self.prep_objects(node, "for", exclude)
                    if a.ref.entity_id not in exclude] or found
            if not found and is_passive(comp):  # "agreed to be acquired by Mark IV": Mark IV
                found = self.prep_objects(comp, "by", exclude)
            if not found and self.matched_cameo(verb)[:2] in MEETING_ROOTS:
                # "agreed to form a venture in factory automation with Matsushita": Matsushita
                found = self.adjunct_partner([comp, *objects], exclude)
            # "agreed to send more security forces": an unnamed group of no country is what is sent or done,
            # not the other party (and "Venezuela and Colombia agreed" stays reciprocal); the doer is never
            # its own act's other party ("agreed to acquire an interest in X for a stake in itself": X)
            found = [a for a in found if (a.ref.entity_id is not None and a.ref.entity_id not in exclude)
                     or (a.ref.entity_id is None and self._has_country(a.ref.code))]
            if comp.lemma_.lower() in BUY_WORDS:  # "agreed to buy a mill from Ontario": where it lies
                found = [a for a in found if not self._place_like(a) or self._country_named(a)]
            if found:
                return as_indirect(found)
        # "called for the IADB to improve its analysis": whoever speaks, the one asked to act is named
        asked = self._asked_for(verb, exclude) if self.lexicon.is_cue(verb.lemma_, "addressee") else []
        if asked:
            return as_indirect(asked)
        if self.lexicon.is_cue(verb.lemma_, "addressee") and not self._unread_speakers(verb):
            # "demanded that the US cancel the sale": a demand or appeal is made to the clause's subject
            for comp in (c for c in verb.children if c.dep_ == "ccomp"):
                subjects = [a for c in comp.children if c.dep_ == "nsubj"
                            for a in self.refs(c, exclude) or self._maker_of_subject(c, exclude)
                            or self._main_object_targets(c, exclude)
                            or (self._described_subject(c, exclude) if comp.i > verb.i else [])]
                # ('"Did people really expect a remedy?" he asked': a quote told before its verb asks no one)
                subjects = subjects or (self._clause_agent(comp, exclude) if comp.i > verb.i else [])
                if subjects:
                    return as_indirect(subjects)
        return []

    def _described_subject(self, subject: Token, exclude: set[str]) -> list[Argument]:
        """"alleged that a leader of the Zetas paid", "charged that Mexican soldiers had tortured": a
        that-clause subject no mention names, a noun for people or a group (a role, a member's or person's
        word, a group a person leads), stands for the party its description gives, read as a subject is (its
        of-phrase or possessor, a role with a country or of a group of no state); a thing, only its named
        possessor ("alleged that Zico's offer materials are false": Zico; not a product's name in apposition).
        Never a pronoun, a place, nor the accuser's own side ("charged that EC producers had no recourse",
        said by the EC)."""
        lemma = subject.lemma_.lower()
        people = (person_noun(subject) or member_noun(subject) or lemma in COLLECTIVES
                  or lemma in words("group_member") or self.kb.roles.get(normalize(lemma)) is not None)
        if subject.pos_ == "PRON":
            return []
        if not people:
            # "alleged that Zico's tender offer materials include false information": a thing is its named
            # possessor's, who is accused (or asked to act)
            return [a for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"
                    for a in self.refs(c, exclude) if a.ref.entity_id is not None
                    and a.ref.entity_id not in exclude and not self._place_like(a)]
        own = {actor.code for eid in exclude if (ent := self.entities.get(eid)) is not None
               and (actor := ent.actor) is not None}
        # ("said governments must retain flexibility": a group's country guessed from the story names no one)
        return [a for a in self.party(subject, exclude, SUBJECT_OWNER_PREPS)
                if a.ref.entity_id not in exclude and not a.guessed and a.ref.basis != "article"
                and not self._place_like(a) and a.ref.code not in own]

    def _clause_agent(self, clause: Token, exclude: set[str]) -> list[Argument]:
        """"charged that the election was rigged by the ruling party", "urged that the ban be lifted by
        Washington": in a passive that-clause the one accused, or asked to act, is its by-phrase's doer,
        not its subject (what the act is done to); none when the clause is active or names no doer."""
        if not is_passive(clause):
            return []
        return [a for a in self.prep_objects(clause, "by", exclude)
                if a.ref.entity_id not in exclude and not self._place_like(a)]

    def _asked_for(self, verb: Token, exclude: set[str]) -> list[Argument]:
        """"called for the government to sell gold coins", "appealed for Japan to open its markets": an appeal
        or demand (CAMEO 02x, 10x) is made to the one its for-to clause asks to act, the subject of an
        infinitive the parser marks with "for"; not a passive infinitive's subject ("called for the tax to
        be repealed", "for X to be extradited": what the act is done to, not who is asked)."""
        if self.matched_cameo(verb)[:2] not in ASKING_ROOTS or not self._asking_party(verb):
            return []
        clauses = [c for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return [a for c in clauses for s in c.children if s.dep_ == "nsubj"
                for a in self.refs(s, exclude) if a.ref.entity_id not in exclude]

    def _main_object_targets(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """"criticized the bank committees, charging that they are unresponsive": a pronoun subject of the
        that-clause of a participle on the main clause stands for the main verb's object (`_main_object`)."""
        antecedent = _main_object(tok)
        return [] if antecedent is None else self._target_np(antecedent, exclude)

    def _asking_party(self, verb: Token) -> bool:
        """Whether the one who asks is a party, a name, a person or a body ("the senator called for"), not a
        text that stipulates ("the pact called for Tokyo to end dumping", "an agreement calling for it to
        receive", "the amendment calls for") nor a "they" no party stands for."""
        subject = _asker(verb)
        return subject is not None and bool(
            subject.lower_ in PERSON_PRONOUNS or self.refs(subject)
            or self.kb.roles.get(subject.lemma_.lower()) is not None or person_noun(subject))

    def _maker_of_subject(self, subject: Token, exclude: set[str]) -> list[Argument]:
        """"charged that the Fed's ruling violates the law", "demanded that the ministry's decision be
        withdrawn": a that-clause subject that is a decision, plan or statement no mention names
        (`party_words.csv` proposal, document) stands for its maker, named by its possessor or by-phrase;
        never a place ("Mexico's policy" is its government's, coded by the owner as any owner is)."""
        if subject.lemma_.lower() not in PROPOSALS | DOCUMENTS or subject.i in self.mention_entity:
            return []
        return [a for a in self.noun_own_source(subject) if a.ref.entity_id not in exclude]

    def _unread_speakers(self, verb: Token) -> bool:
        """Whether the verb's subject is a common noun that names no party and no document ("critics complain
        that the government is overreaching"; not "the indictment charged that X lied"): whose complaint it
        is, and so whose government, is not said."""
        return any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and c.i not in self.mention_entity
                   and c.lemma_.lower() not in DOCUMENTS | PROPOSALS and not self.refs(c)
                   for c in verb.children)

    def _partner_under_which(self, comp: Token, exclude: set[str]) -> list[Argument]:
        """"signed an agreement under which Pacific Bell will buy its phones": the one an agreement's "under
        which" clause has act is the other party of the agreement; not a pronoun ("under which it will
        sell": the signer) nor the signer's own unit ("under which its bank unit will merge with X":
        X, read as the clause's target), never a place."""
        if comp.dep_ != "relcl" or not _under_which(comp):
            return []
        subjects = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"
                    and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)]
        return as_indirect([a for c in subjects for a in self.party(c, exclude)
                            if a.ref.entity_id is not None and a.ref.entity_id not in exclude
                            and not self._place_like(a)])

    @staticmethod
    def _relative_object(verb: Token, comp: Token) -> list[Token]:
        """"Ideal Basic, which Holderbank agreed to acquire": the object of a complement with none of its own,
        in a relative clause whose pronoun the parser hung on the trigger as its object, is the noun the
        clause describes."""
        if comp.head.i != verb.i or verb.dep_ != "relcl" or any(c.dep_ == "dobj" for c in comp.children):
            return []
        pronoun = any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
        return [verb.head] if pronoun and verb.head.pos_ in {"NOUN", "PROPN"} else []

    def _others_goods(self, objects: list[Token]) -> bool:
        """Whether what is sold is a named party's ("agreed to sell Birch's software": a resale deal with
        Birch, the owner, who stays the other side)."""
        return any(c.dep_ == "poss" and c.pos_ != "PRON" for o in objects for c in o.children)

    def _buyers(self, sell: Token, objects: list[Token], exclude: set[str]) -> list[Argument]:
        """Whom a sale is made to: the dative ("agreed to sell Birch its stake") or the object of "to" on the
        verb or on what is sold ("to sell its unit to Birch"); a named party or a country."""
        # the parser hangs "to X" on the last of several things sold, or on a name set beside the thing
        sold = [*objects, *(t for o in objects for t in (*o.conjuncts, *(c for c in o.children
                                                                           if c.dep_ == "appos")))]
        found = [a for c in sell.children if c.dep_ == "dative" for a in self.party(c, exclude)]
        found += [a for node in [sell, *sold] for a in self.prep_objects(node, "to", exclude)]
        return [a for a in found if (a.ref.entity_id is not None and a.ref.entity_id not in exclude)
                or (a.ref.entity_id is None and self._has_country(a.ref.code))]

    def _own_things(self, objects: list[Token]) -> bool:
        """"its cable television business", "their stake": objects the doer owns (a possessive pronoun) are
        what is sold or given, never the other party, when a buyer or partner is named."""
        return bool(objects) and all(any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
                                     and not person_noun(o) for o in objects)

    def _complements(self, verb: Token) -> list[Token]:
        """The infinitives that spell out a trigger's act: its own ("agreed to buy X"), and for an agreement
        or a cooperation its object's ("reached definitive agreement to purchase PMS Consolidated", "signed a
        contract to supply the army": the content of what was agreed)."""
        comps = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        # "threatened to use its new law to revoke licences of X": the means' purpose spells out the act,
        # read after the complement itself
        comps += [p for c in comps for p in c.children if p.dep_ in {"advcl", "xcomp"} and p.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in p.children)]
        if self.matched_cameo(verb)[:2] in AGREEMENT_ROOTS:
            objects = [o for o in verb.children if o.dep_ == "dobj"]
            objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
                        for p in c.children if p.dep_ == "pobj"]  # "entered into an agreement to buy X"
            # "signed a letter of intent to acquire X": the infinitive hangs on the of-phrase's noun
            objects += [p for o in objects for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
                        for p in of.children if p.dep_ == "pobj"]
            comps += [a for o in objects for a in o.children
                      if a.dep_ == "acl" and a.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in a.children)]
            # "signed an agreement under which Pacific Bell will buy its line": the clause the agreement
            # sets out is its content as well
            comps += [a for o in objects for a in o.children if a.dep_ == "relcl" and _under_which(a)]
        return comps

    def _target_np(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """The object's entity; else its owner: an object that is itself an event names its doer as the
        target ("condemned Russia's invasion"), and so does a thing someone owns or proposed ("rejected
        Ukraine's peace plan", "the Ukrainian proposal", "an agreement with the United States")."""
        tok = self._victims(tok)
        if tok.lemma_.lower() in HOLDINGS and tok.pos_ == "NOUN":
            # "agreed to buy the refining business of Getty Oil", "a 20 pct stake in Getty": the owner, though
            # the recogniser made a company of the words "the refining business"
            owners = [a for prep in OWNER_PREPS for a in self._owner_named(tok, prep, exclude)
                      if not self._place_like(a)]
            if owners:
                return as_indirect(owners)
        direct = [self._with_country(a, tok) for a in self.refs(tok, exclude)]
        if direct:
            return self._holder(direct, tok, exclude)
        if (antecedent := _main_object(tok)) is not None:  # "criticized the US, accusing it of": the US
            return self._target_np(antecedent, exclude)
        rules = self.lexicon.rules.get((tok.lemma_.lower(), "NOUN"))
        event = bool(rules)
        own = self.noun_own_source(tok)
        owner = [a for a in own if a.ref.entity_id not in exclude]
        if owner:
            return owner if event else as_indirect(owner)
        own_act = self._own_act_targets(tok, exclude, own)
        if own_act:
            return own_act
        made_by = self._made_by(tok, exclude) or self._accuser_named(tok, exclude)
        if made_by:
            return made_by
        inner = self._proposal_of_proposal(tok)
        if inner is not None:  # "criticized the Chiles plan's call for a tax rise": the plan's maker
            return self._target_np(inner, exclude)
        with_ = self.prep_objects(tok, "with", exclude)
        if with_:
            return as_indirect(with_)
        # "criticised a rise in West German rates", "charged a former clerk"; an event's of-phrase is
        # what it was done to ("the invasion of Ukraine"), not who did it.
        return self.party(tok, exclude, frozenset() if event else OWNER_PREPS)

    def _proposal_of_proposal(self, tok: Token) -> Token | None:
        """"the Chiles plan's call for a tax rise", "the report's demand": the possessor of a proposal or
        document (`party_words.csv` proposal, document) that is itself one no mention names, whose maker is
        the maker of both; None for any other word."""
        kinds = PROPOSALS | DOCUMENTS
        if tok.lemma_.lower() not in kinds:
            return None
        inner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in kinds and c.i not in self.mention_entity]
        return inner[0] if len(inner) == 1 else None

    def _owner_named(self, tok: Token, prep: str, exclude: set[str]) -> list[Argument]:
        """The named party of `tok`'s `prep` phrase ("the refining business of Getty Oil"): the entity whose
        own mention its object's words are, though the recogniser made a longer mention cover them too."""
        out: list[Argument] = []
        for obj in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
                    for o in p.children if o.dep_ == "pobj"):
            span = self.doc[obj.left_edge.i:obj.right_edge.i + 1]
            own = [e.id for e in self.entities.values() if e.id not in exclude and any(
                m.start == span.start_char and m.end == span.end_char for m in e.mentions)]
            out.extend(Argument(self._ref(eid), True) for eid in own[:1])
        return out or [a for a in self.prep_objects(tok, prep, exclude) if a.ref.entity_id is not None]

    def _accuser_named(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """"dismissed the claims of the FARC", "denied the charges from Washington": the maker of an
        accusation (`party_words.csv` accusation) named by its from-phrase or by an of-phrase whose object is
        itself a name (not "charges of fraud", "allegations of army involvement": what is charged); never a
        place, but a state named as one or by its capital ("the charges from Washington", `_state_named`)."""
        if tok.lemma_.lower() not in ACCUSATIONS:
            return []
        named = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                 for o in p.children
                 if o.dep_ == "pobj" and (p.lower_ == "from" or o.i in self.mention_entity)]
        return as_indirect([a for o in named for a in self.party(o, exclude) if a.ref.entity_id is not None
                            and (not self._place_like(a) or self._state_named(a))])

    def _made_by(self, tok: Token, exclude: set[str]) -> list[Argument]:
        """"criticised the plan announced by Chrysler", "attacked the statement issued by the Commission":
        what one puts forward or writes (`party_words.csv` proposal, document) is its maker's, named by the
        by-phrase of a participle describing it; the maker is the target."""
        lemma = tok.lemma_.lower()
        if lemma not in PROPOSALS and lemma not in DOCUMENTS and lemma not in ACCUSATIONS:
            return []
        return as_indirect([a for acl in tok.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                          for agent in acl.children if agent.dep_ == "agent"
                          for o in agent.children if o.dep_ == "pobj" for a in self.party(o, exclude)
                          if not self._place_like(a)])

    def _own_act_targets(self, noun: Token, exclude: set[str], own: list[Argument]) -> list[Argument]:
        """"lifted its blockade of Yemen", "ended its occupation of Kuwait": an object that is the doer's own
        act (its owner is the doer or a possessive pronoun) names what it was done to, which is the target."""
        rules = self.lexicon.rules.get((noun.lemma_.lower(), "NOUN"))
        if not rules:
            return []
        # "lifts the blockade of Qatar", "lifted sanctions imposed on India": a measure no one else is named
        # owning is the doer's own too; its target may be named by the participle describing it
        owned = own or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        if not owned and (any(c.dep_ == "poss" for c in noun.children)
                          or noun.head.lemma_.lower() not in MEASURE_VERBS):
            return []  # "condemned the invasion of Ukraine": another's act, not the doer's own measure
        # ("the ban that it imposed on aid agencies": a relative clause describes it as well)
        described = [c for c in noun.children if (c.dep_ == "acl" and c.tag_ == "VBN")
                     or (c.dep_ == "relcl" and c.pos_ == "VERB")]
        return as_indirect([a for way in rules[0].target for node in [noun, *described]
                          for a in self.prep_objects(node, way, exclude) if not self._place_like(a)
                          or (a.ref.entity_id is not None and self._has_country(a.ref.code))])


def _escape(verb: Token) -> bool:
    """Whether an active verb tells its subject escaped harm (`party_words.csv` escape_verb, with the
    object its row needs: "escaped unhurt", "had a narrow escape"), so was the one an act told with it was
    aimed at."""
    lemma = verb.lemma_.lower()
    if lemma not in ESCAPE_VERBS or is_passive(verb):
        return False
    needed = ESCAPE_VERBS[lemma]
    return not needed or any(c.dep_ == "dobj" and c.lemma_.lower() == needed for c in verb.children)


def _of_complements(objects: list[Token]) -> list[Token]:
    """The nouns of the objects' own of-phrases: "a memorandum of understanding", "a letter of intent", whose
    partner phrase ("with X") the parser hangs on the of-phrase's noun rather than on the object."""
    return [o for obj in objects for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _bare_proposal(tok: Token) -> bool:
    """A "this" or "that", or a proposal noun ("the request", "this offer") with a definite or
    demonstrative article and no possessor, modifier or phrase of its own that could name its maker. (Not
    "it": "if that budget comes down it will be vetoed" points back to a thing named in its own clause.)"""
    if tok.lower_ in {"this", "that"}:
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PROPOSALS \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children) \
        and not any(c.dep_ in {"poss", "compound", "amod", "prep", "acl", "relcl"} for c in tok.children)


def _earlier_clause_verbs(verb: Token) -> list[Token]:
    """The verbs before `verb` in its sentence, nearest first, then those of the sentence before, last
    first: where an act a rejection answers was told."""
    sent = sentence_of(verb)
    here = [t for t in reversed(verb.doc[sent.start:verb.i]) if t.pos_ == "VERB"]
    if sent.start == 0:
        return here
    before = sentence_of(verb.doc[sent.start - 1])
    return here + [t for t in reversed(verb.doc[before.start:before.end]) if t.pos_ == "VERB"]


def _later_clause_verbs(verb: Token) -> list[Token]:
    """The verbs after `verb` in its sentence, nearest first, then those of the sentence after: where a
    rejection answering an appeal is told."""
    sent = sentence_of(verb)
    here = [t for t in verb.doc[verb.i + 1:sent.end] if t.pos_ == "VERB"]
    if sent.end >= len(verb.doc):
        return here
    after = sentence_of(verb.doc[sent.end])
    return here + [t for t in verb.doc[after.start:after.end] if t.pos_ == "VERB"]


def _former(noun: Token) -> bool:
    """Whether a word before the noun in its phrase says the one described has left ("a former CPI Maoist
    cadre", "an ex-Constable"; `FORMER_WORDS`)."""
    return any(t.lower_ in FORMER_WORDS for t in noun.doc[noun.left_edge.i:noun.i])


def _with_telling_verb(word: Token, pos: str) -> list[Token]:
    """A protest's word and, for a noun, the verb it is told under: "went on [strike] to demand", "staged a
    [boycott] in protest at X" (the phrases of either may say whom the protest is against)."""
    if pos == "NOUN" and word.dep_ == "pobj" and word.head.head.pos_ in {"VERB", "AUX"}:
        return [word, word.head.head]  # "went on strike ..."
    if pos == "NOUN" and word.dep_ in {"dobj", "nsubj"} and word.head.pos_ in {"VERB", "AUX"}:
        return [word, word.head]  # "staged a boycott ..."
    return [word]


def _protest_phrases(nodes: list[Token]) -> list[Token]:
    """The at/against/over prepositions that say what the nodes' act protests: hung on "protest" in an
    in-phrase of the nodes' own clause ("boycotting the meeting in protest at", "in a protest against"),
    wherever in it the parser hung that phrase, or on the node itself beside it ("struck in protest at X",
    the at-phrase read as the verb's); or on a "to protest" clause of a node."""
    protests = [t for n in nodes for t in n.subtree if t.lemma_.lower() == "protest" and t.dep_ == "pobj"
                and t.head.lower_ == "in" and _clause_of(t.head) in nodes]
    found = [p for t in protests for p in t.children if p.dep_ == "prep" and p.lower_ in PROTEST_PREPS]
    found += [p for t in protests if t.head.head in nodes for p in t.head.head.children
              if p.dep_ == "prep" and p.lower_ in PROTEST_PREPS]
    found += [p for n in nodes for c in n.children if c.dep_ in {"advcl", "xcomp"}
              and c.lemma_.lower() == "protest" and to_infinitive(c)
              for p in c.children if p.dep_ == "prep" and p.lower_ in PROTEST_PREPS]
    return found


def _clause_of(tok: Token) -> Token:
    """The verb whose clause `tok` is in: its nearest verb head (the root when none)."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def _reciprocal_object(verb: Token) -> bool:
    """Is the verb's object, or a party preposition's ("battling with each other"), a reciprocal pronoun
    ("each other", "one another")?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in RECIPROCAL_PREPS
                for o in p.children if o.dep_ == "pobj"]
    # the parser heads the pair by either word ("other" over "each", or "one" before "another")
    return any(" ".join(t.lower_ for t in o.doc[max(o.i - 1, 0):o.i + 1]) in RECIPROCAL_PRONOUNS
               or " ".join(t.lower_ for t in o.doc[o.i:o.i + 2]) in RECIPROCAL_PRONOUNS for o in objects)


def _main_object(tok: Token) -> Token | None:
    """"criticized the United States, accusing it of protectionism", "criticized the committees, charging that
    they are unresponsive": a non-personal pronoun ("it", "they", "them") that a participle after the main
    clause takes as its object, or as its that-clause's subject, stands for the main verb's direct object (the
    main subject would be "itself", "its"); None when the shape is any other."""
    if tok.lower_ not in NONPERSONAL_PRONOUNS or tok.dep_ not in {"dobj", "nsubj"}:
        return None
    participle = tok.head
    if tok.dep_ == "nsubj":
        if participle.dep_ != "ccomp":
            return None
        participle = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < participle.head.i:
        return None
    return next((c for c in participle.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}),
                None)


def _asker(verb: Token) -> Token | None:
    """Who asks: the verb's subject, a coordinated verb's, or the noun a participle or relative clause on it
    describes ("an agreement calling for", "the pact, which calls for")."""
    node = verb
    for _ in range(MAX_CLAUSE_HOPS):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head
        if node.dep_ != "conj":
            return None
        node = node.head
    return None


def _period_sentence(tok: Token) -> Span:
    """The words from the last full stop before `tok` to the next one after it (at most `PERIOD_REACH` words
    each way): a sentence as the writer ended it, whatever the parser made of wrapped lines."""
    doc = tok.doc
    start = tok.i
    while start > 0 and tok.i - start < PERIOD_REACH and doc[start - 1].text not in SENTENCE_ENDS:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and end - tok.i < PERIOD_REACH and doc[end - 1].text not in SENTENCE_ENDS:
        end += 1
    return doc[start:end]


def _summoned_for(verb: Token) -> bool:
    """Whether a verb is the purpose infinitive of a summons ("summoned the envoy to protest")."""
    return verb.dep_ in {"advcl", "xcomp"} and verb.head.lemma_.lower() in SUMMON_VERBS \
        and to_infinitive(verb)


def _under_which(clause: Token) -> bool:
    """A relative clause that spells out what an agreement sets: "under which X will buy", "by which X
    would acquire"."""
    return any(p.dep_ == "prep" and p.lower_ in {"under", "by"} and any(
        o.dep_ == "pobj" and o.lower_ == "which" for o in p.children) for p in clause.children)


def _examples(tok: Token) -> list[Token]:
    """The instances a noun is told by: "companies *like* Shell", "groups *such as* the Zetas and the Gulf
    Cartel", "rebels *including* the FARC" (each conjunct)."""
    out: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        such = prep.lower_ == "as" and any(c.dep_ == "amod" and c.lower_ == "such" for c in prep.children)
        if prep.lower_ in EXAMPLE_PREPS or such:
            out += [t for o in prep.children if o.dep_ == "pobj" for t in [o, *o.conjuncts]]
    return out


def _in_subject(tok: Token, verb: Token) -> bool:
    """Whether `tok` lies in the subject of `verb`, an ancestor of it ("Seixas, who met with X, told")."""
    node = tok
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.head.i == verb.i and node.dep_ in {"nsubj", "nsubjpass", "csubj"}


def _passive_subject(verb: Token) -> Token | None:
    """Who a passive with no subject of its own acts on: the noun it modifies ("a clerk charged by
    police"), its clause's subject ("the mayor said when asked"), the subject it shares ("was arrested and
    charged", "the army killed three rebels and was criticised")."""
    if verb.dep_ == "conj" and is_passive(verb) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "former vice-president, X, sacked ..., has been detained": where the parser split a hyphenated
        # title into two subjects, the last, nearest the verb, is the head of the phrase
        return next((c for c in reversed(list(verb.head.children)) if c.dep_ in {"nsubj", "nsubjpass"}
                     and c.i < verb.head.i), None)
    if (verb.dep_ == "xcomp" and is_passive(verb) and is_passive(verb.head)
            and not any(c.dep_ == "nsubjpass" for c in verb.children)):
        # "the trader is suspected to have been killed": the raising verb's subject is the one acted on
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "pcomp" and is_passive(verb) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return _adjunct_subject(verb)  # "300 families fled after being threatened by armed men": the families
    if not reduced_passive(verb):
        return None
    if verb.dep_ == "acl":
        return verb.head
    deps = {"nsubjpass"} if verb.dep_ == "conj" else {"nsubj", "nsubjpass"}
    return next((c for c in verb.head.children if c.dep_ in deps), None)


def _predicate_noun(tok: Token) -> bool:
    """Whether a noun says what another is ("if his brother was a cadre", "branded him as an informer",
    "acting as informers"): a copula's or small clause's predicate, or the object of "as"."""
    return tok.dep_ in {"attr", "oprd"} or (tok.dep_ == "pobj" and tok.head.lower_ == "as")


def _main_subject(sentence: Span, lexicon: EventLexicon) -> Token | None:
    """The subject of a sentence's main clause: of the clause its speech verb or news credit reports when the
    root is one ("Police said a trader was shot", "A doctor was shot dead, reports Dawn": the trader, the
    doctor); None when there is not exactly one."""
    roots = [t for t in sentence if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    told = [c for c in root.children if c.dep_ == "ccomp"]
    if lexicon.is_cue(root.lemma_, "speech") and len(told) == 1:
        root = told[0]
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects[0] if len(subjects) == 1 else None


def _earlier_object(tok: Token, names: bool = False) -> Token | None:
    """"militants assaulted engineers and workers and threatened them", "the university rusticated 19
    students, blaming them", "gunmen abducted a trader and shot at him": the direct object of the verb an
    object pronoun's verb is conjoined with or hangs on as a participle, of the pronoun's number ("them" a
    plural, "him"/"her" one person word; with `names`, one proper name: "abducted constable X and killed
    him"), when that verb has one object and the pronoun's verb no subject of its own while the earlier verb
    has one (one doer doing both, so the pronoun cannot be the doer; a verb with its own subject, "police
    arrested the men after they attacked them", may mean anyone)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in {"dobj", "pobj"} or verb.dep_ not in {"conj", "advcl"} or verb.pos_ != "VERB" or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":  # "..., blaming them": a participle, not a when-clause
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < tok.i]
    if len(objects) != 1 or is_passive(verb.head) or objects[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    doers = [verb.head, verb.head.head] if verb.head.dep_ == "conj" else [verb.head]
    if not any(c.dep_ == "nsubj" for v in doers for c in v.children):
        # "tattooed young men ... would visit them": an earlier verb with no doer of its own, nor one it
        # shares with the verb it is conjoined with ("rusticated 19 students and banned four, blaming
        # them"), is a misparse
        return None
    obj = objects[0]
    plural = obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children)
    if tok.lower_ == "them":
        return obj if plural else None
    if names:
        return obj if not plural and obj.pos_ == "PROPN" else None
    return obj if not plural and obj.pos_ == "NOUN" and person_noun(obj) else None


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a word stands in by compounds or modifiers ("Ublan Afghan refugee camp":
    camp)."""
    while tok.dep_ in {"compound", "amod"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _locative_object(tok: Token) -> bool:
    """Whether a noun is the object of a preposition that tells where: "in", "near", "from"; "at" on a noun
    ("a blast at X", not "fired at X"); "of" on a word for one's home ("a resident of X")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word == "of":
        return prep.head.lemma_.lower() in words("home_noun")
    if word == "at":
        return prep.head.pos_ in {"NOUN", "PROPN"}
    return word in {"in", "near", "from"}


def _shared_object(verb: Token) -> list[Token]:
    """"troops detained and questioned X", "failed to investigate or prosecute X", "rebels abducted, tortured
    and killed X": the direct objects an active verb with no complement of its own shares with the later
    verbs it is coordinated with, of the same form and with no subject of their own; the parser hangs them on
    the last verb only. Only "and", "or" and commas may stand between the verbs, and nothing of the verbs'
    own between them and the object (else the object is the last verb's alone: "met in Paris and signed a
    pact with X")."""
    if is_passive(verb):
        return []
    later = sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda t: t.i)
    members = {verb.i, *(c.i for c in later)}
    for member in later:
        objects = [c for c in member.children if c.dep_ == "dobj" and c.i > member.i]
        if member.tag_ != verb.tag_ or is_passive(member) or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in member.children):
            return []
        if not objects:
            continue
        span = range(verb.i + 1, member.i)
        if any(i not in members and verb.doc[i].lower_ not in SHARED_OBJECT_JOINS for i in span):
            return []  # an adverb, a phrase or a complement between the verbs: not a bare coordination
        before = range(verb.i + 1, min(o.i for o in objects))
        own = [c for v in [verb, *(t for t in later if t.i < member.i)] for c in v.children
               if c.i in before and c.dep_ not in {"cc", "conj", "punct"}]
        return [] if own else objects
    return []


def _adjunct_subject(verb: Token) -> Token | None:
    """"five men were forced to dig graves before being killed by gunmen", "he was extradited after being
    arrested in Madrid": the subject of the clause a passive in a time or manner phrase with no subject of its
    own (`ADJUNCT_PASSIVE_PREPS`) hangs on, through infinitives and coordinated verbs that share it; None when
    the phrase hangs on a noun or no noun or pronoun subject is found."""
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in ADJUNCT_PASSIVE_PREPS or prep.head.i == prep.i:
        return None
    head = prep.head
    for _ in range(MAX_CLIMB):
        if head.pos_ not in {"VERB", "AUX"}:
            return None  # "the contract, after being submitted": a noun's phrase, not a clause's
        # ("In a town, Las Chinacas, 300 families fled": the parser may give two subjects; the nearest is it)
        subject = next((c for c in reversed(list(head.children)) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject if subject.pos_ in {"NOUN", "PROPN", "PRON"} else None
        if head.dep_ not in {"xcomp", "conj"} or head.head.i == head.i:
            return None
        head = head.head
    return None


def _misparsed_object(verb: Token) -> Token | None:
    """"abducted a driver of X Company engaged in road construction": the parser may take an object a
    participle describes for the subject of a clause the verb governs; with no object of its own, an active
    verb acts on the noun subject of a bare participle (no auxiliary, no object) of its clausal complement."""
    if is_passive(verb) or any(c.dep_ in {"dobj", "ccomp"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
                               for c in verb.children):
        return None
    # (the tagger may read the participle as a past tense, "engaged" VBD; a past tense with an object of its
    # own is a clause of its own: "ambushed, police said rebels killed two men")
    for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in {"VBN", "VBG", "VBD"}):
        if any(c.dep_ in {"aux", "auxpass", "nsubjpass", "mark", "dobj"} for c in comp.children):
            continue
        subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and subject.i > verb.i:
            return subject
    return None


def _controlled_object(verb: Token) -> Token | None:
    """"asked the committee to confirm its view", "urged the judge to resign": the object, a noun, of a verb
    whose infinitive complement it is to carry out (the one asked, urged, forced); None when there is
    none."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    infinitives = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children)]
    # (a pronoun is left to the readers that resolve it: "the World Bank asked it to devalue the rupee")
    if len(objects) != 1 or not infinitives or infinitives[0].i < objects[0].i or objects[0].pos_ == "PRON":
        return None
    return objects[0]


def _complement_subject(verb: Token) -> Token | None:
    """"a court found Lin Wei guilty of fraud", "held the army responsible": the parser may read the object
    of an active verb with an adjective complement as that adjective's subject (a clause with no verb,
    auxiliary or subordinator of its own); that noun is the verb's object. None for any other verb."""
    if is_passive(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    for comp in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ == "PROPN"):
        # "found Ye Yong Qing guilty": or the name heads the clause and the adjective hangs on it
        if comp.i > verb.i and any(a.dep_ in {"acomp", "amod"} and a.pos_ == "ADJ" and a.i > comp.i
                                   for a in comp.children):
            return comp
    for comp in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ == "ADJ"):
        if any(c.dep_ in {"aux", "auxpass", "cop", "mark"} for c in comp.children):
            continue  # "found that the deal was illegal": a clause of its own
        subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN", "PRON"} and subject.i > verb.i:
            return subject
    return None


def _aimed_objects(verb: Token) -> list[Token]:
    """The objects of "at", "on" or "upon" on a verb or its direct object: what the act is aimed at ("fired at
    two brothers", "opened fire on Bashir Road")."""
    nodes = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ in {"at", "on", "upon"}
            for o in p.children if o.dep_ == "pobj"]


def _named_by(tok: Token) -> list[Token]:
    """"an IDP identified as Dure Kamil", "a trader named Ali": the words naming the one a noun describes
    ("two people, identified as Yasir and Haroon": each of them)."""
    naming = [c for c in tok.children if c.dep_ in {"acl", "appos"} and c.lemma_.lower() in NAMING_VERBS]
    # (only "as" names: in "identified as X near Shillong" the parser hangs the place on the participle)
    named = [o for c in naming for p in c.children if p.dep_ in {"oprd", "dobj"}
             or (p.dep_ == "prep" and p.lower_ == "as")
             for o in ([p] if p.dep_ != "prep" else [x for x in p.children if x.dep_ == "pobj"])]
    return [t for o in named for t in [o, *o.conjuncts]]


def _named_kin(tok: Token) -> bool:
    """"the brothers, identified as X and Y": family members (`party_words.csv` kin_noun) a phrase names."""
    return (tok.lemma_.lower() in KIN_NOUNS or tok.lower_ in KIN_NOUNS) and bool(_named_by(tok))


def _antecedent(tok: Token) -> Token:
    """"Getty Oil, which Texaco agreed to buy": the noun a relative pronoun stands for (the head of the
    relative clause it opens); any other word itself."""
    if tok.tag_ not in {"WDT", "WP"}:
        return tok
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in {"NOUN", "PROPN"} else tok


def _partitive_whole(tok: Token) -> Token | None:
    """"three of his accomplices", "two of the suspects", "dozens of supporters of the FARC": the plural noun
    of the of-phrase a number or quantity word (`party_words.csv` quantity_word) heads as an object or a
    passive subject, the people it counts; None for any other word."""
    if not (tok.tag_ == "CD" or tok.lemma_.lower() in QUANTITIES or tok.lower_ in QUANTITIES):
        return None
    if tok.dep_ not in {"dobj", "nsubjpass", "pobj"}:
        return None  # only the one acted on: "one of his operatives surrendered" is read as a doer elsewhere
    wholes = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"}]
    return wholes[0] if len(wholes) == 1 else None


def _struck_nodes(verb: Token) -> list[Token]:
    """What a violent act is done to, as words: its objects and the objects of its (or their) on/at/upon
    ("fired on a wedding party", "attacked the convoy at a checkpoint")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [o for n in [verb, *objects] for p in n.children
                      if p.dep_ == "prep" and p.lower_ in {"on", "at", "upon"}
                      for o in p.children if o.dep_ == "pobj"]


def _owner_of_thing(tok: Token) -> bool:
    """Is the word the object of the of-phrase of a person's thing ("the gate *of a businessman*")?"""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i
            and tok.head.head.lemma_.lower() in OWNED_THINGS)


def _premises_sector(noun: Token) -> tuple[str, int]:
    """The sector of the body premises named by `noun` belong to by their kind alone (`party_words.csv`
    premises_owner: "a mobile tower" BUS, "the tehsil office" GOV, "the search party" MIL), read from the
    noun's lemma with up to `PREMISES_KIND_WORDS` modifiers right before it, or from those modifiers alone on
    a building or thing word that says nothing of its own ("a block office building"), with the index of the
    first kind word; ("", the noun's index) when the kind says nothing of an owner."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    generic = lemma in INSTALLATIONS or lemma in OWNED_THINGS
    for size in range(PREMISES_KIND_WORDS, -1, -1):
        kind = doc[noun.i - size:noun.i] if noun.i - size >= noun.left_edge.i else None
        if kind is None or any(t.dep_ not in {"compound", "amod", "nmod"} for t in kind):
            continue
        words_ = [t.lower_ for t in kind]
        sector = PREMISES_OWNERS.get(" ".join([*words_, lemma])) or (
            PREMISES_OWNERS.get(" ".join(words_), "") if generic and words_ else "")
        if sector:
            return sector, noun.i - size
    return "", noun.i


def _condition_subjects(verb: Token) -> list[Token]:
    """The subjects of the unless / if clauses hung on a threatened act or its first conjunct ("would
    revoke or deny licences if *Japan* fails to act"), or on the verb whose infinitive it is ("voted to
    strike unless *the company* ..."): the ones the condition asks to act."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB":
        first = first.head
    verbs = [first, *first.conjuncts] + ([first.head] if first.dep_ == "xcomp" else [])
    return [s for v in verbs for clause in v.children if clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)
            for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]


def _same_state(arg: Argument, source: Argument) -> bool:
    """Whether `arg` and `source` are the state itself (a bare country code or its government, forces, police
    or intelligence) of one country, the same mention ("Britain warned that it would retaliate") or two;
    two companies or gangs of one code are two parties, and a company or gang named as its own target is left
    to the event reader, which drops such an event ("a report threatening Glaxo's drug")."""
    code, own = arg.ref.code or "", source.ref.code or ""
    return (len(code) >= 3 and code[:3] == own[:3] and len(own) >= 3
            and all(len(c) == 3 or c[3:6] in STATE_ITSELF_SECTORS for c in (code, own)))


def _answers_fire(tok: Token) -> bool:
    """Is the verb one of firing back (`party_words.csv` answer_verb: "retaliated", "returned fire", "fired
    back", "repulsed the attack"), with a word its row needs (as its object, or as its particle or adverb)?"""
    need = ANSWER_VERBS.get(tok.lemma_.lower())
    if need is None or tok.pos_ != "VERB":
        return False
    if not need:
        return True
    needed = set(need.split("|"))
    return any((c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in needed)
               or (c.dep_ in {"prt", "advmod"} and c.lower_ in needed) for c in tok.children)


def _answer_clauses(verb: Token) -> list[Token]:
    """The clauses that fire back at a violent act (`TargetReader._answering_side`): one coordinated after it
    with a subject of its own ("opened fire and the troopers retaliated"), the one it is a when-, as- or
    after-clause of ("when the Maoists opened fire, the troopers retaliated"), and the main clause of the
    next sentence when the act is its own sentence's main clause ("opened fire. Police returned fire.")."""
    found = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and _answers_fire(c)]
    if verb.dep_ == "advcl" and _marked(verb, HARM_CLAUSE_MARKS) and _answers_fire(verb.head):
        found.append(verb.head)
    sent = sentence_of(verb)
    if first_conjunct(verb).dep_ == "ROOT" and sent.end < len(verb.doc):
        root = sentence_of(verb.doc[sent.end]).root
        if _answers_fire(root):
            found.append(root)
    return found


def _answerers(clause: Token) -> list[Token]:
    """Who fired back in a clause of firing back: its subject ("the troopers retaliated"), or the by-agent of
    a passive ("the fire was retaliated by SFs"); never a pronoun (whose antecedent may be either side)."""
    if is_passive(clause):
        found = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        found = [c for c in clause.children if c.dep_ == "nsubj"]
    return [t for f in found for t in [f, *f.conjuncts] if t.pos_ != "PRON"]


def _shared_harm_clauses(verb: Token) -> list[Token]:
    """"A boy was killed and five others were injured in a blast": the passive harm clauses (`party_words.csv`
    harm_verb) coordinated after a harm verb that tells no act of its own (no in-phrase, no when-clause), on
    which the parser hangs the phrase the two clauses share; none for a verb that tells its own ("killed in a
    road accident and two injured in a blast")."""
    own = any((c.dep_ == "prep" and c.lower_ in IN_EVENT_PREPS) or (c.dep_ == "advcl" and _marked(
        c, SAME_MOMENT_MARKS)) for c in verb.children)
    if own or not is_passive(verb):
        return []
    return [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB" and is_passive(c)
            and c.lemma_.lower() in HARM_VERBS]


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    """Is the adverbial clause introduced by one of `marks` ("*when* a bomb exploded", "*after* militants
    attacked a post"), as a marker or as the wh-adverb the parser hangs there?"""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in clause.children)
