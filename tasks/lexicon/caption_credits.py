"""A picture's credit written the wire way, with no cue or a short one, on a line of its own or closing a caption:
"Jamal Saidi/Reuters", "Sanjeev Verma/Hindustan Times/Getty Images", "Michael Conroy, AP", "Alex Wong | Getty
Images", "Photo by Kirk Irwin/Getty Images", "… Fla. (AP Photo/Alan Diaz, File)", "… Austria. Leonhard Foeger /
Reuters file", "… a big win. Credit... Doug Mills/The New York Times". The photographer and the agencies that
supplied the picture are photo records (an agency named so supplied the picture; no text cites it). A paragraph's
closing "(AFP)" or "(Reuters)" is its sign-off, no credit; an agency with no photographer ("Photograph: AFP via
Getty", "[File: Reuters]") is left out, even after a cue or a file word (session 16: so read, the real pages'
check half lost precision, 0.673 -> 0.660, and found nothing more).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.agency_credits import name_slash_agency, name_slash_outlet
from tasks.lexicon.caption_words import caption_credit_words, spaced_alternation
from tasks.lexicon.credit_base import CreditLine, looks_like_name
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.credit_tails import MAX_BARE_CREDIT_WORDS
from tasks.lexicon.vocabulary import credit_cues, visual_cues

# The parts of a credit: a photographer, the agencies (or an outlet between them), "Sanjeev Verma/Hindustan
# Times/Getty Images": at most this many.
MAX_CREDIT_PARTS = 4


# Not between two spaces: the guard of the patterns below (see their comment).
NOT_BETWEEN_SPACES = r"(?:(?<!\s)|(?!\s))"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    photo = spaced_alternation(tuple(sorted(credit_cues()["photo"], key=len, reverse=True)))
    file = spaced_alternation(caption_credit_words("file"))
    via = spaced_alternation(caption_credit_words("via"))
    # A cue opening the credit: "Photo by", "Photograph:", "Image Source:", "File:", "©". Its leading spaces are taken
    # whole (possessive: no cue starts with a space), where giving them back one by one to try the cues' alternation
    # again cost a padded caption tail's every space.
    cue = re.compile(rf"\s*+(?:©|(?:(?:{photo}|{file})(?:\s+source)?)\s*(?:[:：]|\bby\b|(?=\s+\S)))\s*", re.IGNORECASE)
    # The parts' separators: a slash, a bar, a comma, "via". A caption's tail comes padded with spaces to keep its
    # offsets, and a separator opened by spaces, tried at each space of the padding, read the padding to its end each
    # time. ``NOT_BETWEEN_SPACES`` turns away at once the starts between two spaces, exactly: a separator from there is
    # also one from the run's start (the spaces taken longer), found first (each separator ends before a non-space,
    # so the search never resumes inside a run).
    separator = re.compile(rf"{NOT_BETWEEN_SPACES}(?:\s*[/|,]\s*|\s+(?:{via})\s+)", re.IGNORECASE)
    # The words around an agency's name that say what it supplied or when: "AP Photo", "Reuters file", "File". (The
    # guard is exact here too, but the parts are short: it cost more than it saved, 3 %.)
    marker = re.compile(rf"^(?:(?:{photo}|{file})\b\s*)+|{_trailing_markers(photo, file)}", re.IGNORECASE)
    return cue, separator, marker


def _trailing_markers(photo: str, file: str) -> str:
    return rf"(?:\s*\b(?:{photo}|{file}))+$"


@cache
def _via_word() -> re.Pattern[str]:
    """A "via" word between two spaces: what the separator's second alternative needs at least (one space of each run
    around it), a cheap pattern with a space first where the separator's opens with its guard and its spaces."""
    return re.compile(rf"\s(?:{spaced_alternation(caption_credit_words('via'))})\s", re.IGNORECASE)


