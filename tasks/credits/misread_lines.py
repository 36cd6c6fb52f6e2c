"""Lines the segmenter set apart as credits or captions whose credit is the text's: a teaser's credit line under a
heading of links, the article's last paragraph of speech closed by its wire's bracket ("– …, sier Solheim. (©NTB)"),
and a caption-like entry of a live blog citing an agency ("Як передає Укрінформ, …" over its picture's credit)."""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.credit_lines import parse_credit_line

# What opens a paragraph of speech: a quotation dash (the Nordic, Slavic and Romance papers' way) or a quotation mark.
_SPEECH_OPENERS = tuple('–—«»„“"')


def bare_agency(text: str) -> bool:
    credit = parse_credit_line(text)
    return credit is not None and credit.kind is AttributionKind.AGENCY and not credit.cue


def closes_a_headline(text: str) -> bool:
    """ "Bruneck: Neue Bibliothek eröffnet (Foto: Gemeinde Bruneck)": a credit closing a line after words of its own,
    under a heading over links to other pages: a teaser's headline and its picture's credit, not the article's."""
    credit = parse_credit_line(text)
    if credit is None or not credit.cue:
        return False
    cue_at = text.rfind(credit.cue, 0, credit.rest_start)
    return cue_at > 0 and any(c.isalnum() for c in text[:cue_at])


def speech_signed_in_brackets(text: str) -> bool:
    """ "– Vi beklager ulempene, sier Solheim. (©NTB)": a line opened by a quotation dash or mark and closed by a
    bracket, which the segmenter took for a caption and its credit; a caption describes its picture and opens with
    no one's words, so under the last paragraph this is the text's closing paragraph, signed by the wire."""
    stripped = text.strip()
    return stripped.startswith(_SPEECH_OPENERS) and stripped.rstrip(" .").endswith(")")


def cited_agencies(found: list[Found]) -> list[Found]:
    """The known agencies among a caption-like line's citations ("Як передає Укрінформ, у Житомирі …" over "Фото:
    Укрінформ" in a live blog's entry): an agency with a reporting verb is cited whatever the segmenter called the
    line; any other name there may be the picture's subject."""
    return [f for f in found if f.kind is AttributionKind.AGENCY and f.canonical_id]
