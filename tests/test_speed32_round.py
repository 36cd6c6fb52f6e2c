"""Session 32's speed round, the text core and the HTML path (issue 15): four exact cuts, each held here to what it
replaced.

(1) `credit_parts` (asked of 60,000 lines a pass, most of them short) refuses a line that holds no separator of its
parts, no slash, bar or comma and no "via" between spaces, before its separator's search; (2) `_credit_of` asks
whether a line holds an info bar's mark by three substring tests instead of a set of the line's characters; (3)
`warm_up` builds the stoplists' index, which the first page asking a line's language built inside its own time; (4)
the HTML path's `holds_photo_credit` (every block of a page) searches for a caption's cue only in a block where an
automaton of the cues' folded forms finds one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tasks.lexicon.caption_credits as caption_credits
import tasks.lexicon.captions as captions
from schemas import AttributionKind
from tasks.credits.head_pictures import far_picture_credit
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.automaton import PhraseAutomaton
from tasks.lexicon.caption_credits import _patterns, credit_parts, may_hold_a_separator
from tasks.lexicon.captions import _CAPTION_CREDIT_CUE, _CAPTION_CREDIT_CUES, caption_cue_scanner, holds_photo_credit
from tasks.lexicon.credit_lines import _BARRED, _barred, parse_credit_line
from tasks.lexicon.cue_alternation import folded_variants
from tasks.lexicon.language import language_codes
from tasks.lexicon.stopwords import stoplist
from tasks.pipeline import warm_up
from tasks.text import stopword_bound
from tasks.text.stopword_bound import no_language_outshares
from tasks.text.words import share_of, stopword_tokens

# The separator's characters and words, spaces of several kinds, letters of a credit and of other scripts.
CREDIT_ALPHABET = "/|,;:.()[] \t\u00a0\u2009viaVIAİı APReutsJmlSd·•-éЖ"

SEPARATED = ["Jamal Saidi/Reuters", "Michael Conroy, AP", "Alex Wong | Getty Images",
             "Photo by Kirk Irwin/Getty Images", "Ann Lee via AP", "Ann Lee VIA AP", "Ann Lee\tvia\tAP",
             "Ann Lee via\u00a0AP", "(AP Photo/Alan Diaz)", "Sanjeev Verma/Hindustan Times/Getty Images",
             "Leonhard Foeger / Reuters file"]  # fmt: skip
UNSEPARATED = ["Protesters outside parliament on Monday", "Ann Lee viaAP", "Ann Leevia AP", "Reuters", "", "   ",
               "Photo: Ann Lee", "Ann Lee Associated Press", "ভিয়া"]  # fmt: skip


@pytest.mark.parametrize("text", SEPARATED)
def test_a_credit_with_its_separator_is_still_read(text: str) -> None:
    assert may_hold_a_separator(text)
    credit = credit_parts(text)
    assert credit is not None and credit.kind is AttributionKind.PHOTO


@pytest.mark.parametrize("text", UNSEPARATED)
def test_a_line_without_a_separator_is_refused_as_before(text: str) -> None:
    assert not may_hold_a_separator(text)
    assert _patterns()[1].search(text) is None
    assert credit_parts(text) is None


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CREDIT_ALPHABET, max_size=40))
def test_the_pre_test_passes_wherever_the_separator_matches(text: str) -> None:
    if _patterns()[1].search(text) is not None:
        assert may_hold_a_separator(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=CREDIT_ALPHABET, max_size=40))
def test_credit_parts_as_without_the_pre_test(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(caption_credits, "may_hold_a_separator", lambda _text: True)
        before = credit_parts(text)
    assert credit_parts(text) == before


@pytest.mark.parametrize("text", ["Photo by Ann Lee/Getty Images", "Ann Lee/AP", "Ann Lee via AP", "Ann Lee"])
def test_a_far_picture_credit_as_without_the_pre_test(text: str) -> None:
    gazetteer = load_gazetteer()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(caption_credits, "may_hold_a_separator", lambda _text: True)
        before = far_picture_credit(text, 3, gazetteer)
    assert far_picture_credit(text, 3, gazetteer) == before


@pytest.mark.parametrize("text", ["Bamberg · Von Lukas Dörfler ·", "Home | News", "• Item", "No mark here", "", "·"])
def test_the_info_bar_marks_as_the_set_found_them(text: str) -> None:
    assert _barred(text) == bool(_BARRED.intersection(text))


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="·•|¦‧∙ab ", max_size=12))
def test_generated_marks_as_the_set_found_them(text: str) -> None:
    assert _barred(text) == bool(_BARRED.intersection(text))


@pytest.mark.parametrize("line", ["Bamberg · Von Lukas Dörfler ·", "Wien • Von Anna Berg", "Berlin | Von Tom Hale"])
def test_an_info_bar_byline_still_credits(line: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.kind is AttributionKind.AUTHOR


def test_warm_up_builds_the_stoplist_index() -> None:
    warm_up()
    assert stopword_bound._stoplists_of_word.cache_info().currsize == 1


def _counted_per_stoplist(text: str, share: float, language: str | None) -> bool:
    """`no_language_outshares` read from every stoplist in turn, without the index."""
    words = stopword_tokens(text)
    shares = (share_of((sum(w in stoplist(code) for w in words), len(words))) for code in language_codes())
    return all(s <= share for code, s in zip(language_codes(), shares, strict=True) if code != language)


@pytest.mark.parametrize("text", ["the cat and the dog", "der Hund und die Katze", "le chat et le chien", "", "42"])
@pytest.mark.parametrize("language", ["en", "de", None])
@pytest.mark.parametrize("share", [0.0, 0.3, 0.6])
def test_the_index_answers_as_the_stoplists(text: str, language: str | None, share: float) -> None:
    warm_up()
    assert no_language_outshares(text, share, language) is _counted_per_stoplist(text, share, language)


# Characters `re` matches to another ignoring case that fold writes apart: the long s, the dotless and dotted i, the
# Greek symbol forms, the old Cyrillic letter forms; and the cues' own letters.
ODD_CASES = "ſSsİıIiϵεΕϱρΡϕφΦϖπΠᲃсСᲂоОᲄᲅтТᲀвВᲁдДᲆъЪΣσς"


def _old_holds_photo_credit(text: str) -> bool:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(captions, "caption_cue_scanner", lambda: _EVERYWHERE)
        return holds_photo_credit(text)


class _Everywhere:
    def occurs_in(self, _text: str) -> bool:
        return True


_EVERYWHERE = _Everywhere()


@pytest.mark.parametrize(
    "text",
    ["The tram depot. Фото: Reuters", "… weichen. Quelle: Andreas Teichmann", "Protesters in Paris (Photo: Ann Lee)",
     "PHOTO: ANN LEE", "ſource: Ann Lee", "KAYNAK: DHA", "Kaynak: DHA", "FOTOĞRAF: Ali Can", "fotoğraf: ali can",
     "Ф0то: x", "ΦΩΤΟΓΡΑΦΊΑ: Γιώργος", "한옥마을 일대. /사진=호남일보 DB", "…码头。（资料图）摄影：陈浩",
     "A photograph of the sea", "No credit here at all", "", "（記者陳怡君攝）", "… 여객선. /남해안일보 DB"],
)  # fmt: skip
def test_a_caption_holds_its_credit_as_before(text: str) -> None:
    assert holds_photo_credit(text) == _old_holds_photo_credit(text)


def test_every_cue_in_every_case_is_scanned() -> None:
    scanner = caption_cue_scanner()
    for cue in _CAPTION_CREDIT_CUES:
        for written in {cue, cue.upper(), cue.lower(), cue.title(), cue.swapcase()}:
            text = f"A caption. {written}: Ann Lee"
            if _CAPTION_CREDIT_CUE.search(text) is not None:
                assert scanner.occurs_in(text), written


@pytest.mark.parametrize("text", ["Kediler. ſource: Ann Lee", "Kediler. GÖRÜNTÜ KAYNAĞI: AA"])
def test_a_cue_that_folds_apart_is_scanned(text: str) -> None:
    # `re` reads "ſ" as "s" and "I" as the Turkish "ı" ignoring case; folded, they stay apart: the variants find them
    assert _CAPTION_CREDIT_CUE.search(text) is not None
    assert not PhraseAutomaton((cue, None) for cue in _CAPTION_CREDIT_CUES).occurs_in(text)
    assert caption_cue_scanner().occurs_in(text)
    assert holds_photo_credit(text) == _old_holds_photo_credit(text)


def test_a_cue_written_with_odd_cases_is_scanned() -> None:
    variants = folded_variants(("source", "kaynak", "ıi"))
    assert {"source", "ſource", "kaynak"} <= variants
    assert {"ıi", "ii", "İi", "ıı", "iİ"} <= variants


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ODD_CASES + "fotkaynuecphre :.()", max_size=24))
def test_the_scanner_finds_a_cue_wherever_the_pattern_does(text: str) -> None:
    if _CAPTION_CREDIT_CUE.search(text) is not None:
        assert caption_cue_scanner().occurs_in(text)


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_CAPTION_CREDIT_CUES), st.text(alphabet=ODD_CASES, min_size=1, max_size=3), st.integers(0, 8))
def test_a_cue_with_a_letter_swapped_for_its_odd_case(cue: str, odd: str, at: int) -> None:
    at = min(at, len(cue))
    for text in (f"x. {cue[:at]}{odd[:1]}{cue[at + 1 :]}: Ann Lee", f"x. {cue.upper()}: A", f"(x {cue}: A)"):
        if _CAPTION_CREDIT_CUE.search(text) is not None:
            assert caption_cue_scanner().occurs_in(text), text
        assert holds_photo_credit(text) == _old_holds_photo_credit(text)
