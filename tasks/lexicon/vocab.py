"""Multilingual vocabularies the rules use, kept as data in one place.

Cue words only confirm what structure already suggests: each list covers many
languages, and no rule depends on one language's words alone.
"""

from __future__ import annotations

from tasks.lexicon.vocabulary import read_rows, split_cell

# Headings that introduce lists of links to other pages ("Related articles", "Читайте также"), from
# tasks/lexicon/data/related_headings.csv (per language, with where they came from).
RELATED_HEADINGS: frozenset[str] = frozenset(
    word for row in read_rows("related_headings.csv") for word in split_cell(row["words"])
)

# A share bar's buttons alone on a line ("Facebook", "Email", "Print", "Share this:"), from
# tasks/lexicon/data/share_buttons.csv.
SHARE_BUTTONS: frozenset[str] = frozenset(
    word for row in read_rows("share_buttons.csv") for word in split_cell(row["words"])
)

# A story's e-mail and print tools set as plain text ("MAIL THIS STORY", "Printable version"), from
# tasks/lexicon/data/story_tools.csv: never the page's headline (tasks/html/headline.py).
STORY_TOOLS: frozenset[str] = frozenset(
    word for row in read_rows("story_tools.csv") for word in split_cell(row["words"])
)

# The label over the next story a site loads under the article ("Up next", "Articolul următor"), from
# tasks/lexicon/data/next_story_labels.csv (tasks/text/next_story.py).
NEXT_STORY_LABELS: frozenset[str] = frozenset(
    word for row in read_rows("next_story_labels.csv") for word in split_cell(row["words"])
)

# Words that, right before a name, mark the name as a cited source ("сообщает ТАСС").
REPORTING_CUES: tuple[str, ...] = (
    "сообщает", "сообщил", "сообщила", "сообщили", "передает", "передаёт", "пишет",
    "цитирует", "информирует", "со ссылкой на", "по сообщению", "по данным", "агентство",
    "цитирани от", "съобщи", "съобщава", "според", "повідомляє", "пише", "з посиланням на",
    "reports", "reported", "according to", "told", "said", "citing", "quoted by", "via",
    "berichtet", "meldet", "laut", "selon", "rapporte", "según", "informa", "segundo",
    "secondo", "według", "podle", "habere göre", "göre", "xəbər verir",
)  # fmt: skip

# Sentence-ending punctuation across scripts: Latin, CJK and Arabic marks, the Devanagari danda, the Armenian full
# stop (U+0589), the Ethiopic full stop (U+1362), the Myanmar section mark (U+104B), the Khmer khan (U+17D4) and the
# Arabic full stop (U+06D4) that Urdu, Sindhi and Pashto end sentences with (Unicode's Sentence_Terminal property).
SENTENCE_END = ".!?…。！？؟।։።။។۔"
# Closing quotes and brackets that may follow the sentence end.
CLOSERS = "\"'»”’)]›»」』"
