"""Recognise credit lines ("источник: commonspace.eu", "Photo: Reuters", "By Jane Doe").

The cue words are data (``tasks/lexicon/data/credit_cues.csv``, 50 languages). Besides a cue at
the start, a line credits when it ends a caption with a photo cue ("Protesters. FOTO: Ivan
Novak") or a bracketed wire credit ("(AP Photo/Rosa Klein)"), when a correspondent's cue names a
place ("Aus Brüssel berichtet Markus Lange"), when its cue was an icon and only the separator is
left (": Reuters", "— Kazinform"), and, in Korean and Japanese, when the name comes before the cue
("이지은 기자"). :func:`next_credit_at` finds a second credit in the same line ("…, Video: N1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import AttributionKind
from tasks.lexicon.agencies import has_public_suffix, load_gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.spans import is_caseless, name_after
from tasks.lexicon.vocabulary import credit_cues, name_words

# A credit line is short; longer lines are prose that happens to start with a cue word.
MAX_CREDIT_WORDS = 20
# Without a separator after the cue ("Фото с сайта x.by", "By Jane Doe") the line must be shorter.
MAX_CREDIT_WORDS_NO_SEPARATOR = 8
# A credited name is a few words at most; longer remainders are captions, not names.
MAX_NAME_WORDS = 4

DOMAIN = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*[:：՝—–|/-]\s*")
# A line whose cue was an icon: only the separator is left before the name (": Reuters", "— Kazinform").
_BARE_SEPARATOR = re.compile(r"^\s*[:：—–]\s*(?=\S)")
# A cue-less credit names a few words at most.
MAX_BARE_CREDIT_WORDS = 4
_LINKING = re.compile(
    r"^(?:с сайта|from|by|von|de|du|del|da|od|от|з сайту|из|з|copyright|©)\s*(?<=\s|©)", re.IGNORECASE
)


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"^[\W_]*({alternatives})(?=[\W_]|$)", re.IGNORECASE)


# Photo cues go first: "Автор на снимката" (author of the photo) is a photo credit.
_KINDS = (AttributionKind.PHOTO, AttributionKind.VIDEO, AttributionKind.SOURCE, AttributionKind.AUTHOR)
_CUES: tuple[tuple[AttributionKind, re.Pattern[str]], ...] = tuple(
    (kind, _cue_pattern(credit_cues()[kind.value])) for kind in _KINDS
)
_VISUAL = "|".join(re.escape(c) for c in (*credit_cues()["photo"], *credit_cues()["video"]))
# "Protesters outside parliament. FOTO: Ivan Novak": a caption that ends in a credit.
_TRAILING_CREDIT = re.compile(rf"(?:^|[\s.(|/])((?:{_VISUAL}))\s*[:：]\s*([^:：]{{2,60}})$", re.IGNORECASE)
# Cheap first checks before the big alternations: the first word of a line must start some cue, and
# the word before a caption's last colon must end a photo or video cue.
_FIRST_WORD = re.compile(r"[\W_]*([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_CUE_FIRST_WORDS = frozenset(
    w.group(1) for kind in _KINDS for cue in credit_cues()[kind.value] if (w := _FIRST_WORD.match(cue))
)
_VISUAL_LAST_WORDS = frozenset(
    w.group(1) for c in (*credit_cues()["photo"], *credit_cues()["video"]) if (w := _LAST_WORD.search(c))
)
# A second credit inside a credit line ("Foto: Marko Đokić, Video: N1", "Haber: Mehmet Yılmaz - Kamera: Ali Demir",
# "(Text: Anna Schmidt, Bild: Jonas Weber)"): a separator, any cue, a colon. Each part credits in its own kind.
_NEXT_CREDIT = re.compile(
    r"(?:\s*[,;|/.]\s*|\s+[-–—]\s+)("
    + "|".join(re.escape(c) for kind in _KINDS for c in sorted(credit_cues()[kind.value], key=len, reverse=True))
    + r")\s*[:：]\s*\S",
    re.IGNORECASE,
)
# A place in a correspondent's byline: one to three words, the first capitalised (checked by the name after it).
_PLACE = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}?"
_PLACE_CUE = re.compile(
    r"^[\W_]*("
    + "|".join(re.escape(c).replace(r"\*", _PLACE) for c in credit_cues().get("author_place", ()))
    + r")[\s,:]+",
    re.IGNORECASE,
)
_PLACE_FIRST_WORDS = frozenset(
    w.group(1) for cue in credit_cues().get("author_place", ()) if (w := _FIRST_WORD.match(cue))
)
_SLASH_TAIL = re.compile(
    rf"\(\s*(?P<agency>[^()/\s][^()/]{{0,30}}\s)?(?P<cue>{_VISUAL})\s*/\s*(?P<name>[^()/]{{2,60}})\)$", re.IGNORECASE
)
_AUTHOR_AFTER = re.compile(
    rf"^\s*(\S+(?:\s\S+)?)\s*({'|'.join(re.escape(c) for c in credit_cues()['author_after'])})\s*$"
)


@dataclass(frozen=True)
class CreditLine:
    """A line whose purpose is to credit someone, and whom it names."""

    kind: AttributionKind
    cue: str
    name: str | None
    name_start: int
    name_end: int
    rest_start: int = 0  # where the text after the cue (and its separator) begins in the line


def _looks_like_name(text: str) -> bool:
    """A few capitalised words (or a domain): a credited name rather than a caption."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in words)


