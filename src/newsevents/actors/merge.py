"""Group candidate mentions into entities: one entity per real-world person, organisation or place.

Rules, in the order they apply (each is a small function below):
1. person names cluster by identity in the office table, else by compatible names (same surname up to
   a typo, compatible first names): Bennet = Bennett = Naftali Bennett; Vladimir Zelensky = Volodymyr
   Zelensky; never Vladimir Putin = Vladimir Zelensky;
2. spans the NER labelled ORG/GPE that are really one of those people ("Naftali Bennet" ORG) join them;
3. role phrases resolve to a person: an appositive names its person; a role with a country and an office
   is the person holding it on the article's date (the Russian president = Putin); a bare role is the
   nearest earlier person with that title or office (the prime minister = Bennett);
4. countries merge by ISO code, with metonyms for the country itself ("the Jewish state" = Israel);
   bodies ("the government of the Jewish state", "the Israeli government") by country + sector;
5. organisations by table identity or name; places by name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from ..extensions import first_conjunct, sentence_of
from .candidates import HONORIFICS, NONSTATE_SECTORS, Candidate
from .knowledge import ActorKnowledge, OfficeTerm, national_legal_forms, normalize
from .story_country import main_country

# Sectors of bodies that trade or report anywhere: their country is no evidence of whose official a name is.
TRADE_SECTORS = frozenset({"BUS", "MNC", "MED"})
# A short form starting with these words is too common to stand for one organisation ("National", "First").
GENERIC_NAME_STARTS = {"national", "first", "american", "general", "international", "united", "new",
                       "central", "federal", "state", "the", "union", "world", "european", "north", "south",
                       "west", "east"}
# "the Bank" after "the World Bank": the head word alone names the organisation named in full before.
ORG_HEADS = {"bank", "fund", "commission", "council", "agency", "organization", "organisation", "institute",
             "committee", "court", "corporation", "group", "company", "authority", "board", "union",
             "foundation", "association", "federation", "guild", "society"}
# Words between a name and another name of the same person: "Juan Ortiz, alias 'Chamale'", "X, aka Y",
# "X, also known as Y" (the punctuation between them is skipped).
ALIAS_PHRASES = frozenset({"alias", "aka", "a.k.a.", "a.k.a", "also known as", "better known as", "known as",
                           "nicknamed"})
# Lower-case words that begin a surname ("dos Santos", "de la Cruz", "van der Berg").
SURNAME_PARTICLES = frozenset({"da", "das", "de", "del", "della", "di", "do", "dos", "du", "la", "le", "van",
                               "von", "der", "den", "bin", "ibn", "al", "el", "y"})
# Words before a rank that make its holder a suspect, not an official: "alleged gang leader", "one alleged
# top leader, X".
SUSPECT_WORDS = frozenset({"alleged", "suspected", "reputed", "presumed", "purported"})
# Nouns of groups outside the state whose rank is no office of a state: "the cell's leader", "the
# organization's leader" (the sector is the noun's role row's where it is a non-state one, else none).
GROUP_NOUNS = frozenset({"cell", "group", "gang", "organization", "organisation", "network", "faction",
                         "structure", "clan", "band", "cartel", "syndicate", "ring", "mafia", "movement",
                         "militia", "collective"})
# A quoted alias then "or" then another: "alias 'El Lic' or 'el Licenciado'" (the words outside the quotes).
ALIAS_OR = frozenset(f"{phrase} or" for phrase in ALIAS_PHRASES)
# Of those, the words only people's aliases follow (an organisation is "also known as" another name too).
PERSON_ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a.", "a.k.a"})
# Verbs by which a person is described as running an armed or criminal group: "Fernando Sanchez Arellano led
# the Tijuana Cartel", "X, who heads the Gulf Clan": the person is of the group's code (armed, insurgent and
# criminal groups only: a president who "leads" a party is still of the government).
LEAD_VERBS = frozenset({"lead", "head", "run", "command", "found", "co-found", "cofound", "direct"})
LED_SECTORS = frozenset({"REB", "INS", "UAF", "CRM"})
# Sectors a bare rank ("leader", "chief", "boss") gives where the text names no state or company behind it.
EXECUTIVE_RANK_SECTORS = frozenset({"GOV", "BUS"})
# Sectors of ranks ("leader", "commander", "chief") that, owned by an armed or criminal group ("its leader"),
# take the group's sector instead.
STATE_RANK_SECTORS = frozenset({"GOV", "MIL", "BUS"})
# The EC's (later the EU's) executive, named by its head word alone in stories about the Community.
EC_CODE_PREFIX = "IGOEUR"
EC_COMMISSION_CODE = "IGOEUREEC"
EC_COMMISSION_NAMES = frozenset({("commission",), ("executive", "commission"), ("european", "commission")})
# A person's sectors from a civil office of the state, which an accusation or an alias's crime (CRM) does not
# undo; police and soldiers are left out (an officer in a drug ring is judged either way).
HELD_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
CRIME_SECTOR = "CRM"
BODY_GROUPS = {"government": "government", "cabinet": "government", "administration": "government",
               "authorities": "government", "regime": "government", "ministry": "government"}


@dataclass(eq=False)  # an entity is itself: "is it in this list" must not compare every field
class Cluster:
    """An entity under construction."""

    kind: str
    label: str
    members: list[Candidate] = field(default_factory=list)
    identity: str | None = None  # office-table name, org name, ISO3 or merge key
    country: str | None = None
    basis: str | None = None  # where `country` came from (see Actor.basis)
    sector: str | None = None
    office: str | None = None
    code: str | None = None
    former: bool = False
    term: OfficeTerm | None = None
    owner: Cluster | None = None  # whose spokesman / whose adviser
    role_phrases: set[str] = field(default_factory=set)

    @property
    def first(self) -> int:
        return self.members[0].start

    def add(self, cand: Candidate) -> None:
        self.members.append(cand)
        if self.country is None and cand.country:
            self.country, self.basis = cand.country, cand.basis
        self.country = self.country or cand.country
        self.sector = cluster_sector(self.kind, self.sector, cand)
        self.office = self.office or cand.office
        self.code = self.code or cand.code
        self.former = self.former or cand.former
        if cand.role:
            self.role_phrases.add(normalize(cand.role.phrase))


def cluster_sector(kind: str, sector: str | None, cand: Candidate) -> str | None:
    """A person's sector after one more mention: the first one a mention gives, but a civil office of the
    state (government, legislature, judiciary) over a crime an alias or accusation gives."""
    # "Jose Ramos, alias 'Comandante Tigre', ... the vice minister Ramos": an official charged, accused or
    # once a guerrilla is coded by his office (judged SLVGOV, HNDGOV, PERGOV, not CRM), a former one as an
    # elite (the cluster's "former": GTMELI); police and soldiers in a drug ring are left to the first
    # description.
    if kind == "person" and sector == CRIME_SECTOR and cand.sector in HELD_OFFICE_SECTORS:
        return cand.sector
    return sector or cand.sector


ALIAS_YEARS = 8  # how far from a tenure a lone surname still names the office holder ("Obama" in 2019)


def _years_apart(term: OfficeTerm, day: date) -> float:
    """Years between `day` and the tenure (0 inside it)."""
    if term.start and day < term.start:
        return (term.start - day).days / 365.25
    if term.end and day >= term.end:
        return (day - term.end).days / 365.25
    return 0.0


@lru_cache(maxsize=65_536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name, normalised, without honorifics (cached: long articles ask for a name often)."""
    return tuple(t for t in normalize(text).replace("-", " ").split() if t not in HONORIFICS and t.strip("."))


