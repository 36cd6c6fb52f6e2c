"""The photo credit inside an image caption ("The tram depot. Фото: Reuters"), read with the credit-line cues."""

from __future__ import annotations

import re
from functools import cache

from tasks.lexicon.automaton import PhraseAutomaton
from tasks.lexicon.bracketed_credits import bracketed_cue_after
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.cue_alternation import cue_alternation, folded_variants
from tasks.lexicon.vocabulary import credit_cues
from tasks.lexicon.word_classes import is_title_case_word


def _caption_cue(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A cue anywhere in an image caption ("The tram depot. Фото: Reuters"); Korean captions set theirs after a slash
    ("한옥마을 일대. /사진=호남일보 DB", "/사진=뉴시스"), not inside a web address."""
    # the cues grouped by their first letter: the same matches, found without entering every cue at every space
    # (after a CJK full stop or closing bracket too: "…码头。（资料图）摄影：陈浩", no space in Chinese)
    return re.compile(r"(?:^|[\s(\[|,.;。，；）】」])/?(" + cue_alternation(cues) + r")\b", re.IGNORECASE)


# A caption may name its picture's source instead ("… weichen. Quelle: Andreas Teichmann"): a credit all the same.
_CAPTION_CREDIT_CUES = credit_cues()["photo"] + credit_cues()["source"]
_CAPTION_CREDIT_CUE = _caption_cue(_CAPTION_CREDIT_CUES)
# The photo credit's cues, the same reviewed cues as every credit line's (their first letters' classes read above).
_CAPTION_PHOTO_CUE = _caption_cue(credit_cues()["photo"])


def caption_credit(text: str) -> tuple[int, CreditLine] | None:
    """The photo credit inside an image caption ("The tram depot. Фото: Reuters"): where its cue starts
    in the caption, and the credit read from there. Cues come from ``credit_cues.csv`` like every
    other credit's."""
    match = _CAPTION_PHOTO_CUE.search(text)
    if match is None:
        return None
    rest = text[match.start(1) :]
    if text[: match.start(1)].endswith(("(", "[")):
        rest = re.split(r"[)\]]", rest, maxsplit=1)[0]  # "(Bild: Thomas Müller)": the credit ends with the bracket
    credit = parse_credit_line(rest)
    if credit is None or credit.name is None:
        return None
    return match.start(1), credit


# A caption closed by a bracket holding the picture's cue alone, naming no one: "（資料圖片）" (file photo),
# "[자료사진]".
_CUE_ALONE_BRACKET = re.compile(
    r"[（(\[［【]\s*(?:"
    + "|".join(re.escape(c) for c in credit_cues().get("photo_after_bracketed", ()))
    + r")\s*[）)\]］】]\s*[.。]?\s*$"
)
# A caption's closing credit bracket may be followed by the day the picture was taken, in digits
# ("…通行。（記者陳怡君攝）113年5月12日", the Taiwanese papers' usage).
_DAY_AFTER_BRACKET = re.compile(r"(?<=[）)])[\d\s年月日./:-]+$")
# The closing brackets the bracket tests of a caption without a cue need: the day's look-behind ("）", ")"), the
# bracketed credit's last character and the cue alone's closing bracket.
_CLOSING_BRACKETS = (")", "）", "]", "］", "】")


# A caption's last sentence, then the supplier written onto a slash, no cue: "… 전기 추진 여객선. /남해안일보 DB",
# "… 모습. /연합뉴스" (the Korean papers' caption credit, the cueless form of "/사진=뉴시스": the outlet, maybe its
# photo archive "DB"); a name's few words, no digit.
_SLASHED_SUPPLIER = re.compile(r"[.!?。…]\s+/(?=[^\W\d_])([^/\d.!?。…:]{2,40})$")
SLASHED_SUPPLIER_MAX_WORDS = 3


def _holds_closing_bracket(text: str) -> bool:
    """Whether one of `_CLOSING_BRACKETS` is in the text: five substring tests in C, where `any` over a generator cost
    four times as much (asked of every block of an HTML page; session 33)."""
    return ")" in text or "）" in text or "]" in text or "］" in text or "】" in text


def _closing_slashed_supplier(text: str) -> bool:
    """The caption closes with its supplier written onto a slash after its last sentence (see above)."""
    if "/" not in text:
        return False  # the pattern's slash: 98 % of the HTML eval pages' blocks hold none (asked of every block)
    match = _SLASHED_SUPPLIER.search(text.rstrip())
    return match is not None and len(match.group(1).split()) <= SLASHED_SUPPLIER_MAX_WORDS


@cache
def caption_cue_scanner() -> PhraseAutomaton[None]:
    """Every form of the caption's cues that their pattern matches, folded (`folded_variants`: 2,219 for 399 cues): a
    block where none occurs, inside words too, holds no cue the pattern could find. Built by `warm_up` (0.15 s: one
    scan of the code points for the cues' characters)."""
    return PhraseAutomaton((variant, None) for variant in sorted(folded_variants(_CAPTION_CREDIT_CUES)))


def holds_photo_credit(text: str) -> bool:
    """The caption holds a photo credit, whether or not it names someone ("… (Foto: Gentileza vecinos)": courtesy of
    the neighbours), or its source ("Quelle: …"); or it closes with the CJK papers' bracket of the photographer and
    the cue after the name ("（記者陳怡君攝）", "（山田太郎撮影）"), the cue alone ("（資料圖片）": file photo), or the
    supplier on a slash ("… 여객선. /남해안일보 DB")."""
    # the automaton's one scan first: the pattern's search, tried at each space and mark of the block, cost 3.7 µs a
    # block of the HTML eval pages, and 96 % of them hold no cue (exact: `caption_cue_scanner`; session 32)
    match = _CAPTION_CREDIT_CUE.search(text) if caption_cue_scanner().occurs_in(text) else None
    if match is None:
        if not _holds_closing_bracket(text):
            # the two bracket tests below need a closing bracket (asked of every block of a page: issue 15)
            return _closing_slashed_supplier(text)
        text = _DAY_AFTER_BRACKET.sub("", text)
        return (
            bracketed_cue_after(text) is not None
            or _CUE_ALONE_BRACKET.search(text) is not None
            or _closing_slashed_supplier(text)
        )
    rest = text[match.start(1) :]
    if text[: match.start(1)].endswith(("(", "[")):
        rest = re.split(r"[)\]]", rest, maxsplit=1)[0]
    if parse_credit_line(rest) is not None or _closing_cue_and_name(text, match.start(1), match.end(1)):
        return True
    # a cue ending the bracket's idiom is no credit's start ("(கோப்புப் படம்)": file photo, the Tamil cue last)
    return _CUE_ALONE_BRACKET.search(text) is not None


# The name after a closing photo cue without a colon: a first name and a surname, perhaps a middle one; or a supplier's
# initials alone, in capitals ("… di jeti Marang. - Foto BPT", "- Foto BERNAMA": the Malaysian papers' way).
CLOSING_NAME_WORDS = (2, 3)
CLOSING_INITIALS_LETTERS = (2, 8)
# The caption's last sentence ends before the cue, maybe with a dash setting the credit apart ("Marang. - Foto BPT").
_SENTENCE_END = re.compile(r"[.!?…»“”\"]\s*(?:[-–—]\s*)?$")


def _closing_cue_and_name(text: str, cue_at: int, cue_end: int) -> bool:
    """The caption's last sentence is its photo cue and a name in title case, no colon between ("… у причала. Фото Ивана
    Петрова", "… ля порта. Фота Алеся Кавалёва": the photographer's name in the genitive, the Russian and Belarusian
    press's way): a credit closing a caption (only a caption is asked), where a line of its own so opened may be a
    headline ("Photo Finish Ends Race"); after the supplier and a comma too ("… Photo Le Progrès, Anne Martin")."""
    if not _SENTENCE_END.search(text[:cue_at]):
        return False
    rest = text[cue_end:].rstrip(" .")
    # "… installés. Photo L'Écho du Tarn, Julien Cabrol": the supplier, then its photographer after a comma (the French
    # regional press's way), the supplier's first word capitalised
    supplier, comma, person = rest.rpartition(",")
    if comma and 0 < len(supplier.split()) <= MAX_SUPPLIER_WORDS and supplier.strip()[:1].isupper():
        rest = person
    words = rest.split()
    if len(words) == 1 and words[0].isalpha() and words[0].isupper():
        return CLOSING_INITIALS_LETTERS[0] <= len(words[0]) <= CLOSING_INITIALS_LETTERS[1]
    return CLOSING_NAME_WORDS[0] <= len(words) <= CLOSING_NAME_WORDS[1] and all(map(is_title_case_word, words))


# The words of a supplier's name before its photographer's ("Ouest-France", "L'Écho du Tarn", "La Voix du Nord").
MAX_SUPPLIER_WORDS = 4
