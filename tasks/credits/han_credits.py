"""The paper and the reporter in a Chinese or Japanese picture credit ("（辽宁日报记者 刘佳 摄）"): a credit of Han
characters names the paper, its reporter's title and the photographer in one run, with no separator to split on.
"""

from __future__ import annotations

import re
from functools import cache

from tasks.credits.bylines import Credited
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.vocabulary import name_word_role


@cache
def _han_outlet_reporter() -> re.Pattern[str]:
    """The paper, a reporter's title (the job titles of Han characters: 记者, 記者, 特约记者, 通讯员, …), the name."""
    titles = sorted((w for w in load_byline_words().jobs if _HAN_WORD.fullmatch(w)), key=len, reverse=True)
    return re.compile(r"([\u4e00-\u9fff]{2,12}?)(" + "|".join(map(re.escape, titles)) + r")\s*([\u4e00-\u9fff]{2,4})")


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def han_outlet_and_reporter(credited: Credited) -> list[Credited]:
    """ "辽宁日报记者 刘佳" in "（辽宁日报记者 刘佳 摄）": a Chinese or Japanese picture credit names the paper, its
    reporter's title and the photographer; the paper and the person are credited, the title is neither (as "新华社记者
    X 摄" gives the agency and X). The paper's name closes with an institution's character (报, 社, 台, 新聞:
    ``han_institution_suffix``), so that a title's own first words are none ("摄影记者", "实习记者": photo, intern
    reporter)."""
    match = _han_outlet_reporter().fullmatch(credited.name)
    suffixes = tuple(name_word_role("han_institution_suffix"))
    if match is None or credited.canonical_id or not match.group(1).endswith(suffixes):
        return [credited]
    outlet, person = (credited.start + match.start(1), credited.start + match.end(1)), credited.start + match.start(3)
    return [Credited(match.group(1), *outlet), Credited(match.group(3), person, person + len(match.group(3)))]
