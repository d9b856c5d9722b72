"""Which state force "the security forces" are when the sentence says: South Asian and Latin American news
names a state's forces by a word of no body ("Security Force (SF) personnel", "the security personnel",
"SFs"), coded MIL (roles.csv) as a coder codes armed forces he knows no more of. When the same sentence names
the forces it means, and every one of them is a police force ("the SOG, DVF and CRPF personnel ... opened
fire at the security personnel", "troopers of the Chhattisgarh Police and CRPF ... the Security Forces were
ambushed"), a CAMEO coder codes them police (COP), as he codes the forces named.

Only a named police force counts (a name, not the role word "police" that may stand beside the army), never a
police station (a place) nor a police force that only tells the story ("..., Chhattisgarh Police said"), and
never when the sentence names any military force or word ("army", "troops", the Rashtriya Rifles): then the
security forces may be soldiers.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.knowledge import normalize
from ..extensions import sentence_of
from ..model import ActorRef
from .arguments import Argument, ArgumentReader
from .party_words import words

MILITARY = "MIL"
POLICE = "COP"
CREDIT_PREPS = frozenset({"according", "to"})  # "according to the Kanker Police": a teller, not a side
NAME_LINKS = frozenset({"compound", "amod", "conj", "appos", "cc", "nmod"})  # words within one noun phrase


def police_forces(arg: Argument, tok: Token, reader: ArgumentReader) -> Argument:
    """The argument coded COP when it is a generic "security forces" party coded MIL (`generic_force`) and
    the sentence of `tok` names only police forces of its country among its forces (see the module's
    docstring); else the argument as it is."""
    ref = arg.ref
    code = ref.code or ""
    if len(code) != 6 or code[3:] != MILITARY or not _generic_force(ref.entity_id, reader):
        return arg
    country = code[:3]
    police = False
    for t in sentence_of(tok):
        eid = reader.mention_entity.get(t.i)
        if eid is None:
            if not _in_generic_phrase(t) and _military_word(t, reader):
                return arg  # "the police and military": the security forces may be either
            continue
        if eid == ref.entity_id or _generic_force(eid, reader):
            continue
        ent = reader.entities[eid]
        other = (ent.actor.code if ent.actor is not None else None) or ""
        if other[3:6] == MILITARY:
            return arg  # "SFs of the Rashtriya Rifles and CRPF": soldiers among them
        if other[:3] == country and other[3:6] == POLICE and ent.type == "ORG" \
                and _named_police_force(t, eid, reader):
            police = True
    if not police:
        return arg
    return Argument(ActorRef(ref.entity_id, country + POLICE, ref.basis), arg.direct, arg.guessed)


def _generic_force(eid: str | None, reader: ArgumentReader) -> bool:
    """Whether an entity is a state's forces named by a word of no body ("Indian security personnel",
    "Indian sfs"): its name, past one country word, is a `generic_force` phrase."""
    ent = reader.entities.get(eid) if eid else None
    if ent is None:
        return False
    name = normalize(ent.name).split()
    phrases = words("generic_force")
    # past a country word only: "Border Security Force" is a body of its own
    return " ".join(name) in phrases or (len(name) > 1 and bool(reader.kb.country_of(name[0]))
                                         and " ".join(name[1:]) in phrases)


def _in_generic_phrase(tok: Token) -> bool:
    """Whether a word is part of a `generic_force` phrase as the text writes it ("forces" of "Security
    Forces", not of "armed forces")."""
    word = tok.lower_
    for phrase in words("generic_force"):
        parts = phrase.split()
        for k, part in enumerate(parts):
            start = tok.i - k
            if part == word and start >= 0 and start + len(parts) <= len(tok.doc) \
                    and [t.lower_ for t in tok.doc[start:start + len(parts)]] == parts:
                return True
    return False


def _named_police_force(tok: Token, eid: str, reader: ArgumentReader) -> bool:
    """Whether a police entity's word at `tok` names a force that is a side of the sentence's act: a word of
    a name no role word is ("CRPF", "Chhattisgarh Police", "troopers of the Chhattisgarh Police"; not
    "Police"), of no station or post (a place: "Gangaloor Police Station"), and not of the teller of the
    sentence ("..., Kanker Police said", "according to")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
            or reader.kb.roles.get(normalize(tok.text)) is not None or reader.kb.country_of(tok.text):
        return False  # "Police arrested", "Indian police": the role word, which names no force
    head = tok  # the head of the mention, then of the phrase it is part of ("CRPF personnel")
    while head.dep_ in NAME_LINKS and head.head.i != head.i and reader.mention_entity.get(head.head.i) == eid:
        head = head.head
    name_head = normalize(reader.entities[eid].name).split(" of ")[0].split()[-1:]
    if head.lower_ in words("installation") or (name_head and name_head[0] in words("installation")):
        return False  # "Gangaloor Police Station", "Janikhel Police Station of Bannu District": a place
    while head.dep_ in NAME_LINKS and head.head.i != head.i:
        head = head.head
    if head.dep_ == "nsubj" and reader.lexicon.is_cue(head.head.lemma_, "speech"):
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in CREDIT_PREPS)


def _military_word(tok: Token, reader: ArgumentReader) -> bool:
    """Whether a word no entity covers names a military body or its men ("army", "military", "troops")."""
    if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    role = reader.kb.roles.get(normalize(tok.text)) or reader.kb.roles.get(normalize(tok.lemma_))
    return role is not None and role.sector == MILITARY
