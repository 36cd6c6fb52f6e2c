"""Session 44's speed round (issue 15), the text core: a line's agencies read once per text. One line is asked for
the agencies it names by several readers (the credit rule, the byline block's readers, the picture credits, the
in-body citations; 49,000 asks of 33,500 texts in a pass of the aeb, readability and l3s dumps), and each ask scanned
and vetted the line again: per-text work asked per reader. The gazetteer now keeps each text's answer
(`Gazetteer.find` over a bounded cache). Held to the reading it replaced: a gazetteer built afresh for every ask (its
cache empty, so the answer is read from nothing) gives the same agencies on invented lines of every shape the gazetteer
tells apart, asked in random order, again and again, cued and not. The same for a line's picture credit
(`caption_credits.picture_credit` and `credit_parts`, asked of one caption by the head's, the byline block's and the
credit rule's readers): kept, and held to the answer read afresh."""

from __future__ import annotations

import random

from tasks.lexicon import caption_credits
from tasks.lexicon.agencies import AgencyMatch, Gazetteer, load_gazetteer

# Agency names of each kind the gazetteer tells apart: long names, short case-sensitive acronyms, names that are
# also common words (needing a cue), credit-only abbreviations, lower-case wire codes, unspaced scripts' names.
NAMES = ("Reuters", "AFP", "AP", "dpa", "ANSA", "Ansa", "Antara", "Petra", "PA", "Keystone-SDA", "keystone", "EFE",
         "Efe", "ТАСС", "Интерфакса", "Kyodo", "BELTA", "БелТА", "中央社記者陳怡婷", "연합뉴스", "Anadolu Ajansı",
         "Lusa", "Xinhua", "Hina", "Trend", "rtr", "RTR", "UzA", "Bernama", "MENA", "قنا", "IANS", "PTI",
         "Yonhap")  # fmt: skip
# What stands around a name on a line: cues, datelines, captions' credits, running text, institutions' names.
SHAPES = ("{n}", "Foto: {n}", "Photo: {n}/Getty Images", "({n})", "BERLIN ({n}) - Die Regierung hat", "— {n}",
          "according to {n}, the talks", "{n} reported on Monday that", "said {n}.", "«{n}»", "The {n} Institute said",
          "disse à agência {n}", "Jamal Saidi/{n}", "Text: Ann Lee, {n}", "{n} file photo", "neNew {n}", "{n}-u",
          "a {n} and a {n}", "Sco {n} ha rapportà", "قنا - {n}: القاهرة", "محافظة {n}", "{n}: Anna Lind")  # fmt: skip


def _fresh(gazetteer: Gazetteer) -> Gazetteer:
    """The same names and domains with nothing kept: each of its answers is read from the text alone."""
    return Gazetteer(gazetteer.names, gazetteer.domains)


def _lines(rng: random.Random, count: int) -> list[str]:
    return [rng.choice(SHAPES).format(n=rng.choice(NAMES)) for _ in range(count)]


def test_a_texts_agencies_kept_are_the_ones_read_afresh_in_any_order() -> None:
    gazetteer = _fresh(load_gazetteer())
    rng = random.Random(44)
    lines = _lines(rng, 300)
    asks = [(rng.choice(lines), rng.random() < 0.5) for _ in range(1500)]  # repeats, cued and not, interleaved
    found_any = 0
    for text, cued in asks:
        kept = gazetteer.find(text, cued)
        assert kept == _fresh(gazetteer).find(text, cued), (text, cued)
        found_any += bool(kept)
    assert found_any > 500  # the lines name agencies: the comparison is of answers, not of empty lists


def test_a_kept_answer_handed_out_is_a_copy() -> None:
    """A reader that changes the list it got (extends it, sorts it) changes no later reader's answer."""
    gazetteer = _fresh(load_gazetteer())
    first = gazetteer.find("BERLIN (dpa) - Die Regierung hat")
    assert [m.canonical_id for m in first] == ["dpa"]
    first.append(AgencyMatch("afp", "AFP", 0, 3))
    first.sort(key=lambda m: m.canonical_id)
    assert [m.canonical_id for m in gazetteer.find("BERLIN (dpa) - Die Regierung hat")] == ["dpa"]


def test_one_line_asked_by_many_readers_is_read_once() -> None:
    """The general pattern: per-text work asked per reader. Five readers ask of one caption credit, cued and not;
    its names are scanned and vetted once for each way of asking."""
    gazetteer = _fresh(load_gazetteer())
    text = "Photo: Reuters"
    for _ in range(5):
        assert [m.canonical_id for m in gazetteer.find(text)] == ["reuters"]
        assert [m.canonical_id for m in gazetteer.find(text, cued=True)] == ["reuters"]
    info = gazetteer._found.cache_info()  # type: ignore[attr-defined]
    assert (info.misses, info.hits) == (2, 8)


def test_cued_is_read_as_a_truth_value() -> None:
    """Callers pass `cued` as a flag; a truthy value other than True is kept under the same key as True."""
    gazetteer = _fresh(load_gazetteer())
    assert gazetteer.find("Petra", cued=1) == _fresh(gazetteer).find("Petra", cued=True)  # type: ignore[arg-type]
    assert gazetteer.find("Petra", cued=0) == _fresh(gazetteer).find("Petra", cued=False)  # type: ignore[arg-type]


# Picture credits and captions closed by one, of the shapes `picture_credit` and `credit_parts` tell apart.
CAPTIONS = ("Jamal Saidi/Reuters", "Michael Conroy, AP", "Photo by Ann Lee/AFP/Getty Images", "Ann Lee/Vox",
            "Workers on the bridge. Ann Lee/Reuters", "Workers on the bridge (Ann Lee/AFP)", "Reuters/AFP",
            "Workers on the bridge. Credit... Doug Mills/The New York Times", "LUDOVIC MARIN / AFP",
            "The minister said on Monday that the talks would go on.", "Foto: Juha Salminen", "[File: Reuters]",
            "Anna Lind, Erik Berg, Reuters", "Workers on the bridge. Photo: Ann Lee")  # fmt: skip


def _caches_cleared() -> None:
    caption_credits.credit_parts.cache_clear()
    caption_credits.picture_credit.cache_clear()


def test_a_lines_picture_credit_kept_is_the_one_read_afresh() -> None:
    rng = random.Random(4)
    asks = [(rng.choice(CAPTIONS), rng.random() < 0.7) for _ in range(400)]
    credited = 0
    for text, after_sentence in asks:
        kept = (caption_credits.picture_credit(text, after_sentence), caption_credits.credit_parts(text))
        _caches_cleared()
        assert kept == (caption_credits.picture_credit(text, after_sentence), caption_credits.credit_parts(text))
        credited += kept[0] is not None
    assert credited > 100


def test_one_caption_asked_by_many_readers_is_read_once() -> None:
    """Per-text work asked per reader: the head's picture credits, the byline block's and the credit rule's caption
    tails ask of one line; its credit is read once."""
    _caches_cleared()
    for _ in range(4):
        assert caption_credits.picture_credit("Jamal Saidi/Reuters", True) is not None
    assert caption_credits.picture_credit.cache_info().misses == 1  # type: ignore[attr-defined]
    assert caption_credits.credit_parts.cache_info().misses == 1  # type: ignore[attr-defined]
