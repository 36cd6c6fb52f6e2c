"""Session 32, the HTML path's metadata on real pages (helper s32-real-html): a Chinese byline glued to its cue
("記者王怡君／台中報導") after the date in the same block (a Taiwanese paper's date and byline spans joined), and the
Korean "칼럼니스트" (columnist) before or after the writer's name signing a column. Invented pages and lines, not eval
pages; the real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.lexicon.credit_lines import parse_credit_line
from tests.test_heldout4_round import _process

ZH = "这是一段很长的中文新闻正文，讲述了人工智能的最新进展和研究团队的工作，以及它对行业的影响和未来的发展方向。"
ZH_BODY = "".join(f"<p>{ZH}</p>" for _ in range(4))
KO = "주말 밤 방송사들은 드라마 대결을 벌이고 있으며 시청자들의 관심이 높아지고 있다는 분석이 나오고 있다고 전했다."
KO_BODY = "".join(f"<p>{KO}</p>" for _ in range(4))


def _zh_page(info: str) -> str:
    return f'<article><h1>台中捷運藍線今動工</h1><div class="story-info">{info}</div>{ZH_BODY}</article>'


def test_a_glued_byline_after_the_date_in_its_block() -> None:
    # the Minguo date in words, a weekday, then the byline: one block, the cue glued to the name
    info = '<span class="time">中華民國114年7月3日 星期四</span> <span class="source">記者王怡君／台中報導</span>'
    assert _process("", _zh_page(info), lang="zh")[2] == ["王怡君"]
    # after a numeric date and time, and after a Gregorian date in words
    for date in ("2025-07-03 10:00", "2025年7月3日"):
        info = f'<span class="time">{date}</span> <span class="source">記者王怡君／台中報導</span>'
        assert _process("", _zh_page(info), lang="zh")[2] == ["王怡君"], date
    line = parse_credit_line("中華民國114年7月3日 星期四 記者王怡君／台中報導")
    assert line is not None and line.name == "王怡君"
    # a date then a sentence names no one
    assert parse_credit_line("2025年7月3日 市府交通局表示，藍線將與綠線在市政府站交會") is None


def test_the_korean_columnist_signing_a_column() -> None:
    for text in ("칼럼니스트 박생강 pillgoo9@gmail.com", "칼럼니스트 박생강", "박생강 칼럼니스트"):
        line = parse_credit_line(text)
        assert line is not None and line.name == "박생강", text
    sign = '<p>칼럼니스트 박생강 <a href="mailto:writer@example.com">writer@example.com</a></p>'
    page = f"<article><h1>드라마 대결의 승자</h1>{KO_BODY}{sign}<p>[사진=MBC, SBS]</p></article>"
    assert _process("", page, lang="ko")[2] == ["박생강"]
