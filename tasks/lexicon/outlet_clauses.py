"""More clause shapes that show a cited name is an outlet, whatever the verb (see :mod:`outlet_mentions`).

- an "as" clause opening the sentence: "Comme le souligne « Le Courrier picard », …", "Wie die
  „Ostsee-Post“ schreibt, …", "As the Valley Herald noted, …";
- a clause after a comma that opens with the outlet and ends the sentence with its verb: "…, the Riverside
  Tribune has learned.", "…, «Газета» уточнила.";
- in Arabic, a descriptor, the outlet's name and the complementiser or preposition that follows a reporting
  verb ("نبهت صحيفة صدى الجنوب إلى أن …"): the name is the words between.

The name must look like an outlet: quoted, a domain, right after an outlet descriptor, or holding an outlet
word (Tribune, Radio, правда). A bare capitalised name is how people and companies look, and stays out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.outlet_endings import known_outlet_ending_at
from tasks.lexicon.outlet_mentions import OUTLET_QUOTES, locative_before
from tasks.lexicon.outlets import is_known_outlet, known_outlet_at
from tasks.lexicon.span_leads import QUOTES, TOKEN, lead_end
from tasks.lexicon.spans import SENTENCE_PUNCT, NameSpan, name_after, quoted_at
from tasks.lexicon.vocabulary import name_word_role, name_words, reporting_phrases
from tasks.lexicon.word_classes import is_caseless, is_namey

MAX_LEAD_WORDS = 3  # lower-case words between "as" and the name ("Comme le souligne")
MAX_VERB_WORDS = 3  # lower-case words after the name ("has learned", "уточнила")
MAX_ARABIC_NAME = 3
MIN_ARTICLE_NAME = 3  # "El Faro de Almería" opens with an article; so do people's names ("Le Pen", "La Russa")

_COMBINING_MARKS = "".join(map(chr, range(0x300, 0x370)))  # tone and accent marks, which TOKEN leaves out
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")


# A sentence's first word and the space after it, tone marks in it ("Gẹ́gẹ́"): at the text's start, or after a sentence's
# end and its spaces. Once one alternation, "(?:^|[.!?]\s+)(word)\s", which `re` tried at every position of a
# paragraph (9 µs of 12 a paragraph); each part alone opens with what it matches first, and the two find the same
# words in the same order (a word holds no sentence end, so no match overlaps another; tests/test_speed29_round.py).
_FIRST_WORD = re.compile(r"(\w[\w\u0300-\u036f]*)\s")
_NEXT_SENTENCE_WORD = re.compile(r"[.!?]\s+(\w[\w\u0300-\u036f]*)\s")


def _sentence_openings(text: str) -> Iterator[re.Match[str]]:
    """What the one alternation (above) matched in the text, in order."""
    first = _FIRST_WORD.match(text)
    if first is not None:
        yield first
    yield from _NEXT_SENTENCE_WORD.finditer(text)


def as_clause_spans(text: str) -> list[tuple[NameSpan, str]]:
    """ "Comme le souligne « X », …": an outlet in a sentence-opening "as" clause."""
    words = name_words()
    found: list[tuple[NameSpan, str]] = []
    for opening in _sentence_openings(text):
        if opening.group(1).casefold() not in words.as_words:
            continue
        position, led = opening.end(1), 0  # led: the lead words that are no article ("le souligne")
        for token in itertools.islice(TOKEN.finditer(text, position), MAX_LEAD_WORDS + 1):  # not the whole rest
            span = name_after(text, position)
            if (
                span is not None
                and _outlet_like(text, span)
                and (_verb_then(text, span.end, ",", minimum=0 if led else 1) or _verb_ends_clause(text, span.end))
            ):  # "Come Super Bowl Sunday, …" (Italian "as", an English "when … comes"): no verb, no outlet
                found.append((span, "as_clause"))
                break
            lower = token.group(0).islower() and not text[position : token.start()].strip()
            if not lower or token.group(0).casefold() in words.where_said:
                break
            position, led = token.end(), led + (token.group(0).casefold() not in words.articles)
    return found


def outlet_first_spans(text: str) -> list[tuple[NameSpan, str]]:
    """ "…, the Riverside Tribune has learned.": a clause that opens with the outlet and ends the sentence."""
    words = name_words()
    found: list[tuple[NameSpan, str]] = []
    for comma in re.finditer(r",\s+", text):
        if text[comma.end() : comma.end() + 1] in OUTLET_QUOTES:  # "…, «Газета» уточнила."
            quoted = quoted_at(text, comma.end())
            if quoted is not None and _verb_then(text, quoted.end, SENTENCE_PUNCT, minimum=1):
                found.append((quoted, "outlet_first"))
            continue
        run = _capitalised_run(text, comma.end())
        outlet = words.outlet_marks
        if not run or run[-1].group(0).casefold() not in outlet:
            continue  # "the Star Wars actor said": the name must end in an outlet word (Tribune, Radio)
        if all(t.group(0).casefold() in outlet for t in run) and not text[comma.end() : run[0].start()].strip():
            continue  # "TV reports said": a kind of outlet, no one's name ("the Telegraph", "The News" are names)
        span = name_after(text[: run[-1].end()], comma.end())
        if span is not None and _verb_then(text, span.end, SENTENCE_PUNCT, minimum=1):
            found.append((span, "outlet_first"))
    return found


def _capitalised_run(text: str, start: int) -> list[re.Match[str]]:
    """The capitalised words from `start` (after an optional "the"), joined by single spaces."""
    run: list[re.Match[str]] = []
    for token in TOKEN.finditer(text, start):
        gap = text[run[-1].end() if run else start : token.start()]
        if gap.strip() or (run and gap != " "):
            break
        if not run and token.group(0) == "the":
            start = token.end()
            continue
        if not is_namey(token.group(0)):
            break
        run.append(token)
    return run


def arabic_described_spans(text: str) -> list[tuple[NameSpan, str]]:
    """ "صحيفة صدى الجنوب إلى أن": the words between a descriptor and the complementiser after the name."""
    if not _ARABIC_LETTER.search(text):
        return []  # the descriptor and the name are in Arabic script, which has no case
    words = name_words()
    tokens = list(TOKEN.finditer(text))
    found: list[tuple[NameSpan, str]] = []
    for i, token in enumerate(tokens):
        if token.group(0).casefold() not in words.descriptors or not is_caseless(token.group(0)):
            continue
        if locative_before(text, token.start()):
            continue
        name = [t for t in tokens[i + 1 : i + 2 + MAX_ARABIC_NAME]]
        stop = next((j for j, t in enumerate(name) if t.group(0) in words.complementizers), None)
        if not stop or not all(is_caseless(t.group(0)) for t in name[:stop]):
            continue
        joined = " ".join(t.group(0) for t in name[:stop])
        if joined.casefold() in words.generic or name[0].group(0).casefold() in words.generic:
            continue
        found.append((NameSpan(name[0].start(), name[stop - 1].end(), "described"), "arabic_descriptor"))
    return found


def _outlet_like(text: str, span: NameSpan) -> bool:
    """Quoted, a domain, right after a descriptor, or holding an outlet word."""
    words = name_words()
    tokens = text[span.start : span.end].split()
    if span.how in ("quoted", "domain") or (len(tokens) >= MIN_ARTICLE_NAME and tokens[0].casefold() in words.articles):
        return True  # a capitalised article opens outlet names ("El Faro de Almería"), but also "Le Pen"
    before = [t.group(0).casefold() for t in TOKEN.finditer(text[: span.start])][-2:]
    # (a descriptor of two words too: Igbo "akwụkwọ akụkọ", newspaper)
    described = bool(before) and (before[-1] in words.descriptors or " ".join(before) in words.descriptors)
    outlet = words.outlet_marks
    return described or any(t.group(0).casefold() in outlet for t in TOKEN.finditer(text[span.start : span.end]))


def _verb_then(text: str, end: int, stops: str, minimum: int = 0) -> bool:
    """After the name: `minimum` to MAX_VERB_WORDS lower-case words, then one of `stops`."""
    rest = text[end:].lstrip("".join(QUOTES) + "»“” ")
    count = 0
    while count <= MAX_VERB_WORDS:
        if count >= minimum and (not rest or rest[0] in stops):
            return bool(rest) or stops != ","
        token = TOKEN.match(rest)
        if token is None or not token.group(0).islower():
            return False
        # a tone mark closing the verb is no word's end ("ṣe jábọ̀,": the Yoruba low tone, a combining mark)
        rest = rest[token.end() :].lstrip(_COMBINING_MARKS).lstrip()
        count += 1
    return False


def _verb_ends_clause(text: str, end: int) -> bool:
    """The clause after the name ends with a reporting verb before its comma, whatever stands between ("Wie der
    „Spiegel“ unter Berufung auf Regierungskreise berichtet, …": German puts the verb last)."""
    clause = re.match(r"[^,.!?;]*(?=,)", text[end:])
    tokens = TOKEN.findall(clause.group(0)) if clause else []
    if len(tokens) > 1 and tokens[-1].casefold() in name_word_role("clause_auxiliary"):  # "… berichtet hatte,"
        tokens = tokens[:-1]
    return 0 < len(tokens) <= MAX_CLAUSE_WORDS and tokens[-1].casefold() in _clause_final_verbs()


@lru_cache(maxsize=1)
def _clause_final_verbs() -> frozenset[str]:
    """One-word reporting verbs that may close a clause after the name (sides after, after_final, after_quoted)."""
    phrases = reporting_phrases()
    return frozenset(p for p in (*phrases.after, *phrases.after_final, *phrases.after_quoted) if " " not in p)


MAX_CLAUSE_WORDS = 8


def listed_after(text: str, end: int, known: Callable[[str], bool], every: bool = False) -> list[NameSpan]:
    """The names of a list right after a reporting phrase ("За матеріалами Reuters та The Guardian", "Con información
    de El Universal y Reuters", "pagal BNS ir LRT"), each cited. A name joined by "and" may be one longer name ("World
    Travel and Tourism Council"), so one side must be an agency or outlet the vocabularies know; `every` one when the
    phrase also takes people ("told CNN and Fox News"), and in a list with commas ("according to CNN, Fox News and
    the BBC"), where a comma parts a name from its apposition as often."""
    joiners = _list_joiners()
    for link in list(TOKEN.finditer(text, end))[:MAX_LISTED_WORDS]:
        if link.group(0).casefold() not in joiners or text[link.start() - 1 : link.start()] != " ":
            continue
        head = text[: link.start() - 1]
        after = TOKEN.match(text, link.end() + 1)
        pos = after.end() if after is not None and _is_article(after.group(0)) else link.end()  # "e da Folha"
        # an outlet that writes its own name in lower case ("e do g1", "dpa") is one of the list when it is known
        lefts, right = _comma_run(head, end), _member_at(text, pos)
        if not lefts or right is None or right.start not in _right_starts(text, pos):
            return []
        spans = [*lefts, right]
        names = [text[s.start : s.end].strip("".join(QUOTES)) for s in spans]
        knowns = [known(n) for n in names]
        namey = all(
            is_namey(n) or is_known_outlet(n) or s.how == "lower_agency" for n, s in zip(names, spans, strict=True)
        )
        if not namey or not (all(knowns) if every or len(lefts) > 1 else any(knowns)):
            return []
        return spans
    return []


def _comma_run(head: str, end: int) -> list[NameSpan]:
    """The names from `end` to the end of `head`, parted by commas ("CNN, Fox News"): one name or more, or none
    when anything else stands between them."""
    run: list[NameSpan] = []
    while (span := _member_at(head, end)) is not None:
        run.append(span)
        if span.end == len(head):
            return run
        if not head.startswith(",", span.end):
            return []
        end = span.end + 1
    return []


def _member_at(text: str, end: int) -> NameSpan | None:
    """A name of a list: capitalised, a known outlet in any case ("g1"), or a known agency in lower case ("Mit
    Material von dpa und AFP", "laut afp und dpa": the German wires write their own names so)."""
    return name_after(text, end) or known_outlet_at(text, end) or lower_agency_at(text, end)


# The next word in lower case: an agency whose name is so written ("dpa").
_LOWER_WORD = re.compile(r"\s*([a-z][a-z-]{1,14})\b")


def lower_agency_at(text: str, end: int) -> NameSpan | None:
    """ "laut dpa", "Mit Material der dpa": an agency whose own name is in lower case (the German wire's house style),
    which the capitalised names name_after reads do not include."""
    match = _LOWER_WORD.match(text, end)
    if match is None or not load_gazetteer().agency_of_name(match.group(1)):
        return None
    return NameSpan(match.start(1), match.end(1), "lower_agency")


def _right_starts(text: str, pos: int) -> tuple[int, ...]:
    """Where the name after the list's "and" may start: right after it, or after an outlet noun that says what it
    is ("Con información de AFP y del diario La Prensa", "de EFE y de la agencia AP"), as after the phrase itself."""
    start, described, _ = lead_end(text, pos, name_words())
    return (pos + 1, start) if described else (pos + 1,)


@lru_cache(maxsize=1)
def _list_joiners() -> frozenset[str]:
    """Every language's "and" (and_words.tsv) and the bylines' joiners ("&", "和")."""
    return load_byline_words().joiners | load_author_words().every_and


def _is_article(word: str) -> bool:
    vocabulary = name_words()
    return word.islower() and word in vocabulary.articles | vocabulary.particles


MAX_LISTED_WORDS = 9  # where the "and" may stand after the phrase: the first names' words


def known_list_before(text: str, start: int) -> list[NameSpan]:
    """The known outlets listed before the last one of a reporting verb ("CNN and Fox News reported", "NBC News and
    The Wall Street Journal first reported", "CNN, Fox News and the BBC reported"): the verb's name grammar reads the
    last one only. Every name must be an outlet the gazetteer knows (outlets.csv); a chain's list of its own papers
    names no verb (session 36). In line order."""
    head = _without_article(text[:start].rstrip())
    joiner = head.rsplit(maxsplit=1)[-1] if head else ""
    if joiner.casefold() not in _list_joiners():
        return []
    listed: list[NameSpan] = []
    span = known_outlet_ending_at(head, len(head) - len(joiner))
    while span is not None:  # back over the list's commas: "CNN, Fox News and"
        listed.insert(0, span)
        head = _without_article(text[: span.start].rstrip())
        span = known_outlet_ending_at(head, len(head) - 1) if head.endswith(",") else None
    return listed


def _without_article(head: str) -> str:
    """The text before a listed name without the sentence's lower-case article closing it ("… and the")."""
    last = head.rsplit(maxsplit=1)[-1] if head else ""
    return head[: -len(last)].rstrip() if _is_article(last) else head
