"""A second credit inside a credit line: "Foto: Marko Đokić, Video: N1", "Reporting by A; Writing by B", a Chinese
info bar "来源：新华网 作者：张三 编辑：李四". Each part credits in its own kind; an editor's part names no one."""

from __future__ import annotations

import re
from functools import cache

from tasks.lexicon.automaton import PhraseAutomaton
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import CREDIT_KINDS, LINKING
from tasks.lexicon.cue_alternation import folded_variants
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
# A caption's tail comes padded with spaces to keep its offsets, and each alternative opened by spaces read the padding
# to its end from each of its spaces. The guard before them turns away at once the starts between two spaces, exactly:
# from there a match is also one from the run's start (the spaces taken longer), found first, except where the
# lookbehind of CJK text reads the space before ("\u3000", the ideographic space, is CJK punctuation): let through.
_SEPARATOR = ",;|/.、·•"
# Opened by the class of its first character, a separator or a space, so that `re` skips to those (opened by the guard,
# it tried the whole pattern at every position of the line, issue 15); the guard and the look-behinds are read after
# that character: one character back further, the same characters as before. The guard is asked after a space alone (a
# separator is no space); a separator's branch takes no space before it (none can come first).
_NOT_BETWEEN_SPACES = r"(?:(?<!\s\s)|(?<=[" + _CJK + _CJK_PUNCTUATION + r"]\s))"
_NEXT_CREDIT = re.compile(
    r"[\s" + _SEPARATOR + r"](?:(?:(?<=[" + _SEPARATOR + r"])\s*|(?<=\s)" + _NOT_BETWEEN_SPACES
    + r"(?:\s*[" + _SEPARATOR + r"]\s*|\s*[-–—]\s+|(?<=[" + _CJK + _CJK_PUNCTUATION + r"]\s)\s*))("
    + "|".join(re.escape(c) for c in _NEXT_CUES)
    + r")\s*[:：・]\s*\S"
    + r"|(?<=\s)" + _NOT_BETWEEN_SPACES + r"(?<=[" + _CJK + r"]\s)\s*("
    + "|".join(re.escape(c) for c in _NEXT_CUES if re.fullmatch("[" + _CJK + "]+", c))
    + r")\s*(?=["
    + _CJK
    + "]))",
    re.IGNORECASE,
)  # fmt: skip
# A second cue written in capitals right after the first credit's name, with a space alone before it ("Text: Johanna
# Lindqvist Foto: Per Hedberg", the Nordic and German magazines' credit box): the capital and the colon mark it.
# Looked for only before each colon of the line, not at each of its spaces: the cues' alternation tried at every space
# of a paragraph cost milliseconds a paragraph (issue 15).
# Searched in the window before the colon cut out of the line: the guard turns away at once a start after a space,
# exactly (a match from there is also one from the space before it, found first), where the spaces' backing off before
# the cues' alternation from each space of a run cost milliseconds in a caption's tail padded to keep its offsets; cut
# out, the window's first position has nothing before it and is let through, as a search from it was.
_CUE_BEFORE_COLON = re.compile(r"(?<!\s)\s+(" + "|".join(re.escape(c) for c in _NEXT_CUES) + r")$", re.IGNORECASE)
_LETTER_AFTER = re.compile(r"\s*[^\W\d_]")
_ASCII_DIGITS = frozenset("0123456789")
MAX_CUE_CHARS = max(len(c) for c in _NEXT_CUES) + 1
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

