"""Author names from what a page's metadata or byline says: one clean name per person.

"By Anna Lee and Tom Berg, Staff Writers" → ["Anna Lee", "Tom Berg"]; "홍길동·김철수 기자" →
["홍길동", "김철수"]; "n-tv NACHRICHTEN" on n-tv.de → [] (the publisher is not an author).

How: byline prefixes, e-mails and URLs are taken out, the text is cut at list separators
(commas, "&", "/", the language's word for "and"), job titles are taken off each part, and a
part is dropped when it is empty, holds digits, is too long to be a name, is only newsroom words,
or names the publisher or site (compared without case, spaces and punctuation, and in domain
form: "STERN.de" is stern.de). The vocabularies are data (:mod:`tasks.lexicon.author_words`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.name_forms import han_names
from tasks.credits.site_labels import domain_label_keys, names_the_domain
from tasks.lexicon.author_words import AuthorWords, load_author_words
from tasks.lexicon.automaton import count_unspaced
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.vocabulary import job_titles, name_words

# A person's name is a few words; a longer part is a sentence or a bio.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
_EMAIL = re.compile(r"\S+@\S+")
# A social-media handle beside the name ("سامر الحلبي @samer_halabi"): a contact, not part of the name.
_HANDLE = re.compile(r"(?<!\S)@\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las|il|lo|der|die|das|de|het|o|a)\s+", re.IGNORECASE)
_PARENS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_SEPARATORS = re.compile(r"\s*(?:[,;/|·•、，()\[\]]|\s&\s|\s[-–—]\s)\s*")
_EDGE_PUNCT = " \t\"'«»„“”‘’.:;,!?()[]{}-–—*"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _key(text: str) -> str:
    """Case-, space- and punctuation-free form for comparing names: 'STERN.de' → 'sternde'."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _cjk_stem(key: str) -> str:
    """A CJK name without the newsroom words written onto its end: "東洋新報社" and "東洋新報デジタル" are both
    "東洋新報" (a company, a digital edition), so the first names the site of the second."""
    stripped = True
    while stripped and _CJK.search(key[-1:]):
        stripped = False
        for word in _cjk_newsroom_words():
            if key.endswith(word) and len(key) > len(word) + 1:
                key, stripped = key[: -len(word)], True
                break
    return key


@lru_cache(maxsize=1)
def _cjk_newsroom_words() -> tuple[str, ...]:
    """The newsroom words written in CJK scripts (社, デジタル, 新聞), longest first: sorted once, not per name."""
    return tuple(sorted((w for w in load_author_words().newsroom if _CJK.search(w)), key=len, reverse=True))


def publisher_keys(names: Iterable[str | None]) -> frozenset[str]:
    """Comparable forms of the publisher's and site's names: as written and, for domains, the label."""
    names = list(names)
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        host = name.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
        keys.add(_key(host))
        keys.add(_cjk_stem(_key(host)))  # "東洋新報デジタル" is also "東洋新報"
        keys.add(_key(_LEADING_ARTICLE.sub("", host)))  # "The Jerusalem Post" is also "Jerusalem Post"
        newsroom = load_author_words().newsroom  # "News Nation" is also "Nation" ("News Nation Bureau")
        keys.add(_key(" ".join(w for w in host.split() if w.strip(_EDGE_PUNCT) not in newsroom)))
        if _DOMAIN.fullmatch(host.split("/")[0]):
            keys.add(_key(host.split("/")[0].rsplit(".", 1)[0]))  # "n-tv.de" → "ntv"
        keys.update(SITE_WORD + _key(w) for w in host.split() if len(host.split()) > 1 and _key(w))
    keys.discard("")
    return frozenset(keys) | domain_label_keys(names)


# Marks a key that is one word of a publisher's name of several ("hírlap" of "Alföldi Hírlap"): a key is alphanumeric
# only, so the mark keeps it apart from a whole name's.
SITE_WORD = "~"


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
        return text[credit.rest_start :].strip(_EDGE_PUNCT)
    folded = text.casefold()
    for prefix in words.prefixes:
        if folded.startswith(prefix) and (prefix.endswith(":") or folded[len(prefix) : len(prefix) + 1] == " "):
            return text[len(prefix) :].strip(_EDGE_PUNCT)
    return text


