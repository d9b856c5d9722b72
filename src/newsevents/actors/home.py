"""The article's home country, for actors the text does not place: a domestic body or official named with
no country ("the finance ministry said", "Finance Minister Chung") is, as a human coder reads it, of the
country the story is filed from (its dateline) or else the country the article is mainly about.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from ..extensions import sentence_list
from ..resources import load_table
from .candidates import domestic_roles, is_direction, us_states
from .knowledge import ActorKnowledge, normalize
from .layout import Layout, dateline_country
from .merge import Cluster
from .org_names import LegalHome, default_org_names
from .story_country import main_country
from .titles import BODY_HEAD, DESCRIPTION

PLACED_KINDS = {"country", "place", "norp", "metonym", "body", "org"}
# Bases of a country the story's main country gave by default, not the text or a table (see `_place`).
GUESSED = frozenset({"article"})
# Sectors of bodies that belong to a country's own life (its courts, police, cartels, parties): unplaced,
# they are the article's country's. Businesses, media and NGOs are international too often to assume so.
DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "INS", "CRM", "OPP", "PTY", "LAB", "EDU", "REL",
                    "HLH", "CVL"}
# Sectors of bodies above or across countries: no dateline or article country is theirs.
INTERNATIONAL_SECTORS = {"IGO", "NGO", "MNC", "IMG", "UNO"}
# Words of a name that say the body works across countries: such an NGO is no one country's.
ACROSS_COUNTRIES = frozenset({"international", "world", "global", "inter-american", "interamerican",
                              "americas", "worldwide", "transnational"})
# People of these sectors are of the story's country when the text does not place them: members of its
# armed groups and gangs, its police, its parties' members and candidates ("candidate Juan Perez").
DOMESTIC_PEOPLE = {"REB", "INS", "UAF", "CRM", "COP", "PTY"}
# Officials with a title but no country are as often visitors as locals ("Assistant Secretary of State
# Molly Phee" in a story from Niamey): they are not placed by the article.
VISITING_SECTORS = {"GOV", "MIL", "ELI"}
# Words of Spanish and Portuguese newspaper names: such an outlet is of the country the story is about.
OUTLET_ARTICLES = frozenset({"el", "la", "los", "las"})
OUTLET_WORDS = frozenset({"diario", "prensa", "noticias", "semanario", "revista", "periodico", "jornal",
                          "folha", "noticia", "cronica", "heraldo", "tribuna"})
# Governments whose members are secretaries, not ministers: a "minister" in a story filed there is a visitor.
MINISTERLESS = frozenset({"USA"})
DOMINANT_SHARE = 0.6  # a named person is placed only by an article this clearly about one country
DOMINANT_MENTIONS = 3
# Division names that are also plain words of body names: "Coast Guard", "Central Police", "Delta Force".
GENERIC_PLACE_WORDS = frozenset({
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "coast",
    "delta",
    "capital", "federal", "national", "upper", "lower", "unity", "lakes", "plateau", "islands", "highlands",
    "centre", "center", "bay", "river", "border", "union", "greater", "metropolitan", "special", "new", "la",
    "el", "san", "santa", "grand", "interior", "frontier", "state",
    # Spanish nouns that open the names of gangs and bodies: "Mara Salvatrucha" is no Tanzanian region's
    "mara", "maras", "banda", "cartel", "frente", "ejercito", "policia"})
# Words after a place name that say what kind of place it is, as South Asian and Latin American news write
# them ("Mardan District", "Kurram Agency", "Anbar tehsil"): the gazetteer knows the bare name.
PLACE_KIND_WORDS = frozenset({"district", "town", "city", "area", "village", "province", "state", "tehsil",
                              "agency", "division", "county", "region", "taluka", "block", "municipality",
                              "department", "departamento", "sub-division", "subdivision"})
# Kind words that name an administrative division, not a settlement or a building's area ("Bargarh District",
# "Kurram Agency"): a name so called is a place, and its town's country the division's.
DIVISION_WORDS = frozenset({"district", "agency", "tehsil", "taluka", "province", "division", "subdivision",
                            "sub-division", "county", "departamento", "department"})
NAMING_CITY = 100_000  # a city this large names its own bodies ("Karachi police"); smaller ones are streets
# Nouns for one country's whole government: in the plural ("the governments") they name several countries'.
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet"})

# Nouns by which a business story refers back to the company it named ("the company said", "the automaker"):
# such a role is of that company's country, not of the dateline's.
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "concern", "group", "automaker", "carmaker",
                           "airline", "carrier", "bank", "insurer", "retailer", "utility", "maker",
                           "producer", "manufacturer", "conglomerate", "partnership", "subsidiary", "unit",
                           "bancorp", "holding company", "parent", "parent company", "chain", "brewer",
                           "miner", "refiner", "publisher", "developer", "operator", "supplier"})


# Sectors of non-state armed groups: where a group is based ("Lashkar-e-Toiba", PAKREB) says little of where
# the story happens (its attacks in Kashmir), so a group's cluster counts once for its country, however often
# the story names it (once rather than not at all: a group of the story's own country still counts, and
# not counting moved 10 of 100 InsightCrime stories' homes where once moved 6, 5 of them rightly).
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "CRM", "UAF", "RAD"})
ARMED_GROUP_COUNT = 1


def _armed_group(cl: Cluster) -> bool:
    """A non-state armed group (or its members), by its sector or its table code ("PAKREB")."""
    return (cl.sector or (cl.code or "")[3:6]) in ARMED_GROUP_SECTORS


def _shared_org_name(cl: Cluster) -> bool:
    """An organisation named by a name several countries' groups share (national_bodies.csv)."""
    shared = shared_body_names()
    return cl.kind == "org" and any(m.key in shared for m in cl.members)


def country_counts(clusters: list[Cluster], filed: str | None = None) -> Counter[str]:
    """Mentions of each country among the places, peoples and bodies of an article; a place the tables do
    not place ("Kalahandi district") counts for the country of its likeliest gazetteer entry, a state body
    named after a place ("Assam Police") for that place's country. A company of another country than the
    dateline's (`filed`) says nothing of where the story is: "NORCROSS, Ga. - Colorocs signed a pact with
    Sharp Corp of Japan" is an American story."""
    counts: Counter[str] = Counter()
    shared: list[tuple[str, int, frozenset[str] | None]] = []  # places several countries name, counted last
    groups = {cl.code for cl in clusters if cl.kind == "org" and cl.code and _armed_group(cl)}
    for cl in clusters:
        if _shared_org_name(cl):
            continue  # whose "People's Liberation Army" it is is read from the story's other countries
        if cl.kind != "org" and cl.code in groups and _armed_group(cl):
            continue  # "five militants of JeM": the group's members say no more of where than the group
        foreign_company = _company(cl) and filed is not None and cl.country != filed
        country = cl.country if cl.kind in PLACED_KINDS and not foreign_company else None
        if country is None and cl.kind == "place" and cl.members:
            key = cl.members[0].key
            if len(gazetteer_countries(key) | large_place_countries(key)) > 1 or not gazetteer_country(key):
                shared.append((key, len(cl.members), unit_countries(cl)))  # chosen with the story's others
                continue
            country = gazetteer_country(key)
        if country is None and cl.code is None:
            country = name_place_country(cl)
        if country and cl.sector in {"BUS", "LAB"} and cl.members \
                and all(m.extras.get("country_from") == "in" for m in cl.members):
            continue  # "banks in Panama": a business group placed by a place says no more than a company
        if country:
            counts[country] += ARMED_GROUP_COUNT if _armed_group(cl) else len(cl.members)
    named = Counter(counts)  # the places several countries have are read against what the rest names
    for key, n, within in shared:
        country = place_choice(key, named, within)
        if country:
            counts[country] += n
    return counts


