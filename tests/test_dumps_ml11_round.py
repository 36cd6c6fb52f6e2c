"""Session 12's fixes after the first score of dumps_ml11's page attributions (0.701 found / 0.939 precision): each
names a general shape of news pages (sign-offs and the block of lines signing the article, captions closed by their
credit, bylines that open with the place or close with the outlet, the outlet spoken to in Portuguese), with a
negative where the shape could overreach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.date_lines import is_date_line
from tasks.credits.name_lines import looks_like_name_line, name_before_role
from tasks.credits.signed_lines import caption_agencies, chrome_byline
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.wire_citations import dateline_citations
from tasks.text.features import ends_sentence
from tasks.text.inline import _is_labelled_date
from tasks.text.segment import segment_text


def _cited(text: str, first: bool = False, last: bool = True) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in in_body_citations(text, 1, load_gazetteer(), first=first, last=last)]


def _credit(text: str) -> tuple[str, str | None] | None:
    credit = parse_credit_line(text)
    return None if credit is None else (str(credit.kind), credit.name)


def test_a_sign_off_of_an_agency_code_in_lower_case_ends_the_sentence() -> None:
    # Keystone-SDA signs "(sda/…)": the lower-case code of a known agency, read as the sign-off it is
    assert ends_sentence("Die Vorlage geht nun zurück an die grosse Kammer. (sda/lsc)")
    signed = _cited("Die Vorlage geht nun zurück an die grosse Kammer. (sda/lsc)")
    assert signed == [("agency", "sda"), ("author", "lsc")]
    # codes without an agency among them are no sign-off
    assert not ends_sentence("Die Vorlage geht nun zurück an die grosse Kammer (kw/lsc)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a script without capitals: two or three words of letters after a caption's photo cue are the name
        ("চারুকলায় বসন্তবরণ অনুষ্ঠান। ছবি: সাজ্জাদ হোসেন", ("photo", "সাজ্জাদ হোসেন")),
        ("ขบวนรถบุปผชาติ ภาพ: ธนกร แก้วมณี", ("photo", "ธนกร แก้วมณี")),
        ("ข่าวโดย ณัฐพล ศรีสุข", ("author", "ณัฐพล ศรีสุข")),  # Thai "news by" (vowel signs are letters)
        ("Residents of Virac prepare sandbags on Wednesday. Photo by Jun Santiago", ("photo", "Jun Santiago")),
        ("서울의 한 대형마트. [사진=뉴스1]", ("photo", None)),  # Korean "[photo=Agency]": named by the records below
        ("Theo TTXVN", ("source", "TTXVN")),  # a cue without its colon before a known agency alone
        ("Πλημμυρισμένος δρόμος στη Χαλκίδα. EUROKINISSI", ("agency", "EUROKINISSI")),
    ],
)
def test_caption_and_credit_shapes(text: str, expected: tuple[str, str | None]) -> None:
    assert _credit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Manifestantes en la plaza. Foto de la marcha",  # lower case after the linking word: no name
        "The mayor spoke. [Photo: file]",
        "Theo đó, Bộ Y tế cho biết",  # "accordingly": the cue word opening a sentence
        "Tabelle 3. Liga",  # an ordinal's dot, no sentence's end before the name
        "他在北京拍摄",  # the verb's last character is no photo cue written apart
    ],
)
def test_shapes_that_credit_no_one(text: str) -> None:
    assert parse_credit_line(text) is None


def test_a_caption_closed_by_a_credit_naming_no_one_is_a_nameless_credit() -> None:
    # "collected": a credit that names no one; since session 14 such a credit is a record with no name, and since
    # session 15 (dumps_ml17) at a caption's end too, as on a line of its own ("… Foto: Arquivo")
    credit = parse_credit_line("চারুকলায় বসন্তবরণ অনুষ্ঠান। ছবি: সংগৃহীত")
    assert credit is not None and credit.name is None


def test_the_records_of_bracketed_and_chinese_caption_credits() -> None:
    from tasks.credits.credit_records import credit_line_attributions

    gazetteer = load_gazetteer()
    korean = credit_line_attributions("서울의 한 대형마트. [사진=뉴스1]", 1, gazetteer)
    assert [(str(f.kind), f.name) for f in korean] == [("photo", "뉴스1")]
    chinese = credit_line_attributions("长江边的湿地公园。新华社记者 李刚 摄", 1, gazetteer)
    assert ("photo", "李刚") in [(str(f.kind), f.name) for f in chinese]


def test_a_caption_closed_by_a_bracketed_agency() -> None:
    gazetteer = load_gazetteer()
    found = caption_agencies("منظر عام لمدينة الرياض. (أ ف ب)", 1, gazetteer)
    assert [(str(f.kind), f.name) for f in found] == [("agency", "أ ف ب")]
    # a photographer with the agencies is a photo credit, not a sign-off; a gallery's "(Ansa)" alone is left to the
    # credit-line rules
    assert caption_agencies("Obama tours the plant. (Jim Watson/AFP/Getty Images)", 1, gazetteer) == []
    assert caption_agencies("(Ansa)", 1, gazetteer) == []


def test_the_outlet_spoken_to_in_portuguese() -> None:
    text = "O presidente, Henrique Amaral, disse à Lusa que a contratação é uma solução transitória."
    assert _cited(text, last=False) == [("agency", "Lusa")]
    assert _cited("O presidente, Henrique Amaral, disse à Maria que a contratação é transitória.", last=False) == []


def test_agency_abbreviations_that_only_sign() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.agency_of_name("PA", cued=True) == "pa_media"
    assert gazetteer.find("Officials of the PA said on Monday that talks would resume.") == []  # the authority
    found = dateline_citations("BUENOS AIRES, 23 mar (NA). Racing Club derrotó este domingo 3-1 a Huracán.", gazetteer)
    assert [(str(c.kind), c.name) for c in found] == [("agency", "NA")]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("नई दिल्ली | राजेश कुमार", "राजेश कुमार"),
        ("الرياض - محمد العتيبي", "محمد العتيبي"),
        ("BERLIN | Anna Schmidt", "Anna Schmidt"),
    ],
)  # fmt: skip
def test_a_byline_opening_with_the_place_filed_from(line: str, name: str) -> None:
    head, has_role = name_before_role(line)
    assert has_role and head.strip() == name
    assert looks_like_name_line(line, load_gazetteer())


@pytest.mark.parametrize("line", ["Recipes | Vegan Test Kitchen", "أخبار - اقتصاد", "Sport | Bayern München"])
def test_breadcrumbs_are_no_place_and_name(line: str) -> None:
    assert not name_before_role(line)[1]


def test_a_byline_closed_by_the_outlet_names_the_writer_only() -> None:
    found = chrome_byline("Rūta Jankauskienė, Žinių Portalas", 1, load_gazetteer())
    assert [(str(f.kind), f.name) for f in found] == [("author", "Rūta Jankauskienė")]
    assert not looks_like_name_line("Breaking News, Daily Mail", load_gazetteer())


def test_dates_of_the_head() -> None:
    assert is_date_line("अपडेटेड: 14 मार्च 2025, 08:40 AM IST", "hi")  # Hindi "updated"
    # a labelled part after a bar: the article's date inside the main text
    assert _is_labelled_date("17.03.2025 - 04:22 | Güncelleme: 17.03.2025 - 06:10", 11, 10)
    assert not _is_labelled_date("Dolar 36,72 | Euro 39,85 | Altın 3.410", 9, 10)


SIGNED = """Bretagne

