"""Rules of the heldout86 round (session 49, helper s49-html): each names a shape of news pages seen on the blind
metadata pages tests/data/html_meta/heldout86-* (written at the end of session 48 by a helper who read nothing of the
project and scored once before any change); general across sites and languages, with a negative where the shape could
overreach. The set's scores are pinned in tests/test_meta_quality.py ("heldout86"). Every line below was written for
this test.
"""

from __future__ import annotations

from tasks.credits.bylines import split_byline
from tasks.lexicon.agencies import load_gazetteer


def _names(line: str, cue: str) -> list[str]:
    return [c.name for c in split_byline(line, len(cue) + 1, load_gazetteer())]


def test_a_post_abbreviated_by_two_letters_about_a_slash_after_the_writer_names_no_one() -> None:
    # the francophone regional press signs with the writer's post after a comma, abbreviated "A/R" (antenne
    # régionale) or "C/R" (correspondant régional), then the place it covers: the slash parted it, and the letter
    # after it with the place read as a person ("R Atacora")
    assert _names("Par Mariam Soulé, A/R Atacora", "Par") == ["Mariam Soulé"]
    assert _names("Par Mariam Soulé, C/R Borgou-Alibori", "Par") == ["Mariam Soulé"]
    assert _names("By Kofi Mensah, A/R Upper East", "By") == ["Kofi Mensah"]


def test_names_parted_by_a_slash_are_still_two_writers() -> None:
    # a slash between two full names, or between a writer and an agency, parts them as before
    assert _names("Par Mariam Soulé / Jean Dossou", "Par") == ["Mariam Soulé", "Jean Dossou"]
    assert _names("By Ann Lee/Tom Hale", "By") == ["Ann Lee", "Tom Hale"]
    assert "AFP" in _names("Par Jean Dossou, AFP/Cotonou", "Par")
