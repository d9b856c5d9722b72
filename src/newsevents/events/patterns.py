"""Conditions of trigger rules on the dependency parse: the test behind `requires` in event_triggers.csv and
petrarch_verbs.csv (see their headers).

A PETRARCH pattern is a sequence of words after the verb in a constituency parse; here it becomes a condition
on the verb's dependency subtree: `after` (the words, or a word of a synset, follow the verb in this order
within its own clause, other words between them allowed), `prep` (a preposition on the verb), `obj` (the
words of the object after the verb), `particle` (the other words of a multi-word verb hang on the verb),
`agent` (a passive verb's doer in a by-phrase: the source of a pattern `+ * BY $`).
Our rows can also ask for `head` (the verb a noun trigger is the complement of: "*went* on strike") and `dep`
(the trigger's own dependency relation: ", *suggesting* an effort" hangs on its clause as an adjunct, advcl).
What a condition needs of the trigger's clause is computed once per trigger (`Clause`), so a verb with
hundreds of dictionary patterns costs one subtree walk.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from spacy.tokens import Token

from ..extensions import children_of, first_conjunct, sentence_list, sentence_words
from ..when import MONTHS
from .lexicon import EVENT_NOUNS, EVENT_VERBS, Requirement, Synset
from .party_words import SIDES_PREPS, occurrence_verb

OBJECT_DEPS = {"dobj", "nsubjpass"}
PREP_DEPS = {"prep", "prt", "agent"}
EMBEDDED = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass"}


class Clause:
    """The words around one trigger that conditions test, computed when first needed."""

    def __init__(self, tok: Token, synsets: dict[str, Synset]) -> None:
        self.tok = tok
        self.synsets = synsets

    @cached_property
    def children(self) -> list[Token]:
        """The trigger's dependents, built once: spaCy makes new Token objects on every walk of them."""
        return list(children_of(self.tok))

    @cached_property
    def prep_words(self) -> frozenset[str]:
        """The trigger's own prepositions and particles (and a passive's "by"), as written, but not one whose
        objects are all dates or times (`_time_phrase`); for a noun that only happened, the sides phrase of
        its verb ("fighting broke out *between* X and Y", `occurrence_verb`)."""
        own = frozenset(c.lower_ for c in self.children if c.dep_ in PREP_DEPS and not _time_phrase(c))
        verb = occurrence_verb(self.tok) if self.tok.pos_ in {"NOUN", "PROPN"} else None
        if verb is None:
            return own
        return own | {c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in SIDES_PREPS}

    @cached_property
    def object_lemmas(self) -> frozenset[str]:
        """The lemmas of the trigger's objects (direct object; a passive verb's subject), on either side."""
        return frozenset(c.lemma_.lower() for c in self.children if c.dep_ in OBJECT_DEPS)

    @cached_property
    def later_object_text(self) -> tuple[str, ...]:
        """Every word, as written, of the object phrases after the trigger, in order."""
        return tuple(t.lower_ for c in self.children if c.dep_ in OBJECT_DEPS and c.i > self.tok.i
                     for t in c.subtree)

    @cached_property
    def subject_lemmas(self) -> frozenset[str]:
        """The lemmas of the trigger's own active subjects."""
        return frozenset(c.lemma_.lower() for c in self.children if c.dep_ == "nsubj")

    @cached_property
    def following(self) -> list[Token]:
        """The words after the trigger in its own clause: "restored [full diplomatic ties with Cuba]", not
        those of a clause embedded in it ("said [that ... violated ...]", "talks, [which ...]")."""
        out: list[Token] = []
        stack = [c for c in self.children if not _embedded(c)]
        while stack:
            node = stack.pop()
            if node.i > self.tok.i:
                out.append(node)
            stack.extend(c for c in node.children if not _embedded(c))
        return sorted(out, key=lambda t: t.i)

    @cached_property
    def sentence_words(self) -> frozenset[str]:
        """Every word of the trigger's sentence, as written (lower case) and as lemma: a superset of
        `following_words` read from the Doc's arrays, so a pattern whose words the sentence lacks fails
        without walking the clause."""
        return sentence_words(self.tok)

    @cached_property
    def following_words(self) -> frozenset[str]:
        return frozenset(w for t in self.following for w in (t.lower_, t.lemma_.lower()))

    @cached_property
    def following_text(self) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self.following)

    @cached_property
    def object_words(self) -> frozenset[str]:
        """Every word of the object phrases after the verb, as word forms and lemmas."""
        objects = [c for c in self.children if c.dep_ in OBJECT_DEPS and c.i > self.tok.i]
        return frozenset(w for o in objects for t in o.subtree for w in (t.lower_, t.lemma_.lower()))

    @cached_property
    def prep_phrase_words(self) -> frozenset[str]:
        """Every word of the phrases the trigger's own prepositions head, as word forms and lemmas, clauses
        embedded in them left out ("to the force [that was sent]")."""
        out: set[str] = set()
        stack = [c for c in self.children if c.dep_ == "prep"]
        while stack:
            node = stack.pop()
            out.update((node.lower_, node.lemma_.lower()))
            stack.extend(c for c in node.children if not _embedded(c))
        return frozenset(out)

    @cached_property
    def child_words(self) -> frozenset[str]:
        return frozenset(c.lower_ for c in self.children)

    def in_order(self, items: tuple[str, ...]) -> bool:
        """Whether the items (words, or `&CLASS` for any word or phrase of the synset) follow the trigger in
        this order within its clause, other words between them allowed (as in a PETRARCH pattern)."""
        at = 0
        for item in items:
            at = self._find(item, at)
            if at < 0:
                return False
        return True

    def _find(self, item: str, start: int) -> int:
        """The position after the first match of `item` at or after `start` among the following words."""
        following, text = self.following, self.following_text
        synset = self.synsets.get(item) if item[0] == "&" else None
        for n in range(start, len(following)):
            tok = following[n]
            if _dated_month(tok):
                continue  # "held 31.8 pct of the voting power as of *March* 27" is no march (141)
            if synset is None:
                if item in (tok.lower_, tok.lemma_.lower()):
                    return n + 1
                continue
            if tok.lower_ in synset.words or tok.lemma_.lower() in synset.words:
                return n + 1
            for phrase in synset.phrases:
                if text[n:n + len(phrase)] == phrase:
                    return n + len(phrase)
        return -1

    def in_class(self, name: str, words: frozenset[str], text: tuple[str, ...]) -> bool:
        synset = self.synsets.get(name)
        if synset is None:
            return False
        if words & synset.words:
            return True
        return any(_contains(text, phrase) for phrase in synset.phrases)


