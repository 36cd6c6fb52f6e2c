"""An agency's one-word name that the page writes as a person's surname: "the even wealthier Michael Bloomberg", and
then "Gov. Deval Patrick and Bloomberg are moving into the race" on the same page. The paragraph names the person,
no agency reported anything: neither mention is an agency record.

A first name right before the agency's name makes the person: a title-case word inside the sentence (its first word
may be a cue: "Laut Reuters", "Según Bloomberg"), no article, outlet word, official or word for an agency or outlet
(`looks_like_person`, "Nachrichtenagentur Reuters"), and the two words no agency's name of their own ("Thomson
Reuters" is the agency's owner).
"""

from __future__ import annotations

import re

from schemas import AttributionKind, Label
from tasks.credits.credit_records import Found
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.text.segment import Segmented


def without_agency_surnames(found: list[Found], segmented: Segmented, gazetteer: Gazetteer) -> list[Found]:
    """The records less the in-body agencies whose one-word name the page's paragraphs write after a first name."""
    names = {f.name for f in found if f.kind is AttributionKind.AGENCY and f.in_body and f.name and _one_word(f.name)}
    if not names:
        return found
    texts = [ll.line.text for ll in segmented.lines if ll.verdict.label == Label.BODY]
    people = {name for name in names if any(_after_first_name(text, name, gazetteer) for text in texts)}
    return [f for f in found if not (f.kind is AttributionKind.AGENCY and f.in_body and f.name in people)]


def _one_word(name: str) -> bool:
    return len(name.split()) == 1 and name[:1].isupper() and not name.isupper()  # "AP", "AFP": no one's surname


def _after_first_name(text: str, name: str, gazetteer: Gazetteer) -> bool:
    for match in re.finditer(rf"(?<![\w.])([^\W\d_][\w'’-]*) {re.escape(name)}(?!\w)", text):
        first = match.group(1)
        if _opens_sentence(text, match.start()) or _describes(first.casefold()):
            continue  # "Laut Reuters …", "Según Bloomberg": a capitalised cue; "Nachrichtenagentur Reuters"
        owned = gazetteer.agency_of_name(f"{first} {name}", cued=True)  # "Thomson Reuters"
        if looks_like_person([first, name], name_words()) and not owned:
            return True
    return False


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\"'“”«»„(–—-"


def _describes(folded: str) -> bool:
    """A word for an agency or an outlet ("Agentur", "Agência", "Nachrichtenagentur"), not a first name."""
    return folded in name_words().descriptors or folded in name_word_role("agency_word")
