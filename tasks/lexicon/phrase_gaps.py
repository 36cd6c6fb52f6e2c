"""Words that may stand between a reporting phrase and the outlet it cites: the outlet's edition before the verb
("Wie die Dolomiten in ihrer Samstagsausgabe berichten"), a time adverb between a verb-second clause's verb and its
subject ("Asiasta uutisoi ensimmäisenä Helsingin Sanomat"), or inside the phrase (between a participle and its agent,
between a perfect's auxiliary and its participle). The lists are rows of ``name_words.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tasks.lexicon.vocabulary import name_word_role, name_words


def before_edition(text: str, start: int) -> int:
    """Where an outlet's edition named between it and its verb begins ("Wie die Dolomiten in ihrer Samstagsausgabe
    berichten", "… in its Sunday edition reported"): the name stands before it (``edition_phrase`` in
    ``name_words.csv``, ``*`` one word or a compound's head), else `start`."""
    lead = max(0, start - MAX_EDITION_CHARS)  # the phrase is a few words: the paragraph before them is not searched
    match = _edition_phrase().search(text[lead:start].rstrip())
    return lead + match.start() if match else start


MAX_EDITION_CHARS = 60


@lru_cache(maxsize=1)
def _edition_phrase() -> re.Pattern[str]:
    phrases = sorted(name_word_role("edition_phrase"), key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\*", r"[\w-]*") for p in phrases)
    return re.compile(rf"\s(?:{alternatives})$", re.IGNORECASE)


# "yesterday's ", "Monday’s ", "this week's ": a day or an issue in the possessive, then the next word's first letter.
_EDITION_DAY = re.compile(r"\s*(?:the\s+)?([^\W\d_]+(?: [^\W\d_]+)?)['’]s\s+(?=(\w))")


def past_edition_day(text: str, end: int) -> int | None:
    """Past the day or issue an edition is named by in the possessive right after a reporting phrase ("in the pages of
    yesterday's Evening Standard", "a report in Monday's Daily Herald": ``edition_day`` in ``name_words.csv``), before
    the outlet's capitalised name; None before a common noun ("according to Monday's poll": the day's own poll, no
    outlet named; the name grammar took the day for one); else `end`."""
    match = _EDITION_DAY.match(text, end)
    if match is None or match.group(1).casefold() not in name_word_role("edition_day"):
        return end
    return match.end() if match.group(2).isupper() else None


_ADVERB = re.compile(r"\s+([^\W\d_]+(?: [^\W\d_]+)?)")


def past_inverted_subject_adverbs(text: str, end: int) -> int:
    """Past a lower-case time adverb between a verb-second clause's verb and its subject ("Asiasta uutisoi
    ensimmäisenä Helsingin Sanomat", "Sellest kirjutas esmaspäeval Eesti Päevaleht": ``inverted_subject_adverb``),
    up to two of them; a word the list does not hold ends the search (the name grammar then reads from the verb)."""
    adverbs = name_word_role("inverted_subject_adverb")
    for _ in range(2):
        match = _ADVERB.match(text, end)
        if match is None:
            break
        words = match.group(1)
        first = words.split(" ")[0]
        if words in adverbs:
            end = match.end()
        elif first in adverbs:
            end = match.start(1) + len(first)
        else:
            break
    return end


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def reflexive_after(text: str, end: int) -> bool:
    """A reflexive pronoun right after the reporting verb: another verb of the same form ("Die Opposition meldete sich
    zu Wort": spoke up, where "meldete" alone reports; Dutch "meldde zich"): ``reflexive_pronoun`` in
    ``name_words.csv``; or a subject pronoun, the verb's own subject in verb-second order ("Über vier Jahrzehnte
    schrieb er Texte": no outlet before the verb; ``subject_pronoun``)."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1).casefold()
    return word in name_word_role("reflexive_pronoun") or word in name_word_role("subject_pronoun")


def before_capitalised_article(text: str, start: int, end: int) -> int:
    """Where the phrase text[start:end] ends when its last word is an article written with its capital ("segundo O
    Povo": the paper "O Povo", whose article is part of its name, where the phrase "segundo o" is "according to the"):
    at that article; else `end`."""
    head, _, last = text[start:end].rpartition(" ")
    if not head or not last[:1].isupper() or last.casefold() not in name_words().articles:
        return end
    return start + len(head) + 1


def with_adverb_gaps(phrases: Iterable[str]) -> list[str]:
    """The reporting phrases of a participle and its agent's preposition (``passive_agent`` in ``name_words.csv``:
    "divulgada pelo", "publicada por") again with an adverb between them ("A informação foi divulgada inicialmente
    pelo portal …", "publicada originalmente pela …": ``passive_adverb``), which would part the phrase from its
    outlet."""
    agents, adverbs = name_word_role("passive_agent"), name_word_role("passive_adverb")
    pairs = [words for p in phrases if len(words := p.split(" ")) == 2 and words[1] in agents]
    return [f"{participle} {adverb} {agent}" for participle, agent in pairs for adverb in sorted(adverbs)]


def with_perfect_gaps(phrases: Iterable[str]) -> list[str]:
    """The reporting phrases of a perfect's auxiliary and its participle after the outlet ("Netwerk24 het berig", "NRC
    heeft gemeld", "Der Spiegel hat berichtet": ``perfect_auxiliary`` in ``name_words.csv``) again with a time adverb
    between them, where Afrikaans, Dutch and German put it ("het Dinsdag berig", "heeft gisteren gemeld", "hat am
    Montag berichtet": ``perfect_adverb``), which would part the phrase from its outlet."""
    auxiliaries, adverbs = name_word_role("perfect_auxiliary"), name_word_role("perfect_adverb")
    pairs = [words for p in phrases if len(words := p.split(" ")) == 2 and words[0] in auxiliaries]
    return [f"{auxiliary} {adverb} {participle}" for auxiliary, participle in pairs for adverb in sorted(adverbs)]


def direction_within(text: str, start: int, end: int) -> bool:
    """ "na putu prema Nišićkoj visoravni": a cue (text[start:end]) that is also a preposition of direction
    (``direction_cue``: the Bosnian, Croatian and Serbian "prema", toward) inside its clause points the way; it cites a
    source opening the clause ("Prema Oslobođenju, …", "…, prema Hini, …"), where the news sites write it."""
    if text[start:end].casefold() not in name_word_role("direction_cue"):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;,(–—-\"'«»„“”"


# Quote marks that open and close a work's title ("« Le Monde selon Garp »", "„Die Welt nach Garp“", "“…”").
_TITLE_OPENING, _TITLE_CLOSING = '«„“"', '»“”"'
# The most words a quoted title holds around its cue: a quoted sentence is longer.
MAX_TITLE_WORDS = 6


def within_title(text: str, start: int, end: int) -> bool:
    """ "Le documentaire « Le Monde selon Ségou » sera projeté": a cue (text[start:end]) inside a short quoted title
    opened by a capital, no sentence mark in it, is a word of the title (a film's, a book's, a show's: "The World
    According to Garp"), not a citation; the name after it closes the quote."""
    opening = max(text.rfind(mark, 0, start) for mark in _TITLE_OPENING)
    closing = min([i for i in (text.find(mark, end) for mark in _TITLE_CLOSING) if i >= 0], default=-1)
    if opening < 0 or closing < 0:
        return False
    inner = text[opening + 1 : closing].strip()
    return (
        inner[:1].isupper()
        and len(inner.split()) <= MAX_TITLE_WORDS
        and not any(mark in inner for mark in '.!?;:,«»„“”"')
    )
