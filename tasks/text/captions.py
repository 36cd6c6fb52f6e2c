"""A picture's caption inside the main text, beside its credit: the line above a photo credit in its block or among
other captions, the line under it, or a short line over the photographer's bare name in capitals. Read by
:func:`tasks.text.inline.furniture_in_main_text` once the line is known to sit inside the article."""

from __future__ import annotations

import re

from schemas import AttributionKind, ChromeKind, Label
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.credit_tails import MAX_BARE_CREDIT_WORDS, VISUAL_CUES
from tasks.lexicon.digits import has_digit
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict


def _is_photo_credit(view: PageView, i: int) -> bool:
    verdict = view.verdicts[i] if 0 <= i < len(view.verdicts) else None
    return verdict is not None and verdict.reason_code in _PHOTO_CREDITS and verdict.kind == AttributionKind.PHOTO


# A credit line ("Foto: …") or a credit naming no one alone on its line ("資料圖片", "File photo").
_PHOTO_CREDITS = frozenset({"credit_line", "file_picture"})


# A caption's closing credit: its last sentence, then a picture cue and its colon before a name ("… astăzi. Foto:
# Gazeta de Iași", "… am Montag. Foto: dpa").
_CLOSING_PICTURE_CREDIT = re.compile(rf"[.!?…]\s+(?:{VISUAL_CUES})\s*[:：]\s*[^\W\d_][^.!?…]{{0,60}}$", re.IGNORECASE)


def closes_with_picture_credit(text: str) -> bool:
    """The line is a picture's caption closed by its credit, whatever the credit names (a body whose name the credit
    rules do not read as one: "Gazeta de Iași")."""
    return ":" in text and _CLOSING_PICTURE_CREDIT.search(text.rstrip(" .")) is not None


def _is_caption_pair(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i is short and a photo credit ("Foto: Ralf Lienert") follows it, one that holds no caption of its own
    ("চারুকলায় বসন্তবরণ অনুষ্ঠান। ছবি: সাজ্জাদ হোসেন" is a picture's caption and credit in one: the line above it is
    no caption)."""
    return (
        0 <= i < len(view.features)
        and view.features[i].n_words <= view.rules.caption_max_words
        and _is_photo_credit(view, i + 1)
        and not _closes_a_caption(lines[i + 1].text)
        and not _caption_below(view, i + 2, lines)
    )


def _caption_below(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i is the caption under the photo credit above it, in its block: a few words, no sentence, no rule's line
    ("Фото: Юрий Смитюк" over "Поваленное дерево на Светланской"). The picture has its caption there, so the text
    line over the credit is not it: a live blog's entry, a paragraph above its picture."""
    if i >= len(lines) or lines[i].block_index != lines[i - 1].block_index or view.verdicts[i] is not None:
        return False
    feat = view.features[i]
    return not feat.ends_sentence and feat.n_words <= view.rules.caption_max_words


def _closes_a_caption(text: str) -> bool:
    """The credit line's names come after a sentence of its own (a caption: "… অনুষ্ঠান। ছবি: …", "… Kaune. BNS
    nuotr."), not after its cue alone ("Foto: …", "(Foto: dpa)") or first ("Irmanto Gelūno / BNS nuotr.")."""
    credit = parse_credit_line(text)
    if credit is None:
        return False
    cue_at = text.rfind(credit.cue, 0, credit.rest_start) if credit.cue else -1
    before = cue_at if cue_at >= 0 else credit.rest_start  # "Fot. Tomasz Jagielski": the cue's own dot is no sentence's
    return _SENTENCE_BEFORE.search(text, 0, before) is not None


_SENTENCE_BEFORE = re.compile(r"(?<![\d\s])[.!?…।。]\s")


def caption_above_credit(
    i: int, view: PageView, in_one_block: bool, lines: list[Line], region: tuple[int, int]
) -> Verdict | None:
    """Line i inside the main text, short, right above a photo credit: a picture's caption when the two make
    one block (`in_one_block`: no blank line between them, a figure's caption and credit rendered together),
    or when another such caption and credit pair sits right above or below it (a gallery: "Kranzrind der
    Alpe Gund ...", "Foto: Ralf Lienert", and so on picture by picture). A block of its own over a
    credit's block is as often a short paragraph above a picture without a caption (a blog's photos, a
    short item's last paragraph over its picture's credit), and benchmarks keep it as text."""
    if not _is_caption_pair(view, i, lines):
        return None
    if _closes_paragraphs(view, i, lines) and not _heads_picture(view, i, region):
        return None
    if i > 0 and view.features[i - 1].is_clock_only and _captioned_below(view, i + 1, lines):
        return None  # under a ticker's stamp ("1'"), over a credit with its caption under it: the entry
    if i > 0 and view.features[i - 1].is_clock_only and _SENTENCE_BEFORE.search(lines[i].text.rstrip()):
        return None  # under a live blog's stamp, two sentences or more over the entry's picture credit: the entry
    if not in_one_block and not (_is_caption_pair(view, i - 2, lines) or _is_caption_pair(view, i + 2, lines)):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_above_credit",
        "a short line right above a photo credit, in its block or among other captions: a caption", 0.7,
    )  # fmt: skip


