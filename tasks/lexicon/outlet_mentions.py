"""Outlets a paragraph cites without a listed reporting verb: found by the shape of the clause.

Reporting verbs are open-ended ("уточни", "інформує", "gündeme getirdi", "hervor"), so a name is also
taken when the clause itself shows it is an outlet, whatever the verb:

- an outlet descriptor right before it ("радио „Фокус Север“", "the broadcaster KXVR",
  "des Senders Radio Elbtal") or right after it in verb-final languages ("Ege Postası gazetesi",
  "«Жетісу ақпарат» порталы");
- or, with no descriptor, quotes in a clause that follows a comma: ", <one to three lower-case words>
  «Name»." ("…, повідомляє «Газета».").

The name must end its clause: punctuation follows, or at most two lower-case words and then the end
of the sentence ("…, the local broadcaster KXVR said."). Bare capitalised names are never enough (that
is how people look), nor bare acronyms (`NATO said`); a descriptor-introduced name must be quoted, a
domain, a known agency, an all-caps acronym or an outlet-like run the span grammar accepts. A
preposition of place or company in front ("в газете", "in the magazine", "от „Топлофикация“") means
the outlet is where something happened or a company speaking, not a source. People and companies
are dropped as for reporting verbs (:func:`tasks.lexicon.people.is_person_or_company`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from tasks.lexicon.automaton import PARAGRAPH_SCANS, PhraseAutomaton, fold
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.reporting_cues import has_cue_after
from tasks.lexicon.span_leads import QUOTES, TOKEN
from tasks.lexicon.spans import SENTENCE_PUNCT, NameSpan, name_after
from tasks.lexicon.spans_before import name_before
from tasks.lexicon.vocabulary import job_titles, name_word_role, name_words
from tasks.lexicon.word_classes import is_function_word, is_namey

# Lower-case words between the comma and a quoted name with no descriptor (the verb, an adverb).
MAX_CLAUSE_LEAD = 3
# Lower-case words after the name before the sentence ends ("KXVR said.", "порталы жазды.").
MAX_TRAILING_WORDS = 2
# Letters before a German descriptor that make a compound ("Lokal|blatt", "Regional|senders").
MIN_COMPOUND_HEAD = 3
# Letters of a descriptor that may close a compound ("blatt" yes, "tv" no).
MIN_COMPOUND_TAIL = 5
# Words before a descriptor searched for a job title, "of" or a conjunction ("editor of glossy magazine").
AFFILIATION_WINDOW = 4
# Quotes that mark names in the typography of the languages that quote outlets (Cyrillic, German, French);
# English "…" and '…' mark speech and scare quotes as often ("the untouchable ‘Saint Barack’").
OUTLET_QUOTES = "«„»"
_ELIDED = re.compile(r"^[ldLD][’']")


def described_spans(text: str) -> list[tuple[NameSpan, str]]:
    """Names next to an outlet descriptor that end their clause, with how each was found."""
    words = name_words()
    found: list[tuple[NameSpan, str]] = []
    if not _descriptor_inside().occurs_in(text):
        return found  # every descriptor token, compounds included, ends in a descriptor: most paragraphs hold none
    for token in _tokens_ending_in_a_descriptor(text):
        word = _ELIDED.sub("", token.group(0))
        folded = word.casefold()
        if not is_descriptor(folded) or folded in words.object_descriptors or locative_before(text, token.start()):
            continue  # "купила газету «…»": an accusative or instrumental outlet is what the news is about
        if _column_before(text, token.start()):
            continue  # "la rubrica settimanale «Colline»": "weekly" describes a column, its name is no outlet
        start = token.end() - len(word)  # "l'hebdomadaire": past the elided article
        if not is_namey(word) or _quote_next(text, token.end()):
            at = start + _descriptor_offset(folded)  # "телеграм-канал": read from "канал"
            after = name_after(text, at) or _after_adjective(text, at, token.end()) or _known_next(text, token.end())
        elif is_capitalised_descriptor(folded) and _article_before(text, token.start()):
            after = _after_capitalised(text, start, word)  # "des Senders Radio Elbtal": German capitalises nouns
        else:
            continue
        if after is not None and folded in words.quoted_only_descriptors and after.how != "quoted":
            after = None  # "every list Pride, or hubris": "list" is a Serbian paper and an English word
        if after is not None and after.start > start and _ends_clause(text, after.end) and not _is_time(text, after):
            if not _affiliated(text, token.start()) and not _owned(text, after.end):
                found.append((after, "descriptor"))
        elif folded in words.trailing_descriptors:
            before = _name_before_descriptor(text, token)
            if before is not None and _ends_clause(text, token.end()) and not _named_only(text, before.start):
                found.append((before, "descriptor_after"))
    return found


def _tokens_ending_in_a_descriptor(text: str) -> Iterator[re.Match[str]]:
    """The tokens whose case-folded form may be a descriptor (`is_descriptor`): those where a descriptor ends, found
    in one automaton pass over the case-folded text; a token where none ends is none, compounds included. Testing
    every token of a paragraph that holds a descriptor somewhere cost about 150 µs a paragraph (issue 15). Every
    token when case folding changes the text's length (offsets would not carry over) or a descriptor is not its
    own lower case (the automaton would not find it as written)."""
    folded = text.casefold()
    automaton, exact = _descriptor_inside(), _descriptors_are_lower_case()
    if not exact or len(folded) != len(text):  # a character that folds to two ("ß") moves the offsets
        return TOKEN.finditer(text)
    ends = {end for _start, end, _values in automaton.occurrences(folded)}
    return (token for token in TOKEN.finditer(text) if token.end() in ends)


@lru_cache(maxsize=1)
def _descriptors_are_lower_case() -> bool:
    return all(fold(d) == d for d in name_words().descriptors)


def _known_next(text: str, end: int) -> NameSpan | None:
    """A known outlet written in lower case right after the descriptor ("אתר ynet": the site ynet), or a brand's
    lower-case letter before its capital ("o portal aRede", "the channel eNCA"), which the descriptor vouches for."""
    following = TOKEN.search(text, end)
    if following is None or text[end : following.start()].strip():
        return None
    name = following.group(0).rstrip(".,;:!?)»”\"'")
    start = following.start()
    branded = name[:1].islower() and name[1:2].isupper()
    return NameSpan(start, start + len(name), "known_outlet") if name and (is_known_outlet(name) or branded) else None


def is_descriptor(folded: str) -> bool:
    """An outlet descriptor, or a compound ending in one: "телеграм-канал", "интернет-издание", "Lokalblatt"."""
    words = name_words()
    if folded in words.descriptors:
        return True
    head = folded.rsplit("-", 1)[-1]
    return (head != folded and head in words.descriptors) or is_capitalised_descriptor(folded)


def is_capitalised_descriptor(folded: str) -> bool:
    """A descriptor of a noun-capitalising language, alone or closing a compound ("Regionalsenders")."""
    return folded in name_words().capitalised_descriptors or _compound_tail(folded) > 0


@lru_cache(maxsize=1)
def _descriptor_inside() -> PhraseAutomaton[str]:
    """Every descriptor, to test in one pass whether a text holds any (a 368-way regex alternation took 80 µs)."""
    return PhraseAutomaton(((d, d) for d in name_words().descriptors), group=PARAGRAPH_SCANS)


@lru_cache(maxsize=1)
def _compound_tails() -> tuple[frozenset[str], tuple[int, ...]]:
    """Capitalised descriptors long enough to close a compound, and their lengths, longest first: a token is
    checked once per length instead of once per descriptor (the loop was a third of the core's time)."""
    tails = frozenset(d for d in name_words().capitalised_descriptors if len(d) >= MIN_COMPOUND_TAIL)
    return tails, tuple(sorted({len(d) for d in tails}, reverse=True))


def _compound_tail(folded: str, min_head: int = MIN_COMPOUND_HEAD) -> int:
    """Length of the longest capitalised descriptor closing ``folded`` after at least ``min_head`` letters."""
    tails, lengths = _compound_tails()
    for length in lengths:
        if len(folded) >= length + min_head and folded[-length:] in tails:
            return length
    return 0


def _after_adjective(text: str, start: int, end: int) -> NameSpan | None:
    """ "la radio locale Fréquence Lagune", "el diario digital X": one adjective after the descriptor, read as
    if it were not there (only adjectives by their ending or listed ones, never a verb: "the paper reported X")."""
    words = name_words()
    adjective = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if adjective is None or not adjective.group(0).islower():
        return None
    folded = adjective.group(0).casefold()
    if folded not in words.outlet_adjectives and not folded.endswith(
        words.outlet_adjective_endings + words.demonym_endings
    ):
        return None
    blanked = text[: adjective.start()] + " " * len(adjective.group(0)) + text[adjective.end() :]
    span = name_after(blanked, start)
    return span if span is not None and span.start > adjective.end() else None


def _after_capitalised(text: str, start: int, word: str) -> NameSpan | None:
    """The name after a capitalised descriptor, read as after its lower-case form (a descriptor, not a name part);
    a compound's head is blanked out ("Regional|senders")."""
    offset = _descriptor_offset(word.casefold())
    tail = word[offset:].lower()
    if len(tail) != len(word) - offset:
        return None
    return name_after(text[:start] + " " * offset + tail + text[start + len(word) :], start + offset)


def _descriptor_offset(folded: str) -> int:
    """Where the descriptor starts inside a compound: after the last hyphen, or after a German compound's head."""
    words = name_words()
    if folded in words.descriptors:
        return 0
    if "-" in folded and folded.rsplit("-", 1)[-1] in words.descriptors:
        return folded.rindex("-") + 1
    tail = _compound_tail(folded, min_head=0)
    return len(folded) - tail if tail else 0


def _name_before_descriptor(text: str, token: re.Match[str]) -> NameSpan | None:
    """ "Ege Postası gazetesi", "«Жетісу ақпарат» порталы", "'Bozkır Sesi' internet sitesi"."""
    words = name_words()
    previous = list(TOKEN.finditer(text[: token.start()]))[-1:]
    start = token.start()
    if previous and f"{previous[0].group(0)} {token.group(0)}".casefold() in words.descriptors:
        start = previous[0].start()  # a two-word descriptor: "internet sitesi"
    span = name_before(text, token.end()) if start == token.start() else None
    if span is None:
        span = name_before(text, start)
        span = span if span is not None and span.how == "quoted" else None
    return span if span is not None and span.end <= start else None


def _affiliated(text: str, start: int) -> bool:
    """ "editor of glossy magazine …", "founders of the site …", "…, and celebrity website …": a person of the
    outlet, or one item of a list: the outlet is named, not cited."""
    words = name_words()
    clause = re.split(r"[,.;:!?()\[\]]", text[:start])[-1]
    near = [t.group(0).casefold() for t in TOKEN.finditer(clause)][-AFFILIATION_WINDOW:]
    return any(w in words.affiliations or w in words.conjunctions or w in job_titles().titles for w in near)


def _owned(text: str, end: int) -> bool:
    """ "…, die auch die Tageszeitung Dolomiten herausgibt, …": a verb of publishing, owning or buying closes the
    clause after the outlet (German and Dutch put it last), so the outlet is its object, not who reported; or the
    outlet's history in an apposition after it ("El diario Última Hora, fundado en 1973, inauguró …", "Le quotidien
    Le Soir, racheté l'an dernier par …": ``history_participle``): the sentence is about the outlet, unless a
    reporting verb follows the apposition ("…, fundado en 1973, informó que …")."""
    clause = re.split(r"[,.;:!?()\[\]]", text[end:], maxsplit=1)[0]
    verbs = name_word_role("ownership_verb_final")
    if any(t.group(0).casefold() in verbs for t in TOKEN.finditer(clause)):
        return True
    apposition = _APPOSITION.match(text, end)
    if apposition is None or apposition.group(1).casefold() not in name_word_role("history_participle"):
        return False
    return not has_cue_after(text, apposition.end())


# A comma after the outlet, the apposition's first word, and the comma closing it.
_APPOSITION = re.compile(r"\s*,\s+(\w+)[^,.;:!?]*,")


def _named_only(text: str, start: int) -> bool:
    return locative_before(text, start) or _affiliated(text, start)


def _is_time(text: str, span: NameSpan) -> bool:
    """ "by Bild newspaper Wednesday": a time word is no name."""
    return text[span.start : span.end].casefold() in name_words().clause_ends


def _article_before(text: str, start: int) -> bool:
    before = [t.group(0) for t in TOKEN.finditer(text[:start])][-1:]
    return bool(before) and before[0].islower() and before[0].casefold() in name_words().articles


def quoted_clause_spans(text: str) -> list[tuple[NameSpan, str]]:
    """ "…, повідомляє «Газета».": a quoted name a few lower-case words after a comma, ending the clause."""
    found: list[tuple[NameSpan, str]] = []
    if not any(quote in text for quote in OUTLET_QUOTES):
        return found  # most paragraphs quote no name in « » or „ "
    for comma in re.finditer(r",\s+", text):
        lead = TOKEN.finditer(text, comma.end())
        position = comma.end()
        lead_words: list[str] = []
        for _ in range(MAX_CLAUSE_LEAD):
            token = next(lead, None)
            if token is None or text[position : token.start()].strip() or not token.group(0).islower():
                break
            if token.group(0).casefold() in name_words().where_said:
                break  # "…, сообщили в «Газпроме»": where it was said, not who reported
            position = token.end()
            lead_words.append(token.group(0))
            rest = text[position:].lstrip()
            if rest[:1] in OUTLET_QUOTES and any(not is_function_word(w) for w in lead_words):
                span = name_after(text, position)
                if span is not None and span.how == "quoted" and _ends_sentence(text, span.end):
                    found.append((span, "quoted_clause"))
                break
    return found


def _quote_next(text: str, end: int) -> bool:
    rest = text[end:].lstrip()
    return rest[:1] in QUOTES


def _column_before(text: str, start: int) -> bool:
    before = [t.group(0).casefold() for t in TOKEN.finditer(text[:start])][-1:]
    return bool(before) and before[0] in name_word_role("column_noun")


def locative_before(text: str, start: int) -> bool:
    """ "в газете", "in the magazine", "от „…“": a preposition of place (or of a company speaking) in front."""
    words = name_words()
    before = [t.group(0).casefold() for t in TOKEN.finditer(text[:start])][-2:]
    if len(before) == 2 and before[1] in words.articles | words.articles_strip:
        return before[0] in words.locatives
    return bool(before) and before[-1] in words.locatives


def _ends_sentence(text: str, end: int) -> bool:
    rest = text[end:].lstrip("»«“”\"'’‘ ")
    return not rest or rest[0] in SENTENCE_PUNCT


def _ends_clause(text: str, end: int) -> bool:
    """Punctuation follows the name, or a verb of one or two lower-case words and the sentence's end."""
    rest = text[end:].lstrip("»«“”\"'’‘ ")
    if not rest or rest[0] in SENTENCE_PUNCT + ",)":
        return True
    tokens = list(TOKEN.finditer(rest[:60]))
    for count, token in enumerate(tokens[:MAX_TRAILING_WORDS], 1):
        if not token.group(0).islower():
            return False
        tail = rest[token.end() :].lstrip()
        if (not tail or tail[0] in SENTENCE_PUNCT + ",") and count <= MAX_TRAILING_WORDS:
            return True
    return False