STORY_LEAD = 2  # how many mentions, and how many times any other country's, make a country the story's own


def story_choice(options: frozenset[str], counts: Counter[str]) -> str | None:
    """Of the countries a shared place name may be in ("Hangu": Pakistan's district, a Chinese town), the
    story's own: the country the rest of the story names clearly most (at least twice, and twice as often as
    any other), when it is one of them; else None (a story naming the United States once reads "Geneva" as
    the Swiss city)."""
    ranked = counts.most_common(2)
    second = ranked[1][1] if len(ranked) > 1 else 0
    if not ranked or ranked[0][1] < STORY_LEAD or ranked[0][1] < STORY_LEAD * second:
        return None
    return ranked[0][0] if ranked[0][0] in options else None


def unit_countries(cl: Cluster) -> frozenset[str] | None:
    """The countries whose divisions a place's unit word names ("Bara tehsil": India's and Pakistan's,
    `division_unit_words.csv`), None when no mention of it is written with one."""
    words = {m.extras["unit_word"] for m in cl.members if "unit_word" in m.extras}
    if not words:
        return None
    return frozenset.intersection(*(UNIT_WORD_COUNTRIES[w] for w in words))


def place_choice(key: str, story: Counter[str], within: frozenset[str] | None = None) -> str | None:
    """The country of a place name read in a story (`story`: how often it names each country otherwise),
    the one choice the actor and event stages share. A name several countries have is the story's
    country's when the story names that country clearly most (`story_choice`), or when the story's main
    country has a division or a city of 100,000 so called, under its main or another name ("Santa Cruz" in
    a story about Bolivia is its department, not Argentina's province); a name the gazetteer knows only as
    another name of a town ("Yapacani" for "Villa Yapacani") is that town's when it lies in the story's main
    country; else the likeliest place (the most populous main-name entry). A place written with a unit
    word (`within`: the word's countries, "Bara tehsil") is of one of those countries only: the story's
    main one if it has a place so called, else the one of them that has, else none (the Sudanese town of
    Bara, the likeliest, is no tehsil)."""
    if within is not None:
        return _unit_place_choice(key, story, within)
    likeliest = gazetteer_country(key)
    large = large_place_countries(key)
    chosen = story_choice(gazetteer_countries(key) | large, story)
    if chosen is not None:
        return chosen
    ranked = story.most_common(2)
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    if main is not None and (main in large or (likeliest is None and main in other_name_countries(key))):
        return main
    return likeliest


def _unit_place_choice(key: str, story: Counter[str], within: frozenset[str]) -> str | None:
    """`place_choice` for a place written with a unit word: of the unit word's countries (`within`)."""
    options = (gazetteer_countries(key) | large_place_countries(key) | other_name_countries(key)) & within
    ranked = [c for c, _ in story.most_common() if c in options]
    if ranked:
        return ranked[0]
    return next(iter(options)) if len(options) == 1 else None


@cache
def large_place_countries(key: str) -> frozenset[str]:
    """The countries having a first-level division or a city of 100,000 of this name, main or other name
    ("santa cruz": Bolivia's department, Santa Cruz de la Sierra)."""
    if is_direction(key):
        return frozenset()
    return frozenset(e.iso3 for e in _place_index().lookup(key) if e.iso3
                     and (e.feature == "admin1" or e.population >= NAMING_CITY))


@cache
def other_name_countries(key: str) -> frozenset[str]:
    """The countries of the places of 1,000 people or divisions that are so called by another name."""
    if is_direction(key):
        return frozenset()
    return frozenset(e.iso3 for e in _place_index().lookup(key) if e.iso3 and e.alt
                     and (e.population >= 1000 or e.feature in {"admin1", "admin2"}))


@cache
def gazetteer_countries(key: str) -> frozenset[str]:
    """The countries of the places a name may mean (main-name entries of 1,000 people, or divisions)."""
    if is_direction(key):
        return frozenset()
    entries = [e for e in _place_index().lookup(key) if e.iso3 and not e.alt
               and (e.population >= 1000 or e.feature in {"admin1", "admin2"})]
    words = key.split()
    if not entries and len(words) > 1 and words[-1] in PLACE_KIND_WORDS:
        return gazetteer_countries(" ".join(words[:-1]))
    return frozenset(e.iso3 for e in entries if e.iso3)


def _company(cl: Cluster) -> bool:
    """A company or multinational the tables or its words code."""
    return cl.kind == "org" and (cl.sector or (cl.code or "")[3:6] or (cl.code or "")[:3]) in {"BUS", "MNC"}


@cache
def gazetteer_country(key: str) -> str | None:
    """The country of the likeliest place a name means (the most populous of its main-name entries), for
    counting an article's countries only."""
    if is_direction(key):
        return None  # "the Southeast" is no district of Botswana's
    entries = [e for e in _place_index().lookup(key) if e.iso3 and not e.alt]
    words = key.split()
    if not entries and len(words) > 1 and words[-1] in PLACE_KIND_WORDS:
        return gazetteer_country(" ".join(words[:-1]))  # "Mardan District", "Korangi Town": Mardan, Korangi
    if not entries:
        return None
    best = max(entries, key=lambda e: e.population)
    return best.iso3 if best.population >= 1000 or best.feature in {"admin1", "admin2"} else None


def name_place_country(cl: Cluster, hint: str | None = None) -> str | None:
    """"Assam Police", "Karachi police", "Sinaloa state government": a first-level or second-level division
    or a city of 100,000 opening the name of a domestic body (police, courts, government, armed groups) is
    where the body is. A place name several countries share ("Punjab") gives the `hint` country (the story's
    home) if it is one of them, else nothing. Companies and media are never placed so: "Morgan Stanley"."""
    if cl.kind not in {"org", "body"} or cl.sector not in DOMESTIC_SECTORS | {"SPY"}:
        return None
    for m in cl.members:
        words = [w for w in normalize(m.text).split() if w not in {"the", "a", "an"}]
        if not m.text[:1].isupper() and not m.text.lower().startswith("the "):
            continue
        for n in (2, 1):
            if len(words) > n and words[0] not in GENERIC_PLACE_WORDS:
                countries = division_countries(" ".join(words[:n]))
                if len(countries) == 1:
                    return next(iter(countries))
                if hint in countries:
                    return hint
    return None


@cache
def division_countries(key: str) -> frozenset[str]:
    """The countries of a name's main-name gazetteer entries that are divisions or cities of 100,000."""
    if is_direction(key):
        return frozenset()
    return frozenset(e.iso3 for e in _place_index().lookup(key) if e.iso3 and not e.alt
                     and (e.feature in {"admin1", "admin2"} or e.population >= NAMING_CITY))


