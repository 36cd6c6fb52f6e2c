"""Session 35's speed round, the text core (issue 15): three exact cuts, each held here to the code it replaced.

(1) `no_language_outshares` (asked by `foreign_language` of the long lines with few of the article's stopwords)
counted each (word, stoplist) pair through a generator and compared every other language's share with the article's;
it now counts them in C (`map` of the index's `get`, chained) and compares only the largest other count, since a share
is count / words and rises with the count; (2) `cue_last` finds a caption's last colon mark by `map` of the bound
`rfind` instead of a generator, asked of every line the segmenter reads; (3) `_opens_with_cue` asks whether a line's
first word starts with an attached prefix cue by `startswith` of the whole tuple before the generator that tests
each cue's capital."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.lexicon.credit_lines import _OPENINGS
from tasks.lexicon.credit_tails import _COLON_MARKS
from tasks.text.stopword_bound import _stoplists_of_word, no_language_outshares
from tasks.text.words import share_of, stopword_tokens

# The gate's sets and test, kept by the cues' dispatch by first word since session 46 (tasks/lexicon/cue_openings.py)
_ATTACHED_FIRST_CUES, _CUE_FIRST_WORDS = _OPENINGS.attached, _OPENINGS.first_words


def _opens_with_cue(word: str) -> bool:
    return bool(_OPENINGS.opened_by(word, word)[0])


def _old_no_language_outshares(text: str, share: float, language: str | None) -> bool:
    words = stopword_tokens(text)
    index = _stoplists_of_word()
    hits = Counter(code for word in words for code in index.get(word, ()))
    return all(share_of((n, len(words))) <= share for code, n in hits.items() if code != language)


TEXTS = ["", "   ", "...", "The council met on Monday and said that the plan was not ready.",
         "Der Rat hat am Montag gesagt, dass der Plan nicht fertig ist.",
         "Le conseil a dit lundi que le plan n'était pas prêt.",
         "El consejo dijo el lunes que el plan no estaba listo.",
         "Совет в понедельник заявил, что план не готов.", "इस योजना के बारे में परिषद ने सोमवार को कहा।",
         "the the the der der le", "Ann Lee", "Click here to subscribe to our newsletter",
         "a e i o u y и в на", "2024 12 31"]  # fmt: skip
LANGUAGES = [None, "en", "de", "fr", "es", "ru", "hi", "xx"]
SHARES = [0.0, 0.05, 0.1, 0.2, 0.25, 1 / 3, 0.5, 1.0]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_answer_as_before(text: str, language: str | None) -> None:
    for share in SHARES:
        assert no_language_outshares(text, share, language) == _old_no_language_outshares(text, share, language)


def test_a_line_in_another_language_is_outshared() -> None:
    german = "Der Rat hat am Montag gesagt, dass der Plan nicht fertig ist und die Stadt warten muss."
    assert not no_language_outshares(german, 0.05, "en")  # German's stopwords outshare the article's English
    assert no_language_outshares(german, 1.0, "en")  # no share exceeds all of the words
    assert no_language_outshares("", 0.0, "en")  # no words, no language


# Words from several stoplists (and none), joined by spaces and marks.
WORDS = ["the", "and", "of", "der", "die", "und", "le", "la", "et", "el", "que", "и", "в", "что", "के", "में", "a",
         "i", "o", "en", "de", "is", "Ann", "Lee", "council", "2024", "Montag", "plan", "на", "не"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=30),
    st.sampled_from([" ", ", ", ". ", " — "]),
    st.sampled_from(LANGUAGES),
    st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
)
def test_generated_lines_as_before(words: list[str], mark: str, language: str | None, share: float) -> None:
    text = mark.join(words)
    assert no_language_outshares(text, share, language) == _old_no_language_outshares(text, share, language)


# ---- (2) the last colon mark, (3) the attached cue ----


def _old_last_colon(stripped: str) -> int:
    return max(stripped.rfind(mark) for mark in _COLON_MARKS)


def _old_opens_with_cue(word: str) -> bool:
    folded = word.casefold()
    if folded in _CUE_FIRST_WORDS:
        return True
    # session 37 (blind68 round): the name's capital is followed by a lower-case letter ("NguSipho"; "NGUYEN" in
    # capitals is a Vietnamese name), the rule both forms now share
    return any(
        folded.startswith(c) and word[len(c) : len(c) + 1].isupper() and word[len(c) + 1 : len(c) + 2].islower()
        for c in _ATTACHED_FIRST_CUES
    )


MARKED = ["", ":", "Foto: Ann Lee", "a：b", "ա՝ բ", "ក៖ខ", "ሀ፦ለ", "no mark here", "x: y: z", "：：", "Photo : AFP"]


@pytest.mark.parametrize("text", MARKED)
def test_the_last_colon_as_before(text: str) -> None:
    assert max(map(text.rfind, _COLON_MARKS)) == _old_last_colon(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_COLON_MARKS, "a", " ", "Б", "1"]), max_size=30))
def test_generated_last_colons_as_before(text: str) -> None:
    assert max(map(text.rfind, _COLON_MARKS)) == _old_last_colon(text)


FIRST_WORDS = ["By", "by", "Foto", "NguSipho", "nguSipho", "Ngusipho", "ngu", "Ngu", "NGU", "Nguni", "Text", "The",
               "Ann", "", "İstanbul", "ß", "Fotó", "Ibhalwe"]  # fmt: skip


@pytest.mark.parametrize("word", FIRST_WORDS)
def test_a_first_word_opens_a_cue_as_before(word: str) -> None:
    assert _opens_with_cue(word) == _old_opens_with_cue(word)


def test_an_attached_cue_still_opens_a_name() -> None:
    assert _ATTACHED_FIRST_CUES  # "ngu" (name_words.csv, hyphen_prefix): the Zulu "by" written onto the capital
    assert _opens_with_cue("NguSipho") and not _opens_with_cue("Nguni")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["n", "g", "u", "N", "G", "U", "S", "s", "b", "y", "İ", "ß"]), max_size=8))
def test_generated_first_words_as_before(word: str) -> None:
    assert _opens_with_cue(word) == _old_opens_with_cue(word)
