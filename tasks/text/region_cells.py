"""Lines inside the main text whose single-line verdict the region revises: the cells of a table set into the
text, and the items of a "Related"/"Read also" link list. The region itself is :mod:`tasks.text.region`'s.
"""

from __future__ import annotations

from tasks.text.features import LineFeatures
from tasks.text.gallery import is_counter_of_slides
from tasks.text.region import PageView
from tasks.text.section_rule import is_section_rule
from tasks.text.thresholds import SegmentRules
from tasks.text.verdicts import Verdict

# Single-line verdicts that a line inside the main text sheds when it is a cell of a table there.
CELL_REASONS = frozenset({"bare_number", "repeated_line"})


def table_cells(
    features: list[LineFeatures],
    verdicts: list[Verdict | None],
    region: tuple[int, int] | None,
    runs: list[int],
    rules: SegmentRules,
) -> list[bool]:
    """Lines inside the main text that single-line rules called chrome but that are table cells.

    A cell sits in a run of non-prose lines: numbers there are cells, and so are short repeated
    lines whose every copy lies inside the main text (column headers, row labels); a teaser
    repeats a longer line.
    """
    cells = [False] * len(features)
    if region is None:
        return cells
    spans: dict[str, tuple[int, int]] = {}
    for i, feat in enumerate(features):
        first, _ = spans.get(feat.key, (i, i))
        spans[feat.key] = (first, i)
    for i in range(region[0] + 1, region[1]):
        verdict = verdicts[i]
        if verdict is None or verdict.reason_code not in CELL_REASONS or runs[i] < rules.list_min_run:
            continue
        if is_section_rule(features[i]) or _stamps_an_entry(features, verdicts, i) or is_counter_of_slides(features, i):
            continue  # a rule between the text's sections ("———"), a live blog's entry stamp, a gallery's slide counter
            # alone ("1/6" over each caption): no table's cell
        if verdict.reason_code == "repeated_line" and features[i].n_words > rules.cell_max_words:
            continue
        first, last = spans[features[i].key]
        cells[i] = region[0] <= first and last <= region[1]
    return _without_head_row_dates(cells, verdicts, runs)


def _stamps_an_entry(features: list[LineFeatures], verdicts: list[Verdict | None], i: int) -> bool:
    """A clock time alone over a sentence no rule took ("11:30" over "Sirens sounded."): a live blog's entry stamp."""
    below = i + 1
    return (
        features[i].is_clock_only
        and below < len(features)
        and verdicts[below] is None
        and features[below].ends_sentence
    )


def _without_head_row_dates(cells: list[bool], verdicts: list[Verdict | None], runs: list[int]) -> list[bool]:
    """A run of non-prose lines holding a credit line and one bare number is an article's head rows ("Text: Tereza
    Holubová", "Foto: Jakub Plíhal", "12. 4. 2024", "Čtení na 8 minut"), no table: its date stays the chrome the
    single-line rule called it. A table's numbers come several to a run, and a directory's lone phone number has no
    byline beside it."""
    kept, start = list(cells), 0
    while start < len(cells):
        end = start + max(runs[start], 1)
        run = range(start, end)
        credited = any((v := verdicts[k]) is not None and v.reason_code == "credit_line" for k in run)
        if credited and sum(cells[start:end]) == 1:
            kept[start:end] = [False] * (end - start)
        start = end
    return kept


def related_list_items(view: PageView, region: tuple[int, int] | None) -> list[bool]:
    """Short lines inside the main text under a "Related"/"Read also" heading: its link list,
    up to the next prose line."""
    items = [False] * len(view.features)
    if region is None:
        return items
    under_heading = False
    for i in range(region[0], region[1] + 1):
        verdict = view.verdicts[i]
        if verdict is not None and verdict.reason_code == "link_list_heading":
            under_heading = True
        elif view.prose[i]:
            under_heading = False
        elif verdict is None:
            items[i] = under_heading
    return items
