"""A caption closed by its picture's cue, "from" and an archive: "… Фота з асабістага архіва сям'і Лапко" (photo from
the Lapko family's personal archive), "… Zdjęcie z archiwum rodziny", "… Foto aus dem Archiv der Familie". The keeper
is named by a family or a person's possessive, no supplier: a credit naming no one, as "Фото: архів родини" is. A
place after "from" ("Foto aus Berlin") is none, so only the archive's words are read (``generic`` in
``name_words.csv``).
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.vocabulary import name_words, visual_cues

_VISUAL_CUES = "|".join(re.escape(c) for c in visual_cues())
# After the caption's last sentence: the cue, a word for "from", and the rest of the line.
_ARCHIVED = re.compile(
    rf"[.!?…]\s+((?:{_VISUAL_CUES}))\s+(?:from|z|ze|iz|з|із|из|aus)\s+([^:：|.]{{2,60}})\.?$", re.IGNORECASE
)


def archived_credit(text: str) -> CreditLine | None:
    """The nameless picture credit closing the caption `text` (stripped) with an archive after "from", else None."""
    match = _ARCHIVED.search(text)
    if match is None or not _archived(match.group(2)):
        return None
    return CreditLine(AttributionKind.PHOTO, match.group(1), None, 0, 0, match.start(2))


def _archived(rest: str) -> bool:
    """ "асабістага архіва сям'і Лапко", "dem Archiv der Familie": lower-case words of which one of the first two names
    no one (an archive, a private collection)."""
    words = rest.split()[:2]
    return bool(words) and words[0][:1].islower() and any(w.casefold() in name_words().generic for w in words)
