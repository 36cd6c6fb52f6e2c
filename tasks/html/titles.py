"""A page's headline without the site's name: 'Storm hits the coast | DW | 28.04.2023' → 'Storm hits the coast'.

Pages put their site's name before or after the headline in <title>, and often in og:title too
("… - WELT", "…：朝日新聞デジタル", "NDTV.com: …"). An edge part of the title is the site's name when
it matches, without case, spaces and punctuation, a name the page gives for itself (og:site_name,
the JSON-LD publisher) or its domain ("welt.de" → "welt"); dates beside it go with it. When no
part is known to be the site, only <title> is cut, keeping its longest part (the usual "Headline -
Section - Site"); a headline's own colon ("Brexit: what now") is never cut, a spaced one (" : ") is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from tasks.html.title_parts import SEPARATORS, STRONG, separator_spans, split_title
from tasks.lexicon.automaton import count_unspaced, is_unspaced
from tasks.lexicon.site_domains import site_name
from tasks.read.decode import normalize_text

_BARE_DOMAIN = re.compile(
    r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|co|[a-z]{2})(?:\.[a-z]{2})?", re.IGNORECASE
)
_REVERSE_TRAIL = re.compile(r"\s+<\s+")
_SITE_PREFIX = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")  # "NDTV.com: Headline"
_DATE_PART = re.compile(r"^[\d\s./:-]+$|^\d{4}年\d{1,2}月\d{1,2}日")
# A site's name is a few words; a longer edge part is part of the headline.
MAX_SITE_WORDS = 5
# Letters NFKD does not take apart, spelled as their base letters for comparing names.
_UNACCENTED = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ð": "d", "þ": "th"})
_GERMAN_DIGRAPHS = re.compile(r"([aou])e")
# A site key shorter than this ("tv", "de") matches too much to be used as a prefix.
MIN_PREFIX_KEY = 4


@lru_cache(maxsize=4096)  # a page keys its <title> once per heading and its headings and parts again and again
def _key(text: str) -> str:
    """Letters and digits, case-folded and without accents: 'Hürriyet' and the domain 'hurriyet' compare equal."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_UNACCENTED))
    bare = unicodedata.normalize("NFC", "".join(c for c in folded if not unicodedata.combining(c)))
    return "".join(c for c in bare if c.isalnum())


def site_keys(names: Iterable[str | None], url: str | None = None) -> frozenset[str]:
    """Comparable forms of the site's names and of its domain: the host with and without its suffix,
    and the registered name ('www3.nhk.or.jp' → 'nhk'), also with German 'ue', 'oe', 'ae' as the
    letters they spell ('sueddeutsche' for 'Süddeutsche')."""
    keys = {_key(n) for n in names if n}
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.")
    if host:
        registered = site_name(host).split(".")[0]
        names_of_host = {host, host.split(".")[0], host.rsplit(".", 1)[0], registered}
        keys |= {_key(n) for n in names_of_host} | {_key(_GERMAN_DIGRAPHS.sub(r"\1", registered))}
    keys.discard("")
    return frozenset(keys)


def is_site_part(part: str, keys: frozenset[str]) -> bool:
    """An edge part of a title that names the site: 'WELT', 'NDTV.com', 'DW', '朝日新聞デジタル'."""
    key = _key(part)
    if not key or len(part.split()) > MAX_SITE_WORDS:
        return False
    if key in keys or _BARE_DOMAIN.fullmatch(part.strip()):
        return True  # a part that is a domain ("NDTV.com", "www.smh.com.au") names a site whatever the site
    # "NDTV.com", "WELT Online", "n-tv NACHRICHTEN" (site + more), "Spiegel" (for spiegel-online): a prefix
    # match needs the domain form or a whole first word, so "Weltbank warnt" is not "WELT".
    first = _key(part.split()[0])
    for k in keys:
        if first == k and len(part.split()) <= 3:
            return True
        if len(k) >= MIN_PREFIX_KEY and (
            ("." in part and key.startswith(k)) or (len(key) >= MIN_PREFIX_KEY and k.startswith(key))
        ):
            return True
    return False


