"""Readers for the PETRARCH/TABARI dictionary formats, so tables PETRARCH users have built work here.

- actors (`*.actors.txt`): an entry is a phrase (`VLADIMIR_PUTIN_`, words joined by `_` or spaces) with
  `+SYNONYM` lines and one or more codes in brackets, on its line or on the lines below, each optionally
  dated: `[RUSGOV 000507-080507]` (a range), `[RUSGOV >120507]` (from), `[USR <911226]` (until), `[RUSELI]`
  (otherwise). Dates are YYMMDD (years 00-30 are 20xx, as PETRARCH reads them) or YYYYMMDD.
- agents (`*.agents.txt`): `PHRASE {PLURALS} [~GOV]` — a role whose code is its country's plus `GOV` — or
  `[NGO~]`, a code of its own; `!NAME! = A, B` defines a substitution used as `!NAME!` in phrases.
- verbs (`*.verbs.txt`, `CAMEO.verbpatterns.*.txt`): `--- NAME [code] ---` blocks of verbs and patterns;
  see `read_verbs` for the part our dependency matcher uses.
Comments (`#`, `<!-- -->`) are dropped. A line that cannot be read is an error naming file and line.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import Code, DataError

log = logging.getLogger("newsevents")
CODE = re.compile(r"\[\s*([^\]\s]*)\s*([^\]]*)\]")
NO_CODE = "---"


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: date | None = None  # first day the code holds
    end: date | None = None  # first day it no longer holds


@dataclass
class ActorEntry:
    """One actor: its phrases (the first is its name) and its codes, dated or not."""

    names: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    where: str = ""


@dataclass(frozen=True)
class AgentEntry:
    """One agent: a phrase and its code, `suffix` when the code follows the country (`~GOV`)."""

    phrase: str
    code: str
    suffix: bool


def is_petrarch_dictionary(path: Path) -> bool:
    """A PETRARCH/TABARI dictionary rather than a CSV table: judged by its first meaningful line."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            stripped = line.strip()
            if not stripped:
                continue
            return not ("," in stripped and "name" in stripped.lower().split(",")[0])
    return False


def is_agents_dictionary(text: str) -> bool:
    return bool(re.search(r"\[\s*~|~\s*\]", text))


