"""The doer a coder infers for a state's act told with no doer: "the capture of El Chapo", "X was extradited
from Venezuela to the US", "Montesinos was sentenced", "the investigation into the Zetas".

Only a state arrests, extradites, sentences or investigates a crime: a CAMEO coder codes such an act with the
state as its source (MEXGOV, VENGOV, PERJUD), where a reader that only reads doers leaves it empty. The acts,
the doer's sector and where its country may come from are `data/implied_doers.csv`. The doer is inferred only
when the event has a coded target but no source, and the sentence names no doer the reader could not code (a
passive with no by-agent, a noun with no doer's possessor, by-phrase, modifier or doing verb: "X carried out
the arrest"; an infinitive of purpose of a hunt that names none: "a manhunt was launched to arrest the
attackers"). Its country is, in order: a place the act's clause names ("from Venezuela" first for a handover,
"in Switzerland"), a place the clause hangs on ("fled to Guatemala, where he was captured"), the event's
place, and then, where the row allows it, the target's country (a domestic act) or the story's home; those
last two only when the sentence places nothing in another country and does not say the act was abroad (for a
handover that names only where one was sent, his own country when it is the story's: "a Colombian capo was
extradited to the United States" is Colombia's act). Never
against another country's state body (its own courts would not arrest a foreign army's soldiers). The source
says so: `ActorRef.basis` "implied".

A named person of an event's targets the article codes by a country alone gets the sector a coder infers from
his part in the act (`implied_sectors`, `data/implied_sectors.csv`): a victim of violence, abduction or threat
by no state body is a civilian (CVL) unless he fell in a fight; one arrested, extradited or convicted in a
sentence naming a crime is a criminal (CRM), and so are people told by their nationality alone ("two Mexican
nationals", "Venezuelans"). The target says so: `ActorRef.basis` "inferred".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..actors.knowledge import normalize, singulars
from ..actors.titles import charge_keeps_role
from ..codes import country_of, is_country, sector_of
from ..extensions import sentence_list, sentence_of
from ..model import ActorRef, EventMention
from ..resources import load_table, split_list
from .arguments import Argument, ArgumentReader
from .parties import PLACE_TYPES, is_passive, noun_class_words, patient_possessor, to_infinitive
from .party_words import values as party_values
from .party_words import words as party_words
from .senses import default_senses

IMPLIED = "implied"  # ActorRef.basis of an inferred doer (docs/output.md)
# A target of these sectors is a state's own body: another state neither arrests nor tries it.
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Parse relations that name a verb's doer, coded or not ("they arrested", "arrested by gunmen").
DOER_RELATIONS = frozenset({"nsubj", "agent", "csubj", "expl"})
UNKNOWN_ATTACKERS = "UAF"  # the sector of a bomb's unnamed setter (implied_doers.csv)
# A participle hung on a noun ("Colombians detained in China") is passive in meaning.
PARTICIPLE_RELATIONS = frozenset({"acl", "relcl"})
# clauses inside a target's apposition: they may tell where he was ("wanted in the United States")
CLAUSE_RELATIONS = frozenset({"acl", "relcl", "advcl", "ccomp"})
COLUMNS = ("kind", "cameo", "word", "sector", "named", "places", "story", "targets", "source")
SECTOR_COLUMNS = ("kind", "cameo", "word", "sector", "doers", "needs", "source")
PLACED = "placed"  # a code-less person's country read only to find his sector (`_with_story_country`)
INFERRED = "inferred"  # ActorRef.basis of a party's code inferred from his part (docs/output.md)
CRIME_SECTOR = "CRM"  # the sector of one a crime is told of (`suspects_throughout`)
UNKNOWN = "?"  # a person described by a word no table gives a sector: who he is, his part does not tell
# the sectors of private people: a foreigner of these held with no place named is held in the story's country
PRIVATE_SECTORS = frozenset({"", "CRM", "CVL"})
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})  # a word standing before a noun it describes


@dataclass(frozen=True)
class ImpliedAct:
    """One act row of `implied_doers.csv`: whose act a code (and trigger word) is, and where its country may
    come from."""

    cameo: str
    word: str
    sector: str
    named: tuple[str, ...]
    places: tuple[str, ...]
    story: str  # yes | foreign | no | abroad (see implied_doers.csv)
    targets: frozenset[str]


@cache
def _rows() -> tuple[dict[str, str], ...]:
    return tuple(dict(row) for row in load_table("implied_doers", COLUMNS))


@cache
def implied_acts() -> tuple[ImpliedAct, ...]:
    """The act rows, most specific first (a row with a trigger word, then the longest code)."""
    acts = [ImpliedAct(row["cameo"], row["word"].lower(), row["sector"], tuple(split_list(row["named"])),
                       tuple(split_list(row["places"])), row["story"],
                       frozenset(split_list(row["targets"])))
            for row in _rows() if row["kind"] == "act"]
    return tuple(sorted(acts, key=lambda a: (not a.word, -len(a.cameo))))


@cache
def implied_words(kind: str) -> frozenset[str]:
    """The words of one non-act kind (`doer_verb`, `away_word`, `hunt_noun`)."""
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
    # an uncoded target may be anyone, a foreign force among them ("two U.S. Marines were arrested"); but a
    # named person the article gives no code is a private one, whose arrest is the state's of a place the
    # sentence names ("X was arrested in Miami"), never of the story's country he may be far from
    uncoded = [a for a in targets if not a.ref.code]
    if act is None or not codes or reader.in_dateline(tok):
        return []
    if not all(_named_person(a, reader) for a in uncoded):
        return []
    if _names_doer(tok, pos, reader, targets):
        return []
    if act.sector == UNKNOWN_ATTACKERS and not _names_device(tok):
        return []  # "injured in a gas cylinder explosion": nothing says anyone set it
    if act.sector == UNKNOWN_ATTACKERS and (_handled_own_device(tok) or _accident_or_claimed(tok)):
        return []  # "killed while planting a bomb", "accidentally exploded", "X claimed responsibility"
    if act.targets and not all(sector_of(code) in act.targets for code in codes):
        return []
    country = _act_country(tok, act, targets, reader, place_id, placed_only=bool(uncoded))
    if not country or any(sector_of(c) in STATE_BODIES and c[:3] != country for c in codes if country_of(c)):
        return []
    sector = next((s for s in act.named if reader._sentence_names(tok, frozenset({s}))), act.sector)
    return [Argument(ActorRef(None, country + sector, IMPLIED), False, guessed=True)]


def _names_doer(tok: Token, pos: str, reader: ArgumentReader, targets: list[Argument]) -> bool:
    """Whether the sentence names (or may name) who did the act, coded or not: a verb's subject or by-agent,
    an active verb's unspoken subject; a noun's doer's possessor, by-phrase, modifier ("a police
    investigation", "the Mexican capture") or a verb doing it ("X carried out the arrest")."""
    if pos == "VERB":
        doers = [c for c in tok.children if c.dep_ in DOER_RELATIONS]
        if doers and all(_bomb_itself(c) for c in doers):
            return False  # "a landmine blast injured three policemen", "were hurt by an IED": no one named
        if doers:
            return True
        if _blast_participle(tok):
            return False  # "a bomb went off in the market, injuring two": the bomb did it, no one named
        if _doerless_hunt(tok, reader, targets):
            return False  # "a manhunt was launched to arrest the attackers": the hunt's doer, unnamed
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
    # the act noun as the doer verb's own subject names no doer: "the investigation into X began in 2007"
    return (verb.lemma_.lower() in implied_words("doer_verb")
            and any(c.dep_ in DOER_RELATIONS and c.i != tok.i for c in verb.children))


