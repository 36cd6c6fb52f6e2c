"""Thread pages (tasks/text/forum.py): a page whose main content is a thread of posts keeps every post, name and
quote as body, where the region search picked one post; an article with comments under it keeps its comments as
chrome. Pages written for the test: a board's "View Full Version" archive, a guestbook, and news pages with comment
threads that must not read as boards (a comment heading over the posts, the article's head stamped otherwise, a first
"post" that is the article, one blogger's name over every post, a live blog's clock stamps).
"""

from __future__ import annotations

from schemas import Label, TextKind
from tasks.text.segment import LabelledLine, segment_text

_BOARD_HEAD = "\n".join(
    [
        "Harbour Town Anglers Forum > Sea Fishing > Tides and bait for the autumn season",
        "PDA",
        "View Full Version : Tides and bait for the autumn season",
        "Pages : 1 [2] 3",
    ]
)
_BOARD_FOOT = "vBulletin v3.6.0, Copyright ©2000-2006, Jelsoft Enterprises Ltd."

# Posts of a thread: poster, stamp, the text of the post (a line or two, sometimes a quote of an earlier post).
_POSTS = [
    ("grey_mullet", "10-02-2006, 07:14 PM",
     ["Has anyone been out on the north pier since the big tides started last weekend, and was it worth the trip?",
      "I went on Sunday evening and the water was far too coloured for anything but a few small crabs."]),
    ("Old Tom", "10-02-2006, 07:40 PM",
     ["The pier is always like that for two or three days after a spring tide, so give it until Thursday at least."]),
    ("bassfan77", "10-02-2006, 08:05 PM",
     ["I went on Sunday evening and the water was far too coloured for anything but a few small crabs.",
      "Same here on Saturday, but the rocks past the lifeboat station were clear enough and I had two bass there."]),
    ("grey_mullet", "10-02-2006, 08:31 PM",
     ["Thanks, that is useful to know. Which bait did you use on the rocks, peeler crab or ragworm from the shop?"]),
    ("Marina Bell", "10-03-2006, 09:12 AM",
     ["Peeler crab every time at this time of year, and keep the rig simple because the kelp takes everything else.",
      "The shop by the station sells fresh peelers on Fridays, but they are usually gone by lunchtime."]),
    ("bassfan77", "10-03-2006, 10:48 AM",
     ["Peeler for me as well. I tried squid strips last month and had nothing but pouting all night long."]),
    ("Old Tom", "10-03-2006, 12:20 PM",
     ["If the wind drops on Thursday the pier will be worth a go again, so I will post how it looks in the evening."]),
]  # fmt: skip


def _thread(posts: list[tuple[str, str, list[str]]]) -> str:
    return "\n\n".join("\n".join([name, stamp, *text]) for name, stamp, text in posts)


def _by_text(text: str) -> dict[str, LabelledLine]:
    return {ll.line.text.strip(): ll for ll in segment_text(text).lines}


def test_a_board_archive_keeps_every_post_name_and_quote_as_body() -> None:
    lines = _by_text(f"{_BOARD_HEAD}\n\n{_thread(_POSTS)}\n\n{_BOARD_FOOT}")
    for name, stamp, text in _POSTS:
        assert lines[name].verdict.label == Label.BODY, name
        assert lines[name].verdict.kind == TextKind.POST
        assert lines[stamp].verdict.reason_code == "post_stamp"  # the stamp is the post's furniture
        for t in text:  # a quoted line repeats an earlier post and is still text
            assert lines[t].verdict.label == Label.BODY, t
            assert lines[t].verdict.reason_code == "post_in_thread"
    assert lines[_BOARD_FOOT].verdict.label == Label.CHROME
    assert lines["Pages : 1 [2] 3"].verdict.label == Label.CHROME


def test_a_guestbook_is_a_thread_page_too() -> None:
    entries = [
        ("Karen Grant (Eagan)", "May 3, 2006 at 10:41 am",
         ["What a lovely weekend we had at the cabin, the children still talk about the boat trip on the lake."]),
        ("Pete and Sue", "May 9, 2006 at 6:02 pm",
         ["Thank you for the warm welcome and the fresh bread every morning, we will be back next summer for sure."]),
        ("The Olsen family", "June 1, 2006 at 8:15 am",
         ["The trail behind the cabin was the highlight of our stay, and the map you drew for us was a great help."]),
        ("Ruth", "June 14, 2006 at 9:30 pm",
         ["We saw two loons on the lake every evening and the sunsets from the porch were simply beautiful."]),
        ("Marco B.", "July 2, 2006 at 11:11 am",
         ["Quiet, clean and close to the water: everything we hoped for after a long and busy year in the city."]),
    ]  # fmt: skip
    page = "\n".join(["Pine Lake Cabins", "Home", "Rates", "Guestbook", "Sign our guestbook"])
    lines = _by_text(f"{page}\n\n{_thread(entries)}\n\nPine Lake Cabins, County Road 4")
    for name, _, text in entries:
        assert lines[name].verdict.label == Label.BODY
        assert lines[text[0]].verdict.reason_code == "post_in_thread"


