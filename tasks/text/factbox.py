"""The box an article ends with: a match's line-ups and referee, an event's programme, the steps of a how-to, its
lines in one block (no blank line between) under the text, maybe under a heading.

A report closes with its facts as fields ("Referee: Dougie Forbes.", "Abwehr: Pieper, Friedl, Stark", "Yleisöä:
4 812"), maybe under a heading ("Teams", "Statistika tekme") or a line that introduces them ("Werder beginnt mit:"); a
service piece with the steps or conditions it lists ("Хто може подати заявку" over items ending in ";" and "."). None
of the lines is prose, so the region search ends the main text above the box, and with it the closing paragraph under
the box ("Sport kohtaa seuraavaksi tiistaina vieraissa KalPan, kertoo STT."). What tells the box from a teaser list or
a table of standings under an article is its lines: fields or clauses, where headlines and table rows end in no mark.
"""

from __future__ import annotations

import re

from tasks.lexicon.digits import has_digit
from tasks.lexicon.sentence_signoffs import is_signed_off
from tasks.lexicon.vocab import CLOSERS
from tasks.text.bio import is_bio_heading, opens_a_bio
from tasks.text.lines import Line
from tasks.text.read_also import asks, read_also_box_length
from tasks.text.region import PageView

# A field: a label of a few words, a colon and a space, a value ("Árbitro: Cristián Garay.", "Audax Italiano (2): …").
_FIELD = re.compile(r"^([^:：]{1,60}?)[:：]\s+(\S.*)$")
# A field's label has at most this many words ("Najboljši strelec Rogaške"); more is a sentence quoting after a colon.
MAX_LABEL_WORDS = 4
# A heading over the box has at most this many words ("Statistika tekme", "Хто може подати заявку").
MAX_HEADING_WORDS = 6
# A field's value of at most this many words may end in no mark ("Tor: Zetterer"); a longer one ending in none is a
# headline's ("SBB-Fahrplan: Diese Verbindungen fallen im Sommer weg", a teaser under an article).
MAX_BARE_VALUE_WORDS = 2
# A field's value that is a figure has at most this many words, the figure's among them ("680 miljoner kronor").
MAX_FIGURE_WORDS = 4
# A box has at least this many lines under its heading.
MIN_BOX_LINES = 2
# A table set as text: its cells parted by a bar or a tab ("Кукурудза | 2,6"); a table closing the article's own
# block has at least this many rows, its header's among them.
_CELL_BAR = re.compile(r"\s\|\s|\t")
MIN_TABLE_ROWS = 3
# Marks that end an item of a list that is the text's: a clause or a sentence, not a question or a cry (a headline's).
_CLAUSE_ENDS = (";", "；", ",", "，")
# A match's score line, the first line of its result box: the two sides parted by a dash and the score, maybe its
# periods in brackets ("HC '05 Banská Bystrica - HK Dukla Michalovce 3:2 pp (0:2, 2:0, 0:0 - 1:0)", "St. Gallen –
# Lugano 2:2 (1:1)"), or one side, its points and its scorers in brackets ("Opunake 24 (Rawiri Pomare 2, Eli Tamati
# tries; …)"). A side's name holds no question, cry, colon, semicolon or comma (a club's year and a town's dot it may).
_SCORE_LINE = re.compile(
    r"^(?:[^!?:;,]{2,50}?\s[-–—]\s[^!?:;,]{2,50}?\s\d{1,3}\s?[:–-]\s?\d{1,3}\b.*"
    r"|[^\d!?:;()]{2,50}?\s\d{1,3}\s\(.*\d.*\))$"
)


def is_field(text: str) -> bool:
    """ "Tor: Zetterer", "Abwehr: Pieper, Friedl, Stark", "Yleisöä: 4 812": a label of a few words, no sentence in it,
    then a value that is a list, a number, a clause or a name, not a headline ("Mischkultur: Welche Nachbarn mag
    Knoblauch?", "Kommentar: Der Bund darf die Zentralschweiz nicht vergessen")."""
    match = _FIELD.match(text.strip())
    if match is None:
        return False
    label, value = match.group(1).strip(), match.group(2).rstrip(CLOSERS + " ")
    if not 0 < len(label.split()) <= MAX_LABEL_WORDS or label.endswith((".", "!", "?")) or asks(value):
        return False
    listed = any(mark in value for mark in _CLAUSE_ENDS)
    return listed or value[-1:].isdigit() or value.endswith(".") or len(value.split()) <= MAX_BARE_VALUE_WORDS


