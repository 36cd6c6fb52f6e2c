"""One automaton for many phrases: word boundaries, scripts without spaces, Arabic prefixes, offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tasks.lexicon.automaton import PhraseAutomaton, count_unspaced, fold, is_unspaced


def _found(automaton: PhraseAutomaton[str], text: str) -> list[str]:
    return [text[h.start : h.end] for h in automaton.find(text)]


def test_whole_words_only_and_longest_first() -> None:
    automaton = PhraseAutomaton([("according to", "a"), ("to", "b"), ("ria", "c")])
    assert _found(automaton, "according to Maria") == ["according to"]
    assert _found(automaton, "Went to Ria") == ["to", "Ria"]


def test_scripts_without_spaces_need_no_boundaries() -> None:
    automaton = PhraseAutomaton([("에 따르면", "k"), ("新华社", "z")])
    assert _found(automaton, "연합뉴스에 따르면 회의는") == ["에 따르면"]
    assert _found(automaton, "据新华社报道") == ["新华社"]


def test_arabic_conjunction_prefix_is_allowed() -> None:
    automaton = PhraseAutomaton([("ذكرت", "x")])
    assert _found(automaton, "وذكرت الصحيفة") == ["ذكرت"]


def test_values_of_one_phrase_are_kept_together() -> None:
    automaton = PhraseAutomaton([("сообщает", "before"), ("сообщает", "after")])
    (hit,) = automaton.find("как сообщает ТАСС")
    assert hit.value == ["before", "after"]


def test_fold_keeps_offsets_when_lower_case_is_longer() -> None:
    text = "İstanbul AA"
    assert len(fold(text)) == len(text)
    assert PhraseAutomaton([("aa", "x")]).find(text)[0].start == 9


def test_empty_automaton_finds_nothing() -> None:
    assert PhraseAutomaton[str]([]).find("anything") == []


@given(st.text(alphabet=st.sampled_from("ab 中文かなカナ한글 ÿ"), max_size=40))
def test_count_unspaced_counts_what_is_unspaced_marks(text: str) -> None:
    assert count_unspaced(text) == sum(map(is_unspaced, text))