def without_place(rest: str) -> str:
    """The byline without the place it was filed from at its end ("Priya Sharma in Mumbai." → "Priya Sharma"): a
    preposition of place and one or two capitalised words, the line's last."""
    words = rest.rstrip(" .").split(" ")
    for size in (1, 2):
        if len(words) > size + 2 and words[-size - 1] in load_byline_words().places:
            place = words[-size:]
            if all(w[:1].isupper() and w.isalpha() for w in place):
                return " ".join(words[: -size - 1])
    return rest


def _is_bare_name(rest: str) -> bool:
    """After a cue with no separator ("By Jane Doe and John Smith, dpa"), only names may follow.

    Lower-case words may be joining words, name particles or agency names ("dpa"); after a job
    title ("staff writer at ...") anything goes.
    """
    if DOMAIN.search(rest):
        return True
    rest = without_place(rest)
    words = load_byline_words()
    lower_ok = words.joiners | words.particles | {m.name.casefold() for m in load_gazetteer().find(rest)}
    for word in rest.split():
        bare = word.strip("\"'«»„“”‘’.,;:!?()").casefold()
        if bare in words.jobs:
            break
        is_lower = bare[:1].isalpha() and not word.strip("\"'«»„“”‘’(")[:1].isupper() and not is_caseless(bare)
        if is_lower and bare not in lower_ok:
            return False
    return rest[:1].isupper()


def credited_name(rest: str, kind: AttributionKind) -> tuple[str | None, int, int]:
    """The name a credit names within `rest`, with its span; (None, 0, 0) for a caption."""
    domain = next((m for m in DOMAIN.finditer(rest) if has_public_suffix(m.group(0))), None)
    if domain:
        return domain.group(0), domain.start(), domain.end()
    candidate = without_place(re.split(r"\s*[(,;]", rest, maxsplit=1)[0]).strip(" .")
    if is_generic(candidate):
        return None, 0, 0  # "Источник: информационные агентства" names no one
    if kind in (AttributionKind.PHOTO, AttributionKind.VIDEO) and not _looks_like_name(candidate):
        return None, 0, 0
    if not candidate or len(candidate.split()) > MAX_NAME_WORDS:
        return None, 0, 0
    start = rest.find(candidate)
    return candidate, start, start + len(candidate)


def _links(cue: str, rest: str) -> bool:
    """A cue that needs no separator: a phrase ("по материалам"), "via", or one followed by "by", "с сайта"."""
    if " " in cue.strip() or cue.endswith(".") or cue.casefold() == "via" or cue.isupper():
        return True  # "SOURCE BET Networks": a cue in capitals stands apart like one with a colon
    agency = rest.split("/", 1)[0].strip() if "/" in rest else ""
    if agency and load_gazetteer().agency_of_name(agency, cued=True):
        return True  # "Foto ANP / Jeroen van Dijkhuizen": the agency and its photographer, the Dutch style
    return _LINKING.match(rest) is not None


def is_generic(name: str) -> bool:
    """A phrase that names no one ("news agencies", "СМИ", "agencias")."""
    words = name_words()
    folded = name.casefold().strip(" .")
    tokens = folded.split()
    return folded in words.generic or (bool(tokens) and (tokens[0] in words.generic or tokens[-1] in words.generic))


def next_credit_at(text: str, start: int) -> tuple[int, int] | None:
    """Where a second credit starts after `start` in a credit line: the separator's start and the cue's, or None."""
    if text.count(":", start) + text.count("：", start) == 0:
        return None  # most credit lines hold one cue, and a second one needs its colon
    match = _NEXT_CREDIT.search(text, start)
    return (match.start(), match.start(1)) if match else None


def parse_credit_line(text: str) -> CreditLine | None:
    """The credit a line makes, or None if the line is not a credit line."""
    return (
        _cue_first(text) or _place_cue(text) or _cue_last(text) or _slash_credit_tail(text)
        or _agency_slash_tail(text) or _separator_only(text)
    )  # fmt: skip