def is_score_line(text: str) -> bool:
    """A match's score line: "A – B 2:2 (1:1)", "Opunake 24 (Rawiri Pomare 2, Eli Tamati tries; …)"."""
    return _SCORE_LINE.match(text.strip()) is not None


def _ends_clause(lines: list[Line], view: PageView, i: int) -> bool:
    """Line i ends a sentence or a clause, not with a question or a cry: an item of a list written as text."""
    text = lines[i].text.rstrip(CLOSERS + " ")
    if asks(text):
        return False
    return view.features[i].ends_sentence or text.endswith(_CLAUSE_ENDS)


def _is_lead(lines: list[Line], view: PageView, i: int) -> bool:
    """Line i may head a box: no rule took it, and it introduces what follows (a colon) or is a short heading, not the
    heading of a box on the author ("Zur Person")."""
    feat, text = view.features[i], lines[i].text
    if view.verdicts[i] is not None or feat.has_date or is_bio_heading(text) or is_field(text):
        return False  # a field is the box's first line, no heading over it
    return feat.ends_colon or (feat.n_words <= MAX_HEADING_WORDS and not feat.ends_sentence and not view.prose[i])


def _block_end(lines: list[Line], first: int) -> int:
    """Index of the last line of the block line `first` opens (no blank line between)."""
    end = first
    while end + 1 < len(lines) and lines[end + 1].block_index == lines[first].block_index:
        end += 1
    return end


def _is_box(lines: list[Line], view: PageView, items: range, headed: bool) -> bool:
    """Lines `items` are a box's: no rule took any, and they are fields (half at least), or clauses all of them under
    a heading (without one, sentences in a block of their own are a paragraph the search left out: an author's bio).
    A match's score line counts with the fields when one field at least stands with it ("HT: Coastal 13-7", "Góly:
    27. Mikuš, …"): score lines alone are a results widget's rows."""
    if len(items) < MIN_BOX_LINES or any(view.verdicts[k] is not None for k in items):
        return False
    fields = sum(is_field(lines[k].text) or (headed and _is_figure_field(lines[k].text)) for k in items)
    scores = sum(is_score_line(lines[k].text) for k in items)
    if fields > 0 and 2 * (fields + scores) >= len(items):
        return True
    return headed and all(_ends_clause(lines, view, k) for k in items)


def _box_at(lines: list[Line], view: PageView, first: int) -> int | None:
    """Index of the last line of a box starting at line `first` (with its heading, if any), or None: its lines run to
    the end of their block."""
    if first >= len(lines):
        return None
    if _is_lead(lines, view, first) and first + 1 < len(lines):
        end = _block_end(lines, first + 1)
        if _is_box(lines, view, range(first + 1, end + 1), headed=True):
            return end
    # without a heading, only a box the article's text goes on under: a block of fields alone under an article is as
    # often its furniture (a contact's or an archive's); or a match's result box, its score line first ("A – B 3:2
    # (0:2, 2:0, 0:0 - 1:0)" over "Góly: …"), which no contact or archive opens with
    end = _block_end(lines, first)
    under_text = end + 1 < len(lines) and view.is_text(end + 1)
    if not under_text and not is_score_line(lines[first].text):
        return None
    return end if _is_box(lines, view, range(first, end + 1), headed=False) else None


