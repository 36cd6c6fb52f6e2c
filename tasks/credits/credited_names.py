"""The name a credit line gives when the byline splitter takes none: one whole name ("Видео: Первый канал"), one
acronym or brand word after the cue's colon ("Grafik: Statista", "Відео: ДСНС"), and the outlets after a slash or bar
("Фото: Ольга Тимофеева / Первый канал"), each checked for a name's shape so that a caption's first words are none.
"""

from __future__ import annotations

import re
from functools import cache

from schemas import AttributionKind
from tasks.credits.bylines import Credited
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import is_credited_acronym
from tasks.lexicon.credit_names import quoted_after_descriptor
from tasks.lexicon.digits import has_digit
from tasks.lexicon.outlets import is_known_outlet, known_outlet_at
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.spans import name_after
from tasks.lexicon.vocab import RELATED_HEADINGS
from tasks.lexicon.vocabulary import credit_cues, name_word_role, name_words, section_words, visual_cues
from tasks.lexicon.word_classes import is_caseless, is_function_word

# A one-word brand after a cue ("Statista", "Bobo") has four letters or more.
MIN_BRAND_LETTERS = 4


# What may close a credit after its name: a full stop, the caption's closing bracket in any of its shapes ("(Photo:
# NASA)", "[Photo: NASA]", the Korean "[사진=KBS]", the full-width "（写真＝共同）").
_CLOSING = " .)]）］】"
# A studio opening with an ordinal, the credit's whole rest ("20th Century Fox"): the name grammar takes no digit.
_ORDINAL_NAME = re.compile(r"\s*(\d{1,3}(?:st|nd|rd|th)(?:\s+[A-Z][\w&'-]*){1,3})[\s.)]*$")


def whole_name(text: str, start: int, kind: AttributionKind) -> list[Credited]:
    """The credit's rest when it is one name the byline splitter does not take ("Видео: Первый канал").

    A person has two names or more; one word may name a photo agency or site ("Foto: Bobo"), never
    a job ("Редакция").
    """
    if kind is not AttributionKind.AUTHOR and (quoted := _quoted_name(text, start)):
        return quoted
    if kind is not AttributionKind.AUTHOR and (ordinal := _ORDINAL_NAME.match(text, start)):
        return [Credited(ordinal.group(1), ordinal.start(1), ordinal.end(1))]  # "Credit: 20th Century Fox"
    span = name_after(text, start)
    if kind in (AttributionKind.PHOTO, AttributionKind.VIDEO) and (supplier := _supplier_name(text, start)):
        return supplier
    if span is None and kind is not AttributionKind.AUTHOR:
        # "Grafik: Statista": one word the span grammar leaves to its cue; "Відео: ДСНС": an official body's acronym
        # (no source in the text, but whoever supplied the picture)
        return _brand_name(text, start) or _acronym(text, start) or _known_outlet_alone(text, start)
    if span is None or text[span.end :].strip(_CLOSING):
        return []
    words = text[span.start : span.end].split()
    if any(w.casefold() in load_byline_words().jobs for w in words):
        return []
    if kind is AttributionKind.AUTHOR and len(words) < 2 and not is_caseless(words[0]):
        return []
    if kind is not AttributionKind.AUTHOR and not (_is_credited_outlet(words) or _brand_name(text, start)):
        return []  # "Grafik: Statista", "Foto: Bobo": one capitalised word no language uses as a common word
    return [Credited(text[span.start : span.end], span.start, span.end)]


def _known_outlet_alone(text: str, start: int) -> list[Credited]:
    """ "(Foto: kumparan)": a known outlet in its own lower case, all the credit names (the gazetteer vouches)."""
    span = known_outlet_at(text, start)
    if span is None or text[span.end :].strip(_CLOSING):
        return []
    return [Credited(text[span.start : span.end], span.start, span.end)]


# A name in quotation marks after a picture's or a video's cue: «Кубань 24», „Večernji list“, "Channel 4".
_QUOTED = re.compile(r"\s*[«„“\"]([^«»„“”\"]+)[»“”\"]\s*[.)]?\s*")
# An outlet's quoted name has a few words, as a person's.
MAX_QUOTED_NAME_WORDS = 4


