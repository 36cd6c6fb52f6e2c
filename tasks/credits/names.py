"""Author names from what a page's metadata or byline says: one clean name per person.

"By Anna Lee and Tom Berg, Staff Writers" → ["Anna Lee", "Tom Berg"]; "홍길동·김철수 기자" →
["홍길동", "김철수"]; "n-tv NACHRICHTEN" on n-tv.de → [] (the publisher is not an author).

How: byline prefixes, e-mails and URLs are taken out, the text is cut at list separators
(commas, "&", "/", the language's word for "and"), job titles are taken off each part, and a
part is dropped when it is empty, holds digits, is too long to be a name, is only newsroom words,
or names the publisher or site (compared without case, spaces and punctuation, and in domain
form: "STERN.de" is stern.de; :mod:`tasks.credits.name_checks` judges the parts). The vocabularies are data
(:mod:`tasks.lexicon.author_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from schemas import AttributionKind
from tasks.credits.name_checks import CJK as _CJK
from tasks.credits.name_checks import DOMAIN as _DOMAIN
from tasks.credits.name_checks import EDGE_PUNCT as _EDGE_PUNCT
from tasks.credits.name_checks import (
    MAX_NAME_WORDS,
    is_cjk_desk,
    is_plausible_name,
    name_key,
    publisher_keys,
)
from tasks.credits.name_forms import han_names
from tasks.credits.role_tails import is_label_word
from tasks.lexicon.attached_and import attached_and_names as attached_and_names  # re-exported: its readers ask here
from tasks.lexicon.attached_and import split_attached_and as _split_attached_and
from tasks.lexicon.author_words import AuthorWords, load_author_words
from tasks.lexicon.byline_tails import without_closing_word
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.glued_titles import glued_title_start
from tasks.lexicon.picture_jobs import picture_role_after
from tasks.lexicon.vocabulary import credit_cues, job_titles, person_cues
from tasks.lexicon.word_classes import is_caseless, is_letters

_EMAIL = re.compile(r"\S+@\S+")
# A social-media handle beside the name ("سامر الحلبي @samer_halabi"): a contact, not part of the name.
_HANDLE = re.compile(r"(?<!\S)@\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PARENS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
# (the minus sign and the horizontal bar are typed for a dash too; the Arabic-script comma and semicolon part names as
# in a byline: "جدة - محمد العتيبي، سارة الغامدي")
# (the Burmese comma "၊" lists names and parts a credit line's fields: "သတင်း - A ၊ ဓာတ်ပုံ - B", news and photo)
_SEPARATORS = re.compile(r"\s*(?:[,;/|·•、，،؛၊()\[\]]|\s&\s|\s(?:--|[-–—−―])\s)\s*")
# After a writer's cue linked to the name by a spaced dash ("သတင်း - A", news), a picture's or video's cue linked
# the same way after a separator ("၊ ဓာတ်ပုံ - B", "Text - A, Photo - B") reads as one with a colon, so
# that its part is the photographer's, as "Photo: B" is, and not one more name beside the writer's. Only in a
# line opened so: a byline element that opens with a picture's cue and a dash credits its writer the page's own way.
_DASH = r")\s+[-–—−]\s+"
_OPENED_BY_DASHED_WRITER = re.compile(
    r"^\s*(?:" + "|".join(re.escape(c) for c in sorted(credit_cues()["author"], key=len)[::-1]) + _DASH, re.IGNORECASE
)
_PICTURE_CUE_DASH = re.compile(
    r"([,;|·•၊]\s*)("
    + "|".join(re.escape(c) for c in sorted({c for k in ("photo", "video") for c in credit_cues()[k]}, key=len)[::-1])
    + _DASH,
    re.IGNORECASE,
)


def _picture_credit_colon(text: str) -> str:
    return _PICTURE_CUE_DASH.sub(r"\1\2: ", text) if _OPENED_BY_DASHED_WRITER.match(text) else text


def _without_contacts(text: str) -> str:
    """The text without e-mails, URLs, handles and bracketed asides that hold contacts or numbers.

    A name followed by its own web address ("Deutsche Welle (www.dw.com)") is an organisation: gone whole.
    """
    if any(_DOMAIN.search(_EMAIL.sub(" ", m.group(0))) for m in _PARENS.finditer(text)):
        return ""
    text = _PARENS.sub(lambda m: "" if re.search(r"[@\d]|\.\w", m.group(0)) else m.group(0), text)
    return " ".join(_HANDLE.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text))).split())


def _strip_prefix(text: str, words: AuthorWords) -> str:
    """The text without its byline cue: the author words' prefixes, or any language's author cue of the credit
    lines ("بقلم:", "Escrito por")."""
    credit = parse_credit_line(text)
    if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.rest_start:
        return without_closing_word(text[credit.rest_start :].strip(_EDGE_PUNCT))
    if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.name and _cue_closes(text, credit.cue):
        return credit.name  # "නිමල් ජයසිංහ විසිනි", "Anna Jónsdóttir skrifar": the cue written after the name
    folded = text.casefold()
    for prefix in words.prefixes:
        if folded.startswith(prefix) and (prefix.endswith(":") or folded[len(prefix) : len(prefix) + 1] == " "):
            return text[len(prefix) :].strip(_EDGE_PUNCT)
    return text


def _cue_closes(text: str, cue: str) -> bool:
    """The text ends with a cue that follows the writer's name (credit_cues.csv's author_after: "기자", "skrifar")."""
    return cue in credit_cues()["author_after"] and text.rstrip(_EDGE_PUNCT).endswith(cue)


def _strip_person_cue(text: str, language: str | None) -> str:
    """The text without a byline cue that is also a common word of the page's language, when a capitalised name
    follows it ("de Andrei Popescu și Ioana Mureșan" on a Romanian page: "de" is "by" there, and every Romance "of")."""
    head, _, rest = text.partition(" ")
    cue = person_cues().get(head.casefold())
    if cue is None or (language or "-") not in cue[0].split() or not rest[:1].isupper():
        return text
    return rest.strip(_EDGE_PUNCT)


def _split_at_the_one_and(text: str, language: str | None) -> tuple[list[str], list[str]] | None:
    """The words before and after the page language's "and", when the line holds it once; else None."""
    words = load_author_words()
    if language not in words.and_words:
        return None
    tokens = text.split()
    joins = [i for i, t in enumerate(tokens) if t in words.and_words[language]]
    if len(joins) != 1:
        return None
    return tokens[: joins[0]], tokens[joins[0] + 1 :]


