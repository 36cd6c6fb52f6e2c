"""Extract attributions: credit lines, and agencies and sources cited inside body paragraphs."""

from __future__ import annotations

import re

from schemas import AttributionKind, ChromeKind, Label
from tasks.credits.bare_bylines import (
    and_joined_byline,
    bare_byline,
    copyright_photographer,
    handle_byline,
    listed_names,
    name_over_role,
    person_cue_byline,
    words_before_date,
)
from tasks.credits.body_citations import in_body_citations
from tasks.credits.bracket_credits import with_bracket_credit_kinds
from tasks.credits.byline_block import (
    byline_block_lines,
    byline_block_names,
    byline_slot_lines,
    dated_byline_start,
    next_to_a_date,
)
from tasks.credits.closing_notes import contact_line, contributors_line, copyright_agency, syndication_note
from tasks.credits.comment_signatures import without_comment_signatures
from tasks.credits.credit_records import (
    Found,
    credit_line_attributions,
    normalize_name,
)
from tasks.credits.head_bylines import HEAD_BYLINE_REACH, head_byline
from tasks.credits.name_lines import has_label_word, without_label_tail
from tasks.credits.nameless import asked_records
from tasks.credits.openings import after_standfirst, first_paragraph
from tasks.credits.page_words import PageLowerWords, page_lower_words
from tasks.credits.publisher import without_publisher
from tasks.credits.reporters import name_alone_signing, reporters_alone
from tasks.credits.signed_lines import (
    author_credit,
    caption_agencies,
    chrome_byline,
    dateline_alone,
    drawn_on_line,
    signed_below,
    wire_line_found,
)
from tasks.lexicon.agencies import Gazetteer, load_gazetteer
from tasks.lexicon.caption_credits import credit_parts, picture_credit
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.people import PageSurnames
from tasks.text.segment import Segmented

__all__ = [
    "Found", "attribution_line_attributions", "bare_byline", "chrome_byline", "credit_line_attributions",
    "extract_attributions", "in_body_citations", "normalize_name", "site_of", "wire_line_found",
]  # fmt: skip

# Lines under the last paragraph that sign it, one after the other while each credits someone.
SIGN_OFF_BLOCK_LINES = 3
# What follows a blog's dated byline on its line: a comment count, its link, a separator.
_COUNT_OR_LINK = re.compile(r"\s*(?:[·|•(]|\b\d+\b)")


def attribution_line_attributions(text: str, line: int, gazetteer: Gazetteer, before_body: bool = False) -> list[Found]:
    """What a line labelled attribution credits: a credit line, an "Outlet - Agency" line, or (above the
    first paragraph) a byline that is only a person's name."""
    found = credit_line_attributions(text, line, gazetteer)
    if found:  # a credit naming no one is read (no other reading of the line), a record only as the seeds keep it
        return asked_records(found)
    wire = wire_line_found(text, line, gazetteer)
    if wire:
        return wire
    if not before_body:
        return []
    return (
        person_cue_byline(text, line, gazetteer) or bare_byline(text, line, gazetteer)
        or and_joined_byline(text, line, gazetteer)
    )  # fmt: skip


def extract_attributions(segmented: Segmented, gazetteer: Gazetteer | None = None) -> list[Found]:
    """Every attribution of a segmented page, in line order."""
    gazetteer = gazetteer or load_gazetteer()
    body = [ll.line.number for ll in segmented.lines if ll.verdict.label == Label.BODY]
    title = next((ll.line.number for ll in segmented.lines if ll.verdict.label == Label.TITLE), 0)
    # The article starts below its headline: a kicker above it taken for body ("Kommentar") is not its start.
    first = next((n for n in body if n > title), body[0]) if body else 0
    opening = {first, after_standfirst(segmented, first), first_paragraph(segmented, first)}
    last = body[-1] if body else 0
    after_body = next((ll.line.number for ll in segmented.lines if ll.line.number > last), 0) if body else 0
    lower = page_lower_words(segmented)  # asked word by word, its answers kept for the whole page
    bylines = byline_block_names(segmented, first, gazetteer, lower) if body else set()
    block = byline_block_lines(segmented, first) if body else set()
    next_to_body = byline_slot_lines(segmented, first) if body else set()
    upper_byline = head_byline(segmented, first, gazetteer) if body else None
    surnames = PageSurnames(ll.line.text for ll in segmented.lines if ll.verdict.label == Label.BODY)

    # Below the text, a heading over links to other pages ("Artikel zum Thema") starts their credits: an agency's name
    # alone there ("Keystone-SDA") is a teaser's; a cued line ("Kaynak: DHA") may be the article's, read on past a list
    related = next((ll.line.number for ll in segmented.lines if ll.line.number > last
                    and ll.verdict.kind == ChromeKind.RELATED_HEADING), None) if body else None  # fmt: skip
    last_index = next((i for i, ll in enumerate(segmented.lines) if ll.line.number == last), 0) if body else 0
    first_index = next((i for i, ll in enumerate(segmented.lines) if ll.line.number == first), 0) if body else 0
    found: list[Found] = []
    signed = 0  # lines of the sign-off block under the article read so far
    for i, ll in enumerate(segmented.lines):
        label, text, number = ll.verdict.label, ll.line.text, ll.line.number
        if label == Label.CHROME and number == after_body:
            signing = (
                contributors_line(text, number, gazetteer, False)
                or contact_line(text, number, False)
                or copyright_agency(text, number, gazetteer)
                or syndication_note(text, number, False)
                or signed_below(text, number, gazetteer)
                or (name_alone_signing(text, number, gazetteer, segmented.language) if not signed else [])
            )
            found.extend(signing)
            signed += 1
            if signing and signed < SIGN_OFF_BLOCK_LINES and i + 1 < len(segmented.lines):
                # "Avec AFP" over "Yann Briand, correspondant": the block goes on
                after_body = segmented.lines[i + 1].line.number
        elif (
            label == Label.CHROME
            and last < number
            and i - last_index <= NOTICE_REACH
            and (notice := copyright_agency(text, number, gazetteer) or contact_line(text, number, False))
        ):
            # "© 2008 The Associated Press" or "Ann Lee can be reached at …" a few lines under the text: who wrote it
            found.extend(notice)
        elif label in (Label.CHROME, Label.TITLE) and number in bylines:
            found.extend(chrome_byline(text, number, gazetteer))
        elif label == Label.TITLE and number < first:
            # "تطوان – و.م.ع" over the first paragraph, taken for the headline: a dateline of its own, the agency's
            head = [f for f in wire_line_found(text, number, gazetteer) if f.kind is AttributionKind.AGENCY]
            head = head or dateline_alone(text, number, gazetteer)  # "أبوظبي في 11 مايو / وام /", WAM's own line
            if not head:  # the writers joined by "and" over the date, taken for the headline ("Reto Ammann, Bern,
                # und Seraina Walser")
                head = _names_by_the_date(text, number, gazetteer, segmented, lower)
            head = head or handle_byline(text, number, gazetteer)  # "Ann Lee @annlee": no headline has a handle
            if not head and (whole := credit_parts(text)) is not None:
                # "Al Goldis, Associated Press" under the lead picture, taken for the headline: the whole line a wire
                # credit, a photographer and an agency (no headline is only that)
                head = _named(credit_line_attributions(text, number, gazetteer, whole))
            found.extend(head)
        elif (
            label in (Label.CHROME, Label.BODY)
            and (0 < title < number < last or first <= number < last or 0 < first_index - i <= HEAD_BYLINE_REACH)
            and number not in block
            and (pictured := _picture_credited(text, number, gazetteer))
        ):
            # "Jamal Saidi/Reuters", "… Fla. (AP Photo/Alan Diaz, File)" between the headline and the last paragraph:
            # the article's picture credited in the wire style (left out of the segmenter's credit lines, whose
            # caption rule it would trip; under the last paragraph "Minh Thư/TTXVN" signs the text, read above); also
            # over the headline or where none was found: real pages put the lead picture first, 10 to 30 lines up
            # ("The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters", then the headline)
            found.extend(pictured)
        elif label == Label.CHROME and number == upper_byline and number not in block:
            found.extend(asked_records(credit_line_attributions(text, number, gazetteer)))  # "By Paul Takahashi", up
        elif label == Label.CHROME and number in block and ll.verdict.reason_code != "teaser_byline":
            # "Le Monde avec AFP" above the first paragraph; or a byline the page's markup made chrome ("Ein
            # Kommentar von <a>Friederike Haas</a>": a link-dense <div>); a cue that names no one there is a
            # tool's label ("Text Size"), not a credit; an outlet after the name is no author ("Por A | Agencia X")
            head = wire_line_found(text, number, gazetteer) or author_credit(text, number, gazetteer)
            head = head or dateline_alone(text, number, gazetteer)  # "Wien – APA, red" under the headline
            head = head or drawn_on_line(text, number, gazetteer)  # "Con información de EFE" under the byline
            head = head or reporters_alone(text, number)  # "【ソウル＝田中一郎】" on its own line above the text
            head = head or handle_byline(text, number, gazetteer)  # "Keris Lahiff @kerisalison"
            head = head or copyright_photographer(text, number, gazetteer)  # "© Aaron Lee" over the text
            if not head and (cue := dated_byline_start(text, segmented.language)) is not None:
                # "March 2, 2025 by Alison · 14 comments", "… by Cory Gunther Discuss (0)": up to a count or a link
                byline = _COUNT_OR_LINK.split(text[cue:], maxsplit=1)[0]
                head = author_credit(" " * cue + without_label_tail(byline), number, gazetteer)
            if not head and number in next_to_body:  # names joined by "and" alone: right at the text, or
                head = listed_names(text, number, gazetteer, segmented.language)
            elif not head:  # next to the article's date
                head = _names_by_the_date(text, number, gazetteer, segmented, lower)
            # (above the text a caption's credit is read in its closing bracket only: after a sentence there the words
            # may be the standfirst's byline, and so read they cost the never-studied dumps_ml16 0.836 -> 0.827)
            head = head or _over_a_role(segmented, i, gazetteer)  # "CHARLES GOLDBERG" over "News staff writer"
            head = head or caption_agencies(text, number, gazetteer)
            head = head or _picture_credited(text, number, gazetteer, after_sentence=False)
            found.extend(
                f for f in head if f.name and not (f.kind == AttributionKind.AUTHOR and has_label_word(f.name))
            )
        elif label == Label.ATTRIBUTION and not (related is not None and number > related and _bare_agency(text)):
            # "© AAP" right under the last paragraph: the agency's notice on the story it wrote
            credited = copyright_agency(text, number, gazetteer, under_text=True) if number == after_body else []
            credited = credited or attribution_line_attributions(text, number, gazetteer, before_body=number < first)
            # "Bekijk ook" over "Video: Automobilisten in de rij …": a teaser's medium and headline, naming no one
            teaser = i > 0 and segmented.lines[i - 1].verdict.kind == ChromeKind.RELATED_HEADING
            found.extend(f for f in credited if f.name or not teaser)
        elif label == Label.BODY:
            # "Jane Roe contributed to this report." closing the text: the contributors, no citation; "Originally
            # published at …" as its last paragraph: the outlet it was taken from
            cited = contributors_line(text, number, gazetteer, True) or contact_line(text, number, True)
            cited = cited or (syndication_note(text, number, True) if number == last else [])
            cited = cited or with_bracket_credit_kinds(
                text, in_body_citations(text, number, gazetteer, number in opening, number == last, surnames)
            )
            if not cited and number in body[:HEAD_BODY_LINES] and words_before_date(text) <= MAX_LISTED_BYLINE_WORDS:
                # "Kovács Bence és Szabó Eszter" as the article's first block, or under its standfirst (the page's
                # markup kept its byline inside the article element): the writers joined by "and", no sentence; in
                # English, which writes headings in title case ("Paris Meetup and Upcoming Bootcamp"), only next to
                # the article's date
                cited = _names_by_the_date(text, number, gazetteer, segmented, lower, undated_outside_english=True)
            if not cited and number in body[:HEAD_BODY_LINES]:
                cited = _over_a_role(segmented, i, gazetteer)  # "Jeff Latzke" over "AP Sports Writer"
            # the article's last line only a name, where the language's papers sign so ("Minh Anh")
            found.extend(
                cited or (name_alone_signing(text, number, gazetteer, segmented.language) if number == last else [])
            )
    return without_comment_signatures(without_publisher(found, segmented), segmented)


