"""Rules of the htmlpublic round (session 45, issue 12): the text path's furniture rules for a blog post's foot that
the HTML path's rules inside the article's element left out, counted over the worst pages of the four trainable public
HTML sets (aeb, readability, cleanportal, cleaneval-dev) and kept only because the evaluation-only sets (dragnet, l3s)
and the check sets held. Every page and line below was written for this test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body


def _page(inner: str) -> str:
    return extracted_body(f'<html lang="en"><head></head><body>{inner}</body></html>'.encode())


def _post(date: str, *paragraphs: str) -> str:
    return f"<h3>{date}</h3>" + "".join(f"<p>{p}</p>" for p in paragraphs)


def _with_footer(post: str, footer: str) -> str:
    return f"<div class='post'>{post}<div>{footer}</div></div>"


POSTS = (
    _post(
        "Thursday, March 5, 2009",
        "The allotment committee finally agreed on the new water rota last night, after three meetings and a long "
        "argument about who left the tap running over the bank holiday weekend.",
        "Plots on the lower terrace will water on even days and the upper terrace on odd days, which seems fair to "
        "everyone except the man with the prize marrows at the far end.",
    ),
    _post(
        "Monday, March 2, 2009",
        "Frost again this morning, so the broad beans stay under their fleece for another week and the early "
        "potatoes wait in the shed, chitting on the windowsill in egg boxes.",
        "The seed order arrived at last, two weeks late and missing the parsnips, which the nursery promises to "
        "send on before the end of the month with a small discount for the trouble.",
    ),
)


def test_a_blog_posts_footer_with_its_permalink_between_bars_inside_the_posts_element_is_cut() -> None:
    # a blog engine's front page (TypePad, Movable Type, Blogger themes): each post's element closes with the date,
    # its permalink and its comment count between bars, inside the element the container keeps
    footers = (
        "Thursday March 5, 2009 | Permalink | Comments (2)",
        "Posted at 07:12 PM in Garden notes | Permalink | Comments (0) | TrackBack (0)",
    )
    inner = "".join(_with_footer(post, footer) for post, footer in zip(POSTS, footers, strict=True))
    body = _page(f"<div id='main'><h1>Notes from plot 14</h1>{inner}</div>")
    assert "prize marrows" in body and "small discount" in body
    assert "Permalink" not in body and "TrackBack" not in body


def test_a_sentence_that_names_a_permalink_stays() -> None:
    # a post's own sentence about permalinks has no bar beside the word
    sentence = (
        "Several readers asked how to share a single post, so each entry now has a permalink under its date that "
        "you can copy and send to a friend."
    )
    body = _page(f"<div id='main'><h1>Notes from plot 14</h1><div class='post'>{POSTS[0]}<p>{sentence}</p></div></div>")
    assert "each entry now has a permalink" in body


def test_a_posts_likes_and_share_bar_labels_inside_the_posts_element_are_cut() -> None:
    # WordPress' Jetpack writes its sharing and likes bars inside the post's element, each under a heading
    bars = "<h3>Share this:</h3><h3>Like this:</h3>"
    body = _page(f"<div id='main'><h1>Notes from plot 14</h1><div class='post'>{POSTS[1]}{bars}</div></div>")
    assert "chitting on the windowsill" in body
    assert "Share this" not in body and "Like this" not in body
