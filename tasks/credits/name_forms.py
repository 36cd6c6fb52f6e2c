"""How one person's name may be written: Chinese names listed with spaces ("王晓东 李婷"), and two spellings of one
name that differ only in case endings ("Γιώργου Παπαδάκη" / "Γιώργος Παπαδάκης"). Used by :mod:`tasks.credits.names`
and the HTML path's author checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tasks.lexicon.vocabulary import credit_cues, name_word_role
from tasks.lexicon.word_classes import is_caseless

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def han_names(parts: list[str], language: str | None) -> list[str]:
    """Chinese names listed with spaces between them ("王晓东 李婷"): one name per word. Not in Japanese, which
    writes one person's family and given names with a space between them ("佐藤 花子")."""
    if language == "ja":
        return parts
    # "作者：本报记者 王晓燕 刘振东", its first cue taken off: the second ("this paper's reporter") is no name
    cues = _han_author_cues()
    return [
        w
        for p in parts
        for w in ([t for t in p.split() if t not in cues] if all(_HAN_NAME.fullmatch(t) for t in p.split()) else [p])
    ]


def han_name_list(name: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of the names in a Chinese byline listed with spaces ("王丽 李强" after "本报记者": two reporters), else
    []. Not in Japanese, which writes one person's two names so."""
    if language == "ja" or len(name.split()) < 2 or not all(_HAN_NAME.fullmatch(t) for t in name.split()):
        return []
    # "作者：本报记者 王晓峰 李娜": a second cue ("this paper's reporter") after the first, before the names: no name
    cues = _han_author_cues()
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", name) if m.group() not in cues]


@lru_cache(maxsize=1)
def _han_author_cues() -> frozenset[str]:
    """The author cues of credit_cues.csv written in Han characters ("本报记者", "记者")."""
    return frozenset(c for c in credit_cues()["author"] if _HAN_NAME.fullmatch(c))


# A case ending changes a name's last letters: "Γιώργου Παπαδάκη" is "Γιώργος Παπαδάκης" in the genitive (Greek
# bylines), "Jana Nováková" / "Jany Novákové" (Czech), "Анны Ивановой" / "Анна Иванова".
MAX_CASE_ENDING = 2
MIN_NAME_STEM = 3


def same_person_inflected(name: str, other: str) -> bool:
    """Two different spellings of one person's name that differ only in case endings, word by word."""
    words, others = name.split(), other.split()
    if name == other or len(words) != len(others) or len(words) < 2:
        return False
    for word, form in zip(words, others, strict=True):
        stem = next((i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b), min(len(word), len(form)))
        if stem < MIN_NAME_STEM or max(len(word), len(form)) - stem > MAX_CASE_ENDING:
            return False
    return True


# An initial in a script without case is a letter or two and their signs, then a dot ("எஸ்.", "के.", "కె.").
MAX_CASELESS_INITIAL_CHARS = 3
_LATIN_INITIAL = re.compile(r"[^\W\d_]\.")


def caseless_initialled(words: list[str]) -> bool:
    """ "எஸ். கார்த்திகேயன்": a name of two or three words in a script without case opened by an initial, which no
    section label or place has; the initial vouches for it as a job title after it would."""
    *initials, last = words or [""]
    return (
        bool(initials)
        and len(words) <= MAX_INITIALLED_WORDS
        and words[0].endswith(".")
        and len(words[0]) - 1 <= MAX_CASELESS_INITIAL_CHARS
        and not last.endswith(".")
    )


def ends_in_caseless_initial(name: str) -> bool:
    """ "അനില്‍ കുമാര്‍ പി": a name of a script without case closed by an initial, one letter and its signs (Kerala and
    Tamil names put the initial last, "Anil Kumar P."), so a dot after it is the initial's, as after "John Q"; not a
    Han character (a Chinese name of one character is no initial)."""
    words = name.split()
    if len(words) < 2 or not is_caseless(words[-1]):
        return False
    if "." in words[-1]:  # "ಮಂಜುನಾಥ್ ಕೆ.ಎಸ್": Kannada initials written together, each a syllable of three signs at most
        return all(0 < len(p) <= MAX_INITIAL_SIGNS and _letters_and_marks(p) for p in words[-1].split("."))
    letters = [c for c in words[-1] if unicodedata.category(c).startswith("L")]
    marks_only = all(unicodedata.category(c).startswith("M") for c in words[-1] if c not in letters)
    return len(letters) == 1 and marks_only and not unicodedata.name(letters[0], "").startswith("CJK")


MAX_INITIAL_SIGNS = 3


def _letters_and_marks(part: str) -> bool:
    return all(unicodedata.category(c)[0] in "LM" for c in part)


# A caseless name vouched for by its surname's suffix: a given name and the surname.
SURNAMED_WORDS = 2


def caseless_surnamed(words: list[str]) -> bool:
    """ "ნინო კაპანაძე": a given name and a surname of a script without case, the surname ending in a surname suffix of
    that script (``surname_suffix`` in ``name_words.csv``: the Georgian "-ძე", "-შვილი") and longer than it; the
    suffix vouches for the name as a job title after it would ("ეკონომიკური მიმომხილველი" ends in none). Two words
    only, or three whose last two are both common surnames ("සමන් කුමාර රත්නායක": the Sinhala given name, a second name
    and the family name): three such words are otherwise as often a phrase ending in a surname (an office and its
    holder, whose middle word is a given name)."""
    surnames = name_word_role("common_surname")
    if len(words) == SURNAMED_WORDS + 1 and words[-2] in surnames and words[-1] in surnames:
        return True
    if len(words) != SURNAMED_WORDS:
        return False
    last = words[-1]
    # "सुजाता श्रेष्ठ", "ಸುಮಾ ಹೆಗಡೆ", "נועה לוי": a surname among the script's commonest (``common_surname``) vouches so
    if last in surnames:
        return True
    return any(last.endswith(s) and len(last) > len(s) + 1 for s in name_word_role("surname_suffix"))


def capitals_initialled(words: list[str]) -> bool:
    """ "R. JIMÉNEZ", "J. M. GARCÍA": initials, then a surname in capitals (the Spanish papers' byline); the initial
    vouches for the capitals as a job title after them would ("BREAKING NEWS" opens with none)."""
    if len(words) < MIN_INITIALLED_WORDS or len(words) > MAX_INITIALLED_WORDS or not _LATIN_INITIAL.fullmatch(words[0]):
        return False
    rest = [w for w in words[1:] if not _LATIN_INITIAL.fullmatch(w)]
    return bool(rest) and all(w.isupper() and len(w) > 1 for w in rest) and words[0].isupper()


MIN_INITIALLED_WORDS = 2
MAX_INITIALLED_WORDS = 3
