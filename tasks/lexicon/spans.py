"""The name-span grammar: which words after (or before) a cue are the cited name.

"…, передает Радио Свобода." → Радио Свобода; "según ha informado 'El Diario'" → El Diario;
"Sözcü gazetesinin haberine göre" → Sözcü. A name is one of:

- a quoted span in any quote style (« » „ “ ” " ' ‚ ‘ 《 》 「 」), a few words at most;
- a domain (Kazpravda.kz);
- a run of capitalised words, all-caps acronyms or mixed-case words (bTV, iDNES), with name
  particles inside (Journal du Dimanche), a number after the first word (Канал 5) and a
  lower-case noun that continues an outlet's name (Українська правда);
- in scripts without case, one or two words right after an outlet descriptor (صحيفة …).

Articles and outlet descriptors before the name are skipped ("laut dem Blatt …", "el diario
…"). The run stops at punctuation, conjunctions and lower-case words, so it never takes a
clause; generic phrases ("news agencies", "СМИ") and officials or institutions ("the Ministry",
"Минздрав") are no one's name here: they are cited, but they are not sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.lexicon.digits import has_digit
from tasks.lexicon.joined_bodies import joined_paper_end
from tasks.lexicon.site_domains import has_public_suffix
from tasks.lexicon.span_leads import MAX_CASELESS_TOKENS, QUOTES, TOKEN, caseless_outlet_at, lead_end
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocabulary import NameWords, name_word_role, name_words
from tasks.lexicon.word_classes import ELISION, is_caseless, is_namey, is_title_case_word

CLOSING = "»«“”\"'’‘》」』›"
MAX_QUOTED_CHARS = 60
MAX_QUOTED_WORDS = 6
MAX_NAME_TOKENS = 5
MAX_JOINERS = 2  # lower-case words inside a name: "News of the World"
# How far after a cue a quoted name may start when other words stand between ("כך דווח הערב ב"…"").
QUOTE_LOOKAHEAD = 20
SENTENCE_PUNCT = ".!?;:…。！？؟"
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b", re.IGNORECASE)
_ENDING = re.compile(r"[-'’][^\W\d_]{1,5}$")  # DHA'nın, Report.az-ın, Reuters'


@dataclass(frozen=True)
class NameSpan:
    """A cited name's characters in the text, and how it was recognised."""

    start: int
    end: int
    how: str  # quoted, domain, capitalised, described


def quoted_at(text: str, start: int) -> NameSpan | None:
    """The span inside the quotes opening at `start`, if short and name-like."""
    closers = QUOTES.get(text[start], "")
    inner_start = start + 1
    for end in range(inner_start, min(len(text), inner_start + MAX_QUOTED_CHARS)):
        if text[end] in closers:
            inner = text[inner_start:end].strip()
            words = inner.split()
            if not inner or len(words) > MAX_QUOTED_WORDS or inner[-1] in SENTENCE_PUNCT:
                return None
            if inner[-1] == "," and any(w.islower() for w in words):
                return None  # "„Kontroly budou pokračovat i o víkendu,“ uvedla …": a quoted sentence, its comma inside
            if not (is_namey(words[0]) or is_caseless(words[0]) or words[0][:1].isdigit()):
                return None
            return NameSpan(inner_start, end, "quoted")
    return None


