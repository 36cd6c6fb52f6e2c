"""A picture's caption inside the article's element that credits its photographer: a caption, not the text.

A caption is a <figcaption> or a <caption>, or an element whose class names a picture and its description
("news-detail__picture-desc", "article__image-desc"), which CMSs write outside a <figure>, or the element right after a
picture (an AMP page's "<amp-img>" then its caption's "<div>"). Not a class named "caption"
alone: cleanportal's gold keeps such a credited caption (session 20 tried it: -0.003 there).

Captions inside the container are kept as text (some benchmarks' gold keeps a figure's caption); one that closes on a
photo credit ("Færgen ved lejet i Esbjerg. Arkivfoto: Jens Christian Bruun", "… (Foto: Gentileza vecinos)") says
what it is: the picture's caption and its credit, which every gold convention leaves out of the article's text. Its
credit is still read (`tasks.pipeline_html.caption_credits`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import AttributionKind, ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.galleries import PICTURE_TAGS, GalleryMemo, gallery_of
from tasks.html.named_credits import credit_named_inside
from tasks.html.picture_cells import is_caption_row, is_picture_cell
from tasks.html.vocab import (
    BLOCK_TAGS,
    PICTURE_CAPTION_HINTS,
    PICTURE_HINTS,
    PICTURE_TEXT_HINTS,
    class_word_set,
    names_a_gallery,
)
from tasks.lexicon.captions import holds_photo_credit
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.verdicts import Verdict

_CREDITED_CAPTION = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "credited_caption",
    "a picture's caption (<figcaption>, <figure>, a class naming a picture's description) holding its photo credit",
    0.8,
)  # fmt: skip


def without_credited_captions(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks in a caption that holds a photo credit made furniture, and the captions of a
    gallery whose credit line follows them."""
    # Each block's text is asked once whether it holds a photo credit (the captions' test and the galleries' seeds
    # both need it), and before the markup's caption tests, which few blocks get past it to need.
    holds = [holds_photo_credit(b.text) for b in blocks]
    credited = _gallery_captions(blocks) | {
        i for i, b in enumerate(blocks) if (holds[i] and _is_caption(b)) or _between_picture_and_credit(b)
        or (b.in_caption and not holds[i] and (_credit_apart(b) or _credit_beside(b)))
        or ((b.in_caption or _named_caption(b)) and not holds[i] and credit_named_inside(b))
        or (verdicts[i].label == Label.BODY and _cited_figure(b))
    }  # fmt: skip
    credited |= _gallery_mates(blocks, credited, holds)
    credited |= _page_captions(blocks, credited)
    return [
        _CREDITED_CAPTION if v.label == Label.BODY and i in credited else v
        for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
    ]


def _gallery_mates(blocks: list[Block], credited: set[int], holds: list[bool]) -> set[int]:
    """The other captions of a gallery one of whose captions holds a photo credit ("<div class="carousel"><figure>
    <img><figcaption>… Photo: A</figcaption></figure><figure><img><figcaption>…</figcaption></figure></div>": the
    credit given once, on the first picture): captions all, though only one says it. `holds`: whether each block's
    text holds a photo credit."""
    # a gallery's text is its captions: one holding a credit seeds it whatever its class ("gallery-block__caption")
    seeds = credited | {i for i, held in enumerate(holds) if held}
    known: GalleryMemo = {}  # the blocks share their ancestors: each element is read once for the page
    galleries = {gallery: _shape(blocks[i]) for i in seeds if (gallery := gallery_of(blocks[i], known)) is not None}
    if not galleries:
        return set()
    return {
        i for i, b in enumerate(blocks)
        if (gallery := gallery_of(b, known)) in galleries and (_is_caption(b) or _shape(b) == galleries[gallery])
    }  # fmt: skip