def _over_a_role(segmented: Segmented, i: int, gazetteer: Gazetteer) -> list[Found]:
    """The name on line `i` when the next line is its writer's job title (a US paper's two-line byline); not two
    entries of a menu or of a list of links ("Bastard Machine" over "Rambling Reporter": a paper's column names)."""
    if i + 1 >= len(segmented.lines):
        return []
    ll = segmented.lines[i]
    if any(line.verdict.kind in _LISTS_OF_LINKS for line in segmented.lines[i : i + 2]):
        return []
    return name_over_role(ll.line.text, segmented.lines[i + 1].line.text, ll.line.number, gazetteer)


_LISTS_OF_LINKS = frozenset(
    {ChromeKind.NAVIGATION, ChromeKind.TEASER, ChromeKind.HEADLINE_LIST, ChromeKind.RELATED_LIST}
)


def _bare_agency(text: str) -> bool:
    credit = parse_credit_line(text)
    return credit is not None and credit.kind is AttributionKind.AGENCY and not credit.cue


def _names_by_the_date(
    text: str,
    number: int,
    gazetteer: Gazetteer,
    segmented: Segmented,
    lower: PageLowerWords,
    undated_outside_english: bool = False,
) -> list[Found]:
    """The writers the line names joined by "and", with no word the page writes in lower case, kept when a date line
    stands next to it ("Summer Chaos and Fall Plans" over a blog post's date is its title: the date alone does not
    tell them apart, the lower-case words do), or anywhere outside English when `undated_outside_english`. The
    names are read first, dateparser asked only where they are: it is slow."""
    listed = listed_names(text, number, gazetteer, segmented.language, lower, joined_only=True)
    if not listed or (undated_outside_english and segmented.language != "en"):
        return listed
    return listed if next_to_a_date(segmented, number) else []


