"""Session 11's fixes after the first score of dumps_ml9's page attributions (0.694 found / 0.852 precision): each
names a general shape of news pages (sign-offs, caption credits, the byline above an opinion column's headline,
spaced numeric dates, compilers' credits), with a negative where the shape could overreach.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import parse_date_text
from tasks.text.segment import segment_text

NOW = datetime(2026, 12, 4, tzinfo=UTC)


def _cited(text: str, last: bool = True) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in in_body_citations(text, 1, load_gazetteer(), first=False, last=last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's initials beside the agency in a sign-off are an author; a desk's code is no one
        ("Die Gurtenbahn AG will ein Gesuch einreichen. (sda/mk)", [("agency", "sda"), ("author", "mk")]),
        ("Vláda o návrhu rozhodne v pondělí. (ČTK, jab)", [("agency", "ČTK"), ("author", "jab")]),
        ("Die Kosten schätzen die Bürgermeister auf 18 Millionen Euro. (APA/red)", [("agency", "APA")]),
        ("Der Entwurf soll im Herbst zur Abstimmung stehen. (dpa/lnw)", [("agency", "dpa")]),  # dpa's regional desk
        # the full-width brackets of Japanese copy
        ("観光庁によると、外国人客は禍前の水準を上回っている。（共同）", [("agency", "共同")]),
    ],
)
def test_sign_offs_name_the_agency_and_the_writers_initials(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cited(text) == expected


def test_a_bracketed_abbreviation_inside_the_text_is_no_sign_off() -> None:
    assert _cited("Die Abgeordneten (CDU/mk) stimmten zu. Der Antrag wurde abgelehnt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Nunca se rinde", dijo el entrenador, según consignó la agencia NA.', [("agency", "NA")]),
        ("Об этом сообщило информагентство «Регион-Информ».", [("agency", "Регион-Информ")]),
        # a German clause closed by its auxiliary after the participle
        ("Wie die «Berner Zeitung» im Oktober berichtet hatte, war es billiger.", [("source", "Berner Zeitung")]),
    ],
)  # fmt: skip
def test_the_word_for_a_news_agency_and_verb_final_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cited(text, last=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "along the lines of the Pentagon's blue-sky research agency Darpa. The Kremlin has also redirected forces",
        "Камионите се отклоняват, съобщиха от Агенция „Пътна инфраструктура“ в понеделник.",
    ],
)
def test_agency_alone_before_a_name_that_is_no_acronym_is_no_news_agency(text: str) -> None:
    # "agency" also names government bodies: only an acronym after it is taken for a news agency
    assert [kind for kind, _ in _cited(text, last=False) if kind == "agency"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("© Solène Abitbol / Hans Lucas", "Solène Abitbol / Hans Lucas"),  # a caption's own credit line
        ("© AFP", "AFP"),
        ("Le site de l'hôpital à Payerne. [KEYSTONE - Jean-Christophe Bott]", "KEYSTONE - Jean-Christophe Bott"),
        ("oprac. Anna Kowalczyk-Rudnik", "Anna Kowalczyk-Rudnik"),  # the compiler's credit (Polish)
        ("Připravila Jana Nováková", "Jana Nováková"),
    ],
)
def test_credit_lines_of_captions_and_compilers(text: str, names: str) -> None:
    credit = parse_credit_line(text)
    assert credit is not None and credit.name == names


@pytest.mark.parametrize("text", ["© Le Monde", "© 2026 Le Monde", "Voir aussi [Lire la suite]", "© Copyright Post"])
def test_footers_and_links_are_no_photo_credits(text: str) -> None:
    assert parse_credit_line(text) is None


@pytest.mark.parametrize("text", ["3. 12. 2026 8:05", "Publikováno 14. 3. 2025 13:02"])
def test_spaced_numeric_dates_of_central_european_sites(text: str) -> None:
    assert parse_date_text(text.removeprefix("Publikováno "), NOW, "cs") is not None


BLOG = """Zprávy

Kultura

Blog

Jaroslav Dvořáček

Proč v Brně stále nemáme nádraží, o kterém se mluví třicet let

3. 12. 2026 8:05

Když jsem poprvé slyšel o přesunu brněnského nádraží, psal se rok 1996 a všichni čekali stavbu do pěti let.

Tento týden Správa železnic oznámila další posun stavby, tentokrát na rok 2031, a město mlčí.

Nechci tvrdit, že odsun nádraží je jednoduchý projekt, ale po třiceti letech debat bych čekal plán.

{box}

Dopravní inženýr, Brňák, cyklista. Píšu o městě, vlacích a o tom, proč se věci nedějí.

Diskuse (37)
"""


def _authors(page: str) -> list[str | None]:
    found = extract_attributions(segment_text(page))
    return [f.name for f in found if f.kind is AttributionKind.AUTHOR]


def test_a_name_above_the_headline_is_the_author_when_the_author_box_names_it_too() -> None:
    assert _authors(BLOG.format(box="Jaroslav Dvořáček")) == ["Jaroslav Dvořáček"]
    # without the author box, a line above the headline is as often a kicker or a section ("Atlanta Braves")
    assert _authors(BLOG.format(box="Další články")) == []


def test_a_sign_off_bracket_after_the_last_sentence_still_ends_a_sentence() -> None:
    from tasks.text.features import ends_sentence

    assert ends_sentence("Der Prozess soll im Frühjahr beginnen. (dpa/lnw)")
    assert ends_sentence("外国人客は禍前の水準を上回っている。（共同）")
    # a caption's credit or a teaser's date is no agency's sign-off
    assert not ends_sentence("An investor watches a stock board in Tokyo (YOSHIKAZU TSUNO/AFP/Getty Images)")
    assert not ends_sentence("Comey Video (May 16, 2007)")


def test_paywall_notices_are_furniture() -> None:
    lines = segment_text(PAYWALLED).lines
    labels = {ll.line.text: str(ll.verdict.label) for ll in lines}
    assert labels["この記事は会員限定です。続きは電子版でお読みいただけます。"] == "chrome"
    found = extract_attributions(segment_text(PAYWALLED))
    assert [(str(f.kind), f.name) for f in found if f.kind is AttributionKind.AGENCY] == [("agency", "共同")]


PAYWALLED = """ニュース