def similar_word(a: str, b: str) -> bool:
    """Same word up to a spelling slip: Bennet ~ Bennett, Zelenskyy ~ Zelensky; short words must be equal."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    return Levenshtein.distance(a, b) <= (1 if max(len(a), len(b)) <= 7 else 2)


def similar_first_name(a: str, b: str) -> bool:
    """Transliterations differ more in given names (Vladimir / Volodymyr) than in surnames."""
    if similar_word(a, b) or ((len(a) == 1 or len(b) == 1) and a[0] == b[0]):
        return True
    if a[:1] != b[:1]:
        return False
    skeleton_a, skeleton_b = _consonants(a), _consonants(b)
    same_skeleton = len(skeleton_a) >= 3 and skeleton_a == skeleton_b
    return same_skeleton or Levenshtein.normalized_similarity(a, b) >= 0.7


def _consonants(word: str) -> str:
    """Consonant skeleton, stable across transliterations: Vladimir, Volodymyr -> vldmr."""
    return "".join(c for c in word if c.isalpha() and c not in "aeiouy")


@lru_cache(maxsize=65_536)
def _appositive_name(doc: Doc, cand: Candidate) -> str | None:
    """The proper name a role phrase stands in apposition with ("the leading candidate, Rodolfo Torre Cantu",
    "Rodolfo Torre Cantu, the leading candidate"), whatever entity type the NER gave it; None if none."""
    root = doc[cand.start:cand.end].root
    names = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        names.append(root.head)
    for tok in names:
        if tok.pos_ == "PROPN" and not (cand.start <= tok.i < cand.end):
            words = [t for t in tok.subtree if t.i == tok.i or (
                t.pos_ == "PROPN" and t.i < tok.i and t.dep_ in {"compound", "flat"})]
            return " ".join(t.text for t in words)
    return None


def names_compatible(a: str, b: str) -> bool:
    """Could two person names refer to one person? Surnames must agree; given names must not clash."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or not similar_word(ta[-1], tb[-1]):
        return False
    short, full = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if 1 < len(short) < len(full) and all(similar_word(x, y) for x, y in zip(short, full[-len(short):],
                                                                                strict=True)):
        return True  # "Sanchez Arellano" for "Fernando Sanchez Arellano": both surnames, as Spanish has them
    if len(ta) > 1 and len(tb) > 1:
        # Every given name both write must agree: Juan Antonio Hernandez is not Juan Orlando Hernandez.
        given = zip(ta[:-1], tb[:-1], strict=False)
        return all(similar_first_name(x, y) for x, y in given)
    return True


def _people_with_surname_like(by_surname: dict[tuple[str, int], dict[str, list[Cluster]]],
                              tokens: tuple[str, ...]) -> list[Cluster]:
    """The people indexed under a surname `similar_word` finds like this name's last word (the index: first
    letter and length -> surname -> people; alike surnames share the letter and differ in length by two at
    most, and each distinct surname is compared once)."""
    if not tokens:
        return []
    last = tokens[-1]
    lengths = range(len(last) - 2, len(last) + 3) if len(last) >= 5 else (len(last),)
    found: dict[int, Cluster] = {}
    for n in lengths:
        for surname, people in by_surname.get((last[:1], n), {}).items():
            if similar_word(last, surname):
                found.update((id(cl), cl) for cl in people)
    return list(found.values())


def _unique_name_holder(holders: list[Cluster]) -> Cluster | None:
    """A lone name is the person whose full names hold it ("Wang" for "Wang Yi", surname first) when exactly
    one person's do; `holders` are the people with a full name holding the word."""
    return holders[0] if len(holders) == 1 else None


def _given_names_holders(tokens: tuple[str, ...], by_word: dict[str, list[Cluster]],
                         forms: dict[int, dict[str, None]]) -> list[Cluster]:
    """The people one of whose full names opens with every word of `tokens` and goes on ("Ivan Archivaldo
    Guzman" for "Ivan Archivaldo"); `by_word` indexes people by the words of their full names, `forms` holds
    each person's name texts."""
    out: list[Cluster] = []
    for cl in by_word.get(tokens[0], []):
        if cl not in out and any(len(words := name_tokens(text)) > len(tokens)
                                 and words[:len(tokens)] == tokens for text in forms[id(cl)]):
            out.append(cl)
    return out


def alias_links(doc: Doc, cands: list[Candidate]) -> tuple[dict[int, Candidate], set[int]]:
    """Names that are another name of the person named just before: "Juan Ortiz, alias 'Chamale'",
    "Guillermo Leon Saenz, alias Alfonso Cano", "X, also known as Y", and a nickname quoted inside a name with
    the surname after it ("Joaquin 'El Chapo' Guzman"). Maps id(alias) -> the named person's candidate (a
    table-coded organisation is never an alias). A title the NER left before an alias is part of the nickname
    ("alias 'King Midas'"), not the person's office: it is dropped. Also returns the ids of candidates that
    are only the rest of a name the NER cut ("dos Santos" after "Jair Jose"): no name of their own to look
    up; they take the whole name as their key."""
    out: dict[int, Candidate] = {}
    parts: set[int] = set()
    ordered = sorted(cands, key=lambda c: c.start)
    for prev, cand in pairwise(ordered):
        named = out.get(id(prev), prev)
        if cand.code or cand.kind not in {"person", "org", "place", "norp"} or cand.start - prev.end > 12:
            continue
        words = [t.lower_ for t in doc[prev.end:cand.start] if not t.is_punct and not t.is_quote]
        if named.kind in {"org", "place"} and not named.code and words[:1] and words[0] in PERSON_ALIAS_WORDS:
            named.kind, named.label = "person", "PERSON"  # "Gustavo Giraldo Quinchia, alias 'Pablito'" (ORG)
        if named.kind != "person":
            continue
        title = normalize(cand.extras.get("title", "")).split()
        if title and words[-len(title):] == title and " ".join(words[:-len(title)]) in ALIAS_PHRASES:
            cand.role, cand.sector, cand.office, cand.country = None, None, None, None
            cand.extras.pop("title", None)
            words = words[:-len(title)]
        if " ".join(words) in ALIAS_PHRASES or (words == ["or"] and id(prev) in out) or (
                words[-1:] == ["or"] and " ".join(_unquoted(doc[prev.end:cand.start])) in ALIAS_OR):
            out[id(cand)] = named  # "alias 'El Lic' or 'el Licenciado'": a second alias
    for first, cand in pairwise(ordered):
        if first.kind == "person" and cand.start == first.end and cand.kind in {"person", "org", "place"} \
                and not cand.code and doc[cand.start].text in SURNAME_PARTICLES:
            # "Jair Jose" + "dos Santos": the NER cut one name before a lower-case particle
            out[id(cand)] = out.get(id(first), first)
            parts.add(id(cand))
            first.key = cand.key = normalize(f"{first.text} {cand.text}")
    for first in ordered:
        inner, last = _quoted_nickname(doc, first, ordered)
        if last is None:
            continue
        for cand in [*inner, last]:
            out[id(cand)] = first
        parts.add(id(last))
        # the name written around the nickname is the name tables know ("Joaquin Guzman")
        first.key = last.key = normalize(f"{first.text} {last.text}")
    return out, parts


def _unquoted(span: Span) -> list[str]:
    """The lower-case words of a span outside its quoted parts (a run of quote marks opens or closes one)."""
    words, inside, last_quote = [], False, False
    for tok in span:
        if tok.is_quote:
            if not last_quote:
                inside = not inside
            last_quote = True
            continue
        last_quote = False
        if not inside and not tok.is_punct:
            words.append(tok.lower_)
    return words


def _quoted_nickname(doc: Doc, first: Candidate, ordered: list[Candidate]) -> tuple[list[Candidate],
                                                                                 Candidate | None]:
    """For a given name followed by a quoted nickname and a surname ("Joaquin 'El Chapo' Guzman"): the
    candidates inside the quotes and the surname's; ([], None) where the name goes on otherwise."""
    if first.kind != "person" or len(name_tokens(first.text)) > 2 or first.end >= len(doc) \
            or not doc[first.end].is_quote:
        return [], None
    i = first.end
    while i < len(doc) and doc[i].is_quote:
        i += 1
    start = i
    while i < len(doc) and i - start <= 4 and not doc[i].is_quote and not doc[i].is_sent_start:
        i += 1
    if i == start or i >= len(doc) or not doc[i].is_quote:
        return [], None
    while i < len(doc) and doc[i].is_quote:
        i += 1
    last = next((c for c in ordered if c.start == i), None)
    if last is None or last.code or last.kind not in {"person", "org", "place"} or last.end - last.start > 2 \
            or not all(t.is_title for t in doc[last.start:last.end]):
        return [], None
    return [c for c in ordered if start <= c.start and c.end <= i], last


