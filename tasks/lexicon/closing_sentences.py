"""Where a paragraph's last sentence starts, and a credit set off by a dash after it: the place a sign-off, a wire line
or a picture's credit run into the last paragraph is read from.
"""

from __future__ import annotations

import re

# The end of a sentence, before the next word ("… u ponedeljak. N1 - Beta").
_SENTENCE_END = re.compile(r"[.!?…][»”\"')]?\s+(?=[^\W_])")


def last_sentence_start(text: str) -> int | None:
    """Where the paragraph's last sentence starts, after the end of the one before it; None for one sentence."""
    ends = list(_SENTENCE_END.finditer(text))
    return ends[-1].end() if ends else None


# The end of a sentence, then a dash before the next word.
_SENTENCE_END_DASHED = re.compile(r"[.!?…][»”\"')]?\s+(?=[-–—]\s*[^\W\d_])")


def closing_credit_start(text: str) -> int | None:
    """Where the paragraph's last sentence, or a credit set off by a dash after it, starts ("… next month. –
    Additional reporting by Tama Ngata": the contributor credit run into the last paragraph, its dash standing where
    a new paragraph would, as New Zealand and Australian papers print it); None for one sentence. Not a bracket:
    "… adjourned. (Reporting by Dan Moss; Editing by Kim Lee)" is labelled no record (``fresh.jsonl``)."""
    marked = [m.end() for m in _SENTENCE_END_DASHED.finditer(text)]
    return max([*marked, last_sentence_start(text) or 0]) or None
