"""Session 35's attribution fixes after the first score of dumps_ml57's page attributions (0.822 found / 0.928
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
picture's "file photo" naming no one, alone on its line or closing a caption in brackets (Icelandic "Mynd úr safni",
Telugu, Kannada, Malayalam), and the Khmer "file" after a picture cue; Kannada initials written together after the
photographer's name ("… ಕೆ.ಎಸ್."); the Kyrgyz "reporter" opening a byline; the Icelandic "greint á", the Albanian
"për agjencinë" and the Yoruba "Gẹ́gẹ́ bí … ṣe jábọ̀" citing an outlet in a paragraph, with the BBC's African
services by their own names; a subject pronoun after a verb-second reporting verb ("Über vier Jahrzehnte schrieb er
…": no outlet before it); the Italian harbour authority, an official body, is no source. (The examples are invented,
not the set's lines.)
"""

from __future__ import annotations

from schemas import AttributionKind
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def _kinds(role: str, text: str) -> list[AttributionKind]:
    return [kind for kind, _ in role_records(role, text)]


def test_a_file_photo_alone_or_in_brackets_credits_no_one() -> None:
    assert role_records("credit", "Mynd úr safni") == [(PHOTO, None)]
    assert role_records("credit", "బీచ్ వద్ద పర్యాటకులు (ఫైల్ ఫోటో)") == [(PHOTO, None)]
    assert role_records("credit", "നഗരസഭാ കാര്യാലയം (ഫയൽ ചിത്രം)") == [(PHOTO, None)]
    assert role_records("credit", "រូបភាព៖ ឯកសារ") == [(PHOTO, None)]
    assert role_records("credit", "Safnið verður opnað á morgun.") == []  # the word "safn" in a sentence


def test_kannada_initials_after_the_photographers_name_are_his() -> None:
    caption = "ದಸರಾ ಮೆರವಣಿಗೆಯಲ್ಲಿ ಸಾಗಿದ ಸ್ತಬ್ಧಚಿತ್ರಗಳು. ಚಿತ್ರ: ಪ್ರಕಾಶ್ ಬಿ.ಆರ್."
    assert role_records("credit", caption) == [(PHOTO, "ಪ್ರಕಾಶ್ ಬಿ.ಆರ್.")]  # the last initial keeps its dot
    assert role_records("credit", "ಚಿತ್ರ: ಪ್ರಕಾಶ್ ಹೆಗಡೆ.") == [(PHOTO, "ಪ್ರಕಾಶ್ ಹೆಗಡೆ")]  # a sentence's dot is not
    assert role_records("credit", "ದಸರಾ ಮೆರವಣಿಗೆಯಲ್ಲಿ ಸಾಗಿದ ಸ್ತಬ್ಧಚಿತ್ರಗಳು.") == []


def test_the_kyrgyz_reporter_opens_a_byline() -> None:
    assert role_records("credit", "Кабарчы: Айгерим Токтогулова") == [(AUTHOR, "Айгерим Токтогулова")]


def test_outlets_cited_in_a_paragraph() -> None:
    assert role_records("body", "Skólanum var lokað í dag vegna veðurs. Frá þessu var fyrst greint á visir.is.") == [
        (SOURCE, "visir.is")
    ]
    text = "Drejtori i portit tha për agjencinë ATA se punimet do të mbarojnë në qershor."
    assert role_records("body", text) == [(AGENCY, "ATA")]
    text = "Gẹ́gẹ́ bí BBC Hausa ṣe jábọ̀, ìjọba yóò kọ́ ilé-ìwé mẹ́wàá ní ìpínlẹ̀ náà."
    assert role_records("body", text) == [(SOURCE, "BBC Hausa")]
    # "as the governor said": a person after "gẹ́gẹ́ bí" is no outlet
    assert SOURCE not in _kinds("body", "Gẹ́gẹ́ bí Gómìnà Ṣeun Adéwálé ṣe sọ, iṣẹ́ náà yóò parí lọ́dún yìí.")


def test_a_subject_pronoun_after_the_verb_leaves_no_outlet_before_it() -> None:
    text = "Über drei Jahrzehnte schrieb er die Reden des Bürgermeisters und leitete den Chor der Gemeinde."
    assert role_records("body", text) == []
    assert role_records("body", "Wie die Süddeutsche Zeitung schrieb, wird die Brücke im Mai gesperrt.") == [
        (SOURCE, "Süddeutsche Zeitung")
    ]


def test_the_italian_harbour_authority_is_no_source() -> None:
    text = "Secondo quanto riferito dalla Capitaneria di porto, i controlli proseguiranno nei prossimi giorni."
    assert SOURCE not in _kinds("body", text)
