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


def with_line_ups(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the block of line-ups right under its last paragraph, the block holding nothing else."""
    if region is None or not view.is_text(region[1]):
        return region
    first = region[1] + 1
    if first >= len(lines) or lines[first].block_index == lines[region[1]].block_index:
        return region
    end = first
    while end < len(lines) and lines[end].block_index == lines[first].block_index:
        if not _is_line_up(view, end, lines[end].text):
            return region
        end += 1
    return (region[0], end - 1) if end - first >= MIN_LINE_UPS else region


# A match report's facts under its last paragraph, over the standings table: the score with its periods, the scorers
# and the crowd ("HK Nitra – HKM Zvolen 4:2 (0:1, 1:1, 3:0)", "Góly: 18. Koch, … Diváci: 3 640.", "Scorers: …"), at
# most this many lines in a block of their own.
MAX_FACT_LINES = 4


def through_match_facts(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the block of a match's facts right under its last paragraph, when the next block is the
    standings table's heading: each of the block's lines holds a figure and no rule took it. The report's text they
    are (the writers count the scorers' line as body); the table under them is the site's widget. With no standings
    heading under it, a block of scores is as often another match's result, a teaser's."""
    if region is None or not view.is_text(region[1]):
        return region
    first = region[1] + 1
    if first >= len(lines) or lines[first].block_index == lines[region[1]].block_index:
        return region
    end = first
    while end < len(lines) and lines[end].block_index == lines[first].block_index:
        if end - first >= MAX_FACT_LINES or view.verdicts[end] is not None or not has_digit(lines[end].text):
            return region
        end += 1
    foot = view.verdicts[end] if end < len(lines) else None
    return (region[0], end - 1) if foot is not None and foot.reason_code == "standings_heading" else region