def _quoted_name(text: str, start: int) -> list[Credited]:
    """The credit's rest when it is one capitalised name in quotation marks and nothing else ("Видео: «Кубань 24»",
    "Фото: «Коммерсантъ»"): a channel's or a paper's name, which Slavic and Balkan sites quote in guillemets or low
    quotes; the digits of a channel's name ("24", "1") keep it from the person's name grammar."""
    quoted = _QUOTED.fullmatch(text, start)
    described = quoted_after_descriptor(text[start:]) if quoted is None else None
    if described is not None:  # "Видео: телеграм-канал «Сахалин Live»": the channel's kind before its quoted name
        name = text[start + described[0] : start + described[1]]
    elif quoted is None:
        return []
    else:
        name = quoted.group(1).strip()
    if not name[:1].isupper() or len(name.split()) > MAX_QUOTED_NAME_WORDS:
        return []
    at = text.index(name, start)
    return [Credited(name, at, at + len(name))]


def _acronym(text: str, start: int) -> list[Credited]:
    """The credit's rest when it is one acronym (:func:`is_credited_acronym`) after the cue's colon, else []."""
    word = text[start:].strip().rstrip(_CLOSING)
    if not is_credited_acronym(word) or not text[:start].rstrip().endswith((":", "：", "՝")):
        return []
    at = text.index(word, start)
    return [Credited(word, at, at + len(word))]


def _brand_name(text: str, start: int) -> list[Credited]:
    """The credit's rest when it is one brand word (:func:`_is_brand_word`), else []."""
    word = text[start:].strip().rstrip(_CLOSING)
    if " " in word or not (_after_cue(text[:start]) or _in_cue_bracket(text, start)) or not _is_brand_word(word):
        return []  # "Video/Audio": after a slash a second medium, not a name (՝: the Armenian colon)
    at = text.index(word, start)
    return [Credited(word, at, at + len(word))]


def _after_cue(head: str) -> bool:
    """The credit's head ends in its cue's colon, or in a courtesy phrase after it ("Foto: Cortesía Dagran": the
    picture's supplier, one word, as after the colon alone), or in the copyright sign that closes a caption as a cue
    and its colon do ("… à Brazzaville. © Adiac")."""
    head = head.rstrip()
    folded = head.casefold()
    return head.endswith((":", "：", "՝", "©")) or any(folded.endswith(f" {p}") for p in name_words().courtesy)


# A bracket opened right before the credit's cue word ("… (foto ", "… [Foto ").
_CUE_BRACKET = re.compile(r"[(\[]\s*[^\W\d_]+\.?\s*$")


def _in_cue_bracket(text: str, start: int) -> bool:
    """ "… sulla Marmolada (foto Pretto)": a caption's closing bracket holding only the picture's cue and one word
    delimits the credit as a colon does (the Italian papers' "(foto Ansa)")."""
    return _CUE_BRACKET.search(text, 0, start) is not None and text.rstrip(" .").endswith((")", "]"))


# The bar between a photographer and the outlet: a slash, or a pipe ("Video: Brian Otieno | Nation", the East African
# and Indian sites' credit).
# A slash or bar; a comma before capitals too ("[사진=MBC, SBS]": two broadcasters' pictures).
# "©" too: "Вадим Ахметов © URA.RU"; a spaced dash after a supplier in capitals: "DOI – Jason Borg" (the supplier,
# then its photographer; a dash after a name opens a caption's words as often); and a spaced dash before one
# capitalised word closing the line ("Foto: Jaime Solano - Vanguardia", the Latin American papers' credit)
_OUTLET_BAR = re.compile(r"[/|©]\s*|,\s*(?=[A-Z0-9]{2,}\b)|(?<=[A-Z]{2}\s)[-–—]\s+|\s[-–—]\s+(?=[A-Z]\w+[.)]*$)")


