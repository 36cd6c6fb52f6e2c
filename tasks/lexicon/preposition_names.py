"""The preposition before a name read backwards from a reporting verb, which says the name is no outlet reporting:
"from" an organisation speaking ("От МВР съобщиха"), "about" the topic ("über den Fall berichtet"), "in" the place
the subject is in ("Local media in Kingaroy reported"). Read by :func:`tasks.lexicon.spans_before.name_before`.
"""

from __future__ import annotations

import re

from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import NameWords, name_word_role


def from_organisation(text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], words: NameWords) -> bool:
    """The name opens with "from" ("От МВР съобщиха", "Iz MUP-a su saopštili") or follows it: the words for
    "they said from X" name an organisation speaking. Prepositions that are also name particles ("de", "da",
    "von": "l'enquête de Mediapart révèle") do not count. A name right after "in", "at", "в" ("Local media in
    Kingaroy reported", "Местные СМИ в Кингарое сообщили") is the place the subject is in, unless it is a known
    outlet or closed by an outlet's word ("An article in Politico reported", "Reporters at Kingaroy Today")."""
    first, prepositions = run[0], words.source_prepositions - words.particles
    if first.group(0).casefold() in prepositions:
        return True
    index = _index_of(tokens, first)
    before = tokens[index - 1].group(0) if index > 0 and tokens[index - 1].end() == first.start() - 1 else ""
    if before in prepositions:
        return True
    if before not in words.locatives - words.particles or is_known_outlet(text[first.start() : run[-1].end()]):
        return False
    marks = words.outlet_marks
    return not any(t.group(0).casefold() in marks or words.closes_with_outlet_word(t.group(0)) for t in run)


def after_topic_preposition(tokens: list[re.Match[str]], first: re.Match[str], words: NameWords) -> bool:
    """The name follows "about" and maybe an article ("hatte … über den Fall berichtet", "писал о «Газпроме»"): the
    topic of the verb after it (``topic_preposition`` in ``name_words.csv``)."""
    index = _index_of(tokens, first)
    before = [t.group(0).casefold() for t in tokens[max(0, index - 2) : index]]
    if before and before[-1] in words.articles | words.articles_strip:
        before.pop()
    return bool(before) and before[-1] in name_word_role("topic_preposition")


def _index_of(tokens: list[re.Match[str]], token: re.Match[str]) -> int:
    """Where the token stands among the line's tokens (0 when it is none of them)."""
    return next((i for i, t in enumerate(tokens) if t.start() == token.start()), 0)