def through_factbox(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text on over the box right under it (after a one-link "read also" box, or a live blog's clock stamp
    over its last entry), and over the text lines right under the box: its closing paragraph. Not under a paragraph
    the wire or the writer signed ("… na tabeli. (Tanjug)"): the sign-off closes the article, and a box under it is
    the site's (a match centre, a medal table). Nor a box under a "read also" link whose lines end in no mark and no
    text under it: the link ended the article, and the box the page's widgets open with (a series' fixtures, then
    "Tickets on sale") is the site's; the article's own box has its closing paragraph under it, or is written as
    text, its lines fields or clauses that end in a mark ("Referee: Tom Hardy.")."""
    if region is None or is_signed_off(lines[region[1]].text):
        return region
    first, last = region
    box = read_also_box_length(view, last + 1)
    start = last + 1 + box
    if start >= len(lines):
        return region
    live_blog = any(view.features[k].is_clock_only for k in range(first, last + 1))
    if live_blog and view.features[start].is_clock_only:
        start += 1  # the stamp over the blog's last entry
    end = _box_at(lines, view, start)
    if end is None or (box and not _written_or_closed(lines, view, start, end)):
        return region
    while end + 1 < len(lines) and view.is_text(end + 1):
        end += 1
    return first, end


def _written_or_closed(lines: list[Line], view: PageView, start: int, end: int) -> bool:
    """The box `start`..`end` (its heading first, if any) has text right under it, or every line under its heading
    ends a sentence or a clause: the article's, not a widget's."""
    if end + 1 < len(lines) and view.is_text(end + 1):
        return True
    return all(_ends_clause(lines, view, k) for k in range(start + 1, end + 1))


def through_own_block(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text on to the end of the block its last paragraph is in, when a text line closes that block and no
    rule took a line between: an article set as one block goes on under a short heading and a list of dashed items
    ("O que ainda falta" over "– Reconstrução de três escolas"), then a closing paragraph, and the search, weighing
    the short lines against it, ended it above its list. A page that sets every line apart has no such block."""
    if region is None or is_signed_off(lines[region[1]].text):
        return region
    first, last = region
    end = _block_end(lines, last)
    if end == last or not view.is_text(last):
        return region
    closed = _closing_box(lines, view, last + 1, end) or _closing_table(lines, last + 1, end)
    if not view.is_text(end) and not closed:
        box_end = _box_before_furniture(lines, view, last + 1, end)
        return region if box_end is None else (first, box_end)
    if any(view.verdicts[k] is not None for k in range(last + 1, end)):
        return region
    if any(opens_a_bio(lines, view, k, first, labelled=False) for k in range(last + 1, end + 1)):
        # the writer's bio ("Kirjoittaja on vainajan tytär.", or opened by the name a byline or a bare name line gave:
        # "Ana Lima é jornalista …") in the block of the last paragraph, which the bio rule ended the text above: no
        # more article. A name after a label's colon may be whom the piece is about ("Mindeord: Karen Holm Jessen").
        return region
    return first, end


def _box_before_furniture(lines: list[Line], view: PageView, first: int, end: int) -> int | None:
    """Index of the last line of a box (a heading over fields) that closes the article's own block above the
    block's furniture, or None: "Fakta om simhallen" over "Yta: 12 000 kvadratmeter" and "Arkitekt: White
    arkitekter", then, with no blank line between, a press release's contact ("För mer information, kontakta:") and
    its credits. The box ends at the first line a rule took or that introduces another box with its colon."""
    stop = first + 1
    while stop <= end and view.verdicts[stop] is None and not view.features[stop].ends_colon:
        stop += 1
    items = range(first + 1, stop)
    if stop > end or len(items) < MIN_BOX_LINES or not _is_lead(lines, view, first):
        return None
    return stop - 1 if all(is_field(lines[k].text) or _is_figure_field(lines[k].text) for k in items) else None


def _is_figure_field(text: str) -> bool:
    """ "Yta: 12 000 kvadratmeter", "Kostnad: 680 miljoner kronor": a field whose value is a figure and its unit."""
    match = _FIELD.match(text.strip())
    if match is None or not 0 < len(match.group(1).split()) <= MAX_LABEL_WORDS:
        return False
    value = match.group(2).split()
    return len(value) <= MAX_FIGURE_WORDS and value[0][:1].isdigit()


def _closing_box(lines: list[Line], view: PageView, first: int, end: int) -> bool:
    """Lines `first`..`end` close the article's own block as its box: a heading, then lines of which half at least
    are fields or clauses ("Telegramm" over "St. Gallen – Lugano 2:2 (1:1)", "Kybunpark. – 17 420 Zuschauer.",
    "Tore: 11. Akolo 1:0. …"). Set in the block of the text above, with no blank line between, it is the article's;
    a teaser list's headlines end in no mark."""
    items = range(first + 1, end + 1)
    if len(items) < MIN_BOX_LINES or not _is_lead(lines, view, first):
        return False
    if any(view.verdicts[k] is not None for k in items):
        return False
    boxed = sum(is_field(lines[k].text) or _ends_clause(lines, view, k) for k in items)
    return 2 * boxed >= len(items)


def _closing_table(lines: list[Line], first: int, end: int) -> bool:
    """Lines `first`..`end` close the article's own block as a table: every row parted by bars (or tabs) into the
    same number of cells, a figure in every row under the header ("Експорт | Травень, млн т" over "Пшениця | 0,9").
    Set in the text's block, with no blank line between, the figures are the article's; a standings or rates widget
    stands apart, in a block of its own."""
    rows = [_CELL_BAR.split(lines[k].text.strip()) for k in range(first, end + 1)]
    if len(rows) < MIN_TABLE_ROWS or len({len(cells) for cells in rows}) != 1 or len(rows[0]) < 2:
        return False
    if any(not cell.strip() for cells in rows for cell in cells):
        return False
    return all(has_digit(lines[k].text) for k in range(first + 1, end + 1))
