"""A live blog whose entries each carry a full stamp and their writer's name: the stamps and names between entries
weigh nothing in the region search.

A newsroom's live blog prints over each entry its date and time and the reporter who filed it ("4. 11. 2025 ob 18:40"
over "Ana Novak" over the entry's one or two sentences). The clock-only stamps of `main_text._with_entry_stamps_free`
do not cover a stamp with its date, and the writer's name is a repeated short line that costs a chrome line's weight
twice over: the blog of short entries fell apart into them, and a longer teaser's lead below won the page. A comment
thread has the same shape (a stamp, a name, the text), but its names are many: here the name under a stamp is one
that recurs on the page (a few reporters file many entries), and the stamp stands between two texts."""

from __future__ import annotations

from tasks.text.region import PageView

# A writer's name under the stamp: a few words at most ("Ana Novak", "Tomaž Zupan").
MAX_WRITER_WORDS = 4


def _is_entry_writer(view: PageView, i: int) -> bool:
    """Line i is a live entry's writer: a short line of a few words, no text, that recurs on the page."""
    feat = view.features[i]
    return not view.prose[i] and 0 < feat.n_words <= MAX_WRITER_WORDS and feat.n_copies >= 2 and not feat.has_date


def with_signed_stamps_free(view: PageView, weights: list[float]) -> list[float]:
    """The weights with each stamp between two entries (a date and a clock time, at most `stamp_max_words` words,
    with text right above it) and the recurring writer's name under it made free, when the entry's text follows."""
    free, n, longest = weights, len(weights), view.rules.stamp_max_words
    stamps = [i for i, f in enumerate(view.features) if f.has_timestamp and f.n_words <= longest and 0 < i < n - 2]
    for i in stamps:  # most pages have none: the list is built in one pass, the rest runs on stamps only
        if view.is_text(i - 1) and _is_entry_writer(view, i + 1) and view.is_text(i + 2):
            free = free if free is not weights else list(weights)
            free[i] = free[i + 1] = 0.0
    return free
