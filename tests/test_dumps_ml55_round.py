"""Session 34's segmenter fixes after the first score of dumps_ml55 (body F1 0.934, P 0.899, R 0.973): each names a
general shape of news pages, with a negative where the shape could overreach. An opinion column's bio under its last
paragraph, in the text's block ("Ana Ruiz es periodista …" under the column signed "Ana Ruiz"), is cut however the
page sets its lines, and a Tigrinya or Amharic bio opens with the word "writer" before the byline's name; the
disclaimer in the verb "reflect" ("… reflejan exclusivamente el punto de vista de sus autores.") and the Indonesian
WhatsApp-channel prompt are furniture; a "read also" heading ending in a colon over two links set into the text's
block does not end the article; the Shona "Verengawo:" opens a link; the Basque "Sailkapena" heads a standings table.
Examples are invented, not the set's lines."""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.features import normalize_for_match
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import labels_by_text

_ES_TEXT = (
    "Durante años la plaza del mercado fue el lugar donde se encontraban los vecinos del barrio, comerciantes y "
    "jubilados que bajaban cada mañana a comprar el pan y a comentar las noticias del día.",
    "Hoy la mitad de los puestos están cerrados y los que siguen abiertos apenas cubren gastos. El ayuntamiento "
    "prometió un plan de reforma que nunca llegó a presentarse en el pleno municipal.",
    "No se trata de nostalgia. Un barrio sin comercio de proximidad pierde vecinos, y un barrio sin vecinos pierde "
    "todo lo demás, empezando por las escuelas y terminando por los centros de salud.",
    "La reforma del mercado puede ser el primer paso para recuperar el centro, si se hace pensando en quienes viven "
    "en él y no solo en quienes lo visitan.",
)
_ES_BIO = "Ana Ruiz Lorente es periodista y vecina del barrio de San Pedro."
_ES_DISCLAIMER = "Los artículos de opinión reflejan exclusivamente el punto de vista de sus autores."


def _column(*tail: str) -> str:
    head = "Opinión\nTribuna\nEl mercado que perdimos\nSin comercio de barrio no quedan vecinos."
    byline = "Ana Ruiz Lorente\nMartes, 4 de junio 2024, 07:45\nComentar"
    body = "\n".join([*_ES_TEXT, *tail])
    return "\n\n".join(["Portada\nLocal\nOpinión\nDeportes\nCultura", f"{head}\n{byline}\n{body}",
                        "Temas\nMercado\nCasco antiguo", "© 2024 Diario del Norte"])  # fmt: skip


def test_an_opinion_columns_bio_in_the_texts_block_is_cut_with_its_disclaimer() -> None:
    labels = labels_by_text(_column(_ES_BIO, _ES_DISCLAIMER))
    assert all(labels[p] == Label.BODY for p in _ES_TEXT)
    assert labels[_ES_BIO] != Label.BODY
    assert labels[_ES_DISCLAIMER] != Label.BODY


def test_a_closing_sentence_naming_someone_else_stays_the_columns() -> None:
    closing = "Marta Gil, la última frutera del mercado, lo resume mejor que nadie en una frase."
    labels = labels_by_text(_column(closing))
    assert labels[closing] == Label.BODY


_TI_TEXT = (
    "ኣብ ከተማና ዝርከቡ ቤት ትምህርቲ ቋንቋ ኣደ ብዙሓት ቆልዑ ይሳተፉ ኣለዉ። እዚ ንማሕበረሰብና ዓቢ ተስፋ እዩ።",
    "ወለዲ ኣብ ገዛ ምስ ደቆም ብቋንቋ ኣደ ክዛረቡ ኣለዎም፡ ምኽንያቱ ቋንቋ ብዘይ ልምምድ ይርሳዕ እዩ።",
    "መምህራን ብወለንታ ይሰርሑ ኣለዉ፡ ግን ተወሳኺ ሓገዝ ካብ ማሕበረሰብ የድልዮም እዩ።",
    "ቋንቋና ንዝመጽእ ወለዶ ክንሕልዎ እንተ ደሊና ሎሚ ክንጅምር ኣሎና።",
)
_TI_BIO = "ጸሓፊ ሳምኤል ተኽለ ኣብ ሽወደን ዝነብር መምህር እዩ።"


