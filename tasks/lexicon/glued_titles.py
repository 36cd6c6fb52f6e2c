"""A writer's job title written as one word with where they report from, after the name, in the scripts that space
phrases and not words (Thai, Lao, Burmese, Khmer): "ข่าวโดย: ศิริพร วงศ์ใหญ่ ผู้สื่อข่าวประจำจังหวัดเชียงใหม่" (news by:
…, reporter stationed in Chiang Mai province). The title is job_titles.csv's; the word it opens is no part of the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import job_titles
from tasks.lexicon.word_classes import UNSPACED_SCRIPTS

# A name of two words at least stands before the title (a Thai name: given name and surname).
MIN_NAME_WORDS = 2
_UNSPACED_WORD = re.compile(f"[{UNSPACED_SCRIPTS}]")


@lru_cache(maxsize=1)
def _unspaced_titles() -> tuple[str, ...]:
    """The job titles of job_titles.csv in those scripts, longest first."""
    titles = {t for t in job_titles().titles if _UNSPACED_WORD.match(t)}
    return tuple(sorted(titles, key=len, reverse=True))


def glued_title_start(names: str) -> int | None:
    """Where the last word of `names` starts when it opens with a job title in one of those scripts after a name of two
    words or more, else None."""
    words = names.split()
    if len(words) <= MIN_NAME_WORDS or not _UNSPACED_WORD.match(words[-1]):
        return None
    if not words[-1].startswith(_unspaced_titles()):
        return None
    return names.rstrip().rfind(" ") + 1
