"""Session 16's fixes after blind26's first score (P 0.963 / R 0.853): each names a general pattern, in the role
the line has on a page (credit, byline, above, body, first, last), with a negative where the pattern could overreach.
The lines are written for the tests, not taken from the set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Ethiopic word space typed for a colon after a cue (Amharic, Tigrinya)
        ("ፎቶ፡ ሰላም ተስፋዬ", [(PHOTO, "ሰላም ተስፋዬ")]),
        ("ስእሊ፡ ዳዊት ብርሃነ", [(PHOTO, "ዳዊት ብርሃነ")]),
        # the Tibetan syllable mark closing the cue before its colon (Dzongkha "photo")
        ("པར་: ཚེ་རིང་དབང་ཕྱུག", [(PHOTO, "ཚེ་རིང་དབང་ཕྱུག")]),
        # an Arabic name's "son of" begins with the letter of the attached "and", and joins no second name
        ("(تصوير: سيدي محمد ولد الشيخ)", [(PHOTO, "سيدي محمد ولد الشيخ")]),
    ],
)
def test_credit_separators_and_particles(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بقلم أحمد سالم ولد الشيخ", [(AUTHOR, "أحمد سالم ولد الشيخ")]),
        # the attached "and" before a second name still parts two people
        ("بقلم محمد علي وسارة حسن", [(AUTHOR, "محمد علي"), (AUTHOR, "سارة حسن")]),
        # a cue row of several languages ("oc ca") joins its names with each language's "and" (the Catalan "i")
        ("Per Marta Vidal i Pere Soler", [(AUTHOR, "Marta Vidal"), (AUTHOR, "Pere Soler")]),
        # the Swedish first name Per, with the Swedish "och": no Catalan cue
        ("Per Andersson och Anna Berg", [(AUTHOR, "Per Andersson"), (AUTHOR, "Anna Berg")]),
        # "our correspondent" in Nepali and Bengali: a nameless desk
        ("हाम्रो संवाददाता", []),
        ("আমাদের প্রতিনিধি", []),
    ],
)
def test_bylines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("byline", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the apostrophe's typographic forms match the phrase written with another (Uzbek ʻ, French ’, Kinyarwanda ’)
        ("Gazeta.uz xabariga koʻra, ertaga yomgʻir yogʻadi.", [(SOURCE, "Gazeta.uz")]),
        ("D’après Le Soleil, le scrutin est reporté à lundi.", [(SOURCE, "Le Soleil")]),
        ("Nk’uko IGIHE cyabitangaje, imvura izagwa ejo.", [(SOURCE, "IGIHE")]),
        # a number of one or two digits closing an outlet's name before its verb; a month's date is none
        ("The bridge was closed on Monday, Channel 4 reported.", [(SOURCE, "Channel 4")]),
        ("The board met again and on March 5 reported.", []),
        # a verb-second sentence opened by "this" / "that" in Faroese and Northern Sami, a broadcaster's name
        ("Hetta skrivar Kringvarp Føroya.", [(SOURCE, "Kringvarp Føroya")]),
        ("Dat meldt Omrop Fryslân op snein.", [(SOURCE, "Omrop Fryslân")]),
        ("Dan čállá Ávvir.", [(SOURCE, "Ávvir")]),
        # "this" opening the sentence is no name, and a person after the verb is no source
        ("Hetta skrivar Jógvan Hansen.", []),
    ],
)
def test_sources_by_shape(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to" and reporting phrases of ca, jv, km, zu, rn, wo (vocabulary rows)
        ("Segons ha publicat el diari El Punt Avui, el Govern aprovarà el pla.", [(SOURCE, "El Punt Avui")]),
        ("Miturut Harian Jogja, rega beras mundhak.", [(SOURCE, "Harian Jogja")]),
        ("Kubika iphephandaba Ilanga ukuthi imvula izona kusasa.", [(SOURCE, "Ilanga")]),
        ("Nk'uko ikinyamakuru Ubumwe kibivuga, ibiciro byazamutse.", [(SOURCE, "Ubumwe")]),
        ("Ni ko Seneweb biralee, ndox mi dina dellu.", [(SOURCE, "Seneweb")]),
        # a name in a script without capitals, one word before a descriptor of two ("news service"); a known outlet
        # of two words there is read whole
        ("හිරු පුවත් සේවය වාර්තා කරන පරිදි, නව පාලම ලබන සතියේ විවෘත කෙරේ.", [(SOURCE, "හිරු")]),
        ("අද දෙරණ පුවත් සේවය වාර්තා කළ පරිදි, මිල ඉහළ ගොස් ඇත.", [(SOURCE, "අද දෙරණ")]),
        # the Tibetan syllable mark between a known outlet and the genitive phrase after it
        ("ཀུན་གསལ་གྱི་གནས་ཚུལ་ལྟར་ ཐིམ་ཕུ་ལུ་ ཆུ་ཚད་ ཡར་སེང་ཡོདཔ་ཨིན།", [(SOURCE, "ཀུན་གསལ")]),
    ],
)
def test_sources_by_phrase(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a capitalised institution word after an agency's name makes another body's name
        ("last", "The Reuters Institute published its yearly survey in June.", []),
        ("body", "Die Thomson Reuters Foundation finanziert das Projekt seit zwei Jahren.", []),
        # the agency itself is still cited
        ("body", "The plan was first reported by Reuters on Monday.", [(AGENCY, "Reuters")]),
    ],
)
def test_agency_institutions(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected
