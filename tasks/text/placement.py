"""What a line is by where it stands, when no rule said otherwise: inside the main text a body line (prose, a
subheading over prose, a short line), outside it chrome (a list of short lines, navigation before, boilerplate after);
and a source line under rows of figures below the text, the figures' source (:mod:`tasks.text.segment` asks)."""

from __future__ import annotations

from schemas import AttributionKind, ChromeKind, Label, TextKind
from tasks.lexicon.digits import has_digit
from tasks.text.features import LineFeatures
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.rules import Verdict
from tasks.text.thresholds import SegmentRules


def list_run_lengths(features: list[LineFeatures], prose: list[bool]) -> list[int]:
    """For each line, the length of the run of consecutive non-prose lines it belongs to."""
    lengths = [0] * len(features)
    i = 0
    while i < len(features):
        j = i
        while j < len(features) and not prose[j]:
            j += 1
        for k in range(i, j):
            lengths[k] = j - i
        i = max(j, i + 1)
    return lengths


def source_of_figures_below(i: int, region: tuple[int, int] | None, lines: list[Line], view: PageView) -> bool:
    """Line i is a source line below the main text, right under rows of figures with no prose between them and the
    text ("Partei A 31,2 %", …, "Quelle: Infratest"): the source of a chart's or a widget's figures, not the article's.
    """
    verdict = view.verdicts[i]
    if region is None or i <= region[1] or verdict is None or verdict.kind != AttributionKind.SOURCE:
        return False
    rows = range(i - view.rules.list_min_run, i)
    if rows.start <= region[1] or any(view.prose[k] for k in range(region[1] + 1, i)):
        return False
    return all(has_digit(lines[k].text) for k in rows)


def outside_verdict(i: int, region: tuple[int, int] | None, run: int, prose: bool, rules: SegmentRules) -> Verdict:
    where = "before" if region is not None and i < region[0] else "after"
    if region is None:
        return Verdict(Label.CHROME, ChromeKind.BOILERPLATE, "no_main_text", "the page has no run of prose", 0.6)
    if run >= rules.list_min_run:
        return Verdict(
            Label.CHROME, ChromeKind.HEADLINE_LIST, "short_line_list",
            f"short line with no sentence punctuation in a list of {run}, {where} the main text", 0.85,
        )  # fmt: skip
    kind = ChromeKind.NAVIGATION if where == "before" else ChromeKind.BOILERPLATE
    text = "prose" if prose else "text"
    return Verdict(
        Label.CHROME, kind, f"{where}_main_text",
        f"{text} {where} the main text, cut off from it by non-prose lines", 0.7 if prose else 0.8,
    )  # fmt: skip


def inside_verdict(i: int, features: list[LineFeatures], prose: list[bool], span: str) -> Verdict:
    feat = features[i]
    if prose[i]:
        score = min(0.95, 0.6 + feat.n_words / 100)
        return Verdict(
            Label.BODY, TextKind.PARAGRAPH, "prose_in_main_text",
            f"sentence-like text of {feat.n_words} words inside the main text ({span})", score,
        )  # fmt: skip
    if i + 1 < len(features) and prose[i + 1]:
        return Verdict(
            Label.BODY, TextKind.SUBHEADING, "subheading_in_main_text",
            f"short line inside the main text ({span}) followed by prose: a subheading", 0.55,
        )  # fmt: skip
    return Verdict(
        Label.BODY, TextKind.PARAGRAPH, "short_in_main_text",
        f"short line inside the main text ({span})", 0.55,
    )  # fmt: skip
