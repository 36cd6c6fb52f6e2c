"""Language-independent features of a line: length, punctuation, script, shape, repetition."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.comments import is_comment_entry, is_comment_heading
from tasks.lexicon.date_text import has_month_date
from tasks.lexicon.sentence_signoffs import agency_signs_after_sentence, before_signoff
from tasks.lexicon.vocab import CLOSERS, SENTENCE_END
from tasks.text.lines import Line
from tasks.text.related_lines import is_related_heading, is_related_link
from tasks.text.words import WORD, WORD_WITH_MARKS

_UNMARKED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HIRAGANA", "KATAKANA",
                               "HANGUL", "ARMENIAN", "GEORGIAN", None})  # fmt: skip
# A combining accent or tone mark on a Latin, Greek or Cyrillic letter (Yoruba "wọ́n", where the acute over the dotted
# vowel has no precomposed letter; Vietnamese typed decomposed): `re`'s \w splits the word there, the slower
# tokenizer keeps it whole.
_COMBINING_MARK = re.compile("[\u0300-\u036f]")
_PLACEHOLDER = re.compile(r"\[\[[^\]]*\]\]|\{\{[^}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|\$\{[^}]*\}")
# A line of digits and separators only: counters, dates, times, scores.
_NUMERIC = re.compile(r"^[\d\s.,:;/\-–—+%№#()|•·]+$")
# A date (a year, or day.month.year) and a clock time on one line: when a comment or post was made. (Each "\b" before
# a first digit is looked for behind it: `re` skips to the digits.)
_YEAR_OR_DATE = re.compile(r"\d(?<!\w\d)(?:(?:(?<=1)9|(?<=2)0)\d\d\b|\d?[./-]\d{1,2}[./-]\d{2,4}\b)")
# "10:34", "10:34AM", "@10:34"; the French and Brazilian "07h40"; the Nordic clock after its word, with a dot ("kl.
# 06.00", "klo 12.05")
_CLOCK = re.compile(
    r"(?<!\d)\d{1,2}(?::|h(?=\d\d\b))\d\d(?!\d)|\bkl(?:o|\.)?\s*(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)", re.IGNORECASE
)


# The decimal digits of the scripts that write their own (Khmer, Devanagari, Bengali, Arabic-Indic, …) as ASCII digits,
# so that a date or a clock time written in them reads as one ("ថ្ងៃអង្គារ ទី០៨ ខែតុលា ឆ្នាំ២០២៤ ម៉ោង ១០:២០").
# Built at first use, a line in native digits being rare (and `str.isdecimal` is the category Nd, Unicode's Decimal
# numeric type, at two thirds of `unicodedata.category`'s cost: 9 ms at import became 6 ms, on the first such line).
@cache
def _ascii_digits() -> dict[int, int]:
    return {ord(c): 0x30 + unicodedata.decimal(c) for c in map(chr, range(0x80, 0x20000)) if c.isdecimal()}


_NATIVE_DIGIT = re.compile(r"(?![0-9])\d")
# Both need a digit; four lines in five have none, and this scan is a fifth of theirs.
_DIGIT = re.compile(r"\d")
# In every clock time: a digit, ":", "h" (or "H", all that folds to it) or ".", a digit. Asked first: `re` skips to
# the digits here, where _CLOCK tries every position.
_CLOCK_SIGN = re.compile(r"\d[:.hH]\d")
# Punctuation inside a sentence: commas, semicolons, colons (Latin and East Asian; the Arabic-script comma and
# semicolon U+060C and U+061B, the Ethiopic comma U+1363).
_INNER_PUNCT = re.compile("[,;:、，،؛፣]")
_BULLETS = " \t•·-–—*▪►▶»>|"
# Thai and Lao write neither commas nor full stops: a space ends a clause or a sentence, so a space inside a line
# in them is its inner punctuation (else no Thai paragraph, however long, would read as prose).
_SPACE_PUNCTUATED_SCRIPTS = frozenset({"THAI", "LAO"})
# Scripts written without spaces between words: count characters, not tokens.
_UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"})
# Scripts one language mixes in running text: Japanese kana and Han, Korean Hangul and Han.
_SCRIPT_FAMILIES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}
# Characters per word for scripts written without spaces.
CHARS_PER_UNSPACED_WORD = 2
# Punctuation and symbols that make a line's shape: not letters, digits, spaces, full stops or apostrophes,
# and the underscore, a word character to regexes. It is looked for apart: a class in an alternation
# with it would be tried position by position.
_MARK = re.compile(r"[^\w\s.'’]")
# A line's shape looks at the classes of its first this many tokens.
SHAPE_TOKENS = 2


def script_family(script: str | None) -> str | None:
    """Scripts written together in one language count as one (Japanese kana with Han)."""
    return _SCRIPT_FAMILIES.get(script or "", script)


@lru_cache(maxsize=65536)
def char_script(ch: str) -> str:
    """Unicode script family of a letter ("CYRILLIC", "LATIN", "CJK", ...)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    head = name.split(" ", 1)[0]
    return "CJK" if head in {"CJK", "IDEOGRAPHIC"} else head