def _drop_site_edges(parts: list[str], keys: frozenset[str]) -> list[str] | None:
    """The parts without site names (and dates next to them) at either end, or the longer side of a site
    name inside; None when no part is the site."""
    kept = list(parts)
    cut = False
    for end in (-1, 0):
        while len(kept) > 1 and (is_site_part(kept[end], keys) or (cut and _DATE_PART.match(kept[end].strip()))):
            kept.pop(end)
            cut = True
        if len(kept) > 1 and _DATE_PART.match(kept[end].strip()) and is_site_part(kept[end - 1 if end else 1], keys):
            kept.pop(end)
            continue
    if cut:
        return kept
    # The site between the headline and a section ("Headline | NHK | Society"): the longer side is the headline.
    inner = next((i for i in range(1, len(parts) - 1) if is_site_part(parts[i], keys)), None)
    if inner is None:
        return None
    before, after = parts[:inner], parts[inner + 1 :]
    return before if sum(map(len, before)) >= sum(map(len, after)) else after


def title_edges(title_tag: str | None) -> tuple[str, ...]:
    """The first and last parts of <title> between separators ("…_财经频道_江南在线" → the headline, "江南在线"):
    where a site writes its name, so a name equal to one of them is the site's."""
    parts = [p.strip() for p in split_title(SEPARATORS, repair_title(title_tag or "")) if p.strip()]
    return (parts[0], parts[-1]) if len(parts) > 1 else ()


def repair_title(text: str) -> str:
    """Mojibake and entities repaired ('Qatarâ€™s' → 'Qatar’s'), whitespace collapsed."""
    return " ".join(normalize_text(text).split())


def headline_of(title: str, keys: frozenset[str], from_title_tag: bool) -> str:
    """The headline part of a title: site-name parts at either end removed."""
    title = repair_title(title)
    # A trail back up the site after the headline ("Headline < Section < 기사본문 - Paper", the
    # Korean newsroom CMS's <title>): the headline is what comes before it.
    title = _REVERSE_TRAIL.split(title, maxsplit=1)[0].strip() or title
    prefixed = _SITE_PREFIX.match(title)
    if prefixed and is_site_part(prefixed.group(1), keys):
        title = prefixed.group(2)
    parts = [p for p in split_title(SEPARATORS, title) if p.strip()]
    if len(parts) < 2:
        return title
    kept = _drop_site_edges(parts, keys)
    if kept is not None:
        # Re-cut the original text, so separators inside the headline stay as written.
        first, last = title.find(kept[0]), title.rfind(kept[-1])
        title = title[first : last + len(kept[-1])].strip() if 0 <= first <= last else " - ".join(kept)
        if not from_title_tag:
            return title
        # <title> also names sections ("Chelsea - Cole: …", "News > World -- …"): the longest part
        # between strong separators is the headline; a colon inside it stays.
        strong = [p for p in split_title(STRONG, title) if p.strip()]
        return max(strong, key=len).strip() if len(strong) > 1 else title
    if not from_title_tag:
        return title
    return max(parts, key=len).strip()


# A heading shorter than this (in letters and digits) is too common to be confirmed by <title> ("News").
MIN_CONFIRMED_CHARS = 8
MIN_HEADLINE_WORDS = 5
# A shown part of <title> shorter than this is as likely a section label shown in the menu ("SPORTS PLUS").
MIN_SHOWN_WORDS = 3
# A shorter title from another source is the bare headline only when it is most of the longer one.
MIN_BARE_SHARE = 0.5


def _is_decorated(longer: str, bare: str) -> bool:
    """'Headline | DW | 28.04.2023' decorates 'Headline': the bare one plus separator and more, at either end."""
    if len(bare) < MIN_BARE_SHARE * len(longer) or bare == longer:
        return False
    if longer.startswith(bare):
        return SEPARATORS.match(longer[len(bare) :] + " ") is not None
    if longer.endswith(bare):
        return SEPARATORS.search(" " + longer[: -len(bare)]) is not None and bool(
            re.search(r"[|–—\-:·•»«>/｜：_]\s*$", longer[: -len(bare)])
        )
    return False