# A time phrase of a year or more: a year ("in 1986"), a split or crop year ("in 1985/86"), or a span word. A
# quantity told over it is a total of many acts ("France sold 300,000 tonnes of wheat to Tunisia during the
# 1986/87 season", "has sold three mln tonnes to Japan in the past three years"), no one act.
PERIOD_WORDS = frozenset({"year", "years", "season", "seasons", "campaign", "decade", "decades", "since"})
YEAR_TEXT = re.compile(r"^(?:19|20)\d\d(?:/(?:19|20)?\d\d)?$")
PERIOD_PREPS = frozenset({"in", "during", "since", "over", "for", "throughout", "through"})


def _dated_month(tok: Token) -> bool:
    """A month's name in a date ("as of March 27", "in May"): a time, never a pattern's word (march, may)."""
    return tok.ent_type_ == "DATE" and tok.lower_ in MONTHS


def _over_a_period(clause: Clause) -> bool:
    """Whether the trigger is told over a year or more (a time phrase of PERIOD_WORDS or a bare year on it, or
    "a total of" in its object): a total, not one act."""
    for c in clause.children:
        if c.dep_ in {"prep", "npadvmod"} and (c.lower_ in PERIOD_PREPS or c.dep_ == "npadvmod"):
            words = [t.lower_ for t in c.subtree]
            if c.lower_ == "since" or any(w in PERIOD_WORDS or YEAR_TEXT.match(w) for w in words):
                return True
        if c.dep_ in OBJECT_DEPS and any(t.lower_ == "total" for t in c.subtree):
            return True
    return False


