"""Session 49's fixes after blind92's first score (P 0.995 / R 0.979): each names a general pattern, in the role the
line has on a page, with a near miss that must stay as it was. The lines are written for the tests, not taken from a
set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import SOURCE, role_records

Records = list[tuple[AttributionKind, str | None]]


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # "according to what … reported": the verb agrees with a masculine descriptor (موقع, تلفزيون) as with a
        # feminine one (صحيفة: أوردته, read before)
        ("body", "وبحسب ما نقله موقع هسبريس، فإن الحكومة قررت تمديد العطلة المدرسية.", [(SOURCE, "هسبريس")]),
        ("body", "حسب ما ذكره موقع Le360، فإن الأسعار ارتفعت في الأسواق هذا الأسبوع.", [(SOURCE, "Le360")]),
        ("body", "وحسب ما أورده تلفزيون الشروق، فإن الطريق أغلق بسبب الثلوج.", [(SOURCE, "الشروق")]),
        # an official after the same words is cited, no source; the feminine form reads as before
        ("body", "وحسب ما ذكره وزير الداخلية، فإن الطريق أغلق بسبب الثلوج.", []),
        ("body", "وبحسب ما أوردته صحيفة المساء، فإن الطريق أغلق بسبب الثلوج.", [(SOURCE, "المساء")]),
    ],
)
def test_arabic_according_to_what_a_masculine_outlet_reported(role: str, text: str, expected: Records) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a known name of two words or more, "this" pointing back to it, then its descriptor with the postposition
        # written onto it: the whole name, whatever phrase follows
        ("body", "झी 24 तास या वृत्तवाहिनीने दिलेल्या माहितीनुसार, पुण्यात पाऊस झाला.", [(SOURCE, "झी 24 तास")]),
        ("body", "साम टीव्ही या वृत्तवाहिनीने दिलेल्या वृत्तानुसार, पुण्यात पाऊस झाला.", [(SOURCE, "साम टीव्ही")]),
        ("body", "लोकमत या वृत्तपत्राच्या माहितीनुसार, पुण्यात पाऊस झाला.", [(SOURCE, "लोकमत")]),
        # "this channel reported" with no name, and an official before "this", name no one
        ("body", "या वृत्तवाहिनीने दिलेल्या माहितीनुसार, पुण्यात पाऊस झाला.", []),
        ("body", "पोलीस या वृत्तवाहिनीने दिलेल्या माहितीनुसार, पुण्यात पाऊस झाला.", []),
    ],
)
def test_a_known_indic_name_before_this_and_its_descriptor(role: str, text: str, expected: Records) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the Amharic "as X reported", "as per X's report", "X has reported" after a name the gazetteer knows
        ("body", "ፋና ብሮድካስቲንግ ኮርፖሬት እንደዘገበው፣ በከተማዋ አዲስ ሆስፒታል ተከፍቷል።", [(SOURCE, "ፋና ብሮድካስቲንግ ኮርፖሬት")]),
        ("body", "እንደ አዲስ ስታንዳርድ ዘገባ፣ በከተማዋ አዲስ ሆስፒታል ተከፍቷል።", [(SOURCE, "አዲስ ስታንዳርድ")]),
        ("body", "በከተማዋ አዲስ ሆስፒታል ተከፍቷል ሲል ዶቼ ቬለ ዘግቧል።", [(SOURCE, "ዶቼ ቬለ")]),
        ("body", "የአሜሪካ ድምፅ እንደዘገበችው፣ በከተማዋ አዲስ ሆስፒታል ተከፍቷል።", [(SOURCE, "የአሜሪካ ድምፅ")]),
        # a person, a ministry or "the journalist" before the same verb is no source: the script has no capitals
        ("body", "አበበ በቀለ እንደዘገበው፣ በከተማዋ አዲስ ሆስፒታል ተከፍቷል።", []),
        ("body", "ጋዜጠኛው እንደዘገበው፣ በከተማዋ አዲስ ሆስፒታል ተከፍቷል።", []),
    ],
)
def test_amharic_as_reported_after_a_known_outlet(role: str, text: str, expected: Records) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the BBC alone in Ethiopic script, and the longest known name after a cue though its first word is one too
        ("body", "በከተማዋ አዲስ ሆስፒታል ተከፍቷል ሲል ቢቢሲ ዘግቧል።", [(SOURCE, "ቢቢሲ")]),
        ("body", "ብመሰረት ጸብጻብ ቢቢሲ ትግርኛ፡ ኣብ ከተማ ሓድሽ ሆስፒታል ተኸፊቱ።", [(SOURCE, "ቢቢሲ ትግርኛ")]),
    ],
)
def test_a_known_name_and_its_longer_form_after_a_cue(role: str, text: str, expected: Records) -> None:
    assert role_records(role, text) == expected
