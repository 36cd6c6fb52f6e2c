"""What a credit line names after its cue: the name's span (:func:`credited_name`), a byline's place at its end,
whether the rest is bare names, and cues that need no separator; kept apart from the line readers of
:mod:`tasks.lexicon.credit_lines`."""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_tails import placed_title
from tasks.lexicon.byline_words import is_job_word, load_byline_words
from tasks.lexicon.credit_base import DOMAIN, LINKING, MAX_NAME_WORDS, looks_like_name
from tasks.lexicon.cue_after_name import commissioned_name_end
from tasks.lexicon.place_words import is_place_word, without_region
from tasks.lexicon.site_domains import has_public_suffix
from tasks.lexicon.vocabulary import credit_cues, name_word_role, name_words
from tasks.lexicon.word_classes import UNSPACED_SCRIPTS, is_caseless, is_letters


def without_place(rest: str) -> str:
    """The byline without the place it was filed from at its end ("Priya Sharma in Mumbai." → "Priya Sharma"): a
    preposition of place and one or two capitalised words, the line's last, or the last in its closing bracket
    ("Par A et B (avec C à Aurillac)": the bracket's writer filed from there)."""
    closing = rest.rstrip(" .")
    if closing.endswith(")") and "(" in closing and (inside := without_place(closing[:-1])) != closing[:-1]:
        return f"{inside})"
    words = without_region(rest).rstrip(" .").split(" ")  # "à Mende (Lozère)": the town's region in brackets
    byline_words = load_byline_words()
    for size in (1, 2, 3):
        if len(words) <= size + 2:
            continue
        after_comma = words[-size - 1] in byline_words.places_after_comma and words[-size - 2].endswith(",")
        if words[-size - 1] in byline_words.places or after_comma:
            place = words[-size:]
            # "Port of Spain", "Rio de Janeiro": a place of three words joins its capitalised ones by a particle
            inner = [w for w in place[1:-1] if w not in byline_words.particles and w != "of"]
            if all(is_place_word(w) for w in [place[0], *inner, place[-1]]) and (size < 3 or not inner):
                return " ".join(words[: -size - 1]).rstrip(",")
    return rest


def without_inner_places(rest: str) -> str:
    """The byline with the place each writer but the last filed from blanked out, offsets kept ("Kelvin Tan in
    Singapore and Ravi Nair in Johor Bahru", the wire's "Reporting by" note): a preposition of place and one to three
    capitalised words, then the list's comma, semicolon or "and" and a capitalised name (the last writer's place is
    :func:`without_place`'s)."""
    words = load_byline_words()
    joiners = words.joiners | words.lower_joiners
    with_words = load_author_words().with_words
    tokens = list(_TOKEN.finditer(rest))
    blanks: list[tuple[int, int]] = []
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.group() not in words.places or not tokens[i - 1].group()[:1].isupper():
            continue
        for size in (1, 2, 3):
            if i + size + 1 >= len(tokens):
                break
            place = [t.group() for t in tokens[i + 1 : i + size + 1]]
            last, after = place[-1], tokens[i + size + 1].group()
            if not all(is_place_word(w.rstrip(",;")) for w in place):
                break
            # "Ann Lee in Darwin, with AAP": the place closed by the comma before the agency the byline shares
            closed = last.endswith((",", ";")) and (after[:1].isupper() or after in with_words)
            joined = after in joiners and i + size + 2 < len(tokens) and tokens[i + size + 2].group()[:1].isupper()
            if closed or joined:
                blanks.append((token.start() - 1, tokens[i + size].end() - (1 if closed else 0)))
                break
    chars = list(rest)
    for start, end in blanks:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_TOKEN, _NAME_JOINS = re.compile(r"\S+"), re.compile("[-\u05be]")


