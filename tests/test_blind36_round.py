"""Session 21's fixes after blind36's first score (P 0.984 / R 0.902): each names a general pattern, in the role
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
        # the tabloid and Southern African papers' short picture cue, closing a caption or alone
        ("credit", "Fishermen haul nets at Elmina. PIC: KOFI ASANTE", [(PHOTO, "KOFI ASANTE")]),
        ("credit", "Pic: Kofi Asante", [(PHOTO, "Kofi Asante")]),
        # the Tigrinya "writer" (feminine) before the Ethiopic word space typed for a colon
        ("byline", "ጸሓፊት፡ ሉላ ተስፋይ", [(AUTHOR, "ሉላ ተስፋይ")]),
        # the Sesotho "by", a common word elsewhere: only before a person's name
        ("byline", "Ka Thabo Mofokeng", [(AUTHOR, "Thabo Mofokeng")]),
        ("byline", "Ka Mantaha", []),
        # a person cue vouches for a first name some language's stoplist holds (Occitan and Finnish "Joan")
        ("byline", "Per Joan Bonet", [(AUTHOR, "Joan Bonet")]),
        ("above", "Per Joan Bonet", [(AUTHOR, "Joan Bonet")]),
        # the Canadian Press's code in its datelines, English and French; in running text "PC" is a party
        ("first", "HALIFAX (CP) — Ferry service resumed on Monday.", [(AGENCY, "CP")]),
        ("first", "QUÉBEC (PC) — Le gouvernement a déposé son budget mardi.", [(AGENCY, "PC")]),
        ("body", "The PC leader said the budget was late.", []),
        # the article elided onto an agency's name in a sign-off; "avec l'équipe" names no agency
        ("last", "Avec l'APS", [(AGENCY, "APS")]),
        ("last", "Le port a rouvert mardi. (Avec l'ATS)", [(AGENCY, "ATS")]),
        ("last", "Avec l'équipe", []),
    ],
)
def test_cues(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # one brand word after the copyright sign closing a caption, as after a cue's colon; a generic word none
        ("credit", "Une pirogue sur le fleuve, à Mopti. © Maliweb", [(PHOTO, "Maliweb")]),
        ("credit", "Une pirogue sur le fleuve, à Mopti. © Privat", []),
        # one brand word after the photographer's bar, an official body's too, as "Foto: Presidencia" alone
        ("credit", "Foto: Lucía Méndez / Presidencia", [(PHOTO, "Lucía Méndez"), (PHOTO, "Presidencia")]),
        # a Chinese credit's job title before the name and its "photographed" after it, as in brackets
        ("credit", "圖：記者王小明攝", [(PHOTO, "王小明")]),
        ("byline", "文：記者陳美玲", [(AUTHOR, "陳美玲")]),
        ("credit", "圖：中央社", [(PHOTO, "中央社")]),
    ],
)
def test_credited_names(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the French "Infos" in an outlet's name: its title-case words are no person's
        ("body", "Selon Tahiti Infos, le port restera fermé jeudi.", [(SOURCE, "Tahiti Infos")]),
        # the Ukrainian neuter past after a neuter outlet; a ministry so cited is no source
        ("body", "Про це повідомило «Радіо Свобода».", [(SOURCE, "Радіо Свобода")]),
        ("body", "Про це повідомило міністерство.", []),
        # the Bulgarian passive "reported by", "confirmed by" (the latter an outlet only by its marks)
        ("body", "Новината беше съобщена от БНТ.", [(SOURCE, "БНТ")]),
        ("body", "Новината беше съобщена от МВР.", []),
        ("body", "Информацията беше потвърдена от „Дневник“.", [(SOURCE, "Дневник")]),
        ("body", "Информацията беше потвърдена от министъра.", []),
        # the Kurmanji verb-final "announced" after a known outlet only; a ministry announces too
        ("body", "Rûdaw ragihand ku rê hatiye vekirin.", [(SOURCE, "Rûdaw")]),
        ("body", "Wezareta Navxwe ragihand ku rê hatiye vekirin.", []),
        # the Hebrew subject-first "reported", a channel's number closing its name; the police report no source
        ("body", "חדשות 13 דיווחו הבוקר כי הכביש ייסגר.", [(SOURCE, "חדשות 13")]),
        ("body", "המשטרה דיווחה הבוקר כי הכביש ייסגר.", []),
        # the Javanese "as reported" built on kabar and warta
        ("body", "Kaya sing diwartakake Solopos, dalan tol ditutup.", [(SOURCE, "Solopos")]),
        ("body", "Kaya sing dikabarake Kompas.com, dalan tol ditutup.", [(SOURCE, "Kompas.com")]),
        # the Romansh verb before its subject after a fronted word; an official so cited is none
        ("body", "Quai ha communitgà RTR.", [(SOURCE, "RTR")]),
        ("body", "Quai ha communitgà il minister.", []),
    ],
)
def test_reporting_phrases(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected
