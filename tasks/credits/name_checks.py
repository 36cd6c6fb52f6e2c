"""Whether a part of a byline or an author value is a person's name: not a desk, an outlet, the publisher or site, a
company or a page's interface label. :mod:`tasks.credits.names` cuts the parts; this module judges them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from tasks.credits.site_labels import domain_label_keys, names_the_domain
from tasks.lexicon.author_words import AuthorWords, load_author_words
from tasks.lexicon.automaton import count_unspaced
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import job_titles, name_words
from tasks.lexicon.word_classes import is_caseless

# A person's name is a few words; a longer part is a sentence or a bio.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las|il|lo|der|die|das|de|het|o|a)\s+", re.IGNORECASE)
# (the full-width brackets too: "（報道センター・佐藤美咲）", a Japanese paper's signature under the text)
# the minus sign, figure dash and horizontal bar some pages type for a dash after a cue ("ရေးသားသူ − …"; session 30)
EDGE_PUNCT = " \t\"'«»„“”‘’.:;,!?()[]{}-–—−‒―*（）【】〔〕"
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def name_key(text: str) -> str:
    """Case-, space- and punctuation-free form for comparing names: 'STERN.de' → 'sternde'."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _cjk_stem(key: str) -> str:
    """A CJK name without the newsroom words written onto its end: "東洋新報社" and "東洋新報デジタル" are both
    "東洋新報" (a company, a digital edition), so the first names the site of the second."""
    stripped = True
    while stripped and CJK.search(key[-1:]):
        stripped = False
        for word in _cjk_newsroom_words():
            if key.endswith(word) and len(key) > len(word) + 1:
                key, stripped = key[: -len(word)], True
                break
    return key


@lru_cache(maxsize=1)
def _cjk_newsroom_words() -> tuple[str, ...]:
    """The newsroom words written in CJK scripts (社, デジタル, 新聞), longest first: sorted once, not per name."""
    return tuple(sorted((w for w in load_author_words().newsroom if CJK.search(w)), key=len, reverse=True))


def publisher_keys(names: Iterable[str | None]) -> frozenset[str]:
    """Comparable forms of the publisher's and site's names: as written and, for domains, the label."""
    names = list(names)
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        host = name.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
        keys.add(name_key(host))
        keys.add(_cjk_stem(name_key(host)))  # "東洋新報デジタル" is also "東洋新報"
        keys.add(name_key(_LEADING_ARTICLE.sub("", host)))  # "The Jerusalem Post" is also "Jerusalem Post"
        newsroom = load_author_words().newsroom  # "News Nation" is also "Nation" ("News Nation Bureau")
        keys.add(name_key(" ".join(w for w in host.split() if w.strip(EDGE_PUNCT).casefold() not in newsroom)))
        # "El Litoral Diario" is also "El Litoral" ("Redacción El Litoral": the desk of the daily), as "Diario El
        # Litoral" would be: the name less the words saying what kind of outlet it is
        kept = [w for w in host.split() if w.strip(EDGE_PUNCT).casefold() not in name_words().descriptors]
        if 0 < len(kept) < len(host.split()):
            keys.add(name_key(" ".join(kept)))
        if _CLOSING_CODE.search(name):  # "Diario Oriente HN" is also "Diario Oriente" ("Redacción Diario Oriente")
            keys.add(name_key(_CLOSING_CODE.sub("", name)))
        if DOMAIN.fullmatch(host.split("/")[0]):
            keys.add(name_key(host.split("/")[0].rsplit(".", 1)[0]))  # "n-tv.de" → "ntv"
        keys.update(SITE_WORD + name_key(w) for w in host.split() if len(host.split()) > 1 and name_key(w))
    keys.discard("")
    return frozenset(keys) | domain_label_keys(names)


# A country's or region's code closing a site's name of two words or more ("Diario Oriente HN", "La Prensa GT",
# "Noticias SV"): outlets write it after the name their desk signs with (ISO 3166 alpha-2 and -3 in capitals).
_CLOSING_CODE = re.compile(r"(?<=\S)\s+[A-Z]{2,3}\s*$")


# Marks a key that is one word of a publisher's name of several ("hírlap" of "Alföldi Hírlap"): a key is alphanumeric
# only, so the mark keeps it apart from a whole name's.
SITE_WORD = "~"


def is_cjk_desk(token: str) -> bool:
    """A CJK word that ends in a newsroom word: a department, a bureau ("社会部", "金沢支局"), the paper ("…新聞社")."""
    return bool(CJK.search(token)) and any(token.endswith(w) for w in _cjk_newsroom_words())


