"""The headline block of an HTML page: the block the page's title names, else the one under its navigation.

In order:
1. the block whose text is the page's title (og:title, the heading <title> confirms, ...), else the
   longest block the title starts with ("Headline (from The Paper)");
2. the first headline-shaped block between the last navigation block above the article and the
   article's first block: old and plain pages put their headline in a bold <div>, a <td> or an
   <h3> right under the menu, and name only the site or section in <title> ("SuperSoccer",
   "National Hockey League") or have no <title> at all;
3. the <h1> nearest above the article.
"""

from __future__ import annotations

import re

from tasks.html.blocks import Block
from tasks.html.vocab import CELL_TAGS
from tasks.lexicon.vocab import SHARE_BUTTONS, STORY_TOOLS
from tasks.text.features import count_words, dominant_script, ends_sentence, normalize_for_match
from tasks.text.title import is_dateline

# Blocks this far (in blocks) above the article may still be its headline.
TITLE_WINDOW = 12
# A block at least this much link text is navigation (a menu, a breadcrumb, "E-mail | Print" tools).
NAVIGATION_LINK_DENSITY = 0.2
# Navigation blocks the article's element may open with before its headline (a breadcrumb, a section's link).
LEADING_MENU_BLOCKS = 2
# A headline has a few words: fewer are a label ("Sports", "Text Size"); more are a paragraph.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
_ELLIPSES = ("...", "…")
# A trail of this many parts between " > ", " » " or " / " is a breadcrumb, even without links.
BREADCRUMB_PARTS = 3
# Lines an old layout's article cell may open with above its <h1> beyond the window's first two (a kicker, a date).
OPENING_LINES = 2
# A block the title starts with is its headline when it is at least this share of the title's words.
MIN_PREFIX_SHARE = 0.5
_WORD = re.compile(r"\w+")
_APOSTROPHES = re.compile(r"['’`]")
_BREADCRUMB = re.compile(r"\s+[>»/]\s+")
# A <form> among the last four elements of a block's path (the path keeps its six innermost).
_FORM_STEP = re.compile(r"(?:^|/)form(?:/[^/]+){0,3}$")
# The share bar's and story tools' labels as words ("e-mail this story" → "e mail this story"), compared with a block's.
_TOOL_LABELS = frozenset(" ".join(_WORD.findall(_APOSTROPHES.sub("", w))) for w in SHARE_BUTTONS | STORY_TOOLS)
# Class/id words (tasks/html/vocab.py's CHROME_HINTS) of the credit and date lines around a headline.
CREDIT_HINTS = frozenset({"byline", "dateline", "timestamp", "meta", "author-bio", "bio"})


def is_headline_shaped(block: Block) -> bool:
    """A few words with letters, no links, not a sentence with a full stop, not a date line,
    not a form's label, not inside a credit line's element."""
    text = block.text.strip()
    words = count_words(text, dominant_script(text)[0])
    if not HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS or block.link_density > 0 or block.tag == "form":
        return False
    if not any(ch.isalpha() for ch in text) or len(_BREADCRUMB.split(text)) >= BREADCRUMB_PARTS:
        return False  # "08/01/2008 11:13", "Home > Headlines > Story"
    # Under a credit's class or id ("byline", "dateline"): the agency or date line under the headline.
    if block.chrome_hint in CREDIT_HINTS:
        return False
    # A small form's text ("CHOOSE A SPORT" over a select, a search box's "this site / the web"; only a form a few
    # steps up: ASP.NET pages wrap the whole page in one) and a story's tools ("Share this story!", "MAIL THIS
    # STORY"): furniture set as plain text, right under the menu on old pages.
    if " ".join(_words(text)) in _TOOL_LABELS or _FORM_STEP.search(block.tag_path) is not None:
        return False
    if ends_sentence(text) and not text.endswith(("?", "!", *_ELLIPSES)):
        return False
    return not is_dateline(text, None)


def _after_navigation(blocks: list[Block], first_body: int) -> int | None:
    """The first headline-shaped block after the last navigation block above the article, up to and
    including the article's first block; None when a longer text block comes first."""
    start = max(0, first_body - TITLE_WINDOW)
    navigation = [i for i in range(start, first_body) if blocks[i].link_density >= NAVIGATION_LINK_DENSITY]
    if navigation:
        start = navigation[-1] + 1
    elif start > 0:
        return None  # no menu in sight: nothing tells where the page's furniture ends
    for i in range(start, first_body + 1):
        if is_headline_shaped(blocks[i]):
            return i
        if len(blocks[i].text.split()) > HEADLINE_MAX_WORDS:
            return None
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(_APOSTROPHES.sub("", text.casefold()))


def _title_prefix(blocks: list[Block], window: range, title: str) -> int | None:
    """The longest linkless block the title starts with, in words and without case or punctuation:
    <title> decorates the headline in ways its separators miss ("Headline (from The Paper)",
    "Headline-Section-The Paper")."""
    wanted = _words(title)
    found: tuple[int, int] | None = None  # (words, index)
    for i in window:
        words = _words(blocks[i].text)
        share = len(words) / max(len(wanted), 1)
        if len(words) < HEADLINE_MIN_WORDS or share < MIN_PREFIX_SHARE or blocks[i].link_density > 0:
            continue
        if wanted[: len(words)] == words and (found is None or len(words) > found[0]):
            found = (len(words), i)
    return found[1] if found else None


