"""Rules of the htmlpublic round (session 47, issue 12): shapes counted over the worst pages of the four trainable
public HTML sets (aeb, readability, cleanportal, cleaneval-dev), kept only because the evaluation-only sets (dragnet,
l3s) and the check sets held. Every page and line below was written for this test.
"""

from __future__ import annotations

from tasks.text.related_lines import is_related_heading
from tests.test_html_ml66_round import _page

STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The harbour board approved a plan on Tuesday to rebuild the north quay, which has been closed to larger "
        "boats since a storm damaged its outer wall two winters ago.",
        "Work is due to start in the spring and to last about eighteen months, during which the ferry to the islands "
        "will berth at the old fish market instead.",
        "The board said the cost would be shared with the county, and that fishing crews would be consulted before "
        "the final design is chosen in the autumn.",
    )
)
TEASERS = (
    '<ul class="more"><li><a href="/a">Ferry timetable changes for the winter</a></li>'
    '<li><a href="/b">County budget vote delayed again</a></li><li><a href="/c">Fish market to open on Sundays</a></li>'
    "</ul>"
)


def test_the_also_interested_heading_of_a_related_list_is_cut() -> None:
    # a blog theme prints its related list's heading as a paragraph inside the post, the list after it: "You may be
    # interested in" was a link-list heading, the same invitation with "also" was not, and stood as the text's last line
    for heading in ("You may also be interested in:", "You might also be interested in", "Also of interest:"):
        body = _page(f"<article><h1>Quay to be rebuilt</h1>{STORY}<p>{heading}</p>{TEASERS}</article>", "en")
        assert "consulted before the final design" in body
        assert heading not in body, heading


def test_a_sentence_saying_readers_may_be_interested_stays() -> None:
    # the words in a sentence of the text are the text's
    sentence = "You may also be interested in the board's earlier plan, which would have closed the quay for good."
    body = _page(f"<article><h1>Quay to be rebuilt</h1>{STORY}<p>{sentence}</p></article>", "en")
    assert sentence in body
    assert not is_related_heading("you may also be interested in the board's earlier plan")
