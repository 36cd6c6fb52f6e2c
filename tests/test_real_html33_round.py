"""Session 33, the HTML path's metadata on real pages (helper s33-real-html): a blog's post line with the writer
after its labelled date ("Posted on March 5, 2024 by Ann Lee", WordPress themes' default, the date before the
writer). Invented pages and lines, not eval pages; the real-page scores are pinned in tests/test_real_authors.py.

Tried and withdrawn (each cost a never-studied real-page check file precision; see docs/metadata.md, session 33):
the same line without its label ("March 5, 2024 by Ann Lee"), Yoast's JSON-LD author given by reference to a Person
of the @graph (the WordPress account that posted, not the byline, on both studied pages that have one), byline
classes in camelCase or capitals ("FeatureByline", "BYLINE"), and a "posted-by" class around a bare name."""

from __future__ import annotations

from tasks.lexicon.credit_lines import parse_credit_line
from tests.test_heldout4_round import _process

P = "The city council voted on Tuesday to extend the tram line to the northern suburbs after a long debate on costs."
BODY = "".join(f"<p>{P} Sentence {i} of the story adds more detail about the plan.</p>" for i in range(6))


def _page(line: str, tag: str = "p") -> str:
    return f"<article><h1>Council backs the northern tram extension</h1><{tag}>{line}</{tag}>{BODY}</article>"


def test_the_writer_after_a_labelled_date() -> None:
    for line in (
        "Posted on March 5, 2024 by Ann Lindqvist",
        "Published March 5, 2024 at 10:12 am by Ann Lindqvist",
        "Posted March 5, 2024 at 10:12 am by Ann Lindqvist",
        "Veröffentlicht am 5. März 2024 von Ann Lindqvist",
    ):
        credit = parse_credit_line(line)
        assert credit is not None and credit.name == "Ann Lindqvist", line
        assert line[credit.name_start : credit.name_end] == "Ann Lindqvist", line
    assert _process("", _page("Posted on March 5, 2024 by Ann Lindqvist"))[2] == ["Ann Lindqvist"]
    assert _process("", _page("Posted on March 5, 2024 by Ann Lindqvist", "div"))[2] == ["Ann Lindqvist"]


def test_no_writer_without_the_label_or_the_date() -> None:
    # without its label the line was withdrawn (as much lost as found on a never-studied set)
    assert parse_credit_line("March 5, 2024 by Ann Lindqvist") is None
    # a cue word continuing ordinary words, a year alone, a label then text
    assert parse_credit_line("Posted on March 5, 2024 by the way") is None
    assert parse_credit_line("Published in 2024 by Penguin Books") is None
    assert parse_credit_line("Posted on the council's website by its clerk") is None
