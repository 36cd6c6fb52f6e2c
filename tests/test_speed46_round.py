"""Session 46's speed round (issue 15): a credit cue's first word picks the cues a line tries.

A line opened by a word some credit cue starts with ("Posted", "By", "Photo", "A") was matched against all 1,246 cues of
the four kinds, in four alternations that `re` tries one cue at a time, and had its closing date looked for first: 3,306
lines a pass of aeb + readability + l3s, 890 of them credits. Now each first word keeps its own cues
(`tasks.lexicon.cue_openings`): the line tries only those, and only when one of them opens it is its date looked for.
Held here to the code it replaced (every cue of the vocabulary in invented lines, in every case `re` equates), and to
the property that makes it exact: every code point `re` matches a cue's letter with is a letter of the same key, and
every one it matches a mark with is no letter.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from tasks.lexicon import credit_lines as cl
from tasks.lexicon.cue_openings import EQUATED_MARKS, FIRST_WORD, cue_key

_FIRST_WORDS = frozenset(w.group(1) for cues in cl._KIND_CUES.values() for c in cues if (w := FIRST_WORD.match(c)))
_ATTACHED = tuple(sorted(_FIRST_WORDS & cl._ATTACHED_PREFIXES, key=len, reverse=True))


def _old_opens_with_cue(word: str) -> bool:
    """The gate as session 45 left it: the line's first word starts some cue, or is a prefix cue on a name's capital."""
    folded = word.casefold()
    if folded in _FIRST_WORDS:
        return True
    return folded.startswith(_ATTACHED) and any(
        folded.startswith(c) and word[len(c) : len(c) + 1].isupper() and word[len(c) + 1 : len(c) + 2].islower()
        for c in _ATTACHED
    )


class _EveryCue:
    """The old reading: every kind's full pattern for a word past the gate, and no test before the date's."""

    def opened_by(self, word: str, head: str) -> tuple[object, None]:
        return (cl._CUES, None) if _old_opens_with_cue(word) else ((), None)


# What `re.IGNORECASE` pairs with an ASCII letter besides its other case: a cue's "i" meets "İ" and "ı", its "s" "ſ".
_EQUATED = str.maketrans({"i": "ı", "s": "ſ", "k": "\u212a", "I": "İ"})


def _lines(seed: int = 46) -> list[str]:
    """Every cue of the vocabulary opening invented lines: with a colon, in capitals, with a closing date, after a
    mark, in brackets, glued to a capitalised name, ending a longer word, in the letters `re` equates; and lines
    whose first word starts a cue that none opens."""
    rng = random.Random(seed)
    lines = ["Posted in News", "By the way, the talks had collapsed", "A man walks", "NguSipho Mkhize", "Ngu Sipho",
             "Photo gallery of the week", "  Foto: Ann Lee", "Foto: Ann Lee 17. März 2024", "2024 Foto"]  # fmt: skip
    for cues in cl._KIND_CUES.values():
        for cue in cues:
            name = rng.choice(["Ann Lee", "Jan Novák", "Reuters", "ТАСС", "王磊", "Themba Mkhize", "the crowd"])
            lines += [
                f"{cue}: {name}",
                f"{cue.upper()} {name}",
                f"{cue.title()} {name} on March 3, 2024 | Permalink",
                f"— {cue} {name}",
                f"({cue} {name})",
                f"{cue}{rng.choice(['s', 'Themba', 'x', '1'])} {name}",
                f"{cue.translate(_EQUATED)}: {name}",
                f"{cue.upper().translate(_EQUATED)} {name} 12.03.2024",
                f"{cue.replace('ι', chr(0x345))}: {name}",
            ]
    return lines


def test_a_first_words_cues_read_as_every_cue_did(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    new = [(cl._cue_first(t), cl._cue_first(t, dated=False), cl._credit_of(t.lstrip())) for t in lines]
    monkeypatch.setattr(cl, "_OPENINGS", _EveryCue())
    old = [(cl._cue_first(t), cl._cue_first(t, dated=False), cl._credit_of(t.lstrip())) for t in lines]
    assert len(lines) > 9000
    assert sum(o[0] is not None for o in old) > 3000  # the cues read as credits, not only lines left alone
    assert [i for i, (a, b) in enumerate(zip(new, old, strict=True)) if a != b] == []


def _is_letter(ch: str) -> bool:
    return re.fullmatch(r"[^\W\d_]", ch) is not None


def _cue_characters() -> tuple[set[str], set[str]]:
    """The letters of the cues' first words, and the marks around them (before the first word and right after it)."""
    letters: set[str] = set()
    marks: set[str] = set()
    for cues in cl._KIND_CUES.values():
        for cue in cues:
            first = FIRST_WORD.match(cue)
            assert first is not None  # a cue with no first word would go with every key (cue_openings)
            letters.update(first.group(1))
            marks.update(cue[: first.start(1)] + cue[first.end(1) : first.end(1) + 1])
    return letters, marks


def test_every_code_point_re_equates_with_a_cues_letter_shares_its_key() -> None:
    """The proof's step, over the whole vocabulary: where a cue matches a line, the line's first word lies on the
    cue's letter for letter and has its key."""
    letters, marks = _cue_characters()
    wanted = re.compile("[" + "".join(re.escape(c) for c in letters | marks) + "]", re.IGNORECASE)
    equated = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and wanted.fullmatch(chr(c))]
    for cue_char in letters | marks:
        same = re.compile(re.escape(cue_char), re.IGNORECASE)
        for ch in equated:
            if not same.fullmatch(ch):
                continue
            if EQUATED_MARKS.fullmatch(ch):
                continue  # such a line tries every cue (cue_openings.EQUATED_MARKS)
            assert _is_letter(ch) == _is_letter(cue_char), (cue_char, ch)
            if cue_char in letters:
                assert cue_key(ch) == cue_key(cue_char), (cue_char, ch)


def test_a_line_no_cue_of_its_first_word_opens_has_no_date_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Posted yesterday at noon": "posted" starts some cues ("Posted by"), none of which opens the line."""
    asked: list[str] = []
    original = cl.without_closing_date

    def counted(text: str) -> tuple[str, int | None]:
        asked.append(text)
        return original(text)

    monkeypatch.setattr(cl, "without_closing_date", counted)
    assert cl._cue_first("Posted yesterday at noon, March 3, 2024") is None
    assert asked == []
    assert cl._cue_first("Posted by Ann Lee on March 3, 2024") is not None
    assert len(asked) == 1


def test_a_first_word_tries_its_own_cues_and_a_prefix_on_a_name_every_cue() -> None:
    posted, _ = cl._OPENINGS.opened_by("Posted", "Posted ")
    assert 0 < len(posted) <= len(cl._CUES) and all(
        p.pattern != full.pattern for (_, p), (_, full) in zip(posted, cl._CUES, strict=False)
    )
    # the Zulu "by" written onto the name: no word of its own
    assert cl._OPENINGS.opened_by("NguSipho", "NguSipho ")[0] is cl._CUES
    assert cl._OPENINGS.opened_by("Yesterday", "Yesterday ") == ((), None)
    assert cl._OPENINGS.opened_by("Γράφει", "Γράφει ")[0] is not cl._CUES
    assert cl._OPENINGS.opened_by("Γράφει", "Γράφει\u0345")[0] is cl._CUES  # a mark that may stand for an iota
