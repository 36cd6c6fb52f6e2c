"""The agencies a byline names beside its people (:func:`tasks.credits.bylines.split_byline` asks): the gazetteer's
names as written, a slash parting a name from an agency ("Иван Петров/ТАСС"), and a wire named the way its own copy
signs off, in lower case between slashes ("Af Mette Holm og /ritzau/", the Danish wire's signature), which the
gazetteer, reading names as they are capitalised, does not find."""

from __future__ import annotations

import re

from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.wire_citations import signed_agency

_TOKEN = re.compile(r"\S+")
# A word in lower case between two slashes: "/ritzau/", "/ntb/".
_SLASHED = re.compile(r"/([^\W\d_]{2,20})/")


def byline_agencies(rest: str, gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """(start, end, agency id) within `rest` of every agency the byline's rest names, in order found."""
    # "Иван Петров/ТАСС": here a slash separates a name from an agency, it is not part of a URL.
    spaced = rest.replace("/", " ")
    found: list[tuple[int, int, str | None]] = [
        (m.start, m.end, m.canonical_id)
        for m in gazetteer.find(spaced, cued=True)
        if not (m.needs_cue and _inside_name(rest, m.start, m.end))
    ]  # a slash still parts names: "Beta/Dejan Ilić" is the agency Beta and a photographer
    for m in _SLASHED.finditer(rest):
        start, end = m.start(1), m.end(1)
        if not m.group(1).islower() or any(s < end and start < e for s, e, _ in found):
            continue
        if (canonical := signed_agency(m.group(1), gazetteer)) is not None:
            found.append((start, end, canonical))
    return found


def _inside_name(text: str, start: int, end: int) -> bool:
    """ "Petra Svobodová": a name that is also an agency's (Petra) next to another capitalised word; not before a job
    title ("Greg Beacham, Ap Sports Writer": AP in title case, then its writer's job)."""
    after = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    # the job title right after the name, in its part of the line ("Ana Lee, Senior Director": a name, then a title)
    title = text[end:].split(",", 1)[0].split()[:2]
    if after and any(w.strip(".").casefold() in load_byline_words().jobs for w in title):
        return False
    before = text[:start].rstrip(" ").rsplit(" ", 1)[-1] if text[start - 1 : start] == " " else ""
    return bool(after and after.group(0)[:1].isupper()) or (before[:1].isupper() and before[-1:].isalpha())
