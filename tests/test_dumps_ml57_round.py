"""Session 35's segmenter fixes after the first score of dumps_ml57 (body F1 0.950, P 0.928, R 0.972): each names a
general shape of news pages, with a negative where the shape could overreach. The "read also" line between paragraphs
in Icelandic, Khmer (its own colon "៖"), Sinhala, Telugu (the plural) and Yoruba; a picture's "file photo" alone on
its line ("Mynd úr safni") is a credit, which under a one-link box does not end the article either; the Mongolian
opinion disclaimer and "about the author" heading over the columnist's bio; a caption's closing credit naming a
Kannada photographer with his initials written together ("… ಚಿತ್ರ: ಪ್ರಕಾಶ್ ಬಿ.ಆರ್."); a live blog's picture between
entries, its caption closed by its credit ("… astăzi. Foto: Gazeta de Iași"), leaves the next entry's clock stamp free;
a short closing sentence alone over a sports report's standings table ("Yleisöä oli paikalla 13 455." over
"Sarjataulukko").
Examples are invented, not the set's lines."""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.captions import closes_with_picture_credit
from tasks.text.features import normalize_for_match
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import labels_by_text


def _page(*lines: str) -> str:
    """Every line in a block of its own, as the set's dumps set them."""
    return "\n\n".join(lines)


def test_read_also_lines_in_five_more_languages_open_a_link() -> None:
    for text in (
        "Lesa meira: Ný brú yfir Lagarfljót tekin í notkun",
        "អានបន្ថែម៖ ផ្លូវថ្មីទៅប្រាសាទបន្ទាយស្រីបើកឲ្យប្រើប្រាស់",
        "මේවාත් කියවන්න: ගාල්ල නගරයේ නව බස් නැවතුම්පොළ",
        "ఇవి కూడా చదవండి: విజయవాడలో కొత్త ఫ్లైఓవర్ ప్రారంభం",
        "Ẹ tún ka: Ìjọba kéde ọjọ́ ìsinmi tuntun",
    ):
        assert is_related_link(normalize_for_match(text)), text
    assert not is_related_link(normalize_for_match("Lesa meira"))  # no headline after it


_IS_TEXT = (
    "Snjóflóð féll á veginn um Oddsskarð í nótt og er hann lokaður allri umferð þar til annað verður tilkynnt.",
    "Vegagerðin segir að mokstur hefjist um leið og veður leyfir, en spáð er áframhaldandi norðanátt í dag.",
    "Íbúar í Neskaupstað þurfa því að fara lengri leið um Fagradal ef þeir eiga erindi til Egilsstaða.",
)
_IS_LAST = "Lögreglan biður fólk um að fylgjast vel með færð á vegum."


def test_a_file_picture_under_a_read_also_link_does_not_end_the_article() -> None:
    page = _page("Fréttir", "Innlent", "Vegurinn um Oddsskarð lokaður", "Fréttastofa", "3. febrúar 2026 kl. 07:40",
                 *_IS_TEXT, "Lesa meira: Ný göng undir Oddsskarð á dagskrá", "Mynd úr safni", _IS_LAST,
                 "Deila", "Facebook", "Mest lesið", "Norðurljós sáust víða", "Skíðasvæðið opnað")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in (*_IS_TEXT, _IS_LAST))
    assert labels["Mynd úr safni"] != Label.BODY
    assert labels["Lesa meira: Ný göng undir Oddsskarð á dagskrá"] != Label.BODY


_MN_TEXT = (
    "Нийслэлийн нийтийн тээврийн асуудал жил бүр хурцаар яригддаг ч бодит шийдэл хараахан гараагүй байна.",
    "Автобусны чиглэлийг шинэчлэх төлөвлөгөө гурван жилийн өмнө батлагдсан боловч хэрэгжилт нь удаашралтай байгаа юм.",
    "Иргэдийн санал бодлыг сонсож, чиглэл бүрийн ачааллыг судалсны үндсэн дээр шийдвэр гаргах ёстой гэж би үзэж байна.",
    "Ийм алхам хийгээгүй цагт бид дахин нэг өвлийг түгжрэлд өнгөрүүлэх болно.",
)


def test_the_mongolian_disclaimer_and_about_the_author_box_are_cut() -> None:
    disclaimer = "Нийтлэлд илэрхийлсэн санаа бодол нь зохиогчийн хувийн байр суурь болно."
    bio = "Д.Болормаа – хотын төлөвлөлтийн судлаач. Тээврийн бодлогын төвд ажилладаг."
    page = _page("Нүүр", "Мэдээ", "Нийтлэл", "Түгжрэлийг шийдэх гурван алхам", "Д.Болормаа", "Судлаач",
                 "2025.11.12", disclaimer, *_MN_TEXT, "Зохиогчийн тухай", bio, "Хуваалцах", "Facebook",
                 "Их уншсан", "Шатахууны үнэ", "Цагаан сарын амралт")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in _MN_TEXT)
    assert labels[disclaimer] != Label.BODY
    assert labels["Зохиогчийн тухай"] != Label.BODY
    assert labels[bio] != Label.BODY
    assert is_boilerplate(normalize_for_match(disclaimer))
    assert not is_boilerplate(normalize_for_match("Зохиогчийн хувийн туршлагаас үзэхэд энэ нь зөв шийдэл юм."))


