"""Find event mentions in a parsed, actor-annotated Doc: triggers from the lexicon, their source and target,
negation, modality, place, and how confident the reading is.

1. A token is a trigger when its lemma and part of speech have rows in event_triggers.csv and one row's
   condition holds (the first that holds gives the CAMEO code and where the target is; when its `party:` or
   sector condition then fails, the next holding row of the same CAMEO root is read instead).
2. Triggers that are only the content of another act are skipped: "asked Kyiv to *mediate*" is a request,
   "called for *negotiations*" is an appeal, "welcomed *the meeting*" is not a meeting. A participle before
   a noun reports no act, unless a dissent row names that noun as its doer ("*striking* workers": 143).
3. A nominal trigger with no actor of its own and a definite article ("the meeting lasted") is kept as an
   anaphoric mention: merging attaches it to the event it refers back to, or drops it.
4. Source and target come from `arguments.py`; a mention with neither (and not anaphoric) is dropped, as is
   one whose source and target are the same entity, and one lacking a party its row's `party:` condition
   names ("voiced concern about inflation": no target). Sense rules on the parties (senses.py `party_sense`)
   then recode or drop each source-target pair: violence by gunmen or rebels is 18x, by troops 19x.
5. Which kind of force an act of coercion or violence is, by who acts on whom and the act's own word, is one
   table (violence_kinds.csv, `violence_kind`): the Islamic State's killings are 18x, police raids and
   offensives against criminals 170, an armed group's fire met by the forces' operation 190, police killing
   unarmed people 180 (firing on protesters 175), a killing a bombing (183) only when its clause says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import product
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.knowledge import ActorKnowledge
from ..codes import is_country
from ..errors import Code, DataError
from ..extensions import doc_text, sentence_list, sentence_of, tokens_of_pos
from ..model import ActorRef, EventMention
from ..resources import load_table, split_list
from ..when import cue_words, date_span
from ..where import PLACE_WINDOW  # another clause's place is read as near the trigger as where.py reads
from .arguments import Argument, ArgumentReader, nonstate, sector_of_word
from .dating import event_date, listed_party_date
from .forces import police_forces
from .implied import implied_sectors, implied_sources, state_party, suspects_throughout
from .lexicon import MARK_KINDS, NO_EVENT, PARTY_KINDS, EventLexicon, Requirement, TriggerRule
from .modality import demanded_content, is_negated, provisional_deal, read_modality, relayed
from .parties import ARMED_SECTORS, FORCE_SECTORS, is_passive
from .party_words import words
from .patterns import Clause, holds, reports_event
from .senses import PartyTest, default_senses, party_sense, party_test, sense_of

# the conditions `_holds` does not test on the parse: parties are read in `read`, marks test nothing
UNPARSED_KINDS = PARTY_KINDS | MARK_KINDS
# a (lemma, pos)'s rules, each with its parse conditions, whether it asks for parties, its CAMEO root and the
# plain words its `after` conditions need in the trigger's sentence
RulePlan = tuple[tuple[TriggerRule, tuple[Requirement, ...], bool, str, frozenset[str]], ...]
PLACE_PREPS = {"in", "at"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# the head words of "with each other", "with one another": the conjoined subjects themselves, no third side
RECIPROCAL_WORDS = frozenset({"other", "another", "one"})
DEFINITE = {"the", "this", "that"}
VIOLENCE_ROOTS = {"18", "19"}
FORCE_ROOTS = frozenset({"17", "18", "19"})  # the codes violence_kinds.csv may change: coerce, assault, fight
# A state's own country read from a country word is no party to the state's act (`_names_own_state`), for
# these roots: statements, appeals, intents, consultations, cooperation, aid, yielding, inquiries, demands,
# disapproval, rejection, threats, protests, posture and cuts in relations (not arrests, coercion or force).
OWN_STATE_ROOTS = frozenset({f"{root:02d}" for root in range(1, 17)})
# ...but sympathy and condolence (018) go to the harmed, most often the state's own people ("expressed regret
# over the deaths of the Soviet sailors"): there the own country read from a country word is the party
OWN_PEOPLE_CODES = frozenset({"018"})
OWN_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # a state's bodies, acting as it
# the roots violence_kinds.csv may give: those, and protest (14: a labour strike is no military strike, 143; a
# crowd fighting the police riots, 145)
KIND_ROOTS = FORCE_ROOTS | {"14"}
KIND_COLUMNS = ("act", "cameo", "doer", "victim", "context", "code", "source")
# a trigger's clause reaches up through these relations to the clause it hangs on ("a bomb exploded, *killing*
# three", "claimed to have *killed*", "the IED which *killed*")
CLAUSE_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "relcl"})
PROTEST_ROOT = "14"  # the acts a `lead` cue verb stages (event_cues.csv): protests, marches, strikes
SEIZE_PROPERTY = "171"
# a person's or people's possessive: "seized *their* weapons"
OWNER_PRONOUNS = frozenset({"their", "his", "her"})
ARREST = "173"  # arrest or detain: whom it took a seizure told with it is from
ARRESTED_KEY = "newsevents_arrested"  # doc.user_data: the parties arrested so far, by sentence
# "properties *belonging* to the Valle family", "cocaine *linked* to the Urabenos", "a ranch *owned* by X":
# the participle on a seized thing and the preposition naming its owner
# (also a site's operator: "brothels *run* by a trafficking ring", "a lab *operated* by the cartel", a house
# "*used* by the gang")
OWNER_PARTICIPLES = {"belong": "to", "link": "to", "tie": "to", "own": "by", "run": "by", "operate": "by",
                     "control": "by", "use": "by", "manage": "by"}
# "attacks *attributed* to the Urabenos", "the kidnapping was *blamed* on the EPP": the verb and preposition
# by which an act is put down to its doer
ATTRIBUTING = {"attribute": "to", "blame": "on", "ascribe": "to",
               # "protests *led* by Capriles", "attacks *carried* out by the Taliban", "murders *committed* by
               # the gang": a participle naming the act's doer in its by-phrase
               "lead": "by", "organize": "by", "organise": "by", "stage": "by", "carry": "by",
               "perpetrate": "by", "commit": "by", "conduct": "by", "mount": "by"}
# The acts a state takes by approving or authorising them (event_cues.csv `authorize`): "a court *approved*
# the extradition", "the Council *authorized* the deployment", "*approved* sanctions against": aid, yielding,
# investigation, force posture, reducing relations, coercion and force; not "approved the visit", "the talks"
AUTHORIZED_ROOTS = frozenset({"07", "08", "09", "15", "16", "17", "19"})
STATEMENT_ROOT = "01"  # CAMEO 01 make public statement: a statement row may be addressed to a state alone
YIELD_ROOT = "08"  # CAMEO 08 yield: ease sanctions, release, return, retreat
REFUSE_TO_YIELD = "124"
GRANT_ASYLUM, REJECT = "075", "120"
INTENT_TO_YIELD = "035"  # "said it would release": the pledge reading of a future yield (senses.py)
INTENT_ROOT = "03"  # CAMEO 03x: an intent expressed, the pledge itself
DEAL_VALUED = frozenset({"value", "worth", "total", "price"})  # "contracts *valued* at N dlrs from X"
MAX_ARGUMENTS = 4  # "the leaders of A, B, C and D": beyond this a list is a crowd, not parties to an event


class EventDetector:
    """Turns one Doc into EventMentions. Built once; `__call__` is pure with respect to the Doc."""

    def __init__(self, lexicon: EventLexicon, kb: ActorKnowledge) -> None:
        self.lexicon = lexicon
        self.kb = kb
        self._plans: dict[tuple[str, str], RulePlan] = {}

    def __call__(self, doc: Doc) -> list[EventMention]:
        reader = ArgumentReader(doc, self.lexicon, self.kb)
        index_of = {sent.start: n for n, sent in enumerate(sentence_list(doc)[0])}
        mentions: list[EventMention] = []
        for tok in tokens_of_pos(doc, "VERB", "NOUN", "ADJ"):  # the words a trigger can be
            pos = "VERB" if tok.pos_ == "VERB" else "NOUN" if tok.pos_ == "NOUN" else None
            if pos is None and _participle_adjective(tok) and self._described_doer_rule(tok, "VERB"):
                pos = "VERB"  # "*Striking* dockers closed the port": the tagger's adjective is the participle
            if pos is None:
                continue
            described = self._described_doer_rule(tok, pos)
            if tok.i in reader.mention_entity and described is None:
                continue  # part of a name ("Sanctions Committee", "Attack Helicopter Co.")
            rules = self.matching_rules(tok, pos)
            if described is not None:
                rules = [described]  # "*striking* workers": they strike (143), whatever else the word reads
            reader.settle(tok, pos, rules[0].cameo if rules else "")  # the reader asks it again
            if not rules or (described is None and self.is_content(tok, pos)):
                continue
            for rule in rules:
                found, short_of_parties = self.read(tok, pos, rule, reader, index_of[sentence_of(tok).start])
                if found or not short_of_parties:
                    mentions.extend(found)
                    break
                # "acquired Spain's Banco X" read as a takeover needs a business target: a row whose parties
                # are not read lets the lemma's next matching row read the clause
        # one the article tells a crime of in one arrest or verdict is the suspect in the others (implied.py)
        return _violence_anaphors(suspects_throughout(mentions, reader))

    # 1. triggers
    def matching_rule(self, tok: Token, pos: str) -> TriggerRule | None:
        """The first rule for the token's (lemma, pos) whose conditions all hold: user dictionaries, ours,
        then the CAMEO dictionary (lexicon.py says why in that order)."""
        rules = self.matching_rules(tok, pos)
        return rules[0] if rules else None

    def matching_rules(self, tok: Token, pos: str) -> list[TriggerRule]:
        """The rules whose parse conditions hold, in order, up to the first that asks nothing of its parties:
        a row whose `party:`/sector condition then fails leaves the clause to the next ("lobbied Congress for
        aid" 021, else "lobbied Congress" 020). Only rows of the first row's CAMEO root follow it: the first
        row's parse conditions chose the word's sense ("fought the plan" is a rejection, never the fighting
        a later catch-all row reads). A "-" row stops the list: that use of the word reports no event."""
        plan = self._plan((tok.lemma_.lower(), pos))
        if not plan:
            return []
        clause = Clause(tok, self.lexicon.synsets)
        reports = reports_event(tok)
        found: list[TriggerRule] = []
        for rule, parsed, asks_parties, root, needed in plan:
            if rule.needs_dyad and not reports:
                continue  # a dictionary verb as a participle describing a noun: "the officer monitoring ..."
            if found and root != found[0].cameo[:2] and rule.cameo != NO_EVENT:
                continue
            if needed and not needed <= clause.sentence_words:
                continue  # (`holds`'s first test of a pattern, made here: most of a verb's rows fail on it)
            if _all_hold(tok, parsed, clause):
                if rule.cameo == NO_EVENT:
                    break
                found.append(rule)
                if not asks_parties:
                    break
        return found

    def _plan(self, key: tuple[str, str]) -> RulePlan:
        """The rules of a (lemma, pos) with what `matching_rules` tests of each — its parse conditions,
        whether it asks for parties, its CAMEO root, the plain words its patterns need in the sentence —
        worked out once per key: a verb's hundreds of dictionary rows are tried on every token of the verb."""
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = tuple(
                (rule, parsed, _asks_parties(rule), rule.cameo[:2],
                 frozenset(w for req in parsed if req.kind == "after" for w in req.plain))
                for rule in self.lexicon.rules.get(key) or ()
                for parsed in [tuple(req for req in rule.conditions if req.kind not in UNPARSED_KINDS)])
        return plan

    def _described_doer_rule(self, tok: Token, pos: str) -> TriggerRule | None:
        """The dissent row (CAMEO 14) of a participle describing the noun that row names as its doer:
        "*striking* workers" (143 strike, `subj:worker|union|...`), never "*striking* results" or "the
        *attacking* side" (no such row: a participle before a noun reports no act of its own). Only a noun
        acted on or with ("fired at *striking* workers", "talks with *striking* seamen"): a subject's own verb
        tells its act."""
        if pos != "VERB" or tok.dep_ != "amod" or tok.tag_ not in {"VBG", "JJ"} or tok.head.i == tok.i:
            return None
        described = tok.head
        if described.dep_ == "pobj" and described.head.lower_ == "of":
            described = described.head.head  # "thousands of striking doctors"
        if described.dep_ in {"nsubj", "nsubjpass"}:
            return None  # "striking teachers marched": their verb tells their act; the strike is a state
        noun = tok.head.lemma_.lower()
        lemmas = [tok.lemma_.lower()] if tok.tag_ == "VBG" else _verb_lemmas(tok.lower_)
        for rule in (r for lemma in lemmas for r in self.lexicon.rules.get((lemma, pos)) or []):
            if rule.cameo[:2] != PROTEST_ROOT:
                continue
            if any(req.kind == "subj" and noun in req.words and "*" not in req.words
                   for req in rule.conditions):
                return rule
        return None

    def _holds(self, tok: Token, rule: TriggerRule, clause: Clause | None = None) -> bool:
        clause = clause or Clause(tok, self.lexicon.synsets)
        return all(_subject_is(clause, req.words) if req.kind == "subj" else holds(tok, req, clause)
                   for req in rule.conditions
                   if req.kind not in UNPARSED_KINDS)

    # 2. content of another act
    def is_content(self, tok: Token, pos: str) -> bool:
        head = tok.head
        if head is tok:
            return False
        if pos == "VERB":
            if tok.dep_ == "amod":
                return True  # "French-*speaking* cantons": a participle describing a noun reports no act
            if tok.dep_ == "pcomp":  # "accused X of *threatening* Y": the accusation's content
                head = head.head
                if head.dep_ == "dobj":
                    head = head.head
            if demanded_content(tok):
                return True  # "received orders from the palace to *free* them": the order's content
            return tok.dep_ in {"xcomp", "ccomp", "pcomp"} and self.lexicon.is_cue(head.lemma_, "content")
        # An object noun is an event only under a light verb or with its own doer: see `read`. "called for
        # *talks*" is the appeal's content; "did not view IBM as a *threat*" a judgement, no threat made.
        # "arrived in Washington for talks": travel for talks is their start, not an appeal for them
        under_verb_for = (head.head.pos_ == "VERB" and head.lower_ == "for"
                          and not self.lexicon.is_cue(head.head.lemma_, "motion"))
        return tok.dep_ == "pobj" and (under_verb_for or head.lower_ == "as")

    def _light(self, noun: Token, cameo: str = "") -> Token | None:
        """The light verb whose object the noun trigger is ("held talks"); a `lead` verb only for dissent
        ("led a march", "organized a strike": CAMEO 14), not for "led the attack on the dollar"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and self.lexicon.is_cue(head.head.lemma_, "partitive"):
            noun, head = head.head, head.head.head  # "completed a new round of talks": the round's verb
        if noun.dep_ != "dobj" or head.pos_ != "VERB":
            return None
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
            return None  # "called off its strike", "put off the talks": the act is cancelled, not held
        if self.lexicon.is_cue(head.lemma_, "light"):
            return head
        if cameo[:2] in AUTHORIZED_ROOTS and self.lexicon.is_cue(head.lemma_, "authorize"):
            return head  # "a court approved the extradition of X": the court extradites
        return head if cameo[:2] == PROTEST_ROOT and self.lexicon.is_cue(head.lemma_, "lead") else None

    def _arranged(self, noun: Token) -> bool:
        """Whether an event noun is the passive subject of a verb that sets or holds it and names its sides
        in a between-phrase ("talks between the union and Cominco are set for Monday"): its doers are read
        there, so it is the event; "the talks between X and Y were cancelled" is none."""
        sides = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                 and any(o.dep_ == "pobj" for o in c.children)]
        return bool(sides) and noun.dep_ == "nsubjpass" and self.lexicon.is_cue(noun.head.lemma_, "arrange")

    # 3-4. reading one trigger
    def read(self, tok: Token, pos: str, rule: TriggerRule, reader: ArgumentReader,
             sentence_index: int) -> tuple[list[EventMention], bool]:
        """The mentions one trigger reads as under one row, and whether the row found none only because the
        parties its `party:` or sector condition asks for are not read (the next matching row may then read
        the clause)."""
        sensed = sense_of(tok, pos, rule, reader)
        if sensed is None:
            return [], False  # the word in another sense (senses.py): "received contracts", "called a tender"
        row_code = rule.cameo  # the row's own act, before its parties' sense recodes it ("will accept" 033)
        rule = sensed
        reader.settle(tok, pos, rule.cameo)
        light = self._light(tok, rule.cameo) if pos == "NOUN" else None
        anchor = light or tok
        if pos == "VERB":
            # "criticised the cartel, *calling* them enemies": a participle adjunct's doer is the main
            # clause's subject, never the main verb's object (whatever that verb's complements do)
            adjunct = (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i
                       and self.lexicon.is_cue(tok.head.lemma_, "content"))
            sent_by = _sent_document(tok)
            sources = reader.verb_source(tok.head) if adjunct else reader.verb_source(tok)
            if tok.dep_ == "amod" and tok.head.i != tok.i:
                # "striking workers" (`_described_doer_rule`): the noun described is the doer, when coded
                sources = [a for a in reader.refs(tok.head) if a.ref.code]
                if not sources:
                    return [], False
            if sent_by is not None and not sources:
                sources = reader.verb_source(sent_by)
        else:
            sources = reader.noun_source(tok, light) or _attributed_doers(tok, reader)
            if (not sources and tok.dep_ in {"dobj", "nsubjpass"} and light is None
                    and not self._arranged(tok)):
                return [], False  # "condemned the invasion" with no doer named: the object is no event here
        exclude = {a.ref.entity_id for a in sources if a.ref.entity_id}
        if pos == "VERB":
            targets = reader.verb_targets(tok, rule.target, exclude, sources)
        else:
            targets = reader.noun_targets(tok, rule.target, exclude)
        if pos == "VERB" and not targets and rule.cameo == SEIZE_PROPERTY:
            targets = _owners_of_seized(tok, reader, exclude)
        if pos == "VERB" and not targets and rule.cameo == SEIZE_PROPERTY and (
                _also(tok) or _taken_from_them(tok)):
            # "Police arrested X in Copan. Authorities *also* found rifles and cash", "seized two pistols from
            # their possession": taken from the arrested
            targets = [a for a in _arrested_near(tok.doc, sentence_index)
                       if a.ref.entity_id not in exclude]
        if pos == "VERB" and not targets and _object_named_deal(rule):
            targets = _deal_counterparts(tok, rule.target, reader, exclude)
        if pos == "VERB" and not targets and sent_by is not None:
            # "wrote Fernandez a letter demanding repayment": the letter's addressee is the one asked
            targets = [a for c in sent_by.children if c.dep_ == "dative" for a in reader.refs(c, exclude)]
        if pos == "VERB" and rule.speaker_givers and not sources and is_passive(tok):
            # "X was awarded a contract by the Air Force": the passive subject is the one it was given to, and
            # the giver is named by a by- or from-phrase of the clause, else credited below ("..., the Navy
            # said")
            receivers = targets or _passive_receivers(tok, reader)
            taken = {a.ref.entity_id for a in receivers if a.ref.entity_id}
            sources, targets = _deal_givers(tok, reader, taken) if receivers else [], receivers
        if pos == "VERB" and rule.speaker_givers and rule.target == ("from",) and sources and targets:
            # "won a contract from the Navy": the party it came from gave it, as "the Navy awarded it" tells
            sources, targets = targets, sources
        if pos == "VERB" and rule.speaker_givers and (targets if _giving(rule) else sources) and not (
                sources if _giving(rule) else targets):
            # only the receiver is read: the subject of "won", the object of "awarded" ("London had given U.S.
            # companies contracts, Younger said": the giver is read, and the speaker gave nothing)
            givers = self._credited_giver(tok, sources or targets, rule.speaker_givers, reader)
            if givers:  # "X has received a contract, the Navy said": the Navy gave it to X
                sources, targets = givers, sources or targets
        targets = reader.unplaced(tok, targets)
        between = not sources and len(targets) >= 2 and "between" in rule.target
        if between:
            # "talks between Israel and Hamas", "fighting between the Zetas and the Gulf Cartel"
            sources, targets = targets[:1], targets[1:]
        sources, targets = sources[:MAX_ARGUMENTS], targets[:MAX_ARGUMENTS]
        told_again = told_as_known(tok, pos)
        anaphoric = pos == "NOUN" and not sources and not targets and told_again
        if not sources and not targets and not anaphoric:
            return [], _asks_parties(rule)
        sent = sentence_of(tok)
        # Span.text joins every token of the sentence; the article's string sliced by offsets is the same text
        sent_text = doc_text(tok.doc)[sent.start_char:sent.end_char]
        frame = self._frame(tok, anchor)
        # an act said to come is read by its own row ("said it will seek an injunction"); an intent (03x) is
        # the pledge itself, spoken when said ("said it will offer 2.20 dlrs a share"), read by every sense
        intent = rule.cameo.startswith(INTENT_ROOT)
        modality = read_modality(anchor, self.lexicon, None if intent else row_code)
        negated = is_negated(anchor, self.lexicon)
        refusing = negated and self._future(anchor)
        date = event_date(tok, frame, reader.day, future=modality == "intended", cameo=rule.cameo)
        if modality in {"asserted", "reported"} and _ahead(date.date, date.date_basis, reader.day):
            modality = "intended"  # "Nakasone leaves on April 29" told in March: a plan, not a deed
        if modality in {"asserted", "reported"} and provisional_deal(anchor, rule.cameo):
            # "agreed in principle to sell", "a letter of intent": the deal is to come, agreed on the day told
            modality = "intended"
        common: dict[str, Any] = {
            "sentence_index": sentence_index,
            "start": sent.start_char + len(sent_text) - len(sent_text.lstrip()),
            "end": sent.start_char + len(sent_text.rstrip()),
            "text": sent_text.strip(),
            "trigger": tok.text,
            "trigger_start": tok.idx,
            "trigger_end": tok.idx + len(tok.text),
            "cameo": rule.cameo,
            "negated": negated,
            "modality": modality,
            "place_entity_id": self._place(frame, reader),
            "date_text": date.date_text,
            "date": date.date,
            "date_basis": date.date_basis,
            "anaphoric": anaphoric,
            "told_again": told_again,
            "repeat": any(c.dep_ == "advmod" and self.lexicon.is_cue(c.lower_, "repeat")
                          for c in anchor.children),
            "relayed": modality == "reported" and relayed(anchor, self.lexicon),
        }
        if not sources and targets:  # "the capture of El Chapo": the state a coder infers (implied.py)
            sources = implied_sources(tok, pos, _doerless_kind(tok, rule.cameo, targets), targets, reader,
                                      common["place_entity_id"])
        # "X was gunned down": a person coded by a country alone, of the sector his part gives (implied.py)
        targets = implied_sectors(tok, rule.cameo, sources, targets, reader)
        # "the SOG and CRPF personnel ... opened fire at the security personnel": police, as named (forces.py)
        sources = [police_forces(a, tok, reader) for a in sources]
        targets = [police_forces(a, tok, reader) for a in targets]
        out = []
        short_of_parties = False
        no_party: list[Argument | None] = [None]
        pairs: list[tuple[Argument | None, Argument | None]] = list(product(sources or no_party,
                                                                            targets or no_party))
        if (not targets and len(sources) >= 2 and not self._joint_act(tok) and not self._third_side(tok)
                and not _fought_object(tok, rule)
                and (self.lexicon.is_cue(tok.lemma_, "reciprocal") or _two_sides(rule, sources))):
            pairs = [(s, t) for s in sources for t in sources if s is not t]  # "A and B agreed": A->B, B->A
        if _both_ways(tok, between):
            # "an exchange of fire between police and Maoists", "militants exchanged fire with the troops":
            # each side fired on the other
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None and _fighting_sides(s, t)]
        pairs = _without_own_state(pairs, rule)
        for source, target in pairs:
            if source and target and _same_party(source.ref, target.ref):
                continue
            if rule.needs_dyad and not (source and target and source.ref.code and target.ref.code):
                continue  # a dictionary default (or target pattern) codes only events between two actors
            if not _has_parties(rule, source, target):
                short_of_parties = True
                continue  # "the report points to rising inflation": an accusation needs someone accused
            if _obliging(rule) and _own_country(source, target):
                continue  # "officials said Bangladesh must import grain", "warned Argentina may break off
                # talks": the speaker's own country's need or act, no demand of or comment on another party
            # who the parties are can decide the sense: gunmen's shooting is 18x, troops' 19x (senses.py)
            paired = party_sense(tok, pos, rule, reader, source.ref.code if source else None,
                                 target.ref.code if target else None)
            if paired is None:
                continue
            if paired.cameo[:2] in FORCE_ROOTS:
                # which kind of force by who acts on whom (violence_kinds.csv): 17x, 18x or 19x
                kind = violence_kind(tok, paired.cameo, source.ref.code if source else None,
                                     target.ref.code if target else None)
                paired = replace(paired, cameo=kind)
            said: dict[str, Any] = {"cameo": paired.cameo}
            if rule.negation_is_act:
                # "Tesoro said it would not comment": the negation is the act the row codes (011 decline
                # comment), made when it is said, as "declined to comment" is
                said = {"cameo": paired.cameo, "negated": False,
                        "modality": "asserted" if modality == "intended" else modality}
            elif refusing and (paired.cameo[:2] == YIELD_ROOT or paired.cameo == INTENT_TO_YIELD):
                # "the United States will not lift the ban", "said it would not release them": a yield its
                # doer says it will not make is a refusal to yield (CAMEO 124), made when it is said, as
                # "refused to lift" is
                said = {"cameo": REFUSE_TO_YIELD, "negated": False,
                        "modality": "asserted" if modality == "intended" else modality}
            elif refusing and GRANT_ASYLUM in {paired.cameo, row_code}:
                # "Bangladesh says it will not accept refugees": a refusal of asylum, a rejection (CAMEO 120,
                # PLOVER REJECT), made when it is said
                said = {"cameo": REJECT, "negated": False,
                        "modality": "asserted" if modality == "intended" else modality}
            if (said["cameo"] == ARREST and target is not None and target.ref.code
                    and not is_country(target.ref.code)):  # a people read as a country is no one's goods
                _arrested(tok.doc).setdefault(sentence_index, []).append(target)
            if target is not None and len(targets) > 1:
                # "arrested A on March 30, 2011, B on June 18": each listed party's act on its own day
                listed = listed_party_date(tok, date, reader.day, _party_positions(tok, target.ref, reader),
                                           _party_positions_all(tok, targets, target, reader))
                if listed != date:
                    said = said | {"date": listed.date, "date_text": listed.date_text,
                                   "date_basis": listed.date_basis}
            out.append(EventMention(
                **(common | said),
                # "the Philippines called on its creditors": a state named by its name acts by its government
                source=state_party(source.ref if source else None, said["cameo"], reader, doer=True,
                                   word=tok.lemma_.lower()),
                target=state_party(target.ref if target else None, said["cameo"], reader),
                confidence=_confidence(source, target, pos),
            ))
        return out, short_of_parties and not out

    def _credited_giver(self, verb: Token, receivers: list[Argument], sectors: frozenset[str],
                        reader: ArgumentReader) -> list[Argument]:
        """The body a clause is credited to (its speech verb's subject), of one of the row's `giver:` sectors,
        as the giver of the contract or order the clause's one read side received; none when the clause is no
        one's report, the speaker is of another kind ("a spokesman for the company said": the receiver's own
        word) or that side itself."""
        speech = verb.head
        if verb.dep_ not in {"ccomp", "parataxis"} or speech.i == verb.i:
            return []
        if not self.lexicon.is_cue(speech.lemma_, "speech"):
            return []
        givers = [a for a in reader.verb_source(speech) if _source_fits(a, sectors)]
        if any(_same_party(g.ref, r.ref) for g in givers for r in receivers):
            return []
        return givers

    def _future(self, anchor: Token) -> bool:
        """Whether the act is told as its doer's own future act ("*will* not lift the ban", "*wo*n't release
        the pilots"): negated, a yield so told is a refusal; a past "did not lift" tells of no refusal."""
        return any(c.dep_ == "aux" and self.lexicon.is_cue(c.lower_, "future") for c in anchor.children)

    def _third_side(self, verb: Token) -> bool:
        """Whether the verb or its object names, with "with", a side other than its conjoined subjects, coded
        or not ("A and B reached a settlement *with the plaintiffs*": they settled with the plaintiffs, not
        with each other); not "with each other" (the subjects themselves) nor an act ("as agreed by A and B
        *with the signing* of a ceasefire": how they agreed)."""
        for node in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "with"):
                if any(o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} and o.lower_ not in RECIPROCAL_WORDS
                       and not self._act_noun(o) for o in prep.children):
                    return True
        return False

    def _act_noun(self, noun: Token) -> bool:
        """Whether a common noun names an act, not a side: an event noun of the lexicon or a gerund ("the
        signing", "the meeting")."""
        return noun.pos_ == "NOUN" and (noun.lower_.endswith("ing") or any(
            self.lexicon.rules.get((w, "NOUN")) for w in {noun.lemma_.lower(), noun.lower_}))

    def _joint_act(self, verb: Token) -> bool:
        """Whether the verb's infinitive is something its conjoined subjects do together for a third party
        ("Chemical Bank and Salomon Brothers agreed to provide financing": partners, not each other's
        target)."""
        return any(c.dep_ == "xcomp" and self.lexicon.is_cue(c.lemma_, "joint_act") for c in verb.children)

    def _place(self, frame: list[Token], reader: ArgumentReader) -> str | None:
        """Where: "met ... in Moscow", "a meeting in the Kremlin", "flew to Berlin to meet", "a visit to
        Niamey"; else a place the sentence puts a verb in ("talks were held in Doha")."""
        trigger = frame[0]
        for node in frame:
            preps = PLACE_PREPS | ({"to"} if node is not trigger or trigger.pos_ == "NOUN" else set())
            for eid in self._places_after(node, preps, reader):
                return eid
        # "met Biden in Paris": the parser often hangs the place on the object.
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            for eid in self._places_after(obj, PLACE_PREPS, reader):
                return eid
        sent = sentence_of(trigger)
        # another clause's place lies near the trigger; a run-on sentence of thousands of words is not read
        # whole for every event (quadratic)
        near = sent.doc[max(sent.start, trigger.i - PLACE_WINDOW):min(sent.end, trigger.i + PLACE_WINDOW + 1)]
        for node in near:
            if node.pos_ == "VERB" and node not in frame:
                for eid in self._places_after(node, PLACE_PREPS, reader):
                    return eid
        return None

    def _places_after(self, node: Token, preps: set[str], reader: ArgumentReader) -> list[str]:
        found = []
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    eid = reader.mention_entity.get(pobj.i)
                    if pobj.dep_ == "pobj" and eid and reader.entities[eid].type in PLACE_TYPES:
                        found.append(eid)
        return found

    def _frame(self, tok: Token, anchor: Token) -> list[Token]:
        """The trigger, its anchor, and the travel or intention verbs that embed it ("flew to Berlin to
        *meet*", "is expected to travel ... next month to *meet*"): they say where and when."""
        frame = [tok] if anchor is tok else [tok, anchor]
        node = anchor
        while node.dep_ in {"xcomp", "advcl"} and node.head.i != node.i and len(frame) < 5:
            node = node.head
            lemma = node.lemma_.lower()
            if not (self.lexicon.is_cue(lemma, "motion") or self.lexicon.is_cue(lemma, "intent")):
                break
            frame.append(node)
        return frame



def _all_hold(tok: Token, parsed: tuple[Requirement, ...], clause: Clause) -> bool:
    """Whether every parse condition of a row holds for the trigger (a loop, not `all` over a generator: it
    runs for each of a verb's many rows on every token of the verb)."""
    for req in parsed:
        if not (_subject_is(clause, req.words) if req.kind == "subj" else holds(tok, req, clause)):
            return False
    return True

def _participle_adjective(tok: Token) -> bool:
    """An -ing word the tagger took for an adjective before a noun ("*Striking* dockers closed the port" at a
    sentence's start): read as the participle it may be, a trigger only by `_described_doer_rule`."""
    return tok.pos_ == "ADJ" and tok.tag_ == "JJ" and tok.dep_ == "amod" and tok.lower_.endswith("ing")


def _verb_lemmas(form: str) -> list[str]:
    """The verbs an -ing form may be of: "striking" strike, "protesting" protest, "rioting" riot."""
    stem = form[:-3]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # "shopping" shop
    return out


def _ahead(value: str | None, basis: str, day: date | None) -> bool:
    """Whether an event's date, read from the text (not the publication day), lies wholly after the story's
    day: a full date after it, or a month after its month."""
    if not value or day is None or basis == "publication":
        return False
    if len(value) not in {7, 10} or not value[5].isdigit():
        return False  # only days and months ("1987-04-29", "1987-04"), not weeks, quarters or years
    span = date_span(value)
    return span is not None and span[0] > day


