"""Session 40's attribution fixes after the first score of dumps_ml67's page attributions (0.885 found / 0.957
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
Slovenian interviewer's cue ("Pogovarjala se je …"), the Somali and Shona source cues before their colon ("Xigasho:",
"Kubva kuna:") and a live blog's host before a colon ("Ведуча стрічки:"); PPI's and APP's names in Sindhi and Urdu
script; the West African agencies' sign-off, the agency the text cites then its staff's codes ("AGP/RKM/BM"); the
writer's initial and surname alone under the text ("Е. Корепанова", the Russian district papers' way); a German
person cited by a role ("berichtet der Vorsitzende des Vereins") is no source. (The examples are invented, not the
set's lines.)
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.role_records import AGENCY, AUTHOR, SOURCE, role_records


def test_cues_the_vocabulary_lacked() -> None:
    assert role_records("credit", "Pogovarjal se je Marko Zupan") == [(AUTHOR, "Marko Zupan")]
    assert role_records("credit", "Xigasho: Hiiraan Online") == [(SOURCE, "Hiiraan Online")]
    assert role_records("credit", "Kubva kuna: The Herald") == [(SOURCE, "The Herald")]
    assert role_records("credit", "Ведучий стрічки: Іван Петренко") == [(AUTHOR, "Іван Петренко")]
    # the Shona "from" opening a sentence, no colon after it: no source
    assert role_records("paragraph", "Kubva kuna mwedzi wapfuura, vanhu vakawanda vakauya kumusha uku.") == []


def test_ppi_in_sindhi_script_in_the_dateline() -> None:
    text = "ڪراچي (پي پي آءِ) شهر ۾ پاڻي جي کوٽ سبب شهرين احتجاج ڪيو ۽ حڪومت کان فوري قدم کڻڻ جو مطالبو ڪيو."
    assert role_records("first", text) == [(AGENCY, "پي پي آءِ")]


_FRENCH = (
    "Tchibanga, 3 avril (AGP) – Le préfet de la Nyanga a inauguré mercredi un nouveau marché couvert destiné aux "
    "commerçantes du chef-lieu de la province.",
    "Le marché compte une centaine d'étals et un espace de stockage pour les produits vivriers, selon la mairie.",
    "Les commerçantes, qui vendaient jusque-là au bord de la route nationale, saluent une meilleure hygiène.",
)
_HEAD = "Accueil\nActualités\nProvinces\nSport\n\nTchibanga : un nouveau marché couvert pour les commerçantes\n\n"
_FOOT = "\n\nPartager :\nFacebook\nWhatsApp\n\nÀ lire aussi\nLibreville : les travaux du port reprennent\n"


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_the_agency_then_its_staffs_codes_under_the_text() -> None:
    records = _records(_HEAD + "\n\n".join(_FRENCH) + "\nAGP/NMK/JB" + _FOOT)
    assert records == [(AGENCY, "AGP"), (AGENCY, "AGP"), (AUTHOR, "NMK"), (AUTHOR, "JB")]
    # the text cites no agency by the first code: no staff read after it
    uncited = (_FRENCH[0].replace(" (AGP)", ""), *_FRENCH[1:])
    assert (AUTHOR, "NMK") not in _records(_HEAD + "\n\n".join(uncited) + "\nAGP/NMK/JB" + _FOOT)


_RUSSIAN = (
    "В районном доме культуры прошёл фестиваль народного творчества, в котором приняли участие двенадцать "
    "коллективов из сёл района.",
    "Гран-при получил ансамбль «Рябинушка», второе место занял хор ветеранов из села Кельчино.",
    "Следующий фестиваль пройдёт осенью, сообщили в отделе культуры администрации.",
)
_RUSSIAN_HEAD = "Главная\nНовости\nКультура\nСпорт\n\nВ Воткинском районе прошёл фестиваль народного творчества\n\n"
_RUSSIAN_FOOT = "\n\n#культура #фестиваль\n\nЧитайте также\nВ Воткинске отремонтируют стадион\n"


def test_an_initial_and_a_surname_alone_under_the_text() -> None:
    text = "\n".join(_RUSSIAN)
    assert _records(_RUSSIAN_HEAD + text + "\nА. Смирнова" + _RUSSIAN_FOOT) == [(AUTHOR, "А. Смирнова")]
    # a lower-case word after the initial is no surname ("Т. е." is "that is")
    assert _records(_RUSSIAN_HEAD + text + "\nТ. е. итоги" + _RUSSIAN_FOOT) == []


def test_a_german_person_cited_by_a_role_is_no_source() -> None:
    text = "Rund 400 Mitglieder zählt der Verein inzwischen, berichtet der Vorsitzende des Schützenvereins, Karl Maier."
    assert role_records("paragraph", text) == []
    text = "Rund 400 Mitglieder zählt der Verein inzwischen, berichtet die Mittelbayerische Zeitung."
    assert role_records("paragraph", text) == [(SOURCE, "Mittelbayerische Zeitung")]
