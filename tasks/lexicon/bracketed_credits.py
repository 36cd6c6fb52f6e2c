"""Credits closed in brackets with the cue after the name, as Japanese, Korean and Chinese captions write them
("…首相官邸（山田太郎撮影）", "[연합뉴스 자료사진]", "（記者許家豪攝）"), and a bracket of the CJK "file photo" alone.
Moved out of :mod:`tasks.lexicon.credit_tails`, which reads a caption's other closing credits.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.caption_words import caption_credit_words
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues

# A caption closed by the name and then the cue, in brackets: "（山田太郎撮影）", "[연합뉴스 자료사진]"; the day
# and place it was taken may come first, closed by a Japanese comma or an equals sign
# ("（4月22日、都内で＝山田太郎撮影）").
_BRACKETED_AFTER = re.compile(
    r"[（(\[［【](?:[^（()）\[\]［］【】]{0,40}[、＝])?\s*([^（()）\[\]［］【】.。、,，:：＝]{1,30}?)\s*("
    + "|".join(re.escape(c) for c in credit_cues().get("photo_after_bracketed", ()))
    + r")(?:\s*[.。]\s*(?i:"
    # "[서울시 제공. 재판매 및 DB 금지]": the wire's rights notice after the cue, inside the bracket
    + "|".join(map(re.escape, caption_credit_words("rights")))
    + r"))?\s*[）)\]］】]\s*[.。]?\s*$"
)
MAX_BRACKETED_NAME_WORDS = 3
# A caption closed by a CJK or Indic "file photo" alone in brackets ("…。（資料圖片）", "[자료사진]", "… (ફાઈલ તસવીર)",
# "… (फाइल फोटो)"): a credit naming no one, as "(foto d'archivio)" closing a caption is (the file_picture idioms of
# caption_credit_words.csv; the scripts from Devanagari on, whose rows no other reader takes in brackets).
_FILE_PICTURES = [w for w in caption_credit_words("file_picture") if w[:1] >= "\u0900"]  # longest first
_FILE_PICTURE_BRACKET = re.compile(
    r"[（(\[［【]\s*(" + "|".join(map(re.escape, _FILE_PICTURES)) + r")\s*[）)\]］】]\s*[.。]?\s*$"
)
# A picture cue and its slash, colon or equals sign opening such a bracket, the Taiwanese papers' "（圖／記者林怡君攝）"
# and the Korean papers' "[사진=여수시 제공]".
_PICTURE_CUE_FIRST = re.compile(
    r"(?:" + "|".join(re.escape(c) for c in credit_cues()["photo"] if c[:1] > "\u3000") + r")\s*[／/:：=＝]\s*"
)


def bracketed_cue_after(text: str) -> CreditLine | None:
    """A caption closed by a bracket holding the photographer or the agency and then the cue, as Japanese,
    Korean and Chinese papers write it ("…首相官邸（山田太郎撮影）", "[연합뉴스 자료사진]", "（記者許家豪攝）"); a
    bracket of the cue alone names no one."""
    if text.rstrip(" .。")[-1:] not in ")）]］】":
        return None  # most lines: no closing bracket
    alone = _FILE_PICTURE_BRACKET.search(text)
    if alone is not None and alone.start() > 0:  # a caption before it: alone on its line, it may be a section's tab
        return CreditLine(AttributionKind.PHOTO, alone.group(1), None, 0, 0, alone.end(1), alone.end(1))
    match = _BRACKETED_AFTER.search(text)
    if match is None or len(match.group(1).split()) > MAX_BRACKETED_NAME_WORDS or has_digit(match[1]):
        return None
    name = match.group(1).strip()
    cued = _PICTURE_CUE_FIRST.match(name)
    name = name[cued.end() :] if cued and len(name) > cued.end() else name  # "（圖／…攝）", "[사진=… 제공]": no name
    for title in credit_cues().get("author", ()):  # "記者許家豪": the job title before the name is no part of it
        if name.startswith(title) and len(name) > len(title) and title[:1] > "\u3000":
            name = name[len(title) :]
            break
    start = match.start(1) + match.group(1).index(name)
    return CreditLine(AttributionKind.PHOTO, match.group(2), name, start, start + len(name), start, start + len(name))
