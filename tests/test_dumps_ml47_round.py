"""Session 30's fixes after the first score of dumps_ml47 (body F1 0.963, P 0.960, R 0.966): each names a general shape
of news pages, with a negative where the shape could overreach. Armenian sites type the colon for their full stop
("… ասել է նա:"): it ends a sentence, it introduces nothing; a short closing sentence over a bare name over the date (a
byline without a cue at the article's foot) closes the text; the "read also" line between paragraphs in Marathi, Urdu
and Hausa (and the other Indian languages and Swahili) is a link, not a subheading; the wire's copyright sign in the
bracket signing off the last paragraph ("… sier ordføreren. (©NTB)") makes it neither a picture's credit nor the site's
notice; a caption's sentence over an agency's bare name in the head is the article's picture; the author's bio opening
with the byline's name and a comma, the text's last line, is the bio box. Examples are invented, not the set's
lines."""

from __future__ import annotations

from schemas import Label
from tasks.text.features import ends_sentence, line_features
from tasks.text.lines import split_lines
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text

_HY_MENU = "\n".join(["Գլխավոր", "Քաղաքականություն", "Հասարակություն", "Սպորտ"])
_HY = (
    "ԳՅՈՒՄՐԻ, 12 ՀՈՒՆԻՍԻ, ԱՐՄԵՆՊՐԵՍ: Շիրակի մարզկենտրոնում մինչև տարեվերջ կբացվի նոր մանկապարտեզ, որը կընդունի մոտ "
    "120 երեխա: Այս մասին լրագրողներին հայտնել է քաղաքապետարանի ներկայացուցիչը:",
    "Նրա խոսքով՝ շենքի վերանորոգման աշխատանքները գրեթե ավարտված են:",
    "«Մենք ուզում ենք, որ թաղամասի բոլոր երեխաները տեղ ունենան մանկապարտեզում», - ասել է նա:",
    "Ծախսերը ամբողջությամբ կհոգա համայնքի բյուջեն:",
)
_HY_FOOT = ("Արամ Պետրոսյան", "12.06.2025, 11:40")


def test_armenian_paragraphs_closed_by_the_colon_they_type_for_the_full_stop_are_text() -> None:
    text = "\n\n".join(
        [_HY_MENU, "Գյումրիում կբացվի նոր մանկապարտեզ", *_HY, "\n".join(_HY_FOOT), "Պիտակներ\nԳյումրի\nկրթություն"]
    )
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in _HY)
    assert all(labels[line] != Label.BODY for line in _HY_FOOT)


def test_the_colon_after_an_armenian_letter_ends_a_sentence_and_introduces_nothing() -> None:
    assert ends_sentence(_HY[1])
    assert not ends_sentence("Die wichtigsten Änderungen:")
    armenian, german = line_features(split_lines(f"{_HY[1]}\n\nDie wichtigsten Änderungen:"))
    assert not armenian.ends_colon
    assert german.ends_colon and not german.ends_sentence


def test_a_line_without_a_sentence_over_a_bare_name_over_the_date_stays_out_of_the_text() -> None:
    heading = "Պիտակներ և այլ նյութեր"
    text = "\n\n".join([_HY_MENU, "Գյումրիում կբացվի նոր մանկապարտեզ", *_HY[:3], heading, "\n".join(_HY_FOOT)])
    assert labels_by_text(text)[heading] != Label.BODY