def _names_device(tok: Token) -> bool:
    """Does the act's sentence name a device someone sets off (a bomb, an IED, a grenade, a landmine:
    noun_classes.csv `explosive`), not only a blast or an explosion, which may be an accident's? A blast told
    alone is a device's when a word on it tells someone set it off or aimed it ("a remote controlled
    blast", "a blast targeting a bus", `_set_blast`), or the next sentence names the device or the attack as
    the one told ("the bomb", "the attack": `implied_doers.csv` retold_attack_noun)."""
    sent = sentence_of(tok)
    if any(_device_word(t) for t in sent):
        return True
    blasts = noun_class_words("blast_word")
    if any(t.lower_ in blasts and _set_blast(t) for t in sent):
        return True  # "a remote controlled blast", "a blast targeting a bus": someone set it off
    # "An explosion on a bus ..., injuring 12 people. Around 40 people were on the bus when the low intensity
    # bomb exploded": a blast the sentence tells by the blast alone, whose device the next sentence names
    # again with "the" (no compound: "the bomb disposal squad" names none), is that bomb's
    sentences, starts = sentence_list(tok.doc)
    following = sentences[bisect_right(starts, sent.start):][:1]
    accidents = implied_words("accident_word")
    retold = implied_words("retold_attack_noun")  # "The injured in the attack were ..."
    return any(t.lower_ in blasts for t in sent) and any(
        not any(t.lower_ in accidents for t in nxt) and any(
            (_device_word(t) or (t.lemma_.lower() in retold
                                 and not any(c.dep_ == "neg" for c in t.head.children)))
            and t.dep_ != "compound"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in nxt)
        for nxt in following)


