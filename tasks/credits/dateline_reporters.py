"""The reporter a first paragraph's dateline names in brackets where wire copy names the agency: "ਚੰਡੀਗੜ੍ਹ, 12 ਮਾਰਚ
(ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਮਾਨ)- …" (the Punjabi and Hindi papers' own correspondents: the place, the date, the reporter, then a
dash), and the test that a few words of a script without case are a person's name (a dash signature's too)."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.name_forms import MAX_CASELESS_INITIAL_CHARS, caseless_initialled
from tasks.credits.name_lines import has_label_word
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import is_job_word
from tasks.lexicon.digits import has_digit
from tasks.lexicon.word_classes import is_caseless, is_letters

MIN_CASELESS_SIGNATURE, MAX_CASELESS_SIGNATURE = 2, 3  # words of a name written without case
# The place, a comma, the date (with a digit), the bracket, then the dash that opens the story.
_BRACKETED_DATELINE = re.compile(
    r"^\s*[^\W\d_][^,()]{1,30},\s*(?P<date>[^,()]{2,25}?)\s*\((?P<name>[^()]{2,40})\)\s*[-–—]"
)


def is_caseless_name(name: str, gazetteer: Gazetteer) -> bool:
    """Two or three words of a script without case, no desk's, job's or section's word and no agency: a person's name
    where something around it (a dash signing the text, a dateline's bracket) vouches for it, as a role tail does."""
    words = name.split()
    # "க. ராஜேந்திரன்": the initials opening a South Indian name keep their dots (a letter or two and their signs)
    initials = [w for w in words[:-1] if w.endswith(".") and len(w) - 1 <= MAX_CASELESS_INITIAL_CHARS]
    bare = [w.removesuffix(".") if w in initials else w for w in words]
    if not all(is_caseless(w) and is_letters(w) for w in bare):
        return False
    if not MIN_CASELESS_SIGNATURE <= len(words) <= MAX_CASELESS_SIGNATURE or has_label_word(name):
        return False
    newsroom = load_author_words().newsroom
    return not any(w.casefold() in newsroom for w in words) and not gazetteer.find(name, cued=True)


def dateline_reporter(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The reporter in a first paragraph's dateline bracket (see the module), where no agency stands; in scripts
    without case only: a Latin "BERLIN, 3. März (Anna Schmidt) -" is no paper's shape, a bracket there is the wire's."""
    match = _BRACKETED_DATELINE.match(text)
    if match is None or not has_digit(match.group("date")):
        return []
    name = match.group("name").strip()
    if not is_caseless_name(name, gazetteer):
        return []
    start = text.index(name, match.start("name"))
    return [Found(AttributionKind.AUTHOR, name, normalize_name(name), None, line, start, start + len(name), False,
                  match.group(0).strip())]  # fmt: skip


# A desk's title before the reporter's name: at most this many words, the last a job title's.
MAX_DESK_TITLE_WORDS = 4


def name_after_desk_title(signature: str) -> int:
    """Where the reporter's name starts in a signature that opens with the desk's title ("நமது சென்னை நிருபர் க.
    ராஜேந்திரன்", "our Chennai correspondent K. Rajendran": the Tamil papers' sign-off): a few words closed by a job
    title, then a name of a script without case opened by its initial, which vouches for where the name starts; 0 when
    the signature is no such line."""
    words = list(re.finditer(r"\S+", signature))
    titles = [k for k, w in enumerate(words[:MAX_DESK_TITLE_WORDS]) if is_job_word(w.group())]
    if not titles or not caseless_initialled([w.group() for w in words[titles[-1] + 1 :]]):
        return 0
    return words[titles[-1] + 1].start()