# Fast path for the two scripts of most of our pages: every letter in these ranges is named
# LATIN or CYRILLIC by Unicode, so counting them with a regex gives the same answer as char_script.
# Runs are matched, not characters: a list item per word instead of one per letter.
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile("[A-Za-z]")
_LATIN_RANGES = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # letters all
_LATINS = re.compile(f"[{_LATIN_RANGES}]+")
_CYRILLICS = re.compile("[\u0400-\u052f]+")  # letters, and eight signs and combining marks
# A letter outside the Latin ranges, or anything in the Cyrillic range: a text without one is all Latin.
_NOT_LATIN = re.compile(f"[^\\W\\d_{_LATIN_RANGES}]|[\u0400-\u052f]")


def _length(runs: list[str]) -> int:
    return len("".join(runs))


def dominant_script(text: str) -> tuple[str | None, float]:
    """The script of most letters in the text, and its share of the letters."""
    if text.isascii():  # every ASCII letter is Latin: one search for a letter instead of counting three scripts
        return ("LATIN", 1.0) if _ASCII_LETTER.search(text) else (None, 0.0)
    if _NOT_LATIN.search(text) is None:  # as above for Latin text with accents: no Cyrillic, all letters Latin
        return ("LATIN", 1.0) if _LETTERS.search(text) else (None, 0.0)
    letters = _length(_LETTERS.findall(text))
    if not letters:
        return None, 0.0
    latin, cyrillic = _length(_LATINS.findall(text)), _length(_CYRILLICS.findall(text))
    if latin + cyrillic == letters:
        return ("LATIN", latin / letters) if latin >= cyrillic else ("CYRILLIC", cyrillic / letters)
    counts = Counter(map(char_script, filter(str.isalpha, text)))
    if not counts:
        return None, 0.0
    script, n = counts.most_common(1)[0]
    return script, n / sum(counts.values())


def normalize_for_match(text: str) -> str:
    """Case-folded text without bullets, punctuation runs or extra spaces."""
    # Turkish capital İ case-folds to "i" and a combining dot: "İlgili Haberler" must meet "ilgili haberler".
    collapsed = " ".join(text.strip(_BULLETS).casefold().replace("i\u0307", "i").split())  # split(): U+00A0 too
    return collapsed.strip(" :.!?…\"'«»“”")