def is_confirmed_by(heading: str, title_tag: str) -> bool:
    """<title> shows this heading: its text (without case, spaces and punctuation) is inside <title>'s."""
    key = _key(heading)
    return len(key) >= MIN_CONFIRMED_CHARS and key in _key(title_tag)


def is_begun_by(heading: str, title_tag: str) -> bool:
    """<title> shows this heading cut short: one of its parts, of a headline's words, is the heading's start ("Site ::
    News :: On the Chuya highway work began on a new bridge" over the <h1> "… a new bridge across the Ursul")."""
    key = _key(heading)
    parts = [
        part for part in split_title(SEPARATORS, repair_title(title_tag)) if len(part.split()) >= MIN_HEADLINE_WORDS
    ]
    return any(len(_key(part)) >= MIN_CONFIRMED_CHARS and key.startswith(_key(part)) for part in parts)


def confirmed_heading(headings: list[str], title_tag: str | None) -> str | None:
    """The longest heading (<h1>-<h3>, in page order) that <title> confirms, if any.

    Old and plain pages put a section label or the site's logo in their first <h1> ("Sport Story",
    "Kid's TV", "Herald Sun") and the headline in a later <h1> or an <h2>; <title> names the headline
    (with the site and section around it), so the heading it shows is the headline. When <title>
    shows both a label and the headline ("SFGate: World Views : Headline"), the longer one is it.
    """
    if not title_tag:
        return None
    tag = repair_title(title_tag)
    shown = [h for h in (repair_title(h) for h in headings) if is_confirmed_by(h, tag)]
    headline_like = [h for h in shown if len(h.split()) >= MIN_HEADLINE_WORDS]
    return headline_like[0] if headline_like else max(shown, key=len) if shown else None


def shown_part(title_tag: str | None, is_shown: Callable[[str], bool]) -> str | None:
    """The longest run of <title>'s parts that the page shows as a text of its own: the headline, whatever
    the site's description around it ("Headline | Premier League News, Fixtures, Results")."""
    title = repair_title(title_tag or "")
    cuts = separator_spans(SEPARATORS, title)
    if not cuts:
        return None
    starts, ends = [0, *(e for _, e in cuts)], [*(s for s, _ in cuts), len(title)]
    runs = (title[starts[i] : ends[j]].strip() for i in range(len(starts)) for j in range(i, len(ends)))
    shown = [run for run in runs if len(run.split()) >= MIN_SHOWN_WORDS and run != title and is_shown(run)]
    return max(shown, key=len) if shown else None


# The headline the page shows wins over a declared title it rewords when it has this many words at least
# (not a section label: "Sport Story") and, unless it is the page's <h1>, shares this share of its words with it
# (a first <h2> standing in for a logo's <h1> may be a blog's date header or another text).
MIN_SHOWN_HEADLINE_WORDS = 3
MIN_SHARED_WORDS = 0.25
# Thai, Lao, Khmer and Burmese put spaces between phrases, not words ("เชียงใหม่เปิดใช้รถโดยสารไฟฟ้าสายใหม่ เชื่อมสนามบิน-
# ตัวเมือง" is two spaced parts): there a word is counted per this many letters of their scripts (Chinese, Japanese
# and Korean too, whose headlines are compared character by character as well).
UNSPACED_LETTERS_PER_WORD = 4


