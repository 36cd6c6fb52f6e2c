"""The next story under the article: a second headline with its own byline and date, run on into the main text.

A news site that loads the next article under the one asked for (an "infinite scroll" of stories, "Up next",
"Articolul următor", or no label at all) prints it as the first: a headline, a byline and a dateline, then its
paragraphs. Only a short label or nothing stands between the two stories, so the region search runs on from the
article into the next one, which is often the longer. A headline over a byline and a dateline inside the main text,
under two text lines of an article under its own date at least, is where the page's article ends: the article asked
for comes first (its head is the page's). What does not end it: an update set into the article (a date of its own,
no byline), a live blog's entries (clock stamps, not dates), a blog's front page or a weekly edition (many posts
under their heads, all of them the page's text in the sets' gold; a site that loads the next story loads one), and a
sidebar's excerpt under a byline alone above the article (no date over it).
"""

from __future__ import annotations

from tasks.lexicon.vocab import NEXT_STORY_LABELS
from tasks.text.heads import ended_before, is_article_head
from tasks.text.region import PageView

# A headline has a few words at least (not a label such as "Up next" or a byline's role line).
NEXT_HEADLINE_MIN_WORDS = 4
# The article above the next story's headline reads as an article: this many text lines at least.
MIN_ARTICLE_LINES_ABOVE = 2


def _is_headline(view: PageView, i: int) -> bool:
    """Line i reads as a headline: no rule took it, no prose, no sentence's end nor a colon introducing a list, a few
    words."""
    feat = view.features[i]
    return (
        view.verdicts[i] is None
        and not view.prose[i]
        and not feat.ends_sentence
        and not feat.ends_colon
        and feat.n_words >= NEXT_HEADLINE_MIN_WORDS
    )


def _dated_head_below(view: PageView, h: int, last: int, own_dates: frozenset[str]) -> bool:
    """A few short lines right under line h hold a story's head, and its text starts right under them: a dateline
    with a byline ("By Mark Hollis" over "21 April 2025"), or the article's own dateline printed again (the next story
    of the same day, under a byline the credit rules may not read: "de Ioana Mureșan" over "3 februarie 2025"), or
    a dateline under a headline that a label names the next story ("Up next", `next_story_labels.csv`). An
    update set into the article ("Council responds to the petition" over "Updated 22 April 2025") carries a date of
    its own and no byline: it stays the article's."""
    # a label over the headline that names the next story ("Up next", "Habari inayofuata") says whose head it is, as a
    # byline does: a story the site loads next under its date alone
    k, dated, credited = h + 1, False, h > 0 and view.features[h - 1].key in NEXT_STORY_LABELS
    while k <= last and k - h <= view.rules.headed_run_max_gap and not view.prose[k]:
        verdict, feat = view.verdicts[k], view.features[k]
        if feat.has_date and is_article_head(view, k):
            dated, credited = True, credited or feat.key in own_dates
        credited = credited or (verdict is not None and verdict.reason_code == "credit_line")
        k += 1
    return dated and credited and k <= last and view.is_text(k)


def _own_dates(view: PageView, first: int) -> frozenset[str]:
    """The datelines of the article's own head, right above its first text line."""
    window = range(max(0, first - view.rules.article_head_window), first)
    return frozenset(view.features[i].key for i in window if view.features[i].has_date and is_article_head(view, i))


def _next_story_heads(view: PageView, region: tuple[int, int], own: frozenset[str]) -> list[int]:
    """The headlines inside the main text that stand over a story's head and the text under it, below two text lines
    of the main text at least."""
    first, last = region
    heads, text_above = [], 0
    for h in range(first + 1, last):
        text_above += view.is_text(h - 1)
        if text_above >= MIN_ARTICLE_LINES_ABOVE and _is_headline(view, h) and _dated_head_below(view, h, last, own):
            heads.append(h)
    return heads


def ended_above_next_story(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The main text ended above the next story's headline inside it, when the main text itself sits under a dated
    head (the article's own date, right above its first text line) and holds two text lines at least above that
    headline. A sidebar's excerpt under a byline alone (an opinion column's "By Gerald Finch" over its first two
    paragraphs and "Read more", above the article) is no article with a date: the step leaves it to the search.
    Only one story may follow: a blog's front page or a weekly edition prints many posts under their heads, all of
    them the page's text (the sets' gold keeps every post), where a site that loads the next story loads one."""
    own = _own_dates(view, region[0])
    if not own:
        return region
    heads = _next_story_heads(view, region, own)
    return ended_before(view, region, heads[0]) if len(heads) == 1 else region
