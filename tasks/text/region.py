"""Find the main text of a page: the best run of prose, grown over gaps that belong to the article.

The core is the contiguous run of lines with the most prose in it (a maximum-sum subarray
over per-line weights). Articles are often cut by tables, code, lists or image captions that
score as non-prose; the core is then grown, one neighbouring prose cluster at a time, when
the gap before that cluster holds nothing that marks the end of the article and the cluster
reads like running text (consecutive paragraphs, not teaser headline/lead pairs). The number
cells of a data table cost nothing to bridge; a bulleted list right above the core joins it.
The comment section below an article is cut off in :mod:`tasks.text.threads`; table cells and a link list's
items inside the main text are found in :mod:`tasks.text.region_cells`.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Label
from tasks.text.features import LineFeatures
from tasks.text.gallery import GALLERY_SLIDE
from tasks.text.rules import Verdict
from tasks.text.section_rule import is_section_rule
from tasks.text.thresholds import SegmentRules

# Verdicts that end an article: a gap holding one of these is not bridged.
BOUNDARY_REASONS = frozenset({"link_list_heading", "script_mismatch", "teaser_lead", "comments_heading"})
# Read once: on Python 3.11 a member lookup (`Label.BODY`) costs ~0.2 µs, and it is asked here line by line
# (tasks.credits.attribution; docs/speed.md, session 22).
_ATTRIBUTION = Label.ATTRIBUTION


@dataclass(frozen=True)
class PageView:
    """What the region search looks at: features, single-line verdicts and prose flags."""

    features: list[LineFeatures]
    verdicts: list[Verdict | None]
    prose: list[bool]
    rules: SegmentRules

    def is_text(self, i: int) -> bool:
        return self.prose[i] and self.verdicts[i] is None


def prose_weight(feat: LineFeatures, verdict: Verdict | None, prose: bool, rules: SegmentRules) -> float:
    """A line's weight in the main-text search: prose counts for, short lines and chrome against."""
    if verdict is not None:
        # a credit, or a slide of a gallery set into the text (tasks/text/gallery.py): the article's own pictures,
        # which neither end it nor make it; a rule between a text's sections neither
        neutral = verdict.label == _ATTRIBUTION or verdict.reason_code == GALLERY_SLIDE or is_section_rule(feat)
        return 0.0 if neutral else rules.chrome_line_weight
    if prose:
        return min(feat.n_words * rules.prose_weight_per_word, rules.max_prose_weight)
    return rules.short_line_weight


def best_region(weights: list[float]) -> tuple[int, int] | None:
    """Indices (inclusive) of the contiguous run with the largest positive sum (Kadane)."""
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for i, weight in enumerate(weights):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += weight
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best


def _cluster(view: PageView, first: int, step: int) -> tuple[int, int, float]:
    """From a prose line, the far end of its cluster, its count of prose lines and its weight.

    A cluster is prose lines separated by at most `cluster_max_break` non-prose lines.
    """
    rules, n = view.rules, len(view.prose)
    end, count, weight = first, 0, 0.0
    i, since = first, 0
    while 0 <= i < n and since <= rules.cluster_max_break:
        verdict = view.verdicts[i]
        if verdict is not None and verdict.reason_code in BOUNDARY_REASONS:
            break
        if view.is_text(i):
            end, count, since = i, count + 1, 0
            weight += prose_weight(view.features[i], None, True, rules)
        else:
            since += 1
        i += step
    return end, count, weight


def _gap_ok(view: PageView, gap: range) -> bool:
    """A gap is bridged when it holds no article-ending line and is not too long."""
    rules = view.rules
    if gap_length(view, gap) > rules.max_bridge_lines:
        return False
    for i in gap:
        verdict = view.verdicts[i]
        if verdict is not None and verdict.reason_code in BOUNDARY_REASONS:
            return False
    return True


def _grow_once(view: PageView, region: tuple[int, int], step: int) -> tuple[int, int]:
    """The region grown by one prose cluster in direction `step` (+1 after, -1 before)."""
    rules = view.rules
    edge = region[1] if step > 0 else region[0]
    i = edge + step
    while 0 <= i < len(view.prose) and not view.is_text(i):
        i += step
    if not 0 <= i < len(view.prose):
        return region
    gap = range(min(edge, i) + 1, max(edge, i))
    far, count, weight = _cluster(view, i, step)
    span = (region[0], far) if step > 0 else (far, region[1])
    n_lines = abs(far - i) + 1
    min_weight = rules.cluster_min_weight
    if gap_length(view, gap) < len(gap):
        min_weight *= rules.table_cluster_weight_share  # the article's text goes on below its data table
    if weight < min_weight:
        return region
    if count < rules.cluster_min_prose_lines or count / n_lines < rules.cluster_min_prose_share:
        return region
    if weight < gap_length(view, gap) * rules.bridge_cost_per_line or not _gap_ok(view, gap):
        return region
    return span


