"""Rules of the htmlpublic round (session 49, issue 12): shapes counted over the worst pages of the four trainable
public HTML sets (aeb, readability, cleanportal, cleaneval-dev), kept only because the evaluation-only sets (dragnet,
l3s) and the check sets held. Every page and line below was written for this test.
"""

from __future__ import annotations

import pytest

from tasks.html.closing_pitches import is_pitch
from tests.test_html_ml66_round import _page

STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The ferry between the two islands will run twice as often this summer after the operator leased a second "
        "boat from a company on the mainland.",
        "Islanders had asked for more crossings for years, saying the single morning boat left them stranded when "
        "appointments on the other island ran late.",
        "The operator said fares would stay the same until the end of the season and that timetables would be posted "
        "at both harbours by the first of May.",
    )
)
HEAD = "<article><h1>Second ferry for the islands</h1>"

# A pitch for the site's newsletter, channel, feed or magazine under the story's last paragraph, in several languages:
# alone, after a sentence of its own, or opening an infinitive ("To subscribe …").
PITCHES = (
    "Subscribe to the Island Gazette's newsletters.",
    "Never miss a sailing. Subscribe to the Gazette's daily briefing.",
    "Subscribe to the Harbour TV channel for all of the latest videos and more!",
    "To subscribe to the print edition, please click here.",
    "Abonniere die Inselzeitung als E-Paper.",
    "Pour vous abonner à la Gazette des îles, cliquez ici.",
    "Assine a Gazeta das Ilhas e leia todas as edições.",
    "Iscriviti al canale della Gazzetta delle isole.",
)


@pytest.mark.parametrize("pitch", PITCHES)
def test_a_subscription_pitch_closing_the_text_is_cut(pitch: str) -> None:
    body = _page(f"{HEAD}{STORY}<p>{pitch}</p></article>", "en")
    assert "first of May" in body
    assert pitch not in body, pitch


def test_the_sign_up_form_and_teasers_under_the_pitch_go_with_it() -> None:
    # the pitch's box: the form's labels, or the channel's latest videos as links, under the pitch
    form = "<p>Subscribe to the Newsletter</p><div>Name</div><div>Email</div>"
    teasers = (
        "<p>Subscribe to the <a href='/tv'>Harbour TV channel</a> for all the latest videos!</p>"
        "<p><a href='/v/2'>Harbour TV review: the new lifeboat and the two volunteer crews who will take turns on "
        "it [Video]</a></p>"
    )
    for tail in (form, teasers):
        body = _page(f"{HEAD}{STORY}{tail}</article>", "en")
        assert "first of May" in body
        assert "Subscribe" not in body and "Email" not in body and "[Video]" not in body, tail


SENTENCES = (
    "Subscribers to the season ticket will get two free crossings in August.",
    "Few islanders subscribe to the idea that a bridge would ever be built.",
    "Sign up for the summer pass at either harbour office before the end of April.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_of_the_text_naming_a_subscription_stays(sentence: str) -> None:
    # no invitation opens the sentence (or "sign up for", which a deals page's instructions open with: its gold keeps
    # them), so no pitch
    assert not is_pitch(sentence)
    body = _page(f"{HEAD}{STORY}<p>{sentence}</p></article>", "en")
    assert sentence in body


def test_a_pitch_above_a_paragraph_of_the_text_stays() -> None:
    # the text goes on under it: only the body's closing lines are read
    pitch = "Subscribe to the Gazette's daily briefing."  # no boilerplate phrase ("subscribe to our" is one)
    more = "<p>A third boat may follow next year if the number of passengers keeps rising as it did last summer.</p>"
    body = _page(f"{HEAD}{STORY}<p>{pitch}</p>{more}</article>", "en")
    assert pitch in body


def test_a_long_pitch_like_sentence_stays() -> None:
    # more than twenty words: the text's own sentence about a subscription, not a pitch
    long = ("Subscribe to the ferry pass and you will save a third on every crossing, the operator said, though few "
            "islanders have done so since the pass was introduced last spring.")  # fmt: skip
    assert not is_pitch(long)


def _thread(*profile: str) -> str:
    posts = (
        "Has anyone run the new tide-table app on an old phone? Mine freezes every time I open the weekly view.",
        "Same here on a four-year-old handset. Clearing the app's cache fixed it for me, at least until the update.",
        "The developer answered on their page that a fix is coming with the spring release, so it should not be long.",
    )
    return "".join(
        f"<div><p>poster{n}</p>{''.join(f'<p>{f}</p>' for f in profile)}<p>{post}</p></div>"
        for n, post in enumerate(posts)
    )


def test_a_forum_posters_profile_fields_inside_the_thread_are_cut() -> None:
    # a forum engine's profile block beside each post, inside the thread the container keeps: the join date beside
    # the post count (UBB's "Registered:", phpBB's "Joined:", vBulletin's "Join Date:")
    for fields in (("Registered: July 3, 2001", "Posts: 2783"), ("Joined: Mon Mar 07, 2005", "Posts: 110")):
        body = _page(f"<h1>Tide-table app freezes</h1><div id='thread'>{_thread(*fields)}</div>", "en")
        assert "spring release" in body
        assert fields[0] not in body, fields


def test_a_fact_boxs_lone_registration_date_stays() -> None:
    # one "Registered:" with no post count beside it is a company fact box's line, not a poster's profile
    box = "<p>Registered: 1998</p><p>Employees: 140</p>"
    body = _page(f"<article><h1>Second ferry for the islands</h1>{STORY}{box}</article>", "en")
    assert "Registered: 1998" in body