def _set_blast(blast: Token) -> bool:
    """Does a word on the blast (a child or grandchild, `implied_doers.csv` set_blast_word) tell that someone
    set it off or aimed it: "a *remote* controlled blast", "a blast *targeting* a bus"?"""
    words = implied_words("set_blast_word")
    return any(w.lemma_.lower() in words for c in blast.children for w in (c, *c.children))


def _device_word(tok: Token) -> bool:
    """A word naming a device someone sets off: a grenade, or a word of class explosive that names no blast
    alone ("bomb", "IED", "landmine"; not "blast", "explosion")."""
    if tok.lower_ in noun_class_words("grenade_word"):
        return True
    return "explosive" in default_senses().classes(tok) and tok.lower_ not in noun_class_words("blast_word")


def _handled_own_device(tok: Token) -> bool:
    """Does a clause of the act with no subject of its own tell the harmed handling the device
    (`implied_doers.csv` own_device_verb: "were killed while planting a bomb", "died while making
    explosives")? Then they set it off, no unnamed bomber."""
    verbs = implied_words("own_device_verb")
    return any(c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in verbs
               and not any(g.dep_ in DOER_RELATIONS | {"nsubjpass"} for g in c.children)
               for c in tok.children)


def _accident_or_claimed(tok: Token) -> bool:
    """Does the act's sentence tell the blast an accident (`accident_word`: "accidentally exploded") or name
    one who claims it (`claim_noun` the object of a verb with a subject that is not "no outfit": "the UNLF
    claimed responsibility for the attack in which a trooper was killed")?"""
    sent = sentence_of(tok)
    if any(t.lower_ in implied_words("accident_word") for t in sent):
        return True
    return any(t.lemma_.lower() in implied_words("claim_noun") and t.dep_ == "dobj"
               and not any(c.dep_ == "neg" for c in t.head.children)
               and any(c.dep_ == "nsubj" and not any(d.lower_ in {"no", "none"} for d in c.subtree)
                       for c in t.head.children)
               for t in sent)


def _blast_participle(tok: Token) -> bool:
    """Is the act a participle adjunct said of a bomb or its blast alone: on a clause whose subjects are all
    the device ("a bomb *went off* near the van, *injuring* seven policemen") or on the blast's own noun
    ("an IED blast on a bus, *injuring* 12 people")? It names no one who set it off."""
    if tok.tag_ != "VBG" or tok.head.i == tok.i:
        return False
    if tok.dep_ == "advcl":
        subjects = [c for c in tok.head.children if c.dep_ in DOER_RELATIONS | {"nsubjpass"}]
        return bool(subjects) and all(_bomb_itself(c) for c in subjects)
    return tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _bomb_itself(tok.head)


def _bomb_itself(doer: Token) -> bool:
    """Is a verb's subject or by-agent the bomb or blast that harmed (noun_classes.csv `explosive`), not a
    bomber: "a landmine *blast* injured three policemen", "were hurt by an *IED*"."""
    word = next((c for c in doer.children if c.dep_ == "pobj"), None) if doer.dep_ == "agent" else doer
    return (word is not None and "explosive" in default_senses().classes(word)
            and word.lemma_.lower() not in noun_class_words("bomber_word"))


def _doerless_hunt(tok: Token, reader: ArgumentReader, targets: list[Argument]) -> bool:
    """Whether an infinitive act is the purpose of a hunt (`hunt_noun`: operation, manhunt, search …) whose
    doer the sentence does not name: the hunt is the subject of the verb the infinitive hangs on ("a
    manhunt was launched to arrest the attackers", "efforts are on to nab the culprits") or the noun it
    hangs on ("during the operation to capture X"), with no owner of its own ("a police operation"), no
    by-agent, and no subject of a verb doing it ("troops launched an operation to arrest"). The one who
    hunts is the one who arrests; the sentence leaves him to the reader, as a passive with no by-agent
    does."""
    head = tok.head
    if head is tok or not to_infinitive(tok):
        return False
    if tok.dep_ == "acl" and head.pos_ == "NOUN":
        hunts = [head]
        verb = head.head
        if head.dep_ == "dobj" and any(c.dep_ in DOER_RELATIONS for c in verb.children):
            return False  # "X mounted an operation to capture him": X's (the doer reader's part)
    elif tok.dep_ in {"advcl", "xcomp"} and head.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ in {"agent", "csubj", "expl"} for c in head.children):
            return False
        hunts = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    else:
        return False
    return bool(hunts) and all(
        h.lemma_.lower() in implied_words("hunt_noun") and not _names_doer(h, "NOUN", reader, targets)
        for h in hunts)


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
                 place_id: str | None, placed_only: bool = False) -> str:
    """The country whose state did the act: the place its own phrases name (in the row's order of
    prepositions), the place a where-clause hangs on, the event's place; then, where the row allows it, the
    sentence places nothing abroad and not `placed_only`, the target's country when it is the story's, else
    the story's home when the target has no country of its own."""
    for prep in act.places:
        named = _prep_place_countries(tok, prep, reader)
        if len(named) > 1:
            return ""  # "dismantled in Brazil and Ecuador": two states' acts, or one unsaid
        if named:
            return named.pop()
    where = tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children)
    if where and reader._is_place_token(tok.head):
        return reader._place_country(tok.head)  # "fled to Guatemala, where he was captured"
    if act.story == "abroad":
        return "" if placed_only else _sending_country(tok, targets, reader)
    if act.story not in {"yes", "foreign"}:
        return ""  # the event's place may be where one was sent to ("was deported to Mexico")
    if place_id is not None and place_id in reader.entities:
        placed = reader._entity_country(reader.entities[place_id])
        if placed:
            return placed
    if placed_only or _elsewhere(tok, reader, targets):
        return ""
    home = reader.home
    own = {country for a in targets if (country := country_of(a.ref.code))}
    if own and own != {home}:
        # a foreigner's act with no place named: where is not told, unless the row reads private foreigners
        # held in the story's country ("a 40-year-old Mexican was arrested in the airport" in a Guatemalan
        # story): a suspect told by nationality or a crime group is held where the story is, a foreign
        # official more likely at home
        # a named figure of a crime group ("El Chapo") is as often held in his own country: only people told
        # by nationality or by a private sector, unnamed or named and coded by a country alone
        private = all(sector_of(c := a.ref.code or "") in PRIVATE_SECTORS
                      and not (_named_person(a, reader) and sector_of(c)) for a in targets)
        foreign = act.story == "foreign" and private and not _names_country(tok, reader, targets, own)
        return home if foreign else ""
    return home


