"""Comment sections: their headings in many languages, and the article cut above them."""

from __future__ import annotations

import pytest

from schemas import ChromeKind, Label
from tasks.lexicon.comments import comment_headings, is_comment_entry, is_comment_heading
from tasks.text.segment import segment_text

ARTICLE = [
    "The city council approved the new budget on Tuesday after a long debate that lasted well into the night.",
    "Officials said the plan would increase spending on schools and roads while keeping taxes at their level.",
    "Critics argued that the council had not explained where the money for the new projects would come from.",
    "The mayor is expected to sign the budget next week, and the first projects could begin in the spring.",
]
# A thread longer than the article: the best run of prose on the page is the comments.
THREAD = [
    line
    for k in range(6)
    for line in (
        f"Reader{k} — March {k + 3}, 2024, 10:1{k} am",
        f"I think comment number {k} makes a fair point, but the council should have asked the residents first, "
        "and it should publish the full list of projects with their costs before anything is signed.",
        "Reply",
    )
]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _labels(text: str) -> dict[str, tuple[str, str, str]]:
    return {
        ll.line.text.strip(): (ll.verdict.label, ll.verdict.kind, ll.verdict.reason_code)
        for ll in segment_text(text).lines
    }


@pytest.mark.parametrize(
    "line",
    ["Comments", "53 Comments", "Comments (33)", "Leave a Reply", "One Response to “Budget vote”",
     "5 thoughts on “Budget vote”", "Have your say on this article", "Комментарии (12)", "Коментарі",
     "Kommentare", "Laisser un commentaire", "Deja un comentario", "Yorumlar", "التعليقات", "댓글", "评论",
     "Ваш комментарий", "Усі коментарі", "Вашият коментар", "Kommentar verfassen", "Réagir à cet article",
     "Enviá tu comentario", "Yorum yazın", "شارك برأيك", "Svi komentari (4)"],
)  # fmt: skip
def test_comment_headings_in_many_languages(line: str) -> None:
    assert is_comment_heading(line)


@pytest.mark.parametrize(
    "line",
    ["Opinion", "Discussion of the budget went on for hours and ended without a vote.",
     "The mayor declined to comment on the plan.", "Related articles", "", "2024",
     "Комментировать это решение министр отказался.", "Réagir vite est essentiel, a dit le préfet.",
     "Kommentieren wollte der Konzern den Bericht nicht."],
)  # fmt: skip
def test_other_lines_are_not_comment_headings(line: str) -> None:
    assert not is_comment_heading(line)


def test_vocabulary_covers_many_languages() -> None:
    assert len(comment_headings()) >= 150


def test_thread_below_a_heading_is_cut_from_the_article_and_labelled_comments() -> None:
    labels = _labels(_page("Council approves budget", *ARTICLE, "6 Comments", *THREAD, "About us", "Contact"))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY
    assert labels["6 Comments"][:3] == (Label.CHROME, ChromeKind.COMMENTS, "comments_heading")
    for line in THREAD[1::3]:
        assert labels[line][:2] == (Label.CHROME, ChromeKind.COMMENTS)


def test_without_the_heading_the_longer_thread_would_win() -> None:
    # The same page with the heading replaced by a neutral line and the entries' dates by names only
    # (dated entries are a thread by themselves): the comment thread is prose as well.
    unstamped = [line.split(" — ")[0] for line in THREAD]
    labels = _labels(_page("Council approves budget", *ARTICLE, "Share this page", *unstamped))
    assert any(labels[line][0] == Label.BODY for line in unstamped[1::3])


def test_a_comment_count_above_the_article_does_not_cut_it() -> None:
    # A share bar under the headline shows the comment count; the article follows it, with no thread.
    labels = _labels(_page("Council approves budget", "Comments (3)", *ARTICLE, "About us"))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY


def _signed_below(stamp: str) -> list[str]:
    """Sixteen comments, each signed below its text by a stamp line (`stamp` with {k}: entry, {d}: day)."""
    return [
        line
        for k in range(16)
        for line in (
            f"Comment {k}: the council should have asked the residents first, and it should publish the full list "
            "of projects with their costs before anything at all is signed by the mayor.",
            stamp.format(k=k, d=k + 10),
        )
    ]


def test_a_long_thread_without_heading_is_cut_when_its_stamps_run_to_the_end() -> None:
    # Entries signed below ("Posted by: … | date time"), no heading, four times as long as the article.
    thread = _signed_below("Posted by: reader{k} | Jan {d}, 2008 4:{d}:12 PM")
    labels = _labels(_page("Council approves budget", *ARTICLE, *thread))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY
    assert sum(labels[line][0] == Label.BODY for line in thread[2::2]) == 0