def test_a_tigrinya_bio_opens_with_the_word_writer_before_the_bylines_name() -> None:
    head = "ርእይቶ\nቋንቋ ኣደ ኣብ ስደት\nብ ሳምኤል ተኽለ\n3 መጋቢት 2024"
    text = "\n".join([*_TI_TEXT, _TI_BIO, "እዚ ጽሑፍ ርእይቶ ጸሓፊ ጥራይ እዩ።"])  # the disclaimer under the bio
    text = "\n\n".join(["ዜና\nርእይቶ\nስፖርት", head, text, "ኣካፍሉ\nFacebook\nTelegram"])
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in _TI_TEXT)
    assert labels[_TI_BIO] != Label.BODY


def test_the_reflect_disclaimer_and_the_whatsapp_prompt_are_furniture() -> None:
    for text in (
        _ES_DISCLAIMER,
        "As colunas de opinião refletem exclusivamente a opinião dos seus autores.",
        "This column reflects only the views of the author.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Pilih saluran andalanmu akses berita Warta Kota WhatsApp Channel",
    ):
        assert is_boilerplate(normalize_for_match(text)), text
    for text in ("Los datos reflejan un aumento del paro juvenil.", "Simak penjelasan lengkapnya di bawah ini."):
        assert not is_boilerplate(normalize_for_match(text)), text


_PT_TEXT = (
    "Um buraco na Rua 12, no Setor Oeste, tem preocupado os moradores há mais de dois meses, segundo eles.",
    "A prefeitura informou que a obra de recuperação da via deve começar na próxima semana, se não chover.",
)
_PT_AFTER = (
    "Enquanto isso, os moradores colocaram cones e pneus para sinalizar o buraco aos motoristas.",
    "A associação do bairro promete acompanhar o andamento da obra de perto.",
)


def _pt_page(box: str) -> str:
    head = "Cidades\nMoradores reclamam de buraco no Setor Oeste\nPor Ana Lima\n08/05/2024 12h31"
    text = "\n".join([*_PT_TEXT, box, *_PT_AFTER])
    foot = "Mais lidas\nCalor volta a Goiás\nNovo técnico"
    return "\n\n".join(["Início\nCidades\nPolítica\nEsporte", head, text, foot])


def test_a_colon_headed_box_of_two_links_in_the_texts_block_does_not_end_the_article() -> None:
    box = "LEIA TAMBÉM:\nChuva forte alaga avenidas do Centro; veja vídeo\nObra no Eixo Norte muda o trânsito"
    labels = labels_by_text(_pt_page(box))
    assert all(labels[p] == Label.BODY for p in _PT_TEXT + _PT_AFTER)
    assert labels["Chuva forte alaga avenidas do Centro; veja vídeo"] != Label.BODY


def test_the_box_in_its_own_block_still_ends_it() -> None:
    """Set apart by blank lines, the heading and its links say nothing by the block; the article ends above them."""
    box = "\nLEIA TAMBÉM:\nChuva forte alaga avenidas do Centro; veja vídeo\nObra no Eixo Norte muda o trânsito\n"
    labels = labels_by_text(_pt_page(box))
    assert all(labels[p] == Label.BODY for p in _PT_TEXT)


def test_the_shona_read_also_opens_a_link() -> None:
    assert is_related_link(normalize_for_match("Verengawo: Mutengo wemafuta wadzikira"))
    assert not is_related_link(normalize_for_match("Verengawo"))  # no headline after it


def test_the_basque_standings_heading_takes_its_ranked_rows_out_of_the_text() -> None:
    text_lines = (
        "Etxeberria eta Larrañagak garaipen garrantzitsua lortu zuten atzo arratsaldean Astelenako pilotalekuan.",
        "Partida hasieran aurkariak nagusi izan ziren, baina bikoteak ondo erantzun zuen bigarren zatian.",
        "Hurrengo jardunaldian Bilboko Bizkaia pilotalekuan jokatuko dute, igandean arratsaldeko bostetan.",
    )
    rows = ("1. Etxeberria-Larrañaga 12 puntu", "2. Zabala-Irigoien 10 puntu", "3. Olano-Beristain 7 puntu")
    head = "Pilota\nEtxeberria eta Larrañaga, finalerdietarako bidean\nIdazlea: Miren Agirre\nEibar, 2024-02-04"
    page = "\n\n".join(["Albisteak\nKirolak\nKultura", head, "\n".join(text_lines), "Sailkapena\n" + "\n".join(rows),
                        "Partekatu\nFacebook\nX"])  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in text_lines)
    assert all(labels[r] != Label.BODY for r in rows)
