"""Whether a line of names is written in Vietnamese: by a letter only Vietnamese writes, or, for names whose letters
French and Portuguese share ("Minh Châu", "Thanh Tùng", "Lê Hà"), by every word being one syllable of the national
script with a mark somewhere on the line.

The syllable's shape is the alphabet's (Wikipedia: Vietnamese phonology, "Syllables"; Vietnamese alphabet): an onset
of one consonant or one of the digraphs and trigraph (ch, gh, gi, kh, ng, ngh, nh, ph, qu, th, tr), one to three
vowels, and a coda of c, ch, m, n, ng, nh, p or t. No f, j, w or z, no consonant cluster, no other coda: "Music",
"Movies", "Real Madrid", "Jean", "Ana" are none, as a title-case heading's parts are not.
"""

from __future__ import annotations

import re

# The breve, the horn, the crossed d, a vowel with two marks or one below (Latin Extended Additional).
_ONLY_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
# A vowel with a mark of Latin-1 or Latin Extended-A that Vietnamese writes (à, â, é, ê, ì, ò, ô, õ, ù, ý, ĩ, ũ …).
_MARKED = re.compile(r"[àáâãèéêìíòóôõùúýĩũÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĨŨ]")
_VOWEL = "aeiouyàáâãèéêìíòóôõùúýăĩũơư\u1ea0-\u1ef9"
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_SYLLABLE = re.compile(rf"{_ONSET}[{_VOWEL}]{{1,3}}(?:ng|nh|ch|[cmnpt])?")
_WORD = re.compile(r"[^\W\d_]+")


def is_vietnamese_line(text: str) -> bool:
    """ "Nguyễn Hà - Minh Quân" (a letter only Vietnamese writes); "Minh Châu - Thanh Tùng" (a mark, and every word a
    syllable of the script); not "Music - Movies", "Hélène Roy - Jean Dupré"."""
    if _ONLY_VIETNAMESE.search(text):
        return True
    if not _MARKED.search(text):
        return False
    words = _WORD.findall(text.casefold())
    return bool(words) and all(_SYLLABLE.fullmatch(w) for w in words)


# A syllable no English, French or other Latin-script word shapes so: an onset ng, ngh, nh or kh, or a coda nh.
_ONLY_VIETNAMESE_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|kh)|nh$")
MIN_NAME_SYLLABLES, MAX_NAME_SYLLABLES = 2, 4


def is_unmarked_vietnamese_name(text: str) -> bool:
    """ "MINH ANH", "KHANH LINH": a name of two to four words, each one syllable of the national script and one of
    them shaped as only Vietnamese writes (an onset ng, ngh, nh, kh or a coda nh), where no mark is needed; not "THE
    END", "TOP TEN", "THONG SONG" (English words of the script's syllables, none of that shape)."""
    words = _WORD.findall(text.casefold())
    if not MIN_NAME_SYLLABLES <= len(words) <= MAX_NAME_SYLLABLES:
        return False
    return is_syllable_line(text) and any(_ONLY_VIETNAMESE_SYLLABLE.search(w) for w in words)


def is_syllable_line(text: str) -> bool:
    """Every word one syllable of the national script, marked or not ("THU TRANG", "Minh Châu")."""
    words = _WORD.findall(text.casefold())
    return bool(words) and all(_SYLLABLE.fullmatch(w) for w in words)
