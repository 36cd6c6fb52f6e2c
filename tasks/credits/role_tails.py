"""The tail after a name on a byline's line: a job title, the place filed from or the outlet ("Сяргей Сацук,
журналіст", "ELENA G. SEVILLANO | Madrid", "Ana Ruiz | Santa Cruz de Tenerife", "Jane Doe | Fox News"), and the
label words that are no person's. Split from :mod:`tasks.credits.name_lines` (session 25).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import is_job_word, load_byline_words
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.vocabulary import by_length, job_titles, name_word_role, name_words, section_words
from tasks.lexicon.word_classes import is_caseless, is_letters

MIN_NAME_LINE_WORDS = 2
# A place's preposition before it is a short lower-case word ("em Brasília", "w Brukseli", "à Bruxelles").
MAX_PLACE_PREPOSITION = 3
MAX_ROLE_TAIL_WORDS = 3
MAX_JOB_TAIL_WORDS = 5
_DASHES = ("-", "–", "—")


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    words = name_words()
    return section_words() | load_byline_words().jobs | words.outlet_words | words.descriptors | words.generic


def is_label_word(word: str) -> bool:
    folded = word.casefold()
    return folded in _label_words() or name_words().is_official(folded)


def role_tail(tail: str, separator: str, head: str) -> bool:
    """A job title ("журналіст", "staff writer", "Washingtonkorrespondent"), or the place filed from or the agency
    ("Madrid", "em Brasília", "İSTANBUL", "TT"): see :func:`_place_tail`."""
    words = tail.split()
    if _own_correspondent_dateline(tail, separator, head):
        return False
    if _contributor_tail(tail) or _job_then_place(words) or _town_and_region(tail, separator, head):
        return True
    # a place's words may join with hyphens ("à Port-au-Prince"); Indic vowel signs are letters ("హైదరాబాద్"); a
    # longer title closes with its job word ("Local Journalism Initiative Reporter", "Senior Foreign Affairs Editor")
    longest = (
        MAX_JOB_TAIL_WORDS
        if words and (is_job_word(words[-1]) or _place_with_particle(words))
        else (MAX_ROLE_TAIL_WORDS)
    )
    if not 1 <= len(words) <= longest or any(not is_letters(re.sub(r"[.'’-]", "", w)) for w in words):
        return False
    if any(is_job_word(w) for w in words) or all(w.islower() for w in words):
        return True
    tail_of = separator.strip()
    return (_place_tail(words, tail_of, len(head.split())) or _outlet_tail(words, tail_of)) and not _opens_a_place(head)


def _town_and_region(tail: str, separator: str, head: str) -> bool:
    """ "Juan Carlos Raxón | Nebaj, Quiché", "Priya Nair – Kochi, Kerala": after a bar or a spaced dash, the town filed
    from and its province, state or country parted by a comma, as regional papers write the place under the writer's
    name; the town is read as a tail alone, the region as a place of one to three words (no label's)."""
    town, comma, region = tail.partition(",")
    if separator.strip() not in ("|", *_DASHES) or not comma or "," in region or not town.strip():
        return False
    return role_tail(town, separator, head) and _is_region(region.split()) and not _opens_a_place(head)


def _is_region(words: list[str]) -> bool:
    """One to three words naming a province, state or country: title case with a name particle inside maybe ("Alta
    Verapaz", "El Salvador", "Santa Cruz de Tenerife" is the particle place's), or in a script without case ("उत्तर
    प्रदेश"); no section's, job's or outlet's word ("Política, Economía" is a breadcrumb)."""
    particles = load_byline_words().particles | name_words().articles
    if not 1 <= len(words) <= MAX_ROLE_TAIL_WORDS or any(is_label_word(w) for w in words):
        return False
    if not all(is_letters(re.sub(r"[.'’-]", "", w)) for w in words):
        return False
    caseless = all(is_caseless(w) for w in words)
    return caseless or (_capitalised(words[0]) and all(_capitalised(w) or w in particles for w in words))


def _own_correspondent_dateline(tail: str, separator: str, head: str) -> bool:
    """ "غار الدماء – مراسلنا", "Le Kef – Notre correspondant": the paper's own unnamed correspondent after a dash
    (``own_correspondent`` rows), so the words before it are the place filed from: in a script without case, or a
    place's shape or a listed city in one with capitals ("Yann Briand – notre correspondant" stays a name)."""
    if separator.strip() not in _DASHES or tail.strip(" .:").casefold() not in name_word_role("own_correspondent"):
        return False
    return is_caseless(head) or _opens_a_place(head) or is_filing_place(head)


# A place after the job title is one or two capitalised words ("à Kamina", "in Te Kuiti").
MAX_TITLE_PLACE_WORDS = 2


def _job_then_place(words: list[str]) -> bool:
    """ "envoyé spécial à Kamina", "special correspondent in Kyiv", "Korrespondent in Kiew": a job title of up to
    three words, then a short lower-case preposition and the place the writer files from; the title is the
    role tail, the place its complement (a job title alone was read, the place after it made the tail too long). The
    short word is no "and" or "with": "Local Democracy Reporter and Tom Hale" joins a second writer."""
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i].islower()), 0)
    title, place = words[:at], words[at + 1 :]
    return (
        1 <= len(title) <= MAX_ROLE_TAIL_WORDS
        and 1 <= len(place) <= MAX_TITLE_PLACE_WORDS
        and len(words[at]) <= MAX_PLACE_PREPOSITION
        and not _joins_names(words[at])
        and any(is_job_word(w) for w in title)
        and all(_capitalised(w) and is_letters(re.sub(r"[.'’-]", "", w)) for w in place)
    )


