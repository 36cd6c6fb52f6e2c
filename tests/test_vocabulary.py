"""The attribution vocabularies: reviewed data files with sources, covering the languages we promise."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.vocabulary import (
    credit_cues,
    dateline_patterns,
    name_words,
    read_rows,
    reporting_phrases,
)
from tasks.text.features import normalize_for_match
from tasks.text.related_lines import is_related_heading, is_related_link

# Every language of the seeds and the held-out eval sets, with Serbian in both scripts.
REQUIRED = {"ru", "uk", "bg", "be", "sr", "mk", "kk", "en", "de", "fr", "es", "pt", "it", "tr", "ar", "pl", "cs"}


def test_every_row_cites_its_source() -> None:
    for name in (
        "credit_cues.csv",
        "reporting.csv",
        "name_words.csv",
        "datelines.csv",
        "boilerplate_phrases.csv",
        "class_hints.csv",
        "post_pagers.csv",
        "standings_headings.csv",
        "share_buttons.csv",
        "related_headings.csv",
        "next_story_labels.csv",
        "picture_agencies.csv",
    ):
        rows = read_rows(name)
        assert rows, name
        assert all(row["source"].strip() for row in rows), name


def test_credit_cues_cover_forty_languages_and_the_required_ones() -> None:
    languages = {row["lang"] for row in read_rows("credit_cues.csv")}
    assert len(languages) >= 40
    assert languages >= REQUIRED
    cues = credit_cues()
    assert {"photo", "video", "source", "author"} <= set(cues)
    assert "fotoğraf" in cues["photo"] and "світлина" in cues["photo"] and "quelle" in cues["source"]
    assert "фотографије" in cues["photo"] and "fotografije" in cues["photo"]  # Serbian, both scripts


def test_cues_are_longest_first_so_phrases_win_over_their_first_word() -> None:
    photo = credit_cues()["photo"]
    assert photo.index("автор на снимката") < photo.index("снимка")
    assert all(len(a) >= len(b) for a, b in itertools.pairwise(photo))


def test_reporting_phrases_on_both_sides_of_the_name() -> None:
    phrases = reporting_phrases()
    assert {"съобщи", "повідомляє", "передает", "según ha informado", "selon", "laut"} <= set(phrases.before)
    assert {"bildirdi", "mukaan", "によると"} <= set(phrases.after)
    assert "reported" in phrases.after_final


def test_name_words_tell_generic_phrases_and_officials_from_names() -> None:
    words = name_words()
    assert "news agencies" in words.generic and "информационные агентства" in words.generic
    assert words.is_official("Ministry") and words.is_official("министерства")
    assert not words.is_official("Reuters")
    assert "газета" in words.descriptors and "diario" in words.descriptors


def test_dateline_shapes_compile_and_match_a_wire_dateline() -> None:
    patterns = dateline_patterns()
    match = patterns["place_date_agency"].match("LONDON, March 3 (Reuters) - Inflation fell.")
    assert match is not None and match.group("agency") == "Reuters"
    assert patterns["signoff"].search("The talks resume on Monday. (dpa/AFP)") is not None


def test_job_titles_are_one_list_for_credit_lines_and_page_authors() -> None:
    from tasks.lexicon.author_words import load_author_words
    from tasks.lexicon.byline_words import load_byline_words
    from tasks.lexicon.vocabulary import job_titles

    jobs = job_titles()
    assert {"reporter", "корреспондент", "muhabir", "기자", "dr"} <= jobs.titles
    assert "national" in jobs.beats and "national" not in jobs.titles  # a beat only inside a title
    assert load_byline_words().jobs == jobs.titles
    assert load_author_words().job == jobs.titles | jobs.beats
    data = Path(__file__).resolve().parents[1] / "tasks" / "lexicon" / "data"
    assert not any(line.startswith("job") for line in (data / "author_noise.tsv").read_text().splitlines())
    assert not any(line.startswith("job") for line in (data / "byline_words.csv").read_text().splitlines())


def test_boilerplate_phrases_match_whole_words_in_latin_and_anywhere_in_unspaced_scripts() -> None:
    assert is_boilerplate("copyright 2012 the example times")
    assert not is_boilerplate("the court ruled the copyrighted photos could stay")
    assert not is_boilerplate("a ransomware attack on our newsletters' archive")  # not the whole word
    assert is_boilerplate("本网站版权所有")  # no word boundary inside running Chinese


def test_a_blog_engines_post_footer_is_boilerplate() -> None:
    footer = (
        "This entry was posted on Saturday, August 25th, 2012 at 12:23 am and is filed under Robots. "
        "You can follow any responses to this entry through the RSS 2.0 feed."
    )
    assert is_boilerplate(normalize_for_match(footer))
    assert not is_boilerplate(normalize_for_match("The entry was posted to the council on Saturday."))


# Link-list headings as news sites in each language write them: whole lines, or a heading opening a short line.
RELATED_HEADING_LINES = {
    "ru": [
        "Читайте ещё:",
        "Другие новости рубрики",
        "Главное за неделю",
        "Мы в соцсетях",
        "Читать полностью",
        "Вас может заинтересовать",
        "Материалы по теме",
    ],
    "uk": ["Дивіться також", "Новини за темою", "Головне за день", "Вибір редакції", "Більше з рубрики Політика"],
    "be": ["Чытайце таксама", "Іншыя навіны", "Навіны па тэме", "Выбар рэдакцыі"],
    "bg": ["Вижте още", "Най-четени новини", "Още новини", "Може да ви интересува", "Избор на редакцията"],
    "mk": ["Прочитајте повеќе", "Поврзани вести", "Најчитано", "Од истата категорија"],
    "sr": ["Прочитајте још", "Још из рубрике Друштво", "Најновије вести", "Pročitajte i", "Još vesti", "Sve vesti"],
    "hr": ["Povezane vijesti", "Možda vas zanima", "Najčitanije vijesti"],
    "kk": ["Соңғы жаңалықтар", "Тақырыпқа қатысты", "Редакция таңдауы"],
    "de": [
        "Mehr zum Thema",
        "Anzeige",
        "Mehr aus dem Ressort Politik",
        "Meistgelesene Artikel",
        "Das könnte Sie interessieren",
    ],
    "fr": [
        "Lire également",
        "Dans la même rubrique",
        "Les articles les plus lus",
        "Vous aimerez aussi",
        "Toute l’actualité",
    ],
    "es": [
        "Te recomendamos",
        "Publicidad",
        "Cargar más",
        "Últimas noticias",
        "Lo más visto",
        "También te puede interesar",
        "Más sobre este tema",
        "Más sobre Conflicto mapuche",
    ],
    "pt": ["Leia mais", "Últimas notícias", "Os mais lidos", "Você também pode gostar"],
    "it": ["Potrebbe interessarti", "I più letti", "Ultime notizie", "Dalla stessa sezione"],
    "pl": ["Przeczytaj także", "Najczęściej czytane", "Może cię zainteresować", "Więcej z działu Sport"],
    "nl": ["Meer nieuws", "Het laatste nieuws", "Meer over dit onderwerp"],
    "ro": ["Citește mai mult", "Ultimele știri", "Te-ar putea interesa", "Citeşte şi"],
    "cs": ["Přečtěte si také", "Mohlo by vás zajímat", "Další z rubriky Domácí"],
    "tr": [
        "Bunlar da ilginizi çekebilir",
        "Benzer haberler",
        "En çok okunan haberler",
        "Diğer haberler",
        "İlgili Haberler",
        "İLGİNİZİ ÇEKEBİLİR",
    ],
    "ar": ["اقرأ أيضاً", "آخر الأخبار", "قد يهمك أيضا", "الأكثر مشاهدة"],
    "en": ["You may be interested in", "Latest headlines", "In case you missed it"],
    "ca": ["Llegiu també", "Notícies relacionades"],
    "da": ["LÆS OGSÅ", "Mest læste"],
    "sv": ["Läs också", "Mest lästa"],
    "nb": ["Les også", "Mest lest"],
    "fi": ["Lue myös", "Luetuimmat"],
    "hu": ["Olvassa el ezt is", "Kapcsolódó cikkek"],
    "sl": ["Preberite še", "Najbolj brano"],
    "el": ["Διαβάστε επίσης", "Σχετικά άρθρα"],
    "he": ["קראו עוד", "כתבות קשורות"],
    "hi": ["ये भी पढ़ें", "संबंधित खबरें"],
    "id": ["Baca juga", "Berita terkait"],
    "vi": ["Xem thêm", "Tin liên quan"],
    "ja": ["あわせて読みたい", "関連ニュース"],
}

# Ordinary article lines in the same languages that open with a heading's words but are no heading:
# a longer sentence, or a short line whose first words are not a heading.
ARTICLE_LINES = {
    "ru": [
        "Другие страны пока не ответили на предложение Москвы.",
        "Подробнее о планах рассказал министр",
        "Тема дня в парламенте стала главной для всех фракций и министров.",
    ],
    "uk": ["Інші новини з фронту надходять із запізненням через відсутність зв'язку.", "Дивіться уважно на дорогу"],
    "bg": ["Още новини от съда се очакват утре, каза прокурорът.", "Вижте как изглежда новият мост"],
    "sr": [
        "Pročitajte i vi ovu knjigu, rekao je autor publici u Beogradu.",
        "Najnovije vesti iz Kijeva govore o napadu.",
    ],
    "de": [
        "Mehr aus dem Haushalt will die Regierung in diesem Jahr nicht ausgeben.",
        "Zum Thema Migration äußerte sich der Minister am Dienstag nicht.",
    ],
    "fr": [
        "En savoir plus sur le virus reste la priorité des chercheurs.",
        "Dans la nuit, les pompiers sont intervenus",
    ],
    "es": [
        "Más información sobre el caso se conocerá mañana, dijo el juez.",
        "Lo último que supimos de él fue su voz en la radio.",
    ],
    "it": ["In evidenza il calo dei prezzi nel terzo trimestre secondo l'Istat.", "Ultime ore di campagna elettorale"],
    "tr": [
        "Diğer haberlere göre bakan bugün Ankara'ya dönecek.",
        "Haberin devamında bakanın açıklamalarına yer verildi.",
    ],
    "ar": ["وقال الوزير إن المزيد من الأخبار ستعلن في وقت لاحق من اليوم.", "في نفس السياق أعلنت الحكومة عن خطة جديدة"],
    "pl": ["Polecamy wszystkim mieszkańcom pozostanie w domach do odwołania alarmu.", "Zobacz jak wygląda nowy most"],
}


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in RELATED_HEADING_LINES.items() for line in lines]
)
def test_link_list_headings_of_each_language_are_caught(lang: str, line: str) -> None:
    assert is_related_heading(normalize_for_match(line)), (lang, line)


@pytest.mark.parametrize(("lang", "line"), [(lang, line) for lang, lines in ARTICLE_LINES.items() for line in lines])
def test_article_lines_opening_with_a_headings_words_are_no_heading_nor_furniture(lang: str, line: str) -> None:
    key = normalize_for_match(line)
    assert not is_related_heading(key), (lang, line)
    assert not is_related_link(key), (lang, line)
    assert not is_boilerplate(key), (lang, line)


def test_a_heading_before_a_colon_makes_the_line_a_link_to_another_page() -> None:
    assert is_related_link(normalize_for_match("Теги: Россия, США, санкции"))
    assert is_related_link(normalize_for_match("Etiketler: ekonomi, enflasyon, Merkez Bankası"))
    assert is_related_link(normalize_for_match("Schlagwörter: Bundestag, Haushalt"))
    assert is_related_link(normalize_for_match("Читайте также: В Москве открыли новую станцию метро"))
    assert is_related_link(normalize_for_match("Lesen Sie mehr: Die Bahn streicht Verbindungen"))
    assert is_related_link(normalize_for_match("Bunu da okuyun: Ankara'da yeni metro hattı açıldı"))


def test_a_heading_before_a_dash_and_a_space_makes_the_line_a_link_but_a_hyphen_in_a_word_does_not() -> None:
    assert is_related_link(normalize_for_match("ये भी पढ़ें- राजस्थान में कड़ाके की ठंड"))
    assert is_related_link(normalize_for_match("Baca juga – Ekspor Kopi Jawa Timur Naik 15 Persen"))
    assert not is_related_link(normalize_for_match("Popular-science magazines sold well this year."))


# Furniture that reads like prose, as news sites in each language write it.
BOILERPLATE_LINES = {
    "ru": [
        "Нашли опечатку? Выделите её и нажмите Ctrl+Enter",
        "Перепечатка материалов разрешена только с активной гиперссылкой на источник.",
        "Мнение редакции может не совпадать с мнением автора.",
        "Свидетельство о регистрации СМИ Эл № ФС77-12345",
        "Реклама. ООО «Ромашка», ИНН 7701234567, erid: 2VtzqwKxY1",
        "Больше новостей — в нашем Telegram-канале",
        "Любое использование материалов допускается только с согласия редакции.",
        "Мы используем файлы cookie для улучшения работы сайта.",
    ],
    "uk": [
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
        "Усі права захищені.",
        "При використанні матеріалів гіперпосилання обов'язкове.",
        "Підписуйтесь на наш Telegram-канал",
    ],
    "be": ["Усе правы абаронены.", "Падпісвайцеся на наш канал у Telegram"],
    "bg": ["Всички права са запазени.", "Абонирайте се за нашия бюлетин", "Този сайт използва бисквитки."],
    "mk": ["Сите права се задржани."],
    "sr": ["Сва права задржана.", "Zabranjeno preuzimanje sadržaja bez dozvole redakcije.", "Pratite nas na Fejsbuku"],
    "hr": ["Sva prava pridržana."],
    "kk": ["Барлық құқықтар қорғалған.", "Сайт материалдарын пайдаланғанда гиперсілтеме міндетті."],
    "de": [
        "Diese Website verwendet Cookies.",
        "Nachdruck nur mit Genehmigung des Verlags.",
        "Folgen Sie uns auf Twitter",
    ],
    "fr": [
        "Reproduction interdite.",
        "Il vous reste 80 % de cet article à lire.",
        "Suivez-nous sur Facebook",
        "Ces propos n’engagent que leurs auteurs.",
    ],
    "es": [
        "Queda prohibida la reproducción total o parcial de este contenido.",
        "Síguenos en Twitter",
        "Los comentarios publicados son de exclusiva responsabilidad de sus autores.",
    ],
    "pt": ["É proibida a reprodução deste conteúdo.", "Siga-nos no Instagram"],
    "it": ["© Riproduzione riservata", "Questo sito utilizza cookie tecnici e di profilazione."],
    "tr": ["Her hakkı saklıdır. İzinsiz kullanılamaz, kaynak gösterilerek dahi iktibas edilemez."],
    "ar": ["كل الحقوق محفوظة", "تابعونا على فيسبوك"],
    "pl": ["Korzystamy z plików cookie.", "Obserwuj nas na Facebooku"],
    "nl": ["Alle rechten voorbehouden.", "Deze website gebruikt cookies."],
    "ro": ["Toate drepturile rezervate.", "Urmărește-ne pe Facebook"],
    "cs": [
        "Tento web používá cookies.",
        "Publikování nebo další šíření obsahu serveru je bez písemného souhlasu zakázáno.",
        "Sledujte nás na Twitteru",
    ],
    "en": ["Do Not Sell or Share My Personal Information", "Already a subscriber? Log in"],
    # Paywall notices under a stub article.
    "paywall": [
        "Dit artikel is exclusief voor abonnees.",
        "Dieser Artikel ist exklusiv für Abonnenten.",
        "Cet article est réservé aux abonnés.",
        "Este contenido es exclusivo para suscriptores.",
        "Contenuto riservato agli abbonati.",
        "Материал доступен только подписчикам.",
        "Ten artykuł jest dostępny tylko dla subskrybentów.",
        "Tento článek je pouze pro předplatitele.",
        "This article is for subscribers only.",
    ],
}

# Prose in the same languages that shares words with a notice but is none.
PROSE_NEAR_BOILERPLATE = [
    "Министр заявил, что при цитировании его слов журналисты допустили ошибку.",
    "Суд запретил копирование материалов дела до конца следствия.",
    "Использование материалов с асбестом в школах запрещено с 2005 года.",
    "Google использует файлы cookie для показа рекламы, выяснили исследователи.",
    "Вчені помітили помилку в розрахунках орбіти супутника.",
    "Позиція Угорщини може не збігатися з позицією інших членів ЄС, визнав міністр.",
    "Мнение министра может не совпадать с мнением президента, признали в Кремле.",
    "Die App verwendet Cookies, um Nutzer über Websites hinweg zu verfolgen.",
    "Le régulateur estime que Google utilise des cookies sans consentement.",
    "Il governo vuole ridurre le tasse per le partite IVA e i lavoratori autonomi.",
    "Prokuratura je naložila preuzimanje sadržaja telefona osumnjičenog.",
    "The streaming service said the new series would be available to subscribers only from May.",
    "Le club a ouvert la vente des billets aux abonnés dès lundi.",
]


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in BOILERPLATE_LINES.items() for line in lines]
)
def test_furniture_prose_of_each_language_is_boilerplate(lang: str, line: str) -> None:
    assert is_boilerplate(normalize_for_match(line)), (lang, line)


@pytest.mark.parametrize("line", PROSE_NEAR_BOILERPLATE)
def test_prose_sharing_words_with_a_notice_is_no_boilerplate(line: str) -> None:
    assert not is_boilerplate(normalize_for_match(line))


def test_every_furniture_vocabulary_row_cites_its_source() -> None:
    for name in ("related_headings.csv", "section_words.csv", "comment_headings.csv"):
        rows = read_rows(name)
        assert rows and all(row["source"].strip() for row in rows), name
