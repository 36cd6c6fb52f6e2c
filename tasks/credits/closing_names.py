"""The writer's name glued to the end of the article's last paragraph: "… It will be more of an elaborate drama."
Anant Narayan", "… we will continue this mission, he added. Ruth Abebe". Some papers set the signature in an element
of its own under the text; a scraper that reads the text as runs of words puts it after the last sentence, with no
line break between (real pages of l3s: Indian and Pakistani dailies of 2008).

Only the text's last paragraph, only after a sentence's end (a full stop, question or exclamation mark, maybe a
closing quote), only two or three title-case words that read as a person's name and name no agency or outlet: a
caption's photographer closes a caption ("… in Paris. Benoit Tessier"), not the text.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found, normalize_name
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import Segmented

# A sentence's end, maybe a closing quote or bracket, then two or three title-case words closing the paragraph.
_NAME_AFTER_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s+(?P<name>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){1,2})\s*$")
# A paragraph of at least this many words before the name: a sentence of the text, not a caption's line.
MIN_TEXT_WORDS = 12


def name_after_last_sentence(text: str, line: int, gazetteer: Gazetteer, page: Segmented) -> list[Found]:
    """The author whose name closes the article's last paragraph (`text`) after its last sentence, if any; not a
    name the `page` writes anywhere else (the story's subject, a teaser's or a comment's writer)."""
    match = _NAME_AFTER_SENTENCE.search(text)
    if match is None or len(text[: match.start("name")].split()) < MIN_TEXT_WORDS:
        return []
    name = match.group("name")
    if not looks_like_person(name.split(), name_words()) or gazetteer.find(name) or is_known_outlet(name):
        return []
    if sum(ll.line.text.count(name) for ll in page.lines) > 1:
        return []
    start, end = match.start("name"), match.end("name")
    return [Found(AttributionKind.AUTHOR, name, normalize_name(name), None, line, start, end, False, text.strip())]
