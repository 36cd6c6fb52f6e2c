"""An agency or outlet named in a paragraph's closing bracket after a photo or video cue and its colon supplied the
picture, it is cited by no sentence: "… with synthetic stuffing instead. (Photo: Getty Images)", "… from a disposable
nasal cannula'. (Photo Credit : PTI File Photo )", "… expel cosmic gas away. (Image credit: TNG Collaboration)".
Real pages close a caption the segmenter kept in the text so; the reading of the paragraph found the name as a
citation, and only its kind changes here (the cue decides it, as in a credit line of its own)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from schemas import AttributionKind
from tasks.credits.credit_records import Found, credit_line_attributions, named_found, normalize_name
from tasks.credits.role_tails import is_label_word
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.caption_credits import without_markers
from tasks.lexicon.caption_words import caption_credit_words, spaced_alternation
from tasks.lexicon.closing_sentences import last_sentence_start
from tasks.lexicon.credit_parts import looks_like_photographer
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocabulary import credit_cues, speech_verbs

# The picture credits' kinds, video first: its cues ("Video:") are asked before the photo ones.
_PICTURES = (AttributionKind.VIDEO, AttributionKind.PHOTO)
# The closing bracket of a paragraph, with at most this many characters inside.
_CLOSING = re.compile(r"[(\[]([^()\[\]]{2,90})[)\]]\s*\.?\s*$")
_CITED = (AttributionKind.AGENCY, AttributionKind.SOURCE)


@cache
def _cue(kind: str) -> re.Pattern[str]:
    words = credit_cues()[kind] + (caption_credit_words("file") if kind == "photo" else ())
    alternation = spaced_alternation(tuple(sorted(words, key=len, reverse=True)))
    return re.compile(rf"\s*(?:{alternation})\s*[:：]", re.IGNORECASE)


def bracket_credit_kind(text: str) -> tuple[AttributionKind, int] | None:
    """The kind a paragraph's closing bracket credits (a photo or video cue and its colon open it) and where the
    bracket starts; None if the paragraph closes in no such bracket."""
    closing = _CLOSING.search(text)
    if closing is None:
        return None
    for kind in _PICTURES:
        if _cue(kind.value).match(closing.group(1)):
            return kind, closing.start()
    return None


@cache
def _speech_verbs() -> frozenset[str]:
    """Every language's speech verbs, case-folded: "said", "told", "added"."""
    return frozenset(verb.casefold() for verb, _ in speech_verbs())


def _bare_agency_bracket(text: str, found: list[Found]) -> tuple[AttributionKind, int] | None:
    """ "… on the roof of the party's headquarters in 1989. (AP)", "… (AP Photo)": a paragraph closing in a bracket
    that holds only an agency's name (maybe with its photo or file word), and no sign-off's place at the text's end,
    is a caption the segmenter kept in the text, the agency its picture's supplier (the real pages' labels); not where
    the words before it report speech ("…, officials said. (AFP)": the story's paragraph, signed)."""
    closing = _CLOSING.search(text)
    if closing is None or not text[: closing.start()].strip():
        return None
    if any(w.strip(".,;:!?\"'”’").casefold() in _speech_verbs() for w in text[: closing.start()].split()):
        return None
    start, end = closing.start(1), closing.end(1)
    inside = [f for f in found if f.char_start >= start]
    whole = len(inside) == 1 and inside[0].kind is AttributionKind.AGENCY and inside[0].canonical_id is not None
    # the agency alone, or with its photo or file word ("(AP Photo)", "(Reuters file)")
    alone = whole and without_markers(text[start:end]) == inside[0].name
    return (AttributionKind.PHOTO, closing.start()) if alone else None


def with_bracket_credit_kinds(text: str, found: list[Found], caption: bool = False) -> list[Found]:
    """The records of a paragraph, an agency or outlet inside its closing credit bracket made a photo or video
    credit; where the paragraph may be a caption (`caption`: not the text's last), also an agency alone in it."""
    credited = bracket_credit_kind(text) if found else None
    if credited is None and caption and found:
        credited = _bare_agency_bracket(text, found)
    if credited is None:
        return found
    kind, start = credited
    return [dataclasses.replace(f, kind=kind) if f.kind in _CITED and f.char_start >= start else f for f in found]


