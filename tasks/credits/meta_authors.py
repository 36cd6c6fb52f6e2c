"""The authors a page's metadata credits: JSON-LD, <meta>, the byline element, in that order (HTML path).

Moved out of tasks/pipeline_html.py, which keeps the decisions that need the page's text beside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from schemas import AttributionKind
from tasks.credits.author_parts import city_tail_start
from tasks.credits.credit_records import Found
from tasks.credits.name_checks import publisher_keys
from tasks.credits.names import clean_author_names
from tasks.credits.one_word_author import one_word_person, one_word_signer, site_owner_byline
from tasks.html.meta import PageMeta, domain_of
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.vocabulary import person_cues, read_rows

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def site_names(meta: PageMeta) -> list[str | None]:
    """The names the site goes by: og:site_name, the JSON-LD publisher, the domain, its logo link's text."""
    return [meta.site_name, meta.publisher, domain_of(meta.canonical_url), *meta.names_of_site]


def page_authors(meta: PageMeta) -> list[str]:
    """One name per person the page's metadata credits; not the publisher, a job title or an e-mail.

    From the most explicit source that names a person (JSON-LD, else <meta>, else the byline element); with none, a
    one-word name that JSON-LD types as a person and the byline element shows.
    A news agency ("The Associated Press") is a source, not an author.
    """
    for source in _author_sources(meta):
        names = [n for n in clean_author_names(source, meta.language, site_names(meta)) if not _is_agency(n)]
        # "By Peter Sayer Paris | …": the byline element shows the bureau city too. Asked of the element only where a
        # name closes with a city. (Since session 45 `_team_shown` reads the element whenever an earlier source names
        # the writers, to see whether the byline shows a team; the walk is cached per page.)
        cut = [n[: city_tail_start(n)] for n in names]
        if cut != names and (byline := meta.byline_element()) and source == (byline,):
            names = cut
        if len(names) == 2 and source == (meta.byline_element(),):
            names = _before_a_place(source[0], names, meta)
        if names:
            return _team_shown(names, meta) if source != (meta.byline_element(),) else names
    keys = publisher_keys(site_names(meta))
    alone = one_word_person(meta.ld_persons, meta.byline_element(), keys)
    alone = alone or one_word_signer(meta.byline_element(), keys, _site_words(meta), meta.byline_links)
    alone = alone or site_owner_byline(meta.byline_element(), meta.language, keys)
    return [n for n in alone if not _is_agency(n)]  # "Reuters", typed Person by the CMS


def _team_shown(declared: list[str], meta: PageMeta) -> list[str]:
    """The byline the page shows when it names the declared writer and more, joined by a comma or an "and" ("Aino
    Heikkilä ja Juho Lampinen" under JSON-LD's one author "Aino Heikkilä"): a CMS's structured data holds the story's
    one author field, the byline its team. The declared names stand when the byline drops one of them or names
    someone alone."""
    byline = meta.byline_element()
    if not byline:
        return declared
    shown = [n for n in clean_author_names((byline,), meta.language, site_names(meta)) if not _is_agency(n)]
    folded = {" ".join(n.split()).casefold() for n in shown}
    every_declared = all(" ".join(n.split()).casefold() in folded for n in declared)
    if len(shown) <= len(declared) or not every_declared:
        return declared
    return shown if _names_joined_only(byline, shown) else declared


def _names_joined_only(byline: str, names: list[str]) -> bool:
    """The byline is the names and what joins them, any language's "and" (commas before it), nothing else: no role
    ("Edited By"), desk, place or date, whose words a name's reader may have taken for a name. Names joined by commas
    alone are left: a comma also sets a writer's place or paper apart ("Ana Holanda, do Portal Litoral")."""
    rest = byline
    for name in sorted(names, key=len, reverse=True):
        if name not in rest:
            return False
        rest = rest.replace(name, " ", 1)
    and_words = load_author_words().every_and
    words = [w.casefold() for w in _JOINERS.sub(" ", rest).split()]
    return bool(words) and all(w in and_words for w in words)


# What joins a byline's names besides an "and": commas, ampersands, semicolons, slashes.
_JOINERS = re.compile(r"[,;&/·|]")


# A first name, a surname, the "and" and the second surname.
MIN_JOINED_NAME_WORDS = 4


