"""The author's bio box below an article: where the main text ends when its last paragraphs are about
the author, not the story.

Opinion pieces, columns and local papers close with a line on who wrote them ("Katrin Hollmann ist
Korrespondentin im Hauptstadtbüro …", "Dana Whitcomb covers education for the Courier-Ledger."),
often followed by a disclaimer or a pitch ("Hinweis: Kolumnen geben die Meinung des Autors wieder",
"Support local journalism"). Such a line reads like prose and joins the main text; what gives it away
in any language is that it opens with the name the byline gave above the article.
"""

from __future__ import annotations

from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.text.heads import is_under_head
from tasks.text.lines import Line
from tasks.text.region import PageView, prose_weight
from tasks.text.title import person_cue_name

# A byline name of one word ("Marc") is too common to open a paragraph only in a bio.
MIN_NAME_WORDS = 2


def _author_names(lines: list[Line], view: PageView, last: int) -> set[str]:
    """Names the page's bylines give above line `last` ("Von Katrin Hollmann, Berlin", "By Dana Whitcomb"):
    author credits only (a source line's "SOURCE LG Electronics" names a company, whose "About" box
    belongs to a press release), of two words at least (one is too common to open a paragraph only in a bio)."""
    names = set()
    for i in range(last):
        verdict = view.verdicts[i]
        if named := person_cue_name(lines[i].text):
            names.add(named)  # "Gan Gwenllian Prys": a byline cue that is also a common word, before two names or more
        if verdict is None or verdict.reason_code != "credit_line" or verdict.kind != AttributionKind.AUTHOR:
            continue
        found = parse_credit_line(lines[i].text)
        if found is not None and found.name and len(found.name.split()) >= MIN_NAME_WORDS:
            names.add(found.name.strip())
    return names


def _names_shown_above(lines: list[Line], start: int, labelled: bool = True) -> set[str]:
    """Bare names on lines above the main text, or (`labelled`) after a label's colon ("Rachel Ainsworth", "Interview:
    Felix Ostermann"): a byline the page shows without a cue. Two to four capitalised words, no acronym, no digits; a
    particle between them ("Marta Sáenz de Cenzano")."""
    names = set()
    for line in lines[max(0, start - NAME_LINES_ABOVE) : start]:
        name = line.text.rsplit(":", 1)[-1].strip() if labelled else line.text.strip()
        words = name.split()
        if MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and is_shown_name(words):
            names.add(name)
    return names


def is_shown_name(words: list[str]) -> bool:
    """Capitalised words, a particle between them allowed ("Marta Sáenz de Cenzano", "Jan van Dijk")."""
    inner = words[1:-1]
    particles = name_words().particles
    return (
        _is_name_word(words[0]) and _is_name_word(words[-1]) and all(_is_name_word(w) or w in particles for w in inner)
    )


def _is_name_word(word: str) -> bool:
    """ "Rachel", "Λαμπράκη", "Hyvönen-Mäkelä": capitalised letters (a hyphen between), not an acronym ("IAB Tech Lab"
    is a menu's organisation)."""
    return word.replace("-", "").isalpha() and word[0].isupper() and not word.isupper()


def opens_as_a_bio(text: str) -> bool:
    """ "Autorka je reportérka …", "The author is a professor …": a bio naming the author by the word, not the name
    (``bio_opening`` in ``name_words.csv``)."""
    folded = text.casefold()
    return any(folded.startswith(phrase + " ") for phrase in name_word_role("bio_opening"))


def is_bio_heading(text: str) -> bool:
    """ "Zur Person", "About the author", "Об авторе": the heading of the box on the person the piece is by or about
    (``bio_heading`` in ``name_words.csv``)."""
    return text.strip().rstrip(":").strip().casefold() in name_word_role("bio_heading")


def after_bio_heading(text: str) -> str | None:
    """The rest of a line opened by an author box's heading and its colon ("Об авторе: Ильдар Хабибуллин — …",
    "About the author: Jane … teaches at …": the bio box in one line), or None; the segmenter ends the article above
    such a line and the byline block reads the writer's name in it."""
    head, colon, rest = text.strip().partition(":")
    return rest.strip() if colon and is_bio_heading(head) else None


