"""The list an article's text announces under its last paragraph: a sentence ending in a colon ("Below is the list of
the players invited to the camp:"), then items of one shape, some flagged by a footnote's or a bullet's mark ("Jo
Smith (Duke University)", "* Sam Lee (Furman University)").

The region search weighs prose, so it ends the text above the announcing line, which is no sentence by its mark, and a
long list of short items outweighs anything under it. A teaser list or a menu has no sentence of the text over it; a
link list's heading ("Related posts:") is a rule's, and a heading of a word or two ("Links:") no sentence.
"""

from __future__ import annotations

from tasks.text.features import line_shape
from tasks.text.lines import Line
from tasks.text.read_also import read_also_box_length
from tasks.text.region import PageView, same_shape

# The announcing line has at least this many words ("Ingredients for 4 portions:"), not a heading's one or two.
MIN_ANNOUNCING_WORDS = 3
# Marks that flag one item of a list among its peers: a footnote's star, a bullet, a dash.
_FLAGS = "*•·-–—+†"


def _shape(line: Line) -> str:
    """A list item's shape without the mark that flags it ("* Sam Lee (Furman University)" is shaped as its peers)."""
    return line_shape(line.text.strip().lstrip(_FLAGS).strip())


def _opens_low(line: Line) -> bool:
    """The item opens with a figure or in lower case ("2 tsp vegetable oil", "salt and pepper to taste"): a list that
    goes on a sentence or counts things, where a teaser list or a menu opens its lines with capitals."""
    first = line.text.strip().lstrip(_FLAGS).strip()[:1]
    return first.isdigit() or first.islower()


def _items_after(lines: list[Line], view: PageView, first: int) -> int:
    """Index past the run of list items from line `first`: no rule's verdict, no prose, a few words, one shape with the
    first or, when the first opens with a figure or in lower case, opening so too."""
    rules, n = view.rules, len(lines)
    low = _opens_low(lines[first])
    j = first
    while j < n and view.verdicts[j] is None and not view.prose[j]:
        if view.features[j].n_words < rules.list_item_min_words:
            break  # a tag list's words ("gear ,", "rain ,"), no items of the text's
        if not (low and _opens_low(lines[j])) and not same_shape(
            _shape(lines[j]), _shape(lines[first]), rules.list_shared_marks
        ):
            break
        j += 1
    return j


def under_announced_list(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text on over the list that a sentence right under it announces with a colon, and over the text
    lines right under the list (its footnote, a closing paragraph), also past a one-link "read also" box set between
    the list and its closing paragraph."""
    if region is None:
        return region
    lead = region[1] + 1
    if lead + 1 >= len(lines) or view.verdicts[lead] is not None or not view.features[lead].ends_colon:
        return region
    if view.features[lead].n_words < MIN_ANNOUNCING_WORDS or not view.prose[region[1]]:
        return region
    end = _items_after(lines, view, lead + 1)
    if end - (lead + 1) < view.rules.list_min_items:
        return region
    box = read_also_box_length(view, end)
    end += box if box and end + box < len(lines) and view.is_text(end + box) else 0
    while end < len(lines) and view.is_text(end):
        end += 1
    return region[0], end - 1