Brest : une fissure sur le pylône du téléphérique suspend les travaux

Publié le 14 mars 2025 à 18h05

Nouvelle déconvenue pour le téléphérique urbain de Brest. Une fissure a été découverte lundi sur un pylône.

Par précaution, la métropole a décidé d'interrompre les travaux en cours sur la cabine et le câble porteur.

Le téléphérique, inauguré en 2016, relie les deux rives de la Penfeld et a déjà connu plusieurs arrêts prolongés.

{signature}

Partager : Facebook | X | E-mail
"""


def _signed(signature: str) -> list[tuple[str, str | None]]:
    found = extract_attributions(segment_text(SIGNED.format(signature=signature)))
    return [(str(f.kind), f.name) for f in found]


def test_the_lines_under_the_article_sign_it_one_after_the_other() -> None:
    assert _signed("Avec AFP\n\nYann Briand, correspondant") == [("agency", "AFP"), ("author", "Yann Briand")]
    assert _signed("PA") == [("agency", "PA")]
    # the block ends at a line that credits no one
    assert _signed("Avec AFP\n\nÀ lire aussi\n\nYann Briand, correspondant") == [("agency", "AFP")]


OPINION = """Думки

Чому громадам потрібні власні енергетичні кооперативи

Олена Марченко

економістка, експертка з енергетичної політики