def _org_ending_at(cands: list[Candidate], end: int) -> Candidate | None:
    """The organisation candidate whose last token is just before token `end`."""
    return next((c for c in cands if c.end == end and c.kind == "org" and c.code), None)


def read_group_ranks(doc: Doc, cands: list[Candidate], kb: ActorKnowledge) -> None:
    """"FARC's leader Alfonso Cano", "Segunda Marquetalia leader Ivan Marquez": a rank written right after a
    named armed, criminal or political group is held in that group, so the person takes its code (a role
    noun of a group never makes a government official): "the gang's leader X" is of the gang's sector, "the
    cell's leader X" of no state's; "alleged gang leader X", "one alleged top leader, X" a suspect (CRM)."""
    for cand in cands:
        if cand.kind != "person" or cand.code or cand.role is None or not cand.role.person:
            continue
        title = cand.extras.get("title", "")
        first = cand.start - len(title.split())
        if title and first > 0 and [t.text for t in doc[first:cand.start]] == title.split():
            end = first - 1 if doc[first - 1].lower_ in {"'s", "’s", "'"} else first
            org = _org_ending_at(cands, end)
            if org is not None and org.sector in NONSTATE_SECTORS and org.country:
                cand.code, cand.country, cand.sector, cand.office = org.code, org.country, org.sector, None
                cand.basis = "title"
                continue
            owner = doc[end - 1] if end < first and end > 0 else None
            if owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in GROUP_NOUNS \
                    and cand.sector in EXECUTIVE_RANK_SECTORS:
                group = kb.roles.get(owner.lemma_.lower())
                cand.sector = group.sector if group and group.sector in NONSTATE_SECTORS else None
                cand.office = None
                continue
        sent_start = sentence_of(doc[cand.start]).start
        before = doc[max(sent_start, (first if title else cand.start) - 5):cand.start]
        if cand.sector in EXECUTIVE_RANK_SECTORS and any(t.lower_ in SUSPECT_WORDS for t in before):
            cand.sector, cand.office = "CRM", None


def read_community_commission(cands: list[Candidate]) -> None:
    """"The Commission" in a story that names the EC (or the EU or one of its bodies) is the European
    Commission, not a body of the country the story is filed from: the EC code, whatever the dateline."""
    if not any((c.code or "").startswith(EC_CODE_PREFIX) for c in cands):
        return
    other_commission = False  # "the Monopolies and Mergers Commission" named before: "the Commission" is it
    for cand in cands:
        words = tuple(w for w in name_tokens(cand.text) if w != "the")
        if cand.kind in {"org", "body"} and cand.code is None and words in EC_COMMISSION_NAMES \
                and not other_commission:
            cand.kind, cand.label = "org", "ORG"
            cand.code, cand.sector, cand.country, cand.basis = EC_COMMISSION_CODE, "IGO", None, None
        elif len(words) > 1 and words[-1] == "commission" \
                and not (cand.code or "").startswith(EC_CODE_PREFIX):
            other_commission = True


def read_titled_short_names(doc: Doc, cands: list[Candidate]) -> None:
    """"General Acquisition Co ... General Acquisition said": a person's name whose capitalised title word
    before it ("General", "Judge") makes with it the leading words of an organisation the article names is
    that organisation's short form, not a general called Acquisition. The candidate becomes a mention of
    the organisation (its key, code, sector and country), so it clusters with it."""
    orgs = [c for c in cands if c.kind == "org"]
    if not orgs:
        return
    for cand in cands:
        if cand.kind != "person" or cand.start == 0:
            continue
        title = doc[cand.start - 1]
        if not title.text[:1].isupper() or not title.is_alpha:
            continue
        words = (title.lower_, *name_tokens(cand.text))
        full = next((o for o in orgs if len(name_tokens(o.text)) > len(words)
                     and name_tokens(o.text)[:len(words)] == words), None)
        if full is None:
            continue
        cand.start -= 1
        cand.text = doc[cand.start:cand.end].text
        cand.kind, cand.label, cand.key = "org", "ORG", full.key
        cand.code, cand.sector, cand.country, cand.basis = full.code, full.sector, full.country, full.basis
        cand.office, cand.role = None, None


def read_led_groups(doc: Doc, cands: list[Candidate]) -> None:
    """"Fernando Sanchez Arellano led the Tijuana Cartel", "X, who heads the Gulf Clan", "the Tijuana Cartel,
    led by X": a person the text says runs a named armed or criminal group is of its code (only people no
    title or table codes)."""
    for cand in cands:
        if cand.kind != "person" or cand.code or cand.sector:
            continue
        root = doc[cand.start:cand.end].root
        groups: list[Token] = []  # the words naming what the person runs
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in LEAD_VERBS:
            groups += [o for o in root.head.children if o.dep_ == "dobj"]
        for verb in root.children:
            if verb.dep_ == "relcl" and verb.lemma_.lower() in LEAD_VERBS and any(
                    c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in verb.children):
                groups += [o for o in verb.children if o.dep_ == "dobj"]
        verb = root.head.head
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and verb.lemma_.lower() in LEAD_VERBS \
                and verb.dep_ in {"acl", "relcl"}:
            groups.append(verb.head)  # "the Tijuana Cartel, led by X": the group the participle describes
        for group in groups:
            # the group's name, or a name before its noun ("the Los Rastrojos network")
            org = next((c for c in cands if c.kind == "org" and c.code and (
                c.start <= group.i < c.end or group.left_edge.i <= c.start < c.end <= group.i)), None)
            if org is not None and org.sector in LED_SECTORS and org.country:
                cand.code, cand.country, cand.sector = org.code, org.country, org.sector
                cand.basis = "title"
                break


