"""Session 38's study of the outlets cited in the article's paragraphs on real pages (issue 13, helper s38-realcite).
What stayed: every known outlet of a list before or after the reporting phrase ("CNN, Fox News and the BBC
reported", "according to CNN, Fox News and the BBC", "told CNN and Fox News"), a site's host name in lower case in a
closing source bracket ("(Source: smalltowngazette.com)"), a known outlet that quoted someone, broke the story or
understands a fact, "according to a report on" a known outlet and "interviews with" outlets. The lines are written
for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer


def _sources(text: str) -> list[str | None]:
    return [f.name for f in in_body_citations(text, 1, load_gazetteer()) if f.kind.value in ("source", "agency")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("CNN, Fox News and the BBC reported that the plant will close.", ["CNN", "Fox News", "BBC"]),
        ("The plant will close, CNN, Fox News and the BBC reported.", ["CNN", "Fox News", "BBC"]),
        (
            "The plant will close, the New York Times, the Washington Post and the Boston Globe reported.",
            ["New York Times", "Washington Post", "Boston Globe"],
        ),
        ("The plant will close, according to CNN, Fox News and the BBC.", ["CNN", "Fox News", "BBC"]),
        ("The mayor told CNN and Fox News that the plant will close.", ["CNN", "Fox News"]),
        ("The mayor told the New York Times and the Washington Post that it will close.", ["New York Times",
                                                                                          "Washington Post"]),
        ("The mayor said in interviews with CNN and Fox News that the plant will close.", ["CNN", "Fox News"]),
    ],
)  # fmt: skip
def test_every_known_outlet_of_a_list_is_cited(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a person or a firm in the list: the comma parts a name from its apposition as often, so no list is read
        ("The plant will close, Apple, Fox News and the BBC reported.", ["Fox News", "BBC"]),
        ("The plant will close, according to Ann Lee, a spokeswoman, and the BBC.", []),
        ("The mayor told reporters and Fox News that the plant will close.", []),
        ("In a 2019 interview with CNN and Fox News the mayor said the plant would close.", []),  # an old interview
        ("The plant will close, according to the World Travel and Tourism Council.", []),
    ],
)
def test_a_list_with_other_names_cites_only_its_known_outlets(text: str, names: list[str]) -> None:
    assert _sources(text) == names


def test_a_host_name_in_a_closing_source_bracket_is_cited() -> None:
    text = "The plant will close next year, with 500 jobs lost. (Source: smalltowngazette.com)"
    assert _sources(text) == ["smalltowngazette.com"]


def test_the_sentences_words_in_a_source_bracket_are_no_name() -> None:
    assert _sources("The plant will close next year, with 500 jobs lost. (Source: the city's website)") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The New York Times quoted a spokesman as saying the plant will close.", "The New York Times"),
        ("The Daily Mail broke the story on Sunday.", "Daily Mail"),
        ("Sky News understands that the plant will close.", "Sky News"),
        ("The plant will close, according to a report on CNN.", "CNN"),
    ],
)
def test_a_known_outlet_that_quoted_broke_or_understands_is_cited(text: str, name: str) -> None:
    assert _sources(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee quoted a spokesman as saying the plant will close.",  # people quote too: only known outlets
        "The union understands that the plant will close.",
        "The plant will close, according to a report on the economy.",
        "The mayor said in interviews with reporters that the plant will close.",
    ],
)
def test_the_same_verbs_after_other_names_cite_nothing(text: str) -> None:
    assert _sources(text) == []
