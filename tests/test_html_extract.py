"""The article container: choices that once crashed on real pages."""

from __future__ import annotations

from schemas import Label
from tasks.pipeline_html import HtmlPage, extract_html

PROSE = "The council voted on Tuesday, after a long debate, to fund the new bridge, its members said, and more. " * 2


def _deeply_wrapped(n: int) -> str:
    return "<div>" * 6 + f"<p>Part {n}. {PROSE}</p>" + "</div>" * 6


def test_rivals_sharing_an_ancestor_above_the_scored_levels_make_it_the_container() -> None:
    # Four equally good paragraphs, each six wrappers deep: their common ancestor is out of the
    # levels a paragraph scores, so it has no score. That used to raise KeyError in select_containers
    # (4 of 700 dragnet pages, 1 of 609 l3s pages).
    wrapped = "".join(_deeply_wrapped(n) for n in range(4))
    nav = "<nav><a href='/'>Home</a></nav>"
    html = f"<html><body>{nav}<div id='outer'><div id='mid'>{wrapped}</div></div></body></html>"
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    body = [ll.line.text for ll in page.page.segmented.with_label(Label.BODY)]
    assert [line.split(".")[0] for line in body] == [f"Part {n}" for n in range(4)]