def _place_cue(text: str) -> CreditLine | None:
    """A correspondent's byline naming the place reported from ("Aus Brüssel berichtet Markus Lange", "De notre
    correspondant à Bruxelles, Pierre Martin"): the cues are templates (``author_place`` in ``credit_cues.csv``)."""
    first = _FIRST_WORD.match(text)
    if first is None or first.group(1).casefold() not in _PLACE_FIRST_WORDS:
        return None
    stripped = text.strip()
    match = _PLACE_CUE.match(stripped)
    if match is None or len(stripped.split()) > MAX_CREDIT_WORDS_NO_SEPARATOR + 4:
        return None
    rest = stripped[match.end() :]
    if not rest or not _is_bare_name(rest):
        return None
    name, start, end = credited_name(rest, AttributionKind.AUTHOR)
    lead = len(text) - len(text.lstrip()) + match.end()
    return CreditLine(AttributionKind.AUTHOR, match.group(1), name, lead + start, lead + end, lead)


def _slash_credit_tail(text: str) -> CreditLine | None:
    """A caption closed by a bracketed credit in the wire style "(AP Photo/Rosa Klein)", "(Reuters Video/Ann Lee)",
    "(Photo/John Doe)": an optional agency, a photo or video cue, a slash, the photographer."""
    stripped = text.rstrip(" .")
    if not stripped.endswith(")") or "/" not in stripped:
        return None
    if len(stripped.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None  # a paragraph is not split whole, as for a caption's closing "FOTO: …"
    match = _SLASH_TAIL.search(stripped)
    if match is None or not all(part[:1].isupper() for part in match.group("agency", "name") if part):
        return None  # "(see photo/map)": an aside, not a credit
    cue = match.group("cue")
    kind = AttributionKind.VIDEO if cue.casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    start = match.start("agency") if match.group("agency") else match.start("name")
    return CreditLine(kind, cue, None, 0, 0, start)


# "… en Tarifa. EFE/Alejandro Ruiz Pozuelo": the agency and its photographer after a caption's last sentence, the
# wire style of EFE, ANSA and Europa Press captions, with no cue.
_AGENCY_SLASH = re.compile(r"[.!?…]\s+(?P<agency>[^\s/][^/]{0,25}?)\s*/\s*(?P<name>[^/]{3,60}?)\s*\.?$")


def _agency_slash_tail(text: str) -> CreditLine | None:
    """A caption closed by "Agency/Photographer", the agency known to the gazetteer."""
    if "/" not in text or len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None
    match = _AGENCY_SLASH.search(text)
    if match is None or not load_gazetteer().agency_of_name(match.group("agency"), cued=True):
        return None
    if not _looks_like_name(match.group("name")) or len(match.group("name").split()) < 2:
        return None
    return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, match.start("agency"))


