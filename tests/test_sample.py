"""The language sample: its lines, kept to the article's script, and stopword shares from line counts."""

from __future__ import annotations

from tasks.lexicon.stopwords import stoplist
from tasks.text.features import dominant_script, line_features
from tasks.text.lines import Line, split_lines
from tasks.text.sample import SAMPLE_SEPARATOR, in_script, sample_lines, stopword_shares
from tasks.text.words import stopword_share

PAGE = (
    "Home | News | Sport\n\n"
    "The council voted on Tuesday to expand the tram network across the city.\n"
    "Совет проголосовал во вторник за расширение трамвайной сети города.\n"
    "Officials said the first line is due to open in three years, after a long debate.\n"
)


def test_the_sample_is_the_main_text_else_the_long_lines() -> None:
    lines = split_lines(PAGE)
    assert sample_lines(lines, (1, 2)) == [1, 2]
    assert sample_lines(lines, None) == [1, 2, 3]  # the menu has too few words


def test_only_lines_in_the_articles_script_are_kept() -> None:
    lines = split_lines(PAGE)
    sampled = sample_lines(lines, None)
    sample = SAMPLE_SEPARATOR.join(lines[i].text for i in sampled)
    kept = in_script(sample, "LATIN", lines, sampled, line_features(lines))
    assert kept.split(SAMPLE_SEPARATOR) == [lines[1].text, lines[3].text]
    assert in_script(sample, "GREEK", lines, sampled, line_features(lines)) == sample  # none kept: all of it


def test_a_line_holding_line_breaks_is_judged_part_by_part() -> None:
    lines = [Line(1, "Tram plan approved\nТрамвай одобрен", 0, 0)]
    kept = in_script(lines[0].text, "CYRILLIC", lines, [0], line_features(lines))
    assert kept == "Трамвай одобрен"
    assert dominant_script(kept)[0] == "CYRILLIC"


def test_the_samples_share_is_the_joined_texts() -> None:
    lines = split_lines(PAGE)
    english = stoplist("en")
    shares, sample_share = stopword_shares(lines, [1, 3], english)
    assert shares == [stopword_share(line.text, english) for line in lines]
    assert sample_share == stopword_share(lines[1].text + SAMPLE_SEPARATOR + lines[3].text, english)
    assert stopword_shares(lines, [1, 3], frozenset()) == ([None] * 4, 0.0)
