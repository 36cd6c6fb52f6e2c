"""Split a byline or photo credit into the people, agencies and sites it names.

"Автор: Иван Петров, специальный корреспондент РИА Новости" credits one person (Иван Петров)
and one agency (РИА Новости); the job title is neither. "Text: Jane Doe and John Smith / x.com"
credits two people; the site's domain only counts when no one else is named.

How: agencies (gazetteer) and domains are taken out first, the rest is cut into chunks at
separators and joining words ("and", "и", "und"), and each chunk is reduced to the name-like
words next to its job title. Job titles, joining words and name particles are data
(``tasks/lexicon/data/byline_words.csv``), across languages and scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tasks.credits.byline_agencies import byline_agencies
from tasks.credits.name_checks import is_attached_desk, is_cjk_desk, only_desk_words, without_closing_beats
from tasks.credits.name_spans import NAME_PUNCT as _PUNCT
from tasks.credits.name_spans import is_glued_initial, trim_name_span
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.attached_and import MIN_ATTACHED_LIST_WORDS
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import BylineWords, load_byline_words
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.credit_names import without_inner_places, without_place
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.joined_bodies import joined_body
from tasks.lexicon.picture_jobs import picture_role_after
from tasks.lexicon.vocabulary import name_word_role
from tasks.lexicon.word_classes import is_caseless

# A person's name is a few words; a longer chunk is a caption or a sentence.
MAX_NAME_WORDS = 4
# A single capitalised word is more often a site or a section ("Редакция", "Kazpravda") than a person.
MIN_NAME_WORDS = 2
_SEPARATORS = r"[,،;/|()（）\[\]•·、©]|\s[—–-]\s"  # full-width brackets, the ideographic and Arabic-script commas,
# the copyright sign between a photographer and the outlet ("Вадим Ахметов © URA.RU")
_TOKEN = re.compile(r"\S+")
# A post abbreviated by a letter, a slash, a letter ("A/R": antenne régionale) up to a comma; not the Malay a/l, a/p.
_SLASHED_POST = re.compile(r"(?<![\w/])(?!(?i:a/[lp])\b)[^\W\d_]/[^\W\d_](?![\w/])[^,;|()]*")
_POSSESSIVES = ("'s", "’s")


@dataclass(frozen=True)
class Credited:
    """A name a byline credits, with its span within the line."""

    name: str
    start: int
    end: int
    canonical_id: str | None = None
    is_domain: bool = False


@lru_cache(maxsize=1)
def _chunk_separator() -> re.Pattern[str]:
    words = load_byline_words()
    # "with" joins like "and" ("Par Claire Fontanel avec AFP", "By Jane Doe with Reuters")
    joiners = "|".join(
        re.escape(j) for j in sorted(words.joiners | load_author_words().with_words, key=len, reverse=True)
    )
    lower = "|".join(re.escape(j) for j in sorted(words.lower_joiners, key=len, reverse=True))
    # right after a bracket too: "Par Ann Lee (avec Tom Hale et Eva Roy)", the co-writers in the bracket
    return re.compile(rf"{_SEPARATORS}|(?:\s|(?<=[(（\[]))(?i:{joiners})\s|\s(?:{lower})\s")


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked out by a separator, offsets kept."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "|" * (end - start)
    return "".join(chars)


def _is_name_word(word: str, inner: bool, words: BylineWords) -> bool:
    bare = word.strip(_PUNCT)
    if not bare or not bare[0].isalpha():
        return False
    if bare.casefold() in words.jobs:
        return False
    return bare[0].isupper() or is_caseless(bare) or (inner and bare.casefold() in words.particles)


def _name_run(tokens: list[re.Match[str]], words: BylineWords) -> list[re.Match[str]]:
    """The chunk's tokens when they all form one name, else []."""
    if any(t.group(0).endswith((":", "：")) for t in tokens):
        return []  # "Montaj: Ali Veli": a credit in a role no cue names (editing), no name of this credit's
    named = [t for t in tokens if t.group(0).strip(_PUNCT).casefold() not in words.particles]
    if not 1 <= len(named) <= MAX_NAME_WORDS:  # particles do not count: "José Luis de la Fuente"
        return []
    last = len(tokens) - 1
    if not all(_is_name_word(t.group(0), 0 < i < last, words) for i, t in enumerate(tokens)):
        return []
    if len(tokens) < MIN_NAME_WORDS and not (is_caseless(tokens[0].group(0)) or is_glued_initial(tokens[0].group(0))):
        return []
    return tokens