def _entry(name: str, day: int, paragraphs: int) -> list[str]:
    """A comment under its "Name — date, time" line, of one or more paragraphs."""
    text = [
        f"{name} thinks point number {k} matters, and the council should have asked the residents first "
        f"before it signed anything on day {day}."
        for k in range(paragraphs)
    ]
    return [f"{name} — March {day}, 2024, 10:{day + 10} am", *text]


def test_a_thread_whose_last_entry_is_long_still_runs_to_the_end() -> None:
    # Entries of many commenters; the last one runs five paragraphs below its stamp, no longer than
    # the longest entry above it, so the thread still closes the region and is cut from the article.
    names = ["Anna", "Boris", "Carla", "Dmitri", "Erin", "Farid"]
    thread = [line for k, name in enumerate(names) for line in _entry(name, k + 3, 5 if k in (2, 5) else 1)]
    labels = _labels(_page("Council approves budget", *ARTICLE, *thread))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY
    assert not any(labels[line][0] == Label.BODY for line in thread[-5:])


@pytest.mark.parametrize(
    "line", ["Anna says:", "Progress Trap said,", "bob_smith said...", "Jan Kowalski sagt:", "Marie dit :",
             "Ayşe dedi ki:", "Пётр говорит:", "Maria disse:"],
)  # fmt: skip
def test_comment_entry_headers_in_many_languages(line: str) -> None:
    assert is_comment_entry(line)


@pytest.mark.parametrize(
    "line", ["In a statement, the minister said:", "Minister says", "says:", "Makali wrote:",
             "The council says it will publish the list of projects with their costs next week, before it signs:"],
)  # fmt: skip
def test_clauses_headlines_and_forum_quotes_are_not_comment_entries(line: str) -> None:
    # A forum's "X wrote:" heads a quote inside a post, which belongs to the post.
    assert not is_comment_entry(line)


def _said_thread(names: list[str]) -> list[str]:
    """WordPress' default thread without dates: "Name says:" over each comment."""
    return [
        line
        for k, name in enumerate(names)
        for line in (
            f"{name} says:",
            f"I think point number {k} matters, and the council should have asked the residents first, "
            "then published the full list of projects with their costs before anything was signed.",
        )
    ]


def test_a_thread_of_name_says_entries_without_dates_is_cut() -> None:
    thread = _said_thread(["Anna", "Boris", "Carla", "Dmitri", "Erin", "Farid"])
    labels = _labels(_page("Council approves budget", *ARTICLE, *thread))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY
    assert not any(labels[line][0] == Label.BODY for line in thread[1::2])


def test_dated_entry_headers_over_short_comments_are_a_thread() -> None:
    # "On <date>, <name> said...": the stamp opens the header; some comments are too short to be prose, others
    # long enough that the run of prose goes on from the article into the thread.
    names = ["Rosa", "uaskigyrl", "LizA", "Rachel (S[d]OC)"]
    comments = [
        "Wonderful food! Stay safe.",
        "I am in Aberdeen and it has been raining since Saturday night, so this list came just in time for us, "
        "thank you for thinking of everyone in the path of the storm this week.",
        "OK, which of my kids told you about the cans I keep in the pantry for days like this one, and the soup?",
        "That is assuming we still have power by tonight, but I have some pasta and chili made to weather it.",
    ]
    thread = [
        line
        for k, (name, comment) in enumerate(zip(names, comments, strict=True))
        for line in (f"On October 29, 2012 at {k + 2}:35am, {name} said...", comment, "Reply")
    ]
    labels = _labels(_page("Council approves budget", *ARTICLE, *thread))
    assert all(labels[paragraph][0] == Label.BODY for paragraph in ARTICLE)
    assert not any(labels[line][0] == Label.BODY for line in comments)
    assert is_comment_entry("On October 29, 2012 at 2:35am, Rosa said...", stamped=True)
    assert not is_comment_entry("On October 29, 2012 at 2:35am, Rosa said...")


def test_one_speaker_introduced_again_and_again_is_no_thread() -> None:
    # An interview's "He said:" before each quote: one name, so the quotes stay the article's.
    quotes = _said_thread(["He"] * 6)
    labels = _labels(_page("Council approves budget", *ARTICLE, *quotes))
    assert all(labels[line][0] == Label.BODY for line in quotes[1::2])