北海道

ニセコの外資開発、客室の3割超に　道が初の調査

2026年12月3日 10:30

北海道は2日、後志管内ニセコ地域で過去10年間に建設されたホテルのうち、外国資本による開発が客室数ベースで3割を超えるとの調査結果を公表した。

調査は倶知安町とニセコ町の宿泊施設を対象に実施した。2016年以降に完成した施設の客室数は計約6800室だった。

地元では人手不足や地価の高騰が課題となっており、道は今後、町と連携して開発ルールの見直しを検討する。

観光庁によると、ニセコ地域を訪れる外国人客は新型コロナウイルス禍前の水準を上回っている。（共同）

この記事は会員限定です。続きは電子版でお読みいただけます。

残り412文字

関連記事
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Minh Thư/TTXVN", [("author", "Minh Thư"), ("agency", "TTXVN")]),  # the reporter and the wire
        ("ats/vic", [("agency", "ats"), ("author", "vic")]),  # a sign-off on its own line
    ],
)
def test_the_line_under_the_last_paragraph_signs_it(line: str, expected: list[tuple[str, str]]) -> None:
    page = PAYWALLED.replace("（共同）\n\nこの記事は会員限定です。続きは電子版でお読みいただけます。", f"\n\n{line}")
    found = extract_attributions(segment_text(page))
    assert [(str(f.kind), f.name) for f in found if f.line > 12] == expected


SENTENCE_LIST = """Biznes

Taryfy na prąd w 2027 r. Prezes URE zatwierdził nowe stawki dla gospodarstw domowych

Prezes Urzędu Regulacji Energetyki zatwierdził w środę nowe taryfy na energię dla gospodarstw domowych na 2027 rok.

Z wyliczeń urzędu wynika, że dla typowego odbiorcy zużywającego 2000 kWh rocznie rachunek wzrośnie o około 9 zł.

Podwyżki wynikają przede wszystkim z wyższych kosztów dystrybucji i modernizacji sieci, podał urząd w komunikacie.

Najważniejsze zmiany w skrócie:

wyższe opłaty dystrybucyjne u wszystkich pięciu największych operatorów,

niższa cena energii czynnej u czterech sprzedawców z urzędu,

utrzymanie opłaty mocowej na poziomie z 2026 r.

{tail}

Polecane

Ceny gazu w 2027 r.

Nowe auta elektryczne
"""


def test_a_sentence_broken_into_a_list_after_its_colon_belongs_to_the_article() -> None:
    labels = {ll.line.text: str(ll.verdict.label) for ll in segment_text(SENTENCE_LIST.format(tail="Wideo")).lines}
    assert labels["Najważniejsze zmiany w skrócie:"] == "body"
    assert labels["utrzymanie opłaty mocowej na poziomie z 2026 r."] == "body"
    # a teaser list under a colon opens with capitals and ends in no punctuation: not the article's
    teasers = SENTENCE_LIST.replace("wyższe", "Wyższe").replace("niższa", "Niższa").replace("utrzymanie", "Utrzymanie")
    labels = {ll.line.text: str(ll.verdict.label) for ll in segment_text(teasers.format(tail="Wideo")).lines}
    assert labels["Niższa cena energii czynnej u czterech sprzedawców z urzędu,"] == "chrome"


HEAD_IN_TEXT = """Eindhoven

Strijp-S krijgt tweede hoogbouwtoren: bewoners vrezen schaduw en drukte

De gemeenteraad stemt volgende week over een woontoren van 110 meter naast de Klokgebouw-hal; omwonenden protesteren.

{date}

{update}

Het plan voor de tweede hoogbouwtoren op Strijp-S ligt al twee jaar op tafel, maar pas nu is er een definitief ontwerp.

Ontwikkelaar Trudo wil er 320 woningen bouwen, waarvan een derde in het sociale segment, en een parkeergarage eronder.

Bewoners van de omliggende straten vrezen vooral schaduw op hun tuinen en meer verkeer rond het park.
"""


@pytest.mark.parametrize(
    ("date", "update"),
    [
        ("3 dec. 2026, 08:12", "Laatste update: 08:40"),
        ("3 de diciembre de 2026 - 06:15 a. m.", "Última actualización: 08:40"),
    ],
)
def test_the_heads_dates_under_a_standfirst_are_furniture(date: str, update: str) -> None:
    labels = {
        ll.line.text: str(ll.verdict.label) for ll in segment_text(HEAD_IN_TEXT.format(date=date, update=update)).lines
    }
    assert labels[date] == "chrome" and labels[update] == "chrome"
    assert labels[next(text for text in labels if text.startswith("Ontwikkelaar Trudo"))] == "body"


@pytest.mark.parametrize(
    ("text", "heading"), [("Condolencias", True), ("Kondolenzbuch", True), ("Condolencias del rey", False)]
)
def test_an_obituarys_guest_book_heads_a_comment_section(text: str, heading: bool) -> None:
    from tasks.lexicon.comments import is_comment_heading

    assert is_comment_heading(text) is heading
