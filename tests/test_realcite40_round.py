"""Session 40's study of the outlets cited in the article's paragraphs on real pages (issue 13, helper s40-realcite).
What stayed: a known outlet the gazetteer lists only as written with its capital "The" ("The Guardian", "The
Independent", "The Atlantic": also common words), written mid-sentence with the sentence's lower-case "the" ("the
Guardian quoted …", "writes the Independent", "confirmed to the Guardian"), which no citing frame that needs a known
outlet read; a known outlet before the perfect of its reporting verbs or its own report's finding ("The Guardian has
revealed that …", "the BBC has been told", "A Wall Street Journal report said …"); the paper a speaker was quoted in
and the site that spotted a change first ("was quoted in the Guardian as saying", "first spotted by TechCrunch"); and
English news sites and papers the gazetteer lacked ("Boy Genius Report", "Financial Post"). The lines are written for
the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.outlet_marks import is_known_outlet_named
from tasks.lexicon.outlets import is_known_outlet


def _sources(text: str) -> list[str | None]:
    return [f.name for f in in_body_citations(text, 1, load_gazetteer()) if f.kind.value in ("source", "agency")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The bridge will close, the Guardian quoted the mayor as saying.", ["Guardian"]),
        ("The bridge will close, writes the Independent.", ["Independent"]),
        ("The bridge will close, per the Telegraph.", ["Telegraph"]),
        ("The mayor confirmed to the Guardian that the bridge will close.", ["Guardian"]),
        ("The bridge will close, reported by the Atlantic.", ["Atlantic"]),
    ],
)  # fmt: skip
def test_a_the_outlet_written_with_the_sentences_lower_case_article(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The Guardian Council says the bridge will close.",  # another name goes on after the outlet's word
        "The mayor told the Guardian Council that the bridge will close.",
        "The independent candidate said the bridge will close.",  # the common word in lower case
        "The mayor told the independent review that the bridge will close.",
    ],
)
def test_the_lower_case_article_before_no_outlet_cites_none(text: str) -> None:
    assert _sources(text) == []


def test_the_lower_case_article_is_no_part_of_the_name() -> None:
    text = "Tell the Guardian."
    start = text.index("Guardian")
    assert is_known_outlet_named(text, start, start + len("Guardian"))
    assert not is_known_outlet("Guardian")  # alone, with no article, it stays a word (a person's or a title's)
    other = "Tell Guardian."
    assert not is_known_outlet_named(other, 5, 5 + len("Guardian"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Independent has revealed that the bridge will close.", ["The Independent"]),
        ("The bridge will close, the BBC has been told.", ["BBC"]),
        ("A Wall Street Journal report said the bridge will close.", ["Wall Street Journal"]),
        ("The bridge will close, a CNN report found.", ["CNN"]),
        ("The bridge will close, the mayor was quoted in the Guardian as saying.", ["Guardian"]),
        ("The change was first spotted by TechCrunch.", ["TechCrunch"]),
    ],
)  # fmt: skip
def test_a_known_outlets_perfect_its_report_and_the_paper_quoted_in(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "A study has revealed that the bridge will close.",  # no outlet before the verb
        "Police have been told the bridge will close.",
        "A council report said the bridge will close.",
        "He was quoted in his memoir as saying the bridge will close.",
        "The change was spotted by a reader.",
    ],
)
def test_the_same_verbs_after_no_known_outlet_cite_none(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The phone ships in May, via Boy Genius Report.", ["Boy Genius Report"]),
        ("The Financial Post has learned that the bridge will close.", ["Financial Post"]),
    ],
)
def test_english_news_sites_the_gazetteer_lacked(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The bridge will close, the mayor told the Riverside Times-Union on Monday.", ["Riverside Times-Union"]),
        ("The bridge will close, a spokesman told the Harbour Clarion-Ledger.", ["Harbour Clarion-Ledger"]),
    ],
)
def test_a_papers_name_joining_two_outlet_words_by_a_hyphen(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close, the coach told the All-Star team on Monday.",
        "The bridge will close, the mayor told the Coca-Cola company.",
    ],
)
def test_a_hyphenated_name_with_no_outlet_word_is_no_outlet(text: str) -> None:
    assert _sources(text) == []