def test_a_captions_closing_credit_names_a_kannada_photographer_with_his_initials() -> None:
    credit = parse_credit_line("ದಸರಾ ಮೆರವಣಿಗೆಯಲ್ಲಿ ಸಾಗಿದ ಸ್ತಬ್ಧಚಿತ್ರಗಳು. ಚಿತ್ರ: ಪ್ರಕಾಶ್ ಬಿ.ಆರ್.")
    assert credit is not None and credit.name is not None and credit.name.startswith("ಪ್ರಕಾಶ್ ಬಿ.ಆರ್")
    assert parse_credit_line("ದಸರಾ ಮೆರವಣಿಗೆಯಲ್ಲಿ ಸಾಗಿದ ಸ್ತಬ್ಧಚಿತ್ರಗಳು. ಚಿತ್ರ: ಅರಮನೆ ಮುಂದೆ ಸೇರಿದ ಜನರು ಇಂದು.") is None


_RO_ENTRIES = (
    "Bugetul a fost aprobat cu 19 voturi pentru și 8 împotrivă. Primarul a spus că investițiile rămân prioritare.",
    "Opoziția a cerut bani în plus pentru transportul public. Amendamentul a fost respins la vot.",
    "Directorul economic prezintă structura bugetului. Aproape jumătate din bani merg spre investiții.",
)
_RO_EARLY = (
    "Ședința a început cu o întârziere de douăzeci de minute. Pe ordinea de zi sunt 28 de proiecte.",
    "Bună ziua! Începem transmisiunea live din sala de consiliu.",
)
_RO_CAPTION = "Sala de consiliu a Primăriei, astăzi. Foto: Gazeta de Vaslui"


def test_a_live_blogs_captioned_picture_between_entries_does_not_end_the_blog() -> None:
    page = _page("Acasă", "Știri", "Live", "LIVE TEXT Consiliul Local Vaslui votează bugetul pe 2026",
                 "Actualizat: 29 ianuarie 2026, 13:05 | Autor: Ioana Rusu", "13:05", _RO_ENTRIES[0], "12:40",
                 _RO_ENTRIES[1], "12:02", _RO_ENTRIES[2], _RO_CAPTION, "11:30", _RO_EARLY[0],
                 "CITEȘTE ȘI: Cât costă abonamentul la autobuz", "11:00", _RO_EARLY[1],
                 "Distribuie", "Facebook", "Comentarii", "dan_v: Aceleași promisiuni.")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in (*_RO_ENTRIES, *_RO_EARLY))
    assert labels[_RO_CAPTION] != Label.BODY


def test_a_caption_closed_by_its_credit_is_told_by_its_cue_and_colon() -> None:
    assert closes_with_picture_credit(_RO_CAPTION)
    assert closes_with_picture_credit("Feuerwehrleute am Hafen am Montag. Foto: dpa")
    assert not closes_with_picture_credit("Die Feuerwehr war mit 40 Kräften vor Ort. Die Straße bleibt gesperrt.")
    assert not closes_with_picture_credit("Fotos: Alle Bilder vom Stadtfest")  # a gallery's teaser: no caption before


_FI_TEXT = (
    "Lukko voitti keskiviikkona kotiottelunsa Kärppiä vastaan maalein 4–2. Ratkaisu syntyi kolmannessa erässä.",
    "Ottelu oli pitkään tasainen, mutta Lukko iski kolmannessa erässä kaksi maalia kahden minuutin sisällä.",
    "– Tämä oli tärkeä voitto koko joukkueelle, hyökkääjä Ville Korhonen sanoi ottelun jälkeen.",
)


def _fi_page(closing: str, foot: tuple[str, ...]) -> dict[str, Label]:
    head = ("Urheilu", "Jääkiekko", "Lukko kaatoi Kärpät kolmannessa erässä", "Anna Mäkinen", "12.11.2025 22:10")
    lines = [*head, *_FI_TEXT, closing, *foot, "Jaa", "Facebook"]
    text = "\n\n".join(lines[:8]) + "\n\n" + closing + "\n\n" + "\n".join(foot) + "\n\nJaa\nFacebook"
    return labels_by_text(text)


def test_a_closing_sentence_over_a_standings_table_stays_the_articles() -> None:
    closing = "Yleisöä oli paikalla 4 210."
    table = ("Sarjataulukko", "1. Lukko 22 ott. 44 p.", "2. Kärpät 22 ott. 41 p.", "3. Tappara 21 ott. 38 p.")
    labels = _fi_page(closing, table)
    assert all(labels[p] == Label.BODY for p in _FI_TEXT)
    assert labels[closing] == Label.BODY
    assert all(labels[r] != Label.BODY for r in table)


def test_a_short_line_over_other_furniture_is_not_taken() -> None:
    """Over a box that is no link list, byline or table (a newsletter's prompt), the short line stays out."""
    closing = "Tilaa uutiskirje tästä."
    labels = _fi_page(closing, ("Uutiskirje", "Sähköpostiosoitteesi", "Tilaa"))
    assert all(labels[p] == Label.BODY for p in _FI_TEXT)
    assert labels[closing] != Label.BODY