def gap_length(view: PageView, gap: range) -> int:
    """How many lines a gap counts for: all of them, except the number cells of a data table
    (a gap made up mostly of bare numbers), which belongs to the article that cites it."""
    numeric = sum(1 for i in gap if view.features[i].is_numeric)
    if gap and numeric / len(gap) >= view.rules.table_min_numeric_share:
        return len(gap) - numeric
    return len(gap)


# Token classes of a line shape's opening that are words or numbers, not a bullet mark.
_WORD_CLASSES = frozenset("Aa0")


def same_shape(a: str, b: str, min_shared_marks: int = 2) -> bool:
    """Two list items: the same opening, and one's punctuation a subset of the other's (some);
    or one bullet mark opening both; or the same first token class and the same marks."""
    open_a, _, marks_a = a.partition("|")
    open_b, _, marks_b = b.partition("|")
    if marks_a == marks_b and len(marks_a) >= min_shared_marks and open_a[:1] == open_b[:1]:
        return True  # one template's items: "England (Group A): 10th", "Czech Republic (Group A): 7th"
    if open_a != open_b or not marks_a or not marks_b:
        return False
    if open_a[:1] not in _WORD_CLASSES:
        return True  # items opened by one bullet mark ("*", "+", "•") share the mark, whatever follows
    return set(marks_a) <= set(marks_b) or set(marks_b) <= set(marks_a)


def _list_after(view: PageView, first: int) -> int:
    """Index past the run of same-shaped list items starting at `first`."""
    rules, n = view.rules, len(view.features)
    j = first
    while j < n and view.verdicts[j] is None and view.features[j].n_words >= rules.list_item_min_words:
        if not same_shape(view.features[j].shape, view.features[first].shape, rules.list_shared_marks):
            break
        j += 1
    return j


def absorb_list(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The region with the list that follows it, when one does: items of one shape, maybe
    under a heading line ("Tour dates", "Qualified teams"); teaser and menu lists vary in shape."""
    rules = view.rules
    for lead in range(rules.list_max_lead_lines + 1):
        first = region[1] + 1 + lead
        if first >= len(view.features) or any(view.verdicts[k] is not None for k in range(region[1] + 1, first)):
            return region
        end = _list_after(view, first)
        if end - first >= rules.list_min_items:
            return region[0], end - 1
    return region


def _list_before(view: PageView, last: int) -> int:
    """Index of the first of the run of same-shaped, bullet-marked list items ending at `last`."""
    rules, shape = view.rules, view.features[last].shape
    if shape[:1] in _WORD_CLASSES:
        return last + 1
    j = last
    while j >= 0 and view.verdicts[j] is None and view.features[j].n_words >= rules.list_item_min_words:
        if not same_shape(view.features[j].shape, shape, rules.list_shared_marks):
            break
        j -= 1
    return j + 1


def absorb_list_before(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The region with the bulleted list right above it (standfirst bullets, a list-only post).
    Only lists whose items open with one bullet mark: headline lists above an article share a
    plain shape too."""
    for lead in range(view.rules.list_max_lead_lines + 1):
        last = region[0] - 1 - lead
        if last < 0 or any(view.verdicts[k] is not None for k in range(last + 1, region[0])):
            return region
        start = _list_before(view, last)
        if last + 1 - start >= view.rules.list_min_items:
            return start, region[1]
    return region


def absorb_sentence_list(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The region with the list that one of its sentences is broken into, right after it: a line ending in a colon
    ("Najważniejsze zmiany w skrócie:"), then items that open in lower case and end in a comma or a semicolon, the
    last with a full stop ("…, utrzymanie opłaty mocowej na poziomie z 2026 r."). Teaser and menu lists open with
    capitals and end in no punctuation."""
    features, verdicts, n = view.features, view.verdicts, len(view.features)
    lead = region[1] + 1
    if lead >= n or verdicts[lead] is not None or not features[lead].ends_colon:
        return region
    j = lead + 1
    while j < n and verdicts[j] is None and features[j].shape[:1] == "a" and features[j].key.endswith((",", ";")):
        j += 1
    closes = j < n and verdicts[j] is None and features[j].shape[:1] == "a" and features[j].ends_sentence
    if not closes or j - lead < view.rules.sentence_list_min_items:
        return region
    return region[0], j


def grow_region(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """Grow the region over article-internal gaps and lists until nothing more qualifies."""
    while True:
        grown = absorb_list(view, _grow_once(view, _grow_once(view, region, 1), -1))
        grown = absorb_sentence_list(view, absorb_list_before(view, grown))
        if grown == region:
            return region
        region = grown
