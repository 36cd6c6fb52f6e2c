"""Final verdicts from the learned line model, with the crisp rules as overrides.

The rule pass (:func:`tasks.text.segment.plan_page`) gives every line its facts and a rule verdict;
the line model scores all lines of the page in one call and Viterbi makes the labels coherent
(:mod:`tasks.text.line_model`). Then crisp rules override: a template placeholder is chrome,
a credit line near the article is attribution, the headline above the article is the title.
Every other line takes the model's label; its reason names the model's strongest evidence, or
the single-line rule that agrees with it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from schemas import ChromeKind, Label, TextKind
from tasks.text.columns import Matrix, PageFacts, page_matrix
from tasks.text.explain import strongest_evidence
from tasks.text.line_model import SHIPPED, LineModel, load_model
from tasks.text.lines import split_lines
from tasks.text.rules import SiteEvidence, Verdict
from tasks.text.segment import (
    PagePlan,
    Segmented,
    final_verdict,
    is_near_region,
    plan_page,
    segment_lines,
    segmented_from,
)
from tasks.text.thresholds import DEFAULT_RULES, SegmentRules
from tasks.text.title import find_title, is_dateline

# Single-line verdicts that hold whatever the model says.
CRISP_REASONS = frozenset({"template_placeholder", "teaser_lead", "language_mismatch", "script_mismatch"})


@dataclass(frozen=True)
class ScoredPage:
    """A page's rule pass with its feature matrix: what the model needs to label it."""

    plan: PagePlan
    rule_verdicts: list[Verdict]
    matrix: Matrix


def score_page(plan: PagePlan) -> ScoredPage:
    """The rules' verdicts and the feature matrix of a planned page."""
    rule = [final_verdict(i, plan) for i in range(len(plan.lines))]
    facts = PageFacts(
        plan.lines, plan.view, plan.shares, plan.article.stopword_share, plan.region,
        [v.label == Label.BODY for v in rule],
    )  # fmt: skip
    return ScoredPage(plan, rule, page_matrix(facts)[0])


def _learned(body: bool, p: float, evidence: str, prose_next: bool, prose: bool) -> Verdict:
    if body:
        kind = TextKind.PARAGRAPH if prose or not prose_next else TextKind.SUBHEADING
        return Verdict(Label.BODY, kind, "learned_body", f"line model: body ({evidence})", round(p, 3))
    return Verdict(Label.CHROME, ChromeKind.BOILERPLATE, "learned_chrome",
                   f"line model: not body ({evidence})", round(1 - p, 3))  # fmt: skip


def _region(body: list[bool]) -> tuple[int, int] | None:
    idx = np.flatnonzero(body)
    return (int(idx[0]), int(idx[-1])) if len(idx) else None


def _title(page: ScoredPage, region: tuple[int, int] | None) -> int | None:
    if region is None:
        return None
    plan = page.plan
    if plan.title is not None and plan.title <= region[0] + 1:
        return plan.title  # the rules' headline, unless the body starts further down: it is a crisp rule too
    view, code = plan.view, plan.article.code
    return find_title(
        view.features, view.verdicts, region[0], view.rules, lambda i: is_dateline(plan.lines[i].text, code)
    )


def _crisp(local: Verdict | None, i: int, region: tuple[int, int] | None, window: int) -> bool:
    """A single-line verdict that overrides the model: a placeholder; a credit line near the body."""
    if local is None:
        return False
    return local.reason_code in CRISP_REASONS or (
        local.label == Label.ATTRIBUTION and is_near_region(i, region, window)
    )


def _agreeing(rule: Verdict, is_body: bool, i: int, title: int | None) -> bool:
    """The rules' verdict stands when it gives the model's label (and names no other title)."""
    if rule.label == Label.TITLE:
        return i == title
    return (rule.label == Label.BODY) == is_body


def _explanations(model: LineModel, page: ScoredPage, rows: list[int], body: list[bool]) -> dict[int, str]:
    """The strongest evidence, in words, for the lines whose label the model decided against the rules.

    Contributions (TreeSHAP) cost far more than scores: they are computed for these lines only.
    """
    if not rows:
        return {}
    contributions = model.contributions(page.matrix[rows])
    names = model.booster.feature_name()
    return {i: strongest_evidence(c, page.matrix[i], names, body[i]) for i, c in zip(rows, contributions, strict=True)}


def learned_verdicts(
    page: ScoredPage, model: LineModel, explain: bool = True
) -> tuple[list[Verdict], tuple[int, int] | None]:
    """Every line's final verdict, and the span (first, last index) of the article's body lines.

    `explain=False` skips naming the evidence (for scoring many pages in training: labels are the same).
    """
    probability = model.body_probability(page.matrix)
    body = model.decide(probability, [v.label == Label.BODY for v in page.rule_verdicts])
    if page.plan.region is None:
        body = [False] * len(body)  # a page without a single run of prose has no article (crisp rule)
    title = _title(page, _region(body))
    if title is not None:
        body[title] = False  # the headline is not part of the body's span
    region = _region(body)
    view, rule = page.plan.view, page.rule_verdicts
    out: list[Verdict | None] = []
    for i, is_body in enumerate(body):
        if i == title:
            out.append(Verdict(Label.TITLE, TextKind.TITLE, "title_above_main_text",
                               "heading-like line right above the main text", 0.8))  # fmt: skip
        elif rule[i].reason_code in CRISP_REASONS:
            out.append(rule[i])
        elif _crisp(view.verdicts[i], i, region, view.rules.credit_window):
            out.append(view.verdicts[i])
        elif _agreeing(rule[i], is_body, i, title) and rule[i].label != Label.ATTRIBUTION:
            out.append(rule[i])
        else:
            out.append(None)
    open_rows = [i for i, v in enumerate(out) if v is None]
    evidence = _explanations(model, page, open_rows, body) if explain else dict.fromkeys(open_rows, "")
    for i in open_rows:
        prose_next = i + 1 < len(body) and view.prose[i + 1]
        out[i] = _learned(body[i], float(probability[i]), evidence[i], prose_next, view.prose[i])
    return [v for v in out if v is not None], region


RULES_ONLY = "rules"  # the model name that asks for the rules' own verdicts


def segment_with_model(
    text: str, model: str = SHIPPED, rules: SegmentRules = DEFAULT_RULES, site: SiteEvidence | None = None
) -> Segmented:
    """Label a text dump with a committed line model ("shipped", "without-<set>") or, with "rules", the rules."""
    lines = split_lines(text)
    if model == RULES_ONLY:
        return segment_lines(lines, rules, site)
    plan = plan_page(lines, rules, site)
    verdicts, region = learned_verdicts(score_page(plan), load_model(model))
    return segmented_from(lines, plan, verdicts, region)
