"""Records of a credit line: who a photo, video, source or author credit names, in which kind.

"Фото: Иван Петров/ТАСС" credits a person and an agency; "Foto: Marko Đokić, Video: N1" holds two credits, each
of its own kind; "By Reuters" names an agency, not an author; "Grafik: Statista" one brand word.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import partial

from schemas import AttributionKind
from tasks.credits.author_parts import drawn_on_outlet_alone, drawn_on_outlets, person_parts
from tasks.credits.bylines import Credited, split_byline
from tasks.credits.credited_names import outlets_after_slash, whole_name
from tasks.credits.cue_context import after_courtesy, bio_note, desk_and_place, only_handles, shot_both, wrote_it_too
from tasks.credits.han_credits import han_outlet_and_reporter
from tasks.credits.name_lines import name_before_role
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import with_cue_language_and
from tasks.lexicon.credit_base import BULLET_MARKS, DOMAIN, CreditLine
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.credit_names import is_brand, is_generic
from tasks.lexicon.cue_after_name import commissioned_name_end
from tasks.lexicon.drawn_on import drawn_on_articles
from tasks.lexicon.next_credit import next_credit_at, with_bare_cue_colon
from tasks.lexicon.outlet_clauses import listed_after
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.signoff_lists import is_known_source
from tasks.lexicon.site_domains import site_name
from tasks.lexicon.span_leads import QUOTES
from tasks.lexicon.vocabulary import credit_cues, name_words

# Characters of context kept on each side of an in-body citation as evidence.
EVIDENCE_CONTEXT = 60


@dataclass(frozen=True)
class Found:
    """An attribution found in a page, before it becomes a record."""

    kind: AttributionKind
    name: str | None
    name_normalized: str | None
    canonical_id: str | None
    line: int
    char_start: int
    char_end: int
    in_body: bool
    evidence: str


def normalize_name(name: str) -> str:
    """Case-folded name; a domain becomes its registered domain (www.Kazpravda.kz → kazpravda.kz)."""
    folded = " ".join(name.casefold().split())
    return site_name(folded) if DOMAIN.fullmatch(folded) else folded


def named_found(kind: AttributionKind, name: str, start: int, line: int, evidence: str, in_body: bool = False) -> Found:
    """A record of the kind, with no canonical id, for the name written at `start` of the line, the evidence as
    given."""
    return Found(kind, name, normalize_name(name), None, line, start, start + len(name), in_body, evidence)


def author_found(name: str, start: int, line: int, evidence: str, in_body: bool = False) -> Found:
    """An author record for the name written at `start` of the line, the evidence as given."""
    return named_found(AttributionKind.AUTHOR, name, start, line, evidence, in_body)


def agency_found(name: str, canonical: str | None, start: int, line: int, evidence: str) -> Found:
    """An agency record, outside the text, for the name written at `start` of the line, the evidence as given."""
    return Found(
        AttributionKind.AGENCY, name, normalize_name(name), canonical, line, start, start + len(name), False, evidence
    )


def evidence_around(text: str, start: int, end: int) -> str:
    left = max(0, start - EVIDENCE_CONTEXT)
    return text[left : end + EVIDENCE_CONTEXT].strip()


def commissioned_end(text: str, start: int) -> int | None:
    """Where a picture credit's names end before "for" the outlet that commissioned it ("Photograph: Ann Lee for the
    Guardian"), in `text`; None if they do not end so."""
    end = commissioned_name_end(text[start:].rstrip(" .)]"))
    return None if end is None else start + end


def _wire_alone(rest: str, gazetteer: Gazetteer) -> bool:
    """After a desk word, only a known agency's name ("EFE", "Europa Press"): the wire, not the place filed from."""
    return gazetteer.agency_of_name(rest.strip(" ."), cued=True) is not None