def _opened_by_title(blocks: list[Block], window: range, title: str) -> int | None:
    """The first headline <h1> or headline-shaped block that opens with the title's words, the title half of its words
    at least: the headline JSON-LD shortens ("Bangor pier reopens after £1.4m repairs" of the shown "… repairs - but ice
    cream kiosk stays shut"), which the menu's rule would pass over for the lead picture's caption."""
    wanted = _words(title)
    if len(wanted) < HEADLINE_MIN_WORDS:
        return None
    for i in window:
        words = _words(blocks[i].text)
        opened = words[: len(wanted)] == wanted and len(wanted) >= MIN_PREFIX_SHARE * len(words)
        if opened and (blocks[i].heading == 1 or is_headline_shaped(blocks[i])):
            return i
    return None


def abridged_headline(blocks: list[Block], title: str) -> Block | None:
    """The first headline-shaped block holding every word of the title in their order, the title at least half of its
    words: the headline <title> abridges ("Boda boda riders given new deadline" of the shown "Boda boda riders in
    Kampala given new deadline to register"), on an old CMS's page whose <h1> is the site's logo."""
    wanted = _words(title)
    if len(wanted) < HEADLINE_MIN_WORDS:
        return None
    for block in blocks:
        words = _words(block.text)
        if len(wanted) >= MIN_PREFIX_SHARE * len(words) and is_headline_shaped(block):
            remaining = iter(words)
            if all(w in remaining for w in wanted):
                return block
    return None


def _word_count(text: str) -> int:
    """Words as the script counts them: "金沢駅西口に新アリーナ構想　県が調査費計上へ" is a headline of many words,
    though one space splits it in two."""
    return count_words(text, dominant_script(text)[0])


def headline_index(blocks: list[Block], first_body: int | None, meta_title: str | None) -> int | None:
    """Index of the page's headline block, if any (see the module's docstring for the order)."""
    if first_body is None:
        return None
    # a breadcrumb the article's element opens with ("Home > History") is its menu, not its start
    for _ in range(LEADING_MENU_BLOCKS):
        if first_body + 1 < len(blocks) and blocks[first_body].link_density >= NAVIGATION_LINK_DENSITY:
            first_body += 1
    key = normalize_for_match(meta_title) if meta_title else None
    window = range(max(0, first_body - TITLE_WINDOW), min(len(blocks), first_body + 2))
    same = next((i for i in window if normalize_for_match(blocks[i].text) == key), None) if key else None
    if same is None and key:
        # the <h1> the title names under the lines an old table layout's article cell opens with (its section kicker
        # and date line: "Dömitz", "Donnerstag, 06.06.2024 - 11:15 Uhr", then "<h1>Festung bekommt …</h1>"); not
        # elsewhere: cleanportal's gold keeps a blog's <h1> under its site's name as text
        below = range(window.stop, min(len(blocks), window.stop + OPENING_LINES))
        same = next(
            (i for i in below if blocks[i].heading == 1 and blocks[i].in_table
             and normalize_for_match(blocks[i].text) == key),
            None,
        )  # fmt: skip
    # A title of a word or two ("Muse", "Bangkok Post") names the site or section as often as the
    # story: the block showing it is the headline only when no headline-shaped block follows the menu.
    if same is not None and _word_count(blocks[same].text) >= HEADLINE_MIN_WORDS:
        return same
    found = _title_prefix(blocks, window, meta_title) if meta_title else None
    if found is None and meta_title:
        found = _opened_by_title(blocks, window, meta_title)
    if found is None:
        found = _after_navigation(blocks, first_body)
    if found is None:
        found = same
    if found is None and key:
        found = _title_further_down(blocks, first_body, key)
    if found is not None:
        return found
    headings = [i for i in window if blocks[i].heading == 1]
    return headings[-1] if headings else None


def _title_further_down(blocks: list[Block], first_body: int, key: str) -> int | None:
    """The linkless block whose text is the page's title a few blocks into the article's element, in another cell of
    the layout table than the element's first block, where nothing above named the headline: a side column's box the
    container took in above it (an old table layout's poll, "Sondage" over its question and answers, in the same row
    as the story's cell). In the same cell or outside a table, the text's own heading that repeats the title stays
    the text's (cleaneval-dev keeps a report's bold title under its number and date)."""
    below = range(first_body + 2, min(len(blocks), first_body + TITLE_WINDOW))
    return next(
        (i for i in below if blocks[i].link_density == 0 and normalize_for_match(blocks[i].text) == key
         and _word_count(blocks[i].text) >= HEADLINE_MIN_WORDS and _in_another_cell(blocks[i], blocks[first_body])),
        None,
    )  # fmt: skip


def _in_another_cell(block: Block, first: Block) -> bool:
    """The block stands in a table cell that does not hold `first`."""
    cell = next((a for a in reversed(block.ancestors) if a.tag in CELL_TAGS), None)
    return cell is not None and cell not in first.ancestors
