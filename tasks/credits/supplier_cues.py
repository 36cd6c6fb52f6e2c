"""The supplier of a picture written beside its cue, read as the slashed credit it stands for ("Foto: Prensa
Libre/Julio Sicán"): the line is written so, offsets kept, and read by the credit line's readers.

- between the cue and its colon, the photographer after it: "Foto Prensa Libre: Julio Sicán", "Foto EFE: Ana Ruiz",
  "Photo AFP : Jean Dupont", "Фото ТАСС: Иван Петров" (the Central American papers' house style, the agencies' own
  captions);
- hyphenated onto the cue: "dpa-Foto", "AFP-Foto: Anna Schmidt", "ANP-foto", "NTB-foto", "epd-Bild" (the German,
  Austrian, Dutch and Nordic papers');
- before the English cue and its "by": "(AP Photo by Ann Lee)", "Reuters photo by …" (beside "AP Photo/Ann Lee").

Only a known agency or outlet so placed: "Foto Galería: …", "Foto del día: …", "Archiv-Foto", "Family photo by …"
name no supplier."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import visual_cue_alternation


@lru_cache(maxsize=1)
def _cue_supplier() -> re.Pattern[str]:
    """A picture cue opening the line, a sentence or a bracket, spaces, up to forty characters and a colon."""
    cues = visual_cue_alternation()
    return re.compile(rf"(?:^|(?<=[.!?…]\s)|(?<=\())\s*(?:{cues})( +)([^\s:/()][^:/()]{{0,40}}?)(\s*):\s*\S", re.I)


@lru_cache(maxsize=1)
def _supplier_hyphen_cue() -> re.Pattern[str]:
    """A name of letters hyphenated onto a picture cue ("dpa-Foto"), maybe with a colon and the photographer after."""
    cues = visual_cue_alternation()
    return re.compile(rf"(?<![\w-])([^\W\d_][\w&]{{1,15}})-({cues})(?=$|[\s:/).,])(\s*:)?", re.I)


# An English picture word and its "by" after a name: "AP Photo by Ann Lee", "Reuters photo by …".
_SUPPLIER_BY = re.compile(r"(?<![\w-])([^\W\d_][\w&.-]{1,20}) (?:photo|pic|picture|image|video)( by )", re.I)


def _is_supplier(name: str, gazetteer: Gazetteer) -> bool:
    return bool(gazetteer.agency_of_name(name, cued=True)) or is_known_outlet(name)


def supplier_before_colon(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The supplier and the photographer of "Foto Prensa Libre: Julio Sicán", "dpa-Foto: Anna Schmidt", "(AP Photo by
    Ann Lee)", each a record of the picture."""
    slashed = None
    if (match := _SUPPLIER_BY.search(text)) is not None and _is_supplier(match.group(1), gazetteer):
        slashed = f"{text[: match.start(2)]}/{' ' * (len(match.group(2)) - 1)}{text[match.end(2) :]}"
    for hyphened in _supplier_hyphen_cue().finditer(text) if slashed is None else ():
        if _is_supplier(hyphened.group(1), gazetteer):  # "dpa-Foto" read as "Foto:dpa", the colon after as a slash
            cue, colon = f"{hyphened.group(2)}:{hyphened.group(1)}", (hyphened.group(3) or "").replace(":", "/")
            slashed = f"{text[: hyphened.start()]}{cue}{colon}{text[hyphened.end() :]}"
            break
    for cued in _cue_supplier().finditer(text) if slashed is None else ():
        if _is_supplier(cued.group(2), gazetteer):
            colon, spaces = cued.end(3), cued.group(1)
            slashed = f"{text[: cued.start(1)]}:{spaces[1:]}{text[cued.end(1) : colon]}/{text[colon + 1 :]}"
            break
    if slashed is None:
        return []
    found = credit_line_attributions(slashed, line, gazetteer)
    return [dataclasses.replace(f, evidence=text.strip()) for f in found]
