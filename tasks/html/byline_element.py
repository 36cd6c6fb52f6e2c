"""The page's byline element: the first element marked as the author's (rel/itemprop ``author``, class or id ``byline``
or ``author``, or a class holding such a word in BEM style or the site's language, "article__author", "wb-autor",
outside a comment or another article's teaser),
its text read up to the date it shows. Read by :mod:`tasks.html.meta` only when JSON-LD and ``<meta>`` name no
person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.box_heading import box_heading
from tasks.html.byline_teasers import ELSEWHERE_TAGS, PAGE_TAGS, holds_the_headline, one_of_a_list_elsewhere
from tasks.html.page_tags import document_elements
from tasks.html.vocab import (
    BYLINE_HINTS,
    BYLINE_LIST_HINTS,
    BYLINE_NAME_HINTS,
    BYLINE_PLACE_HINTS,
    BYLINE_ROLE_ALONE_HINTS,
    BYLINE_ROLE_HINTS,
    ELSEWHERE_HINTS,
    class_words,
)
from tasks.lexicon.attached_and import attached_and_names
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.vocabulary import job_titles

# Byline elements: rel/itemprop/class words that name the author (class_hints.csv, kind byline).
# A cheap pre-filter (substring tests); the class words are checked exactly in Python.
# The pre-filter walks the document's elements and asks each one's attributes in Python, yielding as it goes: an XPath
# that tested five attributes of every element and listed every classed element cost twice the walk, and the byline
# is most often among the first candidates (issue 15; before that, an XPath contains() per word on every element).
_BYLINE_SUBSTRINGS = re.compile("|".join(re.escape(word) for word in sorted(BYLINE_HINTS | BYLINE_LIST_HINTS | {"by"})))
_MARKED_AS_AUTHOR = frozenset({"rel", "itemprop", "id"})  # an attribute whose value "author" marks the author's


def _byline_candidates(root: HtmlElement) -> Iterator[HtmlElement]:
    """The pre-filter's elements in page order (the whole document's, as an XPath from `root` reads it): marked as the
    author's (rel or itemprop "author", id "author" or "byline"), or a class holding one of the words."""
    for element in document_elements(root):
        for name, value in element.items():
            if (
                (name == "class" and _BYLINE_SUBSTRINGS.search(value))
                or (value == "author" and name in _MARKED_AS_AUTHOR)
                or (name == "id" and value == "byline")
            ):
                yield element
                break


# A whole class named so is the byline wherever it stands; the other languages' words and the words of longer
# class names count outside comments and teasers only.
_BYLINE_CLASSES = frozenset({"byline", "author"})
# "by" as a whole class or a BEM element ("<span class="by">", "news__by"): the byline's slot, as the word "by" opens
# a byline; not inside another word's class ("powered-by", "sort-by"), and, as the other words, not in a comment.
_BY_CLASS = re.compile(r"(?:^|__)by$")
# "nodebyline", "articlebyline": a lower-case word glued onto "byline" (a Drupal node's), which no separator splits;
# not a capitalised or camelCase one ("FeatureByline", "newsByLine"), withdrawn in session 33
_GLUED_BYLINE = re.compile(r"^[a-z]{3,}byline$")
_BY_PREFIX = re.compile(r"^(?:by|von|par|por|di|door|автор[:\s]|av)\s+", re.IGNORECASE)
_BLOCKS_INSIDE = etree.XPath(".//p | .//div | .//li | .//br")
# schema.org microdata: the name property of the author item, not of an item nested in it (its organisation's)
_ITEM_NAMES = etree.XPath(".//*[@itemprop='name'][not(ancestor::*[@itemscope][1][not(@itemprop='author')])]")
# A byline longer than this is a bio paragraph, not a name.
MAX_BYLINE_CHARS = 80


