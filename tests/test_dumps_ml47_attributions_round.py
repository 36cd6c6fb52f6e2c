"""Session 30's attribution fixes after the first score of dumps_ml47's page attributions (0.831 found / 0.946
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
interviewer's "Rozhovor pripravil" (Slovak, Czech, Polish); the Marathi "file photo"; the Burmese "news -" byline, and
a read-also line under the text signing nothing; the writer answering readers in the comments is still the byline's;
a gallery's picture credit beside its byline in the head; the byline writer's initials in brackets a few lines under
the text, past a caption; a closing paragraph of speech signed by the wire's "(©NTB)"; a live blog's entry citing an
agency where the segmenter took it for a caption; an opinion column's closing bio naming the writer of the head. (The
examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.body_citations import in_body_citations
from tasks.credits.head_records import file_picture
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.role_records import AGENCY, AUTHOR, PHOTO, role_records


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rozhovor pripravila Jana Kollárová", "Jana Kollárová"),
        ("Rozhovor připravil Tomáš Dvořák", "Tomáš Dvořák"),
        ("Rozmowę przeprowadziła Anna Wiśniewska", "Anna Wiśniewska"),
        ("သတင်း - ကိုမင်းထက်", "ကိုမင်းထက်"),  # Burmese "news -" before the reporter
    ],
)
def test_interviewers_and_reporters_cued_bylines(text: str, name: str) -> None:
    assert role_records("credit", text) == [(AUTHOR, name)]


def test_the_marathi_file_photo_alone_under_the_lead_picture() -> None:
    assert [(f.kind, f.name) for f in file_picture("संग्रहित छायाचित्र", 7)] == [(PHOTO, None)]


def test_a_closing_paragraph_of_speech_signed_by_the_wire_is_no_picture_credit() -> None:
    text = "– Vi ber alle reisende om å vente med å kjøre, sier Hansen. (©NTB)"
    found = in_body_citations(text, 9, load_gazetteer(), last=True)
    assert [(f.kind, f.name) for f in found] == [(AGENCY, "NTB")]


def test_a_dash_and_an_outlet_alone_still_sign_the_last_paragraph() -> None:
    found = in_body_citations("– Netwerk24", 9, load_gazetteer(), last=True)
    assert [f.name for f in found] == ["Netwerk24"]


_BLOG = """City Walks
Notes on a small town

Home
Streets
People

A new park by the river: first impressions

{byline}
12 September 2024

The riverside park opened on Saturday. There are new benches, a playground and paths for bicycles along the water.

I spent the whole of Sunday there and can say it is the best park in this part of town, even on a grey afternoon.

By the end of summer the council plans a small cafe and a boat rental for visitors and residents alike.

Comments (5)
Tanya
Thanks for the review, I will go this weekend.
Reply
Peter
The paths are too narrow for two bicycles, I think.
Reply
Olga
Finally a good place for the children on our side of the river.
Reply
{byline}
Tanya, thank you, let me know how you like it.
Reply
"""


def test_the_writer_answering_a_comment_is_still_the_bylines() -> None:
    assert (AUTHOR, "Martin Kessler") in _records(_BLOG.format(byline="Martin Kessler"))


_GALLERY = """Diário do Litoral
Paraty · Ubatuba · Angra

Menu
Cidades
Polícia
Política
Esportes
Galerias
Colunas

Assine
Entrar

Galerias

Fotos: Festa do Divino reúne fiéis em Paraty
A bandeira do Divino percorreu o centro histórico na manhã deste domingo em direção à igreja matriz.
{photos}
Texto: Helena Duarte
21/05/2024 às 09h10

1 de 10
Fiéis acompanham a procissão pelo centro histórico.
2 de 10
A bandeira do Divino passa pela praça da matriz.
3 de 10
Crianças vestidas de pajens seguem o cortejo.
4 de 10
Barracas de doces montadas no cais.
Ver todas as fotos

A Festa do Divino de Paraty reuniu milhares de pessoas no fim de semana, com procissões, música e barracas no centro.

Segundo a prefeitura, a cidade recebeu cerca de 40 mil visitantes durante os nove dias da festa religiosa deste ano.

A programação termina nesta terça-feira com a missa campal e a entrega da coroa ao novo imperador do Divino.

Tags
Paraty
"""


def test_a_galleries_picture_credit_beside_its_byline() -> None:
    records = _records(_GALLERY.format(photos="Fotos: Marcos Tavares"))
    assert (PHOTO, "Marcos Tavares") in records and (AUTHOR, "Helena Duarte") in records


_SIGNED = """Ostschweizer Bote
Region
Sport

