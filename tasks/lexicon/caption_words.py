"""The words of caption_credit_words.csv by role: a picture's file words ("Reuters file"), the agency that passed it
on ("via"), "file photo" alone (``file_picture``), every language. Read here, below the credit parsers that use them
(credit_tails, caption_credits), so each reads the one list."""

from __future__ import annotations

from functools import cache

from tasks.lexicon.vocabulary import read_rows, split_cell


@cache
def caption_credit_words(role: str) -> tuple[str, ...]:
    """The words of a role in caption_credit_words.csv (``file``: the picture is an older one, "Reuters file";
    ``via``: an agency passed it on), every language, longest first."""
    words = {
        w for row in read_rows("caption_credit_words.csv") if row["role"] == role for w in split_cell(row["words"])
    }
    return tuple(sorted(words, key=len, reverse=True))
