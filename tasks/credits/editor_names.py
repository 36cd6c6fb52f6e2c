"""A name the page shows only as its editor's: "责任编辑：肖春芳", "[Editor: Ann Lee]", "Edited by Ann Lee".

Chinese news CMSs (and others) put the story's editor in ``<meta name=author>`` while the visible byline names the
writer ("作者︱春春 … 责任编辑：肖春芳"): the metadata's author then credits the editor. The editor cues are
credit_cues.csv's kind ``editor`` (every language's); a one-word cue ("Editor", "编辑") counts only before a colon, a
bar or a slash, as an info bar writes it, since a byline may open with the writer's own job title ("By Senior Editor
Ann Lee"); a cue of two words or more ("edited by", "под редакцией") counts as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tasks.lexicon.vocabulary import credit_cues

# between a one-word cue and the name: a colon (full-width too), a bar or a slash, spaces around them
_SEPARATOR = r"\s*[:：︱|/]"


@lru_cache(maxsize=1)
def _editor_cue() -> re.Pattern[str]:
    """The text before a name ends with an editor's cue (the text's end spaces and opening brackets cut first)."""
    cues = credit_cues().get("editor", ())
    words = "|".join(re.escape(c) for c in cues)
    phrases = "|".join(re.escape(c) for c in cues if len(c.split()) > 1) or "(?!)"
    return re.compile(rf"(?:{words}){_SEPARATOR}$|(?:^|\W)(?:{phrases})$", re.IGNORECASE)


def shown_only_as_editor(name: str, texts: Iterable[str]) -> bool:
    """The page's texts show the name, and every time right after an editor's cue."""
    key = " ".join(name.split())
    if not key:
        return False
    seen = False
    for text in texts:
        start = text.find(key)
        while start >= 0:
            if not _editor_cue().search(text[:start].rstrip(" \t[【(（")):
                return False
            seen = True
            start = text.find(key, start + len(key))
    return seen