@cache
def _place_index() -> Any:
    """The gazetteer's name index. Imported here, not at the top: the gazetteer builds on the actor tables,
    and the actor stage asks it only for the country of a place name."""
    from ..geo.index import PlaceIndex

    return PlaceIndex()


def strong_countries(clusters: list[Cluster]) -> set[str]:
    """Countries an article names unmistakably: a country, demonym, known city or organisation of the
    tables, a state body named after a place, a division or city of 100,000 in the gazetteer (not a small
    town whose name is also an Australian village: "Terang"), or a place the article names as a district,
    agency or tehsil whose name the gazetteer gives to one country only ("Bargarh District": the brief of one
    paragraph from Odisha is India's, and its unnamed militants INDREB, not a bare REB)."""
    out: set[str] = set()
    for cl in clusters:
        if cl.kind in PLACED_KINDS and cl.country:
            out.add(cl.country)
        elif cl.kind == "place" and cl.members:
            words = cl.members[0].key.split()
            kind = words[-1] if len(words) > 1 and words[-1] in PLACE_KIND_WORDS else ""  # "Mardan District"
            if kind:
                words = words[:-1]
            countries = division_countries(" ".join(words))
            if not countries and kind in DIVISION_WORDS:
                countries = gazetteer_countries(" ".join(words))
            if len(countries) == 1:
                out |= countries
        elif cl.code is None and (named := name_place_country(cl)):
            out.add(named)
    return out


def dominant_country(counts: Counter[str]) -> str | None:
    """The main country when it has most of the article's country mentions."""
    total = sum(counts.values())
    ranked = counts.most_common(1)
    if ranked and ranked[0][1] >= DOMINANT_MENTIONS and ranked[0][1] >= DOMINANT_SHARE * total:
        return ranked[0][0]
    return None


@dataclass(frozen=True)
class Home:
    """Where a story is: the dateline's country, the country it mainly names, and that country when it
    names it clearly more than all others."""

    filed: str | None
    main: str | None
    dominant: str | None

    @property
    def country(self) -> str | None:
        """The story's home: where it was filed, else what it is mainly about (`doc._.home_country`)."""
        return self.filed or self.main


def read_home(clusters: list[Cluster], layout: Layout, kb: ActorKnowledge, doc: Doc | None = None) -> Home:
    """The story's home, read once per article from its dateline and the countries its clusters name; with
    neither, from the divisions its text names (`text_place_countries` over `doc`)."""
    def country_of(text: str) -> str | None:
        # a former state's capital on the story's day before the gazetteer's likeliest place: "MOSCOW" in
        # 1987 is the Soviet Union's, "EAST BERLIN" East Germany's (the gazetteer knows only today's places:
        # an East Berlin in Pennsylvania); other capitals are left to the gazetteer ("KINGSTON" is Jamaica's,
        # not Norfolk Island's)
        key = normalize(text)
        former = kb.capitals.get(key) if key in kb.capitals.dated else None
        return kb.country_of(text) or former or gazetteer_country(key)

    filed = dateline_country(layout.dateline_place, country_of) if layout.dateline_place else None
    counts = country_counts(clusters, filed)
    main = main_country(counts, place_counts(clusters, kb, counts), strong_countries(clusters),
                        headline_country(clusters))
    if filed is None and main is None and doc is not None:
        # a local brief whose places the recogniser missed or mistyped ("in Jorhat District", "Orangi
        # Town" as a name of a body, "Bannu city") or whose one foreign word ties the count ("near Salanda
        # village of Swat District": a Swedish hamlet's namesake) is where its named divisions all lie
        # (where the story names countries, evenly, only names it gives as a division's or a town's decide,
        # not a city's name alone: "raided a home in Aden" in an Indian minister's story)
        main = one_country(text_place_countries(doc, kinded=bool(counts)))
    dominant = dominant_country(counts)
    if dominant != main:
        dominant = None  # the story's home is the country it names most only when the rules above say so
    return Home(filed, main, dominant)


# Kind words after a capitalised name that make it a division's or a town's, as South Asian briefs write
# them ("Jorhat District", "Orangi Town", "Bannu city", "Bara tehsil"); the unit words of
# `division_unit_words.csv` ("tehsil", "Agency", "upazila") name only the divisions of their countries.
def unit_word_countries() -> dict[str, frozenset[str]]:
    """`division_unit_words.csv`: South Asian unit words ("tehsil", "block", "Agency") -> the countries whose
    divisions they name (read here for a story's home and by where.py for its places)."""
    return {r["word"].lower(): frozenset(r["countries"].split())
            for r in load_table("division_unit_words", ("word", "countries"))}


UNIT_WORD_COUNTRIES = unit_word_countries()
NAMED_PLACE_KINDS = DIVISION_WORDS | {"town", "city"} | UNIT_WORD_COUNTRIES.keys()
# Entity types under which a capitalised name with no kind word may be a place ("" where the recogniser
# tagged nothing: "in Factory Area of Lahore" in an unpunctuated brief).
UNTYPED_OR_PLACE = frozenset({"", "GPE", "LOC", "FAC"})


def one_country(counts: Counter[str]) -> str | None:
    """The one country `counts` names, None when it names none or several."""
    return next(iter(counts)) if len(counts) == 1 else None


def text_place_countries(doc: Doc, kinded: bool = False) -> Counter[str]:
    """The countries of the divisions and towns a text names, read from its capitalised words whatever the
    recogniser typed them: a name with a kind word after it ("Swat District", "Orangi Town", "Bara tehsil")
    that only one country has a division or town of (a unit word, "tehsil", only among its countries); a name
    with none ("Lahore", "Khyber Pakhtunkhwa") only where the recogniser typed it a place or nothing, and only
    if one country has a division or city of 100,000 so called and no other a large one ("Jalalabad" is also
    a Bangladeshi city); with `kinded`, only names with a kind word. Counts one per mention."""
    counts: Counter[str] = Counter()
    for sent in sentence_list(doc)[0]:
        run: list[int] = []
        for tok in [*sent, None]:
            if tok is not None and tok.is_alpha and tok.text[:1].isupper():
                run.append(tok.i)
                continue
            if run:
                country = _named_place_country(doc[run[0]:run[-1] + 1], tok, kinded)
                if country:
                    counts[country] += 1
            run = []
    return counts


def _named_place_country(span: Span, after: Any, kinded: bool = False) -> str | None:
    """The one country a run of capitalised words names as a division or town (`text_place_countries`);
    `after` is the token after the run (None at the sentence's end); with `kinded`, None for a name with no
    kind word."""
    words = [normalize(t.text) for t in span]
    kind = ""
    if len(words) > 1 and words[-1] in NAMED_PLACE_KINDS:
        kind, words = words[-1], words[:-1]  # "Jorhat District", "Orangi Town"
    elif after is not None and after.is_lower and after.lower_ in NAMED_PLACE_KINDS:
        kind = after.lower_  # "Bara tehsil", "Bannu city"
    name = " ".join(words)
    if not name or (len(words) == 1 and words[0] in GENERIC_PLACE_WORDS) \
            or all(t.is_upper for t in span[:len(words)]):
        return None  # "US State Department", "UN Agency": a country's or a body's initials name no division
    if kind:
        found = division_countries(f"{name} {kind}") or division_countries(name)
        if kind in UNIT_WORD_COUNTRIES:
            # a unit word names a division of its countries only: "Bara tehsil" is no Sudanese Bara
            found = (found or gazetteer_countries(name)) & UNIT_WORD_COUNTRIES[kind]
    else:
        if kinded or any(t.ent_type_ not in UNTYPED_OR_PLACE for t in span):
            return None  # "Abdul Ali", "Sunni Tehreek": a person's or a body's name
        found = division_countries(name)
        if not large_place_countries(name) <= found:
            return None
    return one_country(Counter(found))


