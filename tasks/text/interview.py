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
    such questions each over its answer: question and answer are the text, not a headline over it. Likewise a question
    set without a dash over an answer's paragraph, when the main text holds two more such questions."""
    if region is None or region[0] == 0:
        return region
    first, k = region[0], region[0] - 1
    if lines[k].block_index != lines[first].block_index or view.verdicts[k] is not None:
        return region
    if _question(lines[k].text) and _in_dialogue(lines[first].text):
        asked = sum(_question(lines[j].text) and _in_dialogue(lines[j + 1].text) for j in range(first, region[1]))
        return (k, region[1]) if asked >= MIN_QUESTIONS_BELOW else region
    if not _plain_question(lines[k].text) or view.prose[k] or not view.prose[first]:
        return region
    asked = sum(
        _plain_question(lines[j].text) and not view.prose[j] and view.prose[j + 1] for j in range(first, region[1])
    )
    return (k, region[1]) if asked >= MIN_PLAIN_QUESTIONS_BELOW else region


# A magazine's interview sets its questions without a dash, each a short line over its answer's paragraph ("Kaj vas je
# spet odpeljalo v Himalajo?" over "Radovednost. …"): with no dash to tell them, two more such questions in the main
# text show an interview (a subheading asking a question is seldom followed by another).
MIN_PLAIN_QUESTIONS_BELOW = 2
# The question marks of a question set without a dash: Greek's (";" once folded) ends many a line that asks nothing.
_PLAIN_QUESTION_MARKS = ("?", "？", "؟")


def _plain_question(text: str) -> bool:
    """A line ending with a question mark, no dialogue dash needed: an interviewer's question set plainly."""
    return text.rstrip(" »\"'”").endswith(_PLAIN_QUESTION_MARKS)
