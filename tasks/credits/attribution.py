"""Extract attributions: credit lines, and agencies and sources cited inside body paragraphs."""

from __future__ import annotations

from schemas import AttributionKind, ChromeKind, Label
from tasks.credits.agency_surnames import without_agency_surnames
from tasks.credits.attribution_lines import attribution_line_attributions
from tasks.credits.bare_bylines import bare_byline, words_before_date
from tasks.credits.bare_credit_cue import bare_credit_cue
from tasks.credits.bio_bylines import name_over_bio
from tasks.credits.blog_footers import blog_footer, page_cued_footer, page_timed_footer
from tasks.credits.body_bylines import body_head_byline
from tasks.credits.body_citations import cut_off_agencies, dash_signed_paragraph, in_body_citations
from tasks.credits.box_bylines import box_byline
from tasks.credits.box_writers import box_writer
from tasks.credits.bracket_credits import closing_picture_credit, wire_signed_below, with_bracket_credit_kinds
from tasks.credits.byline_block import byline_block_lines, byline_block_names, byline_slot_lines
from tasks.credits.caption_names import copyright_opening_caption, copyright_under_caption, photographer_under_caption
from tasks.credits.closing_names import name_after_last_sentence, name_over_address, stacked_signatures
from tasks.credits.closing_notes import (
    contact_line,
    contributors_line,
    copyright_agency,
    dash_signed,
    note_under_credits,
    source_notice,
    syndication_note,
)
from tasks.credits.comment_signatures import without_comment_signatures
from tasks.credits.credit_records import Found, credit_line_attributions, normalize_name
from tasks.credits.head_bylines import (
    HEAD_BYLINE_REACH,
    cue_over_names,
    dated_name_lines,
    head_byline,
    lines_beside,
    picture_beside_byline,
    titled_byline,
    upper_byline_records,
)
from tasks.credits.head_captions import unstopped_caption_tail
from tasks.credits.head_pictures import far_picture_credit, lead_picture_credit, picture_credited
from tasks.credits.head_records import (
    HeadPage,
    block_line_records,
    byline_block_name,
    names_by_the_date,
    over_a_role,
    title_line_records,
)
from tasks.credits.misread_lines import bare_agency, cited_agencies, closes_a_headline, speech_signed_in_brackets
from tasks.credits.one_word_author import one_word_byline, signed_word
from tasks.credits.openings import after_standfirst, first_paragraph, line_after_text, signed_above_note
from tasks.credits.outlet_bylines import byline_over_date
from tasks.credits.own_outlet_credits import own_outlet_picture
from tasks.credits.own_reporters import own_reporter
from tasks.credits.page_words import page_lower_words, without_common_openers
from tasks.credits.picture_suppliers import pictures_supplied
from tasks.credits.publisher import without_own_outlet, without_publisher
from tasks.credits.reporters import name_alone_signing
from tasks.credits.signed_lines import (
    chrome_byline,
    signed_below,
    wire_line_found,
)
from tasks.credits.signoff_initials import (
    bare_initials,
    bracketed_staff_codes,
    staff_initials,
    writers_own_initials,
)
from tasks.credits.teasers import dated_bylines_above, teaser_bylines, teaser_bylines_above, without_flanked_teasers
from tasks.credits.wire_brackets import wire_with_line
from tasks.lexicon.agencies import Gazetteer, load_gazetteer
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.people import PageSurnames
from tasks.text.segment import Segmented

__all__ = [
    "Found", "bare_byline", "chrome_byline", "credit_line_attributions",
    "extract_attributions", "in_body_citations", "normalize_name", "site_of", "wire_line_found",
]  # fmt: skip

