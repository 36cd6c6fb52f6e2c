"""The main text of a page: the region search of :mod:`tasks.text.region`, revised by page shapes.

The search weighs prose by length, so a short article loses to a longer headless run further down
(an about box, a reader's post): the run above under a dateline or byline wins back the place. A
run that ran on from an article into a teaser list of headline/lead pairs ends before them, and one
that opens with a single line of another text above the article's headline and head starts under the
head. Comment threads are cut in :mod:`tasks.text.threads`.
"""

from __future__ import annotations

from itertools import pairwise

from schemas import Label
from tasks.lexicon.post_pagers import is_post_pager
from tasks.lexicon.vocab import SHARE_BUTTONS
from tasks.text.captions import closes_with_picture_credit
from tasks.text.clause_runs import with_clause_runs_weighed
from tasks.text.closing_boxes import ended_above_link_box
from tasks.text.heads import ended_before, first_text_below, is_article_head, is_under_head, run_from, run_weight
from tasks.text.live_writers import with_signed_stamps_free
from tasks.text.next_story import ended_above_next_story
from tasks.text.read_also import read_also_box_length
from tasks.text.region import PageView, best_region, grow_region, prose_weight, same_shape
from tasks.text.teaser_lists import article_before_teasers, opens_named_teaser_list
from tasks.text.threads import (
    article_above_thread,
    comment_section,
    cut_comment_section,
    cut_comments,
    headed_article_above_thread,
)

__all__ = ["comment_section", "find_region"]


def _headed_starts(view: PageView, stop: int) -> list[int]:
    """Text lines above `stop` that open an article under its head: the first text line below a dateline
    or byline with at most a few short lines between (a headline, a share bar)."""
    starts = (first_text_below(view, h, stop - 1) for h in range(stop) if is_article_head(view, h))
    return [i for i in starts if i is not None]


def _best_headed_run(view: PageView, weights: list[float], stop: int) -> tuple[int, int] | None:
    """The heaviest run of prose above `stop` that starts under a head, read from its first line."""
    runs = [run_from(weights, i, stop) for i in _headed_starts(view, stop)]
    return max(runs, key=lambda run: run_weight(weights, *run), default=None)


def headed_article_above(
    view: PageView, region: tuple[int, int], core: tuple[int, int], weights: list[float]
) -> tuple[int, int]:
    """The heaviest run of prose above the main text that sits under a dateline or byline (a few short
    lines between at most), when the main text does not and the run weighs at least some share of the
    main text's core; else the main text.

    A short article under its headline and date loses the weight contest to a longer headless run
    further down (a sidebar's about box, a forum post, a feed of teasers): the head says which is
    the article. Comment entries are headed too, so a headed main text is never displaced.
    """
    if is_under_head(view, region[0]):
        return region
    above = _best_headed_run(view, weights, region[0])
    if above is None:
        return region
    share = sum(weights[above[0] : above[1] + 1]) / sum(weights[core[0] : core[1] + 1])
    # a box of other stories' summaries under a heading that names it ("Mehr zum Thema") is no article, whatever it
    # weighs: a story under its own head above it is the article, were it one sentence
    if share < view.rules.headed_article_min_share and not opens_named_teaser_list(view, region):
        return region
    return grow_region(view, above)


def _is_teaser_gap(view: PageView, a: int, b: int) -> bool:
    """Text lines a and b are leads of two teasers: one short line between them, which no rule took (the
    second teaser's headline); not paragraphs in a row, nor a live blog's entries between time stamps."""
    return b - a == 2 and not view.prose[a + 1] and view.verdicts[a + 1] is None


def article_under_inner_head(view: PageView, region: tuple[int, int], weights: list[float]) -> tuple[int, int]:
    """The main text from the first article head inside it down: when the region opens with one line of
    text not under a head, or with teasers' one-line leads each under its headline (a list of teasers
    with summaries above the article), then, after a headline and more short lines, a dateline or byline
    over a text that weighs more (an about box or a pitch above the article, joined to it by the search).
    A standfirst right above its byline stays (at most one line between), and so do two paragraphs in a
    row and a live blog's entries between their time stamps. Under a whole teaser list ("Últimas notícias"
    over three headlines and leads) the article under its headline and byline wins whatever the leads weigh."""
    if is_under_head(view, region[0]):
        return region
    for h in range(region[0] + 1, region[1]):
        if not is_article_head(view, h):
            continue
        above = [i for i in range(region[0], h) if view.is_text(i)]
        teasers = bool(above) and all(_is_teaser_gap(view, a, b) for a, b in pairwise(above))
        # a teaser list's leads, as many as make one (`teaser_list_min_pairs`), and the article's headline under the
        # last as under the others, then the article's byline: that lead is one more teaser's, not a standfirst, and
        # the list weighs nothing. A roundup's items over an embedded post's dated signature have no byline there.
        listed = teasers and len(above) >= view.rules.teaser_list_min_pairs and _is_teaser_gap(view, above[-1], h)
        listed = listed and _is_credit(view, h)
        if (not teasers or (h - above[-1] <= 2 and not listed)) and not _teaser_leads_over_standfirst(view, above, h):
            return region  # paragraphs, or a standfirst right above its byline
        start = first_text_below(view, h, region[1])
        if start is not None and (
            listed or run_weight(weights, region[0], h - 1) < run_weight(weights, start, region[1])
        ):
            return start, region[1]
        return region
    return region


