"""A match report's line-ups under its last paragraph: a block of lines, each a team's name, a colon and its players
parted by commas, closed by a full stop ("Jadran: Tomić, Perišić 3, Jurić 2, Lozina 1."). Names carry no stopwords, so
the prose test does not read them, and the region search leaves them out; the report's text they are."""

from __future__ import annotations

import re

from tasks.lexicon.digits import has_digit
from tasks.text.lines import Line
from tasks.text.region import PageView

# A team's name of up to three words, capitalised, its colon, then at least this many players parted by commas or
# semicolons, the line closed by a full stop.
MIN_PLAYERS = 4
_LINE_UP = re.compile(r"^[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,2}:\s+(?P<players>[^:]+)\.$")
# A block of line-ups holds at least this many: one per team.
MIN_LINE_UPS = 2


def _is_line_up(view: PageView, i: int, text: str) -> bool:
    if view.verdicts[i] is not None or not text[:1].isupper():
        return False
    found = _LINE_UP.match(text.strip())
    return found is not None and len(re.split(r"[,;]", found["players"])) >= MIN_PLAYERS


def _block_under(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> range | None:
    """The lines of the block right under the main text's last paragraph (a block of its own), or None."""
    if region is None or not view.is_text(region[1]):
        return None
    first = region[1] + 1
    if first >= len(lines) or lines[first].block_index == lines[region[1]].block_index:
        return None
    end = first
    while end < len(lines) and lines[end].block_index == lines[first].block_index:
        end += 1
    return range(first, end)


def with_line_ups(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the block of line-ups right under its last paragraph, the block holding nothing else."""
    block = _block_under(lines, view, region)
    if region is None or block is None or len(block) < MIN_LINE_UPS:
        return region
    return (region[0], block[-1]) if all(_is_line_up(view, i, lines[i].text) for i in block) else region


# A match report's facts under its last paragraph, over the standings table: the score with its periods, the scorers
# and the crowd ("HK Nitra – HKM Zvolen 4:2 (0:1, 1:1, 3:0)", "Góly: 18. Koch, … Diváci: 3 640.", "Scorers: …"), at
# most this many lines in a block of their own.
MAX_FACT_LINES = 4


def through_match_facts(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the block of a match's facts right under its last paragraph, when the next block is the
    standings table's heading: each of the block's lines holds a figure and no rule took it. The report's text they
    are (the writers count the scorers' line as body); the table under them is the site's widget. With no standings
    heading under it, a block of scores is as often another match's result, a teaser's."""
    block = _block_under(lines, view, region)
    if region is None or block is None or len(block) > MAX_FACT_LINES:
        return region
    if any(view.verdicts[i] is not None or not has_digit(lines[i].text) for i in block):
        return region
    foot = view.verdicts[block.stop] if block.stop < len(lines) else None
    return (region[0], block[-1]) if foot is not None and foot.reason_code == "standings_heading" else region