def _clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines without comments, with their 1-based numbers."""
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            yield lineno, line


def phrase_words(phrase: str) -> str:
    """`VLADIMIR_PUTIN_` -> `vladimir putin` (the trailing `_`, TABARI's "whole word", is dropped)."""
    return " ".join(phrase.replace("_", " ").split()).lower()


def read_actors(path: Path) -> list[ActorEntry]:
    """Every actor entry of a PETRARCH actors dictionary."""
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for lineno, line in _clean_lines(_read(path)):
        where = f"{path}:{lineno}"
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataError(Code.E010, where, "synonym before any actor")
            name = phrase_words(CODE.sub("", stripped[1:]))
            if name:
                current.names.append(name)
            continue
        if stripped.startswith("["):
            if current is None:
                raise DataError(Code.E010, where, "code before any actor")
            current.codes.extend(_codes(stripped, where))
            continue
        if stripped.startswith(("&", "!", "-")):
            continue  # synsets and patterns belong to other dictionary kinds
        name = phrase_words(CODE.sub("", stripped))
        if not name:
            continue
        current = ActorEntry([name], _codes(stripped, where), where)
        entries.append(current)
    return [e for e in entries if any(c.code != NO_CODE for c in e.codes)]


def _codes(text: str, where: str) -> list[DatedCode]:
    """The bracketed codes of a line. A code with a date PETRARCH itself could not read (real dictionaries
    have typos: `9008223`) is left out with a one-line warning; the entry's other codes stay."""
    out = []
    for code, restriction in CODE.findall(text):
        code = code.upper()
        if not code:
            continue
        try:
            start, end = _restriction(restriction.strip(), where)
        except DataError as exc:
            log.warning("%s; code %s left out", exc.line(), code)
            continue
        out.append(DatedCode(code, start, end))
    return out


def _restriction(text: str, where: str) -> tuple[date | None, date | None]:
    if not text:
        return None, None
    text = text.replace(" ", "")
    if text.startswith("<"):
        return None, _day(text[1:], where)
    if text.startswith(">"):
        return _day(text[1:], where), None
    if "-" in text:
        first, last = text.split("-", 1)
        return _day(first, where), _day(last, where)
    raise DataError(Code.E010, where, f"bad date restriction {text!r}")


def _day(text: str, where: str) -> date:
    try:
        if len(text) == 6:
            year = int(text[:2])
            return date(2000 + year if year <= 30 else 1900 + year, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        pass
    raise DataError(Code.E010, where, f"bad date {text!r} (YYMMDD or YYYYMMDD)")


AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[\s*(?P<code>[^\]]+?)\s*\]")


def read_agents(path: Path) -> list[AgentEntry]:
    """Every agent phrase (with plurals and substitutions expanded) of a PETRARCH agents dictionary. A macro
    that refers to itself, nests deeper than `MAX_MACRO_DEPTH` or makes one phrase more than
    `MAX_EXPANSIONS` phrases is an error naming its line (expansion is a product: it must stay bounded)."""
    macros: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    for lineno, line in _clean_lines(_read(path)):
        stripped = line.strip()
        if stripped.startswith("!") and "=" in stripped:
            name, _, values = stripped.partition("=")
            macros[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        match = AGENT.match(stripped)
        if not match:
            if "[" in stripped:  # a typo in a real dictionary: say so, keep the rest
                log.warning("%s", DataError(Code.E010, f"{path}:{lineno}", f"cannot read agent {stripped!r}; "
                                                                             "left out").line())
            continue  # a bare phrase without a code: PETRARCH ignores it too
        code = match["code"].replace(" ", "").upper()
        suffix = code.startswith("~")
        code = code.strip("~")
        if not code or code == NO_CODE:
            continue
        phrases = [match["phrase"], *(match["plurals"] or "").split()]
        for phrase in phrases:
            for expanded in _expand(phrase, macros, f"{path}:{lineno}"):
                words = phrase_words(expanded)
                if words:
                    out.append(AgentEntry(words, code, suffix))
    return out


MACRO = re.compile(r"![A-Z]+!")
MAX_EXPANSIONS = 10_000  # phrases one entry may expand to (PETRARCH's own dictionaries: a few dozen)
MAX_MACRO_DEPTH = 32  # macros inside macros


def _expand(phrase: str, macros: dict[str, list[str]], where: str = "") -> list[str]:
    """`phrase` with every `!NAME!` replaced by each of its values in turn (values may use macros too); a
    name that is not defined stays as written. Each macro is expanded once per phrase (memoised), and the
    product is bounded, so the work is at most linear in the phrases produced."""
    return _expand_text(phrase, macros, {}, (), where)


def _expand_text(text: str, macros: dict[str, list[str]], done: dict[str, list[str]], chain: tuple[str, ...],
                 where: str) -> list[str]:
    results = [""]
    at = 0
    for match in MACRO.finditer(text):
        name = match.group(0)
        options = _resolve(name, macros, done, chain, where) if name in macros else [name]
        if len(results) * len(options) > MAX_EXPANSIONS:
            raise DataError(Code.E010, where, f"macros make more than {MAX_EXPANSIONS:,} phrases of "
                            f"{text.strip()!r}")
        literal = text[at:match.start()]
        results = [r + literal + o for r in results for o in options]
        at = match.end()
    return [r + text[at:] for r in results]


def _resolve(name: str, macros: dict[str, list[str]], done: dict[str, list[str]], chain: tuple[str, ...],
             where: str) -> list[str]:
    if name in done:
        return done[name]
    if name in chain:
        raise DataError(Code.E010, where, f"macro {name} refers to itself ({' -> '.join((*chain, name))})")
    if len(chain) >= MAX_MACRO_DEPTH:
        raise DataError(Code.E010, where, f"macros nested more than {MAX_MACRO_DEPTH} deep ({name})")
    values: list[str] = []
    for value in macros[name]:
        values.extend(_expand_text(value, macros, done, (*chain, name), where))
        if len(values) > MAX_EXPANSIONS:
            raise DataError(Code.E010, where, f"macro {name} makes more than {MAX_EXPANSIONS:,} phrases")
    done[name] = values
    return values


@dataclass(frozen=True)
class VerbPattern:
    """One reading of a dictionary verb, as our dependency matcher uses it.

    `condition` is data, `;`-joined parts, each `kind:value` (empty = the verb's bare default):
    `after:w1 w2 &CLASS` (plain words, or a word of a synset, follow the verb in its clause), `prep:X` (a
    preposition X hangs on the verb and its object is the target), `obj:&CLASS` (the object's words include
    one of the synset), `particle:X Y` (the words of a multi-word verb `+VERB_X_Y` hang on the verb).
    `object_words` are the `after` items (kept for callers of the simple form); `target` the slots where the
    target is (`any`: wherever a PETRARCH target can be); `line` the dictionary line."""

    lemma: str
    cameo: str
    object_words: tuple[str, ...] = ()
    condition: str = ""
    target: tuple[str, ...] = ("any",)
    line: int = 0
    marks_target: bool = False  # the pattern places the target (`+`)

    @property
    def is_default(self) -> bool:
        """A bare default: nothing but the verb (and its particle) selects the code."""
        return all(part.startswith("particle:") for part in self.condition.split(";") if part)


@dataclass(frozen=True)
class BlockVerb:
    """A verb line of a block: lemma, the other words of a multi-word verb, its default code (None: no bare
    default), its line, and whether it is the block's first verb."""

    lemma: str
    particle: str
    code: str | None
    line: int
    first: bool


@dataclass
class VerbDictionary:
    """What a verbs dictionary gives: readings, synsets (class -> words with their lines), and the patterns
    left out, counted by reason."""

    patterns: list[VerbPattern]
    synsets: dict[str, list[tuple[str, int]]]
    skipped: Counter[str]


VERB_BLOCK = re.compile(r"^---\s*(?P<name>[A-Z][A-Z_' -]*?)\s*\[\s*(?P<code>[^\]]*?)\s*\]\s*---")
PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[\s*(?P<code>[^\]]*?)\s*\]")
VERB_LINE = re.compile(r"^(?P<verb>[^\[{]+?)\s*(?:\{[^}]*\})?\s*(?:\[\s*(?P<code>[^\]]*?)\s*\])?\s*$")
WORD = re.compile(r"[A-Z][A-Z'-]*")
PREPOSITIONS = {"with", "to", "against", "on", "at", "for", "from", "into", "over", "about", "in", "by", "of",
                "upon", "toward", "towards", "onto", "between", "among", "across", "through", "under"}
ARTICLES = {"the", "a", "an"}
# Words that say nothing of the event on their own: a pattern of only these ("* + IN") is left out.
FUNCTION_WORDS = PREPOSITIONS | {"to", "and", "or", "as", "that", "it", "its", "his", "her", "their", "this",
                                 "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                                 "would", "not", "up", "out", "off", "down", "back", "away"}


def read_verbs(path: Path) -> list[VerbPattern]:
    """The readings of a PETRARCH verbs dictionary that a dependency condition can express (see
    `parse_verbs`)."""
    return parse_verbs(path).patterns


def parse_verbs(path: Path, attested: bool = False) -> VerbDictionary:
    """Verb blocks, their verbs and patterns, and synsets.

    A block `--- NAME [code] ---` lists its verbs (`MEET {MEETS MET}`, `+MEET_WITH` a verb with its particle,
    `EXPRESS [0110]` a verb with a code of its own) and patterns `- words * words [code]`, which apply to
    every verb of the block (as in PETRARCH). A verb's own code, else the block's, is its bare default;
    `[---]` means no event. In a pattern `*` is the verb, `+` the target, `$` the source, `%` a compound
    actor, `^` skips a noun phrase, `&NAME` is any word of a synset, `_` joins words. What our dependency
    matcher can say becomes a condition (see `VerbPattern`): words after the verb, a preposition before the
    target, a synset object. Left out and counted: words before the verb (they describe PETRARCH's
    constituency matcher), a source or compound actor after the verb, paired codes `[036:036]`, null codes,
    undefined synsets and multi-word verbs whose verb is not the first word (`RE_+ARREST`). Block names are
    labels, not verbs.

    `attested` narrows a block to what its authors wrote down, for the bundled CAMEO dictionary: a pattern
    applies only to the verbs its comment names (`- * TONNES [073]  # DONATE <ab ...>` was found with DONATE,
    not with GIVE or ACCORD of the same block), or to the block's head verb when it names none; and only the
    head verb (the block's first, or the one its label names), verbs with a code of their own and
    multi-word verbs (`+CONFER_WITH`: the particle narrows the sense) keep a bare default, since the other
    synonyms inherit the label's code, often not their event (RATIFY under ALLOW would be 080 "yield")."""
    synsets: dict[str, list[tuple[str, int]]] = {}
    raw_synsets: dict[str, list[tuple[str, int]]] = {}
    skipped: Counter[str] = Counter()
    text = _read(path)
    comments = {n: raw.split("#", 1)[1] for n, raw in enumerate(text.splitlines(), 1) if "#" in raw}
    blocks: list[tuple[list[BlockVerb], list[tuple[str, str, int, frozenset[str]]]]] = []
    verbs: list[BlockVerb] = []
    pending: list[tuple[str, str, int, frozenset[str]]] = []  # body, code, line, verbs its comment names
    default: str | None = None
    synset: str | None = None
    block: re.Match[str] | None = None
    for lineno, line in _clean_lines(text):
        stripped = line.strip()
        if synset is not None and stripped.startswith("+"):
            raw_synsets[synset].append((stripped[1:].strip(), lineno))
            continue
        synset = None
        if stripped.startswith("&"):
            synset = stripped.split()[0].rstrip("_")
            raw_synsets[synset] = []
            continue
        header = VERB_BLOCK.match(stripped)
        if header or stripped.startswith("---"):
            block = header
            verbs, pending, default = [], [], header["code"] if header else "---"
            blocks.append((verbs, pending))
            continue
        if stripped.startswith("-"):
            pattern = PATTERN.match(stripped)
            if pattern is None:
                skipped["unreadable pattern"] += 1
                continue
            comment = comments.get(lineno, "")
            named = frozenset(w.split("_")[0].lower() for w in re.findall(r"[A-Z][A-Z_]+", comment))
            pending.append((pattern["body"], pattern["code"], lineno, named))
            continue
        if default is None or stripped.startswith("!"):
            continue
        verb_line = VERB_LINE.match(stripped)
        if verb_line is None:
            skipped["unreadable verb line"] += 1
            continue
        verb = verb_line["verb"].strip().upper()
        own = verb_line["code"]
        if "+" in verb and not verb.startswith("+"):
            skipped["multi-word verb with words before the verb"] += 1
            continue
        words = [w for w in re.split(r"[_\s]+", verb.lstrip("+")) if w]
        if not words or not all(WORD.fullmatch(w) for w in words):
            skipped["unreadable verb line"] += 1
            continue
        label = re.split(r"[_\s]+", block["name"])[0].lower() if block else ""
        first = not verbs
        head = first or own is not None or words[0].lower() == label or len(words) > 1
        code = own if own is not None else default
        if attested and not head:
            code = None
            skipped["bare default of a synonym (the block label's code)"] += 1
        verbs.append(BlockVerb(words[0].lower(), " ".join(w.lower() for w in words[1:]), code, lineno, first))
    for name in raw_synsets:
        synsets[name] = _expand_synset(name, raw_synsets, set())
    out: list[VerbPattern] = []
    for block_verbs, block_patterns in blocks:
        if block_patterns and not block_verbs:
            skipped["patterns of a block without verbs"] += len(block_patterns)
        readings = [(r, named) for body, code, lineno, named in block_patterns
                    if (r := _pattern(body, code, lineno, synsets, skipped)) is not None]
        readings.sort(key=lambda rn: -len(rn[0][1]))  # the most specific pattern first
        lemmas = {v.lemma for v in block_verbs}
        for bv in block_verbs:
            extra = f"particle:{bv.particle}" if bv.particle else ""
            for (cameo, items, cond, target, where, marks), named in readings:
                if attested and bv.lemma not in named and (named & lemmas or not bv.first):
                    continue
                condition = ";".join(c for c in (extra, cond) if c)
                out.append(VerbPattern(bv.lemma, cameo, items, condition, target, where, marks))
            cameo_default = _cameo(bv.code or "")
            if cameo_default:
                target = (bv.particle, "any") if bv.particle in PREPOSITIONS else ("any",)
                out.append(VerbPattern(bv.lemma, cameo_default, (), extra, target, bv.line))
    unique: dict[tuple[str, str, str, tuple[str, ...]], VerbPattern] = {}
    for p in out:
        unique.setdefault((p.lemma, p.cameo, p.condition, p.target), p)
    return VerbDictionary(list(unique.values()), synsets, skipped)


def _expand_synset(name: str, raw: dict[str, list[tuple[str, int]]], seen: set[str]) -> list[tuple[str, int]]:
    """A synset's words, lower case with `_` as spaces; an embedded `+&OTHER` brings in its words."""
    out: list[tuple[str, int]] = []
    seen.add(name)
    for word, lineno in raw.get(name, []):
        if word.startswith("&"):
            inner = word.rstrip("_")
            if inner not in seen:
                out.extend(_expand_synset(inner, raw, seen))
            continue
        text = " ".join(word.replace("_", " ").split()).lower()
        if text:
            out.append((text, lineno))
    return out


def _pattern(body: str, code: str, lineno: int, synsets: dict[str, list[tuple[str, int]]],
             skipped: Counter[str]) -> tuple[str, tuple[str, ...], str, tuple[str, ...], int, bool] | None:
    """One pattern as (code, after items, condition, target slots, line, whether it places the target), or
    None (counted by reason)."""
    if ":" in code:
        skipped["paired codes (compound actors)"] += 1
        return None
    if code.strip() == NO_CODE:
        skipped["null code (no event)"] += 1
        return None
    cameo = _cameo(code)
    if cameo is None:
        skipped["not a CAMEO event code"] += 1
        return None
    if "*" not in body:
        skipped["no verb marker"] += 1
        return None
    before, _, after = body.partition("*")
    tokens_before = [t for t in re.split(r"[_\s]+", before) if t]
    if any(t not in {"$", "+", "^"} for t in tokens_before):
        skipped["words before the verb" if "%" not in tokens_before else "compound actor"] += 1
        return None
    tokens = [t for t in re.split(r"[_\s]+", after) if t and t != "^"]
    if "%" in tokens:
        skipped["compound actor"] += 1
        return None
    # "+ * BY $": the source is a passive verb's by-phrase, its doer ("+ was urged by $"), which is where our
    # source reader takes a passive verb's doer from; the target, before the verb, is its passive subject
    agent = _passive_agent(tokens) if "$" not in tokens_before else None
    if agent is not None:
        tokens = tokens[:agent] + tokens[agent + 2:]
    if "$" in tokens:
        skipped["source after the verb"] += 1
        return None
    items: list[str] = []
    target: tuple[str, ...] = ("any",)
    for n, tok in enumerate(tokens):
        if tok == "+":
            previous = tokens[n - 1].lower() if n else ""
            target = (previous,) if previous in PREPOSITIONS else ("dobj",) if n == 0 else ("any",)
        elif tok.startswith("&"):
            if tok.rstrip("_") not in synsets:
                skipped["undefined synset"] += 1
                return None
            items.append(tok.rstrip("_"))
        elif WORD.fullmatch(tok):
            if tok.lower() not in ARTICLES:
                items.append(tok.lower())
        else:
            skipped["other symbol"] += 1
            return None
    if agent is not None and "+" in tokens_before and "+" not in tokens:
        target = ("dobj",)  # the passive subject (our `dobj` slot reads it on a passive verb)
    if not items and agent is not None:
        return cameo, (), "agent:by", target, lineno, True
    if not items:
        skipped["no words beyond the parties"] += 1
        return None
    # "* TO +", "* AGAINST +": the preposition names where the target is ("surrendered to +"); a by-phrase
    # target is left out, as our reader takes a passive verb's by-phrase as its doer
    prep_target = len(items) == 1 and items[0] in PREPOSITIONS and target == (items[0],)
    if prep_target and items[0] == "by":
        skipped["target in a by-phrase (read as the doer)"] += 1
        return None
    if all(w in FUNCTION_WORDS for w in items) and not prep_target:
        skipped["only function words"] += 1
        return None
    agent_part = ";agent:by" if agent is not None else ""
    if prep_target:
        condition = f"prep:{items[0]}"
    elif len(items) == 1 and items[0].startswith("&"):
        condition = f"obj:{items[0]}"
    else:
        condition = "after:" + " ".join(items)
    words = tuple(items) if condition.startswith("after:") else ()
    return cameo, words, condition + agent_part, target, lineno, "+" in tokens or agent is not None


def _passive_agent(tokens: list[str]) -> int | None:
    """Where a pattern's `BY $` (the source in a by-phrase) starts among the words after the verb, when it
    is the pattern's only source slot; None otherwise."""
    for n in range(len(tokens) - 1):
        if tokens[n] == "BY" and tokens[n + 1] == "$" and tokens.count("$") == 1:
            return n
    return None


def _cameo(code: str) -> str | None:
    """A CAMEO event code of ours: 3 digits (4-digit codes fold to their 3-digit parent), else None."""
    code = code.strip()
    return code[:3] if re.fullmatch(r"\d{3,4}", code) else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise DataError(Code.E001, str(path)) from None
