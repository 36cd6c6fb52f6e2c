"""The blogs' thanks to the outlet a post was found at ("h/t Gawker", "(H/T: The Daily Beast)", "Hat tip to
harbourgazette.com"): a source credit, one of the readers of :mod:`tasks.lexicon.credit_lines`. The cues are the
``source_thanks`` rows of ``credit_cues.csv``; only a known outlet, agency or domain after them is read, since the
same thanks go as often to a person ("h/t reader Ann Lee"), who is no source."""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_base import DOMAIN, CreditLine
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import credit_cues, name_words
from tasks.lexicon.word_classes import is_title_case_word

# An outlet's name in title case has this many words at most ("The Harbour Daily Gazette").
MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _thanks() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(credit_cues().get("source_thanks", ()), key=len, reverse=True))
    # the cue, maybe "to" and a colon, maybe the article, the name, and nothing after it but a closing bracket or stop
    return re.compile(
        rf"^[\s(\[]*(?P<cue>{cues})(?:\s+to)?\s*[:\-–—]?\s*(?:(?-i:the)\s+)?(?P<name>[^\s()\[\]][^()\[\]]*?)[\s.)\]]*$",
        re.IGNORECASE,
    )


def thanks_credit(text: str) -> CreditLine | None:
    """The outlet a "h/t …" line thanks, as a source credit, or None (no such cue opens it, or no outlet follows)."""
    if "h" not in text[:3].casefold():
        return None  # most lines: no thanks cue opens them
    match = _thanks().match(text)
    if match is None:
        return None
    name = match.group("name")
    outlet = is_known_outlet(name) or DOMAIN.fullmatch(name) or load_gazetteer().agency_of_name(name, cued=True)
    words = name.split()
    # a name in title case that is no person's ("Gawker", "The Daily Beast", "Harbour Gazette": one word, an article
    # or an outlet's word), where "Ann Lee" is
    titled = 0 < len(words) <= MAX_NAME_WORDS and all(is_title_case_word(w) for w in words)
    if not outlet and not (titled and not looks_like_person(words, name_words())):
        return None
    return CreditLine(AttributionKind.SOURCE, match.group("cue"), name, match.start("name"), match.end("name"),
                      match.start("name"))  # fmt: skip
