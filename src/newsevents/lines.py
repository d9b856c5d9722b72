"""Line-break stage: where a line break ends a sentence, tell the parser before it runs.

Titles and datelines carry no final period; left to the parser, "Erdogan tells Swedish premier ... approval"
and the first body sentence are read as one sentence and one clause tree. But newswire is often wrapped
at a fixed width ("... and BP North America\\nInc said they plan ..."), where a single line break means
nothing. So a sentence starts after
- the first line of the article (the title, in both of our input formats), and
- a blank line (paragraphs, and the `title + "\\n\\n" + text` of JSONL records);
a single line break inside the body is left to the parser, which ends sentences at their punctuation.
Runs before the parser, which respects preset sentence starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text

BREAKS = re.compile(r"\A[ \t]*\S[^\n]*\n|\n[ \t]*\n")


@Language.component("newsevents_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after the title line and after every blank line."""
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    starts = [int(i) for i in doc.to_array("IDX")]
    for match in BREAKS.finditer(text):
        i = bisect_left(starts, match.end())
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc
