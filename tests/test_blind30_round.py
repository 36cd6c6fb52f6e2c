"""Session 18's fixes after blind30's first score (P 0.990 / R 0.922): each names a general pattern, in the role
the line has on a page (credit, byline, above, body, first, last), with a negative where the pattern could overreach.
The lines are written for the tests, not taken from the set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # byline cues of languages no batch had covered: the Mongolian "reporter", the Persian "report by", "by the pen
        # of", the Zulu and Xhosa "writer"
        ("byline", "Сурвалжлагч: Дорж Батбаяр", [(AUTHOR, "Дорж Батбаяр")]),
        ("byline", "گزارش از: رضا کریمی", [(AUTHOR, "رضا کریمی")]),
        ("byline", "به قلم رضا کریمی", [(AUTHOR, "رضا کریمی")]),
        ("byline", "Umbhali: Sipho Ndlovu", [(AUTHOR, "Sipho Ndlovu")]),
        # the Zulu and Xhosa "written by": the copulative ngu- written onto the name's capital, or with a hyphen
        ("byline", "Ibhalwe nguNomsa Zulu", [(AUTHOR, "Nomsa Zulu")]),
        ("byline", "Ibhalwe ngu-Nomsa Zulu", [(AUTHOR, "Nomsa Zulu")]),
        # ... but the prefix before a lower-case word is a sentence ("written by our reporter"), no name
        ("byline", "Ibhalwe ngumbhali wethu", []),
    ],
)
def test_byline_cues(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the initial written onto the name, one word: the Mongolian patronymic's, the Russian regional papers'
        ("byline", "Сурвалжлагч Ц.Оюунчимэг", [(AUTHOR, "Ц.Оюунчимэг")]),
        ("byline", "Автор: П.Сидоров", [(AUTHOR, "П.Сидоров")]),
        ("credit", "Фото: Г.Нарангэрэл", [(PHOTO, "Г.Нарангэрэл")]),
        # an abbreviation with its dots, or a word in capitals after the initial, is no one's name
        ("byline", "Автор: т.е.", []),
        ("byline", "Автор: США.", []),
    ],
)
def test_glued_initials(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Nordic credit box: text and pictures credited without colons, listed with a comma
        ("Teksti Laura Virtanen, kuvat Jussi Nieminen", [(AUTHOR, "Laura Virtanen"), (PHOTO, "Jussi Nieminen")]),
        ("Text Maja Lindberg, foto Oskar Holm", [(AUTHOR, "Maja Lindberg"), (PHOTO, "Oskar Holm")]),
        # a picture cue before a job title is the writer's role, no second credit
        ("By Laura Green, Photo Editor", [(AUTHOR, "Laura Green")]),
        # after a cue with its colon, a second cue needs one too
        ("Foto: Jussi Nieminen, video Helsinki", [(PHOTO, "Jussi Nieminen")]),
    ],
)
def test_second_colonless_credit(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("byline", text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a caption closed by a bar and its photographer, no cue (Spanish regional papers); in capitals too
        ("credit", "El alcalde, durante la inauguración del puente. | Lucía Fernández", [(PHOTO, "Lucía Fernández")]),
        ("credit", "El alcalde, durante la inauguración del puente. | LUCÍA FERNÁNDEZ", [(PHOTO, "LUCÍA FERNÁNDEZ")]),
        # no function word in the name: the site's name after a headline's bar is no photographer (letting a given name
        # some stoplist holds through, "Marta", cost the real fourth check half a record of precision; withdrawn)
        ("credit", "Council approves the new bridge budget. | The Daily Star", []),
        # a known agency there is the agency's record
        ("credit", "El alcalde, durante la inauguración del puente. | EFE", [(AGENCY, "EFE")]),
        # a link's words after the bar are no one
        ("credit", "El alcalde, durante la inauguración del puente. | Más Información", []),
        # a photo cue without its colon opening the line, then the picture agency and its photographer
        ("credit", "Foto Ti-Press/Carlo Reguzzi", [(PHOTO, "Ti-Press"), (PHOTO, "Carlo Reguzzi")]),
        # ... not a menu's link ("Foto Gallery/…"): an unknown supplier needs a brand's capitals
        ("credit", "Foto Gallery/Summer Nights", []),
        # the Chinese caption's closing bracket opened by the picture cue and its slash, the reporter's title
        ("credit", "市長昨天視察新建的橋樑。（圖／記者張志明攝）", [(PHOTO, "張志明")]),
        ("credit", "（图/记者刘洋摄）", [(PHOTO, "刘洋")]),
        # "Correio" opens many Portuguese papers' names: the outlet after the photographer's slash
        ("credit", "Foto: Ana Lima / Correio do Estado", [(PHOTO, "Ana Lima"), (PHOTO, "Correio do Estado")]),
    ],
)
def test_caption_credits(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the Czech and Slovak sign-off, the writer's code and the agency, written without its brackets
        ("last", "mrk, ČTK", [(AUTHOR, "mrk"), (AGENCY, "ČTK")]),
        ("last", "ČTK, mrk", [(AGENCY, "ČTK"), (AUTHOR, "mrk")]),
        ("last", "jop, TASR", [(AUTHOR, "jop"), (AGENCY, "TASR")]),
        # two short words and no agency are no sign-off
        ("last", "Ano, ne", []),
        # Mozambique's agency by its initials, in a sign-off and a dateline
        ("last", "(AIM)", [(AGENCY, "AIM")]),
        ("first", "BEIRA, 12 Abr (AIM) - O Conselho Municipal anunciou novas obras.", [(AGENCY, "AIM")]),
        # the same capitals in running English are no agency
        ("body", "The AIM of the new programme is to reach every district.", []),
    ],
)
def test_sign_offs_and_agencies(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Estonian "wrote" after the outlet, as before it
        ("Õhtuleht kirjutas, et Pärnu sadam laieneb.", [(SOURCE, "Õhtuleht")]),
        # a person who wrote is no source
        ("Mart Kask kirjutas, et Pärnu sadam laieneb.", []),
        # the kind's adjective after an Arabic outlet's name closes it, as the country's adjective does
        ("وقالت شبكة شمس الإعلامية إن الجسر سيفتح غدا.", [(SOURCE, "شمس")]),
        ("وذكر موقع النهار الإلكتروني أن الجسر سيفتح غدا.", [(SOURCE, "النهار")]),
        # a channel named by the adjective alone keeps it
        ("ونقلت قناة الإخبارية عن مصدر أن الجسر سيفتح غدا.", [(SOURCE, "الإخبارية")]),
    ],
)
def test_sources(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected
