"""Session 17's round on the text dumps of pages nobody tuned for (issue 12: aeb and readability dev pages with the
lowest body-line F1, checked on the halves of l3s and dragnet nobody inspected). The one kept fix names a habit of
news sites: the newsletter sign-up box under an article (a heading, a pitch, the opt-in box, the promise of no spam,
the thanks for signing up) that the main-text search grew over, since its prompts read like sentences. Its prompts
are furniture; a sentence of an article that speaks of spam or newsletters stays text.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tests.page_fixtures import labels_by_text

_PARAGRAPHS = (
    "The county board voted on Monday to rebuild the old stone bridge over the river, closed since the spring floods.",
    "Engineers found that two of its piers had shifted, and repairs were judged too costly compared with a new span.",
    "Farmers on the east bank have driven a detour of twenty kilometres for months to reach the market in town.",
    "The new bridge is to open next autumn, the board said, and the old stones will be kept in a small riverside park.",
)

_SIGN_UP_BOX = (
    "Get the week's local stories in one short email every Friday, with the events calendar too.",
    "Please check the opt-in box to confirm that you would like to receive the newsletter.",
    "No spam, we promise. You can unsubscribe at any time and we will never share your address.",
    "Thanks for signing up! Keep an eye on your inbox for the first issue.",
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("no spam, we promise. you can unsubscribe at any time.", True),
        ("thank you for signing up!", True),
        ("see all newsletters", True),
        ("please check the opt-in box to confirm your subscription.", True),
        # an article's own sentences on spam and newsletters: no prompt of a sign-up box
        ("the new filter let no spam through in its first year, the company said.", False),
        ("the school's newsletter reported that the roof would be repaired by spring.", False),
    ],
)
def test_the_prompts_of_a_newsletter_sign_up_box_are_furniture(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_a_sign_up_box_under_an_article_is_chrome_and_the_article_stays_text() -> None:
    text = "\n\n".join(["Bridge to be rebuilt", *_PARAGRAPHS, "Weekly newsletter", *_SIGN_UP_BOX, "Contact us"])
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)
    assert all(labels[line] == Label.CHROME for line in _SIGN_UP_BOX[1:])
