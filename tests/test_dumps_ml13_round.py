"""Session 13's fixes after the first score of dumps_ml13 (page attributions 0.703 found / 0.853 precision, body F1
0.951): each names a general shape of news pages (nameless credits in a language's idiom, credit cues, a gallery's
bracketed credits, company forms, agencies declined or unknown in a dateline, writers' initials, bylines stacked over
the date, the writer answering comments or listed in a columnists menu, paywall and press-release furniture, an
interview's first question), with a negative where the shape could overreach.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions, in_body_citations, wire_line_found
from tasks.credits.signed_lines import signed_below
from tasks.lexicon.agencies import agency_of_declined, load_gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.segment import segment_text


def _credit(text: str) -> tuple[str, str | None] | None:
    credit = parse_credit_line(text)
    return None if credit is None else (str(credit.kind), credit.name)


def _records(text: str) -> list[tuple[str, str | None]]:
    from tasks.credits.credit_records import credit_line_attributions

    return [(str(f.kind), f.name) for f in credit_line_attributions(text, 1, load_gazetteer())]


def _cited(text: str, first: bool = False, last: bool = False) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in in_body_citations(text, 1, load_gazetteer(), first=first, last=last)]


@pytest.mark.parametrize(
    "text",
    [
        "صورة: أرشيف",  # Arabic "archive"
        "عکس: آرشیو",  # Persian "archive"
        "फोटो: फाइल",  # Hindi "file"
        "图片：资料图",  # Chinese "file picture": a caseless script took it for a name
        "Photo archives",  # French: an archive picture, no colon
        "Фота аўтара",  # Belarusian: the author's own photo
    ],
)
def test_credits_that_name_no_one(text: str) -> None:
    assert _records(text) == [("photo", None)]


@pytest.mark.parametrize("text", ["Photo Archives", "Photo archive", "Фото: Иван Петров"])
def test_menu_links_and_named_credits_are_no_nameless_credit(text: str) -> None:
    # a menu's link in title case, the English "Photo archive" (a menu's), and a credit that names someone
    assert parse_credit_line(text) is None or _records(text) == [("photo", "Иван Петров")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fotod: Kaarel Tamm", ("photo", "Kaarel Tamm")),  # Estonian plural "photos"
        ("Ilustračné foto – TASR", ("photo", "TASR")),  # Slovak "illustrative photo" before its supplier
        ("(foto Gianni Carluccio)", ("photo", "Gianni Carluccio")),  # a gallery's bracket alone under each slide
        ("โดย ศิริพร แก้วมณี", ("author", "ศิริพร แก้วมณี")),  # Thai "by"
        ("Izvor: Mlekara Zlatibor d.o.o.", ("source", "Mlekara Zlatibor d.o.o.")),  # the company form keeps its dot
        ("Source: Reuters.", ("source", "Reuters")),  # a sentence's full stop is no part of the name
        # a Korean bracket alone: left to the caption rules until session 48, now the picture's credit (the labels)
        ("[사진=MBC, SBS]", ("photo", "MBC")),
    ],
)
def test_cues_and_names_of_credit_lines(text: str, expected: tuple[str, str | None]) -> None:
    assert _credit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ilustračné foto",  # the cue alone
        "(Photo file)",  # a bracket naming no one
        "โดยเช้าวันนี้ค่าฝุ่นสูงสุด",  # "โดย" written onto the next word: prose, no cue
    ],
)
def test_shapes_that_are_no_named_credit(text: str) -> None:
    credit = parse_credit_line(text)
    assert credit is None or credit.name is None


def test_an_agency_declined_in_the_text_is_the_agency() -> None:
    assert agency_of_declined(load_gazetteer(), "Hinu") == "hina"  # Croatian accusative of Hina
    assert _cited("Ravnatelj Lučke uprave izjavio je za Hinu da će uploviti 290 brodova.") == [("agency", "Hinu")]
    # an outlet that is no agency stays a source; a stem too short to tell is no agency
    assert _cited("Direktor je rekao za Jutarnji list da je sve u redu.") == [("source", "Jutarnji list")]
    assert agency_of_declined(load_gazetteer(), "APu") is None


def test_a_full_wire_dateline_names_an_agency_the_gazetteer_does_not_know() -> None:
    opening = "Soubré, 12 mars 2024 (ALI) – Plus de 300 producteurs de cacao ont pris part à une formation."
    assert _cited(opening, first=True) == [("agency", "ALI")]
    # a bracket after the place alone, with no date, is as often an organisation's ("(NATO)")
    assert _cited("Bruxelles (OTAN) – Les ministres se sont réunis mardi.", first=True) == []


def test_writers_initials_in_lower_case_under_the_article() -> None:
    found = signed_below("kf/tm", 1, load_gazetteer())
    assert [(str(f.kind), f.name) for f in found] == [("author", "kf"), ("author", "tm")]
    assert signed_below("and/or", 1, load_gazetteer()) == []  # English words
    assert [f.name for f in signed_below("ats/red", 1, load_gazetteer())] == ["ats"]  # a desk's code is no one


def test_reporting_constructions_of_dutch_and_arabic() -> None:
    assert _cited("Eerder meldde NRC dat het kabinet de provincies meer tijd wil geven.") == [("source", "NRC")]
    assert _cited("Eerder meldde de politie dat het rustig verliep.") == []  # the police: no source
    # Arabic pluperfect: "the paper "al-Shamal" had indicated"
    cited = _cited('وكانت جريدة "الشمال" قد أشارت في وقت سابق إلى أن عددا من الدور سيتم إخلاؤها.')
    assert cited == [("source", "الشمال")]


def test_a_dateline_on_its_own_line() -> None:
    found = wire_line_found("تطوان – و.م.ع", 1, load_gazetteer())
    assert [(str(f.kind), f.name) for f in found] == [("agency", "و.م.ع")]
    assert wire_line_found("Carolyn Kaster / AP", 1, load_gazetteer()) == []  # a photographer and the agency


STACKED = """Domov
Správy

