"""A sentence whose root is a noun ends every climb up the parse: no stage loops on it.

spaCy makes a new Token object on each access, so `tok.head is tok` may be False even at the root; every climb
compares indices (`tok.head.i == tok.i`). A headline with a noun root ("... Cannery Strike") once made the
violence-kind reader climb forever.
"""

from __future__ import annotations

import signal
from datetime import date

from newsevents import Article, Pipeline


def _stop(*_: object) -> None:
    raise TimeoutError("a stage did not finish in 60 s")


def test_a_headline_with_a_noun_root_is_read_to_the_end(pipeline: Pipeline) -> None:
    title = "Ohio Workers End Long Cannery Strike"
    body = ("An 18-month strike against\nAcme Canning and Frozen Foods, one of Ohio's\nlargest food processors, "
            "ended with workers overwhelmingly\nratifying a new contract.")
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(60)  # a stage that loops is stopped and reported as W004 rather than hanging the suite
    try:
        result = pipeline.analyse(Article(id="strike", text=f"{title}\n\n{body}", title=title,
                                          published=date(1987, 3, 12)))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not [w for w in result.warnings if w.startswith("W004")], result.warnings