def accepts(tokens: list[str], described: bool, words: NameWords) -> bool:
    if not tokens or (len(tokens) == 1 and len(tokens[0]) < 2):
        return False
    # a lower-case article elided onto the first word is no part of what it names ("d'Police", "d'Zeitung")
    tokens = [ELISION.sub("", t) if t[:1].islower() and ELISION.match(t) else t for t in tokens]
    folded = [t.casefold() for t in tokens]
    # "media" alone is generic ("according to media reports"); after a capitalised word it closes a name as an outlet
    # word does ("Maroela Media", "Nine Media"),
    named_outlet = len(folded) > 1 and folded[-1] in words.outlet_words
    # and before one it opens the name ("Media Permata", "Media Indonesia"), as "News Corp" is opened by "News"
    outlet_opened = len(folded) > 1 and folded[0] in words.outlet_words
    if len(tokens) == 1 and _posted_on_platform(tokens[0]):
        return False
    if (
        " ".join(folded) in words.generic
        or (folded[0] in words.generic and not outlet_opened)
        or (folded[-1] in words.generic and not named_outlet)
    ):
        return False
    # an official phrase of two words or more, maybe after a capitalised article ("La Dirección General de …"); a name
    # closed by an outlet's word is the outlet's whatever an official's word inside it ("The Fiscal Times")
    phrase = tokens[1:] if len(tokens) > 1 and folded[0] in words.articles else tokens
    if not named_outlet and (any(words.is_official(t) for t in tokens) or words.is_official(" ".join(phrase))):
        return False
    if all(t in words.articles or t in words.articles_strip or t in words.descriptors for t in folded):
        return False
    return described or not all(is_caseless(t) for t in tokens)


# A case ending written onto a social network's name: "Facebookon", "Instagramissa", "Facebooki", "Twitterze".
MAX_PLATFORM_ENDING = 5


def _posted_on_platform(token: str) -> bool:
    """ "a Facebook-oldalán jelentette be" (on his Facebook page), "kertoi Instagramissa", "teatas Facebooki lehel": a
    social network's name (``platform`` in ``name_words.csv``) with a case ending or a noun hyphenated onto it is where
    someone posted, no outlet cited; the bare name is generic already ("wrote on Facebook")."""
    platforms = name_word_role("platform")
    head, hyphen, _ = token.replace("’", "'").partition("-")
    head = head.partition("'")[0] if "-" not in token else head  # "Facebook'ta": the Turkish apostrophe's ending
    if hyphen or head != token:
        return head.casefold() in platforms
    folded = token.casefold()
    return any(
        folded[:n] in platforms and token[n:].isalpha() and token[n:].islower()
        for n in range(max(1, len(token) - MAX_PLATFORM_ENDING), len(token))
    )


def _run_tokens(text: str, start: int, described: bool, words: NameWords) -> list[re.Match[str]]:
    """Name-like tokens from `start` on, joined by single spaces."""
    run: list[re.Match[str]] = []
    position = start
    limit = MAX_CASELESS_TOKENS if described else MAX_NAME_TOKENS
    while len(run) < MAX_NAME_TOKENS:
        token = TOKEN.match(text, position)
        if token is None and run and text[position - 1 : position + 1] == ". ":
            token = TOKEN.match(text, position + 1)  # "S. Paulo": past an initial's dot (checked below)
        if token is None or (run and text[run[-1].end() : token.start()] != " " and not _after_initial(run, token)):
            break
        word = token.group(0)
        folded = word.casefold()
        if folded in words.conjunctions and not is_namey(word):
            break
        caseless = is_caseless(word)
        if caseless and not (described and len(run) < limit):
            break
        namey = is_namey(word) or caseless or (bool(run) and word[:1].isdigit()) or (not run and _coded_brand(word))
        if run and folded in words.clause_ends and folded not in words.outlet_words:
            break  # "told the Post Wednesday": a time word ends the name (not "USA Today", "Mail on Sunday")
        if run and folded in words.particles and _time_word_follows(text, token.end(), words):
            break  # "der Mitteldeutsche Rundfunk am Montag": the particle opens a time phrase, not a name part
        inner = bool(run) and (
            folded in words.particles
            or folded in words.name_tails
            or _is_outlet_adjective(text, token, run, words)
            or _is_outlet_article(text, token, run, words)
        )
        if not (namey or inner):
            break
        run.append(token)
        position = token.end() + 1
    while run and not is_namey(run[-1].group(0)) and run[-1].group(0).casefold() in words.particles:
        run.pop()
    return run


# A brand written in lower case with a digit in it, opening an outlet's name: "g1 Bahia", "e24", "r7" (Brazilian and
# Norwegian portals); a short one only, longer such words are codes and models.
_CODED_BRAND = re.compile(r"[a-z]{1,2}\d{1,2}")