class EntityMerger:
    """Cluster candidates of one article. `merge(doc, candidates, day)` returns clusters in text order."""

    def __init__(self, kb: ActorKnowledge) -> None:
        self.kb = kb
        self._aliases: dict[int, Candidate] = {}
        self._name_parts: set[int] = set()
        self._named_countries: set[str] = set()  # countries the article's places, peoples and bodies name
        self._state_countries: set[str] = set()  # ... less its companies and media
        self._acronyms: dict[str, Cluster] = {}  # a bracketed short form -> the organisation it stands for
        self._main_country: str | None = None  # the country the article names most (`main_country`)

    def merge(self, doc: Doc, cands: list[Candidate], day: date | None) -> list[Cluster]:
        clusters: list[Cluster] = []
        people: list[Cluster] = []
        self._aliases, self._name_parts = alias_links(doc, cands)
        self._acronyms = {}
        self._named_countries = {c.country for c in cands if c.country and c.kind != "person"}
        # why: a company's country says nothing of whose official a lone surname is ("Bennett said the
        # company would sell its unit to Texaco Inc" is no US cabinet member)
        self._state_countries = {c.country for c in cands if c.country and c.kind != "person"
                                 and c.sector not in TRADE_SECTORS}
        self._main_country = main_country(*story_counts(cands, self.kb.capitals))
        for cand in cands:
            if id(cand) in self._aliases and cand.kind != "person":
                cand.kind, cand.label = "person", "PERSON"  # "alias 'El Gordo'" the NER read as a place
        read_titled_short_names(doc, cands)
        read_group_ranks(doc, cands, self.kb)
        read_led_groups(doc, cands)
        read_community_commission(cands)
        self._merge_people(cands, day, people)
        clusters.extend(people)
        nicknames = self._nicknames(people)
        by_key: dict[tuple[str, str], Cluster] = {}
        for cand in cands:
            if cand.kind == "person":
                continue
            if cand.kind in {"org", "place", "norp"} and _rescue_nickname(cand, nicknames):
                continue
            if cand.kind in {"org", "place", "norp"} and self._rescue_person(cand, people):
                continue
            if cand.kind == "role":
                self._merge_role(doc, cand, cands, people, clusters, day)
                continue
            key = self._group_key(doc, cand, cands, people, clusters)
            if key is None:
                continue
            if key not in by_key:
                by_key[key] = Cluster(kind=cand.kind, label=cand.label, identity=key[1])
                clusters.append(by_key[key])
            by_key[key].add(cand)
        return sorted((c for c in clusters if c.members), key=lambda c: c.first)

    # 1. person names
    def _merge_people(self, cands: list[Candidate], day: date | None, people: list[Cluster]) -> None:
        # The most recent fitting person wins. People are indexed by identity, by the first letter and length
        # of their surnames (names_compatible needs surnames alike: the same first letter, lengths at most two
        # apart), and by the words of their full names; each person's distinct name forms are compared once.
        # So a long article of many names costs a few comparisons per name, not one per person met so far.
        position: dict[int, int] = {}
        by_identity: dict[str, Cluster] = {}
        by_surname: dict[tuple[str, int], dict[str, list[Cluster]]] = defaultdict(dict)
        by_word: dict[str, list[Cluster]] = defaultdict(list)  # word of a full name -> people, in order
        forms: dict[int, dict[str, None]] = defaultdict(dict)  # person -> distinct texts of its mentions
        cluster_of: dict[int, Cluster] = {}  # candidate -> its person
        for cand in cands:
            if cand.kind != "person":
                continue
            named = self._aliases.get(id(cand))
            if named is not None and id(named) in cluster_of:
                # "Juan Ortiz, alias 'Chamale'": one person under two names; later "Chamale" finds him
                person = cluster_of[id(named)]
                person.add(cand)
                cluster_of[id(cand)] = person
                forms[id(person)][cand.text] = None
                alias_identity = None if id(cand) in self._name_parts else self._identity(cand, day)
                if alias_identity and not person.identity:
                    person.identity = alias_identity  # "Joaquin Guzman Loera, alias 'El Chapo'"
                    by_identity.setdefault(alias_identity, person)
                words = name_tokens(cand.text)
                if words:
                    bucket = by_surname[(words[-1][:1], len(words[-1]))].setdefault(words[-1], [])
                    if person not in bucket:
                        bucket.append(person)
                continue
            identity = self._identity(cand, day)
            tokens = name_tokens(cand.text)
            fits = [cl for cl in _people_with_surname_like(by_surname, tokens) if (
                not identity or not cl.identity or cl.identity == identity) and any(
                names_compatible(cand.text, text) for text in forms[id(cl)])]
            if identity and identity in by_identity:
                fits.append(by_identity[identity])
            target = max(fits, key=lambda cl: position[id(cl)]) if fits else None
            if target is None and len(tokens) == 1:
                target = _unique_name_holder(by_word.get(tokens[0], []))
            if target is None and len(tokens) > 1 and not identity:
                # "Ivan Archivaldo" after "Ivan Archivaldo Guzman": the given names alone, as Spanish news
                # names a person again
                target = _unique_name_holder(_given_names_holders(tokens, by_word, forms))
            if target is None:
                target = Cluster(kind="person", label="PERSON", identity=identity)
                position[id(target)] = len(people)
                people.append(target)
            full_names = [text for text in forms[id(target)] if len(name_tokens(text)) > 1]
            if identity and not target.identity and all(names_compatible(n, identity) for n in full_names):
                target.identity = identity  # not "Wayne Bennett" = Naftali Bennett through a lone "Bennett"
            target.add(cand)
            cluster_of[id(cand)] = target
            forms[id(target)][cand.text] = None
            if target.identity:
                by_identity.setdefault(target.identity, target)
            if tokens:
                bucket = by_surname[(tokens[-1][:1], len(tokens[-1]))].setdefault(tokens[-1], [])
                if target not in bucket:
                    bucket.append(target)
            for word in tokens if len(tokens) >= 2 else ():
                if target not in by_word[word]:
                    by_word[word].append(target)

    def _identity(self, cand: Candidate, day: date | None) -> str | None:
        """The office-table person a name is. A surname or alias alone is that person only near the years
        of their offices: "Bennett" in 1987 is not Naftali Bennett (first in office 2013)."""
        if cand.extras.get("identified"):
            return None  # "the driver, identified as Abdul Ali": a private person (mentions.py)
        terms = self.kb.terms_for(cand.key) or self.kb.terms_for(" ".join(name_tokens(cand.text)))
        if not terms:
            return self._sole_holder(cand, day)
        if day is not None and len(name_tokens(cand.text)) == 1 and not any(
                _years_apart(t, day) <= ALIAS_YEARS for t in terms):
            # "Aquino" in 1987 is no alias of Benigno Aquino III (2010): the one Aquino then in office, if any
            return self._sole_holder(cand, day)
        if day is None and len(name_tokens(cand.text)) == 1 and not any(
                t.country in self._named_countries for t in terms):
            return None  # an undated story about Peru: "Sharon" is a woman there, not Israel's prime minister
        if day is not None:
            # of two holders of one surname, the one in office nearest the story's day: "Stoltenberg" in 1987
            # is West Germany's finance minister, not NATO's secretary general of 2014
            terms = sorted(terms, key=lambda t: _years_apart(t, day))
        return normalize(terms[0].name)

    def _sole_holder(self, cand: Candidate, day: date | None) -> str | None:
        """A lone surname no table row names ("Shultz said"): the one person in office on the story's day
        whose full name ends with it, when the article names that person's country by a country, people,
        state body or place of it, not by a company ("Shultz" in a story naming the United States); not a
        name the text describes itself ("Bennett, chairman of Ashland Oil"). A full name the article gives
        with the same surname ("John Baker") is kept apart by `_merge_people`."""
        tokens = name_tokens(cand.text)
        if day is None or len(tokens) != 1 or not cand.text[:1].isupper() or cand.sector or cand.office:
            return None
        holder = self.kb.sole_holder(tokens[0], day)
        if holder is None:
            return None
        countries = {t.country for t in self.kb.terms_for(holder) if t.covers(day)}
        return holder if countries & self._state_countries else None

    # 2. mislabelled people
    def _nicknames(self, people: list[Cluster]) -> dict[str, Cluster]:
        """The key of each alias the text gave a person ("Jorge Ulloa, alias 'Repollo'") -> that person; an
        alias two people share names neither."""
        out: dict[str, Cluster] = {}
        shared: set[str] = set()
        for person in people:
            for m in person.members:
                if id(m) in self._aliases and id(m) not in self._name_parts and m.key:
                    if out.get(m.key, person) is not person:
                        shared.add(m.key)
                    out[m.key] = person
        return {key: person for key, person in out.items() if key not in shared}

    def _rescue_person(self, cand: Candidate, people: list[Cluster]) -> bool:
        """An ORG/GPE span that is a known person's name: "Naftali Bennet" (ORG), "Blinken" (GPE).

        The first person (in `people`'s order) it fits: a lone word that is the surname of one of their full
        names, or any part of exactly one person's full names ("Wang" for "Wang Yi"); several words whose
        name is compatible with one of their full names (`names_compatible`). People are indexed by the
        tokens of their full names once per `people` list (kept up to date as this method adds to them), so
        a candidate costs the few surnames that start and measure like its own, not every person's every
        mention: linear in the article, where comparing with each cluster was cubic on long articles of
        reported speech. Only this method adds person mentions to `people` once `_merge_people` is done."""
        if cand.code or cand.country or cand.sector:
            return False
        tokens = name_tokens(cand.text)
        if not tokens:
            return False
        index = getattr(self, "_rescue_index", None)
        fresh = index is None or index[0] is not people or index[1] != len(people)
        if index is None or fresh:
            fresh = True
            self._rescue_index: tuple[list[Cluster], int, dict, dict, dict, dict] = (
                people, len(people), {}, {}, {}, {})
            index = self._rescue_index
        last_of: dict[str, set[int]] = index[2]  # surname -> people with a full name ending in it
        any_of: dict[str, set[int]] = index[3]  # name word -> people with a full name holding it
        forms: dict[str, dict[int, dict[tuple[str, ...], str]]] = index[4]  # surname -> person -> names
        shapes: dict[tuple[str, int], set[str]] = index[5]  # (first letter, length) -> surnames

        def remember(at: int, text: str) -> None:
            words = name_tokens(text)
            if len(words) < 2:
                return
            surname = words[-1]
            last_of.setdefault(surname, set()).add(at)
            for word in words:
                any_of.setdefault(word, set()).add(at)
            forms.setdefault(surname, {}).setdefault(at, {}).setdefault(tuple(words), text)
            shapes.setdefault((surname[0], len(surname)), set()).add(surname)

        if fresh:
            for at, cl in enumerate(people):
                for m in cl.members:
                    if m.kind == "person":
                        remember(at, m.text)
        found: int | None
        if len(tokens) == 1:
            holders = any_of.get(tokens[0], set())
            found = min(holders) if len(holders) == 1 else min(last_of.get(tokens[0], ()), default=None)
        else:
            last = tokens[-1]
            fits = [at for length in range(len(last) - 2, len(last) + 3)
                    for surname in shapes.get((last[0], length), ()) if similar_word(last, surname)
                    for at, named in forms[surname].items()
                    if any(names_compatible(cand.text, text) for text in named.values())]
            found = min(fits, default=None)
        if found is None:
            return False
        cand.kind, cand.label = "person", "PERSON"
        people[found].add(cand)
        remember(found, cand.text)
        return True

    # 3. roles
    def _merge_role(self, doc: Doc, cand: Candidate, cands: list[Candidate], people: list[Cluster],
                    clusters: list[Cluster], day: date | None) -> None:
        if cand.plural:
            return  # "the presidents of Russia and Ukraine" names two people: left to event coding
        if cand.appos_of is not None:
            target = self._cluster_of(cands[cand.appos_of], clusters)
            if target is not None:
                target.add(cand)
                self._group_member(doc, cand, target, clusters)
                return
        alias = self._alias_before(doc, cand, cands)
        if alias is not None and cand.role is not None and cand.role.person:
            # "Juan Perez, alias 'El Gordo', leader of the Gulf Cartel": the position after the alias is his
            target = self._cluster_of(alias, clusters)
            if target is not None:
                target.add(cand)
                return
        owner = None
        if cand.possessor is not None:
            owner = self._resolve_pronoun(doc, cand.possessor, clusters, person=doc[cand.possessor].lower_
                                          in {"his", "her"})
            if owner is not None and cand.role and not cand.role.inherit and cand.country is None:
                cand.country, cand.basis = owner.country, "context"
            if owner is not None and cand.role and cand.role.person and not cand.role.inherit \
                    and doc[cand.possessor].lower_ in {"its", "their"} and owner.sector in LED_SECTORS \
                    and cand.sector in STATE_RANK_SECTORS:
                # "La Familia Michoacana ... its leader": a rank in a criminal or rebel group is a member of
                # that group's sector (MEXCRM), no office of the state (never resolved to a head of state)
                cand.sector, cand.office = owner.sector, None
                cand.country, cand.basis = owner.country or cand.country, "context"
        if cand.role and cand.role.inherit:
            earlier = _one_earlier_speaker(cand, clusters) if owner is None else None
            if earlier is not None:
                earlier.add(cand)  # "a bank spokesman said ... The spokesman declined": the same man
                return
            new = Cluster(kind="role", label="PERSON", owner=owner)
            new.add(cand)
            clusters.append(new)
            return
        target = self._antecedent(cand, people, day)
        named = _appositive_name(doc, cand)
        if target is not None and named is not None and not any(
                names_compatible(named, m.text) or set(named.lower().split()) & set(m.text.lower().split())
                for m in target.members if m.kind == "person"):
            # "the leading candidate, Rodolfo Torre Cantu": the role names its own person; another person
            # known by the same role is someone else (two names never merge through a shared role)
            target = None
        if target is None:
            if cand.country is None and not cand.office:
                return
            target = Cluster(kind="role", label="PERSON")
            clusters.append(target)
            if cand.country and cand.office:
                target.term = self.kb.holder_of(cand.country, cand.office, day)
        target.add(cand)

    def _group_member(self, doc: Doc, cand: Candidate, person: Cluster, clusters: list[Cluster]) -> None:
        """"Umar Qasmi, its chief", "its commander, X": a one-person role in apposition to a name, owned by
        "its" or "their" whose antecedent is a named armed, criminal or political group, makes the person
        that group's member, of its code (never a government's or army's)."""
        if cand.possessor is None or doc[cand.possessor].lower_ not in {"its", "their"} or person.term \
                or not (cand.role and cand.role.person) or (person.code or "")[3:6] not in {"", "GOV", "MIL"}:
            return
        owner = self._resolve_pronoun(doc, cand.possessor, clusters, person=False)
        if owner is not None and owner.code and owner.country and owner.sector in NONSTATE_SECTORS:
            person.code, person.country, person.sector = owner.code, owner.country, owner.sector
            person.basis, person.office = "context", None

    def _alias_before(self, doc: Doc, cand: Candidate, cands: list[Candidate]) -> Candidate | None:
        """The alias ("alias 'El Gordo'") that ends just before `cand`, with only punctuation between."""
        for other in cands:
            if id(other) in self._aliases and other.end <= cand.start <= other.end + 3 and all(
                    t.is_punct for t in doc[other.end:cand.start]):
                return other
        return None

    def _antecedent(self, cand: Candidate, people: list[Cluster], day: date | None) -> Cluster | None:
        phrase = normalize(cand.role.phrase) if cand.role else ""
        def last_mention_before(cl: Cluster) -> int:
            return max(m.start for m in cl.members if m.start < cand.start)

        earlier = sorted((cl for cl in people if cl.first < cand.start), key=last_mention_before,
                         reverse=True)

        def country_ok(cl: Cluster) -> bool:
            return cand.country is None or self._person_country(cl, day) in (None, cand.country)

        # (a) someone introduced with this very title ("Prime Minister Naftali Bennett")
        for cl in earlier:
            if phrase in cl.role_phrases and country_ok(cl) and (cand.country is None or cl.country):
                return cl
        if cand.office:
            # (b) the person the office table says held this office in this country on this day
            if cand.country:
                term = self.kb.holder_of(cand.country, cand.office, day)
                if term:
                    for cl in people:
                        if cl.identity == normalize(term.name):
                            return cl
                    return None
            # (c) the nearest earlier person holding that office
            for cl in earlier:
                term = self._term(cl, day)
                same_office = (term and term.office == cand.office) or cl.office == cand.office
                if same_office and country_ok(cl):
                    return cl
        return None

    def _term(self, cl: Cluster, day: date | None) -> OfficeTerm | None:
        return self.kb.term_on(cl.identity, day) if cl.identity else None

    def _person_country(self, cl: Cluster, day: date | None) -> str | None:
        term = self._term(cl, day)
        return cl.country or (term.country if term else None)

    def _resolve_pronoun(self, doc: Doc, tok_i: int, clusters: list[Cluster], person: bool) -> Cluster | None:
        """his/her/its/their: the first fitting entity of the same sentence, else the last one before it."""
        sent = sentence_of(doc[tok_i])
        kinds = {"person"} if person else {"country", "org", "metonym", "body"}
        mentions = [(m.start, cl) for cl in clusters for m in cl.members if cl.kind in kinds]
        # Sort on the position alone: two clusters can share a start token, and clusters do not order.
        same = sorted(((s, cl) for s, cl in mentions if sent.start <= s < tok_i), key=lambda x: x[0])
        if same:
            return same[0][1]
        before = sorted(((s, cl) for s, cl in mentions if s < sent.start), key=lambda x: x[0])
        return before[-1][1] if before else None

    def _cluster_of(self, cand: Candidate, clusters: list[Cluster]) -> Cluster | None:
        return next((cl for cl in clusters if cand in cl.members), None)

    # 4-5. countries, bodies, organisations, places
    def _group_key(self, doc: Doc, cand: Candidate, cands: list[Candidate], people: list[Cluster],
                   clusters: list[Cluster]) -> tuple[str, str] | None:
        if cand.kind == "country":
            return ("country", cand.country or cand.key)
        if cand.kind == "body":
            if cand.possessor is not None and cand.country is None and not (
                    cand.role is not None and cand.role.counterpart):
                # ("its creditor banks" are not of the country "its" stands for: roles.csv counterpart)
                owner = self._resolve_pronoun(doc, cand.possessor, clusters, person=False)
                cand.country = owner.country if owner else None
                cand.basis = "context" if cand.country else None
                if cand.role is not None and cand.role.inherit:
                    # "Acme said its representatives met ...", "Lerner ... his representatives on its
                    # board": a body acting for its owner (roles.csv inherit) is of the owner's sector
                    # (USABUS), not the role word's own (GOV); "his"/"her" own a person's, "its" a body's
                    person = doc[cand.possessor].lower_ in {"his", "her"}
                    acting_for = self._resolve_pronoun(doc, cand.possessor, clusters, person=True) \
                        if person else owner
                    kinds = {"person"} if person else {"org", "body"}
                    if acting_for is not None and acting_for.kind in kinds and acting_for.sector:
                        cand.sector = acting_for.sector
            if cand.role is None:
                return None
            group = BODY_GROUPS.get(normalize(cand.role.phrase), normalize(cand.role.phrase))
            if "member_of" in cand.extras:
                # "militants of LeT": that group's men; a later bare "the militants" of a story that names
                # several groups' men is not read back to them (`_earlier_body` matches the noun alone)
                group = f"{group} of {normalize(cand.extras['member_of'])}"
            force = _force_named_before(doc, cand, clusters) if cand.country is None else None
            if force is not None:
                cand.sector = force  # "the troopers" after the state police's search squad: policemen
            named = _named_group(doc, cand, cands, clusters) if cand.country is None else None
            if named is not None and named.identity:
                return (named.kind, named.identity)  # "Brazil's PCC ... members of the gang": the PCC
            if cand.country is None:
                # "the junta" after "Niger junta": the body named before with the same noun, if any.
                earlier = [cl for cl in clusters if cl.kind == "body" and cl.first < cand.start
                           and (cl.identity or "").endswith(f":{group}")]
                unplaced = ("body", f"?:{cand.sector}:{group}")  # the article's country may place it
                chosen = self._earlier_body(doc, cand, earlier, cands)
                return ("body", chosen.identity or "") if chosen is not None else unplaced
            return ("body", f"{cand.country}:{cand.sector}:{group}")
        short = self._acronym_of(doc, cand, clusters) if cand.kind == "org" else None
        if short is not None and short.identity:
            # "People's Liberation Army of Manipur (PLA) ... the PLA": the article's own short form, not
            # another body the tables know by it (China's army)
            if self._other_body_by_initials(cand, short):
                cand.code = cand.country = cand.sector = cand.basis = None
            if short.kind == "metonym":
                # "the National Civil Police (PNC) ... the PNC": the shared-name body, whose country the
                # story gives; the short form's own guess at a sector is no evidence beside it
                cand.country = cand.sector = cand.basis = None
                return ("metonym", short.identity)
            return ("org", short.identity)
        if cand.kind == "org" and cand.code and (formed := _formed_namesake(cand, clusters)) is not None \
                and formed.identity:
            # "Sears Plc said ... Sears said": the short name of the company the story named in full, with a
            # legal form the tables' company of that name cannot have, is that company, not the tables' one
            cand.code = cand.country = cand.basis = None
            return ("org", formed.identity)
        if cand.kind == "org" and cand.code:
            org = self.kb.organizations.get(cand.key)
            return ("org", org.name if org else cand.code)
        if cand.kind == "norp":
            # people a crime is laid to ("two Colombians were arrested for smuggling", CRM) are not the
            # nation the same demonym names elsewhere in the article
            key = cand.country or cand.key
            return ("norp", f"{key} {cand.sector}" if cand.sector else key)
        if cand.kind == "org" and (typed := self._typed_short_form(cand, clusters)) is not None:
            return ("org", typed)
        if cand.kind == "org":
            full = self._long_form(cand, clusters)
            if full is not None and full.identity:
                return ("org", full.identity)
        return (cand.kind, cand.key)

    def _earlier_body(self, doc: Doc, cand: Candidate, earlier: list[Cluster],
                      cands: list[Candidate]) -> Cluster | None:
        """Which body named before with the same noun a bare "the police", "the government" is: one of the
        country its own sentence speaks of ("fighting between the police and the PCC" in Sao Paulo is not the
        "police in the United States" of a comparison); with no country in its sentence, the one named in
        this or the previous sentence, else one of the article's main country, else the last one named.
        None: no body named before is it (the article's country may place it later)."""
        if not earlier:
            return None

        def last_before(cl: Cluster) -> Candidate:
            return max((m for m in cl.members if m.start < cand.start), key=lambda m: m.start)

        ranked = sorted(earlier, key=lambda cl: last_before(cl).start, reverse=True)
        here = sentence_countries(doc, cand, cands)
        if here:
            return next((cl for cl in ranked if cl.country is None or cl.country in here), None)
        recent = ranked[0]
        if cand.sentence - last_before(recent).sentence <= 1:
            return recent
        return next((cl for cl in ranked if cl.country == self._main_country), recent)

    def _acronym_of(self, doc: Doc, cand: Candidate, clusters: list[Cluster]) -> Cluster | None:
        """"The Brazilian Coffee Institute (IBC) ... IBC officials": a capitalised short form in brackets
        right after an organisation's name is that organisation, there and wherever the article repeats it
        (its letters need not be the English initials: "IBC" is the Portuguese name's); so is one set off by
        commas that spells the name's initials ("The Semiconductor Industry Association, SIA, asked"), and
        one the NER took into the name with its opening bracket ("Center for Economic Research (CER")."""
        text = cand.text
        if not (text.isupper() and 2 <= len(text) <= 8 and " " not in text):
            return None
        known = self._acronyms.get(text)
        if known is not None:
            return known
        for cl in clusters:
            # a body named by a shared name ("the National Civil Police (PNC)", metonyms.csv) too
            if cl.kind in {"org", "metonym"} \
                    and any(m.end <= cand.start and _defines(doc, m, text) for m in cl.members):
                self._acronyms[text] = cl
                return cl
        return None

    def _other_body_by_initials(self, cand: Candidate, short: Cluster) -> bool:
        """Whether the tables know a bracketed short form as another body whose name it abbreviates as
        well: "Syrian Arab Army (SAA)" is no South African Airways, so the table's code is not the army's.
        A table body the article also names in full ("Revolutionary Armed Forces of Colombia (FARC)") or
        one the short form does not spell ("ISIL" for Islamic State) keeps its code."""
        org = self.kb.organizations.get(cand.key) if cand.code else None
        if org is None:
            return False
        full = [m for m in short.members if m.text != cand.text]
        if any(self.kb.organizations.get(normalize(_name_part(m.text))) is org
               or _spelled_alike(_name_part(m.text), org.name) for m in full):
            return False  # the full name is the same body's ("International Coffee Organisation")
        if org.country and any(org.country in self._countries_named(m.text) for m in full):
            return False  # "U.S. Department of Agriculture (USDA)": the same country's body
        # the article spells its own short form out ("Semiconductor Industry Association, SIA": no Singapore
        # Airlines, whatever the table's name for it)
        return _initials(org.name) == cand.text or any(
            _initials(_name_part(m.text)) == cand.text and not _shares_words(_name_part(m.text), org.name)
            for m in full)

    def _countries_named(self, name: str) -> set[str]:
        """The countries the words of a name name ("U.S. Department of Agriculture": USA)."""
        words = name.split()
        return {c for n in (1, 2, 3) for i in range(len(words) - n + 1)
                if (c := self.kb.country_of(" ".join(words[i:i + n]))) is not None}

    def _typed_short_form(self, cand: Candidate, clusters: list[Cluster]) -> str | None:
        """"Shell" after "Royal Dutch Shell Group", "Apple" after "Apple Computer Inc": a company's short
        name that is also a word or surname (organizations*.csv `typed`) is that company where the article
        has named it in full before; alone it says nothing (a surname the parser took for a body)."""
        org = self.kb.typed_organizations.get(cand.key)
        if org is None:
            return None
        named = any(cl.kind == "org" and cl.identity == org.name and cl.first < cand.start for cl in clusters)
        return org.name if named else None

    def _long_form(self, cand: Candidate, clusters: list[Cluster]) -> Cluster | None:
        """The one organisation named before whose full name this short form stands for: "Rockwell" after
        "Rockwell International Corp", "Eastern" after "Eastern Airlines", "the Bank" after "World Bank"."""
        words = name_tokens(cand.text)
        if len(words) > 1:
            # "General Acquisition" after "General Acquisition Co": the whole name less its legal form, even
            # where its first word alone would be too common to stand for it
            whole = [cl for cl in clusters if cl.kind == "org" and cl.first < cand.start and any(
                _without_legal_form(name_tokens(m.text)) == words != name_tokens(m.text) for m in cl.members)]
            if len(whole) == 1:
                return whole[0]
        if not words or words[0] in GENERIC_NAME_STARTS:
            return None
        found = []
        for cl in clusters:
            if cl.kind != "org" or cl.first >= cand.start:
                continue
            for m in cl.members:
                full = name_tokens(m.text)
                prefix = len(words) < len(full) and full[:len(words)] == words
                head = len(words) == 1 and words[0] in ORG_HEADS and full[-1] == words[0] and len(full) > 1
                if prefix or head:
                    found.append(cl)
                    break
        if len(found) > 1 and words[0] in ORG_HEADS:
            return _story_body(found)
        return found[0] if len(found) == 1 else None


