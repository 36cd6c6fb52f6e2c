"""Session 36's speed round (issue 15): two exact cuts, each held here to the code it replaced.

(1) The paragraph readers' automata served by one scan, held to their own scans.

The closing notes' cues, the agency gazetteer, the reporting phrases, the outlet descriptors and the known outlets
each scanned an article's paragraph in turn; they are now members of one `ScanGroup`, which scans a folded text once
for the union of their phrases (every occurrence, overlapping) and keeps the last text's occurrences for the next
member. Each member must find what its own automaton finds, on every text, in every order of asking.

(2) `_linked_picture` ("Text by A, photos by B"), asked of every line a writer's cue opens, searched its pattern (a
joiners' alternation tried at every space) only where an automaton of the picture cues' folded forms finds one: the
forms are every way `fold` writes a text that `re` matches to a cue ignoring case (`folded_variants`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.credits.closing_notes import _cue_phrases
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.automaton import PARAGRAPH_SCANS, PhraseAutomaton, ScanGroup, fold, same_apostrophes
from tasks.lexicon.citations import _phrases, reporting_citations
from tasks.lexicon.credit_base import LINKING
from tasks.lexicon.next_credit import (
    _AUTHOR_CUE_FIRST_WORDS,
    _NEXT_LINKED_PICTURE,
    _PICTURE_CUES,
    _linked_picture,
    _opened_by_linked_writer,
    picture_cue_scanner,
)
from tasks.lexicon.outlet_mentions import _descriptor_inside, described_spans
from tasks.lexicon.outlets import _outlet_names, addressed_outlet_spans, known_outlets


def _members() -> list[PhraseAutomaton[object]]:
    built = [load_gazetteer().names, _phrases(), _outlet_names(), _descriptor_inside()]
    built += [_cue_phrases(kind) for kind in ("author_contributed", "author_contact", "source_syndicated")]
    return built  # type: ignore[return-value]


@contextmanager
def _alone() -> Iterator[None]:
    """Every member scanning with its own automaton, as before the group."""
    members = list(PARAGRAPH_SCANS._members)
    for member in members:
        member._group = None
    try:
        yield
    finally:
        for member in members:
            member._group = PARAGRAPH_SCANS
        PARAGRAPH_SCANS._last = ("", [])


def _own_scan(member: PhraseAutomaton[object], text: str) -> list[tuple[int, int, int]]:
    folded = same_apostrophes(fold(text)) if member._apostrophes else fold(text)
    if member._scanner is None or not folded:
        return []
    return sorted(member._scanner.find_matches_as_indexes(folded, overlapping=True))


TEXTS = [
    "", " ", "The council said on Monday, Reuters reported.", "According to the BBC, the plan was dropped.",
    "Additional reporting by Ann Lee; editing by Tom Roe.", "(AP) — Officials said the road would reopen.",
    "Как сообщает ТАСС, заседание перенесли.", "Wie die „Ostsee-Post“ schreibt, ist der Plan gescheitert.",
    "selon l’AFP et Le Monde, le texte a été adopté.", "Sözcü gazetesinin haberine göre toplantı ertelendi.",
    "ko‘ra xabariga ko'ra Reuters", "NTV'ye konuşan jeolog", "据新华社报道，会议推迟。", "Contact Ann Lee at ann@x.com",
    "This story was originally published by ProPublica.", "told the Washington Post", "ΑΠΕ-ΜΠΕ: ο σεισμός",
    "İstanbul'da AA muhabirine konuşan", "STRASSE Straße ſource K", "reuters reuters REUTERS Reuters",
]  # fmt: skip


def test_the_paragraph_readers_are_members() -> None:
    members = _members()
    assert all(m._group is PARAGRAPH_SCANS for m in members if m._scanner is not None)
    assert {id(m) for m in members if m._scanner is not None} <= {id(m) for m in PARAGRAPH_SCANS._members}


@pytest.mark.parametrize("text", TEXTS)
def test_each_member_finds_its_own_occurrences(text: str) -> None:
    for member in _members():
        folded = same_apostrophes(fold(text)) if member._apostrophes else fold(text)
        assert sorted(member._matches(folded)) == _own_scan(member, text)
        assert member._holds(folded) == bool(_own_scan(member, text))


@pytest.mark.parametrize("text", TEXTS)
def test_find_all_as_alone(text: str) -> None:
    grouped = [(m.find_all(text), m.find_all(text, right_boundary=False), m.occurs_in(text)) for m in _members()]
    with _alone():
        alone = [(m.find_all(text), m.find_all(text, right_boundary=False), m.occurs_in(text)) for m in _members()]
    assert grouped == alone


@pytest.mark.parametrize("text", TEXTS)
def test_the_readers_as_alone(text: str) -> None:
    gazetteer = load_gazetteer()

    def read() -> object:
        return (gazetteer.find(text), gazetteer.find(text, cued=True), known_outlets().find(text),
                described_spans(text), addressed_outlet_spans(text), reporting_citations(text, gazetteer))  # fmt: skip

    grouped = read()
    with _alone():
        alone = read()
    assert grouped == alone


# Words from the members' vocabularies (and none), to make texts where several members' phrases occur and overlap.
WORDS = ["Reuters", "AFP", "AP", "TASS", "ТАСС", "BBC", "according", "to", "said", "reported", "сообщает", "selon",
         "l’AFP", "l'AFP", "by", "reporting", "Additional", "the", "Washington", "Post", "newspaper", "gazetesi",
         "Le", "Monde", "told", "agency", "news", "contact", "published", "originally", "ProPublica", "radio", "канал",
         "Ann", "Lee", "2024", "ko‘ra", "xabariga", "新华社", "报道", "İ", "ß", "Σ", "ς"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=14), min_size=1, max_size=4),
       st.sampled_from([" ", ", ", ". ", " — ", " «", "» "]))  # fmt: skip
def test_generated_texts_in_any_order(texts: list[list[str]], mark: str) -> None:
    """Several texts asked by the members in turn, some twice in a row, some after another text: the group's kept
    scan serves only the text it read."""
    members = _members()
    for words in texts:
        text = mark.join(words)
        for member in [*members, *reversed(members)]:
            assert sorted(member._matches(same_apostrophes(fold(text)) if member._apostrophes else fold(text))) == (
                _own_scan(member, text)
            )


def test_a_member_joining_later_keeps_the_others_right() -> None:
    group = ScanGroup()
    first = PhraseAutomaton([("reuters", 1), ("ap", 2), ("news agency", 3)], group=group)
    assert [(h.start, h.end, h.value) for h in first.find_all("the news agency Reuters")] == [
        (4, 15, [3]),
        (16, 23, [1]),
    ]
    # a second member sharing a phrase, and adding an overlapping one, joins after the first has scanned
    second = PhraseAutomaton([("reuters", "r"), ("agency reuters", "ar"), ("news", "n")], group=group)
    text = "The news agency Reuters said"
    assert [(h.start, h.end, h.value) for h in first.find_all(text)] == [(4, 15, [3]), (16, 23, [1])]
    assert [(h.start, h.end, h.value) for h in second.find_all(text)] == [(4, 8, ["n"]), (9, 23, ["ar"]),
                                                                          (16, 23, ["r"])]  # fmt: skip
    assert first.occurs_in("AP") and not second.occurs_in("AP") and not first.occurs_in("")
    assert first.own_of_union[:3] == [0, 1, 2]  # its phrases kept their places in the union


def test_an_empty_member_stays_out() -> None:
    group = ScanGroup()
    empty = PhraseAutomaton([("  ", 1)], group=group)
    assert empty._group is None and not group._members
    assert empty.find_all("anything") == [] and not empty.occurs_in("anything")


def test_the_kept_scan_is_the_texts_own() -> None:
    group = ScanGroup()
    member = PhraseAutomaton([("afp", 1)], group=group)
    assert member._matches("afp afp") == [(0, 0, 3), (0, 4, 7)]
    assert member._matches("no") == []
    assert member._matches("afp afp") == [(0, 0, 3), (0, 4, 7)]
    assert group._last[0] == "afp afp"


# ---- (2) a byline's linked picture credit asked only where a picture cue occurs ----


def _old_linked_picture(text: str, start: int) -> tuple[int, int] | None:
    """`_linked_picture` before the scanner's test: the pattern searched in every line a writer's cue opens."""
    first = text.split(None, 1)
    if not first or first[0].casefold() not in _AUTHOR_CUE_FIRST_WORDS:
        return None
    for match in _NEXT_LINKED_PICTURE.finditer(text, start):
        linking = LINKING.match(text[match.end() :])
        if linking is None or not text[match.end() + linking.end() : match.end() + linking.end() + 1].isupper():
            continue
        if _opened_by_linked_writer(text[: match.start()].split(), linking.group(0).strip().casefold()):
            return match.start(), match.start(1)
    return None


LINES = ["Text by Ann Lee, photos by Tom Roe", "Texto de Ana Lima e fotografia de Rui Reis", "By Ann Lee and Tom Roe",
         "Text von Anna Berg und Fotos von Erik Lund", "Words by Ann Lee | Pictures by Tom Roe", "By Ann Lee",
         "TEXT BY ANN LEE, PHOTOS BY TOM ROE", "Text by Ann Lee, ſhoto by Tom Roe", "by ann lee, photos by tom roe",
         "Posted by Ann Lee; video by Tom Roe", "", "   ", "Photo: Tom Roe", "Text by Ann Lee, photos by"]  # fmt: skip


@pytest.mark.parametrize("text", LINES)
def test_the_linked_picture_as_before(text: str) -> None:
    for start in range(0, len(text) + 1, 3):
        assert _linked_picture(text, start) == _old_linked_picture(text, start)
    assert _linked_picture("Text by Ann Lee, photos by Tom Roe", 0) == (15, 17)


def _casings(cue: str) -> list[str]:
    swapped = cue.replace("s", "ſ").replace("k", "\u212a").replace("i", "İ")  # letters `re` equates ignoring case
    return [cue, cue.upper(), cue.title(), cue.swapcase(), swapped]


def test_the_scanner_finds_every_picture_cue_the_pattern_matches() -> None:
    scanner = picture_cue_scanner()
    for cue in _PICTURE_CUES:
        for form in _casings(cue):
            line = f"Text by Ann Lee, {form} Tom Roe"
            if _NEXT_LINKED_PICTURE.search(line):
                assert scanner.occurs_in(line), form


PARTS = ["Text", "by", "Ann", "Lee", ",", ";", "|", "and", "und", "e", "photos", "Photos", "PHOTOS", "foto", "Fotos",
         "video", "Video", "fotografia", "von", "de", "Tom", "Roe", "ſ", "İ", "ı", "Bild", "Bilder",
         "pictures"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=14), st.sampled_from([" ", "  ", ""]), st.integers(0, 12))
def test_generated_bylines_as_before(parts: list[str], space: str, start: int) -> None:
    text = space.join(["Text", *parts]) if parts[:1] != ["by"] else space.join(parts)
    assert _linked_picture(text, start) == _old_linked_picture(text, start)