def _is_publisher(name: str, words: AuthorWords, publishers: frozenset[str]) -> bool:
    if name_key(name) in publishers or (CJK.search(name) and _cjk_stem(name_key(name)) in publishers):
        return True
    if names_the_domain(name, publishers):  # "APR Kärnten" on kaernten.apr.example: the site's regional edition
        return True
    head = name.split()[:-1]  # "Portal Sul RS": the site's name and its region's code
    if len(head) >= 2 and name_key(" ".join(head)) in publishers:
        return True
    # Only newsroom words and particles ("da Redação", "Staff"): a desk, whatever the site; the site's name after an
    # outlet word ("خبرگزاری نگاه امروز": the news agency Negah Emrooz) is the site too.
    # The site's own name may hold an outlet word too ("Redactie Omroep IJsseldelta": the desk of the broadcaster
    # Omroep IJsseldelta), so the name less its newsroom words alone is compared as well.
    desk_words = words.newsroom | words.particles
    for ignored in (desk_words | name_words().descriptors, desk_words):
        rest = [w for w in name.split() if w.strip(EDGE_PUNCT).casefold() not in ignored]
        if all(name_key(w) in publishers for w in rest) or (bool(rest) and name_key(" ".join(rest)) in publishers):
            return True
    if is_attached_desk(name, words) or (len(name.split()) == 1 and is_cjk_desk(name)):
        return True  # a CJK desk written as one word: "온라인뉴스팀" (the online news team), "報道センター"
    # The site's short name and a newsroom word ("Hírlap Online" on "Alföldi Hírlap", "Courier Staff"): words of the
    # site's name and a desk's, no person's.
    rest = [w for w in name.split() if w.strip(EDGE_PUNCT).casefold() not in words.newsroom]
    return len(rest) < len(name.split()) and all(SITE_WORD + name_key(w) in publishers for w in rest)


def is_attached_desk(name: str, words: AuthorWords) -> bool:
    """A newsroom word opening a name in a script without spaces, written onto what follows ("กองบรรณาธิการล้านนาโพสต์":
    the editorial board of Lanna Post; "ทีมข่าวการเมือง": the politics news team): a desk whatever it is of, as "Staff"
    alone (CJK names, which put the word after, are `_cjk_stem`'s)."""
    key = name_key(name)
    if not count_unspaced(key) or CJK.search(key):
        return False
    return any(key.startswith(desk) for desk in (name_key(w) for w in words.newsroom if count_unspaced(w)))


def only_desk_words(words: Iterable[str], authors: AuthorWords) -> bool:
    """A name of nothing but a newsroom's words and the paper's "our" ("ਸਾਡੇ ਪੱਤਰ ਪ੍ਰੇਰਕ": our correspondent;
    "ਸਟਾਫ਼ ਰਿਪੋਰਟਰ": staff reporter; "사회부": the city desk): a desk's byline whatever the cue, before or after it."""
    folded = [w.strip(EDGE_PUNCT).casefold() for w in words]
    return bool(folded) and all(w in authors.newsroom or w in authors.our_words for w in folded)


def _is_cased(text: str) -> bool:
    return not is_caseless(text) and any(c.isupper() or c.islower() for c in text)


def is_plausible_name(name: str, words: AuthorWords, publishers: frozenset[str]) -> bool:
    """A person's name: letters, no digits or contacts, two words or more in a script with capitals,
    short, not a newsroom or the publisher."""
    if not name or has_digit(name) or "@" in name or DOMAIN.search(name):
        return False
    if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return False
    if any(w[0].islower() and not is_caseless(w) and w.casefold() not in words.particles for w in name.split()):
        return False  # "à Lyon", "said the minister": lower-case words are not part of a name (Georgian has no case)
    if len(name.split()) == 1 and not is_initialled_name(name) and (_is_cased(name) or not count_unspaced(name)):
        # in a script with capitals, one word is a site, a desk or a section ("Tagesblick"); in a caseless script
        # that spaces its words (Arabic, Hebrew, Indic, Georgian) a person is named with two words at least, one is
        # a place or a desk ("الرياض – فهد العتيبي": Riyadh, then the writer). CJK and Southeast Asian scripts
        # write a name without spaces ("佐藤美咲", "김민수").
        return False
    parts = name.split()
    if any(w.strip(EDGE_PUNCT).casefold() in words.no_one for w in parts):
        return False  # "Anonymous Student", "Unknown Author": the writer withheld
    if _is_desk_or_outlet(parts, words) or _is_interface_label(parts, words) or _ends_in_an_article(parts, words):
        return False
    if opens_with_no_name_word(parts, words):
        return False  # "Without Notes" of "Text Without Notes": a phrase after a cue word, no one's name
    if is_company(name):
        return False
    return not _is_publisher(name, words, publishers)


