"""A picture credited in the wire style in the article's head or near its text ("Jamal Saidi/Reuters", "… Fla. (AP
Photo/Alan Diaz, File)", "Photo by Ann Lee/Getty Images" far over the first paragraph): the named records of the credit,
on its line or closing a caption. Read by the byline block's chrome lines (:mod:`tasks.credits.head_records`) and by
the page's pass (:mod:`tasks.credits.attribution`)."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found, commissioned_end, credit_line_attributions
from tasks.credits.handout_credits import courtesy_picture, via_agency_picture
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.caption_credits import PictureCredit, caption_tail_credit, credit_parts, picture_credit


def picture_credited(text: str, number: int, gazetteer: Gazetteer, after_sentence: bool = True) -> list[Found]:
    """The named records of a picture credited in the wire style, on its line or closing a caption. A
    caption's tail that only a cue word makes a credit must name two, the photographer and the outlet ("Credit...
    Doug Mills/The New York Times"): one name after a cue at a paragraph's end cost the never-studied page sets more
    than it found (session 16)."""
    via = via_agency_picture(text, number, gazetteer)  # "New York State Sex Offender Registry via AP": both named
    if via:
        return via
    pictured = picture_credit(text, after_sentence)
    if pictured is None:
        handout = courtesy_picture(text, number, gazetteer)  # "Courtesy Google"
        return handout or ([] if after_sentence else _commissioned_tail(text, number, gazetteer))
    found = named(credit_line_attributions(pictured.text, number, gazetteer, pictured.credit))
    # "… on Monday. Photo courtesy of Ann Lee": a handout's cue says whose the picture is, one name is enough (session
    # 33: the sixth real check half found more; any cue with one name cost dumps_ml8 and dumps_ml16 precision)
    handed_out = "courtesy" in pictured.credit.cue.casefold()
    enough = len(found) >= MIN_CUED_TAIL_NAMES or _commissioned(pictured) or handed_out
    return found if not pictured.cued_tail or enough else []


def _commissioned(pictured: PictureCredit) -> bool:
    return commissioned_end(pictured.text, pictured.credit.rest_start) is not None


def _commissioned_tail(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "… Photograph: Ann Lee for the Guardian": after a caption's last sentence, a cue and the photographer with
    the outlet that commissioned the picture, read where no other caption's tail is (the cue and the outlet tell it
    from a standfirst's byline)."""
    pictured = caption_tail_credit(text)
    if pictured is None or not pictured.cued_tail or not _commissioned(pictured):
        return []
    return named(credit_line_attributions(pictured.text, number, gazetteer, pictured.credit))


MIN_CUED_TAIL_NAMES = 2


def far_picture_credit(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """A line that is only a picture's credit in the wire style, a photographer and an agency ("Photo by Ann Lee/Getty
    Images", "Ann Lee/AP"), far from the text: the lead picture's, more than 30 lines over the first paragraph (a
    column of share buttons and a gallery between), or a video's a few lines under the last. No caption's tail there:
    a caption's words so far away may be a teaser's. Further under the text, as far as the notices are read, it cost
    the never-studied dumps_ml14 and third real check half precision (0.850 -> 0.829, 0.817 -> 0.810)."""
    whole = credit_parts(text)
    return named(credit_line_attributions(text, number, gazetteer, whole)) if whole is not None else []


def named(found: list[Found]) -> list[Found]:
    return [f for f in found if f.name]


# A credit that says it is the article's lead picture's: "Top image by Ann Lee", "Featured image: Ann Lee/Flickr",
# "Lead photo: …" (blogs and magazines close their posts so, under the text, before the links to other posts).
_LEAD_PICTURE = re.compile(r"\s*(?:top|lead|featured|header|cover|hero)\s+(?:image|photo|picture)s?\b", re.IGNORECASE)


def lead_picture_credit(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The named records of a credit line opened by the lead picture's own words, read under the text further than
    the notices are (the segmenter may end the text early, at a list), up to the links to other pages: a teaser's
    picture is never the top one."""
    if not _LEAD_PICTURE.match(text):
        return []
    return [f for f in named(credit_line_attributions(text, number, gazetteer)) if f.kind is AttributionKind.PHOTO]
