"""A line that is only a phrase naming its sources and their list: "Con información de Proceso Digital y Hondudiario.",
"Cu informații de la Agerpres și Digi24", "With information from Reuters and the BBC". In running text a name joined
by "and" may be one longer name ("World Travel and Tourism Council"), so a list there needs an outlet the vocabularies
know (:func:`tasks.lexicon.outlet_clauses.listed_after`); a line that holds nothing but the phrase and the names is the
story's sign-off, whose shape says they are the outlets it drew on, known or not."""

from __future__ import annotations

from functools import partial

from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.joined_bodies import joined_body
from tasks.lexicon.outlet_clauses import listed_after
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.people import is_person_or_company
from tasks.lexicon.span_leads import QUOTES
from tasks.lexicon.spans import NameSpan
from tasks.lexicon.vocabulary import name_word_role, name_words

# What may close the sign-off after its last name: its full stop, a closing quote or bracket.
_CLOSING = " .»”\"')" + "".join(QUOTES.values())


def listed_outlets(text: str, start: int, end: int, sides: list[str], gazetteer: Gazetteer) -> list[NameSpan]:
    """The outlets of a list right after the phrase text[start:end] when it names its outlet after it
    (:func:`listed_after`): each must be known when the phrase also takes people or firms ("told CNN and Fox News",
    "via USA Today and Politico"); a sign-off line's list, known or not (:func:`signoff_list`)."""
    if not any(side.startswith("before") for side in sides):
        return []
    known = partial(is_known_source, gazetteer=gazetteer)
    return listed_after(text, end, known, every="before" not in sides) or signoff_list(text, start, end, sides)


def is_known_source(name: str, gazetteer: Gazetteer) -> bool:
    """The whole name is one the vocabularies know as a source: an agency's (as a cue names it) or an outlet's."""
    return bool(gazetteer.agency_of_name(name, cued=True) or is_known_outlet(name))


def signoff_list(text: str, start: int, end: int, sides: list[str]) -> list[NameSpan]:
    """The names listed after the phrase text[start:end] when the phrase opens the line (after an opening bracket,
    a star) and names its outlets after it (side ``before``), and the list closes the line; each name is cited unless
    it is a person's or a company's by the cited-name checks, or an official's or a body's (a body noun, ``body_noun``:
    "Consejo Mundial de Viajes y Turismo", one council's name holding its own "and"); else nothing."""
    if "before" not in sides or text[:start].strip(" (*[") or joined_body(text[end:]) is not None:
        return []
    spans = listed_after(text, end, lambda _name: True)
    if not spans or text[spans[-1].end :].strip(_CLOSING):
        return []
    words, nouns = name_words(), name_word_role("body_noun")
    for span in spans:
        name = text[span.start : span.end].split()
        if is_person_or_company(text, span.start, span.end) or any(
            words.is_official(w) or w.casefold() in nouns for w in name
        ):
            return []
    return spans