def _without_article(text: str) -> str:
    """ "Η Μαρία Λαμπράκη είναι δημοσιογράφος": Greek, Portuguese or Catalan put an article before a name
    (``bio_article`` in name_words.csv: only those languages' articles, for English, German, French … write none
    before a person's name, and "The Living Places report …" would open with a headline's words read as one); Welsh
    and the Gaelic languages their verb "to be" ("Mae Gwenllian Prys yn nofelydd …": ``bio_verb``); Tigrinya and
    Amharic the word "writer" ("ጸሓፊ ኣብርሃም … መምህር እዩ።": ``bio_title``)."""
    first, _, rest = text.partition(" ")
    return rest if first.casefold() in _before_name_in_bio() and rest else text


@lru_cache(maxsize=1)
def _before_name_in_bio() -> frozenset[str]:
    return name_word_role("bio_article") | name_word_role("bio_verb") | name_word_role("bio_title")


def _opens_with(text: str, names: set[str], appositive: bool = True) -> bool:
    """The line opens with one of the author's `names` (then a space, or when `appositive` a comma opening what the
    writer is: "Giuseppe Di Lallo, insegnante in pensione, vive a Frosolone."), with the word "author" and its verb,
    or with a bio box's heading and its colon."""
    line = text.strip().removeprefix("*")  # "*Ο Μανόλης …": the byline's footnote mark
    bare = _without_article(line)
    opens = any(bare.startswith((name + " ", name + ", ") if appositive else name + " ") for name in names)
    return opens or opens_as_a_bio(line) or bool(after_bio_heading(line))


def opens_a_bio(lines: list[Line], view: PageView, i: int, start: int, labelled: bool = True) -> bool:
    """Line i opens the author's bio: with the name a byline gave above it, or that the lines above line `start` (the
    main text's first) show bare (or, `labelled`, after a label's colon), or with the word "author" and its verb."""
    return _opens_with(lines[i].text, _author_names(lines, view, i) | _names_shown_above(lines, start, labelled))


NAME_LINES_ABOVE = 20  # how far above the main text the byline may stand
MAX_NAME_WORDS = 4


def article_before_bio(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text ended above the author's bio: a text line among its last few that opens with the
    author's name (then a space, not a possessive or a name's longer form) or with the word "author" and its verb
    ("Autorka je reportérka …"), or a bio box's heading ("Zur Person") over them, after an article of some size.
    The lines below it in the main text (a disclaimer, a pitch, a link to the author's other pieces)
    go with it."""
    if region is None:
        return region
    rules = view.rules
    texts = [i for i in range(region[0] + 1, region[1] + 1) if view.is_text(i)]
    tail = texts[-rules.bio_max_text_lines :]
    if not tail:
        return region
    names = _author_names(lines, view, tail[-1]) | _names_shown_above(lines, region[0])
    heading = next((i for i in range(tail[0] - 1, region[1]) if is_bio_heading(lines[i].text)), None)
    # the first short line under the text that opens as a bio ("Kirjoittaja on …"), which no text test takes
    short = next(
        (i for i in range(tail[-1] + 1, region[1] + 1) if view.verdicts[i] is None and opens_as_a_bio(lines[i].text)),
        None,
    )
    # A story under its own dateline or byline may be short (two paragraphs over a longer bio box), as over comments.
    least = rules.headed_article_min_weight if is_under_head(view, region[0]) else rules.cluster_min_weight
    for i in ([heading] if heading is not None else []) + tail + ([short] if short is not None else []):
        # the name and a comma only on the text's last line: higher up the author may be named in the story
        if i != heading and not _opens_with(lines[i].text, names, appositive=i == tail[-1]):
            continue
        above = sum(prose_weight(view.features[k], None, True, rules) for k in range(region[0], i) if view.is_text(k))
        if above < least:
            return region
        last = i - 1
        while last > region[0] and (view.verdicts[last] is not None or _signs_over_bio(lines, view, last, i)):
            last -= 1  # a rule or a credit line above the bio box is its furniture, and the writer's signature
        return region[0], last
    return region


def _signs_over_bio(lines: list[Line], view: PageView, i: int, bio: int) -> bool:
    """Line i, right over a bio opened by the word ("Kirjoittaja on vainajan tytär."), is the writer's name alone
    ("Liisa Hyvönen-Mäkelä"): the signature the bio goes on from, not the article's."""
    words = lines[i].text.split()
    return (
        i == bio - 1 and not view.prose[i] and MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and is_shown_name(words)
    )
