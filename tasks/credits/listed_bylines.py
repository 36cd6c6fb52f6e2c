"""Bylines that list people, with no credit cue or with a cue that is also a common word, above the first paragraph.

- "Na Halima Mwakalinga na Juma Kiprono" (Swahili), "de Andreea Popescu" (Romanian): a cue that is also "and" or
  "of" opens a byline only when people's names follow it (``author_person`` in credit_cues.csv);
- "Kovács Péter és Szabó Anna 2024. május 7.", "Kadri Tamm ja Rasmus Lepik": names joined by some language's "and".

Each name is read by :func:`tasks.credits.bare_bylines.bare_byline`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container

from schemas import AttributionKind
from tasks.credits.bare_bylines import bare_byline
from tasks.credits.bylines import surname_after_and
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.name_lines import has_label_word, looks_like_name_line
from tasks.credits.names import names_joined_by_and
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.attached_and import attached_and_names
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocabulary import name_word_role, person_cues
from tasks.lexicon.word_classes import is_caseless, is_letters


def person_cue_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Na Halima Mwakalinga na Juma Kiprono", "de Andreea Popescu": a cue that is also a common word opens a
    byline only when people's names follow it, joined by its language's "and" (which may be the cue itself)."""
    opening = _opening_person_cue(text)
    if opening is None:
        return []
    at, (language, listed_only) = opening
    # a row may name several languages ("oc ca": the Catalan "Per A i B" joins with the Catalan "i")
    and_words = load_author_words().and_words
    ands = "|".join(map(re.escape, sorted({w for lang in language.split() for w in and_words.get(lang, ())} or {"&"})))
    parts = list(re.finditer(rf"(?:^\s*|\s+(?:{ands})\s+)(\S.*?)(?=\s+(?:{ands})\s+|$)", text[at:]))
    found: list[Found] = []
    if listed_only and len(parts) < 2 and not _has_patronymic(text[at:]):
        return []  # the Irish "Le" before one name is as often the French article ("Le Grand Continent")
    for part in parts:
        joiner = part.group(0)[: part.start(1) - part.start()].strip()
        if found and surname_after_and(joiner, part.group(1)):
            # "Per Jordi Puig i Ferrer": a one-letter "and" before one surname alone joins the Catalan (and Spanish)
            # double surname, no second person, as a bare byline reads it
            name = text[found[-1].char_start : at + part.end(1)]
            found[-1] = dataclasses.replace(found[-1], name=name, name_normalized=normalize_name(name),
                                            char_end=at + part.end(1))  # fmt: skip
            continue
        # "Na Amina Juma na Peter Mwangi", "Ni Maria Santos at Jose Reyes": a first name alone may read as a
        # stopword (Peter, Maria), as a title-case heading's first word; two names joined by the cue's language's
        # "and" are a list of people, no heading
        people = bare_byline(" " * (at + part.start(1)) + part.group(1), line, gazetteer, len(parts) >= 2, True)
        if len(people) != 1 or people[0].char_start != at + part.start(1):
            break  # "Na Slovensku": no person after the cue; "Per Andersson och …": a name the cue's word opens
        found += people
    else:
        return [dataclasses.replace(f, evidence=text.strip()) for f in found]
    # "de Andreea Pop și Mihai Ionescu": a first name alone may read as its language's stopword (Mihai), as a
    # heading's first word; the names read together, one per part, are a list joined by "and", no heading
    listed = bare_byline(" " * at + text[at:], line, gazetteer) if len(parts) >= 2 else []
    return [dataclasses.replace(f, evidence=text.strip()) for f in listed] if len(listed) == len(parts) else []


def _opening_person_cue(text: str) -> tuple[int, tuple[str, bool]] | None:
    """Where the person cue opening the line ends, and its language and whether it wants a list: the longest cue of
    up to `MAX_PERSON_CUE_WORDS` words ("Ulat nina" before "Ni"), with its colon too ("Parengė: Ieva Petraitė", the
    colon no part of the names)."""
    words = list(_WORD.finditer(text))[:MAX_PERSON_CUE_WORDS]
    cues = person_cues()
    for size in range(len(words), 0, -1):
        cue = " ".join(w.group() for w in words[:size]).casefold().rstrip(":：")
        if cue in cues:
            return words[size - 1].end(), cues[cue]
    return None


