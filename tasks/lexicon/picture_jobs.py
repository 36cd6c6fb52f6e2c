"""A byline's part that says the name before it took the pictures: a photo credit's word or a photographer's job
alone ("Tim Kurz (Fotos)", "Piotr Zieliński, fotoreporter", "<span class="cargo">Fotógrafo</span>"). Read by the
author-name reader of the metadata and bylines (:mod:`tasks.credits.names`) and by the byline element's
(:mod:`tasks.html.byline_element`).
"""

from __future__ import annotations

from functools import lru_cache

from tasks.lexicon.vocabulary import credit_cues, visual_cues


def picture_role_after(chunks: list[str], at: int) -> bool:
    """The byline's name at `at` is followed, as the next part, by a picture credit's word or a photographer's job
    alone ("Von Anna Berg (Text) und Tim Kurz (Fotos)", "Kovács Anna (szöveg), Tóth Péter (fotó)", "Anna Nowak,
    dziennikarka, Piotr Zieliński, fotoreporter"; credit_cues.csv kinds photo, video and picture_job): that person
    took the pictures, the picture's credit, no writer of the text."""
    following = next((c for c in chunks[at + 1 :] if c.strip()), "")
    return " ".join(following.strip(" .:;-–—").casefold().split()) in _picture_words()


@lru_cache(maxsize=1)
def _picture_words() -> frozenset[str]:
    jobs = credit_cues().get("picture_job", ())
    return frozenset(w.casefold() for w in (*visual_cues(), *jobs))
