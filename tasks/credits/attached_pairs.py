"""Two Hebrew names joined by the "and" written onto the second ("נועה לוי ואיתי ברק") or parted by a comma ("דנה כהן,
יוסי לוי"), read with no date beside them.

Hebrew writes "and" as the letter ו on the next word and has no capitals, so the split of "ראש הממשלה ושר הביטחון"
("the prime minister and the defence minister") reads the same as two people's. What tells them apart is the
construct phrase: an office is a noun bound to a definite one ("ראש הממשלה", "head of the government"), the article
ה written onto the second word; a person's surname after the given name takes no article. A surname that opens with
the letter ה ("הרצוג") is lost so; the two offices are common above the text, that surname rare.
"""

from __future__ import annotations

from tasks.credits.credit_records import Found, author_found
from tasks.credits.names import attached_and_names
from tasks.credits.role_tails import is_label_word
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.vocabulary import credit_cues
from tasks.lexicon.word_classes import is_letters

# The Hebrew definite article, written onto its noun.
HEBREW_ARTICLE = "ה"
MIN_SIDE_WORDS, MAX_SIDE_WORDS = 2, 3


def _hebrew(text: str) -> bool:
    return all("\u0590" <= c <= "\u05ff" for c in text if c.isalpha())


def hebrew_pair(text: str) -> list[str]:
    """The two names of a Hebrew line "A B וC D", each two or three words, none a label's, no word but the line's
    first opening with the article (a construct phrase's: an office, no person; "והקריות", "and the Krayot", a menu's
    places after "חדשות חיפה"); else []."""
    if not _hebrew(text):
        return []
    sides = _comma_sides(text) or [n.split() for n in attached_and_names(text.strip())]
    if sides and len(sides[0]) > MIN_SIDE_WORDS and sides[0][0] in credit_cues()["author"]:
        sides[0] = sides[0][1:]  # "מאת דנה כהן, יוסי לוי": the byline's "by" opens the pair, no name's word
    if len(sides) != 2 or sides[1][0].startswith(HEBREW_ARTICLE):
        return []
    if not all(
        MIN_SIDE_WORDS <= len(side) <= MAX_SIDE_WORDS
        and all(is_letters(w) and not is_label_word(w) for w in side)
        and not any(w.startswith(HEBREW_ARTICLE) for w in side[1:])
        and side[0] not in load_author_words().desk_heads  # "מערכת וואלה": the site's desk
        for side in sides
    ):
        return []
    return [" ".join(side) for side in sides]


def hebrew_pair_byline(text: str, line: int) -> list[Found]:
    """The two authors of a Hebrew pair line (:func:`hebrew_pair`), else []."""
    found, at = [], 0
    for name in hebrew_pair(text):
        at = text.index(name, at)
        found.append(author_found(name, at, line, text.strip()))
        at += len(name)
    return found


def _comma_sides(text: str) -> list[list[str]]:
    """ "דנה כהן, יוסי לוי": the Hebrew papers part their two writers by a comma as often as by the attached "and"; a
    second side a place list knows is the place filed from ("דנה כהן, תל אביב", ``filing_places.csv``)."""
    parts = text.strip().split(",")
    if len(parts) != 2 or is_filing_place(parts[1]):
        return []
    return [p.split() for p in parts if p.split()]