# Lines under the last paragraph that sign it, one after the other while each credits someone.
SIGN_OFF_BLOCK_LINES = 3
# Enum members read once: on Python 3.11 `Label.BODY` is looked up through EnumType's `__getattr__` hook, about 0.2 µs
# (a module constant, 0.02 µs), and the loop over a page's lines below asked a dozen a line: two thirds of the core's
# member lookups (docs/speed.md, session 22).
_BODY, _CHROME, _TITLE, _ATTRIBUTION = Label.BODY, Label.CHROME, Label.TITLE, Label.ATTRIBUTION
_RELATED_HEADING = ChromeKind.RELATED_HEADING
_WIRE_NOTES = (AttributionKind.SOURCE, AttributionKind.AGENCY)  # wire copy's notes under its text, over its sign-off


def extract_attributions(segmented: Segmented, gazetteer: Gazetteer | None = None) -> list[Found]:
    """Every attribution of a segmented page, in line order."""
    gazetteer = gazetteer or load_gazetteer()
    body = [ll.line.number for ll in segmented.lines if ll.verdict.label == _BODY]
    title = next((ll.line.number for ll in segmented.lines if ll.verdict.label == _TITLE), 0)
    # The article starts below its headline: a kicker above it taken for body ("Kommentar") is not its start.
    first = next((n for n in body if n > title), body[0]) if body else 0
    opening = {first, after_standfirst(segmented, first), first_paragraph(segmented, first)}
    last = body[-1] if body else 0
    closing = {last, signed_above_note(segmented, last)} if body else set()  # the last, or above a bracketed note
    after_body = line_after_text(segmented, last) if body else 0
    lower = page_lower_words(segmented)  # asked word by word, its answers kept for the whole page
    bylines = byline_block_names(segmented, first, gazetteer, lower) | dated_name_lines(segmented) if body else set()
    block = byline_block_lines(segmented, first) if body else set()
    next_to_body = byline_slot_lines(segmented, first) if body else set()
    upper_byline = head_byline(segmented, first, gazetteer, lower) if body else None
    beside_upper = lines_beside(segmented, upper_byline)
    surnames = PageSurnames(ll.line.text for ll in segmented.lines if ll.verdict.label == _BODY)
    head_page = HeadPage(segmented, gazetteer, lower, next_to_body)

    # Below the text, a heading over links to other pages ("Artikel zum Thema") starts their credits: an agency's name
    # alone there ("Keystone-SDA") is a teaser's; a cued line ("Kaynak: DHA") may be the article's, read on past a list
    related = next((ll.line.number for ll in segmented.lines if ll.line.number > last
                    and ll.verdict.kind == _RELATED_HEADING), None) if body else None  # fmt: skip
    teasers = teaser_bylines(segmented, related, last) | teaser_bylines_above(segmented, first) if body else set()
    last_index = next((i for i, ll in enumerate(segmented.lines) if ll.line.number == last), 0) if body else 0
    under = {ll.line.number for ll in segmented.lines[last_index + 1 : last_index + NOTICE_REACH + 1] if body
             and ll.line.number < (related or ll.line.number + 1)}  # fmt: skip
    first_index = next((i for i, ll in enumerate(segmented.lines) if ll.line.number == first), 0) if body else 0
    found: list[Found] = []
    signed = 0  # lines of the sign-off block under the article read so far
    for i, ll in enumerate(segmented.lines):
        label, text, number = ll.verdict.label, ll.line.text, ll.line.number
        if label == _CHROME and number == after_body and ll.verdict.reason_code == "related_link":
            continue  # "ဆက်စပ်သတင်း - …" ("Related news - headline") right under the text: a read-also line signs nothing
        if label == _CHROME and number == after_body:
            writers = _writers(found)
            wires = [f.name for f in found if f.kind is AttributionKind.AGENCY and f.name and f.in_body]
            unlisted = i > 0 and not segmented.lines[i - 1].line.text.lstrip().startswith("-")  # no list's item over it
            signing = (
                staff_initials(text, number, writers, wires, gazetteer)  # "DT/AA" under "Por Djénifer Tavares"
                or contributors_line(text, number, gazetteer, False)
                or contact_line(text, number, False)
                or copyright_agency(text, number, gazetteer, under_text=True)  # "(©NTB)": the wire's sign-off
                or syndication_note(text, number, False)
                or signed_below(text, number, gazetteer)
                or wire_with_line(text, number, gazetteer)  # "Avec AFP et Reuters": the wires drawn on
                or one_word_byline(text, number, gazetteer, lower)
                or dash_signed(text, number, unlisted)
                or (signed_word(text, number, gazetteer, lower) if unlisted else [])  # "-Mish": the pen name
                or dash_signed_paragraph(text, number, gazetteer)  # "… dua kali ganda. — BERNAMA"
                or bare_initials(text, number, gazetteer, apart=number != last + 1)  # "jhr" right under it
                or (name_alone_signing(text, number, gazetteer, segmented.language) if not signed else [])
                or (stacked_signatures(segmented, i, gazetteer) if not signed else [])  # "Anna Lind" / "Erik Berg"
                or (name_over_address(segmented, i, gazetteer) if not signed else [])  # "Ann Lee" / "http://…"
            )
            found.extend(signing)
            signed += 1
            if signing and signed < SIGN_OFF_BLOCK_LINES and i + 1 < len(segmented.lines):
                # "Avec AFP" over "Yann Briand, correspondant": the block goes on
                after_body = segmented.lines[i + 1].line.number
        elif (
            label == _CHROME
            and last < number
            and i - last_index <= NOTICE_REACH
            and (
                notice := copyright_agency(text, number, gazetteer)
                or note_under_credits(text, number)
                or blog_footer(text, number, gazetteer)
                or bracketed_staff_codes(text, number, gazetteer)  # "(nor/nor)" under the text's pager
                or (source_notice(text, number, gazetteer) if number < (related or number + 1) else [])
                or (cut_off_agencies(text, number, gazetteer) if ll.verdict.reason_code == "after_main_text" else [])
                or writers_own_initials(text, number, _writers(found), gazetteer)  # "(rf)" under "Text: Reto Fässler"
            )
        ):
            # "© 2008 The Associated Press" or "Ann Lee can be reached at …" a few lines under the text: who wrote it
            found.extend(notice)
        elif label in (_CHROME, _TITLE, _BODY) and (bare := bare_credit_cue(segmented, i, gazetteer)):
            found.extend(bare)  # "Photo" over "Credit Harry Campbell": the picture's credit, no byline's name
        elif label == _CHROME and ll.verdict.reason_code == "caption_over_unread_credit":
            # the segmenter's caption pair ("Mariscadoras en el banco de O Bao." over "Santos Álvarez"): the name
            # under the caption is the picture's photographer, never a byline of the head it stands in
            found.extend(photographer_under_caption(segmented, i, gazetteer, lower) if i > 0 else [])
        elif label in (_CHROME, _TITLE) and (
            number in bylines
            or (0 < first_index - i <= HEAD_BYLINE_REACH and (dated := byline_over_date(segmented, i, gazetteer)))
        ):
            # the byline block's name; or, taken for the headline or a teaser, "Kevin Johnson and Kevin McCoy USA
            # TODAY" over "Published 7:07 PM EST Nov 19, 2019": names closed by their outlet, the date under them
            found.extend(byline_block_name(text, number, head_page) if number in bylines else dated)
        elif label == _TITLE and number < first:
            found.extend(title_line_records(text, number, head_page))
        elif (
            label in (_CHROME, _BODY)
            and number not in block
            and (
                pictured := picture_credited(text, number, gazetteer)
                or own_outlet_picture(text, number, segmented)
                or copyright_under_caption(segmented, i)  # "© Kevin Ho-A-Chuck" under the caption
                or copyright_opening_caption(text, number)  # "© Ann Lee Workers on the bridge …"
                or unstopped_caption_tail(text, number, gazetteer)  # "… in Paris Ann Lee/AFP"
                if 0 < title < number < last or first <= number < last or 0 < first_index - i <= HEAD_BYLINE_REACH
                else far_picture_credit(text, number, gazetteer)
                if number < first or number in under
                else (lead_picture_credit(text, number, gazetteer) if number < (related or number + 1) else [])
            )
        ):
            # "Jamal Saidi/Reuters", "… Fla. (AP Photo/Alan Diaz, File)" between the headline and the last paragraph:
            # the article's picture credited in the wire style (left out of the segmenter's credit lines, whose
            # caption rule it would trip; under the last paragraph "Minh Thư/TTXVN" signs the text, read above); also
            # over the headline or where none was found: real pages put the lead picture first, 10 to 30 lines up
            # ("The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters"); further away, or a few lines under the
            # text, over any heading of links (`under`), only a line that is the credit alone (`far_picture_credit`)
            found.extend(pictured)
        elif label == _CHROME and ll.verdict.reason_code == "caption_above_credit" and first < number < last:
            # a live blog's entry over its picture's credit, taken for a caption: the agency it cites by a verb
            found.extend(cited_agencies(in_body_citations(text, number, gazetteer, surnames=surnames)))
        elif label == _CHROME and number == upper_byline and number not in block:
            found.extend(upper_byline_records(text, number, gazetteer, lower))  # "By Paul Takahashi", up
        elif label == _CHROME and number in beside_upper and number not in block:
            found.extend(picture_beside_byline(text, number, gazetteer))  # "Фото: …" over "Текст: …", up
        elif label == _CHROME and number in block and ll.verdict.reason_code != "teaser_byline":
            # "Fotos: Ricardo Medeiros" over "Texto: Larissa Pimentel" in a gallery's head: the byline's neighbour
            beside = picture_beside_byline(text, number, gazetteer) if number in beside_upper else []
            beside = beside or copyright_under_caption(segmented, i) or copyright_opening_caption(text, number)
            beside = beside or (titled_byline(text, number, gazetteer, lower) if number == upper_byline else [])
            found.extend(block_line_records(i, text, number, head_page) or beside)
        elif (
            label == _ATTRIBUTION
            and number not in teasers
            and not (related is not None and number > related and (bare_agency(text) or closes_a_headline(text)))
        ):
            # "© AAP" right under the last paragraph: the agency's notice on the story it wrote
            credited = copyright_agency(text, number, gazetteer, under_text=True) if number == after_body else []
            if not credited and number == after_body and speech_signed_in_brackets(text):
                cited = in_body_citations(text, number, gazetteer, False, True, surnames, segmented.language != "en")
                credited = with_bracket_credit_kinds(text, cited)  # "– …, sier Solheim. (©NTB)": the text's own
            # a blog post's footer right under the text: "Posted by Kevin at 10:32 AM", the one word read there too
            footer = number == after_body
            credited = credited or attribution_line_attributions(text, number, gazetteer, number < first, lower, footer)
            below = last < number < (related or number + 1)  # "（共同）" under the text: the wire's sign-off
            credited = wire_signed_below(credited, text, gazetteer) if below else credited
            # "Bekijk ook" over "Video: Automobilisten in de rij …": a teaser's medium and headline, naming no one
            teaser = i > 0 and segmented.lines[i - 1].verdict.kind == _RELATED_HEADING
            found.extend(f for f in credited if f.name or not teaser)
            if footer and ll.verdict.kind in _WIRE_NOTES and i + 1 < len(segmented.lines):
                after_body = segmented.lines[i + 1].line.number  # "Kilde: …" over "/ritzau/": the sign-off under it
        elif label == _BODY:
            # "Jane Roe contributed to this report." closing the text: the contributors, no citation; "Originally
            # published at …" as its last paragraph: the outlet it was taken from
            cited = contributors_line(text, number, gazetteer, True) or contact_line(text, number, True)
            cited = cited or (syndication_note(text, number, True) if number == last else [])
            english = segmented.language == "en"  # "(dpa)" closing the lead signs it, "(AP)" there is a caption's
            cited = cited or with_bracket_credit_kinds(
                text,
                in_body_citations(text, number, gazetteer, number in opening, number in closing, surnames, not english),
                # "… in 1989. (AP)" inside the text: a caption's supplier; in English only, where the wires sign
                # at the dateline ("(dpa)", "(ANSA)" closing a paragraph sign it: dumps_ml12 lost 0.872 -> 0.833)
                caption=number != last and english,
            )
            cited = cited or closing_picture_credit(text, number, gazetteer)  # "… the planets. Credit: Riverside Films"
            if not cited and number in body[:HEAD_BODY_LINES] and words_before_date(text) <= MAX_LISTED_BYLINE_WORDS:
                # "Kovács Bence és Szabó Eszter" as the article's first block, or under its standfirst (the page's
                # markup kept its byline inside the article element): the writers joined by "and", no sentence; in
                # English, which writes headings in title case ("Paris Meetup and Upcoming Bootcamp"), only next to
                # the article's date
                cited = names_by_the_date(text, number, head_page, True) or body_head_byline(text, number, head_page)
            if not cited and number in body[:HEAD_BODY_LINES]:
                cited = over_a_role(i, head_page)  # "Jeff Latzke" over "AP Sports Writer"
            cited = cited or name_over_bio(text, number, segmented, body, gazetteer)  # "David Kerr" … "David Kerr is"
            cited = cited or box_byline(segmented, i)  # "Analysis" over "Ann Lee BBC News, Paris": the box's writer
            cited = cited or own_reporter(text, number, segmented)  # "the BBC's Ann Lee visits …" on the BBC's page
            if not cited and first < number < last:
                cited = photographer_under_caption(segmented, i, gazetteer, lower)  # a caption over "ANA LÓPEZ"
            if not cited and number == last:  # its last line only a name, where the language's papers sign so ("Minh
                # Anh"), or a dash and a name in any ("— Jane Roe"; with a mailbox, the mailbox's reader decides)
                dashed = dash_signed(text, number) if "@" not in text else []
                cited = dashed or name_alone_signing(text, number, gazetteer, segmented.language)
            found.extend(cited)
            if number == last and not any(f.kind is AttributionKind.AUTHOR for f in cited):
                found.extend(name_after_last_sentence(text, number, gazetteer, segmented))  # "… drama.” Ann Lee"
    read = {(f.line, f.name_normalized) for f in found}
    # names on the lines under their cue; the one blog post footer far under the text ("posted by A @ … 22 comments")
    later = (
        [*cue_over_names(segmented, first, gazetteer), *page_cued_footer(segmented, last, gazetteer)] if body else []
    )
    if body and not any(f.kind is AttributionKind.AUTHOR for f in (*found, *later)):
        later += box_writer(segmented, last)  # "About the author" over "Ann Lee is …": the writer no byline named
    if body and not any(f.kind is AttributionKind.AUTHOR for f in (*found, *later)):
        later += page_timed_footer(segmented, first, gazetteer)  # "Posted by Ann Lee at 3:49 PM" over a disclaimer
    found += [f for f in later if (f.line, f.name_normalized) not in read]
    found = dated_bylines_above(found, segmented, first)
    found = without_common_openers(without_own_outlet(without_publisher(found, segmented), segmented), segmented, lower)
    found = without_agency_surnames(found, segmented, gazetteer)  # "Michael Bloomberg": a person, no agency
    found = without_flanked_teasers(found, segmented, first, last) if body else found  # another article's writer
    return pictures_supplied(without_comment_signatures(found, segmented), segmented)  # a supplier's: a picture


def _writers(found: list[Found]) -> list[str]:
    return [f.name for f in found if f.kind is AttributionKind.AUTHOR and f.name]


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
