"""Session 42's attribution fixes after the first score of dumps_ml71's page attributions (0.846 found / 0.964
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. Credit
cues of Chichewa ("Chithunzi:"), Shona ("Munyori:"), Sesotho ("Mohloli:") and Indonesian ("Dok. …"), and the Shona
"file" naming no one; the wire's dateline alone on its line under a bare byline ("VILALBA (Europa Press)"): the agency,
and the name over it the writer; the writer's dotted initials before the agency's name ("F.K./ACAP") under the text;
a wire's acronym in the house's title case under a cued byline ("Mana"). Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_credit_cues_of_four_more_languages() -> None:
    assert role_records("credit", "Chithunzi: Mphatso Banda") == [(PHOTO, "Mphatso Banda")]
    assert role_records("credit", "Munyori: Rudo Mapfumo") == [(AUTHOR, "Rudo Mapfumo")]
    assert role_records("credit", "Mohloli: Lekala la Temo") == [(SOURCE, "Lekala la Temo")]
    assert role_records("credit", "Dok. Humas Polda Sulsel") == [(PHOTO, "Humas Polda Sulsel")]
    # after a picture cue "Dok." still names no one, as the Shona "file" does
    assert role_records("credit", "Foto: Dok.") == [(PHOTO, None)]
    assert role_records("credit", "Mufananidzo: Faira") == [(PHOTO, None)]


_GALICIAN = (
    "O Concello de Ourense abrirá en maio unha nova biblioteca no barrio do Couto, no antigo colexio.",
    "A biblioteca terá sala infantil, espazo de estudo e un fondo de máis de vinte mil libros, segundo o alcalde.",
    "As obras de adaptación do edificio custaron 1,2 millóns de euros e remataron a pasada semana.",
)


def _galician_page(head: str) -> str:
    standfirst = "A nova sala abrirá todos os días da semana, tamén os domingos pola mañá."
    return (
        f"{MENU}\n\nOurense estrea biblioteca no Couto\n\n{standfirst}\n\n{head}\n\n"
        + "\n\n".join(_GALICIAN)
        + f"\n\n{MOST_READ}\n"
    )


def test_a_wire_dateline_alone_under_a_bare_byline() -> None:
    found = _records(_galician_page("Uxía Fernández Rei\nOURENSE (Europa Press)"))
    assert found == [(AUTHOR, "Uxía Fernández Rei"), (AGENCY, "Europa Press")]
    # a bracket of no agency after the place names no one
    assert _records(_galician_page("Uxía Fernández Rei\nOURENSE (Galicia)")) == []


_FRENCH = (
    "Berbérati, 12 avril (ACAP) – Une nouvelle école primaire a été inaugurée jeudi dans le quartier Poto-Poto.",
    "L'établissement, construit avec l'appui d'un partenaire, accueillera près de 400 élèves dès la rentrée.",
    "Le préfet a invité les parents à inscrire leurs enfants, surtout les filles, avant la fin du mois de mai.",
)


def test_dotted_initials_then_the_agency_under_the_text() -> None:
    page = f"{MENU}\n\nBerbérati : une nouvelle école inaugurée\n\n" + "\n\n".join(_FRENCH)
    found = _records(page + f"\n\nJ.B./ACAP\n\n{MOST_READ}\n")
    assert (AUTHOR, "J.B.") in found and (AGENCY, "ACAP") in found


_CHICHEWA = (
    "Khonsolo ya mzinda wa Blantyre yayamba kukonza misewu ya m'madera a Ndirande ndi Chilomoni sabata ino.",
    "Akuluakulu a khonsolo ati ntchitoyi itha m'miyezi itatu ngati mvula sichitha kusokoneza ogwira ntchito.",
    "Anthu okhala m'madera amenewa ati akhala akuvutika kwambiri nthawi ya mvula chifukwa cha maenje.",
)


def test_a_wires_title_case_acronym_under_a_cued_byline() -> None:
    byline = "Wolemba: Tamanda Phiri\nMana\nLachiwiri, 7 Meyi 2024"
    head = f"{MENU}\n\nKhonsolo iyamba kukonza misewu ku Blantyre\n\n{byline}\n\n"
    found = _records(head + "\n\n".join(_CHICHEWA) + f"\n\n{MOST_READ}\n")
    assert (AGENCY, "Mana") in found
    # the same word in title case in a menu over the headline is a section's (the Oromo "house", a town's name)
    menu = f"{MENU}\nMana\n\nKhonsolo iyamba kukonza misewu ku Blantyre\n\n"
    assert (AGENCY, "Mana") not in _records(menu + "\n\n".join(_CHICHEWA) + f"\n\n{MOST_READ}\n")
