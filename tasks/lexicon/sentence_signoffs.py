"""Where a paragraph's last sentence gives way to the wire's sign-off: the segmenter's test that a line ends a
sentence ("… drohen. (dpa/lnw)", "… dua kali ganda. — BERNAMA" end one, as a full stop does) and the start of the
bracket the credits read the agencies of."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.vocab import CLOSERS, SENTENCE_END
from tasks.lexicon.vocabulary import dateline_patterns
from tasks.lexicon.wire_citations import agencies_in, is_signoff_code, signed_agency

# A bracket closing a paragraph after its last sentence: the agency's sign-off, maybe with the writer's initials.
_SIGN_OFF_BRACKET = re.compile(r"\s*[(（]([^()（）]{2,30})[)）]\s*$")
# "(r.p.)": the writer's initials in lower case with a dot after each letter (Italian local papers' copy); "(R.K.)": in
# capitals so (Brazilian and Portuguese papers'); several parted by commas or slashes ("(r.p., a.m.)"). Alone on the
# last line, the bracket signs the story (tasks/credits/signoff_initials.py reads the writers).
_DOTTED = r"(?:(?:[a-z]\.){2,3}|(?:[A-Z]\.){2,3})"
DOTTED_CODES = rf"{_DOTTED}(?:\s*[/,]\s*{_DOTTED}){{0,3}}"
_DOTTED_ALONE = re.compile(rf"^\s*\(\s*{DOTTED_CODES}\s*\)\s*$")


def is_dotted_initials(text: str) -> bool:
    """The line is only a bracket of dotted initials: "(g.t.)", "(R.K.)", "(r.p., a.m.)"."""
    return _DOTTED_ALONE.match(text) is not None


# The writer's name in full-width brackets after the last sentence, the Japanese papers' sign-off ("…。（山本由紀）")
_NAME_SIGNOFF = re.compile(r"[。．]\s*（[^\W\d_]{2,8}）\s*$")


def signoff_bracket_start(text: str, initials_only: bool = False) -> int:
    """Where the sign-off bracket closing the text starts ("… drohen. (dpa/lnw)", "…上回っている。（共同）", "…
    sier Solheim. (©NTB)"): a known
    agency among its parts, the rest codes of initials; the text's length if it has none. `initials_only`: a
    bracket of writers' codes alone counts too ("… sagte er. (ale)", "(mkr, jop)"), where a sentence ends before it."""
    match = _SIGN_OFF_BRACKET.search(text)
    if match is None:
        return len(text)
    # "(©NTB)", "(© dpa)": the wire's copyright sign before its name signs off as the name alone
    parts = [p.strip().lstrip("©").lstrip() for p in re.split(r"[/,;]", match.group(1))]
    agencies = [p for p in parts if signed_agency(p, load_gazetteer())]
    codes = all(p in agencies or is_signoff_code(p) for p in parts)
    initials = initials_only and codes and not any(p in load_author_words().note_codes for p in parts)
    return match.start() if (agencies or initials) and codes else len(text)


# The marks a dash or slash sign-off needs (datelines.csv: signoff_dash, signoff_slash).
_SIGNOFF_MARKS = frozenset("-–—/")


def agency_signs_after_sentence(text: str) -> bool:
    """The line closes with an agency's dash or slash sign-off after its last sentence ("… dua kali ganda. — BERNAMA",
    "… rinviata al 15 gennaio. /ANSA/"): a known agency only, and a sentence before it, not the sign-off alone."""
    if not _SIGNOFF_MARKS.intersection(text):  # the segmenter asks this of most lines: no dash or slash, no sign-off
        return False
    for name in ("signoff_dash", "signoff_slash"):
        match = dateline_patterns()[name].search(text)
        if match is not None and text[: match.start("agency")].strip(" -–—/"):
            found = agencies_in(match.group("agency"), match.start("agency"), load_gazetteer(), "signoff")
            return any(c.kind is AttributionKind.AGENCY for c in found)
    return False


def before_signoff(text: str) -> str:
    """The text before the bracket signing its last sentence: the agency's, the writers' codes ("… sagte er. (ale)"),
    or the writer's name in full-width brackets ("…続いている。（山本由紀）": the sentence's end then stands for it)."""
    if _NAME_SIGNOFF.search(text) is not None:
        return "."
    return text[: signoff_bracket_start(text, initials_only=True)].rstrip()


def is_signed_off(text: str) -> bool:
    """The paragraph closes with the wire's or the writer's sign-off after its last sentence ("… na tabeli. (Tanjug)",
    "… sagte er. (ale)", "… dua kali ganda. — BERNAMA", "…続いている。（山本由紀）"): the article ends there."""
    return before_signoff(text) != text.rstrip() or agency_signs_after_sentence(text)


def signs_off_with_copyright(text: str) -> bool:
    """The wire's sign-off bracket with its copyright sign closes the text after its last sentence ("… sier Solheim.
    (©NTB)"), and the text before it is no notice: a paragraph signed off, neither a picture's credit nor the site's
    copyright notice that the sign alone would make it."""
    if "©" not in text:
        return False  # most lines
    start = signoff_bracket_start(text)
    if start == len(text) or "©" not in text[start:] or is_boilerplate(text[:start].casefold()):
        return False
    return text[:start].rstrip().rstrip(CLOSERS)[-1:] in SENTENCE_END