# Teasers' leads over an article's standfirst: at least this many, each under its headline.
MIN_TEASER_LEADS_OVER_STANDFIRST = 2


def _teaser_leads_over_standfirst(view: PageView, above: list[int], h: int) -> bool:
    """The text lines above the dateline at `h` are teasers' one-line leads, each under its headline and shorter than
    a paragraph, then, under the article's own headline (and maybe its section's), its standfirst right above the
    dateline: a portal's list of teasers with summaries over the article ("Salzwedel: Baumkuchen-Manufaktur feiert
    Jubiläum" over "Seit 180 Jahren …", then "Landespolitik", the headline, the standfirst, "21.02.2024, 11:15").
    Only a date heads it: a photo credit between an article's paragraphs is no head of another text."""
    leads, verdict = above[:-1], view.verdicts[h]
    return (
        len(leads) >= MIN_TEASER_LEADS_OVER_STANDFIRST
        and h - above[-1] <= 2
        and above[-1] - leads[-1] > 2
        and view.features[h].has_date
        and (verdict is None or verdict.reason_code != "credit_line")
        and all(view.features[a].n_words < view.rules.long_prose_words for a in leads)
        and all(_is_teaser_gap(view, a, b) for a, b in pairwise(leads))
    )


def _with_entry_stamps_free(view: PageView, weights: list[float]) -> list[float]:
    """The weights with a live blog's clock stamps between its entries made free ("17:35" between two entries' texts,
    under an entry's photo credit, the caption under that credit or a caption closed by its credit ("… astăzi. Foto:
    Gazeta de Iași"), under a one-link read-also box set between them, or under the entry's own share link:
    "Поділитися" under its text): a stamp costs a chrome line's weight, as
    much as an entry of twenty words weighs, and the blog fell apart into its entries. The stamp over the first entry
    keeps its cost, so that the head above the blog does not join it."""
    free = list(weights)
    for i in range(1, len(weights) - 1):
        if not view.features[i].is_clock_only or not view.is_text(i + 1):
            continue  # most lines: no stamp, and what stands above it is not asked
        shared = view.features[i - 1].key in SHARE_BUTTONS and view.is_text(i - 2)
        between = view.is_text(i - 1) or _is_credit(view, i - 1) or read_also_box_length(view, i - 1) == 1 or shared
        between = between or (view.verdicts[i - 1] is None and closes_with_picture_credit(view.features[i - 1].key))
        if between or (_is_credit(view, i - 2) and not view.prose[i - 1] and view.verdicts[i - 1] is None):
            free[i] = 0.0
        if shared:
            free[i - 1] = 0.0  # the entry's share link costs nothing either
    return free


def _is_credit(view: PageView, i: int) -> bool:
    """Line i is a credit line (a live blog's entry's picture credit, say)."""
    verdict = view.verdicts[i] if i >= 0 else None
    return verdict is not None and verdict.label == Label.ATTRIBUTION


# A line that introduces a list with its colon is a clause of this many words at least ("The decision covers these
# districts:"), not a label ("Tags:", "Share on:").
MIN_INTRODUCING_WORDS = 4


