"""Session 43, the HTML path's authors on real pages (helper s43-realhtml, issue 13).

Blogger's default post footer, "Posted by Ann Lee at 3:49 PM" (translated with the template: "Publicado por … en
15:49", "Eingestellt von … um 15:49", "Pubblicato da … alle 15:49"), names the post's writer. Read right under the
text, or a few lines under it with the post's comment count after it ("… at 3:49 PM 3 comments"); but the template
puts the share buttons and the post's permalink over it and, on many blogs, a disclaimer or an advert the segmenter
keeps as text under it, so that the footer stood neither right under the text nor under its last line: the writer
was lost (a studied real blog, dragnet R23, whose footer names the blogger beside his signature). The page's one
such footer, a cued name closed by the post's clock time, is now read anywhere below the text's start.

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_heldout4_round import _process

# The same invented post in each language the footer is probed in: a council's budget.
POSTS = {
    "en": "The council met on Tuesday to discuss the new budget for the coming year and its effect on local schools.",
    "es": "El consejo se reunió el martes para discutir el nuevo presupuesto del año y su efecto en las escuelas.",
    "de": "Der Rat traf sich am Dienstag, um den neuen Haushalt und seine Folgen für die Schulen zu besprechen.",
    "fr": "Le conseil s'est réuni mardi pour discuter du nouveau budget de l'année et de ses effets sur les écoles.",
    "it": "Il consiglio si è riunito martedì per discutere il nuovo bilancio e il suo effetto sulle scuole locali.",
}
HEAD = "<title>Budget row deepens</title>"


def _post(footer: str, lang: str = "en") -> str:
    """One post of a Blogger template: its text, the footer's share buttons and permalink over the footer line and
    an advert under it (a box of links, which the segmenter leaves as chrome), then the blog's disclaimer kept as
    text."""
    paragraph = f"<p>{' '.join([POSTS[lang]] * 3)}</p>"
    return (
        f"<div class='post hentry'><h3 class='post-title'>Budget row deepens</h3><div class='post-body'>"
        f"{paragraph * 3}</div><div class='post-footer'><div class='share'><a href='/s1'>Share</a> "
        f"<a href='/s2'>Tweet</a> <a href='/s3'>Email</a> <a href='/s4'>Print</a></div><br>"
        f"<a class='timestamp-link' href='/p' title='permanent link'>Budget row deepens as the council meets again over school funding and road repairs</a><br>"
        f"{footer}<br><a href='/ad'><img alt='Buy gold and silver' src='ad.gif'></a></div>"
        f"<p>Disclaimer: {POSTS[lang]}</p></div>"
    )


def _authors(footer: str, lang: str = "en") -> list[str]:
    sidebar = "<div class='sidebar'><h2>Links</h2><ul><li><a href='/a'>Home</a></li></ul></div>"
    return _process(HEAD, _post(footer, lang) + sidebar, lang)[2]


def test_a_blogger_footer_closed_by_the_posts_time_names_the_writer_above_a_closing_disclaimer() -> None:
    for lang, footer, name in (
        ("en", "Posted by Ann Lee at 3:49 PM", "Ann Lee"),
        ("es", "Publicado por Ana López en 15:49", "Ana López"),
        ("es", "Publicado por Ana López a las 15:49", "Ana López"),
        ("de", "Eingestellt von Anna Schmidt um 15:49", "Anna Schmidt"),
        ("fr", "Publié par Marie Dubois à 15:49", "Marie Dubois"),
        ("it", "Pubblicato da Marco Rossi alle 15:49", "Marco Rossi"),
    ):
        assert _authors(f"<i>{footer}</i>", lang) == [name], footer
    # the newer template's markup: the name and the time in their own spans
    spans = "<span class='post-author'>Posted by Ann Lee</span> <span class='post-timestamp'>at <a href='/p'>3:49 PM</a>"
    assert _authors(spans + "</span>") == ["Ann Lee"]


def test_footers_that_are_no_posts_own_byline_name_no_writer() -> None:
    # a blog's front page: one footer under each post (the segmenter keeps one as text, the other as chrome), none
    # of them the page's writer by this rule
    sidebar = "<div class='sidebar'><h2>Links</h2><ul><li><a href='/a'>Home</a></li></ul></div>"
    front = _post("<i>Posted by Ann Lee at 3:49 PM</i>") + _post("<i>Posted by Tom Berg at 5:12 PM</i>") + sidebar
    assert "Tom Berg" not in _process(HEAD, front)[2]
    # a comment's footer with its date before the time (TypePad's): the name does not close the words before "at"
    assert _authors("<i>Posted by: Joe Bloggs | March 3, 2008 at 10:32 AM</i>") == []
    # the time alone after the cue: no name
    assert _authors("<i>Posted at 3:49 PM</i>") == []
