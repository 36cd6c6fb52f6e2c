"""Known news outlets (``outlets.csv``) and the outlet a speaker talks to.

A bare name such as "BBC", "БНР" or "Cadena SER" carries no mark of an outlet: no quotes, no descriptor, no
outlet word. The gazetteer of outlets (national broadcasters, the most cited papers and sites of each country;
not agencies, which ``agencies.csv`` holds) supplies that mark. With it, a sentence that names a speaker between
the verb and the outlet ("изјавио је један од радника за Блиц", "a confié une habitante à France Bleu") cites
the outlet the speaker talked to: a speech verb, later a preposition of address (``address_words.csv``), then a
known outlet; or, in a language that marks the one spoken to with a case ending (Turkish "NTV'ye konuşan"), the
known outlet with that ending and a speech word right after it. A name that is also a common word ("People",
"Deadline", "Le Monde") is listed in ``names_as_written`` and counts only written so, capitalised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.attached_prefixes import HEBREW_PREFIXES
from tasks.lexicon.automaton import PARAGRAPH_SCANS, Hit, PhraseAutomaton
from tasks.lexicon.spans import NameSpan
from tasks.lexicon.vocabulary import name_words, read_rows, speech_verbs, split_cell
from tasks.lexicon.word_classes import is_caseless

# The speech verb stands this many words before the outlet at most ("сказал" … "в интервью РБК").
MAX_VERB_DISTANCE = 10
# A case-marked outlet is followed by its speech word within this many words ("CNN Türk'e yaptığı açıklamada").
MAX_WORDS_TO_SPEECH = 2
_CLAUSE_END = ".!?;,"  # the outlet is in the verb's clause: not "said Jim Pinkerton, contributor to FOX News"


# An outlet name matched only as written: the form itself, "" for a name matched whatever its case.
AsWritten = str


@lru_cache(maxsize=1)
def _outlet_names() -> PhraseAutomaton[AsWritten]:
    """Every outlet name of ``outlets.csv``, matched whole words (case-insensitive); a name of the column
    ``names_as_written`` ("People", "Variety", "Deadline": also common words) is valued by its written form."""
    rows = read_rows("outlets.csv")
    return PhraseAutomaton(
        [(name.strip(), "") for row in rows for name in row["names"].split("|") if name.strip()]
        + [(name.strip(), name.strip()) for row in rows for name in _names_as_written(row) if name.strip()],
        group=PARAGRAPH_SCANS,
    )


def _names_as_written(row: dict[str, str]) -> list[str]:
    """The names of one row matched only as written (capitalised), not case-folded like :func:`split_cell`."""
    return [n for n in (row.get("names_as_written") or "").split("|") if n.strip()]


class KnownOutlets:
    """The outlet gazetteer's matcher: case-insensitive, except that a name that is also a common word counts only
    written as the gazetteer writes it ("according to People" cites; "according to people familiar" does not)."""

    def find_all(self, text: str, right_boundary: bool = True) -> list[Hit[list[AsWritten]]]:
        hits = _outlet_names().find_all(text, right_boundary)
        return [_past_lower_article(text, h) for h in hits if _as_written(text, h)]

    def may_occur_in(self, text: str) -> bool:
        """Whether `find_all` could find an outlet in the text or in any part of it (one scan)."""
        return _outlet_names().holds_a_phrase(text)

    def find(self, text: str) -> list[Hit[list[AsWritten]]]:
        kept: list[Hit[list[AsWritten]]] = []
        for hit in self.find_all(text):  # leftmost, then longest, without overlaps (PhraseAutomaton.find)
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept


def _as_written(text: str, hit: Hit[list[AsWritten]]) -> bool:
    written = text[hit.start : hit.end]
    return any(not form or written in (form, _lower_article(form)) for form in hit.value)


def _lower_article(form: str) -> str:
    """ "The Guardian" as a sentence writes it mid-way, "the Guardian": the name's own words keep their capitals."""
    return "the" + form[3:] if form.startswith("The ") else form