def headline_country(clusters: list[Cluster]) -> str | None:
    """The one country the headline (an article's title line, `Candidate.extras["headline"]`) names, by a
    country, people, place or body, not by a company nor by an armed group or its men (where a group is
    based says little of where the story happens, `ARMED_GROUP_SECTORS`: a South Asia Terrorism Portal
    brief, whose one line is read as its title, naming "Jaish-e-Mohammad (JeM) militants" in Pulwama
    District is no Pakistani story); None when it names none or several."""
    named = {cl.country for cl in clusters if cl.kind in PLACED_KINDS and cl.country and not _company(cl)
             and not _armed_group(cl) and any(m.extras.get("headline") for m in cl.members)}
    return next(iter(named)) if len(named) == 1 else None


def place_counts(clusters: list[Cluster], kb: ActorKnowledge,
                 story: Counter[str] | None = None) -> Counter[str]:
    """Mentions of each country among an article's place mentions (cities, districts, provinces; not
    national capitals, which often stand for their governments: "Islamabad denied"), for
    `story_country.main_country`. A name several countries have is read against the countries the story
    names (`story`, see `place_choice`)."""
    counts: Counter[str] = Counter()
    for cl in clusters:
        if cl.kind != "place" or not cl.members:
            continue
        key = cl.members[0].key
        if key in kb.capitals:
            continue
        country = cl.country or (place_choice(key, story, unit_countries(cl)) if story is not None
                                 else gazetteer_country(key))
        if country:
            counts[country] += len(cl.members)  # mentions: a story returns to where it happens
    return counts


PLACES = frozenset({"place"})


def _sentences_naming_another_country(clusters: list[Cluster], home: str | None,
                                     kinds: frozenset[str] | None = None) -> set[int]:
    """The sentences naming an actor (of `kinds`, else any) whose country the text gives and is not `home`
    ("The Colombian military ..." or "demonstrators clashed in Caracas" in a story filed from Washington):
    a group there is not the home country's. Countries the dateline gave are no evidence of that."""
    if not home:
        return set()
    return {m.sentence for cl in clusters if cl.country and cl.country != home and cl.basis != "dateline"
            and (kinds is None or cl.kind in kinds) for m in cl.members}


@cache
def shared_body_names(kind: str = "body") -> dict[str, dict[str, str]]:
    """national_bodies.csv: normalised name -> {country: sector} of the countries whose body (`kind` body)
    or office (`kind` title) is so called."""
    out: dict[str, dict[str, str]] = {}
    for row in load_table("national_bodies", ("phrase", "iso3", "sector")):
        if (row.get("kind") or "body") == kind:
            out.setdefault(normalize(row["phrase"]), {})[row["iso3"]] = row["sector"]
    return out


def national_title_country(cl: Cluster, home: str | None) -> tuple[str, str] | None:
    """"Deputy Secretary of State John Whitehead", "Home Secretary Douglas Hurd": a title only some
    countries' governments use (national_bodies.csv `title` rows) is the story's home country's if it is one
    of them, else the one country that uses it; with the office's sector."""
    titles = shared_body_names("title")
    phrases = set(cl.role_phrases)
    for m in cl.members:  # the title as written ("Home Secretary"), where roles.csv knows only its head
        words = normalize(m.extras.get("title", "")).split()
        phrases.update(" ".join(words[i:]) for i in range(len(words)))
    for phrase in sorted(phrases, key=len, reverse=True):
        countries = titles.get(phrase)
        if not countries:
            continue
        if home in countries:
            return home, countries[home]
        if len(countries) == 1:
            return next(iter(countries.items()))
        return None
    return None


def title_division_country(cl: Cluster, home: str | None) -> str | None:
    """The country of the first-level division a person's title opens with ("Michoacan Governor",
    "Sindh Home Minister"): the one country with a division so called, else the story's home if it is one
    of several; None when the title opens with no division."""
    for m in cl.members:
        words = normalize(m.extras.get("title", "")).split()
        if len(words) < 2:
            continue
        for n in (2, 1):
            if len(words) <= n or words[0] in GENERIC_PLACE_WORDS:
                continue
            countries = admin1_countries(" ".join(words[:n]))
            if len(countries) == 1:
                return next(iter(countries))
            if home in countries:
                return home
    return None


def _local_outlet(cl: Cluster) -> bool:
    """A news outlet named in Spanish or Portuguese ("El Tiempo", "Prensa Libre", "Folha de Sao Paulo")."""
    for m in cl.members:
        words = normalize(m.text).split()
        if words and (words[0] in OUTLET_ARTICLES or OUTLET_WORDS.intersection(words)):
            return True
    return False


def _minister(cl: Cluster) -> bool:
    """"Labour Minister X", "the finance minister, X", "Central Bank Governor X", "Minister of Planning X",
    "Secretary of Public Security X": a person titled a minister of some government (or its secretary of a
    portfolio), or an officer of its central bank."""
    return (cl.sector or "").startswith("GOV") and any(
        p.split()[-1:] == ["minister"] or _central_bank_officer(p) or _portfolio_head(p) in PORTFOLIO_HEADS
        for p in cl.role_phrases)


# "Minister of Planning", "Secretary of Public Security": titles a portfolio follows
PORTFOLIO_HEADS = frozenset({"minister", "secretary"})


def _portfolio_head(phrase: str) -> str | None:
    """The title a portfolio with "of" or "for" follows ("minister of planning": minister; "vice minister of
    security": minister); None for a phrase with no such portfolio."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if w in {"of", "for"} and k > 0), None)
    return words[cut - 1] if cut is not None and cut + 1 < len(words) else None


def _central_bank_officer(phrase: str) -> bool:
    """"central bank governor", "deputy central bank president", "central bank general manager": a title
    held in a state's central bank (one to a state, so placed as a minister is: the story's), not the bank
    itself ("central bank")."""
    words = phrase.split()
    return any(words[i:i + 2] == ["central", "bank"] for i in range(len(words) - 2))


def _rehome_shared_names(clusters: list[Cluster], home: str | None) -> None:
    """"Congress" in a story from Guatemala City is Guatemala's congress (GTMLEG), not the US one the
    metonym table gives; the "People's Liberation Army" of a story about India is Manipur's rebels (INDREB),
    not China's army the organisation table gives — unless a sentence naming it also names an actor of the
    table's country."""
    if home is None:
        return
    shared = shared_body_names()
    for cl in clusters:
        if cl.kind not in {"metonym", "org"} or cl.country == home or cl.country is None:
            continue
        sectors = {shared[m.key].get(home) for m in cl.members if m.key in shared}
        sector = next((s for s in sectors if s), None)
        if sector is None:
            continue
        sentences = {m.sentence for m in cl.members}
        if any(other is not cl and other.country == cl.country
               and sentences & {m.sentence for m in other.members} for other in clusters):
            continue  # "the U.S. Congress", "Congress ... Washington": the table's country
        cl.country, cl.sector, cl.basis = home, sector, "article"
        if cl.code is not None:  # an organisation's fixed code is the table's country's body
            cl.code = home + sector


