"""The article container: scoring, rivals under a common ancestor, conditional cleaning."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]

from schemas import Label
from tasks.html.blocks import Block, clean_tree, page_blocks
from tasks.html.extract import ContainerView, best_paragraph_ancestors, find_container, select_containers
from tasks.pipeline_html import HtmlPage, extract_html
from tests.test_html_pipeline import PARAGRAPHS

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


def test_a_common_ancestor_without_a_score_of_its_own_is_still_a_container() -> None:
    # Four equal parts, each five levels below their <section>: too far up for the paragraphs to score it,
    # yet it is the common ancestor of the rivals, so it becomes the container (once a KeyError).
    nest = "<div class='part'><div><div><div><div><p>{}</p></div></div></div></div></div>"
    parts = "".join(nest.format(f"{PARAGRAPHS[1]} {i}") for i in range(4))
    root = lxml_html.fromstring(f"<html><body><div id='outer'><section>{parts}</section></div></body></html>")
    clean_tree(root)
    blocks, info = page_blocks(root)
    view = find_container(blocks, info)
    assert not any(e.tag == "section" for e in view.scores)
    top, selected = select_containers(view.scores, info)
    assert top is not None and top.tag == "section" and top in selected


def _story_view(anchored: bool) -> tuple[ContainerView, list[Block]]:
    # A broad container whose article box also holds a toolbar of links: more link text than prose.
    toolbar = "".join(f"<a href='/t{i}'>Toolbar link {i}</a> " for i in range(30))
    story = f"<div class='story'><div>{toolbar}</div><div><p>{PARAGRAPHS[1]}</p></div></div>"
    root = lxml_html.fromstring(f"<html><body><div id='outer'>{story}<div>{toolbar}</div></div></body></html>")
    clean_tree(root)
    blocks, info = page_blocks(root)
    outer = root.get_element_by_id("outer")
    anchors = best_paragraph_ancestors(blocks, info) if anchored else frozenset()
    return ContainerView(outer, {outer}, info, {}, {}, anchors), blocks


def test_the_box_around_the_best_paragraph_is_not_cut_as_a_link_box() -> None:
    view, blocks = _story_view(anchored=True)
    paragraph = next(b for b in blocks if b.text == PARAGRAPHS[1])
    assert view.locate(paragraph) == (True, None)


def test_without_that_protection_the_same_box_would_be_cut() -> None:
    view, blocks = _story_view(anchored=False)
    paragraph = next(b for b in blocks if b.text == PARAGRAPHS[1])
    inside, cut = view.locate(paragraph)
    assert inside and cut is not None and cut.code == "link_box"


GUEST_ENTRY = "I am so sorry to hear of her passing, she was a kind and brave friend to all of us, and we miss her. "


def test_a_guest_book_written_as_list_items_is_the_article() -> None:
    # The page's text is a list of prose entries; a short note in a cell beside it is the only <p>.
    # Readability-style scoring counts only paragraphs, so the note won the page; prose items now score
    # what holds the list.
    entries = "".join(f"<li>{GUEST_ENTRY}Entry {n}.</li>" for n in range(8))
    note = "<p>Leave a word of memorial in the guest book, please, if you knew her.</p>"
    note = f"<table><tr><td>{note}</td></tr></table>"
    html = f"<html><body>{note}<div id='book'><ul>{entries}</ul></div></body></html>"
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    body = [ll.line.text for ll in page.page.segmented.with_label(Label.BODY)]
    assert sum(GUEST_ENTRY.strip() in line for line in body) == 8


def test_a_menu_or_teaser_list_does_not_score_as_prose() -> None:
    from tasks.html.scoring import is_prose_item

    root = lxml_html.fromstring(
        "<html><body><ul><li><a href='/a'>Home</a></li><li><a href='/b'>" + "A teaser headline. " * 6 + "</a></li>"
        f"<li>{GUEST_ENTRY}</li></ul></body></html>"
    )
    clean_tree(root)
    blocks, _ = page_blocks(root)
    assert [is_prose_item(b) for b in blocks] == [False, False, True]


def test_an_author_box_beside_a_short_post_is_furniture() -> None:
    # trafilatura's author token: a writer's bio box is not the post, however much prose it holds.
    about = "Jo Winters draws comics, writes about freelancing, and teaches, often. " * 3
    bio = f"<div class='about_author'><p>{about}</p></div>"
    post = f"<div class='post'><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>"
    html = f"<html><body><div id='page'>{post}{bio}</div></body></html>"
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    body = [ll.line.text for ll in page.page.segmented.with_label(Label.BODY)]
    assert body == [PARAGRAPHS[1], PARAGRAPHS[2]]


SHORT_POST = "Five of the worst ads of the year, ranked by how much they annoyed me this week."


def _sidebar_page(sidebar_id: str) -> str:
    # The post is short; the sidebar holds a longer profile paragraph and an archive of links: most of the text.
    profile = "I have written ads in New York for nineteen years, and I hate capri pants, brunch and midtown. " * 6
    archive = "".join(f"<li><a href='/{n}'>Top five posts of week {n}</a></li>" for n in range(8))
    sidebar = f"<div id='{sidebar_id}'><div class='box'><p>{profile}</p></div><ul>{archive}</ul></div>"
    post = f"<div><p>{SHORT_POST}</p></div>"
    return f"<html><body>{sidebar}{post}</body></html>"


def _kept(html: str) -> list[str]:
    """The blocks the container keeps (before any second opinion)."""
    root = lxml_html.fromstring(html)
    clean_tree(root)
    blocks, info = page_blocks(root)
    view = find_container(blocks, info)
    return [b.text for b in blocks if view.locate(b) == (True, None)]


def test_an_element_named_sidebar_is_furniture_even_when_it_holds_most_of_the_page() -> None:
    assert _kept(_sidebar_page("sidebar2")) == [SHORT_POST]


def test_a_wrapper_that_mentions_a_sidebar_in_its_name_may_still_be_the_container() -> None:
    assert SHORT_POST not in _kept(_sidebar_page("page-with-sidebar"))  # the profile wins there, as before


def test_named_furniture_is_the_whole_name_only() -> None:
    from tasks.html.scoring import named_furniture

    def element(attrs: str) -> lxml_html.HtmlElement:
        return lxml_html.fragment_fromstring(f"<div {attrs}>x</div>")

    assert named_furniture(element("id='sidebar'")) and named_furniture(element("class='comments'"))
    assert named_furniture(element("class='sidebar2'"))
    assert not named_furniture(element("class='page-with-sidebar'"))
    assert not named_furniture(element("id='__next'")) and not named_furniture(element("class='ad-portal'"))


def _recipe(linked: int) -> str:
    items = ["3/4 cup of brown sugar", "1/4 cup of real maple syrup", "1 1/2 tsp pumpkin pie spice",
             "1 1/2 cups pumpkin puree", "1/2 tsp salt", "2 eggs"]  # fmt: skip
    lis = "".join(f"<li><a href='/i{n}'>{t}</a></li>" if n < linked else f"<li>{t}</li>" for n, t in enumerate(items))
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><body><div id='post'>{paragraphs}<ul>{lis}</ul><p>{PARAGRAPHS[1]}</p></div></body></html>"


def test_a_list_of_plain_items_with_a_few_links_is_not_a_link_box() -> None:
    # Two of six ingredients are linked: over a fifth of the list's text is links, yet it is the article's list.
    assert "2 eggs" in _kept(_recipe(linked=2))


def test_a_list_whose_items_are_links_is_still_a_link_box() -> None:
    assert "2 eggs" not in _kept(_recipe(linked=6))


def _listing(dated: bool) -> str:
    items = "".join(
        f"<li><h3>Story headline number {n} about the new consoles</h3><p>A short summary of story {n}, and more.</p>"
        + (f"<p>2012-11-0{n + 1}</p>" if dated else "")
        + "</li>"
        for n in range(4)
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><body><div id='main'>{paragraphs}<ul>{items}</ul></div></body></html>"


def test_a_list_of_headed_and_dated_items_is_teasers() -> None:
    kept = _kept(_listing(dated=True))
    assert PARAGRAPHS[0] in kept and not any("Story headline" in text for text in kept)


def test_a_list_of_headed_items_without_dates_may_be_the_article() -> None:
    # A product page's feature list (a heading and a description per item) is the article's own text.
    assert any("Story headline" in text for text in _kept(_listing(dated=False)))


QUOTED = (
    "The state's budget office said on Monday that revenue fell, again, for the third month in a row, officials said. "
)
COMMENTARY = [
    "Look quick: they are spending our tax cut already, and nobody in the legislature seems to mind it at all.",
    "But note the error the reporter makes when she says the plan would cost the state a billion dollars a year.",
]


def test_a_posts_own_paragraphs_around_a_quoted_story_join_it() -> None:
    # The quoted story is the best container, and the only child of its <blockquote>: the post's paragraphs are
    # siblings of that wrapper, not of the story, so readability's sibling step never saw them.
    story = "".join(f"<p>{QUOTED}Part {n}.</p>" for n in range(5))
    cell = f"<p>{COMMENTARY[0]}</p><blockquote><blockquote>{story}</blockquote></blockquote><p>{COMMENTARY[1]}</p>"
    kept = _kept(f"<html><body><table><tr><td>{cell}</td></tr></table></body></html>")
    assert COMMENTARY[0] in kept and COMMENTARY[1] in kept
    assert sum(QUOTED.strip() in text for text in kept) == 5


NAV_LINKS = "<div>" + " ".join(f"<a href='/n{i}'>Menu item {i}</a>" for i in range(12)) + "</div>"
STEP = "5. Decide on an initial strategy and start designing the website, using the articles above for ideas."
ITEMS = [
    "Share testimonies in the language of the people you want to reach.",
    "Have a pen-pals page, so that new readers write to each other.",
]


def _between_page(middle: str) -> str:
    first = f"<div class='section'>{f'<p>{PROSE}</p>' * 4}</div>"
    second = f"<div class='section'><p>{PROSE}</p><p>{PROSE}</p></div>"
    return f"<html><body>{NAV_LINKS}{first}{middle}{second}</body></html>"


def test_text_between_two_parts_of_the_article_is_article() -> None:
    # A numbered step in a wrapper of its own and a plain list, between two parts of the article that are
    # siblings: neither scores as a paragraph, so the sibling step left them out.
    kept = _kept(_between_page(f"<div class='other'>{STEP}</div><ul>{''.join(f'<li>{i}</li>' for i in ITEMS)}</ul>"))
    assert STEP in kept and all(item in kept for item in ITEMS)


def test_links_or_furniture_between_two_parts_of_the_article_stay_out() -> None:
    links = "<div>" + " ".join(f"<a href='/r{i}'>Another story number {i}</a>" for i in range(4)) + " and more</div>"
    kept = _kept(_between_page(f"{links}<div class='advert'>{STEP}</div><div>A short label here</div>"))
    assert not any("Another story" in text for text in kept)
    assert STEP not in kept and "A short label here" not in kept


REVIEW = "Check out this nice review of the release; the reviewer goes into great detail about the new player."
POST = "The new server arrived this week, thanks to the donations, and it will replace the old one soon, we hope. "


def _posts() -> str:
    title = "<h4><a href='/p1'>A linked post title here</a></h4>"
    footer = "<div>Posted by <a href='/u'>Mark K</a> | <a href='/c'>Comments (5)</a></div>"
    short = f"<div class='pbox'>{title}<div>{REVIEW}</div>{footer}</div>"
    long = f"<div class='pbox'><div>{POST * 3}</div><div>{POST * 2}</div></div>"
    return f"<html><body>{NAV_LINKS}<div id='posts'>{long}{long}{short}{long}{long}</div></body></html>"


def test_a_post_among_posts_of_the_same_class_is_no_link_box() -> None:
    # One post of a blog's index page is over the link-density limit by its linked title and footer; the posts
    # beside it, same tag and class, are prose: it is one of them, not a link box.
    kept = _kept(_posts())
    assert REVIEW in kept


def test_a_link_heavy_box_among_posts_is_still_a_link_box() -> None:
    links = "".join(f"<a href='/x{i}'>Link {i}</a> " for i in range(10))
    html = _posts().replace("<div id='posts'>", f"<div id='posts'><div class='pbox'>{links}</div>")
    assert not any("Link 3" in text for text in _kept(html))


TWEET = "Yes this is real and yes the state spent nearly half a million dollars on the new campaign"


def _embed_page(blockquote: str) -> str:
    story = "".join(f"<p>{PROSE}</p>" for _ in range(4))
    embed = f"<div class='social-media-embed'>{blockquote}</div>"
    return f"<html><body>{NAV_LINKS}<div id='story'>{story}{embed}<p>{PROSE}</p></div></body></html>"


def test_an_embedded_post_quoted_by_the_article_is_no_share_widget() -> None:
    # A tweet's embed code: a classed <blockquote> with the post and its links, in a wrapper whose class says
    # 'social'; the article quotes it, so neither the class hint nor its links make it furniture.
    post = f"<p>{TWEET}: <a href='/t'>t.co/Nc0n</a></p>— Ann (<a href='/a'>@ann</a>) 2019"
    tweet = f"<blockquote class='twitter-tweet'>{post}</blockquote>"
    assert any(TWEET in text for text in _kept(_embed_page(tweet)))


def test_a_social_box_without_an_embedded_post_is_still_cut() -> None:
    # The same wrapper holding a plain quote (no links: a pull quote) or share links stays furniture.
    assert not any(TWEET in text for text in _kept(_embed_page(f"<blockquote class='pull'>{TWEET}</blockquote>")))
    assert not any(TWEET in text for text in _kept(_embed_page(f"<div>{TWEET} <a href='/s'>Share</a></div>")))