def _past_lower_article(text: str, hit: Hit[list[AsWritten]]) -> Hit[list[AsWritten]]:
    """ "the Guardian" names "Guardian": the lower-case article is the sentence's (so the pages' labels read it)."""
    if not text.startswith(LOWER_ARTICLE, hit.start) or not any(f.startswith("The ") for f in hit.value):
        return hit
    return Hit(hit.start + len(LOWER_ARTICLE), hit.end, hit.value)


@lru_cache(maxsize=1)
def known_outlets() -> KnownOutlets:
    """Every outlet name of ``outlets.csv``, matched whole words: see :class:`KnownOutlets`."""
    return KnownOutlets()


@lru_cache(maxsize=1)
def _article_names() -> frozenset[str]:
    """Outlets' own names (the first form of their row) that open with a lower-case article ("de Volkskrant")."""
    articles = name_words().articles
    own = (row["names"].split("|")[0].strip() for row in read_rows("outlets.csv"))
    return frozenset(n for n in own if len(n.split()) > 1 and n.split()[0] in articles)


def own_article_start(text: str, start: int, end: int) -> int:
    """Where a cited name starts: before the lower-case article a name span leaves out when the outlet's own
    name opens with it ("meldt de Volkskrant"; "la Cadena SER" stays "Cadena SER": its name has no article)."""
    if start < 2 or not text[start - 1].isspace():
        return start
    head = text[: start - 1].rsplit(maxsplit=1)[-1] if text[: start - 1].strip() else ""
    if head and text[start - 1 - len(head) : end] in _article_names():
        return start - 1 - len(head)
    return start


def is_known_outlet(name: str) -> bool:
    """The whole name is a known outlet's ("BBC", "Блиц", "France Bleu")."""
    stripped = name.strip()
    return any(h.start == 0 and h.end == len(stripped) for h in known_outlets().find_all(stripped))


CaseMarks = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


def _case_marked(text: str, end: int, case_marks: CaseMarks) -> bool:
    """The outlet ending at `end` carries a case ending of address and a speech word follows ("NTV'ye konuşan")."""
    after = text[end:].casefold()
    for endings, stems in case_marks:
        ending = next((e for e in endings if after.startswith(e) and after[len(e) : len(e) + 1].isspace()), None)
        if ending is not None:
            words = after[len(ending) :].split()[:MAX_WORDS_TO_SPEECH]
            return any(w.startswith(stems) for w in words)
    return False


@lru_cache(maxsize=1)
def _address_words() -> tuple[PhraseAutomaton[str], dict[str, tuple[str, ...]], CaseMarks]:
    """Speech verbs valued by language, and each language's prepositions of address: a verb and a preposition
    must be of one language ("told you … about a Washington Post article": "a" is Spanish, "told" English); and,
    per language that marks the outlet spoken to with a case ending, its endings and the speech stems after it."""
    rows = read_rows("address_words.csv")
    verbs = PhraseAutomaton(speech_verbs())
    # Each with the space before it, as the text before the outlet is compared: " dem", " à la".
    prepositions = {row["lang"]: tuple(" " + p for p in split_cell(row["prepositions"])) for row in rows}
    case_marks = tuple((tuple(split_cell(row["case_endings"])), tuple(split_cell(row["speech_stems_after"])))
                       for row in rows if row["case_endings"])  # fmt: skip
    return verbs, prepositions, case_marks


def addressed_outlet_spans(text: str) -> list[NameSpan]:
    """Known outlets a speaker talks to: a speech verb, then in the same clause a preposition of address right
    before the outlet ("…, изјавио је један од радника за Блиц.", "…, sagte die Klinikchefin dem „Tagesspiegel“.");
    or the outlet with a case ending of address and a speech word after it ("NTV'ye konuşan jeolog")."""
    outlets = known_outlets().find(text)
    if not outlets:
        return []
    verbs, prepositions, case_marks = _address_words()
    spoken = [(h.end, language) for h in verbs.find(text) for language in h.value]
    found: list[NameSpan] = []
    for outlet in outlets:
        if _case_marked(text, outlet.end, case_marks):
            found.append(NameSpan(outlet.start, outlet.end, "known_outlet"))
            continue
        quoted = outlet.start > 0 and text[outlet.start - 1] in "«„“\"'"
        start = outlet.start - 1 if quoted else outlet.start  # "dem „Tagesspiegel“": the quote is no word
        before = " " + text[:start].rstrip().casefold()
        for end, language in spoken:
            if _same_clause(text, end, start) and before.endswith(prepositions[language]):
                found.append(NameSpan(outlet.start, outlet.end, "known_outlet"))
                break
    return found