def _joins_names(word: str) -> bool:
    """A language's "and" or "with" between two writers ("and", "und", "avec"), unless it is also the preposition
    before a place or an outlet (the Slovenian "in" is English's "in"; the one-letter "a", "i", "e" are prepositions
    too: "corrispondente a Roma")."""
    joins = load_author_words()
    return word in joins.with_words or (len(word) > 1 and word in joins.every_and and word not in joins.after_name)


# The outlet's name after the contributor's phrase: its article, then up to this many words, the first capitalised.
MAX_CONTRIBUTOR_OUTLET_WORDS = 5


def _contributor_tail(tail: str) -> bool:
    """ "Special to the Harbour Gazette", "Special to The Globe and Mail": the writer's credit for the outlet that ran
    the piece (``contributor_tail`` rows), then the outlet's capitalised name, however long its words."""
    folded = tail.strip().casefold()
    phrase = next((p for p in _contributor_phrases() if folded.startswith(p + " ")), None)
    if phrase is None:
        return False
    outlet = tail.strip()[len(phrase) :].split()
    if outlet and outlet[0].casefold() in name_words().articles_strip | name_words().articles:
        outlet = outlet[1:]
    return 1 <= len(outlet) <= MAX_CONTRIBUTOR_OUTLET_WORDS and outlet[0][:1].isupper()


@lru_cache(maxsize=1)
def _contributor_phrases() -> tuple[str, ...]:
    return by_length(set(name_word_role("contributor_tail")))


def _outlet_tail(words: list[str], separator: str) -> bool:
    """The outlet the writer works for after a comma or a bar: "Rūta Jankauskienė, Žinių Portalas", "Jane Doe | Fox
    News": capitalised, with an outlet's word or noun in it."""
    nouns = name_words().outlet_words | name_words().descriptors
    return separator in (",", "|") and words[0][:1].isupper() and any(w.casefold() in nouns for w in words)


def _opens_a_place(head: str) -> bool:
    """A place's name before its region is no person's ("Los Angeles, California", "San Sebastián, Gipuzkoa")."""
    first = head.split()[0].casefold() if head.split() else ""
    words = name_words()
    return first in words.articles or first in words.place_openings


# The comma of each script a byline parts its name from the place with: Latin, Arabic, Burmese, Ethiopic.
SCRIPT_COMMAS = frozenset(",،၊፣")


def _place_tail(words: list[str], separator: str, name_words_count: int = 0) -> bool:
    """One capitalised word after the name, maybe after a short lower-case preposition: the place the reporter files
    from ("Marta Zielińska, Bruksela", "Ana Rita Costa, em Brasília", "Ayşe Yılmaz / İSTANBUL") or the agency
    ("Anna Lindqvist/TT", "Mari Saar, BNS"); after a slash only in capitals. A section label is no place ("Anna
    Schmidt, Sport"); after a dash the word may be a heading's second half, so dashes do not count."""
    *lead, place = words
    # "अमित कुमार पांडेय, लखनऊ", "عائشہ نور ملک، اسلام آباد": a script without capitals, a place of one or two words;
    # after a bar or a spaced dash ("അനു മാത്യു | തിരുവനന്തപുരം", "احمد شاه ستانکزی - کابل") a name of two words or more
    # and a place of one ("राजनीति | दिल्ली" is a breadcrumb, "नई दिल्ली | राजेश कुमार" a byline opening with its place)
    # and a place of one, or of two opened by a place's word ("يوسف أيت علي - فم زكيد": Foum Zguid)
    barred = separator in ("|", "-", "–", "—") and name_words_count >= MIN_NAME_LINE_WORDS
    barred = barred and (not lead or _opened_place(words))
    if (separator in SCRIPT_COMMAS or barred) and len(lead) <= 1 and all(is_caseless(w) for w in words):
        return not any(is_label_word(w) for w in words) and not _hebrew_second_name(words, separator, name_words_count)
    if separator == "," and len(lead) == 2 and lead[0][:1].isupper() and lead[1] in load_byline_words().particles:
        lead = []  # "Marta Riba, Andorra la Vella", "Luis Gil, Alcalá de Henares": a place of two words and a particle
    # "Ana Ruiz Díaz | Santa Cruz de Tenerife", "Wilmer Chávez Rocha / San Ignacio de Velasco": a place of title-case
    # words with a particle inside; "Roxana Chicas | San Miguel", "Priya Sharma, New Delhi": a place's opening word,
    # then its name; "Ana Kovač / Novi Sad": a listed place of two words. Each is a place's shape, after any of them
    shaped = name_words_count >= MIN_NAME_LINE_WORDS and (_place_with_particle(words) or _opened_place(words))
    listed = separator in ("/", ",", "|") and (shaped or is_filing_place(" ".join(words)))
    listed = listed or (separator in _DASHES and shaped)  # "Samir Alaoui - Beni Mellal"
    if listed:
        lead = []
    # "Miren Agirre — Donostia": after a spaced dash, one title-case word and a name of two words or more before it
    dashed = separator in _DASHES and name_words_count >= MIN_NAME_LINE_WORDS and not lead
    # a capital the site also names a section after ("Москва", "Київ", "Zagreb", "Beograd") is still the place filed
    # from when the place list knows it, as before a colon (`_name_after_place`); "Ann Lee, Sport" names a section
    sectioned = is_label_word(place) and not is_filing_place(place)
    if not (separator in ("|", ",", "/") or dashed) or len(lead) > 1 or sectioned or not _capitalised(place):
        return False
    if separator == "/" and not (place.isupper() or listed):
        return False  # "Sporting Life / Eurosport": outlets' wire lines slash title-case names; places come in capitals
        # or are listed ("Mehmet Yılmaz / İzmir", ``filing_places.csv``)
    return not lead or (lead[0].islower() and len(lead[0]) <= MAX_PLACE_PREPOSITION)