def count_words(text: str, script: str | None) -> int:
    """Words in the text; characters / 2 for scripts written without spaces."""
    if script in _UNSPACED_SCRIPTS:
        letters = sum(1 for ch in text if ch.isalpha())
        return max(1, letters // CHARS_PER_UNSPACED_WORD)
    unmarked = script in _UNMARKED_SCRIPTS and _COMBINING_MARK.search(text) is None
    return len((WORD if unmarked else WORD_WITH_MARKS).findall(text))


# A clock time standing alone, with at most one short word before or after it: a live blog's entry
# stamp ("11:52 Uhr", "klo 12.05", "10:45 h", "9.20", "08:05 AM"), not text.
_CLOCK_ONLY = re.compile(r"^(?:\w{1,4}\.?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*\w{1,4}\.?)?$")


def is_clock_only(text: str) -> bool:
    """The line is a clock time alone (a live blog's entry stamp)."""
    return _CLOCK_ONLY.match(text.strip()) is not None


# A match minute standing alone: a sports live ticker's entry stamp ("64. min", "64'", "90+3'", "45. Minute"), or the
# German tickers' ordinal minute with its dot and no unit ("88.", "90.+4": the dot is the ordinal's).
_MINUTE_MARK = re.compile(
    r"^\d{1,3}(?:(?:\s?\+\s?\d{1,2})?\.?\s?(?:['’′]|min\.?|minute|minuta|minúta|minuto|perc)|\.(?:\s?\+\s?\d{1,2}\.?)?)$",
    re.IGNORECASE,
)


def is_minute_mark(text: str) -> bool:
    """The line is a match minute alone (a sports live ticker's entry stamp)."""
    return _MINUTE_MARK.match(text.strip()) is not None


# Armenian's full stop "։" (U+0589) is typed as the ASCII colon on most Armenian sites ("… ասել է նա:"): a colon right
# after an Armenian letter (or its closing quote) ends a sentence there; it introduces nothing.
_ARMENIAN_STOP = re.compile(r"[\u0531-\u0556\u0561-\u0587][»”)]?:$")


# The closers a sentence's end may stand before, and "“" where "”" opened the quote: Sindhi and Urdu pages typed right
# to left mirror the pair (”… ورتا آهن.“). The German „…“ too lifted the never-studied dumps_ml26's body lines (0.952
# -> 0.971) but cost its page attributions' precision (0.935 -> 0.925): left out (session 36).
_END_CLOSERS = CLOSERS + "“"


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence, closing quotes allowed, and a sign-off after it ("… drohen. (dpa)",
    "…上回っている。（共同）", "… Kammer. (sda/lsc)", the writer's initials alone: "… sagte er. (ale)", the writer's
    name: "…続いている。（山本由紀）"), or an agency's dash or slash sign-off ("… dua kali ganda. — BERNAMA",
    "… /ANSA/")."""
    stripped = text.rstrip().rstrip(_END_CLOSERS if "”" in text else CLOSERS).rstrip()
    if stripped.endswith(":") and _ARMENIAN_STOP.search(stripped):  # the colon first: the search scans the line
        return True
    if stripped and stripped[-1] not in SENTENCE_END and text.rstrip()[-1:] in ")）":
        stripped = before_signoff(text)
    if stripped and stripped[-1] not in SENTENCE_END and agency_signs_after_sentence(text):
        return True
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _token_class(token: str) -> str:
    if token[:1].isdigit():
        return "0"
    if token[:1].isalpha():
        return "A" if token[:1].isupper() else "a"
    return token[:1]


def line_shape(text: str) -> str:
    """The skeleton items of one list share: the class of the first two tokens (digit, capital,
    lower-case letter or the symbol itself) and the set of punctuation marks in the line."""
    tokens = text.split(maxsplit=SHAPE_TOKENS)[:SHAPE_TOKENS]
    opening = "".join(map(_token_class, tokens))
    marks = set(_MARK.findall(text))
    if "_" in text:
        marks.add("_")
    return f"{opening}|{''.join(sorted(marks))}"


class LineFeatures(NamedTuple):
    """What the segmenter knows about one line, all computable without a language model.

    A named tuple, not a frozen dataclass: one is built for every line of every page, and the
    dataclass's __init__ set its 19 fields one object.__setattr__ call at a time (four times the cost).
    """

    n_words: int
    n_chars: int
    ends_sentence: bool
    n_inner_punct: int
    script: str | None
    script_share: float
    is_placeholder: bool
    is_numeric: bool
    is_related_heading: bool
    is_related_link: bool
    is_comment_heading: bool  # "53 Comments", "Leave a Reply": a comment section starts here
    is_comment_entry: bool  # "Anna says:", "Progress Trap said,": one entry of a thread starts here
    is_boilerplate: bool
    duplicate_of: int | None  # line number of the first line with the same text
    n_copies: int
    key: str
    shape: str  # what list items of one list share: how the line opens and its punctuation
    has_timestamp: bool  # a date and a clock time, as over a comment or a live-blog entry
    has_date: bool  # a year, a day.month.year date or a day next to a month's name, as in a dateline
    ends_ellipsis: bool  # ends with "…" or "...": a teaser cut off at a length limit, or a trailing-off remark
    ends_colon: bool = False  # "Die wichtigsten Änderungen:": what follows continues it (a list, a quote)
    is_clock_only: bool = False  # "17:35" (or a match minute, "64'") alone: a live blog's or a ticker's entry stamp


# A line's features are built as a tuple in the fields' order, each value under its field's name, by tuple.__new__:
# by keyword the named tuple took 3.6 µs, by position through its generated __new__ 1.0 µs, this 0.5 µs (one is built
# for every distinct line, 18 µs in all). tests/test_line_features_order.py reads _features_of and holds the names in
# its tuple to LineFeatures._fields, so a field added, removed or moved without the tuple fails there, not silently.
_new_tuple = tuple.__new__


def _features_of(text: str, key: str, n_copies: int, duplicate_of: int | None) -> LineFeatures:
    """The features of one line: `text` stripped, `key` its normalised form, and its repetition on the page."""
    script, script_share = dominant_script(text)
    # "ឆ្នាំ២០២៤ ម៉ោង ១០:២០": a date in the script's own digits, read in ASCII ones (most lines hold none: one search)
    native = not text.isascii() and _NATIVE_DIGIT.search(text) is not None
    dated = text.translate(_ascii_digits()) if native else text
    has_date = _DIGIT.search(dated) is not None and (_YEAR_OR_DATE.search(dated) is not None or has_month_date(dated))
    has_timestamp = has_date and _CLOCK_SIGN.search(dated) is not None and _CLOCK.search(dated) is not None
    n_inner_punct = len(_INNER_PUNCT.findall(text)) + (text.count(" ") if script in _SPACE_PUNCTUATED_SCRIPTS else 0)
    n_words, n_chars = count_words(text, script), len(text)
    is_placeholder, is_numeric = bool(_PLACEHOLDER.search(text)), bool(_NUMERIC.match(text))
    is_related_heading_, is_related_link_ = is_related_heading(key), is_related_link(key)
    is_comment_heading_ = is_comment_heading(text, counted=True)
    is_comment_entry_ = is_comment_entry(text, stamped=has_timestamp)
    is_boilerplate_, shape = is_boilerplate(key), line_shape(text)
    ends_sentence_ = ends_sentence(text)
    ends_ellipsis = text.rstrip(CLOSERS).rstrip().endswith(("…", "..."))
    ends_colon = text.rstrip().endswith((":", "：")) and _ARMENIAN_STOP.search(text.rstrip()) is None
    is_clock_only_ = is_clock_only(text) or is_minute_mark(text)  # an entry's stamp, a clock's or a match minute's
    # a name with a trailing underscore is its field's, where a function of the same name computes it
    features: LineFeatures = _new_tuple(LineFeatures, (
        n_words, n_chars, ends_sentence_, n_inner_punct, script, script_share, is_placeholder, is_numeric,
        is_related_heading_, is_related_link_, is_comment_heading_, is_comment_entry_, is_boilerplate_, duplicate_of,
        n_copies, key, shape, has_timestamp, has_date, ends_ellipsis, ends_colon, is_clock_only_,
    ))  # fmt: skip
    return features


# Lines recur across the pages of a site (menus, footers, teasers, share buttons): 41 % of the lines of the first
# 2,000 eval dumps (bench.py's corpus) repeat one of the 16,384 distinct lines read before them. A line's features
# are a pure function of its text but for its repetition on its page, so they are kept per text across pages.
FEATURES_CACHED = 16384


@lru_cache(maxsize=FEATURES_CACHED)
def _text_features(text: str) -> LineFeatures:
    """The features of a line's text, read from nothing else: as if it were the only copy on its page."""
    return _features_of(text.strip(), normalize_for_match(text), 1, None)


def line_features(lines: list[Line]) -> list[LineFeatures]:
    """Features of every line; repetition is counted across the whole page.

    A line repeated word for word (one in nine on the eval pages: menus, teasers, footers) has the
    features of its first copy, except which line it repeats.
    """
    of_text = [_text_features(line.text) for line in lines]
    copies = Counter(feat.key for feat in of_text)
    first_seen: dict[str, int] = {}
    features = []
    for line, feat in zip(lines, of_text, strict=True):
        first = first_seen.setdefault(feat.key, line.number)
        if copies[feat.key] > 1:  # a line repeated on its page (one in five): the others are as cached
            feat = feat._replace(n_copies=copies[feat.key], duplicate_of=first if first != line.number else None)
        features.append(feat)
    return features
