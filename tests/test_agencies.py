"""The agency table: stable ids, names across scripts, no common words firing, one name per site."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from tasks.credits.attribution import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.site_domains import site_name

AGENCIES_CSV = resources.files("tasks.lexicon").joinpath("data/agencies.csv")
ROWS = list(csv.DictReader(AGENCIES_CSV.read_text("utf-8").splitlines()))


def test_table_has_at_least_three_hundred_agencies_with_unique_ids_names_and_domains() -> None:
    assert len(ROWS) >= 300
    ids = [r["id"] for r in ROWS]
    assert len(set(ids)) == len(ids)
    assert all(i.isascii() and i == i.lower() and " " not in i for i in ids)
    names = [n for r in ROWS for n in (r["names"] + "|" + r["cue_names"]).split("|") if n]
    assert len(set(names)) == len(names)
    domains = [d for r in ROWS for d in r["domains"].split("|") if d]
    assert len(set(domains)) == len(domains)


@pytest.mark.parametrize(
    ("text", "canonical_id"),
    [
        ("сообщает ТАСС", "tass"),
        ("reported TASS", "tass"),
        ("передает РИА Новости", "ria"),
        ("according to RIA Novosti", "ria"),
        ("сообщает Интерфакс-Казахстан", "interfax"),
        ("цитирани от БТА", "bta"),
        ("according to BTA", "bta"),
        ("сообщает АПА", "apa"),
        ("сообщает агентство Рейтер", "reuters"),
        ("据路透社报道", "reuters"),
        ("передает Франс Пресс", "afp"),
        ("selon l'Agence France-Presse", "afp"),
        ("сообщает Синьхуа", "xinhua"),
        ("据新华社报道", "xinhua"),
        ("according to Anadolu Agency", "anadolu"),
        ("berichtet dpa", "dpa"),
        ("сообщает Укрінформ", "ukrinform"),
        ("报道 共同通信", "kyodo"),
        ("연합뉴스 보도", "yonhap"),
        ("according to Jiji Press", "jiji"),
        ("передает Sputnik", "sputnik"),
        ("сообщает «Спутник»", "sputnik"),
    ],
)
def test_names_across_languages_and_scripts(text: str, canonical_id: str) -> None:
    matches = load_gazetteer().find(text)
    assert [m.canonical_id for m in matches] == [canonical_id]


@pytest.mark.parametrize(
    "text",
    [
        "Спутник был выведен на орбиту в понедельник.",  # a satellite, not the agency
        "Тренд на снижение цен сохраняется третий месяц.",  # a trend
        "The MENA region saw record investment last year.",  # a region
        "Research on AGI is advancing quickly.",  # artificial general intelligence
        "Tourists flocked to Petra over the holiday.",  # the city
        "Anadolu'da yağış bekleniyor.",  # Anatolia
        "He drew a map and put it on the table.",
        "The ap style guide says otherwise.",
        "Наша кабардинская кухня и туранская степь.",
        "Ship warfare has always been our keystone to building a community.",  # a name's common word, lower case
        "According to research firm ABI Research, most cars will be online.",  # a cue name inside a longer name
        "According to the Dow Jones Retail Index, retail stocks fell.",
        "A representative from the company Mountaineer Keystone spoke first.",
    ],
)
def test_common_words_are_not_agencies(text: str) -> None:
    assert load_gazetteer().find(text) == []


@pytest.mark.parametrize(
    ("domain", "canonical_id"),
    [("interfax.kz", "interfax"), ("www.tass.ru", "tass"), ("en.apa.az", "apa"), ("sputnik.by", "sputnik")],
)
def test_agency_domains(domain: str, canonical_id: str) -> None:
    assert load_gazetteer().agency_of_domain(domain) == canonical_id


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.Kazpravda.kz", "kazpravda.kz"),
        ("kazpravda.kz", "kazpravda.kz"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.interfax.com.ua", "interfax.com.ua"),
        ("WWW.Zakon.KZ", "zakon.kz"),
    ],
)
def test_site_name_is_the_registered_domain(host: str, site: str) -> None:
    assert site_name(host) == site


def test_the_same_site_written_two_ways_is_one_source() -> None:
    g = load_gazetteer()
    a = in_body_citations("Как пишет www.Kazpravda.kz, встреча состоится в Вене.", 1, g)
    b = in_body_citations("Как пишет kazpravda.kz, встреча состоится в Вене.", 1, g)
    assert [f.name_normalized for f in a] == [f.name_normalized for f in b] == ["kazpravda.kz"]


@pytest.mark.parametrize(
    ("text", "canonical_id"),
    [
        ("Stocks fell on Friday, according to Dow Jones.", "dow_jones"),  # a cue name with its cue, standing alone
        ("Dow Jones Newswires reported the figures on Monday.", "dow_jones"),  # the full name needs no cue
        ("According to ABI, the vote was postponed.", "abi_bolivia"),
    ],
)
def test_cue_names_still_count_next_to_a_cue_when_they_stand_alone(text: str, canonical_id: str) -> None:
    assert [m.canonical_id for m in load_gazetteer().find(text)] == [canonical_id]


@pytest.mark.parametrize(
    ("written", "canonical_id"),
    [("БЕЛТА", "belta"), ("BELTA", "belta"), ("XINHUA", "xinhua"), ("Ansa", "ansa"), ("КАЗТАГ", "kaztag")],
)
def test_a_credit_or_dateline_may_write_a_short_name_in_capitals_or_title_case(written: str, canonical_id: str) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.agency_of_name(written, cued=True) == canonical_id
    assert gazetteer.agency_of_name(written) is None  # in running text the table's case is required


def test_house_style_needs_all_capitals_or_title_case() -> None:
    assert load_gazetteer().agency_of_name("bELTA", cued=True) is None
