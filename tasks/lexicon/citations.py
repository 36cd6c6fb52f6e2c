"""Sources a paragraph cites after reporting phrases, or that the clause's shape shows to be outlets.

- "…, передает Радио Свобода." / "Sözcü gazetesinin haberine göre …": a reporting phrase
  (``tasks/lexicon/data/reporting.csv``) and the name the span grammar takes next to it;
- "Wie die „Ostsee-Post“ schreibt", "…, the Riverside Tribune has learned.": outlets by the clause's shape.

A name that is a known agency becomes an ``agency`` citation with its canonical id; any other
name a ``source`` with the name as written. Wire datelines, sign-offs and wire lines are
:mod:`tasks.lexicon.wire_citations`; where the name next to a reporting phrase is, :mod:`tasks.lexicon.reported_names`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.agencies import Gazetteer, agency_of_declined
from tasks.lexicon.appositive_agencies import (
    after_agency_word,
    appositive_acronym,
    ends_with_agency_word,
    opened_by_agency_word,
)
from tasks.lexicon.attached_prefixes import without_attached_prefixes
from tasks.lexicon.automaton import PARAGRAPH_SCANS, PhraseAutomaton, count_unspaced
from tasks.lexicon.date_text import FULL_YEAR
from tasks.lexicon.han_outlets import han_reported_spans
from tasks.lexicon.outlet_clauses import (
    arabic_described_spans,
    as_clause_spans,
    known_list_before,
    outlet_first_spans,
)
from tasks.lexicon.outlet_marks import (
    US_CALL_SIGN,
    marked_as_outlet,
    named_as_outlet,
    of_an_institution,
    qualifies_an_official,
)
from tasks.lexicon.outlet_mentions import described_spans, is_capitalised_descriptor, quoted_clause_spans
from tasks.lexicon.outlets import (
    addressed_outlet_spans,
    is_known_outlet,
    known_outlet_at,
    own_article_start,
)
from tasks.lexicon.people import PageSurnames, is_person_or_company
from tasks.lexicon.phrase_gaps import (
    before_capitalised_article,
    direction_within,
    past_edition_day,
    reflexive_after,
    with_adverb_gaps,
    with_perfect_gaps,
    within_title,
)
from tasks.lexicon.reported_names import span_of
from tasks.lexicon.signoff_lists import listed_outlets
from tasks.lexicon.spans import NameSpan, looks_like_person, name_after
from tasks.lexicon.vocabulary import name_word_role, name_words, reporting_phrases

# A sentence citing a source has a few words at least.
MIN_CITING_WORDS = 4


@dataclass(frozen=True)
class Citation:
    """A source named inside a paragraph: where, and how it was recognised."""

    kind: AttributionKind
    name: str
    canonical_id: str | None
    start: int
    end: int
    how: str  # reporting, descriptor, descriptor_after, quoted_clause, dateline, signoff, wire_line


@lru_cache(maxsize=1)
def _phrases() -> PhraseAutomaton[str]:
    phrases = reporting_phrases()
    return PhraseAutomaton(
        [*((p, "before") for p in (*phrases.before, *with_adverb_gaps(phrases.before))),
         *((p, "after") for p in (*phrases.after, *with_perfect_gaps(phrases.after))),
         *((p, "after_final") for p in phrases.after_final), *((p, "before_quoted") for p in phrases.before_quoted),
         *((p, "after_quoted") for p in phrases.after_quoted), *((p, "before_outlet") for p in phrases.before_outlet),
         *((p, "after_known") for p in phrases.after_known), *((p, "before_known") for p in phrases.before_known)],
        apostrophes=True,  # "xabariga ko‘ra" is the row's "xabariga ko'ra"
        group=PARAGRAPH_SCANS,
    )  # fmt: skip


def _is_title_word(text: str, start: int) -> bool:
    """A capitalised cue after a word, not opening a sentence, a quote, a bracket or a footnote's asterisk ("(Con
    información de EFE y La Prensa)", "*Com informações do g1", the closing line of a Latin American story, opens with
    its cue)."""
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;\"'«»„“”([*"


_NAME_EDGES = " \t[]()"


def _dated_clause(text: str, start: int, end: int) -> bool:
    """The clause of an outlet spoken to names a year or counts years: the interview is an earlier one the story
    recalls ("Der Minister hatte bereits 2021 in einem Interview mit der „Zeit“ angekündigt", "u intervjuu za NIN
    pre dve godine"), not where this story's words come from (the gold's convention: "In an interview he gave to
    the Financial Times in 2019" is no source)."""
    clause_start = max(text.rfind(mark, 0, start) for mark in ",;.:!?") + 1
    clause_end = min([i for i in (text.find(mark, end) for mark in ",;.!?") if i >= 0], default=len(text))
    # after the outlet only a year right by it dates the interview ("to the Financial Times in 2019"); one further on
    # is in what was said ("told RNZ the council was not taking chances after the 2020 floods")
    near_end = end + sum(len(w) + 1 for w in text[end:clause_end].split(" ")[: YEAR_WORD_WINDOW + 1])
    if FULL_YEAR.search(text, clause_start, min(clause_end, near_end)) is not None:
        return True
    # years counted right around the interview ("pre dve godine"), not in the quote it introduces ("…: 'for twenty
    # years …'")
    near = (
        text[clause_start:start].split()[-YEAR_WORD_WINDOW:]
        + text[end:clause_end].split(":")[0].split()[:YEAR_WORD_WINDOW]
    )
    return any(word.casefold().strip("\"'«»„“”()") in name_word_role("year_word") for word in near)


YEAR_WORD_WINDOW = 4
_YEAR_NEXT = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?(?:1[89]|20)\d\d\b(?![.,]?\d)")  # "publicó en 2019", "reported 2019"


# "The ABC", "The BBC" opening a sentence: the article capitalised before a name in initials, which the labels and
# the mid-sentence form ("the ABC reported") write without it; "The Times" keeps its own.
_ARTICLE_ACRONYM = re.compile(r"The [A-Z]{2,6}")


def _citation(text: str, span: NameSpan, how: str, gazetteer: Gazetteer) -> Citation:
    raw = text[span.start : span.end]
    name = raw.strip(_NAME_EDGES)  # "« Le Monde »": French quotes keep a space inside; "[Via Collider ]"
    start = span.start + len(raw) - len(raw.lstrip(_NAME_EDGES))
    first, _, rest = name.partition(" ")
    # "das Stadtportal Hafenstadt Online", "Telegram-канал Shot": the noun is no name part (a hyphenated one never is)
    hyphenated = "-" in first and first.casefold() in name_words().descriptors
    if rest and span.how != "quoted" and (is_capitalised_descriptor(first.casefold()) or hyphenated):
        name, start = rest, start + len(first) + 1
    start = own_article_start(text, start, start + len(name))
    name = text[start : span.end].strip(_NAME_EDGES) if start < span.start else name
    person, of, outlet = name.partition(" of ")
    if of and outlet and looks_like_person(person.split(), name_words()):  # "As Susan Page of USA Today reports"
        name, start = outlet, start + len(person) + len(of)
    if _ARTICLE_ACRONYM.fullmatch(name):  # "The ABC reported …": a sentence's "the" before initials is no part of them
        name, start = name[4:], start + 4
    canonical = gazetteer.agency_of_name(name, cued=True) or agency_of_declined(gazetteer, name)
    if canonical is None and (acronym := appositive_acronym(name, gazetteer)):  # "na Najeriya NAN ya ruwaito"
        start, name = start + len(name) - len(acronym), acronym
        canonical = gazetteer.agency_of_name(name, cued=True)
    opened, opened_canonical = opened_by_agency_word(name, gazetteer)  # "la Agencia IP", "la Agencia Andes"
    canonical = canonical or opened_canonical
    named_agency = opened or after_agency_word(text, start, name) or ends_with_agency_word(name)
    kind = AttributionKind.AGENCY if canonical or named_agency else AttributionKind.SOURCE
    return Citation(kind, name, canonical, start, start + len(name), how)


def _said_that(text: str) -> bool:
    """ "Det rapporterar Ekot.", "Det skriver Aftonbladet.": a verb-second language's sentence of three words, "that"
    and the verb before its subject, closing with a full stop: a sentence that cites, short as it is (the words for
    "that" are ``v2_demonstrative`` in ``name_words.csv``)."""
    words = text.split()
    return (
        len(words) == MIN_CITING_WORDS - 1
        and text.rstrip().endswith(".")
        and (words[0].casefold() in name_word_role("v2_demonstrative"))
    )


def reporting_citations(
    text: str, gazetteer: Gazetteer, surnames: Callable[[], frozenset[str]] = frozenset
) -> list[Citation]:
    """Names a reporting phrase introduces ("сообщает «Газета»") or follows ("Ylen mukaan").

    People and companies are cited, not sources: `surnames` gives the surnames of the people the rest
    of the page names (the paragraph's own are added), so that "according to Smith" is no source; see
    :mod:`tasks.lexicon.people`."""
    found: list[Citation] = []
    words = len(text.split(maxsplit=MIN_CITING_WORDS))  # enough to know there are that many
    if words < MIN_CITING_WORDS and words + count_unspaced(text) // 2 < MIN_CITING_WORDS and not _said_that(text):
        return found  # "Conflicting reports": a heading, not a sentence that cites
    own = PageSurnames([text])
    text = without_attached_prefixes(text)  # "ב-ynet"
    for hit in _phrases().find(text):
        if (
            _is_title_word(text, hit.start)
            or reflexive_after(text, hit.end)
            or direction_within(text, hit.start, hit.end)
            or within_title(text, hit.start, hit.end)  # "« Le Monde selon Garp »": a word of a quoted title
        ):
            continue  # "BMJ Case Reports": a capitalised cue mid-sentence is part of a name; "meldete sich": spoke up
        hit_end = before_capitalised_article(text, hit.start, hit.end)  # "segundo O Povo": the paper's own article
        hit_end = _before_capitalised_outlet(text, hit.start, hit_end)  # "according to a New York Times report"
        edition_end = past_edition_day(text, hit_end)  # "in the pages of yesterday's Evening Standard": the day
        if edition_end is None and all(side.startswith("before") for side in hit.value):
            continue  # "according to Monday's poll": the day's own poll, no outlet (a name before the verb may be one)
        hit_end = edition_end or hit_end
        span, needs_marks = span_of(text, hit.start, hit_end, frozenset(hit.value))
        # "За матеріалами Reuters та The Guardian": a list of outlets, each cited; a sign-off's of any
        listed = listed_outlets(text, hit.start, hit.end, hit.value, gazetteer)
        if listed:
            old_interview = "before_outlet" in hit.value and _dated_clause(text, hit.start, listed[-1].end)
            found += [] if old_interview else [_citation(text, s, "reporting", gazetteer) for s in listed]
            continue
        if span is None or any(c.start < span.end and span.start < c.end for c in found):
            continue
        citation = _citation(text, span, "reporting", gazetteer)
        if span.end <= hit.start and _YEAR_NEXT.match(text, hit.end):  # "El Deber publicó en 2019 una serie …"
            continue  # a year right after the verb: the outlet's earlier work recalled, no source of this story
        if "before_outlet" in hit.value and span.start >= hit.end and _dated_clause(text, hit.start, span.end):
            continue  # "hatte bereits 2021 in einem Interview mit der „Zeit“ angekündigt": an old interview
        if hit.value == ["before_outlet"]:
            if not named_as_outlet(text, span, citation.name, citation.canonical_id):
                continue  # "told the Senate", "gegenüber dem Vorjahr": spoken to, or compared with, no outlet
        elif needs_marks and not marked_as_outlet(text, span, citation.canonical_id, (hit.start, hit.end)):
            continue  # "рассказал Петров": a verb that also introduces people needs an outlet's marks
        if not citation.canonical_id and of_an_institution(text, span.start):
            continue  # "Le parquet de Lyon a indiqué": the place an official body belongs to, not a source
        if not citation.canonical_id and qualifies_an_official(text, span.end):
            continue  # "kertoo Etelä-Pohjanmaan poliisi": the place's genitive before the police that told it
        # a gazetteer outlet is no person, whatever its words look like ("Rolling Stone reported", "Ars Technica")
        known = citation.canonical_id or span.how == "domain" or is_known_outlet(citation.name)
        if not known and _institution_acronym(text[hit.start : hit.end], span, citation.name):
            continue  # "according to the CDC", "according to IHS": an office or a firm cited for its figures
        if known or not is_person_or_company(text, *_bounds(span), lambda: surnames() | own()):
            found.append(citation)
            listed = known_list_before(text, span.start) if known and span.end <= hit.start else []
            found += [_citation(text, s, "reporting", gazetteer) for s in listed]  # "CNN, ABC and Fox News reported"
    for span, how in _shaped_spans(text):
        if any(c.start < span.end and span.start < c.end for c in found):
            continue
        if how == "addressed" and _dated_clause(text, span.start, span.end):
            continue  # "u intervjuu za NIN pre dve godine": an old interview recalled
        citation = _citation(text, span, how, gazetteer)
        known = citation.canonical_id or span.how in ("domain", "known_outlet")
        if known or not is_person_or_company(text, *_bounds(span), lambda: surnames() | own()):
            found.append(citation)
    return found


def _before_capitalised_outlet(text: str, start: int, end: int) -> int:
    """Where the phrase text[start:end] ends when its last word, a common word in the row ("according to a new"), is
    written with its capital mid-sentence and opens a known outlet's name ("according to a New York Times report",
    "a New Yorker story"): before that word, so that the shorter phrase of the same row reads the outlet; else `end`."""
    head, _, last = text[start:end].rpartition(" ")
    if not head or not last[:1].isupper():
        return end
    cut = start + len(head)
    return cut if known_outlet_at(text, cut) is not None else end


def _institution_acronym(cue: str, span: NameSpan, name: str) -> bool:
    """An unknown name written in capitals alone after a cue that also cites offices and firms ("according to the
    CDC", "according to NHTSA", "according to IHS"; ``acronym_institution_cue`` in ``name_words.csv``): an agency of
    government, a firm or a poll house cited for its figures, which the labels count as no source. The outlets written
    so (BBC, CNN, NPR, AP) are in the gazetteer and read before this; a quoted name, a domain or a US station's call
    sign ("according to WRAL") is an outlet's by its own marks."""
    if span.how in ("quoted", "domain") or US_CALL_SIGN.fullmatch(name):
        return False
    words = name.removeprefix("The ").removeprefix("the ").split()
    if not words or not all(w.isupper() and w.isalpha() for w in words):
        return False
    if words[-1].casefold().endswith(_broadcaster_initials()):
        return False  # "according to ZNBC", "according to ABC": a broadcasting corporation's or system's initials
    return " ".join(cue.casefold().split()) in _acronym_institution_cues()


@lru_cache(maxsize=1)
def _acronym_institution_cues() -> frozenset[str]:
    return name_word_role("acronym_institution_cue")


@lru_cache(maxsize=1)
def _broadcaster_initials() -> tuple[str, ...]:
    return tuple(name_word_role("broadcaster_initials"))


def source_line_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """ "Theo VnExpress", "Selon Le Monde", "(По материалам «Газеты.uz»)": an article's last line that is only an
    "according to" phrase and a name credits the outlet the story was taken from (the Vietnamese sites' reprint
    credit); too short for a sentence that cites (``MIN_CITING_WORDS``), it is read whole: the name must end it."""
    lead = len(text) - len(text.lstrip(" (["))
    line = text.strip().strip("()[]").rstrip(".")  # "(По материалам «Газеты.uz»)": a bracketed credit too
    for hit in _phrases().find(line):
        if hit.start != 0 or "before" not in hit.value:
            continue
        # a known outlet whose words look like a person's ("Theo Tuổi Trẻ") is read as the phrases in a sentence are
        span = name_after(line, hit.end) or known_outlet_at(line, hit.end)
        if span is not None and not line[span.end :].strip(" »”\"'"):
            citation = _citation(line, span, "source_line", gazetteer)
            return [dataclasses.replace(citation, start=citation.start + lead, end=citation.end + lead)]
    return []


def _shaped_spans(text: str) -> list[tuple[NameSpan, str]]:
    """Outlets found by the clause's shape, whatever the verb (:mod:`outlet_mentions`, :mod:`outlet_clauses`)."""
    return [*described_spans(text), *quoted_clause_spans(text), *as_clause_spans(text), *outlet_first_spans(text),
            *arabic_described_spans(text), *((span, "addressed") for span in addressed_outlet_spans(text)),
            *((span, "han_frame") for span in han_reported_spans(text))]  # fmt: skip


def _bounds(span: NameSpan) -> tuple[int, int]:
    return span.start, span.end
