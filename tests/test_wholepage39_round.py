"""Session 39's study of whole pages in the text dumps (issue 12): the counting tools it added, on made-up pages.

Session 39 changed no rule (docs/segmenter.md, "Session 39"): every switch of region it measured on dragnet and l3s
(counts only) moved more pages down than up, the judge of session 34 blind to size too, and the line-level losses it
counted with bench/line_errors.py are not shared by every public set. What it kept are two counting tools: the
line-error census (missed and false body lines by the rules' reason and place, counts only) and two more kinds of
fact in bench/wholepage_switch.py (where the title anchor stands against a region below a comment heading, and how
much of the region reads as a commenter's reactions). These tests pin that the census prints counts only, counts as
`newsclean eval` does and refuses a check set, and that the new facts read the shapes they name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.report.evaluate import evaluate_dataset
from tasks.text.lines import split_lines
from tasks.text.segment import plan_page
from tests.bench_modules import bench_module as _bench
from tests.conftest import ROOT

_SET = ROOT / "tests" / "data" / "wholepage37"  # session 37's invented pages, twelve languages


def test_the_line_error_census_prints_counts_only() -> None:
    tool = _bench("line_errors")
    out = "\n".join(tool.report(_SET.name, tool.set_errors(_SET)))
    stems = {p.stem for p in _SET.glob("*.txt")}
    texts = {line.strip() for p in _SET.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()}
    assert "missed body lines" in out and "short_line_list" in out
    assert not any(stem in out for stem in stems)
    assert not any(len(t) > 12 and t in out for t in texts)


def test_the_line_error_census_counts_as_newsclean_eval_does() -> None:
    errors = _bench("line_errors").set_errors(_SET)
    scores = evaluate_dataset(_SET)
    assert errors.pages == len(scores.per_doc) == 12
    assert (errors.totals.tp, errors.totals.fp, errors.totals.fn) == (
        scores.counts.tp,
        scores.counts.fp,
        scores.counts.fn,
    )
    assert errors.low_pages == round(scores.low_share * 12) == 4  # session 38: 5 of the 12 below 0.2; session 41: 4
    # every missed body line is counted once under its reason and place, every false one too
    assert sum(errors.missed.values()) == scores.counts.fn
    assert sum(errors.false_body.values()) == scores.counts.fp


def test_the_line_error_census_refuses_a_check_set() -> None:
    with pytest.raises(SystemExit, match="check set"):
        _bench("line_errors").set_errors(Path("tests/data/dumps_ml64"))


_PAGE = "\n".join(
    [
        "Hollow Oak Beekeepers",
        "Swarm season has started early",
        "Two colonies at the bottom apiary swarmed on Saturday, a good three weeks before we usually expect it.",
        "If you see a cluster hanging in a hedge near the lane, please ring the swarm line rather than collecting it.",
        "Share this:",
        "Facebook",
        "Email",
        "Print",
        "Tags: swarms, apiary",
        "4 Comments",
        "Thanks for the warning, we had one land on the garden shed yesterday and it took us all by surprise.",
        "Colin",
        "Great post :) Is the course on queen rearing still going ahead in May? I booked a place last autumn.",
        "Margaret",
        "The oilseed rape is already flowering in the fields behind the village, so the colonies built up fast.",
    ]
)


def test_reaction_facts_count_a_commenters_talk_not_an_articles() -> None:
    tool = _bench("wholepage_switch")
    lines = split_lines(_PAGE)
    view = plan_page(lines).view
    texts = [ln.text for ln in lines]
    post, comments = (2, 3), (10, 14)
    facts = tool.reaction_facts(view, texts, comments, post)
    # "Thanks for …" and "Great post :)" open two of the three comments; the post's two paragraphs open none
    assert "region's reaction lines 2" in facts
    assert "region's reaction share >=0.2" in facts
    assert "region reads more as reactions than the run True" in facts
    assert "region's reaction lines 0" in tool.reaction_facts(view, texts, post, comments)


def test_anchor_facts_say_where_the_headline_stands() -> None:
    tool = _bench("wholepage_switch")
    plan = plan_page(split_lines(_PAGE))
    assert plan.title == 1  # the headline right over the post
    facts = tool.anchor_facts(plan, (10, 14), 9, (2, 3))
    assert "title over the run True" in facts
    assert "title over the region False" in facts
    assert "title between the heading and the region False" in facts