def _story_body(found: list[Cluster]) -> Cluster | None:
    """Of several bodies named before whose head word a bare head stands for ("the Bank" after the World
    Bank and Japan's Export-Import Bank), the one the story is about: named first and more often than each
    other one (the World Bank of its headline and president, not the Ex-Im Bank named once in passing);
    None when no one body leads so."""
    first = min(found, key=lambda cl: cl.first)
    if all(len(first.members) > len(cl.members) for cl in found if cl is not first):
        return first
    return None


NAME_LINK_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "los", "las", "el", "des", "du",
                             "&"})


# Legal forms that may close a company's name and be left off its short form ("General Acquisition Co").
LEGAL_FORM_WORDS = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited",
                              "plc", "llc", "ag", "sa", "nv", "spa", "bv", "gmbh", "kk", "pty", "lp"})


def _formed_namesake(cand: Candidate, clusters: list[Cluster]) -> Cluster | None:
    """The company no table codes named before whose name less its legal form is `cand`'s, the form one of a
    few countries' law none of which is `cand`'s table country ("Sears Plc" before a tables' "Sears", USA)."""
    words = name_tokens(cand.text)
    national = national_legal_forms()
    for cl in clusters:
        if cl.kind != "org" or cl.code is not None or cl.first >= cand.start:
            continue
        for m in cl.members:
            full = name_tokens(m.text)
            form = national.get(full[-1]) if len(full) > len(words) else None
            if form is not None and cand.country not in form and _without_legal_form(full) == words:
                return cl
    return None


