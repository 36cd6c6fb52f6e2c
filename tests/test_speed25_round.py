"""Session 25's speed round: a spaced second cue looked for in the window cut out before each colon, with no start
after a space and no colon after a space or a digit; an adjective before a descriptor asked for the descriptor first;
an official's closing word asked with one endswith; a page's repeated lines counted for stopwords once (issue 15)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tasks.lexicon import next_credit
from tasks.lexicon.next_credit import _NEXT_CUES, MAX_CUE_CHARS, _spaced_credit
from tasks.lexicon.span_leads import TOKEN, _is_adjective_before_descriptor, _quote_follows
from tasks.lexicon.vocabulary import MIN_COMPOUND_HEAD, _is_acronym_stem, job_titles, name_words
from tasks.lexicon.word_classes import is_namey
from tasks.text.lines import split_lines
from tasks.text.sample import stopword_shares
from tasks.text.words import share_of, stopword_count

_OLD_CUE_BEFORE_COLON = re.compile(r"\s+(" + "|".join(re.escape(c) for c in _NEXT_CUES) + r")$", re.IGNORECASE)


def _spaced_credit_before(text: str, start: int) -> tuple[int, int] | None:
    """What _spaced_credit answered before: the cues' pattern searched from each colon's window start in the line."""
    colon = text.find(":", start)
    while colon != -1:
        window_start = max(start, colon - MAX_CUE_CHARS - 8)
        cue = _OLD_CUE_BEFORE_COLON.search(text, window_start, colon)
        if cue is not None and text[cue.start(1)].isupper() and next_credit._LETTER_AFTER.match(text, colon + 1):
            return cue.start(), cue.start(1)
        colon = text.find(":", colon + 1)
    return None


SPACED = [
    "Text: Johanna Lindqvist Foto: Per Hedberg",
    "Text: Johanna Lindqvist   Foto: Per Hedberg",
    "  " * 30 + "Text: Anna Berg Foto: Erik Lund",
    " " * 45 + "Foto: Erik Lund",
    "Kickoff 10:30 Foto: Erik Lund",
    "Texte : Marie Dupont Photo : Luc Martin",
    "Text: Anna Berg\tFOTO: Erik Lund",
    "Text: Anna Berg foto: Erik Lund",
    "Ticket details: https://example.org",
    "Text: Anna Berg Foto\n: Erik Lund",
    "Text: Anna Berg Foto \n: Erik Lund",
    "",
    ":",
    " :",
]


def test_the_spaced_cue_is_found_where_it_was() -> None:
    for text in SPACED:
        for start in range(len(text) + 1):
            assert _spaced_credit(text, start) == _spaced_credit_before(text, start), (text, start)


def test_a_cue_before_a_line_break_and_its_colon_is_read_as_before() -> None:
    text = "Text: Anna Berg Foto\n: Erik Lund"
    assert _spaced_credit(text, 6) == _spaced_credit_before(text, 6) == (15, 16)


def test_a_padded_tail_finds_its_spaced_cue() -> None:
    padded = " " * 60 + "Text: Anna Berg Foto: Erik Lund"
    found = _spaced_credit(padded, 61)
    assert found is not None and padded[found[1] :].startswith("Foto")


_PIECES = st.sampled_from([" ", "   ", "\t", "\n", ":", ": ", "A", "1", "10:30", ",", "Anna", "Foto", "Text", "Bild"])


@given(st.lists(_PIECES, max_size=14), st.integers(min_value=0, max_value=40))
def test_the_window_search_is_the_line_search(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    assert _spaced_credit(text, start) == _spaced_credit_before(text, start)


def _adjective_before(text: str, token: re.Match[str], following: re.Match[str] | None) -> bool:
    """What _is_adjective_before_descriptor answered before: the closed words and job titles asked first."""
    words = name_words()
    word = token.group(0)
    if following is None or text[token.end()] != " " or not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    folded = word.casefold()
    closed = words.conjunctions | words.locatives | words.source_prepositions | words.clause_ends
    if folded in closed or any(folded == t or (len(t) > 4 and folded.startswith(t)) for t in job_titles().titles):
        return False
    noun = following.group(0)
    return noun.casefold() in words.descriptors and (not is_namey(noun) or _quote_follows(text, following.end()))


ADJECTIVES = [
    "according to the local paper The Courier",
    "said the editor newspaper Daily Post",
    "der regionalen Zeitung „Nordkurier“",
    "laut dem Blatt „Handelsblatt“",
    "according to a popular website Example",
    "and the newspaper reported",
    "the regional Newspaper Herald",
]


def test_the_adjective_test_answers_as_before() -> None:
    for text in ADJECTIVES:
        tokens = list(TOKEN.finditer(text))
        for token, following in zip(tokens, [*tokens[1:], None], strict=True):
            want = _adjective_before(text, token, following)
            assert _is_adjective_before_descriptor(text, token, following, name_words()) is want, (text, token)


def _is_official_before(token: str) -> bool:
    words = name_words()
    folded = token.casefold()
    if folded.startswith(words.official_stems):
        return any(folded.startswith(s) and not (_is_acronym_stem(s) and folded[len(s) : len(s) + 1].isalpha())
                   for s in words.official_stems)  # fmt: skip
    return any(folded.endswith(t) and len(folded) >= len(t) + MIN_COMPOUND_HEAD for t in words.official_tails)


def test_official_words_answer_as_before() -> None:
    words = name_words()
    tails = list(words.official_tails)
    probes = ["Bundesamt", "Elinvoimakeskuksen", "zentrum", "Ministry", "police", "Anna", "", "amt", "Xamt", "Tamt"]
    probes += [t for t in tails] + [("ab" + t).title() for t in tails] + [t[1:] for t in tails if len(t) > 1]
    for token in probes:
        assert words.is_official(token) is _is_official_before(token), token


def test_repeated_lines_share_their_stopword_count() -> None:
    page = "Read more\nThe city and the council met on the day.\nRead more\nShare this\nThe city and the council met."
    lines = split_lines(page)
    stoplist = frozenset({"the", "and", "on"})
    shares, sample = stopword_shares(lines, list(range(len(lines))), stoplist)
    counts = [stopword_count(line.text, stoplist) for line in lines]
    assert shares == [share_of(count) for count in counts]
    assert sample == share_of((sum(c[0] for c in counts), sum(c[1] for c in counts)))
