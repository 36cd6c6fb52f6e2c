"""The page's schema.org JSON-LD: its <script type="application/ld+json"> blocks parsed as CMSs write them, the
article's object among them, and the names and people its values give (:func:`tasks.html.meta.page_meta` reads the
title, authors, publisher and dates from them; :mod:`tasks.html.broken_json_ld` reads blocks too broken to parse).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

# JSON-LD types that describe the article itself (not the site, a breadcrumb or a video).
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
     "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "webpage", "report",
     "liveblogposting", "socialmediaposting", "posting"}
)  # fmt: skip
_JSON_WRAPPERS = re.compile(r"<!--|-->|//\s*<!\[CDATA\[|//\s*\]\]>|<!\[CDATA\[|\]\]>")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _json_objects(value: Any) -> list[dict[str, Any]]:
    """Every JSON object in a JSON-LD document: top level, lists, @graph members and a page's main entity (a
    WebPage whose "mainEntity" is the NewsArticle)."""
    if isinstance(value, list):
        return [o for item in value for o in _json_objects(item)]
    if isinstance(value, dict):
        return [value, *_json_objects(value.get("@graph", [])), *_json_objects(value.get("mainEntity", []))]
    return []


def _load_json(text: str) -> Any:
    """JSON as CMSs write it: also inside <!-- --> or CDATA markers, or with trailing commas."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return json.loads(_TRAILING_COMMA.sub(r"\1", _JSON_WRAPPERS.sub("", text)), strict=False)


def json_ld_objects(root: HtmlElement, scripts: Iterable[HtmlElement] | None = None) -> list[dict[str, Any]]:
    """Parsed schema.org objects of the page; blocks that stay malformed are skipped. `scripts`: the page's JSON-LD
    <script>s, when the caller has them (:func:`tasks.html.page_tags.page_tags`)."""
    found: list[dict[str, Any]] = []
    for script in root.iterfind(".//script[@type='application/ld+json']") if scripts is None else scripts:
        try:
            found.extend(_json_objects(_load_json(script.text or "")))
        except (ValueError, RecursionError):
            continue
    return found


def schema_types(obj: dict[str, Any]) -> set[str]:
    """An object's @type values, lower-cased (one type or a list of them)."""
    kind = obj.get("@type", [])
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def names_in(value: Any) -> list[str]:
    """People's or organisations' names in a JSON-LD value: a string, an object or a list of them."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        parts = (value.get("givenName"), value.get("familyName"))  # a person named in parts, not "name"
        whole = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        return names_in(value.get("name") or whole)
    if isinstance(value, list):
        return [n for v in value for n in names_in(v)]
    return []


# schema.org types of bodies, not people: an author of one of these is the publisher, a desk or an agency.
_BODY_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "governmentorganization", "ngo",
                         "educationalorganization", "localbusiness", "website", "brand"})  # fmt: skip


def people_in(value: Any) -> list[str]:
    """Authors' names in a JSON-LD value, without the organisations listed beside or instead of the people
    ("author": [{"@type": "Person", …}, {"@type": "Organization", "name": "Agencia Ibernews"}])."""
    if isinstance(value, list):
        return [n for v in value for n in people_in(v)]
    if isinstance(value, dict) and schema_types(value) & _BODY_TYPES:
        return []
    return names_in(value)


def persons_in(value: Any) -> list[str]:
    """The names a JSON-LD value types as people ("@type": "Person"), not the bare strings or the organisations."""
    if isinstance(value, list):
        return [n for v in value for n in persons_in(v)]
    if isinstance(value, dict) and "person" in schema_types(value):
        return names_in(value)
    return []


def bodies_in(value: Any) -> list[str]:
    """The names of the organisations in a JSON-LD value (an author's desk, agency or publisher), not the people's."""
    if isinstance(value, list):
        return [n for v in value for n in bodies_in(v)]
    if isinstance(value, dict) and schema_types(value) & _BODY_TYPES:
        return names_in(value)
    return []


def referenced(value: Any, objects: list[dict[str, Any]], shown: Callable[[str], bool] = lambda _: True) -> Any:
    """A JSON-LD value with its bare references resolved: an object holding only an "@id" ("author": {"@id":
    "https://…/#/schema/person/mh"}) stands for the @graph's node of that @id (the "Person" with its "name"), as
    Yoast SEO and other graph writers link a page's nodes; a list's items each so. Only a node whose names `shown`
    accepts: such a node is the CMS account that posted the page, the writer only when the page shows the name (a
    desk's account posts stories bylined to others). Anything else as it is."""
    if isinstance(value, list):
        return [referenced(v, objects, shown) for v in value]
    bare = isinstance(value, dict) and not value.keys() - _REFERENCE_KEYS
    if not bare or not isinstance(node_id := value.get("@id"), str):
        return value
    node = next((o for o in objects if o.get("@id") == node_id and o.keys() - _REFERENCE_KEYS), None)
    names = names_in(node) if node is not None else []
    return node if names and all(shown(n) for n in names) else value


_REFERENCE_KEYS = frozenset({"@id", "@type"})


def article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The article's own object: an article type that is no WebPage first, else any article type, else {}."""
    return next(
        (o for o in objects if schema_types(o) & ARTICLE_TYPES and "webpage" not in schema_types(o)), None
    ) or next((o for o in objects if schema_types(o) & ARTICLE_TYPES), {})
