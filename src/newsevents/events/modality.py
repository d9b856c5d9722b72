"""Negation and modality of an event mention, read from the dependency parse around its anchor.

The anchor is the word that carries tense and negation: the trigger verb, or for a nominal trigger the light
verb that governs it ("did not hold talks"). Modality is found by walking from the anchor up through the
clauses that embed it:
- `denied`: complement of a denial verb ("denied meeting"), or said to be untrue ("reports that X killed Y are
  not true");
- `hypothetical`: in an if/unless/whether clause or an inverted condition ("should he choose to cooperate"),
  or under a hedging auxiliary ("could attack");
- `intended`: complement of an intention verb ("plans to visit", "is expected to travel"), future ("will"),
  a purpose infinitive ("raided the house to arrest him"), or what is asked, ordered or planned ("urged them
  to release", "orders to free");
- `reported`: credited to a source: complement of a speech verb ("..., his spokesman said"; "claimed to have
  killed"), "according to", "as X reported", a closing "..., reported El Comercio", "is accused of";
- otherwise `asserted`.
When several apply, the first in that order wins: a denied plan is denied, a reported plan is intended.

What the speaker says of their own act is still told on the speaker's word: "the minister announced he had
signed the accord" codes the signing `reported` (FactBank's source-introducing predicates: an embedded event
is factual according to the speaker, not to the writer); the announcement itself is `asserted`.

A clause that presupposes its event hands none of the embedding modality down, only its attribution to a
source: a relative clause ("the favelas that have received soldiers may ..."), a participle on a noun ("the
bishop murdered in 1980"), a since/because/after clause, "after the capture of X" in a past-tense sentence,
and a definite nominal event that is the subject of a verb other than one telling whether it happens ("the
arrest may intensify the gang wars": the arrest happened; "the talks could begin": not yet). A source
("X said", "according to X") still covers all it embeds; "allegedly" covers only its own clause.

On top of these cues, `modality_rules.csv` (data) adds predictions and expectations as `hypothetical`,
schedules and the future as `intended`, evidential words as `reported`, what is denied to be true, and
refusals of the event ("no need for a meeting", "no plans to meet", "ruled out talks", "failed to
prosecute", "refused to negotiate", "has yet to arrest") as negated, read by `is_negated`.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from spacy.tokens import Span, Token

from ..extensions import according_prep, sentence_list, sentence_of
from ..resources import load_table
from .lexicon import EventLexicon
from .modality_rules import modality_rules, object_rule
from .parties import noun_class_words, source_words
from .senses import default_senses, expressed_intent, threat_speaker, threatened_violence

MODALITIES = ("denied", "hypothetical", "intended", "reported", "asserted")
TIME_DEPS = {"npadvmod", "tmod"}
DUMMY_IT = {"it"}  # the subject of an extraposed clause: "*it* is obvious that they agreed"
# the relations of an object that "no" counts as none: "made *no* arrests", "there were *no* talks"
NONE_OBJECT_DEPS = {"dobj", "attr", "nsubjpass"}
# Subjects of a copula in a relative clause describing a given event: "in *what* was a revenge attack".
FREE_RELATIVES = {"what", "which", "that"}
# Prepositions that attach an event as a word's content: "reports of clashes", "accused of killing",
# "calls for talks", "charged with murder", "prevented from leaving".
CONTENT_PREPS = {"of", "for", "with", "about", "from"}
# Noun classes of the acts a failed attempt is told as made at: killing a person, an assault or an ambush
TRIED_VIOLENCE = frozenset({"person_violence", "tried_attack"})
# Prepositions by which an enabling phrase names the act it makes possible: "paved the way *for* talks".
ENABLED_PREPS = {"for", "to", "towards", "toward"}
# An inverted credit (", reported El Comercio") is looked for within this many words after the event.
CREDIT_REACH = 60
# A quotation's marks are looked for within this many words of the event; its speech verb within this many
# words after the closing mark ('," the deputy *told* reporters').
QUOTE_REACH = 200
QUOTE_CREDIT = 8
# Subordinators of a clause told as fact whatever its main clause says: "because they are killing our people".
FACTIVE_MARKS = {"because", "since", "although", "though", "whereas", "after", "as", "while"}
# Of those, the ones of a clause going on at the same time, which in the simple present tells what happens
# meanwhile, under the main clause's modality: "it may take weeks as the parties *negotiate*"
SIMULTANEOUS_MARKS = {"as", "while"}
# the preposition of what a journey is for: "flies to Brussels *for* talks"
TRIP_PREPS = {"for"}
# Prepositions of a time or circumstance phrase that presupposes its event in a past-tense sentence.
FACTIVE_PREPS = {"after", "following", "since", "despite", "amid", "amidst", "during"}
# Prepositions of a cause, which presuppose their event whatever the tense: "because of the wage negotiations,
# the bank would be unlikely to act", "owing to the strike", "thanks to the ceasefire".
CAUSAL_PREPS = {"because", "owing", "thanks", "due", "given"}
# Marks of a clause whose act, told in the past, is a given fact whatever the main clause's modality.
DONE_BEFORE_MARKS = {"before", "until", "till"}
# Modals of what one could do, in a relative clause on a negated predicate ("not one I *could* back").
ABILITY_AUX = {"could", "can", "would", "will"}
INDEFINITE = {"a", "an", "any", "another"}
# Auxiliaries that open a condition when put before their subject: "should he choose to", "had they known".
INVERTED_CONDITION = {"should", "had", "were"}
# Penn tags of question words: a question opened by one presupposes its act ("why did they expel him?").
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# how the parser hangs a headline's bare infinitive on its subject noun ("Employers To Meet": relcl)
HEADLINE_INFINITIVE_DEPS = {"relcl", "acl", "dep", "appos"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
HABIT = "habitual_adverb"  # noun_classes.csv: often, regularly: "would" of such a clause tells a habit
# What a speech verb says itself, which makes it no credit of the clause it is hung on: "the army attacked;
# the rebels *said they would retaliate*"
PARENTHETICAL_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "dative", "parataxis"}
# the words of a noun phrase's own that make a plural noun no bare inverted credit: "*local* reports"
NOUN_MODIFIER_DEPS = {"det", "amod", "poss", "compound", "nummod"}
SENTENCE_ENDS = {".", "?", "!"}  # what ends a sentence the parser did not cut short
SET_OFF = {",", "--", "—"}  # the punctuation that sets a closing "according to" phrase off its clause
NEITHER_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj"}  # parties a "neither" can deny the act for
# "neither" hung on the verb itself: its subject ("neither was arrested"), a pair's opener, an inversion
NEITHER_OWN_DEPS = {"nsubj", "nsubjpass", "preconj", "advmod", "det", "cc", "dep"}
MAX_DEPTH = 12  # clause nesting in news prose is shallow; bound the walk anyway


EMBEDDING_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "dobj", "pobj", "prep", "acomp", "relcl",
                  "nsubj", "nsubjpass", "attr", "appos", "csubj", "acl", "parataxis"}


def is_negated(anchor: Token, lexicon: EventLexicon) -> bool:
    """"did not condemn", "never met", "no talks": a negation word attached to the anchor itself."""
    for child in anchor.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in {"advmod", "det"} and lexicon.is_cue(child.lower_, "negation"):
            return True
    return (_refused(anchor, lexicon) or _negated_governor(anchor) or _no_object(anchor, lexicon)
            or _negated_kind(anchor) or _near_miss(anchor) or _neither(anchor))


def _neither(anchor: Token) -> bool:
    """"*Neither* Lopez nor his brother has been charged", "*neither* group carried out the murders",
    "*neither* of the men was arrested", "*Neither* did the army attack": a "neither" on the act's subject or
    object (their determiner or the first of a pair), standing as the subject itself, or opening an inverted
    clause denies the act for every party it names; "neither ... nor" on the verbs ("could neither confirm nor
    deny") denies both verbs."""
    if anchor.pos_ not in {"VERB", "AUX"}:
        return False
    verbs = [anchor]
    if anchor.dep_ == "conj" and anchor.head.i != anchor.i and any(
            c.dep_ == "cc" and c.lower_ == "nor" for c in anchor.head.children):
        verbs.append(anchor.head)  # "neither confirm *nor deny*": the second verb under the first's "neither"
    for verb in verbs:
        for child in verb.children:
            if child.lower_ != "neither":
                parties = [] if child.dep_ not in NEITHER_PARTY_DEPS else list(child.children)
                # the pair's first member carries the "neither": "Neither *X* nor Y", "neither *group*"
                if any(g.lower_ == "neither" and g.dep_ in {"det", "preconj"} for g in parties):
                    return True
            elif child.dep_ in NEITHER_OWN_DEPS:
                return True
    return False


def _near_miss(anchor: Token) -> bool:
    """"police *nearly* arrested him", "was *almost* captured", "*evaded* capture", "*escaped* arrest": an act
    said to have come close to happening, or to have been escaped or avoided (modality_rules.csv `missed`
    rows: an adverb on the act's verb, or the verb whose object the act is), did not happen. Violence done to
    a person still happened, only its harm missed ("the blast *almost* killed him", "*escaped* an ambush"),
    and so did a try ("escaped an assassination *attempt*")."""
    missed = modality_rules()["missed"]
    trying = noun_class_words("trying_noun")
    if default_senses().classes(anchor) & TRIED_VIOLENCE or anchor.lemma_.lower() in trying:
        return False
    # before the verb only: "arrested *nearly* 50 people" counts them (a misparse may hang it on the verb)
    if anchor.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.i < anchor.i
                                              and missed.get(c.lower_) == "negated" for c in anchor.children):
        return True
    head = anchor.head
    # a bare act escaped ("evaded capture", "escaped arrest"), not a measure in force that one gets round
    # ("to evade US sanctions", "avoid taxes": the sanctions were imposed)
    bare = anchor.tag_ == "NN" and not any(c.dep_ in NOUN_MODIFIER_DEPS for c in anchor.children)
    return (anchor.dep_ == "dobj" and head.i != anchor.i and head.pos_ == "VERB" and bare
            and missed.get(head.lemma_.lower()) == "negated")


