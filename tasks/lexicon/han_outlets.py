"""A Chinese outlet the gazetteer does not know, cited in the frame the known ones are: "据青岛新闻网报道" (according
to the report of Qingdao News Net), "据齐鲁晚报消息". Between "据" and "报道" or "消息" the name closes with an outlet's
character or word (``han_outlet_suffix`` in name_words.csv: 网, 报, 新闻, 电视台 …) and is no deictic phrase
("据该报报道", "according to this paper's report"; ``han_outlet_not_name``). Read by :mod:`tasks.lexicon.citations`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.spans import NameSpan
from tasks.lexicon.vocabulary import by_length, name_word_role

# A name of three Han characters at least ("大众网"), at most a dozen.
MIN_NAME_CHARS, MAX_NAME_CHARS = 3, 12


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in by_length(set(name_word_role("han_outlet_suffix"))))
    name = rf"[\u4e00-\u9fff]{{{MIN_NAME_CHARS - 1},{MAX_NAME_CHARS - 1}}}?(?:{suffixes})"
    return re.compile(rf"(?:据|據)({name})(?:报道|報導|报导|報道|消息)")


def han_reported_spans(text: str) -> list[NameSpan]:
    """Each outlet the frame names, closed by an outlet's character and opened by no deictic word."""
    if "据" not in text and "據" not in text:
        return []  # most paragraphs: no Chinese "according to"
    spans = []
    not_names = by_length(set(name_word_role("han_outlet_not_name")))
    for match in _frame().finditer(text):
        name = match.group(1)
        if len(name) < MIN_NAME_CHARS or name.startswith(not_names) or name.endswith(not_names):
            continue
        spans.append(NameSpan(match.start(1), match.end(1), "described"))
    return spans
