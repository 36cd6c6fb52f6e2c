"""The shape every credit-line reader shares: what a credit line is (:class:`CreditLine`), its size limits, a
domain name, and whether a remainder reads as a name. Kept apart so that the readers of a credit at a line's
start (:mod:`tasks.lexicon.credit_lines`) and at a caption's end (:mod:`tasks.lexicon.credit_tails`) share it.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace

from schemas import AttributionKind
from tasks.lexicon.word_classes import is_caseless, is_function_word, is_letters

# A credit line is short; longer lines are prose that happens to start with a cue word.
MAX_CREDIT_WORDS = 20
# A credited name is a few words at most; longer remainders are captions, not names.
MAX_NAME_WORDS = 4

# The word linking a cue to its name ("Фото с сайта", "Photo by", "Foto von").
# "via": "Picture via Planet Fur", "Photo via Reuters" (session 18); "di": the Italian "Foto di Nicola Lorusso" (session
# 20), as the Spanish and Portuguese "de"; "аз", "از": the Tajik and Persian "from" ("Акс аз Хабари водӣ", "عکس از علی
# رضایی": picture from; session 49)
LINKING = re.compile(
    r"^(?:с сайта|from|by|von|de|du|del|da|di|od|от|з сайту|из|з|аз|از|via|copyright|©)\s*(?<=\s|©)", re.IGNORECASE
)
# The kinds a cue opens; photo cues first: "Автор на снимката" (author of the photo) is a photo credit.
CREDIT_KINDS = (AttributionKind.PHOTO, AttributionKind.VIDEO, AttributionKind.SOURCE, AttributionKind.AUTHOR)

DOMAIN = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b", re.IGNORECASE)


@dataclass(frozen=True)
class CreditLine:
    """A line whose purpose is to credit someone, and whom it names."""

    kind: AttributionKind
    cue: str
    name: str | None
    name_start: int
    name_end: int
    rest_start: int = 0  # where the text after the cue (and its separator) begins in the line
    rest_end: int | None = None  # where the names end, when the cue follows them ("（山田太郎撮影）")

    def shifted(self, by: int) -> CreditLine:
        """The same credit read from a line with `by` more characters before it."""
        rest_end = None if self.rest_end is None else self.rest_end + by
        return replace(self, name_start=self.name_start + by, name_end=self.name_end + by,
                       rest_start=self.rest_start + by, rest_end=rest_end)  # fmt: skip


def looks_like_name(text: str, particles: Container[str] = frozenset()) -> bool:
    """A few capitalised words (or a domain): a credited name rather than a caption. `particles`: a person's
    particles the caller allows in lower case inside the name ("Jan van Dijk", "Ahmed bin Salem"), never first or
    last (where a credit may name an organisation, "de" and "la" join its words as often)."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() or (0 < i < len(words) - 1 and w in particles)
        for i, w in enumerate(words)
    )


def is_credited_acronym(word: str) -> bool:
    """One acronym in capitals after a photo or video cue ("Відео: ДСНС", "Photo: NASA"): the body that supplied the
    picture, an official one too (officials are no source in the text, but a picture's credit names its supplier);
    a word of the caption in capitals is none ("Video: YES": a stopword)."""
    return MIN_ACRONYM <= len(word) <= MAX_ACRONYM and word.isalpha() and word.isupper() and not is_function_word(word)


MIN_ACRONYM, MAX_ACRONYM = 2, 8
# Han, kana and Hangul: their names are one word, so a third word before the cue is a paper's or a desk's.
_ONE_WORD_NAMES = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def three_word_name(text: str) -> bool:
    """Three words before a cue that follows the name are one person's where they look like a name: capitalised
    ("Anna María Jónsdóttir skrifar") or of a caseless script whose names have words ("ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ ਵੱਲੋਂ", a Sikh
    given name, Kaur or Singh, the family name); never in Chinese, Japanese or Korean, where "부산일보 사회부 김민수
    기자" is a paper, a desk and the reporter."""
    words = text.split()
    if len(words) != 3 or _ONE_WORD_NAMES.search(text):
        return False
    return looks_like_name(text) or all(is_caseless(w) and is_letters(w) for w in words)


# The mathematical dot operators some CMSs set between a credit's parts for the middle dot ("ചിത്രം: റിജോ ജോസഫ് ∙
# മനോരമ", Malayala Manorama's photographer then its paper): read as the middle dot they stand for, one character for
# one so that offsets hold. Not U+2027, the interpunct inside transliterated Chinese names ("穆罕默德‧阿里").
BULLET_MARKS = str.maketrans({"\u2219": "·", "\u22c5": "·"})
