"""What a line labelled attribution credits, read alone: a credit line, a wire line, or (above the first
paragraph) a byline with no cue. Where on the page the line stands is :mod:`tasks.credits.attribution`'s.
"""

from __future__ import annotations

from collections.abc import Container

from tasks.credits.attached_cues import attached_cue_byline
from tasks.credits.attached_pairs import hebrew_pair_byline
from tasks.credits.bare_bylines import bare_byline, dash_joined_names
from tasks.credits.bracket_credits import agency_slash_photographer
from tasks.credits.byline_block import dated_byline_start
from tasks.credits.credit_records import Found, credit_line_attributions, named_found
from tasks.credits.cue_person_credits import photo_cue_person
from tasks.credits.head_records import file_picture
from tasks.credits.listed_bylines import and_joined_byline, person_cue_byline
from tasks.credits.nameless import asked_records
from tasks.credits.one_word_author import dated_one_word
from tasks.credits.reporters import reporters_alone
from tasks.credits.signed_lines import wire_line_found, writer_and_wire
from tasks.credits.supplier_cues import supplier_before_colon
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.cue_after_name import bracketed_roles


def attribution_line_attributions(
    text: str,
    line: int,
    gazetteer: Gazetteer,
    before_body: bool = False,
    lower: Container[str] = (),
    under_text: bool = False,
) -> list[Found]:
    """What a line labelled attribution credits: a credit line, an "Outlet - Agency" line, or (above the
    first paragraph) a byline that is only a person's name. A dated byline's one word, which the credit line's reader
    takes for no name: above the text where the line opens with the date ("Posted on March 2, 2025 by Alison"), or
    right under it however dated (`under_text`: a blog post's footer, "Posted by Kevin at 10:32 AM")."""
    # "Kari Nordmann (tekst) og Ola Hansen (foto)": each name credited by the cue in its bracket
    found = [named_found(kind, name, start, line, text.strip()) for kind, name, start in bracketed_roles(text)]
    # "Foto Prensa Libre: Julio Sicán": the supplier between the cue and its colon, then the photographer
    found = found or supplier_before_colon(text, line, gazetteer) or credit_line_attributions(text, line, gazetteer)
    # (above the text "by Alison on March 2, 2025" read too found more on thirteen real check halves, but one extra
    # on the first cost it its floor's precision, 0.838 -> 0.826: left; in the head's chrome lines it is read)
    start = dated_byline_start(text, None) if before_body else None
    if (start is not None or under_text) and not any(f.name for f in found):
        found = dated_one_word(text, line, gazetteer, start, lower) or found
    if found:  # a credit naming no one is read (no other reading of the line), a record only as the seeds keep it
        return asked_records(found)
    wire = wire_line_found(text, line, gazetteer) or photo_cue_person(text, line, gazetteer)  # "Фота Тацяны Мацкевіч"
    wire = wire or file_picture(text, line)  # "資料圖片", "Mynd úr safni" alone: the segmenter's credit naming no one
    wire = wire or agency_slash_photographer(text, line, gazetteer)  # "(EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ)"
    if wire:
        return wire
    if not before_body:
        return []
    return (
        attached_cue_byline(text, line)  # "ብሳባ ተስፋይ": the Tigrinya "by" written onto the name
        or person_cue_byline(text, line, gazetteer) or writer_and_wire(text, line, gazetteer)  # "Erik Lindqvist/TT"
        or bare_byline(text, line, gazetteer)
        or and_joined_byline(text, line, gazetteer) or reporters_alone(text, line, gazetteer)  # "（ソウル＝佐藤亮）"
        or dash_joined_names(text, line, gazetteer) or hebrew_pair_byline(text, line)  # "Nguyễn Hà - Minh Quân"
    )  # fmt: skip
