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
