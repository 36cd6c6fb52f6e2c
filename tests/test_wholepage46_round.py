"""Session 46's study of whole pages in the text dumps (issue 12): a forum thread whose posts carry the poster's
profile block.

The trainable sets' low pages are the five sessions 35 to 45 read (none a region the rules could choose), so the study
counted the shapes of cleaneval-dev's mid pages (F1 0.2 to 0.7). One of them (an Ars OpenForum thread) showed a family
every forum engine prints in every language: the poster's profile block beside each post, with a join date and a post
count ("Registered: July 03, 2001", "Posts: 2783"; "Registriert: …", "Beiträge: …"; "Регистрация: …", "Сообщений:
…"). Two general causes were fixed:

- the two fields, each beside the other, are the poster's furniture, not the post's text (poster_fields.csv: the
  engines' labels in 28 languages; tasks/lexicon/poster_fields.py, tasks.text.rules.poster_field), in thread pages too;
- a thread page's post stamp may stand under the poster's block (the name, "Mensagens: 1288", "Registrado em: …", then
  the stamp) or over it (vBulletin: the stamp, the name, the rank, the fields, then the post): the thread's posts were
  not read as posts, and the region search kept one of them (tasks/text/forum.py).

Every page here is made up (tests/data/wholepage46).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import Label
from tasks.lexicon.poster_fields import poster_field_role
from tasks.report.evaluate import evaluate_dataset
from tests.conftest import ROOT
from tests.page_fixtures import labels_by_text

_SET = ROOT / "tests" / "data" / "wholepage46"


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Joined: Mon Mar 07, 2005 3:21 pm", "joined"),
        ("Join Date: Mar 2005", "joined"),
        ("Posts: 2,783", "posts"),
        ("Registriert: Sa 3. Mär 2018, 10:12", "joined"),
        ("Beiträge: 517", "posts"),
        ("Inscription : 12 mars 2012", "joined"),
        ("Messages : 1 204", "posts"),
        ("Dołączył(a): 3 lip 2016", "joined"),
        ("Сообщений: 4 517", "posts"),
        ("Katılma Tarihi: 05.2019", "joined"),
        ("注册时间：2019-03-05", "joined"),
        ("Posts: many", None),  # a field's value holds a digit
        ("Posts: a list of the week's best reads, from 12 sites and more than forty writers", None),  # too long
        ("Employees: 46", None),  # no poster's field
    ],
)
def test_a_forum_poster_s_join_date_and_post_count_read_in_many_languages(line: str, role: str | None) -> None:
    assert poster_field_role(line) == role


def _posts(names: list[str], block: Callable[[str, str], list[str]], texts: list[str]) -> list[str]:
    return [part for name, text in zip(names, texts, strict=True) for part in block(name, text)]


_NAMES = ["Dona_Lurdes_BH", "padeiro_amador", "Dona_Lurdes_BH", "Cida_Campinas", "padeiro_amador"]
_TEXTS = [
    "Faço pão de fermentação natural há três anos, mas desde que esfriou a massa quase não cresce durante a noite.",
    "No frio o fermento trabalha bem mais devagar, então a massa precisa de mais tempo ou de um lugar mais quente.",
    "Que ideia boa, nunca tinha pensado na luz do forno. Vou testar amanhã e conto como ficou o pão.",
    "Outra dica é usar água morna na hora de alimentar o fermento, uns trinta graus, que ele volta a ficar ativo.",
    "Boa lembrança, a água morna ajuda muito. Só não passe de trinta e cinco graus para não enfraquecer o fermento.",
]


def _page(posts: list[str]) -> str:
    return "\n\n".join(["Fórum Cozinha Caseira\nÍndice\nPães e massas", "Pão de fermentação natural", *posts, "© 2026"])


def test_a_thread_whose_poster_block_stands_between_the_name_and_the_stamp_keeps_every_post() -> None:
    # the name, "Mensagens: 1288", "Registrado em: 14/08/2014", then the stamp over the post: base, the stamp had a
    # date line over it, not the poster's name, so no post was read as one and the region search kept one post
    def block(name: str, text: str) -> list[str]:
        n = len(name)
        return [f"{name}\nMensagens: {100 + n}\nRegistrado em: 14/08/20{10 + n}\n12/04/2026 - 16:{10 + n}", text]

    labels = labels_by_text(_page(_posts(_NAMES, block, _TEXTS)))
    assert all(labels[text] == Label.BODY for text in _TEXTS)
    assert labels["Mensagens: 114"] == Label.CHROME


def test_a_thread_whose_stamp_stands_over_the_poster_block_keeps_every_post() -> None:
    # vBulletin: the stamp, the name, "Регистрация: …", "Сообщений: …", the place, then the post, two lines and more
    # under the stamp: base, no stamp had the post's text right under it
    def block(name: str, text: str) -> list[str]:
        n = len(name)
        return [
            f"14.04.2026, 18:{10 + n}\n{name}\nРегистрация: 05.11.20{10 + n}\nСообщений: {300 + n}\nАдрес: Тверь",
            text,
        ]

    labels = labels_by_text(_page(_posts(_NAMES, block, _TEXTS)))
    assert all(labels[text] == Label.BODY for text in _TEXTS)
    assert labels["Сообщений: 314"] != Label.BODY


def test_a_fact_box_s_lone_registration_year_stays_the_article_s() -> None:
    # "Registered: 1998" in a company's fact box: no post count beside it, so no poster's block
    story = [
        "A family-owned rope maker in Bridport has won a contract to supply the rigging for three new training ships.",
        "The firm, which has made ropes and nets in the town for over a century, said the order secures forty jobs.",
        "Company facts\nRegistered: 1998\nEmployees: 46\nTurnover: £4.2 million",
        "The first ship is due to be launched at Appledore in the spring of 2027, with the other two a year apart.",
    ]
    labels = labels_by_text(
        "\n\n".join(["The Dorset Chronicle\nNews\nBusiness", "Rope maker wins navy contract", *story])
    )
    assert labels["Registered: 1998"] == Label.BODY


def test_wholepage46_floor_and_its_pages() -> None:
    # pt-01, ru-01, fr-01 (the poster's block between the name and the stamp, or under the stamp): 0.267, 0.235, 0.435
    # with the starting code, now 1.000, 0.750, 0.800; pl-01 (the block under the post) 0.714 -> 0.882 (its fields
    # now furniture); the set 0.5354 -> 0.8121. en-01 (a fact box's lone "Registered: 1998") stays right. Left
    # (docs/segmenter.md, "Session 46"): de-01, a phpBB prosilver thread whose name stands in the block under the
    # post, and the rank lines said body as the post's
    # session 47 (tests/test_wholepage47_round.py): the poster's place a field and the rank furniture inside a thread
    # page, ru-01 0.750 -> 1.000, fr-01 0.800 -> 0.933, pl-01 0.882 -> 1.000; the set 0.8121 -> 0.9178
    scores = evaluate_dataset(_SET)
    assert scores.counts.f1 >= 0.917
    assert scores.low_share == 0.0
    for page in ("pt-01", "en-01"):
        assert scores.per_doc[page].f1 == pytest.approx(1.0), page
