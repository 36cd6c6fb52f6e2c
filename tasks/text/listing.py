"""Listing pages: a page whose main content is a run of like entries, not one article.

A blog's front page shows its latest posts, a directory its places, a job board its offers: every entry opens
at a line the page repeats at each of them (the same short line, "Details" or "View full job description", or a
date of one shape, "December 31, 2004"), has a heading of its own (a short line no other entry has) and prose.
When enough such entries hold most of the page's prose, none of them several times the size of the others (an
article among teasers is), no article stands above the first, and the main-text search did not settle below them,
the entries ARE the page: each one's text is body, where the search would keep the one entry it found (or a line of
furniture above them). An article with a teaser feed under it, or
with comments, never qualifies: its article stands above the feed, or is one entry many times the others.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from schemas import ChromeKind, Label, TextKind
from tasks.text.region import PageView, best_region, prose_weight
from tasks.text.repeat_rules import REPEATED_LINE
from tasks.text.rules import Verdict
from tasks.text.threads import comment_headings


@dataclass(frozen=True)
class Listing:
    """A page that is a listing: its first and last line, the lines that open its entries, and whether
    those are dates (an entry's date is its text; a repeated link label is furniture)."""

    region: tuple[int, int]
    openers: frozenset[int]
    dated: bool


def _opener_groups(view: PageView) -> list[tuple[list[int], bool]]:
    """Candidate entry openers: the short lines of one text repeated on the page, and the short date lines of
    one shape, each group with whether it is dates."""
    rules, features = view.rules, view.features
    short = [i for i, f in enumerate(features) if not view.prose[i] and 0 < f.n_words <= rules.listing_opener_max_words]
    # counted first: on most pages no text or date shape recurs often enough, and no group is built
    texts = Counter(features[i].key for i in short)
    shapes = Counter(features[i].shape for i in short if features[i].has_date)
    groups = [([i for i in short if features[i].key == key], False)
              for key, n in texts.items() if n >= rules.listing_min_entries]  # fmt: skip
    groups += [([i for i in short if features[i].has_date and features[i].shape == shape], True)
               for shape, n in shapes.items() if n >= rules.listing_min_entries]  # fmt: skip
    return groups


def _entries(view: PageView, openers: list[int]) -> list[tuple[int, int]]:
    """Each entry's first and last line: from its opener to the line before the next one; the last entry
    runs no further than the longest one above it, to its last prose line (the footer is no entry)."""
    spans = [(a, b - 1) for a, b in pairwise(openers)]
    room = max(b - a for a, b in spans)
    last = openers[-1]
    tail = [i for i in range(last + 1, min(last + room, len(view.prose) - 1) + 1) if view.prose[i]]
    return [*spans, (last, tail[-1] if tail else last)]


def _headed(view: PageView, entry: tuple[int, int], once: Counter[str]) -> bool:
    """The entry has a heading of its own: a short line (not prose) no other entry has (`once` counts the lines of
    all entries; a menu or an archive may repeat the heading elsewhere on the page)."""
    rules = view.rules
    return any(
        not view.prose[i] and 0 < view.features[i].n_words <= rules.listing_opener_max_words
        and once[view.features[i].key] == 1
        for i in range(entry[0] + 1, entry[1] + 1)
    )  # fmt: skip


def _is_thread(view: PageView, span: tuple[int, int]) -> bool:
    """The entries are comments or posts: a comment heading stands above their end ("12 Comments", "Leave a Reply"),
    or they carry date-and-time stamps (a post is stamped to the minute, a listed entry to the day at most); a
    thread page is `tasks.text.forum`'s, comments are furniture (`tasks.text.threads`)."""
    stamps = sum(view.features[i].has_timestamp for i in range(span[0], span[1] + 1))
    return stamps >= view.rules.thread_min_entries or any(i <= span[1] for i in comment_headings(view))


def listing_page(view: PageView, region: tuple[int, int] | None) -> Listing | None:
    """The page as a listing of entries (see the module), or None."""
    groups = _opener_groups(view) if region is not None else []
    if region is None or not groups:
        return None
    rules = view.rules
    weights = [prose_weight(f, v, p, rules) for f, v, p in zip(view.features, view.verdicts, view.prose, strict=True)]
    text = [w if view.is_text(i) else 0.0 for i, w in enumerate(weights)]
    total = sum(text)
    best: Listing | None = None
    best_share = 0.0
    for openers, dated in groups:
        entries = _entries(view, openers)
        if region[0] > entries[-1][1]:
            continue  # the search settled on text below the entries
        sizes = [sum(text[a : b + 1]) for a, b in entries]
        full = [s for s in sizes if s > 0]
        once = Counter(view.features[i].key for i in range(openers[0], entries[-1][1] + 1))
        headed = sum(_headed(view, e, once) for e in entries)
        if len(full) < rules.listing_min_entries or min(len(full), headed) < rules.listing_entry_share * len(entries):
            continue
        if max(full) > rules.listing_max_entry_ratio * sorted(full)[len(full) // 2]:
            continue  # an article among teasers
        if _is_thread(view, (openers[0], entries[-1][1])):
            continue
        share = sum(sizes) / total if total else 0.0
        above = best_region(weights[: openers[0]])
        if above is not None and sum(weights[above[0] : above[1] + 1]) >= rules.thread_article_min_weight:
            continue
        if share >= rules.listing_min_prose_share and share > best_share:
            best, best_share = Listing((openers[0], entries[-1][1]), frozenset(openers), dated), share
    return best


def entry_verdict(i: int, listing: Listing, verdict: Verdict | None) -> Verdict:
    """A line inside a listing page: an entry's date or text is body, its heading too where the page repeats it (in
    its menu: "Pass the Salt Please"; across entries: "Job type: Full time"); a repeated link label opening each entry
    is furniture; what a line's own rules call furniture or a credit stays so."""
    if i in listing.openers and not listing.dated:
        return Verdict(
            Label.CHROME, ChromeKind.NAVIGATION, "entry_link",
            f"the short line opening each of the {len(listing.openers)} entries of a listing page", 0.7,
        )  # fmt: skip
    if verdict is not None and i not in listing.openers and verdict.reason_code != REPEATED_LINE:
        return verdict
    return Verdict(
        Label.BODY, TextKind.ENTRY, "entry_in_listing",
        f"in a listing page of {len(listing.openers)} like entries, none of them an article", 0.7,
    )  # fmt: skip