def _time_phrase(prep: Token) -> bool:
    """"fired on Monday", "agreed on Tuesday": a preposition whose objects are all dates or times names no
    party or thing, so it meets no `prep:` condition of a row."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)


def holds(tok: Token, req: Requirement, clause: Clause) -> bool:
    """Whether the condition `req` holds for the trigger `tok`."""
    if req.kind == "prep":
        return not clause.prep_words.isdisjoint(req.words)
    if req.kind == "obj":
        classes = [w for w in req.words if w.startswith("&")]
        if classes:  # a synset object follows the verb: "deployed [troops]", not "troops were deployed"
            objects = clause.later_object_text
            words = frozenset(objects) | clause.object_words
            if any(clause.in_class(name, words, objects) for name in classes):
                return True
        if "*" in req.words:  # any object: "returned [the monkeys] to Congo", not "returned to Brazil"
            return bool(clause.object_lemmas)
        return not clause.object_lemmas.isdisjoint(req.words)
    if req.kind == "objnp":  # the object's head or a word of its name: "fired [Police Chief] Juan Perez"
        return bool(_object_name_words(tok) & req.words)
    if req.kind == "objphrase":  # any word of the object phrase: "burned [5 tons of marijuana]"
        return bool(clause.object_words & req.words)
    if req.kind == "prepphrase":  # any word of a phrase the trigger's preposition heads: "sent troops [to
        # the UN peacekeeping force]", not "sent staff to Bosnia [to study] a peacekeeping force" (a purpose)
        return bool(clause.prep_phrase_words & req.words)
    if req.kind == "after":
        if not (req.plain <= clause.sentence_words and req.plain <= clause.following_words):
            return False  # the cheap test first: most patterns of a verb fail on a missing word
        return clause.in_order(req.sequence or tuple(req.words))
    if req.kind == "particle":
        return req.words <= clause.child_words
    if req.kind == "agent":  # a passive verb's doer in a by-phrase: "+ was urged by $" (a PETRARCH `* BY $`)
        return any(c.dep_ == "agent" for c in clause.children)
    if req.kind == "xcomp":  # "*": any infinitive ("will travel to Rome [to meet] Meloni": the meeting)
        return any(_infinitive(c) and ("*" in req.words or c.lemma_.lower() in req.words)
                   for c in clause.children)
    if req.kind == "told":  # "ordered [Bell Canada] [to cut] its rates": a party told to act
        return _told_to_act(tok)
    if req.kind == "head":
        return governor(tok).lemma_.lower() in req.words
    if req.kind == "caux":  # "said [that] Sudan *must* return the helicopter": a that-clause's obligation
        return any(_obliges(c, req.words) for c in clause.children if c.dep_ == "ccomp")
    if req.kind == "plain":  # "told Congress [that the dollar would fall]": a that-clause reporting no act
        return not any(c.dep_ in req.words and (_names_act(c, clause) if c.dep_ == "dobj"
                                                else _reports_act(c, clause)) for c in clause.children) \
            and not ("ccomp" in req.words and any(_ready_to_act(c) for c in _statement_clauses(tok)))
    if req.kind == "neg":  # "had *no* comment"; "modal": "*would not* comment", not "has not commented"
        return _negated_itself(tok) and ("modal" not in req.words or any(
            c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in clause.children))
    if req.kind == "once":  # "sold 180,000 tonnes to the Soviet Union", not "sold ... to China in 1985/86"
        return not _over_a_period(clause)
    if req.kind == "done":  # "*completed* its merger with X", not "expects to *complete* the merger with X"
        return told_done(governor(tok) if tok.pos_ == "NOUN" else tok)
    if req.kind == "voice":  # "has been *linked* to the cartel": a finite passive (its auxiliary is there)
        return any(c.dep_ == "auxpass" for c in clause.children)
    if req.kind == "advsubj":  # "were *injured* when [a bomb] went off": what an adverbial clause tells of
        return any(_subject_words(c) & req.words for c in clause.children if c.dep_ == "advcl")
    if req.kind == "headsubj":  # "a bomb went off ..., *injuring* two": what a participle adjunct is said of
        return tok.tag_ == "VBG" and bool(_described_words(tok) & req.words)
    if req.kind == "retold":  # "injured in a blast ... . The injured in *the attack* were": told again next
        return _retold_next(tok, req.words)
    if req.kind == "dep":  # the trigger's own relation: ", *suggesting* a concerted effort" is an adjunct
        return tok.dep_.lower() in req.words
    near = {c.lemma_.lower() for c in clause.children}
    near |= {g.lemma_.lower() for c in clause.children for g in c.children}
    return bool(near & req.words)


# the auxiliaries of a perfect: "has completed", "have approved"
PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'s", "'d"})
# the marks of a clause telling a condition, not a done act: "in the event that it does not complete"
CONDITION_MARKS = frozenset({"if", "unless"})


def _retold_next(tok: Token, words: frozenset[str]) -> bool:
    """Does the sentence after the trigger's name the act again by one of `words` with "the", not as a
    compound ("... were injured in a blast. The injured in *the attack* were ...", "... in an explosion. The
    target of *the* remotely detonated *bomb* was ..."; not "the bomb disposal squad"), the trigger itself
    told for the first time (no "the")?"""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # "damaged in the blast": the blast told again itself, no first telling
    sentences, starts = sentence_list(tok.doc)
    index = bisect_right(starts, tok.i)
    if index >= len(sentences):
        return False
    return any(t.lemma_.lower() in words and t.dep_ != "compound"
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               and not any(c.dep_ == "neg" for c in t.head.children)  # "the attack was not ..."
               for t in sentences[index])


def told_done(verb: Token) -> bool:
    """Whether a verb tells its act as done: a past ("completed"), a perfect ("has completed") or a past
    passive ("was approved"), not
    negated and not in an if- or unless-clause. A plan, an expectation or a condition ("expects to complete
    the merger", "is to hold a meeting to approve a merger", "would allow it to complete") is none."""
    if verb.pos_ not in {"VERB", "AUX"} or _negated_itself(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return False
    # ("has completed", "was approved")
    perfect = verb.tag_ == "VBN" and any((c.dep_ == "aux" and c.lower_ in PERFECT_AUX)
                                         or (c.dep_ == "auxpass" and c.tag_ == "VBD") for c in verb.children)
    return verb.tag_ == "VBD" or perfect


# modals of will or ability: "would not comment" refuses, "did not comment" may tell only a silence
REFUSING_MODALS = frozenset({"would", "will", "wo", "could", "can", "ca"})


def _negated_itself(tok: Token) -> bool:
    """Whether a negation word hangs on the trigger itself: "not"/"n't"/"never" on a verb, "no" on a noun."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


# predicates of readiness: "is willing / ready / prepared to act" tells an intent to act
READINESS_WORDS = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen"})


def _statement_clauses(tok: Token) -> list[Token]:
    """That-clauses the parser hangs on the noun of the trigger's prepositional phrase instead of the trigger:
    "said in a statement [that Beijing was willing to work with ...]" (acl of "statement"). Only a readiness
    to act is read in them (`_ready_to_act`): the parse is too loose to read every act there."""
    return [a for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for a in o.children if a.dep_ == "acl" and any(m.dep_ == "mark" for m in a.children)]


def _reports_act(verb: Token, clause: Clause) -> bool:
    """Whether a that-clause reports an act of its own: its verb is one our rows code outside CAMEO 01 ("told
    the UN it cannot *accept* refugees"), or it is negated, a refusal ("told the Swedish premier Ankara will
    *not* rush the approval"), or its predicate is a readiness to act ("was willing to work with")."""
    acts = clause.synsets.get(EVENT_VERBS)
    if acts is not None and verb.lemma_.lower() in acts.words:
        return True
    return _ready_to_act(verb) or any(c.dep_ == "neg" for c in verb.children)


def _ready_to_act(verb: Token) -> bool:
    """Whether a clause's predicate is a readiness to act ("Beijing *was willing to work* with Canberra"): an
    intent (CAMEO 03) the clause tells, not a bare statement."""
    return any(a.dep_ == "acomp" and a.lemma_.lower() in READINESS_WORDS
               and any(x.dep_ == "xcomp" for x in a.children) for a in verb.children)


def _names_act(obj: Token, clause: Clause) -> bool:
    """Whether a direct object names an act our rows code outside CAMEO 01: an event noun ("announced [the
    arrest] of the mayor"), or a noun whose infinitive is an event verb or a negated one ("announced [plans]
    to withdraw troops")."""
    nouns = clause.synsets.get(EVENT_NOUNS)
    if nouns is not None and obj.lemma_.lower() in nouns.words:
        return True
    return any(c.dep_ in {"acl", "relcl"} and _reports_act(c, clause) for c in obj.children)


# verbs of being and keeping: what a party "must be" or "must remain" is a standard, not an act demanded of it
STATIVE_VERBS = frozenset({"be", "remain", "stay", "seem", "appear", "have"})


def _obliges(clause: Token, words: frozenset[str]) -> bool:
    """Whether a clause's verb carries one of the modal `words` as its own obligation ("Israel *must* end the
    attacks"), not an inference about the past ("he *must* have known": must with have) nor a standard a party
    must meet ("corporations *must* be self-supporting": a state, no act demanded)."""
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return bool(aux & words) and "have" not in aux and clause.lemma_.lower() not in STATIVE_VERBS


def _object_name_words(tok: Token) -> set[str]:
    """The lemmas of the trigger's objects (direct object; a passive verb's subject) and of their compound and
    adjective modifiers: "fired [the prison director]", "sacked [Police Chief Juan Perez]"; not the words of
    an of-phrase or clause on them ("fired 200 workers of the ministry" names workers)."""
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    return {w.lemma_.lower() for o in objects
            for w in (o, *(m for m in o.children if m.dep_ in {"compound", "amod"}))}


def _infinitive(tok: Token) -> bool:
    """An infinitive complement: an xcomp or advcl, or a to-infinitive the parser hung as a clause complement
    ("allowed Ouattara [to contest] the elections" parsed with Ouattara as its subject)."""
    if tok.dep_ in {"xcomp", "advcl"}:
        return True
    return tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _told_to_act(tok: Token) -> bool:
    """Whether the verb's direct object is someone told to act: a name, a pronoun or a noun that names no
    act of its own (no of-phrase: "ordered the *return of* the aircraft", "ordered the *creation of* a
    commission to reopen the case" order an act, not a party), followed by a to-infinitive ("directed the
    casino [to close]"), never an adverbial clause hung on the verb ("ordered the return ... after the sheriff
    dropped the case")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    told = [o for o in objects if o.pos_ in {"PROPN", "PRON"} or (
        o.pos_ == "NOUN" and not any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children))]
    return bool(told) and any(c.dep_ in {"xcomp", "ccomp"} and c.i > told[0].i
                              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                              for c in tok.children)


def governor(tok: Token) -> Token:
    """The word a noun trigger is the complement of: its verb ("*began* a strike"), or the verb of the
    preposition it hangs on ("*went* on strike", "*placed* under arrest"); a conjunct shares its first
    conjunct's ("began a strike and a sit-in")."""
    node = first_conjunct(tok)
    head = node.head
    if node.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    return head


def reports_event(tok: Token) -> bool:
    """Whether a verb heads a clause that can report an event: not a participle describing a noun ("a
    delegation [led] by", "the officer [monitoring] operations"); a dictionary row needs one."""
    return tok.dep_ not in {"acl", "amod", "compound"}


def _subject_words(verb: Token) -> set[str]:
    """The lemmas of a verb's subjects and of their compound modifiers: "[a roadside *bomb*] went off"."""
    return {w.lemma_.lower() for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"}
            for w in (s, *(m for m in s.children if m.dep_ == "compound"))}


def _described_words(participle: Token) -> set[str]:
    """The lemmas of what a participle adjunct is said of: the subject of the clause it hangs on ("[a bomb]
    went off in the market, *injuring* two"), or the noun it hangs on itself, with its compound modifiers
    ("[an explosion] on a public bus, *injuring* 12 people, was a terror attack": the parser makes the
    participle a clause of the noun)."""
    head = participle.head
    if head.i == participle.i:
        return set()
    if participle.dep_ == "advcl":
        return _subject_words(head)
    if participle.dep_ == "acl" and head.pos_ == "NOUN":
        return {w.lemma_.lower() for w in (head, *(m for m in head.children if m.dep_ == "compound"))}
    return set()


def _embedded(tok: Token) -> bool:
    """A dependent that starts another clause: its words are not the trigger's. An infinitive of purpose
    stays in ("met ... [to mark the anniversary]"), as PETRARCH's verb phrase holds it."""
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return tok.dep_ in EMBEDDED or (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"})


def _contains(text: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(text[i:i + n] == phrase for i in range(len(text) - n + 1))