def place_unplaced(clusters: list[Cluster], home: Home, kb: ActorKnowledge) -> list[Cluster]:
    """Give a country to the domestic actors that have a sector but none: the dateline's country
    (`basis: dateline`), else, for officials, bodies and domestic organisations (courts, police, cartels,
    parties), the article's main country (`article`); and to named people the text says nothing of, the
    country of an article clearly about one country, unless they carry an official's title.
    Bodies that stay without a country ("the government" in an article about nowhere) are dropped: a
    sector alone says nothing about whose."""
    filed, main = home.filed, home.main
    _rehome_shared_names(clusters, home.country)
    foreign_in = _sentences_naming_another_country(clusters, filed)
    abroad_filed = _sentences_naming_another_country(clusters, filed, PLACES)
    abroad_main = _sentences_naming_another_country(clusters, main, PLACES)
    # why: a company or paper named beside an organisation ("told Reuters") trades anywhere; only another
    # country's state, people or places say an organisation is not the filing place's
    states_abroad = _sentences_naming_another_country(clusters, filed, NEIGHBOUR_KINDS)
    # where the story is filed from nowhere, a minister is the country's it is clearly about, unless a
    # sentence naming them names another country's actor
    foreign_in = foreign_in or _sentences_naming_another_country(clusters, main if not filed else None)
    out = []
    referring: list[Cluster] = []
    named = _countries_by_sentence(clusters)
    # why: only a piece about several countries, none clearly most, turns from passage to passage; in one
    # clearly about one country a stray name ("Turkey", a village the gazetteer has abroad) is no passage
    local = _stated_by_sentence(clusters) if not filed and home.dominant is None else {}
    for cl in clusters:
        if cl.kind == "org" and cl.code is None and all(m.extras.get("instrument") for m in cl.members):
            continue  # "Philippine Investment Notes": a financial instrument is no actor
        if any(m.role is not None and m.role.counterpart for m in cl.members):
            out.append(cl)  # "the country's creditor banks": foreign to it, and of no country the text gives
            continue
        if _unplaced(cl) and _plural_business(cl) and len(_business_countries(clusters)) > 1:
            pass  # "Toyota and General Motors agreed ... The companies said": of both, no dateline's guess
        elif _unplaced(cl) and _plural_government(cl):
            pass  # "Brazil would first talk to the governments": several countries' governments, none's own
        elif _unplaced(cl) and (short := _short_name_country(cl, clusters)) is not None:
            # "S. and W. Berisford PLC ... Berisford would contribute": a company's short name is the
            # company's, of its country, not the dateline's
            cl.country, cl.basis = short, "context"
        elif _unplaced(cl) and _refers_to_company(cl):
            referring.append(cl)  # placed below, after the companies it refers to
        elif _unplaced(cl) and (parent := owner_company_country(cl, kb)) is not None:
            # "Coca-Cola Co's Entertainment Holdings Inc unit" under a Toronto dateline: the unit of a
            # company the tables place is of the parent's country, not of the place the story is filed from
            cl.country, cl.basis = parent, "context"
        elif _unplaced(cl) and (near := _neighbour_country(cl, named, home.country)) is not None:
            # "Canada banned the rigs ... The government said" under a Washington dateline: Canada's
            cl.country, cl.basis = near, "context"
        elif _unplaced(cl) and (legal := _legal_home(cl)) is not None:
            _place_by_legal_form(cl, legal, home, abroad_filed, abroad_main)
        else:
            _place(cl, home, kb, foreign_in, abroad_filed, abroad_main, states_abroad, local)
        if _unplaced(cl):
            _place_by_weak_evidence(cl)
        if cl.kind == "place" and cl.code is None:
            _state_as_government(cl, home)
        if cl.kind == "body" and cl.country is None and cl not in referring:
            continue
        out.append(cl)
    for cl in referring:
        company = _referent_company(cl, out)
        if company is not None and company.sector is None and company.code is None:
            # "Radtech said ... the company said": a name the story calls "the company" is one
            company.sector = "BUS"
            _place(company, home, kb, foreign_in, abroad_filed, abroad_main)
        if company is not None and company.country:
            cl.country, cl.basis = company.country, "context"
        else:
            _place(cl, home, kb, foreign_in, abroad_filed, abroad_main)
        if cl.kind == "body" and cl.country is None:
            out.remove(cl)
    _places_named_as_companies(out)
    place_owned_units(out)
    place_by_titled_body(out)
    return out


def place_by_titled_body(clusters: list[Cluster]) -> None:
    """"Shinji Fukukawa, Vice Minister of the International Trade and Industry Ministry, said": a person the
    text gives no country, whose description (titles.py `DESCRIPTION`) names a body the story places, is of
    that body's country (`context`), whatever other country his sentence names (the rule for ministers
    refuses a sentence naming another; the body his title names says whose minister he is)."""
    # (only a body the text or the tables place: one given the story's main country by default says no more
    # of the person than of itself)
    bodies = [cl for cl in clusters if cl.kind in {"org", "body"} and cl.country and cl.basis not in GUESSED
              and (cl.code or cl.country).startswith(cl.country)]
    for cl in clusters:
        if cl.kind != "person" or not _unplaced(cl) or not cl.sector:
            continue
        spans = [(m.sentence, *map(int, m.extras[DESCRIPTION].split())) for m in cl.members
                 if DESCRIPTION in m.extras]
        body = next((b for b in bodies if any(bm.sentence == sentence and start <= bm.start and bm.end <= end
                                              for bm in b.members for sentence, start, end in spans)), None)
        if body is not None:
            cl.country, cl.basis = body.country, "context"


def place_owned_units(clusters: list[Cluster]) -> None:
    """"Reichold Chemicals Inc's Sterling Group": an organisation the text does not place, named right after
    a placed company's possessive, is that owner's unit: of the owner's country and, where its own words
    give no sector, of the owner's."""
    owners: dict[int, Cluster] = {}
    for cl in clusters:
        if cl.kind == "org" and cl.sector in {"BUS", "MED"} and cl.country:
            for m in cl.members:
                owners[m.end] = cl
    if not owners:
        return
    for cl in clusters:
        if not _unplaced(cl) or cl.kind != "org" or cl.sector not in {None, "BUS"}:
            continue
        owner = next((o for m in cl.members if "owner_end" in m.extras
                      and (o := owners.get(int(m.extras["owner_end"]))) is not None and o is not cl), None)
        if owner is not None:
            cl.country, cl.basis = owner.country, "context"
            cl.sector = cl.sector or owner.sector  # a company's named unit is a business too