def person_in_chunk(chunk: str, words: BylineWords) -> tuple[int, int] | None:
    """Span of the person's name in a chunk, its job title cut off ("корреспондент Иван Петров")."""
    tokens = every = list(_TOKEN.finditer(chunk))
    owned = [i for i, t in enumerate(tokens[:-1]) if t.group(0).endswith(_POSSESSIVES)]
    if owned:  # "With a report from CTV Toronto's MairiAnna Bachynsky": the outlet's reporter
        tokens = every = tokens[owned[-1] + 1 :]
    is_job = [t.group(0).strip(_PUNCT).casefold() in words.jobs for t in tokens]
    if any(is_job):
        first = is_job.index(True)
        if first == 0:
            lead = next((i for i, job in enumerate(is_job) if not job), len(tokens))
            tokens = tokens[lead:]
        else:  # the name before its title, less the title's beat ("Local Democracy Reporter")
            tokens = without_closing_beats(tokens[:first])
    run = _name_run(tokens, words)
    while len(run) > 1 and is_cjk_desk(run[0].group(0)):  # "大阪支局 田中美咲記者": the bureau, then its reporter
        run = run[1:]
    if not run or (any(is_job) and run[0].group(0).casefold() in load_author_words().our_words):
        return None  # "By Our Kandy Correspondent": the paper's desk at a place, no person
    if chunk[run[0].start() : run[-1].end()].casefold() in name_word_role("own_correspondent"):
        return None  # "سيدي بوزيد – من مراسلنا": the paper's own correspondent, unnamed
    authors = load_author_words()
    # "โดย ทีมข่าวภูมิภาค": a desk's word written onto what it covers; "ਸਟਾਫ਼ ਰਿਪੋਰਟਰ ਵੱਲੋਂ", "사회부 기자": its words alone
    if is_attached_desk(run[0].group(0), authors) or only_desk_words((t.group(0) for t in run), authors):
        return None
    following = [t.group(0).strip(_PUNCT).casefold() for t in every if t.start() >= run[-1].end()]
    after = following[0] if following else ""
    # "Thomas Okafor Staff Reporter": the desk's word opening the writer's job title ("Staff Writer"), no desk named
    titled = len(following) > 1 and following[1] in words.jobs and following[1] not in load_author_words().newsroom
    if after in load_author_words().newsroom and not titled:
        return None  # "By Washington Post editors", "Reuters staff": a desk of the outlet named, no person
    return trim_name_span(chunk, run[0].start(), run[-1].end())


def _people(masked: str, offset: int, words: BylineWords) -> list[Credited]:
    """The people of a byline's chunks. After a writer's job title, the chunks parted by commas name the writer's
    employer ("By Ann Lee, Staff Writer, Valley Tribune", "Posted by Cedric Dupont, Product Manager, Google Maps"),
    up to an "and" that names another writer."""
    people: list[Credited] = []
    separators = list(_chunk_separator().finditer(masked))
    bounds = [0, *(x for m in separators for x in (m.start(), m.end())), len(masked)]
    employer = listed = False
    for i, (start, end) in enumerate(zip(bounds[::2], bounds[1::2], strict=True)):
        before = separators[i - 1].group(0).strip() if i else ""
        employer = employer and before == ","
        if (
            len(people) > 1
            and people[-1].end == offset + bounds[2 * i - 1]
            and picture_role_after(["", masked[start:end]], 0)
        ):
            people.pop()  # "…, and Tom Hale, Photographer": a second person's picture credit (a sole one wrote it)
            continue
        if employer or (listed and before == "," and masked[start:end].istitle()):
            # "By Ann Lee and Tom Hale, Belize City": after the list's closing "and", title-case words are the place
            # filed from (an outlet's mixed case, "InfoNow PH", is read as before)
            continue
        found = _people_in_chunk(masked, start, end, words)
        joined = i > 0 and bool(people) and people[-1].end == offset + separators[i - 1].start()  # right after it
        if not found and joined and surname_after_and(before, masked[start:end]):
            # "Laia Font i Bosch", "José Ortega y Gasset": a one-letter "and" before one surname joins two surnames
            people[-1] = Credited(masked[people[-1].start - offset : end], people[-1].start, offset + end)
            continue
        employer = bool(people) and not found and _is_job_title(masked[start:end], words)
        listed = bool(people and found) and before.casefold() in words.joiners | words.lower_joiners
        people.extend(Credited(masked[s:e], offset + s, offset + e) for s, e in found)
    return people


def surname_after_and(before: str, chunk: str) -> bool:
    """A lower-case "and" of one letter (Catalan "i", Spanish "y") before one capitalised word alone: a surname."""
    word = chunk.strip()
    return len(before) == 1 and before.islower() and word.isalpha() and word.istitle() and " " not in word


def _is_job_title(chunk: str, words: BylineWords) -> bool:
    """A few words, one of them a job's ("Staff Writer", "Product Manager", "Google Earth Product Manager")."""
    tokens = [t.strip(".,").casefold() for t in chunk.split()]
    return 0 < len(tokens) <= MAX_JOB_TITLE_WORDS and any(t in words.jobs for t in tokens)


MAX_JOB_TITLE_WORDS = 4