def credit_line_attributions(
    text: str, line: int, gazetteer: Gazetteer, credit: CreditLine | None = None
) -> list[Found]:
    """The attributions a credit line makes: one per person or agency a byline names, else one (`credit`: the line's
    credit, when a rule outside `parse_credit_line` read it)."""
    text = text.translate(BULLET_MARKS)  # "∙" for "·": the same length, so every offset holds
    credit = credit or parse_credit_line(text)
    second = next_credit_at(text, credit.rest_start if credit else 0)
    if credit is None and second is not None:
        credit = parse_credit_line(text[: second[0]])  # "Reporting by A; Writing by B": each part is a credit
    if credit is None:
        return []
    if second is not None:  # "Foto: Marko Đokić, Video: N1": each credit in its own kind; offsets kept
        head = credit_line_attributions(text[: second[0]], line, gazetteer)
        if text[: second[1]].rstrip().endswith(".") and all(f.name is None for f in head):
            head = []  # "Imatge de la deixalleria …. Foto: …": a caption opened by its picture's word, then the credit
        tail = with_bare_cue_colon(text, second[1])  # "…, kuvat Mikko Rantala": the cue's space read as its colon
        return head + credit_line_attributions(" " * second[1] + tail[second[1] :], line, gazetteer)
    if credit.kind in (AttributionKind.AUTHOR, AttributionKind.PHOTO, AttributionKind.VIDEO):
        credit = dataclasses.replace(credit, rest_start=after_courtesy(text, credit.rest_start))
        if credit.kind is not AttributionKind.AUTHOR and credit.rest_end is None:
            credit = dataclasses.replace(credit, rest_end=commissioned_end(text, credit.rest_start))
        names = text[: credit.rest_end] if credit.rest_end is not None else text  # "（山田太郎撮影）": the cue after
        names, articled = drawn_on_articles(names, credit.rest_start, credit.cue)  # "With files from the Star"
        names = with_cue_language_and(names, credit.cue)  # "Avtorja: A in B": the Slovenian "and", no place
        named = split_byline(names, credit.rest_start, gazetteer) or whole_name(names, credit.rest_start, credit.kind)
        named = named or drawn_on_outlet_alone(names, credit.rest_start, credit.cue)  # "With files from CBC"
        if not named and credit.name and is_brand(credit.name):  # "(Credit: iStock)": the brand the cue names
            named = [Credited(credit.name, credit.name_start, credit.name_end, None)]
        if credit.kind is AttributionKind.AUTHOR and desk_and_place(text, credit.cue, credit.rest_start):
            # "Redacción / Madrid": the desk's place, no one's name; "Redacción / EFE": the desk and the wire it drew on
            named = [c for c in named if c.canonical_id and _wire_alone(text[credit.rest_start :], gazetteer)]
        drawn = drawn_on_outlets(named, credit.cue, articled) if credit.kind is AttributionKind.AUTHOR else []
        if credit.kind is AttributionKind.AUTHOR:  # "With files from CBC News": the outlet drawn on is a source
            named = person_parts(_without_place_tail(names, credit.rest_start, named, gazetteer), text, credit.cue)
            drawn_at = {d.start for d in drawn}
            named = sorted([c for c in named if c.start not in drawn_at] + drawn, key=lambda c: c.start)
        generic = name_words().generic
        if credit.kind is not AttributionKind.AUTHOR:  # "Bild: NWR / Tim Harms", "Foto: Archiv/Sutterlin"
            named = [part for c in named for part in han_outlet_and_reporter(c)]  # "（辽宁日报记者 刘佳 摄）"
            named = sorted(named + outlets_after_slash(text, credit.rest_start, named), key=lambda c: c.start)
            named = [_without_descriptor(c) for c in named]
        named = [c for c in named if c.name.casefold() not in generic]  # "图片来源：网络" (the internet): no one
        if named:
            found = [
                Found(AttributionKind.SOURCE if c in drawn else _credited_kind(credit.kind, c, text), c.name,
                      normalize_name(c.name), c.canonical_id, line, c.start, c.end, False, text.strip())
                for c in named
            ]  # fmt: skip
            if credit.kind is AttributionKind.PHOTO and wrote_it_too(text, credit):
                authors = [dataclasses.replace(f, kind=AttributionKind.AUTHOR) for f in found if not f.canonical_id]
                found = authors + found  # "Text und Fotos: Katrin Albrecht": the same person in both roles
            if (both := shot_both(text, credit)) is not None:  # "Foto dhe video: LSA": pictures and footage
                found = [dataclasses.replace(f, kind=both) for f in found if f.kind is credit.kind] + found
            return found
        if only_handles(text[credit.rest_start : credit.rest_end]):
            return []  # "Image copyright @citynews @citynews": the account that posted an embedded picture, no credit
        if credit.kind is AttributionKind.AUTHOR and credit.cue.casefold() in load_author_words().compiling_cues:
            return []  # "Opracowanie: redakcja": the desk compiled the copy, its source line names where it came from
        if credit.kind is AttributionKind.AUTHOR and bio_note(text[credit.rest_start :]):
            return []  # "Autorė – urbanistė, asociacijos … narė.": the author note under an opinion piece
        credit = CreditLine(credit.kind, credit.cue, None, 0, 0, credit.rest_start)  # a caption, no name
    if credit.kind is AttributionKind.SOURCE and credit.name is None and is_generic(text[credit.rest_start :]):
        return []  # "SOURCE: News agencies": a generic phrase credits no one, not even as a nameless source
    parts = _slashed_sources(credit, gazetteer) or _joined_sources(credit, text, gazetteer)
    if parts:
        return [_single_credit(part, text, line, gazetteer) for part in parts]
    return [_single_credit(credit, text, line, gazetteer), *_listed_sources(credit, text, line, gazetteer)]


