"""Which entity a subject pronoun stands for, so that "He said …", "It agreed …", "Iran said it would …" and
"Soares, who returns from a visit to Brazil" have a source. A small, cautious reading — not full
coreference: only subjects, only antecedents of the right kind, nearby, and none when two would fit.

1. "X said it/he/they would …": the pronoun subject of a speech verb's complement is the speaker.
2. "X, who/which …": a relative pronoun is the noun its clause hangs on.
3. "he"/"she": the one person who is the subject of the previous sentence or, failing that, the last person
   named in this or the previous sentence when only one was; "it": likewise for an organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Entity

PERSONAL = {"he", "she"}
NEUTER = {"it"}
RELATIVE = {"who", "which", "that"}
SPEECH = {"say", "tell", "announce", "add", "state", "report", "confirm", "claim", "warn", "insist", "write"}
# "It is expected", "it appears", "it rained": an empty subject, nobody.
EMPTY_IT_VERBS = {"be", "appear", "seem", "remain", "look", "mean", "matter", "take", "rain", "become",
                  "happen"}
ORG_TYPES = {"ORG"}


def resolve_pronouns(doc: Doc, entities: list[Entity], mention_entity: dict[int, str]) -> dict[int, str]:
    """Token index of each resolved subject pronoun -> the id of the entity it stands for."""
    kind_of = {e.id: e.type for e in entities}
    sentences = list(doc.sents)
    sentence_of = {tok.i: n for n, sent in enumerate(sentences) for tok in sent}
    out: dict[int, str] = {}
    for tok in doc:
        low = tok.lower_
        if tok.i in mention_entity or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        eid = None
        if low in RELATIVE and tok.head.dep_ == "relcl":
            eid = mention_entity.get(tok.head.head.i)
        elif low in PERSONAL | NEUTER | {"they"}:
            eid = _speaker(tok, mention_entity, kind_of)
            if eid is None and low in PERSONAL | NEUTER and not _empty_it(tok):
                wanted = {"PERSON"} if low in PERSONAL else ORG_TYPES
                eid = _nearby(tok, sentences, sentence_of[tok.i], mention_entity, kind_of, wanted)
        if eid is not None:
            out[tok.i] = eid
    return out


def _speaker(tok: Token, mention_entity: dict[int, str], kind_of: dict[str, str]) -> str | None:
    """"Iran said it would …": the subject of the speech verb whose complement the pronoun is subject of."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH:
        return None
    for child in verb.head.children:
        if child.dep_ == "nsubj" and child.i in mention_entity:
            eid = mention_entity[child.i]
            person = kind_of.get(eid) == "PERSON"
            if (tok.lower_ in PERSONAL) == person or tok.lower_ == "they":
                return eid
    return None


def _empty_it(tok: Token) -> bool:
    """"It is expected that ...", "it appears", "it rained": an extraposed or weather subject."""
    if tok.lower_ != "it":
        return False
    verb = tok.head
    extraposed = tok.dep_ == "nsubjpass" and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    return verb.lemma_.lower() in EMPTY_IT_VERBS or extraposed


def _nearby(tok: Token, sentences: list, index: int, mention_entity: dict[int, str], kind_of: dict[str, str],
            wanted: set[str]) -> str | None:
    """The antecedent of the right kind: the subject of the previous sentence if it is one, else the only
    entity of that kind named earlier in this sentence or in the previous one."""
    if index > 0:
        previous = sentences[index - 1]
        subjects = [mention_entity[t.i] for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                    and t.i in mention_entity and kind_of.get(mention_entity[t.i]) in wanted]
        if len(set(subjects)) == 1:
            return subjects[0]
    start = sentences[index - 1].start if index > 0 else sentences[index].start
    candidates = {mention_entity[i] for i in range(start, tok.i)
                  if i in mention_entity and kind_of.get(mention_entity[i]) in wanted}
    return candidates.pop() if len(candidates) == 1 else None
