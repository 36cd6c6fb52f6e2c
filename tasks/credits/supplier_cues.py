"""The supplier named between the picture's cue and its colon, the photographer after it: "Foto Prensa Libre: Julio
Sicán", "Foto EFE: Ana Ruiz", "Photo AFP : Jean Dupont", "Фото ТАСС: Иван Петров" (the Central American papers'
house style, the agencies' own captions). Read as the slashed credit it stands for ("Foto: Prensa Libre/Julio
Sicán"): the line is written so, offsets kept, and read by the credit line's readers. Only a known agency or outlet
between the cue and the colon: "Foto Galería: …", "Foto del día: …" name a gallery's words, no supplier."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import visual_cues


@lru_cache(maxsize=1)
def _cue_supplier() -> re.Pattern[str]:
    """A picture cue opening the line, a sentence or a bracket, spaces, up to forty characters and a colon."""
    cues = "|".join(re.escape(c) for c in sorted(visual_cues(), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?…]\s)|(?<=\())\s*(?:{cues})( +)([^\s:/()][^:/()]{{0,40}}?)(\s*):\s*\S", re.I)


def supplier_before_colon(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The supplier and the photographer of "Foto Prensa Libre: Julio Sicán", each a record of the picture."""
    for match in _cue_supplier().finditer(text):
        supplier = match.group(2)
        if not (gazetteer.agency_of_name(supplier, cued=True) or is_known_outlet(supplier)):
            continue
        colon = match.end(3)
        spaces = match.group(1)
        slashed = f"{text[: match.start(1)]}:{spaces[1:]}{text[match.end(1) : colon]}/{text[colon + 1 :]}"
        found = credit_line_attributions(slashed, line, gazetteer)
        return [dataclasses.replace(f, evidence=text.strip()) for f in found]
    return []