Alpabfahrt in Wildhaus: Hunderte säumen die Strasse

Text: Ruth Fehr, Bilder: Beat Keller
21.09.2024, 16.40 Uhr

Am Samstag zogen die Sennen mit ihren Herden von der Alp ins Tal. Viele Familien standen schon früh am Strassenrand.

Die Kühe trugen Blumenkränze und grosse Glocken. Der Umzug dauerte fast zwei Stunden, bis alle Tiere im Dorf waren.

Ein Senn mit seiner Herde vor der Kirche.
Bild: Beat Keller

{initials}

Mehr zum Thema
Viehschau in Unterwasser: Die Resultate
"""


def test_the_byline_writers_initials_under_a_caption_sign_the_text() -> None:
    assert (AUTHOR, "rf") in _records(_SIGNED.format(initials="(rf)"))


def test_initials_of_no_byline_writer_there_are_no_sign_off() -> None:
    assert [r for r in _records(_SIGNED.format(initials="(xy)")) if r[1] == "xy"] == []


_WIRED = """Fjordavisa
Nyheter
Sport

Nyheter
Stengt vei etter steinras på riksvei 5

Et steinras sperret veien mellom Kaupanger og Sogndal natt til tirsdag. Ingen personer ble skadet.

Ola Berge
Journalist
Publisert 09.07.2024 07:12

Raset gikk like etter klokken tre, og store steiner ble liggende over begge kjørefeltene på riksveien.

Statens vegvesen har sendt geologer til stedet for å vurdere om fjellsiden fortsatt er ustabil.

Trafikken blir ledet om Lærdal, og omkjøringen tar omtrent en time lenger enn vanlig for bilistene.

– Vi ber alle reisende om å vente med å kjøre hvis det er mulig, sier Hansen. (©NTB)

Emner
Samferdsel
"""


def test_a_quote_closing_the_text_signed_by_the_wire_is_its_agency() -> None:
    records = _records(_WIRED)
    assert (AGENCY, "NTB") in records and (PHOTO, "NTB") not in records


_LIVE = """Novyny Dnia
Holovna
Suspilstvo

Onlain-transliatsiia
Snihopad u Karpatakh: zakryti perevaly i znestrumleni sela — onlain

Cherez sylnyi snihopad u hirskykh raionakh zakryto kilka perevaliv. Stezhymo za sytuatsiieiu.
Avtory: Iryna Koval, Petro Savchuk

18:40
Na trasi cherez Yablunytskyi pereval ruh vidnovleno v oba boky, ale patrulni radiat ne yikhaty.

17:55
{entry}
Foto: Ukrinform

17:20
Riatuvalnyky vyviezly z horu trokh turystiv, yaki zablukaly pid chas khurtovyny na Hoverli.

16:45
Synoptyky prohnozuiut, shcho snihopad tryvatyme do ranku chetverha, viter posyliuvatymetsia.

Pochatok transliatsii
Tehy: pohoda, snih
"""


def test_a_live_blogs_entry_citing_an_agency_over_its_pictures_credit() -> None:
    entry = "Yak peredaie Ukrinform, u Rakhovi komunalni sluzhby vyvely na vulytsi vsiu tekhniku."
    assert (AGENCY, "Ukrinform") in _records(_LIVE.format(entry=entry))


_COLUMN = """Il Quotidiano della Valle
Cronaca
Opinioni

Opinioni
Il punto
Le scuole di montagna non sono un costo

{writer}
9 novembre 2024

Ogni anno qualcuno propone di chiudere le pluriclassi dei paesi più piccoli. Sembra un risparmio, ma è un errore.

Una scuola che chiude non riapre più. Le famiglie giovani se ne vanno e il paese si svuota nel giro di pochi anni.

{closing}
"""


def test_an_opinion_columns_closing_bio_vouches_for_the_name_in_its_head() -> None:
    closing = "Marta Colasanti, maestra elementare in pensione, vive a Capracotta. Scrive di scuola e montagna."
    assert (AUTHOR, "Marta Colasanti") in _records(_COLUMN.format(writer="Marta Colasanti", closing=closing))


def test_a_name_the_last_paragraph_is_about_is_no_writer() -> None:
    closing = "Lo ha ricordato anche il sindaco Marta Colasanti durante il consiglio comunale di lunedì sera."
    assert (AUTHOR, "Marta Colasanti") not in _records(_COLUMN.format(writer="Marta Colasanti", closing=closing))
