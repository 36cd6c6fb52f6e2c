"""A known agency cited in a declined form ("izjavio je za Hinu": Hina in the Croatian accusative): the stem under the
case ending, read as the agency's whole name (moved out of :mod:`tasks.lexicon.agencies`, which holds the gazetteer)."""

from __future__ import annotations

from tasks.lexicon.agencies import Gazetteer

# Case endings of Slavic nouns that replace an a-stem's last vowel or follow a consonant stem ("Hina": "za Hinu",
# "od Hine"; "Tanjug": "za Tanjug", "Tanjugu"), Latin and Cyrillic; longest first. Georgian ones replace the
# nominative's "ი" (genitive "ის", instrumental "ით", ergative "მა", dative "ს": "„ინტერპრესნიუსის“ ცნობით", by
# Interpressnews's information, of the nominative "ინტერპრესნიუსი").
_DECLINED_ENDINGS = ("om", "oj", "ou", "ом", "ой", "ою", "ის", "ით", "მა", "u", "e", "i", "y", "ą", "ę", "у", "е", "і",
                     "и", "ы", "ს")  # fmt: skip
# The stem left after the ending has at least this many letters.
MIN_DECLINED_STEM = 3


def agency_of_declined(gazetteer: Gazetteer, name: str) -> str | None:
    """The known agency a cited name declines ("izjavio je za Hinu": Hina in the accusative), else None: its stem,
    as a consonant stem or with the a-stem's nominative "a", is the agency's whole name. Asked of names already cited
    as outlets only, whose kind it settles."""
    bare = name.strip(" .\"'«»„“”")
    if " " in bare:
        return None
    for ending in _DECLINED_ENDINGS:
        stem = bare.removesuffix(ending)
        if stem == bare or len(stem) < MIN_DECLINED_STEM:
            continue
        for nominative in (stem, f"{stem}a", f"{stem}а", f"{stem}ი"):
            matches = gazetteer.find(nominative, cued=True)
            if any(m.start == 0 and m.end == len(nominative) for m in matches):
                return matches[0].canonical_id
    return None