def test_posts_signed_by_one_author_are_not_a_thread() -> None:
    # A blog's front page: every post signed below by its one author with a date and time (the
    # last one's signature is further down the page). The signatures are not a comment thread, so
    # the posts below the first stay in the main text.
    def post(k: int, paragraphs: int = 8) -> list[str]:
        return [
            f"Post {k} paragraph {p}: the council approved the budget after a long debate, and the mayor "
            "said the first projects on the list would begin in the spring of the year."
            for p in range(paragraphs)
        ]

    posts = [line for k in range(6) for line in (*post(k), f"digby 6/0{k + 1}/2005 06:3{k}:00 PM |")]
    labels = _labels(_page("Hullabaloo", *ARTICLE, *posts, *post(6, 6)))
    assert all(labels[line][0] == Label.BODY for line in post(6, 6))


def _signed_thread(names: list[str]) -> list[str]:
    """Comments signed below their text ("Posted by: Kent | Jan 10, 2008 4:49 PM"), one per name."""
    return [
        line
        for k, name in enumerate(names)
        for line in (
            f"I think comment number {k} makes a fair point, but the council should have asked the residents first, "
            "and it should publish the full list of projects with their costs before anything is signed.",
            f"Posted by: {name} | Jan {k + 10}, 2008 4:{k + 10}:12 PM",
        )
    ]


# Between the article and the thread: a list of related links, which the main text is not grown over.
TRACKBACKS = ["Related posts", *(f"Link number {k} to this post" for k in range(12))]


def test_a_thread_that_is_the_whole_main_text_gives_way_to_the_article_above() -> None:
    thread = _signed_thread(["Kent", "Anna", "Boris", "Carla", "Dmitri", "Erin"])
    labels = _labels(_page("Council approves budget", *ARTICLE, *TRACKBACKS, *thread))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY
    assert not any(labels[line][0] == Label.BODY for line in thread[::2])


def test_posts_signed_by_one_author_below_other_text_stay_the_main_text() -> None:
    posts = _signed_thread(["digby"] * 6)
    labels = _labels(_page("Council approves budget", *ARTICLE, *TRACKBACKS, *posts))
    assert all(labels[line][0] == Label.BODY for line in posts[::2])


@pytest.mark.parametrize(
    "stamp",
    [
        "by reader{k} on Tuesday July {d}, @09:{d}AM",
        "reader{k}, {d} июля в 10:{d}",
        "reader{k} am {d}. Juli, 10:{d} Uhr",
    ],
)
def test_a_thread_stamped_with_dates_without_a_year_is_cut_too(stamp: str) -> None:
    # Comment stamps often give the day and month only ("July 24", "24 июля"): they are dates as well.
    thread = _signed_below(stamp)
    labels = _labels(_page("Council approves budget", *ARTICLE, *thread))
    for paragraph in ARTICLE:
        assert labels[paragraph][0] == Label.BODY
    assert sum(labels[line][0] == Label.BODY for line in thread[2::2]) == 0


# One paragraph of about 30 words under its headline and dateline: too light to be an article by weight alone.
STORY = (
    "The city council approved the new budget on Tuesday after a long debate, and officials said the plan "
    "would raise spending on schools and roads while keeping taxes at their present level."
)
# Comments under a short stamp line each ("by Name (id) on Tuesday July 24, @09:10AM"), every one longer
# than the story, after a bar of links that no run of prose is grown over.
COMMENT_BAR = ["Share", "Tweet", "Email", "Print", "Search 120 Comments", "Log in", "Filter", "All"]


def _long_comments(names: list[str], stamp: str = "by {name} on Tuesday July {d}, @09:{d}AM") -> list[str]:
    return [
        line
        for k, name in enumerate(names)
        for line in (
            stamp.format(name=name, d=k + 10),
            f"I think comment number {k} makes a fair point, but the council should have asked the residents "
            "first, and it should publish the full list of projects with their costs before anything is signed.",
            f"Whatever the mayor says now, the roads in street number {k} have not been repaired for ten years, "
            "and the schools are still waiting for the money that the last budget promised them as well.",
            "Reply to This",
        )
    ]


def test_a_one_paragraph_story_under_its_head_above_a_headed_dated_thread_is_the_article() -> None:
    comments = _long_comments(["Anna", "Boris", "Carla", "Dmitri"], "{name} — 10.{d}.2012")
    page = _page(
        "Council approves budget", "By Jane Smith | March 3, 2024", STORY, *COMMENT_BAR, "4 Comments", *comments
    )
    labels = _labels(page)
    assert labels[STORY][0] == Label.BODY
    assert not any(labels[line][0] == Label.BODY for line in comments[1::4])


