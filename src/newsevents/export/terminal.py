"""Readable tables of an article's entities and events for a person at a terminal.

Every string that comes from the user's data (article text, titles, paths, stored values, column names)
reaches Rich as a `Text` (`plain`, `styled`), never as a markup string: it is never read as markup (`[/x]`,
`[link=...]`, `\\[`, `:smile:` print as written; Rich's own `escape` loses a backslash before `[`) and never
reaches the terminal as a raw control character (an escape sequence in an article prints as `\\x1b`)."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ActorRef, ArticleResult, Entity, Event

# C0 and C1 control characters but newline and tab, and the bidirectional overrides that reorder what a
# terminal shows (U+202A..U+202E, U+2066..U+2069).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str, one_line: bool = False) -> str:
    """`text` with every control character written as its escape (`\\x1b`, `\\u202e`); with `one_line`,
    line breaks and tabs too, so the result is one line."""
    pattern = _CONTROL_OR_BREAK if one_line else _CONTROL
    return pattern.sub(lambda m: ascii(m.group())[1:-1], text)


def plain(value: object, one_line: bool = False) -> Text:
    """A user's value as a Rich Text that prints exactly as written, control characters made visible."""
    return Text(visible(str(value), one_line))


def styled(*parts: str | tuple[str, str], one_line: bool = False) -> Text:
    """Text from parts: a string is the user's (shown as written), a (string, style) pair is styled."""
    return Text.assemble(*(visible(p, one_line) if isinstance(p, str) else (visible(p[0], one_line), p[1])
                           for p in parts))


def print_tables(result: ArticleResult, console: Console) -> None:
    """Print one article's entities and events as Rich tables."""
    article = result.article
    head = styled((article.title or article.id, "bold"))
    if article.published:
        head.append(f"  ({article.published.isoformat()})")
    console.print(head)
    table = Table(title="entities", show_lines=False, header_style="bold")
    for col in ("id", "entity", "type", "actor", "mentions"):
        table.add_column(col)
    for ent in result.entities:
        variants = list(dict.fromkeys(m.text for m in ent.mentions))
        table.add_row(plain(ent.id), plain(ent.name), plain(ent.type),
                      plain(ent.actor.code if ent.actor and ent.actor.code else "-"),
                      plain(f"{len(ent.mentions)}: " + "; ".join(variants)))
    console.print(table)
    if result.events:
        print_events(result, console)
    for w in result.warnings:
        console.print(styled(("warning:", "yellow"), " ", w))


