"""Two closing notes under a story opened by their cue, which :mod:`tasks.credits.closing_notes` reads with the cue
after the name or before the outlet:

- the writer's contact line opened by its verb ("Contact Jane Roe at jroe@example.com or 555-0100.", "E-mail Jane
  Roe at …", ``author_contact_before`` rows of credit_cues.csv): the name between the verb and "at" is the author's,
  and an address or a number must follow ("Contact the council at its office" names no writer);
- the Associated Press member-exchange line ("Information from: The Boston Globe, http://www.boston.com",
  "Information from the Harbour Gazette was used in this report.", ``source_information`` rows): the member paper the
  story drew on is its source. The whole line must be the note: "Information from the ministry shows that …" is a
  sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.author_parts import names_someone
from tasks.credits.credit_records import Found, author_found, evidence_around, named_found
from tasks.lexicon.credit_base import looks_like_name
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import credit_cues, name_words

# A writer's name: two to four words.
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
# The outlet's name in a member-exchange line: at most this many words.
MAX_OUTLET_WORDS = 6


@lru_cache(maxsize=1)
def _contact_openings() -> tuple[str, ...]:
    return tuple(f"{c} " for c in credit_cues().get("author_contact_before", ()))


@lru_cache(maxsize=1)
def _contact_cue_line() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in credit_cues().get("author_contact_before", ()))
    return re.compile(rf"^\s*(?:{cues})\s+(?P<name>[^\W\d_][^.,;:!?()@]{{2,60}}?)\s+at\b:?\s*(?P<address>\S.*)$",
                      re.IGNORECASE)  # fmt: skip


# What follows "at" in a contact line: an e-mail address, a host name or a telephone number.
_ADDRESS = re.compile(r"@|\.(?:com|org|net)\b|\d{3}")


def contact_cue_line(text: str, line: int, in_body: bool) -> list[Found]:
    """The writer a contact line opened by its verb names ("Contact Jane Roe at jroe@example.com."), else []."""
    if not text.lstrip()[:20].casefold().startswith(_contact_openings()):
        return []  # most lines: none of the verbs opening them
    match = _contact_cue_line().match(text)
    if match is None or not _ADDRESS.search(match.group("address")):
        return []
    name = match.group("name").strip()
    words = name.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not looks_like_person(words, name_words()):
        return []
    if not names_someone(name):
        return []  # "Contact Harbour Council at 555-0100": an institution's line
    start = match.start("name")
    return [author_found(name, start, line, evidence_around(text, start, start + len(name)), in_body)]


@lru_cache(maxsize=1)
def _information_openings() -> tuple[str, ...]:
    return tuple(credit_cues().get("source_information", ()))


@lru_cache(maxsize=1)
def _information_line() -> re.Pattern[str]:
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in credit_cues().get("source_information", ()))
    # the cue, maybe its colon, the outlet (after the sentence's lower-case "the"), then its address after a comma or
    # "was used in this report", and the full stop
    return re.compile(
        rf"^\s*(?:{cues})\s*:?\s+(?-i:the\s+)?(?P<name>[^\W\d_][^,;:()]{{1,60}}?)"
        r"(?:\s*,\s*(?:https?://)?[\w.-]+\.[a-z]{2,}\S*|\s+(?:was|were)\s+used\s+in\s+this\s+(?:report|story|article))?"
        r"\s*\.?\s*$",
        re.IGNORECASE,
    )


def information_note(text: str, line: int, in_body: bool) -> list[Found]:
    """The member paper an Associated Press story drew on ("Information from: The Boston Globe, http://…"), else []."""
    if not text.lstrip().casefold().startswith(_information_openings()):
        return []
    match = _information_line().match(text)
    if match is None:
        return []
    name = match.group("name").strip().rstrip(".")
    if not name or len(name.split()) > MAX_OUTLET_WORDS or not looks_like_name(name):
        return []
    start = match.start("name")
    return [
        named_found(AttributionKind.SOURCE, name, start, line, evidence_around(text, start, start + len(name)), in_body)
    ]
