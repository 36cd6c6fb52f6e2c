"""The name a reporting phrase introduces or follows ("передает Радио Свобода", "Ylen mukaan", "via Brian Lee of
the Pittsburgh Post-Gazette", "laut dpa"): where it is in the paragraph, and whether the phrase needs it marked as an
outlet. Read by :func:`tasks.lexicon.citations.reporting_citations`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.outlet_clauses import lower_agency_at
from tasks.lexicon.outlet_endings import known_outlet_before, known_outlet_ending_at
from tasks.lexicon.outlet_marks import is_known_outlet_named
from tasks.lexicon.outlets import is_known_outlet, known_outlet_at
from tasks.lexicon.phrase_gaps import before_edition, past_inverted_subject_adverbs
from tasks.lexicon.spans import NameSpan, caseless_outlet_after, name_after
from tasks.lexicon.spans_before import name_before
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.lexicon.word_classes import UNSPACED_SCRIPTS, is_letters


def _ends_clause(text: str, end: int) -> bool:
    """After "X reported": the clause ends (".", ",", "that", "on Monday"), no object follows."""
    rest = text[end:].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    word = rest.split(maxsplit=1)[0].strip(".,;:").casefold()
    return word in name_words().clause_ends


def _after_quote(text: str, start: int) -> bool:
    """'…,” Abernathy reported': the name after a closing quote is the person quoted, not an outlet."""
    before = text[:start].rstrip()
    return before.endswith((",”", ',"', "”,", '",', "»,", ",»", "',", ",'", ",’", "’,"))


def _longer_known(span: NameSpan | None, known: NameSpan | None) -> NameSpan | None:
    """The name the span grammar reads, or the known outlet at the same place when it reaches further ("Prema pisanju
    Dnevnog avaza": the paper's lower-case word, which ends the grammar's run, is its name's)."""
    if known is not None and (span is None or (known.start <= span.start and known.end > span.end)):
        return known
    return span


def span_of(text: str, start: int, end: int, sides: frozenset[str]) -> tuple[NameSpan | None, bool]:
    """The name a reporting phrase at text[start:end] introduces or follows, and whether it must be marked as
    an outlet (the phrase is only listed for quoted or described names: ``before_quoted``, ``after_quoted``)."""
    if sides & {"before", "before_quoted", "before_outlet"}:
        end = past_inverted_subject_adverbs(text, end)
        articled = _articled(text, start, end)
        span = _longer_known(name_after(text, end, articled), known_outlet_at(text, end)) or (
            _employer(text, end)
            or lower_agency_at(text, end)
            or caseless_outlet_after(text, end)
            or _phrase_after_outlet_noun(text, start, end)
        )
        if span is not None:
            return span, "before" not in sides
    if "before_known" in sides:  # "via USA Today", not "via Dropbox"
        span = name_after(text, end) or known_outlet_at(text, end) or _employer(text, end)
        if span is not None and is_known_outlet_named(text, span.start, span.end):
            return span, False
    plain_after = "after" in sides or ("after_final" in sides and _ends_clause(text, end))
    if plain_after or "after_quoted" in sides:
        start = before_edition(text, start)
        span = name_before(text, start) or known_outlet_before(text, start)
        if span is not None and not _after_quote(text, span.start):
            return span, not plain_after
    if sides & {"after_final", "after_known"}:  # "after Politico reported the aid had been paused": a known outlet
        span = name_before(text, start)  # reports whatever follows ("Home Depot reported earnings" names none)
        if span is None or not _known_reporter(text[span.start : span.end]):
            span = known_outlet_ending_at(text, start)  # "the Beirut-based Daily Star points out"
        if span is not None and not _after_quote(text, span.start):
            return span, False
    return None, False


# The word right after a cue, as written.
_NEXT_WORD = re.compile(r"\s+(\w+)\s")


def _articled(text: str, start: int, end: int) -> bool:
    """The cue closes with a preposition fused with the definite article ("avançada pelo": ``article_contraction``),
    or with the passive's "by" and the article follows ("first reported by the Northern Scot":
    ``agent_article_no_person``): written news puts no article before a person's name, so the title-case name after
    it is no person's, as :func:`tasks.lexicon.spans.name_after` reads with `articled`."""
    last = text[start:end].rsplit(" ", 1)[-1].casefold()
    if last in name_word_role("article_contraction"):
        return True
    following = _NEXT_WORD.match(text, end)
    return following is not None and f"{last} {following.group(1)}" in name_word_role("agent_article_no_person")


def _known_reporter(name: str) -> bool:
    """A known outlet, or a known agency by its acronym ("ANF ragihand ku …": the Firat agency's letters, which the
    gazetteer reads only by a cue, as the verb here is one); a cue-only agency's word ("Petra", "Trend") stays a
    word before such verbs, which people and companies say too."""
    return is_known_outlet(name) or (name.isupper() and load_gazetteer().agency_of_name(name, cued=True) is not None)


# A reporter's name and "of" before the outlet: "via Brian Lee of the Pittsburgh Post-Gazette", "told Ann Roe of
# Politico": two to four capitalised words.
_PERSON_OF = re.compile(r"\s*(?:[^\W\d_][\w.'’-]*\s+){2,4}?of\s")


def _employer(text: str, end: int) -> NameSpan | None:
    """The known outlet whose reporter a reporting phrase names ("via Brian Lee of the Pittsburgh Post-Gazette"): the
    outlet is cited through its reporter; None when no person and known outlet follow."""
    person = _PERSON_OF.match(text, end)
    if person is None or not all(w[:1].isupper() for w in person.group(0).split()[:-1]):
        return None
    return known_outlet_at(text, person.end() - 1)


# A phrase of the scripts that space phrases, not words (Thai, Lao, Burmese, Khmer): an outlet's name of a few words.
_UNSPACED_PHRASE = re.compile(f" ([{UNSPACED_SCRIPTS}]{{2,30}})(?=[ ,.;:!?\u17d4\u17d5\u104a\u104b]|$)")


def _phrase_after_outlet_noun(text: str, start: int, end: int) -> NameSpan | None:
    """ "យោងតាមសារព័ត៌មាន ភ្នំពេញប៉ុស្តិ៍ …", "ตามรายงานของหนังสือพิมพ์ ไทยรัฐ …": a cue of those scripts with the outlet
    noun written onto it ("according to the news outlet") names the outlet in the one spaced phrase after it, in the
    script's own letters; a cue with no such noun ("យោងតាម", according to) may name a ministry there, left as it was."""
    nouns = _unspaced_descriptors()
    noun = next((n for n in nouns if text.startswith(n, end)), "")
    if not noun and not text[start:end].endswith(nouns):
        return None
    match = _UNSPACED_PHRASE.match(text, end + len(noun))
    if match is None or not is_letters(match.group(1)) or match.group(1) in nouns:
        return None
    return NameSpan(match.start(1), match.end(1), "described")


@lru_cache(maxsize=1)
def _unspaced_descriptors() -> tuple[str, ...]:
    return tuple(d for d in name_words().descriptors if _UNSPACED_PHRASE.match(f" {d}"))
