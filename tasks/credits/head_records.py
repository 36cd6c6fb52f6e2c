"""What the lines at the article's head credit when the segmenter did not call them credits: a line of the byline
block above the first paragraph (a cued or dated byline, a wire dateline alone, names joined by "and", a name over its
job title, a caption's agency), a line taken for the headline over the first paragraph (a dateline, the writers, a
wire picture credit), and a picture credited in the wire style (:mod:`tasks.credits.attribution` asks, line by line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from schemas import AttributionKind, ChromeKind, Label
from tasks.credits.attached_pairs import hebrew_pair
from tasks.credits.bare_bylines import (
    bare_byline,
    copyright_photographer,
    handle_byline,
    name_over_place,
    name_over_role,
    titled_name,
)
from tasks.credits.bracket_credits import supplier_first_picture
from tasks.credits.byline_block import dated_byline_start, next_to_a_date
from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.credits.date_lines import INFO_BAR_MARKS, is_date_line, name_after_date_bar
from tasks.credits.head_agencies import (
    agency_under_caption,
    lone_agency,
    name_over_agency,
    portal_provider,
    supplied_pictures,
)
from tasks.credits.head_captions import marked_caption_tail, unstopped_caption_tail
from tasks.credits.head_pictures import named, picture_credited
from tasks.credits.listed_bylines import listed_names, person_cue_byline
from tasks.credits.name_lines import has_label_word, looks_like_name_line, without_label_tail
from tasks.credits.one_word_author import dated_one_word
from tasks.credits.own_outlet_credits import own_outlet_byline, own_outlet_picture
from tasks.credits.page_words import PageLowerWords
from tasks.credits.reporters import reporters_alone
from tasks.credits.signed_lines import (
    author_credit,
    caption_agencies,
    chrome_byline,
    dateline_alone,
    drawn_on_line,
    found_of,
    wire_line_found,
)
from tasks.credits.wire_brackets import wire_with_line, writer_with_wire
from tasks.credits.wire_writer import wire_then_writer
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.caption_credits import credit_parts
from tasks.lexicon.caption_words import caption_credit_words
from tasks.lexicon.date_text import date_tail_start, may_hold_a_date
from tasks.lexicon.wire_citations import dateline_citations
from tasks.text.segment import Segmented


@dataclass(frozen=True)
class HeadPage:
    """What the head's readers need of the page: its lines, the gazetteer, its lower-case words, the lines right at the
    text."""

    segmented: Segmented
    gazetteer: Gazetteer
    lower: PageLowerWords
    next_to_body: set[int]


# What follows a blog's dated byline on its line: a comment count, its link, a separator.
@lru_cache(maxsize=1)
def _count_or_link() -> re.Pattern[str]:
    """What ends a dated byline's names: a count, a link's mark or a bracket, unless the bracket opens the co-writers
    ("… by Ann Lee (with Tom Hale and Eva Roy)", "… Par Ann Lee (avec Tom Hale et Eva Roy)")."""
    withs = "|".join(re.escape(w) for w in sorted(load_author_words().with_words, key=len, reverse=True))
    return re.compile(rf"\s*(?:[·|•]|\((?!(?i:{withs})\s)|\b\d+\b)")


def title_line_records(text: str, number: int, page: HeadPage) -> list[Found]:
    """A line taken for the headline over the first paragraph."""
    gazetteer = page.gazetteer
    # "تطوان – و.م.ع" over the first paragraph, taken for the headline: a dateline of its own, the agency's
    head = [f for f in wire_line_found(text, number, gazetteer) if f.kind is AttributionKind.AGENCY]
    # "أبوظبي في 11 مايو / وام /", WAM's own line; "The Associated Press": no headline is only the wire's name
    head = head or dateline_alone(text, number, gazetteer) or lone_agency(text, number, gazetteer)
    head = head or wire_then_writer(text, number, gazetteer, page.lower)  # "STT–Anni Korhonen" over the text
    # "HAYWARD, Calif. (AP) — The Latest on …": the text's first line opened by the wire's dateline, taken for the
    # headline (an AP live blog's lead over its first entry's time); no headline opens with a dateline
    head = head or [found_of(c, text, number) for c in dateline_citations(text, gazetteer)
                    if c.kind is AttributionKind.AGENCY]  # fmt: skip
    if not head:  # the writers joined by "and" over the date, taken for the headline ("Reto Ammann, Bern,
        # und Seraina Walser")
        head = names_by_the_date(text, number, page) or _comma_names_by_the_date(text, number, page)
    head = head or handle_byline(text, number, gazetteer)  # "Ann Lee @annlee": no headline has a handle
    head = head or titled_name(text, number, gazetteer)  # "Ann Lee, Staff Writer": nor a name and a job title
    head = head or own_outlet_picture(text, number, page.segmented)  # "(Warta Borneo/Rina Kartikasari)"
    head = head or own_outlet_byline(text, number, page.segmented)  # "Rafi Pratama - warta24" on warta24's page
    head = head or supplier_first_picture(text, number, gazetteer)  # "… bridge. (TOI Photo)": no headline closes so
    if not head and (whole := credit_parts(text)) is not None:
        # "Al Goldis, Associated Press" under the lead picture, taken for the headline: a wire credit's whole line
        head = named(credit_line_attributions(text, number, gazetteer, whole))
    return head


def block_line_records(i: int, text: str, number: int, page: HeadPage) -> list[Found]:
    """Line `i` of the byline block above the first paragraph, labelled chrome."""
    gazetteer = page.gazetteer
    # "Le Monde avec AFP" above the first paragraph; or a byline the page's markup made chrome ("Ein
    # Kommentar von <a>Friederike Haas</a>": a link-dense <div>); a cue that names no one there is a
    # tool's label ("Text Size"), not a credit; an outlet after the name is no author ("Por A | Agencia X")
    head = wire_line_found(text, number, gazetteer) or dated_one_word(text, number, gazetteer, None, page.lower)
    head = head or author_credit(text, number, gazetteer)
    if not head and (wired := writer_with_wire(text, number, gazetteer)):  # "Julien Roux (avec AFP)"
        head = [] if _named_in_the_text(wired[:1], page) else wired  # "Buenos Aires (con EFE)": the text's place
    head = head or dateline_alone(text, number, gazetteer)  # "Wien – APA, red" under the headline
    head = head or agency_under_caption(page.segmented, i, gazetteer)  # "AFP" under the lead picture's caption
    head = head or drawn_on_line(text, number, gazetteer)  # "Con información de EFE" under the byline
    cued = i > 0 and page.segmented.lines[i - 1].verdict.label == Label.ATTRIBUTION  # "dan Bernama" under "Oleh …"
    head = head or wire_with_line(text, number, gazetteer, cued)  # "With AAP" under the writers' names
    head = head or reporters_alone(text, number, gazetteer)  # "【ソウル＝田中一郎】" on its own line above the text
    head = head or handle_byline(text, number, gazetteer)  # "Keris Lahiff @kerisalison"
    head = head or person_cue_byline(text, number, gazetteer)  # "de Andreea Popescu" over the date, labelled chrome
    head = head or copyright_photographer(text, number, gazetteer)  # "© Aaron Lee" over the text
    head = head or portal_provider(text, number, gazetteer)  # "CNET Japan 3/9(木) 18:45配信" under the headline
    if not head and (cue := dated_byline_start(text, page.segmented.language)) is not None:
        # "March 2, 2025 by Alison · 14 comments", "… by Cory Gunther Discuss (0)": up to a count or a link
        byline = _count_or_link().split(text[cue:], maxsplit=1)[0]
        head = dated_one_word(text, number, gazetteer, cue, page.lower)  # the blogger's first name alone
        head = head or author_credit(" " * cue + without_label_tail(byline), number, gazetteer)
    head = head or _name_beside_the_date(text, number, page)  # "Ljubljana, 8. 3. 2024 ob 14:12 | Matej Zupan"
    if not head and number in page.next_to_body:  # names joined by "and" alone or "Ann Lee, Staff Writer" right at
        head = listed_names(text, number, gazetteer, page.segmented.language) or titled_name(text, number, gazetteer)
    elif not head:  # next to the article's date
        head = names_by_the_date(text, number, page)
    # (above the text a caption's credit is read in its closing bracket only: after a sentence there the words
    # may be the standfirst's byline, and so read they cost the never-studied dumps_ml16 0.836 -> 0.827)
    head = head or over_a_role(i, page) or name_over_agency(page.segmented, i, gazetteer, page.lower)  # "AP" under
    lines = page.segmented.lines  # "रमेश खड्का" over "जुम्ला" over the date, one block
    if not head and i + 2 < len(lines) and lines[i + 2].line.number == number + 2:
        head = name_over_place(text, lines[i + 1].line.text, lines[i + 2].line.text, number, gazetteer)
    head = head or supplied_pictures(caption_agencies(text, number, gazetteer), page.segmented.language)
    head = head or picture_credited(text, number, gazetteer, after_sentence=False)
    head = head or marked_caption_tail(text, number, gazetteer)  # "… Austria. Leonhard Foeger / Reuters file"
    head = head or unstopped_caption_tail(text, number, gazetteer)  # "… cabaret in Paris Benoit Tessier/Reuters"
    head = head or own_outlet_picture(text, number, page.segmented)  # "(Warta Borneo/Rina Kartikasari)"
    head = head or own_outlet_byline(text, number, page.segmented)
    named_head = [f for f in head if f.name and not (f.kind == AttributionKind.AUTHOR and has_label_word(f.name))]
    return named_head or file_picture(text, number)


def byline_block_name(text: str, number: int, page: HeadPage) -> list[Found]:
    """A line of the byline block's names: read as the block's line (:func:`chrome_byline`), or as two writers joined
    by the page language's "and" ("Tereza Malá a Ondřej Hájek": the Czech and Slovak "a" is an English word, which
    the block's reader, knowing no language, takes for a heading's)."""
    found = chrome_byline(text, number, page.gazetteer)
    return found or listed_names(text, number, page.gazetteer, page.segmented.language, page.lower, joined_only=True)


def file_picture(text: str, number: int) -> list[Found]:
    """ "資料圖片", "File photo" alone on a line (under the lead picture's caption): a picture credited to no one."""
    if text.strip(" .。()（）[]").casefold() not in caption_credit_words("file_picture"):
        return []
    return [Found(AttributionKind.PHOTO, None, None, None, number, 0, 0, False, text.strip())]


def _name_beside_the_date(text: str, number: int, page: HeadPage) -> list[Found]:
    """The writer beside the info bar's date, parted from it by a bar or a dot ("Ljubljana, 8. 3. 2024 ob 14:12 |
    Matej Zupan", "Anna Berg | 8 March 2024"), as a name alone in the byline block is read next to its date line: a
    name no word of which the page writes in lower case, not named in the text (its subject)."""
    if not any(mark in text for mark in INFO_BAR_MARKS):
        return []
    bar = name_after_date_bar(text)
    dated = date_tail_start(text) if bar is None else None
    tail = text[dated:].strip() if dated else ""
    if bar is not None:
        name = text[bar:]
    elif tail and tail[0] in INFO_BAR_MARKS and is_date_line(tail.strip(INFO_BAR_MARKS + " "), page.segmented.language):
        name = text[:dated]
    else:
        return []
    if not looks_like_name_line(name, page.gazetteer, page.lower):
        return []
    found = chrome_byline(text, number, page.gazetteer)
    if bar is None and len(found) != 1:
        # "Núria Casals i Roig Reus · 23/04/2025 · 12:10 h": the info bar's place glued to the name of the byline's
        # span (HTML joins them), which the Catalan "i" then parts in two; one writer before the date only
        return []
    return [] if _named_in_the_text(found, page) else found


def _named_in_the_text(found: list[Found], page: HeadPage) -> bool:
    """One of the names is written in the article's text: the story's subject or a person it quotes, no byline."""
    body = " ".join(ll.line.text for ll in page.segmented.lines if ll.verdict.label == Label.BODY)
    return any(f.name and f.name in body for f in found)


def names_by_the_date(text: str, number: int, page: HeadPage, undated_outside_english: bool = False) -> list[Found]:
    """The writers the line names joined by "and", with no word the page writes in lower case, kept when a date line
    stands next to it ("Summer Chaos and Fall Plans" over a blog post's date is its title: the date alone does not
    tell them apart, the lower-case words do), or anywhere outside English when `undated_outside_english`. The
    names are read first, dateparser asked only where they are: it is slow."""
    language = page.segmented.language
    listed = listed_names(text, number, page.gazetteer, language, page.lower, joined_only=True)
    if not listed or (undated_outside_english and language != "en"):
        return listed
    # a Hebrew pair of the names' shape needs no date, unless the text names them (its subjects)
    undated = bool(hebrew_pair(text)) and not _named_in_the_text(listed, page)
    return listed if undated or next_to_a_date(page.segmented, number) else []


MIN_LISTED_NAMES = 2  # names a comma-parted list holds at least


def _comma_names_by_the_date(text: str, number: int, page: HeadPage) -> list[Found]:
    """ "Lukas Fend, Magdalena Rüf" over "Aktualisiert: 12.07.2025, 11:05", taken for the headline: two names or more
    parted by commas alone, each a name no word of which the page writes in lower case, a date line next to it, and
    none named in the text (a headline listing people names whom the article is about)."""
    if "," not in text:
        return []
    listed = bare_byline(text, number, page.gazetteer)
    if len(listed) < MIN_LISTED_NAMES or not all(looks_like_name_line(f.name or "", page.gazetteer, page.lower)
                                                 for f in listed):  # fmt: skip
        return []
    if _named_in_the_text(listed, page) or not next_to_a_date(page.segmented, number):
        return []
    return listed


def over_a_role(i: int, page: HeadPage) -> list[Found]:
    """The name on line `i` when the next line is its writer's job title (a US paper's two-line byline); not two
    entries of a menu or of a list of links ("Bastard Machine" over "Rambling Reporter": a paper's column names)."""
    segmented = page.segmented
    if i + 1 >= len(segmented.lines):
        return []
    ll = segmented.lines[i]
    # the name and its role first (a few string tests), dateparser after, on the few pairs that read so: the date
    # test was asked of every line of a list of links in the head, which no role follows (docs/speed.md, session 27)
    found = name_over_role(ll.line.text, segmented.lines[i + 1].line.text, ll.line.number, page.gazetteer)
    if not found:
        return []
    listed = any(line.verdict.kind in _LISTS_OF_LINKS for line in segmented.lines[i : i + 2])
    # the two lines filling the byline's slot, the name right under the headline and the role right over the first
    # paragraph, are no menu's entries, though the segmenter took the short lines for a list
    slot = {ll.line.number, segmented.lines[i + 1].line.number} <= page.next_to_body
    return [] if listed and not slot and not _dated_pair(segmented, i) else found


def _dated_pair(segmented: Segmented, i: int) -> bool:
    """The article's date stands right over the name on line `i` or under its job title on the next line, one line
    between at most ("Friday, December 28, 2007" over "CHARLES GOLDBERG" over "News staff writer"): a byline, which a
    menu's two entries are not, though the segmenter took the short lines for a list of links."""
    lines = segmented.lines
    # or two lines under it: a reading time between ("Senior Reporter" over "3 min read" over the date)
    near = [lines[k].line.text for k in (i - 1, i + 2, i + 3) if 0 <= k < len(lines)]
    return any(may_hold_a_date(text) and is_date_line(text, segmented.language) for text in near)


_LISTS_OF_LINKS = frozenset(
    {ChromeKind.NAVIGATION, ChromeKind.TEASER, ChromeKind.HEADLINE_LIST, ChromeKind.RELATED_LIST}
)
