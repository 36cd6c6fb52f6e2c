"""A picture's photographer named alone in capitals right under its caption inside the article ("Vista de la plaza tras
la obra." over "ANA LÓPEZ"), or in title case on the caption's next line: Spanish and other papers print the credit so,
with no cue word. The caption is one short
sentence; the name, once title-cased, passes the name-line test with the page's lower-case words (a heading in
capitals, "NUEVOS PUESTOS", has words the page writes in lower case), is a person's, and the text never uses a word
of it (a name in capitals that the article is about is an interview's speaker or a heading)."""

from __future__ import annotations

import re
from collections.abc import Container

from schemas import AttributionKind, Label
from tasks.credits.credit_records import Found, named_found
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.closing_sentences import last_sentence_start
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import Segmented

# A caption is a short sentence: longer lines over a name are paragraphs.
MAX_CAPTION_WORDS = 25
MIN_PHOTOGRAPHER_WORDS = 2
MAX_PHOTOGRAPHER_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+")


def photographer_under_caption(
    segmented: Segmented, i: int, gazetteer: Gazetteer, lower: Container[str]
) -> list[Found]:
    """The photo credit line `i` of the page is, if it is a photographer's name in capitals under a caption."""
    lines = segmented.lines
    text = lines[i].line.text.strip()
    words = text.split()
    if i == 0 or not MIN_PHOTOGRAPHER_WORDS <= len(words) <= MAX_PHOTOGRAPHER_WORDS:
        return []
    # in title case only on the caption's next line, no blank between: the picture's block ("… imagen de archivo." over
    # "Santos Álvarez"), where a name set apart under a paragraph may be a heading's or a signature's
    if not text.isupper() and (not text.istitle() or lines[i - 1].line.number != lines[i].line.number - 1):
        return []
    caption = lines[i - 1].line.text.strip()
    if not caption.endswith(".") or len(caption.split()) > MAX_CAPTION_WORDS or last_sentence_start(caption):
        return []
    titled = [w.title() for w in words]
    if not looks_like_name_line(" ".join(titled), gazetteer, lower) or not looks_like_person(titled, name_words()):
        return []
    # the text never uses a word of the name: a heading in capitals names what the story is about ("AUSTRALIA
    # AHEAD" over "Australia beat Colombia …"), a photographer is not in the story
    folded = {w.casefold() for w in words}
    others = (ll.line.text for ll in lines if ll.verdict.label == Label.BODY and ll is not lines[i])
    if any(folded & set(_WORD.findall(other.casefold())) for other in others):
        return []
    start = lines[i].line.text.index(words[0])
    number = lines[i].line.number
    return [named_found(AttributionKind.PHOTO, text, start, number, f"{caption} {text}")]


def copyright_under_caption(segmented: Segmented, i: int) -> list[Found]:
    """ "© Kevin Ho-A-Chuck" on the line right under a caption ("Les élèves embarquent …." over it, no blank between):
    the picture's photographer after the copyright sign. Alone on a line the sign is a site's notice ("© Le Monde"),
    so only under a caption's short sentence, and only a person's name of a few title-case words (an outlet's or
    agency's has an outlet word or an article, and a notice a year)."""
    lines = segmented.lines
    text = lines[i].line.text.strip()
    if i == 0 or not text.startswith("©") or lines[i - 1].line.number != lines[i].line.number - 1:
        return []
    name = text[1:].strip().rstrip(".")
    words = name.split()
    parts = [part for word in words for part in word.split("-") if part]  # "Ho-A-Chuck": each part title case
    if not MIN_PHOTOGRAPHER_WORDS <= len(words) <= MAX_PHOTOGRAPHER_WORDS or not looks_like_person(parts, name_words()):
        return []
    caption = lines[i - 1].line.text.strip()
    if not caption.endswith(".") or len(caption.split()) > MAX_CAPTION_WORDS or last_sentence_start(caption):
        return []
    start = lines[i].line.text.index(name)
    return [named_found(AttributionKind.PHOTO, name, start, lines[i].line.number, f"{caption} {text}")]


MAX_OPENED_CAPTION_WORDS = 40
MIN_OPENED_CAPTION_WORDS = 4


def copyright_opening_caption(text: str, number: int) -> list[Found]:
    """ "© Ann Lee Workers on the old bridge on Tuesday.": a caption inside the text opened by its picture's credit, the
    copyright sign and the photographer (a syndicating portal's captions, MSN's, run the credit and the caption
    together). The name is the two or three title-case words after the sign that are a person's, the caption's first
    word capitalised after them; where both lengths would do ("© Ann Mary Lee Workers …") the split is unknown and
    nothing is read. A year after the sign is a notice's ("© 2019 Acme Media"), and an outlet's or agency's name no
    person's; the caption is a paragraph's length at most, closed by a full stop."""
    stripped = text.strip()
    tokens = stripped[1:].split() if stripped.startswith("©") else []
    names = [n for n in (2, 3) if n < len(tokens) and _opens_caption(tokens, n)]
    if len(names) != 1 or not stripped.endswith((".", ".)", ".”")):
        return []
    if not MIN_OPENED_CAPTION_WORDS <= len(tokens) - names[0] <= MAX_OPENED_CAPTION_WORDS:
        return []
    name = " ".join(tokens[: names[0]])
    start = text.index(name)
    return [named_found(AttributionKind.PHOTO, name, start, number, text)]


def _opens_caption(tokens: list[str], n: int) -> bool:
    """The first `n` words are a person's name and the word after them opens the caption with a capital."""
    parts = [part for word in tokens[:n] for part in word.split("-") if part]
    return tokens[n][0].isupper() and looks_like_person(parts, name_words())
