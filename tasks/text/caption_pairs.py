"""A picture's caption and its credit as a block of their own inside the main text, where the credit rules read no
one's name in the credit: a picture's cue over a family or an archive ("Photo courtesy of the Lindqvist family"), the
copyright sign before an outlet and a photographer, or in the article's head the photographer's bare name in title
case. Read by :func:`tasks.text.inline.furniture_in_main_text` once the lines are known to sit inside the article;
:mod:`tasks.text.captions` holds the captions beside a credit the rules read."""

from __future__ import annotations

import re

from schemas import AttributionKind, ChromeKind, Label
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.credit_tails import VISUAL_CUES
from tasks.lexicon.digits import has_digit
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict

# A picture's credit that the credit rules read no name in: a picture's cue opening a few words ("Photo courtesy of
# the Lindqvist family"), or the copyright sign before an outlet's or a photographer's name with no year ("© Le
# Courrier d'Armor / Erwan Pichon"; "© 2024 Outlet" is the site's copyright notice).
_OPENS_WITH_CUE = re.compile(rf"^[\W_]*(?:{VISUAL_CUES})(?![^\W\d_])", re.IGNORECASE)


def _is_unread_credit(view: PageView, i: int, lines: list[Line]) -> bool:
    feat, verdict, text = view.features[i], view.verdicts[i], lines[i].text.strip()
    if feat.ends_sentence or feat.n_words > MAX_CREDIT_WORDS:
        return False
    if verdict is None:
        return _OPENS_WITH_CUE.match(text) is not None
    copyright_or_credit = verdict.reason_code in ("boilerplate_phrase", "credit_line")
    return copyright_or_credit and text.startswith("©") and not has_digit(text)


def _bare_name(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i is a name in title case that no rule took, or that the credit rules read as a credit with no cue."""
    text, verdict = lines[i].text.strip(), view.verdicts[i]
    if not _is_name_in_title_case(text):
        return False
    if verdict is None:
        return True
    credit = parse_credit_line(text) if verdict.reason_code == "credit_line" else None
    return credit is not None and not credit.cue


def _bare_agency(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i is an agency's name alone, the whole line, read by the credit rules as a credit with no cue ("연합뉴스",
    "Reuters"): under a caption's sentence in the head, the agency that supplied the picture."""
    verdict, text = view.verdicts[i], lines[i].text.strip()
    if verdict is None or verdict.reason_code != "credit_line" or verdict.kind != AttributionKind.AGENCY:
        return False
    credit = parse_credit_line(text)
    return credit is not None and not credit.cue and credit.name == text


def _alone_as_pair(lines: list[Line], first: int) -> bool:
    """Lines first and first + 1 make a block of their own."""
    block = lines[first].block_index
    if lines[first].index_in_block != 0 or first + 1 >= len(lines) or lines[first + 1].block_index != block:
        return False
    return first + 2 >= len(lines) or lines[first + 2].block_index != block


# A photographer's bare name in title case: two to four words, each capitalised, or a short particle between
# ("Santos Álvarez", "Ana de la Torre").
_NAME_WORDS = range(2, 5)
# A caption ending in no mark over an agency's bare name has at least this many words: fewer is a label or a kicker.
MIN_UNMARKED_CAPTION_WORDS = 4
_PARTICLE_MAX_LETTERS = 3


def _is_name_in_title_case(text: str) -> bool:
    words = text.split()
    if len(words) not in _NAME_WORDS or not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    capitalised = [w[:1].isupper() and w[1:] == w[1:].lower() for w in words]
    particles = all(c or len(w) <= _PARTICLE_MAX_LETTERS for w, c in zip(words, capitalised, strict=True))
    return capitalised[0] and capitalised[-1] and particles


def _in_the_head(view: PageView, first: int, region: tuple[int, int]) -> bool:
    """Line first stands in the article's head: at most one text line of the main text above it (a standfirst)."""
    return sum(view.is_text(k) for k in range(region[0], first)) <= 1


def _caption_pair_start(i: int, view: PageView, lines: list[Line], region: tuple[int, int]) -> int | None:
    """The first line of the caption-and-credit pair line i belongs to, when it is one: a block of two lines, a
    caption's few words no rule took over a credit the credit rules read no name in; or, in the head, over a bare
    name in title case that no rule took."""
    for first in (i, i - 1):
        if first < 0 or not _alone_as_pair(lines, first):
            continue
        if view.verdicts[first] is not None or view.features[first].n_words > view.rules.caption_max_words:
            continue
        below = first + 1
        if _is_unread_credit(view, below, lines):
            return first
        if not _in_the_head(view, first, region):
            continue
        if _bare_name(view, below, lines) and view.features[first].ends_sentence:
            return first
        # an agency's name is no byline's: the caption over it may end in no mark ("Una llúdriga fotografiada … a
        # Celrà" over "ACN"), as most captions do; over a person's bare name such a line may be the headline
        if _bare_agency(view, below, lines) and view.features[first].n_words >= MIN_UNMARKED_CAPTION_WORDS:
            return first
    return None


def caption_over_unread_credit(i: int, view: PageView, lines: list[Line], region: tuple[int, int]) -> Verdict | None:
    """Line i inside the main text, in a block of two: a caption's few words over a picture's credit that names no one
    the credit rules know ("Peggy Lindqvist at the piano in 1998." over "Photo courtesy of the Lindqvist family"), or
    over the copyright sign and a name ("Yannick Le Goff dans son atelier." over "© Le Courrier d'Armor / Erwan
    Pichon"), or in the article's head a caption's sentence over the photographer's bare name ("Mariscadoras en el
    banco de O Bao." over "Santos Álvarez") or an agency's bare name ("서울 마포구 한 공원에서 …" over
    "연합뉴스"); the credit too when no rule took it. A paragraph goes on in its block; a subheading is a block alone,
    over its paragraph."""
    first = _caption_pair_start(i, view, lines, region)
    if first is None:
        return None
    what = "a caption over a picture's credit" if i == first else "a picture's credit under its caption"
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_over_unread_credit",
        f"{what}, the two a block of their own: the article's picture", 0.7,
    )  # fmt: skip