def _sending_country(tok: Token, targets: list[Argument], reader: ArgumentReader) -> str:
    """"Barrera has been extradited to the United States": the state that sends one abroad when the act
    names only where to, the story's home, when the ones sent are all its own (a Colombian extradited to
    the US in a Colombian story is Colombia's act), the act's to-phrase names one other country, and the
    sentence places nothing in a third one ("arrested in Amsterdam and extradited to the US": the
    Netherlands may have sent him); "" otherwise (a foreigner sent home is the host's act, unsaid)."""
    home = reader.home
    destination = _prep_place_countries(tok, "to", reader)
    if not home or len(destination) != 1 or home in destination:
        return ""
    own = {country for a in targets if (country := country_of(a.ref.code))}
    if own != {home} or _elsewhere(tok, reader, targets, frozenset(destination)):
        return ""
    return home


def _prep_place_countries(tok: Token, prep: str, reader: ArgumentReader) -> set[str]:
    """The countries of the places named by the act's own phrases of one preposition ("from Venezuela"), with
    the places coordinated with them ("in Brazil and Ecuador"); an act noun's phrases include those the
    parser hangs on its of-object ("the arrest of two Mexican nationals in Colombia")."""
    heads = [tok]
    if tok.pos_ == "NOUN":
        heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    objs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == prep
            for o in p.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return {c for o in objs if (c := reader.phrase_place_country(o))}