def _page_captions(blocks: list[Block], credited: set[int]) -> set[int]:
    """The <figcaption>s of a page's pictures when one of them is a credited caption ("<figure><img><figcaption>Нова
    зала … Фото: А. Коваль</figcaption></figure> … <figure><img><figcaption>Водяний млин відновили волонтери
    </figcaption></figure>": the credit written under the lead picture only): a page's captions are of one kind, the
    pictures' captions all, which every gold convention leaves out once one says so. Only the other figures' (a credited
    caption's own figure may hold text apart from its credit that a gold keeps: readability's cnet page)."""
    figures = {i for i, b in enumerate(blocks) if b.in_caption and _pictured_figcaption(b)}
    seeds = {_figure_of(blocks[i]) for i in figures & credited}
    found = {i for i in figures if _figure_of(blocks[i]) not in seeds} if seeds else set()
    # the same of the cells under a picture's row ("<tr><td><img></td></tr><tr><td class="pCaption">… Ảnh: A</td>" twice
    # and the second uncredited): a caption of the credited one's tag and class
    shapes = {_shape(blocks[i]) for i in credited if is_caption_row(blocks[i])}
    return found | {i for i, b in enumerate(blocks) if _shape(b) in shapes and is_caption_row(b)}


def _pictured_figcaption(block: Block) -> bool:
    """The block is in the <figcaption> of a <figure> holding a picture (no table's <caption>, no code listing's)."""
    figure = _figure_of(block)
    return (
        figure is not None
        and any(e.tag == "figcaption" for e in block.ancestors)
        and next(figure.iter("img", "picture", "amp-img"), None) is not None
    )


def _shape(block: Block) -> tuple[str, str]:
    """The tag and class of the block's element ("div", "gallery-block__caption"): a gallery repeats its captions'."""
    owner = block.ancestors[-1] if block.ancestors else None
    return ("", "") if owner is None else (str(owner.tag), str(owner.get("class") or ""))


def _is_caption(block: Block) -> bool:
    return block.in_caption or _named_caption(block) or _under_a_picture(block) or is_picture_cell(block)


# A gallery's credit line names its photographers and no more ("Fotos: Pußwald (3), Steiermarkbahn (3)").
GALLERY_CREDIT_MAX_WORDS = 12


def _gallery_captions(blocks: list[Block]) -> set[int]:
    """The <figcaption>s of figures that one credit line right under them credits together ("<div class="gallery">
    <figure>…<figcaption>…</figcaption></figure> ×3 <div>Fotos: A (3), B (3)</div></div>": a gallery's captions, its
    photographers named once for all): the captions' block indexes."""
    found: set[int] = set()
    run: list[int] = []
    for i, block in enumerate(blocks):
        if block.in_caption and _figure_of(block) is not None:
            run.append(i)
            continue
        if len(run) > 1 and _credits_the_run(block, [blocks[k] for k in run]):
            found.update(run)
        run = []
    return found


def _figure_of(block: Block) -> HtmlElement | None:
    return next((e for e in reversed(block.ancestors) if e.tag == "figure"), None)


def _cited_figure(block: Block) -> bool:
    """A block of a picture's <figure> that holds its caption and, apart from it, the picture's credit in a <cite>
    ("<figure><picture>…</picture><figcaption>Burning crop stubble …</figcaption><cite>Sakib Ali/Hindustan Times/Getty
    Images</cite></figure>", Vox Media's markup): the caption, or the credit, which names no cue; the <cite> says it."""
    if not block.in_caption and len(block.text.split()) > CREDIT_LINE_MAX_WORDS:
        return False  # neither the caption nor a credit line
    figure = _figure_of(block)
    if figure is None or next(figure.iter("img", "picture", "amp-img"), None) is None:
        return False
    cites = [c for c in figure.iter("cite") if not any(a.tag == "figcaption" for a in c.iterancestors())]
    if len(cites) != 1 or next(figure.iter("figcaption"), None) is None:
        return False
    credit = " ".join(str(cites[0].text_content()).split())
    return 0 < len(credit.split()) <= CREDIT_LINE_MAX_WORDS and (
        block.in_caption or " ".join(block.text.split()) == credit
    )