def byline_text(root: HtmlElement) -> str | None:
    """The first byline element's text up to its date, without "By"; None when there is none or it is a bio. Its
    siblings of the same tag and class are the other writers' bylines, one element each (a name and a role per
    person, "<div class="vr-byline"><a>Ingrid Solberg</a> Journalist</div><div class="vr-byline">…"): their texts
    follow, joined by commas."""
    found = _first_byline(root)
    return found[1] if found else None


def byline_links(root: HtmlElement) -> tuple[tuple[str, ...], frozenset[str]]:
    """The texts of the links the byline element is or holds (`<a rel="author" href="/author/jdoe/">jdoe</a>`: a
    CMS links its writer's account name to the account's page), and the other texts of the elements of its tag and
    class elsewhere on the page (a forum thread's or a comment list's posters, each post signed by its account)."""
    found = _first_byline(root)
    if found is None:
        return (), frozenset()
    element, classes = found[0], found[0].get("class")
    shown = {" ".join(str(e.text_content()).split()) for e in element.getroottree().iter(element.tag)
             if classes and e.get("class") == classes}  # fmt: skip
    own = " ".join(str(element.text_content()).split())
    return tuple(" ".join(str(a.text_content()).split()) for a in element.iter("a")), frozenset(shown - {own})


def _first_byline(root: HtmlElement) -> tuple[HtmlElement, str] | None:
    """The first byline element and its text (`byline_text`)."""
    for element in _byline_candidates(root):
        if element.tag in ("meta", "link", "script") or not is_byline_element(element):
            continue
        named = _names_marked_inside(element)
        texts = [_BY_PREFIX.sub("", _before_its_date(e)) for e in named or (element, *_same_kind_siblings(element))]
        if named:
            texts = [", ".join(t for t in texts if t)]
        if named and _is_interface_label(texts[0]):
            # the marked parts are the writer's page's link, labelled for the reader ("<a rel="author">View
            # profile</a>" beside the name's own link): the name is the element's other text
            texts = [_BY_PREFIX.sub("", _before_its_date(element, apart=frozenset(named)))]
        if 0 < len(texts[0]) <= MAX_BYLINE_CHARS and not _is_interface_label(texts[0]):
            return element, ", ".join(t for t in texts if 0 < len(t) <= MAX_BYLINE_CHARS)
        if not named and len(texts[0]) > MAX_BYLINE_CHARS and (heading := box_heading(element)):
            return element, heading
    return None


def _names_marked_inside(element: HtmlElement) -> list[HtmlElement]:
    """The elements inside a byline wrapper marked as the author's own ("<div class="byline-section"><span
    class="author">Tom Davies</span><span class="publication">Associated Press</span> Published …</div>"): the wrapper
    holds the outlet, a role or a time beside the names, which the marked elements hold alone. Outermost ones only.
    Inside schema.org's microdata author, its name property ("<span itemprop=author itemscope
    itemtype=…/Person><span itemprop=name>By Ann Lee</span><span itemprop=jobTitle>BBC Sport</span></span>")."""
    if element.get("itemprop") == "author" and (named := _ITEM_NAMES(element)):
        return list(named)
    marked = [d for d in element.iterdescendants() if isinstance(d.tag, str) and _marks_the_author(d)]
    return [d for d in marked if not any(a in marked for a in d.iterancestors())]


def _marks_the_author(element: HtmlElement) -> bool:
    """Marked as the author's, or as the name part of a byline ("byline-name" beside "byline-title"), or as an hCard's
    formatted name (microformats' "fn": Blogger's "<span class="post-author vcard">Publicado por <span
    class="fn">Ana López</span></span>" in every language its template is translated to, WordPress's "author vcard"
    link "url fn n"): the name apart from the cue, whatever the language's words for "Posted by"."""
    classes = _classes(element)
    if element.get("rel") == "author" or element.get("itemprop") == "author" or {"author", "fn"} & set(classes):
        return True
    return any(BYLINE_NAME_HINTS & (words := set(class_words(name))) and BYLINE_HINTS & words for name in classes)


