"""Two names joined by an "and" written onto the second one's first word: Hebrew ו and Arabic و ("איתי כהן ונועה
לוי", "أحمد علي ومحمد حسن"). In the lexicon layer so that both the byline element of the HTML path
(:mod:`tasks.html.byline_element`) and the name cleaner (:mod:`tasks.credits.names`) read the same shape."""

from __future__ import annotations

import unicodedata

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.vocabulary import section_words

# A name's words at most on either side (tasks.credits.name_checks.MAX_NAME_WORDS, which this layer may not import).
MAX_SIDE_WORDS = 5
# Two words a name at least on each side: a name alone may start with the letter ("יוסי וייס").
MIN_ATTACHED_LIST_WORDS = 4
# Section labels (section_words.csv) that make the line a menu, not two names: one may be a surname ("العالم").
MIN_MENU_LABELS = 2


def split_attached_and(tokens: list[str], and_words: frozenset[str]) -> list[str] | None:
    """'أحمد علي ومحمد حسن' → two names: Arabic و and Hebrew ו are written onto the next word.

    Only between two names of two or more words each, so a name that starts with the letter stays whole.
    """
    # the scripts that write "and" onto the next word (Cyrillic "и" stands apart: "излизат" is one word)
    attached = {w for w in and_words if len(w) == 1 and unicodedata.name(w, "").startswith(("ARABIC", "HEBREW"))}
    particles = load_byline_words().particles  # "محمد الأمين ولد أحمد": ولد ("son of") begins with و
    if sum(t.casefold() in section_words() for t in tokens) >= MIN_MENU_LABELS:
        return None  # "باتنة خنشلة بسكرة وطني اقتصاد رياضة ثقافة": a menu's places and sections, the و of "وطني"
    # each side a name's length at most: "חדשות חיפה והקריות גליל כלכלה ספורט תרבות דעות" is a menu of sections
    for i in range(max(2, len(tokens) - MAX_SIDE_WORDS), min(MAX_SIDE_WORDS, len(tokens) - 2) + 1):
        if tokens[i][0] in attached and len(tokens[i]) > 2 and tokens[i] not in particles:
            return [" ".join(tokens[:i]), " ".join([tokens[i][1:], *tokens[i + 1 :]])]
    return None


def attached_and_names(text: str, language: str | None = None) -> list[str]:
    """The two names of "דנה כהן ויוסי לוי" / "أحمد علي ومحمد حسن" (two words or more each, in a script written with
    its "and" attached), else []. On a page whose `language` is known, only that language's "and" (and_words.tsv):
    Pashto writes "او" apart, so the و opening "ورزش" (sport) in a Pashto site's menu joins no names."""
    tokens = text.split()
    if len(tokens) < MIN_ATTACHED_LIST_WORDS or not all(t.isalpha() and not t.isascii() for t in tokens):
        return []
    words = load_author_words()
    and_words = words.and_words.get(language, words.every_and) if language else words.every_and
    return split_attached_and(tokens, and_words) or []
