"""An interview's first question, above the main text: the region search starts the text at the first answer, whose
question is too short for prose, and the headline finder took the question for the headline."""

from __future__ import annotations

from tasks.text.lines import Line
from tasks.text.region import PageView

# A dialogue dash opening a line, as interviews set both question and answer ("– Πώς ξεκινήσατε;", "— Як почалися?").
_DIALOGUE_DASHES = ("– ", "— ", "- ", "―")
# Question marks: Latin and full-width ones, the Arabic one, and Greek's (U+037E, which Unicode folds to ";").
_QUESTION_MARKS = ("?", "？", "؟", ";", "\u037e")
# An interview's main text holds at least this many questions (the first one above it aside), each over its answer.
MIN_QUESTIONS_BELOW = 1


def _in_dialogue(text: str) -> bool:
    return text.lstrip().startswith(_DIALOGUE_DASHES)


def _question(text: str) -> bool:
    """A line opened by a dialogue dash that ends with a question mark: an interviewer's question."""
    return _in_dialogue(text) and text.rstrip(" »\"'”").endswith(_QUESTION_MARKS)


def over_first_question(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the interview's first question right above it in its block ("– Πώς ξεκινήσατε να παίζετε
    λύρα;" over "– Στο σπίτι μας …"), when the main text opens with an answer set by a dialogue dash and holds more
    such questions each over its answer: question and answer are the text, not a headline over it."""
    if region is None or region[0] == 0:
        return region
    first, k = region[0], region[0] - 1
    if lines[k].block_index != lines[first].block_index or view.verdicts[k] is not None:
        return region
    if not _question(lines[k].text) or not _in_dialogue(lines[first].text):
        return region
    asked = sum(_question(lines[j].text) and _in_dialogue(lines[j + 1].text) for j in range(first, region[1]))
    return (k, region[1]) if asked >= MIN_QUESTIONS_BELOW else region
