"""Session 42, the HTML path's authors on real pages (helper s42-realhtml, issue 13).

A plain list of other works, each item a title and its own cued byline ("<ul><li><a>Storm hits the coast</a> By Ann
Lee</li><li>… By Tom Fox</li></ul>": a related-stories box with no class saying so, a reading list of books with
their authors), names the writers of the works it lists, not the page's; the text's credit reader read each item's
"By …" line as the page's byline. Two studied real pages had the shape (a French paper's "Sur le même sujet" box of
"Par …" teasers inside the article, a tutorial's list of recommended books, "By Name (Publisher)").

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_heldout4_round import _process
from tests.test_real_html41_round import HEAD, PARAGRAPHS  # the same invented council story


def _authors(byline: str = "", inside: str = "", after: str = "") -> list[str]:
    body = (
        "<div id='header'><a href='/'>Springfield Gazette</a> <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Council approves new city budget</h1>{byline}{PARAGRAPHS[:300]}{inside}"
        f"{PARAGRAPHS[300:]}</div>{after}<div id='footer'>Copyright 2011 Springfield Gazette</div>"
    )
    return _process(HEAD, body)[2]


TEASERS = (
    "<ul><li><a href='/a'><h2>Storm hits the coast overnight</h2></a> <span>By Peter Wong</span></li>"
    "<li><a href='/b'><h2>Schools reopen on Monday morning</h2></a> <span>By Sara Kim</span></li></ul>"
)
BOOKS = (
    "<p>I recommend reading at least one of these books before you start the course.</p><ul>"
    '<li>"Gardening for Beginners, 2nd Edition"<br>By Peter Wong (Green Press)<br>ISBN 1234567890, 240 pages</li>'
    '<li>"The Urban Vegetable Patch"<br>By Sara Kim (Leaf Books)<br>ISBN 0987654321, 310 pages</li></ul>'
)


def test_a_plain_list_of_titles_each_with_its_byline_names_no_writer_of_the_page() -> None:
    assert _authors(inside=TEASERS) == []
    assert _authors(inside=BOOKS) == []
    assert _authors(inside=TEASERS.replace("By ", "Par ")) == []
    # the article's own byline beside such a list keeps its writer alone
    assert _authors(byline="<p>By Maria Lopez</p>", inside=TEASERS) == ["Maria Lopez"]


def test_bylines_in_list_items_that_list_no_works_are_still_read() -> None:
    # the article's byline in a list of its facts (byline, date): no other item holds a byline
    facts = "<ul class='meta'><li>By Maria Lopez</li><li>March 3, 2011</li></ul>"
    assert _authors(byline=facts) == ["Maria Lopez"]
    # co-authors one to an item, no title beside either
    assert _authors(byline="<ul><li>By Maria Lopez</li><li>By Tom Berg</li></ul>") == ["Maria Lopez", "Tom Berg"]
    # one teaser with its byline in a list whose other items have none: no list of works by others
    one = "<ul><li><a href='/a'><h2>Storm hits the coast overnight</h2></a> <span>By Peter Wong</span></li>"
    assert _authors(byline=one + "<li><a href='/b'>Schools reopen on Monday morning</a></li></ul>") == ["Peter Wong"]


# Blogger's post footer as its template prints it in each language: the cue, then the hCard's formatted name.
BLOGGER = (
    "<div class='post-footer'><span class='post-author vcard'>{cue} <span class='fn'>{name}</span></span> "
    "<span class='post-timestamp'>{at} <a class='timestamp-link' href='/p'><abbr class='published' "
    "title='2011-03-03T10:30:00+01:00'>10:30</abbr></a></span></div>"
)


def test_an_hcard_formatted_name_in_a_byline_element_is_the_name_whatever_the_cue() -> None:
    for cue, name, at in (("Publicado por", "Ana López", "en"), ("Geplaatst door", "Jan de Vries", "op"),
                          ("Eingestellt von", "Anna Schmidt", "um"), ("Pubblicato da", "Marco Rossi", "alle"),
                          ("Upplagd av", "Anna Lind", "kl.")):  # fmt: skip
        footer = BLOGGER.format(cue=cue, name=name, at=at)
        assert _authors(after=f"<div class='post hentry'>{footer}</div>") == [name], cue
    # WordPress's "author vcard" link beside the theme's own words
    wordpress = "<span class='byline'>Escrito por <span class='author vcard'><a class='url fn n' href='/a'>Ana López"
    assert _authors(byline=f"<p>{wordpress}</a></span></span></p>") == ["Ana López"]


# A bare list of teasers after the story, each headline link with its writer in a byline-classed element.
MARKED_TEASERS = (
    "<ul><li><a href='/a'>Storm hits the coast overnight</a> <span class='{c}'>By Peter Wong</span></li>"
    "<li><a href='/b'>Schools reopen on Monday morning</a> <span class='{c}'>By Sara Kim</span></li></ul>"
)


def test_a_byline_class_repeated_over_a_plain_lists_teasers_names_no_writer_of_the_page() -> None:
    for c in ("byline", "author", "article-author", "c-byline"):
        assert _authors(after=MARKED_TEASERS.format(c=c)) == [], c
        assert _authors(byline="<p>By Maria Lopez</p>", after=MARKED_TEASERS.format(c=c)) == ["Maria Lopez"], c


def test_byline_classes_in_a_plain_list_without_teasers_are_still_read() -> None:
    # co-authors one to an item, each name its own short link: no headline beside them, so the list is no teasers'
    # (the first item's element is read, as before this round: the element's siblings are asked, not its item's)
    coauthors = ("<ul class='authors'><li><span class='author'><a href='/m'>Maria Lopez</a></span></li>"
                 "<li><span class='author'><a href='/t'>Tom Berg</a></span></li></ul>")  # fmt: skip
    assert _authors(byline=coauthors) == ["Maria Lopez"]
    # the article's facts listed one to an item: the byline class appears once
    facts = "<ul class='meta'><li><span class='byline'>By Maria Lopez</span></li><li>March 3, 2011</li></ul>"
    assert _authors(byline=facts) == ["Maria Lopez"]
