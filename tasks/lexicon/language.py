"""Language identification through py3langid (a maintained, fast port of langid.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tasks.lexicon.language_counts import automaton, feature_arrays
from tasks.lexicon.stopwords import _JUSTEXT_NAMES

# Below this probability a guess is reported as unknown rather than wrong.
MIN_LANGUAGE_CONFIDENCE = 0.5
# Characters the guess reads: a few paragraphs decide a language; more only costs time. 2,000 and 4,000
# name the same language on 2,193 of the 2,194 eval dumps and seeds (the other: p 0.51 at 4,000), in 45 % of the CPU.
LANGUAGE_SAMPLE_CHARS = 2_000


class _Identifier(LanguageIdentifier):  # type: ignore[misc]  # py3langid ships no type hints
    """py3langid's identifier, its features counted by numpy (tasks/lexicon/language_counts.py): same scores."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.table = automaton(self.tk_nextmove, self._rowbase, self.tk_output)

    def _raw_score(self, text: bytes) -> Any:
        found = feature_arrays(self.table, text)
        if found is None:
            return super()._raw_score(b"")  # no features: py3langid's own floor
        # py3langid's `_sparse_score` (log1p(counts) @ nb_ptc[features] + nb_pc) on the same arrays, with the rows of
        # its float16 table cast to float32 before the product instead of inside it: numpy casts a float16 operand of
        # a float32 product to float32 and multiplies in float32 either way (the same sums, to the bit), but inside the
        # product the cast cost three times the product (a page's 700 features, session 47). The features and counts
        # come as arrays, not through the Counter py3langid reads back into arrays.
        features, counts = found
        table = self.nb_ptc
        rows = table[features].astype(np.promote_types(np.float32, table.dtype))
        return np.log1p(counts) @ rows + self.nb_pc


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return _Identifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and probability of the text's language; (None, p) when unsure."""
    if not text.strip():
        return None, 0.0
    code, probability = _identifier().classify(text[:LANGUAGE_SAMPLE_CHARS])
    if probability < MIN_LANGUAGE_CONFIDENCE:
        return None, float(probability)
    return str(code), float(probability)


def language_codes() -> tuple[str, ...]:
    """Every code `detect_language` may name."""
    return tuple(_identifier().labels)


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ("fr" -> "French"); the code itself when we have no name."""
    name = _JUSTEXT_NAMES.get(code)
    return name.replace("_", " ") if name else code