def splits_a_person(name: str, start: int, end: int, line: str, persons: list[str]) -> bool:
    """A byline's name at [start, end) of its line that cuts across a person the metadata names whole on that line:
    "Per Marta Vilalta i Soler Girona" (the place's span joined on) read as "Marta Vilalta" and "Soler Girona" where
    the metadata names "Marta Vilalta i Soler" (the Catalan "i" joining two surnames); the metadata's reading stands.
    Not a name holding the person whole ("Anna Lee Berg" beside "Anna Lee"): other rules weigh it.

    Nor the person's tail after a first name that is a byline cue elsewhere: "Per Arne Haugen" on its line read as the
    Catalan and Italian "per" (by) and "Arne Haugen" where the metadata names "Per Arne Haugen" (Per is a common Nordic
    first name); the metadata's reading stands."""
    if line[start:end] != name:
        return False
    joiners = load_byline_words().joiners
    for person in persons:
        if _drops_first_words(name, start, end, line, person):
            return True
        # only a name whose last word follows a lower-case "and" of some language (the second surname), which the
        # byline's reader split at; "Ann Lee y Tom Berg" in the metadata is two people
        words = person.split()
        joined = len(words) >= MIN_JOINED_NAME_WORDS and words[-2] in joiners and words[-2].islower()
        at = line.find(person) if joined else -1
        while at >= 0:
            person_end = at + len(person)
            if start < person_end and at < end and not (start <= at and person_end <= end):
                return True
            at = line.find(person, at + 1)
    return False


def _drops_first_words(name: str, start: int, end: int, line: str, person: str) -> bool:
    """The name at [start, end) of its line ends the person's name, whose capitalised first word, a byline cue that is
    also a common word somewhere (credit_cues.csv, ``author_person``: "Per"), stands right before it on the line. Not
    any capitalised words before the name: on English pages that lost a check half's right byline (session 40)."""
    head = person[: len(person) - len(name)]
    words = head.split()
    if not person.endswith(f" {name}") or len(words) != 1 or not words[0][:1].isupper():
        return False
    if words[0].casefold() not in person_cues():
        return False
    return line[start - len(head) : end] == person if start >= len(head) else False


# A spaced dash, as a byline element sets the writer's place or desk after the name with it.
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _before_a_place(byline: str, names: list[str], meta: PageMeta) -> list[str]:
    """The writer alone of a byline element that is one name, a spaced dash and a place ("يوسف أيت علي - بومالن دادس",
    "Juan Pérez - Archidona"): writers are joined by an "and" or a comma, a dash sets the bureau's town or the desk
    after the name, which a caseless script cannot tell from a second name. Two names stand with a comma or an
    "and" in the element, or when the part before the dash is not the first name alone ("Text - A")."""
    parts = _SPACED_DASH.split(byline)
    and_words = load_author_words().and_words_for(meta.language)
    if len(parts) != 2 or "," in byline or any(w.casefold() in and_words for w in byline.split()):
        return names
    if meta.language in _dash_team_languages():
        return names  # "MINH HÒA - THU HIẾN": a Vietnamese paper's two writers
    first = clean_author_names((parts[0],), meta.language, site_names(meta))
    return names[:1] if first == names[:1] and parts[0].strip() == names[0] else names


def off_the_headline(meta: PageMeta, found: list[Found]) -> list[Found]:
    """The text's author records less those read on the line that is the page's headline by its markup (og:title,
    JSON-LD's headline, the <h1>): over the byline's date line, a caseless headline parts like two names at an "and"
    written onto a word ("بومالن دادس تستعد لموسم الورود وسط آمال …", the و of وسط, "amid"), which no capital tells
    from a byline's. A headline names no writer; a line only <title> gives stays readable (a byline taken for it)."""
    if not meta.title or meta.title_is_tag:
        return found
    headline = " ".join(meta.title.split()).casefold()
    return [f for f in found if f.kind != AttributionKind.AUTHOR or " ".join(f.evidence.split()).casefold() != headline]


@cache
def _dash_team_languages() -> frozenset[str]:
    """The languages whose papers part a story's writers by a spaced dash (dash_team_languages.csv)."""
    return frozenset(row["lang"] for row in read_rows("dash_team_languages.csv"))


def _site_words(meta: PageMeta) -> frozenset[str]:
    """The words of the site's names that its domain holds, case-folded ("vortex" of "Vortex Cannon Entertainment" on
    vortexcannon.org): the site's own account when a byline shows it alone. Not every word of the names, which hold
    the <title>'s headline part too."""
    domain = (domain_of(meta.canonical_url) or "").casefold()
    if not domain:
        return frozenset()
    return frozenset(w for name in site_names(meta) if name for w in name.casefold().split() if w in domain)


def _author_sources(meta: PageMeta) -> Iterator[tuple[str, ...]]:
    """The metadata's author sources in order; the byline element last, read only if it is reached."""
    yield from meta.author_sources
    byline = meta.byline_element()
    if byline:
        yield (byline,)


def _is_agency(name: str) -> bool:
    """A news agency's name, alone or with the dateline's city after it ("Redacción ANDINA Lima, 1 dic.": the byline
    element of an agency's own page gives "ANDINA Lima")."""
    gazetteer = load_gazetteer()
    if gazetteer.agency_of_name(name) or gazetteer.agency_of_name(_LEADING_THE.sub("", name)):
        return True
    # the agency as the table writes it, or in capitals ("ANDINA"); not in title case, which a first name shares
    # ("Kai Brandt": KAI is a Polish agency)
    head = name.rsplit(maxsplit=1)[0] if len(name.split()) > 1 else ""
    return bool(head) and bool(gazetteer.agency_of_name(head, cued=head.isupper()))
