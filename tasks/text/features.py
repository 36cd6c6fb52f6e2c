"""Language-independent features of a line: length, punctuation, script, shape, repetition."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tasks.lexicon.comments import is_comment_heading
from tasks.lexicon.date_text import has_month_date
from tasks.lexicon.vocab import CLOSERS, RELATED_HEADINGS, SENTENCE_END
from tasks.lexicon.vocabulary import is_boilerplate
from tasks.text.lines import Line

_WORD = re.compile(r"\w+", re.UNICODE)
_PLACEHOLDER = re.compile(r"\[\[[^\]]*\]\]|\{\{[^}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|\$\{[^}]*\}")
# A line of digits and separators only: counters, dates, times, scores.
_NUMERIC = re.compile(r"^[\d\s.,:;/\-–—+%№#()|•·]+$")
# A date (a year, or day.month.year) and a clock time on one line: when a comment or post was made.
_YEAR_OR_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")  # "10:34", "10:34AM", "@10:34"
_BULLETS = " \t•·-–—*▪►▶»>|"
# Scripts written without spaces between words: count characters, not tokens.
_UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"})
# Scripts one language mixes in running text: Japanese kana and Han, Korean Hangul and Han.
_SCRIPT_FAMILIES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}
# Characters per word for scripts written without spaces.
CHARS_PER_UNSPACED_WORD = 2
# A short line opening with a related-links heading of two or more words is one itself.
RELATED_PREFIX_MAX_WORDS = 5
# Punctuation and symbols that make a line's shape: not letters, digits, spaces, full stops or apostrophes.
_MARK = re.compile(r"[^\w\s.'’]|_")
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
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile("[\u0400-\u052f]")


def dominant_script(text: str) -> tuple[str | None, float]:
    """The script of most letters in the text, and its share of the letters."""
    if text.isascii():  # every ASCII letter is Latin: one search for a letter instead of counting three scripts
        return ("LATIN", 1.0) if _ASCII_LETTER.search(text) else (None, 0.0)
    letters = len(_LETTER.findall(text))
    if not letters:
        return None, 0.0
    latin, cyrillic = len(_LATIN.findall(text)), len(_CYRILLIC.findall(text))
    if latin + cyrillic == letters:
        return ("LATIN", latin / letters) if latin >= cyrillic else ("CYRILLIC", cyrillic / letters)
    counts = Counter(char_script(ch) for ch in text if ch.isalpha())
    if not counts:
        return None, 0.0
    script, n = counts.most_common(1)[0]
    return script, n / sum(counts.values())


def normalize_for_match(text: str) -> str:
    """Case-folded text without bullets, punctuation runs or extra spaces."""
    # Turkish capital İ case-folds to "i" and a combining dot: "İlgili Haberler" must meet "ilgili haberler".
    text = text.strip(_BULLETS).casefold().replace("i\u0307", "i")
    text = re.sub(r"[\s\u00a0]+", " ", text)
    return text.strip(" :.!?…\"'«»“”")


def count_words(text: str, script: str | None) -> int:
    """Words in the text; characters / 2 for scripts written without spaces."""
    if script in _UNSPACED_SCRIPTS:
        letters = sum(1 for ch in text if ch.isalpha())
        return max(1, letters // CHARS_PER_UNSPACED_WORD)
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence, closing quotes allowed."""
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
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
    tokens = text.split()[:SHAPE_TOKENS]
    opening = "".join(_token_class(t) for t in tokens)
    marks = "".join(sorted(set(_MARK.findall(text))))
    return f"{opening}|{marks}"


def is_related_heading(key: str) -> bool:
    """A heading of a link list: "Related", "Most read stories".

    Beyond the exact headings, a short line may open with a heading of several words.
    """
    if key in RELATED_HEADINGS:
        return True
    words = key.split()
    if len(words) > RELATED_PREFIX_MAX_WORDS:
        return False
    return any(" ".join(words[:k]) in RELATED_HEADINGS for k in range(2, len(words)))


def is_related_link(key: str) -> bool:
    """A link to another page under its heading: "Read also: <teaser headline>"."""
    head, colon, rest = key.partition(":")
    return bool(colon and rest.strip()) and head.strip() in RELATED_HEADINGS


@dataclass(frozen=True)
class LineFeatures:
    """What the segmenter knows about one line, all computable without a language model."""

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
    is_boilerplate: bool
    duplicate_of: int | None  # line number of the first line with the same text
    n_copies: int
    key: str
    shape: str  # what list items of one list share: how the line opens and its punctuation
    has_timestamp: bool  # a date and a clock time, as over a comment or a live-blog entry
    has_date: bool  # a year or a day.month.year date, as in a dateline
    ends_ellipsis: bool  # ends with "…" or "...": a teaser cut off at a length limit, or a trailing-off remark


def line_features(lines: list[Line]) -> list[LineFeatures]:
    """Features of every line; repetition is counted across the whole page."""
    keys = [normalize_for_match(line.text) for line in lines]
    copies = Counter(keys)
    first_seen: dict[str, int] = {}
    features = []
    for line, key in zip(lines, keys, strict=True):
        text = line.text.strip()
        script, share = dominant_script(text)
        first = first_seen.setdefault(key, line.number)
        has_date = _YEAR_OR_DATE.search(text) is not None or has_month_date(text)
        features.append(
            LineFeatures(
                n_words=count_words(text, script),
                n_chars=len(text),
                ends_sentence=ends_sentence(text),
                n_inner_punct=sum(text.count(p) for p in ",;:、，"),
                script=script,
                script_share=share,
                is_placeholder=bool(_PLACEHOLDER.search(text)),
                is_numeric=bool(_NUMERIC.match(text)),
                is_related_heading=is_related_heading(key),
                is_related_link=is_related_link(key),
                is_comment_heading=is_comment_heading(text),
                is_boilerplate=is_boilerplate(key),
                duplicate_of=first if first != line.number else None,
                n_copies=copies[key],
                key=key,
                shape=line_shape(text),
                has_timestamp=bool(_CLOCK.search(text) and has_date),
                has_date=has_date,
                ends_ellipsis=text.rstrip(CLOSERS).rstrip().endswith(("…", "...")),
            )
        )
    return features


def bag_of_words(text: str) -> Counter[str]:
    """Case-folded word tokens with their counts: the article-extraction benchmark's bag of words."""
    return Counter(_WORD.findall(text.casefold()))


def bag_f1(a: str, b: str) -> float:
    """Bag-of-words F1 between two texts (multiset overlap; 0 when they share no word)."""
    x, y = bag_of_words(a), bag_of_words(b)
    overlap = sum((x & y).values())
    return 2 * overlap / (sum(x.values()) + sum(y.values())) if overlap else 0.0


def stopword_share(text: str, stopwords: frozenset[str]) -> float:
    """Share of the text's words that are in the stoplist (0 for a text without words)."""
    words = _WORD.findall(text.casefold())
    return sum(map(stopwords.__contains__, words)) / len(words) if words else 0.0


def stopword_shares(lines: list[Line], stopwords: frozenset[str]) -> list[float]:
    """Share of each line's words that are stopwords of the article's language."""
    return [stopword_share(line.text, stopwords) for line in lines]
