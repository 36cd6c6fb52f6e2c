"""A last paragraph that signs the article with the writer's name and e-mail address: "— Stephen Bracco
(sbracco@example.com)", "Maren Holt, mholt@example.org" (reviews, letters and blog posts close so).

A name alone there is as often a heading ("Leave a Reply"), and a dash before it as often a list's last item ("-
Removed Herobrine", a changelog's); an address whose mailbox spells one of the name's words vouches that the name is
the person who writes from it, as a role tail does.
"""

from __future__ import annotations

import re

from tasks.credits.contact_lines import title_case_name
from tasks.credits.credit_records import Found, author_found
from tasks.credits.name_checks import is_plausible_name
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words

# An optional dash, the name, then the address after a comma or a dash, or in brackets.
_SIGNED = re.compile(
    r"^\s*(?:[-–—]\s*)?(?P<name>[^\W\d_][^,()@]{2,58}?)\s*(?:[,–—-]\s*|\(\s*)"
    r"(?P<mailbox>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+\s*\)?\s*\.?\s*$"
)
# A name's word the mailbox must spell: an initial or a two-letter word would match too much by chance.
MIN_SPELLED_LETTERS = 3


def contact_signature(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer of a last paragraph that is a person's name (two to four title-case words) and an address whose
    mailbox spells one of its words ("sbracco" for Stephen Bracco), else []."""
    match = _SIGNED.match(text)
    if match is None:
        return []
    name, mailbox = match.group("name").strip(), match.group("mailbox").casefold()
    if not title_case_name(name) or gazetteer.find(name, cued=True):
        return []
    if not spells_the_name(mailbox, name.split()) or not is_plausible_name(name, load_author_words(), frozenset()):
        return []
    # no desk's, office's or outlet's word ("Press Office (press@…)", "Metro Desk (metro@…)")
    if not looks_like_person(name.split(), name_words()) or not looks_like_name_line(name, gazetteer):
        return []
    start = match.start("name")
    return [author_found(name, start, line, text.strip())]


def spells_the_name(mailbox: str, words: list[str]) -> bool:
    """The mailbox is one of the name's words (three letters or more) and the other words or their initials, in any
    order: "sbracco", "stephen.b", "bracco.stephen" for Stephen Bracco; not the word alone ("service" for Customer
    Service: a desk's box, no one's)."""
    letters = "".join(c for c in mailbox.casefold() if c.isalpha())
    folded = [w.casefold() for w in words]
    for i, word in enumerate(folded):
        if len(word) < MIN_SPELLED_LETTERS or word not in letters:
            continue
        rest = letters.replace(word, "", 1)
        others = folded[:i] + folded[i + 1 :]
        if rest and _made_of(rest, {p for w in others for p in (w, w[:1])}):
            return True
    return False


def _made_of(text: str, pieces: set[str]) -> bool:
    """`text` is a run of `pieces` ("s" of "Stephen"; "jk" of "Jan Karel")."""
    if not text:
        return True
    return any(text.startswith(p) and _made_of(text[len(p) :], pieces) for p in pieces if p)
