"""Split decoded text into lines and blank-line separated blocks, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, init=False)
class Line:
    """One non-blank line of a text dump, numbered from 1 as in the file."""

    number: int
    text: str
    block_index: int
    index_in_block: int

    def __init__(self, number: int, text: str, block_index: int, index_in_block: int) -> None:
        # set straight into the instance's dict, as Verdict's (tasks/text/verdicts.py): one is built for every line
        fields = self.__dict__
        fields["number"], fields["text"], fields["block_index"], fields["index_in_block"] = (
            number, text, block_index, index_in_block,
        )  # fmt: skip


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their block index; a block is a run of non-blank lines."""
    lines: list[Line] = []
    block = -1
    in_block = False
    position = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            in_block = False
            continue
        if not in_block:
            block += 1
            in_block = True
            position = 0
        lines.append(Line(number=number, text=raw, block_index=block, index_in_block=position))
        position += 1
    return lines


def every_line_apart(lines: list[Line]) -> bool:
    """Every line stands in a block of its own (the public benchmarks' dumps put a blank line after each): the page's
    blocks then say nothing of which lines belong together."""
    return all(line.index_in_block == 0 for line in lines)
