"""Session 31's speed round, the text core (issue 15): a photo cue written as one word with an author cue and "and"
before it ("เรื่องและภาพ", story and pictures) is found by looking up each split of the cue among the author cues
joined to an "and", built once, where every author cue was tried with every "and" on each call (a fifth of a
pass's own time under cProfile, on 46 lines). Held to what it replaced: the same answer on every cue and on generated
ones, and the same records of the credit lines that ask it."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.cue_context import _joiners, _one_word_pair
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.vocabulary import credit_cues


def _old_one_word_pair(cue: str) -> bool:
    cues = credit_cues()
    joiners = load_byline_words().joiners | load_author_words().every_and
    return any(cue.startswith(a + j) and cue[len(a + j) :] in cues["photo"] for a in cues["author"] for j in joiners)


def test_the_joiners_are_the_union_read_before() -> None:
    assert _joiners() == load_byline_words().joiners | load_author_words().every_and


CUES = ["เรื่องและภาพ", "เรื่องและภาพ ", "ข่าวและภาพ", "textandfoto", "text und foto", "text", "foto", "", "และ",
        "เรื่อง", "ภาพ", "เรื่องและ", "และภาพ", "เรื่องและภาพและ"]  # fmt: skip


@pytest.mark.parametrize("cue", CUES)
def test_a_one_word_pair_as_before(cue: str) -> None:
    assert _one_word_pair(cue) == _old_one_word_pair(cue)


def test_every_cue_and_every_built_pair_as_before() -> None:
    cues = credit_cues()
    every = sorted({c.casefold() for kind in cues.values() for c in kind})
    pick = random.Random(31)
    authors, photos, joiners = sorted(cues["author"]), sorted(cues["photo"]), sorted(_joiners())
    built = [pick.choice(authors) + pick.choice(joiners) + pick.choice(photos) for _ in range(400)]
    cut = [b[: len(b) - 1] for b in built] + [b[1:] for b in built]
    for cue in every + built + cut:
        assert _one_word_pair(cue) == _old_one_word_pair(cue), cue
    assert any(_one_word_pair(b) for b in built)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="เรื่องแลภาพ tefxoundและ", max_size=14))
def test_generated_cues_as_before(cue: str) -> None:
    assert _one_word_pair(cue) == _old_one_word_pair(cue)


@pytest.mark.parametrize(
    ("line", "kinds"),
    [("เรื่องและภาพ: สมชาย ใจดี", ["author", "photo"]), ("Text und Fotos: Anna Berg", ["author", "photo"]),
     ("Foto: Anna Berg", ["photo"])],
)  # fmt: skip
def test_a_story_and_pictures_cue_still_credits_the_writer_for_both(line: str, kinds: list[str]) -> None:
    records = credit_line_attributions(line, 4, load_gazetteer())
    assert [r.kind.value for r in records] == kinds
    assert len({r.name for r in records}) == 1
