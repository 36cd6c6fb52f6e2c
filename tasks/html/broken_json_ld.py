"""What a JSON-LD block too broken to parse still says: its article's people.

CMSs write JSON-LD by string templates, and an unescaped quote in a description or a trailing comma
breaks the whole block (:func:`tasks.html.json_ld.json_ld_objects` repairs only the usual breaks). The authors are
then read from the text: the ``"author"`` value's objects typed ``Person``, by their ``"name"``.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

_LD_SCRIPTS = etree.XPath("//script[@type='application/ld+json']/text()")
_AUTHOR_VALUE = re.compile(r'"author"\s*:\s*(\[[^\]]{0,2000}\]|\{[^}]{0,500}\})')
_OBJECT = re.compile(r"\{[^{}]*\}")
_PERSON = re.compile(r'"@type"\s*:\s*"Person"')
_NAME = re.compile(r'"name"\s*:\s*"([^"]{2,80})"')


def broken_json_ld_authors(root: HtmlElement) -> list[str]:
    """Names of the people in the first ``"author"`` value of the page's JSON-LD text."""
    for text in _LD_SCRIPTS(root):
        value = _AUTHOR_VALUE.search(str(text))
        if value is None:
            continue
        people = [_NAME.search(o) for o in _OBJECT.findall(value.group(1)) if _PERSON.search(o)]
        return [m.group(1).strip() for m in people if m]
    return []