# The longest person cue ("may ulat nina": Tagalog "with a report of" before several people).
MAX_PERSON_CUE_WORDS = 3
_WORD = re.compile(r"\S+")


def _has_patronymic(name: str) -> bool:
    """ "Mòrag NicLeòid", "Seán Ó Conghaile": a Gaelic surname's patronymic (``patronymic`` in ``name_words.csv``),
    apart or written onto the surname before its capital, which no French title after the article "Le" holds."""
    prefixes = name_word_role("patronymic")
    return any(
        w.casefold() in prefixes or any(w.casefold().startswith(p) and w[len(p) :][:1].isupper() for p in prefixes)
        for w in name.split()[1:]
    )


def listed_names(
    text: str,
    line: int,
    gazetteer: Gazetteer,
    language: str | None = None,
    common: Container[str] = frozenset(),
    joined_only: bool = False,
) -> list[Found]:
    """ "Kovács Péter és Szabó Anna 2024. május 7. 23:35": the byline block's authors joined by "and", no cue, maybe
    with the date after them; one name alone there is left to the byline block's own checks."""
    dated = date_tail_start(text)
    head = text[:dated].rstrip(" ,|·-–—") if dated else text
    words = load_byline_words()
    # "דנה כהן ויוסי לוי": Hebrew and Arabic write "and" onto the next name (not Pashto: its "او" stands apart)
    attached = attached_and_names(head, language)
    # "Ilze Bērziņa un Jānis Kalniņš": an "and" that is another language's common word ("un") joins on its own page
    credit = parse_credit_line(head)  # "Nina Maria Santos at Jose Reyes": the cue is no part of the first name
    cued = head[credit.rest_start :] if credit is not None and credit.kind is AttributionKind.AUTHOR else head
    joined = [n for n in names_joined_by_and(cued, language) if looks_like_name_line(n, gazetteer, common)]
    listed = attached or (joined if len(joined) == 2 else [])
    if listed:
        return [Found(AttributionKind.AUTHOR, n, normalize_name(n), None, line, text.index(n), text.index(n) + len(n),
                      False, text.strip()) for n in listed]  # fmt: skip
    if joined_only or not any(w in words.joiners | words.lower_joiners for w in head.split()):
        return []  # `joined_only`: two names and the language's "and", nothing looser (a line the text may hold)
    found = bare_byline(head, line, gazetteer)
    return found if len(found) >= 2 else []


def and_joined_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Kadri Tamm ja Rasmus Lepik", "रमेश अधिकारी र सीता थापा": a byline of two people joined by some language's
    "and" with nothing else on the line, each two to four capitalised words (particles inside) or, in a script
    without capitals, two or three words of letters no label holds. Without the page's language any language's
    "and" counts, even one that is another's common word ("ja" is German "yes"), but not an English one ("in", "at"):
    English headings are written in title case."""
    tokens = text.split()
    ands = load_author_words().and_words
    english = stoplist("en")
    joins = [i for i, t in enumerate(tokens) if t not in english and any(t in words for words in ands.values())]
    if len(joins) != 1:
        return []
    left, right = tokens[: joins[0]], tokens[joins[0] + 1 :]
    if all(_caseless_person(side) for side in (left, right)):
        names = [" ".join(left), " ".join(right)]
    else:
        language = next(lang for lang, words in ands.items() if tokens[joins[0]] in words)
        names = names_joined_by_and(text, language)
        if len(names) != 2 or not all(looks_like_name_line(n, gazetteer) for n in names):
            return []
    first = text.index(names[0])
    starts = [first, text.index(names[1], first + len(names[0]))]
    return [Found(AttributionKind.AUTHOR, n, normalize_name(n), None, line, s, s + len(n), False, text.strip())
            for n, s in zip(names, starts, strict=True)]  # fmt: skip


def _caseless_person(words: list[str]) -> bool:
    """Two or three words of a script without capitals, letters only, none a label's ("নিজস্ব প্রতিবেদক")."""
    return (
        MIN_CASELESS_NAME_WORDS <= len(words) <= MAX_CASELESS_NAME_WORDS
        and all(is_caseless(w) and is_letters(w) for w in words)
        and not any(has_label_word(w) for w in words)
    )


MIN_CASELESS_NAME_WORDS, MAX_CASELESS_NAME_WORDS = 2, 3
