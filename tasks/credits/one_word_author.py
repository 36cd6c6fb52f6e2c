"""A one-word author: the page's markup names it twice (JSON-LD types it as a person and the byline element shows
it), or the byline element shows it alone.

A one-word author value is a site, a desk, a section or a handle as often as a person ("Tagesblick", "jdadmin",
"vortex", "Editorial"), so :mod:`tasks.credits.name_checks` takes none; a blogger who signs with the first name alone
("written by Regan", ``{"@type": "Person", "name": "Regan"}``) is then lost. Two sources agreeing on the word, one of
them typing it as a person, make it a name: it must be written as one (a capital, then lower-case letters only: no
handle), and be no interface, desk, job or site account word ("Admin") and not the site's name. Session 34: the byline
element alone, when it shows one such word and no more (a blog's "Posted by Kevin"), is read too, unless the word is a
month, an outlet or a word of the site's name its domain opens with: on the real check halves it was the largest class
of missed authors (35 of 212), and it cost none of them precision. Session 37: on the text path, the one word of a
cued byline dated on its line ("Posted on March 2, 2025 by Alison", "Posted by Kevin at 10:32 AM"), where the same
byline with a full name is read: the date vouches for the cue, as the byline element does in the HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from schemas import AttributionKind
from tasks.credits.byline_handles import cued_handle
from tasks.credits.credit_records import Found, author_found
from tasks.credits.name_checks import is_plausible_name, name_key
from tasks.credits.names import clean_author_names
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import FULL_YEAR, date_tail_start, has_month_date
from tasks.lexicon.date_vocabulary import month_names
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import name_words
from tasks.lexicon.word_classes import is_title_case_word

MIN_ONE_WORD_NAME = 3


def one_word_person(persons: tuple[str, ...], byline: str | None, publishers: frozenset[str]) -> list[str]:
    """The JSON-LD person's one-word name when the byline element's text is that word, else nothing."""
    # "written by Regan": the byline's prefix, longest first
    shown = _after_prefix(" ".join((byline or "").split()).casefold())
    common = _not_names()
    for person in persons:
        name = person.strip()
        if name.casefold() != shown or not _written_as_a_name(name):
            continue
        if name.casefold() not in common and name_key(name) not in publishers:
            return [name]
    return []


def one_word_signer(
    byline: str | None,
    publishers: frozenset[str],
    site_words: frozenset[str],
    links: Callable[[], tuple[tuple[str, ...], frozenset[str]]] = lambda: ((), frozenset()),
) -> list[str]:
    """The byline element's one word when it is all the element shows and reads as a first name or a pen name: a
    blog's "Posted by Kevin" (`<span class="author vcard"><a class="fn">Kevin</a></span>`). Written as a name, no
    interface, desk, job or account word, no month, no outlet, not the site's name nor a word of it ("Vortex" on
    "Vortex Cannon Entertainment": the site's own account). Session 38: or a user name the element links to its
    account's page (`links`, asked then only: "Posted by <a href="/author/jdoe/">jdoe</a>", `written_as_a_handle`),
    unless the page repeats the element over another user name (a forum thread's posters)."""
    words = load_author_words()
    shown = " ".join((byline or "").split())
    if any(w.casefold() in words.newsroom for w in shown.split()):
        return []  # "Redacción Maestrazgo": the desk of a site, whose cue a credit line reads "Redacción"
    # its cue, as a credit line reads it ("Posted by", "Posted in News by") or as the byline prefixes list it
    credit = parse_credit_line(shown)
    if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.rest_start:
        shown = shown[credit.rest_start :].strip()
    shown = _after_prefix(shown)
    if " " not in shown and _written_as_a_name(shown):
        return [] if _not_a_writer(shown, publishers, site_words) else [shown]
    handle = _JOINER_TAIL.sub("", _after_prefix(_POSTED_CUE.sub("", shown)))
    if not written_as_a_handle(handle) or _not_a_writer(handle, publishers, site_words):
        return []
    linked, repeats = links()
    if handle not in linked or any(written_as_a_handle(_after_prefix(_POSTED_CUE.sub("", r))) for r in repeats):
        return []  # unlinked; or one of a thread's accounts, the element repeated over another user name
    # "jdadmin", "newsdesk2": the site's account named for its role
    return [] if any(w in handle.casefold() for w in _not_names() if len(w) >= MIN_ACCOUNT_PART) else [handle]


def _not_a_writer(word: str, publishers: frozenset[str], site_words: frozenset[str]) -> bool:
    """An account, desk, job or interface word, a month, the site's name or a word of it, no one, or an outlet."""
    folded = word.casefold()
    if folded in _not_names() or folded in month_names() or folded in site_words or name_key(word) in publishers:
        return True
    return folded in load_author_words().no_one or is_known_outlet(word)  # "Posted by unknown": Blogger's no one


# The shortest account, desk or job word looked for inside a user name ("admin" of "jdadmin"; not "ed" or "tv")
MIN_ACCOUNT_PART = 4


# a blog's cue, which a credit line parses before a capitalised name only ("Posted by jdoe")
_POSTED_CUE = re.compile(r"^(?:posted|submitted)\s+by:?\s+", re.IGNORECASE)
# "by jdoe on" of "by jdoe on March 2, 2025": the byline element is read up to its date, which leaves the joiner
_JOINER_TAIL = re.compile(r"\s+(?:on|at)$", re.IGNORECASE)
# A site's user name: lower-case letters (some with digits, "_", "." or "-" between them: "jdoe", "mk_lee", "kd2"),
# or letters in camelCase ("JohnDoe", "jDoe"); at least two letters; not capitals alone ("AFP", an agency's code)
_HANDLE = re.compile(r"[^\W\d_](?:[\w.-]*[^\W_])?")
MIN_HANDLE_LETTERS = 2


def written_as_a_handle(word: str) -> bool:
    """A blog's or a forum's user name as the byline element shows it ("Posted by jdoe", `<a rel="author">mk_lee</a>`):
    one word, lower case or camelCase, never capitals alone. Where the byline element shows nothing else, the
    labellers of the real pages credit it (a lower-case handle was the byline element's most frequent dropped name on
    the real check halves, session 37's counts); a handle in running text is no byline and stays unread."""
    letters = [c for c in word if c.isalpha()]
    if len(word) < MIN_ONE_WORD_NAME or len(letters) < MIN_HANDLE_LETTERS or not _HANDLE.fullmatch(word):
        return False
    if not all(c.islower() or c.isupper() for c in letters):
        return False  # a script without case ("肖春芳"): nothing tells a handle from a name
    return not word.isupper() and not _written_as_a_name(word)


# A person's name of two or three words; more is a title or a list as often.
_OWNER_WORDS = (2, 3)


def site_owner_byline(byline: str | None, language: str | None, publishers: frozenset[str]) -> list[str]:
    """The byline element's one name when it is the site's name too: a personal blog's "Posted by Kevin Drum" on
    kevindrum.com, which the publisher test drops from every source. Read from the byline element alone (JSON-LD and
    <meta> name the site as its author as often), when the element shows that name and nothing else after its cue,
    written as a person's name (each word a capital, then lower-case letters), no desk, job or account word, no
    outlet word or outlet ("By Town Daily" on Town Daily stays the site's). A site named like a person that is no
    one's ("By Town Notes") is read too: no list of first names tells them apart, and on the real label files the rule
    gave no extra name (session 36: one to two more names on six check halves)."""
    shown = " ".join((byline or "").split())
    whole = name_key(shown)
    if not any(k and k in whole for k in publishers):
        return []  # most bylines hold no site name: no credit line is parsed for them
    credit = parse_credit_line(shown)
    if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.rest_start:
        shown = shown[credit.rest_start :].strip()
    shown = _after_prefix(shown)
    return [shown] if name_key(shown) in publishers and written_as_an_owner(shown, language) else []


def written_as_an_owner(shown: str, language: str | None) -> bool:
    """A site's name written as its owner's: two or three words, each a capital and then lower-case letters, no desk,
    job or account word, no outlet word or outlet ("Town Daily", "Kevin Drum Radio" stay the site's)."""
    words = shown.split()
    if len(words) not in _OWNER_WORDS:
        return False
    if not all(_written_as_a_surname(w) for w in words) or any(w.casefold() in _not_names() for w in words):
        return False
    if any(w.casefold() in name_words().outlet_marks for w in words) or is_known_outlet(shown):
        return False
    return clean_author_names([shown], language, ()) == [shown]


def _after_prefix(shown: str) -> str:
    """The byline's text after its prefix ("written by", longest first), matched without case; else the text."""
    lowered = shown.casefold()
    return next((shown[len(p) :].strip() for p in load_author_words().prefixes if lowered.startswith(f"{p} ")), shown)


def _not_names() -> frozenset[str]:
    """The interface, desk, job and site account words, which a one-word author value names as often as a person."""
    words = load_author_words()
    return words.interface | words.newsroom | words.job | words.accounts


def _written_as_a_surname(word: str) -> bool:
    """Written as a name, or a surname with its prefix's inner capital ("McArdle", "O'Connor": `is_title_case_word`)."""
    letters = word.replace("'", "").replace("’", "")
    return _written_as_a_name(word) or (
        len(letters) >= MIN_ONE_WORD_NAME and letters.isalpha() and is_title_case_word(word)
    )


def names_the_owner(name: str, language: str | None) -> bool:
    """A text byline's name that the publisher test drops as the site's own, written as the site owner's
    (`written_as_an_owner`): a one-person site named for the person who writes it ("Posted by Jane Doe at 10:30 AM" on
    a blog whose home link or <title> reads "Jane Doe"), as the byline element's `site_owner_byline`."""
    return written_as_an_owner(name, language) and is_plausible_name(name, load_author_words(), frozenset())


def _written_as_a_name(word: str) -> bool:
    return len(word) >= MIN_ONE_WORD_NAME and word.isalpha() and word[0].isupper() and word[1:].islower()


def one_word_byline(text: str, number: int, gazetteer: Gazetteer, lower: Container[str] = ()) -> list[Found]:
    """ "by Regan September 15, 2014": the head's one cued byline naming one word and dated on its line, a blogger
    who signs with the first name; the word is written as a name and is no interface, desk, job or account word
    ("by admin"), no agency's or outlet's. Else []. Session 37: or dated as :func:`dated_one_word` reads it ("Posted
    by Kevin at 10:32 AM")."""
    return _month_dated_one_word(text, number, gazetteer) or dated_one_word(text, number, gazetteer, None, lower)


def _month_dated_one_word(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.AUTHOR or credit.name is None or credit.rest_end is None:
        return []  # no date closed the names (`rest_end`): "By Madonna" alone is as often a heading's
    name = credit.name
    if not _written_as_a_name(name) or name.casefold() in _not_names() or is_known_outlet(name):
        return []
    if gazetteer.agency_of_name(name, cued=True) or not has_month_date(text[credit.rest_end :]):
        return []
    start = credit.name_start
    return [author_found(name, start, number, text.strip())]


# What may stand between a one-word writer and the post's date or time after it ("by Alison on March 2, 2025",
# "Posted by Kevin at 10:32 AM 3 comments", "by Alison | March 2, 2025"), and the comment count closing the line.
_JOINER = re.compile(r"^\s*(?:[|·•,@–—-]\s*|(?:on|at)\s+)?", re.IGNORECASE)
_COUNT_TAIL = re.compile(r"\s+\d+\s+comments?\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)(?:\s+[A-Z]{1,4})?")


def dated_one_word(
    text: str, number: int, gazetteer: Gazetteer, date_start: int | None, lower: Container[str] = ()
) -> list[Found]:
    """The one-word writer of a cued byline dated on its line, a blogger who signs with the first name: "Posted on
    March 2, 2025 by Alison" (`date_start`: where the cue after the line's opening date starts, as
    `byline_block.dated_byline_start` finds it), "by Alison on March 2, 2025", "Posted by Kevin at 10:32 AM 3
    comments". The post's date or time right after the word, or the date the line opens with, vouches for the cue
    ("By Madonna" alone is a heading's as often); the word is written as a name, no interface, desk, job or account
    word ("by admin"), month, agency or outlet. Else []."""
    offset = date_start or 0
    credit = parse_credit_line(text[offset:])
    if credit is None or credit.kind is not AttributionKind.AUTHOR or credit.name is None:
        # session 38: a blog's lower-case login in the name's place ("by jsmith on March 2, 2012"), dated alike
        handle = cued_handle(text[offset:])
        if handle is None:
            return []
        name, start, end = handle[:3]  # written as a login: the page's lower-case words are no test of it
        if date_start is not None and not _calendar_date(text[:date_start]):
            return []  # "3 minuti di lettura": a reading time, no date, before a cue that is a preposition too
    else:
        name, start, end = credit.name, credit.name_start, credit.name_end
        if not _written_as_a_name(name) or name.casefold() in lower:
            return []  # "by Design": a word the page writes in lower case
    if name.casefold() in _not_names() or name.casefold() in month_names():
        return []
    if name.casefold() in load_author_words().no_one:
        return []  # Blogger's "Posted by Unknown"
    if is_known_outlet(name) or gazetteer.agency_of_name(name, cued=True):
        return []
    if date_start is None:
        after = _COUNT_TAIL.sub("", text[offset + end :])
        rest = after[_JOINER.match(after).end() :]  # type: ignore[union-attr]  # the pattern matches empty text
        if not rest or not (date_tail_start(" " + rest) == 1 or _CLOCK.fullmatch(rest.strip())):
            return []
    return [author_found(name, offset + start, number, text.strip())]


def _calendar_date(text: str) -> bool:
    """The text writes a day of the calendar (a month's name or a year in full), no relative time ("3 minuti")."""
    return has_month_date(text) or FULL_YEAR.search(text) is not None


# "-Mish", "—Regan", "~Kate": one word glued to the dash under the text, a blogger's sign-off with the pen name.
_SIGNED_WORD = re.compile(r"^\s*(?:[-–—~]|--)(?P<name>[^\W\d_]+)\s*$")


def signed_word(text: str, number: int, gazetteer: Gazetteer, lower: Container[str]) -> list[Found]:
    """The author of "-Mish" right under the text, where no list stands over it: a word written as a name and no
    interface, desk, job or account word, no month, agency or outlet, and no word the page writes in lower case
    (`lower`: "-Update", "-Fin")."""
    match = _SIGNED_WORD.match(text)
    name = match.group("name") if match else ""
    if not _written_as_a_name(name) or name.casefold() in _not_names() or name.casefold() in lower:
        return []
    if name.casefold() in month_names() or is_known_outlet(name) or gazetteer.agency_of_name(name, cued=True):
        return []
    start = match.start("name") if match else 0
    return [author_found(name, start, number, text.strip())]