def _picture_credited(text: str, number: int, gazetteer: Gazetteer, after_sentence: bool = True) -> list[Found]:
    """The named records of a picture credited in the wire style, on its line or closing a caption. A
    caption's tail that only a cue word makes a credit must name two, the photographer and the outlet ("Credit...
    Doug Mills/The New York Times"): one name after a cue at a paragraph's end cost the never-studied page sets more
    than it found (session 16)."""
    pictured = picture_credit(text, after_sentence)
    if pictured is None:
        return []
    found = _named(credit_line_attributions(pictured.text, number, gazetteer, pictured.credit))
    return found if not pictured.cued_tail or len(found) >= MIN_CUED_TAIL_NAMES else []


MIN_CUED_TAIL_NAMES = 2


def _named(found: list[Found]) -> list[Found]:
    return [f for f in found if f.name]


# The agency's copyright notice stands this many lines under the article's last paragraph at most.
NOTICE_REACH = 8
# Two names of up to four words joined by "and", maybe with their date after them, among the article's first lines.
MAX_LISTED_BYLINE_WORDS = 12
HEAD_BODY_LINES = 3


def site_of(found: list[Found]) -> str | None:
    """The publishing site: the first source credited by a domain, if any."""
    for f in found:
        if f.kind == AttributionKind.SOURCE and f.name_normalized and DOMAIN.fullmatch(f.name_normalized):
            return f.name_normalized
    return None
