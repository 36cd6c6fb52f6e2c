"""Session 37's study of whole pages in the text dumps (issue 12): the cause fixed and what is left, made-up pages.

After session 36, dragnet's pages below 0.2 body-line F1 were counted again by shape only (bench/wholepage_kinds.py,
counts only; no page read): of the 25 with the true article above the region chosen, 18 chose a region below a
comment heading, and the step that takes a short post over such a heading (tasks/text/threads.py
`article_over_comment_heading`) fails on them for the post's distance to the heading (9), because the only heading
stands above the article too (5), or for the post's weight; on the others the article's lines are mostly short.
Every rule tried for the distance, the toolbar heading or the weight moved one dragnet page up and one down, or none
(docs/segmenter.md, "Session 37"), so none was kept. What was fixed is comment detection: a theme's count "3 Responses"
(and the Finnish "3 kommenttia") heads the comments in the text path, where the loose word alone does not
(tasks/lexicon/comments.py, ``counted`` rows). tests/data/wholepage37 records the shapes in twelve languages, and
these tests pin the fix, what must not move when a later session tries again (the census tool prints counts only, the
pages the rules get right stay right) and the set's floor.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from schemas import Label
from tasks.lexicon.comments import is_comment_heading
from tasks.report.evaluate import evaluate_dataset
from tests.conftest import ROOT
from tests.page_fixtures import labels_by_text

_SET = ROOT / "tests" / "data" / "wholepage37"


def _census_module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("wholepage_kinds", ROOT / "bench" / "wholepage_kinds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_census_of_kinds_prints_counts_only() -> None:
    # never a page's id or a line's text: run on our own labelled pages, none of their names or lines is printed
    out = "\n".join(_census_module().census(_SET))
    stems = {p.stem for p in _SET.glob("*.txt")}
    texts = {line.strip() for p in _SET.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()}
    # (session 41: es-01, the set's last low page whose region was a comment thread, is now the article; the kinds
    # table still prints a row per kind of region met: here single blocks and teaser lists)
    assert "low above" in out and "region: " in out
    assert not any(stem in out for stem in stems)
    assert not any(len(t) > 12 and t in out for t in texts)


_POST = (
    "Two colonies at the bottom apiary swarmed on Saturday, a good three weeks before we usually expect it.",
    "If you see a cluster hanging in a hedge near the lane, please ring the swarm line rather than collecting it.",
)
_COMMENTS = (
    "Colin Pyke",
    "We had one land on the garden shed yesterday and it took the whole family by surprise, but the volunteer who "
    "came out was brilliant and had the bees in a box within twenty minutes without any fuss at all.",
    "Margaret H",
    "Is the course on queen rearing still going ahead in May? I booked a place last autumn but have not heard "
    "anything since, and I would like to know before I arrange time off work for it.",
    "Dev",
    "Three weeks early here too. The oilseed rape is already flowering in the fields behind the village, so I suppose "
    "the colonies built up much faster than usual after such a mild winter.",
)
_HEAD = "Hollow Oak Beekeepers\nHome\nApiary\nCourses\n\nSwarm season has started early\n\nPosted on 12 April by Ruth"
_FOOT = "© Hollow Oak Beekeepers Association"


def test_a_post_closed_by_its_comment_heading_stays_the_article() -> None:
    # session 36's shape, a share bar of three lines between: the post is taken, not the longer comments
    page = "\n\n".join([_HEAD, *_POST, "Share this:\nFacebook\nEmail", "4 Comments", *_COMMENTS, _FOOT])
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in _POST)
    assert all(labels[c] != Label.BODY for c in _COMMENTS)


def test_a_count_of_responses_heads_the_comments_in_the_text_path() -> None:
    # "3 Responses" (a WordPress theme's count) and the Finnish "3 kommenttia" were no comment heading in the text path:
    # the longer comments below them were taken for the article; now the post above is (dragnet: 2 pages up, none down)
    for heading in ("3 Responses", "12 responses", "3 kommenttia", "1 kommentti"):
        page = "\n\n".join([_HEAD, *_POST, "Share this:\nFacebook\nEmail", heading, *_COMMENTS, _FOOT])
        labels = labels_by_text(page)
        assert all(labels[p] == Label.BODY for p in _POST), heading
        assert all(labels[c] != Label.BODY for c in _COMMENTS), heading


def test_the_counted_words_alone_or_in_the_html_path_are_no_heading() -> None:
    # alone "Responses" or "Kommentti" (an opinion column's label) names a section; the HTML path reads the loose word
    # where the page's structure confirms it, and its strict reading is unchanged
    assert is_comment_heading("3 Responses", counted=True) and is_comment_heading("3 kommenttia", counted=True)
    assert not is_comment_heading("Responses", counted=True) and not is_comment_heading("Kommentti", counted=True)
    assert not is_comment_heading("3 Responses") and not is_comment_heading("3 kommenttia")


def test_a_count_of_one_comment_stays_no_heading() -> None:
    # "1 Comment" read as a heading too took 6 more dragnet pages up and 1 down, but cost a never-studied real check
    # half's precision (eval_only_check14, errors unread): withdrawn, the singular stays a loose word
    assert not is_comment_heading("1 Comment", counted=True)
    assert not is_comment_heading("2 Replies", counted=True)


def test_a_post_far_above_its_comment_heading_is_left_to_the_comments() -> None:
    # nine lines of the post's furniture between: the step's distance (comment_heading_max_gap) is not stretched, as a
    # longer distance for furniture-only gaps moved one dragnet page up and one down (session 37); recorded, not fixed.
    # Session 38: a post under its dated byline is taken at any distance (tests/test_wholepage38_round.py), so the
    # unheaded post is the one left here
    furniture = "Share this:\nFacebook\nX\nWhatsApp\nEmail\nPrint\nTags: swarms, apiary\n« Winter losses\nOpen day »"
    unheaded = _HEAD.replace("\n\nPosted on 12 April by Ruth", "")
    page = "\n\n".join([unheaded, *_POST, furniture, "4 Comments", *_COMMENTS, _FOOT])
    labels = labels_by_text(page)
    assert all(labels[p] != Label.BODY for p in _POST)


def test_the_labelled_pages_of_these_shapes_stay_above_their_floor() -> None:
    # tests/data/wholepage37 with the starting code (c1484b2): 0.2143 (8 pages of 12 below 0.2); the two pages that
    # must stay right (a long article under a toolbar's comment count, a short post closed by its heading) stay at 1.0.
    # Session 38 (wholepage: a headed post at any distance above its comment heading): 0.2143 -> 0.4000 (5 of 12 below)
    # Session 41 (wholepage: a day linked to its month, "9 de octubre", is a date): 0.4000 -> 0.4722 (4 of 12 below)
    scores = evaluate_dataset(_SET)
    assert scores.counts.f1 >= 0.4722
    assert scores.per_doc["tr-01"].f1 == 1.0
    assert scores.per_doc["cs-01"].f1 == 1.0


def test_the_set_is_labelled_line_for_line() -> None:
    for text_file in sorted(_SET.glob("*.txt")):
        lines = [n for n, t in enumerate(text_file.read_text(encoding="utf-8").splitlines(), 1) if t.strip()]
        entries = json.loads(Path(text_file.with_suffix(".json")).read_text(encoding="utf-8"))["lines"]
        assert [e["line"] for e in entries] == lines, text_file.name
        assert {e["label"] for e in entries} <= {"body", "chrome"}
