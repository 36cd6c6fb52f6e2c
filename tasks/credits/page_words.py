"""The words a page writes in lower case, looked up when asked (:class:`PageLowerWords`): a heading's words are, a
name's seldom are."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import Segmented

_WORD = re.compile(r"[^\W\d_]+")


class PageLowerWords(Container[str]):
    """The words the page writes in lower case: a heading's words ("Key Issues") are, a name's seldom are.

    Asked of a few words of a few candidate names, so each is looked up in the page's text when asked: listing
    every word of every line first cost 0.3 ms a page, once or twice a page (issue 15). A word is in it when it is
    written in lower case and stands on the page as a whole run of letters (the runs `_WORD` finds)."""

    def __init__(self, segmented: Segmented) -> None:
        self._lines = segmented.lines
        self._text: str | None = None  # joined when first asked: most pages never ask
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = self._written(word)
        return answer

    def _written(self, word: str) -> bool:
        if not word.islower() or _WORD.fullmatch(word) is None:
            return False
        if self._text is None:  # a line break parts words as a line's end does
            self._text = "\n".join(ll.line.text for ll in self._lines)
        text = self._text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            whole = (at == 0 or _WORD.match(text, at - 1) is None) and _WORD.match(text, end) is None
            if whole and not _in_address(text, at, end):
                return True
            at = text.find(word, at + 1)
        return False


# What marks a token as a handle, an e-mail or a web address: "ben_silverman", "@trevorjd14", "trevor@9to5mac.com".
_ADDRESS_MARKS = ("@", "_", "://", "www.")


def _in_address(text: str, start: int, end: int) -> bool:
    """The word at `start`..`end` is part of a handle, an e-mail or a web address (the run of text between spaces
    around it holds one of their marks): a writer's name is written in lower case there ("Ben Silverman is on
    Twitter at ben_silverman"), as a heading's words are not."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
    token = text[left : min(ends) if ends else len(text)]
    return any(mark in token for mark in _ADDRESS_MARKS)


def page_lower_words(segmented: Segmented) -> PageLowerWords:
    """The words the page writes in lower case (see `PageLowerWords`)."""
    return PageLowerWords(segmented)


_QUOTES = ".,;:«»„“”\"'"


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    """The words that tell an outlet's name when they follow it ("Berria egunkariak", "Sözcü gazetesi")."""
    words = name_words()
    return words.descriptors | words.trailing_descriptors | words.outlet_words


# What ends the sentence before a word: a capital after it is the sentence's, no evidence of a name.
_SENTENCE_END = re.compile(r"[.!?…:»\"”)]\s*$")


def without_common_openers(found: list[Found], segmented: Segmented, lower: Container[str]) -> list[Found]:
    """The records less the sources cited in a paragraph by one word, unknown, that only opening its sentence gives
    a capital and that the page writes in lower case elsewhere ("Paliskunnan mukaan …" over "… paliskunnan
    poromäärä": a herding district, a common noun; "told the Nation" mid-sentence keeps its capital's word)."""
    texts = {ll.line.number: ll.line.text for ll in segmented.lines}

    def common(f: Found) -> bool:
        name = f.name or ""
        if f.kind is not AttributionKind.SOURCE or not f.in_body or f.canonical_id or _WORD.fullmatch(name) is None:
            return False
        text = texts.get(f.line, "")
        before, after = text[: f.char_start], text[f.char_end :].split()[:1]
        if (after and after[0].strip(_QUOTES).casefold() in _descriptors()) or is_known_outlet(name):
            return False  # "Berria egunkariak jakinarazi duenez": the paper's word after it names an outlet
        return (not before.strip() or _SENTENCE_END.search(before) is not None) and name.lower() in lower

    return [f for f in found if not common(f)]
