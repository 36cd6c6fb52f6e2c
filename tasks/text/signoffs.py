"""The story's sign-off set as the main text's last paragraph: the line naming where its information came from.

Latin American and wire copy close with "Con información de EFE", "Com informações da Agência Brasil", "With
information from Reuters" on a line of its own (``signoff_information`` in ``datelines.csv``). Under the text the list
rules take it; closed by a full stop ("Con información de La Prensa.") it reads as the text's last line, and the
HTML path already labels it furniture (``tasks/html/segment.py``, ``signoff_line``). The credits then read whom it
names.
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.lexicon.vocabulary import dateline_patterns
from tasks.text.verdicts import Verdict


def information_signoff(text: str) -> Verdict | None:
    """A line inside the main text that is only the sign-off naming the story's sources: furniture, not text."""
    if dateline_patterns()["signoff_information"].fullmatch(text.strip()) is None:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "signoff_line",
        "only the story's sign-off naming where its information came from", 0.8,
    )  # fmt: skip