_MR = (
    "पुणे महानगरपालिकेने शहरातील रस्त्यांच्या दुरुस्तीचे काम सोमवारपासून सुरू केले असून ते तीन महिने चालणार आहे.",
    "या कामासाठी काही रस्ते टप्प्याटप्प्याने वाहतुकीसाठी बंद ठेवण्यात येतील, असे अधिकाऱ्यांनी पत्रकारांना सांगितले.",
    "स्थानिक नागरिकांनी या निर्णयाचे स्वागत केले, मात्र रस्ते बंद करण्यापूर्वी माहिती द्यावी अशी मागणी केली.",
    "महापालिकेने दुकानदारांच्या नुकसानीसाठी स्वतंत्र निधी राखून ठेवल्याचे आयुक्तांनी स्पष्ट केले आहे.",
)
_UR = (
    "کراچی میں شہری حکومت نے پیر سے شہر کی بڑی سڑکوں کی مرمت کا کام شروع کر دیا ہے جو تین ماہ تک جاری رہے گا۔",
    "حکام کے مطابق کام کے دوران کچھ سڑکیں مرحلہ وار ٹریفک کے لیے بند رکھی جائیں گی اور متبادل راستے بتائے جائیں گے۔",
    "مقامی شہریوں نے اس فیصلے کا خیر مقدم کیا تاہم مطالبہ کیا کہ کسی بھی سڑک کی بندش سے پہلے اطلاع دی جائے۔",
    "میئر نے کہا کہ دکانداروں کے نقصان کی تلافی کے لیے الگ فنڈ رکھا گیا ہے اور درخواستیں اگلے ماہ لی جائیں گی۔",
)
_HA = (
    "Gwamnatin jihar Kano ta fara gyaran manyan hanyoyin cikin birni a ranar Litinin, kamar yadda kwamishinan ayyuka "
    "ya sanar.",
    "Ya ce aikin zai dauki watanni uku kuma za a rufe wasu hanyoyi na dan lokaci domin ba da damar gyaran su.",
    "Mazauna unguwannin da abin ya shafa sun yaba da matakin, amma sun nemi a rika sanar da su kafin a rufe hanya.",
    "Kwamishinan ya kara da cewa gwamnati ta ware kudi domin biyan diyya ga masu shagunan da aikin zai shafa.",
)


def test_the_read_also_line_between_paragraphs_in_marathi_urdu_and_hausa_is_a_link() -> None:
    cases = (
        (_MR, "हेही वाचा : पावसाळ्यापूर्वी नालेसफाईचे काम पूर्ण करण्याचे आदेश", "मुख्य पान\nपुणे\nमहाराष्ट्र\nक्रीडा"),
        (_UR, "یہ بھی پڑھیں: بارشوں سے پہلے نالوں کی صفائی مکمل کرنے کا حکم", "صفحہ اول\nپاکستان\nکھیل\nکاروبار"),
        (_HA, "Karanta kuma: Yadda ruwan sama ya lalata gadoji a jihar Jigawa", "Gida\nLabarai\nWasanni\nSiyasa"),
    )
    for paragraphs, link, menu in cases:
        text = "\n\n".join([menu, "Roads", *paragraphs[:2], link, *paragraphs[2:], "Facebook\nX\nWhatsApp"])
        labels = labels_by_text(text)
        assert labels[link] != Label.BODY, link
        assert all(labels[p] == Label.BODY for p in paragraphs), link


def test_the_read_also_heading_of_the_other_indian_languages_and_swahili_opens_a_link() -> None:
    for heading in ("આ પણ વાંચો", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "இதையும் படிக்க", "ఇది కూడా చదవండి", "ಇದನ್ನೂ ಓದಿ", "ഇതും വായിക്കുക", "soma pia"):
        assert is_related_link(f"{heading}: headline of another story"), heading
    assert not is_related_link("soma: headline of another story")


_NB = (
    "Kommunestyret i Førde vedtok tirsdag å bygge en ny barnehage nær sentrum, etter en lang debatt om plasseringen.",
    "Byggingen skal starte til våren, og barnehagen skal etter planen stå ferdig høsten 2026, opplyser kommunen.",
    "Foreldre i området har lenge etterlyst flere plasser, og ventelistene har vokst de siste tre årene.",
    "Rådmannen mener prosjektet kan gjennomføres innenfor budsjettet dersom renten ikke stiger mer i år.",
)


def test_a_last_paragraph_signed_off_by_the_wires_copyright_sign_is_text() -> None:
    closing = "– Vi er glade for at saken endelig er avgjort, sier ordfører Kari Vik. (©NTB)"
    footer = "© 2025 Firda Avis"
    text = "\n\n".join(["Forsiden\nNyheter\nSport", "Ny barnehage i Førde", *_NB, closing, "Emner\nFørde", footer])
    labels = labels_by_text(text)
    assert labels[closing] == Label.BODY
    assert all(labels[p] == Label.BODY for p in _NB)
    assert labels[footer] != Label.BODY


