"""The writer's name glued to the end of the article's last paragraph: "… It will be more of an elaborate drama."
Anant Narayan", "… we will continue this mission, he added. Ruth Abebe". Some papers set the signature in an element
of its own under the text; a scraper that reads the text as runs of words puts it after the last sentence, with no
line break between (real pages of l3s: Indian and Pakistani dailies of 2008).

Only the text's last paragraph, only after a sentence's end (a full stop, question or exclamation mark, maybe a
closing quote), only two or three title-case words that read as a person's name and name no agency or outlet: a
caption's photographer closes a caption ("… in Paris. Benoit Tessier"), not the text.
"""

from __future__ import annotations

import re

from schemas import ChromeKind, Label
from tasks.credits.credit_records import Found, author_found
from tasks.credits.reporters import name_alone_signing
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words
from tasks.text.bio import opens_as_a_bio
from tasks.text.segment import LabelledLine, Segmented

# A sentence's end, maybe a closing quote or bracket, then two or three title-case words closing the paragraph.
_NAME_AFTER_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s+(?P<name>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){1,2})\s*$")
# A paragraph of at least this many words before the name: a sentence of the text, not a caption's line.
MIN_TEXT_WORDS = 12


def name_after_last_sentence(text: str, line: int, gazetteer: Gazetteer, page: Segmented) -> list[Found]:
    """The author whose name closes the article's last paragraph (`text`) after its last sentence, if any; not a
    name the `page` writes anywhere else (the story's subject, a teaser's or a comment's writer)."""
    match = _NAME_AFTER_SENTENCE.search(text)
    if match is None or len(text[: match.start("name")].split()) < MIN_TEXT_WORDS:
        return []
    name = match.group("name")
    if not looks_like_person(name.split(), name_words()) or gazetteer.find(name) or is_known_outlet(name):
        return []
    if sum(ll.line.text.count(name) for ll in page.lines) > 1:
        return []
    return [author_found(name, match.start("name"), line, text.strip())]


# Signatories stacked under the text: two to four names, one a line.
MIN_STACKED_NAMES, MAX_STACKED_NAMES = 2, 4


def stacked_signatures(page: Segmented, i: int, gazetteer: Gazetteer) -> list[Found]:
    """The signatories of the article whose last paragraph stands right over line `i` (no blank line between): two to
    four people's names, one a line, each a line of its own with no blank between ("Anna Lind" over "Erik Berg" under
    a memorial notice or an open letter), none written elsewhere on the page; or one name alone with a blank line
    under it (:func:`_set_apart_below`). One name alone over other lines is as often a heading ("Leave a Reply"), a
    longer run of names a list (a board, a team)."""
    lines, run = page.lines, list[Found]()
    if i == 0 or lines[i].line.number != lines[i - 1].line.number + 1 or lines[i - 1].verdict.label != Label.BODY:
        return []
    for j in range(i, min(i + MAX_STACKED_NAMES + 1, len(lines))):
        ll = lines[j]
        if ll.verdict.label != Label.CHROME or (run and ll.line.number != run[-1].line + 1):
            break
        named = name_alone_signing(ll.line.text, ll.line.number, gazetteer, None, set_apart=True)
        if len(named) != 1 or named[0].name is None:
            break
        run.append(named[0])
    if not (MIN_STACKED_NAMES <= len(run) <= MAX_STACKED_NAMES or _set_apart_below(lines, i, run)):
        return []
    written = [sum(ll.line.text.count(f.name or "") for ll in lines) for f in run]
    return run if all(n == 1 for n in written) else []


def _set_apart_below(lines: list[LabelledLine], i: int, run: list[Found]) -> bool:
    """One name alone right under the last paragraph (line `i`, no blank between), then the page's end, or a blank
    line and a heading over links to other pages ("Adama Sanou" over "Lire aussi :"): the writer's signature set apart
    as its own block; a name over other lines is as often a heading of its own ("Karin Sjöberg" over "Dela: …")."""
    if len(run) != 1 or i + 1 == len(lines):
        return len(run) == 1
    below = lines[i + 1]
    return below.line.number > run[0].line + 1 and below.verdict.kind == ChromeKind.RELATED_HEADING


# A line that is only a web address or an e-mail address: a signature's second line.
_ADDRESS_ALONE = re.compile(r"^\s*(?:(?:https?://|www\.)[^\s@]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$", re.IGNORECASE)


def name_over_address(page: Segmented, i: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer of the name alone right under the text (line `i`) with a web or e-mail address alone on the next
    line ("Ann Lee" over "http://annlee.blogspot.com"): a blogger's signature and the blog's address; or with the
    writer's bio opened by the word on the next line ("Liisa Lehto" over "Kirjoittaja on vainajan tytär.", the writer
    is the deceased's daughter: a memorial's signature). A name the page writes elsewhere is its subject or a
    commenter; a name alone with other lines under it is as often a heading."""
    lines = page.lines
    if i + 1 >= len(lines):
        return []
    below = lines[i + 1].line.text
    if not _ADDRESS_ALONE.match(below) and not opens_as_a_bio(below.strip()):
        return []
    text, number = lines[i].line.text, lines[i].line.number
    named = name_alone_signing(text, number, gazetteer, None, set_apart=True)
    if not named and _DOUBLE_NAME.search(text):  # "Liisa Hyvönen-Mäkelä": each half of the double name a word of it
        halves = name_alone_signing(_DOUBLE_NAME.sub(" ", text), number, gazetteer, None, set_apart=True)
        name = text.strip()
        named = [author_found(name, text.index(name), number, name)] if len(halves) == 1 else []
    if len(named) != 1 or sum(ll.line.text.count(named[0].name or "") for ll in lines) != 1:
        return []
    return named


# The hyphen inside a double name ("Hyvönen-Mäkelä"), which the name's words test reads as one word of mixed case.
_DOUBLE_NAME = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