Nemocnice nemajú na nové prístroje

V troch mestách pracujú prístroje staršie ako pätnásť rokov. Riaditelia hovoria o výpadkoch.

{head}
9. októbra 2024, 6:00

Keď sa minulý mesiac v zvolenskej nemocnici pokazil tomograf, pacientov museli tri dni prevážať inde.

Podobné príbehy opisujú lekári z viacerých nemocníc v kraji. Prístroje sú staré a servis drahý.

Ministerstvo sľubuje peniaze z plánu obnovy, no tendre sa zatiaľ nevypísali a nemocnice čakajú.
"""


def _authors(page: str) -> list[str | None]:
    return [f.name for f in extract_attributions(segment_text(page)) if str(f.kind) == "author"]


def test_two_writers_stacked_over_the_date() -> None:
    assert _authors(STACKED.format(head="Martin Kováčik\nLucia Hrušková")) == ["Martin Kováčik", "Lucia Hrušková"]
    # a menu's run of short title-case links over the date is no byline
    menu = "Real Estate\nAutos\nTravel Deals"
    assert "Real Estate" not in _authors(STACKED.format(head=menu))


BLOG = """Блог
Вандроўкі

Як я шукаў старую вадзяную млыну на рацэ Ясельдзе

Андрэй Каваленка
3 жніўня 2024

Пра млын каля вёскі Сенін я ўпершыню прачытаў у даваенным даведніку, які знайшоў у Пінску.

Ад Моталя я ішоў уздоўж ракі амаль дзесяць кіламетраў, і сцежка то знікала ў чароце, то выходзіла на пагорак.

Дубовыя палі стаяць і сёння, чорныя і гладкія, а побач ляжыць камень з выбітым крыжам.

Тэгі: Палессе, млыны

2 каментары
Алеся
4 жніўня 2024 у 09:12
Мой дзед казаў, што ў Сеніне малолі яшчэ ў 1950-я.
{reply}
5 жніўня 2024 у 08:03
Дзякуй, паспрабую!
"""


def test_the_writer_answering_a_comment_is_no_repeat_of_a_menu() -> None:
    assert _authors(BLOG.format(reply="Андрэй Каваленка")) == ["Андрэй Каваленка"]


COLUMN = """Opinião
Colunistas
Helena Vasconcelos
Filipa Moura
Ver todos

O comboio que chegou tarde a Trás-os-Montes

