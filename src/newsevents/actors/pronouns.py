"""Which entity a subject pronoun stands for, so that "He said …", "It agreed …", "Iran said it would …" and
"Soares, who returns from a visit to Brazil" have a source. A small, cautious reading — not full
coreference: only subjects, only antecedents of the right kind, nearby, and none when two would fit.

1. "X said it/he/they would …": the pronoun subject of a speech verb's complement is the speaker (never one
   person for "they": "SP Singh said they opened fire").
2. "X, who/which …": a relative pronoun is the noun its clause hangs on.
3. "he"/"she": the one person who is the subject of the previous sentence or, failing that, the last person
   named in this or the previous sentence when only one was; "it": likewise for an organisation; "they"
   opening its clause: the one group the previous sentence's plural main subject names.
4. "the company", "the firm", "the group", "the bank" (a bare definite description, subject or object): the
   organisation of that kind found the same way, never the other party of its own clause ("Texaco sued
   Pennzoil. It accused the company of fraud": Pennzoil).
5. A news credit ("..., reports The Times of India", "on July 2 reported Dawn") names who told the story:
   it is never an antecedent (nor, in events/arguments.py, a party).
6. A person pronoun agrees in sex with its antecedent where the text says which the person is: a title
   before a mention ("Ms. Escobedo", "Mr. Ali") or a pronoun already read as that person; "him" is never
   "Ms. Escobedo" (`person_genders`, `agrees`).
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..extensions import sentence_list, sentence_of, token_list, tokens_of_words
from ..model import Entity
from ..resources import load_table

CREDITS_KEY = "newsevents_news_credits"  # Doc.user_data: token indices of news credits
PERSONAL = {"he", "she"}
NEUTER = {"it"}
PLURAL = {"they"}
OWNER_PRONOUNS = {"its", "their"}
POSSESSIVE_PERSONAL = {"his", "her"}
OBJECT_PERSONAL = {"him", "her"}  # a group's own: "its fighters", "their men"
# The sex a person pronoun says its antecedent is ("her" both object and possessive).
PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m",
               "she": "f", "her": "f", "hers": "f", "herself": "f"}
# What "they" may stand for: a group, never a place or a single person ("Two JMB militants ... confessed.
# They also said": the JMB); a nationality word names a group of people.
GROUP_TYPES = {"ORG", "NORP"}
RELATIVE = {"who", "which", "that"}
SPEECH = {"say", "tell", "announce", "add", "state", "report", "confirm", "claim", "warn", "insist", "write"}
# "It is expected", "it appears", "it rained": an empty subject, nobody.
EMPTY_IT_VERBS = {"be", "appear", "seem", "remain", "look", "mean", "matter", "take", "rain", "become",
                  "happen"}
ORG_TYPES = {"ORG"}
# An armed group referred back to as "the outfit" is one named in its own sentence or the two before.
ARMED_WINDOW = 2
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "CRM"})
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # never "the group" nearby


@cache
def descriptions() -> dict[str, str]:
    """Bare definite descriptions of an organisation -> the words one of its name must contain ("" = any),
    from `party_words.csv` (set description). "the bank" is a bank ("Chase Manhattan Bank", "the
    Bundesbank"), "the company" any business; "the group" is often an unnamed investor group, so only an
    organisation called a group."""
    return {row["word"].lower(): row["value"] for row in load_table("party_words", ("set", "word", "value"))
            if row["set"] == "description"}

# Codes a business description cannot stand for: "the company" is not a government or an army.
NOT_BUSINESS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "REB", "UAF", "INS"})
DESCRIPTION_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"}
CREDIT_WORDS = {"reports", "reported"}
CREDIT_LINKS = {"the", "of", "and", "&"}  # inside a newspaper's name: "The Times of India"
CREDIT_MAX = 6  # words in a newspaper's name
CREDIT_MARKS = {",", "—", "–", "--", "-"}  # what sets a bare credit off: "..., The Hindu.", "— Dawn"
# Where an unpunctuated next sentence begins after the name ("reports Daily Excelsior Police said ...",
# "reports The Telegraph The deceased was ..."): a second "The", a plural noun, a verb, or these words.
CREDIT_STOPS = {"police", "army", "security", "officials", "sources", "troops", "militants", "government"}


def resolve_pronouns(doc: Doc, entities: list[Entity], mention_entity: dict[int, str]) -> dict[int, str]:
    """Token index of each resolved subject pronoun -> the id of the entity it stands for."""
    kind_of = {e.id: e.type for e in entities}
    by_id = {e.id: e for e in entities}
    sentences = sentence_list(doc)[0]
    sentence_of = {i: n for n, sent in enumerate(sentences) for i in range(sent.start, sent.end)}
    credits = news_credits(doc)
    mention_entity = {i: eid for i, eid in mention_entity.items() if i not in credits}
    genders = person_genders(doc, mention_entity)
    coded_groups = {e.id for e in entities if e.type in GROUP_TYPES and e.actor is not None and e.actor.code}
    out: dict[int, str] = {}
    for tok in _pronoun_candidates(doc):
        low = tok.lower_
        if tok.i in mention_entity or tok.i in credits:
            continue
        armed = _armed_antecedent(tok, sentences, sentence_of[tok.i], by_id, mention_entity)
        if armed is not None:
            out[tok.i] = armed
            continue
        if _bare_description(tok):
            fits = {i for i, e in by_id.items() if e.type in ORG_TYPES and _fits(tok, e)}
            found = _nearby(tok, sentences, sentence_of[tok.i], mention_entity, kind_of, ORG_TYPES, fits,
                            _clause_parties(tok, {**mention_entity, **out}))
            if found is not None:
                out[tok.i] = found
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass"} or extraposed_it(tok):
            continue
        eid = None
        if low in RELATIVE and tok.head.dep_ == "relcl":
            eid = mention_entity.get(tok.head.head.i)
        elif low in PERSONAL | NEUTER | PLURAL:
            eid = _outer_same(tok, out) or _speaker(tok, mention_entity, kind_of)
            if eid is not None and not agrees(low, eid, genders):  # "Ms. Ruiz said he would": another man
                eid = None
            if eid is None and low in PLURAL:
                eid = _governing_subject(tok, mention_entity, coded_groups) \
                    or _group_subject(tok, sentences, sentence_of[tok.i], mention_entity, kind_of, credits,
                                      coded_groups) \
                    or _credited_clause_subject(tok, mention_entity, by_id, credits)
            if eid is None and low in PERSONAL:
                known = {**mention_entity, **out}  # "he ... He": a pronoun read already is its person
                people = {e for e, kind in kind_of.items() if kind == "PERSON" and agrees(low, e, genders)} \
                    - _not_people(doc, known)
                eid = _person_subject(tok, sentences, sentence_of[tok.i], known, people)
            elif eid is None and low in NEUTER and not _empty_it(tok):
                # "The company also said it would ... It criticised": a description or pronoun read already
                # as its organisation is that organisation's mention, as a subject antecedent too
                eid = _nearby(tok, sentences, sentence_of[tok.i], {**mention_entity, **out}, kind_of,
                              ORG_TYPES)
        if eid is not None:
            out[tok.i] = eid
    return out


def _pronoun_candidates(doc: Doc) -> list[Token]:
    """The words `resolve_pronouns` can read, in text order: the pronouns it resolves and the nouns of a bare
    description ("the company", "the outfit"). Found from the word and lemma arrays: building a Token for
    every word of the article costs more than the reading."""
    pronouns = _pronoun_ids()  # the words' ids: no string is read for a word that is none of them
    nouns = descriptions().keys() | _armed_descriptions()
    strings = doc.vocab.strings
    forms = doc.to_array([LOWER, LEMMA]).tolist()
    lemma_fits: dict[int, bool] = {}
    tokens = token_list(doc)
    found = []
    for i, (lower, lemma) in enumerate(forms):
        if lemma not in lemma_fits:
            lemma_fits[lemma] = strings[lemma].lower() in nouns
        if lemma_fits[lemma] or lower in pronouns:
            found.append(tokens[i])
    return found


@cache
def _pronoun_ids() -> frozenset[int]:
    """The string ids (spaCy's hashes, as in the LOWER array) of the pronouns `resolve_pronouns` reads."""
    return frozenset(get_string_id(word) for word in RELATIVE | PERSONAL | NEUTER | PLURAL)


@cache
def _sex_titles() -> dict[str, str]:
    """Titles that say a person's sex: "ms", "mrs" -> "f", "mr" -> "m" (`party_words.csv` sets female_title,
    male_title; written without the full stop)."""
    from ..events.party_words import words  # the party word table; imported here to keep actors light

    return {**{w: "f" for w in words("female_title")}, **{w: "m" for w in words("male_title")}}


def person_genders(doc: Doc, mention_entity: dict[int, str]) -> dict[str, str]:
    """Entity id -> "f" or "m" where the text says which: a title before or in one of its mentions ("Ms.
    Escobedo"), or a pronoun already read as it ("she" -> X). An entity told both ways is left out: the
    evidence disagrees, so nothing is ruled out."""
    titles = _sex_titles()
    told: dict[str, set[str]] = {}
    for i, eid in mention_entity.items():
        tok = doc[i]
        sex = PRONOUN_SEX.get(tok.lower_) if tok.pos_ == "PRON" else _title_sex(tok, titles)
        if sex is None and i > 0 and mention_entity.get(i - 1) != eid:  # the title just before the name
            sex = _title_sex(doc[i - 1], titles)
        if sex is not None:
            told.setdefault(eid, set()).add(sex)
    return {eid: next(iter(sexes)) for eid, sexes in told.items() if len(sexes) == 1}


def _title_sex(tok: Token, titles: dict[str, str]) -> str | None:
    """The sex a capitalised title says ("Mrs." f); None for any other word ("did not miss Smith")."""
    return titles.get(tok.lower_.rstrip(".")) if tok.text[:1].isupper() else None


def agrees(pronoun: str, eid: str, genders: dict[str, str]) -> bool:
    """Whether a person pronoun ("him", "she") may stand for the entity: unless the text says it is of the
    other sex. Any other word agrees with anyone."""
    sex = PRONOUN_SEX.get(pronoun.lower())
    return sex is None or genders.get(eid, sex) == sex


def _not_people(doc: Doc, mention_entity: dict[int, str]) -> set[str]:
    """Entities the text refers to with "which" ("Alba Petroleos, which receives funds"): whatever the NER
    typed them, they are no person, so never "he" or "she"."""
    whiches = tokens_of_words(doc, LOWER, ("which",))  # only the tokens that are "which" are built
    return {eid for tok in whiches if tok.head.dep_ == "relcl"
            and (eid := mention_entity.get(tok.head.head.i)) is not None}


def _person_subject(tok: Token, sentences: list, index: int, mention_entity: dict[int, str],
                    people: set[str]) -> str | None:
    """"he"/"she": the nearest person that is a subject before it. Earlier in its own sentence first ("Bush
    met Fahd before he left"); else the previous sentence's main subject ("Abdullah called on Reagan. He
    will also meet Whitehead": Abdullah, not the last name); else the one person subject of the previous
    sentence. Two persons that fit as well leave it unread; with no subject at all, the one person named
    in this or the previous sentence."""
    def subjects(tokens: list[Token]) -> list[str]:
        found: list[str] = []
        for t in tokens:
            eid = mention_entity.get(t.i)
            # "His brother, Mario Zelaya, was arrested": a name in apposition to the subject is it
            subject = t.dep_ in {"nsubj", "nsubjpass"} or (
                t.dep_ == "appos" and t.head.dep_ in {"nsubj", "nsubjpass"})
            if subject and eid in people and eid not in found:
                found.append(eid)
        return found

    sentence = sentences[index]
    here = subjects([t for t in sentence if t.i < tok.i])
    if here:
        return here[0] if len(here) == 1 else None
    if index > 0:
        previous = list(sentences[index - 1])
        main = subjects([t for t in previous if t.head.dep_ == "ROOT" or t.head.i == t.i
                         or (t.dep_ == "appos" and t.head.head.dep_ == "ROOT")])
        if len(main) == 1:
            return main[0]
        anywhere = subjects(previous)
        if anywhere:
            return anywhere[0] if len(anywhere) == 1 else None
    start = sentences[index - 1].start if index > 0 else sentence.start
    named = {mention_entity[i] for i in range(start, tok.i) if mention_entity.get(i) in people}
    return named.pop() if len(named) == 1 else None


def _group_subject(tok: Token, sentences: list, index: int, mention_entity: dict[int, str],
                   kind_of: dict[str, str], credits: set[int], coded: set[str]) -> str | None:
    """"Two JMB militants, A and B, confessed to the bombing. They also said ...": a "they" that opens its
    clause stands for the plural main subject of the previous sentence (a plural noun, a number above one,
    or names joined by "and") when that subject names a group and the sentence names no other group
    ("two JMB militants": the JMB; "Police arrested two JMB militants. They ...": either, so none); none
    too when its own sentence has a subject before the pronoun. A news credit ("..., reports The Daily
    Star") is not the main clause: the clause it reports is; nor is a speech verb's ("The villagers said a
    group of armed Maoists stormed the village. They then ...": `_told_subject`)."""
    if index == 0 or any(t.dep_ in {"nsubj", "nsubjpass"} and t.i < tok.i for t in sentences[index]):
        return None
    previous = sentences[index - 1]
    roots = [t for t in previous if t.dep_ == "ROOT"]
    if any(c.i in credits for r in roots for c in r.children if c.dep_ == "nsubj"):
        roots = [c for r in roots for c in r.children if c.dep_ == "ccomp"]  # "X confessed ..., reports Y"
    told = told_clause(roots)
    if told is not None:
        return _told_subject(told, mention_entity, coded)
    main = [c for r in roots for c in r.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "Two ULFA militants confessed to ...": the parser may make the subject the root, its verb a clause on it
    main = main or [r for r in roots if r.pos_ in {"NOUN", "PROPN"}
                    and any(c.dep_ == "acl" for c in r.children)]
    if len(main) != 1 or not _plural(main[0]):
        return None
    groups = {eid for t in previous if t.i not in credits and (eid := mention_entity.get(t.i)) is not None
              and kind_of.get(eid) in GROUP_TYPES}
    named = {eid for t in main[0].subtree if (eid := mention_entity.get(t.i)) in groups}
    return named.pop() if len(groups) == 1 and len(named) == 1 else None


# Links by which a clause hangs on the clause it tells more of ("were patrolling when they were attacked",
# "raided the village on March 11, when they were attacked", "fighting the police, who they accuse of ...").
EMBEDDED_LINKS = frozenset({"advcl", "relcl", "prep", "pobj", "acomp", "dobj", "attr", "npadvmod", "conj"})
# Arguments of the governing clause a plural "they" might stand for instead of its subject.
RIVAL_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd", "nsubjpass", "appos", "conj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "conj", "appos"})  # what the clause acts on
PLURAL_OBJECTS = frozenset({"them", "us"})


def _governing_subject(tok: Token, mention_entity: dict[int, str], coded: set[str]) -> str | None:
    """"Security personnel were patrolling near the track when they were attacked by miscreants", "The SFs
    raided the village on March 11, when they were attacked", "The vigilantes are fighting the police, who
    they accuse of corruption": a "they" subject of a clause that hangs on another clause of its sentence
    (adverbial or relative, not reported speech: `_speaker`) stands for that clause's plural subject when
    the subject names one coded group and the clause names no other party "they" could be — "Police
    arrested the militants when they tried to flee" leaves it unread (the militants fled), and so does
    any plural the clause acts on, a party or not ("threatened them with death when they refused"). The noun a
    relative clause describes is never its "they" (it fills the clause's gap: "who they accuse")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = tok.head
    described: Token | None = None
    link = clause
    while link.dep_ in EMBEDDED_LINKS and link.head.i != link.i:
        if link.dep_ == "relcl":
            described = link.head
        link = link.head
        subjects = [c for c in link.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if link.pos_ in {"VERB", "AUX"} and subjects:
            break
    else:
        return None
    if link is clause or len(subjects) != 1 or not _plural(subjects[0]) or subjects[0].lower_ in PLURAL:
        return None
    subject = subjects[0]
    # the subject's own word names the group: "the workers' passports" are not the workers
    named = {eid} if (eid := mention_entity.get(subject.i)) in coded else set()
    # "The MS13 and Barrio 18 street gangs ... that they have maintained": a subject naming two groups is
    # both, which one entity cannot stand for
    if not named or any(mention_entity.get(t.i, eid) != eid and mention_entity.get(t.i) in coded
                        for t in subject.subtree):
        return None
    own = {t.i for t in subject.subtree} | {t.i for t in clause.subtree}
    if described is not None:  # the described noun and every word of the entity it is read as
        own |= {t.i for t in described.sent if mention_entity.get(t.i, "") == mention_entity.get(described.i)}
        own.add(described.i)
    # any other group the clause does something to or with ("the police", "five Maoists") may be "they", and
    # so may any plural it acts on, read as a party or not ("arrested four Bolivian nationals as they
    # transferred", "had threatened them with death when they refused")
    rivals = [t for t in link.subtree if t.i not in own and t.dep_ in RIVAL_DEPS
              and mention_entity.get(t.i) not in named
              and ((eid := mention_entity.get(t.i)) in coded or (eid is not None and _plural_word(t))
                   or (t.dep_ in OBJECT_DEPS and (_plural(t) or t.lower_ in PLURAL_OBJECTS)))]
    # "Two troopers were killed when Maoists triggered a blast, when they were on their way": a clause over
    # the governing one with a subject of its own that is plural or a group may be "they" as well
    outer = [c for a in link.ancestors if a.pos_ in {"VERB", "AUX"} for c in a.children
             if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in own and mention_entity.get(c.i) not in named
             and (_plural(c) or mention_entity.get(c.i) in coded)]
    return None if rivals or outer else named.pop()


def told_clause(roots: list[Token]) -> Token | None:
    """The one clause a speech verb at the root reports, when a noun is its subject ("The villagers said
    a group of Maoists stormed ..."); None otherwise ("Police said they arrested ...": the teller is it)."""
    told = [c for r in roots if r.lemma_.lower() in SPEECH for c in r.children if c.dep_ == "ccomp"
            and any(s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ in {"NOUN", "PROPN"} for s in c.children)]
    return told[0] if len(roots) == 1 and len(told) == 1 else None


def _told_subject(told: Token, mention_entity: dict[int, str], coded: set[str]) -> str | None:
    """The group a plural subject of a reported clause names, when that clause names no other coded group
    (who tells it is outside the clause, and a village name no table codes is no rival)."""
    main = [c for c in told.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(main) != 1 or not _plural(main[0]):
        return None
    groups = {eid for t in told.subtree if (eid := mention_entity.get(t.i)) in coded}
    named = {eid for t in main[0].subtree if (eid := mention_entity.get(t.i)) in groups}
    return named.pop() if len(groups) == 1 and len(named) == 1 else None


def _credited_clause_subject(tok: Token, mention_entity: dict[int, str], by_id: dict[str, Entity],
                             credits: set[int]) -> str | None:
    """"Maoists torched four trucks on January 27 reports Telangana Today They also abducted two workers"
    (SATP text, its full stops lost): a "they" that opens the clause after a news credit stands for the plural
    subject of the clause the credit follows, as `_group_subject` reads it across a full stop: that subject
    names one coded group, and that clause no other (a name no table codes, often a village the recogniser
    typed an organisation, is no rival)."""
    verb = tok.head
    credit = verb.head
    if verb.dep_ != "ccomp" or credit is verb or credit.lower_ not in CREDIT_WORDS or credit.i > tok.i \
            or not any(i in credits for i in range(credit.i + 1, tok.i)) \
            or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i for c in verb.children if c is not tok):
        return None
    before = [c for c in credit.children if c.dep_ == "ccomp" and c.i < credit.i]
    main = [s for c in before for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if len(before) != 1 or len(main) != 1 or not _plural(main[0]):
        return None
    clause = before[0].subtree
    groups = {eid for t in clause if t.i not in credits and (eid := mention_entity.get(t.i)) is not None
              and (ent := by_id.get(eid)) is not None and ent.type in GROUP_TYPES
              and ent.actor is not None and ent.actor.code}
    named = {eid for t in main[0].subtree if (eid := mention_entity.get(t.i)) in groups}
    return named.pop() if len(groups) == 1 and len(named) == 1 else None


def _plural(tok: Token) -> bool:
    """Whether a subject names more than one: a plural noun, a number above one, a conjunction, or a group
    of people told by its of-phrase ("a group of armed Maoists": `party_words.csv` crowd_noun)."""
    return any(c.dep_ == "conj" for c in tok.children) or plural_band(tok)


def plural_band(tok: Token) -> bool:
    """Whether a noun names more than one by its own words, not by conjuncts: a plural noun, a number above
    one, or a group of people told by its of-phrase ("a gang of terrorists", "a group of armed Maoists":
    `party_words.csv` crowd_noun)."""
    if tok.tag_ in {"NNS", "NNPS"}:
        return True
    if tok.lemma_.lower() in _crowd_nouns() and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in {"NNS", "NNPS"} for o in c.children)
            for c in tok.children):
        return True
    return any(c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1", "a"} for c in tok.children)


def _plural_word(tok: Token) -> bool:
    """Whether a noun names more than one by itself (each conjunct of "the cartel and the police" is read
    on its own): a plural noun or a number above one."""
    return tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "nummod" and c.like_num
                                               and c.lower_ not in {"one", "1", "a"} for c in tok.children)


def _outer_same(tok: Token, resolved: dict[int, str]) -> str | None:
    """"They confessed that they support IS", "He admitted that he had lied": the same pronoun as subject of
    the clause that takes the pronoun's clause is the same one, whatever the verb."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    return next((resolved[c.i] for c in verb.head.children
                 if c.dep_ == "nsubj" and c.lower_ == tok.lower_ and c.i in resolved), None)


def _speaker(tok: Token, mention_entity: dict[int, str], kind_of: dict[str, str]) -> str | None:
    """"Iran said it would …": the subject of the speech verb whose complement the pronoun is subject of."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH:
        return None
    for subject in (c for c in verb.head.children if c.dep_ == "nsubj"):
        # "Maryland National Corp <MDNT> said it has completed": the parser may head the speaker's name with
        # the wire's ticker; the name before the bracket speaks
        child = ticker_company(subject)
        if child.i in mention_entity:
            eid = mention_entity[child.i]
            person = kind_of.get(eid) == "PERSON"
            if tok.lower_ in PLURAL:
                # "SP Singh said when the troops asked them to surrender they opened fire": one person is
                # no "they" (people joined by "and" are read by the event stage, all of them)
                return None if one_person(child, person, mention_entity, kind_of) else eid
            if (tok.lower_ in PERSONAL) == person:
                return eid
    return None


def ticker_company(tok: Token) -> Token:
    """"Suzuki Motor Co Ltd <SZMT.T> is negotiating": the parser may head a company's name with the stock
    ticker Reuters puts after it in angle brackets; the name before the bracket is the phrase that acts.
    Any other token is returned as it is."""
    doc = tok.doc
    bracketed = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "<" and doc[tok.i + 1].text == ">"
    if not bracketed or tok.i < 2:
        return tok
    name = doc[tok.i - 2]
    # (the name must hang in the ticker's phrase: "talks with Fiat <FIAT.MI>" under another head is not it)
    return name if name.head.i == tok.i or tok in name.ancestors else tok


def one_person(subject: Token, person: bool, mention_entity: dict[int, str], kind_of: dict[str, str]) -> bool:
    """Whether a subject names one person speaking for no group: a person's name (`person`: the entity is
    one) or a singular noun phrase with a word for a person's position ("Superintendent of Police Kunwar
    Singh", which the NER may type an organisation; "the security official"), with no "and" in it. One
    who speaks for a body or band his phrase or the text names may say "they" of it: "Larry Johnson of the
    Corn Growers said they would agree", "SVZ manager X said they would meet", "The ministers ... Wilson
    said they will meet" (`speaks_for_group`)."""
    if names_several(subject) or subject.tag_ not in {"NN", "NNP"}:
        return False
    if speaks_for_group(subject, mention_entity, kind_of):
        return False
    if person:
        return True
    # (the words of the phrase up to its head, not a possessor's: "the Attorney General's Office")
    owned = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    words = " ".join(t.lower_ for t in subject.subtree if t.i <= subject.i and t.i not in owned)
    return any(f" {role} " in f" {words} " for role in _person_roles())


def speaks_for_group(subject: Token, mention_entity: dict[int, str], kind_of: dict[str, str]) -> bool:
    """Whether a speaker's phrase names a body he is of (another organisation inside it: "SVZ manager X", "X
    of the Corn Growers"), or a word of one of his mentions names, in the plural, people of his kind his
    sentence or the one before tells of ("The ministers ... Finance Minister Michael Wilson ... Wilson")."""
    own = mention_entity.get(subject.i)
    # (a body named inside his title is no body he speaks for: the Police of "Superintendent of Police")
    phrase = f" {' '.join(t.lower_ for t in subject.subtree)} "
    titled = {w for role in _person_roles() if f" {role} " in phrase for w in role.split()}
    if any(mention_entity.get(t.i, own) != own and kind_of.get(mention_entity[t.i]) == "ORG"
           and t.lower_ not in titled for t in subject.subtree):
        return True
    mentions = [t for t in subject.doc[:subject.i + 1] if own is not None and mention_entity.get(t.i) == own]
    kinds = {w.lemma_.lower() for t in [subject, *mentions] for w in t.subtree if w.pos_ in {"NOUN", "PROPN"}}
    sentences = sentence_list(subject.doc)[0]
    index = next(n for n, sent in enumerate(sentences) if sent.start <= subject.i < sent.end)
    start = sentences[max(0, index - 1)].start
    return any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in kinds for t in subject.doc[start:subject.i])


