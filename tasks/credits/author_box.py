"""The author box under the article, which names its writer again ("Олена Марченко — економістка, …"), and the
article's sentences, where a name is whom the article is about: what the byline block asks of the page.

The box may open with its heading on the same line ("Об авторе: Ильдар Хабибуллин — кандидат экономических наук",
"About the author: Jane Roe is …", ``bio_heading`` in ``name_words.csv``), which the segmenter may leave in the main
text: such a line is the box, not a sentence of the article, wherever it stands.
"""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.vocabulary import credit_cues, name_word_role
from tasks.text.bio import after_bio_heading
from tasks.text.segment import LabelledLine

# Lines under the article where its author box names the writer again.
AUTHOR_BOX_LINES = 5
# A body line of this many words or fewer is as often a picture's credit as a sentence ("Lwazi Mdledle/News24").
MAX_CREDIT_WORDS = 4
# Read once: on Python 3.11 a member lookup (`Label.BODY`) costs ~0.2 µs, and it is asked here line by line
# (tasks.credits.attribution; docs/speed.md, session 22).
_BODY = Label.BODY


def author_box(lines: list[LabelledLine], last: int) -> tuple[list[str], str]:
    """The author box's lines (those right under the last body line, index `last`, and any body line opened by a
    box's heading, less the heading) and the article's sentences (the body lines of more than MAX_CREDIT_WORDS
    words that are no box), joined by newlines."""
    box = [ll.line.text.strip() for ll in lines[last + 1 : last + 1 + AUTHOR_BOX_LINES]]
    box = [after_bio_heading(text) or text for text in box]
    sentences = []
    for ll in lines:
        if ll.verdict.label != _BODY:
            continue
        opened = after_bio_heading(ll.line.text)
        if opened is not None:
            box.append(opened)
        elif len(ll.line.text.split()) > MAX_CREDIT_WORDS:
            sentences.append(ll.line.text)
    return box, "\n".join(sentences)


def under_a_box_heading(texts: list[str], j: int) -> bool:
    """Line `j` stands right under an author box's heading: "About the Author" (``bio_heading``, name_words.csv) or
    an author cue alone ("Written by"): the writer's card, whatever else the page lists."""
    if j == 0:
        return False
    above = texts[j - 1].rstrip(":：").strip().casefold()
    return above in name_word_role("bio_heading") or above in credit_cues()["author"]