def outlets_after_slash(text: str, start: int, named: list[Credited]) -> list[Credited]:
    """ "Фото: Ольга Тимофеева / Первый канал", "… / «Фонтанка»": an outlet after a slash or pipe, which the byline
    splitter (people, known agencies, domains) leaves out. Quoted, a domain ("/ Klix.ba"), with an outlet word,
    capitals or a number, or one brand word closing the line ("Fot. Jakub Sobieraj / Forum"); never in an author's
    byline, where the outlet is the publisher, not an author."""
    outlets: list[Credited] = []
    bounds = [m.end() for m in _OUTLET_BAR.finditer(text[start:])]
    if not bounds and (known := _known_outlet_after_comma(text, start)):
        return [] if any(c.start < known[0].end and known[0].start < c.end for c in named) else known
    # the part before the first bar too ("NWR / Tim Harms": the picture agency, then its photographer)
    leading = [start + len(text[start:]) - len(text[start:].lstrip())] if bounds else []
    for chunk_start in [*leading, *(start + b for b in bounds)]:
        bar = _OUTLET_BAR.search(text, chunk_start)
        chunk_end = len(text) if bar is None else bar.start()
        if any(c.start < chunk_end and chunk_start < c.end for c in named):
            continue
        # a known outlet the grammar's capitals miss: "Foto: detikcom/Rina Wulandari" (the site's own lower case)
        span = name_after(text, chunk_start) or known_outlet_at(text, chunk_start)
        if span is None and chunk_end == len(text):
            # "Foto: Nicolás Pereyra / Presidencia": one brand word closing the line, an official body's too (the
            # picture's supplier, as "Foto: Presidencia" alone), where the outlet grammar reads no source
            outlets += _brand_after_bar(text, chunk_start)
        if span is None or text[span.end : chunk_end].strip(" .)]）»”“\"'"):
            continue
        words = text[span.start : span.end].split()
        # one brand word closing the line, or alone before the bar
        last_word = (chunk_end == len(text) or chunk_start in leading) and len(words) == 1 and _is_brand_word(words[0])
        if is_filing_place(text[span.start : span.end]):
            continue  # "Kamera: Ali Demir / TRABZON": the place filed from (a place list's), as after a byline's slash
        if span.how in ("quoted", "domain", "known_outlet") or _is_credited_outlet(words) or last_word:
            outlets.append(Credited(text[span.start : span.end], span.start, span.end))
    return outlets


def _known_outlet_after_comma(text: str, start: int) -> list[Credited]:
    """ "Photo: John Smith, Mediapart", "Снимка: Красимир Свраков, Дневник": a known outlet closing the credit after
    the photographer's comma, which parts no list there (the gazetteer vouches; an unknown word after a comma is as
    often the place or a job)."""
    comma = text.rfind(",", start)
    if comma < 0:
        return []
    name = text[comma + 1 :].strip().rstrip(" .)")
    if not name or not is_known_outlet(name):
        return []
    at = text.index(name, comma)
    return [Credited(name, at, at + len(name))]


def _brand_after_bar(text: str, start: int) -> list[Credited]:
    """The part after the last bar when it is one brand word (:func:`_is_brand_word`), no courtesy word ("/
    Cortesía": how the picture came, not from whom), else []."""
    word = text[start:].strip().rstrip(_CLOSING)
    if " " in word or not _is_brand_word(word) or word.casefold() in name_words().courtesy:
        return []
    at = text.index(word, start)
    return [Credited(word, at, at + len(word))]


def _is_credited_outlet(words: list[str]) -> bool:
    """After "Foto:" or "Video:", an agency, channel or photographer's studio, not a caption's first words:
    capitals (ESA), mixed case (MySpace), a number (Канал 5), an outlet word (Первый канал), or, for photos,
    a person's name ("Waxing Lyrical" is a video's title, "Yes" a caption)."""
    vocabulary = name_words()
    if any(sum(c.isupper() for c in w) >= 2 or has_digit(w) for w in words):
        return True
    return any(w.casefold() in vocabulary.outlet_marks for w in words)


def _is_brand_word(word: str) -> bool:
    """A capitalised word that no stoplist, menu label, job or generic phrase holds: a company or site's name."""
    bare = word.strip(".)")
    if not (bare[:1].isupper() and bare[1:].islower() and bare.isalpha()):
        return False
    # a known outlet's one word is its name, short or a language's common word ("Kuva: Yle", a Finnish stopword)
    known = is_known_outlet(bare)
    if not known and (len(bare) < MIN_BRAND_LETTERS or is_function_word(bare)):
        return False  # "Picture: Yes": a short word is more often a caption's
    vocabulary = name_words()
    labels = section_words() | load_byline_words().jobs | vocabulary.generic | RELATED_HEADINGS
    return bare.casefold() not in labels


# A supplier's name after a picture's cue: an institution's word, its owner's, maybe a department's ("пресс-служба
# администрации города Екатеринбурга").
MIN_SUPPLIER_WORDS, MAX_SUPPLIER_WORDS = 2, 5
# A preposition opening a nameless credit is short ("из", "с", "від", "by"); longer stopwords open names too.
MAX_PREPOSITION_LETTERS = 3