def _coded_brand(word: str) -> bool:
    return _CODED_BRAND.fullmatch(word) is not None


def _after_initial(run: list[re.Match[str]], token: re.Match[str]) -> bool:
    """ "O Estado de S. Paulo", "St. Louis Post-Dispatch": an initial or an abbreviated place word and its dot inside
    a name, before a capitalised word that is no English stopword (a sentence's "The" after "Plan B.")."""
    last = run[-1].group(0)
    text = run[-1].string
    if text[run[-1].end() : token.start()] != ". ":
        return False
    initial = len(last) == 1 and last.isupper()
    abbreviated = f"{last.casefold()}." in name_words().place_openings
    word = token.group(0)
    # (English stopwords only: every language's list holds first names, "Louis", "Paulo")
    return (initial or abbreviated) and word[:1].isupper() and word.casefold() not in stoplist("English")


def _time_word_follows(text: str, end: int, words: NameWords) -> bool:
    following = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and following.group(0).casefold() in words.clause_ends


_OUTLET_ARTICLES = name_word_role("outlet_article")


def _is_outlet_article(text: str, token: re.Match[str], run: list[re.Match[str]], words: NameWords) -> bool:
    """ "Raidió na Gaeltachta", "Teilifís na Gaeilge": the Irish article ("of the") inside an outlet's name, after
    its outlet word and before a capitalised word (``outlet_article`` in name_words.csv); elsewhere it is no name's."""
    if token.group(0) not in _OUTLET_ARTICLES:
        return False
    after = TOKEN.match(text, token.end() + 1) if text[token.end() : token.end() + 1] == " " else None
    outlet = any(w.group(0).casefold() in words.outlet_words for w in run)
    return outlet and after is not None and is_namey(after.group(0))


def _is_outlet_adjective(text: str, token: re.Match[str], run: list[re.Match[str]], words: NameWords) -> bool:
    """ "Le Monde diplomatique", "Midi libre", "L'Est républicain": a lower-case adjective the vocabulary
    lists, or one with an adjective ending ("-ique", "-ain") that ends its clause, after a name that opens
    with a capitalised article or holds an outlet word. One word only: a clause never follows."""
    word = token.group(0)
    if not word.islower() or any(w.group(0).islower() for w in run):
        return False
    folded = word.casefold()
    if folded in words.outlet_adjectives:
        return True
    first = ELISION.sub("", run[0].group(0)).casefold()
    opens = run[0].group(0).casefold() in words.articles or first != run[0].group(0).casefold()
    outlet = opens or any(w.group(0).casefold() in words.outlet_words for w in run)
    rest = text[token.end() :].lstrip()
    return outlet and folded.endswith(words.outlet_adjective_endings) and (not rest or rest[0] in ',.;:!?)»”"')


def _is_cut(text: str, end: int, after_article: bool, words: NameWords) -> bool:
    """The run stopped inside a longer name ("World Travel and Tourism Council", a compound's half before its hyphen and
    "and": "Midt- og Vestjyllands Politi"), or names what
    the noun after it is about ("a Taliban representative", "the TexAuto Facts report")."""
    rest = text[end:]
    following = TOKEN.match(rest.lstrip())
    if rest[:2] == "- " and (half := TOKEN.match(rest, 2)) and half.group(0).casefold() in words.conjunctions:
        return True  # "Midt- og Vestjyllands Politi", "Nord- und Ostsee-Zeitung": a compound's first half, left open
    if following is None or rest[:1] != " ":
        return False
    word = following.group(0)
    if word.casefold() in words.conjunctions | words.particles:
        after = TOKEN.match(rest.lstrip()[following.end() :].lstrip())
        return after is not None and is_namey(after.group(0)) and after.group(0).casefold() not in words.clause_ends
    closed = words.conjunctions | words.particles | words.clause_ends | words.articles
    # "the Awoko newspaper", "the Awoko news site": an outlet descriptor after the name says what it is
    two = " ".join(TOKEN.findall(rest.casefold(), 0, 40)[:2])
    described = word.casefold() in words.descriptors or two in words.descriptors
    return after_article and word.islower() and word.casefold() not in closed and not described