def test_a_one_paragraph_story_without_a_head_does_not_displace_the_thread() -> None:
    # Without its dateline the story is too light to be told from a comment: weight decides, as before.
    comments = _long_comments(["Anna", "Boris", "Carla", "Dmitri"], "{name} — 10.{d}.2012")
    labels = _labels(_page("Council approves budget", STORY, *COMMENT_BAR, "4 Comments", *comments))
    assert labels[STORY][0] != Label.BODY


def _thread(names: list[str], stamp: str, heavy: int) -> list[str]:
    """A Slashdot-style thread: each entry a stamp, one long comment, a bar of links; entry `heavy` weighs most."""
    return [
        line
        for k, name in enumerate(names)
        for line in (
            stamp.format(name=name, k=k, day=k + 10, num=1000 + k),
            f"I think comment number {k} makes a fair point, but the council should have asked the residents "
            "first, and it should publish the full list of projects with their costs before anything is signed.",
            *(
                [f"And one more thing about point {j}: the council never answers its letters." for j in range(4)]
                if k == heavy
                else []
            ),
            "Reply to This",
            "Share",
            "Flag as Inappropriate",
        )
    ]


def _story_above(comments: list[str]) -> dict[str, tuple[str, str, str]]:
    page = _page(
        "Council approves budget", "Posted by timothy on Tuesday July 3, @07:29AM", STORY, *COMMENT_BAR, *comments
    )
    return _labels(page)


def test_a_one_paragraph_story_above_a_thread_of_many_names_is_the_article() -> None:
    # No comment heading; each entry ends in a bar of links, so the main text found by weight is the
    # heaviest entry, deep inside the thread, right under its stamp.
    names = ["Anna", "Boris", "Carla", "Dmitri", "Erin", "Farid", "Greta", "Hugo"]
    comments = _thread(names, "by {name} on Tuesday July {day}, @09:{day}AM", heavy=4)
    labels = _story_above(comments)
    assert labels[STORY][0] == Label.BODY
    assert not any(labels[line][0] == Label.BODY for line in comments if line.startswith("I think"))


def test_a_headed_story_above_posts_of_one_author_does_not_displace_them() -> None:
    # A blog's front page signs every post with one name: no thread, so the weightier posts stay.
    posts = _long_comments(["digby"] * 8)
    page = _page(
        "Council approves budget", "Posted by timothy on Tuesday July 3, @07:29AM", STORY, *COMMENT_BAR, *posts
    )
    labels = _labels(page)
    assert any(labels[line][0] == Label.BODY for line in posts[1::4])


def test_the_first_entry_of_a_thread_of_one_template_gives_way_to_the_story_too() -> None:
    # The heaviest entry is the thread's first; its stamp has the punctuation of the others below it.
    names = ["Anna", "Boris", "Carla", "Dmitri", "Erin", "Farid"]
    comments = _thread(names, "by {name} ({num}) on Tuesday July {day}, @09:{day}AM ( #4074{k} )", heavy=0)
    labels = _story_above(comments)
    assert labels[STORY][0] == Label.BODY
    assert not any(labels[line][0] == Label.BODY for line in comments if line.startswith("I think"))


def test_an_article_under_its_own_stamp_above_a_thread_stamped_otherwise_stays() -> None:
    # A sidebar's headed teaser at the top; the article under its own stamp; comments of another template.
    article = [STORY, *ARTICLE]
    thread = [
        line for k in range(4) for line in (f"Thu, 08/0{k + 1}/2012 - 13:0{k} | 269154{k} reader{k}", THREAD[1 + 3 * k])
    ]
    page = _page(
        "Recent posts", "Posted on 08/09/2012 - 07:48", "Only the little people are meant to suffer for their country.",
        *COMMENT_BAR, "Submitted by Tyler Durden on 08/09/2012 13:01", *article, *thread,
    )  # fmt: skip
    labels = _labels(page)
    assert all(labels[p][0] == Label.BODY for p in article)


def test_a_thread_whose_entries_carry_their_own_counts_on_a_reply_bar_is_cut_below_its_heading() -> None:
    # No dates, and no line repeated word for word: each entry's bar shows its own votes.
    entries = [
        line
        for k in range(8)
        for line in (
            f"reader_{k}",
            f"I think comment number {k} makes a fair point, but the council should have asked the residents first, "
            "and it should publish the full list of projects with their costs before anything is signed.",
            f"Reply | {10 + 7 * k} | {k + 2}",
        )
    ]
    labels = _labels(_page("Council approves budget", *ARTICLE, "Comments (58)", *entries, "Contact"))
    assert all(labels[paragraph][0] == Label.BODY for paragraph in ARTICLE)
    assert all(labels[line][0] == Label.CHROME for line in entries[1::3])
