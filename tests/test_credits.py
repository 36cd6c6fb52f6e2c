"""parse_credit_line: credit lines in many languages, captions, and prose that starts with a cue word."""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.lexicon.captions import caption_credit
from tasks.lexicon.credit_lines import parse_credit_line

SOURCE, PHOTO, AUTHOR = AttributionKind.SOURCE, AttributionKind.PHOTO, AttributionKind.AUTHOR


@pytest.mark.parametrize(
    ("line", "kind", "name"),
    [
        ("источник: commonspace.eu", SOURCE, "commonspace.eu"),
        ("Источник: commonspace.eu", SOURCE, "commonspace.eu"),
        ("Source: Reuters", SOURCE, "Reuters"),
        ("Source: Reuters.", SOURCE, "Reuters"),
        ("Source : AFP", SOURCE, "AFP"),
        ("Source: Reuters, AFP", SOURCE, "Reuters"),
        ("Photo: John Smith/AP", PHOTO, "John Smith/AP"),
        ("Photo: REUTERS/Maxim Shemetov", PHOTO, "REUTERS/Maxim Shemetov"),
        ("Photo by John Smith", PHOTO, "John Smith"),
        ("Фото с сайта sputnik.by", PHOTO, "sputnik.by"),
        ("Фото: Reuters", PHOTO, "Reuters"),
        ("Автор на снимката: Иван Петров", PHOTO, "Иван Петров"),
        ("By Jane Doe", AUTHOR, "Jane Doe"),
        ("Автор: Мария Иванова", AUTHOR, "Мария Иванова"),
        ("Von Hans Müller", AUTHOR, "Hans Müller"),
        ("Par Jean Dupont", AUTHOR, "Jean Dupont"),
        ("Quelle: dpa", SOURCE, "dpa"),
        ("Quelle: dpa/Reuters", SOURCE, "dpa/Reuters"),
        ("Fuente: EFE", SOURCE, "EFE"),
        ("Fonte: ANSA", SOURCE, "ANSA"),
        ("Źródło: PAP", SOURCE, "PAP"),
        ("Джерело: Укрінформ", SOURCE, "Укрінформ"),
        ("По материалам РИА Новости", SOURCE, "РИА Новости"),
        ("— Источник: ТАСС", SOURCE, "ТАСС"),
        ("Credit: Getty Images", PHOTO, "Getty Images"),
        ("Bild: Keystone", PHOTO, "Keystone"),
        ("Fotó: MTI", PHOTO, "MTI"),
        ("Zdjęcie: PAP/Leszek Szymański", PHOTO, "PAP/Leszek Szymański"),
    ],
)
def test_credit_lines(line: str, kind: AttributionKind, name: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None
    assert credit.kind == kind
    assert credit.name == name
    assert line[credit.name_start : credit.name_end] == name


def test_cue_is_reported_as_written() -> None:
    credit = parse_credit_line("ИСТОЧНИК: Интерфакс")
    assert credit is not None
    assert credit.cue == "ИСТОЧНИК"
    credit = parse_credit_line("Автор на снимката: Мария Георгиева")
    assert credit is not None
    assert credit.cue == "Автор на снимката"


def test_span_counts_leading_whitespace() -> None:
    line = "   Source: Reuters  "
    credit = parse_credit_line(line)
    assert credit is not None
    assert line[credit.name_start : credit.name_end] == "Reuters"


def test_domain_is_the_name_even_inside_a_phrase() -> None:
    line = "Источник: официальный сайт kremlin.ru"
    credit = parse_credit_line(line)
    assert credit is not None
    assert credit.name == "kremlin.ru"
    assert line[credit.name_start : credit.name_end] == "kremlin.ru"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: a crowd gathers outside parliament in the rain", PHOTO),
        ("Фото: пресс-служба правительства", PHOTO),
        ("Фото: иллюстративное", PHOTO),
        ("Снимка: архив на редакцията", PHOTO),
        ("Source: the ministry of finance of the republic", SOURCE),
        ("Author: the press service of the regional administration", AUTHOR),
    ],
)
def test_credit_without_a_credited_name(line: str, kind: AttributionKind) -> None:
    credit = parse_credit_line(line)
    assert credit is not None
    assert credit.kind == kind
    assert credit.name is None
    assert credit.name_start == credit.name_end


@pytest.mark.parametrize(
    "line",
    [
        "By the time the vote ended, most deputies had already left the chamber.",
        "Source code of the law was published online for everyone to read.",
        "Sources say the minister will resign before the end of the month.",
        "Photo editors at the paper chose a different image for the front page.",
        "Images of the flood spread online quickly and widely.",
        "Photographers gathered outside the court before dawn.",
        "Author of the report declined to comment on the findings.",
        "Фото дня опубликовали все крупные агентства страны.",
        "Источник в правительстве сообщил, что министр уйдет в отставку.",
        "Текст закона опубликован на сайте Госдумы.",
        "Автор законопроекта, депутат Иванов, отказался от комментариев.",
        "Von der Leyen said the EU would respond.",
        "Par ailleurs, le ministre a démissionné.",
        "Por su parte, el Gobierno rechazó las acusaciones.",
        "by the way",
        "Photo shoot ended late",
        # short sentences whose second word happens to be capitalised
        "By Friday, talks had collapsed.",
        "Via Rail cancelled all trains.",
        "Credit Suisse shares fell sharply on Monday.",
        "Author Salman Rushdie spoke at the festival.",
        "Di Maio said the coalition would hold.",
        "Источники Reuters в Кремле не подтвердили эту информацию.",
    ],
)
def test_prose_starting_with_a_cue_word_is_not_a_credit(line: str) -> None:
    assert parse_credit_line(line) is None


