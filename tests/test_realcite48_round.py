"""Session 48's study of the real pages' attributions (issue 13, helper s48-realcite). The desk credit ("Redazione
ANSA": an agency's or a paper's newsroom word, maybe its article, and a known wire, maybe the city it filed from) had
two readers with different guards, one for the line read as a credit and one for it read as a wire line; one reader
(`desk_wires.desk_and_wire`) now serves both, so the two readings can no longer part. The Korean and Japanese papers
credit a caption's picture in a bracket of its own, the picture's cue joined to its supplier by an equals sign
("[사진=뉴스1]", "(사진=연합뉴스)", "[사진 출처 = 연합뉴스]", "（写真＝共同）"): the photo credit, each supplier a
record, as the colon's bracket ("(Photo: Reuters)") always was. The lines are written for the tests, not taken from
the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.agency_credits import agency_alone
from tasks.lexicon.desk_wires import desk_and_wire
from tasks.lexicon.wire_citations import wire_line_citations
from tasks.text.segment import segment_text


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Redazione ANSA", "ANSA"),
        ("Redakcja / PAP", "PAP"),
        ("Redaktion APA/red", "APA"),  # the desk's code after the wire's slash
        ("La Redazione ANSA", "ANSA"),  # the desk word with its article
        ("Redazione ANSA ROMA", "ANSA"),  # the city the wire filed from
        ("Redacción EFE Madrid", "EFE"),
    ],
)
def test_desk_credit_is_read_alike_as_a_credit_and_as_a_wire_line(line: str, agency: str) -> None:
    credit = agency_alone(line)
    wires = wire_line_citations(line, load_gazetteer())
    assert credit is not None and credit.name == agency
    assert [c.canonical_id for c in wires] == [load_gazetteer().agency_of_name(agency, cued=True)]


@pytest.mark.parametrize("line", ["Redazione Web", "Redazione Roma", "La Redazione", "أخبار قنا"])
def test_desk_word_before_no_wire_or_in_a_caseless_script_names_no_one(line: str) -> None:
    """ "Redazione Roma" is the desk and its city; "أخبار قنا" (Qena's news) a section's heading, in a script without
    letter case, whose city an agency's acronym spells."""
    assert desk_and_wire(line, load_gazetteer()) is None
    assert agency_alone(line) is None
    assert wire_line_citations(line, load_gazetteer()) == []


_KO = (
    "서울시는 화요일 강 위의 오래된 다리를 2년 동안 보수하기 위해 폐쇄하기로 결정했다고 시장이 긴 회의 끝에 밝혔다.",
    "운전자들은 시가 지난봄 10년의 계획 끝에 개통한 북쪽의 새 다리로 우회하게 되며, 버스는 더 긴 노선을 운행한다.",
    "강변 거리의 상인들은 다리가 폐쇄된 동안 손님을 잃을까 걱정된다며 공사 기간 임대료 지원을 시에 요청했다.",
    "시는 요청을 검토해 이달 말까지 답하겠다고 밝혔으며, 그때 다리에 첫 울타리가 설치된다.",
)


def _under_a_korean_caption(credit: str) -> list[tuple[str, str | None]]:
    lines = [
        "강변일보",
        "홈",
        "지역",
        "오래된 다리 2년간 폐쇄",
        *_KO[:2],
        "화요일 다리 앞에 선 시장의 모습.",
        credit,
        *_KO[2:],
    ]
    text = "\n\n".join(lines) + "\n"
    return sorted((f.kind.value, f.name) for f in extract_attributions(segment_text(text)))


@pytest.mark.parametrize(
    ("credit", "records"),
    [
        ("[사진=MBC, SBS]", [("photo", "MBC"), ("photo", "SBS")]),  # two broadcasters' pictures
        ("[사진=KBS]", [("photo", "KBS")]),  # one acronym before the closing square bracket
        ("(사진=연합뉴스)", [("photo", "연합뉴스")]),  # a known agency: its picture, not its copy
        ("[사진 출처 = 연합뉴스]", [("photo", "연합뉴스")]),  # "photo source"
        ("[사진=게티이미지뱅크]", [("photo", "게티이미지뱅크")]),  # Getty's Korean distributor, one name
        ("（写真＝共同）", [("photo", "共同")]),  # the Japanese full-width equals sign
    ],
)
def test_a_picture_cue_joined_to_its_supplier_by_an_equals_sign_in_a_bracket_alone_credits_the_picture(
    credit: str, records: list[tuple[str, str]]
) -> None:
    assert _under_a_korean_caption(credit) == records


def test_a_credit_closed_by_a_square_bracket_after_one_acronym_names_it() -> None:
    found = credit_line_attributions("[Photo: NASA]", 1, load_gazetteer())
    assert [(f.kind.value, f.name) for f in found] == [("photo", "NASA")]
