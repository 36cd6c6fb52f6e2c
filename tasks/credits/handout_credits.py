"""A handed-out picture's credit on a line of its own, with no cue's colon: the supplier passed on by a known agency
("New York State Sex Offender Registry via AP", "Harbour Authority via Reuters"), the wires' form under a caption,
where the supplier and the agency are both photo records; or the supplier after "Courtesy (of)" ("Courtesy Google",
"Courtesy of Jane Roe"), the US sites' form (issue 13: the real pages' labels, session 29). Read only where a
picture's credit is (the article's lines above its last paragraph and next to its head), and only a line that is
nothing else: a sentence's "via AP" cites the agency (reporting.csv).
"""

from __future__ import annotations

import re
from functools import cache

from schemas import AttributionKind
from tasks.credits.credit_records import Found, credit_line_attributions, named_found, normalize_name
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.caption_words import caption_credit_words, spaced_alternation
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.credit_names import MAX_JOINING_WORD_LETTERS
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import name_words, visual_cues
from tasks.lexicon.word_classes import is_function_word

# The supplier's name: an institution's may be long ("New York State Sex Offender Registry"), a caption's sentence is
# longer still.
MAX_SUPPLIER_WORDS = 7


@cache
def _via_line() -> re.Pattern[str]:
    via = spaced_alternation(caption_credit_words("via"))
    return re.compile(rf"^\s*(?P<supplier>\S.*?)\s+(?:{via})\s+(?P<agency>\S.*?)\s*$", re.IGNORECASE)


def _supplier_name(text: str, opening: frozenset[str] = frozenset()) -> bool:
    """Capitalised words (short lower-case words joining them inside, "Department of Health", as a source line's
    institution; or one of `opening` first), no digit, no sentence's punctuation."""
    words = text.split()
    if words and words[0] in opening:
        words = words[1:]
    if not words or len(words) > MAX_SUPPLIER_WORDS or has_digit(text) or any(c in text for c in '.,;:!?()[]/|"“”'):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or (w.isalpha() and len(w) <= MAX_JOINING_WORD_LETTERS) for w in words)


def via_agency_picture(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The supplier and the agency of a line that is only "Supplier via Agency" (a known agency); a generic supplier
    ("Handout", "Twitter": name_words' generic) is no one, the agency stays."""
    folded = text.casefold()
    if not any(f" {word} " in folded for word in caption_credit_words("via")):
        return []  # (most lines: no "via" between spaces, asked before the pattern)
    match = _via_line().match(text)
    if match is None:
        return []
    agency = match.group("agency").strip(" .")
    canonical = gazetteer.agency_of_name(agency, cued=True)
    supplier = match.group("supplier")
    if canonical is None or not _supplier_name(supplier):
        return []
    found = [Found(AttributionKind.PHOTO, agency, normalize_name(agency), canonical, number, match.start("agency"),
                   match.start("agency") + len(agency), False, text.strip())]  # fmt: skip
    if supplier.casefold() not in name_words().generic and not gazetteer.agency_of_name(supplier, cued=True):
        start = match.start("supplier")
        found.insert(0, named_found(AttributionKind.PHOTO, supplier, start, number, text.strip()))
    return found


def courtesy_picture(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The supplier a line that is only "Courtesy (of) Supplier" credits ("Courtesy Google", "Courtesy of the Harbour
    Museum"); a courtesy phrase of ``courtesy`` in ``name_words.csv``, the name after it as a credit's cue leaves it
    (a family or the internet is no one)."""
    stripped = text.strip()
    folded = stripped.casefold()
    if not folded.startswith(_spaced_courtesy_phrases()):
        return []  # most lines: one test of every phrase and its space at once, where a loop built each in turn
    phrase = next(p for p in _courtesy_phrases() if folded.startswith(p + " "))
    offset = len(text) - len(text.lstrip())
    after = text[offset + len(phrase) :]
    start = offset + len(phrase) + len(after) - len(after.lstrip())
    rest = text[start:].rstrip()
    if not _supplier_name(rest, frozenset({"the"})):
        return []
    credit = CreditLine(AttributionKind.PHOTO, stripped[: len(phrase)], rest, start, start + len(rest), offset)
    found = [f for f in credit_line_attributions(text, number, gazetteer, credit) if f.name]
    if found or not _one_word_supplier(rest):
        return found
    end = start + len(rest)  # "Courtesy Google": the company alone, which a credit's name test takes for no one's
    return [Found(AttributionKind.PHOTO, rest, normalize_name(rest), None, number, start, end, False, stripped)]


def _one_word_supplier(word: str) -> bool:
    """One capitalised word that is no generic credit ("Handout"), no picture or video word ("Photo") and no function
    word."""
    folded = word.casefold()
    return (
        " " not in word and word[:1].isupper() and word.isalpha() and len(word) >= MIN_SUPPLIER_LETTERS
        and folded not in name_words().generic and folded not in _folded_visual_cues() and not is_function_word(word)
    )  # fmt: skip


MIN_SUPPLIER_LETTERS = 3


@cache
def _folded_visual_cues() -> frozenset[str]:
    return frozenset(c.casefold() for c in visual_cues())


@cache
def _courtesy_phrases() -> tuple[str, ...]:
    return tuple(sorted(name_words().courtesy, key=len, reverse=True))


@cache
def _spaced_courtesy_phrases() -> tuple[str, ...]:
    """Each courtesy phrase and the space after it, as `courtesy_picture` looks for it at a line's start."""
    return tuple(p + " " for p in _courtesy_phrases())
