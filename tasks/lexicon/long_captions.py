"""A caption longer than a credit line may be, closed by its picture's credit after its last sentence ("Los
comerciantes … protestaron por el cierre de la vía. Foto: Jaime Solano - Vanguardia"): the credit is read alone.

The credit readers of :mod:`tasks.lexicon.credit_lines` leave a line of more than ``MAX_CREDIT_WORDS`` words whole (a
paragraph is not split into names); the closing credit after a sentence's end, opened by a picture's cue and its
colon, is as short as any credit line, whatever the length of the caption before it, when it names the photographer
and the outlet that supplied the picture, parted by a slash, a bar or a spaced dash; in a bracket closing the caption
too ("… durante la nevada de este lunes. (Foto: Iñaki Zabalza / Diario de Navarra)", session 34), read as without it.

A Korean caption of any length closes so with an equals sign after the cue ("해수욕장을 찾은 시민들. /사진=뉴스1",
"… 시민들 /사진=연합뉴스": the Korean papers' "사진=" and the supplier, which a line of its own holds
alone), after its last sentence or a spaced slash (session 37); the bracketed form ("… [사진=뉴시스]") is the
caption-bracket reader's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tasks.lexicon.credit_base import MAX_CREDIT_WORDS, CreditLine
from tasks.lexicon.vocabulary import visual_cues

# A sentence's end and the words after it.
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=\S)")
# The closing credit's own length: a cue, its colon, a photographer and an outlet or two.
MAX_TAIL_WORDS = 10
_VISUAL = frozenset(visual_cues())  # photo and video cues, case-folded
# The photographer and the outlet that supplied the picture, parted by a slash, a bar or a spaced dash: the wire's
# picture credit, which a page's caption between paragraphs is read by too (tasks/lexicon/caption_credits.py).
_PARTED = re.compile(r"\S\s*[/|]\s*\S|\s[-–—]\s+\S")


def credit_after_long_caption(text: str, read: Callable[[str], CreditLine | None]) -> CreditLine | None:
    """The credit closing a caption of more than MAX_CREDIT_WORDS words, read by `read` from the last sentence on
    when a picture's cue and its colon open it, or a Korean caption's after its equals sign; offsets are the line's."""
    if "=" in text and (equals := _credit_after_equals(text, read)) is not None:
        return equals
    if len(text.split(maxsplit=MAX_CREDIT_WORDS)) <= MAX_CREDIT_WORDS or ":" not in text[-200:]:
        return None  # a credit line's own readers took it, or no colon closes it: most paragraphs
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, len(text) - 200))]
    tail = _unbracketed(text[ends[-1] :] if ends else "")
    cue, colon, names = tail.partition(":")
    if not colon or len(tail.split()) > MAX_TAIL_WORDS or cue.strip().casefold() not in _VISUAL:
        return None
    if not _PARTED.search(names):
        return None  # "… Credit: Carl Beck": one name after a cue word closing a paragraph is not read (as on pages)
    credit = read(tail)
    # a name the reader leaves to the credit's records ("Foto: A / B": the slash's parts) is what follows the cue,
    # capitalised ("(Foto: la plaza / el castillo)" names no one)
    named = tail[credit.rest_start :].lstrip()[:1].isupper() if credit is not None and not credit.name else False
    if credit is None or not ((credit.name or "")[:1].isalpha() or named):
        return None  # "… Credit: 20th Century Fox": what a paragraph's tail names must be read as a name to be taken
    return credit.shifted(ends[-1])


def _unbracketed(tail: str) -> str:
    """The closing sentence without the bracket that holds it ("(Foto: A / B)." → " Foto: A / B  ."), offsets kept:
    the Spanish, Italian and Indonesian captions bracket their closing credit as often as not."""
    closed = tail.rstrip(" .")
    if tail[:1] not in "([" or closed[-1:] not in ")]" or closed.count("(") + closed.count("[") != 1:
        return tail
    return f" {closed[1:-1]} {tail[len(closed) :]}"


_HANGUL = re.compile("[\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _equals_tail() -> re.Pattern[str]:
    """A Hangul picture or video cue (``credit_cues.csv``: 사진, 사진제공, 영상) and its equals sign after the caption's
    last sentence (its full stop, maybe a slash) or after a spaced slash, then the supplier to the line's end."""
    cues = sorted((c for c in _VISUAL if _HANGUL.match(c)), key=len, reverse=True)
    alternatives = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"(?:[.!?…]\s*/?\s*|\s/\s*)((?:{alternatives})\s*=\s*[^\s=/()\[\]][^=/()\[\]]{{0,40}})$")


def _credit_after_equals(text: str, read: Callable[[str], CreditLine | None]) -> CreditLine | None:
    """The credit closing a Korean caption after its equals sign, read by `read` from the cue on (the records read its
    name from the rest, as on a line of its own); None without a caption before it ("/사진=뉴스1" alone is the line
    readers')."""
    match = _equals_tail().search(text.rstrip(" ."))
    if match is None or match.start() == 0:
        return None
    credit = read(match.group(1))
    return credit.shifted(match.start(1)) if credit is not None else None