# A state body with "the" and no country is the one the sentence, else the sentence before, is about.
NEIGHBOUR_SECTORS = frozenset({"GOV", "LEG"})
# What names a country a sentence is about: a country, its people, its capital standing for it, its bodies
# and places; not companies, which often trade abroad.
NEIGHBOUR_KINDS = frozenset({"country", "norp", "metonym", "body", "place"})


def _countries_by_sentence(clusters: list[Cluster]) -> dict[int, tuple[int, str | None, set[str]]]:
    """For each sentence, the token where its first actor mention starts and that mention's country (a news
    sentence is mostly about what it opens with: "Canada banned ..."; None when that mention names no country
    the text gives), and the countries of the state bodies it names ("brokered by the Norwegian
    government")."""
    first: dict[int, tuple[int, str | None]] = {}
    bodies: dict[int, set[str]] = {}
    for cl in clusters:
        stated = cl.country if cl.country and cl.basis not in {"dateline", "article"} \
            and cl.kind in NEIGHBOUR_KINDS else None
        for m in cl.members:
            if m.sentence not in first or m.start < first[m.sentence][0]:
                first[m.sentence] = (m.start, stated)
            if stated and cl.sector in NEIGHBOUR_SECTORS:
                bodies.setdefault(m.sentence, set()).add(stated)
    return {n: (start, country, bodies.get(n, set())) for n, (start, country) in first.items()}


# What says which country a passage is about: a country or a place named ("In Honduras, police ...", "a
# police official in Guatemala"); not a people or body, which a sentence names as others than its group
# ("the state governor denied the version of the Hondurans").
PASSAGE_KINDS = frozenset({"country", "place"})


def _stated_by_sentence(clusters: list[Cluster]) -> dict[int, list[tuple[int, str]]]:
    """For each sentence, where it names a country or a place and that place's country (not a country
    guessed from the dateline or the story); a place the tables lack counts for the one country the
    gazetteer has a division or a city of 100,000 so called in ("in the Alta Verapaz province"); only
    countries named in two sentences or more, and not inside another actor's mention."""
    out: dict[int, list[tuple[int, str]]] = {}
    # why: a country inside another actor's mention ("sanctioned by the US government") names that actor,
    # not the passage
    others = [(m.start, m.end) for cl in clusters if cl.kind not in PASSAGE_KINDS for m in cl.members]
    for cl in clusters:
        country = cl.country if cl.kind in PASSAGE_KINDS and cl.basis not in {"dateline", "article"} else None
        if country is None and cl.kind == "place" and cl.country is None and cl.members:
            options = division_countries(cl.members[0].key)  # a division or a city of 100,000, not a village
            country = next(iter(options)) if len(options) == 1 else None
        if country:
            for m in cl.members:
                if not any(start <= m.start and m.end <= end for start, end in others):
                    out.setdefault(m.sentence, []).append((m.start, country))
    # why: a passage of a piece is about a country the piece returns to; one named in a single sentence
    # ("the US" in a brief on Meghalaya) is a word in passing
    sentences = Counter(c for named in out.values() for c in {c for _, c in named})
    return {n: kept for n, named in out.items()
            if (kept := [(at, c) for at, c in named if sentences[c] >= 2])}


def _discourse_country(cl: Cluster, local: dict[int, list[tuple[int, str]]]) -> str | None:
    """The one country the passages naming an unplaced group are about: the countries its own sentence
    names before it ("In Honduras, police often borrow paper from the Attorney General's Office", "In
    Colombia, the military killed civilians"), for every mention of it; None when a mention has none, or
    they name several. A country named after the group is where things go or come from ("guns trafficked
    to Mexico"), and one of the sentence before is too often a passing name ("extradited to the United
    States. The Supreme Court said") to tell whose the group is."""
    found: set[str] = set()
    for m in cl.members:
        named = [c for at, c in local.get(m.sentence, []) if at < m.start]
        if not named:
            return None  # a mention the text places nowhere: the story's country may be its
        found.update(named)
    return next(iter(found)) if len(found) == 1 else None


def _neighbour_country(cl: Cluster, named: dict[int, tuple[int, str | None, set[str]]],
                       home: str | None) -> str | None:
    """"Canada banned the movement of rigs ... The government said" in a story filed from Washington: a
    singular government or legislature named "the government" with no country is of the country its own
    sentence opens with, else (when it opens the sentence) of the one the sentence before opens with, when
    that is not the story's home; not when its sentence names that country's own body of its kind ("talks
    between the government and the opposition, brokered by the Norwegian government"). None when any of its
    mentions points elsewhere or nowhere (then the home decides, as before)."""
    if cl.kind not in {"body", "role"} or cl.sector not in NEIGHBOUR_SECTORS or not home:
        return None
    found: set[str | None] = set()
    for m in cl.members:
        text = normalize(m.text)
        if m.plural or m.possessor is not None or not any(text == "the " + p for p in cl.role_phrases):
            return None
        start, opener, bodies = named.get(m.sentence, (m.start, None, set()))
        if start == m.start and m.sentence - 1 in named:  # "The government said": it opens its sentence
            opener = named[m.sentence - 1][1]
        if opener in bodies:
            return None
        found.add(opener)
    country = next(iter(found)) if len(found) == 1 else None
    return country if country != home else None


# Legal forms and words closing a company's name that its table entry may lack ("Coca-Cola Co": Coca-Cola).
COMPANY_FORM_WORDS = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited",
                                "plc", "company", "group", "ag", "sa", "nv", "llc"})


def owner_company_country(cl: Cluster, kb: ActorKnowledge) -> str | None:
    """The country of the company whose possessive opens an organisation's name ("Coca-Cola Co's
    Entertainment Holdings Inc", "Unilever's Lipton unit"), when the tables know that company and give it
    a country; None for other organisations."""
    if cl.kind != "org" or cl.sector not in {None, "BUS"}:
        return None
    for m in cl.members:
        text = m.text.replace("\u2019", "'")
        if "'s " not in text:
            continue
        words = normalize(text.split("'s ", 1)[0]).split()
        while words:
            org = kb.organizations.get(" ".join(words))
            if org is not None:
                return org.country or None
            if words[-1] not in COMPANY_FORM_WORDS:
                return None
            words = words[:-1]
    return None


def _places_named_as_companies(clusters: list[Cluster]) -> None:
    """"Radtech said ... Radtech Inc": a name the parser took for a place in some sentences and the gazetteer
    does not place is the company of that name the story names elsewhere; it takes the company's sector and
    country (its kind stays: it is still one entity per cluster)."""
    companies = {m.key: cl for cl in clusters if cl.kind == "org" and cl.sector == "BUS" and cl.code is None
                 and cl.country for m in cl.members}
    for cl in clusters:
        if cl.kind != "place" or cl.country is not None or not cl.members:
            continue
        company = companies.get(cl.members[0].key)
        if company is not None and gazetteer_country(cl.members[0].key) is None:
            cl.kind, cl.label = "org", "ORG"
            cl.sector, cl.country, cl.basis = company.sector, company.country, company.basis


def _heads_named_body(cl: Cluster) -> bool:
    """Whether the text names the body a person heads ("X, chairman of the Bakulguri VCDC", titles.py
    `BODY_HEAD`): such a head is the body's, of the story's country, not a visiting official."""
    return any(BODY_HEAD in m.extras for m in cl.members)