def _no_object(anchor: Token, lexicon: EventLexicon) -> bool:
    """"police made *no* arrests", "has *no* investigations into them", "arrested *no* suspects": the act's
    object (a light verb's nominal event, or what the act is done to) is counted as none: no act was done.
    So is the noun a past participle trigger describes ("there have been *no* real blows struck against the
    group", "*no* charges filed against him": what the act would have made or been done to is none)."""
    def none_of(noun: Token) -> bool:
        return noun.pos_ in {"NOUN", "PRON"} and any(
            d.dep_ == "det" and lexicon.is_cue(d.lower_, "negation") for d in noun.children)
    # the parser tags a participle like "struck" as a past tense at times; a participle has no subject
    participle = (anchor.dep_ == "acl" and anchor.tag_ in {"VBN", "VBD"} and anchor.head.i != anchor.i
                  and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in anchor.children))
    return (participle and none_of(anchor.head)) or any(
        child.dep_ in NONE_OBJECT_DEPS and none_of(child) for child in anchor.children)


def _negated_kind(anchor: Token) -> bool:
    """"the bill was not one that a free trader could *endorse*", "it is not a plan we can *support*": a
    relative clause with a modal on the predicate noun of a negated "be" says what the thing is not, so the
    act is denied (a cleft, "it was not the police who killed him", has no modal and stays)."""
    noun = anchor.head
    if anchor.dep_ != "relcl" or noun.i == anchor.i or noun.dep_ != "attr" or noun.head.i == noun.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ABILITY_AUX for c in anchor.children):
        return False
    return noun.head.lemma_.lower() == "be" and any(c.dep_ == "neg" for c in noun.head.children)


def _undone_noun(anchor: Token) -> Token | None:
    """The noun of an act not done whose to-infinitive `anchor` is (modality_rules.csv `content` rows with
    modality negated: "failure", "inability", "refusal"), also where the parser hung the infinitive on the
    noun's by / of party ("the failure *by authorities* to investigate"); None when there is none."""
    if anchor.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                      for c in anchor.children):
        return None
    content = modality_rules()["content"]
    noun = anchor.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in {"by", "of"}:
        noun = noun.head.head  # "failure by the police to act": the party sits between noun and act
    return noun if noun.pos_ == "NOUN" and content.get(noun.lemma_.lower()) == "negated" else None


def _not_without(prep: Token) -> bool:
    """"not without a fight", "did not leave without meeting him": a negated "without", or one on a negated
    verb, says the act did happen."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return (before is not None and before.lower_ in {"not", "never"}) or \
        any(c.dep_ == "neg" for c in prep.head.children)


def _negated_governor(anchor: Token) -> bool:
    """"the government cannot sit down to negotiate", "did not want to meet", "have not been able to agree":
    the act is the infinitive complement or purpose of a negated verb, so it is said not to happen."""
    head = anchor.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i != head.i:
        head = head.head  # "have not been able to agree": the negation is on the verb of "able"
    keeps = noun_class_words("negation_keeping_verb")
    if head is anchor or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in keeps:
        return False
    infinitive = anchor.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    if not (anchor.dep_ == "xcomp" or (anchor.dep_ == "advcl" and infinitive)):
        return False
    return any(c.dep_ == "neg" for c in head.children)


def _refused(anchor: Token, lexicon: EventLexicon) -> bool:
    """"no need for a meeting", "no plans to meet", "ruled out talks", "has yet to arrest", "prevented them
    from leaving": the event is said not to happen."""
    rules = modality_rules()
    head = anchor.head
    noun = None
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        noun = head.head
    elif anchor.dep_ in {"acl", "xcomp", "relcl"}:
        noun = head
    if (noun is not None and noun.i != anchor.i and rules["no"].get(noun.lemma_.lower()) == "negated"
            and any(c.dep_ in {"det", "neg"} and lexicon.is_cue(c.lower_, "negation")
                    for c in noun.children)):
        return True
    if anchor.dep_ == "xcomp" and rules["governs"].get(head.lemma_.lower()) == "negated":
        return True  # "failed to prosecute", "declined to meet", "would avoid issuing a warrant"
    if (anchor.dep_ == "xcomp" and head.lemma_.lower() in {"have", "be"}
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)):
        return True  # "police have yet to arrest anyone", "the talks are yet to begin"
    if anchor.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.lower_ == "without" \
            and not _not_without(head):
        return True  # "sent troops without consulting Congress", "released without charge"
    if anchor.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.lower_ == "from" \
            and rules["content"].get(head.head.lemma_.lower()) == "negated":
        return True  # "prevented the rebels from entering", "stopped them from voting"
    if _undone_noun(anchor) is not None:
        return True  # "the failure by authorities to investigate", "their refusal to negotiate"
    if anchor.dep_ in {"dobj", "xcomp", "pcomp"} and head.i != anchor.i:
        # "foiled an attack": the attack was stopped; "foiled an attempt to kill him": the try was made
        # (`tried` rows), the act tried is read as tried
        stopped_try = (anchor.lemma_.lower() in noun_class_words("trying_noun")
                       and rules["tried"].get(head.lower_) == "passes")
        return object_rule(head) == "negated" and not stopped_try
    return False


def _conjunct_hedge(adverb: Token) -> bool:
    """"Officials from Indonesia, Singapore and, *perhaps*, Thailand will meet": a hedge right after a
    coordinator and before a noun hedges that conjunct's presence, not the clause the parser hung it on."""
    doc = adverb.doc
    before = next((t for t in reversed(doc[:adverb.i]) if not t.is_punct), None)
    after = next((t for t in doc[adverb.i + 1:] if not t.is_punct), None)
    return (before is not None and before.dep_ == "cc" and after is not None
            and after.pos_ in {"NOUN", "PROPN", "PRON"})


def _rule_modalities(node: Token, lexicon: EventLexicon, aux: bool = True) -> set[str]:
    """Modalities from words attached to `node` itself: modifiers, time phrases (a nominal event's time
    possessive: "tomorrow's talks") and (with `aux`) auxiliaries (modality_rules.csv)."""
    rules = modality_rules()
    found: set[str] = set()
    # "will hold the planned talks": a light verb's object noun carries the modifier; any other verb's object
    # is a thing of its own ("investigating the *possible* illegal financing": the investigation is real)
    light = lexicon.is_cue(node.lemma_.lower(), "light")
    modified = [node, *(c for c in node.children if light and c.dep_ == "dobj" and c.pos_ == "NOUN")]
    for child in (c for n in modified for c in n.children):
        # "talks with leaders *likely* to focus on arms": a modifier with its own infinitive hedges that
        # infinitive (a misparse hangs it on the verb), not the clause it is hung on
        if (child.dep_ in {"amod", "advmod"} and child.lower_ in rules["modifier"]
                and not _conjunct_hedge(child) and not any(c.dep_ == "xcomp" for c in child.children)):
            found.add(rules["modifier"][child.lower_])
        if aux and child.dep_ == "aux" and child.lower_ in rules["aux"]:
            found.add(rules["aux"][child.lower_])  # "we must support", "they should meet"
        times = [child] if child.dep_ in TIME_DEPS or (child.dep_ == "poss" and node.pos_ == "NOUN") else []
        if child.dep_ == "prep":
            times = [c for c in child.children if c.dep_ == "pobj"]
        if times and node.pos_ in {"VERB", "AUX"} and _told_past(node):
            continue  # "met in Paris ahead of talks opening tomorrow": no past act is tomorrow (a misparse)
        for t in times:
            words = [t.lower_, *(c.lower_ for c in t.children if c.dep_ in {"amod", "det"})]
            found.update(rules["time"][w] for w in words if w in rules["time"])
    return found - {"negated", "passes"}


def _subject_governed(verb: Token, governs: dict[str, str]) -> set[str]:
    """A nominal event as the subject of "is due / about / scheduled / expected to <verb>": "the talks are
    about to start" are intended, "the talks are expected to resume" hypothetical. Only words that tell of
    the subject event's coming (`subject` rows with `passes`): "the killing appears to be a vendetta" says
    nothing of whether the killing happened."""
    passing = modality_rules()["subject"]
    found: set[str] = set()
    for word in (verb, *(c for c in verb.children if c.dep_ == "acomp")):
        lemma = word.lemma_.lower()
        modality = governs.get(lemma, "negated")
        if modality == "negated" or passing.get(lemma) != "passes":
            continue
        for xcomp in (c for c in word.children if c.dep_ == "xcomp"):
            # "are due to meet" tells of talks to come whatever follows; "are likely to anger" tells of the
            # talks' effect, not of the talks: a prediction passes only to a verb of happening
            if modality == "intended" or passing.get(xcomp.lemma_.lower()) == "passes":
                found.add(modality)
    return found


def _said_untrue(verb: Token) -> bool:
    """"reports that he was killed are not true / are baseless": the subject of the verb is said to be false
    (modality_rules.csv `subject` rows with modality denied; "true", "correct", "accurate" when negated)."""
    subject = modality_rules()["subject"]
    for word in (verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})):
        lemma = word.lemma_.lower()
        if subject.get(lemma) == "denied":
            return True
        if lemma in noun_class_words("truth_word") and any(
                c.dep_ == "neg" for c in (*verb.children, *word.children)):
            return True
    return False