@cache
def _person_roles() -> frozenset[str]:
    """Role nouns naming one person (`roles.csv` person 1: "spokesman", "superintendent of police")."""
    return frozenset(row["role"].lower() for row in load_table("roles", ("role", "person"))
                     if row["person"] == "1")


def names_several(subject: Token) -> bool:
    """Whether a subject naming a person names more people joined by "and" ("Smith and Jones said they
    would"): only then may it be the "they" of what it says, never one person alone. (The parser may hang the
    first of two titled names on the second, keeping the "and": any "and" in the phrase counts.)"""
    return any(t.dep_ in {"conj", "cc"} for t in subject.subtree)


def extraposed_it(tok: Token) -> bool:
    """"Traders said it is conceivable that a trial date could be set", "it was clear that ...": an "it"
    standing for the that-clause after its adjective or noun is nobody, not even the speaker ("Iran said it
    was ready to talk" is Iran: no that-clause)."""
    if tok.lower_ != "it" or tok.head.lemma_.lower() != "be":
        return False
    verb = tok.head
    holders = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"}
                                         for m in c.children)
               for h in holders for c in h.children)


def _empty_it(tok: Token) -> bool:
    """"It is expected that ...", "it appears", "it rained": an extraposed or weather subject."""
    if tok.lower_ != "it":
        return False
    verb = tok.head
    extraposed = tok.dep_ == "nsubjpass" and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    return verb.lemma_.lower() in EMPTY_IT_VERBS or extraposed


