"""Is a short line only a person's name? ("Иван Петров", "María García Torres", "Pieter van der Berg")

Pages put the author's bare name on its own line right above the first paragraph or right below
the title, and segmenters often label it chrome: it is short and has no verb. Section labels and
menu items look the same ("World News", "Politik Ausland", "Son Dakika"), so the test is strict:

- 2 to 4 words, each title-case (Jean-Luc, O'Neil) or a name particle inside (van der);
- no digits and no sentence punctuation (an initial's dot is allowed); an e-mail address after the
  name is dropped first ("Ayşe Yılmaz - ayse@site.com.tr");
- no word a section or menu label (``tasks/lexicon/data/section_words.csv``), a job title, an
  outlet word, a descriptor, a generic word or an official; not a related-links heading;
- no agency named, and (given the page) no word the page also writes in lower case.

A job title or the place filed from may follow the name ("Сяргей Сацук, журналіст", "Kovács Zoltán,
főszerkesztő", "ELENA G. SEVILLANO | Madrid", "김민수 기자"): the name before it is tested, and the tail is the
evidence that lets a name in capitals or in a script without case count.

Stoplists do not help here: jusText's, built from frequent words, hold first names and surnames (Katalin, Young).

Whether the line is repeated on the page (a site's menu) is for the caller to say.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container

from tasks.credits.name_checks import is_attached_desk
from tasks.credits.name_forms import capitals_initialled, caseless_initialled, caseless_surnamed
from tasks.credits.name_spans import is_glued_initial
from tasks.credits.role_tails import MIN_NAME_LINE_WORDS, is_label_word, role_tail, spaced_title_start
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import is_job_word, load_byline_words
from tasks.lexicon.credit_names import without_place
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.date_vocabulary import date_lead_words
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocab import RELATED_HEADINGS
from tasks.lexicon.vocabulary import name_word_role
from tasks.lexicon.word_classes import is_caseless, is_function_word, is_letters

MAX_NAME_LINE_WORDS = 4
# No name line is longer than this many tokens, whatever its particles, role, place, date and contact tails.
MAX_NAME_LINE_TOKENS = 24
# One title-case part of a name: "Jean", "Dvořák", "O'Neil"; parts joined by a hyphen ("Jean-Luc").
_PART = r"[^\W\d_][^\W\d_]*(?:['’][^\W\d_]+)?"
_TITLE_WORD = re.compile(rf"{_PART}(?:-{_PART})*")
_INITIAL = re.compile(r"[^\W\d_]\.")
# A byline's contact address after the name: "Ayşe Yılmaz - ayse@site.com.tr", "Jane Doe, jane@x.com", "(jane@x.com)";
# or the writer's handle, maybe after a spaced comma ("Ann Lee , @annlee": the template joins its links' text).
_CONTACT = re.compile(r"\s*(?:[-–—|,/:·•]\s*|\(\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,})\)?\s*$")
# The separator between a name and its role tail: "Name, job", "NAME | Place", "Name – job", "Name / PLACE".
# "،": the Arabic-script comma (Urdu, Persian); "၊", "፣": the Burmese and Ethiopic ones (session 34)
_ROLE_SEPARATOR = re.compile(r"\s*[,،၊፣|–—/]\s*|\s+-\s+")
# A name of two words or more closed by a full stop (not an initial's: two letters before it), then one word: "Iñaki
# Goñi Etxeberria. Pamplona", the Spanish regional papers' byline and the place it was filed from; or two names joined
# by "and" before it ("Ana Gil y Luis Mba. Toledo": up to eight words, the bare byline's most).
# A name, then a bracket holding its role, maybe after the place: "Awa Diop (Dakar, correspondance)" (Le Monde's way).
_BRACKETED_TAIL = re.compile(r"^(\s*\S[^()]*?\S)\s*\(([^()]{2,40})\)\s*$")
_DOTTED_TAIL = re.compile(r"^(\s*\S+(?:\s+\S+){1,7}(?<=[^\W\d_]{2}))\.\s+([^\W\d_][\w'’-]*)\s*$")


def _is_title_case(word: str) -> bool:
    """ "Jean-Luc", "O'Neil", "McDonald", "Ochieng'" (the Swahili and Luo letter ng'), an initial "K."; not all
    capitals ("MC", "BBC")."""
    word = word[:-1] if word.endswith(("ng'", "ng’")) else word
    if _INITIAL.fullmatch(word):
        return word[0].isupper()
    parts = [p for p in re.split(r"[-'’]", word) if len(p) > 1]
    return _TITLE_WORD.fullmatch(word) is not None and all(p[0].isupper() and not p.isupper() for p in parts)


def _has_name_shape(words: list[str]) -> bool:
    particles = load_byline_words().particles
    last = len(words) - 1
    for i, word in enumerate(words):
        if not (_is_title_case(word) or (0 < i < last and word in particles)):
            return False
    return not all(w.isupper() for w in words)  # "BREAKING NEWS"


# A job title on its own line under a byline is a few words ("reporter", "Business Reporter").
MAX_ROLE_LINE_WORDS = 4


def is_role_line(text: str) -> bool:
    """The line is a job title alone ("reporter", "Dziennikarka Portalu Wisła"), as under a byline's name."""
    words = text.split()
    return 0 < len(words) <= MAX_ROLE_LINE_WORDS and any(is_job_word(w) for w in words)


def has_label_word(name: str) -> bool:
    """A word of the name is a section, job, outlet or desk word ("Agencia Ibernews", "Fox News"): no person's."""
    return any(is_label_word(w) for w in name.split())


def without_label_tail(text: str) -> str:
    """The text without the interface words closing it ("Cory Gunther Discuss", "George Ambler Leave a Comment")."""
    words = text.split()
    while words and (is_label_word(words[-1]) or words[-1].islower()):
        words.pop()
    return " ".join(words)


def without_contact(text: str) -> str:
    """The line without the e-mail address that ends it (the person stays, the address is no name)."""
    return _CONTACT.sub("", text)


def name_before_role(text: str) -> tuple[str, bool]:
    """The name before a job title, place or date tail ("Kovács Zoltán, főszerkesztő" → "Kovács Zoltán"), and
    whether there was one; a name in a script without case followed by its job word ("김민수 기자") is split
    there too."""
    dated = date_tail_start(text)
    if dated:  # "Петя Владимирова, 10.03.2024 18:05": the byline's date vouches for the name like a role
        head = text[:dated].rstrip(" ,|·-–—/")
        if head:
            return name_before_role(head)[0], True
    parts = _ROLE_SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) == 2:
        separator = text.strip()[len(parts[0]) : len(text.strip()) - len(parts[1])]
        if parts[0] and role_tail(parts[1], separator, parts[0]):
            return parts[0], True
    bracketed = _BRACKETED_TAIL.match(text)  # "Awa Diop (Dakar, correspondance)": the place and role in brackets
    if bracketed and any(is_job_word(w.strip(",")) for w in bracketed.group(2).split()):
        return bracketed.group(1), True
    dotted = _DOTTED_TAIL.match(text)  # "Iñaki Goñi Etxeberria. Pamplona": the place after a full stop
    if dotted and not _opens_a_place_name(dotted.group(1)) and role_tail(dotted.group(2), ",", dotted.group(1)):
        return dotted.group(1), True
    words = text.split()
    if 2 <= len(words) <= MAX_NAME_LINE_WORDS and is_caseless(words[0]) and is_job_word(words[-1]):
        return " ".join(words[:-1]), True
    titled = spaced_title_start(words)
    if titled is not None:  # "Priya Raghunathan Staff Reporter": the title after the name with no comma
        return text[: _word_end(text, titled - 1)], True
    after_place = _name_after_place(text)
    if after_place is not None:
        return " " * after_place + text[after_place:], True
    placed = without_place(text)  # "Daniel Okafor in London": the place filed from, after its preposition
    if placed != text and placed.split() and placed.split()[0].casefold() not in load_author_words().with_words:
        return placed, True  # (not "With Additional Inputs from PTI": a contributors' credit, no name)
    return text, False