def _supplier_name(text: str, start: int) -> list[Credited]:
    """The credit's rest after a singular picture or video cue and its colon when it is a name in sentence case, as
    Slavic, Turkic and other languages write an institution's ("Фота: Лідскі замак", "Foto: Samarqand viloyati
    hokimligi", "Фото: Национальный музей Татарстана"), or an official's word in lower case and the place or body it
    belongs to ("Фото: пресс-служба администрации Екатеринбурга"): whoever supplied the picture, named, as the blind
    sets' labels ask. No name: an official's word alone ("Фото: пресс-служба правительства"), a phrase with a generic
    or a picture's word ("Личный архив", "Архивное фото", "Redes sociales"), opened by a preposition ("из архива
    МВД"), with a bracket, a digit or a mark (a caption, a list), an acronym (the outlet rules read "пресс-служба
    МВД"), or after a gallery's plural cue ("Фотографии: …", as often over a headline)."""
    rest = text[start:].strip().rstrip(".")
    words = rest.split()
    if not (MIN_SUPPLIER_WORDS <= len(words) <= MAX_SUPPLIER_WORDS) or not _after_cue(text[:start]):
        return []
    cue = text[:start].strip().rstrip(":：՝").split()
    if cue and cue[-1].casefold() in credit_cues()["photo_plural"]:
        return []
    if any(not w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words) or _says_no_name(rest):
        return []
    opener = words[0][:1].isupper() or (words[0].islower() and name_words().is_official(words[0]))
    # an acronym right after a word is the outlet rules' ("пресс-служба МВД"); after a lower-case function word it is
    # the body the service belongs to ("Пресцентър на МВР", the Bulgarian "of"), which those rules do not read; after
    # a capitalised name, the name's legal form or a club's letters ("Paxtakor FK matbuot xizmati"), part of it
    # the office's body by its acronym and the place it serves ("пресс-служба ГИБДД Тверской области") names the
    # supplier as "пресс-служба администрации …" does; the acronym alone after it ("пресс-служба МВД") still does not
    acronym = not _branch_office(words) and any(
        w.isupper()
        and len(w) > 1
        and not (k and (_is_linking(words[k - 1]) or _names_a_body(words[k - 1])))
        and not (k == 1 < len(words) - 1 and words[0].islower() and name_words().is_official(words[0]))
        for k, w in enumerate(words)
    )
    if not opener or not any(w[:1].isupper() for w in words) or acronym:
        return []
    at = text.index(rest, start)
    return [Credited(rest, at, at + len(rest))]


def _branch_office(words: list[str]) -> bool:
    """ "ГУ МЧС России по Карелии", "УМВД России по Тверской области": a ministry's regional office, its acronym and
    the place it serves after the branch's preposition (``branch_preposition`` of ``name_words.csv``), as Russian and
    Ukrainian sites credit the pictures such an office hands out; the words before the preposition and the first after
    it capitalised (the place's noun may follow in lower case: "области")."""
    at = next((k for k, w in enumerate(words) if w in name_word_role("branch_preposition")), 0)
    return 0 < at < len(words) - 1 and words[0].isupper() and all(w[:1].isupper() for w in (*words[:at], words[at + 1]))


def _names_a_body(word: str) -> bool:
    """A capitalised name, no official's word ("Paxtakor", not "Пресс-служба"): an acronym after it is its own."""
    return word[:1].isupper() and not word.isupper() and not name_words().is_official(word)


def _is_linking(word: str) -> bool:
    return word.islower() and len(word) <= MAX_PREPOSITION_LETTERS and is_function_word(word)


def _says_no_name(rest: str) -> bool:
    """The credit's words say what the picture is, not whose: a generic word or phrase, a picture's or video's word
    ("Архивное фото", "Кадр из видео", "Социальные сети"), or a short preposition first ("из архива …")."""
    words = rest.split()
    if is_function_word(words[0]) and len(words[0]) <= MAX_PREPOSITION_LETTERS:
        return True
    generic, cues = name_words().generic, {*visual_cues()}
    folded = f" {rest.casefold()} "
    return any(w.casefold() in generic or w.casefold() in cues for w in words) or any(
        f" {phrase} " in folded for phrase in _generic_phrases()
    )


@cache
def _generic_phrases() -> tuple[str, ...]:
    """The generic phrases of two words or more ("социальные сети", "courtesy of the family"), to find inside a rest."""
    return tuple(g for g in name_words().generic if " " in g)
