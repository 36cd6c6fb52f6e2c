"""Thread pages: a page whose main content is a thread of posts, not an article with comments under it.

A forum thread ("View Full Version" archives, phpBB topics), a guestbook or a board's posts repeat one
shape down the page: the poster's name on a short line, a stamp with a date and a clock time, then the
post's text. When that shape starts right under the title (no article of some size above its first
post) and the posts hold most of the page's prose, the posts ARE the page: every post, name and quote
is its text, where the region search would pick one post (the longest) and the comment rules would
cut the rest as a thread. An article followed by comments never qualifies: its article is prose above
the first post, which `cut_comments` and `cut_comment_section` keep cutting as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from schemas import ChromeKind, Label, TextKind
from tasks.text.region import PageView, best_region, prose_weight
from tasks.text.rules import Verdict

# Numbers in a poster's name line are left out when names are told apart: "Reply · 24 likes" under every post
# is one link bar, not 24 names ("margarita77" and "margarita" stay one name too, which costs nothing).
_NUMBERS = re.compile(r"\d+")


@dataclass(frozen=True)
class Thread:
    """A page that is a thread of posts: its first and last line, and its post stamps."""

    region: tuple[int, int]
    stamps: frozenset[int]
    authors: int


def _post_stamps(view: PageView) -> list[int]:
    """Short lines with a date and a clock time, with prose right under them (within two lines), of the
    page's most common stamp template (`LineFeatures.shape`): the stamps that open posts ("05-06-2005,
    05:28 PM", "Posted: Tue May 03, 2005 2:10 pm"). A board stamps every post alike; an article stamped
    above its comments is stamped otherwise ("01.12.2026, 14:02" over the story, "01.12.2026 14:35" over
    each comment), so its head is no post."""
    rules, n = view.rules, len(view.prose)
    stamps = [
        i
        for i, f in enumerate(view.features)
        if f.has_timestamp
        and f.n_words <= rules.thread_stamp_max_words
        and any(view.prose[k] for k in range(i + 1, min(i + 3, n)))
    ]
    templates = Counter(view.features[i].shape for i in stamps)
    if not templates:
        return []
    template = templates.most_common(1)[0][0]
    return [i for i in stamps if view.features[i].shape == template]


def _author(view: PageView, stamp: int) -> str | None:
    """The poster's name on the short line right above a stamp ("Samurai Mike", "UNH '00"), if one is there."""
    if stamp == 0 or view.prose[stamp - 1]:
        return None
    above = view.features[stamp - 1]
    return (
        _NUMBERS.sub("#", above.key)
        if 0 < above.n_words <= view.rules.forum_author_max_words and not above.has_date
        else None
    )


def _prose_weight(view: PageView, first: int, last: int) -> float:
    """The prose of lines first..last, weighed as the region search weighs a prose line."""
    return sum(prose_weight(view.features[i], None, True, view.rules) for i in range(first, last + 1) if view.prose[i])


def _thread_end(view: PageView, stamps: list[int]) -> int:
    """The last line of the last post: its last prose line, looked for no further below its stamp than the
    longest post above it runs (the footer under the thread is not the post)."""
    room = max((b - a for a, b in pairwise(stamps)), default=2)
    last = stamps[-1]
    window = range(last + 1, min(last + room, len(view.prose) - 1) + 1)
    return max((i for i in window if view.prose[i]), default=last)


def _closes_article(view: PageView, i: int) -> bool:
    """Line i is a comment heading under a paragraph of prose at least: "46 Comments" over the posts or "Comments (4)"
    among them close the article above (a one-paragraph story is one), the posts are its comments. A guestbook's
    own heading ("Guestbook") opens the page with no prose above it."""
    verdict = view.verdicts[i]
    if verdict is None or verdict.reason_code != "comments_heading":
        return False
    return _prose_weight(view, 0, i - 1) >= view.rules.headed_article_min_weight


def thread_page(view: PageView) -> Thread | None:
    """The page as a thread of posts, or None: at least `forum_min_posts` posts under stamps, each stamp
    under its poster's name (most of them), `forum_min_authors` names at least, the posts holding at least
    `forum_min_prose_share` of the page's prose, and no article above the first post (a run of prose of
    `thread_article_min_weight` or more: the article a comment thread follows), nor a comment heading closing one."""
    rules = view.rules
    stamps = _post_stamps(view)
    if len(stamps) < rules.forum_min_posts:
        return None
    authors = [a for a in (_author(view, s) for s in stamps) if a is not None]
    if len(authors) < rules.forum_named_share * len(stamps) or len(set(authors)) < rules.forum_min_authors:
        return None
    start = stamps[0] - 1 if _author(view, stamps[0]) is not None else stamps[0]
    end = _thread_end(view, stamps)
    if any(_closes_article(view, h) for h in range(end + 1)):
        return None
    weights = [prose_weight(f, None, p, rules) for f, p in zip(view.features, view.prose, strict=True)]
    above = best_region(weights[:start])
    if above is not None and sum(weights[above[0] : above[1] + 1]) >= rules.thread_article_min_weight:
        return None
    total, posts = _prose_weight(view, 0, len(view.prose) - 1), _prose_weight(view, start, end)
    if not total or posts < rules.forum_min_prose_share * total:
        return None
    # A first "post" holding a good share of the prose is an article under its byline and stamp, the posts
    # below it its comments (the share `cut_comments` asks of an article above a thread).
    if _prose_weight(view, start, stamps[1] - 1) >= rules.comment_min_article_share * posts:
        return None
    return Thread((start, end), frozenset(stamps), len(set(authors)))


def post_verdict(i: int, thread: Thread) -> Verdict:
    """A line inside a thread page: a post's stamp is its furniture, every other line (name, text, quote) is text."""
    if i in thread.stamps:
        return Verdict(
            Label.CHROME, ChromeKind.COMMENTS, "post_stamp",
            f"date and time over a post of a thread page ({len(thread.stamps)} posts)", 0.7,
        )  # fmt: skip
    return Verdict(
        Label.BODY, TextKind.POST, "post_in_thread",
        f"in a thread page of {len(thread.stamps)} posts by {thread.authors} names, each under a name and a stamp", 0.7,
    )  # fmt: skip
