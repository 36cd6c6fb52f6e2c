"""Session 41, the HTML path's authors on real pages (helper s41-realhtml, issue 13). The studied files (trainable,
trainable2, eval_only_study) hold no new case; the shapes are the byline markup and layouts CMSs and old newspaper
templates print, probed on invented pages, and kept only where no real check half (totals only) lost precision or
recall:

- a reader comment's or a teaser list's writer in an element classed exactly "byline" or "author" (which is read
  wherever it stands): the byline of a box of comments, or of a box of other articles that repeats the element over
  other writers, is not the page's;
- schema.org microdata naming the writer in a <meta> of the author item ("<div itemprop=author itemscope><meta
  itemprop=name content=…>"), the name given to machines and not shown;
- a dash signature ("— Jane Roe") as the text's last paragraph, where the segmenter kept the short line in the text;
- a name and its writing job ("Ann Lee, Staff Writer") under the headline taken for the text's first paragraph;
- a WordPress entry line naming the category before the writer and the date and comment count after it ("Posted in
  News by Ann Lee on March 3, 2011 · 4 Comments").

Tried and withdrawn: the JSON-LD author given as a reference into the page's graph (`{"@id": …}`, Yoast SEO's), read
as the node it names: on two studied aeb pages it is the WordPress account that posted the story (a producer, a press
office) and not the byline's writer.

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.lexicon.credit_lines import parse_credit_line
from tests.test_heldout4_round import _process

HEAD = "<title>Council approves new city budget | Springfield Gazette</title>"
PARAGRAPHS = "".join(
    f"<p>{p}</p>"
    for p in (
        "The city council voted on Tuesday to approve a new budget for the coming year, after months of debate.",
        "The plan raises spending on schools and roads while cutting administrative costs by almost ten percent.",
        "Critics said the cuts would hurt services for older residents, who rely on the city's transport programmes.",
        "Supporters argued that the budget balanced the needs of a growing population with the limits of the tax base.",
        "The mayor is expected to sign the measure next week, officials said, before it takes effect in July.",
    )
)


def _page(byline: str = "", after: str = "", closing: str = "") -> list[str]:
    body = (
        "<div id='header'><a href='/'>Springfield Gazette</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></div>"
        f"<div class='story'><h1>Council approves new city budget</h1>{byline}{PARAGRAPHS}{closing}</div>{after}"
        "<div id='footer'>Copyright 2011 Springfield Gazette</div>"
    )
    return _process(HEAD, body)[2]


TEASERS = (
    "<div class='{box}'><h3>More news</h3><ul>"
    "<li><a href='/a'>Storm hits the coast</a> <span class='byline'>By Peter Wong</span></li>"
    "<li><a href='/b'>Schools reopen on Monday</a> <span class='byline'>By Sara Kim</span></li></ul></div>"
)
COMMENTS = (
    "<div id='comments'><div class='comment'><span class='author'>Peter Wong</span><p>Great article, thanks.</p></div>"
    "<div class='comment'><span class='author'>Sara Kim</span><p>I disagree with the council.</p></div></div>"
)


def test_a_comment_or_a_teaser_lists_byline_class_names_no_writer_of_the_page() -> None:
    for box in ("related", "teasers", "sidebar"):
        assert _page(after=TEASERS.format(box=box)) == [], box
    assert _page(after=COMMENTS) == []
    # the article's own byline, unclassed, keeps its writer alone
    assert _page(byline="<p>By Maria Lopez</p>", after=TEASERS.format(box="related")) == ["Maria Lopez"]


def test_a_byline_class_outside_a_list_of_others_is_still_read() -> None:
    # the article's byline classed so, before a related list of the same markup
    assert _page(byline="<p><span class='byline'>By Maria Lopez</span></p>", after=TEASERS.format(box="related")) == [
        "Maria Lopez"
    ]
    # one "author" element in a sidebar box (no list repeating it): read, as before
    assert _page(after="<div class='sidebar'><span class='author'>Maria Lopez</span></div>") == ["Maria Lopez"]
    # co-authors' elements side by side in a box whose class holds a list word: the article's writers
    coauthors = "<div class='author-list'><span class='author'>Maria Lopez</span>, <span class='author'>Tom Berg</span>"
    assert _page(byline=coauthors + "</div>") == ["Maria Lopez", "Tom Berg"]
    # the same class repeated over the same name (a byline printed twice) is no list of others
    twice = "<div class='related'><span class='byline'>By Maria Lopez</span> <span class='byline'>By Maria Lopez</span>"
    assert _page(after=twice + "</div>") == ["Maria Lopez"]


def test_a_microdata_author_items_name_meta_is_the_writer() -> None:
    for item, name in (
        ("<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
         "<meta itemprop='name' content='Maria Lopez'></div>", "Maria Lopez"),
        ("<span itemprop='author' itemscope itemtype='http://schema.org/Person'><meta itemprop='name' "
         "content='Søren Holm'><meta itemprop='url' content='/forfatter/soren-holm'></span>", "Søren Holm"),
    ):  # fmt: skip
        assert _page(byline=item) == [name], item


def test_other_microdata_names_are_no_writer() -> None:
    # the organisation's name nested in the author item, the article's own name, a publisher's name
    nested = ("<div itemprop='author' itemscope itemtype='https://schema.org/Organization'><div "
              "itemprop='parentOrganization' itemscope><meta itemprop='name' content='Springfield Media Group'></div>"
              "</div>")  # fmt: skip
    assert _page(byline=nested) == []
    assert _page(byline="<div itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='name' "
                        "content='Council approves new city budget'></div>") == []  # fmt: skip
    assert _page(byline="<div itemprop='publisher' itemscope><meta itemprop='name' content='Maria Lopez'></div>") == []


def test_a_dash_signature_closing_the_text_names_its_writer() -> None:
    for closing, name in (("<p>— Maria Lopez</p>", "Maria Lopez"), ("<p>-- Tom Berg</p>", "Tom Berg"),
                          ("<p>– Anna Lindqvist</p>", "Anna Lindqvist")):  # fmt: skip
        assert _page(closing=closing) == [name], closing


def test_other_dash_lines_sign_nothing() -> None:
    # a place and date, lower-case words, a dash line inside the text (an epigraph's source above the last paragraph)
    assert _page(closing="<p>— Springfield, March 3</p>") == []
    assert _page(closing="<p>— read more below</p>") == []
    inside = "<p>— Mark Twain</p>" + PARAGRAPHS
    assert _page(byline=inside) == []


def test_a_name_and_its_writing_job_under_the_headline_is_the_byline() -> None:
    for line, name in (("<div>Maria Lopez, Staff Writer</div>", "Maria Lopez"),
                       ("<div>Tom Berg, Gazette Correspondent</div>", "Tom Berg"),
                       ("<p>Anna Lindqvist, Freelance Journalist</p>", "Anna Lindqvist")):  # fmt: skip
        assert _page(byline=line) == [name], line


def test_a_name_and_another_job_under_the_headline_is_no_byline() -> None:
    # an official's title (a quoted official, a sidebar's contact), a role without a name
    assert _page(byline="<div>Maria Lopez, Chief Executive</div>") == []
    assert _page(byline="<div>Senior Staff Writer</div>") == []


def test_a_wordpress_entry_line_with_its_category_date_and_comment_count_names_its_writer() -> None:
    for line in ("Posted in News by Maria Lopez on March 3, 2011 · 4 Comments",
                 "Filed under Politics by Maria Lopez on March 3, 2011"):  # fmt: skip
        credit = parse_credit_line(line)
        assert credit is not None and credit.name == "Maria Lopez", line
    meta = ("<div class='entry-meta'>Posted in <a href='/c/news'>News</a> by <a href='/author/mlopez'>Maria Lopez</a> "
            "on March 3, 2011 · <a href='#comments'>4 Comments</a></div>")  # fmt: skip
    assert _page(byline=meta) == ["Maria Lopez"]


def test_other_entry_lines_name_no_one() -> None:
    # the site's account, a phrase after the cue, no name at all
    for line in ("Posted in Uncategorized by admin on March 3, 2011",
                 "Posted in News by the team at our office on March 3, 2011",
                 "Posted in News on March 3, 2011 · 4 Comments"):  # fmt: skip
        credit = parse_credit_line(line)
        assert credit is None or not credit.name, line
        assert _page(byline=f"<div class='entry-meta'>{line}</div>") == [], line
