"""Recognise credit lines ("источник: commonspace.eu", "Photo: Reuters", "By Jane Doe").

The cue words are data (``tasks/lexicon/data/credit_cues.csv``, 50 languages). Besides a cue at
the start, a line credits when a correspondent's cue names a place ("Aus Brüssel berichtet Markus
Lange") and when it ends a caption with a credit, or only a separator is left of its cue, or a Korean
or Japanese name stands before its cue (:mod:`tasks.lexicon.credit_tails`). :func:`next_credit_at`
finds a second credit in the same line ("…, Video: N1").
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.agency_credits import agency_after_photo_word, agency_alone, agency_dateline_alone, agency_tail
from tasks.lexicon.bar_bylines import byline_after_place
from tasks.lexicon.bracketed_credits import bracketed_cue_after
from tasks.lexicon.byline_length import names_fit_before_a_date, too_long_for_names
from tasks.lexicon.byline_tails import BYLINE_TAIL, byline_names, without_closing_date
from tasks.lexicon.byline_words import with_cue_language_and
from tasks.lexicon.caption_words import dotted_cue_colon, file_word_end
from tasks.lexicon.credit_base import (
    CREDIT_KINDS,
    LINKING,
    MAX_CREDIT_WORDS,
    MAX_NAME_WORDS,
    CreditLine,
)
from tasks.lexicon.credit_names import (
    credited_name,
    han_credit_span,
    is_bare_name,
    is_generic,
    links_cue_to_name,
    may_close_naming_no_one,
    names_no_one,
    without_inner_places,
    without_place,
)
from tasks.lexicon.credit_tails import (
    cue_last,
    slash_credit_tail,
)
from tasks.lexicon.cue_after_name import commissioned_photographer, name_then_bracketed_cue
from tasks.lexicon.cue_openings import FIRST_WORD, CueOpenings
from tasks.lexicon.cue_separators import cue_separator
from tasks.lexicon.dated_credits import credit_after_date
from tasks.lexicon.drawn_on import drawn_on_articles
from tasks.lexicon.long_captions import credit_after_long_caption
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.photographer_lines import photographer_alone, supplier_acronym_alone
from tasks.lexicon.place_bylines import place_byline
from tasks.lexicon.separator_credits import separator_only
from tasks.lexicon.slash_credits import agency_slash_tail, barred_name_tail, name_bracket_agency
from tasks.lexicon.thanks_credits import thanks_credit
from tasks.lexicon.vocabulary import credit_cues, name_word_role, visual_cue_alternation, visual_cues


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(cues, key=len, reverse=True)
    alternatives = "|".join(re.escape(c) for c in ordered)
    attached = "|".join(re.escape(c) for c in ordered if c.rsplit(" ", 1)[-1] in _ATTACHED_PREFIXES)
    # "Ibhalwe nguThemba Mkhize": a Zulu or Xhosa cue's last word written onto the name's capital (not "NGUYEN AN")
    written_on = rf"|(?:{attached})(?=(?-i:[A-Z][a-z]))" if attached else ""
    return re.compile(rf"^[\W_]*((?:{alternatives})(?=[\W_]|$){written_on})", re.IGNORECASE)


# The Nguni copulative and possessive prefixes, written onto a proper name ("nguThemba": it is Themba; "ngu-SABC"):
# a cue ending in one ("ibhalwe ngu", written by) may meet the name with no space (name_words.csv, hyphen_prefix).
_ATTACHED_PREFIXES = name_word_role("hyphen_prefix")


# Photo cues go first: "Автор на снимката" (author of the photo) is a photo credit.
# A byline cue that is also a genre label ("گزارش / شورای شهر", "گزارش تصویری": "report") credits only before a
# colon (``author_colon`` in credit_cues.csv): "گزارش: سارا کریمی".
_COLON_ONLY = frozenset(credit_cues().get("author_colon", ()))
_COLONS = frozenset(":：")
_KIND_CUES = {kind: credit_cues()[kind.value] + (tuple(_COLON_ONLY) if kind is AttributionKind.AUTHOR else ())
              for kind in CREDIT_KINDS}  # fmt: skip
_CUES: tuple[tuple[AttributionKind, re.Pattern[str]], ...] = tuple(
    (kind, _cue_pattern(cues)) for kind, cues in _KIND_CUES.items()
)
# Cheap first checks before the big alternations: a line tries only the cues its first word can open
# (tasks/lexicon/cue_openings.py), and the word before a caption's last colon must end a photo or video cue.
_OPENINGS = CueOpenings(_KIND_CUES, _cue_pattern, _ATTACHED_PREFIXES, _CUES)


# The segmenter asks of every line, the attribution pass again of the article's head and credits: one answer each.
PARSED_LINES_CACHED = 16384


@lru_cache(maxsize=PARSED_LINES_CACHED)
def parse_credit_line(text: str) -> CreditLine | None:
    """The credit a line makes, or None if the line is not a credit line (a pure function of the text, cached)."""
    body = text.lstrip()
    lead = len(text) - len(body)
    # A caption's tail is read padded with spaces to keep its offsets; the readers' patterns back off space by space
    # before their alternations (a millisecond and more on a long caption), so the padding is taken off and added back
    credit = _credit_of(body)
    return credit.shifted(lead) if credit is not None and lead else credit


# What some readers need at the line's end or start, asked once for all of them instead of in a call to each on every
# line: a closing bracket with only spaces and full stops after it, a slash, a bar, ". ", or an icon's separator
# opening the line. Each reader tests its own condition again, so each answer is the one it gave without the gate.
_CLOSING_BRACKETS = frozenset(")）]］】")
_BARE_SEPARATORS = frozenset(":：—–")
_BARRED = frozenset("·•|")  # "Bamberg · Von Lukas Dörfler ·": an info bar's place before its byline


def _barred(text: str) -> bool:
    """Whether the text holds one of `_BARRED`'s marks: three substring tests in C, where `_BARRED.intersection(text)`
    built a set of the line's characters first (1.2 µs a line, a paragraph's length; session 32)."""
    return "|" in text or "·" in text or "•" in text or "–" in text or "—" in text or " - " in text


def _credit_of(text: str) -> CreditLine | None:
    # "（图/记者王磊摄）": a closing bracket's cue after the name is read first, the cue opening it names no one there
    closed = text.rstrip().rstrip(" .。")[-1:] in _CLOSING_BRACKETS
    slashed = "/" in text
    return (
        (bracketed_cue_after(text) if closed else None) or _cue_first(text) or place_byline(text) or cue_last(text)
        or (slash_credit_tail(text) if closed and slashed else None) or (_bracketed_tail(text) if closed else None)
        or (agency_slash_tail(text) if slashed else None)
        or (separator_only(text) if text.lstrip()[:1] in _BARE_SEPARATORS else None)
        or agency_alone(text) or agency_tail(text) or (agency_after_photo_word(text) if closed else None)
        or (agency_dateline_alone(text) if closed else None)  # "VILALBA (Europa Press)" alone on its line
        or credit_after_date(text, _cue_first, parse_credit_line) or (name_then_bracketed_cue(text) if closed else None)
        or (commissioned_photographer(text) if ". " in text else None) or _nameless_tail(text)
        or (barred_name_tail(text) if "|" in text else None) or (name_bracket_agency(text) if closed else None)
        or (byline_after_place(text, _cue_first) if _barred(text) else None)
        or credit_after_long_caption(text, _credit_of)  # "… de la vía. Foto: Jaime Solano - Vanguardia"
        or thanks_credit(text)  # "h/t Gawker": the outlet a blog post was found at
    )  # fmt: skip


# A sentence's end and the words after it, closing a caption: "… région de Kaolack. Photo d'archives"; the Devanagari
# danda ends a Hindi or Marathi caption's sentence as the full stop does ("… उमड़ी भीड़। फाइल फोटो").
_SENTENCE_END_THEN = re.compile(r"[.!?…।]\s+(?=\S)")
_VISUAL_CUES = frozenset(visual_cues())


def _nameless_tail(text: str) -> CreditLine | None:
    """ "Un champ d'arachide près de Kaolack. Photo d'archives", "… Caldas. Foto de archivo": the idiom of a credit that
    names no one (``names_no_one``) closing a caption after its last sentence, as it is in a closing bracket ("…
    (foto d'archivio)") or alone on its line; its kind is its cue's (a video idiom stays video), a photo's where its
    first word is no cue of its own. Offsets are the line's."""
    if not may_close_naming_no_one(text):
        return None  # most lines: their last word closes no idiom naming no one, whatever sentence it ends
    ends = [m.end() for m in _SENTENCE_END_THEN.finditer(text.rstrip(" ."))]
    if not ends and len(text.split()) > 1 and names_no_one(text):
        # the idiom alone on its line with its cue last, where no cue opens it ("फाइल फोटो", Hindi "file photo");
        # a one-word idiom ("DR", "Privatfoto") alone is as often a menu's link
        return CreditLine(AttributionKind.PHOTO, text.split()[-1], None, 0, 0, len(text) - len(text.lstrip()))
    if not ends or not names_no_one(text[ends[-1] :]):
        return None
    cut = ends[-1]
    credit = _cue_first(text[cut:])
    if credit is None:
        first, last = text[cut:].split()[0], text[cut:].rstrip(" .").split()[-1]
        if first.casefold() not in _VISUAL_CUES and last.casefold() in _VISUAL_CUES:
            # "… भीड़। फाइल फोटो": the idiom's cue last, as Hindi writes "file photo"; the whole idiom names no one
            return CreditLine(AttributionKind.PHOTO, last, None, 0, 0, cut)
        return CreditLine(AttributionKind.PHOTO, first, None, 0, 0, cut + len(first))
    return CreditLine(credit.kind, credit.cue, None, 0, 0, cut + credit.rest_start)


def _bracketed_tail(text: str) -> CreditLine | None:
    """A caption closed by a photo or video credit in brackets, or the bracket alone ("… on Tuesday. (Photo by Chip
    Somodevilla/Getty Images)", "… durante la cerimonia (foto LaPresse)", "(foto Gianni Carluccio)",
    "…（撮影・佐藤健一）", "… 대형마트. [사진=뉴스1]"); offsets are the line's."""
    stripped = text.rstrip(" .")
    if not stripped.endswith((")", "）", "]")) or not ("(" in stripped or "（" in stripped or "[" in stripped):
        return None
    if len(stripped.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None  # a paragraph is not split whole, as for a caption's closing "FOTO: …"
    opening = max(stripped.rfind("("), stripped.rfind("（"), stripped.rfind("["))
    if opening < 0:  # at 0, the line is only the bracket ("(Foto Massimo Ghirardelli)"): a credit line of its own
        return None
    inner = stripped[opening + 1 : -1]
    cue = _VISUAL_CUE.match(inner)
    if cue is not None and inner[cue.end() : cue.end() + 1] in (" ", "="):
        # "(foto LaPresse)", "(Фото Д. Милошевић)": in a caption's closing bracket the cue needs no colon; Korean
        # papers put an equals sign there ("[사진=뉴스1]")
        inner = f"{inner[: cue.end()]}:{inner[cue.end() + 1 :]}"
    credit = _cue_first(" " * (opening + 1) + inner)
    if credit is None or credit.kind not in (AttributionKind.PHOTO, AttributionKind.VIDEO):
        return None
    rest = stripped[credit.rest_start : -1].replace("/", " ").split()
    # a known outlet's own lower case is a name's ("(Foto: detikcom/Rina Wulandari)", Indonesian captions)
    named = credit.name is not None or (
        0 < len(rest) <= MAX_NAME_WORDS + 2 and not any(w.islower() and not is_known_outlet(w) for w in rest)
    )
    # "(Foto: Arquivo pessoal)", "(Foto: Archivo personal)": the credit's set phrase naming no one, capitalised as a
    # name is after the cue (the lower-case "(Photo: file)" stays the caption's words, as blind11 decided)
    named = named or (credit.name is None and rest[:1] != [] and rest[0].istitle() and is_generic(" ".join(rest)))
    alone = not stripped[:opening].strip()
    if alone and (credit.name is None or "=" in stripped):
        return None  # alone on its line, the bracket names its photographer after the cue and a space
    if not named and not alone and names_no_one(stripped[opening + 1 : -1]):
        # "… Ελευθερίας. (Φωτογραφία αρχείου)", "… (foto d'archivio)": the idiom that names no one closing the caption
        # is its credit (with a colon, "(Photo: file)", the bracket is the caption's words, as blind11 decided)
        return CreditLine(credit.kind, credit.cue, None, 0, 0, credit.rest_start)
    return credit if named else None  # "(Photo: a crowd)" names no one; "（撮影・佐藤健一）", "(تصوير: A/ B)" do


_VISUAL_CUE = re.compile(r"\s*(" + visual_cue_alternation() + r")(?=\W|$)", re.IGNORECASE)


def _dated_byline(kind: AttributionKind, rest: str) -> bool:
    return kind is AttributionKind.AUTHOR and names_fit_before_a_date(rest)


def read_by_its_date(text: str) -> bool:
    """A byline read only because its names end right before the template's date, however many links follow it ("By
    Erin Cho March 18 at 3:57 PM Follow @erin"): the article's over its first paragraph, a teaser's or a comment's
    further down (the real pages' check halves)."""
    return _cue_first(text) is not None and _cue_first(text, dated=False) is None


def _cue_first(text: str, dated: bool = True) -> CreditLine | None:
    """A line opened by a credit cue ("Фото: …", "By …"); a date closing it is the page's, not a name's
    ("di Marco Rossi e Giulia Bianchi 17 febbraio 2025": a byline and its date in one block); not `dated`, no long
    line read by its date alone."""
    first = FIRST_WORD.match(text)
    cues, opening = _OPENINGS.opened_by(first[1], text[: first.end() + 1]) if first is not None else ((), None)
    if not cues or (opening is not None and not opening.match(text)):
        return None  # no cue its first word opens starts the line: no date to look for at its end
    text, bar_part_end = without_closing_date(text)
    stripped = text.strip()
    if not any(pattern.match(stripped) for _, pattern in cues):
        return None  # no cue opens it (most lines whose first word starts some cue): no need to count its words
    # "By A and B in New York": the place is no name; "By A | Outlet": nor what follows a bar, dash or handle
    words = without_place(without_inner_places(BYLINE_TAIL.split(stripped, maxsplit=1)[0])).split()
    n_words = len(words)
    if n_words > MAX_CREDIT_WORDS:
        return None
    for kind, pattern in cues:
        match = pattern.match(stripped)
        if not match:
            continue
        offset = match.end() + len(stripped[match.end() :]) - len(stripped[match.end() :].lstrip())
        separator = cue_separator(match.group(1), kind, stripped[offset:])
        if match.group(1).casefold() in _COLON_ONLY and not (separator and _COLONS & set(separator.group(0))):
            continue  # "گزارش / شورای شهر": a genre label over the headline
        if separator:
            offset += separator.end()
            offset += han_credit_span(stripped[offset:])[0]  # "圖：記者林怡君攝": the job title is no name
        elif too_long_for_names(words) and not (dated and _dated_byline(kind, stripped[offset:])):
            # a long line opened by a cue word is text, unless a byline's names end right before the template's date
            # ("By Erin Cho March 18 at 3:57 PM Follow @erin": `read_by_its_date`)
            return None
        elif kind is not AttributionKind.AUTHOR and (filed := file_word_end(stripped[offset:])):
            offset += filed  # "Photo archives Le Maine Libre": the archive the picture came from, then its owner
        elif kind is not AttributionKind.AUTHOR and not (
            links_cue_to_name(match.group(1), stripped[offset:])
            or photographer_alone(match.group(1), stripped[offset:])
            or supplier_acronym_alone(match.group(1), stripped[offset:])
        ):  # "Foto Marco Rossi": a photographer's name alone after the cue
            if names_no_one(stripped, alone=True):
                lead = len(text) - len(text.lstrip())
                return CreditLine(kind, match.group(1), None, 0, 0, lead + offset)
            continue  # "Video Games Behind The Screen", "Font Size": only bylines go without a separator
        linking = LINKING.match(stripped[offset:])
        if linking:
            offset += linking.end()
        if kind is not AttributionKind.AUTHOR and separator:
            offset += file_word_end(stripped[offset:])  # "Photo : archives Le Maine Libre"
        lead = len(text) - len(text.lstrip())
        if kind is AttributionKind.AUTHOR:
            offset, rest, rest_end = byline_names(stripped, match.end(), offset, lead)
        else:
            rest, rest_end = stripped[offset:], None
            if (closing := han_credit_span(rest)[1]) < len(rest):  # "圖：林怡君攝": the cue after the name
                rest, rest_end = rest[:closing], lead + offset + closing
        if not rest.strip():
            return None
        cue = match.group(1)  # "Imeandikwa na A na B": the cue's own language's "and" joins the names after it
        if (
            not separator
            and not linking
            and not is_bare_name(with_cue_language_and(drawn_on_articles(rest, 0, cue)[0], cue).lstrip())
        ):
            # "by the way", "By Friday, talks had collapsed": a cue word starting ordinary text; an abbreviated
            # picture cue's dot stands for its colon ("Fot. archiwum prywatne")
            dotted = dotted_cue_colon(text, lead + match.end()) if kind is not AttributionKind.AUTHOR else None
            return None if dotted is None else _cue_first(dotted, dated)
        name, start, end = credited_name(rest, kind)
        rest_end = bar_part_end if rest_end is None else rest_end
        return CreditLine(
            kind, match.group(1), name, lead + offset + start, lead + offset + end, lead + offset, rest_end
        )
    return None
