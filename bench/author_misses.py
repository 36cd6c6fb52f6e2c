"""Where the HTML path's missed authors stand on real pages, counted by shape (issue 13).

    .venv/bin/python bench/author_misses.py                 # counts over the check halves, then the studied files
    .venv/bin/python bench/author_misses.py --show trainable  # a studied file's misses, one line each

For every required author of tests/data/real_attributions that the HTML path does not find, where the page holds the
name: in the visible text (which element, which class words around it, which cue before it, what the segmenter made
of its block, where it stands from the headline), in markup only (JSON-LD, `<meta>`, another attribute, a script),
or nowhere (a variant of the name, or not on the page). The check halves are scored as counts only: no name, no page,
no text of theirs is printed (`--show` refuses them).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lxml import html as lxml_html  # type: ignore[import-untyped]  # noqa: E402
from meta_eval import ours  # noqa: E402
from real_authors import CHECK_FILES, LABELS, labelled_pages  # noqa: E402

from schemas import Label  # noqa: E402
from tasks.credits.meta_authors import site_names  # noqa: E402
from tasks.credits.names import clean_author_names  # noqa: E402
from tasks.html.byline_element import is_byline_element  # noqa: E402
from tasks.html.vocab import ELSEWHERE_HINTS, class_words  # noqa: E402
from tasks.pipeline_html import extract_html  # noqa: E402

CLASS_WORDS = (
    "author", "byline", "by", "writer", "posted", "submitted", "meta", "sig", "credit", "contrib", "date", "time",
    "footer", "sidebar", "side", "comment", "header", "title", "entry", "post", "story", "article", "caption", "bio",
    "profile", "info", "name", "vcard", "fn", "head", "body", "content", "text",
)  # fmt: skip
CUE = re.compile(
    r"(posted|written|published|submitted|reported|story|words|text|photos?|compiled|edited)?\s*by\s*:?\s*$",
    re.IGNORECASE,
)
DATEISH = re.compile(
    r"\b(19|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}[:/]\d\d", re.IGNORECASE
)


def key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _class_words(element: lxml_html.HtmlElement) -> set[str]:
    words = key(f"{element.get('class') or ''} {element.get('id') or ''} {element.get('itemprop') or ''}")
    words += " " + key(element.get("rel") or "")
    return {w for w in CLASS_WORDS if w in words}


_HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template"})


def _visible_text(element: lxml_html.HtmlElement) -> str:
    parts = [element.text or ""] if element.tag not in _HIDDEN else []
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _HIDDEN:
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def _holders(root: lxml_html.HtmlElement, name: str) -> list[lxml_html.HtmlElement]:
    """The smallest visible elements holding the name, in page order."""
    found: list[lxml_html.HtmlElement] = []

    def walk(element: lxml_html.HtmlElement) -> bool:
        if not isinstance(element.tag, str) or element.tag in _HIDDEN:
            return False
        inner = [walk(child) for child in element]
        if any(inner):
            return True
        if name in key(_visible_text(element)):
            found.append(element)
            return True
        return False

    walk(root)
    return found


def classify(data: bytes, path: str, name: str) -> list[str]:
    """Shape tags of one missed name on one page."""
    tags: list[str] = []
    text = data.decode("utf-8", errors="replace")
    try:
        root = lxml_html.fromstring(data)
    except (ValueError, lxml_html.etree.ParserError):
        return ["unparsed"]
    holders = _holders(root, name)
    holder = holders[0] if holders else None
    in_ld = any(name in key(s.text or "") for s in root.iter("script") if "ld+json" in (s.get("type") or ""))
    in_script = any(name in key(s.text or "") for s in root.iter("script") if "ld+json" not in (s.get("type") or ""))
    in_meta = any(name in key(m.get("content") or "") for m in root.iter("meta"))
    in_attr = any(
        name in key(v) for e in root.iter() if isinstance(e.tag, str) and e.tag != "meta" for k, v in e.items()
    )
    in_title = any(name in key(t.text_content()) for t in root.iter("title"))
    where = [w for w, ok in (("json-ld", in_ld), ("script", in_script), ("meta", in_meta), ("attr", in_attr),
                             ("title-tag", in_title)) if ok]  # fmt: skip
    tags.append("markup:" + ("+".join(where) or "none"))
    if holder is None:
        surname = name.split()[-1] if name.split() else name
        tags.append("visible:no" + (" (surname only)" if surname in key(text) else " (absent)"))
        return tags
    tags.append("visible:yes" + (" (once)" if len(holders) == 1 else " (2+ places)"))
    if any(_class_words(e) & {"author", "byline"} for h in holders for e in [h, *list(h.iterancestors())[:3]]):
        tags.append("any-place:author-class")
    tags.append(f"holder-tag:{holder.tag}")
    words: set[str] = set()
    link = None
    for depth, element in enumerate([holder, *holder.iterancestors()]):
        if depth < 4:
            words |= _class_words(element)
        if element.tag == "a" and link is None:
            link = element.get("href") or ""
    tags.append("class:" + ("+".join(sorted(words)) or "none"))
    if link is not None:
        href = key(link)
        hint = next((h for h in ("author", "people", "profile", "staff", "user", "mailto", "contributor", "blog",
                                  "writer", "bio", "member") if h in href), "other")  # fmt: skip
        tags.append(f"link:{hint}")
    holder_text = key(_visible_text(holder))
    parent = holder.getparent()
    context = key(_visible_text(parent)) if parent is not None else holder_text
    before = context[: max(context.find(name), 0)][-30:]
    cue = CUE.search(before)
    tags.append("cue:" + (key(cue.group(0)).replace(" ", "_") if cue else "none"))
    tags.append("holder-only-name" if len(holder_text) <= len(name) + 4 else "holder-has-more")
    if DATEISH.search(context[:300]):
        tags.append("date-near")
    if "|" in context[:200]:
        tags.append("bar-near")
    tags += _author_class_tags(root, name)
    tags += _segment_tags(data, path, name)
    return tags


# Words a line template keeps as they are: cues, joins, units. Every other word is a class of word (C capitalised,
# w lower case, D digits), so that a template shows a line's shape and none of its content.
_KEPT_WORDS = (
    "by posted written published submitted filed on at in and | - — – , . : ; / ( ) @ am pm comments comment "
    "reply permalink share email print tags updated last staff writer editor the of for from via with"
)
KEPT = frozenset(_KEPT_WORDS.split(" "))
TOKEN = re.compile(r"\w+|[^\w\s]")


def template(line: str, name: str) -> str:
    text = key(line).replace(name, " NAME ")
    out: list[str] = []
    for token in TOKEN.findall(text):
        if token == "NAME" or token in KEPT:
            out.append(token)
        elif token.isdigit():
            out.append("D")
        else:
            cased = next((w for w in TOKEN.findall(line) if w.casefold() == token), token)
            out.append("C" if cased[:1].isupper() else "w")
        if len(out) > 14:
            out.append("…")
            break
    return " ".join(out)


def _meta_tags(page: object, name: str) -> list[str]:
    meta = page.meta  # type: ignore[attr-defined]
    tags = [f"author-sources:{len([s for s in meta.author_sources if s])}"]
    text = meta.byline_element()
    if text is None:
        tags.append("byline-element:none")
    elif name in key(text):
        got = clean_author_names([text], meta.language, site_names(meta))
        cleaned = {key(n) for n in got}
        tags.append("byline-element:holds name, " + ("cleaned ok" if name in cleaned else "cleaning drops it"))
        if name not in cleaned:
            tags.append("dropped-byline:" + template(text, name) + f" => {len(got)} names")
            alone = {key(n) for n in clean_author_names([text], meta.language, ())}
            shown = text[key(text).find(name) :][: len(name)] if key(text).find(name) >= 0 else ""
            case = ("lower" if shown.islower() else "upper" if shown.isupper() else "title" if shown.istitle()
                    else "mixed")  # fmt: skip
            tags.append("drop-why:" + ("site name" if name in alone else "not the site") + f", {case} case, "
                        f"{len(name.split())} words")  # fmt: skip
    else:
        tags.append("byline-element:another text")
        tags.append("other-byline:" + template(text, name))
    return tags


def _author_class_tags(root: lxml_html.HtmlElement, name: str) -> list[str]:
    """Why no author-classed element holding the name was read as the byline element (the tree as parsed, before
    the cleaning, so only an approximation)."""
    tags = []
    for holder in _holders(root, name):
        for element in [holder, *list(holder.iterancestors())[:3]]:
            if not _class_words(element) & {"author", "byline"}:
                continue
            why = "read as byline" if is_byline_element(element) else "not a byline element (elsewhere/word)"
            size = len(" ".join(_visible_text(element).split()))
            tags.append(f"author-class-el:{why}, {'<=80' if size <= 80 else '>80'} chars")
            if not is_byline_element(element):
                blocked = sorted(
                    {w for e in (element, *element.iterancestors()) if e.tag not in ("body", "html")
                     for w in ELSEWHERE_HINTS & set(class_words(f"{e.get('class', '')} {e.get('id', '')}"))}
                    | {e.tag for e in element.iterancestors() if e.tag in ("aside", "nav")}
                )  # fmt: skip
                tags.append("elsewhere-words:" + ("+".join(blocked) or "none (no byline word)"))
            elif size > 80:
                tags.append("long-byline:" + template(_visible_text(element), name))
            return tags
    return tags


def _segment_tags(data: bytes, path: str, name: str) -> list[str]:
    page = extract_html(data)
    if not hasattr(page, "page"):
        return ["segment:failed"]
    meta_tags = _meta_tags(page, name)
    lines = page.page.segmented.lines
    body = [ll.line.number for ll in lines if ll.verdict.label == Label.BODY]
    titles = [ll.line.number for ll in lines if ll.verdict.label == Label.TITLE]
    for ll in lines:
        if name in key(ll.line.text):
            tags = [f"line:{ll.verdict.label}", f"reason:{ll.verdict.label}/{ll.verdict.reason_code}"]
            if body:
                pos = ll.line.number
                rel = "above-body" if pos < body[0] else "below-body" if pos > body[-1] else "inside-body"
                tags.append(f"place:{rel}")
            if titles:
                gap = (ll.line.number - titles[0]) // 2
                band = "above" if gap < 0 else "0-3" if gap <= 3 else "4-10" if gap <= 10 else ">10"
                tags.append(f"from-title:{band}")
            words = len(ll.line.text.split())
            tags.append("line-words:" + ("<=4" if words <= 4 else "5-12" if words <= 12 else ">12"))
            if words <= 25:
                tags.append("template:" + template(ll.line.text, name))
            return tags + meta_tags
    return ["line:none (not a block)", *meta_tags]


def shape(tags: list[str]) -> str:
    """One coarse class per miss, the first that holds."""
    has = set(tags)
    line = next((t.split(":", 1)[1] for t in tags if t.startswith("line:")), "?")
    markup = next(t.split(":", 1)[1] for t in tags if t.startswith("markup:"))
    if any(w in markup for w in ("json-ld", "meta")):
        return f"in json-ld/meta, line {line}"
    if "visible:no (absent)" in has or "visible:no (surname only)" in has:
        return "not visible"
    cue = next((t.split(":", 1)[1] for t in tags if t.startswith("cue:")), "none")
    if cue != "none":
        return f"cued ({cue.rstrip(':')}), line {line}"
    if "any-place:author-class" in has:
        return f"author/byline class, line {line}"
    if any(t.startswith("link:") and t != "link:other" for t in tags):
        return f"author-ish link, line {line}"
    place = next((t.split(":", 1)[1] for t in tags if t.startswith("place:")), "?")
    return f"bare, line {line}, {place}"


def where(tags: list[str]) -> str:
    """The brief's three places (session 36): (a) visible near the headline (above it or within three blocks under
    it), (b) visible farther off, (c) in markup only (an attribute, <meta>, JSON-LD, a script), (d) nowhere the walk
    reads (not on the page, or a variant)."""
    has = set(tags)
    visible = any(t.startswith("visible:yes") for t in tags)
    if visible:
        near = "from-title:0-3" in has or "from-title:above" in has
        return "(a) visible near headline" if near else "(b) visible, farther"
    markup = next(t.split(":", 1)[1] for t in tags if t.startswith("markup:"))
    return "(c) markup only" if markup != "none" else "(d) nowhere"


def misses(labels: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for page_key, page, required, optional in labelled_pages(labels):
        if not required:
            continue
        data = page.read_bytes()
        got = {key(a) for a in ours(data, str(page)).authors}
        for name in sorted(required - got):
            tags = classify(data, str(page), name)
            last = name.split()[-1] if name.split() else name
            tags.append("ours:" + ("variant" if any(last in g.split() for g in got) else "other names" if got - optional
                                   else "nothing"))  # fmt: skip
            tags.append("shape:" + shape(tags))
            tags.append("where:" + where(tags))
            out.append((page_key, name, tags))
    return out


def report(title: str, found: list[tuple[str, str, list[str]]]) -> None:
    print(f"\n## {title}: {len(found)} missed required authors on {len({p for p, _, _ in found})} pages")
    by_dim: dict[str, Counter[str]] = {}
    for _, _, tags in found:
        for tag in tags:
            dim, _, value = tag.partition(":")
            by_dim.setdefault(dim, Counter())[value or tag] += 1
    for dim, counts in by_dim.items():
        shown = [(v, n) for v, n in counts.most_common() if dim != "template" or n > 1]
        print(f"- {dim}: " + ", ".join(f"{v} {n}" for v, n in shown))
    crossed = Counter(
        (next(t for t in tags if t.startswith("shape:")), next((t for t in tags if t.startswith("byline-el")), "-"))
        for _, _, tags in found
    )
    print("- shape x byline element: " + "; ".join(f"{a} / {b} {n}" for (a, b), n in crossed.most_common()))
    placed = Counter(
        (next(t for t in tags if t.startswith("where:")), next(t for t in tags if t.startswith("class:")))
        for _, _, tags in found
    )
    print("- where x class words: " + "; ".join(f"{a} / {b} {n}" for (a, b), n in placed.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", metavar="FILE_STEM", help="list a studied file's misses with their shapes")
    parser.add_argument("--only", choices=("check", "studied"), help="count one group only")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if args.show:
        if args.show in CHECK_FILES:
            sys.exit("a check half's misses are counted, never shown")
        for page_key, name, tags in misses(LABELS / f"{args.show}.json"):
            print(f"{page_key} | {name} | {' '.join(tags)}")
        return
    files = sorted(LABELS.glob("*.json"))
    if args.only != "studied":
        report("check halves", [m for f in files if f.stem in CHECK_FILES for m in misses(f)])
    if args.only != "check":
        report("studied files", [m for f in files if f.stem not in CHECK_FILES for m in misses(f)])


if __name__ == "__main__":
    main()