def _trip_ahead(verb: Token) -> bool:
    """A journey told in the simple present or the present progressive ("flies to Brussels today", "is
    flying to Tokyo"): news English for a trip under way or scheduled, so what it is for has not yet happened
    ("flew to Brussels for talks" tells a past trip and leaves its talks as told)."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am"}
                                             for c in verb.children)
    return _simple_present(verb) or progressive


def _simple_present(verb: Token) -> bool:
    """A finite verb in the simple present, with no auxiliary ("as parties *negotiate*"). Not a base form
    after a singular subject ("weakness *hurt* the index on Friday", "the bank *cut* its rate"): no present
    agrees so, it is the past of a verb whose past is its base (`_past_as_base`)."""
    return verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) \
        and not _past_as_base(verb)


def _past_as_base(verb: Token) -> bool:
    """Is a verb tagged as a present without -s (VBP) the past of a verb whose past is its base form ("hurt",
    "cut", "set", "hit"), as its singular third-person subject shows ("Weakness *hurt* the composite", "the
    bank *cut* its rate")? The tagger reads these forms as presents; a singular subject agrees with no
    present but "hurts", "cuts"."""
    if verb.tag_ != "VBP" or verb.lower_ != verb.lemma_.lower():
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in {"conj", "cc"} for c in subject.children):
        return False  # "Iran and Iraq hit ...": two subjects take the plural
    if subject.tag_ in {"NN", "NNP"}:
        return True
    return subject.lower_ in {"he", "she", "it"}




def _scheduled_present(verb: Token, lexicon: EventLexicon) -> bool:
    """"The full council *meets on Thursday*", "ministers *meet at the weekend*", "he *visits* Japan *later
    this month*": an event verb in the simple present whose time phrase has a word that puts the act ahead
    (modality_rules.csv `present` rows) tells a scheduled act, as news English does. Not a speech verb
    ("says on Friday"), a headline (whose present tells what happened), a habit ("usually meets on
    Thursdays", a plural day), nor a phrase with a word of the past ("last weekend"). The time phrase may
    hang on the verb's object ("*holds* talks with Reagan on Thursday")."""
    if not _simple_present(verb) or verb.pos_ != "VERB" or lexicon.is_cue(verb.lemma_.lower(), "speech"):
        return False
    if verb.is_title and verb.i != sentence_of(verb).start:
        return False  # a Title-Case headline: "Iran Attacks Tanker Friday"
    if any(HABIT in default_senses().classes(c) for c in verb.children if c.dep_ in {"advmod", "npadvmod"}):
        return False
    coming = modality_rules()["present"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for time in [*_time_nouns(verb), *(t for o in objects for t in _time_nouns(o))]:
        if time.tag_ in {"NNS", "NNPS"}:
            continue  # "meets on Thursdays": a habit
        words = {time.lower_, *(t.lower_ for t in time.subtree)}
        if words & coming.keys() and not words & noun_class_words("past_time_word"):
            return True
    return False


def _carrier(noun: Token) -> int:
    """The index of the verb a nominal event is the object of, directly or through a preposition ("*leaves* on
    a visit to Washington on Wednesday", "*holds* talks on Friday"): its tense and time phrase tell when the
    act named by the noun happens; -1 for a verb anchor or any other noun."""
    if noun.pos_ != "NOUN":
        return -1
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head.i
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head.i
    return -1


def _time_nouns(verb: Token) -> list[Token]:
    """The heads of the verb's own time phrases: "[on] Thursday", "[at] the weekend", "later this month"."""
    found = [c for c in verb.children if c.dep_ in TIME_DEPS]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "over", "during"}
              for g in c.children if g.dep_ == "pobj"]
    return found


def _past(verb: Token) -> bool:
    """The clause of `verb` is told in the past ("took over", "was arrested", "had met")."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes and verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _past(verb.head)  # "were killed and eight *injured* during the ambush": the shared auxiliary
    return any(c.lower_ in {"was", "were", "had", "has", "have"} for c in auxes)


def _told_past(verb: Token) -> bool:
    """A finite clause in the simple past or past perfect ("was shot", "killed", "had met"), which no verb of
    asking, ordering or planning takes as what it asks for."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"}
                                     for c in verb.children)


def _finite_governor(verb: Token) -> Token:
    """The finite verb an infinitive chain hangs on ("have agreed to *buy*": agreed), or the verb itself."""
    for _ in range(MAX_DEPTH):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _indefinite(noun: Token) -> bool:
    """"an attack", "any talks", "attacks", "further protests": a nominal event not given as known."""
    dets = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    return any(c.lower_ in INDEFINITE for c in dets) or (noun.tag_ == "NNS" and not dets)


def _dated_event(noun: Token) -> bool:
    """"the recent arrest of X", "yesterday's attack", "at today's meeting", "last week's talks": a nominal
    event its own words place in time (`dated` rows: an adjective, or a possessive time noun and its
    adjective) is a given past or scheduled event, whatever the clause above guesses about its effects."""
    if noun.pos_ != "NOUN":
        return False
    dated = modality_rules()["dated"]
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in dated:
            return True
        if child.dep_ == "poss" and (child.lower_ in dated or any(
                c.dep_ in {"amod", "det"} and c.lower_ in dated for c in child.children)):
            return True
    return False


def _presupposes(node: Token, parent: Token, lexicon: EventLexicon) -> bool:
    """Whether the edge node -> parent presents the event under `node` as a given fact, whatever the
    parent's clause says of its own event (see the module docstring)."""
    rules = modality_rules()
    dep = node.dep_
    if dep == "relcl" or _dated_event(node):
        return True
    if dep == "attr" and parent.lemma_.lower() == "be" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FREE_RELATIVES for c in parent.children):
        return True  # "in what was apparently a revenge attack": the attack is given, its kind hedged
    if dep == "ccomp" and _factive(parent):
        return True  # "we should remember that the government requested ...": the request is given
    if dep == "pobj" and parent.lower_ == "of" and _outcome_of(parent.head) and not _indefinite(node):
        return True  # "recommendations of the Dhaka meeting will be placed ...": the meeting is given
    if dep == "pobj" and parent.dep_ == "prep" and not _indefinite(node) and (
            rules["culprit"].get(parent.lower_) == "passes"
            or rules["culprit"].get(parent.head.lemma_.lower()) == "passes"):
        return True  # "could be behind the attack", "may be responsible for the killing": the doer is hedged
    if dep == "acl":
        # "reports claiming that ...", "orders to free ...", "plans to meet": the noun's content, not a fact;
        # "an offensive to capture him": a purpose
        content = parent.lemma_.lower() in rules["content"] and _content_clause(node, lexicon)
        return not (content or _purpose(node) or lexicon.is_cue(node.lemma_.lower(), "speech"))
    if _done_before(node):
        return True  # "it would be two years before he was finally extradited": the extradition was made
    if dep == "advcl":
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if marks & SIMULTANEOUS_MARKS and _simple_present(node):
            return False  # "it may take weeks as parties *negotiate*": what goes on meanwhile, no given fact
        return bool(marks & FACTIVE_MARKS) and not lexicon.is_cue(node.lemma_.lower(), "speech")
    if dep == "prep" and node.lower_ in CAUSAL_PREPS and any(c.dep_ in {"pcomp", "prep"}
                                                              for c in node.children):
        return True  # "because of the talks", "owing to the strike": a cause is given as fact
    if dep == "prep":
        if node.lower_ not in FACTIVE_PREPS or parent.pos_ not in {"VERB", "AUX"}:
            return False
        # "have agreed to buy goods during his trip": an infinitive's phrase is told in the tense of the
        # finite verb over it, unless the phrase or the act is placed ahead ("to sign it during his visit
        # next week")
        ahead = any(rules["time"].get(t.lower_) == "intended" for t in parent.subtree)
        return _past(parent) or (_past(_finite_governor(parent)) and not ahead)
    if dep == "dobj" and node.pos_ == "NOUN":
        # "served to blunt criticism": the criticism is there, whatever the verb's clause says; but "wants
        # talks", "demanded the release", "will hold talks" (a light verb) tell of the nominal event itself
        # ("unlikely to avoid further protests": an avoided or feared event, or an indefinite one, is not
        # given)
        verb = parent.lemma_.lower()
        return not (any(lexicon.is_cue(verb, cue) for cue in ("light", "intent", "deny"))
                    or object_rule(parent) is not None or verb in rules["governs"]
                    or verb in rules["content"] or _indefinite(node) or bool(_enabled(node)))
    if dep in {"nsubj", "nsubjpass"} and node.pos_ in {"NOUN", "PROPN"}:
        # "the arrest may intensify the gang wars" vs "the talks could begin", "an attack would be a
        # disaster"; "the tariffs would be designed to ..." and "the talks will be difficult" tell of events
        # to come
        verb = parent.lemma_.lower()
        future = any(c.dep_ in {"aux", "auxpass"} and lexicon.is_cue(c.lower_, "future")
                     for c in parent.children)
        if not future and _done_by(parent, lexicon):
            # "police believe the abduction was carried out by X": the abduction happened, its doer is
            # what is believed (as "could be behind the attack")
            return not _indefinite(node)
        # "the arrest could open the way for X": the verb and object that enable another act make the
        # subject its cause, not a light verb's nominal event ("open talks")
        enabler = any(_enabled(c) for c in parent.children if c.dep_ == "dobj")
        light = lexicon.is_cue(verb, "light") and not enabler
        passes = (rules["subject"].get(verb) == "passes" or light or future
                  or bool(_subject_governed(parent, rules["governs"])))
        return not (passes or _indefinite(node))
    return dep not in EMBEDDING_DEPS