def _people_in_chunk(text: str, start: int, end: int, words: BylineWords) -> list[tuple[int, int]]:
    """One person's span, or two joined by an "and" written onto the second name ("محمد عبد الله وسارة حسن"):
    Arabic, Persian and Hebrew attach it. Only tried when the chunk is no one name, because names begin with
    the letter too (وليد, Walid); a chunk of four words or more that parts into two names of two words or more
    each at such a word is two people though ("מאת דנה לוי ויוסי בר"), as a bare byline's list is
    (:func:`tasks.credits.names.attached_and_names`)."""
    span = person_in_chunk(text[start:end], words)
    tokens = list(_TOKEN.finditer(text, start, end))
    if span is not None and not (len(tokens) >= MIN_ATTACHED_LIST_WORDS and is_caseless(tokens[0].group(0))):
        return [(start + span[0], start + span[1])]
    for i, token in enumerate(tokens):
        if i == 0 or token.group(0)[:1] not in _attached_ands() or len(token.group(0)) < 3:
            continue
        if token.group(0) in words.particles:
            continue  # "محمد الأمين ولد أحمد": ولد ("son of") begins with و but joins no second name
        if span is not None and not MIN_NAME_WORDS <= i <= len(tokens) - MIN_NAME_WORDS:
            continue  # one name of four words: only a part into two full names unmakes it
        first = person_in_chunk(text[start : token.start()], words)
        second = person_in_chunk(text[token.start() + 1 : end], words)
        if first is not None and second is not None:
            at = token.start() + 1
            return [(start + first[0], start + first[1]), (at + second[0], at + second[1])]
    if span is not None:
        return [(start + span[0], start + span[1])]
    return _two_joined_by_any_and(text, start, tokens, words)


def _two_joined_by_any_and(
    text: str, start: int, tokens: list[re.Match[str]], words: BylineWords
) -> list[tuple[int, int]]:
    """Two people joined by a language's "and" that is another's common word, so no joiner of every line ("Ieva
    Petraitė ir Jonas Jonaitis", "Anna Bērziņa un Jānis Ozols", "Anna Virtanen ja Mikko Laine": Spanish "ir", French
    "un", German "ja"): between two names of two words or more each, in a chunk that is no one name, it joins them."""
    for i, token in enumerate(tokens):
        if not MIN_NAME_WORDS <= i <= len(tokens) - 1 - MIN_NAME_WORDS or token.group(0) not in _lower_ands():
            continue
        first = person_in_chunk(text[start : token.start()], words)
        second = person_in_chunk(text[token.end() : tokens[-1].end()], words)
        if first is not None and second is not None:
            return [(start + first[0], start + first[1]), (token.end() + second[0], token.end() + second[1])]
    return []


@lru_cache(maxsize=1)
def _lower_ands() -> frozenset[str]:
    """Every language's word for "and" of two letters or more (and_words.tsv), as written between names."""
    return frozenset(w for w in load_author_words().every_and if len(w) > 1 and w.islower())


@lru_cache(maxsize=1)
def _attached_ands() -> frozenset[str]:
    """Words for "and" of one letter in a script without case (and_words.tsv: و, ו): written onto the next word."""
    return frozenset(w for w in load_author_words().every_and if len(w) == 1 and is_caseless(w))


def split_byline(text: str, rest_start: int, gazetteer: Gazetteer) -> list[Credited]:
    """People, agencies and (when no one else is named) sites a credit line names, in order."""
    # "By Priya Sharma in Mumbai"; "Reporting by Kelvin Tan in Singapore and Ravi Nair": each writer's place
    rest = without_place(without_inner_places(text[rest_start:]))
    dated = date_tail_start(rest)
    rest = rest[:dated] if dated else rest  # "di Marco Rossi e Giulia Bianchi 17 febbraio 2025"
    # "Γράφει ο Μανόλης Τζανακάκης*": a footnote's mark pointing to the author's note under the text, no part of a name
    rest = rest.replace("*", " ")
    body = joined_body(rest)
    if body is not None:  # "State House Media and Communications Unit": one body's name, its "and" its own
        return [Credited(rest[body[0] : body[1]], rest_start + body[0], rest_start + body[1])]
    agencies = [
        Credited(rest[start:end], rest_start + start, rest_start + end, canonical)
        for start, end, canonical in byline_agencies(rest, gazetteer)
    ]
    taken = [(a.start - rest_start, a.end - rest_start) for a in agencies]
    domains: list[Credited] = []
    for m in DOMAIN.finditer(rest):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        canonical = gazetteer.agency_of_domain(m.group(0))
        credited = Credited(m.group(0), rest_start + m.start(), rest_start + m.end(), canonical, True)
        (agencies if canonical else domains).append(credited)
    taken += [m.span() for m in _SLASHED_POST.finditer(rest)]  # "…, A/R Alibori": a post and its place, no person
    people = _people(_mask(rest, taken), rest_start, load_byline_words())
    named = people + agencies + ([] if people or agencies else domains)
    return sorted(named, key=lambda c: c.start)