def is_bare_name(rest: str) -> bool:
    """After a cue with no separator ("By Jane Doe and John Smith, dpa"), only names may follow.

    Lower-case words may be joining words, name particles or agency names ("dpa"); after a job
    title ("staff writer at ...") anything goes.
    """
    if DOMAIN.search(rest):
        return True
    rest = without_place(without_inner_places(rest))
    head, comma, tail = rest.rpartition(", ")
    if comma and (placed_title(tail.split()) or is_job_word(tail.split(" ", 1)[0])):
        rest = head  # "…, Isle of Wight reporters", "נועה כהן, כתבת הצפון": the writers' beat or title, no more names
    words = load_byline_words()
    # "Par Claire Fontanel avec AFP": "with" joins the agency the byline shares the story with
    lower_ok = words.joiners | words.lower_joiners | words.particles | load_author_words().with_words
    agencies = load_gazetteer().find(rest)
    lower_ok |= {m.name.casefold() for m in agencies}
    # "With files from the Canadian Press and Maya Fontaine": the article a known agency's name takes in a sentence
    before_agency = {rest[: m.start].rstrip().rsplit(" ", 1)[-1].casefold() for m in agencies} & name_words().articles
    lower_ok |= before_agency
    for word in rest.split():
        bare = word.strip("\"'«»„“”‘’.,;:!?()").casefold()
        if bare in words.jobs:
            break
        is_lower = bare[:1].isalpha() and not word.strip("\"'«»„“”‘’(")[:1].isupper() and not is_caseless(bare)
        if is_lower and bare not in lower_ok:
            return False
    # A script without capitals gives no sign where a name ends: the byline must be the name alone ("מאת דנה לוי").
    tokens = rest.split()
    if len(tokens) > 1 and tokens[0].strip("'׳").casefold() in words.jobs:
        tokens = tokens[1:]  # "מאת ד"ר נועה ברק": the writer's title before the name, its abbreviation's quote its own
    # (Thai and Indic vowel signs are letters of the word: "ศรีสุข"; a hyphen or maqaf joins a name's parts: "בן־שושן")
    letters = all(all(part and is_letters(part) for part in _NAME_JOINS.split(t)) for t in tokens)
    # ("كتب الأطفال في الصدارة": "books" spelt as "wrote", a subheading; a preposition stands in no name)
    caseless = is_caseless(tokens[0]) and len(tokens) <= MAX_NAME_WORDS and letters and not _joins_a_clause(tokens)
    return rest[:1].isupper() or caseless or rest.split(" ", 1)[0].casefold() in before_agency


@lru_cache(maxsize=1)
def _caseless_joining_words() -> frozenset[str]:
    """The prepositions, conjunctions and postpositions of caseless scripts (name_words.csv, roles conjunction and
    postposition: Arabic "في", "على"; the Hindi and Punjabi "के", "ਬਾਰੇ", as in "ਲੇਖਕ ਬਾਰੇ", "about the writer")."""
    words = (*name_word_role("conjunction"), *name_word_role("postposition"))
    return frozenset(w for w in words if is_caseless(w))


def _joins_a_clause(tokens: list[str]) -> bool:
    """A caseless byline's words hold a preposition or conjunction: a phrase, no name."""
    return any(t in _caseless_joining_words() for t in tokens)


def credited_name(rest: str, kind: AttributionKind) -> tuple[str | None, int, int]:
    """The name a credit names within `rest`, with its span; (None, 0, 0) for a caption."""
    described = quoted_after_descriptor(rest)
    if described is not None:  # "Источник: телеграм-канал «Сахалин Live»": the outlet, not its kind
        return rest[described[0] : described[1]], described[0], described[1]
    domain = next((m for m in DOMAIN.finditer(rest) if has_public_suffix(m.group(0))), None)
    if domain:
        return domain.group(0), domain.start(), domain.end()
    # An asterisk after the name is a footnote's mark, pointing to the author's note under the text ("Γράφει ο Μανόλης
    # Τζανακάκης*", "Por Ana Ruiz*": the op-ed's way in Greek, Spanish and Portuguese papers), no part of the name.
    candidate = without_place(re.split(r"\s*[(,;]", rest, maxsplit=1)[0]).strip(" .*")
    if not any(b in candidate for b in "(（[［【"):  # "（来源：重庆日报）": the bracket round the whole credit line
        candidate = candidate.rstrip(")）]］】").rstrip(" .")
    if _DOTTED_ABBREVIATION.search(candidate) and rest[rest.find(candidate) + len(candidate) :].startswith("."):
        candidate += "."  # "Mlekara Zlatibor d.o.o.": the last dot is the abbreviation's, not the sentence's
    if is_generic(candidate):
        return None, 0, 0  # "Источник: информационные агентства" names no one
    visual = kind in (AttributionKind.PHOTO, AttributionKind.VIDEO)
    if visual and (end := commissioned_name_end(candidate)) is not None:
        candidate = candidate[:end]  # "Photograph: Ann Lee for the Guardian": the outlet commissioned the picture
    if visual and not (looks_like_name(candidate) or is_brand(candidate)):
        return None, 0, 0
    if not candidate or (len(candidate.split()) > MAX_NAME_WORDS and not _institution(candidate, kind)):
        return None, 0, 0
    start = rest.find(candidate)
    end = start + len(candidate) + _acronym_after(candidate, rest[start + len(candidate) :])
    return rest[start:end], start, end


