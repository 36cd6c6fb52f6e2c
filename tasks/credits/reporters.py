"""Reporters named where a paragraph opens or closes, without a credit cue.

- A Japanese or Chinese paper closes an article with its reporters in full-width brackets after the last
  sentence ("…予想している。（佐藤花子、鈴木一郎）", "…。（记者 王小明）") or on a line of their own, or opens it
  with them in its dateline ("【ワシントン＝山田哲也】…", "新华社北京3月5日电（记者张晓松）…").
- An agency dateline holds the reporter beside the agency ("София, 12 февруари /Мария Петрова, БТА/ …").
- A last paragraph that is only a name and a bracketed credit ("Như Tâm (Theo AFP)") names the author. A name alone
  there ("Minh Anh") is not taken: on English pages the line after the article is as often a title-case heading.
"""

from __future__ import annotations

import re
from functools import cache

from tasks.credits.credit_records import Found, agency_found, author_found, normalize_name
from tasks.credits.name_lines import looks_like_name_line, name_before_role, opens_like_a_heading
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import is_job_word
from tasks.lexicon.citations import source_line_citations
from tasks.lexicon.cjk_reporters import ALONE_REPORTERS, CLOSING_KOREAN, CLOSING_REPORTERS, DESK_WORD, OPENING_REPORTERS
from tasks.lexicon.comments import comment_headings
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vietnamese import is_syllable_line, is_unmarked_vietnamese_name, is_vietnamese_line
from tasks.lexicon.vocab import RELATED_HEADINGS, SHARE_BUTTONS
from tasks.lexicon.vocabulary import (
    dateline_patterns,
    name_word_role,
    name_words,
    read_rows,
    reporting_phrases,
    section_words,
)
from tasks.lexicon.wire_citations import signoff_citations
from tasks.lexicon.word_classes import is_function_word

# A last sentence or paragraph that is only names in capitals, a dash between two: "… trong quý III năm nay. THANH
# HÀ", "LÊ MINH TUẤN", "MINH KHANG - THU TRANG" (Vietnamese papers sign so).
_CAPITAL_NAME = r"(?:[^\W\d_]+\s){1,3}[^\W\d_]+"
# The spaced dash between two writers' names ("MINH KHANG - THU TRANG", "Minh Anh - Quốc Tuấn").
_NAMES_DASH = re.compile(r"\s[-–]\s")
_CLOSING_CAPITALS = re.compile(rf"(?:^\s*|[.!?…]\s+)({_CAPITAL_NAME}(?:\s[-–]\s{_CAPITAL_NAME})?)\s*$")
# A last paragraph that is only the writer's dotted initials, the French papers' signature ("J.-P. D.", "M. L."), or
# those over the wire's bracket ("É. L. (avec AFP)"); undotted codes beside an agency ("(mst/dpa)") are a desk's
# marks, no author. Any Latin, Greek or Cyrillic capital ("M. Ž.", "Ł. K.": Slovene, Czech, Polish papers sign so).
# With no space too ("X.R.": Galician, Spanish and Portuguese papers sign short items so), not an abbreviation ("U.S.").
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_INITIAL = rf"[{_CAPITALS}]\.(?:-[{_CAPITALS}]\.)?"
_CLOSING_INITIALS = re.compile(rf"^\s*({_INITIAL}(?:\s*{_INITIAL}){{1,3}})\s*$")
# A name signing a last paragraph with its place has a first name and a surname at least.
MIN_SIGNED_NAME_WORDS = 2
# A last paragraph that is a name and a bracketed credit: "Như Tâm (Theo AFP)".
_NAME_AND_CREDIT = re.compile(r"^\s*([^()]{3,40}?)\s*\(([^()]+)\)\s*\.?\s*$")


def _names(text: str, match: re.Match[str], group: int, line: int) -> list[Found]:
    found, at = [], match.start(group)
    for name in re.split(r"[、，・,·\s]+", re.sub(DESK_WORD, "、", match.group(group)).strip("、 ")):
        start = text.index(name, at)
        at = start + len(name)
        found.append(_author(name, start, line, match.group(0)))
    return found


