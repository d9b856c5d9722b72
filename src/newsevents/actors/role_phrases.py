"""Role noun phrases ("the prime minister", "U.S. officials", "his spokesman", "the head of the Israeli
government"): which role, whose (demonym, possessive, of-phrase, the country of the clause), and whether it
names anyone in particular."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from ..extensions import entity_spans, tokens_of_pos
from ..resources import load_table
from .candidates import (
    FORMER,
    INDEFINITE,
    NONSTATE_SECTORS,
    SELF_STYLED_SECTOR,
    STATE_RANK_SECTOR,
    Candidate,
    Reader,
    _under_prep,
    domestic_roles,
    is_direction,
    namesake_capital,
)
from .knowledge import Role, normalize, normalized_words, singulars
from .titles import (
    CRIME_SECTOR,
    armed_outfit,
    charge_among,
    charge_keeps_role,
    charge_verb,
    crime_trade_sector,
    held_for_crime,
    left_armed_group,
    nonstate_group_ending,
)

# Sectors of the domestic offices whose holders, several with "the" and no country, are a body of the story's
# country ("the senators", "the judges"); not ranks and trades whose plurals are other words ("the majors" are
# the big oil companies, "the traders" anyone's).
DOMESTIC_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# Roles written only as abbreviated titles before a name ("Sen. William Proxmire"): the same letters alone
# are other words (a sen is a hundredth of a yen, a sales rep no legislator).
TITLE_ABBREVIATIONS = frozenset({"sen", "rep"})
# Sectors of private people whom a charge the text ties them to makes criminals ("two men were charged with
# drug trafficking", "citizens being prosecuted for jaguar trafficking"); officials keep their office.
CHARGEABLE_SECTORS = frozenset({"CVL"})
# Sectors of plural groups that "the" refers back to rather than places ("the government will pay the banks":
# the creditors, foreign; "the companies said": the two the story named); with no country, no body.
ANAPHORIC_GROUP_SECTORS = frozenset({"BUS", "LAB"})
# Nouns of a charge brought against someone ("the charges against X accused of smuggling").
CHARGE_NOUNS = frozenset({"charge", "case", "indictment", "accusation", "allegation"})
# Ranks that head a group of any kind ("criminal leaders", "rebel commanders", "cartel bosses"): with a word
# before them naming the kind of group, they are of that group's sector, not the state's the bare rank has.
GROUP_HEAD_WORDS = frozenset({"leader", "commander", "chief", "boss", "head", "kingpin"})
# Sectors of the bare ranks a group word before them may make a group's ("leader" GOV, "commander" MIL).
STATE_RANK_SECTORS = frozenset({"GOV", "MIL"})
# The sector of a role that names people by what they do for a cause, not a trade or office ("activists",
# "supporters"): of a coded organisation they are its members (`_members_of_organization`).
MEMBER_ROLE_SECTOR = "CVL"
# Sectors of armed men and of the armed groups whose members they are ("militants of LeT": the group's).
ARMED_MEMBER_SECTORS = frozenset({"REB", "INS", "UAF", "RAD"})
# The sector of a role naming people by their work ("workers"): of a party the tables code they are its
# members ("National Conference (NC) workers", party work, not labour), of any other body its employees (LAB).
WORKER_ROLE_SECTOR = "LAB"
# Sectors of political parties (in government or in opposition), whose workers are their members.
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# Sectors of the roles whose people may be an organisation's members (`member_role`).
MEMBER_ROLE_SECTORS = frozenset({MEMBER_ROLE_SECTOR, WORKER_ROLE_SECTOR, *ARMED_MEMBER_SECTORS})
# Sectors of the groups no state runs whose men a member word names as theirs ("gunmen of the Zetas", "a
# commander of the ELN", "hitmen of Los Rastrojos"): the group's code, whatever sector the word has alone.
ENLISTING_SECTORS = frozenset({"REB", "INS", "UAF", "RAD", "CRM"})
# Sectors of the groups whose heads a modifier names ("criminal", "rebel", "cartel", "extremist", "student").
HEADED_GROUP_SECTORS = frozenset({"CRM", "REB", "INS", "UAF", "RAD", "OPP", "EDU", "LAB", "AGR", "REL"})


def role_lemma(tok: Token, last_words: set[str] | frozenset[str]) -> str:
    """The normalized word a role table row ends on that `tok` stands for: its lemma for a plural, its text
    otherwise. A plural the tagger took for a proper noun keeps its capital and plural in spaCy's lemma
    ("U.S. Officials said", "Japanese Officials": a wire's capitalised common noun after a country word), so
    the singular of its word is tried against `last_words`, the last words of the role rows."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return normalize(tok.text)
    lemma = normalize(tok.lemma_)
    if tok.tag_ == "NNPS" and lemma == normalize(tok.text):
        return next((w for w in singulars(lemma) if w in last_words), lemma)
    return lemma


def _wire_named_role(tok: Token, role: Role) -> bool:
    """Whether `tok` is a one-person role written with a capital that the NER took, with the country word
    before it, for an organisation's name ("a U.S. Official said", "a Japanese Diplomat"): a wire's
    capitalised common noun, not a title before a name (a title's holder is named after it)."""
    return role.person and tok.is_title and tok.tag_ in {"NN", "NNP"} and any(
        e.label_ == "ORG" and e.start < tok.i and e.end == tok.i + 1 for e in entity_spans(tok.doc))


def member_role(role_sector: str, org_sector: str | None) -> bool:
    """Whether people of a role of `role_sector` named as of (or after) an organisation of `org_sector` are
    that organisation's members: activists of any body, armed men of an armed group, workers of a party only
    ("two PPP workers", "a National Conference (NC) worker"; a company's workers stay labour)."""
    if role_sector == MEMBER_ROLE_SECTOR:
        return True
    if role_sector in ARMED_MEMBER_SECTORS:
        return org_sector is None or org_sector in ARMED_MEMBER_SECTORS
    return role_sector == WORKER_ROLE_SECTOR and org_sector in PARTY_SECTORS


def charged_people(tok: Token) -> bool:
    """Whether the people a role noun names are tied to a crime by the verb they hang from: the subject of
    a passive ("three men were charged with drug trafficking", also the later conjuncts of a coordinated
    subject), the object of an active charge ("police arrested two men for smuggling fuel"), or a
    participle or relative clause on the noun ("two residents accused of extortion", "villagers who were
    arrested for illegal mining") when the noun's own clause makes them actors or arrests them, not when it
    makes them victims ("gunmen killed three villagers who had been accused of theft": a lynching's
    victims)."""
    head = tok
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.dep_ in {"nsubjpass", "dobj"}:
        # the verb and the verbs coordinated with it ("were arrested and charged with drug trafficking"), the
        # charge on the verb or, as the parser may hang it, on the noun ("arrested three men for smuggling")
        verb = head.head
        if any(held_for_crime(v) for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]) \
                or charge_among(verb, tok.children):
            return True
    # (or the one a charge is brought against: "reduced the charges against a trucker accused of smuggling")
    charged_against = head.dep_ == "pobj" and head.head.lower_ == "against" \
        and head.head.head.lemma_.lower() in CHARGE_NOUNS
    own_clause = head.dep_ == "nsubj" or (head.dep_ in {"nsubjpass", "dobj"} and charge_verb(head.head)) \
        or charged_against
    return own_clause and any(c.dep_ in {"acl", "relcl"} and c.i > tok.i and held_for_crime(c)
                              for c in tok.children)


