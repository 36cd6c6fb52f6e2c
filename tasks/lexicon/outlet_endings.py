"""A known outlet ending right before the phrase that cites it, read backwards: written onto the phrase in a script
without spaces ("ไทยรัฐออนไลน์รายงานว่า"), ending before it in a script without case ("ලංකාදීප පුවත්පත වාර්තා කරයි"),
or the longest one whatever stands before it ("the Beirut-based Daily Star points out").
"""

from __future__ import annotations

from tasks.lexicon.outlets import LOWER_ARTICLE, MAX_KNOWN_OUTLET_CHARS, known_outlets, unspaced_outlet_names
from tasks.lexicon.spans import NameSpan
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.lexicon.word_classes import is_caseless

TSHEG = "\u0f0b"  # the Tibetan and Dzongkha mark closing every syllable


def known_outlet_before(text: str, start: int) -> NameSpan | None:
    """A known outlet written right onto the phrase after it, in a script without spaces ("ไทยรัฐออนไลน์รายงานว่า"),
    or ending right before it in a script without case."""
    head = text[:start].rstrip().removesuffix(TSHEG)  # "ཀུན་གསལ་གྱི་…": the Tibetan syllable mark before the phrase
    name = next((n for n in unspaced_outlet_names() if head.endswith(n)), None)
    if name:
        return NameSpan(len(head) - len(name), len(head), "known_outlet")
    return _known_outlet_ending(text, head)


def known_outlet_ending_at(text: str, start: int) -> NameSpan | None:
    """The longest known outlet ending right before `start`, whatever stands before it ("the Beirut-based Daily Star
    points out", "France 24 notes", where the name grammar reads a longer run or none)."""
    head = text[:start].rstrip()
    lead = max(0, len(head) - MAX_KNOWN_OUTLET_CHARS)
    if lead:  # the window opens on a whole word: a word's tail is no name
        lead = head.find(" ", lead) + 1
    ends = [h.start for h in known_outlets().find_all(head[lead:]) if lead + h.end == len(head)]
    start = lead + min(ends) if ends else len(head)
    # "Ann Roe of the San Francisco Chronicle wrote": the sentence's lower-case "the" is not the listed name's "The"
    start += len(LOWER_ARTICLE) * head.startswith(LOWER_ARTICLE, start)
    return NameSpan(start, len(head), "known_outlet") if ends else None


MAX_DESCRIPTOR_WORDS = 3  # "خبر رساں ادارے"


def _bare_descriptor(words: str) -> str:
    """ "वृत्तवाहिनीने" -> "वृत्तवाहिनी": the descriptor without the Marathi postposition written onto it, which
    goes onto the name's last word, the noun after the name ("एबीपी माझा वृत्तवाहिनीने दिलेल्या माहितीनुसार")."""
    descriptors = name_words().descriptors
    if words in descriptors:
        return words
    ends = (e for e in name_word_role("attached_postposition") if words.endswith(e) and len(words) > len(e))
    return next((words[: -len(e)] for e in ends if words[: -len(e)] in descriptors), words)


def _known_outlet_ending(text: str, head: str) -> NameSpan | None:
    """A known outlet ending the text before a phrase, maybe with its descriptor after it, in a script without case
    where the span grammar finds no name ("ලංකාදීප පුවත්පත වාර්තා කරයි", "د طلوع نیوز د راپور له مخې")."""
    descriptors = name_words().descriptors
    parts = head.rsplit(maxsplit=MAX_DESCRIPTOR_WORDS)
    for size in range(min(MAX_DESCRIPTOR_WORDS, len(parts) - 1), 0, -1):
        if _bare_descriptor(" ".join(parts[-size:]).casefold()) in descriptors:
            # "ලංකාදීප පුවත්පත", "අද දෙරණ පුවත් සේවය": the outlet, then "newspaper", "news service"
            head = _past_pointer(head[: len(head) - len(" ".join(parts[-size:]))].rstrip())
            break
    words = head.split()  # a channel's number closes a caseless name ("חדשות 12 דיווחו"), as "Channel 5 reported"
    if not words or not is_caseless(words[-2] if len(words) > 1 and words[-1].isdigit() else words[-1]):
        return None
    endings = [""] + [e for e in name_words().genitive_endings if head.endswith(e) and len(head) > len(e)]
    # "लोकसत्ताने दिलेल्या वृत्तानुसार": a Marathi postposition written onto the name, no part of it
    attached = [e for e in name_word_role("attached_postposition") if head.endswith(e) and len(head) > len(e)]
    for ending in endings + attached:  # "বিবিসি বাংলার": the outlet and its genitive ending, kept as written
        bare = head[: len(head) - len(ending)]
        window_start = max(0, len(bare) - MAX_KNOWN_OUTLET_CHARS)
        ends = [h for h in known_outlets().find_all(bare[window_start:], right_boundary=False)
                if window_start + h.end == len(bare)]  # fmt: skip
        if ends:
            end = len(bare) if ending in attached else len(head)
            return NameSpan(window_start + min(h.start for h in ends), end, "known_outlet")
    return None


def _past_pointer(head: str) -> str:
    """ "एबीपी माझा या": the text before a descriptor without the word pointing back to the name ("this", "named",
    "called": ``pointer`` in name_words.csv), which the Indic languages put between a paper's name and its kind."""
    before, _, last = head.rpartition(" ")
    return before.rstrip() if before and last.casefold() in name_word_role("pointer") else head