def _captioned_below(view: PageView, credit: int, lines: list[Line]) -> bool:
    """The credit line has its caption under it, in its block: a short line no rule took ("Picha: Maktaba" over
    "Mashabiki wa Yanga wakishangilia uwanjani."), so that the line over the credit is no caption of the picture."""
    below = credit + 1
    if below >= len(lines) or lines[below].block_index != lines[credit].block_index:
        return False
    return view.verdicts[below] is None and not view.is_text(below)


def _closes_paragraphs(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i goes on a block of the article's paragraphs, a text line right above it in its block, and is longer than
    a caption set there: the article's last paragraph over its picture's credit ("Старата чаршија последен пат била
    реконструирана во 1979 година, по земјотресот." over "Фото: Општина Охрид"). A caption glued under a paragraph
    is short ("Feuerwehrleute am Alten Hafen in Wismar.")."""
    if view.features[i].n_words <= view.rules.caption_under_text_max_words:
        return False
    return i > 0 and lines[i - 1].block_index == lines[i].block_index and view.is_text(i - 1)


def _heads_picture(view: PageView, i: int, region: tuple[int, int]) -> bool:
    """Line i stands between the main text's first text line and a credit with the text going on under it: the head's
    picture set between the standfirst and the first paragraph (standfirst, caption, "Photo : …", "Impfondo (ACI) –
    …"), whose caption may run longer than one glued under a paragraph; the article's last paragraph over its
    picture's credit has no text under the credit, nor a single text line above it."""
    first = next((k for k in range(region[0], i) if view.is_text(k)), None)
    return first == i - 1 and i + 2 < len(view.prose) and view.is_text(i + 2)


def _closes_head_block(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i, under a credit in its block, ends that block, and no text line stands over the credit: the head's
    picture (byline, date, "Foto: …", then its caption as a sentence), not a paragraph going on under a picture."""
    last_of_block = i + 1 >= len(lines) or lines[i + 1].block_index != lines[i].block_index
    return last_of_block and i >= 2 and not view.is_text(i - 2)


def _under_head_credit(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i, one short sentence in a block of its own, stands under the head's picture credit (no text line over the
    credit) and over a longer text line: the lead picture's caption ("Wêne: …" in the byline's block, then "Zarok li
    pirtûkxaneyê dixwînin.", then the first paragraph), not a lede, which runs longer than a caption under a picture,
    nor an interview's first question."""
    feat = view.features[i]
    if feat.n_words > view.rules.caption_under_text_max_words or i < 2 or i + 1 >= len(lines):
        return False
    if not lines[i].text.rstrip().endswith("."):
        return False  # "Колку лекари заминаа?": an interview's first question, over its answer
    if _captioned_above(view, i - 1, lines):
        return False  # the picture's caption stands over its credit: the sentence under it is the lede
    return not view.is_text(i - 2) and view.is_text(i + 1) and view.features[i + 1].n_words > feat.n_words


def _captioned_above(view: PageView, c: int, lines: list[Line]) -> bool:
    """The credit on line c has its caption right over it in its block: a short sentence that no rule took and that
    holds no date ("மாரியம்மன் தெப்பக்குளத்தில் நடந்த தெப்பத் திருவிழா." over "படம்: …"); a picture has one caption."""
    k = c - 1
    if k < 0 or lines[k].block_index != lines[c].block_index or view.verdicts[k] is not None:
        return False
    feat = view.features[k]
    return feat.ends_sentence and not feat.has_date and feat.n_words <= view.rules.caption_max_words


def caption_below_credit(i: int, view: PageView, lines: list[Line]) -> Verdict | None:
    """Line i inside the main text, a few words and no sentence, in one block right under a photo or video credit
    ("Fot. PAP/Darek Delmanowicz" over "Nowy terminal na lotnisku Rzeszów-Jasionka", "Video: Omroep Zuidwest" over
    "Reizigers aan de kade reageren op de storing"): the picture's or the clip's caption, which many sites render
    under its credit. A subheading stands in a block of its own over its paragraph, not glued to a credit."""
    feat = view.features[i]
    if feat.n_words > view.rules.caption_max_words or i == 0:
        return None
    if feat.ends_sentence and not (_closes_head_block(view, i, lines) or _under_head_credit(view, i, lines)):
        return None
    if lines[i - 1].number != lines[i].number - 1 and not _under_head_credit(view, i, lines):
        return None  # a blank line between: the credit's block ends above it
    verdict = view.verdicts[i - 1]
    if verdict is None or verdict.reason_code != "credit_line":
        return None
    if verdict.kind not in (AttributionKind.PHOTO, AttributionKind.VIDEO) or _closes_a_caption(lines[i - 1].text):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_below_credit",
        "a short line without a sentence right under a photo or video credit, in its block: a caption", 0.7,
    )  # fmt: skip


# A photographer's bare name under a caption: two to four words, in capitals.
_CAPITAL_NAME = re.compile(r"^[^\W\d_][^\W\d_.'’-]*\.?(?:[ '’-][^\W\d_]+\.?){1,3}$")
_NAME_PARTS = re.compile(r"[^\W\d_]+")


def _is_name_in_capitals(text: str) -> bool:
    """ "BLANCA ALDANONDO", "J. C. CORDOVILLA": a name in capitals alone, as papers print the photographer's under a
    caption; no digit, no sentence. Initials alone ("K. M.") are the writer's sign-off under the last paragraph, not
    a photographer's name."""
    text = text.strip()
    if not text.isupper() or _CAPITAL_NAME.match(text) is None:
        return False
    return any(len(part) > 1 for part in _NAME_PARTS.findall(text))


def _bare_or_uncued(view: PageView, i: int, lines: list[Line]) -> bool:
    """Line i, a name in capitals, is no rule's line, or a credit line without a cue: an agency's name alone under a
    caption ("EUROPA PRESS"), which the credit rules read as the picture's source."""
    verdict = view.verdicts[i]
    if verdict is None:
        return True
    credit = parse_credit_line(lines[i].text) if verdict.reason_code == "credit_line" else None
    return credit is not None and not credit.cue


def caption_over_bare_credit(i: int, view: PageView, lines: list[Line]) -> Verdict | None:
    """Line i inside the main text, and the line under it, when the two make a block of their own: a short line, then a
    name in capitals that ends the block ("Vista del interior del mercado tras la reforma." over "BLANCA ALDANONDO"): a
    picture's caption and its photographer, set between the article's paragraphs (Spanish and Italian papers' usage).
    A subheading stands over its paragraph, and a speaker's name over their words; neither closes a block of two."""
    first = i if i + 1 < len(lines) and _is_name_in_capitals(lines[i + 1].text) else i - 1
    if first < 0 or first + 1 >= len(lines) or not _is_name_in_capitals(lines[first + 1].text):
        return None
    block = lines[first].block_index
    if lines[first].index_in_block != 0 or lines[first + 1].block_index != block:
        return None
    if first + 2 < len(lines) and lines[first + 2].block_index == block:
        return None
    if view.features[first].n_words > view.rules.caption_max_words or _is_name_in_capitals(lines[first].text):
        return None
    if view.verdicts[first] is not None or not _bare_or_uncued(view, first + 1, lines):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_over_bare_credit",
        "a short line over a name in capitals, a block of their own: a picture's caption and its photographer", 0.7,
    )  # fmt: skip


# A caption's last sentence, then a photo or video cue, its colon (Khmer's "៖" and Ethiopic's "፦" too) and a few words
# with no sentence of their own: "… poiminnasta. Kuva: kirjoittajan arkisto", "… ។ រូបថត៖ …".
_COLONS = ":：՝៖፦"
_SENTENCE_ENDS = ".!?…।。។"
_SOURCE_TAIL = re.compile(
    rf"[{_SENTENCE_ENDS}]\s+(?:{VISUAL_CUES})"
    rf"\s*[{_COLONS}]\s*(?P<rest>[^{_COLONS}{_SENTENCE_ENDS}]{{2,60}})\.?$",
    re.IGNORECASE,
)


def _closed_by_cued_source(text: str) -> bool:
    if not any(c in text for c in _COLONS):
        return False
    tail = _SOURCE_TAIL.search(text)
    return tail is not None and len(tail["rest"].split()) <= MAX_BARE_CREDIT_WORDS and not has_digit(tail["rest"])


_LAST_SENTENCE_END = re.compile(rf"[{_SENTENCE_ENDS}]\s+(?=\S)")
_MARKS = tuple(_SENTENCE_ENDS)


def _closed_by_name(text: str) -> bool:
    """ "Barcos amarrados no porto. UXÍA PAZ": the photographer's name in capitals after the caption's sentence, as
    Spanish and Galician papers set it on a line of its own under a caption (:func:`caption_over_bare_credit`)."""
    ends = [m.end() for m in _LAST_SENTENCE_END.finditer(text)]
    if not ends or not any(ch.islower() for ch in text[: ends[-1]]) or text.endswith(_MARKS):
        return False  # a shout ("… SO EXCITING.") or a heading in capitals closes with no photographer's name
    return _is_name_in_capitals(text[ends[-1] :])


def caption_closed_by_source(i: int, view: PageView, lines: list[Line]) -> Verdict | None:
    """Line i inside the main text, a caption whose last sentence a picture's cue and its source close, one that the
    credit rules read as no one's name: "… yhden päivän poiminnasta. Kuva: kirjoittajan arkisto" (the writer's
    archive), "… Фото: читач «Одеського кур'єра»" (a paper's reader), a Khmer caption after its "។"; or the
    photographer's name in capitals. No paragraph ends so: the text's own colon follows no cue right after its
    sentence's end."""
    text = lines[i].text.strip()
    if view.features[i].n_words > MAX_CREDIT_WORDS or not (_closed_by_cued_source(text) or _closed_by_name(text)):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_closed_by_source",
        "a caption's sentence closed by a picture's cue and its source: a caption", 0.7,
    )  # fmt: skip


# Japanese papers close a picture's caption with a full-width equals sign and where (and when) it was taken:
# "飼料を食べる乳牛＝帯広市", "記者会見する首相＝3日午後、首相官邸" (Kyodo's, the national and regional papers' usage).
_PLACE_AFTER_EQUALS = re.compile(r"^[^。＝=]{2,60}＝[^。＝=]{1,30}$")


def caption_before_its_place(i: int, view: PageView, lines: list[Line]) -> Verdict | None:
    """Line i inside the main text, no sentence, a few words, then "＝" and the picture's place: a Japanese caption."""
    if view.features[i].ends_sentence or _PLACE_AFTER_EQUALS.match(lines[i].text.strip()) is None:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_before_its_place",
        "a short line closed by a full-width equals sign and a place: a picture's caption", 0.7,
    )  # fmt: skip
