"""Listing pages (tasks/text/listing.py): a page whose main content is a run of like entries (a blog's front page of
posts, a directory of places) keeps every entry as body, where the region search kept the one entry it found; an
article with a feed of teasers under it, comments under a post, or a short run of entries keeps its old reading.
Pages written for the test.
"""

from __future__ import annotations

from schemas import Label, TextKind
from tasks.text.segment import LabelledLine, segment_text

_MENU = ["Mountain Notes", "Home", "About me", "Photos", "Archives", "Contact"]

# A travel blog's front page: each post under its date and its own title, with a paragraph or two of prose.
_POSTS = [
    ("March 30, 2005", "Back home at last",
     ["The flight from Lima landed early, but it took over an hour to get my bag and another to find a taxi home.",
      "Now I am writing this last entry from my own desk, with a cup of tea and a pile of letters still unopened."]),
    ("March 24, 2005", "Night bus to the coast",
     ["The night bus left two hours late and stopped at every village on the way, so nobody on board slept much."]),
    ("March 19, 2005", "Salt flats and cold nights",
     ["The salt flats are the largest in the world, and at dawn the white floor stretches away as far as you can see.",
      "The nights were colder than anything I packed for, and the hostel had no heating apart from a small stove."]),
    ("March 12, 2005", "Altitude and patience",
     ["Getting up to the plateau took three days of buses, and the altitude made every flight of stairs an effort."]),
    ("March 8, 2005", "A week in the capital",
     ["I spent most of my first days in the capital walking the old town and trying every cheap lunch menu I found."]),
    ("March 1, 2005", "Leaving the ship",
     ["After two weeks at sea it felt strange to stand on a quay that did not move, and the whole crew came to wave."]),
]  # fmt: skip


def _by_text(text: str) -> dict[str, LabelledLine]:
    return {ll.line.text.strip(): ll for ll in segment_text(text).lines}


def _blog(posts: list[tuple[str, str, list[str]]]) -> str:
    sidebar = "\n\n".join(title for _, title, _ in posts)  # the archive lists every post's title
    entries = "\n\n".join("\n\n".join([date, title, *text]) for date, title, text in posts)
    return "\n\n".join(["\n\n".join(_MENU), "Recent posts", sidebar, entries, "Powered by Blogger"])


def test_a_blog_front_page_keeps_every_post_as_body() -> None:
    lines = _by_text(_blog(_POSTS))
    for date, _title, text in _POSTS:
        for line in (date, *text):
            assert lines[line].verdict.label == Label.BODY, line
            assert lines[line].verdict.kind == TextKind.ENTRY, line
    # a post's title is its heading, though the archive in the sidebar repeats it
    assert lines["Salt flats and cold nights"].verdict.label in (Label.BODY, Label.TITLE)
    assert lines["Powered by Blogger"].verdict.label == Label.CHROME
    assert lines["About me"].verdict.label == Label.CHROME


def test_a_directory_keeps_its_entries_and_drops_the_link_every_entry_repeats() -> None:
    clubs = [
        ("Harbour View Golf Club", "Civic Address: 12 Shore Road, Pointe Bay",
         "Laid out along the cliffs above the bay, this eighteen-hole course has challenged players since 1921."),
        ("Cedar Ridge Links", "Civic Address: 4 Ridge Lane, Millbrook",
         "A quiet nine-hole course in the hills, with a small clubhouse that serves lunch to members and guests."),
        ("Riverbend Golf and Country Club", "Civic Address: 88 Mill Street, Ashford",
         "The river crosses the course four times, and the par five on the back nine is the hardest in the county."),
        ("Pine Hollow Golf Course", "Civic Address: 230 Route 9, Dunmore",
         "Narrow fairways lined with old pines reward careful players more than long hitters on this historic course."),
        ("Lakeside Greens", "Civic Address: 7 Lake Drive, Westport",
         "Families are welcome on this short and friendly course by the lake, with lessons every Saturday morning."),
        ("Stonebridge Golf Club", "Civic Address: 1 Bridge Road, Kelso",
         "Built around an old stone bridge, the course mixes parkland holes with a few tough links holes by the sea."),
    ]  # fmt: skip
    body = "\n\n".join("\n\n".join([name, "Details", address, text]) for name, address, text in clubs)
    lines = _by_text("\n\n".join(["Golf in the Province", "Home", "Courses", "Maps", body, "© Tourism Office"]))
    for _name, address, text in clubs:
        assert lines[text].verdict.label == Label.BODY, text
        assert lines[address].verdict.label == Label.BODY, address
    assert lines["Details"].verdict.reason_code == "entry_link"
    assert lines["© Tourism Office"].verdict.label == Label.CHROME


def test_an_article_with_a_teaser_feed_under_it_is_no_listing() -> None:
    # the article is many times the size of each teaser's snippet: the page is read as before, not as a listing
    article = " ".join(
        ["The city council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive."] * 3
    )
    paragraphs = [f"{article} Paragraph {n} of the story adds what the engineers said." for n in range(8)]
    feed = "\n\n".join(
        "\n\n".join([f"November {d}, 2019", f"Teaser headline number {d}",
                     f"A short snippet of another story, number {d}, ends here for the reader to click on."])
        for d in range(10, 17)
    )  # fmt: skip
    lines = _by_text("\n\n".join(["Harbour Times", "News", "Council backs harbour wall", *paragraphs, feed]))
    assert all(ll.verdict.kind != TextKind.ENTRY for ll in lines.values())


def test_stamped_comments_under_a_post_are_no_listing() -> None:
    # posts stamped to the minute are a thread (tasks/text/forum.py and threads.py judge them), not a listing
    posts = [(f"{date} at 10:{n}5 pm", title, text) for n, (date, title, text) in enumerate(_POSTS)]
    lines = _by_text(_blog(posts))
    assert all(ll.verdict.kind != TextKind.ENTRY for ll in lines.values())


def test_four_entries_are_too_few_for_a_listing() -> None:
    lines = _by_text(_blog(_POSTS[:4]))
    assert all(ll.verdict.kind != TextKind.ENTRY for ll in lines.values())