def test_a_copyright_notice_in_a_bracket_after_a_notice_stays_furniture() -> None:
    notice = "Alle rettigheter reservert. (© Firda Avis)"
    text = "\n\n".join(["Forsiden\nNyheter\nSport", "Ny barnehage i Førde", *_NB, "Emner\nFørde", notice])
    assert labels_by_text(text)[notice] != Label.BODY


def test_a_short_caption_over_its_credit_in_its_block_inside_an_article_stays_a_caption() -> None:
    # (a live blog's entry of one sentence over its picture's credit is labelled text in dumps_ml47, the caption in
    # dumps_ml31: left to the caption rule)
    caption = "Snow ploughs at the depot in Eastham."
    text = "\n\n".join(
        [MENU, "Storm closes roads", *EN_PARAGRAPHS[:3], f"{caption}\nPhoto: Eastham Courier", *EN_PARAGRAPHS[3:6]]
    )
    assert labels_by_text(text)[caption] != Label.BODY


_KO = (
    "(부산=연합뉴스) 부산시가 이달부터 해운대와 광안리 해변에서 야간 산책로를 운영한다고 2일 밝혔다.",
    "산책로는 매일 오후 7시부터 11시까지 열리며, 조명과 안내판이 새로 설치됐다.",
    "시는 안전요원을 배치하고 쓰레기 수거도 강화할 계획이라고 설명했다.",
    "시민들은 여름철 더위를 피해 밤에 바다를 즐길 수 있게 됐다며 반기고 있다.",
)
_KO_HEAD = [
    "뉴스\n사회\n경제\n스포츠", "부산 해변에 야간 산책로 생긴다", "이지은 기자 jelee@example.kr\n입력 2025.07.02 09:10"
]  # fmt: skip


def test_a_captions_sentence_over_an_agencys_bare_name_in_the_head_is_the_articles_picture() -> None:
    caption = "부산 해운대구 해운대 해수욕장에서 시민들이 밤바다를 보며 산책하고 있다."
    labels = labels_by_text("\n\n".join([*_KO_HEAD, f"{caption}\n연합뉴스", *_KO, "공유\n페이스북"]))
    assert labels[caption] != Label.BODY
    assert all(labels[p] == Label.BODY for p in _KO)


def test_a_last_paragraph_over_an_agencys_bare_name_deep_in_the_text_stays_text() -> None:
    labels = labels_by_text("\n\n".join([*_KO_HEAD, *_KO[:3], f"{_KO[3]}\n연합뉴스", "공유\n페이스북"]))
    assert all(labels[p] == Label.BODY for p in _KO)


def test_the_authors_bio_opening_with_the_bylines_name_and_a_comma_is_the_bio_box() -> None:
    bio = "Lena Marsh, a retired teacher, lives in Eastham. She writes about rural schools and bus lines."
    text = "\n\n".join([MENU, "Council backs new bus lines", "By Lena Marsh", *EN_PARAGRAPHS[:6], bio, MOST_READ])
    labels = labels_by_text(text)
    assert labels[bio] != Label.BODY
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:6])


def test_a_paragraph_opening_with_another_name_and_a_comma_stays_text() -> None:
    paragraph = "Tom Reed, the council's treasurer, said the first savings would show in the accounts next spring."
    text = "\n\n".join([MENU, "Council backs new bus lines", "By Lena Marsh", *EN_PARAGRAPHS[:6], paragraph, MOST_READ])
    assert labels_by_text(text)[paragraph] == Label.BODY


def test_a_paragraph_opening_with_the_authors_name_and_a_comma_above_the_last_stays_text() -> None:
    paragraph = "Lena Marsh, who has covered the council for ten years, asked the mayor when the buses would return."
    text = "\n\n".join([MENU, "Council backs new bus lines", "By Lena Marsh", *EN_PARAGRAPHS[:5], paragraph,
                       *EN_PARAGRAPHS[5:7], MOST_READ])  # fmt: skip
    assert labels_by_text(text)[paragraph] == Label.BODY
