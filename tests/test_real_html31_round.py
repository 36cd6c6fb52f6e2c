"""Session 31, the HTML path's metadata on real pages (helper s31-real-html): the cue "by" alone in the element above
the name taken for the text's first line, a Chinese "compiled by" sign-off in brackets and the rights note under it,
and "by" as the byline element's class ("<span class="by">", "news__by"). Invented pages and lines, not eval pages;
the real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_heldout4_round import BODY, _process

HEADLINE = "<article><h1>Council backs the tram plan</h1>"
ZH = "这是一段很长的中文新闻正文，讲述了人工智能的最新进展和研究团队的工作，以及它对行业的影响和未来的发展方向。"
ZH_BODY = "".join(f"<p>{ZH}</p>" for _ in range(4))


def test_the_cue_alone_over_the_name_as_the_first_line() -> None:
    # an old page's centred "by" in its own element, then the name: the cue is read as the text's first line
    page = "<center><b>A FARMER'S INTEREST IN THE NEW SOFTWARE</b></center><center>by</center>"
    page += "<center><a href='/team'>Maren Holt</a></center>" + BODY
    assert _process("", page)[2] == ["Maren Holt"]
    # the cue alone over a sentence names no one
    page = "<center><b>A FARMER'S INTEREST</b></center><center>by</center>" + BODY
    assert _process("", page)[2] == []


def test_a_chinese_sign_off_after_a_cue_and_a_slash() -> None:
    # "（编译/…）" (compiled by), "（文/…）" (text by) closing the last paragraph, as "（记者 …）" was read
    for tail, name in (("（编译/林靖东）", "林靖东"), ("（文/王小明）", "王小明"), ("（作者：李华强）", "李华强")):
        page = f"<article><h1>人工智能取得新突破</h1>{ZH_BODY}<p>{ZH}{tail}</p></article>"
        assert _process("", page, lang="zh")[2] == [name], tail
    # the editor's bracket credits no author
    page = f"<article><h1>人工智能取得新突破</h1>{ZH_BODY}<p>{ZH}（编辑：林靖东）</p></article>"
    assert _process("", page, lang="zh")[2] == []


def test_the_sign_off_above_a_bracketed_rights_note() -> None:
    # the portal's rights note in brackets is the text's last line (readability's gold keeps it): the writer signs
    # the paragraph above it; "精彩视频推荐" (recommended videos) heads the box under the text, no paragraph
    note = "<p>【本文中文相关权益归本站独家所有。未经授权，不得转载、摘编等。】</p>"
    page = f"<article><h1>人工智能取得新突破</h1>{ZH_BODY}<p>{ZH}（编译/林靖东）</p>{note}<p>精彩视频推荐</p></article>"
    assert _process("", page, lang="zh")[2] == ["林靖东"]


def test_by_as_the_byline_elements_class() -> None:
    meta = '<div class="meta"><span class="date">3 March 2025</span> / <span class="by">Maren Holt</span></div>'
    assert _process("", HEADLINE + meta + BODY + "</article>")[2] == ["Maren Holt"]
    bem = '<div class="news__meta"><span class="news__by">Maren Holt</span></div>'
    assert _process("", HEADLINE + bem + BODY + "</article>")[2] == ["Maren Holt"]
    # the Macedonian "од" (by) opening it, before a person or the newsroom ("Редакција": no one)
    person = '<span class="by">Од <a href="/a/mp">Марија Петровска</a></span>'
    assert _process("", HEADLINE + person + BODY + "</article>", lang="mk")[2] == ["Марија Петровска"]
    desk = '<span class="by">Од <a href="/author/redakcija/">Редакција</a></span>'
    assert _process("", HEADLINE + desk + BODY + "</article>", lang="mk")[2] == []
    # "by" inside another word's class names no byline
    powered = '<div class="powered-by">Example Press</div>'
    assert _process("", HEADLINE + BODY + powered + "</article>")[2] == []