def _without_legal_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """A company name's words less the legal forms closing it: ("general", "acquisition", "co") -> the first
    two."""
    end = len(words)
    while end > 1 and words[end - 1] in LEGAL_FORM_WORDS:
        end -= 1
    return words[:end]


def _name_part(text: str) -> str:
    """A mention's name less a short form the NER took in with its opening bracket: "Center for Economic
    Research (CER" -> "Center for Economic Research"."""
    return text.split(" (", 1)[0]


def _defines(doc: Doc, mention: Candidate, short: str) -> bool:
    """Whether an organisation's mention defines `short` as its short form right where it is named: "(IBC)"
    after it, its initials set off by commas after it ("Semiconductor Industry Association, SIA,"), or an
    opening bracket and the short form that the NER took into the name ("Research (CER")."""
    end = mention.end
    if mention.text.endswith(f"({short}") and end < len(doc) and doc[end].text == ")":
        return True
    if _glossed_short_form(doc, end, short):
        return True
    if end + 2 >= len(doc) or doc[end + 1].text != short:
        return False
    if doc[end].text == "(":
        return doc[end + 2].text == ")"
    return doc[end].text == "," and doc[end + 2].text == "," and _initials(mention.text) == short


def _glossed_short_form(doc: Doc, end: int, short: str) -> bool:
    """Whether the bracket right after a name gives its name in the body's own language and then its short
    form: "National Civil Police (Policia Nacional Civil - PNC)", "(Fiscalia General de la Republica -
    FGR)", as news about Latin America writes the Spanish initials."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    close = next((i for i in range(end + 1, min(end + 14, len(doc))) if doc[i].text == ")"), None)
    if close is None or close - end < 4 or doc[close - 1].text != short \
            or doc[close - 2].text not in {"-", "–", "—", ","}:
        return False
    return all(t.is_title or (t.is_lower and len(t) <= 3) for t in doc[end + 1:close - 2])


def _shares_words(name: str, other: str) -> bool:
    """Whether two names share most of their words: "Organisation for Economic Co-operation" is the
    table's "Organization for Economic Cooperation and Development" written otherwise, not another body."""
    words = {w for w in normalize(name).split() if w not in NAME_LINK_WORDS}
    others = {w for w in normalize(other).split() if w not in NAME_LINK_WORDS}
    return 2 * len(words & others) >= min(len(words), len(others))