def _national_ngo(cl: Cluster) -> bool:
    """A named non-governmental body no table knows ("the Ardent Foundation" under a Los Angeles dateline):
    foundations and rights groups are set up under one country's law and named in its news, so the dateline
    places it as it places domestic bodies; not one whose name says it works across countries."""
    return cl.kind == "org" and cl.sector == "NGO" and not any(
        w in ACROSS_COUNTRIES for m in cl.members for w in normalize(m.text).split())


def _local_ngo(cl: Cluster) -> bool:
    """A national NGO named in the story's own language ("Fundacion Paz Urbana"): of the country the story is
    about. One named in English may be a foreign funder or publisher ("the Lowell Foundation" in a story about
    Mexico): only a dateline places that."""
    return _national_ngo(cl) and any(default_org_names().local_company(m.text) for m in cl.members)


def _unplaced(cl: Cluster) -> bool:
    """A cluster the text gave no country, code, owner or office holder."""
    return cl.country is None and cl.code is None and cl.owner is None and cl.term is None


def _plural_business(cl: Cluster) -> bool:
    """"the companies", "both banks": a business role every mention of which is plural."""
    return cl.kind in {"role", "body"} and cl.sector == "BUS" and all(
        m.plural or _plural_company_noun(normalize(m.text).split()[-1:]) for m in cl.members)


def _plural_government(cl: Cluster) -> bool:
    """"the governments", "creditor governments", "Western regimes": a government noun (GOVERNMENT_NOUNS)
    every mention of which is plural names the governments of several countries, no one country's."""
    return cl.kind in {"role", "body"} and cl.sector == "GOV" and all(
        (last := normalize(m.text).split()[-1:]) and last[0].endswith("s")
        and last[0][:-1] in GOVERNMENT_NOUNS for m in cl.members)