def headed_group_sector(rank: Token, modifiers: list[Token], roles: Any) -> str | None:
    """The sector of the group a rank heads when a word before it names the group's kind ("criminal
    leaders" CRM, "rebel commanders" REB, "gang bosses" CRM, "student leaders" EDU); None for any other
    noun, or when no modifier names such a group ("world leaders", "top leaders")."""
    if normalize(rank.lemma_) not in GROUP_HEAD_WORDS:
        return None
    for m in reversed(modifiers):
        if not m.text.islower() or m.dep_ not in {"amod", "compound"}:
            continue  # a capitalised name is its own mention ("the Zetas cartel leader")
        group = roles.get(normalize(m.text)) or roles.get(normalize(m.lemma_))
        if group is not None and group.sector in HEADED_GROUP_SECTORS and not group.inherit:
            return str(group.sector)
    return None


def charged_sector(tok: Token, sector: str, phrase: str) -> str:
    """The sector of the people a role noun (`phrase`, of `sector`) names once the text ties them to a
    crime (`charged_people`): private people (CVL) become criminals (CRM); officials, and the protesters
    and victims `crime_predicates.csv` keeps, stay what they are."""
    kept = charge_keeps_role()
    if sector not in CHARGEABLE_SECTORS or phrase in kept or normalize(tok.lemma_) in kept:
        return sector
    return CRIME_SECTOR if charged_people(tok) else sector


def _one_country_group(doc: Doc, tok: Token, start: int, cand: Candidate) -> bool:
    """A plural role noun the text gives exactly one country ("U.S. officials", "Venezuela's prosecutors"),
    not a coordination of several ("U.S. and Soviet officials", "the presidents of Russia and Ukraine") and
    not a role whose sector is its owner's ("spokesmen")."""
    if cand.country is None or cand.role is None or cand.role.inherit or cand.possessor is not None:
        return False
    return _one_country_group_shape(doc, tok, start)


def _one_country_group_shape(doc: Doc, tok: Token, start: int) -> bool:
    """Whether a plural role noun is written as one group: no coordination in it or its modifiers ("U.S.
    and Soviet officials", "the governors of Sinaloa and Sonora", "senators and deputies")."""
    return not any(t.dep_ in {"conj", "cc"} for t in tok.subtree if t.i != tok.i) and \
        not any(t.dep_ in {"conj", "cc"} for t in doc[start:tok.i]) and tok.dep_ != "conj"


@cache
def division_country(key: str) -> str | None:
    """The one country with a first-level division whose main name is `key` ("sinaloa": MEX); None when
    none or several. The gazetteer is imported here: it builds on the actor tables."""
    from ..geo.index import PlaceIndex

    if is_direction(key):
        return None
    countries = {e.iso3 for e in _place_index(PlaceIndex).lookup(key)
                 if e.iso3 and not e.alt and e.feature == "admin1"}
    return next(iter(countries)) if len(countries) == 1 else None


@cache
def _place_index(factory: Any) -> Any:
    return factory()


PLACE_KIND_WORDS = frozenset({"district", "town", "city", "village", "province", "state", "tehsil", "area",
                              "agency", "municipality", "department", "county", "region"})
TOWN_POPULATION = 5_000  # smaller places share their names across countries too often to place a group
CLEAR_LEAD = 10  # how many times larger the likeliest country's place must be than any other country's


@cache
def place_country(key: str) -> str | None:
    """The country of the place a name means (divisions and towns of 5,000, spelling variants too: "Sopore",
    "Kupwara district": IND; "Veracruz": MEX, not the Brazilian towns) when one country's such place is
    ten times larger than any other country's; None otherwise ("San Jose")."""
    from ..geo.index import PlaceIndex

    if is_direction(key):
        return None  # "a contractor in the Southeast": a part of the story's country, not Botswana's district
    words = key.split()
    if len(words) > 1 and words[-1] in PLACE_KIND_WORDS:  # "Kupwara district": the gazetteer's "Kupwara"
        key = " ".join(words[:-1])
    largest: dict[str, int] = {}
    for e in _place_index(PlaceIndex).lookup(key):
        if e.iso3 and (e.feature in {"admin1", "admin2"} or e.population >= TOWN_POPULATION):
            largest[e.iso3] = max(largest.get(e.iso3, 0), e.population, 1)
    ranked = sorted(largest.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < CLEAR_LEAD * ranked[1][1]):
        return None
    return ranked[0][0]