def _opens_a_place_name(head: str) -> bool:
    """The word before the full stop is an abbreviation a place's name opens with ("St.", "Ste."), which surnames
    open with too ("Dwayne St. Rose", "Ann St. John"): its dot is the abbreviation's, the word after it the name's."""
    return f"{head.split()[-1]}.".casefold() in name_word_role("place_opening")


def _word_end(text: str, index: int) -> int:
    """Where the `index`-th word of the text ends."""
    return [m.end() for m in re.finditer(r"\S+", text)][index]


# "नई दिल्ली | राजेश कुमार", "الرياض - محمد العتيبي": the place filed from, a bar or a spaced dash, then the name.
_PLACE_FIRST = re.compile(r"^(\s*)(\S+(?:\s\S+)?)(\s*\|\s*|\s+[-–—]\s+)(?=\S)")
# "وجدة: محمد الزياني", "Sarajevo / Nedim Hadžić": a city, a colon or slash, the correspondent (``filing_places.csv``).
_PLACE_COLON = re.compile(r"^(\s*)(\S+(?:\s\S+)?)(\s*[:/]\s*)(?=\S)")
MAX_PLACE_FIRST_NAME_WORDS = 3


def _name_after_place(text: str) -> int | None:
    """Where the name starts in a byline that opens with the place it was filed from (Hindi and Arabic papers write
    "नई दिल्ली | राजेश कुमार", "الرياض - محمد العتيبي"): a place of one or two words, no section or desk word (a
    breadcrumb's "أخبار - اقتصاد", "Sport | Fußball"), then a name of two or three words."""
    match = _PLACE_FIRST.match(text)
    # a colon or slash after any other word is a label's ("الكلمات الدالة:", the tags) or a credit's: no list tells
    listed = match is None and (colon := _PLACE_COLON.match(text)) is not None and is_filing_place(colon.group(2))
    if (match := colon if listed else match) is None:
        return None
    place, name = match.group(2).split(), text[match.end() :].split()
    particles = load_byline_words().particles  # "محمد الأمين ولد سيدي": "son of" is no word of the name's count
    named = [w for w in name if w.casefold() not in particles]
    labelled = not listed and any(is_label_word(w) for w in place)  # a listed city may name a section too
    labelled = labelled or " ".join(name).casefold() in name_word_role("own_correspondent")  # "– من مراسلنا"
    if not MIN_NAME_LINE_WORDS <= len(named) <= MAX_PLACE_FIRST_NAME_WORDS or labelled:
        return None
    caseless = all(is_caseless(w) and is_letters(w) for w in place + name)
    # in a script with capitals the place is written in them ("BERLIN | Anna Schmidt"), or is one title-case word
    # before a dash ("Hewlêr – Şêrko Zaxoyî"): "Recipes | Vegan Test Kitchen" is a breadcrumb
    dashed = "|" not in match.group(3) and len(place) == 1 and _is_title_case(place[0])
    cased = (dashed or listed or all(w.isupper() and len(w) > 2 for w in place)) and _has_name_shape(name)
    return match.end() if caseless or cased else None