def is_initialled_name(word: str) -> bool:
    """One word that is a name after the initials glued onto it with a dot, "Б.Энхжаргал", "Д.Батбаяр" (Mongolian
    papers write the father's initial so before the given name; Russian-language ones "И.Петров" sometimes): a person's
    name of two parts, which the one-word rule would take for a site's or a desk's. Each initial a capital letter, the
    name capitalised and of two letters at least."""
    *initials, last = word.split(".")
    return (
        0 < len(initials) <= MAX_GLUED_INITIALS
        and all(len(i) == 1 and i.isupper() for i in initials)
        and len(last) >= MIN_GLUED_NAME_CHARS
        and last.isalpha()
        and last[0].isupper()
        and last[1:].islower()
    )


MAX_GLUED_INITIALS = 2
MIN_GLUED_NAME_CHARS = 2


def _ends_in_an_article(parts: list[str], words: AuthorWords) -> bool:
    """No name ends in "the": "For The" is what is left of "For The Associated Press" once the agency is cut."""
    return len(parts) > 1 and parts[-1].strip(EDGE_PUNCT).casefold() in words.article_last


def _is_interface_label(parts: list[str], words: AuthorWords) -> bool:
    """A link's or a tool's label, every word an interface word ("View Profile" of a rel=author link, "About Us" of a
    menu's, "Font Size" above the text): no person."""
    return all(w.strip(EDGE_PUNCT).casefold() in words.interface for w in parts)


def is_company(name: str) -> bool:
    """A name closed by a company's legal form ("Pocket-lint Ltd", "Acme Media Inc."): a company, no person. Forms of
    one or two letters ("AG", "SA", "Co") are left out: a surname or an initial may be so written."""
    parts = name.split()
    form = parts[-1].strip(EDGE_PUNCT).casefold() if len(parts) > 1 else ""
    return len(form.replace(".", "")) >= MIN_COMPANY_FORM and form in name_words().company


MIN_COMPANY_FORM = 3


def _is_desk_or_outlet(parts: list[str], words: AuthorWords) -> bool:
    """A desk or an outlet by its own closing word, whatever the site ("CBC News", "WebMD Health News"), for pages that
    name no site to compare with. (An article opening the name, "The Earthtimes", was tried too: it cost a check half
    of the real pages an author, a pen name so written perhaps, and was withdrawn.)"""
    if len(parts) > 1 and parts[0].strip(EDGE_PUNCT).casefold() in words.desk_heads:
        return True  # "قسم الأخبار المحلية": a department's name, its head noun first
    return closes_with_desk_word(parts, words) or any(_is_desk_compound(p, words) for p in parts)


def _is_desk_compound(part: str, words: AuthorWords) -> bool:
    """A compound closed by a newsroom word ("Lokalredaktion", "Webredactie"): a desk's name, no person's word."""
    word = part.strip(EDGE_PUNCT).casefold()
    return any(word.endswith(end) and len(word) > len(end) for end in words.desk_compounds)


def closes_with_desk_word(parts: list[str], words: AuthorWords) -> bool:
    """A name of two words or more closed by a newsroom's or institution's word ("CBC News", "European Space
    Agency"): a desk or an outlet."""
    return len(parts) > 1 and parts[-1].strip(EDGE_PUNCT).casefold() in words.desk_tails


def opens_with_no_name_word(parts: list[str], words: AuthorWords) -> bool:
    """A phrase opened by a preposition ("Without Notes"), no name."""
    return bool(parts) and parts[0].strip(EDGE_PUNCT).casefold() in words.opens_no_name


def without_closing_beats(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words before a job word less the beat words closing them ("Ann Lee Education" before "Correspondent",
    "Local Democracy" before "Reporter"): the beat is the title's ("Education Correspondent", the UK and New Zealand
    papers' "Local Democracy Reporter"), no name's last word."""
    beats = job_titles().beats
    end = len(tokens)
    while end and tokens[end - 1].group(0).strip(".,:;\"'").casefold() in beats:
        end -= 1
    return tokens[:end]
