"""The fields of a template's info line under the headline when the markup parts them, not bars or dots: each field an
element named by a class of its own (DataLife Engine's date, section and views spans), each an item of a list of such
items, or each the text after an empty icon element (Bootstrap's and Font Awesome's). Read by
:mod:`tasks.html.stamps`, which asks whether such fields are an info line around the article's date.
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block


def classed_fields(block: Block) -> list[str]:
    """The texts of the block's element's children when each is an element named by a class of its own and together
    they hold all its text: a template's info line whose fields the markup parts, with no bar between ("<div
    class="full-info"><span class="date">Бүгүн, 11:20</span> <span class="cat"><a>Коом</a></span> <span
    class="views">Көрүүлөр: 1 944</span></div>", DataLife Engine's date, section and views). Text of the element's own
    between them (a sentence's words set in spans) makes it no such line."""
    element = block.ancestors[-1] if block.ancestors else None
    if element is None:
        return []
    if element.tag == "li" and element.get("class") and (items := _classed_items(element)):
        return items
    if (element.text or "").strip():
        return _fields_after_icons(element, block)
    children = [c for c in element if isinstance(c.tag, str)]
    if any(not c.get("class") or (c.tail or "").strip(_FIELD_MARKS) for c in children):
        return _fields_after_icons(element, block)
    fields = [" ".join(str(c.text_content()).split()) for c in children]
    return fields if " ".join(fields) == " ".join(block.text.split()) else _fields_after_icons(element, block)


def _classed_items(item: HtmlElement) -> list[str]:
    """The texts of the items of the list holding `item` when each item is named by a class of its own: a template's
    info line set as a list, each field an item ("<ul class="fs-info"><li class="date">Сегодня, 10:24</li><li
    class="views">Просмотров: 1 384</li><li class="comm">Комментариев: 5</li>…</ul>"), each item a block of its own."""
    parent = item.getparent()
    if parent is None or parent.tag not in ("ul", "ol") or (parent.text or "").strip():
        return []
    items = [c for c in parent if isinstance(c.tag, str)]
    if any(c.tag != "li" or not c.get("class") or (c.tail or "").strip() for c in items):
        return []
    return [" ".join(str(c.text_content()).split()) for c in items]


def _fields_after_icons(element: HtmlElement, block: Block) -> list[str]:
    """The texts after each of the element's children when every child is an empty classed element, an icon before
    its field ("<div class="news-info"><span class="glyphicon glyphicon-time"></span> 29.04.2024 14:35 <span
    class="glyphicon glyphicon-eye-open"></span> 1 872 <span class="glyphicon glyphicon-user"></span> Dilnoza
    Yo‘ldosheva</div>": Bootstrap's and Font Awesome's icons marking the date, views and author of a template's info
    line); else []."""
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) < MIN_ICON_FIELDS or (element.text or "").strip(_FIELD_MARKS):
        return []
    if any(not c.get("class") or str(c.text_content()).strip() for c in children):
        return []
    fields = [" ".join(c.tail.split()) for c in children if c.tail and c.tail.strip(_FIELD_MARKS)]
    return fields if " ".join(fields) == " ".join(block.text.split()) else []


# An info line parted by icons has two fields or more.
MIN_ICON_FIELDS = 2


# What may stand between two fields besides a space: the bars and dots of `tasks.html.stamps`, a comma.
_FIELD_MARKS = " \t\n|•·,"