15 березня 2025, 10:00

Минула зима показала, що великі енергосистеми вразливі. Там, де громади мали власні станції, лікарні працювали.

У Польщі та Німеччині енергетичні кооперативи давно стали звичним явищем, а прибуток іде на потреби громади.

В Україні таких прикладів поки одиниці. Головна перешкода — складні процедури підключення до мережі.

{box}

Коментарі (18)
"""


def test_a_name_in_the_head_that_the_author_box_opens_with_is_the_writer() -> None:
    found = extract_attributions(segment_text(OPINION.format(box="Олена Марченко — економістка, працює десять років.")))
    assert [(str(f.kind), f.name) for f in found if f.kind is AttributionKind.AUTHOR] == [("author", "Олена Марченко")]
    # without the author box, a name over a line that is no known job title is as often a kicker or a section
    again = extract_attributions(segment_text(OPINION.format(box="Інші колонки")))
    assert [f.name for f in again if f.kind is AttributionKind.AUTHOR] == []


DATELINED = """Gündem

Malatya'da 4,6 büyüklüğünde deprem

AFAD, depremin 7 kilometre derinlikte meydana geldiğini açıkladı. Can kaybı ya da yaralanma bildirilmedi.

Haber Merkezi

17.03.2025 - 04:22 | Güncelleme: 17.03.2025 - 06:10

Malatya (AA) - Malatya'nın Yeşilyurt ilçesinde sabah saatlerinde 4,6 büyüklüğünde deprem meydana geldi.

AFAD'dan yapılan açıklamaya göre deprem saat 03.58'de kaydedildi ve çevre illerde de hissedildi.

Vali, ilk belirlemelere göre herhangi bir olumsuzluk bulunmadığını ve ekiplerin taramayı sürdürdüğünü söyledi.
"""


def test_the_dateline_of_the_paragraph_under_a_standfirst_and_the_head() -> None:
    found = extract_attributions(segment_text(DATELINED))
    assert ("agency", "AA") in [(str(f.kind), f.name) for f in found]
    # with no head between them, the second paragraph is no opening one: "(AA)" there is no dateline
    joined = DATELINED.replace("Haber Merkezi\n\n17.03.2025 - 04:22 | Güncelleme: 17.03.2025 - 06:10\n\n", "")
    assert ("agency", "AA") not in [(str(f.kind), f.name) for f in extract_attributions(segment_text(joined))]


def test_an_author_box_line_is_the_name_and_a_bio() -> None:
    from tasks.credits.byline_block import _opens_with_name

    assert _opens_with_name("Олена Марченко — економістка, працює у сфері енергетики.", "Олена Марченко")
    # the same words again are a menu's or a widget's ("Increase Text Size", "Sponsored Links")
    assert not _opens_with_name("Increase Text Size", "Increase Text Size")
    assert not _opens_with_name("Olena Marchenko Foundation", "Olena Marchenko")


def _labels(page: str) -> dict[str, str]:
    return {ll.line.text: str(ll.verdict.label) for ll in segment_text(page).lines}


CLOSING = """Навіны

Культура

У Полацку знайшлі фрагменты фрэсак XII стагоддзя

Падчас рамонту падмурка ў Полацку археолагі выявілі некалькі дзясяткаў фрагментаў старажытных фрэсак і кафлі.
Як паведамілі ў музеі, фрагменты перададзены ў Полацкі музей-запаведнік для даследавання і рэстаўрацыі.
Даследчыца Ірына Шыла адзначыла, што на адным з фрагментаў добра бачны твар святога ў чырвоным уборы.
{closing}