def _institution_follows(text: str, end: int, words: NameWords) -> bool:
    """ "за даними Національної поліції", "według Komendy Głównej policji": the capitalised words only
    qualify the lower-case institution after them (an official, a ministry, the police), which is no source."""
    following = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and following.group(0).islower() and words.is_official(following.group(0).casefold())


def looks_like_person(tokens: list[str], words: NameWords, particles: frozenset[str] = frozenset()) -> bool:
    """ "Sandy Martin", "Patrick Nielsen Hayden": two or more title-case words with no outlet word
    (Courier, Radio, правда), no article in front (The Wrap, Le Monde) and no number (Канал 5). `particles`: a
    person's particles the caller allows in lower case inside the name ("Jan van Dijk", "Ahmed bin Salem"), where no
    outlet's name is read (a sign-off under the text): in the text's spans "de" joins outlets' words too ("Diario de
    Navarra")."""
    tokens = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and t in particles)]
    if len(tokens) < 2 or any(has_digit(t) for t in tokens):
        return False
    outlet_words = words.outlet_marks
    if tokens[0].casefold() in words.articles or any(t.casefold() in outlet_words for t in tokens):
        return False
    if words.closes_with_outlet_word(tokens[-1]):
        return False  # "Fyens Stiftstidende": a paper's name closed by its word
    return all(is_title_case_word(t) and not is_caseless(t) for t in tokens)  # "Iain MacDonald", "Liam O'Connor"


def trimmed_end(text: str, start: int, end: int) -> int:
    ending = _ENDING.search(text[start:end])
    is_ending = ending is not None and ending.group(0)[1:].islower()  # "Star-Times" keeps its capital part
    if ending and is_ending and ending.start() > 0 and text[start:end] != text[start:end].lower():
        return start + ending.start()
    return end


def name_after(text: str, pos: int, articled: bool = False) -> NameSpan | None:
    """The name starting at (or just after articles and descriptors from) `pos`, if any; `articled`: the cue closes
    with a preposition fused with the definite article ("avançada pelo"), which no person's name takes in writing, so
    a name of title-case words there is no person's ("pelo Açoriano Oriental")."""
    words = name_words()
    i, described, article = lead_end(text, pos, words)
    if i >= len(text):
        return None
    if text[i] in QUOTES:
        return quoted_at(text, i)
    domain = _DOMAIN.match(text, i)
    if domain and has_public_suffix(domain.group(0)):
        return NameSpan(i, trimmed_end(text, i, domain.end()), "domain")
    run = _run_tokens(text, i, described, words)
    tokens = [t.group(0) for t in run]
    if run and (joined := joined_paper_end(text, tokens, run[-1].end())):
        return NameSpan(run[0].start(), joined, "capitalised")  # "the Dumfries and Galloway Standard"
    if run and _is_cut(text, run[-1].end(), article and not described, words):
        return None
    if run and not described and _institution_follows(text, run[-1].end(), words):
        return None
    if run and accepts(tokens, described, words) and (described or articled or not looks_like_person(tokens, words)):
        return NameSpan(run[0].start(), trimmed_end(text, run[0].start(), run[-1].end()), "capitalised")
    return _quote_nearby(text, pos)


def caseless_outlet_after(text: str, pos: int) -> NameSpan | None:
    """ "وبحسب ما نقلته السومرية نيوز": a name of a script without case closed by an outlet word (``span_leads``)."""
    bounds = caseless_outlet_at(text, len(text) - len(text[pos:].lstrip()), name_words())
    return NameSpan(*bounds, "described") if bounds else None


def _quote_nearby(text: str, pos: int) -> NameSpan | None:
    window = text[pos : pos + QUOTE_LOOKAHEAD]
    for offset, char in enumerate(window):
        if char in SENTENCE_PUNCT or char == ",":
            return None
        if char in QUOTES and offset > 0:
            span = quoted_at(text, pos + offset)
            if span is not None and is_caseless(text[span.start : span.end]):
                return span
    return None
