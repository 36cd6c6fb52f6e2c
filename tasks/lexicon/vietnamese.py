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