Тэгі: Полацк, археалогія, фрэскі

Падзяліцца: Telegram | Facebook | X
"""


def test_a_short_sentence_in_the_last_paragraph_s_block_closes_the_article() -> None:
    assert (
        _labels(CLOSING.format(closing="Раскопкі працягнуцца да канца красавіка."))[
            "Раскопкі працягнуцца да канца красавіка."
        ]
        == "body"
    )
    # no sentence's end, or a lower-case opening: furniture under the text
    assert _labels(CLOSING.format(closing="Чытайце нас у Telegram"))["Чытайце нас у Telegram"] == "chrome"
    assert _labels(CLOSING.format(closing="больш навін па тэме."))["больш навін па тэме."] == "chrome"


READ_ALSO = """Ekonomika

Automobilka v Nitre prijme 800 ľudí

Automobilka v Nitre plánuje do konca roka prijať približne 800 nových zamestnancov, oznámila v stredu spoločnosť.

Nové pracovné miesta súvisia so spustením výroby dvoch elektrických modelov. Investícia presiahne 400 miliónov eur.

Podľa hovorcu firmy sa nábor zameria najmä na operátorov výroby a technikov údržby v troch zmenách.

{box}

{after}

Zdieľať
"""


def test_the_article_goes_on_under_a_read_also_box_of_one_link() -> None:
    closing = "Nitriansky samosprávny kraj privítal rozhodnutie a prisľúbil pomoc s dopravou zamestnancov z okresov."
    page = READ_ALSO.format(box="Čítajte aj: Mzdy v priemysle vzrástli o 7 percent", after=closing)
    assert _labels(page)[closing] == "body"
    # a related headline that asks is no paragraph of the article
    asked = "Koľko zarobí operátor výroby v automobilke v Nitre po novom?"
    assert (
        _labels(READ_ALSO.format(box="Čítajte aj: Mzdy v priemysle vzrástli o 7 percent", after=asked))[asked]
        == "chrome"
    )


def test_a_teaser_list_under_its_heading_is_no_article_going_on() -> None:
    # dumps_ml's mk-02: "Прочитајте повеќе од Битола" over headline/lead pairs: the first lead is no paragraph of the
    # article (another headline and lead follow it)
    page = (Path(__file__).parent / "data" / "dumps_ml" / "mk-02.txt").read_text(encoding="utf-8")
    labels = {ll.line.number: str(ll.verdict.label) for ll in segment_text(page).lines}
    assert [labels[n] for n in (31, 33, 34)] == ["chrome", "chrome", "chrome"]


GALLERY = """ছবি

বসন্ত উৎসবে রঙিন ঢাকা

নিজস্ব প্রতিবেদক, ঢাকা

পহেলা ফাল্গুনে ঢাকার চারুকলা প্রাঙ্গণ সেজেছিল হলুদ আর বাসন্তী রঙে, হাজারো মানুষের ভিড়ে মুখর ছিল দিনটি।
গান, কবিতা আর নাচে দিনভর মুখর ছিল রাজধানী।

চারুকলায় বসন্তবরণ অনুষ্ঠান। ছবি: সাজ্জাদ হোসেন
ফুলের মুকুট পরে তরুণীরা। ছবি: সাজ্জাদ হোসেন
টিএসসিতে গানের আসর। ছবি: সাজ্জাদ হোসেন

আরও ছবি
"""


def test_a_line_above_captions_that_carry_their_credit_is_no_caption() -> None:
    labels = _labels(GALLERY)
    assert labels["গান, কবিতা আর নাচে দিনভর মুখর ছিল রাজধানী।"] == "body"
    assert labels["চারুকলায় বসন্তবরণ অনুষ্ঠান। ছবি: সাজ্জাদ হোসেন"] == "attribution"


def test_capital_initials_under_the_article_sign_it() -> None:
    assert _signed("ASG/OID") == [("author", "ASG"), ("author", "OID")]
    assert _signed("DT/DT") == [("author", "DT")]
    # words are no one's initials
    assert _signed("NO/YES") == []