def _with_introduced_lists_weighed(view: PageView, weights: list[float]) -> list[float]:
    """The weights with the lists the article's text introduces weighed as its sentences: right under a text line, a
    clause ending in a colon that no rule took ("Графіки застосовуватимуть так:"), over two items at least of one shape
    that no rule took either ("з 07:00 до 11:00 — перша черга;", a district's towns "Tehran, Rey and Shemiranat"). Each
    such line weighed as a short line against the article, and the article fell apart at its list. A teaser or menu
    list sits under a label or a heading that no text line stands over, and items opening with capitals are as often
    teasers' headlines (tests/test_dumps_ml9_round.py); a script without capitals opens none."""
    weighed, n, rules = list(weights), len(weights), view.rules
    for k in range(1, n - MIN_INTRODUCED_ITEMS):
        feat = view.features[k]
        if not feat.ends_colon or feat.n_words < MIN_INTRODUCING_WORDS or view.verdicts[k] is not None:
            continue
        if not view.is_text(k - 1):
            continue
        end, shape = k + 1, view.features[k + 1].shape
        if shape[:1] == "A":
            continue
        while end < n and view.verdicts[end] is None and view.features[end].n_words >= rules.list_item_min_words:
            if not same_shape(view.features[end].shape, shape):
                break
            end += 1
        if end - k - 1 >= MIN_INTRODUCED_ITEMS:
            weighed[k:end] = [prose_weight(view.features[j], None, True, rules) for j in range(k, end)]
    return weighed


def find_region(view: PageView) -> tuple[int, int] | None:
    """First and last index of the main text, or None when the page has no run of prose."""
    weights = [
        prose_weight(f, v, p, view.rules) for f, v, p in zip(view.features, view.verdicts, view.prose, strict=True)
    ]
    weights = with_clause_runs_weighed(view, _with_introduced_lists_weighed(view, weights))
    core = best_region(with_signed_stamps_free(view, _with_entry_stamps_free(view, weights)))
    if core is None:
        return None
    core = article_before_teasers(view, core)
    region = cut_comments(view, cut_comment_section(view, grow_region(view, core), weights), weights)
    region = headed_article_above_thread(view, article_above_thread(view, region, weights), weights)
    region = headline_off_top(
        view, article_under_inner_head(view, headed_article_above(view, region, core, weights), weights)
    )
    return ended_above_next_story(view, ended_above_link_box(view, ended_at_pager(view, region)))


def ended_at_pager(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The main text ended above a post's pager inside it ("Newer Post Older Post Home", "« Previous Post | Next
    Post »"): a blog engine prints it under the post, and what follows is the blog's sidebar (an about box, excerpts
    of popular posts), whose prose the search could join to a short post."""
    pager = next((i for i in range(region[0] + 1, region[1] + 1) if is_post_pager(view.features[i].key)), None)
    return region if pager is None else ended_before(view, region, pager)


def headline_off_top(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The main text without its first line when that is the article's headline, which the prose test took for text:
    no sentence's end, then one line of text (the standfirst), then the article's date with its clock time over the
    first paragraph. A script that marks no sentence's end and no space between words (Thai: "เชียงใหม่
    เตรียมรับนักท่องเที่ยวสงกรานต์ …" over its standfirst over "8 เม.ย. 2567 14:20 น.") makes a headline read as prose.
    A short line in the standfirst's place (the byline or the desk: "ข่าวประชาสัมพันธ์" over the date) is the head's too:
    the main text starts at the first text line under the date. The byline may stand between the standfirst and the
    date ("ผู้เขียน: <name>" over "วันที่ 14 มีนาคม 2568 เวลา 11:20 น.")."""
    first, last = region
    head = first + 2
    if head >= last or view.features[first].ends_sentence or view.prose[first + 1] != view.is_text(first + 1):
        return region
    if _is_credit(view, head) and head + 1 < last:
        head += 1
    feat = view.features[head]
    if not feat.has_timestamp or feat.n_words > view.rules.stamp_max_words or view.is_text(head):
        return region
    below = first_text_below(view, head, last)
    if below is None:
        return region
    return (first + 1, last) if view.is_text(first + 1) else (below, last)


# A list the main text ends with has at least this many items under the line that introduces it.
MIN_INTRODUCED_ITEMS = 2


def across_introduced_list(view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the paragraphs right under a list it ends with, when a line of it ending in a colon
    introduces the list ("Потребни документи:" over "– имотен лист за објектот;" and more items, then "Пријавите се
    поднесуваат …"): one paragraph after the list weighs too little for the region search to bridge the list, but the
    list is the article's, and so is what closes it. A teaser or menu list has no such line over it. A one-link "read
    also" box set between the list and the paragraph ("Lea también: …") does not end the article either."""
    if region is None:
        return region
    first, last = region
    k = last
    while k > first and not view.prose[k] and view.verdicts[k] is None:
        if not same_shape(view.features[k].shape, view.features[last].shape):
            break
        k -= 1
    if last - k < MIN_INTRODUCED_ITEMS or not view.features[k].ends_colon or view.verdicts[k] is not None:
        return region
    end = last + read_also_box_length(view, last + 1)
    while end + 1 < len(view.features) and view.is_text(end + 1):
        end += 1
    return region if end == last or not view.is_text(end) else (first, end)