def _split_attached_and(tokens: list[str], and_words: frozenset[str]) -> list[str] | None:
    """'أحمد علي ومحمد حسن' → two names: Arabic و and Hebrew ו are written onto the next word.

    Only between two names of two or more words each, so a name that starts with the letter stays whole.
    """
    # the scripts that write "and" onto the next word (Cyrillic "и" stands apart: "излизат" is one word)
    attached = {w for w in and_words if len(w) == 1 and unicodedata.name(w, "").startswith(("ARABIC", "HEBREW"))}
    particles = load_byline_words().particles  # "محمد الأمين ولد أحمد": ولد ("son of") begins with و
    # each side a name's length at most: "חדשות חיפה והקריות גליל כלכלה ספורט תרבות דעות" is a menu of sections
    for i in range(max(2, len(tokens) - MAX_NAME_WORDS), min(MAX_NAME_WORDS, len(tokens) - 2) + 1):
        if tokens[i][0] in attached and len(tokens[i]) > 2 and tokens[i] not in particles:
            return [" ".join(tokens[:i]), " ".join([tokens[i][1:], *tokens[i + 1 :]])]
    return None


def attached_and_names(text: str) -> list[str]:
    """The two names of "דנה כהן ויוסי לוי" / "أحمد علي ومحمد حسن" (two words or more each, in a script written with
    its "and" attached), else []."""
    tokens = text.split()
    if len(tokens) < MIN_ATTACHED_LIST_WORDS or not all(t.isalpha() and not t.isascii() for t in tokens):
        return []
    return _split_attached_and(tokens, load_author_words().every_and) or []


MIN_ATTACHED_LIST_WORDS = 4


def names_joined_by_and(text: str, language: str | None) -> list[str]:
    """The two names of "Ilze Bērziņa un Jānis Kalniņš": two to four capitalised words, the page language's "and" in
    lower case, two to four more, else []. Only in the page's language: "un" is also French ("a")."""
    words = load_author_words()
    if language not in words.and_words:
        return []
    tokens = text.split()
    joins = [i for i, t in enumerate(tokens) if t in words.and_words[language]]
    if len(joins) != 1:
        return []
    left, right = _without_place(tokens[: joins[0]]), _without_place(tokens[joins[0] + 1 :])
    if not all(MIN_NAME_SIDE <= len(side) <= MAX_NAME_SIDE for side in (left, right)) or not all(
        t.replace("-", "").isalpha() and (t[0].isupper() or (0 < i < len(side) - 1 and t in words.particles))
        for side in (left, right)
        for i, t in enumerate(side)
    ):
        return []  # a particle inside a name stays lower case ("Sanne de Wildt en Joris van Velthoven")
    return [" ".join(left), " ".join(right)]


MIN_NAME_SIDE, MAX_NAME_SIDE = 2, 4
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


def _is_cased(text: str) -> bool:
    return any(c.isupper() or c.islower() for c in text)


def _without_job_titles(part: str, words: AuthorWords) -> str:
    """'Anna Lee, Senior Correspondent' parts → 'Anna Lee'; 'Dr. Priya Raman' → 'Priya Raman'; '홍길동기자' → '홍길동'.

    What is left of a part after its job title ("Weather Correspondent", "Ankara muhabiri") is one word,
    which :func:`is_plausible_name` refuses in a script with capitals.
    """
    tokens = _before_job_description(part.split())
    while tokens and tokens[0].strip(_EDGE_PUNCT).casefold() in words.job:
        tokens.pop(0)
    while tokens and tokens[-1].strip(_EDGE_PUNCT).casefold() in words.job:
        tokens.pop()
    while len(tokens) > 1 and _is_cjk_desk(tokens[0]):  # "社会部　山田太郎記者": the desk, then the reporter
        tokens.pop(0)
    if tokens and _CJK.search(tokens[-1]):
        tokens[-1] = next((tokens[-1][: -len(j)] for j in words.job if tokens[-1].endswith(j) and tokens[-1] != j),
                          tokens[-1])  # fmt: skip
    if tokens and _CJK.search(tokens[0]):  # "記者陳怡君": Chinese puts the title before the name too
        tokens[0] = next((tokens[0][len(j) :] for j in words.job if tokens[0].startswith(j) and tokens[0] != j and
                          _CJK.search(j)), tokens[0])  # fmt: skip
    return " ".join(tokens).strip(_EDGE_PUNCT)


def _before_job_description(tokens: list[str]) -> list[str]:
    """A name's words before the job title described after it ("Tomasz Wiśniewski Dziennikarz działu Miasto": a
    journalist of the city desk): a job title after two words or more, with a lower-case word after it (which no
    name holds, so the part was no name before; a bare job title after the name is taken off whole)."""
    titles = job_titles().titles
    for i in range(MIN_NAME_SIDE, len(tokens) - 1):
        if tokens[i].strip(_EDGE_PUNCT).casefold() in titles and any(t[0].islower() for t in tokens[i + 1 :]):
            return tokens[:i]
    return tokens


def _is_cjk_desk(token: str) -> bool:
    """A CJK word that ends in a newsroom word: a department, a bureau ("社会部", "金沢支局"), the paper ("…新聞社")."""
    return bool(_CJK.search(token)) and any(token.endswith(w) for w in _cjk_newsroom_words())


