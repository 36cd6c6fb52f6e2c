"""The writer's bio box closing the article inside the article's element.

Reviews, deal posts and blogs close with a box on who wrote them: "Eric Song is IGN's deal curator and spends …",
"Devindra has been obsessed with technology for as long as he can remember …". The theme prints it inside the article's
element under the last paragraph, so the container keeps it; the golds that read the page's article (aeb, readability,
l3s) leave it out. The text path ends the article above such a line (:func:`tasks.text.bio.article_before_bio`); the
HTML path had no such rule. What gives it away in any language is that it opens with the name the page's byline gave
("By Eric Song, IGN Staff", "By Devindra Hardawar @devindra"), in full or by the first name alone, and that it stands in
a box of its own, not among the story's paragraphs. A bio paragraph in the text's own flow ("<p><em>Julia Beizer is The
Post's mobile projects editor.</em></p>" after the last paragraph) stays: the golds disagree on it (cleanportal leaves
it out on two pages and keeps it on one; dragnet's copy of the page keeps it on six, session 46). Only the body's last
few lines are asked: the writer's name opening a paragraph higher up is the story's own (a first-person piece).
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import AttributionKind, ChromeKind, Label
from tasks.html.blocks import Block
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.verdicts import Verdict

# The body's last lines where a bio stands (tasks/credits/bio_bylines.BIO_REACH_LINES reads the same reach).
BIO_REACH_LINES = 3
# A bio is a sentence or two; a longer closing paragraph is the story's.
BIO_MAX_WORDS = 60
# A byline is short: "By Devindra Hardawar @devindra", "Posted by Julia Beizer on March 8, 2013 at 3:23 pm".
BYLINE_MAX_WORDS = 12
# A name of one word ("Marc") opens too many paragraphs to tell a bio; a first name this short is as common a word.
MIN_NAME_WORDS = 2
MIN_FIRST_NAME_CHARS = 3
_BIO = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "closing_bio",
    "a line closing the text that opens with the byline's name: the writer's bio", 0.75,
)  # fmt: skip


def writer_names(blocks: list[Block], verdicts: list[Verdict]) -> set[str]:
    """The names the page's bylines give: short lines (in the article or around it) whose credit names an author of
    two words or more. Lines the rules call body are not asked: a sentence's "by …" credits no writer of the page."""
    names = set()
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict.label == Label.BODY or len(block.text.split()) > BYLINE_MAX_WORDS:
            continue
        found = parse_credit_line(block.text)
        if found is not None and found.kind == AttributionKind.AUTHOR and found.name:
            name = found.name.strip()
            if len(name.split()) >= MIN_NAME_WORDS:
                names.add(name)
    return names


def opens_with_writer(text: str, names: set[str]) -> bool:
    """The line opens with a writer's full name and then a space or a comma ("Julia Beizer is …", "Eric Song, IGN's
    …"), or with the first name alone and then a lower-case word ("Devindra has been …"): not a possessive, not a
    longer name ("Julia Beizerová")."""
    line = text.strip()
    for name in names:
        if line.startswith((name + " ", name + ", ")):
            return True
        first = name.split()[0]
        if len(first) >= MIN_FIRST_NAME_CHARS and line.startswith(first + " "):
            following = line[len(first) + 1 :].split(maxsplit=1)
            if following and following[0][:1].islower():
                return True
    return False


def in_a_box_of_its_own(blocks: list[Block], above: int, line: int) -> bool:
    """Block `line` stands in another element than the body line `above` it does: the bio box a theme prints under the
    text ("<div class="t-d6">Devindra has been …</div>" after the story's "<div class="article-text">"), not a paragraph
    among the story's own ("<p><em>Julia Beizer is …</em></p>" after "<p>Thanks for reading!</p>")."""
    return _container(blocks[above]) is not _container(blocks[line])


def _container(block: Block) -> HtmlElement | None:
    """The element holding the block's owning element (its paragraph's parent), or None at the page's top."""
    return block.ancestors[-2] if len(block.ancestors) > 1 else None


def without_closing_bio(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the writer's bio among the body's last lines made furniture, with the body lines under it."""
    body = [i for i, v in enumerate(verdicts) if v.label == Label.BODY]
    if len(body) <= BIO_REACH_LINES:
        return verdicts  # a text this short has no room for a bio box under it
    tail = body[-BIO_REACH_LINES:]
    candidates = [i for i in tail if len(blocks[i].text.split()) <= BIO_MAX_WORDS]
    if not candidates:
        return verdicts
    names = writer_names(blocks, verdicts)
    if not names:
        return verdicts
    opening = next((i for i in candidates if opens_with_writer(blocks[i].text, names)), None)
    if opening is None:
        return verdicts
    if not in_a_box_of_its_own(blocks, body[body.index(opening) - 1], opening):
        return verdicts  # a paragraph in the text's own flow: a person copying the story takes it along (dragnet)
    out = list(verdicts)
    for i in tail:
        if i >= opening:
            out[i] = _BIO
    return out