def names_joined_by_and(text: str, language: str | None) -> list[str]:
    """The two names of "Ilze Bērziņa un Jānis Kalniņš": two to four capitalised words, the page language's "and" in
    lower case, two to four more, else []. Only in the page's language: "un" is also French ("a")."""
    words = load_author_words()
    split = _split_at_the_one_and(text, language)
    if split is None:
        return []
    left, right = _without_place(split[0]), _without_place(split[1])
    if not all(MIN_NAME_SIDE <= len(side) <= MAX_NAME_SIDE for side in (left, right)) or not all(
        t.replace("-", "").isalpha() and (t[0].isupper() or (0 < i < len(side) - 1 and t in words.particles))
        for side in (left, right)
        for i, t in enumerate(side)
    ):
        return []  # a particle inside a name stays lower case ("Sanne de Wildt en Joris van Velthoven")
    return [" ".join(left), " ".join(right)]


MIN_NAME_SIDE, MAX_NAME_SIDE = 2, 4
# A name in a script without capitals is told by its length alone: two or three words (Sinhala, Indic, Thai names).
MAX_CASELESS_SIDE = 3


def caseless_names_joined_by_and(text: str, language: str | None) -> list[str]:
    """The two names of "නිමල් ජයසූරිය සහ චමිලා පෙරේරා" in a script without capitals: two or three words of letters
    (vowel signs and joiners included), none a label's ("News Desk"), each side of the page language's "and", else [].
    Only where a date closes the line (``tasks.credits.date_lines``): without capitals, any phrase around "and" would
    pass."""
    sides = _split_at_the_one_and(text, language)
    if sides is None:
        return []
    if not all(
        MIN_NAME_SIDE <= len(side) <= MAX_CASELESS_SIDE
        and all(is_caseless(t) and (is_letters(t) or _caseless_initial(t)) and not is_label_word(t) for t in side)
        and not _caseless_initial(side[-1])
        for side in sides
    ):
        return []
    return [" ".join(side) for side in sides]


