"""Page metadata rules of the heldout10 round (session 11): each names a page shape seen on the blind pages of
tests/data/html_meta (heldout10-*, written at the end of session 10 by a helper who read nothing of the project, scored
once before any change), general across sites; the set's scores are pinned in tests/test_meta_quality.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml.html import fromstring  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.credits.date_lines import date_of_line
from tasks.credits.names import clean_author_names
from tasks.html.meta import page_meta
from tasks.lexicon.calendar_eras import with_gregorian_years
from tasks.lexicon.date_text import date_tail_start, parse_date_text
from tests.test_heldout4_round import BODY, _process

NOW = datetime(2026, 12, 1, tzinfo=UTC)
SITE = '<meta name="author" content="Metro Times"><meta property="og:site_name" content="Metro Times">'


def test_the_byline_elements_names_end_where_its_date_begins() -> None:
    # a date piece followed by words no date tail holds: the weekday was read as the last name's end
    byline = (
        '<div class="byline"><div class="authors">By <strong>Anna Mwangi and Peter Kariuki</strong></div>'
        ' <div class="pub"><span>Monday, November 30, 2026</span> <span>Updated 2 hours ago</span></div></div>'
    )
    page = f"<article><h1>Council backs the new budget</h1>{byline}{BODY}</article>"
    assert sorted(_process(f"{SITE}<title>Budget</title>", page)[2]) == ["Anna Mwangi", "Peter Kariuki"]


def test_names_joined_by_the_languages_and_before_the_bylines_date() -> None:
    byline = '<div class="byline"><div>Nagy Anna és Szabó Béla</div> <div>2026. november 30. 20:15</div></div>'
    hu_body = "".join(
        f"<p>{s}</p>"
        for s in (
            "A város önkormányzata uniós támogatásra pályázik egy új villamosvonal megépítésére a belvárosban.",
            "A közgyűlés hétfő esti ülésén elfogadott előterjesztés szerint a beruházás harmincnyolc milliárd.",
            "Az alpolgármester szerint a vonal naponta huszonötezer utast szolgálna ki, és csökkentené a forgalmat.",
        )
    )  # fmt: skip
    page = f"<article><h1>Újabb villamosvonal épülhet</h1>{byline}{hu_body}</article>"
    assert page_meta(fromstring(page)).byline_element() == "Nagy Anna és Szabó Béla"
    assert sorted(_process(f"{SITE}<title>Villamos</title>", page, "hu")[2]) == ["Nagy Anna", "Szabó Béla"]


def test_a_date_label_before_a_spaced_colon_goes_with_the_date() -> None:
    text = "Youssef El Amrani, Journaliste Publié le : 01 Décembre 2026 à 23:50"
    start = date_tail_start(text)
    assert start is not None and text[:start] == "Youssef El Amrani, Journaliste "


def test_a_section_label_inside_the_headline_under_its_own_class_name() -> None:
    h1 = '<h1><small class="rubrique">Économie</small> Le port signe trois accords avec des investisseurs</h1>'
    head = (
        "<title>L'Écho | Le port signe trois accords avec des investisseurs</title>"
        '<meta property="og:title" content="Le port : trois accords signés">'
    )
    assert _process(head, f"{h1}{BODY}", "fr")[0] == "Le port signe trois accords avec des investisseurs"


@pytest.mark.parametrize(
    ("raw", "language", "site"),
    [
        ("Equipo Prensa El Sureño", "es", "El Sureño"),  # the press team of the site
        ("سرویس اقتصادی", "fa", "پارس جنوبی"),  # the economy service
    ],
)
def test_a_desk_named_by_its_newsroom_words_is_no_author(raw: str, language: str, site: str) -> None:
    assert clean_author_names([raw], language, [site]) == []


def test_a_reporter_keeps_his_name_after_the_desks_words() -> None:
    assert clean_author_names(["社会部　山田太郎記者"], "ja") == ["山田太郎"]  # the society desk, then the reporter
    assert clean_author_names(["金沢支局 佐藤花子"], "ja") == ["佐藤花子"]  # a bureau
    assert clean_author_names(["阿部 太郎"], "ja") == ["阿部 太郎"]  # 部 ends surnames too: desks are named whole
    assert clean_author_names(["地域報道部　服部花子記者"], "ja") == ["服部花子"]
    assert clean_author_names(["Camila Rojas"], "es", ["El Sureño"]) == ["Camila Rojas"]


def test_a_job_described_after_the_name_is_no_part_of_it() -> None:
    assert clean_author_names(["Tomasz Wiśniewski Dziennikarz działu Miasto"], "pl") == ["Tomasz Wiśniewski"]
    assert clean_author_names(["Anna Lee Senior Reporter covering transport"], "en") == ["Anna Lee"]
    assert clean_author_names(["Anna Lee Senior Reporter"], "en") == ["Anna Lee"]  # as before


@pytest.mark.parametrize(
    ("text", "year"),
    [("令和8年12月2日", "2026年12月2日"), ("令和元年5月1日", "2019年5月1日"), ("平成31年4月30日", "2019年4月30日"),
     ("民國113年3月5日", "2024年3月5日")],
)  # fmt: skip
def test_a_year_of_a_named_era_is_its_gregorian_year(text: str, year: str) -> None:
    assert with_gregorian_years(text) == year


def test_a_japanese_era_date_is_read() -> None:
    now = datetime(2026, 12, 4, tzinfo=UTC)
    assert parse_date_text("令和8年12月2日 18時05分", now, "ja") == datetime(2026, 12, 2, 18, 5, tzinfo=UTC)
    assert date_tail_start("社会部　山田太郎記者 令和8年12月2日 18時05分") == len("社会部　山田太郎記者 ")


def test_a_bracketed_how_long_ago_is_no_date_in_place_of_the_one_before_it() -> None:
    now = datetime(2026, 12, 4, tzinfo=UTC)
    found = date_of_line("令和8年12月2日 18時05分 （7時間前）", now, "ja")
    assert found is not None and found[0].date().isoformat() == "2026-12-02"
    found = date_of_line("December 2, 2026 (30 hours ago)", now, "en")
    assert found is not None and found[0].date().isoformat() == "2026-12-02"
    found = date_of_line("7時間前", now, "ja")  # alone, it is the date
    assert found is not None


def test_a_headline_in_an_unspaced_script_is_many_words() -> None:
    # one full-width space cut the headline in two "words": a ranking box's heading above it was taken for the title,
    # and the date under the real one was out of its reach
    head = (
        '<meta name="author" content="北陸日日新聞社">'
        "<title>金沢駅西口に新アリーナ構想　県が調査費計上へ｜北陸日日</title>"
    )
    ranking = (
        '<div class="ranking"><h2>アクセスランキング</h2><ol><li>北陸新幹線、大雪で一部運休</li>'
        "<li>兼六園で雪吊り始まる</li></ol></div>"
    )
    story = (
        "<article><h1>金沢駅西口に新アリーナ構想　県が調査費計上へ</h1>"
        '<div class="byline"><p class="byline">社会部　山田太郎記者</p>'
        ' <p class="date">令和8年11月30日 18時05分</p></div>'
        "<p>石川県は、金沢駅西口に5千人規模の新アリーナを整備する構想について、来年度当初予算案に調査費を計上する方針を固めた。</p>"
        "<p>バスケットボールBリーグの試合やコンサートの開催を想定しており、民間資金の活用も検討する。関係者への取材で分かった。</p>"
        "<p>県幹部は「北陸新幹線の延伸効果を県全体に広げる拠点にしたい」と話している。一方、建設費の高騰を懸念する声もある。</p></article>"
    )  # fmt: skip
    title, day, authors = _process(head, f"{ranking}{story}", "ja")
    assert (title, day, authors) == ("金沢駅西口に新アリーナ構想 県が調査費計上へ", "2026-11-30", ["山田太郎"])


def test_an_agency_with_its_datelines_city_is_no_author() -> None:
    head = '<meta name="author" content="ANDINA"><title>Cusco: alerta naranja por lluvias | Andina</title>'
    byline = '<div class="byline"><span>Redacción ANDINA</span> <span>Lima, 1 dic. 2026 | 16:40 h.</span></div>'
    es_body = "".join(
        f"<p>{s}</p>"
        for s in (
            "El servicio meteorológico activó la alerta naranja por lluvias de fuerte intensidad en la región.",
            "Las precipitaciones, acompañadas de granizo y descargas eléctricas, se prevén hasta el viernes.",
            "El centro de operaciones de emergencia recomendó a la población evitar cruzar ríos y quebradas.",
        )
    )  # fmt: skip
    page = f"<article><h1>Cusco: activan alerta naranja por lluvias</h1>{byline}{es_body}</article>"
    assert _process(head, page, "es")[2] == []
    # a first name that an agency's acronym shares, in title case, is a person's
    person = head.replace('content="ANDINA"', 'content="Kai Brandt"')
    page = f"<article><h1>Cusco: activan alerta naranja por lluvias</h1>{es_body}</article>"
    assert _process(person, page, "es")[2] == ["Kai Brandt"]