def _modifier_run(child: Token, start: int) -> list[Token]:
    """The words of a modifier before a role (`start`): its subtree's unbroken run around it, never across a
    dash or other punctuation, nor one cut off from the role by a dash. In "BAGHDAD - Iranian troops" the
    parser hangs the dateline on "Iranian"; Baghdad is where the story was filed, not whose troops
    they are."""
    inside = {t.i for t in child.subtree if t.i < start}
    doc, left, right = child.doc, child.i, child.i

    def joins(i: int) -> bool:  # a word, or a hyphen inside one ("Pakistan-based")
        return not doc[i].is_punct or (i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_)

    while left - 1 in inside and joins(left - 1):
        left -= 1
    while right + 1 in inside and joins(right + 1):
        right += 1
    if not all(joins(i) for i in range(right + 1, start)):
        return []  # "SAN SALVADOR - Police": a dateline the parser made the role's compound
    return list(doc[left:right + 1])


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are words joined by a hyphen inside ("self-defense militias"): the role
    table writes them with their hyphen, the tokenizer splits it off."""
    return not doc[start].is_punct and any(doc[k].text == "-" and not doc[k - 1].whitespace_
                                           for k in range(start + 1, end))


def _region_country(tok: Token) -> str | None:
    """The country of a first-level division naming a group ("Manipur militants", "Sinaloa gunmen"): a
    capitalised name (the parser may tag it an organisation or an adjective) of one country's division."""
    if tok.pos_ not in {"PROPN", "ADJ"} or not tok.text[:1].isupper() or tok.ent_type_ in {"PERSON", "NORP"}:
        return None
    return division_country(normalize(doc_span(tok)))


def doc_span(tok: Token) -> str:
    """A proper noun with the proper nouns before it in its phrase ("Dera Ismail Khan")."""
    start = tok.i
    while start > tok.left_edge.i and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start:tok.i + 1].text


def _of_phrase_end(doc: Doc, pobj: Token) -> int:
    """Where a role's of-phrase ends: before a name the parser hangs on it as an appositive ("the president
    of Afghanistan, Hamid Karzai, said": Karzai is his own mention, not words of the role) and its comma."""
    cut = [c.left_edge.i for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i]
    end = min(cut) if cut else pobj.right_edge.i + 1
    while end - 1 > pobj.i and doc[end - 1].is_punct:
        end -= 1
    return end


def _proper_name_end(doc: Doc, pobj: Token) -> int:
    """Where a body's proper name that goes on past "of" ends: "the Revolutionary Front of Organized Crime"
    ends after "Crime"; "the army of Mexico" (a common noun head) ends at "army"."""
    end = pobj.i + 1
    if pobj.pos_ != "PROPN":
        return end
    last = _of_phrase_end(doc, pobj)
    while end + 1 < last and doc[end].lower_ == "of" and doc[end + 1].is_title:
        end += 1
        while end < last and (doc[end].is_title or doc[end].lower_ in {"the", "and"}):
            end += 1
    return end


# Lower-case words inside South Asian group names as news writes them ("Jaish-e-Mohammad", "Hizb ul
# Mujahideen", "Communist Party of India"), and the marks between their words.
NAME_LINK_WORDS = frozenset({"e", "i", "ul", "ud", "us", "ut", "al", "ur", "of", "-", "(", ")"})
NAME_WORDS_MAX = 8


def _written_name_after(doc: Doc, start: int) -> list[str]:
    """The normalized words of a name as written from `start`: capitalised words and the link words and
    marks inside such names, up to the first other word."""
    words: list[str] = []
    for tok in doc[start:start + NAME_WORDS_MAX]:
        if not (tok.text[:1].isupper() or tok.lower_ in NAME_LINK_WORDS):
            break
        if not tok.is_punct:
            words.append(normalize(tok.text))
    return words


def _bracketed_before(doc: Doc, start: int) -> list[Token] | None:
    """The words of a bracketed abbreviation of one or two words ending just before `start` ("(JeM)",
    "(CPI Maoist)"), else None."""
    if start < 3 or doc[start - 1].text != ")":
        return None
    for width in (1, 2):
        opening = start - 2 - width
        if opening >= 1 and doc[opening].text == "(":
            inside = list(doc[opening + 1:start - 1])
            if all(t.is_alpha and t.text[:1].isupper() for t in inside):
                return inside
    return None


def _written_name_before(doc: Doc, end: int) -> list[str]:
    """The normalized words of a name as written up to `end` (exclusive), read backwards: capitalised words
    and the link words inside such names ("Jaish e Mohammad", "Hizb ul Mujahideen"), at most
    NAME_WORDS_MAX, starting at a capitalised word."""
    first = end
    for tok in reversed(doc[max(end - NAME_WORDS_MAX, 0):end]):
        if not (tok.text[:1].isupper() or tok.lower_ in NAME_LINK_WORDS) or tok.text in {"(", ")"}:
            break
        first = tok.i
    while first < end and not doc[first].text[:1].isupper():
        first += 1  # a name opens with a capitalised word: "the e" is no part of it
    return [normalize(t.text) for t in doc[first:end] if not t.is_punct]


def _abbreviation_after_name(doc: Doc, tok: Token, taken: list[bool]) -> bool:
    """Whether a role written as an abbreviation ("SFs", "BSF") follows straight after a capitalised name
    already read whose words' initials it spells ("Afghan Security Forces SFs"): the name's abbreviation,
    its brackets lost, not a second group that would take the words before it as its modifiers."""
    letters = [ch for ch in tok.text if ch.isupper()]
    if len(letters) < 2 or tok.i < len(letters) or not taken[tok.i - 1]:
        return False
    name = doc[tok.i - len(letters):tok.i]
    return all(taken[t.i] for t in name) and [t.text[:1] for t in name] == letters


def _common_word(tok: Token) -> bool:
    """A common word before a role, in lower case or capitalised only as a sentence's first word ("Senior
    Mexican officials"): no part of a country's or region's name."""
    if tok.text.islower():
        return True
    return bool(tok.is_sent_start) and tok.pos_ in {"ADJ", "NOUN"} and not tok.ent_type_ \
        and tok.text[1:].islower()


