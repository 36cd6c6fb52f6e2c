"""A second credit inside a credit line: "Foto: Marko Đokić, Video: N1", "Reporting by A; Writing by B", a Chinese
info bar "来源：新华网 作者：张三 编辑：李四". Each part credits in its own kind; an editor's part names no one."""

from __future__ import annotations

import re

from tasks.lexicon.credit_base import CREDIT_KINDS, LINKING
from tasks.lexicon.vocabulary import credit_cues

# A second credit inside a credit line ("Foto: Marko Đokić, Video: N1", "Haber: Mehmet Yılmaz - Kamera: Ali Demir",
# "(Text: Anna Schmidt, Bild: Jonas Weber)"): a separator, any cue, a colon. Each part credits in its own kind.
# An editor's cue ends a credit too, and its part names no one ("(Reporting by A; Editing by B)").
_EDITOR_CUES = set(credit_cues().get("editor", ()))
_CREDIT_CUES = {c for kind in CREDIT_KINDS for c in credit_cues()[kind.value]}
_NEXT_CUES = sorted(_CREDIT_CUES | _EDITOR_CUES, key=len, reverse=True)
# In Chinese and Japanese, whose text runs without spaces, a space between two credits separates them too, and a
# cue in those scripts needs no colon before its name: an info bar "来源：新华网 作者：张三 编辑：李四",
# "来源：人民网 记者 王丽 李强" (source, author, editor).
_CJK = "\u3040-\u30ff\u3400-\u9fff"
_CJK_CHAR = re.compile("[" + _CJK + "]")
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef"  # "作者： 责任编辑：…": the full-width colon of an empty credit
_NEXT_CREDIT = re.compile(
    r"(?:\s*[,;|/.、]\s*|\s+[-–—]\s+|(?<=["
    + _CJK
    + _CJK_PUNCTUATION
    + r"])\s+)("
    + "|".join(re.escape(c) for c in _NEXT_CUES)
    + r")\s*[:：・]\s*\S"
    + r"|(?<=["
    + _CJK
    + r"])\s+("
    + "|".join(re.escape(c) for c in _NEXT_CUES if re.fullmatch("[" + _CJK + "]+", c))
    + r")\s*(?=["
    + _CJK
    + "])",
    re.IGNORECASE,
)
# A second cue written in capitals right after the first credit's name, with a space alone before it ("Text: Johanna
# Lindqvist Foto: Per Hedberg", the Nordic and German magazines' credit box): the capital and the colon mark it.
_NEXT_SPACED_CREDIT = re.compile(
    r"\s+(" + "|".join(re.escape(c) for c in _NEXT_CUES) + r"):\s*(?=[^\W\d_])",
    re.IGNORECASE,
)
# A second credit whose cue links to its name without a colon ("Reporting by A; Writing by B"): after ";" or "|" only
# (a comma lists more names: "By A, B"), a cue of two words or more ending in its linking word, or an editor's cue
# ("Penulis A | Editor B", the Indonesian portals' byline: it only ends the credit), then a letter.
_NEXT_LINKED_CREDIT = re.compile(
    r"\s*[;|]\s*("
    + "|".join(re.escape(c) for c in _NEXT_CUES if (" " in c and LINKING.match(c.rsplit(" ", 1)[1] + " "))
               or c in _EDITOR_CUES)
    + r")\s+(?=[^\W\d_])",
    re.IGNORECASE,
)  # fmt: skip


def next_credit_at(text: str, start: int) -> tuple[int, int] | None:
    """Where a second credit starts after `start` in a credit line: the separator's start and the cue's, or None."""
    linked = _NEXT_LINKED_CREDIT.search(text, start) if ";" in text or "|" in text else None
    colons = text.count(":", start) + text.count("：", start) + text.count("・", start)
    if colons == 0 and not _CJK_CHAR.search(text, start):
        return (linked.start(), linked.start(1)) if linked else None  # a second cue needs its colon, or its "by"
    # From the spaces before `start`: a credit that names no one before the next cue ("作者： 责任编辑：肖春芳").
    match = _NEXT_CREDIT.search(text, len(text[:start].rstrip()))
    if match is not None and match.group(1) is None:
        return match.start(), match.start(2)  # a cue of Chinese or Japanese without its colon
    spaced = next((m for m in _NEXT_SPACED_CREDIT.finditer(text, start) if text[m.start(1)].isupper()), None)
    match = min((m for m in (match, linked, spaced) if m), key=lambda m: m.start(), default=None)
    return (match.start(), match.start(1)) if match else None