def _done_before(clause: Token) -> bool:
    """A clause of "before" / "until" told in the simple past, with no modal of its own ("it would be two
    years *before he was extradited*", "fled before police arrived"): the act came to pass, whatever the
    clause above it says of its own ("before they could arrest him" tells no act done; "no decision would be
    made before he had held talks": a past perfect under "would" is an act still to come)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in DONE_BEFORE_MARKS]
    if not marks or clause.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    simple = (clause.tag_ == "VBD" and not auxes) or (
        clause.tag_ == "VBN" and [a.lower_ for a in auxes] in (["was"], ["were"]))
    return simple


def _factive(verb: Token) -> bool:
    """A verb whose that-clause is taken as true whatever is said of the verb itself (modality_rules.csv
    `factive` rows: "we *should remember* that X requested", "did not *realize* that police had raided"):
    the clause keeps its own modality; a whether- or if-clause asks and is left alone."""
    if modality_rules()["factive"].get(verb.lemma_.lower()) != "passes":
        return False
    return not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"}
                   for k in verb.children if k.dep_ == "ccomp" for c in k.children)


def _outcome_of(noun: Token) -> bool:
    """A noun that exists only once its of-phrase's event has happened or begun (modality_rules.csv `outcome`
    rows: "the recommendations of the meeting", "the victims of the attack", "in the wake of the capture"):
    what the clause around it says of the noun leaves that event given."""
    return noun.pos_ == "NOUN" and modality_rules()["outcome"].get(noun.lemma_.lower()) == "passes"


def _done_by(verb: Token, lexicon: EventLexicon) -> bool:
    """A light verb in the passive with a by-phrase, telling who did a nominal event: "the abduction *was
    carried out* by X", "the attack was conducted by militants"."""
    return (lexicon.is_cue(verb.lemma_.lower(), "light") and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "agent" for c in verb.children))


def _attributed_here(node: Token, lexicon: EventLexicon, anchor: Token | None = None) -> bool:
    """A source named on `node` itself: "according to X", "as X reported". An "according to" before a sentence
    end the parser ran over ('According to the release: "X was the main supplier." Two leaders surrendered
    in 2012') credits only what comes before that end."""
    for child in node.children:
        if (according_prep(child)
                and (anchor is None or not _sentence_end_between(child, anchor))):
            return True
        if (child.dep_ == "advcl" and lexicon.is_cue(child.lemma_.lower(), "speech")
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)):
            return True
        if _parenthetical_source(child, lexicon) and not (
                anchor is not None and _later_conjunct_credit(node, child, anchor)):
            return True
    return False


def _later_conjunct_credit(clause: Token, credit: Token, anchor: Token) -> bool:
    """"Marines shot Ruiz in May, and a week later, *the weekly says*, a feud broke out": a credit set in
    after a coordinator of clauses credits the clause that follows, not an event told before it (wherever
    the parser hung the clauses: it may make the first one the complement of the second)."""
    return any(t.dep_ == "cc" and t.head.pos_ in {"VERB", "AUX"} for t in clause.doc[anchor.i + 1:credit.i])


def _parenthetical_source(verb: Token, lexicon: EventLexicon) -> bool:
    """"In the raid, *officials said*, the gunmen shot a guard", "The rebels, *police said*, fled": a
    speech verb set into the clause it credits (the parser hangs it on that clause as parataxis), with a
    subject of its own and nothing said of its own (no object or complement clause), so the clause is its
    content: what it tells is reported."""
    if verb.dep_ != "parataxis" or not lexicon.is_cue(verb.lemma_.lower(), "speech"):
        return False
    children = list(verb.children)
    return (any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
            and not any(c.dep_ in PARENTHETICAL_CONTENT_DEPS for c in children))


def _violent_attempt(node: Token, parent: Token) -> bool:
    """"gunmen *tried* to kill the mayor": a past attempt at violence against a person happened (coded as
    the attempt, CAMEO 185, or an assault); an attempt still to come ("will try to kill"), a negated one or
    an attempt at any other act ("tried to arrest him") leaves the act intended. A past attempt said not to
    have been made ("did not try to kill", "never tried to kill") is told as the attempt, negated (the
    negation is read by `is_negated`), not as a plan."""
    if parent.lemma_.lower() not in noun_class_words("attempt_verb"):
        return False
    auxes = [c for c in parent.children if c.dep_ == "aux"]
    # "did not try": do-support in the past tense makes the bare verb a past act, as "tried" is
    past = (parent.tag_ == "VBD" and not auxes) or (
        parent.tag_ == "VB" and len(auxes) == 1 and auxes[0].lower_ == "did"
        and any(c.dep_ == "neg" for c in parent.children))
    return past and "person_violence" in default_senses().classes(node)


def _spoken_attempt(node: Token, parent: Token) -> bool:
    """"has *tried* to defend the reform", "tried to persuade Tokyo": an act done by speaking
    (noun_classes.csv `spoken_attempt`) is made by trying it; an attempt still to come ("will try to
    persuade", "plans to try to explain") leaves it intended, and so does an act the speaking asks for
    ("was attempting to persuade them to reach an agreement": the agreement)."""
    if parent.lemma_.lower() not in noun_class_words("attempt_verb"):
        return False
    if node.lemma_.lower() not in noun_class_words("spoken_attempt"):
        return False
    auxes = [c.lower_ for c in parent.children if c.dep_ == "aux"]
    done = (parent.tag_ == "VBD" and not auxes) or (
        parent.tag_ == "VBN" and bool(auxes) and auxes[0] in {"has", "have", "had"})
    ongoing = parent.tag_ == "VBG" and bool(auxes) and auxes[0] in {"is", "are", "was", "were"}
    return done or ongoing


def _edge_modalities(node: Token, parent: Token, anchor: Token, lexicon: EventLexicon,
                     direct: bool = True) -> set[str]:
    """What the word `parent` says of the event (at `anchor`) it embeds through `node` (the clause or phrase
    holding it). `direct`: `node` is the event's own verb or reached from it through conjuncts and infinitive
    complements only ("to pursue the kidnappers and free the hostages"), so a purpose is the event's."""
    rules = modality_rules()
    governs = rules["governs"]
    lemma = parent.lemma_.lower()
    dep = node.dep_
    found: set[str] = set()
    # "has denied the allegations": an accusation (the event itself) denied was still made; what it tells is
    # what is denied ("denied reports that troops had fired": the firing)
    made_claim = (dep == "dobj" and node.i == anchor.i
                  and rules["content"].get(node.lemma_.lower()) == "reported")
    if dep in {"xcomp", "ccomp", "dobj"} and lexicon.is_cue(lemma, "deny") and not made_claim:
        found.add("denied")
    if (dep == "dobj" and rules["object"].get(lemma) == "denied" and not made_claim
            and rules["content"].get(node.lemma_.lower()) == "reported"):
        found.add("denied")  # "dismissed reports that ...", "refuted claims of ..."
    if (dep == "xcomp" and lexicon.is_cue(lemma, "intent") and not _violent_attempt(node, parent)
            and not (node.i == anchor.i and _spoken_attempt(node, parent))):
        found.add("intended")
    if (dep == "xcomp" and rules["infinitive"].get(lemma, "negated") != "negated"
            and not (lemma == "be" and (not direct or node.lemma_.lower() in noun_class_words("be_to_idiom")
                                        or any(c.dep_ in {"acomp", "attr"} for c in parent.children)
                                        or _practice_subject(parent)))):
        # "be to" schedules its own infinitive only ("his mission was to brief Shultz on Thatcher's visit last
        # week": the visit is told, not scheduled); "it is necessary to flag up" is an extraposed subject
        found.add(rules["infinitive"][lemma])  # "told them to leave", "urged Iran to release", "are to meet"
    elif (dep in {"xcomp", "ccomp"}
          and governs.get(word := _with_particle(parent, governs), "negated") != "negated"
          and not (governs[word] == "intended" and dep == "ccomp" and _told_past(node))):
        # "demanded that the army withdraw" asks for an act; a past-tense clause is none ("A wanted militant
        # was shot dead": the parser hung the shooting on "wanted", which asks for no past act)
        if governs[word] == "hypothetical" and node.i == anchor.i and _hedged_doer(node):
            found.add("reported")  # "32 bodies, thought to have been murdered by the Zetas": who is hedged
        else:
            found.add(_informed(parent, governs[word]))
    elif dep == "xcomp" and lexicon.is_cue(lemma, "speech"):
        found.add("reported")  # "claimed to have killed", "is said to have links"
    if dep in {"nsubj", "nsubjpass"}:
        found |= _subject_governed(parent, governs)
    if dep in {"nsubj", "nsubjpass", "csubj"} and node.i != anchor.i and _said_untrue(parent):
        found.add("denied")  # the subject's content is untrue, not the subject ("the allegations are false")
    if dep in {"ccomp", "parataxis"} and lexicon.is_cue(lemma, "speech"):
        found.add("reported")
    if dep in {"advcl", "conj"} and lexicon.is_cue(lemma, "speech") and _inverted_speaker(parent):
        found.add("reported")  # "Leading the way are X, reported La Prensa, though Y have offered aid"
    if dep == "ccomp" and lemma == "be" and any(c.dep_ == "expl" for c in parent.children):
        found |= _existential_content(node, parent)
    if dep == "ccomp" and lemma == "be":
        found |= _extraposed_judgement(parent, governs) | _predicated_content(node, parent)
    if (dep in {"acl", "ccomp"} and parent.pos_ == "NOUN" and rules["attitude"].get(lemma) == "reported"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
        found.add("reported")  # "expressed satisfaction that Brazil had agreed": told on the bankers' word
    content = rules["content"].get(lemma)
    if content is None and dep == "prep" and node.lower_ in CONTENT_PREPS:
        content = rules["content"].get(_across_time_phrase(parent).lemma_.lower())
    if content == "intended" and _fulfilled(parent):
        content = None  # "followed up on his threat to suspend aid": the suspension is done, not planned
    if content == "intended" and _past_attempt(parent, node):
        content = None  # "its botched 1993 attempt to assassinate X": the attempt was made
    if content == "reported" and any(c.dep_ == "amod" and rules["subject"].get(c.lemma_.lower()) == "denied"
                                     for c in parent.children):
        content = "denied"  # "false reports that he was arrested", "mistaken claims of"
    if content and content != "negated":
        if dep in {"acl", "ccomp"} and parent.pos_ in {"NOUN", "PROPN"} and _content_clause(node, lexicon):
            found.add(content)  # "plans to visit", "reports that the army shelled", "orders to free"
        # "an attempt at killing police": tried only ("a proposal at the talks" leaves the talks alone)
        tried = node.lower_ == "at" and parent.lemma_.lower() in noun_class_words("trying_noun")
        # "his commitment to freeing the hostages", "a pledge to ending the war": a gerund after "to" is the
        # noun's content as its infinitive would be ("to" with a noun object is a direction)
        gerund = node.lower_ == "to" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in node.children)
        if dep == "prep" and (node.lower_ in CONTENT_PREPS or tried or gerund):
            found.add(content)  # "reports of clashes", "accused of ordering", "calls for talks", "attempt at"
    if dep == "prep" and node.lower_ == "in" and _alleged_share(parent):
        found.add("reported")  # "the alleged participation of soldiers in the massacre": the doer alleged
    trip = dep == "prep" and node.lower_ in TRIP_PREPS and lexicon.is_cue(lemma, "motion")
    if trip and _trip_ahead(parent):
        found.add("intended")  # "Smith, who flies to Brussels today for talks": the talks are still to come
    if dep == "prep" and node.lower_ in ENABLED_PREPS:
        found |= _enabled(parent)  # "could clear the way towards establishing ties": a possible next step
    if dep == "dobj" and rules["plot"].get(lemma) == "intended" and not _given_plot(node, parent):
        found.add("intended")  # "were planning a combined offensive": the offensive is still to come
    wanted = object_rule(parent) if dep in {"dobj", "pcomp"} else None
    if wanted is not None and wanted in {"intended", "hypothetical"}:
        found.add(wanted)  # "demanded the release of", "postponed the talks"
    # "deployed troops to free the hostages", "an offensive to capture Cano"; not "the first to sign"
    ordinal = any(c.dep_ == "amod" and c.lower_ in noun_class_words("rank_word") for c in parent.children)
    # "an operation to arrest a suspect": the parser may hang a noun's purpose infinitive as a relative clause
    on_noun = dep == "acl" or (dep == "relcl" and parent.pos_ == "NOUN")
    if (direct and (dep in {"advcl", "acl"} or on_noun or _hunt_purpose(node, parent)) and _purpose(node)
            and rules["purpose"].get(node.lemma_.lower()) != "passes" and not _sequel(parent)
            and rules["purpose"].get(f"{lemma} {node.lemma_.lower()}") != "passes"
            and not (on_noun and (ordinal or _fulfilled(parent) or _past_attempt(parent, node)))
            and _undone_noun(node) is None
            and not _alleged(parent)):
        found.add("intended")
    return found


