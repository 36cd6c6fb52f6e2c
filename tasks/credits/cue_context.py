"""What a credit line's words say besides the names it credits: a desk and its place ("Redacción / Madrid"), a note
on the writer ("Autorė – urbanistė, … narė."), handles alone, a courtesy phrase before the name ("Photo: courtesy of
NASA"), an author cue and a photo cue joined by "and" ("Text und Fotos:"), a photo cue and a video cue so joined
("Foto dhe video:"). Read by
:func:`tasks.credits.credit_records.credit_line_attributions`.
"""

from __future__ import annotations

from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues, name_words


def only_handles(rest: str) -> bool:
    """ "@citynews @citynews": nothing but social-media handles."""
    words = rest.split()
    return bool(words) and all(w.startswith("@") for w in words)


def bio_note(rest: str) -> bool:
    """After an author cue, a sentence about the writer that names no one: a lower-case job first, a full stop last,
    a few words ("Autorė – urbanistė, asociacijos „Gyvas miestas“ narė.", "Autor: profesor na Uniwersytecie.")."""
    words = rest.strip(" –—-:").split()
    dated = has_digit(rest)  # "Written by: tmatt on August 9, 2012.": a handle and the date
    return len(words) >= MIN_BIO_WORDS and words[0][:1].islower() and rest.rstrip().endswith(".") and not dated


MIN_BIO_WORDS = 3


def desk_and_place(text: str, cue: str, rest_start: int) -> bool:
    """ "Redacción / Santa Cruz de Tenerife", "Redacción | Ciudad de Panamá": a desk word as the cue, a slash or a bar
    (any separator of a byline's parts), and the place the desk files from (the Spanish and Portuguese papers' byline
    for staff copy): no one is named, as in "নিজস্ব প্রতিবেদক, ঢাকা". Or the desk word and the outlet's or place's
    name with nothing between ("Redacción Caracas Al Instante", "Redazione Bari"): the desk of that outlet; a person
    the desk word credits follows its colon ("Redacción: Ana Ruiz")."""
    at = text.casefold().find(cue.casefold())
    separator = text[at + len(cue) : rest_start].strip() if at >= 0 else None
    return (
        at >= 0
        and cue.casefold() in load_author_words().newsroom
        and separator in _DESK_SEPARATORS
        and not text[:at].strip()
    )


_DESK_SEPARATORS = frozenset({"", "/", "|", "-", "–", "—", ","})


def after_courtesy(text: str, start: int) -> int:
    """Where the name begins after a courtesy phrase ("Video: cortesía de Canal 13", "Photo: courtesy of NASA"):
    the phrase says how the picture was obtained, the name after it is whom it credits."""
    rest = text[start:]
    skipped = len(rest) - len(rest.lstrip())
    folded = rest[skipped:].casefold()
    for phrase in name_words().courtesy:
        if folded.startswith(phrase) and folded[len(phrase) : len(phrase) + 1] in (" ", ":"):
            return start + skipped + len(phrase) + 1
        if folded.rstrip(" .)") == phrase:  # "Foto: Gentileza": the courtesy alone, whose picture it was unsaid
            return len(text)
    return start


def wrote_it_too(text: str, credit: CreditLine) -> bool:
    """A photo cue joined to an author cue by "and" before it ("Text und Fotos:", "Texte et photos :", "Текст и
    фото:", "Bài và ảnh:"): the people named wrote the story and took its photos; any language's "and"."""
    cue_at = text.casefold().rfind(credit.cue.casefold(), 0, credit.rest_start)
    words = text[:cue_at].split()
    opens = len(words) == 2 and words[0].casefold().strip(":") in credit_cues()["author"]
    return (opens and words[1].casefold() in _joiners()) or (not words and _one_word_pair(credit.cue.casefold()))


def shot_both(text: str, credit: CreditLine) -> AttributionKind | None:
    """A photo cue and a video cue joined by "and" before the names ("Foto dhe video: LSA", "Fotos y vídeo:", "Video
    und Fotos:"): whoever is named took the pictures and the footage, one credit in each role. The kind of the cue
    before the "and" (the line's own cue is the one next to the names); None for any other line."""
    cue_at = text.casefold().rfind(credit.cue.casefold(), 0, credit.rest_start)
    words = text[:cue_at].casefold().split()
    if len(words) != 2 or words[1] not in _joiners():
        return None
    cues = credit_cues()
    if credit.kind is AttributionKind.VIDEO and words[0] in cues["photo"]:
        return AttributionKind.PHOTO
    return AttributionKind.VIDEO if credit.kind is AttributionKind.PHOTO and words[0] in cues["video"] else None


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    """Between two cues any language's "and" joins them, one that is another's common word too ("Teksti ja kuvat:")."""
    return load_byline_words().joiners | load_author_words().every_and


@lru_cache(maxsize=1)
def _author_cues_joined() -> frozenset[str]:
    """Every author cue followed by an "and", as one word: thousands of pairs, built once, not walked per cue."""
    return frozenset(a + j for a in credit_cues()["author"] for j in _joiners())


def _one_word_pair(cue: str) -> bool:
    """ "เรื่องและภาพ" (story and pictures): an author cue, "and" and a photo cue written as one word, as Thai writes.
    Each split of the cue is looked up (an author cue and its "and" before it, a photo cue after)."""
    joined, photo = _author_cues_joined(), credit_cues()["photo"]
    return any(cue[:k] in joined and cue[k:] in photo for k in range(len(cue) + 1))
