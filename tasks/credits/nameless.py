"""Which credits that name no one are records: the seeds' convention, `"name": null` where a picture's credit names
no one ("Фото: пресс-служба", "Foto: privat", "фото: министр … (архивный снимок)"), and nothing else. A name in
sentence case or a press service with the place or body it belongs to ("Фота: Лідскі замак", "Фото: пресс-служба
администрации Казани") names the picture's supplier since session 21 (`tasks.credits.credited_names`), as every blind
set's labels ask.

A credit line the rules read but whose name they cannot give still stops the other readings of its line (a desk's
"Haber Merkezi" is no bare name); only its record is left out here:
- an author credit naming no one is a desk's byline ("Haber Merkezi", "Von Redaktion", "By Staff Reporter") or no
  byline at all ("Text Size"): desks are no authors, and no gold asks for a nameless author;
- a video cue, a gallery's plural picture cue ("Photos", "FOTOS", ``photo_plural`` in ``credit_cues.csv``) or a
  source cue over a headline-like phrase is a teaser, a section label or a note on the data, not a credit ("Video:
  How easy is it to get assault weapons?", "Pictures: Waves batter Ullapool harbour", "Fonte: elaborazione … su
  dati …"); so is a singular picture cue in capitals, the Balkan and Russian sites' gallery mark over its headline
  ("ФОТО: Илјадници на отворањето …", "FOTO: Pogledajte kako …"). A singular picture cue over a caption stays: the
  caption says what the credited picture shows (the seeds' "фото: Министры иностранных дел России и Азербайджана").
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.credit_base import MAX_NAME_WORDS
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.credit_names import is_generic
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues, name_words
from tasks.lexicon.word_classes import is_caseless

# A headline or a sentence has three words or more ("Rd. 4 highlights"); "Sunday's best" may be a credit's.
MIN_HEADLINE_WORDS = 3
# In a script without case no lower-case word shows a sentence: longer than any name, then.
MIN_CASELESS_HEADLINE_WORDS = MAX_NAME_WORDS + 1
_PUNCTUATION = "\"'«»„“”‘’.,;:!?()[]|"


def asked_records(found: list[Found]) -> list[Found]:
    """The records of a credit line's findings: every named one but a teaser's, and the nameless ones the convention
    keeps."""
    return [
        f
        for f in found
        if not _possessive_teaser(f) and not _named_teaser(f) and (f.name is not None or is_nameless_record(f))
    ]


def is_nameless_record(found: Found) -> bool:
    """A credit naming no one that is a record: a picture's or video's, or a source's (an agency's ``"Source:
    agencies"``), unless its rest reads as a headline after a cue that announces another page (see the module), or
    holds no letter (a phone number: "Photo/video: 202.334.7380", the picture desk's contact)."""
    if found.kind not in (AttributionKind.PHOTO, AttributionKind.VIDEO, AttributionKind.SOURCE):
        return False  # a desk, or a byline the rules cannot read: no author record
    credit = parse_credit_line(found.evidence)
    if credit is None:
        return True
    rest = found.evidence[credit.rest_start : credit.rest_end]
    return not ((_announces(found, credit.cue) and is_headline_like(rest)) or _numbers_only(rest))


def _announces(found: Found, cue: str) -> bool:
    """The cue announces another page (a video, a gallery): what follows it may be that page's headline. A picture
    cue in capitals ("ФОТО: Илјадници на отворањето …") marks a gallery as a plural one does."""
    shouted = len(cue) > 1 and cue.isupper()
    return found.kind is not AttributionKind.PHOTO or cue.casefold() in credit_cues()["photo_plural"] or shouted


def _numbers_only(rest: str) -> bool:
    """After the cue's colon ("Photo/video: …"), digits and no letter."""
    after = rest.rsplit(":", 1)[-1]
    return has_digit(after) and not any(c.isalpha() for c in after)


def _possessive_teaser(found: Found) -> bool:
    """A video's or gallery's headline opened by a possessive ("PHOTOS: Ann Lee's Latest Look", "VIDEO: Mayor's Big
    Speech"): the page it announces, whose words the rules took for a name after the possessive."""
    if found.kind not in (AttributionKind.PHOTO, AttributionKind.VIDEO):
        return False
    credit = parse_credit_line(found.evidence)
    if credit is None or not _announces(found, credit.cue):
        return False
    words = found.evidence[credit.rest_start : credit.rest_end].split()
    return len(words) >= MIN_HEADLINE_WORDS and any(w.endswith(_POSSESSIVE) for w in words[:MAX_NAME_WORDS])


def _named_teaser(found: Found) -> bool:
    """A video's or gallery's headline the rules read as a name, its nouns capitalised as German writes them ("Video:
    Sturm Graz feiert Derbysieg" under "Top-Videos"): three words or more, one of them in lower case and no name's
    particle ("van", "de"): a verb, not a name's word."""
    if found.name is None or found.kind not in (AttributionKind.PHOTO, AttributionKind.VIDEO):
        return False
    credit = parse_credit_line(found.evidence)
    if credit is None or not _announces(found, credit.cue):
        return False
    words = [w.strip(_PUNCTUATION) for w in found.name.split()]
    particles = name_words().particles
    return len(words) >= MIN_HEADLINE_WORDS and any(w[:1].islower() and w not in particles for w in words)


# The English possessive closing a word: a headline's, never a credited name's.
_POSSESSIVE = ("'s", "’s")


def is_headline_like(rest: str) -> bool:
    """A phrase shaped as a headline or a sentence, not as a name nor a nameless credit: three words or more with a
    lower-case one (a verb, an article, a preposition: "Waves batter Ullapool harbour", "Gadgets Galore at CES"), or
    in a script without case more words than a name has; a credit naming no one in the vocabulary's words ("из
    открытых источников", "courtesy of the family") is none."""
    words = [w for w in (w.strip(_PUNCTUATION) for w in rest.split()) if w]
    if len(words) < MIN_HEADLINE_WORDS or (len(words) <= MAX_NAME_WORDS and is_generic(" ".join(words))):
        return False
    if any(w[:1].islower() for w in words):
        return True
    return all(is_caseless(w) for w in words if any(c.isalpha() for c in w)) and len(words) >= (
        MIN_CASELESS_HEADLINE_WORDS
    )