def _practice_subject(be: Token) -> bool:
    """Whether the subject of "be" names a party's way of acting (noun_classes.csv `practice_noun`): "the
    group's modus operandi was to make threatening calls" tells what it did, not what it was to do."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in noun_class_words("practice_noun")
               for c in be.children)


def _given_plot(act: Token, verb: Token) -> bool:
    """Whether the object of a verb of plotting is told as done: "militants *planned the Mumbai attacks*", "he
    *has planned* kidnappings and extortions" (a plotter's deeds); "were planning an offensive", "are
    plotting attacks" (a plot under way) and "had planned an attack" (one act, not named as known) tell an act
    still to come."""
    if verb.tag_ == "VBG":
        return False
    return not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in act.children)


def _with_particle(verb: Token, rules: dict[str, str]) -> str:
    """The key of `verb` in a word table: the verb with its particle where the table has that ("pointed
    *out* that the banks had agreed": "point out"), else its lemma."""
    lemma = verb.lemma_.lower()
    return next((f"{lemma} {c.lower_}" for c in verb.children
                 if c.dep_ == "prt" and f"{lemma} {c.lower_}" in rules), lemma)


def _informed(verb: Token, modality: str) -> str:
    """The modality a verb of inference gives its clause, by its subject: "evidence *suggests* that the gang
    killed him" is an inference (hypothetical), "reports *suggested* that the attackers had fired" tells the
    act on the word of the reports (a modality_rules.csv `informant` subject: reported)."""
    if modality != "hypothetical":
        return modality
    informants = modality_rules()["informant"]
    told = [informants[c.lemma_.lower()] for c in verb.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in informants]
    return told[0] if told else modality


def _past_attempt(noun: Token, clause: Token) -> bool:
    """"its botched 1993 attempt to assassinate Guzman", "a failed attempt to kill the mayor": a noun of
    trying told as made (an adjective of a failed try, modality_rules.csv `tried` rows, or a date on the
    noun) on an act of violence against a person is an attempt that happened, as "tried to kill" is
    (`_violent_attempt`), and so is "an unsuccessful attempt to ambush the camp"; "an attempt to arrest him"
    or "plans an attempt to kill" leave the act aimed at."""
    if (noun.lemma_.lower() not in noun_class_words("trying_noun")
            or not default_senses().classes(clause) & TRIED_VIOLENCE):
        return False
    tried = modality_rules()["tried"]
    return any((c.dep_ == "amod" and tried.get(c.lower_) == "passes")
               or (c.dep_ in {"amod", "compound", "nummod", "poss", "npadvmod"} and c.ent_type_ == "DATE")
               for c in noun.children)


def _alleged(verb: Token) -> bool:
    """Whether `verb` is what a charge or a report says was done: the object of the of / with / for phrase of
    a word whose content is reported ("accused of *paying* a hitman to murder his partner", "charged with
    *hiring* gunmen to kill him"); the purpose in it is part of what is alleged, not a plan (reported)."""
    node = verb
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep" and head.lower_ in CONTENT_PREPS:
            word = _across_time_phrase(head.head)
            return modality_rules()["content"].get(word.lemma_.lower()) == "reported"
        if node.dep_ != "conj":
            return False
        node = head
    return False


def _alleged_share(noun: Token) -> bool:
    """"the *alleged* participation of police in", "their *suspected* role in", "his purported complicity
    in": a noun of taking part in an act (source_words.csv involvement_noun) described as only alleged
    (modality_rules.csv `share` rows), so the act in its in-phrase is told on someone's word."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in source_words("involvement_noun"):
        return False
    share = modality_rules()["share"]
    return any(c.dep_ == "amod" and share.get(c.lower_) == "reported" for c in noun.children)


def _enabled(noun: Token) -> set[str]:
    """The modality of an act in a phrase on `noun` when `noun` is the object of a verb that makes the act
    possible, not done ("paved the way for talks", "opened the door to ties": `enables` rows, keyed by the
    verb and the object's lemmas); empty otherwise. The enabling verb's own clause is read on too ("could
    clear the way": hypothetical), the object being no given fact."""
    if noun.dep_ != "dobj":
        return set()
    modality = modality_rules()["enables"].get(f"{noun.head.lemma_.lower()} {noun.lemma_.lower()}")
    return {modality} if modality else set()


def _hedged_doer(verb: Token) -> bool:
    """"the bodies, thought to have been murdered by the Zetas", "believed to have been kidnapped by X": a
    perfect passive infinitive with a by-phrase under a verb of belief hedges who did the act, which is told
    as done (on the believers' word, as "police believe the abduction was carried out by X")."""
    children = list(verb.children)
    return (verb.dep_ == "xcomp" and verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
            and any(c.dep_ == "auxpass" for c in children)
            and any(c.dep_ == "agent" for c in children))


def _hedged_motive(verb: Token) -> bool:
    """"Ibrahim might have been killed over an internal party conflict": a hedge on a perfect ("might have")
    whose clause gives a cause (modality_rules.csv `motive` rows: "over", "because of", "in retaliation for")
    hedges the cause, not the act, which is told as done."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    motive = modality_rules()["motive"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        words = [prep.lower_, *(c.lemma_.lower() for c in prep.children if c.dep_ == "pobj")]
        if any(motive.get(w) == "passes" for w in words):
            return True
    return False


def _across_time_phrase(noun: Token) -> Token:
    """"has been accused in the past of selling weapons", "was charged last year with murder": where the
    parser hung the content phrase on a time phrase put between a word and its content, the word the time
    phrase modifies; otherwise `noun` itself."""
    if not (noun.lemma_.lower() in noun_class_words("time_noun") or noun.ent_type_ in {"DATE", "TIME"}):
        return noun
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        return head.head  # "accused in the past"
    if noun.dep_ in TIME_DEPS and head.i != noun.i:
        return head  # "charged last year"
    return noun


def _sequel(verb: Token) -> bool:
    """"went on to arrest", "proceeded to question": the verb (+ particle) tells that its infinitive is the
    next act done, not one aimed at (modality_rules.csv `sequel` rows)."""
    sequel = modality_rules()["sequel"]
    lemma = verb.lemma_.lower()
    return lemma in sequel or any(f"{lemma} {c.lower_}" in sequel for c in verb.children if c.dep_ == "prt")


def _extraposed_judgement(be: Token, governs: dict[str, str]) -> set[str]:
    """"It is obvious that the government has agreed", "it is likely that the army attacked": a that-clause
    extraposed after "it is" + an adjective of inference or likelihood (modality_rules.csv `governs` rows)
    takes that adjective's modality, as "is likely to" does; the writer or speaker infers the act."""
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ in DUMMY_IT for c in be.children):
        return set()
    return {governs[a.lemma_.lower()] for a in be.children
            if a.dep_ == "acomp" and governs.get(a.lemma_.lower(), "negated") != "negated"}


def _existential_content(clause: Token, be: Token) -> set[str]:
    """"There has been speculation Venezuela would demand a cut", "there were reports the army shelled": a
    clause hung on an existential "there is" takes the modality of the noun that is said to exist (its
    content, modality_rules.csv), whether the parser made it the verb's attribute or a compound on the
    clause's subject."""
    content = modality_rules()["content"]
    nouns = [c for c in be.children if c.dep_ == "attr"]
    nouns += [m for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}
              for m in s.children if m.dep_ == "compound"]
    return {content[n.lemma_.lower()] for n in nouns
            if content.get(n.lemma_.lower()) in {"hypothetical", "reported", "intended"}}


def _predicated_content(clause: Token, be: Token) -> set[str]:
    """"The theory was that the gang killed the officers", "the report is that troops shelled a village",
    "the fear is that the gang will strike": a that-clause given as what a noun of content (its subject) is
    takes that noun's modality (modality_rules.csv `content` rows), as "the theory that ..." does."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or _gives_cause(clause):
        return set()
    content = modality_rules()["content"]
    nouns = [c for c in be.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return {content[n.lemma_.lower()] for n in nouns
            if content.get(n.lemma_.lower()) in {"hypothetical", "reported", "intended"}}


def _gives_cause(verb: Token) -> bool:
    """"One theory is that the migrants were killed *because* their smugglers failed to pay": a clause with a
    cause (a because-clause or a phrase of modality_rules.csv `motive` rows: "over", "in revenge for") gives
    the cause as what is guessed or told, the act itself as known."""
    motive = modality_rules()["motive"]
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and motive.get(m.lower_) == "passes"
                                         for m in child.children):
            return True
        if child.dep_ == "prep" and any(motive.get(w) == "passes" for w in (
                child.lower_, *(c.lemma_.lower() for c in child.children if c.dep_ == "pobj"))):
            return True
    return False


def _fulfilled(noun: Token) -> bool:
    """Whether a noun of intent ("threat", "plan", "promise") is carried out by the verb over it: "followed up
    on his threat to", "carried out their threat to", "made good on its promise to", "went ahead with plans
    to" (modality_rules.csv `fulfils` rows); not when that verb is negated or refused ("did not carry out",
    "failed to make good on"), which leaves the act still to come."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == noun.i:
        return False
    rules = modality_rules()
    fulfils = rules["fulfils"]
    lemma = verb.lemma_.lower()
    extras = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "oprd", "acomp"}]
    if not any(key in fulfils for key in (lemma, *(f"{lemma} {e}" for e in extras))):
        return False
    refused = verb.dep_ == "xcomp" and rules["governs"].get(verb.head.lemma_.lower()) == "negated"
    return not refused and not any(c.dep_ == "neg" for c in verb.children)