def closing_picture_credit(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "… an important enabler of deep space travel. Credit: Riverside Films": a long caption the segmenter kept in the
    text, closed by its picture's credit after its last sentence, a photo or video cue and its colon (the credit
    line's own reading, from there); the names it credits, photo or video records; else []. The closing bracket's
    credit is :func:`bracket_credit_kind`'s (a name found as a citation there changes its kind)."""
    tail = last_sentence_start(text)
    if not tail or not any(_cue(kind.value).match(text, tail) for kind in _PICTURES):
        return supplier_first_picture(text, line, gazetteer)  # "… on Tuesday. (TOI Photo)"
    found = credit_line_attributions(" " * tail + text[tail:], line, gazetteer)  # offsets kept
    return [dataclasses.replace(f, in_body=True) for f in found if f.kind in _PICTURES and f.name]


@cache
def _supplier_first() -> re.Pattern[str]:
    """A closing bracket of a supplier, its picture word and maybe "by" and the photographer: "(TOI Photo)"."""
    words = spaced_alternation(caption_credit_words("supplier_picture"))
    return re.compile(
        rf"[(\[]\s*(?P<supplier>[^()\[\]/]{{2,40}}?)\s+(?:{words})"
        rf"(?:\s+by\s+(?P<person>[^()\[\]/]{{3,40}}?)|\s*/\s*(?P<after>[^()\[\]/]{{3,40}}?))?\s*[)\]]\s*\.?\s*$",
        re.IGNORECASE,
    )


MAX_ACRONYM = 5


def _supplier(name: str, gazetteer: Gazetteer) -> str | None:
    """The supplier's canonical agency id, "" for a known outlet or a paper's acronym ("TOI", "HT"), else None: a
    common word before the picture word ("File", "Staff", "Representational") names no one."""
    if name.casefold() in caption_credit_words("not_supplier"):
        return None
    agency = gazetteer.agency_of_name(name, cued=True)
    if agency is not None:
        return agency
    acronym = name.isascii() and name.isalpha() and name.isupper() and 2 <= len(name) <= MAX_ACRONYM
    return "" if is_known_outlet(name) or (acronym and name.casefold() not in stoplist("en")) else None


def supplier_first_picture(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "… at the bridge on Tuesday. (TOI Photo)", "(The Hindu Photo)", "(AP photo by Ann Lee)": a caption closed by a
    bracket that names the picture's supplier before its picture word, as the wires' "(AP Photo)" does (Indian, US and
    UK papers credit their own pictures so): the supplier, a known agency or outlet or a paper's acronym, and the
    photographer after "by" or a slash, photo records; else []."""
    match = _supplier_first().search(text)
    if match is None:
        return []
    evidence, supplier = text.strip(), match.group("supplier")
    canonical = _supplier(supplier, gazetteer)
    if canonical is None and not match.group("person"):
        return []  # "(File Photo)"; "(Express photo by Ann Lee)" still names its photographer after "by"
    found = [] if canonical is None else [
        Found(AttributionKind.PHOTO, supplier, normalize_name(supplier), canonical or None, line,
              match.start("supplier"), match.end("supplier"), True, evidence)]  # fmt: skip
    person = match.group("person") or match.group("after")
    if person and looks_like_photographer(person.title() if person.isupper() else person):
        start = match.start("person") if match.group("person") else match.start("after")
        found.append(named_found(AttributionKind.PHOTO, person, start, line, evidence, True))
    return found


# A credit line that is only a bracket: the agency, a slash, the photographer ("(EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ)").
_AGENCY_SLASH_PERSON = re.compile(r"^\s*\(\s*([^()/]{2,40}?)\s*/\s*([^()/]{2,40}?)\s*\)\s*\.?\s*$")
MIN_PHOTOGRAPHER_WORDS, MAX_PHOTOGRAPHER_WORDS = 2, 3


def agency_slash_photographer(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "(EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ)", "(EPA/Anna Lee)": a line labelled a credit that is only a bracket of a
    known agency, a slash and a photographer's name of two or three words (in capitals as the Greek and Turkish wires
    print it) credits the picture to both, as "Φωτογραφία: EUROKINISSI/…" with its cue does. The wire style's
    caption tail with no cue ("(NASA/JPL-Caltech)" closing a caption) stays unread: tried in session 41, withdrawn."""
    match = _AGENCY_SLASH_PERSON.match(text)
    if match is None or (canonical := gazetteer.agency_of_name(match.group(1), cued=True)) is None:
        return []
    person = match.group(2)
    words = person.split()
    shaped = person.title() if person.isupper() else person
    if not MIN_PHOTOGRAPHER_WORDS <= len(words) <= MAX_PHOTOGRAPHER_WORDS or not looks_like_photographer(shaped):
        return []
    if any(is_label_word(w) for w in words):
        return []  # "(Reuters/Press Office)": a desk's words, no photographer
    agency, evidence = match.group(1), text.strip()
    return [
        Found(AttributionKind.PHOTO, agency, normalize_name(agency), canonical, line, match.start(1), match.end(1),
              False, evidence),
        named_found(AttributionKind.PHOTO, person, match.start(2), line, evidence),
    ]  # fmt: skip


# A line that is only a full-width bracket and the name in it: "（共同）", "（時事）", "（新華社）".
_WIRE_BRACKET_LINE = re.compile(r"\s*（\s*([^（）()]{1,20}?)\s*）\s*")


def wire_signed_below(found: list[Found], text: str, gazetteer: Gazetteer) -> list[Found]:
    """The records of a line under the article's last paragraph (above any heading of links), with a known agency
    alone in full-width brackets read as the wire's sign-off, not a picture's credit: "（共同）" closing a Japanese
    paper's story, right under its text or under the box that cuts it for non-members. A Japanese or Chinese caption
    ends in its supplier on its own line ("…＝共同", "…（共同）"), so the bracket alone under the text signs it."""
    match = _WIRE_BRACKET_LINE.fullmatch(text)
    if match is None or gazetteer.agency_of_name(match.group(1), cued=True) is None:
        return found
    return [
        dataclasses.replace(f, kind=AttributionKind.AGENCY) if f.kind is AttributionKind.PHOTO else f for f in found
    ]
