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
from tasks.text.features import line_shape
from tasks.text.region import PageView, best_region, prose_weight
from tasks.text.rules import POSTER_FIELD, Verdict

# How far under a stamp the poster's block may end (the name, a rank, the fields, a place).
POSTER_BLOCK = 6
# Numbers in a poster's name line are left out when names are told apart: "Reply · 24 likes" under every post
# is one link bar, not 24 names ("margarita77" and "margarita" stay one name too, which costs nothing).
_NUMBERS = re.compile(r"\d+")


@dataclass(frozen=True)
class Thread:
    """A page that is a thread of posts: its first and last line, and its post stamps."""

    region: tuple[int, int]
    stamps: frozenset[int]
    authors: int
    furniture: frozenset[int] = frozenset()  # the posters' ranks and the posts' repeated subject lines (`_furniture`)


def _post_stamps(view: PageView) -> list[int]:
    """Short lines with a date and a clock time, with prose right under them (within two lines), of the
    page's most common stamp template (`LineFeatures.shape`): the stamps that open posts ("05-06-2005,
    05:28 PM", "Posted: Tue May 03, 2005 2:10 pm"). A board stamps every post alike; an article stamped
    above its comments is stamped otherwise ("01.12.2026, 14:02" over the story, "01.12.2026 14:35" over
    each comment), so its head is no post."""
    rules = view.rules
    stamps = [
        i
        for i, f in enumerate(view.features)
        if f.has_timestamp and f.n_words <= rules.thread_stamp_max_words and _prose_follows(view, i)
    ]
    templates = Counter(view.features[i].shape for i in stamps)
    if not templates:
        return []
    template = templates.most_common(1)[0][0]
    return _named_stamps(view, stamps, [i for i in stamps if view.features[i].shape == template])


def _named_stamps(view: PageView, stamps: list[int], alike: list[int]) -> list[int]:
    """The stamps of one template read as the word that opens them and the date on, when that finds more than the
    line's own template: phpBB prints the poster's name in the stamp ("da pesciolino_rosso » sab 11 apr 2026, 18:22",
    "od Marketa.med » pát 10. dub 2026 07:55"), so the lines' shapes differ with each name ("_", ".", capitals) while
    the opening word and the date are printed alike. The story's own head opens otherwise ("Posted by timothy on …"
    over comments stamped "by Anna on …") and stays no post; a join date, printed as a stamp is, is no post's stamp."""
    dated = [i for i in stamps if not _is_field(view, i)]
    templates = Counter(_date_template(view, i) for i in dated)
    if not templates:
        return alike
    template, count = templates.most_common(1)[0]
    return [i for i in dated if _date_template(view, i) == template] if count > len(alike) else alike


def _date_template(view: PageView, i: int) -> tuple[str, str]:
    """A stamp's opening word and the shape of its line from the first digit on (the date and the clock time)."""
    key = view.features[i].key
    first = _NUMBERS.search(key)
    return key.split(maxsplit=1)[0], line_shape(key[first.start() :] if first else key)


def _prose_follows(view: PageView, stamp: int) -> bool:
    """Prose starts within two lines under the stamp, or under the poster's block right under it (`_block_end`)."""
    end = _block_end(view, stamp)
    return any(view.prose[k] for k in range(end + 1, min(end + 3, len(view.prose))))


def _is_field(view: PageView, i: int) -> bool:
    """Line i is a poster's join date or post count (tasks.text.rules.poster_field)."""
    verdict = view.verdicts[i]
    return verdict is not None and verdict.reason_code == POSTER_FIELD


def _block_end(view: PageView, stamp: int) -> int:
    """The poster's last field in the block right under a stamp (vBulletin: "14.04.2026, 18:47" over the name, the
    rank, "Регистрация: …", "Сообщений: …", a place, then the post), or the stamp when no poster's field stands in
    the POSTER_BLOCK lines under it: the post's text starts within two lines of it."""
    last, k = stamp, stamp + 1
    while k < min(stamp + 1 + POSTER_BLOCK, len(view.prose)) and not view.prose[k]:
        last = k if _is_field(view, k) else last
        k += 1
    return last


def _author_line(view: PageView, stamp: int) -> int | None:
    """The line of the poster's name by a stamp: right above it ("Samurai Mike", "UNH '00"); above the poster's
    fields between them (phpBB, a forum's own theme: the name, "Mensagens: 1288", "Registrado em: 14/08/2014", then
    the stamp); right under it, over the fields (vBulletin); or under the post, over the fields (`_name_under_post`).
    None when no name is there."""
    above = stamp - 1
    while above > 0 and _is_field(view, above):
        above -= 1
    if _is_name(view, above):
        return above
    under = stamp + 1
    if _block_end(view, stamp) > stamp and _is_name(view, under):
        return under
    return _name_under_post(view, stamp)