def _caseless_name(words: list[str]) -> bool:
    """One to three words of a script without case and nothing else, an initial's dot allowed ("కె. శ్రీనివాస్"): a
    name, when a role tail vouches for it; a particle inside is no word of the count ("محمد الأمين ولد سيدي")."""
    particles = load_byline_words().particles
    counted = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in particles)]
    return 1 <= len(counted) <= 3 and all(
        is_caseless(w) and is_letters(w.removesuffix(".")) and len(w) <= MAX_CASELESS_NAME_WORD_CHARS for w in words
    )


MAX_CASELESS_NAME_WORD_CHARS = 25  # a Thai surname's letters and signs at most; a longer run is a phrase (a caption)


def looks_like_name_line(
    text: str, gazetteer: Gazetteer, common: Container[str] = frozenset(), cued: bool = False
) -> bool:
    """The line is only a person's name (see the module's rules), maybe with a job title or place after it.
    `common` are the words the page writes in lower case: a heading's words ("Key Issues", "Population
    Growth") are, a name's seldom are. An e-mail address after the name does not count ("Ayşe Yılmaz -
    ayse@site.com.tr"). `cued`: an author's cue opened the line ("本报记者 陈静", "بقلم: سارة الخطيب"), which vouches
    for a name in a script without capitals as a role after it does."""
    if len(text.split(maxsplit=MAX_NAME_LINE_TOKENS)) > MAX_NAME_LINE_TOKENS:
        return False  # a paragraph: the role, place and date tails below are costly to look for in one (issue 15)
    if _place_before_date(text):
        return False
    text, has_role = name_before_role(without_contact(text))
    # "Д.Оюунчимэг": an initial written onto the name (the Mongolian patronymic's, the Russian regional papers') is
    # two of its words, as "Д. Оюунчимэг" is
    words = [part for w in text.split() for part in ((w[:2], w[2:]) if is_glued_initial(w) else (w,))]
    # a desk and its place is no one ("নিজস্ব প্রতিবেদক, ঢাকা"); an initial vouches as the role does ("எஸ். கார்த்திகேயன்"),
    # and so does a surname's suffix ("ნინო კაპანაძე")
    if (has_role or cued or caseless_initialled(words) or caseless_surnamed(words)) and _caseless_name(words):
        authors = load_author_words()  # "ทีมข่าวภูมิภาค": a Thai desk's word written onto what it covers, no one
        newsroom, desk = authors.newsroom, words[0].casefold() in authors.desk_heads
        # "الرباط - أسرة التحرير": the board or staff a desk's name opens with ("هيئة", "أسرة") makes it no one's
        return (
            not desk
            and not any(is_label_word(w) or w.casefold() in newsroom or is_attached_desk(w, authors) for w in words)
            and not gazetteer.find(text)
        )
    surname_in_capitals = len(words) > 1 and _is_title_case(words[0]) and all(w.isupper() for w in words[1:])
    capitals = surname_in_capitals or all(w.isupper() or _INITIAL.fullmatch(w) for w in words)
    if (has_role and capitals) or capitals_initialled(words):
        # "ELENA G. SEVILLANO | Madrid", "Ayşe DEMİR / ANTALYA" (the Turkish and French papers' surname in capitals):
        # capitals, vouched for by the tail or by the initials opening them ("R. JIMÉNEZ")
        words = [w.title().replace("\u0307", "") for w in words]  # the Turkish "İ" lowers to "i" and a combining dot
        text = " ".join(words)
    # a surname's particle written with a capital inside the name is no heading's word ("Lotte Van den Broeck", the
    # Belgian and Dutch-language habit, "Marie De Smet"), though the page writes "van" and "de" in lower case
    particles = load_byline_words().particles
    if any(w.casefold() in common for k, w in enumerate(words) if not w.islower()
           and not (k and w.casefold() in particles)):  # fmt: skip
        return False
    named = [w for w in words if not w.islower()]  # particles do not count ("José Luis de la Fuente")
    if not MIN_NAME_LINE_WORDS <= len(named) <= MAX_NAME_LINE_WORDS or not _has_name_shape(words):
        return False
    if text.strip().casefold() in RELATED_HEADINGS or any(is_label_word(w) for w in _without_particles(words)):
        return False
    return not gazetteer.find(text)