def _caseless_initial(token: str) -> bool:
    """One letter and a dot, a given name's initial in a script without capitals ("ف. بوزيد و ع. مرابط": Algerian
    papers sign so); never the name's last word."""
    return len(token) == 2 and token[1] == "." and is_letters(token[0])


MAX_PLACE_WORDS = 2


def _without_place(side: list[str]) -> list[str]:
    """One side of "Reto Ammann, Bern, und Seraina Walser, Zürich" without the place its writer files from: the name
    up to its comma, then one or two capitalised words (the Swiss and German papers' byline); else as it is."""
    comma = next((i for i, t in enumerate(side) if t.endswith(",")), None)
    if comma is None:
        return side
    place = [t.rstrip(",") for t in side[comma + 1 :]]
    if not 0 < len(place) <= MAX_PLACE_WORDS or not all(t[:1].isupper() and t.isalpha() for t in place):
        return side
    return [*side[:comma], side[comma].rstrip(",")]


def _split_on_and(part: str, and_words: frozenset[str]) -> list[str]:
    """'A und B' → [A, B]; 'José Ortega y Gasset' stays whole (a one-word Latin tail is a surname)."""
    tokens = part.split()
    attached = _split_attached_and(tokens, and_words)
    if attached:
        return attached
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.casefold() not in and_words:
            continue
        left, right = tokens[:i], tokens[i + 1 :]
        if len(right) == 1 and len(left) >= 2 and not _CJK.search(right[0]) and token.islower() and len(token) == 1:
            continue
        return [" ".join(left), *_split_on_and(" ".join(right), and_words)]
    return [part]


def _without_leading_and(chunk: str, and_words: frozenset[str]) -> str:
    """The chunk less the "and" it opens with: the last name of a list parted by commas ("Anna Lee, Tom Berg, and
    Mary Poppins") or of names each followed by its place ("Chinedu Okafor (Abuja) and Aisha Bello-Yusuf (Kano)")."""
    head, _, rest = chunk.partition(" ")
    return rest.strip() if rest.strip() and head.islower() and head in and_words else chunk


_LABEL_COLON = re.compile(r"\s*:\s+")


def _colon_parts(chunk: str) -> list[str]:
    """A chunk's parts at a colon: a place, a cue or a role before it, the name after it ("أبوظبي: سارة المرزوقي", the
    Gulf papers' byline of the writer's city and name; "Berlin: Anna Lee"), each judged as a name on its own; none for
    a credit of another kind ("Foto: Max Muster" beside the writer: the photographer)."""
    if not _LABEL_COLON.search(chunk):
        return [chunk]
    credit = parse_credit_line(chunk)
    if credit is not None and credit.kind is not AttributionKind.AUTHOR:
        return []
    return [part for part in _LABEL_COLON.split(chunk) if part.strip(_EDGE_PUNCT)]