def _name_under_post(view: PageView, stamp: int) -> int | None:
    """The poster's name in the block under the post (phpBB prosilver, phpBB's default theme, prints the profile
    column after the post: "Re: subject" and the stamp over the text, then the name, the rank, "Beiträge: 517",
    "Registriert: …"): the first short line under the post's text, with a poster's field (its post count or join
    date) in the block below it. The field is asked: a commenter's name or a category under a teaser's lead has none."""
    n, k = len(view.prose), stamp + 1
    while k < min(stamp + 3, n) and not view.prose[k]:
        k += 1  # the post's text starts within two lines of its stamp (`_prose_follows`)
    while k < n and view.prose[k]:
        k += 1
    if not _is_name(view, k):
        return None
    return k if any(_is_field(view, j) for j in range(k + 1, min(k + 1 + POSTER_BLOCK, n))) else None


def _is_name(view: PageView, i: int) -> bool:
    """Line i is short and no date, no field, no prose: a poster's name may stand there."""
    if i < 0 or i >= len(view.prose) or view.prose[i] or _is_field(view, i):
        return False
    feat = view.features[i]
    return 0 < feat.n_words <= view.rules.forum_author_max_words and not feat.has_date


def _author(view: PageView, line: int | None) -> str | None:
    """The poster's name on its line (`_author_line`), its numbers left out, if one is there."""
    return None if line is None else _NUMBERS.sub("#", view.features[line].key)


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
    name_lines = [_author_line(view, s) for s in stamps]  # each stamp's poster's line, read once for every use below
    authors = [a for a in (_author(view, line) for line in name_lines) if a is not None]
    if len(authors) < rules.forum_named_share * len(stamps) or len(set(authors)) < rules.forum_min_authors:
        return None
    first_author = name_lines[0]
    start = stamps[0] if first_author is None else min(stamps[0], first_author)
    end = _thread_end(view, stamps)
    last_author = name_lines[-1]
    end = end if last_author is None else max(end, last_author)  # the last poster's name in the block under the post
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
    return Thread((start, end), frozenset(stamps), len(set(authors)), _furniture(view, stamps, name_lines))


def _furniture(view: PageView, stamps: list[int], name_lines: list[int | None]) -> frozenset[int]:
    """The lines of a thread that are neither a post's text nor its poster's name: the rank between the name and the
    poster's fields ("Stammgast", "Moderatore", "Randonneur confirmé"), and the post's subject repeated over its stamp
    ("Re: Tomaten im Gewächshaus …"), a short line printed more than once on the page that is no poster's name."""
    lines: set[int] = set()
    for stamp, name in zip(stamps, name_lines, strict=True):
        if name is not None:  # the block ends at its last field, so what is no field in it lies between name and fields
            lines.update(k for k in _block_after(view, name, stamp) if not _is_field(view, k))
        subject = stamp - 1
        if subject != name and subject >= 0 and view.features[subject].n_copies > 1 and not _is_field(view, subject):
            lines.add(subject)
    return frozenset(lines)


def _block_after(view: PageView, name: int, stamp: int) -> list[int]:
    """The short lines under a poster's name up to the last of its fields (the rank, the fields), ending at the first
    line of prose or at the stamp: empty when no field stands there."""
    block, k = [], name + 1
    while k < min(name + 1 + POSTER_BLOCK, len(view.prose)) and not view.prose[k] and k != stamp:
        block.append(k)
        k += 1
    fields = [k for k in block if _is_field(view, k)]
    return block[: block.index(fields[-1]) + 1] if fields else []


def post_verdict(i: int, thread: Thread) -> Verdict:
    """A line inside a thread page: a post's stamp is its furniture, every other line (name, text, quote) is text."""
    if i in thread.stamps:
        return Verdict(
            Label.CHROME, ChromeKind.COMMENTS, "post_stamp",
            f"date and time over a post of a thread page ({len(thread.stamps)} posts)", 0.7,
        )  # fmt: skip
    if i in thread.furniture:
        return Verdict(
            Label.CHROME, ChromeKind.COMMENTS, "poster_block",
            "a poster's rank or a post's repeated subject line in a thread page, not the post's text", 0.7,
        )  # fmt: skip
    return Verdict(
        Label.BODY, TextKind.POST, "post_in_thread",
        f"in a thread page of {len(thread.stamps)} posts by {thread.authors} names, each under a name and a stamp", 0.7,
    )  # fmt: skip
