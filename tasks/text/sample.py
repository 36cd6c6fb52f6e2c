"""What the article's language is guessed from: a sample of its lines, kept to the article's script,
and the stopword shares of the lines and of the sample once the language is known."""

from __future__ import annotations

from tasks.text.features import LineFeatures, dominant_script
from tasks.text.lines import Line
from tasks.text.words import has_marked_words, share_of, stopword_count

# Lines at least this long feed the language guess; shorter ones are mostly menus.
LANGUAGE_SAMPLE_MIN_WORDS = 6
SAMPLE_SEPARATOR = "\n"


def in_script(
    sample: str, script: str | None, lines: list[Line], sampled: list[int], features: list[LineFeatures]
) -> str:
    """The sample's lines written in the article's script, so that language and script agree.

    On a page that mixes scripts, a language guess over everything can name the minority
    language ("ru") while the script is the majority's (Latin): then every line would be foreign.
    A line's script is its features' (surrounding spaces have none); a line holding line breaks
    (possible for lines not made by split_lines) is judged by the parts they split it into.
    """
    kept: list[str] = []
    for i in sampled:
        text = lines[i].text
        if SAMPLE_SEPARATOR in text:
            kept += [part for part in text.split(SAMPLE_SEPARATOR) if dominant_script(part)[0] == script]
        elif features[i].script == script:
            kept.append(text)
    return SAMPLE_SEPARATOR.join(kept) or sample


def sample_lines(lines: list[Line], region: tuple[int, int] | None) -> list[int]:
    """Indices of the lines the language guess reads: the main text, else the long lines, else all."""
    if region is not None:
        return list(range(region[0], region[1] + 1))
    long_lines = [i for i, ln in enumerate(lines) if len(ln.text.split()) >= LANGUAGE_SAMPLE_MIN_WORDS]
    return long_lines or list(range(len(lines)))


def stopword_shares(
    lines: list[Line], sampled: list[int], stopwords: frozenset[str]
) -> tuple[list[float | None], float]:
    """Each line's share of the article language's stopwords, and the language sample's share, summed
    from its lines' counts: words never span the line breaks that join them, so it is the joined text's."""
    if not stopwords:
        return [None] * len(lines), 0.0
    marked = has_marked_words(stopwords)  # once per page: Hindi or Thai words need the tokenizer that keeps marks
    # a line repeated on its page (one in five: menus, teasers) is counted once
    counted: dict[str, tuple[int, int]] = {}
    counts = [
        counted[text] if text in counted else counted.setdefault(text, stopword_count(text, stopwords, marked))
        for text in (line.text for line in lines)
    ]
    in_sample = (sum(counts[i][0] for i in sampled), sum(counts[i][1] for i in sampled))
    return [share_of(count) for count in counts], share_of(in_sample)
