"""Where a credited person's name begins and ends in a byline's chunk: the punctuation around it, an initial glued to
the name ("Б.Энхжаргал"), the dots and quotes that belong to the name ("John Q.", "International Paper Co.",
"ГТРК «Мордовия»"). Split from :mod:`tasks.credits.bylines` (session 49) to keep it under the module limit."""

from __future__ import annotations

import re

from tasks.credits.name_forms import ends_in_caseless_initial
from tasks.lexicon.vocabulary import name_words

NAME_PUNCT = "\"'«»„“”‘’.:!?*"  # "*": a footnote mark after the name, its note on the writer below the text
_CLOSING_QUOTES = {"»": "«", "“": "„", "”": "“", '"': '"'}  # a closing quote and the opening one it pairs with
# An initial written onto the name it stands before, one word in all: the Mongolian patronymic's initial before the
# given name ("Б.Энхжаргал", the country's own way of writing a person), the Russian regional papers' "А.Иванов".
_GLUED_INITIAL = re.compile(r"[^\W\d_]\.[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")


def is_glued_initial(word: str) -> bool:
    """ "Б.Энхжаргал": a capital initial, its dot and a title-case name (not "U.S.", not an abbreviation "т.е.")."""
    bare = word.strip(NAME_PUNCT.replace(".", ""))
    if _GLUED_INITIAL.fullmatch(bare) is None:
        return False
    return bare[0].isupper() and bare[2].isupper() and not bare[3:].isupper()


def trim_name_span(chunk: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding quotes and punctuation; an initial keeps its dot ("John Q.")."""
    while start < end and chunk[start] in NAME_PUNCT:
        start += 1
    while end > start and chunk[end - 1] in NAME_PUNCT:
        if (
            chunk[end - 1] == "."
            and end - start >= 2
            and chunk[end - 2].isupper()
            and not chunk[end - 3 : end - 2].isalpha()
        ):
            break
        if chunk[end - 1] == "." and ends_in_caseless_initial(chunk[start : end - 1]):
            break  # "അനില്‍ കുമാര്‍ പി.": the initial closing a caseless name keeps its dot
        if chunk[end - 1] == "." and is_company_form(chunk[start : end - 1]):
            break  # "International Paper Co.": the company's legal form keeps its dot
        if chunk[end - 1] in _CLOSING_QUOTES and _CLOSING_QUOTES[chunk[end - 1]] in chunk[start + 1 : end - 1]:
            break  # "ГТРК «Мордовия»": the outlet's quoted name inside the credit keeps its closing quote
        unquoted = start == 0 or chunk[start - 1] not in NAME_PUNCT
        if chunk[end - 1] in "'’" and chunk[max(start, end - 3) : end - 1].casefold() == "ng" and unquoted:
            break  # "Otieno Ochieng'": the Swahili and Luo letter ng' (the velar nasal) closes the name
        end -= 1
    return start, end


def is_company_form(name: str) -> bool:
    """The name's last word, after another, is a company's abbreviated legal form ("Co", "Inc", "Ltd")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in name_words().company and words[-1][:1].isupper()