def _word_count(text: str) -> int:
    """How many words a headline has, those of scripts without spaces between words estimated from its letters."""
    return max(len(text.split()), count_unspaced(text) // UNSPACED_LETTERS_PER_WORD)


def _is_shown_rewording(shown: str, declared: str, keys: frozenset[str], is_h1: bool = False) -> bool:
    """The page's headline element rewords the declared title (og:title, JSON-LD): "Die Schuldenbremse ist kein
    Naturgesetz" shown, "Kommentar zur Schuldenbremse: Kein Naturgesetz" declared for sharing. The shown one is
    the headline readers see; a declared title is often written for search or social cards, in other words
    altogether ("Lluvias en Piura: más de 600 familias damnificadas" declared over the <h1> "Huaicos aíslan a
    caseríos de Huancabamba …") or in the other of the language's two scripts (Serbian Latin over Cyrillic)."""
    words, declared_words = _tokens(shown), _tokens(declared)
    short = len(words) < MIN_SHOWN_HEADLINE_WORDS and _word_count(shown) < MIN_SHOWN_HEADLINE_WORDS
    if short or is_site_part(shown, keys) or _key(shown) == _key(declared):
        return False
    # Shared words counted against the shorter of the two: a short social-card title ("Vigo vuelve a tener barco a
    # Canarias") shares a third of its words with the long headline it abridges, a tenth of the headline's.
    return is_h1 or len(words & declared_words) >= MIN_SHARED_WORDS * min(len(words), len(declared_words))


def _is_title_tag_headline(shown: str, declared: str, title_tag: str | None, keys: frozenset[str]) -> bool:
    """The page's headline element is <title>'s headline, word for word: two of the page's own texts agree against
    the declared title, another headline written for social cards and promotions ("'We can't wait any longer': anger
    as …" declared, "Kildare councillors reject 'rushed' plan …" shown and in <title>; BBC's short og:title)."""
    if not title_tag or _word_count(shown) < MIN_SHOWN_HEADLINE_WORDS or is_site_part(shown, keys):
        return False
    if _key(shown) == _key(declared):
        return False  # the same words: the declared one stands (its quotes may differ)
    return _key(headline_of(repair_title(title_tag), keys, from_title_tag=True)) == _key(repair_title(shown))


def _tokens(text: str) -> set[str]:
    """Comparable words; in a script written without spaces (Chinese, Japanese) each character is one."""
    return {t for w in text.split() for t in ([*_key(w)] if any(is_unspaced(c) for c in w) else [_key(w)])} - {""}


def choose_title(
    declared: list[str | None],
    title_tag: str | None,
    keys: frozenset[str],
    headline: str | None = None,
    headings: list[str] | None = None,
    is_shown: Callable[[str], bool] | None = None,
    headline_is_h1: bool = False,
) -> tuple[str | None, bool]:
    """(headline, whether it came from <title>).

    The first declared title (og:title, twitter:title, JSON-LD headline) without its site name, unless the
    page's headline element rewords it (`_is_shown_rewording`: the shown headline wins); with
    none, the heading <title> confirms (`confirmed_heading`), else the page's headline element
    (`headline`: marked itemprop=headline, the <h1> in <article>, the first <h1>) unless `is_shown`
    says the page shows <title>'s headline part as a text of its own, else <title>'s headline part.
    A title that another source shows bare, without the decoration around it, is replaced by the
    bare one.
    """
    found = [repair_title(t) for t in [*declared, headline] if t and t.strip()]
    if not any(t and t.strip() for t in declared):
        # A heading that names the site (the logo in an <h1>) is not the headline.
        confirmed = confirmed_heading([h for h in headings or [] if not is_site_part(h, keys)], title_tag)
        if confirmed:
            return headline_of(confirmed, keys, from_title_tag=False), False
        tag = (shown_part(title_tag, is_shown) if is_shown else None) or (
            headline_of(title_tag, keys, from_title_tag=True) if title_tag else None
        )
        if tag and (not found or (is_shown is not None and is_shown(tag))):
            # A first <h1> that <title> does not show is often a section label or the site's logo
            # ("Top Classifieds", "Other News in Science"): <title>'s headline wins when the page
            # also shows it as a text of its own (not a link: the logo links home).
            return tag, True
    if not found:
        return None, False
    title = headline_of(found[0], keys, from_title_tag=False)
    if headline and (
        _is_shown_rewording(repair_title(headline), title, keys, headline_is_h1)
        or _is_title_tag_headline(headline, title, title_tag, keys)
    ):
        return repair_title(headline), False
    # Only explicit sources count as bare: <title>'s headline is itself a guess (its longest part).
    bare = next((c for c in found[1:] if _is_decorated(title, c)), None)
    return bare or title, False
