"""Language identification through py3langid (a maintained, fast port of langid.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tasks.lexicon.language_counts import automaton, feature_counts
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
        visits = feature_counts(self.table, text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        return super()._raw_score(b"")  # no features: py3langid's own floor


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
