"""Lines of a link list's head: its heading ("Related", "Most read stories") and a link under a heading of its own
("Read also: <teaser headline>"), asked of every line's match key by the line features."""

from __future__ import annotations

import re

from tasks.lexicon.vocab import RELATED_HEADINGS

# A short line opening with a related-links heading of two or more words is one itself.
RELATED_PREFIX_MAX_WORDS = 5

# The first word of every link-list heading: a line opening with another word opens none of them.
_RELATED_FIRST_WORDS = frozenset(heading.split(" ", 1)[0] for heading in RELATED_HEADINGS)


def is_related_heading(key: str) -> bool:
    """A heading of a link list: "Related", "Most read stories".

    Beyond the exact headings, a short line may open with a heading of several words.
    """
    if key in RELATED_HEADINGS:
        return True
    words = key.split(maxsplit=RELATED_PREFIX_MAX_WORDS)  # one more word than allowed is enough to say no
    if len(words) > RELATED_PREFIX_MAX_WORDS or not words or words[0] not in _RELATED_FIRST_WORDS:
        return False
    return any(" ".join(words[:k]) in RELATED_HEADINGS for k in range(2, len(words)))


# What parts a "read also" heading from the headline it links to: a colon (the full-width one of CJK text too), a dash
# or a bar before a space ("ये भी पढ़ें- <headline>", "ALSO READ | <headline>", the Indian papers' way), or the Armenian
# comma that Armenian writes where others write the colon ("Կարդացեք նաև՝ <headline>"), or the Ethiopic colons
# Amharic and Tigrinya write ("ተጨማሪ ያንብቡ፦ <headline>", the preface colon; "፥"; the word space "፡" that Amharic
# pages write for a colon, "ተጨማሪ ያንብቡ፡ <headline>"), or the Khmer colon ("អានបន្ថែម៖
# <headline>"); a hyphen inside a word ("popular-science") parts nothing.
_RELATED_LINK_SEPARATOR = re.compile(r"\s*(?:[:：՝፦፥፡៖]|[-–—|](?=\s))")
_HAS_SEPARATOR = re.compile("[:：՝፦፥፡៖|\\-–—]")


def is_related_link(key: str) -> bool:
    """A link to another page under its heading: "Read also: <teaser headline>"."""
    if not _HAS_SEPARATOR.search(key):
        return False  # no colon and no dash: nothing to split at (most lines; a split costs three times this)
    parts = _RELATED_LINK_SEPARATOR.split(key, maxsplit=1)
    return len(parts) == 2 and bool(parts[1].strip()) and parts[0].strip() in RELATED_HEADINGS