def _without_job_titles(part: str, words: AuthorWords) -> str:
    """'Anna Lee, Senior Correspondent' parts → 'Anna Lee'; 'Dr. Priya Raman' → 'Priya Raman'; '홍길동기자' → '홍길동'.

    What is left of a part after its job title ("Weather Correspondent", "Ankara muhabiri") is one word,
    which :func:`is_plausible_name` refuses in a script with capitals.
    """
    if (titled := glued_title_start(part)) is not None:  # "ศิริพร วงศ์ใหญ่ ผู้สื่อข่าวประจำจังหวัดเชียงใหม่"
        part = part[:titled]
    tokens = _before_place_or_outlet(_before_job_description(part.split()), words)
    while tokens and tokens[0].strip(_EDGE_PUNCT).casefold() in words.job:
        tokens.pop(0)
    # a job title, then a link's label after the name ("David Axe Email Author"; "김서연 기자 다른기사 보기":
    # reporter, other articles, view), then a job title before the label; a one-word name is left whole ("Thomas More")
    for closing in (words.job, words.interface, words.job):
        while len(tokens) > (0 if closing is words.job else MIN_NAME_SIDE) and _closes(tokens, closing):
            tokens.pop()
    while len(tokens) > 1 and is_cjk_desk(tokens[0]):  # "社会部　山田太郎記者": the desk, then the reporter
        tokens.pop(0)
    desk, dot, name = tokens[0].partition("・") if tokens else ("", "", "")
    if dot and name and is_cjk_desk(desk):  # "報道センター・佐藤美咲": the desk and the reporter, a middle dot between
        tokens[0] = name
    if tokens and _CJK.search(tokens[-1]):
        tokens[-1] = next((tokens[-1][: -len(j)] for j in words.job if tokens[-1].endswith(j) and tokens[-1] != j),
                          tokens[-1])  # fmt: skip
    if tokens and _CJK.search(tokens[0]):  # "記者陳怡君": Chinese puts the title before the name too
        tokens[0] = next((tokens[0][len(j) :] for j in words.job if tokens[0].startswith(j) and tokens[0] != j and
                          _CJK.search(j)), tokens[0])  # fmt: skip
    return " ".join(tokens).strip(_EDGE_PUNCT)


def _closes(tokens: list[str], closing: frozenset[str]) -> bool:
    return tokens[-1].strip(_EDGE_PUNCT).casefold() in closing


def _before_place_or_outlet(tokens: list[str], words: AuthorWords) -> list[str]:
    """A name's words before the place or the outlet written after it ("Jane Doe in Berlin", "Jane Doe for The Times"):
    a lower-case preposition after two capitalised words or more (particles between them), something after it."""
    for i in range(MIN_NAME_SIDE, len(tokens) - 1):
        if tokens[i] in words.after_name:
            name = tokens[:i]
            capitalised = all(t[0].isupper() or (j > 0 and t in words.particles) for j, t in enumerate(name))
            return name if capitalised else tokens
    return tokens


def _before_job_description(tokens: list[str]) -> list[str]:
    """A name's words before the job title described after it ("Tomasz Wiśniewski Dziennikarz działu Miasto": a
    journalist of the city desk): a job title after two words or more, with a lower-case word after it (which no
    name holds, so the part was no name before; a bare job title after the name is taken off whole)."""
    titles = job_titles().titles
    for i in range(MIN_NAME_SIDE, len(tokens) - 1):
        if tokens[i].strip(_EDGE_PUNCT).casefold() in titles and any(t[0].islower() for t in tokens[i + 1 :]):
            return tokens[:i]
    return tokens


def clean_author_names(
    raw: Iterable[str], language: str | None = None, publishers: Iterable[str | None] = ()
) -> list[str]:
    """One name per person from author strings (metadata values or bylines), in order, without repeats."""
    words = load_author_words()
    keys = publisher_keys(publishers)
    and_words = words.and_words_for(language)
    names: list[str] = []
    seen: set[str] = set()
    for text in raw:
        text = _without_contacts(_picture_credit_colon(text)).strip(_EDGE_PUNCT)
        text = _strip_person_cue(_strip_prefix(text, words), language)
        after_desk = False
        chunks = _SEPARATORS.split(text)
        for at, chunk in enumerate(chunks):
            if len(chunk.split()) > 2 * MAX_NAME_WORDS + 1:  # a sentence, not a list of names
                continue
            if after_desk and len(chunk.split()) == 1:
                continue  # "নিজস্ব প্রতিবেদক, চট্টগ্রাম": the desk's city, no person
            after_desk = bool(chunk.split()) and all(w.casefold() in words.newsroom for w in chunk.split())
            chunk = _without_leading_and(chunk.strip(_EDGE_PUNCT), and_words)
            pieces = [p for piece in _colon_parts(chunk) for p in _split_on_and(piece, and_words)]
            pieces = pieces[:-1] if picture_role_after(chunks, at) else pieces  # "Tim Kurz (Fotos)": no writer
            for part in han_names(pieces, language):
                name = _without_job_titles(_strip_prefix(part.strip(_EDGE_PUNCT), words), words)
                if is_plausible_name(name, words, keys) and name_key(name) not in seen:
                    seen.add(name_key(name))
                    names.append(name)
    return names