def _same_clause(text: str, verb_end: int, outlet_start: int) -> bool:
    between = text[verb_end:outlet_start]
    return (
        verb_end <= outlet_start
        and not any(c in between for c in _CLAUSE_END)
        and (len(between.split()) <= MAX_VERB_DISTANCE)
    )


# The longest known outlet name read after a phrase ("Radio Free Europe/Radio Liberty" fits).
MAX_KNOWN_OUTLET_CHARS = 60
_NEXT_TOKEN = re.compile(r"\s*([\w.&'-]+)")


ZWNJ = "\u200c"


def known_outlet_at(text: str, end: int) -> NameSpan | None:
    """A known outlet as the next word or words, whatever its case or script ("ynet", "g1", "nu.nl", "חדשות 12"):
    the gazetteer vouches for it."""
    match = _NEXT_TOKEN.match(text, end)
    if match is None:
        return None
    if match.group(1) in name_words().articles:
        # "according to a report in the Argus Leader": the lower-case article is the sentence's, the name follows
        # (a known outlet whose words look like a person's, "Argus Leader", is named only so)
        match = _NEXT_TOKEN.match(text, match.end()) or match
    span = _known_outlet_from(text, match.start(1), match.group(1))
    if span is None and match.group(1)[:1] in HEBREW_PREFIXES:  # "כך דווח בחדשות 12": "in" written onto the name
        span = _known_outlet_from(text, match.start(1) + 1, match.group(1)[1:])
    return span or _unspaced_outlet_after(text, end)


def _unspaced_outlet_after(text: str, end: int) -> NameSpan | None:
    """A known outlet written right onto the phrase before it, in a script without spaces ("ตามรายงานของไทยพีบีเอส",
    "according to the report of" and Thai PBS), as :func:`tasks.lexicon.outlet_endings.known_outlet_before` reads
    it after."""
    start = end + len(text[end:]) - len(text[end:].lstrip())
    if not _WITHOUT_SPACES.match(text, start):
        return None
    name = next((n for n in unspaced_outlet_names() if text.startswith(n, start)), None)
    return NameSpan(start, start + len(name), "known_outlet") if name else None


def _known_outlet_from(text: str, start: int, token: str) -> NameSpan | None:
    name = token.rstrip(".,")
    # in a script without case the name grammar reads no longer run: "ቢቢሲ ትግርኛ", not its first word known alone
    if is_known_outlet(name) and not is_caseless(name):
        return NameSpan(start, start + len(name), "known_outlet")
    window = text[start : start + MAX_KNOWN_OUTLET_CHARS]  # "חדשות 12": a name of several words
    # Persian writes a name's parts apart with a zero-width non-joiner as often as a space ("طلوع‌نیوز"): one
    # character each, so offsets hold
    window = window.replace(ZWNJ, " ")
    whole = [h for h in known_outlets().find_all(window) if h.start == 0 and " " in window[: h.end]]
    if whole:
        return NameSpan(start, start + whole[0].end, "known_outlet")
    return NameSpan(start, start + len(name), "known_outlet") if is_known_outlet(name) else None


@lru_cache(maxsize=1)
def unspaced_outlet_names() -> tuple[str, ...]:
    """Known outlets and agencies written in a script without spaces between words (Thai, Chinese, Japanese),
    longest first ("สำนักข่าวไทยรายงานว่า": the Thai News Agency, written onto its verb)."""
    rows = [*read_rows("outlets.csv"), *read_rows("agencies.csv")]
    names = {n.strip() for row in rows for n in row["names"].split("|") if n.strip()}
    return tuple(sorted((n for n in names if " " not in n and _WITHOUT_SPACES.search(n)), key=len, reverse=True))


# Scripts written without spaces between words: Thai, Lao, Burmese, Khmer, Japanese kana, Chinese characters.
_WITHOUT_SPACES = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


LOWER_ARTICLE = "the "