def _slashed_sources(credit: CreditLine, gazetteer: Gazetteer) -> list[CreditLine]:
    """ "Fuente: CAO / ABI", "Quelle: dpa/AFP": a source line naming its sources parted by slashes, one credit each; a
    part in lower case names no one ("Fuente: INE / elaboración propia": the paper's own working); an address with a
    path ("tass.ru/news") is one name. Nothing when the name holds no slash."""
    name = credit.name
    if credit.kind is not AttributionKind.SOURCE or not name or "/" not in name or DOMAIN.search(name):
        return []
    parts = []
    for part in _SLASH_PART.finditer(name):
        word = part.group(0)
        if word[:1].isupper() or gazetteer.agency_of_name(word, cued=True):  # "dpa" writes its name in lower case
            start = credit.name_start + part.start()
            parts.append(dataclasses.replace(credit, name=word, name_start=start, name_end=start + len(word)))
    return parts


def _joined_sources(credit: CreditLine, text: str, gazetteer: Gazetteer) -> list[CreditLine]:
    """ "Quelle: Reuters und AFP", "Источник: ТАСС и РИА Новости", "Sources: Reuters, AFP and AP": a source line naming
    its sources joined by any language's "and", one credit each, never the joined string. The list's rule of the cited
    outlets (:func:`listed_after`): one side known by the vocabularies, every one with commas ("Source: Ernst and
    Young", "World Travel and Tourism Council" stay whole). Nothing when the line names one source."""
    if credit.kind is not AttributionKind.SOURCE or not credit.name or credit.rest_end is not None:
        return []
    spans = listed_after(text, credit.name_start, partial(is_known_source, gazetteer=gazetteer))
    if len(spans) < 2 or spans[0].start != credit.name_start or text[spans[-1].end :].strip(" .)"):
        return []
    return [dataclasses.replace(credit, name=text[s.start : s.end], name_start=s.start, name_end=s.end) for s in spans]


# A part of a slashed name: the text between slashes, without the spaces around it.
_SLASH_PART = re.compile(r"[^\s/](?:[^/]*[^\s/])?")


# Up to this many further names after a source line's first, each after a comma.
MAX_LISTED_SOURCES = 3


def _listed_sources(credit: CreditLine, text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Źródło: Gazeta Pomorska Wieczorem, PAP", "Quelle: dpa, AFP": a source line naming more sources after commas,
    each a known agency or outlet (a place or a date after the comma is none); nothing unless every part is one."""
    if credit.kind is not AttributionKind.SOURCE or not credit.name or credit.rest_end is not None:
        return []
    rest = text[credit.name_end :].rstrip(" .")
    parts = rest.split(",")[1:] if rest.startswith(",") else []
    if not parts or len(parts) > MAX_LISTED_SOURCES:
        return []
    found, at = [], credit.name_end + 1
    for part in parts:
        name = part.strip()
        canonical = gazetteer.agency_of_name(name, cued=True)
        if not name or not (canonical or is_known_outlet(name)):
            return []
        start = text.index(name, at)
        found.append(Found(credit.kind, name, normalize_name(name), canonical, line, start, start + len(name), False,
                           text.strip()))  # fmt: skip
        at = start + len(name)
    return found


def _without_place_tail(text: str, start: int, named: list[Credited], gazetteer: Gazetteer) -> list[Credited]:
    """ "रिपोर्ट: अनुराधा सिंह, लखनऊ": the place filed from after the reporter's name is no second author (the rule
    of a name line's role tail, :func:`name_before_role`); a known agency there stays ("Text: Anna Berg, TT")."""
    if len(named) < 2 or any(c.canonical_id or c.is_domain for c in named[1:]):
        return named
    rest = text[start:]
    head, has_role = name_before_role(rest)
    if not has_role:
        return named
    shortened = split_byline(text[: start + len(rest) - len(rest.lstrip()) + len(head)], start, gazetteer)
    return shortened or named


def _without_descriptor(credited: Credited) -> Credited:
    """ "Видео: Telegram-канал SHOT": the outlet is SHOT; the word saying what kind of outlet it is is no part of
    its name (the same rule as for outlets cited in the text)."""
    first, _, rest = credited.name.partition(" ")
    words = name_words()
    if not rest or first.casefold() not in words.descriptors or first.casefold() in words.outlet_words:
        return credited  # "Радыё Свабода", "Radio Free Europe": a kind of outlet that is part of the name
    if first[:1].isupper() and "-" not in first:
        return credited  # "Portal Sul RS": capitalised, the kind of outlet opens its name
    unquoted = rest.lstrip('«„“"')  # "Telegram-канал «Сахалин Live»": the name's own quotes are no part of it
    shift = len(first) + 1 + len(rest) - len(unquoted)
    name = unquoted.rstrip('»“”"')
    return Credited(name, credited.start + shift, credited.start + shift + len(name), credited.canonical_id,
                    credited.is_domain)  # fmt: skip


def _credited_kind(kind: AttributionKind, credited: Credited, text: str = "") -> AttributionKind:
    """ "By Reuters", "Text: dpa": a known agency a byline names wrote no story as a person, it is the agency the
    story came from; after a photo or video cue it stays a photo or video credit ("Фото: ТАСС"). A byline's name
    followed by its role in brackets, a photo cue ("By Ann Lee (reporting) and Tom Roe (photography)"), took the
    pictures."""
    is_agency = credited.canonical_id is not None and not credited.is_domain
    if kind is AttributionKind.AUTHOR and is_agency:
        return AttributionKind.AGENCY
    role = _BRACKETED_ROLE.match(text, credited.end)
    if kind is AttributionKind.AUTHOR and role and role.group(1).casefold() in credit_cues()["photo"]:
        return AttributionKind.PHOTO
    return kind


_BRACKETED_ROLE = re.compile(r"\s*\(([^()]{1,30})\)")


# Every quote mark: a name holding one inside is no name wholly quoted ("«Известия» и «Коммерсантъ»").
QUOTE_MARKS = frozenset("".join(QUOTES) + "".join(QUOTES.values()))


def _single_credit(credit: CreditLine, text: str, line: int, gazetteer: Gazetteer) -> Found:
    name = credit.name
    if name and len(name) > 2 and name[-1] in QUOTES.get(name[0], "") and not QUOTE_MARKS.intersection(name[1:-1]):
        # "Источник: «Новая газета»", "来源：《新疆日报》": the quotes round the whole name are no part of it
        credit = dataclasses.replace(credit, name=name[1:-1], name_start=credit.name_start + 1,
                                     name_end=credit.name_end - 1)  # fmt: skip
    canonical = None
    if credit.name:
        canonical = gazetteer.agency_of_domain(credit.name) if DOMAIN.fullmatch(credit.name) else None
        matches = gazetteer.find(credit.name)
        canonical = canonical or (matches[0].canonical_id if matches else None)
    normalized = normalize_name(credit.name) if credit.name else None
    return Found(credit.kind, credit.name, normalized, canonical, line, credit.name_start, credit.name_end,
                 False, text.strip())  # fmt: skip


def agency_in_body(found: Found, gazetteer: Gazetteer) -> Found:
    """A source credit in the text that names a known agency ("(इनपुट: भाषा)", "… Izvor: Hina") names the agency the
    story came from: in body text an agency is an agency record, whatever the cue (a credit line keeps its cue's
    kind). The cue vouches for a name that needs one (भाषा, the Hindi service of PTI, is also "language")."""
    if found.kind is not AttributionKind.SOURCE or not found.name or DOMAIN.fullmatch(found.name):
        return found
    canonical = found.canonical_id or gazetteer.agency_of_name(found.name, cued=True)
    return dataclasses.replace(found, kind=AttributionKind.AGENCY, canonical_id=canonical) if canonical else found