def _country_modifier(doc: Doc, tok: Token, start: int) -> str:
    """The words before a role phrase, without determiners and a possessive 's, with a capitalised word
    just before them: "U.S." in "the U.S. officials", "Venezuela" in "Venezuela's prosecutors", "South
    American" in "South American leaders"."""
    left = min([start, *[c.i for c in tok.lefts if c.dep_ in {"det", "amod", "compound", "poss"}]])
    # lower-case words name no country: "senior Mexican officials", "Brazilian agriculture officials" are
    # Mexico's and Brazil's as "Mexican officials" are
    words = " ".join(t.text for t in doc[left:start] if t.dep_ not in {"det", "case"} and not _common_word(t))
    if left > 0 and doc[left - 1].is_alpha and doc[left - 1].text[:1].isupper():
        # "South American leaders", "Latin American officials": a capitalised word before the demonym may
        # make it a region's; the caller compares the country of both readings.
        return f"{doc[left - 1].text} {words}"
    return words



@cache
def group_member_words() -> frozenset[str]:
    """Words for a member of the group an of- or from-phrase names ("fighters", "gunmen", "a lieutenant":
    `party_words.csv` group_member), lemmas."""
    from ..events.party_words import words  # the party word table; imported here to keep actors light

    return words("group_member")


def enlisted(tok: Token) -> bool:
    """Whether `tok` is a member word (`group_member_words`): a man it names as of an armed or criminal
    group is that group's man, not one of the word's own sector ("gunmen of the Zetas" MEXCRM, not UAF)."""
    members = group_member_words()
    return tok.lemma_.lower() in members or tok.lower_ in members


@cache
def body_acts() -> frozenset[str]:
    """Nouns of a body's act whose noun modifier is the body acting (body_acts.csv: "investigation")."""
    return frozenset(row["noun"] for row in load_table("body_acts", ("noun",)))