# A descriptor, then a quoted name and nothing else: "телеграм-канал «Сахалин Live»", "сайт „Index“".
_DESCRIBED_QUOTE = re.compile(r"\s*(\S+)\s+[«„“\"]([^«»„“”\"]+)[»“”\"]\s*[.)]?\s*$")


def quoted_after_descriptor(rest: str) -> tuple[int, int] | None:
    """The span of a quoted name after a word saying what kind of outlet it is, a descriptor alone or written onto a
    platform's name ("сайт «Коммерсантъ»", "Telegram-канал «Сахалин Live»"), when nothing else follows; else None."""
    match = _DESCRIBED_QUOTE.match(rest)
    if match is None:
        return None
    word, descriptors = match.group(1).casefold(), name_words().descriptors
    if word not in descriptors and word.rsplit("-", 1)[-1] not in descriptors:
        return None
    name = match.group(2).strip()
    at = rest.index(name, match.start(2))
    return at, at + len(name)


# A bracketed acronym closes a name of this many capitalised words or more.
MIN_ACRONYM_NAME_WORDS = 2
# "(SLENA)" after "Sierra Leone News Agency": the name's acronym in brackets, closing the credit.
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÀ-ÞА-ЯΑ-Ω]{2,8})\)(?=\s*\.?\s*$)")


def _acronym_after(name: str, after: str) -> int:
    """The length of the bracketed acronym right after a name of two words or more that closes the credit, when its
    letters are the name's in order, the first the first word's initial and every word's initial among them
    ("Sierra Leone News Agency (SLENA)", "Agence Ivoirienne de Presse (AIP)"): the name's own short form, part of it;
    0 otherwise ("Anna Berg (AFP)" credits two)."""
    match = _BRACKETED_ACRONYM.match(after)
    words = [w for w in name.split() if w[:1].isupper()]
    if match is None or len(words) < MIN_ACRONYM_NAME_WORDS or match.group(1)[0] != words[0][0]:
        return 0
    letters = iter("".join(words).upper())
    in_order = all(letter in letters for letter in match.group(1))  # a subsequence of the name's capitalised words
    return match.end() if in_order and len(match.group(1)) >= len(words) - 1 else 0


def is_brand(candidate: str) -> bool:
    """One word whose capital comes second ("iStock", "eBay"): a brand's name, credited after a picture's cue."""
    return " " not in candidate and candidate[:1].islower() and candidate[1:2].isupper() and candidate.isalpha()


# An institution a source line names may be longer than a person's name: "Spitalul Clinic Județean de Urgență Cluj",
# "Spitalul Clinic de Urgență pentru Copii „Sf. Maria” Iași" (nine).
MAX_INSTITUTION_WORDS = 9
# The short lower-case words joining an institution's capitalised words: "de", "y", "of", "für", "и".
MAX_JOINING_WORD_LETTERS = 3


def _institution(candidate: str, kind: AttributionKind) -> bool:
    """A source's name of up to MAX_INSTITUTION_WORDS words, each capitalised or a short joining word, first and last
    capitalised ("Dirección de Agricultura y Contingencias Climáticas"): an institution's name, not a caption. Not one
    led by an official's word ("Ministerio de Salud de Chile"): a government body, which blind14 records not."""
    # a saint's or founder's name in quotes is the institution's own ("Spitalul … pentru Copii „Sf. Maria” Iași")
    words = [w.strip(_NAME_QUOTES) for w in candidate.split()]
    if kind is not AttributionKind.SOURCE or len(words) > MAX_INSTITUTION_WORDS:
        return False
    # a press office and the body it speaks for ("Ufficio stampa Comune di Narni"): a release's source, however long
    if candidate.casefold().startswith(tuple(f"{office} " for office in name_word_role("press_office"))):
        return any(w[:1].isupper() for w in words[1:])
    if name_words().is_official(words[0]):
        return False
    joining = [w for w in words if not w[:1].isupper()]
    links = name_words().institution_links  # "für", "pentru": the body's field inside its name
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w.isalpha() and (len(w) <= MAX_JOINING_WORD_LETTERS or w in links) for w in joining)
    )


_NAME_QUOTES = "„“”«»\"'"


# A company form or other abbreviation written with a dot after each part ("d.o.o", "S.A", "s.r.o"), its last dot cut.
_DOTTED_ABBREVIATION = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,3}\.){1,3}[^\W\d_]{1,3}$")


