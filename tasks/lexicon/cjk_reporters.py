"""The patterns of the reporters Japanese, Chinese and Korean papers name without a credit cue.

Full-width brackets after the last sentence ("…予想している。（佐藤花子、鈴木一郎）", "…。（记者 王小明）"),
datelines that hold the reporters ("【ワシントン＝山田哲也】…", "新华社北京3月5日电（记者张晓松）…",
"[서울=뉴시스]김지현 기자 ="), and the Korean sign-off ("… 김민수 기자 minsu@hani.co.kr").
`tasks/credits/reporters.py` reads them.
"""

from __future__ import annotations

import re

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.vocabulary import credit_cues

# A bare two-character bracket is as often a place ("（東京）"); after 記者/记者 ("reporter") it is a name. Japanese
# names run to five ("（山本亜希子）"), as do the names of papers and offices ("（日本経済新聞）"), which
# :func:`tasks.credits.reporters._institutional` leaves out.
# The iteration mark 々 repeats the kanji before it inside a name ("佐々木", "野々村", "奈々"): a letter of the name.
_HAN_NAME = r"(?!\u3005)[\u3005\u4e00-\u9fff]{3,5}"
# A desk may stand before each name: "（社会部・田中美咲、大阪社会部・森本亮）", "（報道センター・佐藤美咲）": a word in
# Han or katakana that ends in 部 (department) or another newsroom word of the CJK scripts (author_noise.tsv).
DESK_WORD = (
    r"[\u30a0-\u30ff\u4e00-\u9fff]{0,8}(?:部|"
    + "|".join(sorted((w for w in load_author_words().newsroom if re.fullmatch(r"[\u30a0-\u30ff\u4e00-\u9fff]+", w)),
                      key=len, reverse=True))
    + ")・"
)  # fmt: skip
_DESK = rf"(?:{DESK_WORD})?"
# The Han author cues of credit_cues.csv ("文", "作者", "编译": written by, author, compiled by) before a slash or a
# colon and the writer's name: "（文/林靖东）", "（编译/王小明）" closing the text (Chinese portals' sign-off); "記者"
# (reporter), "本报记者" (this paper's reporter) and the other cues ending in it may take a space instead.
_HAN_CUES = sorted((c for c in credit_cues()["author"] if re.fullmatch(r"[\u4e00-\u9fff]+", c)), key=len, reverse=True)
_HAN_CUE, _REPORTER_CUE = "|".join(_HAN_CUES), "|".join(c for c in _HAN_CUES if c.endswith(("記者", "记者")))
_CUED_HAN_NAME = rf"(?:(?:{_REPORTER_CUE})\s*|(?:{_HAN_CUE})\s*[/／:：]\s*)([\u4e00-\u9fff]{{2,4}})"
CLOSING_REPORTERS = re.compile(
    rf"(?:^|[。！？」])\s*[（(](?:{_CUED_HAN_NAME}|({_DESK}{_HAN_NAME}(?:[、，・]{_DESK}{_HAN_NAME})*))[）)]\s*$"
)
# "【ワシントン＝山田哲也】": a place, an equals sign, the reporters (in full-width round brackets too,
# "（ソウル＝佐藤亮）", the Nikkei's and regional papers' form);
# "（记者张晓松、王小明）" early in a first paragraph.
_HAN_OR_KANA = r"[\u3005\u3040-\u30ff\u4e00-\u9fff]{2,6}"
# A Korean wire dateline "[서울=뉴시스]김지현 기자 =" and sign-off "… 김민수 기자 minsu@hani.co.kr": the name before
# 기자 (reporter) or 특파원 (correspondent).
_HANGUL_NAME = r"[\uac00-\ud7a3]{2,4}"
_HANGUL_NAMES = rf"{_HANGUL_NAME}(?:(?:\s*[,·]\s*|\s+){_HANGUL_NAME})*"
CLOSING_KOREAN = re.compile(rf"(?:^|[.!?。])\s*({_HANGUL_NAME})\s*(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+)?\s*$")
OPENING_REPORTERS = (
    re.compile(rf"^\s*[【（][^】）＝=]{{1,12}}[＝=]({_HAN_OR_KANA}(?:[、・]{_HAN_OR_KANA})*)[】）]"),
    # (reporters spaced or parted by a comma or a middle dot: "(부산=…) 김민지 이수호 기자 =")
    re.compile(rf"^\s*[\[(][^\])=]{{1,12}}=[^\])]{{1,20}}[\])]\s*({_HANGUL_NAMES})\s*(?:기자|특파원)\s*="),
    re.compile(r"^[^。！？]{0,40}?[（(](?:記者|记者)\s*([\u4e00-\u9fff]{2,4}(?:[、，\s][\u4e00-\u9fff]{2,4})*)[）)]"),
    # Taiwan's CNA "（中央社記者蔡佩芸台北12日電）" and its papers' "〔記者吳政達／台中報導〕": reporter, then place.
    re.compile(r"^\s*[（(]中央社記者([\u4e00-\u9fff]{2,3})[\u4e00-\u9fff]{1,4}\d{1,2}日[電电][）)]"),
    # Several reporters of one story are listed with the enumeration comma, "〔記者林佩君、陳志豪／台北報導〕" (Liberty
    # Times usage).
    re.compile(r"^\s*[〔【\[]記者([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)[／/][^〕】\]]{1,10}報導[〕】\]]"),
    # Hong Kong and Macau papers' head line "記者 黃穎欣 澳門報道": the reporter, then the place written onto "reports";
    # alone, or opening the first paragraph after the paper's own tag and before a colon ("【本報訊】記者 陳美玲
    # 報道：…": "this paper's news"; Hong Kong and Macau dailies' usage)
    re.compile(
        r"^\s*(?:【[\u4e00-\u9fff]{1,8}】\s*)?(?:記者|记者)\s+([\u4e00-\u9fff]{2,4})\s+[\u4e00-\u9fff]{0,6}"
        r"(?:報道|报道|報導|报导)\s*(?:$|[：:])"
    ),
)
# Alone on its line above the text, the desk or bureau, a space and the reporter ("大阪支局 田中美咲", "ワシントン支局
# 佐藤亮", "社会部　森本亮"): the Japanese papers' byline without 記者, the desk word (author_noise.tsv's newsroom
# words in Han or katakana, or one ending in 部) standing for the cue; never opening a paragraph, where text follows.
DESK_REPORTER_LINE = re.compile(
    rf"^\s*{DESK_WORD.removesuffix('・')}[\s\u3000]+({_HAN_NAME.replace('{3,5}', '{2,5}')}"
    rf"(?:[、・][\u3005\u4e00-\u9fff]{{2,5}})*)\s*$"
)
# What a line alone above the text may be: a dateline's reporter bracket, or the desk and the reporter.
ALONE_REPORTERS = (*OPENING_REPORTERS, DESK_REPORTER_LINE)