Durante quarenta anos mandámos os jovens para o litoral e agora pedimos-lhes que voltem.

Filipa Moura
27 de outubro de 2024, 6:00

Quando a linha do Tua deixou de ter passageiros, em 2008, disseram-nos que era temporário. Passaram dezasseis anos.

Cresci em Mirandela a ouvir o apito do comboio das sete. Não era apenas transporte: era a prova de que existíamos.

Talvez o comboio volte. Talvez volte tarde demais para quem ficou à espera na estação.

{box}
Professora do ensino secundário e cronista.

Mais opinião
"""


def test_a_columnist_listed_in_a_menu_whom_the_author_box_names_again() -> None:
    assert _authors(COLUMN.format(box="Filipa Moura")) == ["Filipa Moura"]
    # without the box, the name the menu repeats stays no byline
    assert _authors(COLUMN.format(box="Sobre a autora")) == []


def _labels(page: str) -> dict[str, str]:
    return {ll.line.text: str(ll.verdict.label) for ll in segment_text(page).lines}


PAYWALLED = """Správy

Nemocnice nemajú na nové prístroje

Martin Kováčik
9. októbra 2024, 6:00

Keď sa minulý mesiac v zvolenskej nemocnici pokazil tomograf, pacientov museli tri dni prevážať do Banskej Bystrice.

Podobné príbehy opisujú lekári z viacerých nemocníc v kraji. Prístroje sú staré, servisné zmluvy drahé.
Celý článok si môžete prečítať s predplatným Denníka Stred.
Podporíte nezávislú žurnalistiku a získate prístup ku všetkým článkom.

Kúpiť predplatné
"""


def test_a_paywall_prompt_under_the_cut_article_is_furniture() -> None:
    labels = _labels(PAYWALLED)
    assert labels["Celý článok si môžete prečítať s predplatným Denníka Stred."] == "chrome"
    assert labels["Podporíte nezávislú žurnalistiku a získate prístup ku všetkým článkom."] == "chrome"
    assert (
        labels[
            "Podobné príbehy opisujú lekári z viacerých nemocníc v kraji. Prístroje sú staré, servisné zmluvy drahé."
        ]
        == "body"
    )


RELEASE = """Saopštenja

Mlekara otvara novi pogon u Čajetini

Objavljeno: 11.04.2024. 09:30

Mlekara je svečano otvorila novi pogon za proizvodnju sireva u Čajetini. Vrednost investicije iznosi 14 miliona evra.

U narednih godinu dana kompanija planira da zaposli 120 novih radnika, pre svega iz Čajetine, Užica i Arilja.

Novi pogon koristi solarnu elektranu na krovu snage 1,2 MW, koja pokriva oko trećine potreba za energijom.

Napomena redakcije: Tekst je objavljen u formi u kojoj je dostavljen redakciji.

Podeli
"""


def test_the_disclaimer_under_a_press_release_is_furniture() -> None:
    labels = _labels(RELEASE)
    assert labels["Napomena redakcije: Tekst je objavljen u formi u kojoj je dostavljen redakciji."] == "chrome"


INTERVIEW = """Інтерв'ю

Тренерка, яка вчить плавати дітей зі сходу

Луцька тренерка третій рік безкоштовно навчає плавати дітей, які переїхали на Волинь. Ми поговорили з нею.

Розмовляла Оксана Мельник
14 квітня 2024, 10:00

{first}
— Весною 2022-го до нас прийшла жінка з Маріуполя з двома синами. Старший не хотів навіть підходити до басейну.
— Скільки дітей зараз займається?
— Близько сорока. Є діти з Харківщини, Донеччини, Херсонщини. Дехто вже бере участь в обласних змаганнях.
— Чого бракує?
— Доріжок і часу. Басейн у місті один, а охочих — сотні. Ми шукаємо можливість відкрити ще одну групу.
"""


def test_an_interviews_first_question_under_the_head_is_text() -> None:
    assert _labels(INTERVIEW.format(first="— Як почалися ці заняття?"))["— Як почалися ці заняття?"] == "body"
    # a head row in the same place stays furniture
    assert _labels(INTERVIEW.format(first="Час читання: 4 хв"))["Час читання: 4 хв"] == "chrome"
