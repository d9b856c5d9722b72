"""Every message newsevents shows a user, with a stable code.

Messages are one line, name the file (and line) they concern, and say what is wrong. Codes let a user
search the docs and let tests assert on the kind of failure rather than on wording.
"""

from __future__ import annotations

from enum import Enum


class Code(Enum):
    """Stable error and warning codes (E = input is unusable, W = processed with a caveat)."""

    E001 = "file not found"
    E002 = "empty input"
    E003 = "binary file, not text"
    E004 = "not valid UTF-8"
    E005 = "input too large"
    E006 = "line is not valid JSON"
    E007 = "record lacks a text field"
    E008 = "bad field value"
    E009 = "unsupported file type"
    E010 = "bad data table"
    E011 = "spaCy pipeline not installed"
    E012 = "cannot open the event store"
    E013 = "event store is locked"
    E014 = "query failed"
    E015 = "cannot write the output"
    W001 = "no publication date"
    W002 = "publication date given twice"
    W003 = "person not in office table on this date"
    W004 = "analysis stage failed; this article's result is incomplete"


class NewseventsError(Exception):
    """Base class for errors newsevents reports to the user as a single line."""

    def __init__(self, code: Code, where: str, detail: str = "") -> None:
        self.code = code
        self.where = where
        self.detail = detail
        super().__init__(self.line())

    def line(self) -> str:
        """The one-line message: `where: what [CODE]`."""
        what = self.code.value + (f" ({self.detail})" if self.detail else "")
        return f"{self.where}: {what} [{self.code.name}]"


class InputError(NewseventsError):
    """An input file or record cannot be read; other inputs in the same run still are."""


class DataError(NewseventsError):
    """A lexicon or actor table (ours or the user's) is malformed."""


class StoreError(NewseventsError):
    """The event store cannot be opened or a query on it fails; nothing stored is changed."""


class ModelError(NewseventsError):
    """The requested spaCy pipeline cannot be loaded."""


def warning(code: Code, detail: str = "") -> str:
    """Format a warning string for an article's `warnings` list."""
    return f"{code.name}: {code.value}" + (f" ({detail})" if detail else "")