def _short_name_country(cl: Cluster, clusters: list[Cluster]) -> str | None:
    """The country of the one placed company whose full name holds every name of `cl`, an unplaced
    company, as a run of its words ("Berisford" in "S. and W. Berisford PLC"); None when none or several."""
    if cl.kind != "org" or not cl.members:
        return None
    shorts = {tuple(normalize(m.text).split()) for m in cl.members}
    if any(not short or set(short) <= COMPANY_FORM_WORDS for short in shorts):
        return None
    countries = {other.country for other in clusters if other is not cl and other.country and _company(other)
                 and any(all(_holds(tuple(normalize(m.text).split()), short) for short in shorts)
                         for m in other.members)}
    return next(iter(countries)) if len(countries) == 1 else None


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` is a run of `words`, shorter than all of them."""
    n = len(part)
    return n < len(words) and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _plural_company_noun(words: list[str]) -> bool:
    """"companies", "banks", "firms": the plural of a noun for a company (COMPANY_NOUNS)."""
    word = words[0] if words else ""
    singulars = {word[:-3] + "y"} if word.endswith("ies") else {word[:-1], word[:-2]} if word.endswith("s") \
        else set()
    return bool(singulars & COMPANY_NOUNS)


def _business_countries(clusters: list[Cluster]) -> set[str]:
    """The countries of the businesses the story names and places."""
    return {cl.country for cl in clusters if cl.kind == "org" and cl.country
            and (cl.sector == "BUS" or (cl.code or "")[3:] == "BUS")}


def _refers_to_company(cl: Cluster) -> bool:
    """"the company", "The automaker", "the wood products company": a definite business role noun that a
    business story uses for a company it named."""
    if cl.kind not in {"role", "body"} or cl.sector != "BUS":
        return False
    for m in cl.members:
        words = normalize(m.text).split()
        if not words or words[0] != "the" or not (
                words[-1] in COMPANY_NOUNS or " ".join(words[-2:]) in COMPANY_NOUNS):
            return False
    return True


def _referent_company(cl: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The business organisation named last before the role's first mention ("Rexnord Inc said ... the
    company said"), if any; an organisation nothing else gave a sector may be it when the story names it
    twice before ("Radtech said ... Radtech exchanged ... the company said"), not a law or product named
    once ("the Federal Food, Drug and Cosmetic Act")."""
    first = cl.first
    best: tuple[int, Cluster] | None = None
    for other in clusters:
        sectorless = _unplaced(other) and other.sector is None
        if other.kind != "org" or not (sectorless
                                       or (other.sector or (other.code or "")[3:]) in {"BUS", "MED"}):
            continue
        starts = [m.start for m in other.members if m.start < first]
        if sectorless and len(starts) < 2:
            continue
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), other)
    return best[1] if best else None


def _legal_home(cl: Cluster) -> LegalHome | None:
    """The legal form a company's name ends with that says which countries it may be of (`Candidate.extras`
    "legal", read in org_mentions)."""
    forms = default_org_names().legal_homes
    for m in cl.members:
        form = m.extras.get("legal")
        if form is not None:
            return forms.get(tuple(form.split()))
    return None


def _state_as_government(cl: Cluster, home: Home) -> None:
    """"Massachusetts refused to cooperate", "the state of Guerrero asked for help": a first-level division
    acting (the subject of a verb somewhere in the article, `Candidate.extras["acting"]`) is its government,
    as a capital is; one only acted on or placed ("cartels' incursions into Arizona") is its country. A US
    state is USA's; another division name is its country's only when that is the story's own country
    (filed or main), and the only country with a division so called unless the text says it is one ("Sucre
    state"); a division the text calls one ("Rio de Janeiro state") is of the one country that has it."""
    if not cl.members or cl.sector is not None:
        return
    key = cl.members[0].key
    acting = any(m.extras.get("acting") for m in cl.members)
    if cl.country == "USA" and key in us_states():
        cl.sector = "GOV" if acting else None
        return
    if cl.country is not None or not cl.members[0].text[:1].isupper():
        return
    words = key.split()
    if words and words[0] == "the":
        words = words[1:]
    if not words or words[0] in GENERIC_PLACE_WORDS:
        return
    countries = admin1_countries(" ".join(words))
    story = {home.filed, home.main} - {None}
    division = any(m.extras.get("division") for m in cl.members)
    if len(countries & story) == 1 and (len(countries) == 1 or division):
        country: str | None = next(iter(countries & story))
    else:
        # "Rio de Janeiro state" in a story about elsewhere: the one country with a division so called
        country = next(iter(countries)) if division and len(countries) == 1 else None
    if country is not None:
        cl.country, cl.basis = country, "dictionary"
        cl.sector = "GOV" if acting else None


@cache
def admin1_countries(key: str) -> frozenset[str]:
    """The countries having a first-level division of this main name ("guerrero": MEX)."""
    if is_direction(key):
        return frozenset()
    return frozenset(e.iso3 for e in _place_index().lookup(key) if e.iso3 and not e.alt
                     and e.feature == "admin1")


def _place_by_weak_evidence(cl: Cluster) -> None:
    """A company the story gives no country, by the last evidence its mention holds
    (`Candidate.extras["weak_country"]`, org_mentions): the city its name opens with ("Osaka Cement Co"),
    or a wire's exchange code with no exchange suffix, a US listing ("Financial News Network <FNNI>"); not
    one the legal form ending its name rules out."""
    weak = next((m.extras["weak_country"] for m in cl.members if "weak_country" in m.extras), None)
    legal = _legal_home(cl)
    if legal is not None and weak not in legal.countries:
        return  # "Lyon Food Cos Inc": no French company is an Inc
    if weak is not None and cl.kind == "org":
        cl.country, cl.basis = weak, "title"


def _place_by_legal_form(cl: Cluster, legal: LegalHome, home: Home, abroad_filed: set[int],
                         abroad_main: set[int]) -> None:
    """A company the text does not place, by its legal form and the story: the dateline's country if the form
    is that country's ("Boral Pty Ltd" under a Sydney dateline), else the article's main country if it is
    ("Electrospace Systems Inc" in a US story filed from London), else the form's own country ("Redland Plc"
    under a Sydney dateline is British); nothing for a form many countries share (AG, SA) in a story from
    none of them. A dateline or main country is not used in a sentence naming a place of another country;
    and where the dateline's country is one the form allows, the main country is no fallback for it: "Tonka
    Corp ... distributor of Tokyo-based Bandai Co Ltd toy lines in Australia" filed from Minnesota is no
    Japanese company for a story that names Japan most."""
    sentences = {m.sentence for m in cl.members}
    filed = home.filed if not sentences & abroad_filed else None
    main = home.main if not sentences & abroad_main else None
    if filed is None and home.filed in legal.countries:
        main = None  # why: the main country is weaker evidence than the dateline it would overrule
    iso, n = legal.country(filed, main)
    if iso is not None:
        cl.country, cl.basis = iso, ("dateline", "article", "title")[n]


def _place(cl: Cluster, home: Home, kb: ActorKnowledge, foreign_in: set[int], abroad_filed: set[int],
           abroad_main: set[int], states_abroad: frozenset[int] | set[int] = frozenset(),
           local: dict[int, list[tuple[int, str]]] | None = None) -> None:
    """The dateline's or the article's country for one unplaced cluster (see `place_unplaced`);
    `states_abroad`: the sentences naming another country's state, people or places than the filing
    place's; `local`: the countries each sentence names (`_stated_by_sentence`)."""
    filed, main, dominant = home.filed, home.main, home.dominant
    unplaced = _unplaced(cl)
    if unplaced and cl.kind == "person" and not kb.terms_for(cl.identity or ""):
        titled = national_title_country(cl, home.country) if not cl.former else None
        sentences = {m.sentence for m in cl.members}
        division = title_division_country(cl, home.country)
        if division is not None:
            # "Michoacan Governor Silvano Aureoles", "Punjab Chief Minister X": the state, province or
            # district his title opens with is of one country (or of the story's, among several)
            cl.country, cl.basis = division, "title"
        elif titled is not None:
            cl.country, cl.basis = titled[0], "title"
            if cl.sector in {None, "GOV"}:
                cl.sector = titled[1]  # "House Speaker Jim Wright": LEG
        elif dominant and (cl.sector not in VISITING_SECTORS or cl.former or _heads_named_body(cl)):
            # a former official of no stated country is the country's the article is clearly about, and
            # so is the head of a body the story names ("the director of the Land Restitution Unit, X")
            cl.country, cl.basis = dominant, "article"
        elif home.country and (cl.role_phrases & domestic_roles() or cl.sector in DOMESTIC_PEOPLE or (
                cl.former and not {min(sentences), min(sentences) - 1} & foreign_in)):
            # "Mayor Ana Ruiz", "cartel leader X", "a Maoist commander, X", "a constable, X"; a former
            # official no longer visits on anyone's behalf ("the former director of the IHSS, X"), unless
            # the sentence first naming them or the one before names another country ("Guatemala remains
            # ... the United States accused former President X")
            cl.country, cl.basis = home.country, "dateline" if filed else "article"
        elif _minister(cl) and not cl.former and filed and filed not in MINISTERLESS and not (
                sentences & foreign_in):
            # "Labour Minister Almir Pazzianotto" in a story filed from Brasilia: ministers are of the
            # government where the story is filed, unless a sentence naming them names another country
            cl.country, cl.basis = filed, "dateline"
        elif _minister(cl) and not cl.former and not filed and dominant and dominant not in MINISTERLESS \
                and not sentences & foreign_in:
            # "Interior Minister Nestor Reverol said" in a story clearly about Venezuela, filed from nowhere
            cl.country, cl.basis = dominant, "article"
    elif unplaced and cl.sector is not None:
        named = name_place_country(cl, home.country)
        if named and (filed or main) and named not in {filed, main}:
            named = None  # a division of a country the story is not about names some other body
        if named:
            cl.country, cl.basis = named, "title"
        elif cl.sector == "MED" and cl.kind == "org" and home.country and _local_outlet(cl):
            # "El Ciudadano reported", "Prensa Libre": a paper named in the local language is the story's
            cl.country, cl.basis = home.country, "dateline" if filed else "article"
        elif cl.sector == "BUS" and cl.kind == "org" and home.country and not filed and any(
                default_org_names().local_company(m.text) for m in cl.members) and not (
                {m.sentence for m in cl.members} & abroad_main):
            # "Constructora Internacional del Sur" in a story about Peru: a company named in the local
            # language is the story's country's, unless its sentence places it elsewhere
            cl.country, cl.basis = home.country, "article"
        elif filed and cl.kind in {"org", "role", "body"}:
            # A group in a sentence about another country's actors is not the filing place's
            # ("WASHINGTON - The Colombian military continued to kill civilians"): precision first.
            # International bodies and groups of countries are nobody's ("GATT Council", "Group of
            # Five"), and nothing placed in another country is the filing place's.
            sentences = {m.sentence for m in cl.members}
            national = _national_ngo(cl)
            if (cl.sector not in INTERNATIONAL_SECTORS or national) and not sentences & abroad_filed and (
                    (cl.kind == "org" and (cl.sector in DOMESTIC_SECTORS or national
                                           or not sentences <= states_abroad))
                    or not sentences & foreign_in):
                # a company or group named only beside another country's state, people or places ("a
                # Consultative Group meeting on Morocco's aid" from Paris, "Beel, the distributor for sales
                # in Canada") has nothing of its own tying it to the filing place; a state body ("the
                # defence ministry political department") still is the filing place's
                cl.country, cl.basis = filed, "dateline"
            elif main and main != filed and (cl.kind in {"role", "body"} or cl.sector in DOMESTIC_SECTORS
                                             or _local_ngo(cl)) and not sentences & abroad_main:
                # a story filed from London about Indian traders: the sentence's other country is the
                # article's main one, and nothing there is placed elsewhere
                cl.country, cl.basis = main, "article"
        elif main and (cl.kind in {"role", "body"} or cl.sector in DOMESTIC_SECTORS or _local_ngo(cl)) \
                and not {m.sentence for m in cl.members} & abroad_main:
            there = _discourse_country(cl, local) if local else None
            if there is not None and there != main:
                # "In Honduras, police borrow paper from the Attorney General's Office" in a piece naming
                # the United States most: a multi-country piece's group is of the country its passage is about
                cl.country, cl.basis = there, "context"
            else:
                cl.country, cl.basis = main, "article"