class RolePhraseReader(Reader):
    """Role noun phrases as candidates."""

    def _read_origin(self, doc: Doc, cand: Candidate) -> None:
        """"Shankar Barman (40) from Mahendraganj town in West Garo Hills District", "Jose Perez from Cali": a
        named person from a place is of its country (a country's name, else the one clear country of the
        place or of the division the phrase puts it in), whatever country the story is mostly about."""
        root = doc[cand.start:cand.end].root
        holders = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "as":
            holders.append(root.head.head)  # "a pharmacist identified as X (40) from Y": the parse hangs
            # the place on "identified"
        preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                 and c.i >= cand.end]
        for pobj in (p for prep in preps for p in prep.children if p.dep_ == "pobj"):
            places = [pobj, *(t for t in pobj.subtree if t.dep_ == "pobj" and t.i > pobj.i
                              and t.head.lower_ in {"in", "of"})]
            for place in places:
                if not any(t.pos_ == "PROPN" for t in doc[place.left_edge.i:place.i + 1]):
                    continue
                text = doc[place.left_edge.i:place.i + 1].text
                iso = self.kb.country_of(text) or place_country(normalize(text))
                if iso:
                    cand.country, cand.basis = iso, "context"
                    return

    def _role_phrases(self, doc: Doc, sent_of: dict[int, int], taken: list[bool]) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in tokens_of_pos(doc, "NOUN", "PROPN"):
            if taken[tok.i]:
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
        lemma = role_lemma(tok, self.role_last_words) if self._country_before(tok) \
            else normalize(tok.lemma_ if tok.tag_ in {"NNS", "NNPS"} else tok.text)
        if tok.lower_ == "head" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return self._head_of(doc, tok)
        if normalize(tok.text) not in self.role_last_words and lemma not in self.role_last_words:
            return None
        acting = tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in body_acts()
        if tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i and not acting:
            return None  # a modifier, not the head of its phrase ("government officials")
        if _abbreviation_after_name(doc, tok, taken):
            return None  # "Afghan Security Forces SFs": the name's own abbreviation, its brackets lost
        if any(c.dep_ == "compound" and taken[c.i] and not self._country_words([normalize(c.text)])
               and not self._country_words([normalize(t.text) for t in c.subtree])  # "Sierra Leone"
               and not _region_country(c)  # "Manipur militants", "Sinaloa gunmen"
               for c in tok.lefts):
            return None  # "the Zetas cartel", "the Wagner group": a word describing the name before it
        # The longest role phrase ending at this token ("foreign minister", "national security adviser").
        role, start = None, tok.i
        normalized = normalized_words(doc)
        for n in range(self.max_role_len, 0, -1):
            s = tok.i - n + 1
            if s < 0 or any(taken[k] for k in range(s, tok.i + 1)):
                continue
            words = normalized[s:tok.i + 1]
            role = kb.roles.get(" ".join(words)) or kb.roles.get(" ".join([*words[:-1], lemma])) or (
                kb.roles.get(normalize(doc[s:tok.i + 1].text)) if _hyphenated(doc, s, tok.i) else None)
            if role:
                start = s
                break
        if role is None or normalize(role.phrase) in TITLE_ABBREVIATIONS:
            return None  # "Sen." is a title before a name (titles.py), never a phrase of its own: "50 sen"
        cand = Candidate(start, tok.i + 1, doc[start:tok.i + 1].text, kind="role" if role.person else "body",
                         label="PERSON" if role.person else "ORG", sentence=0, role=role, sector=role.sector,
                         office=role.office, plural=tok.tag_ in {"NNS", "NNPS"} and role.person)
        if normalize(role.phrase).split()[0] in FORMER:
            cand.former = True  # "the former president": the role itself says its holder left office
        if start >= 2 and doc[start - 1].text in {"-", "\u2010", "\u2011"} \
                and not doc[start - 2].whitespace_ and doc[start - 2].lower_ in FORMER:
            # "the ex-governors", "an ex-police officer": the tokenizer splits "ex" off, the parser hangs it
            # anywhere; the mention takes it in and its holders left office
            cand.former, start = True, start - 2
        self._role_modifiers(doc, tok, start, cand)
        self._members_named_before(doc, start, cand)
        # "a surrendered Maoist", "two former militants": the words before the role say they left the group
        modifiers = [c.text for c in tok.children if c.i < start and c.dep_ in {"amod", "compound"}]
        left_armed_group(cand, modifiers + [t.text for t in doc[start:tok.i + 1]])
        headed = headed_group_sector(tok, [c for c in tok.children if c.i < start], kb.roles) \
            if cand.sector in STATE_RANK_SECTORS else None
        if headed is not None:
            # "the most dangerous criminal leaders", "Maoist commanders": heads of a group of that kind, no
            # head of state or government to resolve to an office holder
            cand.sector, cand.office = headed, None
        traded = crime_trade_sector(tok, cand.sector)
        if traded != cand.sector:
            # "the Italian mafia cocaine broker", "cartel operatives": a trade or rank of organised crime
            cand.sector, cand.office = traded, None
        spoken_for = self._spoken_for_sector(tok, start) if role.inherit and cand.possessor is None else None
        if spoken_for == role.sector:
            spoken_for = None  # "a ministry spokesman", "an embassy spokesman": whose government, the text
            # does not say (an embassy's is foreign); the role stays what it was
        if spoken_for is not None:
            # "a bank spokesman", "a union spokesman": he speaks for a body of the sector his noun gives
            cand.sector, cand.extras["spoken_for"] = spoken_for, spoken_for
        if acting:
            # "a British government investigation": the body that acts, with the country before it (the
            # parser hangs "British" on the act noun); a person's title ("a police chief probe") never is
            if role.person:
                return None
            before = [t for t in tok.head.lefts if t.i < start and t.dep_ in {"amod", "compound", "nmod"}]
            iso = cand.country or self._country_words([normalize(t.text) for t in before])
            if iso is None:
                return None
            cand.country, cand.basis = iso, cand.basis or "title"
            cand.start = min([start, *(t.i for t in before)])
            cand.text = doc[cand.start:tok.i + 1].text
            return cand
        if cand.country is None and cand.possessor is None and not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
            # "Authorities in Honduras are investigating": the group's own "in <country>" says whose
            own_in = self._own_in_country(tok)
            if own_in:
                cand.country, cand.basis = own_in, "context"
                cand.extras["country_from"] = "in"  # the place is its own mention: home.py counts it once
        else:
            own_in = None
        if cand.plural and _one_country_group(doc, tok, start, cand) and (
                own_in or self.kb.country_of(_country_modifier(doc, tok, start)) == cand.country):
            # "U.S. officials", "Mexican prosecutors": several holders of one country's role act as a body
            # of that country's sector (USAGOV, MEXJUD), not as people to resolve to a single holder.
            cand.kind, cand.label, cand.plural, cand.office = "body", "ORG", False, None
            body = self._modifier_body_sector(tok, start) if role.sector == "GOV" else None
            if body is not None:
                cand.sector = body  # "Japanese bank officials" JPNBUS, "Pakistani army officials" PAKMIL
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if cand.plural and cand.country is None and cand.possessor is None and dets & {"the"} \
                and role.sector in DOMESTIC_OFFICE_SECTORS and normalize(role.phrase) in domestic_roles() \
                and _one_country_group_shape(doc, tok, start):
            # "the senators approved the bill", "the governors met": several holders of a domestic office
            # with no country named act as a body of their sector, of the story's country (home.py), not
            # as people to resolve to one holder
            cand.kind, cand.label, cand.plural, cand.office = "body", "ORG", False, None
        # A domestic group or person ("militants attacked", "a policeman") is the story's country's (home.py).
        # Plurals of one-person roles ("governors from Spain and Latin America") are not among them.
        domestic = normalize(role.phrase) in domestic_roles() and not cand.plural
        # "a U.S. warship", "a British government inquiry": a body or vessel of a named country is one in
        # particular even with "a"; "an Australian foreign minister" is not anyone in particular.
        particular = domestic or (not role.person and cand.country is not None) or spoken_for is not None
        if not particular and dets & INDEFINITE and cand.country is not None and _wire_named_role(tok, role):
            # "a U.S. Official said", "a Japanese Official": the NER took the wire's capitalised role for a
            # body's name; the one the phrase names is the country's body of the role's sector (USAGOV),
            # as "U.S. Officials" is, never a holder of the office to resolve
            cand.kind, cand.label, cand.office, particular = "body", "ORG", None, True
        if dets & {"any", "every", "no", "each", "another"} or (dets & INDEFINITE and not particular):
            return None  # "an Australian foreign minister": not anyone in particular
        has_det = bool(dets & {"the", "this", "that"})
        if has_det and not role.person and role.sector in ANAPHORIC_GROUP_SECTORS and cand.country is None \
                and cand.possessor is None and tok.tag_ in {"NNS", "NNPS"} and not domestic \
                and normalize(role.phrase) == normalize(tok.text):
            return None  # "pay the banks", "the exporters": a plural row's group the story named, of any
            # country ("the companies", read through "company", is placed by the companies named: home.py)
        if cand.country is None and cand.possessor is None and not has_det and not domestic \
                and spoken_for is None:
            return None  # "officials said": no way to tell whose; precision first
        if domestic and cand.country is None and cand.possessor is None:
            # "In Guatemala, police arrested ...": a local group is of the country where its clause happens.
            iso = self._clause_country(tok)
            if iso:
                cand.country, cand.basis = iso, "context"
        if role.counterpart and not _own_nationality(tok):
            cand.country, cand.basis = None, None  # "Bolivia's creditor banks" are not Bolivian
        if spoken_for is None and cand.sector is not None:
            # "nine citizens are being prosecuted for jaguar trafficking": suspects, not civilians
            cand.sector = charged_sector(tok, cand.sector, normalize(role.phrase))
        # Extend the mention left over its modifiers so the evidence reads "the Russian president".
        # A modifier's own words go with it ("Peruvian" on "fisheries" in "Peruvian fisheries officials"),
        # never across punctuation (a dateline the parser hung there); a possessor stays its own phrase.
        left = min([start, *[(_modifier_run(c, start) or [c])[0].i if c.dep_ in {"amod", "compound"} else c.i
                             for c in tok.lefts if c.dep_ in {"det", "amod", "compound", "poss"}]])
        cand.start = left
        cand.text = doc[left:tok.i + 1].text
        return cand

    def _country_before(self, tok: Token) -> bool:
        """Whether a country's name or people's word modifies `tok` ("U.S. Officials", "Japanese Officials"):
        the one place a wire's capitalised plural is read as the common noun it is; elsewhere a capitalised
        plural is a name's word ("Cooper Industries", "the Maoists")."""
        return tok.tag_ == "NNPS" and any(
            c.dep_ in {"compound", "amod"} and self._country_words([normalize(c.text)], cities=False)
            for c in tok.lefts)

    def _spoken_for_sector(self, tok: Token, start: int) -> str | None:
        """The sector of the body a spokesman-like role (`inherit`) is named after by a lower-case noun
        before it: "a bank spokesman" BUS, "a central bank spokesman" GOV, "a union spokesman" LAB, "a
        police spokesman" COP; None when no such noun stands there (a capitalised name is its own mention)."""
        nouns = [c for c in tok.lefts if c.dep_ in {"compound", "nmod"} and c.i < start and c.pos_ == "NOUN"
                 and c.text.islower()]
        if not nouns:
            return None
        noun = nouns[-1]
        words = [t for t in _modifier_run(noun, start) if t.text.islower()] or [noun]
        phrase = " ".join(t.text for t in words)
        if len(words) == 1:
            # "The central bank has issued ... a bank spokesman said": the bank is the one the story named
            phrase = self._named_before(noun) or phrase
        group = self.kb.roles.get(normalize(phrase)) or self.kb.roles.get(normalize(noun.text))
        if group is not None and not group.person and not group.inherit:
            return group.sector
        return self.org_names.sector(phrase) or self.org_names.sector(noun.text)

    def _modifier_body_sector(self, tok: Token, start: int) -> str | None:
        """The sector of the body a lower-case noun before a group of officials names, the one nearest the
        role ("bank officials" BUS, "oil industry officials" BUS, "army officials" MIL); None for a noun of a
        topic rather than a body ("agriculture officials", "trade officials": the government's)."""
        nouns = [t for t in tok.doc[tok.left_edge.i:start] if t.pos_ == "NOUN" and t.text.islower()
                 and t.dep_ in {"compound", "nmod"}]
        for noun in reversed(nouns):
            group = self.kb.roles.get(normalize(noun.text))
            sector = group.sector if group is not None and not group.person and not group.inherit \
                else self.org_names.sector(noun.text)
            if sector is not None:
                return sector
        return None

    @staticmethod
    def _named_before(noun: Token) -> str | None:
        """The last earlier phrase of the story headed by the same noun with words before it ("the central
        bank" before "a bank spokesman"), as its words; None if there is none."""
        doc = noun.doc
        for t in reversed(doc[:noun.i]):
            if t.lower_ == noun.lower_ and t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound":
                before = [c for c in t.lefts if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN"}]
                if before:
                    return doc[before[0].i:t.i + 1].text.lower()
        return None

    def _own_in_country(self, tok: Token) -> str | None:
        """The country of an "in" phrase on the noun itself ("authorities in Honduras", "officials in
        Mexico City"), not on its verb ("officials said in Washington" may be anyone's)."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        # a place name is capitalised: the tagger calls "a van" a proper noun at times
                        words = [normalize(t.text) for t in pobj.subtree if t.pos_ == "PROPN"
                                 and t.text[:1].isupper() and not _under_prep(t, pobj)]
                        return self._country_words(words)
        return None

    def _clause_country(self, tok: Token) -> str | None:
        """The country named by an "in ..." phrase of the verb a noun is the subject or object of ("In Coban,
        Guatemala, farmers complained", "police in Honduras arrested"): a country, demonym or large city."""
        verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
        if verb is not None and verb.pos_ in {"VERB", "AUX"}:
            adverbs = [c for c in verb.children if c.dep_ in {"advmod", "npadvmod"}]  # "years ago in X"
            # and one hop down: "opened fire on a police party in Sopore", "killed two villagers in X"
            objects = [o for c in verb.children if c.i != tok.i for o in
                       ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
                        if c.dep_ == "prep" else [])]
            preps += [c for h in [verb, *adverbs, *objects] for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "in"]
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and not namesake_capital(pobj.doc[pobj.i:pobj.i + 1], self.kb):
                    # the place itself and its appositives ("Coban, Guatemala"), not places further out ("in
                    # the department of Arauca on the Venezuela border" is Colombia's)
                    words = [normalize(t.text) for t in pobj.subtree if t.pos_ == "PROPN"
                             and not _under_prep(t, pobj)]
                    iso = self._country_words(words)
                    if iso is None and pobj.pos_ == "PROPN" and pobj.ent_type_ in {"GPE", "LOC", "FAC"}:
                        # "Militants opened fire on a police party in Sopore": a town or district the
                        # tables lack is placed by the gazetteer when only one country has it
                        iso = place_country(normalize(doc_span(pobj)))
                    if iso:
                        return iso
        return None

    def _modifying_company_country(self, doc: Doc, tok: Token, start: int) -> str | None:
        """The country of the company the tables place whose name of several words fills the modifiers
        before the role ("the Anglo American executive": ZAF), else None."""
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < start]
        if not mods:
            return None
        words = [normalize(t.text) for t in doc[min(c.left_edge.i for c in mods):start]]
        org = self.kb.organizations.get(" ".join(words)) if len(words) > 1 else None
        return org.country if org is not None and org.sector == "BUS" else None

    def _role_modifiers(self, doc: Doc, tok: Token, start: int, cand: Candidate) -> None:
        """Whose role is it: a demonym or country modifier, a possessive, or an of-phrase. Modifiers may
        hang on the role's head or on its other words ("the Israeli harbour master": the parser often
        attaches "Israeli" to "harbour")."""
        inner = [t for t in doc[start:tok.i] if t.head.i <= tok.i]
        for child in [*tok.children, *(c for t in inner for c in t.children if c.i < start)]:
            word = normalize(child.text)
            if child.dep_ in {"amod", "compound", "nmod"} and child.i < start:
                # "the Anglo American executive": a company the tables place is of its own country, not the
                # country a word of its name names
                iso = self._modifying_company_country(doc, tok, start) or self._country_words(
                    [normalize(t.text) for t in _modifier_run(child, start)]) or (
                    _region_country(child) if child.i == start - 1 else None)  # "Manipur militants": IND
                if iso:
                    cand.country, cand.basis = iso, "title"
                if word in FORMER:
                    cand.former = True  # "two former police officers", "a retired general"
                self_styled = child.lower_ == "styled" and doc[max(child.i - 2, 0):child.i].text.lower() \
                    .startswith("self")
                if self_styled and cand.role is not None and cand.role.person \
                        and cand.sector not in NONSTATE_SECTORS:
                    # "the self-styled defence secretary of the KPLT", "a self styled area commander": a rank
                    # an outlawed armed group gives itself, no office of the state
                    cand.sector, cand.office = SELF_STYLED_SECTOR, None
            elif child.dep_ == "poss":
                if child.pos_ == "PRON":
                    cand.possessor = child.i
                else:
                    if cand.country is None:
                        cand.country = self._country_in(doc, child)
                        cand.basis = "context" if cand.country else None
                    if armed_outfit(child) and cand.role is not None and cand.role.person \
                            and cand.sector not in NONSTATE_SECTORS:
                        cand.sector, cand.office = SELF_STYLED_SECTOR, None  # "the outfit's chairman": REB
            elif child.dep_ == "prep" and child.lower_ == "from" and enlisted(tok) and any(
                    self._members_of_organization(doc, pobj, cand, tok) for pobj in child.children
                    if pobj.dep_ == "pobj"):
                pass  # "fighters from the FARC's 36th Front", "gunmen from the Gulf Cartel": its men
            elif child.dep_ == "prep" and child.lower_ == "from" and not (cand.role and cand.role.person) \
                    and cand.country is None:
                # "drug traffickers from Peru", "a delegation from Japan": a group from a country is its
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        cand.country = self.kb.country_of(doc[pobj.left_edge.i:pobj.i + 1].text)
                        cand.basis = "context" if cand.country else None
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if cand.country is None:
                            cand.country = self._country_in(doc, pobj)
                            # "troops of 25 Gorkha Rifles": a place word inside a known body's name (Gorkha,
                            # a district of Nepal) is not the country of the body (an Indian regiment)
                            if cand.country:
                                cand.country = self._named_body_country(doc, pobj) or cand.country
                            cand.basis = "context" if cand.country else None
                        if cand.country is None and cand.role is not None and pobj.pos_ == "PROPN" and \
                                normalize(cand.role.phrase) in domestic_roles():
                            # "the governor of Sinaloa", "the mayor of Iguala": a local office of the
                            # country that has a first-level division so called (and no other)
                            cand.country = division_country(normalize(doc[pobj.left_edge.i:pobj.i + 1].text))
                            cand.basis = "context" if cand.country else None
                        cand.end = max(cand.end, _of_phrase_end(doc, pobj))
                        members = self._members_sector(pobj, cand)
                        if members is not None:
                            cand.sector = members  # "a delegation of legislators" LEG, "of businessmen" BUS
                        self._members_of_organization(doc, pobj, cand, tok)
                        # "the president of the Peruvian central bank": the body's sector, not the title's.
                        body = self._body_sector(doc, pobj)
                        if body and cand.role and cand.role.person:
                            cand.sector, cand.office = body, None
                        elif cand.role is not None and cand.code is None and body in PARTY_SECTORS \
                                and member_role(cand.role.sector, body):
                            # "two workers of a political party", "activists of the ruling party": a party
                            # no table names, told by its kind, has them as its members, not labour
                            cand.sector = body
                        elif cand.role is not None and cand.role.person and cand.code is None \
                                and cand.sector == cand.role.sector == STATE_RANK_SECTOR:
                            self.rank_in_nonstate_body(child.head, cand)
                        if cand.role and cand.role.person:
                            self._nonstate_owner(doc, pobj, cand)
                            group = None if cand.code is not None or cand.sector in NONSTATE_SECTORS else \
                                nonstate_group_ending(self.kb.roles, self.max_role_len,
                                                      doc[pobj.left_edge.i:pobj.i + 1])
                            if group is not None:  # "the leader of a smuggling ring": CRM
                                cand.sector, cand.office = group.sector, None
                            if armed_outfit(pobj) and cand.sector not in NONSTATE_SECTORS:
                                cand.sector, cand.office = SELF_STYLED_SECTOR, None


    def _named_body_country(self, doc: Doc, pobj: Token) -> str | None:
        """The country of the body a role's of-phrase names by a proper name the tables know ("troops of 25
        Gorkha Rifles": an Indian Army regiment, IND), before any place word inside that name (Gorkha, a
        district of Nepal) is read as the role's country; None for a name no table knows or a body of no
        one country. Read only where a place word in the phrase gave a country."""
        if pobj.pos_ != "PROPN":
            return None
        words = [normalize(t.text) for t in doc[pobj.left_edge.i:pobj.i + 1] if not t.is_punct]
        # the longest run of two or more words ending on the head that the tables name ("gorkha rifles")
        runs = (self.kb.organizations.get(" ".join(words[i:])) for i in range(len(words) - 1))
        org = next((o for o in runs if o is not None), None)
        return org.country if org is not None else None

    def _body_sector(self, doc: Doc, pobj: Token) -> str | None:
        """The sector the name of the body a role heads gives: the whole proper name past "of" first ("the
        leader of the Revolutionary Front of Organized Crime" is a criminal's, CRM), else its head words."""
        start, end = pobj.left_edge.i, _proper_name_end(doc, pobj)
        whole = self.org_names.sector(doc[start:end].text) if end > pobj.i + 1 else None
        return whole or self.org_names.sector(doc[start:pobj.i + 1].text)

    def _members_of_organization(self, doc: Doc, pobj: Token, cand: Candidate, tok: Token) -> bool:
        """"two activists of the Muttahida Qaumi Movement (MQM)", "supporters of the ANP": people of no
        sector but a civilian's, named as of an organisation the tables code, are its members: its code
        (PAKPTY), not civilians of its country. "five militants of Jaish-e-Mohammad (JeM)": armed men of an
        armed group the tables code are that group's (PAKREB), not militants of the story's country. A member
        word (`enlisted`, `tok` the role's noun) of an armed or criminal group is that group's whatever its
        own sector: "gunmen of the Zetas" MEXCRM, "hitmen of the Gulf Cartel". True when a code was given."""
        member_word = enlisted(tok)
        if cand.role is None or cand.code is not None \
                or not (member_word or cand.role.sector in MEMBER_ROLE_SECTORS):
            return False
        words = [normalize(t.text) for t in doc[pobj.left_edge.i:_proper_name_end(doc, pobj)]
                 if not t.is_punct][:8]
        org = self._organization_in(words, frozenset(w for w in words if len(w) <= 4))
        if org is None and (member_word or cand.role.sector in ARMED_MEMBER_SECTORS):
            # "militants of Jaish-e-Mohammad (JeM)": the parser splits a hyphenated name anywhere; its words
            # as written after "of" are the name
            words = _written_name_after(doc, pobj.left_edge.i)
            org = self._organization_in(words, frozenset(w for w in words if len(w) <= 4))
        if org is None or org.sector is None:
            return False
        # "gunmen of the Zetas": a member word of an armed or criminal group; never of a state's body or a
        # company, whose commander or financier keeps his own sector
        enlisted_in = member_word and org.sector in ENLISTING_SECTORS
        if not (enlisted_in or member_role(cand.role.sector, org.sector)):
            return False  # "militants of the MQM": a party's armed wing is not the party; "workers of Tata"
        if (enlisted_in or cand.role.sector in ARMED_MEMBER_SECTORS) and not org.country:
            return False  # a group of no one country (IMG) gives none
        # "activists of Amnesty International": its own code
        cand.code, cand.country, cand.sector = org.code, org.country, org.sector
        cand.basis = "context" if org.country else None
        cand.office = None  # "a commander of the ELN" holds no office of a state
        if enlisted_in or cand.role.sector in ARMED_MEMBER_SECTORS:
            cand.extras["member_of"] = org.name  # a band of its own: later bare "militants" may be another
            # group's (merge._group_key)
        return True

    def _members_named_before(self, doc: Doc, start: int, cand: Candidate) -> None:
        """"Jaish e Mohammad (JeM) militants", "Lashkar-e-Toiba (LeT) cadres": armed men named by an armed
        group the tables code, written with its abbreviation in brackets just before the noun, are that
        group's (PAKREB), as "JeM militants" and "militants of JeM" are; not militants of the clause's place
        (a Kashmir district: INDREB) or of the story's country. Members ("activists") of an organisation so
        named are of its code, as in `_members_of_organization`. The brackets cut the name off from the noun
        for the parser, so the name is read as written."""
        if cand.role is None or cand.code is not None or cand.role.sector not in MEMBER_ROLE_SECTORS:
            return
        abbreviation = _bracketed_before(doc, start)
        if abbreviation is None:
            return
        opening = abbreviation[0].i - 1
        words = _written_name_before(doc, opening)
        acronyms = frozenset(normalize(t.text) for t in abbreviation)
        org = self._organization_in(words, acronyms) if words else None
        written = [normalize(t.text) for t in abbreviation]
        org = org or self._organization_in(written, acronyms)
        # "National Conference (NC) worker": a name too common to be an alias alone is listed with its
        # abbreviation after it ("National Conference NC"), as wires that drop brackets write it
        org = org or (self._organization_in(words + written, acronyms) if words else None)
        if org is None or org.sector is None or not org.country \
                or not member_role(cand.role.sector, org.sector):
            return  # "Muttahida Qaumi Movement (MQM) militants": a party's armed wing is not the party
        # "Muttahida Qaumi Movement (MQM) activists", "National Conference (NC) workers": a party's members
        # are of its code (PAKPTY, INDOPP)
        cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "title"
        if cand.role.sector in ARMED_MEMBER_SECTORS:
            cand.extras["member_of"] = org.name  # a band of its own (merge._group_key)

    def _members_sector(self, pobj: Token, cand: Candidate) -> str | None:
        """The sector of the people a group is made of ("a delegation of legislators", "a delegation of
        businessmen"): a group role of its own sector (a delegation, GOV) takes its members'; None when
        the of-phrase names no people by role ("a delegation of Japan")."""
        if cand.role is None or cand.role.person or pobj.tag_ not in {"NNS", "NNPS"}:
            return None
        role = self.kb.roles.get(normalize(pobj.text)) or self.kb.roles.get(normalize(pobj.lemma_))
        plural_body = role is not None and normalize(pobj.text) == normalize(role.phrase)
        if role is None or role.inherit or not (role.person or plural_body):
            return None
        return role.sector if role.sector != cand.role.sector else None

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


def _own_nationality(tok: Token) -> bool:
    """"Japanese creditor banks": a nationality adjective on a counterpart role says whose the role's
    holders are (while "Bolivia's creditor banks" are Bolivia's counterparts, not Bolivian)."""
    lefts = list(tok.lefts)
    # why: "U.S. bondholders", "UK creditors": a country's initials before a noun are used as its adjective
    return not any(c.dep_ == "poss" for c in lefts) and any(
        (c.dep_ == "amod" and c.ent_type_ == "NORP") or (
            c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ == "GPE" and _country_initials(c.text))
        for c in lefts)


def _country_initials(text: str) -> bool:
    """"U.S.", "UK": a country written as its initials (two or three capitals, dotted or not)."""
    letters = text.replace(".", "")
    return letters.isupper() and letters.isalpha() and len(letters) <= 3