def _is_publisher(name: str, words: AuthorWords, publishers: frozenset[str]) -> bool:
    if _key(name) in publishers or (_CJK.search(name) and _cjk_stem(_key(name)) in publishers):
        return True
    if names_the_domain(name, publishers):  # "APR Kärnten" on kaernten.apr.example: the site's regional edition
        return True
    head = name.split()[:-1]  # "Portal Sul RS": the site's name and its region's code
    if len(head) >= 2 and _key(" ".join(head)) in publishers:
        return True
    # Only newsroom words and particles ("da Redação", "Staff"): a desk, whatever the site; the site's name after an
    # outlet word ("خبرگزاری نگاه امروز": the news agency Negah Emrooz) is the site too.
    # The site's own name may hold an outlet word too ("Redactie Omroep IJsseldelta": the desk of the broadcaster
    # Omroep IJsseldelta), so the name less its newsroom words alone is compared as well.
    desk_words = words.newsroom | words.particles
    for ignored in (desk_words | name_words().descriptors, desk_words):
        rest = [w for w in name.split() if w.strip(_EDGE_PUNCT).casefold() not in ignored]
        if all(_key(w) in publishers for w in rest) or (bool(rest) and _key(" ".join(rest)) in publishers):
            return True
    if _is_attached_desk(name, words):
        return True
    # The site's short name and a newsroom word ("Hírlap Online" on "Alföldi Hírlap", "Courier Staff"): words of the
    # site's name and a desk's, no person's.
    rest = [w for w in name.split() if w.strip(_EDGE_PUNCT).casefold() not in words.newsroom]
    return len(rest) < len(name.split()) and all(SITE_WORD + _key(w) in publishers for w in rest)


def _is_attached_desk(name: str, words: AuthorWords) -> bool:
    """A newsroom word opening a name in a script without spaces, written onto what follows ("กองบรรณาธิการล้านนาโพสต์":
    the editorial board of Lanna Post; "ทีมข่าวการเมือง": the politics news team): a desk whatever it is of, as "Staff"
    alone (CJK names, which put the word after, are `_cjk_stem`'s)."""
    key = _key(name)
    if not count_unspaced(key) or _CJK.search(key):
        return False
    return any(key.startswith(desk) for desk in (_key(w) for w in words.newsroom if count_unspaced(w)))


def is_plausible_name(name: str, words: AuthorWords, publishers: frozenset[str]) -> bool:
    """A person's name: letters, no digits or contacts, two words or more in a script with capitals,
    short, not a newsroom or the publisher."""
    if not name or any(c.isdigit() for c in name) or "@" in name or _DOMAIN.search(name):
        return False
    if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return False
    if any(w[0].islower() and w.casefold() not in words.particles for w in name.split()):
        return False  # "à Lyon", "said the minister": lower-case words are not part of a name
    if len(name.split()) == 1 and (_is_cased(name) or not count_unspaced(name)):
        # in a script with capitals, one word is a site, a desk or a section ("Tagesblick"); in a caseless script
        # that spaces its words (Arabic, Hebrew, Indic, Georgian) a person is named with two words at least, one is
        # a place or a desk ("الرياض – فهد العتيبي": Riyadh, then the writer). CJK and Southeast Asian scripts
        # write a name without spaces ("佐藤美咲", "김민수").
        return False
    if _is_desk_or_outlet(name.split(), words):
        return False
    return not _is_publisher(name, words, publishers)


def _is_desk_or_outlet(parts: list[str], words: AuthorWords) -> bool:
    """A desk or an outlet by its own closing word, whatever the site ("CBC News", "WebMD Health News"), for pages that
    name no site to compare with. (An article opening the name, "The Earthtimes", was tried too: it cost a check half
    of the real pages an author, a pen name so written perhaps, and was withdrawn.)"""
    return len(parts) > 1 and parts[-1].strip(_EDGE_PUNCT).casefold() in words.desk_tails


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
        text = _strip_prefix(_without_contacts(text).strip(_EDGE_PUNCT), words)
        after_desk = False
        for chunk in _SEPARATORS.split(text):
            if len(chunk.split()) > 2 * MAX_NAME_WORDS + 1:  # a sentence, not a list of names
                continue
            if after_desk and len(chunk.split()) == 1:
                continue  # "নিজস্ব প্রতিবেদক, চট্টগ্রাম": the desk's city, no person
            after_desk = bool(chunk.split()) and all(w.casefold() in words.newsroom for w in chunk.split())
            chunk = _without_leading_and(chunk.strip(_EDGE_PUNCT), and_words)
            for part in han_names(_split_on_and(chunk, and_words), language):
                name = _without_job_titles(_strip_prefix(part.strip(_EDGE_PUNCT), words), words)
                if is_plausible_name(name, words, keys) and _key(name) not in seen:
                    seen.add(_key(name))
                    names.append(name)
    return names