def _credit_apart(block: Block) -> bool:
    """A caption whose last part is its photo credit in an element of its own, glued on with no space ("<figcaption>
    <span>Нова зала …</span><span class="…">Фото: Полтава.Медіа</span></figcaption>": "…дітейФото: …")."""
    last = next((e for e in reversed(block.ancestors[-1]) if isinstance(e.tag, str)), None)
    credit = " ".join(str(last.text_content()).split()) if last is not None and not (last.tail or "").strip() else ""
    return bool(credit) and block.text.rstrip().endswith(credit) and holds_photo_credit(credit)


def _credit_beside(block: Block) -> bool:
    """A caption whose photo credit is a block of its own in the same <figcaption> ("<figcaption><div
    class="image-m__title">Un agricultor revisa …</div><div class="image-m__attribution">Foto: Karla Morales</div>
    </figcaption>", a Quintype page): the caption's other part, an element of the caption's own, credits the picture."""
    caption = next((e for e in reversed(block.ancestors) if e.tag in ("figcaption", "caption")), None)
    if caption is None:
        return False
    text = " ".join(block.text.split())
    for part in caption.iterdescendants():
        if part in block.ancestors or part.tag not in BLOCK_TAGS:
            continue
        credit = " ".join(str(part.text_content()).split())
        if credit and credit != text and len(credit.split()) <= CREDIT_LINE_MAX_WORDS and holds_photo_credit(credit):
            return True
    return False


def _credits_the_run(block: Block, captions: list[Block]) -> bool:
    """The block is a short photo credit inside the element that holds the captions' figures."""
    wrappers = {_parent(c) for c in captions}
    return (
        len(wrappers) == 1
        and next(iter(wrappers)) in block.ancestors
        and len(block.text.split()) <= GALLERY_CREDIT_MAX_WORDS
        and holds_photo_credit(block.text)
    )


def _parent(caption: Block) -> HtmlElement | None:
    figure = _figure_of(caption)
    return figure.getparent() if figure is not None else None


# The block's own element or its parent names the caption ("<div class="photo-desc"><p>…</p></div>").
CAPTION_DEPTH = 2


def _named_caption(block: Block) -> bool:
    """The block's element or its parent is named a picture's description by its class; or the block's own element a
    picture's caption ("figure-caption")."""
    for depth, element in enumerate(reversed(block.ancestors[-CAPTION_DEPTH:])):
        value = element.get("class")
        texts = _CAPTION_TEXT_HINTS if depth == 0 else PICTURE_TEXT_HINTS
        if value and not PICTURE_HINTS.isdisjoint(words := class_word_set(str(value))) and not texts.isdisjoint(words):
            return True
    return _named_apart(block)


# What names the block's own element a picture's description or caption (its parent: a description only).
_CAPTION_TEXT_HINTS = PICTURE_TEXT_HINTS | PICTURE_CAPTION_HINTS


def _named_apart(block: Block) -> bool:
    """The picture's wrapper and its description named apart: the block's element by a picture's class word and its
    text all in a child named a description ("<div class="news_img"><img><br><span class="podpis">…</span></div>")."""
    owner = block.ancestors[-1] if block.ancestors else None
    if owner is None or PICTURE_HINTS.isdisjoint(class_word_set(str(owner.get("class") or ""))):
        return False
    text = " ".join(block.text.split())
    return any(
        isinstance(child.tag, str) and not PICTURE_TEXT_HINTS.isdisjoint(class_word_set(str(child.get("class") or "")))
        and " ".join(str(child.text_content()).split()) == text
        for child in owner
    )  # fmt: skip


def _under_a_picture(block: Block) -> bool:
    """The block's element follows a picture, its sibling right before it ("<amp-img …></amp-img><div
    class="hp-cap">Stari most u jutarnjim satima / Foto: …</div>": an AMP page's caption, named by no class word):
    the picture's caption when it holds a credit."""
    element = block.ancestors[-1] if block.ancestors else None
    before = element.getprevious() if element is not None else None
    if element is not None and before is None and len(block.ancestors) > 1:
        # the caption's first paragraph in a box of its own after the picture's box ("<div class="m"><picture>…
        # </picture></div><div class="caption"><p>… (Photo by …)</p></div>", Fox News)
        box = block.ancestors[-2].getprevious()
        return box is not None and (box.tag in PICTURE_TAGS or _holds_a_picture_alone(box))
    if before is None or element is None:
        return False
    return before.tag in PICTURE_TAGS or _unnamed_picture_box(before, element)