DEMAND_NOUN = "demand_noun"  # noun_classes.csv: order, instruction, request, call, appeal, demand, plea
# the prepositions that name the one who asks or the one asked between a demand noun and its infinitive:
# "orders *from* Miraflores to free", "an appeal *to* the kidnappers to release"
DEMAND_PARTY_PREPS = frozenset({"from", "to", "of", "by"})
# what may mark the infinitive's own subject: "calls *for* the army to withdraw" is still the call's content
DEMAND_MARKS = frozenset({"for"})


def demanded_content(verb: Token) -> bool:
    """Whether a verb is the to-infinitive content of a noun of ordering or asking ("received orders to free
    them", "orders from the palace to free", "an appeal to the kidnappers to release", "calls for the army to
    withdraw"): what was asked for, neither the asker's act nor the act of the one asked (CAMEO codes the
    demand or appeal, never its content). Not "in order to free" (a purpose), nor orders carried out
    ("carried out orders to kill": done), nor an act after a comma ("rejected the demand, to avoid")."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children) or any(
            c.dep_ == "mark" and c.lower_ not in DEMAND_MARKS for c in children):
        return False
    if verb.dep_ in {"acl", "advcl"} and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        heads = [verb.head]  # "calls from the opposition to release" (hung on the noun as acl or advcl)
    elif verb.dep_ in {"advcl", "xcomp"}:
        # the parser often hangs the infinitive on the verb of which the noun is the object ("received
        # orders from the government to free")
        heads = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    else:
        return False
    return any(_demand_noun(noun, verb) for noun in heads)


def _demand_noun(noun: Token, verb: Token) -> bool:
    """Whether `noun` (or the noun a from / to / of / by phrase it is the object of hangs on) is a noun of
    ordering or asking whose content the infinitive `verb` is, with no punctuation between them."""
    if (noun.dep_ == "pobj" and noun.head.lower_ in DEMAND_PARTY_PREPS and noun.head.head.i != noun.head.i
            and noun.head.head.pos_ == "NOUN"):
        noun = noun.head.head  # "orders from Miraflores Palace to free": Palace is the orders' sender
    if noun.pos_ != "NOUN" or DEMAND_NOUN not in default_senses().classes(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lower_ == "order":
        return False  # "in order to free": a purpose, the doer's own act still to come
    between = noun.doc[noun.i + 1:verb.i]
    return not _fulfilled(noun) and not any(t.is_punct for t in between)


def _content_clause(clause: Token, lexicon: EventLexicon) -> bool:
    """A noun's content clause: a to-infinitive ("plans to visit"), a that-clause ("reports that ..."), or a
    speech participle ("reports claiming ..."); not a participle telling of the noun ("statements made
    before meeting Obama")."""
    children = list(clause.children)
    return (clause.dep_ == "ccomp" or lexicon.is_cue(clause.lemma_.lower(), "speech")
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            or any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
            or (clause.tag_ in {"VBD", "VBZ", "VBP"}
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)))


@cache
def _hunt_nouns() -> frozenset[str]:
    """The nouns of a hunt for someone (implied_doers.csv `hunt_noun`: manhunt, search, operation …)."""
    return frozenset(row["word"].lower() for row in load_table("implied_doers", ("kind", "word"))
                     if row["kind"] == "hunt_noun")


def _hunt_purpose(clause: Token, parent: Token) -> bool:
    """"a manhunt *was launched* to arrest the attackers": the parser takes the infinitive of a passive verb
    whose subject is a hunt as its complement; it is the hunt's purpose, the arrest still to be made."""
    children = list(parent.children)
    return (clause.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children)
            and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _hunt_nouns() for c in children))


def _purpose(clause: Token) -> bool:
    """"raided the house to arrest him", "in order to defend": an infinitive of purpose (its own subject
    absent), the act aimed at, not done."""
    children = list(clause.children)
    return (clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children))


def _trailing_attribution(anchor: Token, lexicon: EventLexicon) -> bool:
    """"... killed two of our workers in Karachi he added": a speech verb that ends the sentence with its own
    subject and nothing said after it attributes the sentence, even where lost punctuation made the parser
    hang it somewhere inside (as a relative clause); the events before it are reported."""
    sent = sentence_of(anchor)
    verb = next((sent[i] for i in range(len(sent) - 1, -1, -1) if not sent[i].is_punct), None)  # last word
    if verb is None:
        return False
    if verb.i <= anchor.i or not lexicon.is_cue(verb.lemma_.lower(), "speech") or verb.dep_ == "ROOT":
        return False
    children = list(verb.children)
    return (any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in children)
            and not any(t.i == anchor.i for t in verb.subtree))


def _credit_after_cut(anchor: Token, lexicon: EventLexicon) -> bool:
    """"The rebels opened fire to escape, Koraput Superintendent of Police (SP) | Ravi Verma said.", "gunmen
    opened fire at them in Block | I area of Saddar Town on May 12 reports Dawn": the parser cut the sentence
    before its end (no full stop, "?" or "!" ends it) and the piece after the cut is only the sentence's
    credit, its root a speech verb with its subject and nothing said of its own, or an inverted credit naming
    a source ("reports Dawn"): the events before the cut are reported."""
    sentences, starts = sentence_list(anchor.doc)
    index = bisect_right(starts, anchor.i) - 1
    if index + 1 >= len(sentences):
        return False
    last = next((t for t in reversed(sentences[index]) if not t.is_space), None)
    if last is None or last.text in SENTENCE_ENDS or last.is_quote:
        return False
    following = anchor.doc[last.i + 1] if last.i + 1 < len(anchor.doc) else None
    if "\n" in last.whitespace_ or (following is not None and "\n" in following.text):
        return False  # a headline or a line of its own ends at its line break, cut by no parser
    root = sentences[index + 1].root
    if not lexicon.is_cue(root.lemma_.lower(), "speech"):
        return False
    children = list(root.children)
    if _credit_object(root):
        return True  # "... on October 18 reports The News"
    # "Rahul Dev Sharma said.": a subject and the verb, nothing more (no complement, no object, no phrase)
    return (any(c.dep_ == "nsubj" and c.i < root.i for c in children)
            and all(c.dep_ in {"nsubj", "punct"} for c in children))


