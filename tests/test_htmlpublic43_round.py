"""Rules of the htmlpublic round (session 43, issue 12): shapes counted over the worst pages of the four trainable
public HTML sets (aeb, readability, cleanportal, cleaneval-dev), kept only because the evaluation-only sets (dragnet,
l3s) and the check sets held. Every page and line below was written for this test.
"""

from __future__ import annotations

from tasks.html.closing_pointers import is_pointer
from tasks.report.evaluate_html import extracted_body


def _page(inner: str, lang: str = "en") -> str:
    return extracted_body(f'<html lang="{lang}"><head></head><body>{inner}</body></html>'.encode())


STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The county board voted on Tuesday to reopen the Millbrook ferry landing after two years of repairs to its "
        "pier and the parking lot beside the river.",
        "Commissioners said the first crossings would run on weekends only until the new ticket office opens in the "
        "spring, when a daily timetable will follow.",
        "Residents who had driven forty minutes around the bend to reach the bridge welcomed the vote at a crowded "
        "meeting in the old grange hall.",
    )
)


def test_a_wire_desks_closing_pointer_to_social_accounts_is_cut() -> None:
    # a wire story closes on lines sending the reader to the writers' accounts and the desk's coverage page
    closing = (
        "<p>Reach the reporters on Twitter at http://twitter.com/JaneRiverAP and http://twitter.com/tomferry</p>"
        "<p>More AP coverage of rural transport: https://apnews.com/RuralTransport</p>"
    )
    body = _page(f"<article><h1>Ferry landing to reopen</h1>{STORY}{closing}</article>")
    assert "grange hall" in body
    assert "twitter.com" not in body and "apnews.com" not in body


def test_the_writers_handle_alone_under_the_story_is_cut_and_an_address_inside_the_text_stays() -> None:
    handle = "<p>Follow @JaneRiver on Twitter.</p>"
    body = _page(f"<article><h1>Ferry landing to reopen</h1>{STORY}{handle}</article>")
    assert "grange hall" in body and "@JaneRiver" not in body
    # the same pointer between two paragraphs is part of the story, and a paragraph quoting a post stays
    inside = STORY.replace("</p>", "</p><p>The board posted the vote on Twitter: twitter.com/millbrookboard</p>", 1)
    kept = _page(f"<article><h1>Ferry landing to reopen</h1>{inside}</article>")
    assert "twitter.com/millbrookboard" in kept


def test_a_contact_line_with_no_invitation_and_a_long_closing_sentence_stay() -> None:
    # a desk's contact line names what it is for, not where to follow: the text's own
    assert not is_pointer("Travel desk: travel@example.com or 555 0100")
    # a sentence that says more than where to go
    assert not is_pointer(
        "Follow the county's updates at https://example.gov/ferry where the board will post the timetable, the "
        "fares and the dates of the next public hearings on the landing"
    )
    assert is_pointer("Folgen Sie @Flussfaehre auf X")


def test_an_address_alone_under_the_story_stays() -> None:
    # the writer's handle or e-mail alone, with no invitation, is kept by some golds (a contact, a signature)
    contact = "<p>jane.river@millbrookherald.com</p><p>twitter.com/janeriver</p>"
    body = _page(f"<article><h1>Ferry landing to reopen</h1>{STORY}{contact}</article>")
    assert "grange hall" in body and "twitter.com/janeriver" in body
