"""Session 46, the HTML path's authors on real pages (helper s46-realhtml, issue 13).

A blog template's post line under the text goes on after its writer and the post's date with the template's clauses:
the category ("filed under Politics", "classé dans Politique", "abgelegt unter Politik") and the permalink's
("Bookmark the permalink.", "Marquer le permalien."), as the Thematic/Sandbox WordPress themes and their translations
write "This entry was written by Ann Lee, posted on March 3, 2011 at 10:32 am, filed under Politics. Bookmark the
permalink.". The date closed no line, so the byline's reader took the whole line for names and read no one: the
clauses after the date now end the byline's part, as a bar's links do ("Posted by Ann Lee on March 3, 2011 |
Permalink").

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_heldout4_round import _process
from tests.test_real_html41_round import HEAD, PARAGRAPHS


def _authors(after: str, lang: str = "en", paragraphs: str = PARAGRAPHS) -> list[str]:
    body = (
        "<div id='header'><a href='/'>Springfield Gazette</a> <a href='/news'>News</a></div>"
        f"<div class='post'><h1>Council approves new city budget</h1>{paragraphs}{after}</div>"
        "<div id='footer'>Copyright 2011 Springfield Gazette</div>"
    )
    return _process(HEAD, body, lang)[2]


def test_a_blog_templates_post_line_is_read_past_its_category_and_permalink_clauses() -> None:
    for line, lang, name in (
        (
            "This entry was written by Ann Lee, posted on March 3, 2011 at 10:32 am, filed under Politics. "
            "Bookmark the permalink. Follow any comments here with the RSS feed for this post.",
            "en",
            "Ann Lee",
        ),
        (
            "This post was written by Ann Lee on March 3, 2011, filed under Politics. Bookmark the permalink.",
            "en",
            "Ann Lee",
        ),
        ("Posted by Ann Lee on March 3, 2011, filed under Politics. Bookmark the permalink.", "en", "Ann Lee"),
        ("Par Marie Dupont, le 3 mars 2011, classé dans Politique. Marquer le permalien.", "fr", "Marie Dupont"),
        (
            "Von Anna Schmidt am 3. März 2011, abgelegt unter Politik. Setze ein Lesezeichen auf den Permalink.",
            "de",
            "Anna Schmidt",
        ),
    ):
        assert _authors(f"<div class='entry-utility'>{line}</div>", lang) == [name], line


def test_a_sentence_with_a_date_and_posted_in_is_no_post_line() -> None:
    # the clause's words in a sentence of the text after a date: no cue opens the line, so no one is read
    sentence = "<p>The council met on March 3, 2011, posted in the hall its plans for the year, and Ann Lee spoke.</p>"
    assert _authors(sentence) == []
