"""Line-break stage: a line break in an article ends a sentence.

Titles, datelines and list items carry no final period; left to the parser, "Erdogan tells Swedish premier
... approval" and the first body sentence are read as one sentence and one clause tree. Runs before the
parser, which respects preset sentence starts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsevents_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after any token that contains a line break."""
    after_break = False
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            after_break = True
            continue
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
    return doc
