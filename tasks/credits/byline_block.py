"""Where on a page a bare name is the author: the byline block between the title and the first paragraph.

"Jonathan Reeves" alone on a line is a byline when it stands right above the first body line or
right below the title, next to the article's date ("Tuesday January 15, 2008", "1 day ago"), is
not a line the page repeats (menus), does not reappear in the body (a name the article is about:
"Mark Ronson" above "British music producer Mark Ronson has denied ...") and has no word the page
also writes in lower case ("Key Issues", "Population Growth"). On 853 benchmark dumps the date
next to it is what tells a byline from a section heading, a show's name or a topic tag.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from schemas import AttributionKind, ChromeKind, Label, TextKind
from tasks.credits.author_box import AUTHOR_BOX_LINES, author_box, under_a_box_heading
from tasks.credits.contact_lines import dated_name, name_over_button, name_over_place, over_contact_lines, stacked_names
from tasks.credits.date_lines import is_clock_line, is_date_line
from tasks.credits.name_lines import (
    has_label_word,
    is_role_line,
    looks_like_name_line,
    name_before_role,
    without_contact,
)
from tasks.credits.page_words import page_lower_words
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.date_text import may_hold_a_date
from tasks.lexicon.vocabulary import credit_cues, person_cues, section_words
from tasks.text.segment import LabelledLine, Segmented

# How many lines from the name the date may stand (the title may be between them).
DATE_DISTANCE = 2
_WORD = re.compile(r"[^\W\d_]+")
# Read once: on Python 3.11 a member lookup (`Label.BODY`) costs ~0.2 µs, and it is asked here line by line
# (tasks.credits.attribution; docs/speed.md, session 22).
_BODY, _CHROME, _TITLE = Label.BODY, Label.CHROME, Label.TITLE
_COMMENTS = ChromeKind.COMMENTS


# Lines above the first paragraph looked at for a credited byline ("By …", "Interview: …", "Беседовал …"): the
# head (headline, standfirst, byline, role, date, "updated" line, share bar), whatever the segmenter called it.
HEAD_LINES = 12
# Lines after a first paragraph that is a standfirst, before the next paragraph: the byline often stands there.
STANDFIRST_GAP_LINES = 5


def _index_of(lines: list[LabelledLine], number: int) -> int | None:
    return next((i for i, ll in enumerate(lines) if ll.line.number == number), None)


def _head(lines: list[LabelledLine], at: int, dated: bool = False, language: str | None = None) -> list[int]:
    """Indexes of the chrome lines of the article's head: at most HEAD_LINES above the first body line (index
    `at`), and those between a standfirst and the next body line when few stand there ("headline, standfirst,
    byline, date, text" is a common order); `dated`: with a date there that the segmenter took for a subheading."""

    def kept(i: int) -> bool:
        ll = lines[i]  # `dated`: a date taken for a subheading ("Wednesday, 9 July 2025 | 2 min read")
        if ll.verdict.label == _CHROME or not dated or ll.verdict.kind != TextKind.SUBHEADING:
            return ll.verdict.label == _CHROME
        return may_hold_a_date(ll.line.text) and is_date_line(ll.line.text, language)

    slots = set(range(max(at - HEAD_LINES, 0), at))
    following = next(
        (j for j in range(at + 1, len(lines)) if lines[j].verdict.label == Label.BODY and not kept(j)), None
    )
    if following is not None and following - at - 1 <= STANDFIRST_GAP_LINES:
        slots.update(range(at + 1, following))
    return sorted(i for i in slots if kept(i))


def _slots(lines: list[LabelledLine], first: int, language: str | None) -> tuple[list[int], set[int], set[int]]:
    """Indexes of the lines where a bare name is a byline: right above the first body line, right below the
    title, and right above or below the article's date (the date line of the head nearest the first
    paragraph, or the first of the dates right above it: published, then updated), or above the job title over
    that date, the title included (a byline taken for the headline: "Petra Novotná, ČTK" over the date); and, apart,
    the lines right above the title that are no other slot (opinion columns and blogs put their writer there); and
    the name over the role and contact lines over the date (see `over_contact_lines`), which the block vouches for."""
    at = _index_of(lines, first)
    stacked: set[int] = set()
    if at is None:
        return [], set(), stacked
    slots = {at - 1} if at > 0 else set()
    titles = [i for i, ll in enumerate(lines[:at]) if ll.verdict.label == _TITLE]
    slots.update(i + 1 for i in titles)
    # The head's date may stand above the line taken for the title too (a share bar's "Tweet" under the
    # byline and date): on the eval dumps, 24 of 26 names over such a date were the article's author.
    head = _head(lines, at, True, language)

    def is_date(i: int) -> bool:  # dateparser is slow: asked of few lines, nearest the text first
        text = lines[i].line.text
        return may_hold_a_date(text) and is_date_line(text, language)

    above = [i for i in reversed(head) if i < at]
    date = next((i for i in above if is_date(i)), None)
    if date is None:
        date = next((i for i in head if i > at and is_date(i)), None)
    if date is not None:
        top = date
        while top - 1 in head and is_date(top - 1):  # "14.3.2025 13:02" over "Päivitetty 14.3.2025": the dates' block
            top -= 1
        bottom = date
        while bottom + 1 in head and is_date(bottom + 1):  # "Publié le …" over "Mis à jour le …" under a standfirst
            bottom += 1
        slots.update((top - 1, bottom + 1))
        cued = top >= 1 and lines[top - 1].verdict.kind == AttributionKind.AUTHOR
        # "Juho Ketola" over "Vaasa" over the date; "Ann Lee" over the template's "Follow" over the date
        placed = name_over_place(lines, top) or name_over_button(lines, top)
        if top >= 2 and (is_role_line(lines[top - 1].line.text) or stacked_names(lines, top) or cued or placed):
            # "Kristiina Lepik" over "reporter" over the date; two writers on two lines over it ("Martin Kováčik",
            # "Lucia Hrušková"); the writer over the one who compiled the copy ("Tomasz Wiśniewski" over "Oprac.:
            # Agnieszka Lis")
            slots.add(top - 2)
        over_contact = over_contact_lines(lines, top)
        if over_contact is not None:
            slots.add(over_contact)
            stacked.add(over_contact)
    labels = (Label.CHROME, Label.TITLE)

    def usable(i: int) -> bool:
        return 0 <= i < len(lines) and i != at and lines[i].verdict.label in labels

    above_title = {i - 1 for i in titles if usable(i - 1)} - slots
    return sorted(i for i in slots if usable(i)), above_title, stacked


def possible_slots(lines: list[LabelledLine], at: int, language: str | None = None) -> set[int]:
    """Every index `_slots` may give (its third set is in its first), wherever the head's date is: a date, and each
    date of the block over it, is a head line that `may_hold_a_date`, asked before dateparser."""
    titles = [i for i, ll in enumerate(lines[:at]) if ll.verdict.label == _TITLE]
    possible = {at - 1, *(i + 1 for i in titles), *(i - 1 for i in titles)}
    for date in (i for i in _head(lines, at, True, language) if may_hold_a_date(lines[i].line.text)):
        over_contact = over_contact_lines(lines, date)
        possible.update((date - 2, date - 1, date + 1, -1 if over_contact is None else over_contact))
    return possible


# How near each other in the head a name may stand twice and be one byline (the byline and the writer's card).
HEAD_REPEAT_LINES = 3


def _near_a_date(lines: list[LabelledLine], i: int, language: str | None) -> bool:
    near = lines[max(0, i - DATE_DISTANCE) : i] + lines[i + 1 : i + 1 + DATE_DISTANCE]
    return any(is_date_line(ll.line.text, language) or is_clock_line(ll.line.text) for ll in near)


def next_to_a_date(segmented: Segmented, number: int) -> bool:
    """A date line stands within DATE_DISTANCE lines of the line (a byline's neighbour: "Wed 2 Dec 2026 17.55 GMT")."""
    at = _index_of(segmented.lines, number)
    return at is not None and _near_a_date(segmented.lines, at, segmented.language)


def dated_byline_start(text: str, language: str | None) -> int | None:
    """Where the byline starts in a head line that opens with the article's date ("March 2, 2025 by Alison",
    "12. März 2025 von Anna Berg"): the offset of its author cue, or None."""
    for cue in _date_first_cue().finditer(text):
        if is_date_line(text[: cue.start()], language):
            return cue.start() + 1
    return None


@lru_cache(maxsize=1)
def _date_first_cue() -> re.Pattern[str]:
    """An author cue of one word that may follow a date ("by", "von", "par", "por"…), between spaces: one scan."""
    cues = sorted((c for c in credit_cues()["author"] if " " not in c and c.isalpha() and c.islower()), key=len)
    return re.compile(r"(?<=\S)\s(?:" + "|".join(re.escape(c) for c in reversed(cues)) + r")\s", re.IGNORECASE)


def byline_block_lines(segmented: Segmented, first: int) -> set[int]:
    """Line numbers of the chrome lines of the article's head (see `_head`), where a credited byline counts."""
    at = _index_of(segmented.lines, first)
    return set() if at is None else {segmented.lines[i].line.number for i in _head(segmented.lines, at)}


def byline_slot_lines(segmented: Segmented, first: int) -> set[int]:
    """Line numbers of the chrome lines right above the first paragraph or right below the title."""
    at = _index_of(segmented.lines, first)
    if at is None:
        return set()
    lines = segmented.lines
    slots = {at - 1} | {i + 1 for i, ll in enumerate(lines[:at]) if ll.verdict.label == _TITLE}
    return {lines[i].line.number for i in slots if 0 <= i < at and lines[i].verdict.label == _CHROME}


def byline_agency(text: str, gazetteer: Gazetteer, title_case: bool = False) -> str | None:
    """The canonical id of the agency a byline-block line is alone ("SITA", "Reuters"): the wire that wrote the
    story. A name that is also a common word counts in capitals only ("AA", "SITA"; "Trend" is a section's), or,
    with `title_case`, in title case too unless a section's label ("Lusa" over the date, where the caller found it)."""
    name = text.strip().strip(".")
    if not name or len(name.split()) > MAX_AGENCY_BYLINE_WORDS or any(mark in name for mark in ",;/|&"):
        return None  # "AFP, AP": a list, left to the credit rules
    cased = name.isupper() or (title_case and name.istitle() and name.casefold() not in section_words())
    return gazetteer.agency_of_name(name) or (gazetteer.agency_of_name(name, cued=True) if cased else None)


MAX_AGENCY_BYLINE_WORDS = 4


def byline_block_names(
    segmented: Segmented, first: int, gazetteer: Gazetteer, lower: Container[str] | None = None
) -> set[int]:
    """Line numbers of the chrome lines that are a bare author name in the byline block (see the module); `lower`:
    the page's lower-case words, if the caller has them (`page_lower_words`)."""
    lines = segmented.lines
    at = _index_of(lines, first)
    if at is None:
        return set()
    texts = [ll.line.text.strip() for ll in lines]
    last = max((j for j, ll in enumerate(lines) if ll.verdict.label == _BODY), default=len(lines))
    # The article's sentences: a name they write is whom it is about ("British music producer Mark Ronson has
    # denied ..."); a short body line naming it is as often its photo credit ("Lwazi Mdledle/News24")
    box, body = author_box(lines, last)
    # the last paragraph opening with the writer's name, a comma and a bio ("Giuseppe Di Lallo, insegnante in pensione,
    # vive a Frosolone."): an opinion column's closing note, the author box inside the text
    closing = [texts[last]] if last < len(lines) else []
    # A name in the head that the author box under the article opens with ("Олена Марченко" over her job and the
    # date, "Олена Марченко — економістка, …" under the text) is the writer's, wherever in the head it stands
    reach = range(max(at - HEAD_LINES - 1, 0), min(at + STANDFIRST_GAP_LINES + 1, len(lines)))
    boxable = {i for i in reach if i < at and lines[i].verdict.label in (_CHROME, _TITLE)
               and any(_opens_with_name(line, texts[i]) for line in [*box, *closing])}  # fmt: skip
    # Only a line that may be a slot (whatever the date) or is boxed can be a candidate below: the name checks are
    # asked of those alone, and where the head's date is (dateparser) only if one of them may be a slot (issue 15).
    possible = possible_slots(lines, at, segmented.language)
    named = {i for i in reach if (i in possible or i in boxable)
             and (looks_like_name_line(lines[i].line.text, gazetteer)
                  or byline_agency(lines[i].line.text, gazetteer, title_case=True))}  # fmt: skip
    slotted = not named.isdisjoint(possible)
    slots, above_title, stacked = _slots(lines, first, segmented.language) if slotted else ([], set(), set())
    boxed = named & boxable
    candidates = [i for i in sorted({*slots, *above_title, *boxed}) if i in named]
    if not candidates:
        return set()
    lower = page_lower_words(segmented) if lower is None else lower
    # The writer's name again right under the article is its author box ("Jaroslav Dvořáček" over a bio); a line
    # the page repeats elsewhere is a menu's or the site's name
    names: set[int] = set()
    for i in candidates:
        text = texts[i]
        # the writer answering a comment is no repeat ("Андрэй Каваленка" over the reply's date)
        repeats = [
            j
            for j, other in enumerate(texts)
            if other == text and j != i and not _heads_a_comment(lines, j, last, segmented.language)
        ]
        agency = byline_agency(text, gazetteer) is not None and i not in above_title
        if not agency and byline_agency(text, gazetteer, title_case=True) is not None:
            # "Lusa" in title case: the wire's name only right next to the article's date ("Trend" over a section)
            agency = i not in above_title and _near_a_date(lines, i, segmented.language)
        headed = [j for j in repeats if under_a_box_heading(texts, j)]  # "About the Author" over "Ann Lee"
        vouched = text in box or i in boxed or bool(headed)
        repeats = [j for j in repeats if j not in headed]
        # the writer the author box names again may be listed above the head too (an opinion site's columnists menu)
        # and the name shown again a few lines away in the head, no headline between (the byline, then the writer's
        # card: "Montserrat Salvat Ferré" over the date and again under it) is the same byline twice
        twice = {j for j in repeats if j < at and abs(j - i) <= HEAD_REPEAT_LINES and not _title_between(lines, i, j)}
        elsewhere = [j for j in repeats if (j < last or j > last + AUTHOR_BOX_LINES) and j not in twice]
        about = text in (body.replace(closing[0], "") if i in boxed and closing else body)
        if (elsewhere and not (vouched and all(j < i for j in elsewhere))) or (about and not agency):
            continue  # (the wire's name in the text is its dateline or sign-off, not the article's subject)
        named_text = _without_person_cue(text)  # "From Chinedu Okafor, Abuja": the page writes "from" in lower case
        dated = dated_name(text)  # "Ann Lee Monday, May 4, 2026 @ 11:10 PM": its own date vouches for the name
        if not agency and (
            not looks_like_name_line(named_text, gazetteer, lower) or (i in above_title and not (vouched or dated))
        ):
            continue  # above the headline a kicker is as common ("Atlanta Braves"): the author box must name it too
        head = name_before_role(without_contact(text))[0]  # "Greg Beacham, AP Sports Writer": a role may be a desk's
        if any(w.casefold() in load_author_words().newsroom for w in _WORD.findall(head)) or has_label_word(head):
            continue  # "В. Т. Редакција": initials and the desk; "Vreme Maribor": a widget's heading
        if i in above_title or i in boxed or i in stacked or dated or _near_a_date(lines, i, segmented.language):
            # the author box vouches for both; the role and contact lines under the name for it
            names.add(lines[i].line.number)
    return names


def _title_between(lines: list[LabelledLine], i: int, j: int) -> bool:
    return any(lines[k].verdict.label is Label.TITLE for k in range(min(i, j) + 1, max(i, j)))


def _without_person_cue(text: str) -> str:
    """The line without the byline cue that is also a common word opening it ("From", "Na", "de")."""
    first, _, rest = text.strip().partition(" ")
    return rest if first.casefold() in person_cues() else text


def _heads_a_comment(lines: list[LabelledLine], j: int, last: int, language: str | None) -> bool:
    """Line `j`, under the article, heads a comment: a date (and time) right under it, read in the page's language
    and English (with no language dateparser loads every locale it has, 1.8 s the first time in a process), or a line
    of the comment section the segmenter found (the reply's text: "Аляксей Дубовік" over "Віктар, дзякуй, …")."""
    if j <= last + 1 or j + 1 >= len(lines):
        return False
    return lines[j + 1].verdict.kind == _COMMENTS or is_date_line(lines[j + 1].line.text, language)


def _opens_with_name(line: str, name: str) -> bool:
    """The author box's line opens with the name, then a dash or comma and the writer's bio ("Олена Марченко —
    економістка, …"); the same line again is as often a menu's or a widget's ("Increase Text Size", "Sponsored
    Links")."""
    rest = line[len(name) :].strip() if line.startswith(name) else ""
    return rest[:1] in ("—", "–", "-", ",") and len(rest.split()) > 1