def _initials(name: str) -> str:
    """The capitals a body's name is abbreviated by: "South African Airways" -> "SAA"."""
    words = name.replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in NAME_LINK_WORDS and w[0].isalpha())


def _spelled_alike(name: str, other: str) -> bool:
    """Whether two names differ only in the spelling of their words ("Organisation", "Organization")."""
    words = [w for w in normalize(name).split() if w not in NAME_LINK_WORDS]
    others = [w for w in normalize(other).split() if w not in NAME_LINK_WORDS]
    return len(words) == len(others) and all(similar_word(a, b) for a, b in zip(words, others, strict=True))


def _one_earlier_speaker(cand: Candidate, clusters: list[Cluster]) -> Cluster | None:
    """The one cluster an earlier mention of the same speaking role made ("a bank spokesman", "its
    spokesman") that a bare "the spokesman" after it refers back to; None when the mention says more
    than "the <role>" or two such clusters came before (whose spokesman, the text does not say)."""
    role = cand.role
    if role is None or normalize(cand.text) != f"the {normalize(role.phrase)}":
        return None
    earlier = [cl for cl in clusters if cl.kind == "role" and any(
        m.role is not None and m.role.phrase == role.phrase and m.start < cand.start for m in cl.members)]
    return earlier[0] if len(earlier) == 1 else None


# Where a mention's country came from when it is no word of its own sentence (see Actor.basis).
GUESSED_BASES = frozenset({"dateline", "article"})


# Prepositions whose object is what an act is done to or with, not where it happens ("ties with Russia").
OBJECT_PREPS = frozenset({"with", "to", "against", "toward", "towards", "into", "on", "at", "over", "about",
                          "for"})


def sentence_countries(doc: Doc, cand: Candidate, cands: list[Candidate]) -> set[str]:
    """The countries the sentence of `cand` speaks of, in its own words: the place it happens in and the
    countries of the other actors it names ("in El Salvador", "Sao Paulo state's police", "MS13"); not
    a country an act is done to ("accused the delegation of threatening Niger over its ties with Russia"),
    nor those the dateline or the article gave."""
    return {c.country for c in cands if c.sentence == cand.sentence and c is not cand and c.country
            and c.basis not in GUESSED_BASES and not _acted_on(doc[c.start:c.end].root)}


