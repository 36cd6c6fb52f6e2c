"""Session 43, the HTML path's authors on real pages (helper s43-realhtml, issue 13).

Blogger's default post footer, "Posted by Ann Lee at 3:49 PM" (translated with the template: "Publicado por … en
15:49", "Eingestellt von … um 15:49", "Pubblicato da … alle 15:49"), names the post's writer. It was read right under
the text, or under the text's last line with the post's comment count after it ("… at 3:49 PM 3 comments"); but the
template sets the footer in a box of links (the post's permalink, share buttons, an advert), which the segmenter
leaves as chrome, and many blogs print a disclaimer or a signature it keeps as text under the footer, so that the
footer stood neither right under the text nor under its last line: the writer was lost (a studied real blog, dragnet
R23). The page's one such footer, a cued name closed by the post's clock time, is now read where it stands by the
text (a text line within four lines), on a page whose other readers credit no one.

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from schemas import AttributionKind, Label
from tasks.credits.attribution import extract_attributions
from tasks.text.lines import Line
from tasks.text.rules import Verdict
from tasks.text.segment import LabelledLine, Segmented

# The same invented post in each language the footer is probed in: a council's budget.
POSTS = {
    "en": "The council met on Tuesday to discuss the new budget for the coming year and its effect on local schools.",
    "es": "El consejo se reunió el martes para discutir el nuevo presupuesto del año y su efecto en las escuelas.",
    "de": "Der Rat traf sich am Dienstag, um den neuen Haushalt und seine Folgen für die Schulen zu besprechen.",
    "fr": "Le conseil s'est réuni mardi pour discuter du nouveau budget de l'année et de ses effets sur les écoles.",
    "it": "Il consiglio si è riunito martedì per discutere il nuovo bilancio e il suo effetto sulle scuole locali.",
}
PERMALINK = "Budget row deepens as the council meets again over school funding and road repairs"


def _post(footer: str, lang: str) -> list[tuple[Label, str]]:
    """One post as the segmenter leaves a Blogger page: its text, the footer's box of links (the permalink, the
    footer line) as chrome, then the blog's disclaimer kept as text."""
    return [
        (Label.TITLE, "Budget row deepens"),
        *((Label.BODY, POSTS[lang]) for _ in range(3)),
        (Label.CHROME, PERMALINK),
        (Label.CHROME, footer),
        (Label.BODY, f"Disclaimer: {POSTS[lang]}"),
    ]


def _authors(lines: list[tuple[Label, str]], lang: str = "en") -> list[str]:
    lines = [*lines, (Label.CHROME, "Older Post Home"), (Label.CHROME, "Subscribe to: Posts (Atom)")]
    labelled = [
        LabelledLine(Line(n, text, n, 0), Verdict(label, label.value, "test", "test", 1.0))
        for n, (label, text) in enumerate(lines, start=1)
    ]
    found = extract_attributions(Segmented(labelled, lang, 1.0, None))
    return [f.name for f in found if f.kind is AttributionKind.AUTHOR and f.name]


def test_a_blogger_footer_closed_by_the_posts_time_names_the_writer_above_a_closing_disclaimer() -> None:
    for lang, footer, name in (
        ("en", "Posted by Ann Lee at 3:49 PM", "Ann Lee"),
        ("es", "Publicado por Ana López en 15:49", "Ana López"),
        ("es", "Publicado por Ana López a las 15:49", "Ana López"),
        ("de", "Eingestellt von Anna Schmidt um 15:49", "Anna Schmidt"),
        ("fr", "Publié par Marie Dubois à 15:49", "Marie Dubois"),
        ("it", "Pubblicato da Marco Rossi alle 15:49", "Marco Rossi"),
    ):
        assert _authors(_post(footer, lang), lang) == [name], footer


def test_footers_that_are_no_posts_own_byline_name_no_writer() -> None:
    # a blog's front page: one footer under each post, none of them the page's writer by this rule
    front = _post("Posted by Ann Lee at 3:49 PM", "en") + _post("Posted by Tom Berg at 5:12 PM", "en")[1:]
    assert _authors(front) == []
    # a comment's footer with its date before the time (TypePad's): the name does not close the words before "at"
    assert _authors(_post("Posted by: Joe Bloggs | March 3, 2008 at 10:32 AM", "en")) == []
    # the time alone after the cue: no name
    assert _authors(_post("Posted at 3:49 PM", "en")) == []
    # a post's footer in the sidebar, far from the text (a "recent posts" gadget): another post's
    far = [*_post("Filed under Budget", "en"), *((Label.CHROME, f"Archive link {n}") for n in range(8))]
    assert _authors([*far, (Label.CHROME, "Posted by Ann Lee at 3:49 PM")]) == []