def _sent_document(tok: Token) -> Token | None:
    """The verb that sends or writes the document a participle trigger describes ("*wrote* him a letter
    demanding repayment", "*issued* a statement condemning the attack"): its doer made the document's act."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun is tok:
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return noun.head if "document" in default_senses().classes_of.get(noun.lemma_.lower(), set()) else None


def _attributed_doers(noun: Token, reader: ArgumentReader) -> list[Argument]:
    """The doer an act noun is put down to: "a series of attacks against police *attributed to the Urabenos*"
    (a participle on the noun), "a wave of kidnappings *were attributed to the EPP*" (the noun the passive's
    subject, or the head of an of-phrase that is)."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i:
        node = node.head.head  # "a wave of kidnappings": the wave is attributed
    heads = [c for c in (*node.children, *noun.children) if c.dep_ == "acl"]
    if node.dep_ == "nsubjpass" and node.head.i != node.i:
        heads.append(node.head)
    return [a for head in heads if (prep := ATTRIBUTING.get(head.lemma_.lower())) is not None
            for a in reader.prep_objects(head, prep, set())]


def _arrested(doc: Doc) -> dict[int, list[Argument]]:
    """The coded parties the Doc's arrests so far took, by sentence index (kept once per Doc)."""
    found: dict[int, list[Argument]] = doc.user_data.setdefault(ARRESTED_KEY, {})
    return found


