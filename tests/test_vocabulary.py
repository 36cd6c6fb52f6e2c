"""The attribution vocabularies: reviewed data files with sources, covering the languages we promise."""

from __future__ import annotations

import itertools
from pathlib import Path

from tasks.lexicon.vocabulary import (
    credit_cues,
    dateline_patterns,
    is_boilerplate,
    name_words,
    read_rows,
    reporting_phrases,
)
from tasks.text.features import normalize_for_match

# Every language of the seeds and the held-out eval sets, with Serbian in both scripts.
REQUIRED = {"ru", "uk", "bg", "be", "sr", "mk", "kk", "en", "de", "fr", "es", "pt", "it", "tr", "ar", "pl", "cs"}


def test_every_row_cites_its_source() -> None:
    for name in (
        "credit_cues.csv",
        "reporting.csv",
        "name_words.csv",
        "datelines.csv",
        "boilerplate_phrases.csv",
        "class_hints.csv",
    ):
        rows = read_rows(name)
        assert rows, name
        assert all(row["source"].strip() for row in rows), name


def test_credit_cues_cover_forty_languages_and_the_required_ones() -> None:
    languages = {row["lang"] for row in read_rows("credit_cues.csv")}
    assert len(languages) >= 40
    assert languages >= REQUIRED
    cues = credit_cues()
    assert {"photo", "video", "source", "author"} <= set(cues)
    assert "fotoğraf" in cues["photo"] and "світлина" in cues["photo"] and "quelle" in cues["source"]
    assert "фотографије" in cues["photo"] and "fotografije" in cues["photo"]  # Serbian, both scripts


def test_cues_are_longest_first_so_phrases_win_over_their_first_word() -> None:
    photo = credit_cues()["photo"]
    assert photo.index("автор на снимката") < photo.index("снимка")
    assert all(len(a) >= len(b) for a, b in itertools.pairwise(photo))


def test_reporting_phrases_on_both_sides_of_the_name() -> None:
    phrases = reporting_phrases()
    assert {"съобщи", "повідомляє", "передает", "según ha informado", "selon", "laut"} <= set(phrases.before)
    assert {"bildirdi", "mukaan", "によると"} <= set(phrases.after)
    assert "reported" in phrases.after_final


def test_name_words_tell_generic_phrases_and_officials_from_names() -> None:
    words = name_words()
    assert "news agencies" in words.generic and "информационные агентства" in words.generic
    assert words.is_official("Ministry") and words.is_official("министерства")
    assert not words.is_official("Reuters")
    assert "газета" in words.descriptors and "diario" in words.descriptors


def test_dateline_shapes_compile_and_match_a_wire_dateline() -> None:
    patterns = dateline_patterns()
    match = patterns["place_date_agency"].match("LONDON, March 3 (Reuters) - Inflation fell.")
    assert match is not None and match.group("agency") == "Reuters"
    assert patterns["signoff"].search("The talks resume on Monday. (dpa/AFP)") is not None


def test_job_titles_are_one_list_for_credit_lines_and_page_authors() -> None:
    from tasks.lexicon.author_words import load_author_words
    from tasks.lexicon.credit_lines import load_byline_words
    from tasks.lexicon.vocabulary import job_titles

    jobs = job_titles()
    assert {"reporter", "корреспондент", "muhabir", "기자", "dr"} <= jobs.titles
    assert "national" in jobs.beats and "national" not in jobs.titles  # a beat only inside a title
    assert load_byline_words().jobs == jobs.titles
    assert load_author_words().job == jobs.titles | jobs.beats
    data = Path(__file__).resolve().parents[1] / "tasks" / "lexicon" / "data"
    assert not any(line.startswith("job") for line in (data / "author_noise.tsv").read_text().splitlines())
    assert not any(line.startswith("job") for line in (data / "byline_words.csv").read_text().splitlines())


def test_boilerplate_phrases_match_whole_words_in_latin_and_anywhere_in_unspaced_scripts() -> None:
    assert is_boilerplate("copyright 2012 the example times")
    assert not is_boilerplate("the court ruled the copyrighted photos could stay")
    assert not is_boilerplate("a ransomware attack on our newsletters' archive")  # not the whole word
    assert is_boilerplate("本网站版权所有")  # no word boundary inside running Chinese


def test_a_blog_engines_post_footer_is_boilerplate() -> None:
    footer = (
        "This entry was posted on Saturday, August 25th, 2012 at 12:23 am and is filed under Robots. "
        "You can follow any responses to this entry through the RSS 2.0 feed."
    )
    assert is_boilerplate(normalize_for_match(footer))
    assert not is_boilerplate(normalize_for_match("The entry was posted to the council on Saturday."))