def _elsewhere(tok: Token, reader: ArgumentReader, targets: list[Argument],
               allowed: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence may put the act outside the story's country: it names a place of another
    country ("arrested for flying drugs to China") or another country by a word outside the targets' own
    names ("in the capital of the Paraguayan state" in a Brazilian story; not "a Colombian was arrested"),
    says it was abroad, or the story has no home. The `allowed` countries do not count (where one was sent
    to)."""
    if not reader.home:
        return True
    target_ids = {a.ref.entity_id for a in targets}
    nationalities = {(a.ref.code or "")[:3] for a in targets}
    sentence = sentence_of(tok)
    described = _target_descriptions(sentence, reader, target_ids)
    for t in sentence:
        if t.lower_ in implied_words("away_word"):
            return True
        eid = reader.mention_entity.get(t.i)
        if eid in target_ids or t.i in described:
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
        if country and country != reader.home and country not in allowed:
            return True
    return False


def _names_country(tok: Token, reader: ArgumentReader, targets: list[Argument], countries: set[str]) -> bool:
    """Whether the act's sentence names one of `countries` by a word outside the targets' own mentions and
    descriptions ("following the arrest of Z40, the leader of Mexico's most feared group"): the targets'
    own country told beside them may be where they were held."""
    target_ids = {a.ref.entity_id for a in targets}
    sentence = sentence_of(tok)
    described = _target_descriptions(sentence, reader, target_ids)
    for t in sentence:
        eid = reader.mention_entity.get(t.i)
        if eid in target_ids or t.i in described:
            continue
        if eid is not None and reader.entities[eid].type in PLACE_TYPES:
            country = reader._entity_country(reader.entities[eid])
        elif t.pos_ in {"ADJ", "PROPN"}:
            country = reader.kb.country_of(t.text) or ""
        else:
            continue
        if country in countries:
            return True
    return False


def _target_descriptions(sentence: Span, reader: ArgumentReader, target_ids: set[str | None]) -> set[int]:
    """The token indices of the appositions that describe a target ("X, the former customs head for two of
    Colombia's port cities -- Cartagena and Buenaventura on the Pacific side --, was arrested"): the places
    they name tell who he is, not where the act was. A clause inside one ("wanted in the United States") is
    left in: it may tell where he was sought."""
    out: set[int] = set()
    for t in sentence:
        if t.dep_ != "appos" or reader.mention_entity.get(t.head.i) not in target_ids:
            continue
        stack = [t]
        while stack:
            node = stack.pop()
            out.add(node.i)
            stack.extend(c for c in node.children if c.dep_ not in CLAUSE_RELATIONS)
    return out


@dataclass(frozen=True)
class ImpliedSector:
    """One act row of `implied_sectors.csv`: the sector a person coded by a country alone takes as the target
    of acts of a code, and when."""

    cameo: str
    sector: str
    doers: str  # nonstate | named_nonstate | any
    needs: str  # |-list of no_fight, no_doerless_crime, crime_word


@cache
def _sector_rows() -> tuple[dict[str, str], ...]:
    return tuple(dict(row) for row in load_table("implied_sectors", SECTOR_COLUMNS))


@cache
def implied_sector_acts() -> tuple[ImpliedSector, ...]:
    """The act rows of `implied_sectors.csv`, longest code first."""
    acts = [ImpliedSector(row["cameo"], row["sector"], row["doers"], row["needs"])
            for row in _sector_rows() if row["kind"] == "act"]
    return tuple(sorted(acts, key=lambda a: -len(a.cameo)))


@cache
def sector_words(kind: str) -> frozenset[str]:
    """The words of one word kind of `implied_sectors.csv` (`fight_word`, `crime_word`, `violent_crime`); the
    crime words with party_words.csv's."""
    found = frozenset(row["word"].lower() for row in _sector_rows() if row["kind"] == kind)
    return found | party_words("crime_word") if kind == "crime_word" else found


@cache
def _state_act_sectors(kinds: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The rows of some kinds of `implied_sectors.csv` (`state_act`, `state_force`) as (code prefix, sector),
    longest prefix first."""
    rows = [(row["cameo"], row["sector"]) for row in _sector_rows() if row["kind"] in kinds]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


STATE_TARGET_KINDS = frozenset({"state_act"})  # the rows for a state a state's act is done to
# the rows for a state doing an act: a state's acts, and its acts of military force, done by its armed forces
STATE_DOER_KINDS = frozenset({"state_act", "state_force"})


def state_party(ref: ActorRef | None, cameo: str, reader: ArgumentReader,
                doer: bool = False, word: str = "") -> ActorRef | None:
    """A party named by a state's own name and coded by its country alone ("Japan", "the Philippines") as the
    body that acts for the state in an act of a `state_act` row's code: "the Philippines called on its
    creditor banks", "talks between the banks and Mexico", "Venezuela rejected the classification" are the
    government's (PHLGOV, MEXGOV, VENGOV), as a CAMEO coder codes them; as the doer (`doer`) of an act of
    military force (a `state_force` row) its armed forces: "Honduras shot down two aircraft" HNDMIL, unless
    its trigger `word` is one news uses for a contest of words as often (`contest_word` rows: "France will
    fight the proposals", "Britain and Japan clashed over access"). "Brazil"
    in a strike, or "Israel" a clash is fought against, is no act of its government or forces (no row). Any
    other party as it is."""
    if ref is None or ref.entity_id is None or ref.code is None:
        return ref
    if len(ref.code) != 3 or not is_country(ref.code):
        return ref
    ent = reader.entities.get(ref.entity_id)
    if ent is None or ent.type not in {"GPE", "NORP"} or (reader.kb.country_named(ent.name) != ref.code
                                                          and not _people_as_state(ref, reader)):
        # "American tariffs" may be a people's or a firm's, "Hawaii" (a division) a place's: only the state's
        # own name is the state (the parser may type it NORP: "Ghana and Togo severed ties")
        return ref
    kinds = STATE_DOER_KINDS if doer and word not in sector_words("contest_word") else STATE_TARGET_KINDS
    sector = next((sector for prefix, sector in _state_act_sectors(kinds) if cameo.startswith(prefix)), None)
    return ActorRef(ref.entity_id, ref.code + sector, INFERRED) if sector else ref


def _people_as_state(ref: ActorRef, reader: ArgumentReader) -> bool:
    """Whether a party coded by a country alone is named by its people's word with "the", standing as a noun
    in each of its mentions ("the Saudis had demanded", "the Nigerians are attempting to negotiate", "the
    Japanese have agreed"): in a state's act, news names a state's side so, as a CAMEO coder reads it; a
    people's word without "the" ("Nigerians protested") or modifying a noun ("the Japanese market") is not."""
    ent = reader.entities.get(ref.entity_id or "")
    key = normalize(ent.name) if ent is not None else ""
    if ent is None or ent.type != "NORP" or not any(reader.kb.demonyms.get(word) == ref.code
                                                    for word in [key, *singulars(key)]):
        return False
    firsts = [reader.doc[i] for i, eid in reader.mention_entity.items()
              if eid == ref.entity_id and reader.mention_entity.get(i - 1) != eid]
    return bool(firsts) and all(t.i > 0 and t.doc[t.i - 1].lower_ == "the" and t.dep_ not in NOUN_MODIFIERS
                                for t in firsts)


@cache
def implied_sector_act(cameo: str) -> ImpliedSector | None:
    """The row covering an event code, None when the act gives its target no sector."""
    return next((act for act in implied_sector_acts() if cameo.startswith(act.cameo)), None)


def implied_sectors(tok: Token, cameo: str, sources: list[Argument], targets: list[Argument],
                    reader: ArgumentReader) -> list[Argument]:
    """The targets with a named person coded by a country alone given the sector his part in the act tells
    (see the module's docstring); the others as they are."""
    act = implied_sector_act(cameo)
    targets = [_with_story_country(a, tok, reader) for a in targets]
    # a group told by its nationality alone ("two Mexican nationals", "Venezuelans") takes only the part a
    # crime tells: one arrested or sentenced for a crime is a suspect whoever he is; a victim's part needs a
    # person's own description first
    crime = act is not None and "crime_word" in split_list(act.needs)
    if not any(_bare_person(a, reader) or (crime and (_bare_group(a, reader) or _private_people(a, reader)))
               for a in targets):
        return [_unplaced(a) for a in targets]
    part = act.sector if act is not None and _doers_allow(act.doers, sources, reader) \
        and _needs_met(act.needs, tok, sources) else ""
    out = []
    for arg in targets:
        if crime and part and _private_people(arg, reader):
            # "arrested four Colombian citizens caught trying to smuggle cocaine": private people the actor
            # stage coded civilians by their word are suspects once the act's sentence names their crime
            out.append(Argument(ActorRef(arg.ref.entity_id, (arg.ref.code or "")[:3] + part, INFERRED),
                                arg.direct, arg.guessed))
            continue
        if not _bare_person(arg, reader) or (crime and _name_on_a_body(arg, tok, reader)):
            group = crime and part and _bare_group(arg, reader)
            out.append(Argument(ActorRef(arg.ref.entity_id, (arg.ref.code or "") + part, INFERRED),
                                arg.direct, arg.guessed) if group else _unplaced(arg))
            continue
        # his own description anywhere in the article ("X, a trader" told sentences before) comes first
        sector = described_sector(arg.ref.entity_id or "", reader)
        # a plain person ("a 31-year-old man" CVL) arrested for a crime is a criminal: his part says more; and
        # a crime told of him says who he is whatever word no table reads describes him ("a pilot")
        overrides = {"CVL", UNKNOWN} if crime else {"CVL"}
        sector = part if part and sector in overrides else sector or part
        out.append(_unplaced(arg) if sector in {"", UNKNOWN} else Argument(
            ActorRef(arg.ref.entity_id, (arg.ref.code or "") + sector, INFERRED), arg.direct, arg.guessed))
    return out


def _crime_act(cameo: str) -> ImpliedSector | None:
    """The act row of a code whose sector a crime told in its sentence gives (an arrest, extradition or
    verdict: `needs` crime_word), None for any other."""
    act = implied_sector_act(cameo)
    return act if act is not None and "crime_word" in split_list(act.needs) else None


def suspects_throughout(mentions: list[EventMention], reader: ArgumentReader) -> list[EventMention]:
    """The mentions with a target the article told a crime of in one arrest, extradition or verdict given the
    suspect's sector in the others too: "Police arrested X in Cali. He was later convicted of money
    laundering": the arrest's sentence names no crime, but the suspect it holds is the one convicted of it
    (CRM). Only a target coded by a country alone (`_bare_person`, `_bare_group`), and only in those acts: a
    victim's part, an official's office, any description of his own stay what they are."""
    crime_code: dict[str, str] = {}
    for m in mentions:
        ref = m.target
        if ref is not None and ref.entity_id and ref.basis == INFERRED and _crime_act(m.cameo) is not None \
                and sector_of(ref.code) == CRIME_SECTOR and country_of(ref.code):
            crime_code.setdefault(ref.entity_id, (ref.code or "")[:3])
    out = []
    for m in mentions:
        ref = m.target
        country = crime_code.get(ref.entity_id or "", "") if ref is not None else ""
        # the same country only: a suspect placed elsewhere may be another man the pronoun was read as
        if ref is not None and country and country == ref.code and _crime_act(m.cameo) is not None \
                and ref.basis in {None, INFERRED} \
                and (_bare_person(Argument(ref, True), reader) or _bare_group(Argument(ref, True), reader)):
            m = replace(m, target=ActorRef(ref.entity_id, country + CRIME_SECTOR, INFERRED))
        out.append(m)
    return out


def _with_story_country(arg: Argument, tok: Token, reader: ArgumentReader) -> Argument:
    """A named person the actor stage left with no code at all ("militants fired at Aqib Dar (21)", "police
    captured Jose, Miguel and Luis Valle") read as of the country his act's sentence or the story places him
    in (`person_country`), so that his description or part can give his sector; `_unplaced` takes the
    country back when none does (a bare country says no more of him than no code)."""
    eid = arg.ref.entity_id
    ent = reader.entities.get(eid) if eid else None
    if arg.ref.code is not None or ent is None or ent.type != "PERSON" or eid is None:
        return arg
    country = reader.person_country(tok, eid)
    return Argument(ActorRef(eid, country, PLACED), arg.direct, arg.guessed) if country else arg


def _unplaced(arg: Argument) -> Argument:
    """The argument as the actor stage coded it when only `_with_story_country` placed it."""
    if arg.ref.basis != PLACED:
        return arg
    return Argument(ActorRef(arg.ref.entity_id, None), arg.direct, arg.guessed)


def described_sector(eid: str, reader: ArgumentReader) -> str:
    """The sector the article's description of a person gives (`party_words.csv` person_description): "X, a
    trader", "the tribal youth X", "a youth, identified as X"; UNKNOWN when a word describes him that gives
    none or two that disagree ("X, an official at PEMEX", "leader and founder X"), "" when nothing does."""
    found = ""
    for noun in _descriptions(eid, reader):
        sector = party_values("person_description").get(noun.lemma_.lower()) or UNKNOWN
        if found and sector != found:
            return UNKNOWN
        found = sector
    return found


def _descriptions(eid: str, reader: ArgumentReader) -> list[Token]:
    """The common nouns describing a person's mentions, read from the parse and from the words around each
    mention (the parser often hangs an appositive beside the name, not on it): an appositive on either side
    ("X, a trader", "a trader, X"), nouns just before the name ("the tribal youth X", "leader and founder
    X"), the noun a naming phrase names him for ("a youth, identified as X")."""
    doc, mentions = reader.doc, reader.mention_entity
    ids = sorted(i for i, e in mentions.items() if e == eid)
    spans: list[list[int]] = []
    for i in ids:  # the mentions as runs of consecutive tokens
        if spans and spans[-1][-1] == i - 1:
            spans[-1].append(i)
        else:
            spans.append([i])
    out: list[Token] = []
    for span in spans:
        first, last = doc[span[0]], doc[span[-1]]
        near = [c for i in span for c in doc[i].children if c.dep_ == "appos"]
        near += [doc[i].head for i in span if doc[i].dep_ == "appos"]
        named = last.head.head if last.dep_ == "pobj" and last.head.lower_ == "as" else None
        if named is not None and named.lemma_.lower() in noun_class_words("naming_verb"):
            near.append(named.head)
        if last.i + 2 < len(doc) and doc[last.i + 1].text == ",":  # "X, a 31-year-old man"
            near += _next_noun(doc, last.i + 2)
        near += _nouns_before(doc, first.i)
        out += [n for n in near if n.pos_ == "NOUN" and n.i not in mentions and n.i not in span]
    return out


def _next_noun(doc: Doc, i: int) -> list[Token]:
    """The first common noun of the phrase opening at token `i` past its determiner, numbers and adjectives
    ("a 31-year-old man"); [] when another word comes first."""
    while i < len(doc) and (doc[i].pos_ in {"DET", "NUM", "ADJ", "PUNCT"} and doc[i].text != ","):
        i += 1
    return [doc[i]] if i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower else []


def _nouns_before(doc: Doc, i: int) -> list[Token]:
    """The lower-case nouns right before a name, through "and" ("the trader X", "leader and founder X"), and
    the one before a comma ("a doctor, Dr X")."""
    out: list[Token] = []
    j = i - 1
    if j >= 1 and doc[j].text == ",":
        return [doc[j - 1]] if doc[j - 1].pos_ == "NOUN" and doc[j - 1].is_lower else []
    while j >= 0 and ((doc[j].pos_ == "NOUN" and doc[j].is_lower) or doc[j].lower_ == "and"):
        if doc[j].pos_ == "NOUN":
            out.append(doc[j])
        j -= 1
    return out


def _bare_person(arg: Argument, reader: ArgumentReader) -> bool:
    """A person entity coded by a country alone ("PAK"): the article told nothing of who he is."""
    code = arg.ref.code or ""
    ent = reader.entities.get(arg.ref.entity_id) if arg.ref.entity_id else None
    return ent is not None and ent.type == "PERSON" and len(code) == 3 and code in reader.kb.country_names


def _name_on_a_body(arg: Argument, tok: Token, reader: ArgumentReader) -> bool:
    """Whether the person is told in the act's sentence only by his name on another noun ("accused the
    Morales government of failing to fight the cocaine trade": the government, not Morales, is accused), so
    that no crime the sentence tells is his."""
    eid = arg.ref.entity_id
    # (the name's own head words: those whose head lies outside the mention)
    heads = [t for t in sentence_of(tok) if reader.mention_entity.get(t.i) == eid
             and reader.mention_entity.get(t.head.i) != eid]
    return bool(heads) and all(t.dep_ == "compound" for t in heads)


def _named_person(arg: Argument, reader: ArgumentReader) -> bool:
    """A target that is a named person entity (coded or not)."""
    ent = reader.entities.get(arg.ref.entity_id) if arg.ref.entity_id else None
    return ent is not None and ent.type == "PERSON"


def _bare_group(arg: Argument, reader: ArgumentReader) -> bool:
    """People told by their nationality alone, coded by a country and nothing more: an unnamed group ("two
    Mexican nationals", "the Paraguayan pilot") or a nationality's name ("Venezuelans"); never a country or
    a named body."""
    code = arg.ref.code or ""
    if len(code) != 3 or code not in reader.kb.country_names:
        return False
    ent = reader.entities.get(arg.ref.entity_id) if arg.ref.entity_id else None
    return ent.type == "NORP" if ent is not None else arg.ref.entity_id is None


def _private_people(arg: Argument, reader: ArgumentReader) -> bool:
    """People the actor stage coded civilians of a country by a word for private people ("four Colombian
    citizens" COLCVL, "a Belgian citizen, X" BELCVL, "X, a 36-year-old man" CRICVL); not those a charge
    leaves as they are ("Venezuelan protesters", `crime_predicates.csv` keep), nor anyone inferred or unnamed
    (targets.py weighed their words already)."""
    code = arg.ref.code or ""
    ent = reader.entities.get(arg.ref.entity_id) if arg.ref.entity_id else None
    if ent is None or len(code) != 6 or sector_of(code) != "CVL" or not country_of(code) or arg.ref.basis:
        return False
    kept = charge_keeps_role()
    texts = [m.text.lower() for m in ent.mentions] + [ent.name.lower()]
    said = {w.removesuffix("s") for t in texts for w in t.split()}
    return ent.type not in PLACE_TYPES and not said & kept \
        and not any(k in t for k in kept if " " in k for t in texts)


def _doers_allow(doers: str, sources: list[Argument], reader: ArgumentReader) -> bool:
    """Whether the doers read fit a row's `doers`: with `nonstate`, none read or none of a state body; with
    `named_nonstate`, one read and none of a state body; with `any`, whoever."""
    if doers == "any":
        return True
    if not sources:
        return doers == "nonstate"
    return not any(_state_doer(a, reader) for a in sources)


def _state_doer(arg: Argument, reader: ArgumentReader) -> bool:
    """A doer of a state body (police, troops, a government) or a state itself ("Pakistan killed X"); a
    person coded by a country alone is no state."""
    code = arg.ref.code or ""
    if sector_of(code) in STATE_BODIES:
        return True
    ent = reader.entities.get(arg.ref.entity_id) if arg.ref.entity_id else None
    return len(code) == 3 and bool(country_of(code)) and (ent is None or ent.type != "PERSON")


def _needs_met(needs: str, tok: Token, sources: list[Argument]) -> bool:
    """Whether the act's sentence meets every need of a row's `needs`: it tells no fight (`no_fight`); it
    names no crime unless a doer was read (`no_doerless_crime`: "Waris was shot dead after he confessed to his
    crimes" may be a criminal's end); it names a crime (`crime_word`)."""
    sent = sentence_of(tok)
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    for need in split_list(needs):
        if need == "no_fight" and lemmas & sector_words("fight_word"):
            return False
        if need == "no_doerless_crime" and not sources and lemmas & (
                sector_words("crime_word") - sector_words("violent_crime")):
            return False
        # (the trigger itself is no crime told: "X is accused of failing to act" names none, "accused of
        # smuggling weapons" does)
        if need == "crime_word" and not {w for t in sent if t.i != tok.i
                                         for w in (t.lemma_.lower(), t.lower_)} & sector_words("crime_word"):
            return False
    return True


