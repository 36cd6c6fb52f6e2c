"""The footer line of a blog post under its text: the writer's name and the post's links parted by bars ("Ann Lee |
3 Comments | Permalink | Share Article", as WordPress, Blogger and Squarespace templates write it), a few lines under
the text. The name stands first; a part after it is a comment count or a post link (the `footer` rows of
`comment_headings.csv`). Or a cued byline followed by the post's comment count ("posted by Ann Lee @ 4/19/2005 02:47
AM 22 comments links to this post", Blogger's), read however far under the text it stands (the segmenter leaves a
post's quoted material and its footer as chrome) where the page has one such line: a blog's front page has one under
each post."""

from __future__ import annotations

import re

from schemas import AttributionKind, Label
from tasks.credits.credit_records import Found, author_found, credit_line_attributions, evidence_around
from tasks.credits.name_lines import looks_like_name_line
from tasks.credits.one_word_author import one_word_byline
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.comments import footer_parts
from tasks.text.segment import Segmented

_BAR = re.compile(r"\s+[|·•]\s+")
_COUNT = re.compile(r"[\d()]+")
# The count's first digit opens the pattern, the look-behind after it, so that `re` skips to the digits (opened by the
# look-behind, it was tried at every position of each line: issue 15). The same matches.
_COMMENT_COUNT = re.compile(r"\d(?<!\w\d)\d*\s+comments?(?!\w)", re.IGNORECASE)
# A post's clock time closing its footer after one or two short words, its preposition ("at 3:49 PM", "um 15:49",
# "a las 15:49", "kl. 15:49"): the words are asked to be lower-case by `timed_footer`, whatever the language.
_CLOCK_CLOSE = re.compile(r"\s(\S{1,5}(?:\s+\S{1,5})?)\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?\s*$")


def _is_footer_part(part: str) -> bool:
    """One of a post footer's parts, counts left out ("3 Comments" is "comments")."""
    return " ".join(_COUNT.sub(" ", part).casefold().split()) in footer_parts()


def blog_footer(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer a post's footer line names before the post's links ("Ann Lee | 1 Comment | Permalink"), else []."""
    parts = _BAR.split(text.strip())
    if len(parts) < 2 or not _is_footer_part(parts[1]) or not looks_like_name_line(parts[0], gazetteer):
        return []
    name = parts[0]
    start = text.index(name)
    return [author_found(name, start, line, evidence_around(text, start, start + len(name)))]


def has_footer_links(text: str) -> bool:
    """The line holds a post footer's links after a bar ("… in Politics | Permalink | Comments (3)", TypePad's)."""
    return any(_is_footer_part(part) for part in _BAR.split(text.strip())[1:]) if "|" in text or "·" in text else False


def timed_footer(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer of Blogger's default post footer: a cued byline closed by the post's clock time after a preposition
    ("Posted by Ann Lee at 3:49 PM", "Publicado por Ana López en 15:49", "Eingestellt von Anna Schmidt um 15:49",
    "Pubblicato da Marco Rossi alle 15:49": the template translated, its cue the text reader's); the name must close
    the words before the preposition, so that a comment's footer with its date ("Posted by: Ann Lee | March 3, 2008
    at 10:32 AM", TypePad's) is no post's."""
    match = _CLOCK_CLOSE.search(text)
    if match is None:
        return []
    # "Ann Lee at": the leftmost two short words may hold the name's last; the preposition is the lower-case ones
    words = match.group(1).split()
    preposition = words[1:] if len(words) == 2 and not words[0].islower() else words
    if not preposition or not all(w.islower() for w in preposition):
        return []
    head = text[: match.end(1)].rsplit(None, len(preposition))[0].rstrip()  # the line's start, up to the preposition
    found = credit_line_attributions(head, line, gazetteer)
    return [f for f in found if f.kind is AttributionKind.AUTHOR and f.name and f.char_end == len(head)]


def cued_footer(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer of a cued byline that the post's comment count follows ("posted by Ann Lee @ … 22 comments")."""
    match = _COMMENT_COUNT.search(text)
    if match is None:
        return []
    found = credit_line_attributions(text, line, gazetteer)
    # "Posted by Ann Lee at 10:32 AM 3 comments": the count after the post's time hides the date that closes the
    # byline from its reader; the byline before the count is read alone
    found = found if any(f.name for f in found) else credit_line_attributions(text[: match.start()], line, gazetteer)
    if not any(f.name for f in found):  # "Posted by Kevin at 10:32 PM 3 comments": the blogger's first name alone
        found = one_word_byline(text[: match.start()], line, gazetteer)
    return [f for f in found if f.kind is AttributionKind.AUTHOR and f.name and f.char_end <= match.start()]


def page_cued_footer(segmented: Segmented, last: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer the page's one cued post footer under the text names (`last`: the text's last line), else []."""
    if not last:
        return []  # no text found: nothing is under it
    footers = [
        found
        for ll in segmented.lines
        if ll.line.number > last
        and ll.verdict.label == Label.CHROME
        and (found := cued_footer(ll.line.text, ll.line.number, gazetteer))
    ]
    return footers[0] if len(footers) == 1 else []


# How far from the footer an article line may stand: Blogger's footer sits under the post's last paragraph, at most a
# signature or a disclaimer between them.
FOOTER_REACH = 4


def page_timed_footer(segmented: Segmented, first: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer the page's one timed footer (`timed_footer`) names, a chrome line below the text's start (`first`),
    else []: Blogger's footer stands between the post's paragraphs and a closing disclaimer or signature that the
    segmenter keeps as text, so not always under the text's last line. A blog's front page has one under each post,
    whatever its lines' labels, and names no one."""
    # the clock time closes the line: the regex asked only where its last characters hold a time's separator
    timed = [
        (i, found)
        for i, ll in enumerate(segmented.lines)
        if (":" in ll.line.text[-9:] or "." in ll.line.text[-9:])
        and (found := timed_footer(ll.line.text, ll.line.number, gazetteer))
    ]
    if len(timed) != 1:
        return []
    i, found = timed[0]
    ll = segmented.lines[i]
    near = segmented.lines[max(0, i - FOOTER_REACH) : i + FOOTER_REACH + 1]
    if (
        ll.line.number <= first
        or ll.verdict.label != Label.CHROME
        or not any(n.verdict.label == Label.BODY for n in near)
    ):
        return []
    return found
