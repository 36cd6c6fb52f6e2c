"""A sports page's standings widget: its heading ("Турнирная таблица", "Tabelle Bundesliga", "Puan Durumu – Süper
Lig") over the table's ranked rows ("1. «Текстильщик» — 52"). The rows are a list of one shape, which the region
search joins to the text when the widget stands right under it (a live blog's last entry, a match report's last
paragraph); the heading tells the site's table from a list the article gives. Every labelled set counts such a table
as furniture (standings_headings.csv says where).
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.lexicon.vocabulary import read_rows, split_cell
from tasks.text.verdicts import LineContext, Verdict

STANDINGS_HEADINGS: frozenset[str] = frozenset(
    word for row in read_rows("standings_headings.csv") for word in split_cell(row["words"])
)
# The first word of every heading: a line opening with another word is none (most lines: one set lookup); the last
# word, for a heading that closes its line after the competition's name ("Hamersley Cup standings", the English order).
_FIRST_WORDS = frozenset(heading.split(" ", 1)[0] for heading in STANDINGS_HEADINGS)
_LAST_WORDS = frozenset(heading.rsplit(" ", 1)[-1] for heading in STANDINGS_HEADINGS)
# A heading with the competition's name after it ("Classifica Serie B", "Tabela Superliga") has at most this many
# words; more is a sentence or a headline.
MAX_HEADING_WORDS = 6
# Dashes and colons between the heading and the competition ("Classificação - Campeonato Cearense").
_JOINERS = " -–—:|"


def _opens_ranked_row(ctx: LineContext) -> bool:
    """The line under the heading opens the table: its first row, ranked 1 ("1. Sporting 64"), or its header row."""
    below = ctx.index + 1
    return below < len(ctx.lines) and ctx.lines[below].text.lstrip().startswith(("1", "Pl", "#", "Pos", "Rang"))


def standings_heading(ctx: LineContext) -> Verdict | None:
    """The heading of a standings widget: a heading of standings_headings.csv alone on its line, or followed by the
    competition's name when the table's first row is right under it (an article's own "Tabelle der Preise" heads no
    ranked row)."""
    feat = ctx.feat
    if feat.n_words > MAX_HEADING_WORDS or feat.ends_sentence:  # two attribute tests first: most lines stop here
        return None
    key = feat.key
    if key.partition(" ")[0] not in _FIRST_WORDS:
        if not _is_closing_heading(ctx, key):
            return None
    elif key not in STANDINGS_HEADINGS:
        words = key.split()
        opening = next((k for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in STANDINGS_HEADINGS), 0)
        if not opening or not _opens_ranked_row(ctx):
            return None
        if not " ".join(words[opening:]).strip(_JOINERS):
            return None
    return Verdict(
        Label.CHROME, ChromeKind.RELATED_HEADING, "standings_heading",
        f"'{ctx.line.text.strip()}' heads a sports page's standings table, not the article's text", 0.85,
    )  # fmt: skip


def _is_closing_heading(ctx: LineContext, key: str) -> bool:
    """A heading that closes its line after the competition's name ("Hamersley Cup standings", "Premier League
    table"), over the table's first row."""
    if key.rpartition(" ")[2] not in _LAST_WORDS:
        return False
    words = key.split()
    return any(" ".join(words[k:]) in STANDINGS_HEADINGS for k in range(1, len(words))) and _opens_ranked_row(ctx)