# A second credit without a colon after a first one without it, listed with a comma ("Teksti Anni Lehtonen, kuvat
# Mikko Rantala", "Text Anna Berg, foto Erik Lund": the Nordic magazines' credit box, cue and name with a space
# between): a text, picture or video cue of one word, then a name in capitals (checked in code: the pattern ignores
# case), no job title ("By Anna Berg, Photo Editor").
_NEXT_BARE_CREDIT = re.compile(
    r"\s*[,;|]\s*("
    + "|".join(re.escape(c) for kind in ("author", "photo", "video") for c in credit_cues()[kind] if " " not in c)
    + r")\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

# A picture or video credit after the writer's, both cues linked to their names by the same word ("Text by A, photos by
# B", "Texto de A e fotografia de B", "Text von A und Fotos von B": the credit box of features and magazines): the
# second after a comma, semicolon, bar or the list's "and", the line opened by a writer's cue; the linking words and a
# capitalised word after the second cue are checked in code.
_PICTURE_CUES = sorted({c for kind in ("photo", "video") for c in credit_cues()[kind]}, key=len, reverse=True)
_NEXT_LINKED_PICTURE = re.compile(
    r"(?:\s*[,;|]\s*|\s+(?:"
    + "|".join(re.escape(j) for j in sorted(load_byline_words().joiners, key=len, reverse=True))
    + r")\s+)("
    + "|".join(re.escape(c) for c in _PICTURE_CUES)
    + r")\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
_AUTHOR_CUES = frozenset(credit_cues()["author"])
# The first words of the writers' cues: a line whose first word opens none cannot be opened by one, so the search
# above (a long alternation with no first character to skip to, tried at every position) is skipped; it cost a third
# of the text core's time on l3s's pages before this test (session 31).
_AUTHOR_CUE_FIRST_WORDS = frozenset(cue.split()[0] for cue in _AUTHOR_CUES if cue.strip())


@cache
def picture_cue_scanner() -> PhraseAutomaton[None]:
    """Every form of the picture and video cues that `_NEXT_LINKED_PICTURE` matches ignoring case, folded
    (`folded_variants`): a line where none occurs, inside words too, holds no match of that pattern. Built by
    `warm_up`."""
    return PhraseAutomaton((variant, None) for variant in sorted(folded_variants(tuple(_PICTURE_CUES))))


def _linked_picture(text: str, start: int) -> tuple[int, int] | None:
    """The first picture or video cue linked to a capitalised name after a separator or "and", after `start`, in a
    line opened by a writer's cue linked to its name by the same word."""
    first = text.split(None, 1)
    if not first or first[0].casefold() not in _AUTHOR_CUE_FIRST_WORDS:
        return None  # not opened by a writer's cue (the exact test is _opened_by_linked_writer)
    if not picture_cue_scanner().occurs_in(text):
        # no picture cue in the line, so no match: the pattern, opened by spaces and the joiners' alternation, tried
        # at every position of a byline cost 54 µs a line ("By Ann Lee and Tom Roe"); 10 of the 574 bylines a pass
        # asks hold a cue (issue 15, session 36)
        return None
    for match in _NEXT_LINKED_PICTURE.finditer(text, start):
        linking = LINKING.match(text[match.end() :])  # anchored at its string's start
        if linking is None or not text[match.end() + linking.end() : match.end() + linking.end() + 1].isupper():
            continue
        if _opened_by_linked_writer(text[: match.start()].split(), linking.group(0).strip().casefold()):
            return match.start(), match.start(1)
    return None


def _opened_by_linked_writer(head: list[str], word: str) -> bool:
    """The words open with a writer's cue and the linking word: "Text by", "Texto de", or a cue ending in it ("Words
    by", "Escrito por")."""
    for k in (1, 2):
        cue = " ".join(head[:k]).casefold()
        if cue in _AUTHOR_CUES and (cue.endswith(f" {word}") or (len(head) > k and head[k].casefold() == word)):
            return True
    return False


# A line opened by a cue and a spaced dash, and a second cue linked to its name the same way after a separator
# ("သတင်း - ဇော်မင်းထက် ၊ ဓာတ်ပုံ - နန္ဒာဝင်း", news and photo: the Myanmar papers' credit line, parted by the Burmese
# comma "၊"; "Text - Ann Lee, Photo - Tom Roe"). Only where the first cue has the dash too: the line's own habit.
_DASH_AFTER_CUE = r")\s+[-–—−]\s+(?=[^\W\d_])"
_OPENED_BY_DASHED_CUE = re.compile(
    r"^\s*(" + "|".join(re.escape(c) for c in _NEXT_CUES) + _DASH_AFTER_CUE, re.IGNORECASE
)
_NEXT_DASHED_CREDIT = re.compile(
    r"\s*[,;|၊]\s*(" + "|".join(re.escape(c) for c in _NEXT_CUES) + _DASH_AFTER_CUE, re.IGNORECASE
)


def _dashed_credit(text: str, start: int) -> tuple[int, int] | None:
    """The first cue linked to its name by a spaced dash after a separator, after `start`, in a line opened so."""
    if "-" not in text and "–" not in text and "—" not in text and "−" not in text:
        return None  # exact: no dash, no match (most lines)
    if _OPENED_BY_DASHED_CUE.match(text) is None:
        return None
    match = _NEXT_DASHED_CREDIT.search(text, start)
    return (match.start(), match.start(1)) if match else None


# The separators a bare second credit follows.
_BARE_SEPARATOR = re.compile(r"[,;|]")


def _bare_credit(text: str, start: int) -> tuple[int, int] | None:
    """The first colon-less cue after a separator and before a capitalised word, after `start`."""
    # A caption's tail comes padded with spaces to keep its offsets, and the pattern, opened by spaces, read the padding
    # to its end from each of its spaces. Exact: a match holds a separator, with only spaces before it, so none starts
    # before the spaces in front of the first separator after `start` (and none at all without one).
    separator = _BARE_SEPARATOR.search(text, start)
    if separator is None:
        return None
    for match in _NEXT_BARE_CREDIT.finditer(text, start + len(text[start : separator.start()].rstrip())):
        word = text[match.end() :].split(maxsplit=1)[0].strip(".,;:")
        if word[:1].isupper() and word.casefold() not in load_byline_words().jobs:  # not "By A, Photo Editor"
            return match.start(), match.start(1)
    return None


def with_bare_cue_colon(text: str, cue_start: int) -> str:
    """The line with a colon for the space after a colon-less second cue at `cue_start` ("kuvat Mikko Rantala" is
    read as "kuvat:Mikko Rantala", offsets kept), so its part reads as a credit line; else the line as it is."""
    cue = next((m for m in _NEXT_BARE_CREDIT.finditer(text) if m.start(1) == cue_start), None)
    return text if cue is None else text[: cue.end(1)] + ":" + text[cue.end(1) + 1 :]


def next_credit_at(text: str, start: int) -> tuple[int, int] | None:
    """Where a second credit starts after `start` in a credit line: the separator's start and the cue's, or None."""
    linked_cue = _NEXT_LINKED_CREDIT.search(text, start) if ";" in text or "|" in text else None
    # "Reporting by A; Writing by B", else "Text by A and photos by B"
    linked = (linked_cue.start(), linked_cue.start(1)) if linked_cue else _linked_picture(text, start)
    colons = text.count(":", start) + text.count("：", start) + text.count("・", start)
    if colons == 0 and not _CJK_CHAR.search(text, start):
        # a second cue needs its colon, or its "by"; or neither cue has one ("Foto: A, video Beograd" is one credit)
        bare = None if ":" in text or "：" in text else _bare_credit(text, start)
        return min([m for m in (linked, bare, _dashed_credit(text, start)) if m], default=None)
    # From the spaces before `start`: a credit that names no one before the next cue ("作者： 责任编辑：肖春芳").
    match = _NEXT_CREDIT.search(text, len(text[:start].rstrip()))
    if match is not None and match.group(1) is None:
        return match.start(), match.start(2)  # a cue of Chinese or Japanese without its colon
    found = [(m.start(), m.start(1)) for m in (match,) if m] + ([linked] if linked else [])
    spaced = _spaced_credit(text, start)
    glued = _glued_han_credit(text, start) if "：" in text else None
    field = _HAN_FIELD.search(text, start) if "：" in text else None
    labelled = (field.start(), field.start(1)) if field else None
    return min([m for m in (*found, spaced, glued, labelled) if m], default=None)


# A Chinese info bar's next field, whatever its label: after a space, a word of two to five Han characters and the
# full-width colon ("作者：陈海燕 刘强 点击数：2054", the views counter after the writers; "浏览次数：",
# "字号："). A name never has a colon glued to it in a credit line, so the field ends the names before it;
# a label that is no credit's cue credits no one.
_HAN_FIELD = re.compile(r"\s+([\u3400-\u9fff]{2,5})：")


def _spaced_credit(text: str, start: int) -> tuple[int, int] | None:
    """The first cue in capitals with its colon and only a space before it, after `start`: (the space's start, the
    cue's)."""
    colon = text.find(":", start)
    while colon != -1:
        before = text[colon - 1] if colon else ""
        if (before.isspace() and before != "\n") or before in _ASCII_DIGITS:
            # no cue ends in a space or a digit (a clock's "10:30"), nor matches one ignoring case: no cue closes
            # here (but before a line break, where "$" matches too), where the spaces' backing off before the cues'
            # alternation cost milliseconds in a caption's padded tail
            colon = text.find(":", colon + 1)
            continue
        window_start = max(start, colon - MAX_CUE_CHARS - 8)
        cue = _CUE_BEFORE_COLON.search(text[window_start:colon])
        if cue is not None and text[window_start + cue.start(1)].isupper() and _LETTER_AFTER.match(text, colon + 1):
            return window_start + cue.start(), window_start + cue.start(1)
        colon = text.find(":", colon + 1)
    return None


# The cues written in Chinese or Japanese characters alone, longest first ("通讯员", "记者", "来源").
_HAN_CUES = tuple(c for c in _NEXT_CUES if re.fullmatch("[" + _CJK + "]+", c))


def _glued_han_credit(text: str, start: int) -> tuple[int, int] | None:
    """The first Han cue and its full-width colon glued onto the name before it, after `start` ("来源：椰城视点网记者：
    林晓薇": a page's source and reporter spans joined with no space), or onto an empty credit's colon
    ("作者：责任编辑：肖春芳": no writer named, then the editor): (the cue's start, twice)."""
    colon = text.find("：", start)
    while colon != -1:
        cue = next((c for c in _HAN_CUES if text.endswith(c, start, colon)), None)
        at = colon - len(cue) if cue else -1
        if cue and ((at > start and _CJK_CHAR.match(text, at - 1)) or (at >= start > 0 and text[at - 1] == "：")):
            return at, at
        colon = text.find("：", colon + 1)
    return None