def closing_reporters(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The reporters a last paragraph names after its last sentence, or that it is (a name and its credit)."""
    match = CLOSING_REPORTERS.search(text)
    if match is not None:
        names = _names(text, match, 1 if match.group(1) else 2, line)
        return [] if any(_institutional(f.name or "", gazetteer) for f in names) else names
    match = CLOSING_KOREAN.search(text) or _CLOSING_INITIALS.match(text)
    if match is not None and not _abbreviation(match.group(1)):
        name = match.group(1).strip()
        return [_author(name, match.start(1), line, text)]
    capitals = _closing_capitals(text, line, gazetteer)
    if capitals:
        return capitals
    signed = _name_and_place(text, line, gazetteer)
    if signed:
        return signed
    match = _NAME_AND_CREDIT.match(text)
    if match is not None and _job_bracket(match.group(2)):
        return _name_and_job(text, match.group(1), line, gazetteer)
    initials = _CLOSING_INITIALS.match(match.group(1)) if match is not None else None
    if match is not None and initials is not None and gazetteer.find(match.group(2)):  # "É. L. (avec AFP)"
        return [_author(initials.group(1), match.start(1) + initials.start(1), line, text)]
    if match is None or not looks_like_name_line(match.group(1), gazetteer):
        return []
    credit = match.group(2)
    cited = parse_credit_line(credit) or gazetteer.find(credit) or source_line_citations(credit, gazetteer)
    if not cited:
        return []  # "Anna Lee (Reuters)", "Như Tâm (Theo AFP)", "Minh Anh (theo VnExpress)"; not "Gdańsk (Poland)"
    name = name_before_role(match.group(1))[0].strip()  # "Alice Ngo, à Mbalmayo (avec AFP)": the place is no name's
    return [_author(name, text.index(name), line, text)]


MAX_BRACKETED_JOB_WORDS = 3  # "(Correspondant régional)"


def _job_bracket(inner: str) -> bool:
    """ "(Collaboratrice)", "(Correspondant régional)": a bracket that is only a job title, its job word first."""
    words = inner.split()
    jobs = 1 <= len(words) <= MAX_BRACKETED_JOB_WORDS and is_job_word(words[0])
    return jobs and all(is_job_word(w) or w.islower() for w in words[1:])


def _name_and_job(text: str, name: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Aminata SAWADOGO (Collaboratrice)" as the last paragraph: the writer's name and job title, the West African
    papers' signature; a surname in capitals after a title-case first name (the Francophone habit) read title-cased."""
    name, words = name.strip(), name.split()
    capitals = len(words) > 1 and words[0].istitle() and all(w.isupper() for w in words[1:])
    return [_author(name, text.index(name), line, text)] if looks_like_name_line(
        name.title() if capitals else name, gazetteer) else []  # fmt: skip


def _institutional(name: str, gazetteer: Gazetteer) -> bool:
    """A bracketed Chinese or Japanese name that is an agency's, a paper's or an office's ("（時事通信社）",
    "（日本経済新聞）", "（県警本部）"): known, or closed by the character of an institution (``han_institution_suffix``
    in name_words.csv), which no person's name ends with."""
    suffixes = tuple(name_word_role("han_institution_suffix"))
    return bool(gazetteer.find(name, cued=True)) or is_known_outlet(name) or name.endswith(suffixes)


def _name_and_place(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """A last paragraph that is a name and the place filed from or a job title ("Ірина Дмитренко, Запоріжжя"): the
    tail vouches for the name as it does above the first paragraph (:func:`name_before_role`), which a name alone
    there does not get (a title-case heading looks the same)."""
    head, has_role = name_before_role(text)
    if not has_role or len(head.split()) < MIN_SIGNED_NAME_WORDS or not looks_like_name_line(text, gazetteer):
        return []
    name = head.strip()
    at = text.index(name)
    english = name.split()[0].casefold() in stoplist("en")
    english_heading = english and opens_like_a_heading(text, [(at, at + len(name))])
    if not looks_like_person(name.split(), name_words()) or english_heading:
        return []  # "Leave a Reply, Cancel", "More Stories, Sport": a heading's words
    return [_author(name, at, line, text), *_slashed_agency(text, line, gazetteer)]


def _slashed_agency(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Erik Lindqvist/TT" as the last paragraph: the agency after the writer's slash, the wire the story came from
    (as above the first paragraph, :func:`tasks.credits.signed_lines.chrome_byline`)."""
    if not slash_agency(text, gazetteer):
        return []
    agency = text.rstrip().rpartition("/")[2].strip()
    canonical = gazetteer.agency_of_name(agency, cued=True)
    at = text.rindex(agency)
    return [agency_found(agency, canonical, at, line, text.strip())]


def opening_reporters(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The reporters a first paragraph's dateline names: "【ワシントン＝山田哲也】", "（记者张晓松）",
    "/Мария Петрова, БТА/" or "— РИА Новости, Ирина Соколова." (a person beside the agency, a known one)."""
    for pattern in OPENING_REPORTERS:
        match = pattern.match(text)
        if match is not None:
            return _reporters_named(text, match, line, gazetteer)
    match = dateline_patterns()["place_date_dash_agency"].match(text)
    if match is not None and match.group("reporter") and gazetteer.agency_of_name(match.group("agency"), cued=True):
        # "ХАБАРОВСК, 5 апр — РИА Новости, Ирина Соколова.": the correspondent after a known agency (not an
        # institution the story quotes first: "…, Минздрав России.")
        words = match.group("reporter").split()
        official = any(name_words().is_official(w) for w in words)
        if looks_like_person(words, name_words()) and not official and not gazetteer.find(match.group("reporter")):
            return [_author(match.group("reporter").strip(), match.start("reporter"), line, match.group(0))]
    match = dateline_patterns()["place_date_slash_agency"].match(text)
    if match is None:
        return []
    found = []
    for part in match.group("agency").split(","):
        name = part.strip()
        if looks_like_person(name.split(), name_words()) and not gazetteer.find(name):
            found.append(_author(name, text.index(name, match.start("agency")), line, match.group(0)))
    return found


def reporters_alone(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """A dateline's reporter bracket as a line of its own above the text ("【ソウル＝田中一郎】", "記者 黃穎欣
    澳門報道"): the reporters, as when it opens the first paragraph."""
    for pattern in ALONE_REPORTERS:
        match = pattern.match(text)
        if match is not None and not text[match.end() :].strip():
            return _reporters_named(text, match, line, gazetteer)
    return []


def _reporters_named(text: str, match: re.Match[str], line: int, gazetteer: Gazetteer) -> list[Found]:
    """The reporters a dateline's bracket names; none where one is an agency or an office ("【ワシントン＝共同】": Kyodo
    filed it, no one's name)."""
    names = _names(text, match, 1, line)
    return [] if any(_institutional(f.name or "", gazetteer) for f in names) else names


def _closing_capitals(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The authors of a closing name (or two, parted by a dash) in capitals, each a name line once title-cased; alone
    on its line, a Vietnamese name in title case too ("Minh Anh", the Vietnamese papers' signature under the text)."""
    match = _CLOSING_CAPITALS.search(text)
    if match is None:
        return []
    alone = not text[: match.start(1)].strip()
    signed = alone and _vietnamese_signature(match.group(1))
    if not (match.group(1).isupper() or signed):
        return []
    if alone and not signed and (any(is_function_word(w) for w in match.group(1).split()) or match.group(1).isascii()):
        # A paragraph of its own in capitals: "THE END", "SPONSORED LINKS" are a page's words, no one's name; the
        # Vietnamese names signed so carry their diacritics ("LÊ MINH TUẤN") or a syllable only Vietnamese shapes
        # ("MINH ANH": the coda nh, a name with no mark to carry)
        return []
    found, at = [], match.start(1)
    for name in _NAMES_DASH.split(match.group(1)):
        if gazetteer.find(name) or not looks_like_name_line(name.title(), gazetteer):
            return []
        start = text.index(name, at)
        at = start + len(name)
        found.append(_author(name, start, line, text))
    return found


@cache
def _page_labels() -> frozenset[str]:
    return RELATED_HEADINGS | SHARE_BUTTONS | section_words() | comment_headings()


def _vietnamese_signature(names: str) -> bool:
    """A name or two parted by a dash, each of two capitalised words or more, of the national script's syllables with
    a mark ("Minh Châu") or one syllable only Vietnamese shapes ("Minh Anh", "MINH KHANG - THU TRANG"):
    :mod:`tasks.lexicon.vietnamese`; not a page's label ("Xem Thêm", "Tin Liên Quan", "Bình Luận": related links' and
    comments' headings, share buttons, sections)."""
    parts = _NAMES_DASH.split(names)
    if names.split()[0].casefold() in reporting_phrases().before:
        return False  # "Theo Tuổi Trẻ": "according to" and the outlet, the source line's
    labels = _page_labels()
    for part in parts:
        words = part.split()
        if len(words) < MIN_SIGNED_NAME_WORDS or not all(w[:1].isupper() for w in words) or part.casefold() in labels:
            return False
    if is_vietnamese_line(names):
        return True
    return all(is_syllable_line(p) for p in parts) and any(is_unmarked_vietnamese_name(p) for p in parts)


def _abbreviation(initials: str) -> bool:
    """ "U.S.A.", "P.S.", "N.B.": dotted capitals that are an abbreviation (``dotted_abbreviation``), a word of
    English's stoplist or an editor's note, no writer."""
    words = name_word_role("dotted_abbreviation") | stoplist("en") | load_author_words().note_codes  # a rare match
    return initials.casefold() in words


def _author(name: str, start: int, line: int, evidence: str) -> Found:
    """An author record for the name written at `start` of the line."""
    return author_found(name, start, line, evidence.strip())


def slash_agency(text: str, gazetteer: Gazetteer) -> bool:
    """ "Minh Thư/TTXVN" under the last paragraph: a name, a slash and a known agency (the reporter and the wire)."""
    name, slash, agency = text.strip().rpartition("/")
    return bool(slash and name and gazetteer.agency_of_name(agency.strip(), cued=True))


def signoff_line(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "ats/vic", "(sda/mk)" on the line under the last paragraph: a sign-off of its own (agency, initials)."""
    signed = signoff_citations(text, gazetteer) if len(text.split()) <= MAX_SIGNOFF_LINE_WORDS else []
    return [Found(c.kind, c.name, normalize_name(c.name), c.canonical_id, line, c.start, c.end, False, text.strip())
            for c in signed]  # fmt: skip


MAX_SIGNOFF_LINE_WORDS = 3


@cache
def _signing_languages() -> frozenset[str]:
    """Languages whose papers sign an article with the writer's name alone under it (signing_languages.csv)."""
    return frozenset(row["lang"] for row in read_rows("signing_languages.csv"))


# A writer's name alone is two to four words, each capitalised and made of letters ("Minh Anh", "Hoài Thu").
MIN_SIGNING_NAME_WORDS, MAX_SIGNING_NAME_WORDS = 2, 4


def name_alone_signing(
    text: str, line: int, gazetteer: Gazetteer, language: str | None, set_apart: bool = False
) -> list[Found]:
    """The author of a last line that is only a person's name, on pages of a language whose papers sign so ("Minh
    Anh" under a Vietnamese article). Elsewhere a name alone there is as often a title-case heading ("Leave a
    Reply"), so it is taken only where the language's papers make it a signature, or where the page's markup sets
    the line apart as one (`set_apart`: right-aligned or wholly in italics, tasks/html/signature.py)."""
    if language not in _signing_languages() and not set_apart:
        return []
    # in capitals too ("MINH ANH", ASCII or not: the language is known), two writers parted by a dash ("Minh Anh -
    # Quốc Tuấn"); each part a name once title-cased
    found, at = [], 0
    for part in _NAMES_DASH.split(text.strip()):
        words = part.split()
        if not MIN_SIGNING_NAME_WORDS <= len(words) <= MAX_SIGNING_NAME_WORDS or gazetteer.find(part):
            return []
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return []
        titled = [w.title() if part.isupper() else w for w in words]
        if not looks_like_name_line(" ".join(titled), gazetteer) or not looks_like_person(titled, name_words()):
            return []
        name = " ".join(words)
        start = text.index(words[0], at)
        at = start + len(name)
        found.append(_author(name, start, line, text))
    return found
