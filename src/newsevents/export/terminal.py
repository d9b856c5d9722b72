"""A readable table of an article's entities (and, later, events) for a person at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import ArticleResult


def print_tables(result: ArticleResult, console: Console) -> None:
    """Print one article's entities as a Rich table."""
    article = result.article
    head = f"[bold]{article.title or article.id}[/bold]"
    if article.published:
        head += f"  ({article.published.isoformat()})"
    console.print(head)
    table = Table(show_lines=False, header_style="bold")
    for col in ("id", "entity", "type", "actor", "mentions"):
        table.add_column(col)
    for ent in result.entities:
        variants = list(dict.fromkeys(m.text for m in ent.mentions))
        table.add_row(ent.id, ent.name, ent.type, ent.actor.code if ent.actor else "-",
                      f"{len(ent.mentions)}: " + "; ".join(variants))
    console.print(table)
    for w in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")
