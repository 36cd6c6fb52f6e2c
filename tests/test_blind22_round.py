"""Session 14's fixes after blind22's first score (P 0.955 / R 0.771): each names a general pattern, in the role
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
        # photo cues of Breton, Welsh, Irish, Scottish Gaelic, Northern Sami; of Punjabi, Odia, Malayalam, Kannada,
        # Gujarati, Marathi and Tigrinya, whose names have no capitals; the Khmer "source" before its own colon
        ("credit", "Luc'hskeudenn: Yann Le Goff", [(PHOTO, "Yann Le Goff")]),
        ("credit", "Llun: Gwyn Roberts", [(PHOTO, "Gwyn Roberts")]),
        ("credit", "Grianghraf: Máire Ní Bhraonáin", [(PHOTO, "Máire Ní Bhraonáin")]),
        ("credit", "Dealbh: Calum Moireasdan", [(PHOTO, "Calum Moireasdan")]),
        ("credit", "Govva: Máret Ánne Sara", [(PHOTO, "Máret Ánne Sara")]),
        ("credit", "ਤਸਵੀਰ: ਹਰਜੀਤ ਕੌਰ", [(PHOTO, "ਹਰਜੀਤ ਕੌਰ")]),
        ("credit", "ଫଟୋ: ପ୍ରଶାନ୍ତ ମହାନ୍ତି", [(PHOTO, "ପ୍ରଶାନ୍ତ ମହାନ୍ତି")]),
        ("credit", "ഫോട്ടോ: ബിനു തോമസ്", [(PHOTO, "ബിനു തോമസ്")]),
        ("credit", "ಚಿತ್ರ: ರವಿ ಕುಮಾರ್", [(PHOTO, "ರವಿ ಕುಮಾರ್")]),
        ("credit", "ስእሊ: ሰላም ገብረ", [(PHOTO, "ሰላም ገብረ")]),
        ("credit", "ប្រភព៖ Thmey Thmey", [(SOURCE, "Thmey Thmey")]),
        # the Welsh "picture" is also Monday: without its colon, in running text, no cue
        ("credit", "Bydd y cyfarfod ar ddydd Llun nesaf yn y neuadd", []),
    ],
)
def test_credit_cues(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "by" that is also a common word opens a byline before people's names: Welsh "Gan" (also "with"),
        # Tagalog "Ni"; two people joined by the cue's language's "and", even where a first name alone reads as
        # a stopword (Peter, Maria) or the "and" is another language's word (the Swahili "na", the Tagalog "at")
        ("Gan Siân Parry a Rhodri Evans", [(AUTHOR, "Siân Parry"), (AUTHOR, "Rhodri Evans")]),
        ("Ni Maria Cruz at Pedro Bautista", [(AUTHOR, "Maria Cruz"), (AUTHOR, "Pedro Bautista")]),
        ("Na Peter Otieno na Grace Wanjiru", [(AUTHOR, "Peter Otieno"), (AUTHOR, "Grace Wanjiru")]),
        # the Irish "Le" is also the French article: only before two people joined by the Irish "agus"
        ("Le Niamh Ní Mhurchú agus Pádraig Ó Sé", [(AUTHOR, "Niamh Ní Mhurchú"), (AUTHOR, "Pádraig Ó Sé")]),
        ("Le Grand Continent", []),
        # the Arabic-script comma parts the writer from the place filed from, as the comma of other scripts does
        ("رپورٹ: عمران خالد، کراچی", [(AUTHOR, "عمران خالد")]),
    ],
)
def test_bylines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("byline", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to" of Welsh, Irish, Scottish Gaelic, Breton, Galician, Cebuano, Malagasy before the outlet
        ("Yn ôl Golwg360, bydd yr ysgol yn cau ym mis Mehefin.", [(SOURCE, "Golwg360")]),
        ("Dar le Tuairisc.ie, beidh an scoil dúnta go ceann seachtaine.", [(SOURCE, "Tuairisc.ie")]),
        ("A rèir BBC Alba, thèid an drochaid fhosgladh a-rithist.", [(SOURCE, "BBC Alba")]),
        ("Hervez Le Télégramme e vo digoret ar pont en-dro.", [(SOURCE, "Le Télégramme")]),
        ("Segundo avanza Nós Diario, o concello pechará a piscina.", [(SOURCE, "Nós Diario")]),
        ("Sumala sa taho sa Bisaya Magasin, gisirado ang dalan.", [(SOURCE, "Bisaya Magasin")]),
        ("Araka ny tatitry ny Newsmada, hikatona ny lalana rahampitso.", [(SOURCE, "Newsmada")]),
        # a "said" of these languages is left out: officials say too
        ("Thuirt Comhairle na Gàidhealtachd gun deach an rathad a dhùnadh.", []),
        # Northern Sami "reports" after the outlet; Sindhi "according to the report of", its descriptor before
        ("Ávvir dieđiha ahte skuvla giddejuvvo.", [(SOURCE, "Ávvir")]),
        ("روزاني عوامي آواز جي رپورٽ موجب، شهر ۾ پاڻي بند رهندو.", [(SOURCE, "عوامي آواز")]),
        # Kinyarwanda passive "was announced by" before its agent; its subject is what was announced
        ("Aya makuru yatangajwe na Kigali Today ku wa Kabiri.", [(SOURCE, "Kigali Today")]),
        # "media" alone is generic; after a capitalised word it closes an outlet's name
        ("Volgens Netwerk Media is die brug sedert Maandag gesluit.", [(SOURCE, "Netwerk Media")]),
        ("According to media reports, the bridge closed on Monday.", []),
        # Kannada papers, named with no capitals, from the gazetteer
        ("ಸೇತುವೆ ಮುಚ್ಚಲಾಗಿದೆ ಎಂದು ಉದಯವಾಣಿ ವರದಿ ಮಾಡಿದೆ.", [(SOURCE, "ಉದಯವಾಣಿ")]),
    ],
)
def test_body_lines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue opening a bracket opens its clause: a closing line in brackets naming the outlets drawn on
        ("(Con información de AFP y El Heraldo)", [(AGENCY, "AFP"), (SOURCE, "El Heraldo")]),
        # a capitalised word mid-sentence inside brackets is still part of a name
        ("The figures (Reports of the Royal Society) were revised.", []),
    ],
)
def test_last_lines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("last", text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # Korean credits put an equals sign after the cue, alone or after a slash closing a caption
        ("credit", "/사진=뉴스1", [(PHOTO, "뉴스1")]),
        # the copyright sign parts the photographer from the outlet
        ("credit", "Фото: Ирина Смирнова © NGS.RU", [(PHOTO, "Ирина Смирнова"), (PHOTO, "NGS.RU")]),
        # Malay and Indonesian "file", "archive" after the cue name no one
        ("credit", "Foto: Arkib", [(PHOTO, None)]),
        # a caption that names itself a photo, closed by a known agency in brackets: the agency's picture; without
        # the photo word the bracket is left to the caption rules
        ("credit", "The plant, seen in a file photo (AP).", [(PHOTO, "AP")]),
        ("credit", "Protesters in Paris on Monday (AFP)", []),
    ],
)
def test_credit_shapes(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head's info bar: a date, then the source credit (the ideographic space between them)
        ("2024-03-05 10:20\u3000来源：新华网", [(SOURCE, "新华网")]),
        # a weekday of two words before the byline's date ("Chủ nhật", Sunday)
        ("Trần Minh - Chủ nhật, 12/10/2025 07:15", [(AUTHOR, "Trần Minh")]),
        # the Turkish papers' surname in capitals, vouched for by the place after it; the agency in brackets
        ("Mehmet ÖZKAN / İZMİR (DHA)", [(AUTHOR, "Mehmet ÖZKAN"), (AGENCY, "DHA")]),
        ("Son Dakika (AA)", []),
        ("Watch LIVE / TV", []),
    ],
)
def test_head_lines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("above", text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a job title of more words closes with its job word
        ("byline", "Dana Whitfield, Senior Foreign Affairs Editor", [(AUTHOR, "Dana Whitfield")]),
        ("byline", "Breaking News, Local Government Reporter", []),
        # the Arabic wire dateline joining place and agency by a hyphen; a Latin word before a hyphen is no place
        ("first", "رام الله-وفا قالت وزارة الصحة إن عدد الإصابات ارتفع.", [(AGENCY, "وفا")]),
        ("first", "Anti-EFE protesters gathered in Madrid on Monday evening.", []),
        # a known outlet written onto "according to the report of" in Thai; a department is none
        ("body", "ตามรายงานของไทยรัฐ ระดับน้ำในแม่น้ำยังคงเพิ่มสูงขึ้นต่อเนื่อง", [(SOURCE, "ไทยรัฐ")]),
        ("body", "ตามรายงานของกรมอุตุนิยมวิทยา ระดับน้ำในแม่น้ำยังคงเพิ่มสูงขึ้นต่อเนื่อง", []),
        # Hausa "as … reported", the outlet's descriptor before it; an official is none
        ("body", "Kamar yadda jaridar Daily Trust ta ruwaito, za a bude makarantun.", [(SOURCE, "Daily Trust")]),
        ("body", "Kamar yadda Gwamna Abba Yusuf ya ruwaito, za a bude makarantun.", []),
        # a Lithuanian town's genitive before "municipality's representative" qualifies an official, no source
        ("body", "Pasak Kauno savivaldybės atstovo, eismas bus ribojamas iki sekmadienio.", []),
        ("body", "Pasak LRT, eismas bus ribojamas iki sekmadienio.", [(SOURCE, "LRT")]),
    ],
)
def test_line_shapes(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected
