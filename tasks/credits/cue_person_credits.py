"""A picture credit line with no colon after its cue, the photographer's name in the genitive ("Фота Тацяны
Мацкевіч", "Фото Ивана Петрова": the East Slavic "photo of"): the cue is also the word over any photo gallery or
menu ("Фото дня", "Фото Новости"), so it opens a credit only before a person's name, the line's whole rest
(``photo_person`` in credit_cues.csv), as ``author_person`` cues open bylines."""

from __future__ import annotations

import dataclasses
from functools import cache

from schemas import AttributionKind
from tasks.credits.bare_bylines import bare_byline
from tasks.credits.credit_records import Found
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.vocabulary import credit_cues

# The photographer's name after the cue: a given name and a surname, or three words with a patronymic or a second
# surname.
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 3


@cache
def photo_person_cues() -> frozenset[str]:
    """Case-folded picture cues that credit without a colon only before a person's name."""
    return frozenset(credit_cues().get("photo_person", ()))


def photo_cue_person(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The photographer a line of a `photo_person` cue and one person's name alone credits, else []."""
    stripped = text.strip()
    cue, _, rest = stripped.partition(" ")
    if cue.casefold() not in photo_person_cues() or not MIN_PERSON_WORDS <= len(rest.split()) <= MAX_PERSON_WORDS:
        return []
    at = text.index(stripped) + len(cue) + len(rest) - len(rest.lstrip()) + 1
    people = bare_byline(" " * at + rest.strip(), line, gazetteer, after_cue=True)
    if len(people) != 1 or people[0].char_start != at or people[0].char_end != at + len(rest.strip()):
        return []  # "Фото Новости Москвы": no one's name, or more than the name after the cue
    return [dataclasses.replace(people[0], kind=AttributionKind.PHOTO, evidence=stripped)]