def _arrested_near(doc: Doc, sentence_index: int) -> list[Argument]:
    """Those arrested in this sentence or the one before it, the people a seizure told with them is from."""
    arrested = _arrested(doc)
    return [*arrested.get(sentence_index, []), *arrested.get(sentence_index - 1, [])][:MAX_ARGUMENTS]


def _also(verb: Token) -> bool:
    """"authorities *also* seized", "police *also* recovered": the act goes with one told just before."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _taken_from_them(verb: Token) -> bool:
    """"seized two pistols *from their possession*", "recovered a rifle *from them*", "arrested 30 suspects
    and seized *their* weapons": a seizure from people a pronoun names, whose antecedent in an arrest story
    is the arrested (`_arrested_near`); the holding noun is `party_words.csv` possession_noun."""
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # the things seized are theirs: their possessor is the pronoun (any conjunct: "their arms and ammunition")
    if any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for t in things for c in t.children):
        return True
    # the parser may hang the from-phrase on the last thing seized ("seized grenades, a Kalashnikov and
    # rifles from them"), but not inside a clause on it ("rifles that were stolen from them")
    heads = [verb, *(t for thing in things for t in thing.subtree if t.pos_ in {"NOUN", "PROPN"}
                     and not any(a.pos_ in {"VERB", "AUX"} for a in t.ancestors if a.i != verb.i
                                 and thing.is_ancestor(a)))]
    for obj in (o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children if o.dep_ == "pobj"):
        if obj.lower_ in {"them", "him", "her"}:
            return True
        if obj.lemma_.lower() in words("possession_noun") and any(
                c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in obj.children):
            return True
    return False


def _owners_of_seized(verb: Token, reader: ArgumentReader, exclude: set[str]) -> list[Argument]:
    """Whom a seizure takes from, when the seized thing names its owner: "seized 52 properties *belonging to
    the Valle family*", "cocaine *linked to the Urabenos*", "a shipment of cocaine *from the Sinaloa Cartel*"
    (an of-phrase's noun read too). The owner is the target, as "seized cocaine from the cartel" reads it."""
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [c for t in things for c in t.conjuncts]  # "seized properties, vehicles and money belonging to"
    things += [g for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    owners: list[tuple[Token, str]] = [(thing, "from") for thing in things]
    owners += [(acl, prep) for thing in things for acl in thing.children
               if acl.dep_ == "acl" and (prep := OWNER_PARTICIPLES.get(acl.lemma_.lower())) is not None]
    found: list[Argument] = []
    for head, prep in owners:
        found += reader.prep_objects(head, prep, exclude) or _described_owners(head, prep, reader)
    return found


def _object_named_deal(rule: TriggerRule) -> bool:
    """Whether a row's act is named by its object (`obj:` contract, order, agreement) and needs a coded
    counterpart (`party:target`): the deal rows whose counterpart may hang anywhere in the object phrase."""
    return (any(req.kind == "obj" and "*" not in req.words for req in rule.conditions)
            and any(req.kind == "party" and "target" in req.words for req in rule.conditions))


def _deal_counterparts(verb: Token, ways: tuple[str, ...], reader: ArgumentReader,
                       exclude: set[str]) -> list[Argument]:
    """The counterpart of a deal named by the verb's object when its preposition hangs deep in the object
    phrase, after the deal's amount or goods: "won contracts valued at 2.9 mln dlrs *from* the Navy", "placed
    an order for seven cranes *with* Mitsui". Only noun phrases joined by prepositions are walked: a clause
    inside the object ("an order that Japan placed with X") is another act."""
    preps = {w for w in ways if w not in {"dobj", "dative", "-"}}
    nodes = [c for c in verb.children if c.dep_ == "dobj"]
    found: list[Argument] = []
    while nodes and not found:
        node = nodes.pop(0)
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found += reader.prep_objects(node, child.lower_, exclude)
            elif child.dep_ in {"prep", "pobj", "conj", "npadvmod"} or (
                    child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in DEAL_VALUED) or (
                    child.dep_ == "amod" and child.lower_ == "worth"):  # "a contract *worth* N dlrs by X"
                nodes.append(child)
    return found


def _giving(rule: TriggerRule) -> bool:
    """Whether a contract row's verb is told by its giver ("awarded X a contract", read to a dative or
    to-phrase), not by its receiver ("won a contract from X")."""
    return "dative" in rule.target or "to" in rule.target


def _passive_receivers(verb: Token, reader: ArgumentReader) -> list[Argument]:
    """The coded party a contract or order was given to, told in the passive: its subject ("Lockheed *was
    awarded* a contract", "a unit of Boeing *is being awarded* two contracts")."""
    return [a for c in verb.children if c.dep_ == "nsubjpass" for a in reader.refs(c) if a.ref.code]


def _deal_givers(verb: Token, reader: ArgumentReader, exclude: set[str]) -> list[Argument]:
    """The giver of a contract or order told in the passive, named by a by- or from-phrase on the verb or deep
    in its object phrase ("was awarded a 12 mln dlr contract *by the County of Los Angeles*", "has been
    awarded a contract valued at 7.5 mln dlrs *from* SPIE Capag")."""
    on_verb = [a for prep in ("by", "from") for a in reader.prep_objects(verb, prep, exclude)]
    return on_verb or _deal_counterparts(verb, ("by", "from"), reader, exclude)


def _described_owners(head: Token, prep: str, reader: ArgumentReader) -> list[Argument]:
    """"properties belonging to *a criminal group*", "cocaine seized from *drug traffickers*": an unnamed
    group the words describe as of no state (CRM, REB) is of the story's country, as a coder infers it."""
    if not reader.home:
        return []
    out = []
    for pobj in (g for c in head.children if c.dep_ == "prep" and c.lower_ == prep
                 for g in c.children if g.dep_ == "pobj" and g.i not in reader.mention_entity):
        words = [pobj, *(m for m in pobj.children if m.dep_ in {"amod", "compound"})]
        sectors = (sector_of_word(w, reader.kb, bodies=True) for w in words)
        sector = next((sec for sec in sectors if nonstate(sec)), "")
        if sector:
            out.append(Argument(ActorRef(None, reader.home + sector, "inferred"), False, guessed=True))
    return out


# the prepositions by which an act is told as part of a happening ("was killed in the blast")
PART_OF_PREPS = frozenset({"in", "during"})


def told_as_known(tok: Token, pos: str) -> bool:
    """Is the act told as one the reader knows: a noun with "the" ("claimed responsibility for the attack"),
    or a verb whose in- or during-phrase is a happening's noun with "the" ("was killed in the blast",
    date_cues.csv `happening`)? "Killed in a blast" tells a new one."""
    if pos == "NOUN":
        return _definite(tok)
    happenings = cue_words("happening")
    return any(c.dep_ == "prep" and c.lower_ in PART_OF_PREPS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in happenings and _definite(o) for o in c.children)
        for c in tok.children)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _subject_is(clause: Clause, words: frozenset[str]) -> bool:
    """Whether the trigger's own subject is one of `words` (a `subj:` condition): "the settlement *called
    for* his employment to continue" is a document's term, not an appeal by anyone. `*` is any subject:
    "businesses are extorted" (a statistic, no passive agent) names no doer."""
    subjects = clause.subject_lemmas
    return bool(subjects) and ("*" in words or not subjects.isdisjoint(words))


def _violence_anaphors(mentions: list[EventMention]) -> list[EventMention]:
    """"Militants attacked a police party ... two were injured in *the attack*": a party-less anaphoric attack
    is the kind of violence the nearest violence before it was (18x by its doer, senses.py), so that merging
    joins the two instead of leaving a 19x reading no event takes."""
    out: list[EventMention] = []
    last: str | None = None  # the code of the nearest preceding non-anaphoric violence (18x or 19x)
    for m in sorted(mentions, key=lambda x: x.trigger_start):
        two_sided = "fighting" in default_senses().classes_of.get(m.trigger.lower(), set())  # "the encounter"
        if m.anaphoric and m.cameo[:2] == "19" and last is not None and last[:2] == "18" and not two_sided:
            m = replace(m, cameo=last)
        elif not m.anaphoric and m.cameo[:2] in VIOLENCE_ROOTS:
            last = m.cameo
        out.append(m)
    return out


@dataclass(frozen=True)
class WordTest:
    """A set of words a trigger or a clause word is tested against: lemmas and noun classes; `negated` holds
    when none of them is there."""

    lemmas: frozenset[str]
    classes: frozenset[str]
    negated: bool = False

    def matches(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lemmas or bool(default_senses().classes(tok) & self.classes)


@dataclass(frozen=True)
class ViolenceKind:
    """One row of violence_kinds.csv: the code an act of force gets from its trigger, its code so far, the
    kinds of its doer and victim and the words of its clause (every test of `context` holds; `code` "keep":
    it stands)."""

    act: WordTest | None
    cameos: tuple[str, ...]
    doer: PartyTest | None
    victim: PartyTest | None
    context: tuple[WordTest, ...]
    code: str

    def holds(self, tok: Token, cameo: str, source: str | None, target: str | None) -> bool:
        if not any(cameo.startswith(c) for c in self.cameos):
            return False
        if self.act is not None and self.act.matches(tok) == self.act.negated:
            return False
        if self.doer is not None and not self.doer.holds(source):
            return False
        if self.victim is not None and not self.victim.holds(target):
            return False
        if not self.context:
            return True
        # a word of a name is no context: "the Police *Operation* Camp" tells of no operation
        words = [w for w in _clause_words(tok) if w.pos_ != "PROPN"]
        return all(any(test.matches(w) for w in words) != test.negated for test in self.context)


def _word_test(spec: str) -> WordTest | None:
    """"" or "*" -> no test; "kill|@fighting" -> the lemma or a word of the class; "!..." -> none of them."""
    spec = spec.strip()
    if spec in {"", "*"}:
        return None
    items = split_list(spec.lstrip("!"))
    return WordTest(frozenset(i.lower() for i in items if not i.startswith("@")),
                    frozenset(i[1:] for i in items if i.startswith("@")), spec.startswith("!"))


def _context_tests(spec: str) -> tuple[WordTest, ...]:
    """"a|b;!c" -> the word tests that must all hold of a clause: one of a or b, and no c."""
    return tuple(test for part in spec.split(";") if (test := _word_test(part)) is not None)


@cache
def violence_kinds() -> tuple[ViolenceKind, ...]:
    """The rows of violence_kinds.csv, in file order."""
    rows = []
    for n, row in enumerate(load_table("violence_kinds", KIND_COLUMNS), 1):
        where = f"newsevents/data/violence_kinds.csv row {n}"
        code = row["code"].strip()
        if code != "keep" and not (code.isdigit() and code[:2] in KIND_ROOTS):
            raise DataError(Code.E010, where, f"bad code {code!r}: keep or a 14x, 17x, 18x or 19x code")
        rows.append(ViolenceKind(_word_test(row["act"]), tuple(split_list(row["cameo"])),
                                 party_test(row["doer"], where), party_test(row["victim"], where),
                                 _context_tests(row["context"]), code))
    return tuple(rows)


def _doerless_kind(tok: Token, cameo: str, targets: list[Argument]) -> str:
    """The code an act of force told with no doer takes by its means (violence_kinds.csv, the doer unread):
    "two soldiers were killed in a roadside bomb explosion" is a killing (190) the bomb makes a bombing
    (183), so the doer a coder infers for a bombing (implied.py) is sought as for "injured in an IED blast";
    any other act keeps its row's code."""
    if cameo[:2] not in FORCE_ROOTS or not targets:
        return cameo
    return violence_kind(tok, cameo, None, targets[0].ref.code)


def violence_kind(tok: Token, cameo: str, source: str | None, target: str | None) -> str:
    """The code of an act of force by the first row of violence_kinds.csv that holds for its trigger, code and
    parties' actor codes (None: missing or uncoded); its code so far where none holds."""
    for kind in violence_kinds():
        if kind.holds(tok, cameo, source, target):
            return cameo if kind.code == "keep" else kind.code
    return cameo


def _clause_words(tok: Token) -> list[Token]:
    """The words of the trigger's own clause: the subtree of its verb (a noun's nearest verb above it), after
    climbing through participle adjuncts, infinitives, conjuncts and relative clauses to what they hang on."""
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    while node.dep_ in CLAUSE_CLIMB and node.head.i != node.i:
        node = node.head
    return list(node.subtree)


def _asks_parties(rule: TriggerRule) -> bool:
    """Whether the row keeps its event only with parties it names (`party:`, `target_sector:`,
    `source_sector:`), a test made once the parties are read."""
    return any(req.kind in PARTY_KINDS for req in rule.conditions)


def _has_parties(rule: TriggerRule, source: Argument | None, target: Argument | None) -> bool:
    """Whether the parties a row's `party:` condition asks for are read as coded actors."""
    needs = rule.needs_parties
    sectors = rule.target_sectors
    code = target.ref.code if target is not None else None
    if sectors and not (code and (_sectors(code) & sectors or _state_addressed(rule, code))):
        return False  # "the company fired its finance director": no administrative sanction by a state
    if rule.source_sectors and not _source_fits(source, rule.source_sectors):
        return False  # "the bank provided $50 million to the company": a loan, no aid by a state
    return all(arg is not None and bool(arg.ref.code)
               for slot, arg in (("target", target), ("source", source)) if slot in needs)


def _state_addressed(rule: TriggerRule, code: str) -> bool:
    """Whether a statement row's target is a state named alone ("told Japan that", "testified before
    Israel"): the country, as its government, is the addressee a coder codes (CAMEO 01)."""
    return rule.cameo[:2] == STATEMENT_ROOT and len(code) == 3 and is_country(code)


def _source_fits(source: Argument | None, wanted: frozenset[str]) -> bool:
    """Whether the source is what a `source_sector:` condition asks: one of its sectors ("USAGOV", "IGOUNO"),
    or, for STATE, a country's code alone ("DEU": the state as a whole)."""
    code = source.ref.code if source is not None else None
    if not code:
        return False
    if "STATE" in wanted and len(code) == 3 and is_country(code):
        return True
    return bool(_sectors(code) & wanted)


def _obliging(rule: TriggerRule) -> bool:
    """Whether the row reads a that-clause's modal (`caux:`): "said Sudan must", "warned that X might"."""
    return any(req.kind == "caux" for req in rule.conditions)


def _own_country(source: Argument | None, target: Argument | None) -> bool:
    """Whether the target is the source's own country named alone ("BGDGOV" and "BGD")."""
    s = source.ref.code if source is not None else None
    t = target.ref.code if target is not None else None
    return bool(s and t and len(t) == 3 and s[:3] == t)


def _names_own_state(source: Argument | None, target: Argument | None) -> bool:
    """Whether a state's act (its source its country alone or a body of its state: GOV, MIL, COP, JUD, LEG,
    SPY) has for target that same country read from a country word alone, with no entity of its own ("Mulford
    defended the U.S. strategy", "Cavaco Silva of Portugal signed an agreement to end Portuguese rule",
    "visited this remote corner of Antioquia"): the state itself, or a topic or place of its own, never its
    counterpart. Another's act on a country's state ("the guerrillas' war against the Colombian state") or
    a named country entity is not this."""
    if source is None or target is None or target.ref.entity_id is not None:
        return False
    s, t = source.ref.code or "", target.ref.code or ""
    if len(t) == 6 and t[3:] == "GOV" and target.ref.basis == "inferred":
        t = t[:3]  # "defended the U.S. strategy": the course a country word gives its government (parties.py)
    return (len(t) == 3 and is_country(t) and s[:3] == t
            and (len(s) == 3 or bool(_sectors(s[3:]) & OWN_STATE_SECTORS)))


def _without_own_state(pairs: list[tuple[Argument | None, Argument | None]],
                       rule: TriggerRule) -> list[tuple[Argument | None, Argument | None]]:
    """The source-target pairs with a target that is the source's own state (`_names_own_state`) left
    without it, for acts a state does to another party (CAMEO 01-16); a pair left with no target is kept
    once, and only when its source has no other target. Arrests, coercion and force (17-20) keep theirs:
    "Nicaraguan authorities arrested a Nicaraguan national" acts on one of the state's own people."""
    if rule.cameo[:2] not in OWN_STATE_ROOTS or rule.cameo in OWN_PEOPLE_CODES:
        return pairs
    kept: list[tuple[Argument | None, Argument | None]] = []
    for source, target in pairs:
        if not _names_own_state(source, target):
            kept.append((source, target))
        elif not any(s is source and t is not None and not _names_own_state(s, t) for s, t in pairs) \
                and not any(s is source and t is None for s, t in kept):
            kept.append((source, None))
    return kept


def _sectors(code: str) -> set[str]:
    """The 3-letter parts of a CAMEO actor code after its country ("MEXCOP" -> {"COP"}; "COP" -> {"COP"})."""
    return {code[i:i + 3] for i in range(0, len(code), 3)}


def _fought_object(tok: Token, rule: TriggerRule) -> bool:
    """Whether a use of force names what it is used against by an object of its own, coded or not ("Mexico
    and Colombia are battling the fragments of the cartels", "the army and police fought drug gangs"): the
    conjoined doers fight it together, not each other."""
    if rule.cameo[:2] not in FORCE_ROOTS or any(t.lower_ in {"other", "another"} for t in tok.subtree):
        return False  # "turned their guns on each other": the sides are each other's
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
               and not {"fighting", "cognate_fight", "weapon"} & default_senses().classes(c)  # "a bloody war"
               for c in tok.children)


def _two_sides(rule: TriggerRule, sources: list[Argument]) -> bool:
    """Whether a `mutual:` row's conjoined doers are sides that act on each other: each coded, none of the
    same code as another or a part of it ("Egypt and Iran restored ties", "India and Pakistan severed
    relations"; not "Israel and its government", ISR and ISRGOV, nor "President Sisi and the Egyptian
    government", EGYGOV twice: one side named twice), none uncoded ("its allies": no named side)."""
    codes = [a.ref.code or "" for a in sources]
    if not rule.mutual or not all(codes):
        return False
    return not any(i != j and b.startswith(a) for i, a in enumerate(codes) for j, b in enumerate(codes))


def _both_ways(tok: Token, between: bool) -> bool:
    """Whether a fight is told as done by each side to the other: an exchange of fire (`noun_classes.csv`
    two_way_fight: "exchanged fire with the troops", "an exchange of fire with SFs"), or a fight whose two
    sides its between-phrase names (class fighting: "a gunfight between police and militants"). A fight with
    one side ("killed in an encounter with police") tells only that side's act."""
    classes = default_senses().classes(tok)
    return "two_way_fight" in classes or (between and "fighting" in classes)


def _fighting_sides(a: Argument, b: Argument) -> bool:
    """Whether two parties can be sides that fire on each other: each the state's forces or an armed band
    ("an encounter between Penn and one of his children" is a meeting; "clashes between miners and police" a
    riot), never two forces of one state ("two RAB personnel were injured during the gunfight": a misread
    side, not a fight of the police with the army)."""
    codes = [(x.ref.code or "") for x in (a, b)]
    if not all(c[-3:] in FORCE_SECTORS | ARMED_SECTORS for c in codes):
        return False
    return not (all(c[-3:] in FORCE_SECTORS for c in codes) and codes[0][:3] == codes[1][:3])


def _same_party(a: ActorRef, b: ActorRef) -> bool:
    if a.entity_id is not None:
        return a.entity_id == b.entity_id
    return a.code == b.code


def _confidence(source: Argument | None, target: Argument | None, pos: str) -> float:
    """How sure the reading is, from how directly the parse gave each party (documented in docs/output.md)."""
    score = 0.4
    for arg in (source, target):
        if arg is not None:
            score += 0.25 if arg.direct else 0.15
            if arg.ref.code is None:
                score -= 0.1
    if pos == "NOUN":
        score -= 0.05
    return round(min(max(score, 0.1), 0.9), 2)


def _party_positions(tok: Token, ref: ActorRef, reader: ArgumentReader) -> list[list[int]]:
    """The mentions of the party `ref` in the trigger `tok`'s sentence, each as its run of token positions in
    text order; none when the party has no entity or is not named there."""
    if ref.entity_id is None:
        return []
    sent = sentence_of(tok)
    runs: list[list[int]] = []
    for i in range(sent.start, sent.end):
        if reader.mention_entity.get(i) != ref.entity_id:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _party_positions_all(tok: Token, parties: list[Argument], but: Argument,
                         reader: ArgumentReader) -> set[int]:
    """The token positions, in the trigger's sentence, of the mentions of the parties other than `but`."""
    ids = {a.ref.entity_id for a in parties if a is not but and a.ref.entity_id and a.ref != but.ref}
    sent = sentence_of(tok)
    return {i for i in range(sent.start, sent.end) if reader.mention_entity.get(i) in ids}