def _place_before_date(text: str) -> bool:
    """One word of a script without case (or words a place's name opens with), a comma and a date or a weekday: a
    dateline's place ("హైదరాబాద్, మార్చి 5", "लखनऊ, 5 मार्च", "અમદાવાદ, સોમવાર"), not a writer vouched for by the date
    (in such a script a person is named with two words at least, as :func:`tasks.credits.name_checks.is_plausible_name`
    holds)."""
    place, comma, day = text.partition(",")
    weekday = day.strip(" .").casefold() in date_lead_words()
    if comma and weekday and len(place.split()) == 1 and is_caseless(place.strip()):
        return True
    dated = date_tail_start(text) if "," in text else None
    head = text[:dated].strip().rstrip(",،").split() if dated else []
    if not head or not text[:dated].rstrip().endswith((",", "،")):
        return False
    # "Rio Verde, 10/04/2024 às 15h32", "São Paulo, 5 de março": a place's opening word (``place_opening``) before the
    # comma and the date, the Brazilian and Spanish-language sites' dateline over the text, is no writer's name
    return (len(head) == 1 and is_caseless(head[0])) or head[0].casefold() in name_word_role("place_opening")


def _without_particles(words: list[str]) -> list[str]:
    """A name's words but the particles inside it: "dela" in "Jose dela Cruz" is no section label ("Dela", Slovenian
    "jobs"), nor is it written with its capital, as the Filipino and Belgian names write it ("Ana Dela Cruz")."""
    particles = load_byline_words().particles
    return [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w.casefold() in particles)]


def _is_latin(word: str) -> bool:
    return all(c < "\u0250" for c in word if c.isalpha())


def opens_like_a_heading(text: str, people: list[tuple[int, int]]) -> bool:
    """A capitalised function word opening one of the names makes the line a heading ("How To", "Your Ad
    Choices"), in English, which writes headings in title case ("Summer Chaos and Fall Plans"). Other languages
    write them in sentence case, and their stoplists hold first names (Мария, Георги, Mehmet): a list of people
    joined by their own "and" ("Мария Петрова и Георги Стоянов", "Mehmet Kaya ve Zeynep Arslan") is no heading."""
    # Title-case headings are a Latin-script habit; Cyrillic stoplists hold first names too ("Владимир").
    if not any(_is_latin(w) and is_function_word(w) for w in (text[s:e].split()[0] for s, e in people)):
        return False
    return not is_list_of_people(text, people)


def is_list_of_people(text: str, people: list[tuple[int, int]]) -> bool:
    """Two names or more with only commas and a lower-case word for "and" between them, one of them not English
    ("Tom Ray, Ann Lee и Bo Kim"), or with commas alone when no name opens with an English function word
    ("Анна Соколова, Дмитрий Кузнецов": the first names are Russian stopwords, not a title-case heading's words);
    headings join with "|", "/", "-", a capital "A" or "and"."""
    if len(people) < 2 or text[: people[0][0]].strip() or text[people[-1][1] :].strip(" ."):
        return False
    words = load_byline_words()
    # English heading words are no joiners ("Summer Chaos and Fall Plans"), but English writes its "i" as "I":
    # a lower-case "i" is the Polish, Catalan or South Slavic "and" ("Katarzyna Zielińska i Tomasz Wróbel").
    joiners = (words.joiners | words.lower_joiners) - (stoplist("en") - {"i"})
    joined = False
    for (_, end), (start, _) in itertools.pairwise(people):
        gap = text[end:start].strip()
        word = gap.removeprefix(",").strip()
        if gap != "," and not (word.isalpha() and word.islower() and word in joiners):
            return False
        joined = joined or gap != ","
    english = stoplist("en")
    return joined or not any(text[start:end].split()[0].casefold() in english for start, end in people)
