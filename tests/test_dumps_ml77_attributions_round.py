"""Session 45's attribution fixes after the first score of dumps_ml77's page attributions (0.817 found / 0.942
precision): a wire named in a byline as its own copy signs off, in lower case between slashes ("og /ritzau/"); a
sentence's capitalised "The" before a name in initials ("The ABC reported …"); "the author" as the whole of a picture
credit, in the languages that lacked it; the German symbolic picture's cue ("Symbolfoto: Archiv"). Examples are
invented, not the set's lines.
"""

from __future__ import annotations

from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def test_a_wire_named_in_a_byline_as_its_copy_signs_off() -> None:
    assert role_records("credit", "Af Lars Berg og /ritzau/") == [(AUTHOR, "Lars Berg"), (AGENCY, "ritzau")]
    assert role_records("credit", "Af Lars Berg, /ritzau/") == [(AUTHOR, "Lars Berg"), (AGENCY, "ritzau")]
    # a word between slashes that names no wire is none
    assert role_records("credit", "Af Lars Berg og /redaktionen/") == [(AUTHOR, "Lars Berg")]


def test_the_capitalised_article_before_initials_opening_a_sentence() -> None:
    assert role_records("body", "The ABC reported on Monday that six other shires had sought the same help.") == [
        (SOURCE, "ABC")
    ]
    # a name whose "The" is its own keeps it
    assert role_records("body", "The Times reported on Monday that six other shires had sought the same help.") == [
        (SOURCE, "The Times")
    ]


def test_the_author_as_the_whole_of_a_picture_credit_names_no_one() -> None:
    assert role_records("credit", "Ranná hmla nad Kalváriou. Foto: autorka") == [(PHOTO, None)]
    assert role_records("credit", "The harbour at dawn. Photo: the author") == [(PHOTO, None)]
    assert role_records("credit", "Foto: autor") == [(PHOTO, None)]
    assert role_records("credit", "Foto: Ján Novák") == [(PHOTO, "Ján Novák")]


def test_the_german_symbolic_pictures_cue() -> None:
    assert role_records("credit", "Symbolfoto: Archiv") == [(PHOTO, None)]
    assert role_records("credit", "Symbolfoto: Jens Wolf") == [(PHOTO, "Jens Wolf")]