def _inverted_attribution(anchor: Token, lexicon: EventLexicon) -> bool:
    """"... seizing 180 kilos of cocaine, reported El Comercio", "... on April 26 reports Dawn": a finite
    speech verb after the event, with no subject before it and a name right after it (the source, inverted),
    credits what precedes it to that source."""
    sent = sentence_of(anchor)
    # the credit follows within CREDIT_REACH words: a run-on sentence is not read to its end for every event
    following = sent.doc[anchor.i + 1:min(sent.end, anchor.i + 1 + CREDIT_REACH)]
    for verb in (t for t in following if t.tag_ in {"VBD", "VBZ"} or _credit_noun(t, lexicon)):
        if not lexicon.is_cue(verb.lemma_.lower(), "speech"):
            continue
        if (any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < verb.i for c in verb.children)
                and not _credit_object(verb)):
            continue  # "the police said": a subject before the verb, an ordinary clause
        before = next((t for t in reversed(sent[:verb.i - sent.start]) if not t.is_punct), None)
        if before is not None and before.pos_ == "CCONJ":
            continue  # "arrested the mayor and said ...": the subject is shared, not inverted
        after = [t for t in sent[verb.i - sent.start + 1:verb.i - sent.start + 4] if not t.is_punct]
        names = [t for t in after if t.pos_ == "PROPN"]
        lead = after[:after.index(names[0]) + 1] if names else []
        if lead and all(t.pos_ in {"PROPN", "DET", "ADJ", "NOUN"} for t in lead):
            return True
    return False


def _credit_noun(word: Token, lexicon: EventLexicon) -> bool:
    """"... shot at his leg and later released *reports* Daily Excelsior Kifayat was admitted": in a run-on
    report with its punctuation lost, the parser takes the inverted credit's verb for a plural noun, the
    object of the word before it. Such a bare noun (no determiner or modifier of its own: not "local
    reports", "the reports") of a crediting word followed by a name (`_credit_object`) is the credit, unless
    the word it hangs on takes reports as what it says or denies ("denied reports Iran had fired")."""
    if word.tag_ != "NNS" or any(c.dep_ in NOUN_MODIFIER_DEPS for c in word.children):
        return False
    before = next((t for t in reversed(word.doc[max(0, word.i - 2):word.i]) if not t.is_punct), None)
    if before is None or before.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"}:
        return False
    head = word.head.lemma_.lower()
    rules = modality_rules()
    if any(head in rules[link] for link in ("governs", "object", "content")) or any(
            lexicon.is_cue(head, cue) for cue in ("deny", "speech")):
        return False
    return _credit_object(word)


def _closing_according(anchor: Token) -> bool:
    """"Gang members set fire to mattresses and beheaded 16 prisoners, *according to local reports*.": an
    "according to" phrase set off by a comma that closes its sentence credits every event told before it,
    wherever the parser hung it (on the last conjunct, on an object); one inside the sentence is read where
    it hangs (`_attributed_here`)."""
    sent = sentence_of(anchor)
    doc = anchor.doc
    for tok in doc[anchor.i + 1:sent.end - 1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to" or doc[tok.i - 1].text not in SET_OFF:
            continue
        end = max(t.i for t in tok.subtree)
        # a sentence end the parser ran over ('... "Agamemnon II." The phase ..., according to X') ends it
        if (end > tok.i + 1 and all(t.is_punct for t in doc[end + 1:sent.end])
                and not _sentence_end_between(anchor, tok)):
            return True
    return False


def _inverted_speaker(verb: Token) -> bool:
    """"..., reported La Prensa, though Spain has offered aid": a finite speech verb whose only subject is a
    name after it (or a name the parser made its object, `_credit_object`) is a credit set into the sentence,
    which covers every clause the parser hung on it."""
    if verb.tag_ not in {"VBD", "VBZ"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects:
        return _credit_object(verb)
    return all(s.i > verb.i and s.pos_ == "PROPN" for s in subjects)


def _quoted(anchor: Token, lexicon: EventLexicon) -> bool:
    """An event inside a quotation that a speech verb right after its closing quote credits, where the quote
    runs over several sentences (""Rodriguez was summoned ... Officials requested ... ,"" the deputy told
    reporters): the sentences before the one with the speech verb are the speaker's words too. Quote marks
    are counted from the paragraph's start; a run of them ('""') is one mark."""
    doc = anchor.doc
    start = anchor.i
    while start > 0 and anchor.i - start < QUOTE_REACH and "\n" not in doc[start - 1].whitespace_ \
            and not doc[start - 1].is_space:
        start -= 1
    marks = _quote_runs(doc[start:anchor.i])
    if len(marks) % 2 == 0:
        return False  # not inside a quotation
    end = min(len(doc), anchor.i + QUOTE_REACH)
    for i in range(anchor.i + 1, end):
        tok = doc[i]
        if tok.is_space or "\n" in tok.whitespace_:
            return False
        if tok.is_quote:
            after = [t for t in doc[i + 1:min(end, i + QUOTE_CREDIT)] if not t.is_punct]
            return any(t.pos_ == "VERB" and lexicon.is_cue(t.lemma_.lower(), "speech") for t in after)
    return False


def _quote_runs(span: Span) -> list[int]:
    """Where each run of quote marks in `span` begins."""
    return [t.i for t in span if t.is_quote and (t.i == span.start or not t.doc[t.i - 1].is_quote)]


def _headline_credit(anchor: Token) -> bool:
    """"US Investigating Criminal Ties of Honduras Elites: Report": a headline whose last word, right after a
    colon, is a source (modality_rules.csv `credit` rows) credits what comes before the colon. The parser may
    make the credit a sentence of its own, so the words after the event are read up to the line's end."""
    doc = anchor.doc
    credit = modality_rules()["credit"]
    end = min(len(doc), anchor.i + 1 + CREDIT_REACH)
    for i in range(anchor.i + 1, end):
        tok = doc[i]
        if tok.is_space or "\n" in tok.whitespace_ or tok.text in {".", "?", "!"}:
            return False  # the headline's line ended without a credit
        if tok.text != ":" or i + 1 >= len(doc):
            continue
        last = doc[i + 1]
        closing = i + 2 >= len(doc) or doc[i + 2].is_space or "\n" in last.whitespace_ or (
            doc[i + 2].is_punct and doc[i + 2].text not in {",", ":", ";"})
        names = (last.lemma_.lower(), last.lower_, last.lower_.rstrip("s"))
        return closing and any(credit.get(w) == "reported" for w in names)
    return False


def _past_habit(verb: Token, lexicon: EventLexicon) -> bool:
    """"A network of Guatemalans would extort victims through phone calls, the report says": "would" telling a
    past habit, not a future in the past: the clause is what a speech verb in the present tense says (no past
    speech the "would" could look ahead from) or has a habitual adverb ("would often raid the village"), and
    no condition ("if", "unless") is in its sentence."""
    sentence = sentence_of(verb)
    if any(t.dep_ == "mark" and lexicon.is_cue(t.lower_, "condition") for t in sentence):
        return False
    senses = default_senses()
    if any(HABIT in senses.classes(c) for c in verb.children if c.dep_ in {"advmod", "npadvmod"}):
        return True
    speech = verb.head if verb.dep_ in {"ccomp", "parataxis"} else None
    return (speech is not None and lexicon.is_cue(speech.lemma_.lower(), "speech")
            and speech.tag_ in {"VBZ", "VBP"})


def _headline_infinitive(verb: Token) -> bool:
    """"Port Union And Employers *To Meet*", "Japan To *Resume* Talks With U.S.": a headline tells a plan with
    a bare to-infinitive; the infinitive governs nothing above it (the parser makes it the root, or hangs it
    on the subject noun) and its sentence has no finite verb, so no clause says what the plan is part of."""
    verbal = {"VERB", "AUX"}
    if verb.pos_ not in verbal or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.head.i != verb.i and (verb.dep_ not in HEADLINE_INFINITIVE_DEPS or verb.head.pos_ in verbal):
        return False
    return not any(t.tag_ in FINITE_TAGS and not _subordinate_finite(t) for t in sentence_of(verb))


def _subordinate_finite(finite: Token) -> bool:
    """A finite verb (or its modal) whose clause opens with a subordinator: "Official To Visit Japan *As*
    Trade Row Grows" (the parser may make the as-clause the root); such a clause says when or why, not what
    the headline's plan is part of. The parser may also hang such a clause on the subordinator as the object
    of a preposition ("As" prep, "Widens" pobj)."""
    clause = finite.head if finite.tag_ == "MD" else finite
    return clause.dep_ in {"pobj", "pcomp"} or any(c.dep_ == "mark" for c in clause.children)


def _credit_object(verb: Token) -> bool:
    """"12 militants killed in air strikes on December 4 reports The News": a crediting verb
    (modality_rules.csv `credit` rows: "report") followed by a name, not a date, with no that-clause and its
    subject not right before it: the paper credited, inverted, even where lost punctuation made the parser
    take the words before it as its subject (no news sentence says that someone reports a newspaper)."""
    if modality_rules()["credit"].get(verb.lemma_.lower()) != "reported":
        return False
    # its own that-clause ("reports that the army shelled"), not one of a source after it that the parser hung
    # under it in a run-on report ("... on May 3 reports Dawn Officials said that the gunmen fled ...")
    if any(c.dep_ == "mark" and c.lower_ == "that" for k in (verb, *verb.children) for c in k.children):
        return False
    after = next((t for t in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 3)]
                  if not t.is_punct and t.pos_ != "DET"), None)
    if after is None or after.pos_ != "PROPN" or after.ent_type_ in {"DATE", "TIME"}:
        return False
    # "the ministry reports Pakistan's exports rose": a subject right before the verb is its real subject
    before = next((t for t in reversed(verb.doc[max(0, verb.i - 2):verb.i]) if not t.is_punct), None)
    return before is not None and before.dep_ not in {"nsubj", "nsubjpass"}