def _cue_last(text: str) -> CreditLine | None:
    """A caption ending in a photo credit, or a Korean or Japanese byline with the cue after the name."""
    stripped = text.strip()
    cue_last = stripped.endswith(credit_cues()["author_after"])
    colon = max(stripped.rfind(":"), stripped.rfind("："))
    copyright_at = stripped.rfind("©")
    if not cue_last and colon <= 0 and copyright_at <= 0:
        return None  # no cue after a name and no colon or © before a caption's credit: most lines
    if len(stripped.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:  # a paragraph is not split whole
        return None
    lead = len(text) - len(text.lstrip())
    if _is_photo_copyright(stripped, copyright_at):  # "… © Reuters / Mark Ellison": like a cue and its colon
        rest_at = copyright_at + 1 + len(stripped[copyright_at + 1 :]) - len(stripped[copyright_at + 1 :].lstrip())
        start, end = _trailing_name(stripped, rest_at)
        if start != end:
            return CreditLine(AttributionKind.PHOTO, "©", stripped[start:end], lead + start, lead + end, lead + rest_at)
    after = _AUTHOR_AFTER.match(stripped) if cue_last else None
    if after:
        name = after.group(1)
        return CreditLine(AttributionKind.AUTHOR, after.group(2), name, lead, lead + len(name), lead)
    before = _LAST_WORD.search(stripped[:colon]) if colon > 0 else None
    is_cued = before is not None and before.group(1).casefold() in _VISUAL_LAST_WORDS
    trailing = _TRAILING_CREDIT.search(stripped) if is_cued else None
    if trailing is None or trailing.start(1) == 0:
        return None
    start, end = _trailing_name(stripped, trailing.start(2))
    if start == end:
        return None
    kind = AttributionKind.VIDEO if trailing.group(1).casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    return CreditLine(kind, trailing.group(1), stripped[start:end], lead + start, lead + end, lead + trailing.start(2))


def _is_photo_copyright(text: str, at: int) -> bool:
    """A © after a caption, before a name: not a site's copyright notice ("Copyright © 2008, The Tribune")."""
    if at <= 0:
        return False
    after = text[at + 1 :].lstrip()
    return bool(after[:1].isalpha()) and not text[:at].rstrip().casefold().endswith(("copyright", "(c)", "copr."))


def _trailing_name(text: str, start: int) -> tuple[int, int]:
    """The name after a caption's closing photo cue: an outlet or agency the grammar reads ("FOTO: Reuters") or
    the gazetteer knows ("(Foto: dpa)"), or a photographer's name, which the grammar leaves to bylines
    ("Foto: Lisa Weber"); (0, 0) if neither."""
    span = name_after(text, start)
    if span is not None and not text[span.end :].strip(" .)") and _looks_like_name(text[span.start : span.end]):
        return span.start, span.end
    rest = text[start:].strip().rstrip(" .)")
    if span is None and rest and load_gazetteer().agency_of_name(rest, cued=True):  # "(Foto: dpa)": lower case
        first = text.index(rest, start)
        return first, first + len(rest)
    if span is None and _looks_like_name(rest) and len(rest.split()) >= 2:
        first = text.index(rest, start)
        return first, first + len(rest)
    if "/" in rest and all(_is_credited_part(part.strip()) for part in rest.split("/")):
        first = text.index(rest, start)  # "Фото: Укрінформ / Олександр Клименко": the agency and its photographer
        return first, first + len(rest)
    return 0, 0


def _is_credited_part(part: str) -> bool:
    """One side of "Agency / Photographer": a known agency, or a name of a few capitalised words."""
    return bool(part) and (bool(load_gazetteer().agency_of_name(part, cued=True)) or _looks_like_name(part))


def _separator_only(text: str) -> CreditLine | None:
    """ ": Reuters", "— Kazinform": a source credit whose cue was an icon; a known agency, a domain or a quoted
    or capitalised name of two words or more, and nothing else."""
    separator = _BARE_SEPARATOR.match(text)
    if separator is None:
        return None
    rest = text[separator.end() :].rstrip()
    words = rest.split()
    if not words or len(words) > MAX_BARE_CREDIT_WORDS or rest[-1:] in '!?…»"':
        return None
    span = name_after(text, separator.end())
    if span is None or text[span.end :].strip(" .\"'»“”"):
        return None
    name = text[span.start : span.end]
    known = load_gazetteer().agency_of_name(name, cued=True) or DOMAIN.fullmatch(name)
    if not known and (span.how != "quoted" and len(name.split()) < 2):
        return None
    return CreditLine(AttributionKind.SOURCE, text[separator.start() : separator.end()].strip(), name,
                      span.start, span.end, separator.end())  # fmt: skip


def _cue_first(text: str) -> CreditLine | None:
    """A line opened by a credit cue ("Фото: …", "By …"); a date closing it is the page's, not a name's
    ("di Marco Rossi e Giulia Bianchi 17 febbraio 2025": a byline and its date in one block)."""
    first = _FIRST_WORD.match(text)
    if first is None or first.group(1).casefold() not in _CUE_FIRST_WORDS:
        return None
    dated = date_tail_start(text)
    if dated is not None and len(text[:dated].split()) >= 3 and not any(c.isdigit() for c in text[:dated]):
        text = text[:dated]  # not "by Sparticus789 (2625955) on Tuesday July 24": a commenter's handle and number
    stripped = text.strip()
    n_words = len(without_place(stripped).split())  # "By A and B in New York": the place is no name
    if n_words > MAX_CREDIT_WORDS:
        return None
    for kind, pattern in _CUES:
        match = pattern.match(stripped)
        if not match:
            continue
        offset = match.end() + len(stripped[match.end() :]) - len(stripped[match.end() :].lstrip())
        separator = _SEPARATOR.match(stripped[offset:])
        if separator:
            offset += separator.end()
        elif n_words > MAX_CREDIT_WORDS_NO_SEPARATOR:
            return None
        elif kind is not AttributionKind.AUTHOR and not _links(match.group(1), stripped[offset:]):
            continue  # "Video Games Behind The Screen", "Font Size": only bylines go without a separator
        linking = _LINKING.match(stripped[offset:])
        if linking:
            offset += linking.end()
        rest = stripped[offset:]
        if not rest.strip():
            return None
        if not separator and not linking and not _is_bare_name(rest):
            return None  # "by the way", "By Friday, talks had collapsed": a cue word starting ordinary text
        name, start, end = credited_name(rest, kind)
        lead = len(text) - len(text.lstrip())
        return CreditLine(kind, match.group(1), name, lead + offset + start, lead + offset + end, lead + offset)
    return None
