"""Urdu ends its sentences with the Arabic full stop (U+06D4, "۔") and parts them with the Arabic comma (U+060C):
read as sentence punctuation, an Urdu article is prose (before session 13 an Urdu page had no main text at all)."""

from __future__ import annotations

from schemas import Label
from tasks.text.features import ends_sentence
from tasks.text.segment import segment_text

_URDU_PAGE = """ہوم

پاکستان

لاہور میں بارش کے بعد سڑکیں زیر آب

لاہور میں گزشتہ رات ہونے والی شدید بارش کے بعد شہر کی کئی اہم سڑکیں زیر آب آ گئیں اور لوگ پریشان رہے۔

محکمہ موسمیات کے مطابق آئندہ دو روز کے دوران بھی شہر میں مزید بارش کا امکان ہے، انتظامیہ نے احتیاط کی ہدایت کی ہے۔

واسا کے ترجمان نے بتایا کہ نکاسی آب کا کام جاری ہے اور زیادہ تر علاقوں سے پانی نکال دیا گیا ہے۔
"""


def test_the_arabic_full_stop_ends_a_sentence() -> None:
    assert ends_sentence("شہریوں نے شکایت کی کہ ہر سال یہی صورتحال پیدا ہوتی ہے۔")
    assert not ends_sentence("لاہور میں بارش کے بعد سڑکیں زیر آب")  # a headline


def test_an_urdu_article_is_found_as_prose() -> None:
    labels = [ll.verdict.label for ll in segment_text(_URDU_PAGE).lines]
    assert labels[-3:] == [Label.BODY, Label.BODY, Label.BODY]
    assert Label.TITLE in labels