def may_hold_a_separator(text: str) -> bool:
    """Whether `_patterns`' separator can match anywhere in the text: it takes a slash, a bar or a comma, or a "via"
    word between spaces. Most lines `credit_parts` is asked of (47,000 of 60,000 a pass over aeb, readability and
    l3s) hold none, and its separator's search cost them 2 µs each, more than the rest of the function (session 32)."""
    return "/" in text or "|" in text or "," in text or _via_word().search(text) is not None


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The markers closing a part alone (the second alternative of `_patterns`' marker), those opening it alone (the
    first), and one marker word closing a part, matched at the start of the part written backwards."""
    photo_words = tuple(sorted(credit_cues()["photo"], key=len, reverse=True))
    photo, file = spaced_alternation(photo_words), spaced_alternation(caption_credit_words("file"))
    backwards = spaced_alternation(tuple(w[::-1] for w in (*photo_words, *caption_credit_words("file"))))
    return (
        re.compile(_trailing_markers(photo, file), re.IGNORECASE),
        re.compile(rf"^(?:(?:{photo}|{file})\b\s*)+", re.IGNORECASE),
        re.compile(rf"\n?(?:{backwards})\b", re.IGNORECASE),  # `$` is the end or a newline closing the part
    )


def _closed_by_a_marker(part: str) -> bool:
    """Whether a photo or file word closes the part, as the trailing markers need: one match at the reversed part's
    start instead of the trailing alternative tried at every position (17 µs a part: most of `credit_parts`' time)."""
    return _markers()[2].match(part[::-1]) is not None


def without_markers(part: str) -> str:
    """A part of a credit without its photo and file words ("AP Photo" → "AP"), stripped. A part a caption's padding
    opens (its tail is read with its offsets kept) is read without the padding: the marker tried at each of its spaces
    cost their number squared (20 ms for 800); from a space the leading alternative (at ^) cannot match, and the
    trailing one takes only spaces more there, which the strip takes off as well (exact). A part no marker closes
    is read with the leading alternative alone, which is then all that can match (exact)."""
    trailing, leading, _closing = _markers()
    if part[:1].isspace():
        bare = part.lstrip()
        return (trailing.sub("", bare) if _closed_by_a_marker(bare) else bare).strip()
    return (_patterns()[2] if _closed_by_a_marker(part) else leading).sub("", part).strip()


@cache
def _most_cue_words() -> int:
    """The most words a cue of credit_parts takes: its longest photo or file word, "source" and "by" (or a colon)."""
    return max(len(w.split()) for w in (*credit_cues()["photo"], *caption_credit_words("file"))) + 2


def credit_parts(text: str) -> CreditLine | None:
    """A line that is only a picture's credit: maybe a cue ("Photo by", "Photograph:"), then two to four parts parted
    by slashes, bars, commas or "via", one a known agency (maybe with a photo or file word: "AP Photo", "Reuters file"),
    one a photographer (two to four capitalised words), each a name's shape. Agencies alone ("Reuters/AFP", "[File:
    Reuters]") are left out (see above)."""
    if not may_hold_a_separator(text):
        return None  # (exact: no part's separator anywhere in the line, so none in its body below)
    cue_re, separator, _marker = _patterns()
    most = MAX_CREDIT_PARTS * MAX_BARE_CREDIT_WORDS  # a caption's sentence is longer: its words are not all split
    inner = text.rstrip().rstrip(".").rstrip()
    opened = len(inner) - len(inner.lstrip(" ([")) if inner.endswith((")", "]")) else 0
    inner = inner[:-1] if opened else inner
    if len(inner[opened:].split(maxsplit=most + _most_cue_words())) > most + _most_cue_words():
        return None  # (asked first, exact: the cue takes that many words at most, the rest is too long as below)
    if separator.search(inner, opened) is None:
        return None  # (exact: a part's separator in the body after the cue is one here, its context the same)
    cue = cue_re.match(inner, opened)  # (long: every photo and file word of the cues, tried in turn)
    start = cue.end() if cue else opened
    body = inner[start:]
    if not body or len(body.split(maxsplit=most)) > most or "(" in body or "[" in body:
        return None
    pieces = separator.split(body)
    if len(pieces) < 2:
        return None  # one part, whatever its markers (taking them off leaves no more parts): no credit
    parts = _name_parts(pieces)
    if parts is None or len(parts) < 2:
        return None
    agencies = [n for n in parts if load_gazetteer().agency_of_name(n, cued=True)]
    people = [n for n in parts if n not in agencies and 2 <= len(n.split()) <= MAX_BARE_CREDIT_WORDS]
    if not agencies or not people:
        return None
    return CreditLine(AttributionKind.PHOTO, cue.group(0).strip() if cue else "/", None, 0, 0, start, len(inner))


def _name_parts(pieces: list[str]) -> list[str] | None:
    """The pieces without their markers, empty ones left out, if each has a name's shape ("LUDOVIC MARIN" in capitals
    too) and there are MAX_CREDIT_PARTS at most; else None, said at the first piece that fails (a caption's sentence
    split at its commas fails at its first: taking the markers off every piece was most of `credit_parts`' time)."""
    parts: list[str] = []
    for piece in pieces:
        name = without_markers(piece)
        if not name:
            continue
        if len(parts) == MAX_CREDIT_PARTS or not looks_like_name(name.title() if name.isupper() else name):
            return None
        parts.append(name)
    return parts


# What follows the caption's last sentence (a credit has no sentence end in it), and a bracket closing the caption.
_AFTER_LAST_SENTENCE = re.compile(r"[.!?…\"”’]\s+([^.!?…]{2,90}?)\s*$")
_CLOSING_BRACKET = re.compile(r"\s([(\[][^()\[\]]{2,90}[)\]])\s*\.?\s*$")
# "Credit... Doug Mills/The New York Times": the ellipsis the New York Times writes after its cue, read as a colon.
_VISUAL = "|".join(re.escape(c) for c in visual_cues() if " " not in c)
_CUE_ELLIPSIS = re.compile(rf"(?<!\w)((?:{_VISUAL}))(\.\.\.|…)(?=\s*\S)", re.IGNORECASE)


def _closing_bracket_tail(text: str) -> re.Match[str] | None:
    """`_CLOSING_BRACKET`'s search, asked only where its closing bracket is (its scan tries every space of a line)."""
    return _CLOSING_BRACKET.search(text) if ")" in text or "]" in text else None


def _last_sentence_tail(text: str) -> re.Match[str] | None:
    """`_AFTER_LAST_SENTENCE`'s search from the line's last sentence mark: the same match. Its words hold no ".", "!",
    "?" or "…" and nor do the spaces around them, so a match opens at the last of these or after it (at a quote); from
    each earlier mark the lazy words were tried up to 90 characters on (issue 15, session 33)."""
    last = max(text.rfind("."), text.rfind("!"), text.rfind("?"), text.rfind("…"))
    return _AFTER_LAST_SENTENCE.search(text, max(last, 0))


class PictureCredit(NamedTuple):
    """A picture's credit: the text to read it from (a caption's words before its credit blanked out, offsets kept),
    the credit, and whether a cue word of the caption's tail was all that made it a credit ("… a big win. Credit...
    Doug Mills/The New York Times")."""

    text: str
    credit: CreditLine
    cued_tail: bool = False


def caption_tail_credit(text: str, after_sentence: bool = True) -> PictureCredit | None:
    """The credit closing a caption in its closing bracket or (`after_sentence`) after its last sentence; None if it
    ends in none."""
    if "…" in text or "..." in text:  # the same length: offsets stay the caption's
        text = _CUE_ELLIPSIS.sub(lambda m: m.group(1) + ":" + " " * (len(m.group(2)) - 1), text)
    for tail in (_closing_bracket_tail, _last_sentence_tail) if after_sentence else (_closing_bracket_tail,):
        match = tail(text)
        if match is None:
            continue
        padded = " " * match.start(1) + match.group(1)
        credit = credit_parts(padded) or name_slash_agency(padded)
        if credit is not None:
            return PictureCredit(padded, credit)
        credit = parse_credit_line(padded)
        if credit is not None and credit.kind in (AttributionKind.PHOTO, AttributionKind.VIDEO):
            return PictureCredit(padded, credit, cued_tail=True)
    return None


def picture_credit(text: str, after_sentence: bool = True) -> PictureCredit | None:
    """A picture's credit with no cue of its own on the line ("Jamal Saidi/Reuters", "Michael Conroy, AP"), or closing
    a caption (see `caption_tail_credit`); None for a line that credits no picture so."""
    whole = credit_parts(text) or name_slash_agency(text)
    staff = name_slash_outlet(text) if whole is None else None
    if staff is not None and staff.rest_end is not None:
        # "Ann Lee/Vox": the staff photographer alone, the outlet's name blanked (offsets kept), as often the page's own
        return PictureCredit(text[: staff.rest_end] + " " * (len(text) - staff.rest_end), staff)
    return PictureCredit(text, whole) if whole is not None else caption_tail_credit(text, after_sentence)