def _nearby(tok: Token, sentences: list, index: int, mention_entity: dict[int, str], kind_of: dict[str, str],
            wanted: set[str], fits: set[str] | None = None, other: set[str] | None = None) -> str | None:
    """The antecedent of the right kind: the subject of the previous sentence if it is one, else the only
    entity of that kind named earlier in this sentence or in the previous one. `fits`: the entities a
    description can name (all of the kind if None); `other`: entities that cannot be it (its clause's other
    party)."""
    def ok(eid: str) -> bool:
        return kind_of.get(eid) in wanted and (fits is None or eid in fits) and eid not in (other or set())

    if index > 0:
        previous = sentences[index - 1]
        subjects = [mention_entity[t.i] for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                    and t.i in mention_entity and ok(mention_entity[t.i])]
        if len(set(subjects)) == 1:
            return subjects[0]
        if any(_unread_name(t, mention_entity) for t in previous
               if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"):
            return None
    start = sentences[index - 1].start if index > 0 else sentences[index].start
    candidates = {mention_entity[i] for i in range(start, tok.i)
                  if i in mention_entity and ok(mention_entity[i])}
    return candidates.pop() if len(candidates) == 1 else None


def _unread_name(tok: Token, mention_entity: dict[int, str]) -> bool:
    """"Utilities Investment Inc said it is offering to acquire Pennsylvania Enterprises Inc. It said ...": a
    singular name no entity was read from ("Inc" unrecognised) as the previous sentence's main subject is
    the likeliest "it" or "the company"; the one organisation read there (the bid's object) must not stand
    in for it."""
    return tok.tag_ == "NNP" and not any(t.i in mention_entity for t in tok.subtree) \
        and not any(c.dep_ == "conj" for c in tok.children)


@cache
def _armed_descriptions() -> frozenset[str]:
    """Nouns by which news refers back to an armed group it named ("the outfit", "the group", "the
    organisation"; `source_words.csv` armed_group_description)."""
    return frozenset(row["word"].lower() for row in load_table("source_words", ("set", "word", "source"))
                     if row["set"] == "armed_group_description")


def _armed_antecedent(tok: Token, sentences: list, index: int, by_id: dict[str, Entity],
                      mention_entity: dict[int, str]) -> str | None:
    """"The LeT was behind the plot. The outfit attacked a post": a bare "the outfit", "the group", "the
    organisation" is the armed group (rebel, insurgent, separatist, criminal sector) named earlier in its own
    sentence or in the two before, when it is the only armed group named there and no other organisation
    the word could name ("the X Group") is; None otherwise."""
    if tok.lemma_.lower() not in _armed_descriptions() or tok.tag_ != "NN" or not _bare(tok):
        return None
    start = sentences[max(0, index - ARMED_WINDOW)].start
    named = {mention_entity[i] for i in range(start, tok.i) if i in mention_entity}
    # "these younger gangs ... The Guerreros Unidos ... The group": a group told only by a plural common noun
    # there is many groups, never what "the group" names
    named -= {eid for eid in named if not any(mention_entity.get(i) == eid and _named_word(tok.doc[i])
                                              for i in range(start, tok.i))}
    # a person of a cartel ("drug lord X") is no group the word could name
    armed = {eid for eid in named if eid in by_id and by_id[eid].type in GROUP_TYPES and _armed(by_id[eid])}
    # "The Gulf Clan is Colombia's largest drug trafficking organization": what a group is said to be is
    # that group, no second one
    said = {eid for eid in armed if _said_to_be(tok.doc, eid, armed, mention_entity, start, tok.i)}
    armed, named = armed - said, named - said
    # "the organisation" may be a rights group or a company named there too; a state body never is
    other = {eid for eid in named - armed if eid in by_id and by_id[eid].type in ORG_TYPES
             and (tok.lower_ in by_id[eid].name.lower()
                  or ((sectors := _sectors(by_id[eid])) and not sectors & STATE_BODY_SECTORS))}
    return armed.pop() if len(armed) == 1 and not other else None


def _said_to_be(doc: Doc, eid: str, others: set[str], mention_entity: dict[int, str], start: int,
                end: int) -> bool:
    """Whether every mention of `eid` between `start` and `end` describes another of `others`: the
    predicate of a copula whose subject it is ("X is Colombia's largest organization") or an apposition
    to it ("X, the country's largest gang,")."""
    spans: list[list[int]] = []
    for i in range(start, end):
        if mention_entity.get(i) == eid:
            if spans and spans[-1][-1] == i - 1:
                spans[-1].append(i)
            else:
                spans.append([i])
    roots = [doc[span[0]:span[-1] + 1].root for span in spans]
    if not roots:
        return False
    for root in roots:
        if root.dep_ == "attr":
            described = [c for c in root.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        elif root.dep_ == "appos":
            described = [root.head]
        else:
            return False
        if not any(mention_entity.get(t.i) in others - {eid} for d in described for t in d.subtree):
            return False
    return True


def _named_word(tok: Token) -> bool:
    """Whether a word of a mention names one group: a proper noun or a singular noun ("the Guerreros Unidos",
    "the LeT", "the outfit"), not a plural common noun ("these gangs"); a capitalised name the tagger read
    as a plural noun ("The FARC and the ELN") still names one group."""
    capitalised = tok.text[:1].isupper() and (not tok.is_sent_start or tok.text.isupper())
    return tok.pos_ == "PROPN" or tok.tag_ in {"NN", "NNP"} or capitalised


def _armed(entity: Entity) -> bool:
    """Whether the entity is an armed group outside the state (its code's sectors)."""
    return bool(_sectors(entity) & ARMED_GROUP_SECTORS)


def _sectors(entity: Entity) -> set[str]:
    """The three-letter parts of the entity's code."""
    code = (entity.actor.code if entity.actor else None) or ""
    return {code[i:i + 3] for i in range(0, len(code), 3)}


def _bare(tok: Token) -> bool:
    """"the outfit" with nothing else that says which one."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    others = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss", "nummod", "appos",
                                                    "prep", "relcl", "acl"}]
    return tok.dep_ in DESCRIPTION_DEPS and len(dets) == 1 and dets[0].lower_ == "the" and not others


def _bare_description(tok: Token) -> bool:
    """"the company", "the bank" with nothing else that says which ("the Canadian company" may be another)."""
    if tok.lemma_.lower() not in descriptions() or tok.tag_ != "NN" or tok.dep_ not in DESCRIPTION_DEPS:
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    others = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss", "nummod", "appos"}
              or (c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children))]
    return len(dets) == 1 and dets[0].lower_ == "the" and not others


def _fits(tok: Token, entity: Entity) -> bool:
    """Whether the organisation `entity` can be called "the <tok>"."""
    words = descriptions()[tok.lemma_.lower()]
    if words and words not in entity.name.lower():
        return False
    code = entity.actor.code if entity.actor else None
    parts = {code[i:i + 3] for i in range(0, len(code), 3)} if code else set()
    return bool(words) or not parts & NOT_BUSINESS


def _clause_parties(tok: Token, mention_entity: dict[int, str]) -> set[str]:
    """The entities that are the subject or object of the verb `tok` hangs on: "It accused the company":
    the company is not who "it" is."""
    verb = tok.head
    while verb.dep_ in {"prep", "pobj"} and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb]
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:  # "X agreed to permit the group"
        verb = verb.head
        verbs.append(verb)
    return {mention_entity[c.i] for v in verbs for c in v.children
            if c.i != tok.i and c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i in mention_entity}


def news_credits(doc: Doc) -> set[int]:
    """Token indices of news credits: the name after an inverted "reports"/"reported" that has no subject
    before it ("..., reports The Times of India", "on July 2 reports Daily Excelsior", "..., reported Dawn").
    "Police reported that ..." (a subject before it) and "intelligence reports" (a noun) are no credit.
    Found once per Doc (in `user_data`): the actor, event and quote stages all ask."""
    cached = doc.user_data.get(CREDITS_KEY)
    if cached is None:
        cached = doc.user_data[CREDITS_KEY] = frozenset(
            _inverted_credits(doc, tokens_of_words(doc, LOWER, CREDIT_WORDS))
            | _bare_credits(doc, tokens_of_words(doc, LOWER, CREDIT_MARKS)))
    return set(cached)


def _inverted_credits(doc: Doc, credit_words: list[Token]) -> set[int]:
    """The names after `credit_words` (the document's "reports"/"reported") that credit the story."""
    out: set[int] = set()
    for tok in credit_words:
        if tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        after_clause = prev.is_punct or prev.like_num or prev.ent_type_ == "DATE"
        subject_before = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i for c in tok.children)
        if not (after_clause or (tok.pos_ == "VERB" and not subject_before)):
            continue
        out.update(_credit_name(doc, tok.i + 1, sentence_of(tok).end))
    return out


def _bare_credits(doc: Doc, marks: list[Token]) -> set[int]:
    """A newspaper's name with no speech verb, set off by a comma or dash at the end of a sentence or line
    ("... on February 11, The New Indian Express.", "... in Peshawar. — Dawn"): a name with a newspaper
    word in it (`news_outlet_word` in data/party_words.csv) standing there credits the story, never acts."""
    outlets = _outlet_words()
    out: set[int] = set()
    for tok in marks:
        if tok.text not in CREDIT_MARKS:
            continue
        name = _credit_name(doc, tok.i + 1, len(doc))
        if not name or not any(doc[i].lower_ in outlets for i in name):
            continue
        after = doc[name[-1] + 1] if name[-1] + 1 < len(doc) else None
        if after is None or after.text in {".", "\n"} or after.is_space or after.is_sent_start:
            out.update(name)
    return out


@cache
def _crowd_nouns() -> frozenset[str]:
    from ..events.party_words import words  # the party word table; imported here to keep actors light

    return words("crowd_noun")


@cache
def _outlet_words() -> frozenset[str]:
    from ..events.party_words import words  # the party word table; imported here to keep actors light

    return words("news_outlet_word")


def _credit_name(doc: Doc, start: int, end: int) -> list[int]:
    """The capitalised name starting at `start` ("The Times of India"), linking words kept only inside it."""
    name: list[int] = []
    for i in range(start, min(end, start + CREDIT_MAX)):
        tok = doc[i]
        # "reports Telangana Today They also abducted": a pronoun opens the next, unpunctuated sentence
        stop = (tok.lower_ in CREDIT_STOPS or tok.tag_ in {"NNS", "NNPS"}
                or tok.pos_ in {"VERB", "AUX", "PRON"} or (tok.lower_ == "the" and bool(name)))
        if stop:
            break
        if tok.text[:1].isupper():
            name.append(i)
        elif tok.lower_ in CREDIT_LINKS and name:
            continue
        else:
            break
    return [i for i in range(start, name[-1] + 1)] if name else []


def members_owner(tok: Token) -> Token | None:
    """"IS claimed its fighters kidnapped the couple", "the Taliban said their men killed ten soldiers": the
    subject of the verb whose complement clause `tok` is the subject of, when "its" or "their" owns `tok`
    (the claimant's fighters are the claimant's); None otherwise. For the event readers (sources, targets)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children):
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    # ("Texaco Inc <TX> said its unit agreed": the name before the wire's ticker, where the parser heads it
    # so)
    return next((ticker_company(c) for c in verb.head.children
                 if c.dep_ == "nsubj" and c.lower_ not in OWNER_PRONOUNS), None)


def possessor_person(poss: Token, entities: list[Entity], mention_entity: dict[int, str]) -> str | None:
    """"Senator Pell introduced a bill. His legislation rejects ...": the person a possessive "his" or "her"
    stands for, found as for "he"/"she" (the one person subject before it, in its sentence or the previous
    one); None for any other word or when no single person fits. For the event readers."""
    if poss.lower_ not in POSSESSIVE_PERSONAL:
        return None
    doc = poss.doc
    sentences = sentence_list(doc)[0]
    index = next(n for n, sent in enumerate(sentences) if sent.start <= poss.i < sent.end)
    genders = person_genders(doc, mention_entity)
    people = {e.id for e in entities if e.type == "PERSON" and agrees(poss.lower_, e.id, genders)} \
        - _not_people(doc, mention_entity)
    return _person_subject(poss, sentences, index, mention_entity, people)


def object_person(tok: Token, entities: list[Entity], mention_entity: dict[int, str]) -> str | None:
    """"Militants stopped Dr Rehman's car and shot him dead", "The council suspended him": the person an
    object "him" or "her" stands for: the one person named earlier in its sentence or in the previous one,
    other than its own clause's subject ("He shot him" is two people); None when none or two fit. Not run
    by `resolve_pronouns` (subjects only): for the target reader to call."""
    if tok.lower_ not in OBJECT_PERSONAL or tok.dep_ not in {"dobj", "pobj", "dative"}:
        return None
    doc = tok.doc
    sentences = sentence_list(doc)[0]
    index = next(n for n, sent in enumerate(sentences) if sent.start <= tok.i < sent.end)
    genders = person_genders(doc, mention_entity)
    people = {e.id for e in entities if e.type == "PERSON" and agrees(tok.lower_, e.id, genders)} \
        - _not_people(doc, mention_entity)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = {mention_entity.get(c.i) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
    start = sentences[index - 1].start if index > 0 else sentences[index].start
    named = {eid for i in range(start, tok.i) if (eid := mention_entity.get(i)) in people} - own
    return named.pop() if len(named) == 1 else None