def print_events(result: ArticleResult, console: Console) -> None:
    """One row per event: who did what to whom, how it is told, and the words that tell it."""
    names = {e.id: e for e in result.entities}
    table = Table(title="events", show_lines=True, header_style="bold")
    for col in ("id", "source", "event", "target", "when / where", "how", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in result.events:
        negated: list[str | tuple[str, str]] = [("NOT", "red"), " "] if ev.negated else []
        how = styled(*negated, ev.modality, f"\nconf {ev.confidence:.2f}")
        evidence = Text("\n").join(_around(m.sentence_index, m.text, m.trigger_start - m.start, m.trigger)
                                   for m in ev.mentions[:3])
        if len(ev.mentions) > 3:
            evidence.append(f"\n(+{len(ev.mentions) - 3} more)")
        table.add_row(plain(ev.id), _party(ev.source, names),
                      plain(f"{ev.cameo} {ev.cameo_name}\n{ev.plover or ''}"), _party(ev.target, names),
                      _when_where(ev), how, evidence)
    console.print(table)
    if result.quotes:
        print_quotes(result, console)


def print_quotes(result: ArticleResult, console: Console) -> None:
    """Who said what, with the speaker's actor code."""
    table = Table(title="quotes", show_lines=True, header_style="bold")
    for col in ("speaker", "verb", "quote"):
        table.add_column(col, overflow="fold")
    for q in result.quotes:
        quote = f"“{q.text}”" if q.kind == "direct" else q.text
        table.add_row(plain(f"{q.speaker_text}\n{q.speaker_code or '-'}"), plain(q.verb), plain(quote))
    console.print(table)


def _when_where(ev: Event) -> Text:
    when = ev.date or (f"? ({ev.date_text})" if ev.date_text else "?")
    if ev.date_basis == "publication":
        when += " (pub.)"
    where = f"{ev.location.name}, {ev.location.country or '?'}" if ev.location else "-"
    return plain(f"{when}\n{where}")


def _party(ref: ActorRef | None, names: dict[str, Entity]) -> Text:
    if ref is None:
        return Text("-")
    name = names[ref.entity_id].name if ref.entity_id in names else ""
    return plain(f"{ref.code or '?'}\n{name}".strip())


def _around(index: int, text: str, at: int, trigger: str, width: int = 40) -> Text:
    """`[sentence] …` the sentence cut to `width` characters either side of the trigger at offset `at`,
    trigger in bold."""
    end = at + len(trigger)
    return styled(f"[{index}] …", text[max(0, at - width):at], (trigger, "bold"), text[end:end + width], "…")


def print_store_events(rows: list[dict[str, Any]], console: Console) -> None:
    """Merged events from the store: who did what to whom, when, where, and how many articles tell it."""
    table = Table(title=f"events ({len(rows)})", show_lines=False, header_style="bold")
    for col in ("id", "date", "source", "event", "target", "where", "articles", "mentions"):
        table.add_column(col, overflow="fold")
    for e in rows:
        flags: list[str | tuple[str, str]] = [" ", ("NOT", "red")] if e["negated"] else []
        if e["modality"] not in {"asserted", "reported"}:
            flags.append(f" ({e['modality']})")
        event = styled(f"{e['cameo']} {e['plover'] or ''}", *flags, f"\n{e['cameo_name']}")
        table.add_row(plain(e["id"]), plain(e["date"] or "?"),
                      plain(f"{e['source_code'] or '-'}\n{e['source_name'] or ''}"), event,
                      plain(f"{e['target_code'] or '-'}\n{e['target_name'] or ''}"),
                      plain(f"{e['location_name']}, {e['location_country']}" if e["location_name"] else "-"),
                      plain(e["num_articles"]), plain(e["num_mentions"]))
    console.print(table)


def print_rows(rows: list[dict[str, Any]], title: str | None, console: Console,
               columns: list[str] | None = None) -> None:
    """Any query result as a table."""
    table = Table(title=plain(title) if title else None, header_style="bold")
    names = columns if columns is not None else (list(rows[0]) if rows else [])
    for name in names:
        table.add_column(plain(name), overflow="fold")
    for row in rows:
        table.add_row(*(Text("") if row[n] is None else plain(row[n]) for n in names))
    console.print(table)


def print_eval(report: dict[str, Any], console: Console) -> None:
    """An evaluation report: per-field precision/recall/F1, then the confusion of categories."""
    console.print(styled((str(report["gold_file"]), "bold"), f": {report['items']} items, "
                         f"{report['items_exact']} ({report['items_exact_share']:.0%}) with every event right"
                         + (" (affirmed events with both parties)" if report.get("dyads_only") else "")))
    table = Table(title="precision / recall / F1", header_style="bold")
    for col in ("field", "precision", "recall", "F1", "correct", "predicted", "gold"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, f in report["fields"].items():
        if f["gold"] or f["predicted"]:
            table.add_row(plain(name), f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"{f['f1']:.3f}",
                          str(f["correct"]), str(f["predicted"]), str(f["gold"]))
    console.print(table)
    confusion = report["confusion"]
    columns = sorted({p for row in confusion.values() for p in row})
    grid = Table(title="confusion: gold category (rows) x predicted (columns), '-' = none",
                 header_style="bold")
    grid.add_column("gold")
    for col in columns:
        grid.add_column(plain(col), justify="right")
    for gold, row in sorted(confusion.items()):
        grid.add_row(plain(gold), *(str(row.get(col, "")) for col in columns))
    console.print(grid)
