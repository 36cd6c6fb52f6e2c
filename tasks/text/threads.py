"""Comment threads: the sections and entries that end an article, and the article above a thread.

Comment threads are prose too, and often longer than the article, so the best run of prose can
be the thread. Two signs mark one: a comment-section heading ("53 Comments", "Leave a Reply",
"Комментарии"; :mod:`tasks.lexicon.comments`) and entries below it (prose under date-and-time
lines, or a short per-entry link such as "Reply" repeated). Without a heading, a run of
timestamped prose entries closing the main text is cut off as well, and a main text that is such
a thread (or one entry deep inside it) gives way to the article above it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from tasks.text.features import LineFeatures
from tasks.text.heads import ended_before, is_article_head, is_under_head, run_from, run_weight
from tasks.text.region import PageView, best_region, grow_region
from tasks.text.thresholds import SegmentRules

# What a stamp line says besides its date and time: the commenter's name ("Deborah", "posted by: anna").
_NOT_LETTERS = re.compile(r"[\d\W_]+")
# The numbers of a link bar's counts, and the words left beside them.
_NUMBERS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")


def _stamps(view: PageView, region: tuple[int, int], max_words: int | None = None) -> list[int]:
    """Comment headers in the region: short timestamp lines followed by prose within two lines, and entry
    headers ("Anna says:", "On May 3, 2012 at 2:35am, Rosa said...") followed by any text, however short,
    when they carry several names (one name's "He said:" introduces quotes)."""
    rules, end = view.rules, region[1]
    longest = rules.stamp_max_words if max_words is None else max_words

    def heads(i: int, text: Callable[[int], bool]) -> bool:
        return any(text(k) for k in range(i + 1, min(i + 3, end + 1)))

    stamps = [
        i
        for i in range(region[0], end + 1)
        if view.features[i].has_timestamp and view.features[i].n_words <= longest and heads(i, view.is_text)
    ]
    entries = [
        i
        for i in range(region[0], end + 1)
        if view.features[i].is_comment_entry
        and view.features[i].n_words <= rules.thread_stamp_max_words
        and heads(i, lambda k: view.verdicts[k] is None)
    ]
    if len(entries) < rules.comment_min_stamps or not _has_many_names(view, entries):
        return stamps
    return sorted(set(stamps) | set(entries))


def cut_comments(view: PageView, region: tuple[int, int], weights: list[float]) -> tuple[int, int]:
    """The region without the comment thread that closes it: a run of prose entries each under (or
    over) its own date-and-time line, after most of the article or after an article of some size
    when the entries run to the region's end (a live blog is stamped from the start)."""
    rules = view.rules
    stamps = _stamps(view, region)
    if len(stamps) < rules.comment_min_stamps:
        return region
    cut = stamps[0]
    while cut - 1 > region[0] and stamps[0] - cut < 2 and not view.prose[cut - 1]:
        cut -= 1  # the commenter's name, the thread's heading
    total, before = run_weight(weights, region[0], region[1]), run_weight(weights, region[0], cut - 1)
    # A thread runs to the end of the region; then an article of some size above it is enough,
    # however long the thread (a live blog's stamps start with the text, leaving little above).
    runs_to_end = region[1] - stamps[-1] <= max(rules.thread_end_max_lines, _last_entry_room(view, stamps))
    if before < rules.comment_min_article_share * total and not (
        runs_to_end and before >= rules.thread_article_min_weight
    ):
        return region
    return ended_before(view, region, cut)


def _has_many_names(view: PageView, stamps: list[int]) -> bool:
    """The stamp lines carry many names (a thread has many authors); one blogger's posts repeat one."""
    names = {_NOT_LETTERS.sub(" ", view.features[i].key).strip() for i in stamps}
    return len(names) >= view.rules.thread_min_names_share * len(stamps)


def _longest_entry(stamps: list[int]) -> int:
    """Lines from one stamp to the next, at most: the longest entry of a thread (two stamps or more)."""
    return max(b - a for a, b in pairwise(stamps))


def _last_entry_room(view: PageView, stamps: list[int]) -> int:
    """How many lines the last entry may run below its stamp: as many as the longest entry above it,
    when the stamps carry many names (a thread); none when they repeat one (one blogger's posts)."""
    return _longest_entry(stamps) if _has_many_names(view, stamps) else 0


def article_above_thread(view: PageView, region: tuple[int, int], weights: list[float]) -> tuple[int, int]:
    """The best run of prose above the main text when the main text is a comment thread from its first
    line: dated entries of many names, the first stamp within one entry of the start (a comment
    signed below its text: "Posted by: Kent | July 15, 2012 at 02:46 PM"). Without a heading, this is
    the thread that `cut_comments` cannot cut, having no article above it inside the region."""
    rules = view.rules
    stamps = _stamps(view, region)
    if len(stamps) < rules.comment_min_stamps or not _has_many_names(view, stamps):
        return region
    if stamps[0] - region[0] > _longest_entry(stamps):
        return region
    article = best_region(weights[: region[0]])
    if article is None or not _is_article(view, article, weights, rules.thread_article_min_weight):
        return region
    return grow_region(view, article)


def _marks(view: PageView, i: int) -> str:
    """The punctuation a line's template leaves ("#(),:@" for "by vlm (69642) on Tuesday July 24, @09:32AM
    ( #40748479 )"), whatever the name's case: the part of its shape after the opening token class."""
    return view.features[i].shape.partition("|")[2]


def headed_article_above_thread(view: PageView, region: tuple[int, int], weights: list[float]) -> tuple[int, int]:
    """The page's first article under its head (a dateline or byline) when the main text lies inside a
    thread below it: dated entries of many names below that article, the main text one of them. A
    one-paragraph story above hundreds of comments ("Posted by timothy on Tuesday July 24, @12:06PM",
    then "by vlm (69642) on Tuesday July 24, @09:32AM" over each comment), where a comment outweighs
    the story. Runs after `article_above_thread`, which may have picked another entry."""
    rules = view.rules
    first = next((i for i in range(region[0]) if view.is_text(i) and is_under_head(view, i)), None)
    if first is None:
        return region
    article = run_from(weights, first, region[0])
    if run_weight(weights, *article) < rules.headed_article_min_weight:
        return region
    stamps = _stamps(view, (article[1] + 1, len(view.prose) - 1), rules.thread_stamp_max_words)
    if len(stamps) < rules.comment_min_stamps or not _has_many_names(view, stamps):
        return region
    # The main text is an entry of the thread, right under its stamp; not the first entry, or else under a
    # stamp of the thread's own template (the same punctuation): not an article under its own stamp
    # ("Submitted by Tyler Durden on 08/09/2012 13:01") with a thread stamped otherwise below it.
    above = [s for s in stamps if s < region[0]]
    if not above or region[0] - above[-1] > rules.article_head_window:
        return region
    marks = _marks(view, above[-1])
    same_template = [s for s in stamps if _marks(view, s) == marks]
    if len(above) < rules.thread_min_entries and (
        len(same_template) < rules.comment_min_stamps or not _has_many_names(view, same_template)
    ):
        return region
    return grow_region(view, article)


def comment_headings(view: PageView) -> list[int]:
    """Indices of the lines that open a comment section ("53 Comments", "Leave a Reply")."""
    return [i for i, v in enumerate(view.verdicts) if v is not None and v.reason_code == "comments_heading"]


def has_thread(view: PageView, first: int, last: int) -> bool:
    """Lines first..last read like comment entries: prose under date-and-time lines, or the short
    links every entry repeats ("Reply", "Report abuse", "Recommend")."""
    rules = view.rules
    if len(_stamps(view, (first, last), rules.thread_stamp_max_words)) >= rules.thread_min_entries:
        return True
    feats = view.features[first : last + 1]
    repeats = sum(f.n_copies >= rules.thread_min_entries and f.n_words <= rules.thread_link_max_words for f in feats)
    return repeats >= rules.thread_min_entries or _has_counted_links(feats, rules)


def _has_counted_links(feats: list[LineFeatures], rules: SegmentRules) -> bool:
    """Short lines that are the same once their numbers are left out, at least `thread_min_entries` of them:
    every entry's link bar with its own counts ("Odgovori | 112 | 9", "Reply | 48 | 37", "Like (3)")."""
    bars: Counter[str] = Counter()
    for f in feats:
        bar = _NUMBERS.sub("#", f.key)
        if bar != f.key and len(_WORDS.findall(bar)) in range(1, rules.thread_link_max_words + 1):
            bars[bar] += 1
    return any(count >= rules.thread_min_entries for count in bars.values())


def _is_article(
    view: PageView, run: tuple[int, int], weights: list[float], min_weight: float, head_counts: bool = True
) -> bool:
    """A run of prose above a comment section or thread is its article: it has some size, or it sits
    under its own dateline or byline (a one-paragraph story above hundreds of comments), where
    `head_counts`."""
    weight = run_weight(weights, *run)
    if weight >= min_weight:
        return True
    return head_counts and weight >= view.rules.headed_article_min_weight and is_under_head(view, run[0])


def _has_dated_entries(view: PageView, first: int, last: int) -> bool:
    """Lines first..last hold comment entries under short dated lines ("10.29.2012", "Posted October 28,
    2012 at 10:31 pm"), each followed by prose within two lines."""
    rules = view.rules
    dated = [
        i
        for i in range(first, last + 1)
        if view.features[i].has_date
        and view.features[i].n_words <= rules.thread_stamp_max_words
        and any(view.is_text(k) for k in range(i + 1, min(i + 3, last + 1)))
    ]
    return len(dated) >= rules.thread_min_entries


def thread_end(view: PageView, h: int, last: int) -> int:
    """The last line by which the thread under the comment heading at `h` is judged, when the main text ends at `last`
    below that heading: its end, or the last copy of the short line right under it when that line is each entry's own
    link or stamp ("Responder", "hace 2 horas"). The search stopped at the first entry's and took the article, the
    heading and the first comment, so the thread's entries lay outside the main text. Every copy stands below the
    heading (a menu repeated in the footer has one above it) and the main text under the heading is one entry long at
    most, no more lines than between two copies (an article's "Advertisement" lines under a toolbar's "Comments (4)"
    have the article's length between the heading and the first)."""
    copies = _entry_links(view, h, last + 1) if last + 1 < len(view.features) else []
    return copies[-1] if copies and copies[0] == last + 1 else last


def _entry_links(view: PageView, h: int, k: int) -> list[int]:
    """The copies of line k when it is a short line repeated as each entry's own link or stamp under the comment
    heading at `h`: every copy below the heading, the first one entry under it at most (see `thread_end`); else []."""
    feat = view.features[k]
    if feat.n_copies < view.rules.thread_min_entries or feat.n_words > view.rules.thread_link_max_words:
        return []
    copies = [i for i, f in enumerate(view.features) if f.key == feat.key]
    return copies if copies[0] > h and copies[0] - h <= max(b - a for a, b in pairwise(copies)) else []


def cut_comment_section(view: PageView, region: tuple[int, int], weights: list[float]) -> tuple[int, int]:
    """The main text without the comment section that a comment heading opens.

    A heading inside the region ends it, after enough article (most of the region's prose, or a
    thread of entries below). When the whole region lies below a heading and reads as a thread,
    the article is the best run of prose above the heading, if there is one of some size.
    """
    rules, headings = view.rules, comment_headings(view)
    total = run_weight(weights, region[0], region[1])
    for h in headings:
        if region[0] < h <= region[1]:
            before, end = run_weight(weights, region[0], h - 1), thread_end(view, h, region[1])
            thread = has_thread(view, h + 1, end)
            if before >= rules.cluster_min_weight and (thread or before >= rules.comment_min_article_share * total):
                return ended_before(view, region, h)
            signed = before >= rules.headed_article_min_weight and _is_signed_above(view, region[0], h)
            # a thread of entries each closed by its link may lie below the main text or wholly inside it (session 44)
            linked = end > region[1] or any(_entry_links(view, h, k) for k in range(h + 1, region[1] + 1))
            if signed and ((linked and thread) or _has_dated_entries(view, h + 1, end)):
                return ended_before(view, region, h)  # a short post over its own stamp, then dated comments
    above = [h for h in headings if h < region[0]]
    if above and has_thread(view, above[-1] + 1, region[1]):
        article = best_region(weights[: above[-1]])
        # A headed article may be short only when the thread is one of dated entries: repeated short
        # lines (a teaser list's "Max Fisher") under a toolbar's "Comments" link are no proof of one.
        dated = _has_dated_entries(view, above[-1] + 1, region[1])
        if article is not None and _is_article(view, article, weights, rules.comment_article_min_weight, dated):
            return grow_region(view, article)
    if above:
        return article_over_comment_heading(view, region, above[-1], weights)
    return region


def article_over_comment_heading(
    view: PageView, region: tuple[int, int], heading: int, weights: list[float]
) -> tuple[int, int]:
    """The run of prose right above a comment heading when the main text lies below it and weighs little more: a short
    post ("Leave a Reply" or "3 Comments" a few lines under its last paragraph: a share bar, tags, a permalink line
    between) whose comments below, unstamped and without a "Reply" link each, are longer than it. The run must end
    close above the heading and weigh a share of the main text (as an article above a stamped thread,
    `comment_min_article_share`): a long article under a toolbar's "Comments (12)" link outweighs whatever stands above
    that link many times over; and the main text must read as entries (session 36, docs/segmenter.md). A post under its
    own dateline or byline ("Posted on 12 April by Ruth") may end any distance above the heading (a blog engine prints
    the post's tags, share bar, pager and related posts between) and its comments may run on without a name between
    them: the head says where the article is (session 38)."""
    rules = view.rules
    article = best_region(weights[:heading])
    if article is None:
        return region
    headed = is_under_head(view, article[0])
    if heading - article[1] > rules.comment_heading_max_gap and not headed:
        return region
    weight = run_weight(weights, *article)
    if weight < max(rules.headed_article_min_weight, rules.comment_min_article_share * run_weight(weights, *region)):
        return region
    # comments are entries, a line between two of them at least (the next commenter's name); an article's paragraphs
    # run on line after line (a real check half lost an author where one did, under a heading read as a comment's)
    texts = [i for i in range(region[0], region[1] + 1) if view.is_text(i)]
    if not headed and not any(b - a > 1 for a, b in pairwise(texts)):
        return region
    return grow_region(view, article)


def _is_signed_above(view: PageView, first: int, h: int) -> bool:
    """The text from line `first` down to the comment heading at `h` is a post signed below, or headed: its last line
    above the heading is its own stamp or byline ("Posted by Kathy on April 6, 2007 | Permalink", the way blog engines
    sign a post under its text), with text right above that; or a dateline or byline heads it."""
    if is_under_head(view, first):
        return True
    stamp = h - 1
    return stamp > first and is_article_head(view, stamp) and view.is_text(stamp - 1)


def comment_section(view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """First and last index of the comment section below the main text: from its heading to the
    last prose line after it (the footer below the last entry is not part of it)."""
    if region is None:
        return None
    below = [h for h in comment_headings(view) if h > region[1]]
    if not below:
        return None
    last = max((i for i in range(below[0] + 1, len(view.prose)) if view.prose[i]), default=below[0])
    return below[0], last