def _is_interface_label(text: str) -> bool:
    """A link's or a tool's label in the byline's place ("View Profile" of a rel=author link, "About Us" of a menu's):
    the page's next byline element may name the writer."""
    interface = load_author_words().interface
    return all(w.casefold() in interface for w in text.split())


def _classes(element: HtmlElement) -> list[str]:
    return str(element.get("class", "")).split()


def _same_kind_siblings(element: HtmlElement) -> list[HtmlElement]:
    """The element's later siblings with its tag and class (none for an element without a class)."""
    classes = _classes(element)
    if not classes:
        return []
    return [e for e in element.itersiblings() if e.tag == element.tag and _classes(e) == classes]


def _is_one_line_of_names(element: HtmlElement) -> bool:
    """A plural class's element that lists its writers in one line, joined by commas or any language's "and" ("Tomasz
    Wróbel i Agnieszka Nowak", or the Hebrew and Arabic "and" written onto the second name: "איתי כהן ונועה לוי"): not
    a wrapper of blocks ("article__authors" around "<p>Текст: …</p><p>Фото: …</p>", each block read on its own), nor
    one name alone, which a plural class was not written for."""
    if _BLOCKS_INSIDE(element):
        return False
    text = str(element.text_content())
    and_words = load_author_words().every_and
    return "," in text or any(word in and_words for word in text.split()[1:-1]) or bool(attached_and_names(text))


def is_byline_element(element: HtmlElement) -> bool:
    """Marked as the author's (rel/itemprop, a class named so), or a class name that holds the word among others
    ("article__author", "c-byline", "post-author-name": BEM and utility names) outside any reader comment or other
    article's teaser ("comment__author", "teaser-author": the commenter's, another story's writer)."""
    if element.get("rel") == "author" or element.get("itemprop") == "author":
        return True
    if element.get("id") in _BYLINE_CLASSES:
        return True  # "<div id="author">Nancy McEntire</div>": a template's one author slot (trafilatura's xpaths too)
    classes = _classes(element)
    if not classes:
        return False  # no class names nothing below (four in five elements asked; issue 15, docs/speed.md session 37)
    if _BYLINE_CLASSES & set(classes):
        return not one_of_a_list_elsewhere(element)
    words = {w for name in classes for w in class_words(name)}
    by = any(_BY_CLASS.search(name) for name in classes)
    by = by or (any(_GLUED_BYLINE.search(name) for name in classes) and _shows_names_only(element))
    if not by and not BYLINE_HINTS & words and not (BYLINE_LIST_HINTS & words and _is_one_line_of_names(element)):
        return False
    # (not <body>'s or <html>'s classes, which name the page's layout: Drupal's "one-sidebar sidebar-second"; nor a
    # box around the page's one headline, a "card" of the layout holding the article itself)
    return not any(
        e.tag in ELSEWHERE_TAGS or _elsewhere_box(set(class_words(f"{e.get('class', '')} {e.get('id', '')}")), element)
        for e in (element, *element.iterancestors())
        if e.tag not in PAGE_TAGS and not holds_the_headline(e)
    ) and not one_of_a_list_elsewhere(element)  # a plain list's teasers ("<ul><li><a>…</a> <span class="c-byline">")


def _elsewhere_box(words: set[str], element: HtmlElement) -> bool:
    """A box of other articles, comments or gadgets, but for Blogger's posts box (`<div class="widget Blog"
    id="Blog1">`, a "widget" of the layout holding the posts themselves) when the byline lists several writers
    ("Posted by Ann Lee and Tom Fox"): one post's team, which no teaser shows. A single name there stays unread: the
    posting account, as often a variant of the writer's name (session 35 withdrew it: an extra name on a check half)."""
    hit = ELSEWHERE_HINTS & words
    return bool(hit) and not (hit == {"widget"} and "blog" in words and _lists_names(element))


def _lists_names(element: HtmlElement) -> bool:
    """Names only after the cue (`_shows_names_only`), two or more joined by "and"."""
    and_words = load_author_words().every_and
    listed = any(w.casefold() in and_words for w in _before_its_date(element).split()[1:-1])
    return listed and _shows_names_only(element)


