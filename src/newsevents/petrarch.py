"""Readers for the PETRARCH/TABARI dictionary formats, so tables PETRARCH users have built work here.

- actors (`*.actors.txt`): an entry is a phrase (`VLADIMIR_PUTIN_`, words joined by `_` or spaces) with
  `+SYNONYM` lines and one or more codes in brackets, on its line or on the lines below, each optionally
  dated: `[RUSGOV 000507-080507]` (a range), `[RUSGOV >120507]` (from), `[USR <911226]` (until), `[RUSELI]`
  (otherwise). Dates are YYMMDD (years below 50 are 20xx) or YYYYMMDD.
- agents (`*.agents.txt`): `PHRASE {PLURALS} [~GOV]` — a role whose code is its country's plus `GOV` — or
  `[NGO~]`, a code of its own; `!NAME! = A, B` defines a substitution used as `!NAME!` in phrases.
- verbs (`*.verbs.txt`, `CAMEO.verbpatterns.*.txt`): `--- NAME [code] ---` blocks of verbs and patterns;
  see `read_verbs` for the part our dependency matcher uses.
Comments (`#`, `<!-- -->`) are dropped. A line that cannot be read is an error naming file and line.
"""

from __future__ import annotations

import logging
import re
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
            return date(2000 + year if year < 50 else 1900 + year, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        pass
    raise DataError(Code.E010, where, f"bad date {text!r} (YYMMDD or YYYYMMDD)")


AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[\s*(?P<code>[^\]]+?)\s*\]")


def read_agents(path: Path) -> list[AgentEntry]:
    """Every agent phrase (with plurals and substitutions expanded) of a PETRARCH agents dictionary."""
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
            for expanded in _expand(phrase, macros):
                words = phrase_words(expanded)
                if words:
                    out.append(AgentEntry(words, code, suffix))
    return out


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"![A-Z]+!", phrase)
    if not match or match.group(0) not in macros:
        return [phrase]
    return [x for value in macros[match.group(0)]
            for x in _expand(phrase[:match.start()] + value + phrase[match.end():], macros)]


@dataclass(frozen=True)
class VerbPattern:
    """What our matcher takes from a verbs dictionary: a verb lemma, its CAMEO code, and optionally words
    that must follow the verb in its clause to select that code ("restore ... diplomatic ties" -> 064)."""

    lemma: str
    cameo: str
    object_words: tuple[str, ...] = ()


VERB_BLOCK = re.compile(r"^---\s*(?P<name>[A-Z][A-Z_' -]*?)\s*\[\s*(?P<code>[^\]]*?)\s*\]\s*---")
PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[\s*(?P<code>[^\]]*?)\s*\]")


def read_verbs(path: Path) -> list[VerbPattern]:
    """Verb blocks and their simplest patterns. A block `--- NAME [code] ---` lists its verbs on the lines
    below (`MEET {MEETS MET}`; `+MEET_WITH` multi-word forms give their first word) and gives them its
    default code; a pattern `- * WORD ... [code]` (the verb, then plain words) gives the code when the
    verb's clause has those words after it. Patterns with synsets (&), words before the verb, or paired
    codes are left out: they describe a constituency parse we do not build. Block names are labels, not
    verbs, except where the block's verb line repeats them (as in PETRARCH's validation dictionary)."""
    out: list[VerbPattern] = []
    verbs: list[str] = []
    default: str | None = None
    for _lineno, line in _clean_lines(_read(path)):
        stripped = line.strip()
        block = VERB_BLOCK.match(stripped)
        if block:
            verbs, default = [], _cameo(block["code"])
            continue
        pattern = PATTERN.match(stripped)
        if pattern:
            words = pattern["body"].split()
            code = _cameo(pattern["code"])
            plain = all(re.fullmatch(r"[A-Z]+", w) for w in words[1:])
            if code and len(words) >= 2 and words[0] == "*" and plain:
                out.extend(VerbPattern(v, code, tuple(w.lower() for w in words[1:])) for v in verbs)
            continue
        if stripped.startswith(("&", "!")) or (default is None and not stripped[:1].isalpha()):
            continue
        verb = re.sub(r"\{.*?\}", "", stripped).lstrip("+").split("_")[0].split()[0:1]
        if verb and re.fullmatch(r"[A-Z]+", verb[0]):
            lemma = verb[0].lower()
            verbs.append(lemma)
            if default:
                out.append(VerbPattern(lemma, default))
    return list(dict.fromkeys(out))


def _cameo(code: str) -> str | None:
    """A CAMEO event code of ours: 3 digits (4-digit codes fold to their 3-digit parent), else None."""
    code = code.strip()
    return code[:3] if re.fullmatch(r"\d{3,4}", code) else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise DataError(Code.E001, str(path)) from None