_ARTICLE = [
    "The town council voted on Tuesday evening to close the north pier to anglers for the whole of the winter season.",
    "Councillors said the storms of last year had damaged the railings and that repairs could not start before March.",
    "Local anglers had asked the council to keep at least the first half of the pier open on calm weekends.",
    "The harbour master said the decision would be reviewed in February once the engineers had finished their report.",
]


def test_news_comments_under_a_comment_heading_stay_comments() -> None:
    """An article of one paragraph weighs little; the "7 Comments" heading over the posts says they are its comments."""
    head = "\n".join(["Harbour Gazette", "News", "Sport", "Council closes north pier for winter", "By Anna Reed"])
    text = f"{head}\n\n{_ARTICLE[0]}\n\n7 Comments\n\n{_thread(_POSTS)}\n\nLeave a Reply"
    lines = _by_text(text)
    assert lines[_ARTICLE[0]].verdict.label == Label.BODY
    for name, _, posted in _POSTS:
        assert lines[name].verdict.label == Label.CHROME
        assert lines[posted[0]].verdict.label == Label.CHROME
    assert all(ll.verdict.reason_code != "post_in_thread" for ll in lines.values())


def test_an_article_stamped_otherwise_than_its_comments_is_no_post() -> None:
    """The story's byline and stamp look like a post's ("Anna Reed" over "02.10.2006, 18:00"), but the board stamps
    every post alike and the comments are stamped "10-02-2006, 07:14 PM": the story's head is no post, and the story
    above the comments is the article they follow."""
    head = "\n".join(["Harbour Gazette", "Council closes north pier for winter", "Anna Reed", "02.10.2006, 18:00"])
    text = f"{head}\n" + "\n".join(_ARTICLE) + f"\n\n{_thread(_POSTS)}\n\nAbout us"
    lines = _by_text(text)
    assert all(lines[p].verdict.label == Label.BODY for p in _ARTICLE)
    assert lines["Anna Reed"].verdict.reason_code != "post_in_thread"
    assert lines[_POSTS[1][2][0]].verdict.label == Label.CHROME


def test_a_first_post_that_is_the_article_ends_the_thread_page() -> None:
    """Stamped as the comments are and with no heading over them, a first "post" holding a third of the prose or more
    is the article, and the posts under it its comments."""
    more = [
        "Anglers will still be able to fish from the south wall, which the engineers found in good repair last month.",
        "The council will put up new signs at both ends of the promenade before the closure starts next Monday.",
        "A petition against the closure had gathered more than four hundred names by the time of the vote on Tuesday.",
    ]
    story = ("Anna Reed", "10-02-2006, 06:00 PM", _ARTICLE + more)
    text = f"Harbour Gazette\nCouncil closes north pier for winter\n\n{_thread([story, *_POSTS[:5]])}\n\nAbout us"
    lines = _by_text(text)
    assert all(ll.verdict.reason_code != "post_in_thread" for ll in lines.values())
    assert lines[_ARTICLE[0]].verdict.label == Label.BODY


def test_one_bloggers_name_over_every_post_is_no_thread() -> None:
    posts = [("Anna Reed", stamp, text) for _, stamp, text in _POSTS]
    lines = _by_text(f"Anna's fishing diary\n\n{_thread(posts)}\n\nArchives")
    assert all(ll.verdict.reason_code != "post_in_thread" for ll in lines.values())


def test_a_live_blogs_clock_stamps_are_no_posts() -> None:
    """A live blog stamps its entries with a clock time alone ("19:14"): no date, no post stamp."""
    entries = [(name, stamp.split(", ")[1], text) for name, stamp, text in _POSTS]
    lines = _by_text(f"Live: the storm reaches the harbour\n\n{_thread(entries)}\n\nAbout us")
    assert all(ll.verdict.reason_code != "post_in_thread" for ll in lines.values())


def test_an_article_above_a_long_thread_is_the_page() -> None:
    """Posts holding most of the prose under an article with no comment heading: the article above the first post
    (a run of prose of some size) says the posts are its comments."""
    posts = [
        (name, stamp.replace("2006", f"200{k}"), [f"Day {k + 1}: {t}" for t in text])
        for k in range(3)
        for name, stamp, text in _POSTS
    ]
    text = "Harbour Gazette\nCouncil closes north pier for winter\n" + "\n".join(_ARTICLE) + f"\n\n{_thread(posts)}"
    lines = _by_text(text + "\n\nAbout us")
    assert all(ll.verdict.reason_code != "post_in_thread" for ll in lines.values())
    assert all(lines[p].verdict.label == Label.BODY for p in _ARTICLE)
