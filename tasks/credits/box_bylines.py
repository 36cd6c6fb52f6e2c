"""The byline of a box inside the article: a heading that names the box ("Analysis") over its writer's name with the
outlet, place or job after it and no comma between ("Ann Lee BBC News, Paris", "Ann Lee Paris business reporter"),
as the BBC sets the correspondent's analysis box in a story. The box is the article's, so is its writer: an author
record (the labellers' reading on the real pages). The heading words are ``box_heading`` rows of name_words.csv.
"""

from __future__ import annotations

from schemas import AttributionKind, Label
from tasks.credits.credit_records import Found, normalize_name
from tasks.lexicon.byline_words import is_job_word
from tasks.lexicon.outlets import known_outlet_at
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.text.segment import Segmented

# The writer's name: two words, or three with an initial between ("Bruce Y. Lee"); the line is short.
NAME_WORDS = 2
MAX_BOX_BYLINE_WORDS = 8


def box_byline(segmented: Segmented, i: int) -> list[Found]:
    """The writer of line `i` when the line above is only a box's heading and the line is a name with its outlet,
    place or job after it; else []."""
    if i == 0 or segmented.lines[i - 1].line.text.strip().strip(":").casefold() not in name_word_role("box_heading"):
        return []
    text = segmented.lines[i].line.text
    words = text.split()
    if not NAME_WORDS < len(words) <= MAX_BOX_BYLINE_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return []
    size = NAME_WORDS + (len(words) > NAME_WORDS + 1 and _is_initial(words[1]))
    name = words[:size]
    if not looks_like_person([w.strip(",") for w in name], name_words()) or name[-1].endswith(","):
        return []
    start = text.index(words[0])
    end = start + len(" ".join(name))
    if not _role_after(text, end):
        return []
    person = " ".join(name)
    return [Found(AttributionKind.AUTHOR, person, normalize_name(person), None, segmented.lines[i].line.number, start,
                  end, segmented.lines[i].verdict.label == Label.BODY, text.strip())]  # fmt: skip


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _role_after(text: str, end: int) -> bool:
    """What follows the name is the writer's outlet ("BBC News, Singapore") or a place and a job in lower case
    ("Mumbai business reporter", "Paris correspondent")."""
    if known_outlet_at(text, end) is not None:
        return True
    rest = text[end:].replace(",", " ").split()
    if not rest or not rest[0][:1].isupper():
        return False
    return is_job_word(rest[-1]) and all(w.islower() for w in rest[1:])