_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea'׳\"״-]*")


def _hebrew_second_name(words: list[str], separator: str, name_words_count: int) -> bool:
    """ "דנה כהן, יוסי לוי": the Hebrew papers list their writers parted by commas, each by a full name of two words;
    after a name of two words or more, two Hebrew words a place list does not know (``filing_places.csv``: "באר שבע")
    are the second writer's, not the place filed from (in other scripts without capitals nothing so tells them)."""
    return (
        separator == ","
        and name_words_count >= MIN_NAME_LINE_WORDS
        and len(words) == MIN_NAME_LINE_WORDS
        and all(_HEBREW_WORD.fullmatch(w) for w in words)
        and not is_filing_place(" ".join(words))
        and not any(is_job_word(w) for w in words)
    )


def _capitalised(place: str) -> bool:
    """ "Mendoza", or a capitalised name after a lower-case locative prefix ("eThekwini", the Nguni languages')."""
    prefix = len(place) - len(place.lstrip("abcdefghijklmnopqrstuvwxyz"))
    return place[prefix : prefix + 1].isupper() and (not prefix or place[:prefix] in name_word_role("place_prefix"))


def _opened_place(words: list[str]) -> bool:
    """Two or three title-case words, the first a word a place's name opens with ("San Miguel", "New Delhi", "Puerto
    Montt", "Spišská Nová Ves", ``place_opening`` in ``name_words.csv``): the place filed from, as no second writer's
    name is written."""
    return (
        MIN_NAME_LINE_WORDS <= len(words) <= MIN_NAME_LINE_WORDS + 1
        and words[0].casefold() in name_words().place_openings
        and (all(w.istitle() for w in words) or all(is_caseless(w) for w in words))  # "فم زكيد": Foum Zguid
    )


def _place_with_particle(words: list[str]) -> bool:
    """Three or four words, title case at both ends and a lower-case name particle inside ("Santa Cruz de Tenerife",
    "Castelló de la Plana"): a place's name, as no section label or person's is written."""
    if not MIN_PARTICLE_PLACE_WORDS <= len(words) <= MAX_JOB_TAIL_WORDS - 1:
        return False
    particles = load_byline_words().particles
    inner = words[1:-1]
    if not any(w in particles for w in inner) or not (words[0].istitle() and words[-1].istitle()):
        return False
    return all(w in particles or w.istitle() for w in inner) and not any(is_label_word(w) for w in words)


MIN_PARTICLE_PLACE_WORDS = 3


def spaced_title_start(words: list[str]) -> int | None:
    """Where a job title written right after the name with no comma starts ("Priya Raghunathan Staff Reporter", "Ann
    Lee Senior Political Correspondent": Indian, Nigerian and American papers' byline under the headline): a run of
    two or three capitalised job words and beats closed by a title noun, after a name of two or three words; None if
    none closes the line. One title word alone closes other lines too ("… Editor"): taken, it cost a check half of the
    real pages precision."""
    if not words or words[-1].casefold() not in job_titles().titles or not words[-1][:1].isupper():
        return None
    beats = job_titles().beats
    cut = len(words) - 1
    while (
        cut > MIN_NAME_LINE_WORDS
        and words[cut - 1][:1].isupper()
        and (is_job_word(words[cut - 1]) or words[cut - 1].casefold() in beats)
    ):
        cut -= 1
    if not MIN_SPACED_TITLE_WORDS <= len(words) - cut <= MAX_ROLE_TAIL_WORDS:
        return None
    if not MIN_NAME_LINE_WORDS <= cut <= MAX_SPACED_NAME_WORDS:
        return None
    return cut if not any(is_job_word(w) or w.casefold() in beats for w in words[:cut]) else None


# The name before a job title with no comma between: two or three words ("Priya Raghunathan", "Ann Mary Lee").
MAX_SPACED_NAME_WORDS = 3
MIN_SPACED_TITLE_WORDS = 2
