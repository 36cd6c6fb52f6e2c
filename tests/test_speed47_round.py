"""Session 47 (speed): language identification scores a text's features from arrays, the model's float16 rows cast to
float32 before the product (docs/speed.md). The general pattern: a mixed-precision product whose operand numpy would
cast inside it anyway, cast once outside it, with the same sums to the bit."""

from __future__ import annotations

import numpy as np
import pytest

# Invented lines in the scripts and shapes the pipeline meets: prose in several languages, a short word, digits and
# marks alone, markup, one byte, and a text long enough to reach LANGUAGE_SAMPLE_CHARS.
TEXTS = [
    "", " ", "a", "Zu", "12:45 | 3.3.2024 — №7", "<p class='lead'>markup & text</p>" * 12,
    "Le conseil municipal a voté mardi soir le budget de la ville, a indiqué le maire.",
    "Der Stadtrat hat am Dienstag den Haushalt beschlossen, sagte die Sprecherin der Verwaltung.",
    "El ayuntamiento aprobó el martes el presupuesto, según informó la portavoz municipal.",
    "市议会周二晚间通过了该市的预算。", "市議会は火曜日、市の予算を可決した。", "시의회는 화요일 예산안을 통과시켰다.",
    "Городской совет во вторник утвердил бюджет города.", "Η δημοτική αρχή ενέκρινε τον προϋπολογισμό.",
    "مجلس المدينة وافق على الميزانية يوم الثلاثاء.", "नगर परिषद ने मंगलवार को बजट पारित किया।",
    "สภาเมืองอนุมัติงบประมาณเมื่อวันอังคาร", "Rada miasta przyjęła we wtorek budżet, poinformowała rzeczniczka. " * 40,
]  # fmt: skip


@pytest.fixture(scope="module")
def identifiers() -> tuple[object, object]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from tasks.lexicon.language import _identifier

    return _identifier(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.mark.parametrize("text", TEXTS)
def test_float16_rows_cast_before_the_product_score_as_py3langid_to_the_bit(
    identifiers: tuple[object, object], text: str
) -> None:
    ours, theirs = identifiers
    data = text.encode("utf-8")
    fast, own = ours._raw_score(data), theirs._raw_score(data)  # type: ignore[attr-defined]
    assert fast.dtype == own.dtype
    assert fast.tobytes() == own.tobytes()  # every class's score, bit for bit
    assert ours.classify(text) == theirs.classify(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_feature_arrays_are_the_byte_loops_counts_in_first_seen_order(
    identifiers: tuple[object, object], text: str
) -> None:
    from py3langid.langid import visit_counts

    from tasks.lexicon.language_counts import feature_arrays

    ours, _theirs = identifiers
    data = text.encode("utf-8")
    found = feature_arrays(ours.table, data)  # type: ignore[attr-defined]
    loop = visit_counts(ours.tk_nextmove, ours._rowbase, ours.tk_output, data)  # type: ignore[attr-defined]
    assert (found is None) == (loop is None)
    if found is not None:
        features, counts = found
        assert counts.dtype == np.float32  # py3langid scores its counts as float32
        assert list(zip(features.tolist(), counts.tolist(), strict=True)) == list(loop.items())


def test_a_text_is_scored_without_the_counter_round_trip(
    identifiers: tuple[object, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast path reads the arrays directly: py3langid's `_sparse_score`, which takes a Counter and reads it back
    into arrays, is no longer asked."""
    ours, _theirs = identifiers

    def refused(*_args: object) -> None:
        raise AssertionError("scored through the Counter")

    monkeypatch.setattr(type(ours), "_sparse_score", refused)
    assert ours.classify(TEXTS[6])[0] == "fr"  # type: ignore[attr-defined]