def _sentence_end_between(first: Token, last: Token) -> bool:
    """A full stop, "?" or "!" followed by a closing quote and a capitalised word, between `first` and a
    later `last`: a sentence end inside what the parser took as one sentence."""
    doc = first.doc
    for i in range(first.i + 1, last.i - 1):
        if doc[i].text in {".", "?", "!"} and doc[i + 1].is_quote:
            rest = next((t for t in doc[i + 1:last.i + 1] if not t.is_quote and not t.is_punct), None)
            if rest is not None and rest.is_title:
                return True
    return False


def _inverted_condition(verb: Token) -> bool:
    """"should he choose to cooperate", "had they known", "were the rebels to attack": an auxiliary before its
    clause's subject, in a clause that is no question, makes a condition without "if"."""
    sent = sentence_of(verb)
    if sent.text.rstrip().endswith("?"):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return bool(subjects) and any(
        c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) and c.lower_ in INVERTED_CONDITION
        for c in verb.children)


def _polar_question(verb: Token) -> bool:
    """"Has the government boycotted the truce?", "Will the army withdraw?": an auxiliary before its clause's
    subject in a clause ending with "?" asks whether the act happens; the writer asserts nothing. A
    wh-question ("why did Colombia expel ...") takes its act as given and is left alone."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    auxes = [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not subjects or not auxes or min(auxes) > min(subjects):
        return False
    tail = [t for t in verb.subtree if not t.is_quote]
    doc = verb.doc
    after = doc[tail[-1].i + 1] if tail[-1].i + 1 < len(doc) else None
    if tail[-1].text != "?" and (after is None or after.text != "?"):
        return False
    return not any(t.tag_ in WH_TAGS for t in doc[verb.left_edge.i:min(auxes)])


def _alleged_doer(verb: Token) -> bool:
    """"killed by *alleged* gang operatives", "*alleged* rebels ambushed the convoy", "the raid by *purported*
    cartel gunmen": the act's doer (the subject of an active verb, the by-phrase of a passive one or of an
    event noun) is described as alleged (modality_rules.csv `doer` rows), so the act is told on someone
    else's word, as "allegedly killed" is. "Suspected militants" is no such row: strict coders read it as
    the writer's own account of who did it."""
    doer_words = modality_rules()["doer"]
    doers = [c for c in verb.children if c.dep_ == "nsubj" and verb.pos_ in {"VERB", "AUX"}]
    # the parser may make a passive's by-phrase a plain prep when words come between ("shot dead near X by Y")
    by_doer = verb.pos_ == "NOUN" or any(c.dep_ == "auxpass" for c in verb.children)
    doers += [g for c in verb.children
              if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and by_doer)
              for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "amod" and doer_words.get(c.lower_) == "reported"
               for d in doers for c in d.children)


# Deals a word of provisional agreement can make only planned: signing, sale, acquisition (CAMEO 057, 06x).
PROVISIONAL_DEAL_CODES = ("057", "06")
PROVISIONAL_PREPS = {"in", "of"}  # "agreed *in* principle", "a letter *of* intent"


def provisional_deal(anchor: Token, cameo: str) -> bool:
    """Whether a deal (057 sign, 06x cooperate materially) is told as only provisional, so the deal itself is
    still to come (intended): "agreed *in principle* to sell", "signed a letter *of intent* to acquire",
    "entered into a *tentative* agreement", "*tentatively* agreed" (modality_rules.csv `provisional`), said
    of the event word, its object or the object of its "into"."""
    if not cameo.startswith(PROVISIONAL_DEAL_CODES):
        return False
    words = modality_rules()["provisional"]
    heads = [anchor, *(c for c in anchor.children if c.dep_ == "dobj"),
             *(o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "into"
               for o in p.children if o.dep_ == "pobj")]
    for head in heads:
        for child in head.children:
            if child.dep_ in {"amod", "advmod"} and child.lower_ in words:
                return True
            if child.dep_ == "prep" and child.lower_ in PROVISIONAL_PREPS and any(
                    o.dep_ == "pobj" and o.lower_ in words for o in child.children):
                return True
    return False


def relayed(anchor: Token, lexicon: EventLexicon) -> bool:
    """Whether the event's sentence is credited as a whole to a source set apart from the narrative: an
    inverted credit ("... on January 9, *reports The Hindu*", "..., *reported El Comercio*"), a credit cut off
    by the parser ("... said."), or an "according to" closing the sentence or hung on its main clause
    ("*According to sources*, an exchange of fire took place"). A piece that opens so relays that source's
    account, and what it tells next of the same happening is told on the same word (merge.py); a speaker's
    own clause ("Sisi said that Netanyahu had criticized Hamas") is not a relay."""
    root = sentence_of(anchor).root
    return (_inverted_attribution(anchor, lexicon) or _credit_after_cut(anchor, lexicon)
            or _closing_according(anchor)
            or any(according_prep(c) for c in root.children)
            or _outlet_reports(root, anchor))


def _outlet_reports(root: Token, anchor: Token) -> bool:
    """"*Kanglaonline reports that* PLA militants attacked ...", "*The Telegraph reports that* four persons
    were injured": a sentence whose main verb is a present "reports" with a named subject, the event in its
    that-clause, is an outlet's account relayed, as an inverted "..., reports Dawn" is (a speaker's own words
    are "said")."""
    return (root.lemma_.lower() in noun_class_words("outlet_verb") and root.tag_ in {"VBZ", "VBP"}
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in root.children)
            and any(c.dep_ == "ccomp" and c.left_edge.i <= anchor.i <= c.right_edge.i for c in root.children))


def read_modality(anchor: Token, lexicon: EventLexicon, cameo: str | None = None) -> str:
    """The modality of the event anchored at `anchor` (see the module docstring); `cameo`, the code of the
    trigger row that matched, when known: a pledge's act is read by that row's code alone, not by the other
    senses of its word ("said it will seek an injunction" is a suit to come, though "seek" has readings a
    pledge codes as 03x)."""
    if threatened_violence(anchor):
        # "the gang said it would kill them" is a threat (138) made as it is spoken: the speech's modality
        return read_modality(anchor.head, lexicon)
    codes = [r.cameo for r in lexicon.rules.get((anchor.lemma_.lower(), "VERB")) or []]
    nouns = [r.cameo for r in lexicon.rules.get((anchor.lemma_.lower(), "NOUN")) or []]
    speaker = threat_speaker(anchor, codes + nouns)
    if speaker is not None:  # "would buy elsewhere unless they relented": a threat (13x), made when spoken
        return read_modality(speaker, lexicon)
    held = [r.cameo for c in anchor.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
            for r in lexicon.rules.get((c.lemma_.lower(), "NOUN")) or []]
    if held and lexicon.is_cue(anchor.lemma_.lower(), "light"):
        # "have agreed to hold *talks*": the nominal event a light verb holds is what is pledged, coded as the
        # pledge (03x) as "agreed to meet" is; the light verb's own senses ("held hostage") are not the act
        codes = held
    if expressed_intent(anchor, [cameo] if cameo is not None else codes):
        # "Israel vowed to cooperate with Egypt" is coded as the vow (CAMEO 03x), made when it is spoken
        return read_modality(anchor.head, lexicon)
    attributed = (_trailing_attribution(anchor, lexicon) or _inverted_attribution(anchor, lexicon)
                  or _headline_credit(anchor) or _quoted(anchor, lexicon) or _closing_according(anchor)
                  or _credit_after_cut(anchor, lexicon))
    found: set[str] = {"reported"} if attributed else set()
    node = anchor
    local = True  # still in the clauses whose modality the event takes; off once an edge presupposes it
    inherit_aux = True
    direct = True  # the walk has only passed conjuncts and infinitive complements of the event's verb
    for _ in range(MAX_DEPTH):
        if _attributed_here(node, lexicon, anchor):
            found.add("reported")
        if local:
            found |= _rule_modalities(node, lexicon, aux=inherit_aux)
            for child in node.children if inherit_aux else ():
                if (child.dep_ in {"aux", "auxpass"} and lexicon.is_cue(child.lower_, "future")
                        and not (child.lower_ == "would" and _past_habit(node, lexicon))):
                    found.add("intended")
                if (child.dep_ == "aux" and lexicon.is_cue(child.lower_, "hedge")
                        and not _hedged_motive(node)):
                    found.add("hypothetical")
            for child in node.children:
                if child.dep_ == "mark" and lexicon.is_cue(child.lower_, "condition"):
                    found.add("hypothetical")
            if _inverted_condition(node) or _polar_question(node):
                found.add("hypothetical")
            if _headline_infinitive(node):
                found.add("intended")
            if node.i in {anchor.i, _carrier(anchor)} and _scheduled_present(node, lexicon):
                found.add("intended")
            if direct and _alleged_doer(node):
                found.add("reported")
        parent = node.head
        if parent.i == node.i:  # the root (spaCy makes a new Token object per access)
            break
        edge = _edge_modalities(node, parent, anchor, lexicon, direct)
        direct = direct and node.dep_ in {"conj", "xcomp"}
        found |= edge if local else edge & {"reported"}
        if local and _presupposes(node, parent, lexicon):
            local = False
        # "arrested five men and will question them": a conjunct with its own tense keeps it, not the
        # first conjunct's auxiliaries (its adverbs, "allegedly", cover the shared subject's both acts)
        inherit_aux = not (node.dep_ == "conj" and (node.tag_ in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ in {"aux", "auxpass"} for c in node.children)))
        node = parent
    return next(m for m in MODALITIES if m in found or m == "asserted")