def links_cue_to_name(cue: str, rest: str) -> bool:
    """A cue that needs no separator: a phrase ("по материалам"), "via", or one followed by "by", "с сайта"."""
    if " " in cue.strip() or cue.endswith(".") or cue.casefold() == "via" or cue.isupper():
        return True  # "SOURCE BET Networks": a cue in capitals stands apart like one with a colon
    if _UNSPACED_SCRIPT_WORD.fullmatch(cue.strip()):
        # "ภาพจาก ไทยรัฐออนไลน์": Thai, Lao, Khmer and Burmese write a phrase's words unspaced and set phrases apart
        # with a space, which is what a colon does elsewhere
        return True
    agency = rest.split("/", 1)[0].strip() if "/" in rest else rest.strip()
    if agency and load_gazetteer().agency_of_name(agency, cued=True):
        # "Foto ANP / Jeroen van Dijkhuizen": the agency and its photographer, the Dutch style; "Theo TTXVN": a cue
        # and a known agency alone, nothing else
        return True
    return LINKING.match(rest) is not None


# One run of Thai, Lao, Burmese or Khmer letters and signs, the scripts that space phrases, not words.
_UNSPACED_SCRIPT_WORD = re.compile(f"[{UNSPACED_SCRIPTS}]+")
# "DR" (droits réservés): a credit's abbreviation in capitals has this many letters at most.
MAX_ABBREVIATION = 3


def names_no_one(line: str, alone: bool = False) -> bool:
    """ "Photo archives", "Фота аўтара" (the author's): a whole line, cue and words without a colon, that is a
    credit naming no one (``nameless_credit`` in ``name_words.csv``); the words are its language's idiom, since
    "Photo archive" alone is as often a menu's link. `alone`: the line is only the credit, where an abbreviation in
    capitals is the credit's own ("Photo DR"); closing a caption the studied blind18 labels it no record."""
    words = line.strip(" .()").split()
    # "Photo Archives" in title case: a menu's link
    lower = all(not w[:1].isupper() or (alone and w.isupper() and len(w) <= MAX_ABBREVIATION) for w in words[1:])
    return lower and " ".join(words).casefold() in name_word_role("nameless_credit")


def may_close_naming_no_one(line: str) -> bool:
    """The line's last word (or that word after a bracket or a dot opening it) is the last word of an idiom
    :func:`names_no_one` knows: without that, no tail of the line names no one. One set lookup, where looking for the
    line's last sentence first was a scan of every line."""
    words = line.rstrip(" .()").rsplit(maxsplit=1)
    return bool(words) and words[-1].lstrip(" .()").casefold() in _NAMELESS_LAST_WORDS


_NAMELESS_LAST_WORDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in name_word_role("nameless_credit"))


def is_generic(name: str) -> bool:
    """A phrase naming no one ("news agencies", "СМИ"); not a title-case name an outlet word ends ("Maroela Media")."""
    words, folded = name_words(), name.casefold().strip(" .")
    titled = len(folded.split()) > 1 and all(w[:1].isupper() for w in name.split())
    ends = [t for t in {*folded.split()[:1], *folded.split()[-1:]} if not (titled and t in words.outlet_words)]
    return folded in words.generic or any(t in words.generic for t in ends)


# Han characters, the script of a Chinese credit's name, its job title and its closing cue.
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# A Chinese name has two to four characters.
MIN_HAN_NAME, MAX_HAN_NAME = 2, 4


def han_credit_span(rest: str) -> tuple[int, int]:
    """(start, end) of the name in a Chinese credit's rest after its cue and slash or colon: past the job title
    before it and short of the cue that closes it ("圖：記者林怡君攝": the reporter 林怡君 took it), as the bracketed
    "（圖／記者林怡君攝）" reads; the whole rest when it is not a title, a name and a closing cue alone."""
    whole = (0, len(rest))
    if _HAN.fullmatch(rest) is None:
        return whole
    cues = credit_cues()
    titles = [c for c in cues["author"] if _HAN.fullmatch(c) and rest.startswith(c)]
    start = max(map(len, titles), default=0)
    closing = [c for c in cues.get("photo_after", ()) if _HAN.fullmatch(c) and rest.endswith(c)]
    end = len(rest) - max(map(len, closing), default=0)
    trimmed = (start, end) != whole
    return (start, end) if trimmed and MIN_HAN_NAME <= end - start <= MAX_HAN_NAME else whole