_CUE = re.compile(r"^\s*(?:(?:posted|written)\s+)?by\b:?", re.IGNORECASE)


def _shows_names_only(element: HtmlElement) -> bool:
    """After its cue and up to its date, the element shows capitalised words and "and"s only, no comma: what a
    byline read on weaker evidence (a glued class) must show. A comma's role or place ("Ann Lee, Springfield") was
    read as one more name on a real check half, whose text credited the writer."""
    shown = _CUE.sub("", _before_its_date(element))
    words, and_words = shown.split(), load_author_words().every_and
    return "," not in shown and bool(words) and all(w[:1].isupper() or w.casefold() in and_words for w in words)


def _before_its_date(element: HtmlElement, apart: frozenset[HtmlElement] = frozenset()) -> str:
    """The byline element's text up to the date it shows: "Kovács Péter és Tóth Eszter" of "<div>Kovács Péter és Tóth
    Eszter</div> <div>2026. november 30. 20:15</div>" (a date glued on would be read as the last name's end, or make
    it no name at all). The text is read piece by piece, as the markup splits it: a date piece is often followed by
    words no date tail holds ("Updated 2 hours ago")."""
    pieces: list[str] = []
    for piece in _texts_but_roles(element, apart):
        if pieces and pieces[-1] == _LINE_BREAK and _opens_with_a_role(piece):
            break  # "Por: <strong>Valentina Ortiz</strong><br><span>Periodista de Región</span>": the role's line
        start = date_tail_start(piece)
        if start is not None:
            pieces.append(piece[:start])
            break
        pieces.append(piece)
    return _SPACED_COMMA.sub(",", " ".join(" ".join(pieces).split())).strip(" ,")


# A line break inside the byline element parts the names from the role or place on the next line ("<p
# class="signature">Aminata Ouédraogo et Issouf Sawadogo<br>Correspondants à Koudougou</p>") as a comma does: read
# as one run of words, the role's capital made it the second name's end.
_LINE_BREAK = ","


def _opens_with_a_role(text: str) -> bool:
    """The line opens with a job title, singular or plural ("Periodista de Región", "Correspondants à Koudougou")."""
    words = text.split()
    if not words:
        return False
    word, titles = words[0].casefold().strip(",.:"), job_titles().titles
    return word in titles or word.removesuffix("s") in titles or word.removesuffix("es") in titles


_SPACED_COMMA = re.compile(r"(?:\s*,)+")


def _texts_but_roles(element: HtmlElement, apart: frozenset[HtmlElement] = frozenset()) -> Iterator[str]:
    """The element's texts in order, less those of the parts marked as the writer's role or place ("<span
    class="writer-role">محرر الشؤون المحلية</span>" after the name's link: a role in a caseless script, which no
    capital tells from the name) and those of the parts set `apart` (a link's interface label)."""
    if element.text:
        yield element.text
    for child in element.iterchildren():
        if child.tag == "br":
            yield _LINE_BREAK
        elif isinstance(child.tag, str) and not _marks_a_role(child) and child not in apart:
            yield from _texts_but_roles(child, apart)
        elif isinstance(child.tag, str) and child not in apart:
            yield _LINE_BREAK  # the role parts the names it stands between, as a comma: no "Lucía Paredes Pablo Gil"
        if child.tail:
            yield child.tail


def _marks_a_role(element: HtmlElement) -> bool:
    """The part holds the writer's role ("writer-role", a byline word beside the role's; "designation", a word that
    names a job title alone) or place ("<span class="place">চট্টগ্রাম</span>" after the name's link: inside the byline
    element a place word alone tells it)."""
    for name in _classes(element):
        words = set(class_words(name))
        if (BYLINE_ROLE_HINTS & words and BYLINE_HINTS & words) or (
            BYLINE_PLACE_HINTS | BYLINE_ROLE_ALONE_HINTS
        ) & words:
            return True
    return False