def _acted_on(tok: Token) -> bool:
    """Whether a mention is the object of a verb or of a preposition of what is done to or with it."""
    tok = first_conjunct(tok)
    if tok.dep_ in {"dobj", "dative", "attr", "oprd"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in OBJECT_PREPS


def story_counts(cands: list[Candidate], capitals: Container[str]) -> tuple[Counter[str], Counter[str]]:
    """The mentions of each country the article's candidates name in their own words ("Honduras",
    "Honduran police officers", "in Tegucigalpa"), and among them those of places other than national
    capitals (which stand for their governments: "Islamabad denied"): what `story_country.main_country`
    reads before the clusters are made."""
    counts: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for c in cands:
        if c.country and c.basis not in GUESSED_BASES:
            counts[c.country] += 1
            if c.kind == "place" and c.key not in capitals:
                places[c.country] += 1
    return counts, places


# Sectors of armed and criminal groups outside the state that "the gang", "the cartel" refer back to.
ARMED_SECTORS = frozenset({"CRM", "REB", "INS"})
# A group named in its sentence or the two before is what a bare "the gang" in it refers back to.
GROUP_WINDOW = 2


@lru_cache(maxsize=1)
def armed_men_words() -> frozenset[str]:
    """Nouns for armed men no table gives a group, UAF ("gunman", "attacker", "fighter": `party_words.csv`
    armed_men_noun), lemmas."""
    from ..events.party_words import words  # the party word table; imported here to keep actors light

    return words("armed_men_noun")


def _armed_men(doc: Doc, cand: Candidate) -> bool:
    """Whether `cand` is a noun for armed men of no named group ("the gunmen", "the attackers")."""
    return cand.sector in {"UAF", "CRM"} and doc[cand.end - 1].lemma_.lower() in armed_men_words()


def _unnamed_armed_men_between(doc: Doc, cand: Candidate, cands: list[Candidate], clusters: list[Cluster],
                               start: int) -> bool:
    """Whether armed men of no named group are told from token `start` up to `cand` ("Gunmen killed a Zetas
    leader. The attackers fled": the attackers are those gunmen, not the Zetas)."""
    grouped = {id(m) for cl in clusters if cl.kind == "org" for m in cl.members}
    return any(start <= c.start < cand.start and c.kind in {"body", "role"} and c.sector == "UAF"
               and id(c) not in grouped for c in cands if c is not cand)


def _phrase_head(doc: Doc, mention: Candidate) -> Token:
    """The noun phrase a mention stands in, by its head: "Zetas" in "three Zetas gunmen" is "gunmen", "AQIS"
    in "the chief of AQIS" is "chief" (a name modifying, possessing or of-phrased into the noun)."""
    tok = doc[mention.start]
    while tok.head.i != tok.i and mention.start <= tok.head.i < mention.end:
        tok = tok.head
    while tok.head.i != tok.i:
        if tok.dep_ in {"compound", "amod", "nmod", "poss", "appos", "conj", "nummod"}:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in {"of", "including"} and tok.head.head.i != tok.head.i:
            tok = tok.head.head
        else:
            break
    return tok


@lru_cache(maxsize=1)
def force_member_words() -> frozenset[str]:
    """Words for the men of any armed state force, police or army ("trooper", "jawan": `party_words.csv`
    force_member), lemmas."""
    from ..events.party_words import words  # the party word table; imported here to keep actors light

    return words("force_member")


# The sectors of the armed forces of a state whose men a force member word names.
FORCE_SECTORS = frozenset({"COP", "MIL"})


def _force_sector(cl: Cluster) -> str | None:
    """The sector of a cluster that is a state's armed force or one of its men (COP or MIL: "an army
    trooper", "the State Police"), else None; not a police station named as the place of an act ("near Asalu
    under Mahur Police Station"), nor one in whose limits it lies."""
    sector = cl.sector or (cl.code or "")[3:6]
    if cl.kind not in {"org", "body", "metonym", "role"} or sector not in FORCE_SECTORS:
        return None
    if all(normalize(m.text).split()[-1:] in (["station"], ["limits"]) for m in cl.members):
        return None
    return sector


def _force_named_before(doc: Doc, cand: Candidate, clusters: list[Cluster]) -> str | None:
    """"The search squad of the State Police was attacked ... The troopers returned fire": "the troopers",
    "jawans" with no word saying whose (`force_member_words`), which news writes of policemen and soldiers
    alike, are the men of the force the nearest sentence up to GROUP_WINDOW before that names one names: COP
    where it names police forces only; None (the role's own sector, MIL) where it names soldiers or both, or
    none is named."""
    if cand.role is None or cand.sector != "MIL" or cand.possessor is not None:
        return None
    words = normalize(cand.text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) != 1 or doc[cand.end - 1].lemma_.lower() not in force_member_words():
        return None  # "Army troopers", "CRPF jawans": their own words say whose men they are
    for sentence in range(cand.sentence, cand.sentence - GROUP_WINDOW - 1, -1):
        sectors = {sector for cl in clusters if (sector := _force_sector(cl))
                   and any(m.sentence == sentence and m.start < cand.start for m in cl.members)}
        if sectors:
            return "COP" if sectors == {"COP"} else None
    return None


def _named_group(doc: Doc, cand: Candidate, cands: list[Candidate],
                 clusters: list[Cluster]) -> Cluster | None:
    """"Brazil's PCC has moved to the top ... members of the gang robbed a vault": a bare singular "the
    gang", "the cartel" (a body noun of an armed or criminal sector, nothing else saying which) is the named
    group of its kind (a gang a criminal group, not the rebels named before) that the tables code, the one
    named last: in its own sentence, else the one before, else the one before that; None when none or two
    are named in the nearest sentence that names one (then it is merged as a body noun, below).
    "Taliban fighters stormed a checkpoint. The fighters killed three policemen": a bare "the fighters",
    "the gunmen", "the attackers" (`armed_men_words`) is so the named group of any armed or criminal kind,
    else the one band of no name ("militants") told so; not a group the sentence naming it acts on, nor
    when armed men of no named group are told after it (`_last_group`)."""
    if cand.role is None or cand.plural or cand.possessor is not None:
        return None
    # "the gunmen", "the armed men": no word but "armed" saying which men (never "the unidentified gunmen")
    words = normalize(cand.text).split()
    men = _armed_men(doc, cand) and words[:1] == ["the"] and (len(words) == 2 or words[1:-1] == ["armed"])
    if not men and (normalize(cand.text) != f"the {normalize(cand.role.phrase)}"
                    or cand.sector not in ARMED_SECTORS):
        return None
    # armed men may be any band's; a gang is a criminal group, rebels no gang
    kinds = ARMED_SECTORS if men else frozenset({"CRM"}) if cand.sector == "CRM" else ARMED_SECTORS - {"CRM"}
    groups = [cl for cl in clusters if cl.kind == "org" and cl.code and cl.code[3:6] in kinds]
    found = _last_group(doc, cand, cands, clusters, groups, men)
    if found is None and men:
        # "One militant was killed in a raid ... the terrorists opened fire": armed men of no name told
        # before by a noun of a band's sector are those men
        bands = [cl for cl in clusters if cl.kind in {"body", "norp"} and cl.sector in kinds]
        found = _last_group(doc, cand, cands, clusters, bands, men)
    return found or None


def _last_group(doc: Doc, cand: Candidate, cands: list[Candidate], clusters: list[Cluster],
                groups: list[Cluster], men: bool) -> Cluster | Literal[False] | None:
    """The one of `groups` named in the nearest sentence up to GROUP_WINDOW before `cand` that names one;
    False when that sentence names two or, for armed men, acts on it or tells unnamed armed men after it;
    None when no sentence names one."""
    for sentence in range(cand.sentence, cand.sentence - GROUP_WINDOW - 1, -1):
        found = [cl for cl in groups
                 if any(m.sentence == sentence and m.start < cand.start for m in cl.members)]
        if not found:
            continue
        if len(found) != 1:
            return False
        if men:
            told = [m for m in found[0].members if m.sentence == sentence and m.start < cand.start]
            first = sentence_of(doc[told[0].start]).start
            if any(_acted_on(_phrase_head(doc, m)) for m in told) \
                    or _unnamed_armed_men_between(doc, cand, cands, clusters, first):
                return False  # "a grenade attack on the JuD madrassa ... the assailants": not the JuD's men
        return found[0]
    return None


def _rescue_nickname(cand: Candidate, nicknames: dict[str, Cluster]) -> bool:
    """An ORG/GPE/NORP span written as a person's alias ("Repollo was expelled" after "Jorge Ulloa, alias
    'Repollo'") is that person, unless a table codes it (an alias that is a country's name stays one: the
    text must show it is the person's, which this does not read)."""
    person = nicknames.get(cand.key) if not (cand.code or cand.country or cand.sector) else None
    if person is None:
        return False
    cand.kind, cand.label = "person", "PERSON"
    person.add(cand)
    return True