def _holds_a_picture_alone(box: HtmlElement) -> bool:
    """A box of no text holding a responsive or AMP picture (not a bare <img>: WordPress's captions, above)."""
    return not str(box.text_content()).strip() and next(box.iter("picture", "amp-img"), None) is not None


def _unnamed_picture_box(before: HtmlElement, element: HtmlElement) -> bool:
    """A box holding the picture alone, then the caption's box set out by the same style, neither named by a class
    ("<div style="text-align:center"><img></div><div style="text-align:center"><i>Старый павильон … Фото: «Волжская
    неделя»</i></div>": a DataLife Engine page's markup, written in its editor, which centres the two alike). Not a
    bare or linked <img> (WordPress's caption, above), nor a named frame ("<div class="image-frame"><img></div><p
    class="caption">… Source: Supplied</p>": readability's gold keeps that caption)."""
    unnamed = not before.get("class") and not element.get("class")
    styles = [str(e.get("style") or "") for e in (before, element)]
    # the caption's style may add its own grey and size to the centring ("<p style="text-align:center"><img></p><p
    # style="text-align:center;color:#666;font-size:14px">大明湖夜景。（资料图）</p>": a Chinese paper's editor)
    styled = bool(styles[0]) and (styles[0] == styles[1] or all(_CENTRED.search(style) for style in styles))
    return unnamed and styled and before.tag in _PICTURE_BOXES and element.tag in _PICTURE_BOXES and _is_picture(before)


_PICTURE_BOXES = frozenset({"div", "p", "center"})
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


# The credit line under a caption names its photographer and no more ("fot. Jan Kowalski / Polska Press").
CREDIT_LINE_MAX_WORDS = 12


def _between_picture_and_credit(block: Block) -> bool:
    """The block's element stands between a picture and a photo credit line of its own, its siblings ("<div
    class="photo"><img><p>Die Tramschleife am Stadtrand.</p><p>Foto: Jan Muster</p></div>"): the picture's caption,
    whose credit the next line gives, whatever their classes say. Not before a credit in an inline element ("<p
    class="image-caption">…</p><span class="image-credit">(Credit: …)</span>"): dragnet's gold keeps most such captions
    (four of its pages lost with it, two gained); in a gallery named so by its class, whatever the credit's tag."""
    element = block.ancestors[-1] if block.ancestors else None
    if element is None or block.in_list or block.in_table:
        return False
    before, after = _element_sibling(element, -1), _element_sibling(element, 1)
    if before is None or after is None or not _is_picture(before):
        return False
    if after.tag not in BLOCK_TAGS and not _in_a_gallery(block):
        return False  # an inline credit after an article's caption ("<span>(Credit: …)</span>"): see above
    credit = " ".join(str(after.text_content()).split())
    line = parse_credit_line(credit) if 0 < len(credit.split()) <= CREDIT_LINE_MAX_WORDS else None
    return line is not None and line.kind is AttributionKind.PHOTO


def _in_a_gallery(block: Block) -> bool:
    return any(names_a_gallery(str(e.get("class") or "")) for e in block.ancestors)


def _element_sibling(element: HtmlElement, step: int) -> HtmlElement | None:
    """The element's previous (-1) or next (1) sibling element, past line breaks and comments."""
    sibling = element.getprevious() if step < 0 else element.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str) or sibling.tag == "br"):
        sibling = sibling.getprevious() if step < 0 else sibling.getnext()
    return sibling


def _is_picture(element: HtmlElement) -> bool:
    """A picture element, or one holding a picture and no text (a linked "<a><img></a>")."""
    if element.tag in PICTURE_TAGS or element.tag == "img":
        return True
    return not str(element.text_content()).strip() and next(element.iter("img", "picture", "amp-img"), None) is not None
