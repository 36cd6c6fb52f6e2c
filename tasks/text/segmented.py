"""What segmenting a page gives: its lines, each with its verdict, and what was learnt about the page on the way.
Split from :mod:`tasks.text.segment` (session 49) to keep it under the module limit; most callers import both names
from there."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Label
from tasks.text.lines import Line
from tasks.text.verdicts import Verdict


@dataclass(frozen=True, init=False)
class LabelledLine:
    """A line of the page with its verdict."""

    line: Line
    verdict: Verdict

    def __init__(self, line: Line, verdict: Verdict) -> None:  # as Verdict's (tasks/text/verdicts.py): one per line
        fields = self.__dict__
        fields["line"], fields["verdict"] = line, verdict


@dataclass(frozen=True)
class Segmented:
    """A page split into labelled lines, and what was learnt about it on the way."""

    lines: list[LabelledLine]
    language: str | None
    language_score: float
    main_region: tuple[int, int] | None  # first and last line number of the main text

    def with_label(self, label: Label) -> list[LabelledLine]:
        return [ll for ll in self.lines if ll.verdict.label == label]