@pytest.mark.parametrize("line", ["", "   ", "Фото", "Source:", "Photo: ", "Источник —"])
def test_cue_without_anything_after_it(line: str) -> None:
    assert parse_credit_line(line) is None


def test_long_line_is_never_a_credit() -> None:
    line = "Source: " + " ".join(["Reuters"] * 25)
    assert parse_credit_line(line) is None


def test_cue_must_be_a_whole_word() -> None:
    assert parse_credit_line("Photography: Anna Lee") is not None  # its own cue
    assert parse_credit_line("Sourcebook: Anna Lee") is None
    assert parse_credit_line("Byline: Anna Lee") is None


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("The tram depot. Фото: Reuters", "Reuters"),
        ("İstanbul'da yağmur. Fotoğraf: Ayşe Demir", "Ayşe Demir"),  # cues only credit_cues.csv had
        ("Protest u Beogradu. Fotografija: Marko Jovanović", "Marko Jovanović"),
        ("Demonstranten vor dem Reichstag (Bild: Thomas Müller)", "Thomas Müller"),
    ],
)
def test_caption_credits_read_the_same_cues_as_credit_lines(caption: str, name: str) -> None:
    found = caption_credit(caption)
    assert found is not None
    at, credit = found
    assert credit.kind is AttributionKind.PHOTO and credit.name == name
    assert caption[at + credit.name_start : at + credit.name_end] == name


def test_a_caption_without_a_cue_credits_no_one() -> None:
    assert caption_credit("The tram depot in the early morning, seen from the bridge") is None


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Der neue Radweg an der Elbe. Foto: Jonas Keller", "Jonas Keller"),
        ("Volontari al lavoro nel porto. FOTO: Giulia Ferri", "Giulia Ferri"),
        ("Workers repair the roof. PHOTO: Reuters", "Reuters"),
    ],
)
def test_a_caption_ending_in_a_photographers_name_credits_the_person(caption: str, name: str) -> None:
    credit = parse_credit_line(caption)
    assert credit is not None and credit.kind is AttributionKind.PHOTO and credit.name == name


@pytest.mark.parametrize("line", ["Pictured: the new town hall", "Суретте: жиынға қатысушылар"])
def test_a_cue_for_who_is_pictured_credits_no_one(line: str) -> None:
    credit = parse_credit_line(line)
    assert credit is None or credit.name is None


def test_a_caption_ending_in_lower_case_words_credits_no_one() -> None:
    assert parse_credit_line("Der neue Radweg. Foto: noch im Bau") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Aus Brüssel berichtet Markus Lange", "Markus Lange"),
        ("De notre correspondant à Bruxelles, Pierre Martin", "Pierre Martin"),
        ("De notre envoyée spéciale à New York, Claire Dubois", "Claire Dubois"),
        ("From our correspondent in Kyiv, Jane Doe", "Jane Doe"),
    ],
)
def test_a_correspondents_byline_naming_the_place(line: str, name: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.kind is AttributionKind.AUTHOR and credit.name == name
    assert line[credit.name_start : credit.name_end] == name


def test_a_sentence_reporting_from_a_place_is_no_byline() -> None:
    assert parse_credit_line("Aus Brüssel berichtet die Kommission über neue Regeln") is None


def test_a_caption_closed_by_a_known_agency_in_lower_case_credits_it() -> None:
    credit = parse_credit_line("Einsatzkräfte der Feuerwehr am Unglücksort. (Foto: dpa)")
    assert credit is not None and (credit.kind, credit.name) == (AttributionKind.PHOTO, "dpa")


@pytest.mark.parametrize(
    ("line", "name"),
    [("Беседовал Игорь Мельников", "Игорь Мельников"), ("Propos recueillis par Olivier Dethier", "Olivier Dethier"),
     ("Разговараше: Горан Трајковски", "Горан Трајковски"), ("Rozmawiała Anna Nowak", "Anna Nowak"),
     ("Κείμενο: Δήμητρα Καλογεροπούλου", "Δήμητρα Καλογεροπούλου"), ("Interview by Sarah Cole", "Sarah Cole")],
)  # fmt: skip
def test_the_interviewer_is_credited_as_the_author(line: str, name: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.kind == AttributionKind.AUTHOR and credit.name == name


def test_a_heading_opening_with_interview_is_no_credit() -> None:
    assert parse_credit_line("Interview Tips To Get The Job") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("Workers sort avocados at a packhouse on June 3, 2024. PHOTO | MARTIN NDUNG'U", "MARTIN NDUNG'U"),
     ("Floodwaters along España Boulevard in Manila. LDP FILE PHOTO / RAMON DE GUZMAN", "RAMON DE GUZMAN")],
)  # fmt: skip
def test_a_caption_credit_after_a_bar_or_a_spaced_slash(line: str, name: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.kind == AttributionKind.PHOTO and credit.name == name


@pytest.mark.parametrize("line", ["Новини | Анализи | Видео | Мнения", "Video Audio Photos | Podcasts/RSS Email"])
def test_a_menu_with_a_photo_or_video_item_is_no_credit(line: str) -> None:
    assert parse_credit_line(line) is None
