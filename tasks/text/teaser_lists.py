"""Lists of teasers with summaries (headline/lead pairs) beside the article: where the main text ends above one, and
when a short article above one keeps its place.

A news page closes many articles with a box of other stories, each a headline over a one- or two-sentence lead. The
leads are prose, and together they can outweigh a short article, so the region search runs on into the box or takes it
for the article. Under a heading the related-links vocabulary reads ("Mehr zum Thema", "Loe ka", "Najczęściej
czytane", "Read also"), the box names itself: it is never the article over a story standing above it under its own
head, however short that story (session 44; sessions 36 to 43 left the shape on five invented pages).
"""

from __future__ import annotations

from tasks.text.heads import ended_before
from tasks.text.region import PageView


def teaser_pairs_to(view: PageView, first: int, last: int) -> int:
    """How many headline/lead pairs (a short line, then one line of prose) make up lines first..last
    exactly; 0 when anything else is among them (running text, a list, a table). A teaser may print its
    date between its headline and its lead (an "Earlier on this topic" list: "Port opens tender" over
    "2 June 2025" over the lead), and then every teaser of the list does: a list prints its teasers alike."""
    pairs, i, dated = 0, first, set()
    while i < last:
        has_date = _is_teaser_date(view, i + 1)
        dated.add(has_date)
        lead = i + 2 if has_date else i + 1
        if view.prose[i] or lead > last or not view.is_text(lead) or (lead + 1 <= last and view.prose[lead + 1]):
            return 0
        pairs, i = pairs + 1, lead + 1
    return pairs if i == last + 1 and len(dated) == 1 else 0


def _is_teaser_date(view: PageView, i: int) -> bool:
    """Line i is a teaser's date: a short dated line that is no text."""
    feat = view.features[i]
    return feat.has_date and not view.is_text(i) and feat.n_words <= view.rules.stamp_max_words


def article_before_teasers(view: PageView, core: tuple[int, int]) -> tuple[int, int]:
    """The best run of prose without the teaser list it ran on into: below a short line (a heading such
    as "Прочитајте повеќе од Битола", or any other) nothing but headline/lead pairs to the run's end,
    whose one-sentence leads are prose too and together can outweigh a short article. Above them it
    must read as an article (two paragraphs in a row), not as a directory of such pairs itself."""
    paragraphs = next((i for i in range(core[0], core[1]) if view.is_text(i) and view.is_text(i + 1)), None)
    if paragraphs is None:
        return core
    for h in range(paragraphs + 2, core[1]):
        if not view.prose[h] and teaser_pairs_to(view, h + 1, core[1]) >= view.rules.teaser_list_min_pairs:
            return ended_before(view, core, h)
    return core


def opens_named_teaser_list(view: PageView, region: tuple[int, int]) -> bool:
    """The run `region` is a teaser list under a heading the related-links vocabulary reads: the heading, the first
    teaser's headline (and its date), then nothing but headline/lead pairs to the run's end. Such a box is other
    pages' summaries, whatever they weigh against a short article above it."""
    return any(
        view.features[h].is_related_heading and view.verdicts[h] is not None and teaser_pairs_to(view, h + 1, region[1])
        for h in range(max(0, region[0] - 3), region[0])
    )
