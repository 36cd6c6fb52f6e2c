"""Rules of the heldout66 round (session 39): each names a shape of news pages seen on the blind pages
tests/data/html_meta/heldout66-*, written at the end of session 38 by a helper who read nothing of the project and
scored once before any change; general across sites, with a negative where the shape could overreach. The set's
scores are pinned in tests/test_meta_quality.py. Every line below was written for this test.
"""

from __future__ import annotations

from tasks.credits.names import clean_author_names
from tests.test_heldout4_round import _process


def _paragraphs(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


IS_STORY = _paragraphs(
    (
        "Bæjarstjórn Ísafjarðar samþykkti í gær að hefja framkvæmdir við nýja sundlaug við Austurveg næsta vor.",
        "Kostnaður er áætlaður um átta hundruð milljónir króna og gert er ráð fyrir að laugin opni árið 2028.",
        "Íbúar hafa lengi kallað eftir betri aðstöðu til sundiðkunar, einkum fyrir börn og eldri borgara.",
    )
)


def test_the_writers_job_in_icelandic_or_faroese_after_the_name_in_the_byline_box() -> None:
    # '<div class="hofundur"><img …><span class="nafn">Þórdís Ösp Kristjánsdóttir</span> <span
    # class="titill">blaðamaður</span></div>' under the headline, the <meta> author naming the newsroom: the role
    # (Icelandic "journalist") was read as a third word of the name, which was then refused as no name
    assert clean_author_names(("Þórdís Ösp Kristjánsdóttir blaðamaður",), "is", []) == ["Þórdís Ösp Kristjánsdóttir"]
    assert clean_author_names(("Hallbera Ósk Jónsdóttir fréttakona",), "is", []) == ["Hallbera Ósk Jónsdóttir"]
    assert clean_author_names(("Rógvi Joensen tíðindamaður",), "fo", []) == ["Rógvi Joensen"]
    box = (
        '<div class="hofundur"><img src="/m/th.jpg" alt=""><span class="nafn">Þórdís Ösp Kristjánsdóttir</span> '
        '<span class="titill">blaðamaður</span></div>'
    )
    head = '<meta property="og:site_name" content="VF"><meta name="author" content="Fréttastofa VF">'
    _, _, authors = _process(head, f"<article><h1>Ný sundlaug á Ísafirði</h1>{box}{IS_STORY}</article>", "is")
    assert authors == ["Þórdís Ösp Kristjánsdóttir"]
    # the newsroom ("Fréttastofa", with the site's name) is no writer, in the author tag or the byline alike
    assert clean_author_names(("Fréttastofa VF",), "is", ["VF"]) == []
    # a name alone keeps every word: a capitalised surname is no job
    assert clean_author_names(("Þórdís Ösp Kristjánsdóttir",), "is", []) == ["Þórdís Ösp Kristjánsdóttir"]
