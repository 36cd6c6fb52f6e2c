"""The DOM walk: blocks, the context they inherit from their ancestors, per-element totals."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]

from tasks.html.blocks import clean_tree, page_blocks


def _walk(body: str) -> tuple[list[tuple[str, str, int, str | None, float]], dict[str, tuple[int, int, int]]]:
    root = lxml_html.document_fromstring(f"<html><body>{body}</body></html>")
    clean_tree(root)
    blocks, info = page_blocks(root)
    shown = [(b.text, b.tag, b.heading, b.chrome_hint, b.link_density) for b in blocks]
    totals = {e.get("id"): (i.text_chars, i.list_items, i.landmarks) for e, i in info.items() if e.get("id")}
    return shown, totals


def test_inherited_context_reaches_the_block_and_ends_with_its_element() -> None:
    body = (
        "<div class='sidebar'><h2>Most <b>read</b></h2><p>Teaser</p></div>"
        "<article id='art'><h1>Title</h1><p>Prose with <a href='/x'>a link</a> and "
        "<a href='javascript:void(0)'>a button</a>.</p></article>"
    )
    blocks, _ = _walk(body)
    assert [(text, tag, heading) for text, tag, heading, _, _ in blocks] == [
        ("Most read", "h2", 2), ("Teaser", "p", 0), ("Title", "h1", 1),
        ("Prose with a link and a button.", "p", 0),
    ]  # fmt: skip
    hints = [hint for _, _, _, hint, _ in blocks]
    assert hints[:2] == [hints[0]] * 2 and hints[0] is not None and hints[2:] == [None, None]
    assert blocks[3][4] == round(len("a link") / len("Prose with a link and a button."), 4)  # the button is no link


def test_totals_add_up_through_closed_elements() -> None:
    body = (
        "<div id='outer'><main id='main'><ul id='list'><li>One item</li><li>Two items</li></ul></main>"
        "<div role='main'>Side</div></div>"
    )
    _, totals = _walk(body)
    assert totals["list"] == (len("One item") + len("Two items"), 2, 0)
    assert totals["main"] == (len("One item") + len("Two items"), 2, 0)
    assert totals["outer"] == (len("One itemTwo itemsSide"), 2, 2)  # <main> and role=main inside it
