"""The site's own name as its pages show it: the text or logo of the link to its home page.

Pages without `og:site_name` or a JSON-LD publisher still name their site in the masthead: a link
to "/" whose text or logo `alt` is the site's name ("Harrow Gazette", "朝日新聞デジタル"). Titles end or
start with that name ("Headline - Harrow Gazette"), so it is one more key for taking it off.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.lexicon.vocabulary import section_words

# Links to the site's own home page: relative ones always; absolute ones only to the page's own host
# (masthead rows link to sister sites' home pages too).
_RELATIVE_HOME = re.compile(r"(?:\.?/|/?(?:index|default|home)\.\w{2,5})")
_LINKS = etree.XPath("//body//a[@href]")
_WORDS = re.compile(r"[^\W\d_]+")
# An absolute link's part after "://" that names the host (with any user and port): up to its path, query or fragment.
_AUTHORITY_END = re.compile(r"[/?#]")
# A name is a few words; a longer link text or alt is a slogan or a headline.
MAX_NAME_WORDS = 5
# Only the first few home links count (the masthead's); the footer repeats them.
MAX_HOME_LINKS = 5


def is_menu_label(name: str) -> bool:
    """A home link's text that is a menu label, not the site's name: every word is a menu word."""
    words = _WORDS.findall(name.casefold())
    return not words or all(w in section_words() for w in words)


def page_links(root: HtmlElement, bodies: list[HtmlElement] | None = None) -> list[HtmlElement]:
    """The <body>'s links with an address, in page order: found once per page for both readers below."""
    return link_hrefs(root, bodies)[0]


def link_hrefs(root: HtmlElement, bodies: list[HtmlElement] | None = None) -> tuple[list[HtmlElement], list[str]]:
    """The page's links (`page_links`) and their addresses, each read once for both readers below. `bodies`: every
    <body> of the root's document (`PageTags.bodies`), when the caller has them: a page with one is walked for its
    <a>s in lxml's C loop, with what ``//body//a[@href]`` found, in the same order, in about half its time."""
    if bodies is None or len(bodies) != 1:
        links = list(_LINKS(root))
        return links, [a.get("href", "") for a in links]
    links, hrefs = [], []
    for link in bodies[0].iter("a"):
        href = link.get("href")
        if href is not None:
            links.append(link)
            hrefs.append(href)
    return links, hrefs


def linked_host(
    root: HtmlElement, links: list[HtmlElement] | None = None, hrefs: list[str] | None = None
) -> str | None:
    """The host most of the page's absolute links go to, for a page that declares no URL of its own (older sites
    write their own links in full, "http://www.example.org/news/"): its links home name the site as well. None
    when fewer than MIN_OWN_LINKS links share a host. `links`: the page's (`page_links`), when the caller has them;
    `hrefs`: their addresses (`link_hrefs`)."""
    if hrefs is None:
        hrefs = [a.get("href", "") for a in (_LINKS(root) if links is None else links)]
    counts: Counter[str] = Counter()
    # the same address is linked many times over (menus, teasers): each distinct one is cut into its host once,
    # counted as often as it is linked (a Counter keeps first-seen order, so most_common breaks ties as before)
    for href, times in Counter(hrefs).items():
        counts[_hostname(href)] += times
    counts.pop("", None)
    host, seen = counts.most_common(1)[0] if counts else ("", 0)
    return host if seen >= MIN_OWN_LINKS else None


def _hostname(href: str) -> str:
    """The host of an absolute http(s) link without www., lower-cased; "" for any other link."""
    lowered = href.strip().lower()
    return _host_and_rest(lowered)[0] if lowered.startswith(("http://", "https://")) else ""


def _host_and_rest(lowered: str) -> tuple[str, str]:
    """The host without www. and what follows it, of a lower-cased absolute link. What urlsplit would give, by
    string cuts: pages hold hundreds of links to their own host, and urlsplit on each was a third of the metadata's
    time."""
    rest = lowered.split("://", 1)[1]
    head = _AUTHORITY_END.split(rest, maxsplit=1)[0]  # up to the first "/", "?" or "#": one scan, not three and a min()
    return head.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www."), rest[len(head) :]


# A host is the page's own only when this many of its links go there.
MIN_OWN_LINKS = 3


def _is_home(href: str, host: str | None) -> bool:
    href = href.strip()
    if _RELATIVE_HOME.fullmatch(href):
        return True
    if not host or not href.startswith(("http://", "https://")):
        return False
    lowered = href.lower()
    if host not in lowered:
        return False
    hostname, after = _host_and_rest(lowered)
    path = after.split("?", 1)[0].split("#", 1)[0]
    return hostname == host and path in ("", "/")


def home_link_names(
    root: HtmlElement, url: str | None, links: list[HtmlElement] | None = None, hrefs: list[str] | None = None
) -> list[str]:
    """Texts and logo alts of the first links to the site's home page, a few words each, not menu labels
    ("Home", "Startseite": as site keys they would take a headline's first word for the site); `links` and `hrefs`
    as in `linked_host`."""
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else None
    # The first few home links: the page's other links (often hundreds) need not be looked at.
    every = _LINKS(root) if links is None else links
    # their addresses as read once by `link_hrefs`, else each read as it comes (the search stops at the last home)
    addresses = hrefs if hrefs is not None and links is not None else (a.get("href", "") for a in every)
    homes = islice((a for a, href in zip(every, addresses, strict=True) if _is_home(href, host)), MAX_HOME_LINKS)
    names: list[str] = []
    for link in homes:
        texts = [link.text_content(), *(img.get("alt", "") for img in link.iter("img"))]
        names += [
            n
            for n in (" ".join(t.split()) for t in texts)
            if n and len(n.split()) <= MAX_NAME_WORDS and not is_menu_label(n)
        ]
    return names
