"""Whether a reporting cue stands next to a name: "сообщает", "according to" before it, "bildirdi", "によると" after
it, or (asked for) an outlet word before it ("agencia", "kantor berita"). The gazetteer counts names that are also
common words only so (:mod:`tasks.lexicon.agencies`).
"""

from __future__ import annotations

from functools import lru_cache

from tasks.lexicon.automaton import PhraseAutomaton
from tasks.lexicon.vocab import REPORTING_CUES
from tasks.lexicon.vocabulary import name_words, reporting_phrases

# How far from a cue-only name (in characters) a reporting cue ("сообщает", "according to") may stand.
CUE_WINDOW = 40


@lru_cache(maxsize=1)
def _cue_automaton() -> PhraseAutomaton[str]:
    phrases = reporting_phrases()
    before = [
        *((p, "before") for p in {*REPORTING_CUES, *phrases.before, *phrases.before_quoted}),
        *((d, "descriptor") for d in name_words().descriptors),
    ]
    after = (*phrases.after, *phrases.after_final, *phrases.after_quoted)
    return PhraseAutomaton([*before, *((p, "after") for p in after)], apostrophes=True)  # as the citations' phrases


def has_cue_before(text: str, start: int, window: int = CUE_WINDOW, descriptors: bool = False) -> bool:
    """A reporting cue ("сообщает", "according to") ends within `window` characters before `start`;
    with `descriptors`, an outlet word ("agencia", "kantor berita") counts too."""
    hits = _cue_automaton().find_all(text[max(0, start - window) : start])
    return any("before" in h.value or (descriptors and "descriptor" in h.value) for h in hits)


def has_cue_after(text: str, end: int, window: int = CUE_WINDOW) -> bool:
    """A reporting cue that follows its name ("bildirdi", "によると") starts within `window` after `end`."""
    hits = _cue_automaton().find_all(text[end : end + window], right_boundary=False)
    return any("after" in h.value for h in hits)
