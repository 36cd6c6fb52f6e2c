"""The faster readings of issue 15 give what the slower ones they replaced gave (session 13)."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.credits.page_words import _ADDRESS_MARKS, page_lower_words
from tasks.lexicon.agency_credits import _SLASH_LINE, SLASH_SIDE_CHARS, agency_alone
from tasks.lexicon.attached_prefixes import _HEBREW_PREFIX, _hyphen_prefix, without_attached_prefixes
from tasks.lexicon.boilerplate import _boilerplate_spans, boilerplate_pattern, is_boilerplate
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.caption_credits import (
    NOT_BETWEEN_SPACES,
    _most_cue_words,
    _patterns,
    caption_credit_words,
    without_markers,
)
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS
from tasks.lexicon.credit_tails import MAX_BARE_CREDIT_WORDS, cue_last
from tasks.lexicon.language import language_codes
from tasks.lexicon.next_credit import _CJK, _CJK_PUNCTUATION, _NEXT_BARE_CREDIT, _NEXT_CREDIT, _NEXT_CUES, _bare_credit
from tasks.lexicon.outlet_mentions import _tokens_ending_in_a_descriptor, is_descriptor
from tasks.lexicon.span_leads import TOKEN
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocab import RELATED_HEADINGS
from tasks.lexicon.vocabulary import credit_cues
from tasks.read.decode import BADNESS_CONTEXT_CHARS, badness_sample
from tasks.text.features import (
    LineFeatures,
    _features_of,
    line_features,
    normalize_for_match,
)
from tasks.text.lines import Line, split_lines
from tasks.text.related_lines import _RELATED_LINK_SEPARATOR, is_related_link
from tasks.text.segment import segment_text
from tasks.text.stopword_bound import no_language_outshares
from tasks.text.words import stopword_share

# Phrases of the boilerplate list that overlap or hold one another, and pieces that glue them into words.
_BOILERPLATE_PIECES = ["©", "copyright", "all rights reserved", "privacy policy", "terms of use", "terms of service",
                       "cookie policy", "erid", "x", "s", " ", "2024 ", "-", "版权所有", "suscríbete", " a nuestro",
                       "this article is ", "for subscribers", " only", "y", "our newsletter"]  # fmt: skip


@given(st.lists(st.sampled_from(_BOILERPLATE_PIECES), max_size=12).map("".join))
def test_boilerplate_spans_are_the_alternations_matches(folded: str) -> None:
    assert _boilerplate_spans(folded) == [m.span() for m in boilerplate_pattern().finditer(folded)]


def test_boilerplate_needs_whole_words_at_ascii_edges() -> None:
    assert is_boilerplate("© 2024 all rights reserved")
    assert not is_boilerplate("copyrighted material")
    assert is_boilerplate("xcopyrighted material 版权所有")


_WORDS = re.compile(r"[^\W\d_]+")
_PAGE_PIECES = ["Key", "Issues", "key", "issues", "Straße", "straße", "STRASSE", "o'brien", "É", "é", "vs", "2024",
                "_x", "x_", "\n", " ", ". ", "İstanbul", "i̇stanbul", "ß"]  # fmt: skip


@settings(deadline=None)  # the first page loads the segmenter's vocabularies
@given(st.lists(st.sampled_from(_PAGE_PIECES), min_size=1, max_size=30).map("".join))
def test_page_lower_words_answer_as_the_listing_did(text: str) -> None:
    segmented = segment_text(text)
    # session 21: a word inside a handle, an e-mail or an address ("ben_silverman") is none of the page's lower-case
    # words (a writer's name is written so there)
    tokens = [t for ll in segmented.lines for t in ll.line.text.split() if not any(m in t for m in _ADDRESS_MARKS)]
    listed = frozenset(w for t in tokens for w in _WORDS.findall(t) if w.islower())
    asked = page_lower_words(segmented)
    for word in {*_PAGE_PIECES, *(w.casefold() for w in _PAGE_PIECES), *listed, "", "ke", "sues"}:
        assert (word in asked) == (word in listed), word


_HEADINGS = [*sorted(RELATED_HEADINGS)[:40], "read more", "x"]


@given(st.sampled_from(_HEADINGS), st.sampled_from(["", ":", " - ", "-", " — "]), st.sampled_from(["", "a title", " "]))
def test_related_link_without_a_separator_is_none(heading: str, separator: str, rest: str) -> None:
    key = heading + separator + rest
    parts = _RELATED_LINK_SEPARATOR.split(key, maxsplit=1)
    assert is_related_link(key) == (len(parts) == 2 and bool(parts[1].strip()) and parts[0].strip() in RELATED_HEADINGS)


_OUTLET_PIECES = [
    "газета",
    "Zeitung",
    "Regionalsenders",
    "телеграм-канал",
    "l'hebdomadaire",
    "Straße",
    "ß",
    "Blatt",
    "diario",
    "KXVR",
    " ",
    ", ",
    "«Вести»",
    "the broadcaster",
    "x",
    "-",
    "ς",
    "ΣΑΣ",
    "Lokalblatt",
]


@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=12).map("".join))
def test_tokens_left_out_are_no_descriptors(text: str) -> None:
    kept = {token.span() for token in _tokens_ending_in_a_descriptor(text)}
    for token in TOKEN.finditer(text):
        if token.span() not in kept:
            assert not is_descriptor(re.sub(r"^[ldLD][’']", "", token.group(0)).casefold()), token.group(0)


def _badness_sample_by_runs(text: str) -> str:
    """The badness sample as first written, run by run: what the reading cut at long ASCII gaps must equal."""
    spans: list[list[int]] = []
    for run in re.finditer(r"[^\x00-\x7f]+", text):
        start, end = max(0, run.start() - BADNESS_CONTEXT_CHARS), run.end() + BADNESS_CONTEXT_CHARS
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return "\n".join(text[start:end] for start, end in spans)


@given(st.lists(st.sampled_from(["a", " ", "é", "Ð", "й", "\n", "abcdef", "—"]), max_size=40).map("".join))
def test_badness_sample_is_the_run_by_run_sample(text: str) -> None:
    assert badness_sample(text) == _badness_sample_by_runs(text)


@given(st.lists(st.sampled_from(["ב-ynet", "ל-CNN", "kwe-SABC", "ka-", "-", "x", " ", "well-known", "kuka-Eyewitness"]),
                max_size=10).map("".join))  # fmt: skip
def test_attached_prefixes_blanked_as_by_the_patterns_alone(text: str) -> None:
    expected = _HEBREW_PREFIX.sub(lambda m: " " * len(m.group(0)), text)
    expected = _hyphen_prefix().sub(lambda m: " " * len(m.group(0)), expected)
    assert without_attached_prefixes(text) == expected


_MIXED_WORDS = ["the", "and", "der", "und", "le", "et", "и", "в", "de", "la", "Paris", "Reuters", "2024", "के", "और"]


@settings(deadline=None)  # the first example loads every stoplist
@given(
    st.lists(st.sampled_from(_MIXED_WORDS), max_size=15).map(" ".join),
    st.sampled_from([0.0, 0.1, 0.25, 0.5, -1.0]),
    st.sampled_from(["en", "de", "fr", "ru", "hi", None]),
)
def test_no_language_outshares_is_every_stoplists_share(text: str, share: float, language: str | None) -> None:
    if share < 0:  # as the segmenter asks: the share the article's language has in the line (ties included)
        share = stopword_share(text, stoplist(language or "de"))
    others = [code for code in language_codes() if code != language and stoplist(code)]
    expected = all(stopword_share(text, stoplist(code)) <= share for code in others)
    assert no_language_outshares(text, share, language) == expected


def _line_features_page_by_page(lines: list[Line]) -> list[LineFeatures]:
    """Line features as read before session 14: every distinct text of the page read afresh, no cache across pages."""
    keys = [normalize_for_match(line.text) for line in lines]
    copies, first_seen, features = Counter(keys), dict[str, int](), []
    for line, key in zip(lines, keys, strict=True):
        first = first_seen.setdefault(key, line.number)
        features.append(_features_of(line.text.strip(), key, copies[key], first if first != line.number else None))
    return features


_LINE_PIECES = ["Home", "home ", " HOME", "Read more:", "© 2024 All rights reserved", "By Anna Berg", "Share", "x",
                "The council voted on Tuesday, officials said.", "12:30 24.05.2024", "…", "Ответить", "  "]  # fmt: skip


@settings(deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=8), min_size=1, max_size=3))
def test_line_features_kept_across_pages_are_each_pages_own(pages: list[list[str]]) -> None:
    for texts in pages:  # one page after another, as a worker reads them: later pages meet earlier pages' lines
        lines = split_lines("\n".join(texts))
        assert line_features(lines) == _line_features_page_by_page(lines)


_CREDIT_PIECES = ["Photo: Anna Berg", "FOTO: Ivan Novak", "(AP Photo/Rosa Klein)", "김민수 기자 minsu@yna.co.kr",
                  "AFP", "Reuters", " word", " words and more words", ". Photo by Jun Santiago", "@", " | ", " / ",
                  "©", "[KEYSTONE - Jean-Christophe Bott]", "BNS nuotr."]  # fmt: skip


@given(st.lists(st.sampled_from(_CREDIT_PIECES), min_size=1, max_size=30).map("".join))
def test_credit_tails_of_long_lines_are_none_as_before(text: str) -> None:
    # cue_last now turns a line of more than MAX_CREDIT_WORDS words away first, agency_alone splits no further
    # than its limit: both said None to such a line before, after their scans
    if len(text.strip().split()) > MAX_CREDIT_WORDS:
        assert cue_last(text) is None
    if len(text.strip().strip(".").split()) > MAX_BARE_CREDIT_WORDS:
        assert agency_alone(text) is None


_SLASH_PIECES = [" ", "\t", "\u00a0", "(", ")", "/", "A", "Jo", "Reuters", "AP Photo", ".", "Jamal Saidi"]


@settings(deadline=None)  # the whole padded text is read by the old, slow way for comparison
@given(st.integers(0, 90), st.lists(st.sampled_from(_SLASH_PIECES), max_size=8).map("".join))
def test_slash_line_past_cut_padding_is_the_whole_lines_match(pad: int, rest: str) -> None:
    # name_slash_agency cuts a padded caption tail's leading spaces to SLASH_SIDE_CHARS + 2 before matching (session 17)
    text = " " * pad + rest
    cut = max(0, len(text) - len(text.lstrip()) - SLASH_SIDE_CHARS - 2)
    whole, after_cut = _SLASH_LINE.match(text), _SLASH_LINE.match(text[cut:])
    assert (whole is None) == (after_cut is None)
    if whole is not None and after_cut is not None:
        assert whole.group("left", "right") == after_cut.group("left", "right")
        assert whole.start("left") == cut + after_cut.start("left")


# Session 18: patterns opened by spaces, read from each space of a caption's padded tail, now skip the starts between
# two spaces (or start at the first separator's spaces); they find what the unguarded patterns found.
_SPACED_PIECES = [" ", "  ", "\t", "\u3000", ",", ";", "|", "/", "·", " - ", "via", "Photo", "foto", "Erik", "Lund",
                  "AP", "作者", "：", "张三", "Video", ":", "kuvat", "Mikko"]  # fmt: skip
_SPACED_TEXTS = st.lists(st.sampled_from(_SPACED_PIECES), max_size=14).map("".join)


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    assert pattern.pattern.startswith(guard)
    return re.compile(pattern.pattern[len(guard) :], pattern.flags)


@given(st.integers(0, 40), _SPACED_TEXTS)
def test_caption_credit_separators_split_as_unguarded(pad: int, rest: str) -> None:
    separator = _patterns()[1]
    text = " " * pad + rest
    assert separator.split(text) == _unguarded(separator, NOT_BETWEEN_SPACES).split(text)


# The pattern before its guard (session 29's second pass opened it with its first character's class, the guard after
# that character: tests/test_speed29b_round.py holds it to the guarded pattern it replaced).
_UNGUARDED_NEXT_CREDIT = re.compile(
    r"(?:\s*[,;|/.、·•]\s*|\s+[-–—]\s+|(?<=["
    + _CJK
    + _CJK_PUNCTUATION
    + r"])\s+)("
    + "|".join(re.escape(c) for c in _NEXT_CUES)
    + r")\s*[:：・]\s*\S|(?<=["
    + _CJK
    + r"])\s+("
    + "|".join(re.escape(c) for c in _NEXT_CUES if re.fullmatch("[" + _CJK + "]+", c))
    + r")\s*(?=["
    + _CJK
    + "])",
    re.IGNORECASE,
)


@given(st.integers(0, 40), _SPACED_TEXTS, st.integers(0, 60))
def test_next_credit_found_as_unguarded(pad: int, rest: str, start: int) -> None:
    text = " " * pad + rest
    at = len(text[:start].rstrip())  # as next_credit_at searches
    expected = _UNGUARDED_NEXT_CREDIT.search(text, at)
    found = _NEXT_CREDIT.search(text, at)
    assert (found and found.regs) == (expected and expected.regs)


@given(st.integers(0, 40), _SPACED_TEXTS, st.integers(0, 60))
def test_bare_credit_found_as_from_start(pad: int, rest: str, start: int) -> None:
    text = " " * pad + rest
    expected = next((m for m in _NEXT_BARE_CREDIT.finditer(text, start) if _names_no_job(text, m.end())), None)
    assert _bare_credit(text, start) == (expected and (expected.start(), expected.start(1)))


def _names_no_job(text: str, end: int) -> bool:
    word = text[end:].split(maxsplit=1)[0].strip(".,;:")
    return word[:1].isupper() and word.casefold() not in load_byline_words().jobs


def test_credit_parts_cue_takes_at_most_its_counted_words() -> None:
    # credit_parts turns a line away by its words before the cue is matched: a cue never takes more than counted
    cue = _patterns()[0]
    for word in (*credit_cues()["photo"], *caption_credit_words("file")):
        for text in (f"{word} source by Ann Lee / AP", f"  ({word} : Ann Lee, AP", f"{word}:Ann Lee, AP"):
            match = cue.match(text)
            assert match is None or len(match.group(0).split()) <= _most_cue_words()


# Session 27: a part a caption's padding opens is read without the padding, by the trailing markers alone.
@given(st.integers(0, 40), _SPACED_TEXTS)
def test_credit_part_markers_taken_off_as_by_the_whole_marker(pad: int, rest: str) -> None:
    part = " " * pad + rest
    assert without_markers(part) == _patterns()[2].sub("", part).strip()


# credit_parts turns away a line with no separator after its opening bracket before matching the cue: the body after
# the cue then has none either (a separator there is one in the line, the same characters before it).
@given(st.integers(0, 40), _SPACED_TEXTS)
def test_separator_in_the_body_is_one_in_the_line(pad: int, rest: str) -> None:
    cue, separator, _marker = _patterns()
    line = " " * pad + rest
    found = cue.match(line)
    body = line[found.end() if found else 0 :]
    assert separator.search(body) is None or separator.search(line) is not None
